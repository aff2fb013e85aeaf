//! Serves an emulator with one Deployment, `web` (container `app`, image
//! `registry.example/web:1`, 2 replicas) in namespace `default`, and
//! writes its kubeconfig to the path given (default `kubeconfig`), for
//! trying kubectl against it:
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
    let emulator = Emulator::start(Config {
        ready_after: Duration::from_millis(300),
        never_pull: vec!["never".into()],
        ..Config::default()
    })?;
    emulator.create_deployment(
        "default",
        deployment("web", "app", "registry.example/web:1", 2),
    )?;
    emulator.write_kubeconfig(std::path::Path::new(&path), "default")?;
    println!("{} (kubeconfig {path})", emulator.url());
    loop {
        std::thread::sleep(Duration::from_secs(3600));
    }
}
