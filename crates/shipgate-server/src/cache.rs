//! The read cache: what never changes once committed, kept in memory so that
//! a read of an entry with its inclusion proof usually needs no store round
//! trip at all.
//!
//! Two kinds of data are cached, and nothing else:
//!
//! - the hash of a complete subtree `(level, index)` (level 0: an entry's
//!   leaf hash): once the subtree is complete its hash is fixed;
//! - an entry's canonical bytes, by sequence number, admitted only when they
//!   parse as JSON and hash to the leaf hash the store recorded for them.
//!
//! Checkpoints, sizes, tokens and cosignatures change, and are not kept here.
//! A proof built from cached hashes is still checked against the signed
//! checkpoint's root before it is served ([`crate::routes::proof`]).
//!
//! Memory is bounded by one byte budget (`[server] read_cache_mib`, default
//! [`DEFAULT_BUDGET_BYTES`]), a quarter for hashes and the rest for entries.
//! Each half of a [`Generational`] map holds at most half of its share: when
//! the newer half is full it becomes the older one and the older is dropped,
//! and a hit in the older half moves the item to the newer one, so what is
//! read often stays.

use std::collections::HashMap;
use std::hash::Hash as StdHash;
use std::sync::{Arc, Mutex};

use shipgate_ledger::hash::Hash;

/// The default budget of the read cache: 256 MiB.
pub const DEFAULT_BUDGET_BYTES: usize = 256 << 20;

/// What one cached hash costs: key, value and the map's own slot, rounded up.
pub const HASH_COST: usize = 64;

/// What a cached entry costs besides its bytes.
pub const ENTRY_OVERHEAD: usize = 64;

/// A map of at most `budget` bytes in two generations (see the module
/// documentation).
#[derive(Debug)]
pub struct Generational<K, V> {
    newer: HashMap<K, V>,
    older: HashMap<K, V>,
    newer_bytes: usize,
    older_bytes: usize,
    half: usize,
}

impl<K: Eq + StdHash + Copy, V: Clone> Generational<K, V> {
    /// An empty map holding about `budget` bytes at most.
    pub fn new(budget: usize) -> Self {
        Self {
            newer: HashMap::new(),
            older: HashMap::new(),
            newer_bytes: 0,
            older_bytes: 0,
            half: budget / 2,
        }
    }

    /// The value of `key`, if cached; a hit in the older generation moves it
    /// to the newer one. `cost` gives an item's size in bytes.
    pub fn get(&mut self, key: &K, cost: impl Fn(&V) -> usize) -> Option<V> {
        if let Some(value) = self.newer.get(key) {
            return Some(value.clone());
        }
        let value = self.older.remove(key)?;
        self.older_bytes = self.older_bytes.saturating_sub(cost(&value));
        self.insert(*key, value.clone(), cost(&value));
        Some(value)
    }

    /// Caches `value` of `bytes` bytes under `key`. An item larger than half
    /// the budget is not kept.
    pub fn insert(&mut self, key: K, value: V, bytes: usize) {
        if bytes > self.half {
            return;
        }
        if self.newer_bytes + bytes > self.half {
            self.older = std::mem::take(&mut self.newer);
            self.older_bytes = self.newer_bytes;
            self.newer_bytes = 0;
        }
        if self.newer.insert(key, value).is_none() {
            self.newer_bytes += bytes;
        }
    }

    /// How many bytes the cached items take, by the costs they were given.
    pub fn bytes(&self) -> usize {
        self.newer_bytes + self.older_bytes
    }

    /// Whether nothing has been evicted or moved out yet and there is room
    /// for `bytes` more in the newer generation: reading ahead costs no
    /// eviction.
    pub fn has_room(&self, bytes: usize) -> bool {
        self.older.is_empty() && self.newer_bytes + bytes <= self.half
    }

    /// Forgets everything.
    pub fn clear(&mut self) {
        self.newer.clear();
        self.older.clear();
        self.newer_bytes = 0;
        self.older_bytes = 0;
    }
}

/// The server's read cache; cloning it is cheap (one shared cache).
#[derive(Clone, Debug)]
pub struct ReadCache {
    hashes: Arc<Mutex<Generational<(u8, u64), Hash>>>,
    entries: Arc<Mutex<Generational<u64, Arc<[u8]>>>>,
}

fn entry_cost(bytes: &Arc<[u8]>) -> usize {
    bytes.len() + ENTRY_OVERHEAD
}

impl ReadCache {
    /// A cache of about `budget` bytes: a quarter for hashes, the rest for
    /// entries. A budget of 0 caches nothing.
    pub fn new(budget: usize) -> Self {
        Self {
            hashes: Arc::new(Mutex::new(Generational::new(budget / 4))),
            entries: Arc::new(Mutex::new(Generational::new(budget - budget / 4))),
        }
    }

