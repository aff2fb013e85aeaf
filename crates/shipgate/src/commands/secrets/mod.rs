//! `shipgate secrets scan|baseline|rules check`.

use std::path::{Path, PathBuf};

use shipgate_config::{Config, Strictness, TestKeyLevel};
use shipgate_report::{GateReport, Severity};
use shipgate_secrets::baseline::Baseline;
use shipgate_secrets::config::{RuleSetError, rule_set};
use shipgate_secrets::engine::Engine;
use shipgate_secrets::gate::{GATE, GateOptions, TestKeys, metas_of, report};
use shipgate_secrets::history::HistoryError;
use shipgate_secrets::rules::RuleSet;
use shipgate_secrets::scan::ScanOutcome;
use shipgate_secrets::target::{Request, ScanError, Target};
use shipgate_secrets::tree::TreeError;

use crate::cli::{GlobalArgs, SecretsBaselineArgs, SecretsScanArgs, SecretsTarget};
use crate::exit::{CliError, ExitStatus};
use crate::workspace::{current_dir, load_config};

/// The baseline written when neither `--file` nor `[secrets] baseline` names one.
const DEFAULT_BASELINE: &str = ".shipgate/secrets-baseline.json";

/// `shipgate secrets scan`.
pub fn scan(global: &GlobalArgs, args: &SecretsScanArgs) -> Result<ExitStatus, CliError> {
    let (config, base) = setup(global, &args.target)?;
    let baseline_path = args
        .baseline
        .clone()
        .or_else(|| configured_baseline(&config));
    let target = Target::resolve(&config.secrets, &request(&args.target), &base);
    let run = super::finish::GateRun::of(GATE, || {
        gate(global, &config, &target, baseline_path.as_deref())
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
    let set = configured_rules(&config)?;
    let engine = Engine::new(&set).map_err(|e| CliError::usage(e.to_string()))?;
    let target = Target::resolve(&config.secrets, &request(&args.target), &base);
    let outcome = run_scan(&engine, &config, &target)?;
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
    let set = configured_rules(&config)?;
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
    let target = Target::resolve(&config.secrets, &Request::default(), &config.root);
    gate(
        global,
        config,
        &target,
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

/// The request the command line makes.
fn request(target: &SecretsTarget) -> Request {
    Request {
        paths: target.paths.clone(),
        since_commit: target.since_commit.clone(),
        all_history: target.all_history,
        staged: target.staged,
        max_file_size: target.max_file_size,
        exclude: target.exclude.clone(),
    }
}

/// The rule set `[secrets]` asks for.
fn configured_rules(config: &Config) -> Result<RuleSet, CliError> {
    rule_set(config).map_err(|e| match e {
        RuleSetError::Config(e) => e.into(),
        RuleSetError::Builtin(_) => CliError::runtime(e.to_string()),
    })
}

fn gate(
    global: &GlobalArgs,
    config: &Config,
    target: &Target,
    baseline_path: Option<&Path>,
) -> Result<GateReport, CliError> {
    let set = configured_rules(config)?;
    let engine = Engine::new(&set).map_err(|e| CliError::usage(e.to_string()))?;
    let baseline = baseline_path
        .map(|p| {
            Baseline::load(p).map_err(|e| {
                CliError::usage(e.to_string())
                    .hint("write one with `shipgate secrets baseline`, or fix `[secrets] baseline`")
            })
        })
        .transpose()?;
    let outcome = run_scan(&engine, config, target)?;
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
            require_files: target.tree.is_some(),
        },
    );
    note_scope(global, &outcome.scope, &report);
    Ok(report)
}

/// Scans the target, with shipgate's own files left out.
fn run_scan(engine: &Engine, config: &Config, target: &Target) -> Result<ScanOutcome, CliError> {
    let own = own_files(config, &target.base);
    target
        .scan(engine, &own)
        .map_err(|e| scan_error(&e, target))
}

/// A scan error with the exit status DESIGN.md gives it and what to do: a
/// path or revision that names nothing is the user's (2); no repository, or
/// git failing, is a runtime error (3).
fn scan_error(e: &ScanError, target: &Target) -> CliError {
    match e {
        ScanError::Tree(TreeError::Missing(_)) => CliError::usage(e.to_string())
            .hint("pass existing files or folders; without a path the current folder is scanned"),
        ScanError::Tree(TreeError::Unreadable { .. }) => CliError::runtime(e.to_string()),
        ScanError::Exclude(_) => {
            CliError::usage(format!("`--exclude` / `[secrets] exclude`: {e}"))
        }
        ScanError::History(HistoryError::UnknownRevision { .. }) => CliError::usage(e.to_string()).hint(
            "`--since-commit` (or `[secrets] since_commit`) takes a commit, branch or tag such as `HEAD~10` or `origin/main`; in a shallow CI clone, fetch it first",
        ),
        ScanError::History(_) if target.staged => CliError::runtime(e.to_string()).hint(
            "`--staged` reads git's index: run it inside a git work tree, as a pre-commit hook does",
        ),
        ScanError::History(_) => CliError::runtime(e.to_string()).hint(
            "history scans read a git repository: run shipgate inside one, or scan the files alone (no `--all-history` or `--since-commit`)",
        ),
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
            Some(globset::escape(&shipgate_report::display_path(
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
