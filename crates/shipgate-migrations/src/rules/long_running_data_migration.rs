use crate::ir::{Op, OpKind};
use crate::rules::api::{Context, Violation};

declare_rule! {
    /// ## What it does
    /// Flags a data migration inside a schema migration that may touch every
    /// row of a large table: an `UPDATE` or `DELETE` whose `WHERE` is not
    /// selective, an `INSERT ... SELECT`, or a `MERGE`, on a table that is
    /// neither created in the same file nor listed in `small_tables`
    /// (financial tables are never small), nor a PostgreSQL system catalogue
    /// (`pg_*`). Laravel: `DB::table('x')->where(...)
    /// ->update([...])` and `DB::statement('UPDATE ...')`.
    ///
    /// A `WHERE` is selective when one of its `AND`ed conditions compares a
    /// key column (`id`, `uuid`, `key`, or a name ending in `_id`, `_uuid` or
    /// `_key`) with a constant (`=`, or `IN` a list of constants), or bounds
    /// one column on both sides with constants (`BETWEEN`, or `>`/`>=` with
    /// `<`/`<=`); a `LIMIT` also counts. A flag (`status = 'failed'`), `IS
    /// NULL`, an `OR`, a subquery or a join may match every row, and is not
    /// selective. (`UPDATE` and `DELETE` with no `WHERE` at all are
    /// `update-without-where` and `delete-without-where`.)
    ///
    /// ## Why is this bad?
    /// The statement runs in one transaction: it holds a row lock on every row
    /// it changes until the migration commits (so the application's writes to
    /// those rows wait), writes every changed row to the WAL at once (replicas
    /// fall behind, and the table bloats until vacuum), and runs for as long as
    /// the table is large. Inside the same transaction as DDL, the DDL's
    /// `ACCESS EXCLUSIVE` lock is held for all that time too.
    ///
    /// ## Example
    /// ```sql
    /// ALTER TABLE balances ADD COLUMN currency char(3);
    /// UPDATE balances SET currency = 'EUR' WHERE currency IS NULL;
    /// ```
    ///
    /// Use instead:
    /// ```sql
    /// ALTER TABLE balances ADD COLUMN currency char(3);
    /// -- then, outside the migration, a batched backfill, one commit per batch:
    /// UPDATE balances SET currency = 'EUR' WHERE id BETWEEN 1 AND 10000 AND currency IS NULL;
    /// ```
    pub struct LongRunningDataMigration {
        id: "long-running-data-migration",
        severity: Warning,
        summary: "data migration that may touch every row of a large table inside a schema migration",
    }
}
impl_rule!(LongRunningDataMigration, check, size_dependent);

fn check(op: &Op, cx: &Context<'_>, out: &mut Vec<Violation>) {
    let (table, what) = match &op.kind {
        OpKind::UpdateRows {
            table,
            has_where: true,
            selective: false,
        } => (table, "`UPDATE` with a `WHERE` that is not selective"),
        OpKind::DeleteRows {
            table,
            has_where: true,
            selective: false,
        } => (table, "`DELETE` with a `WHERE` that is not selective"),
        OpKind::InsertSelect { table } => (table, "`INSERT ... SELECT`"),
        OpKind::Merge { table } => (table, "`MERGE`"),
        _ => return,
    };
    // The system catalogues (`UPDATE pg_index SET indisready = ...`) hold a
    // row per object, not the application's data.
    if cx.exempt(table) || (cx.postgres() && table.starts_with("pg_")) {
        return;
    }
    let with_ddl = if cx.in_transaction && cx.file_has_ddl {
        "; in the same transaction as this migration's DDL, whose locks are held until it ends"
    } else {
        ""
    };
    out.push(Violation::new(
        op,
        format!(
            "{what} on `{table}` may touch every row in one transaction: row locks on all of them until commit, and all of them written to the WAL at once{with_ddl}"
        ),
        "move the backfill out of the schema migration and run it in batches (`WHERE id BETWEEN a AND b`, one commit per batch); or list the table in `small_tables` if it is small",
    ));
}

