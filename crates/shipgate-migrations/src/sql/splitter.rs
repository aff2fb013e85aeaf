//! Splits SQL text into statements and comments, in one pass, without
//! allocating per statement.
//!
//! It understands what can hide a `;`: line and block comments (nested on
//! PostgreSQL), single- and double-quoted text with both escape styles,
//! MySQL back-quoted names, PostgreSQL dollar quoting, MySQL `DELIMITER`,
//! psql meta-commands, and the data block after `COPY ... FROM stdin;`.
//!
//! On PostgreSQL it also keeps psql's two rules for a `;` that does not end
//! the statement (`src/fe_utils/psqlscan.l`): one inside parentheses (`CREATE
//! RULE ... DO (a; b)`), and one inside the `BEGIN ATOMIC ... END` body of
//! `CREATE [OR REPLACE] FUNCTION | PROCEDURE`.

use std::ops::Range;

use shipgate_config::Dialect;

/// A piece of SQL text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Piece {
    /// A statement, from its first token to its last, without the delimiter.
    Statement(Range<usize>),
    /// A comment, including its markers.
    Comment(Range<usize>),
    /// Text that never ended: an unterminated string, quote or comment.
    Unterminated {
        /// Where the construct starts.
        start: usize,
        /// What was left open.
        what: &'static str,
    },
}

/// An iterator over the [`Piece`]s of SQL text.
pub struct Splitter<'a> {
    text: &'a str,
    bytes: &'a [u8],
    pos: usize,
    dialect: Dialect,
    delimiter: String,
    statement_start: Option<usize>,
    last_token_end: usize,
    pending_comment: Option<Range<usize>>,
    skip_copy_data: bool,
    /// Open parentheses in the current statement (PostgreSQL).
    paren_depth: usize,
    /// Open `BEGIN` (and `CASE` within one) of a routine body (PostgreSQL).
    begin_depth: usize,
    /// The current statement's first words as psql tracks them: the first
    /// letter of each leading `CREATE`, `OR`, `REPLACE`, `FUNCTION`,
    /// `PROCEDURE`, and how many words were seen.
    lead: [u8; 4],
    words_seen: usize,
}

impl<'a> Splitter<'a> {
    /// Splits `text` written for `dialect`.
    pub fn new(text: &'a str, dialect: Dialect) -> Self {
        Self {
            text,
            bytes: text.as_bytes(),
            pos: 0,
            dialect,
            delimiter: ";".to_owned(),
            statement_start: None,
            last_token_end: 0,
            pending_comment: None,
            skip_copy_data: false,
            paren_depth: 0,
            begin_depth: 0,
            lead: [0; 4],
            words_seen: 0,
        }
    }

    /// Whether a `;` here is part of the statement, as psql decides.
    fn semicolon_inside(&self) -> bool {
        self.dialect == Dialect::Postgres
            && self.delimiter == ";"
            && (self.paren_depth > 0 || self.begin_depth > 0)
    }

    /// Follows psql's tracking of a routine's `BEGIN ATOMIC ... END` body
    /// for the word `word` of the current statement.
    fn track_word(&mut self, word: &[u8]) {
        let is = |k: &str| word.eq_ignore_ascii_case(k.as_bytes());
        // Only the first words can make a routine's head.
        if self.words_seen < self.lead.len()
            && ["create", "or", "replace", "function", "procedure"]
                .iter()
                .any(|k| is(k))
        {
            self.lead[self.words_seen] = word[0].to_ascii_lowercase();
        }
        self.words_seen = self.words_seen.saturating_add(1);
        let l = self.lead;
        let routine = l[0] == b'c'
            && (matches!(l[1], b'f' | b'p')
                || (l[1] == b'o' && l[2] == b'r' && matches!(l[3], b'f' | b'p')));
        if !routine || self.paren_depth > 0 {
            return;
        }
        if is("begin") || (is("case") && self.begin_depth > 0) {
            self.begin_depth += 1;
        } else if is("end") {
            self.begin_depth = self.begin_depth.saturating_sub(1);
        }
    }

