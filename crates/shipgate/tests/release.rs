//! `shipgate status`, `approve` and `reject` through the built binary, on
//! real git repositories and a real SQLite ledger.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a test fails by panicking"
)]

mod common;

use std::path::{Path, PathBuf};

use common::{Run, commit, git, head, shipgate_with_env, temp_dir, write};
use serde_json::{Value, json};

const POLICY: &str = r#"[ledger]
service = "payments"

[secrets]
enabled = true

[environments.staging]
required_gates = ["secrets"]

[environments.production]
required_gates = ["secrets"]
require_deployed_in = "staging"
approvals = 1
approvers = ["erin", "frank", "dana", "gus"]
allow_unverified = true
approval_ttl = "24h"
ticket_pattern = "^(CHG|PAY)-[0-9]+$"
"#;

/// A repository with two commits by Dana and the given policy.
fn repo(name: &str, policy: &str) -> PathBuf {
    let dir = temp_dir(name);
    git(&dir, &["init", "-q", "-b", "main"]);
    write(&dir, "shipgate.toml", policy);
    write(&dir, ".gitignore", ".shipgate/\n");
    commit(&dir, "policy");
    write(&dir, "app.txt", "payments\n");
    commit(&dir, "feature");
    dir
}

/// Runs shipgate in `dir` as `who` (a GitLab login: unverified).
fn run(dir: &Path, who: &str, args: &[&str]) -> Run {
    shipgate_with_env(dir, args, &[("GITLAB_USER_LOGIN", who)])
}

/// Appends entries of `kind` with `body` for the head commit in `environment`.
fn append(dir: &Path, kind: &str, environment: &str, commit: &str, body: &Value) {
    let entry = json!({
        "v": 1, "kind": kind, "time": "2026-11-30T10:00:00Z", "service": "payments",
        "environment": environment, "commit": commit, "artifact": "sha256:feed",
        "actor": {"id": "ci-bot", "via": "gitlab-ci", "verified": false}, "ci": null, "body": body,
    });
    write(dir, "entry.json", &entry.to_string());
    let out = run(dir, "ci-bot", &["ledger", "append", "entry.json"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    std::fs::remove_file(dir.join("entry.json")).unwrap();
}

/// Records the secrets gate, a staging deployment and a passing smoke test.
fn evidence(dir: &Path) {
    let out = run(dir, "ci-bot", &["secrets", "scan", "--record"]);
    assert_eq!(out.code, 0, "{}{}", out.stdout, out.stderr);
    let commit = head(dir);
    append(
        dir,
        "deployment",
        "staging",
        &commit,
        &json!({"outcome": "succeeded", "image": "registry/payments@sha256:feed"}),
    );
    append(
        dir,
        "smoke",
        "staging",
        &commit,
        &json!({"outcome": "pass"}),
    );
}

fn json_of(run: &Run) -> Value {
    serde_json::from_str(&run.stdout).unwrap_or_else(|e| panic!("{e}: {}", run.stdout))
}

fn requirement<'a>(doc: &'a Value, id: &str) -> &'a Value {
    doc["requirements"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["id"] == id)
        .unwrap_or_else(|| panic!("no `{id}` in {doc:#}"))
}

#[test]
fn status_lists_every_requirement_as_a_table_and_as_json() {
    let dir = repo("release-status", POLICY);
    evidence(&dir);
    let text = run(&dir, "ops", &["status", "--env", "production"]);
    assert_eq!(text.code, 1, "{}", text.stderr);
    insta::assert_snapshot!("status_text_not_deployable", text.stdout);
    let json = run(
        &dir,
        "ops",
        &["status", "--env", "production", "--format", "json"],
    );
    assert_eq!(json.code, 1, "{}", json.stderr);
    insta::assert_snapshot!("status_json_not_deployable", json.stdout);

    let approve = run(
        &dir,
        "erin",
        &[
            "approve",
            "--env",
            "production",
            "--ticket",
            "CHG-7",
            "--comment",
            "reviewed",
        ],
    );
    assert_eq!(approve.code, 0, "{}{}", approve.stdout, approve.stderr);
    insta::assert_snapshot!("approve_text_recorded", approve.stdout);
    let text = run(&dir, "ops", &["status", "--env", "production"]);
    assert_eq!(text.code, 0, "{}", text.stdout);
    insta::assert_snapshot!("status_text_deployable", text.stdout);
    let json = run(
        &dir,
        "ops",
        &["status", "--env", "production", "--format", "json"],
    );
    assert_eq!(json.code, 0);
    insta::assert_snapshot!("status_json_deployable", json.stdout);
}

