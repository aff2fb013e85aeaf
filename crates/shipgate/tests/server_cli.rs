//! `shipgate ledger token` and `shipgate ledger serve` end to end: the real
//! binary, a real SQLite ledger, real HTTP on 127.0.0.1.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a test fails by panicking"
)]

mod common;

use std::io::{BufRead as _, BufReader, Read as _, Write as _};
use std::path::PathBuf;
use std::process::{Command, Stdio};

use common::{shipgate, temp_dir};

struct Ledger {
    dir: PathBuf,
}

impl Ledger {
    fn new(name: &str) -> Self {
        Self {
            dir: temp_dir(name),
        }
    }
    fn location(&self) -> String {
        format!("sqlite:{}", self.dir.join("ledger.db").display())
    }
    fn run(&self, args: &[&str]) -> common::Run {
        let location = self.location();
        let mut all = vec!["ledger", "--ledger", location.as_str()];
        all.extend(args);
        shipgate(&self.dir, &all)
    }
}

fn times() -> Vec<(&'static str, &'static str)> {
    vec![(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", "[TIME]")]
}

#[test]
fn tokens_are_printed_once_listed_without_secrets_and_revoked() {
    let l = Ledger::new("tokens");
    let created = l.run(&[
        "token",
        "create",
        "--name",
        "gitlab-payments",
        "--role",
        "recorder",
    ]);
    assert_eq!(created.code, 0, "{}", created.stderr);
    let secret = created.stdout.trim().to_owned();
    assert!(
        secret.len() == 68
            && secret.starts_with("sgt_")
            && secret[4..].bytes().all(|b| b.is_ascii_hexdigit()),
        "{secret}"
    );
    assert!(!created.stderr.contains(&secret[4..]));
    let expiring = l.run(&[
        "token",
        "create",
        "--name",
        "auditor",
        "--role",
        "auditor",
        "--expires",
        "90d",
    ]);
    assert_eq!(expiring.code, 0, "{}", expiring.stderr);

    let text = l.run(&["token", "list"]);
    assert_eq!(text.code, 0);
    insta::with_settings!({filters => times()}, {
        insta::assert_snapshot!("token_list_text", text.stdout);
    });
    let json = l.run(&["--format", "json", "token", "list"]);
    assert_eq!(json.code, 0, "{}", json.stderr);
    insta::with_settings!({filters => times()}, {
        insta::assert_snapshot!("token_list_json", json.stdout);
    });

    // Names are never reused; roles are checked.
    let again = l.run(&[
        "token",
        "create",
        "--name",
        "gitlab-payments",
        "--role",
        "admin",
    ]);
    assert_eq!(again.code, 2, "{}", again.stderr);
    assert!(again.stderr.contains("exists already"), "{}", again.stderr);
    let bad_role = l.run(&["token", "create", "--name", "x", "--role", "root"]);
    assert_eq!(bad_role.code, 2);
    let bad_name = l.run(&["token", "create", "--name", "a b", "--role", "admin"]);
    assert_eq!(bad_name.code, 2);
    let bad_expiry = l.run(&[
        "token",
        "create",
        "--name",
        "y",
        "--role",
        "admin",
        "--expires",
        "soon",
    ]);
    assert_eq!(bad_expiry.code, 2);

    let revoked = l.run(&["token", "revoke", "gitlab-payments"]);
    assert_eq!(revoked.code, 0, "{}", revoked.stderr);
    let twice = l.run(&["token", "revoke", "gitlab-payments"]);
    assert_eq!(twice.code, 2);
    let listed = l.run(&["token", "list"]);
    assert!(
        listed.stdout.starts_with("auditor\tauditor\tactive"),
        "{}",
        listed.stdout
    );
    assert!(listed.stdout.contains("gitlab-payments\trecorder\trevoked"));

    // Each token change is an admin entry, and none holds a secret.
    let log = l.run(&["--format", "json", "log", "--kind", "admin"]);
    assert_eq!(log.code, 0, "{}", log.stderr);
    let value: serde_json::Value = serde_json::from_str(&log.stdout).unwrap();
    let actions: Vec<&str> = value["entries"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["entry"]["body"]["action"].as_str().unwrap())
        .collect();
    assert_eq!(actions, ["token-create", "token-create", "token-revoke"]);
    assert!(!log.stdout.contains(&secret[4..]));
}

/// Sends one HTTP/1.1 request and reads the whole answer.
fn http(addr: &str, request: &str) -> String {
    let mut stream = std::net::TcpStream::connect(addr).unwrap();
    stream.write_all(request.as_bytes()).unwrap();
    let mut answer = String::new();
    stream.read_to_string(&mut answer).unwrap();
    answer
}

#[test]
fn serve_answers_over_http_and_stops_on_sigterm() {
    let l = Ledger::new("serve");
    let keys = shipgate(
        &l.dir,
        &[
            "ledger",
            "keygen",
            "--name",
            "audit.test/log",
            "--out",
            "keys",
        ],
    );
    assert_eq!(keys.code, 0, "{}", keys.stderr);
    let token = l.run(&["token", "create", "--name", "ci", "--role", "approver"]);
    let token = token.stdout.trim().to_owned();
    let mut child = Command::new(env!("CARGO_BIN_EXE_shipgate"))
        .args([
            "ledger",
            "--ledger",
            &l.location(),
            "serve",
            "--listen",
            "127.0.0.1:0",
            "--key",
            "keys/audit.test_log.key",
        ])
        .current_dir(&l.dir)
        .env_remove("SHIPGATE_LEDGER")
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stderr = BufReader::new(child.stderr.take().unwrap());
    let mut addr = String::new();
    let mut line = String::new();
    while stderr.read_line(&mut line).unwrap() > 0 {
        if let Some(a) = line.trim().strip_prefix("listening on http://") {
            addr = a.to_owned();
            break;
        }
        line.clear();
    }
    assert!(!addr.is_empty(), "the server never said where it listens");
    let body = "{\n\"approved_by\": \"Jane Doe\",\n\"commit_sha\": \"8f14e45fceea167a5a36dedd4bea2543f1c2a9b7\",\n\"environment\": \"production\",\n\"pipeline_url\": \"https://gitlab.example.com/p/-/pipelines/1\"\n}";
    let answer = http(
        &addr,
        &format!(
            "POST /deployments HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {token}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
            body.len()
        ),
    );
    assert!(answer.starts_with("HTTP/1.1 201"), "{answer}");
    let refused = http(
        &addr,
        "GET /v1/entries HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
    );
    assert!(refused.starts_with("HTTP/1.1 401"), "{refused}");
    assert!(refused.to_lowercase().contains("www-authenticate: bearer"));
    let status = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
    let exit = child.wait().unwrap();
    assert_eq!(exit.code(), Some(0));
    let mut rest = String::new();
    stderr.read_to_string(&mut rest).unwrap();
    assert!(!rest.contains(&token[4..]), "a log line holds the token");
    let log = l.run(&["--format", "json", "log", "--kind", "approval"]);
    let value: serde_json::Value = serde_json::from_str(&log.stdout).unwrap();
    let approval = &value["entries"][0]["entry"];
    assert_eq!(approval["actor"]["id"], "token:ci");
    assert_eq!(approval["body"]["claimed_actor"]["id"], "Jane Doe");
}

#[test]
fn serve_refuses_a_missing_key() {
    let l = Ledger::new("serve-nokey");
    let run = l.run(&["serve", "--listen", "127.0.0.1:0"]);
    assert_eq!(run.code, 2, "{}", run.stderr);
}
