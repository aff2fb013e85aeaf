//! Exit codes, configuration errors, discovery and the merge-request mode.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a test fails by panicking"
)]

mod common;

use common::{example, git, shipgate, temp_dir};

#[test]
fn check_fails_on_the_example_and_passes_on_safe_migrations() {
    let run = shipgate(&example(), &["check"]);
    assert_eq!(run.code, 1);
    assert!(run.stdout.contains("migrations: fail"));
    assert!(run.stdout.ends_with("overall: fail\n"));

    let dir = temp_dir("safe");
    std::fs::create_dir_all(dir.join("migrations")).unwrap();
    std::fs::write(
        dir.join("shipgate.toml"),
        "[migrations]\npaths = [\"migrations\"]\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("migrations/V1__init.sql"),
        "CREATE TABLE fees (id bigint PRIMARY KEY, amount numeric(19,4) NOT NULL);\n",
    )
    .unwrap();
    let run = shipgate(&dir, &["check"]);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    assert!(
        run.stdout
            .contains("migrations: pass (0 errors, 0 warnings, 0 notes) in 1 file, 1 statement;"),
        "{}",
        run.stdout
    );
}

#[test]
fn warnings_pass_unless_the_threshold_says_otherwise() {
    let dir = temp_dir("threshold");
    std::fs::create_dir_all(dir.join("migrations")).unwrap();
    std::fs::write(
        dir.join("migrations/V1__x.sql"),
        "ALTER TABLE shipments ADD COLUMN note text;\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("shipgate.toml"),
        "[migrations]\npaths = [\"migrations\"]\n",
    )
    .unwrap();
    let run = shipgate(&dir, &["check"]);
    assert_eq!(run.code, 0);
    assert!(run.stdout.contains("migrations: warn"), "{}", run.stdout);
    std::fs::write(
        dir.join("shipgate.toml"),
        "[migrations]\npaths = [\"migrations\"]\nfail_on = \"warning\"\n",
    )
    .unwrap();
    assert_eq!(shipgate(&dir, &["check"]).code, 1);
    std::fs::write(dir.join("shipgate.toml"), "[migrations]\npaths = [\"migrations\"]\nfail_on = \"warning\"\n[migrations.rules]\nmissing-lock-timeout = \"off\"\n").unwrap();
    assert_eq!(shipgate(&dir, &["check"]).code, 0);
}

