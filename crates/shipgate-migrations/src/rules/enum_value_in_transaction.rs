use crate::ir::{Op, OpKind};
use crate::rules::api::{Context, Violation};

declare_rule! {
    /// ## What it does
    /// Flags `ALTER TYPE ... ADD VALUE` inside a transaction on PostgreSQL
    /// before 12, and, from 12, a statement that names the new value (as a
    /// string literal) later in the same transaction.
    ///
    /// ## Why is this bad?
    /// Before PostgreSQL 12 the statement cannot run inside a transaction block,
    /// so the migration fails during the deploy. PostgreSQL 12 allows it
    /// (release notes 12.0: "Allow ALTER TYPE ... ADD VALUE to be run inside a
    /// transaction block"), but the value cannot be used until the transaction
    /// commits: `INSERT`/`UPDATE` with it fails with "unsafe use of new value"
    /// (observed on PostgreSQL 15), and the migration with it.
    ///
    /// ## Example
    /// ```sql
    /// BEGIN;
    /// ALTER TYPE payment_status ADD VALUE 'refunded';
    /// UPDATE payments SET status = 'refunded' WHERE id = 42;
    /// COMMIT;
    /// ```
    ///
    /// Use instead:
    /// ```sql
    /// ALTER TYPE payment_status ADD VALUE 'refunded';  -- committed on its own (or in an earlier migration)
    /// UPDATE payments SET status = 'refunded' WHERE id = 42;
    /// ```
    pub struct EnumValueInTransaction {
        id: "enum-value-in-transaction",
        severity: Error,
        summary: "ALTER TYPE ... ADD VALUE inside a transaction before PostgreSQL 12, or the new value used before commit",
    }
}
impl_rule!(EnumValueInTransaction, check);

fn check(op: &Op, cx: &Context<'_>, out: &mut Vec<Violation>) {
    if !cx.postgres() || !cx.in_transaction {
        return;
    }
    if let OpKind::AddEnumValue { type_name, .. } = &op.kind {
        if !cx.at_least(12, 0, 0) {
            out.push(Violation::new(
                op,
                format!("`ALTER TYPE {type_name} ADD VALUE` cannot run inside a transaction before PostgreSQL 12"),
                "run it on its own, outside a transaction (Laravel: `public $withinTransaction = false;`)",
            ));
        }
        return;
    }
    if let Some(value) = cx.new_enum_value_used {
        out.push(Violation::new(
            op,
            format!(
                "this statement uses enum value `{value}`, added earlier in the same transaction: from PostgreSQL 12 the value cannot be used until that transaction commits (\"unsafe use of new value\")"
            ),
            "commit between the two: add the value in its own migration (or before a `COMMIT`), and use it in a later one",
        ));
    }
}

#[cfg(test)]
mod tests {
    use crate::testing::{count, pg_at};

    const ID: &str = "enum-value-in-transaction";

    #[test]
    fn from_12_the_new_value_cannot_be_used_before_commit() {
        let used = "BEGIN;\nALTER TYPE payment_status ADD VALUE 'refunded';\nUPDATE payments SET status = 'refunded' WHERE id = 42;\nCOMMIT;";
        let findings = pg_at("12", used);
        assert_eq!(count(ID, &findings), 1, "{findings:#?}");
        assert!(findings.iter().any(|f| f.message.contains("`refunded`")));
        assert_eq!(count(ID, &pg_at("18", used)), 1);
        let if_not_exists = "BEGIN;\nALTER TYPE payment_status ADD VALUE IF NOT EXISTS 'refunded' AFTER 'paid';\nINSERT INTO payments (status) VALUES ('refunded');\nCOMMIT;";
        assert_eq!(count(ID, &pg_at("15", if_not_exists)), 1);
        let value_in_name = "BEGIN;\nALTER TYPE value_kind ADD VALUE 'refunded';\nINSERT INTO payments (kind) VALUES ('refunded');\nCOMMIT;";
        assert_eq!(count(ID, &pg_at("15", value_in_name)), 1);
        // Committed first, another value, or no transaction: fine.
        for sql in [
            "BEGIN;\nALTER TYPE payment_status ADD VALUE 'refunded';\nCOMMIT;\nUPDATE payments SET status = 'refunded' WHERE id = 42;",
            "BEGIN;\nALTER TYPE payment_status ADD VALUE 'refunded';\nUPDATE payments SET status = 'paid' WHERE id = 42;\nCOMMIT;",
            "ALTER TYPE payment_status ADD VALUE 'refunded';\nUPDATE payments SET status = 'refunded' WHERE id = 42;",
        ] {
            assert_eq!(count(ID, &pg_at("15", sql)), 0, "{sql}");
        }
    }

    #[test]
    fn follows_version_and_transaction() {
        let sql = "BEGIN;\nALTER TYPE payment_status ADD VALUE 'refunded';\nCOMMIT;";
        assert_eq!(count(ID, &pg_at("11", sql)), 1);
        assert_eq!(count(ID, &pg_at("12", sql)), 0);
        assert_eq!(
            count(
                ID,
                &pg_at("11", "ALTER TYPE payment_status ADD VALUE 'refunded';")
            ),
            0
        );
    }
}
