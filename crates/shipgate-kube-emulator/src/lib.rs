//! A Kubernetes API emulator for shipgate's tests.
//!
//! No kube-apiserver can be had where shipgate's tests run, so this crate
//! serves the part of the Kubernetes API a deployment touches, on loopback
//! over plain HTTP, and runs the deployment controller's state machine on a
//! clock:
//!
//! - discovery (`/version`, `/api`, `/apis`, `/api/v1`, `/apis/apps`,
//!   `/apis/apps/v1`), enough for kubectl's REST mapper;
//! - Deployments (create, get, list, watch, update, strategic-merge, JSON and
//!   merge patch, delete) and ReplicaSets (get, list, watch), with
//!   `resourceVersion`, label and field selectors;
//! - the controller: `metadata.generation` bumped on a spec change and
//!   `status.observedGeneration` following it, one ReplicaSet per pod
//!   template with the `deployment.kubernetes.io/revision` annotation (bumped
//!   when an old template comes back, as on `kubectl rollout undo`), a rolling
//!   update within `maxSurge` and `maxUnavailable`, `revisionHistoryLimit`,
//!   the `Progressing` condition with `ProgressDeadlineExceeded`;
//! - pods, internal only: they become available [`Config::ready_after`] after
//!   they are created, never when their image is one of
//!   [`Config::never_pull`], and terminate over [`Config::terminate_after`].
//!
//! It is not a Kubernetes: no pods API, no scheduler, no admission, no
//! authentication; [`Config::read_only`] answers every write with 403.
//!
//! ```no_run
//! use shipgate_kube_emulator::{Config, Emulator};
//!
//! let emulator = Emulator::start(Config::default()).expect("loopback port");
//! let kubeconfig = std::env::temp_dir().join("kubeconfig");
//! emulator.write_kubeconfig(&kubeconfig, "default").expect("written");
//! // point kubectl or a client at `kubeconfig`
//! ```

#![allow(
    clippy::doc_markdown,
    reason = "Kubernetes kinds (ReplicaSet, ReplicaSets, DeploymentList) are words of the prose here"
)]

mod api;
mod cluster;
mod controller;
mod discovery;
mod meta;
mod patch;
mod pods;
mod selector;
mod status;
mod watch;

use std::net::SocketAddr;
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::Duration;

use serde_json::Value;
use tokio::sync::oneshot;

pub use cluster::{Cluster, Resource};
pub use patch::{PatchError, json_patch, merge_patch, strategic_merge_patch};
pub use selector::{LabelSelector, SelectorError};
pub use status::Status;

/// How the emulated cluster behaves.
#[derive(Debug, Clone)]
pub struct Config {
    /// How long a pod takes from creation to available (its image pulled,
    /// its readiness probe passed).
    pub ready_after: Duration,
    /// Images that never pull: a pod whose container image contains one of
    /// these strings stays unavailable for ever (`ImagePullBackOff`).
    pub never_pull: Vec<String>,
    /// How long a pod spends terminating after its ReplicaSet scales it away
    /// (counted in `status.terminatingReplicas`).
    pub terminate_after: Duration,
    /// How often the controller runs.
    pub tick: Duration,
    /// Answer every write (create, update, patch, delete) with 403 Forbidden,
    /// as a cluster does for a service account without the verbs.
    pub read_only: bool,
}

impl Default for Config {
    fn default() -> Self {
        Self {
            ready_after: Duration::from_millis(50),
            never_pull: Vec::new(),
            terminate_after: Duration::ZERO,
            tick: Duration::from_millis(10),
            read_only: false,
        }
    }
}

/// A running emulator: an HTTP server on a loopback port and the controller.
/// Dropping it stops both.
#[derive(Debug)]
pub struct Emulator {
    addr: SocketAddr,
    cluster: Arc<Mutex<Cluster>>,
    stop: Option<oneshot::Sender<()>>,
    thread: Option<thread::JoinHandle<()>>,
}

