//! Reading the command line without defining every command first.
//!
//! The derived [`Cli::command`](clap::CommandFactory::command) defines the
//! flags of all eighteen commands and then copies the global flags into each
//! of them, before a single argument is read: on a check of a few hundred
//! files that was about a twentieth of the run. [`parse`] lists the commands
//! by name and description only, and defines a command's flags (from its
//! arguments' derived definition) once it is the one chosen
//! ([`clap::Command::defer`]). The derived definition stays whole for the
//! man pages and completion scripts; a test renders every help text both
//! ways and finds them the same.

use clap::{Args, CommandFactory, FromArgMatches};

use crate::cli::{
    ApproveArgs, CheckArgs, Cli, CommonArgs, CompletionsArgs, ContainerArgs, CoverageArgs,
    DeployArgs, InitArgs, LedgerCommandArgs, MigrationsArgs, RejectArgs, ReviewArgs, RollbackArgs,
    RuleArgs, RulesArgs, SecretsArgs, SmokeArgs, StatusArgs, VulnsArgs,
};

/// Reads the process's arguments as [`Cli`], as `Cli::try_parse` does.
pub fn parse() -> Result<Cli, clap::Error> {
    let mut matches = command().try_get_matches()?;
    // An argument that does not convert is reported against the whole
    // definition, as the derived parser reports it.
    Cli::from_arg_matches_mut(&mut matches).map_err(|err| err.format(&mut Cli::command()))
}

/// A command: its name, its line in `shipgate --help` (its variant's doc
/// comment), and its flags' definition.
type Entry = (
    &'static str,
    &'static str,
    fn(clap::Command) -> clap::Command,
);

/// Every command of [`crate::cli::Command`], in its order.
const COMMANDS: [Entry; 18] = [
    (
        "check",
        "Run every gate configured in shipgate.toml",
        CheckArgs::augment_args,
    ),
    (
        "migrations",
        "The migration safety gate",
        MigrationsArgs::augment_args,
    ),
    (
        "vulns",
        "The dependency gate: scanner reports against policy and waivers",
        VulnsArgs::augment_args,
    ),
    (
        "container",
        "The container gate: image scanner reports against policy and waivers",
        ContainerArgs::augment_args,
    ),
    (
        "secrets",
        "The secret scanning gate: working tree, git history, staged changes",
        SecretsArgs::augment_args,
    ),
    ("coverage", "The coverage gate", CoverageArgs::augment_args),
    (
        "ledger",
        "The tamper-evident ledger",
        LedgerCommandArgs::augment_args,
    ),
    (
        "status",
        "Whether a commit may be deployed to an environment: every requirement of its policy, met or missing",
        StatusArgs::augment_args,
    ),
    (
        "approve",
        "Approve a commit for an environment, if the policy lets you; records an approval entry",
        ApproveArgs::augment_args,
    ),
    (
        "reject",
        "Reject a commit for an environment; records a rejection that blocks it",
        RejectArgs::augment_args,
    ),
    (
        "deploy",
        "Deploy an image pinned by digest, if the environment's policy allows it now; records the deployment",
        DeployArgs::augment_args,
    ),
    (
        "rollback",
        "Redeploy the environment's last known-good image from the ledger; records the rollback",
        RollbackArgs::augment_args,
    ),
    (
        "smoke",
        "Run Hurl files and the environment's smoke checks against what runs there; records the result",
        SmokeArgs::augment_args,
    ),
    (
        "review",
        "Review a break-glass approval after the fact, under the same four-eyes rule; records the review",
        ReviewArgs::augment_args,
    ),
    (
        "init",
        "Write a commented shipgate.toml with every default",
        InitArgs::augment_args,
    ),
    ("rules", "List the rules", RulesArgs::augment_args),
    (
        "rule",
        "Print a rule's documentation",
        RuleArgs::augment_args,
    ),
    (
        "completions",
        "Print the shell completion script for bash, zsh, fish, powershell or elvish",
        CompletionsArgs::augment_args,
    ),
];

/// The definition [`parse`] reads with: the derived one's top level, and
/// each command's flags deferred until it is chosen.
fn command() -> clap::Command {
    // The global flags first: their doc comment would replace the about.
    let top = CommonArgs::augment_args(clap::Command::new("shipgate"))
        .about(env!("CARGO_PKG_DESCRIPTION"))
        .version(env!("CARGO_PKG_VERSION"))
        .long_version(crate::cli::LONG_VERSION)
        .propagate_version(true)
        .subcommand_required(true)
        .arg_required_else_help(true);
    COMMANDS.iter().fold(top, |top, &(name, about, define)| {
        top.subcommand(clap::Command::new(name).about(about).defer(define))
    })
}

#[cfg(test)]
mod tests {
    use clap::{CommandFactory, Parser};

    use super::command;
    use crate::cli::Cli;

    /// Every help text (`-h` and `--help` of every command, however deep),
    /// and the version, from a definition.
    fn texts(mut command: clap::Command) -> Vec<(String, String)> {
        fn walk(command: &mut clap::Command, path: &str, out: &mut Vec<(String, String)>) {
            out.push((format!("{path} -h"), command.render_help().to_string()));
            out.push((
                format!("{path} --help"),
                command.render_long_help().to_string(),
            ));
            out.push((format!("{path} -V"), command.render_version()));
            out.push((format!("{path} --version"), command.render_long_version()));
            for sub in command.get_subcommands_mut() {
                let path = format!("{path} {}", sub.get_name());
                walk(sub, &path, out);
            }
        }
        command.build();
        let mut out = Vec::new();
        walk(&mut command, "shipgate", &mut out);
        out
    }

