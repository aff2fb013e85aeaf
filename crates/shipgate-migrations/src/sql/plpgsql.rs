//! PostgreSQL function declarations and `DO` blocks: a function's name and
//! volatility (for defaults that call it), and the DDL and DML statements a
//! `DO $$ ... $$` body runs, with their place in the file.

use std::ops::Range;

use shipgate_config::Dialect;

use super::fallback::words;
use super::splitter::{Piece, Splitter};
use super::text::normalize_name;
use crate::ir::OpKind;

/// How many words of a body statement are read to find where its SQL starts.
const BODY_WORDS: usize = 512;

/// The first dollar-quoted string at or after `from`: the range of its body
/// and the byte after its closing delimiter.
fn dollar_quoted(text: &str, from: usize) -> Option<(Range<usize>, usize)> {
    let bytes = text.as_bytes();
    let mut i = from;
    while i < bytes.len() {
        if bytes[i] == b'$' && (i == 0 || !is_ident(bytes[i - 1])) {
            let mut j = i + 1;
            if j < bytes.len() && (bytes[j].is_ascii_alphabetic() || bytes[j] == b'_') {
                while j < bytes.len() && is_ident(bytes[j]) && bytes[j] != b'$' {
                    j += 1;
                }
            }
            if bytes.get(j) == Some(&b'$') {
                let delimiter = &text[i..=j];
                let body_start = j + 1;
                let close = text.get(body_start..)?.find(delimiter)? + body_start;
                return Some((body_start..close, close + delimiter.len()));
            }
        }
        i += 1;
    }
    None
}

fn is_ident(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_' || b == b'$'
}

/// `text` with every dollar-quoted body blanked out.
fn without_bodies(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    while let Some((body, after)) = dollar_quoted(text, at) {
        out.push_str(&text[at..body.start]);
        out.push_str(&text[body.end..after]);
        at = after;
    }
    out.push_str(text.get(at..).unwrap_or_default());
    out
}

/// Reads `CREATE [OR REPLACE] FUNCTION name(...) ...`: the name, and whether
/// the function is volatile. PostgreSQL makes every function `VOLATILE`
/// unless it is declared `IMMUTABLE` or `STABLE`, whatever its language.
pub(crate) fn create_function(statement: &str) -> Option<OpKind> {
    let header = without_bodies(statement);
    let w = words(&header, BODY_WORDS);
    let at = w.iter().position(|w| w.upper == "FUNCTION")?;
    let name = w
        .get(at + 1)
        .filter(|w| w.upper != "''" && w.upper != "(")?;
    let mut volatile = true;
    for word in &w[at + 2..] {
        match word.upper.as_str() {
            "IMMUTABLE" | "STABLE" => volatile = false,
            "VOLATILE" => volatile = true,
            _ => {}
        }
    }
    Some(OpKind::CreateFunction {
        name: normalize_name(name.raw),
        volatile,
    })
}

/// The byte range of a `DO` block's body inside `statement`, unless the
/// block names a language other than PL/pgSQL.
pub(crate) fn do_body(statement: &str) -> Option<Range<usize>> {
    let (body, _) = dollar_quoted(statement, 0)?;
    let outside = without_bodies(statement);
    let w = words(&outside, 16);
    if let Some(at) = w.iter().position(|w| w.upper == "LANGUAGE") {
        let language = w.get(at + 1).map_or("", |w| w.upper.as_str());
        if !matches!(language, "PLPGSQL" | "''") {
            return None;
        }
    }
    Some(body)
}

/// A statement found in a PL/pgSQL body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum BodyStatement {
    /// SQL that changes schema or rows, at this byte range of the body.
    Sql(Range<usize>),
    /// `EXECUTE '...'` with one string literal: its content's byte range.
    Execute(Range<usize>),
    /// `EXECUTE` of SQL built at run time (`format(...)`, a variable), at this range.
    Dynamic(Range<usize>),
}

