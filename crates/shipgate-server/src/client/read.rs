//! The audit API's read side, for `shipgate ledger log|show|prove|verify|export`
//! and the release commands against a server: `GET /v1/entries` (every page),
//! `/v1/entries/{seq}`, `/v1/checkpoint`, `/v1/proof/inclusion`,
//! `/v1/proof/consistency` and the streamed `/v1/export`.
//!
//! Reads are retried like appends (connection failures, timeouts, 429, 5xx).
//! Nothing the server answers is trusted here: the callers verify proofs and
//! checkpoints against keys they hold.

use std::collections::BTreeMap;
use std::path::Path;

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as B64;
use serde_json::Value;
use shipgate_ledger::canonical::to_canonical;
use shipgate_ledger::export_stream::{Unpacked, unpack};
use shipgate_ledger::hash::{Hash, leaf_hash};
use shipgate_ledger::query::Query;
use shipgate_ledger::store::{Selection, Visit};
use shipgate_ledger::time::format_unix;

use super::{Client, ClientError};

/// The page size asked of `GET /v1/entries` (the API's largest).
const PAGE: &str = "1000";

/// One entry as the server gives it.
#[derive(Debug, Clone, PartialEq)]
pub struct RemoteEntry {
    /// Its sequence number.
    pub seq: u64,
    /// The entry.
    pub entry: Value,
    /// Its canonical bytes, as re-encoded here.
    pub bytes: Vec<u8>,
    /// The leaf hash the server says it recorded, hex.
    pub leaf_hash: String,
}

/// An inclusion proof as the server gives it (unverified).
#[derive(Debug, Clone, PartialEq)]
pub struct Inclusion {
    /// The entry's sequence number.
    pub seq: u64,
    /// The tree size proved against.
    pub size: u64,
    /// The entry.
    pub entry: Value,
    /// The proof's hashes.
    pub path: Vec<Hash>,
    /// The signed checkpoint of `size`, when the server has one.
    pub checkpoint: Option<String>,
}

impl Client {
    /// `GET path?params` with retries; the answer's body.
    fn get(&self, path: &str, params: &[(&str, String)]) -> Result<String, ClientError> {
        let url = format!("{}{path}", self.base);
        self.send("request", || {
            let mut request = self.agent.get(&url).header("authorization", &self.bearer());
            for (name, value) in params {
                request = request.query(*name, value);
            }
            request.call()
        })
    }

