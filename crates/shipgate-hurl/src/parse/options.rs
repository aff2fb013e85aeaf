//! `[Options]`: `retry`, `retry-interval`, `delay` and `variable`; every
//! other Hurl option is named as unsupported.

use std::time::Duration;

use crate::ast::{OptionVariable, Options};
use crate::error::ParseError;

use super::scanner::Scanner;

/// The most retries an entry may ask for.
pub const MAX_RETRY: u32 = 1000;

/// Hurl options shipgate does not run.
const UNSUPPORTED: &[&str] = &[
    "aws-sigv4",
    "cacert",
    "cert",
    "key",
    "compressed",
    "connect-timeout",
    "connect-to",
    "header",
    "http1.0",
    "http1.1",
    "http2",
    "http3",
    "insecure",
    "ipv4",
    "ipv6",
    "limit-rate",
    "location",
    "location-trusted",
    "max-redirs",
    "max-time",
    "netrc",
    "netrc-file",
    "netrc-optional",
    "output",
    "path-as-is",
    "pinnedpubkey",
    "proxy",
    "repeat",
    "resolve",
    "skip",
    "unix-socket",
    "user",
    "verbose",
    "very-verbose",
];

/// One `name: value` line of `[Options]`, into `options`.
pub fn option(s: &mut Scanner, options: &mut Options) -> Result<(), ParseError> {
    let pos = s.pos();
    let name = s.key_string()?.literal().unwrap_or_default();
    s.skip_spaces();
    if s.peek() != Some(':') {
        return Err(s.expected("an option `name: value`"));
    }
    s.bump();
    s.skip_spaces();
    let at = s.pos();
    match name.as_str() {
        "retry" => {
            let value = s.token();
            options.retry = match value.parse::<i64>() {
                Ok(n) if (0..=i64::from(MAX_RETRY)).contains(&n) => u32::try_from(n).unwrap_or(0),
                Ok(-1) => {
                    return Err(ParseError::expected(
                        at,
                        format!(
                            "`retry: -1` (retry forever) is not allowed in a smoke test: give a number of retries from 0 to {MAX_RETRY}"
                        ),
                    ));
                }
                _ => {
                    return Err(ParseError::expected(
                        at,
                        format!(
                            "expected a number of retries from 0 to {MAX_RETRY}, found `{value}`"
                        ),
                    ));
                }
            };
        }
        "retry-interval" => options.retry_interval = duration(s)?,
        "delay" => options.delay = duration(s)?,
        "variable" => {
            let name = s.word();
            if name.is_empty() || s.peek() != Some('=') {
                return Err(ParseError::expected(at, "expected `variable: name=value`"));
            }
            s.bump();
            let value = s.value_string()?;
            options.variables.push(OptionVariable { pos, name, value });
        }
        n if UNSUPPORTED.contains(&n) => {
            return Err(ParseError::unsupported(pos, &format!("the `{n}` option")));
        }
        n => {
            return Err(ParseError::expected(
                pos,
                format!(
                    "`{n}` is not a Hurl option: expected `retry`, `retry-interval`, `delay` or `variable`"
                ),
            ));
        }
    }
    Ok(())
}

/// `500`, `500ms`, `2s`, `1m`: milliseconds without a unit, as in Hurl.
fn duration(s: &mut Scanner) -> Result<Duration, ParseError> {
    let at = s.pos();
    let token = s.token();
    let digits = token.chars().take_while(char::is_ascii_digit).count();
    let (number, unit) = token.split_at(digits);
    let number: u64 = number.parse().map_err(|_| {
        ParseError::expected(
            at,
            format!("expected a duration such as `500ms`, `2s` or `1m`, found `{token}`"),
        )
    })?;
    let millis = match unit {
        "" | "ms" => Some(number),
        "s" => number.checked_mul(1000),
        "m" => number.checked_mul(60_000),
        _ => {
            return Err(ParseError::expected(
                at,
                format!("expected a duration unit `ms`, `s` or `m`, found `{unit}`"),
            ));
        }
    };
    match millis {
        Some(ms) if ms <= 3_600_000 => Ok(Duration::from_millis(ms)),
        _ => Err(ParseError::expected(
            at,
            format!("`{token}` is longer than an hour"),
        )),
    }
}