#[test]
fn an_author_may_not_approve_and_nothing_is_recorded() {
    let dir = repo("release-author", POLICY);
    evidence(&dir);
    let refused = run(
        &dir,
        "dana",
        &["approve", "--env", "production", "--ticket", "CHG-7"],
    );
    assert_eq!(refused.code, 1, "{}", refused.stderr);
    assert!(
        refused.stdout.starts_with("refused: `dana`"),
        "{}",
        refused.stdout
    );
    assert!(refused.stdout.contains("four-eyes            MISSING  `dana` wrote or committed changes in the release range (`Dana Dev <dana@payments.test>`)"), "{}", refused.stdout);
    let log = run(
        &dir,
        "ops",
        &["ledger", "log", "--kind", "approval", "--format", "json"],
    );
    assert_eq!(log.code, 0, "{}", log.stderr);
    assert!(!log.stdout.contains("\"approval\""), "{}", log.stdout);
    // Every unmet requirement is listed at once, in JSON too.
    let refused = run(
        &dir,
        "mallory",
        &["approve", "--env", "production", "--format", "json"],
    );
    assert_eq!(refused.code, 1);
    insta::assert_snapshot!("approve_json_refused", refused.stdout);
    let doc = json_of(&refused);
    assert_eq!(doc["allowed"], false);
    assert_eq!(doc["recorded_entry"], Value::Null);
    let missing: Vec<&str> = doc["requirements"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["met"] == false)
        .map(|r| r["id"].as_str().unwrap())
        .collect();
    assert_eq!(missing, ["approver-allowed", "ticket"]);
}

#[test]
fn the_approval_entry_carries_identity_range_policy_and_evidence() {
    let dir = repo("release-entry", POLICY);
    evidence(&dir);
    let approve = run(
        &dir,
        "erin",
        &[
            "approve",
            "--env",
            "production",
            "--ticket",
            "PAY-1",
            "--format",
            "json",
        ],
    );
    assert_eq!(approve.code, 0, "{}", approve.stderr);
    let doc = json_of(&approve);
    assert_eq!(doc["recorded_entry"], 3);
    let show = run(&dir, "ops", &["ledger", "show", "3", "--format", "json"]);
    let entry = &json_of(&show)["entry"];
    assert_eq!(entry["kind"], "approval");
    assert_eq!(entry["environment"], "production");
    assert_eq!(entry["commit"], head(&dir).as_str());
    assert_eq!(
        entry["actor"],
        json!({"id": "erin", "via": "gitlab-ci", "verified": false})
    );
    let body = &entry["body"];
    assert_eq!(body["decision"], "approve");
    assert_eq!(body["ticket"], "PAY-1");
    assert_eq!(body["policy_sha256"], doc["policy_sha256"]);
    assert_eq!(body["range"]["head"], head(&dir).as_str());
    assert_eq!(body["range"]["commits"], 2);
    assert_eq!(body["evidence"], json!([0, 1, 2]));
    assert_eq!(body["needs_review"], false);
    // Approving twice is refused.
    let again = run(
        &dir,
        "erin",
        &["approve", "--env", "production", "--ticket", "PAY-1"],
    );
    assert_eq!(again.code, 1);
    assert!(
        again
            .stdout
            .contains("already approved this release (entry 3)"),
        "{}",
        again.stdout
    );
    // A policy change voids the approval.
    write(
        &dir,
        "shipgate.toml",
        &POLICY.replace("approvals = 1", "approvals = 1\nfour_eyes = true"),
    );
    let status = run(&dir, "ops", &["status", "--env", "production"]);
    assert_eq!(
        status.code, 0,
        "the same meaning gives the same hash: {}",
        status.stdout
    );
    write(
        &dir,
        "shipgate.toml",
        &POLICY.replace("approval_ttl = \"24h\"", "approval_ttl = \"12h\""),
    );
    let status = run(&dir, "ops", &["status", "--env", "production"]);
    assert_eq!(status.code, 1);
    assert!(
        status.stdout.contains("given under another policy"),
        "{}",
        status.stdout
    );
}

