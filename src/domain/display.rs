//! Numbers, dates and times as German and English readers write them: the one home of this
//! formatting for the reasons, the drafts and the interface. At the bottom of the engine: imports
//! nothing of it but the language and the instant.

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

const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

fn month_en(month: u32) -> &'static str {
    MONTHS_EN
        .get(month.wrapping_sub(1) as usize)
        .copied()
        .unwrap_or("?")
}

/// A calendar date and clock time: "23.11.2026, 14:05 Uhr" / "23 November 2026, 14:05".
fn date_time(year: i64, month: u32, day: u32, hour: u32, minute: u32, lang: Lang) -> String {
    match lang {
        Lang::De => format!("{day:02}.{month:02}.{year}, {hour:02}:{minute:02} Uhr"),
        Lang::En => format!("{day} {} {year}, {hour:02}:{minute:02}", month_en(month)),
    }
}

/// A calendar date: "23.11.2026" / "23 November 2026".
fn date_only(year: i64, month: u32, day: u32, lang: Lang) -> String {
    match lang {
        Lang::De => format!("{day:02}.{month:02}.{year}"),
        Lang::En => format!("{day} {} {year}", month_en(month)),
    }
}

/// An instant as local date and time at `offset_minutes` east of UTC.
pub fn instant(i: Instant, offset_minutes: i32, lang: Lang) -> String {
    let c = i.civil(offset_minutes);
    date_time(c.year, c.month, c.day, c.hour, c.minute, lang)
}

/// An instant as local date at `offset_minutes` east of UTC.
pub fn date(i: Instant, offset_minutes: i32, lang: Lang) -> String {
    let c = i.civil(offset_minutes);
    date_only(c.year, c.month, c.day, lang)
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
