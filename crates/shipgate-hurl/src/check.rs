//! Before anything is sent: every `{{variable}}` a file uses is defined by
//! then, by `--variable`, `--secret`, an `[Options]` `variable`, or a capture
//! of an earlier entry (or of the same entry, for its asserts).

use std::collections::BTreeSet;

use crate::ast::{Body, HurlFile, Operand, PredicateKind, QueryKind};
use crate::error::ParseError;
use crate::template::Template;

/// The first use of a variable that nothing defines before it.
pub fn check_variables(file: &HurlFile, given: &BTreeSet<String>) -> Result<(), ParseError> {
    let mut defined = given.clone();
    for entry in &file.entries {
        let request = &entry.request;
        for option in &request.options.variables {
            uses(&option.value, &defined)?;
            defined.insert(option.name.clone());
        }
        uses(&request.url, &defined)?;
        for kv in request
            .headers
            .iter()
            .chain(&request.query)
            .chain(&request.form)
        {
            uses(&kv.key, &defined)?;
            uses(&kv.value, &defined)?;
        }
        if let Some(body) = &request.body {
            uses(body_text(body), &defined)?;
        }
        let Some(response) = &entry.response else {
            continue;
        };
        for kv in &response.headers {
            uses(&kv.value, &defined)?;
        }
        for capture in &response.captures {
            query_uses(&capture.query.kind, &defined)?;
            defined.insert(capture.name.clone());
        }
        for assert in &response.asserts {
            query_uses(&assert.query.kind, &defined)?;
            match &assert.predicate.kind {
                PredicateKind::Matches(p) => uses(&p.text, &defined)?,
                kind => match kind.operand() {
                    Some(Operand::String(t)) => uses(t, &defined)?,
                    Some(Operand::Variable(name)) if !defined.contains(name) => {
                        return Err(undefined(name, assert.predicate.pos));
                    }
                    _ => {}
                },
            }
        }
        if let Some(body) = &response.body {
            uses(body_text(body), &defined)?;
        }
    }
    Ok(())
}

fn body_text(body: &Body) -> &Template {
    match body {
        Body::Json { text, .. } | Body::Text { text, .. } => text,
    }
}

fn query_uses(kind: &QueryKind, defined: &BTreeSet<String>) -> Result<(), ParseError> {
    match kind {
        QueryKind::Header(t) => uses(t, defined),
        QueryKind::JsonPath(p) => uses(&p.text, defined),
        QueryKind::Regex(p) => uses(&p.text, defined),
        QueryKind::Status | QueryKind::Body | QueryKind::Duration | QueryKind::Variable(_) => {
            Ok(())
        }
    }
}

fn uses(template: &Template, defined: &BTreeSet<String>) -> Result<(), ParseError> {
    for (name, pos) in template.variables() {
        if !defined.contains(name) {
            return Err(undefined(name, pos));
        }
    }
    Ok(())
}

fn undefined(name: &str, pos: crate::ast::Pos) -> ParseError {
    ParseError::expected(
        pos,
        format!(
            "the variable `{name}` is not defined here: pass `--variable {name}=VALUE` (or `--secret {name}=VALUE`), or capture it in an earlier entry"
        ),
    )
}
