//! shipgate's audit API: the ledger over HTTP.
//!
//! A thin axum layer over [`shipgate_ledger`]: identities from server
//! bearer tokens and CI OIDC ID tokens, and roles ([`auth`]), a
//! per-identity rate limit ([`rate`]), group commit through one writer ([`writer`]),
//! idempotency keys kept in the store, the seed pipeline's `/deployments` and
//! `/rollbacks`, reads with proofs, the streamed offline bundle
//! (`/v1/export`), signed checkpoints, and operations
//! endpoints (`/health`, `/ready`, `/metrics`). The log is also served as
//! C2SP tlog-tiles (`/checkpoint`, `/tile/...`, [`routes::tiles`]), and
//! witnesses hand in cosignatures of its checkpoints ([`witness`]).
//!
//! This crate has no command line: `shipgate ledger serve` builds a
//! [`ServerConfig`] and runs a [`Server`]. It serves plain HTTP (behind an
//! ingress, the common case) or TLS with rustls ([`tls`]), and describes
//! itself at `/openapi.json` ([`openapi`]).
//!
//! ```no_run
//! # async fn run(key: shipgate_ledger::note::SignerKey) -> Result<(), shipgate_server::ServerError> {
//! use shipgate_server::{Server, ServerConfig};
//!
//! let server = Server::start(&ServerConfig::new("sqlite:/var/lib/shipgate/ledger.db", key, "payments")).await?;
//! let listener = tokio::net::TcpListener::bind("127.0.0.1:8080").await.map_err(shipgate_server::ServerError::Io)?;
//! server.serve(listener, shipgate_server::shutdown_signal()).await
//! # }
//! ```

pub mod auth;
pub mod body;
pub mod cache;
pub mod client;
pub mod clock;
pub mod error;
pub mod extract;
pub mod inclusion;
pub mod metrics;
pub mod openapi;
pub mod rate;
pub mod readers;
pub mod routes;
pub mod schema;
pub mod state;
pub mod tile_path;
pub mod tls;
pub mod validate;
pub mod witness;
pub mod writer;

use std::future::Future;
use std::sync::Arc;
use std::time::{Duration, Instant};

use axum::Router;
use axum::extract::{DefaultBodyLimit, MatchedPath, Request, State};
use axum::http::StatusCode;
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use shipgate_ledger::note::{SignerKey, VerifierKey};
use shipgate_ledger::store::{self, StoreError};
use tower_http::trace::TraceLayer;

use crate::auth::Authenticator;
use crate::auth::oidc::{IssuerConfig, OidcAuthenticator, OidcConfigError};
use crate::auth::token::TokenAuthenticator;
use crate::error::ApiError;
use crate::metrics::Metrics;
use crate::rate::{RateLimit, RateLimiter};
use crate::readers::ReaderPool;
use crate::state::AppState;

/// How the server runs.
#[derive(Debug, Clone)]
pub struct ServerConfig {
    /// The ledger: `sqlite:PATH` or `postgres://...`.
    pub location: String,
    /// The log's signing key; its name is the checkpoints' origin.
    pub key: SignerKey,
    /// The service the seed endpoints' entries name.
    pub service: String,
    /// How often a checkpoint is signed when the log grew.
    pub checkpoint_interval: Duration,
    /// How long a request may take before it is answered 503 `timeout`.
    pub request_timeout: Duration,
    /// How many read connections at most.
    pub readers: usize,
    /// How long a token lookup is cached (a revocation takes this long to
    /// reach every replica).
    pub token_cache_ttl: Duration,
    /// The trusted issuers of CI OIDC ID tokens; none by default.
    pub oidc: Vec<IssuerConfig>,
    /// The per-identity rate limit; none by default.
    pub rate_limit: Option<RateLimit>,
    /// Whether the tlog-tiles routes (`/checkpoint`, `/tile/...`) are
    /// served without a credential; true by default. When false they need
    /// the auditor (or admin) role.
    pub public_tiles: bool,
    /// The witness keys (tlog-cosignature/v1) whose cosignatures of the
    /// log's checkpoints are accepted; none by default.
    pub witnesses: Vec<VerifierKey>,
    /// The memory budget of the read cache of entries and subtree hashes
    /// ([`cache`]), in bytes; [`cache::DEFAULT_BUDGET_BYTES`] by default, 0
    /// for none.
    pub read_cache_bytes: usize,
}

