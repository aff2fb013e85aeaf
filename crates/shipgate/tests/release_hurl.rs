//! `shipgate smoke FILE.hurl` with the example payments-app smoke test,
//! against a small HTTP server on loopback that mimics the payments API:
//! health, a login that returns a token, instruments that require it. Login
//! breaks (500, or no token), the health check is slow to come up, and
//! files that do not parse are refused before anything is sent.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a test fails by panicking"
)]

mod common;

use std::path::{Path, PathBuf};

use common::{Run, commit, git, head, image, repo_root, shipgate_with_env, temp_dir, write};
use serde_json::Value;

use common::seed_api::{EMAIL, Login, PASSWORD, TOKEN, server};

/// A repository whose staging deploys with a command that logs, with the
/// example smoke test copied in.
fn repo(name: &str) -> PathBuf {
    let dir = temp_dir(name);
    git(&dir, &["init", "-q", "-b", "main"]);
    write(
        &dir,
        "shipgate.toml",
        r#"[ledger]
service = "payments"

[environments.staging.deploy]
command = ["sh", "-c", "echo \"$SHIPGATE_ACTION $SHIPGATE_IMAGE\" >> deploys.log"]
"#,
    );
    let example =
        std::fs::read_to_string(repo_root().join("examples/payments-app/smoke.hurl")).unwrap();
    write(&dir, "smoke.hurl", &example);
    write(&dir, ".gitignore", ".shipgate/\ndeploys.log\n");
    commit(&dir, "release");
    dir
}

fn run(dir: &Path, args: &[&str]) -> Run {
    shipgate_with_env(dir, args, &[("GITLAB_USER_LOGIN", "ci-bot")])
}

fn deploy(dir: &Path, c: char) {
    let out = run(dir, &["deploy", "--env", "staging", "--image", &image(c)]);
    assert_eq!(out.code, 0, "{}{}", out.stdout, out.stderr);
}

fn smoke(dir: &Path, base: &str, extra: &[&str]) -> Run {
    let base_var = format!("base_url={base}");
    let email = format!("email={EMAIL}");
    let password = format!("password={PASSWORD}");
    let mut args = vec![
        "smoke",
        "--env",
        "staging",
        "smoke.hurl",
        "--variable",
        &base_var,
        "--variable",
        &email,
        "--secret",
        &password,
    ];
    args.extend_from_slice(extra);
    run(dir, &args)
}