#[cfg(test)]
mod tests {
    use crate::testing::{count, laravel, mysql, pg};
    use shipgate_config::Dialect;

    const ID: &str = "long-running-data-migration";

    #[test]
    fn broad_updates_and_deletes_are_flagged() {
        for sql in [
            "UPDATE balances SET currency = 'EUR' WHERE currency IS NULL;",
            "DELETE FROM deposits WHERE status = 'failed';",
            "UPDATE balances SET x = 1 FROM accounts WHERE balances.account_id = accounts.id;",
            "INSERT INTO balances_archive SELECT * FROM balances;",
            "INSERT INTO balances_archive (id, amount) SELECT id, amount FROM balances;",
            "MERGE INTO balances b USING deposits d ON b.id = d.id WHEN MATCHED THEN UPDATE SET amount = d.amount;",
        ] {
            assert_eq!(count(ID, &pg(sql)), 1, "{sql}");
        }
        assert_eq!(
            count(
                ID,
                &mysql("UPDATE balances SET currency = 'EUR' WHERE currency IS NULL;")
            ),
            1
        );
    }

    #[test]
    fn selective_or_absent_where_small_and_new_tables_pass() {
        for sql in [
            "UPDATE balances SET currency = 'EUR' WHERE id = 42;",
            "UPDATE balances SET currency = 'EUR' WHERE id BETWEEN 1 AND 10000;",
            "DELETE FROM deposits WHERE account_id IN (1, 2, 3);",
            "DELETE FROM deposits WHERE created_at >= '2020-01-01' AND created_at < '2020-02-01';",
            "INSERT INTO balances (id) VALUES (1);",
            "INSERT INTO balances (id, amount) SELECT 1, 0;",
            // No WHERE at all is update-without-where's.
            "UPDATE balances SET currency = 'EUR';",
            "CREATE TABLE b (id int, c text);\nUPDATE b SET c = 'x' WHERE c IS NULL;",
            "UPDATE pg_index SET indisready = false WHERE indrelid = 'post'::regclass;",
        ] {
            assert_eq!(count(ID, &pg(sql)), 0, "{sql}");
        }
        assert_eq!(
            count(
                ID,
                &mysql("UPDATE balances SET currency = 'EUR' WHERE currency IS NULL LIMIT 1000;")
            ),
            0
        );
    }

    #[test]
    fn the_message_names_the_ddl_it_shares_a_transaction_with() {
        let findings = pg(
            "BEGIN;\nALTER TABLE balances ADD COLUMN currency char(3);\nUPDATE balances SET currency = 'EUR' WHERE currency IS NULL;\nCOMMIT;",
        );
        let found = findings.iter().find(|f| f.rule == ID).unwrap();
        assert!(found.message.contains("same transaction"), "{}", found.message);
        let alone = pg("UPDATE balances SET currency = 'EUR' WHERE currency IS NULL;");
        assert!(!alone.iter().any(|f| f.message.contains("same transaction")));
    }

    #[test]
    fn laravel_query_builder() {
        let php = |chain: &str| {
            format!(
                "<?php\nreturn new class extends Migration {{\n public function up(): void {{\n  {chain}\n }}\n}};\n"
            )
        };
        assert_eq!(
            count(
                ID,
                &laravel(
                    &php("DB::table('balances')->where('currency', null)->update(['currency' => 'EUR']);"),
                    Dialect::Postgres
                )
            ),
            1
        );
        assert_eq!(
            count(
                ID,
                &laravel(
                    &php("DB::table('balances')->where('id', 42)->update(['currency' => 'EUR']);"),
                    Dialect::Postgres
                )
            ),
            0
        );
        assert_eq!(
            count(
                ID,
                &laravel(
                    &php("DB::statement(\"UPDATE balances SET currency = 'EUR' WHERE currency IS NULL\");"),
                    Dialect::Mysql
                )
            ),
            1
        );
    }
}
