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
//! most 65,535 bytes. It is stored in its canonical encoding (see [`crate::canonical`]).
//!
//! [`canonical_entry`] validates untyped JSON (such as `shipgate ledger append`
//! input); [`Entry`] and its [`EntryBuilder`] build an entry in Rust and give the
//! same canonical bytes as [`canonical_entry`] of the same JSON.
//!
//! ```
//! use shipgate_ledger::entry::{Actor, Entry, GateBody, Kind};
//!
//! let entry = Entry::builder(Kind::Gate, "2026-11-23T19:01:00Z", "payments", Actor::new("alice", "local"))
//!     .commit(Some("0123abcd".into()))
//!     .body(GateBody::new("migrations", "fail").into())
//!     .build()?;
//! let bytes = entry.to_bytes()?;
//! assert!(bytes.starts_with(br#"{"actor":{"id":"alice","via":"local"},"artifact":null,"body":{"#));
//! # Ok::<(), shipgate_ledger::entry::EntryError>(())
//! ```

use std::collections::BTreeMap;
use std::fmt;
use std::str::FromStr;

use serde_json::{Map, Value};

use crate::canonical::to_canonical;

/// The largest encoded entry: 65,535 bytes, so that every entry fits the
/// big-endian `uint16` length prefix of a C2SP tlog-tiles entry bundle.
pub const MAX_ENTRY_BYTES: usize = 65_535;

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

/// An entry's kind: the `kind` field.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    /// A gate's result (`--record`).
    Gate,
    /// An approval of a release.
    Approval,
    /// A deployment.
    Deployment,
    /// A rollback.
    Rollback,
    /// A smoke test's result.
    Smoke,
    /// A free-form note.
    Note,
    /// An administrative action.
    Admin,
}

impl Kind {
    /// Every kind, in the order of [`KINDS`].
    pub const ALL: [Kind; 7] = [
        Kind::Gate,
        Kind::Approval,
        Kind::Deployment,
        Kind::Rollback,
        Kind::Smoke,
        Kind::Note,
        Kind::Admin,
    ];

    /// The kind as written in an entry.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Gate => "gate",
            Kind::Approval => "approval",
            Kind::Deployment => "deployment",
            Kind::Rollback => "rollback",
            Kind::Smoke => "smoke",
            Kind::Note => "note",
            Kind::Admin => "admin",
        }
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Kind {
    type Err = EntryError;

    fn from_str(s: &str) -> Result<Self, EntryError> {
        Kind::ALL
            .into_iter()
            .find(|k| k.as_str() == s)
            .ok_or_else(|| {
                err(format!(
                    "`kind` is `{s}`; it must be one of {}",
                    KINDS.join(", ")
                ))
            })
    }
}

/// Who made an entry, and how that was established: the `actor` field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Actor {
    /// The identity, at most 256 characters.
    pub id: String,
    /// How it was established (`gitlab-ci`, `github-oidc`, `token`,
    /// `git-config`, `local`), at most 64 characters.
    pub via: String,
    /// Whether anyone checked it; `None` leaves the field out.
    pub verified: Option<bool>,
}

impl Actor {
    /// An actor with no `verified` field.
    pub fn new(id: impl Into<String>, via: impl Into<String>) -> Self {
        Self {
            id: id.into(),
            via: via.into(),
            verified: None,
        }
    }

    /// An actor marked `verified: false`: a claim nobody checked (CI
    /// variables, the local git user).
    pub fn unverified(id: impl Into<String>, via: impl Into<String>) -> Self {
        Self {
            verified: Some(false),
            ..Self::new(id, via)
        }
    }

    /// The JSON object.
    pub fn to_value(&self) -> Value {
        let mut map = Map::new();
        map.insert("id".into(), Value::from(self.id.as_str()));
        map.insert("via".into(), Value::from(self.via.as_str()));
        if let Some(verified) = self.verified {
            map.insert("verified".into(), Value::Bool(verified));
        }
        Value::Object(map)
    }
}

