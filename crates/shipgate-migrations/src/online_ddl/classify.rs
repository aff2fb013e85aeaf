//! Which row of the online DDL table a lowered operation is.

use shipgate_config::DbVersion;

use super::{Lookup, Operation, Server, lookup};
use crate::ir::{ColumnType, ConstraintKind, IndexKind, Op, OpKind, TableClause};
use crate::schema::Schema;

/// What classifying an operation needs to know of where it runs.
#[derive(Debug, Clone, Copy)]
pub struct Facts<'a> {
    /// The configured dialect.
    pub dialect: shipgate_config::Dialect,
    /// The configured server version.
    pub version: DbVersion,
    /// The schema the earlier migrations built.
    pub schema: &'a Schema,
    /// Whether `SET foreign_key_checks = 0` is in force.
    pub foreign_key_checks_off: bool,
}

/// An operation found in the online DDL table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Classified {
    /// The table's operation.
    pub operation: Operation,
    /// What the statement does, for messages: "adding column `note` with FIRST/AFTER".
    pub subject: String,
    /// The server the verdict is for.
    pub server: Server,
    /// The verdict and its version boundary.
    pub lookup: Lookup,
}

impl Classified {
    /// The message: what, what the server does, on which version, and the
    /// boundary the verdict depends on.
    pub fn describe(&self, version: DbVersion) -> String {
        let boundary = self.lookup.boundary();
        let boundary = if boundary.is_empty() {
            String::new()
        } else {
            format!(" ({boundary})")
        };
        format!(
            "{} {} on {} {version}{boundary}",
            self.subject,
            self.lookup.verdict(),
            self.server.name()
        )
    }
}

/// The online DDL table's verdict for `op` on the configured MySQL or MariaDB
/// version; `None` on PostgreSQL and for operations that are no `ALTER TABLE`.
pub fn classify(op: &Op, cx: &Facts<'_>) -> Option<Classified> {
    let server = Server::of(cx.dialect)?;
    let (operation, subject) = operation(&op.kind, cx)?;
    Some(Classified {
        operation,
        subject,
        server,
        lookup: lookup(server, cx.version, operation)?,
    })
}

/// Whether a MySQL or MariaDB default is computed for every row, so that
/// adding the column fills each row with its own value: `UUID()`,
/// `UUID_SHORT()`, `SYSDATE()`, `SYS_GUID()`, a sequence's `NEXTVAL(s)` or
/// `NEXT VALUE FOR s` (each probed on MariaDB 10.11: `ALGORITHM=COPY`), and
/// MariaDB 11.7's `UUID_v4()` and `UUID_v7()`. (`NOW()`,
/// `CURRENT_TIMESTAMP` and `RAND()` are computed once for the statement;
/// MariaDB 10.11 adds those columns instantly.)
fn per_row_default(expr: &str) -> bool {
    let compact: String = expr
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| c.to_ascii_lowercase())
        .collect();
    [
        "uuid(",
        "uuid_short(",
        "uuid_v4(",
        "uuid_v7(",
        "sysdate(",
        "sys_guid(",
        "nextval(",
        "nextvaluefor",
    ]
    .iter()
    .any(|f| compact.contains(f))
}

