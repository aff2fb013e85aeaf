//! The gate's entry point, `shipgate_vulns::check`: typed inputs in, the gate
//! report out, and a typed error naming the file for every input it cannot use.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a test fails by panicking"
)]

use std::path::{Path, PathBuf};

use shipgate_config::{Treatment, VulnThreshold, VulnsConfig};
use shipgate_report::{Outcome, Severity};
use shipgate_vulns::check::InputKind;
use shipgate_vulns::gate::{GateKind, Policy, Treatment as T};
use shipgate_vulns::parsers::ReportFormat;
use shipgate_vulns::severity::VulnSeverity;
use shipgate_vulns::{CheckError, InputFile, Inputs, WaiversFile, check};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

fn fixture(name: &str) -> InputFile {
    InputFile::new(fixtures().join(name), name)
}

fn temp(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!(
        "shipgate-vulns-check-{name}-{}",
        std::process::id()
    ));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn inputs(kind: GateKind) -> Inputs {
    Inputs {
        kind,
        reports: Vec::new(),
        report_format: None,
        lockfiles: Vec::new(),
        osv_db: None,
        waivers: None,
        policy: match kind {
            GateKind::Dependencies => Policy::DEPENDENCIES,
            GateKind::Container => Policy::CONTAINERS,
        },
        today: "2026-11-30".to_owned(),
    }
}

fn advisories(report: &shipgate_report::GateReport) -> Vec<String> {
    let mut ids: Vec<String> = report
        .findings
        .iter()
        .filter_map(|f| f.properties.get("advisory").map(ToString::to_string))
        .collect();
    ids.sort();
    ids
}

#[test]
fn a_container_report_gives_the_gate_report() {
    let mut i = inputs(GateKind::Container);
    i.reports.push(fixture("trivy-image.json"));
    let report = check(&i).unwrap();
    assert_eq!(report.gate, "container");
    assert_eq!(report.outcome(), Outcome::Fail);
    assert_eq!(
        advisories(&report),
        ["CVE-2023-29491", "CVE-2023-38545", "CVE-2023-4911"]
    );
    // A forced format reads the same report the same way.
    i.report_format = Some(ReportFormat::Trivy);
    assert_eq!(advisories(&check(&i).unwrap()).len(), 3);
}

#[test]
fn lockfiles_are_matched_against_the_osv_database() {
    let mut i = inputs(GateKind::Dependencies);
    i.lockfiles.push(fixture("lockfiles/composer.lock"));
    i.osv_db = Some(fixtures().join("osv"));
    let report = check(&i).unwrap();
    assert_eq!(
        advisories(&report),
        [
            "CVE-2022-31091",
            "GHSA-3p32-j457-pg5x",
            "GHSA-754h-5r27-7x3r"
        ]
    );
    assert_eq!(report.outcome(), Outcome::Fail);
}

#[test]
fn the_policy_comes_from_the_config_section() {
    let default = VulnsConfig::default();
    let deps = Policy::from_config(&default, GateKind::Dependencies);
    assert_eq!(deps.fail_on, VulnSeverity::Critical);
    assert_eq!(deps.unknown_severity, T::Fail);
    assert_eq!(deps.abandoned, T::Warn);
    assert_eq!(
        Policy::from_config(&default, GateKind::Container).fail_on,
        VulnSeverity::High
    );
    let section = VulnsConfig {
        fail_on: Some(VulnThreshold::Low),
        unknown_severity: Some(Treatment::Warn),
        abandoned: Some(Treatment::Fail),
        ..VulnsConfig::default()
    };
    let set = Policy::from_config(&section, GateKind::Container);
    assert_eq!(set.fail_on, VulnSeverity::Low);
    assert_eq!(set.unknown_severity, T::Warn);
    assert_eq!(set.abandoned, T::Fail);

    // The policy decides: a low finding fails only under `fail_on = "low"`.
    let mut i = inputs(GateKind::Container);
    i.reports.push(fixture("trivy-image.json"));
    let low = |r: &shipgate_report::GateReport| {
        r.findings
            .iter()
            .find(|f| f.properties.get("advisory").map(String::as_str) == Some("CVE-2023-29491"))
            .unwrap()
            .severity
    };
    assert_eq!(low(&check(&i).unwrap()), Severity::Info);
    i.policy = set;
    assert_eq!(low(&check(&i).unwrap()), Severity::Error);
}

