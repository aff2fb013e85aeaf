use crate::ir::{Op, OpKind};
use crate::rules::api::{Context, Violation};

declare_rule! {
    /// ## What it does
    /// Warns, once per file, when a statement that takes a strong lock on an
    /// existing table runs without a lock timeout set earlier in the file
    /// (`SET lock_timeout` on PostgreSQL, `SET lock_wait_timeout` on MySQL).
    ///
    /// ## Why is this bad?
    /// The `ALTER` queues behind any long-running query on the table, and every
    /// query that arrives after it queues behind the `ALTER`: a fast migration
    /// becomes an outage. A lock timeout makes it give up and retry instead.
    ///
    /// ## Example
    /// ```sql
    /// ALTER TABLE transactions ADD COLUMN note text;
    /// ```
    ///
    /// Use instead:
    /// ```sql
    /// SET lock_timeout = '2s';
    /// ALTER TABLE transactions ADD COLUMN note text;
    /// ```
    pub struct MissingLockTimeout {
        id: "missing-lock-timeout",
        severity: Warning,
        summary: "strong lock taken without a lock timeout",
    }
}
impl_rule!(MissingLockTimeout, check, once_per_file);

fn check(op: &Op, cx: &Context<'_>, out: &mut Vec<Violation>) {
    if cx.lock_timeout_set {
        return;
    }
    let strong = takes_strong_lock(&op.kind, cx.postgres());
    let Some(table) = op.kind.table() else {
        return;
    };
    if !strong || cx.exempt(table) {
        return;
    }
    let setting = if cx.postgres() {
        "SET lock_timeout = '2s';"
    } else {
        "SET SESSION lock_wait_timeout = 5;"
    };
    out.push(Violation::new(
        op,
        format!("this takes a strong lock on `{table}` with no lock timeout: it queues behind long queries and blocks everything behind it"),
        format!("start the migration with `{setting}` and retry on timeout"),
    ));
}

/// Whether shipgate's model says `kind` takes a lock that blocks reads and
/// writes of its table (PostgreSQL `ACCESS EXCLUSIVE`, a MySQL metadata
/// lock); `migrations trace` sets it against what the server did.
pub(crate) fn takes_strong_lock(kind: &OpKind, postgres: bool) -> bool {
    match kind {
        OpKind::CreateIndex { concurrently, .. } => postgres && !concurrently,
        OpKind::DropIndex { concurrently, .. } => !concurrently,
        OpKind::CreateTable { .. }
        | OpKind::Reindex { .. }
        | OpKind::DeleteRows { .. }
        | OpKind::UpdateRows { .. }
        | OpKind::InsertSelect { .. }
        | OpKind::Merge { .. }
        | OpKind::ValidateConstraint { .. }
        | OpKind::AddEnumValue { .. }
        | OpKind::SetLockTimeout
        | OpKind::BeginTransaction
        | OpKind::EndTransaction
        | OpKind::Other { .. } => false,
        _ => true,
    }
}

#[cfg(test)]
mod tests {
    use crate::testing::{count, mysql, pg};

    const ID: &str = "missing-lock-timeout";

    #[test]
    fn once_per_file() {
        assert_eq!(
            count(
                ID,
                &pg(
                    "ALTER TABLE transactions ADD COLUMN a text;\nALTER TABLE transactions ADD COLUMN b text;"
                )
            ),
            1
        );
        assert_eq!(
            count(
                ID,
                &pg("SET lock_timeout = '2s';\nALTER TABLE transactions ADD COLUMN a text;")
            ),
            0
        );
        assert_eq!(
            count(
                ID,
                &mysql(
                    "SET SESSION lock_wait_timeout = 5;\nALTER TABLE transactions ADD COLUMN a text;"
                )
            ),
            0
        );
        assert_eq!(
            count(ID, &mysql("ALTER TABLE transactions ADD COLUMN a text;")),
            1
        );
        assert_eq!(
            count(ID, &pg("CREATE INDEX CONCURRENTLY i ON transactions (a);")),
            0
        );
        // DROP NOT NULL changes only the catalog, under an ACCESS EXCLUSIVE
        // lock (pg_locks on PostgreSQL 15): it queues like any other.
        assert_eq!(
            count(
                ID,
                &pg("ALTER TABLE community ALTER COLUMN title DROP NOT NULL;")
            ),
            1
        );
        assert_eq!(
            count(
                ID,
                &pg("SET lock_timeout = '2s';\nALTER TABLE community ALTER COLUMN title DROP NOT NULL;")
            ),
            0
        );
    }


    #[test]
    fn once_per_file_means_once_in_each_file() {
        let alter = "ALTER TABLE transactions ADD COLUMN a text;\nALTER TABLE transactions ADD COLUMN b text;";
        assert_eq!(count(ID, &crate::testing::pg_files(&[alter, alter])), 2);
        assert_eq!(count(ID, &crate::testing::pg_files(&[alter, "SELECT 1;"])), 1);
    }
}
