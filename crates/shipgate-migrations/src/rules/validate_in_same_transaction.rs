use crate::ir::{Op, OpKind};
use crate::rules::api::{Context, Violation};

declare_rule! {
    /// ## What it does
    /// Flags `ALTER TABLE ... VALIDATE CONSTRAINT` in the same transaction as
    /// the `ADD CONSTRAINT ... NOT VALID` that created the constraint, on
    /// PostgreSQL: after `BEGIN`, in a file the configuration says runs in a
    /// transaction (`assume_in_transaction`), or in a Laravel migration.
    ///
    /// ## Why is this bad?
    /// `NOT VALID` exists so that the `ADD` takes its lock only for a moment
    /// and the validation scan runs later under a `SHARE UPDATE EXCLUSIVE`
    /// lock that lets reads and writes go on. In one transaction, the lock the
    /// `ADD` took (`SHARE ROW EXCLUSIVE` for a foreign key, on both tables;
    /// `ACCESS EXCLUSIVE` for a check) is held until commit, so writes wait
    /// for the whole validation scan, exactly as without `NOT VALID`.
    ///
    /// ## Example
    /// ```sql
    /// BEGIN;
    /// ALTER TABLE withdrawals ADD CONSTRAINT fk_account FOREIGN KEY (account_id) REFERENCES accounts (id) NOT VALID;
    /// ALTER TABLE withdrawals VALIDATE CONSTRAINT fk_account;
    /// COMMIT;
    /// ```
    ///
    /// Use instead:
    /// ```sql
    /// -- migration 1
    /// ALTER TABLE withdrawals ADD CONSTRAINT fk_account FOREIGN KEY (account_id) REFERENCES accounts (id) NOT VALID;
    /// -- migration 2, its own transaction
    /// ALTER TABLE withdrawals VALIDATE CONSTRAINT fk_account;
    /// ```
    pub struct ValidateInSameTransaction {
        id: "validate-in-same-transaction",
        severity: Error,
        summary: "VALIDATE CONSTRAINT in the same transaction as its NOT VALID add",
    }
}
impl_rule!(ValidateInSameTransaction, check, size_dependent);

fn check(op: &Op, cx: &Context<'_>, out: &mut Vec<Violation>) {
    let OpKind::ValidateConstraint { table, name } = &op.kind else {
        return;
    };
    if !cx.postgres() || !cx.in_transaction || cx.exempt(table) {
        return;
    }
    // A constraint added without a name gets one from PostgreSQL; any
    // `NOT VALID` add on the table without a name may be it.
    let same = cx.not_valid_in_transaction.iter().any(|(t, n)| {
        t == table && n.as_deref().is_none_or(|n| n == name)
    });
    if !same {
        return;
    }
    out.push(Violation::new(
        op,
        format!(
            "validating `{name}` in the transaction that added it `NOT VALID` keeps the add's lock on `{table}` for the whole validation scan: writes wait, as without `NOT VALID`"
        ),
        "commit between the two: validate in a later migration (or after `COMMIT`), where the scan takes only a SHARE UPDATE EXCLUSIVE lock",
    ));
}

#[cfg(test)]
mod tests {
    use crate::testing::{count, laravel, mysql, pg};
    use shipgate_config::Dialect;

    const ID: &str = "validate-in-same-transaction";
    const ADD: &str = "ALTER TABLE withdrawals ADD CONSTRAINT fk FOREIGN KEY (account_id) REFERENCES accounts (id) NOT VALID;";
    const VALIDATE: &str = "ALTER TABLE withdrawals VALIDATE CONSTRAINT fk;";

    #[test]
    fn same_transaction_is_flagged() {
        assert_eq!(count(ID, &pg(&format!("BEGIN;\n{ADD}\n{VALIDATE}\nCOMMIT;"))), 1);
        let check = "BEGIN;\nALTER TABLE withdrawals ADD CONSTRAINT c CHECK (amount > 0) NOT VALID;\nALTER TABLE withdrawals VALIDATE CONSTRAINT c;\nCOMMIT;";
        assert_eq!(count(ID, &pg(check)), 1);
    }

    #[test]
    fn separate_transactions_and_other_constraints_pass() {
        assert_eq!(count(ID, &pg(&format!("{ADD}\n{VALIDATE}"))), 0);
        assert_eq!(
            count(ID, &pg(&format!("BEGIN;\n{ADD}\nCOMMIT;\nBEGIN;\n{VALIDATE}\nCOMMIT;"))),
            0
        );
        assert_eq!(
            count(
                ID,
                &pg(&format!(
                    "BEGIN;\n{ADD}\nALTER TABLE withdrawals VALIDATE CONSTRAINT other;\nCOMMIT;"
                ))
            ),
            0
        );
        assert_eq!(count(ID, &pg(&format!("BEGIN;\n{VALIDATE}\nCOMMIT;"))), 0);
        assert_eq!(count(ID, &mysql("ALTER TABLE t ADD CONSTRAINT c CHECK (a > 0);")), 0);
    }

    #[test]
    fn laravel_runs_in_a_transaction_on_postgres() {
        let php = "<?php\nreturn new class extends Migration {\n public function up(): void {\n  DB::statement('ALTER TABLE withdrawals ADD CONSTRAINT fk FOREIGN KEY (account_id) REFERENCES accounts (id) NOT VALID');\n  DB::statement('ALTER TABLE withdrawals VALIDATE CONSTRAINT fk');\n }\n};\n";
        assert_eq!(count(ID, &laravel(php, Dialect::Postgres)), 1);
    }
}
