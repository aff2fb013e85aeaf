use crate::ir::{ConstraintKind, Op, OpKind};
use crate::rules::api::{Context, Violation};

declare_rule! {
    /// ## What it does
    /// Flags PostgreSQL syntax that the configured server version
    /// (`[migrations] db_version`, 11 to 18) does not have yet:
    ///
    /// | statement | from | source |
    /// |---|---|---|
    /// | `REINDEX ... CONCURRENTLY` | 12 | release notes 12.0, "Add REINDEX CONCURRENTLY" |
    /// | a stored generated column (`GENERATED ALWAYS AS (...) STORED`) | 12 | release notes 12.0, "Add support for generated columns" |
    /// | `ALTER TABLE ... DETACH PARTITION ... CONCURRENTLY` | 14 | release notes 14.0, "Allow partitions to be detached in a non-blocking manner" |
    /// | `MERGE` | 15 | release notes 15.0, "Add SQL MERGE command" |
    /// | `NULLS [NOT] DISTINCT` on a unique index or constraint | 15 | release notes 15.0, "Allow unique constraints and indexes to treat NULL values as not distinct" |
    /// | `ALTER TABLE ... ALTER COLUMN ... SET EXPRESSION AS (...)` | 17 | release notes 17.0, "Allow ALTER TABLE to change a column's generation expression" |
    /// | a virtual generated column (`GENERATED ALWAYS AS (...)` with `VIRTUAL` or no keyword) | 18 | release notes 18.0, "Add virtual generated columns" |
    /// | `ADD CONSTRAINT c NOT NULL column [NOT VALID]` | 18 | release notes 18.0, "Allow NOT NULL constraints to be added as NOT VALID" |
    /// | `ALTER CONSTRAINT c [NOT] ENFORCED` | 18 | release notes 18.0, "Allow CHECK and foreign key constraints to be specified as NOT ENFORCED" |
    ///
    /// ## Why is this bad?
    /// The server refuses the statement with a syntax error, so the migration
    /// fails in the middle of the deploy, after the statements before it ran.
    ///
    /// ## Example
    /// ```sql
    /// -- db_version = "14"
    /// MERGE INTO balances b USING deposits d ON b.account_id = d.account_id
    ///   WHEN MATCHED THEN UPDATE SET amount = b.amount + d.amount;
    /// ```
    ///
    /// Use instead:
    /// ```sql
    /// INSERT INTO balances (account_id, amount)
    ///   SELECT account_id, amount FROM deposits
    ///   ON CONFLICT (account_id) DO UPDATE SET amount = balances.amount + excluded.amount;
    /// ```
    /// or set `db_version` to the version production runs, if it is newer.
    pub struct RequiresNewerPostgres {
        id: "requires-newer-postgres",
        severity: Error,
        summary: "PostgreSQL syntax newer than the configured server version",
    }
}
impl_rule!(RequiresNewerPostgres, check);

/// What a statement needs: its description, the first major version with
/// it, and what to do on an older server; of two needs, the newer.
fn needs(op: &Op) -> Option<(&'static str, u32, &'static str)> {
    let nulls = op.hints.nulls_distinct.then_some((
        "`NULLS [NOT] DISTINCT` on a unique index or constraint",
        15,
        "treat NULLs as equal with a unique index on `COALESCE(column, <a value never stored>)`, or a partial unique index `WHERE column IS NULL`",
    ));
    match (syntax_needs(op), nulls) {
        (Some(syntax), Some(nulls)) => Some(if syntax.1 >= nulls.1 { syntax } else { nulls }),
        (syntax, nulls) => syntax.or(nulls),
    }
}

