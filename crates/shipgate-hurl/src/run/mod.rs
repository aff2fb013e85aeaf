//! Runs parsed files: each entry's request is sent, its response checked
//! (status line, headers, captures, asserts, body), and on failure tried
//! again as `[Options]` `retry` allows. The first entry that fails ends its
//! file; the entries after it are reported as not run.

mod build;
mod eval;
pub mod http;

use std::time::{Duration, Instant};

use serde_json::Value;

use crate::ast::{Body, Entry, HurlFile, Response};
use crate::redact::Redactor;
use crate::template::{Variables, infer};

use eval::{Context, describe, filter, predicate, query};
use http::{Client, HttpResponse};

/// How an entry ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Every check passed.
    Pass,
    /// No response came, or a check failed, on the last try.
    Fail,
    /// An earlier entry of the file failed, so this one was not sent.
    NotRun,
}

impl Outcome {
    /// `pass`, `fail` or `not-run`.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Pass => "pass",
            Self::Fail => "fail",
            Self::NotRun => "not-run",
        }
    }
}

/// One entry's result. Its text has every secret replaced by `***`.
#[derive(Debug, Clone)]
pub struct EntryResult {
    /// Its place in the file, from 1.
    pub index: usize,
    /// The line of its request.
    pub line: usize,
    /// The method.
    pub method: String,
    /// The URL sent (or, not run, as written), secrets and credentials hidden.
    pub url: String,
    /// The status of the last response.
    pub status: Option<u16>,
    /// How it ended.
    pub outcome: Outcome,
    /// How many times it was sent.
    pub attempts: u32,
    /// From the first try to the end of the last.
    pub duration: Duration,
    /// Why it failed: `line:column: message`, one per failed check.
    pub errors: Vec<String>,
}

/// One file's result.
#[derive(Debug, Clone)]
pub struct FileResult {
    /// The file, as given.
    pub path: String,
    /// Its entries, in order.
    pub entries: Vec<EntryResult>,
}

impl FileResult {
    /// Whether every entry passed (a file with none does not pass).
    pub fn passed(&self) -> bool {
        !self.entries.is_empty() && self.entries.iter().all(|e| e.outcome == Outcome::Pass)
    }
}

/// What a run needs besides the files.
pub struct Runner<'a> {
    /// The HTTP client.
    pub client: &'a Client,
    /// `--variable` and `--secret` values.
    pub variables: &'a Variables,
    /// Pauses (`delay`, `retry-interval`).
    pub sleep: &'a dyn Fn(Duration),
}

impl Runner<'_> {
    /// Runs every file in order, each with its own variables; secrets are
    /// those in `redactor` plus every value captured, hidden in all results.
    pub fn run(&self, files: &[(String, HurlFile)], redactor: &mut Redactor) -> Vec<FileResult> {
        let mut results: Vec<FileResult> = files
            .iter()
            .map(|(path, file)| FileResult {
                path: path.clone(),
                entries: self.run_file(file, redactor),
            })
            .collect();
        // A value captured late hides itself in what came before too.
        for entry in results.iter_mut().flat_map(|f| f.entries.iter_mut()) {
            entry.url = redactor.redact(&entry.url);
            for error in &mut entry.errors {
                *error = redactor.redact(error);
            }
        }
        results
    }

    fn run_file(&self, file: &HurlFile, redactor: &mut Redactor) -> Vec<EntryResult> {
        let mut variables = self.variables.clone();
        let mut results = Vec::new();
        let mut failed: Option<(usize, usize)> = None;
        for (n, entry) in file.entries.iter().enumerate() {
            let index = n + 1;
            let request = &entry.request;
            if let Some((at, line)) = failed {
                results.push(EntryResult {
                    index,
                    line: request.pos.line,
                    method: request.method.clone(),
                    url: request.url.render_partial(&variables),
                    status: None,
                    outcome: Outcome::NotRun,
                    attempts: 0,
                    duration: Duration::ZERO,
                    errors: vec![format!(
                        "not run: entry {at} (line {line}) failed before it"
                    )],
                });
                continue;
            }
            let result = self.run_entry(index, entry, &mut variables, redactor);
            if result.outcome != Outcome::Pass {
                failed = Some((index, request.pos.line));
            }
            results.push(result);
        }
        results
    }

    fn run_entry(
        &self,
        index: usize,
        entry: &Entry,
        variables: &mut Variables,
        redactor: &mut Redactor,
    ) -> EntryResult {
        let request = &entry.request;
        let mut result = EntryResult {
            index,
            line: request.pos.line,
            method: request.method.clone(),
            url: request.url.render_partial(variables),
            status: None,
            outcome: Outcome::Fail,
            attempts: 0,
            duration: Duration::ZERO,
            errors: Vec::new(),
        };
        for option in &request.options.variables {
            match option.value.render(variables) {
                Ok(text) => variables.set(option.name.clone(), infer(&text)),
                Err(e) => {
                    result.errors.push(e.to_string());
                    return result;
                }
            }
        }
        let options = &request.options;
        if !options.delay.is_zero() {
            (self.sleep)(options.delay);
        }
        let started = Instant::now();
        loop {
            result.attempts += 1;
            let attempt = self.attempt(entry, variables, redactor);
            result.url.clone_from(&attempt.url);
            result.status = attempt.status;
            result.errors = attempt.errors;
            if result.errors.is_empty() {
                for (name, value) in attempt.captures {
                    variables.set(name, value);
                }
                result.outcome = Outcome::Pass;
                break;
            }
            if result.attempts > options.retry {
                break;
            }
            (self.sleep)(options.retry_interval);
        }
        result.duration = started.elapsed();
        result
    }

    fn attempt(&self, entry: &Entry, variables: &Variables, redactor: &mut Redactor) -> Attempt {
        let request = &entry.request;
        let mut attempt = Attempt {
            url: request.url.render_partial(variables),
            status: None,
            errors: Vec::new(),
            captures: Vec::new(),
        };
        let built = match build::request(request, variables) {
            Ok(built) => built,
            Err(e) => {
                attempt.errors.push(e);
                return attempt;
            }
        };
        attempt.url.clone_from(&built.url);
        let response = match self.client.send(&built) {
            Ok(r) => r,
            Err(e) => {
                let e = e.replace(&built.url, &redactor.redact(&built.url));
                attempt
                    .errors
                    .push(format!("{}: no response: {e}", request.pos));
                return attempt;
            }
        };
        attempt.status = Some(response.status);
        if let Some(spec) = &entry.response {
            check(spec, &response, variables, redactor, &mut attempt);
        }
        attempt
    }
}

