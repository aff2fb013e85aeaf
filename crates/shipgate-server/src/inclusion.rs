//! An entry with its inclusion proof, through the read cache
//! ([`crate::cache`]).
//!
//! Which hashes a proof needs depends only on the entry's index and the tree
//! size, so they are listed first and looked up in the cache. What is
//! missing is read in one [`Store::read_ranges`] call (one statement on
//! PostgreSQL): the entry, and for each missing hash the run of up to 256
//! hashes of its level around it (a tlog tile's worth), and, while the
//! cache has room, the 256 entries around the wanted one, so that a cold
//! cache warms in a few hundred reads rather than one per entry. Entries are
//! admitted only when they are JSON and hash to their stored leaf hash.
//!
//! [`Store::read_ranges`]: shipgate_ledger::store::Store::read_ranges

use std::collections::HashMap;
use std::ops::Range;
use std::sync::Arc;

use shipgate_ledger::hash::{Hash, ct_eq, leaf_hash};
use shipgate_ledger::store::{RangeRead, StoreError};
use shipgate_ledger::tree::{HashReader, inclusion_proof};

use crate::cache::ReadCache;
use crate::error::ApiError;
use crate::readers::ReaderPool;

/// How many hashes (or entries) a miss reads around the one it needs: a
/// tlog tile's width.
pub const READ_AHEAD: u64 = 256;

/// [`READ_AHEAD`] as a count of items.
const READ_AHEAD_ITEMS: usize = 256;

/// About how many bytes an entry takes, to judge whether the entries around
/// a miss still fit the cache.
const TYPICAL_ENTRY_BYTES: usize = 600;

/// Answers from hashes in hand.
struct Known<'a>(&'a HashMap<(u8, u64), Hash>);

impl HashReader for Known<'_> {
    type Error = StoreError;

    fn hash(&mut self, level: u8, index: u64) -> Result<Hash, StoreError> {
        self.0.get(&(level, index)).copied().ok_or_else(|| {
            StoreError::Corrupt(format!("subtree hash ({level}, {index}) is missing"))
        })
    }
}

/// The complete-subtree hashes `(level, index)` the inclusion proof of
/// `seq` in a tree of `size` entries reads (RFC 9162 §2.1.3.1's PATH, with
/// each subtree that is not complete split into complete ones), listed
/// without hashing anything.
pub fn proof_keys(seq: u64, size: u64) -> Vec<(u8, u64)> {
    let mut keys = Vec::with_capacity(2 * 64);
    path_keys(seq, 0, size, &mut keys);
    keys
}

/// The largest power of two smaller than `n`, for `n > 1`.
fn split(n: u64) -> u64 {
    1 << (n - 1).ilog2()
}

fn path_keys(m: u64, start: u64, end: u64, out: &mut Vec<(u8, u64)>) {
    let n = end - start;
    if n <= 1 {
        return;
    }
    let k = split(n);
    if m < k {
        path_keys(m, start, start + k, out);
        subtree_keys(start + k, end, out);
    } else {
        path_keys(m - k, start + k, end, out);
        subtree_keys(start, start + k, out);
    }
}

fn subtree_keys(start: u64, end: u64, out: &mut Vec<(u8, u64)>) {
    let n = end - start;
    if n.is_power_of_two() && start.is_multiple_of(n) {
        let level = n.trailing_zeros();
        out.push((u8::try_from(level).unwrap_or(u8::MAX), start >> level));
        return;
    }
    let k = split(n);
    subtree_keys(start, start + k, out);
    subtree_keys(start + k, end, out);
}

/// The run of `READ_AHEAD` indexes around `index` that is complete at
/// `level` in a tree of `size` entries (or just `index` without read-ahead).
fn around(level: u8, index: u64, size: u64, read_ahead: bool) -> Range<u64> {
    if !read_ahead {
        return index..index + 1;
    }
    let complete = size >> level;
    let start = index - index % READ_AHEAD;
    start..(start + READ_AHEAD).min(complete)
}

/// Whether a miss reads the tile around it, of entries and of hashes: only
/// while the cache has room for it, so a log larger than the cache costs no
/// more than one entry and its proof's hashes per miss.
#[derive(Debug, Clone, Copy)]
struct ReadAhead {
    entries: bool,
    hashes: bool,
}

