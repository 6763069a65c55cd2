//! Scenario presets that prefill the answers (issue #4).
//!
//! Each preset fills in only what its scenario implies: the incident type, how it came about and
//! what it did to the data. Everything the scenario leaves open (how many people, when you became
//! aware, who you are) stays "not known yet", so the verdict is provisional until the user
//! answers, and every prefilled answer stays editable. Presets are pure data: no text is typed
//! in for the user, so a preset never fixes the language of the answers.

use serde::{Deserialize, Serialize};

use super::answers::{Answers, Cause, IncidentType};
use super::facts::{Availability, Categories, Confidentiality, DataCategory, Integrity};
use super::keys::keyed;
use super::lang::Lang;

/// A typical incident: the seed guide's examples and three frequent cases.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Preset {
    /// An unencrypted laptop, phone, tablet or USB stick lost or stolen.
    LostDevice,
    /// A hacking attack in which personal data were stolen.
    Hacking,
    /// Personal data accidentally made public (a file on a public web server, a public link).
    UnintendedLeak,
    /// Personal data sent to the wrong recipient by e-mail.
    WrongRecipient,
    /// Payroll data visible to all staff through a software bug.
    PayrollBug,
    /// An e-mail to many people with all addresses in To/CC instead of BCC.
    OpenRecipients,
    /// Ransomware encrypted systems holding personal data.
    Ransomware,
    /// A letter with personal data posted to the wrong address.
    MisdirectedLetter,
}

// The key (element ids, saved files, tests) is the serde name.
keyed!(Preset);

impl Preset {
    pub const ALL: [Preset; 8] = [
        Preset::LostDevice,
        Preset::Hacking,
        Preset::UnintendedLeak,
        Preset::WrongRecipient,
        Preset::PayrollBug,
        Preset::OpenRecipients,
        Preset::Ransomware,
        Preset::MisdirectedLetter,
    ];

