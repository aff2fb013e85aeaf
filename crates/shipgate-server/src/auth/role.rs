//! Roles and what each may do.

use std::fmt;
use std::str::FromStr;

use shipgate_ledger::entry::Kind;

/// A role granted to an identity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Role {
    /// Writes gate evidence (`gate` entries).
    Recorder,
    /// Writes approvals.
    Approver,
    /// Writes deployments, rollbacks and smoke results.
    Deployer,
    /// Reads only.
    Auditor,
    /// Everything: every kind, checkpoints on demand.
    Admin,
}

impl Role {
    /// Every role, in order.
    pub const ALL: [Role; 5] = [
        Role::Recorder,
        Role::Approver,
        Role::Deployer,
        Role::Auditor,
        Role::Admin,
    ];

    /// The role's name.
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Recorder => "recorder",
            Role::Approver => "approver",
            Role::Deployer => "deployer",
            Role::Auditor => "auditor",
            Role::Admin => "admin",
        }
    }

    /// Whether the role may append entries of `kind`. `note` and `admin`
    /// entries are for admins only.
    pub fn may_write(self, kind: Kind) -> bool {
        match self {
            Role::Admin => true,
            Role::Recorder => kind == Kind::Gate,
            Role::Approver => kind == Kind::Approval,
            Role::Deployer => matches!(kind, Kind::Deployment | Kind::Rollback | Kind::Smoke),
            Role::Auditor => false,
        }
    }

    /// Whether the role may read the log. Every role may: the release flow
    /// reads approvals and evidence before it deploys.
    pub fn may_read(self) -> bool {
        true
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A role name that is not one of [`Role::ALL`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("`{0}` is not a role; the roles are recorder, approver, deployer, auditor, admin")]
pub struct UnknownRole(pub String);

impl FromStr for Role {
    type Err = UnknownRole;

    fn from_str(s: &str) -> Result<Self, UnknownRole> {
        Role::ALL
            .into_iter()
            .find(|r| r.as_str() == s)
            .ok_or_else(|| UnknownRole(s.to_owned()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_recorder_cannot_approve_and_an_auditor_cannot_write() {
        assert!(Role::Recorder.may_write(Kind::Gate));
        assert!(!Role::Recorder.may_write(Kind::Approval));
        assert!(Role::Approver.may_write(Kind::Approval));
        assert!(!Role::Approver.may_write(Kind::Deployment));
        assert!(Role::Deployer.may_write(Kind::Rollback));
        assert!(!Role::Deployer.may_write(Kind::Admin));
        assert!(Kind::ALL.iter().all(|&k| !Role::Auditor.may_write(k)));
        assert!(Kind::ALL.iter().all(|&k| Role::Admin.may_write(k)));
        assert_eq!("deployer".parse(), Ok(Role::Deployer));
        assert!("root".parse::<Role>().is_err());
    }
}
