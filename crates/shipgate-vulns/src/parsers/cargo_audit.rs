//! `cargo audit --json`: severity comes from the advisory's CVSS vector;
//! `warnings.unmaintained` are unmaintained crates.

use serde_json::Value;

use super::{Parsed, ReportError, opt, s, shape, strings};
use crate::cvss::base_score;
use crate::model::{Advisory, AdvisoryKind};
use crate::severity::VulnSeverity;

fn advisory(item: &Value, name: &str, kind: AdvisoryKind) -> Result<Advisory, ReportError> {
    let adv = item
        .get("advisory")
        .ok_or_else(|| shape(name, "an entry has no `advisory`"))?;
    let package = item
        .get("package")
        .ok_or_else(|| shape(name, "an entry has no `package`"))?;
    let cvss = adv.get("cvss").and_then(Value::as_str).and_then(base_score);
    Ok(Advisory {
        id: opt(adv, "id").ok_or_else(|| shape(name, "an advisory has no id"))?,
        aliases: strings(adv.get("aliases")),
        package: s(package, "name").to_owned(),
        ecosystem: "crates.io".into(),
        installed: opt(package, "version"),
        fixed: strings(item.pointer("/versions/patched")),
        severity: cvss.map_or(VulnSeverity::Unknown, VulnSeverity::from_score),
        cvss,
        title: s(adv, "title").to_owned(),
        url: opt(adv, "url"),
        kind,
        source: name.to_owned(),
        target: None,
    })
}

pub(super) fn parse(value: &Value, name: &str) -> Result<Parsed, ReportError> {
    let mut out = Vec::new();
    for item in value
        .pointer("/vulnerabilities/list")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        out.push(advisory(item, name, AdvisoryKind::Vulnerability)?);
    }
    for item in value
        .pointer("/warnings/unmaintained")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        out.push(advisory(item, name, AdvisoryKind::Unmaintained)?);
    }
    Ok((None, out))
}
