use std::path::PathBuf;

use shipgate_config::{Config, DbVersion, Dialect};
use shipgate_migrations::models::Models;
use shipgate_migrations::{DiscoverError, Settings, check_discovery, lowering_trace, select};
use shipgate_report::GateReport;

use crate::cli::{DialectArg, GlobalArgs, MigrationsCheckArgs};
use crate::exit::{CliError, ExitStatus};
use crate::workspace::{current_dir, load_config};

/// What a migration gate run is asked to read, beside the configuration:
/// the command line's choices, or none for `shipgate check`.
#[derive(Debug, Default)]
pub struct Request {
    /// Files and folders; none means the configured folders.
    pub paths: Vec<PathBuf>,
    /// Only the migrations added or changed since this revision.
    pub changed_since: Option<String>,
    /// The dialect, over `[migrations] dialect`.
    pub dialect: Option<Dialect>,
    /// The server version, over `[migrations] db_version`, as written.
    pub db_version: Option<String>,
}

impl From<&MigrationsCheckArgs> for Request {
    fn from(args: &MigrationsCheckArgs) -> Self {
        Self {
            paths: args.paths.clone(),
            changed_since: args.changed_since.clone(),
            dialect: args.dialect.map(|d| match d {
                DialectArg::Postgres => Dialect::Postgres,
                DialectArg::Mysql => Dialect::Mysql,
                DialectArg::Mariadb => Dialect::Mariadb,
            }),
            db_version: args.db_version.clone(),
        }
    }
}

/// `shipgate migrations check`.
pub fn run(global: &GlobalArgs, args: &MigrationsCheckArgs) -> Result<ExitStatus, CliError> {
    let config = load_config(global, &current_dir()?, false)?;
    let request = Request::from(args);
    let run = super::finish::GateRun::of("migrations", || gate(global, &config, &request));
    super::finish::finish(global, &config, vec![run], false)
}

/// Where a Laravel application keeps its Eloquent models, which rules cite
/// when a change breaks the version still running.
const MODELS_DIR: &str = "app/Models";

/// Runs the migration gate for `shipgate migrations check` and `shipgate check`.
pub fn gate(global: &GlobalArgs, config: &Config, args: &Request) -> Result<GateReport, CliError> {
    let dialect = args.dialect;
    let version = args
        .db_version
        .as_deref()
        .map(|v| {
            v.parse::<DbVersion>()
                .map_err(|e| CliError::usage(format!("--db-version: {e}")))
        })
        .transpose()?;
    let settings = Settings::new(&config.migrations, dialect, version)
        .map_err(|e| CliError::usage(e.to_string()))?
        .with_php_root(&config.root);

    let discovery = select(config, &args.paths, args.changed_since.as_deref())
        .map_err(|e| discover_error(&e))?;
    // The version still running is the base of a merge request's change.
    let models = args
        .changed_since
        .as_deref()
        .and_then(|rev| Models::read_at(MODELS_DIR, &config.root, rev))
        .unwrap_or_else(|| Models::read(&config.root.join(MODELS_DIR), &config.root));
    if let (true, Some(rev)) = (global.verbose, &args.changed_since) {
        eprintln!(
            "changed since `{rev}`: {} migration file(s)",
            discovery.files.iter().filter(|f| f.checked).count()
        );
    }
    if global.verbose {
        eprintln!(
            "checking {} file(s) as {} {}",
            discovery.files.iter().filter(|f| f.checked).count(),
            settings.dialect.as_str(),
            settings.version
        );
        eprintln!("{} Eloquent model(s) in {MODELS_DIR}", models.len());
        for line in lowering_trace(&discovery, &settings) {
            eprintln!("{line}");
        }
    }
    Ok(check_discovery(&discovery, &settings.with_models(models)))
}

fn discover_error(err: &DiscoverError) -> CliError {
    match err {
        DiscoverError::BadRevision { .. } => CliError::usage(err.to_string())
            .hint("pass a branch, tag or commit that exists in this clone (`origin/main`, a SHA); in a shallow CI clone, fetch enough history first (`git fetch --depth=50 origin main`, or `GIT_DEPTH: 0` in GitLab)"),
        DiscoverError::EmptyRevision => CliError::usage(err.to_string())
            .hint("outside a merge request `$CI_MERGE_REQUEST_DIFF_BASE_SHA` is empty: pass the branch to compare with, such as `--changed-since origin/main`, or leave out `--changed-since` to check every migration"),
        DiscoverError::NotARepository { .. } => CliError::usage(err.to_string())
            .hint("run inside a git clone, or leave out `--changed-since` to check every migration"),
        DiscoverError::Missing(_) => CliError::usage(err.to_string()).hint("pass existing migration files or folders"),
        DiscoverError::BrokenLink { .. } => CliError::usage(err.to_string()).hint("fix or remove the link, or pass its target"),
        DiscoverError::NotAFileOrFolder { .. } => CliError::usage(err.to_string()).hint("pass migration files (`*.sql`, `*.php`) or the folders that hold them"),
        DiscoverError::Configured(config) => CliError::from(config.clone()),
        DiscoverError::Pattern(_) => CliError::usage(err.to_string()),
        DiscoverError::Walk { .. } | DiscoverError::Git { .. } => CliError::runtime(err.to_string()),
    }
}
