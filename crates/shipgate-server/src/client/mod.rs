//! The audit API's client: what `--record --ledger https://...` uses to append
//! entries to a `shipgate ledger serve` instead of a local store.
//!
//! One `POST /v1/entries` carries the batch with an `Idempotency-Key` made once
//! per batch, so a retry after a lost answer returns the original sequence
//! numbers instead of appending twice. Connection failures, timeouts, 429 and
//! 5xx answers are retried with backoff (honouring `Retry-After`); every other
//! answer is final. Plain `http://` is accepted only for loopback addresses:
//! a credential never crosses a network in clear text.

mod read;
mod whoami;

pub use whoami::WhoAmI;

pub use read::{Inclusion, RemoteEntry};

use std::ops::Range;
use std::time::Duration;

use serde_json::{Value, json};

/// How a request authenticates: a server token (`SHIPGATE_TOKEN`) or the CI
/// job's OIDC ID token (`SHIPGATE_ID_TOKEN`). Both are sent as a bearer token;
/// the server tells them apart.
#[derive(Clone)]
pub struct Credential(String);

impl Credential {
    /// A bearer credential.
    pub fn bearer(secret: impl Into<String>) -> Self {
        Self(secret.into())
    }
}

impl std::fmt::Debug for Credential {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Credential(..)")
    }
}

/// Why an append to the audit API failed.
#[derive(Debug, thiserror::Error)]
pub enum ClientError {
    /// The URL is not one the client may use.
    #[error("{0}")]
    Url(String),
    /// The server refused the request (a 4xx answer other than 429).
    #[error("the audit server refused the {what} ({status} {code}): {message}")]
    Refused {
        /// What was asked: `entries` for an append, else `request`.
        what: &'static str,
        /// The HTTP status.
        status: u16,
        /// The API's error code.
        code: String,
        /// The API's message.
        message: String,
    },
    /// The server could not be reached or kept failing, after every retry.
    #[error("the audit server at {url} did not take the entries after {attempts} attempts: {last}")]
    Unavailable {
        /// The server's base URL.
        url: String,
        /// How many requests were made.
        attempts: u32,
        /// The last failure.
        last: String,
    },
    /// The answer was not what the API promises.
    #[error("the audit server's answer is not understood: {0}")]
    Answer(String),
}

/// Whether `location` names an audit server (`https://...`, or `http://` on
/// loopback) rather than a store.
pub fn is_server(location: &str) -> bool {
    location.starts_with("https://") || location.starts_with("http://")
}

/// An audit API client for one server.
pub struct Client {
    base: String,
    credential: Credential,
    agent: ureq::Agent,
    attempts: u32,
    backoff: Duration,
    /// Who the server says the credential is, once asked: it cannot change
    /// during the client's life.
    me: std::sync::OnceLock<WhoAmI>,
}

impl Client {
    /// A client for the server at `url` (`https://host[:port][/prefix]`, or
    /// `http://` for a loopback address).
    pub fn new(url: &str, credential: Credential) -> Result<Self, ClientError> {
        let base = url.trim_end_matches('/').to_owned();
        let Some(rest) = base
            .strip_prefix("https://")
            .or_else(|| base.strip_prefix("http://"))
        else {
            return Err(ClientError::Url(format!(
                "`{url}` is not an audit server URL: use https://HOST"
            )));
        };
        let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
        let host = host.rsplit_once('@').map_or(host, |(_, h)| h);
        if host.is_empty()
            || rest.contains(['?', '#'])
            || host != rest.split('/').next().unwrap_or_default()
        {
            return Err(ClientError::Url(format!(
                "`{url}` is not an audit server URL: use https://HOST[:PORT][/PATH], with no user, query or fragment"
            )));
        }
        if base.starts_with("http://") && !is_loopback(host) {
            return Err(ClientError::Url(format!(
                "`{url}` is plain HTTP to another machine: the token would cross the network in clear; use https://"
            )));
        }
        let agent = ureq::Agent::config_builder()
            .timeout_global(Some(Duration::from_secs(30)))
            .http_status_as_error(false)
            .max_redirects(0)
            .build()
            .into();
        Ok(Self {
            base,
            credential,
            agent,
            attempts: 4,
            backoff: Duration::from_millis(500),
            me: std::sync::OnceLock::new(),
        })
    }

