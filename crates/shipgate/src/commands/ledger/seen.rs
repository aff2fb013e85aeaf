//! The last checkpoint this client saw of an audit server's log, kept so the
//! next `shipgate ledger verify --ledger https://...` can prove the server
//! neither rolled back nor forked its log since.
//!
//! One file per log, `.shipgate/checkpoints/<origin>.txt` beside the nearest
//! `shipgate.toml` (or in the current folder without one): the signed
//! checkpoint note exactly as the server served it, so it can be checked
//! again with the log's public key. `<origin>` is the checkpoint's origin
//! line with every character other than `A-Z a-z 0-9 . _ -` written `_`
//! (`audit.example/payments` is `audit.example_payments.txt`). It is
//! written only after a verification passed, and only forwards.

use std::path::{Path, PathBuf};

use shipgate_ledger::checkpoint::Checkpoint;
use shipgate_ledger::note::VerifierKey;

use crate::exit::CliError;

/// The folder of the seen checkpoints, under the project's `.shipgate/`.
pub const FOLDER: &str = ".shipgate/checkpoints";

/// The file of `origin`'s last seen checkpoint under `root`.
pub fn path(root: &Path, origin: &str) -> PathBuf {
    let name: String = origin
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-') {
                c
            } else {
                '_'
            }
        })
        .collect();
    root.join(FOLDER).join(format!("{name}.txt"))
}

/// The checkpoint seen before at `path`, verified with `keys` again; `None`
/// when there is none yet. A file that cannot be read, or that no longer
/// verifies or names another log, is a usage error: it is never ignored.
pub fn load(
    path: &Path,
    origin: &str,
    keys: &[VerifierKey],
) -> Result<Option<Checkpoint>, CliError> {
    let note = match std::fs::read_to_string(path) {
        Ok(note) => note,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => {
            return Err(CliError::usage(format!(
                "cannot read the checkpoint seen before, `{}`: {e}",
                path.display()
            )));
        }
    };
    let checkpoint = Checkpoint::open(&note, keys).map_err(|e| {
        CliError::usage(format!(
            "the checkpoint seen before, `{}`, does not verify with the given public key: {e}",
            path.display()
        ))
        .hint("pass the key the log used then; if the log's key was rotated on purpose, move the file away")
    })?;
    if checkpoint.origin != origin {
        return Err(CliError::usage(format!(
            "the checkpoint seen before, `{}`, is of the log `{}`, not `{origin}`",
            path.display(),
            checkpoint.origin
        ))
        .hint("move the file away"));
    }
    Ok(Some(checkpoint))
}

/// Keeps `note` as the last seen checkpoint at `path`, atomically.
pub fn save(path: &Path, note: &str) -> Result<(), CliError> {
    let failed = |e: std::io::Error| {
        CliError::runtime(format!(
            "cannot keep the verified checkpoint in `{}`: {e}",
            path.display()
        ))
    };
    if let Some(folder) = path.parent() {
        std::fs::create_dir_all(folder).map_err(failed)?;
    }
    let temporary = path.with_extension("txt.new");
    std::fs::write(&temporary, note).map_err(failed)?;
    std::fs::rename(&temporary, path).map_err(failed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_origin_becomes_one_file_name() {
        let root = Path::new("/repo");
        assert_eq!(
            path(root, "audit.example/payments"),
            Path::new("/repo/.shipgate/checkpoints/audit.example_payments.txt")
        );
        assert_eq!(
            path(root, "../../etc/passwd x"),
            Path::new("/repo/.shipgate/checkpoints/.._.._etc_passwd_x.txt")
        );
    }
}
