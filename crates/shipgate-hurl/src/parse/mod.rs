//! The reader: Hurl text to [`HurlFile`], line by line, following the Hurl
//! grammar (hurl.dev/docs/grammar.html) for the parts shipgate runs, and
//! naming any other Hurl feature as unsupported rather than skipping it.

mod body;
mod options;
mod query;
mod scanner;
#[cfg(test)]
mod tests;

use crate::ast::{Entry, HurlFile, KeyValue, Pos, Request, Response};
use crate::error::ParseError;
use scanner::Scanner;

/// Reads a Hurl file. A file with no request is an error: an empty smoke
/// test checks nothing.
pub fn parse(text: &str) -> Result<HurlFile, ParseError> {
    let lines: Vec<&str> = text
        .split('\n')
        .map(|l| l.strip_suffix('\r').unwrap_or(l))
        .collect();
    let mut parser = Parser { lines, i: 0 };
    let mut entries = Vec::new();
    loop {
        parser.skip_blank();
        match parser.kind() {
            None => break,
            Some(Kind::Request) => entries.push(parser.entry()?),
            Some(_) => {
                return Err(parser
                    .scanner_at_content()
                    .expected("a request such as `GET https://example.org/health`"));
            }
        }
    }
    if entries.is_empty() {
        return Err(ParseError::expected(
            Pos { line: 1, column: 1 },
            "expected a request such as `GET https://example.org/health`, found no request: a smoke test needs at least one",
        ));
    }
    Ok(HurlFile { entries })
}

/// What a line starts.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Kind {
    Blank,
    Request,
    Response,
    Section(String),
    Body,
    Other,
}

fn classify(line: &str) -> Kind {
    let t = line.trim_start_matches([' ', '\t']);
    if t.is_empty() || t.starts_with('#') {
        return Kind::Blank;
    }
    if let Some(name) = section_name(t) {
        return Kind::Section(name);
    }
    if let Some(rest) = t.strip_prefix("HTTP")
        && (rest.starts_with([' ', '\t', '/']) || rest.is_empty())
    {
        return Kind::Response;
    }
    let method_len = t.bytes().take_while(u8::is_ascii_uppercase).count();
    if method_len > 0 && t[method_len..].starts_with([' ', '\t']) {
        return Kind::Request;
    }
    if t.starts_with(['{', '[', '`', '<'])
        || ["base64,", "hex,", "file,"]
            .iter()
            .any(|p| t.starts_with(p))
    {
        return Kind::Body;
    }
    Kind::Other
}

/// `[Name]` alone on its line (a comment may follow).
fn section_name(t: &str) -> Option<String> {
    let rest = t.strip_prefix('[')?;
    let end = rest.find(']')?;
    let name = &rest[..end];
    let after = rest[end + 1..].trim_start_matches([' ', '\t']);
    (name.starts_with(|c: char| c.is_ascii_uppercase())
        && name.chars().all(|c| c.is_ascii_alphanumeric())
        && (after.is_empty() || after.starts_with('#')))
    .then(|| name.to_owned())
}

struct Parser<'a> {
    lines: Vec<&'a str>,
    i: usize,
}

