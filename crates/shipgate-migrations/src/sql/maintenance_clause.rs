//! The MySQL and MariaDB `ALTER TABLE` clauses that sqlparser does not read
//! and that change no column: partition maintenance (`COALESCE`, `EXCHANGE`,
//! `ANALYZE`, `CHECK`, `OPTIMIZE`, `REBUILD`, `REPAIR PARTITION`),
//! tablespaces (`DISCARD | IMPORT TABLESPACE`, `TABLESPACE name`), table
//! options (`STATS_*`, `COMMENT`, `ENCRYPTION`, `[DEFAULT] COLLATE`), `ORDER
//! BY`, `DISABLE | ENABLE KEYS`, index and column visibility and check
//! enforcement.
//!
//! Unlike [`super::clause::table_clause`], which knows a clause by its first
//! words, each shape here is read whole: a clause with anything more (or
//! less) is not recognised, so it stays unparseable. A form one server
//! refuses is recognised only for the other: MySQL's `ALTER INDEX i
//! INVISIBLE`, `ALTER COLUMN c SET INVISIBLE`, `ALTER CHECK c ENFORCED` and
//! `DISCARD PARTITION p TABLESPACE`; MariaDB's `ALTER INDEX i IGNORED`.

use shipgate_config::Dialect;

use super::fallback::{Word, mysql_words, plain_name};
use crate::ir::TableClause;

/// The most words a clause read here has (a long `ORDER BY` or partition list).
const MAX_WORDS: usize = 512;

/// The clause `clause` is, on `dialect` (MySQL or MariaDB), if it is one of
/// the shapes read here.
pub(crate) fn maintenance_clause(clause: &str, dialect: Dialect) -> Option<TableClause> {
    let w = mysql_words(clause, MAX_WORDS + 1);
    if w.len() > MAX_WORDS {
        return None;
    }
    let mysql = dialect == Dialect::Mysql;
    let kw = |i: usize| w.get(i).map_or("", |w| w.upper.as_str());
    let end = |i: usize| i == w.len();
    match (kw(0), kw(1)) {
        ("COALESCE", "PARTITION") => {
            (w.len() == 3 && is_number(&w[2])).then_some(TableClause::CoalescePartition)
        }
        ("EXCHANGE", "PARTITION") => {
            let named = name(&w, 2) && kw(3) == "WITH" && kw(4) == "TABLE" && name(&w, 5);
            // MariaDB (10.11) refuses the validation option.
            let validation = end(6)
                || (mysql
                    && matches!(kw(6), "WITH" | "WITHOUT")
                    && kw(7) == "VALIDATION"
                    && end(8));
            (named && validation).then_some(TableClause::ExchangePartition)
        }
        ("ANALYZE", "PARTITION") => partitions(&w, 2)
            .filter(|&i| end(i))
            .map(|_| TableClause::AnalyzePartition),
        ("CHECK" | "REPAIR", "PARTITION") => partitions(&w, 2)
            .filter(|&i| end(i))
            .map(|_| TableClause::CheckPartition),
        ("OPTIMIZE", "PARTITION") => partitions(&w, 2)
            .filter(|&i| end(i))
            .map(|_| TableClause::OptimizePartition),
        ("REBUILD", "PARTITION") => partitions(&w, 2)
            .filter(|&i| end(i))
            .map(|_| TableClause::RebuildPartition),
        ("DISCARD" | "IMPORT", "TABLESPACE") if end(2) => Some(TableClause::Tablespace {
            discard: kw(0) == "DISCARD",
        }),
        ("DISCARD" | "IMPORT", "PARTITION") if mysql => partitions(&w, 2)
            .filter(|&i| kw(i) == "TABLESPACE" && end(i + 1))
            .map(|_| TableClause::Tablespace {
                discard: kw(0) == "DISCARD",
            }),
        ("STATS_PERSISTENT" | "STATS_AUTO_RECALC" | "STATS_SAMPLE_PAGES", _) => option_value(&w, 1)
            .filter(|value| is_number(value) || value.upper == "DEFAULT")
            .map(|_| TableClause::TableStatistics),
        ("COMMENT", _) => strings(&w, 1).then_some(TableClause::TableComment),
        ("ENCRYPTION", _) if mysql => strings(&w, 1).then_some(TableClause::Encryption),
        ("ENCRYPTED", _) if !mysql => option_value(&w, 1)
            .filter(|value| matches!(value.upper.as_str(), "YES" | "NO" | "DEFAULT"))
            .map(|_| TableClause::Encryption),
        ("TABLESPACE", _) => option_value(&w, 1)
            .filter(|value| plain_name(value).is_some())
            .map(|_| TableClause::MoveTablespace),
        ("COLLATE", _) => collation(&w, 1),
        ("DEFAULT", "COLLATE") => collation(&w, 2),
        ("ORDER", "BY") => order_by(&w, 2).then_some(TableClause::OrderBy),
        ("DISABLE" | "ENABLE", "KEYS") if end(2) => Some(TableClause::Keys),
        ("ALTER", "INDEX") if name(&w, 2) => {
            let visibility = if mysql {
                matches!(kw(3), "VISIBLE" | "INVISIBLE") && end(4)
            } else {
                (kw(3) == "IGNORED" && end(4)) || (kw(3) == "NOT" && kw(4) == "IGNORED" && end(5))
            };
            visibility.then_some(TableClause::IndexVisibility)
        }
        ("ALTER", "COLUMN") if mysql && name(&w, 2) => (kw(3) == "SET"
            && matches!(kw(4), "VISIBLE" | "INVISIBLE")
            && end(5))
        .then(|| TableClause::ColumnVisibility {
            column: w[2].raw.trim_matches('`').to_owned(),
        }),
        ("ALTER", "CHECK" | "CONSTRAINT") if mysql && name(&w, 2) => {
            let enforced = match (kw(3), kw(4)) {
                ("ENFORCED", "") => Some(true),
                ("NOT", "ENFORCED") if end(5) => Some(false),
                _ => None,
            };
            enforced.map(|enforced| TableClause::CheckEnforcement { enforced })
        }
        _ => None,
    }
}

