//! Points in time: an [`Instant`] is a count of seconds since 1970-01-01T00:00:00Z, read from
//! RFC 3339 texts and from the form's local wall-clock times, and shown as wall-clock fields at a
//! given UTC offset. The calendar is chrono's; nothing here reads a clock. At the bottom of the
//! engine: imports nothing of it. The rules on time (the Art. 33(1) deadline) are in
//! [`super::time`].

use std::fmt;

use chrono::format::ParseErrorKind;
use chrono::{
    DateTime, Datelike, FixedOffset, NaiveDate, NaiveDateTime, SecondsFormat, TimeDelta, Timelike,
    Utc,
};

/// A point in time, in whole seconds since the Unix epoch (UTC).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Instant(pub i64);

/// Why a date-time text could not be read. The texts are exact and tested.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TimeError {
    /// The text does not have the shape `YYYY-MM-DDTHH:MM:SS` followed by `Z` or `±HH:MM`.
    Shape,
    /// A field is out of its range (month 13, 31 April, 25 o'clock, offset +24:00 ...).
    Range,
    /// The year is outside 1900..=9999, which no breach can plausibly need.
    Year,
}

impl fmt::Display for TimeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            TimeError::Shape => {
                "expected an RFC 3339 date-time with offset, e.g. 2026-03-27T10:15:00+01:00"
            }
            TimeError::Range => "a date or time field is out of range",
            TimeError::Year => "the year must lie between 1900 and 9999",
        })
    }
}

/// The years a breach can plausibly need.
const YEARS: std::ops::RangeInclusive<i32> = 1900..=9999;

/// Days since 1970-01-01 of a (valid) date; 0 for a date that does not exist.
pub fn days_from_civil(year: i64, month: u32, day: u32) -> i64 {
    i32::try_from(year)
        .ok()
        .and_then(|y| NaiveDate::from_ymd_opt(y, month, day))
        .map_or(0, |d| {
            d.signed_duration_since(DateTime::UNIX_EPOCH.date_naive())
                .num_days()
        })
}

/// The day of the week of a (valid) date, Monday 0 to Sunday 6; 0 for a date that does not exist.
pub fn weekday_from_monday(year: i64, month: u32, day: u32) -> usize {
    use chrono::Datelike;
    i32::try_from(year)
        .ok()
        .and_then(|y| NaiveDate::from_ymd_opt(y, month, day))
        .map_or(0, |d| d.weekday().num_days_from_monday() as usize)
}

/// Broken-down wall-clock fields of an instant at a given UTC offset.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Civil {
    pub year: i64,
    pub month: u32,
    pub day: u32,
    pub hour: u32,
    pub minute: u32,
    pub second: u32,
    /// Offset from UTC in minutes (east positive), as used for these fields.
    pub offset_minutes: i32,
}

impl Instant {
    /// The instant `seconds` later (negative: earlier).
    pub fn plus_seconds(self, seconds: i64) -> Instant {
        Instant(self.0.saturating_add(seconds))
    }

    /// The instant `delta` later.
    pub fn plus(self, delta: TimeDelta) -> Instant {
        self.plus_seconds(delta.num_seconds())
    }

    /// The start of this instant's minute (what a clock showing minutes shows).
    pub fn start_of_minute(self) -> Instant {
        Instant(self.0 - self.0.rem_euclid(60))
    }

    /// The instant as a chrono date-time in UTC (clamped to chrono's range).
    pub fn to_utc(self) -> DateTime<Utc> {
        DateTime::from_timestamp(self.0, 0).unwrap_or(if self.0 < 0 {
            DateTime::<Utc>::MIN_UTC
        } else {
            DateTime::<Utc>::MAX_UTC
        })
    }

    /// The wall-clock date and time at `offset_minutes` east of UTC.
    pub fn local(self, offset_minutes: i32) -> NaiveDateTime {
        let utc = self.to_utc();
        match FixedOffset::east_opt(offset_minutes.saturating_mul(60)) {
            Some(offset) => utc.with_timezone(&offset).naive_local(),
            None => utc.naive_utc(),
        }
    }

