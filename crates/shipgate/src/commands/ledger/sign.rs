//! `shipgate ledger checkpoint` and `shipgate ledger cosign`.

use std::path::Path;

use shipgate_ledger::checkpoint::Checkpoint;
use shipgate_ledger::note::{KeyKind, SignerKey, add_signature};
use shipgate_ledger::store::{Store, StoreReader};
use shipgate_ledger::tree::root;

use super::keys::read_signer;
use crate::cli::{CosignArgs, GlobalArgs, KeyArgs};
use crate::exit::{CliError, ExitStatus};
use crate::output::write_output;

/// Signs the current tree head with the log key; the origin is the key's name.
pub fn checkpoint(global: &GlobalArgs, args: &KeyArgs) -> Result<ExitStatus, CliError> {
    let key = read_log_key(&args.key)?;
    let mut store = super::open(global)?;
    let (size, note) = sign_tree_head(store.as_mut(), &key)?;
    store
        .add_checkpoint(size, &note)
        .map_err(|e| super::store_error(&e))?;
    write_output(global, &note)?;
    Ok(ExitStatus::Success)
}

/// Reads a log (not witness) private key.
pub fn read_log_key(path: &Path) -> Result<SignerKey, CliError> {
    let key = read_signer(path)?;
    if key.kind != KeyKind::Log {
        return Err(CliError::usage(format!(
            "`{}` is a witness key; checkpoints are signed with the log key",
            path.display()
        )));
    }
    Ok(key)
}

/// Signs a checkpoint of the log as it is now, without storing it: `(size, note)`.
pub fn sign_tree_head(store: &mut dyn Store, key: &SignerKey) -> Result<(u64, String), CliError> {
    let size = store.size().map_err(|e| super::store_error(&e))?;
    let root = root(&mut StoreReader(store), size).map_err(|e| super::store_error(&e))?;
    let note = Checkpoint {
        origin: key.name.clone(),
        size,
        root,
    }
    .sign(key)
    .map_err(|e| CliError::runtime(e.to_string()))?;
    Ok((size, note))
}

/// Adds a witness's cosignature to a signed checkpoint and prints it.
pub fn cosign(global: &GlobalArgs, args: &CosignArgs) -> Result<ExitStatus, CliError> {
    let key = read_signer(&args.key)?;
    if key.kind != KeyKind::Witness {
        return Err(CliError::usage(format!(
            "`{}` is not a witness key: make one with `keygen --witness`",
            args.key.display()
        )));
    }
    let note = std::fs::read_to_string(&args.checkpoint).map_err(|e| {
        CliError::usage(format!("cannot read `{}`: {e}", args.checkpoint.display()))
    })?;
    Checkpoint::open(&note, &[])
        .map_err(|e| CliError::usage(format!("`{}`: {e}", args.checkpoint.display())))?;
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let cosigned = add_signature(&note, &key, now).map_err(|e| CliError::usage(e.to_string()))?;
    write_output(global, &cosigned)?;
    Ok(ExitStatus::Success)
}