fn operation(kind: &OpKind, cx: &Facts<'_>) -> Option<(Operation, String)> {
    use Operation as O;
    Some(match kind {
        OpKind::AddColumn {
            column, positioned, ..
        } => {
            let name = &column.name;
            if column.auto_increment {
                (
                    O::AddAutoIncrementColumn,
                    format!("adding AUTO_INCREMENT column `{name}`"),
                )
            } else if column.generated {
                (
                    O::AddStoredColumn,
                    format!("adding stored generated column `{name}`"),
                )
            } else if column
                .default
                .as_ref()
                .is_some_and(|d| per_row_default(&d.expr))
            {
                (
                    O::AddColumnPerRowDefault,
                    format!("adding column `{name}` with a default computed for every row"),
                )
            } else if column.virtual_generated {
                (
                    O::AddVirtualColumn,
                    format!("adding virtual generated column `{name}`"),
                )
            } else if *positioned {
                (
                    O::AddColumnPositioned,
                    format!("adding column `{name}` with FIRST/AFTER"),
                )
            } else {
                (O::AddColumn, format!("adding column `{name}`"))
            }
        }
        OpKind::DropColumn { column, .. } => (O::DropColumn, format!("dropping column `{column}`")),
        OpKind::RenameColumn { from, to, .. } => (
            O::RenameColumn,
            format!("renaming column `{from}` to `{to}`"),
        ),
        OpKind::AlterColumnType {
            table,
            column,
            from,
            to,
            positioned,
            not_null,
            ..
        } => {
            let old = from
                .clone()
                .or_else(|| cx.schema.column_type(table, column).cloned());
            column_change(cx, table, column, old.as_ref(), to, *positioned, *not_null)
        }
        OpKind::SetNotNull { column, .. } => {
            (O::MakeNotNull, format!("making `{column}` NOT NULL"))
        }
        OpKind::SetDefault { column, .. } => {
            (O::SetDefault, format!("setting the default of `{column}`"))
        }
        OpKind::AddConstraint { kind, .. } => match kind {
            ConstraintKind::ForeignKey if cx.foreign_key_checks_off => (
                O::AddForeignKeyUnchecked,
                "adding a foreign key with foreign_key_checks off".to_owned(),
            ),
            ConstraintKind::ForeignKey => (
                O::AddForeignKey,
                "adding a foreign key with foreign_key_checks on (a validation scan of every existing row against the referenced table)".to_owned(),
            ),
            ConstraintKind::Check => (
                O::AddCheckConstraint,
                "adding a check constraint".to_owned(),
            ),
            ConstraintKind::Unique => (O::AddIndex, "adding a unique key".to_owned()),
            ConstraintKind::PrimaryKey => (O::AddPrimaryKey, "adding a primary key".to_owned()),
            ConstraintKind::NotNull | ConstraintKind::Exclude => return None,
        },
        OpKind::DropPrimaryKey { .. } => (
            O::DropPrimaryKey,
            "dropping the primary key without adding another".to_owned(),
        ),
        OpKind::CreateIndex { kind, table, .. } => match kind {
            IndexKind::Regular => (O::AddIndex, "adding an index".to_owned()),
            IndexKind::FullText if cx.schema.has_had_fulltext_index(table) => (
                O::AddLaterFulltextIndex,
                "adding a FULLTEXT index to a table that has had one".to_owned(),
            ),
            IndexKind::FullText => (O::AddFulltextIndex, "adding a FULLTEXT index".to_owned()),
            IndexKind::Spatial => (O::AddSpatialIndex, "adding a SPATIAL index".to_owned()),
        },
        OpKind::DropIndex { name, .. } => (O::DropIndex, format!("dropping index `{name}`")),
        OpKind::RenameTable { to, .. } => (O::RenameTable, format!("renaming the table to `{to}`")),
        OpKind::ConvertCharset { .. } => {
            (O::ConvertCharset, "`CONVERT TO CHARACTER SET`".to_owned())
        }
        OpKind::OptimizeTable { .. } => (O::OptimizeTable, "`OPTIMIZE TABLE`".to_owned()),
        OpKind::AlterTableClause { clause, .. } => table_clause(clause),
        _ => return None,
    })
}

