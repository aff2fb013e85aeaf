//! One parser per scanner report format, and detection from the content.

mod cargo_audit;
mod composer;
mod grype;
mod npm;
mod osv_scanner;
mod pip_audit;
mod trivy;

use std::fmt;
use std::str::FromStr;

use serde_json::Value;

use crate::model::Advisory;

/// A scanner report format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReportFormat {
    /// `composer audit --format=json`.
    Composer,
    /// `npm audit --json` (auditReportVersion 2).
    Npm,
    /// `cargo audit --json`.
    CargoAudit,
    /// `pip-audit -f json`.
    PipAudit,
    /// `trivy ... -f json` (SchemaVersion 2).
    Trivy,
    /// `grype -o json`.
    Grype,
    /// `osv-scanner --format json`.
    OsvScanner,
}

impl ReportFormat {
    /// Every format, by its command-line name.
    pub const ALL: [(Self, &'static str); 7] = [
        (Self::Composer, "composer"),
        (Self::Npm, "npm"),
        (Self::CargoAudit, "cargo-audit"),
        (Self::PipAudit, "pip-audit"),
        (Self::Trivy, "trivy"),
        (Self::Grype, "grype"),
        (Self::OsvScanner, "osv-scanner"),
    ];

    /// Whether the format describes container images.
    pub const fn is_container_scanner(self) -> bool {
        matches!(self, Self::Trivy | Self::Grype)
    }
}

impl fmt::Display for ReportFormat {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(
            Self::ALL
                .iter()
                .find(|(k, _)| k == self)
                .map_or("?", |(_, n)| n),
        )
    }
}

impl FromStr for ReportFormat {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::ALL
            .iter()
            .find(|(_, n)| *n == s)
            .map(|(k, _)| *k)
            .ok_or_else(|| {
                format!(
                    "unknown report format `{s}`: expected one of {}",
                    Self::ALL.map(|(_, n)| n).join(", ")
                )
            })
    }
}

/// A report that cannot be read. Names the file, and the line and column for JSON errors.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{file}: {message}")]
pub struct ReportError {
    /// The report.
    pub file: String,
    /// What is wrong.
    pub message: String,
}

impl ReportError {
    pub(crate) fn new(file: &str, message: impl Into<String>) -> Self {
        Self {
            file: file.to_owned(),
            message: message.into(),
        }
    }
}

/// What a report held.
#[derive(Debug, Clone)]
pub struct ParsedReport {
    /// The format it was.
    pub format: ReportFormat,
    /// The image or path the scanner looked at, when it says.
    pub target: Option<String>,
    /// The advisories, not yet merged.
    pub advisories: Vec<Advisory>,
}

/// Tells the format from the content.
pub fn detect(value: &Value) -> Option<ReportFormat> {
    let has = |k: &str| value.get(k).is_some();
    if value.is_array() {
        return Some(ReportFormat::PipAudit);
    }
    if has("SchemaVersion") && has("Results") || has("SchemaVersion") && has("ArtifactName") {
        return Some(ReportFormat::Trivy);
    }
    if has("matches") && (has("source") || has("descriptor")) {
        return Some(ReportFormat::Grype);
    }
    if value.get("results").is_some_and(Value::is_array) {
        return Some(ReportFormat::OsvScanner);
    }
    if value
        .get("vulnerabilities")
        .is_some_and(|v| v.get("list").is_some() || v.get("found").is_some())
    {
        return Some(ReportFormat::CargoAudit);
    }
    if has("auditReportVersion") {
        return Some(ReportFormat::Npm);
    }
    if has("advisories") {
        return Some(ReportFormat::Composer);
    }
    if value.get("dependencies").is_some_and(Value::is_array) {
        return Some(ReportFormat::PipAudit);
    }
    None
}

/// Parses a report; `name` is how it is shown. The format is detected unless forced.
pub fn parse(
    bytes: &[u8],
    name: &str,
    forced: Option<ReportFormat>,
) -> Result<ParsedReport, ReportError> {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(ReportError::new(
            name,
            "the report is empty: did the scanner run?",
        ));
    }
    let value: Value = serde_json::from_slice(bytes).map_err(|e| {
        ReportError::new(
            name,
            format!(
                "not valid JSON at line {}, column {}: {e}",
                e.line(),
                e.column()
            ),
        )
    })?;
    let Some(format) = forced.or_else(|| detect(&value)) else {
        return Err(ReportError::new(
            name,
            "cannot tell which scanner wrote this report: pass --report-format",
        ));
    };
    let parsed = match format {
        ReportFormat::Composer => composer::parse(&value, name),
        ReportFormat::Npm => npm::parse(&value, name),
        ReportFormat::CargoAudit => cargo_audit::parse(&value, name),
        ReportFormat::PipAudit => pip_audit::parse(&value, name),
        ReportFormat::Trivy => trivy::parse(&value, name),
        ReportFormat::Grype => grype::parse(&value, name),
        ReportFormat::OsvScanner => osv_scanner::parse(&value, name),
    }?;
    Ok(ParsedReport {
        format,
        target: parsed.0,
        advisories: parsed.1,
    })
}

/// A string field, or empty.
pub(crate) fn s<'a>(v: &'a Value, key: &str) -> &'a str {
    v.get(key).and_then(Value::as_str).unwrap_or("")
}

/// An optional non-empty string field.
pub(crate) fn opt(v: &Value, key: &str) -> Option<String> {
    v.get(key)
        .and_then(Value::as_str)
        .filter(|x| !x.is_empty())
        .map(str::to_owned)
}

/// A title from a free-text description: its first line, at most 160 characters.
pub(crate) fn title_from(description: &str) -> String {
    description
        .lines()
        .next()
        .unwrap_or("")
        .chars()
        .take(160)
        .collect()
}

/// A list of strings.
pub(crate) fn strings(v: Option<&Value>) -> Vec<String> {
    v.and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .filter_map(Value::as_str)
                .map(str::to_owned)
                .collect()
        })
        .unwrap_or_default()
}

/// What each parser returns: the target and the advisories.
pub(crate) type Parsed = (Option<String>, Vec<Advisory>);

/// An error for a report whose shape is wrong.
pub(crate) fn shape(name: &str, what: &str) -> ReportError {
    ReportError::new(name, format!("unexpected report shape: {what}"))
}
