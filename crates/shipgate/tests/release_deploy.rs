//! `shipgate deploy` and `rollback` with the exec driver, through the built
//! binary, on a real git repository and a real SQLite ledger: the release
//! story from gates to a rollback that does not flip back.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a test fails by panicking"
)]

mod common;

use std::path::{Path, PathBuf};

use common::{Run, commit, git, image, ok, shipgate_with_env, temp_dir, write};
use serde_json::{Value, json};

const DEPLOY: &str = r#"command = ["sh", "-c", "echo \"$SHIPGATE_ACTION $SHIPGATE_IMAGE from [$SHIPGATE_PREVIOUS_IMAGE]\" >> deploys-$SHIPGATE_ENVIRONMENT.log; echo \"driver says hello\"; test \"$SHIPGATE_IMAGE_NAME\" != registry/broken"]
timeout = "30s"
"#;

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
approvers = ["erin"]
allow_unverified = true

[environments.production.deploy]
{DEPLOY}"#
    )
}

fn repo(name: &str) -> PathBuf {
    let dir = temp_dir(name);
    git(&dir, &["init", "-q", "-b", "main"]);
    write(&dir, "shipgate.toml", &policy());
    write(&dir, ".gitignore", ".shipgate/\ndeploys-*.log\n");
    commit(&dir, "release A");
    dir
}

fn run(dir: &Path, who: &str, args: &[&str]) -> Run {
    shipgate_with_env(dir, args, &[("GITLAB_USER_LOGIN", who)])
}

fn append_smoke(dir: &Path, environment: &str, outcome: &str) {
    let out = std::process::Command::new("git")
        .args(["rev-parse", "HEAD"])
        .current_dir(dir)
        .output()
        .unwrap();
    let commit = String::from_utf8(out.stdout).unwrap().trim().to_owned();
    let entry = json!({
        "v": 1, "kind": "smoke", "time": "2026-11-30T10:00:00Z", "service": "payments",
        "environment": environment, "commit": commit, "artifact": null,
        "actor": {"id": "ci-bot", "via": "gitlab-ci", "verified": false}, "ci": null,
        "body": {"outcome": outcome},
    });
    write(dir, "smoke.json", &entry.to_string());
    ok(run(dir, "ci-bot", &["ledger", "append", "smoke.json"]));
    std::fs::remove_file(dir.join("smoke.json")).unwrap();
}

fn log(dir: &Path, environment: &str) -> String {
    std::fs::read_to_string(dir.join(format!("deploys-{environment}.log"))).unwrap_or_default()
}

fn entry(dir: &Path, seq: u64) -> Value {
    let show = ok(run(
        dir,
        "ops",
        &["ledger", "show", &seq.to_string(), "--format", "json"],
    ))
    .stdout;
    serde_json::from_str::<Value>(&show).unwrap()["entry"].clone()
}

/// Gates, staging, a smoke test, approval and production for the head commit.
fn release(dir: &Path, img: &str) -> Run {
    ok(run(dir, "ci-bot", &["secrets", "scan", "--record"]));
    ok(run(
        dir,
        "ops",
        &["deploy", "--env", "staging", "--image", img],
    ));
    append_smoke(dir, "staging", "pass");
    ok(run(dir, "erin", &["approve", "--env", "production"]));
    run(
        dir,
        "ops",
        &["deploy", "--env", "production", "--image", img],
    )
}

/// Replaces durations (`in 12 ms`, `"duration_ms": 12`) so snapshots are stable.
fn scrub_ms(text: &str) -> String {
    let mut out = String::new();
    for line in text.lines() {
        let line = if let Some(at) = line.find(" in ").filter(|_| line.contains(" ms")) {
            let end = line[at..].find(" ms").map_or(line.len(), |e| at + e);
            format!("{} in [N]{}", &line[..at], &line[end..])
        } else if line.trim_start().starts_with("\"duration_ms\"") {
            line.split(':').next().unwrap().to_owned() + ": [N],"
        } else {
            line.to_owned()
        };
        out.push_str(&line);
        out.push('\n');
    }
    out
}

