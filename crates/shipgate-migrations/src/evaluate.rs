//! Evaluation: the rules over the decoded and lowered files, in migration
//! order, and the gate report built from what they found.

use std::collections::HashSet;
use std::ops::Range;

use rayon::prelude::*;

use shipgate_config::Dialect;
use shipgate_report::{Finding, GateReport, Location, RuleMeta, Severity, fingerprint};

use crate::changeset::{ChangeSet, LoweredFile};
use crate::discover::NothingFound;
use crate::frontend::{ProblemKind, SourceKind};
use crate::ir::OpKind;
use crate::rules::{Context, Target, Violation, all_rules, change_set_rules, operation_rules};
use crate::schema::Schema;
use crate::settings::Settings;

/// The gate's name in reports.
pub const GATE: &str = "migrations";

/// Runs every rule over `lowered` and what the search found, and builds the
/// report of the files marked checked.
pub(crate) fn evaluate(
    mut lowered: Vec<LoweredFile>,
    nothing_found: &[NothingFound],
    settings: &Settings,
) -> GateReport {
    crate::order::sort(&mut lowered);
    let mut evaluation = Evaluation::new(settings);
    for file in &lowered {
        evaluation.file(file);
    }
    evaluation.finish(&lowered, nothing_found)
}

/// The rules' pass over the files, one file at a time in migration order:
/// the operation rules as each file comes (so a file can be evaluated while
/// later ones are still being read), then the rules over the whole change
/// and the findings.
pub(crate) struct Evaluation<'s> {
    settings: &'s Settings,
    /// The schema the next file's statements meet.
    schema: Schema,
    /// Each file's violations so far, in migration order.
    per_file: Vec<Vec<Found>>,
    /// Statements of the files reported.
    statements: u64,
}

impl<'s> Evaluation<'s> {
    /// Starts from the baseline schema, if the settings have one.
    pub(crate) fn new(settings: &'s Settings) -> Self {
        Self {
            settings,
            schema: settings
                .baseline
                .as_deref()
                .cloned()
                .unwrap_or_else(Schema::default),
            per_file: Vec::new(),
            statements: 0,
        }
    }

