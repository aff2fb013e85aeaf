//! Release commands as a CI job's verified identity: `SHIPGATE_ID_TOKEN`
//! checked against the issuers of `[[server.oidc]]`, its groups from
//! `[[server.oidc.groups]]`, through the built binary.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a test fails by panicking"
)]

mod common;
#[path = "../../shipgate-server/tests/common/oidc.rs"]
#[allow(
    dead_code,
    reason = "the server's test issuer; these tests use its keys and claims"
)]
mod oidc;

use std::path::{Path, PathBuf};

use common::{Run, commit, git, shipgate_with_env, temp_dir, write};
use oidc::{SigningKey, gitlab_claims};
use serde_json::Value;

/// Seconds since the Unix epoch, for the claims `oidc` mints.
fn now() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs()
}

const POLICY: &str = r#"[ledger]
service = "payments"

[environments.production]
approvals = 1
approver_groups = ["release-managers"]

[[server.oidc]]
name = "gitlab"
issuer = "https://gitlab.test"
audience = "https://audit.test"
jwks_file = "jwks.json"
identity = "gitlab:{user_login}"

[[server.oidc.groups]]
name = "release-managers"
when = [{ claim = "user_login", in = ["erin", "dana"] }]
"#;

/// A repository whose commits are Dana's, trusting `key` as GitLab.
fn repo(name: &str, policy: &str, key: &SigningKey) -> PathBuf {
    let dir = temp_dir(name);
    git(&dir, &["init", "-q", "-b", "main"]);
    write(&dir, "shipgate.toml", policy);
    write(
        &dir,
        "jwks.json",
        &serde_json::json!({ "keys": [key.jwk()] }).to_string(),
    );
    write(&dir, ".gitignore", ".shipgate/\n");
    commit(&dir, "policy");
    dir
}

/// `shipgate approve --env production` with `token` as the job's ID token,
/// while the CI variables claim to be `claimed`.
fn approve(dir: &Path, claimed: &str, token: &str) -> Run {
    shipgate_with_env(
        dir,
        &["approve", "--env", "production", "--format", "json"],
        &[("GITLAB_USER_LOGIN", claimed), ("SHIPGATE_ID_TOKEN", token)],
    )
}

fn approvals(dir: &Path) -> Vec<Value> {
    let log = shipgate_with_env(
        dir,
        &["ledger", "log", "--kind", "approval", "--format", "json"],
        &[],
    );
    assert_eq!(log.code, 0, "{}", log.stderr);
    let doc: Value = serde_json::from_str(&log.stdout).unwrap();
    doc["entries"].as_array().cloned().unwrap_or_default()
}

#[test]
fn a_verified_member_of_an_approver_group_approves_production() {
    let key = SigningKey::generate("k1");
    let dir = repo("identity-member", POLICY, &key);
    let token = key.mint(&gitlab_claims("erin", true));
    // The CI variables claim someone else: the token decides.
    let out = approve(&dir, "mallory", &token);
    assert_eq!(out.code, 0, "{}{}", out.stdout, out.stderr);
    assert!(!out.stdout.contains(&token) && !out.stderr.contains(&token));
    let doc: Value = serde_json::from_str(&out.stdout).unwrap();
    let allowed = doc["requirements"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["id"] == "approver-allowed")
        .unwrap();
    assert_eq!(allowed["met"], true, "{doc:#}");
    assert!(
        allowed["detail"]
            .as_str()
            .unwrap()
            .contains("`gitlab:erin` is in the approver group `release-managers`"),
        "{allowed:#}"
    );
    let recorded = approvals(&dir);
    assert_eq!(recorded.len(), 1);
    let actor = &recorded[0]["entry"]["actor"];
    assert_eq!(actor["id"], "gitlab:erin");
    assert_eq!(actor["via"], "gitlab-oidc");
    assert_eq!(actor["verified"], true);
}

#[test]
fn a_verified_author_is_still_refused_by_four_eyes() {
    let key = SigningKey::generate("k1");
    let dir = repo("identity-author", POLICY, &key);
    // Dana wrote the commits; her verified identity is `gitlab:dana`.
    let out = approve(&dir, "erin", &key.mint(&gitlab_claims("dana", true)));
    assert_eq!(out.code, 1, "{}{}", out.stdout, out.stderr);
    assert!(
        out.stdout
            .contains("`gitlab:dana` wrote or committed changes in the release range"),
        "{}",
        out.stdout
    );
    assert!(approvals(&dir).is_empty());
}

#[test]
fn a_verified_identity_outside_the_groups_is_not_an_approver() {
    let key = SigningKey::generate("k1");
    let dir = repo("identity-outsider", POLICY, &key);
    let out = approve(&dir, "erin", &key.mint(&gitlab_claims("frank", true)));
    assert_eq!(out.code, 1, "{}{}", out.stdout, out.stderr);
    assert!(
        out.stdout
            .contains("`gitlab:frank` is not a listed approver nor in an approver group"),
        "{}",
        out.stdout
    );
    assert!(approvals(&dir).is_empty());
}

#[test]
fn a_token_that_fails_a_check_is_an_error_not_an_unverified_approval() {
    let key = SigningKey::generate("k1");
    let other = SigningKey::generate("k1");
    let dir = repo("identity-refused", POLICY, &key);
    let mut wrong_audience = gitlab_claims("erin", true);
    wrong_audience["aud"] = "https://elsewhere.test".into();
    let mut expired = gitlab_claims("erin", true);
    expired["exp"] = (now() - 3600).into();
    let cases = [
        (key.mint(&wrong_audience), "another audience"),
        (key.mint(&expired), "expired"),
        (other.mint(&gitlab_claims("erin", true)), "signature"),
        ("not-a-token".to_owned(), "SHIPGATE_ID_TOKEN was refused"),
    ];
    for (token, why) in cases {
        let out = approve(&dir, "erin", &token);
        assert_eq!(out.code, 2, "{why}: {}{}", out.stdout, out.stderr);
        assert!(out.stderr.contains(why), "{why}: {}", out.stderr);
        assert!(!out.stderr.contains(&token) && !out.stdout.contains(&token));
    }
    assert!(approvals(&dir).is_empty());
}

#[test]
fn a_token_without_a_trusted_issuer_is_an_error() {
    let key = SigningKey::generate("k1");
    let policy = POLICY.split("[[server.oidc]]").next().unwrap();
    let dir = repo("identity-no-issuer", policy, &key);
    let out = approve(&dir, "erin", &key.mint(&gitlab_claims("erin", true)));
    assert_eq!(out.code, 2, "{}{}", out.stdout, out.stderr);
    assert!(
        out.stderr
            .contains("SHIPGATE_ID_TOKEN is set, but shipgate.toml trusts no issuer"),
        "{}",
        out.stderr
    );
    assert!(approvals(&dir).is_empty());
}
