//! Property tests over arbitrary facts: nothing panics; more severe facts never lower the risk or
//! the duties; milder facts never raise them.

use proptest::prelude::*;
use selbstcheck::domain::authority::{Country, Land, Organisation, Sector};
use selbstcheck::domain::{
    assess, Assessment, Availability, Categories, Confidentiality, DataCategory, Facts, Instant,
    Integrity, Role, SubjectNotice,
};

fn confidentiality() -> impl Strategy<Value = Confidentiality> {
    proptest::sample::select(Confidentiality::ALL.to_vec())
}
fn integrity() -> impl Strategy<Value = Integrity> {
    proptest::sample::select(Integrity::ALL.to_vec())
}
fn availability() -> impl Strategy<Value = Availability> {
    proptest::sample::select(Availability::ALL.to_vec())
}
fn categories() -> impl Strategy<Value = Categories> {
    proptest::collection::vec(proptest::sample::select(&DataCategory::ALL[..]), 0..6)
        .prop_map(|v| v.into_iter().collect())
}
fn subjects() -> impl Strategy<Value = u64> {
    prop_oneof![0u64..20, 0u64..200, 0u64..20_000, any::<u64>()]
}
fn organisation() -> impl Strategy<Value = Option<Organisation>> {
    proptest::option::of(
        (
            proptest::sample::select(Sector::ALL.to_vec()),
            proptest::option::of(proptest::sample::select(Land::ALL.to_vec())),
            any::<bool>(),
        )
            .prop_map(|(sector, land, german)| {
                let country = if german {
                    Country::DE
                } else {
                    Country::from_code("FR").unwrap()
                };
                Organisation::new(sector, Some(country), if german { land } else { None })
            }),
    )
}

prop_compose! {
    fn facts()(
        processor in any::<bool>(),
        personal_data in any::<bool>(),
        confidentiality in confidentiality(),
        integrity in integrity(),
        availability in availability(),
        flags in proptest::array::uniform8(any::<bool>()),
        accessed in proptest::option::of(any::<bool>()),
        recipients in proptest::option::of(subjects()),
        data in categories(),
        data_subjects in subjects(),
        aware in proptest::option::of(any::<i64>()),
        assessed in proptest::option::of(any::<i64>()),
        organisation in organisation(),
    ) -> Facts {
        Facts {
            role: if processor { Role::Processor } else { Role::Controller },
            personal_data,
            confidentiality,
            integrity,
            availability,
            malicious: flags[0],
            data,
            data_subjects,
            vulnerable_subjects: flags[1],
            unintelligible: flags[2],
            accessed,
            recipients,
            contained: flags[3],
            deletion_confirmed: flags[7],
            sensitive_context: flags[1] && flags[2],
            high_risk_neutralised: flags[4],
            disproportionate_effort: flags[5],
            misuse_observed: flags[6],
            aware_at: aware.map(Instant),
            assessed_at: assessed.map(Instant),
            organisation,
        }
    }
}

/// One step that makes the facts more severe, as the project's rules define severity.
#[derive(Clone, Debug)]
enum Worse {
    WiderExposure(Confidentiality),
    MoreCategories(Categories),
    MorePeople(u64),
    Vulnerable,
    Malicious,
    LongerUnavailable(Availability),
    IntegrityLost(Integrity),
    MisuseObserved,
    /// The recipients provably opened the data.
    Accessed,
    /// The context reveals Art. 9/10 data.
    SensitiveContext,
    /// More recipients.
    MoreRecipients(u64),
}

fn worse() -> impl Strategy<Value = Worse> {
    prop_oneof![
        confidentiality().prop_map(Worse::WiderExposure),
        categories().prop_map(Worse::MoreCategories),
        subjects().prop_map(Worse::MorePeople),
        Just(Worse::Vulnerable),
        Just(Worse::Malicious),
        availability().prop_map(Worse::LongerUnavailable),
        integrity().prop_map(Worse::IntegrityLost),
        Just(Worse::MisuseObserved),
        Just(Worse::Accessed),
        Just(Worse::SensitiveContext),
        subjects().prop_map(Worse::MoreRecipients),
    ]
}

