//! Freeze windows: is a release to the environment frozen now?

use jiff::{Timestamp, Zoned};
use shipgate_config::FreezeWindow;

/// A freeze window that is open at a given time.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OpenWindow {
    /// The window's name, or its cron expression.
    pub label: String,
    /// When it opened, in its time zone.
    pub from: Zoned,
    /// When it closes, in its time zone.
    pub until: Zoned,
}

/// The window open at `now`, if any: it opened at the latest time at or
/// before `now` that the cron expression matches (in the window's time zone)
/// and lasts its duration. A window that cannot be evaluated is an error, so
/// the caller can refuse rather than assume no freeze.
pub fn open_window(window: &FreezeWindow, now: Timestamp) -> Result<Option<OpenWindow>, String> {
    let schedule = window.schedule()?;
    let length = window.length()?;
    let zone = window.zone()?;
    let now = now.to_zoned(zone);
    let from = match schedule.find_previous_occurrence(&now, true) {
        Ok(from) => from,
        Err(croner::errors::CronError::TimeSearchLimitExceeded) => return Ok(None),
        Err(e) => {
            return Err(format!(
                "cannot evaluate the freeze window `{}`: {e}",
                window.label()
            ));
        }
    };
    let until = from.checked_add(length).map_err(|e| {
        format!(
            "the freeze window `{}` ends out of range: {e}",
            window.label()
        )
    })?;
    Ok((now < until).then(|| OpenWindow {
        label: window.label(),
        from,
        until,
    }))
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, reason = "a test fails by panicking")]

    use std::path::Path;

    use super::*;

    fn window(cron: &str, duration: &str, zone: &str) -> FreezeWindow {
        let text = format!(
            "[[environments.production.freeze]]\nname = \"w\"\ncron = \"{cron}\"\nduration = \"{duration}\"\ntimezone = \"{zone}\"\n"
        );
        let config =
            shipgate_config::Config::from_str_at(&text, Path::new("/r/shipgate.toml")).unwrap();
        config.environments["production"].freeze[0].clone()
    }

    fn at(text: &str) -> Timestamp {
        text.parse().unwrap()
    }

    #[test]
    fn the_weekend_freeze_runs_friday_16_00_to_monday_08_00_london_time() {
        let weekend = window("0 16 * * FRI", "64h", "Europe/London");
        // 2026-11-27 is a Friday; London is on GMT (UTC+0) in November.
        for frozen in [
            "2026-11-27T16:00:00Z",
            "2026-11-28T12:00:00Z",
            "2026-11-30T07:59:59Z",
        ] {
            let open = open_window(&weekend, at(frozen)).unwrap().unwrap();
            assert_eq!(
                open.from.to_string(),
                "2026-11-27T16:00:00+00:00[Europe/London]"
            );
            assert_eq!(
                open.until.to_string(),
                "2026-11-30T08:00:00+00:00[Europe/London]"
            );
        }
        for open in [
            "2026-11-27T15:59:59Z",
            "2026-11-30T08:00:00Z",
            "2026-11-25T12:00:00Z",
        ] {
            assert_eq!(open_window(&weekend, at(open)).unwrap(), None, "{open}");
        }
        // In July London is on BST (UTC+1): Friday 16:00 is 15:00 UTC.
        assert!(
            open_window(&weekend, at("2026-07-03T15:00:00Z"))
                .unwrap()
                .is_some()
        );
        assert!(
            open_window(&weekend, at("2026-07-03T14:59:59Z"))
                .unwrap()
                .is_none()
        );
    }

    #[test]
    fn market_hours_repeat_every_weekday() {
        let market = window("30 9 * * MON-FRI", "6h 30m", "America/New_York");
        // 2026-11-30 is a Monday; New York is UTC-5.
        assert!(
            open_window(&market, at("2026-11-30T14:30:00Z"))
                .unwrap()
                .is_some()
        );
        assert!(
            open_window(&market, at("2026-11-30T20:59:59Z"))
                .unwrap()
                .is_some()
        );
        assert!(
            open_window(&market, at("2026-11-30T21:00:00Z"))
                .unwrap()
                .is_none()
        );
        assert!(
            open_window(&market, at("2026-11-29T15:00:00Z"))
                .unwrap()
                .is_none()
        );
    }
}
