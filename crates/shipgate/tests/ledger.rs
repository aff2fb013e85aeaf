//! `shipgate ledger` end to end: every verb, bad input, `--record`, and a
//! crash test that kills the appending process at random moments.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a test fails by panicking"
)]

mod common;

use std::io::{BufRead as _, BufReader, Write as _};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use common::{example, shipgate, temp_dir};

fn entry(i: u64) -> String {
    format!(
        r#"{{"v":1,"kind":"deployment","time":"2026-11-23T10:{:02}:00Z","service":"payments","environment":"{}","commit":"{:040x}","actor":{{"id":"ci-bot","via":"gitlab-ci"}},"body":{{"n":{i}}}}}"#,
        i % 60,
        if i.is_multiple_of(2) {
            "production"
        } else {
            "staging"
        },
        i + 1
    )
}

struct Ledger {
    dir: PathBuf,
}

impl Ledger {
    fn new(name: &str) -> Self {
        let dir = temp_dir(name);
        let l = Self { dir };
        assert_eq!(
            l.run(&[
                "ledger",
                "keygen",
                "--name",
                "audit.example/payments",
                "--out",
                "keys"
            ])
            .code,
            0
        );
        l
    }
    fn location(&self) -> String {
        format!("sqlite:{}", self.dir.join("ledger.db").display())
    }
    fn run(&self, args: &[&str]) -> common::Run {
        let location = self.location();
        // `--ledger` belongs to `shipgate ledger` and to the gate commands.
        let mut all: Vec<&str> = args.to_vec();
        if all.first() == Some(&"ledger") {
            all.splice(1..1, ["--ledger", location.as_str()]);
        } else {
            all.extend(["--ledger", location.as_str()]);
        }
        shipgate(&self.dir, &all)
    }
    fn append(&self, lines: &str) -> common::Run {
        let file = self.dir.join("input.jsonl");
        std::fs::write(&file, lines).unwrap();
        self.run(&["ledger", "append", file.to_str().unwrap()])
    }
    fn key(&self) -> String {
        self.dir
            .join("keys/audit.example_payments.key")
            .display()
            .to_string()
    }
    fn public(&self) -> String {
        self.dir
            .join("keys/audit.example_payments.pub")
            .display()
            .to_string()
    }
}

#[test]
fn every_verb_works_together() {
    let l = Ledger::new("verbs");
    let lines: String = (0..10).map(|i| entry(i) + "\n").collect();
    let run = l.append(&lines);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(run.stdout, "appended 0..9\n");

    let log = l.run(&[
        "ledger",
        "log",
        "--environment",
        "production",
        "--format",
        "json",
    ]);
    let value: serde_json::Value = serde_json::from_str(&log.stdout).unwrap();
    assert_eq!(value["entries"].as_array().unwrap().len(), 5);
    let log = l.run(&["ledger", "log", "--kind", "gate"]);
    assert_eq!(log.stdout, "");
    let log = l.run(&[
        "ledger",
        "log",
        "--since",
        "2026-11-23T10:05:00Z",
        "--until",
        "2026-11-23T10:07:00Z",
    ]);
    assert_eq!(log.stdout.lines().count(), 2, "{}", log.stdout);

    let show = l.run(&["ledger", "show", "3"]);
    assert!(
        show.stdout.contains("\"seq\": 3") && show.stdout.contains("\"leaf_hash\""),
        "{}",
        show.stdout
    );
    assert_eq!(l.run(&["ledger", "show", "30"]).code, 2);

    let cp = l.run(&["ledger", "checkpoint", "--key", &l.key()]);
    assert_eq!(cp.code, 0, "{}", cp.stderr);
    assert!(
        cp.stdout.starts_with("audit.example/payments\n10\n"),
        "{}",
        cp.stdout
    );
    std::fs::write(l.dir.join("trusted.cp"), &cp.stdout).unwrap();

    let verify = l.run(&[
        "ledger",
        "verify",
        "--public-key",
        &l.public(),
        "--trusted-checkpoint",
        "trusted.cp",
    ]);
    assert_eq!(verify.code, 0, "{}", verify.stdout);
    assert!(verify.stdout.starts_with("ledger verified: 10 entries"));

    let proof = l.run(&["ledger", "prove", "4"]);
    assert!(
        proof
            .stdout
            .starts_with("c2sp.org/tlog-proof@v1\nindex 4\n"),
        "{}",
        proof.stdout
    );

    let export = l.run(&[
        "ledger",
        "export",
        "--out",
        "bundle",
        "--public-key",
        &l.public(),
        "--environment",
        "staging",
    ]);
    assert_eq!(export.code, 0, "{}", export.stderr);
    let bundle = l.dir.join("bundle");
    assert_eq!(
        std::fs::read_to_string(bundle.join("entries.jsonl"))
            .unwrap()
            .lines()
            .count(),
        5
    );
    let ok = shipgate(
        &l.dir,
        &[
            "ledger",
            "verify",
            "--bundle",
            "bundle",
            "--public-key",
            &l.public(),
        ],
    );
    assert_eq!(ok.code, 0, "{}", ok.stdout);
    // The bundle needs no database: it verifies after the ledger is gone.
    std::fs::remove_file(l.dir.join("ledger.db")).unwrap();
    let ok = shipgate(
        &l.dir,
        &[
            "ledger",
            "verify",
            "--bundle",
            "bundle",
            "--public-key",
            &l.public(),
        ],
    );
    assert_eq!(ok.code, 0, "{}", ok.stdout);

    // A changed entry in the bundle fails, naming it.
    let path = bundle.join("entries.jsonl");
    let tampered = std::fs::read_to_string(&path)
        .unwrap()
        .replacen("\"n\":1", "\"n\":100", 1);
    std::fs::write(&path, tampered).unwrap();
    let bad = shipgate(
        &l.dir,
        &[
            "ledger",
            "verify",
            "--bundle",
            "bundle",
            "--public-key",
            &l.public(),
        ],
    );
    assert_eq!(bad.code, 1);
    assert!(bad.stdout.contains("  - entry 1: "), "{}", bad.stdout);
    assert!(
        !bad.stdout.contains("entry 1: entry 1"),
        "the prefix is not repeated: {}",
        bad.stdout
    );
}

