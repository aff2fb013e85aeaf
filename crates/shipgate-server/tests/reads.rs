//! Reads of an entry with its inclusion proof through the read cache, on
//! SQLite and PostgreSQL: the same proofs the store gives, cold and warm and
//! with the cache off; a damaged store is refused rather than served; a
//! replica proves against the newer checkpoint another one signed; a revoked
//! token stops working once the token cache's time to live has passed.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a test fails by panicking"
)]

mod common;

use std::time::Duration;

use base64::Engine as _;
use common::{Http, TestServer, key, off_runtime, postgres_location, sqlite_location, token};
use hyper::StatusCode;
use serde_json::{Value, json};
use shipgate_ledger::checkpoint::Checkpoint;
use shipgate_ledger::entry::{Actor, canonical_entry};
use shipgate_ledger::hash::{Hash, leaf_hash};
use shipgate_ledger::note::SignerKey;
use shipgate_ledger::store::{self, inclusion_proof_batched};
use shipgate_ledger::tree::verify_inclusion;
use shipgate_server::ServerConfig;
use shipgate_server::auth::Role;
use shipgate_server::auth::token::revoke;

/// A canonical gate entry.
fn stored_entry(n: u64) -> Vec<u8> {
    canonical_entry(&json!({
        "v": 1, "kind": "gate", "time": "2026-11-30T12:00:00Z", "service": "payments",
        "environment": "production", "commit": "8f14e45fceea167a5a36dedd4bea2543f1c2a9b7",
        "artifact": null,
        "actor": {"id": "token:test", "via": "token", "verified": true},
        "body": {"gate": "secrets", "outcome": "pass", "run": n},
    }))
    .unwrap()
}

/// Appends `count` entries straight to the store.
fn fill(location: &str, count: u64) {
    let location = location.to_owned();
    off_runtime(move || {
        let mut store = store::open(&location).unwrap();
        let size = store.size().unwrap();
        let batch: Vec<Vec<u8>> = (size..size + count).map(stored_entry).collect();
        store.append(&batch).unwrap();
    });
}

/// The proof the store itself gives, as base64 strings.
fn reference(location: &str, seq: u64, size: u64) -> Vec<String> {
    let location = location.to_owned();
    off_runtime(move || {
        let mut store = store::open(&location).unwrap();
        inclusion_proof_batched(store.as_mut(), seq, size)
            .unwrap()
            .iter()
            .map(|h| base64::engine::general_purpose::STANDARD.encode(h))
            .collect()
    })
}

fn path_of(proof: &Value) -> Vec<Hash> {
    proof["path"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| {
            base64::engine::general_purpose::STANDARD
                .decode(h.as_str().unwrap())
                .unwrap()
                .try_into()
                .unwrap()
        })
        .collect()
}

fn config(location: &str, key: &SignerKey, cache_bytes: usize) -> ServerConfig {
    let mut config = ServerConfig::new(location, key.clone(), "payments");
    config.checkpoint_interval = Duration::from_secs(3600);
    config.token_cache_ttl = Duration::from_millis(0);
    config.read_cache_bytes = cache_bytes;
    config
}

