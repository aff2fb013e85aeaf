//! The plan of a trace: every migration in order, each split into the
//! statements the server will run, the traced ones with their static verdict.

use std::collections::HashMap;
use std::ops::Range;

use shipgate_config::Dialect;
use shipgate_report::{Finding, GateReport};

use super::compare::Statement;
use super::expect::{Blocking, Expected};
use crate::changeset::LoweredFile;
use crate::discover::MigrationFile;
use crate::ir::OpKind;
use crate::settings::Settings;
use crate::sql::splitter::{Piece, Splitter, starts_with_keyword};

/// One migration file of the plan.
#[derive(Debug, Clone)]
pub struct PlannedFile {
    /// The file, as shown.
    pub path: String,
    /// Whether it is traced (else it is replayed to build the schema).
    pub traced: bool,
    /// Why it cannot be run at all, if it cannot.
    pub unrunnable: Option<String>,
    /// Its statements, in order.
    pub statements: Vec<PlannedStatement>,
}

/// One statement as the server will get it.
#[derive(Debug, Clone)]
pub struct PlannedStatement {
    /// The SQL text, without its delimiter.
    pub sql: String,
    /// Where it is, and its static verdict (empty for replayed files).
    pub at: Statement,
    /// What kind of statement it is, for how it is run.
    pub kind: StatementKind,
    /// The table its first operation works on, if shipgate read one.
    pub table: Option<String>,
    /// Whether it creates that table.
    pub creates_table: bool,
    /// Whether it states its own `ALGORITHM=` or `LOCK=` (MySQL).
    pub hinted: bool,
}

/// How a statement is run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StatementKind {
    /// `BEGIN`, `COMMIT` and the like: every traced statement runs in a
    /// transaction of its own, so these are skipped (and run as written
    /// when replaying).
    TransactionControl,
    /// `COPY ... FROM stdin`: its data is not SQL the server can be sent.
    CopyFromStdin,
    /// `ALTER TABLE` (probed for its algorithm on MySQL and MariaDB, with
    /// `, ALGORITHM=...` after its last clause).
    AlterTable,
    /// `CREATE [UNIQUE|FULLTEXT|SPATIAL] INDEX` or `DROP INDEX` (probed on
    /// MySQL and MariaDB, with ` ALGORITHM=...` at its end).
    Index,
    /// Anything else.
    Other,
}

/// The files of `files` in migration order, with their statements, and the
/// static verdicts of the traced ones.
pub fn plan(files: &[MigrationFile], settings: &Settings) -> Vec<PlannedFile> {
    let mut lowered = crate::engine::read_and_lower(files, settings);
    crate::order::sort(&mut lowered);
    let report = crate::evaluate::evaluate(lowered.clone(), &[], settings);
    let by_path = findings_by_path(&report);
    lowered
        .iter()
        .map(|file| plan_file(file, settings, by_path.get(file.display.as_str())))
        .collect()
}

fn findings_by_path(report: &GateReport) -> HashMap<&str, Vec<&Finding>> {
    let mut map: HashMap<&str, Vec<&Finding>> = HashMap::new();
    for finding in &report.findings {
        map.entry(finding.location.path.as_str())
            .or_default()
            .push(finding);
    }
    map
}

fn plan_file(
    file: &LoweredFile,
    settings: &Settings,
    findings: Option<&Vec<&Finding>>,
) -> PlannedFile {
    let mut planned = PlannedFile {
        path: file.display.clone(),
        traced: file.checked,
        unrunnable: None,
        statements: Vec::new(),
    };
    if let Some(unreadable) = &file.unreadable {
        planned.unrunnable = Some(format!("the file cannot be read: {}", unreadable.message));
        return planned;
    }
    if file.display.to_ascii_lowercase().ends_with(".php") {
        planned.unrunnable =
            Some("a Laravel migration is PHP; the trace runs SQL migrations only".to_owned());
        return planned;
    }
    // A goose or dbmate file's down part runs only on rollback.
    let ranges: Vec<Range<usize>> = crate::sql::up_sections(&file.text)
        .up
        .into_iter()
        .flat_map(|section| {
            let base = section.start;
            Splitter::new(&file.text[section], settings.dialect).filter_map(
                move |piece| match piece {
                    Piece::Statement(range) => Some(base + range.start..base + range.end),
                    Piece::Comment(_) | Piece::Unterminated { .. } => None,
                },
            )
        })
        .collect();
    let empty = Vec::new();
    let findings = findings.unwrap_or(&empty);
    let mut next_finding = 0;
    let mut next_op = 0;
    let ops = &file.ir.ops;
    for range in ranges {
        let sql = file.text.get(range.clone()).unwrap_or_default().to_owned();
        let (line, column) = file.lines.line_column(file.text.as_bytes(), range.start);
        let (end_line, end_column) = file.lines.line_column(file.text.as_bytes(), range.end);
        let start = (to_u32(line), to_u32(column));
        let end = (to_u32(end_line), to_u32(end_column));
        // Findings and operations are in file order, like the statements.
        let mut rules = Vec::new();
        let mut said = Vec::new();
        while let Some(f) = findings.get(next_finding) {
            let at = (f.location.line, f.location.column);
            if at > end {
                break;
            }
            if at >= start
                && !(settings.dialect != Dialect::Postgres && f.rule == "missing-lock-timeout")
            {
                rules.push(f.rule.clone());
                // Each finding's own prediction: the verdict it carries, else
                // its rule's row.
                if let Some(p) = super::expect::mysql_verdict(&f.properties)
                    .or_else(|| super::expect::prediction(&f.rule))
                {
                    said.push((f.rule.clone(), p));
                }
            }
            next_finding += 1;
        }
        let mut modelled = Blocking::Nothing;
        let mut table = None;
        let mut creates_table = false;
        let mut hinted = false;
        let mut control = false;
        while let Some(op) = ops.get(next_op) {
            if op.span.start >= range.end {
                break;
            }
            if op.span.start >= range.start {
                if settings.dialect == Dialect::Postgres {
                    if let OpKind::LockOnly {
                        reads_blocked: false,
                        ..
                    } = op.kind
                    {
                        if modelled == Blocking::Nothing {
                            modelled = Blocking::Writes;
                        }
                    } else if crate::rules::takes_strong_lock(&op.kind, true) {
                        modelled = Blocking::ReadsAndWrites;
                    }
                }
                control |= matches!(op.kind, OpKind::BeginTransaction | OpKind::EndTransaction);
                if table.is_none() {
                    table = op.kind.table().map(str::to_owned);
                    creates_table = matches!(op.kind, OpKind::CreateTable { .. });
                }
                hinted |= op.hints.algorithm.is_some() || op.hints.lock.is_some();
            }
            next_op += 1;
        }
        let kind = statement_kind(&sql, control);
        planned.statements.push(PlannedStatement {
            at: Statement {
                path: file.display.clone(),
                line: start.0,
                column: start.1,
                end_line: end.0,
                end_column: end.1,
                excerpt: excerpt(&sql),
                expected: Expected::with_verdicts(rules, modelled, &said),
            },
            sql,
            kind,
            table,
            creates_table,
            hinted,
        });
    }
    planned
}

