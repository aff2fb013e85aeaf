//! `GET /v1/whoami`: the identity the server verified for this client's
//! credential, and what it may write.

use serde_json::Value;
use shipgate_ledger::entry::Kind;

use super::{Client, ClientError};
use crate::auth::Role;

/// The caller as the server verified it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WhoAmI {
    /// The identity the server records, such as `gitlab:erin` or `token:ci`.
    pub id: String,
    /// How the server verified it (`gitlab-oidc`, `token`).
    pub via: String,
    /// Whether it is verified (always, for an accepted credential).
    pub verified: bool,
    /// Its roles.
    pub roles: Vec<Role>,
    /// Its groups (`[[server.oidc.groups]]`).
    pub groups: Vec<String>,
}

impl WhoAmI {
    /// Whether one of its roles may write entries of `kind`.
    pub fn may_write(&self, kind: Kind) -> bool {
        self.roles.iter().any(|r| r.may_write(kind))
    }
}

impl Client {
    /// Who the server says this client's credential is; asked once per
    /// client.
    pub fn whoami(&self) -> Result<WhoAmI, ClientError> {
        if let Some(me) = self.me.get() {
            return Ok(me.clone());
        }
        let me = self.ask_whoami()?;
        Ok(self.me.get_or_init(|| me).clone())
    }

    fn ask_whoami(&self) -> Result<WhoAmI, ClientError> {
        let answer = self.get_json("/v1/whoami", &[])?.ok_or_else(|| {
            ClientError::Answer(
                "/v1/whoami: not found; the audit server is older than this client".into(),
            )
        })?;
        let text = |name: &str| {
            answer
                .get(name)
                .and_then(Value::as_str)
                .map(str::to_owned)
                .ok_or_else(|| ClientError::Answer(format!("/v1/whoami: no `{name}`")))
        };
        let list = |name: &str| -> Vec<String> {
            answer
                .get(name)
                .and_then(Value::as_array)
                .map(|items| {
                    items
                        .iter()
                        .filter_map(Value::as_str)
                        .map(str::to_owned)
                        .collect()
                })
                .unwrap_or_default()
        };
        let roles = list("roles")
            .iter()
            .map(|r| {
                r.parse::<Role>()
                    .map_err(|_| ClientError::Answer(format!("/v1/whoami: unknown role `{r}`")))
            })
            .collect::<Result<_, _>>()?;
        Ok(WhoAmI {
            id: text("id")?,
            via: text("via")?,
            verified: answer.get("verified").and_then(Value::as_bool) == Some(true),
            roles,
            groups: list("groups"),
        })
    }
}
