//! Every role (and no, a wrong, an expired and a revoked token), from server
//! tokens and from CI OIDC ID tokens, against every route: the matrix of
//! 401 / 403 / 2xx, in one table.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a test fails by panicking"
)]

mod common;

use std::time::Duration;

use common::oidc::{JwksServer, SigningKey, gitlab_claims, issuer};
use common::{Http, TestServer, entry, key, now, sqlite_location, token};
use hyper::{Method, StatusCode};
use shipgate_ledger::entry::Actor;
use shipgate_ledger::store;
use shipgate_server::ServerConfig;
use shipgate_server::auth::Role;
use shipgate_server::auth::oidc::jwks::JwksSource;
use shipgate_server::auth::token::revoke;

/// Who calls.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Caller {
    Nobody,
    Unknown,
    Expired,
    Revoked,
    Role(Role),
    /// A valid ID token whose claims grant this role.
    Oidc(Role),
    /// A valid ID token whose claims grant no role.
    OidcNoRole,
    /// An expired ID token.
    OidcExpired,
}

/// What a route needs.
#[derive(Debug, Clone, Copy)]
enum Needs {
    Nothing,
    Read,
    Write(&'static [Role]),
    Admin,
}

#[expect(
    clippy::match_same_arms,
    reason = "one arm per rule reads as the table"
)]
fn expected(caller: Caller, needs: Needs, ok: StatusCode) -> StatusCode {
    match (needs, caller) {
        (Needs::Nothing, _) => ok,
        (
            _,
            Caller::Nobody
            | Caller::Unknown
            | Caller::Expired
            | Caller::Revoked
            | Caller::OidcExpired,
        ) => StatusCode::UNAUTHORIZED,
        (_, Caller::OidcNoRole) => StatusCode::FORBIDDEN,
        (needs, Caller::Oidc(role)) => expected(Caller::Role(role), needs, ok),
        (Needs::Read, Caller::Role(_)) => ok,
        (Needs::Write(roles), Caller::Role(r)) if roles.contains(&r) || r == Role::Admin => ok,
        (Needs::Admin, Caller::Role(Role::Admin)) => ok,
        _ => StatusCode::FORBIDDEN,
    }
}

fn seed_deployment() -> String {
    "{\n\"approved_by\": \"Jane Doe\",\n\"commit_sha\": \"0123456789abcdef0123456789abcdef01234567\",\n\"environment\": \"production\",\n\"pipeline_url\": \"https://gitlab.example.com/pay/-/pipelines/1\"\n}".into()
}

