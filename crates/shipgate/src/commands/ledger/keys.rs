//! Key files: `shipgate ledger keygen`, and reading keys back.

use std::path::{Path, PathBuf};

use shipgate_ledger::note::{KeyKind, SignerKey, VerifierKey};

use crate::cli::{GlobalArgs, KeygenArgs};
use crate::exit::{CliError, ExitStatus};
use crate::output::write_output;

/// `shipgate ledger keygen`: writes NAME.key (private, mode 0600) and NAME.pub.
pub fn keygen(global: &GlobalArgs, args: &KeygenArgs) -> Result<ExitStatus, CliError> {
    let kind = if args.witness {
        KeyKind::Witness
    } else {
        KeyKind::Log
    };
    let key = SignerKey::generate(&args.name, kind).map_err(|e| CliError::usage(e.to_string()))?;
    let dir = args.out.clone().unwrap_or_else(|| PathBuf::from("."));
    std::fs::create_dir_all(&dir)
        .map_err(|e| CliError::runtime(format!("cannot create `{}`: {e}", dir.display())))?;
    let file_name = args.name.replace(['/', '\\', ':'], "_");
    let private = dir.join(format!("{file_name}.key"));
    let public = dir.join(format!("{file_name}.pub"));
    for path in [&private, &public] {
        if path.exists() {
            return Err(
                CliError::usage(format!("`{}` already exists", path.display()))
                    .hint("keys are never overwritten: move the old one away first"),
            );
        }
    }
    write_private(&private, &format!("{}\n", key.to_text()))?;
    std::fs::write(&public, format!("{}\n", key.verifier().to_text()))
        .map_err(|e| CliError::runtime(format!("cannot write `{}`: {e}", public.display())))?;
    if !global.quiet {
        eprintln!(
            "wrote {} (private: keep it secret) and {}",
            private.display(),
            public.display()
        );
    }
    write_output(global, &format!("{}\n", key.verifier().to_text()))?;
    Ok(ExitStatus::Success)
}

fn write_private(path: &Path, text: &str) -> Result<(), CliError> {
    use std::io::Write as _;
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt as _;
        options.mode(0o600);
    }
    let mut file = options
        .open(path)
        .map_err(|e| CliError::runtime(format!("cannot write `{}`: {e}", path.display())))?;
    file.write_all(text.as_bytes())
        .and_then(|()| file.sync_all())
        .map_err(|e| CliError::runtime(format!("cannot write `{}`: {e}", path.display())))
}

/// Reads a private key file.
pub fn read_signer(path: &Path) -> Result<SignerKey, CliError> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| CliError::usage(format!("cannot read the key `{}`: {e}", path.display())))?;
    SignerKey::parse(&text).map_err(|e| {
        CliError::usage(format!("`{}`: {e}", path.display()))
            .hint("pass the NAME.key file `shipgate ledger keygen` wrote")
    })
}

/// Reads public key files.
pub fn read_verifier_keys(paths: &[PathBuf]) -> Result<Vec<VerifierKey>, CliError> {
    paths
        .iter()
        .map(|path| {
            let text = std::fs::read_to_string(path).map_err(|e| {
                CliError::usage(format!(
                    "cannot read the public key `{}`: {e}",
                    path.display()
                ))
            })?;
            VerifierKey::parse(&text).map_err(|e| {
                CliError::usage(format!("`{}`: {e}", path.display()))
                    .hint("pass the NAME.pub file `shipgate ledger keygen` wrote")
            })
        })
        .collect()
}
