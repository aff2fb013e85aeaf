//! `shipgate deploy` and `shipgate rollback`: the policy is evaluated again
//! here, whatever ran before in the pipeline; the driver deploys; the entry
//! records what happened.

use std::io::Write as _;
use std::time::Duration;

use serde_json::{Value, json};
use shipgate_config::{DeployConfig, DriverKind};
use shipgate_ledger::entry::{Entry, Kind};
use shipgate_release::Action;
use shipgate_release::deploy::{
    Cluster, DeploymentRecord, Driver, DriverOutcome, DriverRequest, ExecDriver, ImageRef,
    KubernetesDriver, KubernetesTarget, RollbackError, RollbackTo, Target, current,
    deployment_body, rollback_body, rollback_target,
};
use shipgate_release::evidence::gather_environment;
use shipgate_release::identity::Identity;
use shipgate_release::ledger::Ledger as _;

use super::identity;
use super::{Context, release_error, render};
use crate::ci;
use crate::cli::{DeployArgs, FormatArg, GlobalArgs, RollbackArgs};
use crate::commands::handle::LedgerHandle;
use crate::exit::{CliError, ExitStatus};
use crate::output::write_output;
use crate::workspace::{current_dir, load_config};

fn deploy_config<'a>(
    environment: &str,
    deploy: Option<&'a DeployConfig>,
) -> Result<&'a DeployConfig, CliError> {
    deploy.ok_or_else(|| {
        CliError::usage(format!(
            "`{environment}` has no deploy driver: shipgate.toml has no `[environments.{environment}.deploy]`"
        ))
        .hint("add `[environments.NAME.deploy]` with `command = [\"./deploy.sh\"]`, or `driver = \"kubernetes\"` with `deployment` and `container`; see docs/release.md")
    })
}

fn driver(config: &DeployConfig, root: &std::path::Path) -> Box<dyn Driver> {
    let timeout = Duration::from_secs(config.timeout().as_secs().unsigned_abs());
    match config.driver {
        DriverKind::Exec => Box::new(ExecDriver {
            command: config
                .command
                .as_ref()
                .map(|c| c.get_ref().clone())
                .unwrap_or_default(),
            dir: root.to_path_buf(),
            timeout,
        }),
        DriverKind::Kubernetes => Box::new(KubernetesDriver {
            target: KubernetesTarget {
                namespace: config.namespace.clone(),
                deployment: config
                    .deployment
                    .as_ref()
                    .map(|d| d.get_ref().clone())
                    .unwrap_or_default(),
                container: config
                    .container
                    .as_ref()
                    .map(|c| c.get_ref().clone())
                    .unwrap_or_default(),
            },
            cluster: if config.in_cluster {
                Cluster::InCluster
            } else {
                Cluster::Kubeconfig {
                    path: config.kubeconfig.as_ref().map(|k| root.join(k.get_ref())),
                    context: config.context.clone(),
                }
            },
            timeout,
            wait_terminating: config.wait_terminating,
            poll: Duration::from_millis(500),
        }),
    }
}

/// Passes the command's output on to stderr: it is a diagnostic, and stays
/// in the CI log, never in the ledger.
fn echo(global: &GlobalArgs, outcome: &DriverOutcome) {
    if global.quiet {
        return;
    }
    let mut stderr = std::io::stderr().lock();
    let _ = stderr.write_all(&outcome.stdout);
    let _ = stderr.write_all(&outcome.stderr);
}

fn append(ledger: &mut LedgerHandle, entry: &Entry) -> Result<u64, CliError> {
    let bytes = entry
        .to_bytes()
        .map_err(|e| CliError::runtime(format!("cannot build the entry: {e}")))?;
    let range = ledger.append(&[bytes]).map_err(|e| release_error(&e))?;
    Ok(range.start)
}

/// What a deploy or rollback did, for the output.
struct Done<'a> {
    action: &'static str,
    service: &'a str,
    environment: &'a str,
    commit: &'a str,
    image: &'a str,
    previous_image: Option<&'a str>,
    identity: &'a Identity,
    outcome: &'a DriverOutcome,
    recorded: Option<u64>,
    extra: Value,
}

