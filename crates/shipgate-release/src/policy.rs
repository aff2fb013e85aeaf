//! The policy's fingerprint: approvals name the policy they were given
//! under, and count only while it stays the same.

use serde_json::{Value, json};
use sha2::{Digest, Sha256};
use shipgate_config::EnvironmentPolicy;

/// The policy as JSON, every setting at its effective value, in a fixed shape.
pub fn policy_json(environment: &str, policy: &EnvironmentPolicy) -> Value {
    let mut gates: Vec<String> = policy
        .required_gates
        .iter()
        .map(|g| g.get_ref().clone())
        .collect();
    gates.sort();
    gates.dedup();
    let mut approvers = policy.approvers.clone();
    approvers.sort();
    let mut groups = policy.approver_groups.clone();
    groups.sort();
    let freeze: Vec<Value> = policy
        .freeze
        .iter()
        .map(|w| {
            json!({
                "name": w.name,
                "cron": w.cron.get_ref(),
                "duration": w.duration.get_ref(),
                "timezone": w.timezone.as_ref().map_or("UTC", |t| t.get_ref().as_str()),
            })
        })
        .collect();
    json!({
        "environment": environment,
        "required_gates": gates,
        "require_deployed_in": policy.require_deployed_in.as_ref().map(|e| e.get_ref().clone()),
        "approvals": policy.approvals,
        "approvers": approvers,
        "approver_groups": groups,
        "four_eyes": policy.four_eyes(),
        "approval_ttl": policy.approval_ttl.as_ref().map(|t| t.get_ref().clone()),
        "ticket_pattern": policy.ticket_pattern.as_ref().map(|t| t.get_ref().clone()),
        "allow_unverified": policy.allows_unverified(environment),
        "break_glass": policy.break_glass,
        "freeze": freeze,
    })
}

/// The SHA-256, in hex, of the policy's JSON in the ledger's canonical encoding.
pub fn policy_sha256(environment: &str, policy: &EnvironmentPolicy) -> String {
    let bytes = shipgate_ledger::canonical::to_canonical(&policy_json(environment, policy))
        .unwrap_or_default();
    let digest: [u8; 32] = Sha256::digest(&bytes).into();
    shipgate_ledger::hash::to_hex(&digest)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, reason = "a test fails by panicking")]

    use std::path::Path;

    use super::*;

    fn policy(text: &str) -> EnvironmentPolicy {
        let config =
            shipgate_config::Config::from_str_at(text, Path::new("/r/shipgate.toml")).unwrap();
        config.environments["production"].clone()
    }

    #[test]
    fn the_hash_follows_the_meaning_not_the_spelling() {
        let a = policy(
            "[environments.production]\nrequired_gates = [\"secrets\", \"migrations\"]\napprovals = 2\n",
        );
        let b = policy(
            "[environments.production]\napprovals = 2\nrequired_gates = [\"migrations\", \"secrets\"]\nfour_eyes = true\n",
        );
        let c = policy(
            "[environments.production]\napprovals = 1\nrequired_gates = [\"migrations\", \"secrets\"]\n",
        );
        assert_eq!(
            policy_sha256("production", &a),
            policy_sha256("production", &b)
        );
        assert_ne!(
            policy_sha256("production", &a),
            policy_sha256("production", &c)
        );
        assert_ne!(
            policy_sha256("production", &a),
            policy_sha256("staging", &a)
        );
        assert_eq!(policy_sha256("production", &a).len(), 64);
    }
}
