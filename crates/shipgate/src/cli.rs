//! The command-line grammar: `shipgate <noun> <verb>`, plus top-level verbs.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

/// `shipgate --version`: the version, the commit and the build date.
pub(crate) const LONG_VERSION: &str = concat!(
    env!("CARGO_PKG_VERSION"),
    " (commit ",
    env!("SHIPGATE_COMMIT"),
    ", built ",
    env!("SHIPGATE_BUILD_DATE"),
    ")"
);

/// Release gates for regulated software.
#[derive(Debug, Parser)]
#[command(name = "shipgate", version, long_version = LONG_VERSION, about, propagate_version = true)]
pub struct Cli {
    #[command(flatten)]
    pub common: CommonArgs,
    #[command(subcommand)]
    pub command: Command,
}

/// Print the shell completion script for bash, zsh, fish, powershell or elvish
#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

/// Flags every command takes.
#[derive(Debug, Args)]
pub struct CommonArgs {
    /// Configuration file [default: the nearest shipgate.toml]
    #[arg(long, global = true, env = crate::env::SHIPGATE_CONFIG, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// Print only findings; no notes on stderr
    #[arg(long, short, global = true, conflicts_with = "verbose")]
    pub quiet: bool,
    /// Explain what is being done on stderr
    #[arg(long, short, global = true)]
    pub verbose: bool,
    /// When to use colour: auto (on a terminal), always or never
    #[arg(long, global = true, value_enum, default_value_t = ColorArg::Auto, hide_possible_values = true)]
    pub color: ColorArg,
    /// `--format` before the command, as earlier releases took it; hidden,
    /// so each command's help lists only the flags it takes.
    #[arg(long = "format", value_enum, hide = true)]
    pub early_format: Option<FormatArg>,
    /// `--output` before the command (hidden).
    #[arg(long = "output", value_name = "FILE", hide = true)]
    pub early_output: Option<PathBuf>,
    /// `--ledger` before the command (hidden).
    #[arg(long = "ledger", value_name = "LOCATION", hide = true)]
    pub early_ledger: Option<String>,
    /// `--record` before the command (hidden).
    #[arg(long = "record", hide = true)]
    pub early_record: bool,
}

/// How a gate's report is written, and whether it is recorded: the flags of
/// the commands that run gates.
#[derive(Debug, Args, Default)]
pub struct ReportArgs {
    /// Output format
    #[arg(long, value_enum, default_value_t = FormatArg::Text)]
    pub format: FormatArg,
    /// Write the report to FILE instead of stdout
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// The ledger --record writes to: sqlite:PATH or postgres://... [default: `[ledger] location`, else sqlite:.shipgate/ledger.db]
    #[arg(long, env = crate::env::SHIPGATE_LEDGER, value_name = "LOCATION")]
    pub ledger: Option<String>,
    /// Record each gate's result as evidence in the ledger
    #[arg(long)]
    pub record: bool,
}