impl Emulator {
    /// Starts an emulator on a free loopback port, in its own thread and
    /// runtime.
    pub fn start(config: Config) -> std::io::Result<Self> {
        let listener = std::net::TcpListener::bind("127.0.0.1:0")?;
        listener.set_nonblocking(true)?;
        let addr = listener.local_addr()?;
        let tick = config.tick.max(Duration::from_millis(1));
        let cluster = Arc::new(Mutex::new(Cluster::new(config, addr)));
        let (stop, stopped) = oneshot::channel::<()>();
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()?;
        let shared = Arc::clone(&cluster);
        let thread = thread::Builder::new()
            .name("kube-emulator".into())
            .spawn(move || {
                runtime.block_on(async move {
                    let Ok(listener) = tokio::net::TcpListener::from_std(listener) else {
                        return;
                    };
                    let controller = tokio::spawn(controller::run(Arc::clone(&shared), tick));
                    let app = api::router(shared);
                    // Not a graceful shutdown: a watch stream would hold it open.
                    tokio::select! {
                        _ = axum::serve(listener, app) => {}
                        _ = stopped => {}
                    }
                    controller.abort();
                });
                runtime.shutdown_timeout(Duration::from_millis(100));
            })?;
        Ok(Self {
            addr,
            cluster,
            stop: Some(stop),
            thread: Some(thread),
        })
    }

    /// The server's address.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// The server's base URL, `http://127.0.0.1:PORT`.
    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// The kubeconfig of a cluster `emulator`, user `tester` and context
    /// `emulator` with `namespace`.
    pub fn kubeconfig(&self, namespace: &str) -> String {
        format!(
            "apiVersion: v1\nkind: Config\nclusters:\n- name: emulator\n  cluster:\n    server: {url}\n\
             users:\n- name: tester\n  user:\n    token: emulator-token\n\
             contexts:\n- name: emulator\n  context:\n    cluster: emulator\n    user: tester\n    namespace: {namespace}\n\
             current-context: emulator\n",
            url = self.url()
        )
    }

    /// Writes [`Emulator::kubeconfig`] to `path`.
    pub fn write_kubeconfig(&self, path: &Path, namespace: &str) -> std::io::Result<()> {
        std::fs::write(path, self.kubeconfig(namespace))
    }

    /// Runs `f` on the cluster's state, under its lock.
    pub fn with_cluster<T>(&self, f: impl FnOnce(&mut Cluster) -> T) -> T {
        let mut cluster = self
            .cluster
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        f(&mut cluster)
    }

    /// Creates a Deployment from its JSON, as `kubectl create` would.
    pub fn create_deployment(&self, namespace: &str, deployment: Value) -> Result<Value, String> {
        self.with_cluster(|c| c.create_deployment(namespace, deployment))
            .map_err(|status| status.message)
    }

    /// The Deployment `namespace/name`, as the API serves it.
    pub fn deployment(&self, namespace: &str, name: &str) -> Option<Value> {
        self.with_cluster(|c| c.deployment(namespace, name))
    }

    /// The ReplicaSets of `namespace`, oldest revision first.
    pub fn replica_sets(&self, namespace: &str) -> Vec<Value> {
        self.with_cluster(|c| c.replica_sets(namespace))
    }
}

impl Drop for Emulator {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

/// A Deployment of `replicas` pods of one container `name` running `image`,
/// labelled `app: NAME`: a test's starting point.
pub fn deployment(name: &str, container: &str, image: &str, replicas: u32) -> Value {
    serde_json::json!({
        "apiVersion": "apps/v1",
        "kind": "Deployment",
        "metadata": {"name": name, "labels": {"app": name}},
        "spec": {
            "replicas": replicas,
            "selector": {"matchLabels": {"app": name}},
            "template": {
                "metadata": {"labels": {"app": name}},
                "spec": {"containers": [{"name": container, "image": image}]}
            }
        }
    })
}
