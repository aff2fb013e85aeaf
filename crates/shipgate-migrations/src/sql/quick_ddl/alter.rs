//! `ALTER TABLE` read word by word: `ADD [COLUMN]`, `ADD` of a table
//! constraint, `DROP COLUMN`, `DROP CONSTRAINT`, `ALTER COLUMN` and
//! `ENABLE`/`DISABLE TRIGGER` clauses, or one `RENAME`.

use super::parts::{column_type, is_keyword, literal};
use super::{all_words, column, end, keyword, table_constraint};
use crate::ir::{ConstraintKind, OpKind, TableClause};
use crate::sql::fallback::{Word, plain_name, words};

/// The operations of an `ALTER TABLE` of the shapes read here, in the
/// order of its clauses, or `None` when it is of another.
pub(crate) fn alter_table(text: &str) -> Option<Vec<OpKind>> {
    // Most `ALTER TABLE`s of other shapes are told by their first words,
    // before the whole statement is read.
    let head = words(text, 7);
    if !head.iter().skip(3).any(|w| {
        matches!(
            w.upper.as_str(),
            "ADD" | "DROP" | "ALTER" | "RENAME" | "ENABLE" | "DISABLE"
        )
    }) {
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
    let only = kw(i) == "ONLY";
    if only {
        i += 1;
    }
    let table = plain_name(w.get(i)?)?.to_ascii_lowercase();
    i += 1;
    // `RENAME` is a statement's only clause.
    if kw(i) == "RENAME" {
        return rename(&w, i + 1, table, only).map(|op| vec![op]);
    }
    let mut ops = Vec::new();
    loop {
        i = match (kw(i), kw(i + 1)) {
            ("ADD", _) => add(&w, i + 1, &table, &mut ops)?,
            ("DROP", "CONSTRAINT") => drop_constraint(&w, i + 2, &table, &mut ops)?,
            ("DROP", "COLUMN") => drop(&w, i + 2, &table, &mut ops)?,
            ("ALTER", "COLUMN") => alter(&w, i + 2, &table, &mut ops)?,
            // Without `COLUMN`, a keyword may start another clause
            // (`DROP INDEX`, MySQL's): the parser's.
            ("DROP" | "ALTER", next) if is_keyword(next) => return None,
            ("DROP", _) => drop(&w, i + 1, &table, &mut ops)?,
            ("ALTER", _) => alter(&w, i + 1, &table, &mut ops)?,
            ("ENABLE" | "DISABLE", _) => trigger(&w, i, &table, &mut ops)?,
            _ => return None,
        };
        if kw(i) != "," {
            break;
        }
        i += 1;
    }
    end(&w, i).then_some(ops)
}

/// Whether `kinds`, an `ALTER TABLE`'s operations, only rename the table.
pub(crate) fn renames_only(kinds: &[OpKind]) -> bool {
    matches!(kinds, [OpKind::RenameTable { .. }])
}

/// What follows `RENAME` from word `i`, to the statement's end: `[COLUMN] a
/// TO b`, `CONSTRAINT a TO b` or `TO t` (which `ONLY` cannot precede).
fn rename(w: &[Word<'_>], i: usize, table: String, only: bool) -> Option<OpKind> {
    let kw = |k: usize| keyword(w, k);
    let (op, next) = match kw(i) {
        "TO" if !only => {
            let to = plain_name(w.get(i + 1)?)?.to_ascii_lowercase();
            (OpKind::RenameTable { from: table, to }, i + 2)
        }
        "CONSTRAINT" => {
            column_name(w, i + 1)?;
            column_name(w, i + 3)?;
            let op = OpKind::LockOnly {
                table,
                statement: "ALTER TABLE ... RENAME CONSTRAINT".to_owned(),
                reads_blocked: true,
            };
            (op, i + 4)
        }
        // Without `COLUMN`, a keyword may start another clause (`RENAME AS
        // u`, MySQL's): the parser's.
        next if next != "COLUMN" && is_keyword(next) => return None,
        _ => {
            let at = if kw(i) == "COLUMN" { i + 1 } else { i };
            let from = column_name(w, at)?.to_owned();
            let to = column_name(w, at + 2)?.to_owned();
            (OpKind::RenameColumn { table, from, to }, at + 3)
        }
    };
    // `TO` is the word before the new name, the last.
    (end(w, next) && kw(next - 2) == "TO").then_some(op)
}

/// A table constraint of an `ADD` from word `i` (`[NOT VALID]` after a
/// foreign key), or `[COLUMN] c type [option ...]`: the word after it.
fn add(w: &[Word<'_>], mut i: usize, table: &str, ops: &mut Vec<OpKind>) -> Option<usize> {
    if let Some(constraint) = table_constraint(w, i) {
        let mut next = constraint.next;
        // PostgreSQL takes `NOT VALID` on a foreign key or a check only.
        let not_valid = constraint.kind == ConstraintKind::ForeignKey
            && (keyword(w, next), keyword(w, next + 1)) == ("NOT", "VALID");
        if not_valid {
            next += 2;
        }
        ops.push(OpKind::AddConstraint {
            table: table.to_owned(),
            kind: constraint.kind,
            validated: !not_valid,
            using_index: false,
            name: constraint.name,
            not_null_column: None,
        });
        return Some(next);
    }
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

/// `[IF EXISTS] name [CASCADE | RESTRICT]` of a `DROP CONSTRAINT` from
/// word `i`: the word after it.
fn drop_constraint(
    w: &[Word<'_>],
    mut i: usize,
    table: &str,
    ops: &mut Vec<OpKind>,
) -> Option<usize> {
    if (keyword(w, i), keyword(w, i + 1)) == ("IF", "EXISTS") {
        i += 2;
    }
    column_name(w, i)?;
    i += 1;
    if matches!(keyword(w, i), "CASCADE" | "RESTRICT") {
        i += 1;
    }
    ops.push(OpKind::AlterTableClause {
        table: table.to_owned(),
        clause: TableClause::DropConstraint,
    });
    Some(i)
}

/// `ENABLE [ALWAYS | REPLICA] TRIGGER name` or `DISABLE TRIGGER name` from
/// word `i` (`ALL` and `USER` are names here): the word after it.
fn trigger(w: &[Word<'_>], i: usize, table: &str, ops: &mut Vec<OpKind>) -> Option<usize> {
    let mut at = i + 1;
    if keyword(w, i) == "ENABLE" && matches!(keyword(w, at), "ALWAYS" | "REPLICA") {
        at += 1;
    }
    if keyword(w, at) != "TRIGGER" {
        return None;
    }
    plain_name(w.get(at + 1)?)?;
    ops.push(OpKind::LockOnly {
        table: table.to_owned(),
        statement: "ALTER TABLE ... ENABLE/DISABLE TRIGGER".to_owned(),
        reads_blocked: false,
    });
    Some(at + 2)
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
