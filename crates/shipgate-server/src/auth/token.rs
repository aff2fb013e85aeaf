//! Server bearer tokens: issued once, stored as their SHA-256 only.
//!
//! A token is `sgt_` followed by 64 hex digits (256 random bits). The store
//! keeps its name, role, expiry and SHA-256 ([`TokenRecord`]); the text is
//! printed once, by [`issue`], and never again. Issuing and revoking a token
//! each append an `admin` entry, in the same transaction.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use serde_json::{Map, Value, json};
use sha2::{Digest, Sha256};
use shipgate_ledger::entry::{Actor, Entry, EntryError, Kind};
use shipgate_ledger::hash::Hash;
use shipgate_ledger::store::{Store, StoreError, TokenRecord};
use shipgate_ledger::time::format_unix;

use super::{Identity, Role};
use crate::error::ApiError;
use crate::readers::ReaderPool;

/// The prefix of every token, so scanners and people recognise one.
pub const PREFIX: &str = "sgt_";

/// Why a token could not be issued or revoked.
#[derive(Debug, thiserror::Error)]
pub enum TokenError {
    /// The name is empty, too long, or has characters outside `[A-Za-z0-9._-]`.
    #[error("`{0}` is not a token name: use 1 to 64 letters, digits, `.`, `_` or `-`")]
    Name(String),
    /// The randomness source failed.
    #[error("no randomness for a token: {0}")]
    Random(String),
    /// The admin entry breaks the schema (such as an over-long service name).
    #[error("the admin entry is invalid: {0}")]
    Entry(#[from] EntryError),
    /// The store refused or failed.
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// What [`issue`] asks for.
#[derive(Debug, Clone)]
pub struct IssueRequest {
    /// The token's unique name.
    pub name: String,
    /// The role it grants.
    pub role: Role,
    /// When it stops working (seconds since the Unix epoch), if ever.
    pub expires: Option<u64>,
    /// Who issues it, recorded in the admin entry.
    pub actor: Actor,
    /// The service the admin entry names.
    pub service: String,
    /// Now, seconds since the Unix epoch.
    pub now: u64,
}

/// A freshly issued token.
pub struct Issued {
    /// The secret token text: shown once, stored nowhere.
    pub secret: String,
    /// The sequence number of its admin entry.
    pub seq: u64,
}

impl std::fmt::Debug for Issued {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Issued")
            .field("secret", &redact(&self.secret))
            .field("seq", &self.seq)
            .finish()
    }
}

/// A secret shown as its first 4 characters and its length.
pub fn redact(secret: &str) -> String {
    let head: String = secret.chars().take(4).collect();
    format!("{head}… ({} characters)", secret.chars().count())
}

/// SHA-256 of a token's text: what the store keeps and looks up.
pub fn hash(token: &str) -> Hash {
    Sha256::digest(token.as_bytes()).into()
}

fn valid_name(name: &str) -> bool {
    (1..=64).contains(&name.len())
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'-'))
}

fn admin_entry(
    service: &str,
    actor: &Actor,
    now: u64,
    body: Map<String, Value>,
) -> Result<Vec<u8>, EntryError> {
    Entry::builder(Kind::Admin, format_unix(now), service, actor.clone())
        .body(body)
        .build()?
        .to_bytes()
}

fn object(value: Value) -> Map<String, Value> {
    match value {
        Value::Object(map) => map,
        _ => Map::new(),
    }
}

/// Creates a token: stores its hash and appends its `admin` entry
/// (`action: token-create`) in one transaction.
pub fn issue(store: &mut dyn Store, request: &IssueRequest) -> Result<Issued, TokenError> {
    if !valid_name(&request.name) {
        return Err(TokenError::Name(request.name.clone()));
    }
    let mut random = [0u8; 32];
    getrandom::getrandom(&mut random).map_err(|e| TokenError::Random(e.to_string()))?;
    let secret = format!("{PREFIX}{}", shipgate_ledger::hash::to_hex(&random));
    let entry = admin_entry(
        &request.service,
        &request.actor,
        request.now,
        object(json!({
            "action": "token-create",
            "token": request.name,
            "role": request.role.as_str(),
            "expires": request.expires.map(format_unix),
        })),
    )?;
    let record = TokenRecord {
        name: request.name.clone(),
        hash: hash(&secret),
        role: request.role.as_str().to_owned(),
        created: request.now,
        expires: request.expires,
        revoked: None,
    };
    let seq = store.create_token(&record, &entry)?;
    Ok(Issued { secret, seq })
}

/// Revokes the active token `name` and appends its `admin` entry
/// (`action: token-revoke`) in one transaction; `None` when there is no such
/// active token.
pub fn revoke(
    store: &mut dyn Store,
    name: &str,
    actor: &Actor,
    service: &str,
    now: u64,
) -> Result<Option<u64>, TokenError> {
    let entry = admin_entry(
        service,
        actor,
        now,
        object(json!({"action": "token-revoke", "token": name})),
    )?;
    Ok(store.revoke_token(name, now, &entry)?)
}

/// Authenticates bearer tokens against the store's tokens table, with a short
/// cache so that a busy client costs no store read per request. A revocation
/// takes effect within the cache's time to live (on every replica).
pub struct TokenAuthenticator {
    readers: ReaderPool,
    ttl: Duration,
    cache: Mutex<HashMap<Hash, (Option<TokenRecord>, Instant)>>,
}

impl TokenAuthenticator {
    /// An authenticator reading tokens through `readers`, caching each
    /// answer for `ttl`.
    pub fn new(readers: ReaderPool, ttl: Duration) -> Self {
        Self {
            readers,
            ttl,
            cache: Mutex::new(HashMap::new()),
        }
    }

    /// The identity of `bearer`: `token:NAME`, via `token`, verified, with
    /// the token's role.
    pub async fn authenticate(&self, bearer: &str) -> Result<Identity, ApiError> {
        let refused =
            || ApiError::unauthenticated("the bearer token is unknown, expired or revoked");
        if !bearer.starts_with(PREFIX) || bearer.len() > 128 {
            return Err(refused());
        }
        let key = hash(bearer);
        let cached = self.cache.lock().ok().and_then(|c| {
            c.get(&key)
                .filter(|(_, at)| at.elapsed() < self.ttl)
                .map(|(r, _)| r.clone())
        });
        let record = if let Some(record) = cached {
            record
        } else {
            let record = self
                .readers
                .run(move |store| store.token_by_hash(&key))
                .await?;
            if let Ok(mut cache) = self.cache.lock() {
                if cache.len() > 100_000 {
                    cache.clear();
                }
                cache.insert(key, (record.clone(), Instant::now()));
            }
            record
        };
        let record = record.ok_or_else(refused)?;
        if !record.is_active(crate::clock::now()) {
            return Err(refused());
        }
        let role: Role = record.role.parse().map_err(|e| ApiError::internal(&e))?;
        Ok(Identity {
            id: format!("token:{}", record.name),
            via: "token".into(),
            verified: true,
            roles: vec![role],
            groups: Vec::new(),
            claims: [("token".to_owned(), record.name.clone())].into(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_redaction() {
        assert!(valid_name("gitlab-payments.prod_1"));
        assert!(!valid_name(""));
        assert!(!valid_name("a b"));
        assert!(!valid_name(&"x".repeat(65)));
        assert_eq!(redact("sgt_0123456789"), "sgt_… (14 characters)");
        assert_eq!(hash("a"), hash("a"));
        assert_ne!(hash("a"), hash("b"));
    }
}
