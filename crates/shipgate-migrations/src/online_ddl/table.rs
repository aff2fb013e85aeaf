//! The rows of the online DDL table.
//!
//! Each row says: from this version on, this server does this operation with
//! this algorithm and this lock. A row holds until the next row of the same
//! operation and server. MySQL rows start at 5.7 (8.0 before 8.0.12 behaves as
//! 5.7 for every operation here), MariaDB rows at 10.6.
//!
//! Sources, cited per row (facts taken over, not text):
//! - MySQL 5.7 Reference Manual, 14.13.1 "Online DDL Operations";
//! - MySQL 8.0 Reference Manual, 17.12.1 "Online DDL Operations" (the INSTANT
//!   boundaries 8.0.12, 8.0.28 and 8.0.29 are in its usage notes);
//! - MySQL 8.4 Reference Manual, 17.12.1 "Online DDL Operations";
//! - MariaDB Knowledge Base, "`InnoDB` Online DDL Operations with the `INSTANT` /
//!   `NOCOPY` / `INPLACE` Alter Algorithm", and "Online Schema Change" (11.2:
//!   `ALGORITHM=COPY` with `LOCK=NONE`);
//! - where MariaDB's behaviour differs from its manual, the server itself:
//!   rows marked "observed" were read from MariaDB 10.11 with `ALGORITHM=` and
//!   `LOCK=` probes (the `mariadb_online_ddl` test repeats them).

use shipgate_config::DbVersion;

use super::{Algorithm, Lock, Operation, Row, Server, Verdict};

const MY57: &str = "MySQL 5.7 manual, 14.13.1 Online DDL Operations";
const MY80: &str = "MySQL 8.0 and 8.4 manuals, 17.12.1 Online DDL Operations";
const MDB_INSTANT: &str =
    "MariaDB KB, InnoDB Online DDL Operations with the INSTANT Alter Algorithm";
const MDB_NOCOPY: &str = "MariaDB KB, InnoDB Online DDL Operations with the NOCOPY Alter Algorithm";
const MDB_INPLACE: &str =
    "MariaDB KB, InnoDB Online DDL Operations with the INPLACE Alter Algorithm";
const MDB_COPY: &str = "MariaDB KB, InnoDB Online DDL Overview (COPY)";
const MDB_ONLINE_COPY: &str = "MariaDB KB, Online Schema Change (11.2: ALGORITHM=COPY, LOCK=NONE)";
const MDB_PARTITION: &str = "MariaDB KB, Partition Maintenance (as MySQL; not probed)";
const MDB_OBSERVED: &str = "observed on MariaDB 10.11 (ALGORITHM=/LOCK= probes)";
const MY80_PARTITION: &str =
    "MySQL 8.0 and 8.4 manuals, 17.12.1 Online DDL Operations (partitioning)";
const MY80_TABLESPACE: &str =
    "MySQL 8.0 and 8.4 manuals, 17.12.1 Online DDL Operations (tablespaces)";
const MY_METADATA: &str =
    "metadata only (the clause changes no row or index); not probed: no MySQL server here";
const MDB_NO_HINTS: &str =
    "observed on MariaDB 10.11: refuses ALGORITHM= and LOCK= with it; as MySQL";
const MDB_UNPROBED: &str =
    "not probed (no key management plugin here); as MySQL, a conservative verdict";
const MDB_ORDER_BY: &str =
    "observed on MariaDB 10.11: LOCK=NONE refused, \"COPY algorithm requires a lock\"";
const MY_COLLATION: &str = "MySQL 5.7, 8.0 and 8.4 manuals: a column's data type changed (COPY); not probed: no MySQL server here";
const MY_PER_ROW: &str = "MySQL 8.0 and 8.4 manuals, 13.6 Data Type Default Values (expression defaults); as MariaDB was observed, not probed on MySQL";

const I: Verdict = Verdict {
    algorithm: Algorithm::Instant,
    lock: Lock::None,
};
const I_EXCL: Verdict = Verdict {
    algorithm: Algorithm::Instant,
    lock: Lock::Exclusive,
};
const N: Verdict = Verdict {
    algorithm: Algorithm::InplaceNoRebuild,
    lock: Lock::None,
};
const N_EXCL: Verdict = Verdict {
    algorithm: Algorithm::InplaceNoRebuild,
    lock: Lock::Exclusive,
};
const N_SHARED: Verdict = Verdict {
    algorithm: Algorithm::InplaceNoRebuild,
    lock: Lock::Shared,
};
const R: Verdict = Verdict {
    algorithm: Algorithm::InplaceRebuild,
    lock: Lock::None,
};
const R_SHARED: Verdict = Verdict {
    algorithm: Algorithm::InplaceRebuild,
    lock: Lock::Shared,
};
const C: Verdict = Verdict {
    algorithm: Algorithm::Copy,
    lock: Lock::Shared,
};
const C_ONLINE: Verdict = Verdict {
    algorithm: Algorithm::Copy,
    lock: Lock::None,
};