/// Every proof equals the store's and verifies against the signed
/// checkpoint, first read (cold) and read again (warm), at the edges of
/// tiles and of the tree, and against an older size without a checkpoint.
async fn proofs_match_the_store(location: &str, cache_bytes: usize) {
    let admin = token(location, "admin", Role::Admin, None).await;
    fill(location, 700);
    let key = key();
    let server = TestServer::start_with(config(location, &key, cache_bytes)).await;
    let http = Http::default();
    let note = http
        .post(server.addr, "/v1/checkpoint", Some(&admin), "")
        .await
        .text();
    let checkpoint = Checkpoint::open(&note, &[key.verifier()]).unwrap();
    let size = checkpoint.size;
    assert_eq!(size, 701);
    for round in ["cold", "warm"] {
        for seq in [0, 1, 2, 255, 256, 257, 511, 512, 600, 699, 700] {
            let answer = http
                .get(
                    server.addr,
                    &format!("/v1/proof/inclusion?seq={seq}"),
                    Some(&admin),
                )
                .await;
            assert_eq!(
                answer.status,
                StatusCode::OK,
                "{round} {seq}: {}",
                answer.text()
            );
            assert_eq!(
                answer.headers["content-type"], "application/json",
                "{round} {seq}"
            );
            let proof = answer.json();
            assert_eq!(proof["seq"], seq);
            assert_eq!(proof["size"], size);
            assert_eq!(proof["checkpoint"], note.as_str());
            assert_eq!(
                proof["path"],
                json!(reference(location, seq, size)),
                "{round} {seq}"
            );
            let bytes = canonical_entry(&proof["entry"]).unwrap();
            verify_inclusion(
                &leaf_hash(&bytes),
                seq,
                size,
                &path_of(&proof),
                &checkpoint.root,
            )
            .unwrap_or_else(|e| panic!("{round} {seq}: {e}"));
            let raw = http
                .get(server.addr, &format!("/v1/entries/{seq}"), Some(&admin))
                .await
                .json();
            assert_eq!(proof["entry"], raw["entry"], "{round} {seq}");
        }
        // An older tree size: no checkpoint of it, the store's proof.
        for seq in [0, 299, 255] {
            let proof = http
                .get(
                    server.addr,
                    &format!("/v1/proof/inclusion?seq={seq}&size=300"),
                    Some(&admin),
                )
                .await
                .json();
            assert_eq!(proof["checkpoint"], Value::Null);
            assert_eq!(proof["path"], json!(reference(location, seq, 300)));
        }
    }
    // Past the tree, past the log: 404 naming the field.
    let past = http
        .get(server.addr, "/v1/proof/inclusion?seq=701", Some(&admin))
        .await;
    assert_eq!(past.status, StatusCode::NOT_FOUND);
    assert_eq!(past.json()["error"]["field"], "seq");
    let beyond = http
        .get(
            server.addr,
            "/v1/proof/inclusion?seq=1&size=702",
            Some(&admin),
        )
        .await;
    assert_eq!(beyond.status, StatusCode::NOT_FOUND);
    assert_eq!(beyond.json()["error"]["field"], "size");
    // Appended since the checkpoint: provable against the log's size.
    fill(location, 5);
    let newer = http
        .get(
            server.addr,
            "/v1/proof/inclusion?seq=703&size=706",
            Some(&admin),
        )
        .await
        .json();
    assert_eq!(newer["path"], json!(reference(location, 703, 706)));
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sqlite_proofs_through_the_cache_match_the_store() {
    proofs_match_the_store(&sqlite_location(), 64 << 20).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sqlite_proofs_without_a_cache_match_the_store() {
    proofs_match_the_store(&sqlite_location(), 0).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sqlite_proofs_through_a_tiny_cache_match_the_store() {
    // Too small to read ahead: every miss reads one entry and single hashes.
    proofs_match_the_store(&sqlite_location(), 16 << 10).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn postgres_proofs_through_the_cache_match_the_store() {
    let Some(location) = off_runtime(postgres_location) else {
        return;
    };
    proofs_match_the_store(&location, 64 << 20).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn postgres_proofs_without_a_cache_match_the_store() {
    let Some(location) = off_runtime(postgres_location) else {
        return;
    };
    proofs_match_the_store(&location, 0).await;
}

/// Runs `sql` with `params` on the SQLite ledger at `location`.
fn tamper(location: &str, sql: &str, params: &[&dyn rusqlite::ToSql]) {
    let path = location.strip_prefix("sqlite:").unwrap();
    let conn = rusqlite::Connection::open(path).unwrap();
    assert_eq!(conn.execute(sql, params).unwrap(), 1, "{sql}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_damaged_store_is_refused_not_served() {
    let damages: [(&str, Vec<u8>, u64); 2] = [
        // An entry's bytes changed under its recorded leaf hash.
        (
            "UPDATE entries SET body = ?1 WHERE seq = 9",
            stored_entry(999),
            9,
        ),
        // A subtree hash changed: entry 4's proof reads (1, 3).
        (
            "UPDATE nodes SET hash = ?1 WHERE level = 1 AND idx = 3",
            vec![7u8; 32],
            4,
        ),
    ];
    for (sql, value, seq) in damages {
        let location = sqlite_location();
        let admin = token(&location, "admin", Role::Admin, None).await;
        fill(&location, 40);
        let server = TestServer::start_with(config(&location, &key(), 64 << 20)).await;
        let http = Http::default();
        http.post(server.addr, "/v1/checkpoint", Some(&admin), "")
            .await;
        tamper(&location, sql, &[&value]);
        for _ in 0..2 {
            let answer = http
                .get(
                    server.addr,
                    &format!("/v1/proof/inclusion?seq={seq}"),
                    Some(&admin),
                )
                .await;
            assert_eq!(
                answer.status,
                StatusCode::SERVICE_UNAVAILABLE,
                "{sql}: {}",
                answer.text()
            );
            assert_eq!(answer.json()["error"]["code"], "store-unavailable");
            assert!(!answer.text().contains("corrupt"), "no internal detail");
        }
        // Entries the damage does not touch are still served.
        let fine = http
            .get(server.addr, "/v1/proof/inclusion?seq=30", Some(&admin))
            .await;
        assert_eq!(fine.status, StatusCode::OK, "{sql}: {}", fine.text());
        server.stop().await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_replica_proves_against_the_checkpoint_another_signed() {
    let Some(location) = off_runtime(postgres_location) else {
        return;
    };
    let admin = token(&location, "admin", Role::Admin, None).await;
    fill(&location, 300);
    let key = key();
    let a = TestServer::start_with(config(&location, &key, 64 << 20)).await;
    let b = TestServer::start_with(config(&location, &key, 64 << 20)).await;
    let http = Http::default();
    http.post(a.addr, "/v1/checkpoint", Some(&admin), "").await;
    let first = http
        .get(b.addr, "/v1/proof/inclusion?seq=10", Some(&admin))
        .await
        .json();
    assert_eq!(first["size"], 301);
    fill(&location, 300);
    let note = http
        .post(a.addr, "/v1/checkpoint", Some(&admin), "")
        .await
        .text();
    let newer = Checkpoint::open(&note, &[key.verifier()]).unwrap();
    assert_eq!(newer.size, 601);
    // B reads the latest checkpoint again within a second.
    tokio::time::sleep(Duration::from_millis(1100)).await;
    for seq in [10, 300, 600] {
        let proof = http
            .get(
                b.addr,
                &format!("/v1/proof/inclusion?seq={seq}"),
                Some(&admin),
            )
            .await
            .json();
        assert_eq!(proof["size"], 601, "{seq}");
        assert_eq!(proof["checkpoint"], note.as_str());
        let bytes = canonical_entry(&proof["entry"]).unwrap();
        verify_inclusion(&leaf_hash(&bytes), seq, 601, &path_of(&proof), &newer.root).unwrap();
    }
    a.stop().await;
    b.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_revoked_token_is_refused_once_the_token_cache_expires() {
    let location = sqlite_location();
    let admin = token(&location, "admin", Role::Admin, None).await;
    let mut config = config(&location, &key(), 64 << 20);
    config.token_cache_ttl = Duration::from_millis(300);
    let server = TestServer::start_with(config).await;
    let http = Http::default();
    let ok = http.get(server.addr, "/v1/whoami", Some(&admin)).await;
    assert_eq!(ok.status, StatusCode::OK);
    let revoking = location.clone();
    off_runtime(move || {
        let mut store = store::open(&revoking).unwrap();
        revoke(
            store.as_mut(),
            "admin",
            &Actor::unverified("test", "local"),
            "payments",
            common::now(),
        )
        .unwrap()
        .unwrap();
    });
    tokio::time::sleep(Duration::from_millis(400)).await;
    let refused = http.get(server.addr, "/v1/whoami", Some(&admin)).await;
    assert_eq!(refused.status, StatusCode::UNAUTHORIZED);
    server.stop().await;
}
