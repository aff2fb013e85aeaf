//! An issuer's signing keys (a JWK Set, RFC 7517 §5), fetched from a URL or
//! read from a file, cached, and refreshed when a token names a key id the
//! cache does not hold.
//!
//! Bounded on every side: the set is read only up to [`MAX_JWKS_BYTES`] and
//! [`MAX_KEYS`] keys, a fetch times out after [`FETCH_TIMEOUT`], and an
//! unknown key id refetches at most once per `min_refresh`, so a caller
//! sending made-up key ids cannot make the server hammer the issuer.
//! What cannot be fetched or read is an error, never an empty set that would
//! quietly refuse (or a stale one that would quietly accept) every token.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use jsonwebtoken::jwk::Jwk;
use serde_json::Value;

/// The largest JWK Set read, in bytes.
pub const MAX_JWKS_BYTES: u64 = 256 * 1024;
/// The most keys kept from one set.
pub const MAX_KEYS: usize = 64;
/// How long a fetch of a JWKS URL may take.
pub const FETCH_TIMEOUT: Duration = Duration::from_secs(10);

/// Where an issuer's keys come from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum JwksSource {
    /// An `https://` (or, for tests and sidecars, `http://`) URL serving a
    /// JWK Set, such as GitLab's `https://gitlab.example.com/oauth/discovery/keys`.
    Url(String),
    /// A file holding a JWK Set (for an issuer the server cannot reach).
    File(PathBuf),
}

impl std::fmt::Display for JwksSource {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            JwksSource::Url(url) => write!(f, "`{url}`"),
            JwksSource::File(path) => write!(f, "`{}`", path.display()),
        }
    }
}

/// Why the keys could not be had.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("cannot read the JWK Set at {location}: {reason}")]
pub struct JwksError {
    /// Where from.
    pub location: String,
    /// What went wrong.
    pub reason: String,
}

/// The keys of one issuer, cached for `ttl`.
pub struct JwksCache {
    source: JwksSource,
    ttl: Duration,
    min_refresh: Duration,
    cached: tokio::sync::Mutex<Option<(Vec<Jwk>, Instant)>>,
}

impl JwksCache {
    /// A cache over `source`: a set is used for `ttl`, and an unknown key id
    /// refetches it at most once per `min_refresh`.
    pub fn new(source: JwksSource, ttl: Duration, min_refresh: Duration) -> Self {
        Self {
            source,
            ttl,
            min_refresh,
            cached: tokio::sync::Mutex::new(None),
        }
    }

    /// The key with id `kid`: `Ok(None)` when the issuer's current set has
    /// no such key, an error when the set cannot be fetched or read.
    pub async fn key(&self, kid: &str) -> Result<Option<Jwk>, JwksError> {
        let mut cached = self.cached.lock().await;
        if let Some((keys, at)) = cached.as_ref() {
            let age = at.elapsed();
            let found = find(keys, kid);
            if age < self.ttl && (found.is_some() || age < self.min_refresh) {
                return Ok(found);
            }
        }
        let keys = self.load().await?;
        let found = find(&keys, kid);
        *cached = Some((keys, Instant::now()));
        Ok(found)
    }

    async fn load(&self) -> Result<Vec<Jwk>, JwksError> {
        let source = self.source.clone();
        let text = tokio::task::spawn_blocking(move || read_source(&source))
            .await
            .map_err(|e| self.error(format!("the fetch stopped: {e}")))??;
        parse_set(&text).map_err(|reason| self.error(reason))
    }

    fn error(&self, reason: String) -> JwksError {
        JwksError {
            location: self.source.to_string(),
            reason,
        }
    }
}

fn find(keys: &[Jwk], kid: &str) -> Option<Jwk> {
    keys.iter()
        .find(|k| k.common.key_id.as_deref() == Some(kid))
        .cloned()
}

