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

/// A GitLab security report (schema 15) for gates that have a report type:
/// `dependency_scanning` and `container_scanning` locations name the
/// package, version, file or image, as GitLab's merge-request widget expects;
/// `secret_detection` locations name the file, lines and commit.
pub(super) fn render_security(reports: &[GateReport]) -> Result<String, RenderError> {
    let mut vulnerabilities = Vec::new();
    let mut scan_type = None;
    let mut time = None;
    for report in reports {
        let Some(kind) = report.security_report_type else {
            return Err(RenderError::NoSecurityReport {
                gate: report.gate.clone(),
            });
        };
        scan_type = Some(kind);
        time = time.or(report.generated_at.clone());
        if kind == "secret_detection" {
            vulnerabilities.extend(
                report
                    .findings
                    .iter()
                    .filter(|f| f.is_active() && f.properties.contains_key("secret"))
                    .map(secret_vulnerability),
            );
            continue;
        }
        // Only advisories: policy findings (waivers) are not vulnerabilities.
        for f in report
            .findings
            .iter()
            .filter(|f| f.is_active() && f.properties.contains_key("advisory"))
        {
            let p = |k: &str| f.properties.get(k).cloned().unwrap_or_default();
            let dependency =
                json!({ "package": { "name": p("package") }, "version": p("version") });
            let location = match kind {
                "container_scanning" => {
                    json!({ "dependency": dependency, "image": p("image"), "operating_system": p("os") })
                }
                "dependency_scanning" => {
                    json!({ "file": f.location.path, "dependency": dependency })
                }
                _ => {
                    json!({ "file": f.location.path, "start_line": f.location.line, "end_line": f.location.end_line })
                }
            };
            let advisory = f
                .properties
                .get("advisory")
                .cloned()
                .unwrap_or_else(|| f.rule.clone());
            let identifier_type = if advisory.starts_with("CVE-") {
                "cve"
            } else {
                "shipgate"
            };
            let severity = f.properties.get("severity_label").map_or_else(
                || security_severity(f.severity).to_owned(),
                |l| capitalise(l),
            );
            let mut links = Vec::new();
            if let Some(url) = f.properties.get("url") {
                links.push(json!({ "url": url }));
            }
            vulnerabilities.push(json!({
                "id": f.fingerprint,
                "name": format!("{advisory} in {}", p("package")),
                "description": f.message,
                "solution": f.help,
                "severity": severity,
                "identifiers": [{ "type": identifier_type, "name": advisory, "value": advisory }],
                "links": links,
                "location": location,
            }));
        }
    }
    let version = reports.first().map_or("", |r| r.tool_version.as_str());
    let tool = json!({ "id": TOOL_NAME, "name": TOOL_NAME, "version": version, "vendor": { "name": TOOL_NAME } });
    let time = time.unwrap_or_else(|| "1970-01-01T00:00:00".to_owned());
    to_json(&json!({
        "version": SECURITY_SCHEMA_VERSION,
        "vulnerabilities": vulnerabilities,
        "scan": {
            "analyzer": tool,
            "scanner": tool,
            "type": scan_type.unwrap_or("sast"),
            "start_time": time,
            "end_time": time,
            "status": "success",
        },
    }))
}

/// A secret-detection vulnerability: the rule, the redacted secret, the file,
/// lines and, for history findings, the commit. Never the secret itself.
fn secret_vulnerability(f: &crate::Finding) -> Value {
    let p = |k: &str| f.properties.get(k).cloned().unwrap_or_default();
    let mut location = json!({
        "file": f.location.path,
        "start_line": f.location.line,
        "end_line": f.location.end_line,
    });
    if let Some(sha) = &f.location.commit {
        location["commit"] = json!({ "sha": sha, "author": p("author"), "date": p("date") });
    }
    json!({
        "id": f.fingerprint,
        "category": "secret_detection",
        "name": format!("{} ({})", f.rule, p("secret")),
        "description": f.message,
        "solution": f.help,
        "severity": security_severity(f.severity),
        "identifiers": [{
            "type": "shipgate_rule_id",
            "name": format!("shipgate rule {}", f.rule),
            "value": f.rule,
        }],
        "location": location,
    })
}

fn capitalise(label: &str) -> String {
    let mut c = label.chars();
    c.next()
        .map(|f| f.to_uppercase().collect::<String>() + c.as_str())
        .unwrap_or_default()
}

const fn security_severity(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "High",
        Severity::Warning => "Medium",
        Severity::Info => "Info",
    }
}
