//! `shipgate secrets`: the working tree, history, the index, baselines,
//! allowlists, user rules, and every output format, on real git repositories.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a test fails by panicking"
)]

mod common;

use std::path::Path;

use common::{Run, commit, git, scrub, shipgate, temp_dir, write};

// Synthetic keys in real shapes; never real keys.
const STRIPE: &str = "sk_live_51Hq8ZkJm2pX9vT4wR7yB3nC6dF1gH5jK8lM0nP2qS4tU";
const GITHUB: &str = "ghp_Q7xW3zK5rT2mPn4vB8yC1dF6gH9jL0aS3eU5";
const GITLAB: &str = "glpat-x7Kq9mB2vN5rT8wZ1cF4";
const DB_URL: &str = "postgres://ledger:Tr0ub4dor!x9Q@db.internal:5432/ledger";
const AWS_ID: &str = "AKIAQ7XW3ZK5RT2MPN4V";
const STRIPE_TEST: &str = "sk_test_51Hq8ZkJm2pX9vT4wR7yB3nC6dF1gH5jK8lM0nP2qS4tU";
const ALL: [&str; 6] = [STRIPE, GITHUB, GITLAB, DB_URL, AWS_ID, STRIPE_TEST];

/// A repository whose history holds: a Stripe key added then deleted, a
/// GitHub token still present, a binary file, and a clean commit.
fn repo(name: &str) -> std::path::PathBuf {
    let dir = temp_dir(name);
    git(&dir, &["init", "-q", "-b", "main"]);
    write(&dir, "README.md", "# payments\n");
    commit(&dir, "initial");
    write(
        &dir,
        ".env",
        &format!("STRIPE_SECRET={STRIPE}\nDB_PASSWORD=secret\n"),
    );
    commit(&dir, "add env");
    git(&dir, &["rm", "-q", ".env"]);
    commit(&dir, "remove env");
    write(
        &dir,
        "config/services.php",
        &format!(
            "<?php\nreturn [\n    'github' => '{GITHUB}',\n    'stripe' => env('STRIPE_SECRET'),\n];\n"
        ),
    );
    std::fs::write(
        dir.join("logo.png"),
        b"\x89PNG\r\n\x1a\n\0\0\0AKIAQ7XW3ZK5RT2MPN4V",
    )
    .unwrap();
    commit(&dir, "services");
    write(
        &dir,
        "docs/setup.md",
        "Set `STRIPE_SECRET` to your key, e.g. sk_live_xxxxxxxxxxxxxxxxxxxxxxxx.\n",
    );
    commit(&dir, "docs");
    dir
}

fn assert_redacted(run: &Run) {
    for secret in ALL {
        // The URL's secret is its password.
        let secret = secret
            .split(['@', ':'])
            .nth(2)
            .filter(|_| secret == DB_URL)
            .unwrap_or(secret);
        let tail = &secret[secret.len() - 8..];
        assert!(
            !run.stdout.contains(tail) && !run.stderr.contains(tail),
            "a secret leaked into the output:\n{}\n{}",
            run.stdout,
            run.stderr
        );
    }
}

/// `shipgate secrets scan ARGS... --format json` in `dir`.
fn scan_json(dir: &Path, args: &[&str]) -> Run {
    let mut all = vec!["secrets", "scan"];
    all.extend_from_slice(args);
    all.extend(["--format", "json"]);
    shipgate(dir, &all)
}

