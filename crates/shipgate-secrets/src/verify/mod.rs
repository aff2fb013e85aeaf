//! Asking a provider whether a found credential is live, with the one call
//! each provider offers that costs nothing and changes nothing: GitHub
//! `GET /user`, Slack `auth.test`, Stripe `GET /v1/account`, AWS STS
//! `GetCallerIdentity` (signed with the key pair found together).
//!
//! Off by default: a scan sends nothing anywhere unless asked. The secret
//! goes only to its own provider, over HTTPS, in the header the provider
//! documents; it is never logged, and the answer is reduced to
//! [`Verification`]. Credentials without such a call (webhooks, generic
//! values, an AWS secret key found without its key id) stay
//! [`Verification::Unknown`].

mod aws;

use std::fmt;
use std::time::Duration;

/// What a provider said about a credential.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Verification {
    /// The provider accepted it: a live credential.
    Verified,
    /// The provider refused it: revoked, expired or never valid.
    Invalid,
    /// Not asked (no identity call for this kind), or no clear answer
    /// (unreachable, rate limited, an unexpected status).
    Unknown,
}

impl Verification {
    /// As written in reports: `verified`, `invalid`, `unknown`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Verification::Verified => "verified",
            Verification::Invalid => "invalid",
            Verification::Unknown => "unknown",
        }
    }
}

impl fmt::Display for Verification {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A provider with an identity call.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Provider {
    /// `GET https://api.github.com/user` with the token as a bearer.
    GitHub,
    /// `POST https://slack.com/api/auth.test` with the token as a bearer.
    Slack,
    /// `GET https://api.stripe.com/v1/account` with the key as a bearer.
    Stripe,
    /// `POST https://sts.amazonaws.com/` `GetCallerIdentity`, signed with
    /// the key id and secret key (Signature Version 4).
    Aws,
}

impl Provider {
    /// The provider whose credentials `rule` finds, if it has an identity call.
    pub fn for_rule(rule: &str) -> Option<Self> {
        match rule {
            "github-token" | "github-fine-grained-token" => Some(Provider::GitHub),
            "slack-token" | "slack-app-token" => Some(Provider::Slack),
            "stripe-secret-key" | "stripe-restricted-key" | "stripe-test-key" => {
                Some(Provider::Stripe)
            }
            "aws-access-key-id" | "aws-secret-access-key" => Some(Provider::Aws),
            _ => None,
        }
    }

    /// The provider's public API address.
    const fn base_url(self) -> &'static str {
        match self {
            Provider::GitHub => "https://api.github.com",
            Provider::Slack => "https://slack.com",
            Provider::Stripe => "https://api.stripe.com",
            Provider::Aws => "https://sts.amazonaws.com",
        }
    }
}

/// Asks providers about credentials.
#[derive(Debug, Clone)]
pub struct Verifier {
    agent: ureq::Agent,
    /// Where each provider is reached; the public addresses, except in tests.
    bases: [String; 4],
}

impl Default for Verifier {
    fn default() -> Self {
        Self::new()
    }
}

impl Verifier {
    /// A verifier that reaches the providers' public APIs, waiting at most
    /// 10 seconds for each.
    pub fn new() -> Self {
        Self::with_bases(
            [
                Provider::GitHub,
                Provider::Slack,
                Provider::Stripe,
                Provider::Aws,
            ]
            .map(|p| p.base_url().to_owned()),
        )
    }

    /// A verifier that reaches every provider at `base` (a local server
    /// playing the providers). Test builds only: a release build cannot be
    /// pointed anywhere but the providers.
    #[cfg(test)]
    pub(crate) fn at(base: &str) -> Self {
        Self::with_bases([(); 4].map(|()| base.to_owned()))
    }

    fn with_bases(bases: [String; 4]) -> Self {
        let agent = ureq::Agent::config_builder()
            .timeout_global(Some(Duration::from_secs(10)))
            .http_status_as_error(false)
            .user_agent(concat!("shipgate/", env!("CARGO_PKG_VERSION")))
            .build()
            .new_agent();
        Self { agent, bases }
    }

