//! Runs the real binary with a scrubbed environment, so a test gives the same
//! result on a laptop and in CI.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a test fails by panicking"
)]
#![allow(dead_code)]

pub mod seed_api;

use std::path::{Path, PathBuf};
use std::process::Command;

/// What a run of shipgate produced.
pub struct Run {
    /// Exit code.
    pub code: i32,
    /// Everything written to stdout.
    pub stdout: String,
    /// Everything written to stderr.
    pub stderr: String,
}

/// The repository root.
pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .canonicalize()
        .unwrap()
}

/// The example project.
pub fn example() -> PathBuf {
    repo_root().join("examples/payments-app")
}

/// Runs `shipgate args...` in `dir`.
pub fn shipgate(dir: &Path, args: &[&str]) -> Run {
    shipgate_with_env(dir, args, &[])
}

/// Runs `shipgate args...` in `dir` with the scrubbed environment plus `env`
/// (such as `GITLAB_USER_LOGIN`, to say who runs it).
pub fn shipgate_with_env(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> Run {
    let mut command = Command::new(env!("CARGO_BIN_EXE_shipgate"));
    command.args(args).current_dir(dir);
    for (key, _) in std::env::vars_os() {
        let key = key.to_string_lossy().into_owned();
        if key.starts_with("CI")
            || key.starts_with("GITLAB")
            || key.starts_with("GITHUB")
            || key.starts_with("SHIPGATE")
            || key == "NO_COLOR"
        {
            command.env_remove(&key);
        }
    }
    command.envs(env.iter().copied());
    let output = command.output().expect("run shipgate");
    Run {
        code: output.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

/// A fresh temporary folder.
pub fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("shipgate-test-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Replaces the tool version so snapshots survive a release.
pub fn scrub(text: &str) -> String {
    text.replace(env!("CARGO_PKG_VERSION"), "[VERSION]")
}

/// Runs git in `dir` with fixed identities and dates, so commit ids are stable.
pub fn git(dir: &Path, args: &[&str]) {
    let status = Command::new("git")
        .args(args)
        .current_dir(dir)
        .env("GIT_AUTHOR_NAME", "Dana Dev")
        .env("GIT_AUTHOR_EMAIL", "dana@payments.test")
        .env("GIT_COMMITTER_NAME", "Dana Dev")
        .env("GIT_COMMITTER_EMAIL", "dana@payments.test")
        .env("GIT_AUTHOR_DATE", "2025-03-01T10:00:00Z")
        .env("GIT_COMMITTER_DATE", "2025-03-01T10:00:00Z")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("HOME", dir)
        .status()
        .unwrap();
    assert!(status.success(), "git {args:?}");
}

pub fn write(dir: &Path, rel: &str, text: &str) {
    let path = dir.join(rel);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}

pub fn commit(dir: &Path, message: &str) {
    git(dir, &["add", "-A"]);
    git(dir, &["commit", "-q", "--allow-empty", "-m", message]);
}

/// Starts `shipgate ledger --ledger LOCATION serve` on a free loopback port in
/// `dir` (with the log key `keys/audit.test_log.key`), and returns the child
/// and the address it listens on.
pub fn serve(dir: &Path, location: &str) -> (std::process::Child, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_shipgate"))
        .args([
            "ledger",
            "--ledger",
            location,
            "serve",
            "--listen",
            "127.0.0.1:0",
            "--key",
            "keys/audit.test_log.key",
        ])
        .current_dir(dir)
        .env_remove("SHIPGATE_LEDGER")
        .env("RUST_LOG", "warn")
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let stderr = child.stderr.take().unwrap();
    let (found, address) = std::sync::mpsc::channel();
    // Read stderr to its end, so the server never blocks on it.
    std::thread::spawn(move || {
        let mut stderr = std::io::BufReader::new(stderr);
        let mut line = String::new();
        while std::io::BufRead::read_line(&mut stderr, &mut line).unwrap_or(0) > 0 {
            if let Some(a) = line.trim().strip_prefix("listening on http://") {
                let _ = found.send(a.to_owned());
            }
            line.clear();
        }
    });
    if let Ok(addr) = address.recv_timeout(std::time::Duration::from_secs(60)) {
        (child, addr)
    } else {
        let _ = child.kill();
        let _ = child.wait();
        panic!("the server never said where it listens");
    }
}

/// A `shipgate ledger serve` on loopback, stopped when dropped.
pub struct AuditServer {
    child: std::process::Child,
    /// `http://127.0.0.1:PORT`.
    pub url: String,
}

impl AuditServer {
    /// Serves the ledger at `location` from `dir` (see [`serve`]).
    pub fn start(dir: &Path, location: &str) -> Self {
        let (child, addr) = serve(dir, location);
        Self {
            child,
            url: format!("http://{addr}"),
        }
    }
}

/// Reads one whole request, headers and body: a server that closes with an
/// unread body resets the connection, and the client sees an error instead
/// of the answer.
pub fn read_request(stream: &mut std::net::TcpStream) -> String {
    let mut data = Vec::new();
    let mut buf = [0u8; 8192];
    loop {
        let text = String::from_utf8_lossy(&data).into_owned();
        if let Some(end) = text.find("\r\n\r\n") {
            let length = text[..end]
                .lines()
                .find_map(|l| {
                    let (name, value) = l.split_once(':')?;
                    name.eq_ignore_ascii_case("content-length")
                        .then(|| value.trim().parse::<usize>().ok())?
                })
                .unwrap_or(0);
            if data.len() >= end + 4 + length {
                return text;
            }
        }
        match std::io::Read::read(stream, &mut buf) {
            Ok(0) | Err(_) => return text,
            Ok(n) => data.extend_from_slice(&buf[..n]),
        }
    }
}

impl Drop for AuditServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Writes the log key pair `keys/audit.test_log.key` and `.pub` in `dir`.
pub fn log_keys(dir: &Path) {
    let run = shipgate(
        dir,
        &[
            "ledger",
            "keygen",
            "--name",
            "audit.test/log",
            "--out",
            "keys",
        ],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
}

/// Creates the token `name` with `role` in the ledger at `location`; its secret.
pub fn token(dir: &Path, location: &str, name: &str, role: &str) -> String {
    let run = shipgate(
        dir,
        &[
            "ledger", "--ledger", location, "token", "create", "--name", name, "--role", role,
        ],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    run.stdout.trim().to_owned()
}

/// `registry/payments@sha256:cccc...`: an image pinned by a digest of `c`s.
pub fn image(c: char) -> String {
    format!("registry/payments@sha256:{}", c.to_string().repeat(64))
}

/// `run`, which must have exited 0.
pub fn ok(run: Run) -> Run {
    assert_eq!(
        run.code, 0,
        "stdout:\n{}\nstderr:\n{}",
        run.stdout, run.stderr
    );
    run
}

/// The full id of `HEAD` in `dir`.
pub fn head(dir: &Path) -> String {
    let out = std::process::Command::new("git")
        .args(["rev-parse", "HEAD"])
        .current_dir(dir)
        .output()
        .unwrap();
    String::from_utf8(out.stdout).unwrap().trim().to_owned()
}
