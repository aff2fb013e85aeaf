//! One conformance suite, run against SQLite and against the real PostgreSQL
//! server (`SHIPGATE_TEST_DATABASE_URL`; skipped when unreachable unless
//! `SHIPGATE_REQUIRE_POSTGRES=1`). It includes the attacks `verify` must catch.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a test fails by panicking"
)]

use std::sync::atomic::{AtomicU32, Ordering};

use serde_json::json;
use shipgate_ledger::checkpoint::Checkpoint;
use shipgate_ledger::entry::canonical_entry;
use shipgate_ledger::hash::leaf_hash;
use shipgate_ledger::note::{KeyKind, SignerKey};
use shipgate_ledger::store::{
    AppendOutcome, AppendRequest, IdempotencyKey, PostgresStore, Selection, SqliteStore, Store,
    StoreError, StoreReader, TokenRecord, consistency_proof_batched, inclusion_proof_batched,
};
use shipgate_ledger::tree::{
    MemoryTree, consistency_proof, inclusion_proof, root, verify_consistency, verify_inclusion,
};
use shipgate_ledger::verify::verify_store;

static COUNTER: AtomicU32 = AtomicU32::new(0);

/// A backend under test: a way to open the same store again, and to run raw SQL on it.
trait Backend {
    fn open(&self) -> Box<dyn Store>;
    fn sql(&self, statement: &str);
    fn table(&self, name: &str) -> String;
}

struct Sqlite(std::path::PathBuf);

impl Backend for Sqlite {
    fn open(&self) -> Box<dyn Store> {
        Box::new(SqliteStore::open(&self.0).unwrap())
    }
    fn sql(&self, statement: &str) {
        let mut store = SqliteStore::open(&self.0).unwrap();
        store.connection().execute_batch(statement).unwrap();
    }
    fn table(&self, name: &str) -> String {
        name.to_owned()
    }
}

struct Postgres(String);

impl Backend for Postgres {
    fn open(&self) -> Box<dyn Store> {
        Box::new(PostgresStore::open(&self.0).unwrap())
    }
    fn sql(&self, statement: &str) {
        let mut store = PostgresStore::open(&self.0).unwrap();
        store.client().batch_execute(statement).unwrap();
    }
    fn table(&self, name: &str) -> String {
        format!("shipgate_{name}")
    }
}

