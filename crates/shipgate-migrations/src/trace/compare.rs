//! Sets each statement's observation against its static verdict and turns
//! both into findings.

use shipgate_report::{Finding, Location, RuleMeta, Severity, fingerprint};

use super::expect::{Blocking, Expected};
use super::observe::{Observed, Outcome};
use super::rules::{
    ObservedLock, ObservedRewrite, ObservedScan, OverestimatedRisk, StatementFailedOnServer,
    TracedStatement, UntracedMigration,
};

/// One statement of a traced file, where it is, and its static verdict.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Statement {
    /// The file, as shown.
    pub path: String,
    /// Where the statement starts and ends (1-based).
    pub line: u32,
    /// Column of the start.
    pub column: u32,
    /// Line of the end.
    pub end_line: u32,
    /// Column of the end.
    pub end_column: u32,
    /// Its first line, shortened, for messages.
    pub excerpt: String,
    /// What the static rules said of it.
    pub expected: Expected,
}

impl Statement {
    fn finding(&self, meta: &RuleMeta, message: String, help: &str) -> Finding {
        let location = Location::new(self.path.clone(), self.line, self.column)
            .with_end(self.end_line, self.end_column);
        let mut f = Finding::new(meta.id, meta.default_severity, message, location)
            .with_help(help)
            .with_source_line(self.excerpt.clone());
        // Timings change from run to run; the fingerprint must not.
        f.fingerprint = fingerprint(&[
            meta.id,
            &self.path,
            &self.line.to_string(),
            &self.column.to_string(),
        ]);
        f
    }
}

/// Milliseconds with one decimal, for messages.
fn millis(observed: &Observed) -> String {
    format!("{:.1} ms", observed.elapsed.as_secs_f64() * 1000.0)
}

/// The findings for one statement's outcome.
pub fn findings(statement: &Statement, outcome: &Outcome) -> Vec<Finding> {
    let verdict = statement.expected.describe();
    match outcome {
        Outcome::Skipped(why) => vec![statement.finding(
            &TracedStatement::META,
            format!("not run on its own: {why}; static verdict: {verdict}"),
            "",
        )],
        Outcome::Untraced(why) => vec![statement.finding(
            &UntracedMigration::META,
            format!("not traced: {why}"),
            "trace the SQL this migration runs, or check it with `migrations check` alone",
        )],
        Outcome::Failed(message) => vec![statement.finding(
            &StatementFailedOnServer::META,
            format!("the server rejected the statement: {message}; the rest of the file was not traced"),
            "fix the statement, or the earlier migrations the schema comes from; the message is the server's",
        )],
        Outcome::Observed(observed) => observed_findings(statement, observed),
    }
}

