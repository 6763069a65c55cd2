//! Reasons: each rule that fired, with its legal basis, in German and English.

use super::citation::{self, Citation};
use super::display::group_digits;

use super::facts::{Availability, Confidentiality, DataCategory, Integrity};
use super::instant::Instant;
pub use super::lang::Lang;
use super::levels::{Containment, ContainmentLimit, Dimension, DimensionScore, Harm, RiskLevel};

/// What a rule found.
#[derive(Clone, Debug, PartialEq)]
pub enum ReasonKind {
    NoPersonalData,
    NoCompromise,
    Breach {
        c: bool,
        i: bool,
        a: bool,
    },
    Document,
    /// A processor documents the breach and its notice to the controller.
    ProcessorDocuments,
    Recipients(Confidentiality),
    /// The recipients provably opened the data.
    Accessed,
    /// Provably nobody opened the data.
    NotAccessed,
    MisuseObserved,
    Unintelligible,
    Contained(Containment),
    /// The sender, occasion or list reveals Art. 9/10 data about the people.
    SensitiveContext,
    IntegrityState(Integrity),
    MaliciousAlteration,
    AvailabilityState(Availability),
    NoDimensionAtRisk,
    DataSeverity(DataCategory, u8, Harm),
    DeliberateTaking,
    NoCategoryGiven,
    IdentityCombination,
    BroadProfile(u32),
    Vulnerable,
    LargeScale(u64),
    ManyExposed(u64),
    DimensionLevel(DimensionScore),
    Verdict(RiskLevel),
    NotifyAuthority,
    /// With a high risk, 72 hours may already be too long (Recital 87).
    HighRiskSooner,
    NoNotificationLowRisk,
    ProcessorInformsController,
    SubjectsHighRisk,
    SubjectsNoHighRisk,
    EncryptionDoesNotCover,
    ExceptionNeutralised,
    /// Art. 34(3)(b) claimed, but misuse was already observed.
    ExceptionAfterMisuse,
    /// Art. 34(3)(b) claimed for published data.
    ExceptionDoubtfulPublished,
    ExceptionPublicCommunication,
    ProcessorNoSubjects,
    Deadline(Instant),
    Late,
    InTime,
    AwarenessUnknown,
    /// The competence rule that chose the authority, in English and German, with the legal
    /// basis that rule names (English, German).
    Authority {
        basis: (&'static str, &'static str),
        en: String,
        de: String,
    },
    /// An open answer could still change whether the authority must be notified.
    Provisional,
    /// An open answer could still change whether the people must be told.
    ProvisionalSubjects,
}

/// One rule that fired.
#[derive(Clone, Debug, PartialEq)]
pub struct Reason {
    pub kind: ReasonKind,
}

impl Reason {
    pub fn new(kind: ReasonKind) -> Reason {
        Reason { kind }
    }

