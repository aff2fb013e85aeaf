//! The seed pipeline's endpoints, accepting its payloads unchanged:
//!
//! - `POST /deployments` `{"approved_by", "commit_sha", "environment",
//!   "pipeline_url"}` records an `approval` entry;
//! - `POST /rollbacks` `{"rolled_back_by", "commit_sha", "environment",
//!   "reason"}` records a `rollback` entry.
//!
//! The names the job sends (`approved_by`, `rolled_back_by`: whatever
//! `GITLAB_USER_NAME` was) are kept as `body.claimed_actor`; the entry's
//! actor is the token that called.

use axum::extract::State;
use axum::http::HeaderMap;
use axum::response::Response;
use serde_json::{Map, Value, json};
use shipgate_ledger::entry::{Ci, Entry, Kind};
use shipgate_ledger::time::format_unix;

use crate::auth::Identity;
use crate::body::JsonBody;
use crate::error::ApiError;
use crate::extract::Authenticated;
use crate::routes::write::submit;
use crate::state::AppState;
use crate::validate::{check_kind, object};

/// `POST /deployments`: the compliance gate's approval.
#[utoipa::path(
    post, path = "/deployments", tag = "seed",
    request_body = crate::schema::SeedDeployment,
    params(
        ("Idempotency-Key" = Option<String>, Header, description = "Makes a retried request return the original sequence numbers"),
    ),
    responses(
        (status = 201, description = "The approval entry was appended", body = crate::schema::Appended),
        (status = 422, description = "A field is missing, empty or unknown", body = crate::schema::ErrorBody),
        (status = 400, description = "A malformed request", body = crate::schema::ErrorBody),
        (status = 401, description = "No credential, or one that fails a check", body = crate::schema::ErrorBody),
        (status = 403, description = "The roles of the identity do not allow it", body = crate::schema::ErrorBody),
        (status = 429, description = "Over the rate limit of the identity; see Retry-After", body = crate::schema::ErrorBody),
        (status = 503, description = "The store or the issuer keys are unavailable, or the request timed out", body = crate::schema::ErrorBody),
    ),
    security(("bearer" = []))
)]
pub async fn post_deployment(
    State(state): State<AppState>,
    Authenticated(identity): Authenticated,
    headers: HeaderMap,
    body: JsonBody,
) -> Result<Response, ApiError> {
    identity.require_write(Kind::Approval)?;
    let fields = read_fields(
        &body.value,
        &["approved_by", "commit_sha", "environment", "pipeline_url"],
    )?;
    let entry = seed_entry(
        &state,
        &identity,
        Kind::Approval,
        &fields,
        "approved_by",
        json!({"source": "POST /deployments"}),
    )?;
    submit(
        &state,
        &identity,
        &headers,
        "/deployments",
        &body.bytes,
        vec![entry],
    )
    .await
}

/// `POST /rollbacks`: a rollback, with its reason.
#[utoipa::path(
    post, path = "/rollbacks", tag = "seed",
    request_body = crate::schema::SeedRollback,
    params(
        ("Idempotency-Key" = Option<String>, Header, description = "Makes a retried request return the original sequence numbers"),
    ),
    responses(
        (status = 201, description = "The rollback entry was appended", body = crate::schema::Appended),
        (status = 422, description = "A field is missing, empty or unknown", body = crate::schema::ErrorBody),
        (status = 400, description = "A malformed request", body = crate::schema::ErrorBody),
        (status = 401, description = "No credential, or one that fails a check", body = crate::schema::ErrorBody),
        (status = 403, description = "The roles of the identity do not allow it", body = crate::schema::ErrorBody),
        (status = 429, description = "Over the rate limit of the identity; see Retry-After", body = crate::schema::ErrorBody),
        (status = 503, description = "The store or the issuer keys are unavailable, or the request timed out", body = crate::schema::ErrorBody),
    ),
    security(("bearer" = []))
)]
pub async fn post_rollback(
    State(state): State<AppState>,
    Authenticated(identity): Authenticated,
    headers: HeaderMap,
    body: JsonBody,
) -> Result<Response, ApiError> {
    identity.require_write(Kind::Rollback)?;
    let fields = read_fields(
        &body.value,
        &["rolled_back_by", "commit_sha", "environment", "reason"],
    )?;
    let entry = seed_entry(
        &state,
        &identity,
        Kind::Rollback,
        &fields,
        "rolled_back_by",
        json!({"source": "POST /rollbacks", "reason": fields.get("reason")}),
    )?;
    submit(
        &state,
        &identity,
        &headers,
        "/rollbacks",
        &body.bytes,
        vec![entry],
    )
    .await
}

/// Every field of `names`, each a non-empty string; 422 naming the first
/// missing, empty or unknown field.
fn read_fields(value: &Value, names: &[&str]) -> Result<Map<String, Value>, ApiError> {
    let Value::Object(map) = value else {
        return Err(ApiError::invalid("the body must be a JSON object"));
    };
    if let Some(unknown) = map.keys().find(|k| !names.contains(&k.as_str())) {
        return Err(ApiError::invalid(format!(
            "unknown field `{unknown}`; the fields are {}",
            names.join(", ")
        ))
        .with_field(unknown.clone()));
    }
    for name in names {
        match map.get(*name) {
            Some(Value::String(s)) if !s.trim().is_empty() => {}
            Some(Value::String(_)) => {
                return Err(ApiError::invalid(format!("`{name}` is empty")).with_field(*name));
            }
            Some(_) => {
                return Err(
                    ApiError::invalid(format!("`{name}` must be a string")).with_field(*name)
                );
            }
            None => {
                return Err(ApiError::invalid(format!("`{name}` is required")).with_field(*name));
            }
        }
    }
    Ok(map.clone())
}

fn seed_entry(
    state: &AppState,
    identity: &Identity,
    kind: Kind,
    fields: &Map<String, Value>,
    claimed_field: &str,
    extra: Value,
) -> Result<Vec<u8>, ApiError> {
    let text = |k: &str| fields.get(k).and_then(Value::as_str).map(str::to_owned);
    let mut body = object(extra);
    body.insert(
        "claimed_actor".into(),
        json!({"id": text(claimed_field), "via": "client"}),
    );
    let ci = text("pipeline_url").map(|url| Ci {
        pipeline_url: Some(url),
        ..Ci::default()
    });
    let entry = Entry::builder(
        kind,
        format_unix(crate::clock::now()),
        state.service.as_ref(),
        identity.actor(),
    )
    .environment(text("environment"))
    .commit(text("commit_sha"))
    .ci(ci)
    .body(body)
    .build()
    .map_err(|e| {
        // Name the seed's field, not the entry's.
        let field = match e.0.split('`').nth(1) {
            Some("commit") => "commit_sha",
            Some("environment") => "environment",
            Some("pipeline_url") => "pipeline_url",
            Some("id") => claimed_field,
            _ => "",
        };
        let error = ApiError::invalid(e.0.replace("`commit`", "`commit_sha`"));
        if field.is_empty() {
            error
        } else {
            error.with_field(field)
        }
    })?;
    check_kind(&entry).map_err(|(field, message)| ApiError::invalid(message).with_field(field))?;
    entry.to_bytes().map_err(|e| ApiError::invalid(e.0))
}
