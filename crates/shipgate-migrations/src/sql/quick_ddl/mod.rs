//! PostgreSQL's most common migration statements after `CREATE INDEX`, read
//! word by word without the parser:
//!
//! - `ALTER TABLE t` with clauses `ADD [COLUMN] column`, `ADD table
//!   constraint` (`NOT VALID` after a foreign key), `DROP COLUMN [IF EXISTS]
//!   c [CASCADE | RESTRICT]`, `DROP CONSTRAINT [IF EXISTS] k [CASCADE |
//!   RESTRICT]`, `ENABLE [ALWAYS | REPLICA] | DISABLE TRIGGER name` and
//!   `ALTER COLUMN c` with `SET | DROP NOT NULL`, `DROP DEFAULT`, `SET
//!   DEFAULT literal` or `[SET DATA] TYPE type [USING c]`; or the one clause
//!   `RENAME [COLUMN] a TO b`, `RENAME CONSTRAINT a TO b` or `RENAME TO u`;
//! - `CREATE TABLE [IF NOT EXISTS] t (column, ..., table constraint, ...)`,
//!   whose table constraints are `[CONSTRAINT name] PRIMARY KEY | UNIQUE
//!   (columns)` or `FOREIGN KEY (columns) REFERENCES p [(columns)]
//!   [actions]`;
//! - `DROP TABLE [IF EXISTS] t, ... [CASCADE | RESTRICT]`.
//!
//! A column is `name type` with options `[NOT] NULL`, `DEFAULT literal`,
//! `PRIMARY KEY`, `UNIQUE` and `REFERENCES p [(c)] [ON DELETE | UPDATE
//! action]`. Only plain table and column names are read, types of plain
//! words with at most a numeric length or precision and `[]`, and defaults
//! that are a number, a standard string, a boolean, `NULL`, a call without
//! arguments (`now()`) or `CURRENT_TIMESTAMP`. Anything else (a `CHECK`, a
//! cast, a collation, `IF NOT EXISTS` on a column, a quoted or qualified
//! name, partitioning, storage options) is left to the parser; the tests
//! check that what is read here is what the parser's path makes of the same
//! statement.

mod alter;
mod drop;
mod parts;

pub(crate) use alter::{alter_table, renames_only};
pub(crate) use drop::drop_table;

use super::fallback::{Word, plain_name, words};
use super::pg_ddl::NOT_COLUMNS;
use super::text::is_serial;
use crate::ir::{ColumnSpec, ConstraintKind, OpKind};
use parts::{column_type, literal};

/// The most words a statement read here may have; a longer one is the parser's.
const MAX_WORDS: usize = 2048;

/// The `CreateTable` operation of `text` and a `LockOnly` for each other
/// table its foreign keys reference, or `None` when it is not of the shape
/// read here.
pub(crate) fn create_table(text: &str) -> Option<Vec<OpKind>> {
    let head = words(text, 2);
    if !(head.len() == 2 && head[0].upper == "CREATE" && head[1].upper == "TABLE") {
        return None;
    }
    let w = all_words(text)?;
    let kw = |i: usize| keyword(&w, i);
    let mut i = 2;
    if (kw(i), kw(i + 1), kw(i + 2)) == ("IF", "NOT", "EXISTS") {
        i += 3;
    }
    let table = plain_name(w.get(i)?)?.to_ascii_lowercase();
    i += 1;
    if kw(i) != "(" {
        return None;
    }
    i += 1;
    let mut columns = Vec::new();
    // Referenced tables, those of the columns before those of the table
    // constraints, as the parser's path lists them.
    let mut inline = Vec::new();
    let mut declared = Vec::new();
    loop {
        if let Some(constraint) = table_constraint(&w, i) {
            declared.extend(constraint.parent);
            i = constraint.next;
        } else {
            let column = column(&w, i)?;
            inline.extend(column.references);
            columns.push(column.spec);
            i = column.next;
        }
        match kw(i) {
            "," => i += 1,
            ")" => break,
            _ => return None,
        }
    }
    i += 1;
    if columns.is_empty() || !end(&w, i) {
        return None;
    }
    let mut parents: Vec<String> = Vec::new();
    for parent in inline.into_iter().chain(declared) {
        if parent != table && !parents.contains(&parent) {
            parents.push(parent);
        }
    }
    let mut ops = vec![OpKind::CreateTable {
        table,
        columns,
        partitioned: false,
        not_null_checks: Vec::new(),
        fulltext: false,
    }];
    ops.extend(parents.into_iter().map(|parent| OpKind::LockOnly {
        table: parent,
        statement: "CREATE TABLE ... REFERENCES".to_owned(),
        reads_blocked: false,
    }));
    Some(ops)
}