fn sqlite() -> Sqlite {
    let n = COUNTER.fetch_add(1, Ordering::SeqCst);
    let dir = std::env::temp_dir().join(format!("shipgate-ledger-{}-{n}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    Sqlite(dir.join("ledger.db"))
}

fn postgres() -> Option<Postgres> {
    let base = std::env::var("SHIPGATE_TEST_DATABASE_URL")
        .unwrap_or_else(|_| "host=127.0.0.1 user=postgres dbname=test".into());
    let mut admin = match postgres::Client::connect(&base, postgres::NoTls) {
        Ok(c) => c,
        Err(e) => {
            assert!(
                std::env::var("SHIPGATE_REQUIRE_POSTGRES").as_deref() != Ok("1"),
                "PostgreSQL is required but `{base}` is not reachable: {e}"
            );
            eprintln!("SKIPPED: PostgreSQL at `{base}` is not reachable: {e}");
            return None;
        }
    };
    let n = COUNTER.fetch_add(1, Ordering::SeqCst);
    let schema = format!("shipgate_ledger_test_{}_{n}", std::process::id());
    admin
        .batch_execute(&format!(
            "DROP SCHEMA IF EXISTS {schema} CASCADE; CREATE SCHEMA {schema};"
        ))
        .unwrap();
    Some(Postgres(format!(
        "{base} options='-c search_path={schema}'"
    )))
}

fn entry(i: u64) -> Vec<u8> {
    canonical_entry(&json!({
        "v": 1, "kind": "gate", "time": "2026-11-23T19:01:00Z", "service": "payments",
        "environment": "production", "commit": "0123456789abcdef0123456789abcdef01234567", "artifact": null,
        "actor": {"id": format!("ci-{i}"), "via": "gitlab-ci"}, "ci": null,
        "body": {"gate": "migrations", "outcome": "pass", "n": i}
    }))
    .unwrap()
}

fn key() -> SignerKey {
    SignerKey::generate("audit.example/payments", KeyKind::Log).unwrap()
}

fn checkpoint(store: &mut dyn Store, key: &SignerKey) -> String {
    let size = store.size().unwrap();
    let root = root(&mut StoreReader(store), size).unwrap();
    let note = Checkpoint {
        origin: "audit.example/payments".into(),
        size,
        root,
    }
    .sign(key)
    .unwrap();
    store.add_checkpoint(size, &note).unwrap();
    note
}

fn append_and_read(b: &dyn Backend) {
    let mut store = b.open();
    assert_eq!(store.size().unwrap(), 0);
    assert_eq!(store.append(&[entry(0)]).unwrap(), 0..1);
    assert_eq!(store.append(&[entry(1), entry(2)]).unwrap(), 1..3);
    let batch: Vec<Vec<u8>> = (3..103).map(entry).collect();
    assert_eq!(store.append(&batch).unwrap(), 3..103);
    drop(store);
    let mut store = b.open();
    assert_eq!(store.size().unwrap(), 103);
    let read = store.entries(0, 103).unwrap();
    assert_eq!(read.len(), 103);
    for (i, e) in read.iter().enumerate() {
        assert_eq!(e.seq, i as u64);
        assert_eq!(e.bytes, entry(i as u64));
        assert_eq!(e.leaf_hash, leaf_hash(&e.bytes));
    }
}

/// Tile reads: a range of leaf or subtree hashes in one read, as the
/// in-memory tree has them; a range past the log is corrupt, never short.
fn hash_ranges_and_cosignatures(b: &dyn Backend) {
    let mut store = b.open();
    let batch: Vec<Vec<u8>> = (0..600).map(entry).collect();
    store.append(&batch).unwrap();
    let mut memory = MemoryTree::new(batch.iter().map(|e| leaf_hash(e)).collect());
    for (level, start, end) in [
        (0u8, 0u64, 256u64),
        (0, 512, 600),
        (1, 0, 300),
        (8, 0, 2),
        (3, 70, 75),
    ] {
        let want: Vec<_> = (start..end)
            .map(|i| shipgate_ledger::tree::HashReader::hash(&mut memory, level, i).unwrap())
            .collect();
        assert_eq!(
            store.hash_range(level, start, end).unwrap(),
            want,
            "({level}, {start}..{end})"
        );
    }
    assert!(store.hash_range(0, 0, 0).unwrap().is_empty());
    for (level, start, end) in [(0u8, 590u64, 601u64), (8, 0, 3), (1, 299, 301)] {
        let error = store.hash_range(level, start, end).unwrap_err();
        assert!(
            matches!(error, StoreError::Corrupt(_)),
            "({level}, {start}..{end}): {error}"
        );
    }

    let key = key();
    assert_eq!(store.checkpoint_at(600).unwrap(), None);
    let note = checkpoint(store.as_mut(), &key);
    assert_eq!(store.checkpoint_at(600).unwrap(), Some(note));
    assert_eq!(store.checkpoint_at(599).unwrap(), None);
    assert!(store.cosignatures(600).unwrap().is_empty());
    store
        .add_cosignature(600, "w2+00000002", "— w2 BBBB")
        .unwrap();
    store
        .add_cosignature(600, "w1+00000001", "— w1 AAAA")
        .unwrap();
    store
        .add_cosignature(600, "w1+00000001", "— w1 CCCC")
        .unwrap();
    store
        .add_cosignature(599, "w1+00000001", "— w1 DDDD")
        .unwrap();
    assert_eq!(store.cosignatures(600).unwrap(), ["— w1 CCCC", "— w2 BBBB"]);
    assert_eq!(store.cosignatures(599).unwrap(), ["— w1 DDDD"]);
}

/// `read_ranges`: entries and hash ranges together, as the stores hold
/// them; a range beyond what is stored, or a deleted row, is corrupt.
fn ranges_read_together(b: &dyn Backend) {
    let mut store = b.open();
    let batch: Vec<Vec<u8>> = (0..600).map(entry).collect();
    store.append(&batch).unwrap();
    let mut memory = MemoryTree::new(batch.iter().map(|e| leaf_hash(e)).collect());
    let ranges = [(1u8, 0u64..256u64), (3, 64..75), (8, 0..2), (9, 0..1)];
    let read = store.read_ranges(256..300, &ranges).unwrap();
    let seqs: Vec<u64> = read.entries.iter().map(|e| e.seq).collect();
    assert_eq!(seqs, (256..300).collect::<Vec<_>>());
    for e in &read.entries {
        assert_eq!(e.bytes, batch[usize::try_from(e.seq).unwrap()]);
        assert_eq!(e.leaf_hash, leaf_hash(&e.bytes).to_vec());
    }
    let mut want = Vec::new();
    for (level, range) in &ranges {
        for i in range.clone() {
            let hash = shipgate_ledger::tree::HashReader::hash(&mut memory, *level, i).unwrap();
            want.push(((*level, i), hash));
        }
    }
    let mut got = read.hashes.clone();
    got.sort_unstable();
    want.sort_unstable();
    assert_eq!(got, want);
    let nothing = store.read_ranges(0..0, &[]).unwrap();
    assert!(nothing.entries.is_empty() && nothing.hashes.is_empty());
    for (entries, ranges) in [
        (590..601, vec![]),
        (0..1, vec![(8u8, 0..3)]),
        (0..0, vec![(1, 299..301)]),
    ] {
        let error = store.read_ranges(entries.clone(), &ranges).unwrap_err();
        assert!(
            matches!(error, StoreError::Corrupt(_)),
            "{entries:?} {ranges:?}: {error}"
        );
    }
    b.sql(&format!(
        "DELETE FROM {} WHERE seq = 280",
        b.table("entries")
    ));
    let mut store = b.open();
    assert!(matches!(
        store.read_ranges(256..300, &[]),
        Err(StoreError::Corrupt(_))
    ));
}

fn proofs_agree_with_an_in_memory_tree(b: &dyn Backend) {
    let mut store = b.open();
    for chunk in (0..77u64).collect::<Vec<_>>().chunks(9) {
        store
            .append(&chunk.iter().map(|i| entry(*i)).collect::<Vec<_>>())
            .unwrap();
    }
    let leaves: Vec<_> = (0..77).map(|i| leaf_hash(&entry(i))).collect();
    let mut memory = MemoryTree::new(leaves.clone());
    for size in [1u64, 2, 3, 16, 31, 64, 77] {
        let stored_root = root(&mut StoreReader(store.as_mut()), size).unwrap();
        assert_eq!(
            stored_root,
            root(&mut memory, size).unwrap(),
            "root at {size}"
        );
        for index in [0, size / 2, size - 1] {
            let proof = inclusion_proof(&mut StoreReader(store.as_mut()), index, size).unwrap();
            verify_inclusion(
                &leaves[usize::try_from(index).unwrap()],
                index,
                size,
                &proof,
                &stored_root,
            )
            .unwrap();
            assert_eq!(
                inclusion_proof_batched(store.as_mut(), index, size).unwrap(),
                proof,
                "batched inclusion proof of {index} in {size}"
            );
        }
        for old in [1, size / 3 + 1, size] {
            let old_root = root(&mut memory, old).unwrap();
            let proof = consistency_proof(&mut StoreReader(store.as_mut()), old, size).unwrap();
            verify_consistency(old, size, &old_root, &stored_root, &proof).unwrap();
            assert_eq!(
                consistency_proof_batched(store.as_mut(), old, size).unwrap(),
                proof,
                "batched consistency proof of {old} in {size}"
            );
        }
    }
}

fn checkpoints_and_clean_verification(b: &dyn Backend) {
    assert_eq!(b.open().latest_checkpoint().unwrap(), None);
    let key = key();
    let mut store = b.open();
    store
        .append(&(0..10).map(entry).collect::<Vec<_>>())
        .unwrap();
    let note = checkpoint(store.as_mut(), &key);
    assert_eq!(store.checkpoints().unwrap(), [(10, note.clone())]);
    store.add_checkpoint(3, "older").unwrap();
    assert_eq!(store.latest_checkpoint().unwrap(), Some((10, note.clone())));
    store.add_checkpoint(3, "").unwrap();
    b.sql(&format!(
        "DELETE FROM {} WHERE size = 3",
        b.table("checkpoints")
    ));
    let report = verify_store(store.as_mut(), &[key.verifier()], &[note]).unwrap();
    assert!(report.ok(), "{:?}", report.problems);
    assert_eq!(report.latest.unwrap().size, 10);
    // A checkpoint signed by another key is not trusted.
    let report = verify_store(
        store.as_mut(),
        &[SignerKey::generate("audit.example/payments", KeyKind::Log)
            .unwrap()
            .verifier()],
        &[],
    )
    .unwrap();
    assert!(!report.ok());
}

fn concurrent_writers_never_fork(b: &(dyn Backend + Sync)) {
    std::thread::scope(|s| {
        for w in 0..4u64 {
            s.spawn(move || {
                let mut store = b.open();
                for k in 0..25u64 {
                    store
                        .append(
                            &(0..4)
                                .map(|i| entry(w * 1000 + k * 10 + i))
                                .collect::<Vec<_>>(),
                        )
                        .unwrap();
                }
            });
        }
    });
    let mut store = b.open();
    assert_eq!(store.size().unwrap(), 400);
    let report = verify_store(store.as_mut(), &[], &[]).unwrap();
    assert!(report.ok(), "{:?}", report.problems);
    let seqs: Vec<u64> = store
        .entries(0, 400)
        .unwrap()
        .iter()
        .map(|e| e.seq)
        .collect();
    assert_eq!(seqs, (0..400).collect::<Vec<_>>());
}

/// A log of 20 entries with a trusted checkpoint saved after every append, as an auditor would.
fn watched_log(b: &dyn Backend, key: &SignerKey) -> Vec<String> {
    let mut store = b.open();
    let mut trusted = Vec::new();
    for i in 0..20 {
        store.append(&[entry(i)]).unwrap();
        trusted.push(checkpoint(store.as_mut(), key));
    }
    trusted
}

fn first_bad(b: &dyn Backend, key: &SignerKey, trusted: &[String]) -> (Option<u64>, String) {
    let mut store = b.open();
    let report = verify_store(store.as_mut(), &[key.verifier()], trusted).unwrap();
    assert!(!report.ok(), "the attack went unnoticed");
    let first = &report.problems[0];
    (first.index, first.message.clone())
}

fn attack_update_entry_bytes(b: &dyn Backend) {
    let key = key();
    watched_log(b, &key);
    let table = b.table("entries");
    b.sql(&format!(
        "UPDATE {table} SET body = (SELECT body FROM {table} WHERE seq = 3) WHERE seq = 7"
    ));
    let (index, message) = first_bad(b, &key, &[]);
    assert_eq!(index, Some(7), "{message}");
    assert!(message.contains("entry 7 was changed"), "{message}");
}

/// Issue 9 #15: one checkpoint for the whole log, entry 3 changed: entry 3 is
/// named, not the start of the range the checkpoint covers.
fn attack_update_entry_bytes_one_checkpoint(b: &dyn Backend) {
    let key = key();
    let mut store = b.open();
    store
        .append(&(0..10).map(entry).collect::<Vec<_>>())
        .unwrap();
    checkpoint(store.as_mut(), &key);
    drop(store);
    let table = b.table("entries");
    b.sql(&format!(
        "UPDATE {table} SET body = (SELECT body FROM {table} WHERE seq = 5) WHERE seq = 3"
    ));
    let mut store = b.open();
    let report = verify_store(store.as_mut(), &[key.verifier()], &[]).unwrap();
    assert_eq!(report.problems.len(), 1, "{:?}", report.problems);
    let first = &report.problems[0];
    assert_eq!((first.index, first.until), (Some(3), None), "{first:?}");
    assert!(first.message.contains("entry 3 was changed"), "{first:?}");
    // The recorded hash rewritten too: the checkpoint can only bracket it.
    b.sql(&format!(
        "UPDATE {table} SET leaf_hash = (SELECT leaf_hash FROM {table} WHERE seq = 5) WHERE seq = 3"
    ));
    let report = verify_store(store.as_mut(), &[key.verifier()], &[]).unwrap();
    let first = &report.problems[0];
    assert_eq!((first.index, first.until), (Some(0), Some(10)), "{first:?}");
    assert!(first.message.contains("0..9"), "{first:?}");
}

fn attack_delete_row(b: &dyn Backend) {
    let key = key();
    watched_log(b, &key);
    b.sql(&format!(
        "DELETE FROM {} WHERE seq = 11",
        b.table("entries")
    ));
    let (index, message) = first_bad(b, &key, &[]);
    assert_eq!(index, Some(11), "{message}");
    assert!(message.contains("entry 11 is missing"), "{message}");
}

fn attack_reorder_rows(b: &dyn Backend) {
    let key = key();
    watched_log(b, &key);
    let t = b.table("entries");
    // Swap two entries completely, recorded hashes included.
    b.sql(&format!(
        "UPDATE {t} SET seq = -1 WHERE seq = 5; UPDATE {t} SET seq = 5 WHERE seq = 6; UPDATE {t} SET seq = 6 WHERE seq = -1;"
    ));
    let (index, message) = first_bad(b, &key, &[]);
    assert_eq!(index, Some(5), "{message}");
}

fn attack_rebuild_and_resign(b: &dyn Backend, fresh: &dyn Backend) {
    let key = key();
    let trusted = watched_log(b, &key);
    // The attacker rebuilds the whole log elsewhere with entry 9 changed, signs
    // a new checkpoint with the same key, and swaps the tables in.
    let mut forged = fresh.open();
    for i in 0..20 {
        forged
            .append(&[entry(if i == 9 { 999 } else { i })])
            .unwrap();
    }
    let forged_note = checkpoint(forged.as_mut(), &key);
    let report = verify_store(forged.as_mut(), &[key.verifier()], &[]).unwrap();
    assert!(
        report.ok(),
        "without outside evidence the forgery is self-consistent: {:?}",
        report.problems
    );
    let (index, message) = first_bad(fresh, &key, &trusted);
    assert_eq!(index, Some(9), "{message}");
    assert!(message.contains("entry 9 was changed"), "{message}");
    // One old trusted checkpoint alone still catches it, as a range.
    let (index, message) = first_bad(fresh, &key, &trusted[15..16]);
    assert_eq!(index, Some(0), "{message}");
    assert!(message.contains("0..15"), "{message}");
    drop(forged_note);
}

fn attack_truncate(b: &dyn Backend) {
    let key = key();
    let trusted = watched_log(b, &key);
    let (e, m, c) = (b.table("entries"), b.table("meta"), b.table("checkpoints"));
    let nodes = b.table("nodes");
    b.sql(&format!("DELETE FROM {e} WHERE seq >= 12; DELETE FROM {c} WHERE size > 12; UPDATE {m} SET value = 12 WHERE key = 'size'; DELETE FROM {nodes} WHERE (idx + 1) * (1 << level) > 12;"));
    let mut store = b.open();
    // Re-signed by the attacker at the truncated size: internally consistent.
    checkpoint(store.as_mut(), &key);
    assert!(
        verify_store(store.as_mut(), &[key.verifier()], &[])
            .unwrap()
            .ok()
    );
    let (index, message) = first_bad(b, &key, &trusted[19..]);
    assert_eq!(index, Some(12), "{message}");
    assert!(message.contains("truncated"), "{message}");
    // Appending goes on after the truncation is found.
    store.append(&[entry(100)]).unwrap();
}

fn request(key: Option<(&str, u8)>, entries: &[u64]) -> AppendRequest {
    AppendRequest {
        idempotency: key.map(|(key, hash)| IdempotencyKey {
            key: key.into(),
            request_hash: [hash; 32],
        }),
        entries: entries.iter().map(|&i| entry(i)).collect(),
    }
}

/// Group commit: one transaction, outcomes in request order; a stored key
/// replays its first ranges, in the same group and after reopening; another
/// request under a used key appends nothing.
fn group_commit_and_idempotency(b: &dyn Backend) {
    let mut store = b.open();
    store.append(&[entry(0)]).unwrap();
    let outcomes = store
        .append_requests(&[
            request(Some(("a", 1)), &[1, 2]),
            request(None, &[3]),
            request(Some(("a", 1)), &[1, 2]),
            request(Some(("a", 9)), &[4]),
            request(Some(("b", 2)), &[5]),
        ])
        .unwrap();
    assert_eq!(
        outcomes,
        vec![
            AppendOutcome::Appended(1..3),
            AppendOutcome::Appended(3..4),
            AppendOutcome::Replayed(1..3),
            AppendOutcome::KeyReused,
            AppendOutcome::Appended(4..5),
        ]
    );
    assert_eq!(store.size().unwrap(), 5);
    drop(store);
    let mut store = b.open();
    let outcomes = store
        .append_requests(&[
            request(Some(("b", 2)), &[5]),
            request(Some(("a", 3)), &[6]),
            request(None, &[7]),
        ])
        .unwrap();
    assert_eq!(
        outcomes,
        vec![
            AppendOutcome::Replayed(4..5),
            AppendOutcome::KeyReused,
            AppendOutcome::Appended(5..6),
        ]
    );
    assert_eq!(store.size().unwrap(), 6);
    assert_eq!(store.entries(5, 6).unwrap()[0].bytes, entry(7));
    // The tree stays consistent: the group's entries prove like any others.
    let leaves: Vec<_> = store
        .entries(0, 6)
        .unwrap()
        .iter()
        .map(|e| leaf_hash(&e.bytes))
        .collect();
    assert_eq!(
        root(&mut StoreReader(store.as_mut()), 6).unwrap(),
        root(&mut MemoryTree::new(leaves), 6).unwrap()
    );
}

/// Tokens: stored with their admin entry in one transaction, names never
/// reused, revocation once, lookup by hash.
fn tokens(b: &dyn Backend) {
    let mut store = b.open();
    let token = TokenRecord {
        name: "ci".into(),
        hash: [7; 32],
        role: "recorder".into(),
        created: 100,
        expires: Some(200),
        revoked: None,
    };
    assert_eq!(store.create_token(&token, &entry(0)).unwrap(), 0);
    assert!(matches!(
        store.create_token(&token, &entry(1)),
        Err(StoreError::Conflict(_))
    ));
    assert_eq!(store.size().unwrap(), 1, "a refused token appends nothing");
    assert_eq!(store.token_by_hash(&[7; 32]).unwrap(), Some(token.clone()));
    assert_eq!(store.token_by_hash(&[8; 32]).unwrap(), None);
    assert!(token.is_active(199) && !token.is_active(200));
    assert_eq!(store.revoke_token("ci", 150, &entry(2)).unwrap(), Some(1));
    assert_eq!(store.revoke_token("ci", 160, &entry(3)).unwrap(), None);
    assert_eq!(store.revoke_token("nobody", 160, &entry(3)).unwrap(), None);
    assert_eq!(store.size().unwrap(), 2);
    let listed = store.tokens().unwrap();
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0].revoked, Some(150));
    assert!(!listed[0].is_active(160));
}

