//! Accepted risks: `.shipgate/waivers.toml`.
//!
//! ```toml
//! [[waiver]]
//! id = "CVE-2022-31090"          # the advisory id or any alias
//! package = "guzzlehttp/guzzle"  # optional
//! path = "composer-audit.json"   # optional: only findings from this report
//! reason = "not reachable: we never pass user input to the cURL handler"
//! approved_by = "alice@example.com"
//! expires = 2026-12-31
//! ```
//!
//! Every field but `package`, `path` and `gate` is required. `gate =
//! "container"` (or `"vulns"`) limits a waiver to one gate; an unscoped
//! waiver applies to both, and only the dependency gate reports it as stale.
//! A waiver that has expired fails the gate; one that matches nothing is
//! reported as stale.

use serde::Deserialize;
use shipgate_report::line_column;
use toml::Spanned;

use crate::model::Advisory;

/// One `[[waiver]]`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Waiver {
    /// The advisory id or alias it accepts.
    pub id: Spanned<String>,
    /// Only this package.
    pub package: Option<String>,
    /// Only findings from this report (as shown).
    pub path: Option<String>,
    /// Only this gate: `vulns` or `container`.
    pub gate: Option<String>,
    /// Why the risk is accepted.
    pub reason: String,
    /// Who accepted it.
    pub approved_by: String,
    /// The last day it applies (`YYYY-MM-DD`).
    pub expires: toml::value::Datetime,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    #[serde(default)]
    waiver: Vec<Waiver>,
}

/// A waivers file, with its text for line numbers.
#[derive(Debug, Clone, Default)]
pub struct Waivers {
    /// The file as shown.
    pub display: String,
    /// Its text.
    pub text: String,
    /// The waivers.
    pub waivers: Vec<Waiver>,
}

/// A waivers file that cannot be used. Names the file, line and column.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{file}:{line}:{column}: {message}")]
pub struct WaiverError {
    /// The file.
    pub file: String,
    /// 1-based line.
    pub line: usize,
    /// 1-based column.
    pub column: usize,
    /// What is wrong.
    pub message: String,
}

impl Waivers {
    /// Parses a waivers file.
    pub fn parse(text: &str, display: &str) -> Result<Self, WaiverError> {
        let file: File = toml::from_str(text).map_err(|e| {
            let (line, column) = e.span().map_or((1, 1), |s| line_column(text, s.start));
            let quoted = e
                .span()
                .and_then(|s| text.get(s))
                .and_then(quoted_date);
            let message = match quoted {
                Some(date) => format!(
                    "`\"{date}\"` is a string, not a date: write the date without quotes (`expires = {date}`)"
                ),
                None => e.message().trim().to_owned(),
            };
            WaiverError {
                file: display.to_owned(),
                line,
                column,
                message,
            }
        })?;
        for w in &file.waiver {
            let (line, column) = line_column(text, w.id.span().start);
            let bad = |message: String| WaiverError {
                file: display.to_owned(),
                line,
                column,
                message,
            };
            if w.reason.trim().is_empty() || w.approved_by.trim().is_empty() {
                return Err(bad(format!(
                    "the waiver for `{}` needs a `reason` and an `approved_by`",
                    w.id.get_ref()
                )));
            }
            if w.gate
                .as_deref()
                .is_some_and(|g| g != "vulns" && g != "container")
            {
                return Err(bad(format!(
                    "the waiver for `{}` has gate `{}`: use `vulns` or `container`",
                    w.id.get_ref(),
                    w.gate.as_deref().unwrap_or("")
                )));
            }
            if w.expires.date.is_none() || w.expires.time.is_some() {
                return Err(bad(format!(
                    "the waiver for `{}` must expire on a date, such as 2026-12-31",
                    w.id.get_ref()
                )));
            }
        }
        Ok(Self {
            display: display.to_owned(),
            text: text.to_owned(),
            waivers: file.waiver,
        })
    }

    /// The 1-based line of a waiver.
    pub fn line(&self, waiver: &Waiver) -> usize {
        line_column(&self.text, waiver.id.span().start).0
    }
}

/// The date inside a quoted TOML string such as `"2025-01-31"`, if that is what `value` is.
fn quoted_date(value: &str) -> Option<&str> {
    let value = value.trim();
    let inner = value
        .strip_prefix('"')
        .and_then(|v| v.strip_suffix('"'))
        .or_else(|| value.strip_prefix('\'').and_then(|v| v.strip_suffix('\'')))?;
    let parsed: toml::value::Datetime = inner.parse().ok()?;
    parsed.date.is_some().then_some(inner)
}

impl Waiver {
    /// Whether it covers the advisory.
    pub fn matches(&self, advisory: &Advisory) -> bool {
        advisory
            .ids()
            .any(|i| i.eq_ignore_ascii_case(self.id.get_ref()))
            && self
                .package
                .as_deref()
                .is_none_or(|p| p == advisory.package)
            && self.path.as_deref().is_none_or(|p| p == advisory.source)
    }

    /// `YYYY-MM-DD`.
    pub fn expires_on(&self) -> String {
        self.expires.date.map(|d| d.to_string()).unwrap_or_default()
    }

    /// Whether it has expired on `today` (`YYYY-MM-DD`): it applies through its last day.
    pub fn expired(&self, today: &str) -> bool {
        self.expires_on().as_str() < today
    }
}
