//! Scanning git history and the index.
//!
//! Each commit's tree is compared with its first parent's; every blob that
//! appears is scanned once, however many commits hold it, and its secrets are
//! attributed to the oldest commit in which the blob appeared at that path.
//! A secret that was already in the file's previous version is not reported
//! again, so each secret is named once, at the commit that introduced it;
//! one added and later deleted is still found.

use std::collections::HashSet;
use std::path::Path;

use git2::{ObjectType, Oid, Repository, Sort, Tree};
use rayon::prelude::*;

use crate::engine::Engine;
use crate::scan::{CommitInfo, Found, Limits, ScanOutcome, Scanned, Stats};

/// Which history to scan.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Range {
    /// Every commit reachable from any branch, tag or `HEAD`.
    All,
    /// The commits reachable from `HEAD` but not from this revision; the
    /// revision itself is not scanned, as in `git log REV..HEAD`.
    Since(String),
}

/// Why history cannot be scanned.
#[derive(Debug, thiserror::Error)]
pub enum HistoryError {
    /// Not a git repository.
    #[error("`{path}` is not in a git repository: {message}")]
    NotARepository {
        /// The folder.
        path: String,
        /// What git said.
        message: String,
    },
    /// The revision does not name a commit.
    #[error("`{rev}` does not name a commit in this repository: {message}")]
    UnknownRevision {
        /// The revision.
        rev: String,
        /// What git said.
        message: String,
    },
    /// Git failed while reading.
    #[error("reading git history failed: {0}")]
    Git(String),
}

fn git(e: &git2::Error) -> HistoryError {
    HistoryError::Git(e.message().to_owned())
}

/// A blob to scan, where it first appeared.
struct Candidate {
    blob: Oid,
    path: String,
    commit: Option<usize>,
    /// The blob at the same path in the parent, if any.
    previous: Option<Oid>,
}

/// Scans the history of the repository that holds `path`.
pub fn scan_history(
    engine: &Engine,
    path: &Path,
    range: &Range,
    limits: &Limits,
) -> Result<ScanOutcome, HistoryError> {
    let repo = open(path)?;
    let shallow = shallow_commits(&repo);
    let mut walk = repo.revwalk().map_err(|e| git(&e))?;
    walk.set_sorting(Sort::TOPOLOGICAL | Sort::REVERSE)
        .map_err(|e| git(&e))?;
    let mut scope;
    let mut incomplete = None;
    match range {
        Range::All => {
            for glob in ["refs/heads", "refs/tags", "refs/remotes"] {
                walk.push_glob(glob).map_err(|e| git(&e))?;
            }
            if repo.head().is_ok() {
                walk.push_head().map_err(|e| git(&e))?;
            }
            scope = "all history".to_owned();
        }
        Range::Since(rev) => {
            if rev.trim().is_empty() {
                return Err(HistoryError::UnknownRevision {
                    rev: rev.clone(),
                    message: "the revision is empty".into(),
                });
            }
            if repo.head().is_err() {
                return Err(HistoryError::Git(
                    "the repository has no commit yet (HEAD names no commit), so there are no commits after a revision".into(),
                ));
            }
            walk.push_head().map_err(|e| git(&e))?;
            match repo.revparse_single(rev).and_then(|o| o.peel_to_commit()) {
                Ok(commit) => {
                    walk.hide(commit.id()).map_err(|e| git(&e))?;
                    scope = format!("the commits after `{rev}` ({})", short(commit.id()));
                }
                Err(e) => {
                    let Some(start) = beyond_start(&repo, rev) else {
                        return Err(HistoryError::UnknownRevision {
                            rev: rev.clone(),
                            message: e.message().to_owned(),
                        });
                    };
                    scope = format!("all history: `{rev}` reaches past its start at {start}");
                }
            }
        }
    }
    let mut commits = Vec::new();
    let mut candidates = Vec::new();
    let mut seen_blobs = HashSet::new();
    let mut seen_trees = HashSet::new();
    let mut boundary = Vec::new();
    for oid in walk {
        let oid = oid.map_err(|e| git(&e))?;
        let commit = repo.find_commit(oid).map_err(|e| git(&e))?;
        let tree = commit.tree().map_err(|e| git(&e))?;
        let parent_tree = if let Ok(parent) = commit.parent(0) {
            Some(parent.tree().map_err(|e| git(&e))?)
        } else {
            if shallow.contains(&oid) {
                boundary.push(oid);
            }
            None
        };
        let index = commits.len();
        let author = commit.author();
        commits.push(CommitInfo {
            id: oid.to_string(),
            author: String::from_utf8_lossy(author.name_bytes()).into_owned(),
            email: String::from_utf8_lossy(author.email_bytes()).into_owned(),
            time: author.when().seconds(),
        });
        let mut diff = TreeDiff {
            repo: &repo,
            commit: Some(index),
            seen_blobs: &mut seen_blobs,
            seen_trees: &mut seen_trees,
            out: &mut candidates,
        };
        diff.walk(parent_tree.as_ref(), &tree, "")
            .map_err(|e| git(&e))?;
    }
    if !boundary.is_empty() {
        let list: Vec<String> = boundary.iter().map(|o| short(*o)).collect();
        incomplete = Some(format!(
            "this is a shallow clone: history before {} is missing, so secrets added and removed before it were not scanned, and those present at it are attributed to it; fetch the full history (`git fetch --unshallow`, or `GIT_DEPTH: 0` / `fetch-depth: 0` in CI)",
            list.join(", ")
        ));
    }
    scope = format!(
        "{scope}: {} commits, {} unique blobs",
        commits.len(),
        candidates.len()
    );
    let mut outcome = scan_candidates(engine, &repo, candidates, limits);
    outcome.stats.commits = commits.len() as u64;
    outcome.commits = commits;
    outcome.scope = scope;
    outcome.incomplete = incomplete;
    Ok(outcome)
}

