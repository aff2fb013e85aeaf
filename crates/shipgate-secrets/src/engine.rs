//! The scan engine: one Aho-Corasick pass finds which rules' keywords occur,
//! and only those rules' regexes run.

use aho_corasick::AhoCorasick;
use regex::Regex;

use crate::entropy::{is_placeholder, shannon};
use crate::redact;
use crate::rules::{Level, RuleError, RuleSet};

#[derive(Debug)]
struct Compiled {
    id: String,
    level: Level,
    regex: Regex,
    entropy: Option<f64>,
}

/// A compiled rule set.
#[derive(Debug)]
pub struct Engine {
    rules: Vec<Compiled>,
    keywords: AhoCorasick,
    /// For each keyword pattern, the rules it enables.
    enables: Vec<Vec<usize>>,
}

/// A secret found in text. It holds only the redacted form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    /// The rule id.
    pub rule: String,
    /// Its severity.
    pub level: Level,
    /// 1-based line of the secret.
    pub line: usize,
    /// 1-based column (characters) of the secret.
    pub column: usize,
    /// The first four characters and the length.
    pub redacted: String,
}

impl Engine {
    /// Compiles the rules.
    pub fn new(set: &RuleSet) -> Result<Self, RuleError> {
        let mut rules = Vec::with_capacity(set.rules.len());
        let mut patterns = Vec::new();
        let mut enables: Vec<Vec<usize>> = Vec::new();
        for (i, rule) in set.rules.iter().enumerate() {
            let regex = Regex::new(&rule.regex).map_err(|e| RuleError::Invalid {
                id: rule.id.clone(),
                message: format!("the regex does not compile: {e}"),
            })?;
            if regex.captures_len() < 2 {
                return Err(RuleError::Invalid {
                    id: rule.id.clone(),
                    message: "the regex needs a capture group around the secret".into(),
                });
            }
            for keyword in &rule.keywords {
                if let Some(k) = patterns
                    .iter()
                    .position(|p: &String| p.eq_ignore_ascii_case(keyword))
                {
                    enables[k].push(i);
                } else {
                    patterns.push(keyword.clone());
                    enables.push(vec![i]);
                }
            }
            rules.push(Compiled {
                id: rule.id.clone(),
                level: rule.severity,
                regex,
                entropy: rule.entropy,
            });
        }
        let keywords = AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .build(&patterns)
            .map_err(|e| RuleError::Format {
                source_name: "keywords".into(),
                message: e.to_string(),
            })?;
        Ok(Self {
            rules,
            keywords,
            enables,
        })
    }

    /// Finds the secrets in `text`, sorted by position.
    pub fn scan(&self, text: &str) -> Vec<Hit> {
        let mut active = vec![false; self.rules.len()];
        for m in self.keywords.find_overlapping_iter(text) {
            for &r in &self.enables[m.pattern().as_usize()] {
                active[r] = true;
            }
        }
        let mut hits = Vec::new();
        for (rule, _) in self.rules.iter().zip(&active).filter(|(_, on)| **on) {
            for caps in rule.regex.captures_iter(text) {
                let Some(secret) = caps.get(1) else { continue };
                let value = secret.as_str();
                if is_placeholder(value) || rule.entropy.is_some_and(|min| shannon(value) < min) {
                    continue;
                }
                let before = &text[..secret.start()];
                let line = before.matches('\n').count() + 1;
                let column = before
                    .rsplit('\n')
                    .next()
                    .map_or(1, |l| l.chars().count() + 1);
                hits.push(Hit {
                    rule: rule.id.clone(),
                    level: rule.level,
                    line,
                    column,
                    redacted: redact(value),
                });
            }
        }
        hits.sort_by(|a, b| (a.line, a.column, &a.rule).cmp(&(b.line, b.column, &b.rule)));
        hits
    }
}
