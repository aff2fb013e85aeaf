//! The coverage gate on reports in the shapes `PHPUnit` and cargo-llvm-cov write.

#![allow(clippy::unwrap_used, reason = "a test fails by panicking")]

use std::path::{Path, PathBuf};

use shipgate_config::Config;
use shipgate_coverage::{ConfigSource, check, parse};
use shipgate_report::Outcome;

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests")
}

fn repo() -> PathBuf {
    fixtures().join("repo")
}

fn read(name: &str) -> Vec<u8> {
    std::fs::read(fixtures().join("fixtures").join(name)).unwrap()
}

fn config(toml: &str) -> Config {
    Config::from_str_at(toml, &repo().join("shipgate.toml")).unwrap()
}

fn run(report: &str, toml: &str) -> shipgate_report::GateReport {
    let parsed = parse(&read(report), report, &repo()).unwrap();
    let config = config(toml);
    check(
        &parsed,
        &config.coverage,
        report,
        &ConfigSource {
            display: "shipgate.toml",
            text: toml,
        },
    )
}

#[test]
fn phpunit_paths_resolve_from_source_and_filename() {
    let report = parse(&read("phpunit-cobertura.xml"), "coverage.xml", &repo()).unwrap();
    let paths: Vec<&str> = report.files.keys().map(String::as_str).collect();
    assert_eq!(
        paths,
        [
            "app/Services/Commission/Calculator.php",
            "app/Services/Payment/Gateway.php",
            "app/Services/Withdrawal/Processor.php"
        ]
    );
    let gateway = &report.files["app/Services/Payment/Gateway.php"];
    assert_eq!((gateway.lines_covered, gateway.lines_total), (9, 10));
    assert_eq!((gateway.branches_covered, gateway.branches_total), (1, 2));
}

#[test]
fn cargo_llvm_cov_lcov_resolves_absolute_paths() {
    let report = parse(&read("cargo-llvm-cov.lcov"), "lcov.info", &repo()).unwrap();
    let lib = &report.files["src/lib.rs"];
    assert_eq!(
        (
            lib.lines_covered,
            lib.lines_total,
            lib.branches_covered,
            lib.branches_total
        ),
        (2, 3, 1, 2)
    );
    assert_eq!(report.files["src/verify.rs"].lines_covered, 2);
}

const SEED: &str = r#"[coverage]
enabled = true
lines = 80

[[coverage.floors]]
path = "app/Services/Payment"
lines = 90

[[coverage.floors]]
path = "app/Services/Commission"
lines = 90

[[coverage.floors]]
path = "app/Services/Withdrawal"
lines = 90
"#;

#[test]
fn floors_per_path_fail_and_pass_with_measured_values() {
    let gate = run("phpunit-cobertura.xml", SEED);
    assert_eq!(gate.outcome(), Outcome::Fail);
    let messages: Vec<(&str, &str, u32)> = gate
        .findings
        .iter()
        .map(|f| (f.rule.as_str(), f.message.as_str(), f.location.line))
        .collect();
    assert!(
        messages.iter().any(|(r, m, l)| *r == "coverage-below-floor"
            && m.starts_with(
                "`app/Services/Commission`: lines 50.0% (2/4, 1 file) is below the floor of 90%"
            )
            && *l == 10),
        "{messages:#?}"
    );
    assert!(
        messages.iter().any(|(r, m, _)| *r == "coverage-floor-met"
            && m.starts_with("`app/Services/Payment`: lines 90.0% (9/10")),
        "{messages:#?}"
    );
    assert!(
        messages.iter().any(|(r, m, _)| *r == "coverage-floor-met"
            && m.starts_with("overall: lines 81.2% (13/16, 3 files)")),
        "{messages:#?}"
    );
    assert!(
        messages
            .iter()
            .any(|(_, m, _)| m.contains("lowest: app/Services/Commission/Calculator.php 50.0%")),
        "{messages:#?}"
    );
}

#[test]
fn a_floor_that_matches_nothing_fails() {
    let toml = "[coverage]\n[[coverage.floors]]\npath = \"app/Service/Payment\"\nlines = 90\n";
    let gate = run("phpunit-cobertura.xml", toml);
    assert_eq!(gate.outcome(), Outcome::Fail);
    assert_eq!(gate.findings[0].rule, "coverage-floor-unmatched");
    assert!(
        gate.findings[0]
            .message
            .contains("`app/Service/Payment` matches no file"),
        "{}",
        gate.findings[0].message
    );
    assert!(
        gate.findings[0]
            .message
            .contains("`app/Services/Commission/Calculator.php`")
    );
}

#[test]
fn globs_and_branch_floors() {
    let toml = "[coverage]\n[[coverage.floors]]\npath = \"app/**/Gateway.php\"\nlines = 85\nbranches = 60\n";
    let gate = run("phpunit-cobertura.xml", toml);
    let rules: Vec<&str> = gate.findings.iter().map(|f| f.rule.as_str()).collect();
    assert_eq!(
        rules,
        ["coverage-below-floor", "coverage-floor-met"],
        "{:#?}",
        gate.findings
    );
    assert!(gate.findings[0].message.contains("branches 50.0% (1/2"));
    // No branch data at all cannot be proven to meet a branch floor.
    let toml =
        "[coverage]\n[[coverage.floors]]\npath = \"app/Services/Withdrawal\"\nbranches = 10\n";
    let gate = run("phpunit-cobertura.xml", toml);
    assert!(
        gate.findings[0].message.contains("has no branches data"),
        "{}",
        gate.findings[0].message
    );
}

#[test]
fn corrupt_and_truncated_reports_are_errors_naming_the_file() {
    let xml = String::from_utf8(read("phpunit-cobertura.xml")).unwrap();
    let truncated = &xml[..xml.len() / 2];
    let err = parse(truncated.as_bytes(), "coverage.xml", &repo()).unwrap_err();
    assert!(err.to_string().starts_with("coverage.xml"), "{err}");
    let lcov = String::from_utf8(read("cargo-llvm-cov.lcov")).unwrap();
    let err = parse(&lcov.as_bytes()[..lcov.len() - 20], "lcov.info", &repo()).unwrap_err();
    assert!(err.to_string().contains("truncated"), "{err}");
    let err = parse(b"SF:a\nDA:x,1\nend_of_record\n", "lcov.info", &repo()).unwrap_err();
    assert_eq!(
        err.to_string(),
        "lcov.info:2: `x` is not a number in `DA:x,1`"
    );
    assert!(parse(b"{\"json\": true}", "c.json", &repo()).is_err());
    assert!(parse(b"", "c.xml", &repo()).is_err());
    assert!(
        parse(b"<html><body/></html>", "c.xml", &repo())
            .unwrap_err()
            .to_string()
            .contains("no <coverage>")
    );
}
