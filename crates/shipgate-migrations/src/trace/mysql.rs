//! Tracing on MySQL and MariaDB: a throwaway database, the earlier
//! migrations replayed into it, then each traced `ALTER TABLE` probed with
//! `ALGORITHM=` and `LOCK=` clauses from the cheapest up. The server refuses
//! what it cannot honour, so the first clause it accepts is what it does;
//! that accepted probe is the statement's one real run.

use std::collections::HashSet;
use std::time::Instant;

use mysql::prelude::Queryable;
use mysql::{Conn, Opts, OptsBuilder};
use shipgate_config::{DbVersion, Dialect};

use super::expect::Blocking;
use super::observe::{Held, Observed, Outcome};
use super::plan::{PlannedStatement, StatementKind};
use super::{Cleanup, Runner, Target, TraceError};
use crate::credentials::mysql_message;
use crate::online_ddl::{Algorithm, Lock};

/// A connection to the server `--database` names, not yet in a throwaway database.
pub struct MyServer {
    opts: Opts,
    admin: Conn,
    version: DbVersion,
    mariadb: bool,
    shown: String,
}

impl MyServer {
    /// Connects to `target`'s server (without TLS).
    pub fn connect(target: &Target) -> Result<Self, TraceError> {
        let shown = target.shown();
        let url = match target.url.split_once("://") {
            Some((_, rest)) => format!("mysql://{rest}"),
            None => target.url.clone(),
        };
        let opts = Opts::from_url(&url)
            .map(crate::credentials::mysql)
            .map_err(|e| {
                TraceError::Usage(format!("`--database {shown}` is not a MySQL URL: {e}"))
            })?;
        let mut admin = Conn::new(opts.clone()).map_err(|e| {
            TraceError::Runtime(format!(
                "cannot connect to `{shown}`: {}",
                mysql_message(&e)
            ))
        })?;
        let text: String = admin
            .query_first("SELECT VERSION()")
            .map_err(|e| TraceError::Runtime(format!("`{shown}`: {}", mysql_message(&e))))?
            .unwrap_or_default();
        let number = text.split(['-', '+']).next().unwrap_or_default();
        let version = number.parse::<DbVersion>().map_err(|e| {
            TraceError::Runtime(format!("`{shown}` reports the version `{text}`: {e}"))
        })?;
        Ok(Self {
            opts,
            admin,
            version,
            mariadb: text.contains("MariaDB"),
            shown,
        })
    }

    /// MySQL or MariaDB, as the server says.
    pub fn dialect(&self) -> Dialect {
        if self.mariadb {
            Dialect::Mariadb
        } else {
            Dialect::Mysql
        }
    }

    /// The server's version.
    pub fn version(&self) -> DbVersion {
        self.version
    }

    /// Creates the throwaway database and connects to it.
    pub fn session(mut self, name: &str) -> Result<MySession, TraceError> {
        self.admin
            .query_drop(format!("CREATE DATABASE `{name}`"))
            .map_err(|e| {
                TraceError::Runtime(format!(
                    "cannot create the throwaway database `{name}` on `{}`: {}",
                    self.shown,
                    mysql_message(&e)
                ))
            })?;
        let opts: Opts = OptsBuilder::from_opts(self.opts.clone())
            .db_name(Some(name))
            .into();
        let conn = match Conn::new(opts) {
            Ok(conn) => conn,
            Err(e) => {
                let _ = drop_database(&self.opts, name, None);
                return Err(TraceError::Runtime(format!(
                    "cannot connect to the throwaway database on `{}`: {}",
                    self.shown,
                    mysql_message(&e)
                )));
            }
        };
        let cleanup = Cleanup::Mysql {
            opts: Box::new(self.opts.clone()),
            name: name.to_owned(),
            connection: Some(conn.connection_id()),
        };
        Ok(MySession {
            conn: Some(conn),
            mariadb: self.mariadb,
            cleanup,
            created: HashSet::new(),
        })
    }
}

/// The connection to the throwaway database.
pub struct MySession {
    conn: Option<Conn>,
    mariadb: bool,
    cleanup: Cleanup,
    /// Tables created by the current file: their rebuilds hurt nobody.
    created: HashSet<String>,
}

