//! The human format: one block per finding, then one summary line per gate.
//!
//! ```text
//! error[dropping-column]: `DROP COLUMN` removes `fee` from `transactions`
//!   --> db/2.sql:3:1
//!    |
//!  3 | ALTER TABLE transactions DROP COLUMN fee;
//!    | ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
//!    = help: ...
//! ```

use std::fmt::Write as _;

use super::RenderOptions;
use crate::{Finding, GateReport, Outcome, Severity};

const RED: &str = "\x1b[1;31m";
const YELLOW: &str = "\x1b[1;33m";
const CYAN: &str = "\x1b[1;36m";
const GREEN: &str = "\x1b[1;32m";
const BOLD: &str = "\x1b[1m";
const BLUE: &str = "\x1b[1;34m";
const RESET: &str = "\x1b[0m";

/// The longest source line shown; longer ones are cut with an ellipsis.
const MAX_SOURCE_CHARS: usize = 200;

pub(super) fn render(reports: &[GateReport], options: &RenderOptions) -> String {
    let paint = Painter(options.color);
    let mut out = String::new();
    if !options.summary_only {
        for report in reports {
            for finding in report.findings.iter().filter(|f| f.is_active()) {
                finding_block(&mut out, finding, paint);
            }
        }
        for report in reports {
            for finding in &report.findings {
                suppressed_line(&mut out, finding, paint);
            }
        }
    }
    for report in reports {
        summary_line(&mut out, report, paint);
    }
    if options.overall || reports.len() > 1 {
        let overall = Outcome::worst(reports.iter().map(GateReport::outcome));
        let _ = writeln!(out, "overall: {}", paint.outcome(overall));
    }
    out
}

#[derive(Clone, Copy)]
struct Painter(bool);

impl Painter {
    fn paint(self, style: &str, text: &str) -> String {
        if self.0 {
            format!("{style}{text}{RESET}")
        } else {
            text.to_owned()
        }
    }

    fn severity(self, severity: Severity) -> String {
        let style = match severity {
            Severity::Error => RED,
            Severity::Warning => YELLOW,
            Severity::Info => CYAN,
        };
        self.paint(style, severity.as_str())
    }

    fn outcome(self, outcome: Outcome) -> String {
        let style = match outcome {
            Outcome::Pass => GREEN,
            Outcome::Warn => YELLOW,
            Outcome::Fail => RED,
        };
        self.paint(style, outcome.as_str())
    }
}

fn finding_block(out: &mut String, f: &Finding, paint: Painter) {
    let loc = &f.location;
    let _ = writeln!(
        out,
        "{}{}: {}",
        paint.severity(f.severity),
        paint.paint(BOLD, &format!("[{}]", f.rule)),
        paint.paint(BOLD, &f.message)
    );
    let gutter = loc.line.to_string().len();
    let pad = " ".repeat(gutter);
    let _ = write!(
        out,
        "{pad}{} {}:{}:{}",
        paint.paint(BLUE, "-->"),
        loc.path,
        loc.line,
        loc.column
    );
    if let Some(commit) = &loc.commit {
        let _ = write!(out, " (commit {commit})");
    }
    out.push('\n');
    if let Some(line) = &f.source_line {
        let bar = paint.paint(BLUE, "|");
        let (shown, cut) = truncate(line);
        let _ = writeln!(out, "{pad} {bar}");
        let _ = writeln!(
            out,
            "{} {bar} {shown}{}",
            paint.paint(BLUE, &loc.line.to_string()),
            if cut { "…" } else { "" }
        );
        let (start, width) = f.highlight.unwrap_or_else(|| {
            let start = (loc.column as usize)
                .saturating_sub(1)
                .min(shown.chars().count());
            let width = if loc.end_line == loc.line {
                (loc.end_column.saturating_sub(loc.column) as usize).max(1)
            } else {
                shown.chars().count().saturating_sub(start).max(1)
            };
            (start.min(shown.chars().count()), width)
        });
        let width = width.min(shown.chars().count().saturating_sub(start).max(1));
        let caret = paint.paint(RED, &"^".repeat(width));
        let _ = writeln!(out, "{pad} {bar} {}{caret}", " ".repeat(start));
    }
    if !f.help.is_empty() {
        let _ = writeln!(out, "{pad} = {}: {}", paint.paint(BOLD, "help"), f.help);
    }
    out.push('\n');
}

