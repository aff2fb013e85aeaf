use std::collections::BTreeMap;
use std::fmt;

/// A coverage report's format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Cobertura XML.
    Cobertura,
    /// LCOV tracefile.
    Lcov,
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Cobertura => "Cobertura",
            Self::Lcov => "LCOV",
        })
    }
}

/// Counts for one source file.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FileCoverage {
    /// Executable lines.
    pub lines_total: u64,
    /// Lines executed at least once.
    pub lines_covered: u64,
    /// Branches.
    pub branches_total: u64,
    /// Branches taken at least once.
    pub branches_covered: u64,
}

impl FileCoverage {
    /// Adds another file's counts.
    pub fn add(&mut self, other: &Self) {
        // Saturating: branch totals come from the report and may be huge.
        self.lines_total = self.lines_total.saturating_add(other.lines_total);
        self.lines_covered = self.lines_covered.saturating_add(other.lines_covered);
        self.branches_total = self.branches_total.saturating_add(other.branches_total);
        self.branches_covered = self.branches_covered.saturating_add(other.branches_covered);
    }

    /// Line coverage in percent, `None` without executable lines.
    pub fn line_percent(&self) -> Option<f64> {
        percent(self.lines_covered, self.lines_total)
    }

    /// Branch coverage in percent, `None` without branches.
    pub fn branch_percent(&self) -> Option<f64> {
        percent(self.branches_covered, self.branches_total)
    }
}

#[expect(clippy::cast_precision_loss, reason = "counts far below 2^52")]
fn percent(covered: u64, total: u64) -> Option<f64> {
    (total > 0).then(|| covered as f64 * 100.0 / total as f64)
}

/// A parsed report: counts per repository-relative path.
#[derive(Debug, Clone)]
pub struct CoverageReport {
    /// Which format it was.
    pub format: Format,
    /// Counts by path, relative to the repository, `/`-separated.
    pub files: BTreeMap<String, FileCoverage>,
}

/// A report that cannot be read. Names the file and, where known, the line.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{file}{}: {message}", line.map(|l| format!(":{l}")).unwrap_or_default())]
pub struct ParseError {
    /// The report.
    pub file: String,
    /// 1-based line, when known.
    pub line: Option<usize>,
    /// What is wrong.
    pub message: String,
}

impl ParseError {
    /// An error about the whole file.
    pub fn new(file: &str, message: impl Into<String>) -> Self {
        Self {
            file: file.to_owned(),
            line: None,
            message: message.into(),
        }
    }

    /// An error at a line.
    pub fn at(file: &str, line: usize, message: impl Into<String>) -> Self {
        Self {
            file: file.to_owned(),
            line: Some(line),
            message: message.into(),
        }
    }
}
