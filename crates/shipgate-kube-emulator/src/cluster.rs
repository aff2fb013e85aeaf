//! The cluster's state: Deployments and ReplicaSets as the API serves them,
//! the pods behind each ReplicaSet, the resource version, and the event log
//! watches read.

use std::collections::{BTreeMap, VecDeque};
use std::net::SocketAddr;
use std::time::Instant;

use serde_json::{Value, json};
use tokio::sync::broadcast;

use crate::Config;
use crate::meta::{self, int_at, str_at};
use crate::pods::Pods;
use crate::selector::LabelSelector;
use crate::status::Status;

/// How many events a watch can resume from.
const HISTORY: usize = 10_000;

/// `(namespace, name)`.
pub type Key = (String, String);

/// The two resources the emulator serves.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Resource {
    /// `deployments.apps`.
    Deployments,
    /// `replicasets.apps`.
    ReplicaSets,
}

impl Resource {
    /// The `Kind` of one object.
    pub fn kind(self) -> &'static str {
        match self {
            Self::Deployments => "Deployment",
            Self::ReplicaSets => "ReplicaSet",
        }
    }

    /// `deployments.apps` or `replicasets.apps`, as error messages name it.
    pub fn qualified(self) -> &'static str {
        match self {
            Self::Deployments => "deployments.apps",
            Self::ReplicaSets => "replicasets.apps",
        }
    }
}

/// One change, as a watch sends it.
#[derive(Debug, Clone)]
pub struct Event {
    /// The resource version the change made.
    pub rv: u64,
    /// Which resource.
    pub resource: Resource,
    /// `ADDED`, `MODIFIED` or `DELETED`.
    pub kind: &'static str,
    /// The object after the change (before, for `DELETED`).
    pub object: Value,
}

/// A Deployment and what the controller remembers of it.
#[derive(Debug, Clone)]
pub(crate) struct DeploymentState {
    pub object: Value,
    /// When it last made progress (the `Progressing` condition's
    /// `lastUpdateTime`), for `progressDeadlineSeconds`.
    pub progress_at: Instant,
}

/// A ReplicaSet and its pods.
#[derive(Debug, Clone)]
pub(crate) struct ReplicaSetState {
    pub object: Value,
    pub pods: Pods,
}

/// The emulated cluster.
#[derive(Debug)]
pub struct Cluster {
    pub(crate) config: Config,
    pub(crate) addr: SocketAddr,
    rv: u64,
    uid: u64,
    pub(crate) deployments: BTreeMap<Key, DeploymentState>,
    pub(crate) replica_sets: BTreeMap<Key, ReplicaSetState>,
    history: VecDeque<Event>,
    events: broadcast::Sender<Event>,
}

fn key_of(v: &Value) -> Key {
    (
        str_at(v, "/metadata/namespace")
            .unwrap_or_default()
            .to_string(),
        str_at(v, "/metadata/name").unwrap_or_default().to_string(),
    )
}

/// The object without its resource version, to tell a real change.
fn unversioned(v: &Value) -> Value {
    let mut v = v.clone();
    if let Some(m) = v.pointer_mut("/metadata").and_then(Value::as_object_mut) {
        m.remove("resourceVersion");
    }
    v
}

/// Drops `null` members, as the API server does when it decodes into its
/// types (`"creationTimestamp": null` in a template kubectl sends).
fn prune_nulls(v: &mut Value) {
    match v {
        Value::Object(m) => {
            m.retain(|_, x| !x.is_null());
            m.values_mut().for_each(prune_nulls);
        }
        Value::Array(a) => a.iter_mut().for_each(prune_nulls),
        _ => {}
    }
}

/// The API server's defaults for a pod template, so that a template sent
/// back by `kubectl rollout undo` compares equal to the one stored.
fn default_template(d: &mut Value) {
    let Some(spec) = d
        .pointer_mut("/spec/template/spec")
        .and_then(Value::as_object_mut)
    else {
        return;
    };
    for (k, v) in [
        ("restartPolicy", json!("Always")),
        ("terminationGracePeriodSeconds", json!(30)),
        ("dnsPolicy", json!("ClusterFirst")),
        ("securityContext", json!({})),
        ("schedulerName", json!("default-scheduler")),
    ] {
        spec.entry(k).or_insert(v);
    }
    for list in ["containers", "initContainers"] {
        for c in spec
            .get_mut(list)
            .and_then(Value::as_array_mut)
            .into_iter()
            .flatten()
        {
            let image = str_at(c, "/image").unwrap_or_default().to_string();
            let tag = image
                .rsplit('/')
                .next()
                .and_then(|last| last.split_once(':').map(|(_, t)| t.to_string()));
            let policy = if image.contains('@') || tag.is_some_and(|t| t != "latest") {
                "IfNotPresent"
            } else {
                "Always"
            };
            if let Some(c) = c.as_object_mut() {
                for (k, v) in [
                    ("resources", json!({})),
                    ("terminationMessagePath", json!("/dev/termination-log")),
                    ("terminationMessagePolicy", json!("File")),
                    ("imagePullPolicy", json!(policy)),
                ] {
                    c.entry(k).or_insert(v);
                }
            }
        }
    }
}

