//! A release decision as a table for people, or as versioned JSON
//! (documented in docs/release.md).

use std::fmt::Write as _;

use serde_json::{Value, json};
use shipgate_release::Decision;
use shipgate_release::identity::Identity;

use crate::cli::{FormatArg, GlobalArgs};

/// The version of the JSON document.
pub const JSON_VERSION: u32 = 1;

/// What a release command shows.
pub struct View<'a> {
    /// `status`, `approve` or `reject`.
    pub action: &'static str,
    /// The service.
    pub service: &'a str,
    /// Who asked.
    pub identity: &'a Identity,
    /// The decision.
    pub decision: &'a Decision,
    /// The sequence number of the recorded entry, if one was recorded.
    pub recorded: Option<u64>,
}

/// The view in the chosen format.
pub fn render(global: &GlobalArgs, view: &View<'_>) -> String {
    match global.format {
        FormatArg::Json => {
            let mut text = serde_json::to_string_pretty(&to_json(view)).unwrap_or_default();
            text.push('\n');
            text
        }
        _ => to_text(view),
    }
}

fn short(commit: &str) -> &str {
    commit.get(..12).unwrap_or(commit)
}

fn to_text(view: &View<'_>) -> String {
    let d = view.decision;
    let missing = d.missing().count();
    let mut out = String::new();
    let head = format!(
        "`{}` commit `{}` for `{}`",
        view.service,
        short(&d.commit),
        d.environment
    );
    let who = format!(
        "`{}` ({}, via {})",
        view.identity.id,
        if view.identity.verified {
            "verified"
        } else {
            "unverified"
        },
        view.identity.via
    );
    let verdict = match (view.action, d.allowed(), view.recorded) {
        ("status", true, _) => format!("{head}: deployable"),
        ("status", false, _) => format!("{head}: not deployable, {missing} requirement(s) missing"),
        (action, _, Some(seq)) => format!(
            "{} {head} as {who}: recorded as entry {seq}",
            match action {
                "reject" => "rejected",
                "review" => "reviewed",
                _ => "approved",
            }
        ),
        (action, _, None) => format!(
            "refused: {who} may not {action} {head}; {missing} requirement(s) missing; nothing was recorded"
        ),
    };
    let _ = writeln!(out, "{verdict}\n");
    let width = d
        .requirements
        .iter()
        .map(|r| r.id.chars().count())
        .max()
        .unwrap_or(0)
        .max("requirement".len());
    let _ = writeln!(out, "  {:width$}  {:7}  detail", "requirement", "result");
    for r in &d.requirements {
        let result = if r.met { "met" } else { "MISSING" };
        let _ = writeln!(out, "  {:width$}  {result:7}  {}", r.id, r.detail);
    }
    out.push('\n');
    match &d.range {
        Ok(range) => {
            let people: Vec<String> = range
                .people
                .iter()
                .map(|p| format!("{} <{}>", p.name, p.email))
                .collect();
            let _ = writeln!(
                out,
                "release range: {} commit(s) from {} to `{}`; authors and committers: {}",
                range.commits.len(),
                range.base.as_deref().map_or_else(
                    || "the first commit".to_owned(),
                    |b| format!("`{}`", short(b))
                ),
                short(&range.head),
                if people.is_empty() {
                    "none".to_owned()
                } else {
                    people.join(", ")
                }
            );
        }
        Err(why) => {
            let _ = writeln!(out, "release range: unknown: {why}");
        }
    }
    let relied = d.relied_on();
    if !relied.is_empty() {
        let seqs: Vec<String> = relied.iter().map(u64::to_string).collect();
        let _ = writeln!(out, "evidence relied on: entries {}", seqs.join(", "));
    }
    if d.needs_review {
        let _ = writeln!(out, "break-glass: this change needs review afterwards");
    }
    if !d.pending_reviews.is_empty() {
        let seqs: Vec<String> = d.pending_reviews.iter().map(u64::to_string).collect();
        let _ = writeln!(
            out,
            "awaiting review: break-glass approval(s) {} in `{}` (`shipgate review SEQ --comment ...`)",
            seqs.join(", "),
            d.environment
        );
    }
    let _ = writeln!(out, "policy sha256: {}", d.policy_sha256);
    out
}

fn to_json(view: &View<'_>) -> Value {
    let d = view.decision;
    let range = match &d.range {
        Ok(range) => json!({
            "base": range.base,
            "head": range.head,
            "commits": range.commits,
            "people": range.people.iter().map(|p| json!({"name": p.name, "email": p.email})).collect::<Vec<_>>(),
            "error": null,
        }),
        Err(why) => {
            json!({"base": null, "head": d.commit, "commits": null, "people": null, "error": why})
        }
    };
    json!({
        "version": JSON_VERSION,
        "action": view.action,
        "service": view.service,
        "environment": d.environment,
        "commit": d.commit,
        "identity": {
            "id": view.identity.id,
            "via": view.identity.via,
            "verified": view.identity.verified,
        },
        "allowed": d.allowed(),
        "needs_review": d.needs_review,
        "pending_reviews": d.pending_reviews,
        "recorded_entry": view.recorded,
        "policy_sha256": d.policy_sha256,
        "range": range,
        "requirements": d.requirements.iter().map(|r| json!({
            "id": r.id,
            "met": r.met,
            "detail": r.detail,
            "entries": r.entries,
        })).collect::<Vec<_>>(),
        "relied_on": d.relied_on(),
    })
}
