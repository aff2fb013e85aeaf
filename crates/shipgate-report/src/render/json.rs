//! The versioned JSON format (`"version": 1`), documented in `docs/json-output.md`.
//!
//! Written straight from the reports, without a `serde_json::Value` of every
//! finding in between; every object's keys are in alphabetical order, as
//! the format has always had them.

use std::collections::BTreeMap;

use serde::Serialize;
use serde::ser::{SerializeMap, Serializer};

use super::RenderError;
use crate::{Finding, GateReport, Location, Outcome, Severity, TOOL_NAME};

/// The schema version. Bumped only on incompatible changes.
pub const JSON_VERSION: u32 = 1;

pub(super) fn render(reports: &[GateReport]) -> Result<String, RenderError> {
    let document = Document {
        gates: reports.iter().map(Gate::of).collect(),
        outcome: Outcome::worst(reports.iter().map(GateReport::outcome)),
        tool: Tool {
            name: TOOL_NAME,
            version: reports.first().map_or("", |r| r.tool_version.as_str()),
        },
        version: JSON_VERSION,
    };
    // Sized for the findings up front: grown by doubling instead, a large
    // report is copied several times into memory touched for the first time.
    let findings: usize = reports.iter().map(|r| r.findings.len()).sum();
    let mut out = Vec::with_capacity(BYTES_PER_FINDING * findings + 4096);
    let mut serializer =
        serde_json::Serializer::with_formatter(&mut out, serde_json::ser::PrettyFormatter::new());
    document.serialize(&mut serializer)?;
    out.push(b'\n');
    // serde_json writes UTF-8 only.
    Ok(String::from_utf8(out)
        .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned()))
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
    findings: Vec<SortedFinding<'a>>,
    #[serde(rename = "gate")]
    name: &'a str,
    outcome: Outcome,
    stats: &'a BTreeMap<String, u64>,
    summary: Summary,
}

impl<'a> Gate<'a> {
    fn of(report: &'a GateReport) -> Self {
        Self {
            fail_on: report.fail_on,
            findings: report.findings.iter().map(SortedFinding).collect(),
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
