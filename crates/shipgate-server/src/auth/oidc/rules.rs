//! What an ID token's claims grant: the identity template and the role rules.
//!
//! A claim that is missing, or of a type a rule cannot read, never matches:
//! a rule grants a role only on claims it can read and that say yes.

use std::collections::BTreeMap;

use serde_json::{Map, Value};

use super::super::Role;

/// How a condition tests a claim.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Test {
    /// The claim, as text (`true` for a boolean `true`), equals this value.
    Equals(String),
    /// The claim, as text, is one of these values.
    In(Vec<String>),
    /// The claim is an array holding this text, or text equal to it.
    Contains(String),
}

/// One condition on one claim.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Condition {
    /// The claim's name, such as `ref_protected` or `groups`.
    pub claim: String,
    /// The test.
    pub test: Test,
}

/// A role granted when every condition holds. A rule with no conditions
/// grants its role to every valid token of the issuer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoleRule {
    /// The role granted.
    pub role: Role,
    /// The conditions, all of which must hold.
    pub when: Vec<Condition>,
}

/// A claim as text, when it is a string, a boolean or a number; `None` for
/// anything else (an array, an object, null).
pub fn claim_text(value: &Value) -> Option<String> {
    match value {
        Value::String(s) => Some(s.clone()),
        Value::Bool(b) => Some(b.to_string()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

impl Condition {
    /// Whether the condition holds for `claims`; a missing claim never does.
    pub fn holds(&self, claims: &Map<String, Value>) -> bool {
        let Some(value) = claims.get(&self.claim) else {
            return false;
        };
        match &self.test {
            Test::Equals(want) => claim_text(value).is_some_and(|v| &v == want),
            Test::In(list) => claim_text(value).is_some_and(|v| list.contains(&v)),
            Test::Contains(want) => match value {
                Value::Array(items) => items
                    .iter()
                    .any(|i| claim_text(i).is_some_and(|v| &v == want)),
                other => claim_text(other).is_some_and(|v| &v == want),
            },
        }
    }
}

/// Membership of a group when every condition holds (at least one).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GroupRule {
    /// The group's name, as an environment's `approver_groups` names it.
    pub name: String,
    /// The conditions, all of which must hold.
    pub when: Vec<Condition>,
}

/// The groups `rules` put the holder of `claims` in, sorted, each once. A
/// rule without conditions puts nobody in its group.
pub fn groups(rules: &[GroupRule], claims: &Map<String, Value>) -> Vec<String> {
    let mut groups: Vec<String> = rules
        .iter()
        .filter(|r| !r.when.is_empty() && r.when.iter().all(|c| c.holds(claims)))
        .map(|r| r.name.clone())
        .collect();
    groups.sort();
    groups.dedup();
    groups
}

/// The roles `rules` grant for `claims`, sorted, each once.
pub fn roles(rules: &[RoleRule], claims: &Map<String, Value>) -> Vec<Role> {
    let mut roles: Vec<Role> = rules
        .iter()
        .filter(|r| r.when.iter().all(|c| c.holds(claims)))
        .map(|r| r.role)
        .collect();
    roles.sort();
    roles.dedup();
    roles
}

/// Why an identity template could not be filled.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TemplateError {
    /// A `{` without its `}`, or an empty `{}`.
    #[error(
        "`{0}` is not an identity template: write claims as `{{claim}}`, such as `gitlab:{{user_login}}`"
    )]
    Syntax(String),
    /// The token lacks a claim the template names, or it is empty or not text.
    #[error("the ID token has no usable `{0}` claim, which the identity needs")]
    Missing(String),
}

/// The claims `template` names, in order; an error for a malformed template.
pub fn template_claims(template: &str) -> Result<Vec<String>, TemplateError> {
    let mut names = Vec::new();
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        let close = after
            .find('}')
            .ok_or_else(|| TemplateError::Syntax(template.to_owned()))?;
        let name = &after[..close];
        if name.is_empty() || name.contains('{') {
            return Err(TemplateError::Syntax(template.to_owned()));
        }
        names.push(name.to_owned());
        rest = &after[close + 1..];
    }
    if rest.contains('}') || names.is_empty() {
        return Err(TemplateError::Syntax(template.to_owned()));
    }
    Ok(names)
}

