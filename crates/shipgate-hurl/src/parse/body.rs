//! Bodies: inline JSON, ```` ``` ```` multiline strings and `` ` `` one-line
//! strings. XML, `base64,`, `hex,`, `file,` and GraphQL bodies are named as
//! unsupported.

use crate::ast::{Body, Pos};
use crate::error::ParseError;

use super::scanner::{Parts, Scanner};

/// The body that starts on line `*i`; moves `*i` past it.
pub fn body(lines: &[&str], i: &mut usize) -> Result<Body, ParseError> {
    let line = lines.get(*i).copied().unwrap_or("");
    let mut s = Scanner::new(line, *i + 1);
    s.skip_spaces();
    let pos = s.pos();
    if s.starts_with("```") {
        return triple_backticks(lines, i, s);
    }
    match s.peek() {
        Some('{' | '[') => json(lines, i, s),
        Some('`') => {
            let text = s.backticked()?;
            s.expect_end()?;
            *i += 1;
            Ok(Body::Text { pos, text })
        }
        Some('<') => Err(ParseError::unsupported(
            pos,
            "an XML body (write it in a ``` multiline string instead)",
        )),
        _ if s.starts_with("base64,") => Err(ParseError::unsupported(pos, "a `base64,` body")),
        _ if s.starts_with("hex,") => Err(ParseError::unsupported(pos, "a `hex,` body")),
        _ if s.starts_with("file,") => Err(ParseError::unsupported(pos, "a `file,` body")),
        _ => Err(s.expected("a body")),
    }
}

fn triple_backticks(lines: &[&str], i: &mut usize, mut s: Scanner) -> Result<Body, ParseError> {
    let pos = s.pos();
    s.advance(3);
    let rest: String = line_rest(lines, *i, &s);
    if rest.contains("```") {
        // One line: ```text```.
        let mut parts = Parts::default();
        while !s.starts_with("```") {
            match s.peek() {
                Some('{') if s.peek_at(1) == Some('{') => parts.var(s.placeholder(false)?),
                Some(c) => {
                    s.bump();
                    parts.push(c);
                }
                None => break,
            }
        }
        s.advance(3);
        s.expect_end()?;
        *i += 1;
        return Ok(Body::Text {
            pos,
            text: parts.finish(),
        });
    }
    let lang_pos = s.pos();
    let lang = s.word();
    match lang.as_str() {
        "" | "json" | "xml" | "csv" | "text" => {}
        "graphql" => return Err(ParseError::unsupported(lang_pos, "a GraphQL body")),
        "base64" | "hex" => {
            return Err(ParseError::unsupported(
                lang_pos,
                &format!("a ```{lang} body"),
            ));
        }
        other => {
            return Err(ParseError::expected(
                lang_pos,
                format!("expected `json`, `xml` or a new line after ```, found `{other}`"),
            ));
        }
    }
    if s.peek() == Some(',') {
        return Err(ParseError::unsupported(
            s.pos(),
            "a multiline string attribute (```lang,attribute)",
        ));
    }
    s.expect_end()?;
    let mut parts = Parts::default();
    let mut n = *i + 1;
    loop {
        let Some(line) = lines.get(n) else {
            return Err(ParseError::expected(
                pos,
                "expected ``` on a line of its own to close this multiline string, found the end of the file",
            ));
        };
        if line.trim() == "```" {
            *i = n + 1;
            return Ok(Body::Text {
                pos,
                text: parts.finish(),
            });
        }
        let mut s = Scanner::new(line, n + 1);
        while let Some(c) = s.peek() {
            if c == '{' && s.peek_at(1) == Some('{') {
                parts.var(s.placeholder(false)?);
            } else {
                s.bump();
                parts.push(c);
            }
        }
        parts.push('\n');
        n += 1;
    }
}

fn line_rest(lines: &[&str], i: usize, s: &Scanner) -> String {
    lines
        .get(i)
        .map(|l| l.chars().skip(s.pos().column - 1).collect())
        .unwrap_or_default()
}

/// A JSON value over one or more lines, up to its closing bracket.
/// Placeholders are read here (escaped as string content inside JSON
/// strings); the text is then checked as JSON, with each placeholder
/// standing in as a value of its own width so errors keep their columns.
fn json(lines: &[&str], i: &mut usize, first: Scanner) -> Result<Body, ParseError> {
    let pos = first.pos();
    let mut parts = Parts::default();
    let mut stand_in = String::new();
    let mut depth = 0usize;
    let mut in_string = false;
    let mut n = *i;
    let mut s = first;
    loop {
        while let Some(c) = s.peek() {
            if c == '{' && s.peek_at(1) == Some('{') {
                let from = s.pos().column;
                parts.var(s.placeholder(in_string)?);
                let width = s.pos().column - from;
                if in_string {
                    stand_in.push_str(&"x".repeat(width));
                } else {
                    stand_in.push('0');
                    stand_in.push_str(&" ".repeat(width - 1));
                }
                continue;
            }
            s.bump();
            parts.push(c);
            stand_in.push(c);
            if in_string {
                match c {
                    '\\' => {
                        if let Some(next) = s.bump() {
                            parts.push(next);
                            stand_in.push(next);
                        }
                    }
                    '"' => in_string = false,
                    _ => {}
                }
                continue;
            }
            match c {
                '"' => in_string = true,
                '{' | '[' => depth += 1,
                '}' | ']' => {
                    depth = depth.saturating_sub(1);
                    if depth == 0 {
                        s.expect_end()?;
                        *i = n + 1;
                        check_json(&stand_in, pos)?;
                        return Ok(Body::Json {
                            pos,
                            text: parts.finish(),
                        });
                    }
                }
                _ => {}
            }
        }
        n += 1;
        let Some(line) = lines.get(n) else {
            return Err(ParseError::expected(
                pos,
                "expected the JSON body to close its brackets, found the end of the file",
            ));
        };
        parts.push('\n');
        stand_in.push('\n');
        s = Scanner::new(line, n + 1);
    }
}

fn check_json(stand_in: &str, start: Pos) -> Result<(), ParseError> {
    let Err(e) = serde_json::from_str::<serde_json::Value>(stand_in) else {
        return Ok(());
    };
    let line = start.line + e.line().saturating_sub(1);
    let column = if e.line() <= 1 {
        start.column + e.column().saturating_sub(1)
    } else {
        e.column().max(1)
    };
    let message = e.to_string();
    let message = message
        .rsplit_once(" at line ")
        .map_or(message.as_str(), |(m, _)| m);
    Err(ParseError::expected(
        Pos { line, column },
        format!("the JSON body is not valid JSON: {message}"),
    ))
}