#[test]
fn witness_cosignature() {
    let l = Ledger::new("cosign");
    l.append(&(entry(0) + "\n"));
    assert_eq!(
        l.run(&[
            "ledger",
            "keygen",
            "--name",
            "witness.example",
            "--witness",
            "--out",
            "keys"
        ])
        .code,
        0
    );
    let cp = l.run(&["ledger", "checkpoint", "--key", &l.key()]);
    std::fs::write(l.dir.join("cp"), &cp.stdout).unwrap();
    let cosigned = l.run(&[
        "ledger",
        "cosign",
        "cp",
        "--key",
        l.dir.join("keys/witness.example.key").to_str().unwrap(),
    ]);
    assert_eq!(cosigned.code, 0, "{}", cosigned.stderr);
    assert_eq!(cosigned.stdout.matches("— ").count(), 2);
    std::fs::write(l.dir.join("cosigned"), &cosigned.stdout).unwrap();
    let verify = l.run(&[
        "ledger",
        "verify",
        "--public-key",
        &l.public(),
        "--public-key",
        "keys/witness.example.pub",
        "--trusted-checkpoint",
        "cosigned",
    ]);
    assert_eq!(verify.code, 0, "{}", verify.stdout);
}

#[test]
fn bad_input_gets_clear_errors() {
    let l = Ledger::new("bad-input");
    let run = l.append(&format!("{}\n{{\"v\":1,\n", entry(0)));
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("input.jsonl:2: not JSON"),
        "{}",
        run.stderr
    );
    let log = l.run(&["ledger", "log"]);
    assert!(
        log.code == 2 && log.stderr.contains("there is no ledger"),
        "nothing is appended from invalid input: {}",
        log.stderr
    );

    let big = entry(0).replace(
        "{\"n\":0}",
        &format!("{{\"blob\":\"{}\"}}", "x".repeat(70_000)),
    );
    let run = l.append(&big);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("the limit is 65535"), "{}", run.stderr);

    let run = l.append(&entry(0).replace("\"deployment\"", "\"deploy\""));
    assert!(run.stderr.contains("`kind` is `deploy`"), "{}", run.stderr);

    // A key that is not a key, and a checkpoint signed by another key.
    std::fs::write(l.dir.join("bad.key"), "PRIVATE+KEY+x+00000000+AAAA").unwrap();
    let run = l.run(&["ledger", "checkpoint", "--key", "bad.key"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("bad.key") && !run.stderr.contains("AAAA"),
        "{}",
        run.stderr
    );
    l.append(&(entry(1) + "\n"));
    assert_eq!(
        l.run(&[
            "ledger",
            "keygen",
            "--name",
            "audit.example/payments",
            "--out",
            "other"
        ])
        .code,
        0
    );
    l.run(&[
        "ledger",
        "checkpoint",
        "--key",
        l.dir
            .join("other/audit.example_payments.key")
            .to_str()
            .unwrap(),
    ]);
    let run = l.run(&["ledger", "verify", "--public-key", &l.public()]);
    assert_eq!(run.code, 1, "{}", run.stdout);

    // A note whose signature was forged.
    let cp = l.run(&["ledger", "checkpoint", "--key", &l.key()]).stdout;
    let forged = cp.replace("\n1\n", "\n2\n");
    std::fs::write(l.dir.join("forged"), forged).unwrap();
    let run = l.run(&[
        "ledger",
        "verify",
        "--public-key",
        &l.public(),
        "--trusted-checkpoint",
        "forged",
    ]);
    assert_eq!(run.code, 1);
    assert!(run.stdout.contains("invalid signature"), "{}", run.stdout);

    // A corrupt database file.
    std::fs::write(l.dir.join("corrupt.db"), vec![7u8; 4096]).unwrap();
    let run = shipgate(&l.dir, &["--ledger", "sqlite:corrupt.db", "ledger", "log"]);
    assert_eq!(run.code, 3);
    assert!(
        run.stderr.contains("not a SQLite database"),
        "{}",
        run.stderr
    );
    let run = shipgate(&l.dir, &["--ledger", "mysql://x", "ledger", "log"]);
    assert_eq!(run.code, 2);
}

#[test]
fn record_appends_one_gate_entry_per_gate() {
    let dir = temp_dir("record");
    let location = format!("sqlite:{}", dir.join("ledger.db").display());
    let run = shipgate(
        &example(),
        &[
            "--ledger",
            &location,
            "check",
            "--record",
            "--format",
            "sarif",
            "--output",
            dir.join("report.sarif").to_str().unwrap(),
        ],
    );
    assert_eq!(
        run.code, 1,
        "the gate fails, and the failure is recorded: {}",
        run.stderr
    );
    assert!(
        run.stderr.contains("recorded 2 gate result(s)"),
        "{}",
        run.stderr
    );
    let log = shipgate(
        &dir,
        &["--ledger", &location, "ledger", "log", "--format", "json"],
    );
    let value: serde_json::Value = serde_json::from_str(&log.stdout).unwrap();
    let gates: Vec<&str> = value["entries"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["entry"]["body"]["gate"].as_str().unwrap())
        .collect();
    assert_eq!(gates, ["migrations", "coverage"], "one entry per gate");
    assert_eq!(value["entries"][1]["entry"]["body"]["outcome"], "fail");
    let body = &value["entries"][0]["entry"]["body"];
    assert_eq!(body["gate"], "migrations");
    assert_eq!(body["outcome"], "fail");
    assert_eq!(body["counts"]["error"], 4);
    assert_eq!(body["report_format"], "sarif");
    let report = std::fs::read(dir.join("report.sarif")).unwrap();
    let digest = {
        use sha2::Digest as _;
        shipgate_ledger::hash::to_hex(&sha2::Sha256::digest(&report).into())
    };
    assert_eq!(
        body["report_sha256"], digest,
        "the ledger binds the report artifact by its hash"
    );
}