/// What the operation's own syntax needs.
fn syntax_needs(op: &Op) -> Option<(&'static str, u32, &'static str)> {
    match &op.kind {
        OpKind::Reindex {
            concurrently: true,
            ..
        } => Some((
            "`REINDEX ... CONCURRENTLY`",
            12,
            "build a new index with `CREATE INDEX CONCURRENTLY`, then `DROP INDEX CONCURRENTLY` the old one",
        )),
        OpKind::CreateTable { columns, .. } if columns.iter().any(|c| c.virtual_generated) => {
            Some((
                "a virtual generated column",
                18,
                "add `STORED` (computed on write, PostgreSQL 12+), or compute the value in a view",
            ))
        }
        OpKind::AddColumn { column, .. } if column.virtual_generated => Some((
            "a virtual generated column",
            18,
            "add `STORED` (computed on write, PostgreSQL 12+; adding it rewrites the table), or compute the value in a view",
        )),
        OpKind::CreateTable { columns, .. } if columns.iter().any(|c| c.generated) => Some((
            "a stored generated column",
            12,
            "fill the column from a trigger",
        )),
        OpKind::AddColumn { column, .. } if column.generated => Some((
            "a stored generated column",
            12,
            "fill the column from a trigger",
        )),
        OpKind::DetachPartition {
            concurrently: true,
            ..
        } => Some((
            "`DETACH PARTITION ... CONCURRENTLY`",
            14,
            "detach without `CONCURRENTLY` (an ACCESS EXCLUSIVE lock on the parent) in a quiet window",
        )),
        OpKind::Merge { .. } => Some((
            "`MERGE`",
            15,
            "use `INSERT ... ON CONFLICT ... DO UPDATE`, or an `UPDATE` and an `INSERT`",
        )),
        OpKind::SetExpression { .. } => Some((
            "`ALTER COLUMN ... SET EXPRESSION`",
            17,
            "drop the generated column and add it again with the new expression (both rewrite the table)",
        )),
        OpKind::AddConstraint {
            kind: ConstraintKind::NotNull,
            ..
        } => Some((
            "a named `NOT NULL` table constraint",
            18,
            "add `CHECK (column IS NOT NULL) NOT VALID`, `VALIDATE CONSTRAINT` it, then `SET NOT NULL` (PostgreSQL 12+ skips the scan)",
        )),
        OpKind::EnforceConstraint { .. } => Some((
            "`ALTER CONSTRAINT ... [NOT] ENFORCED`",
            18,
            "drop the constraint, or add it again with `NOT VALID` and `VALIDATE CONSTRAINT`",
        )),
        _ => None,
    }
}

fn check(op: &Op, cx: &Context<'_>, out: &mut Vec<Violation>) {
    if !cx.postgres() {
        return;
    }
    let Some((what, major, instead)) = needs(op) else {
        return;
    };
    if cx.at_least(major, 0, 0) {
        return;
    }
    out.push(Violation::new(
        op,
        format!(
            "{what} needs PostgreSQL {major} or later; the configured server is PostgreSQL {}, which refuses it",
            cx.version
        ),
        format!(
            "{instead}; or, if production runs PostgreSQL {major} or later, set `[migrations] db_version`"
        ),
    ));
}

#[cfg(test)]
mod tests {
    use crate::testing::{count, laravel_at, mysql, pg_at};

    const ID: &str = "requires-newer-postgres";

    /// `NULLS [NOT] DISTINCT` is read from the statement's words: once per
    /// statement, and never from `NULLS FIRST | LAST`, a comment or a string.
    #[test]
    fn nulls_distinct_once_and_only_as_a_clause() {
        let two_clauses = pg_at(
            "14",
            "ALTER TABLE payouts ADD COLUMN reference text, ADD CONSTRAINT payouts_ref UNIQUE NULLS NOT DISTINCT (reference);",
        );
        assert_eq!(count(ID, &two_clauses), 1, "{two_clauses:#?}");
        // After an `E'...'` string with an escaped quote, the words are read.
        let after_escape = pg_at(
            "14",
            "ALTER TABLE payouts ADD COLUMN note text DEFAULT E'it\\'s', ADD CONSTRAINT payouts_note UNIQUE NULLS NOT DISTINCT (note);",
        );
        assert_eq!(count(ID, &after_escape), 1, "{after_escape:#?}");
        // Of two needs in one operation, the newer is reported.
        let both = pg_at(
            "17",
            "CREATE TABLE t (a int, b int GENERATED ALWAYS AS (a * 2) VIRTUAL, UNIQUE NULLS NOT DISTINCT (a));",
        );
        let message = &both.iter().find(|f| f.rule == ID).unwrap().message;
        assert!(message.contains("a virtual generated column needs PostgreSQL 18"), "{message}");
        let message = &two_clauses.iter().find(|f| f.rule == ID).unwrap().message;
        assert!(message.contains("`NULLS [NOT] DISTINCT` on a unique index or constraint needs PostgreSQL 15"), "{message}");
        let php = |chain: &str| {
            format!(
                "<?php\nreturn new class extends Migration {{\n public function up(): void {{\n  Schema::table('payouts', function (Blueprint $table) {{\n   {chain}\n  }});\n }}\n}};\n"
            )
        };
        let laravel = |chain: &str, version: &str| {
            laravel_at(&php(chain), shipgate_config::Dialect::Postgres, version)
        };
        assert_eq!(count(ID, &laravel("$table->unique('reference')->nullsNotDistinct();", "14")), 1);
        assert_eq!(count(ID, &laravel("$table->unique('reference')->nullsNotDistinct();", "15")), 0);
        assert_eq!(count(ID, &laravel("$table->unique('reference');", "14")), 0);
        for sql in [
            "CREATE INDEX CONCURRENTLY payouts_at ON payouts (paid_at DESC NULLS LAST);",
            "CREATE UNIQUE INDEX CONCURRENTLY payouts_ref ON payouts (reference); -- NULLS NOT DISTINCT from 15",
            "COMMENT ON INDEX payouts_ref IS 'NULLS NOT DISTINCT once on 15';",
            "CREATE VIEW v AS SELECT 'NULLS NOT DISTINCT' AS note;",
            // An escaped quote in an `E'...'` string does not end it.
            "ALTER TABLE payouts ADD COLUMN note text DEFAULT E'it\\' NULLS NOT DISTINCT';",
        ] {
            assert_eq!(count(ID, &pg_at("14", sql)), 0, "{sql}");
        }
    }

