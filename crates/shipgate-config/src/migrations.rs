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
    /// MySQL (default version 8.0).
    Mysql,
}

impl Dialect {
    /// The version assumed when none is configured.
    pub const fn default_version(self) -> DbVersion {
        match self {
            Self::Postgres => DbVersion::new(15, 0, 0),
            Self::Mysql => DbVersion::new(8, 0, 0),
        }
    }

    /// The name used in configuration and output.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Postgres => "postgres",
            Self::Mysql => "mysql",
        }
    }
}

/// `[migrations]`: the migration safety gate.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct MigrationsConfig {
    /// Whether `shipgate check` runs this gate.
    pub enabled: bool,
    /// `postgres` or `mysql`.
    pub dialect: Dialect,
    /// The production server's version, such as `15` or `8.0.29`.
    pub db_version: Option<Spanned<String>>,
    /// Folders searched for `*.sql` migrations, relative to the config file.
    pub paths: Vec<String>,
    /// Folders searched for Laravel migrations (`*.php`), relative to the config file.
    pub laravel_paths: Vec<String>,
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
}

impl Default for MigrationsConfig {
    fn default() -> Self {
        Self {
            enabled: true,
            dialect: Dialect::Postgres,
            db_version: None,
            paths: vec![
                "migrations".into(),
                "db/migrations".into(),
                "database/sql".into(),
            ],
            laravel_paths: vec!["database/migrations".into()],
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
        }
    }
}

impl MigrationsConfig {
    /// The configured version, or the dialect's default. Validated at load time.
    pub fn version(&self) -> DbVersion {
        self.db_version
            .as_ref()
            .and_then(|v| v.get_ref().parse().ok())
            .unwrap_or_else(|| self.dialect.default_version())
    }
}
