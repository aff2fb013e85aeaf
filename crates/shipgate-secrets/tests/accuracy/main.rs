//! Recall and precision on a labelled corpus generated here: random keys in
//! the real shapes of every kind the rules cover (never real keys), and the
//! look-alikes that must stay quiet, written into realistic files of a
//! Laravel, JavaScript, Python and Terraform repository between ordinary code.
//!
//! A finding counts when its severity is error or warning (notes, such as
//! test-mode keys, never fail the gate). A labelled positive is found when a
//! finding starts on its line; every other finding is a false positive.
//! Run with `--nocapture` to see the figures per kind.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a test fails by panicking"
)]

mod corpus;
mod kinds;

use std::collections::{BTreeMap, HashSet};

use corpus::corpus;

use shipgate_secrets::engine::Engine;
use shipgate_secrets::rules::{Level, RuleSet};

#[test]
fn recall_and_precision_on_the_labelled_corpus() {
    let corpus = corpus();
    let engine = Engine::new(&RuleSet::builtin().unwrap()).unwrap();
    let mut found: HashSet<(String, u32)> = HashSet::new();
    let mut false_positives: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let (mut true_findings, mut all_findings) = (0usize, 0usize);
    for (path, text) in &corpus.files {
        for hit in engine.scan(path, text.as_bytes()) {
            if hit.level == Level::Info {
                continue;
            }
            all_findings += 1;
            let key = (path.clone(), hit.line);
            if corpus.positives.contains_key(&key) {
                true_findings += 1;
                found.insert(key);
            } else {
                let category = corpus
                    .negative_lines
                    .get(&key)
                    .copied()
                    .unwrap_or("ordinary code");
                false_positives
                    .entry(format!("{category} / {}", engine.rule_id(hit.rule)))
                    .or_default()
                    .push(format!("{path}:{}: {}", hit.line, hit.context));
            }
        }
    }
    let mut per_kind: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
    for (key, kind) in &corpus.positives {
        let e = per_kind.entry(kind).or_default();
        e.1 += 1;
        if found.contains(key) {
            e.0 += 1;
        } else {
            println!("missed {kind}: {}:{}", key.0, key.1);
        }
    }
    #[expect(clippy::cast_precision_loss, reason = "counts far below 2^52")]
    let ratio = |a: usize, b: usize| a as f64 / b.max(1) as f64;
    println!("kind                      found / labelled");
    for (kind, (hit, total)) in &per_kind {
        println!("{kind:<25} {hit:>5} / {total}");
    }
    println!("negatives: {:?}", corpus.negatives);
    for (what, lines) in &false_positives {
        println!("false positive: {what}: {} e.g. {}", lines.len(), lines[0]);
    }
    let recall = ratio(found.len(), corpus.positives.len());
    let precision = ratio(true_findings, all_findings);
    println!(
        "positives {} in {} kinds, negatives {} in {} categories, files {}",
        corpus.positives.len(),
        per_kind.len(),
        corpus.negatives.values().sum::<usize>(),
        corpus.negatives.len(),
        corpus.files.len()
    );
    println!("recall {recall:.4}, precision {precision:.4}");
    assert!(per_kind.len() >= 45, "{} kinds", per_kind.len());
    assert!(recall >= 0.95, "recall {recall:.4} is below 0.95");
    assert!(precision >= 0.90, "precision {precision:.4} is below 0.90");
    for (kind, (hit, total)) in &per_kind {
        assert!(
            ratio(*hit, *total) >= 0.90,
            "{kind}: only {hit} of {total} found"
        );
    }
}