    /// Sets how often a failing request is tried and the first pause between
    /// tries (it doubles each time).
    #[must_use]
    pub fn with_retries(mut self, attempts: u32, backoff: Duration) -> Self {
        self.attempts = attempts.max(1);
        self.backoff = backoff;
        self
    }

    /// Appends `entries` (canonical entry bytes) in one request; returns their
    /// sequence numbers. Retried requests carry the same idempotency key.
    pub fn append(&self, entries: &[Vec<u8>]) -> Result<Range<u64>, ClientError> {
        let items = entries
            .iter()
            .map(|e| serde_json::from_slice::<Value>(e))
            .collect::<Result<Vec<_>, _>>()
            .map_err(|e| ClientError::Answer(format!("an entry is not JSON: {e}")))?;
        let body = json!({ "entries": items }).to_string();
        let key = idempotency_key()?;
        let url = format!("{}/v1/entries", self.base);
        let text = self.send("entries", || {
            self.agent
                .post(&url)
                .header("authorization", &self.bearer())
                .header("idempotency-key", &key)
                .header("content-type", "application/json")
                .send(body.as_str())
        })?;
        appended(&text, entries.len())
    }

    /// The `Authorization` header's value.
    fn bearer(&self) -> String {
        format!("Bearer {}", self.credential.0)
    }

    /// Makes the request `attempt` makes until it is answered: connection
    /// failures, timeouts, 429 and 5xx are retried with backoff (honouring
    /// `Retry-After`); a 2xx answer's body is returned and any other answer
    /// is [`ClientError::Refused`].
    fn send(
        &self,
        what: &'static str,
        attempt: impl Fn() -> Result<ureq::http::Response<ureq::Body>, ureq::Error>,
    ) -> Result<String, ClientError> {
        let mut response = self.respond(what, attempt)?;
        response
            .body_mut()
            .with_config()
            .limit(MAX_ANSWER_BYTES)
            .read_to_string()
            .map_err(|e| ClientError::Answer(format!("the answer could not be read: {e}")))
    }

    /// Like [`Client::send`], but hands over the answer unread, to stream it.
    fn respond(
        &self,
        what: &'static str,
        attempt: impl Fn() -> Result<ureq::http::Response<ureq::Body>, ureq::Error>,
    ) -> Result<ureq::http::Response<ureq::Body>, ClientError> {
        let mut pause = self.backoff;
        let mut last = String::new();
        for tried in 1..=self.attempts {
            match attempt() {
                Ok(mut response) => {
                    let status = response.status().as_u16();
                    if (200..300).contains(&status) {
                        return Ok(response);
                    }
                    let retry_after = response
                        .headers()
                        .get("retry-after")
                        .and_then(|v| v.to_str().ok())
                        .and_then(|v| v.trim().parse::<u64>().ok());
                    let text = response
                        .body_mut()
                        .with_config()
                        .limit(MAX_ANSWER_BYTES)
                        .read_to_string()
                        .unwrap_or_default();
                    let (code, message) = api_error(&text);
                    if status == 429 || status >= 500 {
                        last = format!("{status} {code}: {message}");
                        if let Some(seconds) = retry_after {
                            pause = pause.max(Duration::from_secs(seconds.min(60)));
                        }
                    } else {
                        return Err(ClientError::Refused {
                            what,
                            status,
                            code,
                            message,
                        });
                    }
                }
                Err(e) => last = e.to_string(),
            }
            if tried < self.attempts {
                std::thread::sleep(pause);
                pause = pause.saturating_mul(2);
            }
        }
        Err(ClientError::Unavailable {
            url: self.base.clone(),
            attempts: self.attempts,
            last,
        })
    }
}

