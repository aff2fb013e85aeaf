//! JUnit XML: one test suite per gate, one test case per finding. Findings at
//! or over the gate's threshold are failures; the others pass with their
//! message in `system-out`. A gate with no finding has one passing case.

use std::fmt::Write as _;

use crate::{GateReport, TOOL_NAME};

pub(super) fn render(reports: &[GateReport]) -> String {
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    let tests: usize = reports.iter().map(|r| cases(r).max(1)).sum();
    let failures: usize = reports.iter().map(failures).sum();
    let _ = writeln!(
        out,
        "<testsuites name=\"{TOOL_NAME}\" tests=\"{tests}\" failures=\"{failures}\">"
    );
    for report in reports {
        suite(&mut out, report);
    }
    out.push_str("</testsuites>\n");
    out
}

fn cases(report: &GateReport) -> usize {
    report.findings.iter().filter(|f| f.is_active()).count()
}

fn failures(report: &GateReport) -> usize {
    report
        .findings
        .iter()
        .filter(|f| f.is_active() && f.severity >= report.fail_on)
        .count()
}

fn suite(out: &mut String, report: &GateReport) {
    let gate = escape(&report.gate);
    let _ = writeln!(
        out,
        "  <testsuite name=\"{gate}\" tests=\"{}\" failures=\"{}\">",
        cases(report).max(1),
        failures(report)
    );
    let active: Vec<_> = report.findings.iter().filter(|f| f.is_active()).collect();
    if active.is_empty() {
        let _ = writeln!(
            out,
            "    <testcase name=\"{gate}\" classname=\"{TOOL_NAME}.{gate}\"/>"
        );
    }
    for f in active {
        let loc = &f.location;
        let name = escape(&format!("{} {}:{}", f.rule, loc.path, loc.line));
        let _ = writeln!(
            out,
            "    <testcase name=\"{name}\" classname=\"{TOOL_NAME}.{gate}\" file=\"{}\">",
            escape(&loc.path)
        );
        let mut text = format!(
            "{}: {}\n  --> {}:{}:{}",
            f.severity, f.message, loc.path, loc.line, loc.column
        );
        if !f.help.is_empty() {
            text.push_str("\nhelp: ");
            text.push_str(&f.help);
        }
        let body = escape(&text);
        if f.severity >= report.fail_on {
            let _ = writeln!(
                out,
                "      <failure type=\"{}\" message=\"{}\">{body}</failure>",
                escape(&f.rule),
                escape(&f.message)
            );
        } else {
            let _ = writeln!(out, "      <system-out>{body}</system-out>");
        }
        out.push_str("    </testcase>\n");
    }
    out.push_str("  </testsuite>\n");
}

/// Escapes text for XML attributes and content, dropping characters XML 1.0 forbids.
fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::escape;

    #[test]
    fn escapes_markup_and_drops_control_characters() {
        assert_eq!(escape("a<b>&\"'\u{1}"), "a&lt;b&gt;&amp;&quot;&apos;");
    }
}
