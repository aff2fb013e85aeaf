//! Where the release flow reads its evidence and records its entries: a
//! local store (SQLite, PostgreSQL), or the audit server through its client.
//! The commands hold one [`Ledger`] and never ask which it is.

use std::ops::Range;

use shipgate_ledger::store::{Selection, Store, Visit};

use crate::error::ReleaseError;

/// The three things the release flow does with a ledger.
pub trait Ledger {
    /// Calls `visit(seq, canonical bytes, leaf hash)` for a superset of the
    /// entries `selection` wants, in sequence order (see [`Store::select`]).
    fn select(&mut self, selection: &Selection, visit: &mut Visit<'_>) -> Result<(), ReleaseError>;
    /// The canonical bytes of entry `seq`, or `None` past the end of the log.
    fn entry(&mut self, seq: u64) -> Result<Option<Vec<u8>>, ReleaseError>;
    /// Appends entries (canonical bytes) in one durable, idempotent write;
    /// returns their sequence numbers.
    fn append(&mut self, entries: &[Vec<u8>]) -> Result<Range<u64>, ReleaseError>;
}

impl<S: Store + ?Sized> Ledger for S {
    fn select(&mut self, selection: &Selection, visit: &mut Visit<'_>) -> Result<(), ReleaseError> {
        Ok(Store::select(self, selection, visit)?)
    }

    fn entry(&mut self, seq: u64) -> Result<Option<Vec<u8>>, ReleaseError> {
        Ok(self
            .entries(seq, seq.saturating_add(1))?
            .pop()
            .map(|e| e.bytes))
    }

    fn append(&mut self, entries: &[Vec<u8>]) -> Result<Range<u64>, ReleaseError> {
        Ok(Store::append(self, entries)?)
    }
}
