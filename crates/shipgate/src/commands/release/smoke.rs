//! `shipgate smoke`: Hurl files and the environment's checks against what the
//! ledger says runs there, recorded as a `smoke` entry; with
//! `--rollback-on-failure`, a failure rolls back at once and both are
//! recorded.

use std::time::Duration;

use serde_json::json;
use shipgate_hurl::run::Runner;
use shipgate_hurl::run::http::Client;
use shipgate_ledger::entry::{Entry, Kind};
use shipgate_release::deploy::{RollbackTo, current};
use shipgate_release::evidence::gather_environment;
use shipgate_release::smoke::{run_checks, smoke_body};

use super::deploy::roll_back;
use super::identity;
use super::release_error;
use super::smoke_input::load;
use super::smoke_render::{Report, render};
use crate::ci;
use crate::cli::{GlobalArgs, SmokeArgs};
use crate::exit::{CliError, ExitStatus};
use crate::output::write_output;
use crate::workspace::{current_dir, load_config};

/// How long one request of a Hurl file may take.
const HURL_TIMEOUT: Duration = Duration::from_secs(10);

/// Exit 0 when everything passed, 1 when something failed (rolled back or
/// not), 2 when a Hurl file does not parse or nothing is deployed.
pub fn smoke(global: &GlobalArgs, args: &SmokeArgs) -> Result<ExitStatus, CliError> {
    let environment = args.environment.as_str();
    let config = load_config(global, &current_dir()?, true)?;
    let Some(policy) = config.environments.get(environment) else {
        return Err(CliError::usage(format!(
            "no policy for the environment `{environment}`: shipgate.toml has no `[environments.{environment}]`"
        )));
    };
    if policy.smoke.is_empty() && args.files.is_empty() {
        return Err(CliError::usage(format!(
            "nothing to run for `{environment}`: no Hurl file given, and shipgate.toml has no `[[environments.{environment}.smoke]]`"
        ))
        .hint("pass Hurl files (`shipgate smoke --env ENV smoke.hurl`), or add checks with `name` and `url`; see docs/release.md"));
    }
    let mut hurl = load(args)?;
    let location = crate::commands::ledger::location(global, Some(&config))?;
    let mut store = crate::commands::handle::LedgerHandle::open(&location, true)?;
    let service = crate::commands::record::service(&config);
    let evidence =
        gather_environment(&mut store, &service, environment).map_err(|e| release_error(&e))?;
    let Some(running) = current(&evidence, environment) else {
        return Err(CliError::usage(format!(
            "nothing is deployed to `{environment}` in the ledger: a smoke test names the deployment it tested"
        ))
        .hint("deploy with `shipgate deploy`, or record your deployment with `shipgate ledger append`"));
    };
    let identity = identity::resolve(&config, &store)?;
    store.require_write(Kind::Smoke)?;
    if args.rollback_on_failure {
        store.require_write(Kind::Rollback)?;
    }
    let checks = run_checks(&policy.smoke);
    let client = Client::new(HURL_TIMEOUT);
    let files = Runner {
        client: &client,
        variables: &hurl.variables,
        sleep: &std::thread::sleep,
    }
    .run(&hurl.files, &mut hurl.redactor);
    let mut body = smoke_body(&checks, &files);
    let passed = body.get("outcome") == Some(&json!("pass"));
    body.insert("deployment_entry".into(), json!(running.seq));
    let entry = Entry::builder(
        Kind::Smoke,
        crate::clock::now(),
        service.as_str(),
        identity.actor(),
    )
    .environment(Some(environment.to_owned()))
    .commit(Some(running.commit.clone()))
    .artifact(running.artifact.clone())
    .ci(ci::context())
    .body(body)
    .build()
    .map_err(|e| CliError::runtime(format!("cannot build the smoke entry: {e}")))?;
    let bytes = entry
        .to_bytes()
        .map_err(|e| CliError::runtime(e.to_string()))?;
    let seq = shipgate_release::ledger::Ledger::append(&mut store, &[bytes])
        .map_err(|e| release_error(&e))?
        .start;
    let rolled = if !passed && args.rollback_on_failure {
        Some(roll_back(
            global,
            &config,
            &mut store,
            environment,
            &format!("smoke test failed (entry {seq})"),
            &RollbackTo::KnownGood,
        )?)
    } else {
        None
    };
    let text = render(
        global,
        &Report {
            service: &service,
            environment,
            running: &running,
            passed,
            recorded: seq,
            checks: &checks,
            files: &files,
            rollback: rolled.as_ref(),
        },
    );
    write_output(global, &hurl.redactor.redact(&text))?;
    Ok(if passed {
        ExitStatus::Success
    } else {
        ExitStatus::Failure
    })
}
