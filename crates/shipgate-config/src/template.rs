//! The default `shipgate.toml`, tailored to the project `init` runs in:
//! every gate whose inputs are found is enabled, the others stay commented
//! off with a line that says what is missing.

use std::fmt::Write as _;
use std::path::Path;

use crate::DEFAULT_CONFIG_TOML;

/// Folders that hold SQL migrations by convention.
const SQL_FOLDERS: [&str; 3] = ["migrations", "db/migrations", "database/sql"];
/// Folders that hold Laravel migrations by convention.
const LARAVEL_FOLDERS: [&str; 1] = ["database/migrations"];
/// Where test runners write coverage reports by default.
const COVERAGE_REPORTS: [&str; 6] = [
    "build/coverage.xml",
    "coverage.xml",
    "coverage/cobertura-coverage.xml",
    "coverage/lcov.info",
    "lcov.info",
    "target/lcov.info",
];
/// Lockfiles the dependency gate can read.
const LOCKFILES: [&str; 4] = [
    "composer.lock",
    "package-lock.json",
    "Cargo.lock",
    "poetry.lock",
];

/// The default `shipgate.toml` tailored to the project in `root`, and one
/// line per gate saying what was decided and why.
pub fn tailor(root: &Path) -> (String, Vec<String>) {
    let mut text = DEFAULT_CONFIG_TOML.to_owned();
    let mut notes = Vec::new();
    let exists = |rel: &&str| root.join(rel).exists();

    let sql: Vec<&str> = SQL_FOLDERS.iter().copied().filter(|f| exists(f)).collect();
    let laravel: Vec<&str> = LARAVEL_FOLDERS
        .iter()
        .copied()
        .filter(|f| exists(f))
        .collect();
    set(
        &mut text,
        "[migrations]",
        "paths = ",
        &format!("paths = {}", list(&sql)),
    );
    set(
        &mut text,
        "[migrations]",
        "laravel_paths = ",
        &format!("laravel_paths = {}", list(&laravel)),
    );
    if sql.is_empty() && laravel.is_empty() {
        set(
            &mut text,
            "[migrations]",
            "enabled = ",
            "enabled = false  # no migration folder found: set `paths` or `laravel_paths`, then enable",
        );
        notes.push("migrations: off (no migration folder found)".to_owned());
    } else {
        let mut found = sql.clone();
        found.extend(&laravel);
        notes.push(format!("migrations: on ({})", found.join(", ")));
    }

    set(&mut text, "[secrets]", "enabled = ", "enabled = true");
    notes.push("secrets: on (the files git tracks)".to_owned());

    if let Some(report) = COVERAGE_REPORTS.iter().find(|f| exists(f)) {
        set(&mut text, "[coverage]", "enabled = ", "enabled = true");
        set(
            &mut text,
            "[coverage]",
            "# report = ",
            &format!("report = \"{report}\""),
        );
        set(&mut text, "[coverage]", "# lines = ", "lines = 70");
        notes.push(format!("coverage: on ({report}, lines 70%)"));
    } else {
        set(
            &mut text,
            "[coverage]",
            "enabled = ",
            "enabled = false  # no coverage report found: set `report` and a floor, then enable",
        );
        notes.push("coverage: off (no coverage report found)".to_owned());
    }

    let locks: Vec<&str> = LOCKFILES.iter().copied().filter(|f| exists(f)).collect();
    let mut why = String::from("enabled = false  # needs a scanner report in `reports`");
    if !locks.is_empty() {
        let _ = write!(
            why,
            ", or `shipgate vulns check --lockfile {}` with an OSV database",
            locks[0]
        );
    }
    set(&mut text, "[vulns]", "enabled = ", &why);
    notes.push(format!(
        "vulns: off (needs a scanner report{})",
        if locks.is_empty() {
            String::new()
        } else {
            format!("; found {}", locks.join(", "))
        }
    ));
    set(
        &mut text,
        "[container]",
        "enabled = ",
        "enabled = false  # needs a Trivy or Grype image report in `reports`",
    );
    notes.push("container: off (needs an image scanner report)".to_owned());
    (text, notes)
}

/// `["a", "b"]`.
fn list(items: &[&str]) -> String {
    let quoted: Vec<String> = items.iter().map(|i| format!("\"{i}\"")).collect();
    format!("[{}]", quoted.join(", "))
}

/// Replaces the first line of `section` that starts with `prefix`.
fn set(text: &mut String, section: &str, prefix: &str, line: &str) {
    let Some(start) = text
        .find(&format!("\n{section}\n"))
        .map(|i| i + 1)
        .or_else(|| text.starts_with(&format!("{section}\n")).then_some(0))
    else {
        return;
    };
    let end = text[start + section.len()..]
        .find("\n[")
        .map_or(text.len(), |i| start + section.len() + i);
    let mut at = start;
    for old in text[start..end].split_inclusive('\n') {
        if old.starts_with(prefix) {
            let newline = if old.ends_with('\n') { "\n" } else { "" };
            text.replace_range(at..at + old.len(), &format!("{line}{newline}"));
            return;
        }
        at += old.len();
    }
}

#[cfg(test)]
mod tests {
    use super::set;

    #[test]
    fn set_changes_one_line_of_one_section() {
        let mut text = "[a]\nenabled = false\n\n[b]\nenabled = false\n".to_owned();
        set(&mut text, "[b]", "enabled = ", "enabled = true");
        assert_eq!(text, "[a]\nenabled = false\n\n[b]\nenabled = true\n");
        set(&mut text, "[a]", "enabled = ", "enabled = true");
        assert_eq!(text, "[a]\nenabled = true\n\n[b]\nenabled = true\n");
        set(&mut text, "[c]", "enabled = ", "x");
        assert_eq!(text, "[a]\nenabled = true\n\n[b]\nenabled = true\n");
    }
}
