//! The decision engine: facts in, assessment out. Pure Rust: no Leptos, no web-sys, no clock.
//!
//! [`assess`] applies, in this order: is it a personal data breach (Art. 4(12))? document it
//! (Art. 33(5)); how high is the risk (Recitals 75/76, EDPB 9/2022, see [`risk`]); must the
//! authority be notified (Art. 33(1)) or, for a processor, the controller (Art. 33(2)); must the
//! people be told (Art. 34(1), with the exceptions of Art. 34(3)); by when (72 hours, Art. 33(1));
//! and which authority is competent ([`authority`]). The ENISA figure (`enisa`) is computed only
//! for the internal record and never changes the verdict.
//!
//! The modules form layers: each imports only modules below it (`tests/layers.rs` checks it). At
//! the bottom, importing nothing of the engine: [`lang`], [`instant`], [`citation`], [`levels`], [`typed`],
//! [`organisation`]; above them [`display`], [`facts`], [`time`]; then the rules ([`reason`],
//! [`risk`], [`authority`], [`enisa`]), the questionnaire ([`answers`]) and what is built on the
//! verdict (drafts, files, calendar, the steps to take).

pub mod answers;
pub mod authority;
pub mod calendar;
pub mod case_file;
pub mod citation;
pub mod display;
pub mod drafts;
pub mod enisa;
pub mod facts;
pub mod form_aid;
pub mod instant;
pub mod keys;
pub mod lang;
pub mod levels;
pub mod organisation;
pub mod presets;
pub mod reason;
pub mod register;
pub mod risk;
pub mod time;
pub mod todo;
pub mod typed;

use serde::{Deserialize, Serialize};

pub use authority::AuthorityDecision;
pub use facts::{Availability, Categories, Confidentiality, DataCategory, Facts, Integrity, Role};
pub use instant::Instant;
pub use lang::Lang;
pub use levels::{Containment, ContainmentLimit, DimensionScore, RiskLevel};
pub use organisation::Organisation;
pub use reason::{Reason, ReasonKind};

/// Whether and how the people affected are to be told (Art. 34).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SubjectNotice {
    Yes,
    No,
    /// Art. 34(3)(c): a public communication or similar, equally effective measure instead.
    PublicCommunication,
}

keys::keyed!(SubjectNotice);

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
    /// Which parts an open answer could still change (see [`assess_open`]).
    pub provisional: Provisional,
    /// Every rule that fired, in order.
    pub reasons: Vec<Reason>,
}

/// The parts of the verdict that an answer still open could change. A part that no open answer
/// can change is final, however many questions are open (Art. 33(4): notify in phases only what
/// is really not known yet).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Provisional {
    /// Whether it is a breach, whether the authority (or, for a processor, the controller) must
    /// be told, and by when.
    pub authority: bool,
    /// Whether and how the people must be told.
    pub subjects: bool,
}

impl Provisional {
    pub fn any(self) -> bool {
        self.authority || self.subjects
    }
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
    if f.high_risk_neutralised && neutralisation_holds(f, reasons) {
        reasons.push(Reason::new(ReasonKind::ExceptionNeutralised));
        return SubjectNotice::No;
    }
    if f.disproportionate_effort {
        reasons.push(Reason::new(ReasonKind::ExceptionPublicCommunication));
        return SubjectNotice::PublicCommunication;
    }
    SubjectNotice::Yes
}

/// Art. 34(3)(b) covers measures that keep the high risk from materialising (cards blocked before
/// any use). Once misuse has been observed the harm is there, and data that were published stay
/// in other hands whatever is done afterwards: the exception is not relied on, and the reason
/// says so (the side that protects the people affected).
pub fn neutralisation_holds(f: &Facts, reasons: &mut Vec<Reason>) -> bool {
    if f.misuse_observed {
        reasons.push(Reason::new(ReasonKind::ExceptionAfterMisuse));
        return false;
    }
    if f.confidentiality == Confidentiality::Public {
        reasons.push(Reason::new(ReasonKind::ExceptionDoubtfulPublished));
        return false;
    }
    true
}

/// Assess an incident where some answers are still open. `cautious` holds every open answer at
/// its most severe value, `hopeful` at its mildest; every rule is monotone in every answer, so the
/// two bound whatever the open answers turn out to be. The verdict is the cautious one; a part of
/// it is provisional only where the hopeful facts give another answer, that is, where an open
/// answer could still change it.
pub fn assess_open(cautious: &Facts, hopeful: &Facts) -> Assessment {
    let mut a = assess(cautious);
    let b = assess(hopeful);
    let provisional = Provisional {
        authority: (a.breach, a.notify_authority, a.notify_controller)
            != (b.breach, b.notify_authority, b.notify_controller),
        subjects: a.notify_subjects != b.notify_subjects,
    };
    if provisional.authority {
        a.reasons.push(Reason::new(ReasonKind::Provisional));
    }
    if provisional.subjects {
        a.reasons.push(Reason::new(ReasonKind::ProvisionalSubjects));
    }
    a.provisional = provisional;
    a
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
            provisional: Provisional::default(),
            reasons,
        };
    }
    reasons.push(Reason::new(ReasonKind::Breach {
        c: f.confidentiality != Confidentiality::None,
        i: f.integrity != Integrity::None,
        a: f.availability != Availability::None,
    }));
    let controller = f.role == Role::Controller;
    reasons.push(Reason::new(if controller {
        ReasonKind::Document
    } else {
        ReasonKind::ProcessorDocuments
    }));

    let (risk, dimensions) = risk::risk_level(f, &mut reasons);
    reasons.push(Reason::new(ReasonKind::Verdict(risk)));

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
        if risk == RiskLevel::High {
            reasons.push(Reason::new(ReasonKind::HighRiskSooner));
        }
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
    if let Some(rule) = authority.rule() {
        reasons.push(Reason::new(ReasonKind::Authority {
            basis: rule.citation(),
            en: rule.en.to_string(),
            de: rule.de.to_string(),
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
        provisional: Provisional::default(),
        reasons,
    }
}
