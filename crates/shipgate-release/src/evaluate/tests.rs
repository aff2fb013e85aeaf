//! Table-driven tests: every requirement with a passing and a failing case.

#![allow(clippy::unwrap_used, reason = "a test fails by panicking")]

use std::path::Path;

use jiff::Timestamp;
use proptest::prelude::*;
use serde_json::{Map, Value, json};
use shipgate_config::EnvironmentPolicy;
use shipgate_ledger::entry::{Actor, Entry, Kind};

use super::*;
use crate::evidence::Evidence;
use crate::identity::{Identity, Person};
use crate::policy::policy_sha256;
use crate::range::ReleaseRange;

const HEAD: &str = "aaaa1111aaaa1111aaaa1111aaaa1111aaaa1111";
const NOW: &str = "2026-11-25T12:00:00Z"; // a Wednesday

fn policy(env: &str, text: &str) -> EnvironmentPolicy {
    let text = format!("[environments.{env}]\n{text}");
    let config =
        shipgate_config::Config::from_str_at(&text, Path::new("/r/shipgate.toml")).unwrap();
    config.environments[env].clone()
}

fn entry(
    kind: Kind,
    env: Option<&str>,
    who: &str,
    verified: bool,
    time: &str,
    body: &Value,
) -> Entry {
    Entry::builder(
        kind,
        time,
        "payments",
        Actor {
            id: who.into(),
            via: "test".into(),
            verified: Some(verified),
        },
    )
    .environment(env.map(str::to_owned))
    .commit(Some(HEAD.into()))
    .body(body.as_object().cloned().unwrap_or_else(Map::new))
    .build()
    .unwrap()
}

fn gate(name: &str, outcome: &str) -> Entry {
    entry(
        Kind::Gate,
        None,
        "ci",
        false,
        "2026-11-25T10:00:00Z",
        &json!({"gate": name, "outcome": outcome, "dirty": false}),
    )
}

fn deployed(env: &str, outcome: &str) -> Entry {
    entry(
        Kind::Deployment,
        Some(env),
        "ci",
        false,
        "2026-11-25T10:00:00Z",
        &json!({"outcome": outcome}),
    )
}

fn smoke(env: &str, outcome: &str) -> Entry {
    entry(
        Kind::Smoke,
        Some(env),
        "ci",
        false,
        "2026-11-25T10:00:00Z",
        &json!({"outcome": outcome}),
    )
}

struct Approval<'a> {
    who: &'a str,
    verified: bool,
    decision: &'a str,
    time: &'a str,
    ticket: Option<&'a str>,
    hash: Option<&'a str>,
    break_glass: Option<&'a str>,
}

fn approval(env: &str, hash: &str, a: &Approval<'_>) -> Entry {
    entry(
        Kind::Approval,
        Some(env),
        a.who,
        a.verified,
        a.time,
        &json!({
            "decision": a.decision,
            "ticket": a.ticket,
            "policy_sha256": a.hash.unwrap_or(hash),
            "break_glass": a.break_glass.map(|r| json!({"reason": r})),
        }),
    )
}

fn ok(who: &str) -> Approval<'_> {
    Approval {
        who,
        verified: true,
        decision: "approve",
        time: "2026-11-25T11:00:00Z",
        ticket: Some("CHG-1"),
        hash: None,
        break_glass: None,
    }
}

#[allow(
    clippy::unnecessary_wraps,
    reason = "the evaluation takes a range or why there is none"
)]
fn range() -> Result<ReleaseRange, String> {
    Ok(ReleaseRange {
        base: Some("bbbb2222bbbb2222bbbb2222bbbb2222bbbb2222".into()),
        head: HEAD.into(),
        commits: vec![HEAD.into()],
        people: vec![
            Person {
                name: "CI Bot".into(),
                email: "ci-bot@payments.test".into(),
            },
            Person {
                name: "Dana Dev".into(),
                email: "dana@payments.test".into(),
            },
        ],
    })
}

fn identity(id: &str, verified: bool) -> Identity {
    Identity {
        id: id.into(),
        via: "test".into(),
        verified,
        groups: Vec::new(),
    }
}

