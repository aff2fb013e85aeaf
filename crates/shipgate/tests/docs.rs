//! The rule reference in `docs/rules.md` is generated from the rules' doc
//! comments. This test fails when the two drift apart; run it with
//! `SHIPGATE_BLESS=1` to regenerate the file.

#![allow(clippy::unwrap_used, reason = "a test fails by panicking")]

use std::fmt::Write as _;

fn rule_reference() -> String {
    let mut out = String::from(
        "# Rule reference\n\n<!-- Generated from the rules' doc comments by `SHIPGATE_BLESS=1 cargo test -p shipgate --test docs`. Do not edit. -->\n\n",
    );
    out.push_str("| rule | gate | default | summary |\n|---|---|---|---|\n");
    let rules = shipgate::all_rules();
    for (gate, rule) in &rules {
        let _ = writeln!(
            out,
            "| [`{0}`](#{0}) | {gate} | {1} | {2} |",
            rule.id, rule.default_severity, rule.summary
        );
    }
    for (_, rule) in &rules {
        let _ = write!(
            out,
            "\n## {}\n\nDefault severity: **{}**. {}.\n\n",
            rule.id,
            rule.default_severity,
            capitalise(rule.summary)
        );
        out.push_str(
            &rule
                .doc_text()
                .replace("\n## ", "\n### ")
                .replacen("## ", "### ", 1),
        );
        out.push('\n');
    }
    out
}

fn capitalise(s: &str) -> String {
    let mut chars = s.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().collect::<String>() + chars.as_str())
        .unwrap_or_default()
}

#[test]
fn rule_reference_is_generated_from_the_doc_comments() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../docs/rules.md");
    let generated = rule_reference();
    if std::env::var_os("SHIPGATE_BLESS").is_some() {
        std::fs::write(&path, &generated).unwrap();
    }
    let current = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        current == generated,
        "docs/rules.md is out of date: run `SHIPGATE_BLESS=1 cargo test -p shipgate --test docs`"
    );
}

#[test]
fn every_rule_documents_the_required_sections() {
    for (_, rule) in shipgate::all_rules() {
        let doc = rule.doc_text();
        for section in [
            "## What it does",
            "## Why is this bad?",
            "## Example",
            "Use instead:",
        ] {
            assert!(
                doc.contains(section),
                "rule `{}` lacks `{section}`",
                rule.id
            );
        }
        assert!(
            rule.id.chars().all(|c| c.is_ascii_lowercase() || c == '-'),
            "`{}` is not kebab-case",
            rule.id
        );
    }
}

/// The README's rule counts are those `shipgate rules` lists.
#[test]
fn the_readme_counts_the_rules_there_are() {
    let readme = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../README.md"),
    )
    .unwrap();
    let rules = shipgate::all_rules();
    let count = |gate: &str| rules.iter().filter(|(g, _)| *g == gate).count();
    for phrase in [
        format!("{} rules:", rules.len()),
        format!("{} migration rules", count("migrations")),
        format!("{} migration trace rules", count("migrations-trace")),
        format!("{} secrets rules", count("secrets")),
        format!("{} dependency/container rules", count("vulns")),
        format!("{} coverage rules", count("coverage")),
    ] {
        assert!(readme.contains(&phrase), "README.md must say `{phrase}`");
    }
}