    /// Runs the operation rules over the next file in migration order.
    pub(crate) fn file(&mut self, file: &LoweredFile) {
        let mut violations = Vec::new();
        let mut new_tables = HashSet::new();
        let mut in_transaction = match file.ir.source {
            SourceKind::Laravel => {
                self.settings.dialect == Dialect::Postgres
                    && file.ir.within_transaction != Some(false)
            }
            SourceKind::Sql => file
                .ir
                .within_transaction
                .unwrap_or(self.settings.assume_in_transaction),
        };
        let mut lock_timeout_set = false;
        let mut lock_timeout_local = false;
        let mut foreign_key_checks_off = false;
        let rules = operation_rules();
        // Asked once per file, not once per operation and rule.
        let once_per_file: Vec<bool> = rules.iter().map(|rule| rule.once_per_file()).collect();
        // By rule, whether a rule reported once per file has reported here.
        let mut reported_once = vec![false; rules.len()];
        let file_has_ddl = file.ir.ops.iter().any(|op| op.kind.is_ddl());
        let mut not_valid_in_transaction = Vec::new();
        let mut enum_values_in_transaction: Vec<String> = Vec::new();
        let mut previous_span = None;
        // Statements, not operations (`ADD COLUMN a, ADD COLUMN b` is one),
        // of the files reported; one that could not be read counts too.
        if file.checked {
            self.statements += file
                .ir
                .problems
                .iter()
                .filter(|p| matches!(p.kind, ProblemKind::Statement | ProblemKind::TooLarge))
                .count() as u64;
        }
        let mut counted_end = 0;
        for op in &file.ir.ops {
            match &op.kind {
                OpKind::BeginTransaction => {
                    in_transaction = true;
                    not_valid_in_transaction.clear();
                    enum_values_in_transaction.clear();
                }
                OpKind::EndTransaction => {
                    in_transaction =
                        self.settings.assume_in_transaction && file.ir.source == SourceKind::Sql;
                    not_valid_in_transaction.clear();
                    enum_values_in_transaction.clear();
                    if lock_timeout_local {
                        lock_timeout_set = false;
                        lock_timeout_local = false;
                    }
                }
                // A local timeout outside a transaction ends with its statement.
                OpKind::SetLockTimeout { bounded, local } if !*local || in_transaction => {
                    lock_timeout_set = *bounded;
                    lock_timeout_local = *local;
                }
                OpKind::SetForeignKeyChecks { enabled } => foreign_key_checks_off = !enabled,
                _ => {}
            }
            // Once per statement: does it name a value added earlier in the transaction?
            let first_of_statement = previous_span.as_ref() != Some(&op.span);
            previous_span = Some(op.span.clone());
            // A statement a `DO` block runs lies within the block's span. A
            // Laravel call is a statement of its own, even within the
            // closure of another (`$table->index()` in `Schema::create`).
            let new_statement = match file.ir.source {
                SourceKind::Sql => op.span.start >= counted_end,
                SourceKind::Laravel => first_of_statement,
            };
            if new_statement && file.checked {
                self.statements += 1;
            }
            counted_end = counted_end.max(op.span.end);
            let new_enum_value_used = if first_of_statement
                && !enum_values_in_transaction.is_empty()
                && !matches!(op.kind, OpKind::AddEnumValue { .. })
            {
                file.text.get(op.span.clone()).and_then(|text| {
                    enum_values_in_transaction
                        .iter()
                        .find(|v| text.contains(&format!("'{}'", v.replace('\'', "''"))))
                        .map(String::as_str)
                })
            } else {
                None
            };
            let cx = Context {
                dialect: self.settings.dialect,
                version: self.settings.version,
                source: file.ir.source,
                new_tables: &new_tables,
                small_tables: &self.settings.small,
                financial_tables: &self.settings.financial,
                in_transaction,
                lock_timeout_set,
                schema: &self.schema,
                models: &self.settings.models,
                foreign_key_checks_off,
                file_has_ddl,
                not_valid_in_transaction: &not_valid_in_transaction,
                new_enum_value_used,
            };
            for (index, rule) in rules.iter().enumerate() {
                // Reported in this file already: what it finds would be dropped.
                if reported_once[index] {
                    continue;
                }
                let mut out = Vec::new();
                rule.check(op, &cx, &mut out);
                let size = if rule.size_dependent() && !out.is_empty() {
                    let table = match &op.kind {
                        OpKind::DropIndex {
                            name, table: None, ..
                        } => self.schema.index_table(name),
                        kind => kind.table(),
                    };
                    table.and_then(|t| self.schema.rows(t).map(|rows| (t.to_owned(), rows)))
                } else {
                    None
                };
                if once_per_file[index] {
                    out.truncate(1);
                    if out.is_empty() {
                        continue;
                    }
                    reported_once[index] = true;
                }
                violations.extend(out.into_iter().map(|v| (rule.meta(), v, size.clone())));
            }
            if let OpKind::CreateTable { table, .. } = &op.kind {
                new_tables.insert(table.clone());
            }
            if let OpKind::AddConstraint {
                table,
                name,
                validated: false,
                ..
            } = &op.kind
                && in_transaction
            {
                not_valid_in_transaction.push((table.clone(), name.clone()));
            }
            if let OpKind::AddEnumValue {
                value: Some(value), ..
            } = &op.kind
                && in_transaction
            {
                enum_values_in_transaction.push(value.clone());
            }
            self.schema.apply(&op.kind);
        }
        self.per_file.push(violations);
    }

