use std::collections::BTreeMap;

use serde::Deserialize;
use toml::Spanned;

use crate::{DbVersion, FailOn, RuleLevel};

/// The SQL dialect migrations are written for.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Dialect {
    /// PostgreSQL (default version 15).
    #[default]
    Postgres,
    /// MySQL (default version 8.4, the long-term-support line, at its latest patch).
    Mysql,
    /// MariaDB (default version 11.8, the newest long-term-support line, at its latest patch).
    Mariadb,
}

impl Dialect {
    /// The version assumed when none is configured.
    pub const fn default_version(self) -> DbVersion {
        match self {
            Self::Postgres => DbVersion::new(15, DbVersion::LATEST, DbVersion::LATEST),
            Self::Mysql => DbVersion::new(8, 4, DbVersion::LATEST),
            Self::Mariadb => DbVersion::new(11, 8, DbVersion::LATEST),
        }
    }

    /// The name used in configuration and output.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Postgres => "postgres",
            Self::Mysql => "mysql",
            Self::Mariadb => "mariadb",
        }
    }

    /// The server's name in messages: `PostgreSQL`, `MySQL` or `MariaDB`.
    pub const fn server_name(self) -> &'static str {
        match self {
            Self::Postgres => "PostgreSQL",
            Self::Mysql => "MySQL",
            Self::Mariadb => "MariaDB",
        }
    }

    /// MySQL or MariaDB: the same SQL grammar and `ALTER TABLE` clauses.
    pub const fn is_mysql_family(self) -> bool {
        matches!(self, Self::Mysql | Self::Mariadb)
    }
}

/// `db_version` as written: a string, or a whole number (`db_version = 15`).
/// A decimal must be quoted: TOML reads `8.0` as a number, and `8.10` as 8.1.
fn version_text<'de, D: serde::Deserializer<'de>>(
    deserializer: D,
) -> Result<Option<Spanned<String>>, D::Error> {
    let version = Option::<Spanned<VersionText>>::deserialize(deserializer)?;
    Ok(version.map(|v| {
        let span = v.span();
        Spanned::new(span, v.into_inner().0)
    }))
}

/// A version read from a string or a whole number.
struct VersionText(String);

impl<'de> Deserialize<'de> for VersionText {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl serde::de::Visitor<'_> for Visitor {
            type Value = VersionText;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a version such as \"15\" or \"8.0.29\"")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<VersionText, E> {
                Ok(VersionText(v.to_owned()))
            }
            fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<VersionText, E> {
                Ok(VersionText(v.to_string()))
            }
            fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<VersionText, E> {
                Ok(VersionText(v.to_string()))
            }
            fn visit_f64<E: serde::de::Error>(self, v: f64) -> Result<VersionText, E> {
                Err(E::custom(format!(
                    "write the version in quotes, such as `db_version = \"8.0\"`: unquoted, TOML reads it as the number {v}, and `8.10` as 8.1"
                )))
            }
        }
        deserializer.deserialize_any(Visitor)
    }
}

