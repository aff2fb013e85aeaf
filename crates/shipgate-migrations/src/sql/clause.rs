//! Recognises, by their leading keywords, the MySQL and MariaDB `ALTER TABLE`
//! clauses that matter to the online DDL table but have no operation of their
//! own: table options, partition maintenance, index renames, dropped foreign
//! keys. Used both on clauses sqlparser read (rendered back to text) and on
//! clauses it rejected.

use super::fallback::words;
use crate::ir::TableClause;

/// The table clause `clause` is, if it is one.
pub(crate) fn table_clause(clause: &str) -> Option<TableClause> {
    let w = words(clause, 4);
    let kw = |i: usize| w.get(i).map_or("", |w| w.upper.as_str());
    let option = |name: &str| kw(0) == name || (kw(0) == "DEFAULT" && kw(1) == name);
    Some(match (kw(0), kw(1)) {
        ("ROW_FORMAT", _) => TableClause::RowFormat,
        ("KEY_BLOCK_SIZE", _) => TableClause::KeyBlockSize,
        ("FORCE" | "ENGINE", _) => TableClause::Rebuild,
        ("AUTO_INCREMENT", _) => TableClause::AutoIncrementValue,
        ("RENAME", "INDEX" | "KEY") => TableClause::RenameIndex,
        ("DROP", "FOREIGN") => TableClause::DropForeignKey,
        ("DROP", "CHECK" | "CONSTRAINT") => TableClause::DropConstraint,
        ("ADD", "PARTITION") => TableClause::AddPartition,
        ("DROP", "PARTITION") => TableClause::DropPartition,
        ("REORGANIZE", "PARTITION") => TableClause::ReorganizePartition,
        ("TRUNCATE", "PARTITION") => TableClause::TruncatePartition,
        ("PARTITION", "BY") => TableClause::PartitionBy,
        ("REMOVE", "PARTITIONING") => TableClause::RemovePartitioning,
        _ if option("CHARSET") || (option("CHARACTER") && w.iter().any(|w| w.upper == "SET")) => {
            TableClause::DefaultCharset
        }
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::table_clause;
    use crate::ir::TableClause;

    #[test]
    fn recognises_table_clauses() {
        for (clause, expected) in [
            ("ROW_FORMAT=COMPRESSED", TableClause::RowFormat),
            ("key_block_size = 8", TableClause::KeyBlockSize),
            ("FORCE", TableClause::Rebuild),
            ("ENGINE=InnoDB", TableClause::Rebuild),
            ("AUTO_INCREMENT = 1000", TableClause::AutoIncrementValue),
            ("RENAME INDEX a TO b", TableClause::RenameIndex),
            ("RENAME KEY a TO b", TableClause::RenameIndex),
            ("DROP FOREIGN KEY fk", TableClause::DropForeignKey),
            ("DROP CHECK c", TableClause::DropConstraint),
            (
                "ADD PARTITION (PARTITION p2 VALUES LESS THAN (300))",
                TableClause::AddPartition,
            ),
            ("DROP PARTITION p1", TableClause::DropPartition),
            (
                "REORGANIZE PARTITION p1 INTO (PARTITION p2 VALUES LESS THAN (9))",
                TableClause::ReorganizePartition,
            ),
            ("TRUNCATE PARTITION p1", TableClause::TruncatePartition),
            (
                "PARTITION BY HASH (id) PARTITIONS 4",
                TableClause::PartitionBy,
            ),
            ("REMOVE PARTITIONING", TableClause::RemovePartitioning),
            (
                "DEFAULT CHARACTER SET = utf8mb4",
                TableClause::DefaultCharset,
            ),
            ("CHARACTER SET utf8mb4", TableClause::DefaultCharset),
            ("CHARSET=latin1", TableClause::DefaultCharset),
        ] {
            assert_eq!(table_clause(clause), Some(expected), "{clause}");
        }
        for clause in [
            "ADD COLUMN a INT",
            "RENAME TO t2",
            "DROP INDEX i",
            "DROP COLUMN partition_key",
            "",
        ] {
            assert_eq!(table_clause(clause), None, "{clause}");
        }
    }
}
