//! kubectl parity: Debian's kubectl (`SHIPGATE_KUBECTL`, from
//! `scripts/kubectl-debian`) and shipgate's `kubernetes` driver, each on its
//! own emulator with the same Deployment, go through the same scenarios and
//! must end with the same revisions, images and success or failure; and
//! `kubectl rollout history` reads shipgate's revisions as its own.
//!
//! Skipped when `SHIPGATE_KUBECTL` is unset, unless
//! `SHIPGATE_REQUIRE_KUBECTL=1` (`scripts/test` sets both) makes that an
//! error.

#![allow(clippy::unwrap_used, reason = "a test fails by panicking")]

mod support;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use shipgate_kube_emulator::Emulator;
use shipgate_release::deploy::Driver;
use support::{broken, cluster, driver, good, good_b, request, revisions, running, temp_dir};

fn kubectl_binary() -> Option<PathBuf> {
    let required = std::env::var("SHIPGATE_REQUIRE_KUBECTL").as_deref() == Ok("1");
    match std::env::var_os("SHIPGATE_KUBECTL").map(PathBuf::from) {
        Some(path) if path.is_file() => Some(path),
        other => {
            let why = other.map_or_else(
                || "SHIPGATE_KUBECTL is not set".to_owned(),
                |p| format!("SHIPGATE_KUBECTL `{}` is not a file", p.display()),
            );
            assert!(
                !required,
                "kubectl is required (SHIPGATE_REQUIRE_KUBECTL=1) but {why}: run `scripts/kubectl-debian` and set SHIPGATE_KUBECTL to the path it prints"
            );
            eprintln!("SKIPPED: kubectl parity: {why}");
            None
        }
    }
}

/// kubectl against one emulator, with its own home (the discovery cache).
struct Kubectl {
    binary: PathBuf,
    kubeconfig: PathBuf,
    home: PathBuf,
}

struct Run {
    ok: bool,
    stdout: String,
    stderr: String,
}

impl Kubectl {
    fn new(binary: &Path, emulator: &Emulator) -> Self {
        let home = temp_dir("kubectl-home");
        let kubeconfig = home.join("kubeconfig");
        emulator.write_kubeconfig(&kubeconfig, "default").unwrap();
        Self {
            binary: binary.to_path_buf(),
            kubeconfig,
            home,
        }
    }

    fn run(&self, args: &[&str]) -> Run {
        let out = Command::new(&self.binary)
            .arg("--kubeconfig")
            .arg(&self.kubeconfig)
            .args(args)
            .env("HOME", &self.home)
            .env_remove("KUBECONFIG")
            .output()
            .unwrap();
        Run {
            ok: out.status.success(),
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        }
    }

    fn set_image(&self, image: &str) {
        let run = self.run(&["set", "image", "deployment/api", &format!("app={image}")]);
        assert!(run.ok, "{}", run.stderr);
        assert_eq!(run.stdout.trim(), "deployment.apps/api image updated");
    }

    fn rollout_status(&self, timeout: &str) -> Run {
        self.run(&[
            "rollout",
            "status",
            "deployment/api",
            &format!("--timeout={timeout}"),
        ])
    }

    /// The REVISION column of `rollout history`.
    fn history(&self) -> Vec<u64> {
        let run = self.run(&["rollout", "history", "deployment/api"]);
        assert!(run.ok, "{}", run.stderr);
        run.stdout
            .lines()
            .filter_map(|l| l.split_whitespace().next()?.parse().ok())
            .collect()
    }
}

fn last_line(text: &str) -> &str {
    text.trim_end().lines().last().unwrap_or_default()
}

const LONG: Duration = Duration::from_secs(20);

#[test]
fn set_image_and_rollout_status_match_a_shipgate_deploy() {
    let Some(binary) = kubectl_binary() else {
        return;
    };
    let (theirs, ours) = (cluster(600, false), cluster(600, false));
    let kubectl = Kubectl::new(&binary, &theirs);
    kubectl.set_image(&good_b());
    let status = kubectl.rollout_status("20s");
    let outcome = driver(&ours, "api", "app", LONG)
        .deploy(&request("deploy", &good_b()))
        .unwrap();
    assert!(status.ok, "{}", status.stderr);
    assert!(outcome.succeeded);
    assert_eq!(Some(last_line(&status.stdout)), outcome.detail.as_deref());
    assert_eq!(revisions(&theirs), revisions(&ours));
    assert_eq!(revisions(&ours), [(1, good()), (2, good_b())]);
    // kubectl reads the revisions shipgate made as its own, with shipgate's
    // change cause.
    let on_ours = Kubectl::new(&binary, &ours);
    assert_eq!(kubectl.history(), [1, 2]);
    assert_eq!(on_ours.history(), [1, 2]);
    let history = on_ours
        .run(&["rollout", "history", "deployment/api"])
        .stdout;
    assert!(
        history.contains("shipgate deploy to production"),
        "{history}"
    );
    assert!(on_ours.rollout_status("5s").ok);
}