fn rules(run: &Run) -> Vec<String> {
    let value: serde_json::Value =
        serde_json::from_str(&run.stdout).unwrap_or_else(|e| panic!("{e}: {}", run.stdout));
    value["gates"][0]["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f.get("suppressed").is_none())
        .map(|f| {
            format!(
                "{} {}",
                f["rule"].as_str().unwrap(),
                f["location"]["path"].as_str().unwrap()
            )
        })
        .collect()
}

#[test]
fn the_tree_scan_reads_tracked_files_and_counts_what_it_skips() {
    let dir = repo("tree");
    write(&dir, "untracked.txt", &format!("token={GITLAB}\n"));
    let run = scan_json(&dir, &[]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert_eq!(rules(&run), ["github-token config/services.php"]);
    let value: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let stats = &value["gates"][0]["stats"];
    assert_eq!(stats["skipped_binary"], 1, "{stats}");
    assert!(run.stderr.contains("skipped 1 binary"), "{}", run.stderr);
    assert_redacted(&run);

    // A size limit and an exclude are counted, not silent.
    let run = shipgate(
        &dir,
        &[
            "secrets",
            "scan",
            "--format",
            "json",
            "--max-file-size",
            "20",
        ],
    );
    let value: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(run.code, 0, "{}", run.stdout);
    assert!(
        value["gates"][0]["stats"]["skipped_large"]
            .as_u64()
            .unwrap()
            >= 1
    );
    let run = shipgate(&dir, &["secrets", "scan", "--exclude", "config/**"]);
    assert_eq!(run.code, 0, "{}", run.stdout);
    assert!(run.stderr.contains("1 excluded"), "{}", run.stderr);

    // Outside git, every file is read.
    let plain = temp_dir("tree-plain");
    write(
        &plain,
        "a/b/settings.py",
        &format!("GITLAB_TOKEN = '{GITLAB}'\n"),
    );
    let run = scan_json(&plain, &[]);
    assert_eq!(rules(&run), ["gitlab-personal-token a/b/settings.py"]);
}

#[test]
fn history_finds_deleted_secrets_once_with_commit_author_and_date() {
    let dir = repo("history");
    // The same file content in many more commits is still one blob.
    for i in 0..5 {
        write(
            &dir,
            &format!("copy{i}/services.php"),
            &std::fs::read_to_string(dir.join("config/services.php")).unwrap(),
        );
        commit(&dir, &format!("copy {i}"));
    }
    let run = scan_json(&dir, &["--all-history"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let value: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let findings = value["gates"][0]["findings"].as_array().unwrap();
    assert_eq!(findings.len(), 2, "{findings:#?}");
    let stripe = findings
        .iter()
        .find(|f| f["rule"] == "stripe-secret-key")
        .unwrap();
    assert_eq!(stripe["location"]["path"], ".env");
    assert_eq!(
        stripe["properties"]["author"],
        "Dana Dev <dana@payments.test>"
    );
    assert_eq!(stripe["properties"]["date"], "2025-03-01T10:00:00Z");
    assert_eq!(stripe["location"]["commit"].as_str().unwrap().len(), 40);
    assert!(
        stripe["message"]
            .as_str()
            .unwrap()
            .contains("by Dana Dev on 2025-03-01")
    );
    assert!(run.stderr.contains("10 commits"), "{}", run.stderr);
    assert_redacted(&run);

    // The commits after HEAD~7 hold only the services file: REV itself is excluded.
    let run = scan_json(&dir, &["--since-commit", "HEAD~7"]);
    assert_eq!(rules(&run), ["github-token config/services.php"]);
    // A copy of a secret to a new path is a new exposure.
    let run = scan_json(&dir, &["--since-commit", "HEAD~6"]);
    assert_eq!(rules(&run), ["github-token copy0/services.php"]);
    let run = scan_json(&dir, &["--since-commit", "HEAD"]);
    assert_eq!(run.code, 0, "{}", run.stdout);
    assert!(run.stderr.contains("0 commits"), "{}", run.stderr);
    // History shorter than asked: everything is scanned, and the note says so.
    let run = shipgate(&dir, &["secrets", "scan", "--since-commit", "HEAD~50"]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr.contains("reaches past its start"),
        "{}",
        run.stderr
    );
    let run = shipgate(
        &dir,
        &["secrets", "scan", "--since-commit", "no-such-branch"],
    );
    assert_eq!(run.code, 2);
    assert!(
        run.stderr
            .contains("`no-such-branch` does not name a commit"),
        "{}",
        run.stderr
    );
    let plain = temp_dir("history-plain");
    let run = shipgate(&plain, &["secrets", "scan", "--all-history"]);
    // No repository is a runtime error (3), as DESIGN.md gives it.
    assert_eq!(run.code, 3);
    assert!(
        run.stderr.contains("not in a git repository"),
        "{}",
        run.stderr
    );
}

#[test]
fn a_shallow_clone_says_what_history_is_missing() {
    let dir = repo("shallow-origin");
    let clone = temp_dir("shallow");
    let url = format!("file://{}", dir.display());
    git(&clone, &["clone", "-q", "--depth", "2", &url, "."]);
    let run = scan_json(&clone, &["--all-history"]);
    let value: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let findings = value["gates"][0]["findings"].as_array().unwrap();
    let warning = findings
        .iter()
        .find(|f| f["rule"] == "history-incomplete")
        .unwrap();
    assert!(
        warning["help"]
            .as_str()
            .unwrap()
            .contains("git fetch --unshallow")
    );
    // The deleted Stripe key is in the missing history, so it cannot be found.
    assert!(!findings.iter().any(|f| f["rule"] == "stripe-secret-key"));
}

#[test]
fn staged_changes_report_only_new_secrets() {
    let dir = repo("staged");
    write(
        &dir,
        "config/services.php",
        &format!("<?php\nreturn [\n    'github' => '{GITHUB}',\n    'gitlab' => '{GITLAB}',\n];\n"),
    );
    git(&dir, &["add", "config/services.php"]);
    write(&dir, "unstaged.py", &format!("DB = '{DB_URL}'\n"));
    let run = scan_json(&dir, &["--staged"]);
    assert_eq!(run.code, 1);
    assert_eq!(rules(&run), ["gitlab-personal-token config/services.php"]);
    git(&dir, &["reset", "-q"]);
    let run = shipgate(&dir, &["secrets", "scan", "--staged"]);
    assert_eq!(run.code, 0, "{}", run.stdout);
}

#[test]
fn a_baseline_accepts_known_secrets_wherever_they_move_but_not_new_ones() {
    let dir = repo("baseline");
    let run = shipgate(&dir, &["secrets", "baseline"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let file = dir.join(".shipgate/secrets-baseline.json");
    let text = std::fs::read_to_string(&file).unwrap();
    assert!(
        text.contains("github-token") && !text.contains("Q7xW3z"),
        "{text}"
    );
    let scan = |dir: &Path| scan_json(dir, &["--baseline", ".shipgate/secrets-baseline.json"]);
    let run = scan(&dir);
    assert_eq!(run.code, 0, "{}", run.stdout);
    assert!(
        run.stdout.contains("\"kind\": \"baseline\""),
        "{}",
        run.stdout
    );
    // Moved to another line and file: still accepted.
    write(&dir, "config/services.php", "<?php\nreturn [];\n");
    write(
        &dir,
        "config/github.php",
        &format!("<?php\n\n\nreturn ['token' => '{GITHUB}'];\n"),
    );
    commit(&dir, "move");
    assert_eq!(scan(&dir).code, 0);
    // A new secret on the accepted line is found.
    write(
        &dir,
        "config/github.php",
        &format!("<?php\n\n\nreturn ['token' => '{GITHUB}', 'ci' => '{GITLAB}'];\n"),
    );
    let run = scan(&dir);
    assert_eq!(run.code, 1);
    assert_eq!(rules(&run), ["gitlab-personal-token config/github.php"]);
    // A broken baseline is an error that names the file, never a pass.
    std::fs::write(&file, "{").unwrap();
    let run = scan(&dir);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("secrets-baseline.json"),
        "{}",
        run.stderr
    );
}

#[test]
fn inline_allows_need_a_reason() {
    let dir = temp_dir("inline");
    write(
        &dir,
        "a.py",
        &format!(
            "A = '{GITHUB}'  # shipgate:allow revoked on 2025-02-01, kept for the parser test\nB = '{GITLAB}'  # shipgate:allow\n"
        ),
    );
    let run = scan_json(&dir, &[]);
    assert_eq!(rules(&run), ["gitlab-personal-token a.py"]);
    assert!(run.stdout.contains("revoked on 2025-02-01"));
    assert!(run.stdout.contains("gives no reason"));
}

#[test]
fn config_adds_rules_allowlists_and_test_key_levels() {
    let dir = temp_dir("config");
    write(
        &dir,
        "shipgate.toml",
        r#"
[secrets]
enabled = true
test_keys = "off"
exclude = ["vendor/**"]

[[secrets.allowlist]]
rules = ["github-token"]
paths = ["tests/fixtures/**"]
reason = "revoked fixtures"

[[secrets.allowlist]]
stopwords = ["sandbox"]

[[secrets.rules]]
id = "acme-ledger-token"
description = "ACME internal ledger token"
severity = "error"
regex = '''(acme_lt_[a-z0-9]{32})'''
keywords = ["acme_lt_"]
examples = ["LEDGER=acme_lt_0a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d"]
negative_examples = ["acme_lt_short"]
"#,
    );
    write(&dir, "tests/fixtures/keys.txt", &format!("{GITHUB}\n"));
    write(&dir, "vendor/lib.js", &format!("t='{GITLAB}'\n"));
    write(
        &dir,
        "app/ledger.env",
        "LEDGER=acme_lt_9f8e7d6c5b4a3f2e1d0c9b8a7f6e5d4c\nSANDBOX=glpat-sandboxQ7xW3zK5rT2mPn\n",
    );
    write(
        &dir,
        "app/billing.js",
        &format!("const key = '{STRIPE_TEST}';\n"),
    );
    let run = scan_json(&dir, &[]);
    assert_eq!(rules(&run), ["acme-ledger-token app/ledger.env"]);
    let run = shipgate(&dir, &["secrets", "rules", "check"]);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    assert!(run.stdout.contains("86 rules"), "{}", run.stdout);
    // `shipgate check` runs the gate.
    let run = shipgate(&dir, &["check"]);
    assert_eq!(run.code, 1, "{}{}", run.stdout, run.stderr);
    assert!(run.stdout.contains("secrets: fail"), "{}", run.stdout);

    // A rule whose example does not match fails `rules check`.
    let text = std::fs::read_to_string(dir.join("shipgate.toml")).unwrap();
    write(
        &dir,
        "shipgate.toml",
        &text.replace("acme_lt_0a1b", "acme_xx_0a1b"),
    );
    let run = shipgate(&dir, &["secrets", "rules", "check"]);
    assert_eq!(run.code, 1);
    assert!(
        run.stdout
            .contains("acme-ledger-token: example does not match"),
        "{}",
        run.stdout
    );
    // Unknown rule ids are errors that name the line.
    write(
        &dir,
        "shipgate.toml",
        "[secrets]\ndisable = [\"no-such-rule\"]\n",
    );
    let run = shipgate(&dir, &["secrets", "scan"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("shipgate.toml:2:") && run.stderr.contains("no-such-rule"),
        "{}",
        run.stderr
    );
    // Test keys are notes by default.
    write(&dir, "shipgate.toml", "[secrets]\n");
    let run = shipgate(
        &dir,
        &[
            "secrets",
            "scan",
            "--format",
            "json",
            "--exclude",
            "app/ledger.env",
        ],
    );
    assert!(run.stdout.contains("\"stripe-test-key\""));
}

fn formats_repo() -> std::path::PathBuf {
    let dir = repo("formats");
    write(
        &dir,
        "infra/main.tf",
        &format!("resource \"x\" \"y\" {{\n  url = \"{DB_URL}\"\n}}\n"),
    );
    commit(&dir, "infra");
    dir
}

fn scan_format(dir: &Path, format: &str) -> String {
    let run = shipgate(
        dir,
        &["secrets", "scan", "--all-history", "--format", format],
    );
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert_redacted(&run);
    scrub(&run.stdout)
}

#[test]
fn every_format_snapshot() {
    let dir = formats_repo();
    // Report times are today's; commit times are fixed in 2025.
    let today = &shipgate_ledger::time::now_rfc3339()[..11];
    let mut settings = insta::Settings::clone_current();
    settings.add_filter(&format!(r"{today}\d\d:\d\d:\d\d"), "[NOW]");
    settings.bind(|| {
        for format in [
            "text",
            "json",
            "sarif",
            "gitlab",
            "gitlab-security",
            "junit",
        ] {
            insta::assert_snapshot!(format!("secrets_{format}"), scan_format(&dir, format));
        }
    });
}

#[test]
fn the_pre_commit_hook_runs_a_staged_scan() {
    let hooks =
        std::fs::read_to_string(common::repo_root().join(".pre-commit-hooks.yaml")).unwrap();
    assert!(
        hooks.contains("entry: shipgate secrets scan --staged"),
        "{hooks}"
    );
    assert!(hooks.contains("pass_filenames: false"));
}
