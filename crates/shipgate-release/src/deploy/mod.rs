//! Deploying and rolling back: the driver trait and the `exec` driver, the
//! image reference, the deployment history read from the ledger, and the
//! entries `deploy` and `rollback` record.

mod entry;
mod exec;
mod history;
mod image;

use std::time::Duration;

pub use entry::{DeploymentRecord, deployment_body, rollback_body};
pub use exec::ExecDriver;
pub use history::{Deployed, RollbackError, Target, current, known_good, rollback_target};
pub use image::{ImageError, ImageRef};

/// What a driver is asked to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DriverRequest {
    /// `deploy` or `rollback`.
    pub action: &'static str,
    /// The service.
    pub service: String,
    /// The environment.
    pub environment: String,
    /// The commit being deployed.
    pub commit: String,
    /// The image to run.
    pub image: ImageRef,
    /// The image running now, if the ledger knows it.
    pub previous_image: Option<String>,
}

/// What a driver did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DriverOutcome {
    /// Whether the deployment succeeded.
    pub succeeded: bool,
    /// The command's exit code; `None` when it was killed (timeout, signal).
    pub exit_code: Option<i32>,
    /// Whether it was killed for running past the timeout.
    pub timed_out: bool,
    /// Its standard output (at most [`exec::OUTPUT_LIMIT`] bytes, the end kept).
    pub stdout: Vec<u8>,
    /// Its standard error (likewise).
    pub stderr: Vec<u8>,
    /// How long it took.
    pub duration: Duration,
}

/// Why a driver could not run at all.
#[derive(Debug, thiserror::Error)]
pub enum DriverError {
    /// The command could not be started.
    #[error("cannot start the deploy command `{program}`: {message}")]
    Spawn {
        /// The program.
        program: String,
        /// The system's message.
        message: String,
    },
    /// Waiting for it failed.
    #[error("lost the deploy command `{program}`: {message}")]
    Wait {
        /// The program.
        program: String,
        /// The system's message.
        message: String,
    },
}

/// A way to deploy an image. Kubernetes will be another.
pub trait Driver {
    /// The driver's name, recorded in entries.
    fn name(&self) -> &'static str;
    /// Deploys `request.image` and waits until it runs, or fails.
    fn deploy(&mut self, request: &DriverRequest) -> Result<DriverOutcome, DriverError>;
}
