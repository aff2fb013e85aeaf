//! The deployment controller's semantics, end to end through the emulator.

#![allow(clippy::unwrap_used, reason = "a test fails by panicking")]

use std::io::{Read, Write};
use std::time::{Duration, Instant};

use serde_json::{Value, json};
use shipgate_kube_emulator::{Config, Emulator, deployment, strategic_merge_patch};

fn emulator(never_pull: &[&str]) -> Emulator {
    Emulator::start(Config {
        ready_after: Duration::from_millis(30),
        never_pull: never_pull.iter().map(|s| (*s).to_string()).collect(),
        ..Config::default()
    })
    .unwrap()
}

fn wait_until(emulator: &Emulator, what: &str, ok: impl Fn(&Value) -> bool) -> Value {
    let start = Instant::now();
    loop {
        let d = emulator.deployment("default", "web").unwrap();
        if ok(&d) {
            return d;
        }
        assert!(
            start.elapsed() < Duration::from_secs(10),
            "never {what}: {d:#}"
        );
        std::thread::sleep(Duration::from_millis(10));
    }
}

fn rolled_out(d: &Value) -> bool {
    let s = &d["status"];
    d["metadata"]["generation"] == s["observedGeneration"]
        && s["updatedReplicas"] == d["spec"]["replicas"]
        && s["availableReplicas"] == d["spec"]["replicas"]
        && s["replicas"] == d["spec"]["replicas"]
}

fn set_image(emulator: &Emulator, image: &str) {
    emulator.with_cluster(|c| {
        let mut d = c.deployment("default", "web").unwrap();
        strategic_merge_patch(
            &mut d,
            &json!({"spec": {"template": {"spec": {"containers": [{"name": "app", "image": image}]}}}}),
        )
        .unwrap();
        c.update_deployment("default", "web", d).unwrap();
    });
}

fn revisions(emulator: &Emulator) -> Vec<(String, String)> {
    emulator
        .replica_sets("default")
        .iter()
        .map(|rs| {
            (
                rs["metadata"]["annotations"]["deployment.kubernetes.io/revision"]
                    .as_str()
                    .unwrap()
                    .to_string(),
                rs["spec"]["template"]["spec"]["containers"][0]["image"]
                    .as_str()
                    .unwrap()
                    .to_string(),
            )
        })
        .collect()
}

#[test]
fn a_new_template_gets_a_replica_set_and_a_restored_one_a_bumped_revision() {
    let emulator = emulator(&[]);
    emulator
        .create_deployment("default", deployment("web", "app", "web:1", 3))
        .unwrap();
    let d = wait_until(&emulator, "rolled out", rolled_out);
    assert_eq!(d["metadata"]["generation"], 1);
    set_image(&emulator, "web:2");
    let d = emulator.deployment("default", "web").unwrap();
    assert_eq!(
        d["metadata"]["generation"], 2,
        "a spec change bumps the generation"
    );
    let d = wait_until(&emulator, "rolled out", rolled_out);
    assert_eq!(d["status"]["observedGeneration"], 2);
    assert_eq!(
        d["metadata"]["annotations"]["deployment.kubernetes.io/revision"],
        "2"
    );
    set_image(&emulator, "web:1");
    wait_until(&emulator, "rolled back", |d| {
        rolled_out(d) && d["metadata"]["generation"] == 3
    });
    assert_eq!(
        revisions(&emulator),
        [("2".into(), "web:2".into()), ("3".into(), "web:1".into())]
    );
    let old = &emulator.replica_sets("default")[1];
    assert_eq!(
        old["metadata"]["annotations"]["deployment.kubernetes.io/revision-history"],
        "1"
    );
    // An update that changes no spec leaves the generation alone.
    emulator.with_cluster(|c| {
        let mut d = c.deployment("default", "web").unwrap();
        d["metadata"]["labels"]["team"] = json!("payments");
        c.update_deployment("default", "web", d).unwrap();
    });
    assert_eq!(
        emulator.deployment("default", "web").unwrap()["metadata"]["generation"],
        3
    );
}

#[test]
fn an_image_that_never_pulls_exceeds_the_progress_deadline_and_old_pods_stay() {
    let emulator = emulator(&["broken"]);
    let mut d = deployment("web", "app", "web:1", 2);
    d["spec"]["progressDeadlineSeconds"] = json!(1);
    emulator.create_deployment("default", d).unwrap();
    wait_until(&emulator, "rolled out", rolled_out);
    set_image(&emulator, "web:broken");
    let d = wait_until(&emulator, "past its deadline", |d| {
        d["status"]["conditions"]
            .as_array()
            .unwrap()
            .iter()
            .any(|c| c["reason"] == "ProgressDeadlineExceeded" && c["status"] == "False")
    });
    assert_eq!(d["status"]["availableReplicas"], 2, "{d:#}");
    assert_eq!(d["status"]["updatedReplicas"], 1, "maxSurge 25% of 2 is 1");
}

