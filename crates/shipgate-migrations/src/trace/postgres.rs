//! Tracing on PostgreSQL: a throwaway database, the earlier migrations
//! replayed into it, then each traced statement in a transaction of its own,
//! observed from a second connection before it commits.

use std::collections::{BTreeMap, HashSet};
use std::str::FromStr;
use std::time::{Duration, Instant};

use postgres::error::SqlState;
use postgres::{Client, Config, NoTls};
use shipgate_config::DbVersion;

use super::expect::Blocking;
use super::observe::{Held, Observed, Outcome, Scan};
use super::pg_catalog::{self, View};
use super::plan::PlannedStatement;
use super::{Cleanup, Runner, Target, TraceError};

/// A connection to the server `--database` names, not yet in a throwaway database.
pub struct PgServer {
    config: Config,
    admin: Client,
    version_num: i32,
    shown: String,
}

fn connect_error(shown: &str, e: &postgres::Error) -> TraceError {
    TraceError::Runtime(format!(
        "cannot connect to PostgreSQL at `{shown}`: {}",
        super::chain(e)
    ))
}

impl PgServer {
    /// Connects to `target`'s server (without TLS).
    pub fn connect(target: &Target) -> Result<Self, TraceError> {
        let shown = target.shown();
        let mut config = Config::from_str(&target.url).map_err(|e| {
            TraceError::Usage(format!("`--database {shown}` is not a PostgreSQL URL: {e}"))
        })?;
        crate::credentials::postgres(&mut config);
        let mut admin = config
            .connect(NoTls)
            .map_err(|e| connect_error(&shown, &e))?;
        let version_num: i32 = admin
            .query_one("SELECT current_setting('server_version_num')::int", &[])
            .map_err(|e| TraceError::Runtime(format!("`{shown}`: {e}")))?
            .get(0);
        Ok(Self {
            config,
            admin,
            version_num,
            shown,
        })
    }

    /// The server's version.
    pub fn version(&self) -> DbVersion {
        let n = u32::try_from(self.version_num).unwrap_or(0);
        DbVersion::new(n / 10000, n % 10000, 0)
    }

    /// Creates the throwaway database and connects to it twice.
    pub fn session(mut self, name: &str) -> Result<PgSession, TraceError> {
        self.admin
            .batch_execute(&format!("CREATE DATABASE {name}"))
            .map_err(|e| {
                let hint = if e.code() == Some(&SqlState::INSUFFICIENT_PRIVILEGE) {
                    ": the user needs the CREATEDB privilege (`ALTER ROLE ... CREATEDB`)"
                } else {
                    ""
                };
                TraceError::Runtime(format!(
                    "cannot create the throwaway database `{name}` on `{}`: {}{hint}",
                    self.shown,
                    server_message(&e)
                ))
            })?;
        let cleanup = Cleanup::Postgres {
            config: Box::new(self.config.clone()),
            name: name.to_owned(),
            force: self.version_num >= 130_000,
        };
        let mut config = self.config.clone();
        config.dbname(name);
        let connect = |config: &Config| {
            config
                .connect(NoTls)
                .map_err(|e| connect_error(&self.shown, &e))
        };
        let (migrating, observer) = match (connect(&config), connect(&config)) {
            (Ok(a), Ok(b)) => (a, b),
            (Err(e), _) | (_, Err(e)) => {
                let _ = cleanup.run();
                return Err(e);
            }
        };
        let mut session = PgSession {
            migrating: Some(migrating),
            observer,
            pid: 0,
            cleanup,
            created: HashSet::new(),
        };
        session.pid = session
            .client()?
            .query_one("SELECT pg_backend_pid()", &[])
            .map_err(|e| TraceError::Runtime(server_message(&e)))?
            .get(0);
        Ok(session)
    }
}

/// The server's message, with its detail and hint when it gives them.
fn server_message(e: &postgres::Error) -> String {
    match e.as_db_error() {
        Some(db) => {
            let mut message = format!("{} (SQLSTATE {})", db.message(), db.code().code());
            if let Some(detail) = db.detail() {
                message.push_str("; ");
                message.push_str(detail);
            }
            message
        }
        None => e.to_string(),
    }
}

/// A statement run outside a transaction: the server's answer, how long it
/// took, and the locks seen while it ran.
type Sampled = (
    Result<(), postgres::Error>,
    Duration,
    BTreeMap<u32, Vec<String>>,
);

/// Two connections to the throwaway database: one runs the migrations, one
/// watches it.
pub struct PgSession {
    migrating: Option<Client>,
    observer: Client,
    pid: i32,
    cleanup: Cleanup,
    /// Relations created by the current file's statements: locks on them
    /// and their rewrites hurt nobody.
    created: HashSet<u32>,
}

impl PgSession {
    fn client(&mut self) -> Result<&mut Client, TraceError> {
        self.migrating
            .as_mut()
            .ok_or_else(|| TraceError::Runtime("the migrating connection was lost".to_owned()))
    }

