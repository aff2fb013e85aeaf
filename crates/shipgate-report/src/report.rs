use std::collections::BTreeMap;

use crate::{Finding, Outcome, RuleMeta, Severity, fingerprint};

/// Everything one gate run produced.
#[derive(Debug, Clone)]
pub struct GateReport {
    /// Gate name: `migrations`, `secrets`, ...
    pub gate: String,
    /// Version of the tool that produced it.
    pub tool_version: String,
    /// The lowest severity that fails the gate.
    pub fail_on: Severity,
    /// The findings, in any order until [`GateReport::finish`] sorts them.
    pub findings: Vec<Finding>,
    /// Every rule the gate ran, for SARIF's rule table.
    pub rules: Vec<RuleMeta>,
    /// Counters such as `files` or `statements`, shown in summaries.
    pub stats: BTreeMap<String, u64>,
    /// GitLab security report type (`secret_detection`, `dependency_scanning`, ...),
    /// for gates that have one.
    pub security_report_type: Option<&'static str>,
    /// When the run happened (`YYYY-MM-DDTHH:MM:SS`, UTC), for formats that need it.
    pub generated_at: Option<String>,
}

impl GateReport {
    /// An empty report.
    pub fn new(
        gate: impl Into<String>,
        tool_version: impl Into<String>,
        fail_on: Severity,
    ) -> Self {
        Self {
            gate: gate.into(),
            tool_version: tool_version.into(),
            fail_on,
            findings: Vec::new(),
            rules: Vec::new(),
            stats: BTreeMap::new(),
            security_report_type: None,
            generated_at: None,
        }
    }

    /// Adds a finding.
    pub fn push(&mut self, finding: Finding) {
        self.findings.push(finding);
    }

    /// Sorts the findings and fills in missing or duplicate fingerprints, so
    /// every renderer sees the same order and unique fingerprints.
    pub fn finish(&mut self) {
        // A gate that made its findings in this order (the migration gate
        // does, file by file) is not sorted again: a stable sort of nearly
        // sorted findings still merges them through a buffer as large as
        // the findings.
        if !self.findings.is_sorted_by(|a, b| a.order(b).is_le()) {
            self.findings.sort_by(Finding::order);
        }
        self.rules.sort_by_key(|r| r.id);
        self.rules.dedup_by_key(|r| r.id);
        for finding in &mut self.findings {
            if finding.fingerprint.is_empty() {
                finding.fingerprint =
                    fingerprint(&[&finding.rule, &finding.location.path, &finding.message]);
            }
        }
        // The `n`th repeat of a fingerprint (`n` > 0) gets one of its own,
        // made from it and `n`. Repeats are found first, with the
        // fingerprints borrowed, not copied.
        let mut seen = std::collections::HashMap::<&str, u32>::with_capacity(self.findings.len());
        let mut repeats = Vec::new();
        for (index, finding) in self.findings.iter().enumerate() {
            let count = seen.entry(finding.fingerprint.as_str()).or_insert(0);
            if *count > 0 {
                repeats.push((index, *count));
            }
            *count += 1;
        }
        drop(seen);
        for (index, count) in repeats {
            if let Some(finding) = self.findings.get_mut(index) {
                finding.fingerprint = fingerprint(&[&finding.fingerprint, &count.to_string()]);
            }
        }
    }

    /// The gate's outcome: `fail` if an active finding is at or over the
    /// threshold, `warn` if an active warning or error is below it, else `pass`.
    pub fn outcome(&self) -> Outcome {
        let mut outcome = Outcome::Pass;
        for finding in self.findings.iter().filter(|f| f.is_active()) {
            if finding.severity >= self.fail_on {
                return Outcome::Fail;
            }
            if finding.severity >= Severity::Warning {
                outcome = Outcome::Warn;
            }
        }
        outcome
    }

    /// Active findings of the given severity.
    pub fn count(&self, severity: Severity) -> usize {
        self.findings
            .iter()
            .filter(|f| f.is_active() && f.severity == severity)
            .count()
    }

    /// Findings that were accepted by a suppression.
    pub fn suppressed(&self) -> usize {
        self.findings.iter().filter(|f| !f.is_active()).count()
    }

    /// The rule metadata for `id`, if the gate ran that rule.
    pub fn rule(&self, id: &str) -> Option<&RuleMeta> {
        self.rules.iter().find(|r| r.id == id)
    }
}

#[cfg(test)]
mod tests {
    use super::GateReport;
    use crate::{Finding, Location, Severity, fingerprint};

    fn finding(path: &str, line: u32, rule: &str, help: &str) -> Finding {
        Finding::new(rule, Severity::Error, "m", Location::new(path, line, 1)).with_help(help)
    }

    fn places(report: &GateReport) -> Vec<(String, u32, String, String)> {
        report
            .findings
            .iter()
            .map(|f| {
                (
                    f.location.path.clone(),
                    f.location.line,
                    f.rule.clone(),
                    f.help.clone(),
                )
            })
            .collect()
    }

    #[test]
    fn findings_are_sorted_by_place_then_rule_keeping_ties_in_order() {
        let mut report = GateReport::new("g", "0", Severity::Error);
        for f in [
            finding("b.sql", 1, "r", "1"),
            finding("a.sql", 9, "r", "2"),
            finding("a.sql", 10, "r", "3"),
            finding("a.sql", 9, "q", "4"),
            finding("b.sql", 1, "r", "5"),
        ] {
            report.push(f);
        }
        report.finish();
        let want = [
            ("a.sql", 9, "q", "4"),
            ("a.sql", 9, "r", "2"),
            ("a.sql", 10, "r", "3"),
            ("b.sql", 1, "r", "1"),
            ("b.sql", 1, "r", "5"),
        ];
        let want: Vec<(String, u32, String, String)> = want
            .iter()
            .map(|(p, l, r, h)| ((*p).to_owned(), *l, (*r).to_owned(), (*h).to_owned()))
            .collect();
        assert_eq!(places(&report), want);
        // Sorted already, they stay as they are.
        report.finish();
        assert_eq!(places(&report), want);
    }

    #[test]
    fn repeated_fingerprints_get_their_own_from_their_count() {
        let mut report = GateReport::new("g", "0", Severity::Error);
        for fingerprint in ["x", "y", "x", "x", ""] {
            let mut f = finding("a.sql", 1, "r", "h");
            f.fingerprint = fingerprint.to_owned();
            report.push(f);
        }
        report.finish();
        let got: Vec<&str> = report
            .findings
            .iter()
            .map(|f| f.fingerprint.as_str())
            .collect();
        let made = fingerprint(&["r", "a.sql", &report.findings[4].message]);
        assert_eq!(
            got,
            [
                "x",
                "y",
                fingerprint(&["x", "1"]).as_str(),
                fingerprint(&["x", "2"]).as_str(),
                made.as_str(),
            ]
        );
        let unique: std::collections::HashSet<&str> = got.iter().copied().collect();
        assert_eq!(unique.len(), got.len());
    }
}
