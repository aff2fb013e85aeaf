use crate::ir::{Op, OpKind};
use crate::rules::api::{Context, Violation};

declare_rule! {
    /// ## What it does
    /// Flags a table rename (`ALTER TABLE ... RENAME TO`, `RENAME TABLE`,
    /// Laravel `Schema::rename` and `$table->rename()`).
    ///
    /// ## Why is this bad?
    /// The application version still running during the rollout queries the old
    /// name, and fails.
    ///
    /// ## Example
    /// ```sql
    /// ALTER TABLE payouts RENAME TO withdrawals;
    /// ```
    ///
    /// Use instead:
    /// ```sql
    /// -- create the new table (or a view with the new name), move the app over, then drop the old one
    /// CREATE VIEW withdrawals AS SELECT * FROM payouts;
    /// ```
    pub struct RenamingTable {
        id: "renaming-table",
        severity: Error,
        summary: "table renamed while the old app version still uses it",
    }
}
impl_rule!(RenamingTable, check);

fn check(op: &Op, cx: &Context<'_>, out: &mut Vec<Violation>) {
    let OpKind::RenameTable { from, to } = &op.kind else {
        return;
    };
    if cx.is_new(from) {
        return;
    }
    out.push(Violation::new(
        op,
        format!("renaming `{from}` to `{to}` breaks the app version still running during the rollout"),
        "expose the new name first (a view, or a new table with dual writes), move the app over, and remove the old name later",
    ));
}

#[cfg(test)]
mod tests {
    use crate::testing::{count, laravel, mysql, pg};
    use shipgate_config::Dialect;

    const ID: &str = "renaming-table";

    #[test]
    fn sql() {
        assert_eq!(
            count(ID, &pg("ALTER TABLE payouts RENAME TO withdrawals;")),
            1
        );
        assert_eq!(count(ID, &mysql("RENAME TABLE payouts TO withdrawals;")), 1);
        assert_eq!(
            count(ID, &mysql("CREATE TABLE t (a INT);\nRENAME TABLE t TO u;")),
            0
        );
        assert_eq!(
            count(
                ID,
                &pg("CREATE TABLE t (a int);\nALTER TABLE t RENAME TO u;")
            ),
            0
        );
    }

    #[test]
    fn laravel_schema_rename() {
        let php = "<?php\nreturn new class extends Migration {\n public function up(): void {\n  Schema::rename('payouts', 'withdrawals');\n }\n};\n";
        assert_eq!(count(ID, &laravel(php, Dialect::Mysql)), 1);
    }
}
