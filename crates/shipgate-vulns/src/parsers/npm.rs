//! `npm audit --json`, auditReportVersion 2. Each vulnerable package lists
//! `via`: advisory objects, or plain strings naming another vulnerable
//! package it depends on (reported under that package, so not counted twice).
//! `fixAvailable` is `true`, `false`, or `{ name, version, isSemVerMajor }`.

use serde_json::Value;

use super::{Parsed, ReportError, opt, s, shape};
use crate::model::{Advisory, AdvisoryKind};
use crate::severity::VulnSeverity;

pub(super) fn parse(value: &Value, name: &str) -> Result<Parsed, ReportError> {
    let vulns = value
        .get("vulnerabilities")
        .and_then(Value::as_object)
        .ok_or_else(|| shape(name, "no `vulnerabilities` object"))?;
    let mut out = Vec::new();
    for (package, entry) in vulns {
        // `fixAvailable` names the package to upgrade, which may be a parent of this one.
        let fixed: Vec<String> = match entry.get("fixAvailable") {
            Some(fix @ Value::Object(_)) => match (opt(fix, "name"), opt(fix, "version")) {
                (Some(n), Some(v)) if n == *package => vec![v],
                (Some(n), Some(v)) => vec![format!("{n}@{v}")],
                _ => Vec::new(),
            },
            _ => Vec::new(),
        };
        for via in entry
            .get("via")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            let Value::Object(_) = via else { continue };
            let url = opt(via, "url");
            let ghsa = url
                .as_deref()
                .and_then(|u| u.rsplit('/').next())
                .filter(|x| x.starts_with("GHSA-"))
                .map(str::to_owned);
            let id = ghsa
                .clone()
                .or_else(|| via.get("source").map(|v| format!("npm-{v}")))
                .ok_or_else(|| shape(name, &format!("an advisory of `{package}` has no id")))?;
            let cvss = via
                .pointer("/cvss/score")
                .and_then(Value::as_f64)
                .filter(|x| *x > 0.0);
            let label = VulnSeverity::from_label(s(via, "severity"));
            out.push(Advisory {
                id,
                aliases: Vec::new(),
                package: opt(via, "name").unwrap_or_else(|| package.clone()),
                ecosystem: "npm".into(),
                installed: None,
                fixed: fixed.clone(),
                severity: if label == VulnSeverity::Unknown {
                    cvss.map_or(label, VulnSeverity::from_score)
                } else {
                    label
                },
                cvss,
                title: s(via, "title").to_owned(),
                url,
                kind: AdvisoryKind::Vulnerability,
                source: name.to_owned(),
                target: None,
            });
        }
    }
    Ok((None, out))
}
