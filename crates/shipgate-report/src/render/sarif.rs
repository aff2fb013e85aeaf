//! SARIF 2.1.0: one run per gate, the gate's rules with their help in
//! `tool.driver.rules`, 1-based regions.

use serde_json::{Value, json};

use super::{RenderError, to_json};
use crate::{Finding, GateReport, RuleMeta, Severity, TOOL_NAME, rule_doc_markdown};

const SCHEMA: &str =
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

pub(super) fn render(reports: &[GateReport]) -> Result<String, RenderError> {
    let runs: Vec<Value> = reports.iter().map(run).collect();
    to_json(&json!({
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": runs,
    }))
}

fn run(report: &GateReport) -> Value {
    let rules: Vec<Value> = report.rules.iter().map(rule).collect();
    let results: Vec<Value> = report.findings.iter().map(|f| result(report, f)).collect();
    json!({
        "tool": {
            "driver": {
                "name": TOOL_NAME,
                "version": report.tool_version,
                "semanticVersion": report.tool_version,
                "rules": rules,
            }
        },
        "automationDetails": { "id": format!("{TOOL_NAME}/{}/", report.gate) },
        "columnKind": "unicodeCodePoints",
        "results": results,
    })
}

fn rule(meta: &RuleMeta) -> Value {
    json!({
        "id": meta.id,
        "name": meta.id,
        "shortDescription": { "text": meta.summary },
        "fullDescription": { "text": meta.summary },
        "help": { "text": meta.doc_text(), "markdown": rule_doc_markdown(meta) },
        "defaultConfiguration": { "level": level(meta.default_severity) },
    })
}

fn result(report: &GateReport, finding: &Finding) -> Value {
    let loc = &finding.location;
    let mut text = finding.message.clone();
    if !finding.help.is_empty() {
        text.push_str("\nhelp: ");
        text.push_str(&finding.help);
    }
    let mut value = json!({
        "ruleId": finding.rule,
        "level": level(finding.severity),
        "message": { "text": text },
        "locations": [{
            "physicalLocation": {
                "artifactLocation": { "uri": loc.path, "uriBaseId": "%SRCROOT%" },
                "region": {
                    "startLine": loc.line,
                    "startColumn": loc.column,
                    "endLine": loc.end_line,
                    "endColumn": loc.end_column,
                },
            }
        }],
        "partialFingerprints": { "shipgate/v1": finding.fingerprint },
    });
    // A finding from history is about a commit, not about today's file:
    // code scanning and other consumers read the commit from here.
    if let Some(commit) = &loc.commit {
        value["partialFingerprints"]["commitSha"] = json!(commit);
    }
    if !finding.properties.is_empty() {
        value["properties"] = json!(finding.properties);
    }
    if let Some(index) = report.rules.iter().position(|r| r.id == finding.rule) {
        value["ruleIndex"] = json!(index);
    }
    if let Some(suppression) = &finding.suppressed {
        let kind = if suppression.kind == "inline" {
            "inSource"
        } else {
            "external"
        };
        value["suppressions"] = json!([{ "kind": kind, "justification": suppression.reason }]);
    }
    value
}

const fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}
