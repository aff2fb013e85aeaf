//! `--record --ledger http(s)://...`: a gate's evidence goes to the audit
//! server, as the CI job's token, and every way that can fail says so.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a test fails by panicking"
)]

mod common;

use std::path::{Path, PathBuf};

use common::{AuditServer, log_keys, shipgate, shipgate_with_env, temp_dir, token};

/// A server on a SQLite ledger with a `recorder` and an `auditor` token.
struct Server {
    _running: AuditServer,
    url: String,
    ledger: String,
    recorder: String,
    auditor: String,
}

fn server(dir: &Path) -> Server {
    let ledger = format!("sqlite:{}", dir.join("ledger.db").display());
    log_keys(dir);
    let recorder = token(dir, &ledger, "ci", "recorder");
    let auditor = token(dir, &ledger, "audit", "auditor");
    let server = AuditServer::start(dir, &ledger);
    Server {
        url: server.url.clone(),
        _running: server,
        ledger,
        recorder,
        auditor,
    }
}

fn example(name: &str) -> PathBuf {
    let dir = temp_dir(name);
    let status = std::process::Command::new("cp")
        .arg("-r")
        .arg(Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/payments-app/."))
        .arg(&dir)
        .status()
        .unwrap();
    assert!(status.success());
    dir
}

#[test]
fn a_gate_records_through_the_audit_server_as_the_tokens_identity() {
    let home = temp_dir("record-remote-server");
    let server = server(&home);
    let repo = example("record-remote-repo");

    let run = shipgate_with_env(
        &repo,
        &["secrets", "scan", "--record", "--ledger", &server.url],
        &[("SHIPGATE_TOKEN", &server.recorder)],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    // Entries 0 and 1 are the two tokens' admin records.
    assert!(
        run.stderr
            .contains("recorded 1 gate result(s) in the ledger as entries 2..2"),
        "{}",
        run.stderr
    );
    assert!(
        !run.stderr.contains(&server.recorder),
        "the token never prints"
    );

    let log = shipgate(
        &home,
        &[
            "ledger",
            "--ledger",
            &server.ledger,
            "log",
            "--format",
            "json",
        ],
    );
    assert_eq!(log.code, 0, "{}", log.stderr);
    let entries: serde_json::Value = serde_json::from_str(&log.stdout).unwrap();
    let gate = entries["entries"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| &e["entry"])
        .find(|e| e["kind"] == "gate")
        .expect("the gate entry is in the server's ledger");
    assert_eq!(gate["body"]["gate"], "secrets");
    assert_eq!(gate["actor"]["id"], "token:ci", "{gate}");
}

#[test]
fn recording_to_the_audit_server_fails_closed() {
    let home = temp_dir("record-remote-refused");
    let server = server(&home);
    let repo = example("record-remote-refused-repo");
    let record = |url: &str, env: &[(&str, &str)]| {
        shipgate_with_env(
            &repo,
            &["secrets", "scan", "--record", "--ledger", url],
            env,
        )
    };

    // No credential: a usage error, before anything is sent.
    let run = record(&server.url, &[]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(run.stderr.contains("needs a credential"), "{}", run.stderr);

    // A wrong token: 401, refused, exit 3; an auditor may not record: 403.
    let run = record(&server.url, &[("SHIPGATE_TOKEN", "sg_not_a_token")]);
    assert_eq!(run.code, 3, "{}", run.stderr);
    assert!(
        run.stderr.contains("refused the entries (401"),
        "{}",
        run.stderr
    );
    assert!(!run.stderr.contains("sg_not_a_token"));
    let run = record(&server.url, &[("SHIPGATE_TOKEN", &server.auditor)]);
    assert_eq!(run.code, 3, "{}", run.stderr);
    assert!(
        run.stderr.contains("refused the entries (403"),
        "{}",
        run.stderr
    );

    // Plain HTTP to another machine would send the token in clear.
    let run = record(
        "http://10.0.0.5:8080",
        &[("SHIPGATE_TOKEN", &server.recorder)],
    );
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(run.stderr.contains("plain HTTP"), "{}", run.stderr);

    // Nothing listens: retried, then an error naming the server.
    let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", closed.local_addr().unwrap());
    drop(closed);
    let run = record(&url, &[("SHIPGATE_TOKEN", &server.recorder)]);
    assert_eq!(run.code, 3, "{}", run.stderr);
    assert!(
        run.stderr
            .contains("did not take the entries after 4 attempts"),
        "{}",
        run.stderr
    );

    // Nothing of the refused runs reached the ledger: only the two tokens.
    let log = shipgate(
        &home,
        &[
            "ledger",
            "--ledger",
            &server.ledger,
            "log",
            "--format",
            "json",
        ],
    );
    let entries: serde_json::Value = serde_json::from_str(&log.stdout).unwrap();
    assert_eq!(
        entries["entries"].as_array().unwrap().len(),
        2,
        "{}",
        log.stdout
    );
}
