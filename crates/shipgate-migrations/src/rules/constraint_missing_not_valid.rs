use crate::ir::{ConstraintKind, Op, OpKind};
use crate::rules::api::{Context, Violation};

declare_rule! {
    /// ## What it does
    /// Flags a foreign key, check or (PostgreSQL 18) named `NOT NULL`
    /// constraint added to an existing PostgreSQL table without `NOT VALID`,
    /// and `ALTER CONSTRAINT ... ENFORCED` (PostgreSQL 18), which validates
    /// the same way. A `CHECK` written on a column that `ADD COLUMN` adds
    /// counts too: it cannot be `NOT VALID`, and PostgreSQL scans every row
    /// for it, even when the new column is all NULL. On MySQL and MariaDB, which have no `NOT VALID`, a foreign
    /// key added with `foreign_key_checks` on is `mysql-blocking-alter`'s (a
    /// table copy with the same validation scan).
    ///
    /// ## Why is this bad?
    /// PostgreSQL runs a validation scan of every existing row (for a foreign
    /// key, a lookup in the referenced table for each) while holding a lock
    /// that blocks writes: `SHARE ROW EXCLUSIVE` on both tables for a foreign
    /// key, `ACCESS EXCLUSIVE` for a check or not-null constraint. With `NOT
    /// VALID` the add is instant, and `VALIDATE CONSTRAINT`, in a later
    /// transaction, scans under a `SHARE UPDATE EXCLUSIVE` lock that lets
    /// reads and writes go on (ALTER TABLE reference, "ADD table_constraint
    /// [ NOT VALID ]"). Setting a constraint `ENFORCED` "verifies existing
    /// rows" the same way.
    ///
    /// ## Example
    /// ```sql
    /// ALTER TABLE withdrawals ADD CONSTRAINT fk_account FOREIGN KEY (account_id) REFERENCES accounts (id);
    /// ```
    ///
    /// Use instead:
    /// ```sql
    /// ALTER TABLE withdrawals ADD CONSTRAINT fk_account FOREIGN KEY (account_id) REFERENCES accounts (id) NOT VALID;
    /// -- a later migration, its own transaction:
    /// ALTER TABLE withdrawals VALIDATE CONSTRAINT fk_account;
    /// ```
    pub struct ConstraintMissingNotValid {
        id: "constraint-missing-not-valid",
        severity: Error,
        summary: "foreign key or check constraint added without NOT VALID",
    }
}
impl_rule!(ConstraintMissingNotValid, check, size_dependent);

const HELP: &str = "add it with `NOT VALID` (Laravel: `->notValid()`), then run `VALIDATE CONSTRAINT` in a separate migration";

/// The help for a check constraint, which may be written on a column that
/// `ADD COLUMN` adds, where `NOT VALID` cannot go.
const CHECK_HELP: &str = "add it with `NOT VALID`, then run `VALIDATE CONSTRAINT` in a separate migration; a `CHECK` written on an added column cannot be `NOT VALID`: add the column, then the constraint";

