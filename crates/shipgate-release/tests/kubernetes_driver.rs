//! The `kubernetes` deploy driver against the Kubernetes API emulator.

#![allow(clippy::unwrap_used, reason = "a test fails by panicking")]

mod support;

use std::time::Duration;

use shipgate_release::deploy::Driver;
use support::{broken, cluster, driver, good, good_b, request, revisions, running};

const LONG: Duration = Duration::from_secs(20);

#[test]
fn a_deploy_sets_the_image_annotates_and_waits_for_the_rollout() {
    let emulator = cluster(600, false);
    let outcome = driver(&emulator, "api", "app", LONG)
        .deploy(&request("deploy", &good_b()))
        .unwrap();
    assert!(outcome.succeeded, "{outcome:?}");
    assert_eq!(outcome.previous_image.as_deref(), Some(good().as_str()));
    assert_eq!(
        outcome.detail.as_deref(),
        Some("deployment \"api\" successfully rolled out")
    );
    let log = String::from_utf8(outcome.stdout).unwrap();
    assert!(
        log.starts_with("deployment.apps/api image updated\n"),
        "{log}"
    );
    assert_eq!(running(&emulator), good_b());
    let d = emulator.deployment("default", "api").unwrap();
    let notes = &d["metadata"]["annotations"];
    assert_eq!(notes["shipgate.dev/commit"], "0123456789abcdef0123");
    assert_eq!(notes["shipgate.dev/approvals"], "7");
    assert_eq!(
        notes["kubernetes.io/change-cause"],
        format!(
            "shipgate deploy to production: {} (commit 0123456789ab, approvals 7)",
            good_b()
        )
    );
    assert_eq!(revisions(&emulator), [(1, good()), (2, good_b())]);
}

#[test]
fn an_image_that_never_pulls_fails_at_the_progress_deadline() {
    let emulator = cluster(1, false);
    let outcome = driver(&emulator, "api", "app", LONG)
        .deploy(&request("deploy", &broken()))
        .unwrap();
    assert!(!outcome.succeeded);
    assert!(
        !outcome.timed_out,
        "the deadline, not the timeout: {outcome:?}"
    );
    assert_eq!(
        outcome.detail.as_deref(),
        Some("deployment \"api\" exceeded its progress deadline")
    );
    assert!(
        String::from_utf8(outcome.stderr)
            .unwrap()
            .contains("exceeded its progress deadline")
    );
}

#[test]
fn a_rollout_past_the_timeout_fails_as_timed_out() {
    let emulator = cluster(600, false);
    let outcome = driver(&emulator, "api", "app", Duration::from_millis(300))
        .deploy(&request("deploy", &broken()))
        .unwrap();
    assert!(!outcome.succeeded && outcome.timed_out, "{outcome:?}");
    let detail = outcome.detail.unwrap();
    assert!(
        detail.contains("timed out after") && detail.contains("new replicas have been updated"),
        "{detail}"
    );
    assert!(outcome.duration < Duration::from_secs(3));
}

#[test]
fn a_missing_deployment_or_container_is_an_error_before_any_change() {
    let emulator = cluster(600, false);
    let err = driver(&emulator, "nope", "app", LONG)
        .deploy(&request("deploy", &good_b()))
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("`default/nope` does not exist")
            && err.contains("[environments.production.deploy]"),
        "{err}"
    );
    let err = driver(&emulator, "api", "web", LONG)
        .deploy(&request("deploy", &good_b()))
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("has no container `web` (it has `app`)"),
        "{err}"
    );
    assert_eq!(running(&emulator), good());
}