fn default_deployment(d: &mut Value) {
    prune_nulls(d);
    default_template(d);
    let mut put = |path: &[&str], value: Value| {
        let pointer: String = path.iter().fold(String::new(), |acc, p| acc + "/" + p);
        if d.pointer(&pointer).is_none_or(Value::is_null) {
            meta::set(d, path, value);
        }
    };
    put(&["spec", "replicas"], json!(1));
    put(&["spec", "revisionHistoryLimit"], json!(10));
    put(&["spec", "progressDeadlineSeconds"], json!(600));
    put(&["spec", "strategy", "type"], json!("RollingUpdate"));
    if str_at(d, "/spec/strategy/type") == Some("RollingUpdate") {
        let mut put = |path: &[&str], value: Value| {
            let pointer: String = path.iter().fold(String::new(), |acc, p| acc + "/" + p);
            if d.pointer(&pointer).is_none_or(Value::is_null) {
                meta::set(d, path, value);
            }
        };
        put(
            &["spec", "strategy", "rollingUpdate", "maxSurge"],
            json!("25%"),
        );
        put(
            &["spec", "strategy", "rollingUpdate", "maxUnavailable"],
            json!("25%"),
        );
    }
    d["apiVersion"] = json!("apps/v1");
    d["kind"] = json!("Deployment");
}

fn validate_deployment(d: &Value) -> Result<(), String> {
    let name = str_at(d, "/metadata/name").unwrap_or_default();
    if name.is_empty()
        || name.len() > 253
        || !name
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'.')
    {
        return Err(format!(
            "metadata.name: Invalid value: \"{name}\": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.'"
        ));
    }
    let replicas = d.pointer("/spec/replicas");
    if replicas.is_some_and(|r| r.as_i64().is_none_or(|r| r < 0)) {
        return Err("spec.replicas: Invalid value: must be greater than or equal to 0".into());
    }
    let selector = d
        .pointer("/spec/selector")
        .ok_or("spec.selector: Required value")?;
    let selector = LabelSelector::from_json(selector).map_err(|e| format!("spec.selector: {e}"))?;
    if selector.is_empty() {
        return Err(
            "spec.selector: Invalid value: empty selector is invalid for deployment".into(),
        );
    }
    let labels = d
        .pointer("/spec/template/metadata/labels")
        .and_then(Value::as_object);
    if !selector.matches(labels) {
        return Err(
            "spec.template.metadata.labels: Invalid value: `selector` does not match template `labels`"
                .into(),
        );
    }
    let containers = d
        .pointer("/spec/template/spec/containers")
        .and_then(Value::as_array)
        .filter(|c| !c.is_empty())
        .ok_or("spec.template.spec.containers: Required value")?;
    for (i, c) in containers.iter().enumerate() {
        if str_at(c, "/name").is_none_or(str::is_empty) {
            return Err(format!(
                "spec.template.spec.containers[{i}].name: Required value"
            ));
        }
        if str_at(c, "/image").is_none_or(|i| i.trim().is_empty()) {
            return Err(format!(
                "spec.template.spec.containers[{i}].image: Required value"
            ));
        }
    }
    for p in [
        "/spec/revisionHistoryLimit",
        "/spec/progressDeadlineSeconds",
    ] {
        if d.pointer(p)
            .is_some_and(|v| v.as_i64().is_none_or(|v| v < 0))
        {
            return Err(format!(
                "{}: Invalid value: must be a non-negative integer",
                &p[1..].replace('/', ".")
            ));
        }
    }
    Ok(())
}

impl Cluster {
    /// An empty cluster.
    pub fn new(config: Config, addr: SocketAddr) -> Self {
        let (events, _) = broadcast::channel(4096);
        Self {
            config,
            addr,
            rv: 1000,
            uid: 0,
            deployments: BTreeMap::new(),
            replica_sets: BTreeMap::new(),
            history: VecDeque::new(),
            events,
        }
    }

    /// Makes every write answer 403 Forbidden (or not), as
    /// [`Config::read_only`] does from the start.
    pub fn set_read_only(&mut self, read_only: bool) {
        self.config.read_only = read_only;
    }

    /// The current resource version.
    pub fn resource_version(&self) -> u64 {
        self.rv
    }

    /// A new object uid.
    pub(crate) fn next_uid(&mut self) -> String {
        self.uid += 1;
        format!("00000000-0000-4000-8000-{:012x}", self.uid)
    }

