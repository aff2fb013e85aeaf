//! Why a Hurl file could not be read.

use crate::pos::Pos;

/// A Hurl file that does not parse, or uses a part of Hurl shipgate does not
/// run. The message says what was expected, or names the feature.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{pos}: {message}")]
pub struct ParseError {
    /// Where.
    pub pos: Pos,
    /// What was expected, and what was found.
    pub message: String,
    /// The input is valid Hurl, but uses a feature shipgate does not run.
    pub unsupported: bool,
}

impl ParseError {
    /// Input that is not what the grammar expects here.
    pub fn expected(pos: Pos, message: impl Into<String>) -> Self {
        Self {
            pos,
            message: message.into(),
            unsupported: false,
        }
    }

    /// A Hurl feature shipgate does not run: an error, never skipped.
    pub fn unsupported(pos: Pos, feature: &str) -> Self {
        Self {
            pos,
            message: format!(
                "{feature} is a Hurl feature shipgate does not support; remove it or rewrite the request without it (docs/release.md lists what is supported)"
            ),
            unsupported: true,
        }
    }
}