/// Evaluates `action` in `env` under `text` with `entries` (sequence numbers
/// in order) and returns the decision.
fn decide(env: &str, text: &str, entries: Vec<Entry>, action: Action<'_>, now: &str) -> Decision {
    decide_with(env, text, entries, action, now, &range(), None, None)
}

#[allow(clippy::too_many_arguments, reason = "a test fixture with every input")]
fn decide_with(
    env: &str,
    text: &str,
    entries: Vec<Entry>,
    action: Action<'_>,
    now: &str,
    range: &Result<ReleaseRange, String>,
    triggerer: Option<&str>,
    deployer: Option<&Identity>,
) -> Decision {
    let policy = policy(env, text);
    let hash = policy_sha256(env, &policy);
    let evidence = Evidence {
        entries: entries
            .into_iter()
            .enumerate()
            .map(|(i, e)| (i as u64, e))
            .collect(),
    };
    evaluate(&Request {
        environment: env,
        policy: &policy,
        policy_sha256: &hash,
        evidence: &evidence,
        commit: HEAD,
        artifact: None,
        range,
        action,
        triggerer,
        deployer,
        now: NOW.parse::<Timestamp>().unwrap().max(now.parse().unwrap()),
    })
}

fn hash_of(env: &str, text: &str) -> String {
    policy_sha256(env, &policy(env, text))
}

fn requirement<'a>(decision: &'a Decision, id: &str) -> &'a Requirement {
    decision
        .requirements
        .iter()
        .find(|r| r.id == id)
        .unwrap_or_else(|| panic!("no `{id}` in {decision:#?}"))
}

#[test]
fn gates_must_have_passed_for_the_commit() {
    let text = "required_gates = [\"secrets\", \"migrations\"]\n";
    let cases: Vec<(Vec<Entry>, bool, &str)> = vec![
        (
            vec![gate("secrets", "pass"), gate("migrations", "warn")],
            true,
            "passed (entry 0)",
        ),
        (
            vec![gate("migrations", "pass")],
            false,
            "no `secrets` result",
        ),
        (
            vec![gate("secrets", "fail"), gate("migrations", "pass")],
            false,
            "outcome `fail`",
        ),
        (
            vec![
                gate("secrets", "pass"),
                gate("secrets", "error"),
                gate("migrations", "pass"),
            ],
            false,
            "entry 1: outcome `error`",
        ),
        (
            vec![
                entry(
                    Kind::Gate,
                    None,
                    "ci",
                    false,
                    NOW,
                    &json!({"gate": "secrets", "outcome": "pass", "dirty": true}),
                ),
                gate("migrations", "pass"),
            ],
            false,
            "differed from the commit",
        ),
    ];
    for (entries, met, detail) in cases {
        let decision = decide("staging", text, entries, Action::Status, NOW);
        let secrets = requirement(&decision, "gate:secrets");
        assert_eq!(secrets.met, met, "{secrets:?}");
        assert!(secrets.detail.contains(detail), "{secrets:?}");
        assert_eq!(decision.allowed(), met);
    }
}

#[test]
fn production_needs_a_staging_deployment_whose_smoke_test_passed() {
    let text = "require_deployed_in = \"staging\"\n";
    let cases: Vec<(Vec<Entry>, bool, &str)> = vec![
        (
            vec![deployed("staging", "succeeded"), smoke("staging", "pass")],
            true,
            "smoke test passed (entry 1)",
        ),
        (vec![], false, "no successful deployment"),
        (
            vec![deployed("staging", "failed"), smoke("staging", "pass")],
            false,
            "no successful deployment",
        ),
        (
            vec![deployed("staging", "succeeded")],
            false,
            "no smoke test recorded after it",
        ),
        (
            vec![smoke("staging", "pass"), deployed("staging", "succeeded")],
            false,
            "no smoke test recorded after it",
        ),
        (
            vec![deployed("staging", "succeeded"), smoke("staging", "fail")],
            false,
            "smoke test failed",
        ),
        (
            vec![
                deployed("staging", "succeeded"),
                smoke("staging", "pass"),
                smoke("staging", "fail"),
            ],
            false,
            "failed (entry 2)",
        ),
        (
            vec![deployed("qa", "succeeded"), smoke("qa", "pass")],
            false,
            "no successful deployment",
        ),
    ];
    for (entries, met, detail) in cases {
        let decision = decide("production", text, entries, Action::Status, NOW);
        let r = requirement(&decision, "deployed-in:staging");
        assert_eq!(r.met, met, "{r:?}");
        assert!(r.detail.contains(detail), "{r:?}");
    }
}

