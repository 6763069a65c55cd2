//! The notification deadline as an iCalendar file (RFC 5545), for Outlook, Thunderbird and the
//! calendars of Android and iOS.
//!
//! One `VEVENT` at the deadline instant (in UTC, so no time-zone definitions are needed) with two
//! reminders, 24 and 4 hours before; where the notification is provisional, a second event a week
//! later reminds to complete it (Art. 33(4)). Texts are escaped and lines folded as RFC 5545
//! §§ 3.1 and 3.3.11 require; lines end in CRLF. The UID is stable for a case, so importing the
//! file again updates the entry instead of adding a second one.

use super::instant::Instant;
use super::lang::Lang;

/// What the calendar entry says.
#[derive(Clone, Debug, PartialEq)]
pub struct DeadlineEntry {
    /// The Art. 33(1) deadline.
    pub deadline: Instant,
    /// When the file is made (`DTSTAMP`).
    pub now: Instant,
    /// What identifies the case across saves (`Answers::case_fingerprint`): it seeds the UID.
    pub case: u64,
    /// The organisation's name, if given.
    pub organisation: String,
    /// The competent authority's name(s), if known.
    pub authority: String,
    /// The authority's breach form or its address, if known.
    pub form_link: String,
    /// The notification is provisional: add a reminder to complete it.
    pub provisional: bool,
}

/// A week after the deadline: when to look at the notification again and complete it.
pub const FOLLOW_UP_SECONDS: i64 = 7 * 24 * 3600;

/// `YYYYMMDDTHHMMSSZ`, the UTC form of an iCalendar DATE-TIME.
pub fn utc_stamp(i: Instant) -> String {
    i.to_rfc3339_utc().replace(['-', ':'], "")
}

/// Escape a TEXT value (RFC 5545 § 3.3.11): backslash, semicolon, comma and line breaks.
pub fn escape_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push_str("\\n");
            }
            '\n' => out.push_str("\\n"),
            // Other control characters are not allowed in TEXT.
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Fold a content line at 75 octets (RFC 5545 § 3.1), never inside a UTF-8 character, and end
/// it with CRLF.
pub fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + line.len() / 70 * 3 + 2);
    let mut width = 0;
    for c in line.chars() {
        let n = c.len_utf8();
        // The first line holds 75 octets; continuation lines start with a space, so 74 more.
        if width + n > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += n;
    }
    out.push_str("\r\n");
    out
}

/// A stable identifier for the case's entry, so that a second download of the same case
/// updates the calendar entry.
pub fn uid(case: u64, suffix: &str) -> String {
    format!("{case:016x}-{suffix}@datenpanne-selbstcheck")
}

/// The suggested file name, `meldefrist-YYYY-MM-DD-HHMM.ics`, in the local time of the user.
pub fn file_name(deadline: Instant, offset_minutes: i32) -> String {
    let c = deadline.civil(offset_minutes);
    format!(
        "meldefrist-{:04}-{:02}-{:02}-{:02}{:02}.ics",
        c.year, c.month, c.day, c.hour, c.minute
    )
}

fn texts(lang: Lang) -> [&'static str; 6] {
    match lang {
        Lang::De => [
            "Meldefrist Datenpanne (Art. 33 DSGVO)",
            "Spätestens jetzt muss die Meldung an die Aufsichtsbehörde erfolgt sein (72 Stunden nach Kenntnis). Besser unverzüglich melden.",
            "Zuständige Aufsichtsbehörde",
            "Meldeformular oder Anschrift",
            "Meldefrist Datenpanne in",
            "Vorläufige Meldung vervollständigen (Art. 33 Abs. 4 DSGVO)",
        ],
        Lang::En => [
            "Breach notification deadline (Art. 33 GDPR)",
            "By now the notification to the supervisory authority must have been made (72 hours after awareness). Better notify without undue delay.",
            "Competent authority",
            "Breach form or address",
            "Breach notification deadline in",
            "Complete the provisional notification (Art. 33(4) GDPR)",
        ],
    }
}

