//! The schema-change IR every front end lowers to, and rules are written over.

use std::ops::Range;

/// One schema or data change, with the byte span in its file it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Op {
    /// What the operation does.
    pub kind: OpKind,
    /// Byte range in the migration file.
    pub span: Range<usize>,
    /// `ALGORITHM=` and `LOCK=` given with the statement (MySQL), or the Laravel
    /// `instant()` / `lock()` modifiers.
    pub hints: AlterHints,
}

impl Op {
    /// An operation without hints.
    pub fn new(kind: OpKind, span: Range<usize>) -> Self {
        Self {
            kind,
            span,
            hints: AlterHints::default(),
        }
    }
}

/// MySQL online-DDL clauses that make the server refuse, rather than block.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AlterHints {
    /// `ALGORITHM=` value, uppercased: `INSTANT`, `INPLACE`, `COPY`, `DEFAULT`.
    pub algorithm: Option<String>,
    /// `LOCK=` value, uppercased: `NONE`, `SHARED`, `EXCLUSIVE`, `DEFAULT`.
    pub lock: Option<String>,
    /// `IF NOT EXISTS` on `CREATE INDEX`: a no-op when the index exists.
    pub if_not_exists: bool,
    /// `NULLS [NOT] DISTINCT` on a unique index or constraint of the
    /// statement (PostgreSQL 15 and later).
    pub nulls_distinct: bool,
    /// Every clause of the `ALTER TABLE`, besides `ALGORITHM=` and `LOCK=`,
    /// renames the table: MariaDB refuses `LOCK=NONE` on such a statement.
    pub renames_only: bool,
}

impl AlterHints {
    /// Whether the hints ask MySQL to fail instead of copying the table or blocking writes.
    pub fn forbids_blocking(&self) -> bool {
        matches!(
            self.algorithm.as_deref(),
            Some("INSTANT" | "INPLACE" | "NOCOPY")
        ) || matches!(self.lock.as_deref(), Some("NONE"))
    }

    /// Whether the hints ask for a blocking algorithm or lock.
    pub fn requests_blocking(&self) -> bool {
        matches!(self.algorithm.as_deref(), Some("COPY"))
            || matches!(self.lock.as_deref(), Some("SHARED" | "EXCLUSIVE"))
    }
}

/// A column type, normalised: lowercase canonical name and numeric arguments.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ColumnType {
    /// Canonical name: `varchar`, `text`, `numeric`, `double`, `real`, `float`,
    /// `int`, `bigint`, `timestamp`, ... Unknown types keep their lowercase name.
    pub name: String,
    /// Length, or precision and scale. An integer's display width
    /// (`INT(11)`) is not kept: it changes nothing stored.
    pub args: Vec<u64>,
    /// MySQL's `UNSIGNED` (or `ZEROFILL`, which implies it): the column
    /// holds no negative numbers, so adding or dropping it changes the type.
    pub unsigned: bool,
    /// MySQL's and MariaDB's `CHARACTER SET` named on the column, lowercase;
    /// `None` when it names none (the table's default) and on PostgreSQL.
    pub charset: Option<String>,
    /// The `COLLATE` named on the column, lowercase (`binary` for MySQL's
    /// `BINARY` attribute, the character set's binary collation); `None`
    /// when it names none.
    pub collation: Option<String>,
}

impl ColumnType {
    /// A type from its canonical name and arguments.
    pub fn new(name: &str, args: &[u64]) -> Self {
        Self {
            name: name.to_owned(),
            args: args.to_vec(),
            unsigned: false,
            charset: None,
            collation: None,
        }
    }

    /// The same type, in the character set the column names, if it names one.
    #[must_use]
    pub fn in_charset(mut self, charset: Option<String>) -> Self {
        self.charset = charset;
        self
    }

    /// The same type, with the collation the column names, if it names one.
    #[must_use]
    pub fn collated(mut self, collation: Option<String>) -> Self {
        self.collation = collation;
        self
    }

    /// The same type, `UNSIGNED`.
    #[must_use]
    pub fn unsigned(mut self) -> Self {
        self.unsigned = true;
        self
    }

