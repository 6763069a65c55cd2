//! The risk levels and scores the rules produce and the reasons name. Types only: the rules that
//! reach them are in [`super::risk`]. At the bottom of the engine: imports nothing of it.

use serde::{Deserialize, Serialize};

use super::keys::keyed;

/// The three legal levels: Art. 33(1) ("unlikely to result in a risk"), risk, Art. 34(1) high risk.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RiskLevel {
    Low,
    Risk,
    High,
}

keyed!(RiskLevel);

/// The three kinds of breach (EDPB 9/2022 para 17 ff., the "CIA" classification).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dimension {
    Confidentiality,
    Integrity,
    Availability,
}

/// One kind of breach with its likelihood, severity and the level they give.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DimensionScore {
    pub dimension: Dimension,
    pub likelihood: u8,
    pub severity: u8,
    pub level: RiskLevel,
}

/// Which harm a severity is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Harm {
    /// What others can do with the data (fraud, identity theft, discrimination, exposure).
    Disclosure,
    /// What people lose when the data are wrong or missing (care, pay, entitlements).
    Dependence,
}

/// How far a return or deletion of the data can be relied on (EDPB 01/2021 cases 09 and 13).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Containment {
    /// Nothing was asked back.
    None,
    /// Nothing is left exposed: a trusted recipient, bound to confidentiality and to the
    /// controller's instructions, returned or deleted the data (EDPB 01/2021 case 09), or a few
    /// known recipients confirmed in writing that they did so before opening the data (case 13);
    /// and nobody took them on purpose.
    Full,
    /// Asked back, but not verifiable: many recipients, no written confirmation, or unknown
    /// persons or the public. One step down at most.
    OneStep(ContainmentLimit),
    /// Asked back, but worth nothing for the risk: the data were already seen, or someone took
    /// them on purpose and says he deleted them.
    NotRelied(ContainmentLimit),
}

/// Why a return or deletion counts for one step only.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ContainmentLimit {
    /// Unknown persons or the public: one can never be sure all copies are gone.
    Unknown,
    /// Someone took the data on purpose.
    Deliberate,
    /// The recipients provably opened the data: what was seen cannot be deleted.
    AlreadySeen,
    /// More recipients than a few: a deletion request cannot be verified.
    ManyRecipients(u64),
    /// No written confirmation of the deletion.
    Unconfirmed,
}
