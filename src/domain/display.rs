//! Numbers, dates and times as German and English readers write them: the one home of this
//! formatting for the reasons, the drafts and the interface, and the text of the questionnaire's
//! date fields in either language. At the bottom of the engine: imports nothing of it but the
//! language and the instant.

use chrono::{Datelike, Month, NaiveDateTime, Timelike};

use super::instant::{parse_local, weekday_from_monday, Civil, FixedZone, Instant};
use super::lang::{pick, Lang};

/// A whole number with thousands separators: "1.494" / "1,494".
pub fn group_digits(n: u64, lang: Lang) -> String {
    let digits = n.to_string();
    let sep = pick(lang, ".", ",");
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push_str(sep);
        }
        out.push(ch);
    }
    out
}

/// The English name of the month of `t` ("November").
fn month_en(t: &NaiveDateTime) -> &'static str {
    u8::try_from(t.month())
        .ok()
        .and_then(|m| Month::try_from(m).ok())
        .map_or("?", |m| m.name())
}

/// A calendar date and clock time: "23.11.2026, 14:05 Uhr" / "23 November 2026, 14:05".
fn date_time(t: NaiveDateTime, lang: Lang) -> String {
    let (hour, minute) = (t.hour(), t.minute());
    match lang {
        Lang::De => format!("{}, {hour:02}:{minute:02} Uhr", date_only(t, lang)),
        Lang::En => format!("{}, {hour:02}:{minute:02}", date_only(t, lang)),
    }
}

/// A calendar date: "23.11.2026" / "23 November 2026".
fn date_only(t: NaiveDateTime, lang: Lang) -> String {
    let (year, month, day) = (t.year(), t.month(), t.day());
    match lang {
        Lang::De => format!("{day:02}.{month:02}.{year}"),
        Lang::En => format!("{day} {} {year}", month_en(&t)),
    }
}

/// An instant as local date and time at `offset_minutes` east of UTC.
pub fn instant(i: Instant, offset_minutes: i32, lang: Lang) -> String {
    date_time(i.local(offset_minutes), lang)
}

/// An instant as local date at `offset_minutes` east of UTC.
pub fn date(i: Instant, offset_minutes: i32, lang: Lang) -> String {
    date_only(i.local(offset_minutes), lang)
}

/// The offset as people read it: "UTC+1", "UTC+5:30", "UTC-3", "UTC".
pub fn offset_label(offset_minutes: i32) -> String {
    if offset_minutes == 0 {
        return "UTC".to_string();
    }
    let sign = if offset_minutes < 0 { '-' } else { '+' };
    let abs = offset_minutes.unsigned_abs();
    match abs % 60 {
        0 => format!("UTC{sign}{}", abs / 60),
        m => format!("UTC{sign}{}:{m:02}", abs / 60),
    }
}

/// An instant with its offset named, for deadlines: a deadline can fall on the other side of a
/// clock change, so the offset makes the moment unambiguous.
pub fn instant_with_offset(i: Instant, offset_minutes: i32, lang: Lang) -> String {
    format!(
        "{} ({})",
        instant(i, offset_minutes, lang),
        offset_label(offset_minutes)
    )
}

/// Monday first, as chrono counts them.
const WEEKDAYS: [(&str, &str); 7] = [
    ("Mo.", "Mon"),
    ("Di.", "Tue"),
    ("Mi.", "Wed"),
    ("Do.", "Thu"),
    ("Fr.", "Fri"),
    ("Sa.", "Sat"),
    ("So.", "Sun"),
];

const MONTHS_EN: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// A wall-clock date and time with the weekday: `Do., 26.11.2026, 09:00 Uhr` in German,
/// `Thu, 26 Nov 2026, 09:00` in English.
pub fn format_date_time(c: Civil, lang: Lang) -> String {
    let weekday = weekday_from_monday(c.year, c.month, c.day);
    let (wd_de, wd_en) = WEEKDAYS[weekday];
    match lang {
        Lang::De => format!(
            "{wd_de}, {:02}.{:02}.{}, {:02}:{:02} Uhr",
            c.day, c.month, c.year, c.hour, c.minute
        ),
        Lang::En => format!(
            "{wd_en}, {} {} {}, {:02}:{:02}",
            c.day,
            MONTHS_EN[(c.month.clamp(1, 12) - 1) as usize],
            c.year,
            c.hour,
            c.minute
        ),
    }
}

