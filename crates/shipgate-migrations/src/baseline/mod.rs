//! Today's production schema, the starting point of the gate (`--schema`).
//!
//! A source is one of:
//! - a file: a `pg_dump --schema-only` or `mysqldump --no-data` output, or a
//!   snapshot that [`snapshot`] wrote, read with shipgate's own SQL front end;
//!   `-- shipgate:rows TABLE ROWS` comment lines give table sizes, which a
//!   dump does not carry;
//! - `postgres://...`: a live PostgreSQL server, read over a read-only
//!   connection from its catalogue (`pg_attribute`, `pg_index`,
//!   `pg_constraint`, `pg_class.reltuples`);
//! - `mysql://...`: a live MySQL or MariaDB server, read over a read-only
//!   connection from `information_schema` (`columns`, `statistics`,
//!   `table_constraints`, `tables.table_rows`).
//!
//! A live server is first written as a snapshot (the same text
//! `shipgate migrations snapshot` prints), then read back like a file, so
//! a committed snapshot and the server it was taken from give the same
//! verdicts. Nothing here falls back to "no schema": a source that cannot be
//! read, reached or parsed is an error naming it.

mod dump;
mod mysql;
mod postgres;
mod redact;

use std::path::{Path, PathBuf};

use shipgate_config::Dialect;

use crate::schema::Schema;

pub use redact::redact_url;

/// Where today's schema is read from.
#[derive(Clone, PartialEq, Eq)]
pub enum SchemaSource {
    /// A dump or snapshot file.
    File(PathBuf),
    /// A `postgres://` or `postgresql://` URL.
    Postgres(String),
    /// A `mysql://` or `mariadb://` URL.
    Mysql(String),
}

impl std::fmt::Debug for SchemaSource {
    /// Never shows a URL's password.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "SchemaSource({})", self.display())
    }
}

impl SchemaSource {
    /// Reads `value` as a source: a URL by its scheme, otherwise a path,
    /// relative to `base`. A URL of another scheme is an error.
    pub fn parse(value: &str, base: &Path) -> Result<Self, BaselineError> {
        let value = value.trim();
        if value.is_empty() {
            return Err(BaselineError::Empty);
        }
        // Before the scheme: a password in a key=value string may hold `://`.
        if is_conninfo(value) {
            return Err(BaselineError::ConnInfo);
        }
        if let Some((scheme, _)) = value.split_once("://") {
            return match scheme.to_ascii_lowercase().as_str() {
                "postgres" | "postgresql" => Ok(Self::Postgres(value.to_owned())),
                "mysql" | "mariadb" => Ok(Self::Mysql(value.to_owned())),
                _ => Err(BaselineError::Scheme {
                    source_name: redact_url(value),
                    scheme: scheme.to_owned(),
                }),
            };
        }
        Ok(Self::File(base.join(value)))
    }

    /// The source as shown in messages: a path, or a URL without its password.
    pub fn display(&self) -> String {
        match self {
            Self::File(path) => path.display().to_string(),
            Self::Postgres(url) | Self::Mysql(url) => redact_url(url),
        }
    }

    /// Whether the source is a live server.
    pub fn is_live(&self) -> bool {
        !matches!(self, Self::File(_))
    }
}

/// Whether `value` is a libpq `key=value` connection string (`host=db
/// dbname=ledger password=...`, spaces around `=` allowed): a word names a
/// libpq setting. It is refused, never shown, as it may hold a password.
fn is_conninfo(value: &str) -> bool {
    /// libpq's connection settings (PostgreSQL 18, "Parameter Key Words").
    const KEYS: &[&str] = &[
        "host",
        "hostaddr",
        "port",
        "dbname",
        "user",
        "password",
        "passfile",
        "require_auth",
        "channel_binding",
        "connect_timeout",
        "client_encoding",
        "options",
        "application_name",
        "fallback_application_name",
        "keepalives",
        "keepalives_idle",
        "keepalives_interval",
        "keepalives_count",
        "tcp_user_timeout",
        "replication",
        "gssencmode",
        "sslmode",
        "requiressl",
        "sslnegotiation",
        "sslcompression",
        "sslcert",
        "sslkey",
        "sslpassword",
        "sslcertmode",
        "sslrootcert",
        "sslcrl",
        "sslcrldir",
        "sslsni",
        "requirepeer",
        "ssl_min_protocol_version",
        "ssl_max_protocol_version",
        "krbsrvname",
        "gsslib",
        "gssdelegation",
        "service",
        "target_session_attrs",
        "load_balance_hosts",
    ];
    // The word before each `=`, spaces around it allowed.
    let mut rest = value;
    while let Some(eq) = rest.find('=') {
        let key = rest[..eq]
            .trim_end()
            .rsplit(char::is_whitespace)
            .next()
            .unwrap_or("");
        if KEYS.contains(&key.to_ascii_lowercase().as_str()) {
            return true;
        }
        rest = &rest[eq + 1..];
    }
    false
}

