//! Unit tests: tailoring of the advice, placeholders, language independence, the text form.

use super::advice::{advice, consequences};
use super::format::{OPEN_DE, OPEN_EN};
use super::*;
use crate::domain::answers::{Cause, FixedZone, IncidentType};
use crate::domain::authority::{Land, Sector};
use crate::domain::reason::Reason;
use crate::domain::risk::{Dimension, DimensionScore, Harm, RiskLevel};
use crate::domain::time::parse_rfc3339;
use crate::domain::{Availability, Categories, Confidentiality, DataCategory, Integrity, Role};

fn now() -> Instant {
    parse_rfc3339("2026-11-23T12:00:00+01:00").unwrap()
}

fn docs(a: &Answers, lang: Lang) -> Vec<Document> {
    let d = a.to_facts(now(), &FixedZone(60));
    let s = d.assess();
    DocKind::ALL
        .into_iter()
        .map(|k| build(k, a, &d, &s, lang, now(), 60))
        .collect()
}

fn filled() -> Answers {
    Answers {
        role: Some(Role::Controller),
        sector: Some(Sector::Private),
        land: Some(Land::HE),
        org_name: "Muster GmbH".into(),
        org_address: "Hauptstraße 1, 60311 Frankfurt".into(),
        contact_name: "Erika Beispiel".into(),
        contact_role: "Geschäftsführerin".into(),
        contact_email: "datenschutz@muster.example".into(),
        contact_phone: "+49 69 000000".into(),
        dpo: "Max Prüfer, dsb@muster.example".into(),
        personal_data: Some(true),
        confidentiality: Some(Confidentiality::UnknownRecipients),
        integrity: Some(Integrity::None),
        availability: Some(Availability::None),
        incident_type: Some(IncidentType::Hacking),
        cause: Some(Cause::ExternalMalicious),
        description: "Angriff auf den Webshop.".into(),
        aware_at: "2026-11-23T08:00".into(),
        data: Categories::new()
            .with(DataCategory::Contact)
            .with(DataCategory::Credentials),
        subjects: "800".into(),
        records: "800".into(),
        subject_groups: "Kundinnen und Kunden".into(),
        vulnerable: Some(false),
        unintelligible: Some(false),
        backup_restored: Some(false),
        contained: Some(false),
        high_risk_neutralised: Some(false),
        measures_taken: "Zugang gesperrt.".into(),
        measures_planned: "Passwörter zurücksetzen.".into(),
        misuse_observed: Some(false),
        consequences: "Kontoübernahmen möglich.".into(),
        disproportionate_effort: Some(false),
        subjects_informed: "per E-Mail am 23.11.2026".into(),
        other_authorities: "Polizei, Anzeige erstattet".into(),
        ..Answers::default()
    }
}

fn all_values(doc: &Document) -> Vec<&str> {
    let mut out: Vec<&str> = vec![&doc.title, &doc.date_line];
    out.extend(doc.address.iter().map(String::as_str));
    for s in &doc.sections {
        for b in &s.blocks {
            match b {
                Block::Para(p) => out.push(p),
                Block::List(items) => out.extend(items.iter().map(String::as_str)),
                Block::Rows(rows) => {
                    for r in rows {
                        out.push(&r.label);
                        out.push(&r.value);
                    }
                }
            }
        }
    }
    out
}

