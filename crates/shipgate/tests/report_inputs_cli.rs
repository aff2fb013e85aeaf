//! Scanner reports, coverage reports, lockfiles and waivers that cannot be
//! used: a path that names nothing is a usage error (2), an existing file
//! that cannot be read or parsed is a runtime error (3), and a waivers file
//! (configuration) with a bad value is 2.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a test fails by panicking"
)]

mod common;

use common::{repo_root, shipgate, temp_dir};

fn trivy() -> std::path::PathBuf {
    repo_root().join("crates/shipgate-vulns/tests/fixtures/trivy-image.json")
}

#[test]
fn unreadable_scanner_reports_are_runtime_errors() {
    let dir = temp_dir("inputs-vulns");
    std::fs::copy(trivy(), dir.join("trivy.json")).unwrap();
    std::fs::create_dir_all(dir.join("folder.json")).unwrap();
    std::fs::write(
        dir.join("broken.json"),
        "{\"SchemaVersion\": 2, \"Results\": [",
    )
    .unwrap();
    for gate in ["vulns", "container"] {
        // Exists, but is a folder: the read fails with an OS error.
        let run = shipgate(&dir, &[gate, "check", "--report", "folder.json"]);
        assert_eq!(run.code, 3, "{gate}: {}", run.stderr);
        assert!(
            run.stderr.contains("cannot read the report `folder.json`"),
            "{}",
            run.stderr
        );
        // Exists, but is not a report.
        let run = shipgate(&dir, &[gate, "check", "--report", "broken.json"]);
        assert_eq!(run.code, 3, "{gate}: {}", run.stderr);
        assert!(
            run.stderr.contains("broken.json: not valid JSON"),
            "{}",
            run.stderr
        );
        // Names nothing: a wrong argument.
        let run = shipgate(&dir, &[gate, "check", "--report", "missing.json"]);
        assert_eq!(run.code, 2, "{gate}: {}", run.stderr);
        assert!(run.stderr.contains("missing.json"), "{}", run.stderr);
    }
    // A readable report still gives a gate result.
    let run = shipgate(&dir, &["container", "check", "--report", "trivy.json"]);
    assert!(run.code == 0 || run.code == 1, "{}", run.stderr);
}

#[test]
fn unreadable_coverage_reports_are_runtime_errors() {
    let dir = temp_dir("inputs-coverage");
    std::fs::write(dir.join("shipgate.toml"), "[coverage]\nlines = 50\n").unwrap();
    std::fs::create_dir_all(dir.join("coverage.xml")).unwrap();
    std::fs::write(dir.join("garbage.xml"), "<coverage").unwrap();
    let run = shipgate(&dir, &["coverage", "check", "coverage.xml"]);
    assert_eq!(run.code, 3, "{}", run.stderr);
    assert!(
        run.stderr.contains("cannot read the coverage report"),
        "{}",
        run.stderr
    );
    let run = shipgate(&dir, &["coverage", "check", "garbage.xml"]);
    assert_eq!(run.code, 3, "{}", run.stderr);
    let run = shipgate(&dir, &["coverage", "check", "missing.xml"]);
    assert_eq!(run.code, 2, "{}", run.stderr);
}

#[test]
fn lockfiles_corrupt_or_of_an_unknown_kind() {
    let db = repo_root().join("crates/shipgate-vulns/tests/fixtures/osv");
    let dir = temp_dir("inputs-lockfiles");
    std::fs::write(dir.join("composer.lock"), "{\"packages\": [").unwrap();
    std::fs::write(dir.join("Gemfile.lock"), "GEM\n").unwrap();
    let args = |lock: &'static str| {
        vec![
            "vulns",
            "check",
            "--lockfile",
            lock,
            "--osv-db",
            db.to_str().unwrap(),
        ]
    };
    let run = shipgate(&dir, &args("composer.lock"));
    assert_eq!(run.code, 3, "{}", run.stderr);
    let run = shipgate(&dir, &args("Gemfile.lock"));
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(
        run.stderr.contains("not a lockfile shipgate reads"),
        "{}",
        run.stderr
    );
    let run = shipgate(
        &dir,
        &[
            "vulns",
            "check",
            "--lockfile",
            "composer.lock",
            "--osv-db",
            "no-such-db",
        ],
    );
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(run.stderr.contains("no-such-db"), "{}", run.stderr);
}

#[test]
fn a_quoted_waiver_date_says_to_write_it_without_quotes() {
    let dir = temp_dir("inputs-waivers");
    std::fs::copy(trivy(), dir.join("trivy.json")).unwrap();
    std::fs::create_dir_all(dir.join(".shipgate")).unwrap();
    std::fs::write(
        dir.join(".shipgate/waivers.toml"),
        "[[waiver]]\nid = \"CVE-2023-0001\"\nreason = \"r\"\napproved_by = \"a\"\nexpires = \"2025-01-31\"\n",
    )
    .unwrap();
    let run = shipgate(&dir, &["container", "check", "--report", "trivy.json"]);
    assert_eq!(run.code, 2, "a configuration value: {}", run.stderr);
    assert!(
        run.stderr.contains(".shipgate/waivers.toml:5:11")
            && run.stderr.contains("write the date without quotes"),
        "{}",
        run.stderr
    );
}

#[test]
fn summaries_count_one_in_the_singular() {
    let dir = temp_dir("inputs-plurals");
    std::fs::write(dir.join("V1__t.sql"), "CREATE TABLE t (id int);\n").unwrap();
    let run = shipgate(&dir, &["migrations", "check", "V1__t.sql"]);
    assert!(
        run.stdout.contains(" in 1 file, 1 statement;"),
        "{}",
        run.stdout
    );
    std::fs::write(dir.join("V2__u.sql"), "CREATE TABLE u (id int);\n").unwrap();
    let run = shipgate(&dir, &["migrations", "check", "."]);
    assert!(
        run.stdout.contains(" in 2 files, 2 statements;"),
        "{}",
        run.stdout
    );

    // One advisory in a composer audit report.
    std::fs::write(
        dir.join("composer-audit.json"),
        r#"{"advisories": {"guzzlehttp/guzzle": [{"advisoryId": "PKSA-1", "packageName": "guzzlehttp/guzzle", "affectedVersions": "<7.4.5", "title": "t", "cve": "CVE-2022-31090", "link": "https://example.invalid", "reportedAt": "2022-06-20 22:24:00", "sources": [], "severity": "high"}]}, "abandoned": {}}"#,
    )
    .unwrap();
    let run = shipgate(&dir, &["vulns", "check", "--report", "composer-audit.json"]);
    assert!(
        run.stdout.contains("1 advisory"),
        "{}{}",
        run.stdout,
        run.stderr
    );
    assert!(!run.stdout.contains("1 advisories"), "{}", run.stdout);
}
