//! Full verification of a stored log.
//!
//! Every entry is re-hashed, the sequence is checked for gaps, and the root
//! of every prefix that a checkpoint covers is recomputed and compared, in
//! constant time, with that checkpoint: the signed checkpoints stored in the
//! ledger, and the trusted checkpoints an auditor saved outside it. The first
//! bad entry is named exactly when the evidence allows (a changed entry whose
//! recorded hash still stands, a missing row, a truncation), and otherwise
//! bracketed between the last checkpoint that still matches and the first
//! that does not. Saving a trusted checkpoint after every append brackets it
//! to one entry.

use std::collections::BTreeMap;

use crate::checkpoint::Checkpoint;
use crate::hash::{Hash, ct_eq, leaf_hash, to_hex};
use crate::note::VerifierKey;
use crate::store::{Store, StoreError};
use crate::tree::CompactRange;

/// One thing wrong with the log.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The first bad entry, or the first entry of the bad range.
    pub index: Option<u64>,
    /// Where the bad range ends (exclusive), when only a range is known.
    pub until: Option<u64>,
    /// What is wrong.
    pub message: String,
}

/// A fact worth saying about a verified log that is not a failure.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum VerifyNote {
    /// No public key was given, so checkpoint signatures were not checked.
    Unsigned,
    /// The log has entries but no signed checkpoint.
    NoCheckpoint,
    /// Entries were appended after the latest checkpoint.
    Unchecked {
        /// How many.
        entries: u64,
        /// The latest checkpoint's size.
        size: u64,
    },
    /// The recomputed root of the whole log.
    Root(Hash),
}

impl std::fmt::Display for VerifyNote {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            VerifyNote::Unsigned => {
                f.write_str("no public key given: checkpoint signatures were not checked")
            }
            VerifyNote::NoCheckpoint => f.write_str("no signed checkpoint yet"),
            VerifyNote::Unchecked { entries, size } => write!(
                f,
                "{entries} entries were appended after the latest checkpoint (size {size})"
            ),
            VerifyNote::Root(root) => write!(f, "root {}", to_hex(root)),
        }
    }
}

/// What verification found.
#[derive(Debug, Clone, Default)]
pub struct VerifyReport {
    /// Entries in the log.
    pub size: u64,
    /// The recomputed root.
    pub root: Option<Hash>,
    /// Everything wrong, first bad entry first.
    pub problems: Vec<Problem>,
    /// Facts worth saying that are not failures.
    pub notes: Vec<VerifyNote>,
    /// The latest stored checkpoint, when it verified.
    pub latest: Option<Checkpoint>,
}

impl VerifyReport {
    /// Whether nothing is wrong.
    pub fn ok(&self) -> bool {
        self.problems.is_empty()
    }
}

struct Expected {
    root: Hash,
    source: String,
}

/// Verifies the log in `store` against the trusted `keys` and the
/// `trusted` checkpoints (signed notes saved earlier).
pub fn verify_store(
    store: &mut dyn Store,
    keys: &[VerifierKey],
    trusted: &[String],
) -> Result<VerifyReport, StoreError> {
    let mut report = VerifyReport {
        size: store.size()?,
        ..VerifyReport::default()
    };
    let size = report.size;
    let rows = store.row_count()?;
    if keys.is_empty() {
        report.notes.push(VerifyNote::Unsigned);
    }

    let mut expected: BTreeMap<u64, Vec<Expected>> = BTreeMap::new();
    let stored = store.checkpoints()?;
    for (at, note) in &stored {
        match Checkpoint::open(note, keys) {
            Ok(cp) if cp.size == *at => {
                expect(&mut report, &mut expected, &cp, "stored");
                report.latest = Some(cp);
            }
            Ok(cp) => report.problems.push(Problem {
                index: None,
                until: None,
                message: format!(
                    "the checkpoint stored for size {at} is for size {}",
                    cp.size
                ),
            }),
            Err(e) => report.problems.push(Problem {
                index: None,
                until: None,
                message: format!("the checkpoint stored for size {at}: {e}"),
            }),
        }
    }
    for note in trusted {
        match Checkpoint::open(note, keys) {
            Ok(cp) => expect(&mut report, &mut expected, &cp, "trusted"),
            Err(e) => report.problems.push(Problem {
                index: None,
                until: None,
                message: format!("a trusted checkpoint cannot be used: {e}"),
            }),
        }
    }
    if let Some(Expected { root, source }) = expected.get(&0).and_then(|v| v.first())
        && !ct_eq(root, &crate::hash::EMPTY_ROOT)
    {
        report.problems.push(Problem {
            index: None,
            until: None,
            message: format!("the {source} has a wrong empty root"),
        });
    }

    let mut scan = Scan {
        range: CompactRange::default(),
        recorded: None,
        last_good: 0,
        next: 0,
        broken: false,
        problems: &mut report.problems,
        expected: &expected,
    };
    read_pipelined(store, size, &mut scan)?;
    let (next, broken, range) = (scan.next, scan.broken, scan.range);
    if next < size && !broken {
        report.problems.push(Problem {
            index: Some(next),
            until: None,
            message: format!("entry {next} is missing: the log should have {size} entries"),
        });
    }
    if rows != size && report.problems.is_empty() {
        report.problems.push(Problem {
            index: None,
            until: None,
            message: format!("the log should have {size} entries but {rows} rows are stored"),
        });
    }
    if next == size {
        report.root = Some(range.root());
    }
    match &report.latest {
        None if size > 0 => report.notes.push(VerifyNote::NoCheckpoint),
        Some(cp) if cp.size < size => report.notes.push(VerifyNote::Unchecked {
            entries: size - cp.size,
            size: cp.size,
        }),
        _ => {}
    }
    // First bad entry first; an entry named exactly comes before a range that
    // only brackets a change starting at the same place.
    report
        .problems
        .sort_by_key(|p| (p.index.unwrap_or(u64::MAX), p.until.is_some()));
    if let Some(root) = report.root {
        report.notes.push(VerifyNote::Root(root));
    }
    Ok(report)
}