fn seed_rollback() -> String {
    "{\n\"rolled_back_by\": \"Jane Doe\",\n\"commit_sha\": \"0123456789abcdef0123456789abcdef01234567\",\n\"environment\": \"production\",\n\"reason\": \"Manual rollback triggered\"\n}".into()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_role_against_every_route() {
    let location = sqlite_location();
    let mut tokens = Vec::new();
    for role in Role::ALL {
        tokens.push((
            Caller::Role(role),
            token(&location, role.as_str(), role, None).await,
        ));
    }
    tokens.push((
        Caller::Expired,
        token(&location, "expired", Role::Admin, Some(now() - 1)).await,
    ));
    let revoked = token(&location, "revoked", Role::Admin, None).await;
    {
        let mut store = store::open(&location).unwrap();
        revoke(
            store.as_mut(),
            "revoked",
            &Actor::unverified("test", "local"),
            "payments",
            now(),
        )
        .unwrap()
        .unwrap();
    }
    tokens.push((Caller::Revoked, revoked));
    tokens.push((Caller::Unknown, format!("sgt_{}", "0".repeat(64))));
    let signing = SigningKey::generate("k1");
    let jwks = JwksServer::start(vec![signing.jwk()]).await;
    for (caller, login, protected) in [
        (Caller::Oidc(Role::Approver), "alice", false),
        (Caller::Oidc(Role::Approver), "carol", false),
        (Caller::Oidc(Role::Deployer), "dave", true),
        (Caller::Oidc(Role::Auditor), "audrey", false),
        (Caller::Oidc(Role::Recorder), "robot", false),
        (Caller::Oidc(Role::Admin), "admin", false),
        (Caller::OidcNoRole, "mallory", false),
    ] {
        tokens.push((caller, signing.mint(&gitlab_claims(login, protected))));
    }
    let mut expired = gitlab_claims("admin", true);
    expired["exp"] = (now() - 3600).into();
    expired["nbf"] = (now() - 7200).into();
    tokens.push((Caller::OidcExpired, signing.mint(&expired)));
    let mut config = ServerConfig::new(&location, key(), "payments");
    config.checkpoint_interval = Duration::from_secs(3600);
    config.token_cache_ttl = Duration::from_millis(0);
    config.oidc = vec![issuer(JwksSource::Url(jwks.url()))];
    let server = TestServer::start_with(config).await;
    let http = Http::default();
    let admin = tokens[4].1.clone();
    // A checkpoint first, so the proof and checkpoint reads have one.
    let signed = http
        .post(server.addr, "/v1/checkpoint", Some(&admin), "")
        .await;
    assert_eq!(signed.status, StatusCode::CREATED, "{}", signed.text());

    let write = |kind: &str| serde_json::to_string(&entry(kind, 1)).unwrap();
    let routes: Vec<(Method, &str, String, Needs, StatusCode)> = vec![
        (
            Method::POST,
            "/v1/entries",
            write("gate"),
            Needs::Write(&[Role::Recorder]),
            StatusCode::CREATED,
        ),
        (
            Method::POST,
            "/v1/entries",
            write("approval"),
            Needs::Write(&[Role::Approver]),
            StatusCode::CREATED,
        ),
        (
            Method::POST,
            "/v1/entries",
            write("deployment"),
            Needs::Write(&[Role::Deployer]),
            StatusCode::CREATED,
        ),
        (
            Method::POST,
            "/v1/entries",
            write("rollback"),
            Needs::Write(&[Role::Deployer]),
            StatusCode::CREATED,
        ),
        (
            Method::POST,
            "/v1/entries",
            write("smoke"),
            Needs::Write(&[Role::Deployer]),
            StatusCode::CREATED,
        ),
        (
            Method::POST,
            "/v1/entries",
            write("note"),
            Needs::Write(&[]),
            StatusCode::CREATED,
        ),
        (
            Method::POST,
            "/v1/entries",
            write("admin"),
            Needs::Write(&[]),
            StatusCode::CREATED,
        ),
        (
            Method::POST,
            "/deployments",
            seed_deployment(),
            Needs::Write(&[Role::Approver]),
            StatusCode::CREATED,
        ),
        (
            Method::POST,
            "/rollbacks",
            seed_rollback(),
            Needs::Write(&[Role::Deployer]),
            StatusCode::CREATED,
        ),
        (
            Method::GET,
            "/v1/entries",
            String::new(),
            Needs::Read,
            StatusCode::OK,
        ),
        (
            Method::GET,
            "/v1/entries/0",
            String::new(),
            Needs::Read,
            StatusCode::OK,
        ),
        (
            Method::GET,
            "/v1/proof/inclusion?seq=0",
            String::new(),
            Needs::Read,
            StatusCode::OK,
        ),
        (
            Method::GET,
            "/v1/proof/consistency?old=1",
            String::new(),
            Needs::Read,
            StatusCode::OK,
        ),
        (
            Method::GET,
            "/v1/export",
            String::new(),
            Needs::Read,
            StatusCode::OK,
        ),
        (
            Method::GET,
            "/v1/checkpoint",
            String::new(),
            Needs::Read,
            StatusCode::OK,
        ),
        (
            Method::POST,
            "/v1/checkpoint",
            String::new(),
            Needs::Admin,
            StatusCode::CREATED,
        ),
        // The tlog-tiles routes are public by default (`public_tiles`).
        (
            Method::GET,
            "/checkpoint",
            String::new(),
            Needs::Nothing,
            StatusCode::OK,
        ),
        (
            Method::GET,
            "/tile/0/000.p/1",
            String::new(),
            Needs::Nothing,
            StatusCode::OK,
        ),
        (
            Method::GET,
            "/tile/entries/000.p/1",
            String::new(),
            Needs::Nothing,
            StatusCode::OK,
        ),
        (
            Method::GET,
            "/health",
            String::new(),
            Needs::Nothing,
            StatusCode::OK,
        ),
        (
            Method::GET,
            "/ready",
            String::new(),
            Needs::Nothing,
            StatusCode::OK,
        ),
        (
            Method::GET,
            "/metrics",
            String::new(),
            Needs::Nothing,
            StatusCode::OK,
        ),
        (
            Method::GET,
            "/openapi.json",
            String::new(),
            Needs::Nothing,
            StatusCode::OK,
        ),
    ];
    let mut callers: Vec<(Caller, Option<String>)> =
        tokens.into_iter().map(|(c, t)| (c, Some(t))).collect();
    callers.push((Caller::Nobody, None));
    let mut failures = Vec::new();
    let mut checked = 0;
    for (method, path, body, needs, ok) in &routes {
        for (caller, secret) in &callers {
            let answer = http
                .send(
                    server.addr,
                    method.clone(),
                    path,
                    secret.as_deref(),
                    &[],
                    body.clone(),
                )
                .await;
            let want = expected(*caller, *needs, *ok);
            checked += 1;
            if answer.status != want {
                failures.push(format!(
                    "{method} {path} as {caller:?}: {} (want {want}): {}",
                    answer.status,
                    answer.text()
                ));
            }
            if answer.status == StatusCode::UNAUTHORIZED {
                assert_eq!(
                    answer.headers["www-authenticate"], "Bearer realm=\"shipgate\"",
                    "{method} {path}"
                );
                assert_eq!(answer.json()["error"]["code"], "unauthenticated");
            }
            if answer.status == StatusCode::FORBIDDEN {
                assert_eq!(answer.json()["error"]["code"], "forbidden");
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert_eq!(checked, routes.len() * 17);
    server.stop().await;
}