/// `[migrations]`: the migration safety gate.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct MigrationsConfig {
    /// Whether `shipgate check` runs this gate.
    pub enabled: bool,
    /// `postgres`, `mysql` or `mariadb`.
    pub dialect: Dialect,
    /// The production server's version, such as `15` or `8.0.29`.
    #[serde(deserialize_with = "version_text")]
    pub db_version: Option<Spanned<String>>,
    /// Folders (or files) searched for `*.sql` migrations, relative to the
    /// config file. `None` when not configured: then the folders of
    /// [`DEFAULT_PATHS`](Self::DEFAULT_PATHS) that exist are searched. A
    /// configured entry must exist and hold a migration.
    pub paths: Option<Vec<Spanned<String>>>,
    /// Folders (or files) searched for Laravel migrations (`*.php`), relative
    /// to the config file. `None` when not configured: then
    /// [`DEFAULT_LARAVEL_PATHS`](Self::DEFAULT_LARAVEL_PATHS) if it exists.
    pub laravel_paths: Option<Vec<Spanned<String>>>,
    /// Glob patterns of files never checked, relative to the config file.
    pub exclude: Vec<Spanned<String>>,
    /// The lowest severity that fails the gate.
    pub fail_on: FailOn,
    /// Per-rule levels: `"off"`, `"info"`, `"warning"` or `"error"`.
    pub rules: BTreeMap<String, Spanned<RuleLevel>>,
    /// Tables that hold financial records. Glob patterns are allowed.
    pub financial_tables: Vec<String>,
    /// Tables whose change counts as an audit-trail migration. Glob patterns are allowed.
    pub audit_tables: Vec<String>,
    /// Tables known to be small, exempt from the lock and rewrite rules.
    pub small_tables: Vec<String>,
    /// Whether each SQL migration file runs inside a transaction, as Flyway
    /// and many runners do on PostgreSQL.
    pub assume_in_transaction: bool,
    /// Today's production schema: a `pg_dump --schema-only` or `mysqldump
    /// --no-data` file (relative to the config file), or a `postgres://` or
    /// `mysql://` URL read over a read-only connection. `--schema` wins.
    pub schema: Option<Spanned<String>>,
    /// The row count from which a table counts as large. With a schema that
    /// knows a table's size, the size-dependent rules report a smaller table
    /// at `small_table_severity`.
    pub large_table_rows: u64,
    /// The highest severity a size-dependent rule reports on a table the
    /// schema knows to hold fewer than `large_table_rows` rows.
    pub small_table_severity: RuleLevel,
    /// The largest statement, in bytes, that is parsed. A longer one is a
    /// `statement-too-large` finding and is never handed to the parser, so
    /// memory stays bounded whatever the input.
    pub max_statement_bytes: usize,
}

impl Default for MigrationsConfig {
    fn default() -> Self {
        Self {
            enabled: true,
            dialect: Dialect::Postgres,
            db_version: None,
            paths: None,
            laravel_paths: None,
            exclude: Vec::new(),
            fail_on: FailOn::Error,
            rules: BTreeMap::new(),
            financial_tables: [
                "transactions",
                "balances",
                "commissions",
                "withdrawals",
                "deposits",
            ]
            .map(String::from)
            .to_vec(),
            audit_tables: ["*_audit", "*_audits", "audit_log", "audit_logs"]
                .map(String::from)
                .to_vec(),
            small_tables: Vec::new(),
            assume_in_transaction: false,
            schema: None,
            large_table_rows: Self::DEFAULT_LARGE_TABLE_ROWS,
            small_table_severity: RuleLevel::Warning,
            max_statement_bytes: Self::DEFAULT_MAX_STATEMENT_BYTES,
        }
    }
}

impl MigrationsConfig {
    /// The folders searched for SQL migrations when `paths` is not configured.
    pub const DEFAULT_PATHS: [&'static str; 3] = ["migrations", "db/migrations", "database/sql"];

    /// The folder searched for Laravel migrations when `laravel_paths` is not configured.
    pub const DEFAULT_LARAVEL_PATHS: [&'static str; 1] = ["database/migrations"];

    /// The default for `large_table_rows`: a million rows.
    pub const DEFAULT_LARGE_TABLE_ROWS: u64 = 1_000_000;

    /// The default for `max_statement_bytes`: 1 MiB.
    pub const DEFAULT_MAX_STATEMENT_BYTES: usize = 1 << 20;

    /// The SQL folders searched: the configured ones, else the defaults.
    pub fn sql_paths(&self) -> Vec<&str> {
        Self::listed(self.paths.as_deref(), &Self::DEFAULT_PATHS)
    }

    /// The Laravel folders searched: the configured ones, else the default.
    pub fn laravel_folders(&self) -> Vec<&str> {
        Self::listed(self.laravel_paths.as_deref(), &Self::DEFAULT_LARAVEL_PATHS)
    }

    fn listed<'a>(
        configured: Option<&'a [Spanned<String>]>,
        default: &[&'static str],
    ) -> Vec<&'a str> {
        configured.map_or_else(
            || default.to_vec(),
            |paths| paths.iter().map(|p| p.get_ref().as_str()).collect(),
        )
    }

    /// The configured version, or the dialect's default. Validated at load time.
    pub fn version(&self) -> DbVersion {
        self.db_version
            .as_ref()
            .and_then(|v| v.get_ref().parse().ok())
            .unwrap_or_else(|| self.dialect.default_version())
    }
}