fn observed_findings(statement: &Statement, observed: &Observed) -> Vec<Finding> {
    let expected = &statement.expected;
    let verdict = expected.describe();
    let mut out = Vec::new();
    let rewrites = if observed.locks_unobserved {
        "rewrites not observed".to_owned()
    } else if observed.rewritten.is_empty() {
        "no rewrite".to_owned()
    } else {
        format!("rewrote {}", observed.rewritten.join(", "))
    };
    let scans = if observed.scans.is_empty() {
        String::new()
    } else {
        let what: Vec<&str> = observed.scans.iter().map(|s| s.what.as_str()).collect();
        format!("; read whole: {}", what.join(", "))
    };
    let notes = if observed.notes.is_empty() {
        String::new()
    } else {
        format!(" ({})", observed.notes.join("; "))
    };
    out.push(statement.finding(
        &TracedStatement::META,
        format!(
            "observed: {}; {rewrites}{scans}; {}{notes}; static verdict: {verdict}",
            observed.describe_locks(),
            millis(observed)
        ),
        "",
    ));
    if observed.locks_unobserved {
        // Nothing seen, nothing to set against the verdict either way.
        return out;
    }

    let blocking = observed.blocking();
    if blocking >= Blocking::Writes && blocking > expected.blocking() {
        let locks: Vec<String> = observed
            .locks
            .iter()
            .filter(|h| h.existing && h.blocking == blocking)
            .map(|h| format!("{} on {}", h.mode, h.relation))
            .collect();
        out.push(statement.finding(
            &ObservedLock::META,
            format!(
                "the server held {} ({}) but the static verdict ({verdict}) expected {}",
                blocking,
                locks.join(", "),
                expected.blocking()
            ),
            "set a lock timeout and run it when the table is quiet, or take a weaker lock; the rule that should have seen it is worth a report",
        ));
    }
    if !observed.rewritten.is_empty() && !expected.predicted.rewrite {
        out.push(statement.finding(
            &ObservedRewrite::META,
            format!(
                "the server rewrote {} but the static verdict ({verdict}) predicted no rewrite",
                observed.rewritten.join(", ")
            ),
            "add the column or change the type in steps that keep the rows in place, and backfill in batches",
        ));
    }
    let blocking_scans: Vec<&str> = observed
        .scans
        .iter()
        .filter(|s| s.blocking >= Blocking::Writes)
        .map(|s| s.what.as_str())
        .collect();
    if !blocking_scans.is_empty() && !expected.predicted.scan && !expected.predicted.rewrite {
        out.push(statement.finding(
            &ObservedScan::META,
            format!(
                "the server read {} whole while blocking writes, but the static verdict ({verdict}) predicted no scan",
                blocking_scans.join(", ")
            ),
            "add constraints `NOT VALID` and `VALIDATE CONSTRAINT` later; build indexes `CONCURRENTLY` and attach them",
        ));
    }
    let mut over = Vec::new();
    if expected.predicted.rewrite && observed.rewritten.is_empty() {
        over.push("a rewrite".to_owned());
    }
    if expected.predicted.blocking > Blocking::Nothing && blocking == Blocking::Nothing {
        over.push(expected.predicted.blocking.to_string());
    }
    if !over.is_empty() {
        out.push(statement.finding(
            &OverestimatedRisk::META,
            format!(
                "the static verdict ({verdict}) predicted {} but the server did not: {}; {rewrites}",
                over.join(" and "),
                observed.describe_locks()
            ),
            "check `--db-version` matches the server; if the rule is wrong for this statement, report it",
        ));
    }
    out
}

