//! The CI context of a run, from GitLab's and GitHub's standard variables.

use std::path::Path;
use std::process::Command;

use shipgate_ledger::entry::{Actor, Ci};

fn var(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.is_empty())
}

/// Who is running, and how that was established. Nothing here is verified:
/// CI variables and the local git user are claims anyone who can edit the
/// job or the machine can make, so every actor is marked `verified: false`.
pub fn actor(root: &Path) -> Actor {
    if let Some(login) = var("GITLAB_USER_LOGIN") {
        return Actor::unverified(login, "gitlab-ci");
    }
    if let Some(actor) = var("GITHUB_ACTOR") {
        return Actor::unverified(actor, "github-actions");
    }
    let git_user = ["user.email", "user.name"]
        .iter()
        .find_map(|key| git(root, &["config", key]).filter(|v| !v.is_empty()));
    if let Some(user) = git_user {
        return Actor::unverified(user, "git-config");
    }
    let user = var("USER")
        .or_else(|| var("USERNAME"))
        .unwrap_or_else(|| "unknown".into());
    Actor::unverified(user, "local")
}

/// Whether files git tracks in `root` differ from the commit: evidence for
/// a dirty work tree names the commit but says the content was not it.
/// `None` outside git.
pub fn dirty(root: &Path) -> Option<bool> {
    git(root, &["status", "--porcelain", "--untracked-files=no"]).map(|out| !out.is_empty())
}

/// `git -C root ARGS`, its output trimmed, or `None` if git fails.
fn git(root: &Path, args: &[&str]) -> Option<String> {
    let out = Command::new("git")
        .arg("-C")
        .arg(root)
        .args(args)
        .output()
        .ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).trim().to_owned())
}

/// The pipeline URL, id and job, or `None` outside CI.
pub fn context() -> Option<Ci> {
    if var("GITLAB_CI").is_some() {
        return Some(Ci {
            pipeline_url: var("CI_PIPELINE_URL"),
            pipeline_id: var("CI_PIPELINE_ID"),
            job: var("CI_JOB_NAME").or_else(|| var("CI_JOB_URL")),
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
        return Some(Ci {
            pipeline_url: url,
            pipeline_id: var("GITHUB_RUN_ID"),
            job: var("GITHUB_JOB"),
        });
    }
    None
}

/// The deployment environment, when CI names one.
pub fn environment() -> Option<String> {
    var("CI_ENVIRONMENT_NAME").or_else(|| var("SHIPGATE_ENVIRONMENT"))
}

/// The commit being checked: CI's variable, else `git rev-parse HEAD` in `root`.
pub fn commit(root: &Path) -> Option<String> {
    var("CI_COMMIT_SHA")
        .or_else(|| var("GITHUB_SHA"))
        .or_else(|| git(root, &["rev-parse", "HEAD"]))
}

/// Who started the pipeline: `GITHUB_TRIGGERING_ACTOR`, else
/// `SHIPGATE_TRIGGERER`. GitLab names only the user of the job, which
/// [`actor`] already is.
pub fn triggerer() -> Option<String> {
    var("GITHUB_TRIGGERING_ACTOR").or_else(|| var(crate::env::SHIPGATE_TRIGGERER))
}
