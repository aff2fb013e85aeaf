//! A live MySQL or MariaDB server's schema, read from `information_schema`
//! over a read-only connection, written as a snapshot.

use std::collections::BTreeMap;
use std::fmt::Write;
use std::time::Duration;

use mysql::prelude::Queryable;
use mysql::{AccessMode, Conn, IsolationLevel, Opts, OptsBuilder, TxOpts};
use shipgate_config::Dialect;

use super::BaselineError;
use super::redact::{redact_url, scrub};

/// How long connecting, and each read or write on the socket, may take.
const TIMEOUT: Duration = Duration::from_secs(15);

#[derive(Default)]
struct Table {
    rows: Option<u64>,
    columns: Vec<String>,
}

#[derive(Default)]
struct Index {
    unique: bool,
    kind: String,
    columns: Vec<String>,
    /// A functional index (an expression, not columns): not written.
    expression: bool,
}

type ColumnRow = (
    String,
    String,
    String,
    String,
    Option<String>,
    Option<String>,
);
type IndexRow = (String, String, u64, Option<String>, Option<u64>, String);
type ForeignKeyRow = (String, String, String, String, String);
/// A foreign key's columns, the table it references, and that table's columns.
type ForeignKey<'a> = (Vec<String>, &'a str, Vec<String>);

/// Connects to `url` read-only and writes its schema as a snapshot; the
/// server must be `dialect`'s (MySQL or MariaDB), when given.
pub(super) fn snapshot(url: &str, dialect: Option<Dialect>) -> Result<String, BaselineError> {
    let shown = redact_url(url);
    let driver_url = match url.split_once("://") {
        Some((scheme, rest)) if scheme.eq_ignore_ascii_case("mariadb") => {
            format!("mysql://{rest}")
        }
        _ => url.to_owned(),
    };
    let opts = Opts::from_url(&driver_url).map_err(|e| BaselineError::BadUrl {
        source_name: shown.clone(),
        message: scrub(&e.to_string(), url),
    })?;
    if opts.get_db_name().is_none_or(str::is_empty) {
        return Err(BaselineError::BadUrl {
            source_name: shown,
            message: "the URL names no database (`mysql://user@host:3306/DATABASE`)".into(),
        });
    }
    let opts = OptsBuilder::from_opts(crate::credentials::mysql(opts))
        .tcp_connect_timeout(Some(TIMEOUT))
        .read_timeout(Some(TIMEOUT))
        .write_timeout(Some(TIMEOUT));
    let mut conn = Conn::new(opts).map_err(|e| BaselineError::Connect {
        source_name: shown.clone(),
        message: scrub(&crate::credentials::mysql_message(&e), url),
    })?;
    let query = |e: mysql::Error| BaselineError::Query {
        source_name: shown.clone(),
        message: scrub(&crate::credentials::mysql_message(&e), url),
    };
    let version: String = conn
        .query_first("SELECT VERSION()")
        .map_err(query)?
        .unwrap_or_default();
    let server = if version.contains("MariaDB") {
        Dialect::Mariadb
    } else {
        Dialect::Mysql
    };
    if let Some(dialect) = dialect.filter(|d| *d != server) {
        return Err(BaselineError::WrongDialect {
            source_name: shown,
            found: server.as_str(),
            expected: dialect.as_str(),
        });
    }
    if server == Dialect::Mysql && !version.starts_with("5.") {
        // MySQL 8 caches table sizes for a day unless told otherwise.
        conn.query_drop("SET SESSION information_schema_stats_expiry = 0")
            .map_err(query)?;
    }
    let mut tx = read_only(&mut conn).map_err(query)?;
    let mut tables: BTreeMap<String, Table> = BTreeMap::new();
    let sizes: Vec<(String, Option<u64>)> = tx
        .query("SELECT table_name, table_rows FROM information_schema.tables WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE' ORDER BY table_name")
        .map_err(query)?;
    for (name, rows) in sizes {
        tables.entry(name).or_default().rows = rows;
    }
    let columns: Vec<ColumnRow> = tx
        .query("SELECT c.table_name, c.column_name, c.column_type, c.is_nullable, c.column_default, c.extra FROM information_schema.columns c JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name WHERE c.table_schema = DATABASE() AND t.table_type = 'BASE TABLE' ORDER BY c.table_name, c.ordinal_position")
        .map_err(query)?;
    for (table, name, ty, nullable, default, extra) in columns {
        let column = column(server, &name, &ty, &nullable, default, extra.as_deref());
        tables.entry(table).or_default().columns.push(column);
    }
    let index_rows: Vec<IndexRow> = tx
        .query("SELECT table_name, index_name, non_unique, column_name, sub_part, index_type FROM information_schema.statistics WHERE table_schema = DATABASE() ORDER BY table_name, index_name, seq_in_index")
        .map_err(query)?;
    let mut indexes: BTreeMap<(String, String), Index> = BTreeMap::new();
    for (table, name, non_unique, column, sub_part, kind) in index_rows {
        let index = indexes.entry((table, name)).or_default();
        index.unique = non_unique == 0;
        index.kind = kind;
        match (column, sub_part) {
            (Some(c), Some(len)) => index.columns.push(format!("{}({len})", quote(&c))),
            (Some(c), None) => index.columns.push(quote(&c)),
            (None, _) => index.expression = true,
        }
    }
    let foreign_keys: Vec<ForeignKeyRow> = tx
        .query("SELECT k.table_name, k.constraint_name, k.column_name, k.referenced_table_name, k.referenced_column_name FROM information_schema.key_column_usage k JOIN information_schema.table_constraints c ON c.constraint_schema = k.constraint_schema AND c.table_name = k.table_name AND c.constraint_name = k.constraint_name WHERE k.table_schema = DATABASE() AND c.constraint_type = 'FOREIGN KEY' AND k.referenced_table_name IS NOT NULL ORDER BY k.table_name, k.constraint_name, k.ordinal_position")
        .map_err(query)?;
    tx.commit().map_err(query)?;
    Ok(write(server, &tables, &indexes, &foreign_keys))
}

