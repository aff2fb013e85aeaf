//! Lockfiles against the fixture OSV database: every ecosystem's ordering,
//! every range event, version lists, withdrawn and git-only advisories, alias
//! merging, and the all.zip export.

#![allow(clippy::unwrap_used, reason = "a test fails by panicking")]

use std::path::{Path, PathBuf};

use shipgate_vulns::lockfile::parse;
use shipgate_vulns::model::merge_aliases;
use shipgate_vulns::osv::{load, matches};
use shipgate_vulns::severity::VulnSeverity;

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

fn found(lockfile: &str, db: &str) -> Vec<(String, String, String, VulnSeverity)> {
    let text = std::fs::read_to_string(fixtures().join("lockfiles").join(lockfile)).unwrap();
    let packages = parse(&text, lockfile).unwrap();
    let docs = load(&fixtures().join(db), &packages).unwrap();
    let mut out: Vec<_> = merge_aliases(matches(&packages, &docs, lockfile))
        .into_iter()
        .map(|a| {
            (
                a.package.clone(),
                a.installed.clone().unwrap(),
                a.display_id().to_owned(),
                a.severity,
            )
        })
        .collect();
    out.sort();
    out
}

#[test]
fn packagist_with_php_version_ordering() {
    assert_eq!(
        found("composer.lock", "osv"),
        [
            // Two documents, one advisory: the GHSA and its CVE count once, at the higher severity.
            (
                "guzzlehttp/guzzle".into(),
                "7.4.0".into(),
                "CVE-2022-31091".into(),
                VulnSeverity::Critical
            ),
            // last_affected 10.0.3 includes 10.0.3 (installed as v10.0.3).
            (
                "laravel/framework".into(),
                "10.0.3".into(),
                "GHSA-3p32-j457-pg5x".into(),
                VulnSeverity::High
            ),
            // 6.0.19 is between 6.0.0-RC1 and the fix 6.0.20.
            (
                "symfony/http-kernel".into(),
                "6.0.19".into(),
                "GHSA-754h-5r27-7x3r".into(),
                VulnSeverity::Medium
            ),
        ]
    );
}

#[test]
fn npm_with_semver_version_lists_and_nested_packages() {
    let want = [
        (
            "lodash".into(),
            "4.17.20".into(),
            "CVE-2020-8203".into(),
            VulnSeverity::High,
        ),
        (
            "minimist".into(),
            "1.2.5".into(),
            "CVE-2021-44906".into(),
            VulnSeverity::Critical,
        ),
        (
            "semver".into(),
            "7.5.1".into(),
            "CVE-2022-25883".into(),
            VulnSeverity::Medium,
        ),
    ];
    assert_eq!(
        found("package-lock.json", "osv"),
        want,
        "withdrawn and git-only advisories are not matched"
    );
    assert_eq!(
        found("package-lock.json", "osv-zip"),
        want,
        "the all.zip export gives the same result"
    );
}

#[test]
fn crates_with_limit_events() {
    // time 0.3.9 is below the limit 0.3.10 of the second range.
    assert_eq!(
        found("Cargo.lock", "osv"),
        [
            (
                "openssl".into(),
                "0.10.48".into(),
                "RUSTSEC-2023-0044".into(),
                VulnSeverity::Critical
            ),
            (
                "time".into(),
                "0.3.9".into(),
                "RUSTSEC-2020-0071".into(),
                VulnSeverity::Medium
            ),
        ]
    );
}

#[test]
fn pypi_with_pep_440_and_name_normalisation() {
    // Django 3.2.0 is in [3.2, 3.2.1); requests 2.31.0 is the fix; 3.2.0 is after 3.2.0rc1.
    assert_eq!(
        found("poetry.lock", "osv"),
        [(
            "Django".into(),
            "3.2.0".into(),
            "CVE-2021-31542".into(),
            VulnSeverity::High
        )]
    );
}

#[test]
fn a_corrupt_database_file_is_an_error_naming_it() {
    let dir = std::env::temp_dir().join(format!("shipgate-osv-bad-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("BAD.json"),
        "{\"id\": \"X\", \"affected\": [{\"package\": {\"name\": \"lodash\"",
    )
    .unwrap();
    let packages = parse(
        &std::fs::read_to_string(fixtures().join("lockfiles/package-lock.json")).unwrap(),
        "package-lock.json",
    )
    .unwrap();
    let err = load(&dir, &packages).unwrap_err();
    assert!(
        err.to_string().contains("BAD.json") && err.to_string().contains("not valid JSON"),
        "{err}"
    );
    assert!(load(&dir.join("missing"), &packages).is_err());
    std::fs::remove_dir_all(&dir).unwrap();
}
