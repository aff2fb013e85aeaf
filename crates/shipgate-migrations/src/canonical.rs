//! Canonical paths for many files at once.
//!
//! [`std::fs::canonicalize`] resolves every component of every path anew: on
//! a folder of a few hundred migrations that is most of discovery's time.
//! [`Canonical`] resolves each folder once and each file with one `lstat`,
//! and gives the same answer: symbolic links anywhere in the path are
//! followed, and a path that does not exist has no canonical form.
//!
//! Where many files sit in folders of their own under one parent (Diesel's
//! `migrations/<version>/up.sql`), [`KnownFolders`] reads that parent's
//! listing once instead of asking about each folder in it.

use std::ffi::{OsStr, OsString};
use std::path::{Component, Path, PathBuf};

use crate::fast_hash::{HashMap, HashSet};

/// Resolves paths to their canonical form, remembering the folders it has
/// resolved.
///
/// Folders are remembered by the bytes they are written with, not as
/// [`Path`]s, whose hashing and comparison parse every component: two
/// spellings of one folder (`db//x`, `db/x`) are then two entries, each
/// resolved once and to the same answer.
#[derive(Debug, Default)]
pub(crate) struct Canonical<'k> {
    folders: HashMap<OsString, Option<PathBuf>>,
    /// Folders known from a listing to be folders and not links.
    known: Option<&'k KnownFolders>,
}

impl<'k> Canonical<'k> {
    /// A resolver that takes the `known` folders as folders without asking
    /// the file system about each.
    pub(crate) fn with_known(known: &'k KnownFolders) -> Self {
        Self {
            folders: HashMap::default(),
            known: Some(known),
        }
    }

    /// `path` with every symbolic link, `.` and `..` resolved, as
    /// [`std::fs::canonicalize`] gives it; `None` when it does not exist.
    pub(crate) fn of(&mut self, path: &Path) -> Option<PathBuf> {
        self.of_file(path, false)
    }

    /// [`of`](Self::of), for a path the caller has seen to be a file and
    /// not a symbolic link (`not_a_link`): its last component is then taken
    /// as it is, without asking the file system again.
    pub(crate) fn of_file(&mut self, path: &Path, not_a_link: bool) -> Option<PathBuf> {
        let (Some(parent), Some(name)) = (path.parent(), path.file_name()) else {
            return std::fs::canonicalize(path).ok();
        };
        // Only a path written as exactly `parent/name` is split: a trailing
        // `/` or `/.` makes the kernel follow a link `name`, which the
        // `lstat` below must see as written.
        if !matches!(path.components().next_back(), Some(Component::Normal(_)))
            || !is_joined(path, parent, name)
        {
            return std::fs::canonicalize(path).ok();
        }
        let parent = if parent.as_os_str().is_empty() {
            Path::new(".")
        } else {
            parent
        };
        let folder = if let Some(known) = self.folders.get(parent.as_os_str()) {
            known.clone()
        } else {
            let resolved = self.of(parent);
            self.folders
                .insert(parent.as_os_str().to_owned(), resolved.clone());
            resolved
        }?;
        // The last component itself may be a link: then the kernel resolves it.
        let listed = self
            .known
            .is_some_and(|known| known.0.contains(path.as_os_str()));
        if !not_a_link && !listed {
            let metadata = std::fs::symlink_metadata(path).ok()?;
            if metadata.file_type().is_symlink() {
                return std::fs::canonicalize(path).ok();
            }
        }
        Some(folder.join(name))
    }
}

/// Whether `path` is written exactly as `parent` joined with `name` (what
/// [`Path::join`] makes of them), without building the joined path.
fn is_joined(path: &Path, parent: &Path, name: &OsStr) -> bool {
    let (path, parent, name) = (
        path.as_os_str().as_encoded_bytes(),
        parent.as_os_str().as_encoded_bytes(),
        name.as_encoded_bytes(),
    );
    let Some(head) = path.strip_suffix(name) else {
        return false;
    };
    if parent.is_empty() || parent.ends_with(b"/") {
        head == parent
    } else {
        head.strip_suffix(b"/") == Some(parent)
    }
}

/// Folders that their parent's listing shows to be folders, not links, by
/// the bytes of the path they are written as.
#[derive(Debug, Default)]
pub(crate) struct KnownFolders(HashSet<OsString>);

/// The fewest folders of the files, under one parent, for which that
/// parent's listing is read: fewer are asked about one by one.
const LISTED_FROM: usize = 16;

/// How many entries of a listing are read per folder wanted from it: a
/// large folder holding a few of the files is not read to its end.
const ENTRIES_PER_FOLDER: usize = 8;

impl KnownFolders {
    /// Reads, once, the listing of each folder that holds the folders of at
    /// least [`LISTED_FROM`] of `files`, and keeps which of those folders
    /// are folders and not links. What is not listed (a listing that cannot
    /// be read, a file system that does not tell an entry's kind, an entry
    /// past the read limit) is asked about one by one, as before.
    pub(crate) fn of_files<'a>(files: impl Iterator<Item = &'a Path>) -> Self {
        // Grouped by the bytes the parent is written with: a parent spelt
        // two ways is two smaller groups, whose folders may be asked about
        // one by one.
        let mut wanted: HashMap<&OsStr, (&Path, HashSet<&OsStr>)> = HashMap::default();
        for file in files {
            let Some(folder) = file.parent() else {
                continue;
            };
            if let (Some(parent), Some(name)) = (folder.parent(), folder.file_name())
                && !parent.as_os_str().is_empty()
            {
                wanted
                    .entry(parent.as_os_str())
                    .or_insert_with(|| (parent, HashSet::default()))
                    .1
                    .insert(name);
            }
        }
        let mut known = HashSet::default();
        for (parent, names) in wanted.into_values() {
            if names.len() < LISTED_FROM {
                continue;
            }
            let Ok(entries) = std::fs::read_dir(parent) else {
                continue;
            };
            let mut left = names.len();
            for entry in entries
                .take(names.len().saturating_mul(ENTRIES_PER_FOLDER))
                .flatten()
            {
                let name = entry.file_name();
                if !names.contains(name.as_os_str()) {
                    continue;
                }
                // The kind as the listing gives it: a link is a link here.
                if entry.file_type().is_ok_and(|kind| kind.is_dir()) {
                    known.insert(parent.join(&name).into_os_string());
                }
                left -= 1;
                if left == 0 {
                    break;
                }
            }
        }
        Self(known)
    }
}

