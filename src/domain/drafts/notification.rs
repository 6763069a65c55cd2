//! The notification to the supervisory authority (Art. 33(1) GDPR), or, for a processor, its
//! notice to the controller (Art. 33(2)).
//!
//! Sections follow what the German authorities' forms ask (type of report, controller and
//! reporting person, contact point, timeline, the breach, consequences, measures, telling the
//! people, cross-border aspects, other authorities, own risk assessment); the four elements of
//! Art. 33(3) are named in their headings. The letter is what the controller signs: its reasons
//! are in plain words, without the tool's scores; how to submit it, and every other hint for the
//! person preparing it, are notes beside the letter, not part of it.

use super::ctx::Ctx;
use super::document::{Block, DocKind, Document, Row, Section};
use super::format;
use crate::domain::authority::AuthorityDecision;
use crate::domain::{Lang, RiskLevel, Role};

/// The notification to the competent supervisory authority, or a processor's notice to its
/// controller.
pub(super) fn document(c: &Ctx) -> Document {
    if c.processor() {
        return processor_notice(c);
    }
    let (address, notes) = addressee(c);
    let sections = vec![
        opening(c),
        kind_of_report(c),
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

/// The address block, and the notes for the person preparing the notification: how to submit
/// it, whether the authority is settled, whether a notification is needed at all.
fn addressee(c: &Ctx) -> (Vec<String>, Vec<String>) {
    let (main, others) = c.authorities();
    let mut address = Vec::new();
    let mut notes = Vec::new();
    match main {
        Some(a) => {
            address.push(c.authority_name(a));
            match a.contact().postal_address {
                Some(p) => address.extend(p.split(", ").map(str::to_string)),
                None => address.push(format!(
                    "{}: {}",
                    c.t("Postanschrift", "Postal address"),
                    c.open()
                )),
            }
            let mut how = Vec::new();
            match a.breach_link() {
                Some((url, verify)) => {
                    how.push(match c.lang {
                        Lang::De => format!("Online-Meldeformular der Behörde: {url}"),
                        Lang::En => format!("the authority's online breach form: {url}"),
                    });
                    if verify {
                        how.push(c.t(
                            "den Link bitte vor Nutzung prüfen",
                            "please verify the link before use",
                        ));
                    }
                }
                None => {
                    if let Some(w) = a.contact().website {
                        how.push(match c.lang {
                            Lang::De => format!(
                                "Link zum Meldeformular nicht im Verzeichnis; bitte über die Website {w} aufrufen"
                            ),
                            Lang::En => format!(
                                "link to the breach form not in the directory; please find it via {w}"
                            ),
                        });
                    }
                }
            }
            if let Some(e) = a.contact().email {
                how.push(match c.lang {
                    Lang::De => format!("E-Mail {e}"),
                    Lang::En => format!("e-mail {e}"),
                });
            }
            if let Some(p) = a.contact().phone {
                how.push(match c.lang {
                    Lang::De => format!("Telefon {p}"),
                    Lang::En => format!("phone {p}"),
                });
            }
            if !how.is_empty() {
                notes.push(match c.lang {
                    Lang::De => format!("Meldeweg: {}.", how.join("; ")),
                    Lang::En => format!("How to submit: {}.", how.join("; ")),
                });
            }
            notes.push(c.t(
                "Dieser Entwurf enthält die Angaben, die das Meldeformular der Behörde abfragt; Sie können sie dort übernehmen oder die Meldung auf anderem Weg übermitteln. Füllen Sie die als offen markierten Stellen vor dem Absenden aus.",
                "This draft holds the details the authority's breach form asks for; you can copy them into the form or send the notification by other means. Fill in the places marked as open before sending.",
            ));
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
            notes.push(format!(
                "{} {}",
                c.t(
                    "Die zuständige Behörde steht noch nicht fest:",
                    "The competent authority is not settled yet:"
                ),
                c.s.authority.rule_text(c.lang)
            ));
        }
    }
    if !others.is_empty() {
        let names: Vec<String> = others.iter().map(|a| c.authority_name(a)).collect();
        // Without a main establishment in the Union, every one of them is competent (EDPB
        // Guidelines 9/2022 para 73); otherwise the others only may be.
        let every = matches!(c.s.authority, AuthorityDecision::Several { .. });
        notes.push(format!(
            "{} {}",
            if every {
                c.t(
                    "Dieselbe Meldung geht auch an jede dieser Behörden (jede Aufsicht eines Staates, in dem Betroffene leben; EDSA-Leitlinien 9/2022, Rn. 73):",
                    "The same notification also goes to each of these authorities (every authority of a country where people affected live; EDPB Guidelines 9/2022 para 73):",
                )
            } else {
                c.t(
                    "Weitere möglicherweise zuständige Behörden:",
                    "Other authorities that may be competent:",
                )
            },
            names.join("; ")
        ));
    }
    if let Some(why) = c.s.authority.why_text(c.lang) {
        notes.push(format!(
            "{} {why}",
            c.t(
                "Zuständigkeit bitte prüfen:",
                "Please check which authority is competent:"
            )
        ));
    }
    if !c.s.breach {
        notes.push(c.t(
            "Nach Ihren Angaben liegt keine Verletzung des Schutzes personenbezogener Daten vor; eine Meldung ist nicht erforderlich.",
            "By your answers this is not a personal data breach; no notification is required.",
        ));
    } else if !c.s.notify_authority {
        notes.push(c.t(
            "Nach der Prüfung ist keine Meldung erforderlich. Dieser Entwurf ist nur für den Fall gedacht, dass Sie dennoch melden möchten; dokumentieren Sie den Vorfall in jedem Fall.",
            "By the assessment no notification is required. This draft is only for the case that you want to notify anyway; record the breach in any case.",
        ));
    } else if c.s.late == Some(true) {
        notes.push(c.t(
            "Die 72-Stunden-Frist ist abgelaufen: Melden Sie trotzdem sofort und begründen Sie die Verzögerung.",
            "The 72-hour deadline has passed: notify at once anyway and give the reasons for the delay.",
        ));
    } else {
        notes.push(c.t(
            "Melden Sie unverzüglich: die 72 Stunden sind die äußerste Grenze, kein Zeitraum, der ausgeschöpft werden soll. Was noch nicht feststeht, reichen Sie nach (Art. 33 Abs. 4 DSGVO).",
            "Notify without undue delay: the 72 hours are the outer limit, not a period to be used up. What is not known yet can follow later (Art. 33(4) GDPR).",
        ));
    }
    (address, notes)
}

/// The earlier notification a follow-up adds to: its date and reference, as given.
fn first_notice(c: &Ctx) -> (String, String) {
    (
        format::local_text(&c.a.first_notice_at, c.lang).unwrap_or_else(|| c.open()),
        c.or_open(&c.a.first_notice_reference),
    )
}

fn opening(c: &Ctx) -> Section {
    let text = if c.a.follow_up {
        let (at, reference) = first_notice(c);
        match c.lang {
            Lang::De => format!(
                "Sehr geehrte Damen und Herren,\n\nhiermit ergänzen wir unsere Meldung vom {at} (Aktenzeichen oder Kennung: {reference}) über eine Verletzung des Schutzes personenbezogener Daten (Art. 33 Abs. 4 DSGVO)."
            ),
            Lang::En => format!(
                "Dear Sir or Madam,\n\nWe hereby add to our notification of {at} (reference: {reference}) of a personal data breach (Art. 33(4) GDPR)."
            ),
        }
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

/// Initial or follow-up, and whether anything is still to follow. Only an open answer or a
/// provisional part of the assessment promises a follow-up; blanks the sender fills in do not.
fn kind_of_report(c: &Ctx) -> Section {
    let processor = c.processor();
    let mut rows = vec![c.row(
        "Art der Meldung",
        "Type of report",
        match (c.a.follow_up, processor) {
            (true, false) => c.t(
                "Folgemeldung: Ergänzung einer früheren Meldung (Art. 33 Abs. 4 DSGVO)",
                "Follow-up: adds to an earlier notification (Art. 33(4) GDPR)",
            ),
            (true, true) => c.t(
                "Ergänzung einer früheren Information",
                "Follow-up: adds to an earlier notice",
            ),
            (false, false) => c.t("Erstmeldung", "Initial notification"),
            (false, true) => c.t("Erstinformation", "Initial notice"),
        },
    )];
    if c.a.follow_up {
        let (at, reference) = first_notice(c);
        rows.push(c.row(
            "Datum der ersten Meldung",
            "Date of the first notification",
            at,
        ));
        rows.push(c.row(
            "Aktenzeichen oder Kennung der ersten Meldung",
            "Reference of the first notification",
            reference,
        ));
    }
    let open = c.open_fields();
    let provisional = !processor && c.s.provisional.any();
    let state = if provisional {
        c.t(
            "vorläufig: ein Teil der Bewertung hängt noch von offenen Angaben ab und beruht bis zu ihrer Klärung auf der vorsichtigeren Annahme; die offenen Angaben werden ohne unangemessene weitere Verzögerung nachgereicht (Art. 33 Abs. 4 DSGVO)",
            "provisional: part of the assessment still depends on open details and rests on the more cautious assumption until they are clarified; the open details will follow without undue further delay (Art. 33(4) GDPR)",
        )
    } else if !open.is_empty() {
        c.t(
            "die Bewertung steht fest; einzelne noch offene Angaben werden ohne unangemessene weitere Verzögerung nachgereicht (Art. 33 Abs. 4 DSGVO)",
            "the assessment is settled; some details still open will follow without undue further delay (Art. 33(4) GDPR)",
        )
    } else {
        c.t(
            "vollständig nach heutigem Kenntnisstand",
            "complete as far as known today",
        )
    };
    rows.push(c.row("Stand der Angaben", "State of the information", state));
    let mut blocks = vec![Block::Rows(rows)];
    if !open.is_empty() {
        blocks.push(Block::Para(c.t("Noch offen sind:", "Still open:")));
        blocks.push(Block::List(open));
    }
    Section {
        heading: if processor {
            c.t("1. Art der Information", "1. Type of notice")
        } else {
            c.t("1. Art der Meldung", "1. Type of report")
        },
        blocks,
    }
}

fn controller(c: &Ctx) -> Section {
    let a = c.a;
    let processor = c.processor();
    let role = match a.role {
        Some(Role::Controller) => c.t(
            "Verantwortlicher (Art. 4 Nr. 7 DSGVO)",
            "controller (Art. 4(7) GDPR)",
        ),
        Some(Role::Processor) => c.t(
            "Auftragsverarbeiter (Art. 4 Nr. 8 DSGVO)",
            "processor (Art. 4(8) GDPR)",
        ),
        None => c.open(),
    };
    let mut rows = vec![
        c.row("Name der Stelle", "Name of the organisation", c.org_name()),
        c.row("Anschrift", "Address", c.or_open(&a.org_address)),
        c.row("Art der Stelle", "Kind of organisation", c.org_kind()),
        c.row("Rolle", "Role", role),
    ];
    // A controller seated outside the EU/EEA names its representative in the Union (Art. 27).
    if a.country.is_some_and(|country| !country.is_eea()) {
        rows.push(c.row(
            "Vertreter in der Union (Art. 27 DSGVO)",
            "Representative in the Union (Art. 27 GDPR)",
            c.or_open(&a.representative),
        ));
    }
    if !processor {
        if let Some(rule) = c.competence() {
            rows.push(c.row(
                "Zuständigkeit der Aufsichtsbehörde",
                "Competence of the supervisory authority",
                rule,
            ));
        }
    }
    rows.extend([
        c.row(
            "Meldende Person",
            "Reporting person",
            c.or_open(&a.contact_name),
        ),
        c.row("Funktion", "Position", c.or_open(&a.contact_role)),
        c.row("E-Mail", "E-mail", c.or_open(&a.contact_email)),
        c.row("Telefon", "Phone", c.or_open(&a.contact_phone)),
    ]);
    Section {
        heading: if processor {
            c.t(
                "2. Auftragsverarbeiter und meldende Person",
                "2. Processor and reporting person",
            )
        } else {
            c.t(
                "2. Verantwortlicher und meldende Person",
                "2. Controller and reporting person",
            )
        },
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
    let processor = c.processor();
    let mut rows = vec![
        c.row(
            "Zeitpunkt der Verletzung",
            "When the breach occurred",
            c.occurred(),
        ),
        c.row(
            "Dauert die Verletzung noch an?",
            "Is the breach still ongoing?",
            c.ongoing(),
        ),
        c.row(
            if processor {
                "Kenntnis bei uns erlangt am"
            } else {
                "Kenntnis erlangt am"
            },
            if processor {
                "We became aware on"
            } else {
                "Became aware on"
            },
            c.aware(),
        ),
        c.row(
            "Wie die Verletzung entdeckt wurde",
            "How it was discovered",
            c.discovery(),
        ),
    ];
    if processor {
        rows.push(c.row(
            "Information des Verantwortlichen",
            "Notice to the controller",
            c.t(
                "unverzüglich nach unserer Kenntnis (Art. 33 Abs. 2 DSGVO)",
                "without undue delay after we became aware (Art. 33(2) GDPR)",
            ),
        ));
    } else {
        rows.push(c.row(
            "Meldefrist (Art. 33 Abs. 1 DSGVO)",
            "Deadline (Art. 33(1) GDPR)",
            c.deadline(),
        ));
        let late = c.s.late == Some(true);
        if late || !c.a.delay_reasons.trim().is_empty() {
            rows.push(c.row(
                "Gründe für die Verzögerung (Art. 33 Abs. 1 Satz 2 DSGVO)",
                "Reasons for the delay (Art. 33(1), second sentence, GDPR)",
                c.or_open(&c.a.delay_reasons),
            ));
        }
    }
    let mut blocks = vec![Block::Rows(rows)];
    if let Some(sooner) = c.sooner() {
        blocks.push(Block::Para(sooner));
    }
    Section {
        heading: c.t("4. Zeitlicher Ablauf", "4. Timeline"),
        blocks,
    }
}

fn nature(c: &Ctx) -> Section {
    let a = c.a;
    let mut rows = vec![
        c.row("Art des Vorfalls", "Type of incident", c.incident()),
        c.row("Ursache", "Cause", c.cause()),
        c.row("Beschreibung", "Description", c.or_open(&a.description)),
    ];
    rows.extend(c.access_rows());
    rows.extend([
        c.row("Integrität", "Integrity", c.integrity()),
        c.row("Verfügbarkeit", "Availability", c.availability()),
        c.processor_row(),
    ]);
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
            format::yes_no(a.vulnerable, c.lang),
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
            if c.processor() {
                "Unsere Einschätzung"
            } else {
                "Einschätzung des Verantwortlichen"
            },
            if c.processor() {
                "Our assessment"
            } else {
                "The controller's assessment"
            },
            c.or_open(&c.a.consequences),
        ),
        c.row(
            "Missbrauch bereits festgestellt",
            "Misuse already observed",
            format::yes_no(c.a.misuse_observed, c.lang),
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
    let mut blocks = vec![Block::Rows(rows)];
    if !c.processor() {
        blocks.push(Block::Para(c.t(
            "Empfehlungen an die betroffenen Personen, um mögliche Nachteile zu mindern:",
            "Recommendations to the people affected to mitigate possible adverse effects:",
        )));
        blocks.push(Block::List(c.advice()));
    }
    Section {
        heading: c.t(
            "7. Ergriffene und vorgeschlagene Maßnahmen (Art. 33 Abs. 3 lit. d DSGVO)",
            "7. Measures taken or proposed (Art. 33(3)(d) GDPR)",
        ),
        blocks,
    }
}

/// Whether the people are told, and what was sent to them and when.
fn people(c: &Ctx) -> Section {
    let informed = c.a.subjects_informed.trim();
    // The date is asked where a message is required or was dated; a "not planned" needs none.
    let mut rows = vec![c.row(
        "Nachricht an die Betroffenen (Weg und Inhalt, erfolgt oder geplant)",
        "Message to the people affected (channel and content, sent or planned)",
        c.or_open(informed),
    )];
    let required = matches!(
        c.s.notify_subjects,
        crate::domain::SubjectNotice::Yes | crate::domain::SubjectNotice::PublicCommunication
    );
    if required || !c.a.subjects_informed_at.trim().is_empty() {
        rows.push(c.row("Versandt am", "Sent on", c.subjects_informed_at()));
    }
    Section {
        heading: c.t(
            "8. Benachrichtigung der betroffenen Personen (Art. 34 DSGVO)",
            "8. Communication to the people affected (Art. 34 GDPR)",
        ),
        blocks: vec![Block::Para(c.subjects_decision()), Block::Rows(rows)],
    }
}

fn cross_border(c: &Ctx) -> Section {
    let abroad = match c.a.country {
        Some(country) if country != crate::domain::authority::Country::DE => c.t(
            "Hauptniederlassung außerhalb Deutschlands; Personen in anderen EU- oder EWR-Staaten betroffen",
            "Main establishment outside Germany; people in other EU or EEA countries affected",
        ),
        _ => c.t(
            "Personen in anderen EU- oder EWR-Staaten betroffen",
            "People in other EU or EEA countries affected",
        ),
    };
    Section {
        heading: c.t("9. Grenzüberschreitende Aspekte", "9. Cross-border aspects"),
        blocks: vec![Block::Rows(vec![
            c.row(
                if c.processor() {
                    "Sitz des Auftragsverarbeiters"
                } else {
                    "Sitz des Verantwortlichen"
                },
                if c.processor() {
                    "Seat of the processor"
                } else {
                    "Seat of the controller"
                },
                c.seat(),
            ),
            Row {
                label: abroad,
                value: c.cross_border(),
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

/// The controller's own assessment: the outcome and the findings it rests on, in plain words.
fn risk_assessment(c: &Ctx) -> Section {
    let outcome = match c.s.risk {
        Some(RiskLevel::Low) => c.t(
            "Nach unserer Bewertung führt die Verletzung voraussichtlich nicht zu einem Risiko für die Rechte und Freiheiten natürlicher Personen.",
            "In our assessment the breach is unlikely to result in a risk to the rights and freedoms of natural persons.",
        ),
        Some(RiskLevel::Risk) => c.t(
            "Nach unserer Bewertung führt die Verletzung voraussichtlich zu einem Risiko für die Rechte und Freiheiten der betroffenen Personen, nicht aber zu einem hohen Risiko.",
            "In our assessment the breach is likely to result in a risk to the rights and freedoms of the people affected, but not in a high risk.",
        ),
        Some(RiskLevel::High) => c.t(
            "Nach unserer Bewertung führt die Verletzung voraussichtlich zu einem hohen Risiko für die Rechte und Freiheiten der betroffenen Personen.",
            "In our assessment the breach is likely to result in a high risk to the rights and freedoms of the people affected.",
        ),
        None => c.risk_sentence(),
    };
    let mut blocks = vec![Block::Para(outcome)];
    let findings = c.findings();
    if !findings.is_empty() {
        blocks.push(Block::Para(c.t(
            "Die Bewertung stützt sich auf folgende Feststellungen:",
            "The assessment rests on these findings:",
        )));
        blocks.push(Block::List(findings));
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

// ---------------------------------------------------------------------------------------------
// A processor's notice to its controller (Art. 33(2))
// ---------------------------------------------------------------------------------------------

/// The notice a processor sends its controller: the facts the controller needs for its own
/// decision and notification, sent without undue delay. Not an Art. 33 letter to an authority.
fn processor_notice(c: &Ctx) -> Document {
    let opening = Section {
        heading: String::new(),
        blocks: vec![Block::Para(if c.a.follow_up {
            let (at, reference) = first_notice(c);
            match c.lang {
                Lang::De => format!(
                    "Sehr geehrte Damen und Herren,\n\nhiermit ergänzen wir unsere Information vom {at} (Kennung: {reference}) über eine Verletzung des Schutzes personenbezogener Daten, die wir in Ihrem Auftrag verarbeiten (Art. 33 Abs. 2 DSGVO)."
                ),
                Lang::En => format!(
                    "Dear Sir or Madam,\n\nWe hereby add to our notice of {at} (reference: {reference}) of a breach of personal data that we process on your behalf (Art. 33(2) GDPR)."
                ),
            }
        } else {
            c.t(
                "Sehr geehrte Damen und Herren,\n\nals Ihr Auftragsverarbeiter informieren wir Sie unverzüglich über eine Verletzung des Schutzes personenbezogener Daten, die wir in Ihrem Auftrag verarbeiten (Art. 33 Abs. 2 DSGVO).",
                "Dear Sir or Madam,\n\nAs your processor we inform you without undue delay of a breach of personal data that we process on your behalf (Art. 33(2) GDPR).",
            )
        })],
    };
    let yours = Section {
        heading: c.t("0. Ihre Entscheidung", "0. Your decision"),
        blocks: vec![Block::Para(c.t(
            "Mit dieser Information haben Sie als Verantwortlicher Kenntnis von der Verletzung; ab jetzt läuft Ihre Frist für eine etwaige Meldung an die Aufsichtsbehörde (unverzüglich, spätestens 72 Stunden, Art. 33 Abs. 1 DSGVO). Ob die Aufsichtsbehörde zu melden und ob die betroffenen Personen zu benachrichtigen sind (Art. 34 DSGVO), entscheiden Sie. Wir unterstützen Sie dabei und beantworten Ihre Rückfragen (Art. 28 Abs. 3 lit. f DSGVO).",
            "With this notice you, as the controller, are aware of the breach; your time for any notification to the supervisory authority runs from now (without undue delay, at the latest 72 hours, Art. 33(1) GDPR). Whether to notify the authority and whether to tell the people affected (Art. 34 GDPR) is for you to decide. We support you in this and answer your questions (Art. 28(3)(f) GDPR).",
        ))],
    };
    let sections = renumber(vec![
        opening,
        kind_of_report(c),
        controller(c),
        contact_point(c),
        timeline(c),
        nature(c),
        consequences(c),
        measures(c),
        cross_border(c),
        other_authorities(c),
        yours,
        closing(c),
    ]);
    let notes = vec![
        c.t(
            "Als Auftragsverarbeiter melden Sie nicht der Aufsichtsbehörde, sondern informieren unverzüglich den Verantwortlichen (Art. 33 Abs. 2 DSGVO). Prüfen Sie im Auftragsverarbeitungsvertrag, ob er eine kürzere Frist oder einen bestimmten Weg für diese Information vorsieht (Art. 28 Abs. 3 lit. f DSGVO).",
            "As a processor you do not notify the supervisory authority; you inform the controller without undue delay (Art. 33(2) GDPR). Check the processing contract for a shorter notice period or a set channel for this notice (Art. 28(3)(f) GDPR).",
        ),
        c.t(
            "Tragen Sie Name und Anschrift des Verantwortlichen ein. Warten Sie mit der Information nicht, bis alles geklärt ist; was noch offen ist, reichen Sie nach.",
            "Fill in the controller's name and address. Do not wait until everything is clear; send what is still open later.",
        ),
    ];
    Document {
        kind: DocKind::Authority,
        lang: c.lang,
        title: c.t(
            "Information des Verantwortlichen über eine Verletzung des Schutzes personenbezogener Daten (Art. 33 Abs. 2 DSGVO)",
            "Notice to the controller of a personal data breach (Art. 33(2) GDPR)",
        ),
        date_line: c.as_of(),
        address: vec![format!(
            "{}: {}",
            c.t("Verantwortlicher (Auftraggeber)", "Controller (client)"),
            c.open()
        )],
        sections,
        notes,
    }
}

/// Number the headed sections 1, 2, 3 … in order, whatever number each builder gave them (the
/// processor's notice leaves some sections of the letter out).
fn renumber(mut sections: Vec<Section>) -> Vec<Section> {
    let mut n = 0;
    for s in &mut sections {
        let Some((number, rest)) = s.heading.split_once(". ") else {
            continue;
        };
        if number.is_empty() || !number.chars().all(|ch| ch.is_ascii_digit()) {
            continue;
        }
        n += 1;
        s.heading = format!("{n}. {rest}");
    }
    sections
}
