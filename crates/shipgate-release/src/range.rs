//! The release range: the commits from the environment's last successful
//! deployment (the base) to the commit being released (the head), and the
//! people who wrote them, read with git2.
//!
//! A base git does not have (an unknown commit, a shallow clone) is an
//! error, never an empty range: four-eyes cannot be checked over commits
//! nobody can see.

use std::collections::{BTreeSet, HashSet};
use std::path::{Path, PathBuf};

use git2::{Oid, Repository};

use crate::identity::Person;

/// The commits being released.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReleaseRange {
    /// The last successfully deployed commit, `None` for a first deployment
    /// (then the range is the head's whole history).
    pub base: Option<String>,
    /// The commit being released (full id).
    pub head: String,
    /// Every commit reachable from the head and not from the base, newest first.
    pub commits: Vec<String>,
    /// Every author and committer of those commits, sorted, without repeats.
    pub people: Vec<Person>,
}

impl ReleaseRange {
    /// A range with no commits: the head is the base (a redeployment).
    pub fn empty(head: &str) -> Self {
        Self {
            base: Some(head.to_owned()),
            head: head.to_owned(),
            commits: Vec::new(),
            people: Vec::new(),
        }
    }
}

/// Why the release range could not be read.
#[derive(Debug, thiserror::Error)]
pub enum RangeError {
    /// No repository at or above the folder.
    #[error("cannot open the git repository at `{path}`: {message}")]
    Open {
        /// The folder.
        path: PathBuf,
        /// git's message.
        message: String,
    },
    /// A revision that names no commit in the repository.
    #[error("`{rev}` is not a commit in this repository")]
    UnknownCommit {
        /// The revision.
        rev: String,
    },
    /// The base (the last deployed commit) is not in the repository.
    #[error(
        "the last deployed commit `{base}` is not in this repository (a shallow clone, or history rewritten): the release range cannot be read"
    )]
    MissingBase {
        /// The base commit.
        base: String,
    },
    /// The walk reached the edge of a shallow clone.
    #[error(
        "the history is shallow at `{commit}`: the release range cannot be read in full (fetch the whole history: `git fetch --unshallow`, or `fetch-depth: 0`, or `GIT_DEPTH: 0`)"
    )]
    Shallow {
        /// The commit whose parents are missing.
        commit: String,
    },
    /// git failed while walking.
    #[error("git failed while reading the release range: {0}")]
    Git(String),
}

fn git_error(e: &git2::Error) -> RangeError {
    RangeError::Git(e.message().to_owned())
}

/// Opens the repository at or above `path`.
pub fn open(path: &Path) -> Result<Repository, RangeError> {
    Repository::discover(path).map_err(|e| RangeError::Open {
        path: path.to_path_buf(),
        message: e.message().to_owned(),
    })
}

/// The full id of the commit `rev` names (a full or short id, a branch, `HEAD`).
pub fn resolve_commit(repo: &Repository, rev: &str) -> Result<String, RangeError> {
    let unknown = || RangeError::UnknownCommit {
        rev: rev.to_owned(),
    };
    let object = repo.revparse_single(rev).map_err(|_| unknown())?;
    let commit = object.peel_to_commit().map_err(|_| unknown())?;
    Ok(commit.id().to_string())
}

/// The commits of `head` not reachable from `base`, with their authors and
/// committers. `base` of `None` takes the whole history of `head`.
pub fn release_range(
    repo: &Repository,
    base: Option<&str>,
    head: &str,
) -> Result<ReleaseRange, RangeError> {
    let head_id = Oid::from_str(head)
        .ok()
        .filter(|id| repo.find_commit(*id).is_ok())
        .ok_or_else(|| RangeError::UnknownCommit {
            rev: head.to_owned(),
        })?;
    let base_id = match base {
        None => None,
        Some(base) => Some(
            Oid::from_str(base)
                .ok()
                .filter(|id| repo.find_commit(*id).is_ok())
                .ok_or_else(|| RangeError::MissingBase {
                    base: base.to_owned(),
                })?,
        ),
    };
    let shallow = shallow_edge(repo);
    let mut walk = repo.revwalk().map_err(|e| git_error(&e))?;
    walk.push(head_id).map_err(|e| git_error(&e))?;
    if let Some(base_id) = base_id {
        walk.hide(base_id).map_err(|e| git_error(&e))?;
    }
    let mut commits = Vec::new();
    let mut people = BTreeSet::new();
    for id in walk {
        let id = id.map_err(|e| git_error(&e))?;
        if shallow.contains(&id) {
            return Err(RangeError::Shallow {
                commit: id.to_string(),
            });
        }
        let commit = repo.find_commit(id).map_err(|e| git_error(&e))?;
        for signature in [commit.author(), commit.committer()] {
            people.insert(Person {
                name: String::from_utf8_lossy(signature.name_bytes()).into_owned(),
                email: String::from_utf8_lossy(signature.email_bytes()).into_owned(),
            });
        }
        commits.push(id.to_string());
    }
    Ok(ReleaseRange {
        base: base_id.map(|id| id.to_string()),
        head: head_id.to_string(),
        commits,
        people: people.into_iter().collect(),
    })
}

