//! The message to the people affected (Art. 34(2) GDPR) and its public variant (Art. 34(3)(c)).
//!
//! Art. 34(2) asks for clear and plain language, the nature of the breach and at least the
//! contact point, the likely consequences and the measures (Art. 33(3)(b)–(d)). Short sentences,
//! no legal terms in the running text; the articles appear only where they give the reader a
//! right.

use super::ctx::Ctx;
use super::document::{Block, DocKind, Document, Section};
use super::labels;
use crate::domain::{Confidentiality, Lang};

/// The message to the people affected; `public`: the public variant for Art. 34(3)(c).
pub(super) fn document(c: &Ctx, public: bool) -> Document {
    let title = match public {
        false => c.t(
            "Information über eine Datenpanne",
            "Information about a data breach",
        ),
        true => c.t(
            "Öffentliche Bekanntmachung einer Datenpanne",
            "Public notice of a data breach",
        ),
    };
    let date_line = match c.lang {
        Lang::De => format!("Datum: {}", c.today()),
        Lang::En => format!("Date: {}", c.today()),
    };
    let sections = vec![
        opening(c, public),
        what_happened(c, public),
        which_data(c, public),
        what_it_means(c, public),
        what_we_did(c),
        what_you_can_do(c, public),
        contact(c),
        closing(c, public),
    ];
    Document {
        kind: if public {
            DocKind::Public
        } else {
            DocKind::Subjects
        },
        lang: c.lang,
        title,
        date_line,
        address: Vec::new(),
        sections,
        notes: notes(c, public),
    }
}

/// Hints for the person preparing the message: whether it is required at all.
fn notes(c: &Ctx, public: bool) -> Vec<String> {
    use crate::domain::SubjectNotice::*;
    let s = c.s;
    let mut notes = Vec::new();
    if s.notify_controller {
        notes.push(c.t(
            "Als Auftragsverarbeiter benachrichtigen Sie die Betroffenen nicht selbst; das entscheidet der Verantwortliche.",
            "As a processor you do not tell the people affected yourself; that is the controller's decision.",
        ));
        return notes;
    }
    if !s.breach {
        notes.push(c.t(
            "Nach Ihren Angaben liegt keine Datenpanne vor; eine Benachrichtigung ist nicht erforderlich.",
            "By your answers this is not a personal data breach; no message is required.",
        ));
        return notes;
    }
    match (s.notify_subjects, public) {
        (Yes, false) | (PublicCommunication, true) => notes.push(c.t(
            "Nach der Prüfung vorgeschrieben: unverzüglich versenden (Art. 34 DSGVO). Getrennt von anderen Mitteilungen wie Newslettern verschicken.",
            "Required by the assessment: send without undue delay (Art. 34 GDPR). Send it on its own, not within other messages such as newsletters.",
        )),
        (Yes, true) => notes.push(c.t(
            "Nach der Prüfung sind die Betroffenen einzeln zu benachrichtigen. Eine öffentliche Bekanntmachung genügt nur, wenn das unverhältnismäßigen Aufwand erfordern würde (Art. 34 Abs. 3 lit. c DSGVO).",
            "By the assessment each person is to be told individually. A public notice is enough only where that would involve disproportionate effort (Art. 34(3)(c) GDPR).",
        )),
        (PublicCommunication, false) => notes.push(c.t(
            "Nach der Prüfung genügt eine öffentliche Bekanntmachung (Art. 34 Abs. 3 lit. c DSGVO). Wen Sie einzeln erreichen können, können Sie zusätzlich mit dieser Nachricht informieren.",
            "By the assessment a public notice is enough (Art. 34(3)(c) GDPR). People you can reach individually may also get this message.",
        )),
        (No, _) => notes.push(c.t(
            "Nach der Prüfung ist eine Benachrichtigung nicht vorgeschrieben. Sie dürfen die Betroffenen freiwillig informieren.",
            "By the assessment no message is required. You may tell the people affected voluntarily.",
        )),
    }
    notes
}

