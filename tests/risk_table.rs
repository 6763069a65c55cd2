//! Table test of the engine: one row per scenario from the guidance (beyond the public vectors),
//! each with its source. A row states the outcome the guidance gives, or, where the guidance
//! leaves room, the protective outcome `docs/METHOD.md` explains.

use selbstcheck::domain::{
    assess, Availability as A, Categories, Confidentiality as C, DataCategory as D, Facts,
    Integrity as I, RiskLevel as R, Role, SubjectNotice as S,
};

/// Facts of a controller's breach with the given exposure and data; everything else mild.
fn facts(c: C, i: I, a: A, malicious: bool, data: &[D], people: u64) -> Facts {
    Facts {
        role: Role::Controller,
        personal_data: true,
        confidentiality: c,
        integrity: i,
        availability: a,
        malicious,
        data: data.iter().copied().collect::<Categories>(),
        data_subjects: people,
        ..Facts::default()
    }
}

#[test]
fn guidance_scenarios() {
    use D::*;
    type Row = (&'static str, Facts, R, bool, S);
    let with = |mut f: Facts, edit: fn(&mut Facts)| {
        edit(&mut f);
        f
    };
    let rows: Vec<Row> =
        vec![
        (
            "01/2021 case 02: ransomware, no backup, restored after days; staff and client data",
            facts(
                C::None,
                I::None,
                A::Prolonged,
                true,
                &[Contact, Employment, Financial],
                300,
            ),
            R::Risk,
            true,
            S::No,
        ),
        (
            "01/2021 case 04: ransomware without backup and with exfiltration",
            facts(
                C::UnknownRecipients,
                I::None,
                A::Permanent,
                true,
                &[Contact, Financial],
                2_000,
            ),
            R::High,
            true,
            S::Yes,
        ),
        (
            "01/2021 case 07: credential stuffing on a bank's website",
            facts(
                C::UnknownRecipients,
                I::None,
                A::None,
                true,
                &[Identification, Credentials, Financial],
                3_000,
            ),
            R::High,
            true,
            S::Yes,
        ),
        (
            "01/2021 case 08: a former employee takes the customer list",
            facts(C::KnownRecipients, I::None, A::None, true, &[Contact], 40),
            R::Risk,
            true,
            S::No,
        ),
        (
            "01/2021 case 10: stolen notebook, state-of-the-art encryption, key safe",
            with(
                facts(
                    C::UnknownRecipients,
                    I::None,
                    A::None,
                    true,
                    &[Contact, Financial],
                    5_000,
                ),
                |f| f.unintelligible = true,
            ),
            R::Low,
            false,
            S::No,
        ),
        (
            "01/2021 case 12: stolen paper files of a rehabilitation clinic",
            with(
                facts(
                    C::UnknownRecipients,
                    I::None,
                    A::None,
                    true,
                    &[Contact, SpecialCategory],
                    40,
                ),
                |f| f.vulnerable_subjects = true,
            ),
            R::High,
            true,
            S::Yes,
        ),
        (
            "01/2021 case 18: mailbox taken over, invoices and mails read",
            facts(
                C::UnknownRecipients,
                I::None,
                A::None,
                true,
                &[Contact, CommunicationContent, Financial],
                150,
            ),
            R::High,
            true,
            S::Yes,
        ),
        (
            "9/2022 Annex B v: one customer's bank statement sent to another customer",
            facts(
                C::KnownRecipients,
                I::None,
                A::None,
                false,
                &[Contact, Financial],
                1,
            ),
            R::Risk,
            true,
            S::No,
        ),
        (
            "9/2022 Annex B vi: marketplace accounts with passwords and purchases published",
            facts(
                C::Public,
                I::None,
                A::None,
                true,
                &[Identification, Credentials, Behavioural],
                20_000,
            ),
            R::High,
            true,
            S::Yes,
        ),
        (
            "9/2022 Annex B viii: hospital records unavailable for 30 hours",
            with(
                facts(
                    C::None,
                    I::None,
                    A::Prolonged,
                    true,
                    &[SpecialCategory],
                    10_000,
                ),
                |f| f.vulnerable_subjects = true,
            ),
            R::High,
            true,
            S::Yes,
        ),
        (
            "9/2022 Annex B ix: students' data to a mailing list of 1,000 recipients",
            facts(
                C::KnownRecipients,
                I::None,
                A::None,
                false,
                &[Contact, Identification],
                1_200,
            ),
            R::Risk,
            true,
            S::No,
        ),
        (
            "9/2022 Annex B x: newsletter with a handful of visible addresses",
            facts(C::KnownRecipients, I::None, A::None, false, &[Contact], 8),
            R::Low,
            false,
            S::No,
        ),
        (
            "protective: health data to a trusted recipient who has not confirmed deletion",
            facts(
                C::TrustedRecipient,
                I::None,
                A::None,
                false,
                &[SpecialCategory],
                3,
            ),
            R::Risk,
            true,
            S::No,
        ),
        (
            "protective: data back from a thief does not count as fully contained",
            with(
                facts(
                    C::UnknownRecipients,
                    I::None,
                    A::None,
                    true,
                    &[Contact, Financial],
                    50,
                ),
                |f| f.contained = true,
            ),
            R::Risk,
            true,
            S::No,
        ),
        (
            "altered customer addresses, correct state restored",
            facts(C::None, I::Restored, A::None, false, &[Contact], 500),
            R::Low,
            false,
            S::No,
        ),
        (
            "altered health records, not restored",
            facts(
                C::None,
                I::NotRestored,
                A::None,
                false,
                &[SpecialCategory],
                30,
            ),
            R::High,
            true,
            S::Yes,
        ),
        (
            "club member list lost for good, no backup",
            facts(C::None, I::None, A::Permanent, false, &[Contact], 120),
            R::Risk,
            true,
            S::No,
        ),
        (
            "misuse observed makes even an encrypted disclosure a risk",
            with(
                facts(C::UnknownRecipients, I::None, A::None, true, &[Contact], 20),
                |f| {
                    f.unintelligible = true;
                    f.misuse_observed = true;
                },
            ),
            R::Risk,
            true,
            S::No,
        ),
        (
            "high risk from lost health data is not covered by encryption (Art. 34(3)(a))",
            with(
                facts(
                    C::UnknownRecipients,
                    I::None,
                    A::Prolonged,
                    true,
                    &[SpecialCategory],
                    500,
                ),
                |f| f.unintelligible = true,
            ),
            R::High,
            true,
            S::Yes,
        ),
        (
            "Art. 34(3)(b) and (c) together: (b) wins, nobody needs telling",
            with(
                facts(C::UnknownRecipients, I::None, A::None, true, &[Credentials], 50_000),
                |f| {
                    f.high_risk_neutralised = true;
                    f.disproportionate_effort = true;
                },
            ),
            R::High,
            true,
            S::No,
        ),
    ];
    let mut failures = Vec::new();
    for (name, f, risk, notify, subjects) in &rows {
        let a = assess(f);
        let got = (a.risk, a.notify_authority, a.notify_subjects);
        if got != (Some(*risk), *notify, *subjects) {
            failures.push(format!(
                "{name}: expected {:?}, got {got:?}",
                (risk, notify, subjects)
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn processor_informs_its_controller_and_decides_nothing_else() {
    let mut f = facts(
        C::Public,
        I::None,
        A::None,
        true,
        &[D::SpecialCategory],
        10_000,
    );
    f.role = Role::Processor;
    let a = assess(&f);
    assert!(a.notify_controller && !a.notify_authority);
    assert_eq!(a.notify_subjects, S::No);
    assert_eq!(a.deadline, None);
}