    /// Runs `sql` on the migrating connection outside a transaction, in a
    /// thread, while the observer samples its locks.
    fn run_sampled(&mut self, sql: &str) -> Result<Sampled, TraceError> {
        let mut client = self
            .migrating
            .take()
            .ok_or_else(|| TraceError::Runtime("the migrating connection was lost".to_owned()))?;
        let observer = &mut self.observer;
        let pid = self.pid;
        let mut seen: BTreeMap<u32, Vec<String>> = BTreeMap::new();
        let mut sample_error = None;
        let (result, elapsed, client) = std::thread::scope(|scope| {
            let worker = scope.spawn(move || {
                let start = Instant::now();
                let result = client.batch_execute(sql);
                (result, start.elapsed(), client)
            });
            while !worker.is_finished() {
                match pg_catalog::locks(observer, pid) {
                    Ok(locks) => {
                        for (oid, modes) in locks {
                            let entry = seen.entry(oid).or_default();
                            for m in modes {
                                if !entry.contains(&m) {
                                    entry.push(m);
                                }
                            }
                        }
                    }
                    Err(e) => sample_error = Some(e),
                }
                std::thread::sleep(Duration::from_millis(1));
            }
            worker.join()
        })
        .map_err(|_| TraceError::Runtime("the statement's thread panicked".to_owned()))?;
        self.migrating = Some(client);
        if let Some(e) = sample_error {
            return Err(TraceError::Runtime(format!(
                "cannot read the locks of the migrating connection: {}",
                server_message(&e)
            )));
        }
        Ok((result, elapsed, seen))
    }

    fn observe_error(e: &postgres::Error) -> TraceError {
        TraceError::Runtime(format!(
            "cannot read what the statement did from the catalogs: {}",
            server_message(e)
        ))
    }

    /// Runs a statement outside a transaction (the server refuses it in
    /// one), sampling its locks while it runs.
    fn trace_outside(&mut self, sql: &str) -> Result<Outcome, TraceError> {
        let before =
            pg_catalog::view(&mut self.observer, None).map_err(|e| Self::observe_error(&e))?;
        let (result, elapsed, seen) = self.run_sampled(sql)?;
        if let Err(e) = result {
            return Ok(Outcome::Failed(server_message(&e)));
        }
        let after =
            pg_catalog::view(&mut self.observer, None).map_err(|e| Self::observe_error(&e))?;
        let mut observed = self.compare(&seen, &before, &after, None);
        observed.elapsed = elapsed;
        observed.notes.push(
            "run outside a transaction, as the server requires: its locks were sampled every millisecond while it ran, so a shorter one can be missed".to_owned(),
        );
        Ok(Outcome::Observed(observed))
    }

    /// What changed between `before` and `after` for the relations locked.
    /// `scanned`, where known (inside a transaction), holds the tables the
    /// statement read: a constraint marked validated on another table was
    /// proven without a scan (a foreign key on a new column with no default).
    fn compare(
        &mut self,
        locks: &BTreeMap<u32, Vec<String>>,
        before: &View,
        after: &View,
        scanned: Option<&HashSet<u32>>,
    ) -> Observed {
        let mut observed = Observed::default();
        let existing = |oid: u32, created: &HashSet<u32>| {
            before.relations.contains_key(&oid) && !created.contains(&oid)
        };
        for oid in after.relations.keys() {
            if !before.relations.contains_key(oid) {
                self.created.insert(*oid);
            }
        }
        let mut strongest: BTreeMap<u32, Blocking> = BTreeMap::new();
        for (oid, modes) in locks {
            let Some(relation) = before
                .relations
                .get(oid)
                .or_else(|| after.relations.get(oid))
            else {
                continue;
            };
            let Some((_, name, blocking)) = modes
                .iter()
                .map(|m| pg_catalog::mode(m))
                .max_by_key(|m| m.0)
            else {
                continue;
            };
            let is_existing = existing(*oid, &self.created);
            strongest.insert(*oid, blocking);
            observed.locks.push(Held {
                relation: relation.shown.clone(),
                mode: name,
                blocking,
                existing: is_existing,
            });
        }
        observed.locks.sort_by(|a, b| a.relation.cmp(&b.relation));
        let on = |oid: u32| strongest.get(&oid).copied().unwrap_or(Blocking::Nothing);
        for (oid, old) in &before.relations {
            if self.created.contains(oid) {
                continue;
            }
            if let Some(new) = after.relations.get(oid)
                && old.filenode != 0
                && new.filenode != old.filenode
            {
                observed.rewritten.push(old.shown.clone());
            }
        }
        observed.rewritten.sort();
        for ((table, oid), (name, kind, validated)) in &after.constraints {
            if !existing(*table, &self.created) || !validated || !(kind == "c" || kind == "f") {
                continue;
            }
            let was = before.constraints.get(&(*table, *oid));
            if was.is_none_or(|(_, _, v)| !v) && scanned.is_none_or(|s| s.contains(table)) {
                observed.scans.push(Scan {
                    what: format!(
                        "{} (constraint `{name}` validated)",
                        before.relations[table].shown
                    ),
                    blocking: on(*table),
                });
            }
        }
        for ((table, column), notnull) in &after.columns {
            if *notnull
                && existing(*table, &self.created)
                && before.columns.get(&(*table, column.clone())) == Some(&false)
            {
                observed.scans.push(Scan {
                    what: format!(
                        "{} (`{column}` checked for NULL)",
                        before.relations[table].shown
                    ),
                    blocking: on(*table),
                });
            }
        }
        // An index re-created over the same file (a column widened in
        // place gets a new index oid over the old storage) was not built.
        let gone: HashSet<u32> = before
            .relations
            .iter()
            .filter(|(oid, r)| r.filenode != 0 && !after.relations.contains_key(oid))
            .map(|(_, r)| r.filenode)
            .collect();
        for (oid, relation) in &after.relations {
            if before.relations.contains_key(oid) || gone.contains(&relation.filenode) {
                continue;
            }
            if let Some(table) = relation.table
                && existing(table, &self.created)
            {
                observed.scans.push(Scan {
                    what: format!(
                        "{} (to build {})",
                        before.relations[&table].shown, relation.shown
                    ),
                    blocking: on(table),
                });
            }
        }
        observed.scans.sort_by(|a, b| a.what.cmp(&b.what));
        observed
    }
}

