//! What `--record` writes and what `shipgate check` reports when a gate
//! cannot run: every gate is reported, errors decide the exit status, and
//! errors, dirty work trees and local actors are recorded as what they are.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a test fails by panicking"
)]

mod common;

use std::path::Path;

use common::{commit, git, shipgate, temp_dir, write};

const STRIPE: &str = "sk_live_3Rk8Vw2Lq9Xz4Mn7Tb5Pd1Hc6Gf0Js2K";

fn entries(dir: &Path) -> Vec<serde_json::Value> {
    let run = shipgate(dir, &["ledger", "log", "--format", "json"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    // `{"version": 1, "entries": [{"seq": N, "entry": {...}}]}`
    let value: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    value["entries"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["entry"].clone())
        .collect()
}

#[test]
fn check_runs_every_gate_when_one_cannot_run() {
    let dir = temp_dir("check-every-gate");
    git(&dir, &["init", "-q", "-b", "main"]);
    write(
        &dir,
        "shipgate.toml",
        "[secrets]\nenabled = true\n\n[coverage]\nenabled = true\nreport = \"build/coverage.xml\"\nlines = 80\n",
    );
    write(&dir, "app.env", &format!("STRIPE_KEY={STRIPE}\n"));
    commit(&dir, "app");
    let run = shipgate(&dir, &["check"]);
    // The coverage report is missing: the gate could not run, and that
    // decides the exit status; the secrets gate still ran and reported.
    assert!(run.code >= 2, "{}{}", run.stdout, run.stderr);
    assert!(run.stdout.contains("secrets: fail"), "{}", run.stdout);
    assert!(run.stdout.contains("stripe-secret-key"), "{}", run.stdout);
    assert!(run.stdout.contains("error[gate-error]"), "{}", run.stdout);
    assert!(run.stderr.contains("error: coverage:"), "{}", run.stderr);
    let json = shipgate(&dir, &["check", "--format", "json"]);
    assert_eq!(json.code, run.code);
    assert!(json.stdout.contains("\"gate-error\""), "{}", json.stdout);
    // Without the broken gate, the same run fails on the secret alone.
    write(&dir, "shipgate.toml", "[secrets]\nenabled = true\n");
    assert_eq!(shipgate(&dir, &["check"]).code, 1);
}

#[test]
fn a_gate_that_errors_is_recorded_with_outcome_error() {
    let dir = temp_dir("record-error");
    let run = shipgate(&dir, &["secrets", "scan", "--all-history", "--record"]);
    assert_eq!(run.code, 3, "{}{}", run.stdout, run.stderr);
    let entries = entries(&dir);
    assert_eq!(entries.len(), 1, "{entries:?}");
    let body = &entries[0]["body"];
    assert_eq!(body["outcome"], "error", "{body}");
    assert!(
        body["error"]
            .as_str()
            .unwrap()
            .contains("not in a git repository"),
        "{body}"
    );
}

#[test]
fn evidence_says_when_the_work_tree_is_dirty_and_who_ran_it_unverified() {
    let dir = temp_dir("record-dirty");
    git(&dir, &["init", "-q", "-b", "main"]);
    git(&dir, &["config", "user.email", "dana@payments.test"]);
    write(&dir, "notes.txt", "clean\n");
    commit(&dir, "notes");
    let run = shipgate(&dir, &["secrets", "scan", "--record"]);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    write(&dir, "notes.txt", "changed\n");
    let run = shipgate(&dir, &["secrets", "scan", "--record"]);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    assert!(run.stderr.contains("dirty"), "{}", run.stderr);
    let entries = entries(&dir);
    assert_eq!(entries.len(), 2);
    assert_eq!(entries[0]["body"]["dirty"], false);
    assert_eq!(entries[1]["body"]["dirty"], true);
    for entry in &entries {
        assert_eq!(entry["actor"]["id"], "dana@payments.test", "{entry}");
        assert_eq!(entry["actor"]["via"], "git-config");
        assert_eq!(entry["actor"]["verified"], false);
    }
}

/// Issue 9 #22: a waived finding is named in the text output with its
/// waiver, not only counted.
#[test]
fn text_output_names_the_waiver_of_a_waived_finding() {
    let dir = temp_dir("waiver-named");
    let fixtures = common::repo_root().join("crates/shipgate-vulns/tests/fixtures");
    std::fs::copy(fixtures.join("npm-audit.json"), dir.join("npm-audit.json")).unwrap();
    write(
        &dir,
        ".shipgate/waivers.toml",
        "[[waiver]]\nid = \"GHSA-xvch-5gv4-984h\"\nreason = \"build-time only\"\napproved_by = \"alice\"\nexpires = 2999-01-01\n",
    );
    let run = shipgate(&dir, &["vulns", "check", "--report", "npm-audit.json"]);
    assert!(
        run.stdout.contains("suppressed[vulnerability]"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout
            .contains("suppressed by a waiver: waived by alice until 2999-01-01: build-time only"),
        "{}",
        run.stdout
    );
}