fn typed(kind: &str, service: &str, commit: Option<&str>, artifact: Option<&str>) -> Vec<u8> {
    canonical_entry(&json!({
        "v": 1, "kind": kind, "time": "2026-11-23T19:01:00Z", "service": service,
        "environment": "production", "commit": commit, "artifact": artifact,
        "actor": {"id": "ci", "via": "gitlab-ci"}, "ci": null, "body": {}
    }))
    .unwrap()
}

fn selected(store: &mut dyn Store, selection: &Selection) -> Vec<u64> {
    let mut seqs = Vec::new();
    store
        .select(selection, &mut |seq, _, _| {
            seqs.push(seq);
            true
        })
        .unwrap();
    seqs
}

/// The entry index selects what a release decision needs and skips the rest;
/// an entry it cannot read is always selected; a ledger written before the
/// index existed is indexed when opened.
fn entry_index(b: &dyn Backend) {
    let mut store = b.open();
    let commit = "0123456789ABCDEF0123456789abcdef01234567";
    store
        .append(&[
            typed(
                "gate",
                "payments",
                Some("0123456789abcdef0123456789abcdef01234567"),
                None,
            ), // 0: the commit
            typed("gate", "payments", Some("0123456"), None), // 1: its 7-digit prefix
            typed("gate", "payments", Some("0123457"), None), // 2: not a prefix of it
            typed(
                "gate",
                "payments",
                Some("fedcba9876543210fedcba9876543210fedcba98"),
                None,
            ), // 3: another commit
            typed("deployment", "payments", Some("fedcba9"), None), // 4: a deployment of any commit
            typed("gate", "ledger-api", Some(commit), None),  // 5: another service
            typed("smoke", "payments", None, Some("sha256:aa")), // 6: the artifact
            b"{\"not\":\"an entry\"}".to_vec(),               // 7: unreadable: always selected
        ])
        .unwrap();
    let selection = Selection {
        service: "payments".into(),
        kinds: vec!["deployment".into()],
        commit: Some(commit.into()),
        artifact: Some("sha256:aa".into()),
    };
    assert_eq!(selected(&mut *store, &selection), [0, 1, 4, 6, 7]);
    let deployments = Selection {
        service: "payments".into(),
        kinds: vec!["deployment".into(), "rollback".into()],
        ..Selection::default()
    };
    assert_eq!(selected(&mut *store, &deployments), [4, 7]);
    drop(store);

    // A ledger from before the index: its index is built when it is opened.
    b.sql(&format!(
        "DELETE FROM {}; UPDATE {} SET value = 0 WHERE key = 'indexed'",
        b.table("entry_index"),
        b.table("meta")
    ));
    let mut store = b.open();
    assert_eq!(selected(&mut *store, &deployments), [4, 7]);
    store
        .append(&[typed("rollback", "payments", None, None)])
        .unwrap();
    assert_eq!(selected(&mut *store, &deployments), [4, 7, 8]);
}

