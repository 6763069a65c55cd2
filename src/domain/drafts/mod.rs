//! Printable drafts built from the answers and the assessment (issue #5).
//!
//! Three documents, each in German or English whatever the interface language:
//! - [`authority_notification`]: the notification to the competent supervisory authority with
//!   every element of Art. 33(3) GDPR and what the German authorities' forms ask besides;
//! - [`subjects_message`]: the message to the people affected (Art. 34(2)) in plain language,
//!   and [`public_communication`], its public variant for Art. 34(3)(c);
//! - [`breach_record`]: the internal record every breach needs (Art. 33(5)).
//!
//! A [`Document`] is plain data (title, date line, sections of paragraphs, lists and label/value
//! rows), so the interface renders it as text nodes and [`Document::to_text`] gives the text for
//! copying and downloading. Answers that are still open appear as a visible placeholder
//! ([`format::OPEN_DE`] / [`format::OPEN_EN`]), never as blank space. Free text is carried over
//! exactly as typed; the functions here are pure and never panic.

pub mod advice;
pub mod format;
pub mod labels;
mod notification;
mod people;
mod record;

use crate::domain::answers::{Answers, Derived, Field, Occurrence, MAX_PEOPLE, MAX_RECORDS};
use crate::domain::authority::{self, Authority, AuthorityDecision};
use crate::domain::reason::{category_name, level_name};
use crate::domain::{Assessment, Instant, Lang, ReasonKind, SubjectNotice};
use format::{open, or_open, pick};

/// Which draft.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DocKind {
    /// Notification to the supervisory authority (Art. 33).
    Authority,
    /// Message to each person affected (Art. 34(1), (2)).
    Subjects,
    /// Public communication instead of individual messages (Art. 34(3)(c)).
    Public,
    /// Internal breach record (Art. 33(5)).
    Record,
}

impl DocKind {
    pub const ALL: [DocKind; 4] = [
        DocKind::Authority,
        DocKind::Subjects,
        DocKind::Public,
        DocKind::Record,
    ];
    /// A stable key (file names, data attributes).
    pub fn key(self) -> &'static str {
        match self {
            DocKind::Authority => "authority",
            DocKind::Subjects => "subjects",
            DocKind::Public => "public",
            DocKind::Record => "record",
        }
    }
    pub fn from_key(key: &str) -> Option<DocKind> {
        DocKind::ALL.into_iter().find(|k| k.key() == key)
    }
}

/// A label with its value, e.g. "Meldende Person: Erika Muster".
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    pub label: String,
    pub value: String,
}

/// A piece of a section.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Block {
    /// A paragraph. May contain line breaks from the user's text.
    Para(String),
    /// A bulleted list.
    List(Vec<String>),
    /// Label/value pairs, like the fields of a form.
    Rows(Vec<Row>),
}

/// A section with a heading (empty: no heading, e.g. the closing lines of a letter).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Section {
    pub heading: String,
    pub blocks: Vec<Block>,
}

impl Section {
    /// Whether any text of the section contains `needle`.
    pub fn contains(&self, needle: &str) -> bool {
        self.heading.contains(needle)
            || self.blocks.iter().any(|b| match b {
                Block::Para(p) => p.contains(needle),
                Block::List(items) => items.iter().any(|i| i.contains(needle)),
                Block::Rows(rows) => rows
                    .iter()
                    .any(|r| r.label.contains(needle) || r.value.contains(needle)),
            })
    }
}

/// One draft document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Document {
    pub kind: DocKind,
    pub lang: Lang,
    pub title: String,
    /// "Stand: 23.11.2026, 14:05 Uhr" and the like.
    pub date_line: String,
    /// The addressee, one line each (letters to an authority only).
    pub address: Vec<String>,
    pub sections: Vec<Section>,
    /// Hints for whoever prepares the document (e.g. "no notification is required"). Shown next
    /// to the preview; not part of the document, so neither printed nor copied.
    pub notes: Vec<String>,
}

