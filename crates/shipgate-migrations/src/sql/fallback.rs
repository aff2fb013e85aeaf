//! Recognises, by their keywords, the statements sqlparser does not read:
//! `DROP INDEX CONCURRENTLY`, `REINDEX`, `OPTIMIZE TABLE`, `CONVERT TO
//! CHARACTER SET`, `VACUUM`, `CLUSTER`, MySQL `FULLTEXT` indexes, and the
//! statement kinds that never need a rule (functions, grants, comments, ...).

use super::text::normalize_name;
use super::upper::Upper;
use crate::ir::{AlterHints, IndexKind, OpKind};

/// A word of a statement: its text as written and uppercased.
#[derive(Debug, Clone)]
pub(crate) struct Word<'a> {
    pub raw: &'a str,
    pub upper: Upper<'a>,
}

/// A word that is a plain name: letters, digits and `_`, not starting with
/// a digit (not a quoted or qualified name, a string or punctuation).
pub(crate) fn plain_name<'a>(word: &Word<'a>) -> Option<&'a str> {
    let bytes = word.raw.as_bytes();
    let first = *bytes.first()?;
    (!first.is_ascii_digit()
        && bytes
            .iter()
            .all(|b| b.is_ascii_alphanumeric() || *b == b'_'))
    .then_some(word.raw)
}

/// Where `word` starts in `text`, when it is a slice of it (a string
/// literal's word is not).
pub(crate) fn offset(text: &str, word: &Word<'_>) -> Option<usize> {
    let at = (word.raw.as_ptr() as usize).checked_sub(text.as_ptr() as usize)?;
    (at + word.raw.len() <= text.len()).then_some(at)
}

/// The words of `text`, skipping comments; a string literal is one word,
/// uppercased as `''`, and punctuation is one word per character.
pub(crate) fn words(text: &str, limit: usize) -> Vec<Word<'_>> {
    read_words(text, limit, false)
}

/// [`words`] of MySQL or MariaDB text, where a backslash escapes the next
/// byte in every string (`'it\'s'`), not only in PostgreSQL's `E'...'`.
pub(crate) fn mysql_words(text: &str, limit: usize) -> Vec<Word<'_>> {
    read_words(text, limit, true)
}

fn read_words(text: &str, limit: usize, backslash_escapes: bool) -> Vec<Word<'_>> {
    let bytes = text.as_bytes();
    // About one word per six bytes of SQL: sized once instead of grown.
    let mut out = Vec::with_capacity(limit.min(text.len() / 6 + 4));
    let mut i = 0;
    while i < bytes.len() && out.len() < limit {
        let b = bytes[i];
        let start = i;
        let class = BYTE_CLASS[usize::from(b)];
        if class == SPACE {
            i += 1;
            continue;
        }
        if matches!(b, b'-' | b'#' | b'/')
            && let Some(end) = super::text::comment_end(text, i)
        {
            i = end;
            continue;
        }
        if b == b'\'' {
            // PostgreSQL's `E'...'` string: a backslash escapes the next
            // byte, a quote among them.
            let escapes = backslash_escapes
                || out.last().is_some_and(|w: &Word<'_>| {
                    w.raw.eq_ignore_ascii_case("e")
                        && w.raw.as_ptr() as usize + 1 == bytes[start..].as_ptr() as usize
                });
            i = quoted_end(bytes, i + 1, b'\'', escapes);
            // Any string is `''` to the keyword tests; its text is kept.
            out.push(Word {
                raw: &text[start..i],
                upper: Upper::of("''"),
            });
            continue;
        }
        let mut lower = false;
        if b == b'"' || b == b'`' {
            // MySQL's `"..."` is a string, with the same escapes as `'...'`.
            let escapes = backslash_escapes && b == b'"';
            i = quoted_end(bytes, i + 1, b, escapes);
            lower = true;
        } else if class & WORD_START != 0 {
            // A name, a keyword or a number, with any quoted parts, `.`
            // and `$` in it (`public."Fees"`, `$1`).
            loop {
                while let Some(&c) = bytes.get(i) {
                    let class = BYTE_CLASS[usize::from(c)];
                    if class & IN_WORD == 0 {
                        break;
                    }
                    lower |= class & LOWER != 0;
                    i += 1;
                }
                match bytes.get(i) {
                    Some(&quote @ (b'"' | b'`')) => {
                        i = memchr::memchr(quote, &bytes[i + 1..])
                            .map_or(bytes.len(), |p| i + 1 + p + 1);
                        lower = true;
                    }
                    _ => break,
                }
            }
        } else {
            i += 1;
            while !text.is_char_boundary(i) {
                i += 1;
            }
        }
        let raw = &text[start..i];
        out.push(Word {
            raw,
            upper: if lower {
                Upper::of(raw)
            } else {
                Upper::same(raw)
            },
        });
    }
    out
}

/// Where a string or quoted name that opened before `from` ends: past its
/// closing `quote`, or the end of the text when it has none. With
/// `escapes`, a backslash escapes the byte after it.
fn quoted_end(bytes: &[u8], from: usize, quote: u8, escapes: bool) -> usize {
    let mut i = from;
    loop {
        let found = if escapes {
            memchr::memchr2(quote, b'\\', bytes.get(i..).unwrap_or_default())
        } else {
            memchr::memchr(quote, bytes.get(i..).unwrap_or_default())
        };
        let Some(p) = found else {
            return bytes.len();
        };
        i += p;
        if bytes[i] == quote {
            return i + 1;
        }
        // A backslash: the next byte is taken as it is.
        i += 2;
    }
}

/// [`BYTE_CLASS`]: ASCII white space.
const SPACE: u8 = 1;
/// [`BYTE_CLASS`]: starts a name, keyword or number (letters, digits, `_`,
/// and every byte of a non-ASCII character).
const WORD_START: u8 = 2;
/// [`BYTE_CLASS`]: goes on a name once started: [`WORD_START`], `$` and `.`.
const IN_WORD: u8 = 4;
/// [`BYTE_CLASS`]: an ASCII lowercase letter, which uppercasing changes.
const LOWER: u8 = 8;

