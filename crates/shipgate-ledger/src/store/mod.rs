//! Storage behind one trait, with SQLite and PostgreSQL implementations that
//! pass one conformance suite (`tests/conformance.rs`).
//!
//! A store keeps the entries (sequence number, canonical bytes, leaf hash),
//! the hashes of complete subtrees (so proofs cost `O(log n)` reads), the
//! signed checkpoints, and the tree size. An append is one transaction,
//! acknowledged only once it is durable.

mod group;
mod index;
mod postgres;
mod sqlite;
mod tokens;

use std::collections::HashMap;
use std::ops::Range;

pub use group::{AppendOutcome, AppendRequest, IdempotencyKey, MAX_IDEMPOTENCY_KEY_BYTES};
pub use index::Selection;
pub use postgres::PostgresStore;
pub use sqlite::SqliteStore;
pub use tokens::TokenRecord;

use crate::hash::{Hash, leaf_hash};
use crate::tree::{CompactRange, HashReader, consistency_proof, inclusion_proof};

/// A stored entry, as read back: nothing here is trusted until verified.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredEntry {
    /// Sequence number (leaf index).
    pub seq: u64,
    /// The canonical bytes.
    pub bytes: Vec<u8>,
    /// The leaf hash recorded at append time.
    pub leaf_hash: Vec<u8>,
}

