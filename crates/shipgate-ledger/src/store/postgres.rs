//! The production store: PostgreSQL, safe with any number of writers.
//!
//! Every append runs in one transaction that first takes a transaction-level
//! advisory lock (`pg_advisory_xact_lock`) on the log. Writers, whether
//! processes or `ledger serve` replicas, therefore append one at a time: each
//! reads the size the previous one committed, so sequence numbers have no
//! gaps, and the primary key on `seq` makes a fork impossible even if the lock
//! were bypassed. The lock is released at commit or rollback, also when a
//! writer dies.

use std::ops::Range;

use postgres::{Client, NoTls, Transaction};

use super::{Store, StoreError, StoredEntry, plan_append, to_hash, to_i64, to_u64};
use crate::hash::Hash;
use crate::tree::CompactRange;

/// The advisory lock key of the ledger ("shipgate" in ASCII).
const LOCK_KEY: i64 = 0x7368_6970_6761_7465;

const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS shipgate_entries (seq BIGINT PRIMARY KEY, leaf_hash BYTEA NOT NULL, body BYTEA NOT NULL);
CREATE TABLE IF NOT EXISTS shipgate_nodes (level SMALLINT NOT NULL, idx BIGINT NOT NULL, hash BYTEA NOT NULL, PRIMARY KEY (level, idx));
CREATE TABLE IF NOT EXISTS shipgate_checkpoints (size BIGINT PRIMARY KEY, note TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS shipgate_meta (key TEXT PRIMARY KEY, value BIGINT NOT NULL);
INSERT INTO shipgate_meta (key, value) VALUES ('size', 0), ('schema', 1) ON CONFLICT DO NOTHING;
";

/// A ledger in PostgreSQL tables (`shipgate_*` in the connection's schema).
pub struct PostgresStore {
    client: Client,
}

impl PostgresStore {
    /// Connects and creates the tables if needed.
    pub fn open(url: &str) -> Result<Self, StoreError> {
        let mut client = Client::connect(url, NoTls)?;
        let mut tx = client.transaction()?;
        tx.query_one("SELECT pg_advisory_xact_lock($1)", &[&LOCK_KEY])?;
        tx.batch_execute(SCHEMA)?;
        tx.commit()?;
        Ok(Self { client })
    }

    /// Connects for reading only: every transaction of the session is read
    /// only, and no table is created. The ledger's tables must exist.
    pub fn open_read_only(url: &str) -> Result<Self, StoreError> {
        let mut client = Client::connect(url, NoTls)?;
        client.batch_execute("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")?;
        let exists: bool = client
            .query_one("SELECT to_regclass('shipgate_meta') IS NOT NULL", &[])?
            .get(0);
        if !exists {
            return Err(StoreError::NotFound(
                "the database has no shipgate ledger (no `shipgate_meta` table)".into(),
            ));
        }
        Ok(Self { client })
    }

    /// Direct access, for the tests that attack the store.
    pub fn client(&mut self) -> &mut Client {
        &mut self.client
    }
}

fn frontier(tx: &mut Transaction<'_>, size: u64) -> Result<Vec<Hash>, StoreError> {
    CompactRange::keys(size)
        .into_iter()
        .map(|(level, index)| {
            let row = if level == 0 {
                tx.query_opt(
                    "SELECT leaf_hash FROM shipgate_entries WHERE seq = $1",
                    &[&to_i64(index)?],
                )?
            } else {
                tx.query_opt(
                    "SELECT hash FROM shipgate_nodes WHERE level = $1 AND idx = $2",
                    &[&i16::from(level), &to_i64(index)?],
                )?
            };
            let bytes: Vec<u8> = row
                .ok_or_else(|| {
                    StoreError::Corrupt(format!("subtree ({level}, {index}) is missing"))
                })?
                .get(0);
            to_hash(&bytes, "a subtree hash")
        })
        .collect()
}

impl Store for PostgresStore {
    fn size(&mut self) -> Result<u64, StoreError> {
        to_u64(
            self.client
                .query_one("SELECT value FROM shipgate_meta WHERE key = 'size'", &[])?
                .get(0),
        )
    }

    fn append(&mut self, entries: &[Vec<u8>]) -> Result<Range<u64>, StoreError> {
        let mut tx = self.client.transaction()?;
        tx.query_one("SELECT pg_advisory_xact_lock($1)", &[&LOCK_KEY])?;
        let size = to_u64(
            tx.query_one("SELECT value FROM shipgate_meta WHERE key = 'size'", &[])?
                .get(0),
        )?;
        let plan = plan_append(size, &frontier(&mut tx, size)?, entries)?;
        let seqs: Vec<i64> = (0..entries.len() as u64)
            .map(|i| to_i64(size + i))
            .collect::<Result<_, _>>()?;
        let leaves: Vec<&[u8]> = plan.leaves.iter().map(|h| &h[..]).collect();
        let bodies: Vec<&[u8]> = entries.iter().map(Vec::as_slice).collect();
        tx.execute(
            "INSERT INTO shipgate_entries (seq, leaf_hash, body) SELECT * FROM unnest($1::bigint[], $2::bytea[], $3::bytea[])",
            &[&seqs, &leaves, &bodies],
        )?;
        let levels: Vec<i16> = plan.nodes.iter().map(|n| i16::from(n.0)).collect();
        let indexes: Vec<i64> = plan
            .nodes
            .iter()
            .map(|n| to_i64(n.1))
            .collect::<Result<_, _>>()?;
        let hashes: Vec<&[u8]> = plan.nodes.iter().map(|n| &n.2[..]).collect();
        tx.execute(
            "INSERT INTO shipgate_nodes (level, idx, hash) SELECT * FROM unnest($1::smallint[], $2::bigint[], $3::bytea[])",
            &[&levels, &indexes, &hashes],
        )?;
        let end = size + entries.len() as u64;
        tx.execute(
            "UPDATE shipgate_meta SET value = $1 WHERE key = 'size'",
            &[&to_i64(end)?],
        )?;
        tx.commit()?;
        Ok(size..end)
    }

    fn entries(&mut self, start: u64, end: u64) -> Result<Vec<StoredEntry>, StoreError> {
        let rows = self.client.query(
            "SELECT seq, body, leaf_hash FROM shipgate_entries WHERE seq >= $1 AND seq < $2 ORDER BY seq",
            &[&to_i64(start)?, &to_i64(end)?],
        )?;
        rows.iter()
            .map(|r| {
                Ok(StoredEntry {
                    seq: to_u64(r.get(0))?,
                    bytes: r.get(1),
                    leaf_hash: r.get(2),
                })
            })
            .collect()
    }

    fn node(&mut self, level: u8, index: u64) -> Result<Option<Hash>, StoreError> {
        let row = self.client.query_opt(
            "SELECT hash FROM shipgate_nodes WHERE level = $1 AND idx = $2",
            &[&i16::from(level), &to_i64(index)?],
        )?;
        row.map(|r| to_hash(&r.get::<_, Vec<u8>>(0), "a subtree hash"))
            .transpose()
    }

    fn add_checkpoint(&mut self, size: u64, note: &str) -> Result<(), StoreError> {
        self.client.execute(
            "INSERT INTO shipgate_checkpoints (size, note) VALUES ($1, $2) ON CONFLICT (size) DO UPDATE SET note = EXCLUDED.note",
            &[&to_i64(size)?, &note],
        )?;
        Ok(())
    }

    fn checkpoints(&mut self) -> Result<Vec<(u64, String)>, StoreError> {
        self.client
            .query(
                "SELECT size, note FROM shipgate_checkpoints ORDER BY size",
                &[],
            )?
            .iter()
            .map(|r| Ok((to_u64(r.get(0))?, r.get(1))))
            .collect()
    }

    fn row_count(&mut self) -> Result<u64, StoreError> {
        to_u64(
            self.client
                .query_one("SELECT count(*) FROM shipgate_entries", &[])?
                .get(0),
        )
    }
}
