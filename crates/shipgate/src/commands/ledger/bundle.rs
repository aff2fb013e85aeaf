//! `shipgate ledger prove` and `shipgate ledger export`.

use std::fmt::Write as _;

use shipgate_ledger::bundle::{ProofBundle, ProveError};
use shipgate_ledger::checkpoint::Checkpoint;
use shipgate_ledger::export::{
    ExportError, ExportSummary, Newer, Plan, PlanError, ensure_empty, plan, write_bundle,
};
use shipgate_ledger::query::Query;
use shipgate_ledger::store::Store;

use super::keys::read_verifier_keys;
use super::read::run_query;
use crate::cli::{ExportArgs, GlobalArgs, ProveArgs};
use crate::commands::remote::is_server;
use crate::exit::{CliError, ExitStatus};
use crate::output::write_output;

/// The stored checkpoint of `size`, or the latest.
fn stored_checkpoint(store: &mut dyn Store, size: Option<u64>) -> Result<(u64, String), CliError> {
    let checkpoints = store.checkpoints().map_err(|e| super::store_error(&e))?;
    let found = match size {
        Some(size) => checkpoints.into_iter().find(|(s, _)| *s == size),
        None => checkpoints.into_iter().last(),
    };
    found.ok_or_else(|| {
        CliError::usage(match size {
            Some(size) => format!("no checkpoint of size {size} is stored"),
            None => "the ledger has no signed checkpoint yet".to_owned(),
        })
        .hint("run `shipgate ledger checkpoint --key LOG.key` first")
    })
}

fn prove_error(e: ProveError) -> CliError {
    match e {
        ProveError::NotCovered { .. } => {
            CliError::usage(e.to_string()).hint("sign a newer checkpoint first")
        }
        ProveError::Store(e) => super::store_error(&e),
    }
}

/// `shipgate ledger prove SEQ [--size N]`.
pub fn prove(global: &GlobalArgs, args: &ProveArgs) -> Result<ExitStatus, CliError> {
    let location = super::resolve(global)?;
    if is_server(&location) {
        let text = super::remote::prove(&super::remote::client(&location)?, args)?;
        write_output(global, &text)?;
        return Ok(ExitStatus::Success);
    }
    let mut store = super::open_location_read_only(&location)?;
    let (size, note) = stored_checkpoint(store.as_mut(), args.size)?;
    let proof = ProofBundle::prove(store.as_mut(), args.seq, size, &note).map_err(prove_error)?;
    write_output(global, &proof.to_text())?;
    Ok(ExitStatus::Success)
}

const README: &str = "# shipgate ledger export

This folder is a self-contained extract of a shipgate ledger. It can be
checked with no access to the database:

    shipgate ledger verify --bundle . --public-key KEY.pub

where KEY.pub is the log's public key as you obtained it from its owner (not
only the copy in this folder).

- `entries.jsonl`: one line per entry, `{\"seq\": N, \"entry\": {...}}`. The
  entry's canonical encoding (JSON with sorted keys, no whitespace, integers
  only) is the leaf of the log's RFC 6962 Merkle tree.
- `proofs/N.tlog-proof`: the inclusion proof of entry N (C2SP tlog-proof
  style), ending with the signed checkpoint.
- `checkpoint`: the signed checkpoint (C2SP tlog-checkpoint, signed-note,
  Ed25519) every proof leads to.
- `log.pub`: the log's public key, in the signed-note text encoding.

To check an entry by hand: leaf = SHA-256(0x00 || canonical entry); fold the
proof's hashes as RFC 9162 section 2.1.3.2 describes; the result must equal
the root in `checkpoint`, whose signature must verify with the log's key.
";

/// An error that exits 1: the export would not be what was asked for.
fn refused(message: String, hint: &str) -> CliError {
    CliError {
        status: ExitStatus::Failure,
        message,
        hint: Some(hint.to_owned()),
        at: None,
    }
}

/// The filter flags given, for messages.
fn filter_text(args: &ExportArgs) -> String {
    [
        ("--since", &args.since),
        ("--until", &args.until),
        ("--environment", &args.environment),
    ]
    .iter()
    .filter_map(|(flag, v)| v.as_ref().map(|v| format!("{flag} {v}")))
    .collect::<Vec<_>>()
    .join(" ")
}

