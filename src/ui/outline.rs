//! What the verdict panel shows, in short: the [`Outline`] of an assessment, the answer and tone
//! of each part, the folded panel's headline and the sentence announced to screen readers.
//! Functions of the assessment and the language (the headline's deadline also of the browser's
//! time zone); the panel (`verdict.rs`) draws them.

use crate::domain::answers::Derived;
use crate::domain::time::Instant;
use crate::domain::{Assessment, Lang, Reason, ReasonKind, RiskLevel, SubjectNotice};

use super::i18n::{text, Key};
use super::state::browser_offset_at;

/// The parts of the verdict, each with its own reasons.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    Breach,
    Risk,
    Authority,
    Subjects,
    Competence,
}

/// Which part of the panel a reason explains.
pub fn part_of(r: &Reason) -> Part {
    use ReasonKind::*;
    match r.kind {
        NoPersonalData | NoCompromise | Breach { .. } | Document => Part::Breach,
        NotifyAuthority
        | NoNotificationLowRisk
        | ProcessorInformsController
        | Deadline(_)
        | Late
        | InTime
        | AwarenessUnknown => Part::Authority,
        SubjectsHighRisk
        | SubjectsNoHighRisk
        | EncryptionDoesNotCover
        | ExceptionNeutralised
        | ExceptionPublicCommunication
        | ProcessorNoSubjects => Part::Subjects,
        Authority { .. } => Part::Competence,
        _ => Part::Risk,
    }
}

/// What the panel shows, in short: the values the tests and the live announcement read.
#[derive(Clone, Debug, PartialEq)]
pub struct Outline {
    pub breach: bool,
    pub risk: Option<RiskLevel>,
    pub notify_authority: bool,
    pub notify_controller: bool,
    pub notify_subjects: SubjectNotice,
    /// Some part is provisional.
    pub provisional: bool,
    /// An open answer could change whether the authority (or the controller) must be told.
    pub provisional_authority: bool,
    /// An open answer could change whether the people must be told.
    pub provisional_subjects: bool,
    pub deadline: Option<Instant>,
    pub late: Option<bool>,
}

impl Outline {
    /// The outline of an assessment of the derived facts.
    pub fn of(_: &Derived, a: &Assessment) -> Outline {
        Outline {
            breach: a.breach,
            risk: a.risk,
            notify_authority: a.notify_authority,
            notify_controller: a.notify_controller,
            notify_subjects: a.notify_subjects,
            provisional: a.provisional.any(),
            provisional_authority: a.provisional.authority,
            provisional_subjects: a.provisional.subjects,
            deadline: a.deadline,
            late: a.late,
        }
    }

    /// What to do about the authority and the people, in short (the people: `None` for a
    /// processor, whose controller decides).
    pub fn short(&self) -> (Key, Option<Key>) {
        let authority = if self.notify_controller {
            Key::InformController
        } else if self.notify_authority {
            Key::ShortNotifyYes
        } else {
            Key::ShortNotifyNo
        };
        let people = (!self.notify_controller).then_some(match self.notify_subjects {
            SubjectNotice::Yes => Key::ShortSubjectsYes,
            SubjectNotice::No => Key::ShortSubjectsNo,
            SubjectNotice::PublicCommunication => Key::SubjectsPublic,
        });
        (authority, people)
    }
}

/// The short answer for the "notify the authority" part.
fn authority_key(o: &Outline) -> Key {
    if o.notify_controller {
        Key::InformController
    } else if o.notify_authority {
        Key::NotifyYes
    } else {
        Key::NotifyNo
    }
}

fn subjects_key(o: &Outline) -> Key {
    if o.notify_controller {
        Key::SubjectsController
    } else {
        match o.notify_subjects {
            SubjectNotice::Yes => Key::SubjectsYes,
            SubjectNotice::No => Key::SubjectsNo,
            SubjectNotice::PublicCommunication => Key::SubjectsPublic,
        }
    }
}

fn risk_key(o: &Outline) -> Key {
    match o.risk {
        None => Key::RiskNone,
        Some(RiskLevel::Low) => Key::RiskLow,
        Some(RiskLevel::Risk) => Key::RiskRisk,
        Some(RiskLevel::High) => Key::RiskHigh,
    }
}

