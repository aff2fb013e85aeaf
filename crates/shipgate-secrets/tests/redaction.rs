//! No output shows more of a secret than its first four characters: lines
//! holding one to five secrets of mixed kinds, scanned and rendered in every
//! format, never carry any eight characters of a secret past its first four.

#![allow(
    clippy::unwrap_used,
    clippy::cast_possible_truncation,
    clippy::format_push_string,
    clippy::format_collect,
    reason = "test helpers: a failure panics, and the generators stay simple"
)]

use std::sync::LazyLock;

use proptest::prelude::*;
use shipgate_report::{Format, RenderOptions, RuleMeta, render};
use shipgate_secrets::engine::Engine;
use shipgate_secrets::gate::{GateOptions, TestKeys, metas_of, report};
use shipgate_secrets::rules::RuleSet;
use shipgate_secrets::scan::{Found, ScanOutcome};

/// A random-looking value of `len` characters from `alphabet`, made from
/// `seed`.
fn random(seed: u64, len: usize, alphabet: &[u8]) -> String {
    let mut state = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
    (0..len)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            alphabet[usize::try_from(state % alphabet.len() as u64).unwrap_or(0)] as char
        })
        .collect()
}

/// Without `k`, `u` and `x`, no value spells the short placeholder words
/// (`Fake`, `Your`, `xxxxx`, `dummy`), which a random key of this length
/// holds about once in a million; the longer ones (`sample`, `insert`) are
/// rarer still. What is tested here is redaction, so every value must be
/// found: which values are placeholders is tested in `entropy.rs`.
const ALNUM: &[u8] = b"abcdefghijmnopqrstvwyzABCDEFGHJLMNPQRSTVWYZ23456789";
const BASE32: &[u8] = b"ABCDEFGHIJLMNOPQRSTVWYZ234567";

/// One secret of a kind the built-in rules find: the text before it on the
/// line, the secret, and the text after it.
fn secret(kind: u8, seed: u64) -> (String, String, String) {
    let (before, secret, after) = match kind % 5 {
        0 => (
            "STRIPE=",
            format!("sk_live_{}", random(seed, 32, ALNUM)),
            "",
        ),
        1 => ("AWS=", format!("AKIA{}", random(seed, 16, BASE32)), ""),
        2 => ("GH=", format!("ghp_{}", random(seed, 36, ALNUM)), ""),
        3 => (
            "password=\"",
            format!("Zq9{}", random(seed, 24, ALNUM)),
            "\";",
        ),
        _ => (
            "db=postgres://app:",
            format!("P4s{}", random(seed, 20, ALNUM)),
            "@db.internal:5432/ledger",
        ),
    };
    (before.to_owned(), secret, after.to_owned())
}

fn line() -> impl Strategy<Value = Vec<(String, String, String)>> {
    proptest::collection::vec((any::<u8>(), any::<u64>()), 1..=5).prop_map(|kinds| {
        kinds
            .into_iter()
            .map(|(kind, seed)| secret(kind, seed))
            .collect()
    })
}

/// The rules, compiled once for every case.
static RULES: LazyLock<(Engine, Vec<RuleMeta>)> = LazyLock::new(|| {
    let set = RuleSet::builtin().unwrap();
    (Engine::new(&set).unwrap(), metas_of(&set, |_| true))
});

fn outputs(text: &str) -> Vec<String> {
    let (engine, metas) = &*RULES;
    let hits = engine.scan(".env.production", text.as_bytes());
    let outcome = ScanOutcome {
        found: hits
            .into_iter()
            .map(|hit| Found {
                path: ".env.production".into(),
                commit: None,
                hit,
            })
            .collect(),
        ..ScanOutcome::default()
    };
    let gate = report(
        engine,
        metas,
        &outcome,
        &GateOptions {
            test_keys: TestKeys::Info,
            baseline: None,
            tool_version: "0",
            generated_at: "2026-01-01T00:00:00",
            format_time: |_| "2026-01-01T00:00:00Z".into(),
            unreadable: shipgate_report::Severity::Error,
            incomplete_history: shipgate_report::Severity::Error,
            refused_are_warnings: false,
            require_files: false,
        },
    );
    assert!(!gate.findings.is_empty(), "no secret found in {text}");
    Format::ALL
        .iter()
        .map(|&format| {
            render(
                format,
                std::slice::from_ref(&gate),
                &RenderOptions {
                    color: false,
                    overall: true,
                    summary_only: false,
                },
            )
            .unwrap()
        })
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, ..ProptestConfig::default() })]

    #[test]
    fn no_format_shows_more_than_four_characters_of_any_secret(secrets in line()) {
        let text: String = secrets
            .iter()
            .map(|(before, secret, after)| format!("{before}{secret}{after} "))
            .collect::<String>()
            + "\n";
        for output in outputs(&text) {
            for (_, secret, _) in &secrets {
                for i in 1..=secret.len() - 8 {
                    let part = &secret[i..i + 8];
                    prop_assert!(!output.contains(part), "`{part}` of `{secret}` shown in:\n{output}");
                }
            }
        }
    }
}
