#!/usr/bin/env bash
# Times the migration gate and squawk on the same real SQL migrations (one
# process each over every up-migration of the folder), RUNS times each,
# alternating, and prints both medians and their ratio. Wall time, so run it
# on a quiet machine.
#
#     bench/squawk-real.sh MIGRATIONS_DIR [RUNS]     (default 11 runs each)
#
# docs/comparison-squawk.md's timing was made with it on Lemmy's
# `migrations/` folder. Needs python3; squawk from PyPI (`pip install
# squawk-cli==2.70.0`, installed here if missing, or `SQUAWK=path`).
set -euo pipefail
cd "$(dirname "$0")/.."
[ "$#" -ge 1 ] || { echo "usage: bench/squawk-real.sh MIGRATIONS_DIR [RUNS]" >&2; exit 2; }
dir="$1"
runs="${2:-11}"

cargo build --release --locked --quiet
bin=$PWD/target/release/shipgate
squawk="${SQUAWK:-$(command -v squawk || true)}"
if [ -z "$squawk" ]; then
    python3 -m pip install --quiet --disable-pip-version-check --root-user-action=ignore squawk-cli==2.70.0
    squawk=$(command -v squawk)
fi

python3 - "$bin" "$squawk" "$dir" "$runs" <<'PY'
import os, statistics, subprocess, sys, tempfile, time

shipgate, squawk, folder, runs = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
files = sorted(
    os.path.join(root, name)
    for root, _, names in os.walk(folder)
    for name in names
    if name.endswith(".sql") and name != "down.sql" and not name.endswith(".down.sql")
)
if not files:
    sys.exit(f"no up-migration (*.sql) under {folder}")
config = tempfile.NamedTemporaryFile("w", suffix=".toml", delete=False)
config.write("[migrations]\ndialect = \"postgres\"\ndb_version = \"15\"\n")
config.close()
commands = {
    "shipgate": [shipgate, "--config", config.name, "migrations", "check", "--format", "json", "--quiet", *files],
    "squawk": [squawk, "--reporter", "json", "--pg-version=15", "--assume-in-transaction", *files],
}
times = {name: [] for name in commands}
for _ in range(runs):
    for name, cmd in commands.items():
        start = time.perf_counter()
        done = subprocess.run(cmd, capture_output=True)
        times[name].append(time.perf_counter() - start)
        # Both exit 1 when they find something; anything else is a failure.
        if done.returncode not in (0, 1):
            sys.exit(f"{name} exited {done.returncode}: {done.stderr.decode()[:500]}")
os.unlink(config.name)
median = {name: statistics.median(t) for name, t in times.items()}
print(f"{len(files)} files, {sum(os.path.getsize(f) for f in files):,} bytes, {runs} runs each")
for name in commands:
    t = sorted(times[name])
    print(f"  {name:9} median {median[name]:.3f} s   (min {t[0]:.3f}, max {t[-1]:.3f})")
print(f"  squawk / shipgate: {median['squawk'] / median['shipgate']:.1f}x")
PY
