//! `GET /v1/entries` (filtered, paged) and `GET /v1/entries/{seq}`.

use axum::Json;
use axum::extract::rejection::PathRejection;
use axum::extract::{Path, State};
use serde_json::{Value, json};
use shipgate_ledger::hash::to_hex;
use shipgate_ledger::query::Query;
use shipgate_ledger::time::parse_time;

use super::{Params, number, params};
use crate::error::ApiError;
use crate::extract::Authenticated;
use crate::state::AppState;

/// The default page size.
pub const DEFAULT_LIMIT: usize = 100;
/// The largest page size.
pub const MAX_LIMIT: usize = 1000;
/// How many entries one page reads at most, matching or not.
pub const SCAN_LIMIT: u64 = 100_000;

const FILTERS: [&str; 10] = [
    "kind",
    "service",
    "environment",
    "commit",
    "actor",
    "artifact",
    "since",
    "until",
    "limit",
    "next",
];

/// `GET /v1/entries?kind=&service=&environment=&commit=&actor=&artifact=&since=&until=&limit=&next=`:
/// matching entries in sequence order, `limit` at a time (default 100, at
/// most 1000). `next` in the answer is the cursor of the next page, or null
/// at the end of the log.
#[utoipa::path(
    get, path = "/v1/entries", tag = "read",
    params(
        ("kind" = Option<String>, Query, description = "Entry kind"),
        ("service" = Option<String>, Query, description = "Service"),
        ("environment" = Option<String>, Query, description = "Environment"),
        ("commit" = Option<String>, Query, description = "Commit, or a prefix of it"),
        ("actor" = Option<String>, Query, description = "The id of the actor"),
        ("artifact" = Option<String>, Query, description = "The artifact (image digest)"),
        ("since" = Option<String>, Query, description = "From this time (YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ), inclusive"),
        ("until" = Option<String>, Query, description = "Up to this time, exclusive"),
        ("limit" = Option<u64>, Query, description = "1 to 1000, default 100"),
        ("next" = Option<String>, Query, description = "The cursor the previous page answered"),
    ),
    responses(
        (status = 200, description = "A page of matching entries", body = crate::schema::EntryPage),
        (status = 400, description = "A malformed request", body = crate::schema::ErrorBody),
        (status = 401, description = "No credential, or one that fails a check", body = crate::schema::ErrorBody),
        (status = 403, description = "The roles of the identity do not allow it", body = crate::schema::ErrorBody),
        (status = 429, description = "Over the rate limit of the identity; see Retry-After", body = crate::schema::ErrorBody),
        (status = 503, description = "The store or the issuer keys are unavailable, or the request timed out", body = crate::schema::ErrorBody),
    ),
    security(("bearer" = []))
)]
pub async fn list(
    State(state): State<AppState>,
    Authenticated(identity): Authenticated,
    query: Params,
) -> Result<Json<Value>, ApiError> {
    identity.require_read()?;
    let map = params(query, &FILTERS)?;
    let time = |name: &str| {
        map.get(name)
            .map(|t| {
                parse_time(t)
                    .map_err(|e| ApiError::bad_request(format!("`{name}`: {e}")).with_field(name))
            })
            .transpose()
    };
    let query = Query {
        kind: map.get("kind").cloned(),
        commit: map.get("commit").cloned(),
        environment: map.get("environment").cloned(),
        since: time("since")?,
        until: time("until")?,
        service: map.get("service").cloned(),
        actor: map.get("actor").cloned(),
        artifact: map.get("artifact").cloned(),
    };
    let limit = number(&map, "limit")?.unwrap_or(DEFAULT_LIMIT as u64);
    let limit = usize::try_from(limit)
        .ok()
        .filter(|l| (1..=MAX_LIMIT).contains(l))
        .ok_or_else(|| {
            ApiError::bad_request(format!("`limit` is {limit}; it must be 1 to {MAX_LIMIT}"))
                .with_field("limit")
        })?;
    let start = number(&map, "next")?.unwrap_or(0);
    let page = state
        .readers
        .run(move |store| query.page(store, start, limit, SCAN_LIMIT))
        .await?;
    let entries: Vec<Value> = page
        .entries
        .into_iter()
        .map(|(seq, entry)| json!({"seq": seq, "entry": entry}))
        .collect();
    Ok(Json(json!({
        "entries": entries,
        "next": page.next.map(|n| n.to_string()),
    })))
}

/// `GET /v1/entries/{seq}`: the entry as stored, with its leaf hash; 404
/// past the end of the log.
#[utoipa::path(
    get, path = "/v1/entries/{seq}", tag = "read",
    params(
        ("seq" = u64, Path, description = "The sequence number"),
    ),
    responses(
        (status = 200, description = "The entry", body = crate::schema::StoredEntry),
        (status = 404, description = "Past the end of the log", body = crate::schema::ErrorBody),
        (status = 400, description = "A malformed request", body = crate::schema::ErrorBody),
        (status = 401, description = "No credential, or one that fails a check", body = crate::schema::ErrorBody),
        (status = 403, description = "The roles of the identity do not allow it", body = crate::schema::ErrorBody),
        (status = 429, description = "Over the rate limit of the identity; see Retry-After", body = crate::schema::ErrorBody),
        (status = 503, description = "The store or the issuer keys are unavailable, or the request timed out", body = crate::schema::ErrorBody),
    ),
    security(("bearer" = []))
)]
pub async fn get(
    State(state): State<AppState>,
    Authenticated(identity): Authenticated,
    seq: Result<Path<u64>, PathRejection>,
) -> Result<Json<Value>, ApiError> {
    identity.require_read()?;
    let Path(seq) = seq.map_err(|e| ApiError::bad_request(e.body_text()).with_field("seq"))?;
    let stored = state
        .readers
        .run(move |store| store.entries(seq, seq.saturating_add(1)))
        .await?
        .pop()
        .ok_or_else(|| ApiError::not_found(format!("there is no entry {seq}")))?;
    let entry: Value = serde_json::from_slice(&stored.bytes).map_err(|e| ApiError::internal(&e))?;
    Ok(Json(json!({
        "seq": seq,
        "entry": entry,
        "leaf_hash": <[u8; 32]>::try_from(stored.leaf_hash.as_slice()).map(|h| to_hex(&h)).unwrap_or_default(),
    })))
}
