//! Runs the gate: decodes the files and runs their front ends in parallel,
//! then evaluates the rules over them in migration order.

use std::sync::OnceLock;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

use rayon::prelude::*;
use shipgate_report::GateReport;

use crate::changeset::LoweredFile;
use crate::decode::{decode, read_file};
use crate::discover::{Discovery, MigrationFile, NothingFound};
use crate::evaluate::{Evaluation, evaluate};
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
    lower_and_evaluate(files, &[], settings)
}

/// Checks what [`discover`](crate::discover()) found: the files, and a failing
/// `no-migrations` finding for every place that held none.
pub fn check_discovery(discovery: &Discovery, settings: &Settings) -> GateReport {
    lower_and_evaluate(&discovery.files, &discovery.nothing_found, settings)
}

/// Reads and lowers the files in migration order on every worker thread,
/// while one of them also runs the rules over each file as soon as it and
/// every file before it are lowered (lowering the next file itself while it
/// waits): the rules, which follow the schema from file to file on one
/// thread, no longer wait for the last file to be read.
fn lower_and_evaluate(
    files: &[MigrationFile],
    nothing_found: &[NothingFound],
    settings: &Settings,
) -> GateReport {
    let order = crate::order::order(files.iter().map(|f| f.display.as_str()));
    let queue = Queue {
        files,
        settings,
        order: &order,
        next: AtomicUsize::new(0),
        lowered: std::iter::repeat_with(OnceLock::new)
            .take(files.len())
            .collect(),
        abandoned: AtomicBool::new(false),
    };
    let mut evaluation = Evaluation::new(settings);
    rayon::scope(|scope| {
        for _ in 1..rayon::current_num_threads() {
            scope.spawn(|_| while queue.lower_next() {});
        }
        for slot in &queue.lowered {
            loop {
                if let Some(file) = slot.get() {
                    evaluation.file(file);
                    break;
                }
                // Every file is taken and this one is still being lowered;
                // if its worker panicked, the scope raises the panic.
                if !queue.lower_next() {
                    if queue.abandoned.load(Ordering::Acquire) {
                        return;
                    }
                    std::thread::yield_now();
                }
            }
        }
    });
    let lowered: Vec<LoweredFile> = queue
        .lowered
        .into_iter()
        .filter_map(OnceLock::into_inner)
        .collect();
    let report = evaluation.finish(&lowered, nothing_found);
    if settings.exits_after {
        // The process ends once the report is written: the operating system
        // reclaims the files' texts and operations at once.
        std::mem::forget(lowered);
    } else {
        // Freed on a worker, while the caller goes on with the report.
        rayon::spawn(move || drop(lowered));
    }
    report
}

/// The files to lower, taken one at a time in migration order by whichever
/// thread is free.
struct Queue<'a> {
    files: &'a [MigrationFile],
    settings: &'a Settings,
    /// `order[k]`: the index in `files` of the `k`th file in migration order.
    order: &'a [usize],
    /// The next position in `order` to take.
    next: AtomicUsize,
    /// Each position's file, once lowered.
    lowered: Vec<OnceLock<LoweredFile>>,
    /// A thread panicked while lowering a file, which will never come.
    abandoned: AtomicBool,
}

impl Queue<'_> {
    /// Lowers the next file not yet taken; `false` when every file is taken.
    fn lower_next(&self) -> bool {
        if self.next.load(Ordering::Relaxed) >= self.order.len() {
            return false;
        }
        let position = self.next.fetch_add(1, Ordering::Relaxed);
        let (Some(&file), Some(slot)) = (self.order.get(position), self.lowered.get(position))
        else {
            return false;
        };
        let _abandon = AbandonOnPanic(&self.abandoned);
        // Each position is taken once, so the slot is empty.
        let _ = slot.set(read_and_lower_one(&self.files[file], self.settings));
        true
    }
}

/// Marks the queue abandoned when the thread unwinds past it.
struct AbandonOnPanic<'a>(&'a AtomicBool);

impl Drop for AbandonOnPanic<'_> {
    fn drop(&mut self) {
        if std::thread::panicking() {
            self.0.store(true, Ordering::Release);
        }
    }
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
        .map(|f| read_and_lower_one(f, settings))
        .collect()
}

fn read_and_lower_one(file: &MigrationFile, settings: &Settings) -> LoweredFile {
    match read_file(&file.path, file.regular) {
        Ok(bytes) => lower(file.display.clone(), bytes, file.checked, settings),
        Err(unreadable) => {
            let mut lowered = lower(file.display.clone(), Vec::new(), file.checked, settings);
            lowered.unreadable = Some(unreadable);
            lowered
        }
    }
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
                // goose and dbmate files: only what runs on the way up, in
                // the transaction the tool opens unless the file says not to.
                let sections = crate::sql::up_sections(&text);
                ir.within_transaction = sections.in_transaction;
                // About one operation per `BYTES_PER_OPERATION` bytes of SQL:
                // reserved once, the list is not copied into memory the
                // process has never touched each time it doubles.
                ir.ops.reserve(text.len() / BYTES_PER_OPERATION);
                for section in sections.up {
                    crate::sql::lower_sql(
                        &text[section.clone()],
                        section.start,
                        dialect,
                        settings.max_statement,
                        &mut ir,
                    );
                }
                ir
            }
        }
    };
    let lines = LineIndex::new(text.as_bytes());
    let suppressions = crate::changeset::suppressions(&text, &ir.comments, &lines);
    LoweredFile {
        display,
        checked,
        text,
        lines,
        ir,
        unreadable,
        suppressions,
    }
}

/// Bytes of SQL per operation lowered, about: Lemmy's 342 migrations hold
/// one per 186 bytes; the estimate leans low, so a file of comments or
/// long literals reserves little it does not use.
const BYTES_PER_OPERATION: usize = 256;

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

    /// A run that leaves its files to the operating system reports exactly
    /// what a run that frees them does.
    #[test]
    fn an_exiting_run_reports_the_same() {
        let dir = std::env::temp_dir().join(format!("shipgate-exiting-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let texts = [
            "CREATE TABLE fees (id bigint);\n",
            "CREATE INDEX fees_id ON fees (id);\nALTER TABLE fees DROP COLUMN id; -- shipgate:allow dropping-column\n",
        ];
        let files: Vec<crate::discover::MigrationFile> = texts
            .iter()
            .enumerate()
            .map(|(k, text)| {
                let path = dir.join(format!("V{k}__m.sql"));
                std::fs::write(&path, text).unwrap();
                crate::discover::MigrationFile {
                    display: format!("V{k}__m.sql"),
                    path,
                    checked: true,
                    regular: true,
                }
            })
            .collect();
        let settings =
            crate::Settings::new(&shipgate_config::MigrationsConfig::default(), None, None)
                .unwrap();
        let freed = super::check(&files, &settings);
        let left = super::check(&files, &settings.clone().exiting());
        std::fs::remove_dir_all(&dir).unwrap();
        let rules = |report: &shipgate_report::GateReport| -> Vec<(String, u32, String)> {
            report
                .findings
                .iter()
                .map(|f| (f.rule.clone(), f.location.line, f.fingerprint.clone()))
                .collect()
        };
        assert!(
            rules(&freed)
                .iter()
                .any(|(rule, ..)| rule == "index-without-concurrently")
        );
        assert_eq!(rules(&freed), rules(&left));
        assert_eq!(freed.stats, left.stats);
    }
}
