//! `[[server.witness]]`: the witnesses whose cosignatures of the log's
//! checkpoints `shipgate ledger serve` accepts.
//!
//! The key is checked here only in form (`name+keyid+base64`, its name the
//! witness's); the server parses it fully when it starts.

use std::path::Path;

use serde::Deserialize;
use toml::Spanned;

use crate::ConfigError;

/// One `[[server.witness]]`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WitnessConfig {
    /// The witness's name, as in its signature lines: `witness.example/w1`.
    pub name: Spanned<String>,
    /// Its public key in the signed-note verifier key format,
    /// `NAME+KEYID+BASE64` (a tlog-cosignature/v1 key, type 0x04).
    pub key: Spanned<String>,
}

/// Checks every witness's name and key form, and that no name repeats.
pub(crate) fn validate(
    witnesses: &[WitnessConfig],
    text: &str,
    path: &Path,
) -> Result<(), ConfigError> {
    let at = |span: std::ops::Range<usize>, message: String| {
        ConfigError::at_span(path, text, Some(span), message)
    };
    let mut names: Vec<&str> = Vec::new();
    for witness in witnesses {
        let name = witness.name.get_ref();
        if name.is_empty()
            || name.contains('+')
            || name.chars().any(|c| c.is_whitespace() || c.is_control())
        {
            return Err(at(
                witness.name.span(),
                format!("`{name}` is not a witness name: no spaces, no `+`, not empty"),
            ));
        }
        if names.contains(&name.as_str()) {
            return Err(at(
                witness.name.span(),
                format!("the witness `{name}` is configured twice"),
            ));
        }
        names.push(name);
        let key = witness.key.get_ref();
        let parts: Vec<&str> = key.splitn(3, '+').collect();
        if parts.len() != 3 || parts[0] != name || parts[1].len() != 8 {
            return Err(at(
                witness.key.span(),
                format!(
                    "the key of the witness `{name}` must be `{name}+KEYID+BASE64` (its verifier key)"
                ),
            ));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use crate::Config;

    const KEY: &str = "witness.example/w1+12345678+BAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";

    fn parse(text: &str) -> Result<Config, crate::ConfigError> {
        Config::from_str_at(text, Path::new("/repo/shipgate.toml"))
    }

    #[test]
    fn witnesses_and_public_tiles_parse() {
        let text = format!(
            "[server]\npublic_tiles = false\n\n[[server.witness]]\nname = \"witness.example/w1\"\nkey = \"{KEY}\"\n"
        );
        let config = parse(&text).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(config.server.public_tiles, Some(false));
        assert_eq!(config.server.witness[0].key.get_ref(), KEY);
        let defaults = parse("").unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(defaults.server.public_tiles, None);
        assert!(defaults.server.witness.is_empty());
    }

    #[test]
    fn bad_witnesses_name_the_line() {
        let one = format!("[[server.witness]]\nname = \"witness.example/w1\"\nkey = \"{KEY}\"\n");
        let cases = [
            (
                one.replace("key = \"witness.example/w1+", "key = \"other+"),
                "must be `witness.example/w1+KEYID+BASE64`",
                3,
            ),
            (
                one.replace("name = \"witness.example/w1\"", "name = \"a b\""),
                "not a witness name",
                2,
            ),
            (format!("{one}\n{one}"), "configured twice", 6),
            (one.replace("key =", "vkey ="), "unknown field `vkey`", 3),
        ];
        for (text, message, line) in cases {
            let err = parse(&text)
                .err()
                .unwrap_or_else(|| panic!("accepted: {message}"));
            assert!(err.message.contains(message), "{message}: {err}");
            assert_eq!(err.line, Some(line), "{message}: {err}");
        }
    }
}