/// Whether the server refused an `ALGORITHM=`/`LOCK=` clause it cannot
/// honour (`ER_ALTER_OPERATION_NOT_SUPPORTED`, `..._REASON`, `..._REASON_COPY`).
fn refused(e: &mysql::Error) -> bool {
    matches!(e, mysql::Error::MySqlError(e) if matches!(e.code, 1845..=1847))
}

impl MySession {
    fn conn(&mut self) -> Result<&mut Conn, TraceError> {
        self.conn
            .as_mut()
            .ok_or_else(|| TraceError::Runtime("the connection was lost".to_owned()))
    }

    /// The probes, cheapest first: algorithm, its clause, and the lock clause.
    fn probes(&self) -> Vec<(Algorithm, &'static str, Option<Lock>)> {
        let mut probes = vec![(Algorithm::Instant, "INSTANT", None)];
        if self.mariadb {
            for lock in [Lock::None, Lock::Shared, Lock::Exclusive] {
                probes.push((Algorithm::InplaceNoRebuild, "NOCOPY", Some(lock)));
            }
        }
        for lock in [Lock::None, Lock::Shared, Lock::Exclusive] {
            probes.push((Algorithm::InplaceRebuild, "INPLACE", Some(lock)));
        }
        for lock in [Lock::Shared, Lock::Exclusive] {
            probes.push((Algorithm::Copy, "COPY", Some(lock)));
        }
        probes
    }

    /// The `InnoDB` id of `table`: a rebuild gives the table a new one.
    fn table_id(&mut self, table: &str) -> Option<u64> {
        let view = if self.mariadb {
            "INNODB_SYS_TABLES"
        } else {
            "INNODB_TABLES"
        };
        let name = table.trim_matches('`').to_owned();
        self.conn()
            .ok()?
            .exec_first(
                format!(
                    "SELECT TABLE_ID FROM information_schema.{view} WHERE NAME = CONCAT(DATABASE(), '/', ?)"
                ),
                (name,),
            )
            .ok()
            .flatten()
    }

    fn probe(&mut self, sql: &str, table: &str, separator: &str) -> Result<Outcome, TraceError> {
        let existing = !self.created.contains(&table.to_ascii_lowercase());
        let before = self.table_id(table);
        for (algorithm, clause, lock) in self.probes() {
            let lock_clause = match lock {
                None => "",
                Some(Lock::None) => "LOCK=NONE",
                Some(Lock::Shared) => "LOCK=SHARED",
                Some(Lock::Exclusive) => "LOCK=EXCLUSIVE",
            };
            let probe = if lock_clause.is_empty() {
                format!("{sql}{separator}ALGORITHM={clause}")
            } else {
                format!("{sql}{separator}ALGORITHM={clause}{separator}{lock_clause}")
            };
            let start = Instant::now();
            match self.conn()?.query_drop(&probe) {
                Ok(()) => {
                    let elapsed = start.elapsed();
                    let mut algorithm = algorithm;
                    // MySQL has no NOCOPY: a rebuild shows as a new table id.
                    if !self.mariadb && algorithm == Algorithm::InplaceRebuild {
                        let after = self.table_id(table);
                        if before.is_some() && before == after {
                            algorithm = Algorithm::InplaceNoRebuild;
                        }
                    }
                    let lock = lock.unwrap_or(Lock::None);
                    let blocking = match (algorithm, lock) {
                        (Algorithm::Instant, _) | (_, Lock::None) => Blocking::Nothing,
                        (_, Lock::Shared) => Blocking::Writes,
                        (_, Lock::Exclusive) => Blocking::ReadsAndWrites,
                    };
                    let lock_name = match lock {
                        Lock::None => "NONE",
                        Lock::Shared => "SHARED",
                        Lock::Exclusive => "EXCLUSIVE",
                    };
                    let mode = if algorithm == Algorithm::Instant {
                        "ALGORITHM=INSTANT".to_owned()
                    } else {
                        format!(
                            "ALGORITHM={clause}{}, LOCK={lock_name}",
                            if algorithm == Algorithm::InplaceNoRebuild && !self.mariadb {
                                " (no rebuild)"
                            } else {
                                ""
                            }
                        )
                    };
                    let shown = format!("table `{}`", table.trim_matches('`'));
                    let mut observed = Observed {
                        locks: vec![Held {
                            relation: shown.clone(),
                            mode,
                            blocking,
                            existing,
                        }],
                        elapsed,
                        ..Observed::default()
                    };
                    if existing && matches!(algorithm, Algorithm::InplaceRebuild | Algorithm::Copy)
                    {
                        observed.rewritten.push(shown);
                    }
                    observed.notes.push(format!(
                        "the cheapest clause the server accepted{}",
                        if algorithm == Algorithm::Instant {
                            ""
                        } else {
                            "; cheaper ones were refused"
                        }
                    ));
                    return Ok(Outcome::Observed(observed));
                }
                Err(e) if refused(&e) => {}
                Err(e @ mysql::Error::MySqlError(_)) => {
                    // Not a refusal: the statement may not take the clause.
                    return self.plain(
                        sql,
                        Some(format!(
                            "not probed: the server did not take an `ALGORITHM=` clause on it ({})",
                            mysql_message(&e)
                        )),
                    );
                }
                Err(e) => {
                    return Err(TraceError::Runtime(format!(
                        "the connection failed: {}",
                        mysql_message(&e)
                    )));
                }
            }
        }
        self.plain(
            sql,
            Some("the server refused every ALGORITHM= and LOCK= clause".to_owned()),
        )
    }