/// Whether MariaDB takes `clause` only alone: partition maintenance and
/// tablespaces, beside which it refuses `ALGORITHM=` and `LOCK=` (observed on
/// MariaDB 10.11).
pub(crate) fn stands_alone(clause: &TableClause) -> bool {
    matches!(
        clause,
        TableClause::CoalescePartition
            | TableClause::ExchangePartition
            | TableClause::AnalyzePartition
            | TableClause::CheckPartition
            | TableClause::OptimizePartition
            | TableClause::RebuildPartition
            | TableClause::Tablespace { .. }
    )
}

/// `clauses` split at every top-level comma, with the lists that clauses
/// themselves hold joined back: the partition names of `ANALYZE`, `CHECK`,
/// `OPTIMIZE`, `REBUILD`, `REPAIR`, `TRUNCATE`, `DROP`, `DISCARD` and
/// `IMPORT PARTITION` (`p1, p2 [TABLESPACE]`) and the columns of `ORDER BY`
/// (`a, b DESC`).
pub(crate) fn rejoin(clauses: Vec<String>) -> Vec<String> {
    let mut out: Vec<String> = Vec::with_capacity(clauses.len());
    // The list the clause last pushed holds, if any.
    let mut list: Option<List> = None;
    for clause in clauses {
        let w = mysql_words(&clause, 4);
        let kw = |i: usize| w.get(i).map_or("", |w| w.upper.as_str());
        let continues = list.is_some_and(|list| {
            name(&w, 0)
                && kw(0) != "FORCE"
                && match (list, kw(1)) {
                    (_, "") => true,
                    (List::Columns, "ASC" | "DESC") | (List::Tablespaces, "TABLESPACE") => {
                        w.len() == 2
                    }
                    _ => false,
                }
        });
        if continues && let Some(last) = out.last_mut() {
            last.push_str(", ");
            last.push_str(&clause);
            if kw(1) == "TABLESPACE" {
                list = None;
            }
            continue;
        }
        list = match (kw(0), kw(1)) {
            ("DISCARD" | "IMPORT", "PARTITION") => Some(List::Tablespaces),
            (
                "ANALYZE" | "CHECK" | "OPTIMIZE" | "REBUILD" | "REPAIR" | "TRUNCATE" | "DROP",
                "PARTITION",
            ) => Some(List::Partitions),
            ("ORDER", "BY") => Some(List::Columns),
            _ => None,
        };
        out.push(clause);
    }
    out
}

/// A list a clause holds, split at its commas.
#[derive(Clone, Copy)]
enum List {
    /// Partition names.
    Partitions,
    /// Partition names, the last followed by `TABLESPACE`.
    Tablespaces,
    /// `ORDER BY` columns, each maybe `ASC` or `DESC`.
    Columns,
}