/// A finding for a file the trace could not run at all, at its first line.
pub fn untraced_file(path: &str, why: &str) -> Finding {
    let mut f = Finding::new(
        UntracedMigration::META.id,
        Severity::Error,
        format!("not traced: {why}"),
        Location::new(path, 1, 1),
    )
    .with_help("trace the SQL this migration runs, or check it with `migrations check` alone");
    f.fingerprint = fingerprint(&[UntracedMigration::META.id, path]);
    f
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::{Statement, findings};
    use crate::trace::expect::{Blocking, Expected};
    use crate::trace::observe::{Held, Observed, Outcome, Scan};

    fn statement(rules: &[&str], modelled: Blocking) -> Statement {
        Statement {
            path: "db/V2__x.sql".into(),
            line: 3,
            column: 1,
            end_line: 3,
            end_column: 20,
            excerpt: "ALTER TABLE t ...".into(),
            expected: Expected::new(rules.iter().map(|r| (*r).to_owned()).collect(), modelled),
        }
    }

    fn copy(existing: bool) -> Observed {
        Observed {
            locks: vec![Held {
                relation: "table `t`".into(),
                mode: "ALGORITHM=COPY, LOCK=SHARED".into(),
                blocking: Blocking::Writes,
                existing,
            }],
            rewritten: if existing {
                vec!["table `t`".into()]
            } else {
                Vec::new()
            },
            elapsed: Duration::from_micros(1500),
            ..Observed::default()
        }
    }

    fn rules(statement: &Statement, outcome: &Outcome) -> Vec<String> {
        findings(statement, outcome)
            .into_iter()
            .map(|f| format!("{} {}", f.rule, f.message))
            .collect()
    }

    #[test]
    fn worse_than_the_verdict_fails_naming_both() {
        let out = rules(
            &statement(&[], Blocking::Nothing),
            &Outcome::Observed(copy(true)),
        );
        assert_eq!(out.len(), 3, "{out:#?}");
        assert!(out[0].starts_with("traced-statement observed: ALGORITHM=COPY, LOCK=SHARED on table `t`; rewrote table `t`; 1.5 ms; static verdict: no finding"), "{out:#?}");
        assert!(out[1].starts_with("observed-lock the server held a lock that blocks writes (ALGORITHM=COPY, LOCK=SHARED on table `t`) but the static verdict (no finding) expected no blocking lock"), "{out:#?}");
        assert!(out[2].starts_with("observed-rewrite the server rewrote table `t` but the static verdict (no finding) predicted no rewrite"), "{out:#?}");
    }

    #[test]
    fn what_the_verdict_predicted_passes() {
        let out = rules(
            &statement(&["mysql-blocking-alter"], Blocking::Nothing),
            &Outcome::Observed(copy(true)),
        );
        assert_eq!(out.len(), 1, "{out:#?}");
        // A table made by the same file: nobody waits on it.
        let out = rules(
            &statement(&[], Blocking::Nothing),
            &Outcome::Observed(copy(false)),
        );
        assert_eq!(out.len(), 1, "{out:#?}");
    }

    #[test]
    fn the_modelled_lock_covers_a_file_whose_lock_timeout_rule_fired_once() {
        let observed = Observed {
            locks: vec![Held {
                relation: "table `t`".into(),
                mode: "ACCESS EXCLUSIVE".into(),
                blocking: Blocking::ReadsAndWrites,
                existing: true,
            }],
            ..Observed::default()
        };
        let out = rules(
            &statement(&[], Blocking::ReadsAndWrites),
            &Outcome::Observed(observed.clone()),
        );
        assert_eq!(out.len(), 1, "{out:#?}");
        let out = rules(
            &statement(&[], Blocking::Nothing),
            &Outcome::Observed(observed),
        );
        assert!(out[1].starts_with("observed-lock "), "{out:#?}");
    }

    #[test]
    fn an_unpredicted_scan_under_a_blocking_lock_fails() {
        let observed = Observed {
            scans: vec![Scan {
                what: "table `t` (constraint `c` validated)".into(),
                blocking: Blocking::Writes,
            }],
            ..Observed::default()
        };
        let out = rules(
            &statement(&[], Blocking::ReadsAndWrites),
            &Outcome::Observed(observed.clone()),
        );
        assert!(
            out.iter().any(|f| f.starts_with(
                "observed-scan the server read table `t` (constraint `c` validated) whole"
            )),
            "{out:#?}"
        );
        let out = rules(
            &statement(&["constraint-missing-not-valid"], Blocking::Nothing),
            &Outcome::Observed(observed),
        );
        assert!(
            !out.iter().any(|f| f.starts_with("observed-scan")),
            "{out:#?}"
        );
    }

    #[test]
    fn a_verdict_worse_than_the_server_is_a_note_and_unobserved_locks_are_not_compared() {
        let online = Observed {
            locks: vec![Held {
                relation: "table `t`".into(),
                mode: "ALGORITHM=INSTANT".into(),
                blocking: Blocking::Nothing,
                existing: true,
            }],
            ..Observed::default()
        };
        let out = rules(
            &statement(&["mysql-blocking-alter"], Blocking::Nothing),
            &Outcome::Observed(online),
        );
        assert!(out.iter().any(|f| f.starts_with("overestimated-risk the static verdict (`mysql-blocking-alter`) predicted a rewrite and a lock that blocks reads and writes but the server did not")), "{out:#?}");
        let unobserved = Observed {
            locks_unobserved: true,
            ..Observed::default()
        };
        let out = rules(
            &statement(&["mysql-blocking-alter"], Blocking::Nothing),
            &Outcome::Observed(unobserved),
        );
        assert_eq!(out.len(), 1, "{out:#?}");
        assert!(
            out[0].contains("locks not observed; rewrites not observed"),
            "{out:#?}"
        );
    }

    #[test]
    fn failures_and_skips() {
        let s = statement(&[], Blocking::Nothing);
        let out = rules(
            &s,
            &Outcome::Failed("relation \"x\" does not exist (SQLSTATE 42P01)".into()),
        );
        assert_eq!(
            out,
            [
                "statement-failed-on-server the server rejected the statement: relation \"x\" does not exist (SQLSTATE 42P01); the rest of the file was not traced"
            ]
        );
        let out = rules(&s, &Outcome::Untraced("why".into()));
        assert_eq!(out, ["untraced-migration not traced: why"]);
        let out = rules(&s, &Outcome::Skipped("transaction control".into()));
        assert_eq!(
            out,
            [
                "traced-statement not run on its own: transaction control; static verdict: no finding"
            ]
        );
    }
}
