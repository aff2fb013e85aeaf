//! The pieces of a column definition the quick readers read: plain names,
//! types and literal defaults.

use super::super::fallback::{Word, plain_name};
use super::super::text::{default_value, parse_type};
use crate::ir::{ColumnType, DefaultValue};

/// Whether an uppercased word is one of the parser's keywords.
pub(super) fn is_keyword(upper: &str) -> bool {
    sqlparser::keywords::ALL_KEYWORDS
        .binary_search(&upper)
        .is_ok()
}

/// How many words after a type's first word are part of its name
/// (`double precision`, `character varying`).
fn continues_type(first: &str, w: &[Word<'_>], i: usize) -> usize {
    let kw = |k: usize| w.get(i + k).map_or("", |w| w.upper.as_str());
    match (first, kw(0)) {
        ("DOUBLE", "PRECISION") | ("CHARACTER", "VARYING") => 1,
        _ => 0,
    }
}

/// A column type starting at word `i`: its words, an optional `(n[, m])`,
/// then for `TIME` and `TIMESTAMP` an optional `WITH[OUT] TIME ZONE`, and an
/// optional `[]`. Returns the type and the index of the word after it.
pub(super) fn column_type(w: &[Word<'_>], mut i: usize) -> Option<(ColumnType, usize)> {
    let kw = |k: usize| w.get(k).map_or("", |w| w.upper.as_str());
    let first = plain_name(w.get(i)?)?;
    // A type of its own name (an enum, a domain, an extension's), or one of
    // the built-in types read here; other keywords are the parser's.
    if NOT_TYPES.contains(&kw(i)) || (is_keyword(kw(i)) && !KEYWORD_TYPES.contains(&kw(i))) {
        return None;
    }
    let upper = kw(i);
    let mut text = first.to_ascii_lowercase();
    let extra = continues_type(upper, w, i + 1);
    for k in 1..=extra {
        text.push(' ');
        text.push_str(&w[i + k].raw.to_ascii_lowercase());
    }
    i += 1 + extra;
    let mut args = false;
    if kw(i) == "(" && SIZED_TYPES.contains(&upper) {
        text.push('(');
        i += 1;
        loop {
            let digits = w.get(i)?.raw;
            if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            text.push_str(digits);
            i += 1;
            match kw(i) {
                "," => text.push(','),
                ")" => break,
                _ => return None,
            }
            i += 1;
        }
        text.push(')');
        i += 1;
        args = true;
    }
    if matches!(upper, "TIME" | "TIMESTAMP")
        && matches!(kw(i), "WITH" | "WITHOUT")
        && (kw(i + 1), kw(i + 2)) == ("TIME", "ZONE")
    {
        text.push(' ');
        text.push_str(&kw(i).to_ascii_lowercase());
        text.push_str(" time zone");
        i += 3;
    }
    if (kw(i), kw(i + 1)) == ("[", "]") && !args {
        text.push_str("[]");
        i += 2;
    }
    Some((parse_type(&text), i))
}

/// The built-in types whose names are also SQL keywords that are read
/// here (the parser prints them with the same words).
const KEYWORD_TYPES: &[&str] = &[
    "BIGINT",
    "BIGSERIAL",
    "BOOL",
    "BOOLEAN",
    "BYTEA",
    "CHAR",
    "CHARACTER",
    "DATE",
    "DECIMAL",
    "DOUBLE",
    "FLOAT",
    "FLOAT4",
    "FLOAT8",
    "INET",
    "INT",
    "INT2",
    "INT4",
    "INT8",
    "INTEGER",
    "JSON",
    "JSONB",
    "NUMERIC",
    "REAL",
    "SERIAL",
    "SMALLINT",
    "TEXT",
    "TIME",
    "TIMESTAMP",
    "TIMESTAMPTZ",
    "UUID",
    "VARCHAR",
];

/// The types read here with a length or precision: `varchar(20)`,
/// `numeric(12, 2)`, `timestamp(3)`.
const SIZED_TYPES: &[&str] = &[
    "CHAR",
    "CHARACTER",
    "DECIMAL",
    "FLOAT",
    "NUMERIC",
    "TIME",
    "TIMESTAMP",
    "VARCHAR",
];

/// Words that are not a type where one is expected (a column option, or
/// a type the parser reads in its own way).
const NOT_TYPES: &[&str] = &[
    "NOT",
    "NULL",
    "DEFAULT",
    "CONSTRAINT",
    "PRIMARY",
    "UNIQUE",
    "CHECK",
    "REFERENCES",
    "GENERATED",
    "COLLATE",
    "INTERVAL",
    "BIT",
    "NATIONAL",
    "SETOF",
];

/// A default starting at word `i`: a number, a standard string, `TRUE`,
/// `FALSE`, `NULL`, `name()` or `CURRENT_TIMESTAMP`, as the parser prints
/// it. Returns it and the index of the word after it.
pub(super) fn literal(w: &[Word<'_>], i: usize) -> Option<(DefaultValue, usize)> {
    let kw = |k: usize| w.get(k).map_or("", |w| w.upper.as_str());
    let raw = w.get(i)?.raw;
    let number = |s: &str| {
        let mut parts = s.splitn(2, '.');
        let whole = parts.next().unwrap_or("");
        let fraction = parts.next();
        !whole.is_empty()
            && whole.bytes().all(|b| b.is_ascii_digit())
            && fraction.is_none_or(|f| !f.is_empty() && f.bytes().all(|b| b.is_ascii_digit()))
    };
    let (text, next) = match kw(i) {
        "TRUE" => ("true".to_owned(), i + 1),
        "FALSE" => ("false".to_owned(), i + 1),
        "NULL" => ("NULL".to_owned(), i + 1),
        "CURRENT_TIMESTAMP" => (raw.to_owned(), i + 1),
        "''" => {
            // A standard string: `''` inside it is a quote; no backslash.
            let inner = raw.strip_prefix('\'')?.strip_suffix('\'')?;
            if raw.len() < 2 || inner.contains('\\') || inner.replace("''", "").contains('\'') {
                return None;
            }
            (raw.to_owned(), i + 1)
        }
        "-" if w.get(i + 1).is_some_and(|w| number(w.raw)) => (format!("-{}", w[i + 1].raw), i + 2),
        _ if number(raw) => (raw.to_owned(), i + 1),
        // A function of its own name (`now`, `gen_random_uuid`): one named
        // by a keyword (`CURRENT_CATALOG`) the parser reads in its own way.
        _ if plain_name(w.get(i)?).is_some()
            && !is_keyword(kw(i))
            && (kw(i + 1), kw(i + 2)) == ("(", ")") =>
        {
            (format!("{raw}()"), i + 3)
        }
        _ => return None,
    };
    Some((default_value(&text), next))
}