#[test]
fn a_rejection_blocks_the_release() {
    let dir = repo("release-reject", POLICY);
    evidence(&dir);
    assert_eq!(
        run(
            &dir,
            "erin",
            &["approve", "--env", "production", "--ticket", "CHG-1"]
        )
        .code,
        0
    );
    let reject = run(
        &dir,
        "frank",
        &[
            "reject",
            "--env",
            "production",
            "--comment",
            "breaks refunds",
        ],
    );
    assert_eq!(reject.code, 0, "{}{}", reject.stdout, reject.stderr);
    assert!(
        reject.stdout.starts_with("rejected `payments` commit"),
        "{}",
        reject.stdout
    );
    let status = run(
        &dir,
        "ops",
        &["status", "--env", "production", "--format", "json"],
    );
    assert_eq!(status.code, 1);
    let doc = json_of(&status);
    assert_eq!(
        requirement(&doc, "not-rejected")["detail"],
        "rejected by `frank` (entry 4)"
    );
    assert_eq!(requirement(&doc, "approvals")["met"], true);
    // Someone who may not approve may not reject either.
    let reject = run(&dir, "mallory", &["reject", "--env", "production"]);
    assert_eq!(reject.code, 1);
}

#[test]
fn the_range_starts_at_the_last_production_deployment_and_a_missing_base_fails() {
    let dir = repo("release-range", POLICY);
    evidence(&dir);
    let first = {
        let out = std::process::Command::new("git")
            .args(["rev-list", "--max-parents=0", "HEAD"])
            .current_dir(&dir)
            .output()
            .unwrap();
        String::from_utf8(out.stdout).unwrap().trim().to_owned()
    };
    append(
        &dir,
        "deployment",
        "production",
        &first,
        &json!({"outcome": "succeeded"}),
    );
    let status = run(
        &dir,
        "ops",
        &["status", "--env", "production", "--format", "json"],
    );
    let doc = json_of(&status);
    assert_eq!(doc["range"]["base"], first.as_str());
    assert_eq!(doc["range"]["commits"], json!([head(&dir)]));
    let unknown = "0123456789abcdef0123456789abcdef01234567";
    append(
        &dir,
        "deployment",
        "production",
        unknown,
        &json!({"outcome": "succeeded"}),
    );
    let status = run(
        &dir,
        "ops",
        &["status", "--env", "production", "--format", "json"],
    );
    assert_eq!(status.code, 1);
    let doc = json_of(&status);
    let range = requirement(&doc, "release-range");
    assert_eq!(range["met"], false);
    assert!(
        range["detail"]
            .as_str()
            .unwrap()
            .contains(&format!("`{unknown}` is not in this repository")),
        "{range}"
    );
    assert!(doc["range"]["error"].is_string());
    // Four-eyes cannot be checked, so nobody may approve.
    let approve = run(
        &dir,
        "erin",
        &["approve", "--env", "production", "--ticket", "CHG-1"],
    );
    assert_eq!(approve.code, 1);
    assert!(
        approve.stdout.contains("four-eyes cannot be checked"),
        "{}",
        approve.stdout
    );
}

#[test]
fn unverified_identities_may_not_approve_production_by_default() {
    let dir = repo(
        "release-unverified",
        &POLICY.replace("allow_unverified = true\n", ""),
    );
    evidence(&dir);
    let refused = run(
        &dir,
        "erin",
        &["approve", "--env", "production", "--ticket", "CHG-1"],
    );
    assert_eq!(refused.code, 1);
    assert!(
        refused
            .stdout
            .contains("approver-verified    MISSING  `erin` is unverified (via gitlab-ci)"),
        "{}",
        refused.stdout
    );
    // Staging allows them by default.
    let staging = run(&dir, "erin", &["approve", "--env", "staging"]);
    assert_eq!(staging.code, 0, "{}", staging.stdout);
}

