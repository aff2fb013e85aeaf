//! The scan engine: one Aho-Corasick pass finds the lines where a rule's
//! keyword occurs, and only that rule's regex runs, only on those lines.
//! Candidates then pass the precision checks: placeholders, documented
//! example keys, entropy, the randomness test of generic rules, allowlists.

use aho_corasick::AhoCorasick;
use globset::GlobSet;
use regex::bytes::Regex;
use sha2::{Digest, Sha256};

use crate::allow::{Allowlist, glob_set};
use shipgate_report::LineIndex;

use crate::context::{Lines, Spans};
use crate::entropy::{is_placeholder, is_text, is_written_words, looks_random, shannon};
use crate::place::{FileKind, Reason, is_minified_line, is_public_name};
use crate::redact;
use crate::rules::{Level, Rule, RuleError, RuleSet};
use crate::verify::{Verification, Verifier};

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
    /// Asks providers whether found credentials are live; `None`: never.
    verifier: Option<Verifier>,
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
    /// What the provider said, when the engine verifies (see
    /// [`Engine::verifying`]); `None` when it was not asked.
    pub verification: Option<Verification>,
}

/// A rule's match that was not reported, and why. It holds the redacted
/// form only.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dropped {
    /// Index of the rule in the engine.
    pub rule: usize,
    /// 1-based line of the match.
    pub line: u32,
    /// Why it was not reported.
    pub reason: Reason,
    /// The first four characters and the length.
    pub redacted: String,
}

