//! The questionnaire's answers, as the user gives them, and how they become engine facts.
//!
//! Every question may be answered "noch unklar / not known yet" (`None`, an empty text, or the
//! `*_unknown` flag). [`Answers::to_facts`] then takes the cautious side and marks the facts as
//! provisional, so the verdict says so (Art. 33(4) allows notifying in phases). Texts the user
//! types stay exactly as typed; [`Answers::validate`] reports problems field by field and never
//! changes an answer.

use serde::{Deserialize, Serialize};

use super::facts::{
    Availability, Categories, Confidentiality, DataCategory, Facts, Integrity, Role,
};
use super::instant::{self, Instant};
pub use super::instant::{FixedZone, Zone};
use super::keys::{self, keyed};
use super::lang::Lang;
use super::organisation::{Country, Diocese, Land, Organisation, Sector, SpecialBody};
use super::risk::LARGE_SCALE;

/// What kind of incident it was (the seed's examples and the EDPB draft template's list).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum IncidentType {
    LostDevice,
    StolenDevice,
    Hacking,
    Ransomware,
    Phishing,
    MisdirectedEmail,
    OpenDistributionList,
    MisdirectedLetter,
    UnintendedPublication,
    InternalAccess,
    SoftwareBug,
    Disposal,
    Other,
}

impl IncidentType {
    pub const ALL: [IncidentType; 13] = [
        IncidentType::LostDevice,
        IncidentType::StolenDevice,
        IncidentType::Hacking,
        IncidentType::Ransomware,
        IncidentType::Phishing,
        IncidentType::MisdirectedEmail,
        IncidentType::OpenDistributionList,
        IncidentType::MisdirectedLetter,
        IncidentType::UnintendedPublication,
        IncidentType::InternalAccess,
        IncidentType::SoftwareBug,
        IncidentType::Disposal,
        IncidentType::Other,
    ];
}

/// How the incident came about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Cause {
    /// Attack or theft from outside.
    ExternalMalicious,
    /// Deliberate act of an insider.
    InternalMalicious,
    /// Human error.
    Error,
    /// Technical failure (software bug, power cut, hardware).
    Technical,
}

impl Cause {
    pub const ALL: [Cause; 4] = [
        Cause::ExternalMalicious,
        Cause::InternalMalicious,
        Cause::Error,
        Cause::Technical,
    ];
    pub fn is_malicious(self) -> bool {
        matches!(self, Cause::ExternalMalicious | Cause::InternalMalicious)
    }
}

/// When the incident happened.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Occurrence {
    #[default]
    Unknown,
    /// At one moment: `occurred_from`.
    At,
    /// From `occurred_from` to `occurred_to`.
    Period,
    /// Since `occurred_from` and still going on.
    Ongoing,
}

impl Occurrence {
    pub const ALL: [Occurrence; 4] = [
        Occurrence::Unknown,
        Occurrence::At,
        Occurrence::Period,
        Occurrence::Ongoing,
    ];
}

/// How the breach was discovered.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Discovery {
    OwnDetection,
    Employee,
    Processor,
    AffectedPerson,
    ThirdParty,
    Attacker,
    Authority,
    Media,
}

impl Discovery {
    pub const ALL: [Discovery; 8] = [
        Discovery::OwnDetection,
        Discovery::Employee,
        Discovery::Processor,
        Discovery::AffectedPerson,
        Discovery::ThirdParty,
        Discovery::Attacker,
        Discovery::Authority,
        Discovery::Media,
    ];
}

keyed!(IncidentType, Cause, Occurrence, Discovery);

/// A yes/no question that may still be open.
pub type Tri = Option<bool>;

