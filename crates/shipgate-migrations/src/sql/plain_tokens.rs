//! A tokenizer for plain PostgreSQL: the ASCII words, numbers, simple
//! literals and common operators that almost every migration statement is
//! made of. It yields exactly the tokens sqlparser's tokenizer yields, in a
//! fraction of the time (which was the largest single cost of the gate), and
//! declines everything else: sqlparser then tokenizes the statement itself.
//!
//! Declined: non-ASCII text, comments, escapes (`''`, `""`, backslashes),
//! prefixed literals (`E'...'`, `B'...'`, `U&'...'`, `X'...'`), dollar
//! quotes, placeholders, numbers that are not plain decimals, operators other
//! than `= < > <= >= <> != || :: + - * / %`, `COPY`, whose data sqlparser
//! reads, and a `;` with more text after it (sqlparser reads that as a new
//! statement, maybe a `COPY`). The tests compare both tokenizers on every
//! statement they accept.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

use sqlparser::keywords::{ALL_KEYWORDS, ALL_KEYWORDS_INDEX, Keyword};
use sqlparser::tokenizer::{Location, Span, Token, TokenWithSpan, Whitespace, Word};

/// Appends the tokens of `sql` to `out` (empty) and returns `true`, or
/// returns `false` with `out` empty when `sql` holds anything it declines.
pub(super) fn tokenize(sql: &str, out: &mut Vec<TokenWithSpan>) -> bool {
    // A `COPY` statement's inline data is captured by sqlparser's tokenizer.
    let accepted = sql.is_ascii()
        && !super::splitter::starts_with_keyword(sql, "COPY")
        && Reader::new(sql, out).run();
    if !accepted {
        out.clear();
    }
    accepted
}

struct Reader<'a> {
    bytes: &'a [u8],
    text: &'a str,
    at: usize,
    line: u64,
    column: u64,
    out: &'a mut Vec<TokenWithSpan>,
}

impl<'a> Reader<'a> {
    fn new(text: &'a str, out: &'a mut Vec<TokenWithSpan>) -> Self {
        Self {
            bytes: text.as_bytes(),
            text,
            at: 0,
            line: 1,
            column: 1,
            out,
        }
    }

    fn peek(&self, ahead: usize) -> Option<u8> {
        self.bytes.get(self.at + ahead).copied()
    }

    fn location(&self) -> Location {
        Location::new(self.line, self.column)
    }

    /// Moves past `n` bytes of one line (no newline among them).
    fn advance(&mut self, n: usize) {
        self.at += n;
        self.column += n as u64;
    }

    /// Pushes `token`, which spans the next `n` bytes (no newline among them).
    fn emit(&mut self, token: Token, n: usize) {
        let start = self.location();
        self.advance(n);
        let span = Span::new(start, self.location());
        self.out.push(TokenWithSpan { token, span });
    }

    /// Pushes an operator of `n` bytes, unless the next byte would extend it
    /// into another operator (PostgreSQL's user-defined operators) or a comment.
    fn operator(&mut self, token: Token, n: usize) -> bool {
        if self.peek(n).is_some_and(is_operator_byte) {
            return false;
        }
        self.emit(token, n);
        true
    }

    fn run(mut self) -> bool {
        while let Some(b) = self.peek(0) {
            let accepted = match b {
                b' ' => {
                    self.emit(Token::Whitespace(Whitespace::Space), 1);
                    true
                }
                b'\t' => {
                    self.emit(Token::Whitespace(Whitespace::Tab), 1);
                    true
                }
                b'\n' | b'\r' => {
                    self.newline();
                    true
                }
                b'a'..=b'z' | b'A'..=b'Z' | b'_' => self.word(),
                b'0'..=b'9' => self.number(),
                b'"' => self.quoted_identifier(),
                b'\'' => self.string(),
                b'(' => self.single(Token::LParen),
                b')' => self.single(Token::RParen),
                b',' => self.single(Token::Comma),
                // sqlparser starts a new statement after `;`, and reads the
                // data of a `COPY ... FROM STDIN` there: only a final `;` is read.
                b';' if self.bytes[self.at + 1..]
                    .iter()
                    .all(|b| matches!(b, b' ' | b'\t' | b'\n' | b'\r')) =>
                {
                    self.single(Token::SemiColon)
                }
                b'[' => self.single(Token::LBracket),
                b']' => self.single(Token::RBracket),
                b'+' => self.single(Token::Plus),
                b'*' => self.single(Token::Mul),
                b'/' if self.peek(1) != Some(b'*') => self.single(Token::Div),
                b'.' if !self
                    .peek(1)
                    .is_some_and(|n| n.is_ascii_digit() || n == b'_') =>
                {
                    self.single(Token::Period)
                }
                b'%' => self.operator(Token::Mod, 1),
                b'-' => self.operator(Token::Minus, 1),
                b'=' if !matches!(self.peek(1), Some(b'>' | b'=')) => self.single(Token::Eq),
                b'!' if self.peek(1) == Some(b'=') => {
                    self.emit(Token::Neq, 2);
                    true
                }
                b'<' => match self.peek(1) {
                    Some(b'=') => self.operator(Token::LtEq, 2),
                    Some(b'>') => self.operator(Token::Neq, 2),
                    _ => self.operator(Token::Lt, 1),
                },
                b'>' => match self.peek(1) {
                    Some(b'=') => self.operator(Token::GtEq, 2),
                    _ => self.operator(Token::Gt, 1),
                },
                b'|' if self.peek(1) == Some(b'|') => self.operator(Token::StringConcat, 2),
                b':' => match self.peek(1) {
                    Some(b':') => {
                        self.emit(Token::DoubleColon, 2);
                        true
                    }
                    Some(b'=') => false,
                    _ => self.single(Token::Colon),
                },
                _ => false,
            };
            if !accepted {
                return false;
            }
        }
        true
    }

