//! The notification to the supervisory authority (Art. 33 GDPR).
//!
//! Sections follow what the German authorities' forms ask (type of report, controller and
//! reporting person, contact point, timeline, the breach, consequences, measures, telling the
//! people, cross-border aspects, other authorities, own risk assessment); the four elements of
//! Art. 33(3) are named in their headings.

use super::{Block, Ctx, DocKind, Document, Row, Section};
use crate::domain::Lang;

/// The notification to the competent supervisory authority.
pub(super) fn document(c: &Ctx) -> Document {
    let (address, submission, notes) = addressee(c);
    let mut sections = vec![
        controller(c),
        contact_point(c),
        timeline(c),
        nature(c),
        consequences(c),
        measures(c),
        people(c),
        cross_border(c),
        other_authorities(c),
        risk_assessment(c),
        closing(c),
    ];
    // The type of report says whether anything is still open, so it is built last.
    let placeholder = super::format::open(c.lang);
    let has_placeholder = sections.iter().any(|s| s.contains(placeholder));
    sections.splice(
        0..0,
        [opening(c), submission, kind_of_report(c, has_placeholder)],
    );
    Document {
        kind: DocKind::Authority,
        lang: c.lang,
        title: c.t(
            "Meldung einer Verletzung des Schutzes personenbezogener Daten nach Art. 33 DSGVO",
            "Notification of a personal data breach under Art. 33 GDPR",
        ),
        date_line: c.as_of(),
        address,
        sections,
        notes,
    }
}

/// The address block, how to submit, and the notes for the person preparing the notification.
fn addressee(c: &Ctx) -> (Vec<String>, Section, Vec<String>) {
    let (main, others) = c.authorities();
    let mut address = Vec::new();
    let mut blocks = Vec::new();
    let mut notes = Vec::new();
    match main {
        Some(a) => {
            address.push(c.authority_name(a));
            match a.postal_address {
                Some(p) => address.extend(p.split(", ").map(str::to_string)),
                None => address.push(format!(
                    "{}: {}",
                    c.t("Postanschrift", "Postal address"),
                    c.open()
                )),
            }
            let mut rows = Vec::new();
            match a.breach_link() {
                Some((url, verify)) => {
                    let mut value = url.to_string();
                    if verify {
                        value.push_str(&c.t(
                            " (Link bitte vor Nutzung prüfen)",
                            " (please verify the link before use)",
                        ));
                    }
                    rows.push(c.row(
                        "Online-Meldeformular der Behörde",
                        "The authority's online breach form",
                        value,
                    ));
                }
                None => rows.push(c.row(
                    "Online-Meldeformular der Behörde",
                    "The authority's online breach form",
                    match a.website {
                        Some(w) => match c.lang {
                            Lang::De => format!(
                                "Link nicht im Verzeichnis; bitte über die Website {w} aufrufen"
                            ),
                            Lang::En => {
                                format!("link not in the directory; please find it via {w}")
                            }
                        },
                        None => c.open(),
                    },
                )),
            }
            if let Some(e) = a.email {
                rows.push(c.row("E-Mail der Behörde", "Authority's e-mail", e.to_string()));
            }
            if let Some(p) = a.phone {
                rows.push(c.row("Telefon der Behörde", "Authority's phone", p.to_string()));
            }
            blocks.push(Block::Rows(rows));
            blocks.push(Block::Para(c.t(
                "Diese Meldung enthält die Angaben, die das Meldeformular der Behörde abfragt; sie können dort übernommen oder der Behörde auf anderem Weg übermittelt werden.",
                "This notification holds the details the authority's breach form asks for; they can be copied into the form or sent to the authority by other means.",
            )));
        }
        None => {
            address.push(format!(
                "{}: {}",
                c.t(
                    "Zuständige Aufsichtsbehörde",
                    "Competent supervisory authority"
                ),
                c.open()
            ));
            blocks.push(Block::Para(c.s.authority.rule_text(c.lang == Lang::De)));
        }
    }
    if !others.is_empty() {
        let names: Vec<String> = others.iter().map(|a| c.authority_name(a)).collect();
        blocks.push(Block::Rows(vec![c.row(
            "Weitere möglicherweise zuständige Behörden",
            "Other authorities that may be competent",
            names.join("; "),
        )]));
    }
    if let Some(why) = c.s.authority.why_text(c.lang == Lang::De) {
        notes.push(format!(
            "{} {why}",
            c.t(
                "Zuständigkeit bitte prüfen:",
                "Please check which authority is competent:"
            )
        ));
    }
    if c.s.notify_controller {
        notes.push(c.t(
            "Als Auftragsverarbeiter melden Sie nicht selbst: Informieren Sie unverzüglich den Verantwortlichen (Art. 33 Abs. 2 DSGVO). Dieser Entwurf enthält die Angaben, die er für seine Meldung braucht.",
            "As a processor you do not notify the authority yourself: inform the controller without undue delay (Art. 33(2) GDPR). This draft holds the details the controller needs for its notification.",
        ));
    } else if !c.s.breach {
        notes.push(c.t(
            "Nach Ihren Angaben liegt keine Verletzung des Schutzes personenbezogener Daten vor; eine Meldung ist nicht erforderlich.",
            "By your answers this is not a personal data breach; no notification is required.",
        ));
    } else if !c.s.notify_authority {
        notes.push(c.t(
            "Nach der Prüfung ist keine Meldung erforderlich. Dieser Entwurf ist nur für den Fall gedacht, dass Sie dennoch melden möchten; dokumentieren Sie den Vorfall in jedem Fall.",
            "By the assessment no notification is required. This draft is only for the case that you want to notify anyway; record the breach in any case.",
        ));
    }
    if c.s.late == Some(true) {
        notes.push(c.t(
            "Die 72-Stunden-Frist ist abgelaufen: Melden Sie trotzdem sofort und begründen Sie die Verzögerung.",
            "The 72-hour deadline has passed: notify at once anyway and give the reasons for the delay.",
        ));
    }
    let section = Section {
        heading: c.t("Meldeweg", "How to submit"),
        blocks,
    };
    (address, section, notes)
}

