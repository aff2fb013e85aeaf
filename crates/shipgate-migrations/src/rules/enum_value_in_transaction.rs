use crate::ir::{Op, OpKind};
use crate::rules::api::{Context, Violation};

declare_rule! {
    /// ## What it does
    /// Flags `ALTER TYPE ... ADD VALUE` inside a transaction on PostgreSQL before 12.
    ///
    /// ## Why is this bad?
    /// Before PostgreSQL 12 the statement cannot run inside a transaction block, so
    /// the migration fails during the deploy.
    ///
    /// ## Example
    /// ```sql
    /// BEGIN;
    /// ALTER TYPE payment_status ADD VALUE 'refunded';
    /// COMMIT;
    /// ```
    ///
    /// Use instead:
    /// ```sql
    /// ALTER TYPE payment_status ADD VALUE 'refunded';  -- on its own, outside a transaction
    /// ```
    pub struct EnumValueInTransaction {
        id: "enum-value-in-transaction",
        severity: Error,
        summary: "ALTER TYPE ... ADD VALUE inside a transaction before PostgreSQL 12",
    }
}
impl_rule!(EnumValueInTransaction, check);

fn check(op: &Op, cx: &Context<'_>, out: &mut Vec<Violation>) {
    let OpKind::AddEnumValue { type_name } = &op.kind else {
        return;
    };
    if !cx.postgres() || cx.at_least(12, 0, 0) || !cx.in_transaction {
        return;
    }
    out.push(Violation::new(
        op,
        format!("`ALTER TYPE {type_name} ADD VALUE` cannot run inside a transaction before PostgreSQL 12"),
        "run it on its own, outside a transaction (Laravel: `public $withinTransaction = false;`)",
    ));
}

#[cfg(test)]
mod tests {
    use crate::testing::{count, pg_at};

    const ID: &str = "enum-value-in-transaction";

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