/// Storage failures.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// SQLite failed.
    #[error("SQLite: {0}")]
    Sqlite(#[from] rusqlite::Error),
    /// PostgreSQL failed.
    #[error("PostgreSQL: {0}")]
    Postgres(#[from] ::postgres::Error),
    /// The ledger location is not understood.
    #[error("`{0}` is not a ledger location: use sqlite:PATH or postgres://...")]
    Location(String),
    /// The stored data is inconsistent.
    #[error("the ledger is corrupt: {0}")]
    Corrupt(String),
    /// There is no ledger where one was to be read.
    #[error("{0}")]
    NotFound(String),
    /// A file or folder could not be created.
    #[error("{0}")]
    Io(String),
    /// The write conflicts with what is stored (such as a token name in use).
    #[error("{0}")]
    Conflict(String),
}

/// A visitor over stored entries: `(seq, bytes, recorded leaf hash)`; returns
/// false to stop.
pub type Visit<'a> = dyn FnMut(u64, &[u8], &[u8]) -> bool + 'a;

/// Where entries, subtree hashes and checkpoints are kept.
pub trait Store: Send {
    /// How many entries the log has.
    fn size(&mut self) -> Result<u64, StoreError>;
    /// Appends entries in one durable transaction; returns their sequence numbers.
    fn append(&mut self, entries: &[Vec<u8>]) -> Result<Range<u64>, StoreError>;
    /// Entries with `start <= seq < end`, in sequence order, as stored.
    fn entries(&mut self, start: u64, end: u64) -> Result<Vec<StoredEntry>, StoreError>;
    /// The stored hash of the complete subtree `(level, index)`, `level >= 1`.
    fn node(&mut self, level: u8, index: u64) -> Result<Option<Hash>, StoreError>;
    /// Stores a signed checkpoint for `size`.
    fn add_checkpoint(&mut self, size: u64, note: &str) -> Result<(), StoreError>;
    /// Every stored checkpoint, by size.
    fn checkpoints(&mut self) -> Result<Vec<(u64, String)>, StoreError>;
    /// The hashes of the complete subtrees `keys` (`(level, index)`; level 0
    /// is an entry's leaf hash), read together. Stores override it to read
    /// them in one round trip.
    fn hashes(&mut self, keys: &[(u8, u64)]) -> Result<HashMap<(u8, u64), Hash>, StoreError> {
        let mut reader = StoreReader(self.as_dyn());
        keys.iter()
            .map(|&(level, index)| Ok(((level, index), reader.hash(level, index)?)))
            .collect()
    }

    /// The hashes of the complete subtrees `(level, i)` for `start <= i <
    /// end`, in order (level 0: the entries' leaf hashes), read in one round
    /// trip: what a tlog tile holds. A hash that is missing is
    /// [`StoreError::Corrupt`].
    fn hash_range(&mut self, level: u8, start: u64, end: u64) -> Result<Vec<Hash>, StoreError>;

    /// The entries `entries` and the complete-subtree hashes of `ranges`
    /// (`(level, start..end)`, level 1 and up), read together: what a reader
    /// of one entry and its proof needs, in one round trip on PostgreSQL.
    /// Anything missing in the store is [`StoreError::Corrupt`].
    fn read_ranges(
        &mut self,
        entries: Range<u64>,
        ranges: &[(u8, Range<u64>)],
    ) -> Result<RangeRead, StoreError> {
        let read = if entries.is_empty() {
            Vec::new()
        } else {
            self.entries(entries.start, entries.end)?
        };
        let mut hashes = Vec::new();
        for (level, range) in ranges {
            let got = self.hash_range(*level, range.start, range.end)?;
            hashes.extend((range.start..).map(|i| (*level, i)).zip(got));
        }
        complete_read(read, hashes, &entries, ranges)
    }

    /// The stored checkpoint of exactly `size`, if any.
    fn checkpoint_at(&mut self, size: u64) -> Result<Option<String>, StoreError>;

    /// Stores a witness's cosignature line (`— name base64`, without its
    /// newline) for the checkpoint of `size`, replacing the one `witness`
    /// (`name+keyid`) gave for that checkpoint before. The caller has
    /// verified it.
    fn add_cosignature(&mut self, size: u64, witness: &str, line: &str) -> Result<(), StoreError>;

    /// The cosignature lines stored for the checkpoint of `size`, ordered by
    /// witness.
    fn cosignatures(&mut self, size: u64) -> Result<Vec<String>, StoreError>;

    /// The store as a trait object.
    fn as_dyn(&mut self) -> &mut dyn Store;

    /// The stored checkpoint of the largest size, if any.
    fn latest_checkpoint(&mut self) -> Result<Option<(u64, String)>, StoreError>;
    /// How many entry rows there are (to catch deleted or added rows).
    fn row_count(&mut self) -> Result<u64, StoreError>;

    /// Group commit: appends the entries of every request in one durable
    /// transaction, in request order, and stores their idempotency keys in
    /// the same transaction. A request whose key is already stored appends
    /// nothing and gets [`AppendOutcome::Replayed`] (same request) or
    /// [`AppendOutcome::KeyReused`] (another request). One outcome per request.
    fn append_requests(
        &mut self,
        requests: &[AppendRequest],
    ) -> Result<Vec<AppendOutcome>, StoreError>;

    /// Stores a new token and appends `entry` (its `admin` record) in one
    /// transaction; returns the entry's sequence number. A name already in
    /// use, active or revoked, is a [`StoreError::Conflict`].
    fn create_token(&mut self, token: &TokenRecord, entry: &[u8]) -> Result<u64, StoreError>;

    /// Marks the active token `name` revoked at `at` and appends `entry` (its
    /// `admin` record) in one transaction; returns the entry's sequence
    /// number, or `None` (and appends nothing) when no active token has that name.
    fn revoke_token(
        &mut self,
        name: &str,
        at: u64,
        entry: &[u8],
    ) -> Result<Option<u64>, StoreError>;

    /// Every token, active or not, by name.
    fn tokens(&mut self) -> Result<Vec<TokenRecord>, StoreError>;

    /// The token whose secret hashes to `hash`, active or not.
    fn token_by_hash(&mut self, hash: &Hash) -> Result<Option<TokenRecord>, StoreError>;

    /// Calls `visit(seq, bytes, recorded leaf hash)` for entries with
    /// `start <= seq < end`, in order, without keeping them. Stops early when
    /// `visit` returns false. Stores override it to avoid a copy per row.
    fn scan(&mut self, start: u64, end: u64, visit: &mut Visit<'_>) -> Result<(), StoreError> {
        const CHUNK: u64 = 50_000;
        let mut next = start;
        while next < end {
            let chunk_end = (next + CHUNK).min(end);
            for e in self.entries(next, chunk_end)? {
                if !visit(e.seq, &e.bytes, &e.leaf_hash) {
                    return Ok(());
                }
            }
            next = chunk_end;
        }
        Ok(())
    }

    /// Calls `visit` for every entry [`Selection`] may want, in sequence
    /// order: a superset (the caller checks each entry in full), read through
    /// the entry index, so its cost follows the entries selected and not the
    /// log's size. Stores without an index, or whose index does not cover
    /// every entry yet, visit every entry.
    fn select(&mut self, selection: &Selection, visit: &mut Visit<'_>) -> Result<(), StoreError> {
        let _ = selection;
        let size = self.size()?;
        self.scan(0, size, visit)
    }
}

/// What [`Store::read_ranges`] read.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RangeRead {
    /// The entries, in sequence order.
    pub entries: Vec<StoredEntry>,
    /// The subtree hashes, `((level, index), hash)`.
    pub hashes: Vec<((u8, u64), Hash)>,
}