/// Scans the staged content of every file whose index entry differs from
/// `HEAD`; secrets already in `HEAD`'s version of a file are not reported.
pub fn scan_staged(
    engine: &Engine,
    path: &Path,
    limits: &Limits,
) -> Result<ScanOutcome, HistoryError> {
    let repo = open(path)?;
    let index = repo.index().map_err(|e| git(&e))?;
    let head = repo.head().ok().and_then(|h| h.peel_to_tree().ok());
    let mut candidates = Vec::new();
    for entry in index.iter() {
        if !crate::scan::is_plain_file(entry.flags, entry.mode) {
            continue;
        }
        let rel = String::from_utf8_lossy(&entry.path).into_owned();
        let previous = head
            .as_ref()
            .and_then(|t| t.get_path(Path::new(&rel)).ok())
            .map(|e| e.id());
        if previous == Some(entry.id) {
            continue;
        }
        candidates.push(Candidate {
            blob: entry.id,
            path: rel,
            commit: None,
            previous,
        });
    }
    let count = candidates.len();
    let mut outcome = scan_candidates(engine, &repo, candidates, limits);
    outcome.scope = format!("{count} staged files that differ from HEAD");
    Ok(outcome)
}

fn open(path: &Path) -> Result<Repository, HistoryError> {
    // The scan reads every blob once and never writes: re-hashing each one
    // with collision-detecting SHA-1 costs a fifth of the run and proves only
    // what `git fsck` proves.
    git2::opts::strict_hash_verification(false);
    Repository::discover(path).map_err(|e| HistoryError::NotARepository {
        path: path.display().to_string(),
        message: e.message().to_owned(),
    })
}

fn short(oid: Oid) -> String {
    oid.to_string()[..12].to_owned()
}

/// The commits a shallow clone's history is cut at.
fn shallow_commits(repo: &Repository) -> HashSet<Oid> {
    if !repo.is_shallow() {
        return HashSet::new();
    }
    std::fs::read_to_string(repo.path().join("shallow"))
        .unwrap_or_default()
        .lines()
        .filter_map(|l| Oid::from_str(l.trim()).ok())
        .collect()
}

/// For `REV~N` or `REV^...` that fails only because history is shorter:
/// the root (or shallow boundary) commit it would reach past.
fn beyond_start(repo: &Repository, rev: &str) -> Option<String> {
    let base_end = rev.find(['~', '^'])?;
    let base = repo
        .revparse_single(&rev[..base_end])
        .and_then(|o| o.peel_to_commit())
        .ok()?;
    let mut commit = base;
    loop {
        match commit.parent(0) {
            Ok(parent) => commit = parent,
            Err(_) => return Some(short(commit.id())),
        }
    }
}

struct TreeDiff<'a> {
    repo: &'a Repository,
    commit: Option<usize>,
    seen_blobs: &'a mut HashSet<Oid>,
    seen_trees: &'a mut HashSet<Oid>,
    out: &'a mut Vec<Candidate>,
}

