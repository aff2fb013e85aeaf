//! A test harness: servers on 127.0.0.1 over real SQLite and PostgreSQL
//! stores, and a small HTTP/1.1 client.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    dead_code,
    reason = "test helpers fail by panicking; not every test uses every helper"
)]

pub mod oidc;
pub mod tlog;

use std::net::SocketAddr;
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::Duration;

use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use hyper::{HeaderMap, Method, Request, StatusCode};
use hyper_util::client::legacy::Client;
use hyper_util::client::legacy::connect::HttpConnector;
use hyper_util::rt::TokioExecutor;
use serde_json::Value;
use shipgate_ledger::entry::Actor;
use shipgate_ledger::note::{KeyKind, SignerKey};
use shipgate_ledger::store;
use shipgate_server::auth::Role;
use shipgate_server::auth::token::{IssueRequest, issue};
use shipgate_server::{Server, ServerConfig};

static COUNTER: AtomicU32 = AtomicU32::new(0);

/// A fresh SQLite ledger location.
pub fn sqlite_location() -> String {
    let n = COUNTER.fetch_add(1, Ordering::SeqCst);
    let dir = std::env::temp_dir().join(format!("shipgate-server-{}-{n}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    format!("sqlite:{}", dir.join("ledger.db").display())
}

/// Runs `f` on a plain thread: the synchronous PostgreSQL client may not run
/// on a tokio thread.
pub fn off_runtime<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
    std::thread::spawn(f).join().unwrap()
}

/// A fresh PostgreSQL ledger location (its own schema), or `None` when the
/// server is unreachable and `SHIPGATE_REQUIRE_POSTGRES` is not `1`.
pub fn postgres_location() -> Option<String> {
    let base = std::env::var("SHIPGATE_TEST_POSTGRES_URL")
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/test".into());
    let mut admin = match postgres::Client::connect(&base, postgres::NoTls) {
        Ok(c) => c,
        Err(e) => {
            assert!(
                std::env::var("SHIPGATE_REQUIRE_POSTGRES").as_deref() != Ok("1"),
                "PostgreSQL is required but `{base}` is not reachable: {e}"
            );
            eprintln!("SKIPPED: PostgreSQL at `{base}` is not reachable: {e}");
            return None;
        }
    };
    let n = COUNTER.fetch_add(1, Ordering::SeqCst);
    let schema = format!("shipgate_server_test_{}_{n}", std::process::id());
    admin
        .batch_execute(&format!(
            "DROP SCHEMA IF EXISTS {schema} CASCADE; CREATE SCHEMA {schema};"
        ))
        .unwrap();
    let sep = if base.contains('?') { '&' } else { '?' };
    Some(format!("{base}{sep}options=-c%20search_path%3D{schema}"))
}

/// The log key every test server signs with.
pub fn key() -> SignerKey {
    SignerKey::generate("audit.test/payments", KeyKind::Log).unwrap()
}

/// Issues a token with `role` in the ledger at `location`; returns its secret.
#[allow(
    clippy::unused_async,
    reason = "async so that tests await it like the other helpers"
)]
pub async fn token(location: &str, name: &str, role: Role, expires: Option<u64>) -> String {
    let (location, name) = (location.to_owned(), name.to_owned());
    off_runtime(move || token_now(&location, &name, role, expires))
}

/// [`token`], on this thread (outside any async runtime, or on a blocking one).
pub fn token_now(location: &str, name: &str, role: Role, expires: Option<u64>) -> String {
    let mut store = store::open(location).unwrap();
    issue(
        store.as_mut(),
        &IssueRequest {
            name: name.into(),
            role,
            expires,
            actor: Actor::unverified("test", "local"),
            service: "payments".into(),
            now: now(),
        },
    )
    .unwrap()
    .secret
}

/// Seconds since the Unix epoch.
pub fn now() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs()
}

/// A server running on 127.0.0.1 in this test's runtime.
pub struct TestServer {
    pub addr: SocketAddr,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    task: Option<tokio::task::JoinHandle<()>>,
}

impl TestServer {
    /// Starts a server over `location` on a free port.
    pub async fn start(location: &str, key: &SignerKey) -> Self {
        let mut config = ServerConfig::new(location, key.clone(), "payments");
        config.checkpoint_interval = Duration::from_secs(3600);
        config.token_cache_ttl = Duration::from_millis(0);
        Self::start_with(config).await
    }