#[test]
fn a_release_range_that_cannot_be_read_is_missing_not_passed() {
    let bad = Err("the last deployed commit `bbbb` is not in this repository".to_owned());
    let decision = decide_with("staging", "", vec![], Action::Status, NOW, &bad, None, None);
    assert!(!requirement(&decision, "release-range").met);
    assert!(!decision.allowed());
    let approver = identity("erin", true);
    let approve = Action::Approve(Approver {
        identity: &approver,
        ticket: None,
        break_glass: None,
    });
    let decision = decide_with("staging", "", vec![], approve, NOW, &bad, None, None);
    let four_eyes = requirement(&decision, "four-eyes");
    assert!(
        !four_eyes.met && four_eyes.detail.contains("cannot be checked"),
        "{four_eyes:?}"
    );
    let good = decide("staging", "", vec![], Action::Status, NOW);
    assert!(requirement(&good, "release-range").met);
    assert!(good.allowed());
}

#[test]
fn approvals_count_only_from_eligible_people_under_this_policy() {
    let text = "approvals = 2\napprovers = [\"erin\", \"frank\", \"dana\", \"gus\"]\napproval_ttl = \"24h\"\n";
    let env = "production";
    let h = hash_of(env, text);
    let a = |x: Approval<'_>| approval(env, &h, &x);
    let cases: Vec<(&str, Vec<Entry>, bool, &str)> = vec![
        (
            "two eligible approvers",
            vec![a(ok("erin")), a(ok("frank"))],
            true,
            "2 of 2",
        ),
        ("one is not enough", vec![a(ok("erin"))], false, "1 of 2"),
        (
            "a login and its address are one person",
            vec![a(ok("erin")), a(ok("erin@payments.test"))],
            false,
            "the same person as `erin` (entry 0)",
        ),
        (
            "the same person twice counts once",
            vec![a(ok("erin")), a(ok("Erin"))],
            false,
            "1 of 2",
        ),
        (
            "an author does not count",
            vec![a(ok("erin")), a(ok("dana"))],
            false,
            "wrote or committed",
        ),
        (
            "an unlisted approver does not count",
            vec![a(ok("erin")), a(ok("mallory"))],
            false,
            "not a listed approver",
        ),
        (
            "unverified does not count in production",
            vec![
                a(ok("erin")),
                a(Approval {
                    verified: false,
                    ..ok("frank")
                }),
            ],
            false,
            "is unverified",
        ),
        (
            "an expired approval does not count",
            vec![
                a(ok("erin")),
                a(Approval {
                    time: "2026-11-24T11:59:59Z",
                    ..ok("frank")
                }),
            ],
            false,
            "expired",
        ),
        (
            "another policy's approval does not count",
            vec![
                a(ok("erin")),
                a(Approval {
                    hash: Some("00"),
                    ..ok("frank")
                }),
            ],
            false,
            "another policy",
        ),
        (
            "a later rejection replaces an approval",
            vec![
                a(ok("erin")),
                a(ok("frank")),
                a(Approval {
                    decision: "reject",
                    ..ok("frank")
                }),
            ],
            false,
            "1 of 2",
        ),
        (
            "a later approval replaces a rejection",
            vec![
                a(ok("erin")),
                a(Approval {
                    decision: "reject",
                    ..ok("frank")
                }),
                a(ok("frank")),
            ],
            true,
            "2 of 2",
        ),
    ];
    for (name, entries, met, detail) in cases {
        let decision = decide(env, text, entries, Action::Status, NOW);
        let r = requirement(&decision, "approvals");
        assert_eq!(r.met, met, "{name}: {r:?}");
        assert!(r.detail.contains(detail), "{name}: {r:?}");
    }
}

