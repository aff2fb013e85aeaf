//! The parsed form of a Hurl file: entries, each a request and an optional
//! response with its captures and asserts.

use std::time::Duration;

use jsonpath_rust::parser::model::JpQuery;
use regex::Regex;

pub use crate::pos::Pos;
use crate::template::Template;

/// A whole Hurl file.
#[derive(Debug, Clone)]
pub struct HurlFile {
    /// Its entries, in order; a parsed file has at least one.
    pub entries: Vec<Entry>,
}

/// One request and what its response must be.
#[derive(Debug, Clone)]
pub struct Entry {
    /// The request.
    pub request: Request,
    /// The response line, captures and asserts, if any.
    pub response: Option<Response>,
}

/// `METHOD URL`, headers, sections and a body.
#[derive(Debug, Clone)]
pub struct Request {
    /// Where the request line starts.
    pub pos: Pos,
    /// The method, as written (upper case).
    pub method: String,
    /// The URL.
    pub url: Template,
    /// The headers, in order.
    pub headers: Vec<KeyValue>,
    /// `[Query]` / `[QueryStringParams]`.
    pub query: Vec<KeyValue>,
    /// `[Form]` / `[FormParams]`.
    pub form: Vec<KeyValue>,
    /// `[Options]`.
    pub options: Options,
    /// The body.
    pub body: Option<Body>,
}

/// `name: value`, both templates.
#[derive(Debug, Clone)]
pub struct KeyValue {
    /// Where the line starts.
    pub pos: Pos,
    /// The name.
    pub key: Template,
    /// The value.
    pub value: Template,
}

/// `[Options]` of one request.
#[derive(Debug, Clone)]
pub struct Options {
    /// `retry`: how many times the entry is tried again after a failure.
    pub retry: u32,
    /// `retry-interval`: the pause between two tries (default 1000 ms).
    pub retry_interval: Duration,
    /// `delay`: a pause before the request is sent (default none).
    pub delay: Duration,
    /// `variable: name=value`, defined before the request is built.
    pub variables: Vec<OptionVariable>,
}

impl Default for Options {
    fn default() -> Self {
        Self {
            retry: 0,
            retry_interval: Duration::from_secs(1),
            delay: Duration::ZERO,
            variables: Vec::new(),
        }
    }
}

/// `variable: name=value` in `[Options]`.
#[derive(Debug, Clone)]
pub struct OptionVariable {
    /// Where the option is.
    pub pos: Pos,
    /// The variable's name.
    pub name: String,
    /// Its value.
    pub value: Template,
}

/// A request or response body.
#[derive(Debug, Clone)]
pub enum Body {
    /// A JSON value written inline; `{{name}}` inside a JSON string is
    /// escaped as JSON string content.
    Json {
        /// Where it starts.
        pos: Pos,
        /// The JSON text.
        text: Template,
    },
    /// A multiline string (```` ``` ````) or a one-line string (`` ` ``).
    Text {
        /// Where it starts.
        pos: Pos,
        /// The text.
        text: Template,
    },
}

impl Body {
    /// Where the body starts.
    pub fn pos(&self) -> Pos {
        match self {
            Self::Json { pos, .. } | Self::Text { pos, .. } => *pos,
        }
    }
}

/// `HTTP <status>`, headers, `[Captures]`, `[Asserts]` and a body.
#[derive(Debug, Clone)]
pub struct Response {
    /// Where the status line starts.
    pub pos: Pos,
    /// `HTTP/1.0`, `HTTP/1.1`, `HTTP/2` or `HTTP/3`; `None` for `HTTP` and `HTTP/*`.
    pub version: Option<String>,
    /// The expected status; `None` for `*`.
    pub status: Option<u16>,
    /// Headers the response must have, with these values.
    pub headers: Vec<KeyValue>,
    /// `[Captures]`.
    pub captures: Vec<Capture>,
    /// `[Asserts]`.
    pub asserts: Vec<Assert>,
    /// The body the response must have.
    pub body: Option<Body>,
}

/// `name: query filters...`: a value taken from the response into a
/// variable. Captured values are secret: they are never shown.
#[derive(Debug, Clone)]
pub struct Capture {
    /// Where the line starts.
    pub pos: Pos,
    /// The variable's name.
    pub name: String,
    /// What is taken.
    pub query: Query,
    /// Applied to the query's value, in order.
    pub filters: Vec<Filter>,
}

