//! `shipgate secrets scan|baseline|rules check`.

mod ruleset;

use std::path::{Path, PathBuf};

use shipgate_config::{Config, Strictness, TestKeyLevel};
use shipgate_report::{GateReport, Severity};
use shipgate_secrets::baseline::Baseline;
use shipgate_secrets::engine::Engine;
use shipgate_secrets::gate::{GATE, GateOptions, TestKeys, metas_of, report};
use shipgate_secrets::history::{HistoryError, Range, scan_history, scan_staged};
use shipgate_secrets::scan::{DEFAULT_MAX_FILE_SIZE, Limits, ScanOutcome};
use shipgate_secrets::tree::{TreeError, scan_paths};

use crate::cli::{GlobalArgs, SecretsBaselineArgs, SecretsScanArgs, SecretsTarget};
use crate::exit::{CliError, ExitStatus};
use crate::workspace::{current_dir, load_config};

pub use ruleset::rule_set;

/// The baseline written when neither `--file` nor `[secrets] baseline` names one.
const DEFAULT_BASELINE: &str = ".shipgate/secrets-baseline.json";

/// `shipgate secrets scan`.
pub fn scan(global: &GlobalArgs, args: &SecretsScanArgs) -> Result<ExitStatus, CliError> {
    let (config, base) = setup(global, &args.target)?;
    let baseline_path = args
        .baseline
        .clone()
        .or_else(|| configured_baseline(&config));
    let plan = Plan::resolve(&config, &args.target, &base);
    let run = super::finish::GateRun::of(GATE, || {
        gate(global, &config, &plan, baseline_path.as_deref())
    });
    super::finish::finish(global, &config, vec![run], false)
}

/// `shipgate secrets baseline`: accepts every secret found now.
pub fn baseline(global: &GlobalArgs, args: &SecretsBaselineArgs) -> Result<ExitStatus, CliError> {
    let (config, base) = setup(global, &args.target)?;
    let file = args.file.clone().unwrap_or_else(|| {
        config
            .secrets
            .baseline
            .as_ref()
            .map_or_else(|| config.resolve(DEFAULT_BASELINE), |b| config.resolve(b))
    });
    let set = rule_set(&config)?;
    let engine = Engine::new(&set).map_err(|e| CliError::usage(e.to_string()))?;
    let plan = Plan::resolve(&config, &args.target, &base);
    let outcome = run_scan(&engine, &config, &plan)?;
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
            "wrote {} with {} ({})",
            file.display(),
            plural(baseline.len(), "accepted secret", "accepted secrets"),
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

/// The secrets gate for `shipgate check`: exactly what `shipgate secrets
/// scan` does in the config's folder with no flags.
pub fn gate_from_config(global: &GlobalArgs, config: &Config) -> Result<GateReport, CliError> {
    let target = SecretsTarget {
        paths: Vec::new(),
        since_commit: None,
        all_history: false,
        staged: false,
        max_file_size: None,
        exclude: Vec::new(),
    };
    let plan = Plan::resolve(config, &target, &config.root);
    gate(
        global,
        config,
        &plan,
        configured_baseline(config).as_deref(),
    )
}

/// The baseline `[secrets] baseline` names, else the default one when it
/// exists: written by `shipgate secrets baseline`, read without being asked,
/// as `.shipgate/waivers.toml` is.
fn configured_baseline(config: &Config) -> Option<PathBuf> {
    match &config.secrets.baseline {
        Some(b) => Some(config.resolve(b)),
        None => Some(config.resolve(DEFAULT_BASELINE)).filter(|p| p.is_file()),
    }
}

/// The config, and the folder scanned paths are reported relative to.
fn setup(global: &GlobalArgs, target: &SecretsTarget) -> Result<(Config, PathBuf), CliError> {
    let cwd = current_dir()?;
    let start = match target.paths.as_slice() {
        [one] if one.is_dir() => one.clone(),
        [one, ..] => one
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .map_or_else(|| cwd.clone(), Path::to_path_buf),
        [] => cwd.clone(),
    };
    let config = load_config(global, &start, false)?;
    let base = match target.paths.as_slice() {
        [one] if one.is_dir() => one.canonicalize().unwrap_or_else(|_| one.clone()),
        [] => cwd,
        _ => config.root.clone(),
    };
    Ok((config, base))
}

/// What one run of the secrets gate reads. `shipgate secrets scan` without
/// history flags, and `shipgate check`, read the same: the working tree and
/// the history `[secrets]` asks for.
struct Plan {
    /// Paths to read as they are now, reported relative to `base`.
    tree: Option<Vec<PathBuf>>,
    /// Git history to read.
    history: Option<Range>,
    /// The staged changes instead of anything else.
    staged: bool,
    /// The folder paths are reported relative to; history is that of the
    /// repository holding it.
    base: PathBuf,
    /// The size limit.
    max_file_size: u64,
    /// Globs never read: `[secrets] exclude` and `--exclude`.
    exclude: Vec<String>,
}

impl Plan {
    fn resolve(config: &Config, target: &SecretsTarget, base: &Path) -> Self {
        let paths = if target.paths.is_empty() {
            vec![base.to_path_buf()]
        } else {
            target.paths.clone()
        };
        let (tree, history) = if target.staged {
            (None, None)
        } else if let Some(rev) = &target.since_commit {
            (None, Some(Range::Since(rev.clone())))
        } else if target.all_history {
            (None, Some(Range::All))
        } else {
            let history = match (&config.secrets.since_commit, config.secrets.all_history) {
                (Some(rev), _) => Some(Range::Since(rev.clone())),
                (None, true) => Some(Range::All),
                (None, false) => None,
            };
            (Some(paths), history)
        };
        let mut exclude = config.secrets.exclude.clone();
        exclude.extend(target.exclude.iter().cloned());
        Self {
            tree,
            history,
            staged: target.staged,
            base: base.to_path_buf(),
            max_file_size: target
                .max_file_size
                .or(config.secrets.max_file_size)
                .unwrap_or(DEFAULT_MAX_FILE_SIZE),
            exclude,
        }
    }
}

fn gate(
    global: &GlobalArgs,
    config: &Config,
    plan: &Plan,
    baseline_path: Option<&Path>,
) -> Result<GateReport, CliError> {
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
    let outcome = run_scan(&engine, config, plan)?;
    let found: std::collections::HashSet<&str> = outcome
        .found
        .iter()
        .map(|f| engine.rule_id(f.hit.rule))
        .collect();
    let metas = metas_of(&set, |id| found.contains(id));
    let now = crate::clock::now();
    let strictness = |s: Strictness| match s {
        Strictness::Error => Severity::Error,
        Strictness::Warning => Severity::Warning,
    };
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
            format_time: crate::clock::format_unix,
            unreadable: strictness(config.secrets.unreadable),
            incomplete_history: strictness(config.secrets.incomplete_history),
            require_files: plan.tree.is_some(),
        },
    );
    note_scope(global, &outcome.scope, &report);
    Ok(report)
}

