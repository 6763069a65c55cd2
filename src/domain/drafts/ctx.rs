//! What a draft is built from (the answers, the facts, the verdict, language and time zone) and
//! the pieces every draft shares.

use super::document::{Offsets, Row};
use super::format::{self, open, or_open, pick};
use super::{advice, labels};
use crate::domain::answers::{Answers, Derived, Field, Occurrence, MAX_PEOPLE, MAX_RECORDS};
use crate::domain::authority::{self, Authority, AuthorityDecision};
use crate::domain::reason::{category_name, level_name};
use crate::domain::risk::Harm;
use crate::domain::{
    Assessment, Availability, Confidentiality, Containment, ContainmentLimit, DataCategory,
    Instant, Integrity, Lang, Reason, ReasonKind, RiskLevel, Role, SubjectNotice,
};

// ---------------------------------------------------------------------------------------------
// Shared pieces
// ---------------------------------------------------------------------------------------------

/// Everything a draft is built from.
pub(super) struct Ctx<'a> {
    pub(super) a: &'a Answers,
    pub(super) d: &'a Derived,
    pub(super) s: &'a Assessment,
    pub(super) lang: Lang,
    pub(super) now: Instant,
    pub(super) zone: &'a dyn Offsets,
}

impl Ctx<'_> {
    /// An instant as local date and time.
    pub(super) fn when(&self, i: Instant) -> String {
        format::instant(i, self.zone.offset_at(i), self.lang)
    }

    /// An instant as local date and time with the offset named (deadlines).
    pub(super) fn when_exactly(&self, i: Instant) -> String {
        format::instant_with_offset(i, self.zone.offset_at(i), self.lang)
    }

    /// Today's date.
    pub(super) fn today(&self) -> String {
        format::date(self.now, self.zone.offset_at(self.now), self.lang)
    }

    /// A fixed text in the document's language.
    pub(super) fn t(&self, de: &'static str, en: &'static str) -> String {
        pick(self.lang, de, en).to_string()
    }

    pub(super) fn open(&self) -> String {
        open(self.lang).to_string()
    }

    pub(super) fn or_open(&self, text: &str) -> String {
        or_open(text, self.lang)
    }

    pub(super) fn row(&self, de: &'static str, en: &'static str, value: String) -> Row {
        Row {
            label: self.t(de, en),
            value,
        }
    }

    /// "Stand: 23.11.2026, 14:05 Uhr" / "As of 23 November 2026, 14:05".
    pub(super) fn as_of(&self) -> String {
        let when = self.when(self.now);
        match self.lang {
            Lang::De => format!("Stand: {when}"),
            Lang::En => format!("As of {when}"),
        }
    }

    pub(super) fn org_name(&self) -> String {
        self.or_open(&self.a.org_name)
    }

    /// The kind of body, with its Land or country where known.
    pub(super) fn org_kind(&self) -> String {
        let Some(sector) = self.a.sector else {
            return self.open();
        };
        let mut parts = vec![labels::sector(sector, self.lang).to_string()];
        if let Some(special) = self.a.special {
            parts.push(special.label(self.lang).to_string());
        }
        if let Some(diocese) = self.a.diocese {
            parts.push(diocese.name().to_string());
        }
        parts.push(self.seat());
        parts.join(", ")
    }

    /// The seat: "Nordrhein-Westfalen, Deutschland" or the country code of another country.
    pub(super) fn seat(&self) -> String {
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
    pub(super) fn contact_line(&self) -> String {
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
    pub(super) fn occurred(&self) -> String {
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

    pub(super) fn aware(&self) -> String {
        format::local_or_open(&self.a.aware_at, self.lang)
    }

    /// How the breach was discovered, with the details given.
    pub(super) fn discovery(&self) -> String {
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
    pub(super) fn label<T>(&self, answer: Option<T>, name: fn(T, Lang) -> &'static str) -> String {
        answer.map_or_else(|| self.open(), |v| name(v, self.lang).to_string())
    }

    pub(super) fn incident(&self) -> String {
        self.label(self.a.incident_type, labels::incident)
    }

    pub(super) fn cause(&self) -> String {
        self.label(self.a.cause, labels::cause)
    }

    pub(super) fn confidentiality(&self) -> String {
        self.label(self.a.confidentiality, labels::confidentiality)
    }

    pub(super) fn integrity(&self) -> String {
        self.label(self.a.integrity, labels::integrity)
    }

    pub(super) fn availability(&self) -> String {
        self.label(self.a.availability, labels::availability)
    }

    /// The kinds of data are still open.
    pub(super) fn data_open(&self) -> bool {
        self.a.data_unknown || self.a.data.is_empty()
    }

    /// The organisation processes the data for a controller (Art. 28): its drafts go to that
    /// controller, not to an authority.
    pub(super) fn processor(&self) -> bool {
        self.a.role == Some(Role::Processor)
    }

    /// Which special categories, as the user named them, or the placeholder.
    pub(super) fn special_details(&self) -> String {
        self.or_open(&self.a.special_details)
    }

    /// The kinds of data, by their legal names (authority, record). Health data and the other
    /// Art. 9 categories say so; what the context reveals is listed as well.
    pub(super) fn categories(&self) -> Vec<String> {
        use DataCategory::{Health, SpecialCategory};
        let mut out: Vec<String> = self
            .a
            .data
            .iter()
            .map(|c| {
                let name = category_name(c, self.lang);
                match c {
                    Health => format!(
                        "{name} – {}",
                        self.t(
                            "besondere Kategorie nach Art. 9 DSGVO",
                            "a special category under Art. 9 GDPR"
                        )
                    ),
                    SpecialCategory => format!("{name}: {}", self.special_details()),
                    _ => name.to_string(),
                }
            })
            .collect();
        if self.a.sensitive_context == Some(true) && !self.a.data.contains(SpecialCategory) {
            out.push(format!(
                "{}: {}",
                self.t(
                    "Aus Absender, Anlass oder Verteiler erkennbar (Art. 9 oder 10 DSGVO)",
                    "Revealed by the sender, the occasion or the list (Art. 9 or 10 GDPR)"
                ),
                self.special_details()
            ));
        }
        if self.data_open() {
            out.push(match self.lang {
                Lang::De => format!("weitere Datenarten: {}", OPEN_DE_STR),
                Lang::En => format!("further kinds of data: {}", OPEN_EN_STR),
            });
        }
        out
    }

    /// The kinds of data that leaked, in plain words (people affected); the Art. 9 category as
    /// the user named it.
    pub(super) fn categories_plain(&self) -> Vec<String> {
        let mut out: Vec<String> = self
            .a
            .data
            .iter()
            .map(|c| {
                let details = self.a.special_details.trim();
                if c == DataCategory::SpecialCategory && !details.is_empty() {
                    match self.lang {
                        Lang::De => format!("Besonders schützenswerte Angaben: {details}"),
                        Lang::En => format!("Particularly sensitive details: {details}"),
                    }
                } else {
                    format::capitalise(labels::category_plain(c, self.lang))
                }
            })
            .collect();
        if self.data_open() {
            out.push(match self.lang {
                Lang::De => format!("Welche Daten genau betroffen sind: {OPEN_DE_STR}"),
                Lang::En => format!("Exactly which data are affected: {OPEN_EN_STR}"),
            });
        }
        out
    }

    pub(super) fn subjects(&self) -> String {
        format::count(
            &self.a.subjects,
            self.a.subjects_unknown,
            MAX_PEOPLE,
            format::Unit::People,
            self.lang,
        )
    }

    pub(super) fn records(&self) -> String {
        format::count(
            &self.a.records,
            self.a.records_unknown,
            MAX_RECORDS,
            format::Unit::Records,
            self.lang,
        )
    }

    /// How far the data went, for the consequences and the advice.
    pub(super) fn reach(&self) -> advice::Reach {
        advice::reach(
            self.a.confidentiality,
            self.a.accessed,
            self.a.incident_type,
            self.a.cause,
        )
    }

    pub(super) fn typical_consequences(&self) -> Vec<String> {
        advice::consequences(
            self.a.data,
            self.reach(),
            self.a.integrity,
            self.a.availability,
            self.lang,
        )
        .into_iter()
        .map(format::capitalise)
        .collect()
    }

    pub(super) fn advice(&self) -> Vec<String> {
        advice::advice(
            self.a.data,
            !self.data_open(),
            self.a.incident_type,
            self.reach(),
            self.a.never_ask_data,
            self.lang,
        )
        .into_iter()
        .map(str::to_string)
        .collect()
    }

    /// Data could reach someone unauthorised (or that is still open).
    pub(super) fn disclosure(&self) -> bool {
        self.a.confidentiality != Some(Confidentiality::None)
    }

    /// Data were, or may have been, altered or lost.
    pub(super) fn loss_or_alteration(&self) -> bool {
        self.a.integrity != Some(Integrity::None) || self.a.availability != Some(Availability::None)
    }

    /// Who could see the data and whether they did, where anyone could.
    pub(super) fn access_rows(&self) -> Vec<Row> {
        let mut rows = vec![self.row("Vertraulichkeit", "Confidentiality", self.confidentiality())];
        if self.disclosure() && self.a.confidentiality.is_some() {
            rows.push(self.row(
                "Tatsächlicher Zugriff",
                "Actual access",
                labels::accessed(self.a.accessed, self.lang).to_string(),
            ));
        }
        rows
    }

    /// What was in place or done to protect the data, from the yes/no answers; only the rows
    /// that concern this breach (nothing to restore from a backup after a pure disclosure,
    /// nothing to encrypt or delete where nobody could see the data).
    pub(super) fn protection_rows(&self) -> Vec<Row> {
        let a = self.a;
        let mut rows = vec![self.row(
            "Vor dem Vorfall bestehende technische und organisatorische Maßnahmen (Art. 32 DSGVO)",
            "Technical and organisational measures in place before the incident (Art. 32 GDPR)",
            self.or_open(&a.measures_before),
        )];
        if self.disclosure() || a.unintelligible == Some(true) {
            rows.push(self.row(
                "Daten verschlüsselt oder sonst unverständlich (Art. 34 Abs. 3 lit. a DSGVO)",
                "Data encrypted or otherwise unintelligible (Art. 34(3)(a) GDPR)",
                format::yes_no(a.unintelligible, self.lang),
            ));
        }
        if self.disclosure() {
            rows.push(self.row(
                "Daten zurückgeholt oder Löschung veranlasst",
                "Data retrieved or deletion requested",
                format::yes_no(a.contained, self.lang),
            ));
            if a.contained == Some(true) {
                rows.push(self.row(
                    "Rückgabe oder Löschung schriftlich bestätigt",
                    "Return or deletion confirmed in writing",
                    format::yes_no(a.deletion_confirmed, self.lang),
                ));
            }
        }
        if self.loss_or_alteration() {
            rows.push(self.row(
                "Daten aus einer Sicherung wiederhergestellt",
                "Data restored from a backup",
                format::yes_no(a.backup_restored, self.lang),
            ));
        }
        if self.s.risk == Some(RiskLevel::High) || a.high_risk_neutralised == Some(true) {
            rows.push(self.row(
                "Nachträgliche Maßnahmen schließen ein hohes Risiko aus (Art. 34 Abs. 3 lit. b DSGVO)",
                "Later measures rule out a high risk (Art. 34(3)(b) GDPR)",
                format::yes_no(a.high_risk_neutralised, self.lang),
            ));
        }
        rows
    }

    /// Whether a processor was involved, and which.
    pub(super) fn processor_row(&self) -> Row {
        let details = self.a.processor_details.trim();
        let value = match (self.a.processor_involved, details) {
            (Some(true), "") => format!("{}: {}", self.t("ja", "yes"), self.open()),
            (Some(true), d) => format!("{}: {d}", self.t("ja", "yes")),
            (answer, _) => format::yes_no(answer, self.lang),
        };
        self.row(
            "Beteiligter Auftragsverarbeiter (Name, Rolle)",
            "Processor involved (name, part)",
            value,
        )
    }

    /// Whether the breach is still going on.
    pub(super) fn ongoing(&self) -> String {
        match self.a.occurrence {
            Occurrence::Ongoing => self.t("ja", "yes"),
            Occurrence::At | Occurrence::Period => self.t("nein", "no"),
            Occurrence::Unknown => self.open(),
        }
    }

    /// Whether people in other EU/EEA countries are affected.
    pub(super) fn cross_border(&self) -> String {
        match self.a.cross_border {
            Some(true) => format!(
                "{}; {}: {}",
                self.t("ja", "yes"),
                self.t(
                    "Staaten und Zahl der dort betroffenen Personen",
                    "countries and number of people affected there"
                ),
                self.open()
            ),
            answer => format::yes_no(answer, self.lang),
        }
    }

    /// When the people were told, as typed.
    pub(super) fn subjects_informed_at(&self) -> String {
        format::local_or_open(&self.a.subjects_informed_at, self.lang)
    }

    /// The open questions, each once, as phrases; whether people abroad are affected counts too.
    pub(super) fn open_fields(&self) -> Vec<String> {
        let mut seen: Vec<Field> = Vec::new();
        for f in &self.d.open {
            if !seen.contains(f) {
                seen.push(*f);
            }
        }
        if self.a.cross_border.is_none() && !seen.contains(&Field::CrossBorder) {
            seen.push(Field::CrossBorder);
        }
        seen.into_iter()
            .map(|f| format::capitalise(labels::field(f, self.lang)))
            .collect()
    }

    /// The competent authority and any others, from the directory.
    pub(super) fn authorities(&self) -> (Option<&'static Authority>, Vec<&'static Authority>) {
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

    pub(super) fn authority_name(&self, a: &Authority) -> String {
        a.display_name(self.lang).to_string()
    }

    /// The competence rule with the basis it names ("Art. 51, 55 DSGVO und
    /// Landesdatenschutzgesetz: ..."), where the engine chose an authority by a rule.
    pub(super) fn competence(&self) -> Option<String> {
        Some(self.s.authority.rule()?.of(self.lang).to_string())
    }

    /// The deadline: without undue delay, at the latest 72 hours after awareness.
    pub(super) fn deadline(&self) -> String {
        match self.s.deadline {
            Some(d) => match self.lang {
                Lang::De => format!(
                    "unverzüglich, spätestens 72 Stunden nach Kenntnis: bis {}",
                    self.when_exactly(d)
                ),
                Lang::En => format!(
                    "without undue delay, at the latest 72 hours after awareness: by {}",
                    self.when_exactly(d)
                ),
            },
            None => match self.lang {
                Lang::De => format!("unverzüglich, spätestens 72 Stunden nach Kenntnis; Zeitpunkt der Kenntnis {OPEN_DE_STR}"),
                Lang::En => format!("without undue delay, at the latest 72 hours after awareness; time of awareness {OPEN_EN_STR}"),
            },
        }
    }

    /// With a high risk even 72 hours may be too long (Recital 87): said in the document's
    /// own words, where the risk is high.
    pub(super) fn sooner(&self) -> Option<String> {
        (self.s.risk == Some(RiskLevel::High) && self.s.notify_authority).then(|| {
            self.t(
                "Wegen des voraussichtlich hohen Risikos wird so früh wie möglich gemeldet, ohne die 72 Stunden auszuschöpfen (Erwägungsgrund 87 DSGVO).",
                "Because a high risk is likely, the notification is made as early as possible, without using up the 72 hours (Recital 87 GDPR).",
            )
        })
    }

    /// The engine's result in a sentence.
    pub(super) fn risk_sentence(&self) -> String {
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
    /// engine reports for more than one kind of breach is listed once (the internal record).
    pub(super) fn reasons(&self) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        let all = self.s.reasons.iter().map(|r| {
            let text = match &r.kind {
                ReasonKind::Deadline(d) => {
                    let when = self.when_exactly(*d);
                    match self.lang {
                        Lang::De => format!("Frist: unverzüglich, spätestens 72 Stunden nach Kenntnis, also bis {when}"),
                        Lang::En => {
                            format!("deadline: without undue delay, at the latest 72 hours after awareness, i.e. by {when}")
                        }
                    }
                }
                ReasonKind::Authority { .. } => {
                    let rule = self.s.authority.rule_text(self.lang);
                    match self.lang {
                        Lang::De => format!("zuständige Aufsichtsbehörde nach {rule}"),
                        Lang::En => format!("competent authority under {rule}"),
                    }
                }
                ReasonKind::Recipients(c) => {
                    recipients_text(*c, self.lang).unwrap_or_else(|| r.text(self.lang))
                }
                // The matrix is this tool's own, modelled on the DSK paper: said as such, so
                // the record does not pass it off as the paper's method.
                ReasonKind::DimensionLevel(_) => {
                    return format!(
                        "{} ({}) – {}",
                        format::capitalise(&r.text(self.lang)),
                        self.t(
                            "Matrix dieses Selbstchecks nach dem Muster des DSK-Kurzpapiers Nr. 18",
                            "this self-check's own matrix, modelled on DSK short paper no. 18"
                        ),
                        crate::domain::citation::RECITALS_75_76.render(self.lang)
                    );
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

    /// The controller's reasons in plain words, for the letter: what was found about the
    /// recipients, the data and the people, without the tool's scores or its method, and without
    /// what the letter says elsewhere (deadline, competence, the people's notification).
    pub(super) fn findings(&self) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for r in &self.s.reasons {
            if let Some(text) = finding(r, self.lang) {
                let line = format::capitalise(&text);
                if !out.contains(&line) {
                    out.push(line);
                }
            }
        }
        out
    }

    /// Whether and how the people affected are told, as the controller states it.
    pub(super) fn subjects_decision(&self) -> String {
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
        let high = s.risk == Some(RiskLevel::High);
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
            // Any other "no" with a high risk would contradict the assessment: never say "no
            // high risk" then.
            SubjectNotice::No if high => self.t(
                "Es besteht voraussichtlich ein hohes Risiko; ob die betroffenen Personen benachrichtigt werden, ist zu entscheiden und zu begründen (Art. 34 DSGVO).",
                "A high risk is likely; whether the people affected are told must be decided and the reasons given (Art. 34 GDPR).",
            ),
            // Exception (a) explains the verdict only where the disclosure was the whole breach;
            // where data were also lost or altered, the encryption says nothing about that part.
            SubjectNotice::No
                if self.a.unintelligible == Some(true) && !self.loss_or_alteration() =>
            {
                self.t(
                    "Es besteht kein hohes Risiko; die Daten waren für Unbefugte unverständlich (Art. 34 Abs. 3 lit. a DSGVO). Eine Benachrichtigung der betroffenen Personen ist nicht erforderlich.",
                    "There is no high risk; the data were unintelligible to unauthorised persons (Art. 34(3)(a) GDPR). Telling the people affected is not required.",
                )
            }
            SubjectNotice::No => self.t(
                "Es besteht voraussichtlich kein hohes Risiko. Eine Benachrichtigung der betroffenen Personen ist daher nicht erforderlich (Art. 34 Abs. 1 DSGVO).",
                "A high risk is not likely. Telling the people affected is therefore not required (Art. 34(1) GDPR).",
            ),
        }
    }

    /// The ENISA figure in one line, where computed (internal record only): a simplified figure
    /// that leaves out the method's adjustments for the context of the processing.
    pub(super) fn enisa_line(&self) -> Option<String> {
        use crate::domain::enisa::{quarters, Severity};
        // Computed here, for the record only: the verdict never needs it.
        let e = self
            .s
            .breach
            .then(|| crate::domain::enisa::severity(&self.d.facts))?;
        let band = match (e.band, self.lang) {
            (Severity::Low, Lang::De) => "niedrig",
            (Severity::Medium, Lang::De) => "mittel",
            (Severity::High, Lang::De) => "hoch",
            (Severity::VeryHigh, Lang::De) => "sehr hoch",
            (b, Lang::En) => b.key(),
        };
        let se = quarters(e.se_quarters);
        let se = pick(self.lang, se.replace('.', ","), se);
        Some(match self.lang {
            Lang::De => format!(
                "Ergänzend, ohne Einfluss auf das Ergebnis: vereinfachte Kennzahl nach der ENISA-Methode SE = {se} ({band}). Vereinfacht, weil die Anpassungen der Methode an den Zusammenhang der Verarbeitung fehlen; nur für die interne Dokumentation, nicht für die Meldung."
            ),
            Lang::En => format!(
                "In addition, without bearing on the outcome: simplified figure after the ENISA method, SE = {se} ({band}). Simplified, because the method's adjustments for the context of the processing are left out; for the internal record only, not for the notification."
            ),
        })
    }
}

/// Who could see the data, said as "could", never as "did": whether anyone did is its own
/// answer (`accessed`). `None`: the engine's own words fit.
fn recipients_text(c: Confidentiality, lang: Lang) -> Option<String> {
    let (de, en) = match c {
        Confidentiality::Colleagues => (
            "Kolleginnen und Kollegen ohne dienstlichen Bedarf konnten die Daten sehen",
            "colleagues without a business need could see the data",
        ),
        Confidentiality::KnownRecipients => (
            "bekannte Empfänger ohne Verschwiegenheitspflicht konnten auf die Daten zugreifen",
            "known recipients without a duty of confidentiality could access the data",
        ),
        Confidentiality::UnknownRecipients => (
            "Unbekannte (Täter, Finder) konnten oder können auf die Daten zugreifen",
            "unknown persons (attacker, thief, finder) could or can access the data",
        ),
        _ => return None,
    };
    Some(format::pick(lang, de, en).to_string())
}

/// One finding of the engine as the controller would put it in a letter, or `None` where the
/// letter says it elsewhere or where it is the tool's own arithmetic.
fn finding(r: &Reason, lang: Lang) -> Option<String> {
    use ReasonKind::*;
    let s = |d: &str, e: &str| Some(pick(lang, d, e).to_string());
    match &r.kind {
        Recipients(c) => Some(recipients_text(*c, lang).unwrap_or_else(|| r.text(lang))),
        Accessed | NotAccessed | MisuseObserved | Unintelligible
        | IntegrityState(_) | AvailabilityState(_) | NoDimensionAtRisk
        | DeliberateTaking | NoCategoryGiven | IdentityCombination | ManyExposed(_)
        | NoPersonalData | NoCompromise | Breach { .. } | EncryptionDoesNotCover => {
            Some(r.text(lang))
        }
        MaliciousAlteration => s(
            "die Daten wurden vorsätzlich verändert; das macht einen Schaden wahrscheinlicher",
            "the data were altered on purpose; this makes harm more likely",
        ),
        Contained(Containment::None) => s(
            "die Daten konnten nicht zurückgeholt werden",
            "the data could not be retrieved",
        ),
        Contained(Containment::Full) => s(
            "die Empfänger haben Rückgabe oder Löschung schriftlich bestätigt, bevor sie die Daten geöffnet hatten; offengelegt bleibt nichts",
            "the recipients confirmed the return or deletion in writing before they had opened the data; nothing is left exposed",
        ),
        Contained(c @ (Containment::OneStep(limit) | Containment::NotRelied(limit))) => {
            let why = match limit {
                ContainmentLimit::Unknown => s(
                    "bei Unbekannten oder veröffentlichten Daten nie sicher ist, dass alle Kopien gelöscht sind",
                    "with unknown persons or published data one can never be sure that every copy is gone",
                ),
                ContainmentLimit::Deliberate => s(
                    "wer Daten absichtlich an sich nimmt, sie nicht verlässlich löscht",
                    "someone who took data on purpose cannot be relied on to delete them",
                ),
                ContainmentLimit::AlreadySeen => s(
                    "die Daten bereits geöffnet waren",
                    "the data had already been opened",
                ),
                ContainmentLimit::ManyRecipients(n) => Some(match lang {
                    Lang::De => format!(
                        "sich bei {} Empfängern nicht überprüfen lässt, ob alle gelöscht haben",
                        format::group_digits(*n, lang)
                    ),
                    Lang::En => format!(
                        "with {} recipients it cannot be checked that all of them deleted the data",
                        format::group_digits(*n, lang)
                    ),
                }),
                ContainmentLimit::Unconfirmed => s(
                    "die Löschung nicht schriftlich bestätigt ist",
                    "the deletion is not confirmed in writing",
                ),
            }?;
            let in_part = matches!(c, Containment::OneStep(_));
            Some(match (lang, in_part) {
                (Lang::De, true) => format!("die Daten wurden zurückgefordert oder die Löschung erbeten; darauf stützt sich die Bewertung nur eingeschränkt, weil {why}"),
                (Lang::De, false) => format!("die Daten wurden zurückgefordert oder die Löschung erbeten; darauf kann sich die Bewertung nicht stützen, weil {why}"),
                (Lang::En, true) => format!("the data were asked back or their deletion requested; the assessment relies on this only in part, because {why}"),
                (Lang::En, false) => format!("the data were asked back or their deletion requested; the assessment cannot rely on this, because {why}"),
            })
        }
        SensitiveContext => s(
            "Absender, Anlass oder Verteiler lassen Rückschlüsse auf Angaben nach Art. 9 oder 10 DSGVO zu; die Offenlegung wird daher wie die Offenlegung solcher Daten bewertet",
            "the sender, the occasion or the list allows conclusions about details under Art. 9 or 10 GDPR; the disclosure is therefore assessed as a disclosure of such data",
        ),
        DataSeverity(c, sev, harm) => {
            let name = category_name(*c, lang);
            let weight = match (*sev, lang) {
                (0 | 1, Lang::De) => "wenig sensibel",
                (2, Lang::De) => "von mittlerer Sensibilität",
                (3, Lang::De) => "sensibel",
                (_, Lang::De) => "besonders sensibel",
                (0 | 1, Lang::En) => "of low sensitivity",
                (2, Lang::En) => "of medium sensitivity",
                (3, Lang::En) => "sensitive",
                (_, Lang::En) => "particularly sensitive",
            };
            Some(match (harm, lang) {
                (Harm::Disclosure, Lang::De) => {
                    format!("am schwersten wiegt die Offenlegung von {name}; diese Daten sind {weight}")
                }
                (Harm::Disclosure, Lang::En) => {
                    format!("the disclosure of {name} weighs most; these data are {weight}")
                }
                (Harm::Dependence, Lang::De) => format!(
                    "am schwersten wiegt für die Betroffenen Verlust oder Veränderung von {name}; diese Daten sind {weight}"
                ),
                (Harm::Dependence, Lang::En) => format!(
                    "for the people affected, the loss or alteration of {name} weighs most; these data are {weight}"
                ),
            })
        }
        BroadProfile(n) => Some(match lang {
            Lang::De => format!("je Person sind {n} Arten von Daten betroffen; zusammen ergeben sie ein breites Profil, was die möglichen Folgen verschärft"),
            Lang::En => format!("{n} kinds of data are affected per person; together they form a broad profile, which makes the possible consequences worse"),
        }),
        Vulnerable => s(
            "unter den Betroffenen sind schutzbedürftige Personen (z. B. Kinder oder Patienten); das verschärft die möglichen Folgen",
            "the people affected include vulnerable people (e.g. children or patients); this makes the possible consequences worse",
        ),
        LargeScale(n) => Some(match lang {
            Lang::De => format!(
                "sehr viele Personen sind betroffen ({}); das verschärft die möglichen Folgen",
                format::group_digits(*n, lang)
            ),
            Lang::En => format!(
                "very many people are affected ({}); this makes the possible consequences worse",
                format::group_digits(*n, lang)
            ),
        }),
        // The tool's matrix and verdict lines, and what the letter says in its own sections.
        DimensionLevel(_) | Verdict(_) | Document | ProcessorDocuments | NotifyAuthority
        | HighRiskSooner | NoNotificationLowRisk | ProcessorInformsController
        | SubjectsHighRisk | SubjectsNoHighRisk | ExceptionNeutralised | ExceptionAfterMisuse
        | ExceptionDoubtfulPublished | ExceptionPublicCommunication | ProcessorNoSubjects
        | Deadline(_) | Late | InTime | AwarenessUnknown | Authority { .. } | Provisional
        | ProvisionalSubjects => None,
    }
}

const OPEN_DE_STR: &str = format::OPEN_DE;
const OPEN_EN_STR: &str = format::OPEN_EN;
