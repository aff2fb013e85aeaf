//! The man pages in `docs/man/` and the completion scripts in `completions/`
//! are generated from the command-line definitions. This test fails when
//! they drift apart; run it with `SHIPGATE_BLESS=1` to regenerate them.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a test fails by panicking"
)]

mod common;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use common::shipgate;

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Every man page: `shipgate.1`, then one per subcommand
/// (`shipgate-ledger-verify.1`), as `clap_mangen` renders them.
fn man_pages() -> BTreeMap<String, String> {
    let mut pages = BTreeMap::new();
    // The plain version: the commit and build date would change the pages
    // on every commit.
    let command = shipgate::command()
        .version(env!("CARGO_PKG_VERSION"))
        .long_version(env!("CARGO_PKG_VERSION"));
    add_pages(&command, "shipgate", &mut pages);
    pages
}

fn add_pages(command: &clap::Command, name: &str, pages: &mut BTreeMap<String, String>) {
    let mut page = Vec::new();
    clap_mangen::Man::new(command.clone().name(name.to_owned()))
        .render(&mut page)
        .unwrap();
    pages.insert(format!("{name}.1"), String::from_utf8(page).unwrap());
    for sub in command.get_subcommands().filter(|s| !s.is_hide_set()) {
        add_pages(sub, &format!("{name}-{}", sub.get_name()), pages);
    }
}

/// The completion scripts, as `shipgate completions SHELL` prints them.
fn completions() -> BTreeMap<String, String> {
    let dir = repo();
    [
        ("bash", "shipgate.bash"),
        ("zsh", "_shipgate"),
        ("fish", "shipgate.fish"),
        ("powershell", "_shipgate.ps1"),
        ("elvish", "shipgate.elv"),
    ]
    .iter()
    .map(|(shell, file)| {
        let run = shipgate(&dir, &["completions", shell]);
        assert_eq!(run.code, 0, "{}", run.stderr);
        assert!(run.stdout.contains("shipgate"), "{shell}");
        ((*file).to_owned(), run.stdout)
    })
    .collect()
}

/// Compares `files` with the folder's content, or writes them when blessing.
fn check(folder: &str, files: &BTreeMap<String, String>) {
    let dir = repo().join(folder);
    if std::env::var_os("SHIPGATE_BLESS").is_some() {
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        for (name, text) in files {
            std::fs::write(dir.join(name), text).unwrap();
        }
    }
    let on_disk: BTreeMap<String, String> = std::fs::read_dir(&dir)
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .map(|e| {
                    let name = e.file_name().to_string_lossy().into_owned();
                    (name, std::fs::read_to_string(e.path()).unwrap_or_default())
                })
                .collect()
        })
        .unwrap_or_default();
    let stale: Vec<&String> = files
        .iter()
        .filter(|(name, text)| on_disk.get(*name) != Some(text))
        .map(|(name, _)| name)
        .chain(on_disk.keys().filter(|name| !files.contains_key(*name)))
        .collect();
    assert!(
        stale.is_empty(),
        "{folder}/ is out of date ({stale:?}): run `SHIPGATE_BLESS=1 cargo test -p shipgate --test cli_docs`"
    );
}

#[test]
fn man_pages_are_generated_from_the_command_line() {
    let pages = man_pages();
    assert!(pages["shipgate.1"].contains(".TH shipgate 1"));
    assert!(pages.contains_key("shipgate-secrets-scan.1"));
    assert!(pages["shipgate-secrets-scan.1"].contains("\\-\\-all\\-history"));
    check("docs/man", &pages);
}

#[test]
fn completion_scripts_are_generated_from_the_command_line() {
    let scripts = completions();
    assert!(scripts["shipgate.bash"].contains("--all-history"));
    assert!(scripts["_shipgate"].contains("#compdef shipgate"));
    check("completions", &scripts);
}

#[test]
fn an_unknown_shell_is_a_usage_error() {
    let run = shipgate(&repo(), &["completions", "tcsh"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("bash"), "{}", run.stderr);
}

#[test]
fn version_names_the_commit_and_the_build_date() {
    let run = shipgate(&repo(), &["--version"]);
    assert_eq!(run.code, 0);
    let line = run.stdout.trim();
    let prefix = concat!("shipgate ", env!("CARGO_PKG_VERSION"), " (commit ");
    assert!(line.starts_with(prefix), "{line}");
    let rest = &line[prefix.len()..];
    let (commit, date) = rest
        .trim_end_matches(')')
        .split_once(", built ")
        .expect("commit and date");
    assert!(
        commit == "unknown"
            || (commit.len() == 12 && commit.bytes().all(|b| b.is_ascii_hexdigit())),
        "{commit}"
    );
    assert!(
        date.len() == 10 && date.as_bytes()[4] == b'-' && date.as_bytes()[7] == b'-',
        "{date}"
    );
    // -V stays short, for scripts that parse it.
    let short = shipgate(&repo(), &["-V"]);
    assert_eq!(
        short.stdout.trim(),
        concat!("shipgate ", env!("CARGO_PKG_VERSION"))
    );
}