#[test]
fn config_errors_name_file_line_and_column_and_exit_2() {
    let dir = temp_dir("config-error");
    std::fs::write(
        dir.join("shipgate.toml"),
        "[migrations]\ndialect = \"postgres\"\nfinancial_tabels = [\"x\"]\n",
    )
    .unwrap();
    let run = shipgate(&dir, &["check"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr
            .contains("shipgate.toml:3:1: unknown field `financial_tabels`"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("hint:"), "{}", run.stderr);

    std::fs::write(dir.join("shipgate.toml"), "[migrations]\nenabled = 1\n").unwrap();
    let run = shipgate(&dir, &["migrations", "check"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("shipgate.toml:2:11"), "{}", run.stderr);

    std::fs::write(
        dir.join("shipgate.toml"),
        "[migrations.rules]\ndroping-table = \"off\"\n",
    )
    .unwrap();
    let run = shipgate(&dir, &["check"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("unknown rule `droping-table`"),
        "{}",
        run.stderr
    );
}

#[test]
fn check_without_config_is_a_usage_error() {
    let dir = temp_dir("no-config");
    let run = shipgate(&dir, &["check"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("shipgate init"), "{}", run.stderr);
}

#[test]
fn init_writes_a_commented_default_and_refuses_to_overwrite() {
    let dir = temp_dir("init");
    assert_eq!(shipgate(&dir, &["init"]).code, 0);
    let text = std::fs::read_to_string(dir.join("shipgate.toml")).unwrap();
    assert!(text.contains("# The database production runs"));
    let again = shipgate(&dir, &["init"]);
    assert_eq!(again.code, 2);
    assert!(again.stderr.contains("--force"));
    assert_eq!(shipgate(&dir, &["init", "--force"]).code, 0);
    // The written default is itself a valid configuration: with a file to
    // scan, the secrets gate it enables passes.
    std::fs::write(dir.join("README.md"), "# app\n").unwrap();
    let run = shipgate(&dir, &["check"]);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
}

#[test]
fn config_is_found_upwards_and_paths_are_relative_to_it() {
    let nested = example().join("database/migrations");
    let run = shipgate(&nested, &["migrations", "check", "--format", "json"]);
    assert_eq!(run.code, 1);
    assert!(
        run.stdout
            .contains("\"path\": \"database/sql/V3__clean_up_withdrawals.sql\""),
        "{}",
        run.stdout
    );
}

#[test]
fn explicit_paths_dialect_and_version_flags() {
    let dir = temp_dir("flags");
    std::fs::write(
        dir.join("m.sql"),
        "ALTER TABLE t ADD COLUMN c varchar(10) AFTER b;\n",
    )
    .unwrap();
    let at = |version: &str| {
        shipgate(
            &dir,
            &[
                "migrations",
                "check",
                "m.sql",
                "--dialect",
                "mysql",
                "--db-version",
                version,
            ],
        )
    };
    assert_eq!(at("8.0.28").code, 1);
    assert_eq!(at("8.0.29").code, 0);
    let bad = at("eight");
    assert_eq!(bad.code, 2);
    assert!(bad.stderr.contains("`eight`"), "{}", bad.stderr);
    let missing = shipgate(&dir, &["migrations", "check", "nope.sql"]);
    assert_eq!(missing.code, 2);
    assert!(
        missing.stderr.contains("`nope.sql` does not exist"),
        "{}",
        missing.stderr
    );
}

#[test]
fn postgres_versions_outside_11_to_18_are_a_usage_error() {
    let dir = temp_dir("pg-versions");
    std::fs::write(
        dir.join("m.sql"),
        "MERGE INTO t USING s ON t.id = s.id WHEN MATCHED THEN DELETE;\n",
    )
    .unwrap();
    let at = |version: &str| {
        shipgate(
            &dir,
            &[
                "migrations",
                "check",
                "m.sql",
                "--dialect",
                "postgres",
                "--db-version",
                version,
            ],
        )
    };
    for version in ["10", "9.6", "19"] {
        let run = at(version);
        assert_eq!(run.code, 2, "{version}: {}", run.stderr);
        assert!(
            run.stderr.contains("PostgreSQL 11 to 18")
                && run.stderr.contains(&format!("PostgreSQL {version}")),
            "{}",
            run.stderr
        );
    }
    // MERGE is PostgreSQL 15's: refused by 14, read by 15.
    let old = at("14");
    assert_eq!(old.code, 1);
    assert!(
        old.stdout.contains("requires-newer-postgres"),
        "{}",
        old.stdout
    );
    assert!(
        old.stdout.contains("needs PostgreSQL 15 or later"),
        "{}",
        old.stdout
    );
    assert!(!at("15").stdout.contains("requires-newer-postgres"));
}

#[test]
fn unreadable_input_fails_the_gate_with_a_location() {
    let dir = temp_dir("unreadable");
    std::fs::write(dir.join("V1__latin1.sql"), b"-- caf\xe9\nDROP TABLE x;\n").unwrap();
    std::fs::write(dir.join("V2__binary.sql"), b"\x00\x01\x02binary").unwrap();
    std::fs::write(
        dir.join("V3__broken.sql"),
        "ALTER TABEL fees ADD COLUMN x int;\n",
    )
    .unwrap();
    let run = shipgate(&dir, &["migrations", "check", ".", "--format", "json"]);
    assert_eq!(run.code, 1);
    let value: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let rules: Vec<(String, String, u64)> = value["gates"][0]["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["rule"].as_str().unwrap().to_owned(),
                f["location"]["path"].as_str().unwrap().to_owned(),
                f["location"]["line"].as_u64().unwrap(),
            )
        })
        .collect();
    assert!(
        rules.contains(&("unreadable-migration".into(), "V1__latin1.sql".into(), 1)),
        "{rules:?}"
    );
    assert!(
        rules.contains(&("unreadable-migration".into(), "V2__binary.sql".into(), 1)),
        "{rules:?}"
    );
    assert!(
        rules.contains(&("unparseable-statement".into(), "V3__broken.sql".into(), 1)),
        "{rules:?}"
    );
}

#[test]
fn changed_since_checks_only_the_change_set_but_knows_the_whole_schema() {
    let dir = temp_dir("changed");
    std::fs::create_dir_all(dir.join("db")).unwrap();
    std::fs::write(
        dir.join("shipgate.toml"),
        "[migrations]\npaths = [\"db\"]\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("db/V1__init.sql"),
        "CREATE TABLE fees (code varchar(10));\n",
    )
    .unwrap();
    std::fs::write(dir.join("db/V2__old.sql"), "DROP TABLE legacy;\n").unwrap();
    git(&dir, &["init", "-q"]);
    git(&dir, &["add", "."]);
    git(&dir, &["commit", "-q", "-m", "base"]);
    // The new migration widens a column declared in V1: safe only if V1 is read too.
    std::fs::write(
        dir.join("db/V3__widen.sql"),
        "SET lock_timeout = '1s';\nALTER TABLE fees ALTER COLUMN code TYPE varchar(20);\n",
    )
    .unwrap();
    let run = shipgate(
        &dir,
        &[
            "migrations",
            "check",
            "--changed-since",
            "HEAD",
            "--format",
            "json",
        ],
    );
    assert_eq!(
        run.code, 0,
        "V2's DROP TABLE is outside the change set: {}",
        run.stdout
    );
    assert!(run.stdout.contains("\"files\": 1"), "{}", run.stdout);

    std::fs::write(
        dir.join("db/V3__widen.sql"),
        "ALTER TABLE fees ALTER COLUMN code TYPE varchar(5);\n",
    )
    .unwrap();
    let run = shipgate(&dir, &["migrations", "check", "--changed-since", "HEAD"]);
    assert_eq!(run.code, 1);
    assert!(
        run.stdout.contains("from `varchar(10)` to `varchar(5)`"),
        "{}",
        run.stdout
    );

    let bad = shipgate(&dir, &["migrations", "check", "--changed-since", "HEAD~5"]);
    assert_eq!(bad.code, 2);
    assert!(
        bad.stderr.contains("HEAD~5") && bad.stderr.contains("shallow"),
        "{}",
        bad.stderr
    );
}

#[test]
fn rules_and_rule_documentation() {
    let dir = example();
    let list = shipgate(&dir, &["rules"]);
    assert_eq!(list.code, 0);
    assert!(list.stdout.lines().count() >= 25);
    let doc = shipgate(&dir, &["rule", "setting-not-null"]);
    assert_eq!(doc.code, 0);
    for section in [
        "## What it does",
        "## Why is this bad?",
        "## Example",
        "Use instead:",
    ] {
        assert!(doc.stdout.contains(section), "{section} missing");
    }
    let unknown = shipgate(&dir, &["rule", "not-null"]);
    assert_eq!(unknown.code, 2);
    assert!(
        unknown
            .stderr
            .contains("did you mean `not-null-unwritten-column`, `setting-not-null`?"),
        "{}",
        unknown.stderr
    );
}

#[test]
fn output_file_and_summary_on_stderr() {
    let dir = temp_dir("output");
    let out = dir.join("report.sarif");
    let run = shipgate(
        &example(),
        &[
            "check",
            "--format",
            "sarif",
            "--output",
            out.to_str().unwrap(),
        ],
    );
    assert_eq!(run.code, 1);
    assert!(run.stdout.is_empty());
    assert!(run.stderr.contains("migrations: fail"), "{}", run.stderr);
    assert!(
        std::fs::read_to_string(out)
            .unwrap()
            .contains("\"version\": \"2.1.0\"")
    );
}

#[test]
fn usage_errors_exit_2() {
    let run = shipgate(&example(), &["check", "--format", "yaml"]);
    assert_eq!(run.code, 2);
    let run = shipgate(&example(), &["frobnicate"]);
    assert_eq!(run.code, 2);
}

#[test]
fn coverage_check_exit_codes_and_errors() {
    let dir = temp_dir("coverage");
    std::fs::create_dir_all(dir.join("src")).unwrap();
    std::fs::write(dir.join("src/lib.rs"), "").unwrap();
    let lcov = format!(
        "SF:{}/src/lib.rs\nDA:1,1\nDA:2,1\nDA:3,0\nend_of_record\n",
        dir.display()
    );
    std::fs::write(dir.join("lcov.info"), &lcov).unwrap();
    std::fs::write(
        dir.join("shipgate.toml"),
        "[coverage]\nreport = \"lcov.info\"\n[[coverage.floors]]\npath = \"src\"\nlines = 60\n",
    )
    .unwrap();
    let run = shipgate(&dir, &["coverage", "check"]);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    assert!(
        run.stdout
            .contains("`src`: lines 66.7% (2/3, 1 file) meets the floor of 60%"),
        "{}",
        run.stdout
    );

    std::fs::write(
        dir.join("shipgate.toml"),
        "[coverage]\n[[coverage.floors]]\npath = \"src\"\nlines = 90\n",
    )
    .unwrap();
    let run = shipgate(
        &dir,
        &["coverage", "check", "lcov.info", "--format", "json"],
    );
    assert_eq!(run.code, 1);
    assert!(
        run.stdout.contains("\"rule\": \"coverage-below-floor\""),
        "{}",
        run.stdout
    );

    std::fs::write(dir.join("broken.info"), &lcov[..lcov.len() - 15]).unwrap();
    let run = shipgate(&dir, &["coverage", "check", "broken.info"]);
    assert_eq!(
        run.code, 3,
        "a corrupt report is never a pass: it is a runtime error"
    );
    assert!(
        run.stderr.contains("broken.info") && run.stderr.contains("truncated"),
        "{}",
        run.stderr
    );

    let run = shipgate(&dir, &["coverage", "check", "missing.xml"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("missing.xml"), "{}", run.stderr);

    std::fs::write(
        dir.join("shipgate.toml"),
        "[coverage]\nreport = \"lcov.info\"\n",
    )
    .unwrap();
    let run = shipgate(&dir, &["coverage", "check"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("no coverage floor is configured"),
        "{}",
        run.stderr
    );

    std::fs::write(dir.join("shipgate.toml"), "[coverage]\nlines = 140\n").unwrap();
    let run = shipgate(&dir, &["coverage", "check", "lcov.info"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("shipgate.toml:2:9") && run.stderr.contains("not a percentage"),
        "{}",
        run.stderr
    );
}

#[test]
fn vulns_and_container_checks_with_waivers() {
    let fixtures = common::repo_root().join("crates/shipgate-vulns/tests/fixtures");
    let dir = temp_dir("vulns");
    std::fs::copy(fixtures.join("npm-audit.json"), dir.join("npm-audit.json")).unwrap();
    std::fs::copy(fixtures.join("trivy-image.json"), dir.join("trivy.json")).unwrap();
    std::fs::write(dir.join("shipgate.toml"), "[vulns]\nenabled = true\nreports = [\"npm-audit.json\"]\n[container]\nenabled = true\nreports = [\"trivy.json\"]\n").unwrap();
    let run = shipgate(&dir, &["check"]);
    assert_eq!(run.code, 1);
    assert!(
        run.stdout
            .contains("vulns: fail (1 error, 1 warning, 0 notes)"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout
            .contains("container: fail (2 errors, 0 warnings, 1 note)"),
        "{}",
        run.stdout
    );

    std::fs::create_dir_all(dir.join(".shipgate")).unwrap();
    std::fs::write(
        dir.join(".shipgate/waivers.toml"),
        "[[waiver]]\nid = \"CVE-2021-44906\"\nreason = \"build-time only\"\napproved_by = \"alice\"\nexpires = 2999-01-01\n",
    )
    .unwrap();
    let run = shipgate(&dir, &["vulns", "check", "--format", "json"]);
    // The waiver names the CVE; npm reported the GHSA. Without the alias the waiver is stale.
    assert!(
        run.stdout.contains("\"rule\": \"stale-waiver\""),
        "{}",
        run.stdout
    );
    std::fs::write(
        dir.join(".shipgate/waivers.toml"),
        "[[waiver]]\nid = \"GHSA-xvch-5gv4-984h\"\nreason = \"build-time only\"\napproved_by = \"alice\"\nexpires = 2999-01-01\n",
    )
    .unwrap();
    let run = shipgate(&dir, &["vulns", "check", "--format", "json"]);
    assert_eq!(
        run.code, 0,
        "the critical finding is waived: {}",
        run.stdout
    );
    assert!(
        run.stdout
            .contains("\"reason\": \"waived by alice until 2999-01-01: build-time only\""),
        "{}",
        run.stdout
    );

    let run = shipgate(&dir, &["container", "check", "--report", "npm-audit.json"]);
    assert_eq!(run.code, 2);
    let run = shipgate(&dir, &["vulns", "check", "--report", "missing.json"]);
    assert_eq!(run.code, 2);
    std::fs::write(
        dir.join("broken.json"),
        "{\"SchemaVersion\": 2, \"Results\": [",
    )
    .unwrap();
    let run = shipgate(&dir, &["container", "check", "--report", "broken.json"]);
    assert_eq!(
        run.code, 3,
        "a truncated report is never a pass: it is a runtime error"
    );
    assert!(
        run.stderr.contains("broken.json: not valid JSON"),
        "{}",
        run.stderr
    );
    let run = shipgate(&dir, &["container", "check", "--format", "gitlab-security"]);
    let value: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(value["scan"]["type"], "container_scanning");
    assert_eq!(
        value["vulnerabilities"][0]["location"]["image"],
        "registry.gitlab.com/company/platform/app:3f2c9e1"
    );
    assert_eq!(value["vulnerabilities"][0]["severity"], "Critical");
}

#[test]
fn vulns_check_lockfiles_against_an_offline_osv_database() {
    let fixtures = common::repo_root().join("crates/shipgate-vulns/tests/fixtures");
    let dir = temp_dir("osv");
    let lock = fixtures.join("lockfiles/composer.lock");
    let db = fixtures.join("osv");
    let run = shipgate(
        &dir,
        &[
            "vulns",
            "check",
            "--lockfile",
            lock.to_str().unwrap(),
            "--osv-db",
            db.to_str().unwrap(),
            "--format",
            "json",
        ],
    );
    assert_eq!(
        run.code, 1,
        "a critical advisory fails the gate: {}",
        run.stderr
    );
    let value: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let advisories: Vec<&str> = value["gates"][0]["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["properties"]["advisory"].as_str().unwrap())
        .collect();
    assert_eq!(
        advisories,
        [
            "CVE-2022-31091",
            "GHSA-3p32-j457-pg5x",
            "GHSA-754h-5r27-7x3r"
        ]
    );
    let run = shipgate(
        &dir,
        &["vulns", "check", "--lockfile", lock.to_str().unwrap()],
    );
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("--osv-db"), "{}", run.stderr);
    std::fs::write(dir.join("Gemfile.lock"), "GEM\n").unwrap();
    let run = shipgate(
        &dir,
        &[
            "vulns",
            "check",
            "--lockfile",
            "Gemfile.lock",
            "--osv-db",
            db.to_str().unwrap(),
        ],
    );
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("not a lockfile shipgate reads"),
        "{}",
        run.stderr
    );
}

#[test]
fn every_gate_has_its_rules_listed_and_documented() {
    let list = shipgate(&example(), &["rules", "--format", "json"]);
    let value: serde_json::Value = serde_json::from_str(&list.stdout).unwrap();
    let gates: std::collections::BTreeSet<&str> = value["rules"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["gate"].as_str().unwrap())
        .collect();
    assert_eq!(
        gates.into_iter().collect::<Vec<_>>(),
        [
            "all",
            "coverage",
            "migrations",
            "migrations-trace",
            "secrets",
            "vulns"
        ]
    );
    for id in [
        "gate-error",
        "observed-rewrite",
        "expired-waiver",
        "stripe-webhook-secret",
        "history-incomplete",
        "coverage-floor-unmatched",
        "dropping-table",
    ] {
        let doc = shipgate(&example(), &["rule", id]);
        assert_eq!(doc.code, 0, "{id}: {}", doc.stderr);
        assert!(doc.stdout.contains("## What it does"), "{id}");
    }
}

/// Issue 9 #14: a command's help lists the flags it takes, not every flag
/// of every command.
#[test]
fn help_lists_only_the_flags_a_command_takes() {
    let dir = temp_dir("help-flags");
    let verify = shipgate(&dir, &["ledger", "verify", "--help"]);
    assert_eq!(verify.code, 0);
    assert!(verify.stdout.contains("--public-key"), "{}", verify.stdout);
    assert!(verify.stdout.contains("--ledger"), "{}", verify.stdout);
    assert!(!verify.stdout.contains("--record"), "{}", verify.stdout);
    let lines = verify.stdout.lines().count();
    assert!(lines < 45, "{lines} lines:\n{}", verify.stdout);
    let rules = shipgate(&dir, &["rules", "--help"]);
    for flag in ["--record", "--ledger", "--output"] {
        assert!(!rules.stdout.contains(flag), "{flag}: {}", rules.stdout);
    }
    let scan = shipgate(&dir, &["secrets", "scan", "--help"]);
    for flag in ["--record", "--ledger", "--output", "--format", "--config"] {
        assert!(scan.stdout.contains(flag), "{flag}: {}", scan.stdout);
    }
    let baseline = shipgate(&dir, &["secrets", "baseline", "--help"]);
    assert!(!baseline.stdout.contains("--record"), "{}", baseline.stdout);
}

/// Issue 9 #16: a configuration error with no place in the file names the
/// file alone, never `file::`.
#[test]
fn a_file_level_config_error_has_no_empty_position() {
    let dir = temp_dir("file-level-error");
    std::fs::write(
        dir.join("shipgate.toml"),
        "[migrations]\nmax_statement_bytes = 0\n",
    )
    .unwrap();
    let run = shipgate(&dir, &["migrations", "check"]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(!run.stderr.contains("::"), "{}", run.stderr);
    assert!(
        run.stderr
            .contains("shipgate.toml: `[migrations] max_statement_bytes` is 0"),
        "{}",
        run.stderr
    );
}