impl Document {
    /// The document as plain text, for the clipboard and the text file. Headings are underlined,
    /// list items start with "- ", rows read "Label: value"; continuation lines are indented.
    pub fn to_text(&self) -> String {
        let mut out = String::new();
        underline(&mut out, &self.title, '=');
        out.push_str(&clean(&self.date_line));
        out.push('\n');
        if !self.address.is_empty() {
            out.push('\n');
            for line in &self.address {
                out.push_str(&clean(line));
                out.push('\n');
            }
        }
        for section in &self.sections {
            out.push('\n');
            if !section.heading.is_empty() {
                underline(&mut out, &section.heading, '-');
            }
            for (i, block) in section.blocks.iter().enumerate() {
                if i > 0 {
                    out.push('\n');
                }
                match block {
                    Block::Para(p) => {
                        out.push_str(&clean(p));
                        out.push('\n');
                    }
                    Block::List(items) => {
                        for item in items {
                            out.push_str("- ");
                            out.push_str(&indent(item, "  "));
                            out.push('\n');
                        }
                    }
                    Block::Rows(rows) => {
                        for row in rows {
                            out.push_str(&clean(&row.label));
                            out.push_str(": ");
                            out.push_str(&indent(&row.value, "  "));
                            out.push('\n');
                        }
                    }
                }
            }
        }
        out
    }

    /// A file name for the text download, e.g. `meldung-aufsichtsbehoerde-2026-11-23.txt`.
    pub fn file_name(&self, now: Instant, offset_minutes: i32) -> String {
        let c = now.civil(offset_minutes);
        let stem = match (self.kind, self.lang) {
            (DocKind::Authority, Lang::De) => "meldung-aufsichtsbehoerde",
            (DocKind::Authority, Lang::En) => "notification-authority",
            (DocKind::Subjects, Lang::De) => "benachrichtigung-betroffene",
            (DocKind::Subjects, Lang::En) => "message-people-affected",
            (DocKind::Public, Lang::De) => "oeffentliche-bekanntmachung",
            (DocKind::Public, Lang::En) => "public-notice",
            (DocKind::Record, Lang::De) => "dokumentation-datenpanne",
            (DocKind::Record, Lang::En) => "breach-record",
        };
        format!("{stem}-{:04}-{:02}-{:02}.txt", c.year, c.month, c.day)
    }
}

/// Line breaks of any platform become `\n`.
fn clean(s: &str) -> String {
    s.replace("\r\n", "\n").replace('\r', "\n")
}

/// Continuation lines of a multi-line value, indented.
fn indent(s: &str, by: &str) -> String {
    clean(s).replace('\n', &format!("\n{by}"))
}

fn underline(out: &mut String, text: &str, ch: char) {
    let text = clean(text);
    out.push_str(&text);
    out.push('\n');
    let width = text.lines().map(|l| l.chars().count()).max().unwrap_or(0);
    out.extend(std::iter::repeat_n(ch, width.max(3)));
    out.push('\n');
}

/// The UTC offset in minutes east that applies at an instant: a fixed number (`i32`), or the
/// rules of the user's time zone (the browser's), so that a deadline after a clock change shows
/// the wall-clock time that will then apply.
pub trait Offsets {
    fn offset_at(&self, at: Instant) -> i32;
}

impl Offsets for i32 {
    fn offset_at(&self, _: Instant) -> i32 {
        *self
    }
}

/// Build the draft of `kind` with a fixed UTC offset.
pub fn build(
    kind: DocKind,
    answers: &Answers,
    derived: &Derived,
    assessment: &Assessment,
    lang: Lang,
    now: Instant,
    offset_minutes: i32,
) -> Document {
    build_in(
        kind,
        answers,
        derived,
        assessment,
        lang,
        now,
        &offset_minutes,
    )
}

/// Build the draft of `kind`, reading local times in `zone`.
pub fn build_in(
    kind: DocKind,
    answers: &Answers,
    derived: &Derived,
    assessment: &Assessment,
    lang: Lang,
    now: Instant,
    zone: &dyn Offsets,
) -> Document {
    let c = Ctx {
        a: answers,
        d: derived,
        s: assessment,
        lang,
        now,
        zone,
    };
    match kind {
        DocKind::Authority => notification::document(&c),
        DocKind::Subjects => people::document(&c, false),
        DocKind::Public => people::document(&c, true),
        DocKind::Record => record::document(&c),
    }
}

/// The notification to the competent supervisory authority (Art. 33 GDPR), in `lang`.
pub fn authority_notification(
    answers: &Answers,
    derived: &Derived,
    assessment: &Assessment,
    lang: Lang,
    now: Instant,
    offset_minutes: i32,
) -> Document {
    build(
        DocKind::Authority,
        answers,
        derived,
        assessment,
        lang,
        now,
        offset_minutes,
    )
}

