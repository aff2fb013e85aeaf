//! The production store: PostgreSQL, safe with any number of writers.
//!
//! Every append runs in one transaction that first takes a transaction-level
//! advisory lock (`pg_advisory_xact_lock`) on the log. Writers, whether
//! processes or `ledger serve` replicas, therefore append one at a time: each
//! reads the size the previous one committed, so sequence numbers have no
//! gaps, and the primary key on `seq` makes a fork impossible even if the lock
//! were bypassed. The lock is released at commit or rollback, also when a
//! writer dies.

use std::collections::HashMap;
use std::ops::Range;

use postgres::{Client, NoTls, Statement, Transaction};

use super::group::GroupPlan;
use super::index::{self, Selection};
use super::{
    AppendOutcome, AppendRequest, RangeRead, Store, StoreError, StoredEntry, TokenRecord, Visit,
    complete_range, complete_read, plan_append, to_hash, to_i64, to_u64,
};
use crate::hash::Hash;
use crate::tree::CompactRange;

/// The advisory lock key of the ledger ("shipgate" in ASCII).
const LOCK_KEY: i64 = 0x7368_6970_6761_7465;

const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS shipgate_entries (seq BIGINT PRIMARY KEY, leaf_hash BYTEA NOT NULL, body BYTEA NOT NULL);
CREATE TABLE IF NOT EXISTS shipgate_nodes (level SMALLINT NOT NULL, idx BIGINT NOT NULL, hash BYTEA NOT NULL, PRIMARY KEY (level, idx));
CREATE TABLE IF NOT EXISTS shipgate_checkpoints (size BIGINT PRIMARY KEY, note TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS shipgate_cosignatures (size BIGINT NOT NULL, witness TEXT NOT NULL, line TEXT NOT NULL, PRIMARY KEY (size, witness));
CREATE TABLE IF NOT EXISTS shipgate_meta (key TEXT PRIMARY KEY, value BIGINT NOT NULL);
INSERT INTO shipgate_meta (key, value) VALUES ('size', 0), ('schema', 1) ON CONFLICT DO NOTHING;
CREATE TABLE IF NOT EXISTS shipgate_idempotency (key TEXT PRIMARY KEY, request_hash BYTEA NOT NULL, start_seq BIGINT NOT NULL, end_seq BIGINT NOT NULL);
CREATE TABLE IF NOT EXISTS shipgate_tokens (name TEXT PRIMARY KEY, hash BYTEA NOT NULL UNIQUE, role TEXT NOT NULL, created BIGINT NOT NULL, expires BIGINT, revoked BIGINT);
CREATE TABLE IF NOT EXISTS shipgate_entry_index (seq BIGINT PRIMARY KEY, service TEXT, environment TEXT, kind TEXT, commit_lc TEXT, artifact TEXT);
CREATE INDEX IF NOT EXISTS shipgate_entry_index_kind ON shipgate_entry_index (service, kind);
CREATE INDEX IF NOT EXISTS shipgate_entry_index_commit ON shipgate_entry_index (service, commit_lc);
CREATE INDEX IF NOT EXISTS shipgate_entry_index_artifact ON shipgate_entry_index (service, artifact);
CREATE INDEX IF NOT EXISTS shipgate_entry_index_unread ON shipgate_entry_index (seq) WHERE service IS NULL;
INSERT INTO shipgate_meta (key, value) VALUES ('indexed', 0) ON CONFLICT DO NOTHING;
";

/// Entries the index may select (see [`Selection`]), in sequence order.
const SELECT: &str = "SELECT e.seq, e.body, e.leaf_hash FROM shipgate_entries e WHERE e.seq IN (
 SELECT seq FROM shipgate_entry_index WHERE service IS NULL
 UNION SELECT seq FROM shipgate_entry_index WHERE service = $1 AND kind = ANY($2)
 UNION SELECT seq FROM shipgate_entry_index WHERE service = $1 AND commit_lc = ANY($3)
 UNION SELECT seq FROM shipgate_entry_index WHERE service = $1 AND artifact = ANY($4)
) ORDER BY e.seq";

/// The log's size and how far the index covers it (none without an index).
const INDEX_STATE: &str = "SELECT (SELECT value FROM shipgate_meta WHERE key = 'size'), (SELECT value FROM shipgate_meta WHERE key = 'indexed')";

