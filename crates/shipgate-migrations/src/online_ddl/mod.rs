//! The MySQL and MariaDB online DDL table, as data: for each `ALTER TABLE`
//! operation and each server version line, the algorithm the server uses
//! (`INSTANT`, `INPLACE` without or with a table rebuild, `COPY`) and whether
//! writes go on while it runs.
//!
//! The rows are in [`table`], each citing the manual section it comes from;
//! [`classify`] maps a lowered operation to its row. Rules look verdicts up
//! here and nowhere else, so a verdict and its message name the same version
//! boundary ("INSTANT from 8.0.29").
//!
//! What it is not: no server connection. The table is checked against a live
//! MariaDB by the `mariadb_online_ddl` test.

mod classify;
mod render;
pub mod table;
#[cfg(test)]
mod tests;

use std::fmt;

use shipgate_config::{DbVersion, Dialect};

use crate::ir::{AlterHints, Op, OpKind};

pub use classify::{Classified, Facts, classify};
pub use render::markdown;

/// A server family with its own online DDL table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Server {
    /// Oracle MySQL.
    Mysql,
    /// MariaDB.
    Mariadb,
}

impl Server {
    /// The server for a dialect; `None` for PostgreSQL.
    pub const fn of(dialect: Dialect) -> Option<Self> {
        match dialect {
            Dialect::Mysql => Some(Self::Mysql),
            Dialect::Mariadb => Some(Self::Mariadb),
            Dialect::Postgres => None,
        }
    }

    /// The oldest version the table covers: MySQL 5.7, MariaDB 10.6.
    pub const fn oldest(self) -> DbVersion {
        match self {
            Self::Mysql => DbVersion::new(5, 7, 0),
            Self::Mariadb => DbVersion::new(10, 6, 0),
        }
    }

    /// `MySQL` or `MariaDB`.
    pub const fn name(self) -> &'static str {
        match self {
            Self::Mysql => "MySQL",
            Self::Mariadb => "MariaDB",
        }
    }

    /// Why `version` is not a version of this server that the table covers, if it is not.
    pub fn unsupported(self, version: DbVersion) -> Option<String> {
        if version < self.oldest() {
            return Some(format!(
                "{} {version} is older than the online DDL table shipgate has ({} {} and later)",
                self.name(),
                self.name(),
                line_name(self.oldest())
            ));
        }
        if self == Self::Mysql && version.major >= 10 {
            return Some(format!(
                "MySQL has no version {version}; for a MariaDB server set `dialect = \"mariadb\"`"
            ));
        }
        None
    }
}

/// How the server carries out an operation, from cheapest to dearest.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Algorithm {
    /// `ALGORITHM=INSTANT`: only the data dictionary changes.
    Instant,
    /// `ALGORITHM=INPLACE` without a table rebuild (MariaDB `NOCOPY`):
    /// metadata, or an index built beside the rows.
    InplaceNoRebuild,
    /// `ALGORITHM=INPLACE` that rebuilds the clustered index: every row is rewritten.
    InplaceRebuild,
    /// `ALGORITHM=COPY`: a new table is built row by row and swapped in.
    Copy,
}

impl Algorithm {
    /// The `ALGORITHM=` value that asks for it (MariaDB spells no-rebuild `NOCOPY`).
    pub const fn clause(self, server: Server) -> &'static str {
        match (self, server) {
            (Self::Instant, _) => "INSTANT",
            (Self::InplaceNoRebuild, Server::Mariadb) => "NOCOPY",
            (Self::InplaceNoRebuild | Self::InplaceRebuild, _) => "INPLACE",
            (Self::Copy, _) => "COPY",
        }
    }

    /// The name in a finding's `mysql_algorithm` property: `instant`,
    /// `inplace`, `inplace-rebuild` or `copy`.
    pub const fn property(self) -> &'static str {
        match self {
            Self::Instant => "instant",
            Self::InplaceNoRebuild => "inplace",
            Self::InplaceRebuild => "inplace-rebuild",
            Self::Copy => "copy",
        }
    }
}

/// The lowest `LOCK=` the server accepts for the operation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Lock {
    /// `LOCK=NONE`: reads and writes go on.
    None,
    /// `LOCK=SHARED`: reads go on, writes wait.
    Shared,
    /// `LOCK=EXCLUSIVE`: reads and writes wait (for an instant operation, only
    /// for the moment the metadata changes).
    Exclusive,
}

impl Lock {
    /// The name in a finding's `mysql_lock` property: `none`, `shared` or
    /// `exclusive`.
    pub const fn property(self) -> &'static str {
        match self {
            Self::None => "none",
            Self::Shared => "shared",
            Self::Exclusive => "exclusive",
        }
    }
}

