#!/usr/bin/env bash
# Benchmarks offline OSV matching: lockfiles of 1,250, 2,500 and 5,000
# packages against databases of 50,000, 100,000 and 200,000 advisories
# (generated, never committed), three runs each. Prints medians.
#
#     bench/vulns.sh
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --locked --quiet
bin=target/release/shipgate
for size in "1250 50000" "2500 100000" "5000 200000"; do
    set -- $size
    dir="bench/corpus/osv-$1"
    [ -f "$dir/osv/npm/all.zip" ] || python3 bench/gen_osv_corpus.py "$dir" "$1" "$2"
    python3 - "$bin" "$dir" "$1" "$2" <<'PY'
import os, statistics, subprocess, sys, time
bin, d, pk, adv = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
empty = os.path.join(d, "empty.toml"); open(empty, "w").write("")
cmd = [bin, "--config", empty, "--quiet", "vulns", "check", "--lockfile", f"{d}/package-lock.json", "--osv-db", f"{d}/osv", "--format", "json"]
samples = []
for _ in range(3):
    t = time.perf_counter(); out = subprocess.run(cmd, capture_output=True); samples.append(time.perf_counter() - t)
found = out.stdout.count(b'"rule": "vulnerability"')
zip_mb = os.path.getsize(f"{d}/osv/npm/all.zip") / 1e6
m = statistics.median(samples)
print(f"{pk:>5} packages x {adv:>7} advisories ({zip_mb:.0f} MB all.zip): {m:.3f} s median, {found} findings, {adv / m / 1e3:.0f}k advisories/s")
PY
done