/// The flags of every `shipgate ledger` command.
#[derive(Debug, Args)]
pub struct LedgerArgs {
    /// The ledger: sqlite:PATH or postgres://... [default: `[ledger] location`, else sqlite:.shipgate/ledger.db]
    #[arg(long, global = true, env = crate::env::SHIPGATE_LEDGER, value_name = "LOCATION")]
    pub ledger: Option<String>,
    /// Output format: text, or json where the verb writes it
    #[arg(long, global = true, value_enum, default_value_t = ListFormatArg::Text, hide_possible_values = true)]
    pub format: ListFormatArg,
    /// Write to FILE instead of stdout
    #[arg(long, short = 'o', global = true, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

/// `--format` of the commands that print a list or a document.
#[derive(Debug, Args)]
pub struct FormatArgs {
    /// Output format: text or json
    #[arg(long, value_enum, default_value_t = ListFormatArg::Text, hide_possible_values = true)]
    pub format: ListFormatArg,
}

/// `--format` of commands that write text or JSON only.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum, Default)]
pub enum ListFormatArg {
    /// For people
    #[default]
    Text,
    /// JSON
    Json,
}

impl From<ListFormatArg> for FormatArg {
    fn from(format: ListFormatArg) -> Self {
        match format {
            ListFormatArg::Text => Self::Text,
            ListFormatArg::Json => Self::Json,
        }
    }
}

/// Every flag a command may read, gathered from the parts of the command
/// line that carry them; a flag the command does not take has its default.
#[derive(Debug, Default)]
pub struct GlobalArgs {
    /// `--config`.
    pub config: Option<PathBuf>,
    /// `--format`.
    pub format: FormatArg,
    /// `--output`.
    pub output: Option<PathBuf>,
    /// `--quiet`.
    pub quiet: bool,
    /// `--verbose`.
    pub verbose: bool,
    /// `--color`.
    pub color: ColorArg,
    /// `--ledger`.
    pub ledger: Option<String>,
    /// `--record`.
    pub record: bool,
}

impl GlobalArgs {
    /// The common flags alone, with any flag given before the command.
    pub fn common(common: &CommonArgs) -> Self {
        Self {
            config: common.config.clone(),
            quiet: common.quiet,
            verbose: common.verbose,
            color: common.color,
            format: common.early_format.unwrap_or_default(),
            output: common.early_output.clone(),
            ledger: common.early_ledger.clone(),
            record: common.early_record,
        }
    }

    /// The common flags and a gate command's report flags.
    pub fn report(common: &CommonArgs, report: &ReportArgs) -> Self {
        let early = Self::common(common);
        Self {
            format: pick(report.format, early.format),
            output: report.output.clone().or(early.output.clone()),
            ledger: report.ledger.clone().or(early.ledger.clone()),
            record: report.record || early.record,
            ..early
        }
    }

    /// The common flags and a ledger command's flags.
    pub fn ledger(common: &CommonArgs, ledger: &LedgerArgs) -> Self {
        let early = Self::common(common);
        Self {
            format: pick(ledger.format.into(), early.format),
            output: ledger.output.clone().or(early.output.clone()),
            ledger: ledger.ledger.clone().or(early.ledger.clone()),
            ..early
        }
    }

    /// The common flags and a release command's ledger and output flags.
    pub fn release(common: &CommonArgs, out: &ReleaseOutputArgs) -> Self {
        let early = Self::common(common);
        Self {
            format: pick(out.format.into(), early.format),
            output: out.output.clone().or(early.output.clone()),
            ledger: out.ledger.clone().or(early.ledger.clone()),
            ..early
        }
    }

    /// The common flags and `--format`.
    pub fn format(common: &CommonArgs, format: &FormatArgs) -> Self {
        let early = Self::common(common);
        Self {
            format: pick(format.format.into(), early.format),
            ..early
        }
    }
}

/// The format given after the command, else the one given before it.
fn pick(late: FormatArg, early: FormatArg) -> FormatArg {
    if late == FormatArg::Text { early } else { late }
}

/// `--format`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum, Default)]
pub enum FormatArg {
    /// For people
    #[default]
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
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum, Default)]
pub enum ColorArg {
    /// Colour when writing to a terminal
    #[default]
    Auto,
    /// Always
    Always,
    /// Never
    Never,
}

/// The commands. Each takes one set of arguments, whose doc comment says
/// what the variant's does: [`crate::lazy_cli`] defines a command's flags
/// from its arguments alone, once the command is chosen.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run every gate configured in shipgate.toml
    Check(CheckArgs),
    /// The migration safety gate
    Migrations(MigrationsArgs),
    /// The dependency gate: scanner reports against policy and waivers
    Vulns(VulnsArgs),
    /// The container gate: image scanner reports against policy and waivers
    Container(ContainerArgs),
    /// The secret scanning gate: working tree, git history, staged changes
    Secrets(SecretsArgs),
    /// The coverage gate
    Coverage(CoverageArgs),
    /// The tamper-evident ledger
    Ledger(LedgerCommandArgs),
    /// Whether a commit may be deployed to an environment: every requirement of its policy, met or missing
    Status(StatusArgs),
    /// Approve a commit for an environment, if the policy lets you; records an approval entry
    Approve(ApproveArgs),
    /// Reject a commit for an environment; records a rejection that blocks it
    Reject(RejectArgs),
    /// Deploy an image pinned by digest, if the environment's policy allows it now; records the deployment
    Deploy(DeployArgs),
    /// Redeploy the environment's last known-good image from the ledger; records the rollback
    Rollback(RollbackArgs),
    /// Run Hurl files and the environment's smoke checks against what runs there; records the result
    Smoke(SmokeArgs),
    /// Review a break-glass approval after the fact, under the same four-eyes rule; records the review
    Review(ReviewArgs),
    /// Write a commented shipgate.toml with every default
    Init(InitArgs),
    /// List the rules
    Rules(RulesArgs),
    /// Print a rule's documentation
    Rule(RuleArgs),
    /// Print the shell completion script for bash, zsh, fish, powershell or elvish
    Completions(CompletionsArgs),
}

