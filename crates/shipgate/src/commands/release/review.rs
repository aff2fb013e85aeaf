//! `shipgate review SEQ`: the after-the-fact review of a break-glass
//! approval, under the same four-eyes rule as an approval.

use jiff::Timestamp;
use serde_json::Value;
use shipgate_ledger::entry::{Entry, Kind};
use shipgate_release::evidence;
use shipgate_release::ledger::Ledger as _;
use shipgate_release::record::review_body;
use shipgate_release::{Action, Request, Reviewer, evaluate, policy, range};

use super::identity;
use super::{release_error, render};
use crate::ci;
use crate::cli::{GlobalArgs, ReviewArgs};
use crate::commands::handle::LedgerHandle;
use crate::exit::{CliError, ExitStatus};
use crate::output::write_output;
use crate::workspace::{current_dir, load_config};

/// Exit 0 when the review is recorded, 1 when it is refused.
pub fn review(global: &GlobalArgs, args: &ReviewArgs) -> Result<ExitStatus, CliError> {
    if args.comment.trim().is_empty() {
        return Err(CliError::usage(
            "`--comment` is empty: say what the review found",
        ));
    }
    let config = load_config(global, &current_dir()?, true)?;
    let location = crate::commands::ledger::location(global, Some(&config))?;
    let mut store = LedgerHandle::open(&location, true)?;
    let seq = args.seq;
    let stored = store
        .entry(seq)
        .map_err(|e| release_error(&e))?
        .ok_or_else(|| CliError::usage(format!("the ledger has no entry {seq}")))?;
    let target = serde_json::from_slice::<Value>(&stored)
        .ok()
        .and_then(|v| Entry::from_value(&v).ok())
        .ok_or_else(|| CliError::runtime(format!("ledger entry {seq} is not a valid entry")))?;
    let not_break_glass = || {
        CliError::usage(format!(
            "entry {seq} is not a break-glass approval: only those are reviewed"
        ))
        .hint("`shipgate status --env E` lists the break-glass approvals awaiting review")
    };
    if target.kind != Kind::Approval {
        return Err(not_break_glass());
    }
    let (Some(environment), Some(commit)) = (target.environment.clone(), target.commit.clone())
    else {
        return Err(not_break_glass());
    };
    let Some(policy) = config.environments.get(&environment) else {
        return Err(CliError::usage(format!(
            "entry {seq} is for `{environment}`, which shipgate.toml has no `[environments.{environment}]` for"
        )));
    };
    let repo = range::open(&config.root).map_err(|e| {
        CliError::usage(e.to_string()).hint("run shipgate inside the service's git repository")
    })?;
    let recorded = target.body.get("range").and_then(Value::as_object);
    let head = recorded
        .and_then(|r| r.get("head"))
        .and_then(Value::as_str)
        .unwrap_or(&commit);
    let base = recorded.and_then(|r| r.get("base")).and_then(Value::as_str);
    let release_range = range::release_range(&repo, base, head).map_err(|e| e.to_string());
    let gathered = evidence::gather(&mut store, &target.service, &commit, None)
        .map_err(|e| release_error(&e))?;
    let identity = identity::resolve(&config, &store)?;
    let policy_sha256 = policy::policy_sha256(&environment, policy);
    let triggerer = ci::triggerer();
    let decision = evaluate(&Request {
        environment: &environment,
        policy,
        policy_sha256: &policy_sha256,
        evidence: &gathered,
        commit: &commit,
        artifact: None,
        range: &release_range,
        action: Action::Review(Reviewer {
            identity: &identity,
            approval: seq,
        }),
        triggerer: triggerer.as_deref(),
        deployer: None,
        now: Timestamp::now(),
    });
    let mut view = render::View {
        action: "review",
        service: &target.service,
        identity: &identity,
        decision: &decision,
        recorded: None,
    };
    if !decision.allowed() {
        write_output(global, &render::render(global, &view))?;
        return Ok(ExitStatus::Failure);
    }
    let entry = Entry::builder(
        Kind::Approval,
        crate::clock::now(),
        target.service.as_str(),
        identity.actor(),
    )
    .environment(Some(environment.clone()))
    .commit(Some(commit.clone()))
    .ci(ci::context())
    .body(review_body(&decision, seq, Some(args.comment.trim())))
    .build()
    .map_err(|e| {
        CliError::usage(format!("cannot record the review: {e}")).hint("shorten the comment")
    })?;
    let bytes = entry
        .to_bytes()
        .map_err(|e| CliError::runtime(e.to_string()))?;
    let recorded = store.append(&[bytes]).map_err(|e| release_error(&e))?.start;
    view.recorded = Some(recorded);
    write_output(global, &render::render(global, &view))?;
    Ok(ExitStatus::Success)
}