/// One try of an entry.
struct Attempt {
    url: String,
    status: Option<u16>,
    errors: Vec<String>,
    captures: Vec<(String, Value)>,
}

/// The status line, headers, captures, asserts and body of `spec` against
/// `response`, in that order.
fn check(
    spec: &Response,
    response: &HttpResponse,
    variables: &Variables,
    redactor: &mut Redactor,
    attempt: &mut Attempt,
) {
    if let Some(version) = &spec.version
        && *version != response.version
    {
        attempt.errors.push(format!(
            "{}: the response is {}, expected {version}",
            spec.pos, response.version
        ));
    }
    if let Some(status) = spec.status
        && status != response.status
    {
        attempt.errors.push(format!(
            "{}: status {}, expected {status}",
            spec.pos, response.status
        ));
    }
    let mut scope = variables.clone();
    for header in &spec.headers {
        let rendered = header
            .key
            .render(variables)
            .and_then(|name| Ok((name, header.value.render(variables)?)));
        match rendered {
            Ok((name, value)) => {
                let found: Vec<&str> = response
                    .headers
                    .iter()
                    .filter(|(n, _)| n.eq_ignore_ascii_case(&name))
                    .map(|(_, v)| v.as_str())
                    .collect();
                if !found.contains(&value.as_str()) {
                    let shown = found.first().map_or_else(
                        || "no such header".to_owned(),
                        |v| format!("\"{}\"", redactor.redact(v)),
                    );
                    attempt.errors.push(format!(
                        "{}: header `{name}` is {shown}, expected \"{}\"",
                        header.pos,
                        redactor.redact(&value)
                    ));
                }
            }
            Err(e) => attempt.errors.push(e.to_string()),
        }
    }
    for capture in &spec.captures {
        let value = {
            let ctx = Context::new(response, &scope);
            query(&ctx, &capture.query)
                .and_then(|v| capture.filters.iter().try_fold(v, |v, f| filter(v, *f)))
        };
        match value {
            Ok(Some(value)) => {
                redactor.add(&eval::capture_text(&value));
                scope.set(capture.name.clone(), value.clone());
                attempt.captures.push((capture.name.clone(), value));
            }
            Ok(None) => attempt.errors.push(format!(
                "{}: capture `{}` found no value",
                capture.pos, capture.name
            )),
            Err(e) => attempt.errors.push(format!(
                "{}: capture `{}` failed: {e}",
                capture.pos, capture.name
            )),
        }
    }
    for assert in &spec.asserts {
        let ctx = Context::new(response, &scope);
        let actual = query(&ctx, &assert.query)
            .and_then(|v| assert.filters.iter().try_fold(v, |v, f| filter(v, *f)));
        let message = match actual {
            Err(e) => Some(format!(
                "{}: assert `{}` cannot be checked: {e}",
                assert.pos, assert.source
            )),
            Ok(actual) => match predicate(&ctx, actual.as_ref(), &assert.predicate.kind) {
                Ok(holds) if holds != assert.not => None,
                Ok(_) => Some(format!(
                    "{}: assert `{}` failed: actual {}",
                    assert.pos,
                    assert.source,
                    describe(actual.as_ref(), redactor)
                )),
                Err(e) if actual.is_none() => Some(format!(
                    "{}: assert `{}` cannot be checked: {e}",
                    assert.pos, assert.source
                )),
                Err(e) => Some(format!(
                    "{}: assert `{}` cannot be checked: {e} (actual {})",
                    assert.pos,
                    assert.source,
                    describe(actual.as_ref(), redactor)
                )),
            },
        };
        attempt.errors.extend(message);
    }
    if let Some(body) = &spec.body
        && let Some(error) = body_differs(body, response, &scope)
    {
        attempt.errors.push(error);
    }
}

/// Why the response body is not the expected one, if it is not.
fn body_differs(body: &Body, response: &HttpResponse, variables: &Variables) -> Option<String> {
    let pos = body.pos();
    match body {
        Body::Json { text, .. } => {
            let expected = match text.render(variables) {
                Ok(t) => t,
                Err(e) => return Some(e.to_string()),
            };
            let expected: Result<Value, _> = serde_json::from_str(&expected);
            let actual: Result<Value, _> = serde_json::from_slice(&response.body);
            match (expected, actual) {
                (Ok(e), Ok(a)) if e == a => None,
                (Ok(_), Ok(_)) => {
                    Some(format!("{pos}: the response body is not the expected JSON"))
                }
                (Err(_), _) => Some(format!(
                    "{pos}: the expected body is not JSON once its variables are set"
                )),
                (_, Err(_)) => Some(format!("{pos}: the response body is not JSON")),
            }
        }
        Body::Text { text, .. } => match text.render(variables) {
            Ok(t) if t.as_bytes() == response.body.as_slice() => None,
            Ok(_) => Some(format!("{pos}: the response body is not the expected text")),
            Err(e) => Some(e.to_string()),
        },
    }
}
