//! `shipgate.toml`: the model, its defaults, discovery, and validation.
//!
//! Every error names the file, line and column at fault and what to do, so a
//! typo in a gate's configuration can never silently turn the gate off.
//!
//! ```
//! let config = shipgate_config::Config::from_str_at(
//!     "[migrations]\ndialect = \"mysql\"\n",
//!     std::path::Path::new("/repo/shipgate.toml"),
//! )?;
//! assert_eq!(config.migrations.dialect, shipgate_config::Dialect::Mysql);
//! assert_eq!(config.root, std::path::Path::new("/repo"));
//! # Ok::<(), shipgate_config::ConfigError>(())
//! ```

mod coverage;
mod environments;
mod error;
mod ledger;
mod level;
mod load;
mod migrations;
mod secrets;
mod server;
mod server_witness;
mod template;
mod version;
mod vulns;

pub use coverage::{CoverageConfig, FloorConfig};
pub use environments::{
    DeployConfig, DriverKind, EnvironmentPolicy, EnvironmentsConfig, FreezeWindow, GATES,
    PRODUCTION, SmokeCheck, SmokeMethod,
};
pub use error::ConfigError;
pub use ledger::LedgerConfig;
pub use level::{FailOn, RuleLevel, Strictness};
pub use load::{CONFIG_FILE_NAME, DEFAULT_CONFIG_TOML, find_config};
pub use migrations::{Dialect, MigrationsConfig};
pub use secrets::{SecretsAllowlist, SecretsConfig, SecretsFailOn, TestKeyLevel, VerifyMode};
pub use server::{
    OIDC_ALGORITHMS, OidcConditionConfig, OidcGroupConfig, OidcIssuerConfig, OidcRoleConfig,
    RateLimitConfig, SERVER_ROLES, ServerSection,
};
pub use server_witness::WitnessConfig;
pub use template::tailor;
pub use version::DbVersion;
pub use vulns::{Treatment, VulnThreshold, VulnsConfig};

use std::path::{Path, PathBuf};

use serde::Deserialize;

/// A parsed `shipgate.toml`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// The folder that holds the config file; every configured path is relative to it.
    #[serde(skip)]
    pub root: PathBuf,
    /// The file it was read from, if any.
    #[serde(skip)]
    pub path: Option<PathBuf>,
    /// The migration safety gate, `[migrations]`.
    #[serde(default)]
    pub migrations: MigrationsConfig,
    /// The dependency gate, `[vulns]`.
    #[serde(default)]
    pub vulns: VulnsConfig,
    /// The container gate, `[container]`.
    #[serde(default)]
    pub container: VulnsConfig,
    /// The coverage gate, `[coverage]`.
    #[serde(default)]
    pub coverage: CoverageConfig,
    /// The secret scanning gate, `[secrets]`.
    #[serde(default)]
    pub secrets: SecretsConfig,
    /// Where evidence is recorded, `[ledger]`.
    #[serde(default)]
    pub ledger: LedgerConfig,
    /// The release policy of each environment, `[environments.NAME]`.
    #[serde(default)]
    pub environments: EnvironmentsConfig,
    /// The audit API, `[server]`.
    #[serde(default)]
    pub server: ServerSection,
}

impl Config {
    /// The defaults, rooted at `root`, as used when no `shipgate.toml` exists.
    pub fn default_at(root: &Path) -> Self {
        Self {
            root: root.to_path_buf(),
            path: None,
            migrations: MigrationsConfig::default(),
            ledger: LedgerConfig::default(),
            coverage: CoverageConfig::default(),
            vulns: VulnsConfig::default(),
            secrets: SecretsConfig::default(),
            container: VulnsConfig::default(),
            environments: EnvironmentsConfig::default(),
            server: ServerSection::default(),
        }
    }

    /// Resolves a configured path against the config file's folder.
    pub fn resolve(&self, relative: &str) -> PathBuf {
        self.root.join(relative)
    }
}
