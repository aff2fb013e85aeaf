//! `GET /v1/checkpoint` (the latest signed checkpoint) and `POST
//! /v1/checkpoint` (admin: sign one now).

use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};

use crate::error::ApiError;
use crate::extract::Authenticated;
use crate::state::AppState;

fn note_response(status: StatusCode, note: String) -> Response {
    (
        status,
        [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
        note,
    )
        .into_response()
}

/// `GET /v1/checkpoint`: the latest signed checkpoint note with its witness
/// cosignatures, as text; 404 before the first one.
#[utoipa::path(
    get, path = "/v1/checkpoint", tag = "read",
    responses(
        (status = 200, description = "The latest signed checkpoint (C2SP signed note)", body = String, content_type = "text/plain"),
        (status = 404, description = "No checkpoint yet", body = crate::schema::ErrorBody),
        (status = 400, description = "A malformed request", body = crate::schema::ErrorBody),
        (status = 401, description = "No credential, or one that fails a check", body = crate::schema::ErrorBody),
        (status = 403, description = "The roles of the identity do not allow it", body = crate::schema::ErrorBody),
        (status = 429, description = "Over the rate limit of the identity; see Retry-After", body = crate::schema::ErrorBody),
        (status = 503, description = "The store or the issuer keys are unavailable, or the request timed out", body = crate::schema::ErrorBody),
    ),
    security(("bearer" = []))
)]
pub async fn latest(
    State(state): State<AppState>,
    Authenticated(identity): Authenticated,
) -> Result<Response, ApiError> {
    identity.require_read()?;
    let latest = state
        .latest_cosigned()
        .await?
        .ok_or_else(|| ApiError::not_found("no checkpoint has been signed yet"))?;
    Ok(note_response(StatusCode::OK, latest.1))
}

/// `POST /v1/checkpoint` (admin): signs, stores and returns a checkpoint of
/// the log as committed now.
#[utoipa::path(
    post, path = "/v1/checkpoint", tag = "write",
    responses(
        (status = 201, description = "A checkpoint signed now (admin only)", body = String, content_type = "text/plain"),
        (status = 400, description = "A malformed request", body = crate::schema::ErrorBody),
        (status = 401, description = "No credential, or one that fails a check", body = crate::schema::ErrorBody),
        (status = 403, description = "The roles of the identity do not allow it", body = crate::schema::ErrorBody),
        (status = 429, description = "Over the rate limit of the identity; see Retry-After", body = crate::schema::ErrorBody),
        (status = 503, description = "The store or the issuer keys are unavailable, or the request timed out", body = crate::schema::ErrorBody),
    ),
    security(("bearer" = []))
)]
pub async fn sign(
    State(state): State<AppState>,
    Authenticated(identity): Authenticated,
) -> Result<Response, ApiError> {
    identity.require_admin()?;
    let (_, note) = state
        .writer
        .checkpoint(true)
        .await?
        .ok_or_else(|| ApiError::internal(&"a forced checkpoint was not signed"))?;
    state.forget_latest();
    Ok(note_response(StatusCode::CREATED, note))
}
