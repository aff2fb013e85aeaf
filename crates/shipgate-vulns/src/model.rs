//! One advisory model for every scanner.

use crate::severity::VulnSeverity;

/// What kind of problem an advisory is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum AdvisoryKind {
    /// A known vulnerability.
    Vulnerability,
    /// A package its maintainers abandoned (composer) or no longer maintain (RustSec).
    Unmaintained,
}

/// A normalised advisory.
#[derive(Debug, Clone, PartialEq)]
pub struct Advisory {
    /// Primary id: `CVE-...`, `GHSA-...`, `RUSTSEC-...`, `PKSA-...`, `PYSEC-...`.
    pub id: String,
    /// Other ids of the same advisory.
    pub aliases: Vec<String>,
    /// Package name.
    pub package: String,
    /// Ecosystem: `packagist`, `npm`, `crates.io`, `pypi`, or the OS package type.
    pub ecosystem: String,
    /// Installed version, when the tool says.
    pub installed: Option<String>,
    /// Versions that fix it.
    pub fixed: Vec<String>,
    /// Severity, from the tool's label or computed from CVSS.
    pub severity: VulnSeverity,
    /// CVSS base score, where known.
    pub cvss: Option<f64>,
    /// Title or summary.
    pub title: String,
    /// Link to the advisory.
    pub url: Option<String>,
    /// Vulnerability or unmaintained package.
    pub kind: AdvisoryKind,
    /// The report it came from, as shown.
    pub source: String,
    /// The image or lockfile the scanner looked at, when it says.
    pub target: Option<String>,
}

impl Advisory {
    /// Every id: the primary one and the aliases.
    pub fn ids(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.id.as_str()).chain(self.aliases.iter().map(String::as_str))
    }

    /// The id people search for: a CVE when there is one.
    pub fn display_id(&self) -> &str {
        self.ids()
            .find(|i| i.starts_with("CVE-"))
            .unwrap_or(&self.id)
    }
}

/// Merges advisories of the same package and version that share an id or
/// alias, so a GHSA and its CVE count once. The merged one keeps the highest
/// severity and score and every id.
pub fn merge_aliases(advisories: Vec<Advisory>) -> Vec<Advisory> {
    // Only advisories of the same package, version and kind can merge: group first,
    // so the work stays linear in the number of advisories.
    let mut merged: Vec<Advisory> = Vec::with_capacity(advisories.len());
    let mut groups: std::collections::HashMap<(String, Option<String>, AdvisoryKind), Vec<usize>> =
        std::collections::HashMap::new();
    for advisory in advisories {
        let key = (
            advisory.package.clone(),
            advisory.installed.clone(),
            advisory.kind,
        );
        let group = groups.entry(key).or_default();
        let same = group.iter().copied().find(|&i| {
            merged[i]
                .ids()
                .any(|a| advisory.ids().any(|b| a.eq_ignore_ascii_case(b)))
        });
        if let Some(m) = same.map(|i| &mut merged[i]) {
            for id in advisory.ids() {
                if !m.ids().any(|x| x.eq_ignore_ascii_case(id)) {
                    m.aliases.push(id.to_owned());
                }
            }
            m.severity = m.severity.max(advisory.severity);
            m.cvss = match (m.cvss, advisory.cvss) {
                (Some(a), Some(b)) => Some(a.max(b)),
                (a, b) => a.or(b),
            };
            for f in advisory.fixed {
                if !m.fixed.contains(&f) {
                    m.fixed.push(f);
                }
            }
        } else {
            group.push(merged.len());
            merged.push(advisory);
        }
    }
    for m in &mut merged {
        m.aliases.sort();
        m.aliases.dedup();
    }
    merged
}