    fn at(&self, offset: usize) -> u8 {
        self.bytes.get(self.pos + offset).copied().unwrap_or(0)
    }

    fn rest_of_line(&self) -> usize {
        memchr::memchr2(b'\n', b'\r', &self.bytes[self.pos..])
            .map_or(self.bytes.len(), |p| self.pos + p)
    }

    fn finish_statement(&mut self) -> Option<Piece> {
        self.paren_depth = 0;
        self.begin_depth = 0;
        self.lead = [0; 4];
        self.words_seen = 0;
        let start = self.statement_start.take()?;
        let statement = start..self.last_token_end.max(start);
        let head = self.text.get(statement.clone()).unwrap_or("");
        if starts_with_keyword(head, "COPY") && is_copy_from_stdin(head) {
            self.skip_copy_data = true;
        }
        Some(Piece::Statement(statement))
    }

    fn skip_copy_block(&mut self) {
        // Data lines run until a line holding only `\.`.
        while self.pos < self.bytes.len() {
            let end = self.rest_of_line();
            let line = self.text.get(self.pos..end).unwrap_or("").trim();
            self.pos = (end + 1).min(self.bytes.len());
            if end < self.bytes.len() && self.bytes[end] == b'\r' && self.at(0) == b'\n' {
                self.pos += 1;
            }
            if line == "\\." {
                break;
            }
        }
        self.skip_copy_data = false;
    }

    /// Scans a quoted run starting at `self.pos` (the opening quote). Returns false if unterminated.
    fn skip_quoted(&mut self, quote: u8, backslash_escapes: bool) -> bool {
        self.pos += 1;
        while self.pos < self.bytes.len() {
            // Only the quote and, with escapes, a backslash end a run of
            // quoted text: found with `memchr`, not byte by byte.
            let rest = &self.bytes[self.pos..];
            let found = if backslash_escapes {
                memchr::memchr2(quote, b'\\', rest)
            } else {
                memchr::memchr(quote, rest)
            };
            let Some(offset) = found else {
                break;
            };
            self.pos += offset;
            if self.bytes[self.pos] == b'\\' {
                self.pos += 2;
                continue;
            }
            if self.at(1) == quote {
                self.pos += 2;
                continue;
            }
            self.pos += 1;
            return true;
        }
        self.pos = self.bytes.len();
        false
    }

    fn dollar_tag(&self) -> Option<usize> {
        // `$tag$` or `$$`, not preceded by an identifier character (`a$1`).
        if self.pos > 0 {
            let prev = self.bytes[self.pos - 1];
            if prev.is_ascii_alphanumeric() || prev == b'_' || prev == b'$' {
                return None;
            }
        }
        let mut i = self.pos + 1;
        while i < self.bytes.len()
            && (self.bytes[i].is_ascii_alphanumeric() || self.bytes[i] == b'_')
        {
            if i == self.pos + 1 && self.bytes[i].is_ascii_digit() {
                return None;
            }
            i += 1;
        }
        (self.bytes.get(i) == Some(&b'$')).then_some(i + 1 - self.pos)
    }

    fn block_comment_end(&self) -> Option<usize> {
        let nested = self.dialect == Dialect::Postgres;
        let mut depth = 0usize;
        let mut i = self.pos;
        while i + 1 < self.bytes.len() {
            match (self.bytes[i], self.bytes[i + 1]) {
                (b'/', b'*') => {
                    depth = if nested || depth == 0 {
                        depth + 1
                    } else {
                        depth
                    };
                    i += 2;
                }
                (b'*', b'/') => {
                    depth -= 1;
                    i += 2;
                    if depth == 0 {
                        return Some(i);
                    }
                }
                _ => i += 1,
            }
        }
        None
    }