    fn plain(&mut self, sql: &str, note: Option<String>) -> Result<Outcome, TraceError> {
        let start = Instant::now();
        match self.conn()?.query_drop(sql) {
            Ok(()) => Ok(Outcome::Observed(Observed {
                elapsed: start.elapsed(),
                notes: note.into_iter().collect(),
                locks_unobserved: true,
                ..Observed::default()
            })),
            Err(e @ mysql::Error::MySqlError(_)) => Ok(Outcome::Failed(mysql_message(&e))),
            Err(e) => Err(TraceError::Runtime(format!(
                "the connection failed: {}",
                mysql_message(&e)
            ))),
        }
    }
}

impl Runner for MySession {
    fn start_file(&mut self) {
        self.created.clear();
    }

    fn replay(&mut self, sql: &str) -> Result<Option<String>, TraceError> {
        match self.conn()?.query_drop(sql) {
            Ok(()) => Ok(None),
            Err(e @ mysql::Error::MySqlError(_)) => Ok(Some(mysql_message(&e))),
            Err(e) => Err(TraceError::Runtime(format!(
                "the connection failed: {}",
                mysql_message(&e)
            ))),
        }
    }

    fn trace(&mut self, statement: &PlannedStatement) -> Result<Outcome, TraceError> {
        let sql = statement.sql.as_str();
        if statement.creates_table
            && let Some(table) = &statement.table
        {
            self.created.insert(table.to_ascii_lowercase());
        }
        let separator = match statement.kind {
            StatementKind::AlterTable => ", ",
            StatementKind::Index => " ",
            _ => {
                return self.plain(
                    sql,
                    Some("not probed: only ALTER TABLE, CREATE INDEX and DROP INDEX take ALGORITHM= and LOCK=".to_owned()),
                );
            }
        };
        match &statement.table {
            Some(table) if !statement.hinted => self.probe(sql, table, separator),
            Some(_) => self.plain(
                sql,
                Some("not probed: the statement states its own ALGORITHM= or LOCK=".to_owned()),
            ),
            None => self.plain(
                sql,
                Some("not probed: shipgate did not read which table it changes".to_owned()),
            ),
        }
    }

    fn cleanup(&self) -> Cleanup {
        self.cleanup.clone()
    }

    fn close(mut self: Box<Self>) -> Result<(), String> {
        self.conn = None;
        let mut cleanup = self.cleanup.clone();
        if let Cleanup::Mysql { connection, .. } = &mut cleanup {
            *connection = None;
        }
        cleanup.run()
    }
}

/// Drops a throwaway MySQL database from a connection of its own, first
/// ending the trace's connection if it may still be running a statement.
pub fn drop_database(opts: &Opts, name: &str, connection: Option<u32>) -> Result<(), String> {
    let mut admin = Conn::new(opts.clone()).map_err(|e| mysql_message(&e))?;
    if let Some(id) = connection {
        let _ = admin.query_drop(format!("KILL {id}"));
    }
    admin
        .query_drop(format!("DROP DATABASE IF EXISTS `{name}`"))
        .map_err(|e| mysql_message(&e))
}
