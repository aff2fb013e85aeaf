//! shipgate's secret scanner: the rule format and the scan engine.
//!
//! Rules are data ([`rules`]): each has an id, a regex whose capture group is
//! the secret, keywords that must appear for the regex to run at all, an
//! optional randomness threshold, and `examples` and `negative_examples` that
//! [`rules::RuleSet::check`] proves. The [`engine`] finds keyword hits with
//! one Aho-Corasick pass and runs only the rules whose keywords hit. Every
//! secret is [`redact`]ed before it leaves the engine: only its first four
//! characters and its length are kept.
//!
//! ```
//! let rules = shipgate_secrets::rules::RuleSet::builtin()?;
//! let engine = shipgate_secrets::engine::Engine::new(&rules)?;
//! let hits = engine.scan("app/.env", b"STRIPE_KEY = \"sk_live_4eC39HqLyjWDarjtT1zdp7dc4eC39HqLyj\"\n");
//! assert_eq!(engine.rule_id(hits[0].rule), "stripe-secret-key");
//! assert_eq!(hits[0].redacted, "sk_l… (42 characters)");
//! # Ok::<(), shipgate_secrets::rules::RuleError>(())
//! ```

pub mod allow;
pub mod baseline;
pub mod check;
pub mod config;
mod context;
pub mod engine;
pub mod entropy;
pub mod error;
pub mod gate;
pub mod history;
pub mod place;
mod prove;
pub mod rules;
pub mod scan;
pub mod target;
pub mod tree;
pub mod verify;

/// A secret as it may be shown: its first four characters and its length.
pub fn redact(secret: &str) -> String {
    let prefix: String = secret.chars().take(4).collect();
    format!("{prefix}… ({} characters)", secret.chars().count())
}

#[cfg(test)]
mod tests {
    use super::redact;

    #[test]
    fn never_more_than_four_characters() {
        assert_eq!(redact("sk_live_abcdefghijklmnop"), "sk_l… (24 characters)");
        assert_eq!(redact("ab"), "ab… (2 characters)");
        assert!(!redact("whsec_0123456789abcdef").contains("0123"));
    }
}
