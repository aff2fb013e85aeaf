//! MySQL and MariaDB spellings that sqlparser refuses, rewritten into ones
//! it reads with the same meaning for the online DDL table:
//!
//! - `CHARSET`, a synonym of `CHARACTER SET` everywhere (`c VARCHAR(10)
//!   CHARSET latin1`);
//! - an index's visibility after its column list: MySQL's `VISIBLE` and
//!   `INVISIBLE`, MariaDB's `IGNORED` and `NOT IGNORED` (an invisible or
//!   ignored index is built and kept up to date like any other), dropped;
//! - `ALTER TABLE t RENAME u`, whose `TO` is optional, given its `TO`;
//! - the `BINARY` attribute of a character column (`VARCHAR(255) BINARY`),
//!   its character set's binary collation, as `COLLATE binary`.
//!
//! A statement is rewritten only after the parser refused it as written, so
//! nothing it read before is read differently. Each server's own spellings
//! only: MariaDB refuses `INVISIBLE` on an index and MySQL refuses
//! `IGNORED`, and those stay unparseable.

use shipgate_config::Dialect;

use super::fallback::{Word, mysql_words, offset};

/// `statement` in spellings the parser reads, or `None` when it has none of
/// the spellings rewritten here.
pub(crate) fn respelled(statement: &str, dialect: Dialect) -> Option<String> {
    let w = mysql_words(statement, usize::MAX);
    let kw = |i: usize| w.get(i).map_or("", |w| w.upper.as_str());
    let after_list = |i: usize| i > 0 && kw(i - 1) == ")";
    // Edits as (start, end, replacement), in order.
    let mut edits: Vec<(usize, usize, &str)> = Vec::new();
    let span = |word: &Word<'_>| offset(statement, word).map(|at| (at, at + word.raw.len()));
    let alter_table = kw(0) == "ALTER" && kw(1) == "TABLE";
    let mut i = 0;
    while i < w.len() {
        let word = &w[i];
        let (start, end) = span(word)?;
        match word.upper.as_str() {
            "CHARSET" => edits.push((start, end, "CHARACTER SET")),
            "BINARY" if i > 0 && character_type(&w, i - 1) => {
                edits.push((start, end, "COLLATE binary"));
            }
            "VISIBLE" | "INVISIBLE" if dialect == Dialect::Mysql && after_list(i) => {
                edits.push((start, end, ""));
            }
            "IGNORED" if dialect == Dialect::Mariadb && after_list(i) => {
                edits.push((start, end, ""));
            }
            "NOT" if dialect == Dialect::Mariadb && after_list(i) && kw(i + 1) == "IGNORED" => {
                let (_, ignored_end) = span(&w[i + 1])?;
                edits.push((start, ignored_end, ""));
                i += 1;
            }
            "RENAME"
                if alter_table
                    && starts_clause(&w, i)
                    && !matches!(
                        kw(i + 1),
                        "TO" | "AS" | "COLUMN" | "INDEX" | "KEY" | "CONSTRAINT" | "," | ""
                    ) =>
            {
                edits.push((end, end, " TO"));
            }
            _ => {}
        }
        i += 1;
    }
    if edits.is_empty() {
        return None;
    }
    let mut out = String::with_capacity(statement.len() + 16);
    let mut copied = 0;
    for (start, end, replacement) in edits {
        out.push_str(statement.get(copied..start)?);
        out.push_str(replacement);
        copied = end;
    }
    out.push_str(statement.get(copied..)?);
    Some(out)
}

