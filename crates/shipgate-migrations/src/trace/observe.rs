//! What the server did with one statement, as either backend records it.

use std::time::Duration;

use super::expect::Blocking;

/// A lock the statement held on one relation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Held {
    /// The relation, as `table `t`` or `index `t_pkey``.
    pub relation: String,
    /// The mode as the server names it: `ACCESS EXCLUSIVE`, `LOCK=SHARED`.
    pub mode: String,
    /// What the mode stops.
    pub blocking: Blocking,
    /// Whether the relation existed before the traced file began (only
    /// those can hurt production traffic).
    pub existing: bool,
}

/// A table read whole (a validation, or an index build).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Scan {
    /// What was read and why: "`t` (constraint `t_fk` validated)".
    pub what: String,
    /// The strongest lock held on the table meanwhile.
    pub blocking: Blocking,
}

/// What the server was seen to do.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Observed {
    /// The locks, sorted by relation, strongest mode first.
    pub locks: Vec<Held>,
    /// Relations that existed before the file and were rewritten.
    pub rewritten: Vec<String>,
    /// Whole-table reads of relations that existed before the file.
    pub scans: Vec<Scan>,
    /// How long the statement ran.
    pub elapsed: Duration,
    /// How it was observed, where that limits what was seen.
    pub notes: Vec<String>,
    /// Whether the locks could not be observed at all (MySQL statements
    /// that take no `ALGORITHM=` clause).
    pub locks_unobserved: bool,
}

impl Observed {
    /// The strongest lock on a relation that existed before the file.
    pub fn blocking(&self) -> Blocking {
        self.locks
            .iter()
            .filter(|h| h.existing)
            .map(|h| h.blocking)
            .max()
            .unwrap_or(Blocking::Nothing)
    }

    /// The locks as `ACCESS EXCLUSIVE on table `t`, SHARE on ...`.
    pub fn describe_locks(&self) -> String {
        if self.locks_unobserved {
            return "locks not observed".to_owned();
        }
        if self.locks.is_empty() {
            return "no lock on a table or index".to_owned();
        }
        let parts: Vec<String> = self
            .locks
            .iter()
            .map(|h| {
                format!(
                    "{} on {}{}",
                    h.mode,
                    h.relation,
                    if h.existing { "" } else { " (new)" }
                )
            })
            .collect();
        parts.join(", ")
    }
}

/// How one traced statement ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// It ran, and this is what was seen.
    Observed(Observed),
    /// It was not run on purpose, and why (transaction control: every
    /// statement runs in a transaction of its own).
    Skipped(String),
    /// The server rejected it, with the server's message.
    Failed(String),
    /// It could not be run, and why.
    Untraced(String),
}
