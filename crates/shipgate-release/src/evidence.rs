//! The ledger entries a release decision reads, gathered in one pass.

use shipgate_ledger::entry::{Entry, Kind};
use shipgate_ledger::store::Selection;

use crate::body;
use crate::error::ReleaseError;
use crate::ledger::Ledger;

/// The entries of one service that bear on releasing one commit: every entry
/// for the commit (or its image digest), every deployment and rollback of
/// any commit (to find the environment's last successful deployment), and
/// every break-glass approval and review (to list changes awaiting review).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Evidence {
    /// The entries, with their sequence numbers, in sequence order.
    pub entries: Vec<(u64, Entry)>,
}

/// Whether an entry's commit names `commit`: equal, or a prefix of it of at
/// least 7 hex digits, ignoring case.
pub fn names_commit(entry_commit: Option<&str>, commit: &str) -> bool {
    entry_commit.is_some_and(|c| {
        c.len() >= 7
            && commit.len() >= c.len()
            && commit
                .get(..c.len())
                .is_some_and(|p| p.eq_ignore_ascii_case(c))
    })
}

impl Evidence {
    /// Entries of `kind` in `environment` about `commit` (or `artifact`).
    pub fn about<'a>(
        &'a self,
        kind: Kind,
        environment: Option<&'a str>,
        commit: &'a str,
        artifact: Option<&'a str>,
    ) -> impl DoubleEndedIterator<Item = &'a (u64, Entry)> + 'a {
        self.entries.iter().filter(move |(_, e)| {
            e.kind == kind
                && environment.is_none_or(|env| e.environment.as_deref() == Some(env))
                && (names_commit(e.commit.as_deref(), commit)
                    || artifact.is_some_and(|a| e.artifact.as_deref() == Some(a)))
        })
    }

    /// The last successful deployment or rollback to `environment`: the
    /// commit running there, the base of the next release range.
    pub fn last_deployed(&self, environment: &str) -> Option<&(u64, Entry)> {
        self.entries.iter().rev().find(|(_, e)| {
            matches!(e.kind, Kind::Deployment | Kind::Rollback)
                && e.environment.as_deref() == Some(environment)
                && e.commit.is_some()
                && body::deployment_succeeded(&e.body)
        })
    }
}

/// A quick test on an entry's canonical bytes that rejects most entries a
/// gathering does not want before they are parsed. It only ever rejects an
/// entry that lacks a field value the canonical encoding would certainly
/// contain; everything it lets through is parsed and checked in full.
struct Prefilter {
    service: memchr::memmem::Finder<'static>,
    any_of: Vec<memchr::memmem::Finder<'static>>,
}

fn field(key: &str, value: &str) -> memchr::memmem::Finder<'static> {
    let encoded = shipgate_ledger::canonical::to_canonical(&serde_json::Value::from(value))
        .unwrap_or_default();
    let mut needle = format!("\"{key}\":").into_bytes();
    needle.extend_from_slice(&encoded);
    memchr::memmem::Finder::new(&needle).into_owned()
}

