//! `shipgate ledger prove` and `shipgate ledger export`.

use std::fmt::Write as _;

use serde_json::json;
use shipgate_ledger::bundle::ProofBundle;
use shipgate_ledger::canonical::to_canonical;
use shipgate_ledger::checkpoint::Checkpoint;
use shipgate_ledger::query::Query;
use shipgate_ledger::store::{Store, StoreReader};
use shipgate_ledger::tree::inclusion_proof;

use super::keys::read_verifier_keys;
use super::read::run_query;
use crate::cli::{ExportArgs, GlobalArgs, ProveArgs};
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

fn bundle(
    store: &mut dyn Store,
    seq: u64,
    size: u64,
    checkpoint: &str,
) -> Result<ProofBundle, CliError> {
    if seq >= size {
        return Err(CliError::usage(format!(
            "entry {seq} is not covered by the checkpoint of size {size}"
        ))
        .hint("sign a newer checkpoint first"));
    }
    let path =
        inclusion_proof(&mut StoreReader(store), seq, size).map_err(|e| super::store_error(&e))?;
    Ok(ProofBundle {
        index: seq,
        path,
        checkpoint: checkpoint.to_owned(),
    })
}

/// `shipgate ledger prove SEQ [--size N]`.
pub fn prove(global: &GlobalArgs, args: &ProveArgs) -> Result<ExitStatus, CliError> {
    let mut store = super::open_read_only(global)?;
    let (size, note) = stored_checkpoint(store.as_mut(), args.size)?;
    let proof = bundle(store.as_mut(), args.seq, size, &note)?;
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
    let signer = match (&args.key, args.up_to_checkpoint) {
        (Some(path), false) => Some((path, super::sign::read_log_key(path)?)),
        _ => None,
    };
    if args.out.exists() && std::fs::read_dir(&args.out).is_ok_and(|mut d| d.next().is_some()) {
        return Err(
            CliError::usage(format!("`{}` is not empty", args.out.display()))
                .hint("export into a new folder"),
        );
    }
    let mut store = super::open_read_only(global)?;
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
    let newest = entries.last().map_or(0, |(seq, _)| *seq);
    let covered = latest.as_ref().is_some_and(|(size, _)| newest < *size);
    let mut signed = None;
    let (size, note) = match (latest, signer) {
        (Some(latest), _) if covered => latest,
        (_, Some((path, key))) => {
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
        (Some(latest), None) if args.up_to_checkpoint => latest,
        (Some((size, _)), None) => {
            let left = entries.iter().filter(|(seq, _)| *seq >= size).count();
            return Err(refused(
                format!(
                    "{left} of the {} entries to export are newer than the latest checkpoint (size {size}) and would be left out",
                    entries.len()
                ),
                "pass --key LOG.key (or set SHIPGATE_LEDGER_KEY) to sign a fresh checkpoint first, or --up-to-checkpoint to export only what the checkpoint covers",
            ));
        }
        (None, None) => {
            return Err(CliError::usage("the ledger has no signed checkpoint yet")
                .hint("pass --key LOG.key (or set SHIPGATE_LEDGER_KEY) to sign one first, or run `shipgate ledger checkpoint --key LOG.key`"));
        }
    };
    Checkpoint::open(&note, &keys).map_err(|e| {
        CliError::usage(format!(
            "the latest checkpoint does not verify with `{}`: {e}",
            args.public_key.display()
        ))
    })?;
    let left_out = entries.iter().filter(|(seq, _)| *seq >= size).count();
    if left_out == entries.len() {
        return Err(refused(
            format!(
                "none of the {} entries to export is covered by the latest checkpoint (size {size}): nothing to export",
                entries.len()
            ),
            "pass --key LOG.key (or set SHIPGATE_LEDGER_KEY) to sign a fresh checkpoint first",
        ));
    }
    let proofs_dir = args.out.join("proofs");
    std::fs::create_dir_all(&proofs_dir)
        .map_err(|e| CliError::runtime(format!("cannot create `{}`: {e}", proofs_dir.display())))?;
    let mut lines = String::new();
    let mut count = 0u64;
    for (seq, entry) in entries.iter().filter(|(seq, _)| *seq < size) {
        let canonical = to_canonical(&json!({ "seq": seq, "entry": entry }))
            .map_err(|e| CliError::runtime(e.to_string()))?;
        lines.push_str(&String::from_utf8_lossy(&canonical));
        lines.push('\n');
        let proof = bundle(store.as_mut(), *seq, size, &note)?;
        write(
            &proofs_dir.join(format!("{seq}.tlog-proof")),
            &proof.to_text(),
        )?;
        count += 1;
    }
    write(&args.out.join("entries.jsonl"), &lines)?;
    write(&args.out.join("checkpoint"), &note)?;
    write(
        &args.out.join("log.pub"),
        &format!("{}\n", keys[0].to_text()),
    )?;
    let mut readme = README.to_owned();
    let _ = write!(
        readme,
        "\nExported {count} entries covered by the checkpoint of size {size}.\n"
    );
    if left_out > 0 {
        let _ = writeln!(
            readme,
            "{left_out} matching entries newer than that checkpoint were left out (--up-to-checkpoint)."
        );
    }
    write(&args.out.join("README.md"), &readme)?;
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

fn write(path: &std::path::Path, text: &str) -> Result<(), CliError> {
    std::fs::write(path, text)
        .map_err(|e| CliError::runtime(format!("cannot write `{}`: {e}", path.display())))
}
