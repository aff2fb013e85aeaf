//! Rules as data: the built-in rules (`rules/builtin.toml`, embedded at
//! build time) and user rules, in one TOML format, each proving itself with
//! examples that must match and negative examples that must not.

use serde::Deserialize;

pub use crate::allow::AllowlistSpec;
pub use crate::error::RuleError;

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
    /// The secret must also pass the randomness test, and a specific rule's
    /// finding on the same secret wins over this rule's.
    #[serde(default)]
    pub generic: bool,
    /// The secret is the whole value assigned to the name the regex matched
    /// (`NAME = value`), not part of a larger literal such as a URL: for a
    /// generic rule, a value that is not quoted in source code is then an
    /// expression, and a name that says "public" is not a secret's.
    #[serde(default)]
    pub assigned: bool,
    /// The secret may span lines (private keys).
    #[serde(default)]
    pub multiline: bool,
    /// Globs of the only paths the rule reads; empty means every path.
    #[serde(default)]
    pub paths: Vec<String>,
    /// Values this rule ignores.
    #[serde(default)]
    pub allowlist: AllowlistSpec,
    /// Text that must produce a finding.
    pub examples: Vec<String>,
    /// Text that must not.
    #[serde(default)]
    pub negative_examples: Vec<String>,
}

impl Rule {
    /// A path the rule reads, for proving its examples: `src/example.txt`,
    /// or one its `paths` globs match.
    pub fn example_path(&self) -> String {
        self.paths.first().map_or_else(
            || "src/example.txt".to_owned(),
            |glob| glob.replace("**/", "").replace('*', "example"),
        )
    }

    /// Reads a rule from a TOML table, such as a `[[secrets.rules]]` entry.
    pub fn from_table(table: toml::Table) -> Result<Self, String> {
        Self::deserialize(toml::Value::Table(table)).map_err(|e| e.to_string())
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    #[serde(default)]
    allowlist: AllowlistSpec,
    #[serde(default)]
    rule: Vec<Rule>,
}

/// A set of rules, with the allowlist that applies to all of them.
#[derive(Debug, Clone, Default)]
pub struct RuleSet {
    /// The rules, in file order.
    pub rules: Vec<Rule>,
    /// Ignored by every rule.
    pub allowlist: AllowlistSpec,
}

impl RuleSet {
    /// Parses rules in the TOML format.
    pub fn parse(text: &str, source_name: &str) -> Result<Self, RuleError> {
        let file: File = toml::from_str(text).map_err(|e| RuleError::Format {
            source_name: source_name.to_owned(),
            message: e.to_string(),
        })?;
        let mut set = Self {
            rules: Vec::new(),
            allowlist: file.allowlist,
        };
        for rule in file.rule {
            set.add(rule)?;
        }
        Ok(set)
    }

    /// Adds a rule after checking its shape: a kebab-case id not used yet,
    /// keywords, and at least one example.
    pub fn add(&mut self, rule: Rule) -> Result<(), RuleError> {
        let bad = |message: &str| RuleError::Invalid {
            id: rule.id.clone(),
            message: message.to_owned(),
        };
        if rule.id.is_empty()
            || !rule
                .id
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        {
            return Err(bad(
                "the id must be kebab-case: lowercase letters, digits and `-`",
            ));
        }
        if self.rules.iter().any(|r| r.id == rule.id) {
            return Err(bad("the id is already used by another rule"));
        }
        if rule.keywords.is_empty() || rule.keywords.iter().any(String::is_empty) {
            return Err(bad("needs at least one non-empty keyword"));
        }
        if rule.examples.is_empty() {
            return Err(bad("needs at least one example that must match"));
        }
        if rule.entropy.is_some_and(|e| !(0.0..=8.0).contains(&e)) {
            return Err(bad("`entropy` is in bits per character, from 0 to 8"));
        }
        self.rules.push(rule);
        Ok(())
    }

    /// Drops the rules with these ids; returns the ids that named no rule.
    pub fn disable(&mut self, ids: &[String]) -> Vec<String> {
        let unknown = ids
            .iter()
            .filter(|id| !self.rules.iter().any(|r| &r.id == *id))
            .cloned()
            .collect();
        self.rules.retain(|r| !ids.contains(&r.id));
        unknown
    }

    /// The built-in rules.
    pub fn builtin() -> Result<Self, RuleError> {
        Self::parse(BUILTIN, "builtin.toml")
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
        assert!(rules.rules.len() >= 60, "{} rules", rules.rules.len());
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
