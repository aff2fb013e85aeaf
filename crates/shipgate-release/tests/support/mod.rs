//! What the Kubernetes tests share: an emulator with one Deployment, and the
//! driver pointed at it through a kubeconfig file.

#![allow(
    clippy::unwrap_used,
    dead_code,
    reason = "test support: a test fails by panicking, and not every test uses every helper"
)]

use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use serde_json::{Value, json};
use shipgate_kube_emulator::{Config, Emulator, deployment};
use shipgate_release::deploy::{
    Cluster, DriverRequest, ImageRef, KubernetesDriver, KubernetesTarget,
};

/// An image reference `registry.example/NAME@sha256:CCC...`.
pub fn image(name: &str, digit: char) -> String {
    format!(
        "registry.example/{name}@sha256:{}",
        digit.to_string().repeat(64)
    )
}

/// The good image, and one that never pulls.
pub fn good() -> String {
    image("api", 'a')
}
/// A second good image.
pub fn good_b() -> String {
    image("api", 'b')
}
/// An image that never pulls.
pub fn broken() -> String {
    image("never", 'c')
}

/// A fresh folder under the system's temporary one.
pub fn temp_dir(tag: &str) -> PathBuf {
    static N: AtomicUsize = AtomicUsize::new(0);
    let dir = std::env::temp_dir().join(format!(
        "shipgate-kube-{tag}-{}-{}",
        std::process::id(),
        N.fetch_add(1, Ordering::Relaxed)
    ));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// An emulator (pods ready after 20 ms; images with `never` never pull)
/// running Deployment `api` (container `app`, `good()`, 2 replicas,
/// progress deadline `deadline_s`), rolled out.
pub fn cluster(deadline_s: u32, read_only: bool) -> Emulator {
    let emulator = Emulator::start(Config {
        ready_after: Duration::from_millis(20),
        never_pull: vec!["never".into()],
        ..Config::default()
    })
    .unwrap();
    let mut d = deployment("api", "app", &good(), 2);
    d["spec"]["progressDeadlineSeconds"] = json!(deadline_s);
    emulator.create_deployment("default", d).unwrap();
    wait_rolled_out(&emulator);
    if read_only {
        emulator.with_cluster(|c| c.set_read_only(true));
    }
    emulator
}

/// Waits until `api` is rolled out.
pub fn wait_rolled_out(emulator: &Emulator) {
    let start = Instant::now();
    loop {
        let d = emulator.deployment("default", "api").unwrap();
        let s = &d["status"];
        if d["metadata"]["generation"] == s["observedGeneration"]
            && s["availableReplicas"] == d["spec"]["replicas"]
            && s["replicas"] == d["spec"]["replicas"]
            && s["updatedReplicas"] == d["spec"]["replicas"]
        {
            return;
        }
        assert!(start.elapsed() < Duration::from_secs(10), "{d:#}");
        std::thread::sleep(Duration::from_millis(5));
    }
}

/// The driver for `deployment`/`container` through a kubeconfig of the
/// emulator.
pub fn driver(
    emulator: &Emulator,
    deployment: &str,
    container: &str,
    timeout: Duration,
) -> KubernetesDriver {
    let dir = temp_dir("kubeconfig");
    let path = dir.join("config");
    emulator.write_kubeconfig(&path, "default").unwrap();
    KubernetesDriver {
        target: KubernetesTarget {
            namespace: None,
            deployment: deployment.into(),
            container: container.into(),
        },
        cluster: Cluster::Kubeconfig {
            path: Some(path),
            context: None,
        },
        timeout,
        wait_terminating: false,
        poll: Duration::from_millis(10),
    }
}

/// A request to run `image`.
pub fn request(action: &'static str, image: &str) -> DriverRequest {
    DriverRequest {
        action,
        service: "payments".into(),
        environment: "production".into(),
        commit: "0123456789abcdef0123".into(),
        image: image.parse::<ImageRef>().unwrap(),
        previous_image: None,
        approvals: if action == "deploy" {
            vec![7]
        } else {
            Vec::new()
        },
    }
}

/// The image `api`'s container `app` runs.
pub fn running(emulator: &Emulator) -> String {
    emulator.deployment("default", "api").unwrap()["spec"]["template"]["spec"]["containers"][0]
        ["image"]
        .as_str()
        .unwrap()
        .to_string()
}

/// `(revision, image)` of each `ReplicaSet`, oldest revision first.
pub fn revisions(emulator: &Emulator) -> Vec<(u64, String)> {
    emulator
        .replica_sets("default")
        .iter()
        .map(|rs: &Value| {
            (
                rs["metadata"]["annotations"]["deployment.kubernetes.io/revision"]
                    .as_str()
                    .unwrap()
                    .parse()
                    .unwrap(),
                rs["spec"]["template"]["spec"]["containers"][0]["image"]
                    .as_str()
                    .unwrap()
                    .to_string(),
            )
        })
        .collect()
}
