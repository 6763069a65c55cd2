//! The internal breach record (Art. 33(5) GDPR): the facts, the effects and the remedial action,
//! the assessment with its reasons and, where nothing was notified, why not. Required for every
//! breach, notified or not; it lets the authority check compliance later.

use super::{Block, Ctx, DocKind, Document, Section};
use crate::domain::{Lang, SubjectNotice};

/// The internal record.
pub(super) fn document(c: &Ctx) -> Document {
    let mut notes = Vec::new();
    if !c.s.breach {
        notes.push(c.t(
            "Nach Ihren Angaben liegt keine Datenpanne vor. Die Dokumentation ist dann nicht vorgeschrieben, hält aber fest, warum Sie so entschieden haben.",
            "By your answers this is not a personal data breach. A record is then not required, but it shows why you decided so.",
        ));
    }
    Document {
        kind: DocKind::Record,
        lang: c.lang,
        title: c.t(
            "Dokumentation einer Verletzung des Schutzes personenbezogener Daten (Art. 33 Abs. 5 DSGVO)",
            "Record of a personal data breach (Art. 33(5) GDPR)",
        ),
        date_line: c.as_of(),
        address: Vec::new(),
        sections: vec![
            organisation(c),
            facts(c),
            effects(c),
            remedies(c),
            assessment_section(c),
            decisions(c),
            others(c),
            open_questions(c),
            evidence(c),
        ],
        notes,
    }
}

fn organisation(c: &Ctx) -> Section {
    Section {
        heading: c.t("1. Verantwortlicher", "1. Controller"),
        blocks: vec![Block::Rows(vec![
            c.row("Name der Stelle", "Name of the organisation", c.org_name()),
            c.row("Art der Stelle", "Kind of organisation", c.org_kind()),
            c.row("Erfasst von", "Recorded by", c.contact_line()),
            c.row(
                "Datenschutzbeauftragte/r",
                "Data protection officer",
                c.or_open(&c.a.dpo),
            ),
        ])],
    }
}

fn facts(c: &Ctx) -> Section {
    let a = c.a;
    Section {
        heading: c.t("2. Sachverhalt", "2. Facts"),
        blocks: vec![
            Block::Rows(vec![
                c.row("Art des Vorfalls", "Type of incident", c.incident()),
                c.row("Ursache", "Cause", c.cause()),
                c.row("Beschreibung", "Description", c.or_open(&a.description)),
                c.row("Zeitpunkt der Verletzung", "When it occurred", c.occurred()),
                c.row("Kenntnis erlangt am", "Became aware on", c.aware()),
                c.row("Wie entdeckt", "How discovered", c.discovery()),
                c.row("Vertraulichkeit", "Confidentiality", c.confidentiality()),
                c.row("Integrität", "Integrity", c.integrity()),
                c.row("Verfügbarkeit", "Availability", c.availability()),
            ]),
            Block::Para(c.t("Betroffene Datenarten:", "Kinds of data affected:")),
            Block::List(c.categories()),
            Block::Rows(vec![
                c.row(
                    "Ungefähre Zahl der betroffenen Personen",
                    "Approximate number of people",
                    c.subjects(),
                ),
                c.row(
                    "Betroffener Personenkreis",
                    "Who is affected",
                    c.or_open(&a.subject_groups),
                ),
                c.row(
                    "Schutzbedürftige Personen betroffen",
                    "Vulnerable people affected",
                    super::format::yes_no(a.vulnerable, c.lang),
                ),
                c.row(
                    "Ungefähre Zahl der Datensätze",
                    "Approximate number of records",
                    c.records(),
                ),
            ]),
        ],
    }
}

fn effects(c: &Ctx) -> Section {
    let mut blocks = vec![Block::Rows(vec![
        c.row(
            "Auswirkungen nach Einschätzung des Verantwortlichen",
            "Effects as the controller sees them",
            c.or_open(&c.a.consequences),
        ),
        c.row(
            "Missbrauch festgestellt",
            "Misuse observed",
            super::format::yes_no(c.a.misuse_observed, c.lang),
        ),
    ])];
    let typical = c.typical_consequences();
    if !typical.is_empty() {
        blocks.push(Block::Para(c.t(
            "Mögliche Folgen für die Betroffenen:",
            "Possible consequences for the people affected:",
        )));
        blocks.push(Block::List(typical));
    }
    Section {
        heading: c.t("3. Auswirkungen", "3. Effects"),
        blocks,
    }
}

fn remedies(c: &Ctx) -> Section {
    let mut rows = vec![
        c.row(
            "Ergriffene Abhilfemaßnahmen",
            "Remedial action taken",
            c.or_open(&c.a.measures_taken),
        ),
        c.row(
            "Geplante Maßnahmen",
            "Measures planned",
            c.or_open(&c.a.measures_planned),
        ),
    ];
    rows.extend(c.protection_rows());
    Section {
        heading: c.t("4. Abhilfemaßnahmen", "4. Remedial action"),
        blocks: vec![Block::Rows(rows)],
    }
}

fn assessment_section(c: &Ctx) -> Section {
    let mut blocks = vec![
        Block::Para(c.risk_sentence()),
        Block::Para(c.t(
            "Begründung, Regel für Regel mit ihrer Grundlage:",
            "Reasons, rule by rule with their basis:",
        )),
        Block::List(c.reasons()),
    ];
    if let Some(line) = c.enisa_line() {
        blocks.push(Block::Para(line));
    }
    Section {
        heading: c.t("5. Risikobewertung", "5. Risk assessment"),
        blocks,
    }
}

