//! `shipgate ledger append`: one JSON entry, or JSON Lines, in durable batches,
//! to a local store or (`--ledger https://...`) the audit server, one
//! idempotent request per batch.

use std::io::{Read as _, Write as _};

use shipgate_ledger::entry::canonical_entry;
use shipgate_release::ledger::Ledger as _;

use crate::cli::{AppendArgs, GlobalArgs};
use crate::commands::handle::LedgerHandle;
use crate::exit::{CliError, ExitStatus};

/// One entry to append, with the input line it starts on (1-based).
struct Input {
    line: usize,
    bytes: Vec<u8>,
}

/// Validates every entry first, then appends them in batches. Each batch is
/// acknowledged on stdout (`appended A..B`) only once it is durable. Every
/// error about the input names the input line (1-based).
pub fn run(global: &GlobalArgs, args: &AppendArgs) -> Result<ExitStatus, CliError> {
    let (name, bytes) = if let Some(path) = &args.file {
        (
            path.display().to_string(),
            std::fs::read(path)
                .map_err(|e| CliError::usage(format!("cannot read `{}`: {e}", path.display())))?,
        )
    } else {
        let mut bytes = Vec::new();
        std::io::stdin()
            .read_to_end(&mut bytes)
            .map_err(|e| CliError::usage(format!("cannot read stdin: {e}")))?;
        ("stdin".to_owned(), bytes)
    };
    let text = String::from_utf8(bytes).map_err(|e| {
        let valid = &e.as_bytes()[..e.utf8_error().valid_up_to()];
        let line = valid.split(|&b| b == b'\n').count();
        CliError::usage(format!("{name}:{line}: not UTF-8 text"))
            .hint("entries are JSON, which is UTF-8")
    })?;
    let entries = parse_entries(&name, &text)?;
    if entries.is_empty() {
        return Err(CliError::usage(format!("{name}: no entries"))
            .hint("give one JSON object, or one JSON object per line"));
    }
    let location = super::resolve(global)?;
    let mut ledger = if crate::commands::remote::is_server(&location) {
        LedgerHandle::Remote(Box::new(crate::commands::remote::client(
            &location,
            "appending to",
        )?))
    } else {
        LedgerHandle::Local(super::open_location(&location)?)
    };
    let batch = usize::try_from(args.batch_size).unwrap_or(1000);
    let mut stdout = std::io::stdout().lock();
    for chunk in entries.chunks(batch) {
        let bytes: Vec<Vec<u8>> = chunk.iter().map(|e| e.bytes.clone()).collect();
        let range = ledger.append(&bytes).map_err(|e| {
            let (first, last) = (chunk[0].line, chunk[chunk.len() - 1].line);
            CliError::runtime(format!(
                "{name}:{first}: the entries of lines {first}..{last} (and any after them) were not appended: {e}"
            ))
            .hint("every entry acknowledged with `appended A..B` above is stored; append the rest again")
        })?;
        let _ = writeln!(stdout, "appended {}..{}", range.start, range.end - 1);
        let _ = stdout.flush();
    }
    Ok(ExitStatus::Success)
}

fn parse_entries(name: &str, text: &str) -> Result<Vec<Input>, CliError> {
    let trimmed = text.trim();
    // A single (possibly pretty-printed) JSON object: its first line is named.
    if trimmed.starts_with('{')
        && let Ok(value) = serde_json::from_str::<serde_json::Value>(trimmed)
    {
        let start = text.len() - text.trim_start().len();
        let line = text[..start].matches('\n').count() + 1;
        return canonical_entry(&value)
            .map(|bytes| vec![Input { line, bytes }])
            .map_err(|e| CliError::usage(format!("{name}:{line}: {e}")));
    }
    let mut entries = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let value: serde_json::Value = serde_json::from_str(line).map_err(|e| {
            CliError::usage(format!("{name}:{}: not JSON: {e}", i + 1))
                .hint("give one JSON object, or one JSON object per line")
        })?;
        entries.push(Input {
            line: i + 1,
            bytes: canonical_entry(&value)
                .map_err(|e| CliError::usage(format!("{name}:{}: {e}", i + 1)))?,
        });
    }
    Ok(entries)
}
