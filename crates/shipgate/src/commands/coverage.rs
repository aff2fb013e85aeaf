use std::path::Path;

use shipgate_config::Config;
use shipgate_coverage::RunError;
use shipgate_report::GateReport;

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
    shipgate_coverage::run(config, file).map_err(|e| {
        let error = if e.is_usage() {
            CliError::usage(e.to_string())
        } else {
            CliError::runtime(e.to_string())
        };
        match e {
            RunError::NoFloor => error.hint("set `lines` under `[coverage]`, or add `[[coverage.floors]]` with a `path` and `lines` in shipgate.toml"),
            RunError::NoReport => error.hint("pass the report's path, or set `report` under `[coverage]`"),
            RunError::Read { .. } => error.hint("run the tests with coverage first, or fix `[coverage] report`"),
            RunError::Parse(_) => error.hint("pass a Cobertura XML or LCOV report"),
        }
    })
}