/// `template` with each `{claim}` replaced by that claim's text: the
/// identity, such as `gitlab:alice`. A missing, empty or non-text claim is
/// an error, never an empty name.
pub fn fill(template: &str, claims: &Map<String, Value>) -> Result<String, TemplateError> {
    let mut out = String::new();
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let close = after
            .find('}')
            .ok_or_else(|| TemplateError::Syntax(template.to_owned()))?;
        let name = &after[..close];
        let value = claims
            .get(name)
            .and_then(claim_text)
            .filter(|v| !v.trim().is_empty())
            .ok_or_else(|| TemplateError::Missing(name.to_owned()))?;
        out.push_str(&value);
        rest = &after[close + 1..];
    }
    out.push_str(rest);
    Ok(out)
}

/// The claims an identity keeps beside it (as text), when the token has
/// them: who, where and in which run, for the audit trail.
pub const KEPT_CLAIMS: [&str; 14] = [
    "iss",
    "sub",
    "user_login",
    "user_email",
    "actor",
    "project_path",
    "repository",
    "ref",
    "ref_protected",
    "pipeline_id",
    "run_id",
    "job_id",
    "environment",
    "sha",
];

/// The [`KEPT_CLAIMS`] of `claims` that are text, booleans or numbers.
pub fn kept(claims: &Map<String, Value>) -> BTreeMap<String, String> {
    KEPT_CLAIMS
        .iter()
        .filter_map(|name| {
            claims
                .get(*name)
                .and_then(claim_text)
                .map(|v| ((*name).to_owned(), v.chars().take(256).collect()))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn claims(value: Value) -> Map<String, Value> {
        match value {
            Value::Object(map) => map,
            _ => Map::new(),
        }
    }

    #[test]
    fn conditions_match_only_claims_that_say_yes() {
        let c = claims(
            json!({"ref_protected": "true", "groups": ["pay/approvers"], "n": 3, "b": true}),
        );
        let cond = |claim: &str, test| Condition {
            claim: claim.into(),
            test,
        };
        assert!(cond("ref_protected", Test::Equals("true".into())).holds(&c));
        assert!(cond("b", Test::Equals("true".into())).holds(&c));
        assert!(cond("n", Test::In(vec!["3".into()])).holds(&c));
        assert!(cond("groups", Test::Contains("pay/approvers".into())).holds(&c));
        assert!(!cond("groups", Test::Contains("pay".into())).holds(&c));
        assert!(!cond("groups", Test::Equals("pay/approvers".into())).holds(&c));
        assert!(!cond("missing", Test::Equals(String::new())).holds(&c));
        let rules = [
            RoleRule {
                role: Role::Deployer,
                when: vec![cond("ref_protected", Test::Equals("true".into()))],
            },
            RoleRule {
                role: Role::Approver,
                when: vec![cond("user_login", Test::In(vec!["alice".into()]))],
            },
        ];
        assert_eq!(roles(&rules, &c), vec![Role::Deployer]);
    }

    #[test]
    fn templates_fill_or_fail() {
        let c = claims(json!({"user_login": "alice", "empty": " ", "list": []}));
        assert_eq!(fill("gitlab:{user_login}", &c), Ok("gitlab:alice".into()));
        assert_eq!(
            fill("gitlab:{nobody}", &c),
            Err(TemplateError::Missing("nobody".into()))
        );
        assert!(fill("x:{empty}", &c).is_err());
        assert!(fill("x:{list}", &c).is_err());
        assert_eq!(template_claims("github:{actor}"), Ok(vec!["actor".into()]));
        assert!(template_claims("github:{actor").is_err());
        assert!(template_claims("github:{}").is_err());
        assert!(template_claims("github").is_err());
        assert!(template_claims("github:}").is_err());
    }
}
