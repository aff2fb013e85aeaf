//! `[Captures]` and `[Asserts]` lines: queries, filters, predicates and
//! their values.

use jsonpath_rust::parser::parse_json_path;
use regex::Regex;

use crate::ast::{
    Assert, Capture, Filter, Operand, Pattern, Predicate, PredicateKind, Query, QueryKind,
};
use crate::error::ParseError;
use crate::template::{Part, Template};

use super::scanner::Scanner;

/// Hurl queries shipgate does not run.
const UNSUPPORTED_QUERIES: &[&str] = &[
    "cookie",
    "xpath",
    "bytes",
    "rawbytes",
    "sha256",
    "md5",
    "url",
    "version",
    "ip",
    "certificate",
    "redirects",
];

/// Hurl filters shipgate does not run.
const UNSUPPORTED_FILTERS: &[&str] = &[
    "base64Decode",
    "base64Encode",
    "base64UrlSafeDecode",
    "base64UrlSafeEncode",
    "daysAfterNow",
    "daysBeforeNow",
    "dateFormat",
    "decode",
    "first",
    "format",
    "htmlEscape",
    "htmlUnescape",
    "jsonpath",
    "last",
    "location",
    "regex",
    "replace",
    "replaceRegex",
    "split",
    "toDate",
    "toFloat",
    "toHex",
    "toString",
    "urlDecode",
    "urlEncode",
    "urlQueryParam",
    "utf8Decode",
    "utf8Encode",
    "xpath",
];

/// Hurl predicates shipgate does not run.
const UNSUPPORTED_PREDICATES: &[&str] = &["isDate", "isIsoDate", "isIpv4", "isIpv6", "isUuid"];

/// `name: query filters... [redact]`.
pub fn capture(s: &mut Scanner) -> Result<Capture, ParseError> {
    let pos = s.pos();
    let key = s.key_string()?;
    let name = key
        .literal()
        .filter(|n| {
            !n.is_empty()
                && n.chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
        })
        .ok_or_else(|| {
            ParseError::expected(
                pos,
                "expected a capture `name: query`, the name of letters, digits, `_` and `-`",
            )
        })?;
    s.skip_spaces();
    if s.peek() != Some(':') {
        return Err(s.expected("`:` after the capture's name"));
    }
    s.bump();
    s.skip_spaces();
    let query = query(s)?;
    let filters = filters(s)?;
    // Every capture is secret already; `redact` says so explicitly.
    let mark = s.mark();
    s.skip_spaces();
    if s.word() != "redact" {
        s.reset(mark);
    }
    Ok(Capture {
        pos,
        name,
        query,
        filters,
    })
}

/// `query filters... [not] predicate [value]`.
pub fn assert(s: &mut Scanner) -> Result<Assert, ParseError> {
    let pos = s.pos();
    let start = pos.column - 1;
    let query = query(s)?;
    let filters = filters(s)?;
    s.expect_spaces("the predicate")?;
    let mut not = false;
    if s.starts_with("not") && matches!(s.peek_at(3), Some(' ' | '\t')) {
        s.advance(3);
        s.skip_spaces();
        not = true;
    }
    let predicate = predicate(s)?;
    let end = s.pos().column - 1;
    Ok(Assert {
        pos,
        source: s.slice(start, end),
        query,
        filters,
        not,
        predicate,
    })
}