    fn record(&mut self, resource: Resource, kind: &'static str, object: Value) {
        let event = Event {
            rv: self.rv,
            resource,
            kind,
            object,
        };
        if self.history.len() >= HISTORY {
            self.history.pop_front();
        }
        self.history.push_back(event.clone());
        let _ = self.events.send(event);
    }

    /// Stores `object` under a new resource version, with an event, unless
    /// nothing but its resource version changed. Returns the stored object.
    pub(crate) fn store(&mut self, resource: Resource, mut object: Value) -> Value {
        let key = key_of(&object);
        let old = match resource {
            Resource::Deployments => self.deployments.get(&key).map(|d| &d.object),
            Resource::ReplicaSets => self.replica_sets.get(&key).map(|r| &r.object),
        };
        if let Some(old) = old
            && unversioned(old) == unversioned(&object)
        {
            return old.clone();
        }
        let kind = if old.is_some() { "MODIFIED" } else { "ADDED" };
        self.rv += 1;
        meta::set(
            &mut object,
            &["metadata", "resourceVersion"],
            json!(self.rv.to_string()),
        );
        match resource {
            Resource::Deployments => {
                if let Some(d) = self.deployments.get_mut(&key) {
                    d.object = object.clone();
                } else {
                    self.deployments.insert(
                        key,
                        DeploymentState {
                            object: object.clone(),
                            progress_at: Instant::now(),
                        },
                    );
                }
            }
            Resource::ReplicaSets => {
                if let Some(r) = self.replica_sets.get_mut(&key) {
                    r.object = object.clone();
                } else {
                    let pulls = self.pulls(&object);
                    self.replica_sets.insert(
                        key,
                        ReplicaSetState {
                            object: object.clone(),
                            pods: Pods::new(pulls),
                        },
                    );
                }
            }
        }
        self.record(resource, kind, object.clone());
        object
    }

    /// Removes an object, with a `DELETED` event.
    pub(crate) fn remove(&mut self, resource: Resource, key: &Key) -> Option<Value> {
        let object = match resource {
            Resource::Deployments => self.deployments.remove(key).map(|d| d.object),
            Resource::ReplicaSets => self.replica_sets.remove(key).map(|r| r.object),
        }?;
        self.rv += 1;
        self.record(resource, "DELETED", object.clone());
        Some(object)
    }

    /// Whether the pod template's images all pull.
    pub(crate) fn pulls(&self, replica_set: &Value) -> bool {
        let images = replica_set
            .pointer("/spec/template/spec/containers")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(|c| str_at(c, "/image"));
        let never = &self.config.never_pull;
        !images.into_iter().any(|i| {
            never
                .iter()
                .any(|n| !n.is_empty() && i.contains(n.as_str()))
        })
    }

    /// Creates a Deployment in `namespace`.
    pub fn create_deployment(&mut self, namespace: &str, mut body: Value) -> Result<Value, Status> {
        let name = str_at(&body, "/metadata/name")
            .unwrap_or_default()
            .to_string();
        if let Some(ns) = str_at(&body, "/metadata/namespace")
            && ns != namespace
        {
            return Err(Status::bad_request(format!(
                "the namespace of the provided object ({ns}) does not match the namespace sent on the request ({namespace})"
            )));
        }
        let key = (namespace.to_string(), name.clone());
        if self.deployments.contains_key(&key) {
            return Err(Status::already_exists("deployments.apps", &name));
        }
        default_deployment(&mut body);
        validate_deployment(&body).map_err(|m| Status::invalid("Deployment.apps", &name, &m))?;
        let uid = self.next_uid();
        meta::set(&mut body, &["metadata", "namespace"], json!(namespace));
        meta::set(&mut body, &["metadata", "uid"], json!(uid));
        meta::set(&mut body, &["metadata", "generation"], json!(1));
        meta::set(
            &mut body,
            &["metadata", "creationTimestamp"],
            json!(meta::now()),
        );
        if let Some(m) = body.as_object_mut() {
            m.insert("status".into(), json!({}));
        }
        Ok(self.store(Resource::Deployments, body))
    }