    /// The cached hashes of `keys`, in order; `None` for each one not cached.
    pub fn hashes(&self, keys: &[(u8, u64)]) -> Vec<Option<Hash>> {
        match self.hashes.lock() {
            Ok(mut cache) => keys
                .iter()
                .map(|key| cache.get(key, |_| HASH_COST))
                .collect(),
            Err(_) => vec![None; keys.len()],
        }
    }

    /// Caches complete-subtree hashes.
    pub fn add_hashes(&self, hashes: impl IntoIterator<Item = ((u8, u64), Hash)>) {
        if let Ok(mut cache) = self.hashes.lock() {
            for (key, hash) in hashes {
                cache.insert(key, hash, HASH_COST);
            }
        }
    }

    /// Whether `count` more hashes fit without evicting any.
    pub fn hashes_have_room(&self, count: usize) -> bool {
        self.hashes
            .lock()
            .is_ok_and(|c| c.has_room(count * HASH_COST))
    }

    /// The cached bytes of entry `seq`.
    pub fn entry(&self, seq: u64) -> Option<Arc<[u8]>> {
        self.entries.lock().ok()?.get(&seq, entry_cost)
    }

    /// Caches entries the caller has checked against their leaf hashes.
    pub fn add_entries(&self, entries: impl IntoIterator<Item = (u64, Arc<[u8]>)>) {
        if let Ok(mut cache) = self.entries.lock() {
            for (seq, bytes) in entries {
                let cost = entry_cost(&bytes);
                cache.insert(seq, bytes, cost);
            }
        }
    }

    /// Whether `count` more entries of about `each` bytes fit without
    /// evicting any: then a miss reads the entries around it too.
    pub fn entries_have_room(&self, count: usize, each: usize) -> bool {
        self.entries
            .lock()
            .is_ok_and(|c| c.has_room(count * (each + ENTRY_OVERHEAD)))
    }

    /// The bytes cached: `(hashes, entries)`.
    pub fn bytes(&self) -> (usize, usize) {
        (
            self.hashes.lock().map_or(0, |c| c.bytes()),
            self.entries.lock().map_or(0, |c| c.bytes()),
        )
    }

    /// Forgets everything (after a proof failed to verify).
    pub fn clear(&self) {
        if let Ok(mut c) = self.hashes.lock() {
            c.clear();
        }
        if let Ok(mut c) = self.entries.lock() {
            c.clear();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_budget_bounds_the_bytes_held() {
        let mut map: Generational<u64, u64> = Generational::new(1000);
        for i in 0..10_000 {
            map.insert(i, i, 10);
            assert!(map.bytes() <= 1000, "{} bytes after {i}", map.bytes());
        }
        // The newest items are there, the oldest are gone.
        assert_eq!(map.get(&9_999, |_| 10), Some(9_999));
        assert_eq!(map.get(&0, |_| 10), None);
    }

    #[test]
    fn an_item_read_often_stays() {
        let mut map: Generational<u64, u64> = Generational::new(100);
        map.insert(7, 7, 10);
        for i in 100..1000 {
            map.insert(i, i, 10);
            assert_eq!(map.get(&7, |_| 10), Some(7), "lost after {i}");
        }
    }

    #[test]
    fn an_item_over_half_the_budget_is_not_kept() {
        let mut map: Generational<u64, u64> = Generational::new(100);
        map.insert(1, 1, 51);
        assert_eq!(map.get(&1, |_| 51), None);
        assert_eq!(map.bytes(), 0);
        let mut none: Generational<u64, u64> = Generational::new(0);
        none.insert(1, 1, 1);
        assert_eq!(none.get(&1, |_| 1), None);
    }

    #[test]
    fn read_ahead_only_while_nothing_was_evicted() {
        let mut map: Generational<u64, u64> = Generational::new(100);
        assert!(map.has_room(50));
        assert!(!map.has_room(51));
        for i in 0..6 {
            map.insert(i, i, 10);
        }
        assert!(!map.has_room(10), "the newer half rolled over");
    }

    #[test]
    fn the_read_cache_splits_its_budget() {
        let cache = ReadCache::new(4 * 1024);
        cache.add_hashes((0..1000).map(|i| ((0, i), [1; 32])));
        cache.add_entries((0..1000).map(|i| (i, Arc::from(vec![0u8; 100]))));
        let (hashes, entries) = cache.bytes();
        assert!(hashes <= 1024, "{hashes}");
        assert!(entries <= 3 * 1024, "{entries}");
        assert_eq!(cache.hashes(&[(0, 999)]), vec![Some([1; 32])]);
        cache.clear();
        assert_eq!(cache.bytes(), (0, 0));
        assert_eq!(cache.entry(999), None);
    }
}
