//! The entry index: service, environment, kind, commit and artifact of every
//! entry, kept beside the entries in the same transaction as each append, so
//! that a release decision reads the few entries it needs instead of scanning
//! the whole log.
//!
//! The index only narrows: [`Selection`] asks for a superset of the wanted
//! entries, and the caller checks every entry it is given in full. An entry
//! the index cannot read (not an entry's JSON) is indexed with no fields and
//! always selected, so the caller reports it instead of missing it.

use serde::Deserialize;

/// Which entries a caller wants: those of `service` whose kind is one of
/// `kinds`, or whose commit names `commit`, or whose artifact is `artifact`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Selection {
    /// The service (an entry's `service`).
    pub service: String,
    /// Entry kinds wanted whatever their commit (`deployment`, `approval`...).
    pub kinds: Vec<String>,
    /// A commit: entries whose commit is this commit or a prefix of it of at
    /// least 7 digits, ignoring case.
    pub commit: Option<String>,
    /// An artifact (image digest): entries that name it.
    pub artifact: Option<String>,
}

/// The shortest commit prefix an entry may name a commit by.
const MIN_COMMIT_PREFIX: usize = 7;

impl Selection {
    /// Every commit an entry may carry to name [`Selection::commit`]: its
    /// prefixes from 7 digits up, lower-cased as the index keeps them.
    pub(crate) fn commit_prefixes(&self) -> Vec<String> {
        let Some(commit) = self.commit.as_deref() else {
            return Vec::new();
        };
        let commit = commit.to_ascii_lowercase();
        (MIN_COMMIT_PREFIX..=commit.len())
            .filter_map(|n| commit.get(..n).map(str::to_owned))
            .collect()
    }
}

/// The indexed fields of one entry.
#[derive(Debug, Default, PartialEq, Eq)]
pub(crate) struct Fields {
    pub service: Option<String>,
    pub environment: Option<String>,
    pub kind: Option<String>,
    /// Lower-cased.
    pub commit: Option<String>,
    pub artifact: Option<String>,
}

#[derive(Deserialize)]
struct Raw {
    service: Option<String>,
    environment: Option<String>,
    kind: Option<String>,
    commit: Option<String>,
    artifact: Option<String>,
}

/// Reads the indexed fields of an entry's canonical bytes; an entry that is
/// not JSON with those fields gets none (and is always selected).
pub(crate) fn fields(bytes: &[u8]) -> Fields {
    match serde_json::from_slice::<Raw>(bytes) {
        Ok(raw) if raw.service.is_some() && raw.kind.is_some() => Fields {
            service: raw.service,
            environment: raw.environment,
            kind: raw.kind,
            commit: raw.commit.map(|c| c.to_ascii_lowercase()),
            artifact: raw.artifact,
        },
        _ => Fields::default(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_commit_is_named_by_its_prefixes_from_seven_digits() {
        let selection = Selection {
            commit: Some("ABCDEF0123".into()),
            ..Selection::default()
        };
        assert_eq!(
            selection.commit_prefixes(),
            ["abcdef0", "abcdef01", "abcdef012", "abcdef0123"]
        );
        assert!(Selection::default().commit_prefixes().is_empty());
    }

    #[test]
    fn an_entry_that_is_not_an_entry_has_no_fields() {
        let entry = br#"{"artifact":null,"commit":"ABC1234","environment":"production","kind":"deployment","service":"payments","v":1}"#;
        assert_eq!(
            fields(entry),
            Fields {
                service: Some("payments".into()),
                environment: Some("production".into()),
                kind: Some("deployment".into()),
                commit: Some("abc1234".into()),
                artifact: None,
            }
        );
        assert_eq!(fields(b"not json"), Fields::default());
        assert_eq!(fields(br#"{"kind":"gate"}"#), Fields::default());
    }
}
