//! The release commands: `status`, `approve`, `reject` and `review` here,
//! `deploy` and `rollback` in [`deploy`], `smoke` in [`smoke`]. The binary
//! gathers the policy, the ledger's evidence, the release range and the
//! identity, asks `shipgate_release::evaluate`, renders the decision, runs
//! the driver, and records the entries the library builds.

mod deploy;
mod identity;
mod render;
mod review;
mod smoke;
mod smoke_input;
mod smoke_render;

pub use deploy::{deploy, rollback};
pub use review::review;
pub use smoke::smoke;

use jiff::Timestamp;
use shipgate_config::EnvironmentPolicy;
use shipgate_release::body::Verdict;
use shipgate_release::evidence::{self, Evidence};
use shipgate_release::identity::Identity;
use shipgate_release::ledger::Ledger as _;
use shipgate_release::range::{self, ReleaseRange};
use shipgate_release::record::{Recording, approval_entry};
use shipgate_release::{Action, Approver, Decision, ReleaseError, Request, evaluate, policy};

use crate::ci;
use crate::cli::{ApproveArgs, GlobalArgs, RejectArgs, ReleaseArgs, StatusArgs};
use crate::commands::handle::LedgerHandle;
use crate::exit::{CliError, ExitStatus};
use crate::output::write_output;
use crate::workspace::{current_dir, load_config};

/// Everything a release command evaluates, read once.
struct Context {
    root: std::path::PathBuf,
    policy: EnvironmentPolicy,
    policy_sha256: String,
    service: String,
    commit: String,
    artifact: Option<String>,
    evidence: Evidence,
    range: Result<ReleaseRange, String>,
    identity: Identity,
    ledger: LedgerHandle,
}

impl Context {
    fn load(
        global: &GlobalArgs,
        args: &ReleaseArgs,
        write: bool,
        artifact: Option<String>,
    ) -> Result<Self, CliError> {
        let config = load_config(global, &current_dir()?, true)?;
        let env = args.environment.as_str();
        let Some(policy) = config.environments.get(env).cloned() else {
            let known: Vec<String> = config
                .environments
                .keys()
                .map(|k| format!("`{k}`"))
                .collect();
            return Err(CliError::usage(format!(
                "no policy for the environment `{env}`: shipgate.toml has no `[environments.{env}]`"
            ))
            .hint(if known.is_empty() {
                "add an `[environments.NAME]` section; docs/release.md has a complete example"
                    .to_owned()
            } else {
                format!("the configured environments are {}", known.join(", "))
            }));
        };
        let repo = range::open(&config.root).map_err(|e| {
            CliError::usage(e.to_string()).hint("run shipgate inside the service's git repository")
        })?;
        let rev = match &args.commit {
            Some(commit) => commit.clone(),
            None => ci::commit(&config.root)
                .ok_or_else(|| CliError::usage("no commit: pass `--commit SHA`".to_owned()))?,
        };
        let commit = range::resolve_commit(&repo, &rev).map_err(|e| {
            CliError::usage(e.to_string())
                .hint("fetch the commit, or pass `--commit` with one this repository has")
        })?;
        let location = crate::commands::ledger::location(global, Some(&config))?;
        let mut ledger = LedgerHandle::open(&location, write)?;
        let service = crate::commands::record::service(&config);
        let evidence = evidence::gather(&mut ledger, &service, &commit, artifact.as_deref())
            .map_err(|e| release_error(&e))?;
        let base = evidence
            .last_deployed(env)
            .and_then(|(_, e)| e.commit.clone());
        let range =
            range::release_range(&repo, base.as_deref(), &commit).map_err(|e| e.to_string());
        let identity = identity::resolve(&config, &ledger)?;
        let policy_sha256 = policy::policy_sha256(env, &policy);
        Ok(Self {
            root: config.root.clone(),
            policy,
            policy_sha256,
            service,
            commit,
            artifact,
            evidence,
            range,
            identity,
            ledger,
        })
    }

