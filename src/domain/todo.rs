//! "Jetzt zu tun / What to do now": a short numbered list, from the verdict and the answers, of
//! what the organisation does next, each with its deadline in words.
//!
//! The list follows the verdict; it decides nothing of its own. Its order is the order of urgency:
//! the authority (or, for a processor, the controller), the people, the recipients of the data,
//! the record.

use chrono::{Datelike, Month};

use super::answers::{Answers, IncidentType};
use super::authority::{self, Authority, AuthorityDecision};
use super::facts::{Confidentiality, Role};
use super::instant::Instant;
use super::lang::{pick, Lang};
use super::{Assessment, SubjectNotice};

/// By when a step is due.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Due {
    /// By this instant (the Art. 33(1) deadline).
    By(Instant),
    /// The deadline has passed: at once, with the reasons for the delay.
    Overdue,
    /// Without undue delay, no fixed hour (Art. 33(2), 34(1)).
    WithoutDelay,
    /// As soon as possible (asking for a confirmation, the record).
    Soon,
}

/// One thing to do.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Step {
    pub text: String,
    pub due: Due,
}

/// Monday = 0 … Sunday = 6, for an instant at a UTC offset.
fn weekday(at: Instant, offset_minutes: i32) -> usize {
    at.local(offset_minutes).weekday().num_days_from_monday() as usize
}

/// "bis Mo., 07.12., 17:40 Uhr" / "by Mon 7 Dec, 17:40": the due date in words, local time.
pub fn due_text(due: Due, offset_minutes: i32, lang: Lang) -> String {
    match (due, lang) {
        (Due::By(at), Lang::De) => {
            let c = at.civil(offset_minutes);
            let day =
                ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."][weekday(at, offset_minutes)];
            format!(
                "bis {day}, {:02}.{:02}., {:02}:{:02} Uhr",
                c.day, c.month, c.hour, c.minute
            )
        }
        (Due::By(at), Lang::En) => {
            let c = at.civil(offset_minutes);
            let day =
                ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][weekday(at, offset_minutes)];
            let month = u8::try_from(c.month)
                .ok()
                .and_then(|m| Month::try_from(m).ok())
                .map_or("?", |m| &m.name()[..3]);
            format!("by {day} {} {month}, {:02}:{:02}", c.day, c.hour, c.minute)
        }
        (Due::Overdue, Lang::De) => "sofort – die Frist ist abgelaufen".into(),
        (Due::Overdue, Lang::En) => "at once – the deadline has passed".into(),
        (Due::WithoutDelay, Lang::De) => "unverzüglich".into(),
        (Due::WithoutDelay, Lang::En) => "without undue delay".into(),
        (Due::Soon, Lang::De) => "heute".into(),
        (Due::Soon, Lang::En) => "today".into(),
    }
}

/// How to reach one authority: its breach form, or its address and e-mail where no form link is
/// known (with the hint that the link was not seen on the authority's own site).
fn channel(a: &Authority, lang: Lang) -> String {
    let name = a.display_name(lang);
    match a.breach_link() {
        Some((url, verify)) => {
            let check = match (verify, lang) {
                (true, Lang::De) => " (Link bitte vor Nutzung prüfen)",
                (true, Lang::En) => " (please check the link before use)",
                (false, _) => "",
            };
            match lang {
                Lang::De => format!("{name} über das Meldeformular {url}{check}"),
                Lang::En => format!("{name} through its breach form {url}{check}"),
            }
        }
        None => {
            let mut ways = Vec::new();
            if let Some(e) = a.contact().email {
                ways.push(match lang {
                    Lang::De => format!("per E-Mail an {e}"),
                    Lang::En => format!("by e-mail to {e}"),
                });
            }
            if let Some(p) = a.contact().postal_address {
                ways.push(match lang {
                    Lang::De => format!("per Post an {}", p.replace('\n', ", ")),
                    Lang::En => format!("by post to {}", p.replace('\n', ", ")),
                });
            }
            if ways.is_empty() {
                if let Some(w) = a.contact().website {
                    ways.push(match lang {
                        Lang::De => format!("über die Website {w}"),
                        Lang::En => format!("through its website {w}"),
                    });
                }
            }
            let ways = ways.join(pick(lang, " oder ", " or "));
            match lang {
                Lang::De => {
                    format!("{name} ({ways}; ein Link zum Meldeformular ist nicht bekannt)")
                }
                Lang::En => format!("{name} ({ways}; no link to a breach form is known)"),
            }
        }
    }
}

