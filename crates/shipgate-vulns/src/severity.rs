//! Vulnerability severity: one scale for every tool's words, and CVSS bands.

use std::fmt;

use serde::Deserialize;

/// Severity of an advisory. Ordered: `Unknown < Low < Medium < High < Critical`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum VulnSeverity {
    /// No label and no CVSS score: the policy decides (`unknown_severity`).
    Unknown,
    /// CVSS 0.1–3.9; `low`, `negligible`, `info`.
    Low,
    /// CVSS 4.0–6.9; `medium`, `moderate`.
    Medium,
    /// CVSS 7.0–8.9.
    High,
    /// CVSS 9.0–10.0.
    Critical,
}

impl VulnSeverity {
    /// Maps any tool's label: npm's `moderate`, Trivy's `MEDIUM`, Grype's `Negligible`, ...
    pub fn from_label(label: &str) -> Self {
        match label.trim().to_ascii_lowercase().as_str() {
            "critical" => Self::Critical,
            "high" | "important" => Self::High,
            "medium" | "moderate" => Self::Medium,
            "low" | "negligible" | "info" | "informational" | "minor" => Self::Low,
            _ => Self::Unknown,
        }
    }

    /// The CVSS qualitative band of a base score.
    pub fn from_score(score: f64) -> Self {
        match score {
            s if s >= 9.0 => Self::Critical,
            s if s >= 7.0 => Self::High,
            s if s >= 4.0 => Self::Medium,
            s if s > 0.0 => Self::Low,
            _ => Self::Unknown,
        }
    }

    /// The lowercase name.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Unknown => "unknown",
            Self::Low => "low",
            Self::Medium => "medium",
            Self::High => "high",
            Self::Critical => "critical",
        }
    }
}

impl fmt::Display for VulnSeverity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::VulnSeverity as S;

    #[test]
    fn every_tool_word_maps_to_one_scale() {
        assert_eq!(S::from_label("moderate"), S::Medium);
        assert_eq!(S::from_label("MEDIUM"), S::Medium);
        assert_eq!(S::from_label("Negligible"), S::Low);
        assert_eq!(S::from_label("whatever"), S::Unknown);
        assert_eq!(S::from_score(9.8), S::Critical);
        assert_eq!(S::from_score(7.0), S::High);
        assert_eq!(S::from_score(6.9), S::Medium);
        assert_eq!(S::from_score(0.0), S::Unknown);
        assert!(S::Critical > S::High && S::Low > S::Unknown);
    }
}
