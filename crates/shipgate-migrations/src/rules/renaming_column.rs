use crate::ir::{Op, OpKind};
use crate::rules::api::{Context, Violation};

declare_rule! {
    /// ## What it does
    /// Flags a column rename on an existing table (`RENAME COLUMN`, MySQL `CHANGE`
    /// with a new name, Laravel `renameColumn`).
    ///
    /// ## Why is this bad?
    /// The rename is instant, but the application version still running during the
    /// rollout uses the old name, and every one of its queries on that column fails.
    ///
    /// ## Example
    /// ```sql
    /// ALTER TABLE commissions RENAME COLUMN pct TO rate;
    /// ```
    ///
    /// Use instead:
    /// ```sql
    /// -- add `rate`, write both, backfill, switch reads to `rate`, then drop `pct` later
    /// ALTER TABLE commissions ADD COLUMN rate numeric(5,4);
    /// ```
    pub struct RenamingColumn {
        id: "renaming-column",
        severity: Error,
        summary: "column renamed while the old app version still uses it",
    }
}
impl_rule!(RenamingColumn, check);

fn check(op: &Op, cx: &Context<'_>, out: &mut Vec<Violation>) {
    let OpKind::RenameColumn { table, from, to } = &op.kind else {
        return;
    };
    if cx.is_new(table) {
        return;
    }
    let in_use = cx
        .models
        .column_use(table, from)
        .map(|u| format!(": {u}"))
        .unwrap_or_default();
    out.push(Violation::new(
        op,
        format!("renaming `{table}`.`{from}` to `{to}` breaks the app version still running during the rollout{in_use}"),
        "add the new column, write to both, backfill, switch reads, and drop the old column in a later release",
    ));
}

#[cfg(test)]
mod tests {
    use crate::testing::{count, laravel, mysql, pg};
    use shipgate_config::Dialect;

    const ID: &str = "renaming-column";

    #[test]
    fn sql() {
        assert_eq!(
            count(
                ID,
                &pg("ALTER TABLE commissions RENAME COLUMN pct TO rate;")
            ),
            1
        );
        assert_eq!(
            count(
                ID,
                &mysql("ALTER TABLE commissions CHANGE pct rate DECIMAL(5,4);")
            ),
            1
        );
        assert_eq!(
            count(
                ID,
                &mysql("ALTER TABLE commissions CHANGE rate rate DECIMAL(5,4);")
            ),
            0
        );
    }

    #[test]
    fn laravel_rename() {
        let php = "<?php\nreturn new class extends Migration {\n public function up(): void {\n  Schema::table('commissions', function (Blueprint $table) {\n   $table->renameColumn('pct', 'rate');\n  });\n }\n};\n";
        assert_eq!(count(ID, &laravel(php, Dialect::Postgres)), 1);
    }
}
