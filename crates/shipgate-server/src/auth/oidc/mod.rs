//! CI OIDC ID tokens: the JWTs GitLab (`id_tokens:`) and GitHub Actions
//! (`ACTIONS_ID_TOKEN_REQUEST_URL`) give every job, verified against the
//! keys of configured issuers.
//!
//! A token is accepted only when all of these hold (RFC 7519 §7.2, `OpenID
//! Connect` Core §3.1.3.7):
//! - its `iss` is a configured issuer, exactly;
//! - its header's `alg` is on that issuer's allow-list, which only ever
//!   holds asymmetric algorithms (never `none`, never `HS*`: a server that
//!   accepted `HS256` would take the issuer's *public* key as a shared
//!   secret);
//! - its `kid` names a key of the issuer's JWK Set ([`jwks`]), of the
//!   algorithm's family;
//! - the signature verifies, `aud` holds the configured audience, and `exp`
//!   and `nbf` hold within the configured clock skew.
//!
//! The identity is the issuer's template filled from the claims
//! (`gitlab:{user_login}`), recorded with `via` = `NAME-oidc` and
//! `verified: true`; its roles come from the issuer's rules ([`rules`]).

pub mod jwks;
pub mod rules;

use std::collections::HashSet;
use std::time::Duration;

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use jsonwebtoken::errors::ErrorKind;
use jsonwebtoken::jwk::AlgorithmParameters;
use jsonwebtoken::{Algorithm, DecodingKey, Validation};
use serde_json::{Map, Value};

use self::jwks::{JwksCache, JwksSource};
use self::rules::{GroupRule, RoleRule};
use super::Identity;
use crate::error::ApiError;

/// The longest ID token accepted, in bytes.
pub const MAX_TOKEN_BYTES: usize = 16 * 1024;

/// The algorithms an issuer may be configured with: asymmetric signatures
/// only.
pub const ALGORITHMS: [&str; 9] = [
    "RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384", "EdDSA",
];

/// One trusted issuer of ID tokens.
#[derive(Debug, Clone)]
pub struct IssuerConfig {
    /// A short name, such as `gitlab`: the actor's `via` is `NAME-oidc`.
    pub name: String,
    /// The `iss` its tokens carry, such as `https://gitlab.example.com`.
    pub issuer: String,
    /// The `aud` its tokens must hold: the audience the CI job asked for.
    pub audience: String,
    /// Where its keys are.
    pub jwks: JwksSource,
    /// The identity, with `{claim}` placeholders: `gitlab:{user_login}`.
    pub identity: String,
    /// The accepted `alg` values (names of [`ALGORITHMS`]).
    pub algorithms: Vec<String>,
    /// How far `exp` and `nbf` may be off the server's clock.
    pub leeway: Duration,
    /// The roles its tokens may be granted.
    pub roles: Vec<RoleRule>,
    /// The groups its tokens' holders may belong to.
    pub groups: Vec<GroupRule>,
    /// How long a fetched JWK Set is used before it is fetched again.
    pub jwks_ttl: Duration,
    /// The least time between two fetches caused by unknown key ids.
    pub jwks_min_refresh: Duration,
}

impl IssuerConfig {
    /// An issuer with the defaults: `RS256` and `ES256`, 60 s of clock skew,
    /// keys cached 10 minutes and refetched for an unknown key id at most
    /// every 30 s, and no roles or groups.
    pub fn new(
        name: impl Into<String>,
        issuer: impl Into<String>,
        audience: impl Into<String>,
        jwks: JwksSource,
        identity: impl Into<String>,
    ) -> Self {
        Self {
            name: name.into(),
            issuer: issuer.into(),
            audience: audience.into(),
            jwks,
            identity: identity.into(),
            algorithms: vec!["RS256".into(), "ES256".into()],
            leeway: Duration::from_secs(60),
            roles: Vec::new(),
            groups: Vec::new(),
            jwks_ttl: Duration::from_secs(600),
            jwks_min_refresh: Duration::from_secs(30),
        }
    }
}

/// An issuer configuration the server cannot use.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("OIDC issuer `{issuer}`: {message}")]
pub struct OidcConfigError {
    /// The issuer's name.
    pub issuer: String,
    /// What is wrong, quoting the value.
    pub message: String,
}