/// `entries` and `hashes` as a [`RangeRead`], or [`StoreError::Corrupt`]
/// when the store holds fewer rows than `wanted` and `ranges` cover.
fn complete_read(
    entries: Vec<StoredEntry>,
    hashes: Vec<((u8, u64), Hash)>,
    wanted: &Range<u64>,
    ranges: &[(u8, Range<u64>)],
) -> Result<RangeRead, StoreError> {
    let expected = wanted.end.saturating_sub(wanted.start);
    if entries.len() as u64 != expected
        || entries
            .iter()
            .zip(wanted.start..)
            .any(|(e, seq)| e.seq != seq)
    {
        return Err(StoreError::Corrupt(format!(
            "{} of the entries {}..{} are stored",
            entries.len(),
            wanted.start,
            wanted.end
        )));
    }
    let expected: u64 = ranges
        .iter()
        .map(|(_, r)| r.end.saturating_sub(r.start))
        .sum();
    if hashes.len() as u64 != expected {
        return Err(StoreError::Corrupt(format!(
            "{} of the {expected} subtree hashes read are stored",
            hashes.len()
        )));
    }
    Ok(RangeRead { entries, hashes })
}

/// Opens `sqlite:PATH` or `postgres://...`.
pub fn open(location: &str) -> Result<Box<dyn Store>, StoreError> {
    if let Some(path) = location.strip_prefix("sqlite:") {
        return Ok(Box::new(SqliteStore::open(std::path::Path::new(path))?));
    }
    if location.starts_with("postgres://") || location.starts_with("postgresql://") {
        return Ok(Box::new(PostgresStore::open(location)?));
    }
    Err(StoreError::Location(location.to_owned()))
}

/// Opens an existing `sqlite:PATH` or `postgres://...` ledger for reading
/// only: nothing is created or written, and writes through the store fail.
pub fn open_read_only(location: &str) -> Result<Box<dyn Store>, StoreError> {
    if let Some(path) = location.strip_prefix("sqlite:") {
        return Ok(Box::new(SqliteStore::open_read_only(
            std::path::Path::new(path),
        )?));
    }
    if location.starts_with("postgres://") || location.starts_with("postgresql://") {
        return Ok(Box::new(PostgresStore::open_read_only(location)?));
    }
    Err(StoreError::Location(location.to_owned()))
}

/// A ledger location as it may be shown in messages and logs: a
/// connection URL's password is replaced by `****`.
pub fn redact_location(location: &str) -> String {
    match (location.find("://"), location.rfind('@')) {
        (Some(scheme), Some(at)) if at > scheme => {
            let userinfo = &location[scheme + 3..at];
            match userinfo.split_once(':') {
                Some((user, _)) => {
                    format!("{}{user}:****{}", &location[..scheme + 3], &location[at..])
                }
                None => location.to_owned(),
            }
        }
        _ => location.to_owned(),
    }
}

/// Reads subtree hashes from a store: level 0 from entries' leaf hashes.
pub struct StoreReader<'a>(pub &'a mut dyn Store);

impl HashReader for StoreReader<'_> {
    type Error = StoreError;

    fn hash(&mut self, level: u8, index: u64) -> Result<Hash, StoreError> {
        if level == 0 {
            let entry = self
                .0
                .entries(index, index + 1)?
                .pop()
                .ok_or_else(|| StoreError::Corrupt(format!("entry {index} is missing")))?;
            return <Hash>::try_from(entry.leaf_hash.as_slice()).map_err(|_| {
                StoreError::Corrupt(format!("entry {index} has a malformed leaf hash"))
            });
        }
        self.0.node(level, index)?.ok_or_else(|| {
            StoreError::Corrupt(format!("subtree hash ({level}, {index}) is missing"))
        })
    }
}

/// Records which hashes a proof reads, answering with zeros.
#[derive(Default)]
struct KeyRecorder(Vec<(u8, u64)>);

impl HashReader for KeyRecorder {
    type Error = StoreError;

    fn hash(&mut self, level: u8, index: u64) -> Result<Hash, StoreError> {
        self.0.push((level, index));
        Ok([0; 32])
    }
}