/// Everything the user enters. Free texts are kept verbatim.
///
/// In a saved case (`docs/CASE_FILE.md`) each field is saved under its name (`case_file`); reading
/// one back, a missing key or `null` is "not answered" (an empty text, "no", no items).
#[derive(Clone, Debug, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Answers {
    // Step 1: who you are.
    #[serde(deserialize_with = "keys::choice")]
    pub role: Option<Role>,
    #[serde(deserialize_with = "keys::choice")]
    pub sector: Option<Sector>,
    /// ISO alpha-2 of the main establishment; `None` = Germany.
    pub country: Option<Country>,
    #[serde(deserialize_with = "keys::choice")]
    pub land: Option<Land>,
    #[serde(deserialize_with = "keys::choice")]
    pub diocese: Option<Diocese>,
    #[serde(deserialize_with = "keys::choice")]
    pub special: Option<SpecialBody>,
    /// A controller seated outside the EU/EEA: the EU/EEA country of its main establishment in
    /// the Union, if it has one (Art. 4(16)); a representative is not one.
    pub eu_establishment: Option<Country>,
    /// Its representative in the Union (Art. 27): name and address, as typed.
    pub representative: String,
    /// The countries where the people affected live (for a controller with no EU/EEA main
    /// establishment, every authority of these countries is competent).
    #[serde(deserialize_with = "countries_once")]
    pub subject_countries: Vec<Country>,
    pub org_name: String,
    pub org_address: String,
    pub contact_name: String,
    pub contact_role: String,
    pub contact_email: String,
    pub contact_phone: String,
    pub dpo: String,

    // Step 2: what happened.
    pub personal_data: Tri,
    #[serde(deserialize_with = "keys::choice")]
    pub confidentiality: Option<Confidentiality>,
    #[serde(deserialize_with = "keys::choice")]
    pub integrity: Option<Integrity>,
    #[serde(deserialize_with = "keys::choice")]
    pub availability: Option<Availability>,
    #[serde(deserialize_with = "keys::choice")]
    pub incident_type: Option<IncidentType>,
    #[serde(deserialize_with = "keys::choice")]
    pub cause: Option<Cause>,
    pub description: String,
    /// Whether the people who could see the data provably did (`true`), provably did not
    /// (`false`), or nobody knows (`None`: they could).
    pub accessed: Tri,
    /// Does the sender, the occasion or the list reveal Art. 9/10 data about the people?
    pub sensitive_context: Tri,

    // Step 3: when.
    #[serde(deserialize_with = "keys::one")]
    pub occurrence: Occurrence,
    /// Local wall-clock time as entered, `YYYY-MM-DDTHH:MM`.
    pub occurred_from: String,
    pub occurred_to: String,
    pub aware_at: String,
    #[serde(deserialize_with = "keys::choice")]
    pub discovery: Option<Discovery>,
    pub discovery_details: String,

    // Step 4: which data and whom.
    pub data: Categories,
    pub data_unknown: bool,
    /// Approximate number of people, as typed.
    pub subjects: String,
    pub subjects_unknown: bool,
    /// Approximate number of records, as typed.
    pub records: String,
    pub records_unknown: bool,
    pub subject_groups: String,
    pub vulnerable: Tri,
    /// People in other EU/EEA countries are affected (cross-border, Art. 56).
    pub cross_border: Tri,
    /// Which special categories (Art. 9) exactly, as the Land forms ask.
    pub special_details: String,

    // Step 5: protection and containment.
    pub unintelligible: Tri,
    pub backup_restored: Tri,
    pub contained: Tri,
    /// The recipients confirmed the return or deletion in writing.
    pub deletion_confirmed: Tri,
    /// Technical and organisational measures in place before the incident.
    pub measures_before: String,
    /// A processor was involved in the incident.
    pub processor_involved: Tri,
    /// Which processor, and its part.
    pub processor_details: String,
    pub high_risk_neutralised: Tri,
    pub measures_taken: String,
    pub measures_planned: String,

    // Step 6: likely consequences and follow-up.
    pub misuse_observed: Tri,
    pub consequences: String,
    pub disproportionate_effort: Tri,
    pub subjects_informed: String,
    /// When the people were told, local wall-clock time as entered.
    pub subjects_informed_at: String,
    /// The organisation never asks for passwords or bank details by e-mail or phone (the
    /// message to the people may say so only where this is confirmed).
    pub never_ask_data: bool,
    pub other_authorities: String,
    pub follow_up: bool,
    /// For a follow-up: when the first notification was sent, and the authority's reference.
    pub first_notice_at: String,
    pub first_notice_reference: String,
    pub delay_reasons: String,
}