/// Run every gate configured in shipgate.toml
#[derive(Debug, Args)]
pub struct CheckArgs {
    /// The repository to check [default: the current directory]
    pub path: Option<PathBuf>,
    #[command(flatten)]
    pub report: ReportArgs,
}

/// The migration safety gate
#[derive(Debug, Args)]
pub struct MigrationsArgs {
    #[command(subcommand)]
    pub command: MigrationsCommand,
}

/// The dependency gate: scanner reports against policy and waivers
#[derive(Debug, Args)]
pub struct VulnsArgs {
    #[command(subcommand)]
    pub command: VulnsCommand,
}

/// The container gate: image scanner reports against policy and waivers
#[derive(Debug, Args)]
pub struct ContainerArgs {
    #[command(subcommand)]
    pub command: VulnsCommand,
}

/// The secret scanning gate: working tree, git history, staged changes
#[derive(Debug, Args)]
pub struct SecretsArgs {
    #[command(subcommand)]
    pub command: SecretsCommand,
}

/// The coverage gate
#[derive(Debug, Args)]
pub struct CoverageArgs {
    #[command(subcommand)]
    pub command: CoverageCommand,
}

/// The tamper-evident ledger
#[derive(Debug, Args)]
pub struct LedgerCommandArgs {
    #[command(flatten)]
    pub args: LedgerArgs,
    #[command(subcommand)]
    pub command: LedgerCommand,
}

/// `shipgate migrations <verb>`.
#[derive(Debug, Subcommand)]
pub enum MigrationsCommand {
    /// Check migrations for operations that lock, rewrite or destroy data
    Check(MigrationsCheckArgs),
    /// Run migrations on a throwaway database and report the locks, rewrites and scans the server really did, beside the static verdict
    Trace(MigrationsTraceArgs),
    /// Write a live database's schema and table sizes to a file `--schema` reads
    Snapshot(MigrationsSnapshotArgs),
}

/// `shipgate migrations snapshot`.
#[derive(Debug, Args)]
pub struct MigrationsSnapshotArgs {
    /// The server to read, over a read-only connection: postgres://... or mysql://... (its password is never printed)
    #[arg(long, value_name = "URL")]
    pub database: String,
    /// The server's dialect; a server of another is refused [default: from shipgate.toml when the URL's scheme fits it, else the server's own]
    #[arg(long, value_enum)]
    pub dialect: Option<DialectArg>,
    /// Write the snapshot to FILE instead of stdout
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,
}

/// The SQL dialect.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DialectArg {
    /// PostgreSQL
    Postgres,
    /// MySQL
    Mysql,
    /// MariaDB
    Mariadb,
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
    /// Server version, such as 15 or 8.0.29; without a patch, its latest patch [default: from shipgate.toml, else PostgreSQL 15, MySQL 8.4, MariaDB 11.8]
    #[arg(long, value_name = "VERSION")]
    pub db_version: Option<String>,
    /// Today's schema: a `pg_dump --schema-only` or `mysqldump --no-data` file, a snapshot, or a postgres:// or mysql:// URL [default: `[migrations] schema`]
    #[arg(long, value_name = "SOURCE")]
    pub schema: Option<String>,
    #[command(flatten)]
    pub report: ReportArgs,
}

