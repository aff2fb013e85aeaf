//! `shipgate ledger <verb>`.

mod append;
mod bundle;
mod keys;
mod read;
mod remote;
mod seen;
mod serve;
pub(crate) mod serve_config;
mod sign;
mod token;
mod verify;
mod verify_remote;

use std::path::Path;

use shipgate_config::Config;
use shipgate_ledger::store::{self, Store};

use crate::cli::{FormatArg, GlobalArgs, LedgerCommand};
use crate::exit::{CliError, ExitStatus};
use crate::workspace::{current_dir, load_config};

/// Runs a ledger command.
pub fn run(global: &GlobalArgs, command: &LedgerCommand) -> Result<ExitStatus, CliError> {
    check_flags(global, command)?;
    match command {
        LedgerCommand::Init => {
            let location = resolve(global)?;
            open_location(&location)?;
            if !global.quiet {
                eprintln!("ledger ready at {location}");
            }
            Ok(ExitStatus::Success)
        }
        LedgerCommand::Keygen(args) => keys::keygen(global, args),
        LedgerCommand::Append(args) => append::run(global, args),
        LedgerCommand::Log(args) => read::log(global, args),
        LedgerCommand::Show(args) => read::show(global, args),
        LedgerCommand::Checkpoint(args) => sign::checkpoint(global, args),
        LedgerCommand::Cosign(args) => sign::cosign(global, args),
        LedgerCommand::Prove(args) => bundle::prove(global, args),
        LedgerCommand::Verify(args) => verify::run(global, args),
        LedgerCommand::Export(args) => bundle::export(global, args),
        LedgerCommand::Serve(args) => serve::run(global, args),
        LedgerCommand::Token(command) => token::run(global, command),
    }
}

/// The verb's name, for messages.
fn verb(command: &LedgerCommand) -> &'static str {
    match command {
        LedgerCommand::Init => "init",
        LedgerCommand::Keygen(_) => "keygen",
        LedgerCommand::Append(_) => "append",
        LedgerCommand::Log(_) => "log",
        LedgerCommand::Show(_) => "show",
        LedgerCommand::Checkpoint(_) => "checkpoint",
        LedgerCommand::Cosign(_) => "cosign",
        LedgerCommand::Prove(_) => "prove",
        LedgerCommand::Verify(_) => "verify",
        LedgerCommand::Export(_) => "export",
        LedgerCommand::Serve(_) => "serve",
        LedgerCommand::Token(_) => "token",
    }
}

/// Refuses (exit 2) the global flags a ledger command would otherwise ignore:
/// `--record`, and a `--format` it does not write.
fn check_flags(global: &GlobalArgs, command: &LedgerCommand) -> Result<(), CliError> {
    let verb = verb(command);
    if global.record {
        return Err(CliError::usage(format!(
            "`shipgate ledger {verb}` does not take `--record`: it records the results of gates"
        ))
        .hint("drop `--record`; `shipgate ledger append` adds entries to the ledger"));
    }
    let formats: &[FormatArg] = match command {
        LedgerCommand::Log(_)
        | LedgerCommand::Show(_)
        | LedgerCommand::Verify(_)
        | LedgerCommand::Token(crate::cli::TokenCommand::List) => {
            &[FormatArg::Text, FormatArg::Json]
        }
        _ => &[FormatArg::Text],
    };
    if !formats.contains(&global.format) {
        let names: Vec<String> = formats
            .iter()
            .map(|f| format!("`{}`", shipgate_report::Format::from(*f)))
            .collect();
        return Err(CliError::usage(format!(
            "`shipgate ledger {verb}` writes {} only, not `--format {}`",
            names.join(" or "),
            shipgate_report::Format::from(global.format)
        ))
        .hint("drop `--format`"));
    }
    Ok(())
}

/// The ledger location of every `shipgate ledger` command: `--ledger`, else
/// `SHIPGATE_LEDGER`, else `[ledger] location` of `--config` or the nearest
/// `shipgate.toml`, else `sqlite:.shipgate/ledger.db` (see [`location`]). The
/// configuration is read only when neither the flag nor the variable names a ledger.
pub fn resolve(global: &GlobalArgs) -> Result<String, CliError> {
    if global.ledger.is_some() {
        return location(global, None);
    }
    let config = load_config(global, &current_dir()?, false)?;
    location(global, Some(&config))
}

/// The ledger location: `--ledger`/`SHIPGATE_LEDGER`, else `[ledger] location`,
/// else `sqlite:.shipgate/ledger.db`; relative SQLite paths resolve against the
/// config file's folder (or the current directory without one).
pub fn location(global: &GlobalArgs, config: Option<&Config>) -> Result<String, CliError> {
    let configured = config.and_then(|c| c.ledger.location.clone());
    let raw = global
        .ledger
        .clone()
        .or(configured)
        .unwrap_or_else(|| "sqlite:.shipgate/ledger.db".to_owned());
    let Some(path) = raw.strip_prefix("sqlite:") else {
        return Ok(raw);
    };
    let path = Path::new(path);
    if path.is_absolute() {
        return Ok(raw);
    }
    let base = match (config, &global.ledger) {
        (Some(c), None) if c.path.is_some() => c.root.clone(),
        _ => current_dir()?,
    };
    Ok(format!("sqlite:{}", base.join(path).display()))
}

/// Opens the ledger at `location`.
pub fn open_location(location: &str) -> Result<Box<dyn Store>, CliError> {
    store::open(location).map_err(|e| open_error(location, e))
}

/// Opens the existing ledger at `location` for reading only.
pub fn open_location_read_only(location: &str) -> Result<Box<dyn Store>, CliError> {
    store::open_read_only(location).map_err(|e| open_error(location, e))
}

fn open_error(location: &str, e: store::StoreError) -> CliError {
    match e {
        store::StoreError::Location(_) => CliError::usage(e.to_string())
            .hint("pass `--ledger sqlite:PATH` or `--ledger postgres://user@host/db`"),
        store::StoreError::NotFound(what) => CliError::usage(format!(
            "cannot read the ledger `{}`: {what}",
            store::redact_location(location)
        ))
        .hint(
            "pass `--ledger`, set SHIPGATE_LEDGER or `[ledger] location`, or create it with `shipgate ledger init`",
        ),
        other => CliError::runtime(format!(
            "cannot open the ledger `{}`: {other}",
            store::redact_location(location)
        )),
    }
}

/// Opens the ledger for a `shipgate ledger` command that writes to it.
pub fn open(global: &GlobalArgs) -> Result<Box<dyn Store>, CliError> {
    open_location(&resolve(global)?)
}

/// Opens the existing ledger for a `shipgate ledger` command that only reads
/// it (`log`, `show`, `prove`, `verify`, `export`): nothing is created or written.
pub fn open_read_only(global: &GlobalArgs) -> Result<Box<dyn Store>, CliError> {
    open_location_read_only(&resolve(global)?)
}

/// A runtime error from the store.
pub fn store_error(e: &store::StoreError) -> CliError {
    CliError::runtime(e.to_string())
}
