//! Queries, filters and predicates over one response.

use std::cell::OnceCell;

use jsonpath_rust::parser::model::{JpQuery, Segment, Selector};
use jsonpath_rust::parser::parse_json_path;
use jsonpath_rust::query::js_path_process;
use regex::Regex;
use serde_json::Value;

use crate::ast::{Filter, Operand, Pattern, PredicateKind, Query, QueryKind};
use crate::redact::Redactor;
use crate::template::{Variables, value_text};

use super::http::HttpResponse;

/// What queries read: the response and the variables.
pub struct Context<'a> {
    /// The response.
    pub response: &'a HttpResponse,
    /// The variables, captures included.
    pub variables: &'a Variables,
    json: OnceCell<Result<Value, String>>,
}

impl<'a> Context<'a> {
    /// A context for `response`.
    pub fn new(response: &'a HttpResponse, variables: &'a Variables) -> Self {
        Self {
            response,
            variables,
            json: OnceCell::new(),
        }
    }

    fn text(&self) -> Result<&str, String> {
        std::str::from_utf8(&self.response.body)
            .map_err(|_| "the response body is not UTF-8 text".to_owned())
    }

    fn json(&self) -> Result<&Value, String> {
        self.json
            .get_or_init(|| {
                let text = self.text()?;
                serde_json::from_str(text).map_err(|e| {
                    format!("the response body is not JSON ({})", short_json_error(&e))
                })
            })
            .as_ref()
            .map_err(Clone::clone)
    }
}

fn short_json_error(e: &serde_json::Error) -> String {
    let message = e.to_string();
    message
        .rsplit_once(" at line ")
        .map_or(message.clone(), |(m, _)| m.to_owned())
}

/// The query's value; `Ok(None)` when it finds nothing.
pub fn query(ctx: &Context<'_>, q: &Query) -> Result<Option<Value>, String> {
    Ok(match &q.kind {
        QueryKind::Status => Some(Value::from(ctx.response.status)),
        QueryKind::Duration => Some(Value::from(
            u64::try_from(ctx.response.duration.as_millis()).unwrap_or(u64::MAX),
        )),
        QueryKind::Body => Some(Value::String(ctx.text()?.to_owned())),
        QueryKind::Header(name) => {
            let name = name.render(ctx.variables).map_err(|e| e.to_string())?;
            let values: Vec<Value> = ctx
                .response
                .headers
                .iter()
                .filter(|(n, _)| n.eq_ignore_ascii_case(&name))
                .map(|(_, v)| Value::String(v.clone()))
                .collect();
            match values.len() {
                0 => None,
                1 => values.into_iter().next(),
                _ => Some(Value::Array(values)),
            }
        }
        QueryKind::JsonPath(pattern) => {
            let path = compiled_jsonpath(pattern, ctx.variables)?;
            let found = js_path_process(&path, ctx.json()?)
                .map_err(|e| format!("the JSONPath expression failed: {e}"))?;
            if is_singular(&path) {
                found.into_iter().next().map(|r| r.val.clone())
            } else {
                Some(Value::Array(
                    found.into_iter().map(|r| r.val.clone()).collect(),
                ))
            }
        }
        QueryKind::Regex(pattern) => {
            let re = compiled_regex(pattern, ctx.variables)?;
            let text = ctx.text()?;
            re.captures(text).and_then(|c| {
                c.get(1)
                    .or_else(|| c.get(0))
                    .map(|m| Value::String(m.as_str().to_owned()))
            })
        }
        QueryKind::Variable(name) => ctx.variables.get(name).cloned(),
    })
}

fn compiled_jsonpath(pattern: &Pattern<JpQuery>, variables: &Variables) -> Result<JpQuery, String> {
    if let Some(path) = &pattern.compiled {
        return Ok(path.clone());
    }
    let text = pattern.text.render(variables).map_err(|e| e.to_string())?;
    parse_json_path(&text)
        .map_err(|_| "the JSONPath expression does not parse once its variables are set".to_owned())
}

/// A regular expression, compiled once its variables are set if need be.
pub fn compiled_regex(pattern: &Pattern<Regex>, variables: &Variables) -> Result<Regex, String> {
    if let Some(re) = &pattern.compiled {
        return Ok(re.clone());
    }
    let text = pattern.text.render(variables).map_err(|e| e.to_string())?;
    Regex::new(&text).map_err(|_| {
        "the regular expression does not compile once its variables are set".to_owned()
    })
}

