//! The gate's settings: `[migrations]` resolved, with the dialect and version
//! the command line may override.

use std::collections::HashMap;

use globset::{Glob, GlobSet, GlobSetBuilder};
use shipgate_config::{DbVersion, Dialect, FailOn, MigrationsConfig, RuleLevel};
use shipgate_report::{RuleMeta, Severity};

/// The resolved settings of the gate.
#[derive(Debug, Clone)]
pub struct Settings {
    /// SQL dialect.
    pub dialect: Dialect,
    /// Server version.
    pub version: DbVersion,
    pub(crate) financial: GlobSet,
    pub(crate) small: GlobSet,
    pub(crate) audit: GlobSet,
    pub(crate) assume_in_transaction: bool,
    levels: HashMap<String, RuleLevel>,
    pub(crate) fail_on: Severity,
    pub(crate) max_statement: usize,
    pub(crate) models: crate::models::Models,
    /// Where Laravel migrations' traits and parent classes are read from.
    pub(crate) php: Option<std::sync::Arc<crate::laravel::project::PhpProject>>,
    /// Today's schema (`--schema`), where the migrations start from.
    pub(crate) baseline: Option<std::sync::Arc<crate::schema::Schema>>,
    /// The row count from which a table counts as large.
    pub(crate) large_table_rows: u64,
    /// The highest severity of a size-dependent finding on a smaller table.
    pub(crate) small_table_severity: RuleLevel,
    /// The process ends once the report is written: the files read are
    /// left for the operating system to reclaim.
    pub(crate) exits_after: bool,
}

/// A table pattern in the configuration that is not a valid glob.
#[derive(Debug, thiserror::Error)]
#[error("`{pattern}` is not a valid table pattern: {source}")]
pub struct PatternError {
    pattern: String,
    source: globset::Error,
}

fn glob_set(patterns: &[String]) -> Result<GlobSet, PatternError> {
    let mut builder = GlobSetBuilder::new();
    for pattern in patterns {
        let glob = Glob::new(&pattern.to_ascii_lowercase()).map_err(|source| PatternError {
            pattern: pattern.clone(),
            source,
        })?;
        builder.add(glob);
    }
    builder.build().map_err(|source| PatternError {
        pattern: patterns.join(", "),
        source,
    })
}

/// Why `[migrations]` (with the command line's overrides) cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum SettingsError {
    /// A table pattern is not a valid glob.
    #[error(transparent)]
    Pattern(#[from] PatternError),
    /// The version is not one the dialect's online DDL table covers.
    #[error("`db_version`: {0}")]
    Version(String),
}

/// The oldest PostgreSQL major version the rules know.
pub const POSTGRES_OLDEST: u32 = 11;
/// The newest PostgreSQL major version the rules know.
pub const POSTGRES_NEWEST: u32 = 18;

/// Why `version` is not a PostgreSQL version the rules know, if it is not.
fn postgres_unsupported(version: DbVersion) -> Option<String> {
    (!(POSTGRES_OLDEST..=POSTGRES_NEWEST).contains(&version.major)).then(|| {
        format!(
            "PostgreSQL {version} is outside the versions shipgate's rules know (PostgreSQL {POSTGRES_OLDEST} to {POSTGRES_NEWEST}); set the major version production runs, such as `15` (its latest minor) or `15.4`"
        )
    })
}

impl Settings {
    /// Resolves `[migrations]`, with the dialect and version overridable from the command line.
    pub fn new(
        config: &MigrationsConfig,
        dialect: Option<Dialect>,
        version: Option<DbVersion>,
    ) -> Result<Self, SettingsError> {
        let dialect = dialect.unwrap_or(config.dialect);
        let version = version.unwrap_or_else(|| {
            if dialect == config.dialect {
                config.version()
            } else {
                dialect.default_version()
            }
        });
        if let Some(server) = crate::online_ddl::Server::of(dialect)
            && let Some(problem) = server.unsupported(version)
        {
            return Err(SettingsError::Version(problem));
        }
        if dialect == Dialect::Postgres
            && let Some(problem) = postgres_unsupported(version)
        {
            return Err(SettingsError::Version(problem));
        }
        Ok(Self {
            dialect,
            version,
            financial: glob_set(&config.financial_tables)?,
            small: glob_set(&config.small_tables)?,
            audit: glob_set(&config.audit_tables)?,
            assume_in_transaction: config.assume_in_transaction,
            levels: config
                .rules
                .iter()
                .map(|(k, v)| (k.clone(), *v.get_ref()))
                .collect(),
            fail_on: match config.fail_on {
                FailOn::Info => Severity::Info,
                FailOn::Warning => Severity::Warning,
                FailOn::Error => Severity::Error,
            },
            max_statement: config.max_statement_bytes.max(1),
            models: crate::models::Models::default(),
            php: None,
            baseline: None,
            large_table_rows: config.large_table_rows,
            small_table_severity: config.small_table_severity,
            exits_after: false,
        })
    }