/// One sentence for screen readers when the verdict changes (not the whole panel).
pub fn announcement(o: &Outline, lang: Lang) -> String {
    let t = |k| text(lang, k);
    if !o.breach {
        return format!("{} {}.", t(Key::VerdictUpdated), t(Key::BreachNo));
    }
    let (authority, people) = o.short();
    let mut line = format!("{} {}", t(Key::VerdictUpdated), t(authority));
    for k in people
        .into_iter()
        .chain(o.provisional.then_some(Key::Provisional))
    {
        line.push_str("; ");
        line.push_str(t(k));
    }
    line.push('.');
    line
}

/// The answer of each part and its tone. A part that an open answer could still change is never
/// shown as settled: the people part is amber then, not green (nor red: it may still go away).
pub fn answers_of(o: &Outline) -> [(Key, &'static str); 4] {
    let act = o.notify_authority || o.notify_controller;
    [
        (authority_key(o), if act { "act" } else { "calm" }),
        (
            subjects_key(o),
            if o.provisional_subjects && !o.notify_controller {
                "warn"
            } else if o.notify_subjects == SubjectNotice::No {
                "calm"
            } else {
                "act"
            },
        ),
        (
            risk_key(o),
            match o.risk {
                Some(RiskLevel::High) => "act",
                Some(RiskLevel::Risk) => "warn",
                _ => "calm",
            },
        ),
        if o.breach {
            (Key::BreachYes, "warn")
        } else {
            (Key::BreachNo, "calm")
        },
    ]
}

/// Whether each part is provisional, in the order of [`PARTS`].
pub fn provisional_parts(o: &Outline) -> [bool; 4] {
    [
        o.provisional_authority,
        o.provisional_subjects && !o.notify_controller,
        false,
        false,
    ]
}

/// The parts in the order shown: what to do first.
pub const PARTS: [(&str, Key, Part); 4] = [
    ("authority", Key::PartAuthority, Part::Authority),
    ("subjects", Key::PartSubjects, Part::Subjects),
    ("risk", Key::PartRisk, Part::Risk),
    ("breach", Key::PartBreach, Part::Breach),
];

/// The short line shown on the folded panel: what to do, and by when.
pub fn headline(o: &Outline, lang: Lang) -> String {
    let t = |k| text(lang, k);
    let (authority, people) = o.short();
    let mut line = t(authority).to_string();
    if let Some(p) = people {
        line.push_str(" · ");
        line.push_str(t(p));
    }
    match (o.notify_authority, o.deadline, o.late) {
        (true, _, Some(true)) => {
            line.push_str(" · ");
            line.push_str(t(Key::ShortOverdue));
        }
        (true, Some(d), _) => {
            line.push_str(" · ");
            line.push_str(t(Key::ShortBy));
            line.push(' ');
            line.push_str(&crate::domain::display::format_short(
                d.civil(browser_offset_at(d)),
                lang,
            ));
        }
        _ => {}
    }
    line
}

#[cfg(test)]
mod tests {
    use super::*;

    fn outline() -> Outline {
        Outline {
            breach: true,
            risk: Some(RiskLevel::Risk),
            notify_authority: true,
            notify_controller: false,
            notify_subjects: SubjectNotice::No,
            provisional: false,
            provisional_authority: false,
            provisional_subjects: false,
            deadline: None,
            late: None,
        }
    }

    #[test]
    fn the_announcement_is_one_short_sentence() {
        let o = outline();
        assert_eq!(
            announcement(&o, Lang::De),
            "Ergebnis aktualisiert: Behörde: melden; Betroffene: keine Pflicht."
        );
        let o = Outline {
            provisional: true,
            notify_subjects: SubjectNotice::Yes,
            ..outline()
        };
        assert_eq!(
            announcement(&o, Lang::En),
            "Verdict updated: Authority: notify; People: tell them; provisional."
        );
        let o = Outline {
            breach: false,
            risk: None,
            notify_authority: false,
            ..outline()
        };
        assert_eq!(
            announcement(&o, Lang::De),
            "Ergebnis aktualisiert: Keine Datenpanne im Sinne der DSGVO."
        );
        let o = Outline {
            notify_controller: true,
            notify_authority: false,
            ..outline()
        };
        assert_eq!(
            announcement(&o, Lang::En),
            "Verdict updated: Inform the controller without undue delay."
        );
    }

    #[test]
    fn a_part_an_open_answer_could_change_is_provisional_and_never_green() {
        // Nothing open that matters: the people part is a green "no".
        let o = outline();
        assert_eq!(answers_of(&o)[1], (Key::SubjectsNo, "calm"));
        assert_eq!(provisional_parts(&o), [false; 4]);
        // The people part open (e.g. the context not known yet): amber and marked, while the
        // authority part stays final.
        let o = Outline {
            provisional: true,
            provisional_subjects: true,
            notify_subjects: SubjectNotice::Yes,
            ..outline()
        };
        assert_eq!(answers_of(&o)[1], (Key::SubjectsYes, "warn"));
        assert_eq!(answers_of(&o)[0], (Key::NotifyYes, "act"));
        assert_eq!(provisional_parts(&o), [false, true, false, false]);
        // A processor: the controller decides about the people, nothing to mark there.
        let o = Outline {
            notify_controller: true,
            notify_authority: false,
            provisional: true,
            provisional_authority: true,
            provisional_subjects: true,
            ..outline()
        };
        assert_eq!(provisional_parts(&o), [true, false, false, false]);
        assert_eq!(answers_of(&o)[1].1, "calm");
    }

    #[test]
    fn the_seed_verdict_is_provisional_only_where_an_open_answer_matters() {
        use crate::domain::answers::{Answers, Cause, FixedZone};
        use crate::domain::authority::{Land, Sector};
        use crate::domain::facts::Role;
        let now = crate::domain::time::parse_rfc3339("2026-11-23T12:00:00+01:00").unwrap();
        let seed = |sensitive_context| Answers {
            role: Some(Role::Controller),
            sector: Some(Sector::Public),
            land: Some(Land::NW),
            cause: Some(Cause::Error),
            subjects: "1494".into(),
            vulnerable: Some(false),
            contained: Some(false),
            high_risk_neutralised: Some(false),
            misuse_observed: Some(false),
            disproportionate_effort: Some(false),
            sensitive_context,
            ..crate::domain::presets::Preset::OpenRecipients.answers()
        };
        let outline_of = |a: Answers| {
            let d = a.to_facts(now, &FixedZone(60));
            Outline::of(&d, &d.assess())
        };
        // The time of awareness is open but changes neither part.
        let o = outline_of(seed(Some(false)));
        assert!(!o.provisional && o.notify_authority);
        assert_eq!(o.notify_subjects, SubjectNotice::No);
        let o = outline_of(seed(None));
        assert!(o.notify_authority && !o.provisional_authority);
        assert!(o.provisional_subjects && o.provisional);
        assert_eq!(answers_of(&o)[1].1, "warn");
    }

    #[test]
    fn every_reason_lands_in_one_part() {
        use crate::domain::answers::FixedZone;
        let now = crate::domain::time::parse_rfc3339("2026-11-23T12:00:00+01:00").unwrap();
        for p in crate::domain::presets::Preset::ALL {
            let d = p.answers().to_facts(now, &FixedZone(60));
            let a = d.assess();
            let parts: Vec<Part> = a.reasons.iter().map(part_of).collect();
            assert!(parts.contains(&Part::Breach), "{p:?}");
            assert!(parts.contains(&Part::Risk), "{p:?}");
            assert!(parts.contains(&Part::Authority), "{p:?}");
            assert!(parts.contains(&Part::Subjects), "{p:?}");
        }
        assert_eq!(part_of(&Reason::new(ReasonKind::Late)), Part::Authority);
        assert_eq!(
            part_of(&Reason::new(ReasonKind::ExceptionNeutralised)),
            Part::Subjects
        );
        assert_eq!(part_of(&Reason::new(ReasonKind::Provisional)), Part::Risk);
    }
}
