//! The API's `Status` object: every error the emulator answers with.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde_json::{Value, json};

/// A failed request, as a Kubernetes `Status` with its HTTP code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Status {
    /// The HTTP status code.
    pub code: u16,
    /// The machine reason: `NotFound`, `AlreadyExists`, `Conflict`,
    /// `Invalid`, `BadRequest`, `Forbidden`, `UnsupportedMediaType`, `Expired`.
    pub reason: &'static str,
    /// The message kubectl prints.
    pub message: String,
}

impl Status {
    /// 404 for `resource` (`deployments.apps`) `name`.
    pub fn not_found(resource: &str, name: &str) -> Self {
        Self::new(404, "NotFound", format!("{resource} \"{name}\" not found"))
    }

    /// 409 for `resource` `name` that exists already.
    pub fn already_exists(resource: &str, name: &str) -> Self {
        Self::new(
            409,
            "AlreadyExists",
            format!("{resource} \"{name}\" already exists"),
        )
    }

    /// 422: the object is not valid.
    pub fn invalid(resource: &str, name: &str, why: &str) -> Self {
        Self::new(
            422,
            "Invalid",
            format!("{resource} \"{name}\" is invalid: {why}"),
        )
    }

    /// 400: the request is malformed.
    pub fn bad_request(message: impl Into<String>) -> Self {
        Self::new(400, "BadRequest", message.into())
    }

    /// 403: the emulator is read-only.
    pub fn forbidden(verb: &str, resource: &str, name: &str, namespace: &str) -> Self {
        Self::new(
            403,
            "Forbidden",
            format!(
                "{resource} \"{name}\" is forbidden: User \"tester\" cannot {verb} resource \"{resource}\" in API group \"apps\" in the namespace \"{namespace}\""
            ),
        )
    }

    /// Any other status.
    pub fn new(code: u16, reason: &'static str, message: String) -> Self {
        Self {
            code,
            reason,
            message,
        }
    }

    /// The `Status` object.
    pub fn to_json(&self) -> Value {
        json!({
            "kind": "Status",
            "apiVersion": "v1",
            "metadata": {},
            "status": "Failure",
            "message": self.message,
            "reason": self.reason,
            "code": self.code,
        })
    }
}

impl IntoResponse for Status {
    fn into_response(self) -> Response {
        let code = StatusCode::from_u16(self.code).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        (code, axum::Json(self.to_json())).into_response()
    }
}
