//! Object metadata helpers: timestamps, the pod-template hash, and reading
//! nested JSON.

use serde_json::{Map, Value};

/// The annotation holding a ReplicaSet's (and its Deployment's) revision.
pub const REVISION: &str = "deployment.kubernetes.io/revision";
/// The annotation listing the revisions a ReplicaSet had before.
pub const REVISION_HISTORY: &str = "deployment.kubernetes.io/revision-history";
/// The label that ties a ReplicaSet and its pods to their template.
pub const TEMPLATE_HASH: &str = "pod-template-hash";

/// Annotations of a Deployment the controller does not copy onto its
/// ReplicaSets (nor `kubectl rollout undo` back).
pub const NOT_COPIED: [&str; 5] = [
    "kubectl.kubernetes.io/last-applied-configuration",
    REVISION,
    REVISION_HISTORY,
    "deployment.kubernetes.io/desired-replicas",
    "deployment.kubernetes.io/max-replicas",
];

/// Now, as RFC 3339 to the second (`2026-01-02T03:04:05Z`).
pub fn now() -> String {
    let now = jiff::Timestamp::now();
    jiff::Timestamp::from_second(now.as_second())
        .unwrap_or(now)
        .to_string()
}

/// The string at `path` in `v`.
pub fn str_at<'a>(v: &'a Value, path: &str) -> Option<&'a str> {
    v.pointer(path).and_then(Value::as_str)
}

/// The integer at `path` in `v`.
pub fn int_at(v: &Value, path: &str) -> Option<i64> {
    v.pointer(path).and_then(Value::as_i64)
}

/// Sets `value` at `path` in `v`, creating objects on the way (and
/// replacing whatever is not an object there).
pub fn set(v: &mut Value, path: &[&str], value: Value) {
    let Some((last, parents)) = path.split_last() else {
        *v = value;
        return;
    };
    let mut at = v;
    for key in parents {
        if !at.is_object() {
            *at = Value::Object(Map::new());
        }
        let Value::Object(m) = at else { return };
        at = m.entry((*key).to_string()).or_insert(Value::Null);
    }
    if !at.is_object() {
        *at = Value::Object(Map::new());
    }
    if let Value::Object(m) = at {
        m.insert((*last).to_string(), value);
    }
}

/// A ReplicaSet's revision (0 when missing or not a number).
pub fn revision(v: &Value) -> u64 {
    v.pointer("/metadata/annotations")
        .and_then(|a| a.get(REVISION))
        .and_then(Value::as_str)
        .and_then(|r| r.parse().ok())
        .unwrap_or(0)
}

/// The pod template without the `pod-template-hash` label, to compare a
/// ReplicaSet's template with its Deployment's.
pub fn without_hash(template: &Value) -> Value {
    let mut t = template.clone();
    if let Some(labels) = t
        .pointer_mut("/metadata/labels")
        .and_then(Value::as_object_mut)
    {
        labels.remove(TEMPLATE_HASH);
    }
    t
}

fn canonical(v: &Value, out: &mut String) {
    match v {
        Value::Object(m) => {
            let mut keys: Vec<&String> = m.keys().collect();
            keys.sort();
            out.push('{');
            for k in keys {
                out.push_str(&Value::String(k.clone()).to_string());
                out.push(':');
                canonical(&m[k], out);
                out.push(',');
            }
            out.push('}');
        }
        Value::Array(a) => {
            out.push('[');
            for x in a {
                canonical(x, out);
                out.push(',');
            }
            out.push(']');
        }
        other => out.push_str(&other.to_string()),
    }
}

/// The `pod-template-hash` of a template: FNV-1a (32 bits) of its canonical
/// JSON and the collision count, its decimal digits spelled in the
/// vowel-free alphabet Kubernetes uses for generated names.
pub fn template_hash(template: &Value, collision_count: u64) -> String {
    const ALPHABET: &[u8] = b"bcdfghjklmnpqrstvwxz2456789";
    let mut text = String::new();
    canonical(&without_hash(template), &mut text);
    text.push_str(&collision_count.to_string());
    let mut hash: u32 = 0x811c_9dc5;
    for b in text.bytes() {
        hash ^= u32::from(b);
        hash = hash.wrapping_mul(0x0100_0193);
    }
    hash.to_string()
        .bytes()
        .map(|d| char::from(ALPHABET[usize::from(d) % ALPHABET.len()]))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn the_hash_ignores_key_order_and_its_own_label() {
        let a = json!({"metadata": {"labels": {"app": "w"}}, "spec": {"x": 1, "y": 2}});
        let b = json!({"spec": {"y": 2, "x": 1}, "metadata": {"labels": {"app": "w", "pod-template-hash": "zz"}}});
        assert_eq!(template_hash(&a, 0), template_hash(&b, 0));
        assert_ne!(template_hash(&a, 0), template_hash(&a, 1));
        assert_ne!(
            template_hash(&a, 0),
            template_hash(&json!({"spec": {"x": 2}}), 0)
        );
    }
}
