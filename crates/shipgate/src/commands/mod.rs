//! One module per command.

mod check;
mod coverage;
mod finish;
mod init;
mod ledger;
mod migrations;
mod record;
mod rules;
mod secrets;
mod vulns;

use crate::cli::{
    Cli, Command, CoverageCommand, MigrationsCommand, SecretsCommand, SecretsRulesCommand,
    VulnsCommand,
};
use crate::exit::{CliError, ExitStatus};

pub use rules::all as all_rules;

/// Runs the parsed command.
pub fn run(cli: &Cli) -> Result<ExitStatus, CliError> {
    match &cli.command {
        Command::Check(args) => check::run(&cli.global, args),
        Command::Migrations {
            command: MigrationsCommand::Check(args),
        } => migrations::run(&cli.global, args),
        Command::Vulns {
            command: VulnsCommand::Check(args),
        } => vulns::run(&cli.global, args, vulns::Kind::Dependencies),
        Command::Container {
            command: VulnsCommand::Check(args),
        } => vulns::run(&cli.global, args, vulns::Kind::Container),
        Command::Coverage {
            command: CoverageCommand::Check(args),
        } => coverage::run(&cli.global, args),
        Command::Secrets { command } => match command {
            SecretsCommand::Scan(args) => secrets::scan(&cli.global, args),
            SecretsCommand::Baseline(args) => secrets::baseline(&cli.global, args),
            SecretsCommand::Rules {
                command: SecretsRulesCommand::Check,
            } => secrets::rules_check(&cli.global),
        },
        Command::Ledger { command } => ledger::run(&cli.global, command),
        Command::Init(args) => init::run(&cli.global, args),
        Command::Rules => rules::list(&cli.global),
        Command::Rule(args) => rules::show(&cli.global, args),
    }
}
