//! The release commands with `--ledger https://...` against a real `ledger
//! serve` on loopback: the story approve → deploy (exec driver) → smoke →
//! rollback records the same entries as on a local SQLite ledger, and every
//! way the server can be missing or refuse fails closed.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a test fails by panicking"
)]

mod common;

use std::path::{Path, PathBuf};

use common::{
    AuditServer, Run, commit, git, image, log_keys, ok, shipgate, shipgate_with_env, temp_dir,
    token, write,
};
use serde_json::{Value, json};

const DEPLOY: &str = r#"command = ["sh", "-c", "echo \"$SHIPGATE_ACTION $SHIPGATE_IMAGE from [$SHIPGATE_PREVIOUS_IMAGE]\" >> deploys-$SHIPGATE_ENVIRONMENT.log"]
timeout = "30s"
"#;

/// Erin approves; through the server her approval is recorded as the
/// server's verified identity for her token, `token:erin`.
fn policy() -> String {
    format!(
        r#"[ledger]
service = "payments"

[secrets]
enabled = true

[environments.staging]
required_gates = ["secrets"]

[environments.staging.deploy]
{DEPLOY}
[environments.production]
required_gates = ["secrets"]
require_deployed_in = "staging"
approvals = 1
approvers = ["erin", "token:erin"]
allow_unverified = true

[environments.production.deploy]
{DEPLOY}"#
    )
}

fn repo(name: &str) -> PathBuf {
    let dir = temp_dir(name);
    git(&dir, &["init", "-q", "-b", "main"]);
    write(&dir, "shipgate.toml", &policy());
    write(
        &dir,
        ".gitignore",
        ".shipgate/\ndeploys-*.log\nsmoke.json\n",
    );
    commit(&dir, "release A");
    dir
}

/// Where a story records: `--ledger LOCATION`, and the token of each person.
struct Ledger {
    location: String,
    tokens: Vec<(&'static str, String)>,
}

impl Ledger {
    /// A SQLite ledger in `home` with a token per person (the same entries
    /// first, whether served or not, so both stories number alike).
    fn new(home: &Path) -> Self {
        let location = format!("sqlite:{}", home.join("ledger.db").display());
        let tokens = [
            ("ci-bot", "recorder"),
            ("erin", "approver"),
            ("dana", "approver"),
            ("ops", "deployer"),
        ]
        .into_iter()
        .map(|(who, role)| (who, token(home, &location, who, role)))
        .collect();
        Self { location, tokens }
    }

