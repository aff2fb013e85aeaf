//! shipgate's release flow: may this commit go to this environment?
//!
//! The answer is a pure function, [`evaluate()`], of five inputs:
//!
//! - the environment's policy (`[environments.NAME]` of `shipgate.toml`, as
//!   [`shipgate_config::EnvironmentPolicy`]);
//! - the ledger's evidence for the commit ([`evidence::gather`] reads it
//!   through the [`ledger::Ledger`] trait: a local store or the audit server);
//! - the git release range, from the environment's last successful
//!   deployment to this commit ([`range::release_range`], with git2);
//! - who is asking ([`identity::Identity`]);
//! - the clock.
//!
//! The [`decision::Decision`] lists every requirement, met or missing, and
//! why; [`record`] turns an approval or a rejection into a ledger entry body.
//!
//! [`deploy`] holds the deploy drivers (`exec`), the deployment and rollback
//! entries, and the choice of a rollback's target (the last known-good
//! deployment from the ledger, never "the previous revision").
//!
//! This crate has no command line and prints nothing: the binary wires it to
//! `shipgate status`, `approve`, `reject`, `deploy` and `rollback`.
//!
//! ```
//! use jiff::Timestamp;
//! use shipgate_config::EnvironmentPolicy;
//! use shipgate_release::{Action, Request, evaluate};
//! use shipgate_release::evidence::Evidence;
//! use shipgate_release::range::ReleaseRange;
//!
//! let policy = EnvironmentPolicy { approvals: 1, ..EnvironmentPolicy::default() };
//! let range = Ok(ReleaseRange::empty("0123abcd0123abcd"));
//! let decision = evaluate(&Request {
//!     environment: "staging",
//!     policy: &policy,
//!     policy_sha256: "00",
//!     evidence: &Evidence::default(),
//!     commit: "0123abcd0123abcd",
//!     artifact: None,
//!     range: &range,
//!     action: Action::Status,
//!     triggerer: None,
//!     deployer: None,
//!     now: Timestamp::UNIX_EPOCH,
//! });
//! assert!(!decision.allowed());
//! assert_eq!(decision.missing().next().map(|r| r.id.as_str()), Some("approvals"));
//! ```

pub mod body;
pub mod decision;
pub mod deploy;
mod error;
mod evaluate;
pub mod evidence;
pub mod freeze;
pub mod identity;
pub mod ledger;
pub mod policy;
pub mod range;
pub mod record;
pub mod smoke;

pub use decision::{Decision, Requirement};
pub use error::ReleaseError;
pub use evaluate::{Action, Approver, Request, Reviewer, evaluate};
