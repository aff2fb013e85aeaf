//! The three patch types the API accepts on a Deployment:
//!
//! - JSON patch (RFC 6902, `application/json-patch+json`), which
//!   `kubectl rollout undo` sends;
//! - JSON merge patch (RFC 7386, `application/merge-patch+json`);
//! - strategic merge patch (`application/strategic-merge-patch+json`), which
//!   `kubectl set image` sends: a merge patch where lists of objects with a
//!   merge key (`containers` by `name`, `ports` by `containerPort`...) merge
//!   element by element, with the `$patch` and `$setElementOrder` directives.

use serde_json::{Map, Value};

/// A patch that cannot be applied.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PatchError(pub String);

impl std::fmt::Display for PatchError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for PatchError {}

/// RFC 7386 §2: objects merge key by key, `null` removes, anything else
/// replaces.
pub fn merge_patch(target: &mut Value, patch: &Value) {
    let Value::Object(patch) = patch else {
        *target = patch.clone();
        return;
    };
    if !target.is_object() {
        *target = Value::Object(Map::new());
    }
    if let Value::Object(target) = target {
        for (k, v) in patch {
            if v.is_null() {
                target.remove(k);
            } else {
                merge_patch(target.entry(k.clone()).or_insert(Value::Null), v);
            }
        }
    }
}

/// The merge key of a list field, as the Kubernetes API types declare it
/// (`patchMergeKey`), for the fields a Deployment has.
fn merge_key(field: &str) -> Option<&'static str> {
    Some(match field {
        "containers"
        | "initContainers"
        | "ephemeralContainers"
        | "volumes"
        | "env"
        | "imagePullSecrets"
        | "resourceClaims" => "name",
        "ports" => "containerPort",
        "volumeMounts" => "mountPath",
        "volumeDevices" => "devicePath",
        "conditions" => "type",
        "ownerReferences" => "uid",
        "hostAliases" => "ip",
        "topologySpreadConstraints" => "topologyKey",
        _ => return None,
    })
}

/// A strategic merge patch over `target`.
pub fn strategic_merge_patch(target: &mut Value, patch: &Value) -> Result<(), PatchError> {
    let Value::Object(p) = patch else {
        return Err(PatchError(format!(
            "a strategic merge patch must be a JSON object, not `{patch}`"
        )));
    };
    match p.get("$patch").and_then(Value::as_str) {
        Some("replace") => {
            let mut replaced = p.clone();
            replaced.remove("$patch");
            *target = Value::Object(replaced);
            return Ok(());
        }
        Some("delete") => {
            *target = Value::Null;
            return Ok(());
        }
        Some("merge") | None => {}
        Some(other) => return Err(PatchError(format!("unknown `$patch` directive `{other}`"))),
    }
    if !target.is_object() {
        *target = Value::Object(Map::new());
    }
    let Value::Object(t) = target else {
        return Ok(());
    };
    for (key, value) in p {
        if key.starts_with('$') {
            // `$patch` (handled), `$setElementOrder/FIELD`, `$retainKeys`,
            // `$deleteFromPrimitiveList/FIELD`: ordering and pruning hints
            // the merge below does not need.
            if let Some(field) = key.strip_prefix("$deleteFromPrimitiveList/")
                && let (Some(Value::Array(list)), Some(gone)) = (t.get_mut(field), value.as_array())
            {
                list.retain(|v| !gone.contains(v));
            }
            continue;
        }
        if value.is_null() {
            t.remove(key);
            continue;
        }
        match (merge_key(key), value) {
            (Some(mk), Value::Array(items)) => {
                let slot = t.entry(key.clone()).or_insert(Value::Array(Vec::new()));
                if !slot.is_array() {
                    *slot = Value::Array(Vec::new());
                }
                if let Value::Array(list) = slot {
                    merge_list(list, items, mk, key)?;
                }
            }
            (_, Value::Object(_)) => {
                let slot = t.entry(key.clone()).or_insert(Value::Null);
                strategic_merge_patch(slot, value)?;
                if slot.is_null() {
                    t.remove(key);
                }
            }
            _ => {
                t.insert(key.clone(), value.clone());
            }
        }
    }
    Ok(())
}

