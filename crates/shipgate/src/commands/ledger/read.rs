//! `shipgate ledger log` and `shipgate ledger show`.

use std::fmt::Write as _;

use serde_json::{Value, json};
use shipgate_ledger::hash::{leaf_hash, to_hex};
use shipgate_ledger::query::{Query, QueryError};
use shipgate_ledger::store::Store;

use crate::cli::{FormatArg, GlobalArgs, LogArgs, ShowArgs};
use crate::commands::remote::is_server;
use crate::exit::{CliError, ExitStatus};
use crate::output::write_output;

/// Reads a `--since`/`--until` value: `YYYY-MM-DD` (midnight UTC) or
/// `YYYY-MM-DDTHH:MM:SSZ`.
pub fn parse_time(flag: &str, value: &str) -> Result<u64, CliError> {
    shipgate_ledger::time::parse_time(value).map_err(|e| {
        CliError::usage(format!("{flag} {e}")).hint(format!(
            "for example {flag} 2026-01-31 (midnight UTC) or {flag} 2026-01-31T23:00:00Z"
        ))
    })
}

fn time_arg(flag: &str, value: Option<&String>) -> Result<Option<u64>, CliError> {
    value.map(|v| parse_time(flag, v)).transpose()
}

/// Runs `query`, mapping its errors to messages.
pub fn run_query(query: &Query, store: &mut dyn Store) -> Result<Vec<(u64, Value)>, CliError> {
    query.run(store).map_err(|e| match e {
        QueryError::Store(e) => super::store_error(&e),
        e @ QueryError::NotJson { .. } => {
            CliError::runtime(format!("{e}: run `shipgate ledger verify`"))
        }
    })
}

/// `shipgate ledger log`.
pub fn log(global: &GlobalArgs, args: &LogArgs) -> Result<ExitStatus, CliError> {
    let since = time_arg("--since", args.since.as_ref())?;
    let until = time_arg("--until", args.until.as_ref())?;
    let query = Query {
        kind: args.kind.clone(),
        commit: args.commit.clone(),
        environment: args.environment.clone(),
        since,
        until,
        ..Query::default()
    };
    let location = super::resolve(global)?;
    let entries = if is_server(&location) {
        super::remote::client(&location)?
            .entries(&query)
            .map_err(crate::commands::remote::error)?
    } else {
        let mut store = super::open_location_read_only(&location)?;
        run_query(&query, store.as_mut())?
    };
    let text = match global.format {
        FormatArg::Json => {
            let items: Vec<Value> = entries
                .iter()
                .map(|(seq, e)| json!({ "seq": seq, "entry": e }))
                .collect();
            format!(
                "{}\n",
                serde_json::to_string_pretty(&json!({ "version": 1, "entries": items }))
                    .map_err(|e| CliError::runtime(e.to_string()))?
            )
        }
        FormatArg::Text => {
            let mut out = String::new();
            for (seq, e) in &entries {
                let s = |k: &str| e.get(k).and_then(Value::as_str).unwrap_or("-").to_owned();
                let commit: String = s("commit").chars().take(12).collect();
                let actor = e
                    .pointer("/actor/id")
                    .and_then(Value::as_str)
                    .unwrap_or("-");
                let summary = summary(e);
                let _ = writeln!(
                    out,
                    "{seq:>6}  {}  {:<10}  {}  {}  {commit}  {actor}  {summary}",
                    s("time"),
                    s("kind"),
                    s("service"),
                    s("environment")
                );
            }
            out
        }
        other => {
            return Err(CliError::usage(format!(
                "`shipgate ledger log` writes text or json, not `{}`",
                shipgate_report::Format::from(other)
            )));
        }
    };
    write_output(global, &text)?;
    Ok(ExitStatus::Success)
}

fn summary(entry: &Value) -> String {
    let body = entry.get("body");
    let field = |k: &str| body.and_then(|b| b.get(k)).and_then(Value::as_str);
    match (field("gate"), field("outcome")) {
        (Some(gate), Some(outcome)) => format!("{gate}: {outcome}"),
        _ => field("message")
            .or_else(|| field("reason"))
            .unwrap_or("")
            .chars()
            .take(60)
            .collect(),
    }
}

/// `shipgate ledger show`.
pub fn show(global: &GlobalArgs, args: &ShowArgs) -> Result<ExitStatus, CliError> {
    let location = super::resolve(global)?;
    if is_server(&location) {
        let client = super::remote::client(&location)?;
        let entry = super::remote::entry(&client, &location, args.seq)?;
        let bytes = shipgate_ledger::canonical::to_canonical(&entry)
            .map_err(|e| CliError::runtime(format!("entry {}: {e}", args.seq)))?;
        return write_show(global, args.seq, &bytes, &entry);
    }
    let mut store = super::open_location_read_only(&location)?;
    let Some(entry) = store
        .entries(args.seq, args.seq + 1)
        .map_err(|e| super::store_error(&e))?
        .pop()
    else {
        let size = store.size().map_err(|e| super::store_error(&e))?;
        return Err(CliError::usage(format!(
            "there is no entry {}: the ledger has {size}",
            args.seq
        )));
    };
    let value: Value = serde_json::from_slice(&entry.bytes).map_err(|_| {
        CliError::runtime(format!(
            "entry {} is not JSON: run `shipgate ledger verify`",
            args.seq
        ))
    })?;
    write_show(global, entry.seq, &entry.bytes, &value)
}

/// Writes what `shipgate ledger show` prints of entry `seq`.
fn write_show(
    global: &GlobalArgs,
    seq: u64,
    bytes: &[u8],
    value: &Value,
) -> Result<ExitStatus, CliError> {
    let out = json!({ "seq": seq, "leaf_hash": to_hex(&leaf_hash(bytes)), "entry": value });
    write_output(
        global,
        &format!(
            "{}\n",
            serde_json::to_string_pretty(&out).map_err(|e| CliError::runtime(e.to_string()))?
        ),
    )?;
    Ok(ExitStatus::Success)
}