    /// The legal basis or guidance the rule rests on, as a typed citation; `None` for the
    /// competence rule, whose basis comes with the authority directory.
    pub fn citation(&self) -> Option<&'static Citation> {
        use citation::*;
        use ReasonKind::*;
        Some(match &self.kind {
            NoPersonalData => &NOT_PERSONAL_DATA,
            NoCompromise | Breach { .. } => &BREACH,
            Document => &DOCUMENT,
            ProcessorDocuments => &PROCESSOR_DOCUMENTS,
            Recipients(_) => &RECIPIENTS,
            Accessed => &ACCESSED,
            NotAccessed => &NOT_ACCESSED,
            MisuseObserved => &RECITAL_85,
            Unintelligible => &UNINTELLIGIBLE,
            Contained(_) => &CONTAINED,
            SensitiveContext => &SENSITIVE_CONTEXT,
            IntegrityState(_) => &INTEGRITY,
            MaliciousAlteration => &TYPE_OF_BREACH,
            AvailabilityState(_) => &AVAILABILITY,
            NoDimensionAtRisk => &NO_RISK,
            DataSeverity(_, _, Harm::Dependence) => &DEPENDENCE,
            DataSeverity(c, _, Harm::Disclosure) => match c {
                DataCategory::SpecialCategory => &SPECIAL_CATEGORY,
                DataCategory::Criminal => &CRIMINAL,
                _ => &SENSITIVITY,
            },
            DeliberateTaking => &DELIBERATE,
            NoCategoryGiven => &RECITAL_75,
            IdentityCombination => &IDENTITY,
            BroadProfile(_) => &BROAD_PROFILE,
            Vulnerable => &VULNERABLE,
            LargeScale(_) => &LARGE_SCALE,
            ManyExposed(_) => &MANY_EXPOSED,
            DimensionLevel(_) => &RISK_MATRIX,
            Verdict(_) => &VERDICT,
            NotifyAuthority | NoNotificationLowRisk | Deadline(_) | InTime => &NOTIFY,
            HighRiskSooner => &HIGH_RISK_SOONER,
            ProcessorInformsController => &PROCESSOR_INFORMS,
            SubjectsHighRisk | SubjectsNoHighRisk | ProcessorNoSubjects => &SUBJECTS,
            EncryptionDoesNotCover => &EXCEPTION_A,
            ExceptionNeutralised | ExceptionAfterMisuse | ExceptionDoubtfulPublished => {
                &EXCEPTION_B
            }
            ExceptionPublicCommunication => &EXCEPTION_C,
            Late => &LATE,
            AwarenessUnknown => &AWARENESS,
            Provisional => &PROVISIONAL,
            ProvisionalSubjects => &PROVISIONAL_SUBJECTS,
            Authority { .. } => return None,
        })
    }

    /// The legal basis or guidance the rule rests on, in English.
    pub fn basis(&self) -> &'static str {
        match (&self.kind, self.citation()) {
            (_, Some(c)) => c.en(),
            (ReasonKind::Authority { basis, .. }, None) => basis.0,
            (_, None) => "",
        }
    }

    /// The legal basis cited the way readers of `lang` expect it ("Art. 33 Abs. 1 DSGVO").
    pub fn basis_in(&self, lang: Lang) -> String {
        match (&self.kind, self.citation(), lang) {
            (_, Some(c), _) => c.render(lang),
            (ReasonKind::Authority { basis, .. }, None, Lang::De) => basis.1.to_string(),
            (_, None, _) => self.basis().to_string(),
        }
    }

    /// `"basis: text"` in English, the form `assess` prints.
    pub fn line(&self) -> String {
        format!("{}: {}", self.basis(), self.text(Lang::En))
    }

    /// The finding in plain words.
    pub fn text(&self, lang: Lang) -> String {
        use ReasonKind::*;
        // Exhaustive: a third language stops the build here (docs/TEXTS.md).
        let de = match lang {
            Lang::De => true,
            Lang::En => false,
        };
        let s = |d: &str, e: &str| if de { d.to_string() } else { e.to_string() };
        match &self.kind {
            NoPersonalData => s(
                "keine personenbezogenen Daten betroffen: keine Datenpanne im Sinne der DSGVO",
                "no personal data affected: not a personal data breach",
            ),
            NoCompromise => s(
                "Daten weder offengelegt, verändert noch unzugänglich: keine Datenpanne",
                "data neither disclosed, altered nor made unavailable: not a personal data breach",
            ),
            Breach { c, i, a } => {
                let mut kinds = Vec::new();
                if *c {
                    kinds.push(if de { "Vertraulichkeit" } else { "confidentiality" });
                }
                if *i {
                    kinds.push(if de { "Integrität" } else { "integrity" });
                }
                if *a {
                    kinds.push(if de { "Verfügbarkeit" } else { "availability" });
                }
                if de {
                    format!("Verletzung der {}", kinds.join(", "))
                } else {
                    format!("breach of {}", kinds.join(", "))
                }
            }
            Document => s(
                "jede Datenpanne wird intern dokumentiert, auch ohne Meldung",
                "every breach is documented internally, notified or not",
            ),
            ProcessorDocuments => s(
                "als Auftragsverarbeiter den Vorfall und die Information des Verantwortlichen dokumentieren, als Nachweis gegenüber dem Verantwortlichen",
                "as a processor, document the incident and the notice to the controller, as evidence for the controller",
            ),
            Recipients(c) => match c {
                Confidentiality::None => s("niemand hatte Zugriff", "nobody had access"),
                Confidentiality::TrustedRecipient => s(
                    "Empfänger ist vertrauenswürdig und weisungsgebunden: Missbrauch unwahrscheinlich",
                    "recipient is trusted and bound by instructions: misuse unlikely",
                ),
                Confidentiality::Colleagues => s(
                    "Kolleginnen und Kollegen ohne dienstlichen Bedarf konnten die Daten sehen; sie sind zur Vertraulichkeit verpflichtet, kennen die Betroffenen aber persönlich: gewertet wie bekannte Empfänger, nicht wie ein vertrauenswürdiger",
                    "colleagues without a business need could see the data; they are bound to confidentiality but know the people concerned: weighed as known recipients, not as a trusted one",
                ),
                Confidentiality::KnownRecipients => s(
                    "bekannte Empfänger ohne Verschwiegenheitspflicht konnten auf die Daten zugreifen",
                    "known recipients without a duty of confidentiality could access the data",
                ),
                Confidentiality::UnknownRecipients => s(
                    "Unbekannte (Täter, Finder) konnten oder können auf die Daten zugreifen",
                    "unknown persons (attacker, thief, finder) could or can access the data",
                ),
                Confidentiality::Public => s(
                    "Daten sind öffentlich zugänglich",
                    "data are publicly accessible",
                ),
            },
            Accessed => s(
                "die Empfänger haben die Daten nachweislich geöffnet: die Offenlegung ist geschehen und lässt sich nicht zurücknehmen",
                "the recipients provably opened the data: the disclosure has happened and cannot be undone",
            ),
            NotAccessed => s(
                "nachweislich hat niemand die Daten geöffnet (z. B. Protokolle, ungeöffnet zurück): kein Risiko aus der Offenlegung",
                "provably nobody opened the data (e.g. logs, returned unopened): no risk from the disclosure",
            ),
            SensitiveContext => s(
                "Absender, Anlass oder Verteiler verraten etwas über die Personen, das unter Art. 9 oder 10 fällt: wie besondere Kategorien gewertet",
                "the sender, occasion or list reveals something about the people that falls under Art. 9 or 10: treated as special categories",
            ),
            MisuseObserved => s(
                "Missbrauch ist bereits festgestellt: der Schaden ist eingetreten",
                "misuse has been observed: the damage has materialised",
            ),
            Unintelligible => s(
                "Daten unverständlich (Verschlüsselung/Hashing nach Stand der Technik, Schlüssel sicher): kein Risiko aus der Offenlegung",
                "data unintelligible (state-of-the-art encryption or hashing, key safe): no risk from the disclosure",
            ),
            Contained(c) => containment_text(*c, lang),
            IntegrityState(Integrity::NotRestored) => s(
                "Daten verändert, richtiger Stand nicht wiederhergestellt",
                "data altered and the correct state not restored",
            ),
            IntegrityState(_) => s(
                "Daten verändert, richtiger Stand wiederhergestellt",
                "data altered, correct state restored",
            ),
            MaliciousAlteration => s(
                "vorsätzliche Veränderung erhöht die Wahrscheinlichkeit eines Schadens",
                "deliberate alteration makes damage more likely",
            ),
            AvailabilityState(a) => match a {
                Availability::Brief | Availability::None => s(
                    "kurzer Ausfall ohne Folgen für Betroffene: kein Risiko",
                    "brief outage with no effect on people: no risk",
                ),
                Availability::Prolonged => s(
                    "Daten tagelang oder mit Folgen für Betroffene nicht verfügbar",
                    "data unavailable for days or with effects on people",
                ),
                Availability::Permanent => {
                    s("Daten endgültig verloren", "data permanently lost")
                }
            },
            NoDimensionAtRisk => s(
                "keine Form der Verletzung führt voraussichtlich zu einem Risiko",
                "no part of the breach is likely to result in a risk",
            ),
            DataSeverity(c, sev, harm) => {
                let name = category_name(*c, lang);
                match (harm, de) {
                    (Harm::Disclosure, true) => format!(
                        "Offenlegung: schwerwiegendste Datenart {name} (Schwere {sev} von 4)"
                    ),
                    (Harm::Disclosure, false) => format!(
                        "disclosure: most severe kind of data {name} (severity {sev} of 4)"
                    ),
                    (Harm::Dependence, true) => format!(
                        "Verlust oder Veränderung: am stärksten betroffen {name} (Schwere {sev} von 4)"
                    ),
                    (Harm::Dependence, false) => format!(
                        "loss or alteration: people depend most on {name} (severity {sev} of 4)"
                    ),
                }
            }
            DeliberateTaking => s(
                "eine bekannte Person hat die Daten absichtlich an sich genommen: Missbrauch so wahrscheinlich wie bei Fremden",
                "a known person took the data on purpose: misuse is as likely as with an outsider",
            ),
            NoCategoryGiven => s(
                "Datenarten noch unklar: vorsichtig wie Gesundheitsdaten oder andere besondere Kategorien gewertet",
                "kinds of data not known yet: treated, to be safe, like health data or other special categories",
            ),
            IdentityCombination => s(
                "Kontaktdaten zusammen mit Identifikationsdaten ermöglichen Identitätsdiebstahl und Betrug",
                "contact data together with identification data enable identity theft and fraud",
            ),
            BroadProfile(n) => {
                if de {
                    format!("{n} Datenarten je Person ergeben ein breites Profil: Schwere +1")
                } else {
                    format!("{n} kinds of data per person form a broad profile: severity +1")
                }
            }
            Vulnerable => s(
                "schutzbedürftige Betroffene (Kinder, Patienten, Abhängige): Schwere +1",
                "vulnerable people (children, patients, dependants): severity +1",
            ),
            LargeScale(n) => {
                let n = group_digits(*n, lang);
                if de {
                    format!("sehr viele Betroffene ({n}): Schwere +1")
                } else {
                    format!("very many people affected ({n}): severity +1")
                }
            }
            ManyExposed(n) => {
                let n = group_digits(*n, lang);
                if de {
                    format!("Daten von {n} Personen haben Dritte erreicht, und das lässt sich nicht sicher zurückholen: nicht mehr nur ein geringes Risiko")
                } else {
                    format!("the data of {n} people reached others, and that cannot be reliably undone: no longer unlikely to result in a risk")
                }
            }
            DimensionLevel(d) => {
                let dim = dimension_name(d.dimension, lang);
                let lvl = level_name(d.level, lang);
                if de {
                    format!(
                        "{dim}: Wahrscheinlichkeit {} + Schwere {} = {} → {lvl}",
                        d.likelihood,
                        d.severity,
                        d.likelihood + d.severity
                    )
                } else {
                    format!(
                        "{dim}: likelihood {} + severity {} = {} → {lvl}",
                        d.likelihood,
                        d.severity,
                        d.likelihood + d.severity
                    )
                }
            }
            Verdict(l) => {
                if de {
                    format!("Ergebnis: {}", level_name(*l, lang))
                } else {
                    format!("result: {}", level_name(*l, lang))
                }
            }
            NotifyAuthority => s(
                "Risiko nicht nur gering: Meldung an die Aufsichtsbehörde unverzüglich, spätestens 72 Stunden nach Kenntnis; was noch nicht feststeht, wird nachgereicht",
                "not unlikely to result in a risk: notify the supervisory authority without undue delay, at the latest 72 hours after becoming aware; what is not known yet follows later",
            ),
            HighRiskSooner => s(
                "bei hohem Risiko nicht bis zum Ablauf der 72 Stunden warten: so früh wie möglich melden",
                "with a high risk, do not wait for the 72 hours to run out: notify as early as possible",
            ),
            NoNotificationLowRisk => s(
                "voraussichtlich kein Risiko: keine Meldung, aber Dokumentation mit Begründung",
                "unlikely to result in a risk: no notification, but record the reasons",
            ),
            ProcessorInformsController => s(
                "als Auftragsverarbeiter unverzüglich den Verantwortlichen informieren (Frist im Auftragsverarbeitungsvertrag prüfen); erst ab dieser Information hat der Verantwortliche Kenntnis, und die Meldung an die Behörde ist seine Pflicht",
                "as a processor, inform the controller without undue delay (check the notice period in the processing contract); the controller becomes aware when told, and notifying the authority is its duty",
            ),
            SubjectsHighRisk => s(
                "voraussichtlich hohes Risiko: betroffene Personen unverzüglich benachrichtigen",
                "likely high risk: tell the people affected without undue delay",
            ),
            SubjectsNoHighRisk => s(
                "kein hohes Risiko: keine Pflicht, die Betroffenen zu benachrichtigen",
                "no high risk: no duty to tell the people affected",
            ),
            EncryptionDoesNotCover => s(
                "Verschlüsselung hilft hier nicht: das hohe Risiko folgt aus Veränderung oder Verlust der Daten",
                "encryption does not help here: the high risk comes from altered or lost data",
            ),
            ExceptionNeutralised => s(
                "nachträgliche Maßnahmen stellen sicher, dass das hohe Risiko nicht mehr besteht: keine Benachrichtigung nötig",
                "subsequent measures ensure the high risk is no longer likely: no communication needed",
            ),
            ExceptionAfterMisuse => s(
                "die Ausnahme des Art. 34 Abs. 3 lit. b greift nicht mehr: der Missbrauch ist schon geschehen, Maßnahmen danach verhindern den Schaden nicht",
                "the Art. 34(3)(b) exception no longer applies: misuse has already happened, later measures do not prevent the harm",
            ),
            ExceptionDoubtfulPublished => s(
                "die Ausnahme des Art. 34 Abs. 3 lit. b ist bei veröffentlichten Daten zweifelhaft, weil Kopien bleiben: wir gehen von einer Benachrichtigung aus; wer sich dennoch auf die Ausnahme stützt, dokumentiert, welche Maßnahme welches Risiko ausschließt",
                "the Art. 34(3)(b) exception is doubtful for published data, because copies remain: we assume the people are told; whoever relies on it all the same documents which measure rules out which risk",
            ),
            ExceptionPublicCommunication => s(
                "Einzelbenachrichtigung unverhältnismäßig: stattdessen öffentliche Bekanntmachung",
                "individual communication disproportionate: public communication instead",
            ),
            ProcessorNoSubjects => s(
                "die Benachrichtigung der Betroffenen entscheidet der Verantwortliche",
                "telling the people affected is the controller's decision",
            ),
            Deadline(d) => {
                if de {
                    format!(
                        "Frist: 72 Stunden nach Kenntnis, bis {} (UTC)",
                        d.to_rfc3339_utc()
                    )
                } else {
                    format!(
                        "deadline: 72 hours after awareness, by {} (UTC)",
                        d.to_rfc3339_utc()
                    )
                }
            }
            Late => s(
                "Frist überschritten: der Meldung die Gründe für die Verzögerung beifügen",
                "deadline passed: the notification must give the reasons for the delay",
            ),
            InTime => s("Frist noch nicht abgelaufen", "deadline not yet passed"),
            AwarenessUnknown => s(
                "Zeitpunkt der Kenntnis fehlt: die Frist läuft, sobald jemand in der Organisation einigermaßen sicher weiß, dass personenbezogene Daten betroffen sind, auch wenn es nur die Mitarbeiterin war, die es bemerkt hat; also jetzt handeln",
                "time of awareness missing: the clock runs once anyone in the organisation is reasonably certain that personal data are affected, even if only the member of staff who noticed it; so act now",
            ),
            Provisional => s(
                "vorläufig: eine offene Frage kann noch ändern, ob gemeldet werden muss; bis dahin gilt die vorsichtige Antwort: fristgerecht melden und später ergänzen",
                "provisional: an open question could still change whether to notify; until then the cautious answer holds: notify in time and complete later",
            ),
            ProvisionalSubjects => s(
                "vorläufig: eine offene Frage kann noch ändern, ob oder wie die Betroffenen zu benachrichtigen sind; bis dahin gilt die vorsichtige Antwort",
                "provisional: an open question could still change whether or how the people are told; until then the cautious answer holds",
            ),
            Authority { en, de: german, .. } => {
                if de {
                    format!("zuständig, weil: {german}")
                } else {
                    format!("competent because: {en}")
                }
            }
        }
    }
}

