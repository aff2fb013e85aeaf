use crate::ir::{Op, OpKind};
use crate::rules::api::{Context, Violation};

declare_rule! {
    /// ## What it does
    /// Flags `ALTER TABLE parent DETACH PARTITION child` without
    /// `CONCURRENTLY` on PostgreSQL.
    ///
    /// ## Why is this bad?
    /// A plain detach takes an `ACCESS EXCLUSIVE` lock on the parent table:
    /// every read and write of every partition waits, and waits behind any
    /// long query already running. From PostgreSQL 14, `DETACH PARTITION ...
    /// CONCURRENTLY` takes only a `SHARE UPDATE EXCLUSIVE` lock on the parent
    /// (release notes 14.0: "Allow partitions to be detached in a non-blocking
    /// manner"); it cannot run inside a transaction block, and if it is
    /// interrupted, `DETACH PARTITION ... FINALIZE` completes it. Before 14
    /// there is no non-blocking form, so the message says so instead.
    ///
    /// ## Example
    /// ```sql
    /// ALTER TABLE deposits DETACH PARTITION deposits_2019;
    /// ```
    ///
    /// Use instead:
    /// ```sql
    /// ALTER TABLE deposits DETACH PARTITION deposits_2019 CONCURRENTLY;  -- PostgreSQL 14+, outside a transaction
    /// ```
    pub struct DetachPartitionWithoutConcurrently {
        id: "detach-partition-without-concurrently",
        severity: Error,
        summary: "DETACH PARTITION without CONCURRENTLY locks the whole partitioned table",
    }
}
impl_rule!(DetachPartitionWithoutConcurrently, check);

fn check(op: &Op, cx: &Context<'_>, out: &mut Vec<Violation>) {
    let OpKind::DetachPartition {
        table,
        partition,
        concurrently: false,
    } = &op.kind
    else {
        return;
    };
    if !cx.postgres() || cx.exempt(table) {
        return;
    }
    let help = if cx.at_least(14, 0, 0) {
        "add `CONCURRENTLY` (from PostgreSQL 14) and run it outside a transaction; if it is interrupted, run `DETACH PARTITION ... FINALIZE`"
    } else {
        "PostgreSQL before 14 has no `DETACH PARTITION ... CONCURRENTLY`: set a short `lock_timeout` and detach in a quiet window, or upgrade to 14+"
    };
    out.push(Violation::new(
        op,
        format!(
            "detaching `{partition}` from `{table}` without CONCURRENTLY holds an ACCESS EXCLUSIVE lock on `{table}`: every partition's reads and writes wait"
        ),
        help,
    ));
}

#[cfg(test)]
mod tests {
    use crate::testing::{count, mysql, pg_at};

    const ID: &str = "detach-partition-without-concurrently";

    #[test]
    fn follows_the_version() {
        let plain = "ALTER TABLE deposits DETACH PARTITION deposits_2019;";
        let at_14 = pg_at("14", plain);
        assert_eq!(count(ID, &at_14), 1);
        assert!(at_14[0].help.contains("from PostgreSQL 14"));
        let at_13 = pg_at("13", plain);
        assert_eq!(count(ID, &at_13), 1);
        assert!(at_13[0].help.contains("before 14"));
        assert_eq!(
            count(
                ID,
                &pg_at(
                    "14",
                    "ALTER TABLE deposits DETACH PARTITION deposits_2019 CONCURRENTLY;"
                )
            ),
            0
        );
        assert_eq!(
            count(
                ID,
                &pg_at(
                    "15",
                    "CREATE TABLE d (id int) PARTITION BY RANGE (id);\nALTER TABLE d DETACH PARTITION d_1;"
                )
            ),
            0
        );
    }

    #[test]
    fn not_mysql() {
        assert_eq!(
            count(ID, &mysql("ALTER TABLE deposits DROP PARTITION p2019;")),
            0
        );
    }
}