fn render_done(global: &GlobalArgs, done: &Done<'_>) -> String {
    if global.format == FormatArg::Json {
        format!(
            "{}\n",
            serde_json::to_string_pretty(&done_json(done)).unwrap_or_default()
        )
    } else {
        done_text(done)
    }
}

fn result_word(outcome: &DriverOutcome) -> &'static str {
    if outcome.succeeded {
        "succeeded"
    } else {
        "failed"
    }
}

fn done_json(done: &Done<'_>) -> Value {
    let outcome = done.outcome;
    let mut doc = json!({
        "version": render::JSON_VERSION,
        "action": done.action,
        "service": done.service,
        "environment": done.environment,
        "commit": done.commit,
        "image": done.image,
        "previous_image": done.previous_image,
        "identity": {"id": done.identity.id, "via": done.identity.via, "verified": done.identity.verified},
        "outcome": result_word(outcome),
        "exit_code": outcome.exit_code,
        "timed_out": outcome.timed_out,
        "duration_ms": u64::try_from(outcome.duration.as_millis()).unwrap_or(u64::MAX),
        "recorded_entry": done.recorded,
    });
    if let (Some(doc), Some(detail)) = (doc.as_object_mut(), &outcome.detail) {
        doc.insert("detail".into(), json!(detail));
    }
    if let (Some(doc), Value::Object(extra)) = (doc.as_object_mut(), &done.extra) {
        doc.extend(extra.clone());
    }
    doc
}

fn done_text(done: &Done<'_>) -> String {
    let outcome = done.outcome;
    let why = match (outcome.timed_out, outcome.exit_code) {
        _ if outcome.succeeded => String::new(),
        _ if outcome.detail.is_some() => {
            format!(" ({})", outcome.detail.as_deref().unwrap_or_default())
        }
        (true, _) => " (killed after the timeout)".to_owned(),
        (false, Some(0)) => String::new(),
        (false, Some(code)) => format!(" (the command exited with {code})"),
        (false, None) => " (the command was killed by a signal)".to_owned(),
    };
    format!(
        "{} `{}` to `{}` (commit `{}`) {}{why} in {} ms, replacing {}; recorded as entry {}\n",
        if done.action == "deploy" {
            "deployed"
        } else {
            "rolled back"
        },
        done.image,
        done.environment,
        done.commit.get(..12).unwrap_or(done.commit),
        result_word(outcome),
        outcome.duration.as_millis(),
        done.previous_image
            .map_or_else(|| "nothing recorded".to_owned(), |p| format!("`{p}`")),
        done.recorded
            .map_or_else(|| "-".to_owned(), |s| s.to_string()),
    )
}