/// Words that start another table element where a column's name would be
/// (`LIKE source`, MySQL's `INDEX` and `KEY`), left to the parser.
const NOT_COLUMN_NAMES: &[&str] = &["LIKE", "INDEX", "KEY", "FULLTEXT", "SPATIAL", "PERIOD"];

/// A column definition read from word `i`.
struct Column {
    spec: ColumnSpec,
    /// The table its `REFERENCES` names.
    references: Option<String>,
    /// The constraints it declares (`PRIMARY KEY`, `UNIQUE`, `REFERENCES`),
    /// in the order written.
    constraints: Vec<ConstraintKind>,
    /// The word after it.
    next: usize,
}

/// `name type [option ...]`, each option once: `NOT NULL`, `NULL`,
/// `DEFAULT literal`, `PRIMARY KEY`, `UNIQUE`, `REFERENCES table [(column)]
/// [ON DELETE | UPDATE action]`.
fn column(w: &[Word<'_>], i: usize) -> Option<Column> {
    let kw = |k: usize| keyword(w, k);
    let name = plain_name(w.get(i)?)?;
    if NOT_COLUMNS.contains(&kw(i)) || NOT_COLUMN_NAMES.contains(&kw(i)) {
        return None;
    }
    let (ty, mut i) = column_type(w, i + 1)?;
    let mut null = None;
    let mut default = None;
    let mut primary = false;
    let mut unique = false;
    let mut references = None;
    let mut constraints = Vec::new();
    loop {
        match kw(i) {
            "NOT" if kw(i + 1) == "NULL" && null.is_none() => {
                null = Some(false);
                i += 2;
            }
            "NULL" if null.is_none() => {
                null = Some(true);
                i += 1;
            }
            "DEFAULT" if default.is_none() => {
                let (value, next) = literal(w, i + 1)?;
                default = Some(value);
                i = next;
            }
            "PRIMARY" if kw(i + 1) == "KEY" && !primary => {
                primary = true;
                constraints.push(ConstraintKind::PrimaryKey);
                i += 2;
            }
            "UNIQUE" if !unique => {
                unique = true;
                constraints.push(ConstraintKind::Unique);
                i += 1;
            }
            "REFERENCES" if references.is_none() => {
                let (parent, next) = reference(w, i + 1, 1)?;
                references = Some(parent);
                constraints.push(ConstraintKind::ForeignKey);
                i = next;
            }
            _ => break,
        }
    }
    // PostgreSQL refuses a nullable primary key column.
    if primary && null == Some(true) {
        return None;
    }
    Some(Column {
        spec: ColumnSpec {
            name: name.to_owned(),
            auto_increment: is_serial(&ty),
            ty,
            not_null: null == Some(false) || primary,
            default,
            generated: false,
            virtual_generated: false,
        },
        constraints,
        references,
        next: i,
    })
}

/// A table constraint: `[CONSTRAINT name] PRIMARY KEY (columns)`, `UNIQUE
/// (columns)` or `FOREIGN KEY (columns) REFERENCES table [(columns)]
/// [actions]`.
struct TableConstraint {
    kind: ConstraintKind,
    /// The name its `CONSTRAINT` gives, lowercased.
    name: Option<String>,
    /// The table a foreign key references, lowercased.
    parent: Option<String>,
    /// The word after it.
    next: usize,
}

/// The table constraint that starts at word `i`, or `None` when none of
/// the shapes of [`TableConstraint`] does.
fn table_constraint(w: &[Word<'_>], mut i: usize) -> Option<TableConstraint> {
    let kw = |k: usize| keyword(w, k);
    let mut name = None;
    if kw(i) == "CONSTRAINT" {
        name = Some(plain_name(w.get(i + 1)?)?.to_ascii_lowercase());
        i += 2;
    }
    let (kind, parent, next) = match (kw(i), kw(i + 1)) {
        ("PRIMARY", "KEY") => (ConstraintKind::PrimaryKey, None, names(w, i + 2)?.0),
        ("UNIQUE", "(") => (ConstraintKind::Unique, None, names(w, i + 1)?.0),
        // `NULLS [NOT] DISTINCT` is a hint of the statement's first
        // operation, set whichever way it is read.
        ("UNIQUE", "NULLS") => {
            let at = if kw(i + 2) == "NOT" { i + 3 } else { i + 2 };
            if kw(at) != "DISTINCT" {
                return None;
            }
            (ConstraintKind::Unique, None, names(w, at + 1)?.0)
        }
        ("FOREIGN", "KEY") => {
            let (after, count) = names(w, i + 2)?;
            if kw(after) != "REFERENCES" {
                return None;
            }
            let (parent, next) = reference(w, after + 1, count)?;
            (ConstraintKind::ForeignKey, Some(parent), next)
        }
        _ => return None,
    };
    Some(TableConstraint {
        kind,
        name,
        parent,
        next,
    })
}

/// `table [(columns)] [ON DELETE | UPDATE action ...]` of a `REFERENCES`
/// from `columns` columns (as many referenced, if named): the table,
/// lowercased, and the word after it.
fn reference(w: &[Word<'_>], i: usize, columns: usize) -> Option<(String, usize)> {
    let kw = |k: usize| keyword(w, k);
    let parent = plain_name(w.get(i)?)?.to_ascii_lowercase();
    let mut i = i + 1;
    if kw(i) == "(" {
        let (next, count) = names(w, i)?;
        if count != columns {
            return None;
        }
        i = next;
    }
    let (mut delete, mut update) = (false, false);
    while kw(i) == "ON" {
        let seen = match kw(i + 1) {
            "DELETE" => &mut delete,
            "UPDATE" => &mut update,
            _ => return None,
        };
        if *seen {
            return None;
        }
        *seen = true;
        i += 2;
        i += match (kw(i), kw(i + 1)) {
            ("CASCADE" | "RESTRICT", _) => 1,
            ("NO", "ACTION") | ("SET", "NULL" | "DEFAULT") => 2,
            _ => return None,
        };
    }
    Some((parent, timing(w, i)?))
}

/// `[[NOT] DEFERRABLE] [INITIALLY DEFERRED | IMMEDIATE]`, in either order,
/// from word `i`: the word after it; `None` for what PostgreSQL refuses (a
/// clause twice, `NOT DEFERRABLE INITIALLY DEFERRED`).
fn timing(w: &[Word<'_>], mut i: usize) -> Option<usize> {
    let kw = |k: usize| keyword(w, k);
    let mut deferrable = None;
    let mut deferred = None;
    loop {
        let (seen, value, words) = match (kw(i), kw(i + 1)) {
            ("DEFERRABLE", _) => (&mut deferrable, true, 1),
            ("NOT", "DEFERRABLE") => (&mut deferrable, false, 2),
            ("INITIALLY", "DEFERRED") => (&mut deferred, true, 2),
            ("INITIALLY", "IMMEDIATE") => (&mut deferred, false, 2),
            _ => break,
        };
        if seen.replace(value).is_some() {
            return None;
        }
        i += words;
    }
    (!(deferrable == Some(false) && deferred == Some(true))).then_some(i)
}

/// `(name, ...)` from word `i`: the word after it and how many names it holds.
fn names(w: &[Word<'_>], mut i: usize) -> Option<(usize, usize)> {
    if keyword(w, i) != "(" {
        return None;
    }
    i += 1;
    let mut count = 0;
    loop {
        plain_name(w.get(i)?)?;
        // The parser reads a list's names as expressions: these start others.
        if EXPRESSION_KEYWORDS.contains(&keyword(w, i)) {
            return None;
        }
        count += 1;
        i += 1;
        match keyword(w, i) {
            "," => i += 1,
            ")" => return Some((i + 1, count)),
            _ => return None,
        }
    }
}

/// Keywords that start an expression of their own where the parser reads
/// a name of a column list as an expression (`UNIQUE (exists)`).
const EXPRESSION_KEYWORDS: &[&str] = &[
    "ARRAY",
    "CASE",
    "CAST",
    "EXISTS",
    "EXTRACT",
    "FALSE",
    "INTERVAL",
    "NOT",
    "NULL",
    "OVERLAY",
    "POSITION",
    "SUBSTRING",
    "TRIM",
    "TRUE",
];

/// Every word of `text`, or `None` when it has more than [`MAX_WORDS`].
fn all_words(text: &str) -> Option<Vec<Word<'_>>> {
    let w = words(text, MAX_WORDS);
    (w.len() < MAX_WORDS).then_some(w)
}

fn keyword<'w>(w: &'w [Word<'_>], i: usize) -> &'w str {
    w.get(i).map_or("", |w| w.upper.as_str())
}

/// Whether the statement ends at word `i`, or with a `;` there.
fn end(w: &[Word<'_>], i: usize) -> bool {
    i == w.len() || (i + 1 == w.len() && keyword(w, i) == ";")
}

#[cfg(test)]
mod tests;
