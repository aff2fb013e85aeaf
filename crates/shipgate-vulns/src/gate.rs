//! Policy: which advisories fail the gate, and the report that says so.

use shipgate_config::{Treatment as ConfigTreatment, VulnThreshold, VulnsConfig};
use shipgate_report::{Finding, GateReport, Location, Severity, Suppression, fingerprint};

use crate::model::{Advisory, AdvisoryKind};
use crate::rules::{AbandonedPackage, ExpiredWaiver, StaleWaiver, Vulnerability, all_rules};
use crate::severity::VulnSeverity;
use crate::waivers::Waivers;

/// What to do with a finding the threshold alone does not decide.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Treatment {
    /// Fail the gate.
    Fail,
    /// Report it as a warning.
    Warn,
}

/// The gate's policy.
#[derive(Debug, Clone, Copy)]
pub struct Policy {
    /// The lowest severity that fails the gate.
    pub fail_on: VulnSeverity,
    /// Advisories with no severity.
    pub unknown_severity: Treatment,
    /// Abandoned or unmaintained packages.
    pub abandoned: Treatment,
}

impl Policy {
    /// Dependencies: fail on critical, as the seed pipeline did; unknown fails; abandoned warns.
    pub const DEPENDENCIES: Self = Self {
        fail_on: VulnSeverity::Critical,
        unknown_severity: Treatment::Fail,
        abandoned: Treatment::Warn,
    };
    /// Containers: fail on high and above, as `trivy --severity CRITICAL,HIGH` did.
    pub const CONTAINERS: Self = Self {
        fail_on: VulnSeverity::High,
        unknown_severity: Treatment::Fail,
        abandoned: Treatment::Warn,
    };
}

impl Policy {
    /// The policy a `[vulns]` or `[container]` section sets, over the gate's
    /// defaults ([`Policy::DEPENDENCIES`], [`Policy::CONTAINERS`]).
    pub fn from_config(section: &VulnsConfig, kind: GateKind) -> Self {
        let base = match kind {
            GateKind::Dependencies => Self::DEPENDENCIES,
            GateKind::Container => Self::CONTAINERS,
        };
        let treatment = |t: Option<ConfigTreatment>, default: Treatment| match t {
            Some(ConfigTreatment::Fail) => Treatment::Fail,
            Some(ConfigTreatment::Warn) => Treatment::Warn,
            None => default,
        };
        Self {
            fail_on: match section.fail_on {
                Some(VulnThreshold::Low) => VulnSeverity::Low,
                Some(VulnThreshold::Medium) => VulnSeverity::Medium,
                Some(VulnThreshold::High) => VulnSeverity::High,
                Some(VulnThreshold::Critical) => VulnSeverity::Critical,
                None => base.fail_on,
            },
            unknown_severity: treatment(section.unknown_severity, base.unknown_severity),
            abandoned: treatment(section.abandoned, base.abandoned),
        }
    }
}

/// Which gate this is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GateKind {
    /// `vulns`: dependencies.
    Dependencies,
    /// `container`: an image.
    Container,
}

impl GateKind {
    /// The gate's name.
    pub const fn name(self) -> &'static str {
        match self {
            Self::Dependencies => "vulns",
            Self::Container => "container",
        }
    }
}

fn severity_of(advisory: &Advisory, policy: Policy) -> Severity {
    match advisory.kind {
        AdvisoryKind::Unmaintained => match policy.abandoned {
            Treatment::Fail => Severity::Error,
            Treatment::Warn => Severity::Warning,
        },
        AdvisoryKind::Vulnerability => match advisory.severity {
            VulnSeverity::Unknown => match policy.unknown_severity {
                Treatment::Fail => Severity::Error,
                Treatment::Warn => Severity::Warning,
            },
            s if s >= policy.fail_on => Severity::Error,
            s if s >= VulnSeverity::Medium => Severity::Warning,
            _ => Severity::Info,
        },
    }
}

fn message(a: &Advisory) -> String {
    let version = a
        .installed
        .as_deref()
        .map(|v| format!(" {v}"))
        .unwrap_or_default();
    let target = a
        .target
        .as_deref()
        .map(|t| format!("{t}: "))
        .unwrap_or_default();
    match a.kind {
        AdvisoryKind::Unmaintained => format!("{target}`{}`{version}: {}", a.package, a.title),
        AdvisoryKind::Vulnerability => {
            let score = a.cvss.map(|c| format!(", CVSS {c:.1}")).unwrap_or_default();
            let others: Vec<&str> = a.ids().filter(|i| *i != a.display_id()).collect();
            let also = if others.is_empty() {
                String::new()
            } else {
                format!(" (also {})", others.join(", "))
            };
            let title = if a.title.is_empty() {
                String::new()
            } else {
                format!(": {}", a.title)
            };
            format!(
                "{target}`{}`{version}: {}{also} ({}{score}){title}",
                a.package,
                a.display_id(),
                a.severity
            )
        }
    }
}