/// A path of names and indexes only selects one value; any other selects a
/// list.
fn is_singular(path: &JpQuery) -> bool {
    path.segments
        .iter()
        .all(|s| matches!(s, Segment::Selector(Selector::Name(_) | Selector::Index(_))))
}

/// A filter applied to a value.
pub fn filter(value: Option<Value>, filter: Filter) -> Result<Option<Value>, String> {
    let Some(value) = value else {
        return Ok(None);
    };
    match filter {
        Filter::Count => match &value {
            Value::Array(a) => Ok(Some(Value::from(a.len()))),
            Value::Object(o) => Ok(Some(Value::from(o.len()))),
            other => Err(format!("`count` needs a list, found {}", type_name(other))),
        },
        Filter::Nth(n) => match value {
            Value::Array(a) => {
                let len = i64::try_from(a.len()).unwrap_or(i64::MAX);
                let index = if n < 0 { len + n } else { n };
                Ok(usize::try_from(index)
                    .ok()
                    .and_then(|i| a.into_iter().nth(i)))
            }
            other => Err(format!("`nth` needs a list, found {}", type_name(&other))),
        },
        Filter::ToInt => match &value {
            Value::Number(n) if n.is_i64() => Ok(Some(value)),
            #[expect(
                clippy::cast_possible_truncation,
                reason = "toInt truncates, as in Hurl"
            )]
            Value::Number(n) => Ok(n.as_f64().map(|f| Value::from(f.trunc() as i64))),
            Value::String(s) => s
                .trim()
                .parse::<i64>()
                .map(|i| Some(Value::from(i)))
                .map_err(|_| "`toInt` needs an integer, found a string that is not one".to_owned()),
            other => Err(format!(
                "`toInt` needs a string or number, found {}",
                type_name(other)
            )),
        },
    }
}

/// Whether the predicate holds for `actual`; `Err` when it cannot be
/// checked (no value, or a value of the wrong type).
pub fn predicate(
    ctx: &Context<'_>,
    actual: Option<&Value>,
    kind: &PredicateKind,
) -> Result<bool, String> {
    let is = |f: fn(&Value) -> bool| actual.map(f).ok_or_else(|| "no value".to_owned());
    match kind {
        PredicateKind::Exists => Ok(match actual {
            None => false,
            Some(Value::Array(a)) => !a.is_empty(),
            Some(_) => true,
        }),
        PredicateKind::IsString => is(Value::is_string),
        PredicateKind::IsInteger => is(|v| v.is_i64() || v.is_u64()),
        PredicateKind::IsFloat => is(Value::is_f64),
        PredicateKind::IsNumber => is(Value::is_number),
        PredicateKind::IsBoolean => is(Value::is_boolean),
        PredicateKind::IsCollection => is(|v| v.is_array() || v.is_object()),
        PredicateKind::IsList => is(Value::is_array),
        PredicateKind::IsObject => is(Value::is_object),
        PredicateKind::IsEmpty => {
            let v = actual.ok_or_else(|| "no value".to_owned())?;
            match v {
                Value::String(s) => Ok(s.is_empty()),
                Value::Array(a) => Ok(a.is_empty()),
                Value::Object(o) => Ok(o.is_empty()),
                other => Err(format!(
                    "`isEmpty` needs a string or collection, found {}",
                    type_name(other)
                )),
            }
        }
        PredicateKind::Matches(pattern) => {
            let re = compiled_regex(pattern, ctx.variables)?;
            match actual {
                Some(Value::String(s)) => Ok(re.is_match(s)),
                Some(other) => Err(format!(
                    "`matches` needs a string, found {}",
                    type_name(other)
                )),
                None => Err("no value".to_owned()),
            }
        }
        other => {
            let Some(o) = other.operand() else {
                return Err("not a comparison".to_owned());
            };
            let expected = operand(ctx, o)?;
            let actual = actual.ok_or_else(|| "no value".to_owned())?;
            compare(other, actual, &expected)
        }
    }
}