/// A ledger in PostgreSQL tables (`shipgate_*` in the connection's schema).
pub struct PostgresStore {
    client: Client,
    /// The right edge of the tree after this connection's last committed
    /// append, by size: when no other writer appended since, the next append
    /// needs no read of it.
    frontier: Option<Edge>,
    /// Read statements, prepared once per connection: a read is then one
    /// round trip instead of a parse and an execute.
    statements: HashMap<&'static str, Statement>,
}

/// The tree's right edge at a size: the hashes of `CompactRange::keys(size)`.
type Edge = (u64, Vec<Hash>);

const SIZE: &str = "SELECT value FROM shipgate_meta WHERE key = 'size'";
const ENTRIES: &str =
    "SELECT seq, body, leaf_hash FROM shipgate_entries WHERE seq >= $1 AND seq < $2 ORDER BY seq";
const NODE: &str = "SELECT hash FROM shipgate_nodes WHERE level = $1 AND idx = $2";
const LATEST: &str = "SELECT size, note FROM shipgate_checkpoints ORDER BY size DESC LIMIT 1";
const LEAF_RANGE: &str =
    "SELECT leaf_hash FROM shipgate_entries WHERE seq >= $1 AND seq < $2 ORDER BY seq";
const NODE_RANGE: &str =
    "SELECT hash FROM shipgate_nodes WHERE level = $1 AND idx >= $2 AND idx < $3 ORDER BY idx";
const CHECKPOINT_AT: &str = "SELECT note FROM shipgate_checkpoints WHERE size = $1";
const COSIGNATURES: &str =
    "SELECT line FROM shipgate_cosignatures WHERE size = $1 ORDER BY witness";
const LEAVES: &str = "SELECT seq, leaf_hash FROM shipgate_entries WHERE seq = ANY($1)";
/// The entries `$1 <= seq < $2` and the subtree hashes of the ranges
/// `($3[i], $4[i] <= idx < $5[i])`: one statement for an entry and its proof.
const RANGES: &str = "SELECT 0::smallint, seq, leaf_hash, body FROM shipgate_entries WHERE seq >= $1 AND seq < $2
 UNION ALL
 SELECT n.level, n.idx, n.hash, NULL FROM unnest($3::smallint[], $4::bigint[], $5::bigint[]) AS r(level, lo, hi)
 JOIN shipgate_nodes n ON n.level = r.level AND n.idx >= r.lo AND n.idx < r.hi";
const NODES: &str = "SELECT n.level, n.idx, n.hash FROM shipgate_nodes n JOIN unnest($1::smallint[], $2::bigint[]) AS k(level, idx) ON n.level = k.level AND n.idx = k.idx";

impl PostgresStore {
    /// The prepared statement for `sql`, preparing it on first use.
    fn statement(&mut self, sql: &'static str) -> Result<Statement, StoreError> {
        if let Some(statement) = self.statements.get(sql) {
            return Ok(statement.clone());
        }
        let statement = self.client.prepare(sql)?;
        self.statements.insert(sql, statement.clone());
        Ok(statement)
    }
}

impl PostgresStore {
    /// Connects and creates the tables if needed.
    pub fn open(url: &str) -> Result<Self, StoreError> {
        let mut client = Client::connect(url, NoTls)?;
        let mut tx = client.transaction()?;
        tx.query_one("SELECT pg_advisory_xact_lock($1)", &[&LOCK_KEY])?;
        tx.batch_execute(SCHEMA)?;
        catch_up_index(&mut tx)?;
        tx.commit()?;
        Ok(Self {
            client,
            frontier: None,
            statements: HashMap::new(),
        })
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
        Ok(Self {
            client,
            frontier: None,
            statements: HashMap::new(),
        })
    }

    /// Direct access, for the tests that attack the store.
    pub fn client(&mut self) -> &mut Client {
        &mut self.client
    }
}