fn table_clause(clause: &TableClause) -> (Operation, String) {
    use Operation as O;
    let (operation, subject) = match clause {
        TableClause::DropDefault { column } => {
            return (
                O::DropDefault,
                format!("dropping the default of `{column}`"),
            );
        }
        TableClause::DropNotNull { column } => {
            return (O::MakeNullable, format!("making `{column}` nullable"));
        }
        TableClause::ReplacePrimaryKey => (O::ReplacePrimaryKey, "replacing the primary key"),
        TableClause::RenameIndex => (O::RenameIndex, "renaming an index"),
        TableClause::DropForeignKey => (O::DropForeignKey, "dropping a foreign key"),
        TableClause::DropConstraint => (O::DropConstraint, "dropping a constraint"),
        TableClause::RowFormat => (O::RowFormat, "changing ROW_FORMAT"),
        TableClause::KeyBlockSize => (O::KeyBlockSize, "changing KEY_BLOCK_SIZE"),
        TableClause::Rebuild => (O::ForceRebuild, "`FORCE` (or `ENGINE=InnoDB`)"),
        TableClause::AutoIncrementValue => (O::AutoIncrementValue, "setting AUTO_INCREMENT"),
        TableClause::DefaultCharset => (
            O::SetDefaultCharset,
            "changing the table's default character set",
        ),
        TableClause::AddPartition => (O::AddPartition, "`ADD PARTITION`"),
        TableClause::DropPartition => (O::DropPartition, "`DROP PARTITION`"),
        TableClause::ReorganizePartition => (O::ReorganizePartition, "`REORGANIZE PARTITION`"),
        TableClause::TruncatePartition => (O::TruncatePartition, "`TRUNCATE PARTITION`"),
        TableClause::PartitionBy => (O::PartitionBy, "partitioning the table (`PARTITION BY`)"),
        TableClause::RemovePartitioning => (O::RemovePartitioning, "`REMOVE PARTITIONING`"),
        TableClause::CoalescePartition => (O::CoalescePartition, "`COALESCE PARTITION`"),
        TableClause::ExchangePartition => (
            O::ExchangePartition,
            "`EXCHANGE PARTITION` (the table's rows checked against the partition unless `WITHOUT VALIDATION`)",
        ),
        TableClause::AnalyzePartition => (O::AnalyzePartition, "`ANALYZE PARTITION`"),
        TableClause::CheckPartition => {
            (O::CheckPartition, "`CHECK PARTITION` or `REPAIR PARTITION`")
        }
        TableClause::OptimizePartition => (
            O::OptimizeTable,
            "`OPTIMIZE PARTITION` (InnoDB rebuilds every partition)",
        ),
        TableClause::RebuildPartition => (O::RebuildPartition, "`REBUILD PARTITION`"),
        TableClause::Tablespace { discard: true } => (
            O::Tablespace,
            "`DISCARD TABLESPACE` (the data file is deleted: the rows are gone until a tablespace is imported)",
        ),
        TableClause::Tablespace { discard: false } => (O::Tablespace, "`IMPORT TABLESPACE`"),
        TableClause::TableStatistics => (
            O::TableStatistics,
            "changing the table's statistics options (`STATS_*`)",
        ),
        TableClause::TableComment => (O::TableComment, "changing the table's comment"),
        TableClause::Encryption => (O::Encryption, "changing the table's encryption"),
        TableClause::MoveTablespace => (
            O::MoveTablespace,
            "moving the table to another tablespace (`TABLESPACE`)",
        ),
        TableClause::OrderBy => (O::OrderBy, "`ORDER BY` (the rows rewritten in order)"),
        TableClause::Keys => (
            O::Keys,
            "`DISABLE KEYS` or `ENABLE KEYS` (no effect on InnoDB)",
        ),
        TableClause::IndexVisibility => (
            O::IndexVisibility,
            "making an index visible or invisible (ignored)",
        ),
        TableClause::ColumnVisibility { column } => {
            return (
                O::SetDefault,
                format!("making `{column}` visible or invisible"),
            );
        }
        TableClause::CheckEnforcement { enforced: true } => (
            O::AddCheckConstraint,
            "enforcing a check constraint (every row is checked)",
        ),
        TableClause::CheckEnforcement { enforced: false } => {
            (O::DropConstraint, "no longer enforcing a check constraint")
        }
    };
    (operation, subject.to_owned())
}