    /// Whether the type stores binary floating point, which cannot hold money exactly.
    pub fn is_float(&self) -> bool {
        matches!(self.name.as_str(), "double" | "real" | "float")
    }
}

impl std::fmt::Display for ColumnType {
    /// `varchar(64)`, `numeric(12,2)`, `text`, `int unsigned`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.name)?;
        if !self.args.is_empty() {
            let args: Vec<String> = self.args.iter().map(u64::to_string).collect();
            write!(f, "({})", args.join(","))?;
        }
        if self.unsigned {
            f.write_str(" unsigned")?;
        }
        if let Some(charset) = &self.charset {
            write!(f, " character set {charset}")?;
        }
        if let Some(collation) = &self.collation {
            write!(f, " collate {collation}")?;
        }
        Ok(())
    }
}

/// A column as declared when added or created.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ColumnSpec {
    /// Column name.
    pub name: String,
    /// Declared type.
    pub ty: ColumnType,
    /// Whether `NOT NULL` (or a primary key) was declared.
    pub not_null: bool,
    /// The default, if any.
    pub default: Option<DefaultValue>,
    /// Generated (computed) column: `GENERATED ALWAYS AS (...) STORED`.
    pub generated: bool,
    /// Generated column computed when read, with no stored value
    /// (`AS (...) VIRTUAL`, MySQL's default; PostgreSQL 18's default).
    pub virtual_generated: bool,
    /// Whether the column is a serial / identity / auto-increment column.
    pub auto_increment: bool,
}

/// A column default.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DefaultValue {
    /// The expression as written.
    pub expr: String,
    /// Whether it is volatile: evaluated per row, forcing a rewrite on PostgreSQL.
    pub volatile: bool,
}

/// The kind of constraint added.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ConstraintKind {
    /// `FOREIGN KEY`.
    ForeignKey,
    /// `CHECK`.
    Check,
    /// `UNIQUE`.
    Unique,
    /// `PRIMARY KEY`.
    PrimaryKey,
    /// `NOT NULL column` as a named table constraint (PostgreSQL 18).
    NotNull,
    /// `EXCLUDE` (PostgreSQL): an exclusion constraint, backed by an index.
    Exclude,
}

/// The kind of index.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IndexKind {
    /// A B-tree or other ordinary index.
    Regular,
    /// MySQL `FULLTEXT`.
    FullText,
    /// MySQL `SPATIAL`.
    Spatial,
}

