//! The baseline: secrets known and accepted, keyed by rule and a salted hash
//! of the secret, never by line, so a secret that moves stays accepted and a
//! new secret on an accepted line is still found.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

/// The baseline format version.
pub const BASELINE_VERSION: u32 = 1;

/// A baseline file that cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum BaselineError {
    /// Cannot be read.
    #[error("cannot read the baseline `{path}`: {message}")]
    Read {
        /// The file.
        path: String,
        /// Why.
        message: String,
    },
    /// Not a baseline this version understands.
    #[error("`{path}` is not a shipgate secrets baseline: {message}")]
    Format {
        /// The file.
        path: String,
        /// What is wrong.
        message: String,
    },
    /// No randomness for a salt.
    #[error("cannot make a salt for the baseline: {0}")]
    Salt(String),
}

/// One accepted secret.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    /// The rule that found it.
    pub rule: String,
    /// Hex SHA-256 of the salt and the secret's SHA-256.
    pub hash: String,
    /// Where it was when the baseline was written; for people, not matching.
    pub path: String,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    version: u32,
    salt: String,
    secrets: Vec<Entry>,
}

/// A loaded or new baseline.
#[derive(Debug, Clone)]
pub struct Baseline {
    salt: Vec<u8>,
    entries: BTreeMap<(String, String), Entry>,
}

impl Baseline {
    /// An empty baseline with a fresh random salt.
    pub fn new() -> Result<Self, BaselineError> {
        let mut salt = vec![0u8; 16];
        getrandom::getrandom(&mut salt).map_err(|e| BaselineError::Salt(e.to_string()))?;
        Ok(Self {
            salt,
            entries: BTreeMap::new(),
        })
    }

    /// An empty baseline that keeps this one's salt, so that rewriting it
    /// changes only the entries that changed.
    #[must_use]
    pub fn emptied(&self) -> Self {
        Self {
            salt: self.salt.clone(),
            entries: BTreeMap::new(),
        }
    }

    /// Reads a baseline file.
    pub fn load(path: &Path) -> Result<Self, BaselineError> {
        let shown = path.display().to_string();
        let text = std::fs::read_to_string(path).map_err(|e| BaselineError::Read {
            path: shown.clone(),
            message: e.to_string(),
        })?;
        let format = |message: String| BaselineError::Format {
            path: shown.clone(),
            message,
        };
        let file: File = serde_json::from_str(&text).map_err(|e| format(e.to_string()))?;
        if file.version != BASELINE_VERSION {
            return Err(format(format!(
                "version {} is not supported; this shipgate writes version {BASELINE_VERSION}",
                file.version
            )));
        }
        let salt = from_hex(&file.salt).ok_or_else(|| format("`salt` is not hex".into()))?;
        let mut entries = BTreeMap::new();
        for entry in file.secrets {
            if entry.hash.len() != 64 || from_hex(&entry.hash).is_none() {
                return Err(format(format!(
                    "the entry for `{}` has a `hash` that is not 64 hex digits",
                    entry.rule
                )));
            }
            entries.insert((entry.rule.clone(), entry.hash.clone()), entry);
        }
        Ok(Self { salt, entries })
    }

    /// The key of a secret: hex SHA-256 of the salt and the secret's digest.
    fn hash(&self, digest: &[u8; 32]) -> String {
        let mut hasher = Sha256::new();
        hasher.update(&self.salt);
        hasher.update(digest);
        to_hex(&hasher.finalize())
    }

    /// Whether the secret with this digest, found by `rule`, is accepted.
    pub fn contains(&self, rule: &str, digest: &[u8; 32]) -> bool {
        self.entries
            .contains_key(&(rule.to_owned(), self.hash(digest)))
    }

    /// Accepts a secret.
    pub fn insert(&mut self, rule: &str, digest: &[u8; 32], path: &str) {
        let hash = self.hash(digest);
        self.entries
            .entry((rule.to_owned(), hash.clone()))
            .or_insert_with(|| Entry {
                rule: rule.to_owned(),
                hash,
                path: path.to_owned(),
            });
    }

    /// The number of accepted secrets.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether it accepts nothing.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The file's JSON, entries sorted by rule and hash.
    pub fn to_json(&self) -> String {
        let file = File {
            version: BASELINE_VERSION,
            salt: to_hex(&self.salt),
            secrets: self.entries.values().cloned().collect(),
        };
        let mut text = serde_json::to_string_pretty(&file).unwrap_or_default();
        text.push('\n');
        text
    }
}

/// Lowercase hex.
pub fn to_hex(bytes: &[u8]) -> String {
    bytes
        .iter()
        .fold(String::with_capacity(bytes.len() * 2), |mut s, b| {
            let _ = write!(s, "{b:02x}");
            s
        })
}

fn from_hex(text: &str) -> Option<Vec<u8>> {
    if !text.len().is_multiple_of(2) {
        return None;
    }
    (0..text.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(text.get(i..i + 2)?, 16).ok())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::Baseline;

    #[test]
    fn keyed_by_rule_and_salted_hash_and_round_trips() {
        let mut baseline = Baseline::new().unwrap();
        let digest = [7u8; 32];
        baseline.insert("stripe-secret-key", &digest, "config/app.php");
        assert!(baseline.contains("stripe-secret-key", &digest));
        assert!(!baseline.contains("github-token", &digest));
        assert!(!baseline.contains("stripe-secret-key", &[8u8; 32]));
        let json = baseline.to_json();
        assert!(
            !json.contains(&super::to_hex(&digest)),
            "the unsalted digest must not be stored"
        );
        let dir = std::env::temp_dir().join(format!("sg-baseline-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("b.json");
        std::fs::write(&path, &json).unwrap();
        let loaded = Baseline::load(&path).unwrap();
        assert!(loaded.contains("stripe-secret-key", &digest));
        assert_eq!(loaded.to_json(), json);
        // Another baseline's salt gives other keys.
        let other = Baseline::new().unwrap();
        assert_ne!(other.hash(&digest), baseline.hash(&digest));
        std::fs::write(&path, "{\"version\": 9, \"salt\": \"00\", \"secrets\": []}").unwrap();
        assert!(
            Baseline::load(&path)
                .unwrap_err()
                .to_string()
                .contains("version 9")
        );
        std::fs::write(&path, "not json").unwrap();
        assert!(
            Baseline::load(&path)
                .unwrap_err()
                .to_string()
                .contains("b.json")
        );
    }
}
