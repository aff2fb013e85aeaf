//! `--schema` and `shipgate migrations snapshot` on the command line: table
//! sizes lower a finding on a small table to a warning and keep it an error
//! on a large one, today's column types decide widenings, and a schema that
//! cannot be read stops the run (exit 2 or 3) without showing a password.
//!
//! The snapshot test needs the PostgreSQL of `SHIPGATE_TEST_POSTGRES_URL`
//! (default `postgres://postgres@127.0.0.1:5432/test`); when it cannot be
//! reached it is skipped, unless `SHIPGATE_REQUIRE_POSTGRES=1` (CI sets it)
//! makes that a failure.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a test fails by panicking"
)]

mod common;

use common::{Run, shipgate, temp_dir};

const SNAPSHOT: &str = "-- shipgate schema snapshot (postgres)\n-- shipgate:rows public.ledger_entries 312000000\n-- shipgate:rows public.currencies 180\nCREATE TABLE public.ledger_entries (id bigint NOT NULL, remittance_info character varying(35), reference integer);\nCREATE TABLE public.currencies (code character(3) NOT NULL, name character varying(35));\nCREATE UNIQUE INDEX ledger_entries_pkey ON public.ledger_entries USING btree (id);\nCREATE INDEX ledger_entries_reference_idx ON public.ledger_entries USING btree (reference);\n";