/// Whom to notify, in words: every competent authority with its channel.
fn authorities_text(decision: &AuthorityDecision, lang: Lang) -> Option<String> {
    let found: Vec<String> = decision
        .ids()
        .into_iter()
        .filter_map(authority::authority)
        .map(|a| channel(a, lang))
        .collect();
    (!found.is_empty()).then(|| found.join("; "))
}

/// The steps for this case.
pub fn steps(answers: &Answers, a: &Assessment, lang: Lang) -> Vec<Step> {
    let mut out = Vec::new();
    if !a.breach {
        out.push(Step {
            text: pick(
                lang,
                "Den Vorfall und die Gründe, warum keine Datenpanne vorliegt, intern festhalten.",
                "Record the incident and why it is not a personal data breach.",
            )
            .into(),
            due: Due::Soon,
        });
        return out;
    }
    if a.notify_controller {
        out.push(Step {
            text: pick(lang, "Den Verantwortlichen informieren (Art. 33 Abs. 2 DSGVO), mit allem, was bisher bekannt ist; eine kürzere Frist im Auftragsverarbeitungsvertrag geht vor.", "Inform the controller (Art. 33(2) GDPR) with everything known so far; a shorter period in the processing contract comes first.").into(),
            due: Due::WithoutDelay,
        });
    }
    if a.notify_authority {
        let whom = authorities_text(&a.authority, lang).unwrap_or_else(|| {
            pick(lang, "die zuständige Aufsichtsbehörde (noch zu bestimmen: Angaben zur Stelle ergänzen)", "the competent supervisory authority (still to be determined: complete the details of the organisation)").into()
        });
        let provisional = a.provisional.authority;
        let mut text = match (lang, provisional) {
            (Lang::De, false) => format!("Die Datenpanne melden an: {whom}."),
            (Lang::De, true) => format!(
                "Die Datenpanne vorläufig melden an: {whom}. Was noch offen ist, wird nachgereicht."
            ),
            (Lang::En, false) => format!("Notify the breach to: {whom}."),
            (Lang::En, true) => format!(
                "Notify the breach provisionally to: {whom}. What is still open follows later."
            ),
        };
        if a.late == Some(true) {
            text.push_str(pick(
                lang,
                " Der Meldung die Gründe für die Verzögerung beifügen.",
                " Give the reasons for the delay in the notification.",
            ));
        }
        out.push(Step {
            text,
            due: match (a.late, a.deadline) {
                (Some(true), _) => Due::Overdue,
                (_, Some(d)) => Due::By(d),
                (_, None) => Due::WithoutDelay,
            },
        });
    }
    let one_person = answers.subjects.trim() == "1" && !answers.subjects_unknown;
    match a.notify_subjects {
        SubjectNotice::Yes => out.push(Step {
            text: match (lang, one_person) {
                (Lang::De, true) => "Die betroffene Person benachrichtigen: zuerst anrufen, dann schriftlich (Entwurf „Nachricht an die Betroffenen“).".into(),
                (Lang::De, false) => "Die betroffenen Personen benachrichtigen, jede für sich, per Brief oder E-Mail (Entwurf „Nachricht an die Betroffenen“).".into(),
                (Lang::En, true) => "Tell the person affected: call first, then in writing (draft “Message to the people affected”).".into(),
                (Lang::En, false) => "Tell the people affected, each of them, by letter or e-mail (draft “Message to the people affected”).".into(),
            },
            due: Due::WithoutDelay,
        }),
        SubjectNotice::PublicCommunication => out.push(Step {
            text: pick(lang, "Die Betroffenen öffentlich informieren, so dass sie es ebenso wirksam erfahren (Entwurf „Öffentliche Bekanntmachung“).", "Inform the people by a public communication that reaches them as effectively (draft “Public notice”).").into(),
            due: Due::WithoutDelay,
        }),
        SubjectNotice::No => {}
    }
    let misdirected = matches!(
        answers.incident_type,
        Some(
            IncidentType::MisdirectedEmail
                | IncidentType::MisdirectedLetter
                | IncidentType::OpenDistributionList
        )
    );
    let reached_others = matches!(
        answers.confidentiality,
        Some(
            Confidentiality::TrustedRecipient
                | Confidentiality::Colleagues
                | Confidentiality::KnownRecipients
        )
    );
    if (misdirected || reached_others)
        && answers.deletion_confirmed != Some(true)
        && answers.role != Some(Role::Processor)
    {
        out.push(Step {
            text: pick(lang, "Die Empfänger bitten, die Daten zu löschen und die Löschung schriftlich zu bestätigen (z. B. per E-Mail); die Bestätigung aufbewahren.", "Ask the recipients to delete the data and to confirm the deletion in writing (e.g. by e-mail); keep the confirmation.").into(),
            due: Due::Soon,
        });
    }
    out.push(Step {
        text: match (lang, a.notify_controller) {
            (Lang::De, false) => "Den Vorfall intern dokumentieren (Art. 33 Abs. 5 DSGVO): Entwurf „Interne Dokumentation“ ergänzen und ablegen.".into(),
            (Lang::De, true) => "Den Vorfall und die Information des Verantwortlichen dokumentieren: Entwurf „Interne Dokumentation“ ergänzen und ablegen.".into(),
            (Lang::En, false) => "Record the breach internally (Art. 33(5) GDPR): complete and file the draft “Internal record”.".into(),
            (Lang::En, true) => "Record the incident and the notice to the controller: complete and file the draft “Internal record”.".into(),
        },
        due: Due::Soon,
    });
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::answers::FixedZone;
    use crate::domain::time::parse_rfc3339;

    #[test]
    fn due_dates_in_words() {
        let at = parse_rfc3339("2026-12-07T16:40:00Z").unwrap();
        let rows = [
            (Due::By(at), 60, Lang::De, "bis Mo., 07.12., 17:40 Uhr"),
            (Due::By(at), 60, Lang::En, "by Mon 7 Dec, 17:40"),
            (Due::By(at), 480, Lang::De, "bis Di., 08.12., 00:40 Uhr"),
            (
                Due::Overdue,
                60,
                Lang::De,
                "sofort – die Frist ist abgelaufen",
            ),
            (Due::WithoutDelay, 60, Lang::En, "without undue delay"),
        ];
        for (due, offset, lang, want) in rows {
            assert_eq!(due_text(due, offset, lang), want);
        }
        // 1970-01-01 was a Thursday.
        assert_eq!(weekday(Instant(0), 0), 3);
    }

    fn case(edit: fn(&mut Answers)) -> (Answers, Assessment) {
        let now = parse_rfc3339("2026-12-04T23:00:00+01:00").unwrap();
        let mut a = crate::domain::presets::Preset::WrongRecipient.answers();
        a.role = Some(Role::Controller);
        a.sector = Some(crate::domain::authority::Sector::Private);
        a.land = Some(crate::domain::authority::Land::NI);
        a.aware_at = "2026-12-04T17:40".into();
        edit(&mut a);
        let v = a.to_facts(now, &FixedZone(60)).assess();
        (a, v)
    }

    #[test]
    fn an_x_ray_report_to_another_patient_gives_authority_patient_confirmation_record() {
        let (a, v) = case(|a| {
            a.data = [crate::domain::DataCategory::Health].into_iter().collect();
            a.data_unknown = false;
            a.subjects = "1".into();
            a.cause = Some(crate::domain::answers::Cause::Error);
            a.vulnerable = Some(true);
            a.sensitive_context = Some(true);
            a.contained = Some(false);
            a.integrity = Some(crate::domain::Integrity::None);
            a.availability = Some(crate::domain::Availability::None);
            a.unintelligible = Some(false);
            a.misuse_observed = Some(false);
            a.high_risk_neutralised = Some(false);
            a.disproportionate_effort = Some(false);
        });
        assert!(!v.provisional.any(), "{v:#?}");
        let s = steps(&a, &v, Lang::De);
        assert_eq!(s.len(), 4, "{s:#?}");
        assert!(
            s[0].text.starts_with(
                "Die Datenpanne melden an: Der Landesbeauftragte für den Datenschutz Niedersachsen über das Meldeformular https://"
            ),
            "{}",
            s[0].text
        );
        assert_eq!(
            due_text(s[0].due, 60, Lang::De),
            "bis Mo., 07.12., 17:40 Uhr"
        );
        assert!(s[1].text.contains("zuerst anrufen, dann schriftlich"));
        assert!(s[2].text.contains("schriftlich zu bestätigen"));
        assert!(s[3].text.contains("Art. 33 Abs. 5"));
    }

    #[test]
    fn a_processor_informs_its_controller_and_no_authority() {
        let (a, v) = case(|a| a.role = Some(Role::Processor));
        let s = steps(&a, &v, Lang::En);
        assert!(s[0].text.starts_with("Inform the controller"));
        assert!(s.iter().all(|x| !x.text.contains("Notify the breach")));
    }
}
