//! The `shipgate` binary: command-line definitions, wiring, exit codes and
//! terminal output. The gates themselves live in their own crates.

mod ci;
mod cli;
mod clock;
mod commands;
mod env;
mod exit;
mod output;
mod workspace;

use std::process::ExitCode;

use clap::Parser;

pub use exit::ExitStatus;

/// Every rule of every gate, with its gate's name, sorted by gate then id:
/// what `shipgate rules` lists and the rule reference documents.
pub fn all_rules() -> Vec<(&'static str, &'static shipgate_report::RuleMeta)> {
    commands::all_rules()
}

/// The command-line definition: for the man pages and completion scripts
/// generated from it.
pub fn command() -> clap::Command {
    <cli::Cli as clap::CommandFactory>::command()
}

/// Starts the threads the gates' parallel work runs on: this thread and one
/// per other core, not a new thread per core beside it (one thread, stack and
/// heap less to start and touch). Every command calls the pool from this
/// thread. It is started first, before the command line is read: a thread
/// started later waits longer for its first memory (about 0.5 ms of a run,
/// measured on Lemmy's migrations).
fn start_pool() {
    let _ = rayon::ThreadPoolBuilder::new()
        .use_current_thread()
        .build_global();
}

/// Runs shipgate with the process's arguments and returns its exit code.
pub fn main() -> ExitCode {
    start_pool();

    let cli = match cli::Cli::try_parse() {
        Ok(cli) => cli,
        Err(err) => {
            let _ = err.print();
            return if err.use_stderr() {
                ExitStatus::Usage.into()
            } else {
                ExitStatus::Success.into()
            };
        }
    };
    match commands::run(&cli) {
        Ok(status) => status.into(),
        Err(err) => {
            eprintln!("error: {}", err.message);
            if let Some(hint) = &err.hint {
                eprintln!("\nhint: {hint}");
            }
            err.status.into()
        }
    }
}
