//! Who is calling: authenticators turn a request's credentials into an
//! [`Identity`]; roles decide what it may do.
//!
//! Today there is one authenticator, server bearer tokens ([`token`]). The
//! [`Authenticator`] enum is where a second one (CI OIDC ID tokens) plugs in:
//! each produces the same [`Identity`].

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
    /// How that was established (`token`, later `gitlab-oidc`, ...).
    pub via: String,
    /// Whether the server verified it (a bearer token it issued: yes).
    pub verified: bool,
    /// The roles it holds.
    pub roles: Vec<Role>,
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
pub enum Authenticator {
    /// Bearer tokens the server issued (`shipgate ledger token create`).
    Token(token::TokenAuthenticator),
}

impl Authenticator {
    /// The identity behind a bearer credential; 401 when it is unknown,
    /// expired or revoked, 503 when the store cannot be asked.
    pub async fn authenticate(&self, bearer: &str) -> Result<Identity, ApiError> {
        match self {
            Authenticator::Token(tokens) => tokens.authenticate(bearer).await,
        }
    }
}
