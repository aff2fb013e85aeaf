//! `shipgate migrations trace`: the static verdict checked against a real
//! server.
//!
//! On a throwaway database (created on the server `--database` names and
//! dropped at the end), the migrations before the traced ones are replayed
//! in order to build the schema, then every traced statement runs one at a
//! time and what the server did is recorded:
//! - PostgreSQL: each statement in a transaction of its own; before it
//!   commits, a second connection reads the locks the migrating backend
//!   holds (`pg_locks`), and the catalog rows of the locked relations as
//!   they were (the second connection does not see the uncommitted change)
//!   and as they are (the migrating connection does): a new
//!   `pg_class.relfilenode` is a rewrite, a constraint that became
//!   `convalidated` or a column that became `attnotnull` is a validation
//!   scan, a new index on an existing table is an index build. Statements
//!   the server refuses inside a transaction (`CREATE INDEX CONCURRENTLY`,
//!   `VACUUM`, `ALTER TYPE ... ADD VALUE` before 12) run outside one; their
//!   locks are sampled while they run, and rewrites read from the catalogs
//!   before and after.
//! - MySQL and MariaDB: each `ALTER TABLE` is probed with `ALGORITHM=` and
//!   `LOCK=` clauses from the cheapest up; the first the server accepts is
//!   what it does, and that run applies the statement.
//!
//! Each statement's observation is set beside its static verdict (the
//! findings `migrations check` gives it); where the server did worse than
//! the verdict said, a failing finding names both.
//!
//! What is not observed: row counts (the throwaway tables are empty, so
//! durations are those of an empty table), and transaction control in the
//! traced files (each traced statement runs in a transaction of its own).

mod compare;
pub mod expect;
mod mysql;
pub mod observe;
mod pg_catalog;
mod plan;
mod postgres;
pub mod rules;
mod target;

use std::hash::{BuildHasher, Hasher};

use shipgate_config::{DbVersion, Dialect};
use shipgate_report::{Finding, GateReport, Location};

use crate::discover::{MigrationFile, NothingFound};
use crate::settings::Settings;
use observe::Outcome;
use plan::{PlannedFile, PlannedStatement, StatementKind};

pub use rules::all_rules;
pub use target::{Scheme, Target, redact};

/// The gate name of a trace's report and its evidence.
pub const GATE: &str = "migrations-trace";

/// Why a trace could not run.
#[derive(Debug, thiserror::Error)]
pub enum TraceError {
    /// The command line or configuration is wrong (exit 2).
    #[error("{0}")]
    Usage(String),
    /// The server could not be reached or used (exit 3).
    #[error("{0}")]
    Runtime(String),
}

/// How to drop a throwaway database from a connection of its own: at the
/// end of a trace, or from an interrupt handler while one runs.
#[derive(Clone)]
pub enum Cleanup {
    /// A PostgreSQL database.
    Postgres {
        /// Where the server is.
        config: Box<::postgres::Config>,
        /// The database.
        name: String,
        /// Whether the server has `DROP DATABASE ... WITH (FORCE)` (13 and later).
        force: bool,
    },
    /// A MySQL or MariaDB database.
    Mysql {
        /// Where the server is.
        opts: Box<::mysql::Opts>,
        /// The database.
        name: String,
        /// The trace's connection, ended first when it may still run a statement.
        connection: Option<u32>,
    },
}

impl std::fmt::Debug for Cleanup {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Cleanup")
            .field("database", &self.database())
            .finish_non_exhaustive()
    }
}

impl Cleanup {
    /// The throwaway database's name.
    pub fn database(&self) -> &str {
        match self {
            Self::Postgres { name, .. } | Self::Mysql { name, .. } => name,
        }
    }