    /// These settings with the application's PHP source at `root` (the
    /// folder of `composer.json`), where Laravel migrations' traits and
    /// parent classes are looked up: through `composer.json`'s PSR-4
    /// prefixes, then by file name. Without it, a call into a trait or parent
    /// method is reported as unresolved.
    #[must_use]
    pub fn with_php_root(mut self, root: &std::path::Path) -> Self {
        self.php = Some(std::sync::Arc::new(
            crate::laravel::project::PhpProject::new(root),
        ));
        self
    }

    /// These settings with the application's Eloquent models, which rules
    /// cite when a change breaks the version still running.
    #[must_use]
    pub fn with_models(mut self, models: crate::models::Models) -> Self {
        self.models = models;
        self
    }

    /// These settings starting from today's schema, read by
    /// [`crate::baseline::load`]: its column types, indexes and table sizes.
    #[must_use]
    pub fn with_schema(mut self, schema: crate::schema::Schema) -> Self {
        self.baseline = Some(std::sync::Arc::new(schema));
        self
    }

    /// These settings for a process that ends once the report is written
    /// (the command line): the files read and lowered are not freed one
    /// allocation at a time, which took a core away from writing the report;
    /// the operating system reclaims them at exit.
    #[must_use]
    pub fn exiting(mut self) -> Self {
        self.exits_after = true;
        self
    }

    /// The schema the gate starts from, when `--schema` gave one.
    pub fn schema(&self) -> Option<&crate::schema::Schema> {
        self.baseline.as_deref()
    }

    /// The severity of a size-dependent finding on a table of `rows` rows:
    /// capped at `small_table_severity` under `large_table_rows`, `None` when
    /// that is `off`.
    pub(crate) fn size_capped(&self, severity: Severity, rows: u64) -> Option<Severity> {
        if rows >= self.large_table_rows {
            return Some(severity);
        }
        let cap = match self.small_table_severity {
            RuleLevel::Off => return None,
            RuleLevel::Info => Severity::Info,
            RuleLevel::Warning => Severity::Warning,
            RuleLevel::Error => Severity::Error,
        };
        Some(severity.min(cap))
    }

    /// The severity a rule reports at, or `None` when it is off.
    pub(crate) fn severity(&self, meta: &RuleMeta) -> Option<Severity> {
        match self.levels.get(meta.id) {
            None => Some(meta.default_severity),
            Some(RuleLevel::Off) => None,
            Some(RuleLevel::Info) => Some(Severity::Info),
            Some(RuleLevel::Warning) => Some(Severity::Warning),
            Some(RuleLevel::Error) => Some(Severity::Error),
        }
    }
}

#[cfg(test)]
mod tests {
    use shipgate_config::{DbVersion, Dialect, MigrationsConfig};

    use super::{Settings, SettingsError};

    fn postgres(version: &str) -> Result<Settings, SettingsError> {
        let version: DbVersion = version.parse().unwrap();
        Settings::new(
            &MigrationsConfig::default(),
            Some(Dialect::Postgres),
            Some(version),
        )
    }

    #[test]
    fn postgres_11_to_18_are_known() {
        for version in ["11", "11.22", "12", "14.3", "15", "17", "18", "18.1"] {
            assert!(postgres(version).is_ok(), "{version}");
        }
        assert!(postgres("15").unwrap().version > DbVersion::new(15, 9, 0));
    }

    #[test]
    fn versions_outside_11_to_18_are_refused_naming_the_range() {
        for version in ["9.6", "10", "10.23", "19", "95"] {
            let Err(SettingsError::Version(message)) = postgres(version) else {
                panic!("{version} accepted");
            };
            assert!(
                message.contains("PostgreSQL 11 to 18") && message.contains(version),
                "{message}"
            );
        }
    }
}