#[test]
fn a_freeze_blocks_until_break_glass_which_needs_review() {
    let policy = format!(
        "{POLICY}break_glass = true\n\n[[environments.production.freeze]]\nname = \"always\"\ncron = \"* * * * *\"\nduration = \"1h\"\ntimezone = \"Europe/London\"\n"
    );
    let dir = repo("release-freeze", &policy);
    evidence(&dir);
    let status = run(
        &dir,
        "ops",
        &["status", "--env", "production", "--format", "json"],
    );
    assert_eq!(status.code, 1);
    let doc = json_of(&status);
    let freeze = requirement(&doc, "freeze");
    assert_eq!(freeze["met"], false);
    assert!(
        freeze["detail"]
            .as_str()
            .unwrap()
            .starts_with("`always` is open from "),
        "{freeze}"
    );
    let glass = run(
        &dir,
        "erin",
        &[
            "approve",
            "--env",
            "production",
            "--ticket",
            "CHG-9",
            "--break-glass",
            "card payments down, INC-42",
        ],
    );
    assert_eq!(glass.code, 0, "{}", glass.stdout);
    assert!(
        glass
            .stdout
            .contains("break-glass: this change needs review afterwards"),
        "{}",
        glass.stdout
    );
    let status = run(
        &dir,
        "ops",
        &["status", "--env", "production", "--format", "json"],
    );
    assert_eq!(status.code, 0, "{}", status.stdout);
    let doc = json_of(&status);
    assert_eq!(doc["needs_review"], true);
    assert!(
        requirement(&doc, "freeze")["detail"]
            .as_str()
            .unwrap()
            .ends_with("overridden by break-glass (entry 3)")
    );
    let show = json_of(&run(
        &dir,
        "ops",
        &["ledger", "show", "3", "--format", "json"],
    ));
    assert_eq!(show["entry"]["body"]["needs_review"], true);
    assert_eq!(
        show["entry"]["body"]["break_glass"]["reason"],
        "card payments down, INC-42"
    );

    // The change awaits review; its approver may not review it, someone else may.
    assert_eq!(doc["pending_reviews"], json!([3]));
    let text = run(&dir, "ops", &["status", "--env", "production"]);
    assert!(
        text.stdout
            .contains("awaiting review: break-glass approval(s) 3 in `production`"),
        "{}",
        text.stdout
    );
    let own = run(&dir, "erin", &["review", "3", "--comment", "fine"]);
    assert_eq!(own.code, 1, "{}", own.stdout);
    assert!(
        own.stdout
            .contains("four-eyes          MISSING  `erin` gave the break-glass approval"),
        "{}",
        own.stdout
    );
    let author = run(&dir, "dana", &["review", "3", "--comment", "fine"]);
    assert_eq!(author.code, 1, "{}", author.stdout);
    let review = run(
        &dir,
        "frank",
        &[
            "review",
            "3",
            "--comment",
            "root cause fixed in CHG-10",
            "--format",
            "json",
        ],
    );
    assert_eq!(review.code, 0, "{}{}", review.stdout, review.stderr);
    let reviewed = json_of(&review);
    assert_eq!(reviewed["action"], "review");
    assert_eq!(reviewed["recorded_entry"], 4);
    let entry = &json_of(&run(
        &dir,
        "ops",
        &["ledger", "show", "4", "--format", "json"],
    ))["entry"];
    assert_eq!(entry["body"]["decision"], "review");
    assert_eq!(entry["body"]["reviews"], 3);
    assert_eq!(entry["actor"]["id"], "frank");
    let status = json_of(&run(
        &dir,
        "ops",
        &["status", "--env", "production", "--format", "json"],
    ));
    assert_eq!(status["pending_reviews"], json!([]));
    // Reviewed once is enough; an entry that is no break-glass approval is refused.
    assert_eq!(
        run(&dir, "gus", &["review", "3", "--comment", "again"]).code,
        1
    );
    let not_glass = run(&dir, "frank", &["review", "0", "--comment", "x"]);
    assert_eq!(not_glass.code, 2, "{}", not_glass.stderr);
    assert!(
        not_glass
            .stderr
            .contains("entry 0 is not a break-glass approval"),
        "{}",
        not_glass.stderr
    );
}

#[test]
fn configuration_errors_exit_2_with_line_and_column() {
    let dir = repo("release-config", POLICY);
    let unknown_env = run(&dir, "ops", &["status", "--env", "prod"]);
    assert_eq!(unknown_env.code, 2);
    assert!(
        unknown_env
            .stderr
            .contains("no policy for the environment `prod`"),
        "{}",
        unknown_env.stderr
    );
    assert!(
        unknown_env
            .stderr
            .contains("the configured environments are `production`, `staging`"),
        "{}",
        unknown_env.stderr
    );
    write(
        &dir,
        "shipgate.toml",
        &POLICY.replace("approvals = 1", "approvals = 1\nfreeze_windows = []"),
    );
    let bad = run(&dir, "ops", &["status", "--env", "production"]);
    assert_eq!(bad.code, 2);
    assert!(
        bad.stderr
            .contains("shipgate.toml:14:1: unknown field `freeze_windows`"),
        "{}",
        bad.stderr
    );
    write(&dir, "shipgate.toml", POLICY);
    let unknown_commit = run(
        &dir,
        "ops",
        &["status", "--env", "production", "--commit", "deadbeef"],
    );
    assert_eq!(unknown_commit.code, 2);
    assert!(
        unknown_commit.stderr.contains("`deadbeef` is not a commit"),
        "{}",
        unknown_commit.stderr
    );
}

