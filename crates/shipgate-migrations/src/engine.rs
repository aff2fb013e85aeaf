//! Runs the front ends over migration files in parallel, then the rules over
//! the files in migration order, and builds the gate report.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::ops::Range;
use std::path::PathBuf;

use globset::{Glob, GlobSet, GlobSetBuilder};
use rayon::prelude::*;
use shipgate_config::{DbVersion, Dialect, FailOn, MigrationsConfig, RuleLevel};
use shipgate_report::{Finding, GateReport, Location, RuleMeta, Severity, fingerprint};

use crate::discover::Discovery;
use crate::frontend::{FileIr, ProblemKind, SourceKind};
use crate::ir::OpKind;
use crate::rules::{
    Context, EmptyMigration, FinancialTableAuditTrail, InvalidSuppression, MissingLockTimeout,
    NoMigrations, StatementTooLarge, UnparseableStatement, UnreadableMigration, Violation,
    all_rules, operation_rules,
};
use crate::schema::Schema;
use crate::source::LineIndex;
use crate::suppress::{self, Suppression};

/// The gate's name in reports.
pub const GATE: &str = "migrations";

/// A file to read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MigrationFile {
    /// Where to read it.
    pub path: PathBuf,
    /// How to show it: relative to the repository root, `/`-separated.
    pub display: String,
    /// Whether its findings are reported. Files outside the change set are still
    /// read, so the schema they build is known.
    pub checked: bool,
}

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

/// The resolved settings of the gate.
#[derive(Debug, Clone)]
pub struct Settings {
    /// SQL dialect.
    pub dialect: Dialect,
    /// Server version.
    pub version: DbVersion,
    financial: GlobSet,
    small: GlobSet,
    audit: GlobSet,
    assume_in_transaction: bool,
    levels: HashMap<String, RuleLevel>,
    fail_on: Severity,
    max_statement: usize,
}

/// A table pattern in the configuration that is not a valid glob.
#[derive(Debug, thiserror::Error)]
#[error("`{pattern}` is not a valid table pattern: {source}")]
pub struct PatternError {
    pattern: String,
    source: globset::Error,
}

fn glob_set(patterns: &[String]) -> Result<GlobSet, PatternError> {
    let mut builder = GlobSetBuilder::new();
    for pattern in patterns {
        let glob = Glob::new(&pattern.to_ascii_lowercase()).map_err(|source| PatternError {
            pattern: pattern.clone(),
            source,
        })?;
        builder.add(glob);
    }
    builder.build().map_err(|source| PatternError {
        pattern: patterns.join(", "),
        source,
    })
}

impl Settings {
    /// Resolves `[migrations]`, with the dialect and version overridable from the command line.
    pub fn new(
        config: &MigrationsConfig,
        dialect: Option<Dialect>,
        version: Option<DbVersion>,
    ) -> Result<Self, PatternError> {
        let dialect = dialect.unwrap_or(config.dialect);
        let version = version.unwrap_or_else(|| {
            if dialect == config.dialect {
                config.version()
            } else {
                dialect.default_version()
            }
        });
        Ok(Self {
            dialect,
            version,
            financial: glob_set(&config.financial_tables)?,
            small: glob_set(&config.small_tables)?,
            audit: glob_set(&config.audit_tables)?,
            assume_in_transaction: config.assume_in_transaction,
            levels: config
                .rules
                .iter()
                .map(|(k, v)| (k.clone(), *v.get_ref()))
                .collect(),
            fail_on: match config.fail_on {
                FailOn::Info => Severity::Info,
                FailOn::Warning => Severity::Warning,
                FailOn::Error => Severity::Error,
            },
            max_statement: config.max_statement_bytes.max(1),
        })
    }

    /// The severity a rule reports at, or `None` when it is off.
    fn severity(&self, meta: &RuleMeta) -> Option<Severity> {
        match self.levels.get(meta.id) {
            None => Some(meta.default_severity),
            Some(RuleLevel::Off) => None,
            Some(RuleLevel::Info) => Some(Severity::Info),
            Some(RuleLevel::Warning) => Some(Severity::Warning),
            Some(RuleLevel::Error) => Some(Severity::Error),
        }
    }
}