/// `shipgate migrations trace`.
#[derive(Debug, Args)]
pub struct MigrationsTraceArgs {
    /// Migration files or folders to trace [default: the configured folders]; the configured migrations before them are replayed first
    pub paths: Vec<PathBuf>,
    /// The server, postgres://... or mysql://...; a throwaway database is created there and dropped at the end
    #[arg(long, value_name = "URL", env = crate::env::SHIPGATE_TRACE_DATABASE, hide_env_values = true)]
    pub database: String,
    /// Trace only migrations added or changed since REV; the others before them are replayed
    #[arg(long, value_name = "REV")]
    pub changed_since: Option<String>,
    /// SQL dialect of the static verdict [default: the server's]; must match the server
    #[arg(long, value_enum)]
    pub dialect: Option<DialectArg>,
    /// Server version of the static verdict [default: from shipgate.toml, else the server's own]
    #[arg(long, value_name = "VERSION")]
    pub db_version: Option<String>,
    #[command(flatten)]
    pub report: ReportArgs,
}

/// Write a commented shipgate.toml with every default
#[derive(Debug, Args)]
pub struct InitArgs {
    /// Overwrite an existing shipgate.toml
    #[arg(long)]
    pub force: bool,
}

/// List the rules
#[derive(Debug, Args)]
pub struct RulesArgs {
    #[command(flatten)]
    pub format: FormatArgs,
}

/// Print a rule's documentation
#[derive(Debug, Args)]
pub struct RuleArgs {
    /// The rule id, such as adding-required-column
    pub id: String,
    #[command(flatten)]
    pub format: FormatArgs,
}

/// `shipgate ledger <verb>`.
#[derive(Debug, Subcommand)]
pub enum LedgerCommand {
    /// Create the ledger's storage
    Init,
    /// Write a signing key pair in the signed-note text encoding
    Keygen(KeygenArgs),
    /// Append entries: one JSON object, or JSON Lines, from FILE or stdin
    Append(AppendArgs),
    /// List entries
    Log(LogArgs),
    /// Show one entry
    Show(ShowArgs),
    /// Sign, store and print a checkpoint of the current log
    Checkpoint(KeyArgs),
    /// Add a witness cosignature to a signed checkpoint
    Cosign(CosignArgs),
    /// Print an inclusion proof bundle for an entry
    Prove(ProveArgs),
    /// Verify the whole log, or an exported bundle
    Verify(VerifyArgs),
    /// Export entries, their proofs, the checkpoint and the public key for an auditor
    Export(ExportArgs),
    /// Serve the audit API over HTTP, or HTTPS with --tls-cert and --tls-key
    Serve(ServeArgs),
    /// Manage the audit API's bearer tokens
    #[command(subcommand)]
    Token(TokenCommand),
}

/// `shipgate ledger serve`.
#[derive(Debug, Args)]
pub struct ServeArgs {
    /// Address to listen on, such as 0.0.0.0:8080
    #[arg(long, default_value = "127.0.0.1:8080", value_name = "ADDR")]
    pub listen: std::net::SocketAddr,
    /// The log's private key file, for checkpoints (from `shipgate ledger keygen`)
    #[arg(long, env = crate::env::SHIPGATE_LEDGER_KEY, value_name = "FILE")]
    pub key: PathBuf,
    /// Sign a checkpoint this often when the log grew (such as 10s, 5m)
    #[arg(long, default_value = "10s", value_parser = parse_duration, value_name = "DURATION")]
    pub checkpoint_interval: std::time::Duration,
    /// Answer a request that takes longer than this with 503
    #[arg(long, default_value = "30s", value_parser = parse_duration, value_name = "DURATION")]
    pub request_timeout: std::time::Duration,
    /// Read connections to the ledger at most
    #[arg(long, default_value_t = 4, value_parser = clap::value_parser!(u16).range(1..=256))]
    pub readers: u16,
    /// Serve HTTPS with this PEM certificate chain (with --tls-key) [default: plain HTTP, for behind an ingress]
    #[arg(long, value_name = "FILE", requires = "tls_key")]
    pub tls_cert: Option<PathBuf>,
    /// The PEM private key of --tls-cert
    #[arg(long, value_name = "FILE", requires = "tls_cert")]
    pub tls_key: Option<PathBuf>,
}

