//! `GET /v1/whoami`: the identity the server verified for the caller, with
//! its roles and groups. A release command asks before it acts, so it
//! evaluates the policy for the identity the server will record, and never
//! deploys what the server would then refuse to record.

use axum::Json;
use serde_json::{Value, json};

use crate::error::ApiError;
use crate::extract::Authenticated;

/// `GET /v1/whoami`: who the credential is, as the server records it.
#[utoipa::path(
    get, path = "/v1/whoami", tag = "read",
    responses(
        (status = 200, description = "The verified identity: `id`, `via`, `verified`, `roles`, `groups`", body = Object),
        (status = 401, description = "No credential, or one that fails a check", body = crate::schema::ErrorBody),
        (status = 429, description = "Over the rate limit of the identity; see Retry-After", body = crate::schema::ErrorBody),
        (status = 503, description = "The store or the issuer keys are unavailable, or the request timed out", body = crate::schema::ErrorBody),
    ),
    security(("bearer" = []))
)]
pub async fn whoami(Authenticated(identity): Authenticated) -> Result<Json<Value>, ApiError> {
    let roles: Vec<&str> = identity.roles.iter().map(|r| r.as_str()).collect();
    Ok(Json(json!({
        "id": identity.id,
        "via": identity.via,
        "verified": identity.verified,
        "roles": roles,
        "groups": identity.groups,
    })))
}
