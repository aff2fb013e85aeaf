/// `path` as findings show it: relative to `root` when it is under it,
/// components joined with `/` on every platform, without a leading `./`.
/// A path outside `root` is shown as given.
pub fn display_path(root: &std::path::Path, path: &std::path::Path) -> String {
    if let Some(shown) = plain_relative(root, path) {
        return shown.to_owned();
    }
    slash_path(path.strip_prefix(root).unwrap_or(path))
}

/// The common case of [`display_path`], read off the bytes without parsing
/// components: `root` and `path` both written plainly (no empty or `.`
/// component, no trailing `/`), `path` under `root`, and the rest UTF-8.
/// `None` for anything else, which the general case handles.
fn plain_relative<'p>(root: &std::path::Path, path: &'p std::path::Path) -> Option<&'p str> {
    let root = root.as_os_str().as_encoded_bytes();
    let path = path.as_os_str().as_encoded_bytes();
    if !is_plain(root) {
        return None;
    }
    let rest = path.strip_prefix(root)?.strip_prefix(b"/")?;
    if !is_plain(rest) || rest.starts_with(b"/") {
        return None;
    }
    std::str::from_utf8(rest).ok()
}

/// Whether `path` is non-empty and every component after an optional
/// leading `/` is a name other than `.`.
fn is_plain(path: &[u8]) -> bool {
    let names = path.strip_prefix(b"/").unwrap_or(path);
    !names.is_empty()
        && names
            .split(|b| *b == b'/')
            .all(|n| !n.is_empty() && n != b".")
}

/// The components of `path` joined with `/` on every platform; `.`
/// components are left out.
pub fn slash_path(path: &std::path::Path) -> String {
    use std::path::Component;
    let mut out = String::new();
    for component in path.components() {
        match component {
            Component::CurDir => {}
            Component::RootDir => out.push('/'),
            other => {
                if !out.is_empty() && !out.ends_with('/') {
                    out.push('/');
                }
                out.push_str(&other.as_os_str().to_string_lossy());
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::{display_path, slash_path};

    #[test]
    fn paths_are_shown_relative_and_slash_separated() {
        assert_eq!(
            display_path(Path::new("/r"), Path::new("/r/db/V1.sql")),
            "db/V1.sql"
        );
        assert_eq!(
            display_path(Path::new("/r"), Path::new("/elsewhere/x.sql")),
            "/elsewhere/x.sql"
        );
        assert_eq!(
            display_path(Path::new(""), Path::new("./db/V1.sql")),
            "db/V1.sql"
        );
        assert_eq!(slash_path(Path::new("a/./b/c")), "a/b/c");
        assert_eq!(slash_path(Path::new("")), "");
    }

    /// The byte-level shortcut shows every path as the general case does.
    #[test]
    fn the_plain_case_agrees_with_the_general_one() {
        let parts = ["", "/", "a", "b", ".", "..", "é", "a.sql", "//", "./"];
        let mut spellings = vec![String::new()];
        for _ in 0..3 {
            let mut longer = Vec::new();
            for s in &spellings {
                for p in parts {
                    longer.push(format!("{s}{p}"));
                    longer.push(format!("{s}/{p}"));
                }
            }
            spellings = longer;
        }
        spellings.sort();
        spellings.dedup();
        let roots = ["/r", "/r/", "r", "/", "", ".", "/r/./s", "/r//s", "/r/s"];
        let mut plain = 0;
        for root in roots {
            for rest in &spellings {
                for path in [format!("{root}{rest}"), format!("{root}/{rest}")] {
                    let (root, path) = (Path::new(root), Path::new(&path));
                    let general = slash_path(path.strip_prefix(root).unwrap_or(path));
                    if super::plain_relative(root, path).is_some() {
                        plain += 1;
                    }
                    assert_eq!(display_path(root, path), general, "{root:?} {path:?}");
                }
            }
        }
        assert!(plain > 100, "the shortcut was taken {plain} times");
    }
}
