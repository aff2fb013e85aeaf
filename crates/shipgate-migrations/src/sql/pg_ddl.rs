//! PostgreSQL DDL that sqlparser does not read, recognised by its keywords
//! after the parser has refused it: `CREATE INDEX ... ON ONLY` or with
//! operator-class parameters, `CREATE TABLE` with `LIKE`, `OF type`,
//! `PARTITION OF`, `USING method` or column `COMPRESSION`, and the `ALTER
//! TABLE` clauses that change only the catalogue (`SET STORAGE`, `CLUSTER
//! ON`, `SET SCHEMA`, identity options, ...) or that rewrite the table
//! without changing its columns (`SET TABLESPACE`, `SET ACCESS METHOD`, `SET
//! LOGGED | UNLOGGED`).
//!
//! Each form is matched on its full shape; anything else stays unparseable,
//! so the gate never reads a statement as something it is not.

use super::fallback::{Word, offset, plain_name, split_top_level, words};
use super::text::normalize_name;
use crate::ir::{ConstraintKind, IndexKind, OpKind};

/// How many leading words the recognisers look at.
const HEAD_WORDS: usize = 24;

/// Table elements that are constraints, not columns.
pub(super) const NOT_COLUMNS: &[&str] = &[
    "CONSTRAINT",
    "PRIMARY",
    "UNIQUE",
    "CHECK",
    "FOREIGN",
    "EXCLUDE",
];

/// Reads a whole statement sqlparser refused, or `None`. `parse` lowers a
/// simpler statement with sqlparser (for the columns of a `CREATE TABLE`).
pub(crate) fn statement(
    text: &str,
    parse: &dyn Fn(&str) -> Option<Vec<OpKind>>,
) -> Option<Vec<OpKind>> {
    let w = words(text, HEAD_WORDS);
    let kw = |i: usize| w.get(i).map_or("", |w| w.upper.as_str());
    match (kw(0), kw(1)) {
        ("CREATE", _) => create_index(text, &w, parse)
            .or_else(|| create_table(text, &w, parse).map(|op| vec![op])),
        ("ALTER", "TABLE") if kw(2) == "ALL" && kw(3) == "IN" && kw(4) == "TABLESPACE" => {
            let moves = w
                .windows(2)
                .any(|p| p[0].upper == "SET" && p[1].upper == "TABLESPACE");
            moves.then(|| {
                vec![OpKind::RewriteTable {
                    table: String::new(),
                    cause: "`ALTER TABLE ALL IN TABLESPACE ... SET TABLESPACE` rewrites".into(),
                }]
            })
        }
        _ => None,
    }
}