    fn single(&mut self, token: Token) -> bool {
        self.emit(token, 1);
        true
    }

    /// `\n`, `\r` or `\r\n`: one newline token, as sqlparser counts lines.
    fn newline(&mut self) {
        let start = self.location();
        let crlf = self.peek(0) == Some(b'\r') && self.peek(1) == Some(b'\n');
        if self.peek(0) == Some(b'\r') && !crlf {
            self.advance(1);
        } else {
            self.at += 1 + usize::from(crlf);
            self.line += 1;
            self.column = 1;
        }
        let span = Span::new(start, self.location());
        self.out.push(TokenWithSpan {
            token: Token::Whitespace(Whitespace::Newline),
            span,
        });
    }

    fn word(&mut self) -> bool {
        let len = self.bytes[self.at..]
            .iter()
            .position(|&b| !(b.is_ascii_alphanumeric() || b == b'_' || b == b'$'))
            .unwrap_or(self.bytes.len() - self.at);
        // A prefixed literal (`E'..'`, `U&'..'`) or a word glued to a quote.
        if matches!(self.peek(len), Some(b'\'' | b'"' | b'&')) {
            return false;
        }
        let value = &self.text[self.at..self.at + len];
        let word = Word {
            value: value.to_owned(),
            quote_style: None,
            keyword: keyword(value),
        };
        self.emit(Token::Word(word), len);
        true
    }

    /// A plain decimal: digits, optionally `.` and more digits.
    fn number(&mut self) -> bool {
        let digits = |from: usize| {
            self.bytes[from..]
                .iter()
                .position(|b| !b.is_ascii_digit())
                .unwrap_or(self.bytes.len() - from)
        };
        let mut len = digits(self.at);
        if self.peek(len) == Some(b'.') && self.peek(len + 1).is_some_and(|b| b.is_ascii_digit()) {
            len += 1 + digits(self.at + len + 1);
        }
        // Exponents, `0x..`, `1_000`, `1.`, `1L` and identifiers after digits.
        if self.peek(len).is_some_and(|b| {
            b.is_ascii_alphanumeric() || matches!(b, b'_' | b'.' | b'$' | b'\'' | b'"')
        }) {
            return false;
        }
        let number = self.text[self.at..self.at + len].to_owned();
        self.emit(Token::Number(number, false), len);
        true
    }

    /// `"name"` without escapes or line breaks.
    fn quoted_identifier(&mut self) -> bool {
        let Some(len) = self.closing(b'"') else {
            return false;
        };
        let word = Word {
            value: self.text[self.at + 1..self.at + 1 + len].to_owned(),
            quote_style: Some('"'),
            keyword: Keyword::NoKeyword,
        };
        self.emit(Token::Word(word), len + 2);
        true
    }

    /// `'text'` without escapes or line breaks.
    fn string(&mut self) -> bool {
        let Some(len) = self.closing(b'\'') else {
            return false;
        };
        let text = self.text[self.at + 1..self.at + 1 + len].to_owned();
        self.emit(Token::SingleQuotedString(text), len + 2);
        true
    }

    /// The length of the text between the quote at the current byte and its
    /// closing `quote`; `None` if it is not closed on the same line, holds a
    /// backslash, or the closing quote is doubled (an escape).
    fn closing(&self, quote: u8) -> Option<usize> {
        let rest = &self.bytes[self.at + 1..];
        let len = rest
            .iter()
            .position(|&b| b == quote || matches!(b, b'\n' | b'\r' | b'\\'))?;
        (rest[len] == quote && rest.get(len + 1) != Some(&quote)).then_some(len)
    }
}

/// The bytes that sqlparser reads as part of an operator after one.
fn is_operator_byte(b: u8) -> bool {
    matches!(
        b,
        b'+' | b'-'
            | b'*'
            | b'/'
            | b'<'
            | b'>'
            | b'='
            | b'~'
            | b'!'
            | b'@'
            | b'#'
            | b'%'
            | b'^'
            | b'&'
            | b'|'
            | b'`'
            | b'?'
    )
}

/// The keyword an unquoted word is, in any case; sqlparser's lookup searched
/// its sorted list comparing byte by byte, a visible share of the gate.
fn keyword(word: &str) -> Keyword {
    const LONGEST: usize = 64;
    if word.len() > LONGEST {
        return Keyword::NoKeyword;
    }
    let mut upper = [0; LONGEST];
    for (to, from) in upper.iter_mut().zip(word.bytes()) {
        *to = from.to_ascii_uppercase();
    }
    keywords()
        .get(&upper[..word.len()])
        .copied()
        .unwrap_or(Keyword::NoKeyword)
}

type Keywords = HashMap<&'static [u8], Keyword, BuildHasherDefault<WordHasher>>;

fn keywords() -> &'static Keywords {
    static KEYWORDS: OnceLock<Keywords> = OnceLock::new();
    KEYWORDS.get_or_init(|| {
        ALL_KEYWORDS
            .iter()
            .zip(ALL_KEYWORDS_INDEX)
            .map(|(name, keyword)| (name.as_bytes(), *keyword))
            .collect()
    })
}

/// FNV-1a: the keys are short words, where `SipHash`'s setup dominates.
struct WordHasher(u64);

impl Default for WordHasher {
    fn default() -> Self {
        Self(0xcbf2_9ce4_8422_2325)
    }
}

impl Hasher for WordHasher {
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

#[cfg(test)]
mod tests;