#[test]
fn the_release_story_from_gates_to_a_rollback_that_does_not_flip_back() {
    let dir = repo("deploy-story");
    let (a, b) = (image('a'), image('b'));

    // Gates and staging for release A; production refuses without approval.
    ok(run(&dir, "ci-bot", &["secrets", "scan", "--record"]));
    let staging = ok(run(
        &dir,
        "ops",
        &["deploy", "--env", "staging", "--image", &a],
    ));
    assert!(
        staging.stderr.contains("driver says hello"),
        "the command's output goes to stderr: {}",
        staging.stderr
    );
    append_smoke(&dir, "staging", "pass");
    let refused = run(
        &dir,
        "ops",
        &["deploy", "--env", "production", "--image", &a],
    );
    assert_eq!(refused.code, 1, "{}", refused.stdout);
    assert!(
        refused
            .stdout
            .starts_with("refused: `ops` (unverified, via gitlab-ci) may not deploy"),
        "{}",
        refused.stdout
    );
    assert!(
        refused
            .stdout
            .contains("approvals            MISSING  0 of 1"),
        "{}",
        refused.stdout
    );
    assert_eq!(log(&dir, "production"), "", "nothing was deployed");

    // The author may not approve; erin may; then production deploys.
    assert_eq!(
        run(&dir, "dana", &["approve", "--env", "production"]).code,
        1
    );
    ok(run(&dir, "erin", &["approve", "--env", "production"]));
    let deployed = ok(run(
        &dir,
        "ops",
        &["deploy", "--env", "production", "--image", &a],
    ));
    insta::assert_snapshot!("deploy_text", scrub_ms(&deployed.stdout));
    append_smoke(&dir, "production", "pass");

    // Release B goes the same way, then fails its production smoke test.
    write(&dir, "app.txt", "release B\n");
    commit(&dir, "release B");
    let deployed = ok(release(&dir, &b));
    let b_entry = deployed
        .stdout
        .trim()
        .rsplit(' ')
        .next()
        .unwrap()
        .parse::<u64>()
        .unwrap();
    let recorded = entry(&dir, b_entry);
    assert_eq!(recorded["kind"], "deployment");
    assert_eq!(recorded["artifact"], format!("sha256:{}", "b".repeat(64)));
    assert_eq!(recorded["body"]["image"], b.as_str());
    assert_eq!(recorded["body"]["previous_image"], a.as_str());
    assert_eq!(recorded["body"]["outcome"], "succeeded");
    assert_eq!(recorded["body"]["driver"], "exec");
    assert_eq!(recorded["body"]["exit_code"], 0);
    assert_eq!(recorded["body"]["approvals"].as_array().unwrap().len(), 1);
    append_smoke(&dir, "production", "fail");

    // The rollback goes to A, the last known-good image, and says why.
    let rollback = ok(run(
        &dir,
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
    insta::assert_snapshot!("rollback_json", scrub_ms(&rollback.stdout));
    let doc: Value = serde_json::from_str(&rollback.stdout).unwrap();
    assert_eq!(doc["image"], a.as_str());
    assert_eq!(doc["previous_image"], b.as_str());
    assert!(
        log(&dir, "production").ends_with(&format!("rollback {a} from [{b}]\n")),
        "{}",
        log(&dir, "production")
    );
    let rolled = entry(&dir, doc["recorded_entry"].as_u64().unwrap());
    assert_eq!(rolled["kind"], "rollback");
    assert_eq!(rolled["actor"]["id"], "ops");
    assert_eq!(rolled["body"]["reason"], "smoke test failed");

    // A second rollback does not flip back to B: A already runs.
    let before = log(&dir, "production");
    let again = ok(run(
        &dir,
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
    assert_eq!(log(&dir, "production"), before);

    // The ledger still verifies.
    ok(run(&dir, "ops", &["ledger", "verify"]));
}

#[test]
fn a_failed_deploy_command_is_recorded_as_failed_and_exits_1() {
    let dir = repo("deploy-failed");
    ok(run(&dir, "ci-bot", &["secrets", "scan", "--record"]));
    let broken = format!("registry/broken@sha256:{}", "c".repeat(64));
    let failed = run(
        &dir,
        "ops",
        &[
            "deploy", "--env", "staging", "--image", &broken, "--format", "json",
        ],
    );
    assert_eq!(failed.code, 1, "{}{}", failed.stdout, failed.stderr);
    insta::assert_snapshot!("deploy_json_failed", scrub_ms(&failed.stdout));
    let doc: Value = serde_json::from_str(&failed.stdout).unwrap();
    let recorded = entry(&dir, doc["recorded_entry"].as_u64().unwrap());
    assert_eq!(recorded["body"]["outcome"], "failed");
    assert_eq!(recorded["body"]["exit_code"], 1);
    // A failed deployment is not what runs, and there is nothing to roll back to.
    let rollback = run(
        &dir,
        "ops",
        &["rollback", "--env", "staging", "--reason", "broken"],
    );
    assert_eq!(rollback.code, 1);
    assert!(
        rollback
            .stderr
            .contains("no known-good deployment of `staging`"),
        "{}",
        rollback.stderr
    );
}

#[test]
fn deploy_refuses_images_without_a_digest_and_environments_without_a_driver() {
    let dir = repo("deploy-usage");
    let tag = run(
        &dir,
        "ops",
        &[
            "deploy",
            "--env",
            "staging",
            "--image",
            "registry/payments:latest",
        ],
    );
    assert_eq!(tag.code, 2);
    assert!(
        tag.stderr
            .contains("`registry/payments:latest` is not an image pinned by digest"),
        "{}",
        tag.stderr
    );
    write(&dir, "shipgate.toml", "[environments.qa]\n");
    let none = run(
        &dir,
        "ops",
        &["deploy", "--env", "qa", "--image", &image('a')],
    );
    assert_eq!(none.code, 2, "{}", none.stderr);
    assert!(
        none.stderr.contains("`qa` has no deploy driver"),
        "{}",
        none.stderr
    );
    let rollback = run(&dir, "ops", &["rollback", "--env", "qa", "--reason", "x"]);
    assert_eq!(rollback.code, 2);
    let rollback = run(
        &dir,
        "ops",
        &["rollback", "--env", "staging", "--reason", " "],
    );
    assert_eq!(rollback.code, 2);
}

#[test]
fn deploy_refuses_an_expired_approval_and_a_freeze() {
    let dir = repo("deploy-refusals");
    let a = image('a');
    ok(run(&dir, "ci-bot", &["secrets", "scan", "--record"]));
    ok(run(
        &dir,
        "ops",
        &["deploy", "--env", "staging", "--image", &a],
    ));
    append_smoke(&dir, "staging", "pass");

    // An approval valid for one second, then too old.
    let short_lived = policy().replace(
        "allow_unverified = true\n",
        "allow_unverified = true\napproval_ttl = \"1s\"\n",
    );
    write(&dir, "shipgate.toml", &short_lived);
    ok(run(&dir, "erin", &["approve", "--env", "production"]));
    std::thread::sleep(std::time::Duration::from_millis(2100));
    let expired = run(
        &dir,
        "ops",
        &["deploy", "--env", "production", "--image", &a],
    );
    assert_eq!(expired.code, 1, "{}", expired.stdout);
    assert!(
        expired.stdout.contains("does not count: expired: given at"),
        "{}",
        expired.stdout
    );
    assert_eq!(log(&dir, "production"), "");

    // A freeze window that is always open refuses a valid approval.
    let frozen = format!(
        "{}\n[[environments.production.freeze]]\nname = \"always\"\ncron = \"* * * * *\"\nduration = \"1h\"\n",
        policy()
    );
    write(&dir, "shipgate.toml", &frozen);
    ok(run(&dir, "erin", &["approve", "--env", "production"]));
    let refused = run(
        &dir,
        "ops",
        &["deploy", "--env", "production", "--image", &a],
    );
    assert_eq!(refused.code, 1, "{}", refused.stdout);
    assert!(
        refused
            .stdout
            .contains("freeze               MISSING  `always` is open from"),
        "{}",
        refused.stdout
    );
    assert_eq!(log(&dir, "production"), "", "nothing was deployed");
}
