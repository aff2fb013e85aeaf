//! The scan engine: one Aho-Corasick pass finds the lines where a rule's
//! keyword occurs, and only that rule's regex runs, only on those lines.
//! Candidates then pass the precision checks: placeholders, documented
//! example keys, entropy, the randomness test of generic rules, allowlists.

use aho_corasick::AhoCorasick;
use globset::GlobSet;
use regex::bytes::Regex;
use sha2::{Digest, Sha256};

use crate::allow::{Allowlist, glob_set, inline_reason};
use crate::entropy::{is_placeholder, looks_random, shannon};
use crate::redact;
use crate::rules::{Level, Rule, RuleError, RuleSet};

#[derive(Debug)]
struct Compiled {
    rule: Rule,
    regex: Regex,
    paths: Option<GlobSet>,
    allow: Allowlist,
}

/// A compiled rule set.
#[derive(Debug)]
pub struct Engine {
    rules: Vec<Compiled>,
    keywords: AhoCorasick,
    /// For each keyword pattern, the rules it enables.
    enables: Vec<Vec<usize>>,
    allow: Allowlist,
}

/// A secret found in text. It holds the redacted form and a digest, never
/// the secret itself.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    /// Index of the rule in the engine; see [`Engine::rule`].
    pub rule: usize,
    /// Its severity.
    pub level: Level,
    /// 1-based line of the secret's first character.
    pub line: u32,
    /// 1-based column (characters) of the secret's first character.
    pub column: u32,
    /// 1-based line of the secret's last character.
    pub end_line: u32,
    /// 1-based column just past the secret, on `end_line`.
    pub end_column: u32,
    /// The first four characters and the length.
    pub redacted: String,
    /// SHA-256 of the secret, for fingerprints and baselines.
    pub digest: [u8; 32],
    /// The line, with the secret replaced by its redacted form.
    pub context: String,
    /// Where the redacted form is in `context`: first character and count.
    pub highlight: (usize, usize),
    /// The reason of a `shipgate:allow` comment on the line; empty when the
    /// comment gives none.
    pub allowed: Option<String>,
}

impl Engine {
    /// Compiles the rules and the allowlists.
    pub fn new(set: &RuleSet) -> Result<Self, RuleError> {
        let mut rules = Vec::with_capacity(set.rules.len());
        let mut patterns: Vec<String> = Vec::new();
        let mut enables: Vec<Vec<usize>> = Vec::new();
        for (i, rule) in set.rules.iter().enumerate() {
            let invalid = |message: String| RuleError::Invalid {
                id: rule.id.clone(),
                message,
            };
            // ASCII classes: `\w` and `\s` mean what they do in keys and
            // code, and the automata stay small.
            let regex = regex::bytes::RegexBuilder::new(&rule.regex)
                .unicode(false)
                .build()
                .map_err(|e| invalid(format!("the regex does not compile: {e}")))?;
            if regex.captures_len() < 2 {
                return Err(invalid(
                    "the regex needs a capture group around the secret".into(),
                ));
            }
            for keyword in &rule.keywords {
                if let Some(k) = patterns
                    .iter()
                    .position(|p| p.eq_ignore_ascii_case(keyword))
                {
                    if !enables[k].contains(&i) {
                        enables[k].push(i);
                    }
                } else {
                    patterns.push(keyword.clone());
                    enables.push(vec![i]);
                }
            }
            let paths = if rule.paths.is_empty() {
                None
            } else {
                Some(glob_set(&rule.paths).map_err(invalid)?)
            };
            rules.push(Compiled {
                rule: rule.clone(),
                regex,
                paths,
                allow: Allowlist::compile(&rule.allowlist, &rule.id)?,
            });
        }
        let keywords = AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .kind(Some(aho_corasick::AhoCorasickKind::DFA))
            .build(&patterns)
            .map_err(|e| RuleError::Format {
                source_name: "keywords".into(),
                message: e.to_string(),
            })?;
        Ok(Self {
            rules,
            keywords,
            enables,
            allow: Allowlist::compile(&set.allowlist, "allowlist")?,
        })
    }

    /// The rule a hit names.
    pub fn rule(&self, index: usize) -> &Rule {
        &self.rules[index].rule
    }

    /// The id of the rule a hit names.
    pub fn rule_id(&self, index: usize) -> &str {
        &self.rules[index].rule.id
    }

    /// The number of rules.
    pub fn rule_count(&self) -> usize {
        self.rules.len()
    }

    /// Whether the global allowlist ignores `path` entirely.
    pub fn ignores_path(&self, path: &str) -> bool {
        self.allow.allows_path(path)
    }