#[test]
fn record_reads_the_ci_context() {
    let dir = temp_dir("record-ci");
    let location = format!("sqlite:{}", dir.join("ledger.db").display());
    let output = Command::new(env!("CARGO_BIN_EXE_shipgate"))
        .args(["--ledger", &location, "migrations", "check", "--record"])
        .current_dir(example())
        .env("GITLAB_CI", "true")
        .env(
            "CI_PIPELINE_URL",
            "https://gitlab.example/pay/-/pipelines/77",
        )
        .env("CI_PIPELINE_ID", "77")
        .env("CI_JOB_NAME", "lint:migrations")
        .env("GITLAB_USER_LOGIN", "alice")
        .env("CI_COMMIT_SHA", "0123456789abcdef0123456789abcdef01234567")
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let log = shipgate(
        &dir,
        &["--ledger", &location, "ledger", "log", "--format", "json"],
    );
    let value: serde_json::Value = serde_json::from_str(&log.stdout).unwrap();
    let e = &value["entries"][0]["entry"];
    assert_eq!(e["actor"]["id"], "alice");
    assert_eq!(e["actor"]["via"], "gitlab-ci");
    assert_eq!(e["ci"]["pipeline_id"], "77");
    assert_eq!(e["commit"], "0123456789abcdef0123456789abcdef01234567");
}

/// A tiny deterministic generator for the kill moments.
fn next(state: &mut u64) -> u64 {
    *state ^= *state << 13;
    *state ^= *state >> 7;
    *state ^= *state << 17;
    *state
}

/// Reads "appended A..B" lines and sends how many entries are durable after each.
fn acknowledgements(stdout: impl std::io::Read + Send + 'static) -> std::sync::mpsc::Receiver<u64> {
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            if let Some(end) = line
                .strip_prefix("appended ")
                .and_then(|r| r.split("..").nth(1))
                .and_then(|b| b.parse::<u64>().ok())
            {
                let _ = tx.send(end + 1);
            }
        }
    });
    rx
}

#[test]
fn sigkill_during_batched_appends_loses_nothing_acknowledged() {
    let l = Ledger::new("crash");
    let input: String = (0..20_000).map(|i| entry(i) + "\n").collect();
    let mut state = 0x9e37_79b9_7f4a_7c15u64;
    let mut total_acked = 0u64;
    for round in 0..6 {
        let mut child = Command::new(env!("CARGO_BIN_EXE_shipgate"))
            .args([
                "--ledger",
                &l.location(),
                "ledger",
                "append",
                "--batch-size",
                "100",
            ])
            .current_dir(&l.dir)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let mut stdin = child.stdin.take().unwrap();
        let writer = {
            let input = input.clone();
            std::thread::spawn(move || {
                let _ = stdin.write_all(input.as_bytes());
            })
        };
        let acks = acknowledgements(child.stdout.take().unwrap());
        // Wait until appending is under way, then kill at a random moment of it.
        let first = acks
            .recv_timeout(std::time::Duration::from_secs(60))
            .expect("the first batch was never acknowledged");
        std::thread::sleep(std::time::Duration::from_millis(next(&mut state) % 150));
        // SIGKILL: no destructor, no flush, no commit.
        child.kill().unwrap();
        child.wait().unwrap();
        let _ = writer.join();
        let acked = acks.iter().last().unwrap_or(first).max(first);
        let size: u64 = l
            .run(&["ledger", "log", "--format", "json"])
            .stdout
            .matches("\"seq\"")
            .count() as u64;
        // Acknowledgements name absolute sequence numbers: the log must hold at least that many.
        eprintln!(
            "round {round}: killed after entry {} was acknowledged; the log holds {size}",
            acked - 1
        );
        assert!(
            acked - total_acked < 20_000,
            "round {round}: the kill came after the work was done, so it tested nothing"
        );
        assert!(
            size >= acked,
            "round {round}: entries up to {} were acknowledged, but the log holds only {size}",
            acked - 1
        );
        total_acked = size;
        let verify = l.run(&["ledger", "verify"]);
        assert_eq!(verify.code, 0, "round {round}: {}", verify.stdout);
    }
    let after = l.append(&(entry(1) + "\n"));
    assert_eq!(
        after.code, 0,
        "appending goes on after the crashes: {}",
        after.stderr
    );
    eprintln!("crash test: {total_acked} entries survived 6 SIGKILLs, and the log verifies");
    let _: &Path = &l.dir;
}

