//! `GET /v1/proof/inclusion` and `GET /v1/proof/consistency` (RFC 9162
//! §2.1.3 and §2.1.4), against the latest signed checkpoint by default.

use axum::Json;
use axum::extract::State;
use axum::http::header;
use axum::response::{IntoResponse, Response};
use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as B64;
use serde_json::{Value, json};
use shipgate_ledger::hash::Hash;
use shipgate_ledger::store::{Store, StoreError, consistency_proof_batched};
use shipgate_ledger::tree::verify_inclusion;

use super::{Params, number, params};
use crate::error::ApiError;
use crate::extract::Authenticated;
use crate::inclusion::entry_and_proof;
use crate::state::{AppState, Latest};

fn encode(path: &[Hash]) -> Vec<String> {
    path.iter().map(|h| B64.encode(h)).collect()
}

/// Why a proof cannot be given.
enum ProofFailure {
    Store(StoreError),
    Request(ApiError),
}

impl From<StoreError> for ProofFailure {
    fn from(e: StoreError) -> Self {
        ProofFailure::Store(e)
    }
}

impl From<ProofFailure> for ApiError {
    fn from(f: ProofFailure) -> Self {
        match f {
            ProofFailure::Store(e) => ApiError::store(&e),
            ProofFailure::Request(e) => e,
        }
    }
}

/// The tree size to prove against: `requested` (checked against the log's
/// size), else the latest checkpoint's; with the checkpoint note when it is
/// of that size.
fn target(
    store: &mut dyn Store,
    requested: Option<u64>,
    latest: Option<(u64, String)>,
) -> Result<(u64, Option<String>), ProofFailure> {
    match (requested, latest) {
        (Some(n), latest) => {
            let size = store.size()?;
            if n > size {
                return Err(ProofFailure::Request(
                    ApiError::not_found(format!("the log has {size} entries, not {n}"))
                        .with_field("size"),
                ));
            }
            Ok((n, latest.filter(|(s, _)| *s == n).map(|(_, note)| note)))
        }
        (None, Some((s, note))) => Ok((s, Some(note))),
        (None, None) => Err(ProofFailure::Request(ApiError::not_found(
            "no checkpoint has been signed yet; pass `size`",
        ))),
    }
}

/// `GET /v1/proof/inclusion?seq=&size=`: the entry, and the path from its
/// leaf to the root of the first `size` entries (default: the latest
/// checkpoint's size, whose signed note is included).
#[utoipa::path(
    get, path = "/v1/proof/inclusion", tag = "read",
    params(
        ("seq" = u64, Query, description = "The entry"),
        ("size" = Option<u64>, Query, description = "The tree size; default: that of the latest checkpoint"),
    ),
    responses(
        (status = 200, description = "The entry and its inclusion proof", body = crate::schema::InclusionProof),
        (status = 404, description = "No such entry, or no checkpoint yet", body = crate::schema::ErrorBody),
        (status = 400, description = "A malformed request", body = crate::schema::ErrorBody),
        (status = 401, description = "No credential, or one that fails a check", body = crate::schema::ErrorBody),
        (status = 403, description = "The roles of the identity do not allow it", body = crate::schema::ErrorBody),
        (status = 429, description = "Over the rate limit of the identity; see Retry-After", body = crate::schema::ErrorBody),
        (status = 503, description = "The store or the issuer keys are unavailable, or the request timed out", body = crate::schema::ErrorBody),
    ),
    security(("bearer" = []))
)]
pub async fn inclusion(
    State(state): State<AppState>,
    Authenticated(identity): Authenticated,
    query: Params,
) -> Result<Response, ApiError> {
    identity.require_read()?;
    let map = params(query, &["seq", "size"])?;
    let seq = number(&map, "seq")?
        .ok_or_else(|| ApiError::bad_request("`seq` is required").with_field("seq"))?;
    let requested = number(&map, "size")?;
    let latest = state.latest().await?;
    let (size, checkpoint) = match (requested, latest) {
        (None, None) => {
            return Err(ApiError::not_found(
                "no checkpoint has been signed yet; pass `size`",
            ));
        }
        (None, Some(latest)) => (latest.size, Some(latest)),
        (Some(n), latest) => {
            // A size within the latest checkpoint is within the log; a
            // larger one is checked against the log as committed.
            if latest.as_ref().is_none_or(|l| n > l.size) {
                let stored = state.readers.run(|store| store.size()).await?;
                if n > stored {
                    return Err(ApiError::not_found(format!(
                        "the log has {stored} entries, not {n}"
                    ))
                    .with_field("size"));
                }
            }
            (n, latest.filter(|l| l.size == n))
        }
    };
    if seq >= size {
        return Err(
            ApiError::not_found(format!("entry {seq} is not in the first {size} entries"))
                .with_field("seq"),
        );
    }
    let proved = entry_and_proof(&state.cache, &state.readers, seq, size).await?;
    if let Some(latest) = &checkpoint {
        check_against(&state, latest, seq, &proved.leaf, &proved.path)?;
    }
    Ok(inclusion_body(
        seq,
        size,
        &proved.entry,
        &proved.path,
        checkpoint.as_ref().map(|l| l.note.as_str()),
    ))
}

