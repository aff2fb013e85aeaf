//! Every parser on reports in each tool's documented shape, the policy, alias
//! merging and waivers.

#![allow(clippy::unwrap_used, reason = "a test fails by panicking")]

use shipgate_report::{Outcome, Severity};
use shipgate_vulns::gate::{GateKind, Policy, Treatment, evaluate};
use shipgate_vulns::model::{AdvisoryKind, merge_aliases};
use shipgate_vulns::parsers::{ReportFormat, parse};
use shipgate_vulns::severity::VulnSeverity;
use shipgate_vulns::waivers::Waivers;

fn read(name: &str) -> shipgate_vulns::parsers::ParsedReport {
    let bytes = std::fs::read(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures")
            .join(name),
    )
    .unwrap();
    parse(&bytes, name, None).unwrap()
}

#[test]
fn composer_audit_with_null_severity_object_lists_and_abandoned_packages() {
    let r = read("composer-audit.json");
    assert_eq!(r.format, ReportFormat::Composer);
    let guzzle = r
        .advisories
        .iter()
        .find(|a| a.package == "guzzlehttp/guzzle")
        .unwrap();
    assert_eq!(guzzle.severity, VulnSeverity::High);
    assert_eq!(guzzle.display_id(), "CVE-2022-31091");
    assert!(guzzle.aliases.contains(&"GHSA-q559-8m2m-g699".to_owned()));
    let commonmark = r
        .advisories
        .iter()
        .find(|a| a.package == "league/commonmark")
        .unwrap();
    assert_eq!(
        commonmark.severity,
        VulnSeverity::Unknown,
        "null severity is unknown, not low"
    );
    let abandoned: Vec<_> = r
        .advisories
        .iter()
        .filter(|a| a.kind == AdvisoryKind::Unmaintained)
        .collect();
    assert_eq!(abandoned.len(), 2);
    assert!(
        abandoned
            .iter()
            .any(|a| a.title.contains("use `symfony/mailer`"))
    );
    for clean in [
        "composer-audit-clean.json",
        "composer-audit-clean-object.json",
    ] {
        assert!(read(clean).advisories.is_empty(), "{clean}");
    }
}

#[test]
fn npm_audit_v2_via_strings_and_fix_objects() {
    let r = read("npm-audit.json");
    assert_eq!(r.format, ReportFormat::Npm);
    // mkdirp's `via` is only the string "minimist": counted once, under minimist.
    assert_eq!(r.advisories.len(), 2);
    let minimist = r
        .advisories
        .iter()
        .find(|a| a.package == "minimist")
        .unwrap();
    assert_eq!(
        (minimist.id.as_str(), minimist.severity, minimist.cvss),
        ("GHSA-xvch-5gv4-984h", VulnSeverity::Critical, Some(9.8))
    );
    assert_eq!(minimist.fixed, ["mkdirp@1.0.4"]);
    let semver = r.advisories.iter().find(|a| a.package == "semver").unwrap();
    assert_eq!(
        (semver.severity, semver.fixed.as_slice()),
        (VulnSeverity::Medium, &["7.5.2".to_owned()][..])
    );
}

#[test]
fn cargo_audit_severity_from_the_cvss_vector() {
    let r = read("cargo-audit.json");
    assert_eq!(r.format, ReportFormat::CargoAudit);
    let openssl = &r.advisories[0];
    assert_eq!(
        (openssl.cvss, openssl.severity),
        (Some(9.1), VulnSeverity::Critical)
    );
    assert_eq!(openssl.installed.as_deref(), Some("0.10.48"));
    assert_eq!(r.advisories[1].kind, AdvisoryKind::Unmaintained);
}

#[test]
fn pip_audit_has_no_severity() {
    let r = read("pip-audit.json");
    assert_eq!(r.format, ReportFormat::PipAudit);
    assert_eq!(r.advisories.len(), 1);
    assert_eq!(r.advisories[0].severity, VulnSeverity::Unknown);
    let gate = evaluate(
        GateKind::Dependencies,
        &r.advisories,
        &Policy::DEPENDENCIES,
        &Waivers::default(),
        "2026-11-23",
    );
    assert_eq!(
        gate.outcome(),
        Outcome::Fail,
        "unknown severity fails by default"
    );
    let lenient = Policy {
        unknown_severity: Treatment::Warn,
        ..Policy::DEPENDENCIES
    };
    assert_eq!(
        evaluate(
            GateKind::Dependencies,
            &r.advisories,
            &lenient,
            &Waivers::default(),
            "2026-11-23"
        )
        .outcome(),
        Outcome::Warn
    );
}