#[test]
fn an_image_that_never_pulls_fails_the_same_at_the_progress_deadline() {
    let Some(binary) = kubectl_binary() else {
        return;
    };
    let (theirs, ours) = (cluster(1, false), cluster(1, false));
    let kubectl = Kubectl::new(&binary, &theirs);
    kubectl.set_image(&broken());
    let status = kubectl.rollout_status("20s");
    let outcome = driver(&ours, "api", "app", LONG)
        .deploy(&request("deploy", &broken()))
        .unwrap();
    assert!(!status.ok);
    assert!(!outcome.succeeded && !outcome.timed_out);
    assert_eq!(
        status.stderr.trim(),
        format!("error: {}", outcome.detail.as_deref().unwrap())
    );
    assert_eq!(revisions(&theirs), revisions(&ours));
    // kubectl's own rollout status on shipgate's cluster says the same.
    let on_ours = Kubectl::new(&binary, &ours).rollout_status("5s");
    assert_eq!(on_ours.stderr, status.stderr);
}

#[test]
fn a_rollout_past_its_timeout_fails_the_same() {
    let Some(binary) = kubectl_binary() else {
        return;
    };
    let (theirs, ours) = (cluster(600, false), cluster(600, false));
    let kubectl = Kubectl::new(&binary, &theirs);
    kubectl.set_image(&broken());
    let status = kubectl.rollout_status("1s");
    let outcome = driver(&ours, "api", "app", Duration::from_secs(1))
        .deploy(&request("deploy", &broken()))
        .unwrap();
    assert!(!status.ok);
    assert!(
        status
            .stderr
            .contains("timed out waiting for the condition"),
        "{}",
        status.stderr
    );
    assert!(!outcome.succeeded && outcome.timed_out);
    // Both were waiting on the same thing.
    let waiting = last_line(&status.stdout);
    assert!(
        outcome.detail.as_deref().unwrap().ends_with(waiting),
        "{waiting} / {:?}",
        outcome.detail
    );
    assert_eq!(revisions(&theirs), revisions(&ours));
}

#[test]
fn rollout_undo_and_a_shipgate_rollback_agree_once_and_differ_on_the_second() {
    let Some(binary) = kubectl_binary() else {
        return;
    };
    let (theirs, ours) = (cluster(1, false), cluster(1, false));
    let kubectl = Kubectl::new(&binary, &theirs);
    let mut shipgate = driver(&ours, "api", "app", LONG);
    kubectl.set_image(&broken());
    assert!(!kubectl.rollout_status("20s").ok);
    assert!(
        !shipgate
            .deploy(&request("deploy", &broken()))
            .unwrap()
            .succeeded
    );

    // The first rollback: both restore the good template as revision 3.
    let undo = kubectl.run(&["rollout", "undo", "deployment/api"]);
    assert!(undo.ok, "{}", undo.stderr);
    assert_eq!(undo.stdout.trim(), "deployment.apps/api rolled back");
    assert!(kubectl.rollout_status("20s").ok);
    let back = shipgate.deploy(&request("rollback", &good())).unwrap();
    assert!(back.succeeded, "{back:?}");
    assert_eq!(revisions(&theirs), revisions(&ours));
    assert_eq!(revisions(&ours), [(2, broken()), (3, good())]);
    assert_eq!(kubectl.history(), Kubectl::new(&binary, &ours).history());

    // The second: `rollout undo` flips back to the broken image (revision
    // 4); shipgate's rollback to the known-good image stays where it is.
    assert!(kubectl.run(&["rollout", "undo", "deployment/api"]).ok);
    assert!(
        !kubectl.rollout_status("20s").ok,
        "the broken image is back"
    );
    assert_eq!(running(&theirs), broken());
    assert_eq!(revisions(&theirs), [(3, good()), (4, broken())]);
    let again = shipgate.deploy(&request("rollback", &good())).unwrap();
    assert!(again.succeeded);
    assert_eq!(running(&ours), good());
    assert_eq!(revisions(&ours), [(2, broken()), (3, good())]);
}
