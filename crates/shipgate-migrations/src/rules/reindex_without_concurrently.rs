use crate::ir::{Op, OpKind};
use crate::rules::api::{Context, Violation};

declare_rule! {
    /// ## What it does
    /// Flags `REINDEX` without `CONCURRENTLY` on PostgreSQL.
    ///
    /// ## Why is this bad?
    /// A plain `REINDEX` locks out writes to the table, and reads that would use
    /// the index, until every index named is rebuilt.
    ///
    /// ## Example
    /// ```sql
    /// REINDEX TABLE transactions;
    /// ```
    ///
    /// Use instead:
    /// ```sql
    /// REINDEX TABLE CONCURRENTLY transactions;  -- PostgreSQL 12+, outside a transaction
    /// ```
    pub struct ReindexWithoutConcurrently {
        id: "reindex-without-concurrently",
        severity: Error,
        summary: "REINDEX without CONCURRENTLY blocks writes",
    }
}
impl_rule!(ReindexWithoutConcurrently, check);

fn check(op: &Op, cx: &Context<'_>, out: &mut Vec<Violation>) {
    let OpKind::Reindex {
        target,
        concurrently: false,
    } = &op.kind
    else {
        return;
    };
    if !cx.postgres() {
        return;
    }
    let help = if cx.at_least(12, 0, 0) {
        "use `REINDEX ... CONCURRENTLY` outside a transaction"
    } else {
        "PostgreSQL before 12 has no REINDEX CONCURRENTLY: build a new index concurrently, then drop the old one concurrently"
    };
    out.push(Violation::new(
        op,
        format!("`REINDEX {target}` blocks writes until the rebuild finishes"),
        help,
    ));
}

#[cfg(test)]
mod tests {
    use crate::testing::{count, mysql, pg};

    const ID: &str = "reindex-without-concurrently";

    #[test]
    fn postgres() {
        assert_eq!(count(ID, &pg("REINDEX TABLE transactions;")), 1);
        assert_eq!(
            count(ID, &pg("REINDEX INDEX CONCURRENTLY transactions_pkey;")),
            0
        );
        assert_eq!(
            count(
                ID,
                &pg("REINDEX (VERBOSE) TABLE CONCURRENTLY transactions;")
            ),
            0
        );
    }

    #[test]
    fn not_mysql() {
        assert_eq!(count(ID, &mysql("OPTIMIZE TABLE t;")), 0);
    }
}
