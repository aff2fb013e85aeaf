//! `[server]` of `shipgate.toml` as the audit server's own types.

use std::time::Duration;

use shipgate_config::{Config, OidcConditionConfig, OidcIssuerConfig, RateLimitConfig};
use shipgate_ledger::note::{KeyKind, VerifierKey};
use shipgate_server::auth::Role;
use shipgate_server::auth::oidc::IssuerConfig;
use shipgate_server::auth::oidc::jwks::JwksSource;
use shipgate_server::auth::oidc::rules::{Condition, GroupRule, RoleRule, Test};
use shipgate_server::rate::RateLimit;

use crate::exit::CliError;

/// The trusted OIDC issuers of `[[server.oidc]]`; JWKS files resolve
/// against the config file's folder.
pub fn issuers(config: &Config) -> Result<Vec<IssuerConfig>, CliError> {
    config
        .server
        .oidc
        .iter()
        .map(|issuer| convert(config, issuer))
        .collect()
}

/// The per-identity limit of `[server.rate_limit]`, if set.
pub fn rate_limit(config: &Config) -> Option<RateLimit> {
    config
        .server
        .rate_limit
        .as_ref()
        .map(|limit: &RateLimitConfig| {
            let per_second = *limit.per_second.get_ref();
            let burst = limit.burst.as_ref().map_or_else(
                || {
                    #[expect(
                        clippy::cast_possible_truncation,
                        clippy::cast_sign_loss,
                        reason = "a positive rate, ceiled and capped at u32::MAX"
                    )]
                    let one_second = per_second.ceil().min(f64::from(u32::MAX)) as u32;
                    one_second.max(1)
                },
                |b| *b.get_ref(),
            );
            RateLimit { per_second, burst }
        })
}

/// The witness keys of `[[server.witness]]`: each must parse as a
/// tlog-cosignature/v1 verifier key named like its witness.
pub fn witnesses(config: &Config) -> Result<Vec<VerifierKey>, CliError> {
    config
        .server
        .witness
        .iter()
        .map(|w| {
            let name = w.name.get_ref();
            let file = config
                .path
                .as_ref()
                .map_or_else(|| "shipgate.toml".into(), |p| p.display().to_string());
            let key = VerifierKey::parse(w.key.get_ref()).map_err(|e| {
                CliError::usage(format!("`{file}`: the witness `{name}`: {e}"))
            })?;
            if key.kind != KeyKind::Witness || &key.name != name {
                return Err(CliError::usage(format!(
                    "`{file}`: the witness `{name}` needs a tlog-cosignature/v1 key (type 0x04) named `{name}`"
                )));
            }
            Ok(key)
        })
        .collect()
}

fn convert(config: &Config, issuer: &OidcIssuerConfig) -> Result<IssuerConfig, CliError> {
    let jwks = match (&issuer.jwks_url, &issuer.jwks_file) {
        (Some(url), _) => JwksSource::Url(url.get_ref().clone()),
        (None, Some(file)) => JwksSource::File(config.resolve(file.get_ref())),
        (None, None) => {
            return Err(CliError::usage(format!(
                "the OIDC issuer `{}` has neither `jwks_url` nor `jwks_file`",
                issuer.name.get_ref()
            )));
        }
    };
    let mut out = IssuerConfig::new(
        issuer.name.get_ref(),
        issuer.issuer.get_ref(),
        issuer.audience.get_ref(),
        jwks,
        issuer.identity.get_ref(),
    );
    if let Some(algorithms) = &issuer.algorithms {
        out.algorithms = algorithms.iter().map(|a| a.get_ref().clone()).collect();
    }
    if let Some(skew) = &issuer.clock_skew_seconds {
        out.leeway = Duration::from_secs(*skew.get_ref());
    }
    if let Some(ttl) = &issuer.jwks_cache_seconds {
        out.jwks_ttl = Duration::from_secs(*ttl.get_ref());
    }
    out.roles = issuer
        .roles
        .iter()
        .map(|rule| {
            let role: Role = rule.role.get_ref().parse().map_err(
                |e: shipgate_server::auth::role::UnknownRole| CliError::usage(e.to_string()),
            )?;
            let when = rule.when.iter().map(condition).collect::<Result<_, _>>()?;
            Ok(RoleRule { role, when })
        })
        .collect::<Result<_, CliError>>()?;
    out.groups = issuer
        .groups
        .iter()
        .map(|group| {
            Ok(GroupRule {
                name: group.name.get_ref().clone(),
                when: group.when.iter().map(condition).collect::<Result<_, _>>()?,
            })
        })
        .collect::<Result<_, CliError>>()?;
    Ok(out)
}

fn condition(c: &OidcConditionConfig) -> Result<Condition, CliError> {
    let test = match (&c.equals, &c.one_of, &c.contains) {
        (Some(v), None, None) => Test::Equals(v.clone()),
        (None, Some(list), None) => Test::In(list.clone()),
        (None, None, Some(v)) => Test::Contains(v.clone()),
        _ => {
            return Err(CliError::usage(format!(
                "the condition on `{}` needs exactly one of `equals`, `in` and `contains`",
                c.claim.get_ref()
            )));
        }
    };
    Ok(Condition {
        claim: c.claim.get_ref().clone(),
        test,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_gitlab_section_becomes_an_issuer_and_a_limit() {
        let text = r#"
[server]
rate_limit = { per_second = 2.5 }

[[server.oidc]]
name = "gitlab"
issuer = "https://gitlab.example.com"
audience = "https://audit.example.com"
jwks_file = "keys/gitlab.json"
identity = "gitlab:{user_login}"
clock_skew_seconds = 30

[[server.oidc.roles]]
role = "deployer"
when = [{ claim = "ref_protected", equals = "true" }]
"#;
        let config = Config::from_str_at(text, std::path::Path::new("/repo/shipgate.toml"))
            .unwrap_or_else(|e| panic!("{e}"));
        let issuers = issuers(&config).unwrap_or_default();
        assert_eq!(issuers.len(), 1);
        assert_eq!(
            issuers[0].jwks,
            JwksSource::File("/repo/keys/gitlab.json".into())
        );
        assert_eq!(issuers[0].leeway, Duration::from_secs(30));
        assert_eq!(issuers[0].algorithms, ["RS256", "ES256"]);
        assert_eq!(
            issuers[0].roles,
            [RoleRule {
                role: Role::Deployer,
                when: vec![Condition {
                    claim: "ref_protected".into(),
                    test: Test::Equals("true".into())
                }]
            }]
        );
        assert_eq!(
            rate_limit(&config),
            Some(RateLimit {
                per_second: 2.5,
                burst: 3
            })
        );
    }
}
