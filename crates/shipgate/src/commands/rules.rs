use std::fmt::Write as _;

use shipgate_report::{RuleMeta, rule_doc_markdown};

use crate::cli::{FormatArg, GlobalArgs, RuleArgs};
use crate::exit::{CliError, ExitStatus};
use crate::output::write_output;

/// Every rule of every gate, with its gate, sorted by gate then id.
pub fn all() -> Vec<(&'static str, &'static RuleMeta)> {
    let mut rules: Vec<(&str, &RuleMeta)> = shipgate_migrations::all_rules()
        .into_iter()
        .map(|r| ("migrations", r))
        .collect();
    rules.extend(
        shipgate_migrations::trace::all_rules()
            .into_iter()
            .map(|r| (shipgate_migrations::trace::GATE, r)),
    );
    rules.extend(
        shipgate_coverage::rules::all_rules()
            .into_iter()
            .map(|r| ("coverage", r)),
    );
    rules.extend(
        shipgate_vulns::rules::all_rules()
            .into_iter()
            .map(|r| ("vulns", r)),
    );
    rules.extend(
        shipgate_secrets::gate::builtin_metas()
            .iter()
            .map(|r| ("secrets", r)),
    );
    rules.push(("all", &super::finish::GATE_ERROR));
    rules.sort_by_key(|(gate, rule)| (*gate, rule.id));
    rules
}

/// `shipgate rules`: every rule with its gate, default severity and summary.
pub fn list(global: &GlobalArgs) -> Result<ExitStatus, CliError> {
    refuse_record(global, "rules")?;
    let rules = all();
    let text = match global.format {
        FormatArg::Json => {
            let items: Vec<_> = rules
                .iter()
                .map(|(gate, r)| serde_json::json!({ "id": r.id, "gate": gate, "severity": r.default_severity, "summary": r.summary }))
                .collect();
            let mut s =
                serde_json::to_string_pretty(&serde_json::json!({ "version": 1, "rules": items }))
                    .map_err(|e| CliError::runtime(e.to_string()))?;
            s.push('\n');
            s
        }
        FormatArg::Text => {
            let width = rules.iter().map(|(_, r)| r.id.len()).max().unwrap_or(0);
            let mut s = String::new();
            for (gate, r) in &rules {
                let _ = writeln!(
                    s,
                    "{:<width$}  {gate:<10}  {:<7}  {}",
                    r.id,
                    r.default_severity.as_str(),
                    r.summary
                );
            }
            s
        }
        other => {
            return Err(CliError::usage(format!(
                "`shipgate rules` writes text or json, not `{}`",
                shipgate_report::Format::from(other)
            )));
        }
    };
    write_output(global, &text)?;
    Ok(ExitStatus::Success)
}

/// `shipgate rule <id>`: the rule's documentation, from its doc comment.
pub fn show(global: &GlobalArgs, args: &RuleArgs) -> Result<ExitStatus, CliError> {
    refuse_record(global, "rule")?;
    if !matches!(global.format, FormatArg::Text | FormatArg::Json) {
        return Err(CliError::usage(format!(
            "`shipgate rule` writes text (Markdown) or json, not `{}`",
            shipgate_report::Format::from(global.format)
        )));
    }
    let Some((gate, rule)) = all().into_iter().find(|(_, r)| r.id == args.id) else {
        let close: Vec<&str> = all()
            .iter()
            .map(|(_, r)| r.id)
            .filter(|id| {
                id.contains(args.id.as_str()) || args.id.contains(id) || shares_words(id, &args.id)
            })
            .collect();
        let hint = if close.is_empty() {
            "`shipgate rules` lists every rule".to_owned()
        } else {
            format!(
                "did you mean {}?",
                close
                    .iter()
                    .map(|c| format!("`{c}`"))
                    .collect::<Vec<_>>()
                    .join(", ")
            )
        };
        return Err(CliError::usage(format!("unknown rule `{}`", args.id)).hint(hint));
    };
    let text = if global.format == FormatArg::Json {
        let value = serde_json::json!({
            "version": 1,
            "id": rule.id,
            "gate": gate,
            "summary": rule.summary,
            "severity": rule.default_severity,
            "doc": rule.doc_text(),
        });
        let mut s =
            serde_json::to_string_pretty(&value).map_err(|e| CliError::runtime(e.to_string()))?;
        s.push('\n');
        s
    } else {
        rule_doc_markdown(rule)
    };
    write_output(global, &text)?;
    Ok(ExitStatus::Success)
}

/// `--record` records gate results; listing rules has none.
fn refuse_record(global: &GlobalArgs, command: &str) -> Result<(), CliError> {
    if global.record {
        return Err(CliError::usage(format!(
            "`shipgate {command}` does not take `--record`: it records the results of gates"
        ))
        .hint("drop `--record`"));
    }
    Ok(())
}

fn shares_words(a: &str, b: &str) -> bool {
    let words: Vec<&str> = b.split('-').filter(|w| w.len() > 3).collect();
    a.split('-').any(|w| words.contains(&w))
}
