//! The rules on time: the Art. 33(1) deadline and when a notification is late. The engine never
//! reads a clock: every point in time is passed in. An [`Instant`] counts seconds (UTC), so "72
//! hours later" is plain addition and clock changes (CET/CEST) cannot shift a deadline; local
//! time only matters for display (see [`super::instant`]).

use chrono::TimeDelta;

pub use super::instant::{days_from_civil, parse_rfc3339, Civil, Instant, TimeError};

/// Art. 33(1) GDPR: "not later than 72 hours after having become aware of it".
pub const NOTIFICATION_WINDOW: TimeDelta = TimeDelta::hours(72);
/// [`NOTIFICATION_WINDOW`] in seconds.
pub const NOTIFICATION_WINDOW_SECONDS: i64 = NOTIFICATION_WINDOW.num_seconds();

/// Art. 33(1): the latest moment for notifying the supervisory authority: 72 hours of elapsed
/// time after awareness, whatever the wall clock does in between.
pub fn notification_deadline(aware_at: Instant) -> Instant {
    aware_at.plus(NOTIFICATION_WINDOW)
}

/// Art. 33(1) sentence 2: a notification made after the deadline must give reasons for the delay.
/// At the deadline itself the notification is still in time.
pub fn is_late(deadline: Instant, now: Instant) -> bool {
    now > deadline
}

/// Art. 33(1): the time left until `deadline` as (overdue, days, hours, minutes), for the
/// countdown; overdue when `now` lies past it.
pub fn remaining(now: Instant, deadline: Instant) -> (bool, i64, i64, i64) {
    let left = TimeDelta::seconds(deadline.0 - now.0);
    let overdue = left < TimeDelta::zero();
    let left = left.abs();
    (
        overdue,
        left.num_days(),
        left.num_hours() % 24,
        left.num_minutes() % 60,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(s: &str) -> Instant {
        parse_rfc3339(s).unwrap()
    }

    /// Deadlines are exactly 72 h of elapsed time, whatever the wall clock does in between.
    #[test]
    fn deadline_table() {
        let cases = [
            // Spring forward in Europe/Berlin: 2026-03-29 02:00 CET -> 03:00 CEST.
            ("2026-03-27T10:15:00+01:00", "2026-03-30T09:15:00Z"),
            ("2026-03-28T01:30:00+01:00", "2026-03-31T00:30:00Z"),
            // Fall back: 2026-10-25 03:00 CEST -> 02:00 CET; 02:30 happens twice.
            ("2026-10-24T12:00:00+02:00", "2026-10-27T10:00:00Z"),
            ("2026-10-25T02:30:00+02:00", "2026-10-28T00:30:00Z"),
            ("2026-10-25T02:30:00+01:00", "2026-10-28T01:30:00Z"),
            // Leap day and year end.
            ("2028-02-27T08:00:00+01:00", "2028-03-01T07:00:00Z"),
            ("2027-02-27T08:00:00+01:00", "2027-03-02T07:00:00Z"),
            ("2026-12-30T18:00:00+01:00", "2027-01-02T17:00:00Z"),
            ("2026-12-31T23:59:59Z", "2027-01-03T23:59:59Z"),
        ];
        for (aware, deadline) in cases {
            assert_eq!(
                notification_deadline(t(aware)).to_rfc3339_utc(),
                deadline,
                "aware at {aware}"
            );
        }
    }

    #[test]
    fn local_wall_clock_of_deadline_across_clock_change() {
        // Aware on Friday 10:15 CET; the deadline falls after the switch to CEST, so the wall
        // clock shows 11:15, not 10:15.
        let d = notification_deadline(t("2026-03-27T10:15:00+01:00"));
        let c = d.civil(120);
        assert_eq!((c.day, c.hour, c.minute), (30, 11, 15));
        // Autumn: aware Saturday 12:00 CEST, deadline Tuesday 11:00 CET.
        let d = notification_deadline(t("2026-10-24T12:00:00+02:00"));
        let c = d.civil(60);
        assert_eq!((c.day, c.hour, c.minute), (27, 11, 0));
    }

    #[test]
    fn late_is_strictly_after_the_deadline() {
        let d = notification_deadline(t("2026-06-10T09:00:00+02:00"));
        assert!(!is_late(d, d));
        assert!(is_late(d, d.plus_seconds(1)));
        assert!(!is_late(d, d.plus_seconds(-1)));
        assert_eq!(remaining(d.plus_seconds(-90_061), d), (false, 1, 1, 1));
        assert_eq!(remaining(d.plus_seconds(3_660), d), (true, 0, 1, 1));
    }
}
