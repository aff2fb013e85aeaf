declare_rule! {
    /// ## What it does
    /// Warns when a change set (the files checked together, such as a merge
    /// request's with `--changed-since`) changes a financial table, but no
    /// migration in it touches an audit-trail table.
    ///
    /// Financial tables are `[migrations] financial_tables` (default:
    /// `transactions`, `balances`, `commissions`, `withdrawals`, `deposits`).
    /// Audit-trail tables are `[migrations] audit_tables` (default: `*_audit`,
    /// `*_audits`, `audit_log`, `audit_logs`). Raise it to an error with
    /// `[migrations.rules] financial-table-audit-trail = "error"`.
    ///
    /// ## Why is this bad?
    /// Regulators expect every change to financial records to stay traceable. A
    /// new or changed column on `transactions` that the audit trail does not
    /// capture is a gap an auditor will find.
    ///
    /// ## Example
    /// ```php
    /// Schema::table('transactions', function (Blueprint $table) {
    ///     $table->decimal('fee', 19, 4)->nullable();
    /// });
    /// ```
    ///
    /// Use instead:
    /// ```php
    /// // in the same change set
    /// Schema::table('transactions_audit', function (Blueprint $table) {
    ///     $table->decimal('fee', 19, 4)->nullable();
    /// });
    /// ```
    pub struct FinancialTableAuditTrail {
        id: "financial-table-audit-trail",
        severity: Warning,
        summary: "financial table changed without an audit-trail migration in the same change set",
    }
}

#[cfg(test)]
mod tests {
    use crate::testing::{count, pg_files};

    const ID: &str = "financial-table-audit-trail";

    #[test]
    fn needs_an_audit_migration_in_the_change_set() {
        assert_eq!(
            count(
                ID,
                &pg_files(&["ALTER TABLE transactions ADD COLUMN fee numeric;"])
            ),
            1
        );
        assert_eq!(
            count(
                ID,
                &pg_files(&[
                    "ALTER TABLE transactions ADD COLUMN fee numeric;",
                    "ALTER TABLE transactions_audit ADD COLUMN fee numeric;"
                ])
            ),
            0
        );
        assert_eq!(
            count(
                ID,
                &pg_files(&["ALTER TABLE shipments ADD COLUMN fee numeric;"])
            ),
            0
        );
        assert_eq!(
            count(
                ID,
                &pg_files(&["CREATE INDEX CONCURRENTLY i ON transactions (a);"])
            ),
            0
        );
    }
}
