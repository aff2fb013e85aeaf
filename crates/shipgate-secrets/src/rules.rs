//! Rules as data: the built-in rules (`rules/builtin.toml`, embedded at
//! build time) and user rules, in one TOML format, each proving itself with
//! examples that must match and negative examples that must not.

use serde::Deserialize;

/// The built-in rules' TOML.
pub const BUILTIN: &str = include_str!("../rules/builtin.toml");

/// How serious a leak of this kind is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    /// Worth knowing (test keys).
    Info,
    /// Risky.
    Warning,
    /// A live credential.
    Error,
}

/// One rule.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rule {
    /// Stable kebab-case id.
    pub id: String,
    /// What it finds.
    pub description: String,
    /// Severity of a finding.
    pub severity: Level,
    /// The pattern; capture group 1 is the secret.
    pub regex: String,
    /// At least one must appear (ignoring ASCII case) for the regex to run.
    pub keywords: Vec<String>,
    /// Minimum Shannon entropy of the secret, bits per character.
    #[serde(default)]
    pub entropy: Option<f64>,
    /// Text that must produce a finding.
    pub examples: Vec<String>,
    /// Text that must not.
    #[serde(default)]
    pub negative_examples: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    rule: Vec<Rule>,
}

/// A rule set that cannot be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RuleError {
    /// The TOML does not parse or breaks the format.
    #[error("{source_name}: {message}")]
    Format {
        /// Where the rules came from.
        source_name: String,
        /// What is wrong.
        message: String,
    },
    /// A rule's regex does not compile, or has no capture group.
    #[error("rule `{id}`: {message}")]
    Invalid {
        /// The rule.
        id: String,
        /// What is wrong.
        message: String,
    },
}

/// A set of rules.
#[derive(Debug, Clone)]
pub struct RuleSet {
    /// The rules, in file order.
    pub rules: Vec<Rule>,
}

impl RuleSet {
    /// Parses rules in the TOML format.
    pub fn parse(text: &str, source_name: &str) -> Result<Self, RuleError> {
        let file: File = toml::from_str(text).map_err(|e| RuleError::Format {
            source_name: source_name.to_owned(),
            message: e.to_string(),
        })?;
        let mut seen = std::collections::HashSet::new();
        for rule in &file.rule {
            let bad = |message: String| RuleError::Invalid {
                id: rule.id.clone(),
                message,
            };
            if !seen.insert(rule.id.clone()) {
                return Err(bad("the id is used twice".into()));
            }
            if rule.keywords.is_empty() || rule.keywords.iter().any(String::is_empty) {
                return Err(bad("needs at least one non-empty keyword".into()));
            }
            if rule.examples.is_empty() {
                return Err(bad("needs at least one example".into()));
            }
        }
        Ok(Self { rules: file.rule })
    }

    /// The built-in rules.
    pub fn builtin() -> Result<Self, RuleError> {
        Self::parse(BUILTIN, "builtin.toml")
    }

    /// Proves every rule: each example yields a finding of that rule, and no
    /// negative example yields one. Returns the failures, one line each.
    pub fn check(&self) -> Result<Vec<String>, RuleError> {
        let engine = crate::engine::Engine::new(self)?;
        let mut failures = Vec::new();
        for rule in &self.rules {
            for example in &rule.examples {
                if !engine.scan(example).iter().any(|h| h.rule == rule.id) {
                    failures.push(format!(
                        "{}: example does not match: {}",
                        rule.id,
                        crate::redact(example)
                    ));
                }
            }
            for negative in &rule.negative_examples {
                if engine.scan(negative).iter().any(|h| h.rule == rule.id) {
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

#[cfg(test)]
mod tests {
    use super::RuleSet;

    #[test]
    fn every_builtin_example_matches_and_no_negative_example_does() {
        let rules = RuleSet::builtin().unwrap();
        let failures = rules.check().unwrap();
        assert!(failures.is_empty(), "{failures:#?}");
        assert!(rules.rules.len() >= 15);
    }

    #[test]
    fn bad_rule_files_are_errors() {
        assert!(RuleSet::parse("[[rule]]\nid = 1\n", "x.toml").is_err());
        let no_group = "[[rule]]\nid = \"x\"\ndescription = \"d\"\nseverity = \"error\"\nregex = \"abc\"\nkeywords = [\"abc\"]\nexamples = [\"abc\"]\n";
        let set = RuleSet::parse(no_group, "x.toml").unwrap();
        assert!(
            crate::engine::Engine::new(&set)
                .unwrap_err()
                .to_string()
                .contains("capture group")
        );
        let bad_regex = no_group.replace("\"abc\"\nkeywords", "\"(abc\"\nkeywords");
        assert!(
            crate::engine::Engine::new(&RuleSet::parse(&bad_regex, "x.toml").unwrap()).is_err()
        );
    }
}