/// What the server does for one operation on one version.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Verdict {
    /// How the table is changed.
    pub algorithm: Algorithm,
    /// The lowest lock it accepts.
    pub lock: Lock,
}

impl Verdict {
    /// Whether the operation neither rewrites the table nor blocks writes while it runs:
    /// `INSTANT` (whatever its brief metadata lock), or `INPLACE` without a rebuild and
    /// with `LOCK=NONE`.
    pub fn online(self) -> bool {
        self.algorithm == Algorithm::Instant
            || (self.algorithm == Algorithm::InplaceNoRebuild && self.lock == Lock::None)
    }

    /// Whether `self` is cheaper than `other`: a cheaper algorithm, or the same one with a lighter lock.
    fn better_than(self, other: Self) -> bool {
        (self.algorithm, self.lock) < (other.algorithm, other.lock)
    }
}

impl fmt::Display for Verdict {
    /// "rebuilds the table in place (ALGORITHM=INPLACE, writes go on)",
    /// "copies the whole table (ALGORITHM=COPY) and blocks writes (LOCK=SHARED)".
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (what, algorithm) = match self.algorithm {
            Algorithm::Instant => return f.write_str("changes only metadata (ALGORITHM=INSTANT)"),
            Algorithm::InplaceNoRebuild => ("works in place without a rebuild", "INPLACE"),
            Algorithm::InplaceRebuild => ("rebuilds the table in place", "INPLACE"),
            Algorithm::Copy => ("copies the whole table", "COPY"),
        };
        match self.lock {
            Lock::None => write!(f, "{what} (ALGORITHM={algorithm}, writes go on)"),
            Lock::Shared => write!(
                f,
                "{what} (ALGORITHM={algorithm}) and blocks writes (LOCK=SHARED)"
            ),
            Lock::Exclusive => write!(
                f,
                "{what} (ALGORITHM={algorithm}) and blocks reads and writes (LOCK=EXCLUSIVE)"
            ),
        }
    }
}

/// The clause of a statement that the server refuses for the operation
/// `found` is (MariaDB error 1845 or 1846, "... is not supported"; MySQL
/// 1846, or 1221 for `ALGORITHM=INSTANT` with a `LOCK=` clause):
/// `ALGORITHM=INSTANT` for anything not instant, `ALGORITHM=INPLACE` for a
/// copy, MariaDB's `ALGORITHM=NOCOPY` for a rebuild or a copy, `LOCK=NONE`
/// for an operation that is not instant and needs a lock, and `LOCK=NONE` with `ALGORITHM=COPY`
/// before MariaDB 11.2. `None` when the server does what the statement asks,
/// and when the verdict rests on what shipgate does not track (see
/// [`assumed`]): a refusal is claimed only where it is known.
pub fn refused_clause(op: &Op, facts: &Facts<'_>, found: &Classified) -> Option<String> {
    let hints = &op.hints;
    let verdict = found.lookup.verdict();
    if assumed(op, facts, found) {
        return None;
    }
    let lock = hints.lock.as_deref().filter(|l| *l != "DEFAULT");
    match hints.algorithm.as_deref() {
        Some("INSTANT") if verdict.algorithm != Algorithm::Instant => {
            return Some("ALGORITHM=INSTANT".into());
        }
        Some("INSTANT") if found.server == Server::Mysql => {
            if let Some(lock) = lock {
                return Some(format!("LOCK={lock} with ALGORITHM=INSTANT"));
            }
        }
        Some("INPLACE") if verdict.algorithm == Algorithm::Copy => {
            return Some("ALGORITHM=INPLACE".into());
        }
        Some("NOCOPY") if verdict.algorithm >= Algorithm::InplaceRebuild => {
            return Some("ALGORITHM=NOCOPY".into());
        }
        Some("COPY") if lock == Some("NONE") => {
            let online_copy =
                found.server == Server::Mariadb && facts.version >= DbVersion::new(11, 2, 0);
            return (!online_copy).then(|| "LOCK=NONE with ALGORITHM=COPY".into());
        }
        _ => {}
    }
    // MariaDB refuses `LOCK=NONE` or `SHARED` on a statement that only
    // renames the table (error 1845), and accepts it when it does anything
    // else too.
    if let Some(lock @ ("NONE" | "SHARED")) = lock
        && found.server == Server::Mariadb
        && found.operation == Operation::RenameTable
        && hints.renames_only
    {
        return Some(format!("LOCK={lock}"));
    }
    // Otherwise an instant change's brief lock is not judged.
    (lock == Some("NONE") && verdict.algorithm != Algorithm::Instant && verdict.lock != Lock::None)
        .then(|| "LOCK=NONE".into())
}

