#!/usr/bin/env bash
# Benchmarks the secrets gate on a generated source tree and a generated git
# history, and times ripsecrets and detect-secrets on the same tree in the
# same session. Prints medians, throughput and ratios.
#
#     bench/secrets.sh [RUNS]      (default 5 runs each; detect-secrets runs once)
#
# Needs: python3, git; ripsecrets (`cargo install ripsecrets`) and
# detect-secrets (`pip install detect-secrets`), installed here if missing.
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-5}"
corpus=bench/corpus/secrets

cargo build --release --locked --quiet
bin=$PWD/target/release/shipgate
command -v ripsecrets >/dev/null || cargo install --quiet --locked ripsecrets
command -v detect-secrets >/dev/null || python3 -m pip install --quiet --disable-pip-version-check --root-user-action=ignore detect-secrets
if [ ! -d "$corpus/history" ]; then
    python3 bench/gen_secrets_corpus.py "$corpus" --tree-mb 100 --commits 3000
fi

python3 - "$bin" "$corpus" "$runs" <<'PY'
import json, os, statistics, subprocess, sys, time

bin, corpus, runs = sys.argv[1], sys.argv[2], int(sys.argv[3])
tree, history = os.path.join(corpus, "tree"), os.path.join(corpus, "history")
empty = os.path.join(corpus, "empty.toml")
open(empty, "w").write("")

def timed(cmd, n):
    samples = []
    for _ in range(n):
        start = time.perf_counter()
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)

def stats(cmd):
    out = subprocess.run(cmd + ["--format", "json", "-q"], capture_output=True, text=True).stdout
    gate = json.loads(out)["gates"][0]
    return gate["stats"], len(gate["findings"])

tree_bytes = sum(os.path.getsize(os.path.join(d, f)) for d, _, fs in os.walk(tree) for f in fs)
mb = tree_bytes / 1e6
sg_tree = [bin, "--config", empty, "secrets", "scan", tree]
sg_hist = [bin, "--config", empty, "secrets", "scan", history, "--all-history"]
timed(sg_tree, 1)  # warm the page cache
s, n = stats(sg_tree)
print(f"tree: {s['scanned']} files, {mb:.1f} MB, {n} findings, {s['rules']} rules")
t_sg = timed(sg_tree, runs)
t_rip = timed(["ripsecrets", tree], runs)
print(f"  shipgate        {t_sg:7.2f} s  {mb / t_sg:7.1f} MB/s")
print(f"  ripsecrets      {t_rip:7.2f} s  {mb / t_rip:7.1f} MB/s   shipgate is {t_rip / t_sg:.1f}x faster")
# detect-secrets needs minutes for the whole tree: time it, and shipgate, on
# the first 10 MB of it.
small = os.path.join(corpus, "tree-10mb")
if not os.path.isdir(small):
    import shutil
    total = 0
    for d, _, fs in sorted(os.walk(tree)):
        for f in sorted(fs):
            if total > 10_000_000:
                break
            src = os.path.join(d, f)
            dst = os.path.join(small, os.path.relpath(src, tree))
            os.makedirs(os.path.dirname(dst), exist_ok=True)
            shutil.copy(src, dst)
            total += os.path.getsize(src)
small_mb = sum(os.path.getsize(os.path.join(d, f)) for d, _, fs in os.walk(small) for f in fs) / 1e6
t_sg_small = timed([bin, "--config", empty, "secrets", "scan", small], runs)
t_ds = timed(["detect-secrets", "scan", "--all-files", small], 1)
print(f"tree-10mb: {small_mb:.1f} MB")
print(f"  shipgate        {t_sg_small:7.2f} s  {small_mb / t_sg_small:7.1f} MB/s")
print(f"  detect-secrets  {t_ds:7.2f} s  {small_mb / t_ds:7.1f} MB/s   shipgate is {t_ds / t_sg_small:.1f}x faster (1 run)")
s, n = stats(sg_hist)
hist_mb = s["bytes"] / 1e6
t_hist = timed(sg_hist, runs)
print(f"history: {s['commits']} commits, {s['scanned']} unique blobs, {hist_mb:.1f} MB of blob data, {n} findings")
print(f"  shipgate        {t_hist:7.2f} s  {hist_mb / t_hist:7.1f} MB/s")
PY
