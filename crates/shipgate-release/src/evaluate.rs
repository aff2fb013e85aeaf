//! The policy evaluation: a pure function of the policy, the evidence, the
//! release range, who asks, and the clock.

use std::collections::BTreeMap;

use jiff::Timestamp;
use shipgate_config::EnvironmentPolicy;
use shipgate_ledger::entry::{Entry, Kind};

use crate::body::{self, Verdict};
use crate::decision::{Decision, Requirement};
use crate::evidence::Evidence;
use crate::freeze::open_window;
use crate::identity::{Identity, same_identity};
use crate::range::ReleaseRange;

/// Someone asking to approve.
#[derive(Debug, Clone, Copy)]
pub struct Approver<'a> {
    /// Who.
    pub identity: &'a Identity,
    /// The change ticket given (`--ticket`).
    pub ticket: Option<&'a str>,
    /// The break-glass reason given (`--break-glass`), for an emergency change.
    pub break_glass: Option<&'a str>,
}

/// Someone reviewing a break-glass change after the fact.
#[derive(Debug, Clone, Copy)]
pub struct Reviewer<'a> {
    /// Who.
    pub identity: &'a Identity,
    /// The break-glass approval's sequence number.
    pub approval: u64,
}

/// What is being asked.
#[derive(Debug, Clone, Copy)]
pub enum Action<'a> {
    /// May the commit be deployed now? (`shipgate status`)
    Status,
    /// May this person approve it? (`shipgate approve`)
    Approve(Approver<'a>),
    /// May this person reject it? (`shipgate reject`)
    Reject(&'a Identity),
    /// May this person review a break-glass approval of it? (`shipgate review`)
    Review(Reviewer<'a>),
}

/// Everything a decision is made from.
#[derive(Debug, Clone, Copy)]
pub struct Request<'a> {
    /// The environment's name.
    pub environment: &'a str,
    /// Its policy.
    pub policy: &'a EnvironmentPolicy,
    /// The policy's fingerprint ([`crate::policy::policy_sha256`]).
    pub policy_sha256: &'a str,
    /// The ledger's entries for the commit ([`crate::evidence::gather`]).
    pub evidence: &'a Evidence,
    /// The commit being released (full id).
    pub commit: &'a str,
    /// The image digest being released (`sha256:...`), when known: a staging
    /// deployment of the same digest counts as one of the commit.
    pub artifact: Option<&'a str>,
    /// The release range, or why it could not be read.
    pub range: &'a Result<ReleaseRange, String>,
    /// What is asked, and by whom.
    pub action: Action<'a>,
    /// Who started the pipeline, when known.
    pub triggerer: Option<&'a str>,
    /// Who would deploy, when known.
    pub deployer: Option<&'a Identity>,
    /// Now.
    pub now: Timestamp,
}

/// Evaluates the policy: every requirement, met or missing, and why.
pub fn evaluate(request: &Request<'_>) -> Decision {
    let mut requirements = Vec::new();
    // A review looks back at a change already made: the gates and the
    // staging deployment were the deployment's business.
    if !matches!(request.action, Action::Review(_)) {
        gates(request, &mut requirements);
        deployed_in(request, &mut requirements);
    }
    requirements.push(match request.range {
        Ok(range) => Requirement::met(
            "release-range",
            format!(
                "{} commit(s) from {} to `{}`, by {} author(s) and committer(s)",
                range.commits.len(),
                range.base.as_deref().map_or_else(
                    || "the first commit".to_owned(),
                    |b| format!("`{}`", short(b))
                ),
                short(&range.head),
                range.people.len()
            ),
            Vec::new(),
        ),
        Err(why) => Requirement::missing("release-range", why.clone()),
    });
    let mut needs_review = false;
    let mut pending_reviews = Vec::new();
    match request.action {
        Action::Status => {
            pending_reviews = pending(request);
            let standing = Standing::of(request);
            needs_review = standing.break_glass.is_some();
            standing.requirements(request, &mut requirements);
            freeze(request, standing.break_glass, &mut requirements);
        }
        Action::Approve(approver) => {
            approver_checks(request, approver.identity, &mut requirements);
            four_eyes(request, approver.identity, &mut requirements);
            already_approved(request, approver.identity, &mut requirements);
            if let Some(pattern) = &request.policy.ticket_pattern {
                requirements.push(ticket_matches(pattern.get_ref(), approver.ticket));
            }
            if let Some(reason) = approver.break_glass {
                needs_review = true;
                requirements.push(if !request.policy.break_glass {
                    Requirement::missing(
                        "break-glass",
                        format!(
                            "the `{}` policy does not allow break-glass (`break_glass = true`)",
                            request.environment
                        ),
                    )
                } else if reason.trim().is_empty() {
                    Requirement::missing("break-glass", "break-glass needs a reason")
                } else {
                    Requirement::met(
                        "break-glass",
                        format!("emergency change, recorded as needs-review: {reason}"),
                        Vec::new(),
                    )
                });
            }
        }
        Action::Reject(identity) => approver_checks(request, identity, &mut requirements),
        Action::Review(reviewer) => review_checks(request, reviewer, &mut requirements),
    }
    Decision {
        environment: request.environment.to_owned(),
        commit: request.commit.to_owned(),
        policy_sha256: request.policy_sha256.to_owned(),
        range: request.range.clone(),
        requirements,
        needs_review,
        pending_reviews,
    }
}

/// Break-glass approvals in the environment nobody has reviewed.
fn pending(request: &Request<'_>) -> Vec<u64> {
    let reviewed: Vec<u64> = request
        .evidence
        .entries
        .iter()
        .filter_map(|(_, e)| {
            (e.kind == Kind::Approval)
                .then(|| body::reviews(&e.body))
                .flatten()
        })
        .collect();
    request
        .evidence
        .entries
        .iter()
        .filter(|(seq, e)| {
            e.kind == Kind::Approval
                && e.environment.as_deref() == Some(request.environment)
                && body::needs_review(&e.body)
                && !reviewed.contains(seq)
        })
        .map(|(seq, _)| *seq)
        .collect()
}

/// `break-glass`, `not-reviewed`, the approver checks and four-eyes for a
/// review of the break-glass approval `reviewer.approval`.
fn review_checks(request: &Request<'_>, reviewer: Reviewer<'_>, out: &mut Vec<Requirement>) {
    let seq = reviewer.approval;
    let target = request.evidence.entries.iter().find(|(s, e)| {
        *s == seq
            && e.kind == Kind::Approval
            && e.environment.as_deref() == Some(request.environment)
            && body::needs_review(&e.body)
    });
    let Some((_, target)) = target else {
        out.push(Requirement::missing(
            "break-glass",
            format!(
                "entry {seq} is not a break-glass approval in `{}` awaiting review",
                request.environment
            ),
        ));
        return;
    };
    out.push(Requirement::met(
        "break-glass",
        format!(
            "break-glass by `{}` (entry {seq}): {}",
            target.actor.id,
            body::break_glass_reason(&target.body).unwrap_or_default()
        ),
        vec![seq],
    ));
    let review = request
        .evidence
        .entries
        .iter()
        .find(|(_, e)| e.kind == Kind::Approval && body::reviews(&e.body) == Some(seq));
    out.push(match review {
        Some((at, e)) => Requirement::missing(
            "not-reviewed",
            format!("already reviewed by `{}` (entry {at})", e.actor.id),
        ),
        None => Requirement::met("not-reviewed", "not reviewed yet", Vec::new()),
    });
    approver_checks(request, reviewer.identity, out);
    if !request.policy.four_eyes() {
        return;
    }
    let id = reviewer.identity.id.as_str();
    let deployer = request
        .evidence
        .about(
            Kind::Deployment,
            Some(request.environment),
            request.commit,
            None,
        )
        .find(|(_, e)| same_identity(&e.actor.id, id));
    let why = if same_identity(&target.actor.id, id) {
        Some(format!("`{id}` gave the break-glass approval"))
    } else if let Some((at, _)) = deployer {
        Some(format!("`{id}` deployed the change (entry {at})"))
    } else {
        conflict(request, id)
    };
    out.push(match why {
        Some(why) => Requirement::missing("four-eyes", why),
        None => Requirement::met(
            "four-eyes",
            format!(
                "`{id}` neither gave the break-glass approval, nor deployed it, nor wrote or committed anything in its range"
            ),
            Vec::new(),
        ),
    });
}

fn short(commit: &str) -> &str {
    commit.get(..12).unwrap_or(commit)
}

/// `gate:NAME`: the latest recorded result of each required gate passed.
fn gates(request: &Request<'_>, out: &mut Vec<Requirement>) {
    let mut names: Vec<&str> = request
        .policy
        .required_gates
        .iter()
        .map(|g| g.get_ref().as_str())
        .collect();
    names.sort_unstable();
    names.dedup();
    for name in names {
        let id = format!("gate:{name}");
        let latest = request
            .evidence
            .about(Kind::Gate, None, request.commit, None)
            .rfind(|(_, e)| body::gate(&e.body) == Some(name));
        out.push(match latest {
            None => Requirement::missing(
                id,
                format!(
                    "no `{name}` result recorded for `{}`: run the gate with `--record`",
                    short(request.commit)
                ),
            ),
            Some((seq, entry)) => match body::gate_passed(&entry.body) {
                Ok(()) => Requirement::met(id, format!("passed (entry {seq})"), vec![*seq]),
                Err(why) => Requirement::missing(id, format!("latest result, entry {seq}: {why}")),
            },
        });
    }
}

/// `deployed-in:ENV`: the commit's latest successful deployment to `ENV` was
/// followed by a smoke test, and the latest such smoke test passed.
fn deployed_in(request: &Request<'_>, out: &mut Vec<Requirement>) {
    let Some(env) = &request.policy.require_deployed_in else {
        return;
    };
    let env = env.get_ref().as_str();
    let id = format!("deployed-in:{env}");
    let deployment = request
        .evidence
        .about(
            Kind::Deployment,
            Some(env),
            request.commit,
            request.artifact,
        )
        .rfind(|(_, e)| body::deployment_succeeded(&e.body));
    let Some((deployed, _)) = deployment else {
        out.push(Requirement::missing(
            id,
            format!(
                "no successful deployment of `{}` to `{env}` recorded",
                short(request.commit)
            ),
        ));
        return;
    };
    let smoke = request
        .evidence
        .about(Kind::Smoke, Some(env), request.commit, request.artifact)
        .rfind(|(seq, _)| seq > deployed);
    out.push(match smoke {
        None => Requirement::missing(
            id,
            format!("deployed to `{env}` (entry {deployed}) but no smoke test recorded after it"),
        ),
        Some((seq, e)) if body::smoke_passed(&e.body) => Requirement::met(
            id,
            format!("deployed (entry {deployed}), smoke test passed (entry {seq})"),
            vec![*deployed, *seq],
        ),
        Some((seq, _)) => Requirement::missing(
            id,
            format!("deployed (entry {deployed}) but the smoke test failed (entry {seq})"),
        ),
    });
}

/// Whether `id` may approve by the policy's lists.
fn allowed(policy: &EnvironmentPolicy, identity: &Identity) -> Result<String, String> {
    if policy.approvers.is_empty() && policy.approver_groups.is_empty() {
        return Ok("the policy names no approvers: anyone may approve".into());
    }
    // The list is matched exactly (ignoring case): a login is not taken for
    // an address, since that would widen who may approve.
    if let Some(name) = policy
        .approvers
        .iter()
        .find(|a| a.trim().eq_ignore_ascii_case(identity.id.trim()))
    {
        return Ok(format!("`{}` is a listed approver (`{name}`)", identity.id));
    }
    if let Some(group) = policy
        .approver_groups
        .iter()
        .find(|g| identity.groups.iter().any(|m| m == *g))
    {
        return Ok(format!(
            "`{}` is in the approver group `{group}`",
            identity.id
        ));
    }
    Err(format!(
        "`{}` is not a listed approver nor in an approver group{}",
        identity.id,
        if identity.verified {
            ""
        } else {
            " (an unverified identity has no groups)"
        }
    ))
}

fn verified(request: &Request<'_>, identity: &Identity) -> Result<String, String> {
    if identity.verified {
        Ok(format!("`{}` verified via {}", identity.id, identity.via))
    } else if request.policy.allows_unverified(request.environment) {
        Ok(format!(
            "`{}` is unverified (via {}), which `{}` allows",
            identity.id, identity.via, request.environment
        ))
    } else {
        Err(format!(
            "`{}` is unverified (via {}): `{}` needs a verified identity (a CI ID token or a server token), or `allow_unverified = true`",
            identity.id, identity.via, request.environment
        ))
    }
}

/// Four-eyes for `id`: why it may not approve, if it may not.
fn conflict(request: &Request<'_>, id: &str) -> Option<String> {
    if !request.policy.four_eyes() {
        return None;
    }
    match request.range {
        Err(_) => {
            return Some("the release range is unknown, so four-eyes cannot be checked".into());
        }
        Ok(range) => {
            if let Some(person) = range.people.iter().find(|p| p.is(id)) {
                return Some(format!(
                    "`{id}` wrote or committed changes in the release range (`{} <{}>`)",
                    person.name, person.email
                ));
            }
        }
    }
    if request.triggerer.is_some_and(|t| same_identity(t, id)) {
        return Some(format!("`{id}` started the pipeline"));
    }
    if request.deployer.is_some_and(|d| same_identity(&d.id, id)) {
        return Some(format!("`{id}` is the deployer"));
    }
    None
}

fn approver_checks(request: &Request<'_>, identity: &Identity, out: &mut Vec<Requirement>) {
    out.push(match allowed(request.policy, identity) {
        Ok(why) => Requirement::met("approver-allowed", why, Vec::new()),
        Err(why) => Requirement::missing("approver-allowed", why),
    });
    out.push(match verified(request, identity) {
        Ok(why) => Requirement::met("approver-verified", why, Vec::new()),
        Err(why) => Requirement::missing("approver-verified", why),
    });
}

fn four_eyes(request: &Request<'_>, identity: &Identity, out: &mut Vec<Requirement>) {
    if !request.policy.four_eyes() {
        return;
    }
    out.push(match conflict(request, &identity.id) {
        None => Requirement::met(
            "four-eyes",
            format!(
                "`{}` wrote and committed nothing in the release range{}{}",
                identity.id,
                if request.triggerer.is_some() {
                    " and did not start the pipeline"
                } else {
                    ""
                },
                if request.deployer.is_some() {
                    " and does not deploy"
                } else {
                    ""
                },
            ),
            Vec::new(),
        ),
        Some(why) => Requirement::missing("four-eyes", why),
    });
}

fn already_approved(request: &Request<'_>, identity: &Identity, out: &mut Vec<Requirement>) {
    let standing = Standing::of(request);
    out.push(
        match standing
            .counted
            .iter()
            .find(|(_, e)| same_identity(&e.actor.id, &identity.id))
        {
            Some((seq, _)) => Requirement::missing(
                "not-yet-approved",
                format!(
                    "`{}` already approved this release (entry {seq})",
                    identity.id
                ),
            ),
            None => Requirement::met(
                "not-yet-approved",
                format!("no standing approval by `{}`", identity.id),
                Vec::new(),
            ),
        },
    );
}

fn ticket_matches(pattern: &str, ticket: Option<&str>) -> Requirement {
    let Ok(regex) = regex::Regex::new(pattern) else {
        return Requirement::missing("ticket", format!("`{pattern}` is not a valid pattern"));
    };
    match ticket {
        None => Requirement::missing(
            "ticket",
            format!("a change ticket matching `{pattern}` is required: pass `--ticket`"),
        ),
        Some(t) if regex.is_match(t) => {
            Requirement::met("ticket", format!("`{t}` matches `{pattern}`"), Vec::new())
        }
        Some(t) => Requirement::missing("ticket", format!("`{t}` does not match `{pattern}`")),
    }
}

/// The approvals and rejections that stand: each person's latest decision,
/// if it has not expired.
struct Standing<'a> {
    /// Approvals that count, in sequence order.
    counted: Vec<&'a (u64, Entry)>,
    /// Approvals that do not, with why.
    refused: Vec<(&'a (u64, Entry), String)>,
    /// Rejections that stand.
    rejections: Vec<&'a (u64, Entry)>,
    /// A counted break-glass approval.
    break_glass: Option<&'a (u64, Entry)>,
}

impl<'a> Standing<'a> {
    fn of(request: &Request<'a>) -> Self {
        let mut latest: BTreeMap<String, &'a (u64, Entry)> = BTreeMap::new();
        for item in request.evidence.about(
            Kind::Approval,
            Some(request.environment),
            request.commit,
            None,
        ) {
            if body::verdict(&item.1.body).is_some() {
                latest.insert(item.1.actor.id.to_lowercase(), item);
            }
        }
        let mut standing = Standing {
            counted: Vec::new(),
            refused: Vec::new(),
            rejections: Vec::new(),
            break_glass: None,
        };
        let mut ordered: Vec<_> = latest.into_values().collect();
        ordered.sort_by_key(|(seq, _)| *seq);
        for item in ordered {
            let entry = &item.1;
            if let Some(why) = expired(request, entry) {
                standing.refused.push((item, why));
                continue;
            }
            if body::verdict(&entry.body) == Some(Verdict::Reject) {
                standing.rejections.push(item);
                continue;
            }
            let already = standing
                .counted
                .iter()
                .find(|(_, c)| same_identity(&c.actor.id, &entry.actor.id));
            if let Some((seq, c)) = already {
                let why = format!("the same person as `{}` (entry {seq})", c.actor.id);
                standing.refused.push((item, why));
                continue;
            }
            match counts(request, entry) {
                Ok(()) => {
                    if request.policy.break_glass && body::break_glass_reason(&entry.body).is_some()
                    {
                        standing.break_glass = Some(item);
                    }
                    standing.counted.push(item);
                }
                Err(why) => standing.refused.push((item, why)),
            }
        }
        standing
    }

    fn requirements(&self, request: &Request<'_>, out: &mut Vec<Requirement>) {
        let needed = request.policy.approvals as usize;
        let names = |items: &[&(u64, Entry)]| {
            items
                .iter()
                .map(|(seq, e)| format!("`{}` (entry {seq})", e.actor.id))
                .collect::<Vec<_>>()
                .join(", ")
        };
        let refused = self
            .refused
            .iter()
            .map(|((seq, e), why)| format!("`{}` (entry {seq}) does not count: {why}", e.actor.id))
            .collect::<Vec<_>>()
            .join("; ");
        let seqs = |items: &[&(u64, Entry)]| items.iter().map(|(s, _)| *s).collect::<Vec<_>>();
        let mut detail = if let Some((seq, e)) = self.break_glass {
            format!(
                "break-glass by `{}` (entry {seq}): {}; needs review",
                e.actor.id,
                body::break_glass_reason(&e.body).unwrap_or_default()
            )
        } else if needed == 0 {
            "none required".to_owned()
        } else {
            format!("{} of {needed}", self.counted.len().min(needed))
        };
        if !self.counted.is_empty() && self.break_glass.is_none() {
            detail.push_str(": ");
            detail.push_str(&names(&self.counted));
        }
        if !refused.is_empty() {
            detail.push_str("; ");
            detail.push_str(&refused);
        }
        let met = self.break_glass.is_some() || self.counted.len() >= needed;
        out.push(if met {
            Requirement::met("approvals", detail, seqs(&self.counted))
        } else {
            Requirement::missing(
                "approvals",
                format!(
                    "{detail}; get approvals with `shipgate approve --env {}`",
                    request.environment
                ),
            )
        });
        out.push(if self.rejections.is_empty() {
            Requirement::met("not-rejected", "no standing rejection", Vec::new())
        } else {
            Requirement::missing(
                "not-rejected",
                format!("rejected by {}", names(&self.rejections)),
            )
        });
        if let Some(pattern) = &request.policy.ticket_pattern {
            let pattern = pattern.get_ref();
            let with_ticket = self.counted.iter().find(|(_, e)| {
                body::ticket(&e.body)
                    .is_some_and(|t| regex::Regex::new(pattern).is_ok_and(|r| r.is_match(t)))
            });
            out.push(match with_ticket {
                Some((seq, e)) => Requirement::met(
                    "ticket",
                    format!(
                        "`{}` (entry {seq})",
                        body::ticket(&e.body).unwrap_or_default()
                    ),
                    vec![*seq],
                ),
                None => Requirement::missing(
                    "ticket",
                    format!("no standing approval carries a change ticket matching `{pattern}`"),
                ),
            });
        }
    }
}

/// Why an approval or rejection has expired, if it has.
fn expired(request: &Request<'_>, entry: &Entry) -> Option<String> {
    let ttl = request.policy.ttl()?;
    let Some(at) = shipgate_ledger::time::parse_rfc3339(&entry.time) else {
        return Some(format!("its time `{}` cannot be read", entry.time));
    };
    let ends = i64::try_from(at)
        .unwrap_or(i64::MAX)
        .saturating_add(ttl.as_secs());
    (request.now.as_second() >= ends).then(|| {
        format!(
            "expired: given at {}, valid for {}",
            entry.time,
            request
                .policy
                .approval_ttl
                .as_ref()
                .map_or(String::new(), |t| t.get_ref().clone())
        )
    })
}

/// Whether a standing approval counts under the current policy.
fn counts(request: &Request<'_>, entry: &Entry) -> Result<(), String> {
    if body::policy_sha256(&entry.body) != Some(request.policy_sha256) {
        return Err("given under another policy (its policy hash differs)".into());
    }
    let identity = Identity::from_actor(&entry.actor);
    allowed(request.policy, &identity)?;
    verified(request, &identity)?;
    if let Some(why) = conflict(request, &identity.id) {
        return Err(format!("four-eyes: {why}"));
    }
    Ok(())
}

/// `freeze`: no freeze window is open, or a break-glass approval overrides it.
fn freeze(request: &Request<'_>, break_glass: Option<&(u64, Entry)>, out: &mut Vec<Requirement>) {
    if request.policy.freeze.is_empty() {
        return;
    }
    let mut open = Vec::new();
    for window in &request.policy.freeze {
        match open_window(window, request.now) {
            Ok(Some(w)) => open.push(format!(
                "`{}` is open from {} until {}",
                w.label,
                w.from.strftime("%Y-%m-%d %H:%M %Z"),
                w.until.strftime("%Y-%m-%d %H:%M %Z")
            )),
            Ok(None) => {}
            Err(why) => open.push(why),
        }
    }
    out.push(match (open.is_empty(), break_glass) {
        (true, _) => Requirement::met("freeze", "no freeze window is open", Vec::new()),
        (false, Some((seq, _))) => Requirement::met(
            "freeze",
            format!(
                "{}; overridden by break-glass (entry {seq})",
                open.join("; ")
            ),
            vec![*seq],
        ),
        (false, None) => Requirement::missing("freeze", open.join("; ")),
    });
}

#[cfg(test)]
mod tests;
