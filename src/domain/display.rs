//! Numbers, dates and times as German and English readers write them: the one home of this
//! formatting for the reasons, the drafts and the interface. At the bottom of the engine: imports
//! nothing of it but the language and the instant.

use chrono::{Datelike, Month, NaiveDateTime, Timelike};

use super::instant::Instant;
use super::lang::Lang;

/// One of two fixed texts by language.
pub fn pick(lang: Lang, de: &'static str, en: &'static str) -> &'static str {
    match lang {
        Lang::De => de,
        Lang::En => en,
    }
}

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digits_are_grouped_per_language() {
        assert_eq!(group_digits(1494, Lang::De), "1.494");
        assert_eq!(group_digits(1_000_000, Lang::En), "1,000,000");
        assert_eq!(group_digits(999, Lang::En), "999");
        assert_eq!(group_digits(0, Lang::De), "0");
    }
}