#[test]
fn revision_history_limit_prunes_idle_replica_sets() {
    let emulator = emulator(&[]);
    let mut d = deployment("web", "app", "web:1", 1);
    d["spec"]["revisionHistoryLimit"] = json!(1);
    emulator.create_deployment("default", d).unwrap();
    for image in ["web:2", "web:3"] {
        wait_until(&emulator, "rolled out", rolled_out);
        set_image(&emulator, image);
    }
    let start = Instant::now();
    while emulator.replica_sets("default").len() != 2
        || !rolled_out(&emulator.deployment("default", "web").unwrap())
    {
        assert!(
            start.elapsed() < Duration::from_secs(10),
            "{:?}",
            revisions(&emulator)
        );
        std::thread::sleep(Duration::from_millis(10));
    }
    assert_eq!(
        revisions(&emulator),
        [("2".into(), "web:2".into()), ("3".into(), "web:3".into())]
    );
}

#[test]
fn invalid_deployments_are_refused() {
    let emulator = emulator(&[]);
    let mut d = deployment("web", "app", "web:1", 1);
    d["spec"]["selector"]["matchLabels"]["app"] = json!("other");
    let err = emulator.create_deployment("default", d).unwrap_err();
    assert!(err.contains("does not match"), "{err}");
    let mut d = deployment("web", "app", "", 1);
    d["metadata"]["name"] = json!("Web");
    assert!(emulator.create_deployment("default", d).is_err());
    emulator
        .create_deployment("default", deployment("web", "app", "web:1", 1))
        .unwrap();
    let err = emulator
        .create_deployment("default", deployment("web", "app", "web:1", 1))
        .unwrap_err();
    assert!(err.contains("already exists"), "{err}");
}

fn http(emulator: &Emulator, request: &str) -> String {
    let mut s = std::net::TcpStream::connect(emulator.addr()).unwrap();
    s.write_all(request.as_bytes()).unwrap();
    let mut out = String::new();
    s.read_to_string(&mut out).unwrap();
    out
}

#[test]
fn watch_replays_from_a_resource_version_and_ends_at_its_timeout() {
    let emulator = emulator(&[]);
    emulator
        .create_deployment("default", deployment("web", "app", "web:1", 1))
        .unwrap();
    wait_until(&emulator, "rolled out", rolled_out);
    let rv = emulator.with_cluster(|c| c.resource_version());
    set_image(&emulator, "web:2");
    let started = Instant::now();
    let out = http(
        &emulator,
        &format!(
            "GET /apis/apps/v1/namespaces/default/deployments?watch=true&resourceVersion={rv}&fieldSelector=metadata.name%3Dweb&timeoutSeconds=1 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
        ),
    );
    assert!(started.elapsed() >= Duration::from_millis(900));
    assert!(out.contains("\"type\":\"MODIFIED\""), "{out}");
    assert!(out.contains("web:2"), "{out}");
    assert!(!out.contains("ReplicaSet\""), "only deployments: {out}");
    let expired = http(
        &emulator,
        "GET /apis/apps/v1/namespaces/default/deployments?watch=1&resourceVersion=5&timeoutSeconds=1 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
    );
    assert!(
        expired.contains("\"type\":\"ERROR\"") && expired.contains("410"),
        "{expired}"
    );
    let missing = http(
        &emulator,
        "GET /apis/apps/v1/namespaces/default/deployments/nope HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
    );
    assert!(missing.starts_with("HTTP/1.1 404"), "{missing}");
    assert!(
        missing.contains("deployments.apps \\\"nope\\\" not found"),
        "{missing}"
    );
}

#[test]
fn a_read_only_cluster_forbids_writes() {
    let emulator = Emulator::start(Config {
        read_only: true,
        ..Config::default()
    })
    .unwrap();
    let body = deployment("web", "app", "web:1", 1).to_string();
    let out = http(
        &emulator,
        &format!(
            "POST /apis/apps/v1/namespaces/default/deployments HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
            body.len()
        ),
    );
    assert!(out.starts_with("HTTP/1.1 403"), "{out}");
}