/// The CI context of an entry: the `ci` field. Every field is written, as
/// null when unknown.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Ci {
    /// The pipeline's URL, at most 2048 characters.
    pub pipeline_url: Option<String>,
    /// The pipeline's id, at most 64 characters.
    pub pipeline_id: Option<String>,
    /// The job's name or URL, at most 256 characters.
    pub job: Option<String>,
}

impl Ci {
    /// The JSON object.
    pub fn to_value(&self) -> Value {
        let mut map = Map::new();
        map.insert("pipeline_url".into(), opt(self.pipeline_url.as_deref()));
        map.insert("pipeline_id".into(), opt(self.pipeline_id.as_deref()));
        map.insert("job".into(), opt(self.job.as_deref()));
        Value::Object(map)
    }
}

fn opt(value: Option<&str>) -> Value {
    value.map_or(Value::Null, Value::from)
}

/// A typed ledger entry (schema version 1). Every top-level field is written,
/// as null when unset, so [`Entry::to_bytes`] equals [`canonical_entry`] of the
/// same JSON written in full.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// What happened.
    pub kind: Kind,
    /// When, as `YYYY-MM-DDTHH:MM:SSZ` (UTC).
    pub time: String,
    /// The service, 1 to 128 characters.
    pub service: String,
    /// The environment (`staging`, `production`, ...), at most 64 characters.
    pub environment: Option<String>,
    /// The release's commit, 7 to 64 hex digits.
    pub commit: Option<String>,
    /// An image digest such as `sha256:...`, at most 256 characters.
    pub artifact: Option<String>,
    /// Who, and how that was established.
    pub actor: Actor,
    /// The CI context, when there is one.
    pub ci: Option<Ci>,
    /// The kind-specific body.
    pub body: Map<String, Value>,
}

impl Entry {
    /// Starts an entry with its required fields; the rest are null and the
    /// body is empty until set.
    pub fn builder(
        kind: Kind,
        time: impl Into<String>,
        service: impl Into<String>,
        actor: Actor,
    ) -> EntryBuilder {
        EntryBuilder {
            entry: Entry {
                kind,
                time: time.into(),
                service: service.into(),
                environment: None,
                commit: None,
                artifact: None,
                actor,
                ci: None,
                body: Map::new(),
            },
        }
    }

    /// The entry as JSON, every top-level field present.
    pub fn to_value(&self) -> Value {
        let mut map = Map::new();
        map.insert("v".into(), Value::from(1));
        map.insert("kind".into(), Value::from(self.kind.as_str()));
        map.insert("time".into(), Value::from(self.time.as_str()));
        map.insert("service".into(), Value::from(self.service.as_str()));
        map.insert("environment".into(), opt(self.environment.as_deref()));
        map.insert("commit".into(), opt(self.commit.as_deref()));
        map.insert("artifact".into(), opt(self.artifact.as_deref()));
        map.insert("actor".into(), self.actor.to_value());
        map.insert(
            "ci".into(),
            self.ci.as_ref().map_or(Value::Null, Ci::to_value),
        );
        map.insert("body".into(), Value::Object(self.body.clone()));
        Value::Object(map)
    }

    /// Validates the entry and returns its canonical bytes, exactly those of
    /// [`canonical_entry`] of [`Entry::to_value`].
    pub fn to_bytes(&self) -> Result<Vec<u8>, EntryError> {
        canonical_entry(&self.to_value())
    }

    /// Reads an entry from JSON, validating it as [`canonical_entry`] does.
    pub fn from_value(value: &Value) -> Result<Self, EntryError> {
        canonical_entry(value)?;
        let text = |map: &Map<String, Value>, key: &str| {
            map.get(key).and_then(Value::as_str).map(str::to_owned)
        };
        // canonical_entry checked every field's presence and type.
        let map = value.as_object().cloned().unwrap_or_default();
        let actor = map
            .get("actor")
            .and_then(Value::as_object)
            .cloned()
            .unwrap_or_default();
        let ci = map.get("ci").and_then(Value::as_object).map(|ci| Ci {
            pipeline_url: text(ci, "pipeline_url"),
            pipeline_id: text(ci, "pipeline_id"),
            job: text(ci, "job"),
        });
        Ok(Entry {
            kind: text(&map, "kind").unwrap_or_default().parse()?,
            time: text(&map, "time").unwrap_or_default(),
            service: text(&map, "service").unwrap_or_default(),
            environment: text(&map, "environment"),
            commit: text(&map, "commit"),
            artifact: text(&map, "artifact"),
            actor: Actor {
                id: text(&actor, "id").unwrap_or_default(),
                via: text(&actor, "via").unwrap_or_default(),
                verified: actor.get("verified").and_then(Value::as_bool),
            },
            ci,
            body: map
                .get("body")
                .and_then(Value::as_object)
                .cloned()
                .unwrap_or_default(),
        })
    }
}