fn opening(c: &Ctx) -> Section {
    let text = if c.a.follow_up {
        c.t(
            "Sehr geehrte Damen und Herren,\n\nhiermit ergänzen wir unsere frühere Meldung einer Verletzung des Schutzes personenbezogener Daten (Art. 33 Abs. 4 DSGVO).",
            "Dear Sir or Madam,\n\nWe hereby add to our earlier notification of a personal data breach (Art. 33(4) GDPR).",
        )
    } else {
        c.t(
            "Sehr geehrte Damen und Herren,\n\nhiermit melden wir eine Verletzung des Schutzes personenbezogener Daten nach Art. 33 DSGVO.",
            "Dear Sir or Madam,\n\nWe hereby notify a personal data breach under Art. 33 GDPR.",
        )
    };
    Section {
        heading: String::new(),
        blocks: vec![Block::Para(text)],
    }
}

fn kind_of_report(c: &Ctx, has_placeholder: bool) -> Section {
    let mut rows = vec![c.row(
        "Meldung",
        "Report",
        if c.a.follow_up {
            c.t(
                "Folgemeldung: Ergänzung einer früheren Meldung (Art. 33 Abs. 4 DSGVO)",
                "Follow-up: adds to an earlier notification (Art. 33(4) GDPR)",
            )
        } else {
            c.t("Erstmeldung", "Initial notification")
        },
    )];
    if c.a.follow_up {
        rows.push(c.row(
            "Aktenzeichen oder Kennung der früheren Meldung",
            "Reference of the earlier notification",
            c.open(),
        ));
    }
    let open = c.open_fields();
    rows.push(c.row(
        "Stand der Angaben",
        "State of the information",
        if !open.is_empty() {
            c.t(
                "vorläufig: die Bewertung beruht teils auf vorsichtigen Annahmen; die offenen Angaben werden ohne unangemessene weitere Verzögerung nachgereicht (Art. 33 Abs. 4 DSGVO)",
                "provisional: the assessment rests partly on cautious assumptions; the open details will follow without undue further delay (Art. 33(4) GDPR)",
            )
        } else if has_placeholder {
            c.t(
                "die Angaben zur Bewertung sind vollständig; als offen markierte Einzelangaben werden ohne unangemessene weitere Verzögerung nachgereicht (Art. 33 Abs. 4 DSGVO)",
                "the details for the assessment are complete; items marked as open will follow without undue further delay (Art. 33(4) GDPR)",
            )
        } else {
            c.t(
                "vollständig nach heutigem Kenntnisstand",
                "complete as far as known today",
            )
        },
    ));
    let mut blocks = vec![Block::Rows(rows)];
    if !open.is_empty() {
        blocks.push(Block::Para(c.t("Noch offen sind:", "Still open:")));
        blocks.push(Block::List(open));
    }
    Section {
        heading: c.t("1. Art der Meldung", "1. Type of report"),
        blocks,
    }
}

