//! Ledger benchmark. Prints medians.
//!
//!     cargo run --release -p shipgate-ledger --example bench [ENTRIES]
//!
//! - durable appends per second, single and batched by 100 and 1,000, on
//!   SQLite and on PostgreSQL (`SHIPGATE_TEST_DATABASE_URL`, default the local server);
//! - verification rate over a log of ENTRIES (default 1,000,000) entries, and
//!   the raw SHA-256 rate of the same work for comparison;
//! - inclusion and consistency proof times at that size.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::cast_precision_loss,
    reason = "a benchmark"
)]

use std::time::{Duration, Instant};

use serde_json::json;
use shipgate_ledger::entry::canonical_entry;
use shipgate_ledger::hash::leaf_hash;
use shipgate_ledger::store::{PostgresStore, SqliteStore, Store, StoreReader};
use shipgate_ledger::tree::{CompactRange, consistency_proof, inclusion_proof, root};
use shipgate_ledger::verify::verify_store;

fn entry(i: u64) -> Vec<u8> {
    canonical_entry(&json!({
        "v": 1, "kind": "gate", "time": "2026-11-23T19:01:00Z", "service": "payments-api",
        "environment": "production", "commit": format!("{:040x}", i), "artifact": "sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
        "actor": {"id": "gitlab-ci", "via": "gitlab-ci"},
        "ci": {"pipeline_url": "https://gitlab.example.com/payments/api/-/pipelines/123456", "pipeline_id": "123456", "job": "lint:migrations"},
        "body": {"gate": "migrations", "outcome": "pass", "counts": {"error": 0, "warning": 2, "info": 0, "suppressed": 1}, "n": i}
    }))
    .unwrap()
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

fn appends_per_second(store: &mut dyn Store, batch: usize, total: usize, runs: usize) -> f64 {
    let entries: Vec<Vec<u8>> = (0..total as u64).map(entry).collect();
    let samples = (0..runs)
        .map(|_| {
            let start = Instant::now();
            for chunk in entries.chunks(batch) {
                store.append(chunk).unwrap();
            }
            total as f64 / start.elapsed().as_secs_f64()
        })
        .collect();
    median(samples)
}

fn appends(name: &str, open: &mut dyn FnMut() -> Box<dyn Store>) {
    for (batch, total) in [(1usize, 200usize), (100, 20_000), (1000, 100_000)] {
        let mut store = open();
        let rate = appends_per_second(store.as_mut(), batch, total, 5);
        println!(
            "{name}: durable appends, batch {batch:>4}: {rate:>10.0} entries/s (median of 5 runs of {total})"
        );
    }
}

fn time_median(runs: usize, mut f: impl FnMut(usize)) -> Duration {
    let mut samples: Vec<Duration> = (0..runs)
        .map(|i| {
            let start = Instant::now();
            f(i);
            start.elapsed()
        })
        .collect();
    samples.sort();
    samples[runs / 2]
}

fn main() {
    let n: u64 = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(1_000_000);
    let dir = std::env::temp_dir().join(format!("shipgate-ledger-bench-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let mut counter = 0;

    appends("SQLite", &mut || {
        counter += 1;
        Box::new(SqliteStore::open(&dir.join(format!("append-{counter}.db"))).unwrap())
    });
    let base = std::env::var("SHIPGATE_TEST_DATABASE_URL")
        .unwrap_or_else(|_| "host=127.0.0.1 user=postgres dbname=test".into());
    match postgres::Client::connect(&base, postgres::NoTls) {
        Ok(mut admin) => {
            let mut schemas = Vec::new();
            appends("PostgreSQL", &mut || {
                let schema = format!("shipgate_bench_{}_{}", std::process::id(), schemas.len());
                admin
                    .batch_execute(&format!(
                        "DROP SCHEMA IF EXISTS {schema} CASCADE; CREATE SCHEMA {schema}"
                    ))
                    .unwrap();
                schemas.push(schema.clone());
                Box::new(
                    PostgresStore::open(&format!("{base} options='-c search_path={schema}'"))
                        .unwrap(),
                )
            });
            for s in schemas {
                admin
                    .batch_execute(&format!("DROP SCHEMA {s} CASCADE"))
                    .unwrap();
            }
        }
        Err(e) => println!("PostgreSQL: not reachable ({e}); skipped"),
    }

    // A log of n entries.
    let path = dir.join("big.db");
    let mut store = SqliteStore::open(&path).unwrap();
    let build = Instant::now();
    let mut i = 0;
    while i < n {
        let end = (i + 20_000).min(n);
        store
            .append(&(i..end).map(entry).collect::<Vec<_>>())
            .unwrap();
        i = end;
    }
    let bytes: u64 = (0..1000).map(|i| entry(i).len() as u64).sum::<u64>() / 1000;
    println!(
        "built a log of {n} entries (~{bytes} bytes each) in {:.1} s",
        build.elapsed().as_secs_f64()
    );

    let verify = time_median(3, |_| {
        let report = verify_store(&mut store, &[], &[]).unwrap();
        assert!(report.ok());
    });
    let rate = n as f64 / verify.as_secs_f64();
    println!(
        "verification (SQLite read on one thread, re-hash and root on another): {rate:>10.0} entries/s (median of 3, {:.2} s)",
        verify.as_secs_f64()
    );

    // The same hashing, from memory: the SHA-256 ceiling.
    let entries: Vec<Vec<u8>> = (0..n.min(1_000_000)).map(entry).collect();
    let hash_only = time_median(3, |_| {
        let mut range = CompactRange::default();
        for e in &entries {
            range.append(leaf_hash(e), |_, _, _| {});
        }
        std::hint::black_box(range.root());
    });
    let ceiling = entries.len() as f64 / hash_only.as_secs_f64();
    let mb = entries.iter().map(Vec::len).sum::<usize>() as f64 / 1e6 / hash_only.as_secs_f64();
    println!(
        "SHA-256 ceiling (same leaves and nodes from memory, one core): {ceiling:>10.0} entries/s ({mb:.0} MB/s of entries); verification runs at {:.0}% of it",
        rate / ceiling * 100.0
    );

    let mut rng = 0x1234_5678_9abc_def0u64;
    let mut next = || {
        rng ^= rng << 13;
        rng ^= rng >> 7;
        rng ^= rng << 17;
        rng
    };
    let indexes: Vec<u64> = (0..201).map(|_| next() % n).collect();
    let inclusion = time_median(201, |k| {
        std::hint::black_box(inclusion_proof(&mut StoreReader(&mut store), indexes[k], n).unwrap());
    });
    let consistency = time_median(201, |k| {
        std::hint::black_box(
            consistency_proof(&mut StoreReader(&mut store), indexes[k].max(1), n).unwrap(),
        );
    });
    let head = time_median(201, |_| {
        std::hint::black_box(root(&mut StoreReader(&mut store), n).unwrap());
    });
    println!(
        "at {n} entries (SQLite): inclusion proof {:.0} µs, consistency proof {:.0} µs, tree head {:.0} µs (medians of 201)",
        inclusion.as_secs_f64() * 1e6,
        consistency.as_secs_f64() * 1e6,
        head.as_secs_f64() * 1e6
    );
    drop(store);
    let _ = std::fs::remove_dir_all(&dir);
}
