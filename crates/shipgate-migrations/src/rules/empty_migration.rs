use crate::changeset::ChangeSet;
use crate::rules::api::Found;

declare_rule! {
    /// ## What it does
    /// Notes a migration file that holds no statement: it is empty, or holds
    /// only whitespace and comments (for Laravel: no schema change was found).
    ///
    /// ## Why is this bad?
    /// It is not unsafe, but an empty migration is often one that was never
    /// saved, or whose SQL went to another file. The note makes sure a reviewer
    /// sees it; it does not fail the gate.
    ///
    /// ## Example
    /// ```sql
    /// -- V7__add_fee.sql: the ALTER was written in the wrong file
    /// ```
    ///
    /// Use instead:
    /// ```sql
    /// ALTER TABLE transactions ADD COLUMN fee numeric(19,4);
    /// ```
    pub struct EmptyMigration {
        id: "empty-migration",
        severity: Info,
        summary: "migration file with no statement",
    }
}
impl_change_set_rule!(EmptyMigration, check);

fn check(set: &ChangeSet<'_>, out: &mut Vec<Found>) {
    for (index, file) in set.files.iter().enumerate() {
        // An unreadable file is reported as such, not as empty.
        if file.unreadable.is_none() && file.ir.ops.is_empty() && file.ir.problems.is_empty() {
            out.push(Found::in_file(
                index,
                0..0,
                "the migration is empty: it holds no statement",
                "write the migration's statements, or delete the file if it is not needed",
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::testing::{count, pg};

    const ID: &str = "empty-migration";

    #[test]
    fn empty_files_get_a_note() {
        assert_eq!(count(ID, &pg("")), 1);
        assert_eq!(count(ID, &pg("  \n-- nothing yet\n/* todo */\n")), 1);
        assert_eq!(count(ID, &pg("\u{feff}")), 1);
    }

    #[test]
    fn files_with_statements_do_not() {
        assert_eq!(count(ID, &pg("-- add\nSELECT 1;\n")), 0);
        assert_eq!(count(ID, &pg("ALTER TABEL x;")), 0);
        // A statement that changes nothing is still a statement.
        for sql in ["ALTER TABLE t LOCK=NONE;", "ALTER TABLE t ALGORITHM=INPLACE, LOCK=NONE;"] {
            assert_eq!(count(ID, &crate::testing::mariadb_at("10.11", sql)), 0, "{sql}");
        }
    }
}
