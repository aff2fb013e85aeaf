//! The GitHub action, the GitLab CI/CD component and the CI examples of the
//! docs validate against the CI systems' own schemas (vendored from
//! `SchemaStore` in `tests/schemas/ci/`), and the docs show the example files
//! as they are, never a hand-made copy.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a test fails by panicking"
)]

mod common;

use std::path::{Path, PathBuf};

use serde::Deserialize as _;
use serde_json::Value;

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn schema(name: &str) -> jsonschema::Validator {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/schemas/ci")
        .join(name);
    let schema: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    jsonschema::validator_for(&schema).unwrap()
}

/// Every YAML document of the file, as JSON.
fn documents(rel: &str) -> Vec<Value> {
    let text = std::fs::read_to_string(repo().join(rel)).unwrap();
    serde_yaml::Deserializer::from_str(&text)
        .map(|doc| Value::deserialize(doc).unwrap())
        .collect()
}

fn errors(validator: &jsonschema::Validator, doc: &Value) -> Vec<String> {
    validator
        .iter_errors(doc)
        .map(|e| format!("{} at {}", e, e.instance_path))
        .collect()
}

#[test]
fn the_github_action_and_workflow_validate() {
    let action = schema("github-actions.json");
    let docs = documents("action.yml");
    assert_eq!(docs.len(), 1);
    assert_eq!(errors(&action, &docs[0]), Vec::<String>::new());
    assert_eq!(docs[0]["runs"]["using"], "composite");
    let workflow = schema("github-workflows.json");
    for doc in documents("docs/ci/github-workflow.yml") {
        assert_eq!(errors(&workflow, &doc), Vec::<String>::new());
    }
}

#[test]
fn the_gitlab_component_and_pipeline_validate() {
    let gitlab = schema("gitlab-ci.json");
    let docs = documents("templates/shipgate.yml");
    assert_eq!(docs.len(), 2, "a component is its spec, then its jobs");
    assert!(docs[0]["spec"]["inputs"]["image"].is_object());
    for doc in &docs {
        assert_eq!(errors(&gitlab, doc), Vec::<String>::new());
    }
    for doc in documents("docs/ci/gitlab-ci.yml") {
        assert_eq!(errors(&gitlab, &doc), Vec::<String>::new());
    }
    // The component refuses an image that is not pinned by digest.
    let pinned = regex::Regex::new(
        docs[0]["spec"]["inputs"]["image"]["regex"]
            .as_str()
            .unwrap(),
    )
    .unwrap();
    let digest = "0".repeat(64);
    assert!(pinned.is_match(&format!(
        "registry.example.com/shipgate:git@sha256:{digest}"
    )));
    for unpinned in [
        "registry.example.com/shipgate:git",
        "registry.example.com/shipgate:latest",
        "registry.example.com/shipgate@sha256:abc",
    ] {
        assert!(!pinned.is_match(unpinned), "{unpinned}");
    }
    // Every image in the example is pinned by digest.
    let pipeline = std::fs::read_to_string(repo().join("docs/ci/gitlab-ci.yml")).unwrap();
    for line in pipeline
        .lines()
        .filter(|l| l.trim_start().starts_with("image:"))
    {
        assert!(line.contains("@sha256:"), "{line}");
    }
}

#[test]
fn the_schemas_refuse_what_is_wrong() {
    // The validators are not vacuous: a job that runs "sometimes", an
    // action without `runs`, a workflow without `on` are refused.
    let gitlab = schema("gitlab-ci.json");
    let job: Value = serde_json::json!({ "shipgate": { "script": ["true"], "when": "sometimes" } });
    assert!(!errors(&gitlab, &job).is_empty());
    let action = schema("github-actions.json");
    let no_runs: Value = serde_json::json!({ "name": "x", "description": "y" });
    assert!(!errors(&action, &no_runs).is_empty());
    let workflow = schema("github-workflows.json");
    let no_on: Value = serde_json::json!({ "jobs": { "a": { "runs-on": "x", "steps": [] } } });
    assert!(!errors(&workflow, &no_on).is_empty());
}

#[test]
fn the_docs_show_the_tested_files_unchanged() {
    for (page, rel) in [
        ("docs/ci-github.md", "docs/ci/github-workflow.yml"),
        ("docs/ci-gitlab.md", "docs/ci/gitlab-ci.yml"),
        ("docs/ci-gitlab.md", "templates/shipgate.yml"),
    ] {
        let text = std::fs::read_to_string(repo().join(page)).unwrap();
        let file = std::fs::read_to_string(repo().join(rel)).unwrap();
        assert!(
            text.contains(&format!("```yaml\n{file}```")),
            "{page} must show {rel} exactly as it is: run scripts/docs-ci"
        );
    }
}