/// What each byte is to the word reader, looked up once per byte.
static BYTE_CLASS: [u8; 256] = {
    let mut class = [0u8; 256];
    let mut c: u8 = 0;
    loop {
        let b = c as usize;
        class[b] = if c.is_ascii_whitespace() {
            SPACE
        } else if c.is_ascii_alphanumeric() || c == b'_' || c >= 0x80 {
            WORD_START | IN_WORD | if c.is_ascii_lowercase() { LOWER } else { 0 }
        } else if c == b'$' || c == b'.' {
            IN_WORD
        } else {
            0
        };
        if c == u8::MAX {
            break class;
        }
        c += 1;
    }
};

/// Whether a statement says `NULLS DISTINCT` or `NULLS NOT DISTINCT` (a
/// unique index or constraint, PostgreSQL 15 and later) outside its
/// comments and string literals. `NULLS FIRST | LAST` is another clause.
pub(crate) fn nulls_distinct_clause(statement: &str) -> bool {
    // Most statements never say NULLS: they are not split into words.
    let bytes = statement.as_bytes();
    if !memchr::memchr2_iter(b'n', b'N', bytes).any(|i| {
        bytes
            .get(i..i + 5)
            .is_some_and(|w| w.eq_ignore_ascii_case(b"NULLS"))
    }) {
        return false;
    }
    let w = words(statement, usize::MAX);
    w.iter().enumerate().any(|(i, word)| {
        let at = |k: usize| w.get(i + k).map_or("", |w| w.upper.as_str());
        word.upper.as_str() == "NULLS"
            && (at(1) == "DISTINCT" || (at(1) == "NOT" && at(2) == "DISTINCT"))
    })
}

/// MySQL's `CREATE [UNIQUE | FULLTEXT | SPATIAL] INDEX ... [ALGORITHM [=]
/// value] [LOCK [=] value]`: the algorithm and lock it asks for, uppercased.
pub(crate) fn create_index_hints(statement: &str) -> (Option<String>, Option<String>) {
    let Some(w) = create_index_words(statement) else {
        return (None, None);
    };
    let value = |name: &str, allowed: &[&str]| {
        index_hint(&w, name, allowed).map(|word| word.upper.as_str().to_owned())
    };
    (
        value("ALGORITHM", ALGORITHMS),
        value("LOCK", &["DEFAULT", "NONE", "SHARED", "EXCLUSIVE"]),
    )
}

/// The values of MySQL's and MariaDB's `ALGORITHM=`.
const ALGORITHMS: &[&str] = &["DEFAULT", "INSTANT", "INPLACE", "COPY", "NOCOPY"];

/// The words of a MySQL `CREATE [UNIQUE | FULLTEXT | SPATIAL] INDEX`, or
/// `None` for any other statement.
fn create_index_words(statement: &str) -> Option<Vec<Word<'_>>> {
    let head = mysql_words(statement, 3);
    let kw = |i: usize| head.get(i).map_or("", |w| w.upper.as_str());
    let index = kw(0) == "CREATE"
        && (kw(1) == "INDEX"
            || (matches!(kw(1), "UNIQUE" | "FULLTEXT" | "SPATIAL") && kw(2) == "INDEX"));
    index.then(|| mysql_words(statement, usize::MAX))
}

/// The value word of the first `name [=] value` among `w` whose value is
/// one of `allowed`.
fn index_hint<'w, 'a>(w: &'w [Word<'a>], name: &str, allowed: &[&str]) -> Option<&'w Word<'a>> {
    w.iter().enumerate().find_map(|(i, word)| {
        if word.upper != name {
            return None;
        }
        let at = if w.get(i + 1).is_some_and(|w| w.upper == "=") {
            i + 2
        } else {
            i + 1
        };
        w.get(at)
            .filter(|value| allowed.contains(&value.upper.as_str()))
    })
}

/// A MariaDB `CREATE INDEX ... ALGORITHM [=] NOCOPY` with `INPLACE` in
/// place of `NOCOPY`, which the parser does not know, so that the rest of
/// it is still parsed and checked; `None` for any other statement. The
/// algorithm asked for is read from the text ([`create_index_hints`]).
pub(crate) fn index_without_nocopy(statement: &str) -> Option<String> {
    let w = create_index_words(statement)?;
    let nocopy = index_hint(&w, "ALGORITHM", ALGORITHMS).filter(|w| w.upper == "NOCOPY")?;
    let start = offset(statement, nocopy)?;
    let mut text = statement.to_owned();
    text.replace_range(start..start + nocopy.raw.len(), "INPLACE");
    Some(text)
}

/// How a statement's leading keywords classify it before any parsing.
pub(crate) enum Shortcut {
    /// Needs no rule and no parse.
    Harmless(String),
    /// Recognised by keywords alone.
    Ops(Vec<OpKind>),
    /// Parse it properly.
    Parse,
}

/// How many leading words classify a statement; a huge `INSERT` is never read further.
pub(crate) const CLASSIFY_WORDS: usize = 64;

/// Classifies a statement: by its first three words when they make it one
/// that is always parsed, else by its first [`CLASSIFY_WORDS`] words.
pub(crate) fn classify(statement: &str) -> Shortcut {
    if always_parsed(&words(statement, 3)) {
        Shortcut::Parse
    } else if let Some(timeout) = super::lock_timeout::lock_timeout(statement) {
        let mut ops = vec![OpKind::SetLockTimeout {
            bounded: timeout.bounded,
            local: timeout.local,
        }];
        // `SET foreign_key_checks = 0, lock_wait_timeout = 5` sets both.
        if let Some(enabled) = foreign_key_checks(&words(statement, CLASSIFY_WORDS)) {
            ops.push(OpKind::SetForeignKeyChecks { enabled });
        }
        Shortcut::Ops(ops)
    } else {
        shortcut(&words(statement, CLASSIFY_WORDS))
    }
}

