//! Runs the gate: decodes the files and runs their front ends in parallel,
//! then evaluates the rules over them in migration order.

use rayon::prelude::*;
use shipgate_report::GateReport;

use crate::changeset::LoweredFile;
use crate::decode::{decode, read_file};
use crate::discover::{Discovery, MigrationFile};
use crate::evaluate::evaluate;
use crate::frontend::{FileIr, SourceKind};
use crate::settings::Settings;
use crate::source::LineIndex;

/// A file as text or bytes, for callers that already hold the contents (tests, git).
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// How to show it.
    pub display: String,
    /// Its bytes.
    pub bytes: Vec<u8>,
    /// Whether its findings are reported.
    pub checked: bool,
}

/// Reads and checks the files, in migration order.
pub fn check(files: &[MigrationFile], settings: &Settings) -> GateReport {
    evaluate(read_and_lower(files, settings), &[], settings)
}

/// Checks what [`discover`](crate::discover()) found: the files, and a failing
/// `no-migrations` finding for every place that held none.
pub fn check_discovery(discovery: &Discovery, settings: &Settings) -> GateReport {
    let lowered = read_and_lower(&discovery.files, settings);
    evaluate(lowered, &discovery.nothing_found, settings)
}

/// Every schema call the front ends found in the checked files, and what
/// each was lowered to, one line each (`path:line: call -> operations`), for
/// `--verbose`. The files are read and lowered again, so a run without
/// `--verbose` pays nothing for it.
pub fn lowering_trace(discovery: &Discovery, settings: &Settings) -> Vec<String> {
    let mut lines = Vec::new();
    for file in read_and_lower(&discovery.files, settings) {
        if !file.checked {
            continue;
        }
        for lowering in &file.ir.trace {
            let ops = if lowering.lowered.is_empty() {
                "nothing".to_owned()
            } else {
                lowering.lowered.join(", ")
            };
            let origin = lowering
                .origin
                .as_ref()
                .map(|o| format!(" (from {o})"))
                .unwrap_or_default();
            lines.push(format!(
                "{}:{}: `{}`{origin} -> {ops}",
                file.display,
                file.lines.line(lowering.span.start),
                lowering.call
            ));
        }
    }
    lines
}

/// Checks files whose contents are already in memory.
pub fn check_sources(files: Vec<SourceFile>, settings: &Settings) -> GateReport {
    let lowered = files
        .into_par_iter()
        .map(|f| lower(f.display, f.bytes, f.checked, settings))
        .collect();
    evaluate(lowered, &[], settings)
}

pub(crate) fn read_and_lower(files: &[MigrationFile], settings: &Settings) -> Vec<LoweredFile> {
    files
        .par_iter()
        .map(|f| match read_file(&f.path, f.regular) {
            Ok(bytes) => lower(f.display.clone(), bytes, f.checked, settings),
            Err(unreadable) => {
                let mut l = lower(f.display.clone(), Vec::new(), f.checked, settings);
                l.unreadable = Some(unreadable);
                l
            }
        })
        .collect()
}

/// Decodes a file and runs its front end: Laravel for `.php`, SQL otherwise.
fn lower(display: String, bytes: Vec<u8>, checked: bool, settings: &Settings) -> LoweredFile {
    let dialect = settings.dialect;
    let source = if display.to_ascii_lowercase().ends_with(".php") {
        SourceKind::Laravel
    } else {
        SourceKind::Sql
    };
    let (text, unreadable) = decode(bytes);
    let ir = if unreadable.is_some() {
        FileIr::new(source)
    } else {
        match source {
            SourceKind::Laravel => crate::laravel::lower_laravel(
                &text,
                dialect,
                settings.max_statement,
                settings.php.as_deref(),
            ),
            SourceKind::Sql => {
                let mut ir = FileIr::new(SourceKind::Sql);
                crate::sql::lower_sql(&text, 0, dialect, settings.max_statement, &mut ir);
                ir
            }
        }
    };
    let lines = LineIndex::new(text.as_bytes());
    LoweredFile {
        display,
        checked,
        text,
        lines,
        ir,
        unreadable,
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_byte_order_mark_does_not_hide_the_first_statement() {
        let settings =
            crate::Settings::new(&shipgate_config::MigrationsConfig::default(), None, None)
                .unwrap();
        let check = |bytes: &[u8]| {
            let file = crate::SourceFile {
                display: "V1__x.sql".into(),
                bytes: bytes.to_vec(),
                checked: true,
            };
            crate::check_sources(vec![file], &settings).findings
        };
        let with_bom = check(b"\xEF\xBB\xBFALTER TABLE t DROP COLUMN c;\n");
        let rules: Vec<&str> = with_bom.iter().map(|f| f.rule.as_str()).collect();
        assert!(rules.contains(&"dropping-column"), "{rules:?}");
        assert!(!rules.contains(&"unparseable-statement"), "{rules:?}");
        let drop = with_bom
            .iter()
            .find(|f| f.rule == "dropping-column")
            .unwrap();
        assert_eq!((drop.location.line, drop.location.column), (1, 1));
        // The same file without the mark reports the same.
        let without: Vec<String> = check(b"ALTER TABLE t DROP COLUMN c;\n")
            .into_iter()
            .map(|f| f.rule)
            .collect();
        assert_eq!(rules, without);
    }
}