/// `shipgate deploy`: re-evaluates the policy, refuses (exit 1) when it is
/// not met, else deploys with the environment's driver and records a
/// `deployment` entry. Exit 0 when the deployment succeeded, 1 when it failed.
pub fn deploy(global: &GlobalArgs, args: &DeployArgs) -> Result<ExitStatus, CliError> {
    let image: ImageRef = args
        .image
        .parse()
        .map_err(|e: shipgate_release::deploy::ImageError| {
            CliError::usage(e.to_string()).hint("deploy the digest your build pushed: `docker buildx build --push --metadata-file` or `crane digest` prints it")
        })?;
    let mut context = Context::load(global, &args.release, true, Some(image.digest.clone()))?;
    let environment = args.release.environment.as_str();
    let config = deploy_config(environment, context.policy.deploy.as_ref())?.clone();
    let decision = context.decide(environment, Action::Status, Some(&context.identity));
    if !decision.allowed() {
        let view = render::View {
            action: "deploy",
            service: &context.service,
            identity: &context.identity,
            decision: &decision,
            recorded: None,
        };
        write_output(global, &render::render(global, &view))?;
        return Ok(ExitStatus::Failure);
    }
    let approvals = decision
        .requirements
        .iter()
        .find(|r| r.id == "approvals")
        .map(|r| r.entries.clone())
        .unwrap_or_default();
    context.ledger.require_write(Kind::Deployment)?;
    let previous = current(&context.evidence, environment).map(|d| d.image);
    let mut driver = driver(&config, &context.root);
    let outcome = driver
        .deploy(&DriverRequest {
            action: "deploy",
            service: context.service.clone(),
            environment: environment.to_owned(),
            commit: context.commit.clone(),
            image: image.clone(),
            previous_image: previous.clone(),
            approvals: approvals.clone(),
        })
        .map_err(|e| CliError::runtime(e.to_string()))?;
    echo(global, &outcome);
    // What the driver saw running is the truth; the ledger's is the fallback.
    let previous = outcome.previous_image.clone().or(previous);
    let image_text = image.to_string();
    let record = DeploymentRecord {
        driver: driver.name(),
        outcome: &outcome,
        image: &image_text,
        previous_image: previous.as_deref(),
    };
    let body = deployment_body(
        &record,
        &decision.policy_sha256,
        &approvals,
        &decision.relied_on(),
        decision.needs_review,
    );
    let entry = Entry::builder(
        Kind::Deployment,
        crate::clock::now(),
        context.service.as_str(),
        context.identity.actor(),
    )
    .environment(Some(environment.to_owned()))
    .commit(Some(context.commit.clone()))
    .artifact(Some(image.digest.clone()))
    .ci(ci::context())
    .body(body)
    .build()
    .map_err(|e| CliError::runtime(format!("cannot build the deployment entry: {e}")))?;
    let seq = append(&mut context.ledger, &entry)?;
    let done = Done {
        action: "deploy",
        service: &context.service,
        environment,
        commit: &context.commit,
        image: &image_text,
        previous_image: previous.as_deref(),
        identity: &context.identity,
        outcome: &outcome,
        recorded: Some(seq),
        extra: json!({"approvals": approvals, "relied_on": decision.relied_on(), "needs_review": decision.needs_review}),
    };
    write_output(global, &render_done(global, &done))?;
    Ok(if outcome.succeeded {
        ExitStatus::Success
    } else {
        ExitStatus::Failure
    })
}

/// `shipgate rollback`: redeploys the last known-good image (or
/// `--to-entry`'s), records a `rollback` entry, and does nothing when that
/// image already runs. Exit 0 rolled back or nothing to do, 1 when there is
/// no known-good deployment or the rollback failed.
pub fn rollback(global: &GlobalArgs, args: &RollbackArgs) -> Result<ExitStatus, CliError> {
    if args.reason.trim().is_empty() {
        return Err(CliError::usage(
            "`--reason` is empty: say why you roll back",
        ));
    }
    let config = load_config(global, &current_dir()?, true)?;
    let location = crate::commands::ledger::location(global, Some(&config))?;
    let mut ledger = LedgerHandle::open(&location, true)?;
    let rolled = roll_back(
        global,
        &config,
        &mut ledger,
        &args.environment,
        args.reason.trim(),
        &rollback_to(args)?,
    )?;
    let text = if global.format == FormatArg::Json {
        format!(
            "{}\n",
            serde_json::to_string_pretty(&rolled.json).unwrap_or_default()
        )
    } else {
        rolled.text
    };
    write_output(global, &text)?;
    Ok(rolled.status)
}

/// What `--to` or `--to-entry` asks for; an image must be pinned by digest.
fn rollback_to(args: &RollbackArgs) -> Result<RollbackTo, CliError> {
    match (&args.to, args.to_entry) {
        (Some(image), _) => {
            let pinned: ImageRef =
                image
                    .parse()
                    .map_err(|e: shipgate_release::deploy::ImageError| {
                        CliError::usage(format!("--to: {e}"))
                    })?;
            Ok(RollbackTo::Image(pinned.to_string()))
        }
        (None, Some(seq)) => Ok(RollbackTo::Entry(seq)),
        (None, None) => Ok(RollbackTo::KnownGood),
    }
}

/// What a rollback did: its exit status and its output in both formats.
pub(super) struct Rolled {
    /// 0 rolled back or nothing to do, 1 failed or no target.
    pub status: ExitStatus,
    /// The JSON document.
    pub json: Value,
    /// The text.
    pub text: String,
}

