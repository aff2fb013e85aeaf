//! The shapes of the API's bodies, for its OpenAPI document
//! ([`crate::openapi`]). The handlers build these bodies as JSON; the types
//! here describe them and are never built.

use std::collections::BTreeMap;

use serde_json::Value;
use utoipa::ToSchema;

/// Every error answer.
#[derive(ToSchema)]
pub struct ErrorBody {
    /// The error.
    pub error: ErrorDetail,
}

/// An error's code, message and field.
#[derive(ToSchema)]
pub struct ErrorDetail {
    /// A stable, kebab-case code, such as `invalid-entry`.
    pub code: String,
    /// A message for people.
    pub message: String,
    /// The request field at fault, such as `entries[2].commit`.
    pub field: Option<String>,
}

/// One entry in the ledger's schema (`docs/ledger.md`); `v`, `time` and
/// `actor` may be left out (the server sets them), and an `actor` sent is
/// kept as `body.claimed_actor`.
#[derive(ToSchema)]
#[schema(value_type = Object)]
pub struct EntryIn(pub BTreeMap<String, Value>);

/// One entry, or a batch of 1 to 1000.
#[derive(ToSchema)]
#[serde(untagged)]
pub enum EntriesIn {
    /// One entry.
    One(EntryIn),
    /// `{"entries": [...]}`.
    Batch(EntryBatch),
}

/// A batch of entries, appended together or not at all.
#[derive(ToSchema)]
pub struct EntryBatch {
    /// 1 to 1000 entries.
    pub entries: Vec<EntryIn>,
}

/// The answer to a write.
#[derive(ToSchema)]
pub struct Appended {
    /// The appended entries' sequence numbers (the original ones for a replay).
    pub seqs: Vec<u64>,
    /// Whether this answer replays an earlier request's (same `Idempotency-Key`).
    pub replayed: bool,
}

/// The seed pipeline's `POST /deployments` body.
#[derive(ToSchema)]
pub struct SeedDeployment {
    /// The name the job claims approved (kept as a claim only).
    pub approved_by: String,
    /// The commit approved.
    pub commit_sha: String,
    /// The environment.
    pub environment: String,
    /// The pipeline's URL.
    pub pipeline_url: String,
}

/// The seed pipeline's `POST /rollbacks` body.
#[derive(ToSchema)]
pub struct SeedRollback {
    /// The name the job claims rolled back (kept as a claim only).
    pub rolled_back_by: String,
    /// The commit rolled back to.
    pub commit_sha: String,
    /// The environment.
    pub environment: String,
    /// Why.
    pub reason: String,
}

/// An entry with its sequence number.
#[derive(ToSchema)]
pub struct SeqEntry {
    /// The sequence number.
    pub seq: u64,
    /// The entry as stored.
    #[schema(value_type = Object)]
    pub entry: Value,
}

/// A page of entries.
#[derive(ToSchema)]
pub struct EntryPage {
    /// The matching entries, in sequence order.
    pub entries: Vec<SeqEntry>,
    /// The cursor of the next page; null at the end of the log.
    pub next: Option<String>,
}

/// One stored entry.
#[derive(ToSchema)]
pub struct StoredEntry {
    /// The sequence number.
    pub seq: u64,
    /// The entry as stored.
    #[schema(value_type = Object)]
    pub entry: Value,
    /// The RFC 6962 leaf hash, hex.
    pub leaf_hash: String,
}

/// An inclusion proof (RFC 9162 §2.1.3).
#[derive(ToSchema)]
pub struct InclusionProof {
    /// The entry's sequence number.
    pub seq: u64,
    /// The tree size the proof is for.
    pub size: u64,
    /// The entry.
    #[schema(value_type = Object)]
    pub entry: Value,
    /// The path, base64 hashes.
    pub path: Vec<String>,
    /// The signed checkpoint of `size`, when the proof is to the latest one.
    pub checkpoint: Option<String>,
}

/// A consistency proof (RFC 9162 §2.1.4).
#[derive(ToSchema)]
pub struct ConsistencyProof {
    /// The older size.
    pub old: u64,
    /// The newer size.
    pub new: u64,
    /// The path, base64 hashes.
    pub path: Vec<String>,
    /// The signed checkpoint of `new`, when the proof is to the latest one.
    pub checkpoint: Option<String>,
}

/// `/health` and `/ready`.
#[derive(ToSchema)]
pub struct Status {
    /// `ok` or `ready`.
    pub status: String,
}