fn merge_list(
    list: &mut Vec<Value>,
    items: &[Value],
    key: &str,
    field: &str,
) -> Result<(), PatchError> {
    if items
        .iter()
        .any(|i| i.get("$patch").and_then(Value::as_str) == Some("replace"))
    {
        list.clear();
        list.extend(items.iter().filter(|i| i.get("$patch").is_none()).cloned());
        return Ok(());
    }
    for item in items {
        let id = item.get(key).cloned().ok_or_else(|| {
            PatchError(format!(
                "an element of `{field}` in the patch has no merge key `{key}`: {item}"
            ))
        })?;
        let at = list.iter().position(|e| e.get(key) == Some(&id));
        if item.get("$patch").and_then(Value::as_str) == Some("delete") {
            if let Some(at) = at {
                list.remove(at);
            }
            continue;
        }
        if let Some(at) = at {
            strategic_merge_patch(&mut list[at], item)?;
        } else {
            let mut added = Value::Null;
            strategic_merge_patch(&mut added, item)?;
            list.push(added);
        }
    }
    Ok(())
}

/// RFC 6901 reference tokens of `pointer`.
fn tokens(pointer: &str) -> Result<Vec<String>, PatchError> {
    if pointer.is_empty() {
        return Ok(Vec::new());
    }
    let rest = pointer
        .strip_prefix('/')
        .ok_or_else(|| PatchError(format!("`{pointer}` is not a JSON pointer")))?;
    Ok(rest
        .split('/')
        .map(|t| t.replace("~1", "/").replace("~0", "~"))
        .collect())
}

fn parent_mut<'a>(
    doc: &'a mut Value,
    toks: &[String],
    pointer: &str,
) -> Result<&'a mut Value, PatchError> {
    let mut at = doc;
    for t in toks {
        at = match at {
            Value::Object(m) => m.get_mut(t),
            Value::Array(a) => t.parse::<usize>().ok().and_then(|i| a.get_mut(i)),
            _ => None,
        }
        .ok_or_else(|| PatchError(format!("the path `{pointer}` does not exist")))?;
    }
    Ok(at)
}

fn add(doc: &mut Value, pointer: &str, value: Value) -> Result<(), PatchError> {
    let toks = tokens(pointer)?;
    let Some((last, parent)) = toks.split_last() else {
        *doc = value;
        return Ok(());
    };
    match parent_mut(doc, parent, pointer)? {
        Value::Object(m) => {
            m.insert(last.clone(), value);
            Ok(())
        }
        Value::Array(a) => {
            let i = if last == "-" {
                a.len()
            } else {
                last.parse::<usize>()
                    .ok()
                    .filter(|i| *i <= a.len())
                    .ok_or_else(|| PatchError(format!("`{pointer}`: no index `{last}`")))?
            };
            a.insert(i, value);
            Ok(())
        }
        _ => Err(PatchError(format!(
            "`{pointer}`: the parent is not a container"
        ))),
    }
}

fn remove(doc: &mut Value, pointer: &str) -> Result<Value, PatchError> {
    let toks = tokens(pointer)?;
    let Some((last, parent)) = toks.split_last() else {
        return Err(PatchError("cannot remove the whole document".into()));
    };
    let missing = || PatchError(format!("the path `{pointer}` does not exist"));
    match parent_mut(doc, parent, pointer)? {
        Value::Object(m) => m.remove(last).ok_or_else(missing),
        Value::Array(a) => {
            let i = last
                .parse::<usize>()
                .ok()
                .filter(|i| *i < a.len())
                .ok_or_else(missing)?;
            Ok(a.remove(i))
        }
        _ => Err(missing()),
    }
}

fn get(doc: &Value, pointer: &str) -> Result<Value, PatchError> {
    doc.pointer(pointer)
        .cloned()
        .ok_or_else(|| PatchError(format!("the path `{pointer}` does not exist")))
}