/// What a return or deletion is worth, in words.
fn containment_text(c: Containment, lang: Lang) -> String {
    // Exhaustive: a third language stops the build here (docs/TEXTS.md).
    let de = match lang {
        Lang::De => true,
        Lang::En => false,
    };
    let s = |d: &str, e: &str| if de { d.to_string() } else { e.to_string() };
    match c {
        Containment::None => s("nichts zurückgeholt", "nothing asked back"),
        Containment::Full => s(
            "Rückgabe oder Löschung schriftlich bestätigt, bevor die Daten geöffnet wurden: nichts bleibt offengelegt",
            "return or deletion confirmed in writing before the data were opened: nothing is left exposed",
        ),
        Containment::OneStep(limit) | Containment::NotRelied(limit) => {
            let why = match limit {
                ContainmentLimit::Unknown => s(
                    "bei Unbekannten oder Veröffentlichung ist nie sicher, dass alle Kopien weg sind",
                    "with unknown persons or a publication one can never be sure all copies are gone",
                ),
                ContainmentLimit::Deliberate => s(
                    "wer die Daten absichtlich an sich genommen hat, löscht sie nicht verlässlich",
                    "someone who took the data on purpose cannot be relied on to delete them",
                ),
                ContainmentLimit::AlreadySeen => s(
                    "die Daten wurden schon geöffnet; was gesehen wurde, lässt sich nicht löschen",
                    "the data were already opened; what was seen cannot be deleted",
                ),
                ContainmentLimit::ManyRecipients(n) => {
                    let n = group_digits(n, lang);
                    if de {
                        format!("eine Löschbitte an bis zu {n} Empfänger lässt sich nicht überprüfen")
                    } else {
                        format!("a deletion request to up to {n} recipients cannot be verified")
                    }
                }
                ContainmentLimit::Unconfirmed => s(
                    "die Löschung ist nicht schriftlich bestätigt",
                    "the deletion is not confirmed in writing",
                ),
            };
            let one_step = matches!(c, Containment::OneStep(_));
            match (de, one_step) {
                (true, true) => format!("zurückgefordert oder Löschung erbeten, aber {why}: Wahrscheinlichkeit nur eine Stufe niedriger"),
                (true, false) => format!("zurückgefordert oder Löschung erbeten, aber {why}: das senkt die Wahrscheinlichkeit nicht"),
                (false, true) => format!("asked back or deletion requested, but {why}: likelihood one step lower only"),
                (false, false) => format!("asked back or deletion requested, but {why}: that does not lower the likelihood"),
            }
        }
    }
}