/// Why today's schema could not be read.
#[derive(Debug, thiserror::Error)]
pub enum BaselineError {
    /// `--schema ""`.
    #[error("the schema source is empty")]
    Empty,
    /// A schema that declares no table: an empty file, a dump that failed
    /// half-way, or a server's empty database.
    #[error("`{0}` declares no table: there is no schema to check the migrations against")]
    NoTables(String),
    /// A URL whose scheme is neither PostgreSQL's nor MySQL's.
    #[error("`{source_name}`: the scheme `{scheme}://` is not a schema source shipgate reads")]
    Scheme {
        /// The URL, without its password.
        source_name: String,
        /// The scheme given.
        scheme: String,
    },
    /// A libpq `key=value` connection string, which may hold a password:
    /// never shown.
    #[error(
        "the schema source is a `key=value` connection string, which shipgate does not read (it is not shown, as it may hold a password)"
    )]
    ConnInfo,
    /// The file does not exist.
    #[error("the schema file `{0}` does not exist")]
    Missing(String),
    /// The file could not be read.
    #[error("the schema file `{path}` cannot be read: {message}")]
    Unreadable {
        /// The file.
        path: String,
        /// Why.
        message: String,
    },
    /// A statement of the dump could not be parsed.
    #[error("`{path}` line {line}: {message}")]
    Unparseable {
        /// The file.
        path: String,
        /// 1-based line.
        line: usize,
        /// What went wrong.
        message: String,
    },
    /// The dump was written for another dialect than the one configured.
    #[error("`{source_name}` is a {found} schema, but the migrations are checked as {expected}")]
    WrongDialect {
        /// The file or URL.
        source_name: String,
        /// The dialect the source is.
        found: &'static str,
        /// The configured dialect.
        expected: &'static str,
    },
    /// A `-- shipgate:rows` line that is not `TABLE ROWS`.
    #[error("`{path}` line {line}: `{text}` is not `-- shipgate:rows TABLE ROWS`")]
    BadRows {
        /// The file.
        path: String,
        /// 1-based line.
        line: usize,
        /// The line.
        text: String,
    },
    /// A URL the driver does not accept, or one without the database to read.
    #[error("`{source_name}`: {message}")]
    BadUrl {
        /// The URL, without its password.
        source_name: String,
        /// What is wrong with it.
        message: String,
    },
    /// The server could not be reached, or refused the login.
    #[error("cannot connect to `{source_name}`: {message}")]
    Connect {
        /// The URL, without its password.
        source_name: String,
        /// The driver's error, without the password.
        message: String,
    },
    /// A catalogue query failed.
    #[error("reading the schema of `{source_name}` failed: {message}")]
    Query {
        /// The URL, without its password.
        source_name: String,
        /// The driver's error, without the password.
        message: String,
    },
}

impl BaselineError {
    /// Whether the fault is in what the user gave (exit 2) rather than in
    /// reaching or reading it (exit 3).
    pub fn is_usage(&self) -> bool {
        !matches!(
            self,
            Self::Unreadable { .. } | Self::Connect { .. } | Self::Query { .. }
        )
    }

    /// The schema file and 1-based line the error is about, when it is in a
    /// file (not a live server's snapshot, whose "path" is its URL).
    pub fn place(&self) -> Option<(&str, usize)> {
        let place = match self {
            Self::Unparseable { path, line, .. } | Self::BadRows { path, line, .. } => {
                (path.as_str(), *line)
            }
            Self::Missing(path) | Self::Unreadable { path, .. } | Self::NoTables(path) => {
                (path.as_str(), 1)
            }
            _ => return None,
        };
        (!place.0.contains("://")).then_some(place)
    }

    /// What to do about it.
    pub fn hint(&self) -> &'static str {
        match self {
            Self::ConnInfo => {
                "write it as a URL, `postgres://user@host:port/dbname`, with the password in `PGPASSWORD` rather than in the URL"
            }
            Self::Empty | Self::Scheme { .. } => {
                "pass a `pg_dump --schema-only` or `mysqldump --no-data` file, a `shipgate migrations snapshot` file, or a `postgres://` or `mysql://` URL"
            }
            Self::NoTables(_) => {
                "point it at the production database or a dump of it (`pg_dump --schema-only`, `mysqldump --no-data`), or leave out the schema"
            }
            Self::Missing(_) | Self::Unreadable { .. } => {
                "write the file with `shipgate migrations snapshot --database URL --output FILE` (or `pg_dump --schema-only`), or fix the path"
            }
            Self::Unparseable { .. } => {
                "write the file with `shipgate migrations snapshot --database URL --output FILE`, which shipgate always reads, or remove the statement from the dump"
            }
            Self::WrongDialect { .. } => {
                "set `[migrations] dialect` (or `--dialect`) to the server's, or pass that server's schema"
            }
            Self::BadRows { .. } => {
                "write sizes as `-- shipgate:rows schema.table 312000000`, one table a line"
            }
            Self::BadUrl { .. } => {
                "write the URL as `postgres://user@host:5432/db` or `mysql://user@host:3306/db`"
            }
            Self::Connect { .. } => {
                "check the host, port, user and password (a password is best passed in `PGPASSWORD` or `MYSQL_PWD` from a CI secret, not in the URL), and that this machine may reach the server; or commit a snapshot file"
            }
            Self::Query { .. } => {
                "grant the user read access to the catalogue (`information_schema`, `pg_catalog`), or commit a snapshot file"
            }
        }
    }
}

