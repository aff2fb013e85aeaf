use crate::frontend::SourceKind;
use crate::ir::{Op, OpKind};
use crate::rules::api::{Context, Violation};

declare_rule! {
    /// ## What it does
    /// Flags `CREATE INDEX CONCURRENTLY`, `DROP INDEX CONCURRENTLY`,
    /// `REINDEX CONCURRENTLY` and `ALTER TABLE ... DETACH PARTITION ...
    /// CONCURRENTLY` (PostgreSQL 14+) that run inside a transaction: after `BEGIN`, in a
    /// file the configuration says runs in a transaction, or in a Laravel
    /// migration on PostgreSQL without `public $withinTransaction = false`.
    ///
    /// ## Why is this bad?
    /// PostgreSQL refuses them inside a transaction block, so the migration fails
    /// during the deploy.
    ///
    /// ## Example
    /// ```sql
    /// BEGIN;
    /// CREATE INDEX CONCURRENTLY i ON transactions (account_id);
    /// COMMIT;
    /// ```
    ///
    /// Use instead:
    /// ```sql
    /// CREATE INDEX CONCURRENTLY i ON transactions (account_id);
    /// ```
    pub struct ConcurrentlyInTransaction {
        id: "concurrently-in-transaction",
        severity: Error,
        summary: "CONCURRENTLY inside a transaction fails",
    }
}
impl_rule!(ConcurrentlyInTransaction, check);

fn check(op: &Op, cx: &Context<'_>, out: &mut Vec<Violation>) {
    let concurrent = matches!(
        op.kind,
        OpKind::CreateIndex {
            concurrently: true,
            ..
        } | OpKind::DropIndex {
            concurrently: true,
            ..
        } | OpKind::Reindex {
            concurrently: true,
            ..
        } | OpKind::DetachPartition {
            concurrently: true,
            ..
        }
    );
    if !concurrent || !cx.postgres() || !cx.in_transaction {
        return;
    }
    let help = if cx.source == SourceKind::Laravel {
        "add `public $withinTransaction = false;` to the migration class"
    } else {
        "run it outside `BEGIN`/`COMMIT`, or configure the migration runner not to wrap this file in a transaction"
    };
    out.push(Violation::new(
        op,
        "a CONCURRENTLY operation inside a transaction block fails on PostgreSQL",
        help,
    ));
}

#[cfg(test)]
mod tests {
    use crate::testing::{count, laravel, pg};
    use shipgate_config::Dialect;

    const ID: &str = "concurrently-in-transaction";

    #[test]
    fn sql_transactions() {
        assert_eq!(
            count(
                ID,
                &pg("BEGIN;\nCREATE INDEX CONCURRENTLY i ON transactions (a);\nCOMMIT;")
            ),
            1
        );
        assert_eq!(
            count(
                ID,
                &pg("BEGIN;\nCOMMIT;\nCREATE INDEX CONCURRENTLY i ON transactions (a);")
            ),
            0
        );
        assert_eq!(
            count(ID, &pg("CREATE INDEX CONCURRENTLY i ON transactions (a);")),
            0
        );
    }

    #[test]
    fn detach_partition_concurrently() {
        let detach = "ALTER TABLE deposits DETACH PARTITION deposits_2020 CONCURRENTLY;";
        assert_eq!(count(ID, &pg(&format!("BEGIN;\n{detach}\nCOMMIT;"))), 1);
        assert_eq!(count(ID, &pg(detach)), 0);
        assert_eq!(
            count(
                ID,
                &pg("BEGIN;\nALTER TABLE deposits DETACH PARTITION deposits_2020;\nCOMMIT;")
            ),
            0
        );
    }

    #[test]
    fn laravel_within_transaction() {
        let php = |prop: &str| {
            format!(
                "<?php\nreturn new class extends Migration {{\n {prop}\n public function up(): void {{\n  Schema::table('transactions', function (Blueprint $table) {{\n   $table->index('a')->online();\n  }});\n }}\n}};\n"
            )
        };
        assert_eq!(count(ID, &laravel(&php(""), Dialect::Postgres)), 1);
        assert_eq!(
            count(
                ID,
                &laravel(
                    &php("public $withinTransaction = false;"),
                    Dialect::Postgres
                )
            ),
            0
        );
    }
}