    fn token(&self, who: &str) -> &str {
        &self.tokens.iter().find(|(w, _)| *w == who).unwrap().1
    }
}

/// Runs `shipgate ARGS --ledger AT` as `who`, with `who`'s token when `at`
/// is a server.
fn run(dir: &Path, at: &str, secret: Option<&str>, who: &str, args: &[&str]) -> Run {
    let mut all = args.to_vec();
    all.extend_from_slice(&["--ledger", at]);
    let mut env = vec![("GITLAB_USER_LOGIN", who)];
    if let Some(secret) = secret {
        env.push(("SHIPGATE_TOKEN", secret));
    }
    shipgate_with_env(dir, &all, &env)
}

/// The story, recorded at `at` (`secret(who)` gives a person's token for a
/// server, nothing for a local ledger).
fn story(dir: &Path, at: &str, secret: &dyn Fn(&str) -> Option<String>) {
    let as_ = |who: &str, args: &[&str]| run(dir, at, secret(who).as_deref(), who, args);
    let smoke = |environment: &str, outcome: &str| {
        let out = std::process::Command::new("git")
            .args(["rev-parse", "HEAD"])
            .current_dir(dir)
            .output()
            .unwrap();
        let head = String::from_utf8(out.stdout).unwrap().trim().to_owned();
        let entry = json!({
            "v": 1, "kind": "smoke", "time": "2026-11-30T10:00:00Z", "service": "payments",
            "environment": environment, "commit": head, "artifact": null,
            "actor": {"id": "ops", "via": "gitlab-ci", "verified": false}, "ci": null,
            "body": {"outcome": outcome},
        });
        write(dir, "smoke.json", &entry.to_string());
        ok(as_("ops", &["ledger", "append", "smoke.json"]));
    };
    let (a, b) = (image('a'), image('b'));
    for (release, img) in [("A", &a), ("B", &b)] {
        if release == "B" {
            write(dir, "app.txt", "release B\n");
            commit(dir, "release B");
        }
        ok(as_("ci-bot", &["secrets", "scan", "--record"]));
        ok(as_("ops", &["deploy", "--env", "staging", "--image", img]));
        smoke("staging", "pass");
        let refused = as_("ops", &["deploy", "--env", "production", "--image", img]);
        assert_eq!(refused.code, 1, "{}", refused.stdout);
        assert!(
            refused
                .stdout
                .contains("approvals            MISSING  0 of 1"),
            "{}",
            refused.stdout
        );
        assert_eq!(
            as_("dana", &["approve", "--env", "production"]).code,
            1,
            "the author may not approve"
        );
        ok(as_("erin", &["approve", "--env", "production"]));
        ok(as_("ops", &["status", "--env", "production"]));
        ok(as_(
            "ops",
            &["deploy", "--env", "production", "--image", img],
        ));
        smoke("production", if release == "A" { "pass" } else { "fail" });
    }
    let rolled = ok(as_(
        "ops",
        &[
            "rollback",
            "--env",
            "production",
            "--reason",
            "smoke test failed",
            "--format",
            "json",
        ],
    ));
    let doc: Value = serde_json::from_str(&rolled.stdout).unwrap();
    assert_eq!(doc["image"], a.as_str(), "{doc}");
    let again = ok(as_(
        "ops",
        &["rollback", "--env", "production", "--reason", "again"],
    ));
    assert!(
        again
            .stdout
            .starts_with(&format!("`production` already runs `{a}`")),
        "{}",
        again.stdout
    );
}

/// Every entry of the ledger, without what differs by design between the
/// two stories: who (the server records its verified identity, and keeps
/// the name the client sent as `claimed_actor`), when, and
/// durations.
fn entries(home: &Path, location: &str) -> Vec<Value> {
    let log = shipgate(
        home,
        &["ledger", "--ledger", location, "log", "--format", "json"],
    );
    assert_eq!(log.code, 0, "{}", log.stderr);
    let doc: Value = serde_json::from_str(&log.stdout).unwrap();
    doc["entries"]
        .as_array()
        .unwrap()
        .iter()
        .map(|item| {
            let mut entry = item["entry"].clone();
            let map = entry.as_object_mut().unwrap();
            for key in ["actor", "time", "ci"] {
                map.remove(key);
            }
            if map["kind"] == "admin" {
                // Token records, made alike before each story.
                return json!({"seq": item["seq"], "entry": {"kind": "admin"}});
            }
            if let Some(body) = map.get_mut("body").and_then(Value::as_object_mut) {
                for key in ["duration_ms", "report_sha256", "claimed_actor"] {
                    body.remove(key);
                }
            }
            json!({"seq": item["seq"], "entry": entry})
        })
        .collect()
}

#[test]
fn the_release_story_over_https_records_the_same_entries_as_locally() {
    let local_home = temp_dir("release-remote-local-home");
    let local_ledger = Ledger::new(&local_home);
    let local_repo = repo("release-remote-local");
    story(&local_repo, &local_ledger.location, &|_| None);

    let home = temp_dir("release-remote-home");
    log_keys(&home);
    let served = Ledger::new(&home);
    let server = AuditServer::start(&home, &served.location);
    let remote_repo = repo("release-remote-served");
    story(&remote_repo, &server.url, &|who| {
        served
            .tokens
            .iter()
            .find(|(w, _)| *w == who)
            .map(|(_, t)| t.clone())
    });

    let (local, remote) = (
        entries(&local_home, &local_ledger.location),
        entries(&home, &served.location),
    );
    assert_eq!(local.len(), remote.len());
    for (l, r) in local.iter().zip(&remote) {
        assert_eq!(l, r, "local against remote");
    }
    let approval = shipgate(
        &home,
        &[
            "ledger",
            "--ledger",
            &served.location,
            "log",
            "--kind",
            "approval",
            "--format",
            "json",
        ],
    );
    let approvals: Value = serde_json::from_str(&approval.stdout).unwrap();
    assert_eq!(
        approvals["entries"][0]["entry"]["actor"]["id"], "token:erin",
        "the server records who the token is"
    );
    assert!(
        std::fs::read_to_string(remote_repo.join("deploys-production.log"))
            .unwrap()
            .ends_with(&format!("rollback {} from [{}]\n", image('a'), image('b')))
    );
}

#[test]
fn the_release_commands_fail_closed_against_the_server() {
    let home = temp_dir("release-remote-refused-home");
    log_keys(&home);
    let served = Ledger::new(&home);
    let server = AuditServer::start(&home, &served.location);
    let dir = repo("release-remote-refused");
    let url = server.url.clone();
    let url = url.as_str();
    ok(run(
        &dir,
        url,
        Some(served.token("ci-bot")),
        "ci-bot",
        &["secrets", "scan", "--record"],
    ));

    // No credential: a usage error before anything is sent.
    for args in [
        &["status", "--env", "staging"][..],
        &["deploy", "--env", "staging", "--image", &image('a')],
        &["rollback", "--env", "staging", "--reason", "r"],
        &["review", "1", "--comment", "c"],
    ] {
        let none = run(&dir, url, None, "ops", args);
        assert_eq!(none.code, 2, "{args:?}: {}", none.stderr);
        assert!(
            none.stderr.contains("needs a credential"),
            "{}",
            none.stderr
        );
    }
    // A token the server does not know: 401, exit 3, and it never prints.
    let unknown = run(
        &dir,
        url,
        Some("sg_not_a_token"),
        "ops",
        &["status", "--env", "staging"],
    );
    assert_eq!(unknown.code, 3, "{}", unknown.stderr);
    assert!(unknown.stderr.contains("(401"), "{}", unknown.stderr);
    assert!(!unknown.stderr.contains("sg_not_a_token"));
    // A recorder may read, but not record a deployment: the command asks the
    // server who it is (`/v1/whoami`) before the driver runs, refuses with
    // exit 3, and neither deploys nor records anything.
    let recorder = run(
        &dir,
        url,
        Some(served.token("ci-bot")),
        "ci-bot",
        &["deploy", "--env", "staging", "--image", &image('a')],
    );
    assert_eq!(recorder.code, 3, "{}", recorder.stderr);
    assert!(
        recorder.stderr.contains(
            "the audit server would refuse to record the deployment: `token:ci-bot` holds the role(s) recorder, and nothing was done"
        ),
        "{}",
        recorder.stderr
    );
    let deployments = shipgate(
        &home,
        &[
            "ledger",
            "--ledger",
            &served.location,
            "log",
            "--kind",
            "deployment",
        ],
    );
    assert_eq!(deployments.stdout, "");
    // A server that is gone: exit 3.
    drop(server);
    let gone = run(
        &dir,
        url,
        Some(served.token("ops")),
        "ops",
        &["status", "--env", "staging"],
    );
    assert_eq!(gone.code, 3, "{}", gone.stderr);
    assert!(
        gone.stderr.contains("did not take") || gone.stderr.contains("attempts"),
        "{}",
        gone.stderr
    );
}
