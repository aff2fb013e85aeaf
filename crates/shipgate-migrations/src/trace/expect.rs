//! The static verdict of one statement, as `migrations trace` compares it
//! with the server: what the rules that fired on it predict.

use std::fmt;

/// How much of a table's traffic a lock stops, weakest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Blocking {
    /// Reads and writes go on (PostgreSQL up to `SHARE UPDATE EXCLUSIVE`,
    /// MySQL `LOCK=NONE` or `INSTANT`).
    Nothing,
    /// Writes wait (PostgreSQL `SHARE` to `EXCLUSIVE`, MySQL `LOCK=SHARED`).
    Writes,
    /// Reads and writes wait (PostgreSQL `ACCESS EXCLUSIVE`, MySQL `LOCK=EXCLUSIVE`).
    ReadsAndWrites,
}

impl fmt::Display for Blocking {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Nothing => "no blocking lock",
            Self::Writes => "a lock that blocks writes",
            Self::ReadsAndWrites => "a lock that blocks reads and writes",
        })
    }
}

/// What one rule, when it fires on a statement, says the statement does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Prediction {
    /// The strongest lock the rule says the statement takes.
    pub blocking: Blocking,
    /// Whether it says a table or index is rewritten.
    pub rewrite: bool,
    /// Whether it says a table is read whole (a validation or an index build).
    pub scan: bool,
}

const fn predicts(blocking: Blocking, rewrite: bool, scan: bool) -> Prediction {
    Prediction {
        blocking,
        rewrite,
        scan,
    }
}

/// What the migration rule `id` predicts when it fires; `None` for an id
/// this table does not know (a rule added without a row here, which a test
/// rules out).
///
/// Rules about data loss, naming or the application (dropping a column,
/// renaming) still predict the `ACCESS EXCLUSIVE` lock their statements take.
/// The rules that report what shipgate could not read predict the worst:
/// their verdict is already a failure, and the trace shows what the
/// statement really does.
pub fn prediction(id: &str) -> Option<Prediction> {
    use Blocking::{Nothing, ReadsAndWrites, Writes};
    Some(match id {
        "adding-volatile-default"
        | "blocking-maintenance"
        | "changing-column-type"
        | "mysql-blocking-alter"
        | "truncating-table"
        | "unparseable-statement"
        | "unresolved-table"
        | "unresolved-call"
        | "requires-newer-postgres"
        | "mysql-refused-algorithm"
        | "statement-too-large"
        | "unreadable-migration"
        | "reindex-without-concurrently" => predicts(ReadsAndWrites, true, true),
        "constraint-missing-not-valid"
        | "constraint-without-using-index"
        | "setting-not-null"
        | "validate-in-same-transaction" => predicts(ReadsAndWrites, false, true),
        "index-without-concurrently" | "index-on-partitioned-table" => {
            predicts(Writes, false, true)
        }
        "long-running-data-migration" => predicts(Nothing, false, true),
        "adding-required-column"
        | "detach-partition-without-concurrently"
        | "dropping-column"
        | "dropping-table"
        | "missing-lock-timeout"
        | "renaming-column"
        | "renaming-table" => predicts(ReadsAndWrites, false, false),
        "concurrently-in-transaction"
        | "delete-without-where"
        | "empty-migration"
        | "enum-value-in-transaction"
        | "financial-table-audit-trail"
        | "float-for-money"
        | "invalid-suppression"
        | "no-migrations"
        | "not-null-unwritten-column"
        | "renaming-type"
        | "update-without-where" => predicts(Nothing, false, false),
        _ => return None,
    })
}

/// What a `mysql-blocking-alter` finding's `mysql_algorithm` and
/// `mysql_lock` properties say the server does; `None` without them.
pub fn mysql_verdict(
    properties: &std::collections::BTreeMap<String, String>,
) -> Option<Prediction> {
    let algorithm = properties.get("mysql_algorithm")?;
    let blocking = match properties.get("mysql_lock")?.as_str() {
        "none" => Blocking::Nothing,
        "shared" => Blocking::Writes,
        _ => Blocking::ReadsAndWrites,
    };
    let rewrite = matches!(algorithm.as_str(), "inplace-rebuild" | "copy");
    Some(predicts(blocking, rewrite, algorithm != "instant"))
}

/// The static verdict of one statement.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Expected {
    /// The ids of the active findings `migrations check` gives for the
    /// statement, sorted, once each.
    pub rules: Vec<String>,
    /// What those findings predict together.
    pub predicted: Prediction,
    /// The lock shipgate's operation model gives the statement even where no
    /// rule reports it (`missing-lock-timeout` reports once per file, and
    /// not at all after `SET lock_timeout`).
    pub modelled: Blocking,
}

