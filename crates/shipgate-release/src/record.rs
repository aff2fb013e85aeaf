//! The `approval` entry an approval or a rejection records.
//!
//! | body field | |
//! |---|---|
//! | `decision` | `approve` or `reject` |
//! | `ticket`, `comment` | as given, or null |
//! | `policy_sha256` | the evaluated policy's SHA-256 |
//! | `range` | `{ "base", "head", "commits" }`: the release range approved |
//! | `evidence` | the sequence numbers of the entries the decision relied on |
//! | `break_glass` | `{ "reason" }` for an emergency change, else null |
//! | `needs_review` | true for a break-glass approval |
//!
//! A review of a break-glass approval ([`review_body`]) is an `approval`
//! entry with `decision` `review` and `reviews`, the approval's sequence
//! number; it neither approves nor rejects the release.

use serde_json::{Map, Value, json};
use shipgate_ledger::entry::{Ci, Entry, Kind};

use crate::body::Verdict;
use crate::decision::Decision;
use crate::error::ReleaseError;
use crate::identity::Identity;

/// What is recorded besides the decision.
#[derive(Debug, Clone, Copy)]
pub struct Recording<'a> {
    /// Approve or reject.
    pub verdict: Verdict,
    /// Who.
    pub identity: &'a Identity,
    /// The service.
    pub service: &'a str,
    /// When, `YYYY-MM-DDTHH:MM:SSZ`.
    pub time: &'a str,
    /// The change ticket.
    pub ticket: Option<&'a str>,
    /// A comment.
    pub comment: Option<&'a str>,
    /// The break-glass reason.
    pub break_glass: Option<&'a str>,
    /// The CI context.
    pub ci: Option<&'a Ci>,
}

/// The body of the approval entry for `decision`.
pub fn approval_body(decision: &Decision, recording: &Recording<'_>) -> Map<String, Value> {
    let range = match &decision.range {
        Ok(range) => json!({
            "base": range.base,
            "head": range.head,
            "commits": range.commits.len(),
        }),
        Err(_) => Value::Null,
    };
    let mut body = Map::new();
    body.insert("decision".into(), json!(recording.verdict.as_str()));
    body.insert("ticket".into(), json!(recording.ticket));
    body.insert("comment".into(), json!(recording.comment));
    body.insert("policy_sha256".into(), json!(decision.policy_sha256));
    body.insert("range".into(), range);
    body.insert("evidence".into(), json!(decision.relied_on()));
    body.insert(
        "break_glass".into(),
        recording
            .break_glass
            .map_or(Value::Null, |reason| json!({ "reason": reason })),
    );
    body.insert(
        "needs_review".into(),
        json!(recording.break_glass.is_some()),
    );
    body
}

/// The approval entry for `decision`, validated against the entry schema.
pub fn approval_entry(
    decision: &Decision,
    recording: &Recording<'_>,
) -> Result<Entry, ReleaseError> {
    Entry::builder(
        Kind::Approval,
        recording.time,
        recording.service,
        recording.identity.actor(),
    )
    .environment(Some(decision.environment.clone()))
    .commit(Some(decision.commit.clone()))
    .ci(recording.ci.cloned())
    .body(approval_body(decision, recording))
    .build()
    .map_err(ReleaseError::Build)
}

/// The body of the `approval` entry that reviews the break-glass approval
/// `reviews`: `decision` `review`, `reviews`, `comment`, `policy_sha256`,
/// `range`, and `evidence` (the reviewed entry).
pub fn review_body(decision: &Decision, reviews: u64, comment: Option<&str>) -> Map<String, Value> {
    let mut body = Map::new();
    body.insert("decision".into(), json!("review"));
    body.insert("reviews".into(), json!(reviews));
    body.insert("comment".into(), json!(comment));
    body.insert("policy_sha256".into(), json!(decision.policy_sha256));
    body.insert(
        "range".into(),
        match &decision.range {
            Ok(range) => json!({
                "base": range.base,
                "head": range.head,
                "commits": range.commits.len(),
            }),
            Err(_) => Value::Null,
        },
    );
    body.insert("evidence".into(), json!(decision.relied_on()));
    body.insert("needs_review".into(), json!(false));
    body
}