fn decisions(c: &Ctx) -> Section {
    let s = c.s;
    let (main, _) = c.authorities();
    let authority_name = main
        .map(|a| c.authority_name(a))
        .unwrap_or_else(|| c.open());
    let authority_value = if !s.breach {
        c.t(
            "nein: keine Verletzung des Schutzes personenbezogener Daten (Art. 4 Nr. 12 DSGVO), daher keine Meldepflicht",
            "no: not a personal data breach (Art. 4(12) GDPR), so nothing to notify",
        )
    } else if s.notify_controller {
        c.t(
            "nicht durch uns: als Auftragsverarbeiter informieren wir unverzüglich den Verantwortlichen (Art. 33 Abs. 2 DSGVO)",
            "not by us: as a processor we inform the controller without undue delay (Art. 33(2) GDPR)",
        )
    } else if s.notify_authority {
        match c.lang {
            Lang::De => format!("ja, an {authority_name}; Frist: {}", c.deadline()),
            Lang::En => format!("yes, to {authority_name}; deadline: {}", c.deadline()),
        }
    } else {
        c.t(
            "nein: die Verletzung führt voraussichtlich nicht zu einem Risiko für die Rechte und Freiheiten natürlicher Personen (Art. 33 Abs. 1 DSGVO); die Gründe stehen unter 5.",
            "no: the breach is unlikely to result in a risk to the rights and freedoms of natural persons (Art. 33(1) GDPR); the reasons are listed under 5.",
        )
    };
    let mut rows = vec![c.row(
        "Meldung an die Aufsichtsbehörde",
        "Notification to the supervisory authority",
        authority_value,
    )];
    if s.breach && !s.notify_controller {
        rows.push(c.row(
            "Zuständige Aufsichtsbehörde",
            "Competent supervisory authority",
            match c.lang {
                Lang::De => format!("{authority_name} ({})", s.authority.rule_text(true)),
                Lang::En => format!("{authority_name} ({})", s.authority.rule_text(false)),
            },
        ));
    }
    if s.late == Some(true) || !c.a.delay_reasons.trim().is_empty() {
        rows.push(c.row(
            "Gründe für eine verspätete Meldung",
            "Reasons for a late notification",
            c.or_open(&c.a.delay_reasons),
        ));
    }
    let subjects = match s.notify_subjects {
        SubjectNotice::Yes => c.t("ja, einzeln", "yes, individually"),
        SubjectNotice::PublicCommunication => c.t(
            "ja, durch öffentliche Bekanntmachung",
            "yes, by public communication",
        ),
        SubjectNotice::No => c.t("nein", "no"),
    };
    rows.push(c.row(
        "Benachrichtigung der betroffenen Personen",
        "Communication to the people affected",
        subjects,
    ));
    Section {
        heading: c.t("6. Entscheidungen", "6. Decisions"),
        blocks: vec![Block::Rows(rows), Block::Para(c.subjects_decision())],
    }
}

fn others(c: &Ctx) -> Section {
    Section {
        heading: c.t(
            "7. Information der Betroffenen und weiterer Stellen",
            "7. People and other authorities informed",
        ),
        blocks: vec![Block::Rows(vec![
            c.row(
                "Betroffene informiert (wie und wann)",
                "People told (how and when)",
                c.or_open(&c.a.subjects_informed),
            ),
            c.row(
                "Weitere Stellen (z. B. Polizei, CERT)",
                "Other authorities (e.g. police, CERT)",
                c.or_open(&c.a.other_authorities),
            ),
            c.row(
                "Art der Meldung",
                "Type of report",
                if c.a.follow_up {
                    c.t("Folgemeldung", "follow-up")
                } else {
                    c.t("Erstmeldung", "initial notification")
                },
            ),
        ])],
    }
}

fn open_questions(c: &Ctx) -> Section {
    let open = c.open_fields();
    let blocks = if open.is_empty() {
        vec![Block::Para(c.t(
            "Keine: alle Fragen der Prüfung sind beantwortet.",
            "None: every question of the assessment is answered.",
        ))]
    } else {
        vec![
            Block::Para(c.t(
                "Diese Fragen sind noch offen; die Bewertung hat für sie die vorsichtigere Antwort angenommen. Klären und die Dokumentation ergänzen:",
                "These questions are still open; the assessment took the more cautious answer for them. Clarify them and update the record:",
            )),
            Block::List(open),
        ]
    };
    Section {
        heading: c.t("8. Offene Fragen", "8. Open questions"),
        blocks,
    }
}

fn evidence(c: &Ctx) -> Section {
    let s = c.s;
    let mut rows = Vec::new();
    if s.notify_authority {
        rows.push(c.row("Meldung abgesandt am", "Notification sent on", c.open()));
        rows.push(c.row(
            "Aktenzeichen der Aufsichtsbehörde",
            "Authority's reference",
            c.open(),
        ));
    }
    if s.notify_controller {
        rows.push(c.row(
            "Verantwortlichen informiert am",
            "Controller informed on",
            c.open(),
        ));
    }
    if matches!(
        s.notify_subjects,
        SubjectNotice::Yes | SubjectNotice::PublicCommunication
    ) {
        rows.push(c.row("Betroffene benachrichtigt am", "People told on", c.open()));
    }
    rows.push(c.row(
        "Dokumentation erstellt von",
        "Record made by",
        c.or_open(&c.a.contact_name),
    ));
    rows.push(c.row("Dokumentation erstellt am", "Record made on", c.when(c.now)));
    Section {
        heading: c.t("9. Nachweise", "9. Evidence"),
        blocks: vec![
            Block::Para(c.t(
                "Von Hand zu ergänzen, sobald geschehen:",
                "To be completed by hand once done:",
            )),
            Block::Rows(rows),
        ],
    }
}