    fn decide(
        &self,
        environment: &str,
        action: Action<'_>,
        deployer: Option<&Identity>,
    ) -> Decision {
        let triggerer = ci::triggerer();
        evaluate(&Request {
            environment,
            policy: &self.policy,
            policy_sha256: &self.policy_sha256,
            evidence: &self.evidence,
            commit: &self.commit,
            artifact: self.artifact.as_deref(),
            range: &self.range,
            action,
            triggerer: triggerer.as_deref(),
            deployer,
            now: Timestamp::now(),
        })
    }
}

fn release_error(e: &ReleaseError) -> CliError {
    CliError::runtime(e.to_string())
}

/// `shipgate status`: exit 0 when deployable, 1 when not.
pub fn status(global: &GlobalArgs, args: &StatusArgs) -> Result<ExitStatus, CliError> {
    let context = Context::load(global, &args.release, false, None)?;
    // Whoever asks for the status is who would deploy now.
    let decision = context.decide(
        &args.release.environment,
        Action::Status,
        Some(&context.identity),
    );
    let view = render::View {
        action: "status",
        service: &context.service,
        identity: &context.identity,
        decision: &decision,
        recorded: None,
    };
    write_output(global, &render::render(global, &view))?;
    Ok(if decision.allowed() {
        ExitStatus::Success
    } else {
        ExitStatus::Failure
    })
}

/// `shipgate approve`: evaluate, then record an approval, or refuse (exit 1)
/// with every unmet requirement.
pub fn approve(global: &GlobalArgs, args: &ApproveArgs) -> Result<ExitStatus, CliError> {
    let context = Context::load(global, &args.release, true, None)?;
    let action = Action::Approve(Approver {
        identity: &context.identity,
        ticket: args.ticket.as_deref(),
        break_glass: args.break_glass.as_deref(),
    });
    let decision = context.decide(&args.release.environment, action, None);
    decide_and_record(
        global,
        context,
        &decision,
        Verdict::Approve,
        args.ticket.as_deref(),
        args.comment.as_deref(),
        args.break_glass.as_deref(),
    )
}

/// `shipgate reject`: record a rejection by someone who may approve.
pub fn reject(global: &GlobalArgs, args: &RejectArgs) -> Result<ExitStatus, CliError> {
    let context = Context::load(global, &args.release, true, None)?;
    let decision = context.decide(
        &args.release.environment,
        Action::Reject(&context.identity),
        None,
    );
    decide_and_record(
        global,
        context,
        &decision,
        Verdict::Reject,
        args.ticket.as_deref(),
        args.comment.as_deref(),
        None,
    )
}

fn decide_and_record(
    global: &GlobalArgs,
    mut context: Context,
    decision: &Decision,
    verdict: Verdict,
    ticket: Option<&str>,
    comment: Option<&str>,
    break_glass: Option<&str>,
) -> Result<ExitStatus, CliError> {
    let action = verdict.as_str();
    if !decision.allowed() {
        let view = render::View {
            action,
            service: &context.service,
            identity: &context.identity,
            decision,
            recorded: None,
        };
        write_output(global, &render::render(global, &view))?;
        return Ok(ExitStatus::Failure);
    }
    let time = crate::clock::now();
    let ci_context = ci::context();
    let entry = approval_entry(
        decision,
        &Recording {
            verdict,
            identity: &context.identity,
            service: &context.service,
            time: &time,
            ticket,
            comment,
            break_glass,
            ci: ci_context.as_ref(),
        },
    )
    .map_err(|e| CliError::usage(e.to_string()).hint("shorten the ticket or comment"))?;
    let bytes = entry
        .to_bytes()
        .map_err(|e| CliError::runtime(e.to_string()))?;
    let seqs = context
        .ledger
        .append(&[bytes])
        .map_err(|e| release_error(&e))?;
    let view = render::View {
        action,
        service: &context.service,
        identity: &context.identity,
        decision,
        recorded: Some(seqs.start),
    };
    write_output(global, &render::render(global, &view))?;
    Ok(ExitStatus::Success)
}
