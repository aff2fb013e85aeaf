//! `--schema` against real servers: a database built here on the local
//! PostgreSQL and MariaDB, read live (read-only) and from the dumps their own
//! tools write (`pg_dump --schema-only`, `mariadb-dump --no-data`), gives the
//! gate today's column types, indexes and table sizes, and every failure
//! (unreachable, refused login, unknown database, wrong dialect) is an error
//! that never shows the password.
//!
//! PostgreSQL: `SHIPGATE_TEST_POSTGRES_URL` (default
//! `postgres://postgres@127.0.0.1:5432/test`); skipped when unreachable,
//! unless `SHIPGATE_REQUIRE_POSTGRES=1`. MariaDB: `SHIPGATE_TEST_MARIADB_URL`
//! (default `mysql://root@127.0.0.1:3306/test`); skipped when unreachable,
//! unless `SHIPGATE_REQUIRE_MARIADB=1`. CI sets both. Each test works in a
//! database of its own, so it runs beside other tests on the same servers.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a test fails by panicking"
)]

use std::process::Command;

use mysql::prelude::Queryable;

use shipgate_config::{Dialect, MigrationsConfig};
use shipgate_migrations::baseline::{BaselineError, SchemaSource, load, snapshot};
use shipgate_migrations::schema::Schema;
use shipgate_migrations::{Settings, SourceFile, check_sources};

const MAX: usize = 1 << 20;