#[test]
fn a_forbidden_patch_and_an_unreachable_api_are_errors() {
    let emulator = cluster(600, true);
    let err = driver(&emulator, "api", "app", LONG)
        .deploy(&request("deploy", &good_b()))
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("403 Forbidden") && err.contains("`patch` on `deployments`"),
        "{err}"
    );
    assert_eq!(running(&emulator), good());
    let mut unreachable = driver(&emulator, "api", "app", Duration::from_secs(2));
    drop(emulator);
    let err = unreachable
        .deploy(&request("deploy", &good_b()))
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("cannot reach the Kubernetes API at http://127.0.0.1:"),
        "{err}"
    );
    let mut no_file = unreachable.clone();
    no_file.cluster = shipgate_release::deploy::Cluster::Kubeconfig {
        path: Some("/nonexistent/kubeconfig".into()),
        context: None,
    };
    let err = no_file
        .deploy(&request("deploy", &good_b()))
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("cannot read the kubeconfig `/nonexistent/kubeconfig`"),
        "{err}"
    );
}

#[test]
fn a_rollback_to_the_running_image_changes_nothing() {
    let emulator = cluster(600, false);
    let before = emulator.deployment("default", "api").unwrap();
    let outcome = driver(&emulator, "api", "app", LONG)
        .deploy(&request("rollback", &good()))
        .unwrap();
    assert!(outcome.succeeded, "{outcome:?}");
    assert!(
        String::from_utf8(outcome.stdout)
            .unwrap()
            .contains("nothing to patch")
    );
    let after = emulator.deployment("default", "api").unwrap();
    assert_eq!(
        after["metadata"]["generation"],
        before["metadata"]["generation"]
    );
    assert_eq!(revisions(&emulator), [(1, good())]);
}

#[test]
fn rolling_back_twice_stays_on_the_good_image() {
    let emulator = cluster(1, false);
    let mut kube = driver(&emulator, "api", "app", LONG);
    assert!(
        !kube
            .deploy(&request("deploy", &broken()))
            .unwrap()
            .succeeded
    );
    let first = kube.deploy(&request("rollback", &good())).unwrap();
    assert!(first.succeeded, "{first:?}");
    assert_eq!(first.previous_image.as_deref(), Some(broken().as_str()));
    let second = kube.deploy(&request("rollback", &good())).unwrap();
    assert!(second.succeeded, "{second:?}");
    assert_eq!(running(&emulator), good());
    // The good template came back as revision 3, as `rollout undo` would
    // number it; the second rollback added nothing.
    assert_eq!(revisions(&emulator), [(2, broken()), (3, good())]);
}

#[test]
fn in_cluster_without_a_service_account_is_an_error() {
    let emulator = cluster(600, false);
    let mut kube = driver(&emulator, "api", "app", Duration::from_secs(2));
    kube.cluster = shipgate_release::deploy::Cluster::InCluster;
    let err = kube
        .deploy(&request("deploy", &good_b()))
        .unwrap_err()
        .to_string();
    if std::env::var_os("KUBERNETES_SERVICE_HOST").is_none() {
        assert!(err.contains("no in-cluster service account"), "{err}");
    }
    assert_eq!(running(&emulator), good());
}

#[test]
fn wait_terminating_waits_for_old_pods_to_be_gone() {
    use shipgate_kube_emulator::{Config, Emulator, deployment};
    let emulator = Emulator::start(Config {
        ready_after: Duration::from_millis(20),
        terminate_after: Duration::from_millis(600),
        ..Config::default()
    })
    .unwrap();
    emulator
        .create_deployment("default", deployment("api", "app", &good(), 1))
        .unwrap();
    support::wait_rolled_out(&emulator);
    let mut kube = driver(&emulator, "api", "app", LONG);
    let quick = kube.deploy(&request("deploy", &good_b())).unwrap();
    assert!(quick.succeeded);
    assert!(
        quick.duration < Duration::from_millis(500),
        "{:?}",
        quick.duration
    );
    kube.wait_terminating = true;
    let patient = kube.deploy(&request("deploy", &good())).unwrap();
    assert!(patient.succeeded);
    let log = String::from_utf8(patient.stdout).unwrap();
    assert!(log.contains("old replicas are still terminating"), "{log}");
    assert!(
        patient.duration >= Duration::from_millis(500),
        "{:?}",
        patient.duration
    );
    let d = emulator.deployment("default", "api").unwrap();
    assert_eq!(d["status"]["terminatingReplicas"], 0);
}
