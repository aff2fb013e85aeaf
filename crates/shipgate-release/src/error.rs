use shipgate_ledger::entry::EntryError;
use shipgate_ledger::query::QueryError;
use shipgate_ledger::store::StoreError;

use crate::range::RangeError;

/// Why the release flow could not read what it needs.
#[derive(Debug, thiserror::Error)]
pub enum ReleaseError {
    /// The ledger could not be read.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// The ledger could not be queried.
    #[error(transparent)]
    Query(#[from] QueryError),
    /// A stored entry breaks the entry schema: the ledger was changed outside shipgate.
    #[error("ledger entry {seq} is not a valid entry: {source}")]
    Entry {
        /// Its sequence number.
        seq: u64,
        /// What is wrong with it.
        source: EntryError,
    },
    /// The release range could not be read from git.
    #[error(transparent)]
    Range(#[from] RangeError),
    /// The audit server could not be read or written.
    #[error(transparent)]
    Server(Box<dyn std::error::Error + Send + Sync>),
    /// An entry to record breaks the entry schema.
    #[error("cannot build the entry: {0}")]
    Build(EntryError),
}
