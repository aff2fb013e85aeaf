use crate::ir::{Op, OpKind};
use crate::rules::api::{Context, Violation};

declare_rule! {
    /// ## What it does
    /// Flags `DROP TABLE` (Laravel: `Schema::drop`, `Schema::dropIfExists`) of a
    /// table not created in the same migration.
    ///
    /// ## Why is this bad?
    /// Every row is destroyed, and the application version still running during
    /// the rollout fails on every query against the table.
    ///
    /// ## Example
    /// ```sql
    /// DROP TABLE commissions_2019;
    /// ```
    ///
    /// Use instead:
    /// ```sql
    /// -- archive the data first, stop using the table in one release, drop it in a later one
    /// DROP TABLE commissions_2019; -- shipgate:allow dropping-table archived to s3 in TICKET-88
    /// ```
    pub struct DroppingTable {
        id: "dropping-table",
        severity: Error,
        summary: "table dropped",
    }
}
impl_rule!(DroppingTable, check);

fn check(op: &Op, cx: &Context<'_>, out: &mut Vec<Violation>) {
    let OpKind::DropTable { table } = &op.kind else {
        return;
    };
    if cx.is_new(table) {
        return;
    }
    out.push(Violation::new(
        op,
        format!("`DROP TABLE` destroys `{table}` and every row in it"),
        "archive the data, stop using the table in one release, and drop it in a later one; record why with `shipgate:allow dropping-table <reason>`",
    ));
}

#[cfg(test)]
mod tests {
    use crate::testing::{count, laravel, mysql, pg};
    use shipgate_config::Dialect;

    const ID: &str = "dropping-table";

    #[test]
    fn sql() {
        assert_eq!(count(ID, &pg("DROP TABLE IF EXISTS fees, taxes;")), 2);
        assert_eq!(count(ID, &mysql("DROP TABLE fees;")), 1);
        assert_eq!(
            count(ID, &mysql("CREATE TABLE tmp (a INT);\nDROP TABLE tmp;")),
            0
        );
        assert_eq!(
            count(ID, &mysql("# DROP TABLE fees;\nDROP VIEW fees_view;")),
            0
        );
        assert_eq!(count(ID, &pg("/* DROP TABLE fees; */ SELECT 1;")), 0);
        assert_eq!(
            count(ID, &pg("CREATE TABLE tmp (a int);\nDROP TABLE tmp;")),
            0
        );
    }

    #[test]
    fn laravel_schema_drop_only_in_up() {
        let php = "<?php\nreturn new class extends Migration {\n public function up(): void {\n  Schema::create('fees', function (Blueprint $table) { $table->id(); });\n }\n public function down(): void {\n  Schema::dropIfExists('fees');\n }\n};\n";
        assert_eq!(count(ID, &laravel(php, Dialect::Postgres)), 0);
        let php = "<?php\nreturn new class extends Migration {\n public function up(): void {\n  Schema::dropIfExists('fees');\n }\n};\n";
        assert_eq!(count(ID, &laravel(php, Dialect::Postgres)), 1);
    }
}
