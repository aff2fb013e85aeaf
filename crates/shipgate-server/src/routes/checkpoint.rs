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

/// `GET /v1/checkpoint`: the latest signed checkpoint note, as text; 404
/// before the first one.
pub async fn latest(
    State(state): State<AppState>,
    Authenticated(identity): Authenticated,
) -> Result<Response, ApiError> {
    identity.require_read()?;
    let latest = state
        .latest_checkpoint()
        .await?
        .ok_or_else(|| ApiError::not_found("no checkpoint has been signed yet"))?;
    Ok(note_response(StatusCode::OK, latest.1))
}

/// `POST /v1/checkpoint` (admin): signs, stores and returns a checkpoint of
/// the log as committed now.
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