/// Applies an RFC 6902 JSON patch: `add`, `remove`, `replace`, `move`,
/// `copy`, `test`. All or nothing.
pub fn json_patch(doc: &mut Value, patch: &Value) -> Result<(), PatchError> {
    let ops = patch
        .as_array()
        .ok_or_else(|| PatchError("a JSON patch must be an array of operations".into()))?;
    let mut work = doc.clone();
    for op in ops {
        let path = op
            .get("path")
            .and_then(Value::as_str)
            .ok_or_else(|| PatchError(format!("the operation {op} has no `path`")))?;
        let value = || {
            op.get("value")
                .cloned()
                .ok_or_else(|| PatchError(format!("the operation {op} has no `value`")))
        };
        let from = || {
            op.get("from")
                .and_then(Value::as_str)
                .ok_or_else(|| PatchError(format!("the operation {op} has no `from`")))
        };
        match op.get("op").and_then(Value::as_str) {
            Some("add") => add(&mut work, path, value()?)?,
            Some("remove") => {
                remove(&mut work, path)?;
            }
            Some("replace") => {
                remove(&mut work, path)?;
                add(&mut work, path, value()?)?;
            }
            Some("move") => {
                let moved = remove(&mut work, from()?)?;
                add(&mut work, path, moved)?;
            }
            Some("copy") => {
                let copied = get(&work, from()?)?;
                add(&mut work, path, copied)?;
            }
            Some("test") => {
                if get(&work, path)? != value()? {
                    return Err(PatchError(format!("the test of `{path}` failed")));
                }
            }
            other => {
                return Err(PatchError(format!(
                    "unknown JSON patch operation {other:?} in {op}"
                )));
            }
        }
    }
    *doc = work;
    Ok(())
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, reason = "a test fails by panicking")]

    use super::*;
    use serde_json::json;

    #[test]
    fn strategic_merge_merges_containers_by_name_as_set_image_sends() {
        let mut d = json!({"spec": {"template": {"spec": {"containers": [
            {"name": "web", "image": "a:1", "ports": [{"containerPort": 80}]},
            {"name": "side", "image": "s:1"}
        ]}}}});
        strategic_merge_patch(
            &mut d,
            &json!({"spec": {"template": {"spec": {
                "$setElementOrder/containers": [{"name": "web"}, {"name": "side"}],
                "containers": [{"name": "web", "image": "a:2"}]
            }}}}),
        )
        .unwrap();
        assert_eq!(
            d.pointer("/spec/template/spec/containers").unwrap(),
            &json!([
                {"name": "web", "image": "a:2", "ports": [{"containerPort": 80}]},
                {"name": "side", "image": "s:1"}
            ])
        );
    }

    #[test]
    fn strategic_merge_directives_delete_and_replace() {
        let mut d = json!({"c": [{"name": "a"}, {"name": "b"}], "containers": [{"name": "a"}, {"name": "b"}]});
        strategic_merge_patch(
            &mut d,
            &json!({"containers": [{"name": "a", "$patch": "delete"}], "c": [{"name": "z"}]}),
        )
        .unwrap();
        assert_eq!(
            d,
            json!({"c": [{"name": "z"}], "containers": [{"name": "b"}]})
        );
        assert!(strategic_merge_patch(&mut d, &json!({"containers": [{"image": "x"}]})).is_err());
        assert!(strategic_merge_patch(&mut d, &json!([1])).is_err());
    }

    #[test]
    fn merge_patch_follows_rfc_7386() {
        let mut d = json!({"a": "b", "c": {"d": "e", "f": "g"}});
        merge_patch(&mut d, &json!({"a": "z", "c": {"f": null}}));
        assert_eq!(d, json!({"a": "z", "c": {"d": "e"}}));
    }

    #[test]
    fn json_patch_follows_rfc_6902_and_is_all_or_nothing() {
        let mut d = json!({"metadata": {"annotations": {"a": "1"}}, "list": [1, 2]});
        json_patch(
            &mut d,
            &json!([
                {"op": "replace", "path": "/metadata/annotations", "value": {"b/c": "2"}},
                {"op": "add", "path": "/list/-", "value": 3},
                {"op": "test", "path": "/metadata/annotations/b~1c", "value": "2"},
                {"op": "copy", "from": "/list/0", "path": "/first"},
                {"op": "remove", "path": "/list/1"}
            ]),
        )
        .unwrap();
        assert_eq!(
            d,
            json!({"metadata": {"annotations": {"b/c": "2"}}, "list": [1, 3], "first": 1})
        );
        let before = d.clone();
        let err = json_patch(
            &mut d,
            &json!([{"op": "remove", "path": "/first"}, {"op": "replace", "path": "/nope", "value": 1}]),
        )
        .unwrap_err();
        assert!(err.0.contains("/nope"), "{err}");
        assert_eq!(d, before);
    }
}
