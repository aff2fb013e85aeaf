//! The audit server as a ledger: `--ledger https://...` (or `http://` on
//! loopback). Every command reaches it the same way: as the CI job's ID
//! token (`SHIPGATE_ID_TOKEN`, a verified identity), else a server token
//! (`SHIPGATE_TOKEN`); with neither it is a usage error (exit 2) before
//! anything is sent. A server that cannot be reached, or that refuses the
//! credential (401, 403), is exit 3.

pub use shipgate_server::client::is_server;
use shipgate_server::client::{Client, ClientError, Credential};

use crate::exit::CliError;

/// The variables a credential is read from, first set first.
const CREDENTIALS: [&str; 2] = ["SHIPGATE_ID_TOKEN", "SHIPGATE_TOKEN"];

/// A client for the audit server at `url`, with the credential from the
/// environment; `doing` says what the credential is for (`recording to`,
/// `reading`), for the message when there is none.
pub fn client(url: &str, doing: &str) -> Result<Client, CliError> {
    let secret = CREDENTIALS
        .iter()
        .find_map(|name| std::env::var(name).ok().filter(|v| !v.trim().is_empty()));
    let Some(secret) = secret else {
        return Err(CliError::usage(format!(
            "{doing} the audit server `{url}` needs a credential: neither SHIPGATE_ID_TOKEN nor SHIPGATE_TOKEN is set"
        ))
        .hint("set SHIPGATE_ID_TOKEN to the CI job's ID token (GitLab `id_tokens:`), or SHIPGATE_TOKEN to a token from `shipgate ledger token create`"));
    };
    Client::new(url, Credential::bearer(secret.trim())).map_err(|e| CliError::usage(e.to_string()))
}

/// The exit status and message of a failed request: a URL the client may
/// not use is a usage error (2); everything else, refusals included, is a
/// runtime error (3).
pub fn error(e: ClientError) -> CliError {
    match e {
        ClientError::Url(message) => CliError::usage(message),
        other => CliError::runtime(other.to_string()),
    }
}