/// Indexes the entries appended before the index existed (a ledger written by
/// an earlier version), under the log's lock, in chunks.
fn catch_up_index(tx: &mut Transaction<'_>) -> Result<(), StoreError> {
    const CHUNK: i64 = 20_000;
    let row = tx.query_one(INDEX_STATE, &[])?;
    let size: i64 = row.get::<_, Option<i64>>(0).unwrap_or_default();
    let mut next: i64 = row.get::<_, Option<i64>>(1).unwrap_or_default();
    while next < size {
        let rows = tx.query(
            "SELECT seq, body FROM shipgate_entries WHERE seq >= $1 AND seq < $2 ORDER BY seq",
            &[&next, &(next + CHUNK)],
        )?;
        let seqs: Vec<i64> = rows.iter().map(|r| r.get(0)).collect();
        let bodies: Vec<Vec<u8>> = rows.iter().map(|r| r.get(1)).collect();
        insert_index(tx, &seqs, &bodies)?;
        next += CHUNK;
    }
    tx.execute(
        "UPDATE shipgate_meta SET value = $1 WHERE key = 'indexed'",
        &[&size],
    )?;
    Ok(())
}

/// Indexes the entries `bodies` at `seqs`.
fn insert_index<B: AsRef<[u8]>>(
    tx: &mut Transaction<'_>,
    seqs: &[i64],
    bodies: &[B],
) -> Result<(), StoreError> {
    let fields: Vec<index::Fields> = bodies.iter().map(|b| index::fields(b.as_ref())).collect();
    let column = |get: fn(&index::Fields) -> &Option<String>| -> Vec<Option<&str>> {
        fields.iter().map(|f| get(f).as_deref()).collect()
    };
    tx.execute(
        "INSERT INTO shipgate_entry_index (seq, service, environment, kind, commit_lc, artifact) SELECT * FROM unnest($1::bigint[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[]) ON CONFLICT (seq) DO NOTHING",
        &[
            &seqs,
            &column(|f| &f.service),
            &column(|f| &f.environment),
            &column(|f| &f.kind),
            &column(|f| &f.commit),
            &column(|f| &f.artifact),
        ],
    )?;
    Ok(())
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

/// Appends `entries` inside the open transaction `tx`, under the log's lock.
/// Appends `entries` inside `tx`; `cached` is the right edge by size, used
/// when the size matches. Returns the range and the new right edge, to cache
/// once the transaction commits.
fn append_in(
    tx: &mut Transaction<'_>,
    entries: &[Vec<u8>],
    cached: Option<&Edge>,
) -> Result<(Range<u64>, Edge), StoreError> {
    tx.query_one("SELECT pg_advisory_xact_lock($1)", &[&LOCK_KEY])?;
    let size = to_u64(
        tx.query_one("SELECT value FROM shipgate_meta WHERE key = 'size'", &[])?
            .get(0),
    )?;
    let edge = match cached {
        Some((cached_size, edge)) if *cached_size == size => edge.clone(),
        _ => frontier(tx, size)?,
    };
    let plan = plan_append(size, &edge, entries)?;
    let seqs: Vec<i64> = (0..entries.len() as u64)
        .map(|i| to_i64(size + i))
        .collect::<Result<_, _>>()?;
    let leaves: Vec<&[u8]> = plan.leaves.iter().map(|h| &h[..]).collect();
    let bodies: Vec<&[u8]> = entries.iter().map(Vec::as_slice).collect();
    tx.execute(
        "INSERT INTO shipgate_entries (seq, leaf_hash, body) SELECT * FROM unnest($1::bigint[], $2::bytea[], $3::bytea[])",
        &[&seqs, &leaves, &bodies],
    )?;
    insert_index(tx, &seqs, &bodies)?;
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
        "UPDATE shipgate_meta SET value = $1 WHERE key IN ('size', 'indexed')",
        &[&to_i64(end)?],
    )?;
    Ok((size..end, (end, plan.frontier)))
}

fn to_token(r: &postgres::Row) -> Result<TokenRecord, StoreError> {
    Ok(TokenRecord {
        name: r.get(0),
        hash: to_hash(&r.get::<_, Vec<u8>>(1), "a token hash")?,
        role: r.get(2),
        created: to_u64(r.get(3))?,
        expires: r.get::<_, Option<i64>>(4).map(to_u64).transpose()?,
        revoked: r.get::<_, Option<i64>>(5).map(to_u64).transpose()?,
    })
}

const TOKEN_COLUMNS: &str = "name, hash, role, created, expires, revoked";

