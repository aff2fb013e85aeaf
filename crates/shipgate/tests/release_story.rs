//! The release story end to end, in one test, through the built binary:
//! the `kubernetes` driver against the Kubernetes API emulator, the
//! example's Hurl smoke test against a loopback copy of the payments API,
//! and one SQLite ledger.
//!
//! Gates are recorded for a commit; the author's approval is refused and
//! someone else's recorded; staging is deployed and its smoke test passes;
//! production is deployed; the next release's approval expires and is
//! given again; its smoke test fails and rolls production back to the last
//! good image at once; a second rollback does not flip back to the broken
//! one; a deploy with no approval, with an expired one and during a freeze
//! are each refused; break-glass, then a review by someone else; `ledger
//! verify` passes and `status` tells what is left.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a test fails by panicking"
)]

mod common;

use std::path::Path;
use std::time::Duration;

use common::seed_api::{EMAIL, Login, PASSWORD, TOKEN, server};
use common::{Run, commit, git, image, repo_root, shipgate_with_env, temp_dir, write};
use serde_json::Value;
use shipgate_kube_emulator::{Config, Emulator, deployment};

/// How long an approval counts: long enough for one deploy to follow it,
/// short enough to wait out in the test.
const APPROVAL_TTL_SECONDS: u64 = 4;

fn policy() -> String {
    format!(
        r#"[ledger]
service = "payments"

[secrets]
enabled = true

[environments.staging]
required_gates = ["secrets"]

[environments.staging.deploy]
driver = "kubernetes"
deployment = "api-staging"
container = "app"
kubeconfig = "kubeconfig"
timeout = "20s"

[environments.production]
required_gates = ["secrets"]
require_deployed_in = "staging"
approvals = 1
approvers = ["erin", "frank"]
allow_unverified = true
approval_ttl = "{APPROVAL_TTL_SECONDS}s"
break_glass = true

[environments.production.deploy]
driver = "kubernetes"
deployment = "api"
container = "app"
kubeconfig = "kubeconfig"
timeout = "20s"
"#
    )
}

/// The always-open freeze the story adds before its last release.
const FREEZE: &str = r#"
[[environments.production.freeze]]
name = "quarter-end"
cron = "* * * * *"
duration = "1h"
timezone = "Europe/London"
"#;

/// Runs shipgate in `dir` as `who` (a GitLab login).
fn run(dir: &Path, who: &str, args: &[&str]) -> Run {
    shipgate_with_env(dir, args, &[("GITLAB_USER_LOGIN", who)])
}

/// `run`, which must have exited with `code`.
fn expect(code: i32, dir: &Path, who: &str, args: &[&str]) -> Run {
    let out = run(dir, who, args);
    assert_eq!(
        out.code, code,
        "{args:?}\nstdout:\n{}\nstderr:\n{}",
        out.stdout, out.stderr
    );
    out
}

fn running(emulator: &Emulator, name: &str) -> String {
    emulator.deployment("default", name).unwrap()["spec"]["template"]["spec"]["containers"][0]
        ["image"]
        .as_str()
        .unwrap()
        .to_owned()
}

fn json(run: &Run) -> Value {
    serde_json::from_str(&run.stdout).unwrap_or_else(|e| panic!("{e}: {}", run.stdout))
}

