//! The internal breach record (Art. 33(5) GDPR): the facts, the effects and the remedial action,
//! the assessment with its reasons and, where nothing was notified, why not. Required for every
//! breach, notified or not; it lets the authority check compliance later. A processor keeps its
//! own record instead: what happened and when it told its controller (Art. 33(2), 28(3)(f)).

use super::ctx::Ctx;
use super::document::{Block, DocKind, Document, Section};
use super::format;
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
        title: if c.processor() {
            c.t(
                "Dokumentation des Auftragsverarbeiters zu einer Verletzung des Schutzes personenbezogener Daten (Art. 33 Abs. 2, Art. 28 Abs. 3 lit. f DSGVO)",
                "The processor's record of a personal data breach (Art. 33(2), 28(3)(f) GDPR)",
            )
        } else {
            c.t(
                "Dokumentation einer Verletzung des Schutzes personenbezogener Daten (Art. 33 Abs. 5 DSGVO)",
                "Record of a personal data breach (Art. 33(5) GDPR)",
            )
        },
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
    let mut rows = vec![
        c.row("Name der Stelle", "Name of the organisation", c.org_name()),
        c.row("Art der Stelle", "Kind of organisation", c.org_kind()),
    ];
    if c.processor() {
        rows.push(c.row(
            "Verantwortlicher, für den wir die Daten verarbeiten",
            "Controller for whom we process the data",
            c.open(),
        ));
    }
    rows.extend([
        c.row("Erfasst von", "Recorded by", c.contact_line()),
        c.row(
            "Datenschutzbeauftragte/r",
            "Data protection officer",
            c.or_open(&c.a.dpo),
        ),
    ]);
    Section {
        heading: if c.processor() {
            c.t("1. Auftragsverarbeiter", "1. Processor")
        } else {
            c.t("1. Verantwortlicher", "1. Controller")
        },
        blocks: vec![Block::Rows(rows)],
    }
}

