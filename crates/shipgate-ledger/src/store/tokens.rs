//! Server bearer tokens as the store keeps them: a name, a role, and the
//! SHA-256 of the secret (never the secret itself).

use crate::hash::Hash;

/// A stored bearer token.
#[derive(Clone, PartialEq, Eq)]
pub struct TokenRecord {
    /// The token's unique name, such as `gitlab-payments`.
    pub name: String,
    /// SHA-256 of the secret token text.
    pub hash: Hash,
    /// The role it grants (`recorder`, `approver`, `deployer`, `auditor`, `admin`).
    pub role: String,
    /// When it was created, seconds since the Unix epoch.
    pub created: u64,
    /// When it stops working, seconds since the Unix epoch; `None` never.
    pub expires: Option<u64>,
    /// When it was revoked, seconds since the Unix epoch; `None` while active.
    pub revoked: Option<u64>,
}

impl std::fmt::Debug for TokenRecord {
    /// The hash is not a secret, but it is left out so that no token material
    /// reaches a log line.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TokenRecord")
            .field("name", &self.name)
            .field("role", &self.role)
            .field("created", &self.created)
            .field("expires", &self.expires)
            .field("revoked", &self.revoked)
            .finish_non_exhaustive()
    }
}

impl TokenRecord {
    /// Whether the token may be used at `now` (seconds since the Unix epoch):
    /// not revoked and not expired.
    pub fn is_active(&self, now: u64) -> bool {
        self.revoked.is_none() && self.expires.is_none_or(|e| now < e)
    }
}
