//! `shipgate ledger log|show|prove|verify|export --ledger https://...`
//! against a real `ledger serve` on loopback: the same output as against the
//! same SQLite ledger read directly, and a `verify` that catches a server
//! that rolled back or forked its log.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a test fails by panicking"
)]

mod common;

use std::path::Path;

use common::{AuditServer, Run, log_keys, shipgate, shipgate_with_env, temp_dir, token, write};
use serde_json::json;

const KEY: &str = "keys/audit.test_log.key";
const PUB: &str = "keys/audit.test_log.pub";

/// Appends `count` smoke entries (alternating environments, `tag` in the
/// commit so two ledgers can differ) to the ledger at `location`.
fn append(dir: &Path, location: &str, count: usize, tag: char) {
    let lines: Vec<String> = (0..count)
        .map(|i| {
            json!({
                "v": 1, "kind": if i % 3 == 0 { "note" } else { "smoke" },
                "time": format!("2026-11-{:02}T10:00:00Z", 1 + i % 28),
                "service": "payments",
                "environment": if i % 2 == 0 { "staging" } else { "production" },
                "commit": format!("{tag}{i:07}abcdef"), "artifact": null,
                "actor": {"id": "ci-bot", "via": "gitlab-ci", "verified": false}, "ci": null,
                "body": {"outcome": if i % 4 == 0 { "fail" } else { "pass" }, "message": format!("run {i}")},
            })
            .to_string()
        })
        .collect();
    write(dir, "entries.jsonl", &(lines.join("\n") + "\n"));
    let run = shipgate(
        dir,
        &["ledger", "--ledger", location, "append", "entries.jsonl"],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
}

/// Signs a checkpoint of the ledger at `location` with the log key.
fn checkpoint(dir: &Path, location: &str) {
    let run = shipgate(
        dir,
        &["ledger", "--ledger", location, "checkpoint", "--key", KEY],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
}

/// A fresh ledger at `dir/name.db` with an auditor token, `count` entries
/// and a checkpoint; its location and the token.
fn ledger(dir: &Path, name: &str, count: usize, tag: char) -> (String, String) {
    let location = format!("sqlite:{}", dir.join(format!("{name}.db")).display());
    let auditor = token(dir, &location, "audit", "auditor");
    append(dir, &location, count, tag);
    checkpoint(dir, &location);
    (location, auditor)
}

fn remote(dir: &Path, url: &str, secret: &str, args: &[&str]) -> Run {
    let mut all = vec!["ledger", "--ledger", url];
    all.extend_from_slice(args);
    shipgate_with_env(dir, &all, &[("SHIPGATE_TOKEN", secret)])
}

fn local(dir: &Path, location: &str, args: &[&str]) -> Run {
    let mut all = vec!["ledger", "--ledger", location];
    all.extend_from_slice(args);
    shipgate(dir, &all)
}

fn same(remote: &Run, local: &Run, what: &str) {
    assert_eq!(
        (remote.code, &remote.stdout),
        (local.code, &local.stdout),
        "{what}: remote stderr {}\nlocal stderr {}",
        remote.stderr,
        local.stderr
    );
}

/// The URL, temporary folders and tree roots (the token entries are
/// random), for snapshots.
fn scrub(text: &str, url: &str, dir: &Path) -> String {
    let text = text
        .replace(url, "[URL]")
        .replace(&dir.display().to_string(), "[DIR]");
    regex::Regex::new("[0-9a-f]{64}")
        .unwrap()
        .replace_all(&text, "[ROOT]")
        .into_owned()
}

#[test]
fn every_read_command_gives_the_same_output_remote_as_local() {
    let dir = temp_dir("ledger-remote-same");
    log_keys(&dir);
    let (location, auditor) = ledger(&dir, "ledger", 9, 'a');
    let server = AuditServer::start(&dir, &location);
    let url = server.url.as_str();

    for args in [
        &["log"][..],
        &["log", "--format", "json"],
        &["log", "--kind", "smoke", "--environment", "production"],
        &["log", "--commit", "a000000", "--format", "json"],
        &["log", "--since", "2026-11-03", "--until", "2026-11-06"],
        &["log", "--kind", "approval"],
        &["show", "4"],
        &["show", "0", "--format", "json"],
        &["show", "99"],
        &["prove", "3"],
        &["prove", "0", "--size", "10"],
        &["prove", "2", "--size", "7"],
    ] {
        let r = remote(&dir, url, &auditor, args);
        let l = local(&dir, &location, args);
        same(&r, &l, &args.join(" "));
    }
    let missing = remote(&dir, url, &auditor, &["show", "99"]);
    assert_eq!(missing.code, 2, "{}", missing.stderr);
    assert!(
        missing.stderr.contains("there is no entry 99"),
        "{}",
        missing.stderr
    );

    // The export holds the same entries and proofs, and verifies offline.
    let l = local(
        &dir,
        &location,
        &["export", "--out", "local-bundle", "--public-key", PUB],
    );
    assert_eq!(l.code, 0, "{}", l.stderr);
    let r = remote(
        &dir,
        url,
        &auditor,
        &["export", "--out", "remote-bundle", "--public-key", PUB],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stderr
            .contains("exported 10 entries with proofs to remote-bundle"),
        "{}",
        r.stderr
    );
    for file in [
        "entries.jsonl",
        "checkpoint",
        "proofs/0.tlog-proof",
        "proofs/9.tlog-proof",
    ] {
        assert_eq!(
            std::fs::read_to_string(dir.join("remote-bundle").join(file)).unwrap(),
            std::fs::read_to_string(dir.join("local-bundle").join(file)).unwrap(),
            "{file}"
        );
    }
    let verified = shipgate(
        &dir,
        &[
            "ledger",
            "verify",
            "--bundle",
            "remote-bundle",
            "--public-key",
            PUB,
        ],
    );
    assert_eq!(verified.code, 0, "{}", verified.stdout);
    // Filters and a key are the local export's; the server refuses them plainly.
    let filtered = remote(
        &dir,
        url,
        &auditor,
        &[
            "export",
            "--out",
            "f",
            "--public-key",
            PUB,
            "--environment",
            "staging",
        ],
    );
    assert_eq!(filtered.code, 2, "{}", filtered.stderr);
    assert!(
        filtered.stderr.contains("does not take --environment"),
        "{}",
        filtered.stderr
    );

    // verify: the checkpoint, the export, and the checkpoint kept for next time.
    let text = remote(&dir, url, &auditor, &["verify", "--public-key", PUB]);
    assert_eq!(text.code, 0, "{}{}", text.stdout, text.stderr);
    insta::assert_snapshot!("verify_remote_first_text", scrub(&text.stdout, url, &dir));
    let kept = dir.join(".shipgate/checkpoints/audit.test_log.txt");
    assert!(kept.is_file(), "the verified checkpoint is kept");
    let json = remote(
        &dir,
        url,
        &auditor,
        &["verify", "--public-key", PUB, "--format", "json"],
    );
    assert_eq!(json.code, 0, "{}", json.stderr);
    insta::assert_snapshot!("verify_remote_again_json", scrub(&json.stdout, url, &dir));
}

#[test]
fn verify_catches_a_server_that_rolled_back_or_forked_its_log() {
    let dir = temp_dir("ledger-remote-verify");
    log_keys(&dir);
    let path = dir.join("served.db");
    let location = format!("sqlite:{}", path.display());
    let auditor = token(&dir, &location, "audit", "auditor");
    append(&dir, &location, 6, 'a');
    checkpoint(&dir, &location);
    let verify =
        |url: &str, secret: &str| remote(&dir, url, secret, &["verify", "--public-key", PUB]);

    let server = AuditServer::start(&dir, &location);
    let first = verify(&server.url, &auditor);
    assert_eq!(first.code, 0, "{}{}", first.stdout, first.stderr);
    drop(server);

    // The log grew honestly: consistent with what was seen.
    append(&dir, &location, 2, 'b');
    checkpoint(&dir, &location);
    let server = AuditServer::start(&dir, &location);
    let grown = verify(&server.url, &auditor);
    assert_eq!(grown.code, 0, "{}{}", grown.stdout, grown.stderr);
    assert!(
        grown
            .stdout
            .contains("checked against the checkpoint seen before at size 7"),
        "{}",
        grown.stdout
    );
    drop(server);
    let kept =
        std::fs::read_to_string(dir.join(".shipgate/checkpoints/audit.test_log.txt")).unwrap();
    assert!(kept.starts_with("audit.test/log\n9\n"), "{kept}");

    // Rolled back: the ledger replaced by a shorter one, signed by the same key.
    let serve_instead = |name: &str, count: usize, tag: char| {
        let (other, secret) = ledger(&dir, name, count, tag);
        std::fs::copy(other.strip_prefix("sqlite:").unwrap(), &path).unwrap();
        for suffix in ["-wal", "-shm"] {
            let _ = std::fs::remove_file(format!("{}{suffix}", path.display()));
        }
        (AuditServer::start(&dir, &location), secret)
    };
    let (server, secret) = serve_instead("shorter", 3, 'a');
    let rolled = verify(&server.url, &secret);
    assert_eq!(rolled.code, 1, "{}{}", rolled.stdout, rolled.stderr);
    assert!(
        rolled.stdout.contains(
            "the audit server rolled back its log: its latest checkpoint has 4 entries, fewer than the 9 of the checkpoint this client saw before (.shipgate/checkpoints/audit.test_log.txt)"
        ),
        "{}",
        rolled.stdout
    );
    insta::assert_snapshot!(
        "verify_remote_rolled_back",
        scrub(&rolled.stdout, &server.url, &dir)
    );
    drop(server);

    // Forked at the same size: another root.
    let (server, secret) = serve_instead("same-size", 8, 'c');
    let forked = verify(&server.url, &secret);
    assert_eq!(forked.code, 1, "{}", forked.stdout);
    assert!(
        forked
            .stdout
            .contains("the audit server forked its log: its checkpoint of size 9 has root"),
        "{}",
        forked.stdout
    );
    drop(server);

    // Forked and grown: the consistency proof fails.
    let (server, secret) = serve_instead("longer", 12, 'd');
    let forked = verify(&server.url, &secret);
    assert_eq!(forked.code, 1, "{}", forked.stdout);
    assert!(
        forked.stdout.contains(
            "the audit server forked its log: its checkpoint of size 13 does not extend the checkpoint this client saw before"
        ) && forked.stdout.contains("the consistency proof fails"),
        "{}",
        forked.stdout
    );
    // A failed verification never moves the kept checkpoint.
    assert_eq!(
        std::fs::read_to_string(dir.join(".shipgate/checkpoints/audit.test_log.txt")).unwrap(),
        kept
    );

    // A checkpoint signed by another key fails too.
    let other_keys = dir.join("other");
    std::fs::create_dir_all(&other_keys).unwrap();
    log_keys(&other_keys);
    let wrong = remote(
        &dir,
        &server.url,
        &secret,
        &["verify", "--public-key", "other/keys/audit.test_log.pub"],
    );
    assert_eq!(wrong.code, 1, "{}{}", wrong.stdout, wrong.stderr);
    assert!(
        wrong.stdout.contains(
            "the audit server's latest checkpoint does not verify with the given public key"
        ),
        "{}",
        wrong.stdout
    );

    // Could not check: no key (2), no credential (2), a bad token (401: 3),
    // a server that is gone (3).
    let no_key = remote(&dir, &server.url, &secret, &["verify"]);
    assert_eq!(no_key.code, 2, "{}", no_key.stderr);
    assert!(no_key.stderr.contains("--public-key"), "{}", no_key.stderr);
    let no_credential = shipgate(
        &dir,
        &[
            "ledger",
            "--ledger",
            &server.url,
            "verify",
            "--public-key",
            PUB,
        ],
    );
    assert_eq!(no_credential.code, 2, "{}", no_credential.stderr);
    assert!(
        no_credential.stderr.contains("needs a credential"),
        "{}",
        no_credential.stderr
    );
    let bad = remote(&dir, &server.url, "sg_not_a_token", &["log"]);
    assert_eq!(bad.code, 3, "{}", bad.stderr);
    assert!(bad.stderr.contains("(401"), "{}", bad.stderr);
    assert!(!bad.stderr.contains("sg_not_a_token"), "{}", bad.stderr);
    let url = server.url.clone();
    drop(server);
    for args in [
        &["verify", "--public-key", PUB][..],
        &["log"],
        &["show", "1"],
        &["prove", "1"],
    ] {
        let gone = remote(&dir, &url, &secret, args);
        assert_eq!(gone.code, 3, "{args:?}: {}", gone.stderr);
    }
}
