//! The deployment controller: on every tick, each Deployment gets its
//! ReplicaSet for the current pod template (created, or an old one brought
//! back with a bumped revision), a rolling update within `maxSurge` and
//! `maxUnavailable`, old ReplicaSets pruned to `revisionHistoryLimit`, and
//! its status and conditions, as kube-controller-manager's
//! `pkg/controller/deployment` computes them.

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use serde_json::{Map, Value, json};

use crate::cluster::{Cluster, Key, Resource, owner_uid};
use crate::meta::{self, NOT_COPIED, REVISION, REVISION_HISTORY, TEMPLATE_HASH, int_at, str_at};

/// Runs the controller every `tick` until the task is aborted.
pub async fn run(cluster: Arc<Mutex<Cluster>>, tick: Duration) {
    let mut interval = tokio::time::interval(tick);
    interval.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        interval.tick().await;
        let mut c = cluster
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        c.reconcile(Instant::now());
    }
}

/// `maxSurge` or `maxUnavailable` of `replicas`: an integer, or a percentage
/// rounded up (surge) or down (unavailable).
fn scaled(value: Option<&Value>, replicas: i64, round_up: bool) -> i64 {
    match value {
        Some(Value::Number(n)) => n.as_i64().unwrap_or(0).max(0),
        Some(Value::String(s)) => {
            let pct = s.trim_end_matches('%').parse::<i64>().unwrap_or(25).max(0);
            let product = pct * replicas;
            if round_up {
                (product + 99) / 100
            } else {
                product / 100
            }
        }
        _ => {
            if round_up {
                (25 * replicas + 99) / 100
            } else {
                25 * replicas / 100
            }
        }
    }
}

/// One ReplicaSet's counts, for the Deployment's status.
#[derive(Debug, Clone, Copy, Default)]
struct Counts {
    spec: i64,
    running: i64,
    available: i64,
    terminating: i64,
}

fn count(n: usize) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}

fn set_condition(
    status: &mut Map<String, Value>,
    kind: &str,
    state: &str,
    reason: &str,
    message: &str,
    touch: bool,
) {
    let now = meta::now();
    let conditions = status
        .entry("conditions")
        .or_insert_with(|| Value::Array(Vec::new()));
    if !conditions.is_array() {
        *conditions = Value::Array(Vec::new());
    }
    let Value::Array(list) = conditions else {
        return;
    };
    let old = list.iter().position(|c| str_at(c, "/type") == Some(kind));
    if let Some(i) = old {
        let same_status = str_at(&list[i], "/status") == Some(state);
        if same_status && str_at(&list[i], "/reason") == Some(reason) && !touch {
            return;
        }
        let transition = if same_status {
            list[i]
                .get("lastTransitionTime")
                .cloned()
                .unwrap_or(json!(now))
        } else {
            json!(now)
        };
        list[i] = json!({"type": kind, "status": state, "reason": reason, "message": message,
            "lastUpdateTime": now, "lastTransitionTime": transition});
    } else {
        list.push(
            json!({"type": kind, "status": state, "reason": reason, "message": message,
            "lastUpdateTime": now, "lastTransitionTime": now}),
        );
    }
}

fn condition_reason<'a>(status: &'a Value, kind: &str) -> Option<&'a str> {
    status
        .get("conditions")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .find(|c| str_at(c, "/type") == Some(kind))
        .and_then(|c| str_at(c, "/reason"))
}

impl Cluster {
    /// One controller pass over every Deployment at `now`.
    pub fn reconcile(&mut self, now: Instant) {
        let keys: Vec<Key> = self.deployments.keys().cloned().collect();
        for key in keys {
            self.sync(&key, now);
        }
    }

    fn owned(&self, uid: &str) -> Vec<Key> {
        let mut keys: Vec<(u64, Key)> = self
            .replica_sets
            .iter()
            .filter(|(_, r)| owner_uid(&r.object) == Some(uid))
            .map(|(k, r)| (meta::revision(&r.object), k.clone()))
            .collect();
        keys.sort();
        keys.into_iter().map(|(_, k)| k).collect()
    }

