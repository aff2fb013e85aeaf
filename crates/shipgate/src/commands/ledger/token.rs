//! `shipgate ledger token create|list|revoke`: the audit API's bearer tokens.

use std::fmt::Write as _;

use serde_json::{Value, json};
use shipgate_ledger::store::StoreError;
use shipgate_ledger::time::format_unix;
use shipgate_server::auth::Role;
use shipgate_server::auth::token::{self, IssueRequest, TokenError};

use crate::ci;
use crate::cli::{FormatArg, GlobalArgs, TokenCommand, TokenCreateArgs};
use crate::commands::record::service;
use crate::exit::{CliError, ExitStatus};
use crate::output::write_output;
use crate::workspace::{current_dir, load_config};

/// Runs a token command.
pub fn run(global: &GlobalArgs, command: &TokenCommand) -> Result<ExitStatus, CliError> {
    match command {
        TokenCommand::Create(args) => create(global, args),
        TokenCommand::List => list(global),
        TokenCommand::Revoke(args) => revoke(global, &args.name),
    }
}

fn now() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

fn token_error(e: TokenError) -> CliError {
    match e {
        TokenError::Name(_) | TokenError::Entry(_) => CliError::usage(e.to_string()),
        TokenError::Store(StoreError::Conflict(message)) => CliError::usage(message)
            .hint("pick another name; `shipgate ledger token list` shows the names in use"),
        TokenError::Store(e) => super::store_error(&e),
        TokenError::Random(_) => CliError::runtime(e.to_string()),
    }
}

/// Creates a token, records its `admin` entry, and prints the token once.
fn create(global: &GlobalArgs, args: &TokenCreateArgs) -> Result<ExitStatus, CliError> {
    let role: Role = args
        .role
        .parse()
        .map_err(|e: shipgate_server::auth::role::UnknownRole| CliError::usage(e.to_string()))?;
    let config = load_config(global, &current_dir()?, false)?;
    let mut store = super::open_location(&super::location(global, Some(&config))?)?;
    let now = now();
    let request = IssueRequest {
        name: args.name.clone(),
        role,
        expires: args.expires.map(|d| now.saturating_add(d.as_secs())),
        actor: ci::actor(&config.root),
        service: service(&config),
        now,
    };
    let issued = token::issue(store.as_mut(), &request).map_err(token_error)?;
    if !global.quiet {
        eprintln!(
            "created token `{}` ({role}), recorded as entry {}; it is shown this once: store it in your CI's masked variables now",
            args.name, issued.seq
        );
    }
    write_output(global, &format!("{}\n", issued.secret))?;
    Ok(ExitStatus::Success)
}

/// Lists tokens: never their secrets or hashes.
fn list(global: &GlobalArgs) -> Result<ExitStatus, CliError> {
    let mut store = super::open_read_only(global)?;
    let tokens = store.tokens().map_err(|e| super::store_error(&e))?;
    let now = now();
    let state = |t: &shipgate_ledger::store::TokenRecord| {
        if t.revoked.is_some() {
            "revoked"
        } else if t.is_active(now) {
            "active"
        } else {
            "expired"
        }
    };
    let text = if global.format == FormatArg::Json {
        let items: Vec<Value> = tokens
            .iter()
            .map(|t| {
                json!({
                    "name": t.name,
                    "role": t.role,
                    "created": format_unix(t.created),
                    "expires": t.expires.map(format_unix),
                    "revoked": t.revoked.map(format_unix),
                    "state": state(t),
                })
            })
            .collect();
        format!(
            "{}\n",
            serde_json::to_string_pretty(&json!({"version": 1, "tokens": items}))
                .unwrap_or_default()
        )
    } else {
        let mut out = String::new();
        for t in &tokens {
            let _ = writeln!(
                out,
                "{}\t{}\t{}\tcreated {}\texpires {}",
                t.name,
                t.role,
                state(t),
                format_unix(t.created),
                t.expires.map_or_else(|| "never".to_owned(), format_unix),
            );
        }
        if tokens.is_empty() && !global.quiet {
            eprintln!("no tokens: create one with `shipgate ledger token create`");
        }
        out
    };
    write_output(global, &text)?;
    Ok(ExitStatus::Success)
}

/// Revokes a token and records its `admin` entry.
fn revoke(global: &GlobalArgs, name: &str) -> Result<ExitStatus, CliError> {
    let config = load_config(global, &current_dir()?, false)?;
    let mut store = super::open_location(&super::location(global, Some(&config))?)?;
    let seq = token::revoke(
        store.as_mut(),
        name,
        &ci::actor(&config.root),
        &service(&config),
        now(),
    )
    .map_err(token_error)?
    .ok_or_else(|| {
        CliError::usage(format!("there is no active token named `{name}`"))
            .hint("`shipgate ledger token list` shows the tokens and their state")
    })?;
    if !global.quiet {
        eprintln!("revoked token `{name}`, recorded as entry {seq}");
    }
    Ok(ExitStatus::Success)
}