#[test]
fn trivy_and_grype_images() {
    let trivy = read("trivy-image.json");
    assert_eq!(trivy.format, ReportFormat::Trivy);
    assert_eq!(
        trivy.target.as_deref(),
        Some("registry.gitlab.com/company/platform/app:3f2c9e1")
    );
    assert_eq!(trivy.advisories.len(), 3);
    let gate = evaluate(
        GateKind::Container,
        &trivy.advisories,
        &Policy::CONTAINERS,
        &Waivers::default(),
        "2026-11-23",
    );
    assert_eq!(
        gate.count(Severity::Error),
        2,
        "critical and high fail a container"
    );
    assert!(gate.findings.iter().all(|f| {
        f.message
            .starts_with("registry.gitlab.com/company/platform/app:3f2c9e1: ")
    }));
    let grype = read("grype.json");
    assert_eq!(grype.format, ReportFormat::Grype);
    let unknown_label = grype
        .advisories
        .iter()
        .find(|a| a.id == "CVE-2024-0001")
        .unwrap();
    assert_eq!(
        unknown_label.severity,
        VulnSeverity::Medium,
        "the score decides when the label is Unknown"
    );
    assert_eq!(grype.advisories[0].aliases, ["CVE-2022-31091"]);
}

#[test]
fn osv_scanner_groups_and_string_scores() {
    let r = read("osv-scanner.json");
    assert_eq!(r.format, ReportFormat::OsvScanner);
    assert_eq!(r.advisories.len(), 2);
    assert_eq!(
        (r.advisories[0].cvss, r.advisories[0].severity),
        (Some(9.8), VulnSeverity::Critical)
    );
    assert_eq!(r.advisories[1].severity, VulnSeverity::Medium);
    assert_eq!(r.advisories[0].display_id(), "CVE-2021-44906");
}

#[test]
fn aliases_merge_so_a_ghsa_and_its_cve_count_once() {
    let mut advisories = read("grype.json").advisories;
    let mut twin = advisories[0].clone();
    twin.id = "CVE-2022-31091".into();
    twin.aliases = vec!["GHSA-q559-8m2m-g699".into()];
    twin.severity = VulnSeverity::Critical;
    advisories.push(twin);
    let merged = merge_aliases(advisories);
    assert_eq!(merged.len(), 2);
    assert_eq!(merged[0].severity, VulnSeverity::Critical);
}

#[test]
fn threshold_is_critical_for_dependencies() {
    let r = read("npm-audit.json");
    let gate = evaluate(
        GateKind::Dependencies,
        &r.advisories,
        &Policy::DEPENDENCIES,
        &Waivers::default(),
        "2026-11-23",
    );
    assert_eq!(
        (gate.count(Severity::Error), gate.count(Severity::Warning)),
        (1, 1)
    );
    let strict = Policy {
        fail_on: VulnSeverity::Medium,
        ..Policy::DEPENDENCIES
    };
    assert_eq!(
        evaluate(
            GateKind::Dependencies,
            &r.advisories,
            &strict,
            &Waivers::default(),
            "2026-11-23"
        )
        .count(Severity::Error),
        2
    );
}

const WAIVERS: &str = r#"
[[waiver]]
id = "GHSA-xvch-5gv4-984h"
package = "minimist"
reason = "only used by a build script, never at run time"
approved_by = "alice@example.com"
expires = 2027-01-31

[[waiver]]
id = "ghsa-c2qf-rxjj-qqgw"
reason = "ReDoS needs attacker-controlled ranges; we pass constants"
approved_by = "bob@example.com"
expires = 2025-06-30

[[waiver]]
id = "CVE-1999-0001"
reason = "fixed long ago"
approved_by = "carol@example.com"
expires = 2027-01-31
"#;

#[test]
fn waivers_active_expired_and_stale() {
    let r = read("npm-audit.json");
    let waivers = Waivers::parse(WAIVERS, ".shipgate/waivers.toml").unwrap();
    let gate = evaluate(
        GateKind::Dependencies,
        &r.advisories,
        &Policy::DEPENDENCIES,
        &waivers,
        "2026-11-23",
    );
    let minimist = gate
        .findings
        .iter()
        .find(|f| f.rule == "vulnerability" && f.message.contains("`minimist`"))
        .unwrap();
    assert!(
        minimist
            .suppressed
            .as_ref()
            .unwrap()
            .reason
            .starts_with("waived by alice@example.com until 2027-01-31"),
        "waived findings are listed, never dropped"
    );
    let expired = gate
        .findings
        .iter()
        .find(|f| f.rule == "expired-waiver")
        .unwrap();
    assert!(
        expired
            .message
            .contains("`ghsa-c2qf-rxjj-qqgw` (approved by bob@example.com) expired on 2025-06-30"),
        "{}",
        expired.message
    );
    assert_eq!(
        (expired.location.path.as_str(), expired.location.line),
        (".shipgate/waivers.toml", 10),
        "the id line of the second waiver"
    );
    let stale = gate
        .findings
        .iter()
        .find(|f| f.rule == "stale-waiver")
        .unwrap();
    assert!(stale.message.contains("CVE-1999-0001"));
    assert_eq!(
        gate.outcome(),
        Outcome::Fail,
        "an expired waiver fails the gate"
    );
    // The last day still counts.
    let gate = evaluate(
        GateKind::Dependencies,
        &r.advisories,
        &Policy::DEPENDENCIES,
        &waivers,
        "2025-06-30",
    );
    assert!(gate.findings.iter().all(|f| f.rule != "expired-waiver"));
}