fn facts(c: &Ctx) -> Section {
    let a = c.a;
    let mut rows = vec![
        c.row("Art des Vorfalls", "Type of incident", c.incident()),
        c.row("Ursache", "Cause", c.cause()),
        c.row("Beschreibung", "Description", c.or_open(&a.description)),
        c.row("Zeitpunkt der Verletzung", "When it occurred", c.occurred()),
        c.row("Dauert noch an", "Still ongoing", c.ongoing()),
        c.row("Kenntnis erlangt am", "Became aware on", c.aware()),
        c.row("Wie entdeckt", "How discovered", c.discovery()),
    ];
    rows.extend(c.access_rows());
    rows.extend([
        c.row("Integrität", "Integrity", c.integrity()),
        c.row("Verfügbarkeit", "Availability", c.availability()),
        c.processor_row(),
    ]);
    Section {
        heading: c.t("2. Sachverhalt", "2. Facts"),
        blocks: vec![
            Block::Rows(rows),
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
                    format::yes_no(a.vulnerable, c.lang),
                ),
                c.row(
                    "Ungefähre Zahl der Datensätze",
                    "Approximate number of records",
                    c.records(),
                ),
                c.row(
                    "Personen in anderen EU- oder EWR-Staaten betroffen",
                    "People in other EU or EEA countries affected",
                    c.cross_border(),
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
            format::yes_no(c.a.misuse_observed, c.lang),
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
        heading: if c.processor() {
            c.t(
                "5. Einschätzung des Risikos (zur Unterstützung des Verantwortlichen)",
                "5. Risk estimate (to support the controller)",
            )
        } else {
            c.t("5. Risikobewertung", "5. Risk assessment")
        },
        blocks,
    }
}

fn decisions(c: &Ctx) -> Section {
    let s = c.s;
    if c.processor() {
        return processor_decisions(c);
    }
    let (main, _) = c.authorities();
    let authority_name = main
        .map(|a| c.authority_name(a))
        .unwrap_or_else(|| c.open());
    let authority_value = if !s.breach {
        c.t(
            "nein: keine Verletzung des Schutzes personenbezogener Daten (Art. 4 Nr. 12 DSGVO), daher keine Meldepflicht",
            "no: not a personal data breach (Art. 4(12) GDPR), so nothing to notify",
        )
    } else if s.notify_authority {
        let mut value = match c.lang {
            Lang::De => format!("ja, an {authority_name}; Frist: {}", c.deadline()),
            Lang::En => format!("yes, to {authority_name}; deadline: {}", c.deadline()),
        };
        if let Some(sooner) = c.sooner() {
            value.push_str(". ");
            value.push_str(&sooner);
        }
        value
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
    if s.breach {
        rows.push(c.row(
            "Zuständige Aufsichtsbehörde",
            "Competent supervisory authority",
            format!("{authority_name} ({})", s.authority.rule_text(c.lang)),
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

/// A processor decides only to tell its controller; the rest is the controller's.
fn processor_decisions(c: &Ctx) -> Section {
    let value = if c.s.breach {
        c.t(
            "ja, unverzüglich nach unserer Kenntnis (Art. 33 Abs. 2 DSGVO); eine kürzere Frist im Auftragsverarbeitungsvertrag geht vor (Art. 28 Abs. 3 lit. f DSGVO). Erst mit dieser Information hat der Verantwortliche Kenntnis; die Meldung an die Aufsichtsbehörde ist seine Pflicht.",
            "yes, without undue delay after we became aware (Art. 33(2) GDPR); a shorter period in the processing contract takes precedence (Art. 28(3)(f) GDPR). The controller becomes aware only when told; notifying the authority is its duty.",
        )
    } else {
        c.t(
            "nein: keine Verletzung des Schutzes personenbezogener Daten (Art. 4 Nr. 12 DSGVO)",
            "no: not a personal data breach (Art. 4(12) GDPR)",
        )
    };
    Section {
        heading: c.t("6. Entscheidungen", "6. Decisions"),
        blocks: vec![
            Block::Rows(vec![
                c.row(
                    "Information des Verantwortlichen",
                    "Notice to the controller",
                    value,
                ),
                c.row(
                    "Im Vertrag vereinbarte Frist für die Information",
                    "Notice period agreed in the contract",
                    c.open(),
                ),
            ]),
            Block::Para(c.subjects_decision()),
        ],
    }
}

fn others(c: &Ctx) -> Section {
    let processor = c.processor();
    let mut rows = vec![
        c.row(
            "Nachricht an die Betroffenen (Weg und Inhalt)",
            "Message to the people (channel and content)",
            c.or_open(&c.a.subjects_informed),
        ),
        c.row(
            "Weitere Stellen (z. B. Polizei, CERT)",
            "Other authorities (e.g. police, CERT)",
            c.or_open(&c.a.other_authorities),
        ),
        c.row(
            if processor {
                "Art der Information"
            } else {
                "Art der Meldung"
            },
            if processor {
                "Type of notice"
            } else {
                "Type of report"
            },
            match (c.a.follow_up, processor) {
                (true, false) => c.t("Folgemeldung", "follow-up"),
                (true, true) => c.t("Ergänzung einer früheren Information", "follow-up notice"),
                (false, false) => c.t("Erstmeldung", "initial notification"),
                (false, true) => c.t("Erstinformation", "initial notice"),
            },
        ),
    ];
    let required = matches!(
        c.s.notify_subjects,
        SubjectNotice::Yes | SubjectNotice::PublicCommunication
    );
    if required || !c.a.subjects_informed_at.trim().is_empty() {
        rows.insert(
            1,
            c.row(
                "Betroffene informiert am",
                "People told on",
                c.subjects_informed_at(),
            ),
        );
    }
    if c.a.follow_up {
        rows.push(c.row(
            "Datum der ersten Meldung",
            "Date of the first notification",
            format::local_or_open(&c.a.first_notice_at, c.lang),
        ));
        rows.push(c.row(
            "Aktenzeichen oder Kennung der ersten Meldung",
            "Reference of the first notification",
            c.or_open(&c.a.first_notice_reference),
        ));
    }
    Section {
        heading: c.t(
            "7. Information der Betroffenen und weiterer Stellen",
            "7. People and other authorities informed",
        ),
        blocks: vec![Block::Rows(rows)],
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
    if c.processor() {
        rows.push(c.row(
            "Verantwortlichen informiert am",
            "Controller informed on",
            c.open(),
        ));
        rows.push(c.row(
            "Empfangsbestätigung des Verantwortlichen",
            "Controller's acknowledgement",
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
