//! Turning a client's entry into the entry the ledger records.
//!
//! The client's JSON is read with the ledger's own schema
//! ([`Entry::from_value`]), after three changes: `v` defaults to 1 and
//! `time` to now; the `actor` becomes the authenticated identity; and an
//! actor the client sent is kept only as `body.claimed_actor`, a claim beside
//! the actor. Then each kind's own rules apply ([`check_kind`]).

use serde_json::{Map, Value};
use shipgate_ledger::entry::{Entry, Kind};
use shipgate_ledger::time::format_unix;

use crate::auth::Identity;
use crate::error::ApiError;

/// The outcomes a `gate` entry may have.
const GATE_OUTCOMES: [&str; 4] = ["pass", "warn", "fail", "error"];
/// The outcomes a `smoke` entry may have.
const SMOKE_OUTCOMES: [&str; 2] = ["pass", "fail"];

/// Validates one client entry for `identity` and returns its canonical bytes.
/// `prefix` names it in errors (`entries[3].`, or empty for a single entry):
/// 403 when the identity may not write its kind, 422 with the field when it
/// breaks the schema or its kind's rules.
pub fn prepare(
    value: &Value,
    identity: &Identity,
    now: u64,
    prefix: &str,
) -> Result<Vec<u8>, ApiError> {
    let Value::Object(client) = value else {
        return Err(ApiError::invalid("an entry must be a JSON object")
            .with_field(prefix.trim_end_matches('.')));
    };
    let mut map = client.clone();
    if let Some(kind) = map.get("kind").and_then(Value::as_str)
        && let Ok(kind) = kind.parse::<Kind>()
    {
        identity.require_write(kind)?;
    }
    map.entry("v").or_insert(Value::from(1));
    if map.get("time").is_none_or(Value::is_null) {
        map.insert("time".into(), Value::from(format_unix(now)));
    }
    let claimed = map.remove("actor").filter(|a| !a.is_null());
    map.insert("actor".into(), identity.actor().to_value());
    if let (Some(claimed), Some(Value::Object(body))) = (claimed, map.get_mut("body")) {
        body.insert("claimed_actor".into(), claimed);
    }
    let entry = Entry::from_value(&Value::Object(map)).map_err(|e| {
        let field =
            e.0.split('`')
                .nth(1)
                .map(|f| f.trim_start_matches("actor.").to_owned())
                .filter(|f| !f.contains(' '))
                .unwrap_or_default();
        let error = ApiError::invalid(e.0.clone());
        if field.is_empty() {
            error
        } else {
            error.with_field(format!("{prefix}{field}"))
        }
    })?;
    identity.require_write(entry.kind)?;
    check_kind(&entry).map_err(|(field, message)| {
        ApiError::invalid(message).with_field(format!("{prefix}{field}"))
    })?;
    entry
        .to_bytes()
        .map_err(|e| ApiError::invalid(e.0).with_field(prefix.trim_end_matches('.')))
}

/// Each kind's own rules, beyond the schema: `(field, message)` on failure.
///
/// - `gate`: `body.gate` names the gate; `body.outcome` is pass, warn, fail or error.
/// - `approval`, `deployment`: `commit` and `environment` are set.
/// - `rollback`: `environment` is set.
/// - `smoke`: `environment` is set; `body.outcome` is pass or fail.
/// - `note`, `admin`: no further rules.
pub fn check_kind(entry: &Entry) -> Result<(), (String, String)> {
    let missing = |field: &str| {
        Err((
            field.to_owned(),
            format!("a `{}` entry needs `{field}`", entry.kind),
        ))
    };
    let body_text = |key: &str| entry.body.get(key).and_then(Value::as_str);
    let outcome = |allowed: &[&str]| match body_text("outcome") {
        Some(o) if allowed.contains(&o) => Ok(()),
        Some(o) => Err((
            "body.outcome".to_owned(),
            format!(
                "`body.outcome` is `{o}`; a `{}` entry's outcome is one of {}",
                entry.kind,
                allowed.join(", ")
            ),
        )),
        None => missing("body.outcome"),
    };
    match entry.kind {
        Kind::Gate => {
            if body_text("gate").is_none_or(str::is_empty) {
                return missing("body.gate");
            }
            outcome(&GATE_OUTCOMES)
        }
        Kind::Approval | Kind::Deployment => {
            if entry.commit.is_none() {
                return missing("commit");
            }
            if entry.environment.is_none() {
                return missing("environment");
            }
            Ok(())
        }
        Kind::Rollback => {
            if entry.environment.is_none() {
                return missing("environment");
            }
            Ok(())
        }
        Kind::Smoke => {
            if entry.environment.is_none() {
                return missing("environment");
            }
            outcome(&SMOKE_OUTCOMES)
        }
        Kind::Note | Kind::Admin => Ok(()),
    }
}

/// An object from a JSON literal built in code.
pub fn object(value: Value) -> Map<String, Value> {
    match value {
        Value::Object(map) => map,
        _ => Map::new(),
    }
}