impl Prefilter {
    /// Whether the entry may be wanted. Bytes that do not even have the
    /// canonical entry's shape (first key `actor`, last `"v":1`) are let
    /// through, so the full parse reports them as corrupt.
    fn may_match(&self, bytes: &[u8]) -> bool {
        let shaped = bytes.starts_with(br#"{"actor":{"#) && bytes.ends_with(br#","v":1}"#);
        !shaped
            || (self.service.find(bytes).is_some()
                && self.any_of.iter().any(|f| f.find(bytes).is_some()))
    }
}

/// Reads the evidence for `service` and `commit` (and `artifact`, an image
/// digest, when known) from the ledger: a local store's entry index, or
/// the audit server's filters.
pub fn gather<L: Ledger + ?Sized>(
    store: &mut L,
    service: &str,
    commit: &str,
    artifact: Option<&str>,
) -> Result<Evidence, ReleaseError> {
    let selection = Selection {
        service: service.to_owned(),
        kinds: [Kind::Deployment, Kind::Rollback, Kind::Approval]
            .iter()
            .map(|k| k.as_str().to_owned())
            .collect(),
        commit: Some(commit.to_owned()),
        artifact: artifact.map(str::to_owned),
    };
    let mut entries = Vec::new();
    let mut failure = None;
    // An entry's commit may be any prefix of 7 or more digits of ours.
    let short = commit.get(..7).unwrap_or(commit);
    let mut any_of = vec![
        field("commit", &short.to_ascii_lowercase()),
        field("commit", &short.to_ascii_uppercase()),
        field("kind", "deployment"),
        field("kind", "rollback"),
        field("kind", "approval"),
    ];
    // `field` matches whole values: a prefix needs the encoding without its
    // closing quote.
    for finder in &mut any_of[..2] {
        let mut needle = finder.needle().to_vec();
        needle.pop();
        *finder = memchr::memmem::Finder::new(&needle).into_owned();
    }
    if let Some(artifact) = artifact {
        any_of.push(field("artifact", artifact));
    }
    let prefilter = Prefilter {
        service: field("service", service),
        any_of,
    };
    store.select(&selection, &mut |seq, bytes, _| {
        if !prefilter.may_match(bytes) {
            return true;
        }
        let parsed = serde_json::from_slice(bytes)
            .map_err(|e| shipgate_ledger::entry::EntryError(e.to_string()))
            .and_then(|value| Entry::from_value(&value));
        let entry = match parsed {
            Ok(entry) => entry,
            Err(source) => {
                failure = Some(ReleaseError::Entry { seq, source });
                return false;
            }
        };
        let review_trail = entry.kind == Kind::Approval
            && (body::needs_review(&entry.body) || body::reviews(&entry.body).is_some());
        let relevant = entry.service == service
            && (names_commit(entry.commit.as_deref(), commit)
                || artifact.is_some_and(|a| entry.artifact.as_deref() == Some(a))
                || matches!(entry.kind, Kind::Deployment | Kind::Rollback)
                || review_trail);
        if relevant {
            entries.push((seq, entry));
        }
        true
    })?;
    match failure {
        Some(err) => Err(err),
        None => Ok(Evidence { entries }),
    }
}

/// Reads every deployment, rollback and smoke entry of `service` in
/// `environment`, through the store's entry index or the server's filters:
/// what a rollback chooses its target from.
pub fn gather_environment<L: Ledger + ?Sized>(
    store: &mut L,
    service: &str,
    environment: &str,
) -> Result<Evidence, ReleaseError> {
    let selection = Selection {
        service: service.to_owned(),
        kinds: [Kind::Deployment, Kind::Rollback, Kind::Smoke]
            .iter()
            .map(|k| k.as_str().to_owned())
            .collect(),
        commit: None,
        artifact: None,
    };
    let mut entries = Vec::new();
    let mut failure = None;
    let prefilter = Prefilter {
        service: field("service", service),
        any_of: vec![field("environment", environment)],
    };
    store.select(&selection, &mut |seq, bytes, _| {
        if !prefilter.may_match(bytes) {
            return true;
        }
        let parsed = serde_json::from_slice(bytes)
            .map_err(|e| shipgate_ledger::entry::EntryError(e.to_string()))
            .and_then(|value| Entry::from_value(&value));
        match parsed {
            Ok(entry) => {
                if entry.service == service
                    && entry.environment.as_deref() == Some(environment)
                    && matches!(entry.kind, Kind::Deployment | Kind::Rollback | Kind::Smoke)
                {
                    entries.push((seq, entry));
                }
                true
            }
            Err(source) => {
                failure = Some(ReleaseError::Entry { seq, source });
                false
            }
        }
    })?;
    match failure {
        Some(err) => Err(err),
        None => Ok(Evidence { entries }),
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, reason = "a test fails by panicking")]

    use serde_json::json;
    use shipgate_ledger::entry::Actor;
    use shipgate_ledger::store::SqliteStore;

    use super::*;