fn compare(kind: &PredicateKind, actual: &Value, expected: &Value) -> Result<bool, String> {
    use std::cmp::Ordering;
    let order = || -> Result<Ordering, String> {
        match (actual, expected) {
            (Value::Number(a), Value::Number(b)) => a
                .as_f64()
                .zip(b.as_f64())
                .and_then(|(a, b)| a.partial_cmp(&b))
                .ok_or_else(|| "the numbers cannot be compared".to_owned()),
            (Value::String(a), Value::String(b)) => Ok(a.cmp(b)),
            (a, b) => Err(format!(
                "cannot order {} against {}",
                type_name(a),
                type_name(b)
            )),
        }
    };
    let strings = |name: &str| -> Result<(&str, &str), String> {
        match (actual, expected) {
            (Value::String(a), Value::String(b)) => Ok((a, b)),
            (a, _) => Err(format!("`{name}` needs a string, found {}", type_name(a))),
        }
    };
    match kind {
        PredicateKind::Equal(_) => Ok(equal(actual, expected)),
        PredicateKind::NotEqual(_) => Ok(!equal(actual, expected)),
        PredicateKind::Greater(_) => Ok(order()? == Ordering::Greater),
        PredicateKind::GreaterOrEqual(_) => Ok(order()? != Ordering::Less),
        PredicateKind::Less(_) => Ok(order()? == Ordering::Less),
        PredicateKind::LessOrEqual(_) => Ok(order()? != Ordering::Greater),
        PredicateKind::StartsWith(_) => strings("startsWith").map(|(a, b)| a.starts_with(b)),
        PredicateKind::EndsWith(_) => strings("endsWith").map(|(a, b)| a.ends_with(b)),
        PredicateKind::Contains(_) | PredicateKind::Includes(_) => match actual {
            Value::String(a) if matches!(kind, PredicateKind::Contains(_)) => match expected {
                Value::String(b) => Ok(a.contains(b.as_str())),
                other => Err(format!(
                    "`contains` on a string needs a string, found {}",
                    type_name(other)
                )),
            },
            Value::Array(items) => Ok(items.iter().any(|i| equal(i, expected))),
            other => Err(format!("needs a list, found {}", type_name(other))),
        },
        _ => Err("not a comparison".to_owned()),
    }
}

/// Equality with numbers compared by value (`1 == 1.0`).
fn equal(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => match (x.as_i64(), y.as_i64()) {
            (Some(x), Some(y)) => x == y,
            #[expect(clippy::float_cmp, reason = "Hurl's `==` is exact")]
            _ => x.as_f64().zip(y.as_f64()).is_some_and(|(x, y)| x == y),
        },
        _ => a == b,
    }
}

fn operand(ctx: &Context<'_>, o: &Operand) -> Result<Value, String> {
    Ok(match o {
        Operand::Null => Value::Null,
        Operand::Bool(b) => Value::Bool(*b),
        Operand::Integer(i) => Value::from(*i),
        Operand::Float(f) => Value::from(*f),
        Operand::String(t) => Value::String(t.render(ctx.variables).map_err(|e| e.to_string())?),
        Operand::Variable(name) => ctx
            .variables
            .get(name)
            .cloned()
            .ok_or_else(|| format!("the variable `{name}` is not defined"))?,
    })
}

/// A value as an error message shows it: secrets hidden first, then cut
/// to 80 characters.
pub fn describe(value: Option<&Value>, redactor: &Redactor) -> String {
    let Some(value) = value else {
        return "none".to_owned();
    };
    let text = match value {
        Value::String(s) => format!("\"{}\"", redactor.redact(s)),
        other => redactor.redact(&other.to_string()),
    };
    if text.chars().count() > 80 {
        format!("{}...", text.chars().take(77).collect::<String>())
    } else {
        text
    }
}

/// `a string`, `an integer`, ...: for messages.
pub fn type_name(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(n) if n.is_f64() => "a float",
        Value::Number(_) => "an integer",
        Value::String(_) => "a string",
        Value::Array(_) => "a list",
        Value::Object(_) => "an object",
    }
}