impl ServerConfig {
    /// The defaults: a checkpoint every 10 s, 30 s request timeout, 4 readers,
    /// tokens cached 5 s, public tiles, no witnesses, a read cache of 256 MiB.
    pub fn new(location: impl Into<String>, key: SignerKey, service: impl Into<String>) -> Self {
        Self {
            location: location.into(),
            key,
            service: service.into(),
            checkpoint_interval: Duration::from_secs(10),
            request_timeout: Duration::from_secs(30),
            readers: 4,
            token_cache_ttl: Duration::from_secs(5),
            oidc: Vec::new(),
            rate_limit: None,
            public_tiles: true,
            witnesses: Vec::new(),
            read_cache_bytes: cache::DEFAULT_BUDGET_BYTES,
        }
    }
}

/// Why the server could not start or stopped.
#[derive(Debug, thiserror::Error)]
pub enum ServerError {
    /// The store could not be opened.
    #[error("cannot open the ledger: {0}")]
    Store(#[from] StoreError),
    /// An OIDC issuer's configuration cannot be used.
    #[error(transparent)]
    Oidc(#[from] OidcConfigError),
    /// A socket failed.
    #[error("{0}")]
    Io(#[from] std::io::Error),
}

/// A started server: the writer runs; [`Server::serve`] answers requests.
pub struct Server {
    state: AppState,
    writer: std::thread::JoinHandle<()>,
    checkpointer: tokio::task::JoinHandle<()>,
}

impl Server {
    /// Opens the store, starts the writer thread and the checkpoint timer.
    pub async fn start(config: &ServerConfig) -> Result<Self, ServerError> {
        let oidc = if config.oidc.is_empty() {
            None
        } else {
            Some(OidcAuthenticator::new(config.oidc.clone())?)
        };
        let metrics = Arc::new(Metrics::default());
        let location = config.location.clone();
        let (writer, thread) = writer::start(
            Box::new(move || store::open(&location)),
            config.key.clone(),
            Arc::clone(&metrics),
        )
        .await?;
        let location = config.location.clone();
        let readers = ReaderPool::new(
            Box::new(move || store::open_read_only(&location)),
            config.readers,
        )?;
        let authenticator = Authenticator {
            tokens: TokenAuthenticator::new(readers.clone(), config.token_cache_ttl),
            oidc,
        };
        let state = AppState {
            writer: writer.clone(),
            readers,
            authenticator: Arc::new(authenticator),
            rate_limiter: config
                .rate_limit
                .map(|limit| Arc::new(RateLimiter::new(limit))),
            metrics,
            public_key: config.key.verifier().to_text().into(),
            service: config.service.clone().into(),
            request_timeout: config.request_timeout,
            latest: Arc::default(),
            log_key: Arc::new(config.key.verifier()),
            witnesses: config.witnesses.clone().into(),
            cache: cache::ReadCache::new(config.read_cache_bytes),
            public_tiles: config.public_tiles,
        };
        let interval = config.checkpoint_interval;
        let checkpointer = tokio::spawn(async move {
            let mut tick = tokio::time::interval(interval);
            tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
            loop {
                tick.tick().await;
                match writer.checkpoint(false).await {
                    Ok(Some((size, _))) => tracing::info!(size, "signed a checkpoint"),
                    Ok(None) => {}
                    Err(e) => tracing::warn!(error = %e, "no checkpoint this time"),
                }
            }
        });
        Ok(Self {
            state,
            writer: thread,
            checkpointer,
        })
    }

    /// The routes over this server's state.
    pub fn router(&self) -> Router {
        router(self.state.clone())
    }

    /// Answers requests on `listener` until `shutdown` completes, then
    /// finishes the requests in flight, lets the writer commit what it was
    /// given, and returns.
    pub async fn serve(
        self,
        listener: tokio::net::TcpListener,
        shutdown: impl Future<Output = ()> + Send + 'static,
    ) -> Result<(), ServerError> {
        self.serve_on(listener, shutdown).await
    }

    /// [`Server::serve`] over TLS: each connection of `listener` completes a
    /// handshake with `tls` (see [`tls::load`]) before it is served.
    pub async fn serve_tls(
        self,
        listener: tokio::net::TcpListener,
        tls: Arc<tokio_rustls::rustls::ServerConfig>,
        shutdown: impl Future<Output = ()> + Send + 'static,
    ) -> Result<(), ServerError> {
        let listener = tls::TlsListener::new(listener, tls)?;
        self.serve_on(listener, shutdown).await
    }

    async fn serve_on<L>(
        self,
        listener: L,
        shutdown: impl Future<Output = ()> + Send + 'static,
    ) -> Result<(), ServerError>
    where
        L: axum::serve::Listener,
        L::Addr: std::fmt::Debug,
    {
        let app = self.router();
        let Server {
            state,
            writer,
            checkpointer,
        } = self;
        drop(state);
        axum::serve(listener, app)
            .with_graceful_shutdown(shutdown)
            .await?;
        checkpointer.abort();
        let _ = checkpointer.await;
        tokio::task::spawn_blocking(move || writer.join())
            .await
            .map_err(std::io::Error::other)?
            .map_err(|_| std::io::Error::other("the writer thread panicked"))?;
        tracing::info!("stopped");
        Ok(())
    }
}

/// Every route, with the body limit, the request timeout, metrics and
/// request logging.
pub fn router(state: AppState) -> Router {
    Router::new()
        .route(
            "/v1/entries",
            post(routes::write::post_entries).get(routes::read::list),
        )
        .route("/v1/entries/{seq}", get(routes::read::get))
        .route("/v1/export", get(routes::export::export))
        .route("/v1/whoami", get(routes::whoami::whoami))
        .route("/v1/proof/inclusion", get(routes::proof::inclusion))
        .route("/v1/proof/consistency", get(routes::proof::consistency))
        .route(
            "/v1/checkpoint",
            get(routes::checkpoint::latest).post(routes::checkpoint::sign),
        )
        .route(
            "/v1/checkpoint/cosignature",
            post(routes::witness::post_cosignature),
        )
        .route("/checkpoint", get(routes::tiles::checkpoint))
        .route("/tile/{*path}", get(routes::tiles::tile))
        .route("/deployments", post(routes::seed::post_deployment))
        .route("/rollbacks", post(routes::seed::post_rollback))
        .route("/health", get(routes::ops::health))
        .route("/ready", get(routes::ops::ready))
        .route("/metrics", get(routes::ops::metrics))
        .route("/openapi.json", get(openapi::openapi_json))
        .route_layer(middleware::from_fn_with_state(state.clone(), observe))
        .fallback(not_found)
        .method_not_allowed_fallback(method_not_allowed)
        .layer(DefaultBodyLimit::max(body::MAX_BODY_BYTES))
        .layer(TraceLayer::new_for_http())
        .with_state(state)
}

/// Times out slow requests (503 `timeout`) and records every request's
/// route, status and latency.
async fn observe(
    State(state): State<AppState>,
    matched: Option<MatchedPath>,
    request: Request,
    next: Next,
) -> Response {
    let route = matched.map_or_else(|| "unmatched".to_owned(), |m| m.as_str().to_owned());
    let started = Instant::now();
    let response = match tokio::time::timeout(state.request_timeout, next.run(request)).await {
        Ok(response) => response,
        Err(_) => ApiError::new(
            StatusCode::SERVICE_UNAVAILABLE,
            "timeout",
            "the request took too long; retry with the same Idempotency-Key",
        )
        .into_response(),
    };
    state.metrics.request(
        &route,
        response.status().as_u16(),
        started.elapsed().as_secs_f64(),
    );
    response
}

async fn not_found() -> ApiError {
    ApiError::not_found("no such route")
}

async fn method_not_allowed() -> ApiError {
    ApiError::new(
        StatusCode::METHOD_NOT_ALLOWED,
        "method-not-allowed",
        "this route does not take that method",
    )
}

/// Completes on ctrl-c or SIGTERM.
pub async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = term => {},
    }
    tracing::info!("shutting down: finishing the requests in flight");
}
