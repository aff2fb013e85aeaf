use crate::ir::{Op, OpKind};
use crate::rules::api::{Context, Violation};

declare_rule! {
    /// ## What it does
    /// Flags `DELETE` without `WHERE` (Laravel: `DB::table(...)->delete()` with no
    /// `where` in the chain).
    ///
    /// ## Why is this bad?
    /// It deletes every row of the table, in one long transaction that holds row
    /// locks on all of them.
    ///
    /// ## Example
    /// ```sql
    /// DELETE FROM deposits;
    /// ```
    ///
    /// Use instead:
    /// ```sql
    /// DELETE FROM deposits
    ///  WHERE id BETWEEN 1 AND 10000  -- one batch; a key range keeps it short
    ///    AND status = 'failed' AND created_at < now() - interval '2 years';
    /// ```
    pub struct DeleteWithoutWhere {
        id: "delete-without-where",
        severity: Error,
        summary: "DELETE without WHERE removes every row",
    }
}
impl_rule!(DeleteWithoutWhere, check);

fn check(op: &Op, cx: &Context<'_>, out: &mut Vec<Violation>) {
    let OpKind::DeleteRows {
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
        format!("`DELETE` without `WHERE` removes every row of `{table}`"),
        "restrict it with a WHERE clause, and delete in batches",
    ));
}

#[cfg(test)]
mod tests {
    use crate::testing::{count, laravel, mysql, pg};
    use shipgate_config::Dialect;

    const ID: &str = "delete-without-where";

    #[test]
    fn sql() {
        assert_eq!(count(ID, &pg("DELETE FROM deposits;")), 1);
        assert_eq!(count(ID, &mysql("DELETE FROM deposits;")), 1);
        // The WHERE on the next line is part of the same statement.
        assert_eq!(
            count(ID, &pg("DELETE FROM deposits\n  WHERE status = 'failed';")),
            0
        );
        assert_eq!(count(ID, &pg("-- DELETE FROM deposits;\nSELECT 1;")), 0);
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
                &laravel(&php("DB::table('deposits')->delete();"), Dialect::Mysql)
            ),
            1
        );
        assert_eq!(
            count(
                ID,
                &laravel(
                    &php("DB::table('deposits')->where('status', 'failed')->delete();"),
                    Dialect::Mysql
                )
            ),
            0
        );
        assert_eq!(
            count(
                ID,
                &laravel(
                    &php("DB::statement('DELETE FROM deposits');"),
                    Dialect::Postgres
                )
            ),
            1
        );
    }
}
