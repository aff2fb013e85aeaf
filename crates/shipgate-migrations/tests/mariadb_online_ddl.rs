//! Checks the MariaDB rows of the online DDL table against a real MariaDB:
//! for each operation, on a fresh table, which `ALGORITHM=` the server
//! accepts first (`INSTANT`, `NOCOPY`, `INPLACE`, `COPY`), and the lightest
//! `LOCK=` it accepts with it (`NONE`, `SHARED`, else `EXCLUSIVE`). The server
//! refuses what it cannot honour, so what it accepts is what it does. Every
//! difference from the table's row for the server's version fails the test.
//!
//! The server is reached with the `mariadb` command-line client at
//! `127.0.0.1:3306`, user `root`, database `test` (override the host and port
//! with `SHIPGATE_TEST_MARIADB_HOST` and `SHIPGATE_TEST_MARIADB_PORT`). When
//! it cannot be reached the test prints `SKIPPED: MariaDB` and returns, unless
//! `SHIPGATE_REQUIRE_MARIADB=1` (CI sets it) makes that a failure.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a test fails by panicking"
)]

use std::process::Command;

use shipgate_config::DbVersion;
use shipgate_migrations::online_ddl::{Algorithm, Lock, Operation, Server, Verdict, lookup};

const TABLE: &str = "sg_online_ddl";
const FIXTURE: &str =
    "DROP TABLE IF EXISTS sg_online_ddl, sg_online_ddl_renamed, sg_online_ddl_parent;