/// The algorithm called `name`, if it is one of [`ALGORITHMS`].
pub fn algorithm(name: &str) -> Option<Algorithm> {
    if !ALGORITHMS.contains(&name) {
        return None;
    }
    name.parse().ok()
}

struct Issuer {
    config: IssuerConfig,
    algorithms: Vec<Algorithm>,
    keys: JwksCache,
}

/// Verifies ID tokens of the configured issuers.
pub struct OidcAuthenticator {
    issuers: Vec<Issuer>,
}

impl OidcAuthenticator {
    /// An authenticator for `issuers`; an error for a bad name, template or
    /// algorithm, a duplicate `iss`, or an empty audience.
    pub fn new(issuers: Vec<IssuerConfig>) -> Result<Self, OidcConfigError> {
        let mut seen = HashSet::new();
        let mut built = Vec::new();
        for config in issuers {
            let error = |message: String| OidcConfigError {
                issuer: config.name.clone(),
                message,
            };
            let name_ok = (1..=32).contains(&config.name.len())
                && config
                    .name
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'-');
            if !name_ok {
                return Err(error(
                    "the name must be 1 to 32 letters, digits or `-`".into(),
                ));
            }
            if config.issuer.is_empty() || !seen.insert(config.issuer.clone()) {
                return Err(error(format!(
                    "the issuer `{}` is empty or configured twice",
                    config.issuer
                )));
            }
            if config.audience.trim().is_empty() {
                return Err(error("the audience is empty".into()));
            }
            rules::template_claims(&config.identity).map_err(|e| error(e.to_string()))?;
            let algorithms = config
                .algorithms
                .iter()
                .map(|a| {
                    algorithm(a).ok_or_else(|| {
                        error(format!(
                            "`{a}` is not an accepted algorithm; use {}",
                            ALGORITHMS.join(", ")
                        ))
                    })
                })
                .collect::<Result<Vec<_>, _>>()?;
            if algorithms.is_empty() {
                return Err(error("no algorithm is allowed".into()));
            }
            let keys = JwksCache::new(
                config.jwks.clone(),
                config.jwks_ttl,
                config.jwks_min_refresh,
            );
            built.push(Issuer {
                config,
                algorithms,
                keys,
            });
        }
        Ok(Self { issuers: built })
    }

    /// Whether `bearer` has the shape of a JWT (three base64url parts).
    pub fn looks_like_jwt(bearer: &str) -> bool {
        bearer.split('.').count() == 3 && bearer.starts_with("ey")
    }

    /// The identity of the ID token `token`: 401 for any token that fails a
    /// check, 503 when the issuer's keys cannot be had.
    pub async fn authenticate(&self, token: &str) -> Result<Identity, ApiError> {
        if token.len() > MAX_TOKEN_BYTES {
            return Err(refused("the ID token is too long"));
        }
        let iss = unverified_issuer(token)?;
        let issuer = self
            .issuers
            .iter()
            .find(|i| i.config.issuer == iss)
            .ok_or_else(|| refused(&format!("the ID token's issuer `{iss}` is not trusted")))?;
        let header = jsonwebtoken::decode_header(token).map_err(|_| {
            refused("the ID token's header cannot be read or names an unknown algorithm")
        })?;
        if !issuer.algorithms.contains(&header.alg) {
            return Err(refused(&format!(
                "the ID token's algorithm `{:?}` is not accepted for `{iss}`",
                header.alg
            )));
        }
        let kid = header
            .kid
            .as_deref()
            .ok_or_else(|| refused("the ID token names no key (`kid`)"))?;
        let jwk = issuer
            .keys
            .key(kid)
            .await
            .map_err(|e| {
                tracing::error!(error = %e, issuer = %iss, "no keys for an issuer");
                ApiError::new(
                    axum::http::StatusCode::SERVICE_UNAVAILABLE,
                    "issuer-keys-unavailable",
                    "the ID token's issuer keys cannot be fetched; retry later",
                )
            })?
            .ok_or_else(|| {
                refused(&format!(
                    "the ID token's key `{kid}` is not one of the issuer's keys"
                ))
            })?;
        if matches!(jwk.algorithm, AlgorithmParameters::OctetKey(_))
            || jwk
                .common
                .key_algorithm
                .is_some_and(|a| format!("{a:?}") != format!("{:?}", header.alg))
        {
            return Err(refused("the ID token's algorithm does not match its key"));
        }
        let key = DecodingKey::from_jwk(&jwk)
            .map_err(|_| refused("the ID token's key cannot be used"))?;
        let mut validation = Validation::new(header.alg);
        validation.set_issuer(&[&issuer.config.issuer]);
        validation.set_audience(&[&issuer.config.audience]);
        validation.set_required_spec_claims(&["exp", "iss", "aud"]);
        validation.validate_exp = true;
        validation.validate_nbf = true;
        validation.leeway = issuer.config.leeway.as_secs();
        let data = jsonwebtoken::decode::<Map<String, Value>>(token, &key, &validation)
            .map_err(|e| refused(reason(e.kind())))?;
        let claims = data.claims;
        let id =
            rules::fill(&issuer.config.identity, &claims).map_err(|e| refused(&e.to_string()))?;
        if id.chars().count() > 256 {
            return Err(refused(
                "the identity the ID token names is longer than 256 characters",
            ));
        }
        Ok(Identity {
            id,
            via: format!("{}-oidc", issuer.config.name),
            verified: true,
            roles: rules::roles(&issuer.config.roles, &claims),
            groups: rules::groups(&issuer.config.groups, &claims),
            claims: rules::kept(&claims),
        })
    }
}