#[test]
fn the_triggerer_and_the_deployer_may_not_approve() {
    let text = "approvals = 1\n";
    let h = hash_of("staging", text);
    let entries = || vec![approval("staging", &h, &ok("erin"))];
    let erin = identity("erin@payments.test", false);
    for (triggerer, deployer, met) in [
        (None, None, true),
        (Some("erin"), None, false),
        (None, Some(&erin), false),
        (Some("gus"), None, true),
    ] {
        let decision = decide_with(
            "staging",
            text,
            entries(),
            Action::Status,
            NOW,
            &range(),
            triggerer,
            deployer,
        );
        assert_eq!(
            requirement(&decision, "approvals").met,
            met,
            "{triggerer:?} {deployer:?}: {decision:#?}"
        );
    }
    // With four-eyes off, the author's approval counts.
    let text = "approvals = 1\nfour_eyes = false\n";
    let h = hash_of("staging", text);
    let decision = decide(
        "staging",
        text,
        vec![approval("staging", &h, &ok("dana"))],
        Action::Status,
        NOW,
    );
    assert!(requirement(&decision, "approvals").met);
}

#[test]
fn unverified_identities_may_approve_outside_production_by_default() {
    let text = "approvals = 1\n";
    for (env, extra, met) in [
        ("staging", "", true),
        ("production", "", false),
        ("production", "allow_unverified = true\n", true),
        ("staging", "allow_unverified = false\n", false),
    ] {
        let text = format!("{text}{extra}");
        let h = hash_of(env, &text);
        let decision = decide(
            env,
            &text,
            vec![approval(
                env,
                &h,
                &Approval {
                    verified: false,
                    ..ok("erin")
                },
            )],
            Action::Status,
            NOW,
        );
        assert_eq!(
            requirement(&decision, "approvals").met,
            met,
            "{env} {extra}"
        );
    }
}

#[test]
fn a_standing_rejection_blocks_until_it_expires() {
    let text = "approval_ttl = \"1h\"\n";
    let h = hash_of("staging", text);
    let reject = |time| {
        approval(
            "staging",
            &h,
            &Approval {
                decision: "reject",
                time,
                ..ok("gus")
            },
        )
    };
    let fresh = decide(
        "staging",
        text,
        vec![reject("2026-11-25T11:30:00Z")],
        Action::Status,
        NOW,
    );
    let r = requirement(&fresh, "not-rejected");
    assert!(!r.met && r.detail.contains("`gus` (entry 0)"), "{r:?}");
    let old = decide(
        "staging",
        text,
        vec![reject("2026-11-25T10:00:00Z")],
        Action::Status,
        NOW,
    );
    assert!(requirement(&old, "not-rejected").met);
}

#[test]
fn a_change_ticket_must_match_the_pattern() {
    let text = "approvals = 1\nticket_pattern = \"^(CHG|PAY)-[0-9]+$\"\n";
    let h = hash_of("staging", text);
    for (ticket, met) in [
        (Some("PAY-42"), true),
        (Some("JIRA-1"), false),
        (None, false),
    ] {
        let decision = decide(
            "staging",
            text,
            vec![approval(
                "staging",
                &h,
                &Approval {
                    ticket,
                    ..ok("erin")
                },
            )],
            Action::Status,
            NOW,
        );
        assert_eq!(requirement(&decision, "ticket").met, met, "{ticket:?}");
        let approver = identity("erin", true);
        let action = Action::Approve(Approver {
            identity: &approver,
            ticket,
            break_glass: None,
        });
        let decision = decide("staging", text, vec![], action, NOW);
        assert_eq!(requirement(&decision, "ticket").met, met, "{ticket:?}");
    }
}