/// `shipgate ledger token <verb>`.
#[derive(Debug, Subcommand)]
pub enum TokenCommand {
    /// Create a token and print it once (only its SHA-256 is stored)
    Create(TokenCreateArgs),
    /// List tokens: names, roles, dates and state, never the secrets
    List,
    /// Revoke a token by name
    Revoke(TokenRevokeArgs),
}

/// `shipgate ledger token create`.
#[derive(Debug, Args)]
pub struct TokenCreateArgs {
    /// A unique name, such as gitlab-payments (letters, digits, `.`, `_`, `-`)
    #[arg(long)]
    pub name: String,
    /// The role it grants
    #[arg(long, value_parser = clap::builder::PossibleValuesParser::new(["recorder", "approver", "deployer", "auditor", "admin"]))]
    pub role: String,
    /// Expire it after this long (such as 90d, 12h) [default: never]
    #[arg(long, value_parser = parse_duration, value_name = "DURATION")]
    pub expires: Option<std::time::Duration>,
}

/// `shipgate ledger token revoke`.
#[derive(Debug, Args)]
pub struct TokenRevokeArgs {
    /// The token's name
    pub name: String,
}

/// A duration such as `10s`, `5m`, `12h` or `90d`.
pub fn parse_duration(text: &str) -> Result<std::time::Duration, String> {
    let bad = || {
        format!(
            "`{text}` is not a duration: write a whole number and s, m, h or d, such as 10s or 90d"
        )
    };
    let split = text.find(|c: char| !c.is_ascii_digit()).ok_or_else(bad)?;
    let (number, unit) = text.split_at(split);
    let n: u64 = number.parse().map_err(|_| bad())?;
    let seconds = match unit {
        "s" => Some(n),
        "m" => n.checked_mul(60),
        "h" => n.checked_mul(3600),
        "d" => n.checked_mul(86_400),
        _ => None,
    }
    .filter(|&s| s > 0)
    .ok_or_else(bad)?;
    Ok(std::time::Duration::from_secs(seconds))
}

/// `shipgate ledger keygen`.
#[derive(Debug, Args)]
pub struct KeygenArgs {
    /// The key's name; for a log key, its origin, such as audit.example.com/payments
    #[arg(long)]
    pub name: String,
    /// Make a witness (cosignature) key instead of a log key
    #[arg(long)]
    pub witness: bool,
    /// Folder to write NAME.key and NAME.pub into [default: ~/.config/shipgate/keys, or shipgate/keys in the XDG config home]
    #[arg(long, value_name = "DIR")]
    pub out: Option<PathBuf>,
}

/// `shipgate ledger append`.
#[derive(Debug, Args)]
pub struct AppendArgs {
    /// JSON or JSON Lines file [default: stdin]
    pub file: Option<PathBuf>,
    /// Entries per durable transaction
    #[arg(long, default_value_t = 1000, value_parser = clap::value_parser!(u64).range(1..=100_000))]
    pub batch_size: u64,
}

/// `shipgate ledger log`.
#[derive(Debug, Args)]
pub struct LogArgs {
    /// Only this kind
    #[arg(long, value_parser = clap::builder::PossibleValuesParser::new(shipgate_ledger::entry::KINDS))]
    pub kind: Option<String>,
    /// Only this commit (a prefix is enough)
    #[arg(long)]
    pub commit: Option<String>,
    /// Only this environment
    #[arg(long)]
    pub environment: Option<String>,
    /// From this time on (YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ)
    #[arg(long)]
    pub since: Option<String>,
    /// Before this time
    #[arg(long)]
    pub until: Option<String>,
}

/// `shipgate ledger show`.
#[derive(Debug, Args)]
pub struct ShowArgs {
    /// Sequence number
    pub seq: u64,
}

/// A private signing key.
#[derive(Debug, Args)]
pub struct KeyArgs {
    /// The log's private key file (from `shipgate ledger keygen`)
    #[arg(long, env = crate::env::SHIPGATE_LEDGER_KEY, value_name = "FILE")]
    pub key: PathBuf,
}