fn controller(c: &Ctx) -> Section {
    let a = c.a;
    let role = match a.role {
        Some(crate::domain::Role::Controller) => c.t(
            "Verantwortlicher (Art. 4 Nr. 7 DSGVO)",
            "controller (Art. 4(7) GDPR)",
        ),
        Some(crate::domain::Role::Processor) => c.t(
            "Auftragsverarbeiter (Art. 4 Nr. 8 DSGVO)",
            "processor (Art. 4(8) GDPR)",
        ),
        None => c.open(),
    };
    let rows = vec![
        c.row("Name der Stelle", "Name of the organisation", c.org_name()),
        c.row("Anschrift", "Address", c.or_open(&a.org_address)),
        c.row("Art der Stelle", "Kind of organisation", c.org_kind()),
        c.row("Rolle", "Role", role),
        c.row(
            "Meldende Person",
            "Reporting person",
            c.or_open(&a.contact_name),
        ),
        c.row("Funktion", "Position", c.or_open(&a.contact_role)),
        c.row("E-Mail", "E-mail", c.or_open(&a.contact_email)),
        c.row("Telefon", "Phone", c.or_open(&a.contact_phone)),
    ];
    Section {
        heading: c.t(
            "2. Verantwortlicher und meldende Person",
            "2. Controller and reporting person",
        ),
        blocks: vec![Block::Rows(rows)],
    }
}

fn contact_point(c: &Ctx) -> Section {
    Section {
        heading: c.t(
            "3. Datenschutzbeauftragte oder sonstige Anlaufstelle (Art. 33 Abs. 3 lit. b DSGVO)",
            "3. Data protection officer or other contact point (Art. 33(3)(b) GDPR)",
        ),
        blocks: vec![Block::Rows(vec![
            c.row(
                "Datenschutzbeauftragte/r (Name und Kontakt)",
                "Data protection officer (name and contact)",
                c.or_open(&c.a.dpo),
            ),
            c.row(
                "Anlaufstelle für Rückfragen",
                "Contact point for queries",
                c.contact_line(),
            ),
        ])],
    }
}

fn timeline(c: &Ctx) -> Section {
    let mut rows = vec![
        c.row(
            "Zeitpunkt der Verletzung",
            "When the breach occurred",
            c.occurred(),
        ),
        c.row("Kenntnis erlangt am", "Became aware on", c.aware()),
        c.row(
            "Wie die Verletzung entdeckt wurde",
            "How it was discovered",
            c.discovery(),
        ),
        c.row(
            "Meldefrist (72 Stunden nach Kenntnis, Art. 33 Abs. 1 DSGVO)",
            "Deadline (72 hours after awareness, Art. 33(1) GDPR)",
            c.deadline(),
        ),
    ];
    let late = c.s.late == Some(true);
    if late || !c.a.delay_reasons.trim().is_empty() {
        rows.push(c.row(
            "Gründe für die Verzögerung (Art. 33 Abs. 1 Satz 2 DSGVO)",
            "Reasons for the delay (Art. 33(1), second sentence, GDPR)",
            c.or_open(&c.a.delay_reasons),
        ));
    }
    Section {
        heading: c.t("4. Zeitlicher Ablauf", "4. Timeline"),
        blocks: vec![Block::Rows(rows)],
    }
}

fn nature(c: &Ctx) -> Section {
    let a = c.a;
    let rows = vec![
        c.row("Art des Vorfalls", "Type of incident", c.incident()),
        c.row("Ursache", "Cause", c.cause()),
        c.row("Beschreibung", "Description", c.or_open(&a.description)),
        c.row("Vertraulichkeit", "Confidentiality", c.confidentiality()),
        c.row("Integrität", "Integrity", c.integrity()),
        c.row("Verfügbarkeit", "Availability", c.availability()),
    ];
    let rows2 = vec![
        c.row(
            "Ungefähre Zahl der betroffenen Personen",
            "Approximate number of people concerned",
            c.subjects(),
        ),
        c.row(
            "Kategorien betroffener Personen",
            "Categories of people concerned",
            c.or_open(&a.subject_groups),
        ),
        c.row(
            "Darunter schutzbedürftige Personen (z. B. Kinder, Patienten)",
            "Including vulnerable people (e.g. children, patients)",
            super::format::yes_no(a.vulnerable, c.lang),
        ),
        c.row(
            "Ungefähre Zahl der betroffenen Datensätze",
            "Approximate number of records concerned",
            c.records(),
        ),
    ];
    Section {
        heading: c.t(
            "5. Art der Verletzung, betroffene Daten und Personen (Art. 33 Abs. 3 lit. a DSGVO)",
            "5. Nature of the breach, data and people concerned (Art. 33(3)(a) GDPR)",
        ),
        blocks: vec![
            Block::Rows(rows),
            Block::Para(c.t(
                "Kategorien personenbezogener Daten:",
                "Categories of personal data:",
            )),
            Block::List(c.categories()),
            Block::Rows(rows2),
        ],
    }
}

