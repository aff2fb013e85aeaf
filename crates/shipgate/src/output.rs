//! Writing reports: stdout or `--output`, colour decisions, broken pipes.

use std::io::{IsTerminal, Write};

use shipgate_report::{Format, GateReport, Outcome, RenderOptions, render};

use crate::cli::{ColorArg, GlobalArgs};
use crate::exit::{CliError, ExitStatus};

/// Whether to colour text written to stdout.
fn use_color(global: &GlobalArgs) -> bool {
    match global.color {
        ColorArg::Always => true,
        ColorArg::Never => false,
        ColorArg::Auto => {
            global.output.is_none()
                && std::env::var_os(crate::env::NO_COLOR).is_none()
                && std::io::stdout().is_terminal()
        }
    }
}

/// Renders the reports in the chosen format and writes them; returns the exit
/// status and the rendered report.
pub fn emit(
    global: &GlobalArgs,
    reports: &[GateReport],
    overall: bool,
) -> Result<(ExitStatus, String), CliError> {
    let format = Format::from(global.format);
    let options = RenderOptions {
        color: use_color(global),
        overall,
        summary_only: false,
    };
    let text = render(format, reports, &options).map_err(|e| CliError::usage(e.to_string()))?;
    write_output(global, &text)?;
    if global.output.is_some() && !global.quiet {
        let summary = render(
            Format::Text,
            reports,
            &RenderOptions {
                color: false,
                overall,
                summary_only: true,
            },
        )
        .map_err(|e| CliError::runtime(e.to_string()))?;
        eprint!("{summary}");
    }
    let outcome = Outcome::worst(reports.iter().map(GateReport::outcome));
    let status = if outcome == Outcome::Fail {
        ExitStatus::Failure
    } else {
        ExitStatus::Success
    };
    Ok((status, text))
}

/// Writes `text` to `--output` or stdout. A closed pipe (`| head`) is not an error.
pub fn write_output(global: &GlobalArgs, text: &str) -> Result<(), CliError> {
    if let Some(path) = &global.output {
        return std::fs::write(path, text)
            .map_err(|e| CliError::runtime(format!("cannot write `{}`: {e}", path.display())));
    }
    let mut stdout = std::io::stdout().lock();
    match stdout
        .write_all(text.as_bytes())
        .and_then(|()| stdout.flush())
    {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        Err(e) => Err(CliError::runtime(format!("cannot write to stdout: {e}"))),
        Ok(()) => Ok(()),
    }
}