fn mismatch(last_good: u64, next: u64, source: &str) -> Problem {
    let message = if next - last_good == 1 {
        format!(
            "entry {last_good} was changed: the first {next} entries no longer hash to the {source}"
        )
    } else {
        format!(
            "an entry in {last_good}..{} was changed: the first {next} entries no longer hash to the {source} (entries before {last_good} still match)",
            next - 1
        )
    };
    Problem {
        index: Some(last_good),
        until: Some(next),
        message,
    }
}

/// Records the root a checkpoint expects at its size, and a truncation if the
/// log no longer reaches that size.
fn expect(
    report: &mut VerifyReport,
    expected: &mut BTreeMap<u64, Vec<Expected>>,
    cp: &Checkpoint,
    whose: &str,
) {
    let size = report.size;
    if cp.size > size {
        report.problems.push(Problem {
            index: Some(size),
            until: Some(cp.size),
            message: format!(
                "the log has {size} entries, but the {whose} checkpoint at size {} shows more: entries {size}..{} were removed (the log was truncated)",
                cp.size,
                cp.size - 1
            ),
        });
    }
    expected.entry(cp.size).or_default().push(Expected {
        root: cp.root,
        source: format!("{whose} checkpoint at size {}", cp.size),
    });
}

/// The state of a scan over the entries, in order.
struct Scan<'a> {
    /// The tree of the entries' hashes as recomputed now.
    range: CompactRange,
    /// The tree of the leaf hashes recorded at append time, once one of them
    /// differs from the recomputed hash (until then it is `range`); `Err` once
    /// a recorded hash is malformed.
    recorded: Option<Result<CompactRange, ()>>,
    last_good: u64,
    next: u64,
    broken: bool,
    problems: &'a mut Vec<Problem>,
    expected: &'a BTreeMap<u64, Vec<Expected>>,
}

impl Scan<'_> {
    /// Checks one entry; returns false when the sequence is broken and the scan must stop.
    fn visit(&mut self, seq: u64, bytes: &[u8], recorded: &[u8]) -> bool {
        let next = self.next;
        if seq != next {
            self.problems.push(Problem {
                index: Some(next),
                until: None,
                message: if seq > next {
                    format!(
                        "entry {next} is missing: the rows jump from {} to {seq}",
                        next.saturating_sub(1)
                    )
                } else {
                    format!("entry {next} is out of order")
                },
            });
            self.broken = true;
            return false;
        }
        let leaf = leaf_hash(bytes);
        if recorded != leaf.as_slice() {
            self.problems.push(Problem {
                index: Some(next),
                until: None,
                message: format!("entry {next} was changed: its bytes no longer match the hash recorded when it was appended"),
            });
            if self.recorded.is_none() {
                self.recorded = Some(Ok(self.range.clone()));
            }
        }
        if let Some(Ok(tree)) = &mut self.recorded {
            match <Hash>::try_from(recorded) {
                Ok(hash) => tree.append(hash, |_, _, _| {}),
                Err(_) => self.recorded = Some(Err(())),
            }
        }
        self.range.append(leaf, |_, _, _| {});
        self.next += 1;
        if let Some(checks) = self.expected.get(&self.next) {
            let root = self.range.root();
            // When the recorded hashes still hash to a checkpoint, they are the
            // ones it signed: the changed entries are exactly those whose bytes
            // no longer match their recorded hash, each already named.
            let recorded_root = match &self.recorded {
                Some(Ok(tree)) => Some(tree.root()),
                _ => None,
            };
            for check in checks {
                if ct_eq(&root, &check.root)
                    || recorded_root.is_some_and(|r| ct_eq(&r, &check.root))
                {
                    self.last_good = self.last_good.max(self.next);
                } else {
                    self.problems
                        .push(mismatch(self.last_good, self.next, &check.source));
                }
            }
        }
        true
    }
}

