//! Key files: `shipgate ledger keygen`, and reading keys back.

use std::path::{Path, PathBuf};

use shipgate_ledger::note::{KeyKind, SignerKey, VerifierKey};

use crate::cli::{GlobalArgs, KeygenArgs};
use crate::exit::{CliError, ExitStatus};
use crate::output::write_output;
use crate::workspace::current_dir;

/// `shipgate ledger keygen`: writes NAME.key (private, mode 0600) and NAME.pub.
///
/// Without `--out` the keys go to the user's key folder,
/// `$XDG_CONFIG_HOME/shipgate/keys` or `~/.config/shipgate/keys` (created
/// mode 0700), never into the current folder: a private key must not end up
/// in a repository. If that folder is itself inside a git work tree, keygen
/// refuses (exit 2). An explicit `--out` inside a git work tree is honoured,
/// with a warning.
pub fn keygen(global: &GlobalArgs, args: &KeygenArgs) -> Result<ExitStatus, CliError> {
    let kind = if args.witness {
        KeyKind::Witness
    } else {
        KeyKind::Log
    };
    let key = SignerKey::generate(&args.name, kind).map_err(|e| CliError::usage(e.to_string()))?;
    let cwd = current_dir()?;
    let dir = if let Some(out) = &args.out {
        let dir = cwd.join(out);
        if let Some(root) = git_work_tree(&dir) {
            eprintln!(
                "warning: `{}` is inside the git work tree `{}`: never commit the private key; keep keys outside the repository (such as {DEFAULT_KEY_DIR_TEXT}), or at least git-ignore them",
                out.display(),
                root.display()
            );
        }
        dir
    } else {
        let dir = default_key_dir().ok_or_else(|| {
            CliError::usage(
                "neither XDG_CONFIG_HOME nor HOME is set: there is no default folder for keys",
            )
            .hint(format!(
                "pass `--out DIR` outside the repository, such as {DEFAULT_KEY_DIR_TEXT}"
            ))
        })?;
        if let Some(root) = git_work_tree(&dir) {
            return Err(CliError::usage(format!(
                "the default key folder `{}` is inside the git work tree `{}`: a private key must not be written into a repository",
                dir.display(),
                root.display()
            ))
            .hint("pass `--out DIR` outside the repository"));
        }
        dir
    };
    create_private_dir(&dir)?;
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

/// How the default key folder is named in messages.
const DEFAULT_KEY_DIR_TEXT: &str = "~/.config/shipgate/keys";

/// `$XDG_CONFIG_HOME/shipgate/keys` (an absolute `XDG_CONFIG_HOME` only, as the
/// XDG spec says), else `$HOME/.config/shipgate/keys`.
fn default_key_dir() -> Option<PathBuf> {
    let non_empty = |name: &str| {
        std::env::var_os(name)
            .filter(|v| !v.is_empty())
            .map(PathBuf::from)
    };
    let config = non_empty("XDG_CONFIG_HOME")
        .filter(|p| p.is_absolute())
        .or_else(|| non_empty("HOME").map(|home| home.join(".config")))?;
    Some(config.join("shipgate").join("keys"))
}

/// The root of the git work tree that holds `dir` (or would, once created).
fn git_work_tree(dir: &Path) -> Option<PathBuf> {
    let dir = dir
        .ancestors()
        .find_map(|p| p.canonicalize().ok())
        .unwrap_or_else(|| dir.to_path_buf());
    dir.ancestors()
        .find(|p| p.join(".git").exists())
        .map(Path::to_path_buf)
}

/// Creates `dir` (and its missing parents) readable by the owner only.
fn create_private_dir(dir: &Path) -> Result<(), CliError> {
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt as _;
        builder.mode(0o700);
    }
    builder
        .create(dir)
        .map_err(|e| CliError::runtime(format!("cannot create `{}`: {e}", dir.display())))
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