    /// The title on the start screen.
    pub fn title(self, lang: Lang) -> &'static str {
        let (de, en) = match self {
            Preset::LostDevice => (
                "Unverschlüsseltes Gerät verloren oder gestohlen",
                "Unencrypted device lost or stolen",
            ),
            Preset::Hacking => (
                "Hackerangriff mit Datendiebstahl",
                "Hacking attack with data theft",
            ),
            Preset::UnintendedLeak => ("Unbeabsichtigtes Datenleck", "Unintended data leak"),
            Preset::WrongRecipient => (
                "Daten an falschen Empfänger geschickt",
                "Data sent to the wrong recipient",
            ),
            Preset::PayrollBug => (
                "Gehaltsdaten durch Softwarefehler für alle Beschäftigten sichtbar",
                "Payroll data visible to all staff through a software bug",
            ),
            Preset::OpenRecipients => (
                "E-Mail mit offenem Verteiler (An/CC statt BCC)",
                "E-mail with all recipients visible (To/CC instead of BCC)",
            ),
            Preset::Ransomware => ("Ransomware (Verschlüsselungstrojaner)", "Ransomware"),
            Preset::MisdirectedLetter => (
                "Brief an falsche Adresse verschickt",
                "Letter sent to the wrong address",
            ),
        };
        match lang {
            Lang::De => de,
            Lang::En => en,
        }
    }

    /// One line on what the preset fills in.
    pub fn summary(self, lang: Lang) -> &'static str {
        let (de, en) = match self {
            Preset::LostDevice => (
                "Laptop, Handy, Tablet oder USB-Stick ohne Verschlüsselung; Finder oder Dieb können die Daten lesen.",
                "Laptop, phone, tablet or USB stick without encryption; a finder or thief can read the data.",
            ),
            Preset::Hacking => (
                "Angreifer sind ins System eingedrungen und haben Daten abgezogen.",
                "Attackers broke into a system and took data.",
            ),
            Preset::UnintendedLeak => (
                "Daten waren versehentlich öffentlich abrufbar, etwa über einen offenen Link.",
                "Data were publicly reachable by mistake, e.g. through an open link.",
            ),
            Preset::WrongRecipient => (
                "Eine E-Mail mit personenbezogenen Daten ging an die falsche Person.",
                "An e-mail with personal data went to the wrong person.",
            ),
            Preset::PayrollBug => (
                "Lohn- und Gehaltsdaten waren für alle Beschäftigten einsehbar.",
                "Salary data could be seen by all employees.",
            ),
            Preset::OpenRecipients => (
                "Alle Empfänger sehen die E-Mail-Adressen aller anderen.",
                "Every recipient sees everyone else's e-mail address.",
            ),
            Preset::Ransomware => (
                "Systeme wurden verschlüsselt; ob Daten abgeflossen sind, ist oft noch offen.",
                "Systems were encrypted; whether data were taken is often still open.",
            ),
            Preset::MisdirectedLetter => (
                "Ein Brief mit personenbezogenen Daten ging an die falsche Anschrift.",
                "A letter with personal data went to the wrong address.",
            ),
        };
        match lang {
            Lang::De => de,
            Lang::En => en,
        }
    }

    /// The scenario put on a case already begun: it fills in only what is still open, so that
    /// what the page was opened with (`?land=NW&sector=public`) or what the user has answered
    /// stays.
    pub fn apply(self, a: &mut Answers) {
        let p = self.answers();
        a.personal_data = a.personal_data.or(p.personal_data);
        a.incident_type = a.incident_type.or(p.incident_type);
        a.cause = a.cause.or(p.cause);
        a.confidentiality = a.confidentiality.or(p.confidentiality);
        a.integrity = a.integrity.or(p.integrity);
        a.availability = a.availability.or(p.availability);
        a.unintelligible = a.unintelligible.or(p.unintelligible);
        if a.data.is_empty() && !a.data_unknown {
            a.data = p.data;
        }
    }

    /// The answers this scenario implies; everything else stays "not known yet".
    pub fn answers(self) -> Answers {
        use Confidentiality as C;
        let base = Answers {
            personal_data: Some(true),
            ..Answers::default()
        };
        match self {
            Preset::LostDevice => Answers {
                incident_type: Some(IncidentType::LostDevice),
                confidentiality: Some(C::UnknownRecipients),
                integrity: Some(Integrity::None),
                // Unencrypted by definition of the scenario.
                unintelligible: Some(false),
                ..base
            },
            Preset::Hacking => Answers {
                incident_type: Some(IncidentType::Hacking),
                cause: Some(Cause::ExternalMalicious),
                confidentiality: Some(C::UnknownRecipients),
                ..base
            },
            Preset::UnintendedLeak => Answers {
                incident_type: Some(IncidentType::UnintendedPublication),
                cause: Some(Cause::Error),
                confidentiality: Some(C::Public),
                integrity: Some(Integrity::None),
                availability: Some(Availability::None),
                ..base
            },
            Preset::WrongRecipient => Answers {
                incident_type: Some(IncidentType::MisdirectedEmail),
                cause: Some(Cause::Error),
                confidentiality: Some(C::KnownRecipients),
                integrity: Some(Integrity::None),
                availability: Some(Availability::None),
                ..base
            },
            Preset::PayrollBug => Answers {
                incident_type: Some(IncidentType::SoftwareBug),
                cause: Some(Cause::Technical),
                confidentiality: Some(C::KnownRecipients),
                integrity: Some(Integrity::None),
                availability: Some(Availability::None),
                data: Categories::new()
                    .with(DataCategory::Financial)
                    .with(DataCategory::Employment),
                unintelligible: Some(false),
                ..base
            },
            Preset::OpenRecipients => Answers {
                incident_type: Some(IncidentType::OpenDistributionList),
                cause: Some(Cause::Error),
                confidentiality: Some(C::KnownRecipients),
                integrity: Some(Integrity::None),
                availability: Some(Availability::None),
                data: Categories::new().with(DataCategory::Contact),
                unintelligible: Some(false),
                ..base
            },
            Preset::Ransomware => Answers {
                incident_type: Some(IncidentType::Ransomware),
                cause: Some(Cause::ExternalMalicious),
                ..base
            },
            Preset::MisdirectedLetter => Answers {
                incident_type: Some(IncidentType::MisdirectedLetter),
                cause: Some(Cause::Error),
                confidentiality: Some(C::KnownRecipients),
                integrity: Some(Integrity::None),
                availability: Some(Availability::None),
                unintelligible: Some(false),
                ..base
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::answers::FixedZone;
    use crate::domain::authority::{Land, Sector};
    use crate::domain::facts::Role;
    use crate::domain::{RiskLevel, SubjectNotice};

    fn now() -> crate::domain::Instant {
        crate::domain::time::parse_rfc3339("2026-11-23T12:00:00+01:00").unwrap()
    }

    #[test]
    fn keys_are_unique_and_round_trip() {
        for p in Preset::ALL {
            assert_eq!(Preset::from_key(p.key()), Some(p));
            assert_eq!(Preset::ALL.iter().filter(|q| q.key() == p.key()).count(), 1);
        }
        assert_eq!(Preset::from_key("nope"), None);
    }

    #[test]
    fn every_preset_has_texts_in_both_languages() {
        for p in Preset::ALL {
            for lang in [Lang::De, Lang::En] {
                assert!(!p.title(lang).is_empty(), "{p:?}");
                assert!(p.summary(lang).ends_with('.'), "{p:?}");
            }
            assert_ne!(p.title(Lang::De), p.title(Lang::En), "{p:?}");
        }
    }

    #[test]
    fn presets_fill_the_scenario_and_leave_the_rest_open() {
        let table: [(Preset, IncidentType, Option<Confidentiality>); 8] = [
            (
                Preset::LostDevice,
                IncidentType::LostDevice,
                Some(Confidentiality::UnknownRecipients),
            ),
            (
                Preset::Hacking,
                IncidentType::Hacking,
                Some(Confidentiality::UnknownRecipients),
            ),
            (
                Preset::UnintendedLeak,
                IncidentType::UnintendedPublication,
                Some(Confidentiality::Public),
            ),
            (
                Preset::WrongRecipient,
                IncidentType::MisdirectedEmail,
                Some(Confidentiality::KnownRecipients),
            ),
            (
                Preset::PayrollBug,
                IncidentType::SoftwareBug,
                Some(Confidentiality::KnownRecipients),
            ),
            (
                Preset::OpenRecipients,
                IncidentType::OpenDistributionList,
                Some(Confidentiality::KnownRecipients),
            ),
            (Preset::Ransomware, IncidentType::Ransomware, None),
            (
                Preset::MisdirectedLetter,
                IncidentType::MisdirectedLetter,
                Some(Confidentiality::KnownRecipients),
            ),
        ];
        for (p, kind, conf) in table {
            let a = p.answers();
            assert_eq!(a.incident_type, Some(kind), "{p:?}");
            assert_eq!(a.confidentiality, conf, "{p:?}");
            assert_eq!(a.personal_data, Some(true), "{p:?}");
            // Who, when and how many are never guessed.
            assert_eq!(a.role, None, "{p:?}");
            assert_eq!(a.sector, None, "{p:?}");
            assert!(a.aware_at.is_empty() && a.subjects.is_empty(), "{p:?}");
            assert!(a.description.is_empty(), "{p:?}");
            // Whether the recipients opened the data, whether the context reveals something
            // sensitive and whether a deletion was confirmed are never presumed either: an open
            // distribution list may be a vaccination centre's.
            assert_eq!(a.accessed, None, "{p:?}");
            assert_eq!(a.sensitive_context, None, "{p:?}");
            assert_eq!(a.deletion_confirmed, None, "{p:?}");
            // So the verdict is provisional and takes the cautious side: notify.
            let v = a.to_facts(now(), &FixedZone(60)).assess();
            assert!(v.provisional.authority, "{p:?}");
            assert!(v.breach && v.notify_authority, "{p:?}");
        }
    }

    #[test]
    fn malicious_scenarios_are_malicious_and_errors_are_not() {
        assert_eq!(
            Preset::Hacking.answers().cause,
            Some(Cause::ExternalMalicious)
        );
        assert_eq!(
            Preset::Ransomware.answers().cause,
            Some(Cause::ExternalMalicious)
        );
        for p in [
            Preset::UnintendedLeak,
            Preset::WrongRecipient,
            Preset::OpenRecipients,
            Preset::MisdirectedLetter,
        ] {
            assert_eq!(p.answers().cause, Some(Cause::Error), "{p:?}");
        }
        // Lost or stolen: the cause is left to the user.
        assert_eq!(Preset::LostDevice.answers().cause, None);
        assert_eq!(Preset::LostDevice.answers().unintelligible, Some(false));
    }

    /// Embedded as `?land=NW&sector=public`: a preset keeps the Land and the sector, and an
    /// answer already given.
    #[test]
    fn a_preset_fills_in_the_incident_and_keeps_what_was_given() {
        let mut a = Answers {
            land: Some(Land::NW),
            sector: Some(Sector::Public),
            cause: Some(Cause::InternalMalicious),
            ..Answers::default()
        };
        Preset::OpenRecipients.apply(&mut a);
        assert_eq!((a.land, a.sector), (Some(Land::NW), Some(Sector::Public)));
        assert_eq!(a.cause, Some(Cause::InternalMalicious));
        assert_eq!(a.incident_type, Some(IncidentType::OpenDistributionList));
        assert_eq!(a.data, Preset::OpenRecipients.answers().data);
        // On an empty case a preset gives exactly its scenario.
        for p in Preset::ALL {
            let mut a = Answers::default();
            p.apply(&mut a);
            assert_eq!(a, p.answers(), "{p:?}");
        }
    }

    /// The seed: a district office in NRW e-mails 1,494 people with all addresses visible.
    fn seed(sensitive_context: Option<bool>) -> Answers {
        Answers {
            role: Some(Role::Controller),
            sector: Some(Sector::Public),
            land: Some(Land::NW),
            aware_at: "2026-11-23T09:00".into(),
            subjects: "1.494".into(),
            vulnerable: Some(false),
            contained: Some(false),
            high_risk_neutralised: Some(false),
            misuse_observed: Some(false),
            disproportionate_effort: Some(false),
            sensitive_context,
            ..Preset::OpenRecipients.answers()
        }
    }

    #[test]
    fn open_recipients_preset_completed_gives_the_seed_verdict() {
        let d = seed(Some(false)).to_facts(now(), &FixedZone(60));
        let v = d.assess();
        assert!(!v.provisional.any(), "open: {:?}", d.open);
        assert_eq!(v.risk, Some(RiskLevel::Risk));
        assert!(v.notify_authority);
        assert_eq!(v.notify_subjects, SubjectNotice::No);
        assert_eq!(v.authority.ids(), vec!["ldi-nrw"]);
        assert!(v.deadline.is_some());
    }

    /// The seed as it was: a vaccination centre's list tells every recipient that the others had
    /// a vaccination appointment (health data by context, EDPB 9/2022 Annex B example x).
    #[test]
    fn the_seed_with_its_context_is_a_high_risk_and_open_context_keeps_the_people_part_open() {
        let v = seed(Some(true)).to_facts(now(), &FixedZone(60)).assess();
        assert_eq!(v.risk, Some(RiskLevel::High));
        assert_eq!(v.notify_subjects, SubjectNotice::Yes);
        assert!(!v.provisional.any());
        let v = seed(None).to_facts(now(), &FixedZone(60)).assess();
        assert_eq!(v.risk, Some(RiskLevel::High));
        assert!(v.notify_authority && !v.provisional.authority);
        assert!(v.provisional.subjects);
    }
}
