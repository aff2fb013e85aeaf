use crate::ir::{Op, OpKind};
use crate::rules::api::{Context, Violation};

declare_rule! {
    /// ## What it does
    /// Flags a `NOT NULL` column added to an existing table without a default.
    ///
    /// ## Why is this bad?
    /// On PostgreSQL the `ALTER TABLE` fails as soon as the table has a row, so the
    /// deploy stops half-way. On MySQL existing rows silently get the type's implicit
    /// default (`0`, `''`), and inserts from the application version still running
    /// during the rollout, which does not know the column, fail in strict mode.
    ///
    /// ## Example
    /// ```sql
    /// ALTER TABLE transactions ADD COLUMN fee numeric(12,2) NOT NULL;
    /// ```
    ///
    /// Use instead:
    /// ```sql
    /// ALTER TABLE transactions ADD COLUMN fee numeric(12,2) NOT NULL DEFAULT 0;
    /// -- or: add it nullable, backfill in batches, then enforce NOT NULL
    /// ```
    pub struct AddingRequiredColumn {
        id: "adding-required-column",
        severity: Error,
        summary: "NOT NULL column added to an existing table without a default",
    }
}
impl_rule!(AddingRequiredColumn, check);

fn check(op: &Op, cx: &Context<'_>, out: &mut Vec<Violation>) {
    let OpKind::AddColumn { table, column, .. } = &op.kind else {
        return;
    };
    if cx.is_new(table)
        || !column.not_null
        || column.default.is_some()
        || column.generated
        || column.auto_increment
    {
        return;
    }
    let consequence = if cx.postgres() {
        "fails on any table that has rows"
    } else {
        "gives existing rows an implicit default and breaks inserts from the running app version"
    };
    out.push(Violation::new(
        op,
        format!("column `{}` is added to `{table}` as NOT NULL without a default, which {consequence}", column.name),
        "give the column a constant default, or add it nullable, backfill it in batches, then set NOT NULL",
    ));
}

#[cfg(test)]
mod tests {
    use crate::testing::{count, laravel, mysql, pg};
    use shipgate_config::Dialect;

    const ID: &str = "adding-required-column";

    #[test]
    fn postgres() {
        assert_eq!(
            count(
                ID,
                &pg("ALTER TABLE transactions ADD COLUMN fee numeric NOT NULL;")
            ),
            1
        );
        assert_eq!(
            count(
                ID,
                &pg("ALTER TABLE transactions ADD COLUMN fee numeric NOT NULL DEFAULT 0;")
            ),
            0
        );
        assert_eq!(
            count(ID, &pg("ALTER TABLE transactions ADD COLUMN fee numeric;")),
            0
        );
        assert_eq!(
            count(
                ID,
                &pg("CREATE TABLE fees (id int);\nALTER TABLE fees ADD COLUMN v int NOT NULL;")
            ),
            0
        );
    }

    #[test]
    fn mysql_dialect() {
        assert_eq!(
            count(
                ID,
                &mysql("ALTER TABLE transactions ADD COLUMN fee DECIMAL(12,2) NOT NULL;")
            ),
            1
        );
        assert_eq!(
            count(
                ID,
                &mysql("ALTER TABLE transactions ADD fee DECIMAL(12,2) NOT NULL DEFAULT 0;")
            ),
            0
        );
    }

    #[test]
    fn laravel_columns_are_not_null_unless_nullable() {
        let php = |body: &str| {
            format!(
                "<?php\nreturn new class extends Migration {{\n public function up(): void {{\n  Schema::table('transactions', function (Blueprint $table) {{\n   {body}\n  }});\n }}\n}};\n"
            )
        };
        assert_eq!(
            count(
                ID,
                &laravel(&php("$table->decimal('fee', 12, 2);"), Dialect::Postgres)
            ),
            1
        );
        assert_eq!(
            count(
                ID,
                &laravel(
                    &php("$table->decimal('fee', 12, 2)->nullable();"),
                    Dialect::Postgres
                )
            ),
            0
        );
        assert_eq!(
            count(
                ID,
                &laravel(
                    &php("$table->decimal('fee', 12, 2)->default(0);"),
                    Dialect::Mysql
                )
            ),
            0
        );
        assert_eq!(
            count(ID, &laravel(&php("$table->timestamps();"), Dialect::Mysql)),
            0
        );
    }
}