/// The message to each person affected (Art. 34(2) GDPR), in `lang`.
pub fn subjects_message(
    answers: &Answers,
    derived: &Derived,
    assessment: &Assessment,
    lang: Lang,
    now: Instant,
    offset_minutes: i32,
) -> Document {
    build(
        DocKind::Subjects,
        answers,
        derived,
        assessment,
        lang,
        now,
        offset_minutes,
    )
}

/// The public communication that replaces individual messages where those would involve
/// disproportionate effort (Art. 34(3)(c) GDPR), in `lang`.
pub fn public_communication(
    answers: &Answers,
    derived: &Derived,
    assessment: &Assessment,
    lang: Lang,
    now: Instant,
    offset_minutes: i32,
) -> Document {
    build(
        DocKind::Public,
        answers,
        derived,
        assessment,
        lang,
        now,
        offset_minutes,
    )
}

/// The internal record of the breach (Art. 33(5) GDPR), in `lang`.
pub fn breach_record(
    answers: &Answers,
    derived: &Derived,
    assessment: &Assessment,
    lang: Lang,
    now: Instant,
    offset_minutes: i32,
) -> Document {
    build(
        DocKind::Record,
        answers,
        derived,
        assessment,
        lang,
        now,
        offset_minutes,
    )
}

// ---------------------------------------------------------------------------------------------
// Shared pieces
// ---------------------------------------------------------------------------------------------

/// Everything a draft is built from.
struct Ctx<'a> {
    a: &'a Answers,
    d: &'a Derived,
    s: &'a Assessment,
    lang: Lang,
    now: Instant,
    zone: &'a dyn Offsets,
}

