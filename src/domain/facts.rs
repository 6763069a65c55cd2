//! The facts of an incident: what the engine reads. Every enum is ordered from mild to severe,
//! so "more severe" has one meaning for the rules and for the property tests.

use serde::de::IntoDeserializer;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::instant::Instant;
use super::keys::keyed;
use super::organisation::Organisation;

/// Who fills in the check (Art. 4(7) and 4(8) GDPR).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    #[default]
    Controller,
    Processor,
}

/// Who got, or could get, access to the data (loss of confidentiality).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Confidentiality {
    /// Nobody saw the data.
    #[default]
    None,
    /// A known recipient bound to confidentiality who acts on the controller's instructions.
    TrustedRecipient,
    /// Colleagues without a business need for the data (a payroll file open to all staff). Bound
    /// to confidentiality, but they know the people concerned: weighed as known recipients.
    Colleagues,
    /// Identified recipients without such a bond (other customers, a mailing list).
    KnownRecipients,
    /// Unknown persons: a thief, an attacker, a finder.
    UnknownRecipients,
    /// Published: anyone can access the data.
    Public,
}

impl Role {
    pub const ALL: [Role; 2] = [Role::Controller, Role::Processor];
}

impl Integrity {
    pub const ALL: [Integrity; 3] = [Integrity::None, Integrity::Restored, Integrity::NotRestored];
}

impl Availability {
    pub const ALL: [Availability; 4] = [
        Availability::None,
        Availability::Brief,
        Availability::Prolonged,
        Availability::Permanent,
    ];
}

impl Confidentiality {
    /// Every answer, from nobody to the public.
    pub const ALL: [Confidentiality; 6] = [
        Confidentiality::None,
        Confidentiality::TrustedRecipient,
        Confidentiality::Colleagues,
        Confidentiality::KnownRecipients,
        Confidentiality::UnknownRecipients,
        Confidentiality::Public,
    ];
}

/// Whether data were altered (loss of integrity).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Integrity {
    #[default]
    None,
    /// Altered, and the correct state has been restored.
    Restored,
    /// Altered, and the correct state could not be restored.
    NotRestored,
}

/// Loss of access to the data (loss of availability).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Availability {
    #[default]
    None,
    /// Restored quickly, with no effect on the people concerned.
    Brief,
    /// Days, or with an effect on people (care delayed, payments missed).
    Prolonged,
    /// Lost for good.
    Permanent,
}

/// Kinds of personal data, as `FORMAT.md` names them, plus health data named on its own (a
/// special category of Art. 9 that practices, clubs and employers meet most often).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DataCategory {
    Contact,
    Identification,
    NationalId,
    Financial,
    PaymentCard,
    Credentials,
    Location,
    Behavioural,
    CommunicationContent,
    Employment,
    SpecialCategory,
    Criminal,
    /// Health data (Art. 4(15), Art. 9): findings, x-rays, diagnoses, appointments with a doctor.
    Health,
}

impl DataCategory {
    pub const ALL: [DataCategory; 13] = [
        DataCategory::Health,
        DataCategory::Contact,
        DataCategory::Identification,
        DataCategory::NationalId,
        DataCategory::Financial,
        DataCategory::PaymentCard,
        DataCategory::Credentials,
        DataCategory::Location,
        DataCategory::Behavioural,
        DataCategory::CommunicationContent,
        DataCategory::Employment,
        DataCategory::SpecialCategory,
        DataCategory::Criminal,
    ];

    /// Art. 9 or Art. 10 data: damage is to be considered likely (EDPB 9/2022 para 102).
    pub fn is_special(self) -> bool {
        matches!(
            self,
            DataCategory::Health | DataCategory::SpecialCategory | DataCategory::Criminal
        )
    }

    fn bit(self) -> u16 {
        1 << (self as u16)
    }
}

keyed!(Role, Confidentiality, Integrity, Availability, DataCategory);

/// A set of data categories (a bit set: cheap to copy and compare). In files, the list of their
/// keys.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, Hash)]
pub struct Categories(u16);

impl Categories {
    pub fn new() -> Self {
        Categories(0)
    }
    pub fn with(mut self, c: DataCategory) -> Self {
        self.insert(c);
        self
    }
    pub fn insert(&mut self, c: DataCategory) {
        self.0 |= c.bit();
    }
    pub fn remove(&mut self, c: DataCategory) {
        self.0 &= !c.bit();
    }
    pub fn contains(self, c: DataCategory) -> bool {
        self.0 & c.bit() != 0
    }
    pub fn is_empty(self) -> bool {
        self.0 == 0
    }
    pub fn len(self) -> u32 {
        self.0.count_ones()
    }
    pub fn is_superset_of(self, other: Categories) -> bool {
        self.0 & other.0 == other.0
    }
    pub fn union(self, other: Categories) -> Categories {
        Categories(self.0 | other.0)
    }
    pub fn iter(self) -> impl Iterator<Item = DataCategory> {
        DataCategory::ALL
            .into_iter()
            .filter(move |c| self.contains(*c))
    }
}

impl FromIterator<DataCategory> for Categories {
    fn from_iter<I: IntoIterator<Item = DataCategory>>(iter: I) -> Self {
        iter.into_iter().fold(Categories::new(), Categories::with)
    }
}

/// Everything the engine needs to know about an incident.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Facts {
    pub role: Role,
    /// Personal data (Art. 4(1)) were affected at all.
    pub personal_data: bool,
    pub confidentiality: Confidentiality,
    pub integrity: Integrity,
    pub availability: Availability,
    /// Caused intentionally (attack, theft) rather than by error.
    pub malicious: bool,
    pub data: Categories,
    /// Approximate number of people affected.
    pub data_subjects: u64,
    /// Children, patients, people in care or in a dependent position.
    pub vulnerable_subjects: bool,
    /// State-of-the-art encryption or hashing whose key or secret was not compromised.
    pub unintelligible: bool,
    /// Whether the recipients opened the data: `Some(true)` they provably did, `Some(false)`
    /// provably not (logs, a letter returned unopened), `None` they could, and nobody knows.
    pub accessed: Option<bool>,
    /// How many persons received the data or could access them, where known; `None` reads as
    /// "as many as there are people affected" (every copy may have gone to someone else).
    pub recipients: Option<u64>,
    /// The data were asked back or a deletion was requested, as the controller states.
    pub contained: bool,
    /// The recipients confirmed the return or deletion in writing.
    pub deletion_confirmed: bool,
    /// The sender, the occasion or the list itself reveals something about the people that falls
    /// under Art. 9 or 10 (a vaccination centre's list, a therapist's newsletter).
    pub sensitive_context: bool,
    /// Subsequent measures ensure that a high risk is no longer likely (Art. 34(3)(b)).
    pub high_risk_neutralised: bool,
    /// Contacting each person would involve disproportionate effort (Art. 34(3)(c)).
    pub disproportionate_effort: bool,
    /// There is evidence that the data were actually misused.
    pub misuse_observed: bool,
    /// When the controller (or processor) became aware of the breach.
    pub aware_at: Option<Instant>,
    /// When this assessment is made ("now").
    pub assessed_at: Option<Instant>,
    /// Who the controller is, for the competent authority.
    pub organisation: Option<Organisation>,
}

impl Serialize for Categories {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.iter())
    }
}

impl<'de> Deserialize<'de> for Categories {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        // Each key through `keys::from_key`, as the saved case's other choices (`keys::one`).
        let mut set = Categories::new();
        for key in Vec::<String>::deserialize(d)? {
            set.insert(super::keys::one(key.into_deserializer())?);
        }
        Ok(set)
    }
}
