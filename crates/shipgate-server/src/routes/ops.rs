//! `GET /health`, `GET /ready` and `GET /metrics`: unauthenticated, for
//! orchestrators and Prometheus. None of them reveals an entry.

use axum::Json;
use axum::extract::State;
use axum::http::header;
use axum::response::{IntoResponse, Response};
use serde_json::{Value, json};
use std::sync::atomic::Ordering;

use crate::error::ApiError;
use crate::state::AppState;

/// `GET /health`: the process is up.
#[utoipa::path(
    get, path = "/health", tag = "operations",
    responses(
        (status = 200, description = "The process is up", body = crate::schema::Status),
    )
)]
pub async fn health() -> Json<Value> {
    Json(json!({"status": "ok"}))
}

/// `GET /ready`: the store answers (503 `store-unavailable` otherwise).
#[utoipa::path(
    get, path = "/ready", tag = "operations",
    responses(
        (status = 200, description = "The store answers", body = crate::schema::Status),
        (status = 503, description = "The store does not answer", body = crate::schema::ErrorBody),
    )
)]
pub async fn ready(State(state): State<AppState>) -> Result<Json<Value>, ApiError> {
    let size = state.readers.run(|store| store.size()).await?;
    state.metrics.log_size.fetch_max(size, Ordering::Relaxed);
    Ok(Json(json!({"status": "ready"})))
}

/// `GET /metrics`: Prometheus text.
#[utoipa::path(
    get, path = "/metrics", tag = "operations",
    responses(
        (status = 200, description = "Prometheus text", body = String, content_type = "text/plain"),
    )
)]
pub async fn metrics(State(state): State<AppState>) -> Response {
    (
        [(
            header::CONTENT_TYPE,
            "text/plain; version=0.0.4; charset=utf-8",
        )],
        state.metrics.render(),
    )
        .into_response()
}
