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
}
