//! The Hurl side of `shipgate smoke`, read before anything is sent or
//! recorded: every file parsed, every `{{variable}}` proven defined, the
//! variables and secrets gathered. Any failure here exits 2.

use std::collections::BTreeSet;

use serde_json::Value;
use shipgate_hurl::ast::HurlFile;
use shipgate_hurl::redact::Redactor;
use shipgate_hurl::template::{Variables, infer};
use shipgate_hurl::{check::check_variables, variables};

use crate::cli::SmokeArgs;
use crate::exit::CliError;

/// The Hurl files of a run and what they are run with.
pub struct HurlInput {
    /// Each file as given on the command line, parsed.
    pub files: Vec<(String, HurlFile)>,
    /// `--variables-file`, then `--variable`, then `--secret` (a later one wins).
    pub variables: Variables,
    /// The `--secret` values; captured values join them during the run.
    pub redactor: Redactor,
}

/// Reads the files and the variables.
pub fn load(args: &SmokeArgs) -> Result<HurlInput, CliError> {
    let mut vars = Variables::new();
    let mut names = BTreeSet::new();
    let mut redactor = Redactor::new();
    if let Some(path) = &args.variables_file {
        let shown = path.display();
        let text = std::fs::read_to_string(path).map_err(|e| {
            CliError::usage(format!("cannot read the variables file `{shown}`: {e}"))
        })?;
        let pairs = variables::file(&text)
            .map_err(|(line, e)| CliError::usage(format!("{shown}:{line}: {e}")))?;
        for (name, value) in pairs {
            vars.set(name.clone(), infer(&value));
            names.insert(name);
        }
    }
    for given in &args.variables {
        let (name, value) = variables::assignment(given)
            .map_err(|e| CliError::usage(format!("--variable: {e}")))?;
        vars.set(name.clone(), infer(&value));
        names.insert(name);
    }
    for given in &args.secrets {
        // The message never quotes what was given: it may be the secret.
        let (name, value) = variables::assignment(given).map_err(|_| {
            CliError::usage("--secret expects NAME=VALUE, NAME of letters, digits, `_` and `-`")
        })?;
        redactor.add(&value);
        vars.set(name.clone(), Value::String(value));
        names.insert(name);
    }
    let mut files = Vec::new();
    for path in &args.files {
        let shown = path.display().to_string();
        let text = std::fs::read_to_string(path)
            .map_err(|e| CliError::usage(format!("cannot read the Hurl file `{shown}`: {e}")))?;
        let file = shipgate_hurl::parse(&text).map_err(|e| {
            let error = CliError::usage(format!("{shown}:{e}"));
            if e.unsupported {
                error.hint("docs/release.md lists the parts of Hurl that shipgate runs")
            } else {
                error
            }
        })?;
        check_variables(&file, &names).map_err(|e| CliError::usage(format!("{shown}:{e}")))?;
        files.push((shown, file));
    }
    Ok(HurlInput {
        files,
        variables: vars,
        redactor,
    })
}