fn opening(c: &Ctx, public: bool) -> Section {
    let org = c.org_name();
    let text = match (public, c.lang) {
        (false, Lang::De) => format!(
            "Guten Tag,\n\nwir müssen Ihnen leider mitteilen, dass es bei uns ({org}) zu einem Vorfall gekommen ist, der auch Ihre personenbezogenen Daten betrifft. Das bedauern wir sehr. Mit diesem Schreiben erklären wir, was passiert ist, was das für Sie bedeuten kann und was Sie selbst tun können."
        ),
        (false, Lang::En) => format!(
            "Dear Sir or Madam,\n\nWe are sorry to tell you that an incident at our organisation ({org}) has affected your personal data. We very much regret this. This letter explains what happened, what it may mean for you and what you can do yourself."
        ),
        (true, Lang::De) => format!(
            "Bei uns ({org}) ist es zu einem Vorfall gekommen, der personenbezogene Daten betrifft. Wir können nicht alle betroffenen Personen mit vertretbarem Aufwand einzeln erreichen und informieren deshalb auf diesem Weg. Wir bedauern den Vorfall sehr."
        ),
        (true, Lang::En) => format!(
            "An incident at our organisation ({org}) has affected personal data. We cannot reach every person affected individually with reasonable effort, so we are informing the public in this way. We very much regret the incident."
        ),
    };
    Section {
        heading: String::new(),
        blocks: vec![Block::Para(text)],
    }
}

fn what_happened(c: &Ctx, public: bool) -> Section {
    let detail = match c.lang {
        Lang::De => format!("Im Einzelnen: {}", c.or_open(&c.a.description)),
        Lang::En => format!("In detail: {}", c.or_open(&c.a.description)),
    };
    let when = Block::Rows(vec![
        c.row("Wann es passiert ist", "When it happened", c.occurred()),
        c.row(
            "Wann wir davon erfahren haben",
            "When we learned of it",
            c.aware(),
        ),
    ]);
    let mut blocks = vec![Block::Para(
        labels::incident_plain(c.a.incident_type, !public, c.lang).to_string(),
    )];
    if c.disclosure() && c.a.confidentiality.is_some() {
        let recipients = matches!(
            c.a.confidentiality,
            Some(
                Confidentiality::TrustedRecipient
                    | Confidentiality::Colleagues
                    | Confidentiality::KnownRecipients
            )
        );
        blocks.push(Block::Para(match (c.a.accessed, recipients) {
            (Some(true), true) => c.t(
                "Die Empfänger haben die Daten nachweislich geöffnet.",
                "The recipients provably opened the data.",
            ),
            (Some(true), false) => c.t(
                "Unbefugte haben die Daten nachweislich geöffnet.",
                "Unauthorised persons provably opened the data.",
            ),
            (Some(false), _) => c.t(
                "Nach unseren Feststellungen wurden die Daten nicht geöffnet.",
                "As far as we have established, the data were not opened.",
            ),
            (None, true) => c.t(
                "Die Empfänger konnten die Daten sehen; ob sie es getan haben, wissen wir nicht.",
                "The recipients could see the data; we do not know whether they did.",
            ),
            (None, false) => c.t(
                "Unbefugte konnten die Daten sehen; ob sie es getan haben, wissen wir nicht.",
                "Unauthorised persons could see the data; we do not know whether they did.",
            ),
        }));
    }
    blocks.push(Block::Para(detail));
    blocks.push(when);
    Section {
        heading: c.t("Was ist passiert?", "What happened?"),
        blocks,
    }
}

