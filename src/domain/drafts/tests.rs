//! Unit tests: tailoring of the advice, placeholders, language independence, the text form.

use super::advice::{advice, consequences, Reach};
use super::format::{OPEN_DE, OPEN_EN};
use super::*;
use crate::domain::answers::{Cause, FixedZone, IncidentType};
use crate::domain::authority::{Land, Sector};
use crate::domain::reason::{Reason, ReasonKind};
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
    let only = |c: DataCategory, lang| {
        advice(
            Categories::new().with(c),
            true,
            None,
            Reach::Wide,
            true,
            lang,
        )
    };
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
    let list = advice(Categories::new(), false, None, Reach::Wide, false, Lang::De);
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
        Reach::Wide,
        false,
        Lang::De,
    );
    assert!(list[0].contains("nicht weiter"));
    // A misdirected letter: the message goes to the person whose data went astray, not to the
    // one who received them, so it asks nobody to return or destroy anything.
    let letter = advice(
        Categories::new(),
        true,
        Some(IncidentType::MisdirectedLetter),
        Reach::Few,
        false,
        Lang::En,
    );
    assert!(!letter.iter().any(|t| t.contains("received")), "{letter:?}");
}

#[test]
fn consequences_follow_the_kind_of_breach() {
    let cats = Categories::new().with(DataCategory::Financial);
    let disclosed = consequences(
        cats,
        Reach::Wide,
        Some(Integrity::None),
        Some(Availability::None),
        Lang::En,
    );
    assert!(disclosed.iter().any(|t| t.contains("financial loss")));
    assert!(!disclosed.iter().any(|t| t.contains("delayed")));
    let outage = consequences(
        cats,
        Reach::Nobody,
        Some(Integrity::None),
        Some(Availability::Prolonged),
        Lang::De,
    );
    assert_eq!(outage.len(), 1);
    assert!(outage[0].contains("verzögerte"));
    // Open answers name the possible consequences (the cautious side).
    assert!(consequences(cats, Reach::Wide, None, None, Lang::De).len() >= 4);
    // Nothing happened to the data: nothing to name.
    assert!(consequences(
        cats,
        Reach::Nobody,
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
        let de = Reason::new(k.clone()).basis_in(Lang::De);
        for english in ["GDPR", "EDPB", "Recital", "Guidelines", "severity"] {
            assert!(!de.contains(english), "{k:?}: {de}");
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Issue #13: letters a DSB would send
// ---------------------------------------------------------------------------------------------

fn built(a: &Answers, kind: DocKind, lang: Lang) -> Document {
    let d = a.to_facts(now(), &FixedZone(60));
    let s = d.assess();
    build(kind, a, &d, &s, lang, now(), 60)
}

fn letter(a: &Answers, lang: Lang) -> String {
    built(a, DocKind::Authority, lang).to_text()
}

/// The seed: a district office in NRW, 1,494 addresses visible in an open distribution list.
fn seed() -> Answers {
    Answers {
        sector: Some(Sector::Public),
        land: Some(Land::NW),
        org_name: "Kreis Musterland".into(),
        confidentiality: Some(Confidentiality::KnownRecipients),
        integrity: Some(Integrity::None),
        availability: Some(Availability::None),
        incident_type: Some(IncidentType::OpenDistributionList),
        cause: Some(Cause::Error),
        description: "Sammel-E-Mail mit offenem Verteiler.".into(),
        data: Categories::new().with(DataCategory::Contact),
        subjects: "1494".into(),
        records: "1494".into(),
        sensitive_context: Some(false),
        cross_border: Some(false),
        measures_taken: "Entschuldigung mit Löschbitte.".into(),
        consequences: "Spam möglich.".into(),
        ..filled()
    }
}

/// A report with an x-ray sent by mistake to one other patient.
fn xray() -> Answers {
    Answers {
        sector: Some(Sector::Private),
        org_name: "Praxis Dr. Weber".into(),
        confidentiality: Some(Confidentiality::KnownRecipients),
        integrity: Some(Integrity::None),
        availability: Some(Availability::None),
        incident_type: Some(IncidentType::MisdirectedLetter),
        cause: Some(Cause::Error),
        description: "Röntgenbefund an einen anderen Patienten geschickt.".into(),
        data: Categories::new()
            .with(DataCategory::Health)
            .with(DataCategory::Contact),
        subjects: "1".into(),
        records: "1".into(),
        subject_groups: "Patientin".into(),
        vulnerable: Some(false),
        sensitive_context: Some(false),
        cross_border: Some(false),
        ..filled()
    }
}

/// A case with a high risk: health data of many people taken by an attacker.
fn high_risk() -> Answers {
    Answers {
        data: Categories::new()
            .with(DataCategory::Health)
            .with(DataCategory::Contact)
            .with(DataCategory::Identification),
        subjects: "25000".into(),
        vulnerable: Some(true),
        sensitive_context: Some(false),
        cross_border: Some(false),
        ..filled()
    }
}

#[test]
fn the_letter_gives_reasons_in_words_not_the_tool_s_arithmetic() {
    for (name, a) in [
        ("filled", filled()),
        ("seed", seed()),
        ("xray", xray()),
        ("high", high_risk()),
        ("open", Answers::default()),
    ] {
        let d = a.to_facts(now(), &FixedZone(60));
        let s = d.assess();
        for lang in [Lang::De, Lang::En] {
            let text = authority_notification(&a, &d, &s, lang, now(), 60).to_text();
            for tool in [
                "Wahrscheinlichkeit",
                "Schwere",
                "likelihood",
                "severity",
                "DSK",
                "Kurzpapier",
                "ENISA",
                "SE =",
                " = ",
                "→",
                "von 4",
                "of 4",
            ] {
                assert!(!text.contains(tool), "{name} {lang:?}: {tool:?} in\n{text}");
            }
        }
        if s.breach {
            // The record keeps the simplified figure, and says that it is one.
            let record = breach_record(&a, &d, &s, Lang::De, now(), 60).to_text();
            assert!(
                record.contains("vereinfachte Kennzahl nach der ENISA-Methode"),
                "{name}"
            );
            assert!(record.contains("Anpassungen der Methode"), "{name}");
        }
    }
    // The findings are there, in words.
    let text = letter(&high_risk(), Lang::De);
    assert!(text.contains("schutzbedürftige Personen"), "{text}");
    assert!(
        text.contains("Sehr viele Personen sind betroffen (25.000)"),
        "{text}"
    );
}

#[test]
fn notes_for_the_user_stand_beside_the_letter_not_in_it() {
    let doc = built(&seed(), DocKind::Authority, Lang::De);
    let text = doc.to_text();
    let notes = doc.notes.join("\n");
    for hint in [
        "Meldeweg",
        "Verzeichnis",
        "poststelle@ldi.nrw.de",
        "ldi.nrw.de",
    ] {
        assert!(!text.contains(hint), "{hint:?} in the letter");
        assert!(notes.contains(hint), "{hint:?} not in the notes");
    }
    let en = built(&seed(), DocKind::Authority, Lang::En);
    assert!(!en.to_text().contains("How to submit"));
    assert!(en.notes.iter().any(|n| n.starts_with("How to submit")));
    // An authority that is not settled: the hint is a note, the address a visible blank.
    let mut a = seed();
    a.land = None;
    let doc = built(&a, DocKind::Authority, Lang::De);
    assert!(doc.address[0].contains(OPEN_DE));
    assert!(doc
        .notes
        .iter()
        .any(|n| n.contains("steht noch nicht fest")));
}

#[test]
fn numbers_are_grouped_and_one_is_exact() {
    let rows = [
        (
            "1494",
            Lang::De,
            "Ungefähre Zahl der betroffenen Personen: ca. 1.494\n",
        ),
        (
            "1494",
            Lang::En,
            "Approximate number of people concerned: about 1,494\n",
        ),
        (
            "25000",
            Lang::De,
            "Ungefähre Zahl der betroffenen Personen: ca. 25.000\n",
        ),
        (
            "1",
            Lang::De,
            "Ungefähre Zahl der betroffenen Personen: 1 Person\n",
        ),
        (
            "1",
            Lang::En,
            "Approximate number of people concerned: 1 person\n",
        ),
    ];
    for (typed, lang, want) in rows {
        let mut a = seed();
        a.subjects = typed.into();
        a.records = typed.into();
        let text = letter(&a, lang);
        assert!(text.contains(want), "{typed} {lang:?}\n{text}");
        assert!(!text.contains("ca. 1\n") && !text.contains("about 1\n"));
        for doc in docs(&a, lang) {
            let t = doc.to_text();
            assert!(!t.contains("1494"), "{:?} {lang:?}", doc.kind);
            assert!(
                !t.contains("ca. 1\n") && !t.contains("ca. 1 "),
                "{:?}",
                doc.kind
            );
        }
    }
}

#[test]
fn cross_border_follow_up_and_the_promise_to_complete() {
    // (cross_border, follow_up, wanted lines, unwanted)
    type Row<'a> = (Option<bool>, bool, &'a [&'a str], &'a [&'a str]);
    let rows: [Row; 4] = [
        (
            Some(false),
            false,
            &[
                "Personen in anderen EU- oder EWR-Staaten betroffen: nein",
                "Art der Meldung: Erstmeldung",
                "Stand der Angaben: vollständig nach heutigem Kenntnisstand",
            ],
            &["nachgereicht", "Noch offen sind"],
        ),
        (
            Some(true),
            false,
            &["Personen in anderen EU- oder EWR-Staaten betroffen: ja"],
            &[],
        ),
        (
            None,
            false,
            &[
                &format!("Personen in anderen EU- oder EWR-Staaten betroffen: {OPEN_DE}"),
                "nachgereicht",
                "Ob Personen in anderen EU-/EWR-Staaten betroffen sind",
            ],
            &["vollständig nach heutigem Kenntnisstand"],
        ),
        (
            Some(false),
            true,
            &[
                "Art der Meldung: Folgemeldung",
                "Datum der ersten Meldung: 20.11.2026, 10:30 Uhr",
                "Aktenzeichen oder Kennung der ersten Meldung: LDI-2026-0815",
                "unsere Meldung vom 20.11.2026, 10:30 Uhr (Aktenzeichen oder Kennung: LDI-2026-0815)",
            ],
            &["Erstmeldung"],
        ),
    ];
    for (cross, follow_up, want, unwanted) in rows {
        let mut a = seed();
        a.cross_border = cross;
        a.follow_up = follow_up;
        a.first_notice_at = "2026-11-20T10:30".into();
        a.first_notice_reference = "LDI-2026-0815".into();
        let text = letter(&a, Lang::De);
        for w in want {
            assert!(text.contains(w), "{cross:?} {follow_up}: {w:?}\n{text}");
        }
        for u in unwanted {
            assert!(!text.contains(u), "{cross:?} {follow_up}: {u:?}\n{text}");
        }
    }
    // A follow-up without the first notification's details shows blanks, never nothing.
    let mut a = seed();
    a.follow_up = true;
    let text = letter(&a, Lang::En);
    assert!(text.contains(&format!("Reference of the first notification: {OPEN_EN}")));
}

#[test]
fn the_land_forms_questions_are_in_the_letter() {
    let mut a = seed();
    a.measures_before = "Serienmails nur über das Terminsystem vorgesehen.".into();
    a.processor_involved = Some(true);
    a.processor_details = "Mail-Dienstleister X GmbH (Versand)".into();
    a.data = Categories::new()
        .with(DataCategory::Contact)
        .with(DataCategory::SpecialCategory);
    a.special_details = "religiöse Überzeugung (Kirchensteuer)".into();
    a.occurrence = crate::domain::answers::Occurrence::Ongoing;
    a.occurred_from = "2026-11-23T08:40".into();
    a.subjects_informed = "Entschuldigung per E-Mail an alle Empfänger.".into();
    a.subjects_informed_at = "2026-11-23T10:15".into();
    let text = letter(&a, Lang::De);
    for want in [
        "Vor dem Vorfall bestehende technische und organisatorische Maßnahmen (Art. 32 DSGVO): Serienmails nur über das Terminsystem vorgesehen.",
        "Beteiligter Auftragsverarbeiter (Name, Rolle): ja: Mail-Dienstleister X GmbH (Versand)",
        "besondere Kategorien (Art. 9): religiöse Überzeugung (Kirchensteuer)",
        "Dauert die Verletzung noch an?: ja",
        "Nachricht an die Betroffenen (Weg und Inhalt, erfolgt oder geplant): Entschuldigung per E-Mail an alle Empfänger.",
        "Versandt am: 23.11.2026, 10:15 Uhr",
    ] {
        assert!(text.contains(want), "{want:?}\n{text}");
    }
    let en = letter(&a, Lang::En);
    assert!(en.contains("Is the breach still ongoing?: yes"));
    assert!(en.contains("Processor involved (name, part): yes: Mail-Dienstleister X GmbH"));
    // Health data are named, and as an Art. 9 category.
    let text = letter(&xray(), Lang::De);
    assert!(text.contains("- Gesundheitsdaten (Befunde, Röntgenbilder, Diagnosen) – besondere Kategorie nach Art. 9 DSGVO"), "{text}");
    assert!(
        text.contains("Dauert die Verletzung noch an?: nein")
            || text.contains(&format!("Dauert die Verletzung noch an?: {OPEN_DE}"))
    );
}

#[test]
fn an_x_ray_sent_to_another_patient_gets_advice_for_the_patient() {
    for (lang, wrong, right) in [
        (
            Lang::De,
            &[
                "Spam",
                "Phishing",
                "Identitätsmissbrauch",
                "unter Ihrem Namen",
                "SCHUFA",
                "Erpressung",
                "Falls Sie",
                "nicht für Sie bestimmt war: Bitte",
            ][..],
            &[
                "Angaben zu Ihrer Gesundheit",
                "Ein Schreiben mit Daten von Ihnen ist versehentlich an eine andere Person gegangen",
                "Fragen zu Ihrer Behandlung",
            ][..],
        ),
        (
            Lang::En,
            &[
                "spam",
                "phishing",
                "identity",
                "in your name",
                "SCHUFA",
                "blackmail",
                "If you received",
            ][..],
            &[
                "etails of your health",
                "A letter containing data about you was sent by mistake",
            ][..],
        ),
    ] {
        let text = built(&xray(), DocKind::Subjects, lang).to_text();
        for w in wrong {
            assert!(!text.contains(w), "{lang:?}: {w:?}\n{text}");
        }
        for r in right {
            assert!(text.contains(r), "{lang:?}: {r:?}\n{text}");
        }
    }
    // The same data taken by an attacker do get the fraud advice.
    let mut a = xray();
    a.confidentiality = Some(Confidentiality::UnknownRecipients);
    a.cause = Some(Cause::ExternalMalicious);
    a.incident_type = Some(IncidentType::Hacking);
    let text = built(&a, DocKind::Subjects, Lang::De).to_text();
    assert!(text.contains("Phishing"), "{text}");
}

#[test]
fn only_a_confirmed_never_ask_gets_the_promise() {
    for (never_ask, lang, promise) in [
        (true, Lang::De, true),
        (false, Lang::De, false),
        (true, Lang::En, true),
        (false, Lang::En, false),
    ] {
        let mut a = seed();
        a.never_ask_data = never_ask;
        let text = built(&a, DocKind::Subjects, lang).to_text();
        let needle = pick_lang(lang, "Wir fragen Sie niemals", "We will never ask you");
        assert_eq!(
            text.contains(needle),
            promise,
            "{never_ask} {lang:?}\n{text}"
        );
        assert!(text.contains(pick_lang(lang, "Phishing", "phishing")));
    }
}

fn pick_lang(lang: Lang, de: &'static str, en: &'static str) -> &'static str {
    format::pick(lang, de, en)
}

#[test]
fn rows_that_do_not_apply_stay_out_and_access_is_said_as_answered() {
    // A pure disclosure: nothing to restore from a backup.
    let text = letter(&seed(), Lang::De);
    assert!(!text.contains("Sicherung"), "{text}");
    assert!(!text.contains("Art. 34 Abs. 3 lit. b"), "{text}");
    // Lost data: the backup row is there, and nothing to encrypt where nobody saw the data.
    let mut lost = filled();
    lost.confidentiality = Some(Confidentiality::None);
    lost.availability = Some(Availability::Permanent);
    let text = letter(&lost, Lang::De);
    assert!(text.contains("Daten aus einer Sicherung wiederhergestellt: nein"));
    assert!(!text.contains("verschlüsselt oder sonst unverständlich"));
    assert!(!text.contains("Tatsächlicher Zugriff"));
    for (accessed, de, en) in [
        (
            None,
            "Ob tatsächlich jemand auf die Daten zugegriffen hat, ist nicht bekannt",
            "The recipients could see the data; we do not know whether they did.",
        ),
        (
            Some(true),
            "Die Empfänger haben nachweislich auf die Daten zugegriffen.",
            "The recipients provably opened the data.",
        ),
        (
            Some(false),
            "Die Daten wurden nachweislich nicht geöffnet",
            "As far as we have established, the data were not opened.",
        ),
    ] {
        let mut a = seed();
        a.accessed = accessed;
        let text = letter(&a, Lang::De);
        assert!(text.contains(de), "{accessed:?}\n{text}");
        assert!(text.contains("konnten auf die Daten zugreifen"), "{text}");
        assert!(!text.contains("hatten Zugriff"), "{text}");
        let message = built(&a, DocKind::Subjects, Lang::En).to_text();
        assert!(message.contains(en), "{accessed:?}\n{message}");
    }
}

#[test]
fn the_letter_says_without_undue_delay_and_sooner_for_a_high_risk() {
    for (a, sooner) in [(seed(), false), (high_risk(), true)] {
        for lang in [Lang::De, Lang::En] {
            let text = letter(&a, lang);
            let record = built(&a, DocKind::Record, lang).to_text();
            let due = pick_lang(
                lang,
                "unverzüglich, spätestens 72 Stunden nach Kenntnis",
                "without undue delay, at the latest 72 hours after awareness",
            );
            assert!(text.contains(due), "{lang:?}\n{text}");
            assert!(record.contains(due), "{lang:?}\n{record}");
            let recital = pick_lang(lang, "Erwägungsgrund 87", "Recital 87");
            assert_eq!(text.contains(recital), sooner, "{lang:?}\n{text}");
            assert!(!sooner || record.contains(recital), "{lang:?}\n{record}");
        }
    }
}

#[test]
fn a_processor_gets_a_notice_to_its_controller() {
    let mut a = filled();
    a.role = Some(Role::Processor);
    for lang in [Lang::De, Lang::En] {
        let notice = built(&a, DocKind::Authority, lang);
        let text = notice.to_text();
        let (title, art, contract) = match lang {
            Lang::De => (
                "Information des Verantwortlichen",
                "Art. 33 Abs. 2 DSGVO",
                "Art. 28 Abs. 3 lit. f DSGVO",
            ),
            Lang::En => (
                "Notice to the controller",
                "Art. 33(2) GDPR",
                "Art. 28(3)(f) GDPR",
            ),
        };
        assert!(notice.title.starts_with(title), "{}", notice.title);
        assert!(text.contains(art) && text.contains(contract), "{text}");
        for wrong in [
            "Meldefrist",
            "Deadline (",
            "Aufsichtsbehörde\n",
            "Art. 33 Abs. 1 DSGVO:",
            "Hessische",
        ] {
            assert!(!text.contains(wrong), "{wrong:?}\n{text}");
        }
        assert!(notice.notes.iter().any(|n| n.contains(contract)));
        // The controller becomes aware when told.
        assert!(text.contains(pick_lang(
            lang,
            "Kenntnis von der Verletzung",
            "aware of the breach"
        )));
        let record = built(&a, DocKind::Record, lang);
        assert!(!record.title.contains("33 Abs. 5") && !record.title.contains("33(5)"));
        assert!(record
            .title
            .contains(pick_lang(lang, "Auftragsverarbeiters", "processor's")));
        let r = record.to_text();
        assert!(r.contains(pick_lang(
            lang,
            "Verantwortlichen informiert am",
            "Controller informed on"
        )));
        assert!(!r.contains(pick_lang(
            lang,
            "Meldung an die Aufsichtsbehörde:",
            "Notification to the supervisory authority:"
        )));
    }
}

#[test]
fn exception_a_is_not_the_reason_where_data_were_lost() {
    // (confidentiality, availability, the record may credit exception (a))
    let rows = [
        (Confidentiality::UnknownRecipients, Availability::None, true),
        (
            Confidentiality::UnknownRecipients,
            Availability::Permanent,
            false,
        ),
        (Confidentiality::None, Availability::Permanent, false),
    ];
    for (conf, avail, credit) in rows {
        let mut a = filled();
        a.unintelligible = Some(true);
        a.confidentiality = Some(conf);
        a.availability = Some(avail);
        a.data = Categories::new().with(DataCategory::Health);
        let d = a.to_facts(now(), &FixedZone(60));
        let s = d.assess();
        let record = breach_record(&a, &d, &s, Lang::De, now(), 60).to_text();
        let credited = record
            .contains("die Daten waren für Unbefugte unverständlich (Art. 34 Abs. 3 lit. a DSGVO)");
        assert_eq!(credited, credit, "{conf:?} {avail:?}\n{record}");
        if s.risk == Some(RiskLevel::High) {
            assert!(
                !record.contains("kein hohes Risiko"),
                "{conf:?} {avail:?}\n{record}"
            );
        }
    }
}

#[test]
fn a_controller_outside_the_eea_names_its_representative_and_every_authority() {
    use crate::domain::authority::Country;
    let swiss = Answers {
        country: Country::from_code("CH"),
        subject_countries: vec![Country::DE, Country::from_code("FR").unwrap()],
        representative: "EU-Vertretung GmbH, Leopoldstraße 1, 80802 München".into(),
        ..seed()
    };
    let text = letter(&swiss, Lang::De);
    assert!(
        text.contains("Vertreter in der Union (Art. 27 DSGVO): EU-Vertretung GmbH, Leopoldstraße 1, 80802 München"),
        "{text}"
    );
    let notes = built(&swiss, DocKind::Authority, Lang::De).notes.join("\n");
    assert!(
        notes.contains("Dieselbe Meldung geht auch an jede dieser Behörden")
            && notes.contains("Commission nationale"),
        "{notes}"
    );
    // Seated in Germany: no representative row.
    assert!(!letter(&seed(), Lang::De).contains("Art. 27"));
}