    /// Drops the database (ending any session still in it).
    pub fn run(&self) -> Result<(), String> {
        match self {
            Self::Postgres {
                config,
                name,
                force,
            } => postgres::drop_database(config, name, *force),
            Self::Mysql {
                opts,
                name,
                connection,
            } => mysql::drop_database(opts, name, *connection),
        }
        .map_err(|e| {
            format!(
                "the throwaway database `{}` could not be dropped: {e}; drop it by hand",
                self.database()
            )
        })
    }
}

/// What runs statements on one kind of server.
trait Runner {
    /// A new migration file begins.
    fn start_file(&mut self);
    /// Runs an earlier migration's statement as written: `Some(message)`
    /// when the server rejects it.
    fn replay(&mut self, sql: &str) -> Result<Option<String>, TraceError>;
    /// Runs a traced statement and observes it.
    fn trace(&mut self, statement: &PlannedStatement) -> Result<Outcome, TraceError>;
    /// How to drop the throwaway database.
    fn cleanup(&self) -> Cleanup;
    /// Closes the connections and drops the throwaway database.
    fn close(self: Box<Self>) -> Result<(), String>;
}

/// A server connected to, before its throwaway database exists.
pub enum Server {
    /// PostgreSQL.
    Postgres(Box<postgres::PgServer>),
    /// MySQL or MariaDB.
    Mysql(Box<mysql::MyServer>),
}

impl std::fmt::Debug for Server {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Server({} {})", self.dialect().as_str(), self.version())
    }
}

impl Server {
    /// Connects to the server `target` names.
    pub fn connect(target: &Target) -> Result<Self, TraceError> {
        match target.scheme {
            Scheme::Postgres => {
                postgres::PgServer::connect(target).map(|s| Self::Postgres(Box::new(s)))
            }
            Scheme::Mysql => mysql::MyServer::connect(target).map(|s| Self::Mysql(Box::new(s))),
        }
    }

    /// The dialect the server speaks.
    pub fn dialect(&self) -> Dialect {
        match self {
            Self::Postgres(_) => Dialect::Postgres,
            Self::Mysql(server) => server.dialect(),
        }
    }

    /// The server's version.
    pub fn version(&self) -> DbVersion {
        match self {
            Self::Postgres(server) => server.version(),
            Self::Mysql(server) => server.version(),
        }
    }

    fn session(self, name: &str) -> Result<Box<dyn Runner>, TraceError> {
        Ok(match self {
            Self::Postgres(server) => Box::new(server.session(name)?),
            Self::Mysql(server) => Box::new(server.session(name)?),
        })
    }
}

/// An error and its sources, `: `-separated (a driver's own message is often
/// only "error connecting to server"; the cause says why).
fn chain(e: &dyn std::error::Error) -> String {
    let mut text = e.to_string();
    let mut source = e.source();
    while let Some(cause) = source {
        let cause_text = cause.to_string();
        if !text.contains(&cause_text) {
            text.push_str(": ");
            text.push_str(&cause_text);
        }
        source = cause.source();
    }
    text
}

/// A fresh throwaway database name: `shipgate_trace_` and 16 random hex digits.
fn throwaway_name() -> String {
    let mut hasher = std::collections::hash_map::RandomState::new().build_hasher();
    hasher.write_u32(std::process::id());
    if let Ok(now) = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH) {
        hasher.write_u128(now.as_nanos());
    }
    format!("shipgate_trace_{:016x}", hasher.finish())
}

