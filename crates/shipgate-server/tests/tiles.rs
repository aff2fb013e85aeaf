//! The log as C2SP tlog-tiles, read by a client written from the specs
//! alone (`common::tlog`): the checkpoint verifies with the log's vkey, the
//! entry bundles hash to the level-0 tiles, the tiles give the checkpoint's
//! root, inclusion proofs and consistency between two checkpoints as the log
//! grows past 65,536 entries (full level-1 tiles, a partial level-2 tile).
//! And the refusals: a tampered tile or entry is detected, tiles beyond the
//! checkpoint are 404, malformed paths 400, private tiles need an auditor.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a test fails by panicking"
)]

mod common;

use std::fmt::Write as _;

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as B64;
use common::tlog::{
    Checkpoint, TileReader, Vkey, leaf_hash, open_checkpoint, tile_path, tile_root,
    verify_consistency, verify_inclusion,
};
use common::{Http, TestServer, key, off_runtime, postgres_location, sqlite_location, token};
use hyper::StatusCode;
use serde_json::json;
use shipgate_ledger::entry::canonical_entry;
use shipgate_ledger::note::SignerKey;
use shipgate_server::ServerConfig;
use shipgate_server::auth::Role;

fn hex(bytes: &[u8]) -> String {
    bytes.iter().fold(String::new(), |mut out, b| {
        let _ = write!(out, "{b:02x}");
        out
    })
}

/// Appends `count` entries through the API, 1000 per request.
async fn append(http: &Http, server: &TestServer, token: &str, from: u64, count: u64) {
    let mut n = from;
    while n < from + count {
        let batch: Vec<_> = (n..(n + 1000).min(from + count))
            .map(|i| common::entry("gate", i))
            .collect();
        let answer = http
            .post(
                server.addr,
                "/v1/entries",
                Some(token),
                json!({"entries": batch}).to_string(),
            )
            .await;
        assert_eq!(answer.status, StatusCode::CREATED, "{}", answer.text());
        n += u64::try_from(batch.len()).unwrap();
    }
}

/// Appends `count` entries straight to the store (much faster than HTTP
/// for the 65,000 entries that make a level-1 tile full).
fn append_direct(location: &str, from: u64, count: u64) {
    let location = location.to_owned();
    off_runtime(move || {
        let mut store = shipgate_ledger::store::open(&location).unwrap();
        let mut n = from;
        while n < from + count {
            let batch: Vec<Vec<u8>> = (n..(n + 5000).min(from + count))
                .map(|i| {
                    let mut e = common::entry("gate", i);
                    e["v"] = json!(1);
                    e["time"] = json!("2026-11-30T12:00:00Z");
                    e["artifact"] = json!(null);
                    e["ci"] = json!(null);
                    e["actor"] = json!({"id": "test", "via": "local"});
                    canonical_entry(&e).unwrap()
                })
                .collect();
            store.append(&batch).unwrap();
            n += u64::try_from(batch.len()).unwrap();
        }
    });
}

async fn sign(http: &Http, server: &TestServer, admin: &str) {
    let answer = http
        .post(server.addr, "/v1/checkpoint", Some(admin), "")
        .await;
    assert_eq!(answer.status, StatusCode::CREATED, "{}", answer.text());
}

async fn checkpoint(http: &Http, server: &TestServer, vkey: &Vkey) -> Checkpoint {
    let answer = http.get(server.addr, "/checkpoint", None).await;
    assert_eq!(answer.status, StatusCode::OK, "{}", answer.text());
    assert_eq!(answer.headers["content-type"], "text/plain; charset=utf-8");
    assert_eq!(answer.headers["cache-control"], "public, no-cache");
    open_checkpoint(&answer.text(), vkey).unwrap()
}