#[test]
fn a_freeze_window_blocks_unless_break_glass() {
    let text = "break_glass = true\n[[environments.production.freeze]]\nname = \"weekend\"\ncron = \"0 16 * * FRI\"\nduration = \"64h\"\ntimezone = \"Europe/London\"\n";
    let friday_evening = "2026-11-27T18:00:00Z";
    let open = decide("production", text, vec![], Action::Status, NOW);
    assert!(requirement(&open, "freeze").met);
    let frozen = decide("production", text, vec![], Action::Status, friday_evening);
    let r = requirement(&frozen, "freeze");
    assert!(!r.met, "{r:?}");
    assert!(
        r.detail
            .contains("`weekend` is open from 2026-11-27 16:00 GMT until 2026-11-30 08:00 GMT"),
        "{r:?}"
    );
    let h = hash_of("production", text);
    let glass = approval(
        "production",
        &h,
        &Approval {
            break_glass: Some("payments outage INC-7"),
            time: "2026-11-27T17:00:00Z",
            ..ok("erin")
        },
    );
    let overridden = decide(
        "production",
        text,
        vec![glass],
        Action::Status,
        friday_evening,
    );
    assert!(requirement(&overridden, "freeze").met);
    assert!(
        requirement(&overridden, "approvals")
            .detail
            .contains("needs review")
    );
    assert!(overridden.needs_review);
    assert!(overridden.allowed(), "{overridden:#?}");
}

#[test]
fn an_approver_must_be_allowed_verified_and_independent() {
    let text = "approvers = [\"erin@payments.test\"]\napprover_groups = [\"release-managers\"]\n";
    let env = "production";
    let mut manager = identity("gus", true);
    manager.groups = vec!["release-managers".into()];
    let cases: Vec<(Identity, &str, bool)> = vec![
        (
            identity("erin@payments.test", true),
            "approver-allowed",
            true,
        ),
        (identity("erin", true), "approver-allowed", false),
        (manager, "approver-allowed", true),
        (identity("mallory", true), "approver-allowed", false),
        (
            identity("erin@payments.test", true),
            "approver-verified",
            true,
        ),
        (
            identity("erin@payments.test", false),
            "approver-verified",
            false,
        ),
        (identity("erin@payments.test", true), "four-eyes", true),
        (identity("dana@payments.test", true), "four-eyes", false),
        (identity("Dana Dev", true), "four-eyes", false),
    ];
    for (who, id, met) in cases {
        let action = Action::Approve(Approver {
            identity: &who,
            ticket: None,
            break_glass: None,
        });
        let decision = decide(env, text, vec![], action, NOW);
        assert_eq!(
            requirement(&decision, id).met,
            met,
            "{who:?} {id}: {decision:#?}"
        );
    }
    let h = hash_of(env, text);
    let erin = identity("erin@payments.test", true);
    let action = Action::Approve(Approver {
        identity: &erin,
        ticket: None,
        break_glass: None,
    });
    let twice = decide(
        env,
        text,
        vec![approval(env, &h, &ok("erin@payments.test"))],
        action,
        NOW,
    );
    assert!(!requirement(&twice, "not-yet-approved").met);
    let reject = decide(
        env,
        text,
        vec![],
        Action::Reject(&identity("mallory", true)),
        NOW,
    );
    assert!(!reject.allowed());
    let reject = decide(env, text, vec![], Action::Reject(&erin), NOW);
    assert!(reject.allowed(), "{reject:#?}");
}

#[test]
fn break_glass_needs_the_policy_and_a_reason() {
    let erin = identity("erin", true);
    for (text, reason, met) in [
        ("break_glass = true\n", "outage", true),
        ("break_glass = true\n", " ", false),
        ("", "outage", false),
    ] {
        let action = Action::Approve(Approver {
            identity: &erin,
            ticket: None,
            break_glass: Some(reason),
        });
        let decision = decide("production", text, vec![], action, NOW);
        assert_eq!(
            requirement(&decision, "break-glass").met,
            met,
            "{text} {reason:?}"
        );
        assert!(decision.needs_review);
    }
}

#[test]
fn relied_on_lists_the_entries_of_met_requirements() {
    let text = "required_gates = [\"secrets\"]\napprovals = 1\n";
    let h = hash_of("staging", text);
    let decision = decide(
        "staging",
        text,
        vec![
            gate("secrets", "pass"),
            gate("vulns", "pass"),
            approval("staging", &h, &ok("erin")),
        ],
        Action::Status,
        NOW,
    );
    assert!(decision.allowed());
    assert_eq!(decision.relied_on(), [0, 2]);
}