/// The largest answer read into memory (an export is streamed instead).
const MAX_ANSWER_BYTES: u64 = 64 << 20;

fn is_loopback(host: &str) -> bool {
    let name = host
        .strip_prefix('[')
        .and_then(|h| h.split_once(']'))
        .map_or_else(
            || host.rsplit_once(':').map_or(host, |(h, _)| h),
            |(h, _)| h,
        );
    name == "localhost"
        || name
            .parse::<std::net::IpAddr>()
            .is_ok_and(|ip| ip.is_loopback())
}

/// A random key (256 bits, hex), one per batch.
fn idempotency_key() -> Result<String, ClientError> {
    let mut bytes = [0u8; 32];
    getrandom::getrandom(&mut bytes)
        .map_err(|e| ClientError::Answer(format!("no randomness for the idempotency key: {e}")))?;
    Ok(shipgate_ledger::hash::to_hex(&bytes))
}

/// Reads `{"seqs": [...]}`: consecutive numbers, one per entry sent.
fn appended(text: &str, sent: usize) -> Result<Range<u64>, ClientError> {
    let value: Value =
        serde_json::from_str(text).map_err(|e| ClientError::Answer(format!("not JSON: {e}")))?;
    let seqs: Vec<u64> = value
        .get("seqs")
        .and_then(Value::as_array)
        .map(|a| a.iter().filter_map(Value::as_u64).collect())
        .unwrap_or_default();
    let consecutive = seqs.windows(2).all(|w| w[1] == w[0] + 1);
    match (seqs.first(), seqs.last()) {
        (Some(&first), Some(&last)) if seqs.len() == sent && consecutive => Ok(first..last + 1),
        _ => Err(ClientError::Answer(format!(
            "expected {sent} consecutive sequence numbers, got `{}`",
            value.get("seqs").map(Value::to_string).unwrap_or_default()
        ))),
    }
}

/// The API's `{"error": {"code", "message"}}`, or the status line's words.
fn api_error(text: &str) -> (String, String) {
    let value: Value = serde_json::from_str(text).unwrap_or(Value::Null);
    let error = &value["error"];
    (
        error["code"].as_str().unwrap_or("unknown").to_owned(),
        error["message"]
            .as_str()
            .map_or_else(|| text.chars().take(200).collect(), str::to_owned),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_http_only_reaches_loopback() {
        let token = || Credential::bearer("t");
        assert!(Client::new("http://127.0.0.1:8080", token()).is_ok());
        assert!(Client::new("http://localhost:8080/", token()).is_ok());
        assert!(Client::new("http://[::1]:8080", token()).is_ok());
        assert!(Client::new("https://audit.example.com/api", token()).is_ok());
        for bad in [
            "http://audit.example.com",
            "http://10.0.0.5:8080",
            "ftp://audit.example.com",
            "https://",
            "https://audit.example.com?x=1",
            "https://user:pw@audit.example.com",
        ] {
            assert!(Client::new(bad, token()).is_err(), "{bad}");
        }
    }

    #[test]
    fn an_answer_must_number_every_entry() {
        assert_eq!(
            appended(r#"{"seqs":[4,5,6],"replayed":false}"#, 3).ok(),
            Some(4..7)
        );
        assert!(appended(r#"{"seqs":[4,6]}"#, 2).is_err());
        assert!(appended(r#"{"seqs":[4]}"#, 2).is_err());
        assert!(appended("<html>", 1).is_err());
        assert_eq!(
            api_error(r#"{"error":{"code":"forbidden","message":"no"}}"#),
            ("forbidden".to_owned(), "no".to_owned())
        );
    }

    #[test]
    fn a_credential_never_prints() {
        assert_eq!(
            format!("{:?}", Credential::bearer("sg_secret")),
            "Credential(..)"
        );
    }
}
