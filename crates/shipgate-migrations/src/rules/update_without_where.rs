use crate::ir::{Op, OpKind};
use crate::rules::api::{Context, Violation};

declare_rule! {
    /// ## What it does
    /// Flags `UPDATE` without `WHERE` (Laravel: `DB::table(...)->update([...])`
    /// with no `where` in the chain).
    ///
    /// ## Why is this bad?
    /// It rewrites every row in one transaction: every row is locked until it
    /// commits, the table bloats, and a mistake touches all the data.
    ///
    /// ## Example
    /// ```sql
    /// UPDATE balances SET currency = 'EUR';
    /// ```
    ///
    /// Use instead:
    /// ```sql
    /// UPDATE balances SET currency = 'EUR' WHERE currency IS NULL AND id BETWEEN 1 AND 10000;
    /// ```
    pub struct UpdateWithoutWhere {
        id: "update-without-where",
        severity: Error,
        summary: "UPDATE without WHERE rewrites every row",
    }
}
impl_rule!(UpdateWithoutWhere, check);

fn check(op: &Op, cx: &Context<'_>, out: &mut Vec<Violation>) {
    let OpKind::UpdateRows {
        table,
        has_where: false,
        ..
    } = &op.kind
    else {
        return;
    };
    if cx.is_new(table) {
        return;
    }
    out.push(Violation::new(
        op,
        format!("`UPDATE` without `WHERE` rewrites every row of `{table}` in one transaction"),
        "restrict it with a WHERE clause and backfill in batches",
    ));
}

#[cfg(test)]
mod tests {
    use crate::testing::{count, laravel, mysql, pg};
    use shipgate_config::Dialect;

    const ID: &str = "update-without-where";

    #[test]
    fn sql() {
        assert_eq!(count(ID, &pg("UPDATE balances SET currency = 'EUR';")), 1);
        assert_eq!(
            count(ID, &mysql("UPDATE balances SET currency = 'EUR';")),
            1
        );
        assert_eq!(
            count(
                ID,
                &pg("UPDATE balances SET currency = 'EUR'\nWHERE currency IS NULL;")
            ),
            0
        );
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
                    &php("DB::table('balances')->update(['currency' => 'EUR']);"),
                    Dialect::Mysql
                )
            ),
            1
        );
        assert_eq!(
            count(
                ID,
                &laravel(
                    &php(
                        "DB::table('balances')->whereNull('currency')->update(['currency' => 'EUR']);"
                    ),
                    Dialect::Mysql
                )
            ),
            0
        );
    }
}