fn apply(f: &Facts, w: &Worse) -> Facts {
    let mut g = f.clone();
    match *w {
        Worse::WiderExposure(c) => g.confidentiality = g.confidentiality.max(c),
        // No kinds named means "not known yet", counted as the most sensitive kind; naming them
        // is not a step up, adding to named kinds is.
        Worse::MoreCategories(c) if !g.data.is_empty() => g.data = g.data.union(c),
        Worse::MoreCategories(_) => {}
        Worse::MorePeople(n) => g.data_subjects = g.data_subjects.max(n),
        Worse::Vulnerable => g.vulnerable_subjects = true,
        Worse::Malicious => g.malicious = true,
        Worse::LongerUnavailable(a) => g.availability = g.availability.max(a),
        Worse::IntegrityLost(i) => g.integrity = g.integrity.max(i),
        Worse::MisuseObserved => g.misuse_observed = true,
        Worse::Accessed => g.accessed = Some(true),
        Worse::SensitiveContext => g.sensitive_context = true,
        Worse::MoreRecipients(n) => g.recipients = g.recipients.map(|r| r.max(n)),
    }
    g
}

fn subjects_rank(s: SubjectNotice) -> u8 {
    match s {
        SubjectNotice::No => 0,
        SubjectNotice::PublicCommunication | SubjectNotice::Yes => 1,
    }
}

fn duties(a: &Assessment) -> (bool, bool, u8) {
    (
        a.document,
        a.notify_authority,
        subjects_rank(a.notify_subjects),
    )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn never_panics_and_is_consistent(f in facts()) {
        let a = assess(&f);
        // Art. 33(5): every breach is documented; no breach, no duties.
        prop_assert_eq!(a.document, a.breach);
        if !a.breach {
            prop_assert!(!a.notify_authority && !a.notify_controller);
            prop_assert_eq!(a.notify_subjects, SubjectNotice::No);
        }
        // A processor never notifies the authority itself and always informs its controller.
        if f.role == Role::Processor {
            prop_assert!(!a.notify_authority);
            prop_assert_eq!(a.notify_controller, a.breach);
        }
        // Telling the people requires a high risk.
        if a.notify_subjects != SubjectNotice::No {
            prop_assert_eq!(a.risk, Some(selbstcheck::domain::RiskLevel::High));
            prop_assert!(a.notify_authority);
        }
        // A deadline exists exactly when a notification is due and awareness is known.
        prop_assert_eq!(a.deadline.is_some(), a.notify_authority && f.aware_at.is_some());
        prop_assert!(!a.reasons.is_empty());
        for r in &a.reasons {
            prop_assert!(!r.basis().is_empty());
            prop_assert!(!r.text(selbstcheck::domain::Lang::De).is_empty());
        }
    }

    #[test]
    fn more_severe_facts_never_lower_the_risk(f in facts(), w in worse()) {
        let g = apply(&f, &w);
        let (a, b) = (assess(&f), assess(&g));
        prop_assert!(b.risk >= a.risk, "{:?} lowered the risk from {:?} to {:?}", w, a.risk, b.risk);
        let (da, db) = (duties(&a), duties(&b));
        prop_assert!(db.0 >= da.0 && db.1 >= da.1 && db.2 >= da.2, "{:?} lowered duties {:?} -> {:?}", w, da, db);
    }

    #[test]
    fn milder_facts_never_raise_the_risk(f in facts(), which in 0u8..6) {
        let mut g = f.clone();
        match which {
            0 => g.unintelligible = true,
            1 => g.contained = true,
            2 => g.deletion_confirmed = true,
            3 => g.accessed = match g.accessed {
                Some(true) => None,
                _ => Some(false),
            },
            4 => g.disproportionate_effort = true,
            _ => g.high_risk_neutralised = true,
        }
        let (a, b) = (assess(&f), assess(&g));
        prop_assert!(b.risk <= a.risk, "milder fact {} raised the risk from {:?} to {:?}", which, a.risk, b.risk);
        let (da, db) = (duties(&a), duties(&b));
        prop_assert!(db.1 <= da.1 && db.2 <= da.2);
    }

    #[test]
    fn deadline_is_exactly_72_hours(aware in -2_000_000_000i64..4_000_000_000, delta in -400_000i64..400_000) {
        let mut f = Facts {
            personal_data: true,
            confidentiality: Confidentiality::Public,
            data: Categories::new().with(DataCategory::Financial),
            aware_at: Some(Instant(aware)),
            ..Facts::default()
        };
        f.assessed_at = Some(Instant(aware + 72 * 3600 + delta));
        let a = assess(&f);
        prop_assert_eq!(a.deadline, Some(Instant(aware + 259_200)));
        prop_assert_eq!(a.late, Some(delta > 0));
    }
}