impl TryFrom<&Value> for Entry {
    type Error = EntryError;

    fn try_from(value: &Value) -> Result<Self, EntryError> {
        Entry::from_value(value)
    }
}

/// Builds an [`Entry`]; [`EntryBuilder::build`] validates it.
#[derive(Debug, Clone)]
#[must_use]
pub struct EntryBuilder {
    entry: Entry,
}

impl EntryBuilder {
    /// Sets the environment.
    pub fn environment(mut self, environment: Option<String>) -> Self {
        self.entry.environment = environment;
        self
    }

    /// Sets the commit.
    pub fn commit(mut self, commit: Option<String>) -> Self {
        self.entry.commit = commit;
        self
    }

    /// Sets the artifact (an image digest).
    pub fn artifact(mut self, artifact: Option<String>) -> Self {
        self.entry.artifact = artifact;
        self
    }

    /// Sets the CI context.
    pub fn ci(mut self, ci: Option<Ci>) -> Self {
        self.entry.ci = ci;
        self
    }

    /// Sets the body.
    pub fn body(mut self, body: Map<String, Value>) -> Self {
        self.entry.body = body;
        self
    }

    /// The entry, once it passes the schema (lengths, formats, size).
    pub fn build(self) -> Result<Entry, EntryError> {
        self.entry.to_bytes()?;
        Ok(self.entry)
    }
}

/// The findings a gate counted, by severity: the `counts` of a [`GateBody`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct GateCounts {
    /// Active errors.
    pub error: u64,
    /// Active warnings.
    pub warning: u64,
    /// Active infos.
    pub info: u64,
    /// Suppressed findings (waived, allowed in the source or baselined).
    pub suppressed: u64,
}

/// The body of a `gate` entry: one gate run, bound to its full report by the
/// report's SHA-256.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct GateBody {
    /// The gate (`migrations`, `secrets`, ...).
    pub gate: String,
    /// `pass`, `warn`, `fail`, or `error` when the gate could not run.
    pub outcome: String,
    /// The lowest severity that fails the gate.
    pub fail_on: String,
    /// Findings by severity.
    pub counts: GateCounts,
    /// The gate's counters (`files`, `statements`, ...).
    pub stats: BTreeMap<String, u64>,
    /// The version of the tool that ran the gate.
    pub tool_version: String,
    /// The format of the report the hash is of.
    pub report_format: String,
    /// The SHA-256 of the report, in hex.
    pub report_sha256: String,
    /// Whether the work tree differed from the commit; `None` outside git.
    pub dirty: Option<bool>,
    /// Why the gate could not run (outcome `error`); left out when `None`.
    pub error: Option<String>,
}

impl GateBody {
    /// A body with the gate and its outcome; every other field is empty.
    pub fn new(gate: impl Into<String>, outcome: impl Into<String>) -> Self {
        Self {
            gate: gate.into(),
            outcome: outcome.into(),
            ..Self::default()
        }
    }
}

