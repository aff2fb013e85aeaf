//! Serves an emulator with one Deployment, `web` (container `app`, image
//! `registry.example/web:1` or `SHIPGATE_EMULATOR_IMAGE`, 2 replicas) in
//! namespace `default`, whose pods are ready after 300 ms (or
//! `SHIPGATE_EMULATOR_READY_MS`), and writes its kubeconfig to the path
//! given (default `kubeconfig`), for trying kubectl against it and for
//! `bench/release.sh`:
//!
//! ```sh
//! cargo run -p shipgate-kube-emulator --example serve -- /tmp/kubeconfig &
//! kubectl --kubeconfig /tmp/kubeconfig rollout status deployment/web
//! ```
//!
//! Images containing `never` never pull. Stops on Ctrl-C.

use std::time::Duration;

use shipgate_kube_emulator::{Config, Emulator, deployment};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "kubeconfig".into());
    let image = std::env::var("SHIPGATE_EMULATOR_IMAGE")
        .unwrap_or_else(|_| "registry.example/web:1".into());
    let ready_ms = match std::env::var("SHIPGATE_EMULATOR_READY_MS") {
        Ok(ms) => ms
            .parse::<u64>()
            .map_err(|e| format!("SHIPGATE_EMULATOR_READY_MS `{ms}`: {e}"))?,
        Err(_) => 300,
    };
    let emulator = Emulator::start(Config {
        ready_after: Duration::from_millis(ready_ms),
        never_pull: vec!["never".into()],
        ..Config::default()
    })?;
    emulator.create_deployment("default", deployment("web", "app", &image, 2))?;
    emulator.write_kubeconfig(std::path::Path::new(&path), "default")?;
    println!("{} (kubeconfig {path})", emulator.url());
    loop {
        std::thread::sleep(Duration::from_secs(3600));
    }
}