/// A release archive laid out as `scripts/release` packs it: one folder with
/// the binary (here a script that prints a version) in it.
fn fake_archive(dir: &Path, binary: Option<&str>) -> (PathBuf, String) {
    let stage = dir.join("stage/shipgate-9.9.9-x86_64-unknown-linux-musl");
    std::fs::create_dir_all(&stage).unwrap();
    std::fs::write(stage.join("README.md"), "shipgate\n").unwrap();
    if let Some(script) = binary {
        let bin = stage.join("shipgate");
        std::fs::write(&bin, script).unwrap();
        std::process::Command::new("chmod")
            .arg("755")
            .arg(&bin)
            .status()
            .unwrap();
    }
    let archive = dir.join("shipgate.tar.gz");
    let status = std::process::Command::new("tar")
        .arg("-czf")
        .arg(&archive)
        .arg("-C")
        .arg(dir.join("stage"))
        .arg("shipgate-9.9.9-x86_64-unknown-linux-musl")
        .status()
        .unwrap();
    assert!(status.success());
    let digest = std::process::Command::new("sha256sum")
        .arg(&archive)
        .output()
        .unwrap();
    let digest = String::from_utf8(digest.stdout).unwrap();
    (archive, digest[..64].to_owned())
}

fn install_archive(url: &str, sha: &str, dest: &Path) -> std::process::Output {
    std::process::Command::new(repo().join("scripts/install-archive"))
        .arg(url)
        .arg(sha)
        .arg(dest)
        .output()
        .unwrap()
}

#[test]
fn the_action_installs_a_release_archive_only_when_its_digest_matches() {
    let dir = common::temp_dir("install-archive");
    let (archive, sha) = fake_archive(
        &dir,
        Some("#!/bin/sh\necho 'shipgate 9.9.9 (commit abc, built 2026-12-01)'\n"),
    );
    let url = format!("file://{}", archive.display());
    let dest = dir.join("bin");

    // The pinned digest matches: installed, and it runs.
    let out = install_archive(&url, &sha.to_uppercase(), &dest);
    assert!(out.status.success(), "{out:?}");
    assert!(String::from_utf8_lossy(&out.stdout).contains("installed shipgate 9.9.9"));
    assert!(dest.join("shipgate").is_file());

    // Another digest: refused, exit 1, nothing installed.
    let other = dir.join("other");
    let wrong = "0".repeat(64);
    let out = install_archive(&url, &wrong, &other);
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains(&sha) && err.contains("refusing"), "{err}");
    assert!(!other.exists());

    // Not a digest, not https: usage errors, exit 2.
    assert_eq!(install_archive(&url, "abc", &other).status.code(), Some(2));
    let http = format!("http://127.0.0.1:9/{}", archive.display());
    assert_eq!(install_archive(&http, &sha, &other).status.code(), Some(2));

    // Unreachable: exit 1.
    let missing = format!("file://{}/nothing.tar.gz", dir.display());
    assert_eq!(
        install_archive(&missing, &sha, &other).status.code(),
        Some(1)
    );
}

#[test]
fn the_action_refuses_an_archive_without_a_runnable_binary() {
    let dir = common::temp_dir("install-no-binary");
    let (archive, sha) = fake_archive(&dir, None);
    let out = install_archive(
        &format!("file://{}", archive.display()),
        &sha,
        &dir.join("bin"),
    );
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    assert!(String::from_utf8_lossy(&out.stderr).contains("holds no shipgate"));

    let broken = common::temp_dir("install-broken");
    let (archive, sha) = fake_archive(&broken, Some("#!/bin/sh\nexit 127\n"));
    let out = install_archive(
        &format!("file://{}", archive.display()),
        &sha,
        &broken.join("bin"),
    );
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    assert!(String::from_utf8_lossy(&out.stderr).contains("does not run here"));
}

#[test]
fn the_action_installs_with_the_tested_script_and_checks_its_inputs() {
    let action = std::fs::read_to_string(repo().join("action.yml")).unwrap();
    assert!(action.contains(
        "scripts/install-archive\" \"$SHIPGATE_ARCHIVE_URL\" \"$SHIPGATE_ARCHIVE_SHA256\""
    ));
    assert!(action.contains("archive | cargo | none) ;;"));
    let docs = documents("action.yml");
    let inputs = &docs[0]["inputs"];
    for input in ["install", "archive-url", "archive-sha256"] {
        assert!(inputs[input].is_object(), "{input}");
    }
}

/// A folder whose only program is the shipgate under test, for `PATH`.
fn shipgate_on_path(dir: &Path) -> String {
    let bin = dir.join("path");
    std::fs::create_dir_all(&bin).unwrap();
    let link = bin.join("shipgate");
    let _ = std::fs::remove_file(&link);
    std::os::unix::fs::symlink(env!("CARGO_BIN_EXE_shipgate"), &link).unwrap();
    format!("{}:/usr/bin:/bin", bin.display())
}