fn run_scan(engine: &Engine, config: &Config, plan: &Plan) -> Result<ScanOutcome, CliError> {
    let limits = Limits {
        max_file_size: plan.max_file_size,
    };
    if plan.staged {
        return scan_staged(engine, &plan.base, &limits).map_err(|e| {
            history_error(&e).hint(
                "`--staged` reads git's index: run it inside a git work tree, as a pre-commit hook does",
            )
        });
    }
    let mut outcome: Option<ScanOutcome> = None;
    if let Some(paths) = &plan.tree {
        let mut excludes = plan.exclude.clone();
        excludes.extend(own_files(config, &plan.base));
        let exclude_set = shipgate_secrets::allow::glob_set(&excludes)
            .map_err(|e| CliError::usage(format!("`--exclude` / `[secrets] exclude`: {e}")))?;
        let tree = scan_paths(engine, &plan.base, paths, Some(&exclude_set), &limits).map_err(
            |e| match e {
                TreeError::Missing(_) => CliError::usage(e.to_string()).hint(
                    "pass existing files or folders; without a path the current folder is scanned",
                ),
                TreeError::Unreadable { .. } => CliError::runtime(e.to_string()),
            },
        )?;
        outcome = Some(tree);
    }
    if let Some(range) = &plan.history {
        let history = scan_history(engine, &plan.base, range, &limits).map_err(|e| {
            let hint = match &e {
                HistoryError::UnknownRevision { .. } => {
                    "`--since-commit` (or `[secrets] since_commit`) takes a commit, branch or tag such as `HEAD~10` or `origin/main`; in a shallow CI clone, fetch it first"
                }
                _ => {
                    "history scans read a git repository: run shipgate inside one, or scan the files alone (no `--all-history` or `--since-commit`)"
                }
            };
            history_error(&e).hint(hint)
        })?;
        outcome = Some(match outcome {
            Some(tree) => tree.merge(history),
            None => history,
        });
    }
    Ok(outcome.unwrap_or_default())
}

/// A history error with the exit status DESIGN.md gives it: a revision that
/// names nothing is the user's (2); no repository, or git failing, is a
/// runtime error (3).
fn history_error(e: &HistoryError) -> CliError {
    match e {
        HistoryError::UnknownRevision { .. } => CliError::usage(e.to_string()),
        HistoryError::NotARepository { .. } | HistoryError::Git(_) => {
            CliError::runtime(e.to_string())
        }
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

/// `1 accepted secret`, `2 accepted secrets`.
fn plural(count: usize, one: &str, many: &str) -> String {
    format!("{count} {}", if count == 1 { one } else { many })
}