/// Whether the online DDL table's verdict for `found` rests on what the
/// migrations do not say, so that the server may well do better: a type
/// change whose current type is not known (judged a copy), a `VARCHAR`
/// length change and `CONVERT TO CHARACTER SET` (judged for utf8mb4, the
/// character set not being tracked), and a foreign key added with
/// `foreign_key_checks` off (instant when its column already has an index,
/// which is not tracked either).
fn assumed(op: &Op, facts: &Facts<'_>, found: &Classified) -> bool {
    match found.operation {
        Operation::ConvertCharset
        | Operation::AddForeignKeyUnchecked
        | Operation::WidenVarchar
        | Operation::WidenVarcharPastPrefix
        | Operation::WidenShortVarcharPastPrefix => return true,
        _ => {}
    }
    let OpKind::AlterColumnType {
        table,
        column,
        from,
        to,
        ..
    } = &op.kind
    else {
        return false;
    };
    match from
        .as_ref()
        .or_else(|| facts.schema.column_type(table, column))
    {
        None => true,
        // One side left to the table's default, whose character set is not
        // tracked: it may be the other side's.
        Some(old) if old.charset != to.charset => old.charset.is_none() || to.charset.is_none(),
        // `BINARY` names the character set's binary collation, whichever
        // that is (`utf8mb4_bin`): compared with a named one, an assumption.
        Some(old) if old.collation != to.collation => [&old.collation, &to.collation]
            .iter()
            .any(|c| c.as_deref().is_none_or(|c| c == "binary")),
        Some(old) => old != to && old.name == "varchar" && to.name == "varchar",
    }
}

/// The blocking clauses a statement asks for, as written: `ALGORITHM=COPY`,
/// `LOCK=SHARED`, both joined by a comma; empty when it asks for none.
pub fn blocking_clauses(hints: &AlterHints) -> String {
    let algorithm = hints
        .algorithm
        .as_deref()
        .filter(|a| *a == "COPY")
        .map(|a| format!("ALGORITHM={a}"));
    let lock = hints
        .lock
        .as_deref()
        .filter(|l| matches!(*l, "SHARED" | "EXCLUSIVE"))
        .map(|l| format!("LOCK={l}"));
    algorithm
        .into_iter()
        .chain(lock)
        .collect::<Vec<_>>()
        .join(", ")
}

/// A version as a line's name when it is the line's first release: `11.2`,
/// `5.7`; with its patch otherwise: `8.0.29`.
pub fn line_name(version: DbVersion) -> String {
    if version.patch == 0 {
        format!("{}.{}", version.major, version.minor)
    } else {
        version.to_string()
    }
}

