use crate::ir::{Op, OpKind};
use crate::rules::api::{Context, Violation};

declare_rule! {
    /// ## What it does
    /// Flags `ALTER COLUMN ... SET NOT NULL` on an existing PostgreSQL table.
    ///
    /// ## Why is this bad?
    /// PostgreSQL scans the whole table to prove there is no `NULL`, holding an
    /// `ACCESS EXCLUSIVE` lock the whole time: every read and write waits.
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
    out.push(Violation::new(
        op,
        format!("`SET NOT NULL` on `{table}`.`{column}` scans the whole table under an ACCESS EXCLUSIVE lock"),
        format!(
            "add `CHECK ({column} IS NOT NULL) NOT VALID`, then `VALIDATE CONSTRAINT`, then `SET NOT NULL` (PostgreSQL 12+ skips the scan), then drop the check"
        ),
    ));
}

#[cfg(test)]
mod tests {
    use crate::testing::{count, mysql, pg};

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
