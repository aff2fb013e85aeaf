//! The migration rules. One rule, one file; the doc comment on each rule's
//! struct is its documentation, printed by `shipgate rule <id>` and used as
//! the SARIF help.

use std::collections::HashSet;
use std::ops::Range;

use globset::GlobSet;
use shipgate_config::{DbVersion, Dialect};
use shipgate_report::RuleMeta;

use crate::frontend::SourceKind;
use crate::ir::Op;
use crate::schema::Schema;

/// Implements [`Rule`] for a declared rule with a `check` function.
macro_rules! impl_rule {
    ($name:ident, $check:path) => {
        impl $crate::rules::Rule for $name {
            fn meta(&self) -> &'static shipgate_report::RuleMeta {
                &Self::META
            }
            fn check(
                &self,
                op: &$crate::ir::Op,
                cx: &$crate::rules::Context<'_>,
                out: &mut Vec<$crate::rules::Violation>,
            ) {
                $check(op, cx, out);
            }
        }
    };
}

mod adding_required_column;
mod adding_volatile_default;
mod blocking_maintenance;
mod changing_column_type;
mod concurrently_in_transaction;
mod constraint_missing_not_valid;
mod constraint_without_using_index;
mod delete_without_where;
mod dropping_column;
mod dropping_table;
mod empty_migration;
mod enum_value_in_transaction;
mod financial_table_audit_trail;
mod float_for_money;
mod index_without_concurrently;
mod invalid_suppression;
mod missing_lock_timeout;
mod mysql_blocking_alter;
mod no_migrations;
mod reindex_without_concurrently;
mod renaming_column;
mod renaming_table;
mod setting_not_null;
mod statement_too_large;
mod truncating_table;
mod unparseable_statement;
mod unreadable_migration;
mod update_without_where;

pub use adding_required_column::AddingRequiredColumn;
pub use adding_volatile_default::AddingVolatileDefault;
pub use blocking_maintenance::BlockingMaintenance;
pub use changing_column_type::ChangingColumnType;
pub use concurrently_in_transaction::ConcurrentlyInTransaction;
pub use constraint_missing_not_valid::ConstraintMissingNotValid;
pub use constraint_without_using_index::ConstraintWithoutUsingIndex;
pub use delete_without_where::DeleteWithoutWhere;
pub use dropping_column::DroppingColumn;
pub use dropping_table::DroppingTable;
pub use empty_migration::EmptyMigration;
pub use enum_value_in_transaction::EnumValueInTransaction;
pub use financial_table_audit_trail::FinancialTableAuditTrail;
pub use float_for_money::FloatForMoney;
pub use index_without_concurrently::IndexWithoutConcurrently;
pub use invalid_suppression::InvalidSuppression;
pub use missing_lock_timeout::MissingLockTimeout;
pub use mysql_blocking_alter::MysqlBlockingAlter;
pub use no_migrations::NoMigrations;
pub use reindex_without_concurrently::ReindexWithoutConcurrently;
pub use renaming_column::RenamingColumn;
pub use renaming_table::RenamingTable;
pub use setting_not_null::SettingNotNull;
pub use statement_too_large::StatementTooLarge;
pub use truncating_table::TruncatingTable;
pub use unparseable_statement::UnparseableStatement;
pub use unreadable_migration::UnreadableMigration;
pub use update_without_where::UpdateWithoutWhere;

/// What a rule reports: where, what, and what to do instead.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Violation {
    /// Byte range in the file.
    pub span: Range<usize>,
    /// What is wrong, naming the table and column.
    pub message: String,
    /// The safe alternative.
    pub help: String,
}

impl Violation {
    /// A violation at an operation.
    pub fn new(op: &Op, message: impl Into<String>, help: impl Into<String>) -> Self {
        Self {
            span: op.span.clone(),
            message: message.into(),
            help: help.into(),
        }
    }
}

/// What a rule knows about the place an operation runs in.
pub struct Context<'a> {
    /// The configured dialect.
    pub dialect: Dialect,
    /// The configured server version.
    pub version: DbVersion,
    /// Which front end read the file.
    pub source: SourceKind,
    /// Tables created earlier in the same file.
    pub new_tables: &'a HashSet<String>,
    /// Tables configured as small.
    pub small_tables: &'a GlobSet,
    /// Tables configured as financial.
    pub financial_tables: &'a GlobSet,
    /// Whether the operation runs inside a transaction.
    pub in_transaction: bool,
    /// Whether a lock timeout was set earlier in the file.
    pub lock_timeout_set: bool,
    /// Column types declared by the migrations before this operation.
    pub schema: &'a Schema,
}

impl Context<'_> {
    /// The type of `table.column` as the earlier migrations declared it.
    pub fn column_type(&self, table: &str, column: &str) -> Option<&crate::ir::ColumnType> {
        self.schema.column_type(table, column)
    }

    /// Whether the table was created earlier in this file.
    pub fn is_new(&self, table: &str) -> bool {
        self.new_tables.contains(table)
    }

    /// Whether lock and rewrite rules skip this table: new in this file, or configured small.
    pub fn exempt(&self, table: &str) -> bool {
        self.is_new(table) || self.small_tables.is_match(table)
    }

    /// Whether the table holds financial records.
    pub fn is_financial(&self, table: &str) -> bool {
        self.financial_tables.is_match(table)
    }

    /// PostgreSQL?
    pub fn postgres(&self) -> bool {
        self.dialect == Dialect::Postgres
    }

    /// MySQL?
    pub fn mysql(&self) -> bool {
        self.dialect == Dialect::Mysql
    }

    /// Whether the server is at least `major.minor.patch`.
    pub fn at_least(&self, major: u32, minor: u32, patch: u32) -> bool {
        self.version >= DbVersion::new(major, minor, patch)
    }
}

/// A rule over single operations.
pub trait Rule: Sync {
    /// The rule's metadata.
    fn meta(&self) -> &'static RuleMeta;
    /// Reports violations of the rule by `op`.
    fn check(&self, op: &Op, cx: &Context<'_>, out: &mut Vec<Violation>);
}

/// The rules that look at single operations, in id order.
pub fn operation_rules() -> &'static [&'static dyn Rule] {
    &[
        &AddingRequiredColumn,
        &AddingVolatileDefault,
        &BlockingMaintenance,
        &ChangingColumnType,
        &ConcurrentlyInTransaction,
        &ConstraintMissingNotValid,
        &ConstraintWithoutUsingIndex,
        &DeleteWithoutWhere,
        &DroppingColumn,
        &DroppingTable,
        &EnumValueInTransaction,
        &FloatForMoney,
        &IndexWithoutConcurrently,
        &MissingLockTimeout,
        &MysqlBlockingAlter,
        &ReindexWithoutConcurrently,
        &RenamingColumn,
        &RenamingTable,
        &SettingNotNull,
        &TruncatingTable,
        &UpdateWithoutWhere,
    ]
}

/// Every rule's metadata, including the rules the engine applies itself, sorted by id.
pub fn all_rules() -> Vec<&'static RuleMeta> {
    let mut all: Vec<&'static RuleMeta> = operation_rules().iter().map(|r| r.meta()).collect();
    all.extend([
        &EmptyMigration::META,
        &FinancialTableAuditTrail::META,
        &InvalidSuppression::META,
        &NoMigrations::META,
        &StatementTooLarge::META,
        &UnparseableStatement::META,
        &UnreadableMigration::META,
    ]);
    all.sort_by_key(|r| r.id);
    all
}
