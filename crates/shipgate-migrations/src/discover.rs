//! Finds migration files: configured folders, explicit paths, and the files a
//! change set touched (`--changed-since`, read with libgit2).

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use globset::{Glob, GlobSet, GlobSetBuilder};
use rayon::prelude::*;
use shipgate_config::{Config, ConfigError};
use shipgate_report::display_path;
use toml::Spanned;
use walkdir::WalkDir;

use crate::canonical::{Canonical, KnownFolders};
use crate::decode::special_kind;

/// A file to read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MigrationFile {
    /// Where to read it.
    pub path: PathBuf,
    /// How to show it: relative to the repository root, `/`-separated.
    pub display: String,
    /// Whether its findings are reported. Files outside the change set are still
    /// read, so the schema they build is known.
    pub checked: bool,
    /// Discovery saw a regular file at `path` itself, not a symbolic link:
    /// the read need not ask the file system what it is before opening it.
    /// `false` when unknown.
    pub regular: bool,
}

/// Why discovery failed.
#[derive(Debug, thiserror::Error)]
pub enum DiscoverError {
    /// An explicit path does not exist.
    #[error("`{0}` does not exist")]
    Missing(PathBuf),
    /// An explicit path is a symbolic link whose target cannot be reached.
    #[error("`{path}` is a symbolic link that cannot be followed: {message}")]
    BrokenLink {
        /// The path given.
        path: PathBuf,
        /// The OS error.
        message: String,
    },
    /// An explicit path exists but is neither a file nor a folder.
    #[error("`{path}` is {kind}, not a migration file or folder")]
    NotAFileOrFolder {
        /// The path given.
        path: PathBuf,
        /// What it is: `a FIFO (named pipe)`, `a socket`, ...
        kind: &'static str,
    },
    /// An explicit file is neither SQL nor PHP: `shipgate.toml`, a README.
    #[error(
        "`{0}` is not a migration: shipgate reads SQL (`*.sql`, `*.pgsql`, `*.psql`) and Laravel migrations (`*.php`)"
    )]
    NotAMigration(PathBuf),
    /// A configured path (`[migrations] paths` or `laravel_paths`) does not
    /// exist or holds no migration.
    #[error(transparent)]
    Configured(#[from] ConfigError),
    /// A folder could not be walked.
    #[error("cannot read `{path}`: {message}")]
    Walk {
        /// The folder.
        path: PathBuf,
        /// What went wrong.
        message: String,
    },
    /// The folder is not inside a git work tree.
    #[error("`--changed-since` needs a git work tree, and `{path}` is not in one: {message}")]
    NotARepository {
        /// The folder searched from.
        path: PathBuf,
        /// libgit2's message.
        message: String,
    },
    /// `--changed-since ""`.
    #[error("`--changed-since` was given an empty revision")]
    EmptyRevision,
    /// The revision cannot be resolved to a commit.
    #[error("cannot compare with `{rev}`: {message}")]
    BadRevision {
        /// The revision given.
        rev: String,
        /// libgit2's message.
        message: String,
    },
    /// The repository could not be read.
    #[error("cannot read the git repository at `{path}`: {message}")]
    Git {
        /// The folder searched from.
        path: PathBuf,
        /// libgit2's message.
        message: String,
    },
    /// An exclude pattern is invalid (validated with the config; kept for completeness).
    #[error("invalid exclude pattern: {0}")]
    Pattern(#[from] globset::Error),
}

/// A place that was searched and held no migration: a failing finding, since
/// "0 files checked" is never a pass.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NothingFound {
    /// Where the finding points: the folder as shown, or `.`.
    pub path: String,
    /// What was searched, for the message: `` `db` `` or a list of folders.
    pub searched: String,
    /// What to do about it.
    pub help: String,
}

/// What discovery found.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Discovery {
    /// The migration files, sorted by path, excluded ones left out.
    pub files: Vec<MigrationFile>,
    /// Places searched that held no migration.
    pub nothing_found: Vec<NothingFound>,
}

