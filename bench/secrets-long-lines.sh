#!/usr/bin/env bash
# Benchmarks the secrets scan on pathological shapes: one line of 1 MB and
# 5 MB, with a `password="<random>"` assignment every 33 bytes (dense) or
# every 400 bytes (sparse), and a 50 MB file of such lines. Prints the median
# of RUNS runs, throughput, peak memory, and the 5 MB / 1 MB time ratio
# (5.0 means linear; a quadratic scan gives 25).
#
#     bench/secrets-long-lines.sh [RUNS]     (default 3)
#     SHIPGATE_BIN=target/profiling/shipgate bench/secrets-long-lines.sh
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-3}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# SHIPGATE_BIN compares another build (the `profiling` profile, say).
if [ -z "${SHIPGATE_BIN:-}" ]; then
    cargo build --release --locked --quiet -p shipgate
fi
bin=${SHIPGATE_BIN:-$PWD/target/release/shipgate}

python3 - "$work" <<'PY'
import random, string, sys, os
out = sys.argv[1]
rng = random.Random(9)
alnum = string.ascii_letters + string.digits
def assignment():
    return 'password="' + "".join(rng.choice(alnum) for _ in range(24)) + '"; '
def line(size, gap):
    parts, n = [], 0
    while n < size:
        a = assignment()
        pad = "x=1;" * max(0, (gap - len(a)) // 4)
        parts.append(a + pad)
        n += len(a) + len(pad)
    return "".join(parts)[:size]
for mb in (1, 5):
    for name, gap in (("dense", 0), ("sparse", 400)):
        with open(os.path.join(out, f"{name}-{mb}mb.js"), "w") as f:
            f.write(line(mb * 1_000_000, gap) + "\n")
with open(os.path.join(out, "lines-50mb.js"), "w") as f:
    one = line(10_000, 400)
    for _ in range(5000):
        f.write(one + "\n")
PY
printf '' > "$work/empty.toml"

python3 - "$bin" "$work" "$runs" <<'PY'
import os, statistics, subprocess, sys, time, resource
bin, work, runs = sys.argv[1], sys.argv[2], int(sys.argv[3])
def measure(name):
    path = os.path.join(work, name)
    cmd = [bin, "--config", os.path.join(work, "empty.toml"), "secrets", "scan", path,
           "--max-file-size", "100000000", "--format", "json", "-q"]
    samples, peak = [], 0
    for _ in range(runs):
        start = time.perf_counter()
        p = subprocess.run(["/usr/bin/time", "-f", "%M"] + cmd, capture_output=True, text=True)
        samples.append(time.perf_counter() - start)
        peak = max(peak, int(p.stderr.strip().splitlines()[-1]))
    findings = p.stdout.count('"rule": "generic-secret"')
    size = os.path.getsize(path) / 1e6
    t = statistics.median(samples)
    print(f"{name:18} {size:6.1f} MB  median {t:7.3f} s  {size / t:7.1f} MB/s  peak {peak / 1024:7.1f} MiB  {findings} findings")
    return t
results = {}
for shape in ("dense", "sparse"):
    one, five = measure(f"{shape}-1mb.js"), measure(f"{shape}-5mb.js")
    print(f"{shape}: 5 MB / 1 MB time ratio {five / one:.2f} (linear: 5)")
measure("lines-50mb.js")
PY