/// What an operation does.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OpKind {
    /// `CREATE TABLE`.
    CreateTable {
        /// Table name.
        table: String,
        /// Columns declared.
        columns: Vec<ColumnSpec>,
        /// `PARTITION BY` (PostgreSQL): a partitioned parent with no rows of
        /// its own.
        partitioned: bool,
        /// Columns a `CHECK (column IS NOT NULL)` of the table proves have
        /// no nulls, as `pg_dump` writes such constraints inside the
        /// `CREATE TABLE`: a later `SET NOT NULL` skips its scan (PostgreSQL
        /// 12+).
        not_null_checks: Vec<String>,
        /// It declares a MySQL `FULLTEXT` index (`FULLTEXT KEY f (c)`): a
        /// later one is added without a rebuild.
        fulltext: bool,
    },
    /// `DROP TABLE`.
    DropTable {
        /// Table name.
        table: String,
    },
    /// `ALTER TABLE ... RENAME TO`, `RENAME TABLE`.
    RenameTable {
        /// Old name.
        from: String,
        /// New name.
        to: String,
    },
    /// `ADD COLUMN`.
    AddColumn {
        /// Table name.
        table: String,
        /// The column.
        column: ColumnSpec,
        /// Whether `FIRST` or `AFTER` placed it (MySQL).
        positioned: bool,
    },
    /// `DROP COLUMN`.
    DropColumn {
        /// Table name.
        table: String,
        /// Column name.
        column: String,
    },
    /// `RENAME COLUMN`.
    RenameColumn {
        /// Table name.
        table: String,
        /// Old name.
        from: String,
        /// New name.
        to: String,
    },
    /// A column type change: `ALTER COLUMN ... TYPE`, `MODIFY`, `CHANGE`, Laravel `change()`.
    AlterColumnType {
        /// Table name.
        table: String,
        /// Column name.
        column: String,
        /// The old type, when the front end knows it.
        from: Option<ColumnType>,
        /// The new type.
        to: ColumnType,
        /// Whether a `USING` expression recomputes every value (PostgreSQL).
        using: bool,
        /// Whether `FIRST` or `AFTER` moved the column (MySQL `MODIFY`/`CHANGE`).
        positioned: bool,
        /// Whether the restated definition is `NOT NULL`, where the statement
        /// restates it (MySQL `MODIFY`/`CHANGE`, Laravel `change()`).
        not_null: Option<bool>,
    },
    /// `ALTER COLUMN ... SET NOT NULL`.
    SetNotNull {
        /// Table name.
        table: String,
        /// Column name.
        column: String,
    },
    /// `ALTER COLUMN ... SET DEFAULT`: metadata only.
    SetDefault {
        /// Table name.
        table: String,
        /// Column name.
        column: String,
    },
    /// `ADD CONSTRAINT`.
    AddConstraint {
        /// Table name.
        table: String,
        /// Constraint kind.
        kind: ConstraintKind,
        /// False when `NOT VALID` was given.
        validated: bool,
        /// True for `... USING INDEX existing_index`.
        using_index: bool,
        /// The constraint's name, when given.
        name: Option<String>,
        /// The column a check `(c IS NOT NULL)` or a PostgreSQL 18 `NOT NULL c`
        /// constraint proves free of nulls.
        not_null_column: Option<String>,
    },
    /// `ALTER TABLE ... VALIDATE CONSTRAINT` (PostgreSQL): scans the table under
    /// a `SHARE UPDATE EXCLUSIVE` lock, which lets reads and writes go on.
    ValidateConstraint {
        /// Table name.
        table: String,
        /// Constraint name.
        name: String,
    },
    /// `ALTER CONSTRAINT name [NOT] DEFERRABLE | INITIALLY ...` (PostgreSQL):
    /// a catalogue change under an `ACCESS EXCLUSIVE` lock, with no scan.
    AlterConstraint {
        /// Table name.
        table: String,
    },
    /// `DROP PRIMARY KEY` (MySQL).
    DropPrimaryKey {
        /// Table name.
        table: String,
    },
    /// `CREATE INDEX`, `ALTER TABLE ... ADD INDEX`.
    CreateIndex {
        /// Table name.
        table: String,
        /// Index name, when given.
        name: Option<String>,
        /// `CONCURRENTLY` (PostgreSQL).
        concurrently: bool,
        /// `UNIQUE`.
        unique: bool,
        /// Regular, full-text or spatial.
        kind: IndexKind,
        /// `ON ONLY table` (PostgreSQL): on a partitioned table, only the
        /// parent's (invalid) index, none on the partitions.
        only: bool,
    },
    /// `DROP INDEX`.
    DropIndex {
        /// Index name.
        name: String,
        /// The table, when known (MySQL, Laravel).
        table: Option<String>,
        /// `CONCURRENTLY` (PostgreSQL).
        concurrently: bool,
    },
    /// `REINDEX`.
    Reindex {
        /// What is rebuilt, as written.
        target: String,
        /// `CONCURRENTLY` (PostgreSQL 12+).
        concurrently: bool,
    },
    /// `DELETE`.
    DeleteRows {
        /// Table name.
        table: String,
        /// Whether a `WHERE` restricts it.
        has_where: bool,
        /// Whether the restriction is selective: see [`OpKind::UpdateRows`].
        selective: bool,
    },
    /// `UPDATE`.
    UpdateRows {
        /// Table name.
        table: String,
        /// Whether a `WHERE` restricts it.
        has_where: bool,
        /// Whether the restriction is selective: one of its `AND`ed
        /// conditions is an equality or `IN` list on a key column (`id`, a
        /// name ending in `_id`, `uuid` or `key`), or a range bounded on both
        /// sides (`BETWEEN`, or `>`/`>=` with `<`/`<=` on one column), or the
        /// statement has a `LIMIT`.
        selective: bool,
    },
    /// `INSERT INTO table ... SELECT`: copies rows from a query.
    InsertSelect {
        /// The table written.
        table: String,
    },
    /// `MERGE INTO table` (PostgreSQL 15+).
    Merge {
        /// The target table.
        table: String,
    },
    /// `ALTER TABLE parent DETACH PARTITION child [CONCURRENTLY | FINALIZE]`.
    DetachPartition {
        /// The partitioned parent.
        table: String,
        /// The partition detached.
        partition: String,
        /// `CONCURRENTLY` (PostgreSQL 14+).
        concurrently: bool,
    },
    /// `ALTER TABLE ... ALTER COLUMN c SET EXPRESSION AS (...)` (PostgreSQL 17+).
    SetExpression {
        /// Table name.
        table: String,
        /// The generated column.
        column: String,
    },
    /// `ALTER TYPE ... RENAME TO` (PostgreSQL).
    RenameType {
        /// Old name.
        from: String,
        /// New name.
        to: String,
    },
    /// `ALTER TYPE ... RENAME VALUE 'a' TO 'b'` (PostgreSQL enums, 10+).
    RenameEnumValue {
        /// Type name.
        type_name: String,
    },
    /// `ALTER TABLE ... ALTER CONSTRAINT c ENFORCED` (PostgreSQL 18): the
    /// constraint is checked against every existing row.
    EnforceConstraint {
        /// Table name.
        table: String,
        /// `ENFORCED` (true) or `NOT ENFORCED` (false).
        enforced: bool,
    },
    /// `TRUNCATE`.
    Truncate {
        /// Table name.
        table: String,
    },
    /// `VACUUM FULL`.
    VacuumFull {
        /// Table, or empty for the whole database.
        table: String,
    },
    /// `CLUSTER`.
    Cluster {
        /// Table, or empty for every clustered table.
        table: String,
    },
    /// A PostgreSQL statement that rewrites a table or index under an
    /// `ACCESS EXCLUSIVE` lock without changing its columns: `ALTER TABLE
    /// ... SET TABLESPACE | SET ACCESS METHOD | SET LOGGED | SET UNLOGGED`,
    /// `ALTER INDEX ... SET TABLESPACE`.
    RewriteTable {
        /// Table or index name, or empty for every relation in a tablespace
        /// (`ALTER TABLE ALL IN TABLESPACE`).
        table: String,
        /// What rewrites it, as a message fragment.
        cause: String,
    },
    /// `LOCK TABLE` / `LOCK TABLES`.
    LockTable {
        /// Table name.
        table: String,
    },
    /// A statement that changes neither a table's columns nor its rows but
    /// locks an existing relation while it runs: a trigger created, dropped or
    /// renamed on a table, a view dropped or replaced, a constraint renamed, a
    /// table created with a foreign key to an existing table (which locks that
    /// table against writes).
    LockOnly {
        /// The relation locked (a table or a view).
        table: String,
        /// What the statement does, for messages: `DROP TRIGGER`, ...
        statement: String,
        /// Whether reads wait too (PostgreSQL `ACCESS EXCLUSIVE`), not only
        /// writes (`SHARE ROW EXCLUSIVE`: `CREATE TRIGGER`, a foreign key's
        /// referenced table).
        reads_blocked: bool,
    },
    /// `OPTIMIZE TABLE` (MySQL).
    OptimizeTable {
        /// Table name.
        table: String,
    },
    /// `ALTER TABLE ... CONVERT TO CHARACTER SET` (MySQL).
    ConvertCharset {
        /// Table name.
        table: String,
    },
    /// An `ALTER TABLE` clause with no rule of its own that the MySQL and
    /// MariaDB online DDL table still classifies: table options, partitions,
    /// index renames, foreign keys dropped.
    AlterTableClause {
        /// Table name.
        table: String,
        /// Which clause.
        clause: TableClause,
    },
    /// `SET foreign_key_checks = 0|1` (MySQL, MariaDB).
    SetForeignKeyChecks {
        /// Whether the checks are on after the statement.
        enabled: bool,
    },
    /// `CREATE FUNCTION` (PostgreSQL): its name and volatility.
    CreateFunction {
        /// Function name, unqualified and normalised.
        name: String,
        /// Whether it is `VOLATILE`, said or by default (no `IMMUTABLE` or `STABLE`).
        volatile: bool,
    },
    /// `ALTER TYPE ... ADD VALUE` (PostgreSQL enums).
    AddEnumValue {
        /// Type name.
        type_name: String,
        /// The value added, when read.
        value: Option<String>,
    },
    /// `SET lock_timeout` (PostgreSQL) or `SET lock_wait_timeout` (MySQL).
    SetLockTimeout {
        /// Whether the timeout bounds the wait for a lock: not `0`,
        /// `DEFAULT`, or MySQL's one-year default.
        bounded: bool,
        /// Whether it lasts only until the transaction ends (`SET LOCAL`,
        /// `set_config(..., true)`).
        local: bool,
    },
    /// `BEGIN` / `START TRANSACTION`.
    BeginTransaction,
    /// `COMMIT` / `ROLLBACK` / `END`.
    EndTransaction,
    /// A statement understood to need no rule: inserts, grants, comments, functions, ...
    Other {
        /// The statement's leading keywords, for messages.
        summary: String,
    },
}

