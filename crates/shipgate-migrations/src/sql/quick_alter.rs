//! `ALTER TABLE t ADD [COLUMN] c type [DEFAULT literal] [[NOT] NULL], ...`
//! on PostgreSQL, the most common statement of migrations after `CREATE
//! INDEX`, read word by word without the parser.
//!
//! Only that shape is read: a plain table and column name, a type of plain
//! words with at most a numeric length or precision and `[]`, and a default
//! that is a number, a standard string, a boolean, `NULL`, a call without
//! arguments (`now()`) or `CURRENT_TIMESTAMP`. Anything else (a constraint,
//! a cast, a collation, `IF NOT EXISTS`, a quoted name) is left to the
//! parser; the tests check that what is read here is what the parser's path
//! makes of the same statement.

use super::fallback::{Word, words};
use super::pg_ddl::NOT_COLUMNS;
use super::text::{default_value, is_serial, parse_type};
use crate::ir::{ColumnSpec, ColumnType, DefaultValue, OpKind};

/// The most words a statement read here may have; a longer one is the parser's.
const MAX_WORDS: usize = 512;

/// The `AddColumn` operations of `text`, or `None` when it is not of the
/// shape read here.
pub(crate) fn add_columns(text: &str) -> Option<Vec<OpKind>> {
    // Most `ALTER TABLE`s of other shapes are told by their first words,
    // before the whole statement is read.
    let head = words(text, 7);
    let head_kw = |i: usize| head.get(i).map_or("", |w| w.upper.as_str());
    if !(2..head.len()).any(|i| head_kw(i) == "ADD") {
        return None;
    }
    let w = words(text, MAX_WORDS);
    if w.len() >= MAX_WORDS {
        return None;
    }
    let kw = |i: usize| w.get(i).map_or("", |w| w.upper.as_str());
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
    let table = plain(w.get(i)?)?.to_ascii_lowercase();
    i += 1;
    let mut ops = Vec::new();
    loop {
        if kw(i) != "ADD" {
            return None;
        }
        i += 1;
        if kw(i) == "COLUMN" {
            i += 1;
        }
        let name = plain(w.get(i)?)?;
        // A table constraint, or `ADD COLUMN IF NOT EXISTS`.
        if NOT_COLUMNS.contains(&kw(i)) || matches!(kw(i), "IF" | "COLUMN") {
            return None;
        }
        let (ty, next) = column_type(&w, i + 1)?;
        i = next;
        let mut not_null = None;
        let mut default = None;
        loop {
            match kw(i) {
                "NOT" if kw(i + 1) == "NULL" && not_null.is_none() => {
                    not_null = Some(true);
                    i += 2;
                }
                "NULL" if not_null.is_none() => {
                    not_null = Some(false);
                    i += 1;
                }
                "DEFAULT" if default.is_none() => {
                    let (value, next) = literal(&w, i + 1)?;
                    default = Some(value);
                    i = next;
                }
                _ => break,
            }
        }
        ops.push(OpKind::AddColumn {
            table: table.clone(),
            column: ColumnSpec {
                name: name.to_owned(),
                auto_increment: is_serial(&ty),
                ty,
                not_null: not_null.unwrap_or(false),
                default,
                generated: false,
                virtual_generated: false,
            },
            positioned: false,
        });
        match kw(i) {
            "," => i += 1,
            ";" => {
                i += 1;
                break;
            }
            _ => break,
        }
    }
    (i == w.len()).then_some(ops)
}

/// A plain name: letters, digits and `_`, not starting with a digit (a
/// quoted or qualified name is the parser's).
fn plain<'a>(word: &Word<'a>) -> Option<&'a str> {
    let bytes = word.raw.as_bytes();
    let first = *bytes.first()?;
    (!first.is_ascii_digit()
        && bytes
            .iter()
            .all(|b| b.is_ascii_alphanumeric() || *b == b'_'))
    .then_some(word.raw)
}