/// `shipgate ledger cosign`.
#[derive(Debug, Args)]
pub struct CosignArgs {
    /// The signed checkpoint to cosign
    pub checkpoint: PathBuf,
    /// The witness's private key file (from `keygen --witness`)
    #[arg(long, value_name = "FILE")]
    pub key: PathBuf,
}

/// `shipgate ledger prove`.
#[derive(Debug, Args)]
pub struct ProveArgs {
    /// Sequence number of the entry
    pub seq: u64,
    /// Prove against the stored checkpoint of this size [default: the latest]
    #[arg(long)]
    pub size: Option<u64>,
}

/// `shipgate ledger verify`.
#[derive(Debug, Args)]
pub struct VerifyArgs {
    /// Trusted public key file (log or witness); repeatable
    #[arg(long = "public-key", value_name = "FILE")]
    pub public_keys: Vec<PathBuf>,
    /// A checkpoint saved earlier, to prove the log has not been rewritten or truncated since; repeatable
    #[arg(long = "trusted-checkpoint", value_name = "FILE")]
    pub trusted_checkpoints: Vec<PathBuf>,
    /// Verify an exported bundle instead of a database
    #[arg(long, value_name = "DIR")]
    pub bundle: Option<PathBuf>,
}

/// `shipgate ledger export`.
#[derive(Debug, Args)]
pub struct ExportArgs {
    /// Folder to write the bundle into (created; must be empty)
    #[arg(long, value_name = "DIR")]
    pub out: PathBuf,
    /// The log's public key file, included for the auditor
    #[arg(long = "public-key", value_name = "FILE")]
    pub public_key: PathBuf,
    /// From this time on (YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ)
    #[arg(long)]
    pub since: Option<String>,
    /// Before this time
    #[arg(long)]
    pub until: Option<String>,
    /// Only this environment
    #[arg(long)]
    pub environment: Option<String>,
    /// The log's private key: when entries are newer than the latest checkpoint, sign and store a fresh one first
    #[arg(long, env = crate::env::SHIPGATE_LEDGER_KEY, value_name = "FILE")]
    pub key: Option<PathBuf>,
    /// Export only the entries the latest stored checkpoint covers, and leave newer ones out (never signs)
    #[arg(long)]
    pub up_to_checkpoint: bool,
}

/// `shipgate coverage <verb>`.
#[derive(Debug, Subcommand)]
pub enum CoverageCommand {
    /// Check a Cobertura XML or LCOV report against the floors in shipgate.toml
    Check(CoverageCheckArgs),
}

/// `shipgate coverage check`.
#[derive(Debug, Args)]
pub struct CoverageCheckArgs {
    /// The coverage report [default: `[coverage] report` in shipgate.toml]
    pub file: Option<PathBuf>,
    #[command(flatten)]
    pub report: ReportArgs,
}

/// `shipgate vulns <verb>` and `shipgate container <verb>`.
#[derive(Debug, Subcommand)]
pub enum VulnsCommand {
    /// Check scanner reports against the policy and the waivers
    Check(VulnsCheckArgs),
}

/// `shipgate vulns check` / `shipgate container check`.
#[derive(Debug, Args)]
pub struct VulnsCheckArgs {
    /// A scanner report (JSON); repeatable [default: `reports` in shipgate.toml]
    #[arg(long = "report", value_name = "FILE")]
    pub reports: Vec<PathBuf>,
    /// The report format, when detection is not wanted
    #[arg(long, value_name = "FORMAT", value_parser = ["composer", "npm", "cargo-audit", "pip-audit", "trivy", "grype", "osv-scanner"])]
    pub report_format: Option<String>,
    /// The waivers file [default: `waivers` in shipgate.toml, else .shipgate/waivers.toml if present]
    #[arg(long, value_name = "FILE")]
    pub waivers: Option<PathBuf>,
    /// A lockfile to match against the offline OSV database (composer.lock, package-lock.json, Cargo.lock, poetry.lock); repeatable
    #[arg(long = "lockfile", value_name = "FILE")]
    pub lockfiles: Vec<PathBuf>,
    /// The offline OSV database: a folder of OSV JSON files or per-ecosystem all.zip exports
    #[arg(long, value_name = "DIR")]
    pub osv_db: Option<PathBuf>,
    #[command(flatten)]
    pub report: ReportArgs,
}

