//! `migrations trace` on the real PostgreSQL server: what it records for
//! each statement (locks, rewrites, validation scans), how it sets that
//! against the static verdict, and that it cleans up after itself.
//!
//! The server is `SHIPGATE_TEST_DATABASE_URL` (default
//! `postgres://postgres@127.0.0.1:5432/test`). When it cannot be reached the
//! tests are skipped, unless `SHIPGATE_REQUIRE_POSTGRES=1` (CI sets it)
//! makes that a failure. Every run makes its own throwaway database, so the
//! tests run side by side with each other and with other test processes.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a test fails by panicking"
)]

use std::cell::RefCell;
use std::path::PathBuf;

use shipgate_config::{Dialect, MigrationsConfig};
use shipgate_migrations::trace::{self, Server, Target};
use shipgate_migrations::{MigrationFile, Settings};
use shipgate_report::{Finding, GateReport, Outcome};

fn url() -> String {
    let url = std::env::var("SHIPGATE_TEST_DATABASE_URL")
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/test".into());
    if url.starts_with("postgres://") || url.starts_with("postgresql://") {
        return url;
    }
    // scripts/test may give the key=value form; the trace takes a URL.
    let field = |key: &str, default: &str| {
        url.split_whitespace()
            .find_map(|kv| kv.strip_prefix(&format!("{key}=")).map(str::to_owned))
            .unwrap_or_else(|| default.to_owned())
    };
    format!(
        "postgres://{}@{}:{}/{}",
        field("user", "postgres"),
        field("host", "127.0.0.1"),
        field("port", "5432"),
        field("dbname", "test")
    )
}

/// The server, or `None` (the test is skipped) when it is unreachable and not required.
fn server() -> Option<Server> {
    let url = url();
    match Server::connect(&Target::parse(&url).unwrap()) {
        Ok(server) => Some(server),
        Err(e) => {
            assert!(
                std::env::var("SHIPGATE_REQUIRE_POSTGRES").as_deref() != Ok("1"),
                "PostgreSQL is required (SHIPGATE_REQUIRE_POSTGRES=1) but `{url}` is not reachable: {e}"
            );
            eprintln!("SKIPPED: PostgreSQL at `{url}` is not reachable: {e}");
            None
        }
    }
}

