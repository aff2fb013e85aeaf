//! Ledger entries, schema version 1.
//!
//! An entry is a JSON object:
//!
//! | field | type | |
//! |---|---|---|
//! | `v` | `1` | schema version |
//! | `kind` | `gate` \| `approval` \| `deployment` \| `rollback` \| `smoke` \| `note` \| `admin` | |
//! | `time` | `YYYY-MM-DDTHH:MM:SSZ` | when it happened (UTC) |
//! | `service` | string, 1–128 characters | |
//! | `environment` | string or null, ≤ 64 | `staging`, `production`, ... |
//! | `commit` | string or null, 7–64 hex digits | the release |
//! | `artifact` | string or null, ≤ 256 | an image digest, such as `sha256:...` |
//! | `actor` | `{ "id": string ≤ 256, "via": string ≤ 64, "verified": bool? }` | who, and how that was established (`gitlab-ci`, `github-oidc`, `token`, `git-config`); `verified: false` marks an identity nobody checked (CI variables, the local git user) |
//! | `ci` | object or null | `pipeline_url` ≤ 2048, `pipeline_id` ≤ 64, `job` ≤ 256 (strings or null) |
//! | `body` | object | kind-specific |
//!
//! No other field is allowed, numbers are integers, and the encoded entry is at
//! most 64 KiB. It is stored in its canonical encoding (see [`crate::canonical`]).

use serde_json::{Map, Value};

use crate::canonical::to_canonical;

/// The largest encoded entry.
pub const MAX_ENTRY_BYTES: usize = 64 * 1024;

/// The entry kinds.
pub const KINDS: [&str; 7] = [
    "gate",
    "approval",
    "deployment",
    "rollback",
    "smoke",
    "note",
    "admin",
];

/// An entry that breaks the schema. The message names the field and the limit.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct EntryError(pub String);

fn err(message: impl Into<String>) -> EntryError {
    EntryError(message.into())
}

fn string_field<'a>(
    map: &'a Map<String, Value>,
    key: &str,
    max: usize,
    required: bool,
) -> Result<Option<&'a str>, EntryError> {
    match map.get(key) {
        None | Some(Value::Null) if !required => Ok(None),
        None | Some(Value::Null) => Err(err(format!("`{key}` is required"))),
        Some(Value::String(s)) => {
            if s.chars().count() > max {
                return Err(err(format!(
                    "`{key}` is {} characters long; the limit is {max}",
                    s.chars().count()
                )));
            }
            if required && s.is_empty() {
                return Err(err(format!("`{key}` must not be empty")));
            }
            Ok(Some(s))
        }
        Some(other) => Err(err(format!("`{key}` must be a string, not `{other}`"))),
    }
}

/// The fields an entry may have.
const FIELDS: [&str; 10] = [
    "v",
    "kind",
    "time",
    "service",
    "environment",
    "commit",
    "artifact",
    "actor",
    "ci",
    "body",
];

