//! `pip-audit -f json`: `{"dependencies": [...]}` (or a bare list from older
//! versions). There is no severity: the policy's `unknown_severity` decides.

use serde_json::Value;

use super::{Parsed, ReportError, opt, s, shape, strings, title_from};
use crate::model::{Advisory, AdvisoryKind};
use crate::severity::VulnSeverity;

pub(super) fn parse(value: &Value, name: &str) -> Result<Parsed, ReportError> {
    let deps = match value {
        Value::Array(a) => a,
        _ => value
            .get("dependencies")
            .and_then(Value::as_array)
            .ok_or_else(|| shape(name, "no `dependencies` list"))?,
    };
    let mut out = Vec::new();
    for dep in deps {
        for v in dep
            .get("vulns")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            out.push(Advisory {
                id: opt(v, "id").ok_or_else(|| shape(name, "a vulnerability has no id"))?,
                aliases: strings(v.get("aliases")),
                package: s(dep, "name").to_owned(),
                ecosystem: "pypi".into(),
                installed: opt(dep, "version"),
                fixed: strings(v.get("fix_versions")),
                severity: VulnSeverity::Unknown,
                cvss: None,
                title: title_from(s(v, "description")),
                url: None,
                kind: AdvisoryKind::Vulnerability,
                source: name.to_owned(),
                target: None,
            });
        }
    }
    Ok((None, out))
}
