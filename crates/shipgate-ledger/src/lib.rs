//! shipgate's tamper-evident ledger.
//!
//! Every gate result, approval, deployment and rollback becomes an
//! [`entry`] in an append-only log whose history is fixed by an RFC 6962
//! Merkle tree ([`tree`]). The log's state is published as C2SP
//! [`checkpoint`]s signed as C2SP signed [`note`]s with Ed25519, optionally
//! cosigned by witnesses. Inclusion and consistency proofs let anyone check an
//! entry or a history offline ([`bundle`], [`verify`]); [`export`] writes and
//! checks the bundle folders auditors receive.
//!
//! Storage sits behind the [`store::Store`] trait: SQLite for one machine,
//! PostgreSQL for several replicas. A [`query::Query`] reads entries back with
//! filters.
//!
//! This crate is not a server and has no command line: the audit API and the
//! `shipgate ledger` commands use it.
//!
//! ```
//! use shipgate_ledger::tree::{CompactRange, verify_inclusion, inclusion_proof, MemoryTree, root};
//! use shipgate_ledger::hash::leaf_hash;
//!
//! let leaves: Vec<_> = (0..5u8).map(|i| leaf_hash(&[i])).collect();
//! let mut tree = MemoryTree::new(leaves.clone());
//! let root5 = root(&mut tree, 5)?;
//! let proof = inclusion_proof(&mut tree, 3, 5)?;
//! verify_inclusion(&leaves[3], 3, 5, &proof, &root5)?;
//! # Ok::<(), shipgate_ledger::tree::ProofError>(())
//! ```

pub mod bundle;
pub mod canonical;
pub mod checkpoint;
pub mod entry;
pub mod export;
pub mod export_stream;
pub mod hash;
pub mod note;
pub mod query;
pub mod store;
pub mod time;
pub mod tree;
pub mod verify;