/// Words that may follow a type's first word as part of its name.
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
fn column_type(w: &[Word<'_>], mut i: usize) -> Option<(ColumnType, usize)> {
    let kw = |k: usize| w.get(k).map_or("", |w| w.upper.as_str());
    let first = plain(w.get(i)?)?;
    if NOT_TYPES.contains(&kw(i)) {
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
    if kw(i) == "(" {
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
fn literal(w: &[Word<'_>], i: usize) -> Option<(DefaultValue, usize)> {
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
        _ if plain(w.get(i)?).is_some() && (kw(i + 1), kw(i + 2)) == ("(", ")") => {
            (format!("{raw}()"), i + 3)
        }
        _ => return None,
    };
    Some((default_value(&text), next))
}

#[cfg(test)]
mod tests {
    use super::add_columns;
    use crate::sql::tests::parsed;

    /// Every statement read here, the parser reads too, to the same
    /// operations with no hints: on PostgreSQL's regression DDL, the
    /// examples and the shapes of real migrations.
    #[test]
    fn quick_add_columns_read_as_the_parser_reads_them() {
        let mut texts: Vec<String> = [
            "ALTER TABLE post ADD COLUMN deleted boolean DEFAULT FALSE NOT NULL",
            "ALTER TABLE user_ ADD COLUMN theme varchar(20) DEFAULT 'darkly' NOT NULL",
            "ALTER TABLE user_ ADD COLUMN default_sort_type smallint DEFAULT 0 NOT NULL",
            "alter table site add column enable_downvotes boolean default true not null;",
            "ALTER TABLE person ADD COLUMN matrix_user_id text",
            "ALTER TABLE person\n    ADD COLUMN actor_id character varying(255) NOT NULL DEFAULT 'http://fake.com', -- from the site url\n    ADD COLUMN bio text, -- a comment\n    ADD COLUMN local boolean NOT NULL DEFAULT TRUE,\n    ADD COLUMN last_refreshed_at timestamp NOT NULL DEFAULT now()",
            "ALTER TABLE ONLY ledger ADD amount numeric(12, 2) NOT NULL DEFAULT 0.00",
            "ALTER TABLE IF EXISTS t ADD COLUMN c double precision NULL",
            "ALTER TABLE t ADD COLUMN c timestamp with time zone DEFAULT CURRENT_TIMESTAMP",
            "ALTER TABLE t ADD COLUMN c timestamp(3) without time zone DEFAULT now()",
            "ALTER TABLE t ADD COLUMN c time with time zone",
            "ALTER TABLE t ADD COLUMN c timestamptz NOT NULL DEFAULT now()",
            "ALTER TABLE t ADD COLUMN c text[] NOT NULL DEFAULT '{}'",
            "ALTER TABLE t ADD COLUMN c int DEFAULT -1",
            "ALTER TABLE t ADD COLUMN c bigserial",
            "ALTER TABLE t ADD COLUMN c serial NOT NULL",
            "ALTER TABLE t ADD COLUMN c uuid DEFAULT gen_random_uuid() NOT NULL",
            "ALTER TABLE t ADD COLUMN c listing_type_enum DEFAULT 'local' NOT NULL",
            "ALTER TABLE t ADD COLUMN c text DEFAULT 'it''s' NULL",
            "ALTER TABLE t ADD COLUMN c jsonb DEFAULT NULL",
            "ALTER TABLE t ADD COLUMN c character(3) DEFAULT 'EUR'",
            "ALTER TABLE t ADD COLUMN c int8, ADD COLUMN d float8, ADD COLUMN e int2",
            "ALTER TABLE Fees ADD COLUMN Amount_Cents INTEGER",
        ]
        .iter()
        .map(|s| (*s).to_owned())
        .collect();
        texts.extend(crate::testing::postgres_corpus_statements());
        let mut read = 0;
        for text in &texts {
            let Some(kinds) = add_columns(text) else {
                continue;
            };
            read += 1;
            let ops =
                parsed(text).unwrap_or_else(|| panic!("the parser refuses what was read: {text}"));
            let parsed_kinds: Vec<_> = ops.iter().map(|op| op.kind.clone()).collect();
            assert_eq!(kinds, parsed_kinds, "{text}");
            for op in &ops {
                assert_eq!(op.hints, crate::ir::AlterHints::default(), "{text}");
            }
        }
        assert!(read > 150, "only {read} statements read quickly");
    }

    /// What this reader cannot check word by word is the parser's, which
    /// reads it or reports it.
    #[test]
    fn other_shapes_are_left_to_the_parser() {
        for text in [
            // Constraints, casts, collations, generated and quoted names.
            "ALTER TABLE t ADD COLUMN c text UNIQUE",
            "ALTER TABLE t ADD COLUMN c int REFERENCES u (id)",
            "ALTER TABLE t ADD COLUMN c int PRIMARY KEY",
            "ALTER TABLE t ADD COLUMN c int CHECK (c > 0)",
            "ALTER TABLE t ADD COLUMN c text DEFAULT 'x'::text",
            "ALTER TABLE t ADD COLUMN c text COLLATE \"C\"",
            "ALTER TABLE t ADD COLUMN c int GENERATED ALWAYS AS IDENTITY",
            "ALTER TABLE t ADD COLUMN \"Order\" int",
            "ALTER TABLE public.t ADD COLUMN c int",
            "ALTER TABLE t ADD COLUMN IF NOT EXISTS c int",
            "ALTER TABLE t ADD CONSTRAINT k UNIQUE (c)",
            "ALTER TABLE t ADD COLUMN c text DEFAULT E'a\\'b'",
            "ALTER TABLE t ADD COLUMN c text DEFAULT 'a\\b'",
            "ALTER TABLE t ADD COLUMN c int DEFAULT 1 + 1",
            "ALTER TABLE t ADD COLUMN c interval DAY",
            "ALTER TABLE t ADD COLUMN c varchar(20)[]",
            "ALTER TABLE t ADD COLUMN c int, DROP COLUMN d",
            "ALTER TABLE t DROP COLUMN d",
            // Not SQL.
            "ALTER TABLE t ADD COLUMN c",
            "ALTER TABLE t ADD COLUMN c int,",
            "ALTER TABLE t ADD COLUMN c int NOT NULL NOT NULL",
            "ALTER TABLE t ADD COLUMN c int DEFAULT",
            "ALTER TABLE t ADD COLUMN c numeric(12,",
            "ALTER TABLE t ADD COLUMN c numeric(a)",
            "ALTER TABLE t ADD COLUMN c int garbage",
            "ALTER TABLE t ADD COLUMN c int; ALTER TABLE t ADD COLUMN d int",
            "ALTER TABLE t ADD COLUMN 1c int",
            "ALTER TABLE t ADD COLUMN c text DEFAULT 'never closed",
        ] {
            assert!(add_columns(text).is_none(), "{text}");
        }
    }
}