CREATE TABLE sg_online_ddl_parent (id INT PRIMARY KEY) ENGINE=InnoDB;
INSERT INTO sg_online_ddl_parent VALUES (1);
CREATE TABLE sg_online_ddl (
  id INT NOT NULL, a INT, d INT NOT NULL,
  short_name VARCHAR(20) CHARACTER SET utf8mb4, mid_name VARCHAR(50) CHARACTER SET utf8mb4,
  e TEXT, g GEOMETRY NOT NULL, PRIMARY KEY (id), KEY i (a)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;
INSERT INTO sg_online_ddl VALUES (1, 1, 1, 's', 'm', 'e', POINT(1, 1));";

/// How one operation is probed.
enum Probe {
    /// Statements run on the fixture first (in their own session), the
    /// session settings of the `ALTER`, and the `ALTER TABLE` clause.
    Run {
        setup: &'static str,
        session: &'static str,
        clause: &'static str,
    },
    /// Not probed, and why.
    Skip(&'static str),
}

const fn run(clause: &'static str) -> Probe {
    Probe::Run {
        setup: "",
        session: "",
        clause,
    }
}

const STANDALONE: &str = "MariaDB refuses ALGORITHM= and LOCK= beside it as a syntax error, before or after it, so a probe cannot tell what it does; the row follows the MySQL manual";

const PARTITIONS: &str = "MariaDB accepts any ALGORITHM= on partition maintenance (PARTITION BY even with ALGORITHM=INSTANT), so a probe cannot tell what it does; the row follows the manual";

fn probe(operation: Operation) -> Probe {
    use Operation as O;
    match operation {
        O::AddColumn => run("ADD COLUMN n INT"),
        O::AddColumnPositioned => run("ADD COLUMN n INT AFTER a"),
        O::AddAutoIncrementColumn => run("ADD COLUMN n INT AUTO_INCREMENT UNIQUE"),
        O::AddVirtualColumn => run("ADD COLUMN n INT AS (a + 1) VIRTUAL"),
        O::AddStoredColumn => run("ADD COLUMN n INT AS (a + 1) STORED"),
        O::AddColumnPerRowDefault => run("ADD COLUMN n CHAR(36) DEFAULT (UUID())"),
        O::DropColumn => run("DROP COLUMN e"),
        O::RenameColumn => run("RENAME COLUMN e TO memo"),
        O::ReorderColumn => run("MODIFY e TEXT AFTER a"),
        O::SetDefault => run("ALTER COLUMN a SET DEFAULT 1"),
        O::DropDefault => Probe::Run {
            setup: "ALTER TABLE sg_online_ddl ALTER COLUMN a SET DEFAULT 1",
            session: "",
            clause: "ALTER COLUMN a DROP DEFAULT",
        },
        O::ChangeType => run("MODIFY a BIGINT"),
        O::WidenVarchar => run("MODIFY mid_name VARCHAR(60) CHARACTER SET utf8mb4"),
        O::WidenVarcharPastPrefix => run("MODIFY mid_name VARCHAR(100) CHARACTER SET utf8mb4"),
        O::WidenShortVarcharPastPrefix => {
            run("MODIFY short_name VARCHAR(100) CHARACTER SET utf8mb4")
        }
        O::MakeNullable => run("MODIFY d INT NULL"),
        O::MakeNotNull => run("MODIFY a INT NOT NULL"),
        O::RestateColumn => run("MODIFY e TEXT COMMENT 'memo'"),
        O::AddIndex => run("ADD INDEX i2 (d)"),
        O::DropIndex => run("DROP INDEX i"),
        O::RenameIndex => run("RENAME INDEX i TO j"),
        O::AddFulltextIndex => run("ADD FULLTEXT INDEX ft (e)"),
        O::AddLaterFulltextIndex => Probe::Run {
            setup: "ALTER TABLE sg_online_ddl ADD FULLTEXT INDEX f0 (short_name)",
            session: "",
            clause: "ADD FULLTEXT INDEX ft (e)",
        },
        O::AddSpatialIndex => run("ADD SPATIAL INDEX sp (g)"),
        O::AddPrimaryKey => Probe::Run {
            setup: "ALTER TABLE sg_online_ddl DROP PRIMARY KEY",
            session: "",
            clause: "ADD PRIMARY KEY (id)",
        },
        O::DropPrimaryKey => run("DROP PRIMARY KEY"),
        O::ReplacePrimaryKey => run("DROP PRIMARY KEY, ADD PRIMARY KEY (id, d)"),
        O::AddForeignKey => {
            run("ADD CONSTRAINT fk FOREIGN KEY (d) REFERENCES sg_online_ddl_parent (id)")
        }
        O::AddForeignKeyUnchecked => Probe::Run {
            setup: "",
            session: "SET foreign_key_checks = 0;",
            clause: "ADD CONSTRAINT fk FOREIGN KEY (d) REFERENCES sg_online_ddl_parent (id)",
        },
        O::DropForeignKey => Probe::Run {
            setup: "ALTER TABLE sg_online_ddl ADD CONSTRAINT fk FOREIGN KEY (d) REFERENCES sg_online_ddl_parent (id)",
            session: "",
            clause: "DROP FOREIGN KEY fk",
        },
        O::AddCheckConstraint => run("ADD CONSTRAINT c CHECK (a > 0)"),
        O::DropConstraint => Probe::Run {
            setup: "ALTER TABLE sg_online_ddl ADD CONSTRAINT c CHECK (a > 0)",
            session: "",
            clause: "DROP CONSTRAINT c",
        },
        O::RenameTable => run("RENAME TO sg_online_ddl_renamed"),
        O::ConvertCharset => run("CONVERT TO CHARACTER SET utf8mb4"),
        O::SetDefaultCharset => run("CHARACTER SET = utf8mb4"),
        O::RowFormat => run("ROW_FORMAT=COMPRESSED"),
        O::KeyBlockSize => run("KEY_BLOCK_SIZE=8"),
        O::ForceRebuild => run("FORCE"),
        O::AutoIncrementValue => run("AUTO_INCREMENT=100"),
        O::OptimizeTable => Probe::Skip(
            "OPTIMIZE TABLE takes no ALGORITHM= clause; InnoDB runs it as ALTER TABLE ... FORCE, which the ForceRebuild probe checks",
        ),
        O::AddPartition
        | O::DropPartition
        | O::ReorganizePartition
        | O::TruncatePartition
        | O::PartitionBy
        | O::RemovePartitioning => Probe::Skip(PARTITIONS),
        O::CoalescePartition
        | O::ExchangePartition
        | O::AnalyzePartition
        | O::CheckPartition
        | O::RebuildPartition
        | O::Tablespace => Probe::Skip(STANDALONE),
        O::TableStatistics => run("STATS_PERSISTENT=0"),
        O::TableComment => run("COMMENT='ledger'"),
        O::Encryption => Probe::Skip(
            "ENCRYPTED=YES needs a key management plugin, which the test server has not got",
        ),
        O::MoveTablespace => run("TABLESPACE ts"),
        O::OrderBy => Probe::Skip(
            "ORDER BY must come last (a hint after it reads as a column); with the hints first, MariaDB 10.11 accepts ALGORITHM=INSTANT and then refuses LOCK=NONE because \"COPY algorithm requires a lock\": it copies, as the row says, but a probe would read INSTANT",
        ),
        O::Keys => run("DISABLE KEYS"),
        O::IndexVisibility => run("ALTER INDEX i IGNORED"),
        O::ChangeCollation => Probe::Run {
            setup: "ALTER TABLE sg_online_ddl ADD INDEX sn (short_name)",
            session: "",
            clause: "MODIFY short_name VARCHAR(20) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin",
        },
    }
}

/// The `mariadb` client at the test server.
struct Client {
    host: String,
    port: String,
}

/// What the server said to one batch of statements.
enum Outcome {
    Ok,
    /// `ER_ALTER_OPERATION_NOT_SUPPORTED` (1845), `..._REASON` (1846), `..._REASON_COPY` (1847).
    Refused(String),
    Failed(String),
}

impl Client {
    /// Runs `sql` in one session of the `mariadb` client.
    fn output(&self, sql: &str) -> Result<std::process::Output, String> {
        Command::new("mariadb")
            .args([
                "-h", &self.host, "-P", &self.port, "-u", "root", "-N", "-B", "test", "-e", sql,
            ])
            .output()
            .map_err(|e| format!("cannot run the `mariadb` client: {e}"))
    }

    fn run(&self, sql: &str) -> Result<Outcome, String> {
        let output = self.output(sql)?;
        if output.status.success() {
            return Ok(Outcome::Ok);
        }
        let err = String::from_utf8_lossy(&output.stderr).trim().to_owned();
        if ["ERROR 1845", "ERROR 1846", "ERROR 1847"]
            .iter()
            .any(|c| err.contains(c))
        {
            Ok(Outcome::Refused(err))
        } else {
            Ok(Outcome::Failed(err))
        }
    }

    fn version(&self) -> Result<DbVersion, String> {
        let output = self.output("SELECT VERSION()")?;
        if !output.status.success() {
            return Err(String::from_utf8_lossy(&output.stderr).trim().to_owned());
        }
        let text = String::from_utf8_lossy(&output.stdout);
        let number = text.trim().split('-').next().unwrap_or_default().to_owned();
        if !text.contains("MariaDB") {
            return Err(format!("the server is not MariaDB: `{}`", text.trim()));
        }
        number.parse()
    }

    /// Whether `ALTER TABLE ... clause, spec` is accepted on a fresh fixture.
    fn accepts(&self, setup: &str, session: &str, clause: &str, spec: &str) -> bool {
        let setup = if setup.is_empty() {
            FIXTURE.to_owned()
        } else {
            format!("{FIXTURE}\nSET foreign_key_checks = 0;\n{setup};")
        };
        match self.run(&setup).unwrap() {
            Outcome::Ok => {}
            Outcome::Refused(e) | Outcome::Failed(e) => panic!("fixture failed: {e}"),
        }
        match self
            .run(&format!("{session} ALTER TABLE {TABLE} {clause}, {spec}"))
            .unwrap()
        {
            Outcome::Ok => true,
            Outcome::Refused(_) => false,
            Outcome::Failed(e) => panic!("`{clause}, {spec}` failed, not refused: {e}"),
        }
    }
}

fn observe(client: &Client, setup: &str, session: &str, clause: &str) -> Verdict {
    let algorithms = [
        (Algorithm::Instant, "INSTANT"),
        (Algorithm::InplaceNoRebuild, "NOCOPY"),
        (Algorithm::InplaceRebuild, "INPLACE"),
        (Algorithm::Copy, "COPY"),
    ];
    let (algorithm, name) = algorithms
        .into_iter()
        .find(|(_, name)| client.accepts(setup, session, clause, &format!("ALGORITHM={name}")))
        .unwrap_or_else(|| panic!("`{clause}` is refused with every algorithm"));
    let lock = [(Lock::None, "NONE"), (Lock::Shared, "SHARED")]
        .into_iter()
        .find(|(_, lock)| {
            client.accepts(
                setup,
                session,
                clause,
                &format!("ALGORITHM={name}, LOCK={lock}"),
            )
        })
        .map_or(Lock::Exclusive, |(lock, _)| lock);
    Verdict { algorithm, lock }
}

fn short(v: Verdict) -> String {
    format!("{:?}/{:?}", v.algorithm, v.lock)
}

#[test]
fn mariadb_rows_agree_with_the_server() {
    let client = Client {
        host: std::env::var("SHIPGATE_TEST_MARIADB_HOST").unwrap_or_else(|_| "127.0.0.1".into()),
        port: std::env::var("SHIPGATE_TEST_MARIADB_PORT").unwrap_or_else(|_| "3306".into()),
    };
    let version = match client.version() {
        Ok(version) => version,
        Err(e) if std::env::var("SHIPGATE_REQUIRE_MARIADB").as_deref() == Ok("1") => {
            panic!("MariaDB is required (SHIPGATE_REQUIRE_MARIADB=1) but unreachable: {e}")
        }
        Err(e) => {
            println!("SKIPPED: MariaDB ({e})");
            return;
        }
    };
    let mut wrong = Vec::new();
    let mut probed = 0;
    for operation in Operation::ALL {
        let expected = lookup(Server::Mariadb, version, operation)
            .unwrap_or_else(|| panic!("no MariaDB row for {operation:?} at {version}"))
            .verdict();
        let (setup, session, clause) = match probe(operation) {
            Probe::Run {
                setup,
                session,
                clause,
            } => (setup, session, clause),
            Probe::Skip(why) => {
                println!("{operation:?}: not probed: {why}");
                continue;
            }
        };
        let observed = observe(&client, setup, session, clause);
        probed += 1;
        println!(
            "{operation:?}: table {} server {}",
            short(expected),
            short(observed)
        );
        if observed != expected {
            wrong.push(format!(
                "{operation:?} (`{clause}`): the table says {}, MariaDB {version} does {}",
                short(expected),
                short(observed)
            ));
        }
    }
    client.run(FIXTURE).unwrap();
    println!("{probed} operations probed on MariaDB {version}");
    assert!(probed >= 45, "{probed}");
    assert!(
        wrong.is_empty(),
        "rows the server contradicts:\n{}",
        wrong.join("\n")
    );
}
