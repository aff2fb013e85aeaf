use serde::Deserialize;

/// `[ledger]`: where gate evidence, approvals and deployments are recorded.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct LedgerConfig {
    /// `sqlite:PATH` (relative to the config file) or `postgres://...`.
    /// Default: `sqlite:.shipgate/ledger.db`.
    pub location: Option<String>,
    /// The service name entries carry. Default: the config file's folder name.
    pub service: Option<String>,
}
