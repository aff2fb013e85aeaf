use crate::ir::{Op, OpKind};
use crate::rules::api::{Context, Violation};

declare_rule! {
    /// ## What it does
    /// Flags `TRUNCATE` (Laravel: `DB::table(...)->truncate()`) of a table not
    /// created in the same migration.
    ///
    /// ## Why is this bad?
    /// It removes every row at once, takes an `ACCESS EXCLUSIVE` lock, cannot be
    /// filtered, and on financial data is almost never what was meant.
    ///
    /// ## Example
    /// ```sql
    /// TRUNCATE transactions;
    /// ```
    ///
    /// Use instead:
    /// ```sql
    /// DELETE FROM transactions WHERE created_at < '2019-01-01';  -- in batches, after archiving
    /// ```
    pub struct TruncatingTable {
        id: "truncating-table",
        severity: Error,
        summary: "TRUNCATE removes every row",
    }
}
impl_rule!(TruncatingTable, check);

fn check(op: &Op, cx: &Context<'_>, out: &mut Vec<Violation>) {
    let OpKind::Truncate { table } = &op.kind else {
        return;
    };
    if cx.is_new(table) {
        return;
    }
    out.push(Violation::new(
        op,
        format!("`TRUNCATE` removes every row of `{table}`"),
        "archive what must be kept and delete only the rows meant, in batches, with a WHERE clause",
    ));
}

#[cfg(test)]
mod tests {
    use crate::testing::{count, laravel, mysql, pg};
    use shipgate_config::Dialect;

    const ID: &str = "truncating-table";

    #[test]
    fn sql() {
        assert_eq!(count(ID, &pg("TRUNCATE transactions;")), 1);
        assert_eq!(count(ID, &mysql("TRUNCATE TABLE transactions;")), 1);
        assert_eq!(
            count(ID, &mysql("CREATE TABLE tmp (a INT);\nTRUNCATE TABLE tmp;")),
            0
        );
        assert_eq!(count(ID, &pg("SELECT 'TRUNCATE transactions';")), 0);
    }

    #[test]
    fn laravel_query_builder() {
        let php = "<?php\nreturn new class extends Migration {\n public function up(): void {\n  DB::table('balances')->truncate();\n }\n};\n";
        assert_eq!(count(ID, &laravel(php, Dialect::Mysql)), 1);
    }
}
