//! The CI context of a run, from GitLab's and GitHub's standard variables.

use std::path::Path;
use std::process::Command;

use serde_json::{Value, json};

fn var(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.is_empty())
}

/// Who is running, and how that was established.
pub fn actor() -> Value {
    if let Some(login) = var("GITLAB_USER_LOGIN") {
        return json!({ "id": login, "via": "gitlab-ci" });
    }
    if let Some(actor) = var("GITHUB_ACTOR") {
        return json!({ "id": actor, "via": "github-actions" });
    }
    let user = var("USER")
        .or_else(|| var("USERNAME"))
        .unwrap_or_else(|| "unknown".into());
    json!({ "id": user, "via": "local" })
}

/// The pipeline URL, id and job, or null outside CI.
pub fn context() -> Value {
    if var("GITLAB_CI").is_some() {
        return json!({
            "pipeline_url": var("CI_PIPELINE_URL"),
            "pipeline_id": var("CI_PIPELINE_ID"),
            "job": var("CI_JOB_NAME").or_else(|| var("CI_JOB_URL")),
        });
    }
    if var("GITHUB_ACTIONS").is_some() {
        let url = match (
            var("GITHUB_SERVER_URL"),
            var("GITHUB_REPOSITORY"),
            var("GITHUB_RUN_ID"),
        ) {
            (Some(server), Some(repo), Some(run)) => {
                Some(format!("{server}/{repo}/actions/runs/{run}"))
            }
            _ => None,
        };
        return json!({ "pipeline_url": url, "pipeline_id": var("GITHUB_RUN_ID"), "job": var("GITHUB_JOB") });
    }
    Value::Null
}

/// The deployment environment, when CI names one.
pub fn environment() -> Option<String> {
    var("CI_ENVIRONMENT_NAME").or_else(|| var("SHIPGATE_ENVIRONMENT"))
}

/// The commit being checked: CI's variable, else `git rev-parse HEAD` in `root`.
pub fn commit(root: &Path) -> Option<String> {
    var("CI_COMMIT_SHA")
        .or_else(|| var("GITHUB_SHA"))
        .or_else(|| {
            let out = Command::new("git")
                .arg("-C")
                .arg(root)
                .args(["rev-parse", "HEAD"])
                .output()
                .ok()?;
            out.status
                .success()
                .then(|| String::from_utf8_lossy(&out.stdout).trim().to_owned())
        })
}
