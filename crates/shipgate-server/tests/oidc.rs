//! CI OIDC ID tokens against an issuer served on 127.0.0.1: a valid token is
//! the verified identity it names; every forged, expired, misdirected or
//! unknown one is 401 with `WWW-Authenticate`.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a test fails by panicking"
)]

mod common;

use std::time::Duration;

use common::oidc::{AUDIENCE, ISSUER, JwksServer, SigningKey, gitlab_claims, issuer, mint_none};
use common::{Http, TestServer, key, now, sqlite_location};
use hyper::StatusCode;
use serde_json::json;
use shipgate_server::ServerConfig;
use shipgate_server::auth::oidc::jwks::JwksSource;
use shipgate_server::rate::RateLimit;

const SEED: &str = "{\n\"approved_by\": \"Jane Doe\",\n\"commit_sha\": \"0123456789abcdef0123456789abcdef01234567\",\n\"environment\": \"production\",\n\"pipeline_url\": \"https://gitlab.example.com/pay/-/pipelines/1\"\n}";

async fn oidc_server(jwks: JwksSource) -> (TestServer, String) {
    let location = sqlite_location();
    let mut config = ServerConfig::new(&location, key(), "payments");
    config.checkpoint_interval = Duration::from_secs(3600);
    config.oidc = vec![issuer(jwks)];
    (TestServer::start_with(config).await, location)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_valid_id_token_is_the_verified_identity_and_the_sent_name_only_a_claim() {
    let signing = SigningKey::generate("k1");
    let jwks = JwksServer::start(vec![signing.jwk()]).await;
    let (server, _) = oidc_server(JwksSource::Url(jwks.url())).await;
    let http = Http::default();
    let token = signing.mint(&gitlab_claims("alice", false));
    let answer = http
        .post(server.addr, "/deployments", Some(&token), SEED)
        .await;
    assert_eq!(answer.status, StatusCode::CREATED, "{}", answer.text());
    let seq = answer.seqs()[0];
    let read = http
        .get(server.addr, &format!("/v1/entries/{seq}"), Some(&token))
        .await;
    assert_eq!(read.status, StatusCode::OK, "{}", read.text());
    let entry = read.json();
    let entry = entry.get("entry").unwrap_or(&entry);
    assert_eq!(
        entry["actor"],
        json!({"id": "gitlab:alice", "via": "gitlab-oidc", "verified": true}),
        "{entry}"
    );
    assert_eq!(
        entry["body"]["claimed_actor"],
        json!({"id": "Jane Doe", "via": "client"})
    );
    // alice is an approver, not a deployer (the ref is not protected).
    let rollback = "{\"rolled_back_by\": \"x\", \"commit_sha\": \"0123456789abcdef0123456789abcdef01234567\", \"environment\": \"production\", \"reason\": \"r\"}";
    let refused = http
        .post(server.addr, "/rollbacks", Some(&token), rollback)
        .await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN, "{}", refused.text());
    // On a protected ref she may deploy too.
    let protected = signing.mint(&gitlab_claims("alice", true));
    let ok = http
        .post(server.addr, "/rollbacks", Some(&protected), rollback)
        .await;
    assert_eq!(ok.status, StatusCode::CREATED, "{}", ok.text());
    // The keys were fetched once and cached.
    assert_eq!(jwks.fetches(), 1);
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn forged_expired_and_misdirected_id_tokens_are_401() {
    let signing = SigningKey::generate("k1");
    let stranger = SigningKey::generate("k1");
    let jwks = JwksServer::start(vec![signing.jwk()]).await;
    let (server, _) = oidc_server(JwksSource::Url(jwks.url())).await;
    let http = Http::default();
    let with = |f: &dyn Fn(&mut serde_json::Value)| {
        let mut claims = gitlab_claims("alice", true);
        f(&mut claims);
        claims
    };
    let cases: Vec<(&str, String)> = vec![
        (
            "expired",
            signing.mint(&with(&|c| {
                c["exp"] = json!(now() - 120);
                c["iat"] = json!(now() - 900);
                c["nbf"] = json!(now() - 900);
            })),
        ),
        (
            "not yet valid",
            signing.mint(&with(&|c| c["nbf"] = json!(now() + 600))),
        ),
        (
            "wrong audience",
            signing.mint(&with(&|c| c["aud"] = json!("https://other.test"))),
        ),
        (
            "wrong issuer",
            signing.mint(&with(&|c| c["iss"] = json!("https://gitlab.evil.test"))),
        ),
        (
            "no audience",
            signing.mint(&with(&|c| {
                c.as_object_mut().unwrap().remove("aud");
            })),
        ),
        (
            "no expiry",
            signing.mint(&with(&|c| {
                c.as_object_mut().unwrap().remove("exp");
            })),
        ),
        (
            "unknown kid",
            signing.mint_as("k-unknown", &gitlab_claims("alice", true)),
        ),
        (
            "signed by another key under a known kid",
            stranger.mint(&gitlab_claims("alice", true)),
        ),
        ("alg none", mint_none("k1", &gitlab_claims("alice", true))),
        (
            "HS256 signed with the public key",
            signing.mint_hs256_with_public_key(&gitlab_claims("alice", true)),
        ),
        (
            "no identity claim",
            signing.mint(&with(&|c| {
                c.as_object_mut().unwrap().remove("user_login");
            })),
        ),
        ("not a JWT", "eyJhbGciOiJFUzI1NiJ9.bm90IGpzb24.c2ln".into()),
    ];
    let reasons = [
        ("expired", "has expired"),
        ("not yet valid", "not valid yet"),
        ("wrong audience", "another audience"),
        ("wrong issuer", "is not trusted"),
        ("no audience", "lacks"),
        ("no expiry", "lacks"),
        ("unknown kid", "not one of the issuer's keys"),
        (
            "signed by another key under a known kid",
            "signature does not verify",
        ),
        ("alg none", "unknown algorithm"),
        (
            "HS256 signed with the public key",
            "`HS256` is not accepted",
        ),
        ("no identity claim", "`user_login`"),
        ("not a JWT", "not JSON"),
    ];
    assert_eq!(reasons.len(), cases.len());
    for ((what, token), (named, reason)) in cases.iter().zip(reasons) {
        assert_eq!(*what, named);
        let answer = http
            .post(server.addr, "/deployments", Some(token), SEED)
            .await;
        assert_eq!(
            answer.status,
            StatusCode::UNAUTHORIZED,
            "{what}: {}",
            answer.text()
        );
        assert_eq!(
            answer.headers["www-authenticate"], "Bearer realm=\"shipgate\"",
            "{what}"
        );
        assert_eq!(answer.json()["error"]["code"], "unauthenticated", "{what}");
        let message = answer.json()["error"]["message"]
            .as_str()
            .unwrap()
            .to_owned();
        assert!(message.contains(reason), "{what}: {message}");
        let read = http.get(server.addr, "/v1/entries", Some(token)).await;
        assert_eq!(
            read.status,
            StatusCode::UNAUTHORIZED,
            "{what}: {}",
            read.text()
        );
    }
    // Nothing was written.
    let valid = signing.mint(&gitlab_claims("alice", false));
    let list = http.get(server.addr, "/v1/entries", Some(&valid)).await;
    assert_eq!(list.status, StatusCode::OK, "{}", list.text());
    assert!(!list.text().contains("Jane Doe"), "{}", list.text());
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_rotated_key_is_fetched_on_its_unknown_kid() {
    let old = SigningKey::generate("old");
    let new = SigningKey::generate("new");
    let jwks = JwksServer::start(vec![old.jwk()]).await;
    let (server, _) = oidc_server(JwksSource::Url(jwks.url())).await;
    let http = Http::default();
    let first = http
        .get(
            server.addr,
            "/v1/entries",
            Some(&old.mint(&gitlab_claims("alice", false))),
        )
        .await;
    assert_eq!(first.status, StatusCode::OK, "{}", first.text());
    jwks.keys.lock().unwrap().push(new.jwk());
    let rotated = http
        .get(
            server.addr,
            "/v1/entries",
            Some(&new.mint(&gitlab_claims("alice", false))),
        )
        .await;
    assert_eq!(rotated.status, StatusCode::OK, "{}", rotated.text());
    assert_eq!(jwks.fetches(), 2);
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn unreachable_or_unreadable_keys_refuse_every_token() {
    let signing = SigningKey::generate("k1");
    let token = signing.mint(&gitlab_claims("alice", false));
    let http = Http::default();
    // Nothing listens on the JWKS URL: 503, not a pass.
    let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}/jwks", closed.local_addr().unwrap());
    drop(closed);
    let (server, _) = oidc_server(JwksSource::Url(url)).await;
    let answer = http.get(server.addr, "/v1/entries", Some(&token)).await;
    assert_eq!(
        answer.status,
        StatusCode::SERVICE_UNAVAILABLE,
        "{}",
        answer.text()
    );
    assert_eq!(answer.json()["error"]["code"], "issuer-keys-unavailable");
    assert!(!answer.text().contains("127.0.0.1"), "{}", answer.text());
    server.stop().await;
    // A JWKS file: read and used; a missing one refuses.
    let dir = std::env::temp_dir().join(format!("shipgate-oidc-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("jwks.json");
    std::fs::write(&file, json!({"keys": [signing.jwk()]}).to_string()).unwrap();
    let (server, _) = oidc_server(JwksSource::File(file)).await;
    let answer = http.get(server.addr, "/v1/entries", Some(&token)).await;
    assert_eq!(answer.status, StatusCode::OK, "{}", answer.text());
    server.stop().await;
    let (server, _) = oidc_server(JwksSource::File(dir.join("missing.json"))).await;
    let answer = http.get(server.addr, "/v1/entries", Some(&token)).await;
    assert_eq!(
        answer.status,
        StatusCode::SERVICE_UNAVAILABLE,
        "{}",
        answer.text()
    );
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_identity_over_its_rate_limit_gets_429_with_retry_after() {
    let signing = SigningKey::generate("k1");
    let jwks = JwksServer::start(vec![signing.jwk()]).await;
    let location = sqlite_location();
    let mut config = ServerConfig::new(&location, key(), "payments");
    config.checkpoint_interval = Duration::from_secs(3600);
    config.oidc = vec![issuer(JwksSource::Url(jwks.url()))];
    config.rate_limit = Some(RateLimit {
        per_second: 0.5,
        burst: 3,
    });
    let server = TestServer::start_with(config).await;
    let http = Http::default();
    let alice = signing.mint(&gitlab_claims("alice", false));
    let bob = signing.mint(&gitlab_claims("audrey", false));
    for _ in 0..3 {
        let answer = http.get(server.addr, "/v1/entries", Some(&alice)).await;
        assert_eq!(answer.status, StatusCode::OK, "{}", answer.text());
    }
    let limited = http.get(server.addr, "/v1/entries", Some(&alice)).await;
    assert_eq!(
        limited.status,
        StatusCode::TOO_MANY_REQUESTS,
        "{}",
        limited.text()
    );
    assert_eq!(limited.json()["error"]["code"], "rate-limited");
    let retry: u64 = limited.headers["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!((1..=2).contains(&retry), "{retry}");
    // Another identity is not held back, nor are unauthenticated routes.
    let other = http.get(server.addr, "/v1/entries", Some(&bob)).await;
    assert_eq!(other.status, StatusCode::OK, "{}", other.text());
    assert_eq!(
        http.get(server.addr, "/health", None).await.status,
        StatusCode::OK
    );
    // After the wait, alice may go on.
    tokio::time::sleep(Duration::from_secs(retry)).await;
    let again = http.get(server.addr, "/v1/entries", Some(&alice)).await;
    assert_eq!(again.status, StatusCode::OK, "{}", again.text());
    let _ = (ISSUER, AUDIENCE);
    server.stop().await;
}
