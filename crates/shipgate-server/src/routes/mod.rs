//! The routes, one module per group.

pub mod checkpoint;
pub mod export;
pub mod ops;
pub mod proof;
pub mod read;
pub mod seed;
pub mod tiles;
pub mod whoami;
pub mod witness;
pub mod write;

use std::collections::HashMap;

use axum::extract::Query;
use axum::extract::rejection::QueryRejection;

use crate::error::ApiError;

/// Query parameters, or a 400 in the API's error format.
pub type Params = Result<Query<HashMap<String, String>>, QueryRejection>;

/// The parameters of `params`, refusing any not in `allowed` (400).
pub fn params(params: Params, allowed: &[&str]) -> Result<HashMap<String, String>, ApiError> {
    let Query(map) = params.map_err(|e| ApiError::bad_request(e.body_text()))?;
    if let Some(unknown) = map.keys().find(|k| !allowed.contains(&k.as_str())) {
        return Err(ApiError::bad_request(format!(
            "unknown query parameter `{unknown}`; this route takes {}",
            allowed.join(", ")
        ))
        .with_field(unknown.clone()));
    }
    Ok(map)
}

/// A parameter as a number, or 400 naming it.
pub fn number<S: std::hash::BuildHasher>(
    map: &HashMap<String, String, S>,
    name: &str,
) -> Result<Option<u64>, ApiError> {
    map.get(name)
        .map(|v| {
            v.parse().map_err(|_| {
                ApiError::bad_request(format!("`{name}` is `{v}`; it must be a whole number"))
                    .with_field(name)
            })
        })
        .transpose()
}