    /// Finds the secrets in `text`, the content of `path` (repository-relative,
    /// `/`-separated), sorted by position.
    pub fn scan(&self, path: &str, text: &[u8]) -> Vec<Hit> {
        if self.ignores_path(path) {
            return Vec::new();
        }
        let mut candidates: Vec<Candidate> = Vec::new();
        // Per rule: the end of the text already searched.
        let mut searched: Vec<usize> = Vec::new();
        let mut on_line: Vec<usize> = Vec::new();
        let mut at = 0;
        // A fast leftmost search finds the next line with a keyword; only
        // that line is searched for all its keywords, then the search goes
        // on from the next line.
        while let Some(m) = self
            .keywords
            .find(aho_corasick::Input::new(text).span(at..text.len()))
        {
            if searched.is_empty() {
                searched = vec![0; self.rules.len()];
            }
            let line_start = text[..m.start()]
                .iter()
                .rposition(|&b| b == b'\n')
                .map_or(0, |p| p + 1);
            let line_end = text[m.start()..]
                .iter()
                .position(|&b| b == b'\n')
                .map_or(text.len(), |p| m.start() + p);
            on_line.clear();
            for k in self
                .keywords
                .find_overlapping_iter(&text[line_start..line_end])
            {
                on_line.extend_from_slice(&self.enables[k.pattern().as_usize()]);
            }
            on_line.sort_unstable();
            on_line.dedup();
            for &r in &on_line {
                if searched[r] > line_start {
                    continue;
                }
                let compiled = &self.rules[r];
                if compiled.paths.as_ref().is_some_and(|p| !p.is_match(path))
                    || compiled.allow.allows_path(path)
                {
                    searched[r] = text.len();
                    continue;
                }
                if compiled.rule.multiline {
                    searched[r] = self.search(r, text, line_start, text.len(), &mut candidates);
                } else {
                    self.search(r, text, line_start, line_end, &mut candidates);
                    searched[r] = line_end + 1;
                }
            }
            at = line_end + 1;
            if at >= text.len() {
                break;
            }
        }
        if candidates.is_empty() {
            return Vec::new();
        }
        // A specific rule's finding wins over a generic rule's on the same secret.
        let specific: Vec<(usize, usize)> = candidates
            .iter()
            .filter(|c| !self.rules[c.rule].rule.generic)
            .map(|c| (c.start, c.end))
            .collect();
        candidates.retain(|c| {
            !self.rules[c.rule].rule.generic
                || !specific.iter().any(|&(s, e)| s < c.end && c.start < e)
        });
        candidates.sort_by_key(|c| (c.start, c.rule));
        candidates.dedup_by_key(|c| (c.start, c.rule));
        let lines = LineIndex::new(text);
        let mut hits: Vec<Hit> = candidates
            .into_iter()
            .map(|c| self.hit(text, &lines, &c))
            .collect();
        hits.sort_by(|a, b| {
            (a.line, a.column, self.rule_id(a.rule)).cmp(&(b.line, b.column, self.rule_id(b.rule)))
        });
        hits
    }

    /// Runs rule `r` on `text[from..to]`, adding the candidates that pass the
    /// precision checks; returns where the search stopped.
    fn search(
        &self,
        r: usize,
        text: &[u8],
        from: usize,
        to: usize,
        out: &mut Vec<Candidate>,
    ) -> usize {
        let compiled = &self.rules[r];
        let haystack = &text[from..to];
        let mut stopped = to;
        for caps in compiled.regex.captures_iter(haystack) {
            let Some(secret) = caps.get(1) else { continue };
            if self.accepts(compiled, secret.as_bytes()) {
                out.push(Candidate {
                    rule: r,
                    start: from + secret.start(),
                    end: from + secret.end(),
                });
            }
            if compiled.rule.multiline {
                stopped = from + caps.get(0).map_or(secret.end(), |m| m.end());
                break;
            }
        }
        stopped
    }

    fn accepts(&self, compiled: &Compiled, secret: &[u8]) -> bool {
        let value = String::from_utf8_lossy(secret);
        let rule = &compiled.rule;
        // Cheapest first: most candidates of generic rules are code.
        !(rule.entropy.is_some_and(|min| shannon(&value) < min)
            || (if rule.generic {
                !looks_random(&value)
            } else {
                is_placeholder(&value)
            })
            || self.allow.allows_secret(secret)
            || compiled.allow.allows_secret(secret))
    }

    fn hit(&self, text: &[u8], lines: &LineIndex, c: &Candidate) -> Hit {
        let secret = &text[c.start..c.end];
        let value = String::from_utf8_lossy(secret);
        let redacted = redact(&value);
        let (line, column, line_start) = lines.position(text, c.start);
        let (end_line, end_column, _) = lines.position(text, c.end);
        let line_end = text[line_start..]
            .iter()
            .position(|&b| b == b'\n')
            .map_or(text.len(), |p| line_start + p);
        let line_bytes = &text[line_start..line_end];
        let (context, highlight) = context_line(
            &text[line_start..c.start],
            &redacted,
            &text[c.end.min(line_end).max(c.start)..line_end],
        );
        Hit {
            rule: c.rule,
            level: self.rules[c.rule].rule.severity,
            line,
            column,
            end_line,
            end_column,
            digest: Sha256::digest(secret).into(),
            context,
            highlight,
            allowed: inline_reason(line_bytes),
            redacted,
        }
    }
}

#[derive(Debug)]
struct Candidate {
    rule: usize,
    start: usize,
    end: usize,
}

/// Byte offsets of line starts, built only for texts that have a hit.
struct LineIndex(Vec<usize>);

