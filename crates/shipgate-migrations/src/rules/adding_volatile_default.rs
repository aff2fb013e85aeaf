use crate::ir::{Op, OpKind};
use crate::rules::api::{Context, Violation};

declare_rule! {
    /// ## What it does
    /// Flags a column added to an existing PostgreSQL table whose value must be
    /// computed per row: a volatile default (`gen_random_uuid()`, `random()`,
    /// `clock_timestamp()`), a `serial` or identity column, or a stored generated
    /// column. Before PostgreSQL 11 any non-null default counts.
    ///
    /// ## Why is this bad?
    /// PostgreSQL rewrites the whole table under an `ACCESS EXCLUSIVE` lock to fill
    /// the column: no reads or writes for as long as it takes to copy every row.
    /// Since PostgreSQL 11 a constant default (and `now()`, which is stable) is
    /// stored in the catalogue instead, with no rewrite.
    ///
    /// ## Example
    /// ```sql
    /// ALTER TABLE transactions ADD COLUMN reference uuid DEFAULT gen_random_uuid();
    /// ```
    ///
    /// Use instead:
    /// ```sql
    /// ALTER TABLE transactions ADD COLUMN reference uuid;
    /// ALTER TABLE transactions ALTER COLUMN reference SET DEFAULT gen_random_uuid();
    /// -- then backfill existing rows in batches
    /// ```
    pub struct AddingVolatileDefault {
        id: "adding-volatile-default",
        severity: Error,
        summary: "column added with a per-row default, rewriting the table on PostgreSQL",
    }
}
impl_rule!(AddingVolatileDefault, check);

fn check(op: &Op, cx: &Context<'_>, out: &mut Vec<Violation>) {
    let OpKind::AddColumn { table, column, .. } = &op.kind else {
        return;
    };
    if !cx.postgres() || cx.exempt(table) {
        return;
    }
    let reason = if column.generated {
        "is a stored generated column"
    } else if column.auto_increment {
        "is a serial or identity column"
    } else if column.default.as_ref().is_some_and(|d| d.volatile) {
        "has a volatile default"
    } else if !cx.at_least(11, 0, 0)
        && column
            .default
            .as_ref()
            .is_some_and(|d| !d.expr.eq_ignore_ascii_case("null"))
    {
        "has a default, and PostgreSQL before 11 stores every default by rewriting the table"
    } else {
        return;
    };
    out.push(Violation::new(
        op,
        format!("column `{}` added to `{table}` {reason}: the whole table is rewritten under an ACCESS EXCLUSIVE lock", column.name),
        "add the column without a default, set the default in a second statement, then backfill existing rows in batches",
    ));
}

#[cfg(test)]
mod tests {
    use crate::testing::{count, laravel, mysql, pg, pg_at};
    use shipgate_config::Dialect;

    const ID: &str = "adding-volatile-default";

    #[test]
    fn volatile_defaults_rewrite() {
        assert_eq!(
            count(
                ID,
                &pg("ALTER TABLE transactions ADD COLUMN r uuid DEFAULT gen_random_uuid();")
            ),
            1
        );
        assert_eq!(
            count(ID, &pg("ALTER TABLE transactions ADD COLUMN n bigserial;")),
            1
        );
        assert_eq!(
            count(
                ID,
                &pg("ALTER TABLE transactions ADD COLUMN t timestamptz DEFAULT now();")
            ),
            0
        );
        assert_eq!(
            count(
                ID,
                &pg("ALTER TABLE transactions ADD COLUMN s text DEFAULT 'new' NOT NULL;")
            ),
            0
        );
    }

    #[test]
    fn follows_the_version() {
        assert_eq!(
            count(
                ID,
                &pg_at(
                    "10",
                    "ALTER TABLE transactions ADD COLUMN s text DEFAULT 'new';"
                )
            ),
            1
        );
        assert_eq!(
            count(
                ID,
                &pg_at(
                    "11",
                    "ALTER TABLE transactions ADD COLUMN s text DEFAULT 'new';"
                )
            ),
            0
        );
    }

    #[test]
    fn not_for_mysql_or_new_tables() {
        assert_eq!(
            count(
                ID,
                &mysql("ALTER TABLE transactions ADD COLUMN r char(36) DEFAULT (uuid());")
            ),
            0
        );
        assert_eq!(
            count(
                ID,
                &pg(
                    "CREATE TABLE t (id int);\nALTER TABLE t ADD COLUMN r uuid DEFAULT gen_random_uuid();"
                )
            ),
            0
        );
    }

    #[test]
    fn laravel_raw_defaults() {
        let php = "<?php\nreturn new class extends Migration {\n public function up(): void {\n  Schema::table('transactions', static function (Blueprint $table): void {\n   $table->uuid('ref')->default(DB::raw('gen_random_uuid()'));\n  });\n }\n};\n";
        assert_eq!(count(ID, &laravel(php, Dialect::Postgres)), 1);
    }
}
