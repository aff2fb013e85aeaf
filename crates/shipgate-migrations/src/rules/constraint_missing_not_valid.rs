use crate::ir::{ConstraintKind, Op, OpKind};
use crate::rules::api::{Context, Violation};

declare_rule! {
    /// ## What it does
    /// Flags a foreign key or check constraint added to an existing PostgreSQL
    /// table without `NOT VALID`.
    ///
    /// ## Why is this bad?
    /// PostgreSQL checks every existing row while it holds a lock that blocks writes
    /// (and, for a foreign key, a lock on the referenced table too).
    ///
    /// ## Example
    /// ```sql
    /// ALTER TABLE withdrawals ADD CONSTRAINT fk_account FOREIGN KEY (account_id) REFERENCES accounts (id);
    /// ```
    ///
    /// Use instead:
    /// ```sql
    /// ALTER TABLE withdrawals ADD CONSTRAINT fk_account FOREIGN KEY (account_id) REFERENCES accounts (id) NOT VALID;
    /// ALTER TABLE withdrawals VALIDATE CONSTRAINT fk_account;
    /// ```
    pub struct ConstraintMissingNotValid {
        id: "constraint-missing-not-valid",
        severity: Error,
        summary: "foreign key or check constraint added without NOT VALID",
    }
}
impl_rule!(ConstraintMissingNotValid, check, size_dependent);

fn check(op: &Op, cx: &Context<'_>, out: &mut Vec<Violation>) {
    let OpKind::AddConstraint {
        table,
        kind,
        validated: true,
        ..
    } = &op.kind
    else {
        return;
    };
    let what = match kind {
        ConstraintKind::ForeignKey => "foreign key",
        ConstraintKind::Check => "check constraint",
        _ => return,
    };
    if !cx.postgres() || cx.exempt(table) {
        return;
    }
    out.push(Violation::new(
        op,
        format!("adding a {what} to `{table}` validates every existing row while blocking writes"),
        "add it with `NOT VALID` (Laravel: `->notValid()`), then run `VALIDATE CONSTRAINT` in a separate migration",
    ));
}

#[cfg(test)]
mod tests {
    use crate::testing::{count, laravel, mysql, pg};
    use shipgate_config::Dialect;

    const ID: &str = "constraint-missing-not-valid";

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