/// What to read for `seq` given what the cache lacks: the entries and the
/// hash ranges (level 1 and up; level 0 comes with the entries).
fn plan(
    seq: u64,
    size: u64,
    entry_missing: bool,
    missing: &[(u8, u64)],
    read_ahead: ReadAhead,
) -> (Range<u64>, Vec<(u8, Range<u64>)>) {
    let mut entries = if entry_missing { seq..seq + 1 } else { 0..0 };
    let mut ranges: Vec<(u8, Range<u64>)> = Vec::new();
    for &(level, index) in missing {
        if level == 0 {
            entries = if entries.is_empty() {
                index..index + 1
            } else {
                entries.start.min(index)..entries.end.max(index + 1)
            };
            continue;
        }
        let range = around(level, index, size, read_ahead.hashes);
        if !ranges
            .iter()
            .any(|(l, r)| *l == level && r.contains(&index))
        {
            ranges.push((level, range));
        }
    }
    if !entries.is_empty() && read_ahead.entries {
        let whole = around(0, seq, size, true);
        entries = whole.start.min(entries.start)..whole.end.max(entries.end);
    }
    (entries, ranges)
}

/// What was read and admitted: entries, every hash (leaves included), and
/// the entries refused.
type Admitted = (Vec<(u64, Arc<[u8]>)>, Vec<((u8, u64), Hash)>, Vec<u64>);

/// Checks what was read: an entry is admitted, with its leaf hash, only when
/// it is JSON and hashes to its recorded leaf hash. The others are refused
/// (logged, and neither cached nor served), so a damaged entry spoils no read
/// of its neighbours.
fn admit(read: RangeRead) -> Admitted {
    let mut entries = Vec::with_capacity(read.entries.len());
    let mut hashes = read.hashes;
    let mut refused = Vec::new();
    for stored in read.entries {
        let recorded = <Hash>::try_from(stored.leaf_hash.as_slice()).ok();
        let sound = recorded.is_some_and(|r| ct_eq(&leaf_hash(&stored.bytes), &r))
            && serde_json::from_slice::<serde_json::Value>(&stored.bytes).is_ok();
        match recorded {
            Some(recorded) if sound => {
                hashes.push(((0, stored.seq), recorded));
                entries.push((stored.seq, Arc::from(stored.bytes)));
            }
            _ => {
                tracing::error!(
                    seq = stored.seq,
                    "a stored entry is not JSON or does not hash to its recorded leaf hash"
                );
                refused.push(stored.seq);
            }
        }
    }
    (entries, hashes, refused)
}

/// An entry read with its proof.
#[derive(Debug, Clone)]
pub struct Proved {
    /// The entry's canonical bytes.
    pub entry: Arc<[u8]>,
    /// Its leaf hash, checked against the bytes when they were read.
    pub leaf: Hash,
    /// The inclusion path.
    pub path: Vec<Hash>,
}

/// Entry `seq` (its canonical bytes) and its inclusion proof in the first
/// `size` entries, `seq < size <= ` the committed size. Cached data is used
/// where there is some; the rest is read in one store call and cached.
pub async fn entry_and_proof(
    cache: &ReadCache,
    readers: &ReaderPool,
    seq: u64,
    size: u64,
) -> Result<Proved, ApiError> {
    let mut keys = proof_keys(seq, size);
    // The entry's own leaf hash, to check the proof with.
    keys.push((0, seq));
    let cached = cache.hashes(&keys);
    let mut known: HashMap<(u8, u64), Hash> = HashMap::with_capacity(keys.len() + 1);
    let mut missing = Vec::new();
    for (key, hash) in keys.iter().zip(cached) {
        match hash {
            Some(hash) => {
                known.insert(*key, hash);
            }
            None => missing.push(*key),
        }
    }
    let mut entry = cache.entry(seq);
    if entry.is_none() || !missing.is_empty() {
        let read_ahead = ReadAhead {
            entries: cache.entries_have_room(READ_AHEAD_ITEMS, TYPICAL_ENTRY_BYTES),
            hashes: cache.hashes_have_room(missing.len() * READ_AHEAD_ITEMS),
        };
        let (entries, ranges) = plan(seq, size, entry.is_none(), &missing, read_ahead);
        let read = readers
            .run(move |store| store.read_ranges(entries, &ranges))
            .await?;
        let (entries, hashes, refused) = admit(read);
        if entry.is_none() {
            entry = entries
                .iter()
                .find(|(s, _)| *s == seq)
                .map(|(_, bytes)| Arc::clone(bytes));
        }
        known.extend(hashes.iter().copied());
        cache.add_hashes(hashes);
        cache.add_entries(entries);
        if refused.contains(&seq) {
            return Err(ApiError::store(&StoreError::Corrupt(format!(
                "entry {seq} does not match its recorded leaf hash"
            ))));
        }
    }
    let entry = entry
        .ok_or_else(|| ApiError::store(&StoreError::Corrupt(format!("entry {seq} is missing"))))?;
    let path = inclusion_proof(&mut Known(&known), seq, size).map_err(|e| ApiError::store(&e))?;
    let leaf = Known(&known)
        .hash(0, seq)
        .map_err(|e| ApiError::store(&e))?;
    Ok(Proved { entry, leaf, path })
}

