//! The API's one error type: a status, a stable code and a message, written
//! as `{"error":{"code":"...","message":"..."}}`.
//!
//! Messages never carry internal details: a store failure is logged with its
//! cause and answered with a fixed text.

use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde_json::json;

/// An error answer of the API.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiError {
    /// The HTTP status.
    pub status: StatusCode,
    /// The stable, kebab-case code clients may match on.
    pub code: &'static str,
    /// A message for people.
    pub message: String,
    /// The request field at fault, such as `entries[2].commit`, when known.
    pub field: Option<String>,
    /// For a 429: how many seconds until the caller may try again
    /// (`Retry-After`).
    pub retry_after: Option<u64>,
}

impl ApiError {
    /// An error with this status, code and message.
    pub fn new(status: StatusCode, code: &'static str, message: impl Into<String>) -> Self {
        Self {
            status,
            code,
            message: message.into(),
            field: None,
            retry_after: None,
        }
    }

    /// The same error, naming the request field at fault.
    #[must_use]
    pub fn with_field(mut self, field: impl Into<String>) -> Self {
        self.field = Some(field.into());
        self
    }

    /// 400 `bad-request`: the request cannot be read (not JSON, a bad query parameter).
    pub fn bad_request(message: impl Into<String>) -> Self {
        Self::new(StatusCode::BAD_REQUEST, "bad-request", message)
    }

    /// 401 `unauthenticated`: no valid bearer token.
    pub fn unauthenticated(message: impl Into<String>) -> Self {
        Self::new(StatusCode::UNAUTHORIZED, "unauthenticated", message)
    }

    /// 403 `forbidden`: the identity's roles do not allow this.
    pub fn forbidden(message: impl Into<String>) -> Self {
        Self::new(StatusCode::FORBIDDEN, "forbidden", message)
    }

    /// 429 `rate-limited`: the identity made too many requests; it may
    /// retry after `wait` (rounded up to whole seconds, at least 1).
    pub fn rate_limited(identity: &str, wait: std::time::Duration) -> Self {
        let seconds = wait.as_secs() + u64::from(wait.subsec_nanos() > 0);
        let seconds = seconds.max(1);
        let mut error = Self::new(
            StatusCode::TOO_MANY_REQUESTS,
            "rate-limited",
            format!("`{identity}` made too many requests; retry in {seconds} s"),
        );
        error.retry_after = Some(seconds);
        error
    }

    /// 404 `not-found`.
    pub fn not_found(message: impl Into<String>) -> Self {
        Self::new(StatusCode::NOT_FOUND, "not-found", message)
    }

    /// 422 `invalid-entry`: the JSON is read but breaks the entry schema.
    pub fn invalid(message: impl Into<String>) -> Self {
        Self::new(StatusCode::UNPROCESSABLE_ENTITY, "invalid-entry", message)
    }

    /// 503 `store-unavailable`: the store failed; `cause` is logged, not returned.
    pub fn store(cause: &dyn std::fmt::Display) -> Self {
        tracing::error!(error = %cause, "the ledger store failed");
        Self::new(
            StatusCode::SERVICE_UNAVAILABLE,
            "store-unavailable",
            "the ledger store is unavailable; retry later (with the same Idempotency-Key)",
        )
    }

    /// 500 `internal`: `cause` is logged, not returned.
    pub fn internal(cause: &dyn std::fmt::Display) -> Self {
        tracing::error!(error = %cause, "internal error");
        Self::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            "internal",
            "internal error; the server log has the details",
        )
    }
}

impl std::fmt::Display for ApiError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} {}: {}",
            self.status.as_u16(),
            self.code,
            self.message
        )
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let mut error = json!({"code": self.code, "message": self.message});
        if let (Some(field), Some(map)) = (self.field, error.as_object_mut()) {
            map.insert("field".into(), field.into());
        }
        let body = json!({ "error": error });
        let mut response = (self.status, axum::Json(body)).into_response();
        if let Some(seconds) = self.retry_after {
            response
                .headers_mut()
                .insert(header::RETRY_AFTER, HeaderValue::from(seconds));
        }
        if self.status == StatusCode::UNAUTHORIZED {
            response.headers_mut().insert(
                header::WWW_AUTHENTICATE,
                HeaderValue::from_static("Bearer realm=\"shipgate\""),
            );
        }
        response
    }
}

impl From<shipgate_ledger::store::StoreError> for ApiError {
    fn from(e: shipgate_ledger::store::StoreError) -> Self {
        ApiError::store(&e)
    }
}

impl From<shipgate_ledger::query::QueryError> for ApiError {
    fn from(e: shipgate_ledger::query::QueryError) -> Self {
        match e {
            shipgate_ledger::query::QueryError::Store(e) => ApiError::store(&e),
            other @ shipgate_ledger::query::QueryError::NotJson { .. } => {
                ApiError::internal(&other)
            }
        }
    }
}