fn help(a: &Advisory) -> String {
    match (a.kind, a.fixed.is_empty()) {
        (AdvisoryKind::Unmaintained, _) => "move to a maintained package".to_owned(),
        (_, false) => format!("upgrade to {}; or record a waiver with a reason, an approver and an end date", a.fixed.join(" or ")),
        (_, true) => "the report names no fixed version: check the advisory, upgrade or replace the package, or record a waiver with a reason, an approver and an end date".to_owned(),
    }
}

/// Turns advisories into the gate's report, applying the policy and the waivers as of `today` (`YYYY-MM-DD`).
pub fn evaluate(
    kind: GateKind,
    advisories: &[Advisory],
    policy: &Policy,
    waivers: &Waivers,
    today: &str,
) -> GateReport {
    let mut gate = GateReport::new(kind.name(), env!("CARGO_PKG_VERSION"), Severity::Error);
    gate.rules = all_rules().into_iter().copied().collect();
    gate.security_report_type = Some(match kind {
        GateKind::Dependencies => "dependency_scanning",
        GateKind::Container => "container_scanning",
    });
    let mut used = vec![false; waivers.waivers.len()];
    for a in advisories {
        let meta = match a.kind {
            AdvisoryKind::Vulnerability => &Vulnerability::META,
            AdvisoryKind::Unmaintained => &AbandonedPackage::META,
        };
        let mut finding = Finding::new(
            meta.id,
            severity_of(a, *policy),
            message(a),
            Location::new(a.source.clone(), 1, 1),
        )
        .with_help(help(a))
        .with_property("package", a.package.clone())
        .with_property("version", a.installed.clone().unwrap_or_default())
        .with_property("advisory", a.display_id())
        .with_property("ecosystem", a.ecosystem.clone())
        .with_property("severity_label", a.severity.as_str());
        if let Some(url) = &a.url {
            finding = finding.with_property("url", url.clone());
        }
        if let Some(score) = a.cvss {
            finding = finding.with_property("cvss", format!("{score:.1}"));
        }
        if let Some(target) = &a.target {
            finding = finding.with_property("image", target.clone());
        }
        finding.fingerprint = fingerprint(&[
            meta.id,
            &a.package,
            a.installed.as_deref().unwrap_or(""),
            a.display_id(),
            &a.source,
        ]);
        if let Some((i, w)) = waivers
            .waivers
            .iter()
            .enumerate()
            .find(|(_, w)| w.gate.as_deref().is_none_or(|g| g == kind.name()) && w.matches(a))
        {
            used[i] = true;
            if w.expired(today) {
                let at = Location::new(
                    waivers.display.clone(),
                    u32::try_from(waivers.line(w)).unwrap_or(1),
                    1,
                );
                gate.push(Finding::new(ExpiredWaiver::META.id, Severity::Error, format!(
                    "the waiver for `{}` (approved by {}) expired on {}, so `{}` counts again",
                    w.id.get_ref(), w.approved_by, w.expires_on(), a.package
                ), at).with_help("upgrade the package, or renew the waiver with a new date and approval"));
            } else {
                finding.suppressed = Some(Suppression {
                    kind: "config",
                    reason: format!(
                        "waived by {} until {}: {}",
                        w.approved_by,
                        w.expires_on(),
                        w.reason
                    ),
                });
            }
        }
        gate.push(finding);
    }
    for (w, used) in waivers.waivers.iter().zip(used) {
        let ours = match w.gate.as_deref() {
            Some(g) => g == kind.name(),
            None => kind == GateKind::Dependencies,
        };
        if !used && ours {
            let at = Location::new(
                waivers.display.clone(),
                u32::try_from(waivers.line(w)).unwrap_or(1),
                1,
            );
            gate.push(
                Finding::new(
                    StaleWaiver::META.id,
                    Severity::Warning,
                    format!(
                        "the waiver for `{}`{} matches no finding of this run",
                        w.id.get_ref(),
                        w.package
                            .as_deref()
                            .map(|p| format!(" in `{p}`"))
                            .unwrap_or_default()
                    ),
                    at,
                )
                .with_help("remove it if the risk is gone, or fix its id, package or path"),
            );
        }
    }
    gate.stats.insert(
        "advisories".into(),
        advisories
            .iter()
            .filter(|a| a.kind == AdvisoryKind::Vulnerability)
            .count() as u64,
    );
    gate.finish();
    gate
}
