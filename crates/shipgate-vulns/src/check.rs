//! The gate's one entry point: typed inputs in, the gate's report out.
//!
//! [`check`] reads the scanner reports (detecting their format unless one is
//! forced), matches lockfiles against the offline OSV database, loads the
//! waivers and applies the policy. Every error names the file or value at
//! fault; [`CheckError::is_usage`] tells a wrong argument or setting (a path
//! that names nothing, a missing input) from a file that exists but could not
//! be read or parsed.

use std::path::{Path, PathBuf};

use shipgate_report::GateReport;

use crate::gate::{GateKind, Policy, evaluate};
use crate::lockfile::{self, LockfileError};
use crate::model::merge_aliases;
use crate::osv::{self, OsvError};
use crate::parsers::{ReportError, ReportFormat, parse};
use crate::waivers::{WaiverError, Waivers};

/// A file to read, and the name it is shown by in findings and errors
/// (usually relative to the repository root).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputFile {
    /// Where to read it.
    pub path: PathBuf,
    /// How findings and parse errors name it.
    pub shown: String,
}

impl InputFile {
    /// A file read from `path` and shown as `shown`.
    pub fn new(path: impl Into<PathBuf>, shown: impl Into<String>) -> Self {
        Self {
            path: path.into(),
            shown: shown.into(),
        }
    }
}

/// The waivers file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WaiversFile {
    /// The file.
    pub file: InputFile,
    /// Whether it must exist: `true` for a file named on the command line or in
    /// the configuration, `false` for the default location, which may be absent.
    pub required: bool,
}

/// Everything one run of the gate reads.
#[derive(Debug, Clone)]
pub struct Inputs {
    /// Dependencies or a container image.
    pub kind: GateKind,
    /// Scanner reports (JSON).
    pub reports: Vec<InputFile>,
    /// The reports' format; `None` detects it from each report's content.
    pub report_format: Option<ReportFormat>,
    /// Lockfiles to match against the OSV database (dependencies only).
    pub lockfiles: Vec<InputFile>,
    /// The offline OSV database: a folder of OSV JSON files or `all.zip` exports.
    /// Needed when there are lockfiles.
    pub osv_db: Option<PathBuf>,
    /// The waivers file, if any.
    pub waivers: Option<WaiversFile>,
    /// What fails the gate.
    pub policy: Policy,
    /// The day waivers are judged on, `YYYY-MM-DD`.
    pub today: String,
}

/// Which input a read error concerns.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InputKind {
    /// A scanner report.
    Report,
    /// A lockfile.
    Lockfile,
    /// The waivers file.
    Waivers,
}

impl InputKind {
    /// How messages name it: `report`, `lockfile`, `waivers`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Report => "report",
            Self::Lockfile => "lockfile",
            Self::Waivers => "waivers",
        }
    }
}