#[test]
#[allow(
    clippy::too_many_lines,
    reason = "the story is one test, as the issue asks"
)]
fn the_release_story_end_to_end() {
    let emulator = Emulator::start(Config {
        ready_after: Duration::from_millis(20),
        ..Config::default()
    })
    .unwrap();
    for name in ["api-staging", "api"] {
        emulator
            .create_deployment("default", deployment(name, "app", &image('0'), 2))
            .unwrap();
    }
    let (api, base) = server(Login::Works, 0);
    let dir = temp_dir("release-story");
    git(&dir, &["init", "-q", "-b", "main"]);
    write(&dir, "shipgate.toml", &policy());
    write(
        &dir,
        "smoke.hurl",
        &std::fs::read_to_string(repo_root().join("examples/payments-app/smoke.hurl")).unwrap(),
    );
    write(&dir, ".gitignore", ".shipgate/\nkubeconfig\n");
    emulator
        .write_kubeconfig(&dir.join("kubeconfig"), "default")
        .unwrap();
    commit(&dir, "release A");
    let base_url = format!("base_url={base}");
    let email = format!("email={EMAIL}");
    let password = format!("password={PASSWORD}");
    let smoke = |environment: &str, code: i32| {
        expect(
            code,
            &dir,
            "ops",
            &[
                "smoke",
                "--env",
                environment,
                "smoke.hurl",
                "--variable",
                &base_url,
                "--variable",
                &email,
                "--secret",
                &password,
                "--rollback-on-failure",
            ],
        )
    };
    let mut outputs = Vec::new();

    // Release A. No approval yet: production refuses, and says why.
    expect(0, &dir, "ci-bot", &["secrets", "scan", "--record"]);
    let refused = expect(
        1,
        &dir,
        "ops",
        &["deploy", "--env", "production", "--image", &image('a')],
    );
    assert!(
        refused
            .stdout
            .contains("approvals            MISSING  0 of 1"),
        "{}",
        refused.stdout
    );
    assert!(
        refused.stdout.contains("deployed-in:staging  MISSING"),
        "{}",
        refused.stdout
    );
    assert_eq!(
        running(&emulator, "api"),
        image('0'),
        "a refused deploy changes nothing"
    );
    expect(
        0,
        &dir,
        "ops",
        &["deploy", "--env", "staging", "--image", &image('a')],
    );
    assert_eq!(running(&emulator, "api-staging"), image('a'));
    outputs.push(smoke("staging", 0));
    // The author may not approve her own change; Erin may.
    let author = expect(1, &dir, "dana", &["approve", "--env", "production"]);
    assert!(
        author
            .stdout
            .contains("four-eyes            MISSING  `dana` wrote or committed"),
        "{}",
        author.stdout
    );
    expect(0, &dir, "erin", &["approve", "--env", "production"]);
    expect(
        0,
        &dir,
        "ops",
        &["deploy", "--env", "production", "--image", &image('a')],
    );
    assert_eq!(running(&emulator, "api"), image('a'));
    outputs.push(smoke("production", 0));

    // Release B: approved, but the approval expires before the deploy.
    write(&dir, "app.txt", "release B\n");
    commit(&dir, "release B");
    expect(0, &dir, "ci-bot", &["secrets", "scan", "--record"]);
    expect(
        0,
        &dir,
        "ops",
        &["deploy", "--env", "staging", "--image", &image('b')],
    );
    outputs.push(smoke("staging", 0));
    expect(0, &dir, "erin", &["approve", "--env", "production"]);
    std::thread::sleep(Duration::from_secs(APPROVAL_TTL_SECONDS + 1));
    let expired = expect(
        1,
        &dir,
        "ops",
        &["deploy", "--env", "production", "--image", &image('b')],
    );
    assert!(expired.stdout.contains("expired"), "{}", expired.stdout);
    assert_eq!(running(&emulator, "api"), image('a'));
    expect(0, &dir, "frank", &["approve", "--env", "production"]);
    expect(
        0,
        &dir,
        "ops",
        &["deploy", "--env", "production", "--image", &image('b')],
    );
    assert_eq!(running(&emulator, "api"), image('b'));

    // Login breaks in production: the smoke test fails and rolls back at once.
    api.lock().unwrap().login = Login::Fails;
    let failed = smoke("production", 1);
    assert!(
        failed
            .stdout
            .contains(&format!("rolled back to `{}`", image('a')))
            || failed.stdout.contains(&image('a')),
        "{}",
        failed.stdout
    );
    assert_eq!(
        running(&emulator, "api"),
        image('a'),
        "the last good image runs again"
    );
    outputs.push(failed);
    // A second rollback does not flip back to the broken image.
    let again = expect(
        0,
        &dir,
        "ops",
        &["rollback", "--env", "production", "--reason", "again"],
    );
    assert!(
        again
            .stdout
            .starts_with(&format!("`production` already runs `{}`", image('a'))),
        "{}",
        again.stdout
    );
    assert_eq!(running(&emulator, "api"), image('a'));
    api.lock().unwrap().login = Login::Works;

    // Release C in a freeze: the deploy is refused; break-glass
    // approves, deploys, and waits for a review by someone else.
    write(&dir, "shipgate.toml", &format!("{}{FREEZE}", policy()));
    write(&dir, "app.txt", "release C\n");
    commit(&dir, "release C, in the freeze");
    expect(0, &dir, "ci-bot", &["secrets", "scan", "--record"]);
    expect(
        0,
        &dir,
        "ops",
        &["deploy", "--env", "staging", "--image", &image('c')],
    );
    outputs.push(smoke("staging", 0));
    let frozen = expect(
        1,
        &dir,
        "ops",
        &["deploy", "--env", "production", "--image", &image('c')],
    );
    assert!(
        frozen
            .stdout
            .contains("freeze               MISSING  `quarter-end` is open from "),
        "{}",
        frozen.stdout
    );
    let glass = expect(
        0,
        &dir,
        "erin",
        &[
            "approve",
            "--env",
            "production",
            "--break-glass",
            "card payments down, INC-42",
            "--format",
            "json",
        ],
    );
    let glass_seq = json(&glass)["recorded_entry"].as_u64().unwrap();
    expect(
        0,
        &dir,
        "ops",
        &["deploy", "--env", "production", "--image", &image('c')],
    );
    assert_eq!(running(&emulator, "api"), image('c'));
    let status = json(&expect(
        0,
        &dir,
        "ops",
        &["status", "--env", "production", "--format", "json"],
    ));
    assert_eq!(
        status["pending_reviews"],
        serde_json::json!([glass_seq]),
        "{status:#}"
    );
    let seq = glass_seq.to_string();
    let own = expect(1, &dir, "erin", &["review", &seq, "--comment", "fine"]);
    assert!(
        own.stdout.contains("`erin` gave the break-glass approval"),
        "{}",
        own.stdout
    );
    expect(
        0,
        &dir,
        "frank",
        &[
            "review",
            &seq,
            "--comment",
            "INC-42 root cause fixed in CHG-10",
        ],
    );

    // The ledger verifies, and status tells what is left: nothing to review.
    let verify = expect(0, &dir, "auditor", &["ledger", "verify"]);
    assert!(
        verify.stdout.starts_with("ledger verified: "),
        "{}",
        verify.stdout
    );
    let status = json(&expect(
        0,
        &dir,
        "ops",
        &["status", "--env", "production", "--format", "json"],
    ));
    assert_eq!(
        status["pending_reviews"],
        serde_json::json!([]),
        "{status:#}"
    );
    let text = expect(0, &dir, "ops", &["status", "--env", "production"]);
    outputs.push(text);
    let log = expect(0, &dir, "auditor", &["ledger", "log", "--format", "json"]);
    let kinds: Vec<String> = json(&log)["entries"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["entry"]["kind"].as_str().unwrap().to_owned())
        .collect();
    for kind in ["gate", "approval", "deployment", "smoke", "rollback"] {
        assert!(
            kinds.iter().any(|k| k == kind),
            "no {kind} entry in {kinds:?}"
        );
    }
    // The captured token and the password never appear.
    outputs.push(log);
    for out in &outputs {
        for text in [&out.stdout, &out.stderr] {
            assert!(!text.contains(TOKEN) && !text.contains(PASSWORD), "{text}");
        }
    }
}
