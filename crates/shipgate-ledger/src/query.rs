//! Reading entries back with filters: kind, commit prefix, environment and a
//! time range, over [`Store::scan`].
//!
//! Entries are returned as the JSON they were stored as (nothing is added or
//! dropped); [`crate::entry::Entry::from_value`] reads one into the typed entry.
//!
//! ```
//! use shipgate_ledger::query::Query;
//! use shipgate_ledger::store::SqliteStore;
//!
//! # let dir = std::env::temp_dir().join(format!("shipgate-query-doc-{}", std::process::id()));
//! # std::fs::create_dir_all(&dir).unwrap();
//! let mut store = SqliteStore::open(&dir.join("ledger.db"))?;
//! let production = Query {
//!     environment: Some("production".into()),
//!     ..Query::default()
//! };
//! let entries = production.run(&mut store).unwrap();
//! assert!(entries.is_empty());
//! # std::fs::remove_dir_all(&dir).unwrap();
//! # Ok::<(), shipgate_ledger::store::StoreError>(())
//! ```

use serde_json::Value;

use crate::store::{Store, StoreError};
use crate::time::parse_rfc3339;

/// Which entries to read. Every filter that is set must match; an empty query
/// matches every entry.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Query {
    /// The entry's `kind` equals this.
    pub kind: Option<String>,
    /// The entry's `commit` starts with this.
    pub commit: Option<String>,
    /// The entry's `environment` equals this.
    pub environment: Option<String>,
    /// The entry's `time` is at or after this (seconds since the Unix epoch).
    pub since: Option<u64>,
    /// The entry's `time` is before this (exclusive, seconds since the Unix epoch).
    pub until: Option<u64>,
    /// The entry's `service` equals this.
    pub service: Option<String>,
    /// The entry's `actor.id` equals this.
    pub actor: Option<String>,
    /// The entry's `artifact` (an image digest) equals this.
    pub artifact: Option<String>,
}

/// One page of a query's matches: see [`Query::page`].
#[derive(Debug, Clone, PartialEq)]
pub struct Page {
    /// The matching entries of the page, with their sequence numbers, in order.
    pub entries: Vec<(u64, Value)>,
    /// Where the next page starts (a sequence number), or `None` when the
    /// whole log up to the size it had was read.
    pub next: Option<u64>,
}

/// Why a query could not be answered.
#[derive(Debug, thiserror::Error)]
pub enum QueryError {
    /// The store failed.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// A stored entry is not JSON: the ledger was changed outside shipgate.
    #[error("entry {seq} is not JSON")]
    NotJson {
        /// The entry's sequence number.
        seq: u64,
    },
}

impl Query {
    /// Whether `entry` matches. An entry whose `time` cannot be read counts as
    /// the start of the epoch.
    pub fn matches(&self, entry: &Value) -> bool {
        let s = |k: &str| entry.get(k).and_then(Value::as_str);
        let time = s("time").and_then(parse_rfc3339).unwrap_or(0);
        self.kind.as_deref().is_none_or(|k| s("kind") == Some(k))
            && self
                .commit
                .as_deref()
                .is_none_or(|c| s("commit").is_some_and(|x| x.starts_with(c)))
            && self
                .environment
                .as_deref()
                .is_none_or(|e| s("environment") == Some(e))
            && self.since.is_none_or(|t| time >= t)
            && self.until.is_none_or(|t| time < t)
            && self
                .service
                .as_deref()
                .is_none_or(|x| s("service") == Some(x))
            && self.actor.as_deref().is_none_or(|a| {
                entry
                    .get("actor")
                    .and_then(|actor| actor.get("id"))
                    .and_then(Value::as_str)
                    == Some(a)
            })
            && self
                .artifact
                .as_deref()
                .is_none_or(|a| s("artifact") == Some(a))
    }