    /// Asks `rule`'s provider whether `secret` is live. `partner` is the
    /// other half of a key pair found in the same file (an AWS key id for a
    /// secret key, or the reverse); without it a pair cannot be asked about.
    pub fn verify(&self, rule: &str, secret: &str, partner: Option<&str>) -> Verification {
        let Some(provider) = Provider::for_rule(rule) else {
            return Verification::Unknown;
        };
        if provider == Provider::Aws {
            let pair = match rule {
                "aws-access-key-id" => partner.map(|key| (secret, key)),
                _ => partner.map(|id| (id, secret)),
            };
            return pair.map_or(Verification::Unknown, |(id, key)| self.aws(id, key));
        }
        let base = &self.bases[provider as usize];
        let bearer = format!("Bearer {secret}");
        let response = match provider {
            Provider::GitHub => self
                .agent
                .get(format!("{base}/user"))
                .header("Authorization", &bearer)
                .header("Accept", "application/vnd.github+json")
                .call(),
            Provider::Slack => self
                .agent
                .post(format!("{base}/api/auth.test"))
                .header("Authorization", &bearer)
                .send_empty(),
            Provider::Stripe | Provider::Aws => self
                .agent
                .get(format!("{base}/v1/account"))
                .header("Authorization", &bearer)
                .call(),
        };
        let Ok(mut response) = response else {
            return Verification::Unknown;
        };
        let status = response.status().as_u16();
        match (provider, status) {
            (Provider::Slack, 200) => {
                // Slack answers 200 either way; the body says.
                let body = answer_text(&mut response);
                slack_answer(&body)
            }
            (_, 200) => Verification::Verified,
            (_, 401) => Verification::Invalid,
            _ => Verification::Unknown,
        }
    }
}

impl Verifier {
    /// STS `GetCallerIdentity` with the key pair: 200 is a live pair, 403
    /// an invalid key id or a signature the secret key does not make.
    fn aws(&self, key_id: &str, secret: &str) -> Verification {
        let base = &self.bases[Provider::Aws as usize];
        let host = base
            .split_once("://")
            .map_or(base.as_str(), |(_, rest)| rest)
            .trim_end_matches('/');
        let time = jiff::Timestamp::now()
            .strftime("%Y%m%dT%H%M%SZ")
            .to_string();
        let authorization = aws::get_caller_identity(host, &time, key_id, secret);
        let Ok(mut response) = self
            .agent
            .post(format!("{base}/"))
            .header("Content-Type", aws::CONTENT_TYPE)
            .header("X-Amz-Date", &time)
            .header("Authorization", &authorization)
            .send(aws::BODY)
        else {
            return Verification::Unknown;
        };
        match response.status().as_u16() {
            200 => Verification::Verified,
            403 => {
                let body = answer_text(&mut response);
                if ["InvalidClientTokenId", "SignatureDoesNotMatch"]
                    .iter()
                    .any(|code| body.contains(code))
                {
                    Verification::Invalid
                } else {
                    Verification::Unknown
                }
            }
            _ => Verification::Unknown,
        }
    }
}

/// A provider's answer as text, at most 64 KiB; empty when unreadable.
fn answer_text(response: &mut ureq::http::Response<ureq::Body>) -> String {
    response
        .body_mut()
        .with_config()
        .limit(64 * 1024)
        .read_to_string()
        .unwrap_or_default()
}

