//! The versioned JSON format (`"version": 1`), documented in `docs/json-output.md`.
//!
//! Written straight from the reports, without a `serde_json::Value` of every
//! finding in between; every object's keys are in alphabetical order, as
//! the format has always had them.

use std::collections::BTreeMap;

use rayon::prelude::*;
use serde::Serialize;
use serde::ser::{SerializeMap, Serializer};

use super::RenderError;
use crate::{Finding, GateReport, Location, Outcome, Severity, TOOL_NAME};

/// The schema version. Bumped only on incompatible changes.
pub const JSON_VERSION: u32 = 1;

pub(super) fn render(reports: &[GateReport]) -> Result<Vec<String>, RenderError> {
    // A large report is mostly findings: each gate's are written in
    // parallel pieces, each checked to be UTF-8 by the thread that wrote it,
    // and placed where the rest of the document holds a placeholder string
    // for them. The pieces are not copied into one string.
    let findings = reports
        .iter()
        .map(|r| findings_array(&r.findings))
        .collect::<Result<Vec<_>, _>>()?;
    let document = Document {
        gates: reports.iter().enumerate().map(Gate::of).collect(),
        outcome: Outcome::worst(reports.iter().map(GateReport::outcome)),
        tool: Tool {
            name: TOOL_NAME,
            version: reports.first().map_or("", |r| r.tool_version.as_str()),
        },
        version: JSON_VERSION,
    };
    let mut rest = Vec::with_capacity(4096);
    let mut serializer =
        serde_json::Serializer::with_formatter(&mut rest, serde_json::ser::PrettyFormatter::new());
    document.serialize(&mut serializer)?;
    let rest = utf8(rest);
    let mut pieces =
        Vec::with_capacity(2 * findings.len() + findings.iter().map(Vec::len).sum::<usize>() + 1);
    let mut from = 0;
    for (gate, array) in findings.into_iter().enumerate() {
        let quoted = serde_json::to_string(&placeholder(gate))?;
        let at = memchr::memmem::find(&rest.as_bytes()[from..], quoted.as_bytes())
            .map(|i| from + i)
            .ok_or(RenderError::Placeholder)?;
        pieces.push(rest[from..at].to_owned());
        pieces.extend(array);
        from = at + quoted.len();
    }
    let mut last = rest[from..].to_owned();
    last.push('\n');
    pieces.push(last);
    Ok(pieces)
}