/// Rolls `environment` back: to `to_entry`, else to the last known-good
/// deployment in the ledger; records the rollback.
pub(super) fn roll_back(
    global: &GlobalArgs,
    config: &shipgate_config::Config,
    store: &mut LedgerHandle,
    environment: &str,
    reason: &str,
    to: &RollbackTo,
) -> Result<Rolled, CliError> {
    let Some(policy) = config.environments.get(environment) else {
        return Err(CliError::usage(format!(
            "no policy for the environment `{environment}`: shipgate.toml has no `[environments.{environment}]`"
        )));
    };
    let deploy = deploy_config(environment, policy.deploy.as_ref())?;
    let service = crate::commands::record::service(config);
    let evidence =
        gather_environment(store, &service, environment).map_err(|e| release_error(&e))?;
    let identity = identity::resolve(config, store)?;
    let target = match rollback_target(&evidence, environment, to) {
        Ok(Target::Deploy(target)) => target,
        Ok(Target::AlreadyRunning(t)) => {
            return Ok(Rolled {
                status: ExitStatus::Success,
                json: json!({
                    "version": render::JSON_VERSION,
                    "action": "rollback",
                    "service": service,
                    "environment": environment,
                    "commit": t.commit,
                    "image": t.image,
                    "outcome": "already-running",
                    "target_entry": t.seq,
                    "recorded_entry": null,
                }),
                text: format!(
                    "`{environment}` already runs `{}`, the last known-good deployment (entry {}): nothing to roll back, nothing recorded\n",
                    t.image, t.seq
                ),
            });
        }
        Err(e @ RollbackError::NoKnownGood(_)) => {
            eprintln!("error: {e}");
            eprintln!(
                "\nhint: roll back to a chosen deployment with `--to-entry SEQ` (`shipgate ledger log --kind deployment`)"
            );
            return Ok(Rolled {
                status: ExitStatus::Failure,
                json: json!({
                    "version": render::JSON_VERSION,
                    "action": "rollback",
                    "service": service,
                    "environment": environment,
                    "outcome": "no-known-good",
                    "error": e.to_string(),
                    "recorded_entry": null,
                }),
                text: String::new(),
            });
        }
        Err(e @ (RollbackError::NotADeployment { .. } | RollbackError::NeverDeployed { .. })) => {
            return Err(CliError::usage(e.to_string()));
        }
    };
    let image: ImageRef =
        target
            .image
            .parse()
            .map_err(|e: shipgate_release::deploy::ImageError| {
                CliError::runtime(format!("entry {}: {e}", target.seq))
            })?;
    store.require_write(Kind::Rollback)?;
    let previous = current(&evidence, environment).map(|d| d.image);
    let mut driver = driver(deploy, &config.root);
    let outcome = driver
        .deploy(&DriverRequest {
            action: "rollback",
            service: service.clone(),
            environment: environment.to_owned(),
            commit: target.commit.clone(),
            image: image.clone(),
            previous_image: previous.clone(),
            approvals: Vec::new(),
        })
        .map_err(|e| CliError::runtime(e.to_string()))?;
    echo(global, &outcome);
    let previous = outcome.previous_image.clone().or(previous);
    let record = DeploymentRecord {
        driver: driver.name(),
        outcome: &outcome,
        image: &target.image,
        previous_image: previous.as_deref(),
    };
    let entry = Entry::builder(
        Kind::Rollback,
        crate::clock::now(),
        service.as_str(),
        identity.actor(),
    )
    .environment(Some(environment.to_owned()))
    .commit(Some(target.commit.clone()))
    .artifact(Some(image.digest.clone()))
    .ci(ci::context())
    .body(rollback_body(&record, reason, target.seq))
    .build()
    .map_err(|e| CliError::runtime(format!("cannot build the rollback entry: {e}")))?;
    let seq = append(store, &entry)?;
    let done = Done {
        action: "rollback",
        service: &service,
        environment,
        commit: &target.commit,
        image: &target.image,
        previous_image: previous.as_deref(),
        identity: &identity,
        outcome: &outcome,
        recorded: Some(seq),
        extra: json!({"target_entry": target.seq, "reason": reason}),
    };
    Ok(Rolled {
        status: if outcome.succeeded {
            ExitStatus::Success
        } else {
            ExitStatus::Failure
        },
        json: done_json(&done),
        text: done_text(&done),
    })
}
