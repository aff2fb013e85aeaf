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

use super::fallback::{CLASSIFY_WORDS, words};

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
    let first = words(statement, 1);
    if !matches!(
        first.first().map(|w| w.upper.as_str()),
        Some("SET" | "SELECT" | "RESET")
    ) {
        return None;
    }
    let mut end = statement.len().min(HEAD_BYTES);
    while !statement.is_char_boundary(end) {
        end -= 1;
    }
    let mut w = words(&statement[..end], CLASSIFY_WORDS);
    // A value cut off at the end of the head (`31536000` read as `3153`) is
    // not read.
    if end < statement.len() {
        w.pop();
    }
    let kw = |i: usize| w.get(i).map_or("", |w| w.upper.as_str());
    let raw = |i: usize| w.get(i).map_or("", |w| w.raw);
    match kw(0) {
        "SET" => {
            let mut i = 1;
            let mut found = None;
            loop {
                let mut local = false;
                let mut global = false;
                while matches!(
                    kw(i),
                    "SESSION" | "LOCAL" | "GLOBAL" | "PERSIST" | "PERSIST_ONLY"
                ) {
                    local |= kw(i) == "LOCAL";
                    global |= !matches!(kw(i), "SESSION" | "LOCAL");
                    i += 1;
                }
                // `@@session.lock_wait_timeout` (MySQL): `@`, `@`, the name.
                while kw(i) == "@" {
                    i += 1;
                }
                let (scope, name) = setting_name(kw(i));
                global |= matches!(scope, "GLOBAL" | "PERSIST" | "PERSIST_ONLY");
                // `=`, `TO`, or `:=` (MySQL).
                let mut assign = i + 1;
                if kw(assign) == ":" {
                    assign += 1;
                }
                if !matches!(kw(assign), "=" | "TO") {
                    return found;
                }
                let value = raw(assign + 1);
                let bounded = match name {
                    "LOCK_TIMEOUT" => Some(bounds_postgres(value)),
                    "LOCK_WAIT_TIMEOUT" => Some(bounds_mysql(value)),
                    _ => None,
                };
                if let (Some(bounded), false) = (bounded, global) {
                    found = Some(LockTimeout { bounded, local });
                }
                // `SET a = 1, lock_wait_timeout = 5` (MySQL).
                let Some(next) = (assign + 2..w.len()).find(|&j| kw(j) == ",") else {
                    return found;
                };
                i = next + 1;
            }
        }
        "RESET" => matches!(setting_name(kw(1)).1, "LOCK_TIMEOUT" | "ALL").then_some(LockTimeout {
            bounded: false,
            local: false,
        }),
        _ => {
            let at = w.iter().position(|w| w.upper == "SET_CONFIG")?;
            (kw(at + 1) == "("
                && raw(at + 2).eq_ignore_ascii_case("'lock_timeout'")
                && kw(at + 3) == ",")
                .then(|| LockTimeout {
                    bounded: bounds_postgres(raw(at + 4)),
                    local: kw(at + 5) == "," && kw(at + 6) == "TRUE",
                })
        }
    }
}

/// An uppercased setting name as its scope and its name: `SESSION.X` and
/// `GLOBAL.X` (MySQL's `@@session.x`) split, `"LOCK_TIMEOUT"` unquoted.
fn setting_name(word: &str) -> (&str, &str) {
    let word = word.trim_matches(['"', '`']);
    match word.split_once('.') {
        Some((scope, name))
            if matches!(
                scope,
                "SESSION" | "GLOBAL" | "LOCAL" | "PERSIST" | "PERSIST_ONLY"
            ) =>
        {
            (scope, name)
        }
        _ => ("", word),
    }
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
