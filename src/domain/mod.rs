//! The decision engine: facts in, assessment out. Pure Rust: no Leptos, no web-sys, no clock.
//!
//! [`assess`] applies, in this order: is it a personal data breach (Art. 4(12))? document it
//! (Art. 33(5)); how high is the risk (Recitals 75/76, EDPB 9/2022, see [`risk`]); must the
//! authority be notified (Art. 33(1)) or, for a processor, the controller (Art. 33(2)); must the
//! people be told (Art. 34(1), with the exceptions of Art. 34(3)); by when (72 hours, Art. 33(1));
//! and which authority is competent ([`authority`]). The ENISA figure is computed alongside and
//! never changes the verdict.

pub mod answers;
pub mod authority;
pub mod case_file;
pub mod drafts;
pub mod enisa;
pub mod facts;
pub mod presets;
pub mod reason;
pub mod risk;
pub mod time;

pub use authority::{AuthorityDecision, Organisation};
pub use facts::{Availability, Categories, Confidentiality, DataCategory, Facts, Integrity, Role};
pub use reason::{Lang, Reason, ReasonKind};
pub use risk::{DimensionScore, RiskLevel};
pub use time::Instant;

/// Whether and how the people affected are to be told (Art. 34).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SubjectNotice {
    Yes,
    No,
    /// Art. 34(3)(c): a public communication or similar, equally effective measure instead.
    PublicCommunication,
}

impl SubjectNotice {
    pub fn key(self) -> &'static str {
        match self {
            SubjectNotice::Yes => "yes",
            SubjectNotice::No => "no",
            SubjectNotice::PublicCommunication => "public_communication",
        }
    }
}

/// The engine's answer.
#[derive(Clone, Debug, PartialEq)]
pub struct Assessment {
    /// A personal data breach in the sense of Art. 4(12).
    pub breach: bool,
    /// Record under Art. 33(5): every breach.
    pub document: bool,
    /// `None` where there is no breach to assess.
    pub risk: Option<RiskLevel>,
    pub dimensions: Vec<DimensionScore>,
    /// The controller notifies the supervisory authority (Art. 33(1)).
    pub notify_authority: bool,
    /// The processor informs its controller (Art. 33(2)).
    pub notify_controller: bool,
    pub notify_subjects: SubjectNotice,
    /// 72 hours after awareness, where a notification is due and awareness is known.
    pub deadline: Option<Instant>,
    /// The assessment time lies past the deadline: reasons for the delay are required.
    pub late: Option<bool>,
    pub authority: AuthorityDecision,
    /// ENISA severity, a supporting figure (only for a breach).
    pub enisa: Option<enisa::Enisa>,
    /// Every rule that fired, in order.
    pub reasons: Vec<Reason>,
}

/// Art. 4(12): a breach of security leading to destruction, loss, alteration, unauthorised
/// disclosure of, or access to, personal data. A brief loss of availability counts too.
pub fn is_personal_data_breach(f: &Facts) -> bool {
    f.personal_data
        && (f.confidentiality != Confidentiality::None
            || f.integrity != Integrity::None
            || f.availability != Availability::None)
}

/// Art. 34(1) and (3): tell the people for a high risk, unless (b) or (c) applies. Exception (a)
/// (unintelligible data) already removed the risk from the disclosure in [`risk`]; it cannot
/// cover a high risk that comes from altered or lost data.
pub fn subject_notice(f: &Facts, risk: RiskLevel, reasons: &mut Vec<Reason>) -> SubjectNotice {
    if risk < RiskLevel::High {
        reasons.push(Reason::new(ReasonKind::SubjectsNoHighRisk));
        return SubjectNotice::No;
    }
    reasons.push(Reason::new(ReasonKind::SubjectsHighRisk));
    if f.unintelligible {
        reasons.push(Reason::new(ReasonKind::EncryptionDoesNotCover));
    }
    if f.high_risk_neutralised {
        reasons.push(Reason::new(ReasonKind::ExceptionNeutralised));
        return SubjectNotice::No;
    }
    if f.disproportionate_effort {
        reasons.push(Reason::new(ReasonKind::ExceptionPublicCommunication));
        return SubjectNotice::PublicCommunication;
    }
    SubjectNotice::Yes
}

/// Assess an incident.
pub fn assess(f: &Facts) -> Assessment {
    let mut reasons = Vec::new();
    let authority = authority::competent_authority(f.role, f.organisation.as_ref());
    if !f.personal_data || !is_personal_data_breach(f) {
        reasons.push(Reason::new(if f.personal_data {
            ReasonKind::NoCompromise
        } else {
            ReasonKind::NoPersonalData
        }));
        return Assessment {
            breach: false,
            document: false,
            risk: None,
            dimensions: Vec::new(),
            notify_authority: false,
            notify_controller: false,
            notify_subjects: SubjectNotice::No,
            deadline: None,
            late: None,
            authority,
            enisa: None,
            reasons,
        };
    }
    reasons.push(Reason::new(ReasonKind::Breach {
        c: f.confidentiality != Confidentiality::None,
        i: f.integrity != Integrity::None,
        a: f.availability != Availability::None,
    }));
    reasons.push(Reason::new(ReasonKind::Document));

    let (risk, dimensions) = risk::risk_level(f, &mut reasons);
    reasons.push(Reason::new(ReasonKind::Verdict(risk)));

    let controller = f.role == Role::Controller;
    let notify_authority = controller && risk >= RiskLevel::Risk;
    let notify_controller = !controller;
    let notify_subjects = if controller {
        subject_notice(f, risk, &mut reasons)
    } else {
        reasons.push(Reason::new(ReasonKind::ProcessorInformsController));
        reasons.push(Reason::new(ReasonKind::ProcessorNoSubjects));
        SubjectNotice::No
    };

    let (mut deadline, mut late) = (None, None);
    if notify_authority {
        reasons.push(Reason::new(ReasonKind::NotifyAuthority));
        match f.aware_at {
            Some(aware) => {
                let d = time::notification_deadline(aware);
                reasons.push(Reason::new(ReasonKind::Deadline(d)));
                deadline = Some(d);
                if let Some(now) = f.assessed_at {
                    let is_late = time::is_late(d, now);
                    reasons.push(Reason::new(if is_late {
                        ReasonKind::Late
                    } else {
                        ReasonKind::InTime
                    }));
                    late = Some(is_late);
                }
            }
            None => reasons.push(Reason::new(ReasonKind::AwarenessUnknown)),
        }
    } else if controller {
        reasons.push(Reason::new(ReasonKind::NoNotificationLowRisk));
    }
    if authority.rule().is_some() {
        reasons.push(Reason::new(ReasonKind::Authority {
            en: authority.rule_text(false),
            de: authority.rule_text(true),
        }));
    }

    Assessment {
        breach: true,
        document: true,
        risk: Some(risk),
        dimensions,
        notify_authority,
        notify_controller,
        notify_subjects,
        deadline,
        late,
        authority,
        enisa: Some(enisa::severity(f)),
        reasons,
    }
}
