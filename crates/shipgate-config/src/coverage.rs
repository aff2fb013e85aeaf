use std::path::Path;

use serde::Deserialize;
use toml::Spanned;

use crate::ConfigError;

/// `[coverage]`: minimum test coverage, overall and per path.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct CoverageConfig {
    /// Whether `shipgate check` runs this gate.
    pub enabled: bool,
    /// The coverage report `shipgate check` reads (Cobertura XML or LCOV), relative to the config file.
    pub report: Option<String>,
    /// Overall line coverage floor, in percent.
    pub lines: Option<Spanned<f64>>,
    /// Overall branch coverage floor, in percent.
    pub branches: Option<Spanned<f64>>,
    /// Floors for paths: `[[coverage.floors]]`.
    pub floors: Vec<FloorConfig>,
}

/// One `[[coverage.floors]]` entry.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FloorConfig {
    /// A path prefix (`app/Services/Payment`) or a glob (`app/**/Payment*.php`), relative to the repository.
    pub path: Spanned<String>,
    /// Line coverage floor, in percent.
    pub lines: Option<Spanned<f64>>,
    /// Branch coverage floor, in percent.
    pub branches: Option<Spanned<f64>>,
}

impl CoverageConfig {
    pub(crate) fn validate(&self, text: &str, path: &Path) -> Result<(), ConfigError> {
        let percent = |value: &Option<Spanned<f64>>| -> Result<(), ConfigError> {
            match value {
                Some(v) if !(0.0..=100.0).contains(v.get_ref()) => Err(ConfigError::at_span(
                    path,
                    text,
                    Some(v.span()),
                    format!("`{}` is not a percentage from 0 to 100", v.get_ref()),
                )),
                _ => Ok(()),
            }
        };
        percent(&self.lines)?;
        percent(&self.branches)?;
        for floor in &self.floors {
            percent(&floor.lines)?;
            percent(&floor.branches)?;
            if floor.lines.is_none() && floor.branches.is_none() {
                return Err(ConfigError::at_span(
                    path,
                    text,
                    Some(floor.path.span()),
                    format!(
                        "the floor for `{}` sets neither `lines` nor `branches`",
                        floor.path.get_ref()
                    ),
                ));
            }
            if floor.path.get_ref().contains(['*', '?', '['])
                && let Err(err) = globset::Glob::new(floor.path.get_ref())
            {
                return Err(ConfigError::at_span(
                    path,
                    text,
                    Some(floor.path.span()),
                    format!(
                        "`{}` is not a valid glob: {}",
                        floor.path.get_ref(),
                        err.kind()
                    ),
                ));
            }
        }
        Ok(())
    }
}
