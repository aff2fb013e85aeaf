//! `shipgate smoke` against a small HTTP server on loopback that mimics the
//! payments API (health, login returning a token), including the scenario
//! where login breaks and the failed smoke test rolls back at once.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a test fails by panicking"
)]

mod common;

use std::io::Write;
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use common::{Run, commit, git, head, read_request, shipgate_with_env, temp_dir, write};
use serde_json::Value;

/// Serves `/health` and `POST /login` until the test ends; `broken` makes
/// login answer 500.
fn serve(broken: Arc<AtomicBool>) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let address = listener.local_addr().unwrap();
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { continue };
            let request = read_request(&mut stream);
            let (status, body) = if request.starts_with("GET /health ") {
                ("200 OK", r#"{"status":"ok"}"#)
            } else if request.starts_with("POST /login ") && !broken.load(Ordering::SeqCst) {
                ("200 OK", r#"{"token":"tok_live_4f9a8b7c6d5e"}"#)
            } else if request.starts_with("POST /login ") {
                (
                    "500 Internal Server Error",
                    r#"{"error":"database unavailable"}"#,
                )
            } else {
                ("404 Not Found", "")
            };
            let _ = write!(
                stream,
                "HTTP/1.1 {status}\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
                body.len()
            );
        }
    });
    format!("http://{address}")
}

fn repo(name: &str, base: &str) -> PathBuf {
    let dir = temp_dir(name);
    git(&dir, &["init", "-q", "-b", "main"]);
    write(
        &dir,
        "shipgate.toml",
        &format!(
            r#"[ledger]
service = "payments"

[environments.staging.deploy]
command = ["sh", "-c", "echo \"$SHIPGATE_ACTION $SHIPGATE_IMAGE\" >> deploys.log"]

[[environments.staging.smoke]]
name = "health"
url = "{base}/health"
contains = "\"ok\""

[[environments.staging.smoke]]
name = "login"
url = "{base}/login"
method = "POST"
body = '{{"user":"smoke","password":"from-ci"}}'
contains = "token"
timeout = "5s"
"#
        ),
    );
    write(&dir, ".gitignore", ".shipgate/\ndeploys.log\n");
    commit(&dir, "release");
    dir
}

fn run(dir: &Path, args: &[&str]) -> Run {
    shipgate_with_env(dir, args, &[("GITLAB_USER_LOGIN", "ci-bot")])
}

fn image(c: char) -> String {
    format!("registry/payments@sha256:{}", c.to_string().repeat(64))
}

/// Stable snapshots: no port, no commit (the committed shipgate.toml names
/// the port), no durations.
fn scrub(text: &str, base: &str, commit: &str) -> String {
    let text = text
        .replace(base, "http://127.0.0.1:[PORT]")
        .replace(commit, "[COMMIT]");
    text.lines()
        .map(
            |line| match line.find(" in ").filter(|_| line.contains(" ms")) {
                Some(at) => {
                    let end = line[at..].find(" ms").map_or(line.len(), |e| at + e);
                    format!("{} in [N]{}", &line[..at], &line[end..])
                }
                None if line.trim_start().starts_with("\"duration_ms\"") => {
                    format!("{}: [N],", line.split(':').next().unwrap())
                }
                None => line.to_owned(),
            },
        )
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn a_broken_login_fails_the_smoke_test_and_rolls_back_at_once() {
    let broken = Arc::new(AtomicBool::new(false));
    let base = serve(Arc::clone(&broken));
    let dir = repo("smoke-story", &base);

    // A is deployed and passes: it becomes known-good.
    assert_eq!(
        run(
            &dir,
            &["deploy", "--env", "staging", "--image", &image('a')]
        )
        .code,
        0
    );
    let passed = run(&dir, &["smoke", "--env", "staging"]);
    assert_eq!(passed.code, 0, "{}{}", passed.stdout, passed.stderr);
    insta::assert_snapshot!("smoke_text_pass", scrub(&passed.stdout, &base, &head(&dir)));

    // B is deployed, login breaks, and the smoke test rolls back to A.
    assert_eq!(
        run(
            &dir,
            &["deploy", "--env", "staging", "--image", &image('b')]
        )
        .code,
        0
    );
    broken.store(true, Ordering::SeqCst);
    let failed = run(
        &dir,
        &[
            "smoke",
            "--env",
            "staging",
            "--rollback-on-failure",
            "--format",
            "json",
        ],
    );
    assert_eq!(failed.code, 1, "{}{}", failed.stdout, failed.stderr);
    insta::assert_snapshot!(
        "smoke_json_fail_rolled_back",
        scrub(&failed.stdout, &base, &head(&dir))
    );
    let doc: Value = serde_json::from_str(&failed.stdout).unwrap();
    assert_eq!(doc["outcome"], "fail");
    assert_eq!(doc["image"], image('b').as_str());
    assert_eq!(doc["rollback"]["image"], image('a').as_str());
    assert_eq!(
        doc["rollback"]["reason"],
        format!("smoke test failed (entry {})", doc["recorded_entry"])
    );
    let log = std::fs::read_to_string(dir.join("deploys.log")).unwrap();
    assert!(
        log.ends_with(&format!("rollback {}\n", image('a'))),
        "{log}"
    );

    // The token the login returned is in no output and no entry.
    let ledger = run(&dir, &["ledger", "log", "--format", "json"]);
    assert!(!ledger.stdout.contains("tok_live"), "{}", ledger.stdout);
    assert!(!failed.stdout.contains("tok_live"));

    // Without --rollback-on-failure, a failure is only recorded.
    broken.store(false, Ordering::SeqCst);
    assert_eq!(
        run(&dir, &["smoke", "--env", "staging"]).code,
        0,
        "A runs again and passes"
    );
}

#[test]
fn smoke_needs_checks_and_a_recorded_deployment() {
    let base = serve(Arc::new(AtomicBool::new(false)));
    let dir = repo("smoke-usage", &base);
    let nothing = run(&dir, &["smoke", "--env", "staging"]);
    assert_eq!(nothing.code, 2);
    assert!(
        nothing
            .stderr
            .contains("nothing is deployed to `staging` in the ledger"),
        "{}",
        nothing.stderr
    );
    let unknown = run(&dir, &["smoke", "--env", "production"]);
    assert_eq!(unknown.code, 2);
}
