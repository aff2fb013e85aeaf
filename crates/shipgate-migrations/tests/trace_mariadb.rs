//! `migrations trace` on the real MariaDB server: each `ALTER TABLE` probed
//! with `ALGORITHM=` and `LOCK=` from the cheapest up, the accepted probe
//! recorded beside the static verdict, and the throwaway database dropped.
//!
//! The server is `mysql://root@127.0.0.1:3306/test` (override with
//! `SHIPGATE_TEST_MARIADB_URL`). When it cannot be reached the tests print
//! `SKIPPED: MariaDB` and return, unless `SHIPGATE_REQUIRE_MARIADB=1` (CI
//! sets it) makes that a failure.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a test fails by panicking"
)]

use std::cell::RefCell;
use std::process::Command;

use shipgate_config::{Dialect, MigrationsConfig};
use shipgate_migrations::trace::{self, Server, Target};
use shipgate_migrations::{MigrationFile, Settings};
use shipgate_report::{GateReport, Outcome};

fn url() -> String {
    std::env::var("SHIPGATE_TEST_MARIADB_URL")
        .unwrap_or_else(|_| "mysql://root@127.0.0.1:3306/test".into())
}

fn server() -> Option<Server> {
    match Server::connect(&Target::parse(&url()).unwrap()) {
        Ok(server) => Some(server),
        Err(e) if std::env::var("SHIPGATE_REQUIRE_MARIADB").as_deref() == Ok("1") => {
            panic!("MariaDB is required (SHIPGATE_REQUIRE_MARIADB=1) but unreachable: {e}")
        }
        Err(e) => {
            println!("SKIPPED: MariaDB ({e})");
            None
        }
    }
}

fn files(name: &str, migrations: &[&str]) -> Vec<MigrationFile> {
    let dir = std::env::temp_dir().join(format!(
        "shipgate-trace-mariadb-{name}-{}",
        std::process::id()
    ));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    migrations
        .iter()
        .enumerate()
        .map(|(i, sql)| {
            let path = dir.join(format!("V{}__m.sql", i + 1));
            std::fs::write(&path, sql).unwrap();
            MigrationFile {
                path,
                display: format!("db/V{}__m.sql", i + 1),
                checked: i + 1 == migrations.len(),
                regular: false,
            }
        })
        .collect()
}

/// Whether the `mariadb` client lists `name` among the databases.
fn database_exists(name: &str) -> bool {
    let output = Command::new("mariadb")
        .args([
            "-h",
            "127.0.0.1",
            "-u",
            "root",
            "-N",
            "-B",
            "-e",
            "SHOW DATABASES",
        ])
        .output();
    match output {
        Ok(out) => String::from_utf8_lossy(&out.stdout)
            .lines()
            .any(|l| l.trim() == name),
        // Without the client, the check is not possible here.
        Err(_) => false,
    }
}

fn run(server: Server, files: &[MigrationFile]) -> GateReport {
    assert_eq!(server.dialect(), Dialect::Mariadb, "{server:?}");
    let settings = Settings::new(
        &MigrationsConfig::default(),
        Some(server.dialect()),
        Some(server.version()),
    )
    .unwrap();
    let created = RefCell::new(None);
    let report = trace::trace(server, files, &[], &settings, &|c| {
        *created.borrow_mut() = Some(c.database().to_owned());
    })
    .unwrap();
    let name = created.into_inner().unwrap();
    assert!(!database_exists(&name), "`{name}` was left behind");
    report
}

fn at(report: &GateReport, line: u32) -> Vec<String> {
    report
        .findings
        .iter()
        .filter(|f| f.location.path == "db/V2__m.sql" && f.location.line == line)
        .map(|f| format!("{}: {}", f.rule, f.message))
        .collect()
}

const SETUP: &str = "CREATE TABLE payments (id INT NOT NULL PRIMARY KEY, amount DECIMAL(10,2), note VARCHAR(20)) ENGINE=InnoDB;
INSERT INTO payments VALUES (1, 1.00, 'a');";

