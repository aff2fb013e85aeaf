use std::path::{Path, PathBuf};

use shipgate_config::Config;
use shipgate_coverage::{ConfigSource, check, parse};
use shipgate_report::GateReport;
use shipgate_report::display_path;

use crate::cli::{CoverageCheckArgs, GlobalArgs};
use crate::exit::{CliError, ExitStatus};
use crate::workspace::{current_dir, load_config};

/// `shipgate coverage check [FILE]`.
pub fn run(global: &GlobalArgs, args: &CoverageCheckArgs) -> Result<ExitStatus, CliError> {
    let config = load_config(global, &current_dir()?, false)?;
    let run = super::finish::GateRun::of("coverage", || gate(&config, args.file.as_deref()));
    super::finish::finish(global, &config, vec![run], false)
}

/// Runs the coverage gate on `file`, or on `[coverage] report`.
pub fn gate(config: &Config, file: Option<&Path>) -> Result<GateReport, CliError> {
    let coverage = &config.coverage;
    if coverage.lines.is_none() && coverage.branches.is_none() && coverage.floors.is_empty() {
        return Err(CliError::usage("no coverage floor is configured, so there is nothing to check")
            .hint("set `lines` under `[coverage]`, or add `[[coverage.floors]]` with a `path` and `lines` in shipgate.toml"));
    }
    let path: PathBuf = match (file, &coverage.report) {
        (Some(file), _) => file.to_path_buf(),
        (None, Some(report)) => config.resolve(report),
        (None, None) => {
            return Err(CliError::usage("no coverage report given")
                .hint("pass the report's path, or set `report` under `[coverage]`"));
        }
    };
    let root = config
        .root
        .canonicalize()
        .unwrap_or_else(|_| config.root.clone());
    let shown = display_path(&root, &path.canonicalize().unwrap_or_else(|_| path.clone()));
    let bytes = std::fs::read(&path).map_err(|e| {
        super::vulns::read_error("coverage report", &path, &e)
            .hint("run the tests with coverage first, or fix `[coverage] report`")
    })?;
    // The report exists but cannot be read as coverage: a runtime error (3).
    let report = parse(&bytes, &shown, &root).map_err(|e| {
        CliError::runtime(e.to_string()).hint("pass a Cobertura XML or LCOV report")
    })?;
    let (display, text) = match &config.path {
        Some(p) => (
            display_path(&root, &p.canonicalize().unwrap_or_else(|_| p.clone())),
            std::fs::read_to_string(p).unwrap_or_default(),
        ),
        None => ("shipgate.toml".to_owned(), String::new()),
    };
    Ok(check(
        &report,
        coverage,
        &shown,
        &ConfigSource {
            display: &display,
            text: &text,
        },
    ))
}
