//! `shipgate smoke`: the environment's checks against what the ledger says
//! runs there, recorded as a `smoke` entry; with `--rollback-on-failure`, a
//! failure rolls back at once and both are recorded.

use std::fmt::Write as _;

use serde_json::{Value, json};
use shipgate_ledger::entry::{Entry, Kind};
use shipgate_release::deploy::current;
use shipgate_release::evidence::gather_environment;
use shipgate_release::smoke::{CheckResult, run_checks, smoke_body};

use super::deploy::roll_back;
use super::identity;
use super::{release_error, render};
use crate::ci;
use crate::cli::{FormatArg, GlobalArgs, SmokeArgs};
use crate::exit::{CliError, ExitStatus};
use crate::output::write_output;
use crate::workspace::{current_dir, load_config};

/// Exit 0 when every check passed, 1 when one failed (rolled back or not).
pub fn smoke(global: &GlobalArgs, args: &SmokeArgs) -> Result<ExitStatus, CliError> {
    let environment = args.environment.as_str();
    let config = load_config(global, &current_dir()?, true)?;
    let Some(policy) = config.environments.get(environment) else {
        return Err(CliError::usage(format!(
            "no policy for the environment `{environment}`: shipgate.toml has no `[environments.{environment}]`"
        )));
    };
    if policy.smoke.is_empty() {
        return Err(CliError::usage(format!(
            "`{environment}` has no smoke checks: shipgate.toml has no `[[environments.{environment}.smoke]]`"
        ))
        .hint("add checks with `name` and `url`; see docs/release.md"));
    }
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
    let results = run_checks(&policy.smoke);
    let body = smoke_body(&results);
    let passed = body.get("outcome") == Some(&json!("pass"));
    let mut body = body;
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
            None,
        )?)
    } else {
        None
    };
    let outcome = if passed { "pass" } else { "fail" };
    let text = if global.format == FormatArg::Json {
        let doc = json!({
            "version": render::JSON_VERSION,
            "action": "smoke",
            "service": service,
            "environment": environment,
            "commit": running.commit,
            "image": running.image,
            "deployment_entry": running.seq,
            "outcome": outcome,
            "recorded_entry": seq,
            "checks": results.iter().map(check_json).collect::<Vec<_>>(),
            "rollback": rolled.as_ref().map_or(Value::Null, |r| r.json.clone()),
        });
        format!(
            "{}\n",
            serde_json::to_string_pretty(&doc).unwrap_or_default()
        )
    } else {
        let mut out = format!(
            "smoke test of `{environment}` running `{}` (deployment entry {}): {outcome}; recorded as entry {seq}\n\n",
            running.image, running.seq
        );
        let width = results
            .iter()
            .map(|r| r.name.chars().count())
            .max()
            .unwrap_or(0)
            .max("check".len());
        let _ = writeln!(out, "  {:width$}  result  status  detail", "check");
        for r in &results {
            let _ = writeln!(
                out,
                "  {:width$}  {:6}  {:6}  {}",
                r.name,
                if r.passed { "pass" } else { "FAIL" },
                r.status.map_or_else(|| "-".to_owned(), |s| s.to_string()),
                r.error.as_deref().unwrap_or(&r.url)
            );
        }
        if let Some(rolled) = &rolled {
            out.push('\n');
            out.push_str(&rolled.text);
        }
        out
    };
    write_output(global, &text)?;
    Ok(if passed {
        ExitStatus::Success
    } else {
        ExitStatus::Failure
    })
}

fn check_json(r: &CheckResult) -> Value {
    json!({
        "name": r.name,
        "url": r.url,
        "status": r.status,
        "passed": r.passed,
        "error": r.error,
    })
}
