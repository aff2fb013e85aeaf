#!/usr/bin/env bash
# Benchmarks the migration gate on a generated 10,000-file corpus and times
# squawk on its PostgreSQL part in the same session. Prints medians. Then runs
# the pathological shapes (one 50 MB statement, 100,000 statements on one
# line, 100,000 lines, findings on a long line) and prints their peak RSS:
# memory must stay bounded whatever the shape.
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

# Pathological shapes: memory must not grow with the length of a line or statement.
shapes = os.path.join(corpus, "shapes")
os.makedirs(shapes, exist_ok=True)
pad = "x" * 440
def write(name, make):
    path = os.path.join(shapes, name)
    if not os.path.exists(path):
        with open(path, "w") as f:
            make(f)
    return path

def single(f):
    # One ~50 MB ALTER TABLE on one line (over max_statement_bytes: a finding, never parsed).
    f.write("ALTER TABLE t ")
    f.write("".join(f"ADD COLUMN c{i} int, " for i in range(2_000_000)))
    f.write("ADD COLUMN z int;\n")

shapes_list = [
    ("one 50 MB statement", write("single.sql", single)),
    ("100,000 statements on one line (50 MB)", write("oneline.sql", lambda f: f.write("".join(
        f"ALTER TABLE t{i} ADD COLUMN c{i} text DEFAULT '{pad}'; " for i in range(100_000)) + "\n"))),
    ("100,000 statements on 100,000 lines (50 MB)", write("lines.sql", lambda f: f.write("".join(
        f"ALTER TABLE t{i} ADD COLUMN c{i} text DEFAULT '{pad}';\n" for i in range(100_000))))),
    ("500 findings on one 1 MB line", write("findings.sql", lambda f: f.write("".join(
        f"ALTER TABLE t{i} ALTER COLUMN c{i}{'x' * 2000} SET NOT NULL; " for i in range(500)) + "\n"))),
]
for label, path in shapes_list:
    cmd = sg + ["--dialect", "postgres", path]
    t = timed(cmd)
    print(f"shape: {label}: {t:.3f} s, peak RSS {peak[tuple(cmd)] / 1024:.0f} MB")
PY
