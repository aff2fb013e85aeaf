use sqlparser::dialect::PostgreSqlDialect;
use sqlparser::tokenizer::{TokenWithSpan, Tokenizer};

use super::tokenize;

/// What sqlparser makes of `sql`, as the gate asks it to.
fn theirs(sql: &str) -> Result<Vec<TokenWithSpan>, String> {
    let mut tokens = Vec::new();
    Tokenizer::new(&PostgreSqlDialect {}, sql)
        .with_unescape(true)
        .tokenize_with_location_into_buf(&mut tokens)
        .map(|()| tokens)
        .map_err(|e| e.to_string())
}

/// Our tokens of `sql`, or `None` if declined; accepted tokens must be
/// sqlparser's, spans included.
fn ours(sql: &str) -> Option<Vec<TokenWithSpan>> {
    let mut tokens = Vec::new();
    if !tokenize(sql, &mut tokens) {
        assert!(tokens.is_empty(), "declined but left tokens: {sql:?}");
        return None;
    }
    assert_eq!(Ok(&tokens), theirs(sql).as_ref(), "{sql:?}");
    Some(tokens)
}

#[test]
fn reads_plain_migration_statements() {
    let plain = [
        "ALTER TABLE comment ADD COLUMN score bigint NOT NULL DEFAULT 0",
        "create unique index if not exists idx_post_ap_id on post (lower(ap_id))",
        "CREATE TABLE \"user\" (\n  id serial PRIMARY KEY,\r\n  name varchar(255),\r  ratio numeric(5, 2) DEFAULT 0.25\n)",
        "UPDATE person SET bio = 'unchanged', banned = false WHERE id >= 10 AND id <= 20 OR id <> 5 OR id != 6",
        "ALTER TABLE t ALTER COLUMN c TYPE text USING c::text || 'x'",
        "SELECT a.b, -1 + 2 * 3 / 4 % 5, x[1], y < 2, z > 3, f(:v)",
        "ALTER TABLE site ADD COLUMN \"x$y\" text",
        "CREATE INDEX ON t (\"\")",
        "DROP TABLE t; \r\n\t",
        "",
        "   \t\n",
    ];
    for sql in plain {
        assert!(ours(sql).is_some(), "declined: {sql:?}");
    }
    // Keywords in any case; identifiers keep their case.
    let tokens = ours("alter TaBle Person").unwrap_or_default();
    let words: Vec<String> = tokens.iter().map(|t| format!("{:?}", t.token)).collect();
    assert!(
        words[0].contains("ALTER") && words[2].contains("TABLE"),
        "{words:?}"
    );
    assert!(words[4].contains("\"Person\""), "{words:?}");
}

#[test]
fn declines_what_it_does_not_read() {
    let declined = [
        "SELECT E'a\\nb'",
        "SELECT B'101', X'ff', U&'d\\0061t'",
        "SELECT 'it''s'",
        "SELECT \"a\"\"b\"",
        "SELECT 'two\nlines'",
        "SELECT 1e5, 0x1f, 1_000, 1., .5, 10L",
        "SELECT $1, $$body$$",
        "SELECT a -- trailing comment",
        "SELECT /* inner */ a",
        "SELECT a->>'b', a @> b, a <-> b, a ~ b, a #> b, a <=> b, a => b",
        "SELECT a <=- c",
        "SELECT 'café'",
        "COPY t FROM STDIN;\n1\n\\.",
        "UPDATE t SET a = (1; COPY x FROM STDIN;\nq",
        "SELECT 1; SELECT 2",
        "SELECT a\u{b}b",
        "SELECT ?",
        "x := 1",
        "SELECT t._x",
        "SELECT 1 =- 1, 2 == 2",
    ];
    for sql in declined {
        assert!(ours(sql).is_none(), "accepted: {sql:?}");
    }
}

/// PostgreSQL's own regression DDL and our examples: every statement read is
/// read as sqlparser reads it, and most are read.
#[test]
fn agrees_with_sqlparser_on_the_corpora() {
    let corpus = crate::testing::postgres_corpus_statements();
    let statements = corpus.len();
    let read = corpus.iter().filter(|sql| ours(sql).is_some()).count();
    assert!(statements > 4_000, "{statements} statements");
    assert!(read * 2 > statements, "{read} of {statements} read");
}

/// Random text over the characters where the two could part ways.
#[test]
fn agrees_with_sqlparser_on_random_text() {
    const ALPHABET: &[&str] = &[
        " ", "\t", "\n", "\r", "a", "Z", "e", "E", "x", "b", "u", "U", "n", "_", "$", "0", "1",
        "9", ".", "'", "\"", "(", ")", ",", ";", "[", "]", "+", "-", "*", "/", "%", "=", "<", ">",
        "!", "|", ":", "&", "@", "#", "~", "^", "?", "\\", "L", "é", "select", "TABLE", "copy",
    ];
    let mut accepted = 0;
    for sql in crate::testing::random_texts(0x9E37_79B9_7F4A_7C15, 100_000, 11, ALPHABET) {
        accepted += usize::from(ours(&sql).is_some());
    }
    // Both sides of the comparison are exercised.
    assert!((10_000..90_000).contains(&accepted), "{accepted} accepted");
}