#[test]
fn advice_is_tailored_to_the_kinds_of_data() {
    let only = |c: DataCategory, lang| advice(Categories::new().with(c), true, None, lang);
    let has = |list: &[&str], needle: &str| list.iter().any(|t| t.contains(needle));

    let creds = only(DataCategory::Credentials, Lang::De);
    assert!(has(&creds, "Ändern Sie Ihr Passwort"));
    assert!(!has(&creds, "Kontoauszüge"));
    let creds_en = only(DataCategory::Credentials, Lang::En);
    assert!(has(&creds_en, "Change your password"));

    let money = only(DataCategory::Financial, Lang::De);
    assert!(has(&money, "Kontoauszüge"));
    assert!(!has(&money, "Passwort sofort"));
    assert!(has(
        &only(DataCategory::Financial, Lang::En),
        "bank statements"
    ));

    let card = only(DataCategory::PaymentCard, Lang::De);
    assert!(has(&card, "116 116"));

    let contact = only(DataCategory::Contact, Lang::De);
    assert!(has(&contact, "Phishing"));
    assert!(!has(&contact, "Kontoauszüge") && !has(&contact, "Ändern Sie Ihr Passwort"));
    assert!(has(&only(DataCategory::Contact, Lang::En), "phishing"));

    let ids = only(DataCategory::NationalId, Lang::De);
    assert!(has(&ids, "SCHUFA"));

    // Every list ends with the contact point and the rights of the people affected.
    for c in DataCategory::ALL {
        for lang in [Lang::De, Lang::En] {
            let list = only(c, lang);
            assert!(list.len() >= 3, "{c:?}");
            assert!(list.last().unwrap().contains("Art. 77"));
        }
    }
}

#[test]
fn open_kinds_of_data_give_the_common_fraud_advice() {
    let list = advice(Categories::new(), false, None, Lang::De);
    for needle in ["Phishing", "Passwort", "Kontoauszüge"] {
        assert!(list.iter().any(|t| t.contains(needle)), "{needle}");
    }
}

#[test]
fn advice_names_the_misdirected_message() {
    let list = advice(
        Categories::new().with(DataCategory::Contact),
        true,
        Some(IncidentType::OpenDistributionList),
        Lang::De,
    );
    assert!(list[0].contains("nicht weiter"));
    let letter = advice(
        Categories::new(),
        true,
        Some(IncidentType::MisdirectedLetter),
        Lang::En,
    );
    assert!(letter[0].contains("letter"));
}

#[test]
fn consequences_follow_the_kind_of_breach() {
    let cats = Categories::new().with(DataCategory::Financial);
    let disclosed = consequences(
        cats,
        Some(Confidentiality::KnownRecipients),
        Some(Integrity::None),
        Some(Availability::None),
        Lang::En,
    );
    assert!(disclosed.iter().any(|t| t.contains("financial loss")));
    assert!(!disclosed.iter().any(|t| t.contains("delayed")));
    let outage = consequences(
        cats,
        Some(Confidentiality::None),
        Some(Integrity::None),
        Some(Availability::Prolonged),
        Lang::De,
    );
    assert_eq!(outage.len(), 1);
    assert!(outage[0].contains("verzögerte"));
    // Open answers name the possible consequences (the cautious side).
    assert!(consequences(cats, None, None, None, Lang::De).len() >= 4);
    // Nothing happened to the data: nothing to name.
    assert!(consequences(
        cats,
        Some(Confidentiality::None),
        Some(Integrity::None),
        Some(Availability::Brief),
        Lang::De
    )
    .is_empty());
}

#[test]
fn open_answers_are_visible_placeholders_never_blanks() {
    for (answers, lang) in [
        (Answers::default(), Lang::De),
        (Answers::default(), Lang::En),
        (filled(), Lang::De),
        (filled(), Lang::En),
    ] {
        for doc in docs(&answers, lang) {
            for v in all_values(&doc) {
                assert!(!v.trim().is_empty(), "{:?} {lang:?}: empty text", doc.kind);
            }
            for s in &doc.sections {
                assert!(!s.blocks.is_empty(), "{:?}: empty section", doc.kind);
            }
            let text = doc.to_text();
            let (own, other) = match lang {
                Lang::De => (OPEN_DE, OPEN_EN),
                Lang::En => (OPEN_EN, OPEN_DE),
            };
            if answers == Answers::default() {
                assert!(text.contains(own), "{:?} {lang:?}", doc.kind);
            }
            assert!(!text.contains(other), "{:?} {lang:?}", doc.kind);
        }
    }
}