proptest! {
    /// Whoever approves, no approval by an author or committer of the range
    /// ever counts.
    #[test]
    fn no_author_approval_ever_counts(approvers in proptest::collection::vec(proptest::sample::select(vec!["dana", "DANA", "dana@payments.test", "Dana Dev", "erin", "frank", "ci-bot"]), 0..6)) {
        let text = "approvals = 1\n";
        let h = hash_of("staging", text);
        let entries: Vec<Entry> = approvers.iter().map(|who| approval("staging", &h, &ok(who))).collect();
        let decision = decide("staging", text, entries.clone(), Action::Status, NOW);
        let r = requirement(&decision, "approvals");
        for seq in &r.entries {
            let who = &entries[usize::try_from(*seq).unwrap()].actor.id;
            prop_assert!(["erin", "frank"].contains(&who.as_str()), "{who} counted");
        }
        prop_assert_eq!(r.met, approvers.iter().any(|a| *a == "erin" || *a == "frank"));
    }
}

/// (reviewer, entries, reviewed entry, requirement, met, detail)
type ReviewCase<'a> = (&'a str, Vec<Entry>, u64, &'a str, bool, &'a str);

#[test]
fn a_break_glass_change_is_reviewed_by_someone_else_and_leaves_the_pending_list() {
    let text = "break_glass = true\napprovers = [\"erin\", \"frank\", \"gus\", \"dana\"]\n";
    let env = "production";
    let h = hash_of(env, text);
    let glass = approval(
        env,
        &h,
        &Approval {
            break_glass: Some("card payments down"),
            ..ok("erin")
        },
    );
    let glass = {
        let mut glass = glass;
        glass.body.insert("needs_review".into(), json!(true));
        glass
    };
    let deployed_by_gus = entry(
        Kind::Deployment,
        Some(env),
        "gus",
        true,
        NOW,
        &json!({"outcome": "succeeded", "image": "app@x"}),
    );
    let review = |who| {
        entry(
            Kind::Approval,
            Some(env),
            who,
            true,
            NOW,
            &json!({"decision": "review", "reviews": 0}),
        )
    };
    let status = decide(env, text, vec![glass.clone()], Action::Status, NOW);
    assert_eq!(status.pending_reviews, [0]);
    let reviewed = decide(
        env,
        text,
        vec![glass.clone(), review("frank")],
        Action::Status,
        NOW,
    );
    assert!(reviewed.pending_reviews.is_empty());
    // A review neither approves nor rejects: erin's break-glass still stands.
    assert!(requirement(&reviewed, "approvals").met);

    let cases: Vec<ReviewCase<'_>> = vec![
        (
            "frank",
            vec![glass.clone(), deployed_by_gus.clone()],
            0,
            "four-eyes",
            true,
            "neither gave",
        ),
        (
            "erin",
            vec![glass.clone()],
            0,
            "four-eyes",
            false,
            "gave the break-glass approval",
        ),
        (
            "gus",
            vec![glass.clone(), deployed_by_gus.clone()],
            0,
            "four-eyes",
            false,
            "deployed the change (entry 1)",
        ),
        (
            "dana",
            vec![glass.clone()],
            0,
            "four-eyes",
            false,
            "wrote or committed",
        ),
        (
            "mallory",
            vec![glass.clone()],
            0,
            "approver-allowed",
            false,
            "not a listed approver",
        ),
        (
            "frank",
            vec![glass.clone(), review("gus")],
            0,
            "not-reviewed",
            false,
            "already reviewed by `gus` (entry 1)",
        ),
        (
            "frank",
            vec![glass.clone(), deployed_by_gus.clone()],
            1,
            "break-glass",
            false,
            "entry 1 is not a break-glass approval",
        ),
    ];
    for (who, entries, seq, id, met, detail) in cases {
        let reviewer = identity(who, true);
        let action = Action::Review(Reviewer {
            identity: &reviewer,
            approval: seq,
        });
        let decision = decide(env, text, entries, action, NOW);
        let r = requirement(&decision, id);
        assert_eq!(r.met, met, "{who} {id}: {decision:#?}");
        assert!(r.detail.contains(detail), "{who} {id}: {r:?}");
        assert!(
            !decision
                .requirements
                .iter()
                .any(|r| r.id.starts_with("gate:")),
            "a review checks no gates"
        );
    }
}
