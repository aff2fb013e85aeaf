//! Request extractors over the application state: who is calling.

use axum::extract::FromRequestParts;
use axum::http::header;
use axum::http::request::Parts;

use crate::auth::Identity;
use crate::error::ApiError;
use crate::state::AppState;

/// Extracts the caller's [`Identity`] from `Authorization: Bearer ...`, and
/// takes one request from its rate limit (429 when it is spent).
pub struct Authenticated(pub Identity);

impl FromRequestParts<AppState> for Authenticated {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, ApiError> {
        let header = parts
            .headers
            .get(header::AUTHORIZATION)
            .ok_or_else(|| ApiError::unauthenticated("send `Authorization: Bearer TOKEN`"))?;
        let value = header
            .to_str()
            .map_err(|_| ApiError::unauthenticated("the Authorization header is not text"))?;
        let bearer = value
            .strip_prefix("Bearer ")
            .or_else(|| value.strip_prefix("bearer "))
            .map(str::trim)
            .filter(|t| !t.is_empty())
            .ok_or_else(|| {
                ApiError::unauthenticated("the Authorization header is not `Bearer TOKEN`")
            })?;
        let identity = state.authenticator.authenticate(bearer).await?;
        if let Some(limiter) = &state.rate_limiter
            && let Err(wait) = limiter.check(&identity.id)
        {
            return Err(ApiError::rate_limited(&identity.id, wait));
        }
        Ok(Self(identity))
    }
}

/// Access to the tlog-tiles routes: anyone when the tiles are public
/// (`None`), else an authenticated auditor or admin.
pub struct TilesAccess(pub Option<Identity>);

impl FromRequestParts<AppState> for TilesAccess {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, ApiError> {
        if state.public_tiles {
            return Ok(Self(None));
        }
        let Authenticated(identity) = Authenticated::from_request_parts(parts, state).await?;
        identity.require_auditor()?;
        Ok(Self(Some(identity)))
    }
}
