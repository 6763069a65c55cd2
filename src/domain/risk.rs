//! The risk rules. Each function reads like the guidance it names.
//!
//! Method (see `docs/METHOD.md` for the full table): risk has two dimensions, the likelihood
//! that damage occurs and its severity (Recitals 75 and 76; DSK Kurzpapier 18; EDPB Guidelines
//! 9/2022 para 103). Each kind of breach that happened (confidentiality, integrity, availability)
//! gets a likelihood from 0 (no exposure) to 4; the data give one severity from 1 to 4. Their sum
//! gives the level of that kind of breach: up to 3 "unlikely to result in a risk", 4–5 "risk",
//! 6 and more "high risk". The highest level wins. Where the guidance leaves room the rules take
//! the side that protects the people affected, and the reasons say so.

use super::facts::{Availability, Confidentiality, DataCategory, Facts, Integrity};
pub use super::levels::{
    Containment, ContainmentLimit, Dimension, DimensionScore, Harm, RiskLevel,
};
use super::reason::{Reason, ReasonKind};

/// Number of people from which an exposure to outsiders is never "unlikely to result in a risk"
/// (EDPB 9/2022 Annex B example x: visible recipients can be notifiable when many are affected).
pub const MANY_PEOPLE: u64 = 100;
/// Number of people from which the scale itself aggravates sensitive data (EDPB 9/2022 factor
/// "number of affected individuals").
pub const LARGE_SCALE: u64 = 10_000;

/// Sum of likelihood and severity → level.
pub fn level_of(likelihood: u8, severity: u8) -> RiskLevel {
    match likelihood + severity {
        0..=3 => RiskLevel::Low,
        4..=5 => RiskLevel::Risk,
        _ => RiskLevel::High,
    }
}

/// Base severity of one data category (EDPB 9/2022 "nature, sensitivity and volume"; ENISA data
/// processing context): 1 ordinary, 2 revealing, 3 enabling fraud or identity theft (Recital 75,
/// 85), 4 health, other special categories and criminal data (Art. 9, 10; EDPB 9/2022 para 102:
/// damage is to be considered likely).
pub fn category_severity(c: DataCategory) -> u8 {
    use DataCategory::*;
    match c {
        Contact | Identification => 1,
        Employment | Location | Behavioural | CommunicationContent => 2,
        Financial | PaymentCard | NationalId | Credentials => 3,
        Health | SpecialCategory | Criminal => 4,
    }
}

/// How much people depend on data being correct and available (EDPB 9/2022 Annex B iv, viii;
/// 01/2021 cases 02 and 03): 4 health and other special-category data (care depends on them),
/// 2 data that pay, entitlements or proceedings depend on, 1 everything else.
pub fn dependence_severity(c: DataCategory) -> u8 {
    use DataCategory::*;
    match c {
        Health | SpecialCategory => 4,
        Financial | PaymentCard | NationalId | Employment | Criminal => 2,
        Contact | Identification | Credentials | Location | Behavioural | CommunicationContent => 1,
    }
}

/// The most severe score any kind of data can have: what data not named yet are taken as.
pub const MAX_SEVERITY: u8 = 4;

/// Severity of the damage, 1–4, with the reasons that set it.
pub fn severity(f: &Facts, harm: Harm, reasons: &mut Vec<Reason>) -> u8 {
    let score = |c: DataCategory| match harm {
        Harm::Disclosure => category_severity(c),
        Harm::Dependence => dependence_severity(c),
    };
    let worst = f.data.iter().max_by_key(|c| score(*c));
    let base = match worst {
        Some(c) => {
            let s = score(c);
            reasons.push(Reason::new(ReasonKind::DataSeverity(c, s, harm)));
            s
        }
        None => {
            // Nobody has said yet what the data are: they may be health data.
            reasons.push(Reason::new(ReasonKind::NoCategoryGiven));
            MAX_SEVERITY
        }
    };
    let mut s = base;
    if harm == Harm::Disclosure && f.sensitive_context && s < MAX_SEVERITY {
        reasons.push(Reason::new(ReasonKind::SensitiveContext));
        s = MAX_SEVERITY;
    }
    if harm == Harm::Disclosure && identity_combination(f) && s < 3 {
        reasons.push(Reason::new(ReasonKind::IdentityCombination));
        s = 3;
    }
    if harm == Harm::Disclosure && f.data.len() >= 3 {
        reasons.push(Reason::new(ReasonKind::BroadProfile(f.data.len())));
        s += 1;
    }
    if f.vulnerable_subjects {
        reasons.push(Reason::new(ReasonKind::Vulnerable));
        s += 1;
    }
    if f.data_subjects >= LARGE_SCALE && base >= 2 {
        reasons.push(Reason::new(ReasonKind::LargeScale(f.data_subjects)));
        s += 1;
    }
    s.min(MAX_SEVERITY)
}

