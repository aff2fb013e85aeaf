use std::collections::BTreeMap;
use std::ops::Range;

use crate::changeset::ChangeSet;
use crate::fast_hash::{HashMap, HashSet};
use crate::ir::OpKind;
use crate::rules::api::Found;

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
impl_change_set_rule!(FinancialTableAuditTrail, check);

fn check(set: &ChangeSet<'_>, out: &mut Vec<Found>) {
    // The first change of each financial table, by table name.
    let mut changes: BTreeMap<String, (usize, Range<usize>)> = BTreeMap::new();
    let mut audit_touched = false;
    // Each table name as written: lowercased, and whether it is an audit
    // table and a financial one; matched once, not once per statement.
    let mut seen: HashMap<&str, (String, bool, bool)> = HashMap::default();
    for (index, file) in set.files.iter().enumerate() {
        // Tables created earlier in this file: creating one is not changing it.
        let mut new_tables: HashSet<&str> = HashSet::default();
        for op in &file.ir.ops {
            if file.checked
                && let Some(table) = op.kind.table()
            {
                let (table, audit, financial) = seen.entry(table).or_insert_with(|| {
                    let table = table.to_ascii_lowercase();
                    let audit = set.audit_tables.is_match(&table);
                    let financial = set.financial_tables.is_match(&table);
                    (table, audit, financial)
                });
                if *audit {
                    audit_touched = true;
                } else if op.kind.changes_table()
                    && *financial
                    && !new_tables.contains(table.as_str())
                    && !changes.contains_key(table)
                {
                    changes.insert(table.clone(), (index, op.span.clone()));
                }
            }
            if let OpKind::CreateTable { table, .. } = &op.kind {
                new_tables.insert(table);
            }
        }
    }
    if audit_touched {
        return;
    }
    for (table, (index, span)) in changes {
        out.push(Found::in_file(
            index,
            span,
            format!("financial table `{table}` is changed, but no migration in this change set touches an audit-trail table"),
            "add the matching audit-trail migration (see `[migrations] audit_tables`) to the same change set",
        ));
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


    #[test]
    fn only_the_change_set_counts() {
        let settings = crate::Settings::new(
            &shipgate_config::MigrationsConfig::default(),
            None,
            None,
        )
        .unwrap();
        let run = |files: &[(&str, &str, bool)]| {
            let sources = files
                .iter()
                .map(|(name, sql, checked)| crate::SourceFile {
                    display: (*name).into(),
                    bytes: sql.as_bytes().to_vec(),
                    checked: *checked,
                })
                .collect();
            count(ID, &crate::check_sources(sources, &settings).findings)
        };
        let change = "ALTER TABLE transactions ADD COLUMN fee numeric;";
        let audit = "ALTER TABLE transactions_audit ADD COLUMN fee numeric;";
        // A change outside the change set is not reported.
        assert_eq!(run(&[("V1__a.sql", change, false)]), 0);
        // An audit migration outside the change set does not count.
        assert_eq!(
            run(&[("V1__a.sql", audit, false), ("V2__b.sql", change, true)]),
            1
        );
        assert_eq!(
            run(&[("V1__a.sql", audit, true), ("V2__b.sql", change, true)]),
            0
        );
    }

    #[test]
    fn each_table_is_reported_once_at_its_first_change() {
        // Creating a financial table is a change too; the later ALTER of the
        // same table is not reported again.
        let create = "CREATE TABLE transactions (id bigint);\nALTER TABLE transactions ADD COLUMN fee numeric;";
        let findings = pg_files(&[create]);
        assert_eq!(count(ID, &findings), 1);
        let finding = findings.iter().find(|f| f.rule == ID).unwrap();
        assert_eq!((finding.location.path.as_str(), finding.location.line), ("V1__m.sql", 1));
        let findings = pg_files(&[
            "ALTER TABLE balances ADD COLUMN a numeric;",
            "ALTER TABLE balances ADD COLUMN b numeric;\nALTER TABLE deposits ADD COLUMN c numeric;",
        ]);
        let places: Vec<(&str, u32)> = findings
            .iter()
            .filter(|f| f.rule == ID)
            .map(|f| (f.location.path.as_str(), f.location.line))
            .collect();
        assert_eq!(places, vec![("V1__m.sql", 1), ("V2__m.sql", 2)]);
    }
}
