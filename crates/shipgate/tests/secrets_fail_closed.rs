//! The secrets gate fails closed and never leaks: regressions for what a new
//! user and a code review found (issue 9).

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a test fails by panicking"
)]

mod common;

use std::path::Path;

use common::{Run, commit, git, shipgate, temp_dir, write};

// Synthetic keys in real shapes; never real keys.
const STRIPE: &str = "sk_live_9Tq4Lm2Wx7Rv3Pz8Ks5Nd1Hb6Fy0Gc4J";
const AWS_ID: &str = "AKIAZ7QW3MK5RT2XPN4V";
const OLD_STRIPE: &str = "sk_live_7Hx2Kd9Vq4Lw8Rt3Mz6Pn1Bc5Fj0Gs2Y";

/// The formats a secret could leak through.
const FORMATS: [&str; 6] = [
    "text",
    "json",
    "sarif",
    "gitlab",
    "gitlab-security",
    "junit",
];

fn assert_hidden(run: &Run, secrets: &[&str]) {
    for secret in secrets {
        for i in 1..=secret.len() - 8 {
            let part = &secret[i..i + 8];
            assert!(
                !run.stdout.contains(part) && !run.stderr.contains(part),
                "`{part}` of a secret is shown:\n{}\n{}",
                run.stdout,
                run.stderr
            );
        }
    }
}

