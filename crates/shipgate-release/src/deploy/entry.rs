//! The bodies of the `deployment` and `rollback` entries.
//!
//! | field | |
//! |---|---|
//! | `outcome` | `succeeded` or `failed` |
//! | `image`, `previous_image` | the image deployed, and the one running before (or null) |
//! | `driver` | `exec` or `kubernetes` |
//! | `exit_code` | the command's exit code, null when it was killed |
//! | `timed_out` | whether it was killed for running past the timeout |
//! | `duration_ms` | how long the driver took |
//! | `detail` | how it ended, in the driver's words (`kubernetes` only: `deployment "api" exceeded its progress deadline`) |
//! | `output_sha256` | the SHA-256 of the command's standard output then standard error (the output itself stays in the CI log) |
//!
//! A deployment adds `policy_sha256`, `approvals` (the approval entries that
//! counted), `evidence` (every entry the decision relied on) and
//! `needs_review` (a break-glass approval stood in). A rollback adds `reason`
//! and `target_entry` (the known-good deployment whose image it restored).

use serde_json::{Map, Value, json};
use sha2::{Digest, Sha256};

use super::DriverOutcome;

/// What every deployment and rollback entry records.
#[derive(Debug, Clone, Copy)]
pub struct DeploymentRecord<'a> {
    /// The driver's name.
    pub driver: &'a str,
    /// What it did.
    pub outcome: &'a DriverOutcome,
    /// The image deployed.
    pub image: &'a str,
    /// The image running before.
    pub previous_image: Option<&'a str>,
}

fn common(record: &DeploymentRecord<'_>) -> Map<String, Value> {
    let outcome = record.outcome;
    let mut hasher = Sha256::new();
    hasher.update(&outcome.stdout);
    hasher.update(&outcome.stderr);
    let digest: [u8; 32] = hasher.finalize().into();
    let mut body = Map::new();
    body.insert(
        "outcome".into(),
        json!(if outcome.succeeded {
            "succeeded"
        } else {
            "failed"
        }),
    );
    body.insert("image".into(), json!(record.image));
    body.insert("previous_image".into(), json!(record.previous_image));
    body.insert("driver".into(), json!(record.driver));
    body.insert("exit_code".into(), json!(outcome.exit_code));
    body.insert("timed_out".into(), json!(outcome.timed_out));
    body.insert(
        "duration_ms".into(),
        json!(u64::try_from(outcome.duration.as_millis()).unwrap_or(u64::MAX)),
    );
    body.insert(
        "output_sha256".into(),
        json!(shipgate_ledger::hash::to_hex(&digest)),
    );
    if let Some(detail) = &outcome.detail {
        body.insert("detail".into(), json!(detail));
    }
    body
}

/// A `deployment` entry's body.
pub fn deployment_body(
    record: &DeploymentRecord<'_>,
    policy_sha256: &str,
    approvals: &[u64],
    evidence: &[u64],
    needs_review: bool,
) -> Map<String, Value> {
    let mut body = common(record);
    body.insert("policy_sha256".into(), json!(policy_sha256));
    body.insert("approvals".into(), json!(approvals));
    body.insert("evidence".into(), json!(evidence));
    body.insert("needs_review".into(), json!(needs_review));
    body
}

/// A `rollback` entry's body.
pub fn rollback_body(
    record: &DeploymentRecord<'_>,
    reason: &str,
    target_entry: u64,
) -> Map<String, Value> {
    let mut body = common(record);
    body.insert("reason".into(), json!(reason));
    body.insert("target_entry".into(), json!(target_entry));
    body
}