fn which_data(c: &Ctx, public: bool) -> Section {
    let mut blocks = vec![
        Block::Para(match public {
            false => c.t("Betroffen sind:", "The data affected are:"),
            true => c.t(
                "Betroffen sind folgende Arten von Daten:",
                "The following kinds of data are affected:",
            ),
        }),
        Block::List(c.categories_plain()),
    ];
    if public {
        blocks.push(Block::Rows(vec![
            c.row(
                "Betroffener Personenkreis",
                "Who is affected",
                c.or_open(&c.a.subject_groups),
            ),
            c.row(
                "Ungefähre Zahl der Betroffenen",
                "Approximate number of people",
                c.subjects(),
            ),
        ]));
    }
    Section {
        heading: c.t("Welche Daten sind betroffen?", "Which data are affected?"),
        blocks,
    }
}

fn what_it_means(c: &Ctx, public: bool) -> Section {
    let mut blocks = Vec::new();
    if c.a.misuse_observed == Some(true) {
        blocks.push(Block::Para(c.t(
            "Wir wissen bereits, dass Daten missbraucht wurden.",
            "We already know that data have been misused.",
        )));
    }
    let typical = c.typical_consequences();
    let has_typical = !typical.is_empty();
    if has_typical {
        blocks.push(Block::Para(match public {
            false => c.t(
                "Möglich sind für Sie insbesondere:",
                "For you this may in particular mean:",
            ),
            true => c.t(
                "Für die Betroffenen möglich sind insbesondere:",
                "For the people affected this may in particular mean:",
            ),
        }));
        blocks.push(Block::List(typical));
    }
    let own = c.a.consequences.trim();
    if !own.is_empty() {
        blocks.push(Block::Para(own.to_string()));
    } else if !has_typical {
        blocks.push(Block::Para(c.open()));
    }
    Section {
        heading: c.t("Was kann das bedeuten?", "What could this mean?"),
        blocks,
    }
}

fn what_we_did(c: &Ctx) -> Section {
    let mut blocks = vec![Block::Para(c.or_open(&c.a.measures_taken))];
    let planned = c.a.measures_planned.trim();
    if !planned.is_empty() {
        blocks.push(Block::Para(match c.lang {
            Lang::De => format!("Außerdem planen wir: {planned}"),
            Lang::En => format!("We also plan the following: {planned}"),
        }));
    }
    if c.s.notify_authority {
        let (main, _) = c.authorities();
        blocks.push(Block::Para(match (main, c.lang) {
            (Some(a), Lang::De) => format!(
                "Den Vorfall melden wir der zuständigen Datenschutz-Aufsichtsbehörde ({}).",
                c.authority_name(a)
            ),
            (Some(a), Lang::En) => format!(
                "We are reporting the incident to the competent data protection authority ({}).",
                c.authority_name(a)
            ),
            (None, _) => c.t(
                "Den Vorfall melden wir der zuständigen Datenschutz-Aufsichtsbehörde.",
                "We are reporting the incident to the competent data protection authority.",
            ),
        }));
    }
    Section {
        heading: c.t("Was wir unternommen haben", "What we have done"),
        blocks,
    }
}

fn what_you_can_do(c: &Ctx, public: bool) -> Section {
    Section {
        heading: match public {
            false => c.t("Was Sie selbst tun können", "What you can do yourself"),
            true => c.t(
                "Was Betroffene selbst tun können",
                "What people affected can do themselves",
            ),
        },
        blocks: vec![Block::List(c.advice())],
    }
}

fn contact(c: &Ctx) -> Section {
    Section {
        heading: c.t("Ihre Ansprechpartner", "Who to contact"),
        blocks: vec![Block::Rows(vec![
            c.row("Kontaktstelle", "Contact point", c.contact_line()),
            c.row(
                "Datenschutzbeauftragte/r",
                "Data protection officer",
                c.or_open(&c.a.dpo),
            ),
        ])],
    }
}

/// A letter closes with a greeting; a public notice is just signed by the organisation.
fn closing(c: &Ctx, public: bool) -> Section {
    let text = if public {
        c.org_name()
    } else {
        format!(
            "{}\n{}",
            c.t("Mit freundlichen Grüßen", "Yours faithfully"),
            c.org_name()
        )
    };
    Section {
        heading: String::new(),
        blocks: vec![Block::Para(text)],
    }
}