impl From<GateBody> for Map<String, Value> {
    fn from(body: GateBody) -> Self {
        let mut counts = Map::new();
        counts.insert("error".into(), body.counts.error.into());
        counts.insert("warning".into(), body.counts.warning.into());
        counts.insert("info".into(), body.counts.info.into());
        counts.insert("suppressed".into(), body.counts.suppressed.into());
        let stats: Map<String, Value> = body
            .stats
            .into_iter()
            .map(|(k, v)| (k, Value::from(v)))
            .collect();
        let mut map = Map::new();
        map.insert("gate".into(), body.gate.into());
        map.insert("outcome".into(), body.outcome.into());
        map.insert("fail_on".into(), body.fail_on.into());
        map.insert("counts".into(), Value::Object(counts));
        map.insert("stats".into(), Value::Object(stats));
        map.insert("tool_version".into(), body.tool_version.into());
        map.insert("report_format".into(), body.report_format.into());
        map.insert("report_sha256".into(), body.report_sha256.into());
        map.insert("dirty".into(), body.dirty.map_or(Value::Null, Value::Bool));
        if let Some(error) = body.error {
            map.insert("error".into(), error.into());
        }
        map
    }
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
                .contains("the limit is 65535")
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

    /// The known-answer entry of this module, built with the typed builder.
    fn typed_entry() -> Entry {
        let mut body = Map::new();
        body.insert("gate".into(), json!("migrations"));
        body.insert("outcome".into(), json!("fail"));
        Entry::builder(
            Kind::Gate,
            "2026-11-23T19:01:00Z",
            "payments",
            Actor::new("alice", "local"),
        )
        .commit(Some("0123abcd".into()))
        .body(body)
        .build()
        .unwrap()
    }

    #[test]
    fn the_typed_builder_gives_the_bytes_of_canonical_entry() {
        // The known-answer entry.
        let typed = typed_entry().to_bytes().unwrap();
        assert_eq!(typed, canonical_entry(&entry()).unwrap());
        assert_eq!(
            String::from_utf8(typed).unwrap(),
            r#"{"actor":{"id":"alice","via":"local"},"artifact":null,"body":{"gate":"migrations","outcome":"fail"},"ci":null,"commit":"0123abcd","environment":null,"kind":"gate","service":"payments","time":"2026-11-23T19:01:00Z","v":1}"#
        );

        // A gate entry as `--record` writes it, in CI, with an error.
        let mut body = GateBody::new("secrets", "error");
        body.fail_on = "error".into();
        body.counts = GateCounts {
            error: 2,
            warning: 1,
            info: 0,
            suppressed: 3,
        };
        body.stats.insert("files".into(), 12);
        body.stats.insert("skipped binary".into(), 1);
        body.tool_version = "0.1.0".into();
        body.report_format = "json".into();
        body.report_sha256 = "ab".repeat(32);
        body.dirty = Some(true);
        body.error = Some("cannot read `x`: \"quoted\"\n\u{1}é".into());
        let typed = Entry::builder(
            Kind::Gate,
            "2026-01-31T23:59:59Z",
            "payments-api",
            Actor::unverified("bob@example.com", "gitlab-ci"),
        )
        .environment(Some("production".into()))
        .commit(Some("0123456789abcdef0123456789abcdef01234567".into()))
        .ci(Some(Ci {
            pipeline_url: Some("https://gitlab.example/p/-/pipelines/7".into()),
            pipeline_id: Some("7".into()),
            job: None,
        }))
        .body(body.into())
        .build()
        .unwrap();
        let untyped = json!({
            "v": 1, "kind": "gate", "time": "2026-01-31T23:59:59Z", "service": "payments-api",
            "environment": "production", "commit": "0123456789abcdef0123456789abcdef01234567",
            "artifact": null,
            "actor": {"id": "bob@example.com", "via": "gitlab-ci", "verified": false},
            "ci": {"pipeline_url": "https://gitlab.example/p/-/pipelines/7", "pipeline_id": "7", "job": null},
            "body": {
                "gate": "secrets", "outcome": "error", "fail_on": "error",
                "counts": {"error": 2, "warning": 1, "info": 0, "suppressed": 3},
                "stats": {"files": 12, "skipped binary": 1},
                "tool_version": "0.1.0", "report_format": "json", "report_sha256": "ab".repeat(32),
                "dirty": true, "error": "cannot read `x`: \"quoted\"\n\u{1}é",
            },
        });
        assert_eq!(
            typed.to_bytes().unwrap(),
            canonical_entry(&untyped).unwrap()
        );
        assert_eq!(typed.to_value(), untyped);

        // Every kind, an artifact, a verified actor, no error and no git.
        for kind in Kind::ALL {
            let mut body = GateBody::new("coverage", "pass");
            body.dirty = None;
            let typed = Entry::builder(
                kind,
                "2026-02-28T00:00:00Z",
                "s",
                Actor {
                    verified: Some(true),
                    ..Actor::new("ci-bot", "token")
                },
            )
            .artifact(Some("sha256:feed".into()))
            .body(body.into())
            .build()
            .unwrap();
            let untyped = json!({
                "v": 1, "kind": kind.as_str(), "time": "2026-02-28T00:00:00Z", "service": "s",
                "environment": null, "commit": null, "artifact": "sha256:feed",
                "actor": {"id": "ci-bot", "via": "token", "verified": true}, "ci": null,
                "body": {
                    "gate": "coverage", "outcome": "pass", "fail_on": "",
                    "counts": {"error": 0, "warning": 0, "info": 0, "suppressed": 0},
                    "stats": {}, "tool_version": "", "report_format": "", "report_sha256": "",
                    "dirty": null,
                },
            });
            assert_eq!(
                typed.to_bytes().unwrap(),
                canonical_entry(&untyped).unwrap()
            );
            // And back: JSON read into the typed entry gives the same entry.
            assert_eq!(Entry::from_value(&untyped).unwrap(), typed);
        }
    }

