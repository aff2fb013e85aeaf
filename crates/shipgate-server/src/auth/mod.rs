//! Who is calling: authenticators turn a request's credentials into an
//! [`Identity`]; roles decide what it may do.
//!
//! Two authenticators produce the same [`Identity`]: server bearer tokens
//! ([`token`], `sgt_...`) and CI OIDC ID tokens ([`oidc`], JWTs of the
//! configured issuers).

pub mod oidc;
pub mod role;
pub mod token;

use std::collections::BTreeMap;

use shipgate_ledger::entry::{Actor, Kind};

use crate::error::ApiError;
pub use role::Role;

/// An authenticated caller.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Identity {
    /// Who, such as `token:gitlab-payments`.
    pub id: String,
    /// How that was established (`token`, `gitlab-oidc`, ...).
    pub via: String,
    /// Whether the server verified it (a bearer token it issued: yes).
    pub verified: bool,
    /// The roles it holds.
    pub roles: Vec<Role>,
    /// The groups a verified ID token puts it in (`[[server.oidc.groups]]`);
    /// none for a bearer token.
    pub groups: Vec<String>,
    /// Further facts about it (a token's name, an ID token's claims).
    pub claims: BTreeMap<String, String>,
}

impl Identity {
    /// The ledger actor this identity records as.
    pub fn actor(&self) -> Actor {
        Actor {
            id: self.id.clone(),
            via: self.via.clone(),
            verified: Some(self.verified),
        }
    }

    /// Whether any role may write `kind`.
    pub fn may_write(&self, kind: Kind) -> bool {
        self.roles.iter().any(|r| r.may_write(kind))
    }

    /// Whether any role may read the log.
    pub fn may_read(&self) -> bool {
        self.roles.iter().any(|r| r.may_read())
    }

    /// Whether it holds the admin role.
    pub fn is_admin(&self) -> bool {
        self.roles.contains(&Role::Admin)
    }

    /// 403 unless it may write `kind`.
    pub fn require_write(&self, kind: Kind) -> Result<(), ApiError> {
        if self.may_write(kind) {
            return Ok(());
        }
        Err(ApiError::forbidden(format!(
            "`{}` ({}) may not write `{kind}` entries",
            self.id,
            self.role_names()
        )))
    }

    /// 403 unless it may read.
    pub fn require_read(&self) -> Result<(), ApiError> {
        if self.may_read() {
            return Ok(());
        }
        Err(ApiError::forbidden(format!(
            "`{}` may not read the log",
            self.id
        )))
    }

    /// 403 unless it is an auditor or an admin (the tlog-tiles routes of a
    /// server with `public_tiles = false`).
    pub fn require_auditor(&self) -> Result<(), ApiError> {
        if self.roles.contains(&Role::Auditor) || self.is_admin() {
            return Ok(());
        }
        Err(ApiError::forbidden(format!(
            "`{}` ({}) is not an auditor; this server serves its tiles to auditors only",
            self.id,
            self.role_names()
        )))
    }

    /// 403 unless it is an admin.
    pub fn require_admin(&self) -> Result<(), ApiError> {
        if self.is_admin() {
            return Ok(());
        }
        Err(ApiError::forbidden(format!(
            "`{}` ({}) is not an admin",
            self.id,
            self.role_names()
        )))
    }

    fn role_names(&self) -> String {
        let names: Vec<&str> = self.roles.iter().map(|r| r.as_str()).collect();
        if names.is_empty() {
            "no role".into()
        } else {
            names.join(", ")
        }
    }
}

/// The ways the server can establish who is calling.
pub struct Authenticator {
    /// Bearer tokens the server issued (`shipgate ledger token create`).
    pub tokens: token::TokenAuthenticator,
    /// CI OIDC ID tokens, when issuers are configured.
    pub oidc: Option<oidc::OidcAuthenticator>,
}

impl Authenticator {
    /// The identity behind a bearer credential: a server token (`sgt_...`)
    /// or, when issuers are configured, a JWT. 401 when it is unknown,
    /// expired, revoked or fails any check; 503 when the store or the
    /// issuer's keys cannot be had.
    pub async fn authenticate(&self, bearer: &str) -> Result<Identity, ApiError> {
        if bearer.starts_with(token::PREFIX) {
            return self.tokens.authenticate(bearer).await;
        }
        match &self.oidc {
            Some(oidc) if oidc::OidcAuthenticator::looks_like_jwt(bearer) => {
                oidc.authenticate(bearer).await
            }
            Some(_) => Err(ApiError::unauthenticated(
                "the bearer credential is neither a server token nor an ID token",
            )),
            None => Err(ApiError::unauthenticated(
                "the bearer token is unknown, expired or revoked",
            )),
        }
    }
}