    /// Runs the rules over the whole change and makes the report; `lowered`
    /// holds every file given to [`Evaluation::file`], in the same order.
    pub(crate) fn finish(
        self,
        lowered: &[LoweredFile],
        nothing_found: &[NothingFound],
    ) -> GateReport {
        let Self {
            settings,
            mut per_file,
            statements,
            ..
        } = self;
        let mut report = GateReport::new(GATE, env!("CARGO_PKG_VERSION"), settings.fail_on);
        let rules = all_rules();
        report.rules = rules.iter().copied().copied().collect();
        let set = ChangeSet {
            files: lowered,
            financial_tables: &settings.financial,
            audit_tables: &settings.audit,
            nothing_found,
            rules: &rules,
        };
        let mut unsuppressible = HashSet::new();
        // Each rule reads the whole change set on its own, so they run side
        // by side; what they found is taken in rule order.
        let found_by_rule: Vec<_> = change_set_rules()
            .par_iter()
            .map(|rule| {
                let mut out = Vec::new();
                rule.check(&set, &mut out);
                (rule, out)
            })
            .collect();
        for (rule, out) in found_by_rule {
            let meta = rule.meta();
            if !rule.suppressible() {
                unsuppressible.insert(meta.id);
            }
            for found in out {
                match found.target {
                    Target::File(index, span) => {
                        if let Some(violations) = per_file.get_mut(index) {
                            violations.push((
                                meta,
                                Violation {
                                    span,
                                    message: found.message,
                                    help: found.help,
                                    properties: std::collections::BTreeMap::new(),
                                },
                                None,
                            ));
                        }
                    }
                    Target::Path(path) => {
                        if let Some(severity) = settings.severity(meta) {
                            report.push(
                                Finding::new(
                                    meta.id,
                                    severity,
                                    found.message,
                                    Location::new(path, 1, 1),
                                )
                                .with_help(found.help),
                            );
                        }
                    }
                }
            }
        }

        // Each file's findings are made on their own (positions, fingerprints,
        // suppressions) and put in the report's order, in parallel; then
        // added file by file in path order, so that the report finds them
        // sorted.
        let mut findings: Vec<(&str, Vec<Finding>)> = lowered
            .par_iter()
            .zip(per_file)
            .map(|(file, violations)| {
                let mut found = file_findings(file, violations, settings, &unsuppressible);
                found.sort_by(Finding::order);
                (file.display.as_str(), found)
            })
            .collect();
        findings.sort_by(|a, b| a.0.cmp(b.0));
        report
            .findings
            .reserve(findings.iter().map(|(_, f)| f.len()).sum::<usize>());
        for finding in findings.into_iter().flat_map(|(_, f)| f) {
            report.push(finding);
        }
        report.stats.insert(
            "files".into(),
            lowered.iter().filter(|f| f.checked).count() as u64,
        );
        report.stats.insert("statements".into(), statements);
        report.finish();
        report
    }
}

/// The findings of one file's violations, in order: placed, fingerprinted,
/// capped by table size, and marked where an inline comment suppresses them.
fn file_findings(
    file: &LoweredFile,
    violations: Vec<Found>,
    settings: &Settings,
    unsuppressible: &HashSet<&str>,
) -> Vec<Finding> {
    let mut out = Vec::with_capacity(violations.len());
    if !file.checked {
        return out;
    }
    let suppressions = &file.suppressions;
    for (meta, violation, size) in violations {
        let Some(mut severity) = settings.severity(meta) else {
            continue;
        };
        let mut note = None;
        if let Some((table, rows)) = &size {
            let Some(capped) = settings.size_capped(severity, *rows) else {
                continue;
            };
            severity = capped;
            note = Some(size_note(table, *rows, settings.large_table_rows));
        }
        let mut finding = make_finding(
            file,
            meta,
            severity,
            &violation.span,
            violation.message,
            violation.help,
        );
        finding.properties.extend(violation.properties);
        if let Some(note) = note {
            // After the fingerprint: a table's growth does not make a
            // finding new.
            finding.message.push_str(&note);
        }
        let (start, end) = (
            finding.location.line as usize,
            finding.location.end_line as usize,
        );
        if !unsuppressible.contains(meta.id)
            && let Some(s) = suppressions.iter().find(|s| s.covers(meta.id, start, end))
        {
            finding.suppressed = Some(shipgate_report::Suppression {
                kind: "inline",
                reason: s.reason.clone(),
            });
        }
        out.push(finding);
    }
    out
}