    /// Replaces a Deployment's metadata and spec (an update, or the result
    /// of a patch), keeping what the server owns: uid, creation time,
    /// generation (bumped when the spec changed) and status. A
    /// `resourceVersion` in `body` must be the current one.
    pub fn update_deployment(
        &mut self,
        namespace: &str,
        name: &str,
        mut body: Value,
    ) -> Result<Value, Status> {
        let key = (namespace.to_string(), name.to_string());
        let current = self
            .deployments
            .get(&key)
            .map(|d| d.object.clone())
            .ok_or_else(|| Status::not_found("deployments.apps", name))?;
        if let Some(rv) = str_at(&body, "/metadata/resourceVersion")
            && Some(rv) != str_at(&current, "/metadata/resourceVersion")
        {
            return Err(Status::new(
                409,
                "Conflict",
                format!(
                    "Operation cannot be fulfilled on deployments.apps \"{name}\": the object has been modified; please apply your changes to the latest version and try again"
                ),
            ));
        }
        if str_at(&body, "/metadata/name").is_some_and(|n| n != name) {
            return Err(Status::bad_request(format!(
                "the name of the object does not match the name on the URL ({name})"
            )));
        }
        default_deployment(&mut body);
        validate_deployment(&body).map_err(|m| Status::invalid("Deployment.apps", name, &m))?;
        let mut generation = int_at(&current, "/metadata/generation").unwrap_or(1);
        if body.get("spec") != current.get("spec") {
            generation += 1;
        }
        for field in ["uid", "creationTimestamp", "namespace", "name"] {
            if let Some(v) = current.pointer(&format!("/metadata/{field}")) {
                meta::set(&mut body, &["metadata", field], v.clone());
            }
        }
        meta::set(&mut body, &["metadata", "generation"], json!(generation));
        if let Some(m) = body.as_object_mut() {
            m.insert(
                "status".into(),
                current.get("status").cloned().unwrap_or_else(|| json!({})),
            );
        }
        Ok(self.store(Resource::Deployments, body))
    }

    /// Deletes a Deployment and, as the garbage collector would, its
    /// ReplicaSets.
    pub fn delete_deployment(&mut self, namespace: &str, name: &str) -> Result<Value, Status> {
        let key = (namespace.to_string(), name.to_string());
        let gone = self
            .remove(Resource::Deployments, &key)
            .ok_or_else(|| Status::not_found("deployments.apps", name))?;
        let uid = str_at(&gone, "/metadata/uid")
            .unwrap_or_default()
            .to_string();
        let owned: Vec<Key> = self
            .replica_sets
            .iter()
            .filter(|(_, r)| owner_uid(&r.object) == Some(uid.as_str()))
            .map(|(k, _)| k.clone())
            .collect();
        for k in owned {
            self.remove(Resource::ReplicaSets, &k);
        }
        Ok(gone)
    }

    /// The object `namespace/name` of `resource`.
    pub fn get(&self, resource: Resource, namespace: &str, name: &str) -> Option<Value> {
        let key = (namespace.to_string(), name.to_string());
        match resource {
            Resource::Deployments => self.deployments.get(&key).map(|d| d.object.clone()),
            Resource::ReplicaSets => self.replica_sets.get(&key).map(|r| r.object.clone()),
        }
    }

    /// The Deployment `namespace/name`.
    pub fn deployment(&self, namespace: &str, name: &str) -> Option<Value> {
        self.get(Resource::Deployments, namespace, name)
    }

    /// The ReplicaSets of `namespace`, oldest revision first.
    pub fn replica_sets(&self, namespace: &str) -> Vec<Value> {
        let mut all: Vec<Value> = self
            .replica_sets
            .iter()
            .filter(|((ns, _), _)| ns == namespace)
            .map(|(_, r)| r.object.clone())
            .collect();
        all.sort_by_key(meta::revision);
        all
    }

    /// Every object of `resource` (in `namespace`, or all) that `keep`
    /// accepts, by namespace and name.
    pub(crate) fn list(
        &self,
        resource: Resource,
        namespace: Option<&str>,
        keep: &dyn Fn(&Value) -> bool,
    ) -> Vec<Value> {
        let objects: Vec<&Value> = match resource {
            Resource::Deployments => self.deployments.values().map(|d| &d.object).collect(),
            Resource::ReplicaSets => self.replica_sets.values().map(|r| &r.object).collect(),
        };
        objects
            .into_iter()
            .filter(|o| namespace.is_none_or(|ns| str_at(o, "/metadata/namespace") == Some(ns)))
            .filter(|o| keep(o))
            .cloned()
            .collect()
    }

    /// The events after resource version `since` (`None` when the log no
    /// longer reaches back that far), and a receiver of the ones to come.
    pub(crate) fn events_since(
        &self,
        since: u64,
    ) -> (Option<Vec<Event>>, broadcast::Receiver<Event>) {
        let receiver = self.events.subscribe();
        let oldest = self
            .history
            .front()
            .map_or(self.rv, |e| e.rv.saturating_sub(1));
        if since < oldest && since < self.rv {
            return (None, receiver);
        }
        let past = self
            .history
            .iter()
            .filter(|e| e.rv > since)
            .cloned()
            .collect();
        (Some(past), receiver)
    }
}

/// The uid of an object's controlling owner.
pub(crate) fn owner_uid(v: &Value) -> Option<&str> {
    v.pointer("/metadata/ownerReferences")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .find(|o| o.get("controller").and_then(Value::as_bool) == Some(true))
        .and_then(|o| str_at(o, "/uid"))
}
