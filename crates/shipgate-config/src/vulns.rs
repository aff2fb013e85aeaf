use serde::Deserialize;

/// A severity threshold for the dependency and container gates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum VulnThreshold {
    /// Low and above.
    Low,
    /// Medium and above.
    Medium,
    /// High and above.
    High,
    /// Critical only.
    Critical,
}

/// Fail the gate, or only warn.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Treatment {
    /// Fail the gate.
    Fail,
    /// Report a warning.
    Warn,
}

/// `[vulns]` (dependencies) or `[container]` (images).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct VulnsConfig {
    /// Whether `shipgate check` runs this gate.
    pub enabled: bool,
    /// Scanner reports `shipgate check` reads, relative to the config file.
    pub reports: Vec<String>,
    /// The lowest severity that fails the gate (default: `critical` for
    /// dependencies, `high` for containers).
    pub fail_on: Option<VulnThreshold>,
    /// Advisories with no severity (default: `fail`).
    pub unknown_severity: Option<Treatment>,
    /// Abandoned or unmaintained packages (default: `warn`).
    pub abandoned: Option<Treatment>,
    /// The waivers file (default: `.shipgate/waivers.toml`).
    pub waivers: Option<String>,
    /// Lockfiles matched against the offline OSV database (dependencies only).
    pub lockfiles: Vec<String>,
    /// The offline OSV database: a folder of OSV JSON files or `all.zip` exports.
    pub osv_db: Option<String>,
}
