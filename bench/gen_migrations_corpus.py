#!/usr/bin/env python3
"""Generates a migration corpus for shipgate's benchmark.

    gen_migrations_corpus.py OUT [--files 10000] [--seed 7] [--dump-mb 0]

Writes OUT/pg/*.sql (PostgreSQL), OUT/mysql/*.sql (MySQL) and
OUT/laravel/*.php in a 40/25/35 split: realistic CREATE TABLE, ALTER TABLE,
index, backfill and Laravel Schema-builder migrations, safe and unsafe mixed.
With --dump-mb N it also writes OUT/dump/dump.sql, a pg_dump-style file of
about N MB (DDL, COPY blocks and multi-row INSERTs).
"""
import argparse
import os
import random

TABLES = ["transactions", "balances", "commissions", "withdrawals", "deposits", "accounts", "users",
          "invoices", "payouts", "ledger_entries", "fx_rates", "merchants", "refunds", "chargebacks"]
WORDS = ["status", "reference", "amount", "currency", "note", "external_id", "settled_at", "fee",
         "country", "risk_score", "channel", "batch_id", "memo", "provider", "reason", "attempts"]
PG_TYPES = ["bigint", "integer", "text", "varchar(64)", "numeric(19,4)", "timestamptz", "boolean", "jsonb", "uuid"]
MY_TYPES = ["BIGINT", "INT", "TEXT", "VARCHAR(64)", "DECIMAL(19,4)", "DATETIME", "TINYINT(1)", "JSON", "CHAR(36)"]
LARAVEL = ["string", "text", "integer", "bigInteger", "decimal", "boolean", "timestamp", "json", "uuid"]


def col(r):
    return f"{r.choice(WORDS)}_{r.randrange(1000)}"


def pg_file(r, i):
    t = r.choice(TABLES)
    out = [f"-- migration {i}: changes to {t}\n"]
    kind = r.randrange(6)
    if kind == 0:
        cols = ",\n".join(f"    {col(r)} {r.choice(PG_TYPES)}{' NOT NULL' if r.random() < .3 else ''}" for _ in range(r.randrange(4, 14)))
        out.append(f"CREATE TABLE {t}_{i} (\n    id bigserial PRIMARY KEY,\n{cols}\n);\n")
        out.append(f"CREATE INDEX {t}_{i}_idx ON {t}_{i} (id);\n")
    elif kind == 1:
        out.append("SET lock_timeout = '2s';\n")
        for _ in range(r.randrange(1, 5)):
            out.append(f"ALTER TABLE {t} ADD COLUMN {col(r)} {r.choice(PG_TYPES)}{r.choice(['', ' DEFAULT 0', ' NOT NULL'])};\n")
    elif kind == 2:
        out.append(f"CREATE INDEX {r.choice(['CONCURRENTLY ', ''])}{t}_{i}_idx\n    ON {t} ({col(r)});\n")
    elif kind == 3:
        out.append(f"UPDATE {t}\n   SET {col(r)} = 'x'\n WHERE id BETWEEN {i} AND {i + 1000};\n")
        out.append(f"/* backfill done in batches; DROP TABLE {t} would be wrong */\n")
    elif kind == 4:
        out.append(f"ALTER TABLE {t} ALTER COLUMN {col(r)} TYPE {r.choice(PG_TYPES)};\n")
        out.append(f"ALTER TABLE {t} ADD CONSTRAINT {t}_{i}_fk FOREIGN KEY (account_id) REFERENCES accounts (id) NOT VALID;\n")
    else:
        out.append(f"CREATE OR REPLACE FUNCTION touch_{i}() RETURNS trigger AS $$\nBEGIN\n  NEW.updated_at = now();\n  RETURN NEW;\nEND\n$$ LANGUAGE plpgsql;\n")
        out.append(f"COMMENT ON TABLE {t} IS 'owned by payments; see runbook {i}';\n")
    return "".join(out)