/// `subject_countries` as read from a file: each country once, in the order first listed.
fn countries_once<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Vec<Country>, D::Error> {
    let mut once = Vec::new();
    for c in Vec::<Country>::deserialize(d)? {
        if !once.contains(&c) {
            once.push(c);
        }
    }
    Ok(once)
}

/// A question whose answer is still open; listed in the provisional verdict.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    Role,
    Sector,
    Land,
    PersonalData,
    Confidentiality,
    Integrity,
    Availability,
    Cause,
    OccurredFrom,
    OccurredTo,
    AwareAt,
    Data,
    Subjects,
    Records,
    Vulnerable,
    Unintelligible,
    Contained,
    DeletionConfirmed,
    SensitiveContext,
    CrossBorder,
    Neutralised,
    Misuse,
    Disproportionate,
}

impl Field {
    pub const ALL: [Field; 23] = [
        Field::Role,
        Field::Sector,
        Field::Land,
        Field::PersonalData,
        Field::Confidentiality,
        Field::Integrity,
        Field::Availability,
        Field::Cause,
        Field::OccurredFrom,
        Field::OccurredTo,
        Field::AwareAt,
        Field::Data,
        Field::Subjects,
        Field::Records,
        Field::Vulnerable,
        Field::Unintelligible,
        Field::Contained,
        Field::DeletionConfirmed,
        Field::SensitiveContext,
        Field::CrossBorder,
        Field::Neutralised,
        Field::Misuse,
        Field::Disproportionate,
    ];
}

/// What is wrong with an answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Problem {
    /// Not a date and time in the form the field expects.
    BadDateTime,
    /// Lies in the future.
    InFuture,
    /// Awareness before the incident began.
    AwareBeforeIncident,
    /// The end of a period before its start.
    EndBeforeStart,
    /// Not a whole number.
    NotANumber,
    /// Negative.
    Negative,
    /// Larger than anything plausible (more people than live on Earth).
    TooLarge,
}

/// A problem with one field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FieldError {
    pub field: Field,
    pub problem: Problem,
}

impl FieldError {
    /// The message shown next to the field.
    pub fn message(&self, lang: Lang) -> &'static str {
        let (de, en) = match self.problem {
            Problem::BadDateTime => (
                "Bitte Datum und Uhrzeit angeben, z. B. 27.03.2026 10:15.",
                "Please give a date and time, e.g. 2026-03-27 10:15.",
            ),
            Problem::InFuture => (
                "Dieser Zeitpunkt liegt in der Zukunft.",
                "This time lies in the future.",
            ),
            Problem::AwareBeforeIncident => (
                "Die Kenntnis kann nicht vor dem Beginn des Vorfalls liegen.",
                "You cannot have become aware before the incident began.",
            ),
            Problem::EndBeforeStart => (
                "Das Ende liegt vor dem Beginn.",
                "The end lies before the start.",
            ),
            Problem::NotANumber => (
                "Bitte eine ganze Zahl eingeben, z. B. 1500 (ohne Punkte geht auch).",
                "Please enter a whole number, e.g. 1500.",
            ),
            Problem::Negative => (
                "Die Zahl kann nicht negativ sein.",
                "The number cannot be negative.",
            ),
            Problem::TooLarge => (
                "Diese Zahl ist unplausibel groß (mehr als die Weltbevölkerung).",
                "This number is implausibly large (more than the world's population).",
            ),
        };
        super::lang::pick(lang, de, en)
    }
}

/// More people than live on Earth is never a plausible count.
pub const MAX_PEOPLE: u64 = 9_000_000_000;
/// Records can outnumber people, but not without bound.
pub const MAX_RECORDS: u64 = 1_000_000_000_000;