/// One `ALTER TABLE` operation, as the online DDL tables of the manuals list them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Operation {
    /// `ADD COLUMN` as the last column (nullable, or with a constant default).
    AddColumn,
    /// `ADD COLUMN ... FIRST | AFTER c`.
    AddColumnPositioned,
    /// `ADD COLUMN ... AUTO_INCREMENT`.
    AddAutoIncrementColumn,
    /// `ADD COLUMN ... AS (expr) VIRTUAL`.
    AddVirtualColumn,
    /// `ADD COLUMN ... AS (expr) STORED`.
    AddStoredColumn,
    /// `ADD COLUMN ... DEFAULT (UUID())`: a default the server computes for
    /// every row (`UUID()`, `UUID_SHORT()`, `SYSDATE()`), which no instant
    /// change can store once for all rows.
    AddColumnPerRowDefault,
    /// `DROP COLUMN`.
    DropColumn,
    /// `RENAME COLUMN a TO b`, or `CHANGE a b` with the same definition.
    RenameColumn,
    /// `MODIFY c ... FIRST | AFTER d` with the same type.
    ReorderColumn,
    /// `ALTER COLUMN c SET DEFAULT`.
    SetDefault,
    /// `ALTER COLUMN c DROP DEFAULT`.
    DropDefault,
    /// `MODIFY` to another data type.
    ChangeType,
    /// `VARCHAR` made longer, its length prefix staying one byte (up to 255 bytes)
    /// or two bytes (over 255).
    WidenVarchar,
    /// `VARCHAR` of 128 to 255 bytes made longer than 255 bytes.
    WidenVarcharPastPrefix,
    /// `VARCHAR` of at most 127 bytes made longer than 255 bytes.
    WidenShortVarcharPastPrefix,
    /// `MODIFY c ... NULL` on a `NOT NULL` column.
    MakeNullable,
    /// `MODIFY c ... NOT NULL` on a nullable column.
    MakeNotNull,
    /// `MODIFY` that restates the definition with the same type and nullability
    /// (a new comment or default).
    RestateColumn,
    /// `ADD INDEX`, `ADD UNIQUE`, `CREATE INDEX`.
    AddIndex,
    /// `DROP INDEX`.
    DropIndex,
    /// `RENAME INDEX a TO b`.
    RenameIndex,
    /// `ADD FULLTEXT INDEX`, the table's first.
    AddFulltextIndex,
    /// `ADD FULLTEXT INDEX` on a table that has had one: `InnoDB`'s hidden
    /// `FTS_DOC_ID` column is there, so the table is not rebuilt.
    AddLaterFulltextIndex,
    /// `ADD SPATIAL INDEX`.
    AddSpatialIndex,
    /// `ADD PRIMARY KEY`.
    AddPrimaryKey,
    /// `DROP PRIMARY KEY` alone.
    DropPrimaryKey,
    /// `DROP PRIMARY KEY, ADD PRIMARY KEY (...)` in one statement.
    ReplacePrimaryKey,
    /// `ADD FOREIGN KEY` with `foreign_key_checks` on.
    AddForeignKey,
    /// `ADD FOREIGN KEY` after `SET foreign_key_checks = 0`.
    AddForeignKeyUnchecked,
    /// `DROP FOREIGN KEY`.
    DropForeignKey,
    /// `ADD CHECK (...)`.
    AddCheckConstraint,
    /// `DROP CHECK`, `DROP CONSTRAINT`.
    DropConstraint,
    /// `RENAME TO`, `RENAME TABLE`.
    RenameTable,
    /// `CONVERT TO CHARACTER SET`.
    ConvertCharset,
    /// `[DEFAULT] CHARACTER SET = ...`: the default for new columns.
    SetDefaultCharset,
    /// `ROW_FORMAT = ...`.
    RowFormat,
    /// `KEY_BLOCK_SIZE = ...`.
    KeyBlockSize,
    /// `OPTIMIZE TABLE`.
    OptimizeTable,
    /// `FORCE`, or `ENGINE=InnoDB` on an `InnoDB` table.
    ForceRebuild,
    /// `AUTO_INCREMENT = n`.
    AutoIncrementValue,
    /// `ADD PARTITION` (RANGE or LIST).
    AddPartition,
    /// `DROP PARTITION`.
    DropPartition,
    /// `REORGANIZE PARTITION`: how a partition is split, merged or renamed
    /// (neither server has `RENAME PARTITION`).
    ReorganizePartition,
    /// `TRUNCATE PARTITION`.
    TruncatePartition,
    /// `PARTITION BY` on an existing table.
    PartitionBy,
    /// `REMOVE PARTITIONING`.
    RemovePartitioning,
    /// `COALESCE PARTITION n`.
    CoalescePartition,
    /// `EXCHANGE PARTITION p WITH TABLE t2`.
    ExchangePartition,
    /// `ANALYZE PARTITION`.
    AnalyzePartition,
    /// `CHECK PARTITION`, `REPAIR PARTITION`.
    CheckPartition,
    /// `REBUILD PARTITION`.
    RebuildPartition,
    /// `DISCARD TABLESPACE`, `IMPORT TABLESPACE` (of the table or of
    /// partitions).
    Tablespace,
    /// `STATS_PERSISTENT`, `STATS_AUTO_RECALC`, `STATS_SAMPLE_PAGES`.
    TableStatistics,
    /// `COMMENT = '...'` on the table.
    TableComment,
    /// `ENCRYPTION = 'Y'` (MySQL), `ENCRYPTED = YES` (MariaDB).
    Encryption,
    /// `TABLESPACE name`.
    MoveTablespace,
    /// `ORDER BY columns`.
    OrderBy,
    /// `DISABLE KEYS`, `ENABLE KEYS`.
    Keys,
    /// `ALTER INDEX i INVISIBLE` (MySQL), `ALTER INDEX i IGNORED` (MariaDB).
    IndexVisibility,
    /// `MODIFY c ... COLLATE x` (or MySQL's `BINARY` attribute) with the same
    /// character set: the column's indexes are built again in the new order.
    ChangeCollation,
}

