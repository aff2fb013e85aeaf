//! `GET /openapi.json`: the document generated from the handlers matches the
//! blessed `docs/openapi.json` (run with `SHIPGATE_BLESS=1` to regenerate it
//! and check the diff by eye), is what the server serves, and names every
//! route.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a test fails by panicking"
)]

mod common;

use std::path::PathBuf;

use common::{Http, TestServer, key, sqlite_location};
use hyper::StatusCode;
use shipgate_server::openapi::document;

fn blessed() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../docs/openapi.json")
}

#[test]
fn the_document_matches_the_blessed_file() {
    let doc = format!("{}\n", document());
    let path = blessed();
    if std::env::var_os("SHIPGATE_BLESS").is_some() {
        std::fs::write(&path, &doc).unwrap();
    }
    let want = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        want == doc,
        "docs/openapi.json is out of date: run `SHIPGATE_BLESS=1 cargo test -p shipgate-server --test openapi`"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_server_serves_it_with_every_route() {
    let server = TestServer::start(&sqlite_location(), &key()).await;
    let answer = Http::default()
        .get(server.addr, "/openapi.json", None)
        .await;
    assert_eq!(answer.status, StatusCode::OK);
    let served = answer.json();
    let doc: serde_json::Value = serde_json::from_str(&document()).unwrap();
    assert_eq!(served, doc);
    assert_eq!(doc["openapi"], "3.1.0");
    let mut paths: Vec<&str> = doc["paths"]
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    paths.sort_unstable();
    assert_eq!(
        paths,
        [
            "/checkpoint",
            "/deployments",
            "/health",
            "/metrics",
            "/openapi.json",
            "/ready",
            "/rollbacks",
            "/tile/{path}",
            "/v1/checkpoint",
            "/v1/checkpoint/cosignature",
            "/v1/entries",
            "/v1/entries/{seq}",
            "/v1/export",
            "/v1/proof/consistency",
            "/v1/proof/inclusion",
            "/v1/whoami",
        ]
    );
    assert_eq!(
        doc["components"]["securitySchemes"]["bearer"]["scheme"],
        "bearer"
    );
    server.stop().await;
}
