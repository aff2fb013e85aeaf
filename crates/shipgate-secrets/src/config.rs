//! The rules a secrets run uses: the built-in rules, minus `disable`, plus
//! `[[secrets.rules]]`, with `[[secrets.allowlist]]` applied.

use shipgate_config::{Config, ConfigError};

use crate::rules::{Rule, RuleError, RuleSet};

/// Why the configured rule set cannot be built.
#[derive(Debug, thiserror::Error)]
pub enum RuleSetError {
    /// `[secrets]` names an unknown rule, or a configured rule is invalid:
    /// the error points into shipgate.toml.
    #[error(transparent)]
    Config(#[from] ConfigError),
    /// The built-in rules do not load: a defect of this build.
    #[error("the built-in secret rules are broken: {0}")]
    Builtin(RuleError),
}

/// Builds the rule set `config` asks for.
pub fn rule_set(config: &Config) -> Result<RuleSet, RuleSetError> {
    let section = &config.secrets;
    let text = config
        .path
        .as_ref()
        .and_then(|p| std::fs::read_to_string(p).ok())
        .unwrap_or_default();
    let path = config
        .path
        .clone()
        .unwrap_or_else(|| config.root.join("shipgate.toml"));
    let at = |span: std::ops::Range<usize>, message: String| -> RuleSetError {
        ConfigError::at_span(&path, &text, Some(span), message).into()
    };
    let mut set = RuleSet::builtin().map_err(RuleSetError::Builtin)?;
    let ids: Vec<String> = section
        .disable
        .iter()
        .map(|d| d.get_ref().clone())
        .collect();
    if let Some(unknown) = set.disable(&ids).first() {
        let span = section
            .disable
            .iter()
            .find_map(|d| (d.get_ref() == unknown).then(|| d.span()))
            .unwrap_or_default();
        return Err(at(
            span,
            format!(
                "`[secrets] disable` names `{unknown}`, which is not a built-in secret rule; `shipgate rules` lists them"
            ),
        ));
    }
    for table in &section.rules {
        let rule = Rule::from_table(table.get_ref().clone())
            .map_err(|e| at(table.span(), format!("`[[secrets.rules]]`: {e}")))?;
        set.add(rule)
            .map_err(|e| at(table.span(), format!("`[[secrets.rules]]`: {e}")))?;
    }
    for allow in &section.allowlist {
        if allow.rules.is_empty() {
            extend(&mut set.allowlist, allow);
            continue;
        }
        for id in &allow.rules {
            let Some(rule) = set.rules.iter_mut().find(|r| r.id == *id.get_ref()) else {
                return Err(at(
                    id.span(),
                    format!(
                        "`[[secrets.allowlist]]` names the rule `{}`, which does not exist",
                        id.get_ref()
                    ),
                ));
            };
            extend(&mut rule.allowlist, allow);
        }
    }
    Ok(set)
}

fn extend(spec: &mut crate::rules::AllowlistSpec, allow: &shipgate_config::SecretsAllowlist) {
    spec.paths.extend(allow.paths.iter().cloned());
    spec.regexes.extend(allow.regexes.iter().cloned());
    spec.stopwords.extend(allow.stopwords.iter().cloned());
}