/// Names or addresses together with identifying data (date of birth, customer ids) allow
/// identity theft and fraud (Recital 75; EDPB 01/2021 case 11).
pub fn identity_combination(f: &Facts) -> bool {
    f.data.contains(DataCategory::Contact) && f.data.contains(DataCategory::Identification)
}

/// How many recipients are still "a few" whose written confirmation of deletion can be relied on
/// (EDPB 01/2021 case 13: two parcels recalled; case 09: one trusted agent).
pub const FEW_RECIPIENTS: u64 = 5;

/// How far the controller's "asked back / deleted" can be relied on. A disclosure that has
/// happened is not undone by revoking access, and the word of someone who took the data on
/// purpose is worth nothing; only a trusted recipient, or a few known recipients who confirm in
/// writing before opening the data, leave nothing exposed.
pub fn containment(f: &Facts) -> Containment {
    use Confidentiality::*;
    use ContainmentLimit::*;
    if !f.contained {
        return Containment::None;
    }
    if f.malicious {
        return Containment::NotRelied(Deliberate);
    }
    if f.accessed == Some(true) && f.confidentiality != TrustedRecipient {
        return Containment::NotRelied(AlreadySeen);
    }
    let recipients = f.recipients.unwrap_or(f.data_subjects);
    Containment::OneStep(match f.confidentiality {
        None | TrustedRecipient => return Containment::Full,
        UnknownRecipients | Public => Unknown,
        KnownRecipients | Colleagues if recipients > FEW_RECIPIENTS => ManyRecipients(recipients),
        KnownRecipients | Colleagues if !f.deletion_confirmed => Unconfirmed,
        KnownRecipients | Colleagues => return Containment::Full,
    })
}

/// Likelihood of damage from a loss of confidentiality (EDPB 9/2022: type of breach and who
/// received the data; 01/2021 cases 06, 09, 10, 13).
pub fn confidentiality_likelihood(f: &Facts, reasons: &mut Vec<Reason>) -> u8 {
    let exposure = confidentiality_exposure(f, reasons);
    if exposure == 0 {
        return 0;
    }
    if f.misuse_observed {
        reasons.push(Reason::new(ReasonKind::MisuseObserved));
        return 4;
    }
    if f.unintelligible {
        reasons.push(Reason::new(ReasonKind::Unintelligible));
        return 0;
    }
    if f.accessed == Some(false) {
        reasons.push(Reason::new(ReasonKind::NotAccessed));
        return 0;
    }
    match containment(f) {
        Containment::None => exposure,
        Containment::Full => {
            reasons.push(Reason::new(ReasonKind::Contained(Containment::Full)));
            0
        }
        c @ Containment::OneStep(_) => {
            reasons.push(Reason::new(ReasonKind::Contained(c)));
            // Only known recipients and worse are contained one step: exposure is 2 or more.
            exposure.saturating_sub(1).max(1)
        }
        c @ Containment::NotRelied(_) => {
            reasons.push(Reason::new(ReasonKind::Contained(c)));
            exposure
        }
    }
}

/// Who could see the data, before anything was done about it: 0 nobody, 1 a trusted recipient,
/// 2 known recipients, 3 unknown persons, 4 the public; one step more when someone known took
/// the data on purpose (EDPB 01/2021 case 08).
pub fn confidentiality_exposure(f: &Facts, reasons: &mut Vec<Reason>) -> u8 {
    use Confidentiality::*;
    let exposure = match f.confidentiality {
        None => return 0,
        TrustedRecipient => 1,
        // Colleagues are bound to confidentiality, but they know the people concerned, and what
        // they learn (pay, illness, a warning) can harm them at work: as known recipients.
        Colleagues | KnownRecipients => 2,
        UnknownRecipients => 3,
        Public => 4,
    };
    reasons.push(Reason::new(ReasonKind::Recipients(f.confidentiality)));
    if f.accessed == Some(true) {
        reasons.push(Reason::new(ReasonKind::Accessed));
    }
    if f.malicious && exposure <= 2 {
        // Someone known took the data on purpose (an ex-employee, an insider): misuse is as
        // likely as with an outsider (EDPB 01/2021 case 08).
        reasons.push(Reason::new(ReasonKind::DeliberateTaking));
        return exposure + 1;
    }
    exposure
}