/// `CREATE [UNIQUE] INDEX [CONCURRENTLY] [[IF NOT EXISTS] name] ON [ONLY]
/// table [USING method] (...) ...` with the two parts sqlparser does not
/// read: `ON ONLY`, operator-class parameters (`gist (a
/// tsvector_ops(siglen=484))`) and `TABLESPACE name`. The statement without them must be one the
/// parser reads as an index, so a malformed column list or tail (`(;`)
/// stays unparseable.
fn create_index(
    text: &str,
    head_words: &[Word<'_>],
    parse: &dyn Fn(&str) -> Option<Vec<OpKind>>,
) -> Option<Vec<OpKind>> {
    let head = create_index_head(head_words)?;
    let w = words(text, usize::MAX);
    let mut cuts = Vec::new();
    if let Some(only) = w[..head.open].iter().position(|w| w.upper == "ONLY") {
        let at = offset(text, &w[only])?;
        cuts.push(at..at + w[only].raw.len());
    }
    let name = |i: usize| w.get(i).is_some_and(|w| identifier(w).is_some());
    let mut depth = 0usize;
    let mut i = head.open;
    while i < w.len() {
        match w[i].upper.as_str() {
            "(" => depth += 1,
            ")" => {
                depth = depth.checked_sub(1)?;
                if depth == 0 {
                    break;
                }
            }
            // An operator class follows its column or expression; its
            // parameters are the group after it.
            _ if depth == 1
                && name(i)
                && (name(i - 1) || w[i - 1].upper == ")")
                && w.get(i + 1).is_some_and(|w| w.upper == "(") =>
            {
                let close = closing(&w, i + 1)?;
                if !parameters(&w[i + 2..close]) {
                    return None;
                }
                let start = offset(text, &w[i + 1])?;
                cuts.push(start..offset(text, &w[close])? + 1);
                i = close;
            }
            _ => {}
        }
        i += 1;
    }
    if let Some(at) = (i..w.len()).find(|&at| w[at].upper == "TABLESPACE" && name(at + 1)) {
        let start = offset(text, &w[at])?;
        cuts.push(start..offset(text, &w[at + 1])? + w[at + 1].raw.len());
    }
    if cuts.is_empty() {
        return None;
    }
    let mut plain = String::with_capacity(text.len());
    let mut from = 0;
    for cut in &cuts {
        plain.push_str(&text[from..cut.start]);
        from = cut.end;
    }
    plain.push_str(&text[from..]);
    matches!(parse(&plain)?.as_slice(), [OpKind::CreateIndex { .. }]).then(|| vec![head.kind])
}

/// Whether `w`, the inside of an operator class's parentheses, is a list of
/// `name [= value]` (`siglen = 484`, `n_distinct_per_range = -1.1`).
fn parameters(w: &[Word<'_>]) -> bool {
    let value = |w: &Word<'_>| !matches!(w.upper.as_str(), "(" | ")" | "," | "=" | ";");
    !w.is_empty()
        && w.split(|w| w.upper == ",")
            .all(|parameter| match parameter {
                [name] => identifier(name).is_some(),
                [name, eq, v] => identifier(name).is_some() && eq.upper == "=" && value(v),
                [name, eq, sign, v] => {
                    identifier(name).is_some()
                        && eq.upper == "="
                        && matches!(sign.upper.as_str(), "-" | "+")
                        && value(v)
                }
                _ => false,
            })
}

/// The index of the `)` that closes the `(` at `open`.
fn closing(w: &[Word<'_>], open: usize) -> Option<usize> {
    let mut depth = 0usize;
    for (i, word) in w.iter().enumerate().skip(open) {
        match word.upper.as_str() {
            "(" => depth += 1,
            ")" => {
                depth -= 1;
                if depth == 0 {
                    return Some(i);
                }
            }
            _ => {}
        }
    }
    None
}

/// The head of a `CREATE INDEX`, up to its column list.
struct IndexHead {
    kind: OpKind,
    if_not_exists: bool,
    /// The word that opens the column list.
    open: usize,
}

/// `CREATE [UNIQUE] INDEX [CONCURRENTLY] [[IF NOT EXISTS] name] ON [ONLY]
/// table [USING method] (`.
fn create_index_head(w: &[Word<'_>]) -> Option<IndexHead> {
    let kw = |i: usize| w.get(i).map_or("", |w| w.upper.as_str());
    let mut i = 1;
    let unique = kw(i) == "UNIQUE";
    if unique {
        i += 1;
    }
    if kw(0) != "CREATE" || kw(i) != "INDEX" {
        return None;
    }
    i += 1;
    let concurrently = kw(i) == "CONCURRENTLY";
    if concurrently {
        i += 1;
    }
    // `IF NOT EXISTS` needs a name.
    let if_not_exists = (kw(i), kw(i + 1), kw(i + 2)) == ("IF", "NOT", "EXISTS");
    if if_not_exists {
        i += 3;
    }
    let mut name = None;
    if kw(i) != "ON" || if_not_exists {
        name = Some(identifier(w.get(i)?)?);
        i += 1;
    }
    if kw(i) != "ON" {
        return None;
    }
    i += 1;
    let only = kw(i) == "ONLY";
    if only {
        i += 1;
    }
    let table = identifier(w.get(i)?)?;
    i += 1;
    if kw(i) == "USING" {
        identifier(w.get(i + 1)?)?;
        i += 2;
    }
    (kw(i) == "(").then_some(IndexHead {
        kind: OpKind::CreateIndex {
            table,
            name,
            concurrently,
            unique,
            kind: IndexKind::Regular,
            only,
        },
        if_not_exists,
        open: i,
    })
}

/// The most words [`simple_create_index`] reads; a longer statement is the
/// parser's.
const SIMPLE_INDEX_WORDS: usize = 96;

/// A `CREATE INDEX` of the shape most migrations' indexes have, read without
/// the parser: the head [`create_index_head`] reads, then a column list of
/// column names only, each with an optional operator class, `ASC | DESC` and
/// `NULLS FIRST | LAST`, and nothing after it but `;`. Every word is
/// checked, so what this accepts the parser accepts too (a test compares
/// the two on every corpus); anything else (an expression, `COLLATE`,
/// `INCLUDE`, `WITH`, `WHERE`) is left to the parser.
/// The operation, and whether `IF NOT EXISTS` was given.
pub(crate) fn simple_create_index(text: &str) -> Option<(OpKind, bool)> {
    let w = words(text, SIMPLE_INDEX_WORDS);
    if w.len() >= SIMPLE_INDEX_WORDS {
        return None;
    }
    let head = create_index_head(&w)?;
    let kw = |i: usize| w.get(i).map_or("", |w| w.upper.as_str());
    let plain = |i: usize| w.get(i).and_then(plain_name).is_some();
    let mut i = head.open + 1;
    loop {
        // A column, by a plain or quoted name.
        if !(plain(i) || w.get(i).is_some_and(|word| quoted_name(word.raw))) {
            return None;
        }
        i += 1;
        // An operator class.
        if plain(i) && !matches!(kw(i), "ASC" | "DESC" | "NULLS" | "COLLATE") {
            i += 1;
        }
        if matches!(kw(i), "ASC" | "DESC") {
            i += 1;
        }
        if kw(i) == "NULLS" && matches!(kw(i + 1), "FIRST" | "LAST") {
            i += 2;
        }
        match kw(i) {
            "," => i += 1,
            ")" => break,
            _ => return None,
        }
    }
    i += 1;
    if kw(i) == ";" {
        i += 1;
    }
    (i == w.len()).then_some((head.kind, head.if_not_exists))
}

/// A double-quoted name with no quote inside it (`"order"`).
fn quoted_name(raw: &str) -> bool {
    raw.len() > 2
        && raw.starts_with('"')
        && raw.ends_with('"')
        && !raw[1..raw.len() - 1].contains('"')
}

/// `CREATE [GLOBAL | LOCAL] [TEMP | UNLOGGED] TABLE [IF NOT EXISTS] name`
/// followed by a column list, `OF`, `PARTITION OF`, `AS`, `USING`, `WITH`,
/// `INHERITS`, `ON COMMIT` or `TABLESPACE`. The columns are the elements of
/// the list, each read by sqlparser; an element it cannot read (other than a
/// constraint, a `LIKE` or a bare name) leaves the whole statement unread.
fn create_table(
    text: &str,
    w: &[Word<'_>],
    parse: &dyn Fn(&str) -> Option<Vec<OpKind>>,
) -> Option<OpKind> {
    let kw = |i: usize| w.get(i).map_or("", |w| w.upper.as_str());
    let mut i = 1;
    while matches!(
        kw(i),
        "GLOBAL" | "LOCAL" | "TEMP" | "TEMPORARY" | "UNLOGGED"
    ) {
        i += 1;
    }
    if kw(i) != "TABLE" {
        return None;
    }
    i += 1;
    if (kw(i), kw(i + 1), kw(i + 2)) == ("IF", "NOT", "EXISTS") {
        i += 3;
    }
    let name_word = w.get(i)?;
    let table = identifier(name_word)?;
    // Tables `WITH OIDS` are gone since PostgreSQL 12.
    if w.windows(2)
        .any(|p| p[0].upper == "WITH" && p[1].upper == "OIDS")
    {
        return None;
    }
    if !matches!(
        kw(i + 1),
        "(" | "OF"
            | "PARTITION"
            | "AS"
            | "USING"
            | "WITH"
            | "WITHOUT"
            | "INHERITS"
            | "ON"
            | "TABLESPACE"
    ) {
        return None;
    }
    // What follows the name, the type or parent and the column list must be
    // the clauses PostgreSQL allows there, not any words at all.
    if !table_tail(&words(text, usize::MAX), i + 1) {
        return None;
    }
    let mut columns = Vec::new();
    let mut not_null_checks = Vec::new();
    let mut partitioned = false;
    if kw(i + 1) == "(" {
        let after_name = offset(text, name_word)? + name_word.raw.len();
        let list = parenthesised(text.get(after_name..)?)?;
        let tail = text.get(after_name..)?;
        let open = tail.len() - tail.trim_start().len();
        partitioned = tail.get(open + list.len() + 2..).is_some_and(partition_by);
        // An element that is not read makes the statement unread.
        let read = |e: &str| {
            parse(&format!("CREATE TABLE t ({e})"))
                .or_else(|| {
                    simplify_element(e).and_then(|s| parse(&format!("CREATE TABLE t ({s})")))
                })
                .or_else(|| {
                    as_stored(e)
                        .and_then(|s| parse(&format!("CREATE TABLE t ({s})")))
                        .map(into_virtual)
                })
        };
        let elements = if list.trim().is_empty() {
            Vec::new()
        } else {
            split_top_level(list)
        };
        for element in elements {
            let all = words(&element, 64);
            let first = all.first()?;
            if first.upper == "LIKE" {
                // `LIKE source [INCLUDING | EXCLUDING option] ...`
                identifier(all.get(1)?)?;
                let options = &all[2..];
                let well_formed = options.len().is_multiple_of(2)
                    && options.chunks(2).all(|p| {
                        matches!(p[0].upper.as_str(), "INCLUDING" | "EXCLUDING")
                            && identifier(&p[1]).is_some()
                    });
                if !well_formed {
                    return None;
                }
                continue;
            }
            if NOT_COLUMNS.contains(&first.upper.as_str()) {
                // A table constraint: read to be sure it is one; only a
                // proof that a column has no nulls is kept.
                for op in read(&element)? {
                    if let OpKind::CreateTable {
                        not_null_checks: n, ..
                    } = op
                    {
                        not_null_checks.extend(n);
                    }
                }
                continue;
            }
            // A bare name (`AS` and `OF type` column lists) or `name WITH
            // OPTIONS ...` (a typed table's column) declares no type.
            if all.len() == 1 || all.get(1).is_some_and(|w| w.upper == "WITH") {
                identifier(&all[0])?;
                continue;
            }
            for op in read(&element)? {
                if let OpKind::CreateTable {
                    columns: c,
                    not_null_checks: n,
                    ..
                } = op
                {
                    columns.extend(c);
                    not_null_checks.extend(n);
                }
            }
        }
    }
    Some(OpKind::CreateTable {
        table,
        columns,
        partitioned,
        not_null_checks,
        fulltext: false,
    })
}

/// Whether `w[i..]`, after a `CREATE TABLE`'s name, is `[OF type | PARTITION
/// OF parent] [(elements)]` followed by clauses PostgreSQL allows there:
/// `INHERITS (...)`, `PARTITION BY RANGE | LIST | HASH (...)`, `USING
/// method`, `WITH (...)`, `WITHOUT OIDS`, `ON COMMIT ...`, `TABLESPACE name`,
/// a partition's `FOR VALUES ...` or `DEFAULT`, then an optional `;`, or
/// `AS query`.
fn table_tail(w: &[Word<'_>], mut i: usize) -> bool {
    let kw = |k: usize| w.get(k).map_or("", |w| w.upper.as_str());
    let name = |k: usize| w.get(k).and_then(identifier).map(|_| k + 1);
    // The index after the parenthesised group that starts at `k`.
    let group = |k: usize| {
        (kw(k) == "(")
            .then(|| closing(w, k))
            .flatten()
            .map(|c| c + 1)
    };
    match (kw(i), kw(i + 1)) {
        ("OF", _) => match name(i + 1) {
            Some(next) => i = next,
            None => return false,
        },
        ("PARTITION", "OF") => match name(i + 2) {
            Some(next) => i = next,
            None => return false,
        },
        _ => {}
    }
    if kw(i) == "(" {
        match group(i) {
            Some(next) => i = next,
            None => return false,
        }
    }
    loop {
        let next = match (kw(i), kw(i + 1)) {
            // `AS query` (after a column list of names) is the query's
            // grammar, not checked here.
            ("" | "AS", _) | (";", "") => return true,
            ("INHERITS", _) | ("WITH", "(") => group(i + 1),
            ("PARTITION", "BY") if matches!(kw(i + 2), "RANGE" | "LIST" | "HASH") => group(i + 3),
            ("USING" | "TABLESPACE", _) => name(i + 1),
            ("WITHOUT", "OIDS") => Some(i + 2),
            ("ON", "COMMIT") => match (kw(i + 2), kw(i + 3)) {
                ("PRESERVE" | "DELETE", "ROWS") => Some(i + 4),
                ("DROP", _) => Some(i + 3),
                _ => None,
            },
            ("FOR", "VALUES") => match kw(i + 2) {
                "IN" | "WITH" => group(i + 3),
                "FROM" => {
                    group(i + 3).and_then(|to| (kw(to) == "TO").then(|| group(to + 1)).flatten())
                }
                _ => None,
            },
            ("DEFAULT", _) => Some(i + 1),
            _ => None,
        };
        match next {
            Some(next) => i = next,
            None => return false,
        }
    }
}

/// Whether what follows a `CREATE TABLE`'s column list declares it
/// partitioned: `PARTITION BY`, possibly after `INHERITS (...)` or a
/// `PARTITION OF` bound.
fn partition_by(rest: &str) -> bool {
    words(rest, 256)
        .windows(2)
        .any(|p| p[0].upper == "PARTITION" && p[1].upper == "BY")
}

/// Reads one `ALTER TABLE` clause sqlparser refused: the catalogue-only
/// forms as [`OpKind::Other`], the rewrites as [`OpKind::RewriteTable`].
pub(crate) fn alter_clause(table: &str, clause: &str) -> Option<OpKind> {
    let w = words(clause, 12);
    let kw = |i: usize| w.get(i).map_or("", |w| w.upper.as_str());
    let other = || {
        Some(OpKind::Other {
            summary: format!("ALTER TABLE {} {}", kw(0), kw(1)),
        })
    };
    match (kw(0), kw(1)) {
        ("SET", "TABLESPACE" | "LOGGED" | "UNLOGGED" | "ACCESS")
            if kw(1) != "ACCESS" || kw(2) == "METHOD" =>
        {
            let what = if kw(1) == "ACCESS" {
                "SET ACCESS METHOD".to_owned()
            } else {
                format!("SET {}", kw(1))
            };
            Some(OpKind::RewriteTable {
                table: table.to_owned(),
                cause: format!("`ALTER TABLE ... {what}` rewrites"),
            })
        }
        ("SET", "WITHOUT" | "SCHEMA" | "(")
        | ("RESET", "(")
        | ("CLUSTER", "ON")
        | ("OF" | "INHERIT" | "OWNER" | "REPLICA" | "ENABLE" | "DISABLE" | "FORCE", _)
        | ("NOT", "OF")
        | ("NO", "INHERIT" | "FORCE")
        | ("RENAME", "CONSTRAINT") => catalogue_clause(&words(clause, usize::MAX))
            .then(other)
            .flatten(),
        ("ADD", "CONSTRAINT") => add_not_null(table, &w),
        ("ALTER", _) => {
            let at = if kw(1) == "COLUMN" { 3 } else { 2 };
            // `SET STORAGE | COMPRESSION name` and `SET STATISTICS n` as
            // PostgreSQL 15 writes them (`SET STORAGE DEFAULT` is 16's).
            let value = w.get(at + 2);
            let ends = w.len() == at + 3;
            let setting = match (kw(at), kw(at + 1)) {
                ("SET", "STORAGE") => {
                    ends && value.and_then(identifier).is_some_and(|v| v != "default")
                }
                ("SET", "COMPRESSION") => ends && value.and_then(identifier).is_some(),
                ("SET", "STATISTICS") => {
                    let digits = w
                        .get(at + 2..)
                        .unwrap_or_default()
                        .iter()
                        .map(|w| w.raw)
                        .collect::<String>();
                    let digits = digits.strip_prefix('-').unwrap_or(&digits);
                    !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit())
                }
                _ => false,
            };
            if (kw(at), kw(at + 1)) == ("SET", "EXPRESSION") && kw(at + 2) == "AS" {
                return Some(OpKind::SetExpression {
                    table: table.to_owned(),
                    column: identifier(w.get(at - 1)?)?,
                });
            }
            let catalogue = setting
                || matches!(
                    (kw(at), kw(at + 1)),
                    (
                        "SET",
                        "(" | "GENERATED"
                            | "INCREMENT"
                            | "START"
                            | "CACHE"
                            | "CYCLE"
                            | "NO"
                            | "MINVALUE"
                            | "MAXVALUE"
                    ) | ("RESET", "(")
                        | ("DROP", "IDENTITY" | "EXPRESSION")
                        | ("RESTART", _)
                        | ("ADD", "GENERATED")
                );
            catalogue.then(|| OpKind::Other {
                summary: format!("ALTER TABLE ALTER COLUMN {} {}", kw(at), kw(at + 1)),
            })
        }
        _ => None,
    }
}

/// A column definition or `ADD [COLUMN]` clause with a PostgreSQL 18
/// virtual generated column (`GENERATED ALWAYS AS (expr) [VIRTUAL]`),
/// rewritten with `STORED`, which sqlparser reads; `None` when there is none.
/// [`into_virtual`] turns what that lowers to back into a virtual column.
pub(crate) fn as_stored(clause: &str) -> Option<String> {
    let upper = clause.to_ascii_uppercase();
    let at = upper.find("GENERATED ALWAYS AS")? + "GENERATED ALWAYS AS".len();
    let expression = parenthesised(clause.get(at..)?)?;
    let open = clause[at..].len() - clause[at..].trim_start().len();
    let end = at + open + expression.len() + 2;
    let rest = clause.get(end..)?;
    let next = words(rest, 1);
    match next.first().map(|w| w.upper.as_str()) {
        Some("STORED") => None,
        Some("VIRTUAL") => {
            let skip = rest.to_ascii_uppercase().find("VIRTUAL")? + "VIRTUAL".len();
            Some(format!("{} STORED{}", &clause[..end], &rest[skip..]))
        }
        _ => Some(format!("{} STORED{rest}", &clause[..end])),
    }
}

/// Makes the generated columns of what [`as_stored`]'s text lowered to virtual.
pub(crate) fn into_virtual(mut kinds: Vec<OpKind>) -> Vec<OpKind> {
    for kind in &mut kinds {
        let columns = match kind {
            OpKind::AddColumn { column, .. } => std::slice::from_mut(column),
            OpKind::CreateTable { columns, .. } => columns.as_mut_slice(),
            _ => continue,
        };
        for column in columns.iter_mut().filter(|c| c.generated) {
            column.generated = false;
            column.virtual_generated = true;
        }
    }
    kinds
}

/// `ADD CONSTRAINT name NOT NULL column [NOT VALID]` (PostgreSQL 18).
fn add_not_null(table: &str, w: &[Word<'_>]) -> Option<OpKind> {
    let kw = |i: usize| w.get(i).map_or("", |w| w.upper.as_str());
    if (kw(3), kw(4)) != ("NOT", "NULL") {
        return None;
    }
    let name = identifier(w.get(2)?)?;
    let column = identifier(w.get(5)?)?;
    let validated = match w.len() {
        6 => true,
        8 if (kw(6), kw(7)) == ("NOT", "VALID") => false,
        _ => return None,
    };
    Some(OpKind::AddConstraint {
        table: table.to_owned(),
        kind: ConstraintKind::NotNull,
        validated,
        using_index: false,
        name: Some(name),
        not_null_column: Some(column),
    })
}

/// The clause without the PostgreSQL 15 decorations sqlparser does not read
/// and no rule looks at: column `COMPRESSION x`, `COLLATE x`, `USING INDEX
/// TABLESPACE x`, and the column list of `ON DELETE SET NULL | DEFAULT (a,
/// b)`. `None` when there is nothing to take out. (A column's `STORAGE x` in
/// `CREATE TABLE` is PostgreSQL 16's, and stays unread.)
pub(crate) fn simplify(clause: &str) -> Option<String> {
    cut_decorations(clause, false)
}

/// [`simplify`], and for an element of a new table also a `CHECK`'s `NO
/// INHERIT` and `NOT VALID`, which on an empty table change nothing a rule
/// looks at.
fn simplify_element(element: &str) -> Option<String> {
    cut_decorations(element, true)
}

fn cut_decorations(clause: &str, new_table: bool) -> Option<String> {
    let w = words(clause, usize::MAX);
    let mut cut: Vec<(usize, usize)> = Vec::new();
    let mut i = 0;
    while i < w.len() {
        let span = |from: usize, to: usize| -> Option<(usize, usize)> {
            let start = offset(clause, w.get(from)?)?;
            let last = w.get(to)?;
            Some((start, offset(clause, last)? + last.raw.len()))
        };
        let up = |k: usize| w.get(k).map_or("", |w| w.upper.as_str());
        let found = match up(i) {
            "COMPRESSION" | "COLLATE" => span(i, i + 1).map(|s| (s, 2)),
            "NO" | "NOT"
                if new_table
                    && matches!((up(i), up(i + 1)), ("NO", "INHERIT") | ("NOT", "VALID")) =>
            {
                span(i, i + 1).map(|s| (s, 2))
            }
            "USING" if up(i + 1) == "INDEX" && up(i + 2) == "TABLESPACE" => {
                span(i, i + 3).map(|s| (s, 4))
            }
            "SET"
                if up(i.wrapping_sub(1)) == "DELETE"
                    && matches!(up(i + 1), "NULL" | "DEFAULT")
                    && up(i + 2) == "(" =>
            {
                let close = (i + 2..w.len()).find(|&k| w[k].upper == ")");
                close.and_then(|c| span(i + 2, c).map(|s| (s, c + 1 - i)))
            }
            _ => None,
        };
        match found {
            Some((range, len)) => {
                cut.push(range);
                i += len;
            }
            None => i += 1,
        }
    }
    if cut.is_empty() {
        return None;
    }
    let mut out = String::with_capacity(clause.len());
    let mut at = 0;
    for (start, end) in cut {
        out.push_str(clause.get(at..start)?);
        out.push(' ');
        at = end;
    }
    out.push_str(clause.get(at..)?);
    Some(out)
}

/// A word that can be a name: not punctuation, not a string literal.
fn identifier(word: &Word<'_>) -> Option<String> {
    let first = word.raw.bytes().next()?;
    (first.is_ascii_alphabetic() || first == b'_' || first == b'"' || first >= 0x80)
        .then(|| normalize_name(word.raw))
}

/// Whether `w`, a whole `ALTER TABLE` clause that changes the catalogue
/// only, has one of PostgreSQL's shapes for it: `SET WITHOUT CLUSTER |
/// OIDS`, `SET SCHEMA s`, `SET | RESET (...)`, `CLUSTER ON i`, `[NOT] OF t`,
/// `[NO] INHERIT p`, `OWNER TO r`, `REPLICA IDENTITY ...`, `ENABLE [ALWAYS |
/// REPLICA] | DISABLE TRIGGER | RULE name`, `ENABLE | DISABLE | [NO] FORCE
/// ROW LEVEL SECURITY`, `RENAME CONSTRAINT a TO b`. A clause cut short or
/// with more after it is none of them.
fn catalogue_clause(w: &[Word<'_>]) -> bool {
    let kw = |i: usize| w.get(i).map_or("", |w| w.upper.as_str());
    let name = |i: usize| w.get(i).and_then(identifier).is_some();
    let ends = |i: usize| i == w.len() || (i + 1 == w.len() && kw(i) == ";");
    let named_last = |i: usize| name(i) && ends(i + 1);
    let row_security =
        |i: usize| (kw(i), kw(i + 1), kw(i + 2)) == ("ROW", "LEVEL", "SECURITY") && ends(i + 3);
    match (kw(0), kw(1)) {
        ("SET", "WITHOUT") => matches!(kw(2), "CLUSTER" | "OIDS") && ends(3),
        ("SET", "SCHEMA") | ("CLUSTER", "ON") | ("OWNER", "TO") | ("NO", "INHERIT") => {
            named_last(2)
        }
        ("SET" | "RESET", "(") => closing(w, 1).is_some_and(|close| ends(close + 1)),
        ("OF" | "INHERIT", _) => named_last(1),
        ("NOT", "OF") => ends(2),
        ("REPLICA", "IDENTITY") => match kw(2) {
            "DEFAULT" | "FULL" | "NOTHING" => ends(3),
            "USING" => kw(3) == "INDEX" && named_last(4),
            _ => false,
        },
        ("ENABLE" | "DISABLE", _) => {
            let at = if kw(0) == "ENABLE" && matches!(kw(1), "ALWAYS" | "REPLICA") {
                2
            } else {
                1
            };
            match kw(at) {
                "TRIGGER" | "RULE" => named_last(at + 1),
                _ => at == 1 && row_security(1),
            }
        }
        ("FORCE", _) => row_security(1),
        ("NO", "FORCE") => row_security(2),
        ("RENAME", "CONSTRAINT") => name(2) && kw(3) == "TO" && named_last(4),
        _ => false,
    }
}

/// The text inside the first parenthesised group of `text`, which must start
/// (after white space) with `(`.
fn parenthesised(text: &str) -> Option<&str> {
    let open = text.len() - text.trim_start().len();
    if text.as_bytes().get(open) != Some(&b'(') {
        return None;
    }
    let mut depth = 0usize;
    let mut quote: Option<char> = None;
    for (i, c) in text[open..].char_indices() {
        match quote {
            Some(q) if c == q => quote = None,
            Some(_) => {}
            None => match c {
                '\'' | '"' => quote = Some(c),
                '(' => depth += 1,
                ')' => {
                    depth -= 1;
                    if depth == 0 {
                        return text.get(open + 1..open + i);
                    }
                }
                _ => {}
            },
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ir::ColumnSpec;

    fn columns(op: &OpKind) -> Vec<&ColumnSpec> {
        match op {
            OpKind::CreateTable { columns, .. } => columns.iter().collect(),
            _ => Vec::new(),
        }
    }

    fn lower(text: &str) -> Option<Vec<OpKind>> {
        let parse = |s: &str| {
            sqlparser::parser::Parser::parse_sql(&sqlparser::dialect::PostgreSqlDialect {}, s)
                .ok()
                .map(|v| {
                    v.iter()
                        .flat_map(|s| {
                            super::super::lower::lower(s, shipgate_config::Dialect::Postgres).kinds
                        })
                        .collect()
                })
        };
        statement(text, &parse)
    }

    #[test]
    fn create_index_forms_sqlparser_refuses() {
        let ops = lower("CREATE UNIQUE INDEX IF NOT EXISTS i ON ONLY parted (a)").unwrap();
        assert_eq!(
            ops,
            [OpKind::CreateIndex {
                table: "parted".into(),
                name: Some("i".into()),
                concurrently: false,
                unique: true,
                kind: IndexKind::Regular,
                only: true,
            }]
        );
        let ops = lower("create index on t using gist (a tsvector_ops(siglen=484))").unwrap();
        assert!(matches!(&ops[0], OpKind::CreateIndex { name: None, table, .. } if table == "t"));
        // Not the shape: left to the caller, which reports it.
        assert!(lower("CREATE INDEX IF NOT EXISTS ON onek USING btree(a)").is_none());
        assert!(lower("CREATE INDEX i ON").is_none());
        // The rest must still be a statement the parser reads.
        for malformed in [
            "CREATE INDEX CONCURRENTLY j ON t (;",
            "CREATE INDEX j ON ONLY t (;",
            "CREATE INDEX j ON ONLY t ()",
            "CREATE INDEX j ON ONLY t (a,, b)",
            "CREATE INDEX j ON ONLY t (a) garbage",
            "CREATE INDEX j ON t USING gist (a tsvector_ops(siglen=484)",
            "CREATE INDEX j ON t USING gist (a tsvector_ops(siglen=484))) x",
            "CREATE INDEX k ON t (c) TABLESPACE",
            "CREATE INDEX k ON t (c,) TABLESPACE ts",
            "CREATE INDEX CONCURRENTLY j ON t (a text_ops(;));",
            "CREATE INDEX j ON t (a text_ops(garbage garbage))",
            "CREATE INDEX j ON t (a text_ops())",
            "CREATE INDEX j ON t (a text_ops(siglen=))",
        ] {
            assert!(lower(malformed).is_none(), "{malformed}");
        }
        let ops = lower(
            "CREATE INDEX j ON ONLY t USING gist (lower(a) tsvector_ops(siglen=4), b) INCLUDE (c) WHERE b > 0",
        )
        .unwrap();
        assert!(matches!(&ops[0], OpKind::CreateIndex { only: true, .. }));
        assert!(
            lower("CREATE INDEX j ON t USING gist (a tsvector_ops(siglen = 484, x), b)").is_some()
        );
        // A signed value, as in PostgreSQL's own tests.
        assert!(
            lower(
                "CREATE INDEX b ON t USING brin (a bytea_bloom_ops(n_distinct_per_range = -1.1))"
            )
            .is_some()
        );
        let ops = lower("CREATE INDEX k ON s.t (c) TABLESPACE ts").unwrap();
        assert!(matches!(&ops[0], OpKind::CreateIndex { table, .. } if table == "t"));
    }

    #[test]
    fn create_table_forms_sqlparser_refuses() {
        let ops = lower(
            "CREATE TABLE c (f1 text COMPRESSION lz4, LIKE other INCLUDING ALL, n int NOT NULL COLLATE \"C\") USING heap2",
        )
        .unwrap();
        let cols = columns(&ops[0]);
        assert_eq!(
            cols.iter().map(|c| c.name.as_str()).collect::<Vec<_>>(),
            ["f1", "n"]
        );
        assert!(cols[1].not_null);
        let ops = lower("CREATE TABLE IF NOT EXISTS persons OF person_type").unwrap();
        assert!(matches!(&ops[0], OpKind::CreateTable { table, .. } if table == "persons"));
        assert!(lower("CREATE TABLE foo foo").is_none());
        // PostgreSQL 16's column STORAGE, and OIDS, are refused by 15.
        assert!(lower("CREATE TABLE s (c text STORAGE plain) USING heap").is_none());
        assert!(lower("CREATE TABLE o () WITH OIDS").is_none());
        assert!(
            lower("create table nv (d date, check (false) no inherit not valid) using heap")
                .is_some()
        );
        assert!(lower("CREATE TABLE f (a int, FOREIGN KEY (a) REFERENCES p ON UPDATE SET NULL (a)) USING heap").is_none());
        assert!(
            lower("CREATE TABLE l (LIKE p INCLUDING ALL EXCLUDING INDEXES) USING heap").is_some()
        );
        assert!(lower("CREATE TABLE l (LIKE p INCLUDING) USING heap").is_none());
        assert!(lower("CREATE TABLE e (i int DEFAULT (100, )) USING heap").is_none());
        let ops = lower("CREATE TABLE n (a, b) AS SELECT 1, 2").unwrap();
        assert!(columns(&ops[0]).is_empty());
        assert!(lower("CREATE TABLE 'x' (a int)").is_none());
    }

    /// After the column list, the type or the parent, only the clauses
    /// PostgreSQL allows there: anything else leaves the statement unread
    /// (it was read, and passed, before).
    #[test]
    fn create_table_tails_are_checked() {
        for text in [
            "CREATE TABLE c (f1 text COMPRESSION lz4) USING heap2 WITH (fillfactor = 70) TABLESPACE ts",
            "CREATE TABLE l (LIKE p INCLUDING ALL) INHERITS (p) PARTITION BY RANGE (a)",
            "CREATE TABLE c PARTITION OF p FOR VALUES FROM (1) TO (10)",
            "CREATE TABLE c PARTITION OF p (a NOT NULL) FOR VALUES IN (1, 2) USING heap",
            "CREATE TABLE c PARTITION OF p FOR VALUES WITH (MODULUS 4, REMAINDER 0);",
            "CREATE TABLE c PARTITION OF p DEFAULT",
            "CREATE TABLE persons OF person_type (name WITH OPTIONS NOT NULL) USING heap",
            "CREATE TEMP TABLE t (c text COMPRESSION pglz) ON COMMIT DELETE ROWS WITHOUT OIDS",
        ] {
            assert!(lower(text).is_some(), "{text}");
        }
        for text in [
            "CREATE TABLE c (f1 text COMPRESSION lz4) garbage",
            "CREATE TABLE c (f1 text COMPRESSION lz4) USING heap garbage",
            "CREATE TABLE c (f1 text COMPRESSION lz4) WITH",
            "CREATE TABLE c (f1 text COMPRESSION lz4) PARTITION BY RANGE a",
            "CREATE TABLE c (f1 text COMPRESSION lz4) ON COMMIT KEEP",
            "CREATE TABLE c PARTITION OF p garbage",
            "CREATE TABLE c PARTITION OF p FOR VALUES FROM (1)",
            "CREATE TABLE c PARTITION OF p FOR VALUES FROM (1) TO (2) garbage",
            "CREATE TABLE persons OF person_type garbage",
            "CREATE TABLE c (LIKE p) USING heap; DROP TABLE p",
        ] {
            assert!(lower(text).is_none(), "{text}");
        }
    }

    #[test]
    fn create_table_keeps_its_not_null_checks() {
        let checks = |text: &str| match lower(text).as_deref() {
            Some(
                [
                    OpKind::CreateTable {
                        not_null_checks, ..
                    },
                    ..,
                ],
            ) => {
                let mut columns = not_null_checks.clone();
                columns.sort();
                columns
            }
            other => panic!("{other:?}"),
        };
        // Through sqlparser: a table check (as pg_dump writes it, doubly
        // parenthesised) and a column check; a NOT ENFORCED one and a check
        // of anything else prove nothing.
        assert_eq!(
            checks(
                "CREATE TABLE p (a int, b int CHECK (b IS NOT NULL), c int, d int, CONSTRAINT a_nn CHECK ((a IS NOT NULL)), CHECK (c IS NOT NULL) NOT ENFORCED, CHECK (d > 0))"
            ),
            ["a", "b"]
        );
        // Through this fallback (`USING heap` is not sqlparser's).
        assert_eq!(
            checks(
                "CREATE TABLE p (a int COMPRESSION lz4, CONSTRAINT a_nn CHECK ((a IS NOT NULL))) USING heap"
            ),
            ["a"]
        );
    }

    #[test]
    fn alter_table_clauses() {
        assert!(matches!(
            alter_clause("t", "SET TABLESPACE fast"),
            Some(OpKind::RewriteTable { cause, .. }) if cause == "`ALTER TABLE ... SET TABLESPACE` rewrites"
        ));
        assert!(matches!(
            alter_clause("t", "set access method heap2"),
            Some(OpKind::RewriteTable { cause, .. }) if cause == "`ALTER TABLE ... SET ACCESS METHOD` rewrites"
        ));
        for catalogue in [
            "alter a set storage plain",
            "ALTER COLUMN a SET STATISTICS 0",
            "ALTER COLUMN a DROP IDENTITY IF EXISTS",
            "CLUSTER ON t_pkey",
            "SET WITHOUT CLUSTER",
            "SET SCHEMA other",
            "NOT OF",
            "RESET (fillfactor)",
        ] {
            assert!(
                matches!(alter_clause("t", catalogue), Some(OpKind::Other { .. })),
                "{catalogue}"
            );
        }
        for catalogue in [
            "SET WITHOUT OIDS",
            "SET (fillfactor = 70, autovacuum_enabled = false)",
            "OF person_type",
            "INHERIT parent",
            "NO INHERIT public.parent",
            "OWNER TO CURRENT_USER",
            "REPLICA IDENTITY FULL",
            "REPLICA IDENTITY USING INDEX t_pkey",
            "ENABLE TRIGGER ALL",
            "DISABLE TRIGGER audit",
            "ENABLE ALWAYS TRIGGER audit",
            "ENABLE REPLICA RULE r",
            "ENABLE ROW LEVEL SECURITY",
            "NO FORCE ROW LEVEL SECURITY",
            "FORCE ROW LEVEL SECURITY",
            "RENAME CONSTRAINT a TO b",
        ] {
            assert!(
                matches!(alter_clause("t", catalogue), Some(OpKind::Other { .. })),
                "{catalogue}"
            );
        }
        // Forms that change data or types are not this fallback's; nor are
        // the catalogue's forms cut short or with more after them, which
        // PostgreSQL refuses.
        for not_here in [
            "ALTER COLUMN a TYPE text",
            "ALTER a SET NOT NULL",
            "SET foo",
            "DISABLE TRIGGER",
            "ENABLE TRIGGER a b",
            "ENABLE ALWAYS ROW LEVEL SECURITY",
            "ENABLE ROW LEVEL",
            "RENAME CONSTRAINT a b",
            "RENAME CONSTRAINT a TO",
            "OWNER TO",
            "OF",
            "NOT OF t",
            "INHERIT a, b",
            "CLUSTER ON",
            "SET WITHOUT LOGGING",
            "SET (fillfactor = 70",
            "RESET (fillfactor) x",
            "REPLICA IDENTITY USING t_pkey",
            "FORCE ROW SECURITY",
        ] {
            assert!(alter_clause("t", not_here).is_none(), "{not_here}");
        }
    }

    #[test]
    fn simplify_takes_out_decorations_only() {
        assert_eq!(
            simplify("ADD CONSTRAINT u UNIQUE (id) USING INDEX TABLESPACE fast").as_deref(),
            Some("ADD CONSTRAINT u UNIQUE (id)  ")
        );
        assert_eq!(
            simplify("FOREIGN KEY (a) REFERENCES p ON DELETE SET NULL (a)").as_deref(),
            Some("FOREIGN KEY (a) REFERENCES p ON DELETE SET NULL  ")
        );
        assert_eq!(
            simplify("ALTER b TYPE char(2) COLLATE \"POSIX\"").as_deref(),
            Some("ALTER b TYPE char(2)  ")
        );
        assert_eq!(simplify("ADD COLUMN a int"), None);
        assert_eq!(
            simplify("FOREIGN KEY (a) REFERENCES p ON UPDATE SET NULL (a)"),
            None
        );
    }
}