/// Whether a statement's first words make it one that [`shortcut`] always
/// hands to the parser (`ALTER TABLE`, `CREATE [UNIQUE] INDEX`, `CREATE
/// TABLE`, `UPDATE`, `DELETE`): most migration statements, for which reading
/// 64 words to classify them was a visible cost. A shortcut that
/// [`shortcut`] learns for statements starting with these words must be
/// taken out of here; `always_parsed_agrees_with_the_shortcut` checks the two
/// agree.
fn always_parsed(w: &[Word<'_>]) -> bool {
    let kw = |i: usize| w.get(i).map_or("", |w| w.upper.as_str());
    match kw(0) {
        "ALTER" => kw(1) == "TABLE",
        "CREATE" => matches!(kw(1), "TABLE" | "INDEX" | "UNIQUE"),
        "UPDATE" | "DELETE" => true,
        _ => false,
    }
}

/// What `blocking-maintenance` says a `REFRESH MATERIALIZED VIEW` without
/// `CONCURRENTLY` does.
pub(crate) const REFRESH_CAUSE: &str =
    "`REFRESH MATERIALIZED VIEW` without `CONCURRENTLY` rebuilds";

/// Classifies a statement by its first words, so that data-heavy dumps
/// (`INSERT`, `COPY`) are never handed to the full parser.
pub(crate) fn shortcut(w: &[Word<'_>]) -> Shortcut {
    let kw = |i: usize| w.get(i).map_or("", |w| w.upper.as_str());
    let harmless = |n: usize| {
        Shortcut::Harmless(
            w.iter()
                .take(n)
                .map(|w| w.upper.as_str())
                .collect::<Vec<_>>()
                .join(" "),
        )
    };
    if let Some(ops) = super::lock_only::lock_only(w) {
        return Shortcut::Ops(ops);
    }
    match kw(0) {
        "INSERT" => insert_select(w).map_or_else(|| harmless(1), |op| Shortcut::Ops(vec![op])),
        "COPY" | "SELECT" | "VALUES" | "GRANT" | "REVOKE" | "COMMENT" | "ANALYZE" | "ANALYSE"
        | "DO" | "CALL" | "NOTIFY" | "LISTEN" | "DISCARD" | "RESET" | "SAVEPOINT" | "RELEASE"
        | "USE" | "SHOW" | "PREPARE" | "EXECUTE" | "DEALLOCATE" | "DECLARE" | "FLUSH"
        | "REPLACE" | "CHECKPOINT" | "SECURITY" | "UNLOCK" => harmless(1),
        // Without CONCURRENTLY the view is rebuilt under ACCESS EXCLUSIVE:
        // its readers wait for the whole query.
        "REFRESH" if (kw(1), kw(2)) == ("MATERIALIZED", "VIEW") && kw(3) != "CONCURRENTLY" => {
            w.get(3).map_or_else(
                || harmless(3),
                |view| {
                    Shortcut::Ops(vec![OpKind::RewriteTable {
                        table: normalize_name(view.raw),
                        cause: REFRESH_CAUSE.to_owned(),
                    }])
                },
            )
        }
        "REFRESH" => harmless(3),
        "CREATE" => {
            let mut i = 1;
            if kw(1) == "OR" && kw(2) == "REPLACE" {
                i = 3;
            }
            while matches!(
                kw(i),
                "TEMP"
                    | "TEMPORARY"
                    | "GLOBAL"
                    | "LOCAL"
                    | "UNLOGGED"
                    | "RECURSIVE"
                    | "TRUSTED"
                    | "PROCEDURAL"
                    | "DEFAULT"
                    | "CONSTRAINT"
                    | "DEFINER"
                    | "ALGORITHM"
                    | "SQL"
                    | "="
            ) {
                i += 1;
            }
            match kw(i) {
                "FUNCTION" | "PROCEDURE" | "TRIGGER" | "EXTENSION" | "SCHEMA" | "SEQUENCE"
                | "VIEW" | "MATERIALIZED" | "TYPE" | "DOMAIN" | "POLICY" | "RULE" | "AGGREGATE"
                | "OPERATOR" | "ROLE" | "USER" | "GROUP" | "PUBLICATION" | "SUBSCRIPTION"
                | "COLLATION" | "EVENT" | "CAST" | "LANGUAGE" | "STATISTICS" | "DATABASE"
                | "SERVER" | "TEXT" | "FOREIGN" | "ACCESS" | "CONVERSION" | "TABLESPACE"
                | "TRANSFORM" => harmless(i + 1),
                "FULLTEXT" | "SPATIAL" => Shortcut::Ops(create_index(w)),
                _ => Shortcut::Parse,
            }
        }
        "SET" => {
            // A lock timeout was recognised before (`classify`).
            if let Some(enabled) = foreign_key_checks(w) {
                Shortcut::Ops(vec![OpKind::SetForeignKeyChecks { enabled }])
            } else {
                harmless(2)
            }
        }
        "BEGIN" | "START" => Shortcut::Ops(vec![OpKind::BeginTransaction]),
        "COMMIT" | "END" | "ROLLBACK" => Shortcut::Ops(vec![OpKind::EndTransaction]),
        "VACUUM" => Shortcut::Ops(vacuum(w)),
        "CLUSTER" => Shortcut::Ops(vec![OpKind::Cluster {
            table: w
                .iter()
                .skip(1)
                .find(|w| w.upper != "VERBOSE" && w.upper != "(" && w.upper != ")")
                .map_or_else(String::new, |w| normalize_name(w.raw)),
        }]),
        "REINDEX" => Shortcut::Ops(vec![reindex(w)]),
        "OPTIMIZE" => Shortcut::Ops(
            table_list(w, |u| {
                matches!(u, "OPTIMIZE" | "NO_WRITE_TO_BINLOG" | "LOCAL" | "TABLE")
            })
            .into_iter()
            .map(|table| OpKind::OptimizeTable { table })
            .collect(),
        ),
        "LOCK" => Shortcut::Ops(
            lock_tables(w)
                .into_iter()
                .map(|table| OpKind::LockTable { table })
                .collect(),
        ),
        "ALTER"
            if matches!(
                kw(1),
                "SEQUENCE"
                    | "FUNCTION"
                    | "PROCEDURE"
                    | "VIEW"
                    | "SCHEMA"
                    | "ROLE"
                    | "USER"
                    | "DEFAULT"
                    | "DATABASE"
                    | "EXTENSION"
                    | "POLICY"
                    | "TRIGGER"
                    | "PUBLICATION"
                    | "MATERIALIZED"
                    | "AGGREGATE"
                    | "DOMAIN"
                    | "EVENT"
                    | "OPERATOR"
                    | "SUBSCRIPTION"
                    | "FOREIGN"
                    | "SERVER"
                    | "STATISTICS"
                    | "CONVERSION"
                    | "LANGUAGE"
                    | "PROCEDURAL"
                    | "TEXT"
                    | "TABLESPACE"
                    | "RULE"
                    | "GROUP"
                    | "ROUTINE"
                    | "LARGE"
                    | "COLLATION"
                    | "SYSTEM"
            ) =>
        {
            harmless(2)
        }
        "ALTER" if kw(1) == "INDEX" => Shortcut::Ops(vec![alter_index(w)]),
        "ALTER" if kw(1) == "TYPE" && kw(3) == "RENAME" && matches!(kw(4), "TO" | "VALUE") => {
            let type_name = w.get(2).map_or_else(String::new, |w| normalize_name(w.raw));
            Shortcut::Ops(vec![if kw(4) == "TO" {
                OpKind::RenameType {
                    from: type_name,
                    to: w.get(5).map_or_else(String::new, |w| normalize_name(w.raw)),
                }
            } else {
                OpKind::RenameEnumValue { type_name }
            }])
        }
        "ALTER"
            if kw(1) == "TYPE"
                && !(w.iter().any(|w| w.upper == "ADD")
                    && w.iter().any(|w| w.upper == "VALUE")) =>
        {
            // Renames, owners, attributes of composite types, `SET (...)`:
            // catalogue changes to the type itself.
            harmless(2)
        }
        "ALTER"
            if kw(1) == "TYPE"
                && w.iter().any(|w| w.upper == "ADD")
                && w.iter().any(|w| w.upper == "VALUE") =>
        {
            Shortcut::Ops(vec![OpKind::AddEnumValue {
                type_name: w.get(2).map_or_else(String::new, |w| normalize_name(w.raw)),
                value: None,
            }])
        }
        "DROP" if kw(1) == "INDEX" => Shortcut::Ops(drop_index(w)),
        "DROP" if !matches!(kw(1), "TABLE" | "TABLES") => harmless(2),
        _ => Shortcut::Parse,
    }
}

/// The string literal `ALTER TYPE ... ADD VALUE [IF NOT EXISTS] 'value'` adds.
pub(crate) fn enum_value(statement: &str) -> Option<String> {
    let upper = statement.to_ascii_uppercase();
    // `ADD VALUE`, not a `value` inside the type's name.
    let at = upper.match_indices("VALUE").map(|(i, _)| i).find(|&i| {
        upper[..i].trim_end().ends_with("ADD")
            && upper[..i].ends_with(|c: char| c.is_ascii_whitespace())
    })? + "VALUE".len();
    let rest = &statement[at..];
    let open = rest.find('\'')?;
    let between = &rest[..open];
    let keywords_only = between
        .split_whitespace()
        .all(|w| matches!(w.to_ascii_uppercase().as_str(), "IF" | "NOT" | "EXISTS"));
    if !keywords_only {
        return None;
    }
    let body = &rest[open + 1..];
    let mut value = String::new();
    let mut chars = body.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\'' {
            if chars.peek() == Some(&'\'') {
                chars.next();
                value.push('\'');
                continue;
            }
            return Some(value);
        }
        value.push(c);
    }
    None
}

/// `INSERT [IGNORE] INTO table [(columns)] SELECT ...` (or `WITH ... SELECT`
/// after the columns): rows copied from a query, which may be the whole of
/// another table. `None` for `INSERT ... VALUES` and anything not recognised.
fn insert_select(w: &[Word<'_>]) -> Option<OpKind> {
    let into = w.iter().take(4).position(|w| w.upper == "INTO")?;
    let table = w.get(into + 1)?;
    let mut i = into + 2;
    if w.get(i).is_some_and(|w| w.upper == "(") {
        i += w[i..].iter().position(|w| w.upper == ")")? + 1;
    }
    while w.get(i).is_some_and(|w| w.upper == "(") {
        i += 1;
    }
    if !matches!(w.get(i)?.upper.as_str(), "SELECT" | "WITH") {
        return None;
    }
    // `INSERT ... SELECT 1, 'x'` (no `FROM`) is one constant row. Past the
    // words read, a `FROM` may follow: then it counts as a copy.
    let reads_rows = w[i..].iter().any(|w| w.upper == "FROM") || w.len() >= CLASSIFY_WORDS;
    reads_rows.then(|| OpKind::InsertSelect {
        table: normalize_name(table.raw),
    })
}

/// `SET [SESSION] foreign_key_checks = 0|1|OFF|ON` (MySQL, MariaDB): whether
/// the checks are on after it. Any other value is not read.
fn foreign_key_checks(w: &[Word<'_>]) -> Option<bool> {
    let at = w
        .iter()
        .take(4)
        .position(|w| w.upper.ends_with("FOREIGN_KEY_CHECKS"))?;
    let value = w.iter().skip(at + 1).find(|w| w.upper != "=")?;
    match value.upper.trim_matches('\'') {
        "0" | "OFF" | "FALSE" => Some(false),
        "1" | "ON" | "TRUE" => Some(true),
        _ => None,
    }
}

fn vacuum(w: &[Word<'_>]) -> Vec<OpKind> {
    let full = w.iter().any(|w| w.upper == "FULL");
    if !full {
        return vec![OpKind::Other {
            summary: "VACUUM".into(),
        }];
    }
    // Skip a parenthesised option list, then the old-style option keywords.
    let after_options = match w.get(1) {
        Some(word) if word.upper == "(" => w
            .iter()
            .position(|w| w.upper == ")")
            .map_or(w.len(), |p| p + 1),
        _ => 1,
    };
    let rest = &w[after_options.min(w.len())..];
    let tables = table_list(rest, |u| {
        matches!(u, "FULL" | "FREEZE" | "VERBOSE" | "ANALYZE" | "ANALYSE")
    });
    if tables.is_empty() {
        vec![OpKind::VacuumFull {
            table: String::new(),
        }]
    } else {
        tables
            .into_iter()
            .map(|table| OpKind::VacuumFull { table })
            .collect()
    }
}

/// `ALTER INDEX`: `SET TABLESPACE` copies the index under an `ACCESS
/// EXCLUSIVE` lock; every other form (rename, `SET (...)`, `ATTACH
/// PARTITION`, `ALTER COLUMN n SET STATISTICS`, `DEPENDS ON EXTENSION`)
/// changes the catalogue only.
fn alter_index(w: &[Word<'_>]) -> OpKind {
    let set_tablespace = w
        .windows(2)
        .any(|p| p[0].upper == "SET" && p[1].upper == "TABLESPACE");
    if !set_tablespace {
        return OpKind::Other {
            summary: "ALTER INDEX".into(),
        };
    }
    let all_in = w.get(2).is_some_and(|w| w.upper == "ALL");
    let name = w
        .iter()
        .skip(2)
        .find(|w| !matches!(w.upper.as_str(), "IF" | "EXISTS"))
        .filter(|_| !all_in)
        .map_or_else(String::new, |w| normalize_name(w.raw));
    OpKind::RewriteTable {
        table: name,
        cause: "`ALTER INDEX ... SET TABLESPACE` copies".into(),
    }
}

fn reindex(w: &[Word<'_>]) -> OpKind {
    let concurrently = w.iter().any(|w| w.upper == "CONCURRENTLY");
    let target = w
        .iter()
        .skip(1)
        .filter(|w| {
            !matches!(
                w.upper.as_str(),
                "CONCURRENTLY" | "(" | ")" | "VERBOSE" | "," | "TABLESPACE"
            )
        })
        .map(|w| w.raw)
        .collect::<Vec<_>>()
        .join(" ");
    OpKind::Reindex {
        target,
        concurrently,
    }
}

fn drop_index(w: &[Word<'_>]) -> Vec<OpKind> {
    let concurrently = w.iter().any(|w| w.upper == "CONCURRENTLY");
    let on = w.iter().position(|w| w.upper == "ON");
    let table = on.and_then(|i| w.get(i + 1)).map(|w| normalize_name(w.raw));
    let end = on.unwrap_or(w.len());
    w[..end]
        .iter()
        .skip(2)
        .filter(|w| {
            !matches!(
                w.upper.as_str(),
                "CONCURRENTLY" | "IF" | "EXISTS" | "," | "CASCADE" | "RESTRICT"
            )
        })
        .map(|w| OpKind::DropIndex {
            name: normalize_name(w.raw),
            table: table.clone(),
            concurrently,
        })
        .collect()
}

fn create_index(w: &[Word<'_>]) -> Vec<OpKind> {
    let kind = if w.iter().any(|w| w.upper == "SPATIAL") {
        IndexKind::Spatial
    } else {
        IndexKind::FullText
    };
    let on = w.iter().position(|w| w.upper == "ON");
    let table = on
        .and_then(|i| w.get(i + 1))
        .map_or_else(String::new, |w| normalize_name(w.raw));
    let name = w
        .iter()
        .position(|w| w.upper == "INDEX")
        .and_then(|i| w.get(i + 1))
        .filter(|w| w.upper != "ON")
        .map(|w| normalize_name(w.raw));
    vec![OpKind::CreateIndex {
        only: false,
        table,
        name,
        concurrently: false,
        unique: false,
        kind,
    }]
}

fn lock_tables(w: &[Word<'_>]) -> Vec<String> {
    table_list(w, |u| matches!(u, "LOCK" | "TABLE" | "TABLES" | "ONLY"))
        .into_iter()
        .take_while(|t| {
            !matches!(
                t.as_str(),
                "in" | "read" | "write" | "nowait" | "low_priority"
            )
        })
        .collect()
}

/// Names after the leading keywords, separated by commas, stopping at the first other keyword.
fn table_list(w: &[Word<'_>], is_lead: impl Fn(&str) -> bool) -> Vec<String> {
    let mut out = Vec::new();
    let mut expect_name = true;
    for word in w.iter().skip_while(|w| is_lead(&w.upper)) {
        match word.upper.as_str() {
            "," => expect_name = true,
            "*" => {}
            _ if expect_name => {
                out.push(normalize_name(word.raw));
                expect_name = false;
            }
            _ => break,
        }
    }
    out
}

/// The clauses of an `ALTER TABLE name ...` statement, split at top-level commas,
/// with the `ALGORITHM=` and `LOCK=` hints taken out. `mysql`: its strings
/// take backslash escapes.
pub(crate) fn alter_table_clauses(
    text: &str,
    mysql: bool,
) -> Option<(String, Vec<String>, AlterHints)> {
    let (table, rest) = alter_table_head(text)?;
    let mut hints = AlterHints::default();
    let mut clauses = Vec::new();
    for clause in split_clauses(rest, mysql) {
        // `ALGORITHM=` and `LOCK=` are hints, not clauses. The partitioning
        // that may follow the last clause without a comma (`LOCK=NONE
        // PARTITION BY ...`) is a clause of its own; anything else there is
        // a syntax error, which the caller reports.
        let Some(hint) = hint_clause(&clause) else {
            clauses.push(clause);
            continue;
        };
        let value = Some(hint.value.to_string());
        if hint.lock {
            hints.lock = value;
        } else {
            hints.algorithm = value;
        }
        match hint.after.trim() {
            "" => {}
            after if is_partition_option(after) => clauses.push(after.to_owned()),
            _ => return None,
        }
    }
    hints.renames_only = !clauses.is_empty() && clauses.iter().all(|c| renames_table(c));
    Some((
        table,
        clauses.into_iter().map(|c| c.trim().to_owned()).collect(),
        hints,
    ))
}

/// An `ALTER TABLE [ONLY] [IF EXISTS] name ...` statement's table, and the
/// text of its clauses after the name.
fn alter_table_head(text: &str) -> Option<(String, &str)> {
    let w = words(text, 6);
    if w.len() < 3 || w[0].upper != "ALTER" || w[1].upper != "TABLE" {
        return None;
    }
    let mut idx = 2;
    while matches!(
        w.get(idx).map(|w| w.upper.as_str()),
        Some("ONLY" | "IF" | "EXISTS")
    ) {
        idx += 1;
    }
    // A string literal is no table name, and its word is not a slice of `text`.
    let name_word = w.get(idx).filter(|w| w.upper != "''")?;
    let rest = text.get(offset(text, name_word)? + name_word.raw.len()..)?;
    // PostgreSQL's old `name*` (the table and its children) names the same table.
    let rest = rest.trim_start().strip_prefix('*').unwrap_or(rest);
    Some((normalize_name(name_word.raw), rest))
}

/// An `ALGORITHM [=] value` or `LOCK [=] value` clause of `ALTER TABLE`,
/// and what follows its value before the next comma.
struct HintClause<'a> {
    /// `LOCK=`, else `ALGORITHM=`.
    lock: bool,
    /// The value, uppercased.
    value: super::upper::Upper<'a>,
    /// The text after the value.
    after: &'a str,
}

fn hint_clause(clause: &str) -> Option<HintClause<'_>> {
    let cw = mysql_words(clause, 4);
    let lock = match cw.first().map(|w| w.upper.as_str()) {
        Some("LOCK") => true,
        Some("ALGORITHM") => false,
        _ => return None,
    };
    let value = cw.iter().skip(1).find(|w| w.upper != "=")?;
    let at = offset(clause, value)?;
    Some(HintClause {
        lock,
        value: value.upper.clone(),
        after: &clause[at + value.raw.len()..],
    })
}

/// Whether `clause` is partitioning that MySQL and MariaDB take after an
/// `ALTER TABLE`'s last clause without a comma: `PARTITION BY` or `REMOVE
/// PARTITIONING` (MariaDB 10.11 refuses `LOCK=SHARED DROP PARTITION p0`
/// and the other partition maintenance there with 1064).
fn is_partition_option(clause: &str) -> bool {
    let w = mysql_words(clause, 2);
    let kw = |i: usize| w.get(i).map_or("", |w| w.upper.as_str());
    matches!(
        (kw(0), kw(1)),
        ("PARTITION", "BY") | ("REMOVE", "PARTITIONING")
    )
}

/// Whether an `ALTER TABLE` clause renames the table (`RENAME [TO | AS] name`).
fn renames_table(clause: &str) -> bool {
    let w = mysql_words(clause, 2);
    let kw = |i: usize| w.get(i).map_or("", |w| w.upper.as_str());
    kw(0) == "RENAME" && !matches!(kw(1), "COLUMN" | "INDEX" | "KEY" | "CONSTRAINT" | "")
}

/// Whether a MySQL or MariaDB `ALTER TABLE` has a clause other than
/// partitioning right after an `ALGORITHM=` or `LOCK=` value, without a comma
/// (`LOCK=NONE ADD COLUMN c INT`): both servers refuse it as a syntax error.
pub(crate) fn clause_after_hint(statement: &str) -> bool {
    let Some((_, rest)) = alter_table_head(statement) else {
        return false;
    };
    mysql_split_top_level(rest).iter().any(|clause| {
        hint_clause(clause.trim_start()).is_some_and(|hint| {
            let after = hint.after.trim();
            !after.is_empty() && !is_partition_option(after)
        })
    })
}

/// `text` split at the commas outside parentheses and quotes.
pub(crate) fn split_top_level(text: &str) -> Vec<String> {
    split_clauses(text, false)
}

/// [`split_top_level`] of MySQL or MariaDB text, whose strings take
/// backslash escapes (`'a\', b'` is one string).
pub(crate) fn mysql_split_top_level(text: &str) -> Vec<String> {
    split_clauses(text, true)
}

fn split_clauses(text: &str, backslash_escapes: bool) -> Vec<String> {
    let mut parts = Vec::new();
    let mut depth = 0i32;
    let mut current = String::new();
    let mut quote: Option<char> = None;
    let mut escaped = false;
    for c in text.chars() {
        match quote {
            Some(_) if escaped => escaped = false,
            Some(q) if backslash_escapes && c == '\\' && q != '`' => escaped = true,
            Some(q) => {
                if c == q {
                    quote = None;
                }
            }
            None => match c {
                '\'' | '"' | '`' => quote = Some(c),
                '(' => depth += 1,
                ')' => depth -= 1,
                ',' if depth == 0 => {
                    parts.push(std::mem::take(&mut current));
                    continue;
                }
                _ => {}
            },
        }
        current.push(c);
    }
    parts.push(current);
    parts
}

/// Whether an `ALTER TABLE` clause is PostgreSQL's `ALTER CONSTRAINT name`
/// followed only by its attributes (`[NOT] DEFERRABLE`, `INITIALLY DEFERRED |
/// IMMEDIATE`, `[NOT] ENFORCED`, `[NO] INHERIT`): a catalogue change that
/// neither scans nor rewrites the table, but takes an `ACCESS EXCLUSIVE` lock
/// (observed on PostgreSQL 15 in `pg_locks`).
///
/// Anything else after the name is not recognised, so the clause stays
/// unparseable rather than being read as something it is not.
pub(crate) fn is_alter_constraint(clause: &str) -> bool {
    let w = words(clause, 16);
    let kw = |i: usize| w.get(i).map_or("", |w| w.upper.as_str());
    kw(0) == "ALTER"
        && kw(1) == "CONSTRAINT"
        && w.get(2).is_some_and(|w| w.upper != "''")
        && w.len() > 3
        && w.len() < 16
        && w[3..].iter().all(|w| {
            matches!(
                w.upper.as_str(),
                "NOT"
                    | "DEFERRABLE"
                    | "INITIALLY"
                    | "DEFERRED"
                    | "IMMEDIATE"
                    | "ENFORCED"
                    | "INHERIT"
                    | "NO"
            )
        })
}

/// Whether an `ALTER TABLE` clause is MySQL's `CONVERT TO CHARACTER SET`.
pub(crate) fn is_convert_charset(clause: &str) -> bool {
    let w = words(clause, 3);
    w.first().is_some_and(|w| w.upper == "CONVERT") && w.get(1).is_some_and(|w| w.upper == "TO")
}

#[cfg(test)]
mod tests {

    /// The word reader as it was before its bytes were classified by
    /// table: the reference the table-driven reader must agree with.
    fn reference_words(text: &str, backslash_escapes: bool) -> Vec<(String, String)> {
        let bytes = text.as_bytes();
        let mut out: Vec<(String, String)> = Vec::new();
        let mut i = 0;
        while i < bytes.len() {
            let b = bytes[i];
            let start = i;
            if b.is_ascii_whitespace() {
                i += 1;
                continue;
            }
            if let Some(end) = crate::sql::text::comment_end(text, i) {
                i = end;
                continue;
            }
            let quote_of = |b: u8| b == b'"' || b == b'`';
            if b == b'\'' || quote_of(b) {
                let escapes = if b == b'\'' {
                    backslash_escapes
                        || out.last().is_some_and(|(raw, _)| {
                            raw.eq_ignore_ascii_case("e") && text[..start].ends_with(raw.as_str())
                        })
                } else {
                    backslash_escapes && b == b'"'
                };
                i += 1;
                while i < bytes.len() && bytes[i] != b {
                    i += if escapes && bytes[i] == b'\\' { 2 } else { 1 };
                }
                i = (i + 1).min(bytes.len());
            } else if b.is_ascii_alphanumeric() || b == b'_' || b >= 0x80 {
                while i < bytes.len()
                    && (bytes[i].is_ascii_alphanumeric()
                        || matches!(bytes[i], b'_' | b'$' | b'.' | b'"' | b'`')
                        || bytes[i] >= 0x80)
                {
                    if quote_of(bytes[i]) {
                        let quote = bytes[i];
                        i += 1;
                        while i < bytes.len() && bytes[i] != quote {
                            i += 1;
                        }
                    }
                    i += 1;
                }
                i = i.min(bytes.len());
            } else {
                i += 1;
                while !text.is_char_boundary(i) {
                    i += 1;
                }
            }
            let raw = &text[start..i];
            let upper = if b == b'\'' {
                "\'\'".to_owned()
            } else {
                raw.to_ascii_uppercase()
            };
            out.push((raw.to_owned(), upper));
        }
        out
    }

    /// Random text over the bytes the reader treats apart: both readers
    /// split it into the same words, uppercased alike.
    #[test]
    fn the_word_reader_agrees_with_its_reference_on_random_text() {
        const ALPHABET: &[&str] = &[
            " ", "\t", "\n", "a", "Z", "e", "E", "x", "_", "$", ".", "0", "9", "'", "\"", "`",
            "\\", "-", "#", "/", "*", "(", ";", "é", "Ä", "select", "Fees", "E'",
        ];
        let mut quoted = 0;
        for text in crate::testing::random_texts(0x2545_F491_4F6C_DD1D, 100_000, 13, ALPHABET) {
            for backslash_escapes in [false, true] {
                let ours: Vec<(String, String)> = read_words(&text, usize::MAX, backslash_escapes)
                    .iter()
                    .map(|w| (w.raw.to_owned(), w.upper.as_str().to_owned()))
                    .collect();
                assert_eq!(
                    ours,
                    reference_words(&text, backslash_escapes),
                    "{text:?} (backslash escapes: {backslash_escapes})"
                );
            }
            quoted += usize::from(text.contains('"'));
        }
        assert!(quoted > 10_000, "{quoted} texts with a quoted name");
    }
    use super::*;

    fn ops(sql: &str) -> Vec<OpKind> {
        match shortcut(&words(sql, 64)) {
            Shortcut::Ops(ops) => ops,
            Shortcut::Harmless(_) => vec![],
            Shortcut::Parse => panic!("not recognised: {sql}"),
        }
    }

    /// The quick test on three words only ever says what classifying by 64
    /// words says: on PostgreSQL's regression DDL, the examples and a few
    /// statements that start like parsed ones but are not.
    #[test]
    fn always_parsed_agrees_with_the_shortcut() {
        let mut texts = vec![
            "ALTER TABLE t ADD COLUMN c int".to_owned(),
            "alter table only t drop column c".to_owned(),
            "CREATE UNIQUE INDEX i ON t (c)".to_owned(),
            "CREATE TABLE t (a int)".to_owned(),
            "UPDATE t SET a = 1".to_owned(),
            "DELETE FROM t".to_owned(),
            "ALTER TABLESPACE x RENAME TO y".to_owned(),
            "CREATE TEMP TABLE t (a int)".to_owned(),
            "CREATE OR REPLACE VIEW v AS SELECT 1".to_owned(),
            "ALTER INDEX i RENAME TO j".to_owned(),
            "/* c */ ALTER -- c\n TABLE t DROP COLUMN c".to_owned(),
        ];
        texts.extend(crate::testing::postgres_corpus_statements());
        let mut quick = 0;
        for text in &texts {
            if always_parsed(&words(text, 3)) {
                quick += 1;
                let class = shortcut(&words(text, CLASSIFY_WORDS));
                assert!(matches!(class, Shortcut::Parse), "{text}");
            }
        }
        assert!(
            texts.len() > 4_000 && quick > 1_000,
            "{quick} of {}",
            texts.len()
        );
    }

    #[test]
    fn recognises_the_known_parser_gaps() {
        assert_eq!(
            ops("DROP INDEX CONCURRENTLY IF EXISTS idx_fees"),
            [OpKind::DropIndex {
                name: "idx_fees".into(),
                table: None,
                concurrently: true
            }]
        );
        assert_eq!(
            ops("REINDEX TABLE CONCURRENTLY transactions"),
            [OpKind::Reindex {
                target: "TABLE transactions".into(),
                concurrently: true
            }]
        );
        assert_eq!(ops("OPTIMIZE TABLE fees, payouts").len(), 2);
        assert_eq!(
            ops("VACUUM (FULL, ANALYZE) transactions"),
            [OpKind::VacuumFull {
                table: "transactions".into()
            }]
        );
        assert_eq!(
            ops("VACUUM ANALYZE transactions"),
            [OpKind::Other {
                summary: "VACUUM".into()
            }]
        );
        assert_eq!(
            ops("LOCK TABLE balances IN ACCESS EXCLUSIVE MODE"),
            [OpKind::LockTable {
                table: "balances".into()
            }]
        );
    }

    #[test]
    fn alter_table_named_by_a_string_literal_is_not_read() {
        // Found by the sql_postgres fuzz target: the literal's word is not a
        // slice of the text, and the offset computed from it overflowed.
        for text in [
            "ALTER TABLE '2s';",
            "ALTER TABLE IF EXISTS 'x' ADD COLUMN a int",
        ] {
            assert!(
                alter_table_clauses(&String::from(text), false).is_none(),
                "{text}"
            );
        }
        assert!(
            alter_table_clauses(&String::from("ALTER TABLE t ADD COLUMN a int"), false).is_some()
        );
    }

    #[test]
    fn alter_constraint_attributes_only() {
        assert!(is_alter_constraint(
            "ALTER CONSTRAINT post_aggregates_post_id_fkey INITIALLY DEFERRED"
        ));
        assert!(is_alter_constraint("alter constraint fk NOT DEFERRABLE"));
        assert!(is_alter_constraint(
            "ALTER CONSTRAINT fk DEFERRABLE INITIALLY IMMEDIATE"
        ));
        // No attribute, another clause, or a column: not this form.
        assert!(!is_alter_constraint("ALTER CONSTRAINT fk"));
        assert!(!is_alter_constraint("ALTER CONSTRAINT fk TYPE text"));
        assert!(!is_alter_constraint("ALTER COLUMN c SET NOT NULL"));
    }

    #[test]
    fn splits_alter_table_clauses() {
        let (table, clauses, hints) = alter_table_clauses(
            "ALTER TABLE `fees` CONVERT TO CHARACTER SET utf8mb4, ALGORITHM=INPLACE, LOCK = NONE",
            true,
        )
        .unwrap();
        assert_eq!(table, "fees");
        assert_eq!(clauses, ["CONVERT TO CHARACTER SET utf8mb4"]);
        assert_eq!(hints.algorithm.as_deref(), Some("INPLACE"));
        assert_eq!(hints.lock.as_deref(), Some("NONE"));
        assert!(is_convert_charset(&clauses[0]));
        // Partitioning follows the last clause without a comma.
        for text in [
            "ALTER TABLE t LOCK=NONE PARTITION BY HASH(id) PARTITIONS 4",
            "ALTER TABLE t ALGORITHM = INPLACE, LOCK = NONE PARTITION BY HASH(id) PARTITIONS 4",
        ] {
            let (_, clauses, hints) = alter_table_clauses(text, true).unwrap();
            assert_eq!(clauses, ["PARTITION BY HASH(id) PARTITIONS 4"], "{text}");
            assert_eq!(hints.lock.as_deref(), Some("NONE"), "{text}");
            assert!(!hints.renames_only, "{text}");
        }
        let (_, _, hints) =
            alter_table_clauses("ALTER TABLE t RENAME TO u, RENAME AS v, LOCK=NONE", true).unwrap();
        assert!(hints.renames_only);
        // Anything but partitioning after a hint without a comma is refused.
        for text in [
            "ALTER TABLE t LOCK=NONE ADD COLUMN z INT",
            "ALTER TABLE t ALGORITHM=INPLACE LOCK=NONE",
        ] {
            assert!(alter_table_clauses(text, true).is_none(), "{text}");
            assert!(clause_after_hint(text), "{text}");
        }
        for text in [
            "ALTER TABLE t LOCK=NONE PARTITION BY HASH(id) PARTITIONS 4",
            "ALTER TABLE t ADD COLUMN z INT, ALGORITHM=INPLACE, LOCK=NONE",
            "ALTER TABLE t LOCK = SHARED REMOVE PARTITIONING",
            "ALTER TABLE t COMMENT 'LOCK=NONE ADD COLUMN', LOCK=NONE",
            // MySQL's strings take backslash escapes, `"..."` ones too.
            "ALTER TABLE t ADD COLUMN z INT COMMENT 'a\\', LOCK=NONE ADD', ALGORITHM=INSTANT",
            "ALTER TABLE t ADD COLUMN z INT COMMENT \"a\\\", LOCK=NONE ADD\", ALGORITHM=INSTANT",
        ] {
            assert!(!clause_after_hint(text), "{text}");
        }
        for text in [
            "ALTER TABLE t LOCK=SHARED DROP PARTITION p0",
            "ALTER TABLE t ALGORITHM=INPLACE, LOCK=SHARED ADD PARTITION (PARTITION p9 VALUES LESS THAN (900))",
            "ALTER TABLE t LOCK=SHARED COALESCE PARTITION 2",
        ] {
            assert!(clause_after_hint(text), "{text}");
        }
        let (_, clauses, hints) = alter_table_clauses("ALTER TABLE t LOCK=NONE", true).unwrap();
        assert!(clauses.is_empty());
        assert_eq!(hints.lock.as_deref(), Some("NONE"));
    }
}