    /// Whether a line comment starts here. MySQL's and MariaDB's `--` needs
    /// a space or a control character after it (`SELECT 1--1` subtracts),
    /// except where a statement starts: no statement begins with `--x`, and
    /// migration runners mark their sections so (`--split`), stripped before
    /// the server sees them. Such a line with a `;` in it is no marker
    /// (`--x; DROP TABLE t;` would run the `DROP` where the line is split
    /// at its `;`): it is left to the parser, which refuses it.
    fn is_line_comment(&self) -> bool {
        match self.at(0) {
            b'-' if self.at(1) == b'-' => {
                self.dialect == Dialect::Postgres
                    || matches!(self.at(2), b' ' | b'\t' | b'\n' | b'\r' | 0)
                    || (self.statement_start.is_none() && !self.semicolon_on_line())
            }
            b'#' => self.dialect.is_mysql_family(),
            _ => false,
        }
    }

    /// Whether the rest of the line from here holds a `;`.
    fn semicolon_on_line(&self) -> bool {
        let rest = &self.bytes[self.pos..];
        let line = memchr::memchr(b'\n', rest).map_or(rest, |end| &rest[..end]);
        memchr::memchr(b';', line).is_some()
    }

    fn at_delimiter(&self) -> bool {
        let delimiter = self.delimiter.as_bytes();
        // Most bytes are not the delimiter's first: no slice comparison.
        self.bytes.get(self.pos) == delimiter.first()
            && self.bytes[self.pos..].starts_with(delimiter)
    }

    fn mark_token(&mut self, start: usize) {
        if self.statement_start.is_none() {
            self.statement_start = Some(start);
        }
        self.last_token_end = self.pos;
    }
}

impl Iterator for Splitter<'_> {
    type Item = Piece;

    fn next(&mut self) -> Option<Piece> {
        if let Some(comment) = self.pending_comment.take() {
            return Some(Piece::Comment(comment));
        }
        if self.skip_copy_data {
            self.skip_copy_block();
        }
        while self.pos < self.bytes.len() {
            let start = self.pos;
            let b = self.bytes[self.pos];
            if b.is_ascii_whitespace() {
                // Scanned in a local, not through `self`, which the
                // compiler would otherwise store back at every byte.
                self.pos += self.bytes[self.pos..]
                    .iter()
                    .position(|c| !c.is_ascii_whitespace())
                    .unwrap_or(self.bytes.len() - self.pos);
                continue;
            }
            // The end of the line is looked for only when a line-long command
            // starts here: scanning to it before every statement would make a
            // file of statements on one line quadratic.
            if self.statement_start.is_none() {
                if self.dialect == Dialect::Postgres && b == b'\\' {
                    // A psql meta-command such as `\connect` or `\.`.
                    self.pos = self.rest_of_line();
                    continue;
                }
                let here = self.text.get(self.pos..).unwrap_or("");
                if self.dialect.is_mysql_family() && starts_with_keyword(here, "DELIMITER") {
                    let line_end = self.rest_of_line();
                    let line = self.text.get(self.pos..line_end).unwrap_or("");
                    // `starts_with_keyword` skips leading Unicode white space
                    // (a no-break space), so the keyword is after the same trim.
                    let new = line
                        .trim_start()
                        .get("DELIMITER".len()..)
                        .unwrap_or("")
                        .trim();
                    if !new.is_empty() {
                        new.clone_into(&mut self.delimiter);
                    }
                    self.pos = line_end;
                    continue;
                }
            }
            if self.is_line_comment() {
                self.pos = self.rest_of_line();
                return Some(Piece::Comment(start..self.pos));
            }
            if b == b'/' && self.at(1) == b'*' {
                let Some(end) = self.block_comment_end() else {
                    self.pos = self.bytes.len();
                    return Some(Piece::Unterminated {
                        start,
                        what: "block comment",
                    });
                };
                self.pos = end;
                return Some(Piece::Comment(start..end));
            }
            if self.at_delimiter() && !self.semicolon_inside() {
                self.pos += self.delimiter.len();
                if let Some(statement) = self.finish_statement() {
                    return Some(statement);
                }
                continue;
            }
            let closed = match b {
                b'\'' => {
                    let escapes = self.dialect.is_mysql_family()
                        || (start > 0
                            && matches!(self.bytes[start - 1], b'e' | b'E')
                            && (start < 2 || !self.bytes[start - 2].is_ascii_alphanumeric()));
                    Some((self.skip_quoted(b'\'', escapes), "string"))
                }
                b'"' => Some((
                    self.skip_quoted(b'"', self.dialect.is_mysql_family()),
                    "quoted name",
                )),
                b'`' if self.dialect.is_mysql_family() => {
                    Some((self.skip_quoted(b'`', false), "quoted name"))
                }
                b'$' if self.dialect == Dialect::Postgres => {
                    if let Some(len) = self.dollar_tag() {
                        let tag = &self.bytes[start..start + len];
                        let body = start + len;
                        if let Some(p) = memchr::memmem::find(&self.bytes[body..], tag) {
                            self.pos = body + p + len;
                            Some((true, "dollar-quoted text"))
                        } else {
                            self.pos = self.bytes.len();
                            Some((false, "dollar-quoted text"))
                        }
                    } else {
                        self.pos += 1;
                        None
                    }
                }
                b'(' if self.dialect == Dialect::Postgres => {
                    self.pos += 1;
                    self.paren_depth += 1;
                    None
                }
                b')' if self.dialect == Dialect::Postgres => {
                    self.pos += 1;
                    self.paren_depth = self.paren_depth.saturating_sub(1);
                    None
                }
                _ => {
                    // A run of ordinary characters.
                    let rest = &self.bytes[self.pos + 1..];
                    self.pos += 1 + rest
                        .iter()
                        .position(|&c| !ORDINARY[usize::from(c)])
                        .unwrap_or(rest.len());
                    if self.dialect == Dialect::Postgres && (b.is_ascii_alphabetic() || b == b'_') {
                        let word = &self.bytes[start..self.pos];
                        self.track_word(word);
                    }
                    None
                }
            };
            self.mark_token(start);
            if let Some((false, what)) = closed {
                self.statement_start = None;
                return Some(Piece::Unterminated { start, what });
            }
        }
        self.finish_statement()
    }
}

