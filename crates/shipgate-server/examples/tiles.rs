//! Measures reading the log as tlog-tiles at 100,000+ entries: full
//! level-0 hash tiles, entry bundles and level-1 tiles over HTTP from
//! concurrent keep-alive clients against an in-process server, and, inside
//! the store, one tile read as one range query ([`Store::hash_range`])
//! against 256 single-hash reads.
//!
//! ```text
//! cargo run --release -p shipgate-server --example tiles -- \
//!     --ledger sqlite:/tmp/tiles.db --entries 131072 --clients 16 --requests 2000
//! ```
//!
//! The ledger is filled up to `--entries` first (about 500-byte entries) and
//! a checkpoint signed. Each measurement runs three times; prints one JSON
//! line per run and the medians.
//!
//! [`Store::hash_range`]: shipgate_ledger::store::Store::hash_range

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::cast_possible_truncation,
    clippy::cast_sign_loss,
    clippy::cast_precision_loss,
    reason = "a benchmark: it fails by panicking; counts far below 2^52"
)]

use std::time::{Duration, Instant};

use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use hyper::Request;
use hyper_util::client::legacy::Client;
use hyper_util::rt::TokioExecutor;
use serde_json::json;
use shipgate_ledger::checkpoint::Checkpoint;
use shipgate_ledger::entry::canonical_entry;
use shipgate_ledger::note::{KeyKind, SignerKey};
use shipgate_ledger::store::{self, StoreReader};
use shipgate_ledger::tree::{HashReader, root};
use shipgate_server::tile_path::{TileKind, TilePath};
use shipgate_server::{Server, ServerConfig};

struct Args {
    ledger: String,
    entries: u64,
    clients: usize,
    requests: usize,
}

fn args() -> Args {
    let mut args = Args {
        ledger: "sqlite:/tmp/shipgate-tiles-bench/ledger.db".into(),
        entries: 131_072,
        clients: 16,
        requests: 2000,
    };
    let mut it = std::env::args().skip(1);
    while let Some(flag) = it.next() {
        let value = it.next().expect("every flag needs a value");
        match flag.as_str() {
            "--ledger" => args.ledger = value,
            "--entries" => args.entries = value.parse().expect("--entries"),
            "--clients" => args.clients = value.parse().expect("--clients"),
            "--requests" => args.requests = value.parse().expect("--requests"),
            other => panic!("unknown flag {other}"),
        }
    }
    args
}

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

/// Fills the ledger to `entries` and signs a checkpoint of it.
fn prepare(location: &str, entries: u64, key: &SignerKey) -> u64 {
    let mut store = store::open(location).unwrap();
    let mut size = store.size().unwrap();
    while size < entries {
        let batch: Vec<Vec<u8>> = (size..(size + 10_000).min(entries)).map(entry).collect();
        store.append(&batch).unwrap();
        size = store.size().unwrap();
    }
    let root = root(&mut StoreReader(store.as_mut()), size).unwrap();
    let note = Checkpoint {
        origin: key.name.clone(),
        size,
        root,
    }
    .sign(key)
    .unwrap();
    store.add_checkpoint(size, &note).unwrap();
    size
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

/// One tile read inside the store: one range query, and 256 single reads.
fn store_reads(location: &str, size: u64) -> (f64, f64) {
    let mut store = store::open_read_only(location).unwrap();
    let tiles = size / 256;
    let rounds = 200u64;
    let started = Instant::now();
    for i in 0..rounds {
        let n = (i * 7919) % tiles;
        assert_eq!(
            store.hash_range(0, n * 256, n * 256 + 256).unwrap().len(),
            256
        );
    }
    let range = started.elapsed().as_secs_f64() * 1000.0 / rounds as f64;
    let started = Instant::now();
    for i in 0..rounds {
        let n = (i * 7919) % tiles;
        let mut reader = StoreReader(store.as_mut());
        for j in 0..256 {
            reader.hash(0, n * 256 + j).unwrap();
        }
    }
    let single = started.elapsed().as_secs_f64() * 1000.0 / rounds as f64;
    (range, single)
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    let args = args();
    let key = SignerKey::generate("bench.example/log", KeyKind::Log).unwrap();
    let (location, entries, k) = (args.ledger.clone(), args.entries, key.clone());
    let size = tokio::task::spawn_blocking(move || prepare(&location, entries, &k))
        .await
        .unwrap();
    let mut config = ServerConfig::new(&args.ledger, key, "payments");
    config.checkpoint_interval = Duration::from_secs(3600);
    let server = Server::start(&config).await.unwrap();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(server.serve(listener, std::future::pending()));
    let client: Client<_, Full<Bytes>> = Client::builder(TokioExecutor::new())
        .pool_max_idle_per_host(args.clients)
        .build_http();

    let kinds = [
        ("level-0 tile", TileKind::Hashes { level: 0 }, size / 256),
        ("entry bundle", TileKind::Entries, size / 256),
        ("level-1 tile", TileKind::Hashes { level: 1 }, size / 65_536),
    ];
    let mut summary = Vec::new();
    for (name, kind, full_tiles) in kinds {
        let mut rates = Vec::new();
        let mut p50s = Vec::new();
        let mut p99s = Vec::new();
        for run in 1..=3 {
            let started = Instant::now();
            let mut tasks = Vec::new();
            for c in 0..args.clients {
                let client = client.clone();
                let per_client = args.requests / args.clients;
                tasks.push(tokio::spawn(async move {
                    let mut latencies = Vec::with_capacity(per_client);
                    for i in 0..per_client {
                        let index = ((c * per_client + i) as u64 * 7919) % full_tiles.max(1);
                        let path = TilePath {
                            kind,
                            index,
                            width: 256,
                        }
                        .to_path();
                        let request = Request::get(format!("http://{addr}/{path}"))
                            .body(Full::new(Bytes::new()))
                            .unwrap();
                        let t = Instant::now();
                        let response = client.request(request).await.unwrap();
                        assert!(response.status().is_success(), "{path}");
                        response.into_body().collect().await.unwrap();
                        latencies.push(t.elapsed().as_secs_f64() * 1000.0);
                    }
                    latencies
                }));
            }
            let mut latencies = Vec::new();
            for task in tasks {
                latencies.extend(task.await.unwrap());
            }
            let elapsed = started.elapsed().as_secs_f64();
            latencies.sort_by(f64::total_cmp);
            let pct = |p: f64| {
                latencies[((latencies.len() as f64 * p) as usize).min(latencies.len() - 1)]
            };
            let rate = latencies.len() as f64 / elapsed;
            println!(
                "{}",
                json!({"size": size, "tile": name, "run": run, "clients": args.clients,
                       "requests": latencies.len(), "per_second": rate.round(),
                       "p50_ms": pct(0.5), "p99_ms": pct(0.99)})
            );
            rates.push(rate);
            p50s.push(pct(0.5));
            p99s.push(pct(0.99));
        }
        summary.push(json!({"tile": name, "per_second": median(rates).round(),
                            "p50_ms": median(p50s), "p99_ms": median(p99s)}));
    }
    let location = args.ledger.clone();
    let (range, single) = tokio::task::spawn_blocking(move || {
        let runs: Vec<(f64, f64)> = (0..3).map(|_| store_reads(&location, size)).collect();
        (
            median(runs.iter().map(|r| r.0).collect()),
            median(runs.iter().map(|r| r.1).collect()),
        )
    })
    .await
    .unwrap();
    println!(
        "{}",
        json!({"size": size, "median": summary,
               "store_one_level0_tile_ms": {"one_range_query": range, "256_single_reads": single}})
    );
}
