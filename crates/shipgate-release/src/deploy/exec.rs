//! The `exec` driver: the user's own deploy command (helm, argocd, nomad, a
//! script), given the request in environment variables.
//!
//! | variable | value |
//! |---|---|
//! | `SHIPGATE_ACTION` | `deploy` or `rollback` |
//! | `SHIPGATE_SERVICE` | the service |
//! | `SHIPGATE_ENVIRONMENT` | the environment |
//! | `SHIPGATE_COMMIT` | the commit being deployed |
//! | `SHIPGATE_IMAGE` | `NAME@sha256:...`, the image to run |
//! | `SHIPGATE_IMAGE_NAME`, `SHIPGATE_IMAGE_DIGEST` | its two parts |
//! | `SHIPGATE_PREVIOUS_IMAGE` | the image running before, or empty |
//!
//! Exit code 0 is success; anything else, a signal, or running past the
//! timeout (the command is then killed) is a failed deployment.

use std::io::Read;
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::thread;
use std::time::{Duration, Instant};

use super::{Driver, DriverError, DriverOutcome, DriverRequest};

/// At most this much of each output stream is kept (the end of it).
pub const OUTPUT_LIMIT: usize = 256 * 1024;

/// Runs a configured command.
#[derive(Debug, Clone)]
pub struct ExecDriver {
    /// The program and its arguments.
    pub command: Vec<String>,
    /// The folder it runs in (the config file's).
    pub dir: PathBuf,
    /// How long it may run.
    pub timeout: Duration,
}

fn read_tail(mut reader: impl Read) -> Vec<u8> {
    let mut kept = Vec::new();
    let mut buf = [0u8; 8192];
    loop {
        match reader.read(&mut buf) {
            Ok(0) | Err(_) => break,
            Ok(n) => {
                kept.extend_from_slice(&buf[..n]);
                if kept.len() > 2 * OUTPUT_LIMIT {
                    kept.drain(..kept.len() - OUTPUT_LIMIT);
                }
            }
        }
    }
    if kept.len() > OUTPUT_LIMIT {
        kept.drain(..kept.len() - OUTPUT_LIMIT);
    }
    kept
}

/// Kills the process group `pid` leads (unix), with the system's `kill`.
fn kill_group(pid: u32) {
    #[cfg(unix)]
    let _ = Command::new("kill")
        .args(["-KILL", "--", &format!("-{pid}")])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status();
    #[cfg(not(unix))]
    let _ = pid;
}

impl Driver for ExecDriver {
    fn name(&self) -> &'static str {
        "exec"
    }

    fn deploy(&mut self, request: &DriverRequest) -> Result<DriverOutcome, DriverError> {
        let program = self.command.first().cloned().unwrap_or_default();
        let started = Instant::now();
        let mut command = Command::new(&program);
        // Its own process group, so a timeout kills what it started too
        // (a script's `helm`, `sleep`), and no grandchild keeps its output open.
        #[cfg(unix)]
        std::os::unix::process::CommandExt::process_group(&mut command, 0);
        let mut child = command
            .args(self.command.iter().skip(1))
            .current_dir(&self.dir)
            .env("SHIPGATE_ACTION", request.action)
            .env("SHIPGATE_SERVICE", &request.service)
            .env("SHIPGATE_ENVIRONMENT", &request.environment)
            .env("SHIPGATE_COMMIT", &request.commit)
            .env("SHIPGATE_IMAGE", request.image.to_string())
            .env("SHIPGATE_IMAGE_NAME", &request.image.name)
            .env("SHIPGATE_IMAGE_DIGEST", &request.image.digest)
            .env(
                "SHIPGATE_PREVIOUS_IMAGE",
                request.previous_image.as_deref().unwrap_or(""),
            )
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .map_err(|e| DriverError::Spawn {
                program: program.clone(),
                message: e.to_string(),
            })?;
        let stdout = child
            .stdout
            .take()
            .map(|s| thread::spawn(move || read_tail(s)));
        let stderr = child
            .stderr
            .take()
            .map(|s| thread::spawn(move || read_tail(s)));
        let lost = |e: std::io::Error| DriverError::Wait {
            program: program.clone(),
            message: e.to_string(),
        };
        let mut timed_out = false;
        let status = loop {
            if let Some(status) = child.try_wait().map_err(lost)? {
                break status;
            }
            if started.elapsed() >= self.timeout {
                timed_out = true;
                kill_group(child.id());
                let _ = child.kill();
                break child.wait().map_err(lost)?;
            }
            thread::sleep(Duration::from_millis(10));
        };
        let duration = started.elapsed();
        let join = |handle: Option<thread::JoinHandle<Vec<u8>>>| {
            handle.and_then(|h| h.join().ok()).unwrap_or_default()
        };
        Ok(DriverOutcome {
            succeeded: status.success() && !timed_out,
            exit_code: status.code(),
            timed_out,
            stdout: join(stdout),
            stderr: join(stderr),
            duration,
            previous_image: None,
            detail: None,
        })
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, reason = "a test fails by panicking")]

    use super::*;
    use crate::deploy::ImageRef;

    fn request() -> DriverRequest {
        DriverRequest {
            action: "deploy",
            service: "payments".into(),
            environment: "staging".into(),
            commit: "aaaa1111".into(),
            image: format!("registry/payments@sha256:{}", "b".repeat(64))
                .parse::<ImageRef>()
                .unwrap(),
            previous_image: None,
            approvals: Vec::new(),
        }
    }

    fn driver(script: &str, timeout: Duration) -> ExecDriver {
        ExecDriver {
            command: vec!["sh".into(), "-c".into(), script.into()],
            dir: std::env::temp_dir(),
            timeout,
        }
    }

    #[test]
    fn the_command_gets_the_request_and_its_exit_code_decides() {
        let outcome = driver("echo \"$SHIPGATE_ACTION $SHIPGATE_IMAGE_DIGEST [$SHIPGATE_PREVIOUS_IMAGE]\"; echo warn >&2", Duration::from_secs(10))
            .deploy(&request())
            .unwrap();
        assert!(outcome.succeeded);
        assert_eq!(outcome.exit_code, Some(0));
        assert_eq!(
            String::from_utf8(outcome.stdout).unwrap(),
            format!("deploy sha256:{} []\n", "b".repeat(64))
        );
        assert_eq!(outcome.stderr, b"warn\n");
        let failed = driver("exit 3", Duration::from_secs(10))
            .deploy(&request())
            .unwrap();
        assert!(!failed.succeeded);
        assert_eq!(failed.exit_code, Some(3));
    }

    #[test]
    fn a_command_past_its_timeout_is_killed_and_failed() {
        let outcome = driver("sleep 5", Duration::from_millis(200))
            .deploy(&request())
            .unwrap();
        assert!(outcome.timed_out);
        assert!(!outcome.succeeded);
        assert!(
            outcome.duration < Duration::from_secs(4),
            "{:?}",
            outcome.duration
        );
    }

    #[test]
    fn a_missing_program_is_an_error() {
        let mut missing = driver("", Duration::from_secs(1));
        missing.command = vec!["/nonexistent/deploy".into()];
        let err = missing.deploy(&request()).unwrap_err();
        assert!(err.to_string().contains("/nonexistent/deploy"), "{err}");
    }
}
