use std::path::PathBuf;

use shipgate_config::{Config, DbVersion, Dialect};
use shipgate_migrations::{DiscoverError, Settings, changed_since, check, discover};
use shipgate_report::GateReport;

use crate::cli::{DialectArg, GlobalArgs, MigrationsCheckArgs};
use crate::exit::{CliError, ExitStatus};
use crate::workspace::{current_dir, load_config};

/// `shipgate migrations check`.
pub fn run(global: &GlobalArgs, args: &MigrationsCheckArgs) -> Result<ExitStatus, CliError> {
    let config = load_config(global, &current_dir()?, false)?;
    let run = super::finish::GateRun::of("migrations", || gate(global, &config, args));
    super::finish::finish(global, &config, vec![run], false)
}

/// Runs the migration gate for `shipgate migrations check` and `shipgate check`.
pub fn gate(
    global: &GlobalArgs,
    config: &Config,
    args: &MigrationsCheckArgs,
) -> Result<GateReport, CliError> {
    let dialect = args.dialect.map(|d| match d {
        DialectArg::Postgres => Dialect::Postgres,
        DialectArg::Mysql => Dialect::Mysql,
    });
    let version = args
        .db_version
        .as_deref()
        .map(|v| {
            v.parse::<DbVersion>()
                .map_err(|e| CliError::usage(format!("--db-version: {e}")))
        })
        .transpose()?;
    let settings = Settings::new(&config.migrations, dialect, version)
        .map_err(|e| CliError::usage(e.to_string()))?;

    let mut files = discover(config, &args.paths).map_err(|e| discover_error(&e))?;
    if let Some(rev) = &args.changed_since {
        let changed = changed_since(&config.root, rev).map_err(|e| discover_error(&e))?;
        if args.paths.is_empty() {
            for f in &mut files {
                f.checked = changed.contains(&f.display);
            }
        } else {
            // Explicit paths narrow the change set; the schema still comes from all configured files.
            let mut all = discover(config, &[]).map_err(|e| discover_error(&e))?;
            let explicit: Vec<String> = files.iter().map(|f| f.display.clone()).collect();
            for f in &mut all {
                f.checked = explicit.contains(&f.display) && changed.contains(&f.display);
            }
            files = all;
        }
        if global.verbose {
            eprintln!(
                "changed since `{rev}`: {} migration file(s)",
                files.iter().filter(|f| f.checked).count()
            );
        }
    }
    if files.is_empty() && !global.quiet {
        let searched: Vec<PathBuf> = config
            .migrations
            .paths
            .iter()
            .chain(&config.migrations.laravel_paths)
            .map(PathBuf::from)
            .collect();
        eprintln!(
            "warning: no migration files found (searched {}); set `[migrations] paths` in shipgate.toml",
            searched
                .iter()
                .map(|p| format!("`{}`", p.display()))
                .collect::<Vec<_>>()
                .join(", ")
        );
    }
    if global.verbose {
        eprintln!(
            "checking {} file(s) as {} {}",
            files.iter().filter(|f| f.checked).count(),
            settings.dialect.as_str(),
            settings.version
        );
    }
    Ok(check(&files, &settings))
}

fn discover_error(err: &DiscoverError) -> CliError {
    match err {
        DiscoverError::BadRevision { .. } => CliError::usage(err.to_string())
            .hint("check the revision; in a shallow CI clone, fetch enough history first (`git fetch --depth=50`, or GIT_DEPTH: 0 in GitLab)"),
        DiscoverError::Missing(_) => CliError::usage(err.to_string()).hint("pass existing migration files or folders"),
        DiscoverError::Pattern(_) => CliError::usage(err.to_string()),
        DiscoverError::Walk { .. } | DiscoverError::GitUnavailable { .. } => CliError::runtime(err.to_string()),
    }
}