/// A file after its front end ran.
struct Lowered {
    display: String,
    checked: bool,
    text: String,
    lines: LineIndex,
    ir: FileIr,
    unreadable: Option<Unreadable>,
}

/// Why a file could not be read at all.
struct Unreadable {
    offset: usize,
    message: String,
    help: &'static str,
}

const NOT_UTF8_HELP: &str =
    "convert the file to UTF-8 text, or exclude it in `[migrations] exclude`";

fn lower(display: String, bytes: Vec<u8>, checked: bool, settings: &Settings) -> Lowered {
    let dialect = settings.dialect;
    let source = if display.to_ascii_lowercase().ends_with(".php") {
        SourceKind::Laravel
    } else {
        SourceKind::Sql
    };
    // The bytes become the text without a copy: a 50 MB dump is held once.
    let (text, unreadable) = if bytes.iter().take(8192).any(|&b| b == 0) {
        (
            String::new(),
            Some(Unreadable {
                offset: 0,
                message: "the file is binary, not a migration".to_owned(),
                help: "exclude it in `[migrations] exclude`, or move it out of the migration folder",
            }),
        )
    } else {
        match String::from_utf8(bytes) {
            Ok(mut text) => {
                // A byte order mark is not SQL: left in, it hides the first statement.
                if text.starts_with('\u{feff}') {
                    text.drain(..'\u{feff}'.len_utf8());
                }
                (text, None)
            }
            Err(err) => {
                let valid = err.utf8_error().valid_up_to();
                let mut bytes = err.into_bytes();
                bytes.truncate(valid);
                let text = String::from_utf8(bytes).unwrap_or_default();
                (
                    text,
                    Some(Unreadable {
                        offset: valid,
                        message: format!("the file is not UTF-8 (invalid byte at offset {valid})"),
                        help: NOT_UTF8_HELP,
                    }),
                )
            }
        }
    };
    let ir = if unreadable.is_some() {
        FileIr::new(source)
    } else {
        match source {
            SourceKind::Laravel => {
                crate::laravel::lower_laravel(&text, dialect, settings.max_statement)
            }
            SourceKind::Sql => {
                let mut ir = FileIr::new(SourceKind::Sql);
                crate::sql::lower_sql(&text, 0, dialect, settings.max_statement, &mut ir);
                ir
            }
        }
    };
    let lines = LineIndex::new(&text);
    Lowered {
        display,
        checked,
        text,
        lines,
        ir,
        unreadable,
    }
}

/// Reads and checks the files, in migration order.
pub fn check(files: &[MigrationFile], settings: &Settings) -> GateReport {
    let lowered: Vec<Lowered> = files
        .par_iter()
        .map(|f| match read(&f.path) {
            Ok(bytes) => lower(f.display.clone(), bytes, f.checked, settings),
            Err(err) => {
                let mut l = lower(f.display.clone(), Vec::new(), f.checked, settings);
                l.unreadable = Some(Unreadable {
                    offset: 0,
                    message: read_error(&f.path, &err),
                    help: "fix the file's permissions or the link, or exclude it in `[migrations] exclude`",
                });
                l
            }
        })
        .collect();
    evaluate(lowered, settings)
}

/// Checks what [`discover`](crate::discover()) found: the files, and a failing
/// `no-migrations` finding for every place that held none.
pub fn check_discovery(discovery: &Discovery, settings: &Settings) -> GateReport {
    let mut report = check(&discovery.files, settings);
    if let Some(severity) = settings.severity(&NoMigrations::META) {
        for nothing in &discovery.nothing_found {
            let finding = Finding::new(
                NoMigrations::META.id,
                severity,
                format!("no migration found in {}", nothing.searched),
                Location::new(nothing.path.clone(), 1, 1),
            )
            .with_help(nothing.help.clone());
            report.push(finding);
        }
        report.finish();
    }
    report
}