/// Writes the migrations to a fresh folder; the last `traced` of them are traced.
fn files(name: &str, migrations: &[&str], traced: usize) -> Vec<MigrationFile> {
    let dir: PathBuf =
        std::env::temp_dir().join(format!("shipgate-trace-pg-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    migrations
        .iter()
        .enumerate()
        .map(|(i, sql)| {
            let display = format!("db/V{}__m.sql", i + 1);
            let path = dir.join(format!("V{}__m.sql", i + 1));
            std::fs::write(&path, sql).unwrap();
            MigrationFile {
                path,
                display,
                checked: i + traced >= migrations.len(),
                regular: false,
            }
        })
        .collect()
}

/// Traces the files on a throwaway database and checks it was dropped.
fn run(server: Server, files: &[MigrationFile]) -> GateReport {
    let version = server.version();
    let settings = Settings::new(
        &MigrationsConfig::default(),
        Some(Dialect::Postgres),
        Some(version),
    )
    .unwrap();
    let created = RefCell::new(None);
    let report = trace::trace(server, files, &[], &settings, &|c| {
        *created.borrow_mut() = Some(c.database().to_owned());
    })
    .unwrap();
    let name = created
        .into_inner()
        .expect("a throwaway database was created");
    assert!(name.starts_with("shipgate_trace_"), "{name}");
    let mut admin = postgres::Client::connect(&url(), postgres::NoTls).unwrap();
    let left = admin
        .query("SELECT 1 FROM pg_database WHERE datname = $1", &[&name])
        .unwrap();
    assert!(
        left.is_empty(),
        "the throwaway database `{name}` was left behind"
    );
    report
}

/// The findings at `line` of the last file, as `rule: message`.
fn at(report: &GateReport, line: u32) -> Vec<String> {
    let last = report
        .findings
        .iter()
        .map(|f| f.location.path.clone())
        .max()
        .unwrap_or_default();
    report
        .findings
        .iter()
        .filter(|f: &&Finding| f.location.path == last && f.location.line == line)
        .map(|f| format!("{}: {}", f.rule, f.message))
        .collect()
}

fn has(findings: &[String], rule: &str, text: &str) -> bool {
    findings
        .iter()
        .any(|f| f.starts_with(&format!("{rule}: ")) && f.contains(text))
}

const SETUP: &str = "CREATE TABLE accounts (id bigint PRIMARY KEY, name text);
CREATE TABLE payments (id int PRIMARY KEY, account_id bigint, amount numeric(10,2));
INSERT INTO accounts VALUES (1, 'a');
INSERT INTO payments SELECT g, 1, g FROM generate_series(1, 100) g;";

#[test]
fn trace_pg_volatile_default_rewrites_and_now_does_not() {
    let Some(server) = server() else { return };
    assert!(server.version().major >= 11, "{:?}", server.version());
    let files = files(
        "defaults",
        &[
            SETUP,
            "SET lock_timeout = '2s';
ALTER TABLE payments ADD COLUMN created timestamptz DEFAULT now();
ALTER TABLE payments ADD COLUMN seen timestamptz DEFAULT clock_timestamp();",
        ],
        1,
    );
    let report = run(server, &files);
    let now = at(&report, 2);
    assert!(
        has(
            &now,
            "traced-statement",
            "ACCESS EXCLUSIVE on table `payments`; no rewrite"
        ),
        "{now:#?}"
    );
    let volatile = at(&report, 3);
    assert!(
        has(
            &volatile,
            "traced-statement",
            "rewrote index `payments_pkey`, table `payments`"
        ),
        "{volatile:#?}"
    );
    assert!(has(
        &volatile,
        "traced-statement",
        "static verdict: `adding-volatile-default`"
    ));
    // Predicted: no failure.
    assert_eq!(report.outcome(), Outcome::Pass, "{:#?}", report.findings);
    assert_eq!(report.stats["statements replayed"], 4);
    assert_eq!(report.stats["statements"], 3);
}

#[test]
fn trace_pg_create_index_takes_share_and_concurrently_runs_outside_a_transaction() {
    let Some(server) = server() else { return };
    let files = files(
        "index",
        &[
            SETUP,
            "CREATE INDEX payments_account ON payments (account_id);
CREATE INDEX CONCURRENTLY payments_amount ON payments (amount);",
        ],
        1,
    );
    let report = run(server, &files);
    let plain = at(&report, 1);
    assert!(
        has(&plain, "traced-statement", "SHARE on table `payments`"),
        "{plain:#?}"
    );
    assert!(
        has(
            &plain,
            "traced-statement",
            "read whole: table `payments` (to build index `payments_account`)"
        ),
        "{plain:#?}"
    );
    assert!(
        has(&plain, "traced-statement", "`index-without-concurrently`"),
        "{plain:#?}"
    );
    let concurrent = at(&report, 2);
    assert!(
        has(&concurrent, "traced-statement", "run outside a transaction"),
        "{concurrent:#?}"
    );
    assert!(
        has(
            &concurrent,
            "traced-statement",
            "(to build index `payments_amount`)"
        ),
        "{concurrent:#?}"
    );
    // Its locks are sampled while it runs: a short build can end between
    // two samples, but any lock seen on the table is SHARE UPDATE EXCLUSIVE.
    assert!(
        !has(&concurrent, "traced-statement", "SHARE on table `payments`")
            && !has(
                &concurrent,
                "traced-statement",
                "EXCLUSIVE on table `payments`"
            )
            || has(
                &concurrent,
                "traced-statement",
                "SHARE UPDATE EXCLUSIVE on table `payments`"
            ),
        "{concurrent:#?}"
    );
    // Neither blocks writes beyond what the rules say.
    assert!(
        !report
            .findings
            .iter()
            .any(|f| f.rule.starts_with("observed-")),
        "{:#?}",
        report.findings
    );
}

#[test]
fn trace_pg_int_to_bigint_rewrites_the_table() {
    let Some(server) = server() else { return };
    let files = files(
        "bigint",
        &[SETUP, "ALTER TABLE payments ALTER COLUMN id TYPE bigint;"],
        1,
    );
    let report = run(server, &files);
    let change = at(&report, 1);
    assert!(
        has(
            &change,
            "traced-statement",
            "ACCESS EXCLUSIVE on table `payments`"
        ),
        "{change:#?}"
    );
    assert!(
        has(&change, "traced-statement", "rewrote table `payments`"),
        "{change:#?}"
    );
    assert!(
        has(&change, "traced-statement", "`changing-column-type`"),
        "{change:#?}"
    );
    assert!(!has(&change, "observed-rewrite", ""), "{change:#?}");
}

#[test]
fn trace_pg_foreign_key_takes_share_row_exclusive_on_both_tables() {
    let Some(server) = server() else { return };
    let files = files(
        "fk",
        &[
            SETUP,
            "ALTER TABLE payments ADD CONSTRAINT payments_account_fk FOREIGN KEY (account_id) REFERENCES accounts (id);
ALTER TABLE payments ADD CONSTRAINT payments_account_fk2 FOREIGN KEY (account_id) REFERENCES accounts (id) NOT VALID;",
        ],
        1,
    );
    let report = run(server, &files);
    let fk = at(&report, 1);
    assert!(
        has(
            &fk,
            "traced-statement",
            "SHARE ROW EXCLUSIVE on table `accounts`"
        ) && has(
            &fk,
            "traced-statement",
            "SHARE ROW EXCLUSIVE on table `payments`"
        ),
        "{fk:#?}"
    );
    assert!(
        has(
            &fk,
            "traced-statement",
            "table `payments` (constraint `payments_account_fk` validated)"
        ),
        "{fk:#?}"
    );
    assert!(
        has(&fk, "traced-statement", "`constraint-missing-not-valid`"),
        "{fk:#?}"
    );
    // NOT VALID: the same locks, and no scan.
    let not_valid = at(&report, 2);
    assert!(
        has(
            &not_valid,
            "traced-statement",
            "SHARE ROW EXCLUSIVE on table `payments`"
        ),
        "{not_valid:#?}"
    );
    assert!(
        !has(&not_valid, "traced-statement", "read whole"),
        "{not_valid:#?}"
    );
}

#[test]
fn trace_pg_fails_where_the_server_does_worse_than_the_static_verdict() {
    let Some(server) = server() else { return };
    // A function the migration calls hides its ALTER from the static rules.
    // If the rules learn it, pick another statement they cannot see. A
    // trigger's SHARE ROW EXCLUSIVE is in the rules' lock model: no finding.
    let files = files(
        "worse",
        &[
            SETUP,
            "SET lock_timeout = '2s';
CREATE FUNCTION widen() RETURNS void LANGUAGE plpgsql AS $$ BEGIN EXECUTE format('ALTER TABLE %I ALTER COLUMN id TYPE bigint', 'payments'); END $$;
SELECT widen();
CREATE FUNCTION audit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER payments_audit AFTER UPDATE ON payments FOR EACH ROW EXECUTE FUNCTION audit();
ALTER TABLE payments ALTER COLUMN amount TYPE numeric(12,2);",
        ],
        1,
    );
    let report = run(server, &files);
    assert_eq!(report.outcome(), Outcome::Fail);
    let call = at(&report, 3);
    assert!(
        has(
            &call,
            "observed-rewrite",
            "the server rewrote table `payments` but the static verdict (no finding) predicted no rewrite"
        ),
        "{call:#?}"
    );
    assert!(
        has(
            &call,
            "observed-lock",
            "ACCESS EXCLUSIVE on table `payments`) but the static verdict (no finding)"
        ),
        "{call:#?}"
    );
    let trigger = at(&report, 5);
    assert!(
        has(
            &trigger,
            "traced-statement",
            "SHARE ROW EXCLUSIVE on table `payments`"
        ),
        "{trigger:#?}"
    );
    assert!(
        !trigger
            .iter()
            .any(|f| f.starts_with("observed-") || f.starts_with("overestimated-")),
        "{trigger:#?}"
    );
    // Widening numeric precision keeps the rows: the rule knows it.
    let widen = at(&report, 6);
    assert!(has(&widen, "traced-statement", "no rewrite"), "{widen:#?}");
    assert!(
        !widen.iter().any(|f| f.starts_with("observed-")),
        "{widen:#?}"
    );
}

#[test]
fn trace_pg_notes_where_the_static_verdict_was_worse() {
    let Some(server) = server() else { return };
    // From PostgreSQL 12, timestamp to timestamptz keeps the rows when the
    // session's time zone is UTC; the rule cannot know the time zone.
    let files = files(
        "over",
        &[
            "CREATE TABLE events (id int PRIMARY KEY, at timestamp);",
            "SET TIME ZONE 'UTC';\nALTER TABLE events ALTER COLUMN at TYPE timestamptz;",
        ],
        1,
    );
    let report = run(server, &files);
    let change = at(&report, 2);
    assert!(
        has(&change, "overestimated-risk", "`changing-column-type`")
            && has(
                &change,
                "overestimated-risk",
                "predicted a rewrite but the server did not"
            ),
        "{change:#?}"
    );
    assert_eq!(report.outcome(), Outcome::Pass, "{:#?}", report.findings);
}

#[test]
fn trace_pg_replays_earlier_migrations_and_a_failing_statement_fails_the_run() {
    let Some(server) = server() else { return };
    let files = files(
        "replay",
        &[
            SETUP,
            "CREATE TABLE fees (id int PRIMARY KEY, payment_id int);",
            "ALTER TABLE fees ADD COLUMN note text;
ALTER TABLE missing ADD COLUMN x int;
ALTER TABLE fees ADD COLUMN never text;",
        ],
        1,
    );
    let report = run(server, &files);
    // The tables of the first two files exist: the first statement ran.
    assert!(has(
        &at(&report, 1),
        "traced-statement",
        "ACCESS EXCLUSIVE on table `fees`"
    ));
    assert_eq!(report.stats["statements replayed"], 5);
    let failed = at(&report, 2);
    assert!(
        has(
            &failed,
            "statement-failed-on-server",
            "relation \"missing\" does not exist (SQLSTATE 42P01)"
        ),
        "{failed:#?}"
    );
    assert_eq!(failed.len(), 1, "{failed:#?}");
    // The rest of the file is not run.
    assert!(at(&report, 3).is_empty(), "{:#?}", report.findings);
    assert_eq!(report.outcome(), Outcome::Fail);
}

#[test]
fn trace_pg_replays_a_lock_table_in_a_transaction_as_migration_tools_do() {
    let Some(server) = server() else { return };
    let files = files(
        "replay-lock",
        &[
            "CREATE TABLE ledger (id int);\nLOCK TABLE ledger IN EXCLUSIVE MODE;\nALTER TABLE ledger ADD COLUMN memo text;",
            "ALTER TABLE ledger ADD COLUMN note text;",
        ],
        1,
    );
    let report = run(server, &files);
    let rules: Vec<&str> = report.findings.iter().map(|f| f.rule.as_str()).collect();
    assert!(
        !rules.contains(&"statement-failed-on-server") && !rules.contains(&"untraced-migration"),
        "{:#?}",
        report.findings
    );
    assert_eq!(report.stats["statements replayed"], 3);
    assert!(has(
        &at(&report, 1),
        "traced-statement",
        "ACCESS EXCLUSIVE on table `ledger`"
    ));
}

#[test]
fn trace_pg_an_earlier_migration_that_fails_to_replay_fails_the_run() {
    let Some(server) = server() else { return };
    let files = files(
        "broken-replay",
        &[
            "CREATE TABLE a (id int);\nALTER TABLE nope ADD COLUMN x int;",
            "ALTER TABLE a ADD COLUMN y int;",
        ],
        1,
    );
    let report = run(server, &files);
    let rules: Vec<(&str, &str, u32)> = report
        .findings
        .iter()
        .map(|f| (f.rule.as_str(), f.location.path.as_str(), f.location.line))
        .collect();
    assert!(
        rules.contains(&("statement-failed-on-server", "db/V1__m.sql", 2)),
        "{rules:?}"
    );
    assert!(
        rules.contains(&("untraced-migration", "db/V2__m.sql", 1)),
        "{rules:?}"
    );
    assert_eq!(report.stats["statements"], 0);
    assert_eq!(report.outcome(), Outcome::Fail);
}

#[test]
fn trace_pg_refuses_what_it_cannot_run() {
    let Some(server) = server() else { return };
    let mut files = files("laravel", &["CREATE TABLE a (id int);"], 1);
    let php = files[0].path.with_file_name("2024_01_01_000000_add.php");
    std::fs::write(
        &php,
        "<?php\nSchema::table('a', function ($t) { $t->string('b'); });\n",
    )
    .unwrap();
    files.push(MigrationFile {
        path: php,
        display: "database/migrations/2024_01_01_000000_add.php".into(),
        checked: true,
        regular: false,
    });
    let report = run(server, &files);
    assert!(
        report
            .findings
            .iter()
            .any(|f| f.rule == "untraced-migration"
                && f.location.path.starts_with("database/migrations/")
                && f.message.contains("Laravel")),
        "{:#?}",
        report.findings
    );
    assert_eq!(report.outcome(), Outcome::Fail);
}

#[test]
fn trace_pg_unreachable_server_and_bad_urls_are_errors_without_the_password() {
    let err = Server::connect(&Target::parse("postgres://app:s3cr3t@127.0.0.1:1/x").unwrap())
        .unwrap_err()
        .to_string();
    assert!(err.contains("postgres://app:***@127.0.0.1:1/x"), "{err}");
    assert!(!err.contains("s3cr3t"), "{err}");
    let err = Target::parse("oracle://app:s3cr3t@h/x")
        .unwrap_err()
        .to_string();
    assert!(
        !err.contains("s3cr3t") && err.contains("postgres://"),
        "{err}"
    );
}

#[test]
fn trace_pg_a_user_who_may_not_create_a_database_is_told_so() {
    if server().is_none() {
        return;
    }
    let role = format!("shipgate_trace_nocreatedb_{}", std::process::id());
    let mut admin = postgres::Client::connect(&url(), postgres::NoTls).unwrap();
    admin
        .batch_execute(&format!(
            "DROP ROLE IF EXISTS {role}; CREATE ROLE {role} LOGIN NOCREATEDB"
        ))
        .unwrap();
    let base = url();
    let (scheme, rest) = base.split_once("://").unwrap();
    let host = rest.split_once('@').map_or(rest, |(_, h)| h);
    let as_role = format!("{scheme}://{role}@{host}");
    let result = Server::connect(&Target::parse(&as_role).unwrap()).and_then(|server| {
        let settings =
            Settings::new(&MigrationsConfig::default(), Some(Dialect::Postgres), None).unwrap();
        let files = files("nocreatedb", &["SELECT 1;"], 1);
        trace::trace(server, &files, &[], &settings, &|_| {})
    });
    admin
        .batch_execute(&format!("DROP ROLE IF EXISTS {role}"))
        .unwrap();
    let err = result.unwrap_err();
    assert!(matches!(err, trace::TraceError::Runtime(_)), "{err:?}");
    let err = err.to_string();
    assert!(
        err.contains("cannot create the throwaway database"),
        "{err}"
    );
    assert!(err.contains("CREATEDB"), "{err}");
}

#[test]
fn trace_pg_a_renamed_constraint_is_not_a_validation_scan() {
    let Some(server) = server() else { return };
    let files = files(
        "rename-constraint",
        &[
            SETUP,
            "ALTER TABLE payments ADD CONSTRAINT payments_account FOREIGN KEY (account_id) REFERENCES accounts (id);",
            "SET lock_timeout = '2s';
ALTER TABLE payments RENAME CONSTRAINT payments_account TO payments_account_fkey;",
        ],
        1,
    );
    let report = run(server, &files);
    let rename = at(&report, 2);
    assert!(
        has(
            &rename,
            "traced-statement",
            "ACCESS EXCLUSIVE on table `payments`"
        ),
        "{rename:#?}"
    );
    // The constraint keeps its oid: nothing was validated, and the rules'
    // lock model predicted the lock.
    assert!(
        !rename
            .iter()
            .any(|f| f.contains("validated") || f.starts_with("observed-")),
        "{rename:#?}"
    );
}

#[test]
fn trace_pg_a_foreign_key_on_a_new_column_without_default_and_a_widening_are_no_scan() {
    let Some(server) = server() else { return };
    let files = files(
        "proven-without-scan",
        &[
            SETUP,
            "CREATE INDEX payments_note ON payments (account_id);
ALTER TABLE payments ADD COLUMN note varchar(35);
CREATE INDEX payments_note_text ON payments (note);",
            "SET lock_timeout = '2s';
ALTER TABLE payments ADD COLUMN payer_id bigint REFERENCES accounts (id);
ALTER TABLE payments ALTER COLUMN note TYPE varchar(140);
ALTER TABLE payments ADD COLUMN owner_id bigint DEFAULT 1 REFERENCES accounts (id);",
        ],
        1,
    );
    let report = run(server, &files);
    // All new values are NULL: the server marks the key validated unread.
    let nullable = at(&report, 2);
    assert!(
        !nullable.iter().any(|f| f.contains("validated")),
        "{nullable:#?}"
    );
    // A widening re-creates the index over its old file: nothing is built.
    let widen = at(&report, 3);
    assert!(!widen.iter().any(|f| f.contains("to build")), "{widen:#?}");
    // With a default every row is checked: that is a scan.
    let defaulted = at(&report, 4);
    assert!(
        defaulted
            .iter()
            .any(|f| f.contains("`payments_owner_id_fkey` validated")),
        "{defaulted:#?}"
    );
}