#[test]
fn other_secrets_on_the_same_line_are_redacted_in_every_format() {
    let dir = temp_dir("same-line");
    git(&dir, &["init", "-q", "-b", "main"]);
    write(
        &dir,
        ".env.production",
        &format!("STRIPE={STRIPE} AWS={AWS_ID}\n"),
    );
    commit(&dir, "env");
    for format in FORMATS {
        let run = shipgate(&dir, &["secrets", "scan", "--format", format]);
        assert_eq!(run.code, 1, "{format}: {}{}", run.stdout, run.stderr);
        assert!(run.stdout.contains("sk_l"), "{format}: {}", run.stdout);
        assert_hidden(&run, &[STRIPE, AWS_ID]);
    }
    let run = shipgate(&dir, &["secrets", "scan", "--verbose", "--record"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert_hidden(&run, &[STRIPE, AWS_ID]);
    let log = shipgate(&dir, &["ledger", "log", "--format", "json"]);
    assert_hidden(&log, &[STRIPE, AWS_ID]);
    let db = std::fs::read(dir.join(".shipgate/ledger.db")).unwrap();
    let db = String::from_utf8_lossy(&db);
    assert!(!db.contains(&STRIPE[4..]) && !db.contains(&AWS_ID[4..]));
}

#[test]
fn files_given_as_arguments_are_scanned() {
    let dir = temp_dir("file-args");
    write(&dir, "x.env", &format!("STRIPE_KEY={STRIPE}\n"));
    write(&dir, "clean.txt", "nothing here\n");
    write(&dir, "sub/y.env", &format!("AWS_KEY={AWS_ID}\n"));
    // Outside git, one file.
    let run = shipgate(&dir, &["secrets", "scan", "x.env", "--format", "json"]);
    assert_eq!(run.code, 1, "{}{}", run.stdout, run.stderr);
    assert!(run.stdout.contains("\"path\": \"x.env\""), "{}", run.stdout);
    assert!(!run.stderr.contains("unreadable"), "{}", run.stderr);
    // Several files, as pre-commit passes them, in git or not.
    git(&dir, &["init", "-q", "-b", "main"]);
    commit(&dir, "files");
    let run = shipgate(
        &dir,
        &[
            "secrets",
            "scan",
            "clean.txt",
            "x.env",
            "sub/y.env",
            "--format",
            "json",
        ],
    );
    assert_eq!(run.code, 1, "{}{}", run.stdout, run.stderr);
    assert!(run.stdout.contains("\"path\": \"x.env\""), "{}", run.stdout);
    assert!(
        run.stdout.contains("\"path\": \"sub/y.env\""),
        "{}",
        run.stdout
    );
    // A clean file passes; a missing one is a usage error.
    let run = shipgate(&dir, &["secrets", "scan", "clean.txt"]);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    let run = shipgate(&dir, &["secrets", "scan", "no-such.env"]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(
        run.stderr.contains("`no-such.env` does not exist"),
        "{}",
        run.stderr
    );
}

#[test]
fn a_file_that_cannot_be_read_fails_the_gate() {
    let dir = temp_dir("unreadable");
    git(&dir, &["init", "-q", "-b", "main"]);
    write(&dir, "config.env", "A=1\n");
    commit(&dir, "config");
    // A tracked file that is now a folder cannot be read as one.
    std::fs::remove_file(dir.join("config.env")).unwrap();
    std::fs::create_dir(dir.join("config.env")).unwrap();
    let run = shipgate(&dir, &["secrets", "scan"]);
    assert_eq!(run.code, 1, "{}{}", run.stdout, run.stderr);
    assert!(
        run.stdout.contains("error[unreadable-file]"),
        "{}",
        run.stdout
    );
    assert!(run.stdout.contains("not a regular file"), "{}", run.stdout);
    // A FIFO given by name is reported, not waited on.
    let fifo = dir.join("pipe.env");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap();
    assert!(made.success());
    let run = shipgate(&dir, &["secrets", "scan", "pipe.env"]);
    assert_eq!(run.code, 1, "{}{}", run.stdout, run.stderr);
    assert!(
        run.stdout.contains("error[unreadable-file]"),
        "{}",
        run.stdout
    );
    // The team may accept the gap: then it is a warning.
    write(
        &dir,
        "shipgate.toml",
        "[secrets]\nunreadable = \"warning\"\n",
    );
    // A scan that read nothing at all still fails: nothing was checked.
    let run = shipgate(&dir, &["secrets", "scan", "pipe.env"]);
    assert_eq!(run.code, 1, "{}{}", run.stdout, run.stderr);
    assert!(
        run.stdout.contains("error[nothing-scanned]"),
        "{}",
        run.stdout
    );
    write(&dir, "notes.txt", "nothing secret\n");
    let run = shipgate(&dir, &["secrets", "scan", "pipe.env", "notes.txt"]);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    assert!(
        run.stdout.contains("warning[unreadable-file]"),
        "{}",
        run.stdout
    );
}

/// A repository whose first commit held a key that a later commit removed.
fn history_with_old_key(name: &str) -> std::path::PathBuf {
    let dir = temp_dir(name);
    git(&dir, &["init", "-q", "-b", "main"]);
    write(&dir, ".env", &format!("STRIPE_SECRET={OLD_STRIPE}\n"));
    commit(&dir, "add key");
    write(&dir, ".env", "STRIPE_SECRET=\n");
    commit(&dir, "remove key");
    write(&dir, "README.md", "# app\n");
    commit(&dir, "readme");
    dir
}

fn shallow_clone(from: &Path, name: &str) -> std::path::PathBuf {
    let to = temp_dir(name);
    std::fs::remove_dir(&to).unwrap();
    let url = format!("file://{}", from.display());
    let status = std::process::Command::new("git")
        .args(["clone", "-q", "--depth", "1", &url])
        .arg(&to)
        .status()
        .unwrap();
    assert!(status.success());
    to
}

#[test]
fn a_shallow_clone_fails_a_history_scan_by_default() {
    let full = history_with_old_key("shallow-full");
    let run = shipgate(&full, &["secrets", "scan", "--all-history"]);
    assert_eq!(
        run.code, 1,
        "the full history holds the key: {}",
        run.stdout
    );
    let shallow = shallow_clone(&full, "shallow-clone");
    let run = shipgate(&shallow, &["secrets", "scan", "--all-history"]);
    assert_eq!(run.code, 1, "{}{}", run.stdout, run.stderr);
    assert!(
        run.stdout.contains("error[history-incomplete]"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.contains("git fetch --unshallow"),
        "{}",
        run.stdout
    );
    write(
        &shallow,
        "shipgate.toml",
        "[secrets]\nincomplete_history = \"warning\"\n",
    );
    let run = shipgate(&shallow, &["secrets", "scan", "--all-history"]);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    assert!(
        run.stdout.contains("warning[history-incomplete]"),
        "{}",
        run.stdout
    );
}

#[test]
fn scan_and_check_read_the_same_history_config() {
    let dir = history_with_old_key("same-config");
    write(
        &dir,
        "shipgate.toml",
        "[secrets]\nenabled = true\nall_history = true\n",
    );
    let scan = shipgate(&dir, &["secrets", "scan"]);
    let check = shipgate(&dir, &["check"]);
    assert_eq!(scan.code, 1, "{}{}", scan.stdout, scan.stderr);
    assert_eq!(check.code, 1, "{}{}", check.stdout, check.stderr);
    for run in [&scan, &check] {
        assert!(run.stdout.contains("stripe-secret-key"), "{}", run.stdout);
    }
    // Without the history setting, the removed key is not in the tree.
    write(&dir, "shipgate.toml", "[secrets]\nenabled = true\n");
    assert_eq!(shipgate(&dir, &["secrets", "scan"]).code, 0);
    assert_eq!(shipgate(&dir, &["check"]).code, 0);
}

#[test]
fn sarif_names_the_commit_of_a_history_finding() {
    let dir = history_with_old_key("sarif-commit");
    let run = shipgate(
        &dir,
        &["secrets", "scan", "--all-history", "--format", "sarif"],
    );
    assert_eq!(run.code, 1, "{}", run.stderr);
    let sarif: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let result = &sarif["runs"][0]["results"][0];
    let sha = result["partialFingerprints"]["commitSha"].as_str().unwrap();
    assert_eq!(sha.len(), 40, "{result}");
    assert_eq!(result["properties"]["commit"], sha);
    assert_eq!(
        result["properties"]["author"],
        "Dana Dev <dana@payments.test>"
    );
}

#[test]
fn a_staged_ledger_signing_key_is_found() {
    let dir = temp_dir("staged-key");
    git(&dir, &["init", "-q", "-b", "main"]);
    let keys = temp_dir("staged-key-out");
    let run = shipgate(
        &keys,
        &[
            "ledger",
            "keygen",
            "--name",
            "audit.example.com/payments",
            "--out",
            ".",
        ],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let key = std::fs::read_dir(&keys)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.extension().is_some_and(|e| e == "key"))
        .unwrap();
    let text = std::fs::read_to_string(&key).unwrap();
    std::fs::write(dir.join("log.key"), &text).unwrap();
    git(&dir, &["add", "log.key"]);
    let run = shipgate(&dir, &["secrets", "scan", "--staged"]);
    assert_eq!(run.code, 1, "{}{}", run.stdout, run.stderr);
    assert!(
        run.stdout.contains("signed-note-private-key"),
        "{}",
        run.stdout
    );
    // `PRIVATE+KEY+name+id+key`: the key's base64 may itself hold `+`.
    let private = text.trim().splitn(5, '+').nth(4).unwrap();
    assert!(!run.stdout.contains(&private[4..]), "{}", run.stdout);
    // The public key is not a secret.
    let public = std::fs::read_to_string(key.with_extension("pub")).unwrap();
    std::fs::write(dir.join("log.pub"), public).unwrap();
    git(&dir, &["rm", "-q", "--cached", "log.key"]);
    git(&dir, &["add", "log.pub"]);
    let run = shipgate(&dir, &["secrets", "scan", "--staged"]);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
}

#[test]
fn staged_outside_git_says_what_staged_needs() {
    let dir = temp_dir("staged-outside-git");
    let run = shipgate(&dir, &["secrets", "scan", "--staged"]);
    assert_eq!(run.code, 3, "{}", run.stderr);
    assert!(
        run.stderr.contains("not in a git repository"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("`--staged` reads git's index"),
        "{}",
        run.stderr
    );
    assert!(!run.stderr.contains("--since-commit"), "{}", run.stderr);
}

/// Issue 9 #26: `secrets baseline` writes `.shipgate/secrets-baseline.json`,
/// and `scan` and `check` read it without being told, as they read
/// `.shipgate/waivers.toml`.
#[test]
fn the_default_baseline_is_read_without_being_configured() {
    let dir = temp_dir("default-baseline");
    git(&dir, &["init", "-q", "-b", "main"]);
    write(&dir, "app.env", &format!("STRIPE_KEY={STRIPE}\n"));
    write(&dir, "shipgate.toml", "[secrets]\nenabled = true\n");
    commit(&dir, "app");
    assert_eq!(shipgate(&dir, &["secrets", "scan"]).code, 1);
    let run = shipgate(&dir, &["secrets", "baseline"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(dir.join(".shipgate/secrets-baseline.json").is_file());
    let run = shipgate(&dir, &["secrets", "scan"]);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    assert!(run.stdout.contains("1 suppressed"), "{}", run.stdout);
    assert_eq!(shipgate(&dir, &["check"]).code, 0);
    // A new secret still fails.
    write(&dir, "more.env", &format!("AWS_KEY={AWS_ID}\n"));
    commit(&dir, "more");
    assert_eq!(shipgate(&dir, &["secrets", "scan"]).code, 1);
}

#[test]
fn an_empty_revision_or_a_repository_without_commits_is_named() {
    let dir = temp_dir("since-empty");
    git(&dir, &["init", "-q", "-b", "main"]);
    let run = shipgate(&dir, &["secrets", "scan", "--since-commit", "origin/main"]);
    assert_eq!(run.code, 3, "{}", run.stderr);
    assert!(run.stderr.contains("no commit yet"), "{}", run.stderr);
    write(&dir, "README.md", "# app\n");
    commit(&dir, "readme");
    let run = shipgate(&dir, &["secrets", "scan", "--since-commit", ""]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(
        run.stderr.contains("the revision is empty"),
        "{}",
        run.stderr
    );
}
