//! Proving rules: every example of a rule yields a finding of that rule,
//! and no negative example does.

use crate::engine::Engine;
use crate::rules::{RuleError, RuleSet};

impl RuleSet {
    /// Proves every rule: each example yields a finding of that rule, and no
    /// negative example yields one. Returns the failures, one line each.
    pub fn check(&self) -> Result<Vec<String>, RuleError> {
        let engine = Engine::new(self)?;
        let mut failures = Vec::new();
        for rule in &self.rules {
            // Path-bound rules are proven on a path they read.
            let path = rule.example_path();
            let found = |text: &str| {
                engine
                    .scan(&path, text.as_bytes())
                    .iter()
                    .any(|h| engine.rule_id(h.rule) == rule.id)
            };
            for example in &rule.examples {
                if !found(example) {
                    failures.push(format!(
                        "{}: example does not match: {}",
                        rule.id,
                        crate::redact(example)
                    ));
                }
            }
            for negative in &rule.negative_examples {
                if found(negative) {
                    failures.push(format!(
                        "{}: negative example matches: {}",
                        rule.id,
                        crate::redact(negative)
                    ));
                }
            }
        }
        Ok(failures)
    }
}