/// `shipgate secrets <verb>`.
#[derive(Debug, Subcommand)]
pub enum SecretsCommand {
    /// Scan files, git history or staged changes for secrets
    Scan(SecretsScanArgs),
    /// Write the baseline: accept every secret found now, so only new ones fail
    Baseline(SecretsBaselineArgs),
    /// The secret rules
    Rules {
        #[command(subcommand)]
        command: SecretsRulesCommand,
    },
}

/// What `shipgate secrets scan` and `baseline` read.
#[derive(Debug, Args)]
pub struct SecretsTarget {
    /// Folders and files to scan; a pre-commit hook passes the staged files [default: the current directory]
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    /// Scan the commits after REV (REV itself excluded), as in `git log REV..HEAD`
    #[arg(long, value_name = "REV", conflicts_with_all = ["all_history", "staged"])]
    pub since_commit: Option<String>,
    /// Scan every commit reachable from a branch, tag or HEAD
    #[arg(long, conflicts_with = "staged")]
    pub all_history: bool,
    /// Scan the staged changes (for pre-commit hooks)
    #[arg(long)]
    pub staged: bool,
    /// Skip files and blobs larger than this many bytes [default: 5242880]
    #[arg(long, value_name = "BYTES", value_parser = clap::value_parser!(u64).range(1..))]
    pub max_file_size: Option<u64>,
    /// Never scan paths matching this glob (repeatable; adds to `[secrets] exclude`)
    #[arg(long = "exclude", value_name = "GLOB")]
    pub exclude: Vec<String>,
}

/// `shipgate secrets scan`.
#[derive(Debug, Args)]
pub struct SecretsScanArgs {
    #[command(flatten)]
    pub target: SecretsTarget,
    /// Accept the secrets in this baseline; only others fail [default: `[secrets] baseline`]
    #[arg(long, value_name = "FILE")]
    pub baseline: Option<PathBuf>,
    /// Ask each found credential's provider whether it is live (GitHub, Slack, Stripe, AWS STS: read-only identity calls) [default: `[secrets] verify`]
    #[arg(long)]
    pub verify: bool,
    #[command(flatten)]
    pub report: ReportArgs,
}

/// `shipgate secrets baseline`.
#[derive(Debug, Args)]
pub struct SecretsBaselineArgs {
    #[command(flatten)]
    pub target: SecretsTarget,
    /// The baseline to write [default: `[secrets] baseline`, else .shipgate/secrets-baseline.json]
    #[arg(long, value_name = "FILE")]
    pub file: Option<PathBuf>,
}

/// `shipgate secrets rules <verb>`.
#[derive(Debug, Subcommand)]
pub enum SecretsRulesCommand {
    /// Prove every rule: each example matches, no negative example does
    Check,
}

/// Where every release command reads the ledger and writes its result.
#[derive(Debug, Args)]
pub struct ReleaseOutputArgs {
    /// The ledger: sqlite:PATH or postgres://... [default: `[ledger] location`, else sqlite:.shipgate/ledger.db]
    #[arg(long, env = crate::env::SHIPGATE_LEDGER, value_name = "LOCATION")]
    pub ledger: Option<String>,
    /// Output format: text or json
    #[arg(long, value_enum, default_value_t = ListFormatArg::Text, hide_possible_values = true)]
    pub format: ListFormatArg,
    /// Write to FILE instead of stdout
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,
}

/// The flags of every release command (`status`, `approve`, `reject`).
#[derive(Debug, Args)]
pub struct ReleaseArgs {
    /// The environment, as configured in `[environments.NAME]`
    #[arg(long = "env", value_name = "NAME")]
    pub environment: String,
    /// The commit [default: `CI_COMMIT_SHA`, `GITHUB_SHA`, else `HEAD`]
    #[arg(long, value_name = "SHA")]
    pub commit: Option<String>,
    #[command(flatten)]
    pub out: ReleaseOutputArgs,
}