/// Read a local `YYYY-MM-DDTHH:MM` (the value of an `<input type="datetime-local">`, seconds
/// allowed) as an instant in `zone`. `Ok(None)` for an empty text.
pub fn parse_local(text: &str, zone: &dyn Zone) -> Result<Option<Instant>, Problem> {
    instant::parse_local(text, zone).map_err(|_| Problem::BadDateTime)
}

/// Read a count as typed: digits with optional thousands separators (`1.500`, `1,500`, `1 500`).
/// `Ok(None)` for an empty text.
pub fn parse_count(text: &str, max: u64) -> Result<Option<u64>, Problem> {
    let t = text.trim();
    if t.is_empty() {
        return Ok(None);
    }
    if t.starts_with('-')
        && t.len() > 1
        && t[1..]
            .trim()
            .chars()
            .all(|c| c.is_ascii_digit() || ".,  ".contains(c))
    {
        return Err(Problem::Negative);
    }
    let mut value: u64 = 0;
    let mut seen_digit = false;
    for c in t.chars() {
        match c {
            '0'..='9' => {
                seen_digit = true;
                value = value
                    .checked_mul(10)
                    .and_then(|v| v.checked_add(u64::from(c as u8 - b'0')))
                    .ok_or(Problem::TooLarge)?;
            }
            '.' | ',' | ' ' | '\u{a0}' | '\u{202f}' | '\'' => {}
            _ => return Err(Problem::NotANumber),
        }
    }
    if !seen_digit {
        return Err(Problem::NotANumber);
    }
    if value > max {
        return Err(Problem::TooLarge);
    }
    Ok(Some(value))
}

/// The facts for the engine, with the list of questions still open.
#[derive(Clone, Debug, PartialEq)]
pub struct Derived {
    /// Every open answer at its most severe value: what the verdict rests on.
    pub facts: Facts,
    /// Every open answer at its mildest value: where the verdict would be if all went well.
    /// [`crate::domain::assess_open`] compares the two to tell which parts are provisional.
    pub hopeful: Facts,
    pub open: Vec<Field>,
    /// A high risk on the cautious reading (Art. 34(1)): telling the people may be due, so the
    /// exceptions of Art. 34(3)(b) and (c) are asked.
    pub people_at_stake: bool,
}

impl Derived {
    /// The assessment of these facts, provisional where an open answer could change it.
    pub fn assess(&self) -> crate::domain::Assessment {
        crate::domain::assess_open(&self.facts, &self.hopeful)
    }
}

/// One side of the open answers.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Side {
    Cautious,
    Hopeful,
}

/// A value on each side: the same twice for an answer given.
#[derive(Clone, Copy)]
struct Both<T>(T, T);

impl<T: Copy> Both<T> {
    fn on(self, side: Side) -> T {
        match side {
            Side::Cautious => self.0,
            Side::Hopeful => self.1,
        }
    }
}

/// Collects the open questions while the answers become facts.
struct Reading {
    open: Vec<Field>,
}

impl Reading {
    /// An answer, or for an open one its cautious and hopeful values.
    fn pick<T: Copy>(
        &mut self,
        field: Field,
        value: Option<T>,
        cautious: T,
        hopeful: T,
    ) -> Both<T> {
        match value {
            Some(v) => Both(v, v),
            None => {
                self.open.push(field);
                Both(cautious, hopeful)
            }
        }
    }
}

