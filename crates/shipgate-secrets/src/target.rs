//! What one run of the secrets gate reads, resolved from `[secrets]` and
//! the request, and the scan of it.
//!
//! `shipgate secrets scan` without history flags and `shipgate check` read
//! the same: the working tree and the history `[secrets]` asks for. Explicit
//! history flags read the commits alone; `staged` reads the index alone.

use std::path::{Path, PathBuf};

use shipgate_config::SecretsConfig;

use crate::engine::Engine;
use crate::history::{HistoryError, Range, scan_history, scan_staged};
use crate::scan::{DEFAULT_MAX_FILE_SIZE, Limits, ScanOutcome};
use crate::tree::{TreeError, scan_paths};

/// What the command line asks for, beside the configuration.
#[derive(Debug, Clone, Default)]
pub struct Request {
    /// Folders and files to read; none means the base folder.
    pub paths: Vec<PathBuf>,
    /// Read the commits after this revision instead of the files.
    pub since_commit: Option<String>,
    /// Read every commit instead of the files.
    pub all_history: bool,
    /// Read the staged changes instead of anything else.
    pub staged: bool,
    /// The size limit, over `[secrets] max_file_size`.
    pub max_file_size: Option<u64>,
    /// Globs never read, added to `[secrets] exclude`.
    pub exclude: Vec<String>,
}

/// What one run reads.
#[derive(Debug, Clone)]
pub struct Target {
    /// Paths to read as they are now, reported relative to `base`.
    pub tree: Option<Vec<PathBuf>>,
    /// Git history to read.
    pub history: Option<Range>,
    /// The staged changes instead of anything else.
    pub staged: bool,
    /// The folder paths are reported relative to; history is that of the
    /// repository holding it.
    pub base: PathBuf,
    /// Size limit.
    pub limits: Limits,
    /// Globs of reported paths never read.
    pub exclude: Vec<String>,
}

/// Why a target cannot be scanned.
#[derive(Debug, thiserror::Error)]
pub enum ScanError {
    /// A path to read is missing or cannot be listed.
    #[error(transparent)]
    Tree(#[from] TreeError),
    /// The history or the index cannot be read.
    #[error(transparent)]
    History(#[from] HistoryError),
    /// An exclude glob is invalid.
    #[error("the exclude glob is invalid: {0}")]
    Exclude(String),
}

impl Target {
    /// Resolves what to read from `[secrets]` and the request; `base` is the
    /// folder paths are reported relative to.
    pub fn resolve(section: &SecretsConfig, request: &Request, base: &Path) -> Self {
        let paths = if request.paths.is_empty() {
            vec![base.to_path_buf()]
        } else {
            request.paths.clone()
        };
        let (tree, history) = if request.staged {
            (None, None)
        } else if let Some(rev) = &request.since_commit {
            (None, Some(Range::Since(rev.clone())))
        } else if request.all_history {
            (None, Some(Range::All))
        } else {
            let history = match (&section.since_commit, section.all_history) {
                (Some(rev), _) => Some(Range::Since(rev.clone())),
                (None, true) => Some(Range::All),
                (None, false) => None,
            };
            (Some(paths), history)
        };
        let mut exclude = section.exclude.clone();
        exclude.extend(request.exclude.iter().cloned());
        Self {
            tree,
            history,
            staged: request.staged,
            base: base.to_path_buf(),
            limits: Limits {
                max_file_size: request
                    .max_file_size
                    .or(section.max_file_size)
                    .unwrap_or(DEFAULT_MAX_FILE_SIZE),
            },
            exclude,
        }
    }

    /// Scans the target. `also_exclude` are more globs never read (shipgate's
    /// own files: the config and the baseline).
    pub fn scan(&self, engine: &Engine, also_exclude: &[String]) -> Result<ScanOutcome, ScanError> {
        if self.staged {
            return Ok(scan_staged(engine, &self.base, &self.limits)?);
        }
        let mut outcome: Option<ScanOutcome> = None;
        if let Some(paths) = &self.tree {
            let mut excludes = self.exclude.clone();
            excludes.extend(also_exclude.iter().cloned());
            let set = crate::allow::glob_set(&excludes).map_err(ScanError::Exclude)?;
            outcome = Some(scan_paths(
                engine,
                &self.base,
                paths,
                Some(&set),
                &self.limits,
            )?);
        }
        if let Some(range) = &self.history {
            let history = scan_history(engine, &self.base, range, &self.limits)?;
            outcome = Some(match outcome {
                Some(tree) => tree.merge(history),
                None => history,
            });
        }
        Ok(outcome.unwrap_or_default())
    }
}

#[cfg(test)]
mod tests {
    use super::{Request, Target};
    use crate::history::Range;

    fn section(toml: &str) -> shipgate_config::SecretsConfig {
        shipgate_config::Config::from_str_at(toml, std::path::Path::new("/r/shipgate.toml"))
            .unwrap()
            .secrets
    }

    #[test]
    fn no_flags_read_the_tree_and_the_configured_history() {
        let base = std::path::Path::new("/r");
        let t = Target::resolve(
            &section("[secrets]\nall_history = true\n"),
            &Request::default(),
            base,
        );
        assert_eq!(t.tree.as_deref(), Some(&[base.to_path_buf()][..]));
        assert_eq!(t.history, Some(Range::All));
        let t = Target::resolve(&section(""), &Request::default(), base);
        assert_eq!(t.history, None);
    }

    #[test]
    fn history_flags_read_the_commits_alone_and_staged_the_index_alone() {
        let base = std::path::Path::new("/r");
        let since = Request {
            since_commit: Some("origin/main".into()),
            ..Request::default()
        };
        let t = Target::resolve(&section("[secrets]\nall_history = true\n"), &since, base);
        assert_eq!(t.tree, None);
        assert_eq!(t.history, Some(Range::Since("origin/main".into())));
        let staged = Request {
            staged: true,
            ..Request::default()
        };
        let t = Target::resolve(&section("[secrets]\nall_history = true\n"), &staged, base);
        assert!(t.staged && t.tree.is_none() && t.history.is_none());
    }

    #[test]
    fn the_size_limit_and_excludes_combine_flag_and_config() {
        let request = Request {
            max_file_size: Some(10),
            exclude: vec!["b/**".into()],
            ..Request::default()
        };
        let t = Target::resolve(
            &section("[secrets]\nmax_file_size = 99\nexclude = [\"a/**\"]\n"),
            &request,
            std::path::Path::new("/r"),
        );
        assert_eq!(t.limits.max_file_size, 10);
        assert_eq!(t.exclude, ["a/**", "b/**"]);
    }
}