impl Store for PostgresStore {
    fn as_dyn(&mut self) -> &mut dyn Store {
        self
    }

    fn hashes(&mut self, keys: &[(u8, u64)]) -> Result<HashMap<(u8, u64), Hash>, StoreError> {
        let mut out = HashMap::with_capacity(keys.len());
        let seqs: Vec<i64> = keys
            .iter()
            .filter(|k| k.0 == 0)
            .map(|k| to_i64(k.1))
            .collect::<Result<_, _>>()?;
        if !seqs.is_empty() {
            let statement = self.statement(LEAVES)?;
            for row in self.client.query(&statement, &[&seqs])? {
                let hash = to_hash(&row.get::<_, Vec<u8>>(1), "a leaf hash")?;
                out.insert((0, to_u64(row.get(0))?), hash);
            }
        }
        let (levels, indexes): (Vec<i16>, Vec<i64>) = keys
            .iter()
            .filter(|k| k.0 > 0)
            .map(|k| Ok((i16::from(k.0), to_i64(k.1)?)))
            .collect::<Result<Vec<_>, StoreError>>()?
            .into_iter()
            .unzip();
        if !levels.is_empty() {
            let statement = self.statement(NODES)?;
            for row in self.client.query(&statement, &[&levels, &indexes])? {
                let level = u8::try_from(row.get::<_, i16>(0))
                    .map_err(|_| StoreError::Corrupt("a subtree level is out of range".into()))?;
                let hash = to_hash(&row.get::<_, Vec<u8>>(2), "a subtree hash")?;
                out.insert((level, to_u64(row.get(1))?), hash);
            }
        }
        Ok(out)
    }

    fn size(&mut self) -> Result<u64, StoreError> {
        let statement = self.statement(SIZE)?;
        to_u64(self.client.query_one(&statement, &[])?.get(0))
    }

    fn append(&mut self, entries: &[Vec<u8>]) -> Result<Range<u64>, StoreError> {
        let mut tx = self.client.transaction()?;
        let (range, edge) = append_in(&mut tx, entries, self.frontier.as_ref())?;
        tx.commit()?;
        self.frontier = Some(edge);
        Ok(range)
    }