/// A short date and time for the folded verdict: `Do. 26.11., 09:00` / `Thu 26 Nov, 09:00`.
pub fn format_short(c: Civil, lang: Lang) -> String {
    let weekday = weekday_from_monday(c.year, c.month, c.day);
    let (wd_de, wd_en) = WEEKDAYS[weekday];
    match lang {
        Lang::De => format!(
            "{wd_de} {:02}.{:02}., {:02}:{:02}",
            c.day, c.month, c.hour, c.minute
        ),
        Lang::En => format!(
            "{wd_en} {} {}, {:02}:{:02}",
            c.day,
            MONTHS_EN[(c.month.clamp(1, 12) - 1) as usize],
            c.hour,
            c.minute
        ),
    }
}

/// The time zone of a displayed time: `Ortszeit, UTC+1` / `local time, UTC+5:30`.
pub fn format_utc_offset(minutes: i32, lang: Lang) -> String {
    let local = pick(lang, "Ortszeit", "local time");
    if minutes == 0 {
        return format!("{local}, UTC");
    }
    let sign = if minutes < 0 { '−' } else { '+' };
    let m = minutes.unsigned_abs();
    if m % 60 == 0 {
        format!("{local}, UTC{sign}{}", m / 60)
    } else {
        format!("{local}, UTC{sign}{}:{:02}", m / 60, m % 60)
    }
}

/// The time left until a deadline, or how long it is overdue (from `time::remaining`).
pub fn format_remaining(overdue: bool, days: i64, hours: i64, minutes: i64, lang: Lang) -> String {
    // Exhaustive: a third language stops the build here (docs/TEXTS.md).
    let de = match lang {
        Lang::De => true,
        Lang::En => false,
    };
    let mut parts = Vec::new();
    if days > 0 {
        parts.push(match (de, days) {
            (true, 1) => "1 Tag".to_string(),
            (true, d) if overdue => format!("{d} Tagen"),
            (true, d) => format!("{d} Tage"),
            (false, 1) => "1 day".to_string(),
            (false, d) => format!("{d} days"),
        });
    }
    if days > 0 || hours > 0 {
        parts.push(if de {
            format!("{hours} Std.")
        } else {
            format!("{hours} h")
        });
    }
    parts.push(if de {
        format!("{minutes} Min.")
    } else {
        format!("{minutes} min")
    });
    let span = parts.join(", ");
    let under_a_minute = days == 0 && hours == 0 && minutes == 0;
    match (de, overdue, under_a_minute) {
        (true, false, true) => "noch weniger als 1 Min.".to_string(),
        (false, false, true) => "less than 1 min left".to_string(),
        (true, true, true) => "seit weniger als 1 Min. überfällig".to_string(),
        (false, true, true) => "overdue by less than 1 min".to_string(),
        (true, false, false) => format!("noch {span}"),
        (false, false, false) => format!("{span} left"),
        (true, true, false) => format!("seit {span} überfällig"),
        (false, true, false) => format!("overdue by {span}"),
    }
}

// ---------------------------------------------------------------------------------------------
// The questionnaire's date fields: typed as text in the interface language's form
// ---------------------------------------------------------------------------------------------

/// The value of a `datetime-local` input for a wall-clock time: `2026-11-23T09:00`.
pub fn local_input_value(c: Civil) -> String {
    format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}",
        c.year, c.month, c.day, c.hour, c.minute
    )
}

/// A date field's text in the interface language, whatever the browser's own locale: "27.03.2026
/// 10:15" in German, "2026-03-27 10:15" in English. Text that is no valid time stays as typed.
pub fn date_field_text(stored: &str, lang: Lang) -> String {
    let Some(c) = parse_input_value(stored) else {
        return stored.to_string();
    };
    match lang {
        Lang::De => format!(
            "{:02}.{:02}.{} {:02}:{:02}",
            c.day, c.month, c.year, c.hour, c.minute
        ),
        Lang::En => format!(
            "{:04}-{:02}-{:02} {:02}:{:02}",
            c.year, c.month, c.day, c.hour, c.minute
        ),
    }
}