/// 64-bit FNV-1a of a text: short, stable ids (not a security hash).
pub fn fnv1a(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

impl Answers {
    /// What identifies a case across its saves: when it became known, by whom, what happened.
    /// The register's row id and the calendar entry's UID both come from it, so a case saved
    /// again replaces its row and its calendar entry.
    pub fn case_fingerprint(&self) -> u64 {
        let kind = self.incident_type.map(|t| t.key()).unwrap_or("");
        fnv1a(&format!(
            "{}\u{1f}{}\u{1f}{kind}",
            self.aware_at.trim(),
            self.org_name.trim()
        ))
    }

    /// Check every answer. Problems are reported per field; nothing is changed.
    pub fn validate(&self, now: Instant, zone: &dyn Zone) -> Vec<FieldError> {
        let mut errors = Vec::new();
        let mut time = |field: Field, text: &str| match parse_local(text, zone) {
            Ok(Some(t)) if t > now => {
                errors.push(FieldError {
                    field,
                    problem: Problem::InFuture,
                });
                Some(t)
            }
            Ok(t) => t,
            Err(problem) => {
                errors.push(FieldError { field, problem });
                None
            }
        };
        let from = if self.occurrence == Occurrence::Unknown {
            None
        } else {
            time(Field::OccurredFrom, &self.occurred_from)
        };
        let to = if self.occurrence == Occurrence::Period {
            time(Field::OccurredTo, &self.occurred_to)
        } else {
            None
        };
        let aware = time(Field::AwareAt, &self.aware_at);
        if let (Some(f), Some(t)) = (from, to) {
            if t < f {
                errors.push(FieldError {
                    field: Field::OccurredTo,
                    problem: Problem::EndBeforeStart,
                });
            }
        }
        if let (Some(f), Some(a)) = (from, aware) {
            if a < f {
                errors.push(FieldError {
                    field: Field::AwareAt,
                    problem: Problem::AwareBeforeIncident,
                });
            }
        }
        if !self.subjects_unknown {
            if let Err(problem) = parse_count(&self.subjects, MAX_PEOPLE) {
                errors.push(FieldError {
                    field: Field::Subjects,
                    problem,
                });
            }
        }
        if !self.records_unknown {
            if let Err(problem) = parse_count(&self.records, MAX_RECORDS) {
                errors.push(FieldError {
                    field: Field::Records,
                    problem,
                });
            }
        }
        errors
    }

    /// The organisation as far as it is known.
    pub fn organisation(&self) -> Option<Organisation> {
        let sector = self.sector?;
        let mut org = Organisation::new(sector, self.country.or(Some(Country::DE)), self.land);
        org.diocese = self.diocese;
        org.special = self.special;
        org.eu_main_establishment = self.eu_establishment;
        org.subject_countries = self.subject_countries.clone();
        Some(org)
    }

    /// The engine's facts. Open questions take the cautious value in `facts` and the mildest
    /// in `hopeful`, and are listed in `open`; answers with a problem count as open too.
    pub fn to_facts(&self, now: Instant, zone: &dyn Zone) -> Derived {
        let mut r = Reading { open: Vec::new() };
        let role = r.pick(Field::Role, self.role, Role::Controller, Role::Processor);
        let personal_data = r.pick(Field::PersonalData, self.personal_data, true, false);
        let confidentiality = r.pick(
            Field::Confidentiality,
            self.confidentiality,
            Confidentiality::UnknownRecipients,
            Confidentiality::None,
        );
        let integrity = r.pick(
            Field::Integrity,
            self.integrity,
            Integrity::NotRestored,
            Integrity::None,
        );
        let availability = r.pick(
            Field::Availability,
            self.availability,
            Availability::Prolonged,
            Availability::None,
        );
        let malicious = r.pick(
            Field::Cause,
            self.cause.map(Cause::is_malicious),
            true,
            false,
        );
        let vulnerable = r.pick(Field::Vulnerable, self.vulnerable, true, false);
        let unintelligible = r.pick(Field::Unintelligible, self.unintelligible, false, true);
        let contained = r.pick(Field::Contained, self.contained, false, true);
        // Asked only once something was asked back; until the confirmation is in, the deletion
        // is not relied on.
        let confirmed = if self.contained == Some(true) {
            r.pick(
                Field::DeletionConfirmed,
                self.deletion_confirmed,
                false,
                true,
            )
        } else {
            Both(false, true)
        };
        let exposed = self.confidentiality != Some(Confidentiality::None);
        let sensitive_context = if exposed {
            r.pick(Field::SensitiveContext, self.sensitive_context, true, false)
        } else {
            Both(false, false)
        };
        let neutralised = r.pick(Field::Neutralised, self.high_risk_neutralised, false, true);
        // No evidence of misuse is the answer until there is some: an open answer is not a
        // finding, so both sides read it as "not observed".
        let misuse = r.pick(Field::Misuse, self.misuse_observed, false, false);
        let disproportionate = r.pick(
            Field::Disproportionate,
            self.disproportionate_effort,
            false,
            true,
        );
        // Unknown kinds of data may be health data: the cautious side takes the most sensitive
        // kind, the hopeful side what was ticked (or plain contact data).
        let data = if self.data_unknown || self.data.is_empty() {
            r.open.push(Field::Data);
            let ticked = if self.data.is_empty() {
                Categories::new().with(DataCategory::Contact)
            } else {
                self.data
            };
            Both(self.data.with(DataCategory::Health), ticked)
        } else {
            Both(self.data, self.data)
        };
        let subjects = if self.subjects_unknown {
            None
        } else {
            parse_count(&self.subjects, MAX_PEOPLE).ok().flatten()
        };
        let data_subjects = r.pick(Field::Subjects, subjects, LARGE_SCALE, 1);
        let aware_at = parse_local(&self.aware_at, zone)
            .ok()
            .flatten()
            .filter(|t| *t <= now);
        if aware_at.is_none() {
            r.open.push(Field::AwareAt);
        }
        if self.sector.is_none() {
            r.open.push(Field::Sector);
        }
        let facts = |side: Side| Facts {
            role: role.on(side),
            personal_data: personal_data.on(side),
            confidentiality: confidentiality.on(side),
            integrity: integrity.on(side),
            availability: availability.on(side),
            malicious: malicious.on(side),
            data: data.on(side),
            data_subjects: data_subjects.on(side),
            vulnerable_subjects: vulnerable.on(side),
            unintelligible: unintelligible.on(side),
            accessed: self.accessed,
            recipients: None,
            contained: contained.on(side),
            deletion_confirmed: confirmed.on(side),
            sensitive_context: sensitive_context.on(side),
            high_risk_neutralised: neutralised.on(side),
            disproportionate_effort: disproportionate.on(side),
            misuse_observed: misuse.on(side),
            aware_at,
            assessed_at: Some(now),
            organisation: self.organisation(),
        };
        let cautious = facts(Side::Cautious);
        let people_at_stake = high_risk_possible(&cautious);
        // Art. 34(3)(b) and (c) only matter where telling the people may be due.
        if !people_at_stake {
            r.open
                .retain(|f| !matches!(f, Field::Neutralised | Field::Disproportionate));
        }
        Derived {
            facts: cautious,
            hopeful: facts(Side::Hopeful),
            open: r.open,
            people_at_stake,
        }
    }

    /// Whether the people's part is at stake: a high risk on the cautious reading of the
    /// answers (Art. 34(1)). Only then are the exceptions of Art. 34(3)(b) and (c) asked.
    pub fn people_at_stake(&self) -> bool {
        self.to_facts(Instant(0), &instant::FixedZone(0))
            .people_at_stake
    }

    /// Whether data were or may have been lost or altered, so that a backup matters.
    pub fn lost_or_altered(&self) -> bool {
        self.integrity != Some(Integrity::None) || self.availability != Some(Availability::None)
    }
}

/// A high risk on these facts, before any Art. 34(3) exception (the risk does not depend on
/// them).
fn high_risk_possible(f: &Facts) -> bool {
    super::risk::risk_level(f, &mut Vec::new()).0 == super::levels::RiskLevel::High
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{DataCategory, RiskLevel};

    const CET: FixedZone = FixedZone(60);

    fn now() -> Instant {
        crate::domain::time::parse_rfc3339("2026-11-23T12:00:00+01:00").unwrap()
    }

    #[test]
    fn local_times_table() {
        let rows: [(&str, Result<Option<&str>, Problem>); 8] = [
            ("", Ok(None)),
            ("2026-03-27T10:15", Ok(Some("2026-03-27T09:15:00Z"))),
            ("2026-03-27 10:15:30", Ok(Some("2026-03-27T09:15:00Z"))),
            ("2026-02-29T10:15", Err(Problem::BadDateTime)),
            ("27.03.2026 10:15", Err(Problem::BadDateTime)),
            ("2026-03-27T24:00", Err(Problem::BadDateTime)),
            ("2026-03-27", Err(Problem::BadDateTime)),
            ("<script>", Err(Problem::BadDateTime)),
        ];
        for (text, want) in rows {
            let got = parse_local(text, &CET).map(|o| o.map(|i| i.to_rfc3339_utc()));
            assert_eq!(got, want.map(|o| o.map(String::from)), "{text:?}");
        }
    }

    #[test]
    fn the_exceptions_of_art_34_3_b_and_c_are_asked_only_where_a_high_risk_is_possible() {
        // Nothing answered yet: the cautious reading may be a high risk, so both are asked.
        let open = Answers::default().to_facts(now(), &CET).open;
        assert!(open.contains(&Field::Neutralised) && open.contains(&Field::Disproportionate));
        assert!(Answers::default().people_at_stake());
        // One e-mail address sent to one trusted recipient: no high risk on either reading.
        let a = Answers {
            role: Some(Role::Controller),
            personal_data: Some(true),
            confidentiality: Some(Confidentiality::TrustedRecipient),
            sensitive_context: Some(false),
            cause: Some(Cause::Error),
            integrity: Some(Integrity::None),
            availability: Some(Availability::None),
            data: Categories::new().with(DataCategory::Contact),
            subjects: "1".into(),
            vulnerable: Some(false),
            ..Default::default()
        };
        assert!(!a.people_at_stake());
        let open = a.to_facts(now(), &CET).open;
        assert!(!open.contains(&Field::Neutralised), "{open:?}");
        assert!(!open.contains(&Field::Disproportionate), "{open:?}");
        // Health data published: a high risk, asked again; the answers were kept.
        let b = Answers {
            data: Categories::new().with(DataCategory::Health),
            confidentiality: Some(Confidentiality::Public),
            high_risk_neutralised: Some(false),
            ..a
        };
        assert!(b.people_at_stake());
        assert_eq!(b.high_risk_neutralised, Some(false));
    }

    #[test]
    fn a_backup_matters_only_where_data_may_be_lost_or_altered() {
        let none = Answers {
            integrity: Some(Integrity::None),
            availability: Some(Availability::None),
            ..Default::default()
        };
        assert!(!none.lost_or_altered());
        assert!(Answers::default().lost_or_altered(), "not known yet: asked");
        let lost = Answers {
            availability: Some(Availability::Permanent),
            ..none.clone()
        };
        assert!(lost.lost_or_altered());
        let altered = Answers {
            integrity: Some(Integrity::NotRestored),
            ..none
        };
        assert!(altered.lost_or_altered());
    }

    #[test]
    fn counts_table() {
        let rows: [(&str, Result<Option<u64>, Problem>); 10] = [
            ("", Ok(None)),
            ("1494", Ok(Some(1494))),
            ("1.494", Ok(Some(1494))),
            ("1,494", Ok(Some(1494))),
            (" 60 000 ", Ok(Some(60_000))),
            ("-5", Err(Problem::Negative)),
            ("zwölf", Err(Problem::NotANumber)),
            ("12abc", Err(Problem::NotANumber)),
            ("99999999999999999999999", Err(Problem::TooLarge)),
            ("9000000001", Err(Problem::TooLarge)),
        ];
        for (text, want) in rows {
            assert_eq!(parse_count(text, MAX_PEOPLE), want, "{text:?}");
        }
    }

    #[test]
    fn validation_reports_each_problem_next_to_its_field() {
        let a = Answers {
            occurrence: Occurrence::Period,
            occurred_from: "2026-11-20T10:00".into(),
            occurred_to: "2026-11-19T10:00".into(),
            aware_at: "2026-11-19T09:00".into(),
            subjects: "-3".into(),
            records: "viele".into(),
            ..Answers::default()
        };
        let errors = a.validate(now(), &CET);
        assert_eq!(
            errors,
            vec![
                FieldError {
                    field: Field::OccurredTo,
                    problem: Problem::EndBeforeStart
                },
                FieldError {
                    field: Field::AwareAt,
                    problem: Problem::AwareBeforeIncident
                },
                FieldError {
                    field: Field::Subjects,
                    problem: Problem::Negative
                },
                FieldError {
                    field: Field::Records,
                    problem: Problem::NotANumber
                },
            ]
        );
        let future = Answers {
            aware_at: "2026-11-24T09:00".into(),
            ..Answers::default()
        };
        assert_eq!(
            future.validate(now(), &CET),
            vec![FieldError {
                field: Field::AwareAt,
                problem: Problem::InFuture
            }]
        );
        assert_eq!(
            FieldError {
                field: Field::AwareAt,
                problem: Problem::InFuture
            }
            .message(Lang::De),
            "Dieser Zeitpunkt liegt in der Zukunft."
        );
        // Validation changes nothing.
        assert_eq!(a.subjects, "-3");
    }

    #[test]
    fn open_questions_take_the_cautious_side_and_mark_the_verdict_provisional() {
        let d = Answers::default().to_facts(now(), &CET);
        assert!(d.assess().provisional.authority);
        assert_eq!(d.facts.confidentiality, Confidentiality::UnknownRecipients);
        assert!(d.open.contains(&Field::Confidentiality));
        let a = d.assess();
        assert!(
            a.notify_authority,
            "unknowns lead to notifying, provisionally"
        );
        assert!(a
            .reasons
            .iter()
            .any(|r| matches!(r.kind, crate::domain::ReasonKind::Provisional)));
    }

    #[test]
    fn a_case_keeps_its_fingerprint_over_saves_and_edits_of_other_answers() {
        let a = Answers {
            aware_at: "2026-11-23T09:00".into(),
            org_name: "Kreis Musterland".into(),
            incident_type: Some(IncidentType::OpenDistributionList),
            ..Answers::default()
        };
        let edited = Answers {
            org_name: " Kreis Musterland ".into(),
            description: "ergänzt".into(),
            subjects: "1.494".into(),
            ..a.clone()
        };
        assert_eq!(a.case_fingerprint(), edited.case_fingerprint());
        let other = Answers {
            aware_at: "2026-11-23T10:00".into(),
            ..a.clone()
        };
        assert_ne!(a.case_fingerprint(), other.case_fingerprint());
        // FNV-1a's published test value for the empty text.
        assert_eq!(fnv1a(""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv1a("a"), 0xaf63_dc4c_8601_ec8c);
    }

    #[test]
    fn district_office_answers_give_the_expected_verdict() {
        let a = Answers {
            role: Some(Role::Controller),
            sector: Some(Sector::Public),
            land: Some(Land::NW),
            personal_data: Some(true),
            confidentiality: Some(Confidentiality::KnownRecipients),
            integrity: Some(Integrity::None),
            availability: Some(Availability::None),
            cause: Some(Cause::Error),
            aware_at: "2026-11-23T09:00".into(),
            data: Categories::new().with(DataCategory::Contact),
            subjects: "1.494".into(),
            vulnerable: Some(false),
            unintelligible: Some(false),
            contained: Some(false),
            high_risk_neutralised: Some(false),
            misuse_observed: Some(false),
            disproportionate_effort: Some(false),
            sensitive_context: Some(false),
            ..Answers::default()
        };
        let d = a.to_facts(now(), &CET);
        let v = d.assess();
        assert!(!v.provisional.any(), "open: {:?}", d.open);
        assert_eq!(v.risk, Some(RiskLevel::Risk));
        assert!(v.notify_authority);
        assert_eq!(v.notify_subjects, crate::domain::SubjectNotice::No);
        assert_eq!(v.authority.ids(), vec!["ldi-nrw"]);
        assert_eq!(
            v.deadline.map(|d| d.to_rfc3339_utc()).as_deref(),
            Some("2026-11-26T08:00:00Z")
        );
    }
}