/// Hashes read ahead of time.
struct MapReader(HashMap<(u8, u64), Hash>);

impl HashReader for MapReader {
    type Error = StoreError;

    fn hash(&mut self, level: u8, index: u64) -> Result<Hash, StoreError> {
        self.0.get(&(level, index)).copied().ok_or_else(|| {
            StoreError::Corrupt(format!("subtree hash ({level}, {index}) is missing"))
        })
    }
}

/// The inclusion proof of entry `index` in the first `size` entries, with
/// every hash it needs read in one [`Store::hashes`] call. Which hashes a
/// proof reads depends only on `index` and `size`, so a dry run with a
/// recorder finds them first.
pub fn inclusion_proof_batched(
    store: &mut dyn Store,
    index: u64,
    size: u64,
) -> Result<Vec<Hash>, StoreError> {
    let mut keys = KeyRecorder::default();
    inclusion_proof(&mut keys, index, size)?;
    inclusion_proof(&mut MapReader(store.hashes(&keys.0)?), index, size)
}

/// The consistency proof from `old` to `new` entries, its hashes read in one
/// [`Store::hashes`] call (see [`inclusion_proof_batched`]).
pub fn consistency_proof_batched(
    store: &mut dyn Store,
    old: u64,
    new: u64,
) -> Result<Vec<Hash>, StoreError> {
    let mut keys = KeyRecorder::default();
    consistency_proof(&mut keys, old, new)?;
    consistency_proof(&mut MapReader(store.hashes(&keys.0)?), old, new)
}

/// What an append writes: leaf hashes, and the subtree hashes the new leaves
/// complete; and the right edge after it.
pub(crate) struct AppendPlan {
    pub leaves: Vec<Hash>,
    pub nodes: Vec<(u8, u64, Hash)>,
    pub frontier: Vec<Hash>,
}

/// Plans an append of `entries` to a tree of `size` whose right edge is `frontier`
/// (the hashes of [`CompactRange::keys`]).
pub(crate) fn plan_append(
    size: u64,
    frontier: &[Hash],
    entries: &[Vec<u8>],
) -> Result<AppendPlan, StoreError> {
    let mut range = CompactRange::from_hashes(size, frontier)
        .ok_or_else(|| StoreError::Corrupt("the tree's right edge is incomplete".into()))?;
    let mut leaves = Vec::with_capacity(entries.len());
    let mut nodes = Vec::with_capacity(entries.len());
    for entry in entries {
        let leaf = leaf_hash(entry);
        range.append(leaf, |level, index, hash| nodes.push((level, index, hash)));
        leaves.push(leaf);
    }
    Ok(AppendPlan {
        leaves,
        nodes,
        frontier: range.hashes(),
    })
}

fn to_i64(n: u64) -> Result<i64, StoreError> {
    i64::try_from(n).map_err(|_| StoreError::Corrupt(format!("{n} is out of range")))
}

fn to_u64(n: i64) -> Result<u64, StoreError> {
    u64::try_from(n).map_err(|_| StoreError::Corrupt(format!("negative number {n} in the store")))
}

/// The hashes of `(level, start..end)` as read in order, or
/// [`StoreError::Corrupt`] when rows are missing.
fn complete_range(
    hashes: Vec<Hash>,
    level: u8,
    start: u64,
    end: u64,
) -> Result<Vec<Hash>, StoreError> {
    if u64::try_from(hashes.len()).ok() == Some(end.saturating_sub(start)) {
        Ok(hashes)
    } else {
        Err(StoreError::Corrupt(format!(
            "{} of the {} hashes ({level}, {start}..{end}) are stored",
            hashes.len(),
            end.saturating_sub(start)
        )))
    }
}

fn to_hash(bytes: &[u8], what: &str) -> Result<Hash, StoreError> {
    <Hash>::try_from(bytes)
        .map_err(|_| StoreError::Corrupt(format!("{what} is not a 32-byte hash")))
}

#[cfg(test)]
mod location_tests {
    use super::redact_location;

    #[test]
    fn passwords_never_appear() {
        assert_eq!(
            redact_location("postgres://app:s3cret@db/ledger"),
            "postgres://app:****@db/ledger"
        );
        assert_eq!(
            redact_location("postgres://app@db/ledger"),
            "postgres://app@db/ledger"
        );
        assert_eq!(redact_location("sqlite:x.db"), "sqlite:x.db");
    }
}
