/// `path` as findings show it: relative to `root` when it is under it,
/// components joined with `/` on every platform, without a leading `./`.
/// A path outside `root` is shown as given.
pub fn display_path(root: &std::path::Path, path: &std::path::Path) -> String {
    slash_path(path.strip_prefix(root).unwrap_or(path))
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
}