    fn copied_annotations(deployment: &Value) -> Map<String, Value> {
        deployment
            .pointer("/metadata/annotations")
            .and_then(Value::as_object)
            .map(|a| {
                a.iter()
                    .filter(|(k, _)| !NOT_COPIED.contains(&k.as_str()))
                    .map(|(k, v)| (k.clone(), v.clone()))
                    .collect()
            })
            .unwrap_or_default()
    }

    /// Finds or makes the ReplicaSet of the Deployment's template. Returns
    /// its key and the `Progressing` reason and message when it was created
    /// or brought back.
    fn new_replica_set(
        &mut self,
        deployment: &Value,
        owned: &[Key],
        surge: i64,
    ) -> (Key, Option<(&'static str, String)>) {
        let ns = str_at(deployment, "/metadata/namespace")
            .unwrap_or_default()
            .to_string();
        let name = str_at(deployment, "/metadata/name")
            .unwrap_or_default()
            .to_string();
        let uid = str_at(deployment, "/metadata/uid")
            .unwrap_or_default()
            .to_string();
        let template = deployment
            .pointer("/spec/template")
            .cloned()
            .unwrap_or(Value::Null);
        let replicas = int_at(deployment, "/spec/replicas").unwrap_or(1);
        let found = owned.iter().find(|k| {
            self.replica_sets.get(*k).is_some_and(|r| {
                r.object
                    .pointer("/spec/template")
                    .is_some_and(|t| meta::without_hash(t) == template)
            })
        });
        let max_old = owned
            .iter()
            .filter(|k| Some(*k) != found)
            .filter_map(|k| self.replica_sets.get(k))
            .map(|r| meta::revision(&r.object))
            .max()
            .unwrap_or(0);
        let next = max_old + 1;
        let mut annotations = Self::copied_annotations(deployment);
        annotations.insert(
            "deployment.kubernetes.io/desired-replicas".into(),
            json!(replicas.to_string()),
        );
        annotations.insert(
            "deployment.kubernetes.io/max-replicas".into(),
            json!((replicas + surge).to_string()),
        );
        if let Some(key) = found {
            let key = key.clone();
            let Some(rs) = self.replica_sets.get(&key).map(|r| r.object.clone()) else {
                return (key, None);
            };
            let mut updated = rs.clone();
            let old_rev = meta::revision(&rs);
            let mut event = None;
            if old_rev < next {
                annotations.insert(REVISION.into(), json!(next.to_string()));
                let mut history: Vec<String> = rs
                    .pointer("/metadata/annotations")
                    .and_then(|a| a.get(REVISION_HISTORY))
                    .and_then(Value::as_str)
                    .map(|h| {
                        h.split(',')
                            .filter(|x| !x.is_empty())
                            .map(str::to_string)
                            .collect()
                    })
                    .unwrap_or_default();
                history.push(old_rev.to_string());
                annotations.insert(REVISION_HISTORY.into(), json!(history.join(",")));
                event = Some((
                    "FoundNewReplicaSet",
                    format!(
                        "Found new replica set \"{}\"",
                        str_at(&rs, "/metadata/name").unwrap_or_default()
                    ),
                ));
            }
            for (k, v) in annotations {
                meta::set(&mut updated, &["metadata", "annotations", &k], v);
            }
            self.store(Resource::ReplicaSets, updated);
            return (key, event);
        }
        let collisions = int_at(deployment, "/status/collisionCount").unwrap_or(0);
        let mut hash = meta::template_hash(&template, u64::try_from(collisions).unwrap_or(0));
        let mut rs_name = format!("{name}-{hash}");
        let mut bump = 1u64;
        while self
            .replica_sets
            .contains_key(&(ns.clone(), rs_name.clone()))
        {
            hash = meta::template_hash(&template, u64::try_from(collisions).unwrap_or(0) + bump);
            rs_name = format!("{name}-{hash}");
            bump += 1;
        }
        annotations.insert(REVISION.into(), json!(next.to_string()));
        let mut labels = template
            .pointer("/metadata/labels")
            .and_then(Value::as_object)
            .cloned()
            .unwrap_or_default();
        labels.insert(TEMPLATE_HASH.into(), json!(hash));
        let mut rs_template = template.clone();
        meta::set(
            &mut rs_template,
            &["metadata", "labels", TEMPLATE_HASH],
            json!(hash),
        );
        let mut selector = deployment
            .pointer("/spec/selector")
            .cloned()
            .unwrap_or(json!({}));
        meta::set(&mut selector, &["matchLabels", TEMPLATE_HASH], json!(hash));
        let rs_uid = self.next_uid();
        let rs = json!({
            "apiVersion": "apps/v1",
            "kind": "ReplicaSet",
            "metadata": {
                "name": rs_name,
                "namespace": ns,
                "uid": rs_uid,
                "generation": 1,
                "creationTimestamp": meta::now(),
                "labels": labels,
                "annotations": annotations,
                "ownerReferences": [{"apiVersion": "apps/v1", "kind": "Deployment", "name": name,
                    "uid": uid, "controller": true, "blockOwnerDeletion": true}]
            },
            "spec": {"replicas": 0, "selector": selector, "template": rs_template},
            "status": {"replicas": 0, "observedGeneration": 1}
        });
        self.store(Resource::ReplicaSets, rs);
        (
            (ns, rs_name.clone()),
            Some((
                "NewReplicaSetCreated",
                format!("Created new replica set \"{rs_name}\""),
            )),
        )
    }

    fn counts(&self, key: &Key, now: Instant) -> Counts {
        self.replica_sets
            .get(key)
            .map_or_else(Counts::default, |r| Counts {
                spec: int_at(&r.object, "/spec/replicas").unwrap_or(0),
                running: count(r.pods.running()),
                available: count(r.pods.available(now, self.config.ready_after)),
                terminating: count(r.pods.terminating(now)),
            })
    }

    /// Sets a ReplicaSet's `spec.replicas` (bumping its generation) and
    /// scales its pods.
    fn scale(&mut self, key: &Key, replicas: i64, now: Instant) {
        let Some(rs) = self.replica_sets.get(key).map(|r| r.object.clone()) else {
            return;
        };
        let replicas = replicas.max(0);
        if int_at(&rs, "/spec/replicas") != Some(replicas) {
            let mut updated = rs.clone();
            meta::set(&mut updated, &["spec", "replicas"], json!(replicas));
            let generation = int_at(&rs, "/metadata/generation").unwrap_or(1) + 1;
            meta::set(&mut updated, &["metadata", "generation"], json!(generation));
            self.store(Resource::ReplicaSets, updated);
        }
        let (ready_after, linger) = (self.config.ready_after, self.config.terminate_after);
        if let Some(r) = self.replica_sets.get_mut(key) {
            r.pods.scale(
                usize::try_from(replicas).unwrap_or(0),
                now,
                ready_after,
                linger,
            );
        }
    }

    /// Writes a ReplicaSet's status from its pods.
    fn replica_set_status(&mut self, key: &Key, now: Instant) {
        let c = self.counts(key, now);
        let Some(rs) = self.replica_sets.get(key).map(|r| r.object.clone()) else {
            return;
        };
        let mut updated = rs.clone();
        let status = json!({
            "replicas": c.running,
            "fullyLabeledReplicas": c.running,
            "readyReplicas": c.available,
            "availableReplicas": c.available,
            "terminatingReplicas": c.terminating,
            "observedGeneration": int_at(&rs, "/metadata/generation").unwrap_or(1),
        });
        if let Some(m) = updated.as_object_mut() {
            m.insert("status".into(), status);
        }
        self.store(Resource::ReplicaSets, updated);
    }

    fn sync(&mut self, key: &Key, now: Instant) {
        let Some(state) = self.deployments.get(key) else {
            return;
        };
        let deployment = state.object.clone();
        let uid = str_at(&deployment, "/metadata/uid")
            .unwrap_or_default()
            .to_string();
        let replicas = int_at(&deployment, "/spec/replicas").unwrap_or(1).max(0);
        let rolling = deployment.pointer("/spec/strategy/rollingUpdate");
        let recreate = str_at(&deployment, "/spec/strategy/type") == Some("Recreate");
        let mut surge = if recreate {
            0
        } else {
            scaled(rolling.and_then(|r| r.get("maxSurge")), replicas, true)
        };
        let mut unavailable = if recreate {
            replicas
        } else {
            scaled(
                rolling.and_then(|r| r.get("maxUnavailable")),
                replicas,
                false,
            )
        };
        if surge == 0 && unavailable == 0 {
            unavailable = 1;
        }
        surge = surge.max(0);
        let owned = self.owned(&uid);
        let (new_key, event) = self.new_replica_set(&deployment, &owned, surge);
        let old: Vec<Key> = self
            .owned(&uid)
            .into_iter()
            .filter(|k| *k != new_key)
            .collect();

        // Scale: the new ReplicaSet up within maxSurge, the old ones down
        // within maxUnavailable (unhealthy pods first).
        let new = self.counts(&new_key, now);
        let old_spec: i64 = old.iter().map(|k| self.counts(k, now).spec).sum();
        if recreate {
            let old_running: i64 = old.iter().map(|k| self.counts(k, now).running).sum();
            for k in &old {
                self.scale(k, 0, now);
            }
            if old_running == 0 {
                self.scale(&new_key, replicas, now);
            }
        } else {
            let mut new_spec = new.spec;
            if new_spec > replicas {
                new_spec = replicas;
            } else if new_spec < replicas {
                let room = replicas + surge - (new_spec + old_spec);
                if room > 0 {
                    new_spec += room.min(replicas - new_spec);
                }
            }
            self.scale(&new_key, new_spec, now);
            let new = self.counts(&new_key, now);
            let min_available = replicas - unavailable;
            let all = new.spec + old_spec;
            let mut budget = all - min_available - (new.spec - new.available);
            for k in &old {
                if budget <= 0 {
                    break;
                }
                let c = self.counts(k, now);
                let down = (c.spec - c.available).min(budget).max(0);
                if down > 0 {
                    self.scale(k, c.spec - down, now);
                    budget -= down;
                }
            }
            let available: i64 = std::iter::once(&new_key)
                .chain(old.iter())
                .map(|k| self.counts(k, now).available)
                .sum();
            let mut budget = available - min_available;
            for k in &old {
                if budget <= 0 {
                    break;
                }
                let c = self.counts(k, now);
                let down = c.spec.min(budget).max(0);
                if down > 0 {
                    self.scale(k, c.spec - down, now);
                    budget -= down;
                }
            }
        }
        for k in std::iter::once(&new_key).chain(old.iter()) {
            let (ready_after, linger) = (self.config.ready_after, self.config.terminate_after);
            if let Some(r) = self.replica_sets.get_mut(k) {
                let running = r.pods.running();
                r.pods.scale(running, now, ready_after, linger);
            }
            self.replica_set_status(k, now);
        }

        // Status.
        let new = self.counts(&new_key, now);
        let all: Vec<Counts> = std::iter::once(&new_key)
            .chain(old.iter())
            .map(|k| self.counts(k, now))
            .collect();
        let total_running: i64 = all.iter().map(|c| c.running).sum();
        let total_spec: i64 = all.iter().map(|c| c.spec).sum();
        let available: i64 = all.iter().map(|c| c.available).sum();
        let terminating: i64 = all.iter().map(|c| c.terminating).sum();
        let previous = deployment.get("status").cloned().unwrap_or(json!({}));
        let mut status = previous.as_object().cloned().unwrap_or_default();
        status.insert(
            "observedGeneration".into(),
            json!(int_at(&deployment, "/metadata/generation").unwrap_or(1)),
        );
        status.insert("replicas".into(), json!(total_running));
        status.insert("updatedReplicas".into(), json!(new.running));
        status.insert("readyReplicas".into(), json!(available));
        status.insert("availableReplicas".into(), json!(available));
        status.insert(
            "unavailableReplicas".into(),
            json!((total_spec - available).max(0)),
        );
        status.insert("terminatingReplicas".into(), json!(terminating));
        if available >= replicas - unavailable {
            set_condition(
                &mut status,
                "Available",
                "True",
                "MinimumReplicasAvailable",
                "Deployment has minimum availability.",
                false,
            );
        } else {
            set_condition(
                &mut status,
                "Available",
                "False",
                "MinimumReplicasUnavailable",
                "Deployment does not have minimum availability.",
                false,
            );
        }
        let rs_name = new_key.1.clone();
        let complete =
            new.running == replicas && total_running == replicas && available == replicas;
        let prev = |f: &str| int_at(&previous, &format!("/{f}")).unwrap_or(0);
        let progressed = new.running > prev("updatedReplicas")
            || available > prev("readyReplicas")
            || available > prev("availableReplicas")
            || total_running - new.running < prev("replicas") - prev("updatedReplicas");
        let deadline = int_at(&deployment, "/spec/progressDeadlineSeconds")
            .map(|s| Duration::from_secs(u64::try_from(s).unwrap_or(0)));
        let mut progress_at = self.deployments.get(key).map_or(now, |d| d.progress_at);
        if let Some((reason, message)) = event {
            set_condition(&mut status, "Progressing", "True", reason, &message, true);
            progress_at = now;
        }
        if complete {
            set_condition(
                &mut status,
                "Progressing",
                "True",
                "NewReplicaSetAvailable",
                &format!("ReplicaSet \"{rs_name}\" has successfully progressed."),
                false,
            );
        } else if progressed {
            set_condition(
                &mut status,
                "Progressing",
                "True",
                "ReplicaSetUpdated",
                &format!("ReplicaSet \"{rs_name}\" is progressing."),
                true,
            );
            progress_at = now;
        } else if let Some(deadline) = deadline {
            let snapshot = Value::Object(status.clone());
            let reason = condition_reason(&snapshot, "Progressing");
            if reason != Some("NewReplicaSetAvailable")
                && now.saturating_duration_since(progress_at) > deadline
            {
                set_condition(
                    &mut status,
                    "Progressing",
                    "False",
                    "ProgressDeadlineExceeded",
                    &format!("ReplicaSet \"{rs_name}\" has timed out progressing."),
                    false,
                );
            }
        }
        let mut updated = deployment.clone();
        if let Some(rs) = self.replica_sets.get(&new_key) {
            let revision = meta::revision(&rs.object).to_string();
            meta::set(
                &mut updated,
                &["metadata", "annotations", REVISION],
                json!(revision),
            );
        }
        if let Some(m) = updated.as_object_mut() {
            m.insert("status".into(), Value::Object(status));
        }
        self.store(Resource::Deployments, updated);
        if let Some(d) = self.deployments.get_mut(key) {
            d.progress_at = progress_at;
        }

        // revisionHistoryLimit, once the rollout is complete.
        if complete {
            let limit =
                usize::try_from(int_at(&deployment, "/spec/revisionHistoryLimit").unwrap_or(10))
                    .unwrap_or(0);
            let idle: Vec<Key> = old
                .iter()
                .filter(|k| {
                    let c = self.counts(k, now);
                    c.spec == 0 && c.running == 0 && c.terminating == 0
                })
                .cloned()
                .collect();
            if idle.len() > limit {
                for k in &idle[..idle.len() - limit] {
                    self.remove(Resource::ReplicaSets, k);
                }
            }
        }
    }
}