    /// Each statement fails below its version and passes from it.
    #[test]
    fn each_feature_at_its_boundary() {
        let cases = [
            ("REINDEX TABLE CONCURRENTLY transactions;", "11", "12"),
            (
                "ALTER TABLE deposits DETACH PARTITION deposits_2020 CONCURRENTLY;",
                "13",
                "14",
            ),
            (
                "MERGE INTO balances b USING deposits d ON b.id = d.id WHEN MATCHED THEN UPDATE SET amount = d.amount;",
                "14",
                "15",
            ),
            (
                "ALTER TABLE t ALTER COLUMN total SET EXPRESSION AS (a + b);",
                "16",
                "17",
            ),
            (
                "ALTER TABLE t ADD COLUMN total int GENERATED ALWAYS AS (a + b) VIRTUAL;",
                "17",
                "18",
            ),
            (
                "ALTER TABLE t ADD COLUMN total int GENERATED ALWAYS AS (a + b) STORED;",
                "11",
                "12",
            ),
            (
                "ALTER TABLE t ADD CONSTRAINT t_a_nn NOT NULL a NOT VALID;",
                "17",
                "18",
            ),
            (
                "ALTER TABLE t ALTER CONSTRAINT t_fk NOT ENFORCED;",
                "17",
                "18",
            ),
            (
                "CREATE UNIQUE INDEX CONCURRENTLY payouts_ref ON payouts (reference) NULLS NOT DISTINCT;",
                "14",
                "15",
            ),
            (
                "ALTER TABLE payouts ADD CONSTRAINT payouts_ref UNIQUE NULLS NOT DISTINCT (reference);",
                "14",
                "15",
            ),
            (
                "CREATE TABLE payouts (id bigint PRIMARY KEY, reference text, UNIQUE NULLS DISTINCT (reference));",
                "14",
                "15",
            ),
        ];
        for (sql, before, from) in cases {
            let old = pg_at(before, sql);
            assert_eq!(count(ID, &old), 1, "{sql} at {before}: {old:#?}");
            let message = &old.iter().find(|f| f.rule == ID).unwrap().message;
            assert!(
                message.contains(&format!("needs PostgreSQL {from} or later")),
                "{message}"
            );
            assert_eq!(count(ID, &pg_at(from, sql)), 0, "{sql} at {from}");
            assert_eq!(count(ID, &pg_at("18", sql)), 0, "{sql} at 18");
        }
    }

    #[test]
    fn ordinary_statements_and_mysql_are_not_flagged() {
        for sql in [
            "REINDEX TABLE transactions;",
            "ALTER TABLE deposits DETACH PARTITION deposits_2020;",
            "ALTER TABLE t ADD CONSTRAINT c CHECK (a IS NOT NULL) NOT VALID;",
            "ALTER TABLE t ALTER CONSTRAINT t_fk DEFERRABLE;",
        ] {
            assert_eq!(count(ID, &pg_at("11", sql)), 0, "{sql}");
        }
        assert_eq!(
            count(
                ID,
                &mysql("ALTER TABLE t ADD COLUMN total int AS (a + b) VIRTUAL;")
            ),
            0
        );
    }
}
