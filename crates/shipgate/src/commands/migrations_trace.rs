//! `shipgate migrations trace`: the migrations run on a throwaway database,
//! each statement's real locks, rewrites and scans set beside its static
//! verdict.

use std::collections::BTreeSet;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, PoisonError};

use shipgate_config::Config;
use shipgate_migrations::trace::{self, Cleanup, Server, Target, TraceError};
use shipgate_migrations::{Discovery, Settings, discover, select};
use shipgate_report::GateReport;

use super::finish::{GateRun, finish};
use super::migrations::{db_version, dialect as dialect_of, discover_error};
use crate::cli::{GlobalArgs, MigrationsTraceArgs};
use crate::exit::{CliError, ExitStatus};
use crate::workspace::{current_dir, load_config};

/// `shipgate migrations trace`.
pub fn run(global: &GlobalArgs, args: &MigrationsTraceArgs) -> Result<ExitStatus, CliError> {
    let config = load_config(global, &current_dir()?, false)?;
    let run = GateRun::of(trace::GATE, || gate(global, &config, args));
    finish(global, &config, vec![run], false)
}

fn error(err: TraceError) -> CliError {
    match err {
        TraceError::Usage(message) => CliError::usage(message),
        TraceError::Runtime(message) => CliError::runtime(message).hint(
            "check that the server is up and reachable without TLS, and that the user may create a database (PostgreSQL: CREATEDB; MySQL: CREATE and DROP)",
        ),
    }
}

fn gate(
    global: &GlobalArgs,
    config: &Config,
    args: &MigrationsTraceArgs,
) -> Result<GateReport, CliError> {
    let target = Target::parse(&args.database).map_err(error)?;
    let version = db_version(args.db_version.as_deref())?;
    let server = Server::connect(&target).map_err(error)?;
    let dialect = server.dialect();
    if let Some(asked) = args.dialect.map(dialect_of)
        && asked != dialect
    {
        return Err(CliError::usage(format!(
            "--dialect {} does not match the server at `{}`, which is {} {}",
            asked.as_str(),
            target.shown(),
            dialect.as_str(),
            server.version()
        ))
        .hint("leave out --dialect: the trace reads it from the server"));
    }
    // Migrations configured as MySQL or MariaDB (`postgres` is the default,
    // so only these say what the files are written for) run on no PostgreSQL.
    if args.dialect.is_none()
        && config.migrations.dialect.is_mysql_family()
        && !dialect.is_mysql_family()
    {
        return Err(CliError::usage(format!(
            "`[migrations] dialect` is {}, but the server at `{}` is {} {}",
            config.migrations.dialect.as_str(),
            target.shown(),
            dialect.as_str(),
            server.version()
        ))
        .hint("trace on a server of the dialect the migrations are written for, or correct `[migrations] dialect`"));
    }
    // The static verdict is for the server traced, unless a version is set.
    let configured = config.migrations.db_version.is_some() && config.migrations.dialect == dialect;
    let version = version.or_else(|| (!configured).then(|| server.version()));
    let settings = Settings::new(&config.migrations, Some(dialect), version)
        .map_err(|e| CliError::usage(e.to_string()))?;
    let discovery = files(config, args)?;
    if global.verbose {
        eprintln!(
            "tracing {} file(s) on {} {} (`{}`), replaying the migrations before them; static verdict for {} {}",
            discovery.files.iter().filter(|f| f.checked).count(),
            dialect.as_str(),
            server.version(),
            target.shown(),
            settings.dialect.as_str(),
            settings.version
        );
    }
    let slot = interrupt_handler();
    let verbose = global.verbose;
    let result = trace::trace(
        server,
        &discovery.files,
        &discovery.nothing_found,
        &settings,
        &|cleanup: &Cleanup| {
            if verbose {
                eprintln!("throwaway database `{}` created", cleanup.database());
            }
            *slot.lock().unwrap_or_else(PoisonError::into_inner) = Some(cleanup.clone());
        },
    );
    // Dropped already (or never made): an interrupt from here on has nothing to clean.
    slot.lock().unwrap_or_else(PoisonError::into_inner).take();
    // An interrupt ends the statement running on the server, so the trace can
    // return (with that statement failed) while the handler is still dropping
    // the database: leave the exit to the handler, which reports it and exits 130.
    while INTERRUPTED.load(Ordering::SeqCst) {
        std::thread::park();
    }
    result.map_err(error)
}

/// The files to read: those named (or the configured folders), with the
/// configured migrations that come before them unchecked, so they are
/// replayed to build the schema.
fn files(config: &Config, args: &MigrationsTraceArgs) -> Result<Discovery, CliError> {
    let mut discovery = select(config, &args.paths, args.changed_since.as_deref())
        .map_err(|e| discover_error(&e))?;
    if args.paths.is_empty() || args.changed_since.is_some() {
        return Ok(discovery);
    }
    // Named files: the configured ones around them are the earlier state.
    // Without configured folders, the named files are all there is.
    let Ok(all) = discover(config, &[]) else {
        return Ok(discovery);
    };
    let named: BTreeSet<String> = discovery.files.iter().map(|f| f.display.clone()).collect();
    let mut files = all.files;
    let mut known = BTreeSet::new();
    for f in &mut files {
        f.checked = named.contains(&f.display);
        known.insert(f.display.clone());
    }
    files.extend(
        discovery
            .files
            .drain(..)
            .filter(|f| !known.contains(&f.display)),
    );
    discovery.files = files;
    Ok(discovery)
}

/// Set once Ctrl-C arrives; from then on only the handler ends the process.
static INTERRUPTED: AtomicBool = AtomicBool::new(false);

/// On Ctrl-C, drops the throwaway database (if one exists) and exits 130.
fn interrupt_handler() -> Arc<Mutex<Option<Cleanup>>> {
    let slot: Arc<Mutex<Option<Cleanup>>> = Arc::default();
    let handler_slot = Arc::clone(&slot);
    std::thread::spawn(move || {
        let Ok(runtime) = tokio::runtime::Builder::new_current_thread()
            .enable_io()
            .build()
        else {
            return;
        };
        if runtime.block_on(tokio::signal::ctrl_c()).is_err() {
            return;
        }
        INTERRUPTED.store(true, Ordering::SeqCst);
        let cleanup = handler_slot
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .take();
        if let Some(cleanup) = cleanup {
            match cleanup.run() {
                Ok(()) => eprintln!(
                    "interrupted: the throwaway database `{}` was dropped",
                    cleanup.database()
                ),
                Err(e) => eprintln!("interrupted: {e}"),
            }
        } else {
            eprintln!("interrupted");
        }
        std::process::exit(130);
    });
    slot
}
