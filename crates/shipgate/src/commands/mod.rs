//! One module per command.

mod check;
mod coverage;
mod init;
mod ledger;
mod migrations;
mod record;
mod rules;

use crate::cli::{Cli, Command, CoverageCommand, MigrationsCommand};
use crate::exit::{CliError, ExitStatus};

/// Runs the parsed command.
pub fn run(cli: &Cli) -> Result<ExitStatus, CliError> {
    match &cli.command {
        Command::Check(args) => check::run(&cli.global, args),
        Command::Migrations {
            command: MigrationsCommand::Check(args),
        } => migrations::run(&cli.global, args),
        Command::Coverage {
            command: CoverageCommand::Check(args),
        } => coverage::run(&cli.global, args),
        Command::Ledger { command } => ledger::run(&cli.global, command),
        Command::Init(args) => init::run(&cli.global, args),
        Command::Rules => rules::list(&cli.global),
        Command::Rule(args) => rules::show(&cli.global, args),
    }
}
