use std::path::Path;

use serde::Deserialize;
use toml::Spanned;

use crate::ConfigError;

/// How keys that move no money (Stripe `sk_test_`, `pk_live_`, sandbox keys) are reported.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum TestKeyLevel {
    /// As notes, which never fail the gate.
    #[default]
    Info,
    /// As warnings.
    Warning,
    /// Not at all.
    Off,
}

/// Whether found credentials are checked with their provider.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum VerifyMode {
    /// Never (the default): a scan sends nothing anywhere.
    #[default]
    Off,
    /// On developers' machines, not in CI (where `CI` is set).
    Local,
    /// Everywhere, CI included.
    Always,
}

/// Which findings fail the gate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SecretsFailOn {
    /// Every finding at error level (the default).
    #[default]
    Any,
    /// Not the credentials their provider refused (revoked, expired): they
    /// are warnings. Verified ones fail, and so do those no provider
    /// answered for (no answer is no proof). Needs verification on.
    Verified,
}

/// `[secrets]`: the secret scanning gate.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct SecretsConfig {
    /// Whether `shipgate check` runs this gate.
    pub enabled: bool,
    /// What `shipgate check` scans besides the working tree: every commit
    /// (`all_history = true`) ...
    pub all_history: bool,
    /// ... or the commits after this revision, such as `origin/main`.
    pub since_commit: Option<String>,
    /// Globs of paths, relative to the scanned folder, never scanned.
    pub exclude: Vec<String>,
    /// Files and blobs over this many bytes are skipped and counted (default 5 MiB).
    pub max_file_size: Option<u64>,
    /// How test-mode and publishable keys are reported.
    pub test_keys: TestKeyLevel,
    /// The baseline file of accepted secrets, relative to the config file.
    pub baseline: Option<String>,
    /// Built-in rule ids not to run.
    pub disable: Vec<Spanned<String>>,
    /// Allowlists: `[[secrets.allowlist]]`, for every rule or the rules named.
    pub allowlist: Vec<SecretsAllowlist>,
    /// More rules, in the built-in rules' format: `[[secrets.rules]]`.
    pub rules: Vec<Spanned<toml::Table>>,
    /// How a file or blob that could not be read is reported: `error`
    /// (default; it was not checked) or `warning`.
    pub unreadable: crate::Strictness,
    /// How missing history is reported when a history scan meets a shallow
    /// clone: `error` (default) or `warning`.
    pub incomplete_history: crate::Strictness,
    /// Whether found credentials are checked with their provider: `off`
    /// (default), `local` (not in CI) or `always`. `--verify` turns it on
    /// for one run.
    pub verify: VerifyMode,
    /// Which findings fail the gate: `any` (default) or `verified` (all but
    /// those the provider refused).
    pub fail_on: SecretsFailOn,
}

/// One `[[secrets.allowlist]]` entry.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct SecretsAllowlist {
    /// The rules it applies to; empty means every rule.
    pub rules: Vec<Spanned<String>>,
    /// Globs of repository-relative paths whose findings are ignored.
    pub paths: Vec<String>,
    /// Regexes; a secret matching one is ignored.
    pub regexes: Vec<String>,
    /// Words; a secret containing one (ignoring case) is ignored.
    pub stopwords: Vec<String>,
    /// Why; for reviewers.
    pub reason: Option<String>,
}

impl SecretsConfig {
    pub(crate) fn validate(&self, text: &str, path: &Path) -> Result<(), ConfigError> {
        if self.all_history && self.since_commit.is_some() {
            return Err(ConfigError::at_span(
                path,
                text,
                None,
                "`[secrets]` sets both `all_history` and `since_commit`; choose one",
            ));
        }
        if self.max_file_size == Some(0) {
            return Err(ConfigError::at_span(
                path,
                text,
                None,
                "`[secrets] max_file_size` must be more than 0 bytes",
            ));
        }
        for glob in self
            .exclude
            .iter()
            .chain(self.allowlist.iter().flat_map(|a| a.paths.iter()))
        {
            if let Err(e) = globset::Glob::new(glob) {
                return Err(ConfigError::at_span(
                    path,
                    text,
                    None,
                    format!("`[secrets]`: the glob `{glob}` is invalid: {e}"),
                ));
            }
        }
        Ok(())
    }
}