#[test]
fn every_open_free_text_shows_the_placeholder_in_the_notification() {
    let a = Answers::default();
    let d = a.to_facts(now(), &FixedZone(60));
    let s = d.assess();
    let doc = authority_notification(&a, &d, &s, Lang::De, now(), 60);
    let rows: Vec<&Row> = doc
        .sections
        .iter()
        .flat_map(|s| s.blocks.iter())
        .filter_map(|b| match b {
            Block::Rows(r) => Some(r.iter()),
            _ => None,
        })
        .flatten()
        .collect();
    for label in [
        "Name der Stelle",
        "Meldende Person",
        "Datenschutzbeauftragte/r (Name und Kontakt)",
        "Kenntnis erlangt am",
        "Beschreibung",
        "Ungefähre Zahl der betroffenen Personen",
        "Ungefähre Zahl der betroffenen Datensätze",
        "Bereits ergriffene Maßnahmen",
        "Einschätzung des Verantwortlichen",
    ] {
        let row = rows
            .iter()
            .find(|r| r.label == label)
            .unwrap_or_else(|| panic!("no row {label}"));
        assert_eq!(row.value, OPEN_DE, "{label}");
    }
}

#[test]
fn free_text_is_carried_over_verbatim() {
    let mut a = filled();
    a.description = "<script>alert(1)</script>\r\nZweite Zeile & \"Anführung\"".into();
    a.org_name = "שלום عربي GmbH".into();
    for doc in docs(&a, Lang::De) {
        let text = doc.to_text();
        assert!(text.contains("<script>alert(1)</script>"), "{:?}", doc.kind);
        assert!(text.contains("שלום عربي GmbH"), "{:?}", doc.kind);
        assert!(!text.contains('\r'));
    }
    let notice = docs(&a, Lang::De).remove(0).to_text();
    assert!(
        notice.contains("Beschreibung: <script>alert(1)</script>\n  Zweite Zeile & \"Anführung\"")
    );
}

#[test]
fn documents_follow_the_requested_language_not_the_interface() {
    let a = filled();
    let de = docs(&a, Lang::De);
    let en = docs(&a, Lang::En);
    assert!(de[0].title.starts_with("Meldung"));
    assert!(en[0].title.starts_with("Notification"));
    assert!(de.iter().all(|d| d.lang == Lang::De));
    assert!(en.iter().all(|d| d.lang == Lang::En));
    assert!(de[0].to_text().contains("Art. 33 Abs. 3 lit. a DSGVO"));
    assert!(en[0].to_text().contains("Art. 33(3)(a) GDPR"));
    assert!(!de[0].to_text().contains("GDPR"));
}

#[test]
fn notification_names_the_authority_the_deadline_and_all_four_elements() {
    let mut a = filled();
    a.sector = Some(Sector::Public);
    a.land = Some(Land::NW);
    let d = a.to_facts(now(), &FixedZone(60));
    let s = d.assess();
    assert!(s.notify_authority);
    let text = authority_notification(&a, &d, &s, Lang::De, now(), 60).to_text();
    assert!(text.contains("Landesbeauftragte für Datenschutz und Informationsfreiheit Nordrhein-Westfalen\nPostfach 20 04 44\n40102 Düsseldorf\n"));
    assert!(text.contains("26.11.2026, 08:00 Uhr (UTC+1)"), "{text}");
    for element in ["lit. a", "lit. b", "lit. c", "lit. d"] {
        assert!(
            text.contains(&format!("(Art. 33 Abs. 3 {element} DSGVO)")),
            "{element}"
        );
    }
    for fact in [
        "Angriff auf den Webshop.",
        "Max Prüfer, dsb@muster.example",
        "Kontoübernahmen möglich.",
        "Zugang gesperrt.",
        "Passwörter zurücksetzen.",
        "ca. 800",
    ] {
        assert!(text.contains(fact), "{fact}");
    }
}

