//! Scanning a working tree: the files git tracks, or every file when the
//! folder is not in a git repository.

use std::fs::File;
use std::io::Read as _;
use std::path::{Path, PathBuf};

use globset::GlobSet;
use rayon::prelude::*;
use shipgate_report::slash_path;

use crate::engine::Engine;
use crate::scan::{Found, Limits, ScanOutcome, Scanned, Stats};

/// Why a tree cannot be scanned.
#[derive(Debug, thiserror::Error)]
pub enum TreeError {
    /// A path given to scan does not exist.
    #[error("`{0}` does not exist")]
    Missing(PathBuf),
    /// The folder does not exist or cannot be listed.
    #[error("cannot read `{path}`: {message}")]
    Unreadable {
        /// The folder.
        path: PathBuf,
        /// What went wrong.
        message: String,
    },
}

/// Scans the files under `root`: those git tracks when `root` is in a work
/// tree, else every file. `excludes` are globs of `root`-relative paths.
pub fn scan_tree(
    engine: &Engine,
    root: &Path,
    excludes: Option<&GlobSet>,
    limits: &Limits,
) -> Result<ScanOutcome, TreeError> {
    scan_paths(engine, root, &[root.to_path_buf()], excludes, limits)
}

/// Scans each of `paths`: a folder as [`scan_tree`] does, a file as it is
/// (whether git tracks it or not). Paths are reported relative to `base`
/// when they are under it, and `excludes` match those reported paths.
pub fn scan_paths(
    engine: &Engine,
    base: &Path,
    paths: &[PathBuf],
    excludes: Option<&GlobSet>,
    limits: &Limits,
) -> Result<ScanOutcome, TreeError> {
    let base = base.canonicalize().unwrap_or_else(|_| base.to_path_buf());
    // (full path, reported path)
    let mut files: Vec<(PathBuf, String)> = Vec::new();
    let mut scope = Vec::new();
    for path in paths {
        let meta = std::fs::metadata(path).map_err(|e| {
            if e.kind() == std::io::ErrorKind::NotFound {
                TreeError::Missing(path.clone())
            } else {
                TreeError::Unreadable {
                    path: path.clone(),
                    message: e.to_string(),
                }
            }
        })?;
        let full = path.canonicalize().unwrap_or_else(|_| path.clone());
        let shown = match full.strip_prefix(&base) {
            Ok(rel) => slash_path(rel),
            Err(_) => slash_path(path),
        };
        if meta.is_dir() {
            let (listed, how) = list(&full)?;
            scope.push(format!(
                "{} files {how} under `{}`",
                listed.len(),
                path.display()
            ));
            let prefix = if shown.is_empty() {
                String::new()
            } else {
                format!("{shown}/")
            };
            files.extend(
                listed
                    .into_iter()
                    .map(|rel| (full.join(&rel), format!("{prefix}{rel}"))),
            );
        } else {
            scope.push(format!("`{}`", path.display()));
            files.push((full, shown));
        }
    }
    files.sort_by(|a, b| a.1.cmp(&b.1));
    files.dedup_by(|a, b| a.1 == b.1);
    let results: Vec<(String, Scanned)> = files
        .par_iter()
        .map_init(Vec::new, |buffer, (full, rel)| {
            let scanned = if excludes.is_some_and(|x| x.is_match(rel)) || engine.ignores_path(rel) {
                Scanned::Excluded
            } else {
                read_and_scan(engine, full, rel, limits, buffer)
            };
            (rel.clone(), scanned)
        })
        .collect();
    let mut outcome = ScanOutcome {
        scope: scope.join(", "),
        ..ScanOutcome::default()
    };
    let mut stats = Stats::default();
    for (path, scanned) in results {
        for hit in scanned.tally(&path, &mut stats, &mut outcome) {
            outcome.found.push(Found {
                path: path.clone(),
                commit: None,
                hit,
            });
        }
    }
    outcome.stats = stats;
    outcome.errors.sort();
    Ok(outcome)
}

fn read_and_scan(
    engine: &Engine,
    full: &Path,
    rel: &str,
    limits: &Limits,
    buffer: &mut Vec<u8>,
) -> Scanned {
    let mut read = || -> std::io::Result<Option<()>> {
        // Ask before opening: opening a FIFO would wait for a writer.
        let meta = std::fs::metadata(full)?;
        if !meta.is_file() {
            return Err(std::io::Error::other(
                "not a regular file (a folder, FIFO, socket or device)",
            ));
        }
        if meta.len() > limits.max_file_size {
            return Ok(None);
        }
        let file = File::open(full)?;
        buffer.clear();
        file.take(limits.max_file_size + 1).read_to_end(buffer)?;
        Ok(Some(()))
    };
    match read() {
        Ok(None) => Scanned::Large,
        Ok(Some(())) if buffer.len() as u64 > limits.max_file_size => Scanned::Large,
        Ok(Some(())) => Scanned::content(engine, rel, buffer),
        // A tracked file deleted from the work tree holds nothing to leak.
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Scanned::Excluded,
        Err(e) => Scanned::Unreadable(format!("`{rel}`: {e}")),
    }
}

/// The files to scan, relative to `root` and `/`-separated, sorted, and how
/// they were chosen.
fn list(root: &Path) -> Result<(Vec<String>, &'static str), TreeError> {
    let unreadable = |message: String| TreeError::Unreadable {
        path: root.to_path_buf(),
        message,
    };
    if let Some(files) = tracked(root) {
        return Ok((files, "tracked by git"));
    }
    let mut files = Vec::new();
    for entry in walkdir::WalkDir::new(root)
        .follow_links(false)
        .into_iter()
        .filter_entry(|e| e.file_name() != ".git")
    {
        let entry = entry.map_err(|e| unreadable(e.to_string()))?;
        if let (true, Ok(rel)) = (entry.file_type().is_file(), entry.path().strip_prefix(root)) {
            files.push(slash_path(rel));
        }
    }
    files.sort();
    Ok((files, "found"))
}

/// The files git tracks under `root`, relative to it; `None` outside git.
fn tracked(root: &Path) -> Option<Vec<String>> {
    let repo = git2::Repository::discover(root).ok()?;
    let workdir = repo.workdir()?.canonicalize().ok()?;
    let root = root.canonicalize().ok()?;
    let prefix = root.strip_prefix(&workdir).ok()?;
    let prefix = if prefix.as_os_str().is_empty() {
        String::new()
    } else {
        format!("{}/", slash_path(prefix))
    };
    let index = repo.index().ok()?;
    let mut files: Vec<String> = index
        .iter()
        // Stage 0 only; gitlinks (submodules) and symlinks hold no text of ours.
        .filter(|e| crate::scan::is_plain_file(e.flags, e.mode))
        .filter_map(|e| {
            let path = String::from_utf8_lossy(&e.path).into_owned();
            path.strip_prefix(&prefix).map(str::to_owned)
        })
        .collect();
    files.dedup();
    // A folder git ignores entirely is scanned as if outside git.
    (!files.is_empty()).then_some(files)
}
