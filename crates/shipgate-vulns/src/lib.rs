//! shipgate's dependency and container gates.
//!
//! Every scanner's report (composer audit, npm audit, cargo audit, pip-audit,
//! Trivy, Grype, osv-scanner) is read into one [`model::Advisory`] model with
//! one severity scale, computed from the CVSS vector where a tool gives no
//! label. Aliases are merged so a GHSA and its CVE count once. A policy
//! decides what fails; waivers with a reason, an approver and an end date
//! accept a risk for a time, and stay listed as waived in every output.
//!
//! [`check()`] is the gate's one entry point: reports, lockfiles, the OSV
//! database, the waivers file and the policy ([`gate::Policy::from_config`])
//! in, the [`shipgate_report::GateReport`] out, or a [`CheckError`] naming the
//! file. The pieces below it are public for tools that need only one.
//!
//! ```
//! use shipgate_vulns::{gate::{GateKind, Policy, evaluate}, parsers::parse, waivers::Waivers};
//!
//! let report = br#"{"advisories": [], "abandoned": []}"#;
//! let parsed = parse(report, "composer-audit.json", None)?;
//! let gate = evaluate(GateKind::Dependencies, &parsed.advisories, &Policy::DEPENDENCIES, &Waivers::default(), "2026-11-23");
//! assert_eq!(gate.outcome(), shipgate_report::Outcome::Pass);
//! # Ok::<(), shipgate_vulns::parsers::ReportError>(())
//! ```

#[macro_use]
extern crate shipgate_report;

pub mod check;
pub mod cvss;
pub mod gate;
pub mod lockfile;
pub mod model;
pub mod osv;
pub mod parsers;
pub mod request;
pub mod rules;
pub mod severity;
pub mod version;
pub mod waivers;

pub use check::{CheckError, InputFile, Inputs, WaiversFile, check};
pub use request::Request;
