//! `shipgate vulns check` and `shipgate container check`: arguments and
//! shipgate.toml to [`shipgate_vulns::Inputs`], and its errors to exit codes
//! and hints.

use std::path::PathBuf;

use shipgate_config::Config;

use shipgate_report::{GateReport, display_path};
use shipgate_vulns::check::InputKind;
use shipgate_vulns::gate::{GateKind, Policy};
use shipgate_vulns::parsers::ReportFormat;
use shipgate_vulns::{CheckError, InputFile, Inputs, WaiversFile};

use crate::cli::{GlobalArgs, VulnsCheckArgs};
use crate::exit::{CliError, ExitStatus};
use crate::workspace::{current_dir, load_config};

/// Which gate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Dependencies.
    Dependencies,
    /// A container image.
    Container,
}

impl Kind {
    /// The gate's name in reports and evidence.
    pub const fn gate_name(self) -> &'static str {
        self.gate().name()
    }

    const fn gate(self) -> GateKind {
        match self {
            Self::Dependencies => GateKind::Dependencies,
            Self::Container => GateKind::Container,
        }
    }
}

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

impl Request {
    /// The inputs `vulns check` / `container check` were given.
    pub fn from_args(args: &VulnsCheckArgs) -> Result<Self, CliError> {
        Ok(Self {
            reports: args.reports.clone(),
            report_format: args
                .report_format
                .as_deref()
                .map(|f| f.parse::<ReportFormat>().map_err(CliError::usage))
                .transpose()?,
            waivers: args.waivers.clone(),
            lockfiles: args.lockfiles.clone(),
            osv_db: args.osv_db.clone(),
        })
    }
}

/// Nothing given on the command line: everything from the config.
pub fn from_config() -> Request {
    Request::default()
}

/// Runs the command.
pub fn run(global: &GlobalArgs, args: &VulnsCheckArgs, kind: Kind) -> Result<ExitStatus, CliError> {
    let config = load_config(global, &current_dir()?, false)?;
    let request = Request::from_args(args)?;
    let run = super::finish::GateRun::of(kind.gate_name(), || gate(&config, &request, kind));
    super::finish::finish(global, &config, vec![run], false)
}

/// Runs the gate on the inputs given, or configured.
pub fn gate(config: &Config, request: &Request, kind: Kind) -> Result<GateReport, CliError> {
    let section = match kind {
        Kind::Dependencies => &config.vulns,
        Kind::Container => &config.container,
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
    let cli = !request.reports.is_empty() || !request.lockfiles.is_empty();
    let (reports, lockfiles): (Vec<PathBuf>, Vec<PathBuf>) = if cli {
        (request.reports.clone(), request.lockfiles.clone())
    } else {
        (
            from_config(&section.reports),
            from_config(&section.lockfiles),
        )
    };
    let waivers = match (&request.waivers, &section.waivers) {
        (Some(path), _) => (path.clone(), true),
        (None, Some(w)) => (config.resolve(w), true),
        (None, None) => (config.resolve(".shipgate/waivers.toml"), false),
    };
    let inputs = Inputs {
        kind: kind.gate(),
        reports: reports.into_iter().map(file).collect(),
        report_format: request.report_format,
        lockfiles: lockfiles.into_iter().map(file).collect(),
        osv_db: request
            .osv_db
            .clone()
            .or_else(|| section.osv_db.as_ref().map(|d| config.resolve(d))),
        waivers: Some(WaiversFile {
            file: file(waivers.0),
            required: waivers.1,
        }),
        policy: Policy::from_config(section, kind.gate()),
        today: crate::clock::today(),
    };
    let mut report = shipgate_vulns::check(&inputs).map_err(|e| cli_error(&e, kind))?;
    report.generated_at = Some(crate::clock::now().trim_end_matches('Z').to_owned());
    Ok(report)
}

/// The gate's error as the command line words it: exit 2 for a wrong argument
/// or setting, 3 for a file that exists and could not be read or parsed.
fn cli_error(err: &CheckError, kind: Kind) -> CliError {
    const OSV_DB: &str = "pass `--osv-db DIR` (a folder of OSV JSON files or all.zip exports)";
    let message = match err {
        CheckError::LockfilesForContainer => {
            "`shipgate container check` reads image reports, not lockfiles".to_owned()
        }
        CheckError::NotAnImageReport { file, format } => format!(
            "`{file}` is a {format} report; `shipgate container check` reads Trivy or Grype image reports"
        ),
        _ => err.to_string(),
    };
    let hint = match err {
        CheckError::NoInput => Some(format!(
            "pass `--report FILE` or `--lockfile FILE --osv-db DIR`, or set `reports` or `lockfiles` under `[{}]` in shipgate.toml",
            kind.gate_name()
        )),
        CheckError::LockfilesForContainer => Some("use `shipgate vulns check --lockfile`".into()),
        CheckError::Read {
            what: InputKind::Report,
            ..
        } => Some("run the scanner first, with JSON output".into()),
        CheckError::Report(_) => Some("pass the scanner's JSON report as it wrote it; `--report-format` names the format if it is not recognised".into()),
        CheckError::NotAnImageReport { .. } => {
            Some("use `shipgate vulns check` for dependency reports".into())
        }
        CheckError::NoOsvDatabase => Some(format!("{OSV_DB}, or set `osv_db` under `[vulns]`")),
        CheckError::OsvDatabaseNotAFolder(_) => {
            Some(format!("{OSV_DB}, or fix `osv_db` under `[vulns]`"))
        }
        CheckError::UnsupportedLockfile(_) => Some("pass the lockfile by its usual name".into()),
        _ => None,
    };
    let error = if err.is_usage() {
        CliError::usage(message)
    } else {
        CliError::runtime(message)
    };
    match hint {
        Some(hint) => error.hint(hint),
        None => error,
    }
}