/// A suppressed finding in one line, with what suppressed it: the waiver,
/// the `shipgate:allow` comment or the baseline, and its reason.
fn suppressed_line(out: &mut String, f: &Finding, paint: Painter) {
    let Some(suppression) = &f.suppressed else {
        return;
    };
    let by = match suppression.kind {
        "inline" => "`shipgate:allow`",
        "baseline" => "the baseline",
        _ => "a waiver",
    };
    let _ = writeln!(
        out,
        "{}: {} ({}:{}), suppressed by {by}: {}",
        paint.paint(BOLD, &format!("suppressed[{}]", f.rule)),
        f.message,
        f.location.path,
        f.location.line,
        suppression.reason
    );
}

fn truncate(line: &str) -> (String, bool) {
    let line = line.trim_end_matches(['\r', '\n']).replace('\t', " ");
    if line.chars().count() > MAX_SOURCE_CHARS {
        (line.chars().take(MAX_SOURCE_CHARS).collect(), true)
    } else {
        (line, false)
    }
}

/// The singular of a stats key, for a count of 1: its first word loses its
/// plural ending (`files` -> `file`, `advisories` -> `advisory`, `lines
/// covered` -> `line covered`). Keys that are not plural nouns stay as they are.
fn singular(key: &str) -> String {
    let (word, rest) = key.split_once(' ').map_or((key, ""), |(w, r)| (w, r));
    let one = if let Some(stem) = word.strip_suffix("ies") {
        format!("{stem}y")
    } else if word.ends_with("ss") {
        word.to_owned()
    } else if let Some(stem) = word.strip_suffix('s') {
        stem.to_owned()
    } else {
        word.to_owned()
    };
    if rest.is_empty() {
        one
    } else {
        format!("{one} {rest}")
    }
}

fn summary_line(out: &mut String, report: &GateReport, paint: Painter) {
    let plural = |n: usize, word: &str| {
        if n == 1 {
            format!("{n} {word}")
        } else {
            format!("{n} {word}s")
        }
    };
    let _ = write!(
        out,
        "{}: {} ({}, {}, {}",
        report.gate,
        paint.outcome(report.outcome()),
        plural(report.count(Severity::Error), "error"),
        plural(report.count(Severity::Warning), "warning"),
        plural(report.count(Severity::Info), "note"),
    );
    let suppressed = report.suppressed();
    if suppressed > 0 {
        let _ = write!(out, ", {suppressed} suppressed");
    }
    out.push(')');
    let stats: Vec<String> = report
        .stats
        .iter()
        // `skipped_binary` reads `skipped binary`; the JSON keeps the key.
        .map(|(k, v)| {
            let k = k.replace('_', " ");
            if *v == 1 {
                format!("{v} {}", singular(&k))
            } else {
                format!("{v} {k}")
            }
        })
        .collect();
    if !stats.is_empty() {
        let _ = write!(out, " in {}", stats.join(", "));
    }
    let _ = writeln!(out, "; fails on {}", report.fail_on);
}

#[cfg(test)]
mod plural_tests {
    use super::singular;

    #[test]
    fn counts_of_one_are_singular() {
        assert_eq!(singular("files"), "file");
        assert_eq!(singular("statements"), "statement");
        assert_eq!(singular("advisories"), "advisory");
        assert_eq!(singular("lines covered"), "line covered");
        assert_eq!(singular("commits"), "commit");
        assert_eq!(singular("skipped_binary"), "skipped_binary");
        assert_eq!(singular("access"), "access");
    }
}
