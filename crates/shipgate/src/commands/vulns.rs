//! `shipgate vulns check` and `shipgate container check`: arguments and
//! shipgate.toml to [`shipgate_vulns::Inputs`], and its errors to exit codes
//! and hints.

use shipgate_config::Config;
use shipgate_report::GateReport;
use shipgate_vulns::check::InputKind;
use shipgate_vulns::gate::GateKind;
use shipgate_vulns::parsers::ReportFormat;
use shipgate_vulns::{CheckError, Inputs, Request};

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

/// The inputs `vulns check` / `container check` were given.
fn request(args: &VulnsCheckArgs) -> Result<Request, CliError> {
    Ok(Request {
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

/// Runs the command.
pub fn run(global: &GlobalArgs, args: &VulnsCheckArgs, kind: Kind) -> Result<ExitStatus, CliError> {
    let config = load_config(global, &current_dir()?, false)?;
    let request = request(args)?;
    let run = super::finish::GateRun::of(kind.gate_name(), || gate(&config, &request, kind));
    super::finish::finish(global, &config, vec![run], false)
}

/// Runs the gate on the inputs given, or configured.
pub fn gate(config: &Config, request: &Request, kind: Kind) -> Result<GateReport, CliError> {
    let inputs = Inputs::resolve(config, request, kind.gate(), crate::clock::today());
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
