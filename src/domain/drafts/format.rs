//! Small formatting helpers for the drafts: placeholders, yes/no, entered dates and counts
//! (numbers and instants are formatted in [`crate::domain::display`]). Pure functions; none of them can panic on any input.

use crate::domain::answers::{parse_count, parse_local, FixedZone, Tri};
pub use crate::domain::display::{date, group_digits, instant, instant_with_offset, offset_label};
pub use crate::domain::lang::pick;
use crate::domain::Lang;

/// The visible placeholder for an answer that is still open (German).
pub const OPEN_DE: &str = "[noch offen]";
/// The visible placeholder for an answer that is still open (English).
pub const OPEN_EN: &str = "[not known yet]";

/// The placeholder in `lang`.
pub fn open(lang: Lang) -> &'static str {
    match lang {
        Lang::De => OPEN_DE,
        Lang::En => OPEN_EN,
    }
}

/// The user's text without surrounding white space, or the placeholder when there is none.
/// The text itself is kept exactly as typed.
pub fn or_open(text: &str, lang: Lang) -> String {
    let t = text.trim();
    if t.is_empty() {
        open(lang).to_string()
    } else {
        t.to_string()
    }
}

/// "ja" / "nein" / placeholder.
pub fn yes_no(answer: Tri, lang: Lang) -> String {
    match answer {
        Some(true) => pick(lang, "ja", "yes").to_string(),
        Some(false) => pick(lang, "nein", "no").to_string(),
        None => open(lang).to_string(),
    }
}

/// A local wall-clock time as the user entered it (`YYYY-MM-DDTHH:MM`), shown in the document's
/// format without any time-zone conversion. `None` for an empty answer; a text that is not a
/// date is shown exactly as typed.
pub fn local_text(text: &str, lang: Lang) -> Option<String> {
    let t = text.trim();
    if t.is_empty() {
        return None;
    }
    match parse_local(t, &FixedZone(0)) {
        Ok(Some(i)) => Some(instant(i, 0, lang)),
        _ => Some(t.to_string()),
    }
}

/// `local_text`, or the placeholder.
pub fn local_or_open(text: &str, lang: Lang) -> String {
    local_text(text, lang).unwrap_or_else(|| open(lang).to_string())
}

/// What a count counts, for the one case where the number is exact.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    People,
    Records,
}

/// An approximate count as typed: "ca. 1.494" / "about 1,494", grouped as the language does;
/// a count of one is exact ("1 Person" / "1 person"), and so is none ("0"); the placeholder when
/// it is open; a text that is not a number exactly as typed.
pub fn count(typed: &str, unknown: bool, max: u64, unit: Unit, lang: Lang) -> String {
    if unknown || typed.trim().is_empty() {
        return open(lang).to_string();
    }
    match parse_count(typed, max) {
        Ok(Some(0)) => "0".to_string(),
        Ok(Some(1)) => match unit {
            Unit::People => pick(lang, "1 Person", "1 person").to_string(),
            Unit::Records => pick(lang, "1 Datensatz", "1 record").to_string(),
        },
        Ok(Some(n)) => format!("{} {}", pick(lang, "ca.", "about"), group_digits(n, lang)),
        _ => typed.trim().to_string(),
    }
}

/// The text with its first letter in upper case (the engine's reasons start in lower case).
/// Only the letters the product's own texts start with are covered (ASCII and the German
/// umlauts); anything else is left as it is. This avoids Unicode's case tables in the app.
pub fn capitalise(s: &str) -> String {
    let mut chars = s.chars();
    let Some(first) = chars.next() else {
        return String::new();
    };
    let upper = match first {
        'ä' => 'Ä',
        'ö' => 'Ö',
        'ü' => 'Ü',
        c => c.to_ascii_uppercase(),
    };
    let mut out = String::with_capacity(s.len());
    out.push(upper);
    out.push_str(chars.as_str());
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_per_language() {
        let i = crate::domain::time::parse_rfc3339("2026-11-23T14:05:00+01:00").unwrap();
        assert_eq!(instant(i, 60, Lang::De), "23.11.2026, 14:05 Uhr");
        assert_eq!(instant(i, 60, Lang::En), "23 November 2026, 14:05");
        assert_eq!(date(i, 60, Lang::De), "23.11.2026");
        assert_eq!(date(i, 60, Lang::En), "23 November 2026");
        assert_eq!(
            instant_with_offset(i, 120, Lang::De),
            "23.11.2026, 15:05 Uhr (UTC+2)"
        );
        assert_eq!(offset_label(330), "UTC+5:30");
        assert_eq!(offset_label(-180), "UTC-3");
        assert_eq!(offset_label(0), "UTC");
    }

    #[test]
    fn entered_times_are_shown_without_conversion() {
        assert_eq!(
            local_text("2026-03-29T02:30", Lang::De).as_deref(),
            Some("29.03.2026, 02:30 Uhr")
        );
        assert_eq!(local_text("  ", Lang::En), None);
        assert_eq!(
            local_text("gestern <b>", Lang::De).as_deref(),
            Some("gestern <b>")
        );
        assert_eq!(local_or_open("", Lang::De), OPEN_DE);
    }

    #[test]
    fn counts_and_placeholders() {
        assert_eq!(group_digits(1494, Lang::De), "1.494");
        assert_eq!(group_digits(1_000_000, Lang::En), "1,000,000");
        assert_eq!(group_digits(999, Lang::En), "999");
        let p = Unit::People;
        assert_eq!(count("1494", false, 100, p, Lang::De), "1494");
        assert_eq!(count("1494", false, 10_000, p, Lang::De), "ca. 1.494");
        assert_eq!(count("1 494", false, 10_000, p, Lang::En), "about 1,494");
        assert_eq!(count("", false, 10_000, p, Lang::De), OPEN_DE);
        assert_eq!(count("12", true, 10_000, p, Lang::En), OPEN_EN);
        assert_eq!(count("etwa 20", false, 10_000, p, Lang::De), "etwa 20");
        // One is exact, never "ca. 1".
        assert_eq!(count("1", false, 10_000, p, Lang::De), "1 Person");
        assert_eq!(count("1", false, 10_000, p, Lang::En), "1 person");
        assert_eq!(
            count("1", false, 10_000, Unit::Records, Lang::De),
            "1 Datensatz"
        );
        assert_eq!(
            count("1", false, 10_000, Unit::Records, Lang::En),
            "1 record"
        );
        assert_eq!(or_open(" \n ", Lang::En), OPEN_EN);
        assert_eq!(yes_no(None, Lang::De), OPEN_DE);
        assert_eq!(capitalise("ärger"), "Ärger");
        assert_eq!(capitalise(""), "");
    }
}