fn refused(message: &str) -> ApiError {
    ApiError::unauthenticated(message.to_owned())
}

/// Why a token failed, in words a CI job's author can act on.
fn reason(kind: &ErrorKind) -> &'static str {
    match kind {
        ErrorKind::ExpiredSignature => "the ID token has expired",
        ErrorKind::ImmatureSignature => "the ID token is not valid yet (`nbf`)",
        ErrorKind::InvalidAudience => "the ID token is for another audience (`aud`)",
        ErrorKind::InvalidIssuer => "the ID token's issuer does not match",
        ErrorKind::InvalidSignature => "the ID token's signature does not verify",
        ErrorKind::MissingRequiredClaim(_) => "the ID token lacks `exp`, `iss` or `aud`",
        ErrorKind::InvalidAlgorithm => "the ID token's algorithm does not match its key",
        _ => "the ID token is malformed",
    }
}

/// The `iss` of a token's payload, read before any check only to choose the
/// issuer whose keys then check everything.
fn unverified_issuer(token: &str) -> Result<String, ApiError> {
    let payload = token
        .split('.')
        .nth(1)
        .ok_or_else(|| refused("the ID token is not a JWT"))?;
    let bytes = URL_SAFE_NO_PAD
        .decode(payload)
        .map_err(|_| refused("the ID token's payload is not base64url"))?;
    let value: Value = serde_json::from_slice(&bytes)
        .map_err(|_| refused("the ID token's payload is not JSON"))?;
    value
        .get("iss")
        .and_then(Value::as_str)
        .map(str::to_owned)
        .ok_or_else(|| refused("the ID token has no `iss`"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_asymmetric_algorithms_are_accepted() {
        assert_eq!(algorithm("ES256"), Some(Algorithm::ES256));
        assert_eq!(algorithm("EdDSA"), Some(Algorithm::EdDSA));
        assert_eq!(algorithm("HS256"), None);
        assert_eq!(algorithm("none"), None);
        let mut config = IssuerConfig::new(
            "gitlab",
            "https://gitlab.example.com",
            "https://audit.example.com",
            JwksSource::File("keys.json".into()),
            "gitlab:{user_login}",
        );
        config.algorithms = vec!["HS256".into()];
        assert!(OidcAuthenticator::new(vec![config.clone()]).is_err());
        config.algorithms = vec!["ES256".into()];
        assert!(OidcAuthenticator::new(vec![config.clone(), config.clone()]).is_err());
        config.identity = "gitlab:{user_login".into();
        assert!(OidcAuthenticator::new(vec![config]).is_err());
    }
}
