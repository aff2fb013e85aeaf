use crate::cli::{CheckArgs, GlobalArgs, MigrationsCheckArgs};
use crate::exit::{CliError, ExitStatus};
use crate::output::emit;
use crate::workspace::{current_dir, load_config};

/// `shipgate check`: every gate `shipgate.toml` enables, one summary line per
/// gate, and the overall outcome.
pub fn run(global: &GlobalArgs, args: &CheckArgs) -> Result<ExitStatus, CliError> {
    let start = match &args.path {
        Some(path) => path
            .canonicalize()
            .map_err(|e| CliError::usage(format!("`{}`: {e}", path.display())))?,
        None => current_dir()?,
    };
    let config = load_config(global, &start, true)?;
    let mut reports = Vec::new();
    if config.migrations.enabled {
        let args = MigrationsCheckArgs {
            paths: Vec::new(),
            changed_since: None,
            dialect: None,
            db_version: None,
        };
        reports.push(super::migrations::gate(global, &config, &args)?);
    }
    if config.vulns.enabled {
        reports.push(super::vulns::gate(
            &config,
            &super::vulns::from_config(),
            super::vulns::Kind::Dependencies,
        )?);
    }
    if config.container.enabled {
        reports.push(super::vulns::gate(
            &config,
            &super::vulns::from_config(),
            super::vulns::Kind::Container,
        )?);
    }
    if config.secrets.enabled {
        reports.push(super::secrets::gate_from_config(global, &config)?);
    }
    if config.coverage.enabled {
        reports.push(super::coverage::gate(&config, None)?);
    }
    if reports.is_empty() {
        return Err(CliError::usage("shipgate.toml enables no gate").hint(
            "set `enabled = true` under `[migrations]`, `[secrets]`, `[vulns]`, `[container]` or `[coverage]`",
        ));
    }
    let (status, rendered) = emit(global, &reports, true)?;
    if global.record {
        super::record::record(global, &config, &reports, &rendered)?;
    }
    Ok(status)
}