#[test]
fn a_deadline_after_a_clock_change_shows_the_new_wall_clock_time() {
    /// Central European time with summer time from 29 March 2026, 01:00 UTC.
    struct Cet;
    impl Offsets for Cet {
        fn offset_at(&self, at: Instant) -> i32 {
            if at >= parse_rfc3339("2026-03-29T01:00:00Z").unwrap() {
                120
            } else {
                60
            }
        }
    }
    let mut a = filled();
    a.aware_at = "2026-03-27T10:15".into();
    let now = parse_rfc3339("2026-03-28T09:00:00+01:00").unwrap();
    let d = a.to_facts(now, &FixedZone(60));
    let s = d.assess();
    let doc = build_in(DocKind::Authority, &a, &d, &s, Lang::De, now, &Cet);
    let text = doc.to_text();
    assert!(text.contains("Stand: 28.03.2026, 09:00 Uhr"));
    assert!(text.contains("30.03.2026, 11:15 Uhr (UTC+2)"), "{text}");
    assert!(text.contains("Kenntnis erlangt am: 27.03.2026, 10:15 Uhr"));
}

#[test]
fn late_notifications_ask_for_the_reasons_for_the_delay() {
    let mut a = filled();
    a.aware_at = "2026-11-19T08:00".into();
    let text = docs(&a, Lang::De).remove(0).to_text();
    assert!(text.contains(&format!(
        "Gründe für die Verzögerung (Art. 33 Abs. 1 Satz 2 DSGVO): {OPEN_DE}"
    )));
    a.delay_reasons = "Wochenende, IT-Dienstleister erst Montag erreichbar".into();
    let text = docs(&a, Lang::De).remove(0).to_text();
    assert!(text.contains("Satz 2 DSGVO): Wochenende, IT-Dienstleister erst Montag erreichbar"));
    // In time and nothing entered: no delay row.
    assert!(!docs(&filled(), Lang::De)
        .remove(0)
        .to_text()
        .contains("Verzögerung (Art."));
}

#[test]
fn the_record_says_why_nothing_was_notified() {
    let mut a = filled();
    a.unintelligible = Some(true);
    a.confidentiality = Some(Confidentiality::UnknownRecipients);
    let d = a.to_facts(now(), &FixedZone(60));
    let s = d.assess();
    assert!(!s.notify_authority);
    let text = breach_record(&a, &d, &s, Lang::En, now(), 60).to_text();
    assert!(text.contains(
        "Notification to the supervisory authority: no: the breach is unlikely to result in a risk"
    ));
    assert!(text.contains("Art. 34(3)(a) GDPR"));
    let notice = authority_notification(&a, &d, &s, Lang::En, now(), 60);
    assert!(notice
        .notes
        .iter()
        .any(|n| n.contains("no notification is required")));
    // Notes are not part of the text.
    assert!(!notice.to_text().contains("no notification is required"));
}

#[test]
fn a_processor_is_pointed_to_its_controller() {
    let mut a = filled();
    a.role = Some(Role::Processor);
    let d = a.to_facts(now(), &FixedZone(60));
    let s = d.assess();
    let notice = authority_notification(&a, &d, &s, Lang::De, now(), 60);
    assert!(notice.notes.iter().any(|n| n.contains("Art. 33 Abs. 2")));
    let record = breach_record(&a, &d, &s, Lang::De, now(), 60).to_text();
    assert!(record.contains("Verantwortlichen informiert am"));
}