fn suite(b: &(dyn Backend + Sync), fresh: &mut dyn FnMut() -> Box<dyn Backend>) {
    entry_index(&*fresh());
    group_commit_and_idempotency(&*fresh());
    tokens(&*fresh());
    append_and_read(&*fresh());
    hash_ranges_and_cosignatures(&*fresh());
    ranges_read_together(&*fresh());
    proofs_agree_with_an_in_memory_tree(&*fresh());
    checkpoints_and_clean_verification(&*fresh());
    concurrent_writers_never_fork(b);
    attack_update_entry_bytes(&*fresh());
    attack_update_entry_bytes_one_checkpoint(&*fresh());
    attack_delete_row(&*fresh());
    attack_reorder_rows(&*fresh());
    attack_rebuild_and_resign(&*fresh(), &*fresh());
    attack_truncate(&*fresh());
}

#[test]
fn sqlite_conformance() {
    let shared = sqlite();
    suite(&shared, &mut || Box::new(sqlite()));
}

#[test]
fn postgres_conformance() {
    let Some(shared) = postgres() else { return };
    suite(&shared, &mut || {
        Box::new(postgres().expect("PostgreSQL was reachable a moment ago"))
    });
    eprintln!("postgres ledger conformance: ok");
}

#[test]
fn corrupt_sqlite_file_is_a_clear_error() {
    let b = sqlite();
    std::fs::create_dir_all(b.0.parent().unwrap()).unwrap();
    std::fs::write(
        &b.0,
        b"this is not a database, just text pretending to be one",
    )
    .unwrap();
    let err = SqliteStore::open(&b.0)
        .err()
        .expect("a corrupt file must not open");
    assert!(err.to_string().contains("not a SQLite database"), "{err}");
}

