//! `[server]`: the audit API's identities and limits (`shipgate ledger serve`).

use std::path::Path;

use serde::Deserialize;
use toml::Spanned;

use crate::ConfigError;
use crate::server_witness::WitnessConfig;

/// The signature algorithms an issuer may be configured with: asymmetric
/// only. `none` and the `HS*` family are refused, because a server that
/// accepts `HS256` takes the issuer's public key as a shared secret.
pub const OIDC_ALGORITHMS: [&str; 9] = [
    "RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384", "EdDSA",
];

/// The roles a rule may grant.
pub const SERVER_ROLES: [&str; 5] = ["recorder", "approver", "deployer", "auditor", "admin"];

/// `[server]`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct ServerSection {
    /// `[server.rate_limit]`: requests per identity; none by default.
    pub rate_limit: Option<RateLimitConfig>,
    /// `[[server.oidc]]`: the trusted issuers of CI OIDC ID tokens.
    pub oidc: Vec<OidcIssuerConfig>,
    /// `public_tiles`: whether the tlog-tiles routes (`/checkpoint`,
    /// `/tile/...`) are served without a credential. Default: true; false
    /// requires the auditor role (for a ledger whose entries are
    /// confidential).
    pub public_tiles: Option<bool>,
    /// `[[server.witness]]`: the witnesses whose cosignatures are accepted.
    pub witness: Vec<WitnessConfig>,
    /// `read_cache_mib`: the memory budget, in MiB, of each server's cache
    /// of entries and subtree hashes (data that never changes once
    /// committed). Default: 256; 0 turns the cache off; at most 65,536.
    pub read_cache_mib: Option<Spanned<u64>>,
}

/// The largest `read_cache_mib`: 64 GiB.
pub const MAX_READ_CACHE_MIB: u64 = 65_536;

/// `[server.rate_limit]`: a token bucket per authenticated identity.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RateLimitConfig {
    /// The sustained rate, in requests per second (more than 0).
    pub per_second: Spanned<f64>,
    /// How many requests may come at once (at least 1). Default: one
    /// second's worth, at least 1.
    pub burst: Option<Spanned<u32>>,
}

/// One `[[server.oidc]]` issuer.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OidcIssuerConfig {
    /// A short name (letters, digits, `-`); actors it verifies record
    /// `via = "NAME-oidc"`.
    pub name: Spanned<String>,
    /// The `iss` of its tokens, such as `https://gitlab.example.com` or
    /// `https://token.actions.githubusercontent.com`.
    pub issuer: Spanned<String>,
    /// The `aud` its tokens must carry (the `aud` of the CI job's
    /// `id_tokens:`).
    pub audience: Spanned<String>,
    /// The URL of its JWK Set (`https://`; `http://` only on loopback).
    pub jwks_url: Option<Spanned<String>>,
    /// A file holding its JWK Set, relative to the config file.
    pub jwks_file: Option<Spanned<String>>,
    /// The identity, from claims: `gitlab:{user_login}`, `github:{actor}`.
    pub identity: Spanned<String>,
    /// The accepted algorithms. Default: `["RS256", "ES256"]`.
    pub algorithms: Option<Vec<Spanned<String>>>,
    /// How far `exp` and `nbf` may be off the server's clock, in seconds.
    /// Default: 60.
    pub clock_skew_seconds: Option<Spanned<u64>>,
    /// How long fetched keys are used before they are fetched again, in
    /// seconds. Default: 600. An unknown key id refetches sooner.
    pub jwks_cache_seconds: Option<Spanned<u64>>,
    /// `[[server.oidc.roles]]`: the roles its tokens are granted.
    #[serde(default)]
    pub roles: Vec<OidcRoleConfig>,
    /// `[[server.oidc.groups]]`: the groups its tokens' holders belong to,
    /// which environments' `approver_groups` name.
    #[serde(default)]
    pub groups: Vec<OidcGroupConfig>,
}

