//! Trivy JSON, `SchemaVersion` 2: `Results[].Vulnerabilities[]`, for images
//! and filesystems alike; the artifact name is the image.

use serde_json::Value;

use super::{Parsed, ReportError, opt, s, shape};
use crate::model::{Advisory, AdvisoryKind};
use crate::severity::VulnSeverity;

pub(super) fn parse(value: &Value, name: &str) -> Result<Parsed, ReportError> {
    if value.get("SchemaVersion").and_then(Value::as_u64) != Some(2) {
        return Err(shape(name, "only Trivy's SchemaVersion 2 is supported"));
    }
    let target = opt(value, "ArtifactName");
    let mut out = Vec::new();
    for result in value
        .get("Results")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        let ecosystem = opt(result, "Type").unwrap_or_else(|| "unknown".into());
        for v in result
            .get("Vulnerabilities")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            let cvss = v.get("CVSS").and_then(Value::as_object).and_then(|m| {
                m.values()
                    .filter_map(|c| c.get("V3Score").and_then(Value::as_f64))
                    .reduce(f64::max)
            });
            out.push(Advisory {
                id: opt(v, "VulnerabilityID")
                    .ok_or_else(|| shape(name, "a vulnerability has no VulnerabilityID"))?,
                aliases: Vec::new(),
                package: s(v, "PkgName").to_owned(),
                ecosystem: ecosystem.clone(),
                installed: opt(v, "InstalledVersion"),
                fixed: opt(v, "FixedVersion")
                    .map(|f| f.split(", ").map(str::to_owned).collect())
                    .unwrap_or_default(),
                severity: VulnSeverity::from_label(s(v, "Severity")),
                cvss,
                title: opt(v, "Title").unwrap_or_default(),
                url: opt(v, "PrimaryURL"),
                kind: AdvisoryKind::Vulnerability,
                source: name.to_owned(),
                target: target.clone(),
            });
        }
    }
    Ok((target, out))
}
