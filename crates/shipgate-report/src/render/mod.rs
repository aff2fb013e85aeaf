//! One small renderer per output format, all over the same [`GateReport`]s.

mod gitlab;
mod json;
mod junit;
mod sarif;
mod text;

use std::fmt;
use std::str::FromStr;

use crate::GateReport;

/// An output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Format {
    /// For people: rule, message, source line with a caret, help, summary.
    Text,
    /// The versioned JSON schema documented in `docs/json-output.md`.
    Json,
    /// SARIF 2.1.0.
    Sarif,
    /// GitLab Code Quality report.
    Gitlab,
    /// GitLab security report (secret detection, dependency and container scanning).
    GitlabSecurity,
    /// JUnit XML.
    Junit,
}

impl Format {
    /// Every format, in the order `--help` lists them.
    pub const ALL: [Self; 6] = [
        Self::Text,
        Self::Json,
        Self::Sarif,
        Self::Gitlab,
        Self::GitlabSecurity,
        Self::Junit,
    ];

    /// The name used on the command line.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Text => "text",
            Self::Json => "json",
            Self::Sarif => "sarif",
            Self::Gitlab => "gitlab",
            Self::GitlabSecurity => "gitlab-security",
            Self::Junit => "junit",
        }
    }
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Format {
    type Err = RenderError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::ALL
            .into_iter()
            .find(|f| f.as_str() == s)
            .ok_or_else(|| RenderError::UnknownFormat(s.to_owned()))
    }
}

/// Choices that change how a report looks, never what it says.
#[derive(Debug, Clone, Default)]
pub struct RenderOptions {
    /// ANSI colour in the text format. Colour never carries meaning alone.
    pub color: bool,
    /// Text: end with an `overall:` line, as `shipgate check` does.
    pub overall: bool,
    /// Text: only the summary lines, no findings.
    pub summary_only: bool,
}

/// A report that cannot be rendered in the requested format.
#[derive(Debug, thiserror::Error)]
pub enum RenderError {
    /// The format name is not one shipgate knows.
    #[error(
        "unknown format `{0}`: expected one of text, json, sarif, gitlab, gitlab-security, junit"
    )]
    UnknownFormat(String),
    /// The gate has no GitLab security report type.
    #[error(
        "the `{gate}` gate has no GitLab security report: use `--format gitlab` (Code Quality) or `--format sarif`"
    )]
    NoSecurityReport {
        /// The gate that has none.
        gate: String,
    },
    /// A gate's findings, written apart, had nowhere to go in the JSON
    /// document (it cannot happen: the document is written with a place for them).
    #[error("could not place the findings in the JSON report")]
    Placeholder,
    /// Serialising JSON failed (it cannot for these types; kept for completeness).
    #[error("could not serialise the report: {0}")]
    Json(#[from] serde_json::Error),
}

/// Renders the reports in `format`. Findings must have been [`GateReport::finish`]ed.
pub fn render(
    format: Format,
    reports: &[GateReport],
    options: &RenderOptions,
) -> Result<String, RenderError> {
    render_pieces(format, reports, options).map(Rendered::into_string)
}

/// Renders the reports in `format` as [`render`] does, in the pieces they
/// were written in: a large JSON report is written in parallel pieces,
/// which can go to their destination as they are, without being copied
/// into one string first.
pub fn render_pieces(
    format: Format,
    reports: &[GateReport],
    options: &RenderOptions,
) -> Result<Rendered, RenderError> {
    let whole = |text: String| Rendered { pieces: vec![text] };
    match format {
        Format::Text => Ok(whole(text::render(reports, options))),
        Format::Json => json::render(reports).map(|pieces| Rendered { pieces }),
        Format::Sarif => sarif::render(reports).map(whole),
        Format::Gitlab => gitlab::render_code_quality(reports).map(whole),
        Format::GitlabSecurity => gitlab::render_security(reports).map(whole),
        Format::Junit => Ok(whole(junit::render(reports))),
    }
}

/// A rendered report: its text, in pieces that follow one another.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rendered {
    pieces: Vec<String>,
}

impl Rendered {
    /// The pieces of the text, in order.
    pub fn pieces(&self) -> impl Iterator<Item = &str> {
        self.pieces.iter().map(String::as_str)
    }

    /// The length of the whole text, in bytes.
    pub fn len(&self) -> usize {
        self.pieces.iter().map(String::len).sum()
    }

    /// Whether the text is empty.
    pub fn is_empty(&self) -> bool {
        self.pieces.iter().all(String::is_empty)
    }

    /// Writes the whole text to `out`, piece by piece.
    pub fn write_to(&self, out: &mut (impl std::io::Write + ?Sized)) -> std::io::Result<()> {
        for piece in &self.pieces {
            out.write_all(piece.as_bytes())?;
        }
        Ok(())
    }

    /// The whole text as one string.
    pub fn into_string(self) -> String {
        self.pieces.concat()
    }
}

/// Pretty JSON with a trailing newline.
fn to_json(value: &serde_json::Value) -> Result<String, RenderError> {
    let mut out = serde_json::to_string_pretty(value)?;
    out.push('\n');
    Ok(out)
}
