//! What every handler shares.

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use shipgate_ledger::checkpoint::Checkpoint;
use shipgate_ledger::hash::Hash;
use shipgate_ledger::note::VerifierKey;

use crate::auth::Authenticator;
use crate::cache::ReadCache;
use crate::error::ApiError;
use crate::metrics::Metrics;
use crate::rate::RateLimiter;
use crate::readers::ReaderPool;
use crate::writer::WriterHandle;

/// The application state: the writer, the readers, the authenticator, the
/// metrics and the settings handlers need.
#[derive(Clone)]
pub struct AppState {
    /// The group-commit writer.
    pub writer: WriterHandle,
    /// Read connections.
    pub readers: ReaderPool,
    /// Who is calling.
    pub authenticator: Arc<Authenticator>,
    /// The per-identity rate limit, if any.
    pub rate_limiter: Option<Arc<RateLimiter>>,
    /// Metrics.
    pub metrics: Arc<Metrics>,
    /// The log's public key (signed-note text), for exported bundles.
    pub public_key: Arc<str>,
    /// The service name entries of the seed's endpoints carry.
    pub service: Arc<str>,
    /// How long a request may take.
    pub request_timeout: std::time::Duration,
    /// The latest checkpoint as last read, and when.
    pub latest: Arc<Mutex<Option<CachedCheckpoint>>>,
    /// The log's public key: the checkpoints' origin and signature.
    pub log_key: Arc<VerifierKey>,
    /// The witnesses whose cosignatures are accepted (`[[server.witness]]`).
    pub witnesses: Arc<[VerifierKey]>,
    /// Entries and subtree hashes read before (immutable once committed).
    pub cache: ReadCache,
    /// Whether `/checkpoint` and `/tile/...` are served without a
    /// credential (`[server] public_tiles`, default true).
    pub public_tiles: bool,
}

/// The latest stored checkpoint as last read: its size, its note, and its
/// root when the note verifies against the log's key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Latest {
    /// The tree size.
    pub size: u64,
    /// The signed note, as stored.
    pub note: String,
    /// The root hash, when the note is signed by this log's key; `None`
    /// otherwise (no proof is served against it then).
    pub root: Option<Hash>,
}

/// When the latest checkpoint was read, and what it was, if any.
pub type CachedCheckpoint = (Instant, Option<Arc<Latest>>);

/// How long the latest checkpoint is served from memory: checkpoints change
/// every `--checkpoint-interval`, and proofs against a checkpoint a second
/// old are as good as any.
pub const LATEST_CHECKPOINT_TTL: Duration = Duration::from_secs(1);

impl AppState {
    /// The latest stored checkpoint `(size, note)`, read at most once per
    /// [`LATEST_CHECKPOINT_TTL`].
    pub async fn latest_checkpoint(&self) -> Result<Option<(u64, String)>, ApiError> {
        Ok(self
            .latest()
            .await?
            .map(|latest| (latest.size, latest.note.clone())))
    }

    /// The latest stored checkpoint, read at most once per
    /// [`LATEST_CHECKPOINT_TTL`], with its signature checked against the
    /// log's key when it is read. When it has expired, one request reads it
    /// again while the others go on with the one in memory, so a busy
    /// server reads it once a second, not once per request in flight.
    pub async fn latest(&self) -> Result<Option<Arc<Latest>>, ApiError> {
        if let Ok(mut cached) = self.latest.lock()
            && let Some((at, latest)) = cached.as_mut()
        {
            if at.elapsed() < LATEST_CHECKPOINT_TTL {
                return Ok(latest.clone());
            }
            // This request reads it; until it has, the others keep this one.
            *at = Instant::now();
        }
        let read = self.readers.run(|store| store.latest_checkpoint()).await?;
        let latest = read.map(|(size, note)| {
            let root = Checkpoint::open(&note, std::slice::from_ref(self.log_key.as_ref()))
                .ok()
                .filter(|c| c.size == size && c.origin == self.log_key.name)
                .map(|c| c.root);
            if root.is_none() {
                tracing::error!(
                    size,
                    "the latest stored checkpoint is not signed by this log's key"
                );
            }
            Arc::new(Latest { size, note, root })
        });
        if let Ok(mut cached) = self.latest.lock() {
            *cached = Some((Instant::now(), latest.clone()));
        }
        Ok(latest)
    }

    /// The latest stored checkpoint `(size, note)` with every witness
    /// cosignature stored for it added to the note's signatures.
    pub async fn latest_cosigned(&self) -> Result<Option<(u64, String)>, ApiError> {
        let Some((size, note)) = self.latest_checkpoint().await? else {
            return Ok(None);
        };
        let cosignatures = self
            .readers
            .run(move |store| store.cosignatures(size))
            .await?;
        Ok(Some((size, crate::witness::attach(&note, &cosignatures))))
    }

    /// Forgets the cached checkpoint (after signing one here).
    pub fn forget_latest(&self) {
        if let Ok(mut cached) = self.latest.lock() {
            *cached = None;
        }
    }
}
