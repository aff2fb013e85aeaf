//! Allowlists, compiled, and the inline `shipgate:allow <reason>` comment.

use globset::{Glob, GlobSet, GlobSetBuilder};
use regex::bytes::Regex;

use serde::Deserialize;

use crate::error::RuleError;

/// What an allowlist ignores: secrets matching a regex, secrets containing
/// a stopword (ignoring ASCII case), findings in paths matching a glob, and
/// exact secrets (the vendors' documented example keys).
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct AllowlistSpec {
    /// Globs of repository-relative paths.
    pub paths: Vec<String>,
    /// Regexes matched against the secret.
    pub regexes: Vec<String>,
    /// Words that mark a secret as a stand-in.
    pub stopwords: Vec<String>,
    /// Exact values.
    pub secrets: Vec<String>,
}

/// A compiled [`AllowlistSpec`].
#[derive(Debug, Clone, Default)]
pub struct Allowlist {
    paths: Option<GlobSet>,
    regexes: Vec<Regex>,
    stopwords: Vec<Vec<u8>>,
    secrets: Vec<Vec<u8>>,
}

impl Allowlist {
    /// Compiles `spec`; `owner` names where it came from in errors.
    pub fn compile(spec: &AllowlistSpec, owner: &str) -> Result<Self, RuleError> {
        let bad = |message: String| RuleError::Invalid {
            id: owner.to_owned(),
            message,
        };
        let paths = if spec.paths.is_empty() {
            None
        } else {
            Some(glob_set(&spec.paths).map_err(bad)?)
        };
        let regexes = spec
            .regexes
            .iter()
            .map(|r| {
                Regex::new(r)
                    .map_err(|e| bad(format!("allowlist regex `{r}` does not compile: {e}")))
            })
            .collect::<Result<_, _>>()?;
        Ok(Self {
            paths,
            regexes,
            stopwords: spec
                .stopwords
                .iter()
                .filter(|w| !w.is_empty())
                .map(|w| w.to_ascii_lowercase().into_bytes())
                .collect(),
            secrets: spec.secrets.iter().map(|s| s.as_bytes().to_vec()).collect(),
        })
    }

    /// Whether findings in `path` are ignored.
    pub fn allows_path(&self, path: &str) -> bool {
        self.paths.as_ref().is_some_and(|set| set.is_match(path))
    }

    /// Whether this secret is ignored.
    pub fn allows_secret(&self, secret: &[u8]) -> bool {
        self.secrets.iter().any(|s| s == secret)
            || self.regexes.iter().any(|r| r.is_match(secret))
            || (!self.stopwords.is_empty() && {
                let lower = secret.to_ascii_lowercase();
                self.stopwords
                    .iter()
                    .any(|w| lower.windows(w.len()).any(|window| window == w.as_slice()))
            })
    }
}

/// Compiles globs; an error names the glob.
pub fn glob_set(globs: &[String]) -> Result<GlobSet, String> {
    let mut builder = GlobSetBuilder::new();
    for glob in globs {
        builder.add(Glob::new(glob).map_err(|e| format!("the glob `{glob}` is invalid: {e}"))?);
    }
    builder.build().map_err(|e| e.to_string())
}

/// The marker of an inline allow comment.
pub const INLINE_MARKER: &[u8] = b"shipgate:allow";

/// The reason of a `shipgate:allow <reason>` comment on `line`: `None` when
/// there is no comment, `Some("")` when the reason is missing.
pub fn inline_reason(line: &[u8]) -> Option<String> {
    let at = line
        .windows(INLINE_MARKER.len())
        .position(|w| w == INLINE_MARKER)?;
    let rest = String::from_utf8_lossy(&line[at + INLINE_MARKER.len()..]);
    let reason = rest
        .trim()
        .trim_end_matches("*/")
        .trim_end_matches("-->")
        .trim_end_matches("#}")
        .trim();
    Some(reason.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn allowlists_match_paths_regexes_stopwords_and_exact_values() {
        let spec = AllowlistSpec {
            paths: vec!["tests/fixtures/**".into()],
            regexes: vec!["^sk_live_0+".into()],
            stopwords: vec!["Sandbox".into()],
            secrets: vec!["AKIAIOSFODNN7EXAMPLE".into()],
        };
        let allow = Allowlist::compile(&spec, "config").unwrap();
        assert!(allow.allows_path("tests/fixtures/keys.txt"));
        assert!(!allow.allows_path("src/keys.txt"));
        assert!(allow.allows_secret(b"sk_live_000000000000000000000001"));
        assert!(allow.allows_secret(b"mysandboxkey12345"));
        assert!(allow.allows_secret(b"AKIAIOSFODNN7EXAMPLE"));
        assert!(!allow.allows_secret(b"sk_live_4eC39HqLyjWDarjtT1zdp7dc"));
        let bad = AllowlistSpec {
            regexes: vec!["(".into()],
            ..AllowlistSpec::default()
        };
        assert!(
            Allowlist::compile(&bad, "config")
                .unwrap_err()
                .to_string()
                .contains("`(`")
        );
    }

    #[test]
    fn inline_comments_carry_a_reason() {
        assert_eq!(
            inline_reason(b"KEY=abc # shipgate:allow rotated on 2026-01-02").as_deref(),
            Some("rotated on 2026-01-02")
        );
        assert_eq!(
            inline_reason(b"$k = 'x'; /* shipgate:allow test fixture */").as_deref(),
            Some("test fixture")
        );
        assert_eq!(
            inline_reason(b"KEY=abc // shipgate:allow").as_deref(),
            Some("")
        );
        assert_eq!(inline_reason(b"KEY=abc"), None);
    }
}
