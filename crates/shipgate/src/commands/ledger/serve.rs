//! `shipgate ledger serve`: the audit API.

use std::io::IsTerminal as _;

use shipgate_server::{Server, ServerConfig, shutdown_signal};

use super::sign::read_log_key;
use crate::cli::{GlobalArgs, ServeArgs};
use crate::commands::record::service;
use crate::exit::{CliError, ExitStatus};
use crate::workspace::{current_dir, load_config};

/// Serves the ledger until ctrl-c or SIGTERM, then finishes the requests in
/// flight and their commits.
pub fn run(global: &GlobalArgs, args: &ServeArgs) -> Result<ExitStatus, CliError> {
    let key = read_log_key(&args.key)?;
    let tls = match (&args.tls_cert, &args.tls_key) {
        (Some(cert), Some(key)) => Some(shipgate_server::tls::load(cert, key).map_err(|e| {
            CliError::usage(format!("cannot serve TLS: {e}")).hint(
                "pass a PEM certificate chain to --tls-cert and its PEM private key to --tls-key",
            )
        })?),
        _ => None,
    };
    let config = load_config(global, &current_dir()?, false)?;
    let location = super::location(global, Some(&config))?;
    // Open once here, so a wrong location is a usage error with a hint.
    drop(super::open_location(&location)?);
    init_logging(global);
    let mut server_config = ServerConfig::new(location.clone(), key, service(&config));
    server_config.checkpoint_interval = args.checkpoint_interval;
    server_config.request_timeout = args.request_timeout;
    server_config.readers = usize::from(args.readers);
    server_config.oidc = super::serve_config::issuers(&config)?;
    server_config.rate_limit = super::serve_config::rate_limit(&config);
    server_config.witnesses = super::serve_config::witnesses(&config)?;
    server_config.public_tiles = config.server.public_tiles.unwrap_or(true);
    if let Some(mib) = &config.server.read_cache_mib {
        // Validated to at most 64 GiB, so the product fits.
        server_config.read_cache_bytes =
            usize::try_from(*mib.get_ref() << 20).unwrap_or(usize::MAX);
    }
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|e| CliError::runtime(format!("cannot start the async runtime: {e}")))?;
    runtime.block_on(async {
        let server = Server::start(&server_config).await.map_err(|e| {
            CliError::runtime(format!(
                "cannot serve `{}`: {e}",
                shipgate_ledger::store::redact_location(&location)
            ))
        })?;
        let listener = tokio::net::TcpListener::bind(args.listen)
            .await
            .map_err(|e| CliError::runtime(format!("cannot listen on {}: {e}", args.listen)))?;
        let address = listener.local_addr().map_or(args.listen, |a| a);
        let scheme = if tls.is_some() { "https" } else { "http" };
        tracing::info!(%address, scheme, ledger = %shipgate_ledger::store::redact_location(&location), "serving the audit API");
        if !global.quiet {
            eprintln!("listening on {scheme}://{address}");
        }
        let served = match tls {
            Some(tls) => server.serve_tls(listener, tls, shutdown_signal()).await,
            None => server.serve(listener, shutdown_signal()).await,
        };
        served.map_err(|e| CliError::runtime(format!("the server failed: {e}")))
    })?;
    Ok(ExitStatus::Success)
}

/// Logs to stderr: JSON lines when stdout is not a terminal (a container, a
/// service manager), readable text on one. `RUST_LOG` filters (default `info`).
fn init_logging(global: &GlobalArgs) {
    let default = if global.quiet { "warn" } else { "info" };
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new(default));
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr);
    let _ = if std::io::stdout().is_terminal() {
        builder.try_init()
    } else {
        builder.json().try_init()
    };
}