#[test]
fn bad_waivers_files_name_the_line() {
    let err = Waivers::parse(
        "[[waiver]]\nid = \"X\"\nreason = \"r\"\napproved_by = \"a\"\n",
        "w.toml",
    )
    .unwrap_err();
    assert!(
        err.to_string().starts_with("w.toml:1:1:") && err.message.contains("expires"),
        "{err}"
    );
    let err = Waivers::parse(
        "[[waiver]]\nid = \"X\"\nreason = \"\"\napproved_by = \"a\"\nexpires = 2026-01-01\n",
        "w.toml",
    )
    .unwrap_err();
    assert_eq!((err.line, err.column), (2, 6));
    let err = Waivers::parse("[[waiver]]\nid = \"X\"\nreson = \"r\"\n", "w.toml").unwrap_err();
    assert!(err.message.contains("unknown field `reson`"), "{err}");
}

#[test]
fn a_quoted_expiry_date_says_to_drop_the_quotes() {
    for quoted in ["\"2025-01-31\"", "'2025-01-31'"] {
        let text = format!(
            "[[waiver]]\nid = \"X\"\nreason = \"r\"\napproved_by = \"a\"\nexpires = {quoted}\n"
        );
        let err = Waivers::parse(&text, "w.toml").unwrap_err();
        assert_eq!((err.line, err.column), (5, 11), "{err}");
        assert!(
            err.message.contains("write the date without quotes")
                && err.message.contains("`expires = 2025-01-31`"),
            "{err}"
        );
    }
    // Other strings keep the parser's own message, and a bare date parses.
    let err = Waivers::parse(
        "[[waiver]]\nid = \"X\"\nreason = \"r\"\napproved_by = \"a\"\nexpires = \"soon\"\n",
        "w.toml",
    )
    .unwrap_err();
    assert!(!err.message.contains("without quotes"), "{err}");
    assert!(
        Waivers::parse(
            "[[waiver]]\nid = \"X\"\nreason = \"r\"\napproved_by = \"a\"\nexpires = 2025-01-31\n",
            "w.toml",
        )
        .is_ok()
    );
}

#[test]
fn corrupt_and_truncated_reports_are_errors_naming_the_file() {
    let bytes = std::fs::read(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/trivy-image.json"),
    )
    .unwrap();
    let err = parse(&bytes[..bytes.len() / 2], "trivy.json", None).unwrap_err();
    assert!(
        err.to_string()
            .starts_with("trivy.json: not valid JSON at line"),
        "{err}"
    );
    assert!(
        parse(b"", "empty.json", None)
            .unwrap_err()
            .message
            .contains("empty")
    );
    assert!(
        parse(b"{\"hello\": 1}", "x.json", None)
            .unwrap_err()
            .message
            .contains("--report-format")
    );
    let err = parse(b"{\"SchemaVersion\": 1, \"Results\": []}", "old.json", None).unwrap_err();
    assert!(err.message.contains("SchemaVersion 2"), "{err}");
    let err = parse(
        b"{\"advisories\": 3}",
        "c.json",
        Some(ReportFormat::Composer),
    )
    .unwrap_err();
    assert!(err.message.contains("unexpected report shape"), "{err}");
}

#[test]
fn waivers_scoped_to_a_gate() {
    let npm = read("npm-audit.json");
    let text = "[[waiver]]\nid = \"GHSA-xvch-5gv4-984h\"\ngate = \"container\"\nreason = \"r\"\napproved_by = \"a\"\nexpires = 2999-01-01\n";
    let waivers = Waivers::parse(text, "w.toml").unwrap();
    let gate = evaluate(
        GateKind::Dependencies,
        &npm.advisories,
        &Policy::DEPENDENCIES,
        &waivers,
        "2026-11-23",
    );
    assert_eq!(
        gate.suppressed(),
        0,
        "a container waiver does not waive a dependency"
    );
    assert!(
        gate.findings.iter().all(|f| f.rule != "stale-waiver"),
        "and is not this gate's to call stale"
    );
    let trivy = read("trivy-image.json");
    let gate = evaluate(
        GateKind::Container,
        &trivy.advisories,
        &Policy::CONTAINERS,
        &waivers,
        "2026-11-23",
    );
    assert!(gate.findings.iter().any(|f| f.rule == "stale-waiver"));
    assert!(
        Waivers::parse(&text.replace("container", "ci"), "w.toml")
            .unwrap_err()
            .message
            .contains("use `vulns` or `container`")
    );
}

#[test]
fn severity_bands_from_cvss_v4_vectors_when_no_tool_gives_a_label() {
    let report = br#"{"results": [{"source": {"path": "go.sum"}, "packages": [{
        "package": {"name": "github.com/example/lib", "version": "1.0.0", "ecosystem": "Go"},
        "vulnerabilities": [{"id": "GO-2024-0001", "aliases": [], "summary": "remote code execution",
            "severity": [{"type": "CVSS_V4", "score": "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:H/SI:H/SA:H"}]}],
        "groups": []}]}]}"#;
    let r = parse(report, "osv.json", None).unwrap();
    assert_eq!(
        (r.advisories[0].cvss, r.advisories[0].severity),
        (Some(10.0), VulnSeverity::Critical)
    );
}
