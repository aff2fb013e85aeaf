//! A live PostgreSQL server's schema, read from its catalogue over a
//! read-only connection, written as a snapshot.

use std::collections::BTreeMap;
use std::fmt::Write;
use std::str::FromStr;
use std::time::Duration;

use postgres::{Client, IsolationLevel, NoTls};
use shipgate_config::Dialect;

use super::BaselineError;
use super::redact::{redact_url, scrub};

/// How long the connection may take.
const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);

/// The session: read-only, and no query or lock wait longer than a few
/// seconds, so a snapshot never holds up production.
const SESSION_OPTIONS: &str = "-c default_transaction_read_only=on -c statement_timeout=15000 -c lock_timeout=3000 -c idle_in_transaction_session_timeout=30000";

/// The schemas that are PostgreSQL's own.
const USER_SCHEMAS: &str = "n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp%'";

struct Table {
    name: String,
    partitioned: Option<String>,
    rows: Option<i64>,
    columns: Vec<String>,
}

/// Connects to `url` read-only and writes its schema as a snapshot.
pub(super) fn snapshot(url: &str) -> Result<String, BaselineError> {
    let shown = redact_url(url);
    let mut client = connect(url)?;
    let query = |e: postgres::Error| BaselineError::Query {
        source_name: shown.clone(),
        message: scrub(&describe(&e), url),
    };
    let mut tx = client
        .build_transaction()
        .isolation_level(IsolationLevel::RepeatableRead)
        .read_only(true)
        .start()
        .map_err(query)?;
    let version: i32 = tx
        .query_one("SELECT current_setting('server_version_num')::int4", &[])
        .map_err(query)?
        .get(0);
    let mut tables = read_tables(&mut tx, version).map_err(query)?;
    read_columns(&mut tx, version, &mut tables).map_err(query)?;
    let indexes: Vec<String> = tx
        .query(
            &format!(
                "SELECT pg_get_indexdef(i.indexrelid) FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid JOIN pg_namespace n ON n.oid = c.relnamespace JOIN pg_class x ON x.oid = i.indexrelid WHERE c.relkind IN ('r', 'p') AND {USER_SCHEMAS} ORDER BY n.nspname, c.relname, x.relname"
            ),
            &[],
        )
        .map_err(query)?
        .iter()
        .map(|r| r.get(0))
        .collect();
    let constraints: Vec<String> = tx
        .query(
            &format!(
                "SELECT 'ALTER TABLE ONLY ' || quote_ident(n.nspname) || '.' || quote_ident(c.relname) || ' ADD CONSTRAINT ' || quote_ident(k.conname) || ' ' || pg_get_constraintdef(k.oid) FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace WHERE k.contype IN ('f', 'c') AND c.relkind IN ('r', 'p') AND {USER_SCHEMAS} ORDER BY n.nspname, c.relname, k.conname"
            ),
            &[],
        )
        .map_err(query)?
        .iter()
        .map(|r| r.get(0))
        .collect();
    tx.commit().map_err(query)?;
    Ok(write(&tables, &indexes, &constraints))
}

/// The driver's error with its cause: `postgres::Error` shows only its kind
/// ("db error") unless asked for the server's message.
fn describe(e: &postgres::Error) -> String {
    if let Some(db) = e.as_db_error() {
        return format!(
            "{}: {} (SQLSTATE {})",
            db.severity(),
            db.message(),
            db.code().code()
        );
    }
    let mut text = e.to_string();
    let mut source = std::error::Error::source(e);
    while let Some(cause) = source {
        text = format!("{text}: {cause}");
        source = cause.source();
    }
    text
}

/// A read-only session on `url`: `default_transaction_read_only`, and
/// short statement, lock and idle timeouts.
fn connect(url: &str) -> Result<Client, BaselineError> {
    let shown = redact_url(url);
    let mut config = postgres::Config::from_str(url).map_err(|e| BaselineError::BadUrl {
        source_name: shown.clone(),
        message: scrub(&describe(&e), url),
    })?;
    crate::credentials::postgres(&mut config);
    config
        .options(SESSION_OPTIONS)
        .connect_timeout(CONNECT_TIMEOUT)
        .application_name("shipgate schema snapshot");
    config.connect(NoTls).map_err(|e| BaselineError::Connect {
        source_name: shown,
        message: scrub(&describe(&e), url),
    })
}

