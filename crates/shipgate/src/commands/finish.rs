//! The end of every gate command: render every gate's report, including the
//! gates that could not run, record each as evidence when asked, and choose
//! the exit status.

use std::path::Path;

use shipgate_config::Config;
use shipgate_report::{Finding, GateReport, Location, RuleMeta, Severity, display_path};

use crate::cli::GlobalArgs;
use crate::exit::{CliError, ExitStatus};
use crate::output::emit;

/// A gate's run: its report, or the error that stopped it.
pub struct GateRun {
    /// The gate's name.
    pub gate: &'static str,
    /// The report, or why there is none.
    pub result: Result<GateReport, CliError>,
}

impl GateRun {
    /// Runs `gate` and keeps what it gave.
    pub fn of(gate: &'static str, run: impl FnOnce() -> Result<GateReport, CliError>) -> Self {
        Self {
            gate,
            result: run(),
        }
    }
}

/// Rule for a gate that could not run at all.
pub static GATE_ERROR: RuleMeta = RuleMeta {
    id: "gate-error",
    summary: "a gate could not run: its input could not be read, parsed or reached",
    default_severity: Severity::Error,
    doc: " ## What it does\n Reports a gate that stopped before it could check anything: a report file that cannot be read, a revision that does not exist, a history scan outside git.\n\n ## Why is this bad?\n A gate that did not run checked nothing. Its outcome is `error`, never `pass`, and the command exits with 2 (usage or configuration) or 3 (runtime), whatever the other gates found.\n\n ## Example\n `[coverage] report = \"build/coverage.xml\"` before the tests have written it.\n\n Use instead:\n fix what the message names; the hint says how.",
};

/// Renders the runs, records them with `--record`, and returns the exit
/// status: the worst error's when a gate could not run (3 over 2), else 1
/// when a gate failed, else 0.
pub fn finish(
    global: &GlobalArgs,
    config: &Config,
    runs: Vec<GateRun>,
    overall: bool,
) -> Result<ExitStatus, CliError> {
    let mut reports = Vec::with_capacity(runs.len());
    let mut errors: Vec<(usize, CliError)> = Vec::new();
    for run in runs {
        match run.result {
            Ok(report) => reports.push(report),
            Err(err) => {
                eprintln!("error: {}: {}", run.gate, err.message);
                if let Some(hint) = &err.hint {
                    eprintln!("\nhint: {hint}");
                }
                errors.push((reports.len(), err));
                reports.push(error_report(run.gate, &errors[errors.len() - 1].1, config));
            }
        }
    }
    let (status, rendered) = emit(global, &reports, overall)?;
    if global.record {
        let errored: Vec<Option<&str>> = (0..reports.len())
            .map(|i| {
                errors
                    .iter()
                    .find(|(at, _)| *at == i)
                    .map(|(_, e)| e.message.as_str())
            })
            .collect();
        super::record::record(global, config, &reports, &errored, &rendered)?;
    }
    let worst = errors
        .iter()
        .map(|(_, e)| e.status)
        .max_by_key(|s| match s {
            ExitStatus::Runtime => 3,
            ExitStatus::Usage => 2,
            ExitStatus::Failure => 1,
            ExitStatus::Success => 0,
        });
    // Written and recorded: the process ends next, and the operating system
    // reclaims the reports at once, faster than freeing each finding.
    std::mem::forget(reports);
    std::mem::forget(rendered);
    Ok(worst.unwrap_or(status))
}

/// The report of a gate that could not run: one `gate-error` finding, so
/// every output format says so. It is placed where the error is (a key of
/// the configuration, a line of a schema dump, a path that does not exist),
/// else at the configuration file in use, else at `shipgate.toml`, where
/// the gate would be configured.
fn error_report(gate: &str, err: &CliError, config: &Config) -> GateReport {
    let mut report = GateReport::new(gate, env!("CARGO_PKG_VERSION"), Severity::Error);
    report.rules.push(GATE_ERROR);
    let location = match &err.at {
        Some((path, line, column)) => {
            Location::new(display_path(&config.root, Path::new(path)), *line, *column)
        }
        // A configuration that is no file (`--config /dev/null`) is not
        // where the gate would be configured.
        None => Location::new(
            config.path.as_ref().filter(|p| p.is_file()).map_or_else(
                || "shipgate.toml".to_owned(),
                |p| display_path(&config.root, p),
            ),
            1,
            1,
        ),
    };
    let mut finding = Finding::new(
        GATE_ERROR.id,
        Severity::Error,
        format!("the {gate} gate could not run: {}", err.message),
        location,
    );
    if let Some(hint) = &err.hint {
        finding = finding.with_help(hint.clone());
    }
    report.push(finding);
    report.finish();
    report
}