/// Reads the whole log through its tiles: every bundle against its leaf
/// hashes, the root against the checkpoint, inclusion of `chosen` entries.
async fn verify_from_tiles(
    http: &Http,
    server: &TestServer,
    cp: &Checkpoint,
    chosen: &[u64],
    admin: &str,
) {
    let mut reader = TileReader::new(http, server.addr, None, cp.size);
    let bundles = cp.size.div_ceil(256);
    let mut leaves = Vec::new();
    for n in 0..bundles {
        for entry in reader.entries(n).await.unwrap() {
            leaves.push(leaf_hash(&entry));
        }
    }
    assert_eq!(leaves.len() as u64, cp.size);
    assert_eq!(reader.mth(0, cp.size).await.unwrap(), cp.root);
    for &i in chosen {
        let proof = reader.inclusion(i, 0, cp.size).await.unwrap();
        let leaf = leaves[usize::try_from(i).unwrap()];
        assert!(
            verify_inclusion(leaf, i, cp.size, &proof, &cp.root),
            "entry {i}"
        );
        assert!(!verify_inclusion(leaf, i ^ 1, cp.size, &proof, &cp.root) || cp.size == 1);
        // The server's own proof agrees with the one made from tiles.
        let served = http
            .get(
                server.addr,
                &format!("/v1/proof/inclusion?seq={i}&size={}", cp.size),
                Some(admin),
            )
            .await;
        assert_eq!(served.status, StatusCode::OK, "{}", served.text());
        let ours: Vec<String> = proof.iter().map(|h| B64.encode(h)).collect();
        assert_eq!(served.json()["path"], json!(ours), "entry {i}");
    }
}

async fn the_log_reads_back_through_tiles(location: String) {
    let key = key();
    let vkey = Vkey::parse(&key.verifier().to_text()).unwrap();
    let server = TestServer::start(&location, &key).await;
    let http = Http::default();

    // Before the first checkpoint there is nothing to serve. (Asked before
    // the admin token is made: making it is a ledger entry, which the
    // checkpointer's first tick, late on a busy machine, could sign.)
    assert_eq!(
        http.get(server.addr, "/checkpoint", None).await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        http.get(server.addr, "/tile/0/000.p/1", None).await.status,
        StatusCode::NOT_FOUND
    );
    let admin = token(&location, "admin", Role::Admin, None).await;

    append(&http, &server, &admin, 0, 700).await;
    sign(&http, &server, &admin).await;
    let first = checkpoint(&http, &server, &vkey).await;
    assert_eq!(first.origin, "audit.test/payments");
    assert_eq!(first.size, 701, "700 entries and the admin token's entry");
    verify_from_tiles(&http, &server, &first, &[0, 1, 255, 256, 511, 700], &admin).await;

    // Headers: full tiles are immutable, partial ones short-lived.
    let full = http.get(server.addr, "/tile/0/001", None).await;
    assert_eq!(full.status, StatusCode::OK);
    assert_eq!(full.body.len(), 256 * 32);
    assert_eq!(full.headers["content-type"], "application/octet-stream");
    assert_eq!(
        full.headers["cache-control"],
        "public, max-age=31536000, immutable"
    );
    let partial = http.get(server.addr, "/tile/0/002.p/189", None).await;
    assert_eq!(partial.status, StatusCode::OK);
    assert_eq!(partial.headers["cache-control"], "public, max-age=10");
    // A narrower partial tile is a prefix of the full one.
    let prefix = http.get(server.addr, "/tile/0/001.p/10", None).await;
    assert_eq!(prefix.body[..], full.body[..320]);
    let level1 = http.get(server.addr, "/tile/1/000.p/2", None).await;
    assert_eq!(level1.status, StatusCode::OK);
    assert_eq!(level1.body.len(), 64);

    // Beyond the checkpoint: 404, whatever is appended since.
    append(&http, &server, &admin, 700, 100).await;
    for beyond in [
        "/tile/0/002",
        "/tile/0/002.p/190",
        "/tile/0/003.p/1",
        "/tile/1/000",
        "/tile/1/000.p/3",
        "/tile/2/000.p/1",
        "/tile/entries/002",
        "/tile/entries/002.p/190",
        "/tile/7/x018/x446/x744/x073/x709/x551/615",
        "/tile/63/000.p/1",
    ] {
        let answer = http.get(server.addr, beyond, None).await;
        assert_eq!(answer.status, StatusCode::NOT_FOUND, "{beyond}");
        assert_eq!(answer.json()["error"]["code"], "not-found", "{beyond}");
    }
    for malformed in [
        "/tile/0/2",
        "/tile/00/000",
        "/tile/0/x000/002",
        "/tile/0/000.p/0",
        "/tile/0/000.p/256",
        "/tile/64/000",
        "/tile/entries/000.p/01",
        "/tile/data/000",
        "/tile/0/000/extra",
    ] {
        let answer = http.get(server.addr, malformed, None).await;
        assert_eq!(answer.status, StatusCode::BAD_REQUEST, "{malformed}");
        assert_eq!(answer.json()["error"]["code"], "bad-request", "{malformed}");
    }
    assert_eq!(
        http.get(server.addr, "/tile/", None).await.status,
        StatusCode::NOT_FOUND
    );

    // The log grows past one full level-1 tile: consistency from tiles.
    append_direct(&location, 801, 65_000);
    sign(&http, &server, &admin).await;
    let second = checkpoint(&http, &server, &vkey).await;
    assert_eq!(second.size, 65_801);
    let mut reader = TileReader::new(&http, server.addr, None, second.size);
    assert_eq!(reader.mth(0, second.size).await.unwrap(), second.root);
    assert_eq!(reader.width(1, 0), Some(256));
    assert_eq!(reader.width(2, 0), Some(1));
    let proof = reader.consistency(first.size).await.unwrap();
    assert!(verify_consistency(
        first.size,
        second.size,
        &first.root,
        &second.root,
        &proof
    ));
    let mut wrong = proof.clone();
    wrong[0][0] ^= 1;
    assert!(!verify_consistency(
        first.size,
        second.size,
        &first.root,
        &second.root,
        &wrong
    ));
    for i in [700, 65_535, 65_536, 65_800] {
        let bundle = reader.entries(i / 256).await.unwrap();
        let leaf = leaf_hash(&bundle[usize::try_from(i % 256).unwrap()]);
        let path = reader.inclusion(i, 0, second.size).await.unwrap();
        assert!(
            verify_inclusion(leaf, i, second.size, &path, &second.root),
            "{i}"
        );
    }
    third_party_client(&server, &key, &first, &[0, 700, 65_536, 65_800]).await;
    // The old checkpoint's partial tiles are still served.
    let mut old = TileReader::new(&http, server.addr, None, first.size);
    assert_eq!(old.mth(0, first.size).await.unwrap(), first.root);
    server.stop().await;
}

