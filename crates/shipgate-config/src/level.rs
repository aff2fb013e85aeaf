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
