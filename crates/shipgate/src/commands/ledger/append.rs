//! `shipgate ledger append`: one JSON entry, or JSON Lines, in durable batches.

use std::io::{Read as _, Write as _};

use shipgate_ledger::entry::canonical_entry;

use crate::cli::{AppendArgs, GlobalArgs};
use crate::exit::{CliError, ExitStatus};

/// Validates every entry first, then appends them in batches. Each batch is
/// acknowledged on stdout (`appended A..B`) only once it is durable.
pub fn run(global: &GlobalArgs, args: &AppendArgs) -> Result<ExitStatus, CliError> {
    let (name, text) = if let Some(path) = &args.file {
        (
            path.display().to_string(),
            std::fs::read_to_string(path)
                .map_err(|e| CliError::usage(format!("cannot read `{}`: {e}", path.display())))?,
        )
    } else {
        let mut text = String::new();
        std::io::stdin()
            .read_to_string(&mut text)
            .map_err(|e| CliError::usage(format!("cannot read stdin: {e}")))?;
        ("stdin".to_owned(), text)
    };
    let entries = parse_entries(&name, &text)?;
    if entries.is_empty() {
        return Err(CliError::usage(format!("{name}: no entries")));
    }
    let mut store = super::open(global)?;
    let batch = usize::try_from(args.batch_size).unwrap_or(1000);
    let mut stdout = std::io::stdout().lock();
    for chunk in entries.chunks(batch) {
        let range = store.append(chunk).map_err(|e| super::store_error(&e))?;
        let _ = writeln!(stdout, "appended {}..{}", range.start, range.end - 1);
        let _ = stdout.flush();
    }
    Ok(ExitStatus::Success)
}

fn parse_entries(name: &str, text: &str) -> Result<Vec<Vec<u8>>, CliError> {
    let trimmed = text.trim();
    // A single (possibly pretty-printed) JSON object.
    if trimmed.starts_with('{')
        && let Ok(value) = serde_json::from_str::<serde_json::Value>(trimmed)
    {
        return canonical_entry(&value)
            .map(|e| vec![e])
            .map_err(|e| CliError::usage(format!("{name}: {e}")));
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
        entries.push(
            canonical_entry(&value)
                .map_err(|e| CliError::usage(format!("{name}:{}: {e}", i + 1)))?,
        );
    }
    Ok(entries)
}
