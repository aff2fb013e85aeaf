//! The DDL of PostgreSQL's own regression tests (`tests/corpus/postgres-regress/`,
//! see its README): every statement PostgreSQL 15's grammar accepts is read
//! by the gate without an `unparseable-statement` finding, unless it is in the
//! reviewed allow-list with its reason, and no statement makes the gate panic.

#![allow(clippy::unwrap_used, reason = "a test fails by panicking")]

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

use shipgate_config::{Dialect, MigrationsConfig};
use shipgate_migrations::{Settings, SourceFile, check_sources};

const CORPUS: &str = "tests/corpus/postgres-regress";
const ALLOW: &str = "tests/corpus/postgres-regress-allow.txt";
const MARK: &str = "-- corpus: ";

/// One corpus statement: where it came from, PostgreSQL's verdict, its text.
struct Statement {
    id: String,
    accepted: bool,
    text: String,
}

/// Reads every corpus file: blocks that each open with a `-- corpus: line N
/// accepted|rejected ...` line.
fn corpus() -> Vec<Statement> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join(CORPUS);
    let mut names: Vec<_> = fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|n| Path::new(n).extension().is_some_and(|e| e == "sql"))
        .collect();
    names.sort();
    let mut out = Vec::new();
    for name in names {
        let text = fs::read_to_string(dir.join(&name)).unwrap();
        let mut current: Option<Statement> = None;
        for line in text.split_inclusive('\n') {
            if let Some(header) = line.strip_prefix(MARK) {
                out.extend(current.take());
                let mut parts = header.split_whitespace();
                assert_eq!(parts.next(), Some("line"), "{name}: {line}");
                let at = parts.next().unwrap();
                let verdict = parts.next().unwrap();
                assert!(matches!(verdict, "accepted" | "rejected"), "{name}: {line}");
                // Statements on one line (`a \; b`) are `file:line`, `file:line.2`, ...
                let mut id = format!("{name}:{at}");
                let same = out
                    .iter()
                    .rev()
                    .take_while(|s| s.id == id || s.id.starts_with(&format!("{id}.")))
                    .count();
                if same > 0 {
                    id = format!("{id}.{}", same + 1);
                }
                current = Some(Statement {
                    id,
                    accepted: verdict == "accepted",
                    text: String::new(),
                });
            } else if let Some(statement) = current.as_mut() {
                statement.text.push_str(line);
            } else {
                assert!(line.trim().is_empty(), "{name}: text before the first mark");
            }
        }
        out.extend(current);
    }
    out
}

/// The allow-list: `file.sql:line reason`, one a line, `#` comments.
fn allowed() -> BTreeMap<String, String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(ALLOW);
    fs::read_to_string(path)
        .unwrap()
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| {
            let (id, reason) = l.split_once(' ').unwrap_or((l, ""));
            assert!(!reason.trim().is_empty(), "{id}: an entry needs a reason");
            (id.to_owned(), reason.trim().to_owned())
        })
        .collect()
}

/// The gate's settings for PostgreSQL 15.
fn settings() -> Settings {
    Settings::new(
        &MigrationsConfig::default(),
        Some(Dialect::Postgres),
        Some("15".parse().unwrap()),
    )
    .unwrap()
}

#[test]
fn postgres_regress_ddl_accepted_by_postgres_is_parsed() {
    let statements = corpus();
    assert!(statements.len() > 10_000, "{} statements", statements.len());
    let settings = settings();
    // One file per statement, so a finding names its statement.
    let sources = statements
        .iter()
        .map(|s| SourceFile {
            display: s.id.clone(),
            bytes: s.text.as_bytes().to_vec(),
            checked: true,
        })
        .collect();
    let report = check_sources(sources, &settings);
    let unparseable: BTreeSet<&str> = report
        .findings
        .iter()
        .filter(|f| f.rule == "unparseable-statement")
        .map(|f| f.location.path.as_str())
        .collect();
    let accepted: BTreeSet<&str> = statements
        .iter()
        .filter(|s| s.accepted)
        .map(|s| s.id.as_str())
        .collect();
    let allow = allowed();
    let failing: Vec<&str> = unparseable
        .iter()
        .copied()
        .filter(|id| accepted.contains(id))
        .collect();
    let unexpected: Vec<&str> = failing
        .iter()
        .copied()
        .filter(|id| !allow.contains_key(*id))
        .collect();
    let stale: Vec<&str> = allow
        .keys()
        .map(String::as_str)
        .filter(|id| !failing.contains(id))
        .collect();
    eprintln!(
        "{} statements ({} accepted by PostgreSQL 15); unparseable: {} accepted ({} allowed), {} rejected",
        statements.len(),
        accepted.len(),
        failing.len(),
        failing.len() - unexpected.len(),
        unparseable.len() - failing.len(),
    );
    let show = |id: &&str| {
        let s = statements.iter().find(|s| s.id == *id).unwrap();
        format!("{id}: {}", s.text.trim())
    };
    assert!(
        unexpected.is_empty(),
        "{} statements PostgreSQL accepts are unparseable:\n{}",
        unexpected.len(),
        unexpected.iter().map(show).collect::<Vec<_>>().join("\n")
    );
    assert!(
        stale.is_empty(),
        "allow-list entries that now parse or are not accepted statements (remove them): {stale:?}"
    );
}

#[test]
fn statements_postgres_rejects_stay_unparseable() {
    // The corpus keeps what PostgreSQL rejects (the test above runs the gate
    // over those too, so none makes it panic). Pinned here: rejected forms
    // close to ones the fallbacks read, which must not read them.
    let statements = corpus();
    let rejected = statements.iter().filter(|s| !s.accepted).count();
    assert!(rejected > 50, "{rejected} rejected");
    let settings = settings();
    for id in [
        "errors.sql:298",
        "constraints.sql:43",
        "create_index.sql:16",
        "alter_table.sql:1538",
        "alter_table.sql:1530",
        "foreign_key.sql:470",
        "create_table.sql:57",
    ] {
        let statement = statements.iter().find(|s| s.id == id).unwrap();
        assert!(!statement.accepted, "{id}");
        let file = SourceFile {
            display: id.into(),
            bytes: statement.text.as_bytes().to_vec(),
            checked: true,
        };
        let report = check_sources(vec![file], &settings);
        assert!(
            report
                .findings
                .iter()
                .any(|f| f.rule == "unparseable-statement"),
            "{id}: {:?}",
            report.findings
        );
    }
}
