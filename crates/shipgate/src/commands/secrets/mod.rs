//! `shipgate secrets scan|baseline|rules check`.

use std::path::{Path, PathBuf};

use shipgate_config::Config;
use shipgate_report::GateReport;
use shipgate_secrets::baseline::BaselineError;
use shipgate_secrets::check::{
    CheckError, Stamp, accept_all, baseline_to_write, check, configured_baseline, verifies,
};
use shipgate_secrets::config::{RuleSetError, rule_set};
use shipgate_secrets::gate::GATE;
use shipgate_secrets::history::HistoryError;
use shipgate_secrets::rules::RuleSet;
use shipgate_secrets::target::{Request, ScanError, Target};
use shipgate_secrets::tree::TreeError;

use crate::cli::{GlobalArgs, SecretsBaselineArgs, SecretsScanArgs, SecretsTarget};
use crate::exit::{CliError, ExitStatus};
use crate::workspace::{current_dir, load_config};

/// `shipgate secrets scan`.
pub fn scan(global: &GlobalArgs, args: &SecretsScanArgs) -> Result<ExitStatus, CliError> {
    let (config, base) = setup(global, &args.target)?;
    let baseline = args
        .baseline
        .clone()
        .or_else(|| configured_baseline(&config));
    let target = Target::resolve(&config.secrets, &request(&args.target), &base);
    let run = super::finish::GateRun::of(GATE, || {
        gate(global, &config, &target, baseline.as_deref(), args.verify)
    });
    super::finish::finish(global, &config, vec![run], false)
}

/// `shipgate secrets baseline`: accepts every secret found now.
pub fn baseline(global: &GlobalArgs, args: &SecretsBaselineArgs) -> Result<ExitStatus, CliError> {
    let (config, base) = setup(global, &args.target)?;
    let file = args
        .file
        .clone()
        .unwrap_or_else(|| baseline_to_write(&config));
    let target = Target::resolve(&config.secrets, &request(&args.target), &base);
    let (baseline, scope) = accept_all(&config, &target, &file).map_err(|e| match e {
        CheckError::Baseline(e @ (BaselineError::Format { .. } | BaselineError::Read { .. })) => {
            CliError::usage(e.to_string())
                .hint("fix the file, or delete it to start a new baseline")
        }
        e => check_error(e, &target),
    })?;
    if let Some(parent) = file.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(parent)
            .map_err(|e| CliError::runtime(format!("cannot create `{}`: {e}", parent.display())))?;
    }
    std::fs::write(&file, baseline.to_json())
        .map_err(|e| CliError::runtime(format!("cannot write `{}`: {e}", file.display())))?;
    if !global.quiet {
        eprintln!(
            "wrote {} with {} ({scope})",
            file.display(),
            plural(baseline.len(), "accepted secret", "accepted secrets"),
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
        false,
    )
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
    rule_set(config).map_err(rules_error)
}

/// A rule set that cannot be built: the config's fault (2) or this build's (3).
fn rules_error(e: RuleSetError) -> CliError {
    match e {
        RuleSetError::Config(e) => e.into(),
        RuleSetError::Builtin(_) => CliError::runtime(e.to_string()),
    }
}

fn gate(
    global: &GlobalArgs,
    config: &Config,
    target: &Target,
    baseline: Option<&Path>,
    verify: bool,
) -> Result<GateReport, CliError> {
    let now = crate::clock::now();
    let in_ci = std::env::var_os("CI").is_some_and(|v| !v.is_empty());
    let stamp = Stamp {
        verify: verifies(config, verify, in_ci),
        tool_version: env!("CARGO_PKG_VERSION"),
        generated_at: now.trim_end_matches('Z'),
        format_time: crate::clock::format_unix,
    };
    let checked = check(config, target, baseline, stamp).map_err(|e| check_error(e, target))?;
    note_scope(global, &checked.scope, &checked.report);
    if global.verbose {
        for left in &checked.left_out {
            eprintln!(
                "secrets: not reported: {}:{} {} `{}`: {}",
                left.path,
                left.line,
                left.rule,
                left.redacted,
                left.reason.describe()
            );
        }
    }
    Ok(checked.report)
}

/// The gate's error with the exit status DESIGN.md gives it and what to do.
fn check_error(e: CheckError, target: &Target) -> CliError {
    match e {
        CheckError::Rules(e) => rules_error(e),
        CheckError::Engine(e) => CliError::usage(e.to_string()),
        CheckError::Baseline(e @ BaselineError::Salt(_)) => CliError::runtime(e.to_string()),
        CheckError::Baseline(e) => CliError::usage(e.to_string())
            .hint("write one with `shipgate secrets baseline`, or fix `[secrets] baseline`"),
        CheckError::Scan(e) => scan_error(&e, target),
        e @ CheckError::VerificationOff => CliError::usage(e.to_string()).hint(
            "pass `--verify`, or set `verify = \"always\"` under `[secrets]` (`local` does not verify in CI)",
        ),
    }
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