    fn entry(
        kind: Kind,
        service: &str,
        env: Option<&str>,
        commit: Option<&str>,
        outcome: &str,
    ) -> Vec<u8> {
        let mut body = serde_json::Map::new();
        body.insert("outcome".into(), json!(outcome));
        Entry::builder(
            kind,
            "2026-11-01T00:00:00Z",
            service,
            Actor::new("ci", "local"),
        )
        .environment(env.map(str::to_owned))
        .commit(commit.map(str::to_owned))
        .body(body)
        .build()
        .unwrap()
        .to_bytes()
        .unwrap()
    }

    #[test]
    fn gathers_the_commit_and_every_deployment_of_the_service() {
        let dir = std::env::temp_dir().join(format!("shipgate-evidence-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        let mut store = SqliteStore::open(&dir.join("ledger.db")).unwrap();
        let head = "aaaa1111aaaa1111";
        store
            .append(&[
                entry(Kind::Gate, "payments", None, Some(head), "pass"),
                entry(Kind::Gate, "payments", None, Some("bbbb2222"), "pass"),
                entry(Kind::Gate, "ledger-svc", None, Some(head), "pass"),
                entry(
                    Kind::Deployment,
                    "payments",
                    Some("production"),
                    Some("bbbb2222"),
                    "succeeded",
                ),
                entry(
                    Kind::Deployment,
                    "payments",
                    Some("production"),
                    Some("cccc3333"),
                    "failed",
                ),
                entry(
                    Kind::Smoke,
                    "payments",
                    Some("staging"),
                    Some("aaaa111"),
                    "pass",
                ),
            ])
            .unwrap();
        let evidence = gather(&mut store, "payments", head, None).unwrap();
        let seqs: Vec<u64> = evidence.entries.iter().map(|(s, _)| *s).collect();
        assert_eq!(seqs, [0, 3, 4, 5]);
        assert_eq!(
            evidence.last_deployed("production").map(|(s, _)| *s),
            Some(3)
        );
        assert!(evidence.last_deployed("staging").is_none());
        assert_eq!(
            evidence
                .about(Kind::Smoke, Some("staging"), head, None)
                .count(),
            1
        );
        store.append(&[b"{\"v\":1}".to_vec()]).unwrap();
        let err = gather(&mut store, "payments", head, None).unwrap_err();
        assert!(matches!(err, ReleaseError::Entry { seq: 6, .. }), "{err}");
        std::fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn the_quick_filter_never_drops_a_wanted_entry() {
        let dir =
            std::env::temp_dir().join(format!("shipgate-evidence-filter-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        let mut store = SqliteStore::open(&dir.join("ledger.db")).unwrap();
        let service = "paiements \"été\"\t";
        let head = "abcdef0123456789";
        store
            .append(&[
                entry(Kind::Gate, service, None, Some("ABCDEF0"), "pass"),
                entry(Kind::Gate, service, None, Some("abcdef0123"), "pass"),
                entry(Kind::Gate, service, None, Some("abcdef1"), "pass"),
                entry(
                    Kind::Smoke,
                    service,
                    Some("staging"),
                    Some("ffff0000"),
                    "pass",
                ),
                entry(
                    Kind::Rollback,
                    service,
                    Some("staging"),
                    Some("ffff0000"),
                    "succeeded",
                ),
                entry(Kind::Gate, "payments", None, Some(head), "pass"),
            ])
            .unwrap();
        let evidence = gather(&mut store, service, head, None).unwrap();
        let seqs: Vec<u64> = evidence.entries.iter().map(|(s, _)| *s).collect();
        assert_eq!(seqs, [0, 1, 4]);
        let staging = gather_environment(&mut store, service, "staging").unwrap();
        let seqs: Vec<u64> = staging.entries.iter().map(|(s, _)| *s).collect();
        assert_eq!(seqs, [3, 4]);
        std::fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn a_commit_prefix_names_the_commit_only_from_seven_digits() {
        assert!(names_commit(Some("aaaa111"), "aaaa1111ffff"));
        assert!(names_commit(Some("AAAA1111FFFF"), "aaaa1111ffff"));
        assert!(!names_commit(Some("aaaa11"), "aaaa1111ffff"));
        assert!(!names_commit(Some("aaaa1112"), "aaaa1111ffff"));
        assert!(!names_commit(None, "aaaa1111ffff"));
    }
}
