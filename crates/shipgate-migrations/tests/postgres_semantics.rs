//! Proves the PostgreSQL rules against a real PostgreSQL server: for each
//! statement, what the server does (rewrites the table, takes a lock that
//! blocks writes, or refuses) must agree with whether the rule fires.
//!
//! The server is `SHIPGATE_TEST_DATABASE_URL` (default
//! `host=127.0.0.1 user=postgres dbname=test`). When it cannot be reached the
//! test is skipped, unless `SHIPGATE_REQUIRE_POSTGRES=1` (CI sets it) makes
//! that a failure.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a test fails by panicking"
)]

use postgres::{Client, NoTls};
use shipgate_config::{DbVersion, Dialect, MigrationsConfig};
use shipgate_migrations::{Settings, SourceFile, check_sources};

const SETUP: &str = "CREATE TABLE t (id int, v varchar(20), n numeric(10,2), i int);";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Server {
    /// Whether the table's storage file changes (a rewrite).
    Rewrite(bool),
    /// The strongest lock the statement holds on the table.
    Lock(&'static str),
    /// The server refuses the statement.
    Fails,
}

struct Case {
    statement: &'static str,
    rule: &'static str,
    fires: bool,
    server: Server,
}

const CASES: &[Case] = &[
    Case {
        statement: "ALTER TABLE t ADD COLUMN c int DEFAULT 0",
        rule: "adding-volatile-default",
        fires: false,
        server: Server::Rewrite(false),
    },
    Case {
        statement: "ALTER TABLE t ADD COLUMN c timestamptz DEFAULT now()",
        rule: "adding-volatile-default",
        fires: false,
        server: Server::Rewrite(false),
    },
    Case {
        statement: "ALTER TABLE t ADD COLUMN c float8 DEFAULT random()",
        rule: "adding-volatile-default",
        fires: true,
        server: Server::Rewrite(true),
    },
    Case {
        statement: "ALTER TABLE t ADD COLUMN c bigserial",
        rule: "adding-volatile-default",
        fires: true,
        server: Server::Rewrite(true),
    },
    Case {
        statement: "ALTER TABLE t ALTER COLUMN v TYPE varchar(50)",
        rule: "changing-column-type",
        fires: false,
        server: Server::Rewrite(false),
    },
    Case {
        statement: "ALTER TABLE t ALTER COLUMN v TYPE text",
        rule: "changing-column-type",
        fires: false,
        server: Server::Rewrite(false),
    },
    Case {
        statement: "ALTER TABLE t ALTER COLUMN n TYPE numeric(14,2)",
        rule: "changing-column-type",
        fires: false,
        server: Server::Rewrite(false),
    },
    Case {
        statement: "ALTER TABLE t ALTER COLUMN n TYPE numeric(10,4)",
        rule: "changing-column-type",
        fires: true,
        server: Server::Rewrite(true),
    },
    Case {
        statement: "ALTER TABLE t ALTER COLUMN i TYPE bigint",
        rule: "changing-column-type",
        fires: true,
        server: Server::Rewrite(true),
    },
    Case {
        statement: "ALTER TABLE t ALTER COLUMN v TYPE varchar(10)",
        rule: "changing-column-type",
        fires: true,
        server: Server::Rewrite(true),
    },
    Case {
        statement: "ALTER TABLE t ADD COLUMN c int NOT NULL",
        rule: "adding-required-column",
        fires: true,
        server: Server::Fails,
    },
    Case {
        statement: "ALTER TABLE t ADD COLUMN c int NOT NULL DEFAULT 0",
        rule: "adding-required-column",
        fires: false,
        server: Server::Rewrite(false),
    },
    Case {
        statement: "ALTER TABLE t ALTER COLUMN i SET NOT NULL",
        rule: "setting-not-null",
        fires: true,
        server: Server::Lock("AccessExclusiveLock"),
    },
    Case {
        statement: "ALTER TABLE t ALTER COLUMN i DROP NOT NULL",
        rule: "missing-lock-timeout",
        fires: true,
        server: Server::Lock("AccessExclusiveLock"),
    },
    Case {
        statement: "CREATE INDEX t_i ON t (i)",
        rule: "index-without-concurrently",
        fires: true,
        server: Server::Lock("ShareLock"),
    },
    Case {
        statement: "ALTER TABLE t ADD CONSTRAINT t_check CHECK (i > -1)",
        rule: "constraint-missing-not-valid",
        fires: true,
        server: Server::Lock("AccessExclusiveLock"),
    },
    Case {
        statement: "ALTER TABLE t ADD CONSTRAINT t_uniq UNIQUE (id)",
        rule: "constraint-without-using-index",
        fires: true,
        server: Server::Lock("AccessExclusiveLock"),
    },
    Case {
        statement: "BEGIN; CREATE INDEX CONCURRENTLY t_c ON t (i); COMMIT",
        rule: "concurrently-in-transaction",
        fires: true,
        server: Server::Fails,
    },
    Case {
        statement: "CREATE INDEX CONCURRENTLY t_c ON t (i)",
        rule: "index-without-concurrently",
        fires: false,
        server: Server::Rewrite(false),
    },
];

fn connect() -> Option<Client> {
    let url = std::env::var("SHIPGATE_TEST_DATABASE_URL")
        .unwrap_or_else(|_| "host=127.0.0.1 user=postgres dbname=test".into());
    match Client::connect(&url, NoTls) {
        Ok(client) => Some(client),
        Err(err) => {
            assert!(
                std::env::var("SHIPGATE_REQUIRE_POSTGRES").as_deref() != Ok("1"),
                "PostgreSQL is required (SHIPGATE_REQUIRE_POSTGRES=1) but `{url}` is not reachable: {err}"
            );
            eprintln!("SKIPPED: PostgreSQL at `{url}` is not reachable: {err}");
            None
        }
    }
}

/// Whether the rule fires on `statement` when `t` comes from an earlier migration.
fn fires(rule: &str, statement: &str) -> bool {
    let settings = Settings::new(
        &MigrationsConfig::default(),
        Some(Dialect::Postgres),
        Some(DbVersion::new(15, 0, 0)),
    )
    .unwrap();
    let files = vec![
        SourceFile {
            display: "V1__setup.sql".into(),
            bytes: SETUP.as_bytes().to_vec(),
            checked: false,
        },
        SourceFile {
            display: "V2__change.sql".into(),
            bytes: format!("{statement};").into_bytes(),
            checked: true,
        },
    ];
    check_sources(files, &settings)
        .findings
        .iter()
        .any(|f| f.rule == rule && f.is_active())
}

fn fresh_table(client: &mut Client, schema: &str) {
    client
        .batch_execute(&format!(
            "DROP SCHEMA IF EXISTS {schema} CASCADE; CREATE SCHEMA {schema}; SET search_path = {schema};
             {SETUP} INSERT INTO t SELECT g, 'v' || g, g, g FROM generate_series(1, 1000) g; ANALYZE t;"
        ))
        .unwrap();
}

fn relfilenode(client: &mut Client) -> u32 {
    client
        .query_one(
            "SELECT relfilenode FROM pg_class WHERE oid = 't'::regclass",
            &[],
        )
        .unwrap()
        .get(0)
}

fn server_behaviour(client: &mut Client, schema: &str, case: &Case) -> Server {
    fresh_table(client, schema);
    match case.server {
        Server::Rewrite(_) => {
            let before = relfilenode(client);
            client
                .batch_execute(case.statement)
                .unwrap_or_else(|e| panic!("{}: {e}", case.statement));
            Server::Rewrite(relfilenode(client) != before)
        }
        Server::Lock(_) => {
            client
                .batch_execute(&format!("BEGIN; {}", case.statement))
                .unwrap();
            let modes: Vec<String> = client
                .query("SELECT mode FROM pg_locks WHERE relation = 't'::regclass AND pid = pg_backend_pid()", &[])
                .unwrap()
                .iter()
                .map(|r| r.get(0))
                .collect();
            client.batch_execute("ROLLBACK").unwrap();
            let order = [
                "AccessShareLock",
                "RowShareLock",
                "RowExclusiveLock",
                "ShareUpdateExclusiveLock",
                "ShareLock",
                "ShareRowExclusiveLock",
                "ExclusiveLock",
                "AccessExclusiveLock",
            ];
            let strongest = order
                .iter()
                .rev()
                .find(|m| modes.iter().any(|x| x == *m))
                .copied()
                .unwrap_or("none");
            Server::Lock(strongest)
        }
        Server::Fails => {
            let failed = client.batch_execute(case.statement).is_err();
            let _ = client.batch_execute("ROLLBACK");
            if failed {
                Server::Fails
            } else {
                Server::Rewrite(false)
            }
        }
    }
}

#[test]
fn postgres_rules_agree_with_the_server() {
    let Some(mut client) = connect() else {
        return;
    };
    let schema = format!("shipgate_semantics_{}", std::process::id());
    let mut disagreements = Vec::new();
    for case in CASES {
        let observed = server_behaviour(&mut client, &schema, case);
        if observed != case.server {
            disagreements.push(format!(
                "{}: server did {observed:?}, expected {:?}",
                case.statement, case.server
            ));
        }
        if fires(case.rule, case.statement) != case.fires {
            disagreements.push(format!(
                "{}: `{}` fired = {}, expected {}",
                case.statement, case.rule, !case.fires, case.fires
            ));
        }
    }
    client
        .batch_execute(&format!("DROP SCHEMA IF EXISTS {schema} CASCADE"))
        .unwrap();
    assert!(disagreements.is_empty(), "{disagreements:#?}");
    eprintln!(
        "postgres semantics: {} statements agree with PostgreSQL",
        CASES.len()
    );
}
