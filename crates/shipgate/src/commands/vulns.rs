//! `shipgate vulns check` and `shipgate container check`.

use std::path::PathBuf;

use shipgate_config::{Config, Treatment, VulnThreshold, VulnsConfig};
use shipgate_migrations::display_path;
use shipgate_report::GateReport;
use shipgate_vulns::gate::{GateKind, Policy, Treatment as T, evaluate};
use shipgate_vulns::model::merge_aliases;
use shipgate_vulns::parsers::{ReportFormat, parse};
use shipgate_vulns::severity::VulnSeverity;
use shipgate_vulns::waivers::Waivers;

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
        match self {
            Self::Dependencies => "vulns",
            Self::Container => "container",
        }
    }
}

/// Arguments with nothing given on the command line: everything from the config.
pub fn from_config() -> VulnsCheckArgs {
    VulnsCheckArgs {
        reports: Vec::new(),
        report_format: None,
        waivers: None,
        lockfiles: Vec::new(),
        osv_db: None,
        report: crate::cli::ReportArgs::default(),
    }
}

/// Runs the command.
pub fn run(global: &GlobalArgs, args: &VulnsCheckArgs, kind: Kind) -> Result<ExitStatus, CliError> {
    let config = load_config(global, &current_dir()?, false)?;
    let run = super::finish::GateRun::of(kind.gate_name(), || gate(&config, args, kind));
    super::finish::finish(global, &config, vec![run], false)
}

fn policy(section: &VulnsConfig, kind: Kind) -> Policy {
    let base = match kind {
        Kind::Dependencies => Policy::DEPENDENCIES,
        Kind::Container => Policy::CONTAINERS,
    };
    let treatment = |t: Option<Treatment>, default: T| match t {
        Some(Treatment::Fail) => T::Fail,
        Some(Treatment::Warn) => T::Warn,
        None => default,
    };
    Policy {
        fail_on: match section.fail_on {
            Some(VulnThreshold::Low) => VulnSeverity::Low,
            Some(VulnThreshold::Medium) => VulnSeverity::Medium,
            Some(VulnThreshold::High) => VulnSeverity::High,
            Some(VulnThreshold::Critical) => VulnSeverity::Critical,
            None => base.fail_on,
        },
        unknown_severity: treatment(section.unknown_severity, base.unknown_severity),
        abandoned: treatment(section.abandoned, base.abandoned),
    }
}

fn today() -> String {
    crate::clock::today()
}

