//! Every CI snippet in the docs parses, the README's pipeline is the tested
//! file `examples/ci/gitlab-ci.yml`, that pipeline is well formed for GitLab
//! (declared stages, merge-request rules, full history), and its jobs'
//! scripts run and do what they say on a copy of the example project.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a test fails by panicking"
)]

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use common::{commit, git, repo_root, temp_dir};
use serde::Deserialize as _;
use serde_yaml::Value;

/// Every fenced YAML block in the README and docs/, with where it is.
fn yaml_blocks() -> Vec<(String, String)> {
    let mut files = vec![repo_root().join("README.md")];
    let mut docs: Vec<PathBuf> = std::fs::read_dir(repo_root().join("docs"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "md"))
        .collect();
    docs.sort();
    files.extend(docs);
    let mut blocks = Vec::new();
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        let mut lines = text.lines().enumerate();
        while let Some((n, line)) = lines.next() {
            if line.trim() == "```yaml" || line.trim() == "```yml" {
                let body: Vec<&str> = lines
                    .by_ref()
                    .map(|(_, l)| l)
                    .take_while(|l| l.trim() != "```")
                    .collect();
                blocks.push((format!("{}:{}", file.display(), n + 1), body.join("\n")));
            }
        }
    }
    blocks
}

fn pipeline_file() -> String {
    std::fs::read_to_string(repo_root().join("examples/ci/gitlab-ci.yml")).unwrap()
}

#[test]
fn every_yaml_snippet_in_the_docs_parses() {
    let blocks = yaml_blocks();
    assert!(blocks.len() >= 2, "{blocks:?}");
    for (at, body) in blocks {
        // A CI/CD component is two documents: its spec, then its jobs.
        for doc in serde_yaml::Deserializer::from_str(&body) {
            Value::deserialize(doc).unwrap_or_else(|e| panic!("{at}: {e}"));
        }
    }
}

#[test]
fn the_readme_pipeline_is_the_tested_file() {
    let file = pipeline_file();
    assert!(
        yaml_blocks()
            .iter()
            .any(|(_, body)| body.trim() == file.trim()),
        "README.md must show examples/ci/gitlab-ci.yml as it is"
    );
}

/// The jobs of a GitLab pipeline: top-level keys that are not keywords or
/// hidden (`.template`) jobs.
fn jobs(pipeline: &Value) -> Vec<(String, &Value)> {
    const KEYWORDS: [&str; 6] = [
        "stages",
        "variables",
        "default",
        "include",
        "workflow",
        "image",
    ];
    pipeline
        .as_mapping()
        .unwrap()
        .iter()
        .filter_map(|(k, v)| {
            let name = k.as_str()?;
            (!name.starts_with('.') && !KEYWORDS.contains(&name)).then(|| (name.to_owned(), v))
        })
        .collect()
}

#[test]
fn the_gitlab_pipeline_is_well_formed() {
    let pipeline: Value = serde_yaml::from_str(&pipeline_file()).unwrap();
    let stages: Vec<&str> = pipeline["stages"]
        .as_sequence()
        .expect("`stages:` is declared")
        .iter()
        .map(|s| s.as_str().unwrap())
        .collect();
    let depth = &pipeline["variables"]["GIT_DEPTH"];
    assert!(
        depth.as_u64() == Some(0) || depth.as_str() == Some("0"),
        "history scans need GIT_DEPTH: 0"
    );
    let jobs = jobs(&pipeline);
    assert!(jobs.len() >= 2);
    for (name, job) in jobs {
        let stage = job["stage"].as_str().unwrap_or("test");
        assert!(
            stages.contains(&stage),
            "{name}: stage `{stage}` is not declared"
        );
        let text = serde_yaml::to_string(job).unwrap();
        assert!(
            serde_yaml::to_string(&job["rules"])
                .unwrap()
                .contains("merge_request_event"),
            "{name}: no rule for merge-request pipelines"
        );
        if text.contains("CI_MERGE_REQUEST_DIFF_BASE_SHA") {
            assert!(text.contains("--changed-since"), "{name}");
        }
        assert!(
            job["extends"].as_str() == Some(".shipgate"),
            "{name}: no install step"
        );
    }
}