fn statement_kind(sql: &str, control: bool) -> StatementKind {
    let control = control
        || ([
            "BEGIN",
            "COMMIT",
            "ROLLBACK",
            "END",
            "START",
            "SAVEPOINT",
            "RELEASE",
        ]
        .iter()
        .any(|k| starts_with_keyword(sql, k))
            && !sql.to_ascii_uppercase().contains("ATOMIC"));
    if control {
        return StatementKind::TransactionControl;
    }
    if starts_with_keyword(sql, "COPY") && sql.to_ascii_uppercase().contains("STDIN") {
        return StatementKind::CopyFromStdin;
    }
    let words: Vec<String> = sql
        .split_whitespace()
        .take(3)
        .map(str::to_ascii_uppercase)
        .collect();
    let words: Vec<&str> = words.iter().map(String::as_str).collect();
    match words.as_slice() {
        ["ALTER", "TABLE", ..] => StatementKind::AlterTable,
        ["CREATE" | "DROP", "INDEX", ..]
        | ["CREATE", "UNIQUE" | "FULLTEXT" | "SPATIAL", "INDEX"] => StatementKind::Index,
        _ => StatementKind::Other,
    }
}

/// The statement's first line, at most 120 characters.
fn excerpt(sql: &str) -> String {
    let first = sql.lines().next().unwrap_or_default().trim_end();
    match first.char_indices().nth(120) {
        Some((cut, _)) => format!("{}...", &first[..cut]),
        None => first.to_owned(),
    }
}

fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    use super::{StatementKind, plan, statement_kind};

    /// A goose file's down part runs on rollback only: the trace does not
    /// run it either.
    #[test]
    fn a_goose_file_is_traced_up_only() {
        let dir = std::env::temp_dir().join(format!("shipgate-plan-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("00001_accounts.sql");
        std::fs::write(
            &path,
            "-- +goose Up\nCREATE TABLE accounts (id int);\n-- +goose Down\nDROP TABLE accounts;\n",
        )
        .unwrap();
        let files = [crate::MigrationFile {
            path: path.clone(),
            display: "00001_accounts.sql".into(),
            checked: true,
            regular: true,
        }];
        let settings = crate::Settings::new(
            &shipgate_config::MigrationsConfig::default(),
            Some(shipgate_config::Dialect::Postgres),
            None,
        )
        .unwrap();
        let planned = plan(&files, &settings);
        std::fs::remove_dir_all(&dir).unwrap();
        let sql: Vec<&str> = planned[0]
            .statements
            .iter()
            .map(|s| s.sql.as_str())
            .collect();
        assert_eq!(sql, ["CREATE TABLE accounts (id int)"]);
        assert_eq!(planned[0].statements[0].at.line, 2);
    }

    #[test]
    fn statement_kinds() {
        assert_eq!(
            statement_kind("BEGIN", false),
            StatementKind::TransactionControl
        );
        assert_eq!(
            statement_kind("commit", false),
            StatementKind::TransactionControl
        );
        assert_eq!(
            statement_kind("START TRANSACTION", false),
            StatementKind::TransactionControl
        );
        assert_eq!(
            statement_kind("COPY t FROM stdin", false),
            StatementKind::CopyFromStdin
        );
        assert_eq!(
            statement_kind("alter  table t add c int", false),
            StatementKind::AlterTable
        );
        assert_eq!(
            statement_kind("ALTER TYPE e ADD VALUE 'x'", false),
            StatementKind::Other
        );
        assert_eq!(statement_kind("BEGINNING", false), StatementKind::Other);
        assert_eq!(
            statement_kind("CREATE INDEX i ON t (a)", false),
            StatementKind::Index
        );
        assert_eq!(
            statement_kind("create unique index i on t (a)", false),
            StatementKind::Index
        );
        assert_eq!(
            statement_kind("DROP INDEX i ON t", false),
            StatementKind::Index
        );
        assert_eq!(
            statement_kind("CREATE TABLE t (a int)", false),
            StatementKind::Other
        );
    }
}