/// The bytes that continue a run of ordinary characters: letters, digits,
/// `_`, and every byte of a non-ASCII character.
static ORDINARY: [bool; 256] = {
    let mut ordinary = [false; 256];
    let mut c: u8 = 0;
    loop {
        let b = c as usize;
        ordinary[b] = c.is_ascii_alphanumeric() || c == b'_' || c >= 0x80;
        if c == u8::MAX {
            break ordinary;
        }
        c += 1;
    }
};

/// Whether `text` starts with `keyword` as a whole word, ignoring case.
pub fn starts_with_keyword(text: &str, keyword: &str) -> bool {
    let text = text.trim_start();
    text.len() >= keyword.len()
        && text.as_bytes()[..keyword.len()].eq_ignore_ascii_case(keyword.as_bytes())
        && text
            .as_bytes()
            .get(keyword.len())
            .is_none_or(|b| !(b.is_ascii_alphanumeric() || *b == b'_'))
}

fn is_copy_from_stdin(statement: &str) -> bool {
    let upper = statement.to_ascii_uppercase();
    upper.contains("FROM STDIN") || upper.contains("FROM\nSTDIN")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Statements on one line split in time linear in the line: a line eight
    /// times as long may take less than sixteen times as long, where a
    /// quadratic split would take sixty-four (measured as a ratio in one run).
    #[test]
    fn statements_on_one_line_split_in_linear_time() {
        // This thread's CPU time, best of five, the two lines split in
        // turn: other test threads and other processes on the machine do
        // not count, and a busy spell slows both lines alike.
        fn best_of_five(texts: [&str; 2], dialect: Dialect) -> [std::time::Duration; 2] {
            let mut best = [std::time::Duration::MAX; 2];
            for _ in 0..5 {
                for (text, best) in texts.iter().zip(&mut best) {
                    let start = cpu_time::ThreadTime::now();
                    let count = Splitter::new(text, dialect).count();
                    assert!(count > 0);
                    *best = (*best).min(start.elapsed());
                }
            }
            best
        }
        for dialect in [Dialect::Postgres, Dialect::Mysql] {
            let small = "SELECT 1; ".repeat(25_000);
            let large = "SELECT 1; ".repeat(200_000);
            let [t1, t2] = best_of_five([&small, &large], dialect);
            let ratio = t2.as_secs_f64() / t1.as_secs_f64().max(1e-6);
            assert!(
                ratio < 16.0,
                "{dialect:?}: 25,000 statements {t1:?}, 200,000 statements {t2:?} (x{ratio:.1})"
            );
        }
    }

    fn statements(text: &str, dialect: Dialect) -> Vec<&str> {
        Splitter::new(text, dialect)
            .filter_map(|p| match p {
                Piece::Statement(r) => Some(&text[r]),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn splits_on_semicolons_outside_quotes_and_comments() {
        let sql =
            "SELECT ';' -- ; here\n; /* ; */ SELECT \"a;b\"; SELECT $$;$$; SELECT $x$ $$ ; $x$";
        assert_eq!(
            statements(sql, Dialect::Postgres),
            [
                "SELECT ';'",
                "SELECT \"a;b\"",
                "SELECT $$;$$",
                "SELECT $x$ $$ ; $x$"
            ]
        );
    }

    #[test]
    fn a_statement_split_across_lines_is_one() {
        let sql = "DELETE FROM fees\n  WHERE id = 1;\n";
        assert_eq!(
            statements(sql, Dialect::Postgres),
            ["DELETE FROM fees\n  WHERE id = 1"]
        );
    }

    #[test]
    fn delimiter_after_unicode_white_space() {
        // Found by the sql_splitter fuzz target: no-break spaces before
        // `DELIMITER` made the keyword's end fall inside a character.
        let sql = "\u{a0}\u{a0}DELIMITER //\nSELECT 1; SELECT 2//\nDELIMITER ;\nSELECT 3;";
        assert_eq!(
            statements(sql, Dialect::Mysql),
            ["SELECT 1; SELECT 2", "SELECT 3"]
        );
        let sql = "\u{a0}\u{a0}\u{a0}\u{a0}\u{a0}\u{a0}DELIMITER\u{b}\u{b}\u{b}\u{b}";
        assert_eq!(statements(sql, Dialect::Mysql), Vec::<&str>::new());
    }

    #[test]
    fn mysql_backslash_escapes_backticks_and_delimiter() {
        let sql = "SELECT 'it\\'s;'; SELECT `a;b`;\nDELIMITER //\nCREATE TRIGGER t BEGIN SELECT 1; END//\nDELIMITER ;\nSELECT 2;";
        assert_eq!(
            statements(sql, Dialect::Mysql),
            [
                "SELECT 'it\\'s;'",
                "SELECT `a;b`",
                "CREATE TRIGGER t BEGIN SELECT 1; END",
                "SELECT 2"
            ]
        );
    }

    #[test]
    fn postgres_escape_strings_and_nested_comments() {
        let sql = "SELECT E'a\\';b'; /* a /* b */ ; */ SELECT 1;";
        assert_eq!(
            statements(sql, Dialect::Postgres),
            ["SELECT E'a\\';b'", "SELECT 1"]
        );
    }

    #[test]
    fn postgres_semicolons_inside_parentheses_and_atomic_bodies() {
        // psql sends these as one statement each (psqlscan.l).
        let rule = "CREATE RULE r AS ON INSERT TO t DO INSTEAD (DELETE FROM a; DELETE FROM b)";
        let atomic = "CREATE OR REPLACE FUNCTION f() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT CASE WHEN true THEN 1 END; SELECT 2; END";
        let sql = format!("{rule};\n{atomic};\nBEGIN;\nSELECT 1;\nEND;");
        assert_eq!(
            statements(&sql, Dialect::Postgres),
            [rule, atomic, "BEGIN", "SELECT 1", "END"]
        );
        // A stray `)` does not swallow what follows; MySQL keeps its own rule.
        assert_eq!(
            statements("SELECT 1); SELECT (2;", Dialect::Postgres),
            ["SELECT 1)", "SELECT (2;"]
        );
        assert_eq!(
            statements("SELECT (1; 2)", Dialect::Mysql),
            ["SELECT (1", "2)"]
        );
    }

    #[test]
    fn skips_copy_data_and_meta_commands() {
        let sql = "\\connect shop\nCOPY fees (id) FROM stdin;\n1;DROP TABLE x;\n\\.\nSELECT 1;";
        assert_eq!(
            statements(sql, Dialect::Postgres),
            ["COPY fees (id) FROM stdin", "SELECT 1"]
        );
    }

    #[test]
    fn quoted_text_and_dollar_bodies_end_at_their_closing_quote() {
        // Doubled quotes and escapes stay inside; a backslash only escapes
        // where the dialect or `E'...'` says so.
        assert_eq!(
            statements(
                "SELECT 'a''b;c'; SELECT E'x\\';y'; SELECT 'z\\'; SELECT 2;",
                Dialect::Postgres
            ),
            [
                "SELECT 'a''b;c'",
                "SELECT E'x\\';y'",
                "SELECT 'z\\'",
                "SELECT 2"
            ]
        );
        assert_eq!(
            statements(
                "SELECT 'a\\';b'; SELECT \"q\\\";\"; SELECT 3;",
                Dialect::Mysql
            ),
            ["SELECT 'a\\';b'", "SELECT \"q\\\";\"", "SELECT 3"]
        );
        // The closing tag is the opening one, not another tag inside.
        assert_eq!(
            statements("DO $a$ SELECT $b$;$b$; $a$; SELECT 4;", Dialect::Postgres),
            ["DO $a$ SELECT $b$;$b$; $a$", "SELECT 4"]
        );
        // A backslash as the last byte, and a tag never closed.
        for (sql, dialect, what) in [
            ("SELECT 'a\\", Dialect::Mysql, "string"),
            (
                "SELECT $t$ body $t",
                Dialect::Postgres,
                "dollar-quoted text",
            ),
        ] {
            assert_eq!(
                Splitter::new(sql, dialect).collect::<Vec<_>>(),
                [Piece::Unterminated { start: 7, what }],
                "{sql}"
            );
        }
        // A line comment ends at `\r` as at `\n`.
        assert_eq!(
            statements("-- a;\rSELECT 5;", Dialect::Postgres),
            ["SELECT 5"]
        );
    }

    #[test]
    fn reports_unterminated_text() {
        let pieces: Vec<_> = Splitter::new("SELECT 'abc", Dialect::Postgres).collect();
        assert_eq!(
            pieces,
            [Piece::Unterminated {
                start: 7,
                what: "string"
            }]
        );
        let pieces: Vec<_> = Splitter::new("/* open", Dialect::Postgres).collect();
        assert_eq!(
            pieces,
            [Piece::Unterminated {
                start: 0,
                what: "block comment"
            }]
        );
    }

    /// `--split` where a statement starts is a comment to a migration runner;
    /// within a statement, MySQL reads `--1` as minus minus one.
    #[test]
    fn mysql_double_dash_without_a_space_starts_a_comment_only_between_statements() {
        for dialect in [Dialect::Mysql, Dialect::Mariadb] {
            assert_eq!(
                statements(
                    "--split\nUPDATE t SET a = 1;\n--split\nSELECT 2--1;",
                    dialect
                ),
                ["UPDATE t SET a = 1", "SELECT 2--1"]
            );
        }
        assert_eq!(statements("SELECT 2--1;", Dialect::Postgres), ["SELECT 2"]);
        // A `;` on the line: no marker, and the parser refuses the statement.
        assert_eq!(
            statements("--x; DROP TABLE t;", Dialect::Mysql),
            ["--x", "DROP TABLE t"]
        );
    }

    #[test]
    fn yields_comments() {
        let pieces: Vec<_> = Splitter::new("-- a\nSELECT 1; # b", Dialect::Mysql).collect();
        assert_eq!(
            pieces,
            [
                Piece::Comment(0..4),
                Piece::Statement(5..13),
                Piece::Comment(15..18)
            ]
        );
    }
}
