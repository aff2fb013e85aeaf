use serde::Deserialize;

/// A rule's configured level: `off`, or the severity it reports at.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum RuleLevel {
    /// The rule does not run.
    Off,
    /// Report as a note.
    Info,
    /// Report as a warning.
    Warning,
    /// Report as an error.
    Error,
}

/// The lowest severity that fails a gate.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum FailOn {
    /// Any finding fails the gate.
    Info,
    /// Warnings and errors fail the gate.
    Warning,
    /// Only errors fail the gate.
    #[default]
    Error,
}

/// How a gate reports input it could not check (an unreadable file, missing
/// history): as an error that fails the gate, which is the default, or as a
/// warning, for a team that chose to accept the gap.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Strictness {
    /// Fails the gate: what was not read was not checked.
    #[default]
    Error,
    /// Reported, but does not fail a gate that fails on errors.
    Warning,
}