/// What scanning one text found and left out.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FileScan {
    /// The secrets, sorted by position.
    pub hits: Vec<Hit>,
    /// The matches not reported for a reason of place or shape (a
    /// translation, vendored code, a code expression, a placeholder, a more
    /// specific rule), sorted by position. Values that merely do not look
    /// generated are not listed: they are most of a generic rule's matches.
    pub dropped: Vec<Dropped>,
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
            verifier: None,
        })
    }

    /// This engine, asking each finding's provider whether the credential
    /// is live, while the text is in memory: the secret itself is never kept.
    #[must_use]
    pub fn verifying(mut self, verifier: Verifier) -> Self {
        self.verifier = Some(verifier);
        self
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
    ///
    /// The work is linear in the length of `text`, whatever its shape: each
    /// rule's regex runs only in windows around its keywords' hits, windows
    /// on one line merge, and every position is found from one index.
    pub fn scan(&self, path: &str, text: &[u8]) -> Vec<Hit> {
        self.scan_explained(path, text).hits
    }

    /// [`Engine::scan`], with every match that was not reported and why:
    /// so a user can see what a generic rule judged a translation, vendored
    /// code, a code expression or a placeholder.
    pub fn scan_explained(&self, path: &str, text: &[u8]) -> FileScan {
        if self.ignores_path(path) {
            return FileScan::default();
        }
        let Some(windows) = self.windows(path, text) else {
            return FileScan::default();
        };
        let mut judged = Judged {
            file: FileKind::of(path),
            minified: std::collections::HashMap::new(),
            candidates: Vec::new(),
            dropped: Vec::new(),
            hidden: Vec::new(),
        };
        for w in &windows {
            self.search(w, text, &mut judged);
        }
        let Judged {
            mut candidates,
            mut dropped,
            hidden,
            ..
        } = judged;
        if candidates.is_empty() && dropped.is_empty() {
            return FileScan::default();
        }
        candidates.sort_by_key(|c| (c.start, c.rule));
        candidates.dedup_by_key(|c| (c.start, c.rule));
        // The most specific rule's finding wins over a generic one's on the
        // same secret: a provider's rule, then a generic rule bound to the
        // file's kind (`.env`), then the generic rule of every file.
        let rank = |c: &Candidate| self.specificity(c.rule);
        let above = |r: u8| {
            Spans::new(
                candidates
                    .iter()
                    .filter(|c| rank(c) > r)
                    .map(|c| (c.start, c.end))
                    .collect(),
            )
        };
        let above = [above(0), above(1)];
        // Per generic rank, the end of the last kept finding: of two
        // overlapping findings of the same rank, the first (then the rule
        // listed first) wins.
        let mut last_end = [None::<usize>; 2];
        let mut kept = Vec::with_capacity(candidates.len());
        for c in candidates {
            let r = rank(&c);
            if r >= SPECIFIC {
                kept.push(c);
                continue;
            }
            let r = usize::from(r);
            if above[r].overlaps(c.start, c.end) || last_end[r].is_some_and(|end| c.start < end) {
                dropped.push(Candidate {
                    reason: Some(Reason::MoreSpecificRule),
                    ..c
                });
            } else {
                last_end[r] = Some(c.end);
                kept.push(c);
            }
        }
        let candidates = kept;
        let hidden = Spans::new(hidden);
        let mut lines = Lines::new(text);
        let value = |c: &Candidate| String::from_utf8_lossy(&text[c.start..c.end]).into_owned();
        // The other half of a key pair, found in the same file: the nearest.
        let partner = |c: &Candidate| {
            let other = match self.rule_id(c.rule) {
                "aws-access-key-id" => "aws-secret-access-key",
                "aws-secret-access-key" => "aws-access-key-id",
                _ => return None,
            };
            candidates
                .iter()
                .filter(|o| self.rule_id(o.rule) == other)
                .min_by_key(|o| o.start.abs_diff(c.start))
                .map(value)
        };
        let mut hits: Vec<Hit> = candidates
            .iter()
            .map(|c| {
                let mut hit = self.hit(&mut lines, &hidden, c);
                if let Some(verifier) = &self.verifier {
                    hit.verification = Some(verifier.verify(
                        self.rule_id(c.rule),
                        &value(c),
                        partner(c).as_deref(),
                    ));
                }
                hit
            })
            .collect();
        hits.sort_by(|a, b| {
            (a.line, a.column, self.rule_id(a.rule)).cmp(&(b.line, b.column, self.rule_id(b.rule)))
        });
        // Values a generic rule found ordinary (code, words, references) are
        // most of its matches: only the other reasons are listed.
        dropped.retain(|c| c.reason != Some(Reason::NotRandom));
        dropped.sort_by_key(|c| (c.start, c.rule));
        dropped.dedup_by_key(|c| (c.start, c.rule));
        let dropped = dropped
            .into_iter()
            .map(|c| Dropped {
                rule: c.rule,
                line: lines.position(c.start).line,
                reason: c.reason.unwrap_or(Reason::NotRandom),
                redacted: redact(&String::from_utf8_lossy(&text[c.start..c.end])),
            })
            .collect();
        FileScan { hits, dropped }
    }

    /// How specific a rule is: [`SPECIFIC`] for a provider's rule, 1 for a
    /// generic rule bound to paths, 0 for a generic rule of every file.
    fn specificity(&self, rule: usize) -> u8 {
        let compiled = &self.rules[rule];
        match (compiled.rule.generic, compiled.paths.is_some()) {
            (false, _) => SPECIFIC,
            (true, true) => 1,
            (true, false) => 0,
        }
    }

    /// The windows each rule's regex runs in: around every hit of one of its
    /// keywords, within the hit's line (multi-line rules: from the hit's line
    /// on), merged per rule and line. `None` when no keyword occurs.
    fn windows(&self, path: &str, text: &[u8]) -> Option<Vec<Window>> {
        let mut hits = self.keywords.find_overlapping_iter(text).peekable();
        hits.peek()?;
        let lines = LineIndex::new(text);
        // Per rule: whether it reads this path at all.
        let mut reads: Vec<Option<bool>> = vec![None; self.rules.len()];
        let mut windows: Vec<Window> = Vec::new();
        for m in hits {
            let line = lines.line_range(text, m.start());
            let (line_start, line_end) = (line.start, line.end);
            for &r in &self.enables[m.pattern().as_usize()] {
                let compiled = &self.rules[r];
                let read = *reads[r].get_or_insert_with(|| {
                    !(compiled.paths.as_ref().is_some_and(|p| !p.is_match(path))
                        || compiled.allow.allows_path(path))
                });
                if !read {
                    continue;
                }
                windows.push(if compiled.rule.multiline {
                    Window {
                        rule: r,
                        base: line_start,
                        start: line_start,
                        end: text.len().min(line_start + MULTILINE_REACH),
                    }
                } else {
                    Window {
                        rule: r,
                        base: line_start,
                        start: m.start().saturating_sub(REACH_BEFORE).max(line_start),
                        end: line_end.min(m.end() + REACH_AFTER),
                    }
                });
            }
        }
        windows.sort_unstable_by_key(|w| (w.rule, w.base, w.start));
        let mut merged: Vec<Window> = Vec::with_capacity(windows.len());
        for w in windows {
            match merged.last_mut() {
                Some(last) if last.rule == w.rule && last.base == w.base && w.start <= last.end => {
                    last.end = last.end.max(w.end);
                }
                _ => merged.push(w),
            }
        }
        Some(merged)
    }

    /// Runs a window's rule over it, adding the candidates that pass the
    /// precision checks, the others with their reason, and every matched
    /// span to `hidden`.
    fn search(&self, w: &Window, text: &[u8], judged: &mut Judged) {
        let compiled = &self.rules[w.rule];
        // The haystack starts at the line, so `^` and look-behind classes see
        // the line as the rule was written for; the search starts at the window.
        let haystack = &text[w.base..w.end];
        let mut at = w.start - w.base;
        while at <= haystack.len() {
            let Some(caps) = compiled.regex.captures_at(haystack, at) else {
                break;
            };
            let whole = caps.get(0).map_or(at..at, |m| m.range());
            at = if whole.end > at { whole.end } else { at + 1 };
            let Some(secret) = caps.get(1) else { continue };
            let span = (w.base + secret.start(), w.base + secret.end());
            let place = Place {
                line_start: w.base,
                name: name_start(haystack, whole.start)..secret.start(),
                quoted: secret.start() > 0
                    && matches!(haystack[secret.start() - 1], b'"' | b'\'' | b'`'),
            };
            let candidate = Candidate {
                rule: w.rule,
                start: span.0,
                end: span.1,
                reason: None,
            };
            match self.judge(compiled, secret.as_bytes(), text, haystack, &place, judged) {
                Verdict::Secret => {
                    judged.hidden.push(span);
                    judged.candidates.push(candidate);
                }
                Verdict::Allowlisted => judged.hidden.push(span),
                Verdict::NotASecret(reason) => {
                    // A generic rule's non-secret is ordinary code: no need
                    // to hide it. Only the reason is kept.
                    judged.dropped.push(Candidate {
                        reason: Some(reason),
                        ..candidate
                    });
                }
            }
        }
    }

    fn judge(
        &self,
        compiled: &Compiled,
        secret: &[u8],
        text: &[u8],
        haystack: &[u8],
        place: &Place,
        judged: &mut Judged,
    ) -> Verdict {
        let value = String::from_utf8_lossy(secret);
        let rule = &compiled.rule;
        if rule.generic {
            if let Some(reason) = judged.file.excludes_generic() {
                return Verdict::NotASecret(reason);
            }
            let minified = *judged.minified.entry(place.line_start).or_insert_with(|| {
                let rest = &text[place.line_start..];
                let end = memchr_newline(rest);
                is_minified_line(&rest[..end])
            });
            if minified {
                return Verdict::NotASecret(Reason::MinifiedLine);
            }
            if is_text(&value) {
                return Verdict::NotASecret(Reason::Text);
            }
            if rule.assigned && judged.file.code && !place.quoted {
                return Verdict::NotASecret(Reason::CodeExpression);
            }
            if rule.assigned && is_public_name(&haystack[place.name.clone()]) {
                return Verdict::NotASecret(Reason::PublicName);
            }
            if is_placeholder(&value) || is_written_words(&value, judged.file.example) {
                return Verdict::NotASecret(Reason::Placeholder);
            }
        } else if is_placeholder(&value) {
            return Verdict::NotASecret(Reason::Placeholder);
        }
        // Cheapest first: most candidates of generic rules are code.
        if rule.entropy.is_some_and(|min| shannon(&value) < min)
            || (rule.generic && !looks_random(&value))
        {
            Verdict::NotASecret(Reason::NotRandom)
        } else if self.allow.allows_secret(secret) || compiled.allow.allows_secret(secret) {
            Verdict::Allowlisted
        } else {
            Verdict::Secret
        }
    }

    fn hit(&self, lines: &mut Lines<'_>, hidden: &Spans, c: &Candidate) -> Hit {
        let secret = lines.text()[c.start..c.end].to_vec();
        let value = String::from_utf8_lossy(&secret);
        let redacted = redact(&value);
        let start = lines.position(c.start);
        let end = lines.position(c.end);
        let shown = lines.context(c.start, c.end, hidden);
        Hit {
            rule: c.rule,
            level: self.rules[c.rule].rule.severity,
            line: start.line,
            column: start.column,
            end_line: end.line,
            end_column: end.column,
            digest: Sha256::digest(&secret).into(),
            context: shown.text,
            highlight: shown.highlight,
            allowed: lines.inline_reason(c.start),
            redacted,
            verification: None,
        }
    }
}

