//! Finding and loading the configuration for a command.

use std::path::Path;

use shipgate_config::{Config, find_config};

use crate::cli::GlobalArgs;
use crate::exit::CliError;

/// Loads `--config`, or the nearest `shipgate.toml` from `start` upwards.
/// Without one, `required` decides between an error and the defaults rooted at `start`.
pub fn load_config(global: &GlobalArgs, start: &Path, required: bool) -> Result<Config, CliError> {
    let path = match &global.config {
        Some(path) => Some(path.clone()),
        None => find_config(start),
    };
    let config = match path {
        Some(path) => Config::load(&path)?,
        None if required => {
            return Err(CliError::usage(format!(
                "no shipgate.toml in `{}` or any folder above it",
                start.display()
            ))
            .hint("run `shipgate init` to write one, or pass `--config FILE`"));
        }
        None => Config::default_at(start),
    };
    let known: Vec<&str> = shipgate_migrations::all_rules()
        .iter()
        .map(|r| r.id)
        .collect();
    config.validate_rule_ids(&known)?;
    Ok(config)
}

/// The current directory, or an error that says why it cannot be read.
pub fn current_dir() -> Result<std::path::PathBuf, CliError> {
    std::env::current_dir()
        .map_err(|e| CliError::runtime(format!("cannot read the current directory: {e}")))
}