/// Runs the gate on the reports given, or configured.
pub fn gate(config: &Config, args: &VulnsCheckArgs, kind: Kind) -> Result<GateReport, CliError> {
    let (section, name) = match kind {
        Kind::Dependencies => (&config.vulns, "vulns"),
        Kind::Container => (&config.container, "container"),
    };
    let given = !args.reports.is_empty() || !args.lockfiles.is_empty();
    let paths: Vec<PathBuf> = if given {
        args.reports.clone()
    } else {
        section.reports.iter().map(|r| config.resolve(r)).collect()
    };
    let lockfiles: Vec<PathBuf> = if given {
        args.lockfiles.clone()
    } else {
        section
            .lockfiles
            .iter()
            .map(|r| config.resolve(r))
            .collect()
    };
    if paths.is_empty() && lockfiles.is_empty() {
        return Err(CliError::usage("no scanner report or lockfile given").hint(format!(
            "pass `--report FILE` or `--lockfile FILE --osv-db DIR`, or set `reports` or `lockfiles` under `[{name}]` in shipgate.toml"
        )));
    }
    if kind == Kind::Container && !lockfiles.is_empty() {
        return Err(CliError::usage(
            "`shipgate container check` reads image reports, not lockfiles",
        )
        .hint("use `shipgate vulns check --lockfile`"));
    }
    let forced = args
        .report_format
        .as_deref()
        .map(|f| f.parse::<ReportFormat>().map_err(CliError::usage))
        .transpose()?;
    let root = config
        .root
        .canonicalize()
        .unwrap_or_else(|_| config.root.clone());
    let shown = |p: &PathBuf| display_path(&root, &p.canonicalize().unwrap_or_else(|_| p.clone()));
    let mut advisories = Vec::new();
    for path in &paths {
        let bytes = std::fs::read(path).map_err(|e| {
            read_error("report", path, &e).hint("run the scanner first, with JSON output")
        })?;
        let report = parse(&bytes, &shown(path), forced).map_err(|e| {
            CliError::runtime(e.to_string())
                .hint("pass the scanner's JSON report as it wrote it; `--report-format` names the format if it is not recognised")
        })?;
        if kind == Kind::Container && !report.format.is_container_scanner() {
            return Err(CliError::usage(format!("`{}` is a {} report; `shipgate container check` reads Trivy or Grype image reports", shown(path), report.format))
                .hint("use `shipgate vulns check` for dependency reports"));
        }
        advisories.extend(report.advisories);
    }
    if !lockfiles.is_empty() {
        let db = args.osv_db.clone().or_else(|| section.osv_db.as_ref().map(|d| config.resolve(d))).ok_or_else(|| {
            CliError::usage("lockfiles are matched against an offline OSV database, and none was given")
                .hint("pass `--osv-db DIR` (a folder of OSV JSON files or all.zip exports), or set `osv_db` under `[vulns]`")
        })?;
        if !db.is_dir() {
            return Err(CliError::usage(format!(
                "the OSV database `{}` is not a folder",
                db.display()
            ))
            .hint("pass `--osv-db DIR` (a folder of OSV JSON files or all.zip exports), or fix `osv_db` under `[vulns]`"));
        }
        for path in &lockfiles {
            if !shipgate_vulns::lockfile::is_supported(&shown(path)) {
                return Err(CliError::usage(format!(
                    "`{}` is not a lockfile shipgate reads: {}",
                    shown(path),
                    shipgate_vulns::lockfile::SUPPORTED.join(", ")
                ))
                .hint("pass the lockfile by its usual name"));
            }
            let text =
                std::fs::read_to_string(path).map_err(|e| read_error("lockfile", path, &e))?;
            let packages = shipgate_vulns::lockfile::parse(&text, &shown(path))
                .map_err(|e| CliError::runtime(e.to_string()))?;
            let docs = shipgate_vulns::osv::load(&db, &packages)
                .map_err(|e| CliError::runtime(e.to_string()))?;
            advisories.extend(shipgate_vulns::osv::matches(&packages, &docs, &shown(path)));
        }
    }
    let waivers_path = args
        .waivers
        .clone()
        .or_else(|| section.waivers.as_ref().map(|w| config.resolve(w)));
    let waivers = match waivers_path {
        Some(path) => read_waivers(&path, &root, true)?,
        None => read_waivers(&config.resolve(".shipgate/waivers.toml"), &root, false)?,
    };
    let gate_kind = match kind {
        Kind::Dependencies => GateKind::Dependencies,
        Kind::Container => GateKind::Container,
    };
    let mut report = evaluate(
        gate_kind,
        &merge_aliases(advisories),
        &policy(section, kind),
        &waivers,
        &today(),
    );
    report.generated_at = Some(crate::clock::now().trim_end_matches('Z').to_owned());
    Ok(report)
}

fn read_waivers(
    path: &PathBuf,
    root: &std::path::Path,
    required: bool,
) -> Result<Waivers, CliError> {
    match std::fs::read_to_string(path) {
        Ok(text) => Waivers::parse(
            &text,
            &display_path(root, &path.canonicalize().unwrap_or_else(|_| path.clone())),
        )
        .map_err(|e| CliError::usage(e.to_string())),
        Err(e) if !required && e.kind() == std::io::ErrorKind::NotFound => Ok(Waivers::default()),
        Err(e) => Err(read_error("waivers", path, &e)),
    }
}

/// A file the user named (on the command line or in shipgate.toml) that could
/// not be read. One that does not exist is a wrong argument or setting
/// (exit 2, like any path that names nothing); one that exists but cannot be
/// read (permissions, a folder, an I/O error) is a runtime error (exit 3).
pub(crate) fn read_error(what: &str, path: &std::path::Path, err: &std::io::Error) -> CliError {
    let message = format!("cannot read the {what} `{}`: {err}", path.display());
    if err.kind() == std::io::ErrorKind::NotFound {
        CliError::usage(message)
    } else {
        CliError::runtime(message)
    }
}
