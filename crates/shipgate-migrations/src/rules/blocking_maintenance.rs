use crate::ir::{Op, OpKind};
use crate::rules::api::{Context, Violation};

declare_rule! {
    /// ## What it does
    /// Flags `VACUUM FULL`, `CLUSTER`, `REFRESH MATERIALIZED VIEW` without
    /// `CONCURRENTLY`, the other statements that rewrite a
    /// table or index without changing its columns (PostgreSQL's `ALTER
    /// TABLE ... SET TABLESPACE | SET ACCESS METHOD | SET LOGGED | SET
    /// UNLOGGED`, `ALTER INDEX ... SET TABLESPACE`) and explicit `LOCK TABLE`
    /// / `LOCK TABLES` in a migration.
    ///
    /// ## Why is this bad?
    /// `VACUUM FULL`, `CLUSTER` and those `ALTER` forms rewrite the whole
    /// table (or index) under an `ACCESS EXCLUSIVE` lock; a materialized view
    /// refreshed without `CONCURRENTLY` is rebuilt under the same lock, so
    /// every query that reads it waits for the view's whole query. An
    /// explicit lock held by a migration blocks the
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
impl_rule!(BlockingMaintenance, check, size_dependent);

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
        OpKind::RewriteTable { table, cause } if cause == crate::sql::REFRESH_CAUSE => (
            cause.as_str(),
            table,
            "use `REFRESH MATERIALIZED VIEW CONCURRENTLY` (it needs a unique index on the view), which lets reads of the view go on",
        ),
        OpKind::RewriteTable { table, cause } => (
            cause.as_str(),
            table,
            "move or convert the table with an online copy (pg_repack, or a new table filled in batches) instead",
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
    fn refreshing_a_materialized_view_without_concurrently() {
        let findings = pg("REFRESH MATERIALIZED VIEW post_ranks;");
        assert_eq!(count(ID, &findings), 1, "{findings:?}");
        assert!(findings.iter().any(|f| f.help.contains("CONCURRENTLY")));
        let concurrently = pg("REFRESH MATERIALIZED VIEW CONCURRENTLY post_ranks;");
        assert_eq!(count(ID, &concurrently), 0, "{concurrently:?}");
    }

    #[test]
    fn postgres_rewrites_without_column_changes() {
        for sql in [
            "ALTER TABLE transactions SET TABLESPACE fast;",
            "ALTER TABLE transactions SET ACCESS METHOD heap2;",
            "ALTER TABLE transactions SET LOGGED;",
            "ALTER TABLE IF EXISTS transactions SET UNLOGGED;",
            "ALTER INDEX transactions_pkey SET TABLESPACE fast;",
            "ALTER TABLE ALL IN TABLESPACE old SET TABLESPACE fast;",
        ] {
            let findings = pg(sql);
            assert_eq!(count(ID, &findings), 1, "{sql}: {findings:?}");
            assert_eq!(count("unparseable-statement", &findings), 0, "{sql}");
        }
        let findings = pg("ALTER TABLE transactions SET TABLESPACE fast;");
        assert!(
            findings.iter().any(|f| f
                .message
                .contains("`ALTER TABLE ... SET TABLESPACE` rewrites `transactions`")),
            "{findings:?}"
        );
        // Catalogue changes only.
        for sql in [
            "ALTER TABLE transactions SET (fillfactor = 70);",
            "ALTER INDEX transactions_pkey RENAME TO tx_pkey;",
            "ALTER TABLE transactions ALTER COLUMN amount SET STATISTICS 500;",
        ] {
            assert_eq!(count(ID, &pg(sql)), 0, "{sql}");
        }
    }

    #[test]
    fn mysql_lock_tables() {
        assert_eq!(count(ID, &mysql("LOCK TABLES balances WRITE;")), 1);
        assert_eq!(count(ID, &mysql("UNLOCK TABLES;")), 0);
        assert_eq!(count(ID, &mysql("ANALYZE TABLE balances;")), 0);
    }
}
