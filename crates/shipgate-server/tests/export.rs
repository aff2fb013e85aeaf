//! `GET /v1/export`: the streamed bundle unpacks into a folder the offline
//! verifier accepts, on SQLite and PostgreSQL; a tampered or cut stream does
//! not pass.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a test fails by panicking"
)]

mod common;

use common::{
    Http, TestServer, entry, key, off_runtime, postgres_location, sqlite_location, token,
};
use hyper::StatusCode;
use shipgate_ledger::export::verify_bundle;
use shipgate_ledger::export_stream::{StreamError, unpack};
use shipgate_server::ServerConfig;
use shipgate_server::auth::Role;
use shipgate_server::auth::oidc::jwks::JwksSource;

fn fresh_dir(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("shipgate-export-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    dir
}

async fn exported_bundle_verifies(location: String, name: &str) {
    let key = key();
    let admin = token(&location, "admin", Role::Admin, None).await;
    let auditor = token(&location, "auditor", Role::Auditor, None).await;
    let server = TestServer::start(&location, &key).await;
    let http = Http::default();
    for i in 0..5 {
        let body = serde_json::to_string(&entry("gate", i)).unwrap();
        let answer = http
            .post(server.addr, "/v1/entries", Some(&admin), body)
            .await;
        assert_eq!(answer.status, StatusCode::CREATED, "{}", answer.text());
    }
    let signed = http
        .post(server.addr, "/v1/checkpoint", Some(&admin), "")
        .await;
    assert_eq!(signed.status, StatusCode::CREATED, "{}", signed.text());
    // One more, after the checkpoint: not in the bundle.
    let body = serde_json::to_string(&entry("gate", 99)).unwrap();
    http.post(server.addr, "/v1/entries", Some(&admin), body)
        .await;

    let answer = http.get(server.addr, "/v1/export", Some(&auditor)).await;
    assert_eq!(answer.status, StatusCode::OK, "{}", answer.text());
    assert_eq!(answer.headers["content-type"], "application/x-ndjson");
    let dir = fresh_dir(name);
    let unpacked = unpack(&answer.body[..], &dir).unwrap();
    assert_eq!(unpacked.entries, 7);
    let report = verify_bundle(&dir, &[key.verifier()]).unwrap();
    assert!(report.ok(), "{:?}", report.problems);
    assert_eq!(report.checked, 7);
    assert_eq!(report.checkpoint.map(|c| c.size), Some(7));

    // A range.
    let part = http
        .get(server.addr, "/v1/export?from=3&to=5", Some(&auditor))
        .await;
    let dir = fresh_dir(&format!("{name}-part"));
    assert_eq!(unpack(&part.body[..], &dir).unwrap().entries, 2);
    assert!(verify_bundle(&dir, &[key.verifier()]).unwrap().ok());
    let beyond = http
        .get(server.addr, "/v1/export?to=99", Some(&auditor))
        .await;
    assert_eq!(beyond.status, StatusCode::BAD_REQUEST, "{}", beyond.text());

    // A changed entry does not verify; another key does not either.
    let text = answer.text().replace("\"marker\":3", "\"marker\":4");
    let dir = fresh_dir(&format!("{name}-tampered"));
    unpack(text.as_bytes(), &dir).unwrap();
    assert!(!verify_bundle(&dir, &[key.verifier()]).unwrap().ok());
    let dir = fresh_dir(&format!("{name}-other-key"));
    unpack(&answer.body[..], &dir).unwrap();
    assert!(
        !verify_bundle(&dir, &[common::key().verifier()])
            .unwrap()
            .ok()
    );

    // A stream cut short is refused.
    let cut = &answer.body[..answer.body.len() - 30];
    let dir = fresh_dir(&format!("{name}-cut"));
    assert!(matches!(
        unpack(cut, &dir),
        Err(StreamError::Malformed { .. } | StreamError::Truncated { .. })
    ));
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_exported_bundle_verifies_offline_on_sqlite() {
    exported_bundle_verifies(sqlite_location(), "sqlite").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_exported_bundle_verifies_offline_on_postgres() {
    let Some(location) = off_runtime(postgres_location) else {
        return;
    };
    exported_bundle_verifies(location, "postgres").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_export_before_the_first_checkpoint_is_409() {
    // An empty log has no checkpoint; an ID token (which adds no entry,
    // unlike a server token) reads it.
    let signing = common::oidc::SigningKey::generate("k1");
    let jwks = common::oidc::JwksServer::start(vec![signing.jwk()]).await;
    let mut config = ServerConfig::new(sqlite_location(), key(), "payments");
    config.oidc = vec![common::oidc::issuer(JwksSource::Url(jwks.url()))];
    let server = TestServer::start_with(config).await;
    let auditor = signing.mint(&common::oidc::gitlab_claims("audrey", false));
    let none = Http::default()
        .get(server.addr, "/v1/export", Some(&auditor))
        .await;
    assert_eq!(none.status, StatusCode::CONFLICT, "{}", none.text());
    assert_eq!(none.json()["error"]["code"], "no-checkpoint");
    server.stop().await;
}
