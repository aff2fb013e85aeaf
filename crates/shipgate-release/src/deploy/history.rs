//! What runs in an environment, and what ran there well, from the ledger.
//!
//! A **known-good** deployment is a successful `deployment` or `rollback`
//! entry whose smoke test passed: the latest `smoke` entry for the same
//! commit (or image digest) recorded after it and before the environment's
//! next deployment or rollback. A rollback's target is the latest known-good
//! deployment, never "the previous revision", so rolling back twice cannot
//! flip back to a broken image.

use shipgate_ledger::entry::{Entry, Kind};

use crate::body;
use crate::evidence::{Evidence, names_commit};

/// A deployment recorded in the ledger.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Deployed {
    /// The entry's sequence number.
    pub seq: u64,
    /// The image it deployed.
    pub image: String,
    /// The commit.
    pub commit: String,
    /// The image digest (`artifact`), when recorded.
    pub artifact: Option<String>,
}

fn deployed(seq: u64, entry: &Entry) -> Option<Deployed> {
    let is_deployment = matches!(entry.kind, Kind::Deployment | Kind::Rollback)
        && body::deployment_succeeded(&entry.body);
    if !is_deployment {
        return None;
    }
    Some(Deployed {
        seq,
        image: body::image(&entry.body)?.to_owned(),
        commit: entry.commit.clone()?,
        artifact: entry.artifact.clone(),
    })
}

/// What runs in `environment` now: its last successful deployment or rollback.
pub fn current(evidence: &Evidence, environment: &str) -> Option<Deployed> {
    evidence
        .entries
        .iter()
        .rev()
        .filter(|(_, e)| e.environment.as_deref() == Some(environment))
        .find_map(|(seq, e)| deployed(*seq, e))
}

/// Every known-good deployment in `environment`, oldest first.
pub fn known_good(evidence: &Evidence, environment: &str) -> Vec<Deployed> {
    let in_env: Vec<&(u64, Entry)> = evidence
        .entries
        .iter()
        .filter(|(_, e)| e.environment.as_deref() == Some(environment))
        .collect();
    let mut good = Vec::new();
    for (i, (seq, entry)) in in_env.iter().enumerate() {
        let Some(d) = deployed(*seq, entry) else {
            continue;
        };
        let last_smoke = in_env[i + 1..]
            .iter()
            .take_while(|(_, e)| !matches!(e.kind, Kind::Deployment | Kind::Rollback))
            .filter(|(_, e)| {
                e.kind == Kind::Smoke
                    && (names_commit(e.commit.as_deref(), &d.commit)
                        || (d.artifact.is_some() && e.artifact == d.artifact))
            })
            .last();
        if last_smoke.is_some_and(|(_, e)| body::smoke_passed(&e.body)) {
            good.push(d);
        }
    }
    good
}

/// Where a rollback goes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    /// Deploy this known-good deployment's image again.
    Deploy(Deployed),
    /// It already runs: nothing to do.
    AlreadyRunning(Deployed),
}

/// Why there is no rollback target.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RollbackError {
    /// No known-good deployment in the ledger.
    #[error(
        "no known-good deployment of `{0}` in the ledger: no successful deployment there was followed by a passing smoke test"
    )]
    NoKnownGood(String),
    /// `--to-entry` names no successful deployment in the environment.
    #[error(
        "entry {seq} is not a successful deployment or rollback to `{environment}` with an image"
    )]
    NotADeployment {
        /// The entry.
        seq: u64,
        /// The environment.
        environment: String,
    },
    /// `--to IMAGE` names an image no successful deployment to the
    /// environment ran: a rollback goes back to what ran there.
    #[error(
        "`{image}` was never deployed to `{environment}` according to the ledger: a rollback goes back to an image that ran there; ship a new one with `shipgate deploy`"
    )]
    NeverDeployed {
        /// The image asked for.
        image: String,
        /// The environment.
        environment: String,
    },
}

