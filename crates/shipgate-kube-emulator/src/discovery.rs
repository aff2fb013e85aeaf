//! Discovery: what kubectl's REST mapper reads to learn that `deployment`
//! and `deploy` mean `deployments.apps/v1`.

use serde_json::{Value, json};

/// `/version`: the Kubernetes version the emulator speaks for.
pub fn version() -> Value {
    json!({
        "major": "1", "minor": "33", "gitVersion": "v1.33.0-shipgate-emulator",
        "gitCommit": "0000000000000000000000000000000000000000", "gitTreeState": "clean",
        "buildDate": "2026-01-01T00:00:00Z", "goVersion": "go1.24", "compiler": "gc",
        "platform": "linux/amd64"
    })
}

/// `/api`: the core group's versions.
pub fn core_versions(server: &str) -> Value {
    json!({
        "kind": "APIVersions", "versions": ["v1"],
        "serverAddressByClientCIDRs": [{"clientCIDR": "0.0.0.0/0", "serverAddress": server}]
    })
}

/// `/api/v1`: the emulator serves no core resource.
pub fn core_v1() -> Value {
    json!({"kind": "APIResourceList", "groupVersion": "v1", "resources": []})
}

fn apps_group() -> Value {
    json!({
        "name": "apps",
        "versions": [{"groupVersion": "apps/v1", "version": "v1"}],
        "preferredVersion": {"groupVersion": "apps/v1", "version": "v1"}
    })
}

/// `/apis`: the groups, `apps` only.
pub fn groups() -> Value {
    let mut group = apps_group();
    if let Some(m) = group.as_object_mut() {
        m.insert("kind".into(), json!("APIGroup"));
        m.insert("apiVersion".into(), json!("v1"));
    }
    json!({"kind": "APIGroupList", "apiVersion": "v1", "groups": [apps_group()]})
}

/// `/apis/apps`: the `apps` group.
pub fn apps() -> Value {
    let mut group = apps_group();
    if let Some(m) = group.as_object_mut() {
        m.insert("kind".into(), json!("APIGroup"));
        m.insert("apiVersion".into(), json!("v1"));
    }
    group
}

/// `/apis/apps/v1`: Deployments and ReplicaSets.
pub fn apps_v1() -> Value {
    let verbs = json!([
        "create", "delete", "get", "list", "patch", "update", "watch"
    ]);
    json!({
        "kind": "APIResourceList", "apiVersion": "v1", "groupVersion": "apps/v1",
        "resources": [
            {"name": "deployments", "singularName": "deployment", "namespaced": true,
             "kind": "Deployment", "verbs": verbs, "shortNames": ["deploy"], "categories": ["all"]},
            {"name": "deployments/status", "singularName": "", "namespaced": true,
             "kind": "Deployment", "verbs": ["get"]},
            {"name": "replicasets", "singularName": "replicaset", "namespaced": true,
             "kind": "ReplicaSet", "verbs": ["get", "list", "watch"], "shortNames": ["rs"],
             "categories": ["all"]}
        ]
    })
}
