//! The command-line grammar: `shipgate <noun> <verb>`, plus top-level verbs.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

/// Release gates for regulated software.
#[derive(Debug, Parser)]
#[command(name = "shipgate", version, about, propagate_version = true)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,
    #[command(subcommand)]
    pub command: Command,
}

/// Flags every command takes.
#[derive(Debug, Args)]
pub struct GlobalArgs {
    /// Configuration file [default: the nearest shipgate.toml]
    #[arg(long, global = true, env = crate::env::SHIPGATE_CONFIG, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// Output format
    #[arg(long, global = true, value_enum, default_value_t = FormatArg::Text)]
    pub format: FormatArg,
    /// Write the report to FILE instead of stdout
    #[arg(long, short = 'o', global = true, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Print only findings; no notes on stderr
    #[arg(long, short, global = true, conflicts_with = "verbose")]
    pub quiet: bool,
    /// Explain what is being done on stderr
    #[arg(long, short, global = true)]
    pub verbose: bool,
    /// When to use colour
    #[arg(long, global = true, value_enum, default_value_t = ColorArg::Auto)]
    pub color: ColorArg,
}

/// `--format`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FormatArg {
    /// For people
    Text,
    /// Versioned JSON (see docs/json-output.md)
    Json,
    /// SARIF 2.1.0
    Sarif,
    /// GitLab Code Quality
    Gitlab,
    /// GitLab security report
    GitlabSecurity,
    /// JUnit XML
    Junit,
}

impl From<FormatArg> for shipgate_report::Format {
    fn from(format: FormatArg) -> Self {
        match format {
            FormatArg::Text => Self::Text,
            FormatArg::Json => Self::Json,
            FormatArg::Sarif => Self::Sarif,
            FormatArg::Gitlab => Self::Gitlab,
            FormatArg::GitlabSecurity => Self::GitlabSecurity,
            FormatArg::Junit => Self::Junit,
        }
    }
}

/// `--color`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorArg {
    /// Colour when writing to a terminal
    Auto,
    /// Always
    Always,
    /// Never
    Never,
}

/// The commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run every gate configured in shipgate.toml
    Check(CheckArgs),
    /// The migration safety gate
    Migrations {
        #[command(subcommand)]
        command: MigrationsCommand,
    },
    /// Write a commented shipgate.toml with every default
    Init(InitArgs),
    /// List the rules
    Rules,
    /// Print a rule's documentation
    Rule(RuleArgs),
}

/// `shipgate check`.
#[derive(Debug, Args)]
pub struct CheckArgs {
    /// The repository to check [default: the current directory]
    pub path: Option<PathBuf>,
}

/// `shipgate migrations <verb>`.
#[derive(Debug, Subcommand)]
pub enum MigrationsCommand {
    /// Check migrations for operations that lock, rewrite or destroy data
    Check(MigrationsCheckArgs),
}

/// The SQL dialect.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DialectArg {
    /// PostgreSQL
    Postgres,
    /// MySQL
    Mysql,
}

/// `shipgate migrations check`.
#[derive(Debug, Args)]
pub struct MigrationsCheckArgs {
    /// Migration files or folders [default: the configured folders]
    pub paths: Vec<PathBuf>,
    /// Check only migrations added or changed since REV (merge-request mode)
    #[arg(long, value_name = "REV")]
    pub changed_since: Option<String>,
    /// SQL dialect [default: from shipgate.toml, else postgres]
    #[arg(long, value_enum)]
    pub dialect: Option<DialectArg>,
    /// Server version, such as 15 or 8.0.29 [default: from shipgate.toml, else 15 / 8.0]
    #[arg(long, value_name = "VERSION")]
    pub db_version: Option<String>,
}

/// `shipgate init`.
#[derive(Debug, Args)]
pub struct InitArgs {
    /// Overwrite an existing shipgate.toml
    #[arg(long)]
    pub force: bool,
}

/// `shipgate rule`.
#[derive(Debug, Args)]
pub struct RuleArgs {
    /// The rule id, such as adding-required-column
    pub id: String,
}
