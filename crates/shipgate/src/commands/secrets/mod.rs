//! `shipgate secrets scan|baseline|rules check`.

mod ruleset;

use std::path::{Path, PathBuf};

use shipgate_config::{Config, TestKeyLevel};
use shipgate_report::GateReport;
use shipgate_secrets::baseline::Baseline;
use shipgate_secrets::engine::Engine;
use shipgate_secrets::gate::{GateOptions, TestKeys, metas_of, report};
use shipgate_secrets::history::{Range, scan_history, scan_staged};
use shipgate_secrets::scan::{DEFAULT_MAX_FILE_SIZE, Limits, ScanOutcome};
use shipgate_secrets::tree::scan_tree;

use crate::cli::{GlobalArgs, SecretsBaselineArgs, SecretsScanArgs, SecretsTarget};
use crate::exit::{CliError, ExitStatus};
use crate::output::emit;
use crate::workspace::{current_dir, load_config};

pub use ruleset::rule_set;

/// The baseline written when neither `--file` nor `[secrets] baseline` names one.
const DEFAULT_BASELINE: &str = ".shipgate/secrets-baseline.json";

/// `shipgate secrets scan`.
pub fn scan(global: &GlobalArgs, args: &SecretsScanArgs) -> Result<ExitStatus, CliError> {
    let (config, root) = setup(global, &args.target)?;
    let baseline_path = args
        .baseline
        .clone()
        .or_else(|| config.secrets.baseline.as_ref().map(|b| config.resolve(b)));
    let (report, scope) = gate(
        &config,
        &root,
        &args.target,
        baseline_path.as_deref(),
        Scope::HistoryAlone,
    )?;
    note_scope(global, &scope, &report);
    let reports = [report];
    let (status, rendered) = emit(global, &reports, false)?;
    if global.record {
        super::record::record(global, &config, &reports, &rendered)?;
    }
    Ok(status)
}

/// `shipgate secrets baseline`: accepts every secret found now.
pub fn baseline(global: &GlobalArgs, args: &SecretsBaselineArgs) -> Result<ExitStatus, CliError> {
    let (config, root) = setup(global, &args.target)?;
    let file = args.file.clone().unwrap_or_else(|| {
        config
            .secrets
            .baseline
            .as_ref()
            .map_or_else(|| config.resolve(DEFAULT_BASELINE), |b| config.resolve(b))
    });
    let set = rule_set(&config)?;
    let engine = Engine::new(&set).map_err(|e| CliError::usage(e.to_string()))?;
    let outcome = run_scan(&engine, &config, &root, &args.target, Scope::HistoryAlone)?;
    let mut baseline = match Baseline::load(&file) {
        Ok(existing) => existing.emptied(),
        Err(_) if !file.exists() => {
            Baseline::new().map_err(|e| CliError::runtime(e.to_string()))?
        }
        Err(e) => {
            return Err(CliError::usage(e.to_string())
                .hint("fix the file, or delete it to start a new baseline"));
        }
    };
    for found in &outcome.found {
        baseline.insert(
            engine.rule_id(found.hit.rule),
            &found.hit.digest,
            &found.path,
        );
    }
    if let Some(parent) = file.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(parent)
            .map_err(|e| CliError::runtime(format!("cannot create `{}`: {e}", parent.display())))?;
    }
    std::fs::write(&file, baseline.to_json())
        .map_err(|e| CliError::runtime(format!("cannot write `{}`: {e}", file.display())))?;
    if !global.quiet {
        eprintln!(
            "wrote {} with {} accepted secrets ({})",
            file.display(),
            baseline.len(),
            outcome.scope
        );
    }
    Ok(ExitStatus::Success)
}

/// `shipgate secrets rules check`: every rule's examples match and no
/// negative example does, for the built-in rules and `[[secrets.rules]]`.
pub fn rules_check(global: &GlobalArgs) -> Result<ExitStatus, CliError> {
    let config = load_config(global, &current_dir()?, false)?;
    let set = rule_set(&config)?;
    let failures = set.check().map_err(|e| CliError::usage(e.to_string()))?;
    let examples: usize = set
        .rules
        .iter()
        .map(|r| r.examples.len() + r.negative_examples.len())
        .sum();
    if failures.is_empty() {
        println!("{} rules, {examples} examples: all hold", set.rules.len());
        Ok(ExitStatus::Success)
    } else {
        for failure in &failures {
            println!("{failure}");
        }
        println!("{} of {examples} examples fail", failures.len());
        Ok(ExitStatus::Failure)
    }
}

/// The secrets gate for `shipgate check`: the working tree, and the history
/// `[secrets]` asks for.
pub fn gate_from_config(global: &GlobalArgs, config: &Config) -> Result<GateReport, CliError> {
    let target = SecretsTarget {
        path: None,
        since_commit: config.secrets.since_commit.clone(),
        all_history: config.secrets.all_history,
        staged: false,
        max_file_size: None,
        exclude: Vec::new(),
    };
    let baseline = config.secrets.baseline.as_ref().map(|b| config.resolve(b));
    let (report, scope) = gate(
        config,
        &config.root,
        &target,
        baseline.as_deref(),
        Scope::TreeAndHistory,
    )?;
    note_scope(global, &scope, &report);
    Ok(report)
}