/// What a date field's text means, as the saved case keeps it (`YYYY-MM-DDTHH:MM`), when it is a
/// time in either language's form ("27.3.2026, 10:15 Uhr", "2026-03-27 10:15"); otherwise the
/// text as typed, so that nothing is lost and the field says what is wrong with it.
pub fn date_field_value(typed: &str) -> String {
    let t = typed.trim();
    parse_input_value(t)
        .or_else(|| german_date_time(t))
        .map(local_input_value)
        .unwrap_or_else(|| typed.to_string())
}

/// "27.03.2026 10:15", "27.3.2026, 10:15 Uhr": day, month, four-digit year, hour and minute.
fn german_date_time(t: &str) -> Option<Civil> {
    let t = t.strip_suffix("Uhr").unwrap_or(t).trim();
    let (date, time) = t.split_once([' ', ','])?;
    let mut d = date.split('.');
    let mut n = || d.next()?.trim().parse::<u32>().ok();
    let (day, month, year) = (n()?, n()?, n()?);
    let (h, m) = time.trim_start_matches([',', ' ']).split_once(':')?;
    let (h, m) = (h.trim().parse::<u32>().ok()?, m.trim().parse::<u32>().ok()?);
    if d.next().is_some() || !(1000..=9999).contains(&year) {
        return None;
    }
    parse_input_value(&format!("{year}-{month:02}-{day:02}T{h:02}:{m:02}"))
}

