//! Turning the paths a report names into paths relative to the repository.
//!
//! Reports name files relative to a source root (Cobertura's `<source>`,
//! which `PHPUnit` sets to the common root of the covered files) or absolutely
//! (LCOV from cargo-llvm-cov), often on another machine (`/builds/group/app`
//! in GitLab CI). A path under the repository is made relative to it;
//! otherwise the longest tail of the path that exists in the repository is
//! used; otherwise the path is kept, without a leading `/`.

use std::path::{Component, Path, PathBuf};

fn normalize(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for c in path.components() {
        match c {
            Component::ParentDir => {
                out.pop();
            }
            Component::CurDir => {}
            other => out.push(other.as_os_str()),
        }
    }
    out
}

fn to_slash(path: &Path) -> String {
    path.components()
        .filter_map(|c| match c {
            Component::Normal(s) => Some(s.to_string_lossy().into_owned()),
            _ => None,
        })
        .collect::<Vec<_>>()
        .join("/")
}

/// The repository-relative path of `file`, named relative to `source` (if any).
pub fn resolve(file: &str, source: Option<&str>, root: &Path) -> String {
    let file = file.replace('\\', "/");
    let joined = match source {
        Some(source) if !Path::new(&file).is_absolute() => {
            Path::new(&source.replace('\\', "/")).join(&file)
        }
        _ => PathBuf::from(&file),
    };
    let joined = normalize(&joined);
    let root = normalize(&root.canonicalize().unwrap_or_else(|_| root.to_path_buf()));
    if let Ok(relative) = joined.strip_prefix(&root) {
        return to_slash(relative);
    }
    if joined.is_relative() && root.join(&joined).exists() {
        return to_slash(&joined);
    }
    let parts: Vec<_> = joined
        .components()
        .filter(|c| matches!(c, Component::Normal(_)))
        .collect();
    for start in 0..parts.len() {
        let tail: PathBuf = parts[start..].iter().collect();
        if root.join(&tail).is_file() {
            return to_slash(&tail);
        }
    }
    to_slash(&joined)
}

#[cfg(test)]
mod tests {
    use super::resolve;

    #[test]
    fn joins_sources_and_strips_the_root() {
        let root = std::env::temp_dir().join(format!("shipgate-paths-{}", std::process::id()));
        std::fs::create_dir_all(root.join("app/Services/Payment")).unwrap();
        std::fs::write(root.join("app/Services/Payment/Gateway.php"), "").unwrap();
        let root_s = root.to_string_lossy().into_owned();
        // PHPUnit: <source> is the common root, filename relative to it.
        assert_eq!(
            resolve(
                "Services/Payment/Gateway.php",
                Some(&format!("{root_s}/app")),
                &root
            ),
            "app/Services/Payment/Gateway.php"
        );
        // Built elsewhere (GitLab's /builds/...): the tail that exists here wins.
        assert_eq!(
            resolve(
                "Services/Payment/Gateway.php",
                Some("/builds/pay/api/app"),
                &root
            ),
            "app/Services/Payment/Gateway.php"
        );
        // LCOV with absolute paths.
        assert_eq!(
            resolve(
                &format!("{root_s}/app/./Services/../Services/Payment/Gateway.php"),
                None,
                &root
            ),
            "app/Services/Payment/Gateway.php"
        );
        // Relative and unknown: kept as given.
        assert_eq!(resolve("src/lib.rs", None, &root), "src/lib.rs");
        std::fs::remove_dir_all(&root).unwrap();
    }
}
