//! Small formatting helpers for the drafts: placeholders, yes/no, dates, counts and legal
//! citations. Pure functions; none of them can panic on any input.

use crate::domain::answers::{parse_count, parse_local, FixedZone, Tri};
use crate::domain::time::Instant;
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

/// One of two fixed texts by language.
pub fn pick(lang: Lang, de: &'static str, en: &'static str) -> &'static str {
    match lang {
        Lang::De => de,
        Lang::En => en,
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

/// A legal basis as the engine names it (English) in the document's language. German documents
/// cite "Art. 33 Abs. 1 DSGVO", "Erwägungsgrund 75 DSGVO", "EDSA-Leitlinien 9/2022, Rn. 102".
/// A part these rules do not know stays in English rather than being guessed.
pub fn basis(en: &str, lang: Lang) -> String {
    if lang == Lang::En {
        return en.to_string();
    }
    en.split("; ")
        .map(|part| basis_part_de(part).unwrap_or_else(|| part.to_string()))
        .collect::<Vec<_>>()
        .join("; ")
}

fn basis_part_de(part: &str) -> Option<String> {
    if let Some(body) = part
        .strip_prefix("Art. ")
        .and_then(|b| b.strip_suffix(" GDPR"))
    {
        return Some(format!("Art. {} DSGVO", article_de(body)));
    }
    if let Some(n) = part
        .strip_prefix("Recitals ")
        .and_then(|b| b.strip_suffix(" GDPR"))
    {
        return Some(format!("Erwägungsgründe {n} DSGVO"));
    }
    if let Some(n) = part
        .strip_prefix("Recital ")
        .and_then(|b| b.strip_suffix(" GDPR"))
    {
        return Some(format!("Erwägungsgrund {n} DSGVO"));
    }
    if let Some(rest) = part.strip_prefix("EDPB Guidelines ") {
        return Some(format!("EDSA-Leitlinien {}", guidelines_de(rest)));
    }
    match part {
        "DSK Kurzpapier 18" => Some("DSK-Kurzpapier Nr. 18".into()),
        "ENISA severity method" => Some("ENISA-Methode zur Bewertung der Schwere".into()),
        p if p.starts_with("§") => Some(p.to_string()),
        _ => None,
    }
}

/// "33(1) sentence 2" → "33 Abs. 1 Satz 2"; "34(3)(a)" → "34 Abs. 3 lit. a"; Art. 4 counts its
/// definitions with "Nr.": "4(12)" → "4 Nr. 12".
fn article_de(body: &str) -> String {
    let mut out = String::new();
    let mut article = String::new();
    let mut in_number = false;
    let mut chars = body.chars();
    while let Some(ch) = chars.next() {
        if ch == '(' {
            let inner: String = chars.by_ref().take_while(|c| *c != ')').collect();
            if inner.chars().all(|c| c.is_ascii_digit()) {
                out.push_str(if article == "4" { " Nr. " } else { " Abs. " });
            } else {
                out.push_str(" lit. ");
            }
            out.push_str(&inner);
            in_number = false;
            continue;
        }
        if ch.is_ascii_digit() {
            if !in_number {
                article.clear();
            }
            article.push(ch);
            in_number = true;
        } else {
            in_number = false;
        }
        out.push(ch);
    }
    out.replace(" sentence ", " Satz ")
}

/// "9/2022, type of breach" → "9/2022, Art der Verletzung"; "01/2021 cases 06, 10" →
/// "01/2021, Fälle 06, 10"; "9/2022 para 102" → "9/2022, Rn. 102"; "Annex B example x" →
/// "Anhang B, Beispiel x".
fn guidelines_de(rest: &str) -> String {
    let split = rest.find([' ', ',']).unwrap_or(rest.len());
    let (number, tail) = rest.split_at(split);
    let tail = tail.trim_start_matches(',').trim_start();
    if tail.is_empty() {
        return number.to_string();
    }
    let tail = if let Some(t) = tail.strip_prefix("cases ") {
        format!("Fälle {t}")
    } else if let Some(t) = tail.strip_prefix("case ") {
        format!("Fall {t}")
    } else if let Some(t) = tail.strip_prefix("para ") {
        format!("Rn. {t}")
    } else if let Some(t) = tail.strip_prefix("Annex B") {
        format!("Anhang B{}", t.replace(" example ", ", Beispiel "))
    } else {
        match tail {
            "type of breach and recipients" => "Art der Verletzung und Empfänger",
            "integrity breach" => "Verletzung der Integrität",
            "type of breach" => "Art der Verletzung",
            "nature and sensitivity of data" => "Art und Sensibilität der Daten",
            "volume of data" => "Umfang der Daten",
            "special characteristics of the individual" => {
                "besondere Merkmale der betroffenen Personen"
            }
            "number of affected individuals" => "Zahl der betroffenen Personen",
            "awareness" => "Kenntnisnahme",
            other => other,
        }
        .to_string()
    };
    format!("{number}, {tail}")
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

    #[test]
    fn citations_in_german() {
        assert_eq!(
            basis(
                "Art. 34(3)(a) GDPR; EDPB Guidelines 01/2021 cases 06, 10",
                Lang::De
            ),
            "Art. 34 Abs. 3 lit. a DSGVO; EDSA-Leitlinien 01/2021, Fälle 06, 10"
        );
        assert_eq!(basis("Art. 33(1) GDPR", Lang::En), "Art. 33(1) GDPR");
        assert_eq!(basis("Something new", Lang::De), "Something new");
        let table = [
            ("Art. 4(1), 4(12) GDPR", "Art. 4 Nr. 1, 4 Nr. 12 DSGVO"),
            ("Art. 33(1) sentence 2 GDPR", "Art. 33 Abs. 1 Satz 2 DSGVO"),
            ("Art. 33(1), 34(1) GDPR", "Art. 33 Abs. 1, 34 Abs. 1 DSGVO"),
            (
                "Art. 55, 56 GDPR; §§ 9, 40 BDSG",
                "Art. 55, 56 DSGVO; §§ 9, 40 BDSG",
            ),
            (
                "Recitals 75, 76 GDPR; DSK Kurzpapier 18",
                "Erwägungsgründe 75, 76 DSGVO; DSK-Kurzpapier Nr. 18",
            ),
            (
                "EDPB Guidelines 9/2022 para 102",
                "EDSA-Leitlinien 9/2022, Rn. 102",
            ),
            (
                "EDPB Guidelines 9/2022 Annex B example x",
                "EDSA-Leitlinien 9/2022, Anhang B, Beispiel x",
            ),
            (
                "EDPB Guidelines 9/2022 Annex B (iv, viii)",
                "EDSA-Leitlinien 9/2022, Anhang B (iv, viii)",
            ),
            (
                "EDPB Guidelines 01/2021 case 08",
                "EDSA-Leitlinien 01/2021, Fall 08",
            ),
            (
                "EDPB Guidelines 9/2022, awareness",
                "EDSA-Leitlinien 9/2022, Kenntnisnahme",
            ),
        ];
        for (en, de) in table {
            assert_eq!(basis(en, Lang::De), de, "{en}");
        }
    }
}