/// The wall-clock fields of a `datetime-local` value, if it is one.
pub fn parse_input_value(text: &str) -> Option<Civil> {
    parse_local(text, &FixedZone(0))
        .ok()
        .flatten()
        .map(|i| i.civil(0))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::instant::parse_rfc3339;

    #[test]
    fn date_fields_read_both_forms_and_show_the_interface_language() {
        // (typed, kept in the answers)
        let read = [
            ("2026-03-27T10:15", "2026-03-27T10:15"),
            ("2026-03-27 10:15", "2026-03-27T10:15"),
            ("27.03.2026 10:15", "2026-03-27T10:15"),
            ("27.3.2026, 9:05 Uhr", "2026-03-27T09:05"),
            (" 01.01.2027 00:00 ", "2027-01-01T00:00"),
            ("29.02.2026 10:15", "29.02.2026 10:15"),
            ("27.03.26 10:15", "27.03.26 10:15"),
            ("27.03.2026", "27.03.2026"),
            ("27.03.2026 25:00", "27.03.2026 25:00"),
            ("03/27/2026 10:15", "03/27/2026 10:15"),
            ("", ""),
        ];
        for (typed, kept) in read {
            assert_eq!(date_field_value(typed), kept, "{typed:?}");
        }
        assert_eq!(
            date_field_text("2026-03-27T10:15", Lang::De),
            "27.03.2026 10:15"
        );
        assert_eq!(
            date_field_text("2026-03-27T10:15", Lang::En),
            "2026-03-27 10:15"
        );
        assert_eq!(date_field_text("27.03.20", Lang::De), "27.03.20");
        for lang in [Lang::De, Lang::En] {
            let shown = date_field_text("2026-12-31T23:59", lang);
            assert_eq!(date_field_value(&shown), "2026-12-31T23:59", "{lang:?}");
        }
    }

    #[test]
    fn input_values_round_trip() {
        let c = parse_rfc3339("2026-11-23T09:05:00Z").unwrap().civil(60);
        assert_eq!(local_input_value(c), "2026-11-23T10:05");
        let back = parse_input_value("2026-11-23T10:05").unwrap();
        assert_eq!(
            (back.year, back.month, back.day, back.hour, back.minute),
            (2026, 11, 23, 10, 5)
        );
        assert_eq!(parse_input_value(""), None);
        assert_eq!(parse_input_value("23.11.2026"), None);
    }

    #[test]
    fn counts_are_grouped_per_language() {
        let rows: [(u64, &str, &str); 7] = [
            (0, "0", "0"),
            (999, "999", "999"),
            (1494, "1.494", "1,494"),
            (60_000, "60.000", "60,000"),
            (100_000, "100.000", "100,000"),
            (1_234_567, "1.234.567", "1,234,567"),
            (
                u64::MAX,
                "18.446.744.073.709.551.615",
                "18,446,744,073,709,551,615",
            ),
        ];
        for (n, de, en) in rows {
            assert_eq!(group_digits(n, Lang::De), de);
            assert_eq!(group_digits(n, Lang::En), en);
        }
    }

    #[test]
    fn dates_carry_weekday_and_local_order() {
        let d = parse_rfc3339("2026-11-26T08:00:00Z").unwrap().civil(60);
        assert_eq!(format_date_time(d, Lang::De), "Do., 26.11.2026, 09:00 Uhr");
        assert_eq!(format_date_time(d, Lang::En), "Thu, 26 Nov 2026, 09:00");
        assert_eq!(format_short(d, Lang::De), "Do. 26.11., 09:00");
        assert_eq!(format_short(d, Lang::En), "Thu 26 Nov, 09:00");
        // Across the spring clock change: 72 h after Friday 10:15 CET is Monday 11:15 CEST.
        let d = parse_rfc3339("2026-03-30T09:15:00Z").unwrap().civil(120);
        assert_eq!(format_date_time(d, Lang::De), "Mo., 30.03.2026, 11:15 Uhr");
        // Leap day and year end.
        let d = parse_rfc3339("2028-02-29T23:59:00Z").unwrap().civil(0);
        assert_eq!(format_date_time(d, Lang::En), "Tue, 29 Feb 2028, 23:59");
        let d = parse_rfc3339("2026-12-31T23:30:00Z").unwrap().civil(60);
        assert_eq!(format_date_time(d, Lang::De), "Fr., 01.01.2027, 00:30 Uhr");
        assert_eq!(format_date_time(d, Lang::En), "Fri, 1 Jan 2027, 00:30");
    }

    #[test]
    fn offsets_read_as_local_time() {
        assert_eq!(format_utc_offset(60, Lang::De), "Ortszeit, UTC+1");
        assert_eq!(format_utc_offset(120, Lang::En), "local time, UTC+2");
        assert_eq!(format_utc_offset(0, Lang::En), "local time, UTC");
        assert_eq!(format_utc_offset(330, Lang::En), "local time, UTC+5:30");
        assert_eq!(format_utc_offset(-300, Lang::De), "Ortszeit, UTC−5");
    }

    #[test]
    fn countdown_and_overdue_texts() {
        assert_eq!(
            format_remaining(false, 2, 23, 59, Lang::De),
            "noch 2 Tage, 23 Std., 59 Min."
        );
        assert_eq!(
            format_remaining(false, 2, 23, 59, Lang::En),
            "2 days, 23 h, 59 min left"
        );
        assert_eq!(
            format_remaining(false, 1, 0, 5, Lang::De),
            "noch 1 Tag, 0 Std., 5 Min."
        );
        assert_eq!(format_remaining(false, 0, 0, 7, Lang::En), "7 min left");
        assert_eq!(
            format_remaining(false, 0, 0, 0, Lang::De),
            "noch weniger als 1 Min."
        );
        assert_eq!(
            format_remaining(true, 0, 1, 5, Lang::De),
            "seit 1 Std., 5 Min. überfällig"
        );
        assert_eq!(
            format_remaining(true, 0, 1, 5, Lang::En),
            "overdue by 1 h, 5 min"
        );
        // From the engine's own arithmetic.
        let d = parse_rfc3339("2026-06-13T07:00:00Z").unwrap();
        let (o, dd, h, m) = crate::domain::time::remaining(d.plus_seconds(3_660), d);
        assert_eq!(
            format_remaining(o, dd, h, m, Lang::En),
            "overdue by 1 h, 1 min"
        );
    }

    #[test]
    fn digits_are_grouped_per_language() {
        assert_eq!(group_digits(1494, Lang::De), "1.494");
        assert_eq!(group_digits(1_000_000, Lang::En), "1,000,000");
        assert_eq!(group_digits(999, Lang::En), "999");
        assert_eq!(group_digits(0, Lang::De), "0");
    }
}
