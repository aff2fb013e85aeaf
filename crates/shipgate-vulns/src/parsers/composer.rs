//! `composer audit --format=json`. A clean result is `"advisories": []` (an
//! array, not an object); severity may be null (before Composer 2.7 it did
//! not exist); `abandoned` lists packages with their replacement or null.

use serde_json::Value;

use super::{Parsed, ReportError, opt, s, shape};
use crate::model::{Advisory, AdvisoryKind};
use crate::severity::VulnSeverity;

pub(super) fn parse(value: &Value, name: &str) -> Result<Parsed, ReportError> {
    let mut out = Vec::new();
    match value.get("advisories") {
        Some(Value::Array(a)) if a.is_empty() => {}
        Some(Value::Object(by_package)) => {
            for (package, list) in by_package {
                // An object keyed by index appears when Composer filtered the list.
                let items: Vec<&Value> = match list {
                    Value::Array(a) => a.iter().collect(),
                    Value::Object(o) => o.values().collect(),
                    _ => {
                        return Err(shape(
                            name,
                            &format!("advisories of `{package}` are neither a list nor an object"),
                        ));
                    }
                };
                for a in items {
                    let mut aliases: Vec<String> = Vec::new();
                    if let Some(cve) = opt(a, "cve") {
                        aliases.push(cve);
                    }
                    for src in a
                        .get("sources")
                        .and_then(Value::as_array)
                        .into_iter()
                        .flatten()
                    {
                        // FriendsOfPHP's "remote id" is a file path, not an advisory id.
                        if let Some(id) = opt(src, "remoteId").filter(|id| !id.contains('/')) {
                            aliases.push(id);
                        }
                    }
                    let id = opt(a, "advisoryId")
                        .or_else(|| aliases.first().cloned())
                        .ok_or_else(|| {
                            shape(name, &format!("an advisory of `{package}` has no id"))
                        })?;
                    aliases.retain(|x| *x != id);
                    out.push(Advisory {
                        id,
                        aliases,
                        package: package.clone(),
                        ecosystem: "packagist".into(),
                        installed: None,
                        fixed: Vec::new(),
                        severity: a
                            .get("severity")
                            .and_then(Value::as_str)
                            .map_or(VulnSeverity::Unknown, VulnSeverity::from_label),
                        cvss: None,
                        title: s(a, "title").to_owned(),
                        url: opt(a, "link"),
                        kind: AdvisoryKind::Vulnerability,
                        source: name.to_owned(),
                        target: None,
                    });
                }
            }
        }
        Some(Value::Array(_)) => return Err(shape(name, "`advisories` is a non-empty list")),
        _ => return Err(shape(name, "no `advisories`")),
    }
    if let Some(Value::Object(abandoned)) = value.get("abandoned") {
        for (package, replacement) in abandoned {
            let title = match replacement.as_str() {
                Some(r) => format!("abandoned by its maintainers; use `{r}` instead"),
                None => "abandoned by its maintainers, with no replacement suggested".to_owned(),
            };
            out.push(Advisory {
                id: "abandoned".into(),
                aliases: Vec::new(),
                package: package.clone(),
                ecosystem: "packagist".into(),
                installed: None,
                fixed: Vec::new(),
                severity: VulnSeverity::Unknown,
                cvss: None,
                title,
                url: Some(format!("https://packagist.org/packages/{package}")),
                kind: AdvisoryKind::Unmaintained,
                source: name.to_owned(),
                target: None,
            });
        }
    }
    Ok((None, out))
}