const MYSQL_57: DbVersion = DbVersion::new(5, 7, 0);
const MYSQL_8012: DbVersion = DbVersion::new(8, 0, 12);
const MYSQL_8028: DbVersion = DbVersion::new(8, 0, 28);
const MYSQL_8029: DbVersion = DbVersion::new(8, 0, 29);
const MARIADB_106: DbVersion = DbVersion::new(10, 6, 0);
const MARIADB_112: DbVersion = DbVersion::new(11, 2, 0);

const fn mysql(
    operation: Operation,
    since: DbVersion,
    verdict: Verdict,
    source: &'static str,
) -> Row {
    Row {
        operation,
        server: Server::Mysql,
        since,
        verdict,
        source,
    }
}

const fn mariadb(
    operation: Operation,
    since: DbVersion,
    verdict: Verdict,
    source: &'static str,
) -> Row {
    Row {
        operation,
        server: Server::Mariadb,
        since,
        verdict,
        source,
    }
}

use Operation as O;

/// Every row, grouped by operation: MySQL rows first, then MariaDB.
pub const ROWS: &[Row] = &[
    // Column operations.
    mysql(O::AddColumn, MYSQL_57, R, MY57),
    mysql(O::AddColumn, MYSQL_8012, I, MY80),
    mariadb(O::AddColumn, MARIADB_106, I, MDB_INSTANT),
    mysql(O::AddColumnPositioned, MYSQL_57, R, MY57),
    mysql(O::AddColumnPositioned, MYSQL_8029, I, MY80),
    mariadb(O::AddColumnPositioned, MARIADB_106, I, MDB_INSTANT),
    mysql(O::AddAutoIncrementColumn, MYSQL_57, R_SHARED, MY57),
    mariadb(
        O::AddAutoIncrementColumn,
        MARIADB_106,
        R_SHARED,
        MDB_INPLACE,
    ),
    mysql(O::AddVirtualColumn, MYSQL_57, N, MY57),
    mysql(O::AddVirtualColumn, MYSQL_8012, I, MY80),
    mariadb(O::AddVirtualColumn, MARIADB_106, I, MDB_INSTANT),
    mysql(O::AddStoredColumn, MYSQL_57, C, MY57),
    mariadb(O::AddStoredColumn, MARIADB_106, C, MDB_COPY),
    mariadb(O::AddStoredColumn, MARIADB_112, C_ONLINE, MDB_ONLINE_COPY),
    mysql(O::AddColumnPerRowDefault, MYSQL_57, C, MY_PER_ROW),
    mariadb(O::AddColumnPerRowDefault, MARIADB_106, C, MDB_OBSERVED),
    mariadb(
        O::AddColumnPerRowDefault,
        MARIADB_112,
        C_ONLINE,
        MDB_ONLINE_COPY,
    ),
    mysql(O::DropColumn, MYSQL_57, R, MY57),
    mysql(O::DropColumn, MYSQL_8029, I, MY80),
    mariadb(O::DropColumn, MARIADB_106, I, MDB_INSTANT),
    mysql(O::RenameColumn, MYSQL_57, N, MY57),
    mysql(O::RenameColumn, MYSQL_8028, I, MY80),
    mariadb(O::RenameColumn, MARIADB_106, I, MDB_INSTANT),
    mysql(O::ReorderColumn, MYSQL_57, R, MY57),
    mariadb(O::ReorderColumn, MARIADB_106, I, MDB_INSTANT),
    mysql(O::SetDefault, MYSQL_57, N, MY57),
    mysql(O::SetDefault, MYSQL_8012, I, MY80),
    mariadb(O::SetDefault, MARIADB_106, I, MDB_INSTANT),
    mysql(O::DropDefault, MYSQL_57, N, MY57),
    mysql(O::DropDefault, MYSQL_8012, I, MY80),
    mariadb(O::DropDefault, MARIADB_106, I, MDB_INSTANT),
    mysql(O::ChangeType, MYSQL_57, C, MY57),
    mariadb(O::ChangeType, MARIADB_106, C, MDB_COPY),
    mariadb(O::ChangeType, MARIADB_112, C_ONLINE, MDB_ONLINE_COPY),
    mysql(O::WidenVarchar, MYSQL_57, N, MY57),
    mariadb(O::WidenVarchar, MARIADB_106, I, MDB_INSTANT),
    mysql(O::WidenVarcharPastPrefix, MYSQL_57, C, MY57),
    mariadb(O::WidenVarcharPastPrefix, MARIADB_106, C, MDB_INSTANT),
    mariadb(
        O::WidenVarcharPastPrefix,
        MARIADB_112,
        C_ONLINE,
        MDB_ONLINE_COPY,
    ),
    mysql(O::WidenShortVarcharPastPrefix, MYSQL_57, C, MY57),
    mariadb(O::WidenShortVarcharPastPrefix, MARIADB_106, I, MDB_OBSERVED),
    mysql(O::MakeNullable, MYSQL_57, R, MY57),
    mariadb(O::MakeNullable, MARIADB_106, R, MDB_OBSERVED),
    mysql(O::MakeNotNull, MYSQL_57, R, MY57),
    mariadb(O::MakeNotNull, MARIADB_106, R, MDB_INPLACE),
    mysql(O::RestateColumn, MYSQL_57, N, MY57),
    mariadb(O::RestateColumn, MARIADB_106, I, MDB_OBSERVED),
    // Index operations.
    mysql(O::AddIndex, MYSQL_57, N, MY57),
    mariadb(O::AddIndex, MARIADB_106, N, MDB_NOCOPY),
    mysql(O::DropIndex, MYSQL_57, N, MY57),
    mariadb(O::DropIndex, MARIADB_106, N, MDB_OBSERVED),
    mysql(O::RenameIndex, MYSQL_57, N, MY57),
    mariadb(O::RenameIndex, MARIADB_106, I, MDB_INSTANT),
    mysql(O::AddFulltextIndex, MYSQL_57, R_SHARED, MY57),
    mariadb(O::AddFulltextIndex, MARIADB_106, R_SHARED, MDB_INPLACE),
    mysql(O::AddLaterFulltextIndex, MYSQL_57, N_SHARED, MY57),
    mariadb(
        O::AddLaterFulltextIndex,
        MARIADB_106,
        N_SHARED,
        MDB_OBSERVED,
    ),
    mysql(O::AddSpatialIndex, MYSQL_57, N_SHARED, MY57),
    mariadb(O::AddSpatialIndex, MARIADB_106, N_SHARED, MDB_NOCOPY),
    // Primary key operations.
    mysql(O::AddPrimaryKey, MYSQL_57, R, MY57),
    mariadb(O::AddPrimaryKey, MARIADB_106, R, MDB_INPLACE),
    mysql(O::DropPrimaryKey, MYSQL_57, C, MY57),
    mariadb(O::DropPrimaryKey, MARIADB_106, C, MDB_COPY),
    mysql(O::ReplacePrimaryKey, MYSQL_57, R, MY57),
    mariadb(O::ReplacePrimaryKey, MARIADB_106, R, MDB_INPLACE),
    // Foreign keys and constraints.
    mysql(O::AddForeignKey, MYSQL_57, C, MY57),
    mariadb(O::AddForeignKey, MARIADB_106, C, MDB_COPY),
    mysql(O::AddForeignKeyUnchecked, MYSQL_57, N, MY57),
    // Instant when the column is indexed already; otherwise the index is built (NOCOPY).
    mariadb(O::AddForeignKeyUnchecked, MARIADB_106, N, MDB_OBSERVED),
    mysql(O::DropForeignKey, MYSQL_57, N, MY57),
    mariadb(O::DropForeignKey, MARIADB_106, I, MDB_OBSERVED),
    mysql(O::AddCheckConstraint, MYSQL_57, C, MY80),
    mariadb(O::AddCheckConstraint, MARIADB_106, C, MDB_COPY),
    mysql(O::DropConstraint, MYSQL_57, N, MY80),
    mariadb(O::DropConstraint, MARIADB_106, I, MDB_INSTANT),
    // Table operations.
    mysql(O::RenameTable, MYSQL_57, N, MY57),
    mysql(O::RenameTable, MYSQL_8012, I, MY80),
    mariadb(O::RenameTable, MARIADB_106, I_EXCL, MDB_OBSERVED),
    mysql(O::ConvertCharset, MYSQL_57, C, MY57),
    mariadb(O::ConvertCharset, MARIADB_106, C, MDB_COPY),
    mariadb(O::ConvertCharset, MARIADB_112, C_ONLINE, MDB_ONLINE_COPY),
    mysql(O::SetDefaultCharset, MYSQL_57, R, MY57),
    mariadb(O::SetDefaultCharset, MARIADB_106, I, MDB_OBSERVED),
    mysql(O::RowFormat, MYSQL_57, R, MY57),
    mariadb(O::RowFormat, MARIADB_106, R, MDB_INPLACE),
    mysql(O::KeyBlockSize, MYSQL_57, R, MY57),
    mariadb(O::KeyBlockSize, MARIADB_106, R, MDB_INPLACE),
    mysql(O::OptimizeTable, MYSQL_57, R, MY57),
    mariadb(O::OptimizeTable, MARIADB_106, R, MDB_INPLACE),
    mysql(O::ForceRebuild, MYSQL_57, R, MY57),
    mariadb(O::ForceRebuild, MARIADB_106, R, MDB_INPLACE),
    mysql(O::AutoIncrementValue, MYSQL_57, N, MY57),
    mariadb(O::AutoIncrementValue, MARIADB_106, I, MDB_INSTANT),
    // Partitioning operations.
    mysql(O::AddPartition, MYSQL_57, N_SHARED, MY57),
    mariadb(O::AddPartition, MARIADB_106, N_SHARED, MDB_PARTITION),
    mysql(O::DropPartition, MYSQL_57, N_SHARED, MY57),
    mariadb(O::DropPartition, MARIADB_106, N_SHARED, MDB_PARTITION),
    mysql(O::ReorganizePartition, MYSQL_57, R_SHARED, MY57),
    mariadb(O::ReorganizePartition, MARIADB_106, R_SHARED, MDB_PARTITION),
    mysql(O::TruncatePartition, MYSQL_57, N_SHARED, MY57),
    mariadb(O::TruncatePartition, MARIADB_106, N_SHARED, MDB_PARTITION),
    mysql(O::PartitionBy, MYSQL_57, C, MY57),
    mariadb(O::PartitionBy, MARIADB_106, C, MDB_PARTITION),
    mysql(O::RemovePartitioning, MYSQL_57, C, MY57),
    mariadb(O::RemovePartitioning, MARIADB_106, C, MDB_PARTITION),
    mysql(O::CoalescePartition, MYSQL_57, R_SHARED, MY80_PARTITION),
    mariadb(O::CoalescePartition, MARIADB_106, R_SHARED, MDB_NO_HINTS),
    mysql(O::ExchangePartition, MYSQL_57, N_SHARED, MY80_PARTITION),
    mariadb(O::ExchangePartition, MARIADB_106, N_SHARED, MDB_NO_HINTS),
    mysql(O::AnalyzePartition, MYSQL_57, N, MY80_PARTITION),
    mariadb(O::AnalyzePartition, MARIADB_106, N, MDB_NO_HINTS),
    mysql(O::CheckPartition, MYSQL_57, N_SHARED, MY80_PARTITION),
    mariadb(O::CheckPartition, MARIADB_106, N_SHARED, MDB_NO_HINTS),
    mysql(O::RebuildPartition, MYSQL_57, R_SHARED, MY80_PARTITION),
    mariadb(O::RebuildPartition, MARIADB_106, R_SHARED, MDB_NO_HINTS),
    // Tablespace and table options.
    mysql(O::Tablespace, MYSQL_57, N_EXCL, MY80_TABLESPACE),
    mariadb(O::Tablespace, MARIADB_106, N_EXCL, MDB_NO_HINTS),
    mysql(O::TableStatistics, MYSQL_57, N, MY57),
    mariadb(O::TableStatistics, MARIADB_106, I, MDB_OBSERVED),
    mysql(O::TableComment, MYSQL_57, N, MY_METADATA),
    mariadb(O::TableComment, MARIADB_106, I, MDB_OBSERVED),
    mysql(O::Encryption, MYSQL_57, C, MY80_TABLESPACE),
    mariadb(O::Encryption, MARIADB_106, C, MDB_UNPROBED),
    mysql(O::MoveTablespace, MYSQL_57, C, MY80_TABLESPACE),
    mariadb(O::MoveTablespace, MARIADB_106, I, MDB_OBSERVED),
    mysql(O::OrderBy, MYSQL_57, C, MY57),
    mariadb(O::OrderBy, MARIADB_106, C, MDB_ORDER_BY),
    mysql(O::Keys, MYSQL_57, I_EXCL, MY_METADATA),
    mariadb(O::Keys, MARIADB_106, I_EXCL, MDB_OBSERVED),
    mysql(O::IndexVisibility, MYSQL_57, N, MY_METADATA),
    mariadb(O::IndexVisibility, MARIADB_106, I, MDB_OBSERVED),
    mysql(O::ChangeCollation, MYSQL_57, C, MY_COLLATION),
    // Instant on a column no index holds; the row is for one that has.
    mariadb(O::ChangeCollation, MARIADB_106, N, MDB_OBSERVED),
];
