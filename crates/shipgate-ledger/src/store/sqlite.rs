//! The embedded store: one SQLite file in WAL mode with `synchronous=FULL`,
//! so a committed append survives a crash or power loss.

use std::fmt::Write as _;
use std::ops::Range;
use std::path::Path;

use rusqlite::{Connection, OpenFlags, OptionalExtension, TransactionBehavior, params};

use super::group::GroupPlan;
use super::index::{self, Selection};
use super::{
    AppendOutcome, AppendRequest, Store, StoreError, StoredEntry, TokenRecord, Visit,
    complete_range, plan_append, to_hash, to_i64, to_u64,
};
use crate::hash::Hash;
use crate::tree::CompactRange;

const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS entries (seq INTEGER PRIMARY KEY, leaf_hash BLOB NOT NULL, body BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS nodes (level INTEGER NOT NULL, idx INTEGER NOT NULL, hash BLOB NOT NULL, PRIMARY KEY (level, idx)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS checkpoints (size INTEGER PRIMARY KEY, note TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS cosignatures (size INTEGER NOT NULL, witness TEXT NOT NULL, line TEXT NOT NULL, PRIMARY KEY (size, witness)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS idempotency (key TEXT PRIMARY KEY, request_hash BLOB NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS tokens (name TEXT PRIMARY KEY, hash BLOB NOT NULL UNIQUE, role TEXT NOT NULL, created INTEGER NOT NULL, expires INTEGER, revoked INTEGER);
INSERT OR IGNORE INTO meta (key, value) VALUES ('size', 0), ('schema', 1);
CREATE TABLE IF NOT EXISTS entry_index (seq INTEGER PRIMARY KEY, service TEXT, environment TEXT, kind TEXT, commit_lc TEXT, artifact TEXT);
CREATE INDEX IF NOT EXISTS entry_index_kind ON entry_index (service, kind);
CREATE INDEX IF NOT EXISTS entry_index_commit ON entry_index (service, commit_lc);
CREATE INDEX IF NOT EXISTS entry_index_artifact ON entry_index (service, artifact);
CREATE INDEX IF NOT EXISTS entry_index_unread ON entry_index (seq) WHERE service IS NULL;
INSERT OR IGNORE INTO meta (key, value) VALUES ('indexed', 0);
";

/// A ledger in a SQLite file.
pub struct SqliteStore {
    conn: Connection,
}

impl SqliteStore {
    /// Opens (creating if needed) the ledger at `path`.
    pub fn open(path: &Path) -> Result<Self, StoreError> {
        if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            std::fs::create_dir_all(parent).map_err(|e| {
                StoreError::Io(format!("cannot create `{}`: {e}", parent.display()))
            })?;
        }
        let damaged = |e| not_a_database(path, e);
        let conn = Connection::open(path).map_err(damaged)?;
        conn.busy_timeout(std::time::Duration::from_secs(30))
            .map_err(damaged)?;
        // Switching a new file to WAL needs a lock the busy handler does not
        // wait for: several writers opening a fresh ledger at once retry instead.
        while_busy(|| {
            let mode: String = conn.pragma_query_value(None, "journal_mode", |r| r.get(0))?;
            if !mode.eq_ignore_ascii_case("wal") {
                conn.pragma_update(None, "journal_mode", "WAL")?;
            }
            Ok(())
        })
        .map_err(damaged)?;
        conn.pragma_update(None, "synchronous", "FULL")
            .map_err(damaged)?;
        // Verification reads every byte: map the file instead of copying its pages.
        conn.pragma_update(None, "mmap_size", 1i64 << 34)
            .map_err(damaged)?;
        while_busy(|| conn.execute_batch(SCHEMA)).map_err(damaged)?;
        let mut store = Self { conn };
        store.catch_up_index()?;
        Ok(store)
    }

    /// Indexes the entries appended before the index existed (a ledger
    /// written by an earlier version), once, in one transaction.
    fn catch_up_index(&mut self) -> Result<(), StoreError> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let (size, indexed) = index_state(&tx)?;
        if indexed < size {
            {
                let mut read =
                    tx.prepare("SELECT seq, body FROM entries WHERE seq >= ?1 ORDER BY seq")?;
                let mut rows = read.query(params![to_i64(indexed)?])?;
                let mut insert = tx.prepare_cached(INDEX_INSERT)?;
                while let Some(row) = rows.next()? {
                    let seq: i64 = row.get(0)?;
                    // A body that is not a blob is indexed with no fields:
                    // always selected, so its reader reports it.
                    let body = row
                        .get_ref(1)?
                        .as_blob_or_null()
                        .unwrap_or_default()
                        .unwrap_or_default();
                    insert_index(&mut insert, seq, body)?;
                }
            }
            tx.execute(
                "UPDATE meta SET value = ?1 WHERE key = 'indexed'",
                params![to_i64(size)?],
            )?;
        }
        tx.commit()?;
        Ok(())
    }

    /// Opens an existing ledger at `path` for reading only: nothing is created
    /// (no folder, no file, no tables) and nothing is written, so a ledger an
    /// auditor may only read (a read-only file, folder or medium) can be
    /// logged, shown, proved, verified and exported. Writes through the
    /// returned store fail.
    ///
    /// SQLite opens the database with `SQLITE_OPEN_READ_ONLY`. A WAL-mode
    /// reader still creates the `-wal` and `-shm` files when they are missing,
    /// so when no writer has the ledger open (there is no `-wal` file) and the
    /// file or its folder is read-only, or SQLite cannot open it otherwise,
    /// the file is opened as `immutable`: no lock, no side file, no write.
    pub fn open_read_only(path: &Path) -> Result<Self, StoreError> {
        let meta = std::fs::metadata(path).map_err(|e| {
            if e.kind() == std::io::ErrorKind::NotFound {
                StoreError::NotFound(format!("there is no ledger at `{}`", path.display()))
            } else {
                StoreError::Io(format!("cannot read `{}`: {e}", path.display()))
            }
        })?;
        if !meta.is_file() {
            return Err(StoreError::NotFound(format!(
                "`{}` is not a ledger file",
                path.display()
            )));
        }
        let mut wal = path.as_os_str().to_owned();
        wal.push("-wal");
        let writer_active = Path::new(&wal).exists();
        let folder_read_only = path
            .parent()
            .map(|p| {
                if p.as_os_str().is_empty() {
                    Path::new(".")
                } else {
                    p
                }
            })
            .and_then(|p| std::fs::metadata(p).ok())
            .is_some_and(|m| m.permissions().readonly());
        let damaged = |e| not_a_database(path, e);
        let immutable = || {
            Connection::open_with_flags(
                immutable_uri(path),
                OpenFlags::SQLITE_OPEN_READ_ONLY
                    | OpenFlags::SQLITE_OPEN_URI
                    | OpenFlags::SQLITE_OPEN_NO_MUTEX,
            )
        };
        let conn = if !writer_active && (meta.permissions().readonly() || folder_read_only) {
            immutable().map_err(damaged)?
        } else {
            let conn = Connection::open_with_flags(
                path,
                OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
            )
            .map_err(damaged)?;
            conn.busy_timeout(std::time::Duration::from_secs(30))
                .map_err(damaged)?;
            // The first read opens the WAL; in a folder this process may not
            // write to, SQLite cannot create it (CANTOPEN, or READONLY_CANTINIT).
            match read_schema(&conn) {
                Err(rusqlite::Error::SqliteFailure(f, _))
                    if matches!(
                        f.code,
                        rusqlite::ErrorCode::CannotOpen | rusqlite::ErrorCode::ReadOnly
                    ) && !writer_active =>
                {
                    drop(conn);
                    immutable().map_err(damaged)?
                }
                _ => conn,
            }
        };
        conn.pragma_update(None, "mmap_size", 1i64 << 34)
            .map_err(damaged)?;
        let tables = read_schema(&conn).map_err(damaged)?;
        if tables != 4 {
            return Err(StoreError::Corrupt(format!(
                "`{}` is a SQLite database but not a shipgate ledger",
                path.display()
            )));
        }
        Ok(Self { conn })
    }

    /// Direct access, for the tests that attack the store.
    pub fn connection(&mut self) -> &mut Connection {
        &mut self.conn
    }
}

/// How many of the ledger's tables the database has (4 for a ledger).
fn read_schema(conn: &Connection) -> rusqlite::Result<i64> {
    conn.query_row(
        "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN ('entries', 'nodes', 'checkpoints', 'meta')",
        [],
        |r| r.get(0),
    )
}

/// A `file:` URI for `path` with `mode=ro&immutable=1`, percent-encoding
/// every byte a URI path may not hold as is.
fn immutable_uri(path: &Path) -> String {
    let mut uri = String::from("file:");
    for &b in path.as_os_str().as_encoded_bytes() {
        if b.is_ascii_alphanumeric() || b"/-._~".contains(&b) {
            uri.push(char::from(b));
        } else {
            let _ = write!(uri, "%{b:02X}");
        }
    }
    uri.push_str("?mode=ro&immutable=1");
    uri
}

/// A damaged or foreign file is named as such; other errors pass through.
fn not_a_database(path: &Path, e: rusqlite::Error) -> StoreError {
    match e {
        rusqlite::Error::SqliteFailure(f, _)
            if matches!(
                f.code,
                rusqlite::ErrorCode::NotADatabase | rusqlite::ErrorCode::DatabaseCorrupt
            ) =>
        {
            StoreError::Corrupt(format!(
                "`{}` is not a SQLite database, or is damaged",
                path.display()
            ))
        }
        other => StoreError::Sqlite(other),
    }
}

/// Runs `step` again while SQLite reports the database busy, for up to 30 seconds.
fn while_busy<T>(mut step: impl FnMut() -> rusqlite::Result<T>) -> rusqlite::Result<T> {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
    loop {
        match step() {
            Err(rusqlite::Error::SqliteFailure(e, _))
                if matches!(
                    e.code,
                    rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked
                ) && std::time::Instant::now() < deadline =>
            {
                std::thread::sleep(std::time::Duration::from_millis(5));
            }
            other => return other,
        }
    }
}

fn frontier(tx: &Connection, size: u64) -> Result<Vec<Hash>, StoreError> {
    CompactRange::keys(size)
        .into_iter()
        .map(|(level, index)| {
            let hash: Option<Vec<u8>> = if level == 0 {
                tx.query_row(
                    "SELECT leaf_hash FROM entries WHERE seq = ?1",
                    params![to_i64(index)?],
                    |r| r.get(0),
                )
                .optional()?
            } else {
                tx.query_row(
                    "SELECT hash FROM nodes WHERE level = ?1 AND idx = ?2",
                    params![level, to_i64(index)?],
                    |r| r.get(0),
                )
                .optional()?
            };
            to_hash(
                &hash.ok_or_else(|| {
                    StoreError::Corrupt(format!("subtree ({level}, {index}) is missing"))
                })?,
                "a subtree hash",
            )
        })
        .collect()
}

const INDEX_INSERT: &str = "INSERT OR REPLACE INTO entry_index (seq, service, environment, kind, commit_lc, artifact) VALUES (?1, ?2, ?3, ?4, ?5, ?6)";

fn insert_index(
    insert: &mut rusqlite::CachedStatement<'_>,
    seq: i64,
    body: &[u8],
) -> rusqlite::Result<()> {
    let f = index::fields(body);
    insert.execute(params![
        seq,
        f.service,
        f.environment,
        f.kind,
        f.commit,
        f.artifact
    ])?;
    Ok(())
}

/// The log's size and how many of its entries the index covers (0 when the
/// ledger has no index: one opened read-only from an earlier version).
fn index_state(conn: &Connection) -> Result<(u64, u64), StoreError> {
    let mut stmt =
        conn.prepare_cached("SELECT key, value FROM meta WHERE key IN ('size', 'indexed')")?;
    let mut rows = stmt.query([])?;
    let (mut size, mut indexed) = (0, 0);
    while let Some(row) = rows.next()? {
        let value = to_u64(row.get(1)?)?;
        match row.get_ref(0)?.as_str().unwrap_or_default() {
            "size" => size = value,
            _ => indexed = value,
        }
    }
    Ok((size, indexed))
}

/// Calls `visit` for each `(seq, body, leaf_hash)` row until it returns false.
fn visit_rows(rows: &mut rusqlite::Rows<'_>, visit: &mut Visit<'_>) -> Result<(), StoreError> {
    while let Some(row) = rows.next()? {
        let seq = to_u64(row.get::<_, i64>(0)?)?;
        let blob = |i: usize| {
            row.get_ref(i)?
                .as_blob_or_null()
                .map(Option::unwrap_or_default)
                .map_err(|e| StoreError::Corrupt(format!("entry {seq}: {e}")))
        };
        let (body, leaf) = (blob(1)?, blob(2)?);
        if !visit(seq, body, leaf) {
            break;
        }
    }
    Ok(())
}

/// Appends `entries` inside the open transaction `tx`.
fn append_in(tx: &Connection, entries: &[Vec<u8>]) -> Result<Range<u64>, StoreError> {
    let size = to_u64(
        tx.query_row("SELECT value FROM meta WHERE key = 'size'", [], |r| {
            r.get(0)
        })?,
    )?;
    let plan = plan_append(size, &frontier(tx, size)?, entries)?;
    {
        let mut insert =
            tx.prepare_cached("INSERT INTO entries (seq, leaf_hash, body) VALUES (?1, ?2, ?3)")?;
        let mut indexed = tx.prepare_cached(INDEX_INSERT)?;
        for (i, (entry, leaf)) in entries.iter().zip(&plan.leaves).enumerate() {
            let seq = to_i64(size + i as u64)?;
            insert.execute(params![seq, &leaf[..], entry])?;
            insert_index(&mut indexed, seq, entry)?;
        }
        let mut node =
            tx.prepare_cached("INSERT INTO nodes (level, idx, hash) VALUES (?1, ?2, ?3)")?;
        for (level, index, hash) in &plan.nodes {
            node.execute(params![level, to_i64(*index)?, &hash[..]])?;
        }
    }
    let end = size + entries.len() as u64;
    tx.execute(
        "UPDATE meta SET value = ?1 WHERE key IN ('size', 'indexed')",
        params![to_i64(end)?],
    )?;
    Ok(size..end)
}

/// A tokens row: name, hash, role, created, expires, revoked.
type TokenRow = (String, Vec<u8>, String, i64, Option<i64>, Option<i64>);

fn token_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<TokenRow> {
    Ok((
        r.get(0)?,
        r.get(1)?,
        r.get(2)?,
        r.get(3)?,
        r.get(4)?,
        r.get(5)?,
    ))
}

fn to_token(
    (name, hash, role, created, expires, revoked): TokenRow,
) -> Result<TokenRecord, StoreError> {
    Ok(TokenRecord {
        name,
        hash: to_hash(&hash, "a token hash")?,
        role,
        created: to_u64(created)?,
        expires: expires.map(to_u64).transpose()?,
        revoked: revoked.map(to_u64).transpose()?,
    })
}

const TOKEN_COLUMNS: &str = "name, hash, role, created, expires, revoked";

impl Store for SqliteStore {
    fn as_dyn(&mut self) -> &mut dyn Store {
        self
    }

    fn size(&mut self) -> Result<u64, StoreError> {
        to_u64(
            self.conn
                .query_row("SELECT value FROM meta WHERE key = 'size'", [], |r| {
                    r.get(0)
                })?,
        )
    }

    fn append(&mut self, entries: &[Vec<u8>]) -> Result<Range<u64>, StoreError> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let range = append_in(&tx, entries)?;
        tx.commit()?;
        Ok(range)
    }

    fn entries(&mut self, start: u64, end: u64) -> Result<Vec<StoredEntry>, StoreError> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT seq, body, leaf_hash FROM entries WHERE seq >= ?1 AND seq < ?2 ORDER BY seq",
        )?;
        let rows = stmt.query_map(params![to_i64(start)?, to_i64(end)?], |r| {
            Ok((r.get::<_, i64>(0)?, r.get(1)?, r.get(2)?))
        })?;
        rows.map(|row| {
            let (seq, bytes, leaf_hash) = row?;
            Ok(StoredEntry {
                seq: to_u64(seq)?,
                bytes,
                leaf_hash,
            })
        })
        .collect()
    }

    fn node(&mut self, level: u8, index: u64) -> Result<Option<Hash>, StoreError> {
        let hash: Option<Vec<u8>> = self
            .conn
            .prepare_cached("SELECT hash FROM nodes WHERE level = ?1 AND idx = ?2")?
            .query_row(params![level, to_i64(index)?], |r| r.get(0))
            .optional()?;
        hash.map(|h| to_hash(&h, "a subtree hash")).transpose()
    }

    fn hash_range(&mut self, level: u8, start: u64, end: u64) -> Result<Vec<Hash>, StoreError> {
        let (sql, args) = if level == 0 {
            (
                "SELECT leaf_hash FROM entries WHERE seq >= ?1 AND seq < ?2 ORDER BY seq",
                vec![to_i64(start)?, to_i64(end)?],
            )
        } else {
            (
                "SELECT hash FROM nodes WHERE level = ?3 AND idx >= ?1 AND idx < ?2 ORDER BY idx",
                vec![to_i64(start)?, to_i64(end)?, i64::from(level)],
            )
        };
        let mut stmt = self.conn.prepare_cached(sql)?;
        let rows = stmt.query_map(rusqlite::params_from_iter(args), |r| r.get::<_, Vec<u8>>(0))?;
        let hashes = rows
            .map(|h| to_hash(&h?, "a subtree hash"))
            .collect::<Result<Vec<_>, _>>()?;
        complete_range(hashes, level, start, end)
    }

    fn checkpoint_at(&mut self, size: u64) -> Result<Option<String>, StoreError> {
        Ok(self
            .conn
            .prepare_cached("SELECT note FROM checkpoints WHERE size = ?1")?
            .query_row(params![to_i64(size)?], |r| r.get(0))
            .optional()?)
    }

    fn add_cosignature(&mut self, size: u64, witness: &str, line: &str) -> Result<(), StoreError> {
        self.conn.execute(
            "INSERT OR REPLACE INTO cosignatures (size, witness, line) VALUES (?1, ?2, ?3)",
            params![to_i64(size)?, witness, line],
        )?;
        Ok(())
    }

    fn cosignatures(&mut self, size: u64) -> Result<Vec<String>, StoreError> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT line FROM cosignatures WHERE size = ?1 ORDER BY witness")?;
        let rows = stmt.query_map(params![to_i64(size)?], |r| r.get(0))?;
        Ok(rows.collect::<Result<Vec<String>, _>>()?)
    }

    fn add_checkpoint(&mut self, size: u64, note: &str) -> Result<(), StoreError> {
        self.conn.execute(
            "INSERT OR REPLACE INTO checkpoints (size, note) VALUES (?1, ?2)",
            params![to_i64(size)?, note],
        )?;
        Ok(())
    }

    fn checkpoints(&mut self) -> Result<Vec<(u64, String)>, StoreError> {
        let mut stmt = self
            .conn
            .prepare("SELECT size, note FROM checkpoints ORDER BY size")?;
        let rows = stmt.query_map([], |r| Ok((r.get::<_, i64>(0)?, r.get(1)?)))?;
        rows.map(|r| {
            let (size, note) = r?;
            Ok((to_u64(size)?, note))
        })
        .collect()
    }

    fn latest_checkpoint(&mut self) -> Result<Option<(u64, String)>, StoreError> {
        self.conn
            .prepare_cached("SELECT size, note FROM checkpoints ORDER BY size DESC LIMIT 1")?
            .query_row([], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?)))
            .optional()?
            .map(|(size, note)| Ok((to_u64(size)?, note)))
            .transpose()
    }

    fn row_count(&mut self) -> Result<u64, StoreError> {
        to_u64(
            self.conn
                .query_row("SELECT count(*) FROM entries", [], |r| r.get(0))?,
        )
    }

    fn append_requests(
        &mut self,
        requests: &[AppendRequest],
    ) -> Result<Vec<AppendOutcome>, StoreError> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let plan = {
            let mut lookup = tx.prepare_cached(
                "SELECT request_hash, start, end FROM idempotency WHERE key = ?1",
            )?;
            GroupPlan::new(requests, |key| {
                lookup
                    .query_row(params![key], |r| {
                        Ok((
                            r.get::<_, Vec<u8>>(0)?,
                            r.get::<_, i64>(1)?,
                            r.get::<_, i64>(2)?,
                        ))
                    })
                    .optional()?
                    .map(|(hash, start, end)| Ok((hash, to_u64(start)?, to_u64(end)?)))
                    .transpose()
            })?
        };
        let range = append_in(&tx, &plan.entries)?;
        let (outcomes, keys) = plan.finish(range.start);
        {
            let mut insert = tx.prepare_cached(
                "INSERT INTO idempotency (key, request_hash, start, end) VALUES (?1, ?2, ?3, ?4)",
            )?;
            for (key, hash, start, end) in keys {
                insert.execute(params![key, &hash[..], to_i64(start)?, to_i64(end)?])?;
            }
        }
        tx.commit()?;
        Ok(outcomes)
    }

    fn create_token(&mut self, token: &TokenRecord, entry: &[u8]) -> Result<u64, StoreError> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let taken: bool = tx.query_row(
            "SELECT EXISTS (SELECT 1 FROM tokens WHERE name = ?1)",
            params![token.name],
            |r| r.get(0),
        )?;
        if taken {
            return Err(StoreError::Conflict(format!(
                "a token named `{}` exists already (token names are never reused)",
                token.name
            )));
        }
        tx.execute(
            "INSERT INTO tokens (name, hash, role, created, expires, revoked) VALUES (?1, ?2, ?3, ?4, ?5, NULL)",
            params![
                token.name,
                &token.hash[..],
                token.role,
                to_i64(token.created)?,
                token.expires.map(to_i64).transpose()?
            ],
        )?;
        let range = append_in(&tx, &[entry.to_vec()])?;
        tx.commit()?;
        Ok(range.start)
    }

    fn revoke_token(
        &mut self,
        name: &str,
        at: u64,
        entry: &[u8],
    ) -> Result<Option<u64>, StoreError> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let changed = tx.execute(
            "UPDATE tokens SET revoked = ?2 WHERE name = ?1 AND revoked IS NULL",
            params![name, to_i64(at)?],
        )?;
        if changed == 0 {
            return Ok(None);
        }
        let range = append_in(&tx, &[entry.to_vec()])?;
        tx.commit()?;
        Ok(Some(range.start))
    }

    fn tokens(&mut self) -> Result<Vec<TokenRecord>, StoreError> {
        let mut stmt = self
            .conn
            .prepare(&format!("SELECT {TOKEN_COLUMNS} FROM tokens ORDER BY name"))?;
        let rows = stmt.query_map([], token_row)?;
        rows.map(|r| to_token(r?)).collect()
    }

    fn token_by_hash(&mut self, hash: &Hash) -> Result<Option<TokenRecord>, StoreError> {
        self.conn
            .prepare_cached(&format!(
                "SELECT {TOKEN_COLUMNS} FROM tokens WHERE hash = ?1"
            ))?
            .query_row(params![&hash[..]], token_row)
            .optional()?
            .map(to_token)
            .transpose()
    }

    fn scan(&mut self, start: u64, end: u64, visit: &mut Visit<'_>) -> Result<(), StoreError> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT seq, body, leaf_hash FROM entries WHERE seq >= ?1 AND seq < ?2 ORDER BY seq",
        )?;
        let mut rows = stmt.query(params![to_i64(start)?, to_i64(end)?])?;
        visit_rows(&mut rows, visit)
    }

    fn select(&mut self, selection: &Selection, visit: &mut Visit<'_>) -> Result<(), StoreError> {
        let has_index: bool = self.conn.query_row(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'entry_index'",
            [],
            |r| r.get::<_, i64>(0).map(|n| n == 1),
        )?;
        let (size, indexed) = if has_index {
            index_state(&self.conn)?
        } else {
            (1, 0)
        };
        if indexed != size {
            // A ledger of an earlier version opened read-only: no index to use.
            let size = self.size()?;
            return self.scan(0, size, visit);
        }
        let mut values = vec![selection.service.clone()];
        let mut parts = vec!["SELECT seq FROM entry_index WHERE service IS NULL".to_owned()];
        let list = |items: &[String], values: &mut Vec<String>| {
            let marks = vec!["?"; items.len()].join(", ");
            values.extend(items.iter().cloned());
            marks
        };
        if !selection.kinds.is_empty() {
            let marks = list(&selection.kinds, &mut values);
            parts.push(format!(
                "SELECT seq FROM entry_index WHERE service = ?1 AND kind IN ({marks})"
            ));
        }
        let prefixes = selection.commit_prefixes();
        if !prefixes.is_empty() {
            let marks = list(&prefixes, &mut values);
            parts.push(format!(
                "SELECT seq FROM entry_index WHERE service = ?1 AND commit_lc IN ({marks})"
            ));
        }
        if let Some(artifact) = &selection.artifact {
            let marks = list(std::slice::from_ref(artifact), &mut values);
            parts.push(format!(
                "SELECT seq FROM entry_index WHERE service = ?1 AND artifact IN ({marks})"
            ));
        }
        let sql = format!(
            "SELECT e.seq, e.body, e.leaf_hash FROM entries e WHERE e.seq IN ({}) ORDER BY e.seq",
            parts.join(" UNION ")
        );
        let mut stmt = self.conn.prepare(&sql)?;
        let mut rows = stmt.query(rusqlite::params_from_iter(values.iter()))?;
        visit_rows(&mut rows, visit)
    }
}
