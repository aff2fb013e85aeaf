//! What the rules are written against: the two kinds of rule, what they
//! know, and what they report.

use std::collections::{BTreeMap, HashSet};
use std::ops::Range;

use globset::GlobSet;
use shipgate_config::{DbVersion, Dialect};
use shipgate_report::RuleMeta;

use crate::changeset::ChangeSet;
use crate::frontend::SourceKind;
use crate::ir::Op;
use crate::models::Models;
use crate::schema::Schema;

/// The help of a statement or file that cannot be parsed.
pub(crate) const UNPARSEABLE_HELP: &str = "fix the syntax; for valid SQL shipgate cannot read, review it and add `shipgate:allow <rule> <reason>`";

/// What a rule reports: where, what, and what to do instead.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Violation {
    /// Byte range in the file.
    pub span: Range<usize>,
    /// What is wrong, naming the table and column.
    pub message: String,
    /// The safe alternative.
    pub help: String,
    /// Facts for machines, carried to the finding's `properties`: the online
    /// DDL verdict behind `mysql-blocking-alter`, which `migrations trace`
    /// compares with the server.
    pub properties: BTreeMap<String, String>,
}

impl Violation {
    /// A violation at an operation.
    pub fn new(op: &Op, message: impl Into<String>, help: impl Into<String>) -> Self {
        Self {
            span: op.span.clone(),
            message: message.into(),
            help: help.into(),
            properties: BTreeMap::new(),
        }
    }

    /// The violation with the property `key` set to `value`.
    #[must_use]
    pub fn with_property(mut self, key: &str, value: impl Into<String>) -> Self {
        self.properties.insert(key.to_owned(), value.into());
        self
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
    /// The application's Eloquent models (none outside Laravel).
    pub models: &'a Models,
    /// Whether `SET foreign_key_checks = 0` is in force (MySQL, MariaDB).
    pub foreign_key_checks_off: bool,
    /// Whether the file changes the schema anywhere (not only rows).
    pub file_has_ddl: bool,
    /// Constraints added `NOT VALID` earlier in the transaction the
    /// operation runs in: table, and name when given.
    pub not_valid_in_transaction: &'a [(String, Option<String>)],
    /// An enum value that `ALTER TYPE ... ADD VALUE` added earlier in the
    /// transaction and this statement names as a string literal.
    pub new_enum_value_used: Option<&'a str>,
}

impl Context<'_> {
    /// What the online DDL table's lookup needs of this context.
    pub fn ddl_facts(&self) -> crate::online_ddl::Facts<'_> {
        crate::online_ddl::Facts {
            dialect: self.dialect,
            version: self.version,
            schema: self.schema,
            foreign_key_checks_off: self.foreign_key_checks_off,
        }
    }

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

    /// MySQL or MariaDB?
    pub fn mysql(&self) -> bool {
        self.dialect.is_mysql_family()
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
    /// Whether only the first violation in a file is reported.
    fn once_per_file(&self) -> bool {
        false
    }
    /// Whether the risk grows with the table's size (a lock held while it is
    /// scanned, rewritten or indexed): then, when the schema knows the
    /// table's rows, the finding says them, and a table under
    /// `large_table_rows` is reported at most at `small_table_severity`.
    fn size_dependent(&self) -> bool {
        false
    }
}

/// Where a change-set rule's finding points.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    /// A byte range in the file at this index of [`ChangeSet::files`].
    File(usize, Range<usize>),
    /// A path that is not a migration file (a folder searched), at line 1.
    Path(String),
}

/// What a change-set rule reports: where, what, and what to do instead.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    /// Where.
    pub target: Target,
    /// What is wrong.
    pub message: String,
    /// What to do about it.
    pub help: String,
}

impl Found {
    /// A finding at `span` of file `index`.
    pub fn in_file(
        index: usize,
        span: Range<usize>,
        message: impl Into<String>,
        help: impl Into<String>,
    ) -> Self {
        Self {
            target: Target::File(index, span),
            message: message.into(),
            help: help.into(),
        }
    }
}

/// A rule over the whole change set: the files, what they could not read,
/// and what the search for them found.
pub trait ChangeSetRule: Sync {
    /// The rule's metadata.
    fn meta(&self) -> &'static RuleMeta;
    /// Reports violations of the rule in `set`.
    fn check(&self, set: &ChangeSet<'_>, out: &mut Vec<Found>);
    /// Whether a `shipgate:allow` comment can cover its findings.
    fn suppressible(&self) -> bool {
        true
    }
}