impl TreeDiff<'_> {
    /// Records the blobs of `new` that differ from `old` and were not seen.
    fn walk(
        &mut self,
        old: Option<&Tree<'_>>,
        new: &Tree<'_>,
        prefix: &str,
    ) -> Result<(), git2::Error> {
        for entry in new {
            let before = old.and_then(|t| t.get_name_bytes(entry.name_bytes()));
            if before.as_ref().is_some_and(|b| b.id() == entry.id()) {
                continue;
            }
            let path = format!("{prefix}{}", String::from_utf8_lossy(entry.name_bytes()));
            match entry.kind() {
                Some(ObjectType::Tree) => {
                    if !self.seen_trees.insert(entry.id()) {
                        continue;
                    }
                    let subtree = self.repo.find_tree(entry.id())?;
                    let old_subtree = match &before {
                        Some(b) if b.kind() == Some(ObjectType::Tree) => {
                            Some(self.repo.find_tree(b.id())?)
                        }
                        _ => None,
                    };
                    self.walk(old_subtree.as_ref(), &subtree, &format!("{path}/"))?;
                }
                // Symlinks (0o120000) hold a path, not content.
                Some(ObjectType::Blob)
                    if entry.filemode() & 0o170_000 == 0o100_000
                        && self.seen_blobs.insert(entry.id()) =>
                {
                    self.out.push(Candidate {
                        blob: entry.id(),
                        path,
                        commit: self.commit,
                        previous: before
                            .filter(|b| b.kind() == Some(ObjectType::Blob))
                            .map(|b| b.id()),
                    });
                }
                _ => {}
            }
        }
        Ok(())
    }
}

/// Reads and scans the blobs in parallel, one repository handle per thread.
fn scan_candidates(
    engine: &Engine,
    repo: &Repository,
    candidates: Vec<Candidate>,
    limits: &Limits,
) -> ScanOutcome {
    let git_dir = repo.path().to_path_buf();
    let results: Vec<(Candidate, Scanned)> = candidates
        .into_par_iter()
        .map_init(
            || Repository::open(&git_dir).ok(),
            |repo, candidate| {
                let scanned = match repo {
                    Some(repo) => scan_blob(engine, repo, &candidate, limits),
                    None => Scanned::Unreadable(format!(
                        "`{}`: cannot open the repository",
                        git_dir.display()
                    )),
                };
                (candidate, scanned)
            },
        )
        .collect();
    let mut outcome = ScanOutcome::default();
    let mut stats = Stats::default();
    for (candidate, scanned) in results {
        for hit in scanned.tally(&candidate.path, &mut stats, &mut outcome) {
            outcome.found.push(Found {
                path: candidate.path.clone(),
                commit: candidate.commit,
                hit,
            });
        }
    }
    outcome.found.sort_by(|a, b| {
        (&a.path, a.commit, a.hit.line, a.hit.column).cmp(&(
            &b.path,
            b.commit,
            b.hit.line,
            b.hit.column,
        ))
    });
    outcome.stats = stats;
    outcome
}

fn scan_blob(engine: &Engine, repo: &Repository, c: &Candidate, limits: &Limits) -> Scanned {
    if engine.ignores_path(&c.path) {
        return Scanned::Excluded;
    }
    let Ok(odb) = repo.odb() else {
        return Scanned::Unreadable(format!("`{}`: cannot open the object database", c.path));
    };
    let unreadable = |e: &git2::Error| {
        Scanned::Unreadable(format!("`{}` ({}): {}", c.path, short(c.blob), e.message()))
    };
    match odb.read_header(c.blob) {
        Ok((size, _)) if size as u64 > limits.max_file_size => return Scanned::Large,
        Ok(_) => {}
        Err(e) => return unreadable(&e),
    }
    let blob = match repo.find_blob(c.blob) {
        Ok(blob) => blob,
        Err(e) => return unreadable(&e),
    };
    match Scanned::content(engine, &c.path, blob.content()) {
        Scanned::Hits(bytes, mut scan) if !scan.hits.is_empty() && c.previous.is_some() => {
            let before = previous_digests(engine, repo, c);
            scan.hits.retain(|h| !before.contains(&(h.rule, h.digest)));
            Scanned::Hits(bytes, scan)
        }
        other => other,
    }
}

/// The (rule, secret digest) pairs in the previous version of the file.
fn previous_digests(
    engine: &Engine,
    repo: &Repository,
    c: &Candidate,
) -> HashSet<(usize, [u8; 32])> {
    c.previous
        .and_then(|oid| repo.find_blob(oid).ok())
        .map(|blob| {
            engine
                .scan(&c.path, blob.content())
                .into_iter()
                .map(|h| (h.rule, h.digest))
                .collect()
        })
        .unwrap_or_default()
}