    /// The lazily defined command line says what the derived one says,
    /// everywhere: same commands in the same order, same flags, same help,
    /// and `shipgate help <command>` prints the same. (The `help` command's
    /// own tree is made before the commands are defined, so its nested
    /// entries are compared by what `help` prints, not by their shape.)
    #[test]
    fn the_lazy_definition_is_the_derived_one() {
        let outside_help = |texts: Vec<(String, String)>| -> Vec<(String, String)> {
            texts
                .into_iter()
                .filter(|(path, _)| !path.split(' ').any(|word| word == "help"))
                .collect()
        };
        let derived = outside_help(texts(Cli::command()));
        let lazy = outside_help(texts(command()));
        let paths = |texts: &[(String, String)]| -> Vec<String> {
            texts.iter().map(|(path, _)| path.clone()).collect()
        };
        assert_eq!(paths(&derived), paths(&lazy));
        for ((path, want), (_, got)) in derived.iter().zip(&lazy) {
            assert_eq!(want, got, "{path}");
        }
        // `shipgate help a b` prints `shipgate a b --help`, both ways.
        let mut commands: Vec<&str> = derived
            .iter()
            .filter_map(|(path, _)| path.strip_suffix(" --help"))
            .collect();
        commands.dedup();
        for path in &commands {
            let argv: Vec<&str> = ["shipgate", "help"]
                .into_iter()
                .chain(path.split(' ').skip(1))
                .collect();
            let printed = |command: clap::Command| {
                command
                    .try_get_matches_from(&argv)
                    .map_or_else(|e| e.to_string(), |_| String::new())
            };
            assert_eq!(printed(Cli::command()), printed(command()), "{argv:?}");
        }
        // What is printed before any command is defined: the top-level
        // help, the version, and the errors of a missing or unknown command.
        for argv in [
            &["shipgate"][..],
            &["shipgate", "-h"],
            &["shipgate", "--help"],
            &["shipgate", "-V"],
            &["shipgate", "--version"],
            &["shipgate", "nope"],
            &["shipgate", "migration"],
        ] {
            let printed = |command: clap::Command| {
                command
                    .try_get_matches_from(argv)
                    .map_or_else(|e| (e.kind(), e.to_string()), |_| unreachable!())
            };
            assert_eq!(printed(Cli::command()), printed(command()), "{argv:?}");
        }
        // A command is found by its name alone: an alias or a hidden command
        // would have to be written in `COMMANDS` too.
        for sub in Cli::command().get_subcommands() {
            assert!(
                sub.get_all_aliases().next().is_none()
                    && sub.get_all_short_flag_aliases().next().is_none()
                    && sub.get_all_long_flag_aliases().next().is_none()
                    && !sub.is_hide_set(),
                "`shipgate {}` has an alias or is hidden: give `COMMANDS` the same",
                sub.get_name()
            );
        }
        // Deep commands are among those compared.
        assert!(
            commands.contains(&"shipgate ledger token create"),
            "{} commands compared",
            commands.len()
        );
    }

    /// The arguments read are the same: a command, its flags, a global flag.
    #[test]
    fn arguments_are_read_alike() {
        for argv in [
            &[
                "shipgate",
                "migrations",
                "check",
                "--dialect",
                "mysql",
                "a.sql",
            ][..],
            &["shipgate", "--quiet", "check", "."],
            &["shipgate", "ledger", "--format", "json", "log"],
            &["shipgate", "rules", "--format", "json"],
        ] {
            let derived = Cli::try_parse_from(argv).map(|cli| format!("{cli:?}"));
            let lazy = command()
                .try_get_matches_from(argv)
                .and_then(|mut m| <Cli as clap::FromArgMatches>::from_arg_matches_mut(&mut m))
                .map(|cli| format!("{cli:?}"));
            assert_eq!(
                derived.as_ref().ok(),
                lazy.as_ref().ok(),
                "{argv:?}: {derived:?} / {lazy:?}"
            );
            assert!(derived.is_ok(), "{argv:?}: {derived:?}");
        }
        // Arguments that are refused are refused alike, with the same words.
        for argv in [
            &["shipgate", "status"][..],
            &["shipgate", "migrations", "check", "--dialect", "nope"],
            &["shipgate", "migrations"],
            &["shipgate", "ledger", "show", "not-a-number"],
            &["shipgate", "rule"],
        ] {
            let refused = |result: Result<clap::ArgMatches, clap::Error>| {
                result.map_or_else(|e| Some((e.kind(), e.to_string())), |_| None)
            };
            let derived = refused(Cli::command().try_get_matches_from(argv));
            assert!(derived.is_some(), "{argv:?} is accepted");
            assert_eq!(
                derived,
                refused(command().try_get_matches_from(argv)),
                "{argv:?}"
            );
        }
        // A flag of another command is refused, as before.
        assert!(Cli::try_parse_from(["shipgate", "rules", "--dialect", "mysql"]).is_err());
        assert!(
            command()
                .try_get_matches_from(["shipgate", "rules", "--dialect", "mysql"])
                .is_err()
        );
    }
}