/// Reads a regular file; never opens a FIFO or a device, whose read could block.
fn read(path: &std::path::Path) -> std::io::Result<Vec<u8>> {
    if let Ok(metadata) = std::fs::metadata(path)
        && !metadata.is_file()
    {
        return Err(std::io::Error::other(format!(
            "it is {}, not a regular file",
            crate::discover::special_kind(&metadata)
        )));
    }
    std::fs::read(path)
}

/// The OS error that stopped a read, saying what a broken symbolic link is.
fn read_error(path: &std::path::Path, err: &std::io::Error) -> String {
    let is_link = std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink());
    if !is_link {
        return format!("cannot read the file: {err}");
    }
    match std::fs::read_link(path) {
        Ok(target) if err.kind() == std::io::ErrorKind::NotFound => format!(
            "the file is a symbolic link to `{}`, which does not exist ({err})",
            target.display()
        ),
        _ => format!("the file is a symbolic link that cannot be followed: {err}"),
    }
}

/// Checks files whose contents are already in memory.
pub fn check_sources(files: Vec<SourceFile>, settings: &Settings) -> GateReport {
    let lowered = files
        .into_par_iter()
        .map(|f| lower(f.display, f.bytes, f.checked, settings))
        .collect();
    evaluate(lowered, settings)
}

