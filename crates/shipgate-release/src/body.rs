//! What the release flow reads in entry bodies, by kind.
//!
//! | kind | body fields read |
//! |---|---|
//! | `gate` | `gate`, `outcome` (`pass`, `warn`, `fail`, `error`), `dirty` |
//! | `deployment`, `rollback` | `outcome` (`succeeded` or `failed`), `image` |
//! | `smoke` | `outcome` (`pass` or `fail`) |
//! | `approval` | `decision` (`approve`, `reject`, or `review` of the break-glass approval in `reviews`), `ticket`, `policy_sha256`, `break_glass.reason`, `needs_review` |
//!
//! A field that is missing or of another type reads as absent, and an absent
//! outcome is never a success.

use serde_json::{Map, Value};

fn text<'a>(body: &'a Map<String, Value>, key: &str) -> Option<&'a str> {
    body.get(key).and_then(Value::as_str)
}

/// A gate entry's gate name.
pub fn gate(body: &Map<String, Value>) -> Option<&str> {
    text(body, "gate")
}

/// Whether a gate entry says the gate passed (`pass` or `warn`) on a clean
/// work tree. Evidence from a dirty tree is not evidence of the commit.
pub fn gate_passed(body: &Map<String, Value>) -> Result<(), String> {
    match text(body, "outcome") {
        Some("pass" | "warn") => {}
        Some(other) => return Err(format!("outcome `{other}`")),
        None => return Err("no outcome".into()),
    }
    if body.get("dirty") == Some(&Value::Bool(true)) {
        return Err("recorded from a work tree that differed from the commit".into());
    }
    Ok(())
}

/// Whether a deployment or rollback entry says it succeeded.
pub fn deployment_succeeded(body: &Map<String, Value>) -> bool {
    text(body, "outcome") == Some("succeeded")
}

/// A deployment or rollback entry's image (`registry/app@sha256:...`).
pub fn image(body: &Map<String, Value>) -> Option<&str> {
    text(body, "image")
}

/// Whether a smoke entry says the smoke test passed.
pub fn smoke_passed(body: &Map<String, Value>) -> bool {
    text(body, "outcome") == Some("pass")
}

/// An approval entry's decision.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// `approve`.
    Approve,
    /// `reject`.
    Reject,
}

impl Verdict {
    /// As written in the body's `decision`.
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Approve => "approve",
            Verdict::Reject => "reject",
        }
    }
}

/// An approval entry's decision, `None` when it is neither.
pub fn verdict(body: &Map<String, Value>) -> Option<Verdict> {
    match text(body, "decision") {
        Some("approve") => Some(Verdict::Approve),
        Some("reject") => Some(Verdict::Reject),
        _ => None,
    }
}

/// An approval entry's change ticket.
pub fn ticket(body: &Map<String, Value>) -> Option<&str> {
    text(body, "ticket")
}

/// The SHA-256 of the policy an approval was given under.
pub fn policy_sha256(body: &Map<String, Value>) -> Option<&str> {
    text(body, "policy_sha256")
}

/// Whether an approval entry is a break-glass change awaiting review.
pub fn needs_review(body: &Map<String, Value>) -> bool {
    body.get("needs_review") == Some(&Value::Bool(true))
}

/// The break-glass approval a review entry reviews.
pub fn reviews(body: &Map<String, Value>) -> Option<u64> {
    (text(body, "decision") == Some("review"))
        .then(|| body.get("reviews").and_then(Value::as_u64))
        .flatten()
}

/// A break-glass approval's reason.
pub fn break_glass_reason(body: &Map<String, Value>) -> Option<&str> {
    body.get("break_glass")
        .and_then(Value::as_object)
        .and_then(|b| text(b, "reason"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn body(value: &Value) -> Map<String, Value> {
        value.as_object().cloned().unwrap_or_default()
    }

    #[test]
    fn only_a_clean_pass_or_warn_is_a_passed_gate() {
        assert!(gate_passed(&body(&json!({"outcome": "pass", "dirty": false}))).is_ok());
        assert!(gate_passed(&body(&json!({"outcome": "warn"}))).is_ok());
        assert!(gate_passed(&body(&json!({"outcome": "fail"}))).is_err());
        assert!(gate_passed(&body(&json!({"outcome": "error"}))).is_err());
        assert!(gate_passed(&body(&json!({}))).is_err());
        let dirty = gate_passed(&body(&json!({"outcome": "pass", "dirty": true}))).unwrap_err();
        assert!(dirty.contains("differed"));
    }

    #[test]
    fn outcomes_and_decisions_are_read_strictly() {
        assert!(deployment_succeeded(&body(
            &json!({"outcome": "succeeded"})
        )));
        assert!(!deployment_succeeded(&body(&json!({"outcome": "failed"}))));
        assert!(!deployment_succeeded(&body(&json!({"outcome": true}))));
        assert!(smoke_passed(&body(&json!({"outcome": "pass"}))));
        assert!(!smoke_passed(&body(&json!({}))));
        assert_eq!(
            verdict(&body(&json!({"decision": "approve"}))),
            Some(Verdict::Approve)
        );
        assert_eq!(
            verdict(&body(&json!({"decision": "reject"}))),
            Some(Verdict::Reject)
        );
        assert_eq!(verdict(&body(&json!({"decision": "maybe"}))), None);
        assert_eq!(
            break_glass_reason(&body(&json!({"break_glass": {"reason": "outage"}}))),
            Some("outage")
        );
        assert_eq!(
            break_glass_reason(&body(&json!({"break_glass": null}))),
            None
        );
    }
}
