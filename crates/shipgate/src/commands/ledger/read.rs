//! `shipgate ledger log` and `shipgate ledger show`.

use std::fmt::Write as _;

use serde_json::{Value, json};
use shipgate_ledger::hash::{leaf_hash, to_hex};
use shipgate_ledger::store::Store;
use shipgate_ledger::time::parse_rfc3339;

use crate::cli::{FormatArg, GlobalArgs, LogArgs, ShowArgs};
use crate::exit::{CliError, ExitStatus};
use crate::output::write_output;

const CHUNK: u64 = 10_000;

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

/// Entries matching a filter, with their sequence numbers.
pub fn matching(
    store: &mut dyn Store,
    keep: &dyn Fn(&Value) -> bool,
) -> Result<Vec<(u64, Value)>, CliError> {
    let size = store.size().map_err(|e| super::store_error(&e))?;
    let mut out = Vec::new();
    let mut start = 0;
    while start < size {
        for e in store
            .entries(start, (start + CHUNK).min(size))
            .map_err(|e| super::store_error(&e))?
        {
            let value: Value = serde_json::from_slice(&e.bytes).map_err(|_| {
                CliError::runtime(format!(
                    "entry {} is not JSON: run `shipgate ledger verify`",
                    e.seq
                ))
            })?;
            if keep(&value) {
                out.push((e.seq, value));
            }
        }
        start += CHUNK;
    }
    Ok(out)
}

/// A filter over time, environment, kind and commit.
pub fn filter(
    kind: Option<String>,
    commit: Option<String>,
    environment: Option<String>,
    since: Option<u64>,
    until: Option<u64>,
) -> impl Fn(&Value) -> bool {
    move |v: &Value| {
        let s = |k: &str| v.get(k).and_then(Value::as_str);
        let time = s("time").and_then(parse_rfc3339).unwrap_or(0);
        kind.as_deref().is_none_or(|k| s("kind") == Some(k))
            && commit
                .as_deref()
                .is_none_or(|c| s("commit").is_some_and(|x| x.starts_with(c)))
            && environment
                .as_deref()
                .is_none_or(|e| s("environment") == Some(e))
            && since.is_none_or(|t| time >= t)
            && until.is_none_or(|t| time < t)
    }
}

/// `shipgate ledger log`.
pub fn log(global: &GlobalArgs, args: &LogArgs) -> Result<ExitStatus, CliError> {
    let since = time_arg("--since", args.since.as_ref())?;
    let until = time_arg("--until", args.until.as_ref())?;
    let mut store = super::open_read_only(global)?;
    let keep = filter(
        args.kind.clone(),
        args.commit.clone(),
        args.environment.clone(),
        since,
        until,
    );
    let entries = matching(store.as_mut(), &keep)?;
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
    let mut store = super::open_read_only(global)?;
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
    let out =
        json!({ "seq": entry.seq, "leaf_hash": to_hex(&leaf_hash(&entry.bytes)), "entry": value });
    write_output(
        global,
        &format!(
            "{}\n",
            serde_json::to_string_pretty(&out).map_err(|e| CliError::runtime(e.to_string()))?
        ),
    )?;
    Ok(ExitStatus::Success)
}
