use std::path::PathBuf;

use shipgate_alloc::HugePages;
use shipgate_config::{Config, DbVersion, Dialect};
use shipgate_migrations::baseline::{BaselineError, SchemaSource};
use shipgate_migrations::models::Models;
use shipgate_migrations::{DiscoverError, Settings, check_discovery, lowering_trace, select};
use shipgate_report::GateReport;

use crate::cli::{DialectArg, GlobalArgs, MigrationsCheckArgs, MigrationsSnapshotArgs};
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
    /// Today's schema (`--schema`), over `[migrations] schema`; a path is
    /// relative to the current directory.
    pub schema: Option<String>,
}

impl From<&MigrationsCheckArgs> for Request {
    fn from(args: &MigrationsCheckArgs) -> Self {
        Self {
            paths: args.paths.clone(),
            changed_since: args.changed_since.clone(),
            dialect: args.dialect.map(dialect),
            db_version: args.db_version.clone(),
            schema: args.schema.clone(),
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

/// From how many migration files a run backs its heap with huge pages
/// ([`shipgate_alloc::prefer_huge_pages`]): the files' texts, operations
/// and findings then take megabytes, and 4 KiB faults cost more than
/// zeroing 2 MiB pages whole. Measured on Lemmy's migrations, 61 alternating
/// runs a set: turned on here, huge pages took its first 200 files from
/// 10.1 to 9.1 ms and all 342 from 16.5-16.9 to 14.5-14.6 ms. Turned on
/// from the process's start instead, they were within noise for 150 and
/// 200 files, and 3-7% slower for 60 files or fewer: the heap uses little
/// of each page.
const HUGE_PAGES_FROM: usize = 200;

/// Where a Laravel application keeps its Eloquent models, which rules cite
/// when a change breaks the version still running.
const MODELS_DIR: &str = "app/Models";

/// Runs the migration gate for `shipgate migrations check` and `shipgate check`.
pub fn gate(global: &GlobalArgs, config: &Config, args: &Request) -> Result<GateReport, CliError> {
    let dialect = args.dialect;
    let version = db_version(args.db_version.as_deref())?;
    // The settings (their table patterns compiled) and the files are made
    // side by side; their errors are still reported in this order.
    let (settings, discovery) = rayon::join(
        || Settings::new(&config.migrations, dialect, version),
        || select(config, &args.paths, args.changed_since.as_deref()),
    );
    let mut settings = settings
        .map_err(|e| CliError::usage(e.to_string()))?
        .with_php_root(&config.root);
    if let Some((source, origin)) = schema_source(config, args)? {
        let schema = shipgate_migrations::baseline::load(
            &source,
            settings.dialect,
            config.migrations.max_statement_bytes.max(1),
        )
        .map_err(|e| {
            let error = baseline_error(origin, &e);
            // A configured file that does not exist: the setting is wrong.
            if args.schema.is_none() && matches!(e, BaselineError::Missing(_)) {
                at_setting(error, config)
            } else {
                error
            }
        })?;
        if global.verbose {
            eprintln!(
                "schema from `{}`: {} table(s), {} with a known size",
                source.display(),
                schema.table_count(),
                schema.sized_tables()
            );
        }
        settings = settings.with_schema(schema);
    }

    let discovery = discovery.map_err(|e| discover_error(&e))?;
    if discovery.files.len() >= HUGE_PAGES_FROM {
        let pages = shipgate_alloc::prefer_huge_pages();
        if global.verbose {
            eprintln!(
                "{} files to read: huge pages {}",
                discovery.files.len(),
                match pages {
                    HugePages::Advised(_) => "on",
                    HugePages::Unavailable => "unavailable",
                }
            );
        }
    }
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
    Ok(check_discovery(
        &discovery,
        &settings.with_models(models).exiting(),
    ))
}

/// `--db-version` as written, parsed; a version that does not parse is a usage error.
pub(super) fn db_version(arg: Option<&str>) -> Result<Option<DbVersion>, CliError> {
    arg.map(|v| {
        v.parse::<DbVersion>()
            .map_err(|e| CliError::usage(format!("--db-version: {e}")))
    })
    .transpose()
}

/// The dialect `--dialect` names.
pub(super) fn dialect(arg: DialectArg) -> Dialect {
    match arg {
        DialectArg::Postgres => Dialect::Postgres,
        DialectArg::Mysql => Dialect::Mysql,
        DialectArg::Mariadb => Dialect::Mariadb,
    }
}

/// Where today's schema is read from, and which setting said so: `--schema`
/// (a path relative to the current directory), else `[migrations] schema`
/// (relative to the config file), else nowhere.
fn schema_source(
    config: &Config,
    args: &Request,
) -> Result<Option<(SchemaSource, &'static str)>, CliError> {
    let (value, base, origin) = match (&args.schema, &config.migrations.schema) {
        (Some(value), _) => (value.clone(), current_dir()?, "--schema"),
        (None, Some(value)) => (
            value.get_ref().clone(),
            config.root.clone(),
            "`[migrations] schema`",
        ),
        (None, None) => return Ok(None),
    };
    SchemaSource::parse(&value, &base)
        .map(|source| Some((source, origin)))
        .map_err(|e| {
            let error = baseline_error(origin, &e);
            // Only the configured value is at a place in the configuration.
            if args.schema.is_none() {
                at_setting(error, config)
            } else {
                error
            }
        })
}

/// A `[migrations] schema` value that is wrong in itself (not a URL shipgate
/// reads, empty): the error points at the setting in the configuration.
fn at_setting(error: CliError, config: &Config) -> CliError {
    let (Some(path), Some(value)) = (&config.path, &config.migrations.schema) else {
        return error;
    };
    let Ok(text) = std::fs::read_to_string(path) else {
        return error;
    };
    let (line, column) = shipgate_report::line_column(&text, value.span().start);
    error.at(
        path.display().to_string(),
        u32::try_from(line).unwrap_or(u32::MAX),
        u32::try_from(column).unwrap_or(u32::MAX),
    )
}

/// A schema source that cannot be read: exit 2 for what the user gave,
/// 3 for what could not be reached; never a run without the schema.
fn baseline_error(origin: &str, err: &BaselineError) -> CliError {
    let message = format!("{origin}: {err}");
    let error = if err.is_usage() {
        CliError::usage(message)
    } else {
        CliError::runtime(message)
    };
    let error = error.hint(err.hint());
    match err.place() {
        Some((path, line)) => error.at(path, u32::try_from(line).unwrap_or(u32::MAX), 1),
        None => error,
    }
}

/// `shipgate migrations snapshot`: a live server's schema and table sizes,
/// written where `--schema` (or `[migrations] schema`) can read them.
pub fn snapshot(
    global: &GlobalArgs,
    args: &MigrationsSnapshotArgs,
) -> Result<ExitStatus, CliError> {
    let config = load_config(global, &current_dir()?, false)?;
    let source = SchemaSource::parse(&args.database, &current_dir()?)
        .map_err(|e| baseline_error("--database", &e))?;
    if !source.is_live() {
        return Err(CliError::usage(format!(
            "--database: `{}` is not a `postgres://` or `mysql://` URL",
            source.display()
        ))
        .hint("pass the server's URL, such as `postgres://readonly@db:5432/app`"));
    }
    let configured = config.migrations.dialect;
    let wanted = args.dialect.map(dialect).or_else(|| {
        let fits = match source {
            SchemaSource::Postgres(_) => configured == Dialect::Postgres,
            _ => configured.is_mysql_family(),
        };
        fits.then_some(configured)
    });
    let text = shipgate_migrations::baseline::snapshot(&source, wanted)
        .map_err(|e| baseline_error("--database", &e))?;
    let output = args.output.clone().or_else(|| global.output.clone());
    let target = GlobalArgs {
        output: output.clone(),
        ..GlobalArgs::default()
    };
    crate::output::write_output(&target, &text)?;
    if let (Some(path), false) = (&output, global.quiet) {
        eprintln!(
            "wrote the schema of `{}` to {}",
            source.display(),
            path.display()
        );
    }
    Ok(ExitStatus::Success)
}

pub(super) fn discover_error(err: &DiscoverError) -> CliError {
    let error = match err {
        DiscoverError::BadRevision { .. } => CliError::usage(err.to_string())
            .hint("pass a branch, tag or commit that exists in this clone (`origin/main`, a SHA); in a shallow CI clone, fetch enough history first (`git fetch --depth=50 origin main`, or `GIT_DEPTH: 0` in GitLab)"),
        DiscoverError::EmptyRevision => CliError::usage(err.to_string())
            .hint("outside a merge request `$CI_MERGE_REQUEST_DIFF_BASE_SHA` is empty: pass the branch to compare with, such as `--changed-since origin/main`, or leave out `--changed-since` to check every migration"),
        DiscoverError::NotARepository { .. } => CliError::usage(err.to_string())
            .hint("run inside a git clone, or leave out `--changed-since` to check every migration"),
        DiscoverError::Missing(_) => CliError::usage(err.to_string()).hint("pass existing migration files or folders"),
        DiscoverError::BrokenLink { .. } => CliError::usage(err.to_string()).hint("fix or remove the link, or pass its target"),
        DiscoverError::NotAFileOrFolder { .. } | DiscoverError::NotAMigration(_) => CliError::usage(err.to_string()).hint("pass migration files (`*.sql`, `*.php`) or the folders that hold them"),
        DiscoverError::Configured(config) => CliError::from(config.clone()),
        DiscoverError::Pattern(_) => CliError::usage(err.to_string()),
        DiscoverError::Walk { .. } | DiscoverError::Git { .. } => CliError::runtime(err.to_string()),
    };
    // The path at fault is where the report places the error.
    match err {
        DiscoverError::Missing(path)
        | DiscoverError::NotAMigration(path)
        | DiscoverError::BrokenLink { path, .. }
        | DiscoverError::NotAFileOrFolder { path, .. }
        | DiscoverError::Walk { path, .. } => {
            // Absolute: the report shows it relative to the configuration's folder.
            let path = std::path::absolute(path).unwrap_or_else(|_| path.clone());
            error.at(path.display().to_string(), 1, 1)
        }
        _ => error,
    }
}
