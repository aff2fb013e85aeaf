use crate::ir::{Op, OpKind};
use crate::rules::api::{Context, Violation};

declare_rule! {
    /// ## What it does
    /// Flags `VACUUM FULL`, `CLUSTER` and explicit `LOCK TABLE` / `LOCK TABLES`
    /// in a migration.
    ///
    /// ## Why is this bad?
    /// `VACUUM FULL` and `CLUSTER` rewrite the whole table under an `ACCESS
    /// EXCLUSIVE` lock. An explicit lock held by a migration blocks the
    /// application for as long as the migration runs.
    ///
    /// ## Example
    /// ```sql
    /// VACUUM FULL transactions;
    /// ```
    ///
    /// Use instead:
    /// ```sql
    /// -- plain VACUUM (no exclusive lock), or pg_repack for an online rewrite
    /// VACUUM (ANALYZE) transactions;
    /// ```
    pub struct BlockingMaintenance {
        id: "blocking-maintenance",
        severity: Error,
        summary: "VACUUM FULL, CLUSTER or LOCK TABLE blocks the table",
    }
}
impl_rule!(BlockingMaintenance, check);

fn check(op: &Op, cx: &Context<'_>, out: &mut Vec<Violation>) {
    let (what, table, help) = match &op.kind {
        OpKind::VacuumFull { table } => (
            "`VACUUM FULL` rewrites",
            table,
            "use plain `VACUUM`, or pg_repack for an online rewrite",
        ),
        OpKind::Cluster { table } => (
            "`CLUSTER` rewrites",
            table,
            "use pg_repack to reorder the table online",
        ),
        OpKind::LockTable { table } => (
            "an explicit lock blocks",
            table,
            "do not lock tables in migrations; make the change in small transactions instead",
        ),
        _ => return,
    };
    if !table.is_empty() && cx.exempt(table) {
        return;
    }
    let target = if table.is_empty() {
        "every table".to_owned()
    } else {
        format!("`{table}`")
    };
    out.push(Violation::new(
        op,
        format!("{what} {target} while the application waits"),
        help,
    ));
}

#[cfg(test)]
mod tests {
    use crate::testing::{count, mysql, pg};

    const ID: &str = "blocking-maintenance";

    #[test]
    fn postgres() {
        assert_eq!(count(ID, &pg("VACUUM FULL transactions;")), 1);
        assert_eq!(count(ID, &pg("VACUUM (FULL) transactions;")), 1);
        assert_eq!(count(ID, &pg("VACUUM ANALYZE transactions;")), 0);
        assert_eq!(
            count(ID, &pg("CLUSTER transactions USING transactions_pkey;")),
            1
        );
        assert_eq!(
            count(ID, &pg("LOCK TABLE balances IN ACCESS EXCLUSIVE MODE;")),
            1
        );
    }

    #[test]
    fn mysql_lock_tables() {
        assert_eq!(count(ID, &mysql("LOCK TABLES balances WRITE;")), 1);
        assert_eq!(count(ID, &mysql("UNLOCK TABLES;")), 0);
        assert_eq!(count(ID, &mysql("ANALYZE TABLE balances;")), 0);
    }
}
