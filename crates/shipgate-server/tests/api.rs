//! The write and read API over real HTTP: the seed's payloads byte for byte,
//! errors and limits, idempotency across a restart, reads and proofs.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a test fails by panicking"
)]

mod common;

use base64::Engine as _;
use common::{Http, TestServer, entry, key, postgres_location, sqlite_location, token};
use hyper::{Method, StatusCode};
use serde_json::{Value, json};
use shipgate_ledger::checkpoint::Checkpoint;
use shipgate_ledger::hash::{Hash, leaf_hash};
use shipgate_ledger::tree::verify_inclusion;
use shipgate_server::auth::Role;

/// The compliance gate's request body, as `curl -d "{ ... }"` in the seed
/// pipeline sends it once the shell has substituted the variables.
const SEED_DEPLOYMENT: &str = "{\n\"approved_by\": \"Jane Doe\",\n\"commit_sha\": \"8f14e45fceea167a5a36dedd4bea2543f1c2a9b7\",\n\"environment\": \"production\",\n\"pipeline_url\": \"https://gitlab.example.com/payments/api/-/pipelines/4711\"\n}";

/// The rollback job's request body.
const SEED_ROLLBACK: &str = "{\n\"rolled_back_by\": \"Jane Doe\",\n\"commit_sha\": \"8f14e45fceea167a5a36dedd4bea2543f1c2a9b7\",\n\"environment\": \"production\",\n\"reason\": \"Manual rollback triggered\"\n}";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn seed_payloads_become_approval_and_rollback_entries() {
    let location = sqlite_location();
    let approver = token(&location, "compliance-gate", Role::Approver, None).await;
    let deployer = token(&location, "rollback-job", Role::Deployer, None).await;
    let recorder = token(&location, "gates", Role::Recorder, None).await;
    let server = TestServer::start(&location, &key()).await;
    let http = Http::default();
    let answer = http
        .send(
            server.addr,
            Method::POST,
            "/deployments",
            Some(&approver),
            &[("content-type", "application/json")],
            SEED_DEPLOYMENT,
        )
        .await;
    assert_eq!(answer.status, StatusCode::CREATED, "{}", answer.text());
    let seq = answer.seqs()[0];
    let stored = http
        .get(server.addr, &format!("/v1/entries/{seq}"), Some(&approver))
        .await
        .json();
    let approval = &stored["entry"];
    assert_eq!(approval["kind"], "approval");
    assert_eq!(approval["service"], "payments");
    assert_eq!(approval["environment"], "production");
    assert_eq!(
        approval["commit"],
        "8f14e45fceea167a5a36dedd4bea2543f1c2a9b7"
    );
    assert_eq!(
        approval["ci"]["pipeline_url"],
        "https://gitlab.example.com/payments/api/-/pipelines/4711"
    );
    // The actor is the token that called; the name the job sent is a claim.
    assert_eq!(
        approval["actor"],
        json!({"id": "token:compliance-gate", "via": "token", "verified": true})
    );
    assert_eq!(
        approval["body"]["claimed_actor"],
        json!({"id": "Jane Doe", "via": "client"})
    );

    let answer = http
        .post(server.addr, "/rollbacks", Some(&deployer), SEED_ROLLBACK)
        .await;
    assert_eq!(answer.status, StatusCode::CREATED, "{}", answer.text());
    let rollback = http
        .get(
            server.addr,
            &format!("/v1/entries/{}", answer.seqs()[0]),
            Some(&deployer),
        )
        .await
        .json();
    assert_eq!(rollback["entry"]["kind"], "rollback");
    assert_eq!(
        rollback["entry"]["body"]["reason"],
        "Manual rollback triggered"
    );
    assert_eq!(rollback["entry"]["actor"]["id"], "token:rollback-job");
    assert_eq!(rollback["entry"]["body"]["claimed_actor"]["id"], "Jane Doe");

    // A recorder cannot approve, and the seed's fields are checked.
    let refused = http
        .post(
            server.addr,
            "/deployments",
            Some(&recorder),
            SEED_DEPLOYMENT,
        )
        .await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    let missing = http
        .post(
            server.addr,
            "/deployments",
            Some(&approver),
            r#"{"approved_by": "x", "environment": "production", "pipeline_url": "u"}"#,
        )
        .await;
    assert_eq!(missing.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(missing.json()["error"]["field"], "commit_sha");
    let bad_sha = http
        .post(
            server.addr,
            "/deployments",
            Some(&approver),
            SEED_DEPLOYMENT.replace("8f14e45f", "not-hex!"),
        )
        .await;
    assert_eq!(bad_sha.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(bad_sha.json()["error"]["field"], "commit_sha");
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn errors_are_json_with_stable_codes() {
    let location = sqlite_location();
    let admin = token(&location, "admin", Role::Admin, None).await;
    let recorder = token(&location, "recorder", Role::Recorder, None).await;
    let server = TestServer::start(&location, &key()).await;
    let http = Http::default();
    let post = |body: String| {
        let http = http.clone();
        let admin = admin.clone();
        let addr = server.addr;
        async move { http.post(addr, "/v1/entries", Some(&admin), body).await }
    };
    let code = |a: &common::Answer| a.json()["error"]["code"].as_str().unwrap().to_owned();

    let not_json = post("{".into()).await;
    assert_eq!(
        (not_json.status, code(&not_json)),
        (StatusCode::BAD_REQUEST, "bad-request".into())
    );

    let mut bad = entry("gate", 1);
    bad["commit"] = "xyz".into();
    let invalid = post(bad.to_string()).await;
    assert_eq!(invalid.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(invalid.json()["error"]["field"], "commit");

    let mut no_outcome = entry("gate", 1);
    no_outcome["body"]["outcome"] = "maybe".into();
    let answer = post(json!({"entries": [entry("gate", 1), no_outcome]}).to_string()).await;
    assert_eq!(answer.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(answer.json()["error"]["field"], "entries[1].body.outcome");

    let mut no_env = entry("approval", 1);
    no_env["environment"] = Value::Null;
    let answer = post(no_env.to_string()).await;
    assert_eq!(answer.json()["error"]["field"], "environment");

    let empty = post(json!({"entries": []}).to_string()).await;
    assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);

    let huge = post(format!("{{\"pad\": \"{}\"}}", "x".repeat(1024 * 1024 + 1))).await;
    assert_eq!(
        (huge.status, code(&huge)),
        (StatusCode::PAYLOAD_TOO_LARGE, "body-too-large".into())
    );

    let forbidden = http
        .post(
            server.addr,
            "/v1/entries",
            Some(&recorder),
            entry("approval", 1).to_string(),
        )
        .await;
    assert_eq!(
        (forbidden.status, code(&forbidden)),
        (StatusCode::FORBIDDEN, "forbidden".into())
    );
    // A batch with one entry the role may not write appends nothing.
    let size_before = http
        .get(server.addr, "/v1/entries?limit=1000", Some(&admin))
        .await
        .json()["entries"]
        .as_array()
        .unwrap()
        .len();
    let mixed = http
        .post(
            server.addr,
            "/v1/entries",
            Some(&recorder),
            json!({"entries": [entry("gate", 1), entry("approval", 2)]}).to_string(),
        )
        .await;
    assert_eq!(mixed.status, StatusCode::FORBIDDEN);
    let size_after = http
        .get(server.addr, "/v1/entries?limit=1000", Some(&admin))
        .await
        .json()["entries"]
        .as_array()
        .unwrap()
        .len();
    assert_eq!(size_before, size_after);

    let missing = http.get(server.addr, "/v1/entries/999", Some(&admin)).await;
    assert_eq!(
        (missing.status, code(&missing)),
        (StatusCode::NOT_FOUND, "not-found".into())
    );
    let no_route = http.get(server.addr, "/v2/nothing", Some(&admin)).await;
    assert_eq!(
        (no_route.status, code(&no_route)),
        (StatusCode::NOT_FOUND, "not-found".into())
    );
    let bad_param = http
        .get(server.addr, "/v1/entries?limit=0", Some(&admin))
        .await;
    assert_eq!(bad_param.status, StatusCode::BAD_REQUEST);
    assert_eq!(bad_param.json()["error"]["field"], "limit");
    let unknown_param = http
        .get(server.addr, "/v1/entries?colour=red", Some(&admin))
        .await;
    assert_eq!(unknown_param.status, StatusCode::BAD_REQUEST);
    let bad_key = http
        .send(
            server.addr,
            Method::POST,
            "/v1/entries",
            Some(&admin),
            &[("idempotency-key", "")],
            entry("gate", 1).to_string(),
        )
        .await;
    assert_eq!(bad_key.status, StatusCode::BAD_REQUEST);
    assert_eq!(bad_key.json()["error"]["field"], "Idempotency-Key");
    let wrong_method = http
        .send(
            server.addr,
            Method::DELETE,
            "/v1/entries",
            Some(&admin),
            &[],
            "",
        )
        .await;
    assert_eq!(wrong_method.status, StatusCode::METHOD_NOT_ALLOWED);
    // No error answer carries the token.
    for answer in [&not_json, &invalid, &forbidden, &missing] {
        assert!(!answer.text().contains(&admin[4..]));
    }
    server.stop().await;
}

async fn idempotency_across_a_restart(location: &str) {
    let key = key();
    let writer = token(location, "ci", Role::Admin, None).await;
    let other = token(location, "other", Role::Admin, None).await;
    let http = Http::default();
    let body = json!({"entries": [entry("gate", 1), entry("gate", 2)]}).to_string();
    let send = |addr, token: &str, key: &str, body: &str| {
        let http = http.clone();
        let (token, key, body) = (token.to_owned(), key.to_owned(), body.to_owned());
        async move {
            http.send(
                addr,
                Method::POST,
                "/v1/entries",
                Some(&token),
                &[("idempotency-key", &key)],
                body,
            )
            .await
        }
    };
    let server = TestServer::start(location, &key).await;
    let first = send(server.addr, &writer, "deploy-4711", &body).await;
    assert_eq!(first.status, StatusCode::CREATED, "{}", first.text());
    let seqs = first.seqs();
    assert_eq!(seqs.len(), 2);
    let again = send(server.addr, &writer, "deploy-4711", &body).await;
    assert_eq!(again.status, StatusCode::OK);
    assert_eq!(again.seqs(), seqs);
    assert_eq!(again.headers["idempotent-replayed"], "true");
    server.stop().await;

    // A new process, the same store: the key is remembered.
    let server = TestServer::start(location, &key).await;
    let retried = send(server.addr, &writer, "deploy-4711", &body).await;
    assert_eq!(retried.status, StatusCode::OK, "{}", retried.text());
    assert_eq!(retried.seqs(), seqs);
    assert_eq!(retried.json()["replayed"], true);
    // The same key with another body is refused.
    let reused = send(
        server.addr,
        &writer,
        "deploy-4711",
        &entry("gate", 3).to_string(),
    )
    .await;
    assert_eq!(reused.status, StatusCode::CONFLICT);
    assert_eq!(reused.json()["error"]["code"], "idempotency-key-reused");
    // Keys are per identity: another token's same key is its own request.
    let theirs = send(server.addr, &other, "deploy-4711", &body).await;
    assert_eq!(theirs.status, StatusCode::CREATED);
    assert_ne!(theirs.seqs(), seqs);
    // Nothing was appended twice: the two token entries, two, and two more.
    let all = http
        .get(server.addr, "/v1/entries?limit=1000", Some(&writer))
        .await
        .json();
    assert_eq!(all["entries"].as_array().unwrap().len(), 6);
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn idempotency_survives_a_restart_sqlite() {
    idempotency_across_a_restart(&sqlite_location()).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn idempotency_survives_a_restart_postgres() {
    let Some(location) = common::off_runtime(postgres_location) else {
        return;
    };
    idempotency_across_a_restart(&location).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn reads_filter_page_and_prove() {
    let location = sqlite_location();
    let admin = token(&location, "admin", Role::Admin, None).await;
    let key = key();
    let server = TestServer::start(&location, &key).await;
    let http = Http::default();
    let mut batch = Vec::new();
    for i in 0..30 {
        let mut e = entry(if i % 3 == 0 { "approval" } else { "gate" }, i);
        if i % 5 == 0 {
            e["environment"] = "staging".into();
        }
        batch.push(e);
    }
    let answer = http
        .post(
            server.addr,
            "/v1/entries",
            Some(&admin),
            json!({"entries": batch}).to_string(),
        )
        .await;
    assert_eq!(answer.seqs(), (1..31).collect::<Vec<_>>());

    // Cursor paging over a filter.
    let mut seen = Vec::new();
    let mut next: Option<String> = None;
    loop {
        let path = match &next {
            Some(n) => format!("/v1/entries?kind=approval&environment=production&limit=3&next={n}"),
            None => "/v1/entries?kind=approval&environment=production&limit=3".into(),
        };
        let page = http.get(server.addr, &path, Some(&admin)).await.json();
        for e in page["entries"].as_array().unwrap() {
            assert_eq!(e["entry"]["kind"], "approval");
            seen.push(e["entry"]["body"]["marker"].as_u64().unwrap());
        }
        match page["next"].as_str() {
            Some(n) => next = Some(n.to_owned()),
            None => break,
        }
    }
    let want: Vec<u64> = (0..30).filter(|i| i % 3 == 0 && i % 5 != 0).collect();
    assert_eq!(seen, want);
    let by_actor = http
        .get(
            server.addr,
            "/v1/entries?actor=token:admin&limit=1000",
            Some(&admin),
        )
        .await
        .json();
    assert_eq!(by_actor["entries"].as_array().unwrap().len(), 30);
    let by_service = http
        .get(server.addr, "/v1/entries?service=ledger", Some(&admin))
        .await
        .json();
    assert!(by_service["entries"].as_array().unwrap().is_empty());

    // An inclusion proof that verifies against the signed checkpoint.
    let note = http
        .post(server.addr, "/v1/checkpoint", Some(&admin), "")
        .await
        .text();
    let checkpoint = Checkpoint::open(&note, &[key.verifier()]).unwrap();
    assert_eq!(checkpoint.size, 31);
    let proof = http
        .get(server.addr, "/v1/proof/inclusion?seq=7", Some(&admin))
        .await
        .json();
    assert_eq!(proof["checkpoint"], note.as_str());
    let raw = http
        .get(server.addr, "/v1/entries/7", Some(&admin))
        .await
        .json();
    assert_eq!(proof["entry"], raw["entry"]);
    let bytes = shipgate_ledger::entry::canonical_entry(&proof["entry"]).unwrap();
    let path: Vec<Hash> = proof["path"]
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
        .collect();
    verify_inclusion(&leaf_hash(&bytes), 7, 31, &path, &checkpoint.root).unwrap();
    let consistency = http
        .get(server.addr, "/v1/proof/consistency?old=10", Some(&admin))
        .await
        .json();
    assert_eq!(consistency["new"], 31);
    assert!(!consistency["path"].as_array().unwrap().is_empty());
    let latest = http.get(server.addr, "/v1/checkpoint", Some(&admin)).await;
    assert_eq!(latest.text(), note);
    let metrics = http.get(server.addr, "/metrics", None).await.text();
    assert!(metrics.contains("shipgate_log_size 31"), "{metrics}");
    assert!(metrics.contains("shipgate_checkpoint_size 31"));
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_store_that_goes_away_is_503_without_details() {
    let Some(location) = common::off_runtime(postgres_location) else {
        return;
    };
    let admin = token(&location, "admin", Role::Admin, None).await;
    // Tokens cached for a minute: the write itself meets the missing store.
    let mut config = shipgate_server::ServerConfig::new(location.as_str(), key(), "payments");
    config.checkpoint_interval = std::time::Duration::from_secs(3600);
    config.token_cache_ttl = std::time::Duration::from_secs(60);
    let server = TestServer::start_with(config).await;
    let http = Http::default();
    let ok = http
        .post(
            server.addr,
            "/v1/entries",
            Some(&admin),
            entry("gate", 1).to_string(),
        )
        .await;
    assert_eq!(ok.status, StatusCode::CREATED);
    assert_eq!(
        http.get(server.addr, "/ready", None).await.status,
        StatusCode::OK
    );
    // The database loses the ledger's tables under the running server.
    let schema = location.rsplit("search_path%3D").next().unwrap().to_owned();
    common::off_runtime(move || {
        let base = std::env::var("SHIPGATE_TEST_POSTGRES_URL")
            .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/test".into());
        let mut admin = postgres::Client::connect(&base, postgres::NoTls).unwrap();
        admin
            .batch_execute(&format!("DROP SCHEMA {schema} CASCADE"))
            .unwrap();
    });
    let down = http
        .post(
            server.addr,
            "/v1/entries",
            Some(&admin),
            entry("gate", 2).to_string(),
        )
        .await;
    assert_eq!(
        down.status,
        StatusCode::SERVICE_UNAVAILABLE,
        "{}",
        down.text()
    );
    assert_eq!(down.json()["error"]["code"], "store-unavailable");
    assert!(!down.text().contains("relation"), "{}", down.text());
    let ready = http.get(server.addr, "/ready", None).await;
    assert_eq!(ready.status, StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(
        http.get(server.addr, "/health", None).await.status,
        StatusCode::OK
    );
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn whoami_names_the_verified_identity_and_its_roles() {
    let location = sqlite_location();
    let deployer = token(&location, "rollback-job", Role::Deployer, None).await;
    let server = TestServer::start(&location, &key()).await;
    let http = Http::default();
    let me = http.get(server.addr, "/v1/whoami", Some(&deployer)).await;
    assert_eq!(me.status, StatusCode::OK, "{}", me.text());
    assert_eq!(
        me.json(),
        json!({
            "id": "token:rollback-job", "via": "token", "verified": true,
            "roles": ["deployer"], "groups": [],
        })
    );
    let anonymous = http.get(server.addr, "/v1/whoami", None).await;
    assert_eq!(anonymous.status, StatusCode::UNAUTHORIZED);
    let wrong = http
        .get(server.addr, "/v1/whoami", Some("sg_not_a_token"))
        .await;
    assert_eq!(wrong.status, StatusCode::UNAUTHORIZED);
    assert!(!wrong.text().contains("sg_not_a_token"));
    server.stop().await;
}