fn consequences(c: &Ctx) -> Section {
    let mut blocks = vec![Block::Rows(vec![
        c.row(
            "Einschätzung des Verantwortlichen",
            "The controller's assessment",
            c.or_open(&c.a.consequences),
        ),
        c.row(
            "Missbrauch bereits festgestellt",
            "Misuse already observed",
            super::format::yes_no(c.a.misuse_observed, c.lang),
        ),
    ])];
    let typical = c.typical_consequences();
    if !typical.is_empty() {
        blocks.push(Block::Para(c.t(
            "Mögliche Folgen bei diesen Daten und dieser Art der Verletzung:",
            "Possible consequences for these data and this kind of breach:",
        )));
        blocks.push(Block::List(typical));
    }
    Section {
        heading: c.t(
            "6. Wahrscheinliche Folgen (Art. 33 Abs. 3 lit. c DSGVO)",
            "6. Likely consequences (Art. 33(3)(c) GDPR)",
        ),
        blocks,
    }
}

fn measures(c: &Ctx) -> Section {
    let mut rows = vec![
        c.row(
            "Bereits ergriffene Maßnahmen",
            "Measures taken",
            c.or_open(&c.a.measures_taken),
        ),
        c.row(
            "Geplante Maßnahmen, auch zur Abmilderung nachteiliger Auswirkungen",
            "Measures proposed, including to mitigate possible adverse effects",
            c.or_open(&c.a.measures_planned),
        ),
    ];
    rows.extend(c.protection_rows());
    Section {
        heading: c.t(
            "7. Ergriffene und vorgeschlagene Maßnahmen (Art. 33 Abs. 3 lit. d DSGVO)",
            "7. Measures taken or proposed (Art. 33(3)(d) GDPR)",
        ),
        blocks: vec![
            Block::Rows(rows),
            Block::Para(c.t(
                "Empfehlungen an die betroffenen Personen, um mögliche Nachteile zu mindern:",
                "Recommendations to the people affected to mitigate possible adverse effects:",
            )),
            Block::List(c.advice()),
        ],
    }
}

fn people(c: &Ctx) -> Section {
    Section {
        heading: c.t(
            "8. Benachrichtigung der betroffenen Personen (Art. 34 DSGVO)",
            "8. Communication to the people affected (Art. 34 GDPR)",
        ),
        blocks: vec![
            Block::Para(c.subjects_decision()),
            Block::Rows(vec![c.row(
                "Bereits erfolgt oder geplant (wie und wann)",
                "Done or planned (how and when)",
                c.or_open(&c.a.subjects_informed),
            )]),
        ],
    }
}

fn cross_border(c: &Ctx) -> Section {
    let abroad = match c.a.country {
        Some(country) if country != crate::domain::authority::Country::DE => c.t(
            "Hauptniederlassung außerhalb Deutschlands; Staaten und Zahl der dort betroffenen Personen:",
            "Main establishment outside Germany; countries and number of people affected there:",
        ),
        _ => c.t(
            "Ob Personen in anderen EU- oder EWR-Staaten betroffen sind:",
            "Whether people in other EU or EEA countries are affected:",
        ),
    };
    Section {
        heading: c.t("9. Grenzüberschreitende Aspekte", "9. Cross-border aspects"),
        blocks: vec![Block::Rows(vec![
            c.row(
                "Sitz des Verantwortlichen",
                "Seat of the controller",
                c.seat(),
            ),
            Row {
                label: abroad.trim_end_matches(':').to_string(),
                value: c.open(),
            },
        ])],
    }
}

fn other_authorities(c: &Ctx) -> Section {
    Section {
        heading: c.t(
            "10. Information weiterer Stellen (z. B. Polizei, CERT)",
            "10. Other authorities informed (e.g. police, CERT)",
        ),
        blocks: vec![Block::Para(c.or_open(&c.a.other_authorities))],
    }
}

fn risk_assessment(c: &Ctx) -> Section {
    let mut blocks = vec![
        Block::Para(c.risk_sentence()),
        Block::Para(c.t(
            "Die Bewertung des Verantwortlichen stützt sich auf folgende Feststellungen:",
            "The controller's assessment rests on these findings:",
        )),
        Block::List(c.reasons()),
    ];
    if let Some(line) = c.enisa_line() {
        blocks.push(Block::Para(line));
    }
    Section {
        heading: c.t(
            "11. Risikobewertung des Verantwortlichen",
            "11. The controller's risk assessment",
        ),
        blocks,
    }
}

fn closing(c: &Ctx) -> Section {
    let signer = c.or_open(&c.a.contact_name);
    Section {
        heading: String::new(),
        blocks: vec![
            Block::Para(c.t(
                "Für Rückfragen stehen wir Ihnen gern zur Verfügung.",
                "We are glad to answer any questions.",
            )),
            Block::Para(format!(
                "{}\n{}\n{}",
                c.t("Mit freundlichen Grüßen", "Yours faithfully"),
                signer,
                c.org_name()
            )),
        ],
    }
}