#[cfg(test)]
mod tests {
    use super::*;

    const BOTH: ReadAhead = ReadAhead {
        entries: true,
        hashes: true,
    };
    const NONE: ReadAhead = ReadAhead {
        entries: false,
        hashes: false,
    };

    #[test]
    fn without_room_for_hashes_a_miss_reads_each_hash_alone() {
        let keys = proof_keys(300, 1000);
        let (_, ranges) = plan(300, 1000, false, &keys, NONE);
        let wanted: Vec<_> = keys.iter().filter(|k| k.0 > 0).collect();
        assert_eq!(ranges.len(), wanted.len());
        assert!(ranges.iter().all(|(_, r)| r.end - r.start == 1));
    }

    /// Lists the hashes a proof reads, by running it.
    #[derive(Default)]
    struct Recorder(Vec<(u8, u64)>);

    impl HashReader for Recorder {
        type Error = std::convert::Infallible;

        fn hash(&mut self, level: u8, index: u64) -> Result<Hash, Self::Error> {
            self.0.push((level, index));
            Ok([0; 32])
        }
    }

    #[test]
    fn the_keys_listed_are_those_a_proof_reads() {
        for size in 1..300 {
            for seq in 0..size {
                let mut recorder = Recorder::default();
                let _ = inclusion_proof(&mut recorder, seq, size);
                assert_eq!(proof_keys(seq, size), recorder.0, "{seq} of {size}");
            }
        }
        let mut recorder = Recorder::default();
        let _ = inclusion_proof(&mut recorder, 123_456_789, 987_654_321);
        assert_eq!(proof_keys(123_456_789, 987_654_321), recorder.0);
    }

    #[test]
    fn a_miss_reads_the_tile_around_each_missing_hash() {
        // A tree of 1000 entries: entry 300's proof.
        let keys = proof_keys(300, 1000);
        assert_eq!(keys.first(), Some(&(0, 301)));
        let (entries, ranges) = plan(300, 1000, true, &keys, BOTH);
        assert_eq!(entries, 256..512, "the entries' tile");
        for (level, range) in &ranges {
            assert!(*level > 0);
            assert!(
                range.end <= 1000 >> level,
                "{level}: {range:?} is incomplete"
            );
            assert_eq!(range.start % READ_AHEAD, 0);
        }
        for (level, index) in keys.iter().filter(|k| k.0 > 0) {
            assert!(
                ranges.iter().any(|(l, r)| l == level && r.contains(index)),
                "({level}, {index}) is not read"
            );
        }
    }

    #[test]
    fn without_room_a_miss_reads_only_the_entry_and_its_sibling() {
        let (entries, _) = plan(300, 1000, true, &[(0, 301)], NONE);
        assert_eq!(entries, 300..302);
        let (entries, ranges) = plan(300, 1000, false, &[], NONE);
        assert!(entries.is_empty() && ranges.is_empty());
        // The last entry of a tree of odd size has no level-0 sibling.
        assert_eq!(plan(998, 999, true, &[], BOTH).0, 768..999);
    }

    #[test]
    fn only_entries_that_hash_to_their_leaf_are_admitted() {
        let good = br#"{"a":1}"#.to_vec();
        let text = b"not json".to_vec();
        let stored = |seq: u64, bytes: &[u8], leaf: Vec<u8>| shipgate_ledger::store::StoredEntry {
            seq,
            bytes: bytes.to_vec(),
            leaf_hash: leaf,
        };
        let read = RangeRead {
            entries: vec![
                stored(4, &good, leaf_hash(&good).to_vec()),
                stored(5, &good, [0; 32].to_vec()),
                stored(6, &good, vec![1, 2]),
                stored(7, &text, leaf_hash(&text).to_vec()),
            ],
            hashes: vec![((1, 2), [9; 32])],
        };
        let (entries, hashes, refused) = admit(read);
        assert_eq!(entries.len(), 1);
        assert_eq!(entries[0].0, 4);
        assert_eq!(hashes, vec![((1, 2), [9; 32]), ((0, 4), leaf_hash(&good))]);
        assert_eq!(refused, vec![5, 6, 7]);
    }
}
