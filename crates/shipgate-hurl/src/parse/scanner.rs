//! A cursor over one line: characters with their columns, and the strings,
//! templates and words of Hurl's grammar.

use std::fmt::Write as _;

use crate::ast::Pos;
use crate::error::ParseError;
use crate::template::{Part, Template};

/// The characters of one line and a position in them.
pub struct Scanner {
    chars: Vec<char>,
    line: usize,
    at: usize,
}

impl Scanner {
    /// A scanner over `text`, line `line` (from 1).
    pub fn new(text: &str, line: usize) -> Self {
        Self {
            chars: text.chars().collect(),
            line,
            at: 0,
        }
    }

    /// Where the cursor is.
    pub fn pos(&self) -> Pos {
        Pos {
            line: self.line,
            column: self.at + 1,
        }
    }

    /// The next character.
    pub fn peek(&self) -> Option<char> {
        self.chars.get(self.at).copied()
    }

    /// The character `n` ahead.
    pub fn peek_at(&self, n: usize) -> Option<char> {
        self.chars.get(self.at + n).copied()
    }

    /// Whether the rest starts with `s`.
    pub fn starts_with(&self, s: &str) -> bool {
        s.chars()
            .enumerate()
            .all(|(n, c)| self.chars.get(self.at + n) == Some(&c))
    }

    /// Moves past `n` characters.
    pub fn advance(&mut self, n: usize) {
        self.at = (self.at + n).min(self.chars.len());
    }

    /// The cursor, to come back to with [`Scanner::reset`].
    pub fn mark(&self) -> usize {
        self.at
    }

    /// Moves the cursor back to `mark`.
    pub fn reset(&mut self, mark: usize) {
        self.at = mark.min(self.chars.len());
    }

    /// The characters from index `from` to `to`.
    pub fn slice(&self, from: usize, to: usize) -> String {
        self.chars[from.min(to)..to.min(self.chars.len())]
            .iter()
            .collect()
    }

    /// Takes the next character.
    pub fn bump(&mut self) -> Option<char> {
        let c = self.peek()?;
        self.at += 1;
        Some(c)
    }

    /// Skips spaces and tabs; returns how many.
    pub fn skip_spaces(&mut self) -> usize {
        let start = self.at;
        while matches!(self.peek(), Some(' ' | '\t')) {
            self.at += 1;
        }
        self.at - start
    }

    /// Whether only spaces and an optional `# comment` remain.
    pub fn at_end(&self) -> bool {
        let mut i = self.at;
        while matches!(self.chars.get(i), Some(' ' | '\t')) {
            i += 1;
        }
        matches!(self.chars.get(i), None | Some('#'))
    }

    /// The rest of the line, as shown in an error: the next word, shortened.
    pub fn found(&self) -> String {
        let rest: String = self.chars[self.at..]
            .iter()
            .take_while(|c| !c.is_whitespace())
            .take(24)
            .collect();
        if rest.is_empty() {
            "the end of the line".to_owned()
        } else {
            format!("`{rest}`")
        }
    }

    /// An error here: `expected {what}, found ...`.
    pub fn expected(&self, what: &str) -> ParseError {
        ParseError::expected(
            self.pos(),
            format!("expected {what}, found {}", self.found()),
        )
    }

    /// Fails unless only spaces and a comment remain.
    pub fn expect_end(&mut self) -> Result<(), ParseError> {
        self.skip_spaces();
        if self.at_end() {
            Ok(())
        } else {
            Err(self.expected("the end of the line"))
        }
    }

    /// Requires at least one space, then skips them all.
    pub fn expect_spaces(&mut self, before: &str) -> Result<(), ParseError> {
        if self.skip_spaces() == 0 {
            return Err(self.expected(&format!("a space before {before}")));
        }
        Ok(())
    }

    /// A run of ASCII letters, digits, `-` and `_`.
    pub fn word(&mut self) -> String {
        let start = self.at;
        while matches!(self.peek(), Some(c) if c.is_ascii_alphanumeric() || c == '-' || c == '_') {
            self.at += 1;
        }
        self.chars[start..self.at].iter().collect()
    }

    /// A run of any characters up to a space (for operators).
    pub fn token(&mut self) -> String {
        let start = self.at;
        while matches!(self.peek(), Some(c) if !c.is_whitespace()) {
            self.at += 1;
        }
        self.chars[start..self.at].iter().collect()
    }

    /// `{{ name }}`, the cursor on the first `{`.
    pub fn placeholder(&mut self, json_string: bool) -> Result<Part, ParseError> {
        let pos = self.pos();
        self.advance(2);
        self.skip_spaces();
        let name_pos = self.pos();
        let name = self.word();
        if name.is_empty() || name.starts_with(|c: char| c.is_ascii_digit()) {
            return Err(ParseError::expected(
                name_pos,
                format!(
                    "expected a variable name (letters, digits, `_`, `-`) after `{{{{`, found {}",
                    self.found()
                ),
            ));
        }
        self.skip_spaces();
        if !self.starts_with("}}") {
            if self.peek() == Some('|') {
                return Err(ParseError::unsupported(
                    self.pos(),
                    "a template filter (`{{x | f}}`)",
                ));
            }
            return Err(self.expected("`}}` to close the variable"));
        }
        self.advance(2);
        Ok(Part::Var {
            name,
            pos,
            json_string,
        })
    }