/// One `[[server.oidc.groups]]` rule: membership of group `name` when every
/// condition holds. GitLab's and GitHub's ID tokens carry no group list, so
/// a group is defined by claims they do carry (`user_login`,
/// `namespace_path`, `user_access_level`), or by an identity provider's
/// `groups` claim with `contains`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OidcGroupConfig {
    /// The group's name, as `approver_groups` names it.
    pub name: Spanned<String>,
    /// The conditions, all of which must hold; at least one.
    pub when: Vec<OidcConditionConfig>,
}

/// One `[[server.oidc.roles]]` rule: `role` when every condition holds.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OidcRoleConfig {
    /// recorder, approver, deployer, auditor or admin.
    pub role: Spanned<String>,
    /// The conditions, all of which must hold; empty grants the role to
    /// every valid token of the issuer.
    #[serde(default)]
    pub when: Vec<OidcConditionConfig>,
}

/// One condition on a claim: exactly one of `equals`, `in`, `contains`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OidcConditionConfig {
    /// The claim, such as `ref_protected`, `user_login` or `groups`.
    pub claim: Spanned<String>,
    /// The claim, as text (`"true"` for a boolean), equals this.
    pub equals: Option<String>,
    /// The claim, as text, is one of these.
    #[serde(rename = "in")]
    pub one_of: Option<Vec<String>>,
    /// The claim is a list holding this (or text equal to it).
    pub contains: Option<String>,
}

impl ServerSection {
    pub(crate) fn validate(&self, text: &str, path: &Path) -> Result<(), ConfigError> {
        let at = |span: std::ops::Range<usize>, message: String| {
            ConfigError::at_span(path, text, Some(span), message)
        };
        if let Some(limit) = &self.rate_limit {
            let rate = *limit.per_second.get_ref();
            if !(rate.is_finite() && rate > 0.0) {
                return Err(at(
                    limit.per_second.span(),
                    format!("`per_second` is `{rate}`; it must be more than 0"),
                ));
            }
            if let Some(burst) = &limit.burst
                && *burst.get_ref() == 0
            {
                return Err(at(
                    burst.span(),
                    "`burst` is 0; it must be at least 1".into(),
                ));
            }
        }
        if let Some(mib) = &self.read_cache_mib
            && *mib.get_ref() > MAX_READ_CACHE_MIB
        {
            return Err(at(
                mib.span(),
                format!(
                    "`read_cache_mib` is {}; it must be at most {MAX_READ_CACHE_MIB} (64 GiB)",
                    mib.get_ref()
                ),
            ));
        }
        let mut issuers = Vec::new();
        for issuer in &self.oidc {
            issuer.validate(text, path)?;
            if issuers.contains(issuer.issuer.get_ref()) {
                return Err(at(
                    issuer.issuer.span(),
                    format!(
                        "the issuer `{}` is configured twice",
                        issuer.issuer.get_ref()
                    ),
                ));
            }
            issuers.push(issuer.issuer.get_ref().clone());
        }
        crate::server_witness::validate(&self.witness, text, path)
    }
}

/// Whether `url` is `https://`, or `http://` to a loopback host.
fn secure_url(url: &str) -> bool {
    if url.starts_with("https://") && url.len() > "https://".len() {
        return true;
    }
    let Some(rest) = url.strip_prefix("http://") else {
        return false;
    };
    let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
    let host = host.rsplit_once(':').map_or(host, |(h, port)| {
        if port.bytes().all(|b| b.is_ascii_digit()) {
            h
        } else {
            host
        }
    });
    matches!(host, "127.0.0.1" | "localhost" | "[::1]")
}

