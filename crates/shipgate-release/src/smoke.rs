//! Smoke tests: the configured HTTP checks and the Hurl files run against a
//! deployment, and the `smoke` entry that records their result.
//!
//! A check passes when the response's status is the expected one (redirects
//! are not followed) and its body contains the expected text. A Hurl file
//! passes when every entry does (see [`shipgate_hurl`]). Nothing of a
//! response body is recorded, a URL's user and password are replaced by
//! `****`, and captured values and secret variables by `***`, everywhere
//! they are shown or recorded.

use std::time::{Duration, Instant};

use serde_json::{Map, Value, json};
use shipgate_config::{SmokeCheck, SmokeMethod};
pub use shipgate_hurl::redact::redact_url;
use shipgate_hurl::run::{EntryResult, FileResult};

/// The most errors recorded for one request of a Hurl file.
const MAX_ERRORS: usize = 20;

/// The most characters of one recorded error.
const MAX_ERROR_CHARS: usize = 300;

/// One check's result.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckResult {
    /// The check's name.
    pub name: String,
    /// The URL, credentials redacted.
    pub url: String,
    /// The status received, if a response came.
    pub status: Option<u16>,
    /// Whether it passed.
    pub passed: bool,
    /// Why it failed.
    pub error: Option<String>,
    /// How long it took.
    pub duration: Duration,
}

fn agent(timeout: Duration) -> ureq::Agent {
    ureq::Agent::config_builder()
        .timeout_global(Some(timeout))
        .http_status_as_error(false)
        .max_redirects(0)
        .build()
        .into()
}

/// Runs one check.
pub fn run_check(check: &SmokeCheck) -> CheckResult {
    let started = Instant::now();
    let timeout = Duration::from_secs(check.timeout().as_secs().unsigned_abs());
    let agent = agent(timeout);
    let url = check.url.get_ref();
    let response = match check.method {
        SmokeMethod::Get => agent.get(url).call(),
        SmokeMethod::Head => agent.head(url).call(),
        SmokeMethod::Post => agent.post(url).send(check.body.clone().unwrap_or_default()),
    };
    let shown = redact_url(url);
    let mut result = CheckResult {
        name: check.name.clone(),
        url: shown.clone(),
        status: None,
        passed: false,
        error: None,
        duration: Duration::ZERO,
    };
    match response {
        Err(e) => {
            // ureq's message may quote the URL it was given.
            result.error = Some(e.to_string().replace(url.as_str(), &shown));
        }
        Ok(mut response) => {
            let status = response.status().as_u16();
            result.status = Some(status);
            let expected = check.expected_status();
            if status != expected {
                result.error = Some(format!("status {status}, expected {expected}"));
            } else if let Some(needle) = &check.contains {
                match response
                    .body_mut()
                    .with_config()
                    .limit(1024 * 1024)
                    .read_to_string()
                {
                    Ok(body) if body.contains(needle.as_str()) => result.passed = true,
                    Ok(_) => {
                        result.error = Some(format!("the response does not contain `{needle}`"));
                    }
                    Err(e) => result.error = Some(format!("cannot read the response: {e}")),
                }
            } else {
                result.passed = true;
            }
        }
    }
    result.duration = started.elapsed();
    result
}

/// Runs every check, in order.
pub fn run_checks(checks: &[SmokeCheck]) -> Vec<CheckResult> {
    checks.iter().map(run_check).collect()
}

/// The body of a `smoke` entry: `outcome` (`pass` when there was
/// something to run and everything passed, else `fail`), `checks` (name,
/// redacted URL, status, passed, error) and `files` (see [`file_json`]).
pub fn smoke_body(checks: &[CheckResult], files: &[FileResult]) -> Map<String, Value> {
    let ran = !checks.is_empty() || !files.is_empty();
    let passed = ran && checks.iter().all(|r| r.passed) && files.iter().all(FileResult::passed);
    let mut body = Map::new();
    body.insert(
        "outcome".into(),
        json!(if passed { "pass" } else { "fail" }),
    );
    body.insert(
        "checks".into(),
        Value::Array(checks.iter().map(check_json).collect()),
    );
    body.insert(
        "files".into(),
        Value::Array(files.iter().map(file_json).collect()),
    );
    body
}

/// One check's result: `name`, `url`, `status`, `passed`, `error`.
pub fn check_json(r: &CheckResult) -> Value {
    json!({
        "name": r.name,
        "url": r.url,
        "status": r.status,
        "passed": r.passed,
        "error": r.error,
    })
}