/// The third-party `tlog-scales` client (PyPI) reads the log too: the
/// checkpoint with the vkey, the root, inclusion, consistency from `old`.
/// Skipped when Python cannot import it, unless
/// `SHIPGATE_REQUIRE_TLOG_SCALES=1` (`pip install tlog-scales`).
async fn third_party_client(
    server: &TestServer,
    key: &SignerKey,
    old: &Checkpoint,
    chosen: &[u64],
) {
    let script = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/read_with_tlog_scales.py"
    );
    let mut command = std::process::Command::new("python3");
    command
        .arg(script)
        .arg(format!("http://{}", server.addr))
        .arg(key.verifier().to_text())
        .arg(old.size.to_string())
        .arg(B64.encode(old.root))
        .args(chosen.iter().map(u64::to_string));
    let output = tokio::task::spawn_blocking(move || {
        let available = std::process::Command::new("python3")
            .args(["-c", "import tlog_scales"])
            .output()
            .is_ok_and(|o| o.status.success());
        available.then(|| command.output())
    })
    .await
    .unwrap();
    let Some(output) = output else {
        assert!(
            std::env::var("SHIPGATE_REQUIRE_TLOG_SCALES").as_deref() != Ok("1"),
            "tlog-scales is required but Python cannot import it: `pip install tlog-scales`"
        );
        eprintln!("SKIPPED: the tlog-scales client is not installed (pip install tlog-scales)");
        return;
    };
    let output = output.unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "tlog-scales: {stdout}{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(
        stdout.contains("verified audit.test/payments at size"),
        "{stdout}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sqlite_log_reads_back_through_tiles() {
    the_log_reads_back_through_tiles(sqlite_location()).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn postgres_log_reads_back_through_tiles() {
    let Some(location) = off_runtime(postgres_location) else {
        return;
    };
    the_log_reads_back_through_tiles(location).await;
}