/// `shipgate ledger export`: every matching entry with its proof against a
/// signed checkpoint. Entries newer than the latest checkpoint are never left
/// out silently: with the log key a fresh checkpoint is signed first, with
/// `--up-to-checkpoint` they are left out and counted, and otherwise the export
/// is refused (exit 1). A filter that matches nothing is refused too.
pub fn export(global: &GlobalArgs, args: &ExportArgs) -> Result<ExitStatus, CliError> {
    let time = |flag: &str, v: &Option<String>| -> Result<Option<u64>, CliError> {
        v.as_ref()
            .map(|t| super::read::parse_time(flag, t))
            .transpose()
    };
    let (since, until) = (time("--since", &args.since)?, time("--until", &args.until)?);
    let keys = read_verifier_keys(std::slice::from_ref(&args.public_key))?;
    let location = super::resolve(global)?;
    if is_server(&location) {
        let client = super::remote::client(&location)?;
        return super::remote::export(&client, args, &keys, global.quiet);
    }
    let signer = match (&args.key, args.up_to_checkpoint) {
        (Some(path), false) => Some((path, super::sign::read_log_key(path)?)),
        _ => None,
    };
    ensure_empty(&args.out).map_err(|e| export_error(e, args))?;
    let mut store = super::open_location_read_only(&location)?;
    let query = Query {
        environment: args.environment.clone(),
        since,
        until,
        ..Query::default()
    };
    let entries = run_query(&query, store.as_mut())?;
    if entries.is_empty() {
        let size = store.size().map_err(|e| super::store_error(&e))?;
        let filters = filter_text(args);
        return Err(if filters.is_empty() {
            refused(
                "the ledger has no entries: nothing to export".to_owned(),
                "record evidence (`--record`) or append entries first",
            )
        } else {
            refused(
                format!(
                    "no entry of the {size} in the ledger matches {filters}: nothing to export"
                ),
                "check the dates (YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ, --until is exclusive) and the environment name (`shipgate ledger log` lists entries)",
            )
        });
    }
    let latest = store
        .checkpoints()
        .map_err(|e| super::store_error(&e))?
        .into_iter()
        .last();
    let newer = match (&signer, args.up_to_checkpoint) {
        (Some(_), _) => Newer::Sign,
        (None, true) => Newer::LeaveOut,
        (None, false) => Newer::Refuse,
    };
    let mut signed = None;
    let (size, note) = match plan(&entries, latest, newer) {
        Ok(Plan::Use(size, note)) => (size, note),
        Ok(Plan::Sign) => {
            let Some((path, key)) = signer else {
                return Err(CliError::runtime("no log key to sign a checkpoint with"));
            };
            // Sign a checkpoint of the log as it is now, through a writable handle.
            drop(store);
            store = super::open(global)?;
            let (size, note) = super::sign::sign_tree_head(store.as_mut(), &key)?;
            Checkpoint::open(&note, &keys).map_err(|e| {
                CliError::usage(format!(
                    "a checkpoint signed with `{}` does not verify with `{}`: {e}",
                    path.display(),
                    args.public_key.display()
                ))
                .hint("pass the private key of the public key given with --public-key")
            })?;
            store
                .add_checkpoint(size, &note)
                .map_err(|e| super::store_error(&e))?;
            signed = Some(size);
            (size, note)
        }
        Err(e @ PlanError::Uncovered { .. }) => return Err(refused(
            e.to_string(),
            "pass --key LOG.key (or set SHIPGATE_LEDGER_KEY) to sign a fresh checkpoint first, or --up-to-checkpoint to export only what the checkpoint covers",
        )),
        Err(e @ PlanError::NoCheckpoint) => return Err(CliError::usage(e.to_string())
            .hint("pass --key LOG.key (or set SHIPGATE_LEDGER_KEY) to sign one first, or run `shipgate ledger checkpoint --key LOG.key`")),
    };
    let summary = write_bundle(
        store.as_mut(),
        &args.out,
        &entries,
        (size, &note),
        &keys[0],
        &readme,
    )
    .map_err(|e| export_error(e, args))?;
    let (count, left_out) = (summary.exported, summary.left_out);
    if !global.quiet {
        if let Some(size) = signed {
            eprintln!("signed and stored a checkpoint at size {size}");
        }
        eprintln!(
            "exported {count} entries with proofs to {}",
            args.out.display()
        );
    }
    if left_out > 0 {
        eprintln!(
            "warning: left out {left_out} matching entries newer than the checkpoint of size {size} (--up-to-checkpoint)"
        );
    }
    Ok(ExitStatus::Success)
}

/// The bundle's README: how to check it, and what it holds.
fn readme(summary: &ExportSummary) -> String {
    let mut readme = README.to_owned();
    let _ = write!(
        readme,
        "\nExported {} entries covered by the checkpoint of size {}.\n",
        summary.exported, summary.size
    );
    if summary.left_out > 0 {
        let _ = writeln!(
            readme,
            "{} matching entries newer than that checkpoint were left out (--up-to-checkpoint).",
            summary.left_out
        );
    }
    readme
}

/// The message and hint for an export that failed.
fn export_error(e: ExportError, args: &ExportArgs) -> CliError {
    match e {
        ExportError::NotEmpty(_) => CliError::usage(e.to_string()).hint("export into a new folder"),
        ExportError::Checkpoint { source, .. } => CliError::usage(format!(
            "the latest checkpoint does not verify with `{}`: {source}",
            args.public_key.display()
        )),
        ExportError::NothingCovered { entries, size } => refused(
            format!(
                "none of the {entries} entries to export is covered by the latest checkpoint (size {size}): nothing to export"
            ),
            "pass --key LOG.key (or set SHIPGATE_LEDGER_KEY) to sign a fresh checkpoint first",
        ),
        ExportError::Store(e) | ExportError::Prove(ProveError::Store(e)) => super::store_error(&e),
        other => CliError::runtime(other.to_string()),
    }
}