/// An `ALTER TABLE` clause kept for the MySQL and MariaDB online DDL table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TableClause {
    /// `ALTER COLUMN c DROP DEFAULT`.
    DropDefault {
        /// Column name.
        column: String,
    },
    /// `ALTER COLUMN c DROP NOT NULL` (PostgreSQL): a catalog change under
    /// an ACCESS EXCLUSIVE lock.
    DropNotNull {
        /// Column name.
        column: String,
    },
    /// `DROP PRIMARY KEY, ADD PRIMARY KEY (...)` in one statement.
    ReplacePrimaryKey,
    /// `RENAME INDEX a TO b`.
    RenameIndex,
    /// `DROP FOREIGN KEY f`.
    DropForeignKey,
    /// `DROP CHECK c`, `DROP CONSTRAINT c`.
    DropConstraint,
    /// `ROW_FORMAT=...`.
    RowFormat,
    /// `KEY_BLOCK_SIZE=...`.
    KeyBlockSize,
    /// `FORCE`, or `ENGINE=InnoDB` on an `InnoDB` table: a rebuild.
    Rebuild,
    /// `AUTO_INCREMENT=n`.
    AutoIncrementValue,
    /// `[DEFAULT] CHARACTER SET=...`: the table's default for new columns.
    DefaultCharset,
    /// `ADD PARTITION`.
    AddPartition,
    /// `DROP PARTITION`.
    DropPartition,
    /// `REORGANIZE PARTITION`, the way a partition is renamed or split.
    ReorganizePartition,
    /// `TRUNCATE PARTITION`.
    TruncatePartition,
    /// `PARTITION BY`: partitioning an existing table.
    PartitionBy,
    /// `REMOVE PARTITIONING`.
    RemovePartitioning,
    /// `COALESCE PARTITION n`: fewer `HASH` or `KEY` partitions, their rows
    /// moved into the others.
    CoalescePartition,
    /// `EXCHANGE PARTITION p WITH TABLE t2`: a partition swapped with a
    /// table, whose rows are checked against the partition unless `WITHOUT
    /// VALIDATION`.
    ExchangePartition,
    /// `ANALYZE PARTITION`: statistics read again.
    AnalyzePartition,
    /// `CHECK PARTITION`, `REPAIR PARTITION`: the partitions read through.
    CheckPartition,
    /// `OPTIMIZE PARTITION`: `InnoDB` rebuilds the whole table.
    OptimizePartition,
    /// `REBUILD PARTITION`.
    RebuildPartition,
    /// `DISCARD TABLESPACE` (the table's data file deleted) or `IMPORT
    /// TABLESPACE`, of the table or of partitions.
    Tablespace {
        /// `DISCARD`, not `IMPORT`.
        discard: bool,
    },
    /// `STATS_PERSISTENT`, `STATS_AUTO_RECALC`, `STATS_SAMPLE_PAGES`.
    TableStatistics,
    /// `COMMENT = '...'`, the table's comment.
    TableComment,
    /// MySQL's `ENCRYPTION = 'Y' | 'N'`, MariaDB's `ENCRYPTED = YES | NO`.
    Encryption,
    /// `TABLESPACE name`: the table moved to another tablespace.
    MoveTablespace,
    /// `ORDER BY columns`: the rows rewritten in that order.
    OrderBy,
    /// `DISABLE KEYS`, `ENABLE KEYS`: no effect on `InnoDB`.
    Keys,
    /// MySQL's `ALTER INDEX i VISIBLE | INVISIBLE`, MariaDB's `ALTER INDEX i
    /// [NOT] IGNORED`.
    IndexVisibility,
    /// MySQL's `ALTER COLUMN c SET VISIBLE | INVISIBLE`.
    ColumnVisibility {
        /// Column name.
        column: String,
    },
    /// MySQL's `ALTER CHECK c [NOT] ENFORCED` (or `ALTER CONSTRAINT`).
    CheckEnforcement {
        /// `ENFORCED`: every row is checked.
        enforced: bool,
    },
}

