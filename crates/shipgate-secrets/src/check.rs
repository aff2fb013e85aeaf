//! The secrets gate from configuration to report in one call: the rule set
//! `[secrets]` asks for, the baseline, the scan of a [`Target`] with
//! shipgate's own files left out, and the report. `shipgate secrets scan`,
//! `shipgate secrets baseline` and `shipgate check` all go through here.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use shipgate_config::{Config, SecretsFailOn, Strictness, TestKeyLevel, VerifyMode};
use shipgate_report::{GateReport, Severity, display_path};

use crate::baseline::{Baseline, BaselineError};
use crate::config::{RuleSetError, rule_set};
use crate::engine::Engine;
use crate::error::RuleError;
use crate::gate::{GateOptions, TestKeys, metas_of, report};
use crate::place::Reason;
use crate::rules::RuleSet;
use crate::scan::ScanOutcome;
use crate::target::{ScanError, Target};
use crate::verify::Verifier;

/// The baseline `shipgate secrets baseline` writes when neither `--file` nor
/// `[secrets] baseline` names one, relative to the config's folder.
pub const DEFAULT_BASELINE: &str = ".shipgate/secrets-baseline.json";

/// Why the gate could not run.
#[derive(Debug, thiserror::Error)]
pub enum CheckError {
    /// `[secrets]` asks for a rule set that cannot be built.
    #[error(transparent)]
    Rules(#[from] RuleSetError),
    /// A rule's pattern does not compile.
    #[error(transparent)]
    Engine(#[from] RuleError),
    /// The baseline exists (or is configured) and cannot be read.
    #[error(transparent)]
    Baseline(#[from] BaselineError),
    /// The target could not be scanned.
    #[error(transparent)]
    Scan(#[from] ScanError),
    /// `fail_on = "verified"` with no verification in this run: every
    /// finding would pass.
    #[error("`[secrets] fail_on = \"verified\"` needs verification, which is off in this run")]
    VerificationOff,
}

/// Whether this run asks providers about found credentials: `--verify`
/// (`forced`), or `[secrets] verify` (`local`: only where `in_ci` is false).
pub fn verifies(config: &Config, forced: bool, in_ci: bool) -> bool {
    forced
        || match config.secrets.verify {
            VerifyMode::Off => false,
            VerifyMode::Local => !in_ci,
            VerifyMode::Always => true,
        }
}

/// What the report needs from outside: the tool version, the clock, and
/// whether to ask providers about what it finds.
#[derive(Debug, Clone, Copy)]
pub struct Stamp<'a> {
    /// Whether found credentials are checked with their provider (see [`verifies`]).
    pub verify: bool,
    /// The tool version written in the report.
    pub tool_version: &'a str,
    /// The report time, `YYYY-MM-DDTHH:MM:SS`.
    pub generated_at: &'a str,
    /// Formats seconds since the Unix epoch as `YYYY-MM-DDTHH:MM:SSZ`.
    pub format_time: fn(u64) -> String,
}

/// What one run of the gate gives.
#[derive(Debug, Clone)]
pub struct Checked {
    /// The gate's report.
    pub report: GateReport,
    /// What was scanned, in words.
    pub scope: String,
    /// Matches not reported for a reason of place or shape: the first
    /// [`crate::scan::MAX_DROPPED_LISTED`]; the report's `dropped_*` stats
    /// count them all.
    pub left_out: Vec<LeftOut>,
}

/// A match the gate did not report, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LeftOut {
    /// The file, as findings name it.
    pub path: String,
    /// 1-based line.
    pub line: u32,
    /// The rule that matched.
    pub rule: String,
    /// Why it is not a secret there.
    pub reason: Reason,
    /// The first four characters and the length.
    pub redacted: String,
}

/// The baseline the gate reads without being asked: the one `[secrets]
/// baseline` names, else [`DEFAULT_BASELINE`] when it exists.
pub fn configured_baseline(config: &Config) -> Option<PathBuf> {
    match &config.secrets.baseline {
        Some(b) => Some(config.resolve(b)),
        None => Some(config.resolve(DEFAULT_BASELINE)).filter(|p| p.is_file()),
    }
}

/// The file `shipgate secrets baseline` writes: `[secrets] baseline`, else
/// [`DEFAULT_BASELINE`].
pub fn baseline_to_write(config: &Config) -> PathBuf {
    config.resolve(
        config
            .secrets
            .baseline
            .as_deref()
            .unwrap_or(DEFAULT_BASELINE),
    )
}

/// Runs the gate: scans `target` with the configured rules and reports what
/// it found, less what `baseline` accepted earlier.
pub fn check(
    config: &Config,
    target: &Target,
    baseline: Option<&Path>,
    stamp: Stamp<'_>,
) -> Result<Checked, CheckError> {
    if config.secrets.fail_on == SecretsFailOn::Verified && !stamp.verify {
        return Err(CheckError::VerificationOff);
    }
    let set = rule_set(config)?;
    let mut engine = Engine::new(&set)?;
    if stamp.verify {
        engine = engine.verifying(Verifier::new());
    }
    let baseline = baseline.map(Baseline::load).transpose()?;
    let outcome = scan(&engine, config, target)?;
    let report = report_of(
        &set,
        &engine,
        &outcome,
        config,
        target,
        baseline.as_ref(),
        stamp,
    );
    let left_out = outcome
        .dropped
        .iter()
        .map(|d| LeftOut {
            path: d.path.clone(),
            line: d.dropped.line,
            rule: engine.rule_id(d.dropped.rule).to_owned(),
            reason: d.dropped.reason,
            redacted: d.dropped.redacted.clone(),
        })
        .collect();
    Ok(Checked {
        report,
        scope: outcome.scope,
        left_out,
    })
}

/// Every secret found in `target` now, as a baseline that accepts them all.
/// An existing baseline at `file` keeps its salt and loses its entries; an
/// unreadable or malformed one is an error, never overwritten.
pub fn accept_all(
    config: &Config,
    target: &Target,
    file: &Path,
) -> Result<(Baseline, String), CheckError> {
    let set = rule_set(config)?;
    let engine = Engine::new(&set)?;
    let outcome = scan(&engine, config, target)?;
    let mut baseline = match Baseline::load(file) {
        Ok(existing) => existing.emptied(),
        Err(_) if !file.exists() => Baseline::new()?,
        Err(e) => return Err(e.into()),
    };
    for found in &outcome.found {
        baseline.insert(
            engine.rule_id(found.hit.rule),
            &found.hit.digest,
            &found.path,
        );
    }
    Ok((baseline, outcome.scope))
}

/// The gate report of a scan.
fn report_of(
    set: &RuleSet,
    engine: &Engine,
    outcome: &ScanOutcome,
    config: &Config,
    target: &Target,
    baseline: Option<&Baseline>,
    stamp: Stamp<'_>,
) -> GateReport {
    let found: HashSet<&str> = outcome
        .found
        .iter()
        .map(|f| engine.rule_id(f.hit.rule))
        .collect();
    let metas = metas_of(set, |id| found.contains(id));
    let severity = |s: Strictness| match s {
        Strictness::Error => Severity::Error,
        Strictness::Warning => Severity::Warning,
    };
    report(
        engine,
        &metas,
        outcome,
        &GateOptions {
            test_keys: match config.secrets.test_keys {
                TestKeyLevel::Info => TestKeys::Info,
                TestKeyLevel::Warning => TestKeys::Warning,
                TestKeyLevel::Off => TestKeys::Off,
            },
            baseline,
            tool_version: stamp.tool_version,
            generated_at: stamp.generated_at,
            format_time: stamp.format_time,
            unreadable: severity(config.secrets.unreadable),
            refused_are_warnings: config.secrets.fail_on == SecretsFailOn::Verified,
            incomplete_history: severity(config.secrets.incomplete_history),
            require_files: target.tree.is_some(),
        },
    )
}

/// Scans the target, with shipgate's own files left out.
fn scan(engine: &Engine, config: &Config, target: &Target) -> Result<ScanOutcome, ScanError> {
    target.scan(engine, &own_files(config, &target.base))
}

/// shipgate's own files under `root`, as globs: the config file (its rules'
/// examples look like secrets) and the baseline (its salt looks random).
fn own_files(config: &Config, root: &Path) -> Vec<String> {
    let root = root.canonicalize().unwrap_or_else(|_| root.to_path_buf());
    [config.path.clone(), Some(baseline_to_write(config))]
        .into_iter()
        .flatten()
        .filter_map(|p| {
            let full = p
                .parent()
                .and_then(|d| d.canonicalize().ok())
                .map(|d| d.join(p.file_name().unwrap_or_default()))?;
            full.strip_prefix(&root).ok()?;
            Some(globset::escape(&display_path(&root, &full)))
        })
        .collect()
}
