//! A server for profiling reads: fills the ledger at `--ledger` to
//! `--entries` entries of about 500 bytes, signs a checkpoint of it, prints
//! an admin token on stdout, and serves on `--listen` until ctrl-c. Run it
//! under a profiler (`valgrind --tool=callgrind`) and drive it with
//! `examples/load.rs --requests N`:
//!
//! ```text
//! cargo build --profile profiling -p shipgate-server --example serve --example load
//! valgrind --tool=callgrind target/profiling/examples/serve --ledger sqlite:/tmp/r/ledger.db --entries 200000 &
//! target/profiling/examples/load --url http://127.0.0.1:18282 --token sgt_... --mode read --clients 64 --requests 20000
//! ```

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a profiling harness: it fails by panicking"
)]

use serde_json::json;
use shipgate_ledger::checkpoint::Checkpoint;
use shipgate_ledger::entry::{Actor, canonical_entry};
use shipgate_ledger::note::{KeyKind, SignerKey};
use shipgate_ledger::store::{self, StoreReader};
use shipgate_ledger::tree::root;
use shipgate_server::auth::Role;
use shipgate_server::auth::token::{IssueRequest, issue};
use shipgate_server::{Server, ServerConfig};

/// A gate entry of about 500 bytes.
fn entry(n: u64) -> Vec<u8> {
    canonical_entry(&json!({
        "v": 1, "kind": "gate", "time": "2026-11-30T12:00:00Z", "service": "payments",
        "environment": "production", "commit": "8f14e45fceea167a5a36dedd4bea2543f1c2a9b7",
        "artifact": "sha256:4f53cda18c2baa0c0354bb5f9a3ecbe5ed12ab4d8e11ba873c2f11161202b945",
        "actor": {"id": "token:bench", "via": "token", "verified": true},
        "ci": {"pipeline_url": "https://gitlab.example.com/payments/api/-/pipelines/4711", "pipeline_id": "4711", "job": "secrets"},
        "body": {"gate": "secrets", "outcome": "pass", "fail_on": "error", "tool_version": "0.1.0",
                 "report_sha256": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", "run": n},
    }))
    .unwrap()
}

fn main() {
    let mut ledger = "sqlite:/tmp/shipgate-serve/ledger.db".to_owned();
    let mut entries = 200_000u64;
    let mut listen = "127.0.0.1:18282".to_owned();
    let mut it = std::env::args().skip(1);
    while let Some(flag) = it.next() {
        let value = it.next().expect("every flag needs a value");
        match flag.as_str() {
            "--ledger" => ledger = value,
            "--entries" => entries = value.parse().expect("--entries"),
            "--listen" => listen = value,
            other => panic!("unknown flag {other}"),
        }
    }
    let key = SignerKey::generate("bench.example/log", KeyKind::Log).unwrap();
    let token = {
        let mut store = store::open(&ledger).unwrap();
        let mut size = store.size().unwrap();
        while size < entries {
            let batch: Vec<Vec<u8>> = (size..(size + 10_000).min(entries)).map(entry).collect();
            store.append(&batch).unwrap();
            size = store.size().unwrap();
        }
        let secret = issue(
            store.as_mut(),
            &IssueRequest {
                name: format!("bench-{}", std::process::id()),
                role: Role::Admin,
                expires: None,
                actor: Actor::unverified("bench", "local"),
                service: "payments".into(),
                now: 1_764_000_000,
            },
        )
        .unwrap()
        .secret;
        let size = store.size().unwrap();
        let root = root(&mut StoreReader(store.as_mut()), size).unwrap();
        let note = Checkpoint {
            origin: key.name.clone(),
            size,
            root,
        }
        .sign(&key)
        .unwrap();
        store.add_checkpoint(size, &note).unwrap();
        secret
    };
    println!("{token}");
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap();
    runtime.block_on(async {
        let server = Server::start(&ServerConfig::new(ledger, key, "payments"))
            .await
            .unwrap();
        let listener = tokio::net::TcpListener::bind(&listen).await.unwrap();
        eprintln!("serving on {listen}");
        server
            .serve(listener, shipgate_server::shutdown_signal())
            .await
            .unwrap();
    });
}
