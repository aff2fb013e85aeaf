//! `shipgate rollback` with the `kubernetes` driver, through the built
//! binary, against the Kubernetes API emulator: the ledger's known-good
//! image is set on the Deployment, the rollout is waited for, and the entry
//! records the image the cluster ran before.

#![allow(clippy::unwrap_used, reason = "a test fails by panicking")]

mod common;

use std::path::Path;
use std::time::Duration;

use common::{commit, git, shipgate_with_env, temp_dir, write};
use serde_json::{Value, json};
use shipgate_kube_emulator::{Config, Emulator, deployment};

fn image(d: char) -> String {
    format!("registry/payments@sha256:{}", d.to_string().repeat(64))
}

fn policy(deployment: &str) -> String {
    format!(
        r#"[ledger]
service = "payments"

[environments.production]

[environments.production.deploy]
driver = "kubernetes"
deployment = "{deployment}"
container = "app"
kubeconfig = "kubeconfig"
timeout = "20s"
"#
    )
}

/// A repository whose ledger says: image 1 deployed and smoke-tested,
/// image 2 deployed and its smoke test failed.
fn repo(name: &str, emulator: &Emulator, deployment: &str) -> std::path::PathBuf {
    let dir = temp_dir(name);
    git(&dir, &["init", "-q", "-b", "main"]);
    write(&dir, "shipgate.toml", &policy(deployment));
    write(&dir, ".gitignore", ".shipgate/\nkubeconfig\nstory.jsonl\n");
    emulator
        .write_kubeconfig(&dir.join("kubeconfig"), "default")
        .unwrap();
    commit(&dir, "release");
    let head = String::from_utf8(
        std::process::Command::new("git")
            .args(["rev-parse", "HEAD"])
            .current_dir(&dir)
            .output()
            .unwrap()
            .stdout,
    )
    .unwrap()
    .trim()
    .to_owned();
    let entry = |kind: &str, body: Value| {
        json!({"v": 1, "kind": kind, "time": "2026-11-30T10:00:00Z", "service": "payments",
            "environment": "production", "commit": head, "artifact": null,
            "actor": {"id": "ci-bot", "via": "gitlab-ci", "verified": false}, "ci": null,
            "body": body})
        .to_string()
    };
    let story = [
        entry(
            "deployment",
            json!({"outcome": "succeeded", "image": image('1')}),
        ),
        entry("smoke", json!({"outcome": "pass"})),
        entry(
            "deployment",
            json!({"outcome": "succeeded", "image": image('2')}),
        ),
        entry("smoke", json!({"outcome": "fail"})),
    ]
    .join("\n");
    write(&dir, "story.jsonl", &story);
    let run = run(&dir, &["ledger", "append", "story.jsonl"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    dir
}

fn run(dir: &Path, args: &[&str]) -> common::Run {
    shipgate_with_env(dir, args, &[("GITLAB_USER_LOGIN", "ops")])
}

fn running(emulator: &Emulator) -> String {
    emulator.deployment("default", "api").unwrap()["spec"]["template"]["spec"]["containers"][0]
        ["image"]
        .as_str()
        .unwrap()
        .to_owned()
}

fn emulator() -> Emulator {
    let emulator = Emulator::start(Config {
        ready_after: Duration::from_millis(20),
        ..Config::default()
    })
    .unwrap();
    emulator
        .create_deployment("default", deployment("api", "app", &image('2'), 2))
        .unwrap();
    emulator
}

#[test]
fn a_rollback_sets_the_known_good_image_and_records_what_ran_before() {
    let emulator = emulator();
    let dir = repo("kube-rollback", &emulator, "api");
    let rolled = run(
        &dir,
        &[
            "rollback",
            "--env",
            "production",
            "--reason",
            "smoke failed",
            "--format",
            "json",
        ],
    );
    assert_eq!(rolled.code, 0, "{}\n{}", rolled.stdout, rolled.stderr);
    assert!(
        rolled
            .stderr
            .contains("deployment \"api\" successfully rolled out"),
        "the driver's progress goes to stderr: {}",
        rolled.stderr
    );
    let doc: Value = serde_json::from_str(&rolled.stdout).unwrap();
    assert_eq!(doc["outcome"], "succeeded");
    assert_eq!(doc["image"], image('1'));
    assert_eq!(doc["previous_image"], image('2'));
    assert_eq!(doc["detail"], "deployment \"api\" successfully rolled out");
    assert_eq!(running(&emulator), image('1'));
    let seq = doc["recorded_entry"].as_u64().unwrap().to_string();
    let shown = run(&dir, &["ledger", "show", &seq, "--format", "json"]);
    let entry: Value = serde_json::from_str(&shown.stdout).unwrap();
    assert_eq!(entry["entry"]["body"]["driver"], "kubernetes");
    assert_eq!(entry["entry"]["body"]["exit_code"], Value::Null);
    let notes = &emulator.deployment("default", "api").unwrap()["metadata"]["annotations"];
    assert_eq!(notes["shipgate.dev/action"], "rollback");

    // The second rollback finds the known-good image running.
    let again = run(
        &dir,
        &["rollback", "--env", "production", "--reason", "again"],
    );
    assert_eq!(again.code, 0, "{}", again.stderr);
    assert!(again.stdout.contains("already runs"), "{}", again.stdout);
    assert_eq!(running(&emulator), image('1'));
}

#[test]
fn a_rollback_to_a_missing_deployment_is_an_error_and_records_nothing() {
    let emulator = emulator();
    let dir = repo("kube-missing", &emulator, "payments-api");
    let failed = run(
        &dir,
        &[
            "rollback",
            "--env",
            "production",
            "--reason",
            "smoke failed",
        ],
    );
    assert_eq!(
        failed.code, 3,
        "a runtime error: {}\n{}",
        failed.stdout, failed.stderr
    );
    assert!(
        failed
            .stderr
            .contains("the Deployment `default/payments-api` does not exist"),
        "{}",
        failed.stderr
    );
    let log = run(&dir, &["ledger", "log", "--format", "json"]);
    assert!(!log.stdout.contains("\"rollback\""), "{}", log.stdout);
    assert_eq!(running(&emulator), image('2'));
}

#[test]
fn the_text_of_a_kubernetes_rollback_says_it_succeeded_and_nothing_about_a_command() {
    let emulator = emulator();
    let dir = repo("kube-text", &emulator, "api");
    let rolled = run(
        &dir,
        &[
            "rollback",
            "--env",
            "production",
            "--reason",
            "smoke failed",
        ],
    );
    assert_eq!(rolled.code, 0, "{}", rolled.stderr);
    assert!(
        rolled.stdout.contains(") succeeded in "),
        "{}",
        rolled.stdout
    );
    assert!(!rolled.stdout.contains("command"), "{}", rolled.stdout);
}

#[test]
fn a_rollback_to_an_image_takes_its_last_deployment_and_refuses_any_other() {
    let emulator = emulator();
    let dir = repo("kube-rollback-to", &emulator, "api");
    let args = |to: &str| {
        vec![
            "rollback".to_owned(),
            "--env".into(),
            "production".into(),
            "--reason".into(),
            "back to 1".into(),
            "--to".into(),
            to.to_owned(),
        ]
    };
    let run_args = |args: &[String]| {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        run(&dir, &args)
    };
    // Never deployed there, not pinned by digest, or both ways at once: exit 2, nothing changes.
    for bad in [image('9'), "registry/payments:latest".to_owned()] {
        let out = run_args(&args(&bad));
        assert_eq!(out.code, 2, "{bad}: {}{}", out.stdout, out.stderr);
        assert_eq!(running(&emulator), image('2'));
    }
    let never = run_args(&args(&image('9')));
    assert!(
        never
            .stderr
            .contains("was never deployed to `production` according to the ledger"),
        "{}",
        never.stderr
    );
    let mut both = args(&image('1'));
    both.extend(["--to-entry".to_owned(), "0".to_owned()]);
    assert_eq!(run_args(&both).code, 2);
    // Image 1 ran in production (entry 0): back to it.
    let rolled = run_args(&args(&image('1')));
    assert_eq!(rolled.code, 0, "{}\n{}", rolled.stdout, rolled.stderr);
    assert_eq!(running(&emulator), image('1'));
    // Asked again, it already runs.
    let again = run_args(&args(&image('1')));
    assert_eq!(again.code, 0, "{}", again.stderr);
    assert!(again.stdout.contains("already runs"), "{}", again.stdout);
}