/// Validates a JSON entry and returns its canonical bytes.
pub fn canonical_entry(value: &Value) -> Result<Vec<u8>, EntryError> {
    let Value::Object(map) = value else {
        return Err(err("an entry must be a JSON object"));
    };
    if let Some(unknown) = map.keys().find(|k| !FIELDS.contains(&k.as_str())) {
        return Err(err(format!(
            "unknown field `{unknown}`; the fields are {}",
            FIELDS.join(", ")
        )));
    }
    if map.get("v") != Some(&Value::from(1)) {
        return Err(err("`v` must be 1 (the entry schema version)"));
    }
    let kind = string_field(map, "kind", 16, true)?.unwrap_or_default();
    if !KINDS.contains(&kind) {
        return Err(err(format!(
            "`kind` is `{kind}`; it must be one of {}",
            KINDS.join(", ")
        )));
    }
    let time = string_field(map, "time", 20, true)?.unwrap_or_default();
    if time.len() != 20 {
        return Err(err(format!(
            "`time` is `{time}`; write it as YYYY-MM-DDTHH:MM:SSZ (UTC)"
        )));
    }
    crate::time::parse_time(time).map_err(|e| match e {
        crate::time::TimeError::Format(_) => err(format!(
            "`time` is `{time}`; write it as YYYY-MM-DDTHH:MM:SSZ (UTC)"
        )),
        impossible @ crate::time::TimeError::Impossible { .. } => {
            err(format!("`time`: {impossible}"))
        }
    })?;
    string_field(map, "service", 128, true)?;
    string_field(map, "environment", 64, false)?;
    if let Some(commit) = string_field(map, "commit", 64, false)?
        && (commit.len() < 7 || !commit.bytes().all(|b| b.is_ascii_hexdigit()))
    {
        return Err(err(format!(
            "`commit` is `{commit}`; it must be 7 to 64 hex digits"
        )));
    }
    string_field(map, "artifact", 256, false)?;
    match map.get("actor") {
        Some(Value::Object(actor)) => {
            if let Some(unknown) = actor
                .keys()
                .find(|k| !matches!(k.as_str(), "id" | "via" | "verified"))
            {
                return Err(err(format!(
                    "unknown field `actor.{unknown}`; the fields are id, via, verified"
                )));
            }
            string_field(actor, "id", 256, true).map_err(|e| err(format!("actor: {e}")))?;
            string_field(actor, "via", 64, true).map_err(|e| err(format!("actor: {e}")))?;
            if !matches!(actor.get("verified"), None | Some(Value::Bool(_))) {
                return Err(err("actor: `verified` must be true or false"));
            }
        }
        _ => return Err(err("`actor` is required: { \"id\": ..., \"via\": ... }")),
    }
    match map.get("ci") {
        None | Some(Value::Null) => {}
        Some(Value::Object(ci)) => {
            for (key, max) in [("pipeline_url", 2048), ("pipeline_id", 64), ("job", 256)] {
                string_field(ci, key, max, false).map_err(|e| err(format!("ci: {e}")))?;
            }
            if let Some(unknown) = ci
                .keys()
                .find(|k| !["pipeline_url", "pipeline_id", "job"].contains(&k.as_str()))
            {
                return Err(err(format!(
                    "unknown field `ci.{unknown}`; the fields are pipeline_url, pipeline_id, job"
                )));
            }
        }
        Some(_) => return Err(err("`ci` must be an object or null")),
    }
    if !matches!(map.get("body"), Some(Value::Object(_))) {
        return Err(err("`body` is required and must be an object"));
    }
    let bytes = to_canonical(value).map_err(|e| err(e.to_string()))?;
    if bytes.len() > MAX_ENTRY_BYTES {
        return Err(err(format!(
            "the entry is {} bytes; the limit is {MAX_ENTRY_BYTES}",
            bytes.len()
        )));
    }
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn entry() -> Value {
        json!({
            "v": 1, "kind": "gate", "time": "2026-11-23T19:01:00Z", "service": "payments",
            "environment": null, "commit": "0123abcd", "artifact": null,
            "actor": {"id": "alice", "via": "local"}, "ci": null,
            "body": {"gate": "migrations", "outcome": "fail"}
        })
    }

    #[test]
    fn the_same_entry_always_gives_the_same_bytes() {
        let a = canonical_entry(&entry()).unwrap();
        let reordered: Value = serde_json::from_str(
            r#"{"body":{"outcome":"fail","gate":"migrations"},"ci":null,"actor":{"via":"local","id":"alice"},"artifact":null,"commit":"0123abcd","environment":null,"service":"payments","time":"2026-11-23T19:01:00Z","kind":"gate","v":1}"#,
        ).unwrap();
        assert_eq!(a, canonical_entry(&reordered).unwrap());
    }

    #[test]
    fn schema_errors_name_the_field() {
        let mut e = entry();
        e["kind"] = json!("deploy");
        assert!(
            canonical_entry(&e)
                .unwrap_err()
                .0
                .contains("`kind` is `deploy`")
        );
        let mut e = entry();
        e["extra"] = json!(1);
        assert!(
            canonical_entry(&e)
                .unwrap_err()
                .0
                .contains("unknown field `extra`")
        );
        let mut e = entry();
        e["commit"] = json!("xyz");
        assert!(canonical_entry(&e).unwrap_err().0.contains("`commit`"));
        let mut e = entry();
        e["service"] = json!("s".repeat(129));
        assert!(canonical_entry(&e).unwrap_err().0.contains("limit is 128"));
        let mut e = entry();
        e["body"] = json!({"blob": "x".repeat(70_000)});
        assert!(
            canonical_entry(&e)
                .unwrap_err()
                .0
                .contains("the limit is 65536")
        );
        let mut e = entry();
        e["time"] = json!("yesterday");
        assert!(
            canonical_entry(&e)
                .unwrap_err()
                .0
                .contains("YYYY-MM-DDTHH:MM:SSZ")
        );
        assert!(canonical_entry(&json!([1])).is_err());
    }
}