    /// Wall-clock fields at `offset_minutes` east of UTC.
    pub fn civil(self, offset_minutes: i32) -> Civil {
        let t = self.local(offset_minutes);
        Civil {
            year: i64::from(t.year()),
            month: t.month(),
            day: t.day(),
            hour: t.hour(),
            minute: t.minute(),
            second: t.second(),
            offset_minutes,
        }
    }

    /// RFC 3339 in UTC with a `Z`, e.g. `2026-03-30T09:15:00Z` (the form `assess` prints).
    pub fn to_rfc3339_utc(self) -> String {
        self.to_utc().to_rfc3339_opts(SecondsFormat::Secs, true)
    }

    /// Build an instant from UTC calendar fields; `None` when a field is out of range.
    pub fn from_utc(year: i64, month: u32, day: u32, hour: u32, minute: u32) -> Option<Instant> {
        let date = NaiveDate::from_ymd_opt(i32::try_from(year).ok()?, month, day)?;
        Some(Instant(
            date.and_hms_opt(hour, minute, 0)?.and_utc().timestamp(),
        ))
    }
}

/// Read an RFC 3339 date-time with offset (`Z`, `+01:00`, `-05:30`). Fractions of a second are
/// accepted and dropped; a leap second (`:60`) counts as the following second.
pub fn parse_rfc3339(text: &str) -> Result<Instant, TimeError> {
    let t = DateTime::parse_from_rfc3339(text).map_err(|e| match e.kind() {
        ParseErrorKind::OutOfRange | ParseErrorKind::Impossible => TimeError::Range,
        _ => TimeError::Shape,
    })?;
    if !YEARS.contains(&t.year()) {
        return Err(TimeError::Year);
    }
    // chrono keeps a leap second as the 59th second with a second's worth of nanoseconds.
    let leap = i64::from(t.nanosecond() >= 1_000_000_000);
    Ok(Instant(t.timestamp() + leap))
}

/// The time zone as the caller knows it: the offset from UTC in minutes that applies at a given
/// local wall-clock time. The app asks the browser; tests pass a fixed rule.
pub trait Zone {
    fn offset_at_local(&self, year: i64, month: u32, day: u32, hour: u32, minute: u32) -> i32;
}

/// A fixed offset, e.g. `FixedZone(60)` for CET without daylight saving.
#[derive(Clone, Copy, Debug)]
pub struct FixedZone(pub i32);

impl Zone for FixedZone {
    fn offset_at_local(&self, _: i64, _: u32, _: u32, _: u32, _: u32) -> i32 {
        self.0
    }
}

/// A local wall-clock text that is not a date and time (see [`parse_local`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NotLocal;

