use std::collections::HashSet;

use crate::changeset::ChangeSet;
use crate::rules::api::Found;

declare_rule! {
    /// ## What it does
    /// Warns about a `shipgate:allow` comment that has no reason, or names a rule
    /// that does not exist. Such a comment suppresses nothing.
    ///
    /// ## Why is this bad?
    /// An accepted risk without a recorded reason cannot be reviewed or audited,
    /// and a misspelt rule id would otherwise look like a suppression that works.
    ///
    /// ## Example
    /// ```sql
    /// ALTER TABLE fees DROP COLUMN legacy; -- shipgate:allow dropping-column
    /// ```
    ///
    /// Use instead:
    /// ```sql
    /// ALTER TABLE fees DROP COLUMN legacy; -- shipgate:allow dropping-column unused since 2.14, backed up in TICKET-123
    /// ```
    pub struct InvalidSuppression {
        id: "invalid-suppression",
        severity: Warning,
        summary: "shipgate:allow comment without a reason or with an unknown rule",
    }
}
// A comment that suppresses nothing is not itself suppressed by another.
impl_change_set_rule!(InvalidSuppression, check, unsuppressible);

fn check(set: &ChangeSet<'_>, out: &mut Vec<Found>) {
    let known: HashSet<&str> = set.rules.iter().map(|r| r.id).collect();
    for (index, file) in set.files.iter().enumerate() {
        if !file.checked {
            continue;
        }
        for s in &file.suppressions {
            let message = if s.rule.is_empty() || !known.contains(s.rule.as_str()) {
                format!(
                    "`shipgate:allow` names unknown rule `{}`, so it suppresses nothing",
                    s.rule
                )
            } else if s.reason.is_empty() {
                format!(
                    "`shipgate:allow {}` gives no reason, so it suppresses nothing",
                    s.rule
                )
            } else {
                continue;
            };
            out.push(Found::in_file(
                index,
                s.span.clone(),
                message,
                "write `shipgate:allow <rule-id> <reason>`; `shipgate rules` lists the rule ids",
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::testing::{count, pg};

    const ID: &str = "invalid-suppression";

    #[test]
    fn reason_is_required() {
        let findings = pg("DROP TABLE fees; -- shipgate:allow dropping-table");
        assert_eq!(count(ID, &findings), 1);
        assert_eq!(count("dropping-table", &findings), 1);
        let findings = pg("DROP TABLE fees; -- shipgate:allow dropping-table archived in TICKET-9");
        assert_eq!(count(ID, &findings), 0);
        assert_eq!(count("dropping-table", &findings), 0);
        assert_eq!(
            count(
                ID,
                &pg("DROP TABLE fees; -- shipgate:allow droping-table typo here")
            ),
            1
        );
    }


    #[test]
    fn it_cannot_itself_be_suppressed() {
        // The second comment is valid, and covers the first comment's line:
        // it still does not hide that the first suppresses nothing.
        let sql = "-- shipgate:allow invalid-suppression reviewed in TICKET-1\nDROP TABLE fees; -- shipgate:allow dropping-table\n";
        assert_eq!(count(ID, &pg(sql)), 1);
        // A valid suppression of another rule on the same line works as ever.
        let sql = "-- shipgate:allow dropping-table archived in TICKET-9\nDROP TABLE fees;\n";
        assert_eq!(count(ID, &pg(sql)), 0);
        assert_eq!(count("dropping-table", &pg(sql)), 0);
    }

    #[test]
    fn only_files_in_the_change_set_are_reported() {
        let settings = crate::Settings::new(
            &shipgate_config::MigrationsConfig::default(),
            None,
            None,
        )
        .unwrap();
        let file = |name: &str, checked| crate::SourceFile {
            display: name.into(),
            bytes: b"SELECT 1; -- shipgate:allow no-such-rule because".to_vec(),
            checked,
        };
        let report = crate::check_sources(
            vec![file("V1__old.sql", false), file("V2__new.sql", true)],
            &settings,
        );
        let found: Vec<&str> = report
            .findings
            .iter()
            .filter(|f| f.rule == ID)
            .map(|f| f.location.path.as_str())
            .collect();
        assert_eq!(found, vec!["V2__new.sql"]);
    }
}