/// What a rollback asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RollbackTo {
    /// The latest known-good deployment (the default).
    KnownGood,
    /// This deployment entry (`--to-entry SEQ`).
    Entry(u64),
    /// The latest successful deployment of this image (`--to IMAGE`).
    Image(String),
}

/// The rollback target: the deployment `to` names (any successful
/// deployment in the environment), or the latest known-good one. When its
/// image is the one running, the rollback has nothing to do.
pub fn rollback_target(
    evidence: &Evidence,
    environment: &str,
    to: &RollbackTo,
) -> Result<Target, RollbackError> {
    let in_env = || {
        evidence
            .entries
            .iter()
            .filter(|(_, e)| e.environment.as_deref() == Some(environment))
    };
    let target = match to {
        RollbackTo::Entry(seq) => in_env()
            .find(|(s, _)| s == seq)
            .and_then(|(s, e)| deployed(*s, e))
            .ok_or_else(|| RollbackError::NotADeployment {
                seq: *seq,
                environment: environment.to_owned(),
            })?,
        RollbackTo::Image(image) => in_env()
            .rev()
            .filter_map(|(s, e)| deployed(*s, e))
            .find(|d| d.image == *image)
            .ok_or_else(|| RollbackError::NeverDeployed {
                image: image.clone(),
                environment: environment.to_owned(),
            })?,
        RollbackTo::KnownGood => known_good(evidence, environment)
            .pop()
            .ok_or_else(|| RollbackError::NoKnownGood(environment.to_owned()))?,
    };
    let running = current(evidence, environment);
    Ok(if running.is_some_and(|r| r.image == target.image) {
        Target::AlreadyRunning(target)
    } else {
        Target::Deploy(target)
    })
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, reason = "a test fails by panicking")]

    use serde_json::json;
    use shipgate_ledger::entry::Actor;

    use super::*;

    fn entry(kind: Kind, commit: &str, body: &serde_json::Value) -> Entry {
        Entry::builder(
            kind,
            "2026-11-30T10:00:00Z",
            "payments",
            Actor::new("ci", "local"),
        )
        .environment(Some("production".into()))
        .commit(Some(commit.into()))
        .body(body.as_object().cloned().unwrap())
        .build()
        .unwrap()
    }

    fn deploy(commit: &str, image: &str, outcome: &str) -> Entry {
        entry(
            Kind::Deployment,
            commit,
            &json!({"outcome": outcome, "image": image}),
        )
    }

    fn rollback(commit: &str, image: &str) -> Entry {
        entry(
            Kind::Rollback,
            commit,
            &json!({"outcome": "succeeded", "image": image}),
        )
    }

    fn smoke(commit: &str, outcome: &str) -> Entry {
        entry(Kind::Smoke, commit, &json!({"outcome": outcome}))
    }

    fn evidence(entries: Vec<Entry>) -> Evidence {
        Evidence {
            entries: entries
                .into_iter()
                .enumerate()
                .map(|(i, e)| (i as u64, e))
                .collect(),
        }
    }

    const A: &str = "aaaa1111";
    const B: &str = "bbbb2222";
    const C: &str = "cccc3333";

    #[test]
    fn a_second_rollback_does_not_flip_back_to_the_broken_image() {
        // A deployed and smoke-tested; B deployed and its smoke test failed.
        let mut entries = vec![
            deploy(A, "app@a", "succeeded"),
            smoke(A, "pass"),
            deploy(B, "app@b", "succeeded"),
            smoke(B, "fail"),
        ];
        let target = rollback_target(
            &evidence(entries.clone()),
            "production",
            &RollbackTo::KnownGood,
        )
        .unwrap();
        assert_eq!(
            target,
            Target::Deploy(Deployed {
                seq: 0,
                image: "app@a".into(),
                commit: A.into(),
                artifact: None
            })
        );
        // After rolling back to A, rolling back again does nothing.
        entries.push(rollback(A, "app@a"));
        let again = rollback_target(
            &evidence(entries.clone()),
            "production",
            &RollbackTo::KnownGood,
        )
        .unwrap();
        assert!(
            matches!(again, Target::AlreadyRunning(Deployed { seq: 0, .. })),
            "{again:?}"
        );
        assert_eq!(
            current(&evidence(entries), "production").unwrap().image,
            "app@a"
        );
    }

    #[test]
    fn known_good_needs_a_passing_smoke_test_of_the_same_release_before_the_next_deployment() {
        let cases: Vec<(Vec<Entry>, Vec<u64>)> = vec![
            (
                vec![deploy(A, "app@a", "succeeded"), smoke(A, "pass")],
                vec![0],
            ),
            (vec![deploy(A, "app@a", "succeeded")], vec![]),
            (vec![deploy(A, "app@a", "failed"), smoke(A, "pass")], vec![]),
            (
                vec![deploy(A, "app@a", "succeeded"), smoke(B, "pass")],
                vec![],
            ),
            (
                vec![
                    deploy(A, "app@a", "succeeded"),
                    smoke(A, "pass"),
                    smoke(A, "fail"),
                ],
                vec![],
            ),
            (
                vec![
                    deploy(A, "app@a", "succeeded"),
                    deploy(C, "app@c", "succeeded"),
                    smoke(A, "pass"),
                ],
                vec![],
            ),
            (
                vec![
                    deploy(A, "app@a", "succeeded"),
                    smoke(A, "pass"),
                    deploy(C, "app@c", "succeeded"),
                    smoke(C, "pass"),
                ],
                vec![0, 2],
            ),
        ];
        for (entries, expected) in cases {
            let good: Vec<u64> = known_good(&evidence(entries.clone()), "production")
                .iter()
                .map(|d| d.seq)
                .collect();
            assert_eq!(good, expected, "{entries:#?}");
        }
    }

    #[test]
    fn without_a_known_good_deployment_or_with_a_bad_entry_there_is_no_target() {
        let broken = evidence(vec![deploy(B, "app@b", "succeeded"), smoke(B, "fail")]);
        assert_eq!(
            rollback_target(&broken, "production", &RollbackTo::KnownGood).unwrap_err(),
            RollbackError::NoKnownGood("production".into())
        );
        assert!(matches!(
            rollback_target(&broken, "production", &RollbackTo::Entry(1)),
            Err(RollbackError::NotADeployment { seq: 1, .. })
        ));
        // --to-entry takes any successful deployment, smoke-tested or not.
        let chosen = evidence(vec![
            deploy(A, "app@a", "succeeded"),
            deploy(B, "app@b", "succeeded"),
        ]);
        assert!(matches!(
            rollback_target(&chosen, "production", &RollbackTo::Entry(0)),
            Ok(Target::Deploy(Deployed { seq: 0, .. }))
        ));
    }

    #[test]
    fn a_rollback_to_an_image_takes_its_latest_deployment_there() {
        let ok = |image: &str| deploy("c1c1c1c", image, "succeeded");
        let entries = evidence(vec![
            ok("r@sha256:1"),
            ok("r@sha256:2"),
            ok("r@sha256:1"),
            ok("r@sha256:3"),
        ]);
        let Target::Deploy(target) = rollback_target(
            &entries,
            "production",
            &RollbackTo::Image("r@sha256:1".into()),
        )
        .unwrap() else {
            panic!("image 3 runs, so the rollback deploys");
        };
        assert_eq!(target.seq, 2);
        assert_eq!(
            rollback_target(
                &entries,
                "production",
                &RollbackTo::Image("r@sha256:9".into())
            ),
            Err(RollbackError::NeverDeployed {
                image: "r@sha256:9".into(),
                environment: "production".into(),
            })
        );
    }
}