/// Whether word `i` is a table, partition, index or column name: plain or
/// in backquotes.
fn name(w: &[Word<'_>], i: usize) -> bool {
    w.get(i).is_some_and(|word| {
        plain_name(word).is_some()
            || (word.raw.len() > 2
                && word.raw.starts_with('`')
                && word.raw.ends_with('`')
                && !word.raw[1..word.raw.len() - 1].contains('`'))
    })
}

fn is_number(word: &Word<'_>) -> bool {
    !word.raw.is_empty() && word.raw.bytes().all(|b| b.is_ascii_digit())
}

/// `ALL` or a comma-separated list of partition names from word `i`: the
/// index of the word after it.
fn partitions(w: &[Word<'_>], mut i: usize) -> Option<usize> {
    if w.get(i).is_some_and(|word| word.upper == "ALL") {
        return Some(i + 1);
    }
    loop {
        if !name(w, i) {
            return None;
        }
        i += 1;
        if w.get(i).is_some_and(|word| word.upper == ",") {
            i += 1;
        } else {
            return Some(i);
        }
    }
}

/// A table option's value from word `i`: `[=] value`, the clause's last word.
fn option_value<'w, 'a>(w: &'w [Word<'a>], i: usize) -> Option<&'w Word<'a>> {
    let i = if w.get(i).is_some_and(|word| word.upper == "=") {
        i + 1
    } else {
        i
    };
    (i + 1 == w.len()).then(|| &w[i])
}

/// Whether the words from `i` are `[=] 'string'`, the clause's end. A
/// doubled quote (`'it''s'`) splits a string into words that touch; strings
/// apart (`'a' 'b'`) are refused by both servers here.
fn strings(w: &[Word<'_>], i: usize) -> bool {
    let i = if w.get(i).is_some_and(|word| word.upper == "=") {
        i + 1
    } else {
        i
    };
    i < w.len()
        && w[i..].iter().all(|word| word.upper == "''")
        && w[i..].windows(2).all(|pair| {
            pair[0].raw.as_ptr() as usize + pair[0].raw.len() == pair[1].raw.as_ptr() as usize
        })
}

/// `[=] collation` from word `i`: the table's default collation.
fn collation(w: &[Word<'_>], i: usize) -> Option<TableClause> {
    option_value(w, i)
        .filter(|value| plain_name(value).is_some())
        .map(|_| TableClause::DefaultCharset)
}

/// `column [ASC | DESC], ...` from word `i` to the end.
fn order_by(w: &[Word<'_>], mut i: usize) -> bool {
    loop {
        if !name(w, i) {
            return false;
        }
        i += 1;
        if matches!(
            w.get(i).map(|word| word.upper.as_str()),
            Some("ASC" | "DESC")
        ) {
            i += 1;
        }
        match w.get(i).map(|word| word.upper.as_str()) {
            None => return true,
            Some(",") => i += 1,
            Some(_) => return false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::maintenance_clause;
    use crate::ir::TableClause;
    use shipgate_config::Dialect;

    #[test]
    fn reads_each_shape_whole() {
        use TableClause as T;
        let both = [
            ("COALESCE PARTITION 2", T::CoalescePartition),
            ("EXCHANGE PARTITION p0 WITH TABLE t2", T::ExchangePartition),
            ("ANALYZE PARTITION p0, p1", T::AnalyzePartition),
            ("CHECK PARTITION ALL", T::CheckPartition),
            ("REPAIR PARTITION p0", T::CheckPartition),
            ("OPTIMIZE PARTITION p0", T::OptimizePartition),
            ("REBUILD PARTITION p0,p1", T::RebuildPartition),
            ("DISCARD TABLESPACE", T::Tablespace { discard: true }),
            ("IMPORT TABLESPACE", T::Tablespace { discard: false }),
            ("STATS_PERSISTENT=0", T::TableStatistics),
            ("STATS_SAMPLE_PAGES = 20", T::TableStatistics),
            ("STATS_AUTO_RECALC DEFAULT", T::TableStatistics),
            ("COMMENT = 'it''s'", T::TableComment),
            ("COMMENT 'a, b'", T::TableComment),
            ("TABLESPACE ts", T::MoveTablespace),
            ("COLLATE utf8mb4_bin", T::DefaultCharset),
            ("DEFAULT COLLATE = latin1_bin", T::DefaultCharset),
            ("ORDER BY a, b DESC", T::OrderBy),
            ("DISABLE KEYS", T::Keys),
            ("enable keys", T::Keys),
        ];
        for dialect in [Dialect::Mysql, Dialect::Mariadb] {
            for (clause, expected) in &both {
                assert_eq!(
                    maintenance_clause(clause, dialect).as_ref(),
                    Some(expected),
                    "{clause} on {dialect:?}"
                );
            }
        }
        let mysql_only = [
            (
                "exchange partition `p0` with table t2 without validation",
                T::ExchangePartition,
            ),
            (
                "DISCARD PARTITION p0, p1 TABLESPACE",
                T::Tablespace { discard: true },
            ),
            (
                "IMPORT PARTITION ALL TABLESPACE",
                T::Tablespace { discard: false },
            ),
            ("ENCRYPTION = 'Y'", T::Encryption),
            ("ALTER INDEX i INVISIBLE", T::IndexVisibility),
            ("ALTER INDEX `i` VISIBLE", T::IndexVisibility),
            (
                "ALTER COLUMN c SET INVISIBLE",
                T::ColumnVisibility { column: "c".into() },
            ),
            (
                "ALTER CHECK ck NOT ENFORCED",
                T::CheckEnforcement { enforced: false },
            ),
            (
                "ALTER CONSTRAINT ck ENFORCED",
                T::CheckEnforcement { enforced: true },
            ),
        ];
        let mariadb_only = [
            ("ALTER INDEX i IGNORED", T::IndexVisibility),
            ("ALTER INDEX i NOT IGNORED", T::IndexVisibility),
            ("ENCRYPTED=YES", T::Encryption),
        ];
        for (clause, expected) in &mysql_only {
            assert_eq!(
                maintenance_clause(clause, Dialect::Mysql).as_ref(),
                Some(expected),
                "{clause}"
            );
            assert_eq!(
                maintenance_clause(clause, Dialect::Mariadb),
                None,
                "{clause}"
            );
        }
        for (clause, expected) in &mariadb_only {
            assert_eq!(
                maintenance_clause(clause, Dialect::Mariadb).as_ref(),
                Some(expected),
                "{clause}"
            );
            assert_eq!(maintenance_clause(clause, Dialect::Mysql), None, "{clause}");
        }
    }

    #[test]
    fn lists_split_at_their_commas_are_joined_back() {
        let joined =
            |clauses: &[&str]| super::rejoin(clauses.iter().map(|c| (*c).to_owned()).collect());
        assert_eq!(
            joined(&["ANALYZE PARTITION p1", "p2", "p3"]),
            ["ANALYZE PARTITION p1, p2, p3"]
        );
        assert_eq!(
            joined(&["DISCARD PARTITION p1", "p2 TABLESPACE"]),
            ["DISCARD PARTITION p1, p2 TABLESPACE"]
        );
        assert_eq!(
            joined(&["ADD COLUMN c INT", "ORDER BY a", "b DESC", "FORCE"]),
            ["ADD COLUMN c INT", "ORDER BY a, b DESC", "FORCE"]
        );
        assert_eq!(
            joined(&["DROP PARTITION p1", "p2", "ADD COLUMN c INT", "d"]),
            ["DROP PARTITION p1, p2", "ADD COLUMN c INT", "d"]
        );
        assert_eq!(joined(&["DROP COLUMN a", "b"]), ["DROP COLUMN a", "b"]);
    }

    /// A shape with a word too many or too few is not read here: the
    /// statement stays unparseable.
    #[test]
    fn malformed_shapes_are_not_read() {
        for clause in [
            "COALESCE PARTITION",
            "COALESCE PARTITION two",
            "COALESCE PARTITION 2 3",
            "EXCHANGE PARTITION p0 WITH t2",
            "EXCHANGE PARTITION p0 WITH TABLE t2 WITH",
            "ANALYZE PARTITION",
            "ANALYZE PARTITION p0,",
            "CHECK PARTITION p0 p1",
            "REBUILD PARTITION ALL p0",
            "DISCARD TABLESPACE now",
            "STATS_PERSISTENT",
            "STATS_PERSISTENT = yes please",
            "COMMENT",
            "COMMENT = x",
            "COMMENT 'a' b",
            "COMMENT 'a' 'b'",
            "TABLESPACE",
            "COLLATE",
            "ORDER BY",
            "ORDER BY a,",
            "ORDER BY a b",
            "DISABLE KEYS now",
            "ALTER INDEX i",
            "ALTER INDEX i HIDDEN",
            "ALTER INDEX i INVISIBLE IGNORED",
            "ALTER COLUMN c SET",
            "ALTER CHECK ck",
            "ALTER CHECK ck NOT",
            "",
        ] {
            for dialect in [Dialect::Mysql, Dialect::Mariadb] {
                assert_eq!(
                    maintenance_clause(clause, dialect),
                    None,
                    "{clause} on {dialect:?}"
                );
            }
        }
    }
}
