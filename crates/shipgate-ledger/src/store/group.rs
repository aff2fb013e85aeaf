//! Group commit with idempotency keys: many requests, one transaction.
//!
//! A server gathers the append requests that arrive while the previous
//! transaction commits and hands them to [`super::Store::append_requests`] at
//! once. Each request may carry an [`IdempotencyKey`]: a request whose key is
//! already stored (by this or any earlier transaction, from any replica) is
//! answered with the sequence numbers it got the first time, and appends
//! nothing. The key's row is written in the same transaction as the entries,
//! so a key is stored exactly when its entries are.

use std::collections::HashMap;
use std::ops::Range;

use super::StoreError;
use crate::hash::Hash;

/// The longest idempotency key a store keeps, in bytes.
pub const MAX_IDEMPOTENCY_KEY_BYTES: usize = 512;

/// A client's idempotency key with the hash of the request it came with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IdempotencyKey {
    /// The key, unique per client (the server scopes it by identity), at most
    /// [`MAX_IDEMPOTENCY_KEY_BYTES`] bytes.
    pub key: String,
    /// A hash of the whole request: the same key with another request is refused.
    pub request_hash: Hash,
}

/// One request of a group commit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AppendRequest {
    /// The request's idempotency key, if it sent one.
    pub idempotency: Option<IdempotencyKey>,
    /// Its entries, canonical bytes, in order.
    pub entries: Vec<Vec<u8>>,
}

/// What became of one request of a group commit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AppendOutcome {
    /// The entries were appended at these sequence numbers.
    Appended(Range<u64>),
    /// The key was seen before with the same request: these are the sequence
    /// numbers the first one got; nothing was appended.
    Replayed(Range<u64>),
    /// The key was seen before with a different request; nothing was appended.
    KeyReused,
}

/// A key to store: `(key, request hash, start, end)`.
pub(crate) type NewKey<'a> = (&'a str, &'a Hash, u64, u64);

/// Where each request's entries go, before the transaction knows its start.
#[derive(Debug)]
enum Slot {
    /// New entries at `offset..offset + len` of the group.
    New { offset: u64, len: u64 },
    /// Stored before.
    Replayed(Range<u64>),
    /// The same key as an earlier request of this group, with the same request.
    SameAs(usize),
    /// Stored before, or earlier in this group, with another request.
    KeyReused,
}

/// The plan of a group commit: the entries to append, in order, and where
/// each request's went.
#[derive(Debug)]
pub(crate) struct GroupPlan<'a> {
    /// Every new entry of the group, in request order.
    pub entries: Vec<Vec<u8>>,
    slots: Vec<Slot>,
    requests: &'a [AppendRequest],
}

impl<'a> GroupPlan<'a> {
    /// Plans `requests`: `lookup(key)` reads a stored key as
    /// `(request hash, start, end)`.
    pub fn new(
        requests: &'a [AppendRequest],
        mut lookup: impl FnMut(&str) -> Result<Option<(Vec<u8>, u64, u64)>, StoreError>,
    ) -> Result<Self, StoreError> {
        let mut entries = Vec::new();
        let mut slots = Vec::with_capacity(requests.len());
        let mut seen: HashMap<&str, usize> = HashMap::new();
        for (i, request) in requests.iter().enumerate() {
            if let Some(key) = &request.idempotency {
                if let Some(&first) = seen.get(key.key.as_str()) {
                    let same = requests[first]
                        .idempotency
                        .as_ref()
                        .is_some_and(|k| k.request_hash == key.request_hash);
                    slots.push(if same {
                        Slot::SameAs(first)
                    } else {
                        Slot::KeyReused
                    });
                    continue;
                }
                if let Some((hash, start, end)) = lookup(&key.key)? {
                    slots.push(if hash == key.request_hash {
                        Slot::Replayed(start..end)
                    } else {
                        Slot::KeyReused
                    });
                    continue;
                }
                seen.insert(key.key.as_str(), i);
            }
            let offset = entries.len() as u64;
            entries.extend(request.entries.iter().cloned());
            slots.push(Slot::New {
                offset,
                len: request.entries.len() as u64,
            });
        }
        Ok(Self {
            entries,
            slots,
            requests,
        })
    }

    /// Once the entries are appended from `start`: each request's outcome, and
    /// the keys to store as `(key, request hash, start, end)`.
    pub fn finish(&self, start: u64) -> (Vec<AppendOutcome>, Vec<NewKey<'a>>) {
        let range = |slot: &Slot| match slot {
            Slot::New { offset, len } => Some(start + offset..start + offset + len),
            _ => None,
        };
        let mut keys = Vec::new();
        let outcomes = self
            .slots
            .iter()
            .zip(self.requests)
            .map(|(slot, request)| match slot {
                Slot::New { .. } => {
                    let r = range(slot).unwrap_or_default();
                    if let Some(key) = &request.idempotency {
                        keys.push((key.key.as_str(), &key.request_hash, r.start, r.end));
                    }
                    AppendOutcome::Appended(r)
                }
                Slot::Replayed(r) => AppendOutcome::Replayed(r.clone()),
                Slot::SameAs(first) => {
                    AppendOutcome::Replayed(range(&self.slots[*first]).unwrap_or_default())
                }
                Slot::KeyReused => AppendOutcome::KeyReused,
            })
            .collect();
        (outcomes, keys)
    }
}
