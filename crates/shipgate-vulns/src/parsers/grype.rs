//! Grype JSON: `matches[]` with the vulnerability, related ids and the artifact.

use serde_json::Value;

use super::{Parsed, ReportError, opt, s, shape, strings, title_from};
use crate::model::{Advisory, AdvisoryKind};
use crate::severity::VulnSeverity;

pub(super) fn parse(value: &Value, name: &str) -> Result<Parsed, ReportError> {
    let matches = value
        .get("matches")
        .and_then(Value::as_array)
        .ok_or_else(|| shape(name, "no `matches` list"))?;
    let target = value
        .pointer("/source/target/userInput")
        .and_then(Value::as_str)
        .map(str::to_owned);
    let mut out = Vec::new();
    for m in matches {
        let v = m
            .get("vulnerability")
            .ok_or_else(|| shape(name, "a match has no vulnerability"))?;
        let artifact = m
            .get("artifact")
            .ok_or_else(|| shape(name, "a match has no artifact"))?;
        let cvss = v.get("cvss").and_then(Value::as_array).and_then(|a| {
            a.iter()
                .filter_map(|c| c.pointer("/metrics/baseScore").and_then(Value::as_f64))
                .reduce(f64::max)
        });
        let label = VulnSeverity::from_label(s(v, "severity"));
        out.push(Advisory {
            id: opt(v, "id").ok_or_else(|| shape(name, "a vulnerability has no id"))?,
            aliases: m
                .get("relatedVulnerabilities")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
                .filter_map(|r| opt(r, "id"))
                .collect(),
            package: s(artifact, "name").to_owned(),
            ecosystem: opt(artifact, "type").unwrap_or_else(|| "unknown".into()),
            installed: opt(artifact, "version"),
            fixed: strings(v.pointer("/fix/versions")),
            severity: if label == VulnSeverity::Unknown {
                cvss.map_or(label, VulnSeverity::from_score)
            } else {
                label
            },
            cvss,
            title: title_from(s(v, "description")),
            url: v
                .get("urls")
                .and_then(Value::as_array)
                .and_then(|u| u.first())
                .and_then(Value::as_str)
                .map(str::to_owned)
                .or_else(|| opt(v, "dataSource")),
            kind: AdvisoryKind::Vulnerability,
            source: name.to_owned(),
            target: target.clone(),
        });
    }
    Ok((target, out))
}
