//! The GitHub action, the GitLab CI/CD component and the CI examples of the
//! docs validate against the CI systems' own schemas (vendored from
//! `SchemaStore` in `tests/schemas/ci/`), and the docs show the example files
//! as they are, never a hand-made copy.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a test fails by panicking"
)]

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
