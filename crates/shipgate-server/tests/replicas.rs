//! Two server instances on one PostgreSQL database with concurrent writers
//! through both: no gap, no fork, every acknowledged entry present and in
//! the place it was acknowledged at, one verifiable history. And a graceful
//! shutdown under load: every request answered before it is committed.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a test fails by panicking"
)]

mod common;

use std::collections::BTreeMap;

use common::{
    Http, TestServer, entry, key, off_runtime, postgres_location, sqlite_location, token,
};
use hyper::{Method, StatusCode};
use serde_json::json;
use shipgate_ledger::store;
use shipgate_ledger::verify::verify_store;
use shipgate_server::auth::Role;

const CLIENTS: u64 = 16;
const REQUESTS: u64 = 40;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_replicas_on_one_postgres_never_fork() {
    let Some(location) = off_runtime(postgres_location) else {
        return;
    };
    let admin = token(&location, "ci", Role::Admin, None).await;
    let key = key();
    let a = TestServer::start(&location, &key).await;
    let b = TestServer::start(&location, &key).await;
    let http = Http::default();
    let mut clients = Vec::new();
    for client in 0..CLIENTS {
        let (http, admin) = (http.clone(), admin.clone());
        let addrs = [a.addr, b.addr];
        clients.push(tokio::spawn(async move {
            let mut acked = Vec::new();
            for i in 0..REQUESTS {
                let marker = client * 1000 + i;
                // Every fifth request is a batch of two; every seventh is sent twice.
                let body = if i % 5 == 0 {
                    json!({"entries": [entry("gate", marker), entry("gate", marker + 500)]})
                } else {
                    entry("gate", marker)
                };
                let idem = format!("c{client}-r{i}");
                let times = if i % 7 == 0 { 2 } else { 1 };
                let mut first = None;
                for attempt in 0..times {
                    let target = addrs[(usize::from(marker % 2 == 1) + attempt) % 2];
                    let answer = http
                        .send(
                            target,
                            Method::POST,
                            "/v1/entries",
                            Some(&admin),
                            &[("idempotency-key", &idem)],
                            body.to_string(),
                        )
                        .await;
                    assert!(answer.status.is_success(), "{}", answer.text());
                    let seqs = answer.seqs();
                    match &first {
                        None => first = Some(seqs),
                        Some(f) => assert_eq!(f, &seqs, "a retry got other sequence numbers"),
                    }
                }
                let seqs = first.unwrap();
                let markers = if i % 5 == 0 {
                    vec![marker, marker + 500]
                } else {
                    vec![marker]
                };
                acked.extend(seqs.into_iter().zip(markers));
            }
            acked
        }));
    }
    let mut acked: BTreeMap<u64, u64> = BTreeMap::new();
    for client in clients {
        for (seq, marker) in client.await.unwrap() {
            assert!(
                acked.insert(seq, marker).is_none(),
                "seq {seq} acknowledged twice: a fork"
            );
        }
    }
    a.stop().await;
    b.stop().await;
    let batches = CLIENTS * (REQUESTS / 5);
    assert_eq!(acked.len() as u64, CLIENTS * REQUESTS + batches);
    let verifier = key.verifier();
    off_runtime(move || {
        let mut store = store::open(&location).unwrap();
        let size = store.size().unwrap();
        // The token entry, then exactly the acknowledged entries: no gap.
        assert_eq!(size, 1 + acked.len() as u64);
        assert_eq!(
            acked.keys().copied().collect::<Vec<_>>(),
            (1..size).collect::<Vec<_>>()
        );
        for stored in store.entries(1, size).unwrap() {
            let value: serde_json::Value = serde_json::from_slice(&stored.bytes).unwrap();
            assert_eq!(
                value["body"]["marker"].as_u64(),
                Some(acked[&stored.seq]),
                "entry {}",
                stored.seq
            );
        }
        let report = verify_store(store.as_mut(), &[verifier], &[]).unwrap();
        assert!(report.ok(), "{:?}", report.problems);
    });
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn graceful_shutdown_commits_what_it_acknowledges() {
    let location = sqlite_location();
    let admin = token(&location, "ci", Role::Admin, None).await;
    let server = TestServer::start(&location, &key()).await;
    let http = Http::default();
    let addr = server.addr;
    let acked = std::sync::Arc::new(std::sync::atomic::AtomicU64::new(0));
    let mut clients = Vec::new();
    for client in 0..16u64 {
        let (http, admin, acked) = (http.clone(), admin.clone(), std::sync::Arc::clone(&acked));
        clients.push(tokio::spawn(async move {
            let mut mine = Vec::new();
            for i in 0.. {
                let marker = client * 100_000 + i;
                let body = entry("gate", marker).to_string();
                match http.try_post(addr, "/v1/entries", &admin, body).await {
                    Some(answer) if answer.status == StatusCode::CREATED => {
                        mine.push((answer.seqs()[0], marker));
                        acked.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                    }
                    // Refused while stopping (503) or the connection closed.
                    _ => break,
                }
            }
            mine
        }));
    }
    // Stop while the clients are writing.
    while acked.load(std::sync::atomic::Ordering::Relaxed) < 200 {
        tokio::time::sleep(std::time::Duration::from_millis(2)).await;
    }
    server.stop().await;
    let mut acknowledged = Vec::new();
    for client in clients {
        acknowledged.extend(client.await.unwrap());
    }
    assert!(acknowledged.len() >= 200);
    let count = acknowledged.len();
    off_runtime(move || {
        let mut store = store::open(&location).unwrap();
        for (seq, marker) in acknowledged {
            let stored = store
                .entries(seq, seq + 1)
                .unwrap()
                .pop()
                .expect("an acknowledged entry is stored");
            let value: serde_json::Value = serde_json::from_slice(&stored.bytes).unwrap();
            assert_eq!(value["body"]["marker"], marker);
        }
        // Nothing was stored that was not acknowledged, but for requests cut
        // off in flight (at most one per client).
        let stored = store.size().unwrap() - 1; // after the token's entry
        let count = count as u64;
        assert!(
            (count..=count + 16).contains(&stored),
            "{stored} stored vs {count} acknowledged"
        );
    });
}