/// Reads today's schema from `source`, as `dialect` migrations will change it.
pub fn load(
    source: &SchemaSource,
    dialect: Dialect,
    max_statement: usize,
) -> Result<Schema, BaselineError> {
    let (label, text) = match source {
        SchemaSource::File(path) => (path.display().to_string(), read_file(path)?),
        live => (live.display(), take(live, Some(dialect))?),
    };
    let mut schema = dump::read(&text, &label, dialect, max_statement)?;
    if schema.table_count() == 0 {
        return Err(BaselineError::NoTables(label));
    }
    schema.set_source(label);
    Ok(schema)
}

/// Reads a live server's schema and sizes as a snapshot: SQL that
/// shipgate's front end reads back (`CREATE TABLE`, `CREATE INDEX`, `ALTER
/// TABLE ... ADD CONSTRAINT`), and a `-- shipgate:rows` line for every table
/// whose size the server knows. The server must be `dialect`'s, when given.
/// The snapshot is read back before it is returned: one that `--schema`
/// would refuse (a database without tables) is refused here too.
pub fn snapshot(source: &SchemaSource, dialect: Option<Dialect>) -> Result<String, BaselineError> {
    let text = take(source, dialect)?;
    let label = source.display();
    let written = dump::dialect_of(&text).unwrap_or(Dialect::Postgres);
    let schema = dump::read(&text, &label, written, text.len().max(1))?;
    if schema.table_count() == 0 {
        return Err(BaselineError::NoTables(label));
    }
    Ok(text)
}

/// The snapshot text of a live server, as [`snapshot`] describes it, unread.
fn take(source: &SchemaSource, dialect: Option<Dialect>) -> Result<String, BaselineError> {
    match source {
        SchemaSource::File(path) => Err(BaselineError::BadUrl {
            source_name: path.display().to_string(),
            message: "a snapshot is taken from a `postgres://` or `mysql://` URL, not a file"
                .into(),
        }),
        SchemaSource::Postgres(url) => {
            if let Some(dialect) = dialect.filter(|d| *d != Dialect::Postgres) {
                return Err(BaselineError::WrongDialect {
                    source_name: redact_url(url),
                    found: "postgres",
                    expected: dialect.as_str(),
                });
            }
            postgres::snapshot(url)
        }
        SchemaSource::Mysql(url) => mysql::snapshot(url, dialect),
    }
}

fn read_file(path: &Path) -> Result<String, BaselineError> {
    let shown = path.display().to_string();
    match std::fs::read(path) {
        Ok(bytes) => String::from_utf8(bytes).map_err(|e| BaselineError::Unparseable {
            path: shown,
            line: 1,
            message: format!("the file is not UTF-8 text ({e})"),
        }),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Err(BaselineError::Missing(shown)),
        Err(e) => Err(BaselineError::Unreadable {
            path: shown,
            message: e.to_string(),
        }),
    }
}

/// The first line of a snapshot, which names its dialect.
pub(crate) fn header(dialect: Dialect) -> String {
    format!(
        "-- shipgate schema snapshot ({})\n-- Sizes are `-- shipgate:rows TABLE ROWS` lines; a table without one has no known size.\n",
        dialect.as_str()
    )
}

/// Writes a `-- shipgate:rows` line.
pub(crate) fn rows_line(out: &mut String, table: &str, rows: u64) {
    use std::fmt::Write;
    let _ = writeln!(out, "-- shipgate:rows {table} {rows}");
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::{BaselineError, SchemaSource};

    #[test]
    fn a_key_value_connection_string_is_refused_and_never_shown() {
        let err = SchemaSource::parse(
            "host=127.0.0.1 password=KvSecret1 dbname=test",
            Path::new("."),
        )
        .unwrap_err();
        assert!(matches!(err, BaselineError::ConnInfo), "{err:?}");
        assert!(!err.to_string().contains("KvSecret1"), "{err}");
        assert!(!format!("{err:?}").contains("KvSecret1"));
        for value in [
            "dbname = test password=Kv2",
            "host=db password=pa://ss",
            "target_session_attrs=any sslpassword=Kv3",
            "postgres://u@h/db password=Kv4",
        ] {
            let err = SchemaSource::parse(value, Path::new(".")).unwrap_err();
            assert!(matches!(err, BaselineError::ConnInfo), "{value}: {err:?}");
        }
        // A file whose name has `=` in it, but no libpq key first, is a file.
        assert!(matches!(
            SchemaSource::parse("dumps/schema=2026.sql", Path::new(".")),
            Ok(SchemaSource::File(_))
        ));
        assert!(matches!(
            SchemaSource::parse("schema.sql", Path::new(".")),
            Ok(SchemaSource::File(_))
        ));
    }
}