/// Reads Slack's `auth.test` answer: `{"ok": true, ...}` or
/// `{"ok": false, "error": "invalid_auth"}`.
fn slack_answer(body: &str) -> Verification {
    let Ok(value) = serde_json::from_str::<serde_json::Value>(body) else {
        return Verification::Unknown;
    };
    match (
        value.get("ok").and_then(serde_json::Value::as_bool),
        value.get("error").and_then(serde_json::Value::as_str),
    ) {
        (Some(true), _) => Verification::Verified,
        (
            Some(false),
            Some(
                "invalid_auth" | "account_inactive" | "token_revoked" | "token_expired"
                | "not_authed",
            ),
        ) => Verification::Invalid,
        _ => Verification::Unknown,
    }
}

#[cfg(test)]
mod tests {
    use std::io::{BufRead, BufReader, Read, Write};
    use std::net::TcpListener;

    use super::{Verification, Verifier};
    use crate::engine::Engine;
    use crate::gate::{GateOptions, TestKeys, report};
    use crate::rules::RuleSet;
    use crate::scan::{Found, ScanOutcome};
    use shipgate_report::Severity;

    /// A local server that plays GitHub, Slack and Stripe: a token holding
    /// `live` is accepted, one holding `busy` rate limited, anything else
    /// refused. It answers `count`
    /// requests, then stops.
    fn provider(count: usize) -> String {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
        let address = listener.local_addr().expect("address");
        std::thread::spawn(move || {
            for stream in listener.incoming().take(count) {
                let Ok(mut stream) = stream else { continue };
                let mut reader = BufReader::new(stream.try_clone().expect("clone"));
                let mut request_line = String::new();
                let _ = reader.read_line(&mut request_line);
                let mut authorization = String::new();
                let mut length = 0usize;
                loop {
                    let mut header = String::new();
                    if reader.read_line(&mut header).unwrap_or(0) == 0 || header == "\r\n" {
                        break;
                    }
                    let lower = header.to_ascii_lowercase();
                    if lower.starts_with("authorization:") {
                        authorization = header["authorization:".len()..].trim().to_owned();
                    } else if let Some(v) = lower.strip_prefix("content-length:") {
                        length = v.trim().parse().unwrap_or(0);
                    }
                }
                let mut body = vec![0; length];
                let _ = reader.read_exact(&mut body);
                let live = authorization.contains("live");
                let (status, body) = if request_line.starts_with("POST / ") {
                    // STS: a signed GetCallerIdentity for the live key id.
                    let signed = authorization.starts_with("AWS4-HMAC-SHA256 Credential=AKIA")
                        && authorization.contains("/us-east-1/sts/aws4_request, SignedHeaders=content-type;host;x-amz-date, Signature=")
                        && String::from_utf8_lossy(&body) == "Action=GetCallerIdentity&Version=2011-06-15";
                    if signed && live_pair(&authorization) {
                        (200, "<GetCallerIdentityResponse/>")
                    } else {
                        (403, "<Error><Code>InvalidClientTokenId</Code></Error>")
                    }
                } else if request_line.starts_with("POST /api/auth.test") {
                    (
                        200,
                        if live {
                            r#"{"ok":true,"user":"ci"}"#
                        } else {
                            r#"{"ok":false,"error":"invalid_auth"}"#
                        },
                    )
                } else if request_line.starts_with("GET /user")
                    || request_line.starts_with("GET /v1/account")
                {
                    if authorization.contains("busy") {
                        (429, "{}")
                    } else if live {
                        (200, r#"{"id":1}"#)
                    } else {
                        (401, r#"{"message":"Bad credentials"}"#)
                    }
                } else {
                    (404, "{}")
                };
                let _ = write!(
                    stream,
                    "HTTP/1.1 {status} X\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
                    body.len()
                );
            }
        });
        format!("http://{address}")
    }

    /// The live AWS key id of the local STS.
    const LIVE_ID: &str = "AKIALIVE7QW3MK5RT2XP";

    fn live_pair(authorization: &str) -> bool {
        authorization.contains(LIVE_ID)
    }

    #[test]
    fn each_provider_says_live_or_refused() {
        let verifier = Verifier::at(&provider(10));
        for rule in ["github-token", "slack-token", "stripe-secret-key"] {
            let live = verifier.verify(rule, "live_abc", None);
            assert_eq!(live, Verification::Verified, "{rule}");
            let dead = verifier.verify(rule, "dead_abc", None);
            assert_eq!(dead, Verification::Invalid, "{rule}");
        }
        // Rate limited: no clear answer.
        let busy = verifier.verify("github-token", "busy", None);
        assert_eq!(busy, Verification::Unknown);
        // AWS: a signed GetCallerIdentity with the pair, from either half.
        let secret = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYzEXAMPLEK3Y";
        let pair = verifier.verify("aws-secret-access-key", secret, Some(LIVE_ID));
        assert_eq!(pair, Verification::Verified);
        let pair = verifier.verify("aws-access-key-id", LIVE_ID, Some(secret));
        assert_eq!(pair, Verification::Verified);
        let dead = verifier.verify(
            "aws-secret-access-key",
            secret,
            Some("AKIADEAD7QW3MK5RT2XP"),
        );
        assert_eq!(dead, Verification::Invalid);
        // A secret key alone cannot be asked about: no request is sent.
        let alone = verifier.verify("aws-secret-access-key", secret, None);
        assert_eq!(alone, Verification::Unknown);
    }

    #[test]
    fn no_identity_call_or_no_answer_is_unknown() {
        let verifier = Verifier::at("http://127.0.0.1:9");
        let unreachable = verifier.verify("github-token", "live_abc", None);
        assert_eq!(unreachable, Verification::Unknown);
        let no_call = Verifier::new().verify("slack-webhook", "x", None);
        assert_eq!(no_call, Verification::Unknown);
    }

    #[test]
    fn the_engine_verifies_while_scanning_and_refused_keys_only_warn() {
        let engine = Engine::new(&RuleSet::builtin().expect("rules"))
            .expect("engine")
            .verifying(Verifier::at(&provider(2)));
        let live = "GITHUB_TOKEN=ghp_liveR8D0gXRaLjnUDFd6kQ2zTq9Wm3PvB8nL4\n";
        let dead = "GITHUB_TOKEN=ghp_deadR8D0gXRaLjnUDFd6kQ2zTq9Wm3PvB8nL4\n";
        let found: Vec<Found> = [live, dead]
            .iter()
            .flat_map(|text| engine.scan("ci.env", text.as_bytes()))
            .map(|hit| Found {
                path: "ci.env".into(),
                commit: None,
                hit,
            })
            .collect();
        let states: Vec<_> = found.iter().map(|f| f.hit.verification).collect();
        assert_eq!(
            states,
            [Some(Verification::Verified), Some(Verification::Invalid)]
        );
        let outcome = ScanOutcome {
            found,
            ..ScanOutcome::default()
        };
        let options = |refused_are_warnings| GateOptions {
            test_keys: TestKeys::Info,
            baseline: None,
            tool_version: "0",
            generated_at: "2026-01-01T00:00:00",
            format_time: |_| "2026-01-01T00:00:00Z".into(),
            unreadable: Severity::Error,
            incomplete_history: Severity::Error,
            refused_are_warnings,
            require_files: false,
        };
        // Each finding's severity, by what its provider said.
        let severities = |refused_are_warnings| -> Vec<(bool, Severity)> {
            let mut out: Vec<(bool, Severity)> =
                report(&engine, &[], &outcome, &options(refused_are_warnings))
                    .findings
                    .iter()
                    .map(|f| {
                        assert!(!f.message.contains("liveR8D0"), "{}", f.message);
                        (f.message.contains("(verified by its provider)"), f.severity)
                    })
                    .collect();
            out.sort_by_key(|(verified, _)| !verified);
            out
        };
        assert_eq!(
            severities(false),
            [(true, Severity::Error), (false, Severity::Error)]
        );
        assert_eq!(
            severities(true),
            [(true, Severity::Error), (false, Severity::Warning)]
        );
    }
}