impl Parser<'_> {
    fn skip_blank(&mut self) {
        while self.i < self.lines.len() && classify(self.lines[self.i]) == Kind::Blank {
            self.i += 1;
        }
    }

    /// The kind of the current line, `None` at the end.
    fn kind(&self) -> Option<Kind> {
        self.lines.get(self.i).map(|l| classify(l))
    }

    /// A scanner on the current line, past its indentation.
    fn scanner_at_content(&self) -> Scanner {
        let mut s = Scanner::new(self.lines.get(self.i).copied().unwrap_or(""), self.i + 1);
        s.skip_spaces();
        s
    }

    fn entry(&mut self) -> Result<Entry, ParseError> {
        let request = self.request()?;
        self.skip_blank();
        let response = match self.kind() {
            Some(Kind::Response) => Some(self.response()?),
            None | Some(Kind::Request) => None,
            Some(_) => {
                return Err(self
                    .scanner_at_content()
                    .expected("`HTTP <status>` or the next request"));
            }
        };
        self.skip_blank();
        if !matches!(self.kind(), None | Some(Kind::Request)) {
            return Err(self.scanner_at_content().expected("the next request"));
        }
        Ok(Entry { request, response })
    }

    fn request(&mut self) -> Result<Request, ParseError> {
        let mut s = self.scanner_at_content();
        let pos = s.pos();
        let method = s.word();
        s.expect_spaces("the URL")?;
        let url_pos = s.pos();
        let url = s.value_string()?;
        if url.parts.is_empty() {
            return Err(ParseError::expected(
                url_pos,
                "expected a URL after the method",
            ));
        }
        self.i += 1;
        let headers = self.key_values("a header `Name: value`")?;
        let mut request = Request {
            pos,
            method,
            url,
            headers,
            query: Vec::new(),
            form: Vec::new(),
            options: crate::ast::Options::default(),
            body: None,
        };
        let mut seen = Vec::new();
        while let Some((name, at)) = self.section(&mut seen, "request")? {
            match name.as_str() {
                "Query" | "QueryStringParams" => {
                    request.query = self.key_values("a parameter `name: value`")?;
                }
                "Form" | "FormParams" => {
                    request.form = self.key_values("a form field `name: value`")?;
                }
                "Options" => request.options = self.options()?,
                "BasicAuth" | "Cookies" | "Multipart" | "MultipartFormData" => {
                    return Err(ParseError::unsupported(
                        at,
                        &format!("the `[{name}]` section"),
                    ));
                }
                "Captures" | "Asserts" => {
                    return Err(ParseError::expected(
                        at,
                        format!(
                            "`[{name}]` belongs to the response: write `HTTP <status>` before it"
                        ),
                    ));
                }
                _ => return Err(unknown_section(at, &name)),
            }
        }
        self.skip_blank();
        if self.kind() == Some(Kind::Body) {
            if !request.form.is_empty() {
                return Err(self
                    .scanner_at_content()
                    .expected("no body after `[Form]`: a request has one or the other"));
            }
            request.body = Some(body::body(&self.lines, &mut self.i)?);
        }
        Ok(request)
    }

    fn response(&mut self) -> Result<Response, ParseError> {
        let mut s = self.scanner_at_content();
        let pos = s.pos();
        s.advance(4);
        let version = if s.peek() == Some('/') {
            let at = s.pos();
            let v = s.token();
            match v.as_str() {
                "/*" => None,
                "/1.0" | "/1.1" | "/2" | "/3" => Some(format!("HTTP{v}")),
                _ => {
                    return Err(ParseError::expected(
                        at,
                        format!(
                            "expected `HTTP`, `HTTP/1.0`, `HTTP/1.1`, `HTTP/2`, `HTTP/3` or `HTTP/*`, found `HTTP{v}`"
                        ),
                    ));
                }
            }
        } else {
            None
        };
        s.expect_spaces("the status code")?;
        let status = if s.peek() == Some('*') {
            s.bump();
            None
        } else {
            let at = s.pos();
            let digits = s.word();
            match digits.parse::<u16>() {
                Ok(code) if (100..=599).contains(&code) => Some(code),
                _ => {
                    return Err(ParseError::expected(
                        at,
                        format!(
                            "expected a status code from 100 to 599, or `*`, found {}",
                            if digits.is_empty() {
                                s.found()
                            } else {
                                format!("`{digits}`")
                            }
                        ),
                    ));
                }
            }
        };
        s.expect_end()?;
        self.i += 1;
        let headers = self.key_values("a header `Name: value`")?;
        let mut response = Response {
            pos,
            version,
            status,
            headers,
            captures: Vec::new(),
            asserts: Vec::new(),
            body: None,
        };
        let mut seen = Vec::new();
        while let Some((name, at)) = self.section(&mut seen, "response")? {
            match name.as_str() {
                "Captures" => response.captures = self.items(query::capture)?,
                "Asserts" => response.asserts = self.items(query::assert)?,
                "Query" | "QueryStringParams" | "Form" | "FormParams" | "Options" | "BasicAuth"
                | "Cookies" | "Multipart" | "MultipartFormData" => {
                    return Err(ParseError::expected(
                        at,
                        format!("`[{name}]` belongs to the request, before `HTTP <status>`"),
                    ));
                }
                _ => return Err(unknown_section(at, &name)),
            }
        }
        self.skip_blank();
        if self.kind() == Some(Kind::Body) {
            response.body = Some(body::body(&self.lines, &mut self.i)?);
        }
        Ok(response)
    }

    /// The section header on the next line that is not blank, if any:
    /// its name and place; moves past it. A section given twice (under
    /// either of its names) is an error.
    fn section(
        &mut self,
        seen: &mut Vec<String>,
        whose: &str,
    ) -> Result<Option<(String, Pos)>, ParseError> {
        self.skip_blank();
        let Some(Kind::Section(name)) = self.kind() else {
            return Ok(None);
        };
        let at = self.scanner_at_content().pos();
        let canonical = match name.as_str() {
            "QueryStringParams" => "Query",
            "FormParams" => "Form",
            "MultipartFormData" => "Multipart",
            other => other,
        }
        .to_owned();
        if seen.contains(&canonical) {
            return Err(ParseError::expected(
                at,
                format!("`[{name}]` appears twice in this {whose}"),
            ));
        }
        seen.push(canonical);
        self.i += 1;
        Ok(Some((name, at)))
    }

    /// The lines of a section (or of the headers), each read by `item`,
    /// up to the next section, request, response or body.
    fn items<T>(
        &mut self,
        mut item: impl FnMut(&mut Scanner) -> Result<T, ParseError>,
    ) -> Result<Vec<T>, ParseError> {
        let mut out = Vec::new();
        loop {
            self.skip_blank();
            if self.kind() != Some(Kind::Other) {
                return Ok(out);
            }
            let mut s = self.scanner_at_content();
            out.push(item(&mut s)?);
            s.expect_end()?;
            self.i += 1;
        }
    }

    fn key_values(&mut self, what: &str) -> Result<Vec<KeyValue>, ParseError> {
        self.items(|s| key_value(s, what))
    }

    fn options(&mut self) -> Result<crate::ast::Options, ParseError> {
        let mut options = crate::ast::Options::default();
        self.items(|s| options::option(s, &mut options))?;
        Ok(options)
    }
}

/// `name: value`.
fn key_value(s: &mut Scanner, what: &str) -> Result<KeyValue, ParseError> {
    let pos = s.pos();
    let key = s.key_string()?;
    if key.parts.is_empty() {
        return Err(s.expected(&format!(
            "{what}, a section such as `[Asserts]`, a body, or `HTTP <status>`"
        )));
    }
    s.skip_spaces();
    if s.peek() != Some(':') {
        return Err(s.expected(&format!("`:` in {what}")));
    }
    s.bump();
    s.skip_spaces();
    let value = s.value_string()?;
    Ok(KeyValue { pos, key, value })
}

fn unknown_section(at: Pos, name: &str) -> ParseError {
    ParseError::expected(
        at,
        format!(
            "`[{name}]` is not a Hurl section: expected `[Query]`, `[Form]`, `[Options]` (request) or `[Captures]`, `[Asserts]` (response)"
        ),
    )
}
