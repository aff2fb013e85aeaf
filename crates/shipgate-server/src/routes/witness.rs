//! `POST /v1/checkpoint/cosignature`: a witness hands in its cosignature of
//! a checkpoint this log signed (see [`crate::witness`]).
//!
//! No bearer token: the witness's key, configured in `[[server.witness]]`,
//! is what authenticates it, and a cosignature that does not verify
//! against it changes nothing.

use axum::extract::State;
use axum::extract::rejection::StringRejection;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};

use crate::error::ApiError;
use crate::state::AppState;
use crate::witness::{CosignError, attach, check, submitted_size};

impl From<CosignError> for ApiError {
    fn from(e: CosignError) -> Self {
        let message = e.to_string();
        match e {
            CosignError::Malformed(_) => ApiError::bad_request(message),
            CosignError::UnknownWitness(_) => {
                ApiError::new(StatusCode::FORBIDDEN, "unknown-witness", message)
            }
            CosignError::InvalidSignature(_) => {
                ApiError::new(StatusCode::FORBIDDEN, "invalid-cosignature", message)
            }
            CosignError::OtherLog(..) | CosignError::UnknownCheckpoint(_) => {
                ApiError::new(StatusCode::NOT_FOUND, "unknown-checkpoint", message)
            }
            CosignError::Mismatch(size) => {
                tracing::warn!(
                    size,
                    "a witness sent a checkpoint this log did not sign at that size"
                );
                ApiError::new(StatusCode::CONFLICT, "checkpoint-mismatch", message)
            }
        }
    }
}

/// `POST /v1/checkpoint/cosignature`: the body is a checkpoint this log
/// signed, with the witness's tlog-cosignature/v1 signature lines added (a
/// tlog-witness `add-checkpoint` response appended to the checkpoint).
/// Every line must be the log's or a configured witness's, and verify.
/// Answers the checkpoint with every cosignature stored for it.
#[utoipa::path(
    post, path = "/v1/checkpoint/cosignature", tag = "tiles",
    request_body(content = String, content_type = "text/plain", description = "The checkpoint note with the witness's cosignature lines"),
    responses(
        (status = 200, description = "Stored; the checkpoint with every cosignature of it", body = String, content_type = "text/plain"),
        (status = 400, description = "Not a signed checkpoint note, or no cosignature in it", body = crate::schema::ErrorBody),
        (status = 403, description = "`unknown-witness`: a line by a key not in `[[server.witness]]`; `invalid-cosignature`: a witness signature that does not verify", body = crate::schema::ErrorBody),
        (status = 404, description = "`unknown-checkpoint`: this log signed no checkpoint of that origin and size", body = crate::schema::ErrorBody),
        (status = 409, description = "`checkpoint-mismatch`: this log signed another checkpoint of that size", body = crate::schema::ErrorBody),
        (status = 503, description = "The store is unavailable, or the request timed out", body = crate::schema::ErrorBody),
    ),
    security(())
)]
pub async fn post_cosignature(
    State(state): State<AppState>,
    body: Result<String, StringRejection>,
) -> Result<Response, ApiError> {
    let body = body.map_err(|e| ApiError::bad_request(e.body_text()))?;
    let size = submitted_size(&body, &state.log_key)?;
    let stored = state
        .readers
        .run(move |store| store.checkpoint_at(size))
        .await?;
    let cosignatures = check(&body, stored.as_deref(), &state.log_key, &state.witnesses)?;
    let witnesses: Vec<String> = cosignatures.iter().map(|c| c.witness.clone()).collect();
    state.writer.cosign(size, cosignatures).await?;
    tracing::info!(size, witnesses = ?witnesses, "stored witness cosignatures");
    let all = state
        .readers
        .run(move |store| store.cosignatures(size))
        .await?;
    let note = stored.unwrap_or_default();
    Ok((
        StatusCode::OK,
        [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
        attach(&note, &all),
    )
        .into_response())
}
