# shipgate images. Two targets:
#
#   docker build --target shipgate -t shipgate .       # FROM scratch: the binary and CA certificates
#   docker build --target shipgate-git -t shipgate:git . # with git, for history scans
#
# Run with the repository mounted at /repo (the working directory):
#
#   docker run --rm -v "$PWD:/repo" shipgate check
#   docker run --rm -v "$PWD:/repo" shipgate:git secrets scan --all-history
#
# The entrypoint is the binary, so the arguments are shipgate's. Pin the
# image by digest in CI (registry/shipgate@sha256:...).

FROM rust:1-bookworm AS build
RUN apt-get update -qq && apt-get install -y -qq musl-tools && rm -rf /var/lib/apt/lists/*
RUN rustup target add x86_64-unknown-linux-musl && rustup component add llvm-tools
WORKDIR /src
COPY . .
ARG SHIPGATE_COMMIT=unknown
ARG SOURCE_DATE_EPOCH
# `--build-arg SHIPGATE_PGO=0`: no profile guidance, for a reproducible build.
ARG SHIPGATE_PGO=1
ENV SHIPGATE_COMMIT=$SHIPGATE_COMMIT SOURCE_DATE_EPOCH=$SOURCE_DATE_EPOCH SHIPGATE_PGO=$SHIPGATE_PGO
# The binary of scripts/release's archive: static, against musl, profile-guided.
RUN scripts/release \
 && mkdir /tmp/archive \
 && tar -xzf dist/shipgate-*-x86_64-unknown-linux-musl.tar.gz -C /tmp/archive \
 && install -D /tmp/archive/shipgate-*/shipgate /out/shipgate

FROM scratch AS shipgate
COPY --from=build /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/ca-certificates.crt
COPY --from=build /out/shipgate /usr/local/bin/shipgate
WORKDIR /repo
USER 65534:65534
ENTRYPOINT ["/usr/local/bin/shipgate"]
CMD ["--help"]

FROM debian:bookworm-slim AS shipgate-git
RUN apt-get update -qq && apt-get install -y -qq --no-install-recommends git ca-certificates \
 && rm -rf /var/lib/apt/lists/* \
 && git config --system --add safe.directory '*'
COPY --from=build /out/shipgate /usr/local/bin/shipgate
WORKDIR /repo
ENTRYPOINT ["/usr/local/bin/shipgate"]
CMD ["--help"]
