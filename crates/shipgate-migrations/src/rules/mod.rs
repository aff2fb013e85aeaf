//! The migration rules. One rule, one file; the doc comment on each rule's
//! struct is its documentation, printed by `shipgate rule <id>` and used as
//! the SARIF help.
//!
//! A rule is one of two kinds: a [`Rule`] looks at one operation, in the
//! [`Context`] it runs in; a [`ChangeSetRule`] looks at the whole
//! [`ChangeSet`] (the files, what could not be read or parsed, what the search
//! for migrations found). Registering a rule is one line in `register!` below.

use shipgate_report::RuleMeta;

mod api;

pub use api::{ChangeSetRule, Context, Found, Rule, Target, Violation};

/// Implements [`Rule`] for a declared rule with a `check` function; with
/// `once_per_file`, only its first violation in a file is kept; with
/// `size_dependent`, a table the schema knows to be small lowers its severity.
macro_rules! impl_rule {
    ($name:ident, $check:path) => {
        impl_rule!($name, $check, {});
    };
    ($name:ident, $check:path, once_per_file) => {
        impl_rule!($name, $check, {
            fn once_per_file(&self) -> bool {
                true
            }
        });
    };
    ($name:ident, $check:path, size_dependent) => {
        impl_rule!($name, $check, {
            fn size_dependent(&self) -> bool {
                true
            }
        });
    };
    ($name:ident, $check:path, { $($extra:tt)* }) => {
        impl $crate::rules::api::Rule for $name {
            fn meta(&self) -> &'static shipgate_report::RuleMeta {
                &Self::META
            }
            fn check(
                &self,
                op: &$crate::ir::Op,
                cx: &$crate::rules::api::Context<'_>,
                out: &mut Vec<$crate::rules::api::Violation>,
            ) {
                $check(op, cx, out);
            }
            $($extra)*
        }
    };
}

/// Implements [`ChangeSetRule`] for a declared rule with a `check` function;
/// with `unsuppressible`, `shipgate:allow` does not cover its findings.
macro_rules! impl_change_set_rule {
    ($name:ident, $check:path) => {
        impl_change_set_rule!($name, $check, {});
    };
    ($name:ident, $check:path, unsuppressible) => {
        impl_change_set_rule!($name, $check, {
            fn suppressible(&self) -> bool {
                false
            }
        });
    };
    ($name:ident, $check:path, { $($extra:tt)* }) => {
        impl $crate::rules::api::ChangeSetRule for $name {
            fn meta(&self) -> &'static shipgate_report::RuleMeta {
                &Self::META
            }
            fn check(
                &self,
                set: &$crate::changeset::ChangeSet<'_>,
                out: &mut Vec<$crate::rules::api::Found>,
            ) {
                $check(set, out);
            }
            $($extra)*
        }
    };
}

/// Registers the rules: one line per rule names its file and its struct,
/// declares the module, re-exports the struct and lists it.
macro_rules! register {
    (
        operations: { $($op_mod:ident::$op:ident,)* }
        change_set: { $($set_mod:ident::$set:ident,)* }
    ) => {
        $(
            mod $op_mod;
            pub use $op_mod::$op;
        )*
        $(
            mod $set_mod;
            pub use $set_mod::$set;
        )*

        /// The rules that look at single operations, in id order.
        pub fn operation_rules() -> &'static [&'static dyn Rule] {
            &[$(&$op),*]
        }

        /// The rules that look at the whole change set, in id order.
        pub fn change_set_rules() -> &'static [&'static dyn ChangeSetRule] {
            &[$(&$set),*]
        }
    };
}

