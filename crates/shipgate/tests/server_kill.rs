//! SIGKILL of `shipgate ledger serve` under load: the real binary, killed
//! with `kill -9` while clients append, then restarted on the same ledger.
//! Every acknowledged entry is there, and every request retried with its
//! `Idempotency-Key` is in the log exactly once. On SQLite and PostgreSQL.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a test fails by panicking"
)]

mod common;

use std::collections::HashMap;
use std::io::{Read as _, Write as _};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use common::{serve, shipgate, temp_dir};

/// Clients appending at once.
const CLIENTS: usize = 8;
/// Acknowledged appends to wait for before the kill.
const ACKED_BEFORE_KILL: usize = 150;

/// One HTTP/1.1 request on its own connection: `(status, body)`, or `None`
/// when the connection fails (the server is dead).
fn request(
    addr: &str,
    method: &str,
    path: &str,
    token: &str,
    key: &str,
    body: &str,
) -> Option<(u16, String)> {
    let mut stream = std::net::TcpStream::connect(addr).ok()?;
    stream
        .set_read_timeout(Some(Duration::from_secs(30)))
        .ok()?;
    let idempotency = if key.is_empty() {
        String::new()
    } else {
        format!("Idempotency-Key: {key}\r\n")
    };
    let text = format!(
        "{method} {path} HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {token}\r\n{idempotency}Content-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    );
    stream.write_all(text.as_bytes()).ok()?;
    let mut answer = String::new();
    stream.read_to_string(&mut answer).ok()?;
    let status = answer.get(9..12)?.parse().ok()?;
    let (_, body) = answer.split_once("\r\n\r\n")?;
    Some((status, body.to_owned()))
}

fn seqs(body: &str) -> Vec<u64> {
    let value: serde_json::Value = serde_json::from_str(body).unwrap();
    value["seqs"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s.as_u64().unwrap())
        .collect()
}

fn entry(marker: usize) -> String {
    format!(
        "{{\"kind\":\"gate\",\"service\":\"payments\",\"commit\":\"0123456789abcdef0123456789abcdef01234567\",\"body\":{{\"gate\":\"secrets\",\"outcome\":\"pass\",\"marker\":{marker},\"padding\":\"{}\"}}}}",
        "x".repeat(300)
    )
}

/// An attempted append: its key, body, marker and, if acknowledged, its seqs.
type Attempt = (String, String, usize, Option<Vec<u64>>);

fn killed_under_load(location: &str, name: &str) {
    let dir = temp_dir(name);
    let keys = shipgate(
        &dir,
        &[
            "ledger",
            "keygen",
            "--name",
            "audit.test/log",
            "--out",
            "keys",
        ],
    );
    assert_eq!(keys.code, 0, "{}", keys.stderr);
    let token = shipgate(
        &dir,
        &[
            "ledger", "--ledger", location, "token", "create", "--name", "ci", "--role", "recorder",
        ],
    );
    assert_eq!(token.code, 0, "{}", token.stderr);
    let token = token.stdout.trim().to_owned();
    let (mut child, addr) = serve(&dir, location);

    let attempts: Arc<Mutex<Vec<Attempt>>> = Arc::default();
    let acked = Arc::new(AtomicUsize::new(0));
    let stop = Arc::new(AtomicBool::new(false));
    let clients: Vec<_> = (0..CLIENTS)
        .map(|client| {
            let (attempts, acked, stop) =
                (Arc::clone(&attempts), Arc::clone(&acked), Arc::clone(&stop));
            let (addr, token) = (addr.clone(), token.clone());
            std::thread::spawn(move || {
                for i in 0.. {
                    let marker = client * 1_000_000 + i;
                    let key = format!("job-{marker}");
                    let body = entry(marker);
                    let answer = request(&addr, "POST", "/v1/entries", &token, &key, &body);
                    let seqs = match answer {
                        Some((201, text)) => {
                            acked.fetch_add(1, Ordering::SeqCst);
                            Some(seqs(&text))
                        }
                        _ => None,
                    };
                    let failed = seqs.is_none();
                    attempts.lock().unwrap().push((key, body, marker, seqs));
                    if failed || stop.load(Ordering::SeqCst) {
                        return;
                    }
                }
            })
        })
        .collect();
    while acked.load(Ordering::SeqCst) < ACKED_BEFORE_KILL {
        std::thread::sleep(Duration::from_millis(5));
        assert!(
            child.try_wait().unwrap().is_none(),
            "the server died on its own"
        );
    }
    child.kill().unwrap(); // SIGKILL
    child.wait().unwrap();
    stop.store(true, Ordering::SeqCst);
    for client in clients {
        client.join().unwrap();
    }
    let attempts = attempts.lock().unwrap().clone();
    let acknowledged = attempts.iter().filter(|a| a.3.is_some()).count();
    assert!(acknowledged >= ACKED_BEFORE_KILL);

    let (mut child, addr) = serve(&dir, location);
    // Every acknowledged entry is there, as it was acknowledged.
    for (_, _, marker, seqs) in &attempts {
        let Some(seqs) = seqs else { continue };
        let (status, text) = request(
            &addr,
            "GET",
            &format!("/v1/entries/{}", seqs[0]),
            &token,
            "",
            "",
        )
        .unwrap();
        assert_eq!(status, 200, "{text}");
        let value: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(value["entry"]["body"]["marker"], *marker);
    }
    // Every request retried with its key: acknowledged ones replay their
    // seqs; the others are appended now, or replayed if they were committed
    // before the kill but not answered.
    for (key, body, _, seqs) in &attempts {
        let (status, text) = request(&addr, "POST", "/v1/entries", &token, key, body).unwrap();
        match seqs {
            Some(seqs) => {
                assert_eq!(status, 200, "{text}");
                assert_eq!(&self::seqs(&text), seqs);
            }
            None => assert!(status == 200 || status == 201, "{status} {text}"),
        }
    }
    // Each attempted marker is in the log exactly once.
    let mut counts: HashMap<u64, usize> = HashMap::new();
    let mut next = String::new();
    loop {
        let path = format!("/v1/entries?kind=gate&limit=1000{next}");
        let (status, text) = request(&addr, "GET", &path, &token, "", "").unwrap();
        assert_eq!(status, 200, "{text}");
        let page: serde_json::Value = serde_json::from_str(&text).unwrap();
        for item in page["entries"].as_array().unwrap() {
            *counts
                .entry(item["entry"]["body"]["marker"].as_u64().unwrap())
                .or_default() += 1;
        }
        match page["next"].as_str() {
            Some(cursor) => next = format!("&next={cursor}"),
            None => break,
        }
    }
    assert_eq!(
        counts.len(),
        attempts.len(),
        "every attempted entry is in the log"
    );
    assert!(
        counts.values().all(|&n| n == 1),
        "no entry is in the log twice"
    );
    // The log still verifies from end to end.
    let verified = shipgate(&dir, &["ledger", "--ledger", location, "verify"]);
    assert_eq!(verified.code, 0, "{}{}", verified.stdout, verified.stderr);
    child.kill().unwrap();
    child.wait().unwrap();
}

#[test]
fn a_killed_server_loses_no_acknowledged_entry_on_sqlite() {
    let dir = temp_dir("kill-sqlite-ledger");
    killed_under_load(
        &format!("sqlite:{}", dir.join("ledger.db").display()),
        "kill-sqlite",
    );
}

#[test]
fn a_killed_server_loses_no_acknowledged_entry_on_postgres() {
    let Some(location) = postgres_ledger() else {
        return;
    };
    killed_under_load(&location, "kill-postgres");
}

/// A fresh schema on the test PostgreSQL server (`SHIPGATE_TEST_POSTGRES_URL`,
/// a URL, else 127.0.0.1 as user postgres, database test); `None` when it
/// is unreachable, unless `SHIPGATE_REQUIRE_POSTGRES=1`.
fn postgres_ledger() -> Option<String> {
    let base = std::env::var("SHIPGATE_TEST_POSTGRES_URL")
        .ok()
        .filter(|u| u.starts_with("postgres://") || u.starts_with("postgresql://"))
        .unwrap_or_else(|| "postgres://postgres@127.0.0.1:5432/test".into());
    let mut admin = match postgres::Client::connect(&base, postgres::NoTls) {
        Ok(client) => client,
        Err(e) => {
            assert!(
                std::env::var("SHIPGATE_REQUIRE_POSTGRES").as_deref() != Ok("1"),
                "PostgreSQL is required but `{base}` is not reachable: {e}"
            );
            eprintln!("SKIPPED: PostgreSQL at `{base}` is not reachable: {e}");
            return None;
        }
    };
    let schema = format!("shipgate_kill_test_{}", std::process::id());
    admin
        .batch_execute(&format!(
            "DROP SCHEMA IF EXISTS {schema} CASCADE; CREATE SCHEMA {schema};"
        ))
        .unwrap();
    let separator = if base.contains('?') { '&' } else { '?' };
    Some(format!(
        "{base}{separator}options=-c%20search_path%3D{schema}"
    ))
}