/// The commits at the edge of a shallow clone: their parents are missing.
fn shallow_edge(repo: &Repository) -> HashSet<Oid> {
    if !repo.is_shallow() {
        return HashSet::new();
    }
    std::fs::read_to_string(repo.path().join("shallow"))
        .unwrap_or_default()
        .lines()
        .filter_map(|line| Oid::from_str(line.trim()).ok())
        .collect()
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, reason = "a test fails by panicking")]

    use std::process::Command;

    use super::*;

    fn git(dir: &Path, who: &str, args: &[&str]) -> String {
        let out = Command::new("git")
            .args(args)
            .current_dir(dir)
            .env("GIT_AUTHOR_NAME", who)
            .env("GIT_AUTHOR_EMAIL", format!("{who}@payments.test"))
            .env("GIT_COMMITTER_NAME", "CI Bot")
            .env("GIT_COMMITTER_EMAIL", "ci@payments.test")
            .env("GIT_AUTHOR_DATE", "2025-03-01T10:00:00Z")
            .env("GIT_COMMITTER_DATE", "2025-03-01T10:00:00Z")
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .env("HOME", dir)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "git {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).trim().to_owned()
    }

    fn repo(name: &str) -> (PathBuf, Vec<String>) {
        let dir =
            std::env::temp_dir().join(format!("shipgate-range-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        git(&dir, "dana", &["init", "-q", "-b", "main"]);
        let mut ids = Vec::new();
        for (i, who) in ["dana", "erin", "frank"].iter().enumerate() {
            std::fs::write(dir.join("f.txt"), format!("{i}")).unwrap();
            git(&dir, who, &["add", "-A"]);
            git(&dir, who, &["commit", "-q", "-m", &format!("change {i}")]);
            ids.push(git(&dir, who, &["rev-parse", "HEAD"]));
        }
        (dir, ids)
    }

    #[test]
    fn the_range_runs_from_the_base_to_the_head() {
        let (dir, ids) = repo("walk");
        let repo = open(&dir).unwrap();
        let range = release_range(&repo, Some(&ids[0]), &ids[2]).unwrap();
        assert_eq!(range.commits, [ids[2].clone(), ids[1].clone()]);
        let emails: Vec<&str> = range.people.iter().map(|p| p.email.as_str()).collect();
        assert_eq!(
            emails,
            [
                "ci@payments.test",
                "erin@payments.test",
                "frank@payments.test"
            ]
        );
        let first = release_range(&repo, None, &ids[2]).unwrap();
        assert_eq!(first.commits.len(), 3);
        assert!(first.people.iter().any(|p| p.is("dana")));
        let same = release_range(&repo, Some(&ids[2]), &ids[2]).unwrap();
        assert!(same.commits.is_empty());
        assert_eq!(resolve_commit(&repo, &ids[1][..8]).unwrap(), ids[1]);
        assert_eq!(resolve_commit(&repo, "HEAD").unwrap(), ids[2]);
        std::fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn an_unknown_base_or_head_is_an_error_not_a_pass() {
        let (dir, ids) = repo("unknown");
        let repo = open(&dir).unwrap();
        let missing = "0123456789abcdef0123456789abcdef01234567";
        let err = release_range(&repo, Some(missing), &ids[2]).unwrap_err();
        assert!(matches!(err, RangeError::MissingBase { .. }), "{err}");
        let err = release_range(&repo, None, missing).unwrap_err();
        assert!(matches!(err, RangeError::UnknownCommit { .. }), "{err}");
        assert!(resolve_commit(&repo, "no-such-branch").is_err());
        std::fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn a_shallow_clone_is_an_error_not_a_pass() {
        let (dir, ids) = repo("shallow-src");
        let clone = dir.with_file_name(format!("shipgate-range-shallow-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&clone);
        let url = format!("file://{}", dir.display());
        git(
            &dir,
            "dana",
            &["clone", "-q", "--depth", "1", &url, clone.to_str().unwrap()],
        );
        let repo = open(&clone).unwrap();
        // The base is not there at all...
        let err = release_range(&repo, Some(&ids[0]), &ids[2]).unwrap_err();
        assert!(matches!(err, RangeError::MissingBase { .. }), "{err}");
        // ...and a first deployment's walk stops at the shallow edge.
        let err = release_range(&repo, None, &ids[2]).unwrap_err();
        assert!(matches!(err, RangeError::Shallow { .. }), "{err}");
        std::fs::remove_dir_all(dir).unwrap();
        std::fs::remove_dir_all(clone).unwrap();
    }
}
