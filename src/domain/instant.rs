//! Points in time: an [`Instant`] is a count of seconds since 1970-01-01T00:00:00Z, read from
//! RFC 3339 texts and from the form's local wall-clock times, and shown as wall-clock fields at a
//! given UTC offset. At the bottom of the engine: imports nothing of it. The rules on time (the
//! Art. 33(1) deadline) are in [`super::time`].

use std::fmt;

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

/// Whether `year` is a Gregorian leap year.
pub fn is_leap_year(year: i64) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

/// Number of days in `month` (1–12) of `year`.
pub fn days_in_month(year: i64, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap_year(year) => 29,
        2 => 28,
        _ => 0,
    }
}

/// Days since 1970-01-01 for a proleptic Gregorian date (H. Hinnant's `days_from_civil`).
pub fn days_from_civil(year: i64, month: u32, day: u32) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(month);
    let mp = if m > 2 { m - 3 } else { m + 9 };
    let doy = (153 * mp + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The calendar date of a day count since 1970-01-01 (inverse of [`days_from_civil`]).
pub fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
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

    /// The start of this instant's minute (what a clock showing minutes shows).
    pub fn start_of_minute(self) -> Instant {
        Instant(self.0.div_euclid(60) * 60)
    }

    /// Wall-clock fields at `offset_minutes` east of UTC.
    pub fn civil(self, offset_minutes: i32) -> Civil {
        let local = self.0.saturating_add(i64::from(offset_minutes) * 60);
        let days = local.div_euclid(86_400);
        let secs = local.rem_euclid(86_400);
        let (year, month, day) = civil_from_days(days);
        Civil {
            year,
            month,
            day,
            hour: (secs / 3600) as u32,
            minute: (secs % 3600 / 60) as u32,
            second: (secs % 60) as u32,
            offset_minutes,
        }
    }

    /// RFC 3339 in UTC with a `Z`, e.g. `2026-03-30T09:15:00Z` (the form `assess` prints).
    pub fn to_rfc3339_utc(self) -> String {
        let c = self.civil(0);
        format!(
            "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z",
            c.year, c.month, c.day, c.hour, c.minute, c.second
        )
    }

    /// Build an instant from UTC calendar fields; `None` when a field is out of range.
    pub fn from_utc(year: i64, month: u32, day: u32, hour: u32, minute: u32) -> Option<Instant> {
        if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
            return None;
        }
        if hour > 23 || minute > 59 {
            return None;
        }
        let days = days_from_civil(year, month, day);
        Some(Instant(
            days * 86_400 + i64::from(hour) * 3600 + i64::from(minute) * 60,
        ))
    }
}

/// Read an RFC 3339 date-time with offset (`Z`, `+01:00`, `-05:30`). Fractions of a second are
/// accepted and dropped; a leap second (`:60`) counts as the following second.
pub fn parse_rfc3339(text: &str) -> Result<Instant, TimeError> {
    let b = text.as_bytes();
    if b.len() < 20 {
        return Err(TimeError::Shape);
    }
    let num = |from: usize, len: usize| -> Result<i64, TimeError> {
        let part = b.get(from..from + len).ok_or(TimeError::Shape)?;
        part.iter().try_fold(0i64, |acc, &c| {
            if c.is_ascii_digit() {
                Ok(acc * 10 + i64::from(c - b'0'))
            } else {
                Err(TimeError::Shape)
            }
        })
    };
    let expect = |at: usize, allowed: &[u8]| -> Result<(), TimeError> {
        match b.get(at) {
            Some(c) if allowed.contains(c) => Ok(()),
            _ => Err(TimeError::Shape),
        }
    };
    let year = num(0, 4)?;
    expect(4, b"-")?;
    let month = num(5, 2)? as u32;
    expect(7, b"-")?;
    let day = num(8, 2)? as u32;
    expect(10, b"Tt ")?;
    let hour = num(11, 2)?;
    expect(13, b":")?;
    let minute = num(14, 2)?;
    expect(16, b":")?;
    let second = num(17, 2)?;
    let mut at = 19;
    if b.get(at) == Some(&b'.') {
        at += 1;
        let start = at;
        while b.get(at).is_some_and(u8::is_ascii_digit) {
            at += 1;
        }
        if at == start {
            return Err(TimeError::Shape);
        }
    }
    let offset_seconds = match b.get(at) {
        Some(b'Z' | b'z') if at + 1 == b.len() => 0,
        Some(sign @ (b'+' | b'-')) if at + 6 == b.len() => {
            expect(at + 3, b":")?;
            let oh = num(at + 1, 2)?;
            let om = num(at + 4, 2)?;
            if oh > 23 || om > 59 {
                return Err(TimeError::Range);
            }
            let s = (oh * 60 + om) * 60;
            if *sign == b'-' {
                -s
            } else {
                s
            }
        }
        _ => return Err(TimeError::Shape),
    };
    if !(1900..=9999).contains(&year) {
        return Err(TimeError::Year);
    }
    if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
        return Err(TimeError::Range);
    }
    if hour > 23 || minute > 59 || second > 60 {
        return Err(TimeError::Range);
    }
    let days = days_from_civil(year, month, day);
    let local = days * 86_400 + hour * 3600 + minute * 60 + second;
    Ok(Instant(local - offset_seconds))
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
/// allowed) as an instant in `zone`. `Ok(None)` for an empty text.
pub fn parse_local(text: &str, zone: &dyn Zone) -> Result<Option<Instant>, NotLocal> {
    let t = text.trim();
    if t.is_empty() {
        return Ok(None);
    }
    let b = t.as_bytes();
    if !(b.len() == 16 || b.len() == 19) {
        return Err(NotLocal);
    }
    let digits = |from: usize, len: usize| -> Result<u32, NotLocal> {
        b[from..from + len].iter().try_fold(0u32, |acc, &c| {
            if c.is_ascii_digit() {
                Ok(acc * 10 + u32::from(c - b'0'))
            } else {
                Err(NotLocal)
            }
        })
    };
    let sep_ok = b[4] == b'-' && b[7] == b'-' && matches!(b[10], b'T' | b' ') && b[13] == b':';
    if !sep_ok || (b.len() == 19 && b[16] != b':') {
        return Err(NotLocal);
    }
    let (year, month, day) = (i64::from(digits(0, 4)?), digits(5, 2)?, digits(8, 2)?);
    let (hour, minute) = (digits(11, 2)?, digits(14, 2)?);
    if !(1900..=9999).contains(&year)
        || !(1..=12).contains(&month)
        || day == 0
        || day > days_in_month(year, month)
        || hour > 23
        || minute > 59
    {
        return Err(NotLocal);
    }
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
    fn civil_round_trip_over_four_centuries() {
        for days in (-25_567..2_932_896).step_by(97) {
            let (y, m, d) = civil_from_days(days);
            assert!(d >= 1 && d <= days_in_month(y, m));
            assert_eq!(days_from_civil(y, m, d), days);
        }
    }
}