/// Entries read ahead by the reading thread: their bytes in one buffer, so a
/// batch costs two allocations however many entries it holds, and batches are recycled.
#[derive(Default)]
struct Batch {
    data: Vec<u8>,
    /// `(seq, end of bytes, end of recorded hash)`, offsets into `data`.
    rows: Vec<(u64, usize, usize)>,
}

/// Entries per batch handed from the reading thread to the hashing one.
const BATCH: usize = 4096;

/// Reads the entries on one thread while `scan` hashes them on another: the
/// store's row iteration and SHA-256 overlap instead of adding up. Hashing,
/// the verifier's own work, stays on one core.
fn read_pipelined(store: &mut dyn Store, size: u64, scan: &mut Scan<'_>) -> Result<(), StoreError> {
    std::thread::scope(|s| {
        let (full_tx, full_rx) = std::sync::mpsc::sync_channel::<Batch>(4);
        let (empty_tx, empty_rx) = std::sync::mpsc::channel::<Batch>();
        let reader = s.spawn(move || {
            let mut batch = Batch::default();
            let mut open = true;
            store.scan(0, size, &mut |seq, bytes, recorded| {
                batch.data.extend_from_slice(bytes);
                let body_end = batch.data.len();
                batch.data.extend_from_slice(recorded);
                batch.rows.push((seq, body_end, batch.data.len()));
                if batch.rows.len() >= BATCH {
                    let next = empty_rx.try_recv().unwrap_or_default();
                    open = full_tx.send(std::mem::replace(&mut batch, next)).is_ok();
                }
                open
            })?;
            if open && !batch.rows.is_empty() {
                let _ = full_tx.send(batch);
            }
            Ok::<(), StoreError>(())
        });
        'batches: while let Ok(mut batch) = full_rx.recv() {
            let mut start = 0;
            for &(seq, body_end, hash_end) in &batch.rows {
                if !scan.visit(
                    seq,
                    &batch.data[start..body_end],
                    &batch.data[body_end..hash_end],
                ) {
                    break 'batches;
                }
                start = hash_end;
            }
            batch.data.clear();
            batch.rows.clear();
            let _ = empty_tx.send(batch);
        }
        drop(full_rx);
        reader
            .join()
            .unwrap_or_else(|_| Err(StoreError::Corrupt("the reading thread failed".into())))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::note::{KeyKind, SignerKey};
    use crate::store::{SqliteStore, StoreReader};
    use crate::tree::root;

    #[test]
    fn notes_are_typed_and_give_no_command_line_advice() {
        let dir =
            std::env::temp_dir().join(format!("shipgate-verify-notes-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        let mut store = SqliteStore::open(&dir.join("ledger.db")).unwrap();
        store.append(&[b"{}".to_vec(), b"[]".to_vec()]).unwrap();

        let report = verify_store(&mut store, &[], &[]).unwrap();
        assert!(report.ok());
        let root2 = root(&mut StoreReader(&mut store), 2).unwrap();
        assert_eq!(
            report.notes,
            [
                VerifyNote::Unsigned,
                VerifyNote::NoCheckpoint,
                VerifyNote::Root(root2)
            ]
        );
        for note in &report.notes {
            let text = note.to_string();
            assert!(!text.contains("--") && !text.contains('`'), "{text}");
        }

        let key = SignerKey::generate("log", KeyKind::Log).unwrap();
        let note = Checkpoint {
            origin: "log".into(),
            size: 2,
            root: root2,
        }
        .sign(&key)
        .unwrap();
        store.add_checkpoint(2, &note).unwrap();
        store.append(&[b"{}".to_vec()]).unwrap();
        let report = verify_store(&mut store, &[key.verifier()], &[]).unwrap();
        assert!(report.ok(), "{:?}", report.problems);
        assert_eq!(
            report.notes[0],
            VerifyNote::Unchecked {
                entries: 1,
                size: 2
            }
        );
        assert_eq!(
            report.notes[0].to_string(),
            "1 entries were appended after the latest checkpoint (size 2)"
        );
        std::fs::remove_dir_all(dir).unwrap();
    }
}