impl LineIndex {
    fn new(text: &[u8]) -> Self {
        let mut starts = vec![0];
        starts.extend(
            text.iter()
                .enumerate()
                .filter(|(_, b)| **b == b'\n')
                .map(|(i, _)| i + 1),
        );
        Self(starts)
    }

    /// 1-based line and character column of `offset`, and the line's start.
    fn position(&self, text: &[u8], offset: usize) -> (u32, u32, usize) {
        let index = self.0.partition_point(|&s| s <= offset).saturating_sub(1);
        let start = self.0[index];
        let column = String::from_utf8_lossy(&text[start..offset])
            .chars()
            .count()
            + 1;
        (
            u32::try_from(index + 1).unwrap_or(u32::MAX),
            u32::try_from(column).unwrap_or(u32::MAX),
            start,
        )
    }
}

/// At most this many characters of context either side of a secret.
const CONTEXT_CHARS: usize = 60;

/// The line around a secret with the secret redacted, and where the
/// redacted form is in it.
fn context_line(before: &[u8], redacted: &str, after: &[u8]) -> (String, (usize, usize)) {
    let before = String::from_utf8_lossy(before);
    let after = String::from_utf8_lossy(after);
    let before = before.trim_start();
    let skip = before.chars().count().saturating_sub(CONTEXT_CHARS);
    let mut out: String = if skip > 0 {
        "…".to_owned()
    } else {
        String::new()
    };
    out.extend(before.chars().skip(skip));
    let start = out.chars().count();
    out.push_str(redacted);
    let width = out.chars().count() - start;
    let mut tail = after.trim_end().chars();
    out.extend(tail.by_ref().take(CONTEXT_CHARS));
    if tail.next().is_some() {
        out.push('…');
    }
    (out, (start, width))
}

#[cfg(test)]
mod tests {
    use super::Engine;
    use crate::rules::RuleSet;

    fn engine() -> Engine {
        Engine::new(&RuleSet::builtin().unwrap()).unwrap()
    }

    #[test]
    fn positions_redaction_and_context() {
        let e = engine();
        let text = b"<?php\nreturn ['key' => 'sk_live_4eC39HqLyjWDarjtT1zdp7dc4eC39HqLyj'];\n";
        let hits = e.scan("config/services.php", text);
        assert_eq!(hits.len(), 1, "{hits:?}");
        let hit = &hits[0];
        assert_eq!(e.rule_id(hit.rule), "stripe-secret-key");
        assert_eq!((hit.line, hit.column, hit.end_column), (2, 19, 61));
        assert_eq!(hit.context, "return ['key' => 'sk_l… (42 characters)'];");
        assert_eq!(hit.highlight, (18, 21));
        assert!(!hit.context.contains("4eC39"));
    }

    #[test]
    fn a_specific_rule_wins_over_the_generic_one() {
        let e = engine();
        let hits = e.scan(
            "app.py",
            b"STRIPE_API_KEY = 'sk_live_4eC39HqLyjWDarjtT1zdp7dc4eC39HqLyj'\n",
        );
        let ids: Vec<&str> = hits.iter().map(|h| e.rule_id(h.rule)).collect();
        assert_eq!(ids, ["stripe-secret-key"]);
    }

    #[test]
    fn inline_allow_is_reported_on_the_hit() {
        let e = engine();
        let hits = e.scan(
            "a.env",
            b"STRIPE=sk_live_4eC39HqLyjWDarjtT1zdp7dc4eC39HqLyj # shipgate:allow revoked 2026-01-01\n",
        );
        assert_eq!(hits[0].allowed.as_deref(), Some("revoked 2026-01-01"));
    }

    #[test]
    fn multiline_keys_are_found_once_and_binary_noise_does_not_panic() {
        let e = engine();
        let key = "-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA7qY2mB9vN3kR8wT1zX5cF0gH4jK6pL2sD7aQ9eU3iO1uY8tR5wE2\nq8vT4wR7yB3nC6dF1gH5jK8lM0nP2qS4\n-----END RSA PRIVATE KEY-----\n";
        let hits = e.scan("deploy/key.pem", key.as_bytes());
        assert_eq!(hits.len(), 1);
        assert_eq!((hits[0].line, hits[0].end_line), (1, 4));
        let noise: Vec<u8> = (0..50_000u32).map(|i| (i * 7919 % 251) as u8).collect();
        let _ = e.scan("x.bin", &noise);
        let _ = e.scan("x", b"password=\xff\xfe\xfd\xfc\xfb\xfa\xf9\xf8\xf7");
    }

    #[test]
    fn path_bound_rules_read_only_their_paths() {
        let e = engine();
        let line = b"DB_PASSWORD=k9J2m5N8p1Q4r7S0t3\n";
        assert!(
            e.scan(".env", line)
                .iter()
                .any(|h| e.rule_id(h.rule) == "dotenv-secret")
        );
        assert!(
            !e.scan("notes.txt", line)
                .iter()
                .any(|h| e.rule_id(h.rule) == "dotenv-secret")
        );
    }
}
