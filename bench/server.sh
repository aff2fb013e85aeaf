#!/usr/bin/env bash
# Benchmarks `shipgate ledger serve`: authenticated appends of ~500-byte
# entries from 64 concurrent clients, on SQLite and on PostgreSQL, then reads
# of one entry with its inclusion proof. Each measurement runs 3 times; the
# script prints every run and the median.
#
#   bench/server.sh [SECONDS]            (default 10 per run)
#
# Needs PostgreSQL at $SHIPGATE_BENCH_POSTGRES (default
# postgres://postgres@127.0.0.1:5432/test); it uses a schema of its own.
# The load generator runs on the same machine as the server, so both share
# its cores: say so when you quote the numbers.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER_RUN="${1:-10}"
CLIENTS="${CLIENTS:-64}"
PG="${SHIPGATE_BENCH_POSTGRES:-postgres://postgres@127.0.0.1:5432/test}"
TARGET="${CARGO_TARGET_DIR:-target}"
# One build for both, so that the binary is built with the same features.
cargo build --release --locked -p shipgate -p shipgate-server --bin shipgate --example load
SG="$TARGET/release/shipgate"
LOAD="$TARGET/release/examples/load"
WORK="$(mktemp -d)"
trap 'kill "$SERVER" 2>/dev/null || true; rm -rf "$WORK"' EXIT
"$SG" ledger keygen --name bench.example/log --out "$WORK/keys" >/dev/null 2>&1

median() { sort -n | sed -n '2p'; }

run() { # run NAME LOCATION MODE
    local name="$1" ledger="$2" mode="$3" port=18181
    SHIPGATE_LEDGER="$ledger" "$SG" ledger serve --listen "127.0.0.1:$port" \
        --key "$WORK/keys/bench.example_log.key" --quiet >"$WORK/server.log" 2>&1 &
    SERVER=$!
    for _ in $(seq 50); do curl -fs "http://127.0.0.1:$port/health" >/dev/null 2>&1 && break; sleep 0.1; done
    local rates=() p99s=()
    for i in 1 2 3; do
        out="$("$LOAD" --url "http://127.0.0.1:$port" --token "$TOKEN" --mode "$mode" --clients "$CLIENTS" --seconds "$SECONDS_PER_RUN")"
        echo "$name $mode run $i: $out"
        rates+=("$(echo "$out" | python3 -c 'import json,sys; print(json.load(sys.stdin)["per_second"])')")
        p99s+=("$(echo "$out" | python3 -c 'import json,sys; print(json.load(sys.stdin)["p99_ms"])')")
        if [ "$mode" = append ]; then curl -fs -X POST -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$port/v1/checkpoint" >/dev/null; fi
    done
    echo "$name $mode median: $(printf '%s\n' "${rates[@]}" | median | xargs printf '%.0f') req/s, p99 $(printf '%s\n' "${p99s[@]}" | median | xargs printf '%.1f') ms"
    kill -TERM "$SERVER"; wait "$SERVER" || true
}

BACKENDS="${BACKENDS:-sqlite postgres}"   # BACKENDS=postgres runs one
if [[ " $BACKENDS " == *" sqlite "* ]]; then
SQLITE="sqlite:$WORK/ledger.db"
TOKEN="$(SHIPGATE_LEDGER="$SQLITE" "$SG" ledger token create --name bench --role admin --quiet)"
run sqlite "$SQLITE" append
run sqlite "$SQLITE" read
fi

# PostgreSQL, in a schema of its own
if [[ " $BACKENDS " == *" postgres "* ]]; then
SCHEMA="shipgate_bench_$$"
psql "$PG" -qc "DROP SCHEMA IF EXISTS $SCHEMA CASCADE; CREATE SCHEMA $SCHEMA;"
case "$PG" in *\?*) SEP='&' ;; *) SEP='?' ;; esac
PGLOC="$PG${SEP}options=-c%20search_path%3D$SCHEMA"
TOKEN="$(SHIPGATE_LEDGER="$PGLOC" "$SG" ledger token create --name bench --role admin --quiet)"
run postgres "$PGLOC" append
run postgres "$PGLOC" read
psql "$PG" -qc "DROP SCHEMA $SCHEMA CASCADE;"
fi