impl Operation {
    /// Every operation, in the order of the table.
    pub const ALL: [Self; 60] = [
        Self::AddColumn,
        Self::AddColumnPositioned,
        Self::AddAutoIncrementColumn,
        Self::AddVirtualColumn,
        Self::AddStoredColumn,
        Self::AddColumnPerRowDefault,
        Self::DropColumn,
        Self::RenameColumn,
        Self::ReorderColumn,
        Self::SetDefault,
        Self::DropDefault,
        Self::ChangeType,
        Self::WidenVarchar,
        Self::WidenVarcharPastPrefix,
        Self::WidenShortVarcharPastPrefix,
        Self::MakeNullable,
        Self::MakeNotNull,
        Self::RestateColumn,
        Self::AddIndex,
        Self::DropIndex,
        Self::RenameIndex,
        Self::AddFulltextIndex,
        Self::AddLaterFulltextIndex,
        Self::AddSpatialIndex,
        Self::AddPrimaryKey,
        Self::DropPrimaryKey,
        Self::ReplacePrimaryKey,
        Self::AddForeignKey,
        Self::AddForeignKeyUnchecked,
        Self::DropForeignKey,
        Self::AddCheckConstraint,
        Self::DropConstraint,
        Self::RenameTable,
        Self::ConvertCharset,
        Self::SetDefaultCharset,
        Self::RowFormat,
        Self::KeyBlockSize,
        Self::OptimizeTable,
        Self::ForceRebuild,
        Self::AutoIncrementValue,
        Self::AddPartition,
        Self::DropPartition,
        Self::ReorganizePartition,
        Self::TruncatePartition,
        Self::PartitionBy,
        Self::RemovePartitioning,
        Self::CoalescePartition,
        Self::ExchangePartition,
        Self::AnalyzePartition,
        Self::CheckPartition,
        Self::RebuildPartition,
        Self::Tablespace,
        Self::TableStatistics,
        Self::TableComment,
        Self::Encryption,
        Self::MoveTablespace,
        Self::OrderBy,
        Self::Keys,
        Self::IndexVisibility,
        Self::ChangeCollation,
    ];

    /// Whether the operation changes a column's type (reported by
    /// `changing-column-type`; every other one by `mysql-blocking-alter`).
    pub const fn is_type_change(self) -> bool {
        matches!(
            self,
            Self::ChangeType
                | Self::ChangeCollation
                | Self::WidenVarchar
                | Self::WidenVarcharPastPrefix
                | Self::WidenShortVarcharPastPrefix
        )
    }
}

/// One row of the table: from `since` on (until the next row of the same
/// operation and server), `server` does `operation` with `verdict`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Row {
    /// The operation.
    pub operation: Operation,
    /// The server family.
    pub server: Server,
    /// The first version with this verdict.
    pub since: DbVersion,
    /// What the server does.
    pub verdict: Verdict,
    /// Where the fact comes from: a manual section, or the server observed.
    pub source: &'static str,
}

/// A verdict found in the table, with the boundary it depends on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Lookup {
    /// The row that applies to the version.
    pub row: &'static Row,
    /// The next row of the same operation with a cheaper verdict: the upgrade
    /// that would change the verdict.
    pub better: Option<&'static Row>,
}

impl Lookup {
    /// The verdict that applies.
    pub fn verdict(&self) -> Verdict {
        self.row.verdict
    }

    /// The version boundary, for messages: `INSTANT from 8.0.29`, `writes
    /// allowed from MariaDB 11.2`; empty when no later version does better.
    pub fn boundary(&self) -> String {
        let Some(better) = self.better else {
            return String::new();
        };
        let now = self.row.verdict;
        let then = better.verdict;
        let what = if then.algorithm < now.algorithm {
            match then.algorithm {
                Algorithm::Instant => "INSTANT",
                Algorithm::InplaceNoRebuild => "in place without a rebuild",
                Algorithm::InplaceRebuild => "in place",
                Algorithm::Copy => "COPY",
            }
        } else {
            "writes allowed"
        };
        format!("{what} from {}", line_name(better.since))
    }
}

/// The row of `operation` that applies to `server` at `version`, and the
/// next cheaper one. `None` when the table has no row for it (a bug the
/// table's tests rule out) or the version is older than the table.
pub fn lookup(server: Server, version: DbVersion, operation: Operation) -> Option<Lookup> {
    let mut rows: Vec<&'static Row> = table::ROWS
        .iter()
        .filter(|r| r.server == server && r.operation == operation)
        .collect();
    rows.sort_by_key(|r| r.since);
    let index = rows.iter().rposition(|r| r.since <= version)?;
    let row = rows[index];
    let better = rows[index + 1..]
        .iter()
        .copied()
        .find(|r| r.verdict.better_than(row.verdict));
    Some(Lookup { row, better })
}