/// How far before a keyword hit a rule's match may start, in bytes.
const REACH_BEFORE: usize = 512;
/// How far after a keyword hit a rule's match may end, in bytes.
const REACH_AFTER: usize = 4096;
/// How far a multi-line rule's match (a private key block) may reach from
/// the start of its keyword's line, in bytes.
const MULTILINE_REACH: usize = 64 * 1024;

/// Where one rule's regex runs: `text[start..end]`, searched as part of the
/// haystack that begins at `base`, the start of the keyword's line.
#[derive(Debug, Clone, Copy)]
struct Window {
    rule: usize,
    base: usize,
    start: usize,
    end: usize,
}

/// What the precision checks made of a match.
enum Verdict {
    Secret,
    /// A secret the allowlists accept: not reported, and never shown either.
    Allowlisted,
    NotASecret(Reason),
}

/// The rank of a provider's (non-generic) rule; see `Engine::specificity`.
const SPECIFIC: u8 = 2;

#[derive(Debug, Clone, Copy)]
struct Candidate {
    rule: usize,
    start: usize,
    end: usize,
    /// Why it is not reported, for a dropped one.
    reason: Option<Reason>,
}

/// Where a match stands on its line (offsets into the window's haystack).
struct Place {
    /// The line's start in the text.
    line_start: usize,
    /// The name the value is assigned to, up to the value.
    name: std::ops::Range<usize>,
    /// Whether a quote opens the value: a string literal.
    quoted: bool,
}

