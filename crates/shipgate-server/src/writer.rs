//! Group commit: one writer thread owns the store's write connection.
//!
//! Requests arrive over a channel. The writer takes the first, drains every
//! other one already waiting (up to [`MAX_GROUP_REQUESTS`] requests or
//! [`MAX_GROUP_ENTRIES`] entries), appends them all in one
//! [`Store::append_requests`] transaction, and only then answers each with
//! its sequence numbers. While one transaction commits, the next group
//! gathers, so the cost of a durable commit (an fsync, a PostgreSQL round
//! trip) is shared by every request in the group.
//!
//! The writer also signs checkpoints and stores witness cosignatures, so a checkpoint always covers a size
//! the writer has committed. When the store fails, every request of the
//! group gets the error and the connection is reopened for the next group.
//! When every sender is gone the writer finishes what it has and stops: the
//! server's graceful shutdown waits for that.

use std::sync::Arc;
use std::sync::atomic::Ordering;

use shipgate_ledger::checkpoint::Checkpoint;
use shipgate_ledger::note::SignerKey;
use shipgate_ledger::store::{AppendOutcome, AppendRequest, Store, StoreError, StoreReader};
use shipgate_ledger::tree::root;
use tokio::sync::{mpsc, oneshot};

use crate::error::ApiError;
use crate::metrics::Metrics;
use crate::readers::Opener;
use crate::witness::Cosignature;

/// The most requests one transaction carries.
pub const MAX_GROUP_REQUESTS: usize = 4096;
/// The most entries one transaction carries (a group may exceed it by one
/// request's entries).
pub const MAX_GROUP_ENTRIES: usize = 16_384;

/// Why a write did not happen.
#[derive(Debug, thiserror::Error)]
pub enum WriteError {
    /// The store failed; nothing of the group was committed.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// The checkpoint could not be signed.
    #[error("cannot sign the checkpoint: {0}")]
    Sign(String),
    /// The writer has stopped (the server is shutting down).
    #[error("the writer has stopped")]
    Stopped,
}

enum Command {
    Append {
        request: AppendRequest,
        reply: oneshot::Sender<Result<AppendOutcome, WriteError>>,
    },
    Checkpoint {
        force: bool,
        reply: oneshot::Sender<Result<Option<(u64, String)>, WriteError>>,
    },
    Cosign {
        size: u64,
        cosignatures: Vec<Cosignature>,
        reply: oneshot::Sender<Result<(), WriteError>>,
    },
}

/// A handle to the writer; cloning it is cheap. The writer stops once every
/// handle is dropped and the queue is empty.
#[derive(Clone)]
pub struct WriterHandle {
    tx: mpsc::Sender<Command>,
}

impl WriterHandle {
    /// Appends one request's entries; answers once they are durable.
    pub async fn append(&self, request: AppendRequest) -> Result<AppendOutcome, WriteError> {
        let (reply, answer) = oneshot::channel();
        self.tx
            .send(Command::Append { request, reply })
            .await
            .map_err(|_| WriteError::Stopped)?;
        answer.await.map_err(|_| WriteError::Stopped)?
    }

    /// Signs and stores a checkpoint of the log as committed now. Without
    /// `force`, nothing is signed when the log has not grown since this
    /// writer's last checkpoint (answer `None`).
    pub async fn checkpoint(&self, force: bool) -> Result<Option<(u64, String)>, WriteError> {
        let (reply, answer) = oneshot::channel();
        self.tx
            .send(Command::Checkpoint { force, reply })
            .await
            .map_err(|_| WriteError::Stopped)?;
        answer.await.map_err(|_| WriteError::Stopped)?
    }
}

impl WriterHandle {
    /// Stores verified witness cosignatures of the checkpoint of `size`.
    pub async fn cosign(
        &self,
        size: u64,
        cosignatures: Vec<Cosignature>,
    ) -> Result<(), WriteError> {
        let (reply, answer) = oneshot::channel();
        self.tx
            .send(Command::Cosign {
                size,
                cosignatures,
                reply,
            })
            .await
            .map_err(|_| WriteError::Stopped)?;
        answer.await.map_err(|_| WriteError::Stopped)?
    }
}

/// Starts the writer thread, which opens the store itself (a synchronous
/// PostgreSQL client must not be opened on an async thread); returns its
/// handle and the thread to join once the store is open.
pub async fn start(
    open: Box<Opener>,
    key: SignerKey,
    metrics: Arc<Metrics>,
) -> Result<(WriterHandle, std::thread::JoinHandle<()>), StoreError> {
    let (tx, rx) = mpsc::channel(MAX_GROUP_REQUESTS * 4);
    let (opened, ready) = oneshot::channel();
    let thread = std::thread::Builder::new()
        .name("shipgate-writer".into())
        .spawn(move || {
            let initial = (|| {
                let mut store = open()?;
                let size = store.size()?;
                let signed = store.latest_checkpoint()?.map_or(0, |(size, _)| size);
                Ok::<_, StoreError>((store, size, signed))
            })();
            match initial {
                Ok((store, size, signed)) => {
                    metrics.log_size.store(size, Ordering::Relaxed);
                    let _ = opened.send(Ok(()));
                    Writer {
                        open,
                        store: Some(store),
                        key,
                        metrics,
                        signed,
                    }
                    .run(rx);
                }
                Err(e) => {
                    let _ = opened.send(Err(e));
                }
            }
        })
        .map_err(|e| StoreError::Io(format!("cannot start the writer thread: {e}")))?;
    ready.await.map_err(|_| {
        StoreError::Io("the writer thread stopped while opening the store".into())
    })??;
    Ok((WriterHandle { tx }, thread))
}

