//! RFC 3339 UTC timestamps (`2026-11-23T19:01:00Z`): the ledger's clock,
//! formatting and strict parsing, on the `jiff` calendar.
//!
//! The ledger writes and accepts one shape only, `YYYY-MM-DDTHH:MM:SSZ` (and
//! `YYYY-MM-DD`, midnight UTC, where a day is meant), so that entry times sort
//! as text. The calendar decides the rest: `2026-02-31T23:00:00Z` is refused.

use jiff::Timestamp;
use jiff::civil::DateTime;
use jiff::tz::Offset;

const FORMAT: &str = "%Y-%m-%dT%H:%M:%SZ";

/// A time that is not `YYYY-MM-DDTHH:MM:SSZ` / `YYYY-MM-DD`, or not a real
/// moment of the calendar. The message names the value.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TimeError {
    /// Not the shape `YYYY-MM-DDTHH:MM:SSZ` or `YYYY-MM-DD`.
    #[error("`{0}` is not a time: write YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ (UTC)")]
    Format(String),
    /// The right shape, but no such day or time (`2026-02-31`, `25:00`).
    #[error("`{value}` is not a real time: {reason}")]
    Impossible {
        /// The value as given.
        value: String,
        /// Why the calendar refuses it.
        reason: String,
    },
}

/// The current time as `YYYY-MM-DDTHH:MM:SSZ`.
pub fn now_rfc3339() -> String {
    Timestamp::now().strftime(FORMAT).to_string()
}

/// Seconds since the Unix epoch as `YYYY-MM-DDTHH:MM:SSZ`. Times past the
/// calendar's range (late in the year 9999) are written as its last second.
pub fn format_unix(secs: u64) -> String {
    let ts = i64::try_from(secs)
        .ok()
        .and_then(|s| Timestamp::from_second(s).ok())
        .unwrap_or(Timestamp::MAX);
    ts.strftime(FORMAT).to_string()
}

/// Seconds since the epoch of a `YYYY-MM-DDTHH:MM:SSZ` timestamp, or of a
/// plain date `YYYY-MM-DD` (midnight UTC). Impossible dates and times (the
/// 31st of February, hour 24) and times before 1970 are refused.
pub fn parse_time(text: &str) -> Result<u64, TimeError> {
    let format = || TimeError::Format(text.to_owned());
    let b = text.as_bytes();
    let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
    let shape_ok = match b.len() {
        10 => digits(0..4) && b[4] == b'-' && digits(5..7) && b[7] == b'-' && digits(8..10),
        20 => {
            digits(0..4)
                && b[4] == b'-'
                && digits(5..7)
                && b[7] == b'-'
                && digits(8..10)
                && b[10] == b'T'
                && digits(11..13)
                && b[13] == b':'
                && digits(14..16)
                && b[16] == b':'
                && digits(17..19)
                && b[19] == b'Z'
        }
        _ => false,
    };
    if !shape_ok {
        return Err(format());
    }
    // Every part is ASCII digits of a fixed width: the numbers fit.
    let num =
        |r: std::ops::Range<usize>| b[r].iter().fold(0i16, |n, d| n * 10 + i16::from(d - b'0'));
    let small = |r: std::ops::Range<usize>| i8::try_from(num(r)).unwrap_or(i8::MAX);
    let (hour, minute, second) = if b.len() == 10 {
        (0, 0, 0)
    } else {
        (small(11..13), small(14..16), small(17..19))
    };
    let impossible = |e: jiff::Error| TimeError::Impossible {
        value: text.to_owned(),
        reason: e.to_string(),
    };
    let civil = DateTime::new(
        num(0..4),
        small(5..7),
        small(8..10),
        hour,
        minute,
        second,
        0,
    )
    .map_err(impossible)?;
    let ts = Offset::UTC.to_timestamp(civil).map_err(impossible)?;
    u64::try_from(ts.as_second()).map_err(|_| TimeError::Impossible {
        value: text.to_owned(),
        reason: "times before 1970-01-01 are not accepted".to_owned(),
    })
}

/// [`parse_time`], without the reason.
pub fn parse_rfc3339(text: &str) -> Option<u64> {
    parse_time(text).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips() {
        assert_eq!(format_unix(0), "1970-01-01T00:00:00Z");
        assert_eq!(format_unix(1_795_460_460), "2026-11-23T19:01:00Z");
        assert!(format_unix(u64::MAX).starts_with("9999-12-"));
        assert_eq!(parse_rfc3339("2026-11-23T19:01:00Z"), Some(1_795_460_460));
        assert_eq!(parse_rfc3339("2024-02-29"), Some(1_709_164_800));
        assert_eq!(parse_rfc3339("2026-13-01T00:00:00Z"), None);
        assert_eq!(parse_rfc3339("yesterday"), None);
        let now = now_rfc3339();
        assert_eq!(now.len(), 20, "{now}");
        assert!(parse_rfc3339(&now).is_some(), "{now}");
    }

    /// Issue 9 #18: the calendar, not a range check, decides.
    #[test]
    fn impossible_times_are_refused_naming_the_value() {
        for bad in [
            "2026-02-31T23:00:00Z",
            "2026-02-29",
            "2026-04-31",
            "2026-11-23T24:00:00Z",
            "2026-11-23T23:60:00Z",
            "2026-00-10",
            "1969-12-31T23:59:59Z",
        ] {
            let err = parse_time(bad).expect_err(bad);
            assert!(matches!(err, TimeError::Impossible { .. }), "{bad}: {err}");
            assert!(err.to_string().contains(bad), "{err}");
        }
        for bad in [
            "2026-11-23T19:01:00+00:00",
            "2026-11-23 19:01:00Z",
            "2026-1-1",
            "+2026-11-23",
            "2026-11-23T19:01:00.5Z",
            "２０２６-11-23",
        ] {
            let err = parse_time(bad).expect_err(bad);
            assert!(matches!(err, TimeError::Format(_)), "{bad}: {err}");
            assert!(err.to_string().contains("YYYY-MM-DDTHH:MM:SSZ"), "{err}");
        }
        for good in ["2024-02-29T23:59:59Z", "2026-12-31", "1970-01-01T00:00:00Z"] {
            assert!(parse_time(good).is_ok(), "{good}");
        }
    }
}