/// The state of one file's scan.
struct Judged {
    file: FileKind,
    /// Per line start: whether the line is minified.
    minified: std::collections::HashMap<usize, bool>,
    candidates: Vec<Candidate>,
    dropped: Vec<Candidate>,
    /// Every span any rule matched, found or allowlisted: none is shown.
    hidden: Vec<(usize, usize)>,
}

/// Where the identifier that ends at `end` starts: `VAPID_PUBLIC_KEY` in
/// `VAPID_PUBLIC_KEY=`, when the match starts at `KEY`.
fn name_start(line: &[u8], end: usize) -> usize {
    let mut start = end;
    while start > 0
        && (line[start - 1].is_ascii_alphanumeric()
            || matches!(line[start - 1], b'_' | b'-' | b'.' | b'$'))
    {
        start -= 1;
    }
    start
}

/// The length of the first line of `text`, without its newline.
fn memchr_newline(text: &[u8]) -> usize {
    text.iter().position(|&b| b == b'\n').unwrap_or(text.len())
}

#[cfg(test)]
mod tests {
    use super::Engine;
    use crate::place::Reason;
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

    /// The rule ids `path` gives for `text`, and the reasons of what it dropped.
    fn judged(e: &Engine, path: &str, text: &str) -> (Vec<String>, Vec<Reason>) {
        let scan = e.scan_explained(path, text.as_bytes());
        (
            scan.hits
                .iter()
                .map(|h| e.rule_id(h.rule).to_owned())
                .collect(),
            scan.dropped.iter().map(|d| d.reason).collect(),
        )
    }

    #[test]
    fn one_secret_is_reported_once_by_the_most_specific_rule() {
        let e = engine();
        let (ids, dropped) = judged(&e, ".env", "APP_SECRET=hBR8D0gXRaLjnUDFd6kQ2\n");
        assert_eq!(ids, ["dotenv-secret"]);
        assert_eq!(dropped, [Reason::MoreSpecificRule]);
    }

    #[test]
    fn translations_are_labels_but_a_key_in_one_is_still_a_key() {
        let e = engine();
        let line = "  \"profile_oauth_client_secret\": \"Tajn\\u00e9 kl\\u00ed\\u010d\",\n";
        assert_eq!(
            judged(&e, "resources/assets/v1/src/locales/cs.json", line),
            (vec![], vec![Reason::Localisation])
        );
        // The same line elsewhere: written text, not a key.
        assert_eq!(
            judged(&e, "config/labels.json", line),
            (vec![], vec![Reason::Text])
        );
        let leak = "  \"stripe\": \"sk_live_4eC39HqLyjWDarjtT1zdp7dc4eC39HqLyj\",\n";
        assert_eq!(
            judged(&e, "resources/lang/en.json", leak).0,
            ["stripe-secret-key"]
        );
    }

