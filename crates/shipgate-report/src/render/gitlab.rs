//! GitLab Code Quality and GitLab security reports.

use serde_json::{Value, json};

use super::{RenderError, to_json};
use crate::{GateReport, Severity, TOOL_NAME};

/// The GitLab security report schema version written.
const SECURITY_SCHEMA_VERSION: &str = "15.0.7";

/// Code Quality: a flat array of issues with unique, stable fingerprints.
/// Notes (`info`), such as a coverage floor that is met, are evidence rather
/// than issues, and are left out of the merge-request widget.
pub(super) fn render_code_quality(reports: &[GateReport]) -> Result<String, RenderError> {
    let issues: Vec<Value> = reports
        .iter()
        .flat_map(|r| r.findings.iter())
        .filter(|f| f.is_active() && f.severity > Severity::Info)
        .map(|f| {
            json!({
                "type": "issue",
                "check_name": f.rule,
                "description": f.message,
                "content": { "body": f.help },
                "categories": ["Bug Risk"],
                "severity": code_quality_severity(f.severity),
                "fingerprint": f.fingerprint,
                "location": {
                    "path": f.location.path,
                    "lines": { "begin": f.location.line, "end": f.location.end_line },
                },
            })
        })
        .collect();
    to_json(&Value::Array(issues))
}

const fn code_quality_severity(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "critical",
        Severity::Warning => "major",
        Severity::Info => "info",
    }
}

/// A GitLab security report for the one gate that has a security report type.
pub(super) fn render_security(reports: &[GateReport]) -> Result<String, RenderError> {
    let mut vulnerabilities = Vec::new();
    let mut scan_type = None;
    for report in reports {
        let Some(kind) = report.security_report_type else {
            return Err(RenderError::NoSecurityReport {
                gate: report.gate.clone(),
            });
        };
        scan_type = Some(kind);
        for f in report.findings.iter().filter(|f| f.is_active()) {
            vulnerabilities.push(json!({
                "id": f.fingerprint,
                "name": f.rule,
                "description": f.message,
                "solution": f.help,
                "severity": security_severity(f.severity),
                "identifiers": [{ "type": "shipgate_rule", "name": f.rule, "value": f.rule }],
                "location": { "file": f.location.path, "start_line": f.location.line, "end_line": f.location.end_line },
            }));
        }
    }
    let version = reports.first().map_or("", |r| r.tool_version.as_str());
    let tool = json!({ "id": TOOL_NAME, "name": TOOL_NAME, "version": version, "vendor": { "name": TOOL_NAME } });
    to_json(&json!({
        "version": SECURITY_SCHEMA_VERSION,
        "vulnerabilities": vulnerabilities,
        "scan": {
            "analyzer": tool,
            "scanner": tool,
            "type": scan_type.unwrap_or("sast"),
            "status": "success",
        },
    }))
}

const fn security_severity(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "High",
        Severity::Warning => "Medium",
        Severity::Info => "Info",
    }
}
