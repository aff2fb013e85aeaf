//! Who runs a release command. A CI job's ID token (`SHIPGATE_ID_TOKEN`) is
//! verified against the issuers `[[server.oidc]]` trusts, and gives a
//! verified identity with its groups; without one, the CI variables give an
//! unverified identity, which each environment's policy may refuse.
//!
//! Against the audit server (`--ledger https://...`) the server says who
//! the credential is (`GET /v1/whoami`): the policy is evaluated for the
//! identity and groups the server verified, which is what it records.

use shipgate_config::Config;
use shipgate_release::identity::Identity;
use shipgate_server::auth::oidc::OidcAuthenticator;

use crate::ci;
use crate::commands::handle::LedgerHandle;
use crate::commands::ledger::serve_config;
use crate::exit::CliError;

/// The variable that holds the CI job's ID token.
pub const ID_TOKEN_VAR: &str = "SHIPGATE_ID_TOKEN";

/// The identity of whoever runs the command. A token that is set but cannot
/// be verified is an error, never a fall-back to the unverified name: the
/// job asked to be verified.
pub fn resolve(config: &Config, ledger: &LedgerHandle) -> Result<Identity, CliError> {
    let token = std::env::var(ID_TOKEN_VAR)
        .ok()
        .map(|t| t.trim().to_owned())
        .filter(|t| !t.is_empty());
    if let LedgerHandle::Remote(client) = ledger {
        let me = client.whoami().map_err(crate::commands::remote::error)?;
        return Ok(Identity {
            id: me.id,
            via: me.via,
            verified: me.verified,
            groups: me.groups,
        });
    }
    let Some(token) = token else {
        return Ok(Identity::from_actor(&ci::actor(&config.root)));
    };
    let issuers = serve_config::issuers(config)?;
    if issuers.is_empty() {
        return Err(CliError::usage(format!(
            "{ID_TOKEN_VAR} is set, but shipgate.toml trusts no issuer to verify it"
        ))
        .hint(
            "add the CI system as a `[[server.oidc]]` issuer (docs/server.md), \
             or unset the variable to act as an unverified identity",
        ));
    }
    let authenticator = OidcAuthenticator::new(issuers)
        .map_err(|e| CliError::usage(format!("the OIDC issuer `{}`: {}", e.issuer, e.message)))?;
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| CliError::runtime(format!("cannot start the async runtime: {e}")))?;
    let verified = runtime
        .block_on(authenticator.authenticate(&token))
        .map_err(|e| {
            if e.status.is_server_error() {
                CliError::runtime(format!("{ID_TOKEN_VAR} could not be checked: {}", e.message))
                    .hint(key_sources(config))
            } else {
                CliError::usage(format!("{ID_TOKEN_VAR} was refused: {}", e.message)).hint(
                    "mint the token for the audience `[[server.oidc]]` names, and use it before it expires",
                )
            }
        })?;
    Ok(Identity {
        id: verified.id,
        via: verified.via,
        verified: true,
        groups: verified.groups,
    })
}

/// Where the configured issuers' keys come from, for the hint of a token
/// whose keys could not be read.
fn key_sources(config: &Config) -> String {
    let sources: Vec<String> = config
        .server
        .oidc
        .iter()
        .map(|issuer| match (&issuer.jwks_url, &issuer.jwks_file) {
            (Some(url), _) => format!("`{}` from {}", issuer.name.get_ref(), url.get_ref()),
            (None, Some(file)) => format!(
                "`{}` from {}",
                issuer.name.get_ref(),
                config.resolve(file.get_ref()).display()
            ),
            (None, None) => format!("`{}` from nowhere", issuer.name.get_ref()),
        })
        .collect();
    format!(
        "the issuers' keys: {}; each must be reachable and hold a JWK Set (`{{\"keys\": [...]}}`)",
        sources.join(", ")
    )
}