impl Expected {
    /// The verdict of a statement with the findings `rules` and the modelled lock.
    pub fn new(rules: Vec<String>, modelled: Blocking) -> Self {
        Self::with_verdicts(rules, modelled, &[])
    }

    /// The verdict where findings said more than their rule's row
    /// (`mysql-blocking-alter`, which carries the online DDL table's lock
    /// and algorithm): `said` holds each finding's own prediction, and for a
    /// rule with entries there they replace its row.
    pub fn with_verdicts(
        mut rules: Vec<String>,
        modelled: Blocking,
        said: &[(String, Prediction)],
    ) -> Self {
        rules.sort();
        rules.dedup();
        let mut predicted = Prediction {
            blocking: Blocking::Nothing,
            rewrite: false,
            scan: false,
        };
        let mut add = |p: Prediction| {
            predicted.blocking = predicted.blocking.max(p.blocking);
            predicted.rewrite |= p.rewrite;
            predicted.scan |= p.scan;
        };
        for rule in &rules {
            let own: Vec<Prediction> = said
                .iter()
                .filter(|(r, _)| r == rule)
                .map(|(_, p)| *p)
                .collect();
            if !own.is_empty() {
                own.into_iter().for_each(&mut add);
            } else if let Some(p) = prediction(rule) {
                // An id without a row predicts nothing: the trace then fails
                // where it should not rather than pass where it should fail.
                add(p);
            }
        }
        Self {
            rules,
            predicted,
            modelled,
        }
    }

    /// The strongest lock the static side expects, from findings or the model.
    pub fn blocking(&self) -> Blocking {
        self.predicted.blocking.max(self.modelled)
    }

    /// The findings as `` `a`, `b` ``, or `no finding`.
    pub fn describe(&self) -> String {
        if self.rules.is_empty() {
            return "no finding".to_owned();
        }
        let quoted: Vec<String> = self.rules.iter().map(|r| format!("`{r}`")).collect();
        quoted.join(", ")
    }
}

#[cfg(test)]
mod tests {
    use super::{Blocking, Expected, mysql_verdict, prediction};

    #[test]
    fn every_migration_rule_has_a_prediction() {
        for rule in crate::all_rules() {
            assert!(
                prediction(rule.id).is_some(),
                "`{}` has no row in trace::expect::prediction",
                rule.id
            );
        }
        assert!(prediction("no-such-rule").is_none());
    }

    #[test]
    fn findings_combine_to_the_worst_prediction() {
        let e = Expected::new(
            vec![
                "index-without-concurrently".into(),
                "float-for-money".into(),
                "float-for-money".into(),
            ],
            Blocking::Nothing,
        );
        assert_eq!(e.rules, ["float-for-money", "index-without-concurrently"]);
        assert_eq!(e.blocking(), Blocking::Writes);
        assert!(e.predicted.scan && !e.predicted.rewrite);
        assert_eq!(
            e.describe(),
            "`float-for-money`, `index-without-concurrently`"
        );
        let none = Expected::new(Vec::new(), Blocking::ReadsAndWrites);
        assert_eq!(none.blocking(), Blocking::ReadsAndWrites);
        assert_eq!(none.describe(), "no finding");
    }

    #[test]
    fn a_mysql_finding_predicts_what_the_online_ddl_table_says() {
        let props = |algorithm: &str, lock: &str| {
            [("mysql_algorithm", algorithm), ("mysql_lock", lock)]
                .into_iter()
                .map(|(k, v)| (k.to_owned(), v.to_owned()))
                .collect()
        };
        let rule = "mysql-blocking-alter".to_owned();
        // A rebuild in place lets writes go on: no blocking lock predicted.
        let inplace = mysql_verdict(&props("inplace-rebuild", "none")).unwrap();
        let e = Expected::with_verdicts(
            vec![rule.clone()],
            Blocking::Nothing,
            &[(rule.clone(), inplace)],
        );
        assert_eq!(e.blocking(), Blocking::Nothing);
        assert!(e.predicted.rewrite && e.predicted.scan);
        // A copy blocks writes.
        let copy = mysql_verdict(&props("copy", "shared")).unwrap();
        let e = Expected::with_verdicts(
            vec![rule.clone()],
            Blocking::Nothing,
            &[(rule.clone(), copy)],
        );
        assert_eq!(e.blocking(), Blocking::Writes);
        // Without the properties, the rule's row: the worst.
        assert!(mysql_verdict(&std::collections::BTreeMap::new()).is_none());
        let e = Expected::new(vec![rule], Blocking::Nothing);
        assert_eq!(e.blocking(), Blocking::ReadsAndWrites);
    }
}
