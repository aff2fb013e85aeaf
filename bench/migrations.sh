#!/usr/bin/env bash
# Benchmarks the migration gate on a generated 10,000-file corpus and times
# squawk on its PostgreSQL part in the same session. Prints medians.
#
#     bench/migrations.sh [RUNS]      (default 5 runs each)
#
# Needs: python3; squawk from PyPI (`pip install squawk-cli`), installed here if missing.
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-5}"
corpus=bench/corpus

cargo build --release --locked --quiet
bin=target/release/shipgate
command -v squawk >/dev/null || python3 -m pip install --quiet --disable-pip-version-check --root-user-action=ignore squawk-cli
if [ ! -d "$corpus/pg" ]; then
    python3 bench/gen_migrations_corpus.py "$corpus" --files 10000 --dump-mb 50
fi

python3 - "$bin" "$corpus" "$runs" <<'PY'
import glob, os, statistics, subprocess, sys, time

bin, corpus, runs = sys.argv[1], sys.argv[2], int(sys.argv[3])
empty = os.path.join(corpus, "empty.toml")
open(empty, "w").write("")

def size(paths):
    return sum(os.path.getsize(p) for p in paths)

peak = {}

def timed(cmd):
    """Median wall time of `runs` runs; records the run's peak RSS (KiB) in `peak`."""
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        child = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        _, _, usage = os.wait4(child.pid, 0)
        samples.append(time.perf_counter() - start)
        peak[tuple(cmd)] = max(peak.get(tuple(cmd), 0), usage.ru_maxrss)
    return statistics.median(samples)

pg = sorted(glob.glob(f"{corpus}/pg/*.sql"))
my = sorted(glob.glob(f"{corpus}/mysql/*.sql"))
php = sorted(glob.glob(f"{corpus}/laravel/*.php"))
sg = [bin, "--config", empty, "--quiet", "migrations", "check", "--format", "json"]

t_pg_php = timed(sg + ["--dialect", "postgres", f"{corpus}/pg", f"{corpus}/laravel"])
t_my = timed(sg + ["--dialect", "mysql", f"{corpus}/mysql"])
t_pg = timed(sg + ["--dialect", "postgres", f"{corpus}/pg"])
t_squawk = timed(["squawk", *pg])
version = subprocess.run(["squawk", "--version"], capture_output=True, text=True).stdout.strip()

files = len(pg) + len(my) + len(php)
mb = size(pg + my + php) / 1e6
total = t_pg_php + t_my
print(f"corpus: {files} files ({len(pg)} PostgreSQL, {len(my)} MySQL, {len(php)} Laravel), {mb:.1f} MB")
print(f"shipgate, whole corpus: {total:.3f} s median ({files / total:,.0f} files/s, {mb / total:.1f} MB/s)")
print(f"  postgres + laravel run: {t_pg_php:.3f} s; mysql run: {t_my:.3f} s")
print(f"PostgreSQL part ({len(pg)} files, {size(pg) / 1e6:.1f} MB): shipgate {t_pg:.3f} s, {version} {t_squawk:.3f} s -> shipgate is {t_squawk / t_pg:.1f}x faster")

dump = f"{corpus}/dump/dump.sql"
if os.path.exists(dump):
    cmd = sg + ["--dialect", "postgres", dump]
    t_dump = timed(cmd)
    rss = peak[tuple(cmd)]
    dump_mb = os.path.getsize(dump) / 1e6
    print(f"dump: {dump_mb:.0f} MB pg_dump-style file in {t_dump:.3f} s ({dump_mb / t_dump:.0f} MB/s), peak RSS {rss / 1024:.0f} MB")
PY