/// A query: `status`, `header "Name"`, `body`, `jsonpath "$.x"`,
/// `regex "..."`, `duration`, `variable "name"`.
pub fn query(s: &mut Scanner) -> Result<Query, ParseError> {
    let pos = s.pos();
    let word = s.word();
    let kind = match word.as_str() {
        "status" => QueryKind::Status,
        "body" => QueryKind::Body,
        "duration" => QueryKind::Duration,
        "header" => {
            s.expect_spaces("the header's name")?;
            QueryKind::Header(quoted(s, "the header's name in quotes")?)
        }
        "jsonpath" => {
            s.expect_spaces("the JSONPath expression")?;
            let at = s.pos();
            let text = quoted(s, "a JSONPath expression in quotes, such as \"$.token\"")?;
            let compiled = match text.literal() {
                Some(path) => Some(parse_json_path(&path).map_err(|e| {
                    ParseError::expected(at, format!("`{path}` is not a JSONPath expression: {e}"))
                })?),
                None => None,
            };
            QueryKind::JsonPath(Pattern { text, compiled })
        }
        "regex" => {
            s.expect_spaces("the regular expression")?;
            QueryKind::Regex(pattern(s)?)
        }
        "variable" => {
            s.expect_spaces("the variable's name")?;
            let at = s.pos();
            let name = quoted(s, "the variable's name in quotes")?
                .literal()
                .filter(|n| !n.is_empty())
                .ok_or_else(|| {
                    ParseError::expected(at, "expected a variable's name, without `{{`")
                })?;
            QueryKind::Variable(name)
        }
        w if UNSUPPORTED_QUERIES.contains(&w) => {
            return Err(ParseError::unsupported(pos, &format!("the `{w}` query")));
        }
        _ => {
            return Err(ParseError::expected(
                pos,
                format!(
                    "expected a query (`status`, `header`, `body`, `jsonpath`, `regex`, `duration`, `variable`), found {}",
                    if word.is_empty() {
                        s.found()
                    } else {
                        format!("`{word}`")
                    }
                ),
            ));
        }
    };
    Ok(Query { pos, kind })
}

/// Filters after a query, up to the predicate (or the end of the line).
fn filters(s: &mut Scanner) -> Result<Vec<Filter>, ParseError> {
    let mut out = Vec::new();
    loop {
        let mark = s.mark();
        s.skip_spaces();
        let pos = s.pos();
        let word = s.word();
        match word.as_str() {
            "count" => out.push(Filter::Count),
            "toInt" => out.push(Filter::ToInt),
            "nth" => {
                s.expect_spaces("the index")?;
                let at = s.pos();
                let n = s.token();
                let n = n.parse::<i64>().map_err(|_| {
                    ParseError::expected(
                        at,
                        format!("expected an integer index after `nth`, found `{n}`"),
                    )
                })?;
                out.push(Filter::Nth(n));
            }
            w if UNSUPPORTED_FILTERS.contains(&w) => {
                return Err(ParseError::unsupported(pos, &format!("the `{w}` filter")));
            }
            _ => {
                s.reset(mark);
                return Ok(out);
            }
        }
    }
}

fn predicate(s: &mut Scanner) -> Result<Predicate, ParseError> {
    let pos = s.pos();
    let name = if s.peek().is_some_and(|c| "=!<>".contains(c)) {
        s.token()
    } else {
        s.word()
    };
    let kind = match name.as_str() {
        "==" | "equals" => PredicateKind::Equal(operand(s)?),
        "!=" | "notEquals" => PredicateKind::NotEqual(operand(s)?),
        ">" | "greaterThan" => PredicateKind::Greater(operand(s)?),
        ">=" | "greaterThanOrEquals" => PredicateKind::GreaterOrEqual(operand(s)?),
        "<" | "lessThan" => PredicateKind::Less(operand(s)?),
        "<=" | "lessThanOrEquals" => PredicateKind::LessOrEqual(operand(s)?),
        "startsWith" => PredicateKind::StartsWith(operand(s)?),
        "endsWith" => PredicateKind::EndsWith(operand(s)?),
        "contains" => PredicateKind::Contains(operand(s)?),
        "includes" => PredicateKind::Includes(operand(s)?),
        "matches" => {
            s.expect_spaces("the regular expression")?;
            PredicateKind::Matches(pattern(s)?)
        }
        "exists" => PredicateKind::Exists,
        "isString" => PredicateKind::IsString,
        "isInteger" => PredicateKind::IsInteger,
        "isFloat" => PredicateKind::IsFloat,
        "isNumber" => PredicateKind::IsNumber,
        "isBoolean" => PredicateKind::IsBoolean,
        "isCollection" => PredicateKind::IsCollection,
        "isList" => PredicateKind::IsList,
        "isObject" => PredicateKind::IsObject,
        "isEmpty" => PredicateKind::IsEmpty,
        w if UNSUPPORTED_PREDICATES.contains(&w) => {
            return Err(ParseError::unsupported(
                pos,
                &format!("the `{w}` predicate"),
            ));
        }
        _ => {
            return Err(ParseError::expected(
                pos,
                format!(
                    "expected a predicate (`==`, `!=`, `>`, `>=`, `<`, `<=`, `startsWith`, `endsWith`, `contains`, `includes`, `matches`, `exists`, `isString`, `isInteger`, `isFloat`, `isNumber`, `isBoolean`, `isCollection`, `isList`, `isObject`, `isEmpty`), found {}",
                    if name.is_empty() {
                        s.found()
                    } else {
                        format!("`{name}`")
                    }
                ),
            ));
        }
    };
    Ok(Predicate { pos, kind })
}