impl OidcIssuerConfig {
    fn validate(&self, text: &str, path: &Path) -> Result<(), ConfigError> {
        let at = |span: std::ops::Range<usize>, message: String| {
            ConfigError::at_span(path, text, Some(span), message)
        };
        let name = self.name.get_ref();
        if !((1..=32).contains(&name.len())
            && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-'))
        {
            return Err(at(
                self.name.span(),
                format!("`{name}` is not an issuer name: use 1 to 32 letters, digits or `-`"),
            ));
        }
        if !secure_url(self.issuer.get_ref()) {
            return Err(at(
                self.issuer.span(),
                format!(
                    "the issuer `{}` is not an https:// URL",
                    self.issuer.get_ref()
                ),
            )
            .with_hint(
                "use the `iss` the CI's ID tokens carry, such as `https://gitlab.example.com`",
            ));
        }
        if self.audience.get_ref().trim().is_empty() {
            return Err(at(self.audience.span(), "the audience is empty".into()));
        }
        match (&self.jwks_url, &self.jwks_file) {
            (Some(url), None) if !secure_url(url.get_ref()) => {
                return Err(at(
                    url.span(),
                    format!(
                        "`{}` is not an https:// URL (http:// is only for 127.0.0.1 and localhost)",
                        url.get_ref()
                    ),
                ));
            }
            (Some(_), None) | (None, Some(_)) => {}
            _ => {
                return Err(at(
                    self.name.span(),
                    format!("the issuer `{name}` needs exactly one of `jwks_url` and `jwks_file`"),
                )
                .with_hint("GitLab serves its keys at https://GITLAB/oauth/discovery/keys"));
            }
        }
        check_template(self.identity.get_ref())
            .map_err(|message| at(self.identity.span(), message))?;
        for algorithm in self.algorithms.iter().flatten() {
            if !OIDC_ALGORITHMS.contains(&algorithm.get_ref().as_str()) {
                return Err(at(
                    algorithm.span(),
                    format!(
                        "`{}` is not an accepted algorithm; use {} (never `none` or HS*)",
                        algorithm.get_ref(),
                        OIDC_ALGORITHMS.join(", ")
                    ),
                ));
            }
        }
        if self.algorithms.as_ref().is_some_and(Vec::is_empty) {
            return Err(at(
                self.name.span(),
                format!("the issuer `{name}` allows no algorithm"),
            ));
        }
        for rule in &self.roles {
            if !SERVER_ROLES.contains(&rule.role.get_ref().as_str()) {
                return Err(at(
                    rule.role.span(),
                    format!(
                        "`{}` is not a role; the roles are {}",
                        rule.role.get_ref(),
                        SERVER_ROLES.join(", ")
                    ),
                ));
            }
            for condition in &rule.when {
                condition.validate(text, path)?;
            }
        }
        for group in &self.groups {
            if group.name.get_ref().trim().is_empty() {
                return Err(at(group.name.span(), "a group needs a name".into()));
            }
            if group.when.is_empty() {
                return Err(at(
                    group.name.span(),
                    format!(
                        "the group `{}` has no condition: every holder of a token would be in it; \
                         name the claims that make a member",
                        group.name.get_ref()
                    ),
                ));
            }
            for condition in &group.when {
                condition.validate(text, path)?;
            }
        }
        Ok(())
    }
}

impl OidcConditionConfig {
    fn validate(&self, text: &str, path: &Path) -> Result<(), ConfigError> {
        let tests = usize::from(self.equals.is_some())
            + usize::from(self.one_of.is_some())
            + usize::from(self.contains.is_some());
        if tests != 1 || self.claim.get_ref().is_empty() {
            return Err(ConfigError::at_span(
                path,
                text,
                Some(self.claim.span()),
                format!(
                    "the condition on `{}` needs exactly one of `equals`, `in` and `contains`",
                    self.claim.get_ref()
                ),
            ));
        }
        Ok(())
    }
}

/// A template names at least one claim, each as `{claim}`.
fn check_template(template: &str) -> Result<(), String> {
    let bad = || {
        format!(
            "`{template}` is not an identity template: name claims as `{{claim}}`, such as `gitlab:{{user_login}}`"
        )
    };
    let mut rest = template;
    let mut claims = 0;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        let close = after.find('}').ok_or_else(bad)?;
        if close == 0 || after[..close].contains('{') {
            return Err(bad());
        }
        claims += 1;
        rest = &after[close + 1..];
    }
    if claims == 0 || rest.contains('}') {
        return Err(bad());
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use crate::Config;

    fn parse(text: &str) -> Result<Config, crate::ConfigError> {
        Config::from_str_at(text, Path::new("/repo/shipgate.toml"))
    }

    const GITLAB: &str = r#"
[server.rate_limit]
per_second = 20
burst = 40

[[server.oidc]]
name = "gitlab"
issuer = "https://gitlab.example.com"
audience = "https://audit.example.com"
jwks_url = "https://gitlab.example.com/oauth/discovery/keys"
identity = "gitlab:{user_login}"
algorithms = ["RS256"]

[[server.oidc.roles]]
role = "approver"
when = [{ claim = "user_login", in = ["alice", "bob"] }]

[[server.oidc.roles]]
role = "deployer"
when = [{ claim = "ref_protected", equals = "true" }, { claim = "groups", contains = "pay" }]
"#;

    #[test]
    fn the_read_cache_budget_is_bounded() {
        let config = parse("[server]\nread_cache_mib = 64\n").unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(config.server.read_cache_mib.map(|m| *m.get_ref()), Some(64));
        let off = parse("[server]\nread_cache_mib = 0\n").unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(off.server.read_cache_mib.map(|m| *m.get_ref()), Some(0));
        let err = parse("[server]\nread_cache_mib = 70000\n")
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(err.contains("`read_cache_mib` is 70000"), "{err}");
        assert!(err.contains(":2:"), "{err}");
        assert!(parse("[server]\nread_cache_mib = -1\n").is_err());
    }

    #[test]
    fn a_gitlab_issuer_parses() {
        let config = parse(GITLAB).unwrap_or_else(|e| panic!("{e}"));
        let issuer = &config.server.oidc[0];
        assert_eq!(issuer.name.get_ref(), "gitlab");
        assert_eq!(issuer.roles.len(), 2);
        assert_eq!(
            issuer.roles[0].when[0].one_of,
            Some(vec!["alice".to_owned(), "bob".to_owned()])
        );
        assert_eq!(
            config.server.rate_limit.map(|r| *r.per_second.get_ref()),
            Some(20.0)
        );
        assert!(
            parse("")
                .unwrap_or_else(|e| panic!("{e}"))
                .server
                .oidc
                .is_empty()
        );
    }

    #[test]
    fn unsafe_or_incomplete_issuers_name_line_and_column() {
        let cases = [
            (
                GITLAB.replace("\"RS256\"]", "\"HS256\"]"),
                "`HS256` is not an accepted",
                12,
            ),
            (
                GITLAB.replace("\"RS256\"]", "\"none\"]"),
                "`none` is not an accepted",
                12,
            ),
            (
                GITLAB.replace(
                    "https://gitlab.example.com/oauth",
                    "http://gitlab.example.com/oauth",
                ),
                "not an https://",
                10,
            ),
            (
                GITLAB.replace("jwks_url", "jwks_file = \"k.json\"\njwks_url"),
                "exactly one of",
                7,
            ),
            (
                GITLAB.replace("gitlab:{user_login}", "gitlab:user_login"),
                "not an identity template",
                11,
            ),
            (
                GITLAB.replace("\"approver\"", "\"root\""),
                "`root` is not a role",
                15,
            ),
            (
                GITLAB.replace("equals = \"true\"", "equals = \"true\", contains = \"x\""),
                "exactly one of",
                20,
            ),
            (
                GITLAB.replace("per_second = 20", "per_second = 0"),
                "more than 0",
                3,
            ),
            (GITLAB.replace("burst = 40", "burst = 0"), "at least 1", 4),
            (
                GITLAB.replace("audience =", "audiences ="),
                "unknown field `audiences`",
                9,
            ),
        ];
        for (text, message, line) in cases {
            let err = parse(&text)
                .err()
                .unwrap_or_else(|| panic!("accepted: {message}"));
            assert!(err.message.contains(message), "{message}: {err}");
            assert_eq!(err.line, Some(line), "{message}: {err}");
        }
        let twice = format!(
            "{GITLAB}\n{}",
            &GITLAB[GITLAB.find("[[server.oidc]]").unwrap_or(0)..]
        );
        let err = parse(&twice).err().map(|e| e.message).unwrap_or_default();
        assert!(err.contains("configured twice"), "{err}");
        assert!(super::secure_url("http://127.0.0.1:8080/jwks"));
        assert!(!super::secure_url("http://127.0.0.1.evil.test/jwks"));
        assert!(!super::secure_url("ftp://x"));
    }
}