/// `(rule, severity, message)` of every finding of a JSON run, but
/// `missing-lock-timeout`'s, which every statement here would draw.
fn findings(run: &Run) -> Vec<(String, String, String)> {
    let value: serde_json::Value = serde_json::from_str(&run.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}{}", run.stdout, run.stderr));
    value["gates"][0]["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["rule"] != "missing-lock-timeout")
        .map(|f| {
            (
                f["rule"].as_str().unwrap().to_owned(),
                f["severity"].as_str().unwrap().to_owned(),
                f["message"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

/// The location of the first finding of a JSON run (a `gate-error`, where
/// the gate could not run).
fn first_location(run: &Run) -> serde_json::Value {
    let value: serde_json::Value = serde_json::from_str(&run.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}{}", run.stdout, run.stderr));
    value["gates"][0]["findings"][0]["location"].clone()
}

fn project(name: &str, migration: &str) -> std::path::PathBuf {
    let dir = temp_dir(name);
    std::fs::create_dir_all(dir.join("migrations")).unwrap();
    std::fs::write(dir.join("migrations/V2__change.sql"), migration).unwrap();
    std::fs::write(dir.join("schema.sql"), SNAPSHOT).unwrap();
    dir
}

#[test]
fn a_small_table_is_a_warning_and_a_large_one_an_error_with_its_rows() {
    let migration = "CREATE INDEX currencies_name_idx ON currencies (name);\nCREATE INDEX ledger_entries_info_idx ON ledger_entries (remittance_info);\n";
    let dir = project("schema-sizes", migration);
    let run = shipgate(
        &dir,
        &[
            "migrations",
            "check",
            "--schema",
            "schema.sql",
            "--format",
            "json",
        ],
    );
    assert_eq!(run.code, 1, "{}{}", run.stdout, run.stderr);
    let found = findings(&run);
    let index: Vec<_> = found
        .iter()
        .filter(|f| f.0 == "index-without-concurrently")
        .collect();
    assert_eq!(index.len(), 2, "{found:?}");
    let small = index.iter().find(|f| f.2.contains("`currencies`")).unwrap();
    assert_eq!(small.1, "warning", "{small:?}");
    assert!(
        small
            .2
            .contains("(~180 rows, under `large_table_rows` = 1,000,000"),
        "{small:?}"
    );
    let large = index
        .iter()
        .find(|f| f.2.contains("`ledger_entries`"))
        .unwrap();
    assert_eq!(large.1, "error", "{large:?}");
    assert!(
        large
            .2
            .ends_with("; on `ledger_entries` (~312,000,000 rows)"),
        "{large:?}"
    );

    // Only the small table: a warning does not fail the gate.
    std::fs::write(
        dir.join("migrations/V2__change.sql"),
        "CREATE INDEX currencies_name_idx ON currencies (name);\n",
    )
    .unwrap();
    let run = shipgate(&dir, &["migrations", "check", "--schema", "schema.sql"]);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);

    // `small_table_severity` and `large_table_rows` are configurable.
    std::fs::write(
        dir.join("shipgate.toml"),
        "[migrations]\nschema = \"schema.sql\"\nlarge_table_rows = 100\n",
    )
    .unwrap();
    let run = shipgate(&dir, &["migrations", "check"]);
    assert_eq!(run.code, 1, "{}{}", run.stdout, run.stderr);
    std::fs::write(
        dir.join("shipgate.toml"),
        "[migrations]\nschema = \"schema.sql\"\nsmall_table_severity = \"off\"\n",
    )
    .unwrap();
    let run = shipgate(&dir, &["migrations", "check", "--format", "json"]);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    assert!(findings(&run).is_empty(), "{}", run.stdout);

    // Without a schema, the same migration is an error as before.
    std::fs::remove_file(dir.join("shipgate.toml")).unwrap();
    let run = shipgate(&dir, &["migrations", "check"]);
    assert_eq!(run.code, 1, "{}{}", run.stdout, run.stderr);
}

#[test]
fn widenings_are_judged_from_todays_column_type() {
    let dir = project(
        "schema-widening",
        "ALTER TABLE ledger_entries ALTER COLUMN remittance_info TYPE varchar(140);\n",
    );
    // Unknown without the schema: flagged.
    let run = shipgate(&dir, &["migrations", "check", "--format", "json"]);
    assert_eq!(run.code, 1, "{}{}", run.stdout, run.stderr);
    // `varchar(35)` today: a free widening.
    let run = shipgate(
        &dir,
        &[
            "migrations",
            "check",
            "--schema",
            "schema.sql",
            "--format",
            "json",
        ],
    );
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    assert!(findings(&run).is_empty(), "{}", run.stdout);
    // `integer` today: a rewrite of 312 million rows.
    std::fs::write(
        dir.join("migrations/V2__change.sql"),
        "ALTER TABLE ledger_entries ALTER COLUMN reference TYPE varchar(140);\nALTER TABLE ledger_entries ALTER COLUMN memo TYPE text;\nALTER TABLE ledgers ALTER COLUMN memo TYPE text;\n",
    )
    .unwrap();
    let run = shipgate(
        &dir,
        &[
            "migrations",
            "check",
            "--schema",
            "schema.sql",
            "--format",
            "json",
        ],
    );
    assert_eq!(run.code, 1, "{}{}", run.stdout, run.stderr);
    let messages: Vec<String> = findings(&run)
        .into_iter()
        .filter(|f| f.0 == "changing-column-type")
        .map(|f| f.2)
        .collect();
    assert_eq!(messages.len(), 3, "{messages:?}");
    assert!(
        messages[0].contains("from `int` to `varchar(140)`")
            && messages[0].ends_with("(~312,000,000 rows)"),
        "{messages:?}"
    );
    assert!(
        messages[1].contains("`ledger_entries` has no column `memo` in the schema `"),
        "{messages:?}"
    );
    assert!(
        messages[2].contains("`ledgers` is not in the schema `"),
        "{messages:?}"
    );
}

#[test]
fn an_existing_index_created_if_not_exists_is_a_no_op() {
    let dir = project(
        "schema-index",
        "CREATE INDEX IF NOT EXISTS ledger_entries_reference_idx ON ledger_entries (reference);\n",
    );
    let run = shipgate(&dir, &["migrations", "check", "--schema", "schema.sql"]);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    // A new index, or one on another table, is still built.
    std::fs::write(
        dir.join("migrations/V2__change.sql"),
        "CREATE INDEX IF NOT EXISTS ledger_entries_other_idx ON ledger_entries (reference);\n",
    )
    .unwrap();
    let run = shipgate(&dir, &["migrations", "check", "--schema", "schema.sql"]);
    assert_eq!(run.code, 1, "{}{}", run.stdout, run.stderr);
}

#[test]
fn a_validated_check_in_the_schema_spares_the_set_not_null_scan() {
    // As `pg_dump --schema-only` writes them: one check inside the CREATE
    // TABLE (validated), one added `NOT VALID` (not yet proof).
    let dump = "CREATE TABLE public.payouts (\n    id bigint NOT NULL,\n    currency text,\n    amount bigint,\n    CONSTRAINT payouts_currency_nn CHECK ((currency IS NOT NULL))\n);\nALTER TABLE public.payouts\n    ADD CONSTRAINT payouts_amount_nn CHECK ((amount IS NOT NULL)) NOT VALID;\n";
    let dir = project(
        "schema-not-null-proof",
        "SET lock_timeout = '2s';\nALTER TABLE payouts ALTER COLUMN currency SET NOT NULL;\nALTER TABLE payouts ALTER COLUMN amount SET NOT NULL;\n",
    );
    std::fs::write(dir.join("dump.sql"), dump).unwrap();
    let run = shipgate(
        &dir,
        &[
            "migrations",
            "check",
            "--dialect",
            "postgres",
            "--schema",
            "dump.sql",
            "--format",
            "json",
        ],
    );
    let found = findings(&run);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].0, "setting-not-null");
    assert!(found[0].2.contains("`payouts`.`amount`"), "{found:?}");
    // Before PostgreSQL 12 no check spares the scan.
    let run = shipgate(
        &dir,
        &[
            "migrations",
            "check",
            "--dialect",
            "postgres",
            "--db-version",
            "11",
            "--schema",
            "dump.sql",
            "--format",
            "json",
        ],
    );
    assert_eq!(findings(&run).len(), 2, "{}", run.stdout);
}

#[test]
fn a_schema_that_cannot_be_read_stops_the_run() {
    let dir = project(
        "schema-fail-closed",
        "ALTER TABLE ledger_entries ALTER COLUMN remittance_info TYPE varchar(140);\n",
    );
    let check = |schema: &str| shipgate(&dir, &["migrations", "check", "--schema", schema]);

    let run = check("missing.sql");
    assert_eq!(run.code, 2, "{}{}", run.stdout, run.stderr);
    assert!(
        run.stderr.contains("missing.sql` does not exist"),
        "{}",
        run.stderr
    );
    // No report as if nothing were wrong: the gate could not run.
    assert!(run.stdout.contains("could not run"), "{}", run.stdout);

    // An empty file (a dump that wrote nothing) is no schema.
    std::fs::write(dir.join("empty.sql"), "-- nothing here\n").unwrap();
    let run = check("empty.sql");
    assert_eq!(run.code, 2, "{}{}", run.stdout, run.stderr);
    assert!(run.stderr.contains("declares no table"), "{}", run.stderr);

    // A folder cannot be read as a file (an unreadable file, even for root).
    std::fs::create_dir_all(dir.join("dumps")).unwrap();
    let run = check("dumps");
    assert_eq!(run.code, 3, "{}{}", run.stdout, run.stderr);
    assert!(run.stderr.contains("cannot be read"), "{}", run.stderr);

    let run = check("ftp://user:hunter2@example.invalid/schema.sql");
    assert_eq!(run.code, 2, "{}{}", run.stdout, run.stderr);
    assert!(run.stderr.contains("`ftp://`"), "{}", run.stderr);
    assert!(!run.stderr.contains("hunter2"), "{}", run.stderr);

    std::fs::write(
        dir.join("broken.sql"),
        "CREATE TABLE t (a int);\nCREATE TABLE (;\n",
    )
    .unwrap();
    let run = check("broken.sql");
    assert_eq!(run.code, 2, "{}{}", run.stdout, run.stderr);
    assert!(run.stderr.contains("broken.sql` line 2"), "{}", run.stderr);

    std::fs::write(
        dir.join("mysql.sql"),
        "-- MySQL dump 10.13  Distrib 8.4.0\n-- Server version\t8.4.0\nCREATE TABLE t (a int);\n",
    )
    .unwrap();
    let run = check("mysql.sql");
    assert_eq!(run.code, 2, "{}{}", run.stdout, run.stderr);
    assert!(
        run.stderr
            .contains("is a mysql schema, but the migrations are checked as postgres"),
        "{}",
        run.stderr
    );

    std::fs::write(
        dir.join("sizes.sql"),
        "-- shipgate:rows ledger_entries many\n",
    )
    .unwrap();
    let run = check("sizes.sql");
    assert_eq!(run.code, 2, "{}{}", run.stdout, run.stderr);
    assert!(run.stderr.contains("sizes.sql` line 1"), "{}", run.stderr);

    std::fs::create_dir_all(dir.join("folder.sql")).unwrap();
    let run = check("folder.sql");
    assert_eq!(run.code, 3, "{}{}", run.stdout, run.stderr);

    // Nothing listens on port 1: a runtime error, without the password.
    let run = check("postgres://app:s3cretpw@127.0.0.1:1/prod");
    assert_eq!(run.code, 3, "{}{}", run.stdout, run.stderr);
    assert!(
        run.stderr
            .contains("cannot connect to `postgres://app:***@127.0.0.1:1/prod`"),
        "{}",
        run.stderr
    );
    assert!(!run.stderr.contains("s3cretpw"), "{}", run.stderr);
    let run = check("mysql://app:s3cretpw@127.0.0.1:1/prod");
    assert_eq!(run.code, 3, "{}{}", run.stdout, run.stderr);
    assert!(!run.stderr.contains("s3cretpw"), "{}", run.stderr);
    let run = check("mysql://app@127.0.0.1:1");
    assert_eq!(run.code, 2, "{}{}", run.stdout, run.stderr);
    assert!(run.stderr.contains("names no database"), "{}", run.stderr);

    // `migrations snapshot` reads servers only, and fails the same way.
    let run = shipgate(
        &dir,
        &["migrations", "snapshot", "--database", "schema.sql"],
    );
    assert_eq!(run.code, 2, "{}{}", run.stdout, run.stderr);
    assert!(
        run.stderr
            .contains("is not a `postgres://` or `mysql://` URL"),
        "{}",
        run.stderr
    );
    let run = shipgate(
        &dir,
        &[
            "migrations",
            "snapshot",
            "--database",
            "postgres://app:s3cretpw@127.0.0.1:1/prod",
            "--output",
            "never.sql",
        ],
    );
    assert_eq!(run.code, 3, "{}{}", run.stdout, run.stderr);
    assert!(!run.stderr.contains("s3cretpw"), "{}", run.stderr);
    assert!(!dir.join("never.sql").exists());

    // The same from `[migrations] schema`, relative to the config file.
    std::fs::write(
        dir.join("shipgate.toml"),
        "[migrations]\nschema = \"missing.sql\"\n",
    )
    .unwrap();
    let run = shipgate(&dir, &["check"]);
    assert_eq!(run.code, 2, "{}{}", run.stdout, run.stderr);
    assert!(
        run.stdout
            .contains("the migrations gate could not run: `[migrations] schema`: the schema file")
            && run.stdout.contains("missing.sql` does not exist"),
        "{}{}",
        run.stdout,
        run.stderr
    );
    // The finding points at the setting, not at the top of the file.
    let run = shipgate(&dir, &["migrations", "check", "--format", "json"]);
    let location = &first_location(&run);
    assert_eq!(
        (location["path"].as_str(), location["line"].as_u64()),
        (Some("shipgate.toml"), Some(2)),
        "{location}"
    );
    // A line of a dump shipgate cannot read is where the error is.
    std::fs::write(
        dir.join("bad.sql"),
        "CREATE TABLE a (id int);\nCREATE TABLE (((;\n",
    )
    .unwrap();
    let run = shipgate(
        &dir,
        &[
            "migrations",
            "check",
            "--schema",
            "bad.sql",
            "--format",
            "json",
        ],
    );
    let location = &first_location(&run);
    assert!(
        location["path"]
            .as_str()
            .is_some_and(|p| p.ends_with("bad.sql"))
            && location["line"].as_u64() == Some(2),
        "{location}"
    );
    // A bad `--schema` flag is not the configuration's key, valid as it is.
    let run = shipgate(
        &dir,
        &[
            "migrations",
            "check",
            "--schema",
            "ftp://x/s.sql",
            "--format",
            "json",
        ],
    );
    assert_eq!(run.code, 2, "{}{}", run.stdout, run.stderr);
    let location = &first_location(&run);
    assert_ne!(location["line"].as_u64(), Some(2), "{location}");
    // The flag wins over the configuration.
    let run = check("schema.sql");
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
}

#[test]
fn a_snapshot_of_a_live_postgres_is_read_back_by_schema() {
    let url = std::env::var("SHIPGATE_TEST_POSTGRES_URL")
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/test".into());
    let mut admin = match postgres::Client::connect(&url, postgres::NoTls) {
        Ok(client) => client,
        Err(e) => {
            assert!(
                std::env::var("SHIPGATE_REQUIRE_POSTGRES").as_deref() != Ok("1"),
                "PostgreSQL is required (SHIPGATE_REQUIRE_POSTGRES=1) but `{url}` is not reachable: {e}"
            );
            eprintln!("SKIPPED: PostgreSQL at `{url}` is not reachable: {e}");
            return;
        }
    };
    // A database of its own: the snapshot reads every schema of it, and
    // other tests use `test` at the same time.
    let database = format!("sg_cli_snapshot_{}", std::process::id());
    admin
        .batch_execute(&format!("DROP DATABASE IF EXISTS {database}"))
        .unwrap();
    admin
        .batch_execute(&format!("CREATE DATABASE {database}"))
        .unwrap();
    let (base, _) = url.rsplit_once('/').unwrap();
    let db_url = format!("{base}/{database}");
    // A database without tables gives no snapshot: `--schema` would refuse it.
    let empty = shipgate(
        &temp_dir("schema-cli-empty-snapshot"),
        &[
            "migrations",
            "snapshot",
            "--database",
            &db_url,
            "--output",
            "empty.sql",
        ],
    );
    assert_eq!(empty.code, 2, "{}{}", empty.stdout, empty.stderr);
    assert!(
        empty.stderr.contains("declares no table"),
        "{}",
        empty.stderr
    );
    // Read as `--schema`, the same refusal; the finding's path is no URL.
    let empty = shipgate(
        &project("schema-cli-empty-live", "SELECT 1;\n"),
        &[
            "migrations",
            "check",
            "--schema",
            &db_url,
            "--format",
            "json",
        ],
    );
    assert_eq!(empty.code, 2, "{}{}", empty.stdout, empty.stderr);
    let path = first_location(&empty)["path"].clone();
    assert!(path.as_str().is_some_and(|p| !p.contains("://")), "{path}");
    let mut client = postgres::Client::connect(&db_url, postgres::NoTls).unwrap();
    client
        .batch_execute(
            "CREATE TABLE cli_ledger (id bigint PRIMARY KEY, remittance_info varchar(35));
             INSERT INTO cli_ledger SELECT g, 'x' FROM generate_series(1, 3000) g;
             ANALYZE cli_ledger;",
        )
        .unwrap();
    drop(client);
    let dir = project(
        "schema-cli-snapshot",
        "ALTER TABLE cli_ledger ALTER COLUMN remittance_info TYPE varchar(140);\nCREATE INDEX cli_ledger_info ON cli_ledger (remittance_info);\n",
    );
    let run = shipgate(
        &dir,
        &[
            "migrations",
            "snapshot",
            "--database",
            &db_url,
            "--output",
            "live.sql",
        ],
    );
    admin
        .batch_execute(&format!("DROP DATABASE {database} WITH (FORCE)"))
        .unwrap();
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    let text = std::fs::read_to_string(dir.join("live.sql")).unwrap();
    assert!(
        text.contains("-- shipgate:rows public.cli_ledger 3000\n"),
        "{text}"
    );
    std::fs::write(
        dir.join("shipgate.toml"),
        "[migrations]\nlarge_table_rows = 2000\n",
    )
    .unwrap();
    let run = shipgate(
        &dir,
        &[
            "migrations",
            "check",
            "--schema",
            "live.sql",
            "--format",
            "json",
        ],
    );
    assert_eq!(run.code, 1, "{}{}", run.stdout, run.stderr);
    let found = findings(&run);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].0, "index-without-concurrently");
    assert!(found[0].2.ends_with("(~3,000 rows)"), "{found:?}");
}
