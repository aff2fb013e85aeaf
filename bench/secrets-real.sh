#!/usr/bin/env bash
# Runs the secrets gate and detect-secrets on real repositories in one
# session: findings and time for each, the working tree and (shipgate only:
# detect-secrets does not read history) the full history.
#
#     bench/secrets-real.sh REPO...     (each a git clone with its history)
#
# The precision review of docs/secrets-precision.md was made with it on
# Firefly III and Lemmy. Needs python3 and detect-secrets (`pip install
# detect-secrets`, installed here if missing).
set -euo pipefail
cd "$(dirname "$0")/.."
[ "$#" -gt 0 ] || { echo "usage: bench/secrets-real.sh REPO..." >&2; exit 2; }

cargo build --release --locked --quiet
bin=$PWD/target/release/shipgate
command -v detect-secrets >/dev/null || python3 -m pip install --quiet --disable-pip-version-check --root-user-action=ignore detect-secrets

python3 - "$bin" "$@" <<'PY'
import json, os, subprocess, sys, tempfile, time

bin, repos = sys.argv[1], sys.argv[2:]
empty = tempfile.NamedTemporaryFile("w", suffix=".toml", delete=False)
empty.close()

def shipgate(repo, *extra):
    start = time.perf_counter()
    run = subprocess.run([bin, "--config", empty.name, "secrets", "scan", repo, "--format", "json", "-q", *extra],
                         capture_output=True, text=True)
    took = time.perf_counter() - start
    gate = json.loads(run.stdout)["gates"][0]
    errors = [f for f in gate["findings"] if f.get("severity") == "error" and not f.get("suppressed")]
    return took, len(errors), gate["stats"], gate["findings"]

def detect_secrets(repo):
    start = time.perf_counter()
    run = subprocess.run(["detect-secrets", "scan", "--all-files"], cwd=repo, capture_output=True, text=True)
    took = time.perf_counter() - start
    results = json.loads(run.stdout)["results"]
    return took, sum(len(v) for v in results.values())

for repo in repos:
    name = os.path.basename(os.path.abspath(repo))
    print(f"== {name}")
    t, n, stats, findings = shipgate(repo)
    dropped = {k[len('dropped_'):]: v for k, v in stats.items() if k.startswith("dropped_")}
    print(f"  shipgate tree      {t:7.2f} s  {n:5} errors  ({stats['scanned']} files; left out: {dropped})")
    for f in findings:
        loc = f.get("location", {})
        print(f"    {f['rule']:<28} {loc.get('path')}:{loc.get('line')}")
    t, n, stats, findings = shipgate(repo, "--all-history")
    dropped = {k[len('dropped_'):]: v for k, v in stats.items() if k.startswith("dropped_")}
    print(f"  shipgate history   {t:7.2f} s  {n:5} errors  ({stats['commits']} commits, {stats['bytes'] / 1e6:.0f} MB; left out: {dropped})")
    for f in findings:
        loc = f.get("location", {})
        print(f"    {f['rule']:<28} {loc.get('path')}:{loc.get('line')}  {f.get('message', '')[:90]}")
    t, n = detect_secrets(repo)
    print(f"  detect-secrets     {t:7.2f} s  {n:5} findings (tree)")
PY