#[test]
fn text_form_has_underlined_headings_rows_and_items() {
    let doc = Document {
        kind: DocKind::Record,
        lang: Lang::De,
        title: "Titel".into(),
        date_line: "Stand: heute".into(),
        address: vec!["A".into(), "B".into()],
        sections: vec![
            Section {
                heading: "Eins".into(),
                blocks: vec![
                    Block::Para("Absatz\nmit Umbruch".into()),
                    Block::List(vec!["x".into(), "y\nz".into()]),
                    Block::Rows(vec![Row {
                        label: "L".into(),
                        value: "v".into(),
                    }]),
                ],
            },
            Section {
                heading: String::new(),
                blocks: vec![Block::Para("Gruß".into())],
            },
        ],
        notes: vec!["nicht drucken".into()],
    };
    assert_eq!(
        doc.to_text(),
        "Titel\n=====\nStand: heute\n\nA\nB\n\nEins\n----\nAbsatz\nmit Umbruch\n\n- x\n- y\n  z\n\nL: v\n\nGruß\n"
    );
    assert_eq!(
        doc.file_name(now(), 60),
        "dokumentation-datenpanne-2026-11-23.txt"
    );
}

#[test]
fn every_legal_basis_has_a_german_citation() {
    let c = Confidentiality::KnownRecipients;
    let score = DimensionScore {
        dimension: Dimension::Confidentiality,
        likelihood: 2,
        severity: 2,
        level: RiskLevel::Risk,
    };
    let kinds = vec![
        ReasonKind::NoPersonalData,
        ReasonKind::NoCompromise,
        ReasonKind::Breach {
            c: true,
            i: false,
            a: false,
        },
        ReasonKind::Document,
        ReasonKind::Recipients(c),
        ReasonKind::MisuseObserved,
        ReasonKind::Unintelligible,
        ReasonKind::Contained(crate::domain::Containment::Full),
        ReasonKind::Contained(crate::domain::Containment::OneStep(
            crate::domain::ContainmentLimit::ManyRecipients(600),
        )),
        ReasonKind::Accessed,
        ReasonKind::NotAccessed,
        ReasonKind::SensitiveContext,
        ReasonKind::ProcessorDocuments,
        ReasonKind::HighRiskSooner,
        ReasonKind::ExceptionAfterMisuse,
        ReasonKind::ExceptionDoubtfulPublished,
        ReasonKind::ProvisionalSubjects,
        ReasonKind::IntegrityState(Integrity::Restored),
        ReasonKind::MaliciousAlteration,
        ReasonKind::AvailabilityState(Availability::Brief),
        ReasonKind::NoDimensionAtRisk,
        ReasonKind::NoCategoryGiven,
        ReasonKind::IdentityCombination,
        ReasonKind::BroadProfile(3),
        ReasonKind::Vulnerable,
        ReasonKind::LargeScale(20_000),
        ReasonKind::ManyExposed(200),
        ReasonKind::DimensionLevel(score),
        ReasonKind::Verdict(RiskLevel::High),
        ReasonKind::NotifyAuthority,
        ReasonKind::NoNotificationLowRisk,
        ReasonKind::ProcessorInformsController,
        ReasonKind::SubjectsHighRisk,
        ReasonKind::SubjectsNoHighRisk,
        ReasonKind::EncryptionDoesNotCover,
        ReasonKind::ExceptionNeutralised,
        ReasonKind::ExceptionPublicCommunication,
        ReasonKind::ProcessorNoSubjects,
        ReasonKind::Deadline(now()),
        ReasonKind::Late,
        ReasonKind::InTime,
        ReasonKind::AwarenessUnknown,
        ReasonKind::Authority {
            basis: ("§ 40(1) BDSG", "§ 40 Abs. 1 BDSG"),
            en: "x".into(),
            de: "x".into(),
        },
        ReasonKind::Provisional,
    ];
    let mut kinds = kinds;
    kinds.extend(DataCategory::ALL.into_iter().flat_map(|c| {
        [
            ReasonKind::DataSeverity(c, 2, Harm::Disclosure),
            ReasonKind::DataSeverity(c, 2, Harm::Dependence),
        ]
    }));
    kinds.push(ReasonKind::DeliberateTaking);
    for k in kinds {
        let de = format::basis(Reason::new(k.clone()).basis(), Lang::De);
        for english in ["GDPR", "EDPB", "Recital", "Guidelines", "severity"] {
            assert!(!de.contains(english), "{k:?}: {de}");
        }
    }
}
