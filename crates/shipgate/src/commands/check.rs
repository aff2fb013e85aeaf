use crate::cli::{CheckArgs, GlobalArgs};
use crate::exit::{CliError, ExitStatus};
use crate::workspace::{current_dir, load_config};

use super::finish::{GateRun, finish};

/// `shipgate check`: every gate `shipgate.toml` enables, one summary line per
/// gate, and the overall outcome. A gate that cannot run does not stop the
/// others: each is reported, and the error decides the exit status.
pub fn run(global: &GlobalArgs, args: &CheckArgs) -> Result<ExitStatus, CliError> {
    let start = match &args.path {
        Some(path) => path
            .canonicalize()
            .map_err(|e| CliError::usage(format!("`{}`: {e}", path.display())))?,
        None => current_dir()?,
    };
    let config = load_config(global, &start, true)?;
    let mut runs = Vec::new();
    if config.migrations.enabled {
        let request = super::migrations::Request::default();
        runs.push(GateRun::of("migrations", || {
            super::migrations::gate(global, &config, &request)
        }));
    }
    for (enabled, kind) in [
        (config.vulns.enabled, super::vulns::Kind::Dependencies),
        (config.container.enabled, super::vulns::Kind::Container),
    ] {
        if enabled {
            runs.push(GateRun::of(kind.gate_name(), || {
                super::vulns::gate(&config, &shipgate_vulns::Request::default(), kind)
            }));
        }
    }
    if config.secrets.enabled {
        runs.push(GateRun::of("secrets", || {
            super::secrets::gate_from_config(global, &config)
        }));
    }
    if config.coverage.enabled {
        runs.push(GateRun::of("coverage", || {
            super::coverage::gate(&config, None)
        }));
    }
    if runs.is_empty() {
        return Err(CliError::usage("shipgate.toml enables no gate").hint(
            "set `enabled = true` under `[migrations]`, `[secrets]`, `[vulns]`, `[container]` or `[coverage]`",
        ));
    }
    finish(global, &config, runs, true)
}