/// Likelihood of damage from altered data.
pub fn integrity_likelihood(f: &Facts, reasons: &mut Vec<Reason>) -> u8 {
    let base = match f.integrity {
        Integrity::None => return 0,
        Integrity::Restored => 1,
        Integrity::NotRestored => 3,
    };
    reasons.push(Reason::new(ReasonKind::IntegrityState(f.integrity)));
    if f.misuse_observed {
        reasons.push(Reason::new(ReasonKind::MisuseObserved));
        return 4;
    }
    if f.malicious {
        reasons.push(Reason::new(ReasonKind::MaliciousAlteration));
        return base + 1;
    }
    base
}

/// Likelihood of damage from lost access. A brief outage restored with no effect on people is no
/// risk (EDPB 9/2022 Annex B example iii); days or an effect on people is (Annex B viii;
/// 01/2021 case 03); permanent loss most of all (Annex B iv).
pub fn availability_likelihood(f: &Facts, reasons: &mut Vec<Reason>) -> u8 {
    let base = match f.availability {
        Availability::None => return 0,
        Availability::Brief => 0,
        Availability::Prolonged => 3,
        Availability::Permanent => 4,
    };
    reasons.push(Reason::new(ReasonKind::AvailabilityState(f.availability)));
    if base > 0 && f.misuse_observed {
        reasons.push(Reason::new(ReasonKind::MisuseObserved));
        return 4;
    }
    base
}

/// The level of the whole breach: the highest level of its kinds, with the reasons.
pub fn risk_level(f: &Facts, reasons: &mut Vec<Reason>) -> (RiskLevel, Vec<DimensionScore>) {
    let mut scores = Vec::new();
    let mut likelihoods = Vec::new();
    for (dim, l) in [
        (
            Dimension::Confidentiality,
            confidentiality_likelihood(f, reasons),
        ),
        (Dimension::Integrity, integrity_likelihood(f, reasons)),
        (Dimension::Availability, availability_likelihood(f, reasons)),
    ] {
        if l > 0 {
            likelihoods.push((dim, l));
        }
    }
    if likelihoods.is_empty() {
        reasons.push(Reason::new(ReasonKind::NoDimensionAtRisk));
        return (RiskLevel::Low, scores);
    }
    let disclosure = likelihoods
        .iter()
        .any(|(d, _)| *d == Dimension::Confidentiality)
        .then(|| severity(f, Harm::Disclosure, reasons));
    let dependence = likelihoods
        .iter()
        .any(|(d, _)| *d != Dimension::Confidentiality)
        .then(|| severity(f, Harm::Dependence, reasons));
    for (dim, l) in likelihoods {
        let s = match dim {
            Dimension::Confidentiality => disclosure,
            _ => dependence,
        }
        .unwrap_or(1);
        let mut level = level_of(l, s);
        if level == RiskLevel::Low && dim == Dimension::Confidentiality && many_exposed(f) {
            reasons.push(Reason::new(ReasonKind::ManyExposed(f.data_subjects)));
            level = RiskLevel::Risk;
        }
        let score = DimensionScore {
            dimension: dim,
            likelihood: l,
            severity: s,
            level,
        };
        reasons.push(Reason::new(ReasonKind::DimensionLevel(score)));
        scores.push(score);
    }
    let level = scores
        .iter()
        .map(|d| d.level)
        .max()
        .unwrap_or(RiskLevel::Low);
    (level, scores)
}

/// The data of many people reached others than a trusted recipient, and neither encryption, proof
/// that nobody opened them, nor a verified deletion took them back: never "unlikely to result in
/// a risk" (EDPB 9/2022 Annex B example x; a deletion request to hundreds of recipients cannot be
/// verified). Called only where the disclosure is still scored, i.e. not fully contained.
pub fn many_exposed(f: &Facts) -> bool {
    f.data_subjects >= MANY_PEOPLE
        && matches!(
            f.confidentiality,
            Confidentiality::Colleagues
                | Confidentiality::KnownRecipients
                | Confidentiality::UnknownRecipients
                | Confidentiality::Public
        )
}