/// The extensions of SQL migrations: `.sql`, and PostgreSQL's `.pgsql` and
/// `.psql`.
const SQL_EXTENSIONS: [&str; 3] = ["sql", "pgsql", "psql"];

/// Whether a `.sql` file name is an up migration (not `*.down.sql`, diesel
/// `down.sql`, or a Flyway undo `U1__x.sql`).
fn is_up_sql(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    let Some(extension) = Path::new(&lower)
        .extension()
        .and_then(|e| e.to_str())
        .filter(|e| SQL_EXTENSIONS.contains(e))
    else {
        return false;
    };
    if lower.ends_with(&format!(".down.{extension}")) || lower == format!("down.{extension}") {
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

/// The migration files found, each with whether it was seen to be a regular
/// file and not a symbolic link (see [`MigrationFile::regular`]): in path
/// order, each path once, the last word on a path kept.
///
/// Paths usually come in order already (a shell's glob, a sorted walk), so
/// they are kept in a list and sorted only when one comes out of order: a
/// path is then compared once with the one before, not a dozen times on
/// its way into a tree (on a few hundred files, most of discovery's time on
/// the thread that goes on to check them).
struct Found {
    files: Vec<(PathBuf, bool)>,
    in_order: bool,
}

impl Found {
    fn new() -> Self {
        Self {
            files: Vec::new(),
            in_order: true,
        }
    }

    fn insert(&mut self, path: PathBuf, regular: bool) {
        if let Some((last, _)) = self.files.last() {
            self.in_order &= *last < path;
        }
        self.files.push((path, regular));
    }

    fn is_empty(&self) -> bool {
        self.files.is_empty()
    }

    /// The files in path order; of a path found more than once, its last finding.
    fn into_sorted(self) -> Vec<(PathBuf, bool)> {
        let mut files = self.files;
        if !self.in_order {
            // Stable: of equal paths, the last found stays last.
            files.sort_by(|(a, _), (b, _)| a.cmp(b));
            let mut kept: Vec<(PathBuf, bool)> = Vec::with_capacity(files.len());
            for file in files {
                match kept.last_mut() {
                    Some(last) if last.0 == file.0 => *last = file,
                    _ => kept.push(file),
                }
            }
            files = kept;
        }
        files
    }
}

/// Adds the migrations under `dir` to `out`; returns how many it found.
///
/// A migration-named symbolic link is taken whether or not it can be
/// followed: one that cannot (dangling, or a loop) then fails as an
/// unreadable migration, instead of being skipped without a word.
fn walk(dir: &Path, laravel: bool, out: &mut Found) -> Result<usize, DiscoverError> {
    let walker = WalkDir::new(dir)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| {
            let name = e.file_name().to_string_lossy();
            e.depth() == 0 || !(name.starts_with('.') || name == "vendor" || name == "node_modules")
        });
    let mut found = 0;
    for entry in walker {
        let entry = entry.map_err(|e| DiscoverError::Walk {
            path: dir.to_path_buf(),
            message: e.to_string(),
        })?;
        let file_type = entry.file_type();
        // Anything with a migration's name but a folder is a migration to
        // check: a link to a file is read; a link that cannot be followed, a
        // FIFO or a socket is reported as unreadable rather than skipped.
        let candidate = if file_type.is_symlink() {
            !std::fs::metadata(entry.path()).is_ok_and(|m| m.is_dir())
        } else {
            !file_type.is_dir()
        };
        if candidate && is_migration(entry.path(), laravel) {
            // The entry's type is the file's own, not a link's target.
            out.insert(entry.path().to_path_buf(), file_type.is_file());
            found += 1;
        }
    }
    Ok(found)
}

/// Why an explicit path cannot be read as a file or folder.
fn explicit_path_error(path: &Path) -> DiscoverError {
    match std::fs::symlink_metadata(path) {
        Err(_) => DiscoverError::Missing(path.to_path_buf()),
        Ok(link) => match std::fs::metadata(path) {
            Err(err) if link.file_type().is_symlink() => DiscoverError::BrokenLink {
                path: path.to_path_buf(),
                message: err.to_string(),
            },
            Err(_) => DiscoverError::Missing(path.to_path_buf()),
            Ok(metadata) => DiscoverError::NotAFileOrFolder {
                path: path.to_path_buf(),
                kind: special_kind(&metadata),
            },
        },
    }
}

/// Checks the folders of one configured key, adding their migrations.
fn configured(
    config: &Config,
    key: &str,
    entries: &[Spanned<String>],
    laravel: bool,
    found: &mut Found,
) -> Result<(), DiscoverError> {
    for entry in entries {
        let path = config.resolve(entry.get_ref());
        let problem = if path.is_dir() {
            if walk(&path, laravel, found)? > 0 {
                continue;
            }
            if laravel {
                "holds no Laravel migration (`*.php`)".to_owned()
            } else {
                "holds no SQL migration (`*.sql`, other than `*.down.sql`)".to_owned()
            }
        } else if path.is_file() {
            if is_migration(&path, laravel) {
                found.insert(path, false);
                continue;
            }
            if laravel {
                "is not a Laravel migration (`*.php`)".to_owned()
            } else {
                "is not an SQL migration (`*.sql`)".to_owned()
            }
        } else {
            match explicit_path_error(&path) {
                DiscoverError::NotAFileOrFolder { kind, .. } => format!("is {kind}, not a folder"),
                DiscoverError::BrokenLink { message, .. } => {
                    format!("is a symbolic link that cannot be followed ({message})")
                }
                _ => "does not exist".to_owned(),
            }
        };
        let file = config.path.clone().unwrap_or_default();
        let text = std::fs::read_to_string(&file).unwrap_or_default();
        let span = (!text.is_empty()).then(|| entry.span());
        return Err(ConfigError::at_span(
            file,
            &text,
            span,
            format!(
                "`[migrations] {key}` names `{}`, which {problem}",
                entry.get_ref()
            ),
        )
        .with_hint(format!(
            "paths are relative to the folder of shipgate.toml (`{}`); fix the entry or remove it",
            config.root.display()
        ))
        .into());
    }
    Ok(())
}

fn quoted(paths: &[&str]) -> String {
    let quoted: Vec<String> = paths.iter().map(|p| format!("`{p}`")).collect();
    quoted.join(", ")
}

/// The migration files: the explicit `paths` (files or folders) if any are
/// given, else every file in the configured folders. Excluded files are left out.
///
/// A configured folder that does not exist or holds no migration is a
/// configuration error; an explicit folder that holds none, or a search that
/// finds nothing at all, is reported in [`Discovery::nothing_found`].
pub fn discover(config: &Config, paths: &[PathBuf]) -> Result<Discovery, DiscoverError> {
    let mut found = Found::new();
    let mut nothing_found = Vec::new();
    let root = config
        .root
        .canonicalize()
        .unwrap_or_else(|_| config.root.clone());
    let show = |canonical: &mut Canonical, path: &Path, regular: bool| {
        let absolute = canonical
            .of_file(path, regular)
            .unwrap_or_else(|| path.to_path_buf());
        let shown = display_path(&root, &absolute);
        if shown.is_empty() {
            ".".to_owned()
        } else {
            shown
        }
    };
    let m = &config.migrations;
    // Folders known from their parent's listing; for explicit files, read
    // while their own `lstat`s are made.
    let mut known = None;
    if paths.is_empty() {
        for (key, entries, defaults, laravel) in [
            ("paths", &m.paths, &m.sql_paths(), false),
            (
                "laravel_paths",
                &m.laravel_paths,
                &m.laravel_folders(),
                true,
            ),
        ] {
            if let Some(entries) = entries {
                configured(config, key, entries, laravel, &mut found)?;
            } else {
                for dir in defaults {
                    let dir = config.resolve(dir);
                    if dir.is_dir() {
                        walk(&dir, laravel, &mut found)?;
                    }
                }
            }
        }
        if found.is_empty() {
            let searched: Vec<&str> = m
                .sql_paths()
                .into_iter()
                .chain(m.laravel_folders())
                .collect();
            nothing_found.push(NothingFound {
                path: ".".into(),
                searched: if searched.is_empty() {
                    "no folder: `[migrations] paths` and `laravel_paths` are both empty".into()
                } else {
                    quoted(&searched)
                },
                help: "set `[migrations] paths` (SQL) or `laravel_paths` (Laravel) in shipgate.toml; if the repository has no migrations, set `[migrations] enabled = false`".into(),
            });
        }
    } else {
        // One `lstat` per path (and a `stat` for a link), in parallel: a
        // file system is slow to ask. Whether the path is a link itself is
        // kept, so that neither resolving nor reading it asks again.
        let (metadata, listed): (Vec<(Option<std::fs::Metadata>, bool)>, _) = rayon::join(
            || {
                paths
                    .par_iter()
                    .map(|path| match std::fs::symlink_metadata(path) {
                        Ok(own) if !own.file_type().is_symlink() => (Some(own), true),
                        _ => (std::fs::metadata(path).ok(), false),
                    })
                    .collect()
            },
            // What a listing shows of the folders named is true whether or
            // not every path turns out to be a file.
            || KnownFolders::of_files(paths.iter().map(PathBuf::as_path)),
        );
        known = Some(listed);
        for (path, (metadata, not_a_link)) in paths.iter().zip(metadata) {
            if metadata.as_ref().is_some_and(std::fs::Metadata::is_dir) {
                // The files found in it are listed from their own folders.
                known = None;
                let count = walk(path, false, &mut found)? + walk(path, true, &mut found)?;
                if count == 0 {
                    let shown = show(&mut Canonical::default(), path, false);
                    nothing_found.push(NothingFound {
                        searched: format!("`{shown}`"),
                        path: shown,
                        help: "pass the folder that holds the migrations (`*.sql`, or Laravel `*.php`)".into(),
                    });
                }
            } else if metadata.as_ref().is_some_and(std::fs::Metadata::is_file) {
                // Named, a down migration is still read; a file of another
                // kind (the config, a README) is refused, never read as SQL.
                let readable = path.extension().and_then(|e| e.to_str()).is_some_and(|e| {
                    let e = e.to_ascii_lowercase();
                    e == "php" || SQL_EXTENSIONS.contains(&e.as_str())
                });
                if !readable {
                    return Err(DiscoverError::NotAMigration(path.clone()));
                }
                found.insert(path.clone(), not_a_link);
            } else {
                return Err(explicit_path_error(path));
            }
        }
    }
    let excluded = excludes(config)?;
    let found = found.into_sorted();
    let known = known
        .unwrap_or_else(|| KnownFolders::of_files(found.iter().map(|(path, _)| path.as_path())));
    let files: Vec<MigrationFile> = found
        .into_par_iter()
        // Each piece of work resolves its folders once: split finer, every
        // file would look up its folder's whole chain again.
        .with_min_len(FILES_PER_TASK)
        .map_init(
            || Canonical::with_known(&known),
            |canonical, (path, regular)| {
                let display = show(canonical, &path, regular);
                MigrationFile {
                    path,
                    display,
                    checked: true,
                    regular,
                }
            },
        )
        .filter(|f| excluded.is_empty() || !excluded.is_match(&f.display))
        .collect();
    // A file named twice (`db`, `./db/../db/V1.sql`) is checked once: its
    // resolved path, shown, is the same.
    let mut seen = crate::fast_hash::HashSet::default();
    let first: Vec<bool> = files
        .iter()
        .map(|f| seen.insert(f.display.as_str()))
        .collect();
    drop(seen);
    let files: Vec<MigrationFile> = if first.iter().all(|&first| first) {
        files
    } else {
        files
            .into_iter()
            .zip(first)
            .filter_map(|(file, first)| first.then_some(file))
            .collect()
    };
    if files.is_empty() && nothing_found.is_empty() {
        nothing_found.push(NothingFound {
            path: ".".into(),
            searched:
                "any searched path: every migration found is excluded by `[migrations] exclude`"
                    .into(),
            help: "narrow `[migrations] exclude`, or set `[migrations] enabled = false`".into(),
        });
    }
    Ok(Discovery {
        files,
        nothing_found,
    })
}

/// The fewest files one parallel piece of discovery resolves.
const FILES_PER_TASK: usize = 64;

/// Paths (relative to `root`, `/`-separated) added or changed since `rev`,
/// committed or not, plus untracked files that are not ignored.
///
/// The change set is read with libgit2, so file names are taken as they are:
/// non-ASCII letters, spaces, quotes and a leading dash need no quoting.
pub fn changed_since(root: &Path, rev: &str) -> Result<BTreeSet<String>, DiscoverError> {
    if rev.trim().is_empty() {
        return Err(DiscoverError::EmptyRevision);
    }
    let repo = git2::Repository::discover(root).map_err(|e| DiscoverError::NotARepository {
        path: root.to_path_buf(),
        message: e.message().to_owned(),
    })?;
    let git_error = |e: &git2::Error| DiscoverError::Git {
        path: root.to_path_buf(),
        message: e.message().to_owned(),
    };
    let Some(workdir) = repo.workdir() else {
        return Err(DiscoverError::NotARepository {
            path: root.to_path_buf(),
            message: "the repository is bare".into(),
        });
    };
    let bad = |e: &git2::Error| DiscoverError::BadRevision {
        rev: rev.to_owned(),
        message: e.message().to_owned(),
    };
    let tree = repo
        .revparse_single(rev)
        .and_then(|object| object.peel_to_commit())
        .and_then(|commit| commit.tree())
        .map_err(|e| bad(&e))?;
    let mut options = git2::DiffOptions::new();
    options
        .include_untracked(true)
        .recurse_untracked_dirs(true)
        .include_typechange(true);
    let diff = repo
        .diff_tree_to_workdir_with_index(Some(&tree), Some(&mut options))
        .map_err(|e| git_error(&e))?;
    let workdir = workdir
        .canonicalize()
        .unwrap_or_else(|_| workdir.to_path_buf());
    let root = root.canonicalize().unwrap_or_else(|_| root.to_path_buf());
    let prefix = root.strip_prefix(&workdir).unwrap_or(Path::new(""));
    let mut changed = BTreeSet::new();
    for delta in diff.deltas() {
        use git2::Delta;
        if !matches!(
            delta.status(),
            Delta::Added
                | Delta::Modified
                | Delta::Renamed
                | Delta::Copied
                | Delta::Untracked
                | Delta::Typechange
        ) {
            continue;
        }
        let Some(path) = delta.new_file().path() else {
            continue;
        };
        if let Ok(relative) = path.strip_prefix(prefix) {
            changed.insert(display_path(Path::new(""), relative));
        }
    }
    Ok(changed)
}

/// The files one run reads: those `paths` name (or the configured folders),
/// narrowed to the ones added or changed since `changed_since` when it is
/// given. With both, the schema still comes from every configured file and
/// only the named files that changed are checked.
pub fn select(
    config: &Config,
    paths: &[PathBuf],
    changed_since_rev: Option<&str>,
) -> Result<Discovery, DiscoverError> {
    let mut discovery = discover(config, paths)?;
    let Some(rev) = changed_since_rev else {
        return Ok(discovery);
    };
    let changed = changed_since(&config.root, rev)?;
    if paths.is_empty() {
        for f in &mut discovery.files {
            f.checked = changed.contains(&f.display);
        }
        return Ok(discovery);
    }
    let named: BTreeSet<&str> = discovery.files.iter().map(|f| f.display.as_str()).collect();
    let mut all = discover(config, &[])?;
    for f in &mut all.files {
        f.checked = named.contains(f.display.as_str()) && changed.contains(&f.display);
    }
    discovery.files = all.files;
    Ok(discovery)
}

#[cfg(test)]
mod tests {
    use super::{Found, is_up_sql};
    use std::path::PathBuf;

    fn found(paths: &[(&str, bool)]) -> Vec<(PathBuf, bool)> {
        let mut found = Found::new();
        for (path, regular) in paths {
            found.insert(PathBuf::from(path), *regular);
        }
        found.into_sorted()
    }

    #[test]
    fn found_files_come_out_in_path_order_once_each() {
        // By component, not by byte: the folder `db/a` comes first.
        let sorted = vec![
            (PathBuf::from("db/a/b.sql"), true),
            (PathBuf::from("db/a.b.sql"), false),
            (PathBuf::from("db/a.sql"), true),
        ];
        assert_eq!(
            found(&[
                ("db/a/b.sql", true),
                ("db/a.b.sql", false),
                ("db/a.sql", true)
            ]),
            sorted
        );
        assert_eq!(
            found(&[
                ("db/a.b.sql", false),
                ("db/a/b.sql", true),
                ("db/a.sql", true)
            ]),
            sorted
        );
        // A path found twice is kept once, with its last finding, whether
        // it comes again at once or later, and however it is spelt.
        assert_eq!(
            found(&[("db/a.sql", false), ("db/a.sql", true)]),
            vec![(PathBuf::from("db/a.sql"), true)]
        );
        assert_eq!(
            found(&[
                ("db/b.sql", true),
                ("db/a.sql", false),
                ("db//b.sql", false)
            ]),
            vec![
                (PathBuf::from("db/a.sql"), false),
                (PathBuf::from("db//b.sql"), false)
            ]
        );
        assert!(found(&[]).is_empty());
    }

    /// Named files in Diesel's layout (a folder each, under one parent whose
    /// listing is read while the files are stat'ed), one of them behind a
    /// folder that is a link, are shown as their real paths; named as their
    /// parent folder instead, the files in it are found and shown alike (a
    /// folder there that is a link is not walked into).
    #[test]
    fn named_files_in_folders_of_their_own_are_shown_by_their_real_paths() {
        let dir = std::env::temp_dir().join(format!("shipgate-named-{}", std::process::id()));
        let (migrations, paths) = crate::testing::diesel_layout(&dir, 20);
        let config = shipgate_config::Config::from_str_at("", &dir.join("shipgate.toml")).unwrap();
        let shown = |found: super::Discovery| -> Vec<String> {
            let mut shown: Vec<String> = found.files.into_iter().map(|f| f.display).collect();
            shown.sort();
            shown
        };
        let named = shown(super::discover(&config, &paths).unwrap());
        assert_eq!(named.len(), paths.len());
        assert!(named.contains(&"migrations/2024-01-07_change/up.sql".to_owned()));
        #[cfg(unix)]
        assert!(named.contains(&"elsewhere/up.sql".to_owned()), "{named:?}");
        let walked = shown(super::discover(&config, &[migrations]).unwrap());
        let not_linked: Vec<String> = named
            .iter()
            .filter(|shown| shown.starts_with("migrations/"))
            .cloned()
            .collect();
        assert_eq!(walked, not_linked);
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn recognises_up_migrations() {
        assert!(is_up_sql("V1__init.sql"));
        assert!(is_up_sql("20240101_add_fee.up.sql"));
        assert!(is_up_sql("up.sql"));
        assert!(is_up_sql("001_users.sql"));
        assert!(is_up_sql("V2__fees.pgsql"));
        assert!(is_up_sql("003_index.PSQL"));
        assert!(!is_up_sql("003_index.down.pgsql"));
        assert!(!is_up_sql("notes.md"));
        assert!(!is_up_sql("20240101_add_fee.down.sql"));
        assert!(!is_up_sql("down.sql"));
        assert!(!is_up_sql("U1__init.sql"));
        assert!(!is_up_sql("notes.txt"));
    }
}
