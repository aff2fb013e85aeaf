//! Canonical paths for many files at once.
//!
//! [`std::fs::canonicalize`] resolves every component of every path anew: on
//! a folder of a few hundred migrations that is most of discovery's time.
//! [`Canonical`] resolves each folder once and each file with one `lstat`,
//! and gives the same answer: symbolic links anywhere in the path are
//! followed, and a path that does not exist has no canonical form.

use std::collections::HashMap;
use std::path::{Component, Path, PathBuf};

/// Resolves paths to their canonical form, remembering the folders it has
/// resolved.
#[derive(Debug, Default)]
pub(crate) struct Canonical {
    folders: HashMap<PathBuf, Option<PathBuf>>,
}

impl Canonical {
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
            || parent.join(name).as_os_str() != path.as_os_str()
        {
            return std::fs::canonicalize(path).ok();
        }
        let parent = if parent.as_os_str().is_empty() {
            Path::new(".")
        } else {
            parent
        };
        let folder = if let Some(known) = self.folders.get(parent) {
            known.clone()
        } else {
            let resolved = self.of(parent);
            self.folders.insert(parent.to_path_buf(), resolved.clone());
            resolved
        }?;
        // The last component itself may be a link: then the kernel resolves it.
        if !not_a_link {
            let metadata = std::fs::symlink_metadata(path).ok()?;
            if metadata.file_type().is_symlink() {
                return std::fs::canonicalize(path).ok();
            }
        }
        Some(folder.join(name))
    }
}

#[cfg(test)]
mod tests {
    use super::Canonical;
    use std::path::Path;

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
}