/// Read a local `YYYY-MM-DDTHH:MM` (the value of an `<input type="datetime-local">`, seconds
/// allowed and dropped, a space for the `T` too) as an instant in `zone`. `Ok(None)` for an
/// empty text.
pub fn parse_local(text: &str, zone: &dyn Zone) -> Result<Option<Instant>, NotLocal> {
    let t = text.trim();
    if t.is_empty() {
        return Ok(None);
    }
    // The same fields as RFC 3339 without the offset: chrono reads it as UTC wall-clock time.
    let full = match t.len() {
        16 => format!("{t}:00Z"),
        19 => format!("{t}Z"),
        _ => return Err(NotLocal),
    };
    if t.as_bytes().get(10) == Some(&b't') {
        return Err(NotLocal);
    }
    let wall = DateTime::parse_from_rfc3339(&full)
        .map_err(|_| NotLocal)?
        .naive_utc();
    if !YEARS.contains(&wall.year()) {
        return Err(NotLocal);
    }
    let (year, month, day) = (i64::from(wall.year()), wall.month(), wall.day());
    let (hour, minute) = (wall.hour(), wall.minute());
    let utc = Instant::from_utc(year, month, day, hour, minute).ok_or(NotLocal)?;
    let offset = zone.offset_at_local(year, month, day, hour, minute);
    Ok(Some(utc.plus_seconds(-i64::from(offset) * 60)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(s: &str) -> Instant {
        parse_rfc3339(s).unwrap()
    }

    #[test]
    fn start_of_minute() {
        for (at, start) in [
            (0, 0),
            (59, 0),
            (60, 60),
            (119, 60),
            (-1, -60),
            (-60, -60),
            (-61, -120),
        ] {
            assert_eq!(Instant(at).start_of_minute(), Instant(start), "{at}");
        }
    }

    #[test]
    fn parses_and_formats() {
        let cases = [
            ("1970-01-01T00:00:00Z", 0, "1970-01-01T00:00:00Z"),
            (
                "2026-03-27T10:15:00+01:00",
                1_774_602_900,
                "2026-03-27T09:15:00Z",
            ),
            (
                "2026-06-10T09:00:00+02:00",
                1_781_074_800,
                "2026-06-10T07:00:00Z",
            ),
            (
                "2026-06-10t09:00:00.123456+02:00",
                1_781_074_800,
                "2026-06-10T07:00:00Z",
            ),
            (
                "2026-06-10 09:00:00-05:30",
                1_781_101_800,
                "2026-06-10T14:30:00Z",
            ),
            (
                "2028-02-29T23:59:59z",
                1_835_481_599,
                "2028-02-29T23:59:59Z",
            ),
        ];
        for (text, secs, utc) in cases {
            let i = t(text);
            assert_eq!(i, Instant(secs), "{text}");
            assert_eq!(i.to_rfc3339_utc(), utc, "{text}");
        }
    }

    #[test]
    fn rejects_with_exact_reasons() {
        let cases = [
            ("", TimeError::Shape),
            ("2026-03-27", TimeError::Shape),
            ("2026-03-27T10:15:00", TimeError::Shape),
            ("2026-03-27T10:15:00+0100", TimeError::Shape),
            ("2026-03-27T10:15:00+01:00x", TimeError::Shape),
            ("2026-03-27T10:15:00.+01:00", TimeError::Shape),
            ("2026/03/27T10:15:00Z", TimeError::Shape),
            ("2026-13-01T00:00:00Z", TimeError::Range),
            ("2026-02-29T00:00:00Z", TimeError::Range),
            ("2026-04-31T00:00:00Z", TimeError::Range),
            ("2026-04-30T24:00:00Z", TimeError::Range),
            ("2026-04-30T23:60:00Z", TimeError::Range),
            ("2026-04-30T23:00:00+24:00", TimeError::Range),
            ("0999-04-30T23:00:00Z", TimeError::Year),
            ("２026-04-30T23:00:00Z", TimeError::Shape),
        ];
        for (text, err) in cases {
            assert_eq!(parse_rfc3339(text), Err(err), "{text:?}");
        }
        assert_eq!(
            TimeError::Shape.to_string(),
            "expected an RFC 3339 date-time with offset, e.g. 2026-03-27T10:15:00+01:00"
        );
    }

    #[test]
    fn days_since_the_epoch() {
        for (y, m, d, days) in [
            (1970, 1, 1, 0),
            (1969, 12, 31, -1),
            (1900, 1, 1, -25_567),
            (2000, 3, 1, 11_017),
            (2028, 2, 29, 21_243),
        ] {
            assert_eq!(days_from_civil(y, m, d), days, "{y}-{m}-{d}");
        }
    }

    #[test]
    fn local_wall_clock_times() {
        let cet = FixedZone(60);
        assert_eq!(
            parse_local("2026-03-27T10:15", &cet),
            Ok(Some(t("2026-03-27T10:15:00+01:00")))
        );
        assert_eq!(
            parse_local(" 2026-03-27 10:15:42 ", &cet),
            Ok(Some(t("2026-03-27T10:15:00+01:00")))
        );
        assert_eq!(parse_local("", &cet), Ok(None));
        for bad in [
            "2026-02-29T10:15",
            "2026-03-27T24:00",
            "1899-12-31T10:00",
            "2026-3-27T10:15",
            "2026-03-27t10:15",
            "2026-03-27T10:15Z",
            "gestern",
        ] {
            assert_eq!(parse_local(bad, &cet), Err(NotLocal), "{bad}");
        }
    }
}