#[test]
fn waivers_suppress_and_a_missing_optional_file_is_none() {
    let dir = temp("waivers");
    let path = dir.join("waivers.toml");
    std::fs::write(
        &path,
        "[[waiver]]\nid = \"CVE-2023-4911\"\nreason = \"not reachable\"\napproved_by = \"sec\"\nexpires = 2099-01-31\n",
    )
    .unwrap();
    let mut i = inputs(GateKind::Container);
    i.reports.push(fixture("trivy-image.json"));
    i.waivers = Some(WaiversFile {
        file: InputFile::new(&path, "waivers.toml"),
        required: true,
    });
    let report = check(&i).unwrap();
    let waived: Vec<&str> = report
        .findings
        .iter()
        .filter(|f| f.suppressed.is_some())
        .map(|f| f.properties["advisory"].as_str())
        .collect();
    assert_eq!(waived, ["CVE-2023-4911"]);

    // The default location may be absent; a named file may not.
    let missing = InputFile::new(dir.join("none.toml"), "none.toml");
    i.waivers = Some(WaiversFile {
        file: missing.clone(),
        required: false,
    });
    assert!(
        check(&i)
            .unwrap()
            .findings
            .iter()
            .all(|f| f.suppressed.is_none())
    );
    i.waivers = Some(WaiversFile {
        file: missing,
        required: true,
    });
    let err = check(&i).unwrap_err();
    assert!(
        matches!(
            err,
            CheckError::Read {
                what: InputKind::Waivers,
                ..
            }
        ),
        "{err:?}"
    );
    assert!(err.is_usage());
    assert!(err.to_string().contains("none.toml"), "{err}");

    // A bad value in the waivers file is a setting to fix, named with its line.
    std::fs::write(
        &path,
        "[[waiver]]\nid = \"CVE-2023-4911\"\nreason = \"r\"\napproved_by = \"a\"\nexpires = \"2025-01-31\"\n",
    )
    .unwrap();
    i.waivers = Some(WaiversFile {
        file: InputFile::new(&path, "waivers.toml"),
        required: true,
    });
    let err = check(&i).unwrap_err();
    assert!(matches!(err, CheckError::Waivers(_)), "{err:?}");
    assert!(err.is_usage());
    assert!(err.to_string().starts_with("waivers.toml:5:11:"), "{err}");
}

#[test]
fn missing_inputs_and_wrong_settings_are_usage_errors() {
    let no_input = check(&inputs(GateKind::Dependencies)).unwrap_err();
    assert!(matches!(no_input, CheckError::NoInput) && no_input.is_usage());

    let mut i = inputs(GateKind::Container);
    i.lockfiles.push(fixture("lockfiles/composer.lock"));
    let err = check(&i).unwrap_err();
    assert!(matches!(err, CheckError::LockfilesForContainer) && err.is_usage());

    let mut i = inputs(GateKind::Container);
    i.reports.push(fixture("npm-audit.json"));
    let err = check(&i).unwrap_err();
    assert!(
        matches!(&err, CheckError::NotAnImageReport { file, format: ReportFormat::Npm } if file == "npm-audit.json"),
        "{err:?}"
    );
    assert!(err.is_usage());

    let mut i = inputs(GateKind::Dependencies);
    i.reports
        .push(InputFile::new("no/such/report.json", "report.json"));
    let err = check(&i).unwrap_err();
    assert!(
        matches!(
            err,
            CheckError::Read {
                what: InputKind::Report,
                ..
            }
        ),
        "{err:?}"
    );
    assert!(err.is_usage(), "a path that names nothing");
    assert!(err.to_string().contains("no/such/report.json"), "{err}");

    let mut i = inputs(GateKind::Dependencies);
    i.lockfiles.push(fixture("lockfiles/composer.lock"));
    let err = check(&i).unwrap_err();
    assert!(matches!(err, CheckError::NoOsvDatabase) && err.is_usage());
    i.osv_db = Some(PathBuf::from("no-such-db"));
    let err = check(&i).unwrap_err();
    assert!(matches!(err, CheckError::OsvDatabaseNotAFolder(_)) && err.is_usage());
    assert!(err.to_string().contains("no-such-db"), "{err}");

    let dir = temp("gemfile");
    std::fs::write(dir.join("Gemfile.lock"), "GEM\n").unwrap();
    let mut i = inputs(GateKind::Dependencies);
    i.osv_db = Some(fixtures().join("osv"));
    i.lockfiles
        .push(InputFile::new(dir.join("Gemfile.lock"), "Gemfile.lock"));
    let err = check(&i).unwrap_err();
    assert!(matches!(err, CheckError::UnsupportedLockfile(_)) && err.is_usage());
    assert!(
        err.to_string()
            .starts_with("`Gemfile.lock` is not a lockfile shipgate reads: composer.lock"),
        "{err}"
    );
}

#[test]
fn files_that_exist_and_cannot_be_read_or_parsed_are_runtime_errors() {
    let dir = temp("runtime");
    std::fs::create_dir_all(dir.join("folder.json")).unwrap();
    std::fs::write(
        dir.join("broken.json"),
        "{\"SchemaVersion\": 2, \"Results\": [",
    )
    .unwrap();
    std::fs::write(dir.join("composer.lock"), "{\"packages\": [").unwrap();

    let mut i = inputs(GateKind::Container);
    i.reports
        .push(InputFile::new(dir.join("folder.json"), "folder.json"));
    let err = check(&i).unwrap_err();
    assert!(
        matches!(
            err,
            CheckError::Read {
                what: InputKind::Report,
                ..
            }
        ),
        "{err:?}"
    );
    assert!(!err.is_usage());

    i.reports = vec![InputFile::new(dir.join("broken.json"), "broken.json")];
    let err = check(&i).unwrap_err();
    assert!(matches!(err, CheckError::Report(_)) && !err.is_usage());
    assert!(
        err.to_string().starts_with("broken.json: not valid JSON"),
        "{err}"
    );

    let mut i = inputs(GateKind::Dependencies);
    i.osv_db = Some(fixtures().join("osv"));
    i.lockfiles
        .push(InputFile::new(dir.join("composer.lock"), "composer.lock"));
    let err = check(&i).unwrap_err();
    assert!(matches!(err, CheckError::Lockfile(_)) && !err.is_usage());
    assert!(err.to_string().starts_with("composer.lock: "), "{err}");
}
