//! Why a rule set cannot be used.

/// A rule set that cannot be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RuleError {
    /// The TOML does not parse or breaks the format.
    #[error("{source_name}: {message}")]
    Format {
        /// Where the rules came from.
        source_name: String,
        /// What is wrong.
        message: String,
    },
    /// A rule's regex does not compile, or has no capture group.
    #[error("rule `{id}`: {message}")]
    Invalid {
        /// The rule.
        id: String,
        /// What is wrong.
        message: String,
    },
}