/// Why the gate could not run.
#[derive(Debug, thiserror::Error)]
pub enum CheckError {
    /// Neither a report nor a lockfile was given.
    #[error("no scanner report or lockfile given")]
    NoInput,
    /// The container gate was given lockfiles.
    #[error("the container gate reads image reports, not lockfiles")]
    LockfilesForContainer,
    /// A file could not be read: it names nothing, or exists and cannot be read.
    #[error("cannot read the {} `{}`: {source}", .what.as_str(), .path.display())]
    Read {
        /// Which input.
        what: InputKind,
        /// The path as given.
        path: PathBuf,
        /// The operating system's error.
        source: std::io::Error,
    },
    /// A report that is not valid JSON or not a known report's shape.
    #[error(transparent)]
    Report(#[from] ReportError),
    /// The container gate was given a report that does not describe an image.
    #[error("`{file}` is a {format} report, not an image scanner's (Trivy or Grype)")]
    NotAnImageReport {
        /// The report, as shown.
        file: String,
        /// The format it is.
        format: ReportFormat,
    },
    /// Lockfiles were given and no OSV database.
    #[error("lockfiles are matched against an offline OSV database, and none was given")]
    NoOsvDatabase,
    /// The OSV database path is not a folder.
    #[error("the OSV database `{}` is not a folder", .0.display())]
    OsvDatabaseNotAFolder(PathBuf),
    /// A lockfile of a kind shipgate does not read, judged by its name.
    #[error("`{0}` is not a lockfile shipgate reads: {supported}", supported = lockfile::SUPPORTED.join(", "))]
    UnsupportedLockfile(String),
    /// A lockfile that cannot be parsed.
    #[error(transparent)]
    Lockfile(#[from] LockfileError),
    /// The OSV database could not be read.
    #[error(transparent)]
    Osv(#[from] OsvError),
    /// The waivers file holds a bad value.
    #[error(transparent)]
    Waivers(#[from] WaiverError),
}

impl CheckError {
    /// Whether this is a wrong argument or setting (a missing input, a path that
    /// names nothing, a bad value in the waivers file) rather than a file that
    /// exists and could not be read or parsed.
    pub fn is_usage(&self) -> bool {
        match self {
            Self::NoInput
            | Self::LockfilesForContainer
            | Self::NotAnImageReport { .. }
            | Self::NoOsvDatabase
            | Self::OsvDatabaseNotAFolder(_)
            | Self::UnsupportedLockfile(_)
            | Self::Waivers(_) => true,
            Self::Read { source, .. } => source.kind() == std::io::ErrorKind::NotFound,
            Self::Report(_) | Self::Lockfile(_) | Self::Osv(_) => false,
        }
    }
}

fn read(what: InputKind, path: &Path) -> Result<Vec<u8>, CheckError> {
    std::fs::read(path).map_err(|source| CheckError::Read {
        what,
        path: path.to_owned(),
        source,
    })
}

fn read_text(what: InputKind, path: &Path) -> Result<String, CheckError> {
    std::fs::read_to_string(path).map_err(|source| CheckError::Read {
        what,
        path: path.to_owned(),
        source,
    })
}

/// Runs the gate: reads every report and lockfile, loads the waivers, and
/// evaluates the advisories against the policy as of `inputs.today`.
///
/// Reports are read first, in order, then lockfiles, then the waivers; the
/// first error ends the run.
pub fn check(inputs: &Inputs) -> Result<GateReport, CheckError> {
    if inputs.reports.is_empty() && inputs.lockfiles.is_empty() {
        return Err(CheckError::NoInput);
    }
    if inputs.kind == GateKind::Container && !inputs.lockfiles.is_empty() {
        return Err(CheckError::LockfilesForContainer);
    }
    let mut advisories = Vec::new();
    for report in &inputs.reports {
        let bytes = read(InputKind::Report, &report.path)?;
        let parsed = parse(&bytes, &report.shown, inputs.report_format)?;
        if inputs.kind == GateKind::Container && !parsed.format.is_container_scanner() {
            return Err(CheckError::NotAnImageReport {
                file: report.shown.clone(),
                format: parsed.format,
            });
        }
        advisories.extend(parsed.advisories);
    }
    if !inputs.lockfiles.is_empty() {
        let db = inputs.osv_db.as_deref().ok_or(CheckError::NoOsvDatabase)?;
        if !db.is_dir() {
            return Err(CheckError::OsvDatabaseNotAFolder(db.to_owned()));
        }
        for file in &inputs.lockfiles {
            if !lockfile::is_supported(&file.shown) {
                return Err(CheckError::UnsupportedLockfile(file.shown.clone()));
            }
            let text = read_text(InputKind::Lockfile, &file.path)?;
            let packages = lockfile::parse(&text, &file.shown)?;
            let docs = osv::load(db, &packages)?;
            advisories.extend(osv::matches(&packages, &docs, &file.shown));
        }
    }
    let waivers = match &inputs.waivers {
        Some(w) => load_waivers(w)?,
        None => Waivers::default(),
    };
    Ok(evaluate(
        inputs.kind,
        &merge_aliases(advisories),
        &inputs.policy,
        &waivers,
        &inputs.today,
    ))
}

fn load_waivers(w: &WaiversFile) -> Result<Waivers, CheckError> {
    match std::fs::read_to_string(&w.file.path) {
        Ok(text) => Ok(Waivers::parse(&text, &w.file.shown)?),
        Err(e) if !w.required && e.kind() == std::io::ErrorKind::NotFound => Ok(Waivers::default()),
        Err(source) => Err(CheckError::Read {
            what: InputKind::Waivers,
            path: w.file.path.clone(),
            source,
        }),
    }
}
