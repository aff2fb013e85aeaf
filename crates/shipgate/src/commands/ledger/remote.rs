//! `shipgate ledger show`, `prove` and `export` against the audit server
//! (`--ledger https://...`): the same output as against a local store, from
//! the server's read API. What the server answers is checked before it is
//! printed: an entry against its leaf hash, a proof against its checkpoint.

use shipgate_ledger::bundle::ProofBundle;
use shipgate_ledger::checkpoint::Checkpoint;
use shipgate_ledger::hash::{leaf_hash, to_hex};
use shipgate_ledger::note::VerifierKey;
use shipgate_server::client::Client;

use crate::cli::{ExportArgs, ProveArgs};
use crate::commands::remote;
use crate::exit::{CliError, ExitStatus};

/// The client for the server at `url`, for reading.
pub fn client(url: &str) -> Result<Client, CliError> {
    remote::client(url, "reading")
}

/// Entry `seq` as `(bytes, entry)`, its leaf hash checked against the one
/// the server recorded; a usage error past the end of the log.
pub fn entry(client: &Client, url: &str, seq: u64) -> Result<serde_json::Value, CliError> {
    let Some(found) = client.entry(seq).map_err(remote::error)? else {
        return Err(CliError::usage(format!(
            "there is no entry {seq} on the audit server `{url}`"
        ))
        .hint("`shipgate ledger log` lists the entries"));
    };
    let computed = to_hex(&leaf_hash(&found.bytes));
    if computed != found.leaf_hash {
        return Err(CliError::runtime(format!(
            "the audit server's entry {seq} does not match its recorded leaf hash ({} against {computed}): run `shipgate ledger verify`",
            found.leaf_hash
        )));
    }
    Ok(found.entry)
}

/// `shipgate ledger prove SEQ [--size N]` against the server: the proof
/// the server gives, checked against the root of its checkpoint.
pub fn prove(client: &Client, args: &ProveArgs) -> Result<String, CliError> {
    let Some(inclusion) = client
        .inclusion(args.seq, args.size)
        .map_err(remote::error)?
    else {
        return Err(CliError::usage(match args.size {
            Some(size) => format!(
                "the audit server cannot prove entry {} in a log of size {size}: it has no such entry or size",
                args.seq
            ),
            None => format!(
                "the audit server cannot prove entry {}: no signed checkpoint covers it yet",
                args.seq
            ),
        })
        .hint("prove against an older size with `--size`, or wait for the server's next checkpoint"));
    };
    let Some(checkpoint) = inclusion.checkpoint else {
        return Err(CliError::usage(format!(
            "no checkpoint of size {} is stored on the audit server",
            inclusion.size
        ))
        .hint("pass the `--size` of a signed checkpoint, or leave it out for the latest"));
    };
    let proof = ProofBundle {
        index: inclusion.seq,
        path: inclusion.path,
        checkpoint,
    };
    let bytes = shipgate_ledger::canonical::to_canonical(&inclusion.entry)
        .map_err(|e| CliError::runtime(format!("entry {}: {e}", args.seq)))?;
    if inclusion.seq != args.seq {
        return Err(CliError::runtime(format!(
            "the audit server answered a proof of entry {} for entry {}",
            inclusion.seq, args.seq
        )));
    }
    proof.verify(&bytes, &[]).map_err(|e| {
        CliError::runtime(format!(
            "the audit server's proof of entry {} does not lead to its checkpoint: {e}",
            args.seq
        ))
    })?;
    Ok(proof.to_text())
}

/// `shipgate ledger export` against the server: `GET /v1/export` streamed
/// into `--out`, every entry the latest checkpoint covers. Entries newer
/// than it are refused (exit 1) unless `--up-to-checkpoint`; the server
/// signs its own checkpoints, so `--key` is refused, and so are the
/// filters, which the export route does not take.
pub fn export(
    client: &Client,
    args: &ExportArgs,
    keys: &[VerifierKey],
    quiet: bool,
) -> Result<ExitStatus, CliError> {
    let refused_flag = [
        ("--since", args.since.is_some()),
        ("--until", args.until.is_some()),
        ("--environment", args.environment.is_some()),
        ("--key (or SHIPGATE_LEDGER_KEY)", args.key.is_some()),
    ]
    .into_iter()
    .find_map(|(flag, given)| given.then_some(flag));
    if let Some(flag) = refused_flag {
        return Err(CliError::usage(format!(
            "`shipgate ledger export` from an audit server does not take {flag}: the server exports the whole log its latest checkpoint covers, and signs its own checkpoints"
        ))
        .hint("drop the flag (and unset SHIPGATE_LEDGER_KEY); filter the entries with `shipgate ledger log`"));
    }
    shipgate_ledger::export::ensure_empty(&args.out)
        .map_err(|e| CliError::usage(e.to_string()).hint("export into a new folder"))?;
    let no_checkpoint = || {
        CliError::usage(
            "the audit server has no signed checkpoint yet: nothing can be exported with proofs",
        )
        .hint("an admin signs one with `POST /v1/checkpoint`, or wait for the server's next checkpoint")
    };
    let open = |note: &str| {
        Checkpoint::open(note, keys).map_err(|e| {
            CliError::usage(format!(
                "the audit server's checkpoint does not verify with `{}`: {e}",
                args.public_key.display()
            ))
            .hint("pass the log's public key as its owner gave it to you")
        })
    };
    let note = client
        .checkpoint()
        .map_err(remote::error)?
        .ok_or_else(no_checkpoint)?;
    let size = open(&note)?.size;
    let newer = client.entry(size).map_err(remote::error)?.is_some();
    if newer && !args.up_to_checkpoint {
        return Err(CliError {
            status: ExitStatus::Failure,
            message: format!(
                "the audit server has entries newer than its latest checkpoint (size {size}): the export would leave them out"
            ),
            hint: Some("pass --up-to-checkpoint to export only what the checkpoint covers, or wait for the server's next checkpoint".to_owned()),
            at: None,
        });
    }
    let unpacked = client
        .export(&args.out, Some(size))
        .map_err(remote::error)?
        .ok_or_else(no_checkpoint)?;
    let note = std::fs::read_to_string(args.out.join(shipgate_ledger::export::CHECKPOINT_FILE))
        .map_err(|e| CliError::runtime(format!("cannot read the exported checkpoint: {e}")))?;
    open(&note)?;
    if !quiet {
        eprintln!(
            "exported {} entries with proofs to {}",
            unpacked.entries,
            args.out.display()
        );
    }
    if newer {
        eprintln!(
            "warning: left out the entries newer than the checkpoint of size {} (--up-to-checkpoint)",
            unpacked.size
        );
    }
    Ok(ExitStatus::Success)
}