/// A predicate's value.
fn operand(s: &mut Scanner) -> Result<Operand, ParseError> {
    s.expect_spaces("the value")?;
    let pos = s.pos();
    match s.peek() {
        Some('"') => return Ok(Operand::String(s.quoted()?)),
        Some('`') if !s.starts_with("```") => return Ok(Operand::String(s.backticked()?)),
        Some('{') if s.peek_at(1) == Some('{') => {
            if let Part::Var { name, .. } = s.placeholder(false)? {
                return Ok(Operand::Variable(name));
            }
        }
        _ => {}
    }
    if s.starts_with("hex,") || s.starts_with("base64,") || s.starts_with("```") {
        return Err(ParseError::unsupported(
            pos,
            "a bytes value (`hex,`, `base64,`, ```)",
        ));
    }
    let token = s.token();
    match token.as_str() {
        "true" => Ok(Operand::Bool(true)),
        "false" => Ok(Operand::Bool(false)),
        "null" => Ok(Operand::Null),
        t if t.starts_with(|c: char| c.is_ascii_digit() || c == '-') => {
            if let Ok(i) = t.parse::<i64>() {
                Ok(Operand::Integer(i))
            } else if let Some(f) = t.parse::<f64>().ok().filter(|f| f.is_finite()) {
                Ok(Operand::Float(f))
            } else {
                Err(ParseError::expected(
                    pos,
                    format!("expected a number, found `{t}`"),
                ))
            }
        }
        _ => Err(ParseError::expected(
            pos,
            format!(
                "expected a value (a \"string\", a number, `true`, `false`, `null` or `{{{{variable}}}}`), found {}",
                if token.is_empty() {
                    "the end of the line".to_owned()
                } else {
                    format!("`{token}`")
                }
            ),
        )),
    }
}

/// `"..."` or `/.../`, compiled now unless it holds a variable.
fn pattern(s: &mut Scanner) -> Result<Pattern<Regex>, ParseError> {
    let at = s.pos();
    let text = match s.peek() {
        Some('"') => s.quoted()?,
        Some('/') => Template::text(s.regex_literal()?),
        _ => return Err(s.expected("a regular expression: \"...\" or /.../")),
    };
    let compiled = match text.literal() {
        Some(re) => Some(Regex::new(&re).map_err(|e| {
            ParseError::expected(
                at,
                format!(
                    "not a valid regular expression: {}",
                    first_line(&e.to_string())
                ),
            )
        })?),
        None => None,
    };
    Ok(Pattern { text, compiled })
}

fn quoted(s: &mut Scanner, what: &str) -> Result<Template, ParseError> {
    if s.peek() == Some('"') {
        s.quoted()
    } else {
        Err(s.expected(what))
    }
}

fn first_line(text: &str) -> String {
    text.lines().last().unwrap_or(text).trim().to_owned()
}
