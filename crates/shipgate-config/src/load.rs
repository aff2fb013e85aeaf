use std::path::{Path, PathBuf};

use crate::{Config, ConfigError, DbVersion};

/// The file name searched for.
pub const CONFIG_FILE_NAME: &str = "shipgate.toml";

/// What `shipgate init` writes: every setting, commented, at its default.
pub const DEFAULT_CONFIG_TOML: &str = include_str!("default.toml");

/// The nearest `shipgate.toml` in `start` or any of its parents.
pub fn find_config(start: &Path) -> Option<PathBuf> {
    start
        .ancestors()
        .map(|dir| dir.join(CONFIG_FILE_NAME))
        .find(|candidate| candidate.is_file())
}

impl Config {
    /// Reads and validates the config file at `path`.
    pub fn load(path: &Path) -> Result<Self, ConfigError> {
        let text = std::fs::read_to_string(path).map_err(|err| ConfigError {
            path: path.to_path_buf(),
            line: None,
            column: None,
            message: format!("cannot read the configuration: {err}"),
            hint: Some("check the path given with `--config`, or run `shipgate init`".into()),
        })?;
        Self::from_str_at(&text, path)
    }

    /// Parses and validates `text` as if read from `path`.
    pub fn from_str_at(text: &str, path: &Path) -> Result<Self, ConfigError> {
        let mut config: Self = toml::from_str(text).map_err(|err| {
            ConfigError::at_span(path, text, err.span(), err.message().trim().to_owned())
                .with_hint("see the configuration reference in the README, or run `shipgate init` for a commented default")
        })?;
        config.root = path
            .parent()
            .map_or_else(|| PathBuf::from("."), Path::to_path_buf);
        if config.root.as_os_str().is_empty() {
            config.root = PathBuf::from(".");
        }
        config.path = Some(path.to_path_buf());
        // A gate runs in `shipgate check` when its section asks for it; the
        // migration gate, when its section is there at all. A file without
        // `[migrations]` (a project with no database) does not run it.
        if !has_table(text, "migrations") {
            config.migrations.enabled = false;
        }
        config.validate(text, path)?;
        Ok(config)
    }

    fn validate(&self, text: &str, path: &Path) -> Result<(), ConfigError> {
        let m = &self.migrations;
        if let Some(version) = &m.db_version
            && let Err(message) = version.get_ref().parse::<DbVersion>()
        {
            return Err(ConfigError::at_span(
                path,
                text,
                Some(version.span()),
                message,
            ));
        }
        if m.max_statement_bytes == 0 {
            return Err(ConfigError::at_span(
                path,
                text,
                None,
                "`[migrations] max_statement_bytes` is 0: no statement could be checked",
            )
            .with_hint(
                "remove the key for the default (1048576, 1 MiB), or set a positive size in bytes",
            ));
        }
        self.coverage.validate(text, path)?;
        self.secrets.validate(text, path)?;
        self.server.validate(text, path)?;
        for policy in self.environments.values() {
            policy.validate(text, path)?;
        }
        for pattern in &m.exclude {
            if let Err(err) = globset::Glob::new(pattern.get_ref()) {
                return Err(ConfigError::at_span(
                    path,
                    text,
                    Some(pattern.span()),
                    format!(
                        "`{}` is not a valid glob: {}",
                        pattern.get_ref(),
                        err.kind()
                    ),
                ));
            }
        }
        Ok(())
    }

    /// Checks that every rule named in `[migrations.rules]` exists.
    pub fn validate_rule_ids(&self, known: &[&str]) -> Result<(), ConfigError> {
        let Some(path) = &self.path else {
            return Ok(());
        };
        for (id, level) in &self.migrations.rules {
            if !known.contains(&id.as_str()) {
                // Read again only to place the error.
                let text = std::fs::read_to_string(path).unwrap_or_default();
                return Err(ConfigError::at_span(
                    path,
                    &text,
                    Some(level.span()),
                    format!("unknown rule `{id}` in `[migrations.rules]`"),
                )
                .with_hint("`shipgate rules` lists every rule id"));
            }
        }
        Ok(())
    }
}

