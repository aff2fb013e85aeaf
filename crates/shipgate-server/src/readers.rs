//! A pool of reader threads, each with its own store connection (the
//! [`Store`] trait is synchronous, and the synchronous PostgreSQL client
//! must not run on an async runtime's threads, blocking ones included).
//!
//! Reads never wait for the writer: SQLite in WAL mode and PostgreSQL both
//! let readers see the last committed state while a write is in progress.

use std::sync::mpsc;
use std::sync::{Arc, Mutex};

use shipgate_ledger::store::{Store, StoreError};
use tokio::sync::oneshot;

use crate::error::ApiError;

/// Opens a store connection.
pub type Opener = dyn Fn() -> Result<Box<dyn Store>, StoreError> + Send + Sync;

/// A job for a reader thread: its connection slot and the opener.
type Job = Box<dyn FnOnce(&mut Option<Box<dyn Store>>, &Opener) + Send>;

/// `size` reader threads; cloning the pool is cheap. The threads stop when
/// every clone is dropped.
#[derive(Clone)]
pub struct ReaderPool {
    jobs: mpsc::Sender<Job>,
}

impl ReaderPool {
    /// Starts `size` reader threads that open connections with `open`, each
    /// when it first needs one.
    pub fn new(open: Box<Opener>, size: usize) -> Result<Self, StoreError> {
        let (jobs, queue) = mpsc::channel::<Job>();
        let queue = Arc::new(Mutex::new(queue));
        let open: Arc<Opener> = Arc::from(open);
        for i in 0..size.max(1) {
            let queue = Arc::clone(&queue);
            let open = Arc::clone(&open);
            std::thread::Builder::new()
                .name(format!("shipgate-reader-{i}"))
                .spawn(move || {
                    let mut slot = None;
                    loop {
                        let job = match queue.lock() {
                            Ok(queue) => queue.recv(),
                            Err(_) => return,
                        };
                        match job {
                            Ok(job) => job(&mut slot, open.as_ref()),
                            Err(_) => return,
                        }
                    }
                })
                .map_err(|e| StoreError::Io(format!("cannot start a reader thread: {e}")))?;
        }
        Ok(Self { jobs })
    }

    /// Runs `read` on a reader thread's connection. A connection whose read
    /// failed is closed rather than reused (it may be broken); a store that
    /// cannot be opened is a 503.
    pub async fn run<T, E, F>(&self, read: F) -> Result<T, ApiError>
    where
        T: Send + 'static,
        E: Into<ApiError> + Send + 'static,
        F: FnOnce(&mut dyn Store) -> Result<T, E> + Send + 'static,
    {
        let (reply, answer) = oneshot::channel();
        let job: Job = Box::new(move |slot, open| {
            if slot.is_none() {
                match open() {
                    Ok(store) => *slot = Some(store),
                    Err(e) => {
                        let _ = reply.send(Err(ApiError::store(&e)));
                        return;
                    }
                }
            }
            let Some(store) = slot.as_mut() else { return };
            let result = read(store.as_mut()).map_err(Into::into);
            if result.is_err() {
                *slot = None;
            }
            let _ = reply.send(result);
        });
        self.jobs
            .send(job)
            .map_err(|_| ApiError::internal(&"the reader threads have stopped"))?;
        answer
            .await
            .map_err(|_| ApiError::internal(&"a reader thread stopped"))?
    }
}