/// Traces the checked files of `files` on `server`, replaying the unchecked
/// ones before them; `created` is told how to drop the throwaway database
/// as soon as it exists (for an interrupt handler). The database is dropped
/// before this returns, whether the trace ran or failed.
pub fn trace(
    server: Server,
    files: &[MigrationFile],
    nothing_found: &[NothingFound],
    settings: &Settings,
    created: &dyn Fn(&Cleanup),
) -> Result<GateReport, TraceError> {
    let plan = plan::plan(files, settings);
    let mut report = GateReport::new(GATE, env!("CARGO_PKG_VERSION"), settings.fail_on);
    report.rules = all_rules().into_iter().copied().collect();
    for nothing in nothing_found {
        report.push(compare::untraced_file(
            &nothing.path,
            &format!("no migration found ({})", nothing.searched),
        ));
    }
    let last = plan.iter().rposition(|f| f.traced);
    let mut tally = Tally::default();
    if let Some(last) = last {
        let mut runner = server.session(&throwaway_name())?;
        created(&runner.cleanup());
        let result = run(runner.as_mut(), &plan[..=last], &mut report, &mut tally);
        let closed = runner.close();
        result?;
        closed.map_err(TraceError::Runtime)?;
    }
    if tally.traced == 0 {
        let path = plan
            .iter()
            .find(|f| f.traced)
            .map_or("shipgate.toml", |f| f.path.as_str());
        let mut f = compare::untraced_file(
            path,
            "no statement was traced: nothing was checked against the server",
        );
        f.location = Location::new(path, 1, 1);
        report.push(f);
    }
    report.stats.insert(
        "files".into(),
        plan.iter().filter(|f| f.traced).count() as u64,
    );
    report.stats.insert("statements".into(), tally.traced);
    report
        .stats
        .insert("statements replayed".into(), tally.replayed);
    report.finish();
    Ok(report)
}

#[derive(Default)]
struct Tally {
    traced: u64,
    replayed: u64,
}

fn run(
    runner: &mut dyn Runner,
    plan: &[PlannedFile],
    report: &mut GateReport,
    tally: &mut Tally,
) -> Result<(), TraceError> {
    let mut broken: Option<String> = None;
    for file in plan {
        runner.start_file();
        if let Some(why) = &broken {
            if file.traced {
                report.push(compare::untraced_file(
                    &file.path,
                    &format!("the schema it needs is missing: {why}"),
                ));
            }
            continue;
        }
        if let Some(why) = &file.unrunnable {
            report.push(compare::untraced_file(&file.path, why));
            if !file.traced {
                broken = Some(format!(
                    "the earlier migration `{}` could not be replayed",
                    file.path
                ));
            }
            continue;
        }
        for statement in &file.statements {
            if !file.traced {
                if statement.kind == StatementKind::CopyFromStdin {
                    push(report, compare::findings(
                        &statement.at,
                        &Outcome::Untraced("`COPY ... FROM stdin` carries data the trace cannot send, so the earlier migrations cannot be replayed".to_owned()),
                    ));
                    broken = Some(format!(
                        "`{}` line {} could not be replayed",
                        file.path, statement.at.line
                    ));
                    break;
                }
                if let Some(message) = runner.replay(&statement.sql)? {
                    push(
                        report,
                        compare::findings(
                            &statement.at,
                            &Outcome::Failed(format!(
                                "while replaying an earlier migration: {message}"
                            )),
                        ),
                    );
                    broken = Some(format!(
                        "`{}` line {} failed to replay",
                        file.path, statement.at.line
                    ));
                    break;
                }
                tally.replayed += 1;
                continue;
            }
            let outcome = match statement.kind {
                StatementKind::TransactionControl => Outcome::Skipped(
                    "transaction control; every traced statement runs in a transaction of its own"
                        .to_owned(),
                ),
                StatementKind::CopyFromStdin => Outcome::Untraced(
                    "`COPY ... FROM stdin` carries data the trace cannot send".to_owned(),
                ),
                StatementKind::AlterTable | StatementKind::Index | StatementKind::Other => {
                    runner.trace(statement)?
                }
            };
            if matches!(outcome, Outcome::Observed(_)) {
                tally.traced += 1;
            }
            let stop = matches!(outcome, Outcome::Failed(_));
            push(report, compare::findings(&statement.at, &outcome));
            if stop {
                break;
            }
        }
    }
    Ok(())
}

fn push(report: &mut GateReport, findings: Vec<Finding>) {
    for f in findings {
        report.push(f);
    }
}
