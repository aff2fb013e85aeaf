//! Where the application's PHP classes and traits live, so that a migration's
//! `use SomeTrait;` and `extends BaseMigration` can be read from the same
//! repository.
//!
//! A fully qualified name is looked up first through `composer.json`'s
//! `autoload.psr-4` and `autoload-dev.psr-4` prefixes, then by a search of the
//! repository's `*.php` files named after the class (`vendor/`,
//! `node_modules/` and `.git/` left out), which the caller asks for only when
//! no PSR-4 file declares the name. The folder is listed at most once and
//! each file is read at most once per run, whatever the number of migrations
//! that use it.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, OnceLock};

/// Folders never searched for classes: dependencies and git's own files.
const SKIPPED_DIRS: [&str; 3] = ["vendor", "node_modules", ".git"];

/// One file that may declare a class: how reports show it, and its text.
#[derive(Debug, Clone)]
pub struct Candidate {
    /// The path relative to the project root, with `/`.
    pub display: String,
    /// Its text.
    pub text: Arc<str>,
}

/// What [`PhpProject::locate`] found for a name.
#[derive(Debug, Clone, Default)]
pub struct Located {
    /// Files that may declare it, PSR-4 first.
    pub candidates: Vec<Candidate>,
    /// Where shipgate looked, for the warning when no candidate declares it.
    pub looked: Vec<String>,
}

/// The application's PHP source, rooted at the folder that holds `composer.json`.
#[derive(Debug)]
pub struct PhpProject {
    root: PathBuf,
    /// Namespace prefixes (lower case, ending in a backslash) and their
    /// folders, longest prefix first.
    psr4: Vec<(String, Vec<PathBuf>)>,
    /// Why `composer.json` gave no prefixes, when it exists but cannot be used.
    composer_problem: Option<String>,
    /// Every `*.php` file by lower-case file name, listed on first need.
    by_file_name: OnceLock<HashMap<String, Vec<PathBuf>>>,
    /// Texts read so far; `None` for a file that could not be read as UTF-8.
    texts: Mutex<HashMap<PathBuf, Option<Arc<str>>>>,
}

impl PhpProject {
    /// The project at `root`; reads `root/composer.json` if there is one.
    pub fn new(root: &Path) -> Self {
        let (psr4, composer_problem) = read_composer(root);
        Self {
            root: root.to_path_buf(),
            psr4,
            composer_problem,
            by_file_name: OnceLock::new(),
            texts: Mutex::new(HashMap::new()),
        }
    }

    /// The file `composer.json`'s PSR-4 prefixes give for the class or
    /// trait `fqn` (`App\Support\Indexes`, without a leading `\`).
    pub fn locate(&self, fqn: &str) -> Located {
        let mut found = Located::default();
        let lower = fqn.to_ascii_lowercase();
        for (prefix, dirs) in &self.psr4 {
            let Some(rest) = lower.strip_prefix(prefix.as_str()) else {
                continue;
            };
            // Keep the name's own case for the path: file systems may care.
            let rest = &fqn[fqn.len() - rest.len()..];
            for dir in dirs {
                let path = dir.join(format!("{}.php", rest.replace('\\', "/")));
                found
                    .looked
                    .push(format!("{} (PSR-4)", self.display(&path)));
                if let Some(text) = self.read(&path) {
                    found.candidates.push(Candidate {
                        display: self.display(&path),
                        text,
                    });
                }
            }
        }
        if let Some(problem) = &self.composer_problem {
            found.looked.push(problem.clone());
        }
        found
    }

    /// Every `*.php` file of the repository named after `fqn`'s last segment
    /// (but those in `skip`), for when no PSR-4 file declares it. The
    /// repository is listed on the first call only.
    pub fn search(&self, fqn: &str, skip: &[String], found: &mut Located) {
        let short = fqn.rsplit('\\').next().unwrap_or(fqn);
        let file_name = format!("{}.php", short.to_ascii_lowercase());
        found
            .looked
            .push(format!("files named `{short}.php` in the repository"));
        let index = self.by_file_name.get_or_init(|| index_files(&self.root));
        for path in index.get(&file_name).map(Vec::as_slice).unwrap_or_default() {
            let display = self.display(path);
            if skip.contains(&display) {
                continue;
            }
            if let Some(text) = self.read(path) {
                found.candidates.push(Candidate { display, text });
            }
        }
    }

    fn display(&self, path: &Path) -> String {
        path.strip_prefix(&self.root)
            .unwrap_or(path)
            .to_string_lossy()
            .replace('\\', "/")
    }

    /// The text of `path`, read once per run.
    fn read(&self, path: &Path) -> Option<Arc<str>> {
        let mut texts = self
            .texts
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        texts
            .entry(path.to_path_buf())
            .or_insert_with(|| {
                std::fs::read(path)
                    .ok()
                    .and_then(|bytes| String::from_utf8(bytes).ok())
                    .map(Arc::from)
            })
            .clone()
    }
}

/// `autoload.psr-4` and `autoload-dev.psr-4`, longest prefix first.
fn read_composer(root: &Path) -> (Vec<(String, Vec<PathBuf>)>, Option<String>) {
    let path = root.join("composer.json");
    let Ok(bytes) = std::fs::read(&path) else {
        return (Vec::new(), None);
    };
    let json: serde_json::Value = match serde_json::from_slice(&bytes) {
        Ok(json) => json,
        Err(e) => {
            return (
                Vec::new(),
                Some(format!(
                    "`composer.json` (not valid JSON: {e}, so its PSR-4 prefixes were not used)"
                )),
            );
        }
    };
    let mut psr4 = Vec::new();
    for section in ["autoload", "autoload-dev"] {
        let Some(map) = json
            .get(section)
            .and_then(|s| s.get("psr-4"))
            .and_then(serde_json::Value::as_object)
        else {
            continue;
        };
        for (prefix, dirs) in map {
            let dirs: Vec<PathBuf> = match dirs {
                serde_json::Value::String(dir) => vec![root.join(dir)],
                serde_json::Value::Array(list) => list
                    .iter()
                    .filter_map(serde_json::Value::as_str)
                    .map(|dir| root.join(dir))
                    .collect(),
                _ => continue,
            };
            let mut prefix = prefix.trim_start_matches('\\').to_ascii_lowercase();
            if !prefix.is_empty() && !prefix.ends_with('\\') {
                prefix.push('\\');
            }
            psr4.push((prefix, dirs));
        }
    }
    psr4.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then_with(|| a.0.cmp(&b.0)));
    (psr4, None)
}

/// Every `*.php` file under `root` by lower-case file name, in path order.
fn index_files(root: &Path) -> HashMap<String, Vec<PathBuf>> {
    let mut index: HashMap<String, Vec<PathBuf>> = HashMap::new();
    let walk = walkdir::WalkDir::new(root)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| {
            !(e.file_type().is_dir()
                && e.depth() > 0
                && SKIPPED_DIRS.contains(&e.file_name().to_string_lossy().as_ref()))
        });
    for entry in walk.filter_map(Result::ok) {
        let name = entry.file_name().to_string_lossy().to_ascii_lowercase();
        let php = Path::new(&name)
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("php"));
        if entry.file_type().is_file() && php {
            index.entry(name).or_default().push(entry.into_path());
        }
    }
    index
}
