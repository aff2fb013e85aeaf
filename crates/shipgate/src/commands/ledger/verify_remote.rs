//! `shipgate ledger verify --ledger https://...`: the audit server's log,
//! checked from outside.
//!
//! 1. The server's latest checkpoint must verify with `--public-key`.
//! 2. It must be consistent with every earlier checkpoint this client holds:
//!    the one it saw last ([`super::seen`]) and each `--trusted-checkpoint`.
//!    A smaller size is a rollback, the same size with another root or a
//!    failing consistency proof a fork; both fail (exit 1) and say which.
//! 3. The log up to that checkpoint is exported (`GET /v1/export`) and the
//!    bundle verified offline, as `ledger verify --bundle` does: every entry
//!    must be in the tree the checkpoint signs.
//!
//! Only when everything passed is the checkpoint kept as the last seen.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use serde_json::{Value, json};
use shipgate_ledger::checkpoint::Checkpoint;
use shipgate_ledger::export::verify_bundle;
use shipgate_ledger::hash::to_hex;
use shipgate_ledger::note::VerifierKey;
use shipgate_ledger::tree::verify_consistency;
use shipgate_server::client::Client;

use super::seen;
use crate::cli::{FormatArg, GlobalArgs, VerifyArgs};
use crate::commands::remote;
use crate::exit::{CliError, ExitStatus};
use crate::output::write_output;
use crate::workspace::{current_dir, load_config};

/// An earlier checkpoint the server's log must extend, and where it came from.
struct Earlier {
    checkpoint: Checkpoint,
    from: String,
}

/// Verifies the log of the server at `url`.
pub fn run(
    global: &GlobalArgs,
    args: &VerifyArgs,
    keys: &[VerifierKey],
    url: &str,
) -> Result<ExitStatus, CliError> {
    if keys.is_empty() {
        return Err(CliError::usage(format!(
            "verifying the audit server `{url}` needs the log's public key: its checkpoints are only worth their signature"
        ))
        .hint("pass --public-key LOG.pub, the key the log's owner gave you"));
    }
    let client = super::remote::client(url)?;
    let mut earlier = trusted(args, keys)?;
    let root = load_config(global, &current_dir()?, false)?.root;
    let note = client.checkpoint().map_err(remote::error)?;
    let mut problems = Vec::new();
    let mut notes = Vec::new();
    let latest = match note.as_deref().map(|n| Checkpoint::open(n, keys)) {
        None => {
            problems.push(
                "the audit server has no signed checkpoint: nothing of its log can be verified"
                    .to_owned(),
            );
            None
        }
        Some(Err(e)) => {
            problems.push(format!(
                "the audit server's latest checkpoint does not verify with the given public key: {e}"
            ));
            None
        }
        Some(Ok(checkpoint)) => Some(checkpoint),
    };
    let mut seen_file = None;
    if let (Some(latest), Some(note)) = (&latest, &note) {
        let file = seen::path(&root, &latest.origin);
        match seen::load(&file, &latest.origin, keys)? {
            Some(checkpoint) => {
                notes.push(format!(
                    "checked against the checkpoint seen before at size {} ({})",
                    checkpoint.size,
                    shown(&file)
                ));
                earlier.push(Earlier {
                    checkpoint,
                    from: format!("the checkpoint this client saw before ({})", shown(&file)),
                });
            }
            None => notes.push(format!(
                "first verification of `{}` from here: nothing seen before to compare with; its checkpoint is kept in {}",
                latest.origin,
                shown(&file)
            )),
        }
        for before in &earlier {
            if let Err(problem) = extends(&client, before, latest)? {
                problems.push(problem);
            }
        }
        if problems.is_empty() {
            problems.extend(bundle(&client, latest, keys)?);
        }
        seen_file = Some((file, note.clone()));
    }
    let ok = problems.is_empty();
    if ok && let Some((file, note)) = &seen_file {
        seen::save(file, note)?;
    }
    let out = render(global, url, latest.as_ref(), &problems, &notes)?;
    write_output(global, &out)?;
    Ok(if ok {
        ExitStatus::Success
    } else {
        ExitStatus::Failure
    })
}

/// The `--trusted-checkpoint` files, verified with `keys`.
fn trusted(args: &VerifyArgs, keys: &[VerifierKey]) -> Result<Vec<Earlier>, CliError> {
    args.trusted_checkpoints
        .iter()
        .map(|path| {
            let note = std::fs::read_to_string(path)
                .map_err(|e| CliError::usage(format!("cannot read `{}`: {e}", path.display())))?;
            let checkpoint = Checkpoint::open(&note, keys).map_err(|e| {
                CliError::usage(format!(
                    "the trusted checkpoint `{}` does not verify with the given public key: {e}",
                    path.display()
                ))
            })?;
            Ok(Earlier {
                checkpoint,
                from: format!("the trusted checkpoint `{}`", path.display()),
            })
        })
        .collect()
}