fn read_tables(
    tx: &mut postgres::Transaction<'_>,
    version: i32,
) -> Result<BTreeMap<i64, Table>, postgres::Error> {
    // An empty heap has no rows whatever the statistics say; otherwise
    // the planner's estimate: rows per page at the last ANALYZE or VACUUM
    // times today's pages. Never analyzed (or analyzed while empty and
    // grown since): unknown.
    let rows = "CASE WHEN c.relkind = 'p' THEN NULL WHEN pg_relation_size(c.oid) = 0 THEN 0::int8 WHEN c.reltuples < 0 OR c.relpages = 0 THEN NULL ELSE round(c.reltuples::float8 / c.relpages * (pg_relation_size(c.oid) / current_setting('block_size')::float8))::int8 END";
    let mut tables = BTreeMap::new();
    for row in tx.query(
        &format!(
            "SELECT c.oid::int8, quote_ident(n.nspname) || '.' || quote_ident(c.relname), CASE WHEN c.relkind = 'p' THEN pg_get_partkeydef(c.oid) END, {rows} FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind IN ('r', 'p') AND {USER_SCHEMAS} ORDER BY n.nspname, c.relname"
        ),
        &[],
    )? {
        tables.insert(
            row.get::<_, i64>(0),
            Table {
                name: row.get(1),
                partitioned: row.get(2),
                rows: row.get(3),
                columns: Vec::new(),
            },
        );
    }
    // A partitioned table holds its partitions' rows: known when every
    // leaf's is (PostgreSQL 12 and later list the leaves).
    if version >= 120_000 {
        let parents: Vec<i64> = tables
            .iter()
            .filter(|(_, t)| t.partitioned.is_some())
            .map(|(oid, _)| *oid)
            .collect();
        for parent in parents {
            let leaves = tx.query(
                "SELECT relid::oid::int8 FROM pg_partition_tree($1::int8::oid) WHERE isleaf",
                &[&parent],
            )?;
            let mut sum = Some(0i64);
            for leaf in leaves {
                let rows = tables.get(&leaf.get::<_, i64>(0)).and_then(|t| t.rows);
                sum = sum.zip(rows).map(|(a, b)| a.saturating_add(b));
            }
            if let Some(table) = tables.get_mut(&parent) {
                table.rows = sum;
            }
        }
    }
    Ok(tables)
}

fn read_columns(
    tx: &mut postgres::Transaction<'_>,
    version: i32,
    tables: &mut BTreeMap<i64, Table>,
) -> Result<(), postgres::Error> {
    let generated = if version >= 120_000 {
        "a.attgenerated::text"
    } else {
        "''"
    };
    for row in tx.query(
        &format!(
            "SELECT a.attrelid::int8, quote_ident(a.attname), format_type(a.atttypid, a.atttypmod), a.attnotnull, pg_get_expr(d.adbin, d.adrelid), a.attidentity::text, {generated} FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum WHERE a.attnum > 0 AND NOT a.attisdropped AND c.relkind IN ('r', 'p') AND {USER_SCHEMAS} ORDER BY a.attrelid, a.attnum"
        ),
        &[],
    )? {
        let Some(table) = tables.get_mut(&row.get::<_, i64>(0)) else {
            continue;
        };
        let name: String = row.get(1);
        let ty: String = row.get(2);
        let not_null: bool = row.get(3);
        let expr: Option<String> = row.get(4);
        let identity: String = row.get(5);
        let generated: String = row.get(6);
        let mut column = format!("{name} {ty}");
        if not_null {
            column.push_str(" NOT NULL");
        }
        match (identity.as_str(), generated.as_str(), expr) {
            ("a", _, _) => column.push_str(" GENERATED ALWAYS AS IDENTITY"),
            ("d", _, _) => column.push_str(" GENERATED BY DEFAULT AS IDENTITY"),
            (_, "s", Some(expr)) => {
                let _ = write!(column, " GENERATED ALWAYS AS ({expr}) STORED");
            }
            (_, "v", Some(expr)) => {
                let _ = write!(column, " GENERATED ALWAYS AS ({expr}) VIRTUAL");
            }
            (_, _, Some(expr)) => {
                let _ = write!(column, " DEFAULT {expr}");
            }
            _ => {}
        }
        table.columns.push(column);
    }
    Ok(())
}

fn write(tables: &BTreeMap<i64, Table>, indexes: &[String], constraints: &[String]) -> String {
    let mut out = super::header(Dialect::Postgres);
    let mut ordered: Vec<&Table> = tables.values().collect();
    ordered.sort_by(|a, b| a.name.cmp(&b.name));
    for table in &ordered {
        if let Some(rows) = table.rows.and_then(|r| u64::try_from(r).ok()) {
            super::rows_line(&mut out, &table.name, rows);
        }
    }
    for table in &ordered {
        let _ = write!(out, "\nCREATE TABLE {} (", table.name);
        for (i, column) in table.columns.iter().enumerate() {
            let _ = write!(out, "{}\n    {column}", if i == 0 { "" } else { "," });
        }
        out.push_str("\n)");
        if let Some(key) = &table.partitioned {
            let _ = write!(out, " PARTITION BY {key}");
        }
        out.push_str(";\n");
    }
    out.push('\n');
    for statement in indexes.iter().chain(constraints) {
        let _ = writeln!(out, "{statement};");
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_session_cannot_write() {
        let url = std::env::var("SHIPGATE_TEST_POSTGRES_URL")
            .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/test".into());
        let mut client = match super::connect(&url) {
            Ok(client) => client,
            Err(err) => {
                assert!(
                    std::env::var("SHIPGATE_REQUIRE_POSTGRES").as_deref() != Ok("1"),
                    "PostgreSQL is required (SHIPGATE_REQUIRE_POSTGRES=1): {err}"
                );
                eprintln!("SKIPPED: PostgreSQL at `{url}` is not reachable: {err}");
                return;
            }
        };
        let table = format!("sg_read_only_{}", std::process::id());
        let err = client
            .batch_execute(&format!("CREATE TABLE {table} (id int)"))
            .unwrap_err();
        let text = super::describe(&err);
        assert!(
            text.contains(
                "cannot execute CREATE TABLE in a read-only transaction (SQLSTATE 25006)"
            ),
            "{text}"
        );
        let timeout: String = client
            .query_one("SHOW statement_timeout", &[])
            .unwrap()
            .get(0);
        assert_eq!(timeout, "15s");
    }
}