impl Ctx<'_> {
    /// An instant as local date and time.
    fn when(&self, i: Instant) -> String {
        format::instant(i, self.zone.offset_at(i), self.lang)
    }

    /// An instant as local date and time with the offset named (deadlines).
    fn when_exactly(&self, i: Instant) -> String {
        format::instant_with_offset(i, self.zone.offset_at(i), self.lang)
    }

    /// Today's date.
    fn today(&self) -> String {
        format::date(self.now, self.zone.offset_at(self.now), self.lang)
    }

    /// A fixed text in the document's language.
    fn t(&self, de: &'static str, en: &'static str) -> String {
        pick(self.lang, de, en).to_string()
    }

    fn open(&self) -> String {
        open(self.lang).to_string()
    }

    fn or_open(&self, text: &str) -> String {
        or_open(text, self.lang)
    }

    fn row(&self, de: &'static str, en: &'static str, value: String) -> Row {
        Row {
            label: self.t(de, en),
            value,
        }
    }

    /// "Stand: 23.11.2026, 14:05 Uhr" / "As of 23 November 2026, 14:05".
    fn as_of(&self) -> String {
        let when = self.when(self.now);
        match self.lang {
            Lang::De => format!("Stand: {when}"),
            Lang::En => format!("As of {when}"),
        }
    }

    fn org_name(&self) -> String {
        self.or_open(&self.a.org_name)
    }

    /// The kind of body, with its Land or country where known.
    fn org_kind(&self) -> String {
        let Some(sector) = self.a.sector else {
            return self.open();
        };
        let mut parts = vec![labels::sector(sector, self.lang).to_string()];
        if let Some(special) = self.a.special {
            parts.push(special.label(self.lang == Lang::De).to_string());
        }
        if let Some(diocese) = self.a.diocese {
            parts.push(diocese.name().to_string());
        }
        parts.push(self.seat());
        parts.join(", ")
    }

    /// The seat: "Nordrhein-Westfalen, Deutschland" or the country code of another country.
    fn seat(&self) -> String {
        match self.a.country {
            Some(c) if c != authority::Country::DE => match self.lang {
                Lang::De => format!("Sitz im Staat {}", c.as_str()),
                Lang::En => format!("seat in country {}", c.as_str()),
            },
            _ => match self.a.land {
                Some(land) => format!("{}, {}", land.name(), self.t("Deutschland", "Germany")),
                None => format!(
                    "{} {}",
                    self.t("Deutschland, Bundesland", "Germany, Land"),
                    self.open()
                ),
            },
        }
    }

    /// Name, role, e-mail and phone of the contact point, as far as given.
    fn contact_line(&self) -> String {
        let a = self.a;
        let mut parts = Vec::new();
        let name = match (a.contact_name.trim(), a.contact_role.trim()) {
            ("", "") => String::new(),
            (n, "") => n.to_string(),
            ("", r) => r.to_string(),
            (n, r) => format!("{n} ({r})"),
        };
        for p in [
            name.as_str(),
            a.contact_email.trim(),
            a.contact_phone.trim(),
        ] {
            if !p.is_empty() {
                parts.push(p.to_string());
            }
        }
        if parts.is_empty() {
            self.open()
        } else {
            parts.join(", ")
        }
    }

    /// When the incident happened.
    fn occurred(&self) -> String {
        let a = self.a;
        let l = self.lang;
        let from = format::local_or_open(&a.occurred_from, l);
        match a.occurrence {
            Occurrence::Unknown => self.open(),
            Occurrence::At => from,
            Occurrence::Period => {
                let to = format::local_or_open(&a.occurred_to, l);
                match l {
                    Lang::De => format!("vom {from} bis {to}"),
                    Lang::En => format!("from {from} to {to}"),
                }
            }
            Occurrence::Ongoing => match l {
                Lang::De => format!("seit {from}, dauert noch an"),
                Lang::En => format!("since {from}, still ongoing"),
            },
        }
    }

    fn aware(&self) -> String {
        format::local_or_open(&self.a.aware_at, self.lang)
    }

    /// How the breach was discovered, with the details given.
    fn discovery(&self) -> String {
        let how = self.a.discovery.map(|d| labels::discovery(d, self.lang));
        let details = self.a.discovery_details.trim();
        match (how, details) {
            (None, "") => self.open(),
            (Some(h), "") => h.to_string(),
            (None, d) => d.to_string(),
            (Some(h), d) => format!("{h}: {d}"),
        }
    }

    /// The label of an answer, or the placeholder while it is open.
    fn label<T>(&self, answer: Option<T>, name: fn(T, Lang) -> &'static str) -> String {
        answer.map_or_else(|| self.open(), |v| name(v, self.lang).to_string())
    }

    fn incident(&self) -> String {
        self.label(self.a.incident_type, labels::incident)
    }

    fn cause(&self) -> String {
        self.label(self.a.cause, labels::cause)
    }

    fn confidentiality(&self) -> String {
        self.label(self.a.confidentiality, labels::confidentiality)
    }

    fn integrity(&self) -> String {
        self.label(self.a.integrity, labels::integrity)
    }

    fn availability(&self) -> String {
        self.label(self.a.availability, labels::availability)
    }

    /// The kinds of data are still open.
    fn data_open(&self) -> bool {
        self.a.data_unknown || self.a.data.is_empty()
    }

    /// The kinds of data, by their legal names (authority, record).
    fn categories(&self) -> Vec<String> {
        let mut out: Vec<String> = self
            .a
            .data
            .iter()
            .map(|c| category_name(c, self.lang).to_string())
            .collect();
        if self.data_open() {
            out.push(match self.lang {
                Lang::De => format!("weitere Datenarten: {}", OPEN_DE_STR),
                Lang::En => format!("further kinds of data: {}", OPEN_EN_STR),
            });
        }
        out
    }

    /// The kinds of data with examples, in plain words (people affected).
    fn categories_plain(&self) -> Vec<String> {
        let mut out: Vec<String> = self
            .a
            .data
            .iter()
            .map(|c| format::capitalise(labels::category_plain(c, self.lang)))
            .collect();
        if self.data_open() {
            out.push(match self.lang {
                Lang::De => format!("Welche Daten genau betroffen sind: {OPEN_DE_STR}"),
                Lang::En => format!("Exactly which data are affected: {OPEN_EN_STR}"),
            });
        }
        out
    }

    fn subjects(&self) -> String {
        format::count(
            &self.a.subjects,
            self.a.subjects_unknown,
            MAX_PEOPLE,
            self.lang,
        )
    }

    fn records(&self) -> String {
        format::count(
            &self.a.records,
            self.a.records_unknown,
            MAX_RECORDS,
            self.lang,
        )
    }

    fn typical_consequences(&self) -> Vec<String> {
        advice::consequences(
            self.a.data,
            self.a.confidentiality,
            self.a.integrity,
            self.a.availability,
            self.lang,
        )
        .into_iter()
        .map(format::capitalise)
        .collect()
    }

    fn advice(&self) -> Vec<String> {
        advice::advice(
            self.a.data,
            !self.data_open(),
            self.a.incident_type,
            self.lang,
        )
        .into_iter()
        .map(str::to_string)
        .collect()
    }

    /// What was in place or done to protect the data, from the yes/no answers.
    fn protection_rows(&self) -> Vec<Row> {
        let a = self.a;
        vec![
            self.row(
                "Daten verschlüsselt oder sonst unverständlich (Art. 34 Abs. 3 lit. a DSGVO)",
                "Data encrypted or otherwise unintelligible (Art. 34(3)(a) GDPR)",
                format::yes_no(a.unintelligible, self.lang),
            ),
            self.row(
                "Daten zurückgeholt oder sicher gelöscht",
                "Data retrieved or securely deleted",
                format::yes_no(a.contained, self.lang),
            ),
            self.row(
                "Daten aus einer Sicherung wiederhergestellt",
                "Data restored from a backup",
                format::yes_no(a.backup_restored, self.lang),
            ),
            self.row(
                "Nachträgliche Maßnahmen schließen ein hohes Risiko aus (Art. 34 Abs. 3 lit. b DSGVO)",
                "Later measures rule out a high risk (Art. 34(3)(b) GDPR)",
                format::yes_no(a.high_risk_neutralised, self.lang),
            ),
        ]
    }

    /// The open questions, each once, as phrases.
    fn open_fields(&self) -> Vec<String> {
        let mut seen: Vec<Field> = Vec::new();
        for f in &self.d.open {
            if !seen.contains(f) {
                seen.push(*f);
            }
        }
        seen.into_iter()
            .map(|f| format::capitalise(labels::field(f, self.lang)))
            .collect()
    }

    /// The competent authority and any others, from the directory.
    fn authorities(&self) -> (Option<&'static Authority>, Vec<&'static Authority>) {
        let lookup = |ids: &[&'static str]| -> Vec<&'static Authority> {
            ids.iter()
                .filter_map(|id| authority::authority(id))
                .collect()
        };
        match &self.s.authority {
            AuthorityDecision::One { id, .. } => (authority::authority(id), Vec::new()),
            AuthorityDecision::Several { ids, .. } => {
                let all = lookup(ids);
                let first = all.first().copied();
                (first, all.into_iter().skip(1).collect())
            }
            AuthorityDecision::Uncertain { fallback, also, .. } => {
                (fallback.and_then(authority::authority), lookup(also))
            }
            AuthorityDecision::Unknown { .. } | AuthorityDecision::ViaController => {
                (None, Vec::new())
            }
        }
    }

    fn authority_name(&self, a: &Authority) -> String {
        a.display_name(self.lang == Lang::De).to_string()
    }

    /// The deadline, or what is missing for it.
    fn deadline(&self) -> String {
        match self.s.deadline {
            Some(d) => self.when_exactly(d),
            None => match self.lang {
                Lang::De => format!("72 Stunden ab Kenntnis; Zeitpunkt der Kenntnis {OPEN_DE_STR}"),
                Lang::En => format!("72 hours from awareness; time of awareness {OPEN_EN_STR}"),
            },
        }
    }

    /// The engine's result in a sentence.
    fn risk_sentence(&self) -> String {
        match self.s.risk {
            Some(r) => match self.lang {
                Lang::De => format!("Ergebnis der Risikobewertung: {}.", level_name(r, self.lang)),
                Lang::En => format!("Outcome of the risk assessment: {}.", level_name(r, self.lang)),
            },
            None => self.t(
                "Ergebnis: keine Verletzung des Schutzes personenbezogener Daten im Sinne von Art. 4 Nr. 12 DSGVO.",
                "Outcome: not a personal data breach within the meaning of Art. 4(12) GDPR.",
            ),
        }
    }

    /// Every rule that fired, with its legal basis, in the document's language; a finding the
    /// engine reports for more than one kind of breach is listed once.
    fn reasons(&self) -> Vec<String> {
        let german = self.lang == Lang::De;
        let mut out: Vec<String> = Vec::new();
        let all = self.s.reasons.iter().map(|r| {
            let text = match &r.kind {
                ReasonKind::Deadline(d) => {
                    let when = self.when_exactly(*d);
                    match self.lang {
                        Lang::De => format!("Frist: 72 Stunden nach Kenntnis, also bis {when}"),
                        Lang::En => {
                            format!("deadline: 72 hours after awareness, i.e. by {when}")
                        }
                    }
                }
                ReasonKind::Authority { .. } => {
                    let rule = self.s.authority.rule_text(german);
                    match self.lang {
                        Lang::De => format!("zuständige Aufsichtsbehörde nach {rule}"),
                        Lang::En => format!("competent authority under {rule}"),
                    }
                }
                _ => r.text(self.lang),
            };
            format!("{} – {}", format::capitalise(&text), r.basis_in(self.lang))
        });
        for line in all {
            if !out.contains(&line) {
                out.push(line);
            }
        }
        out
    }

    /// Whether and how the people affected are told, as the controller states it.
    fn subjects_decision(&self) -> String {
        let s = self.s;
        let has = |k: &ReasonKind| s.reasons.iter().any(|r| &r.kind == k);
        if !s.breach {
            return self.t(
                "Entfällt: keine Verletzung des Schutzes personenbezogener Daten.",
                "Not applicable: not a personal data breach.",
            );
        }
        if s.notify_controller {
            return self.t(
                "Über die Benachrichtigung der betroffenen Personen entscheidet der Verantwortliche (Art. 34 DSGVO).",
                "Whether the people affected are told is for the controller to decide (Art. 34 GDPR).",
            );
        }
        match s.notify_subjects {
            SubjectNotice::Yes => self.t(
                "Es besteht voraussichtlich ein hohes Risiko. Die betroffenen Personen werden daher unverzüglich benachrichtigt (Art. 34 Abs. 1 DSGVO).",
                "A high risk is likely. The people affected are therefore told without undue delay (Art. 34(1) GDPR).",
            ),
            SubjectNotice::PublicCommunication => self.t(
                "Es besteht voraussichtlich ein hohes Risiko. Jede Person einzeln zu benachrichtigen, wäre mit unverhältnismäßigem Aufwand verbunden; die Betroffenen werden stattdessen durch eine öffentliche Bekanntmachung informiert (Art. 34 Abs. 3 lit. c DSGVO).",
                "A high risk is likely. Telling each person individually would involve disproportionate effort, so the people affected are informed by a public communication instead (Art. 34(3)(c) GDPR).",
            ),
            SubjectNotice::No if has(&ReasonKind::ExceptionNeutralised) => self.t(
                "Ein hohes Risiko bestand, ist aber durch nachträgliche Maßnahmen aller Wahrscheinlichkeit nach nicht mehr gegeben. Eine Benachrichtigung ist daher nicht erforderlich (Art. 34 Abs. 3 lit. b DSGVO).",
                "A high risk existed but, owing to subsequent measures, is no longer likely to materialise. Telling the people affected is therefore not required (Art. 34(3)(b) GDPR).",
            ),
            SubjectNotice::No if self.a.unintelligible == Some(true) => self.t(
                "Es besteht kein hohes Risiko; die Daten waren für Unbefugte unverständlich (Art. 34 Abs. 3 lit. a DSGVO). Eine Benachrichtigung der betroffenen Personen ist nicht erforderlich.",
                "There is no high risk; the data were unintelligible to unauthorised persons (Art. 34(3)(a) GDPR). Telling the people affected is not required.",
            ),
            SubjectNotice::No => self.t(
                "Es besteht voraussichtlich kein hohes Risiko. Eine Benachrichtigung der betroffenen Personen ist daher nicht erforderlich (Art. 34 Abs. 1 DSGVO).",
                "A high risk is not likely. Telling the people affected is therefore not required (Art. 34(1) GDPR).",
            ),
        }
    }

    /// The ENISA figure in one line, where computed.
    fn enisa_line(&self) -> Option<String> {
        use crate::domain::enisa::{quarters, Severity};
        let e = self.s.enisa?;
        let band = match (e.band, self.lang) {
            (Severity::Low, Lang::De) => "niedrig",
            (Severity::Medium, Lang::De) => "mittel",
            (Severity::High, Lang::De) => "hoch",
            (Severity::VeryHigh, Lang::De) => "sehr hoch",
            (b, Lang::En) => b.key(),
        };
        let se = quarters(e.se_quarters);
        let se = if self.lang == Lang::De {
            se.replace('.', ",")
        } else {
            se
        };
        Some(match self.lang {
            Lang::De => format!(
                "Ergänzend, ohne Einfluss auf das Ergebnis: Schwere nach der ENISA-Methode SE = {se} ({band})."
            ),
            Lang::En => format!(
                "In addition, without bearing on the outcome: ENISA severity SE = {se} ({band})."
            ),
        })
    }
}

const OPEN_DE_STR: &str = format::OPEN_DE;
const OPEN_EN_STR: &str = format::OPEN_EN;

#[cfg(test)]
mod tests;