/// The example project, copied so the job's reports land beside it.
fn example_checkout(name: &str) -> PathBuf {
    let dir = common::temp_dir(name);
    let status = std::process::Command::new("cp")
        .arg("-r")
        .arg(repo().join("examples/payments-app/."))
        .arg(&dir)
        .status()
        .unwrap();
    assert!(status.success());
    dir
}

/// Runs the component's job script in `dir` with its variables, as the
/// runner does (`sh`), and returns the exit code and stderr.
fn gitlab_job(dir: &Path, command: &str, formats: &str) -> (i32, String) {
    let docs = documents("templates/shipgate.yml");
    let script = docs[1]["$[[ inputs.job_name ]]"]["script"][0]
        .as_str()
        .unwrap()
        .to_owned();
    let out = std::process::Command::new("sh")
        .arg("-c")
        .arg(script)
        .current_dir(dir)
        .env_clear()
        .env("PATH", shipgate_on_path(dir))
        .env("HOME", dir)
        .env("SHIPGATE_COMMAND", command)
        .env("SHIPGATE_CONFIG_PATH", "")
        .env("SHIPGATE_FORMATS", formats)
        .env("SHIPGATE_LEDGER_URL", "")
        .output()
        .unwrap();
    (
        out.status.code().unwrap(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn json_file(path: &Path) -> Value {
    let text = std::fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("{} was not written: {e}", path.display()));
    serde_json::from_str(&text).unwrap()
}

#[test]
fn the_gitlab_job_script_keeps_the_gates_verdict_and_writes_every_report() {
    // `check` on the example fails (unsafe migrations): the job fails with
    // the gate's exit code, and the reports are all there.
    let dir = example_checkout("gitlab-job-check");
    let (code, stderr) = gitlab_job(&dir, "check", "sarif codequality junit");
    assert_eq!(code, 1, "{stderr}");
    assert_eq!(
        json_file(&dir.join("gl-shipgate.sarif"))["version"],
        "2.1.0"
    );
    let quality = json_file(&dir.join("gl-code-quality-report.json"));
    assert!(!quality.as_array().unwrap().is_empty());
    let junit = std::fs::read_to_string(dir.join("gl-shipgate-junit.xml")).unwrap();
    assert!(junit.contains("<testsuites"));

    // A secret in the tree: the secrets gate fails, and its security report
    // is a GitLab secret-detection report that names the rule, not the secret.
    let dir = example_checkout("gitlab-job-secrets");
    let key = ["sk_live_", "4eC39HqLyjWDarjtT1zdp7dc"].concat();
    std::fs::write(dir.join("app/payment.env"), format!("STRIPE_KEY={key}\n")).unwrap();
    let (code, stderr) = gitlab_job(&dir, "secrets scan", "security");
    assert_eq!(code, 1, "{stderr}");
    let report = json_file(&dir.join("gl-secret-detection-report.json"));
    assert_eq!(report["scan"]["type"], "secret_detection");
    assert_eq!(report["vulnerabilities"].as_array().unwrap().len(), 1);
    assert!(!report.to_string().contains(&key));
    assert!(
        !dir.join("gl-shipgate.sarif").exists(),
        "only the formats asked for"
    );
}

#[test]
fn the_gitlab_job_script_refuses_an_unknown_format() {
    let dir = example_checkout("gitlab-job-format");
    std::fs::remove_dir_all(dir.join("database")).unwrap();
    let (code, stderr) = gitlab_job(&dir, "secrets scan", "sarif html");
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.contains("unknown format 'html'"), "{stderr}");
}

#[test]
fn the_github_action_step_reports_the_gates_exit_code_and_writes_sarif() {
    let docs = documents("action.yml");
    let steps = docs[0]["runs"]["steps"].as_array().unwrap();
    let gate = steps.iter().find(|s| s["id"] == "gate").unwrap();
    let script = gate["run"].as_str().unwrap().to_owned();
    for (command, expected) in [("check", 1), ("secrets scan", 0)] {
        let dir = example_checkout(&format!("github-step-{expected}"));
        let output = dir.join("github-output");
        let out = std::process::Command::new("bash")
            .arg("-c")
            .arg(&script)
            .current_dir(&dir)
            .env_clear()
            .env("PATH", shipgate_on_path(&dir))
            .env("HOME", &dir)
            .env("GITHUB_OUTPUT", &output)
            .env("SHIPGATE_COMMAND", command)
            .env("SHIPGATE_CONFIG", "")
            .env("SHIPGATE_LEDGER", "")
            .env("SHIPGATE_SARIF", "true")
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(expected), "{out:?}");
        let written = std::fs::read_to_string(&output).unwrap();
        assert_eq!(written.trim(), format!("exit-code={expected}"));
        assert_eq!(json_file(&dir.join("shipgate.sarif"))["version"], "2.1.0");
    }
}