/// `serde_json` writes UTF-8 only; were it ever not, the text is kept
/// with replacement characters rather than lost.
fn utf8(bytes: Vec<u8>) -> String {
    String::from_utf8(bytes).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

/// What stands for a gate's findings until they are set in: no gate's name,
/// rule or counter holds a NUL.
fn placeholder(gate: usize) -> String {
    format!("\u{0}findings {gate}")
}

/// How deep a finding object sits: in the document, `gates`, a gate, and its
/// `findings`.
const FINDING_DEPTH: usize = 4;

/// The findings as the pretty `findings` array of a gate, in pieces to be
/// written one after the other: `[]` when there are none. Written in pieces
/// of [`FINDINGS_PER_PIECE`] findings, in parallel.
fn findings_array(findings: &[Finding]) -> Result<Vec<String>, RenderError> {
    if findings.is_empty() {
        return Ok(vec!["[]".to_owned()]);
    }
    let mut pieces = findings
        .par_chunks(FINDINGS_PER_PIECE)
        .enumerate()
        .map(|(k, chunk)| {
            let mut out = Vec::with_capacity(BYTES_PER_FINDING * chunk.len() + 1);
            if k == 0 {
                out.push(b'[');
            }
            for (i, finding) in chunk.iter().enumerate() {
                out.extend_from_slice(if k == 0 && i == 0 { b"\n" } else { b",\n" });
                indent(&mut out, FINDING_DEPTH);
                let mut serializer =
                    serde_json::Serializer::with_formatter(&mut out, Pretty::at(FINDING_DEPTH));
                SortedFinding(finding).serialize(&mut serializer)?;
            }
            Ok(utf8(out))
        })
        .collect::<Result<Vec<String>, serde_json::Error>>()?;
    pieces.push(format!("\n{}]", "  ".repeat(FINDING_DEPTH - 1)));
    Ok(pieces)
}

/// Findings per piece of work: enough that each piece is worth a thread.
const FINDINGS_PER_PIECE: usize = 256;

fn indent(out: &mut Vec<u8>, depth: usize) {
    out.resize(out.len() + 2 * depth, b' ');
}

/// `serde_json`'s pretty layout (two spaces a level, `"key": value`), starting
/// `depth` levels in: for a value written apart from the document it sits in.
struct Pretty {
    depth: usize,
    has_value: bool,
}

impl Pretty {
    fn at(depth: usize) -> Self {
        Self {
            depth,
            has_value: false,
        }
    }

    fn open<W: ?Sized + std::io::Write>(
        &mut self,
        w: &mut W,
        bracket: &[u8],
    ) -> std::io::Result<()> {
        self.depth += 1;
        self.has_value = false;
        w.write_all(bracket)
    }

    fn close<W: ?Sized + std::io::Write>(
        &mut self,
        w: &mut W,
        bracket: &[u8],
    ) -> std::io::Result<()> {
        self.depth -= 1;
        if self.has_value {
            w.write_all(b"\n")?;
            w.write_all(&INDENT[..(2 * self.depth).min(INDENT.len())])?;
        }
        w.write_all(bracket)
    }

    fn item<W: ?Sized + std::io::Write>(&self, w: &mut W, first: bool) -> std::io::Result<()> {
        w.write_all(if first { b"\n" } else { b",\n" })?;
        w.write_all(&INDENT[..(2 * self.depth).min(INDENT.len())])
    }
}

/// Spaces for the deepest level a finding reaches, and more.
const INDENT: &[u8] = b"                                ";

impl serde_json::ser::Formatter for Pretty {
    fn begin_array<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.open(w, b"[")
    }

    fn end_array<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.close(w, b"]")
    }

    fn begin_array_value<W: ?Sized + std::io::Write>(
        &mut self,
        w: &mut W,
        first: bool,
    ) -> std::io::Result<()> {
        self.item(w, first)
    }

    fn end_array_value<W: ?Sized + std::io::Write>(&mut self, _: &mut W) -> std::io::Result<()> {
        self.has_value = true;
        Ok(())
    }

    fn begin_object<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.open(w, b"{")
    }

    fn end_object<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.close(w, b"}")
    }

    fn begin_object_key<W: ?Sized + std::io::Write>(
        &mut self,
        w: &mut W,
        first: bool,
    ) -> std::io::Result<()> {
        self.item(w, first)
    }

    fn begin_object_value<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        w.write_all(b": ")
    }

    fn end_object_value<W: ?Sized + std::io::Write>(&mut self, _: &mut W) -> std::io::Result<()> {
        self.has_value = true;
        Ok(())
    }
}

/// About what one finding takes in the pretty JSON: its fields, indented.
const BYTES_PER_FINDING: usize = 700;

/// The whole output; fields in alphabetical order.
#[derive(Serialize)]
struct Document<'a> {
    gates: Vec<Gate<'a>>,
    outcome: Outcome,
    tool: Tool<'a>,
    version: u32,
}

#[derive(Serialize)]
struct Tool<'a> {
    name: &'a str,
    version: &'a str,
}

/// One gate; fields in alphabetical order.
#[derive(Serialize)]
struct Gate<'a> {
    fail_on: Severity,
    /// Stands for the findings, written apart ([`placeholder`]).
    findings: String,
    #[serde(rename = "gate")]
    name: &'a str,
    outcome: Outcome,
    stats: &'a BTreeMap<String, u64>,
    summary: Summary,
}