fn follow_up_text(lang: Lang) -> &'static str {
    match lang {
        Lang::De => "Die Meldung war vorläufig. Was inzwischen feststeht, unverzüglich nachreichen, mit dem Aktenzeichen der Erstmeldung.",
        Lang::En => "The notification was provisional. Send what is now known without undue delay, with the reference of the first notification.",
    }
}

/// One reminder `hours` before the event.
fn alarm(out: &mut String, hours: u32, summary: &str, lang: Lang) {
    let [_, _, _, _, due_in, _] = texts(lang);
    out.push_str(&fold("BEGIN:VALARM"));
    out.push_str(&fold("ACTION:DISPLAY"));
    out.push_str(&fold(&format!("TRIGGER:-PT{hours}H")));
    out.push_str(&fold(&format!(
        "DESCRIPTION:{}",
        escape_text(&format!("{due_in} {hours} h: {summary}"))
    )));
    out.push_str(&fold("END:VALARM"));
}

/// The iCalendar file for the deadline.
pub fn deadline_ics(e: &DeadlineEntry, lang: Lang) -> String {
    let [summary, body, authority_label, link_label, _, follow_up] = texts(lang);
    let summary = if e.organisation.trim().is_empty() {
        summary.to_string()
    } else {
        format!("{summary}: {}", e.organisation.trim())
    };
    let mut description = body.to_string();
    if !e.authority.trim().is_empty() {
        description.push_str(&format!("\n{authority_label}: {}", e.authority.trim()));
    }
    if !e.form_link.trim().is_empty() {
        description.push_str(&format!("\n{link_label}: {}", e.form_link.trim()));
    }
    let mut out = String::new();
    for line in [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Datenpanne-Selbstcheck//DE",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
    ] {
        out.push_str(&fold(line));
    }
    let event = |out: &mut String, suffix: &str, at: Instant, summary: &str, text: &str| {
        out.push_str(&fold("BEGIN:VEVENT"));
        out.push_str(&fold(&format!("UID:{}", uid(e.case, suffix))));
        out.push_str(&fold(&format!("DTSTAMP:{}", utc_stamp(e.now))));
        out.push_str(&fold(&format!("DTSTART:{}", utc_stamp(at))));
        out.push_str(&fold(&format!("SUMMARY:{}", escape_text(summary))));
        out.push_str(&fold(&format!("DESCRIPTION:{}", escape_text(text))));
        out.push_str(&fold("TRANSP:OPAQUE"));
        alarm(out, 24, summary, lang);
        alarm(out, 4, summary, lang);
        out.push_str(&fold("END:VEVENT"));
    };
    event(&mut out, "deadline", e.deadline, &summary, &description);
    if e.provisional {
        let mut text = follow_up_text(lang).to_string();
        if !e.authority.trim().is_empty() {
            text.push_str(&format!("\n{authority_label}: {}", e.authority.trim()));
        }
        event(
            &mut out,
            "follow-up",
            e.deadline.plus_seconds(FOLLOW_UP_SECONDS),
            follow_up,
            &text,
        );
    }
    out.push_str(&fold("END:VCALENDAR"));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::time::parse_rfc3339;

    fn entry() -> DeadlineEntry {
        DeadlineEntry {
            deadline: parse_rfc3339("2026-03-30T09:15:00Z").unwrap(),
            now: parse_rfc3339("2026-03-28T08:00:00Z").unwrap(),
            case: 0x0123_4567_89ab_cdef,
            organisation: "Praxis Dr. Weber; Zahnärzte, Hannover".into(),
            authority: "Die Landesbeauftragte für den Datenschutz Niedersachsen".into(),
            form_link: "https://www.lfd.niedersachsen.de/".into(),
            provisional: false,
        }
    }

    #[test]
    fn escaping_table() {
        let rows = [
            ("plain", "plain"),
            ("a;b,c", "a\\;b\\,c"),
            ("back\\slash", "back\\\\slash"),
            ("two\nlines", "two\\nlines"),
            ("windows\r\nline", "windows\\nline"),
            ("bell\u{7}", "bell"),
            ("Ümlaut ß", "Ümlaut ß"),
        ];
        for (text, want) in rows {
            assert_eq!(escape_text(text), want, "{text:?}");
        }
    }

    #[test]
    fn folding_keeps_lines_at_75_octets_and_characters_whole() {
        let line = format!("DESCRIPTION:{}", "Ä".repeat(100));
        let folded = fold(&line);
        assert!(folded.ends_with("\r\n"));
        for part in folded.trim_end_matches("\r\n").split("\r\n") {
            assert!(part.len() <= 75, "{} octets: {part}", part.len());
        }
        let unfolded = folded.trim_end_matches("\r\n").replace("\r\n ", "");
        assert_eq!(unfolded, line);
        assert_eq!(fold("SHORT"), "SHORT\r\n");
    }

    #[test]
    fn the_file_holds_the_deadline_in_utc_with_two_reminders() {
        let ics = deadline_ics(&entry(), Lang::De);
        assert!(ics.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
        assert!(ics.ends_with("END:VCALENDAR\r\n"));
        assert!(ics.contains("\r\nDTSTART:20260330T091500Z\r\n"));
        assert!(ics.contains("\r\nDTSTAMP:20260328T080000Z\r\n"));
        assert!(ics.contains("TRIGGER:-PT24H\r\n"));
        assert!(ics.contains("TRIGGER:-PT4H\r\n"));
        assert_eq!(ics.matches("BEGIN:VEVENT").count(), 1);
        let unfolded = ics.replace("\r\n ", "");
        assert!(unfolded.contains("SUMMARY:Meldefrist Datenpanne (Art. 33 DSGVO): Praxis Dr. Weber\\; Zahnärzte\\, Hannover\r\n"));
        assert!(unfolded.contains(
            "Niedersachsen\\nMeldeformular oder Anschrift: https://www.lfd.niedersachsen.de/"
        ));
        // Every line ends in CRLF, and no bare LF is left.
        assert_eq!(ics.matches('\n').count(), ics.matches("\r\n").count());
    }

    #[test]
    fn a_provisional_notification_gets_a_reminder_to_complete_it() {
        let ics = deadline_ics(
            &DeadlineEntry {
                provisional: true,
                ..entry()
            },
            Lang::En,
        );
        assert_eq!(ics.matches("BEGIN:VEVENT").count(), 2);
        assert!(ics.contains("DTSTART:20260406T091500Z"));
        assert!(ics
            .replace("\r\n ", "")
            .contains("SUMMARY:Complete the provisional notification (Art. 33(4) GDPR)"));
    }

    #[test]
    fn the_uid_is_stable_per_case_and_differs_between_cases() {
        let a = deadline_ics(&entry(), Lang::De);
        let b = deadline_ics(
            &DeadlineEntry {
                now: parse_rfc3339("2026-03-29T08:00:00Z").unwrap(),
                ..entry()
            },
            Lang::En,
        );
        let uid_of = |ics: &str| {
            ics.lines()
                .find(|l| l.starts_with("UID:"))
                .map(str::to_owned)
        };
        assert_eq!(uid_of(&a), uid_of(&b));
        let other = deadline_ics(
            &DeadlineEntry {
                case: 42,
                ..entry()
            },
            Lang::De,
        );
        assert_ne!(uid_of(&a), uid_of(&other));
    }

    #[test]
    fn file_name_in_local_time() {
        let d = parse_rfc3339("2026-03-30T09:15:00Z").unwrap();
        assert_eq!(file_name(d, 120), "meldefrist-2026-03-30-1115.ics");
        assert_eq!(file_name(d, 0), "meldefrist-2026-03-30-0915.ics");
    }
}