/// One Hurl file's result: `path`, `outcome` (`pass` or `fail`) and
/// `requests`, each with `index`, `line`, `method`, `url`, `status`,
/// `outcome` (`pass`, `fail`, `not-run`), `attempts`, `duration_ms` and
/// `errors` (at most 20, each cut to 300 characters). Secrets are already
/// hidden in the results.
pub fn file_json(file: &FileResult) -> Value {
    json!({
        "path": file.path,
        "outcome": if file.passed() { "pass" } else { "fail" },
        "requests": file.entries.iter().map(entry_json).collect::<Vec<_>>(),
    })
}

fn entry_json(entry: &EntryResult) -> Value {
    json!({
        "index": entry.index,
        "line": entry.line,
        "method": entry.method,
        "url": entry.url,
        "status": entry.status,
        "outcome": entry.outcome.as_str(),
        "attempts": entry.attempts,
        "duration_ms": u64::try_from(entry.duration.as_millis()).unwrap_or(u64::MAX),
        "errors": entry
            .errors
            .iter()
            .take(MAX_ERRORS)
            .map(|e| shorten(e))
            .collect::<Vec<_>>(),
    })
}

fn shorten(text: &str) -> String {
    if text.chars().count() > MAX_ERROR_CHARS {
        format!(
            "{}...",
            text.chars().take(MAX_ERROR_CHARS - 3).collect::<String>()
        )
    } else {
        text.to_owned()
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, reason = "a test fails by panicking")]

    use std::io::{Read, Write};
    use std::net::TcpListener;
    use std::path::Path;

    use super::*;

    /// A loopback server answering `n` requests: `/health` with 200 `ok`,
    /// anything else with 503.
    fn serve(n: usize) -> String {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let address = listener.local_addr().unwrap();
        std::thread::spawn(move || {
            for stream in listener.incoming().take(n) {
                let mut stream = stream.unwrap();
                let mut buf = [0u8; 4096];
                let read = stream.read(&mut buf).unwrap();
                let request = String::from_utf8_lossy(&buf[..read]).into_owned();
                let (status, body) = if request.starts_with("GET /health ") {
                    ("200 OK", "ok")
                } else {
                    ("503 Service Unavailable", "down")
                };
                let _ = write!(
                    stream,
                    "HTTP/1.1 {status}\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
                    body.len()
                );
            }
        });
        format!("http://{address}")
    }

    fn checks(text: &str) -> Vec<SmokeCheck> {
        let config =
            shipgate_config::Config::from_str_at(text, Path::new("/r/shipgate.toml")).unwrap();
        config.environments["staging"].smoke.clone()
    }

    #[test]
    fn checks_pass_on_the_expected_status_and_text_and_fail_otherwise() {
        let base = serve(4);
        let results = run_checks(&checks(&format!(
            "[[environments.staging.smoke]]\nname = \"health\"\nurl = \"{base}/health\"\ncontains = \"ok\"\n\
             [[environments.staging.smoke]]\nname = \"text\"\nurl = \"{base}/health\"\ncontains = \"ready\"\n\
             [[environments.staging.smoke]]\nname = \"login\"\nurl = \"{base}/login\"\n\
             [[environments.staging.smoke]]\nname = \"down\"\nurl = \"{base}/login\"\nstatus = 503\n"
        )));
        let summary: Vec<(bool, Option<u16>, Option<&str>)> = results
            .iter()
            .map(|r| (r.passed, r.status, r.error.as_deref()))
            .collect();
        assert_eq!(
            summary,
            [
                (true, Some(200), None),
                (
                    false,
                    Some(200),
                    Some("the response does not contain `ready`")
                ),
                (false, Some(503), Some("status 503, expected 200")),
                (true, Some(503), None),
            ]
        );
        assert_eq!(smoke_body(&results, &[])["outcome"], "fail");
        assert_eq!(smoke_body(&results[..1], &[])["outcome"], "pass");
        assert_eq!(
            smoke_body(&[], &[])["outcome"],
            "fail",
            "no check is no pass"
        );
    }

    #[test]
    fn an_unreachable_server_fails_the_check() {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let address = listener.local_addr().unwrap();
        drop(listener);
        let results = run_checks(&checks(&format!(
            "[[environments.staging.smoke]]\nname = \"health\"\nurl = \"http://user:s3cr3t@{address}/health\"\ntimeout = \"2s\"\n"
        )));
        assert!(!results[0].passed);
        assert!(results[0].error.is_some());
        assert_eq!(results[0].url, format!("http://****@{address}/health"));
        let body = serde_json::to_string(&smoke_body(&results, &[])).unwrap();
        assert!(!body.contains("s3cr3t"), "{body}");
    }
}