/// A fresh schema on the real PostgreSQL server (`SHIPGATE_TEST_DATABASE_URL`,
/// else 127.0.0.1 as user postgres, database test), as a `postgres://` URL;
/// `None` when unreachable, unless `SHIPGATE_REQUIRE_POSTGRES=1`.
fn postgres_ledger() -> Option<String> {
    let base = std::env::var("SHIPGATE_TEST_DATABASE_URL")
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/test".into());
    let mut admin = match postgres::Client::connect(&base, postgres::NoTls) {
        Ok(client) => client,
        Err(e) => {
            assert!(
                std::env::var("SHIPGATE_REQUIRE_POSTGRES").as_deref() != Ok("1"),
                "PostgreSQL is required but `{base}` is not reachable: {e}"
            );
            eprintln!("SKIPPED: PostgreSQL at `{base}` is not reachable: {e}");
            return None;
        }
    };
    let schema = format!("shipgate_release_test_{}", std::process::id());
    admin
        .batch_execute(&format!(
            "DROP SCHEMA IF EXISTS {schema} CASCADE; CREATE SCHEMA {schema};"
        ))
        .unwrap();
    // scripts/test gives the key=value form; the binary takes a URL.
    let url = if base.starts_with("postgres://") || base.starts_with("postgresql://") {
        base
    } else {
        let get = |key: &str| {
            base.split_whitespace()
                .find_map(|pair| pair.strip_prefix(&format!("{key}=")))
                .map(str::to_owned)
        };
        format!(
            "postgres://{}{}@{}:{}/{}",
            get("user").unwrap_or_else(|| "postgres".into()),
            get("password").map_or_else(String::new, |p| format!(":{p}")),
            get("host").unwrap_or_else(|| "127.0.0.1".into()),
            get("port").unwrap_or_else(|| "5432".into()),
            get("dbname").unwrap_or_else(|| "postgres".into()),
        )
    };
    let separator = if url.contains('?') { '&' } else { '?' };
    Some(format!(
        "{url}{separator}options=-c%20search_path%3D{schema}"
    ))
}

#[test]
fn the_release_flow_works_the_same_on_postgresql() {
    let Some(url) = postgres_ledger() else {
        return;
    };
    let dir = repo("release-postgres", POLICY);
    let as_who = |who: &str, args: &[&str]| {
        shipgate_with_env(
            &dir,
            args,
            &[
                ("GITLAB_USER_LOGIN", who),
                ("SHIPGATE_LEDGER", url.as_str()),
            ],
        )
    };
    let out = as_who("ci-bot", &["secrets", "scan", "--record"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let commit = head(&dir);
    for (kind, body) in [
        ("deployment", json!({"outcome": "succeeded"})),
        ("smoke", json!({"outcome": "pass"})),
    ] {
        let entry = json!({
            "v": 1, "kind": kind, "time": "2026-11-30T10:00:00Z", "service": "payments",
            "environment": "staging", "commit": commit, "artifact": null,
            "actor": {"id": "ci-bot", "via": "gitlab-ci", "verified": false}, "ci": null, "body": body,
        });
        write(&dir, "entry.json", &entry.to_string());
        assert_eq!(
            as_who("ci-bot", &["ledger", "append", "entry.json"]).code,
            0
        );
    }
    assert!(!dir.join(".shipgate").exists(), "nothing went to SQLite");
    assert_eq!(as_who("ops", &["status", "--env", "production"]).code, 1);
    assert_eq!(
        as_who(
            "dana",
            &["approve", "--env", "production", "--ticket", "CHG-1"]
        )
        .code,
        1
    );
    let approve = as_who(
        "erin",
        &["approve", "--env", "production", "--ticket", "CHG-1"],
    );
    assert_eq!(approve.code, 0, "{}", approve.stdout);
    assert!(
        approve.stdout.contains("recorded as entry 3"),
        "{}",
        approve.stdout
    );
    let status = as_who("ops", &["status", "--env", "production"]);
    assert_eq!(status.code, 0, "{}", status.stdout);
    let base = url.split_once("?options").map_or(url.as_str(), |(b, _)| b);
    let mut admin = postgres::Client::connect(base, postgres::NoTls).unwrap();
    admin
        .batch_execute(&format!(
            "DROP SCHEMA shipgate_release_test_{} CASCADE",
            std::process::id()
        ))
        .unwrap();
}