/// A size-dependent finding, its table and that table's estimated rows.
type Found = (&'static RuleMeta, Violation, Option<(String, u64)>);

/// What a finding says of its table's size: `; on `t` (~312,000,000 rows)`.
fn size_note(table: &str, rows: u64, large: u64) -> String {
    if rows >= large {
        format!("; on `{table}` (~{} rows)", grouped(rows))
    } else {
        format!(
            "; on `{table}` (~{} rows, under `large_table_rows` = {}, so reported at most at `small_table_severity`)",
            grouped(rows),
            grouped(large)
        )
    }
}

/// `312000000` as `312,000,000`.
fn grouped(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

fn make_finding(
    file: &LoweredFile,
    meta: &RuleMeta,
    severity: Severity,
    span: &Range<usize>,
    message: String,
    help: String,
) -> Finding {
    let (line, column) = file.lines.line_column(file.text.as_bytes(), span.start);
    let end = span.end.max(span.start);
    let (end_line, end_column) = file.lines.line_column(file.text.as_bytes(), end);
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
    let mut out = String::with_capacity(SNIPPET_CHARS);
    // ASCII (nearly every statement): a byte is a character, and white
    // space is the six ASCII bytes `char::is_whitespace` takes.
    let end = statement.len().min(4 * SNIPPET_CHARS);
    if let Some(head) = statement.get(..end).filter(|head| head.is_ascii()) {
        let mut chars = 0;
        for word in head
            .split([' ', '\t', '\n', '\u{b}', '\u{c}', '\r'])
            .filter(|word| !word.is_empty())
        {
            if chars >= SNIPPET_CHARS {
                break;
            }
            if !out.is_empty() {
                out.push(' ');
                chars += 1;
            }
            // Every index of ASCII text is a character boundary.
            let take = word.len().min(SNIPPET_CHARS - chars);
            out.push_str(&word[..take]);
            chars += take;
        }
        // The statement ends inside the bytes read, or the snippet is full:
        // either way the bytes after them cannot change it.
        if end == statement.len() || chars >= SNIPPET_CHARS {
            return out;
        }
        out.clear();
    }
    snippet_of_chars(statement, out)
}

/// [`snippet`] character by character, for text that is not ASCII.
fn snippet_of_chars(statement: &str, mut out: String) -> String {
    let mut chars = 0;
    for word in statement.split_whitespace() {
        if chars >= SNIPPET_CHARS {
            break;
        }
        if !out.is_empty() {
            out.push(' ');
            chars += 1;
        }
        for c in word.chars() {
            if chars >= SNIPPET_CHARS {
                break;
            }
            out.push(c);
            chars += 1;
        }
    }
    out
}

/// How many characters of a statement its snippet keeps.
const SNIPPET_CHARS: usize = 256;

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

#[cfg(test)]
mod tests {

    /// The ASCII path gives what the character path gives, on statements
    /// of every shape near the limits: long words, runs of white space,
    /// vertical tabs, text longer than what is read, non-ASCII text.
    #[test]
    fn snippets_agree_with_the_character_by_character_reading() {
        let long = "x".repeat(300);
        let pieces: &[&str] = &[
            "a", "ALTER", " ", "  ", "\t", "\n", "\r\n", "\u{b}", "\u{c}", &long, "é", "\u{a0}",
            ";", "'s p'",
        ];
        for text in crate::testing::random_texts(0x5DEE_CE66_D1CE_4E5B, 20_000, 399, pieces) {
            assert_eq!(
                super::snippet(&text),
                super::snippet_of_chars(&text, String::new()),
                "{text:?}"
            );
        }
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
    fn statements_are_counted_once_each_in_the_files_reported() {
        use shipgate_config::{Dialect, MigrationsConfig};

        use crate::{Settings, SourceFile, check_sources};

        let settings =
            Settings::new(&MigrationsConfig::default(), Some(Dialect::Postgres), None).unwrap();
        let file = |display: &str, text: &str, checked: bool| SourceFile {
            display: display.into(),
            bytes: text.as_bytes().to_vec(),
            checked,
        };
        let report = check_sources(
            vec![
                file("V1__old.sql", "SELECT 1;\nSELECT 2;\n", false),
                file(
                    "V2__new.sql",
                    "ALTER TABLE p ADD COLUMN a int, ADD COLUMN b int;\nSELECT 1;\nALTER TABLE p FROBNICATE;\nDO $$ BEGIN ALTER TABLE p ADD COLUMN c int; ALTER TABLE p DROP COLUMN d; END $$;\n",
                    true,
                ),
            ],
            &settings,
        );
        // Two clauses of one ALTER are one statement, and a DO block with
        // the statements it runs is one; the unparseable one counts.
        assert_eq!(report.stats["statements"], 4);
        assert_eq!(report.stats["files"], 1);
    }

    #[test]
    fn sizes_are_grouped_by_thousands() {
        assert_eq!(super::grouped(312_000_000), "312,000,000");
        assert_eq!(super::grouped(999), "999");
        assert_eq!(super::grouped(1000), "1,000");
        assert_eq!(super::grouped(0), "0");
    }
}
