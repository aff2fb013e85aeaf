//! A small pool of store connections for reads, run on tokio's blocking
//! threads (the [`Store`] trait is synchronous).
//!
//! Reads never wait for the writer: SQLite in WAL mode and PostgreSQL both
//! let readers see the last committed state while a write is in progress.

use std::sync::{Arc, Mutex};

use shipgate_ledger::store::{Store, StoreError};
use tokio::sync::Semaphore;

use crate::error::ApiError;

/// Opens a store connection.
pub type Opener = dyn Fn() -> Result<Box<dyn Store>, StoreError> + Send + Sync;

/// A pool of at most `size` store connections for reads.
#[derive(Clone)]
pub struct ReaderPool {
    inner: Arc<Inner>,
}

struct Inner {
    open: Box<Opener>,
    idle: Mutex<Vec<Box<dyn Store>>>,
    permits: Semaphore,
}

impl ReaderPool {
    /// A pool that opens connections with `open`, at most `size` at once.
    pub fn new(open: Box<Opener>, size: usize) -> Self {
        Self {
            inner: Arc::new(Inner {
                open,
                idle: Mutex::new(Vec::new()),
                permits: Semaphore::new(size.max(1)),
            }),
        }
    }

    /// Runs `read` on a pooled connection on a blocking thread. A connection
    /// whose read failed is closed rather than reused (it may be broken); a
    /// store that cannot be opened is a 503.
    pub async fn run<T, E, F>(&self, read: F) -> Result<T, ApiError>
    where
        T: Send + 'static,
        E: Into<ApiError> + Send + 'static,
        F: FnOnce(&mut dyn Store) -> Result<T, E> + Send + 'static,
    {
        let permit = self
            .inner
            .permits
            .acquire()
            .await
            .map_err(|e| ApiError::internal(&e))?;
        let inner = Arc::clone(&self.inner);
        let result = tokio::task::spawn_blocking(move || {
            let idle = inner.idle.lock().ok().and_then(|mut idle| idle.pop());
            let mut store = match idle {
                Some(store) => store,
                None => (inner.open)().map_err(|e| ApiError::store(&e))?,
            };
            let result = read(store.as_mut()).map_err(Into::into);
            if result.is_ok()
                && let Ok(mut idle) = inner.idle.lock()
            {
                idle.push(store);
            }
            result
        })
        .await
        .map_err(|e| ApiError::internal(&e))?;
        drop(permit);
        result
    }
}
