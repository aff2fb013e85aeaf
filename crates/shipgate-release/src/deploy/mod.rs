//! Deploying and rolling back: the driver trait, the `exec` and
//! `kubernetes` drivers, the
//! image reference, the deployment history read from the ledger, and the
//! entries `deploy` and `rollback` record.

mod entry;
mod exec;
mod history;
mod image;
mod kubernetes;

use std::time::Duration;

pub use entry::{DeploymentRecord, deployment_body, rollback_body};
pub use exec::ExecDriver;
pub use history::{
    Deployed, RollbackError, RollbackTo, Target, current, known_good, rollback_target,
};
pub use image::{ImageError, ImageRef};
pub use kubernetes::{Cluster, KubernetesDriver, KubernetesTarget, RolloutStatus, rollout_status};

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
    /// The approval entries the deployment relies on (none for a rollback).
    pub approvals: Vec<u64>,
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
    /// The image the driver found running before it deployed, when it can
    /// tell (`kubernetes`); `None` for `exec`.
    pub previous_image: Option<String>,
    /// One line on how it ended, when the driver says more than an exit
    /// code (`kubernetes`: `deployment "api" exceeded its progress deadline`).
    pub detail: Option<String>,
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
    /// The Kubernetes API refused or could not be reached before anything
    /// was changed: nothing was deployed.
    #[error("cannot deploy with Kubernetes: {message}")]
    Kubernetes {
        /// What went wrong and what to do.
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

/// A way to deploy an image: [`ExecDriver`] or [`KubernetesDriver`].
pub trait Driver {
    /// The driver's name, recorded in entries.
    fn name(&self) -> &'static str;
    /// Deploys `request.image` and waits until it runs, or fails.
    fn deploy(&mut self, request: &DriverRequest) -> Result<DriverOutcome, DriverError>;
}
