use crate::ir::{IndexKind, Op, OpKind};
use crate::rules::api::{Context, Violation};

declare_rule! {
    /// ## What it does
    /// Flags `CREATE INDEX` and `DROP INDEX` on an existing PostgreSQL table
    /// without `CONCURRENTLY`. With `--schema`, `CREATE INDEX IF NOT EXISTS`
    /// of an index that schema already has on the same table is a no-op and
    /// is not flagged.
    ///
    /// ## Why is this bad?
    /// A plain `CREATE INDEX` holds a `SHARE` lock that blocks every insert, update
    /// and delete until the whole index is built. A plain `DROP INDEX` takes an
    /// `ACCESS EXCLUSIVE` lock on the table.
    ///
    /// ## Example
    /// ```sql
    /// CREATE INDEX transactions_account_idx ON transactions (account_id);
    /// ```
    ///
    /// Use instead:
    /// ```sql
    /// CREATE INDEX CONCURRENTLY transactions_account_idx ON transactions (account_id);
    /// -- outside a transaction; in Laravel, `->online()` and `$withinTransaction = false`
    /// ```
    pub struct IndexWithoutConcurrently {
        id: "index-without-concurrently",
        severity: Error,
        summary: "index created or dropped without CONCURRENTLY",
    }
}
impl_rule!(IndexWithoutConcurrently, check, size_dependent);

fn check(op: &Op, cx: &Context<'_>, out: &mut Vec<Violation>) {
    if !cx.postgres() {
        return;
    }
    // `CREATE INDEX IF NOT EXISTS` of an index today's schema (`--schema`)
    // already has, on the same table, builds nothing.
    if let OpKind::CreateIndex {
        table,
        name: Some(name),
        ..
    } = &op.kind
        && op.hints.if_not_exists
        && cx.schema.source().is_some()
        && cx.schema.has_index(table, name)
    {
        return;
    }
    match &op.kind {
        OpKind::CreateIndex {
            table,
            concurrently: false,
            kind: IndexKind::Regular,
            ..
        } if !cx.exempt(table) => {
            out.push(Violation::new(
                op,
                format!("creating an index on `{table}` without CONCURRENTLY blocks all writes until it is built"),
                "use `CREATE INDEX CONCURRENTLY` outside a transaction (Laravel: `->online()` with `$withinTransaction = false`)",
            ));
        }
        OpKind::DropIndex {
            name,
            table,
            concurrently: false,
        } if !table.as_deref().is_some_and(|t| cx.exempt(t)) => {
            out.push(Violation::new(
                op,
                format!("dropping index `{name}` without CONCURRENTLY takes an ACCESS EXCLUSIVE lock on its table"),
                "use `DROP INDEX CONCURRENTLY` outside a transaction",
            ));
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use crate::testing::{count, laravel, mysql, pg};
    use shipgate_config::Dialect;

    const ID: &str = "index-without-concurrently";

    #[test]
    fn postgres() {
        assert_eq!(
            count(ID, &pg("CREATE INDEX i ON transactions (account_id);")),
            1
        );
        assert_eq!(
            count(
                ID,
                &pg("CREATE INDEX CONCURRENTLY i ON transactions (account_id);")
            ),
            0
        );
        assert_eq!(count(ID, &pg("DROP INDEX i;")), 1);
        assert_eq!(count(ID, &pg("DROP INDEX CONCURRENTLY IF EXISTS i;")), 0);
        assert_eq!(
            count(ID, &pg("CREATE TABLE t (a int);\nCREATE INDEX i ON t (a);")),
            0
        );
    }

    #[test]
    fn mysql_creates_indexes_online() {
        assert_eq!(
            count(ID, &mysql("CREATE INDEX i ON transactions (account_id);")),
            0
        );
        assert_eq!(
            count(
                ID,
                &mysql("ALTER TABLE transactions ADD INDEX i (account_id);")
            ),
            0
        );
    }

    #[test]
    fn laravel_index_and_online() {
        let php = |chain: &str| {
            format!(
                "<?php\nreturn new class extends Migration {{\n public $withinTransaction = false;\n public function up(): void {{\n  Schema::table('transactions', function (Blueprint $table) {{\n   {chain}\n  }});\n }}\n}};\n"
            )
        };
        assert_eq!(
            count(
                ID,
                &laravel(&php("$table->index('account_id');"), Dialect::Postgres)
            ),
            1
        );
        assert_eq!(
            count(
                ID,
                &laravel(
                    &php("$table->index('account_id')->online();"),
                    Dialect::Postgres
                )
            ),
            0
        );
    }
}