/// Whether a commit may be deployed to an environment: every requirement of its policy, met or missing
#[derive(Debug, Args)]
pub struct StatusArgs {
    #[command(flatten)]
    pub release: ReleaseArgs,
}

/// Approve a commit for an environment, if the policy lets you; records an approval entry
#[derive(Debug, Args)]
pub struct ApproveArgs {
    #[command(flatten)]
    pub release: ReleaseArgs,
    /// The change ticket, checked against `ticket_pattern`
    #[arg(long, value_name = "TICKET")]
    pub ticket: Option<String>,
    /// A comment recorded with the approval
    #[arg(long, value_name = "TEXT")]
    pub comment: Option<String>,
    /// An emergency change: the reason; overrides freeze windows and the
    /// approval count where the policy allows break-glass, and is recorded as
    /// needing review
    #[arg(long, value_name = "REASON")]
    pub break_glass: Option<String>,
}

/// Reject a commit for an environment; records a rejection that blocks it
#[derive(Debug, Args)]
pub struct RejectArgs {
    #[command(flatten)]
    pub release: ReleaseArgs,
    /// Why it is rejected
    #[arg(long, value_name = "TEXT")]
    pub comment: Option<String>,
    /// The change ticket, if any
    #[arg(long, value_name = "TICKET")]
    pub ticket: Option<String>,
}

/// Deploy an image pinned by digest, if the environment's policy allows it now; records the deployment
#[derive(Debug, Args)]
pub struct DeployArgs {
    #[command(flatten)]
    pub release: ReleaseArgs,
    /// The image, pinned by digest: NAME@sha256:<64 hex digits>
    #[arg(long, value_name = "IMAGE")]
    pub image: String,
}

/// Redeploy the environment's last known-good image from the ledger; records the rollback
#[derive(Debug, Args)]
pub struct RollbackArgs {
    /// The environment, as configured in `[environments.NAME]`
    #[arg(long = "env", value_name = "NAME")]
    pub environment: String,
    /// Why: recorded with the rollback
    #[arg(long, value_name = "TEXT")]
    pub reason: String,
    /// Roll back to this deployment entry instead of the last known-good one
    #[arg(long, value_name = "SEQ", conflicts_with = "to")]
    pub to_entry: Option<u64>,
    /// Roll back to this image (`REPO@sha256:...`), as its latest successful deployment to the environment ran it
    #[arg(long, value_name = "IMAGE")]
    pub to: Option<String>,
    #[command(flatten)]
    pub out: ReleaseOutputArgs,
}

/// Run Hurl files and the environment's smoke checks against what runs there; records the result
#[derive(Debug, Args)]
pub struct SmokeArgs {
    /// The environment, as configured in `[environments.NAME]`
    #[arg(long = "env", value_name = "NAME")]
    pub environment: String,
    /// Hurl files to run, in order, besides the environment's `[[environments.NAME.smoke]]` checks
    #[arg(value_name = "FILE.hurl")]
    pub files: Vec<PathBuf>,
    /// A variable for the Hurl files, typed as Hurl types it (repeatable)
    #[arg(long = "variable", value_name = "NAME=VALUE")]
    pub variables: Vec<String>,
    /// A file of `NAME=VALUE` lines for the Hurl files (`#` comments)
    #[arg(long, value_name = "FILE")]
    pub variables_file: Option<PathBuf>,
    /// A secret variable for the Hurl files: its value is shown and recorded as `***` (repeatable)
    #[arg(long = "secret", value_name = "NAME=VALUE")]
    pub secrets: Vec<String>,
    /// When a check fails, roll back to the last known-good deployment at once
    #[arg(long)]
    pub rollback_on_failure: bool,
    #[command(flatten)]
    pub out: ReleaseOutputArgs,
}

/// Review a break-glass approval after the fact, under the same four-eyes rule; records the review
#[derive(Debug, Args)]
pub struct ReviewArgs {
    /// The break-glass approval's sequence number (`shipgate status` lists those awaiting review)
    pub seq: u64,
    /// What the review found
    #[arg(long, value_name = "TEXT")]
    pub comment: String,
    #[command(flatten)]
    pub out: ReleaseOutputArgs,
}