/// Stable snapshots: no port, no commit, no durations.
fn scrub(text: &str, base: &str, dir: &Path) -> String {
    text.replace(base, "http://127.0.0.1:[PORT]")
        .replace(&head(dir), "[COMMIT]")
        .lines()
        .map(|line| {
            let trimmed = line.trim_start();
            if trimmed.starts_with("\"duration_ms\"") {
                let indent = &line[..line.len() - trimmed.len()];
                let comma = if trimmed.ends_with(',') { "," } else { "" };
                format!("{indent}\"duration_ms\": [N]{comma}")
            } else {
                line.to_owned()
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Neither the token nor the password is anywhere.
fn assert_no_secret(dir: &Path, outputs: &[&Run]) {
    let ledger = run(dir, &["ledger", "log", "--format", "json"]);
    assert_eq!(ledger.code, 0, "{}", ledger.stderr);
    for text in outputs
        .iter()
        .flat_map(|r| [&r.stdout, &r.stderr])
        .chain([&ledger.stdout])
    {
        assert!(!text.contains(TOKEN), "{text}");
        assert!(!text.contains(PASSWORD), "{text}");
        assert!(!text.contains("tok_live"), "{text}");
    }
}

#[test]
fn the_example_passes_then_a_broken_login_fails_and_rolls_back() {
    let (state, base) = server(Login::Works, 0);
    let dir = repo("hurl-story");

    deploy(&dir, 'a');
    let passed = smoke(&dir, &base, &[]);
    assert_eq!(passed.code, 0, "{}{}", passed.stdout, passed.stderr);
    insta::assert_snapshot!("hurl_text_pass", scrub(&passed.stdout, &base, &dir));

    deploy(&dir, 'b');
    state.lock().unwrap().login = Login::Fails;
    let failed = smoke(&dir, &base, &["--rollback-on-failure", "--format", "json"]);
    assert_eq!(failed.code, 1, "{}{}", failed.stdout, failed.stderr);
    insta::assert_snapshot!(
        "hurl_json_login_fails_rolled_back",
        scrub(&failed.stdout, &base, &dir)
    );
    let doc: Value = serde_json::from_str(&failed.stdout).unwrap();
    let requests = &doc["files"][0]["requests"];
    assert_eq!(requests[1]["outcome"], "fail");
    assert_eq!(requests[1]["status"], 500);
    assert_eq!(
        requests[2]["outcome"], "not-run",
        "the request that needs the token"
    );
    assert_eq!(requests[2]["url"], format!("{base}/api/v1/instruments"));
    assert_eq!(doc["rollback"]["image"], image('a').as_str());
    let log = std::fs::read_to_string(dir.join("deploys.log")).unwrap();
    assert!(
        log.ends_with(&format!("rollback {}\n", image('a'))),
        "{log}"
    );

    // The ledger holds the per-file and per-request results.
    let ledger = run(&dir, &["ledger", "log", "--format", "json"]);
    for recorded in [
        "\"path\": \"smoke.hurl\"",
        "\"outcome\": \"not-run\"",
        "\"26:1: status 500, expected 200\"",
    ] {
        assert!(
            ledger.stdout.contains(recorded),
            "{recorded}: {}",
            ledger.stdout
        );
    }
    assert_no_secret(&dir, &[&passed, &failed]);
}

#[test]
fn a_login_without_a_token_fails_its_capture_and_skips_what_needs_it() {
    let (_state, base) = server(Login::NoToken, 0);
    let dir = repo("hurl-no-token");
    deploy(&dir, 'a');
    let out = smoke(&dir, &base, &[]);
    assert_eq!(out.code, 1, "{}{}", out.stdout, out.stderr);
    insta::assert_snapshot!("hurl_text_no_token", scrub(&out.stdout, &base, &dir));
    assert_no_secret(&dir, &[&out]);
}

#[test]
fn a_captured_token_in_a_failed_assert_is_shown_as_stars() {
    let (_state, base) = server(Login::Works, 0);
    let dir = repo("hurl-assert-secret");
    write(
        &dir,
        "smoke.hurl",
        "POST {{base_url}}/api/auth/login\n{\"email\": \"{{email}}\", \"password\": \"{{password}}\"}\nHTTP 200\n[Captures]\ntoken: jsonpath \"$.token\"\n[Asserts]\njsonpath \"$.token\" == \"expected\"\nbody contains \"{{password}}\"\n",
    );
    deploy(&dir, 'a');
    let out = smoke(&dir, &base, &[]);
    assert_eq!(out.code, 1, "{}{}", out.stdout, out.stderr);
    assert!(
        out.stdout
            .contains("7:1: assert `jsonpath \"$.token\" == \"expected\"` failed: actual \"***\""),
        "{}",
        out.stdout
    );
    assert!(
        out.stdout.contains(
            "8:1: assert `body contains \"{{password}}\"` failed: actual \"{\"token\":\"***\"}\""
        ),
        "{}",
        out.stdout
    );
    assert_no_secret(&dir, &[&out]);
}

#[test]
fn the_health_check_is_retried_until_the_server_is_healthy() {
    let (state, base) = server(Login::Works, 3);
    let dir = repo("hurl-retry");
    deploy(&dir, 'a');
    let out = smoke(&dir, &base, &["--format", "json"]);
    assert_eq!(out.code, 0, "{}{}", out.stdout, out.stderr);
    let doc: Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(doc["files"][0]["requests"][0]["attempts"], 4);
    assert_eq!(
        doc["files"][0]["requests"][0]["errors"],
        serde_json::json!([])
    );
    assert_eq!(state.lock().unwrap().health_requests, 4);

    // Never healthy: 11 tries (1 + retry: 10), then the file fails.
    state.lock().unwrap().unhealthy = 100;
    let out = smoke(&dir, &base, &["--format", "json"]);
    assert_eq!(out.code, 1, "{}{}", out.stdout, out.stderr);
    let doc: Value = serde_json::from_str(&out.stdout).unwrap();
    let health = &doc["files"][0]["requests"][0];
    assert_eq!(health["attempts"], 11);
    assert_eq!(
        health["errors"],
        serde_json::json!(["17:1: status 503, expected 200"])
    );
}

#[test]
fn files_that_do_not_parse_are_refused_before_anything_is_sent_or_recorded() {
    let (state, base) = server(Login::Works, 0);
    let dir = repo("hurl-parse-errors");
    deploy(&dir, 'a');
    let before = run(&dir, &["ledger", "log", "--format", "json"]).stdout;
    for (file, text, expected) in [
        (
            "typo.hurl",
            "GET {{base_url}}/health\nHTTP 2OO\n",
            "typo.hurl:2:6: expected a status code from 100 to 599, or `*`, found `2OO`",
        ),
        (
            "xpath.hurl",
            "GET {{base_url}}/health\nHTTP 200\n[Asserts]\nxpath \"//title\" exists\n",
            "xpath.hurl:4:1: the `xpath` query is a Hurl feature shipgate does not support",
        ),
        (
            "undefined.hurl",
            "GET {{base_url}}/api/v1/instruments\nAuthorization: Bearer {{token}}\n",
            "undefined.hurl:2:23: the variable `token` is not defined here",
        ),
        (
            "empty.hurl",
            "# nothing\n",
            "empty.hurl:1:1: expected a request",
        ),
    ] {
        write(&dir, file, text);
        let out = run(
            &dir,
            &[
                "smoke",
                "--env",
                "staging",
                file,
                "--variable",
                &format!("base_url={base}"),
            ],
        );
        assert_eq!(out.code, 2, "{file}: {}{}", out.stdout, out.stderr);
        assert!(out.stderr.contains(expected), "{file}: {}", out.stderr);
    }
    let missing = run(&dir, &["smoke", "--env", "staging", "absent.hurl"]);
    assert_eq!(missing.code, 2);
    assert!(
        missing
            .stderr
            .contains("cannot read the Hurl file `absent.hurl`"),
        "{}",
        missing.stderr
    );
    let secret = run(
        &dir,
        &[
            "smoke",
            "--env",
            "staging",
            "smoke.hurl",
            "--secret",
            "hunter2-no-name",
        ],
    );
    assert_eq!(secret.code, 2);
    assert!(!secret.stderr.contains("hunter2"), "{}", secret.stderr);
    assert_eq!(state.lock().unwrap().health_requests, 0, "nothing was sent");
    assert_eq!(
        run(&dir, &["ledger", "log", "--format", "json"]).stdout,
        before,
        "nothing was recorded"
    );
}
