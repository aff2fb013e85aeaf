//! The table as Markdown, for `docs/mysql-online-ddl.md`.

use std::fmt::Write as _;

use shipgate_config::DbVersion;

use super::{Algorithm, Lock, Operation, Server, Verdict, lookup, table};

/// The version lines shown as columns: a name and the version looked up.
const LINES: [(&str, Server, DbVersion); 10] = [
    (
        "MySQL 5.7",
        Server::Mysql,
        DbVersion::new(5, 7, DbVersion::LATEST),
    ),
    ("8.0.0–8.0.11", Server::Mysql, DbVersion::new(8, 0, 11)),
    ("8.0.12–8.0.27", Server::Mysql, DbVersion::new(8, 0, 27)),
    ("8.0.28", Server::Mysql, DbVersion::new(8, 0, 28)),
    (
        "8.0.29+",
        Server::Mysql,
        DbVersion::new(8, 0, DbVersion::LATEST),
    ),
    (
        "8.4",
        Server::Mysql,
        DbVersion::new(8, 4, DbVersion::LATEST),
    ),
    (
        "MariaDB 10.6",
        Server::Mariadb,
        DbVersion::new(10, 6, DbVersion::LATEST),
    ),
    (
        "10.11",
        Server::Mariadb,
        DbVersion::new(10, 11, DbVersion::LATEST),
    ),
    (
        "11.0–11.1",
        Server::Mariadb,
        DbVersion::new(11, 1, DbVersion::LATEST),
    ),
    (
        "11.2+",
        Server::Mariadb,
        DbVersion::new(11, DbVersion::LATEST, DbVersion::LATEST),
    ),
];

fn cell(verdict: Verdict) -> String {
    let algorithm = match verdict.algorithm {
        Algorithm::Instant => "INSTANT",
        Algorithm::InplaceNoRebuild => "INPLACE",
        Algorithm::InplaceRebuild => "INPLACE, rebuild",
        Algorithm::Copy => "COPY",
    };
    let lock = match (verdict.algorithm, verdict.lock) {
        (Algorithm::Instant, Lock::Exclusive) => ", brief exclusive lock",
        (Algorithm::Copy, Lock::None) => ", writes go on",
        (_, Lock::None) => "",
        (_, Lock::Shared) => ", no writes",
        (_, Lock::Exclusive) => ", no reads or writes",
    };
    format!("{algorithm}{lock}")
}

/// The table: one row per operation, one column per version line, and the sources.
pub fn markdown() -> String {
    let mut out = String::from("| operation |");
    for (name, _, _) in LINES {
        let _ = write!(out, " {name} |");
    }
    out.push_str(" sources |\n|---|");
    out.push_str(&"---|".repeat(LINES.len() + 1));
    out.push('\n');
    for operation in Operation::ALL {
        let _ = write!(out, "| {operation:?} |");
        for (_, server, version) in LINES {
            let text = lookup(server, version, operation)
                .map_or_else(|| "?".to_owned(), |l| cell(l.verdict()));
            let _ = write!(out, " {text} |");
        }
        let mut sources: Vec<&str> = table::ROWS
            .iter()
            .filter(|r| r.operation == operation)
            .map(|r| r.source)
            .collect();
        sources.dedup();
        let _ = writeln!(out, " {} |", sources.join("; "));
    }
    out
}