    /// `GET path?params` as JSON; `None` for a 404.
    pub(super) fn get_json(
        &self,
        path: &str,
        params: &[(&str, String)],
    ) -> Result<Option<Value>, ClientError> {
        match self.get(path, params) {
            Ok(text) => serde_json::from_str(&text)
                .map(Some)
                .map_err(|e| ClientError::Answer(format!("{path}: not JSON: {e}"))),
            Err(ClientError::Refused { status: 404, .. }) => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// Every entry matching `query`, in sequence order, read page by page.
    pub fn entries(&self, query: &Query) -> Result<Vec<(u64, Value)>, ClientError> {
        let mut params: Vec<(&str, String)> = [
            ("kind", query.kind.clone()),
            ("service", query.service.clone()),
            ("environment", query.environment.clone()),
            ("commit", query.commit.clone()),
            ("actor", query.actor.clone()),
            ("artifact", query.artifact.clone()),
            ("since", query.since.map(format_unix)),
            ("until", query.until.map(format_unix)),
        ]
        .into_iter()
        .filter_map(|(name, value)| value.map(|v| (name, v)))
        .collect();
        params.push(("limit", PAGE.to_owned()));
        let mut out: Vec<(u64, Value)> = Vec::new();
        let mut next: Option<String> = None;
        loop {
            let mut page_params = params.clone();
            if let Some(cursor) = &next {
                page_params.push(("next", cursor.clone()));
            }
            let page = self
                .get_json("/v1/entries", &page_params)?
                .ok_or_else(|| ClientError::Answer("/v1/entries answered 404".to_owned()))?;
            let Some(items) = page.get("entries").and_then(Value::as_array) else {
                return Err(ClientError::Answer(
                    "/v1/entries: no `entries` list in the answer".to_owned(),
                ));
            };
            for item in items {
                let (Some(seq), Some(entry)) =
                    (item.get("seq").and_then(Value::as_u64), item.get("entry"))
                else {
                    return Err(ClientError::Answer(format!(
                        "/v1/entries: an item without `seq` and `entry`: {}",
                        excerpt(item)
                    )));
                };
                if out.last().is_some_and(|(last, _)| *last >= seq) {
                    return Err(ClientError::Answer(format!(
                        "/v1/entries: entry {seq} is out of order"
                    )));
                }
                out.push((seq, entry.clone()));
            }
            match page.get("next") {
                Some(Value::String(cursor)) if Some(cursor) != next.as_ref() => {
                    next = Some(cursor.clone());
                }
                Some(Value::Null) | None => return Ok(out),
                Some(other) => {
                    return Err(ClientError::Answer(format!(
                        "/v1/entries: the cursor `{other}` does not move on"
                    )));
                }
            }
        }
    }

    /// Entry `seq`, or `None` past the end of the log.
    pub fn entry(&self, seq: u64) -> Result<Option<RemoteEntry>, ClientError> {
        let Some(answer) = self.get_json(&format!("/v1/entries/{seq}"), &[])? else {
            return Ok(None);
        };
        let entry = answer
            .get("entry")
            .cloned()
            .ok_or_else(|| ClientError::Answer(format!("/v1/entries/{seq}: no `entry`")))?;
        let bytes = canonical(seq, &entry)?;
        Ok(Some(RemoteEntry {
            seq,
            entry,
            bytes,
            leaf_hash: answer
                .get("leaf_hash")
                .and_then(Value::as_str)
                .unwrap_or_default()
                .to_owned(),
        }))
    }

    /// The latest signed checkpoint note, or `None` before the first.
    pub fn checkpoint(&self) -> Result<Option<String>, ClientError> {
        match self.get("/v1/checkpoint", &[]) {
            Ok(note) => Ok(Some(note)),
            Err(ClientError::Refused { status: 404, .. }) => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// The inclusion proof of entry `seq` in the tree of `size` (default: the
    /// latest checkpoint's); `None` when the server has no such entry or size.
    pub fn inclusion(&self, seq: u64, size: Option<u64>) -> Result<Option<Inclusion>, ClientError> {
        let mut params = vec![("seq", seq.to_string())];
        if let Some(size) = size {
            params.push(("size", size.to_string()));
        }
        let Some(answer) = self.get_json("/v1/proof/inclusion", &params)? else {
            return Ok(None);
        };
        let number = |name: &str| {
            answer
                .get(name)
                .and_then(Value::as_u64)
                .ok_or_else(|| ClientError::Answer(format!("/v1/proof/inclusion: no `{name}`")))
        };
        Ok(Some(Inclusion {
            seq: number("seq")?,
            size: number("size")?,
            entry: answer.get("entry").cloned().unwrap_or(Value::Null),
            path: hashes("/v1/proof/inclusion", &answer)?,
            checkpoint: answer
                .get("checkpoint")
                .and_then(Value::as_str)
                .map(str::to_owned),
        }))
    }

    /// The consistency proof from the tree of `old` entries to that of `new`.
    pub fn consistency(&self, old: u64, new: u64) -> Result<Vec<Hash>, ClientError> {
        let params = [("old", old.to_string()), ("new", new.to_string())];
        let answer = self
            .get_json("/v1/proof/consistency", &params)?
            .ok_or_else(|| {
                ClientError::Answer(format!(
                    "/v1/proof/consistency: the server has no tree of size {new}"
                ))
            })?;
        hashes("/v1/proof/consistency", &answer)
    }

    /// Streams `GET /v1/export?to=` (every entry up to `to`, default the
    /// latest checkpoint's size, with its proof) into the empty folder `out`.
    /// `None` when the server has no checkpoint yet (409).
    pub fn export(&self, out: &Path, to: Option<u64>) -> Result<Option<Unpacked>, ClientError> {
        let url = format!("{}/v1/export", self.base);
        let sent = self.respond("request", || {
            let mut request = self.agent.get(&url).header("authorization", &self.bearer());
            if let Some(to) = to {
                request = request.query("to", to.to_string());
            }
            request.call()
        });
        let response = match sent {
            Ok(response) => response,
            Err(ClientError::Refused { status: 409, .. }) => return Ok(None),
            Err(e) => return Err(e),
        };
        let reader = std::io::BufReader::new(response.into_body().into_reader());
        unpack(reader, out)
            .map(Some)
            .map_err(|e| ClientError::Answer(format!("/v1/export: {e}")))
    }

    /// Calls `visit(seq, canonical bytes, leaf hash)` for a superset of the
    /// entries `selection` wants, in sequence order, with the server's
    /// filters: one query per kind, one per spelling of the commit's 7-digit
    /// prefix, and one for the artifact; never the whole log.
    pub fn select(&self, selection: &Selection, visit: &mut Visit<'_>) -> Result<(), ClientError> {
        let base = Query {
            service: Some(selection.service.clone()),
            ..Query::default()
        };
        let mut queries: Vec<Query> = selection
            .kinds
            .iter()
            .map(|kind| Query {
                kind: Some(kind.clone()),
                ..base.clone()
            })
            .collect();
        if let Some(commit) = &selection.commit {
            let prefix = commit.get(..7).unwrap_or(commit);
            let mut spellings = vec![prefix.to_ascii_lowercase(), prefix.to_ascii_uppercase()];
            spellings.dedup();
            queries.extend(spellings.into_iter().map(|c| Query {
                commit: Some(c),
                ..base.clone()
            }));
        }
        if let Some(artifact) = &selection.artifact {
            queries.push(Query {
                artifact: Some(artifact.clone()),
                ..base.clone()
            });
        }
        let mut found = BTreeMap::new();
        for query in &queries {
            found.extend(self.entries(query)?);
        }
        for (seq, entry) in found {
            let bytes = canonical(seq, &entry)?;
            if !visit(seq, &bytes, &leaf_hash(&bytes)) {
                break;
            }
        }
        Ok(())
    }
}

/// An entry's canonical bytes.
fn canonical(seq: u64, entry: &Value) -> Result<Vec<u8>, ClientError> {
    to_canonical(entry)
        .map_err(|e| ClientError::Answer(format!("entry {seq} has no canonical encoding: {e}")))
}

/// The base64 hashes of an answer's `path`.
fn hashes(route: &str, answer: &Value) -> Result<Vec<Hash>, ClientError> {
    let Some(path) = answer.get("path").and_then(Value::as_array) else {
        return Err(ClientError::Answer(format!("{route}: no `path`")));
    };
    path.iter()
        .map(|h| {
            h.as_str()
                .and_then(|t| B64.decode(t).ok())
                .and_then(|b| Hash::try_from(b.as_slice()).ok())
                .ok_or_else(|| {
                    ClientError::Answer(format!("{route}: `{}` is not a SHA-256 hash", excerpt(h)))
                })
        })
        .collect()
}

/// The start of a value, for messages.
fn excerpt(value: &Value) -> String {
    value.to_string().chars().take(80).collect()
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn a_proof_path_must_be_base64_sha256_hashes() {
        let hash = B64.encode([7u8; 32]);
        assert_eq!(
            hashes("/p", &json!({"path": [hash, hash]})).ok(),
            Some(vec![[7u8; 32], [7u8; 32]])
        );
        assert_eq!(hashes("/p", &json!({"path": []})).ok(), Some(Vec::new()));
        for bad in [
            json!({}),
            json!({"path": "AAAA"}),
            json!({"path": ["not base64!"]}),
            json!({"path": [B64.encode([1u8; 31])]}),
            json!({"path": [7]}),
        ] {
            let err = hashes("/v1/proof/inclusion", &bad).unwrap_err();
            assert!(
                err.to_string().contains("/v1/proof/inclusion"),
                "{bad}: {err}"
            );
        }
    }

    #[test]
    fn an_entry_is_read_back_in_its_canonical_encoding() {
        let entry = json!({"v": 1, "kind": "note", "body": {"b": 2, "a": 1}});
        assert_eq!(
            canonical(3, &entry).unwrap(),
            br#"{"body":{"a":1,"b":2},"kind":"note","v":1}"#
        );
        assert!(canonical(3, &json!({"x": 1.5})).is_err());
    }
}