register! {
    operations: {
        adding_required_column::AddingRequiredColumn,
        adding_volatile_default::AddingVolatileDefault,
        blocking_maintenance::BlockingMaintenance,
        changing_column_type::ChangingColumnType,
        concurrently_in_transaction::ConcurrentlyInTransaction,
        constraint_missing_not_valid::ConstraintMissingNotValid,
        constraint_without_using_index::ConstraintWithoutUsingIndex,
        delete_without_where::DeleteWithoutWhere,
        detach_partition_without_concurrently::DetachPartitionWithoutConcurrently,
        dropping_column::DroppingColumn,
        dropping_table::DroppingTable,
        enum_value_in_transaction::EnumValueInTransaction,
        float_for_money::FloatForMoney,
        index_on_partitioned_table::IndexOnPartitionedTable,
        index_without_concurrently::IndexWithoutConcurrently,
        long_running_data_migration::LongRunningDataMigration,
        missing_lock_timeout::MissingLockTimeout,
        mysql_blocking_alter::MysqlBlockingAlter,
        mysql_refused_algorithm::MysqlRefusedAlgorithm,
        not_null_unwritten_column::NotNullUnwrittenColumn,
        reindex_without_concurrently::ReindexWithoutConcurrently,
        renaming_column::RenamingColumn,
        renaming_table::RenamingTable,
        renaming_type::RenamingType,
        requires_newer_postgres::RequiresNewerPostgres,
        setting_not_null::SettingNotNull,
        truncating_table::TruncatingTable,
        update_without_where::UpdateWithoutWhere,
        validate_in_same_transaction::ValidateInSameTransaction,
    }
    change_set: {
        empty_migration::EmptyMigration,
        financial_table_audit_trail::FinancialTableAuditTrail,
        invalid_suppression::InvalidSuppression,
        no_migrations::NoMigrations,
        statement_too_large::StatementTooLarge,
        unparseable_statement::UnparseableStatement,
        unreadable_migration::UnreadableMigration,
        unresolved_call::UnresolvedCall,
        unresolved_table::UnresolvedTable,
    }
}

pub(crate) use missing_lock_timeout::takes_strong_lock;

/// Every rule's metadata, sorted by id.
pub fn all_rules() -> Vec<&'static RuleMeta> {
    let mut all: Vec<&'static RuleMeta> = operation_rules()
        .iter()
        .map(|r| r.meta())
        .chain(change_set_rules().iter().map(|r| r.meta()))
        .collect();
    all.sort_by_key(|r| r.id);
    all
}

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    use super::{all_rules, change_set_rules, operation_rules};

    #[test]
    fn every_rule_is_registered_once_with_its_documentation() {
        let ops: Vec<&str> = operation_rules().iter().map(|r| r.meta().id).collect();
        let sets: Vec<&str> = change_set_rules().iter().map(|r| r.meta().id).collect();
        for list in [&ops, &sets] {
            let mut sorted = list.clone();
            sorted.sort_unstable();
            assert_eq!(*list, sorted, "registered out of id order");
        }
        let all: Vec<&str> = all_rules().iter().map(|r| r.id).collect();
        let unique: HashSet<&str> = all.iter().copied().collect();
        assert_eq!(unique.len(), all.len(), "{all:?}");
        assert_eq!(all.len(), ops.len() + sets.len());
        assert!(sets.contains(&"financial-table-audit-trail"));
        assert!(sets.contains(&"no-migrations"));
        assert!(!ops.contains(&"unreadable-migration"));
        for rule in all_rules() {
            for section in [
                "## What it does",
                "## Why is this bad?",
                "## Example",
                "Use instead",
            ] {
                assert!(rule.doc.contains(section), "{} lacks {section}", rule.id);
            }
        }
    }

    #[test]
    fn only_invalid_suppression_is_unsuppressible_and_only_lock_timeout_once_per_file() {
        let unsuppressible: Vec<&str> = change_set_rules()
            .iter()
            .filter(|r| !r.suppressible())
            .map(|r| r.meta().id)
            .collect();
        assert_eq!(unsuppressible, vec!["invalid-suppression"]);
        let once: Vec<&str> = operation_rules()
            .iter()
            .filter(|r| r.once_per_file())
            .map(|r| r.meta().id)
            .collect();
        assert_eq!(once, vec!["missing-lock-timeout"]);
    }

    #[test]
    fn the_rules_whose_risk_grows_with_the_table_are_size_dependent() {
        let sized: Vec<&str> = operation_rules()
            .iter()
            .filter(|r| r.size_dependent())
            .map(|r| r.meta().id)
            .collect();
        assert_eq!(
            sized,
            vec![
                "adding-volatile-default",
                "blocking-maintenance",
                "changing-column-type",
                "constraint-missing-not-valid",
                "constraint-without-using-index",
                "index-on-partitioned-table",
                "index-without-concurrently",
                "long-running-data-migration",
                "mysql-blocking-alter",
                "setting-not-null",
                "validate-in-same-transaction",
            ]
        );
    }
}
