//! Statements that set the lock timeout, and whether the timeout they set
//! bounds the wait for a table lock.
//!
//! - PostgreSQL: `SET [SESSION | LOCAL] lock_timeout { = | TO } value` and
//!   `SELECT set_config('lock_timeout', 'value', is_local)`. `0` (however
//!   written: `'0'`, `'0ms'`) and `DEFAULT` turn the timeout off.
//! - MySQL and MariaDB: `SET [SESSION] lock_wait_timeout = n` (also as
//!   `@@session.lock_wait_timeout`), which bounds the metadata locks `ALTER
//!   TABLE` waits for. Its default, 31,536,000 seconds (a year), bounds
//!   nothing. `innodb_lock_wait_timeout` bounds row locks only.

/// MySQL's default `lock_wait_timeout`, in seconds: a year.
const MYSQL_DEFAULT_LOCK_WAIT: f64 = 31_536_000.0;

/// How far into a statement the setting is looked for: it is in the first
/// words, and a long statement is never read to its end.
const HEAD_BYTES: usize = 512;

/// A lock timeout a statement sets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct LockTimeout {
    /// Whether it bounds the wait for a table lock.
    pub(crate) bounded: bool,
    /// Whether it lasts only until the transaction ends (`SET LOCAL`,
    /// `set_config(..., true)`).
    pub(crate) local: bool,
}

/// The lock timeout `statement` sets for the session, or `None` when it
/// sets none (`SET GLOBAL` and `PERSIST` leave the session's as it is).
/// `RESET lock_timeout` and `RESET ALL` set an unbounded one.
pub(crate) fn lock_timeout(statement: &str) -> Option<LockTimeout> {
    let first = first_word(statement)?;
    if !["set", "select", "reset"]
        .iter()
        .any(|w| first.eq_ignore_ascii_case(w))
    {
        return None;
    }
    let mut end = statement.len().min(HEAD_BYTES);
    while !statement.is_char_boundary(end) {
        end -= 1;
    }
    let mut tokens = tokens(&statement[..end]);
    // A value cut off at the end of the head (`31536000` read as `3153`) is
    // not read.
    if end < statement.len() {
        tokens.pop();
    }
    let word = |i: usize| tokens.get(i).map_or("", String::as_str);
    let session = |bounded: bool| LockTimeout {
        bounded,
        local: false,
    };
    match word(0) {
        "set" => {
            let mut i = 1;
            let mut found = None;
            loop {
                let mut local = false;
                let mut global = false;
                while matches!(
                    word(i),
                    "session" | "local" | "global" | "persist" | "persist_only"
                ) {
                    local |= word(i) == "local";
                    global |= word(i) != "session" && word(i) != "local";
                    i += 1;
                }
                global |= word(i).starts_with("@@global.") || word(i).starts_with("@@persist");
                let name = setting_name(word(i));
                if !matches!(word(i + 1), "=" | "to" | ":=") {
                    return found;
                }
                let value = word(i + 2);
                let bounded = match name {
                    "lock_timeout" => Some(bounds_postgres(value)),
                    "lock_wait_timeout" => Some(bounds_mysql(value)),
                    _ => None,
                };
                if let (Some(bounded), false) = (bounded, global) {
                    found = Some(LockTimeout { bounded, local });
                }
                // `SET a = 1, lock_wait_timeout = 5` (MySQL).
                let Some(next) = (i + 3..tokens.len()).find(|&j| word(j) == ",") else {
                    return found;
                };
                i = next + 1;
            }
        }
        "reset" => matches!(setting_name(word(1)), "lock_timeout" | "all").then(|| session(false)),
        _ => {
            let at = tokens.iter().position(|t| t == "set_config")?;
            (word(at + 1) == "(" && word(at + 2) == "'lock_timeout'" && word(at + 3) == ",").then(
                || LockTimeout {
                    bounded: bounds_postgres(word(at + 4)),
                    local: word(at + 5) == "," && word(at + 6) == "true",
                },
            )
        }
    }
}

/// The first word of `statement`, after blanks and comments.
fn first_word(statement: &str) -> Option<&str> {
    let bytes = statement.as_bytes();
    let mut i = 0;
    loop {
        while bytes.get(i).is_some_and(u8::is_ascii_whitespace) {
            i += 1;
        }
        match super::text::comment_end(statement, i) {
            Some(end) => i = end,
            None => break,
        }
    }
    let len = statement[i..]
        .bytes()
        .take_while(u8::is_ascii_alphabetic)
        .count();
    (len > 0).then(|| &statement[i..i + len])
}

/// `@@session.lock_wait_timeout`, `@@lock_wait_timeout` and `session.x` as `x`.
fn setting_name(word: &str) -> &str {
    let name = word.trim_start_matches("@@");
    ["session.", "global.", "local."]
        .iter()
        .find_map(|prefix| name.strip_prefix(prefix))
        .unwrap_or(name)
}

/// Whether a PostgreSQL `lock_timeout` value bounds the wait: a number over
/// zero, with or without a unit (`'2s'`, `2000`, `'1min'`).
fn bounds_postgres(value: &str) -> bool {
    leading_number(value.trim_matches('\'')).is_some_and(|n| n > 0.0)
}

