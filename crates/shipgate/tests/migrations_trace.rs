//! `shipgate migrations trace` end to end: the binary against the real
//! PostgreSQL server (`SHIPGATE_TEST_POSTGRES_URL`, default
//! `postgres://postgres@127.0.0.1:5432/test`), its text and JSON output
//! (snapshots, with durations scrubbed), its exit codes, and Ctrl-C.
//!
//! Skipped when the server is unreachable, unless
//! `SHIPGATE_REQUIRE_POSTGRES=1` (CI sets it).

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a test fails by panicking"
)]

mod common;

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::{Run, scrub, shipgate, shipgate_with_env, temp_dir};

fn url() -> Option<String> {
    let url = std::env::var("SHIPGATE_TEST_POSTGRES_URL")
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/test".into());
    match postgres::Client::connect(&url, postgres::NoTls) {
        Ok(_) => Some(url),
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

/// A project with two earlier migrations and one to trace.
fn project(name: &str, traced: &str) -> PathBuf {
    let dir = temp_dir(name);
    std::fs::create_dir_all(dir.join("db")).unwrap();
    std::fs::write(
        dir.join("shipgate.toml"),
        "[migrations]\npaths = [\"db\"]\ndialect = \"postgres\"\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("db/V1__accounts.sql"),
        "CREATE TABLE accounts (id bigint PRIMARY KEY, name text);\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("db/V2__payments.sql"),
        "CREATE TABLE payments (id int PRIMARY KEY, account_id bigint, amount numeric(10,2));\n",
    )
    .unwrap();
    std::fs::write(dir.join("db/V3__change.sql"), traced).unwrap();
    dir
}

const TRACED: &str = "SET lock_timeout = '2s';
ALTER TABLE payments ADD COLUMN created timestamptz DEFAULT now();
CREATE INDEX payments_account ON payments (account_id);
ALTER TABLE payments ALTER COLUMN id TYPE bigint;
CREATE FUNCTION widen() RETURNS void LANGUAGE plpgsql AS $$ BEGIN EXECUTE format('ALTER TABLE %I ALTER COLUMN amount TYPE numeric(20,2)', 'payments'); END $$;
SELECT widen();
";

/// Durations change from run to run.
fn stable(text: &str) -> String {
    let ms = regex::Regex::new(r"\d+\.\d ms").unwrap();
    scrub(&ms.replace_all(text, "[ms]"))
}

fn trace(dir: &Path, url: &str, extra: &[&str]) -> Run {
    let mut args = vec![
        "migrations",
        "trace",
        "--database",
        url,
        "db/V3__change.sql",
    ];
    args.extend_from_slice(extra);
    shipgate(dir, &args)
}

#[test]
fn trace_cli_text_and_json_snapshots() {
    let Some(url) = url() else { return };
    let dir = project("trace-cli-snapshots", TRACED);
    let text = trace(&dir, &url, &["--color", "never"]);
    assert_eq!(text.code, 1, "{}{}", text.stdout, text.stderr);
    insta::assert_snapshot!("trace_text", stable(&text.stdout));
    let json = trace(&dir, &url, &["--format", "json"]);
    assert_eq!(json.code, 1, "{}{}", json.stdout, json.stderr);
    let value: serde_json::Value = serde_json::from_str(&json.stdout).unwrap();
    assert_eq!(value["gates"][0]["gate"], "migrations-trace");
    assert_eq!(value["gates"][0]["outcome"], "fail");
    insta::assert_snapshot!("trace_json", stable(&json.stdout));
    // Every other format renders the same findings.
    let sarif = trace(&dir, &url, &["--format", "sarif"]);
    let sarif: serde_json::Value = serde_json::from_str(&sarif.stdout).unwrap();
    let results = sarif["runs"][0]["results"].as_array().unwrap();
    assert!(
        results
            .iter()
            .any(|r| r["ruleId"] == "observed-lock" && r["level"] == "error"),
        "{results:#?}"
    );
    let junit = trace(&dir, &url, &["--format", "junit"]);
    assert!(junit.stdout.contains("observed-lock"), "{}", junit.stdout);
}

#[test]
fn trace_cli_without_files_traces_every_configured_migration_and_reads_the_url_from_the_environment()
 {
    let Some(url) = url() else { return };
    let dir = project(
        "trace-cli-env",
        "ALTER TABLE payments ADD COLUMN note text;\n",
    );
    let run = shipgate_with_env(
        &dir,
        &[
            "migrations",
            "trace",
            "--format",
            "json",
            "--record",
            "--ledger",
            "sqlite:ledger.db",
        ],
        &[("SHIPGATE_TRACE_DATABASE", &url)],
    );
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    let value: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let stats = &value["gates"][0]["stats"];
    assert_eq!(stats["files"], 3, "{value:#}");
    assert_eq!(stats["statements"], 3, "{value:#}");
    assert_eq!(stats["statements replayed"], 0, "{value:#}");
    // Recorded as evidence, like the other gates.
    let log = shipgate(
        &dir,
        &[
            "ledger",
            "log",
            "--ledger",
            "sqlite:ledger.db",
            "--format",
            "json",
        ],
    );
    assert_eq!(log.code, 0, "{}", log.stderr);
    assert!(
        log.stdout.contains("\"migrations-trace\""),
        "{}",
        log.stdout
    );
}

#[test]
fn trace_cli_errors_exit_2_or_3_and_never_print_the_password() {
    let dir = project("trace-cli-errors", "SELECT 1;\n");
    let unreachable = trace(&dir, "postgres://app:s3cr3t@127.0.0.1:1/x", &[]);
    assert_eq!(
        unreachable.code, 3,
        "{}{}",
        unreachable.stdout, unreachable.stderr
    );
    let all = format!("{}{}", unreachable.stdout, unreachable.stderr);
    assert!(all.contains("postgres://app:***@127.0.0.1:1/x"), "{all}");
    assert!(all.contains("gate-error"), "{all}");
    assert!(!all.contains("s3cr3t"), "{all}");
    let scheme = trace(&dir, "sqlite:app.db", &[]);
    assert_eq!(scheme.code, 2, "{}{}", scheme.stdout, scheme.stderr);
    assert!(
        scheme
            .stderr
            .contains("expected a URL starting `postgres://`"),
        "{}",
        scheme.stderr
    );
    let missing = shipgate(&dir, &["migrations", "trace", "db/V3__change.sql"]);
    assert_eq!(missing.code, 2, "{}", missing.stderr);
    assert!(missing.stderr.contains("--database"), "{}", missing.stderr);
    let Some(url) = url() else { return };
    let dialect = trace(&dir, &url, &["--dialect", "mysql"]);
    assert_eq!(dialect.code, 2, "{}{}", dialect.stdout, dialect.stderr);
    assert!(
        dialect
            .stderr
            .contains("--dialect mysql does not match the server"),
        "{}",
        dialect.stderr
    );
    let nothing = shipgate(
        &dir,
        &["migrations", "trace", "--database", &url, "nowhere"],
    );
    assert_eq!(nothing.code, 2, "{}{}", nothing.stdout, nothing.stderr);
    // Migrations configured as MariaDB are not run on PostgreSQL.
    std::fs::write(
        dir.join("shipgate.toml"),
        "[migrations]\npaths = [\"db\"]\ndialect = \"mariadb\"\n",
    )
    .unwrap();
    let configured = trace(&dir, &url, &[]);
    assert_eq!(
        configured.code, 2,
        "{}{}",
        configured.stdout, configured.stderr
    );
    assert!(
        configured
            .stderr
            .contains("`[migrations] dialect` is mariadb, but the server at"),
        "{}",
        configured.stderr
    );
}

/// The throwaway databases whose name is in `text`.
fn database_in(text: &str) -> Option<String> {
    let start = text.find("`shipgate_trace_")? + 1;
    let end = text[start..].find('`')? + start;
    Some(text[start..end].to_owned())
}

#[test]
fn trace_cli_ctrl_c_drops_the_throwaway_database() {
    let Some(url) = url() else { return };
    let dir = project(
        "trace-cli-interrupt",
        "SELECT pg_sleep(60);\nALTER TABLE payments ADD COLUMN never text;\n",
    );
    let mut child = Command::new(env!("CARGO_BIN_EXE_shipgate"))
        .args([
            "migrations",
            "trace",
            "--verbose",
            "--database",
            &url,
            "db/V3__change.sql",
        ])
        .current_dir(&dir)
        .env_remove("SHIPGATE_TRACE_DATABASE")
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stderr = BufReader::new(child.stderr.take().unwrap());
    let mut name = None;
    let mut line = String::new();
    while stderr.read_line(&mut line).unwrap() > 0 {
        if let Some(found) = database_in(&line) {
            name = Some(found);
            break;
        }
        line.clear();
    }
    let name = name.expect("the run names its throwaway database with --verbose");
    let mut admin = postgres::Client::connect(&url, postgres::NoTls).unwrap();
    // Wait until the traced statement is running in it.
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        let running = admin
            .query(
                "SELECT 1 FROM pg_stat_activity WHERE datname = $1 AND query LIKE 'SELECT pg_sleep%'",
                &[&name],
            )
            .unwrap();
        if !running.is_empty() {
            break;
        }
        assert!(Instant::now() < deadline, "the statement never started");
        std::thread::sleep(Duration::from_millis(50));
    }
    let status = Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
    let started = Instant::now();
    let code = child.wait().unwrap().code();
    assert_eq!(code, Some(130));
    assert!(started.elapsed() < Duration::from_secs(30));
    let mut rest = String::new();
    let _ = std::io::Read::read_to_string(&mut stderr, &mut rest);
    assert!(rest.contains("was dropped"), "{rest}");
    let left = admin
        .query("SELECT 1 FROM pg_database WHERE datname = $1", &[&name])
        .unwrap();
    assert!(left.is_empty(), "`{name}` was left behind");
}
