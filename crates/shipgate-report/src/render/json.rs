//! The versioned JSON format (`"version": 1`), documented in `docs/json-output.md`.

use serde_json::{Value, json};

use super::{RenderError, to_json};
use crate::{GateReport, Outcome, Severity, TOOL_NAME};

/// The schema version. Bumped only on incompatible changes.
pub const JSON_VERSION: u32 = 1;

pub(super) fn render(reports: &[GateReport]) -> Result<String, RenderError> {
    let tool_version = reports.first().map_or("", |r| r.tool_version.as_str());
    let gates: Vec<Value> = reports.iter().map(gate).collect();
    to_json(&json!({
        "version": JSON_VERSION,
        "tool": { "name": TOOL_NAME, "version": tool_version },
        "outcome": Outcome::worst(reports.iter().map(GateReport::outcome)),
        "gates": gates,
    }))
}

fn gate(report: &GateReport) -> Value {
    json!({
        "gate": report.gate,
        "outcome": report.outcome(),
        "fail_on": report.fail_on,
        "summary": {
            "error": report.count(Severity::Error),
            "warning": report.count(Severity::Warning),
            "info": report.count(Severity::Info),
            "suppressed": report.suppressed(),
        },
        "stats": report.stats,
        "findings": report.findings,
    })
}