fn postgres_admin() -> Option<(postgres::Client, String)> {
    let url = std::env::var("SHIPGATE_TEST_POSTGRES_URL")
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/test".into());
    match postgres::Client::connect(&url, postgres::NoTls) {
        Ok(client) => Some((client, url)),
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

fn mariadb_url() -> Option<String> {
    let url = std::env::var("SHIPGATE_TEST_MARIADB_URL")
        .unwrap_or_else(|_| "mysql://root@127.0.0.1:3306/test".into());
    match mysql::Conn::new(mysql::Opts::from_url(&url).unwrap()) {
        Ok(_) => Some(url),
        Err(err) => {
            assert!(
                std::env::var("SHIPGATE_REQUIRE_MARIADB").as_deref() != Ok("1"),
                "MariaDB is required (SHIPGATE_REQUIRE_MARIADB=1) but `{url}` is not reachable: {err}"
            );
            println!("SKIPPED: MariaDB at `{url}` is not reachable: {err}");
            None
        }
    }
}

/// `url` with its database replaced.
fn with_database(url: &str, database: &str) -> String {
    let (scheme, rest) = url.split_once("://").unwrap();
    let host = rest.split('/').next().unwrap();
    format!("{scheme}://{host}/{database}")
}

fn temp_file(name: &str, text: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("shipgate-live-schema-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path
}

/// `(rule, severity, message)` of the findings of `sql` on `schema`, but
/// `missing-lock-timeout`'s, which every statement here would draw.
fn check(
    dialect: Dialect,
    schema: Option<Schema>,
    sql: &str,
    large: u64,
) -> Vec<(String, String, String)> {
    let config = MigrationsConfig {
        dialect,
        large_table_rows: large,
        ..MigrationsConfig::default()
    };
    let mut settings = Settings::new(&config, None, None).unwrap();
    if let Some(schema) = schema {
        settings = settings.with_schema(schema);
    }
    let file = SourceFile {
        display: "V9__change.sql".into(),
        bytes: sql.as_bytes().to_vec(),
        checked: true,
    };
    check_sources(vec![file], &settings)
        .findings
        .into_iter()
        .filter(|f| f.rule != "missing-lock-timeout")
        .map(|f| (f.rule, f.severity.as_str().to_owned(), f.message))
        .collect()
}

const PG_SETUP: &str = "
CREATE TYPE mood AS ENUM ('calm', 'busy');
CREATE FUNCTION one() RETURNS int LANGUAGE sql AS 'SELECT 1';
CREATE TABLE ledger_entries (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    remittance_info varchar(35),
    code integer NOT NULL DEFAULT 0,
    amount numeric(12,2),
    state mood,
    created timestamptz DEFAULT now(),
    doubled numeric GENERATED ALWAYS AS (amount * 2) STORED,
    CONSTRAINT code_positive CHECK (code >= 0)
);
CREATE TABLE fees (id serial PRIMARY KEY, entry bigint REFERENCES ledger_entries (id), note text UNIQUE, ref integer);
ALTER TABLE fees ADD CONSTRAINT note_short CHECK (length(note) < 100) NOT VALID;
CREATE INDEX ledger_entries_code_idx ON ledger_entries (code) WHERE code > 0;
CREATE TABLE events (id int, at date NOT NULL) PARTITION BY RANGE (at);
CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE events_2025 PARTITION OF events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE INDEX events_at ON events (at);
CREATE TABLE never_analyzed (id int);
CREATE VIEW fee_notes AS SELECT id, note FROM fees;
COMMENT ON TABLE fees IS 'fees';
INSERT INTO ledger_entries (remittance_info, code, amount) SELECT 'x', g, 1 FROM generate_series(1, 5000) g;
INSERT INTO fees (entry, note, ref) SELECT g, 'n' || g, g FROM generate_series(1, 20) g;
INSERT INTO events SELECT g, '2024-03-01' FROM generate_series(1, 300) g;
INSERT INTO events SELECT g, '2025-03-01' FROM generate_series(1, 200) g;
ANALYZE ledger_entries; ANALYZE fees; ANALYZE events_2024; ANALYZE events_2025;
INSERT INTO never_analyzed SELECT g FROM generate_series(1, 10) g;
";

#[test]
fn postgres_live_schema_and_pg_dump_agree() {
    let Some((mut admin, url)) = postgres_admin() else {
        return;
    };
    let database = format!("sg_live_schema_{}", std::process::id());
    admin
        .batch_execute(&format!("DROP DATABASE IF EXISTS {database}"))
        .unwrap();
    admin
        .batch_execute(&format!("CREATE DATABASE {database}"))
        .unwrap();
    let db_url = with_database(&url, &database);
    let mut client = postgres::Client::connect(&db_url, postgres::NoTls).unwrap();
    client.batch_execute(PG_SETUP).unwrap();
    drop(client);

    let live_source = SchemaSource::parse(&db_url, std::path::Path::new(".")).unwrap();
    let text = snapshot(&live_source, Some(Dialect::Postgres));
    let live = load(&live_source, Dialect::Postgres, MAX);
    let dump = Command::new("pg_dump")
        .args(["--schema-only", "--no-owner", "--dbname", &db_url])
        .output();
    admin
        .batch_execute(&format!("DROP DATABASE {database} WITH (FORCE)"))
        .unwrap();
    let text = text.unwrap();
    assert!(
        text.starts_with("-- shipgate schema snapshot (postgres)\n"),
        "{text}"
    );
    for line in [
        "-- shipgate:rows public.ledger_entries 5000\n",
        "-- shipgate:rows public.fees 20\n",
        "-- shipgate:rows public.events 500\n",
    ] {
        assert!(text.contains(line), "{line} missing from\n{text}");
    }
    // Never analyzed, with rows: no size, so it counts as large.
    assert!(!text.contains("never_analyzed 10"), "{text}");
    let live = live.unwrap();
    assert_eq!(live.source(), Some(db_url.as_str()));
    assert_eq!(live.rows("ledger_entries"), Some(5000));
    assert_eq!(live.rows("events"), Some(500));
    assert_eq!(live.rows("never_analyzed"), None);
    assert_eq!(
        live.column_type("ledger_entries", "remittance_info")
            .unwrap()
            .to_string(),
        "varchar(35)"
    );
    assert_eq!(
        live.column_type("ledger_entries", "amount")
            .unwrap()
            .to_string(),
        "numeric(12,2)"
    );
    assert!(live.has_index("ledger_entries", "ledger_entries_code_idx"));
    assert!(live.has_index("fees", "fees_note_key"));
    assert!(live.has_default("ledger_entries", "code"));
    assert_eq!(live.column_not_null("ledger_entries", "code"), Some(true));

    // pg_dump's own output reads to the same columns and indexes, without sizes.
    let dump = dump.expect("pg_dump runs");
    assert!(
        dump.status.success(),
        "{}",
        String::from_utf8_lossy(&dump.stderr)
    );
    let path = temp_file("pg_dump.sql", &String::from_utf8(dump.stdout).unwrap());
    let from_dump = load(&SchemaSource::File(path.clone()), Dialect::Postgres, MAX).unwrap();
    for (table, column) in [
        ("ledger_entries", "remittance_info"),
        ("ledger_entries", "code"),
        ("ledger_entries", "amount"),
        ("fees", "note"),
        ("events", "at"),
    ] {
        assert_eq!(
            from_dump.column_type(table, column),
            live.column_type(table, column),
            "{table}.{column}"
        );
    }
    assert!(from_dump.has_index("ledger_entries", "ledger_entries_code_idx"));
    assert_eq!(from_dump.rows("ledger_entries"), None);
    // ... and checked as MySQL, it is the wrong dialect.
    let err = load(&SchemaSource::File(path), Dialect::Mysql, MAX).unwrap_err();
    assert!(matches!(err, BaselineError::WrongDialect { .. }), "{err}");

    // The snapshot file reads back to the live schema.
    let path = temp_file("snapshot.sql", &text);
    let from_file = load(&SchemaSource::File(path), Dialect::Postgres, MAX).unwrap();
    assert_eq!(from_file.rows("ledger_entries"), Some(5000));
    assert_eq!(
        from_file.column_type("fees", "ref"),
        live.column_type("fees", "ref")
    );

    // Verdicts: a widening of today's varchar(35) is free; integer to
    // varchar is a rewrite, an error on the large table and a warning on
    // the small one; the row count is in the message.
    let found = check(
        Dialect::Postgres,
        Some(live.clone()),
        "ALTER TABLE ledger_entries ALTER COLUMN remittance_info TYPE varchar(140);",
        1000,
    );
    assert!(found.is_empty(), "{found:?}");
    let without = check(
        Dialect::Postgres,
        None,
        "ALTER TABLE ledger_entries ALTER COLUMN remittance_info TYPE varchar(140);",
        1000,
    );
    assert_eq!(without.len(), 1, "{without:?}");
    let found = check(
        Dialect::Postgres,
        Some(live.clone()),
        "ALTER TABLE ledger_entries ALTER COLUMN code TYPE varchar(140);\nALTER TABLE fees ALTER COLUMN ref TYPE varchar(140);",
        1000,
    );
    assert_eq!(found.len(), 2, "{found:?}");
    assert_eq!(found[0].1, "error");
    assert!(
        found[0].2.contains("from `int` to `varchar(140)`")
            && found[0].2.ends_with("(~5,000 rows)"),
        "{found:?}"
    );
    assert_eq!(found[1].1, "warning");
    assert!(
        found[1]
            .2
            .contains("(~20 rows, under `large_table_rows` = 1,000"),
        "{found:?}"
    );
    // An index that exists: `IF NOT EXISTS` builds nothing.
    let found = check(
        Dialect::Postgres,
        Some(live.clone()),
        "CREATE INDEX IF NOT EXISTS ledger_entries_code_idx ON ledger_entries (code);",
        1000,
    );
    assert!(found.is_empty(), "{found:?}");
    let found = check(
        Dialect::Postgres,
        Some(live),
        "CREATE INDEX IF NOT EXISTS ledger_entries_amount_idx ON ledger_entries (amount);",
        1000,
    );
    assert_eq!(found.len(), 1, "{found:?}");
}

#[test]
fn postgres_failures_are_errors_that_hide_the_password() {
    let Some((_admin, url)) = postgres_admin() else {
        return;
    };
    let parse = |u: &str| SchemaSource::parse(u, std::path::Path::new(".")).unwrap();
    // Nothing listens on port 1.
    let err = load(
        &parse("postgres://app:s3cretpw@127.0.0.1:1/prod"),
        Dialect::Postgres,
        MAX,
    )
    .unwrap_err();
    assert!(matches!(err, BaselineError::Connect { .. }), "{err}");
    assert!(!err.is_usage());
    assert!(!format!("{err} {err:?}").contains("s3cretpw"), "{err:?}");
    // A user that does not exist: the server refuses the login.
    let (_, rest) = url.split_once("://").unwrap();
    let host = rest.split('@').next_back().unwrap();
    let host = host.split('/').next().unwrap();
    let err = load(
        &parse(&format!("postgres://shipgate_nobody:s3cretpw@{host}/test")),
        Dialect::Postgres,
        MAX,
    )
    .unwrap_err();
    assert!(matches!(err, BaselineError::Connect { .. }), "{err}");
    assert!(
        err.to_string()
            .contains("role \"shipgate_nobody\" does not exist (SQLSTATE 28000)"),
        "{err}"
    );
    assert!(!err.to_string().contains("s3cretpw"), "{err}");
    // A database that does not exist.
    let err = load(
        &parse(&with_database(&url, "shipgate_no_such_database")),
        Dialect::Postgres,
        MAX,
    )
    .unwrap_err();
    assert!(matches!(err, BaselineError::Connect { .. }), "{err}");
    assert!(
        err.to_string()
            .contains("database \"shipgate_no_such_database\" does not exist"),
        "{err}"
    );
    // A PostgreSQL server for MySQL migrations.
    let err = load(&parse(&url), Dialect::Mariadb, MAX).unwrap_err();
    assert!(matches!(err, BaselineError::WrongDialect { .. }), "{err}");
}

const MARIADB_SETUP: &[&str] = &[
    "CREATE TABLE ledger_entries (id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY, remittance_info VARCHAR(35), note VARCHAR(50), code INT NOT NULL DEFAULT 0, memo VARCHAR(20) DEFAULT 'it''s', created TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP, KEY ledger_entries_code_idx (code), KEY ledger_entries_memo (memo(10))) ENGINE=InnoDB",
    "CREATE TABLE fees (id INT PRIMARY KEY, entry BIGINT, ref INT, CONSTRAINT fees_entry FOREIGN KEY (entry) REFERENCES ledger_entries (id)) ENGINE=InnoDB",
];

#[test]
fn mariadb_live_schema_and_dump_agree() {
    let Some(url) = mariadb_url() else {
        return;
    };
    let database = format!("sg_live_schema_{}", std::process::id());
    let mut admin = mysql::Conn::new(mysql::Opts::from_url(&url).unwrap()).unwrap();
    admin
        .query_drop(format!("DROP DATABASE IF EXISTS {database}"))
        .unwrap();
    admin
        .query_drop(format!("CREATE DATABASE {database}"))
        .unwrap();
    let db_url = with_database(&url, &database);
    let mut conn = mysql::Conn::new(mysql::Opts::from_url(&db_url).unwrap()).unwrap();
    for statement in MARIADB_SETUP {
        conn.query_drop(statement).unwrap();
    }
    conn.query_drop(
        "INSERT INTO ledger_entries (remittance_info, code) SELECT 'x', seq FROM seq_1_to_3000",
    )
    .unwrap();
    conn.query_drop("INSERT INTO fees (id, ref) SELECT seq, seq FROM seq_1_to_20")
        .unwrap();
    conn.query_drop("ANALYZE TABLE ledger_entries, fees")
        .unwrap();
    drop(conn);

    let source = SchemaSource::parse(&db_url, std::path::Path::new(".")).unwrap();
    let text = snapshot(&source, Some(Dialect::Mariadb));
    let live = load(&source, Dialect::Mariadb, MAX);
    let wrong = load(&source, Dialect::Mysql, MAX);
    let no_database = load(
        &SchemaSource::parse(&with_database(&url, ""), std::path::Path::new(".")).unwrap(),
        Dialect::Mariadb,
        MAX,
    );
    let (host, port) = ("127.0.0.1", "3306");
    let dump = ["mariadb-dump", "mysqldump"].iter().find_map(|tool| {
        Command::new(tool)
            .args(["--no-data", "-h", host, "-P", port, "-u", "root", &database])
            .output()
            .ok()
    });
    admin
        .query_drop(format!("DROP DATABASE {database}"))
        .unwrap();

    let text = text.unwrap();
    assert!(
        text.starts_with("-- shipgate schema snapshot (mariadb)\n"),
        "{text}"
    );
    let live = live.unwrap();
    // InnoDB's sizes are estimates; 3,000 rows are counted near enough.
    let rows = live.rows("ledger_entries").unwrap();
    assert!((2000..=4000).contains(&rows), "{rows}\n{text}");
    assert_eq!(live.rows("fees"), Some(20));
    assert_eq!(
        live.column_type("ledger_entries", "note")
            .unwrap()
            .to_string(),
        "varchar(50)"
    );
    assert!(live.has_index("ledger_entries", "ledger_entries_code_idx"));
    assert!(live.has_default("ledger_entries", "memo"));
    assert!(matches!(
        wrong.unwrap_err(),
        BaselineError::WrongDialect { .. }
    ));
    let err = no_database.unwrap_err();
    assert!(matches!(err, BaselineError::BadUrl { .. }), "{err}");

    // mariadb-dump's own output reads to the same columns.
    let dump = dump.expect("mariadb-dump or mysqldump runs");
    assert!(
        dump.status.success(),
        "{}",
        String::from_utf8_lossy(&dump.stderr)
    );
    let path = temp_file("mariadb-dump.sql", &String::from_utf8(dump.stdout).unwrap());
    let from_dump = load(&SchemaSource::File(path.clone()), Dialect::Mariadb, MAX).unwrap();
    for (table, column) in [
        ("ledger_entries", "remittance_info"),
        ("ledger_entries", "note"),
        ("fees", "ref"),
    ] {
        assert_eq!(
            from_dump.column_type(table, column),
            live.column_type(table, column),
            "{table}.{column}"
        );
    }
    let err = load(&SchemaSource::File(path), Dialect::Postgres, MAX).unwrap_err();
    assert!(matches!(err, BaselineError::WrongDialect { .. }), "{err}");

    // Verdicts: within the one-byte length prefix, a widening is instant;
    // INT to VARCHAR copies the table: an error on the large table, a
    // warning on the small one.
    let found = check(
        Dialect::Mariadb,
        Some(live.clone()),
        "ALTER TABLE ledger_entries MODIFY note VARCHAR(60);",
        1000,
    );
    assert!(
        !found.iter().any(|f| f.0 == "changing-column-type"),
        "{found:?}"
    );
    let found = check(
        Dialect::Mariadb,
        Some(live),
        "ALTER TABLE ledger_entries MODIFY code VARCHAR(140);\nALTER TABLE fees MODIFY ref VARCHAR(140);",
        1000,
    );
    let changes: Vec<_> = found
        .iter()
        .filter(|f| f.0 == "changing-column-type")
        .collect();
    assert_eq!(changes.len(), 2, "{found:?}");
    assert_eq!(changes[0].1, "error", "{changes:?}");
    assert!(changes[0].2.contains("`ledger_entries`"), "{changes:?}");
    assert_eq!(changes[1].1, "warning", "{changes:?}");
    assert!(changes[1].2.contains("(~20 rows"), "{changes:?}");
}

#[test]
fn mariadb_failures_are_errors_that_hide_the_password() {
    let Some(url) = mariadb_url() else {
        return;
    };
    let parse = |u: &str| SchemaSource::parse(u, std::path::Path::new(".")).unwrap();
    let err = load(
        &parse("mysql://app:s3cretpw@127.0.0.1:1/prod"),
        Dialect::Mariadb,
        MAX,
    )
    .unwrap_err();
    assert!(matches!(err, BaselineError::Connect { .. }), "{err}");
    assert!(!format!("{err} {err:?}").contains("s3cretpw"), "{err:?}");
    // A user that does not exist: the server refuses the login.
    let (_, rest) = url.split_once("://").unwrap();
    let host = rest
        .split('@')
        .next_back()
        .unwrap()
        .split('/')
        .next()
        .unwrap();
    let err = load(
        &parse(&format!("mysql://shipgate_nobody:s3cretpw@{host}/test")),
        Dialect::Mariadb,
        MAX,
    )
    .unwrap_err();
    assert!(matches!(err, BaselineError::Connect { .. }), "{err}");
    assert!(!format!("{err} {err:?}").contains("s3cretpw"), "{err:?}");
    // A database that does not exist.
    let err = load(
        &parse(&with_database(&url, "shipgate_no_such_database")),
        Dialect::Mariadb,
        MAX,
    )
    .unwrap_err();
    assert!(
        matches!(
            err,
            BaselineError::Connect { .. } | BaselineError::Query { .. }
        ),
        "{err}"
    );
    // A MariaDB server for PostgreSQL migrations.
    let err = load(&parse(&url), Dialect::Postgres, MAX).unwrap_err();
    assert!(matches!(err, BaselineError::WrongDialect { .. }), "{err}");
}
