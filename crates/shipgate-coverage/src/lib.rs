//! shipgate's coverage gate.
//!
//! Reads a Cobertura XML report (`PHPUnit`, coverage.py, `JaCoCo` converters) or
//! an LCOV trace (cargo-llvm-cov, c8, lcov), resolves every file to a path
//! relative to the repository, and checks line and branch floors per path
//! prefix or glob, plus an overall floor. A floor that matches no file is a
//! failure, never a silent pass.
//!
//! ```
//! let lcov = "SF:/repo/app/Pay.php\nDA:1,1\nDA:2,0\nend_of_record\n";
//! let report = shipgate_coverage::parse(lcov.as_bytes(), "lcov.info", std::path::Path::new("/repo"))?;
//! assert_eq!(report.files["app/Pay.php"].lines_covered, 1);
//! # Ok::<(), shipgate_coverage::ParseError>(())
//! ```

#[macro_use]
extern crate shipgate_report;

mod cobertura;
mod floors;
mod lcov;
mod model;
mod paths;
pub mod rules;
mod run;

pub use floors::{ConfigSource, GATE, check};
pub use model::{CoverageReport, FileCoverage, Format, ParseError};
pub use run::{RunError, run};

use std::path::Path;

/// Parses a report, detecting its format, and resolves its paths against `root`.
pub fn parse(bytes: &[u8], name: &str, root: &Path) -> Result<CoverageReport, ParseError> {
    let text = std::str::from_utf8(bytes)
        .map_err(|e| ParseError::new(name, format!("not UTF-8 text (byte {})", e.valid_up_to())))?;
    let head = text.trim_start_matches('\u{feff}').trim_start();
    if head.starts_with('<') {
        cobertura::parse(text, name, root)
    } else if head.starts_with("TN:") || head.starts_with("SF:") {
        lcov::parse(text, name, root)
    } else if head.is_empty() {
        Err(ParseError::new(name, "the file is empty"))
    } else {
        Err(ParseError::new(
            name,
            "neither Cobertura XML nor LCOV (expected `<coverage` or `SF:`)",
        ))
    }
}
