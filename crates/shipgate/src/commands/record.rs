//! `--record`: one `gate` entry per gate run, binding the report to the ledger
//! by its SHA-256.

use sha2::{Digest, Sha256};
use shipgate_config::Config;
use shipgate_ledger::entry::{Entry, GateBody, GateCounts, Kind};
use shipgate_ledger::hash::to_hex;
use shipgate_report::{GateReport, Rendered, Severity};

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
    rendered: &Rendered,
) -> Result<(), CliError> {
    let mut digest = Sha256::new();
    for piece in rendered.pieces() {
        digest.update(piece.as_bytes());
    }
    let report_sha256 = to_hex(&digest.finalize().into());
    let service = service(config);
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
            let body = GateBody {
                gate: r.gate.clone(),
                outcome: outcome.to_owned(),
                fail_on: r.fail_on.as_str().to_owned(),
                counts: GateCounts {
                    error: count(r.count(Severity::Error)),
                    warning: count(r.count(Severity::Warning)),
                    info: count(r.count(Severity::Info)),
                    suppressed: count(r.suppressed()),
                },
                stats: r.stats.clone(),
                tool_version: r.tool_version.clone(),
                report_format: shipgate_report::Format::from(global.format)
                    .as_str()
                    .to_owned(),
                report_sha256: report_sha256.clone(),
                dirty,
                error: error.map(str::to_owned),
            };
            Entry::builder(Kind::Gate, time.as_str(), service.as_str(), actor.clone())
                .environment(ci::environment())
                .commit(commit.clone())
                .ci(ci::context())
                .body(body.into())
                .build()
                .and_then(|entry| entry.to_bytes())
                .map_err(|e| CliError::runtime(format!("cannot record the `{}` gate: {e}", r.gate)))
        })
        .collect::<Result<Vec<_>, _>>()?;
    let location = super::ledger::location(global, Some(config))?;
    let range = if super::remote::is_server(&location) {
        super::remote::client(&location, "recording to")?
            .append(&entries)
            .map_err(super::remote::error)?
    } else {
        let mut store = super::ledger::open_location(&location)?;
        store
            .append(&entries)
            .map_err(|e| super::ledger::store_error(&e))?
    };
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

/// The service entries carry: `[ledger] service`, else the config file's
/// folder name.
pub fn service(config: &Config) -> String {
    config.ledger.service.clone().unwrap_or_else(|| {
        config
            .root
            .canonicalize()
            .ok()
            .and_then(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()))
            .unwrap_or_else(|| "unnamed".into())
    })
}

fn count(n: usize) -> u64 {
    u64::try_from(n).unwrap_or(u64::MAX)
}
