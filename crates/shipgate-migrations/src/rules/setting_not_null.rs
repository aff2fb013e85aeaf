use crate::ir::{Op, OpKind};
use crate::rules::api::{Context, Violation};

declare_rule! {
    /// ## What it does
    /// Flags `ALTER COLUMN ... SET NOT NULL` on an existing PostgreSQL table,
    /// unless a validated constraint from an earlier statement already proves
    /// the column has no nulls (PostgreSQL 12+).
    ///
    /// ## Why is this bad?
    /// PostgreSQL scans the whole table to prove there is no `NULL`, holding an
    /// `ACCESS EXCLUSIVE` lock the whole time: every read and write waits.
    /// From PostgreSQL 12 the scan is skipped when a valid `CHECK (column IS
    /// NOT NULL)` constraint proves it (release notes 12.0: "Allow ALTER TABLE
    /// ... SET NOT NULL to avoid unnecessary table scans"); from PostgreSQL 18
    /// a `NOT NULL` constraint can itself be added `NOT VALID` and validated
    /// later (release notes 18.0: "Allow NOT NULL constraints to be added as
    /// NOT VALID"). Before 12 there is no way around the scan, and the message
    /// says so.
    ///
    /// ## Example
    /// ```sql
    /// ALTER TABLE transactions ALTER COLUMN currency SET NOT NULL;
    /// ```
    ///
    /// Use instead:
    /// ```sql
    /// ALTER TABLE transactions ADD CONSTRAINT currency_not_null CHECK (currency IS NOT NULL) NOT VALID;
    /// ALTER TABLE transactions VALIDATE CONSTRAINT currency_not_null;  -- no exclusive lock
    /// ALTER TABLE transactions ALTER COLUMN currency SET NOT NULL;     -- PostgreSQL 12+: uses the check, no scan
    /// ALTER TABLE transactions DROP CONSTRAINT currency_not_null;
    /// -- PostgreSQL 18+:
    /// ALTER TABLE transactions ADD CONSTRAINT currency_not_null NOT NULL currency NOT VALID;
    /// ALTER TABLE transactions VALIDATE CONSTRAINT currency_not_null;
    /// ```
    pub struct SettingNotNull {
        id: "setting-not-null",
        severity: Error,
        summary: "SET NOT NULL on an existing column scans the table under an exclusive lock",
    }
}
impl_rule!(SettingNotNull, check, size_dependent);

fn check(op: &Op, cx: &Context<'_>, out: &mut Vec<Violation>) {
    let OpKind::SetNotNull { table, column } = &op.kind else {
        return;
    };
    if !cx.postgres() || cx.exempt(table) {
        return;
    }
    if cx.at_least(12, 0, 0) && cx.schema.not_null_proven(table, column) {
        return;
    }
    let help = if cx.at_least(18, 0, 0) {
        format!(
            "from PostgreSQL 18: `ADD CONSTRAINT {column}_not_null NOT NULL {column} NOT VALID`, then `VALIDATE CONSTRAINT {column}_not_null` in a later transaction (no exclusive lock during the scan)"
        )
    } else if cx.at_least(12, 0, 0) {
        format!(
            "add `CHECK ({column} IS NOT NULL) NOT VALID`, then `VALIDATE CONSTRAINT` in a later transaction, then `SET NOT NULL` (from PostgreSQL 12 it uses the check and skips the scan), then drop the check"
        )
    } else {
        format!(
            "PostgreSQL before 12 always scans for `SET NOT NULL`: keep a validated `CHECK ({column} IS NOT NULL)` constraint instead (`NOT VALID`, then `VALIDATE CONSTRAINT`), or set it NOT NULL after upgrading to 12+"
        )
    };
    out.push(Violation::new(
        op,
        format!("`SET NOT NULL` on `{table}`.`{column}` scans the whole table under an ACCESS EXCLUSIVE lock"),
        help,
    ));
}

#[cfg(test)]
mod tests {
    use crate::testing::{count, files_at, mysql, pg, pg_at};
    use shipgate_config::Dialect;

    const ID: &str = "setting-not-null";

    #[test]
    fn postgres() {
        assert_eq!(
            count(
                ID,
                &pg("ALTER TABLE transactions ALTER COLUMN currency SET NOT NULL;")
            ),
            1
        );
        assert_eq!(
            count(
                ID,
                &pg("ALTER TABLE transactions ALTER COLUMN currency DROP NOT NULL;")
            ),
            0
        );
        assert_eq!(
            count(
                ID,
                &pg("CREATE TABLE t (c int);\nALTER TABLE t ALTER COLUMN c SET NOT NULL;")
            ),
            0
        );
    }

    #[test]
    fn a_validated_check_skips_the_scan_from_postgres_12() {
        let recipe = [
            "ALTER TABLE transactions ADD CONSTRAINT c_nn CHECK (currency IS NOT NULL) NOT VALID;",
            "ALTER TABLE transactions VALIDATE CONSTRAINT c_nn;",
            "ALTER TABLE transactions ALTER COLUMN currency SET NOT NULL;",
        ];
        let at = |version| count(ID, &files_at(Dialect::Postgres, version, &recipe));
        assert_eq!(at("12"), 0);
        assert_eq!(at("18"), 0);
        assert_eq!(at("11"), 1, "before 12 the check does not spare the scan");
        // Not validated yet, or proving another column: the scan happens.
        let unvalidated = [recipe[0], recipe[2]];
        assert_eq!(
            count(ID, &files_at(Dialect::Postgres, "15", &unvalidated)),
            1
        );
        let other = [
            "ALTER TABLE transactions ADD CONSTRAINT c_nn CHECK (amount IS NOT NULL) NOT VALID;",
            recipe[1],
            recipe[2],
        ];
        assert_eq!(count(ID, &files_at(Dialect::Postgres, "15", &other)), 1);
        // PostgreSQL 18's own NOT NULL ... NOT VALID, validated.
        let pg18 = [
            "ALTER TABLE transactions ADD CONSTRAINT c_nn NOT NULL currency NOT VALID;",
            recipe[1],
            recipe[2],
        ];
        assert_eq!(count(ID, &files_at(Dialect::Postgres, "18", &pg18)), 0);
        // The proof dropped (or its column dropped) before SET NOT NULL: the scan is back.
        let dropped = [
            recipe[0],
            recipe[1],
            "ALTER TABLE transactions DROP CONSTRAINT c_nn;",
            recipe[2],
        ];
        assert_eq!(count(ID, &files_at(Dialect::Postgres, "15", &dropped)), 1);
        let renamed = [
            recipe[0],
            recipe[1],
            "ALTER TABLE transactions RENAME COLUMN currency TO ccy;",
            "ALTER TABLE transactions ALTER COLUMN ccy SET NOT NULL;",
        ];
        assert_eq!(count(ID, &files_at(Dialect::Postgres, "15", &renamed)), 0);
    }

    #[test]
    fn the_advice_follows_the_version() {
        let sql = "ALTER TABLE transactions ALTER COLUMN currency SET NOT NULL;";
        let help = |version| {
            pg_at(version, sql)
                .into_iter()
                .find(|f| f.rule == ID)
                .map(|f| f.help)
                .unwrap_or_default()
        };
        assert!(help("11").contains("before 12"), "{}", help("11"));
        assert!(help("12").contains("from PostgreSQL 12"));
        assert!(help("18").contains("NOT NULL currency NOT VALID"));
    }

    #[test]
    fn mysql_has_no_set_not_null() {
        assert_eq!(
            count(
                ID,
                &mysql("ALTER TABLE transactions MODIFY currency CHAR(3) NOT NULL;")
            ),
            0
        );
    }
}
