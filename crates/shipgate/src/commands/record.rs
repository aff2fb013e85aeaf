//! `--record`: one `gate` entry per gate run, binding the report to the ledger
//! by its SHA-256.

use serde_json::json;
use sha2::{Digest, Sha256};
use shipgate_config::Config;
use shipgate_ledger::entry::canonical_entry;
use shipgate_ledger::hash::to_hex;
use shipgate_report::{GateReport, Severity};

use crate::ci;
use crate::cli::GlobalArgs;
use crate::exit::CliError;

/// Appends one entry per report, in one transaction. `errors[i]` is the
/// message of a gate that could not run: its outcome is `error`.
pub fn record(
    global: &GlobalArgs,
    config: &Config,
    reports: &[GateReport],
    errors: &[Option<&str>],
    rendered: &str,
) -> Result<(), CliError> {
    let report_sha256 = to_hex(&Sha256::digest(rendered.as_bytes()).into());
    let service = config.ledger.service.clone().unwrap_or_else(|| {
        config
            .root
            .canonicalize()
            .ok()
            .and_then(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()))
            .unwrap_or_else(|| "unnamed".into())
    });
    let commit = ci::commit(&config.root);
    if commit.is_none() && !global.quiet {
        eprintln!(
            "warning: no commit found (not a git repository, and no CI_COMMIT_SHA or GITHUB_SHA): the evidence names none"
        );
    }
    let dirty = ci::dirty(&config.root);
    if dirty == Some(true) && !global.quiet {
        eprintln!(
            "warning: the work tree differs from the commit: the evidence names the commit and records `dirty: true`"
        );
    }
    let actor = ci::actor(&config.root);
    let time = shipgate_ledger::time::now_rfc3339();
    let entries = reports
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let error = errors.get(i).copied().flatten();
            let outcome = if error.is_some() {
                "error"
            } else {
                r.outcome().as_str()
            };
            let mut value = json!({
                "v": 1,
                "kind": "gate",
                "time": time,
                "service": service,
                "environment": ci::environment(),
                "commit": commit,
                "artifact": null,
                "actor": actor,
                "ci": ci::context(),
                "body": {
                    "gate": r.gate,
                    "outcome": outcome,
                    "fail_on": r.fail_on.as_str(),
                    "counts": {
                        "error": r.count(Severity::Error),
                        "warning": r.count(Severity::Warning),
                        "info": r.count(Severity::Info),
                        "suppressed": r.suppressed(),
                    },
                    "stats": r.stats,
                    "tool_version": r.tool_version,
                    "report_format": shipgate_report::Format::from(global.format).as_str(),
                    "report_sha256": report_sha256,
                    "dirty": dirty,
                },
            });
            if let Some(message) = error {
                value["body"]["error"] = json!(message);
            }
            canonical_entry(&value)
                .map_err(|e| CliError::runtime(format!("cannot record the `{}` gate: {e}", r.gate)))
        })
        .collect::<Result<Vec<_>, _>>()?;
    let location = super::ledger::location(global, Some(config))?;
    let mut store = super::ledger::open_location(&location)?;
    let range = store
        .append(&entries)
        .map_err(|e| super::ledger::store_error(&e))?;
    if !global.quiet {
        eprintln!(
            "recorded {} gate result(s) in the ledger as entries {}..{} (report sha256 {report_sha256})",
            entries.len(),
            range.start,
            range.end - 1
        );
    }
    Ok(())
}