    #[test]
    fn the_typed_builder_refuses_what_the_schema_refuses() {
        let actor = || Actor::new("alice", "local");
        let build = |time: &str| Entry::builder(Kind::Note, time, "s", actor()).build();
        assert!(build("2026-11-23T19:01:00Z").is_ok());
        assert!(
            build("yesterday")
                .unwrap_err()
                .0
                .contains("YYYY-MM-DDTHH:MM:SSZ")
        );
        assert!(build("2026-02-31T00:00:00Z").is_err());
        let e = Entry::builder(Kind::Gate, "2026-11-23T19:01:00Z", "s", actor())
            .commit(Some("xyz".into()))
            .build()
            .unwrap_err();
        assert!(e.0.contains("`commit` is `xyz`"), "{e}");
        let e = Entry::builder(Kind::Gate, "2026-11-23T19:01:00Z", "", actor())
            .build()
            .unwrap_err();
        assert!(e.0.contains("`service` must not be empty"), "{e}");
        let e = Entry::builder(
            Kind::Gate,
            "2026-11-23T19:01:00Z",
            "s",
            Actor::new("", "local"),
        )
        .build()
        .unwrap_err();
        assert!(e.0.contains("actor: `id` must not be empty"), "{e}");
        let mut body = Map::new();
        body.insert("amount".into(), json!(1.5));
        let e = Entry::builder(Kind::Gate, "2026-11-23T19:01:00Z", "s", actor())
            .body(body)
            .build()
            .unwrap_err();
        assert!(e.0.contains("$.body.amount"), "{e}");
        let mut body = Map::new();
        body.insert("blob".into(), json!("x".repeat(70_000)));
        assert!(
            Entry::builder(Kind::Gate, "2026-11-23T19:01:00Z", "s", actor())
                .body(body)
                .build()
                .is_err()
        );
    }

    #[test]
    fn kinds_parse_and_reading_json_validates_it() {
        assert_eq!(
            Kind::ALL.map(Kind::as_str),
            KINDS,
            "Kind::ALL and KINDS list the same kinds"
        );
        assert_eq!("rollback".parse::<Kind>().unwrap(), Kind::Rollback);
        assert!(
            "deploy"
                .parse::<Kind>()
                .unwrap_err()
                .0
                .contains("`kind` is `deploy`")
        );
        assert_eq!(Entry::from_value(&entry()).unwrap(), typed_entry());
        let mut bad = entry();
        bad["extra"] = json!(1);
        assert!(
            Entry::from_value(&bad)
                .unwrap_err()
                .0
                .contains("unknown field `extra`")
        );
        assert!(Entry::try_from(&json!({"v": 1})).is_err());
    }
}
