//! `shipgate completions SHELL`: the completion script, generated from the
//! command-line definitions so it never drifts from them.

use clap::CommandFactory;
use clap_complete::Shell;

use crate::cli::{Cli, GlobalArgs};
use crate::exit::{CliError, ExitStatus};
use crate::output::write_output;

/// Writes `shell`'s completion script for shipgate to stdout.
pub fn run(global: &GlobalArgs, shell: Shell) -> Result<ExitStatus, CliError> {
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut Cli::command(), "shipgate", &mut script);
    write_output(global, &String::from_utf8_lossy(&script))?;
    Ok(ExitStatus::Success)
}