/// A database administrator rewrites an entry, then its leaf hash, then the
/// subtree hash above it: the spec client notices each step.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn tampered_tiles_and_entries_are_detected() {
    let location = sqlite_location();
    let key = key();
    let vkey = Vkey::parse(&key.verifier().to_text()).unwrap();
    let server = TestServer::start(&location, &key).await;
    let http = Http::default();
    let admin = token(&location, "admin", Role::Admin, None).await;
    append(&http, &server, &admin, 0, 300).await;
    sign(&http, &server, &admin).await;
    let cp = checkpoint(&http, &server, &vkey).await;
    let path = location.trim_start_matches("sqlite:").to_owned();
    let sql = |statement: String| {
        let path = path.clone();
        off_runtime(move || {
            rusqlite::Connection::open(&path)
                .unwrap()
                .execute_batch(&statement)
                .unwrap();
        });
    };

    let mut reader = TileReader::new(&http, server.addr, None, cp.size);
    reader.entries(0).await.unwrap();
    reader.verify_full_tile(0, 0).await.unwrap();
    assert_eq!(reader.mth(0, cp.size).await.unwrap(), cp.root);

    // 1. An entry's bytes change: it no longer hashes to its leaf.
    let forged = br#"{"forged":true}"#;
    sql(format!(
        "UPDATE entries SET body = X'{}' WHERE seq = 42",
        hex(forged)
    ));
    let mut reader = TileReader::new(&http, server.addr, None, cp.size);
    let error = reader.entries(0).await.unwrap_err();
    assert!(error.contains("entry 42 does not hash"), "{error}");

    // 2. Its leaf hash is changed to match: the level-0 tile no longer
    //    hashes to its level-1 hash.
    sql(format!(
        "UPDATE entries SET leaf_hash = X'{}' WHERE seq = 42",
        hex(&leaf_hash(forged))
    ));
    let mut reader = TileReader::new(&http, server.addr, None, cp.size);
    reader.entries(0).await.unwrap();
    let error = reader.verify_full_tile(0, 0).await.unwrap_err();
    assert!(error.contains("does not hash to its parent"), "{error}");

    // 3. The subtree hash above is changed to match too: the root is no
    //    longer the one the log signed.
    let tile = reader.hashes(0, 0).await.unwrap();
    sql(format!(
        "UPDATE nodes SET hash = X'{}' WHERE level = 8 AND idx = 0",
        hex(&tile_root(&tile))
    ));
    let mut reader = TileReader::new(&http, server.addr, None, cp.size);
    reader.verify_full_tile(0, 0).await.unwrap();
    assert_ne!(reader.mth(0, cp.size).await.unwrap(), cp.root);

    // A missing row is a 503, never a short tile.
    sql("DELETE FROM entries WHERE seq = 5".into());
    let answer = http.get(server.addr, &tile_path(None, 0, 256), None).await;
    assert_eq!(
        answer.status,
        StatusCode::SERVICE_UNAVAILABLE,
        "{}",
        answer.text()
    );
    let answer = http
        .get(server.addr, &tile_path(Some(0), 0, 256), None)
        .await;
    assert_eq!(
        answer.status,
        StatusCode::SERVICE_UNAVAILABLE,
        "{}",
        answer.text()
    );
    server.stop().await;
}

/// `public_tiles = false`: the tiles and the checkpoint need an auditor (or
/// admin) token, and are cached privately.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn private_tiles_need_an_auditor() {
    let location = sqlite_location();
    let key = key();
    let mut config = ServerConfig::new(&location, key.clone(), "payments");
    config.checkpoint_interval = std::time::Duration::from_secs(3600);
    config.token_cache_ttl = std::time::Duration::from_millis(0);
    config.public_tiles = false;
    let server = TestServer::start_with(config).await;
    let http = Http::default();
    let admin = token(&location, "admin", Role::Admin, None).await;
    let auditor = token(&location, "auditor", Role::Auditor, None).await;
    let recorder = token(&location, "recorder", Role::Recorder, None).await;
    append(&http, &server, &admin, 0, 3).await;
    sign(&http, &server, &admin).await;
    for path in ["/checkpoint", "/tile/0/000.p/6", "/tile/entries/000.p/6"] {
        let anonymous = http.get(server.addr, path, None).await;
        assert_eq!(anonymous.status, StatusCode::UNAUTHORIZED, "{path}");
        assert!(anonymous.headers.contains_key("www-authenticate"));
        let answer = http.get(server.addr, path, Some(&recorder)).await;
        assert_eq!(answer.status, StatusCode::FORBIDDEN, "{path}");
        assert_eq!(answer.json()["error"]["code"], "forbidden");
        for who in [&auditor, &admin] {
            let answer = http.get(server.addr, path, Some(who)).await;
            assert_eq!(answer.status, StatusCode::OK, "{path}: {}", answer.text());
            let cache = answer.headers["cache-control"].to_str().unwrap();
            assert!(cache.starts_with("private, "), "{path}: {cache}");
        }
    }
    server.stop().await;
}