/// Serves no proof that does not lead to the root of the signed checkpoint
/// it names: a mismatch (a damaged store, or a cache gone wrong) empties the
/// cache and is answered as a store failure.
fn check_against(
    state: &AppState,
    latest: &Latest,
    seq: u64,
    leaf: &Hash,
    path: &[Hash],
) -> Result<(), ApiError> {
    let Some(root) = latest.root else {
        return Err(ApiError::store(&StoreError::Corrupt(format!(
            "the checkpoint of size {} is not signed by this log's key",
            latest.size
        ))));
    };
    if verify_inclusion(leaf, seq, latest.size, path, &root).is_err() {
        state.cache.clear();
        return Err(ApiError::store(&StoreError::Corrupt(format!(
            "the proof of entry {seq} does not lead to the root of the checkpoint of size {}",
            latest.size
        ))));
    }
    Ok(())
}

/// `{"seq", "size", "entry", "path", "checkpoint"}` with the entry's
/// canonical bytes as they are (JSON, checked when they were read).
fn inclusion_body(
    seq: u64,
    size: u64,
    entry: &[u8],
    path: &[Hash],
    checkpoint: Option<&str>,
) -> Response {
    let mut body = Vec::with_capacity(entry.len() + path.len() * 48 + 512);
    body.extend_from_slice(format!("{{\"seq\":{seq},\"size\":{size},\"entry\":").as_bytes());
    body.extend_from_slice(entry);
    body.extend_from_slice(b",\"path\":[");
    for (i, hash) in path.iter().enumerate() {
        if i > 0 {
            body.push(b',');
        }
        body.push(b'"');
        body.extend_from_slice(B64.encode(hash).as_bytes());
        body.push(b'"');
    }
    body.extend_from_slice(b"],\"checkpoint\":");
    match checkpoint {
        Some(note) => body.extend_from_slice(Value::from(note).to_string().as_bytes()),
        None => body.extend_from_slice(b"null"),
    }
    body.push(b'}');
    ([(header::CONTENT_TYPE, "application/json")], body).into_response()
}

/// `GET /v1/proof/consistency?old=&new=`: the proof that the first `old`
/// entries are a prefix of the first `new` (default: the latest
/// checkpoint's size, whose note is included).
#[utoipa::path(
    get, path = "/v1/proof/consistency", tag = "read",
    params(
        ("old" = u64, Query, description = "The older tree size"),
        ("new" = Option<u64>, Query, description = "The newer tree size; default: that of the latest checkpoint"),
    ),
    responses(
        (status = 200, description = "The consistency proof", body = crate::schema::ConsistencyProof),
        (status = 404, description = "No checkpoint yet", body = crate::schema::ErrorBody),
        (status = 400, description = "A malformed request", body = crate::schema::ErrorBody),
        (status = 401, description = "No credential, or one that fails a check", body = crate::schema::ErrorBody),
        (status = 403, description = "The roles of the identity do not allow it", body = crate::schema::ErrorBody),
        (status = 429, description = "Over the rate limit of the identity; see Retry-After", body = crate::schema::ErrorBody),
        (status = 503, description = "The store or the issuer keys are unavailable, or the request timed out", body = crate::schema::ErrorBody),
    ),
    security(("bearer" = []))
)]
pub async fn consistency(
    State(state): State<AppState>,
    Authenticated(identity): Authenticated,
    query: Params,
) -> Result<Json<Value>, ApiError> {
    identity.require_read()?;
    let map = params(query, &["old", "new"])?;
    let old = number(&map, "old")?
        .ok_or_else(|| ApiError::bad_request("`old` is required").with_field("old"))?;
    let new = number(&map, "new")?;
    let latest = state.latest_checkpoint().await?;
    let answer = state
        .readers
        .run(move |store| -> Result<Value, ProofFailure> {
            let (new, checkpoint) = target(store, new, latest)?;
            if old > new {
                return Err(ProofFailure::Request(
                    ApiError::bad_request(format!("`old` ({old}) is larger than `new` ({new})"))
                        .with_field("old"),
                ));
            }
            let path = consistency_proof_batched(store, old, new)?;
            Ok(json!({
                "old": old,
                "new": new,
                "path": encode(&path),
                "checkpoint": checkpoint,
            }))
        })
        .await?;
    Ok(Json(answer))
}