/// A MySQL `MODIFY`/`CHANGE` (or Laravel `change()`): a type change, a
/// widening, a nullability change, a move, or a restatement.
fn column_change(
    cx: &Facts<'_>,
    table: &str,
    column: &str,
    old: Option<&ColumnType>,
    to: &ColumnType,
    positioned: bool,
    not_null: Option<bool>,
) -> (Operation, String) {
    use Operation as O;
    let Some(old) = old else {
        return (
            O::ChangeType,
            format!(
                "changing `{column}` to `{to}` (its current type is not in the checked migrations, so this cannot be proven a widening)"
            ),
        );
    };
    if old.charset != to.charset {
        let named = |charset: &Option<String>| {
            charset
                .as_deref()
                .map_or_else(|| "the table's default".to_owned(), |c| format!("`{c}`"))
        };
        return (
            O::ChangeType,
            format!(
                "changing the character set of `{column}` from {} to {} (every value is converted)",
                named(&old.charset),
                named(&to.charset)
            ),
        );
    }
    if old.collation != to.collation {
        let named = |collation: &Option<String>| {
            collation.as_deref().map_or_else(
                || "the character set's default".to_owned(),
                |c| format!("`{c}`"),
            )
        };
        return (
            O::ChangeCollation,
            format!(
                "changing the collation of `{column}` from {} to {} (its indexes are built again)",
                named(&old.collation),
                named(&to.collation)
            ),
        );
    }
    if old != to {
        return match varchar_widening(old, to) {
            Some(operation) => (
                operation,
                format!("widening `{column}` from `{old}` to `{to}` (utf8mb4 assumed)"),
            ),
            None => (
                O::ChangeType,
                format!("changing `{column}` from `{old}` to `{to}`"),
            ),
        };
    }
    match (cx.schema.column_not_null(table, column), not_null) {
        (Some(false), Some(true)) => (O::MakeNotNull, format!("making `{column}` NOT NULL")),
        (Some(true), Some(false)) => (O::MakeNullable, format!("making `{column}` nullable")),
        _ if positioned => (
            O::ReorderColumn,
            format!("moving column `{column}` (FIRST/AFTER)"),
        ),
        _ => (
            O::RestateColumn,
            format!("restating column `{column}` with its type unchanged"),
        ),
    }
}

/// The longest `VARCHAR` in bytes whose length fits a one-byte prefix.
const ONE_BYTE_PREFIX: u64 = 255;
/// MariaDB stores lengths under 128 bytes in one byte even in a two-byte-prefix column.
const SHORT_VALUE: u64 = 127;
/// Bytes per character assumed when the character set is not known: utf8mb4,
/// the widest, so that a widening is never judged cheaper than it is.
const BYTES_PER_CHAR: u64 = 4;

/// Which widening `old` to `to` is, if it is a `VARCHAR` made longer.
fn varchar_widening(old: &ColumnType, to: &ColumnType) -> Option<Operation> {
    if old.name != "varchar" || to.name != "varchar" {
        return None;
    }
    let (a, b) = (
        old.args.first()?.saturating_mul(BYTES_PER_CHAR),
        to.args.first()?.saturating_mul(BYTES_PER_CHAR),
    );
    if b < a {
        return None;
    }
    Some(if (a <= ONE_BYTE_PREFIX) == (b <= ONE_BYTE_PREFIX) {
        Operation::WidenVarchar
    } else if a <= SHORT_VALUE {
        Operation::WidenShortVarcharPastPrefix
    } else {
        Operation::WidenVarcharPastPrefix
    })
}

#[cfg(test)]
mod tests {
    use super::per_row_default;

    #[test]
    fn only_defaults_computed_per_row_are_per_row() {
        for expr in [
            "(UUID())",
            "(uuid_to_bin(uuid()))",
            "(UUID_SHORT())",
            "(SYSDATE())",
            "(UUID\t( ))",
            "(SYS_GUID())",
            "NEXTVAL(order_seq)",
            "(NEXT VALUE FOR order_seq)",
            "(UUID_v7())",
        ] {
            assert!(per_row_default(expr), "{expr}");
        }
        // Computed once for the statement: MariaDB 10.11 adds these instantly.
        for expr in [
            "NOW()",
            "CURRENT_TIMESTAMP",
            "(RAND())",
            "(1 + 1)",
            "'uuid'",
        ] {
            assert!(!per_row_default(expr), "{expr}");
        }
    }
}
