//! `ALTER TABLE` read word by word: `ADD [COLUMN]`, `DROP COLUMN` and
//! `ALTER COLUMN` clauses, or one `RENAME COLUMN`.

use super::parts::{column_type, is_keyword, literal};
use super::{all_words, column, end, keyword};
use crate::ir::{ConstraintKind, OpKind, TableClause};
use crate::sql::fallback::{Word, plain_name, words};

/// The operations of an `ALTER TABLE` of the shapes read here, in the
/// order of its clauses, or `None` when it is of another.
pub(crate) fn alter_table(text: &str) -> Option<Vec<OpKind>> {
    // Most `ALTER TABLE`s of other shapes are told by their first words,
    // before the whole statement is read.
    let head = words(text, 7);
    if !head
        .iter()
        .skip(3)
        .any(|w| matches!(w.upper.as_str(), "ADD" | "DROP" | "ALTER" | "RENAME"))
    {
        return None;
    }
    let w = all_words(text)?;
    let kw = |i: usize| keyword(&w, i);
    if (kw(0), kw(1)) != ("ALTER", "TABLE") {
        return None;
    }
    let mut i = 2;
    if (kw(i), kw(i + 1)) == ("IF", "EXISTS") {
        i += 2;
    }
    if kw(i) == "ONLY" {
        i += 1;
    }
    let table = plain_name(w.get(i)?)?.to_ascii_lowercase();
    i += 1;
    // `RENAME` is a statement's only clause.
    if (kw(i), kw(i + 1)) == ("RENAME", "COLUMN") {
        let from = column_name(&w, i + 2)?;
        let to = column_name(&w, i + 4)?;
        return (kw(i + 3) == "TO" && end(&w, i + 5)).then(|| {
            vec![OpKind::RenameColumn {
                table,
                from: from.to_owned(),
                to: to.to_owned(),
            }]
        });
    }
    let mut ops = Vec::new();
    loop {
        i = match (kw(i), kw(i + 1)) {
            ("ADD", _) => add(&w, i + 1, &table, &mut ops)?,
            ("DROP", "COLUMN") => drop(&w, i + 2, &table, &mut ops)?,
            ("ALTER", "COLUMN") => alter(&w, i + 2, &table, &mut ops)?,
            _ => return None,
        };
        if kw(i) != "," {
            break;
        }
        i += 1;
    }
    end(&w, i).then_some(ops)
}

/// `[COLUMN] c type [option ...]` of an `ADD` from word `i`, without a
/// constraint: the word after it.
fn add(w: &[Word<'_>], mut i: usize, table: &str, ops: &mut Vec<OpKind>) -> Option<usize> {
    if keyword(w, i) == "COLUMN" {
        i += 1;
    }
    // `ADD COLUMN IF NOT EXISTS`, `ADD PARTITION`, or a column name that is
    // a keyword here.
    if matches!(keyword(w, i), "IF" | "COLUMN" | "PARTITION") {
        return None;
    }
    let column = column(w, i)?;
    // An inline `UNIQUE` or `PRIMARY KEY` is a constraint added with the
    // column; an inline `REFERENCES` is validated (by a scan of every row)
    // only when the column has a default, without which every row is null.
    let validated_reference = column.spec.default.is_some();
    ops.push(OpKind::AddColumn {
        table: table.to_owned(),
        column: column.spec,
        positioned: false,
    });
    for kind in column.constraints {
        if kind == ConstraintKind::ForeignKey && !validated_reference {
            continue;
        }
        ops.push(OpKind::AddConstraint {
            table: table.to_owned(),
            kind,
            validated: true,
            using_index: false,
            name: None,
            not_null_column: None,
        });
    }
    Some(column.next)
}

/// `[IF EXISTS] c [CASCADE | RESTRICT]` of a `DROP COLUMN` from word `i`:
/// the word after it.
fn drop(w: &[Word<'_>], mut i: usize, table: &str, ops: &mut Vec<OpKind>) -> Option<usize> {
    if (keyword(w, i), keyword(w, i + 1)) == ("IF", "EXISTS") {
        i += 2;
    }
    let column = column_name(w, i)?;
    i += 1;
    if matches!(keyword(w, i), "CASCADE" | "RESTRICT") {
        i += 1;
    }
    ops.push(OpKind::DropColumn {
        table: table.to_owned(),
        column: column.to_owned(),
    });
    Some(i)
}

/// `c action` of an `ALTER COLUMN` from word `i`: `SET NOT NULL`, `DROP NOT
/// NULL`, `DROP DEFAULT`, `SET DEFAULT literal` or `[SET DATA] TYPE type`;
/// the word after it.
fn alter(w: &[Word<'_>], i: usize, table: &str, ops: &mut Vec<OpKind>) -> Option<usize> {
    let kw = |k: usize| keyword(w, k);
    let column = column_name(w, i)?.to_owned();
    let table = table.to_owned();
    let i = i + 1;
    let (op, next) = match (kw(i), kw(i + 1), kw(i + 2)) {
        ("SET", "NOT", "NULL") => (OpKind::SetNotNull { table, column }, i + 3),
        ("DROP", "NOT", "NULL") => (
            OpKind::AlterTableClause {
                table,
                clause: TableClause::DropNotNull { column },
            },
            i + 3,
        ),
        ("DROP", "DEFAULT", _) => (
            OpKind::AlterTableClause {
                table,
                clause: TableClause::DropDefault { column },
            },
            i + 2,
        ),
        ("SET", "DEFAULT", _) => {
            let (_, next) = literal(w, i + 2)?;
            (OpKind::SetDefault { table, column }, next)
        }
        ("TYPE", _, _) | ("SET", "DATA", "TYPE") => {
            let at = if kw(i) == "TYPE" { i + 1 } else { i + 3 };
            let (to, mut next) = column_type(w, at)?;
            // `USING c`: the column itself, converted by the type's cast.
            let using = kw(next) == "USING";
            if using {
                // A keyword there starts an expression: the parser's.
                if is_keyword(kw(next + 1)) {
                    return None;
                }
                column_name(w, next + 1)?;
                next += 2;
            }
            let op = OpKind::AlterColumnType {
                table,
                column,
                from: None,
                to,
                using,
                positioned: false,
                not_null: None,
            };
            (op, next)
        }
        _ => return None,
    };
    ops.push(op);
    Some(next)
}

/// A plain column name at word `i` that is not a keyword read in its place.
fn column_name<'a>(w: &[Word<'a>], i: usize) -> Option<&'a str> {
    let name = plain_name(w.get(i)?)?;
    (!matches!(keyword(w, i), "IF" | "COLUMN" | "CONSTRAINT" | "TO")).then_some(name)
}