/// Display name of a risk level.
pub fn level_name(l: RiskLevel, lang: Lang) -> &'static str {
    match (l, lang) {
        (RiskLevel::Low, Lang::De) => "voraussichtlich kein Risiko",
        (RiskLevel::Low, Lang::En) => "unlikely to result in a risk",
        (RiskLevel::Risk, Lang::De) => "Risiko",
        (RiskLevel::Risk, Lang::En) => "risk",
        (RiskLevel::High, Lang::De) => "hohes Risiko",
        (RiskLevel::High, Lang::En) => "high risk",
    }
}

/// Display name of a kind of breach.
pub fn dimension_name(d: Dimension, lang: Lang) -> &'static str {
    match (d, lang) {
        (Dimension::Confidentiality, Lang::De) => "Vertraulichkeit",
        (Dimension::Confidentiality, Lang::En) => "confidentiality",
        (Dimension::Integrity, Lang::De) => "Integrität",
        (Dimension::Integrity, Lang::En) => "integrity",
        (Dimension::Availability, Lang::De) => "Verfügbarkeit",
        (Dimension::Availability, Lang::En) => "availability",
    }
}

/// Display name of a data category.
pub fn category_name(c: DataCategory, lang: Lang) -> &'static str {
    use DataCategory::*;
    let (de, en) = match c {
        Health => (
            "Gesundheitsdaten (Befunde, Röntgenbilder, Diagnosen)",
            "health data (findings, x-rays, diagnoses)",
        ),
        Contact => ("Kontaktdaten", "contact data"),
        Identification => ("Identifikationsdaten", "identification data"),
        NationalId => (
            "Ausweis-, Sozialversicherungs- oder Steuernummern",
            "ID, social security or tax numbers",
        ),
        Financial => ("Finanzdaten", "financial data"),
        PaymentCard => ("Zahlungskartendaten", "payment card data"),
        Credentials => ("Zugangsdaten", "credentials"),
        Location => ("Standortdaten", "location data"),
        Behavioural => (
            "Verhaltens- und Nutzungsdaten",
            "behavioural and usage data",
        ),
        CommunicationContent => ("Kommunikationsinhalte", "communication content"),
        Employment => ("Beschäftigtendaten", "employment data"),
        SpecialCategory => (
            "besondere Kategorien (Art. 9)",
            "special categories (Art. 9)",
        ),
        Criminal => ("Strafdaten (Art. 10)", "criminal offence data (Art. 10)"),
    };
    match lang {
        Lang::De => de,
        Lang::En => en,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bases_read_as_german_citations_in_german() {
        let rows = [
            (ReasonKind::Late, "Art. 33 Abs. 1 Satz 2 DSGVO", "Art. 33(1) sentence 2 GDPR"),
            (ReasonKind::Unintelligible, "Art. 34 Abs. 3 lit. a DSGVO; EDSA-Leitlinien 01/2021, Fälle 06, 10", "Art. 34(3)(a) GDPR; EDPB Guidelines 01/2021 cases 06, 10"),
            (ReasonKind::Vulnerable, "Erwägungsgrund 75 DSGVO; EDSA-Leitlinien 9/2022, besondere Merkmale der betroffenen Personen", "Recital 75 GDPR; EDPB Guidelines 9/2022, special characteristics of the individual"),
        ];
        for (kind, de, en) in rows {
            let r = Reason::new(kind);
            assert_eq!(r.basis_in(Lang::En), en);
            assert_eq!(r.basis_in(Lang::De), de);
        }
    }

    #[test]
    fn the_authority_reason_speaks_the_reader_s_language() {
        let r = Reason::new(ReasonKind::Authority {
            basis: ("§ 40(1) BDSG", "§ 40 Abs. 1 BDSG"),
            en: "§ 40(1) BDSG: private body".into(),
            de: "§ 40 Abs. 1 BDSG: nicht-öffentliche Stelle".into(),
        });
        assert_eq!(
            r.text(Lang::De),
            "zuständig, weil: § 40 Abs. 1 BDSG: nicht-öffentliche Stelle"
        );
        assert_eq!(
            r.text(Lang::En),
            "competent because: § 40(1) BDSG: private body"
        );
    }
}