struct Writer {
    open: Box<Opener>,
    store: Option<Box<dyn Store>>,
    key: SignerKey,
    metrics: Arc<Metrics>,
    /// The size of the last checkpoint this writer knows was stored.
    signed: u64,
}

impl Writer {
    fn run(&mut self, mut rx: mpsc::Receiver<Command>) {
        while let Some(first) = rx.blocking_recv() {
            let mut appends = Vec::new();
            let mut checkpoints = Vec::new();
            let mut cosigns = Vec::new();
            let mut entries = 0;
            let mut next = Some(first);
            while let Some(command) = next.take() {
                match command {
                    Command::Append { request, reply } => {
                        entries += request.entries.len();
                        appends.push((request, reply));
                    }
                    Command::Checkpoint { force, reply } => checkpoints.push((force, reply)),
                    Command::Cosign {
                        size,
                        cosignatures,
                        reply,
                    } => cosigns.push((size, cosignatures, reply)),
                }
                if appends.len() < MAX_GROUP_REQUESTS && entries < MAX_GROUP_ENTRIES {
                    next = rx.try_recv().ok();
                }
            }
            if !appends.is_empty() {
                self.commit(appends);
            }
            for (force, reply) in checkpoints {
                let _ = reply.send(self.checkpoint(force));
            }
            for (size, cosignatures, reply) in cosigns {
                let _ = reply.send(self.cosign(size, &cosignatures));
            }
        }
        tracing::info!("the writer has committed every request and stops");
    }

    fn store(&mut self) -> Result<&mut Box<dyn Store>, StoreError> {
        if self.store.is_none() {
            self.store = Some((self.open)()?);
        }
        self.store
            .as_mut()
            .ok_or_else(|| StoreError::Io("no store".into()))
    }

    fn commit(
        &mut self,
        appends: Vec<(
            AppendRequest,
            oneshot::Sender<Result<AppendOutcome, WriteError>>,
        )>,
    ) {
        let (requests, replies): (Vec<_>, Vec<_>) = appends.into_iter().unzip();
        let entries: usize = requests.iter().map(|r| r.entries.len()).sum();
        let result = self.store().and_then(|s| s.append_requests(&requests));
        match result {
            Ok(outcomes) => {
                #[expect(
                    clippy::cast_precision_loss,
                    reason = "a batch has far fewer than 2^52 entries"
                )]
                self.metrics.batch_sizes.observe(entries as f64);
                if let Some(end) = outcomes
                    .iter()
                    .filter_map(|o| match o {
                        AppendOutcome::Appended(r) => Some(r.end),
                        _ => None,
                    })
                    .max()
                {
                    self.metrics.log_size.fetch_max(end, Ordering::Relaxed);
                }
                for (outcome, reply) in outcomes.into_iter().zip(replies) {
                    let _ = reply.send(Ok(outcome));
                }
            }
            Err(e) => {
                tracing::error!(error = %e, requests = requests.len(), "group commit failed; reopening the store");
                self.store = None;
                for reply in replies {
                    let _ = reply.send(Err(WriteError::Store(StoreError::Io(
                        "the group commit failed".into(),
                    ))));
                }
            }
        }
    }

    fn checkpoint(&mut self, force: bool) -> Result<Option<(u64, String)>, WriteError> {
        let signed = self.signed;
        let key = self.key.clone();
        let result = (|| {
            let store = self.store()?;
            let size = store.size()?;
            if !force && size <= signed {
                return Ok(None);
            }
            let root = root(&mut StoreReader(store.as_mut()), size)?;
            let note = Checkpoint {
                origin: key.name.clone(),
                size,
                root,
            }
            .sign(&key)
            .map_err(|e| WriteError::Sign(e.to_string()))?;
            store.add_checkpoint(size, &note)?;
            Ok(Some((size, note)))
        })();
        match &result {
            Ok(Some((size, _))) => {
                self.signed = *size;
                self.metrics.checkpoint_signed(*size);
            }
            Ok(None) => {}
            Err(WriteError::Store(e)) => {
                tracing::error!(error = %e, "checkpoint failed; reopening the store");
                self.store = None;
            }
            Err(e) => tracing::error!(error = %e, "checkpoint failed"),
        }
        result
    }
}

impl Writer {
    fn cosign(&mut self, size: u64, cosignatures: &[Cosignature]) -> Result<(), WriteError> {
        let result = self.store().and_then(|store| {
            cosignatures
                .iter()
                .try_for_each(|c| store.add_cosignature(size, &c.witness, &c.line))
        });
        if let Err(e) = &result {
            tracing::error!(error = %e, "storing a cosignature failed; reopening the store");
            self.store = None;
        }
        Ok(result?)
    }
}

/// How a write that could not be made is answered.
impl From<WriteError> for ApiError {
    fn from(e: WriteError) -> Self {
        match e {
            WriteError::Stopped => ApiError::new(
                axum::http::StatusCode::SERVICE_UNAVAILABLE,
                "shutting-down",
                "the server is shutting down; retry on another replica",
            ),
            WriteError::Store(e) => ApiError::store(&e),
            other @ WriteError::Sign(_) => ApiError::internal(&other),
        }
    }
}