/// Whether `latest` extends `before`: `Err(problem)` for a rollback or a
/// fork; the outer error when the server could not be asked.
fn extends(
    client: &Client,
    before: &Earlier,
    latest: &Checkpoint,
) -> Result<Result<(), String>, CliError> {
    let (old, new) = (&before.checkpoint, latest);
    if old.origin != new.origin {
        return Ok(Err(format!(
            "{} is of the log `{}`, but the server's checkpoint is of `{}`",
            before.from, old.origin, new.origin
        )));
    }
    if new.size < old.size {
        return Ok(Err(format!(
            "the audit server rolled back its log: its latest checkpoint has {} entries, fewer than the {} of {}",
            new.size, old.size, before.from
        )));
    }
    if new.size == old.size {
        return Ok(if new.root == old.root {
            Ok(())
        } else {
            Err(format!(
                "the audit server forked its log: its checkpoint of size {} has root {}, but {} has root {} at the same size",
                new.size,
                to_hex(&new.root),
                before.from,
                to_hex(&old.root)
            ))
        });
    }
    let path = client
        .consistency(old.size, new.size)
        .map_err(remote::error)?;
    Ok(
        verify_consistency(old.size, new.size, &old.root, &new.root, &path).map_err(|e| {
            format!(
                "the audit server forked its log: its checkpoint of size {} does not extend {} (size {}): the consistency proof fails: {e}",
                new.size, before.from, old.size
            )
        }),
    )
}

/// Exports the log up to `latest` into a temporary folder and verifies the
/// bundle offline; the problems found.
fn bundle(
    client: &Client,
    latest: &Checkpoint,
    keys: &[VerifierKey],
) -> Result<Vec<String>, CliError> {
    let folder = Temporary::new()?;
    let unpacked = client
        .export(&folder.0, Some(latest.size))
        .map_err(remote::error)?;
    let Some(unpacked) = unpacked else {
        return Ok(vec![
            "the audit server served a checkpoint but exports none".to_owned(),
        ]);
    };
    let report = verify_bundle(&folder.0, keys)
        .map_err(|e| CliError::runtime(format!("the audit server's export cannot be read: {e}")))?;
    let mut problems: Vec<String> = report
        .problems
        .iter()
        .map(|p| format!("the exported log: {p}"))
        .collect();
    match report.checkpoint {
        Some(exported) if exported == *latest => {}
        Some(exported) => problems.push(format!(
            "the export leads to a checkpoint of size {} and root {}, not the latest checkpoint the server served (size {}, root {})",
            exported.size,
            to_hex(&exported.root),
            latest.size,
            to_hex(&latest.root)
        )),
        None => problems.push("the export has no checkpoint".to_owned()),
    }
    if problems.is_empty() && (report.checked != latest.size || unpacked.entries != latest.size) {
        problems.push(format!(
            "the export holds {} entries, but the checkpoint signs {}",
            report.checked, latest.size
        ));
    }
    Ok(problems)
}

/// A folder under the system's temporary folder, removed when dropped.
struct Temporary(PathBuf);

impl Temporary {
    fn new() -> Result<Self, CliError> {
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.subsec_nanos());
        let path =
            std::env::temp_dir().join(format!("shipgate-verify-{}-{nanos}", std::process::id()));
        std::fs::create_dir_all(&path).map_err(|e| {
            CliError::runtime(format!(
                "cannot create the folder `{}` for the export: {e}",
                path.display()
            ))
        })?;
        Ok(Self(path))
    }
}

impl Drop for Temporary {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// A path as messages show it: relative to the current folder when inside it.
fn shown(path: &Path) -> String {
    let relative = std::env::current_dir()
        .ok()
        .and_then(|cwd| path.strip_prefix(cwd).ok().map(Path::to_path_buf));
    relative
        .unwrap_or_else(|| path.to_path_buf())
        .display()
        .to_string()
}

/// The output, in the format of `ledger verify` on a local store.
fn render(
    global: &GlobalArgs,
    url: &str,
    latest: Option<&Checkpoint>,
    problems: &[String],
    notes: &[String],
) -> Result<String, CliError> {
    let size = latest.map_or(0, |c| c.size);
    if global.format == FormatArg::Json {
        let value: Value = json!({
            "version": 1,
            "kind": "server",
            "server": url,
            "ok": problems.is_empty(),
            "entries": size,
            "root": latest.map(|c| to_hex(&c.root)),
            "problems": problems.iter().map(|p| json!({ "message": p })).collect::<Vec<_>>(),
            "latest_checkpoint": latest.map(|cp| json!({
                "origin": cp.origin, "size": cp.size, "root": to_hex(&cp.root),
            })),
            "notes": notes,
        });
        return serde_json::to_string_pretty(&value)
            .map(|s| s + "\n")
            .map_err(|e| CliError::runtime(e.to_string()));
    }
    let mut out = String::new();
    if problems.is_empty() {
        let _ = writeln!(out, "ledger verified: {size} entries on {url}");
    } else {
        let _ = writeln!(out, "ledger FAILED verification on {url}");
        for p in problems {
            let _ = writeln!(out, "  - {p}");
        }
    }
    if let Some(cp) = latest {
        let _ = writeln!(out, "latest checkpoint: {} at size {}", cp.origin, cp.size);
    }
    for note in notes {
        let _ = writeln!(out, "note: {note}");
    }
    Ok(out)
}