#[cfg(test)]
mod tests {
    use super::{Canonical, KnownFolders, LISTED_FROM};
    use std::ffi::OsStr;
    use std::path::{Path, PathBuf};

    #[test]
    fn agrees_with_the_standard_library() {
        let dir = std::env::temp_dir().join(format!("shipgate-canonical-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        let root = dir.as_path();
        std::fs::create_dir_all(root.join("real/deep")).unwrap();
        std::fs::write(root.join("real/deep/V1__a.sql"), "SELECT 1;").unwrap();
        std::fs::write(root.join("real/V2__b.sql"), "SELECT 1;").unwrap();
        #[cfg(unix)]
        {
            std::os::unix::fs::symlink(root.join("real"), root.join("linked")).unwrap();
            std::os::unix::fs::symlink(root.join("real/V2__b.sql"), root.join("V3__c.sql"))
                .unwrap();
            std::os::unix::fs::symlink(root.join("nowhere"), root.join("V4__d.sql")).unwrap();
        }
        let cases = [
            "real/deep/V1__a.sql",
            "real/V2__b.sql",
            "real/./deep/V1__a.sql",
            "real/deep/../V2__b.sql",
            "real/deep/..",
            "linked/deep/V1__a.sql",
            "linked/V2__b.sql",
            "V3__c.sql",
            "V4__d.sql",
            "missing/V9__z.sql",
            "real/missing.sql",
            "real",
            "linked/",
            "linked/.",
            "linked//deep/V1__a.sql",
            "real/V2__b.sql/",
            "V3__c.sql/",
            "V4__d.sql/",
            "",
        ];
        let mut canonical = Canonical::default();
        for case in cases {
            let path = root.join(case);
            assert_eq!(
                canonical.of(&path),
                std::fs::canonicalize(&path).ok(),
                "{case}"
            );
        }
        // A file known not to be a link resolves the same without its `lstat`.
        for case in [
            "real/deep/V1__a.sql",
            "real/./deep/V1__a.sql",
            "linked/V2__b.sql",
        ] {
            let path = root.join(case);
            assert_eq!(
                Canonical::default().of_file(&path, true),
                std::fs::canonicalize(&path).ok(),
                "{case}"
            );
        }
        // A relative path resolves against the working directory.
        assert_eq!(
            canonical.of(Path::new("Cargo.toml")),
            std::fs::canonicalize("Cargo.toml").ok()
        );
        std::fs::remove_dir_all(&dir).unwrap();
    }

    /// `is_joined` says what comparing with `Path::join` said.
    #[test]
    fn joined_paths_are_recognised_as_join_makes_them() {
        for (path, parent, name) in [
            ("db/V1.sql", "db", "V1.sql"),
            ("V1.sql", "", "V1.sql"),
            ("/V1.sql", "/", "V1.sql"),
            ("db//V1.sql", "db", "V1.sql"),
            ("db/V1.sql", "d", "V1.sql"),
            ("dbV1.sql", "db", "V1.sql"),
            ("db/V1.sql", "db/", "V1.sql"),
            ("db/V1.sql", "db", "1.sql"),
            ("a/b/up.sql", "a/b", "up.sql"),
        ] {
            let (path, parent, name) = (Path::new(path), Path::new(parent), OsStr::new(name));
            assert_eq!(
                super::is_joined(path, parent, name),
                parent.join(name).as_os_str() == path.as_os_str(),
                "{path:?} {parent:?} {name:?}"
            );
        }
    }

    /// Diesel's layout: a folder per migration under one parent, whose
    /// listing is read once. Folders that are links, and folders not in the
    /// listing, still resolve as `canonicalize` resolves them.
    #[test]
    fn folders_from_one_listing_resolve_as_the_standard_library_does() {
        let dir = std::env::temp_dir().join(format!("shipgate-listing-{}", std::process::id()));
        let (migrations, mut files) = crate::testing::diesel_layout(&dir, LISTED_FROM + 4);
        // Named, but not there: never known, and no canonical form.
        files.push(migrations.join("2024-03-01_missing/up.sql"));

        let known = KnownFolders::of_files(files.iter().map(PathBuf::as_path));
        let listed = |folder: &str| known.0.contains(migrations.join(folder).as_os_str());
        assert!(listed("2024-01-00_change"));
        assert!(!listed("2024-02-01_link"));
        assert!(!listed("2024-03-01_missing"));
        let mut canonical = Canonical::with_known(&known);
        for file in &files {
            assert_eq!(
                canonical.of_file(file, false),
                std::fs::canonicalize(file).ok(),
                "{}",
                file.display()
            );
        }

        // Fewer folders than that under one parent: no listing is read.
        let few = KnownFolders::of_files(files.iter().take(LISTED_FROM - 1).map(PathBuf::as_path));
        assert!(few.0.is_empty());
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