    fn entries(&mut self, start: u64, end: u64) -> Result<Vec<StoredEntry>, StoreError> {
        let statement = self.statement(ENTRIES)?;
        let rows = self
            .client
            .query(&statement, &[&to_i64(start)?, &to_i64(end)?])?;
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

    fn select(&mut self, selection: &Selection, visit: &mut Visit<'_>) -> Result<(), StoreError> {
        let has_index: bool = self
            .client
            .query_one(
                "SELECT to_regclass('shipgate_entry_index') IS NOT NULL",
                &[],
            )?
            .get(0);
        let covered = has_index && {
            let row = self.client.query_one(INDEX_STATE, &[])?;
            row.get::<_, Option<i64>>(0) == row.get::<_, Option<i64>>(1)
        };
        if !covered {
            // A ledger of an earlier version opened read-only: no index to use.
            let size = self.size()?;
            return self.scan(0, size, visit);
        }
        let statement = self.statement(SELECT)?;
        let artifacts: Vec<&str> = selection.artifact.as_deref().into_iter().collect();
        let rows = self.client.query(
            &statement,
            &[
                &selection.service,
                &selection.kinds,
                &selection.commit_prefixes(),
                &artifacts,
            ],
        )?;
        for row in &rows {
            let body: &[u8] = row.get(1);
            let leaf: &[u8] = row.get(2);
            if !visit(to_u64(row.get(0))?, body, leaf) {
                break;
            }
        }
        Ok(())
    }

    fn node(&mut self, level: u8, index: u64) -> Result<Option<Hash>, StoreError> {
        let statement = self.statement(NODE)?;
        let row = self
            .client
            .query_opt(&statement, &[&i16::from(level), &to_i64(index)?])?;
        row.map(|r| to_hash(&r.get::<_, Vec<u8>>(0), "a subtree hash"))
            .transpose()
    }

    fn read_ranges(
        &mut self,
        entries: Range<u64>,
        ranges: &[(u8, Range<u64>)],
    ) -> Result<RangeRead, StoreError> {
        let levels: Vec<i16> = ranges.iter().map(|(l, _)| i16::from(*l)).collect();
        let starts = ranges
            .iter()
            .map(|(_, r)| to_i64(r.start))
            .collect::<Result<Vec<_>, _>>()?;
        let ends = ranges
            .iter()
            .map(|(_, r)| to_i64(r.end))
            .collect::<Result<Vec<_>, _>>()?;
        let statement = self.statement(RANGES)?;
        let rows = self.client.query(
            &statement,
            &[
                &to_i64(entries.start)?,
                &to_i64(entries.end)?,
                &levels,
                &starts,
                &ends,
            ],
        )?;
        let mut read = Vec::new();
        let mut hashes = Vec::new();
        for row in &rows {
            let index = to_u64(row.get(1))?;
            if let Some(bytes) = row.get::<_, Option<Vec<u8>>>(3) {
                read.push(StoredEntry {
                    seq: index,
                    bytes,
                    leaf_hash: row.get(2),
                });
            } else {
                let level = u8::try_from(row.get::<_, i16>(0))
                    .map_err(|_| StoreError::Corrupt("a subtree level is out of range".into()))?;
                let hash = to_hash(&row.get::<_, Vec<u8>>(2), "a subtree hash")?;
                hashes.push(((level, index), hash));
            }
        }
        read.sort_by_key(|e| e.seq);
        complete_read(read, hashes, &entries, ranges)
    }

    fn hash_range(&mut self, level: u8, start: u64, end: u64) -> Result<Vec<Hash>, StoreError> {
        let (from, to) = (to_i64(start)?, to_i64(end)?);
        let rows = if level == 0 {
            let statement = self.statement(LEAF_RANGE)?;
            self.client.query(&statement, &[&from, &to])?
        } else {
            let statement = self.statement(NODE_RANGE)?;
            self.client
                .query(&statement, &[&i16::from(level), &from, &to])?
        };
        let hashes = rows
            .iter()
            .map(|r| to_hash(&r.get::<_, Vec<u8>>(0), "a subtree hash"))
            .collect::<Result<Vec<_>, _>>()?;
        complete_range(hashes, level, start, end)
    }

    fn checkpoint_at(&mut self, size: u64) -> Result<Option<String>, StoreError> {
        let statement = self.statement(CHECKPOINT_AT)?;
        Ok(self
            .client
            .query_opt(&statement, &[&to_i64(size)?])?
            .map(|r| r.get(0)))
    }

    fn add_cosignature(&mut self, size: u64, witness: &str, line: &str) -> Result<(), StoreError> {
        self.client.execute(
            "INSERT INTO shipgate_cosignatures (size, witness, line) VALUES ($1, $2, $3) ON CONFLICT (size, witness) DO UPDATE SET line = EXCLUDED.line",
            &[&to_i64(size)?, &witness, &line],
        )?;
        Ok(())
    }

    fn cosignatures(&mut self, size: u64) -> Result<Vec<String>, StoreError> {
        let statement = self.statement(COSIGNATURES)?;
        Ok(self
            .client
            .query(&statement, &[&to_i64(size)?])?
            .iter()
            .map(|r| r.get(0))
            .collect())
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

    fn latest_checkpoint(&mut self) -> Result<Option<(u64, String)>, StoreError> {
        let statement = self.statement(LATEST)?;
        self.client
            .query_opt(&statement, &[])?
            .map(|r| Ok((to_u64(r.get(0))?, r.get(1))))
            .transpose()
    }

    fn row_count(&mut self) -> Result<u64, StoreError> {
        to_u64(
            self.client
                .query_one("SELECT count(*) FROM shipgate_entries", &[])?
                .get(0),
        )
    }

    fn append_requests(
        &mut self,
        requests: &[AppendRequest],
    ) -> Result<Vec<AppendOutcome>, StoreError> {
        let mut tx = self.client.transaction()?;
        // The lock first: a key another replica is storing now is then visible.
        tx.query_one("SELECT pg_advisory_xact_lock($1)", &[&LOCK_KEY])?;
        let keys: Vec<&str> = requests
            .iter()
            .filter_map(|r| r.idempotency.as_ref().map(|k| k.key.as_str()))
            .collect();
        let mut stored = std::collections::HashMap::new();
        if !keys.is_empty() {
            for row in tx.query(
                "SELECT key, request_hash, start_seq, end_seq FROM shipgate_idempotency WHERE key = ANY($1)",
                &[&keys],
            )? {
                let key: String = row.get(0);
                stored.insert(
                    key,
                    (row.get::<_, Vec<u8>>(1), to_u64(row.get(2))?, to_u64(row.get(3))?),
                );
            }
        }
        let plan = GroupPlan::new(requests, |key| Ok(stored.get(key).cloned()))?;
        let (range, edge) = append_in(&mut tx, &plan.entries, self.frontier.as_ref())?;
        let (outcomes, new_keys) = plan.finish(range.start);
        if !new_keys.is_empty() {
            let names: Vec<&str> = new_keys.iter().map(|k| k.0).collect();
            let hashes: Vec<&[u8]> = new_keys.iter().map(|k| &k.1[..]).collect();
            let starts: Vec<i64> = new_keys
                .iter()
                .map(|k| to_i64(k.2))
                .collect::<Result<_, _>>()?;
            let ends: Vec<i64> = new_keys
                .iter()
                .map(|k| to_i64(k.3))
                .collect::<Result<_, _>>()?;
            tx.execute(
                "INSERT INTO shipgate_idempotency (key, request_hash, start_seq, end_seq) SELECT * FROM unnest($1::text[], $2::bytea[], $3::bigint[], $4::bigint[])",
                &[&names, &hashes, &starts, &ends],
            )?;
        }
        tx.commit()?;
        self.frontier = Some(edge);
        Ok(outcomes)
    }

    fn create_token(&mut self, token: &TokenRecord, entry: &[u8]) -> Result<u64, StoreError> {
        let mut tx = self.client.transaction()?;
        tx.query_one("SELECT pg_advisory_xact_lock($1)", &[&LOCK_KEY])?;
        let taken: bool = tx
            .query_one(
                "SELECT EXISTS (SELECT 1 FROM shipgate_tokens WHERE name = $1)",
                &[&token.name],
            )?
            .get(0);
        if taken {
            return Err(StoreError::Conflict(format!(
                "a token named `{}` exists already (token names are never reused)",
                token.name
            )));
        }
        tx.execute(
            "INSERT INTO shipgate_tokens (name, hash, role, created, expires, revoked) VALUES ($1, $2, $3, $4, $5, NULL)",
            &[
                &token.name,
                &&token.hash[..],
                &token.role,
                &to_i64(token.created)?,
                &token.expires.map(to_i64).transpose()?,
            ],
        )?;
        let (range, edge) = append_in(&mut tx, &[entry.to_vec()], self.frontier.as_ref())?;
        tx.commit()?;
        self.frontier = Some(edge);
        Ok(range.start)
    }

    fn revoke_token(
        &mut self,
        name: &str,
        at: u64,
        entry: &[u8],
    ) -> Result<Option<u64>, StoreError> {
        let mut tx = self.client.transaction()?;
        tx.query_one("SELECT pg_advisory_xact_lock($1)", &[&LOCK_KEY])?;
        let changed = tx.execute(
            "UPDATE shipgate_tokens SET revoked = $2 WHERE name = $1 AND revoked IS NULL",
            &[&name, &to_i64(at)?],
        )?;
        if changed == 0 {
            return Ok(None);
        }
        let (range, edge) = append_in(&mut tx, &[entry.to_vec()], self.frontier.as_ref())?;
        tx.commit()?;
        self.frontier = Some(edge);
        Ok(Some(range.start))
    }

    fn tokens(&mut self) -> Result<Vec<TokenRecord>, StoreError> {
        self.client
            .query(
                &format!("SELECT {TOKEN_COLUMNS} FROM shipgate_tokens ORDER BY name"),
                &[],
            )?
            .iter()
            .map(to_token)
            .collect()
    }

    fn token_by_hash(&mut self, hash: &Hash) -> Result<Option<TokenRecord>, StoreError> {
        self.client
            .query_opt(
                &format!("SELECT {TOKEN_COLUMNS} FROM shipgate_tokens WHERE hash = $1"),
                &[&&hash[..]],
            )?
            .as_ref()
            .map(to_token)
            .transpose()
    }
}