impl Runner for PgSession {
    fn start_file(&mut self) {
        self.created.clear();
    }

    fn replay(&mut self, sql: &str) -> Result<Option<String>, TraceError> {
        let client = self.client()?;
        let mut result = client.batch_execute(sql);
        // A statement that needs a transaction (`LOCK TABLE`): migration
        // tools run a file in one, so it runs in one of its own here.
        if result
            .as_ref()
            .is_err_and(|e| e.code() == Some(&SqlState::NO_ACTIVE_SQL_TRANSACTION))
        {
            result = client.batch_execute(&format!("BEGIN;\n{sql}\n;COMMIT"));
            if result.is_err() {
                let _ = client.batch_execute("ROLLBACK");
            }
        }
        match result {
            Ok(()) => Ok(None),
            Err(e) if e.as_db_error().is_some() => Ok(Some(server_message(&e))),
            Err(e) => Err(TraceError::Runtime(format!("the connection failed: {e}"))),
        }
    }

    fn trace(&mut self, statement: &PlannedStatement) -> Result<Outcome, TraceError> {
        let sql = statement.sql.as_str();
        let client = self.client()?;
        client
            .batch_execute("BEGIN")
            .map_err(|e| TraceError::Runtime(server_message(&e)))?;
        let counts = pg_catalog::scan_counts(client, None).map_err(|e| Self::observe_error(&e))?;
        let client = self.client()?;
        let start = Instant::now();
        let result = client.batch_execute(sql);
        let elapsed = start.elapsed();
        if let Err(e) = result {
            let _ = client.batch_execute("ROLLBACK");
            if e.code() == Some(&SqlState::ACTIVE_SQL_TRANSACTION) {
                return self.trace_outside(sql);
            }
            if e.as_db_error().is_none() {
                return Err(TraceError::Runtime(format!("the connection failed: {e}")));
            }
            return Ok(Outcome::Failed(server_message(&e)));
        }
        let locks =
            pg_catalog::locks(&mut self.observer, self.pid).map_err(|e| Self::observe_error(&e))?;
        let oids: Vec<u32> = locks.keys().copied().collect();
        let before = pg_catalog::view(&mut self.observer, Some(&oids))
            .map_err(|e| Self::observe_error(&e))?;
        let after =
            pg_catalog::view(self.client()?, Some(&oids)).map_err(|e| Self::observe_error(&e))?;
        let scanned: HashSet<u32> = pg_catalog::scan_counts(self.client()?, Some(&oids))
            .map_err(|e| Self::observe_error(&e))?
            .into_iter()
            .filter(|(oid, n)| *n > counts.get(oid).copied().unwrap_or(0))
            .map(|(oid, _)| oid)
            .collect();
        let mut observed = self.compare(&locks, &before, &after, Some(&scanned));
        observed.elapsed = elapsed;
        if let Err(e) = self.client()?.batch_execute("COMMIT") {
            return Ok(Outcome::Failed(format!(
                "at COMMIT: {}",
                server_message(&e)
            )));
        }
        Ok(Outcome::Observed(observed))
    }

    fn cleanup(&self) -> Cleanup {
        self.cleanup.clone()
    }

    fn close(mut self: Box<Self>) -> Result<(), String> {
        self.migrating = None;
        let cleanup = self.cleanup.clone();
        drop(self);
        cleanup.run()
    }
}

/// Drops a throwaway PostgreSQL database from a connection of its own.
pub fn drop_database(config: &Config, name: &str, force: bool) -> Result<(), String> {
    let mut admin = config.connect(NoTls).map_err(|e| e.to_string())?;
    if force {
        admin.batch_execute(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
    } else {
        admin
            .execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()",
                &[&name],
            )
            .and_then(|_| admin.batch_execute(&format!("DROP DATABASE IF EXISTS {name}")))
    }
    .map_err(|e| server_message(&e))
}
