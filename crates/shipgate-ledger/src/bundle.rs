//! Offline inclusion proofs in the C2SP tlog-proof style:
//!
//! ```text
//! c2sp.org/tlog-proof@v1
//! index 42
//! <base64 hash>            one line per inclusion-path hash
//!
//! <signed checkpoint note>
//! ```
//!
//! With the entry's bytes and the log's public key, anyone can check that the
//! entry is in the log the checkpoint commits to, with no database.

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as B64;

use crate::checkpoint::Checkpoint;
use crate::hash::{Hash, leaf_hash};
use crate::note::{NoteError, VerifierKey};
use crate::store::{Store, StoreError, StoreReader};
use crate::tree::{ProofError, inclusion_proof, verify_inclusion};

const HEADER: &str = "c2sp.org/tlog-proof@v1";

/// An inclusion proof with the checkpoint it leads to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProofBundle {
    /// The entry's index.
    pub index: u64,
    /// The inclusion path.
    pub path: Vec<Hash>,
    /// The signed checkpoint.
    pub checkpoint: String,
}

/// Why a proof bundle could not be made.
#[derive(Debug, thiserror::Error)]
pub enum ProveError {
    /// The entry is not in the tree the checkpoint commits to.
    #[error("entry {seq} is not covered by the checkpoint of size {size}")]
    NotCovered {
        /// The entry asked about.
        seq: u64,
        /// The checkpoint's tree size.
        size: u64,
    },
    /// The store failed.
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// Why a proof bundle does not show its entry in a trusted log.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum InclusionError {
    /// The checkpoint does not parse, or no trusted key signed it.
    #[error(transparent)]
    Checkpoint(#[from] NoteError),
    /// The inclusion path does not lead from the entry to the checkpoint's root.
    #[error(transparent)]
    Proof(#[from] ProofError),
}

impl ProofBundle {
    /// The inclusion proof of entry `seq` in the first `size` entries of the
    /// log in `store`, leading to `checkpoint` (the signed checkpoint of that size).
    pub fn prove(
        store: &mut dyn Store,
        seq: u64,
        size: u64,
        checkpoint: &str,
    ) -> Result<Self, ProveError> {
        if seq >= size {
            return Err(ProveError::NotCovered { seq, size });
        }
        let path = inclusion_proof(&mut StoreReader(store), seq, size)?;
        Ok(Self {
            index: seq,
            path,
            checkpoint: checkpoint.to_owned(),
        })
    }

    /// The text encoding.
    pub fn to_text(&self) -> String {
        let mut out = format!("{HEADER}\nindex {}\n", self.index);
        for h in &self.path {
            out.push_str(&B64.encode(h));
            out.push('\n');
        }
        out.push('\n');
        out.push_str(&self.checkpoint);
        out
    }

    /// Parses the text encoding.
    pub fn parse(text: &str) -> Result<Self, NoteError> {
        let bad = |why: &str| NoteError::Malformed(format!("proof: {why}"));
        let (head, checkpoint) = text
            .split_once("\n\n")
            .ok_or_else(|| bad("no blank line before the checkpoint"))?;
        let mut lines = head.lines();
        if lines.next() != Some(HEADER) {
            return Err(bad(&format!("the first line must be `{HEADER}`")));
        }
        let mut index = None;
        let mut path = Vec::new();
        for line in lines {
            if let Some(i) = line.strip_prefix("index ") {
                index = Some(i.parse().map_err(|_| bad("the index is not a number"))?);
            } else if line.starts_with("extra ") {
            } else {
                let hash = B64
                    .decode(line)
                    .ok()
                    .and_then(|h| <Hash>::try_from(h).ok())
                    .ok_or_else(|| bad("a path line is not a base64 hash"))?;
                path.push(hash);
            }
        }
        Ok(Self {
            index: index.ok_or_else(|| bad("no index line"))?,
            path,
            checkpoint: checkpoint.to_owned(),
        })
    }

    /// Checks that `entry` is at `index` in the log the checkpoint, signed by a
    /// trusted key, commits to. Returns the checkpoint. The error says what is
    /// wrong without naming the entry: the caller knows which one it asked about.
    pub fn verify(
        &self,
        entry: &[u8],
        trusted: &[VerifierKey],
    ) -> Result<Checkpoint, InclusionError> {
        let checkpoint = Checkpoint::open(&self.checkpoint, trusted)?;
        verify_inclusion(
            &leaf_hash(entry),
            self.index,
            checkpoint.size,
            &self.path,
            &checkpoint.root,
        )?;
        Ok(checkpoint)
    }
}