    /// A backslash escape, the cursor on the backslash. `extra` lists the
    /// characters that escape to themselves here besides `\` .
    pub fn escape(&mut self, extra: &str) -> Result<char, ParseError> {
        let pos = self.pos();
        self.bump();
        let Some(c) = self.bump() else {
            return Err(ParseError::expected(
                pos,
                "expected an escaped character after `\\`, found the end of the line",
            ));
        };
        Ok(match c {
            '\\' => '\\',
            'n' => '\n',
            't' => '\t',
            'r' => '\r',
            'b' => '\u{8}',
            'f' => '\u{c}',
            'u' => self.unicode(pos)?,
            c if extra.contains(c) => c,
            other => {
                return Err(ParseError::expected(
                    pos,
                    format!(
                        "expected an escape (`\\\\`, `\\n`, `\\t`, `\\r`, `\\b`, `\\f`, `\\u{{...}}`{}), found `\\{other}`",
                        extra.chars().fold(String::new(), |mut out, c| {
                            let _ = write!(out, ", `\\{c}`");
                            out
                        })
                    ),
                ));
            }
        })
    }

    fn unicode(&mut self, pos: Pos) -> Result<char, ParseError> {
        if self.bump() != Some('{') {
            return Err(ParseError::expected(pos, "expected `\\u{HEX}`"));
        }
        let mut hex = String::new();
        while let Some(c) = self.peek().filter(char::is_ascii_hexdigit) {
            hex.push(c);
            self.at += 1;
        }
        if self.bump() != Some('}') {
            return Err(ParseError::expected(
                pos,
                "expected `\\u{HEX}` closed by `}`",
            ));
        }
        u32::from_str_radix(&hex, 16)
            .ok()
            .filter(|_| hex.len() <= 6)
            .and_then(char::from_u32)
            .ok_or_else(|| {
                ParseError::expected(pos, format!("`\\u{{{hex}}}` is not a Unicode character"))
            })
    }

    /// `"..."` with escapes and placeholders, the cursor on the quote.
    pub fn quoted(&mut self) -> Result<Template, ParseError> {
        self.delimited('"', "\"", "`\"`")
    }

    /// `` `...` `` with escapes and placeholders, the cursor on the backtick.
    pub fn backticked(&mut self) -> Result<Template, ParseError> {
        self.delimited('`', "`#", "`` ` ``")
    }

    /// A string closed by `delimiter`, with escapes (`extra` escaping to
    /// themselves) and placeholders, the cursor on the opening delimiter.
    fn delimited(
        &mut self,
        delimiter: char,
        extra: &str,
        shown: &str,
    ) -> Result<Template, ParseError> {
        let start = self.pos();
        self.bump();
        let mut parts = Parts::default();
        loop {
            match self.peek() {
                None => {
                    return Err(ParseError::expected(
                        start,
                        format!("expected {shown} to close the string, found the end of the line"),
                    ));
                }
                Some(c) if c == delimiter => {
                    self.bump();
                    return Ok(parts.finish());
                }
                Some('\\') => parts.push(self.escape(extra)?),
                Some('{') if self.peek_at(1) == Some('{') => parts.var(self.placeholder(false)?),
                Some(c) => {
                    self.bump();
                    parts.push(c);
                }
            }
        }
    }

    /// `/.../`, the cursor on the slash; `\/` is a slash.
    pub fn regex_literal(&mut self) -> Result<String, ParseError> {
        let start = self.pos();
        self.bump();
        let mut out = String::new();
        loop {
            match self.bump() {
                None => {
                    return Err(ParseError::expected(
                        start,
                        "expected `/` to close the regular expression, found the end of the line",
                    ));
                }
                Some('/') => return Ok(out),
                Some('\\') if self.peek() == Some('/') => {
                    self.bump();
                    out.push('/');
                }
                Some(c) => out.push(c),
            }
        }
    }

    /// A value string: to the end of the line or a comment, escapes and
    /// placeholders read, trailing spaces dropped.
    pub fn value_string(&mut self) -> Result<Template, ParseError> {
        let mut parts = Parts::default();
        let mut pending_spaces = String::new();
        loop {
            match self.peek() {
                None | Some('#') => break,
                Some(c @ (' ' | '\t')) => {
                    self.bump();
                    pending_spaces.push(c);
                }
                Some(c) => {
                    for s in pending_spaces.drain(..) {
                        parts.push(s);
                    }
                    match c {
                        '\\' => parts.push(self.escape("#:\"")?),
                        '{' if self.peek_at(1) == Some('{') => parts.var(self.placeholder(false)?),
                        _ => {
                            self.bump();
                            parts.push(c);
                        }
                    }
                }
            }
        }
        Ok(parts.finish())
    }

    /// A key: letters, digits, `_ - . [ ] @ $`, escapes and placeholders,
    /// up to `:`.
    pub fn key_string(&mut self) -> Result<Template, ParseError> {
        let mut parts = Parts::default();
        loop {
            match self.peek() {
                Some(c)
                    if c.is_alphanumeric()
                        || matches!(c, '_' | '-' | '.' | '[' | ']' | '@' | '$') =>
                {
                    self.bump();
                    parts.push(c);
                }
                Some('\\') => parts.push(self.escape("#: \"")?),
                Some('{') if self.peek_at(1) == Some('{') => parts.var(self.placeholder(false)?),
                _ => break,
            }
        }
        Ok(parts.finish())
    }
}

/// Builds a template from characters and placeholders.
#[derive(Default)]
pub struct Parts {
    parts: Vec<Part>,
    text: String,
}

impl Parts {
    /// Adds a literal character.
    pub fn push(&mut self, c: char) {
        self.text.push(c);
    }

    /// Adds a placeholder.
    pub fn var(&mut self, part: Part) {
        if !self.text.is_empty() {
            self.parts.push(Part::Text(std::mem::take(&mut self.text)));
        }
        self.parts.push(part);
    }

    /// The template.
    pub fn finish(mut self) -> Template {
        if !self.text.is_empty() {
            self.parts.push(Part::Text(self.text));
        }
        Template { parts: self.parts }
    }
}
