//! `shipgate smoke`'s output: a table per part (configured checks, each Hurl
//! file) as text, or one JSON document. Durations are in JSON only, so the
//! text is the same from run to run.

use std::fmt::Write as _;

use serde_json::{Value, json};
use shipgate_hurl::run::{FileResult, Outcome};
use shipgate_release::deploy::Deployed;
use shipgate_release::smoke::{CheckResult, check_json, file_json};

use super::deploy::Rolled;
use super::render::JSON_VERSION;
use crate::cli::{FormatArg, GlobalArgs};

/// Everything a smoke run shows.
pub struct Report<'a> {
    /// The service.
    pub service: &'a str,
    /// The environment tested.
    pub environment: &'a str,
    /// The deployment the ledger says runs there.
    pub running: &'a Deployed,
    /// Whether everything passed.
    pub passed: bool,
    /// The `smoke` entry's sequence number.
    pub recorded: u64,
    /// The configured checks' results.
    pub checks: &'a [CheckResult],
    /// The Hurl files' results, secrets hidden.
    pub files: &'a [FileResult],
    /// The rollback a failure caused, if any.
    pub rollback: Option<&'a Rolled>,
}

/// The report in the chosen format.
pub fn render(global: &GlobalArgs, report: &Report<'_>) -> String {
    let outcome = if report.passed { "pass" } else { "fail" };
    if global.format == FormatArg::Json {
        let doc = json!({
            "version": JSON_VERSION,
            "action": "smoke",
            "service": report.service,
            "environment": report.environment,
            "commit": report.running.commit,
            "image": report.running.image,
            "deployment_entry": report.running.seq,
            "outcome": outcome,
            "recorded_entry": report.recorded,
            "checks": report.checks.iter().map(check_json).collect::<Vec<_>>(),
            "files": report.files.iter().map(file_json).collect::<Vec<_>>(),
            "rollback": report.rollback.map_or(Value::Null, |r| r.json.clone()),
        });
        return format!(
            "{}\n",
            serde_json::to_string_pretty(&doc).unwrap_or_default()
        );
    }
    let mut out = format!(
        "smoke test of `{}` running `{}` (deployment entry {}): {outcome}; recorded as entry {}\n",
        report.environment, report.running.image, report.running.seq, report.recorded
    );
    if !report.checks.is_empty() {
        out.push('\n');
        checks_text(&mut out, report.checks);
    }
    for file in report.files {
        out.push('\n');
        file_text(&mut out, file);
    }
    if let Some(rolled) = report.rollback {
        out.push('\n');
        out.push_str(&rolled.text);
    }
    out
}

fn checks_text(out: &mut String, checks: &[CheckResult]) {
    let width = checks
        .iter()
        .map(|r| r.name.chars().count())
        .max()
        .unwrap_or(0)
        .max("check".len());
    let _ = writeln!(out, "  {:width$}  result  status  detail", "check");
    for r in checks {
        let _ = writeln!(
            out,
            "  {:width$}  {:6}  {:6}  {}",
            r.name,
            if r.passed { "pass" } else { "FAIL" },
            r.status.map_or_else(|| "-".to_owned(), |s| s.to_string()),
            r.error.as_deref().unwrap_or(&r.url)
        );
    }
}

/// `path: pass|fail`, then one line per request and one per error under it.
fn file_text(out: &mut String, file: &FileResult) {
    let _ = writeln!(
        out,
        "  {}: {}",
        file.path,
        if file.passed() { "pass" } else { "fail" }
    );
    let _ = writeln!(out, "    entry  line  result   status  tries  request");
    for e in &file.entries {
        let result = match e.outcome {
            Outcome::Pass => "pass",
            Outcome::Fail => "FAIL",
            Outcome::NotRun => "not run",
        };
        let _ = writeln!(
            out,
            "    {:5}  {:4}  {:7}  {:6}  {:5}  {} {}",
            e.index,
            e.line,
            result,
            e.status.map_or_else(|| "-".to_owned(), |s| s.to_string()),
            e.attempts,
            e.method,
            e.url
        );
        for error in &e.errors {
            let _ = writeln!(out, "             {error}");
        }
    }
}