    #[test]
    fn vendored_and_minified_code_is_read_by_specific_rules_only() {
        let e = engine();
        let generic = "var o={token:\"hBR8D0gXRaLjnUDFd6kQ2zT\"};\n";
        assert_eq!(judged(&e, "src/app.js", generic).0, ["generic-secret"]);
        assert_eq!(
            judged(&e, "public/js/app.min.js", generic),
            (vec![], vec![Reason::Vendored])
        );
        assert_eq!(
            judged(&e, "web/node_modules/x/index.js", generic).1,
            [Reason::Vendored]
        );
        let minified = format!("{}{generic}", "a=b;".repeat(300));
        assert_eq!(
            judged(&e, "src/app.js", &minified),
            (vec![], vec![Reason::MinifiedLine])
        );
        let leak = format!(
            "{}var k=\"sk_live_4eC39HqLyjWDarjtT1zdp7dc4eC39HqLyj\";\n",
            "a=b;".repeat(300)
        );
        assert_eq!(
            judged(&e, "public/js/app.min.js", &leak).0,
            ["stripe-secret-key"]
        );
    }

    #[test]
    fn code_expressions_are_not_values_but_literals_are() {
        let e = engine();
        for line in [
            "      var propKeys = vm.$options._propKeys || [];\n",
            "            this.matchAnyQueryToken = o.matchAnyQueryToken;\n",
            "_nativeKeys=nativeKeys$1,CancelToken=CancelToken$1;\n",
        ] {
            assert_eq!(
                judged(&e, "public/v1/js/lib/vue.js", line).0,
                Vec::<String>::new(),
                "{line}"
            );
        }
        let literal = "const apiKey = \"hdjYAxDjAa0rEYdVmswzbuIo9\";\n";
        assert_eq!(judged(&e, "src/client.js", literal).0, ["generic-secret"]);
        // In a config file an unquoted value is a value.
        assert_eq!(
            judged(
                &e,
                "deploy/app.yml",
                "client_secret: BSMh1ohLPZ9SSlAHiwyPVGvZH4k1yKuGz9E2rDOh\n"
            )
            .0,
            ["generic-secret"]
        );
        assert_eq!(
            judged(
                &e,
                "app/Http/Kernel.php",
                "'password' => 'Auth\\PasswordController',\n"
            )
            .0,
            Vec::<String>::new()
        );
    }

    #[test]
    fn public_keys_by_name_are_not_secrets() {
        let e = engine();
        let public =
            "VAPID_PUBLIC_KEY=BNcRdreALRFXTkOOUHK1EtK2wtaz5Ry4YfYCA0QTpQtUbVlUls0VJXg7A8u\n";
        assert_eq!(
            judged(&e, "docker/.env", public),
            (vec![], vec![Reason::PublicName, Reason::PublicName])
        );
        let private = "VAPID_PRIVATE_KEY=hBR8D0gXRaLjnUDFd6kQ2zTq9Wm3\n";
        assert_eq!(judged(&e, "docker/.env", private).0, ["dotenv-secret"]);
    }

    #[test]
    fn stand_ins_are_not_secrets_but_real_keys_in_examples_are() {
        let e = engine();
        for (path, line) in [
            (".env.example", "APP_KEY=SomeRandomStringOf32CharsExactly\n"),
            (".ci/.env.ci", "APP_KEY=SomeRandomStringOf32CharsExactly\n"),
            (".env.example", "MAIL_PASSWORD=MyMailServerPassword2024\n"),
        ] {
            let (ids, dropped) = judged(&e, path, line);
            assert!(ids.is_empty(), "{path}: {line}");
            assert!(
                dropped.contains(&Reason::Placeholder),
                "{path}: {dropped:?}"
            );
        }
        assert_eq!(
            judged(&e, ".env.example", "MAIL_PASSWORD=hBR8D0gXRaLjnUDFd6kQ2\n").0,
            ["dotenv-secret"]
        );
        // Words outside an example: possibly a real passphrase, reported.
        assert_eq!(
            judged(&e, ".env", "MAIL_PASSWORD=MyMailServerPassword2024\n").0,
            ["dotenv-secret"]
        );
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