    /// At most `limit` matching entries from sequence number `start` on, in
    /// order, reading no further than `scan_limit` entries past `start` (so a
    /// page over a sparse filter still ends quickly). `next` is where to go on.
    pub fn page(
        &self,
        store: &mut dyn Store,
        start: u64,
        limit: usize,
        scan_limit: u64,
    ) -> Result<Page, QueryError> {
        let size = store.size()?;
        let end = size.min(start.saturating_add(scan_limit));
        let mut entries = Vec::new();
        let mut not_json = None;
        let mut next = None;
        if limit > 0 {
            store.scan(start, end, &mut |seq, bytes, _| {
                let Ok(value) = serde_json::from_slice::<Value>(bytes) else {
                    not_json = Some(seq);
                    return false;
                };
                if self.matches(&value) {
                    entries.push((seq, value));
                    if entries.len() == limit {
                        next = Some(seq + 1).filter(|&n| n < size);
                        return false;
                    }
                }
                true
            })?;
        }
        if let Some(seq) = not_json {
            return Err(QueryError::NotJson { seq });
        }
        if next.is_none() && entries.len() < limit && end < size {
            next = Some(end);
        }
        if limit == 0 && start < size {
            next = Some(start);
        }
        Ok(Page { entries, next })
    }

    /// Every matching entry with its sequence number, in sequence order. The
    /// store is read in chunks ([`Store::scan`]); only matching entries are kept.
    pub fn run(&self, store: &mut dyn Store) -> Result<Vec<(u64, Value)>, QueryError> {
        let size = store.size()?;
        let mut out = Vec::new();
        let mut not_json = None;
        store.scan(0, size, &mut |seq, bytes, _| {
            let Ok(value) = serde_json::from_slice::<Value>(bytes) else {
                not_json = Some(seq);
                return false;
            };
            if self.matches(&value) {
                out.push((seq, value));
            }
            true
        })?;
        match not_json {
            Some(seq) => Err(QueryError::NotJson { seq }),
            None => Ok(out),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::SqliteStore;
    use crate::time::parse_time;
    use serde_json::json;

    fn entry(kind: &str, time: &str, environment: Option<&str>, commit: Option<&str>) -> Vec<u8> {
        let value = json!({
            "v": 1, "kind": kind, "time": time, "service": "payments",
            "environment": environment, "commit": commit, "artifact": null,
            "actor": {"id": "alice", "via": "local"}, "ci": null, "body": {},
        });
        crate::entry::canonical_entry(&value).unwrap()
    }

    fn store(name: &str) -> (std::path::PathBuf, SqliteStore) {
        let dir = std::env::temp_dir().join(format!(
            "shipgate-query-{name}-{}-{:?}",
            std::process::id(),
            std::thread::current().id()
        ));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        let mut store = SqliteStore::open(&dir.join("ledger.db")).unwrap();
        store
            .append(&[
                entry("gate", "2026-01-01T00:00:00Z", None, Some("aaaa1111")),
                entry(
                    "gate",
                    "2026-01-15T12:00:00Z",
                    Some("staging"),
                    Some("bbbb2222"),
                ),
                entry(
                    "deployment",
                    "2026-02-01T00:00:00Z",
                    Some("production"),
                    Some("bbbb2222"),
                ),
                entry("approval", "2026-03-01T00:00:00Z", Some("production"), None),
            ])
            .unwrap();
        (dir, store)
    }

    fn seqs(query: &Query, store: &mut dyn Store) -> Vec<u64> {
        query
            .run(store)
            .unwrap()
            .into_iter()
            .map(|(s, _)| s)
            .collect()
    }

    #[test]
    fn every_filter_narrows_the_entries() {
        let (dir, mut store) = store("filters");
        let t = |s: &str| Some(parse_time(s).unwrap());
        assert_eq!(seqs(&Query::default(), &mut store), [0, 1, 2, 3]);
        let kind = Query {
            kind: Some("gate".into()),
            ..Query::default()
        };
        assert_eq!(seqs(&kind, &mut store), [0, 1]);
        let commit = Query {
            commit: Some("bbbb".into()),
            ..Query::default()
        };
        assert_eq!(seqs(&commit, &mut store), [1, 2]);
        let environment = Query {
            environment: Some("production".into()),
            ..Query::default()
        };
        assert_eq!(seqs(&environment, &mut store), [2, 3]);
        let service = Query {
            service: Some("payments".into()),
            ..Query::default()
        };
        assert_eq!(seqs(&service, &mut store), [0, 1, 2, 3]);
        let other_service = Query {
            service: Some("ledger".into()),
            ..Query::default()
        };
        assert!(seqs(&other_service, &mut store).is_empty());
        let actor = Query {
            actor: Some("alice".into()),
            ..Query::default()
        };
        assert_eq!(seqs(&actor, &mut store), [0, 1, 2, 3]);
        let other_actor = Query {
            actor: Some("mallory".into()),
            ..Query::default()
        };
        assert!(seqs(&other_actor, &mut store).is_empty());
        // Pages: a limit, a cursor, and a bound on how far one page reads.
        let page = Query::default().page(&mut store, 0, 3, 100).unwrap();
        assert_eq!(
            page.entries.iter().map(|e| e.0).collect::<Vec<_>>(),
            [0, 1, 2]
        );
        assert_eq!(page.next, Some(3));
        let page = Query::default().page(&mut store, 3, 3, 100).unwrap();
        assert_eq!(page.entries.iter().map(|e| e.0).collect::<Vec<_>>(), [3]);
        assert_eq!(page.next, None);
        let page = kind.page(&mut store, 0, 10, 1).unwrap();
        assert_eq!(page.entries.iter().map(|e| e.0).collect::<Vec<_>>(), [0]);
        assert_eq!(page.next, Some(1), "the page stopped at its scan limit");
        // `since` is inclusive, `until` exclusive.
        let range = Query {
            since: t("2026-01-15T12:00:00Z"),
            until: t("2026-03-01"),
            ..Query::default()
        };
        assert_eq!(seqs(&range, &mut store), [1, 2]);
        let all = Query {
            kind: Some("deployment".into()),
            commit: Some("bbbb2222".into()),
            environment: Some("production".into()),
            since: t("2026-02-01"),
            until: t("2026-02-02"),
            service: Some("payments".into()),
            actor: Some("alice".into()),
            artifact: None,
        };
        let found = all.run(&mut store).unwrap();
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].0, 2);
        assert_eq!(found[0].1["kind"], "deployment");
        std::fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn filters_that_match_nothing_give_nothing() {
        let (dir, mut store) = store("nothing");
        for query in [
            Query {
                kind: Some("rollback".into()),
                ..Query::default()
            },
            Query {
                // A commit filter is a prefix of the commit, not a substring.
                commit: Some("1111".into()),
                ..Query::default()
            },
            Query {
                // Environments match whole names only.
                environment: Some("prod".into()),
                ..Query::default()
            },
            Query {
                since: Some(parse_time("2026-03-01T00:00:01Z").unwrap()),
                ..Query::default()
            },
            Query {
                until: Some(parse_time("2026-01-01").unwrap()),
                ..Query::default()
            },
            Query {
                // No entry names an artifact.
                artifact: Some("sha256:aaaa".into()),
                ..Query::default()
            },
        ] {
            assert_eq!(seqs(&query, &mut store), Vec::<u64>::new(), "{query:?}");
        }
        // An entry without a commit never matches a commit filter.
        assert!(
            !Query {
                commit: Some(String::new()),
                ..Query::default()
            }
            .matches(&json!({"commit": null}))
        );
        std::fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn an_entry_that_is_not_json_is_named() {
        let (dir, mut store) = store("not-json");
        store.append(&[b"{not json".to_vec()]).unwrap();
        let err = Query::default().run(&mut store).unwrap_err();
        assert!(matches!(err, QueryError::NotJson { seq: 4 }), "{err:?}");
        assert_eq!(err.to_string(), "entry 4 is not JSON");
        std::fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn reads_every_chunk_of_a_long_log() {
        let (dir, mut store) = store("long");
        let many: Vec<Vec<u8>> = (0..60_000)
            .map(|i| {
                let kind = if i % 2 == 0 { "note" } else { "smoke" };
                entry(kind, "2026-04-01T00:00:00Z", None, None)
            })
            .collect();
        store.append(&many).unwrap();
        let notes = Query {
            kind: Some("note".into()),
            ..Query::default()
        }
        .run(&mut store)
        .unwrap();
        assert_eq!(notes.len(), 30_000);
        assert_eq!(notes.last().map(|(s, _)| *s), Some(4 + 59_998));
        std::fs::remove_dir_all(dir).unwrap();
    }
}