impl<'a> Gate<'a> {
    fn of((index, report): (usize, &'a GateReport)) -> Self {
        Self {
            fail_on: report.fail_on,
            findings: placeholder(index),
            name: &report.gate,
            outcome: report.outcome(),
            stats: &report.stats,
            summary: Summary {
                error: report.count(Severity::Error),
                info: report.count(Severity::Info),
                suppressed: report.suppressed(),
                warning: report.count(Severity::Warning),
            },
        }
    }
}

#[derive(Serialize)]
struct Summary {
    error: usize,
    info: usize,
    suppressed: usize,
    warning: usize,
}

/// A finding with its keys in alphabetical order (its own `Serialize` keeps
/// declaration order, which other formats rely on).
struct SortedFinding<'a>(&'a Finding);

impl Serialize for SortedFinding<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let f = self.0;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("fingerprint", &f.fingerprint)?;
        map.serialize_entry("help", &f.help)?;
        map.serialize_entry("location", &SortedLocation(&f.location))?;
        map.serialize_entry("message", &f.message)?;
        if !f.properties.is_empty() {
            map.serialize_entry("properties", &f.properties)?;
        }
        map.serialize_entry("rule", &f.rule)?;
        map.serialize_entry("severity", &f.severity)?;
        if let Some(suppressed) = &f.suppressed {
            // `kind`, `reason`: already alphabetical.
            map.serialize_entry("suppressed", suppressed)?;
        }
        map.end()
    }
}

/// A location with its keys in alphabetical order.
struct SortedLocation<'a>(&'a Location);

impl Serialize for SortedLocation<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let l = self.0;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("column", &l.column)?;
        if let Some(commit) = &l.commit {
            map.serialize_entry("commit", commit)?;
        }
        map.serialize_entry("end_column", &l.end_column)?;
        map.serialize_entry("end_line", &l.end_line)?;
        map.serialize_entry("line", &l.line)?;
        map.serialize_entry("path", &l.path)?;
        map.end()
    }
}

#[cfg(test)]
mod tests {
    use crate::render::{RenderOptions, render_pieces};
    use crate::{Finding, Format, GateReport, Location, Severity};

    fn report(findings: usize) -> GateReport {
        let mut report = GateReport::new("migrations", "0.0.0", Severity::Error);
        for i in 0..findings {
            let location = Location::new(format!("db/{:04}.sql", i / 3), [1, 2, 3][i % 3], 1);
            report.push(Finding::new(
                "rule-a",
                Severity::Warning,
                format!("finding {i}"),
                location,
            ));
        }
        report.finish();
        report
    }

    /// The pieces, one after the other, are the document `serde_json`
    /// writes itself, with every finding once and in order, whatever the
    /// number of pieces the findings were written in.
    #[test]
    fn pieces_make_one_pretty_document() {
        for findings in [0, 1, 255, 256, 257, 600] {
            let reports = [report(findings), report(findings.min(3))];
            let rendered =
                render_pieces(Format::Json, &reports, &RenderOptions::default()).unwrap();
            let mut written = Vec::new();
            rendered.write_to(&mut written).unwrap();
            let text = rendered.clone().into_string();
            assert_eq!(written, text.as_bytes());
            assert_eq!(rendered.len(), text.len());
            let value: serde_json::Value = serde_json::from_str(&text).unwrap();
            assert_eq!(
                format!("{}\n", serde_json::to_string_pretty(&value).unwrap()),
                text,
                "{findings} findings"
            );
            let messages: Vec<&str> = value["gates"][0]["findings"]
                .as_array()
                .unwrap()
                .iter()
                .map(|f| f["message"].as_str().unwrap())
                .collect();
            let expected: Vec<&str> = reports[0]
                .findings
                .iter()
                .map(|f| f.message.as_str())
                .collect();
            assert_eq!(messages, expected);
            if findings > 256 {
                assert!(
                    rendered.pieces().count() > 4,
                    "{findings} findings in one piece"
                );
            }
        }
    }
}
