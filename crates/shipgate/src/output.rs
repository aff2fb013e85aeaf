//! Writing reports: stdout or `--output`, colour decisions, broken pipes.

use std::io::{IsTerminal, Write};

use shipgate_report::{
    Format, GateReport, Outcome, RenderOptions, Rendered, render, render_pieces,
};

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
) -> Result<(ExitStatus, Rendered), CliError> {
    let format = Format::from(global.format);
    let options = RenderOptions {
        color: use_color(global),
        overall,
        summary_only: false,
    };
    let text =
        render_pieces(format, reports, &options).map_err(|e| CliError::usage(e.to_string()))?;
    write_rendered(global, &text)?;
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
    write_with(global, |out| out.write_all(text.as_bytes()))
}

/// Writes a rendered report to `--output` or stdout piece by piece, as
/// [`write_output`] writes text.
pub fn write_rendered(global: &GlobalArgs, text: &Rendered) -> Result<(), CliError> {
    write_with(global, |out| text.write_to(out))
}

fn write_with(
    global: &GlobalArgs,
    write: impl Fn(&mut dyn Write) -> std::io::Result<()>,
) -> Result<(), CliError> {
    if let Some(path) = &global.output {
        let cannot = |e: std::io::Error| {
            CliError::runtime(format!("cannot write `{}`: {e}", path.display()))
        };
        let mut file = std::fs::File::create(path).map_err(cannot)?;
        return write(&mut file).map_err(cannot);
    }
    let mut stdout = std::io::stdout().lock();
    match write(&mut stdout).and_then(|()| stdout.flush()) {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        Err(e) => Err(CliError::runtime(format!("cannot write to stdout: {e}"))),
        Ok(()) => Ok(()),
    }
}
