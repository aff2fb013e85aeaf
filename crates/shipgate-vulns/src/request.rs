//! What a run was asked for, resolved against shipgate.toml into the
//! gate's [`Inputs`]: the command line wins, the config's section fills in
//! the rest, and paths in the config are relative to its folder.

use std::path::PathBuf;

use shipgate_config::Config;
use shipgate_report::display_path;

use crate::check::{InputFile, Inputs, WaiversFile};
use crate::gate::{GateKind, Policy};
use crate::parsers::ReportFormat;

/// The waivers file read without being asked, relative to the config's folder.
pub const DEFAULT_WAIVERS: &str = ".shipgate/waivers.toml";

/// What the command line named; anything left empty comes from shipgate.toml.
#[derive(Debug, Clone, Default)]
pub struct Request {
    /// Scanner reports.
    pub reports: Vec<PathBuf>,
    /// The reports' format, when detection is not wanted.
    pub report_format: Option<ReportFormat>,
    /// The waivers file.
    pub waivers: Option<PathBuf>,
    /// Lockfiles.
    pub lockfiles: Vec<PathBuf>,
    /// The offline OSV database.
    pub osv_db: Option<PathBuf>,
}

impl Inputs {
    /// The inputs of one run of the `kind` gate: reports and lockfiles from
    /// the request if it names any, else from the config's `[vulns]` or
    /// `[container]` section; the waivers file named by the request, else
    /// the config (both required to exist), else [`DEFAULT_WAIVERS`] if it
    /// exists. Files are shown relative to the config's folder.
    pub fn resolve(config: &Config, request: &Request, kind: GateKind, today: String) -> Self {
        let section = match kind {
            GateKind::Dependencies => &config.vulns,
            GateKind::Container => &config.container,
        };
        let root = config
            .root
            .canonicalize()
            .unwrap_or_else(|_| config.root.clone());
        let file = |p: PathBuf| {
            let shown = display_path(&root, &p.canonicalize().unwrap_or_else(|_| p.clone()));
            InputFile::new(p, shown)
        };
        let from_config = |paths: &[String]| paths.iter().map(|r| config.resolve(r)).collect();
        let (reports, lockfiles): (Vec<PathBuf>, Vec<PathBuf>) =
            if request.reports.is_empty() && request.lockfiles.is_empty() {
                (
                    from_config(&section.reports),
                    from_config(&section.lockfiles),
                )
            } else {
                (request.reports.clone(), request.lockfiles.clone())
            };
        let (waivers, required) = match (&request.waivers, &section.waivers) {
            (Some(path), _) => (path.clone(), true),
            (None, Some(w)) => (config.resolve(w), true),
            (None, None) => (config.resolve(DEFAULT_WAIVERS), false),
        };
        Self {
            kind,
            reports: reports.into_iter().map(file).collect(),
            report_format: request.report_format,
            lockfiles: lockfiles.into_iter().map(file).collect(),
            osv_db: request
                .osv_db
                .clone()
                .or_else(|| section.osv_db.as_ref().map(|d| config.resolve(d))),
            waivers: Some(WaiversFile {
                file: file(waivers),
                required,
            }),
            policy: Policy::from_config(section, kind),
            today,
        }
    }
}