impl OpKind {
    /// A short description for `--verbose`: the operation's name and its table,
    /// such as `CreateIndex on transactions`.
    pub fn summary(&self) -> String {
        let debug = format!("{self:?}");
        let name = debug
            .split([' ', '{', '('])
            .next()
            .unwrap_or_default()
            .to_owned();
        match self.table() {
            Some(table) => format!("{name} on {table}"),
            None => name,
        }
    }

    /// The table the operation works on, if it is one table.
    pub fn table(&self) -> Option<&str> {
        match self {
            Self::CreateTable { table, .. }
            | Self::DropTable { table }
            | Self::AddColumn { table, .. }
            | Self::DropColumn { table, .. }
            | Self::RenameColumn { table, .. }
            | Self::AlterColumnType { table, .. }
            | Self::SetNotNull { table, .. }
            | Self::SetDefault { table, .. }
            | Self::AddConstraint { table, .. }
            | Self::AlterConstraint { table }
            | Self::DropPrimaryKey { table }
            | Self::CreateIndex { table, .. }
            | Self::DeleteRows { table, .. }
            | Self::UpdateRows { table, .. }
            | Self::Truncate { table }
            | Self::VacuumFull { table }
            | Self::Cluster { table }
            | Self::RewriteTable { table, .. }
            | Self::LockTable { table }
            | Self::LockOnly { table, .. }
            | Self::OptimizeTable { table }
            | Self::ConvertCharset { table }
            | Self::AlterTableClause { table, .. }
            | Self::ValidateConstraint { table, .. }
            | Self::InsertSelect { table }
            | Self::Merge { table }
            | Self::DetachPartition { table, .. }
            | Self::SetExpression { table, .. }
            | Self::EnforceConstraint { table, .. } => Some(table),
            Self::RenameTable { from, .. } => Some(from),
            Self::DropIndex { table, .. } => table.as_deref(),
            _ => None,
        }
    }

