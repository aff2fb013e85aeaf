//! What [`crate::evaluate()`] decides: every requirement, met or missing, and why.

use crate::range::ReleaseRange;

/// One requirement of the policy.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Requirement {
    /// A stable id: `gate:NAME`, `deployed-in:ENV`, `release-range`,
    /// `approvals`, `not-rejected`, `ticket`, `freeze`, `approver-allowed`,
    /// `approver-verified`, `four-eyes`, `not-yet-approved`, `break-glass`,
    /// `not-reviewed`.
    pub id: String,
    /// Whether it is met.
    pub met: bool,
    /// Why: what was found, or what is missing and what to do.
    pub detail: String,
    /// The ledger entries it relied on, by sequence number, ascending.
    pub entries: Vec<u64>,
}

impl Requirement {
    /// A requirement that is met, relying on `entries`.
    pub fn met(id: impl Into<String>, detail: impl Into<String>, entries: Vec<u64>) -> Self {
        let mut entries = entries;
        entries.sort_unstable();
        entries.dedup();
        Self {
            id: id.into(),
            met: true,
            detail: detail.into(),
            entries,
        }
    }

    /// A requirement that is missing.
    pub fn missing(id: impl Into<String>, detail: impl Into<String>) -> Self {
        Self {
            id: id.into(),
            met: false,
            detail: detail.into(),
            entries: Vec::new(),
        }
    }
}

/// The outcome of evaluating a policy for one commit and environment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decision {
    /// The environment.
    pub environment: String,
    /// The commit (full id).
    pub commit: String,
    /// The SHA-256 of the evaluated policy.
    pub policy_sha256: String,
    /// The release range, or why it could not be read.
    pub range: Result<ReleaseRange, String>,
    /// Every requirement, in the policy's order.
    pub requirements: Vec<Requirement>,
    /// A break-glass approval stands in for the approvals and the freeze:
    /// the change needs review afterwards.
    pub needs_review: bool,
    /// Break-glass approvals in the environment, of any commit, that nobody
    /// has reviewed yet (`status` only), by sequence number.
    pub pending_reviews: Vec<u64>,
}

impl Decision {
    /// Whether every requirement is met: deployable (`status`), or the
    /// approval may be recorded (`approve`, `reject`).
    pub fn allowed(&self) -> bool {
        self.requirements.iter().all(|r| r.met)
    }

    /// The requirements that are not met.
    pub fn missing(&self) -> impl Iterator<Item = &Requirement> {
        self.requirements.iter().filter(|r| !r.met)
    }

    /// Every ledger entry the met requirements relied on, ascending.
    pub fn relied_on(&self) -> Vec<u64> {
        let mut seqs: Vec<u64> = self
            .requirements
            .iter()
            .filter(|r| r.met)
            .flat_map(|r| r.entries.iter().copied())
            .collect();
        seqs.sort_unstable();
        seqs.dedup();
        seqs
    }
}