/// One consistent, read-only view of the catalogue: the server refuses any
/// write in it.
fn read_only(conn: &mut Conn) -> Result<mysql::Transaction<'_>, mysql::Error> {
    conn.start_transaction(
        TxOpts::default()
            .set_access_mode(Some(AccessMode::ReadOnly))
            .set_isolation_level(Some(IsolationLevel::RepeatableRead)),
    )
}

fn quote(name: &str) -> String {
    format!("`{}`", name.replace('`', "``"))
}

fn string_literal(value: &str) -> String {
    format!("'{}'", value.replace('\\', "\\\\").replace('\'', "''"))
}

/// One column's definition. MariaDB's `column_default` is an SQL
/// expression (`NULL`, `'text'`, `current_timestamp()`); MySQL's is the
/// value itself, an expression only where `extra` says `DEFAULT_GENERATED`.
fn column(
    server: Dialect,
    name: &str,
    ty: &str,
    nullable: &str,
    default: Option<String>,
    extra: Option<&str>,
) -> String {
    let extra = extra.unwrap_or("").to_ascii_lowercase();
    let mut out = format!("{} {ty}", quote(name));
    if nullable.eq_ignore_ascii_case("NO") {
        out.push_str(" NOT NULL");
    }
    let default = match (server, default) {
        (_, None) => None,
        (Dialect::Mariadb, Some(d)) if d.eq_ignore_ascii_case("NULL") => None,
        (Dialect::Mariadb, Some(d)) => Some(d),
        (_, Some(d)) if extra.contains("default_generated") => {
            Some(if d.to_ascii_uppercase().starts_with("CURRENT_TIMESTAMP") {
                d
            } else {
                format!("({d})")
            })
        }
        (_, Some(d)) => Some(string_literal(&d)),
    };
    if let Some(default) = default
        && !extra.contains("generated ")
    {
        let _ = write!(out, " DEFAULT {default}");
    }
    if extra.contains("auto_increment") {
        out.push_str(" AUTO_INCREMENT");
    }
    out
}

fn write(
    server: Dialect,
    tables: &BTreeMap<String, Table>,
    indexes: &BTreeMap<(String, String), Index>,
    foreign_keys: &[ForeignKeyRow],
) -> String {
    let mut out = super::header(server);
    for (name, table) in tables {
        if let Some(rows) = table.rows {
            super::rows_line(&mut out, name, rows);
        }
    }
    for (name, table) in tables {
        let _ = write!(out, "\nCREATE TABLE {} (", quote(name));
        for (i, column) in table.columns.iter().enumerate() {
            let _ = write!(out, "{}\n  {column}", if i == 0 { "" } else { "," });
        }
        out.push_str("\n);\n");
    }
    out.push('\n');
    for ((table, name), index) in indexes {
        if index.expression || index.columns.is_empty() {
            let _ = writeln!(
                out,
                "-- index {} on {} is on an expression: not written",
                quote(name),
                quote(table)
            );
            continue;
        }
        let columns = index.columns.join(", ");
        if name == "PRIMARY" {
            let _ = writeln!(
                out,
                "ALTER TABLE {} ADD PRIMARY KEY ({columns});",
                quote(table)
            );
            continue;
        }
        let kind = match index.kind.as_str() {
            "FULLTEXT" => "FULLTEXT ",
            "SPATIAL" => "SPATIAL ",
            _ if index.unique => "UNIQUE ",
            _ => "",
        };
        let _ = writeln!(
            out,
            "CREATE {kind}INDEX {} ON {} ({columns});",
            quote(name),
            quote(table)
        );
    }
    let mut grouped: BTreeMap<(&str, &str), ForeignKey<'_>> = BTreeMap::new();
    for (table, name, column, referenced, referenced_column) in foreign_keys {
        let entry = grouped
            .entry((table, name))
            .or_insert_with(|| (Vec::new(), referenced, Vec::new()));
        entry.0.push(quote(column));
        entry.2.push(quote(referenced_column));
    }
    for ((table, name), (columns, referenced, referenced_columns)) in grouped {
        let _ = writeln!(
            out,
            "ALTER TABLE {} ADD CONSTRAINT {} FOREIGN KEY ({}) REFERENCES {} ({});",
            quote(table),
            quote(name),
            columns.join(", "),
            quote(referenced),
            referenced_columns.join(", ")
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use mysql::prelude::Queryable;

    #[test]
    fn the_transaction_cannot_write() {
        let url = std::env::var("SHIPGATE_TEST_MARIADB_URL")
            .unwrap_or_else(|_| "mysql://root@127.0.0.1:3306/test".into());
        let mut conn = match mysql::Opts::from_url(&url).map(mysql::Conn::new) {
            Ok(Ok(conn)) => conn,
            Ok(Err(err)) => {
                assert!(
                    std::env::var("SHIPGATE_REQUIRE_MARIADB").as_deref() != Ok("1"),
                    "MariaDB is required (SHIPGATE_REQUIRE_MARIADB=1): {err}"
                );
                println!("SKIPPED: MariaDB at `{url}` is not reachable: {err}");
                return;
            }
            Err(err) => panic!("{err}"),
        };
        let mut tx = super::read_only(&mut conn).unwrap();
        // A write that would change nothing if it were let through.
        let err = tx
            .query_drop("UPDATE mysql.user SET user = user WHERE 1 = 0")
            .unwrap_err();
        assert!(err.to_string().contains("READ ONLY transaction"), "{err}");
    }
}