/// Whether a character type ends at word `i`: `TEXT`, or `VARCHAR(n)`.
fn character_type(w: &[Word<'_>], i: usize) -> bool {
    const TYPES: &[&str] = &[
        "CHAR",
        "VARCHAR",
        "CHARACTER",
        "NCHAR",
        "NVARCHAR",
        "TINYTEXT",
        "TEXT",
        "MEDIUMTEXT",
        "LONGTEXT",
    ];
    let is_type = |i: usize| w.get(i).is_some_and(|w| TYPES.contains(&w.upper.as_str()));
    if is_type(i) {
        return true;
    }
    // `VARCHAR ( n )`: the type is four words back.
    let kw = |i: usize| w.get(i).map_or("", |w| w.upper.as_str());
    i >= 3 && kw(i) == ")" && kw(i - 2) == "(" && is_type(i - 3)
}

/// Whether word `i` of an `ALTER TABLE [IF EXISTS] name ...` starts one of
/// its clauses: it follows the table's name or a comma.
fn starts_clause(w: &[Word<'_>], i: usize) -> bool {
    let kw = |i: usize| w.get(i).map_or("", |w| w.upper.as_str());
    let name = if kw(2) == "IF" && kw(3) == "EXISTS" {
        4
    } else {
        2
    };
    i == name + 1 || (i > name + 1 && kw(i - 1) == ",")
}

#[cfg(test)]
mod tests {
    use super::respelled;
    use shipgate_config::Dialect;

    #[test]
    fn rewrites_each_spelling_for_its_server() {
        let my = Dialect::Mysql;
        let maria = Dialect::Mariadb;
        for (dialect, before, after) in [
            (
                my,
                "ALTER TABLE t MODIFY c VARCHAR(10) CHARSET latin1",
                "ALTER TABLE t MODIFY c VARCHAR(10) CHARACTER SET latin1",
            ),
            (
                maria,
                "CREATE TABLE a (c TEXT charset utf8mb4) DEFAULT CHARSET=utf8mb4",
                "CREATE TABLE a (c TEXT CHARACTER SET utf8mb4) DEFAULT CHARACTER SET=utf8mb4",
            ),
            (
                my,
                "ALTER TABLE t ADD INDEX i (c) INVISIBLE",
                "ALTER TABLE t ADD INDEX i (c) ",
            ),
            (
                my,
                "CREATE INDEX i ON t (c) VISIBLE",
                "CREATE INDEX i ON t (c) ",
            ),
            (
                maria,
                "ALTER TABLE t ADD INDEX i (c) NOT IGNORED, ADD INDEX j (d) IGNORED",
                "ALTER TABLE t ADD INDEX i (c) , ADD INDEX j (d) ",
            ),
            (my, "ALTER TABLE t RENAME u", "ALTER TABLE t RENAME TO u"),
            (
                my,
                "ALTER TABLE t MODIFY c VARCHAR(255) BINARY NOT NULL",
                "ALTER TABLE t MODIFY c VARCHAR(255) COLLATE binary NOT NULL",
            ),
            (
                maria,
                "CREATE TABLE a (c TEXT BINARY)",
                "CREATE TABLE a (c TEXT COLLATE binary)",
            ),
            (
                maria,
                "ALTER TABLE IF EXISTS t ADD COLUMN a INT, RENAME `u`",
                "ALTER TABLE IF EXISTS t ADD COLUMN a INT, RENAME TO `u`",
            ),
        ] {
            assert_eq!(
                respelled(before, dialect).as_deref(),
                Some(after),
                "{before}"
            );
        }
    }

    #[test]
    fn leaves_what_needs_no_rewrite_or_belongs_to_the_other_server() {
        for (dialect, text) in [
            // Another server's spelling stays, and the parser refuses it.
            (Dialect::Mariadb, "ALTER TABLE t ADD INDEX i (c) INVISIBLE"),
            (Dialect::Mysql, "ALTER TABLE t ADD INDEX i (c) IGNORED"),
            // A column's own visibility is no index option.
            (Dialect::Mysql, "ALTER TABLE t ADD COLUMN c INT INVISIBLE"),
            // In a string or a quoted name, a word is not rewritten.
            (Dialect::Mysql, "ALTER TABLE t COMMENT 'CHARSET'"),
            (Dialect::Mysql, "ALTER TABLE t ADD COLUMN `charset` INT"),
            (Dialect::Mysql, "ALTER TABLE t RENAME TO u"),
            (Dialect::Mysql, "ALTER TABLE t RENAME COLUMN a TO b"),
            (Dialect::Mysql, "ALTER TABLE t RENAME INDEX a TO b"),
            (Dialect::Mysql, "ALTER TABLE t RENAME"),
            (Dialect::Mysql, "RENAME TABLE a TO b"),
            // A binary type, and `BINARY` after anything but a character type.
            (Dialect::Mysql, "ALTER TABLE t ADD COLUMN c BINARY(16)"),
            (Dialect::Mysql, "ALTER TABLE t ADD COLUMN c INT BINARY"),
        ] {
            assert_eq!(respelled(text, dialect), None, "{text}");
        }
    }
}