/// Issue 9 #13: a read-only store reads what the writer wrote, refuses
/// writes, creates nothing, and a missing ledger is an error, not a new one.
fn read_only_reads_and_never_writes(b: &dyn Backend, read_only: &dyn Fn() -> Box<dyn Store>) {
    let key = key();
    let mut store = b.open();
    store
        .append(&(0..5).map(entry).collect::<Vec<_>>())
        .unwrap();
    let note = checkpoint(store.as_mut(), &key);
    drop(store);
    let mut reader = read_only();
    assert_eq!(reader.size().unwrap(), 5);
    assert_eq!(reader.entries(2, 3).unwrap()[0].bytes, entry(2));
    assert_eq!(reader.checkpoints().unwrap(), vec![(5, note)]);
    assert!(
        verify_store(reader.as_mut(), &[key.verifier()], &[])
            .unwrap()
            .ok()
    );
    assert!(
        reader.append(&[entry(5)]).is_err(),
        "a read-only store refuses appends"
    );
    assert!(reader.add_checkpoint(9, "x").is_err());
    assert_eq!(b.open().size().unwrap(), 5);
}

#[test]
fn sqlite_read_only() {
    let b = sqlite();
    let path = b.0.clone();
    let err = SqliteStore::open_read_only(&path)
        .err()
        .expect("no ledger yet");
    assert!(
        matches!(err, shipgate_ledger::store::StoreError::NotFound(_)),
        "{err}"
    );
    assert!(!path.parent().unwrap().exists(), "reading creates nothing");
    read_only_reads_and_never_writes(&b, &|| {
        Box::new(SqliteStore::open_read_only(&path).unwrap())
    });
    let dir = path.parent().unwrap();
    // A SQLite file that is not a ledger is named as such.
    let other = dir.join("other.db");
    rusqlite::Connection::open(&other)
        .unwrap()
        .execute_batch("CREATE TABLE t (a)")
        .unwrap();
    let err = SqliteStore::open_read_only(&other)
        .err()
        .expect("not a ledger");
    assert!(err.to_string().contains("not a shipgate ledger"), "{err}");
}

#[test]
fn postgres_read_only() {
    let Some(b) = postgres() else { return };
    let url = b.0.clone();
    let err = PostgresStore::open_read_only(&url)
        .err()
        .expect("no tables yet");
    assert!(
        matches!(err, shipgate_ledger::store::StoreError::NotFound(_)),
        "{err}"
    );
    read_only_reads_and_never_writes(&b, &|| {
        Box::new(PostgresStore::open_read_only(&url).unwrap())
    });
}

#[test]
fn an_old_ledger_opened_read_only_is_scanned_whole() {
    // Written before the entry index existed, and opened read-only (nothing
    // may be written, so nothing is indexed): every entry is visited.
    let b = sqlite();
    b.open()
        .append(&[
            typed("gate", "payments", None, None),
            typed("deployment", "payments", None, None),
        ])
        .unwrap();
    b.sql("DROP TABLE entry_index; DELETE FROM meta WHERE key = 'indexed'");
    let mut store = SqliteStore::open_read_only(&b.0).unwrap();
    let deployments = Selection {
        service: "payments".into(),
        kinds: vec!["deployment".into()],
        ..Selection::default()
    };
    assert_eq!(selected(&mut store, &deployments), [0, 1]);
}
