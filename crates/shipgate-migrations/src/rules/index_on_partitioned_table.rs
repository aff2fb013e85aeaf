use crate::ir::{IndexKind, Op, OpKind};
use crate::rules::api::{Context, Violation};

declare_rule! {
    /// ## What it does
    /// Flags `CREATE INDEX` on a PostgreSQL partitioned table (one an earlier
    /// migration created with `PARTITION BY`), unless it is `ON ONLY` the
    /// parent.
    ///
    /// ## Why is this bad?
    /// A plain `CREATE INDEX` on the parent builds the index on every partition
    /// in one transaction, holding a `SHARE` lock on each of them until the last
    /// is built: no row of the whole table can be written meanwhile. `CREATE
    /// INDEX CONCURRENTLY` on the parent is refused ("cannot create index on
    /// partitioned table ... concurrently"; the `CREATE INDEX` reference page:
    /// "concurrent builds for indexes on partitioned tables are currently not
    /// supported"), so the migration fails.
    ///
    /// ## Example
    /// ```sql
    /// CREATE TABLE ledger_entries (id bigint, account_id bigint, booked_on date)
    ///     PARTITION BY RANGE (booked_on);
    /// -- a later migration
    /// CREATE INDEX ledger_entries_account_idx ON ledger_entries (account_id);
    /// ```
    ///
    /// Use instead:
    /// ```sql
    /// CREATE INDEX ledger_entries_account_idx ON ONLY ledger_entries (account_id);  -- invalid, no build
    /// -- for each partition, outside a transaction:
    /// CREATE INDEX CONCURRENTLY ledger_entries_2025_account_idx ON ledger_entries_2025 (account_id);
    /// ALTER INDEX ledger_entries_account_idx ATTACH PARTITION ledger_entries_2025_account_idx;
    /// -- the parent's index becomes valid once every partition's is attached
    /// ```
    pub struct IndexOnPartitionedTable {
        id: "index-on-partitioned-table",
        severity: Error,
        summary: "CREATE INDEX on a partitioned table locks every partition, and CONCURRENTLY is refused",
    }
}
impl_rule!(IndexOnPartitionedTable, check, size_dependent);

/// The recipe, in one line.
pub(crate) const RECIPE: &str = "create it `ON ONLY` the parent, then `CREATE INDEX CONCURRENTLY` on each partition and `ALTER INDEX parent_index ATTACH PARTITION partition_index`";

fn check(op: &Op, cx: &Context<'_>, out: &mut Vec<Violation>) {
    let OpKind::CreateIndex {
        table,
        concurrently,
        only: false,
        kind: IndexKind::Regular,
        ..
    } = &op.kind
    else {
        return;
    };
    if !cx.postgres() || !cx.schema.is_partitioned(table) {
        return;
    }
    // A plain build on a table created in this file (or configured small)
    // locks nothing anyone waits for; CONCURRENTLY is refused all the same.
    if !concurrently && cx.exempt(table) {
        return;
    }
    let message = if *concurrently {
        format!(
            "PostgreSQL refuses `CREATE INDEX CONCURRENTLY` on the partitioned table `{table}`, so the migration fails"
        )
    } else {
        format!(
            "`CREATE INDEX` on the partitioned table `{table}` builds it on every partition while holding a SHARE lock on all of them: writes to the whole table wait"
        )
    };
    out.push(Violation::new(op, message, RECIPE));
}

#[cfg(test)]
mod tests {
    use crate::testing::{count, pg_files};

    const ID: &str = "index-on-partitioned-table";
    const PARENT: &str = "CREATE TABLE ledger (id bigint, account_id bigint, booked_on date) PARTITION BY RANGE (booked_on);\nCREATE TABLE ledger_2025 PARTITION OF ledger FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');";

    #[test]
    fn flags_plain_and_concurrent_builds_on_the_parent() {
        let plain = pg_files(&[PARENT, "CREATE INDEX l_a ON ledger (account_id);"]);
        assert_eq!(count(ID, &plain), 1, "{plain:#?}");
        assert_eq!(count("index-without-concurrently", &plain), 0);
        let concurrent = pg_files(&[PARENT, "CREATE INDEX CONCURRENTLY l_a ON ledger (account_id);"]);
        assert_eq!(count(ID, &concurrent), 1);
        assert!(concurrent[0].message.contains("refuses"));
    }

    #[test]
    fn the_recipe_and_ordinary_tables_pass() {
        let recipe = pg_files(&[
            PARENT,
            "CREATE INDEX l_a ON ONLY ledger (account_id);",
            "CREATE INDEX CONCURRENTLY l_2025_a ON ledger_2025 (account_id);\nALTER INDEX l_a ATTACH PARTITION l_2025_a;",
        ]);
        assert_eq!(count(ID, &recipe), 0, "{recipe:#?}");
        assert_eq!(count("index-without-concurrently", &recipe), 0, "{recipe:#?}");
        let ordinary = pg_files(&[
            "CREATE TABLE ledger (id bigint, account_id bigint);",
            "CREATE INDEX l_a ON ledger (account_id);",
        ]);
        assert_eq!(count(ID, &ordinary), 0);
        assert_eq!(count("index-without-concurrently", &ordinary), 1);
    }

    #[test]
    fn a_new_partitioned_table_may_be_indexed_but_never_concurrently() {
        let same_file = format!("{PARENT}\nCREATE INDEX l_a ON ledger (account_id);");
        assert_eq!(count(ID, &pg_files(&[&same_file])), 0);
        let concurrent = format!("{PARENT}\nCREATE INDEX CONCURRENTLY l_a ON ledger (account_id);");
        assert_eq!(count(ID, &pg_files(&[&concurrent])), 1);
    }

    #[test]
    fn a_dropped_and_recreated_table_is_no_longer_partitioned() {
        let findings = pg_files(&[
            PARENT,
            "DROP TABLE ledger;\nCREATE TABLE ledger (id bigint, account_id bigint);",
            "CREATE INDEX l_a ON ledger (account_id);",
        ]);
        assert_eq!(count(ID, &findings), 0);
    }
}
