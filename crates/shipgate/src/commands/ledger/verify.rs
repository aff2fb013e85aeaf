//! `shipgate ledger verify`: the whole log, or an exported bundle. Exit 1 on any failure.

use std::fmt::Write as _;
use std::path::Path;

use serde_json::{Value, json};
use shipgate_ledger::export::{PUBLIC_KEY_FILE, verify_bundle};
use shipgate_ledger::hash::to_hex;
use shipgate_ledger::note::VerifierKey;
use shipgate_ledger::verify::{VerifyNote, verify_store};

use super::keys::read_verifier_keys;
use crate::cli::{FormatArg, GlobalArgs, VerifyArgs};
use crate::exit::{CliError, ExitStatus};
use crate::output::write_output;

/// Runs verification and prints what it found.
pub fn run(global: &GlobalArgs, args: &VerifyArgs) -> Result<ExitStatus, CliError> {
    let keys = read_verifier_keys(&args.public_keys)?;
    if let Some(dir) = &args.bundle {
        return bundle(global, dir, keys);
    }
    let trusted = args
        .trusted_checkpoints
        .iter()
        .map(|p| {
            std::fs::read_to_string(p)
                .map_err(|e| CliError::usage(format!("cannot read `{}`: {e}", p.display())))
        })
        .collect::<Result<Vec<_>, _>>()?;
    let location = super::resolve(global)?;
    if crate::commands::remote::is_server(&location) {
        return super::verify_remote::run(global, args, &keys, &location);
    }
    let mut store = super::open_location_read_only(&location)?;
    let report =
        verify_store(store.as_mut(), &keys, &trusted).map_err(|e| super::store_error(&e))?;
    let notes: Vec<String> = report.notes.iter().map(note_text).collect();
    let out = if global.format == FormatArg::Json {
        to_json(&json!({
            "version": JSON_VERSION,
            "kind": "ledger",
            "ok": report.ok(),
            "entries": report.size,
            "root": report.root.map(|r| to_hex(&r)),
            "first_bad_entry": report.problems.first().and_then(|p| p.index).map(|i| {
                json!({ "index": i, "until": report.problems[0].until })
            }),
            "problems": report.problems.iter().map(|p| json!({
                "index": p.index, "until": p.until, "message": p.message,
            })).collect::<Vec<_>>(),
            "latest_checkpoint": report.latest.as_ref().map(|cp| json!({
                "origin": cp.origin, "size": cp.size, "root": to_hex(&cp.root),
            })),
            "notes": notes,
        }))?
    } else {
        let mut out = String::new();
        if report.ok() {
            let _ = writeln!(out, "ledger verified: {} entries", report.size);
        } else {
            let first = &report.problems[0];
            match (first.index, first.until) {
                (Some(i), Some(until)) if until > i + 1 => {
                    let _ = writeln!(
                        out,
                        "ledger FAILED verification: the first bad entry is in {i}..{}",
                        until - 1
                    );
                }
                (Some(i), _) => {
                    let _ = writeln!(out, "ledger FAILED verification: first bad entry: {i}");
                }
                (None, _) => {
                    let _ = writeln!(out, "ledger FAILED verification");
                }
            }
            for p in &report.problems {
                let _ = writeln!(out, "  - {}", p.message);
            }
        }
        if let Some(cp) = &report.latest {
            let _ = writeln!(out, "latest checkpoint: {} at size {}", cp.origin, cp.size);
        }
        for note in &notes {
            let _ = writeln!(out, "note: {note}");
        }
        out
    };
    write_output(global, &out)?;
    Ok(if report.ok() {
        ExitStatus::Success
    } else {
        ExitStatus::Failure
    })
}

/// A note of the verifier, with what to do about it.
fn note_text(note: &VerifyNote) -> String {
    match note {
        VerifyNote::Unsigned => format!("{note} (pass --public-key)"),
        VerifyNote::NoCheckpoint => format!("{note}: run `shipgate ledger checkpoint`"),
        _ => note.to_string(),
    }
}

/// The version of `ledger verify --format json`.
const JSON_VERSION: u32 = 1;

fn to_json(value: &Value) -> Result<String, CliError> {
    serde_json::to_string_pretty(value)
        .map(|s| s + "\n")
        .map_err(|e| CliError::runtime(e.to_string()))
}

fn bundle(
    global: &GlobalArgs,
    dir: &Path,
    mut keys: Vec<VerifierKey>,
) -> Result<ExitStatus, CliError> {
    let mut out = String::new();
    if keys.is_empty() {
        keys = read_verifier_keys(&[dir.join(PUBLIC_KEY_FILE)])?;
        let _ = writeln!(
            out,
            "note: no --public-key given: used the bundle's own log.pub ({}); compare it with the key the log's owner gave you",
            keys[0].to_text()
        );
    }
    let report = verify_bundle(dir, &keys).map_err(|e| {
        CliError::usage(e.to_string()).hint("pass a folder written by `shipgate ledger export`")
    })?;
    let failures: Vec<String> = report.problems.iter().map(ToString::to_string).collect();
    if global.format == FormatArg::Json {
        out = to_json(&json!({
            "version": JSON_VERSION,
            "kind": "bundle",
            "ok": report.ok(),
            "entries": report.checked,
            "checkpoint": report.checkpoint.map(|c| json!({ "origin": c.origin, "size": c.size, "root": to_hex(&c.root) })),
            "signed_by": keys[0].name,
            "problems": failures.iter().map(|f| json!({ "message": f })).collect::<Vec<_>>(),
            "notes": out.lines().filter_map(|l| l.strip_prefix("note: ")).collect::<Vec<_>>(),
        }))?;
    } else if failures.is_empty() {
        let size = report.checkpoint.map(|c| c.size).unwrap_or_default();
        let _ = writeln!(
            out,
            "bundle verified: {} entries are in the log of size {size}, signed by {}",
            report.checked, keys[0].name
        );
    } else {
        let _ = writeln!(out, "bundle FAILED verification:");
        for f in &failures {
            let _ = writeln!(out, "  - {f}");
        }
    }
    write_output(global, &out)?;
    Ok(if failures.is_empty() {
        ExitStatus::Success
    } else {
        ExitStatus::Failure
    })
}