/// `query filters... [not] predicate`.
#[derive(Debug, Clone)]
pub struct Assert {
    /// Where the line starts.
    pub pos: Pos,
    /// The assert as written, without its comment.
    pub source: String,
    /// What is checked.
    pub query: Query,
    /// Applied to the query's value, in order.
    pub filters: Vec<Filter>,
    /// `not` before the predicate.
    pub not: bool,
    /// The check.
    pub predicate: Predicate,
}

/// A query on the response.
#[derive(Debug, Clone)]
pub struct Query {
    /// Where it starts.
    pub pos: Pos,
    /// Which.
    pub kind: QueryKind,
}

/// The queries shipgate reads.
#[derive(Debug, Clone)]
pub enum QueryKind {
    /// `status`: the status code.
    Status,
    /// `header "Name"`: the header's value, or its values as a list.
    Header(Template),
    /// `body`: the body as text.
    Body,
    /// `jsonpath "$.x"`: a value of the JSON body; a list for a path with
    /// wildcards, slices, filters or descendants.
    JsonPath(Pattern<JpQuery>),
    /// `regex "(...)"` or `regex /(...)/`: the first group matched in the
    /// body (the whole match without a group).
    Regex(Pattern<Regex>),
    /// `duration`: the response time in milliseconds.
    Duration,
    /// `variable "name"`: a variable's value.
    Variable(String),
}

/// An expression that is compiled when the file is read, unless it holds a
/// `{{variable}}`; then it is compiled once the value is known.
#[derive(Debug, Clone)]
pub struct Pattern<T> {
    /// The expression.
    pub text: Template,
    /// Compiled, when `text` has no variable.
    pub compiled: Option<T>,
}

/// A filter applied to a query's value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Filter {
    /// `count`: the length of a list or object.
    Count,
    /// `nth N`: the list's item N (from 0; negative from the end).
    Nth(i64),
    /// `toInt`: a string or number as an integer.
    ToInt,
}

/// A predicate and where it is.
#[derive(Debug, Clone)]
pub struct Predicate {
    /// Where it starts.
    pub pos: Pos,
    /// Which.
    pub kind: PredicateKind,
}

/// The predicates shipgate checks.
#[derive(Debug, Clone)]
pub enum PredicateKind {
    /// `==` / `equals`.
    Equal(Operand),
    /// `!=` / `notEquals`.
    NotEqual(Operand),
    /// `>` / `greaterThan`.
    Greater(Operand),
    /// `>=` / `greaterThanOrEquals`.
    GreaterOrEqual(Operand),
    /// `<` / `lessThan`.
    Less(Operand),
    /// `<=` / `lessThanOrEquals`.
    LessOrEqual(Operand),
    /// `startsWith`.
    StartsWith(Operand),
    /// `endsWith`.
    EndsWith(Operand),
    /// `contains`: a substring of a string, or an item of a list.
    Contains(Operand),
    /// `includes`: an item of a list.
    Includes(Operand),
    /// `matches`: a regular expression that matches somewhere in the string.
    Matches(Pattern<Regex>),
    /// `exists`: the query found a value (a non-empty list, for lists).
    Exists,
    /// `isString`.
    IsString,
    /// `isInteger`.
    IsInteger,
    /// `isFloat`.
    IsFloat,
    /// `isNumber`.
    IsNumber,
    /// `isBoolean`.
    IsBoolean,
    /// `isCollection`: a list or an object.
    IsCollection,
    /// `isList`.
    IsList,
    /// `isObject`.
    IsObject,
    /// `isEmpty`: an empty string, list or object.
    IsEmpty,
}

impl PredicateKind {
    /// The value it compares with, for the predicates that take one.
    pub fn operand(&self) -> Option<&Operand> {
        match self {
            Self::Equal(o)
            | Self::NotEqual(o)
            | Self::Greater(o)
            | Self::GreaterOrEqual(o)
            | Self::Less(o)
            | Self::LessOrEqual(o)
            | Self::StartsWith(o)
            | Self::EndsWith(o)
            | Self::Contains(o)
            | Self::Includes(o) => Some(o),
            _ => None,
        }
    }
}

/// A predicate's value.
#[derive(Debug, Clone)]
pub enum Operand {
    /// `null`.
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// An integer.
    Integer(i64),
    /// A number with a fraction.
    Float(f64),
    /// A `"quoted"` or `` `one-line` `` string.
    String(Template),
    /// `{{name}}` alone: the variable's value, with its type.
    Variable(String),
}
