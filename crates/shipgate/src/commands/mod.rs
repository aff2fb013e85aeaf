//! One module per command.

mod check;
mod completions;
mod coverage;
mod finish;
mod handle;
mod init;
mod ledger;
mod migrations;
mod migrations_trace;
mod record;
mod release;
mod remote;
mod rules;
mod secrets;
mod vulns;

use crate::cli::{
    Cli, Command, ContainerArgs, CoverageArgs, CoverageCommand, GlobalArgs, LedgerCommandArgs,
    MigrationsArgs, MigrationsCommand, ReportArgs, SecretsArgs, SecretsCommand,
    SecretsRulesCommand, VulnsArgs, VulnsCommand,
};
use crate::exit::{CliError, ExitStatus};

pub use rules::all as all_rules;

/// Runs the parsed command.
pub fn run(cli: &Cli) -> Result<ExitStatus, CliError> {
    let common = &cli.common;
    let report = |args: &ReportArgs| GlobalArgs::report(common, args);
    match &cli.command {
        Command::Check(args) => check::run(&report(&args.report), args),
        Command::Migrations(MigrationsArgs { command }) => match command {
            MigrationsCommand::Check(args) => migrations::run(&report(&args.report), args),
            MigrationsCommand::Trace(args) => migrations_trace::run(&report(&args.report), args),
            MigrationsCommand::Snapshot(args) => {
                migrations::snapshot(&GlobalArgs::common(common), args)
            }
        },
        Command::Vulns(VulnsArgs {
            command: VulnsCommand::Check(args),
        }) => vulns::run(&report(&args.report), args, vulns::Kind::Dependencies),
        Command::Container(ContainerArgs {
            command: VulnsCommand::Check(args),
        }) => vulns::run(&report(&args.report), args, vulns::Kind::Container),
        Command::Coverage(CoverageArgs {
            command: CoverageCommand::Check(args),
        }) => coverage::run(&report(&args.report), args),
        Command::Secrets(SecretsArgs { command }) => match command {
            SecretsCommand::Scan(args) => secrets::scan(&report(&args.report), args),
            SecretsCommand::Baseline(args) => secrets::baseline(&GlobalArgs::common(common), args),
            SecretsCommand::Rules {
                command: SecretsRulesCommand::Check,
            } => secrets::rules_check(&GlobalArgs::common(common)),
        },
        Command::Ledger(LedgerCommandArgs { args, command }) => {
            ledger::run(&GlobalArgs::ledger(common, args), command)
        }
        Command::Status(args) => {
            release::status(&GlobalArgs::release(common, &args.release.out), args)
        }
        Command::Approve(args) => {
            release::approve(&GlobalArgs::release(common, &args.release.out), args)
        }
        Command::Reject(args) => {
            release::reject(&GlobalArgs::release(common, &args.release.out), args)
        }
        Command::Deploy(args) => {
            release::deploy(&GlobalArgs::release(common, &args.release.out), args)
        }
        Command::Rollback(args) => release::rollback(&GlobalArgs::release(common, &args.out), args),
        Command::Smoke(args) => release::smoke(&GlobalArgs::release(common, &args.out), args),
        Command::Review(args) => release::review(&GlobalArgs::release(common, &args.out), args),
        Command::Init(args) => init::run(&GlobalArgs::common(common), args),
        Command::Rules(args) => rules::list(&GlobalArgs::format(common, &args.format)),
        Command::Rule(args) => rules::show(&GlobalArgs::format(common, &args.format), args),
        Command::Completions(args) => completions::run(&GlobalArgs::common(common), args.shell),
    }
}
