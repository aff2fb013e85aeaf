//! What every scan produces: the secrets found, where, and what was read,
//! skipped or could not be read.

use crate::engine::{Dropped, Engine, FileScan, Hit};
use crate::place::Reason;

/// The commit a secret from history was introduced in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CommitInfo {
    /// Full hex id.
    pub id: String,
    /// Author name.
    pub author: String,
    /// Author e-mail.
    pub email: String,
    /// Author time, seconds since the Unix epoch.
    pub time: i64,
}

/// One secret, where it was found.
#[derive(Debug, Clone)]
pub struct Found {
    /// Repository- or scan-root-relative path, `/`-separated.
    pub path: String,
    /// For history scans: the commit that introduced the secret at `path`.
    pub commit: Option<usize>,
    /// The secret, redacted, and its position.
    pub hit: Hit,
}

/// Counts of what a scan read and skipped.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Stats {
    /// Files or blobs scanned.
    pub scanned: u64,
    /// Bytes scanned.
    pub bytes: u64,
    /// Skipped because they hold a NUL byte in their first 8 KiB.
    pub skipped_binary: u64,
    /// Skipped because they exceed the size limit.
    pub skipped_large: u64,
    /// Skipped by a path exclude or allowlist.
    pub skipped_excluded: u64,
    /// Could not be read.
    pub unreadable: u64,
    /// Commits walked (history scans).
    pub commits: u64,
    /// Matches not reported, per [`Reason`] (by [`Reason::index`]).
    pub dropped: [u64; Reason::ALL.len()],
}

impl std::ops::AddAssign for Stats {
    fn add_assign(&mut self, other: Self) {
        self.scanned += other.scanned;
        self.bytes += other.bytes;
        self.skipped_binary += other.skipped_binary;
        self.skipped_large += other.skipped_large;
        self.skipped_excluded += other.skipped_excluded;
        self.unreadable += other.unreadable;
        self.commits += other.commits;
        for (mine, theirs) in self.dropped.iter_mut().zip(other.dropped) {
            *mine += theirs;
        }
    }
}

/// The result of a scan.
#[derive(Debug, Clone, Default)]
pub struct ScanOutcome {
    /// The secrets, sorted by path, commit order and position.
    pub found: Vec<Found>,
    /// The commits findings refer to, by index.
    pub commits: Vec<CommitInfo>,
    /// What was read and skipped.
    pub stats: Stats,
    /// What was scanned, in words: the range, the files.
    pub scope: String,
    /// Set when history the scan was asked for is missing (a shallow clone),
    /// saying what is missing and how to fetch it.
    pub incomplete: Option<String>,
    /// Files that could not be read, with the reason.
    pub errors: Vec<String>,
    /// Matches not reported, with where and why: the first
    /// [`MAX_DROPPED_LISTED`]; [`Stats::dropped`] counts them all.
    pub dropped: Vec<DroppedAt>,
}

/// A match not reported, and the file it was in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DroppedAt {
    /// Repository- or scan-root-relative path, `/`-separated.
    pub path: String,
    /// The match and why it was not reported.
    pub dropped: Dropped,
}

/// How many dropped matches a scan lists; it counts all of them.
pub const MAX_DROPPED_LISTED: usize = 1000;

/// Options every scan takes.
#[derive(Debug, Clone)]
pub struct Limits {
    /// Files and blobs larger than this many bytes are skipped and counted.
    pub max_file_size: u64,
}

impl Default for Limits {
    fn default() -> Self {
        Self {
            max_file_size: DEFAULT_MAX_FILE_SIZE,
        }
    }
}

/// The default size limit: 5 MiB.
pub const DEFAULT_MAX_FILE_SIZE: u64 = 5 * 1024 * 1024;

/// Whether content looks binary: a NUL byte in its first 8 KiB, as git decides.
pub fn is_binary(content: &[u8]) -> bool {
    content[..content.len().min(8192)].contains(&0)
}

/// Whether a git index entry is a stage-0 regular file: not a conflict side,
/// a symlink or a submodule.
pub(crate) fn is_plain_file(flags: u16, mode: u32) -> bool {
    flags & 0x3000 == 0 && mode & 0o170_000 == 0o100_000
}

/// What scanning one file or blob gave.
pub(crate) enum Scanned {
    Hits(u64, FileScan),
    Binary,
    Large,
    Excluded,
    Unreadable(String),
}

impl Scanned {
    /// Scans `content` unless it is binary.
    pub(crate) fn content(engine: &Engine, path: &str, content: &[u8]) -> Self {
        if is_binary(content) {
            return Self::Binary;
        }
        Self::Hits(content.len() as u64, engine.scan_explained(path, content))
    }

    /// Counts this result of `path` into `outcome`'s stats, errors and
    /// dropped matches; returns the hits.
    pub(crate) fn tally(
        self,
        path: &str,
        stats: &mut Stats,
        outcome: &mut ScanOutcome,
    ) -> Vec<Hit> {
        let errors = &mut outcome.errors;
        match self {
            Self::Hits(bytes, scan) => {
                stats.scanned += 1;
                stats.bytes += bytes;
                for dropped in scan.dropped {
                    stats.dropped[dropped.reason.index()] += 1;
                    if outcome.dropped.len() < MAX_DROPPED_LISTED {
                        outcome.dropped.push(DroppedAt {
                            path: path.to_owned(),
                            dropped,
                        });
                    }
                }
                return scan.hits;
            }
            Self::Binary => stats.skipped_binary += 1,
            Self::Large => stats.skipped_large += 1,
            Self::Excluded => stats.skipped_excluded += 1,
            Self::Unreadable(why) => {
                stats.unreadable += 1;
                errors.push(why);
            }
        }
        Vec::new()
    }
}

impl ScanOutcome {
    /// Joins a history scan into this one. A secret both scans found at the
    /// same path is kept once, with the commit that introduced it.
    #[must_use]
    pub fn merge(mut self, other: Self) -> Self {
        let offset = self.commits.len();
        let mut found: Vec<Found> = other
            .found
            .into_iter()
            .map(|mut f| {
                f.commit = f.commit.map(|c| c + offset);
                f
            })
            .collect();
        let known: std::collections::HashSet<(usize, &str, [u8; 32])> = found
            .iter()
            .map(|f| (f.hit.rule, f.path.as_str(), f.hit.digest))
            .collect();
        let own: Vec<Found> = self
            .found
            .drain(..)
            .filter(|f| !known.contains(&(f.hit.rule, f.path.as_str(), f.hit.digest)))
            .collect();
        found.extend(own);
        self.found = found;
        self.commits.extend(other.commits);
        self.stats += other.stats;
        self.scope = format!("{}; {}", self.scope, other.scope);
        self.incomplete = self.incomplete.or(other.incomplete);
        self.errors.extend(other.errors);
        self.dropped.extend(other.dropped);
        self.dropped.truncate(MAX_DROPPED_LISTED);
        self
    }
}
