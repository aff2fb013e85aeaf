//! Finds migration files: configured folders, explicit paths, and the files a
//! change set touched (`--changed-since`, read with git).

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;

use globset::{Glob, GlobSet, GlobSetBuilder};
use shipgate_config::Config;
use walkdir::WalkDir;

use crate::engine::MigrationFile;

/// Why discovery failed.
#[derive(Debug, thiserror::Error)]
pub enum DiscoverError {
    /// An explicit path does not exist.
    #[error("`{0}` does not exist")]
    Missing(PathBuf),
    /// A folder could not be walked.
    #[error("cannot read `{path}`: {message}")]
    Walk {
        /// The folder.
        path: PathBuf,
        /// What went wrong.
        message: String,
    },
    /// git could not be run.
    #[error("cannot run git in `{path}`: {message}")]
    GitUnavailable {
        /// The folder git ran in.
        path: PathBuf,
        /// What went wrong.
        message: String,
    },
    /// git refused the revision.
    #[error("git cannot compare with `{rev}`: {message}")]
    BadRevision {
        /// The revision given.
        rev: String,
        /// git's message.
        message: String,
    },
    /// An exclude pattern is invalid (validated with the config; kept for completeness).
    #[error("invalid exclude pattern: {0}")]
    Pattern(#[from] globset::Error),
}

/// Whether a `.sql` file name is an up migration (not `*.down.sql`, diesel
/// `down.sql`, or a Flyway undo `U1__x.sql`).
fn is_up_sql(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    let is_sql = Path::new(&lower).extension().is_some_and(|e| e == "sql");
    if !is_sql || lower.ends_with(".down.sql") || lower == "down.sql" {
        return false;
    }
    let undo = lower.starts_with('u')
        && lower[1..]
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_digit())
        && lower.contains("__");
    !undo
}

fn is_migration(path: &Path, laravel: bool) -> bool {
    let Some(name) = path.file_name().and_then(|n| n.to_str()) else {
        return false;
    };
    if laravel {
        name.to_ascii_lowercase().ends_with(".php")
    } else {
        is_up_sql(name)
    }
}

fn excludes(config: &Config) -> Result<GlobSet, DiscoverError> {
    let mut builder = GlobSetBuilder::new();
    for pattern in &config.migrations.exclude {
        builder.add(Glob::new(pattern.get_ref())?);
    }
    Ok(builder.build()?)
}

/// The path relative to `root`, `/`-separated; the path as given if outside `root`.
pub fn display_path(root: &Path, path: &Path) -> String {
    let relative = path.strip_prefix(root).unwrap_or(path);
    let text = relative.to_string_lossy().replace('\\', "/");
    text.strip_prefix("./").map(str::to_owned).unwrap_or(text)
}

fn walk(dir: &Path, laravel: bool, out: &mut BTreeSet<PathBuf>) -> Result<(), DiscoverError> {
    let walker = WalkDir::new(dir)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| {
            let name = e.file_name().to_string_lossy();
            e.depth() == 0 || !(name.starts_with('.') || name == "vendor" || name == "node_modules")
        });
    for entry in walker {
        let entry = entry.map_err(|e| DiscoverError::Walk {
            path: dir.to_path_buf(),
            message: e.to_string(),
        })?;
        if entry.file_type().is_file() && is_migration(entry.path(), laravel) {
            out.insert(entry.path().to_path_buf());
        }
    }
    Ok(())
}

/// The migration files: the explicit `paths` (files or folders) if any are
/// given, else every file in the configured folders. Excluded files are left out.
pub fn discover(config: &Config, paths: &[PathBuf]) -> Result<Vec<MigrationFile>, DiscoverError> {
    let mut found = BTreeSet::new();
    if paths.is_empty() {
        for dir in &config.migrations.paths {
            let dir = config.resolve(dir);
            if dir.is_dir() {
                walk(&dir, false, &mut found)?;
            }
        }
        for dir in &config.migrations.laravel_paths {
            let dir = config.resolve(dir);
            if dir.is_dir() {
                walk(&dir, true, &mut found)?;
            }
        }
    } else {
        for path in paths {
            if path.is_dir() {
                walk(path, false, &mut found)?;
                walk(path, true, &mut found)?;
            } else if path.is_file() {
                found.insert(path.clone());
            } else {
                return Err(DiscoverError::Missing(path.clone()));
            }
        }
    }
    let excluded = excludes(config)?;
    let root = config
        .root
        .canonicalize()
        .unwrap_or_else(|_| config.root.clone());
    Ok(found
        .into_iter()
        .map(|path| {
            let absolute = path.canonicalize().unwrap_or_else(|_| path.clone());
            let display = display_path(&root, &absolute);
            MigrationFile {
                path,
                display,
                checked: true,
            }
        })
        .filter(|f| !excluded.is_match(&f.display))
        .collect())
}

/// Paths (relative to `root`, `/`-separated) added or changed since `rev`,
/// committed or not, plus untracked files.
pub fn changed_since(root: &Path, rev: &str) -> Result<BTreeSet<String>, DiscoverError> {
    let git = |args: &[&str]| -> Result<String, DiscoverError> {
        let output = Command::new("git")
            .arg("-C")
            .arg(root)
            .args(args)
            .output()
            .map_err(|e| DiscoverError::GitUnavailable {
                path: root.to_path_buf(),
                message: e.to_string(),
            })?;
        if !output.status.success() {
            return Err(DiscoverError::BadRevision {
                rev: rev.to_owned(),
                message: String::from_utf8_lossy(&output.stderr).trim().to_owned(),
            });
        }
        Ok(String::from_utf8_lossy(&output.stdout).into_owned())
    };
    let verified = format!("{rev}^{{commit}}");
    git(&["rev-parse", "--verify", "--quiet", &verified])?;
    let mut changed: BTreeSet<String> = git(&[
        "diff",
        "--name-only",
        "--relative",
        "--diff-filter=ACMR",
        rev,
        "--",
    ])?
    .lines()
    .map(str::to_owned)
    .collect();
    changed.extend(
        git(&["ls-files", "--others", "--exclude-standard"])?
            .lines()
            .map(str::to_owned),
    );
    Ok(changed)
}

#[cfg(test)]
mod tests {
    use super::is_up_sql;

    #[test]
    fn recognises_up_migrations() {
        assert!(is_up_sql("V1__init.sql"));
        assert!(is_up_sql("20240101_add_fee.up.sql"));
        assert!(is_up_sql("up.sql"));
        assert!(is_up_sql("001_users.sql"));
        assert!(!is_up_sql("20240101_add_fee.down.sql"));
        assert!(!is_up_sql("down.sql"));
        assert!(!is_up_sql("U1__init.sql"));
        assert!(!is_up_sql("notes.txt"));
    }
}
