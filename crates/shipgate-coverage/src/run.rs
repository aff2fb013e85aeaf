//! The coverage gate from configuration to report: which report to read,
//! reading and parsing it, and checking the configured floors.

use std::path::{Path, PathBuf};

use shipgate_config::Config;
use shipgate_report::{GateReport, display_path};

use crate::floors::{ConfigSource, check};
use crate::model::ParseError;

/// Why the coverage gate could not run.
#[derive(Debug, thiserror::Error)]
pub enum RunError {
    /// `[coverage]` sets no floor: there is nothing to check.
    #[error("no coverage floor is configured, so there is nothing to check")]
    NoFloor,
    /// Neither a report path nor `[coverage] report` was given.
    #[error("no coverage report given")]
    NoReport,
    /// The report cannot be read.
    #[error("cannot read the coverage report `{}`: {source}", path.display())]
    Read {
        /// The report.
        path: PathBuf,
        /// What the system said.
        source: std::io::Error,
    },
    /// The report was read but is not Cobertura XML or LCOV.
    #[error(transparent)]
    Parse(#[from] ParseError),
}

impl RunError {
    /// Whether the error is the user's (a setting, or a path that names
    /// nothing) rather than a failure to read or parse an existing file.
    pub fn is_usage(&self) -> bool {
        match self {
            Self::NoFloor | Self::NoReport => true,
            Self::Read { source, .. } => source.kind() == std::io::ErrorKind::NotFound,
            Self::Parse(_) => false,
        }
    }
}

/// Runs the coverage gate on `file`, or on `[coverage] report`, against the
/// floors of `[coverage]`.
pub fn run(config: &Config, file: Option<&Path>) -> Result<GateReport, RunError> {
    let coverage = &config.coverage;
    if coverage.lines.is_none() && coverage.branches.is_none() && coverage.floors.is_empty() {
        return Err(RunError::NoFloor);
    }
    let path: PathBuf = match (file, &coverage.report) {
        (Some(file), _) => file.to_path_buf(),
        (None, Some(report)) => config.resolve(report),
        (None, None) => return Err(RunError::NoReport),
    };
    let root = config
        .root
        .canonicalize()
        .unwrap_or_else(|_| config.root.clone());
    let shown = display_path(&root, &path.canonicalize().unwrap_or_else(|_| path.clone()));
    let bytes = std::fs::read(&path).map_err(|source| RunError::Read {
        path: path.clone(),
        source,
    })?;
    let report = crate::parse(&bytes, &shown, &root)?;
    let (display, text) = match &config.path {
        Some(p) => (
            display_path(&root, &p.canonicalize().unwrap_or_else(|_| p.clone())),
            std::fs::read_to_string(p).unwrap_or_default(),
        ),
        None => ("shipgate.toml".to_owned(), String::new()),
    };
    Ok(check(
        &report,
        coverage,
        &shown,
        &ConfigSource {
            display: &display,
            text: &text,
        },
    ))
}

#[cfg(test)]
mod tests {
    use super::{RunError, run};

    fn config(dir: &std::path::Path, toml: &str) -> shipgate_config::Config {
        let path = dir.join("shipgate.toml");
        std::fs::write(&path, toml).unwrap();
        shipgate_config::Config::load(&path).unwrap()
    }

    #[test]
    fn settings_missing_are_usage_errors_and_a_bad_report_is_not() {
        let dir =
            std::env::temp_dir().join(format!("shipgate-coverage-run-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let no_floor = run(&config(&dir, "[coverage]\nreport = \"c.xml\"\n"), None).unwrap_err();
        assert!(matches!(no_floor, RunError::NoFloor) && no_floor.is_usage());
        let no_report = run(&config(&dir, "[coverage]\nlines = 80\n"), None).unwrap_err();
        assert!(matches!(no_report, RunError::NoReport) && no_report.is_usage());
        let missing = run(
            &config(&dir, "[coverage]\nlines = 80\nreport = \"gone.xml\"\n"),
            None,
        )
        .unwrap_err();
        assert!(missing.is_usage(), "{missing}");
        std::fs::write(dir.join("bad.xml"), "not coverage").unwrap();
        let bad = run(
            &config(&dir, "[coverage]\nlines = 80\nreport = \"bad.xml\"\n"),
            None,
        )
        .unwrap_err();
        assert!(!bad.is_usage(), "{bad}");
        std::fs::write(
            dir.join("ok.info"),
            "SF:app/Pay.php\nDA:1,1\nend_of_record\n",
        )
        .unwrap();
        let ok = run(
            &config(&dir, "[coverage]\nlines = 80\nreport = \"ok.info\"\n"),
            None,
        )
        .unwrap();
        assert_eq!(
            ok.outcome(),
            shipgate_report::Outcome::Pass,
            "{:?}",
            ok.findings
        );
        let _ = std::fs::remove_dir_all(&dir);
    }
}