/// The statements of a PL/pgSQL body that change schema or rows (`ALTER`,
/// `CREATE`, `DROP`, `UPDATE`, `DELETE`, ...) or run SQL (`EXECUTE`), each
/// starting where the SQL starts, after `BEGIN`, `THEN`, `ELSE` or `LOOP`.
pub(crate) fn body_statements(body: &str) -> Vec<BodyStatement> {
    let mut out = Vec::new();
    for piece in Splitter::new(body, Dialect::Postgres) {
        let Piece::Statement(range) = piece else {
            continue;
        };
        let text = &body[range.clone()];
        let w = words(text, BODY_WORDS);
        let start = w.iter().enumerate().find(|(k, word)| {
            matches!(
                word.upper.as_str(),
                "ALTER"
                    | "CREATE"
                    | "DROP"
                    | "TRUNCATE"
                    | "UPDATE"
                    | "DELETE"
                    | "REINDEX"
                    | "CLUSTER"
                    | "VACUUM"
                    | "LOCK"
                    | "EXECUTE"
            ) && (*k == 0 || matches!(w[k - 1].upper.as_str(), "BEGIN" | "THEN" | "ELSE" | "LOOP"))
        });
        let Some((_, word)) = start else {
            continue;
        };
        // A word is a slice of `text`, unless it is a string literal's stand-in.
        let Some(offset) = (word.raw.as_ptr() as usize).checked_sub(text.as_ptr() as usize) else {
            continue;
        };
        if offset >= text.len() {
            continue;
        }
        let at = range.start + offset..range.end;
        if word.upper != "EXECUTE" {
            out.push(BodyStatement::Sql(at));
            continue;
        }
        out.push(
            execute_literal(body, &at).map_or(BodyStatement::Dynamic(at), BodyStatement::Execute),
        );
    }
    out
}

/// The content of `EXECUTE 'one literal'` (optionally followed by `INTO` or
/// `USING`), without quotes doubled inside it; `None` for anything else.
fn execute_literal(body: &str, at: &Range<usize>) -> Option<Range<usize>> {
    let text = body.get(at.clone())?;
    let rest = text.get("EXECUTE".len()..)?;
    let lead = rest.len() - rest.trim_start().len();
    let quoted = rest.trim_start();
    let inner = quoted.strip_prefix('\'')?;
    let close = inner.find('\'')?;
    let after = inner[close + 1..].trim_start();
    let tail_ok = after.is_empty()
        || words(after, 1)
            .first()
            .is_some_and(|w| matches!(w.upper.as_str(), "INTO" | "USING"));
    if !tail_ok || inner[..close].is_empty() {
        return None;
    }
    let start = at.start + "EXECUTE".len() + lead + 1;
    Some(start..start + close)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_function_volatility() {
        let f = |sql: &str| create_function(sql);
        assert_eq!(
            f(
                "CREATE OR REPLACE FUNCTION gen_code () RETURNS text LANGUAGE sql AS $$ SELECT md5(random()::text) $$;"
            ),
            Some(OpKind::CreateFunction {
                name: "gen_code".into(),
                volatile: true
            })
        );
        assert_eq!(
            f(
                "CREATE FUNCTION public.f() RETURNS int AS $body$ SELECT 1 $body$ LANGUAGE sql IMMUTABLE"
            ),
            Some(OpKind::CreateFunction {
                name: "f".into(),
                volatile: false
            })
        );
        // A keyword inside the body is not the function's volatility.
        assert_eq!(
            f(
                "CREATE FUNCTION g() RETURNS int LANGUAGE plpgsql AS $$ BEGIN /* STABLE */ RETURN 1; END $$"
            ),
            Some(OpKind::CreateFunction {
                name: "g".into(),
                volatile: true
            })
        );
    }

    #[test]
    fn finds_ddl_in_do_bodies() {
        let sql = "DO $$\nBEGIN\n  IF EXISTS (SELECT 1 FROM t) THEN\n    ALTER TABLE t DROP COLUMN c;\n  END IF;\n  INSERT INTO x VALUES (1);\nEND\n$$;";
        let body = do_body(sql).unwrap();
        let text = &sql[body.clone()];
        let found: Vec<&str> = body_statements(text)
            .into_iter()
            .map(|s| match s {
                BodyStatement::Sql(r) | BodyStatement::Execute(r) | BodyStatement::Dynamic(r) => {
                    &text[r]
                }
            })
            .collect();
        assert_eq!(found, ["ALTER TABLE t DROP COLUMN c"]);
        assert!(do_body("DO LANGUAGE plperl $$ 1 $$").is_none());
        let body =
            "BEGIN EXECUTE 'ALTER TABLE t DROP COLUMN c'; EXECUTE format('DROP TABLE %I', x); END";
        let found = body_statements(body);
        assert_eq!(found.len(), 2, "{found:?}");
        let BodyStatement::Execute(literal) = &found[0] else {
            panic!("{found:?}");
        };
        assert_eq!(&body[literal.clone()], "ALTER TABLE t DROP COLUMN c");
        assert!(matches!(found[1], BodyStatement::Dynamic(_)));
        assert!(do_body("DO 'BEGIN END'").is_none());
    }
}
