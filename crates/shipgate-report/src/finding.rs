use std::collections::BTreeMap;

use serde::Serialize;

use crate::Severity;

/// Where a finding is: a path relative to the repository root (with `/`
/// separators), and a 1-based line and column range.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Location {
    /// Path relative to the repository root, `/`-separated.
    pub path: String,
    /// 1-based first line.
    pub line: u32,
    /// 1-based first column, in characters.
    pub column: u32,
    /// 1-based last line.
    pub end_line: u32,
    /// 1-based column just past the end, in characters.
    pub end_column: u32,
    /// The commit the finding was seen in, for findings from history.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub commit: Option<String>,
}

impl Location {
    /// A location of a single point.
    pub fn new(path: impl Into<String>, line: u32, column: u32) -> Self {
        Self {
            path: path.into(),
            line: line.max(1),
            column: column.max(1),
            end_line: line.max(1),
            end_column: column.max(1) + 1,
            commit: None,
        }
    }

    /// The same location, extended to end at `end_line:end_column`.
    #[must_use]
    pub fn with_end(mut self, end_line: u32, end_column: u32) -> Self {
        self.end_line = end_line.max(self.line);
        self.end_column = if self.end_line == self.line {
            end_column.max(self.column + 1)
        } else {
            end_column.max(1)
        };
        self
    }
}

/// Why a finding was accepted, from an inline comment or the configuration.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Suppression {
    /// `inline` for a comment in the source, `config` for `shipgate.toml`.
    pub kind: &'static str,
    /// The reason given.
    pub reason: String,
}

/// One thing a gate found.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Finding {
    /// Stable rule id.
    pub rule: String,
    /// Effective severity, after configuration.
    pub severity: Severity,
    /// What is wrong, naming the table, column or value at fault.
    pub message: String,
    /// What to do instead.
    pub help: String,
    /// Where it is.
    pub location: Location,
    /// The source line the finding points at, for the text renderer.
    /// Gates that read secrets put a redacted line here.
    #[serde(skip)]
    pub source_line: Option<String>,
    /// The characters of `source_line` to underline, as (first, count), when
    /// they are not the location's columns (a redacted secret).
    #[serde(skip)]
    pub highlight: Option<(usize, usize)>,
    /// Stable across unrelated edits; unique within a report.
    pub fingerprint: String,
    /// Set when the finding was accepted; it then does not count towards the outcome.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub suppressed: Option<Suppression>,
    /// Structured facts some gates add: `package`, `version`, `advisory`,
    /// `severity_label`, `image`, ... Renderers that have fields for them use them.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub properties: BTreeMap<String, String>,
}

impl Finding {
    /// A finding with empty help and no fingerprint yet.
    pub fn new(
        rule: impl Into<String>,
        severity: Severity,
        message: impl Into<String>,
        location: Location,
    ) -> Self {
        Self {
            rule: rule.into(),
            severity,
            message: message.into(),
            help: String::new(),
            location,
            source_line: None,
            highlight: None,
            fingerprint: String::new(),
            suppressed: None,
            properties: BTreeMap::new(),
        }
    }

    /// Sets the help text.
    #[must_use]
    pub fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = help.into();
        self
    }

    /// Sets the source line shown under the message.
    #[must_use]
    pub fn with_source_line(mut self, line: impl Into<String>) -> Self {
        self.source_line = Some(line.into());
        self
    }

    /// Adds a structured property.
    #[must_use]
    pub fn with_property(mut self, key: &str, value: impl Into<String>) -> Self {
        self.properties.insert(key.to_owned(), value.into());
        self
    }

    /// Whether the finding counts towards the outcome.
    pub fn is_active(&self) -> bool {
        self.suppressed.is_none()
    }

    /// The order every renderer uses: by path, line, column, rule, then
    /// message. [`GateReport::finish`](crate::GateReport::finish) sorts a
    /// gate's findings by it (stably), unless they already are.
    #[must_use]
    pub fn order(&self, other: &Self) -> std::cmp::Ordering {
        self.sort_key().cmp(&other.sort_key())
    }

    fn sort_key(&self) -> (&str, u32, u32, &str, &str) {
        (
            &self.location.path,
            self.location.line,
            self.location.column,
            &self.rule,
            &self.message,
        )
    }
}
