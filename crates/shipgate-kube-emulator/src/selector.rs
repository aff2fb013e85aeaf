//! Label selectors: the string form of `?labelSelector=` (`app=web`,
//! `tier!=db`, `env in (a,b)`, `env notin (c)`, `key`, `!key`) and the JSON
//! form of a Deployment's `spec.selector` (`matchLabels`, `matchExpressions`).

use serde_json::{Map, Value};

/// A selector that does not parse.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SelectorError(pub String);

impl std::fmt::Display for SelectorError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for SelectorError {}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Term {
    Equals(String, String),
    NotEquals(String, String),
    In(String, Vec<String>),
    NotIn(String, Vec<String>),
    Exists(String),
    DoesNotExist(String),
}

/// A parsed label selector: every term must hold. Empty selects everything.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LabelSelector {
    terms: Vec<Term>,
}

/// Splits on commas outside parentheses.
fn split_terms(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut depth = 0usize;
    let mut start = 0;
    for (i, c) in text.char_indices() {
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            ',' if depth == 0 => {
                out.push(&text[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    out.push(&text[start..]);
    out
}

fn values(list: &str, term: &str) -> Result<Vec<String>, SelectorError> {
    let inner = list
        .trim()
        .strip_prefix('(')
        .and_then(|l| l.strip_suffix(')'))
        .ok_or_else(|| SelectorError(format!("`{term}`: the values must be in parentheses")))?;
    Ok(inner.split(',').map(|v| v.trim().to_string()).collect())
}

fn parse_term(term: &str) -> Result<Term, SelectorError> {
    let t = term.trim();
    if let Some(key) = t.strip_prefix('!') {
        return Ok(Term::DoesNotExist(key.trim().to_string()));
    }
    if let Some((k, v)) = t.split_once("!=") {
        return Ok(Term::NotEquals(k.trim().into(), v.trim().into()));
    }
    if let Some((k, v)) = t.split_once("==") {
        return Ok(Term::Equals(k.trim().into(), v.trim().into()));
    }
    if let Some((k, v)) = t.split_once('=') {
        return Ok(Term::Equals(k.trim().into(), v.trim().into()));
    }
    if let Some((k, rest)) = t.split_once(" notin ") {
        return Ok(Term::NotIn(k.trim().into(), values(rest, t)?));
    }
    if let Some((k, rest)) = t.split_once(" in ") {
        return Ok(Term::In(k.trim().into(), values(rest, t)?));
    }
    if t.is_empty() || t.contains(char::is_whitespace) || t.contains(['(', ')']) {
        return Err(SelectorError(format!(
            "`{t}` is not a label selector term (key, !key, key=value, key!=value, key in (a,b), key notin (a,b))"
        )));
    }
    Ok(Term::Exists(t.to_string()))
}

impl LabelSelector {
    /// Parses the string form.
    pub fn parse(text: &str) -> Result<Self, SelectorError> {
        if text.trim().is_empty() {
            return Ok(Self::default());
        }
        let terms = split_terms(text)
            .into_iter()
            .map(parse_term)
            .collect::<Result<_, _>>()?;
        Ok(Self { terms })
    }

    /// Reads a `metav1.LabelSelector` (`matchLabels`, `matchExpressions`).
    pub fn from_json(selector: &Value) -> Result<Self, SelectorError> {
        let mut terms = Vec::new();
        if let Some(labels) = selector.get("matchLabels").and_then(Value::as_object) {
            for (k, v) in labels {
                let v = v
                    .as_str()
                    .ok_or_else(|| SelectorError(format!("matchLabels `{k}` is not a string")))?;
                terms.push(Term::Equals(k.clone(), v.to_string()));
            }
        }
        for e in selector
            .get("matchExpressions")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            let key = e
                .get("key")
                .and_then(Value::as_str)
                .ok_or_else(|| SelectorError("a matchExpression has no `key`".into()))?
                .to_string();
            let vals: Vec<String> = e
                .get("values")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
                .filter_map(|v| v.as_str().map(str::to_string))
                .collect();
            terms.push(match e.get("operator").and_then(Value::as_str) {
                Some("In") => Term::In(key, vals),
                Some("NotIn") => Term::NotIn(key, vals),
                Some("Exists") => Term::Exists(key),
                Some("DoesNotExist") => Term::DoesNotExist(key),
                other => {
                    return Err(SelectorError(format!(
                        "matchExpression operator {other:?} is not In, NotIn, Exists or DoesNotExist"
                    )));
                }
            });
        }
        Ok(Self { terms })
    }

    /// Whether it selects nothing-in-particular (no terms).
    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
    }

    /// Whether `labels` (an object of strings, or absent) match.
    pub fn matches(&self, labels: Option<&Map<String, Value>>) -> bool {
        let get = |k: &str| labels.and_then(|l| l.get(k)).and_then(Value::as_str);
        self.terms.iter().all(|t| match t {
            Term::Equals(k, v) => get(k) == Some(v.as_str()),
            Term::NotEquals(k, v) => get(k) != Some(v.as_str()),
            Term::In(k, vs) => get(k).is_some_and(|x| vs.iter().any(|v| v == x)),
            Term::NotIn(k, vs) => get(k).is_none_or(|x| vs.iter().all(|v| v != x)),
            Term::Exists(k) => get(k).is_some(),
            Term::DoesNotExist(k) => get(k).is_none(),
        })
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, reason = "a test fails by panicking")]

    use super::*;
    use serde_json::json;

    fn labels(v: &Value) -> Option<&Map<String, Value>> {
        v.as_object()
    }

    #[test]
    fn string_selectors_match_as_kubernetes_does() {
        let l = json!({"app": "web", "tier": "front"});
        for (sel, want) in [
            ("app=web", true),
            ("app==web,tier=front", true),
            ("app=db", false),
            ("app!=db", true),
            ("tier in (front,back)", true),
            ("tier notin (front)", false),
            ("app", true),
            ("!app", false),
            ("!missing", true),
            ("", true),
        ] {
            assert_eq!(
                LabelSelector::parse(sel).unwrap().matches(labels(&l)),
                want,
                "{sel}"
            );
        }
    }

    #[test]
    fn a_malformed_selector_is_an_error() {
        assert!(LabelSelector::parse("tier in front").is_err());
        assert!(LabelSelector::parse("a b").is_err());
        assert!(
            LabelSelector::from_json(
                &json!({"matchExpressions": [{"key": "a", "operator": "Near"}]})
            )
            .is_err()
        );
    }

    #[test]
    fn json_selectors_read_match_labels_and_expressions() {
        let sel = LabelSelector::from_json(&json!({
            "matchLabels": {"app": "web"},
            "matchExpressions": [{"key": "tier", "operator": "In", "values": ["front"]}]
        }))
        .unwrap();
        assert!(sel.matches(labels(&json!({"app": "web", "tier": "front"}))));
        assert!(!sel.matches(labels(&json!({"app": "web"}))));
    }
}
