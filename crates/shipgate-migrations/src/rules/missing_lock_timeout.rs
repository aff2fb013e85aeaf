use crate::ir::{Op, OpKind};
use crate::rules::api::{Context, Violation};

declare_rule! {
    /// ## What it does
    /// Warns, once per file, when a statement that takes a strong lock on an
    /// existing table runs without a lock timeout set earlier in the file
    /// (`SET lock_timeout` or `set_config('lock_timeout', ...)` on PostgreSQL,
    /// `SET lock_wait_timeout` on MySQL). A timeout that bounds nothing is no
    /// timeout: `0` or `DEFAULT` on PostgreSQL, MySQL's default of a year
    /// (31536000), and `innodb_lock_wait_timeout`, which bounds row locks, not
    /// the metadata lock an `ALTER` waits for. Besides `ALTER TABLE` and index builds, these lock an existing table,
    /// view or sequence: a trigger created, dropped, renamed, enabled or
    /// disabled; a view dropped or replaced; a constraint or sequence renamed;
    /// and a new table's foreign key, which locks the table it references
    /// against writes (what `migrations trace` saw PostgreSQL do).
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
        | OpKind::SetLockTimeout { .. }
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
    }

    #[test]
    fn a_timeout_that_bounds_nothing_is_no_timeout() {
        let alter = "ALTER TABLE transactions ADD COLUMN a text;";
        for set in [
            "SET lock_timeout = 0;",
            "SET lock_timeout TO DEFAULT;",
            "SET lock_timeout = '2s';\nSET lock_timeout = '0';",
        ] {
            assert_eq!(count(ID, &pg(&format!("{set}\n{alter}"))), 1, "{set}");
        }
        assert_eq!(
            count(
                ID,
                &pg(&format!(
                    "SELECT set_config('lock_timeout', '2s', false);\n{alter}"
                ))
            ),
            0
        );
        // Row locks, and MySQL's default of a year, do not bound the wait
        // for the metadata lock.
        for set in [
            "SET innodb_lock_wait_timeout = 5;",
            "SET SESSION lock_wait_timeout = 31536000;",
        ] {
            assert_eq!(count(ID, &mysql(&format!("{set}\n{alter}"))), 1, "{set}");
        }
        assert_eq!(
            count(ID, &mysql(&format!("SET @@session.lock_wait_timeout = 5;\n{alter}"))),
            0
        );
        assert_eq!(
            count(ID, &mysql(&format!("SET GLOBAL lock_wait_timeout = 5;\n{alter}"))),
            1
        );
        // One SET for both: neither is lost.
        let fk = "ALTER TABLE transactions ADD CONSTRAINT fk FOREIGN KEY (a) REFERENCES accounts (id);";
        let both = mysql(&format!(
            "SET foreign_key_checks = 0, lock_wait_timeout = 5;\n{fk}"
        ));
        let checks_only = mysql(&format!("SET foreign_key_checks = 0;\n{fk}"));
        let checks_on = mysql(fk);
        assert_eq!(count(ID, &both), 0, "{both:?}");
        assert_eq!(
            count("mysql-blocking-alter", &both),
            count("mysql-blocking-alter", &checks_only)
        );
        assert_ne!(
            count("mysql-blocking-alter", &checks_only),
            count("mysql-blocking-alter", &checks_on)
        );
        // A local timeout bounds its transaction only.
        assert_eq!(
            count(ID, &pg(&format!("BEGIN;\nSET LOCAL lock_timeout = '2s';\n{alter}\nCOMMIT;"))),
            0
        );
        for sql in [
            format!("SET LOCAL lock_timeout = '2s';\n{alter}"),
            format!("BEGIN;\nSET LOCAL lock_timeout = '2s';\nCOMMIT;\n{alter}"),
            format!("SET lock_timeout = '2s';\nRESET lock_timeout;\n{alter}"),
        ] {
            assert_eq!(count(ID, &pg(&sql)), 1, "{sql}");
        }
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

    /// Statements that change no column or row but lock an existing table or
    /// view, found by tracing real migrations on PostgreSQL.
    #[test]
    fn triggers_views_constraint_renames_and_foreign_key_parents_lock() {
        for sql in [
            "CREATE TRIGGER audit AFTER UPDATE ON transactions FOR EACH ROW EXECUTE FUNCTION f();",
            "DROP TRIGGER IF EXISTS audit ON transactions;",
            "ALTER TRIGGER audit ON transactions RENAME TO audit_v2;",
            "DROP VIEW balances;",
            "CREATE OR REPLACE VIEW balances AS SELECT 1;",
            "ALTER TABLE transactions RENAME CONSTRAINT a TO b;",
            "ALTER TABLE transactions DISABLE TRIGGER ALL;",
            "ALTER TABLE transactions ENABLE TRIGGER audit;",
            "ALTER SEQUENCE transactions_id_seq RENAME TO transactions_seq;",
            "CREATE TABLE refunds (id int, transaction_id int REFERENCES transactions (id));",
            "CREATE TABLE refunds (id int, tx int, FOREIGN KEY (tx) REFERENCES transactions (id));",
        ] {
            let found = pg(sql);
            assert_eq!(count(ID, &found), 1, "{sql}");
            assert!(
                found.iter().any(|f| f.message.contains("`transactions")
                    || f.message.contains("`balances`")),
                "{sql}: {found:?}"
            );
            assert_eq!(count(ID, &pg(&format!("SET lock_timeout = '2s';\n{sql}"))), 0, "{sql}");
        }
        // Nothing existing is locked: a new view, a trigger function, a
        // foreign key to a table made in the same file, to itself, none.
        for sql in [
            "CREATE VIEW balances AS SELECT 1;",
            "CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;",
            "CREATE TABLE a (id int PRIMARY KEY);\nCREATE TABLE b (a_id int REFERENCES a (id));",
            "CREATE TABLE tree (id int PRIMARY KEY, parent int REFERENCES tree (id));",
            "CREATE TABLE plain (id int);",
        ] {
            assert_eq!(count(ID, &pg(sql)), 0, "{sql}");
        }
    }
}