    /// Starts a server with `config` on a free port.
    pub async fn start_with(config: ServerConfig) -> Self {
        let server = Server::start(&config).await.unwrap();
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        let task = tokio::spawn(async move {
            server
                .serve(listener, async move {
                    let _ = stopped.await;
                })
                .await
                .unwrap();
        });
        Self {
            addr,
            stop: Some(stop),
            task: Some(task),
        }
    }

    /// Shuts down gracefully and waits until the writer has stopped.
    pub async fn stop(mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(task) = self.task.take() {
            task.await.unwrap();
        }
    }
}

/// An answer: status, headers, body.
#[derive(Debug)]
pub struct Answer {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: Bytes,
}

impl Answer {
    /// The body as JSON.
    pub fn json(&self) -> Value {
        serde_json::from_slice(&self.body)
            .unwrap_or_else(|e| panic!("not JSON ({e}): {}", String::from_utf8_lossy(&self.body)))
    }

    /// The body as text.
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }

    /// The sequence numbers of a write answer.
    pub fn seqs(&self) -> Vec<u64> {
        self.json()["seqs"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| s.as_u64().unwrap())
            .collect()
    }
}

/// An HTTP/1.1 client with keep-alive.
#[derive(Clone)]
pub struct Http {
    client: Client<HttpConnector, Full<Bytes>>,
}

impl Default for Http {
    fn default() -> Self {
        Self {
            client: Client::builder(TokioExecutor::new()).build_http(),
        }
    }
}

impl Http {
    /// Sends a request to `addr`; `headers` are `(name, value)` pairs.
    pub async fn send(
        &self,
        addr: SocketAddr,
        method: Method,
        path: &str,
        token: Option<&str>,
        headers: &[(&str, &str)],
        body: impl Into<Bytes>,
    ) -> Answer {
        let mut request = Request::builder()
            .method(method)
            .uri(format!("http://{addr}{path}"));
        if let Some(token) = token {
            request = request.header("authorization", format!("Bearer {token}"));
        }
        for (name, value) in headers {
            request = request.header(*name, *value);
        }
        let response = self
            .client
            .request(request.body(Full::new(body.into())).unwrap())
            .await
            .unwrap();
        let status = response.status();
        let headers = response.headers().clone();
        let body = response.into_body().collect().await.unwrap().to_bytes();
        Answer {
            status,
            headers,
            body,
        }
    }

    /// `POST path` with a token and a body; `None` when the connection fails
    /// (a server shutting down).
    pub async fn try_post(
        &self,
        addr: SocketAddr,
        path: &str,
        token: &str,
        body: String,
    ) -> Option<Answer> {
        let request = Request::builder()
            .method(Method::POST)
            .uri(format!("http://{addr}{path}"))
            .header("authorization", format!("Bearer {token}"))
            .body(Full::new(Bytes::from(body)))
            .ok()?;
        let response = self.client.request(request).await.ok()?;
        let status = response.status();
        let headers = response.headers().clone();
        let body = response.into_body().collect().await.ok()?.to_bytes();
        Some(Answer {
            status,
            headers,
            body,
        })
    }

    /// `GET path` with a token.
    pub async fn get(&self, addr: SocketAddr, path: &str, token: Option<&str>) -> Answer {
        self.send(addr, Method::GET, path, token, &[], Bytes::new())
            .await
    }

    /// `POST path` with a token and a body.
    pub async fn post(
        &self,
        addr: SocketAddr,
        path: &str,
        token: Option<&str>,
        body: impl Into<Bytes>,
    ) -> Answer {
        self.send(addr, Method::POST, path, token, &[], body).await
    }
}

/// A valid `kind` entry for the write API (no actor, no time: the server sets them).
pub fn entry(kind: &str, marker: u64) -> Value {
    let mut body = serde_json::json!({"marker": marker});
    match kind {
        "gate" => {
            body["gate"] = "secrets".into();
            body["outcome"] = "pass".into();
        }
        "smoke" => body["outcome"] = "pass".into(),
        _ => {}
    }
    serde_json::json!({
        "kind": kind,
        "service": "payments",
        "environment": "production",
        "commit": "0123456789abcdef0123456789abcdef01234567",
        "body": body,
    })
}