#[test]
fn trace_mariadb_instant_add_column_and_a_copy_only_change() {
    let Some(server) = server() else { return };
    let files = files(
        "probe",
        &[
            SETUP,
            "SET SESSION lock_wait_timeout = 5;
ALTER TABLE payments ADD COLUMN memo TEXT;
ALTER TABLE payments MODIFY amount DECIMAL(14,4);
ALTER TABLE payments ADD INDEX payments_note (note);
ALTER TABLE payments ADD COLUMN lock_version INT;
ALTER TABLE payments ADD COLUMN stated INT, ALGORITHM=INSTANT;
CREATE INDEX payments_amount ON payments (amount);",
        ],
    );
    let report = run(server, &files);
    let add = at(&report, 2);
    assert!(
        add.iter().any(|f| f.starts_with(
            "traced-statement: observed: ALGORITHM=INSTANT on table `payments`; no rewrite"
        )),
        "{add:#?}"
    );
    let change = at(&report, 3);
    assert!(
        change.iter().any(|f| f.starts_with("traced-statement: observed: ALGORITHM=COPY, LOCK=SHARED on table `payments`; rewrote table `payments`")
            && f.contains("static verdict: `changing-column-type`")),
        "{change:#?}"
    );
    let index = at(&report, 4);
    assert!(
        index
            .iter()
            .any(|f| f.contains("ALGORITHM=NOCOPY, LOCK=NONE on table `payments`; no rewrite")),
        "{index:#?}"
    );
    // A column named `lock_version` is no LOCK= clause.
    let named = at(&report, 5);
    assert!(
        named
            .iter()
            .any(|f| f.contains("ALGORITHM=INSTANT on table `payments`")),
        "{named:#?}"
    );
    let stated = at(&report, 6);
    assert!(
        stated
            .iter()
            .any(|f| f.contains("locks not observed") && f.contains("states its own ALGORITHM=")),
        "{stated:#?}"
    );
    let create = at(&report, 7);
    assert!(
        create
            .iter()
            .any(|f| f.contains("ALGORITHM=NOCOPY, LOCK=NONE on table `payments`")),
        "{create:#?}"
    );
    // The static table predicted each: nothing is worse than it said.
    assert!(
        !report
            .findings
            .iter()
            .any(|f| f.rule.starts_with("observed-")),
        "{:#?}",
        report.findings
    );
    assert_eq!(report.outcome(), Outcome::Pass, "{:#?}", report.findings);
    assert_eq!(report.stats["statements replayed"], 2);
}

#[test]
fn trace_mariadb_a_rebuild_in_place_is_predicted_as_the_online_ddl_table_says() {
    let Some(server) = server() else { return };
    let files = files(
        "rebuild",
        &[
            SETUP,
            "SET SESSION lock_wait_timeout = 5;
ALTER TABLE payments MODIFY note VARCHAR(20) NOT NULL;
ALTER TABLE payments ENGINE=InnoDB;",
        ],
    );
    let report = run(server, &files);
    for line in [2, 3] {
        let found = at(&report, line);
        // The static verdict said "rebuilds in place, writes go on": the
        // server's INPLACE with LOCK=NONE is no overestimate of the lock.
        assert!(
            found
                .iter()
                .any(|f| f.contains("LOCK=NONE") && f.contains("`mysql-blocking-alter`")),
            "{found:#?}"
        );
        assert!(
            !found
                .iter()
                .any(|f| f.starts_with("overestimated-risk")
                    && f.contains("blocks reads and writes")),
            "{found:#?}"
        );
    }
    assert_eq!(report.outcome(), Outcome::Pass, "{:#?}", report.findings);
}

#[test]
fn trace_mariadb_a_failing_statement_fails_the_run() {
    let Some(server) = server() else { return };
    let files = files(
        "fails",
        &[
            SETUP,
            "ALTER TABLE payments ADD COLUMN memo TEXT;
ALTER TABLE payments ADD COLUMN memo TEXT;
ALTER TABLE payments ADD COLUMN never TEXT;",
        ],
    );
    let report = run(server, &files);
    let failed = at(&report, 2);
    assert!(
        failed
            .iter()
            .any(|f| f.starts_with("statement-failed-on-server:")
                && f.contains("Duplicate column name 'memo' (error 1060)")),
        "{failed:#?}"
    );
    assert!(at(&report, 3).is_empty());
    assert_eq!(report.outcome(), Outcome::Fail);
}
