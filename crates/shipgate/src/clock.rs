//! The clock the gates are handed: report times, today's date for waiver
//! expiry, and commit times as text. The gates take these as values or
//! functions, so they read no clock of their own and borrow none from the
//! ledger.

use jiff::Timestamp;

/// `YYYY-MM-DDTHH:MM:SSZ`.
const FORMAT: &str = "%Y-%m-%dT%H:%M:%SZ";

/// Now, as `YYYY-MM-DDTHH:MM:SSZ` in UTC.
pub fn now() -> String {
    Timestamp::now().strftime(FORMAT).to_string()
}

/// Today's date in UTC, `YYYY-MM-DD`.
pub fn today() -> String {
    Timestamp::now().strftime("%Y-%m-%d").to_string()
}

/// Seconds since the Unix epoch as `YYYY-MM-DDTHH:MM:SSZ`; times past the
/// calendar's range are written as its last second.
pub fn format_unix(secs: u64) -> String {
    i64::try_from(secs)
        .ok()
        .and_then(|s| Timestamp::from_second(s).ok())
        .unwrap_or(Timestamp::MAX)
        .strftime(FORMAT)
        .to_string()
}

#[cfg(test)]
mod tests {
    #[test]
    fn formats() {
        assert_eq!(super::format_unix(0), "1970-01-01T00:00:00Z");
        assert_eq!(super::format_unix(1_740_823_200), "2025-03-01T10:00:00Z");
        assert_eq!(super::now().len(), 20);
        assert_eq!(super::today().len(), 10);
    }
}
