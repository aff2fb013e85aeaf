//! Witness cosignatures: a configured witness's tlog-cosignature/v1 of a
//! checkpoint the log signed is stored and served with the checkpoint (on
//! `/checkpoint` and `/v1/checkpoint`); an unknown witness, a bad
//! signature, a checkpoint the log never signed, and a forged one are
//! refused with the API's error codes, and change nothing.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a test fails by panicking"
)]

mod common;

use common::tlog::{Vkey, cosignature_time, open_checkpoint};
use common::{Http, TestServer, key, off_runtime, postgres_location, sqlite_location, token};
use hyper::StatusCode;
use shipgate_ledger::checkpoint::Checkpoint;
use shipgate_ledger::note::{KeyKind, SignerKey, add_signature};
use shipgate_server::ServerConfig;
use shipgate_server::auth::Role;

const ROUTE: &str = "/v1/checkpoint/cosignature";

fn forged(key: &SignerKey, size: u64, root: [u8; 32]) -> String {
    Checkpoint {
        origin: key.name.clone(),
        size,
        root,
    }
    .sign(key)
    .unwrap()
}

async fn cosignatures_are_verified_stored_and_served(location: String) {
    let key = key();
    let w1 = SignerKey::generate("witness.test/w1", KeyKind::Witness).unwrap();
    let w2 = SignerKey::generate("witness.test/w2", KeyKind::Witness).unwrap();
    let stranger = SignerKey::generate("stranger.test/w", KeyKind::Witness).unwrap();
    let mut config = ServerConfig::new(&location, key.clone(), "payments");
    config.checkpoint_interval = std::time::Duration::from_secs(3600);
    config.token_cache_ttl = std::time::Duration::from_millis(0);
    config.witnesses = vec![w1.verifier(), w2.verifier()];
    let server = TestServer::start_with(config).await;
    let http = Http::default();
    let admin = token(&location, "admin", Role::Admin, None).await;
    let signed = http
        .post(server.addr, "/v1/checkpoint", Some(&admin), "")
        .await;
    assert_eq!(signed.status, StatusCode::CREATED);
    let note = signed.text();

    // w1 cosigns: the answer and /checkpoint carry its cosignature.
    let by_w1 = add_signature(&note, &w1, 1_764_590_000).unwrap();
    let answer = http.post(server.addr, ROUTE, None, by_w1.clone()).await;
    assert_eq!(answer.status, StatusCode::OK, "{}", answer.text());
    assert_eq!(answer.text(), by_w1);
    let served = http.get(server.addr, "/checkpoint", None).await.text();
    let log = Vkey::parse(&key.verifier().to_text()).unwrap();
    let v1 = Vkey::parse(&w1.verifier().to_text()).unwrap();
    let v2 = Vkey::parse(&w2.verifier().to_text()).unwrap();
    open_checkpoint(&served, &log).unwrap();
    assert_eq!(cosignature_time(&served, &v1), Some(1_764_590_000));
    assert_eq!(cosignature_time(&served, &v2), None);

    // w2 cosigns, w1 again later: both, w1's newest only.
    let by_w2 = add_signature(&note, &w2, 1_764_590_100).unwrap();
    assert_eq!(
        http.post(server.addr, ROUTE, None, by_w2).await.status,
        StatusCode::OK
    );
    let again = add_signature(&note, &w1, 1_764_590_200).unwrap();
    assert_eq!(
        http.post(server.addr, ROUTE, None, again).await.status,
        StatusCode::OK
    );
    let served = http.get(server.addr, "/checkpoint", None).await.text();
    assert_eq!(cosignature_time(&served, &v1), Some(1_764_590_200));
    assert_eq!(cosignature_time(&served, &v2), Some(1_764_590_100));
    assert_eq!(served.matches("\u{2014} witness.test/w1 ").count(), 1);
    let v1_served = http
        .get(server.addr, "/v1/checkpoint", Some(&admin))
        .await
        .text();
    assert_eq!(cosignature_time(&v1_served, &v2), Some(1_764_590_100));

    // Refusals, each with its code; none changes what is served.
    let other_size = forged(&key, 99, [1; 32]);
    let other_root = forged(&key, 1, [2; 32]);
    let bad_line = add_signature(&other_root, &w1, 5)
        .unwrap()
        .lines()
        .last()
        .unwrap()
        .to_owned();
    let elsewhere = SignerKey::generate("elsewhere.test/log", KeyKind::Log).unwrap();
    let cases = [
        (
            add_signature(&note, &stranger, 1).unwrap(),
            StatusCode::FORBIDDEN,
            "unknown-witness",
        ),
        (
            format!("{note}{bad_line}\n"),
            StatusCode::FORBIDDEN,
            "invalid-cosignature",
        ),
        (
            add_signature(&other_size, &w1, 1).unwrap(),
            StatusCode::NOT_FOUND,
            "unknown-checkpoint",
        ),
        (
            add_signature(&forged(&elsewhere, 1, [3; 32]), &w1, 1).unwrap(),
            StatusCode::NOT_FOUND,
            "unknown-checkpoint",
        ),
        (
            add_signature(&other_root, &w1, 1).unwrap(),
            StatusCode::CONFLICT,
            "checkpoint-mismatch",
        ),
        (note.clone(), StatusCode::BAD_REQUEST, "bad-request"),
        ("hello\n".to_owned(), StatusCode::BAD_REQUEST, "bad-request"),
        (String::new(), StatusCode::BAD_REQUEST, "bad-request"),
    ];
    for (body, status, code) in cases {
        let answer = http.post(server.addr, ROUTE, None, body.clone()).await;
        assert_eq!(answer.status, status, "{code}: {}", answer.text());
        assert_eq!(answer.json()["error"]["code"], code, "{body}");
    }
    let invalid_bytes = http
        .post(server.addr, ROUTE, None, vec![0xff, 0xfe, b'\n'])
        .await;
    assert_eq!(invalid_bytes.status, StatusCode::BAD_REQUEST);
    assert_eq!(
        http.get(server.addr, "/checkpoint", None).await.text(),
        served
    );
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sqlite_cosignatures() {
    cosignatures_are_verified_stored_and_served(sqlite_location()).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn postgres_cosignatures() {
    let Some(location) = off_runtime(postgres_location) else {
        return;
    };
    cosignatures_are_verified_stored_and_served(location).await;
}