/// Whether the TOML document has a top-level table `name` (written as a
/// `[name]` header or as dotted keys).
fn has_table(text: &str, name: &str) -> bool {
    text.parse::<toml::Table>()
        .is_ok_and(|table| table.contains_key(name))
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_migration_gate_runs_in_check_only_with_its_section() {
        let at = std::path::Path::new("/r/shipgate.toml");
        let without = super::Config::from_str_at("[secrets]\nenabled = true\n", at).unwrap();
        assert!(!without.migrations.enabled);
        let with = super::Config::from_str_at("[migrations]\ndialect = \"mysql\"\n", at).unwrap();
        assert!(with.migrations.enabled);
        let off = super::Config::from_str_at("[migrations]\nenabled = false\n", at).unwrap();
        assert!(!off.migrations.enabled);
    }

    use std::path::Path;

    use crate::{Config, DEFAULT_CONFIG_TOML, Dialect, FailOn, RuleLevel};

    fn parse(text: &str) -> Result<Config, crate::ConfigError> {
        Config::from_str_at(text, Path::new("/repo/shipgate.toml"))
    }

    #[test]
    fn default_template_parses_to_the_defaults() {
        let config = parse(DEFAULT_CONFIG_TOML).unwrap();
        let defaults = crate::MigrationsConfig::default();
        assert_eq!(config.migrations.dialect, defaults.dialect);
        assert_eq!(config.migrations.sql_paths(), defaults.sql_paths());
        assert_eq!(
            config.migrations.laravel_folders(),
            defaults.laravel_folders()
        );
        assert_eq!(
            config.migrations.max_statement_bytes,
            defaults.max_statement_bytes
        );
        assert_eq!(
            config.migrations.financial_tables,
            defaults.financial_tables
        );
        assert_eq!(config.migrations.audit_tables, defaults.audit_tables);
        assert_eq!(config.migrations.fail_on, FailOn::Error);
    }

    #[test]
    fn the_schema_and_table_sizes_are_configurable() {
        let defaults = parse("").unwrap().migrations;
        assert!(defaults.schema.is_none());
        assert_eq!(defaults.large_table_rows, 1_000_000);
        assert_eq!(defaults.small_table_severity, crate::RuleLevel::Warning);
        let config = parse(
            "[migrations]\nschema = \"db/schema.sql\"\nlarge_table_rows = 5000\nsmall_table_severity = \"off\"\n",
        )
        .unwrap()
        .migrations;
        assert_eq!(config.schema.unwrap().get_ref(), "db/schema.sql");
        assert_eq!(config.large_table_rows, 5000);
        assert_eq!(config.small_table_severity, crate::RuleLevel::Off);
        assert!(parse("[migrations]\nsmall_table_severity = \"low\"\n").is_err());
        assert!(parse("[migrations]\nlarge_table_rows = -1\n").is_err());
    }

    #[test]
    fn unknown_key_names_line_and_column() {
        let err =
            parse("[migrations]\ndialect = \"postgres\"\nfinancial_tabels = []\n").unwrap_err();
        assert_eq!((err.line, err.column), (Some(3), Some(1)));
        assert!(
            err.message.contains("unknown field `financial_tabels`"),
            "{}",
            err.message
        );
        assert!(err.to_string().starts_with("/repo/shipgate.toml:3:1: "));
    }

    #[test]
    fn wrong_type_names_line_and_column() {
        let err = parse("[migrations]\nenabled = \"yes\"\n").unwrap_err();
        assert_eq!(err.line, Some(2));
        assert!(err.message.contains("bool"), "{}", err.message);
    }

    #[test]
    fn bad_dialect_and_version_are_errors() {
        let err = parse("[migrations]\ndialect = \"oracle\"\n").unwrap_err();
        assert_eq!(err.line, Some(2));
        let err = parse("[migrations]\ndb_version = \"fifteen\"\n").unwrap_err();
        assert_eq!((err.line, err.column), (Some(2), Some(14)));
        assert!(err.message.contains("`fifteen`"));
    }

    #[test]
    fn a_whole_number_version_needs_no_quotes_and_a_decimal_one_does() {
        let config = parse("[migrations]\ndb_version = 15\n").unwrap();
        assert_eq!(config.migrations.version().to_string(), "15");
        let err = parse("[migrations]\ndialect = \"mysql\"\ndb_version = 8.10\n").unwrap_err();
        assert_eq!(err.line, Some(3));
        assert!(
            err.message.contains("in quotes") && err.message.contains("8.1"),
            "{}",
            err.message
        );
        let config = parse("[migrations]\ndialect = \"mysql\"\ndb_version = \"8.0\"\n").unwrap();
        assert_eq!(config.migrations.version().to_string(), "8.0");
    }

    #[test]
    fn bad_glob_is_an_error() {
        let err = parse("[migrations]\nexclude = [\"a/[b\"]\n").unwrap_err();
        assert_eq!(err.line, Some(2));
        assert!(err.message.contains("a/[b"));
    }

    #[test]
    fn paths_are_relative_to_the_config_file() {
        let config = parse("[migrations]\ndialect = \"mysql\"\ndb_version = \"8.0.29\"\n").unwrap();
        assert_eq!(config.resolve("db"), Path::new("/repo/db"));
        assert_eq!(config.migrations.dialect, Dialect::Mysql);
        assert_eq!(config.migrations.version().to_string(), "8.0.29");
    }

    #[test]
    fn mariadb_is_a_dialect_with_its_own_default_version() {
        let config = parse("[migrations]\ndialect = \"mariadb\"\n").unwrap();
        assert_eq!(config.migrations.dialect, Dialect::Mariadb);
        assert!(config.migrations.dialect.is_mysql_family());
        assert_eq!(config.migrations.version().to_string(), "11.8");
        let config =
            parse("[migrations]\ndialect = \"mariadb\"\ndb_version = \"10.11\"\n").unwrap();
        assert_eq!(config.migrations.version().to_string(), "10.11");
        assert!(parse("[migrations]\ndialect = \"maria\"\n").is_err());
    }

    #[test]
    fn max_statement_bytes_is_configurable_and_positive() {
        let config = parse("[migrations]\nmax_statement_bytes = 4096\n").unwrap();
        assert_eq!(config.migrations.max_statement_bytes, 4096);
        let err = parse("[migrations]\nmax_statement_bytes = 0\n").unwrap_err();
        assert!(
            err.message.contains("max_statement_bytes"),
            "{}",
            err.message
        );
        assert!(parse("[migrations]\nmax_statement_bytes = -1\n").is_err());
    }

    #[test]
    fn configured_paths_are_kept_apart_from_the_defaults() {
        let config = parse("[migrations]\npaths = [\"db\"]\n").unwrap();
        assert_eq!(config.migrations.sql_paths(), vec!["db"]);
        assert!(config.migrations.paths.is_some());
        assert!(config.migrations.laravel_paths.is_none());
        assert_eq!(
            config.migrations.laravel_folders(),
            vec!["database/migrations"]
        );
    }

    #[test]
    fn rule_levels_parse() {
        let config = parse("[migrations.rules]\nrenaming-column = \"off\"\n").unwrap();
        assert_eq!(
            *config.migrations.rules["renaming-column"].get_ref(),
            RuleLevel::Off
        );
    }

    #[test]
    fn finds_config_upwards() {
        let dir = std::env::temp_dir().join(format!("shipgate-config-{}", std::process::id()));
        let nested = dir.join("a/b");
        std::fs::create_dir_all(&nested).unwrap();
        std::fs::write(dir.join("shipgate.toml"), "").unwrap();
        assert_eq!(crate::find_config(&nested), Some(dir.join("shipgate.toml")));
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