/// Issue 9 #11: with only a `shipgate.toml` naming the ledger, every `ledger`
/// subcommand reads and writes that ledger, from the config's folder, from a
/// subfolder, and with `--config`.
#[test]
fn every_subcommand_uses_the_configured_ledger() {
    let dir = temp_dir("config-location");
    std::fs::write(
        dir.join("shipgate.toml"),
        "[ledger]\nlocation = \"sqlite:audit/ledger.db\"\n",
    )
    .unwrap();
    std::fs::create_dir_all(dir.join("sub/deeper")).unwrap();
    let run = shipgate(
        &dir,
        &[
            "ledger",
            "keygen",
            "--name",
            "audit.example/payments",
            "--out",
            "keys",
        ],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let key = dir.join("keys/audit.example_payments.key");
    let public = dir.join("keys/audit.example_payments.pub");
    let (key, public) = (key.to_str().unwrap(), public.to_str().unwrap());
    let configured = dir.join("audit/ledger.db");

    let run = shipgate(&dir, &["ledger", "init"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stderr.contains(&configured.display().to_string()),
        "{}",
        run.stderr
    );
    assert!(configured.exists(), "init creates the configured ledger");

    // append, from a subfolder: the nearest shipgate.toml is found upwards.
    let lines: String = (0..4).map(|i| entry(i) + "\n").collect();
    std::fs::write(dir.join("input.jsonl"), lines).unwrap();
    let run = shipgate(
        &dir.join("sub/deeper"),
        &["ledger", "append", "../../input.jsonl"],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(run.stdout, "appended 0..3\n");

    let run = shipgate(&dir, &["ledger", "log"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(run.stdout.lines().count(), 4, "{}", run.stdout);
    let run = shipgate(&dir.join("sub"), &["ledger", "show", "3"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.contains("\"seq\": 3"), "{}", run.stdout);
    let run = shipgate(&dir, &["ledger", "checkpoint", "--key", key]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.contains("\n4\n"), "{}", run.stdout);
    let run = shipgate(&dir, &["ledger", "verify", "--public-key", public]);
    assert_eq!(run.code, 0, "{}", run.stdout);
    assert!(
        run.stdout.starts_with("ledger verified: 4 entries"),
        "{}",
        run.stdout
    );
    let run = shipgate(&dir, &["ledger", "prove", "2"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.contains("index 2\n"), "{}", run.stdout);
    let run = shipgate(
        &dir,
        &[
            "ledger",
            "export",
            "--out",
            "bundle",
            "--public-key",
            public,
        ],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let exported = std::fs::read_to_string(dir.join("bundle/entries.jsonl")).unwrap();
    assert_eq!(exported.lines().count(), 4);
    assert!(
        !dir.join(".shipgate").exists() && !dir.join("sub/deeper/.shipgate").exists(),
        "no command used the default ledger"
    );

    // `--config` from elsewhere: its folder anchors the relative location.
    let elsewhere = temp_dir("config-location-elsewhere");
    let config = dir.join("shipgate.toml");
    let run = shipgate(
        &elsewhere,
        &["--config", config.to_str().unwrap(), "ledger", "log"],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(run.stdout.lines().count(), 4, "{}", run.stdout);
    // The flag, then the variable, win over the configuration.
    let other = format!("sqlite:{}", dir.join("other.db").display());
    let run = shipgate(&dir, &["--ledger", &other, "ledger", "init"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let run = shipgate(&dir, &["--ledger", &other, "ledger", "log"]);
    assert_eq!((run.code, run.stdout.as_str()), (0, ""), "{}", run.stderr);
    let run = shipgate_env(&dir, &["ledger", "log"], &[("SHIPGATE_LEDGER", &other)]);
    assert_eq!((run.code, run.stdout.as_str()), (0, ""), "{}", run.stderr);
}

/// Runs shipgate in `dir` as the user `uid` (the test runs as root).
fn shipgate_as(uid: u32, dir: &Path, args: &[&str]) -> common::Run {
    use std::os::unix::process::CommandExt as _;
    let output = Command::new(env!("CARGO_BIN_EXE_shipgate"))
        .args(args)
        .current_dir(dir)
        .env_remove("SHIPGATE_LEDGER")
        .env_remove("SHIPGATE_LEDGER_KEY")
        .env_remove("SHIPGATE_CONFIG")
        .uid(uid)
        .gid(uid)
        .output()
        .expect("run shipgate");
    common::Run {
        code: output.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

fn running_as_root() -> bool {
    use std::os::unix::fs::MetadataExt as _;
    std::fs::metadata("/proc/self").is_ok_and(|m| m.uid() == 0)
}

/// Every reading command, run against `location`; each must succeed.
fn read_everything(run: &dyn Fn(&[&str]) -> common::Run, public: &str, out: &str) {
    let log = run(&["ledger", "log"]);
    assert_eq!(log.code, 0, "log: {}", log.stderr);
    assert_eq!(log.stdout.lines().count(), 10, "{}", log.stdout);
    let show = run(&["ledger", "show", "4"]);
    assert_eq!(show.code, 0, "show: {}", show.stderr);
    let prove = run(&["ledger", "prove", "4"]);
    assert_eq!(prove.code, 0, "prove: {}", prove.stderr);
    let verify = run(&["ledger", "verify", "--public-key", public]);
    assert_eq!(verify.code, 0, "verify: {}{}", verify.stdout, verify.stderr);
    assert!(
        verify.stdout.starts_with("ledger verified: 10 entries"),
        "{}",
        verify.stdout
    );
    let export = run(&["ledger", "export", "--out", out, "--public-key", public]);
    assert_eq!(export.code, 0, "export: {}", export.stderr);
}

/// Issue 9 #13: a ledger an auditor may only read can be logged, shown,
/// proved, verified and exported, and reading it writes nothing.
#[test]
fn a_read_only_ledger_is_readable_and_never_written() {
    use std::os::unix::fs::PermissionsExt as _;
    let l = Ledger::new("read-only");
    let lines: String = (0..10).map(|i| entry(i) + "\n").collect();
    assert_eq!(l.append(&lines).code, 0);
    assert_eq!(l.run(&["ledger", "checkpoint", "--key", &l.key()]).code, 0);
    // The auditor's copy: a read-only file in a read-only folder.
    let folder = l.dir.join("audit");
    std::fs::create_dir(&folder).unwrap();
    let db = folder.join("ledger.db");
    std::fs::copy(l.dir.join("ledger.db"), &db).unwrap();
    std::fs::set_permissions(&db, std::fs::Permissions::from_mode(0o444)).unwrap();
    std::fs::set_permissions(&folder, std::fs::Permissions::from_mode(0o555)).unwrap();
    let before = (
        std::fs::read(&db).unwrap(),
        std::fs::metadata(&db).unwrap().modified().unwrap(),
    );
    let location = format!("sqlite:{}", db.display());
    let public = l.public();
    let unchanged = || {
        assert_eq!(
            std::fs::read(&db).unwrap(),
            before.0,
            "the ledger was written"
        );
        assert_eq!(
            std::fs::metadata(&db).unwrap().modified().unwrap(),
            before.1
        );
        let files: Vec<_> = std::fs::read_dir(&folder)
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(files, ["ledger.db"], "no -wal, -shm or journal is created");
    };

    let with_location = |args: &[&str]| {
        let mut all = vec!["--ledger", location.as_str()];
        all.extend_from_slice(args);
        shipgate(&l.dir, &all)
    };
    read_everything(&with_location, &public, "bundle-root");
    unchanged();

    // A reading command never creates a ledger that is not there.
    let missing = l.dir.join("missing/ledger.db");
    let run = shipgate(
        &l.dir,
        &[
            "--ledger",
            &format!("sqlite:{}", missing.display()),
            "ledger",
            "verify",
        ],
    );
    assert_eq!(run.code, 2, "{}", run.stdout);
    assert!(
        run.stderr.contains("there is no ledger at"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("ledger init"), "{}", run.stderr);
    assert!(!l.dir.join("missing").exists());

    // The real failure mode: a user who may not write the file or its folder.
    if running_as_root() {
        let nobody = |args: &[&str]| {
            let mut all = vec!["--ledger", location.as_str()];
            all.extend_from_slice(args);
            shipgate_as(65_534, Path::new("/"), &all)
        };
        // keygen makes its folder private; the public key is for everyone.
        std::fs::set_permissions(l.dir.join("keys"), std::fs::Permissions::from_mode(0o755))
            .unwrap();
        let out = temp_dir("read-only-out");
        std::fs::set_permissions(&out, std::fs::Permissions::from_mode(0o777)).unwrap();
        read_everything(&nobody, &public, out.join("bundle").to_str().unwrap());
        unchanged();
        // Writing is refused, as a runtime error, and writes nothing.
        let input = l.dir.join("input.jsonl");
        let append = nobody(&["ledger", "append", input.to_str().unwrap()]);
        assert_eq!(append.code, 3, "{}{}", append.stdout, append.stderr);
        unchanged();
        // A file whose mode allows writing, in a folder the user cannot write
        // to (SQLite cannot create its -shm there): still readable.
        std::fs::set_permissions(&db, std::fs::Permissions::from_mode(0o644)).unwrap();
        std::fs::set_permissions(&folder, std::fs::Permissions::from_mode(0o755)).unwrap();
        read_everything(&nobody, &public, out.join("bundle2").to_str().unwrap());
        unchanged();
    }
}

/// Runs shipgate in `dir` with extra environment variables.
fn shipgate_env(dir: &Path, args: &[&str], vars: &[(&str, &str)]) -> common::Run {
    let output = Command::new(env!("CARGO_BIN_EXE_shipgate"))
        .args(args)
        .current_dir(dir)
        .env_remove("SHIPGATE_LEDGER")
        .env_remove("SHIPGATE_LEDGER_KEY")
        .env_remove("SHIPGATE_CONFIG")
        .envs(vars.iter().copied())
        .output()
        .expect("run shipgate");
    common::Run {
        code: output.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

/// Issue 9 #12: entries newer than the latest checkpoint are never left out
/// of an export silently, and a filter that matches nothing is refused.
#[test]
fn export_never_leaves_entries_out_silently() {
    let l = Ledger::new("export-newer");
    let lines: String = (0..10).map(|i| entry(i) + "\n").collect();
    assert_eq!(l.append(&lines).code, 0);
    assert_eq!(l.run(&["ledger", "checkpoint", "--key", &l.key()]).code, 0);
    let lines: String = (10..15).map(|i| entry(i) + "\n").collect();
    assert_eq!(l.append(&lines).code, 0);
    let public = l.public();
    let exported = |out: &str| {
        std::fs::read_to_string(l.dir.join(out).join("entries.jsonl"))
            .unwrap()
            .lines()
            .count()
    };

    // No key: refused, naming what would be left out; nothing is written.
    let run = l.run(&["ledger", "export", "--out", "a", "--public-key", &public]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stderr.contains(
            "5 of the 15 entries to export are newer than the latest checkpoint (size 10)"
        ),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("--up-to-checkpoint"), "{}", run.stderr);
    assert!(!l.dir.join("a").exists());

    // --up-to-checkpoint: what the checkpoint covers, and says what is left out.
    let run = l.run(&[
        "ledger",
        "export",
        "--out",
        "b",
        "--public-key",
        &public,
        "--up-to-checkpoint",
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stderr.contains("left out 5 matching entries"),
        "{}",
        run.stderr
    );
    assert_eq!(exported("b"), 10);
    let readme = std::fs::read_to_string(l.dir.join("b/README.md")).unwrap();
    assert!(readme.contains("5 matching entries newer"), "{readme}");

    // A filter whose entries are all covered needs neither.
    let run = l.run(&[
        "ledger",
        "export",
        "--out",
        "c",
        "--public-key",
        &public,
        "--until",
        "2026-11-23T10:05:00Z",
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(exported("c"), 5);

    // With the key (flag or SHIPGATE_LEDGER_KEY): a fresh checkpoint is signed first.
    let run = shipgate_env(
        &l.dir,
        &[
            "--ledger",
            &l.location(),
            "ledger",
            "export",
            "--out",
            "d",
            "--public-key",
            &public,
        ],
        &[("SHIPGATE_LEDGER_KEY", &l.key())],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stderr
            .contains("signed and stored a checkpoint at size 15"),
        "{}",
        run.stderr
    );
    assert_eq!(exported("d"), 15);
    let verify = shipgate(
        &l.dir,
        &["ledger", "verify", "--bundle", "d", "--public-key", &public],
    );
    assert_eq!(verify.code, 0, "{}", verify.stdout);
    assert!(
        verify
            .stdout
            .contains("15 entries are in the log of size 15"),
        "{}",
        verify.stdout
    );
    let lines: String = (15..17).map(|i| entry(i) + "\n").collect();
    assert_eq!(l.append(&lines).code, 0);
    let run = l.run(&[
        "ledger",
        "export",
        "--out",
        "e",
        "--public-key",
        &public,
        "--key",
        &l.key(),
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(exported("e"), 17);

    // A filter that matches nothing says so, and exits 1.
    let run = l.run(&[
        "ledger",
        "export",
        "--out",
        "f",
        "--public-key",
        &public,
        "--environment",
        "prod",
    ]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stderr
            .contains("no entry of the 17 in the ledger matches --environment prod"),
        "{}",
        run.stderr
    );
    let run = l.run(&[
        "ledger",
        "export",
        "--out",
        "f",
        "--public-key",
        &public,
        "--since",
        "2030-01-01",
    ]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stderr.contains("matches --since 2030-01-01"),
        "{}",
        run.stderr
    );
    assert!(!l.dir.join("f").exists());
}

/// Issue 9 #14: flags that used to be ignored are implemented or refused (exit 2).
#[test]
fn ignored_flags_are_implemented_or_refused() {
    let l = Ledger::new("flags");
    let lines: String = (0..3).map(|i| entry(i) + "\n").collect();
    assert_eq!(l.append(&lines).code, 0);

    // An unknown kind is a usage error that lists the kinds; a known one filters.
    let run = l.run(&["ledger", "log", "--kind", "gates"]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    for kind in [
        "gate",
        "approval",
        "deployment",
        "rollback",
        "smoke",
        "note",
        "admin",
    ] {
        assert!(run.stderr.contains(kind), "{}", run.stderr);
    }
    let run = l.run(&["ledger", "log", "--kind", "deployment"]);
    assert_eq!(
        (run.code, run.stdout.lines().count()),
        (0, 3),
        "{}",
        run.stderr
    );

    // verify --format json: versioned JSON, for a good log and a bad one.
    assert_eq!(l.run(&["ledger", "checkpoint", "--key", &l.key()]).code, 0);
    let run = l.run(&[
        "ledger",
        "verify",
        "--public-key",
        &l.public(),
        "--format",
        "json",
    ]);
    assert_eq!(run.code, 0, "{}", run.stdout);
    let value: serde_json::Value = serde_json::from_str(&run.stdout).expect("JSON");
    assert_eq!(value["version"], 1);
    assert_eq!(value["kind"], "ledger");
    assert_eq!(value["ok"], true);
    assert_eq!(value["entries"], 3);
    assert_eq!(value["latest_checkpoint"]["size"], 3);
    assert!(value["first_bad_entry"].is_null());
    let run = l.run(&[
        "ledger",
        "export",
        "--out",
        "b",
        "--public-key",
        &l.public(),
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let run = shipgate(
        &l.dir,
        &["ledger", "verify", "--bundle", "b", "--format", "json"],
    );
    let value: serde_json::Value = serde_json::from_str(&run.stdout).expect("JSON");
    assert_eq!(
        (
            value["kind"].as_str(),
            value["ok"].as_bool(),
            value["entries"].as_u64()
        ),
        (Some("bundle"), Some(true), Some(3))
    );
    assert!(
        value["notes"][0]
            .as_str()
            .unwrap()
            .contains("no --public-key given"),
        "{value}"
    );
    let run = l.run(&["ledger", "verify", "--format", "sarif"]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(
        run.stderr.contains("invalid value 'sarif'"),
        "{}",
        run.stderr
    );

    // Formats and --record that a ledger verb does not use are refused.
    for args in [
        &["ledger", "prove", "0", "--format", "json"][..],
        &["ledger", "checkpoint", "--key", "k", "--format", "json"],
        &["ledger", "init", "--format", "junit"],
        &["ledger", "log", "--record"],
        &["ledger", "verify", "--record"],
        &["ledger", "append", "input.jsonl", "--record"],
    ] {
        let run = l.run(args);
        assert_eq!(run.code, 2, "{args:?}: {}", run.stderr);
        assert!(
            run.stderr.contains("--record") || run.stderr.contains("--format"),
            "{}",
            run.stderr
        );
    }
    assert_eq!(
        l.run(&["ledger", "log"]).stdout.lines().count(),
        3,
        "nothing was appended"
    );

    // rule --format json: id, gate, summary, severity and doc.
    let run = shipgate(
        &l.dir,
        &["rule", "adding-required-column", "--format", "json"],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let value: serde_json::Value = serde_json::from_str(&run.stdout).expect("JSON");
    assert_eq!(value["id"], "adding-required-column");
    assert_eq!(value["gate"], "migrations");
    assert!(value["severity"].is_string() && value["summary"].is_string());
    assert!(
        value["doc"].as_str().unwrap().contains("## What it does"),
        "{value}"
    );
    let run = shipgate(&l.dir, &["rule", "adding-required-column"]);
    assert!(
        run.stdout.starts_with("# adding-required-column"),
        "{}",
        run.stdout
    );
    let run = shipgate(
        &l.dir,
        &["rule", "adding-required-column", "--format", "sarif"],
    );
    assert_eq!(run.code, 2, "{}", run.stderr);

    // rules/rule --record and init --format json are refused, and do nothing.
    for args in [
        &["rules", "--record"][..],
        &["rule", "adding-required-column", "--record"],
    ] {
        let run = shipgate(&l.dir, args);
        assert_eq!(run.code, 2, "{args:?}: {}", run.stderr);
        // The command does not take the flag at all: clap refuses it.
        assert!(
            run.stderr.contains("unexpected argument '--record'"),
            "{}",
            run.stderr
        );
        assert_eq!(run.stdout, "");
    }
    // Given before the command, as earlier releases took it, the flag is
    // refused by the command itself.
    let run = shipgate(&l.dir, &["--record", "rules"]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(
        run.stderr.contains("does not take `--record`"),
        "{}",
        run.stderr
    );
    let run = shipgate(&l.dir, &["init", "--format", "json"]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(run.stderr.contains("'--format'"), "{}", run.stderr);
    let run = shipgate(&l.dir, &["--format", "json", "init"]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(run.stderr.contains("--format json"), "{}", run.stderr);
    assert!(!l.dir.join("shipgate.toml").exists());
    let run = shipgate(&l.dir, &["init"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
}

/// Issue 9 #15: with one checkpoint for the whole log, a changed entry 3 is
/// named as the first bad entry, in text and JSON.
#[test]
fn verify_names_the_changed_entry_not_the_start_of_the_checkpoint() {
    let l = Ledger::new("verify-first-bad");
    let lines: String = (0..10).map(|i| entry(i) + "\n").collect();
    assert_eq!(l.append(&lines).code, 0);
    assert_eq!(l.run(&["ledger", "checkpoint", "--key", &l.key()]).code, 0);
    let run = l.run(&["ledger", "verify", "--public-key", &l.public()]);
    assert_eq!(run.code, 0, "{}", run.stdout);
    // Change entry 3's bytes in the database.
    let db = l.dir.join("ledger.db");
    let status = Command::new("sqlite3")
        .arg(&db)
        .arg("UPDATE entries SET body = CAST(replace(CAST(body AS TEXT), '\"n\":3', '\"n\":300') AS BLOB) WHERE seq = 3")
        .status();
    match status {
        Err(_) => {
            eprintln!("SKIPPED: no sqlite3 command");
            return;
        }
        Ok(status) => assert!(status.success()),
    }
    let run = l.run(&["ledger", "verify", "--public-key", &l.public()]);
    assert_eq!(run.code, 1, "{}", run.stdout);
    assert!(
        run.stdout
            .starts_with("ledger FAILED verification: first bad entry: 3\n"),
        "{}",
        run.stdout
    );
    assert!(!run.stdout.contains("0..9"), "{}", run.stdout);
    let run = l.run(&[
        "ledger",
        "verify",
        "--public-key",
        &l.public(),
        "--format",
        "json",
    ]);
    let value: serde_json::Value = serde_json::from_str(&run.stdout).expect("JSON");
    assert_eq!(value["ok"], false);
    assert_eq!(value["first_bad_entry"]["index"], 3, "{value}");
    assert!(value["first_bad_entry"]["until"].is_null(), "{value}");

    // With the recorded hash rewritten as well, the checkpoint can only
    // bracket the change, and the output says it is a range.
    let copied = Command::new("sqlite3")
        .arg(&db)
        .arg("UPDATE entries SET body = (SELECT body FROM entries WHERE seq = 5), leaf_hash = (SELECT leaf_hash FROM entries WHERE seq = 5) WHERE seq = 3")
        .status()
        .unwrap();
    assert!(copied.success());
    let run = l.run(&["ledger", "verify", "--public-key", &l.public()]);
    assert_eq!(run.code, 1, "{}", run.stdout);
    assert!(
        run.stdout
            .starts_with("ledger FAILED verification: the first bad entry is in 0..9\n"),
        "{}",
        run.stdout
    );
}

/// Issue 9 #16: `ledger append` names the input line for every kind of
/// error, and a time flag says which formats it takes.
#[test]
fn append_errors_name_the_line_and_times_name_the_format() {
    let l = Ledger::new("append-lines");
    let bad_kind = entry(0).replace("\"deployment\"", "\"deploy\"");
    // One object on one line, after blank lines.
    let run = l.append(&format!("\n\n{bad_kind}\n"));
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("input.jsonl:3: "), "{}", run.stderr);
    assert!(run.stderr.contains("`kind` is `deploy`"), "{}", run.stderr);
    // One pretty-printed object: the line it starts on.
    let pretty = serde_json::to_string_pretty(
        &serde_json::from_str::<serde_json::Value>(&bad_kind).unwrap(),
    )
    .unwrap();
    let run = l.append(&format!("\n{pretty}\n"));
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("input.jsonl:2: "), "{}", run.stderr);
    // JSON Lines: a schema error, an entry over the size limit, and not JSON.
    let run = l.append(&format!("{}\n{}\n{bad_kind}\n", entry(0), entry(1)));
    assert!(
        run.stderr.contains("input.jsonl:3: `kind` is `deploy`"),
        "{}",
        run.stderr
    );
    let big = entry(0).replace(
        "{\"n\":0}",
        &format!("{{\"blob\":\"{}\"}}", "x".repeat(70_000)),
    );
    let run = l.append(&format!("{}\n{big}\n", entry(0)));
    assert!(
        run.stderr.contains("input.jsonl:2: ") && run.stderr.contains("65535"),
        "{}",
        run.stderr
    );
    let run = l.append(&format!("{}\n[1, 2]\n", entry(0)));
    assert!(run.stderr.contains("input.jsonl:2: "), "{}", run.stderr);
    // Bytes that are not UTF-8, on line 2.
    let file = l.dir.join("binary.jsonl");
    let mut bytes = (entry(0) + "\n").into_bytes();
    bytes.extend_from_slice(b"{\"v\":\xff}\n");
    std::fs::write(&file, bytes).unwrap();
    let run = l.run(&["ledger", "append", file.to_str().unwrap()]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("binary.jsonl:2: not UTF-8"),
        "{}",
        run.stderr
    );

    // A batch the store refuses names its input lines; earlier batches stay.
    assert_eq!(l.run(&["ledger", "init"]).code, 0);
    let trigger = Command::new("sqlite3")
        .arg(l.dir.join("ledger.db"))
        .arg("CREATE TRIGGER refuse BEFORE INSERT ON entries WHEN NEW.seq >= 2 BEGIN SELECT RAISE(ABORT, 'refused by a test trigger'); END;")
        .status();
    if trigger.is_ok_and(|s| s.success()) {
        std::fs::write(
            l.dir.join("three.jsonl"),
            format!("{}\n\n{}\n{}\n", entry(0), entry(1), entry(2)),
        )
        .unwrap();
        let run = l.run(&["ledger", "append", "three.jsonl", "--batch-size", "2"]);
        assert_eq!(run.code, 3, "{}", run.stderr);
        assert_eq!(run.stdout, "appended 0..1\n");
        assert!(
            run.stderr
                .contains("three.jsonl:4: the entries of lines 4..4"),
            "{}",
            run.stderr
        );
        assert!(
            run.stderr.contains("refused by a test trigger"),
            "{}",
            run.stderr
        );
        let _ = Command::new("sqlite3")
            .arg(l.dir.join("ledger.db"))
            .arg("DROP TRIGGER refuse;")
            .status();
    } else {
        eprintln!("SKIPPED: no sqlite3 command to install a refusing trigger");
    }

    // `--since yesterday` says which formats a time takes, for log and export.
    assert_eq!(l.append(&(entry(0) + "\n")).code, 0);
    for args in [
        &["ledger", "log", "--since", "yesterday"][..],
        &[
            "ledger",
            "export",
            "--out",
            "x",
            "--public-key",
            "k.pub",
            "--since",
            "yesterday",
        ],
        &[
            "ledger",
            "export",
            "--out",
            "x",
            "--public-key",
            "k.pub",
            "--until",
            "2026-1-1",
        ],
    ] {
        let run = l.run(args);
        assert_eq!(run.code, 2, "{args:?}: {}", run.stderr);
        assert!(
            run.stderr.contains("YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ"),
            "{args:?}: {}",
            run.stderr
        );
    }
}

/// Issue 9 #18: impossible times are refused, naming the value, in entries
/// and in time flags; real ones (a leap day) are accepted.
#[test]
fn impossible_times_are_refused() {
    let l = Ledger::new("impossible-times");
    let run = l.append(&entry(0).replace("2026-11-23T10:00:00Z", "2026-02-31T23:00:00Z"));
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(
        run.stderr
            .contains("input.jsonl:1: `time`: `2026-02-31T23:00:00Z` is not a real time"),
        "{}",
        run.stderr
    );
    let run = l.append(&entry(0).replace("2026-11-23T10:00:00Z", "2028-02-29T23:00:00Z"));
    assert_eq!(run.code, 0, "{}", run.stderr);
    for flag in ["--since", "--until"] {
        let run = l.run(&["ledger", "log", flag, "2026-02-31"]);
        assert_eq!(run.code, 2, "{}", run.stderr);
        assert!(
            run.stderr
                .contains(&format!("{flag} `2026-02-31` is not a real time")),
            "{}",
            run.stderr
        );
    }
    let run = l.run(&["ledger", "log", "--since", "2028-02-29"]);
    assert_eq!(
        (run.code, run.stdout.lines().count()),
        (0, 1),
        "{}",
        run.stderr
    );
}

/// Runs `shipgate ledger keygen` in `dir` with only the given `HOME` and
/// `XDG_CONFIG_HOME`.
fn keygen(dir: &Path, extra: &[&str], home: Option<&Path>, xdg: Option<&Path>) -> common::Run {
    let mut command = Command::new(env!("CARGO_BIN_EXE_shipgate"));
    command
        .args(["ledger", "keygen", "--name", "audit.example/payments"])
        .args(extra)
        .current_dir(dir)
        .env_remove("HOME")
        .env_remove("XDG_CONFIG_HOME");
    if let Some(home) = home {
        command.env("HOME", home);
    }
    if let Some(xdg) = xdg {
        command.env("XDG_CONFIG_HOME", xdg);
    }
    let output = command.output().expect("run shipgate");
    common::Run {
        code: output.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

/// Issue 9 #2: keygen never writes a private key into the current folder by
/// default: it uses the user's key folder (0700, key 0600), refuses when that
/// folder is inside a git work tree, and warns for an explicit `--out` inside one.
#[test]
fn keygen_writes_keys_outside_the_repository() {
    use std::os::unix::fs::PermissionsExt as _;
    let base = temp_dir("keygen-default");
    let repo = base.join("repo");
    std::fs::create_dir_all(repo.join(".git")).unwrap();
    let home = base.join("home");
    std::fs::create_dir_all(&home).unwrap();
    let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;

    // Default: ~/.config/shipgate/keys, nothing in the repository.
    let run = keygen(&repo, &[], Some(&home), None);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let keys = home.join(".config/shipgate/keys");
    let private = keys.join("audit.example_payments.key");
    assert!(private.exists() && keys.join("audit.example_payments.pub").exists());
    assert_eq!(mode(&private), 0o600);
    assert_eq!(mode(&keys), 0o700);
    assert!(
        run.stderr.contains(&private.display().to_string()),
        "{}",
        run.stderr
    );
    assert_eq!(
        std::fs::read_dir(&repo).unwrap().count(),
        1,
        "only .git is in the repository"
    );
    assert!(!run.stderr.contains("warning"), "{}", run.stderr);
    // A second key of the same name is refused, not overwritten.
    assert_eq!(keygen(&repo, &[], Some(&home), None).code, 2);

    // $XDG_CONFIG_HOME wins over HOME.
    let xdg = base.join("xdg");
    let run = keygen(&repo, &[], Some(&home), Some(&xdg));
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        xdg.join("shipgate/keys/audit.example_payments.key")
            .exists()
    );

    // A default key folder inside a git work tree is refused.
    let run = keygen(&base, &[], Some(&repo.join("home")), None);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(
        run.stderr.contains("inside the git work tree"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("--out DIR"), "{}", run.stderr);
    assert!(!repo.join("home").exists(), "nothing is written");
    // No HOME and no XDG_CONFIG_HOME: refused, saying what to pass.
    let run = keygen(&repo, &[], None, None);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(run.stderr.contains("--out DIR"), "{}", run.stderr);

    // --out outside a work tree: written there, no warning.
    let run = keygen(&base, &["--out", "outside"], Some(&home), None);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(base.join("outside/audit.example_payments.key").exists());
    assert!(!run.stderr.contains("warning"), "{}", run.stderr);
    // --out inside a work tree: written, with a warning.
    let run = keygen(&repo.join("."), &["--out", "keys"], Some(&home), None);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(repo.join("keys/audit.example_payments.key").exists());
    assert!(
        run.stderr
            .contains("warning: `keys` is inside the git work tree"),
        "{}",
        run.stderr
    );
}