fn check(op: &Op, cx: &Context<'_>, out: &mut Vec<Violation>) {
    if !cx.postgres() {
        return;
    }
    match &op.kind {
        OpKind::AddConstraint {
            table,
            kind,
            validated: true,
            ..
        } if !cx.exempt(table) => {
            let (what, lock, help) = match kind {
                ConstraintKind::ForeignKey => (
                    "a foreign key",
                    "a SHARE ROW EXCLUSIVE lock on it and on the referenced table, blocking their writes",
                    HELP,
                ),
                ConstraintKind::Check => (
                    "a check constraint",
                    "an ACCESS EXCLUSIVE lock: every read and write waits",
                    CHECK_HELP,
                ),
                ConstraintKind::NotNull => (
                    "a not-null constraint",
                    "an ACCESS EXCLUSIVE lock: every read and write waits",
                    HELP,
                ),
                _ => return,
            };
            out.push(Violation::new(
                op,
                format!(
                    "adding {what} to `{table}` runs a validation scan of every existing row while holding {lock}"
                ),
                help,
            ));
        }
        OpKind::EnforceConstraint {
            table,
            enforced: true,
        } if !cx.exempt(table) => out.push(Violation::new(
            op,
            format!(
                "`ALTER CONSTRAINT ... ENFORCED` on `{table}` runs a validation scan of every existing row before it commits"
            ),
            "drop the constraint and add it again with `NOT VALID`, then `VALIDATE CONSTRAINT` in a separate migration",
        )),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use crate::testing::{count, laravel, mysql, pg, pg_at};
    use shipgate_config::Dialect;

    const ID: &str = "constraint-missing-not-valid";

    #[test]
    fn an_inline_check_on_a_new_column_scans_every_row() {
        for sql in [
            "ALTER TABLE payments ADD COLUMN pos int CHECK (pos > 0);",
            "ALTER TABLE payments ADD COLUMN pos int NOT NULL DEFAULT 1 CHECK (pos > 0);",
        ] {
            let found = pg(sql);
            assert_eq!(count(ID, &found), 1, "{sql}");
            assert!(
                found
                    .iter()
                    .any(|f| f.rule == ID && f.message.contains("check constraint")),
                "{sql}: {found:?}"
            );
        }
        assert_eq!(count(ID, &pg("ALTER TABLE payments ADD COLUMN pos int;")), 0);
        // On a table created in the same file there are no rows to scan.
        assert_eq!(
            count(
                ID,
                &pg("CREATE TABLE payments (id int);\nALTER TABLE payments ADD COLUMN pos int CHECK (pos > 0);")
            ),
            0
        );
    }

    #[test]
    fn postgres() {
        assert_eq!(
            count(
                ID,
                &pg(
                    "ALTER TABLE withdrawals ADD CONSTRAINT fk FOREIGN KEY (a) REFERENCES accounts (id);"
                )
            ),
            1
        );
        assert_eq!(
            count(
                ID,
                &pg("ALTER TABLE withdrawals ADD CONSTRAINT c CHECK (amount > 0);")
            ),
            1
        );
        assert_eq!(
            count(
                ID,
                &pg("ALTER TABLE withdrawals ADD CONSTRAINT c CHECK (amount > 0) NOT VALID;")
            ),
            0
        );
        assert_eq!(
            count(ID, &pg("ALTER TABLE withdrawals VALIDATE CONSTRAINT c;")),
            0
        );
    }

    #[test]
    fn the_message_names_the_validation_scan() {
        let findings = pg(
            "ALTER TABLE withdrawals ADD CONSTRAINT fk FOREIGN KEY (a) REFERENCES accounts (id);",
        );
        assert!(findings[0].message.contains("validation scan"), "{}", findings[0].message);
        assert!(findings[0].message.contains("referenced table"));
    }

    #[test]
    fn postgres_18_not_null_and_enforced() {
        let add = "ALTER TABLE withdrawals ADD CONSTRAINT a_nn NOT NULL account_id;";
        assert_eq!(count(ID, &pg_at("18", add)), 1);
        assert_eq!(
            count(
                ID,
                &pg_at(
                    "18",
                    "ALTER TABLE withdrawals ADD CONSTRAINT a_nn NOT NULL account_id NOT VALID;"
                )
            ),
            0
        );
        assert_eq!(
            count(ID, &pg_at("18", "ALTER TABLE withdrawals ALTER CONSTRAINT fk ENFORCED;")),
            1
        );
        assert_eq!(
            count(
                ID,
                &pg_at("18", "ALTER TABLE withdrawals ALTER CONSTRAINT fk NOT ENFORCED;")
            ),
            0
        );
        assert_eq!(
            count(
                ID,
                &pg_at(
                    "18",
                    "ALTER TABLE withdrawals ADD CONSTRAINT c CHECK (amount > 0) NOT ENFORCED;"
                )
            ),
            0
        );
    }

    #[test]
    fn mysql_foreign_keys_name_the_scan_in_the_online_ddl_rule() {
        let findings = mysql(
            "ALTER TABLE withdrawals ADD CONSTRAINT fk FOREIGN KEY (a) REFERENCES accounts (id);",
        );
        let blocking = findings
            .iter()
            .find(|f| f.rule == "mysql-blocking-alter")
            .unwrap_or_else(|| panic!("{findings:#?}"));
        assert!(blocking.message.contains("validation scan"), "{}", blocking.message);
    }

    #[test]
    fn inline_references_are_validated_only_with_a_default() {
        // PostgreSQL 15 scans the table for the new column's foreign key when
        // the column has a DEFAULT (even DEFAULT NULL); without one, every
        // value is NULL and the check is skipped (pg_stat_user_tables.seq_scan).
        for sql in [
            "ALTER TABLE post ADD COLUMN language_id integer REFERENCES language NOT NULL DEFAULT 0;",
            "ALTER TABLE post ADD COLUMN language_id integer DEFAULT NULL REFERENCES language;",
        ] {
            assert_eq!(count(ID, &pg(sql)), 1, "{sql}");
        }
        for sql in [
            "ALTER TABLE person ADD COLUMN instance_id int REFERENCES instance ON UPDATE CASCADE ON DELETE CASCADE;",
            // Another column's default does not make this one's check run.
            "ALTER TABLE notification ADD COLUMN kind text NOT NULL DEFAULT 'reply', ADD COLUMN post_id int REFERENCES post (id);",
            // A table created in the migration holds no rows to check.
            "CREATE TABLE post (id int); ALTER TABLE post ADD COLUMN language_id int NOT NULL DEFAULT 0 REFERENCES language;",
        ] {
            assert_eq!(count(ID, &pg(sql)), 0, "{sql}");
        }
        // MySQL parses inline REFERENCES and ignores them.
        assert_eq!(
            count(
                ID,
                &mysql("ALTER TABLE post ADD COLUMN language_id int NOT NULL DEFAULT 0 REFERENCES language (id);")
            ),
            0
        );
    }

    #[test]
    fn not_for_mysql() {
        assert_eq!(
            count(
                ID,
                &mysql("ALTER TABLE withdrawals ADD CONSTRAINT c CHECK (amount > 0);")
            ),
            0
        );
    }

    #[test]
    fn laravel_foreign_keys() {
        let php = |chain: &str| {
            format!(
                "<?php\nclass AddAccount extends Migration\n{{\n    public function up()\n    {{\n        Schema::table('withdrawals', function (Blueprint $table) {{\n            {chain}\n        }});\n    }}\n}}\n"
            )
        };
        assert_eq!(
            count(
                ID,
                &laravel(
                    &php("$table->foreign('account_id')->references('id')->on('accounts');"),
                    Dialect::Postgres
                )
            ),
            1
        );
        assert_eq!(
            count(
                ID,
                &laravel(
                    &php(
                        "$table->foreign('account_id')->references('id')->on('accounts')->notValid();"
                    ),
                    Dialect::Postgres
                )
            ),
            0
        );
        assert_eq!(
            count(
                ID,
                &laravel(
                    &php("$table->foreignId('account_id')->nullable()->constrained();"),
                    Dialect::Postgres
                )
            ),
            1
        );
    }
}