fn setup(global: &GlobalArgs, target: &SecretsTarget) -> Result<(Config, PathBuf), CliError> {
    let root = match &target.path {
        Some(path) => path
            .canonicalize()
            .map_err(|e| CliError::usage(format!("`{}`: {e}", path.display())))?,
        None => current_dir()?,
    };
    let start = if root.is_dir() {
        root.clone()
    } else {
        root.parent()
            .map_or_else(|| root.clone(), Path::to_path_buf)
    };
    let config = load_config(global, &start, false)?;
    Ok((config, root))
}

fn gate(
    config: &Config,
    root: &Path,
    target: &SecretsTarget,
    baseline_path: Option<&Path>,
    scope: Scope,
) -> Result<(GateReport, String), CliError> {
    let set = rule_set(config)?;
    let engine = Engine::new(&set).map_err(|e| CliError::usage(e.to_string()))?;
    let baseline = baseline_path
        .map(|p| {
            Baseline::load(p).map_err(|e| {
                CliError::usage(e.to_string())
                    .hint("write one with `shipgate secrets baseline`, or fix `[secrets] baseline`")
            })
        })
        .transpose()?;
    let outcome = run_scan(&engine, config, root, target, scope)?;
    let found: std::collections::HashSet<&str> = outcome
        .found
        .iter()
        .map(|f| engine.rule_id(f.hit.rule))
        .collect();
    let metas = metas_of(&set, |id| found.contains(id));
    let now = shipgate_ledger::time::now_rfc3339();
    let report = report(
        &engine,
        &metas,
        &outcome,
        &GateOptions {
            test_keys: match config.secrets.test_keys {
                TestKeyLevel::Info => TestKeys::Info,
                TestKeyLevel::Warning => TestKeys::Warning,
                TestKeyLevel::Off => TestKeys::Off,
            },
            baseline: baseline.as_ref(),
            tool_version: env!("CARGO_PKG_VERSION"),
            generated_at: now.trim_end_matches('Z'),
            format_time: shipgate_ledger::time::format_unix,
        },
    );
    Ok((report, outcome.scope))
}

fn run_scan(
    engine: &Engine,
    config: &Config,
    root: &Path,
    target: &SecretsTarget,
    scope: Scope,
) -> Result<ScanOutcome, CliError> {
    let limits = Limits {
        max_file_size: target
            .max_file_size
            .or(config.secrets.max_file_size)
            .unwrap_or(DEFAULT_MAX_FILE_SIZE),
    };
    let history_error = |e: shipgate_secrets::history::HistoryError| {
        CliError::usage(e.to_string())
            .hint("history scans need a git repository; `--since-commit` takes a commit, branch or tag such as `HEAD~10` or `origin/main`")
    };
    if target.staged {
        return scan_staged(engine, root, &limits).map_err(history_error);
    }
    let range = match (&target.since_commit, target.all_history) {
        (Some(rev), _) => Some(Range::Since(rev.clone())),
        (None, true) => Some(Range::All),
        (None, false) => None,
    };
    let mut excludes: Vec<String> = config.secrets.exclude.clone();
    excludes.extend(target.exclude.iter().cloned());
    excludes.extend(own_files(config, root));
    let exclude_set = shipgate_secrets::allow::glob_set(&excludes)
        .map_err(|e| CliError::usage(format!("`--exclude` / `[secrets] exclude`: {e}")))?;
    let tree = |engine: &Engine| {
        scan_tree(engine, root, Some(&exclude_set), &limits)
            .map_err(|e| CliError::usage(e.to_string()))
    };
    match range {
        Some(range) if scope == Scope::HistoryAlone => {
            scan_history(engine, root, &range, &limits).map_err(history_error)
        }
        Some(range) => {
            let history = scan_history(engine, root, &range, &limits).map_err(history_error)?;
            Ok(tree(engine)?.merge(history))
        }
        None => tree(engine),
    }
}

/// shipgate's own files under `root`, as globs: the config file (its rules'
/// examples look like secrets) and the baseline (its salt looks random).
fn own_files(config: &Config, root: &Path) -> Vec<String> {
    let root = root.canonicalize().unwrap_or_else(|_| root.to_path_buf());
    let baseline = config
        .secrets
        .baseline
        .as_deref()
        .unwrap_or(DEFAULT_BASELINE);
    [config.path.clone(), Some(config.resolve(baseline))]
        .into_iter()
        .flatten()
        .filter_map(|p| {
            let full = p
                .parent()
                .and_then(|d| d.canonicalize().ok())
                .map(|d| d.join(p.file_name().unwrap_or_default()))?;
            full.strip_prefix(&root).ok()?;
            Some(globset::escape(&shipgate_migrations::display_path(
                &root, &full,
            )))
        })
        .collect()
}

/// Whether a history scan also reads the working tree.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Scope {
    /// `secrets scan --since-commit/--all-history`: the commits alone.
    HistoryAlone,
    /// `shipgate check`: the working tree, and the configured history.
    TreeAndHistory,
}

/// Says on stderr what was scanned and skipped, unless `--quiet`.
fn note_scope(global: &GlobalArgs, scope: &str, report: &GateReport) {
    if global.quiet {
        return;
    }
    let stat = |k: &str| report.stats.get(k).copied().unwrap_or(0);
    eprintln!(
        "secrets: scanned {scope}; skipped {} binary, {} over the size limit, {} excluded",
        stat("skipped_binary"),
        stat("skipped_large"),
        stat("skipped_excluded")
    );
}