/// The text of the set at `source`, at most [`MAX_JWKS_BYTES`].
fn read_source(source: &JwksSource) -> Result<String, JwksError> {
    let error = |reason: String| JwksError {
        location: source.to_string(),
        reason,
    };
    match source {
        JwksSource::File(path) => {
            let bytes = std::fs::read(path).map_err(|e| error(e.to_string()))?;
            if bytes.len() as u64 > MAX_JWKS_BYTES {
                return Err(error(format!("it is larger than {MAX_JWKS_BYTES} bytes")));
            }
            String::from_utf8(bytes).map_err(|_| error("it is not UTF-8".into()))
        }
        JwksSource::Url(url) => {
            let agent: ureq::Agent = ureq::Agent::config_builder()
                .timeout_global(Some(FETCH_TIMEOUT))
                .http_status_as_error(false)
                .max_redirects(3)
                .build()
                .into();
            let mut response = agent.get(url).call().map_err(|e| error(e.to_string()))?;
            let status = response.status().as_u16();
            if status != 200 {
                return Err(error(format!("the answer was status {status}, not 200")));
            }
            response
                .body_mut()
                .with_config()
                .limit(MAX_JWKS_BYTES)
                .read_to_string()
                .map_err(|e| error(e.to_string()))
        }
    }
}

/// The usable signing keys of a JWK Set: `{"keys": [...]}`. Keys that are
/// not for signatures (`use` other than `sig`), symmetric (`kty: oct`), or
/// of a type this server cannot read are left out; a set with none left, or
/// that is not a JWK Set at all, is an error.
pub fn parse_set(text: &str) -> Result<Vec<Jwk>, String> {
    let value: Value = serde_json::from_str(text).map_err(|e| format!("it is not JSON ({e})"))?;
    let Some(Value::Array(items)) = value.get("keys") else {
        return Err("it is not a JWK Set: no `keys` array".into());
    };
    let keys: Vec<Jwk> = items
        .iter()
        .filter(|k| k.get("kty").and_then(Value::as_str) != Some("oct"))
        .filter(|k| k.get("use").is_none_or(|u| u.as_str() == Some("sig")))
        .filter(|k| k.get("kid").and_then(Value::as_str).is_some())
        .filter_map(|k| serde_json::from_value::<Jwk>(k.clone()).ok())
        .take(MAX_KEYS)
        .collect();
    if keys.is_empty() {
        return Err("it holds no signing key with a `kid` this server can use".into());
    }
    Ok(keys)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_usable_signing_keys_are_kept() {
        let set = r#"{"keys":[
            {"kty":"oct","kid":"h","k":"c2VjcmV0"},
            {"kty":"EC","kid":"enc","use":"enc","crv":"P-256","x":"MKBCTNIcKUSDii11ySs3526iDZ8AiTo7Tu6KPAqv7D4","y":"4Etl6SRW2YiLUrN5vfvVHuhp7x8PxltmWWlbbM4IFyM"},
            {"kty":"EC","kid":"a","use":"sig","crv":"P-256","x":"MKBCTNIcKUSDii11ySs3526iDZ8AiTo7Tu6KPAqv7D4","y":"4Etl6SRW2YiLUrN5vfvVHuhp7x8PxltmWWlbbM4IFyM"}
        ]}"#;
        let keys = parse_set(set).unwrap_or_default();
        assert_eq!(keys.len(), 1);
        assert_eq!(
            find(&keys, "a").map(|k| k.common.key_id),
            Some(Some("a".into()))
        );
        assert!(find(&keys, "h").is_none());
        assert!(parse_set("{}").is_err());
        assert!(parse_set("not json").is_err());
        assert!(parse_set(r#"{"keys":[{"kty":"oct","kid":"h","k":"c2VjcmV0"}]}"#).is_err());
    }

    #[tokio::test]
    async fn an_unreadable_file_is_an_error() {
        let cache = JwksCache::new(
            JwksSource::File("/nonexistent/jwks.json".into()),
            Duration::from_secs(60),
            Duration::ZERO,
        );
        let err = cache
            .key("a")
            .await
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(err.contains("/nonexistent/jwks.json"), "{err}");
    }
}
