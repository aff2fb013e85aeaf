//! Reading request bodies: at most [`MAX_BODY_BYTES`], as JSON, with the
//! API's errors (413, 400) instead of axum's plain-text ones.

use axum::body::Bytes;
use axum::extract::{FromRequest, Request};
use axum::http::StatusCode;
use serde_json::Value;

use crate::error::ApiError;

/// The largest request body: 1 MiB.
pub const MAX_BODY_BYTES: usize = 1024 * 1024;

/// A JSON request body, with its raw bytes (the idempotency hash is of them).
pub struct JsonBody {
    /// The bytes as received.
    pub bytes: Bytes,
    /// The parsed JSON.
    pub value: Value,
}

impl<S: Send + Sync> FromRequest<S> for JsonBody {
    type Rejection = ApiError;

    async fn from_request(request: Request, state: &S) -> Result<Self, ApiError> {
        let bytes = Bytes::from_request(request, state).await.map_err(|e| {
            if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
                ApiError::new(
                    StatusCode::PAYLOAD_TOO_LARGE,
                    "body-too-large",
                    format!(
                        "the body is over {MAX_BODY_BYTES} bytes; send fewer entries per request"
                    ),
                )
            } else {
                ApiError::bad_request(format!("cannot read the body: {e}"))
            }
        })?;
        let value = serde_json::from_slice(&bytes)
            .map_err(|e| ApiError::bad_request(format!("the body is not JSON: {e}")))?;
        Ok(Self { bytes, value })
    }
}