/// Whether a MySQL `lock_wait_timeout` value (seconds) bounds the wait: over
/// zero and under the one-year default.
fn bounds_mysql(value: &str) -> bool {
    leading_number(value.trim_matches('\'')).is_some_and(|n| n > 0.0 && n < MYSQL_DEFAULT_LOCK_WAIT)
}

/// The number a value starts with, if any (`2s` is 2).
fn leading_number(value: &str) -> Option<f64> {
    let end = value
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(value.len());
    value[..end].parse().ok()
}

/// The lowercase words, numbers, quoted strings (with their quotes) and
/// punctuation of `text`; comments are skipped.
fn tokens(text: &str) -> Vec<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let start = i;
        if b.is_ascii_whitespace() {
            i += 1;
            continue;
        }
        if let Some(end) = super::text::comment_end(text, i) {
            i = end;
            continue;
        }
        if b == b'\'' || b == b'"' || b == b'`' {
            i += 1;
            while i < bytes.len() && bytes[i] != b {
                i += 1;
            }
            i = (i + 1).min(bytes.len());
            let quoted = &text[start..i];
            // `"lock_timeout"` and `` `lock_wait_timeout` `` are names.
            out.push(if b == b'\'' {
                quoted.to_ascii_lowercase()
            } else {
                quoted.trim_matches(char::from(b)).to_ascii_lowercase()
            });
            continue;
        }
        if b.is_ascii_alphanumeric() || matches!(b, b'_' | b'@' | b'.') {
            while i < bytes.len()
                && (bytes[i].is_ascii_alphanumeric() || matches!(bytes[i], b'_' | b'@' | b'.'))
            {
                i += 1;
            }
        } else if b == b':' && bytes.get(i + 1) == Some(&b'=') {
            i += 2;
        } else {
            i += 1;
            while !text.is_char_boundary(i) {
                i += 1;
            }
        }
        out.push(text[start..i].to_ascii_lowercase());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{LockTimeout, lock_timeout};

    fn bounded(sql: &str) -> Option<bool> {
        lock_timeout(sql).map(|t| t.bounded)
    }

    #[test]
    fn a_timeout_over_zero_bounds_the_wait() {
        for sql in [
            "SET lock_timeout = '2s'",
            "SET lock_timeout TO 2000",
            "set session lock_timeout = '1min'",
            "SET LOCAL lock_timeout = '500ms'",
            "SET \"lock_timeout\" = '2s'",
            "SELECT set_config('lock_timeout', '2s', false)",
            "SET lock_wait_timeout = 5",
            "SET SESSION lock_wait_timeout = 10",
            "SET @@session.lock_wait_timeout = 10",
            "SET @@lock_wait_timeout=3",
            "SET sql_mode = 'STRICT_ALL_TABLES', lock_wait_timeout = 5",
        ] {
            assert_eq!(bounded(sql), Some(true), "{sql}");
        }
    }

    #[test]
    fn zero_default_and_a_year_bound_nothing() {
        for sql in [
            "SET lock_timeout = 0",
            "SET lock_timeout = '0'",
            "SET lock_timeout TO '0ms'",
            "SET lock_timeout = DEFAULT",
            "SELECT set_config('lock_timeout', '0', false)",
            "SET lock_wait_timeout = 31536000",
            "SET SESSION lock_wait_timeout = 0",
            "RESET lock_timeout",
            "RESET ALL",
        ] {
            assert_eq!(bounded(sql), Some(false), "{sql}");
        }
    }

    #[test]
    fn other_settings_set_no_lock_timeout() {
        for sql in [
            "SET innodb_lock_wait_timeout = 5",
            "SET statement_timeout = '5s'",
            "SET search_path TO app",
            "SELECT 'lock_timeout'",
            "SELECT set_config('statement_timeout', '2s', false)",
            "ALTER TABLE t ADD COLUMN lock_timeout int",
            "SET",
            // The server's default, not this session's.
            "SET GLOBAL lock_wait_timeout = 5",
            "SET @@global.lock_wait_timeout = 5",
            "SET PERSIST lock_wait_timeout = 5",
            "RESET search_path",
            "INSERT INTO settings VALUES ('lock_timeout', '2s')",
        ] {
            assert_eq!(lock_timeout(sql), None, "{sql}");
        }
    }

    #[test]
    fn local_settings_last_until_the_transaction_ends() {
        for sql in [
            "SET LOCAL lock_timeout = '2s'",
            "SELECT set_config('lock_timeout', '2s', true)",
        ] {
            assert_eq!(
                lock_timeout(sql),
                Some(LockTimeout {
                    bounded: true,
                    local: true
                }),
                "{sql}"
            );
        }
        assert_eq!(
            lock_timeout("SELECT set_config('lock_timeout', '2s', false)").map(|t| t.local),
            Some(false)
        );
    }

    #[test]
    fn only_the_first_words_are_read() {
        // A value cut off by the head's end is not read as a shorter one.
        let padded = format!("SET {}lock_wait_timeout = 31536000", "/* é */ ".repeat(62));
        assert!(padded.len() > super::HEAD_BYTES + 4);
        assert_eq!(bounded(&padded), None);
        // A cut inside a multibyte character neither panics nor reads on.
        let long = format!(
            "SET lock_timeout = '2s', application_name = '{}'",
            "é".repeat(600)
        );
        assert_eq!(bounded(&long), Some(true));
        assert_eq!(lock_timeout("é"), None);
        assert_eq!(lock_timeout(""), None);
    }
}