/// The example project as a repository with two commits: everything but
/// the last SQL migration, then that migration (what a merge request adds).
fn example_repository(name: &str) -> (PathBuf, String) {
    let dir = temp_dir(name);
    copy(&repo_root().join("examples/payments-app"), &dir);
    let added = dir.join("database/sql/V3__clean_up_withdrawals.sql");
    let text = std::fs::read_to_string(&added).unwrap();
    std::fs::remove_file(&added).unwrap();
    git(&dir, &["init", "-q", "-b", "main"]);
    commit(&dir, "base");
    let base = String::from_utf8(
        Command::new("git")
            .args(["rev-parse", "HEAD"])
            .current_dir(&dir)
            .output()
            .unwrap()
            .stdout,
    )
    .unwrap()
    .trim()
    .to_owned();
    std::fs::write(&added, text).unwrap();
    commit(&dir, "clean up withdrawals");
    (dir, base)
}

fn copy(from: &Path, to: &Path) {
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            std::fs::create_dir_all(&target).unwrap();
            copy(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// Runs a job's `before_script` (from `.shipgate`) and `script` with bash,
/// as a GitLab runner does, with shipgate on the PATH.
fn run_job(pipeline: &Value, job: &str, dir: &Path, env: &[(&str, &str)]) -> (i32, String) {
    let mut lines: Vec<String> = Vec::new();
    for key in ["before_script", "script"] {
        let list = if job == ".shipgate" || pipeline[job][key].is_sequence() {
            &pipeline[job][key]
        } else {
            &pipeline[".shipgate"][key]
        };
        lines.extend(
            list.as_sequence()
                .into_iter()
                .flatten()
                .map(|l| l.as_str().unwrap().to_owned()),
        );
    }
    let bin = Path::new(env!("CARGO_BIN_EXE_shipgate")).parent().unwrap();
    let path = format!(
        "{}:{}",
        bin.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let mut command = Command::new("bash");
    command
        .arg("-eo")
        .arg("pipefail")
        .arg("-c")
        .arg(lines.join("\n"))
        .current_dir(dir)
        .env("PATH", path);
    for (key, value) in env {
        command.env(key, value);
    }
    let out = command.output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        ),
    )
}

#[test]
fn the_gitlab_jobs_run_on_the_example() {
    let pipeline: Value = serde_yaml::from_str(&pipeline_file()).unwrap();
    let (dir, base) = example_repository("ci-jobs");

    // A merge request: only the added migration is checked, and it fails.
    let (code, out) = run_job(
        &pipeline,
        "lint:migrations",
        &dir,
        &[("SHIPGATE_CHANGED_SINCE", base.as_str())],
    );
    assert_eq!(code, 1, "{out}");
    let report: serde_json::Value =
        serde_json::from_slice(&std::fs::read(dir.join("gl-code-quality.json")).unwrap()).unwrap();
    let paths: Vec<&str> = report
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["location"]["path"].as_str().unwrap())
        .collect();
    assert!(!paths.is_empty());
    assert!(
        paths
            .iter()
            .all(|p| p.ends_with("V3__clean_up_withdrawals.sql")),
        "{paths:?}"
    );
    // The default branch: every migration.
    let (code, out) = run_job(
        &pipeline,
        "lint:migrations",
        &dir,
        &[("SHIPGATE_CHANGED_SINCE", "")],
    );
    assert_eq!(code, 1, "{out}");
    let report: serde_json::Value =
        serde_json::from_slice(&std::fs::read(dir.join("gl-code-quality.json")).unwrap()).unwrap();
    assert!(report.as_array().unwrap().len() > paths.len());

    // The secrets job scans all history and writes GitLab's report.
    let (code, out) = run_job(&pipeline, "security:secrets", &dir, &[]);
    assert_eq!(code, 0, "{out}");
    let report: serde_json::Value = serde_json::from_slice(
        &std::fs::read(dir.join("gl-secret-detection-report.json")).unwrap(),
    )
    .unwrap();
    assert_eq!(report["scan"]["type"], "secret_detection", "{report}");
    // Both jobs recorded their results.
    assert!(dir.join(".shipgate/ledger.db").is_file());
}
