//! `POST /v1/entries`: one entry, or `{"entries": [...]}`.

use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use serde_json::{Value, json};
use sha2::{Digest, Sha256};
use shipgate_ledger::store::{
    AppendOutcome, AppendRequest, IdempotencyKey, MAX_IDEMPOTENCY_KEY_BYTES,
};

use crate::auth::Identity;
use crate::body::JsonBody;
use crate::error::ApiError;
use crate::extract::Authenticated;
use crate::state::AppState;
use crate::validate::prepare;

/// The most entries one request may carry.
pub const MAX_BATCH: usize = 1000;

/// The longest `Idempotency-Key` header, in bytes.
pub const MAX_KEY_HEADER: usize = 255;

/// `POST /v1/entries`.
#[utoipa::path(
    post, path = "/v1/entries", tag = "write",
    request_body = crate::schema::EntriesIn,
    params(
        ("Idempotency-Key" = Option<String>, Header, description = "Makes a retried request return the original sequence numbers"),
    ),
    responses(
        (status = 201, description = "Appended", body = crate::schema::Appended),
        (status = 200, description = "A replay of an earlier request with this Idempotency-Key", body = crate::schema::Appended),
        (status = 409, description = "The Idempotency-Key was used with another request", body = crate::schema::ErrorBody),
        (status = 413, description = "The body is over 1 MiB", body = crate::schema::ErrorBody),
        (status = 422, description = "An entry breaks the schema or the rules of its kind", body = crate::schema::ErrorBody),
        (status = 400, description = "A malformed request", body = crate::schema::ErrorBody),
        (status = 401, description = "No credential, or one that fails a check", body = crate::schema::ErrorBody),
        (status = 403, description = "The roles of the identity do not allow it", body = crate::schema::ErrorBody),
        (status = 429, description = "Over the rate limit of the identity; see Retry-After", body = crate::schema::ErrorBody),
        (status = 503, description = "The store or the issuer keys are unavailable, or the request timed out", body = crate::schema::ErrorBody),
    ),
    security(("bearer" = []))
)]
pub async fn post_entries(
    State(state): State<AppState>,
    Authenticated(identity): Authenticated,
    headers: HeaderMap,
    body: JsonBody,
) -> Result<Response, ApiError> {
    let now = crate::clock::now();
    let entries = match &body.value {
        Value::Object(map) if map.len() == 1 && map.contains_key("entries") => {
            let Some(Value::Array(items)) = map.get("entries") else {
                return Err(ApiError::invalid("`entries` must be an array").with_field("entries"));
            };
            if items.is_empty() || items.len() > MAX_BATCH {
                return Err(ApiError::invalid(format!(
                    "`entries` has {} entries; send 1 to {MAX_BATCH}",
                    items.len()
                ))
                .with_field("entries"));
            }
            items
                .iter()
                .enumerate()
                .map(|(i, item)| prepare(item, &identity, now, &format!("entries[{i}].")))
                .collect::<Result<Vec<_>, _>>()?
        }
        single => vec![prepare(single, &identity, now, "")?],
    };
    submit(
        &state,
        &identity,
        &headers,
        "/v1/entries",
        &body.bytes,
        entries,
    )
    .await
}

/// Appends `entries` through the group-commit writer under the request's
/// `Idempotency-Key`, if any: 201 with the sequence numbers; 200 with the
/// original ones for a replay; 409 for a key reused with another request.
pub async fn submit(
    state: &AppState,
    identity: &Identity,
    headers: &HeaderMap,
    route: &str,
    body: &[u8],
    entries: Vec<Vec<u8>>,
) -> Result<Response, ApiError> {
    let idempotency = idempotency_key(headers, identity, route, body)?;
    let outcome = state
        .writer
        .append(AppendRequest {
            idempotency,
            entries,
        })
        .await?;
    let (status, range, replayed) = match outcome {
        AppendOutcome::Appended(range) => (StatusCode::CREATED, range, false),
        AppendOutcome::Replayed(range) => (StatusCode::OK, range, true),
        AppendOutcome::KeyReused => {
            return Err(ApiError::new(
                StatusCode::CONFLICT,
                "idempotency-key-reused",
                "this Idempotency-Key was used before with a different request; use a new key for a new request",
            ));
        }
    };
    let seqs: Vec<u64> = range.collect();
    let mut response = (
        status,
        axum::Json(json!({"seqs": seqs, "replayed": replayed})),
    )
        .into_response();
    if replayed {
        response
            .headers_mut()
            .insert("idempotent-replayed", HeaderValue::from_static("true"));
    }
    Ok(response)
}

/// The request's idempotency key, scoped by identity, with the hash of the
/// route and body; 400 for a malformed header.
fn idempotency_key(
    headers: &HeaderMap,
    identity: &Identity,
    route: &str,
    body: &[u8],
) -> Result<Option<IdempotencyKey>, ApiError> {
    let Some(value) = headers.get("idempotency-key") else {
        return Ok(None);
    };
    let key = value
        .to_str()
        .ok()
        .filter(|k| {
            (1..=MAX_KEY_HEADER).contains(&k.len()) && k.bytes().all(|b| b.is_ascii_graphic())
        })
        .ok_or_else(|| {
            ApiError::bad_request(format!(
                "the Idempotency-Key must be 1 to {MAX_KEY_HEADER} visible ASCII characters"
            ))
            .with_field("Idempotency-Key")
        })?;
    let scoped = format!("{}\n{key}", identity.id);
    if scoped.len() > MAX_IDEMPOTENCY_KEY_BYTES {
        return Err(
            ApiError::bad_request("the Idempotency-Key is too long").with_field("Idempotency-Key")
        );
    }
    let mut hasher = Sha256::new();
    hasher.update(route.as_bytes());
    hasher.update(b"\n");
    hasher.update(body);
    Ok(Some(IdempotencyKey {
        key: scoped,
        request_hash: hasher.finalize().into(),
    }))
}
