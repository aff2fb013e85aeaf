//! `shipgate init`.

use shipgate_config::CONFIG_FILE_NAME;

use crate::cli::{FormatArg, GlobalArgs, InitArgs};
use crate::exit::{CliError, ExitStatus};
use crate::workspace::current_dir;

/// `shipgate init`: writes a commented `shipgate.toml` that enables every
/// gate whose inputs it finds (the secrets gate always).
pub fn run(global: &GlobalArgs, args: &InitArgs) -> Result<ExitStatus, CliError> {
    if global.format != FormatArg::Text {
        return Err(CliError::usage(format!(
            "`shipgate init` writes shipgate.toml and prints no report: `--format {}` does not apply",
            shipgate_report::Format::from(global.format)
        ))
        .hint("drop `--format`"));
    }
    let path = match &global.config {
        Some(path) => path.clone(),
        None => current_dir()?.join(CONFIG_FILE_NAME),
    };
    if path.exists() && !args.force {
        return Err(
            CliError::usage(format!("`{}` already exists", path.display()))
                .hint("pass `--force` to overwrite it"),
        );
    }
    let root = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .map_or_else(current_dir, |p| Ok(p.to_path_buf()))?;
    let (text, notes) = shipgate_config::tailor(&root);
    std::fs::write(&path, text)
        .map_err(|e| CliError::runtime(format!("cannot write `{}`: {e}", path.display())))?;
    if !global.quiet {
        eprintln!("wrote {}", path.display());
        for note in notes {
            eprintln!("  {note}");
        }
    }
    Ok(ExitStatus::Success)
}
