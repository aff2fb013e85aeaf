//! osv-scanner JSON: `results[].packages[]` with `vulnerabilities` and
//! `groups`; a group is one advisory under all its ids, and its
//! `max_severity` is a CVSS score given as a string.

use serde_json::Value;

use super::{Parsed, ReportError, opt, s, shape, strings};
use crate::cvss::base_score;
use crate::model::{Advisory, AdvisoryKind};
use crate::severity::VulnSeverity;

pub(super) fn parse(value: &Value, name: &str) -> Result<Parsed, ReportError> {
    let results = value
        .get("results")
        .and_then(Value::as_array)
        .ok_or_else(|| shape(name, "no `results` list"))?;
    let mut out = Vec::new();
    for result in results {
        let path = result
            .pointer("/source/path")
            .and_then(Value::as_str)
            .map(str::to_owned);
        for pkg in result
            .get("packages")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            let p = pkg
                .get("package")
                .ok_or_else(|| shape(name, "a package entry has no `package`"))?;
            let vulns: Vec<&Value> = pkg
                .get("vulnerabilities")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
                .collect();
            let groups: Vec<&Value> = pkg
                .get("groups")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
                .collect();
            let find = |id: &str| vulns.iter().find(|v| s(v, "id") == id).copied();
            let mut emit = |ids: Vec<String>, max: Option<f64>| -> Result<(), ReportError> {
                let primary = ids
                    .first()
                    .cloned()
                    .ok_or_else(|| shape(name, "a group has no ids"))?;
                let v = find(&primary);
                let from_vector = v
                    .and_then(|v| v.get("severity"))
                    .and_then(Value::as_array)
                    .and_then(|a| {
                        a.iter()
                            .filter_map(|x| x.get("score").and_then(Value::as_str))
                            .filter_map(base_score)
                            .reduce(f64::max)
                    });
                let cvss = max.or(from_vector);
                let label = v
                    .and_then(|v| v.pointer("/database_specific/severity"))
                    .and_then(Value::as_str)
                    .map_or(VulnSeverity::Unknown, VulnSeverity::from_label);
                out.push(Advisory {
                    id: primary.clone(),
                    aliases: ids.into_iter().skip(1).collect(),
                    package: s(p, "name").to_owned(),
                    ecosystem: s(p, "ecosystem").to_ascii_lowercase(),
                    installed: opt(p, "version"),
                    fixed: Vec::new(),
                    severity: cvss.map_or(label, VulnSeverity::from_score).max(label),
                    cvss,
                    title: v.map(|v| s(v, "summary").to_owned()).unwrap_or_default(),
                    url: Some(format!("https://osv.dev/vulnerability/{primary}")),
                    kind: AdvisoryKind::Vulnerability,
                    source: name.to_owned(),
                    target: path.clone(),
                });
                Ok(())
            };
            if groups.is_empty() {
                for v in &vulns {
                    let mut ids = vec![s(v, "id").to_owned()];
                    ids.extend(strings(v.get("aliases")));
                    emit(ids, None)?;
                }
            } else {
                for g in groups {
                    let mut ids = strings(g.get("ids"));
                    for alias in strings(g.get("aliases")) {
                        if !ids.contains(&alias) {
                            ids.push(alias);
                        }
                    }
                    let max = g.get("max_severity").and_then(|m| {
                        m.as_str()
                            .and_then(|x| x.parse::<f64>().ok())
                            .or_else(|| m.as_f64())
                    });
                    emit(ids, max)?;
                }
            }
        }
    }
    Ok((None, out))
}