    /// Whether the operation changes a schema, rather than only rows,
    /// session settings or transactions.
    pub fn is_ddl(&self) -> bool {
        !matches!(
            self,
            Self::DeleteRows { .. }
                | Self::UpdateRows { .. }
                | Self::InsertSelect { .. }
                | Self::Merge { .. }
                | Self::SetLockTimeout { .. }
                | Self::SetForeignKeyChecks { .. }
                | Self::BeginTransaction
                | Self::EndTransaction
                | Self::Other { .. }
        )
    }

    /// Whether the operation changes the table's schema or rows (for the audit-trail rule).
    pub fn changes_table(&self) -> bool {
        !matches!(
            self,
            Self::CreateIndex { .. }
                | Self::DropIndex { .. }
                | Self::Reindex { .. }
                | Self::VacuumFull { .. }
                | Self::Cluster { .. }
                | Self::RewriteTable { .. }
                | Self::LockTable { .. }
                | Self::LockOnly { .. }
                | Self::OptimizeTable { .. }
                | Self::AlterTableClause {
                    clause: TableClause::RenameIndex,
                    ..
                }
                | Self::ValidateConstraint { .. }
                | Self::SetLockTimeout { .. }
                | Self::SetForeignKeyChecks { .. }
                | Self::BeginTransaction
                | Self::EndTransaction
                | Self::Other { .. }
        ) && self.table().is_some()
    }
}