/// A value as a variable's text (strings unquoted).
pub fn capture_text(value: &Value) -> String {
    value_text(value)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, reason = "a test fails by panicking")]

    use std::time::Duration;

    use serde_json::json;

    use super::*;
    use crate::ast::Assert;

    fn response() -> HttpResponse {
        HttpResponse {
            version: "HTTP/1.1".into(),
            status: 200,
            headers: vec![
                ("content-type".into(), "application/json".into()),
                ("set-cookie".into(), "a=1".into()),
                ("set-cookie".into(), "b=2".into()),
            ],
            body: br#"{"token":"tok_1","items":[{"id":7},{"id":9}],"ratio":0.5,"ok":true,"csrf":"csrf=ab12"}"#.to_vec(),
            duration: Duration::from_millis(42),
        }
    }

    /// Whether each assert line holds against [`response`].
    fn holds(line: &str) -> Result<bool, String> {
        let file = crate::parse(&format!("GET https://x\nHTTP 200\n[Asserts]\n{line}\n")).unwrap();
        let assert: &Assert = &file.entries[0].response.as_ref().unwrap().asserts[0];
        let response = response();
        let mut vars = Variables::new();
        vars.set("first", json!(7));
        let ctx = Context::new(&response, &vars);
        let actual = query(&ctx, &assert.query)
            .and_then(|v| assert.filters.iter().try_fold(v, |v, f| filter(v, *f)))?;
        predicate(&ctx, actual.as_ref(), &assert.predicate.kind).map(|b| b != assert.not)
    }

    #[test]
    fn predicates_hold_and_fail() {
        for line in [
            "status == 200",
            "status != 500",
            "status < 300",
            "duration >= 42",
            "header \"Content-Type\" == \"application/json\"",
            "header \"Set-Cookie\" count == 2",
            "header \"Set-Cookie\" includes \"b=2\"",
            "jsonpath \"$.token\" == \"tok_1\"",
            "jsonpath \"$.token\" startsWith \"tok\"",
            "jsonpath \"$.token\" endsWith \"_1\"",
            "jsonpath \"$.token\" matches /^tok_[0-9]$/",
            "jsonpath \"$.token\" isString",
            "jsonpath \"$.items\" count == 2",
            "jsonpath \"$.items[*].id\" includes 9",
            "jsonpath \"$.items[*].id\" nth 0 == {{first}}",
            "jsonpath \"$.items[0].id\" isInteger",
            "jsonpath \"$.ratio\" == 0.5",
            "jsonpath \"$.ratio\" isFloat",
            "jsonpath \"$.ok\" == true",
            "jsonpath \"$.gone\" not exists",
            "jsonpath \"$.items[?@.id > 100]\" not exists",
            "regex \"csrf=([a-z0-9]+)\" == \"ab12\"",
            "body contains \"tok_1\"",
            "body not contains \"error\"",
        ] {
            assert_eq!(holds(line), Ok(true), "{line}");
        }
        for line in [
            "status == 201",
            "jsonpath \"$.token\" == \"other\"",
            "jsonpath \"$.token\" not isString",
            "jsonpath \"$.items\" count > 2",
            "jsonpath \"$.gone\" exists",
            "jsonpath \"$.ok\" == false",
            "header \"X-Missing\" exists",
        ] {
            assert_eq!(holds(line), Ok(false), "{line}");
        }
    }

    #[test]
    fn checks_that_cannot_be_made_are_errors_not_passes() {
        assert_eq!(holds("jsonpath \"$.gone\" == 1"), Err("no value".into()));
        assert_eq!(
            holds("jsonpath \"$.gone\" not == 1"),
            Err("no value".into())
        );
        assert!(
            holds("jsonpath \"$.ok\" startsWith \"t\"")
                .unwrap_err()
                .contains("needs a string")
        );
        assert!(
            holds("jsonpath \"$.token\" count == 1")
                .unwrap_err()
                .contains("`count` needs a list")
        );
        assert!(
            holds("jsonpath \"$.token\" > 1")
                .unwrap_err()
                .contains("cannot order")
        );
    }

    #[test]
    fn a_body_that_is_not_json_fails_a_jsonpath_query() {
        let mut response = response();
        response.body = b"<html>".to_vec();
        let vars = Variables::new();
        let ctx = Context::new(&response, &vars);
        let file =
            crate::parse("GET https://x\nHTTP 200\n[Captures]\nt: jsonpath \"$.token\"\n").unwrap();
        let q = &file.entries[0].response.as_ref().unwrap().captures[0].query;
        assert!(
            query(&ctx, q)
                .unwrap_err()
                .starts_with("the response body is not JSON")
        );
    }

    #[test]
    fn described_values_hide_secrets_before_they_are_cut() {
        let mut redactor = Redactor::new();
        let secret = "s".repeat(100);
        redactor.add(&secret);
        let shown = describe(Some(&Value::String(format!("x{secret}"))), &redactor);
        assert_eq!(shown, "\"x***\"");
        assert_eq!(describe(None, &redactor), "none");
    }
}