def mysql_file(r, i):
    t = r.choice(TABLES)
    out = [f"-- migration {i}\n"]
    kind = r.randrange(4)
    if kind == 0:
        cols = ",\n".join(f"  `{col(r)}` {r.choice(MY_TYPES)}{' NOT NULL' if r.random() < .3 else ''}" for _ in range(r.randrange(4, 14)))
        out.append(f"CREATE TABLE `{t}_{i}` (\n  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,\n{cols},\n  PRIMARY KEY (`id`)\n) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;\n")
    elif kind == 1:
        adds = ",\n  ".join(f"ADD COLUMN `{col(r)}` {r.choice(MY_TYPES)} NULL" for _ in range(r.randrange(1, 4)))
        out.append(f"ALTER TABLE `{t}`\n  {adds},\n  ALGORITHM=INSTANT;\n")
    elif kind == 2:
        out.append(f"ALTER TABLE `{t}` MODIFY `{col(r)}` {r.choice(MY_TYPES)} NOT NULL;\n")
        out.append(f"CREATE INDEX `{t}_{i}_idx` ON `{t}` (`{col(r)}`);\n")
    else:
        out.append(f"DELETE FROM `{t}`\n WHERE `created_at` < '2019-01-01' LIMIT 1000;\n")
    return "".join(out)


def laravel_file(r, i):
    t = r.choice(TABLES)
    body = []
    if r.random() < 0.4:
        cols = "\n".join(f"            $table->{r.choice(LARAVEL)}('{col(r)}'){r.choice(['', '->nullable()', '->default(0)', '->index()'])};" for _ in range(r.randrange(4, 14)))
        body.append(f"        Schema::create('{t}_{i}', function (Blueprint $table) {{\n            $table->id();\n{cols}\n            $table->timestamps();\n        }});")
    else:
        modifiers = ["->nullable()", "", "->after('id')"]
        cols = "\n".join(f"            $table->{r.choice(LARAVEL)}('{col(r)}'){r.choice(modifiers)};" for _ in range(r.randrange(1, 5)))
        body.append(f"        Schema::table('{t}', static function (Blueprint $table): void {{\n{cols}\n        }});")
    if r.random() < 0.2:
        body.append(f"        DB::statement('CREATE INDEX CONCURRENTLY {t}_{i}_idx ON {t} (id)');")
    return f"""<?php

use Illuminate\\Database\\Migrations\\Migration;
use Illuminate\\Database\\Schema\\Blueprint;
use Illuminate\\Support\\Facades\\DB;
use Illuminate\\Support\\Facades\\Schema;

return new class extends Migration
{{
    public function up(): void
    {{
{chr(10).join(body)}
    }}

    public function down(): void
    {{
        Schema::dropIfExists('{t}_{i}');
    }}
}};
"""


def dump(path, megabytes, r):
    target = megabytes * 1024 * 1024
    with open(path, "w") as f:
        written = 0
        n = 0
        while written < target:
            n += 1
            ddl = f"CREATE TABLE dump_{n} (id bigint PRIMARY KEY, amount numeric(19,4), memo text);\n"
            rows = "".join(f"{k}\t{r.randrange(10**6)}.{r.randrange(10**4):04d}\tpayment {k} for order {r.randrange(10**9)}\n" for k in range(2000))
            copy = f"COPY dump_{n} (id, amount, memo) FROM stdin;\n{rows}\\.\n"
            values = ",".join(f"({k},{r.randrange(10**6)},'row {k}')" for k in range(1000))
            insert = f"INSERT INTO dump_{n} (id, amount, memo) VALUES {values};\n"
            chunk = ddl + copy + insert
            f.write(chunk)
            written += len(chunk)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--files", type=int, default=10000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--dump-mb", type=int, default=0)
    a = ap.parse_args()
    r = random.Random(a.seed)
    for d in ("pg", "mysql", "laravel"):
        os.makedirs(os.path.join(a.out, d), exist_ok=True)
    for i in range(a.files):
        roll = i % 20
        if roll < 8:
            path, text = os.path.join(a.out, "pg", f"V{i + 1}__change_{i}.sql"), pg_file(r, i)
        elif roll < 13:
            path, text = os.path.join(a.out, "mysql", f"{i + 1:06d}_change.up.sql"), mysql_file(r, i)
        else:
            path, text = os.path.join(a.out, "laravel", f"2024_01_01_{i:06d}_change.php"), laravel_file(r, i)
        with open(path, "w") as f:
            f.write(text)
    if a.dump_mb:
        os.makedirs(os.path.join(a.out, "dump"), exist_ok=True)
        dump(os.path.join(a.out, "dump", "dump.sql"), a.dump_mb, r)


if __name__ == "__main__":
    main()