fn evaluate(mut lowered: Vec<Lowered>, settings: &Settings) -> GateReport {
    lowered.sort_by(|a, b| natural_cmp(&a.display, &b.display));
    let mut report = GateReport::new(GATE, env!("CARGO_PKG_VERSION"), settings.fail_on);
    report.rules = all_rules().into_iter().copied().collect();
    let mut schema = Schema::default();
    let mut financial_changes: BTreeMap<String, (usize, Range<usize>)> = BTreeMap::new();
    let mut audit_touched = false;
    let mut per_file: Vec<Vec<(&'static RuleMeta, Violation)>> = Vec::with_capacity(lowered.len());
    let mut statements = 0u64;

    for (index, file) in lowered.iter().enumerate() {
        let mut violations = Vec::new();
        if let Some(unreadable) = &file.unreadable {
            violations.push((
                &UnreadableMigration::META,
                Violation {
                    span: unreadable.offset..unreadable.offset,
                    message: unreadable.message.clone(),
                    help: unreadable.help.into(),
                },
            ));
        } else if file.ir.ops.is_empty() && file.ir.problems.is_empty() {
            violations.push((
                &EmptyMigration::META,
                Violation {
                    span: 0..0,
                    message: "the migration is empty: it holds no statement".into(),
                    help:
                        "write the migration's statements, or delete the file if it is not needed"
                            .into(),
                },
            ));
        }
        for problem in &file.ir.problems {
            let (meta, help) = match problem.kind {
                ProblemKind::Statement => (
                    &UnparseableStatement::META,
                    "fix the syntax; for valid SQL shipgate cannot read, review it and add `shipgate:allow <rule> <reason>`",
                ),
                ProblemKind::File => (
                    &UnreadableMigration::META,
                    "fix the syntax; for valid SQL shipgate cannot read, review it and add `shipgate:allow <rule> <reason>`",
                ),
                ProblemKind::TooLarge => (
                    &StatementTooLarge::META,
                    "split the statement, load bulk data outside migrations, or raise `[migrations] max_statement_bytes`",
                ),
            };
            violations.push((
                meta,
                Violation {
                    span: problem.span.clone(),
                    message: problem.message.clone(),
                    help: help.into(),
                },
            ));
        }
        let mut new_tables = HashSet::new();
        let mut in_transaction = match file.ir.source {
            SourceKind::Laravel => {
                settings.dialect == Dialect::Postgres && file.ir.within_transaction != Some(false)
            }
            SourceKind::Sql => settings.assume_in_transaction,
        };
        let mut lock_timeout_set = false;
        for op in &file.ir.ops {
            statements += 1;
            match &op.kind {
                OpKind::BeginTransaction => in_transaction = true,
                OpKind::EndTransaction => {
                    in_transaction =
                        settings.assume_in_transaction && file.ir.source == SourceKind::Sql;
                }
                OpKind::SetLockTimeout => lock_timeout_set = true,
                _ => {}
            }
            let cx = Context {
                dialect: settings.dialect,
                version: settings.version,
                source: file.ir.source,
                new_tables: &new_tables,
                small_tables: &settings.small,
                financial_tables: &settings.financial,
                in_transaction,
                lock_timeout_set,
                schema: &schema,
            };
            for rule in operation_rules() {
                let mut out = Vec::new();
                rule.check(op, &cx, &mut out);
                violations.extend(out.into_iter().map(|v| (rule.meta(), v)));
            }
            if file.checked
                && let Some(table) = op.kind.table()
            {
                let table = table.to_ascii_lowercase();
                if settings.audit.is_match(&table) {
                    audit_touched = true;
                } else if op.kind.changes_table()
                    && settings.financial.is_match(&table)
                    && !new_tables.contains(&table)
                {
                    financial_changes
                        .entry(table)
                        .or_insert((index, op.span.clone()));
                }
            }
            if let OpKind::CreateTable { table, .. } = &op.kind {
                new_tables.insert(table.clone());
            }
            schema.apply(&op.kind);
        }
        // The lock-timeout warning is said once per file.
        let mut seen_lock_timeout = false;
        violations.retain(|(meta, _)| {
            if meta.id != MissingLockTimeout::META.id {
                return true;
            }
            !std::mem::replace(&mut seen_lock_timeout, true)
        });
        per_file.push(violations);
    }

    if !audit_touched {
        for (table, (index, span)) in financial_changes {
            per_file[index].push((&FinancialTableAuditTrail::META, Violation {
                span,
                message: format!("financial table `{table}` is changed, but no migration in this change set touches an audit-trail table"),
                help: "add the matching audit-trail migration (see `[migrations] audit_tables`) to the same change set".into(),
            }));
        }
    }

    let known: HashSet<&str> = all_rules().iter().map(|r| r.id).collect();
    for (file, violations) in lowered.iter().zip(per_file) {
        if !file.checked {
            continue;
        }
        let suppressions = suppressions(file);
        for s in &suppressions {
            if let Some(severity) = settings.severity(&InvalidSuppression::META) {
                let problem = if s.rule.is_empty() || !known.contains(s.rule.as_str()) {
                    Some(format!(
                        "`shipgate:allow` names unknown rule `{}`, so it suppresses nothing",
                        s.rule
                    ))
                } else if s.reason.is_empty() {
                    Some(format!(
                        "`shipgate:allow {}` gives no reason, so it suppresses nothing",
                        s.rule
                    ))
                } else {
                    None
                };
                if let Some(message) = problem {
                    let help = "write `shipgate:allow <rule-id> <reason>`; `shipgate rules` lists the rule ids";
                    report.push(make_finding(
                        file,
                        &InvalidSuppression::META,
                        severity,
                        &s.span,
                        message,
                        help.into(),
                    ));
                }
            }
        }
        for (meta, violation) in violations {
            let Some(severity) = settings.severity(meta) else {
                continue;
            };
            let mut finding = make_finding(
                file,
                meta,
                severity,
                &violation.span,
                violation.message,
                violation.help,
            );
            let (start, end) = (
                finding.location.line as usize,
                finding.location.end_line as usize,
            );
            if let Some(s) = suppressions.iter().find(|s| s.covers(meta.id, start, end)) {
                finding.suppressed = Some(shipgate_report::Suppression {
                    kind: "inline",
                    reason: s.reason.clone(),
                });
            }
            report.push(finding);
        }
    }
    report.stats.insert(
        "files".into(),
        lowered.iter().filter(|f| f.checked).count() as u64,
    );
    report.stats.insert("statements".into(), statements);
    report.finish();
    report
}

fn suppressions(file: &Lowered) -> Vec<Suppression> {
    file.ir
        .comments
        .iter()
        .filter_map(|span| {
            let text = file.text.get(span.clone())?;
            suppress::parse(text, span.clone(), file.lines.line(span.start))
        })
        .collect()
}

fn make_finding(
    file: &Lowered,
    meta: &RuleMeta,
    severity: Severity,
    span: &Range<usize>,
    message: String,
    help: String,
) -> Finding {
    let (line, column) = file.lines.line_column(&file.text, span.start);
    let end = span.end.max(span.start);
    let (end_line, end_column) = file.lines.line_column(&file.text, end);
    let location = Location::new(file.display.clone(), to_u32(line), to_u32(column))
        .with_end(to_u32(end_line), to_u32(end_column));
    let snippet = snippet(file.text.get(span.clone()).unwrap_or(""));
    let mut finding = Finding::new(meta.id, severity, message, location)
        .with_help(help)
        .with_source_line(bounded(file.lines.line_text(&file.text, line)));
    finding.fingerprint = fingerprint(&[meta.id, &file.display, &snippet, &finding.message]);
    finding
}

/// The first 256 characters of a statement, whitespace collapsed, for its
/// fingerprint; reads no further than it needs, whatever the statement's size.
fn snippet(statement: &str) -> String {
    let mut out = String::new();
    let mut chars = 0;
    for word in statement.split_whitespace() {
        if chars >= 256 {
            break;
        }
        if !out.is_empty() {
            out.push(' ');
            chars += 1;
        }
        for c in word.chars() {
            if chars >= 256 {
                break;
            }
            out.push(c);
            chars += 1;
        }
    }
    out
}

/// The most of a source line a finding carries: renderers show less, and a
/// one-line 50 MB file must not be copied into every finding.
const MAX_SOURCE_LINE_BYTES: usize = 4096;

fn bounded(line: &str) -> &str {
    if line.len() <= MAX_SOURCE_LINE_BYTES {
        return line;
    }
    let mut end = MAX_SOURCE_LINE_BYTES;
    while !line.is_char_boundary(end) {
        end -= 1;
    }
    &line[..end]
}

fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// Orders `V2__a.sql` before `V10__b.sql`: digit runs compare as numbers.
fn natural_cmp(a: &str, b: &str) -> std::cmp::Ordering {
    let (mut a, mut b) = (a.as_bytes(), b.as_bytes());
    loop {
        match (a.first(), b.first()) {
            (None, None) => return std::cmp::Ordering::Equal,
            (None, _) => return std::cmp::Ordering::Less,
            (_, None) => return std::cmp::Ordering::Greater,
            (Some(x), Some(y)) if x.is_ascii_digit() && y.is_ascii_digit() => {
                let da = a.iter().take_while(|c| c.is_ascii_digit()).count();
                let db = b.iter().take_while(|c| c.is_ascii_digit()).count();
                let na = std::str::from_utf8(&a[..da])
                    .unwrap_or("0")
                    .trim_start_matches('0');
                let nb = std::str::from_utf8(&b[..db])
                    .unwrap_or("0")
                    .trim_start_matches('0');
                let ord = na.len().cmp(&nb.len()).then_with(|| na.cmp(nb));
                if ord != std::cmp::Ordering::Equal {
                    return ord;
                }
                a = &a[da..];
                b = &b[db..];
            }
            (Some(x), Some(y)) => {
                if x != y {
                    return x.cmp(y);
                }
                a = &a[1..];
                b = &b[1..];
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::natural_cmp;
    use std::cmp::Ordering;

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

    #[test]
    fn snippets_and_source_lines_are_bounded() {
        let long = "a ".repeat(1000);
        assert_eq!(super::snippet(&long).chars().count(), 256);
        assert_eq!(
            super::snippet("  ALTER\n TABLE   t "),
            "ALTER TABLE t".to_owned()
        );
        let line = "é".repeat(5000);
        let bounded = super::bounded(&line);
        assert!(bounded.len() <= super::MAX_SOURCE_LINE_BYTES && line.starts_with(bounded));
    }

    #[test]
    fn natural_order() {
        assert_eq!(natural_cmp("V2__a.sql", "V10__b.sql"), Ordering::Less);
        assert_eq!(
            natural_cmp("2024_01_01_x.php", "2024_01_02_a.php"),
            Ordering::Less
        );
        assert_eq!(natural_cmp("a", "a"), Ordering::Equal);
    }
}
