//! Table test of the engine: one row per scenario from the guidance (beyond the public vectors),
//! each with its source. A row states the outcome the guidance gives, or, where the guidance
//! leaves room, the protective outcome `docs/METHOD.md` explains.

use selbstcheck::domain::answers::{Answers, Cause, FixedZone};
use selbstcheck::domain::time::parse_rfc3339;
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
            "issue 15: a payroll file open to all 300 staff (colleagues without a business need)",
            facts(C::Colleagues, I::None, A::None, false, &[Employment, Financial], 300),
            R::Risk,
            true,
            S::No,
        ),
        (
            "issue 15: colleagues weigh as known recipients, not as a trusted one (same facts)",
            facts(C::KnownRecipients, I::None, A::None, false, &[Employment, Financial], 300),
            R::Risk,
            true,
            S::No,
        ),
        (
            "issue 15: one colleague saw a sick note and confirmed its deletion in writing unopened",
            with(
                facts(C::Colleagues, I::None, A::None, false, &[Health], 1),
                |f| {
                    f.contained = true;
                    f.deletion_confirmed = true;
                },
            ),
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
            "protective: data back from a thief count as not contained (copies are never ruled out)",
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
            R::High,
            true,
            S::Yes,
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
        (
            "01/2021 case 09: a trusted agent deletes a misdirected spreadsheet; nothing left exposed",
            with(
                facts(C::TrustedRecipient, I::None, A::None, false, &[Contact, Financial], 24),
                |f| f.contained = true,
            ),
            R::Low,
            false,
            S::No,
        ),
        (
            "01/2021 case 13: two recipients return the parcels and confirm it in writing",
            with(
                facts(C::KnownRecipients, I::None, A::None, false, &[Contact, Financial], 2),
                |f| {
                    f.contained = true;
                    f.deletion_confirmed = true;
                },
            ),
            R::Low,
            false,
            S::No,
        ),
        (
            "a few known recipients asked to delete, no confirmation: one step down only",
            with(
                facts(C::KnownRecipients, I::None, A::None, false, &[Contact, Financial], 2),
                |f| f.contained = true,
            ),
            R::Risk,
            true,
            S::No,
        ),
        (
            "seed / Annex B x: a deletion request to 1,494 visible recipients cannot be verified",
            with(
                facts(C::KnownRecipients, I::None, A::None, false, &[Contact], 1_494),
                |f| {
                    f.contained = true;
                    f.deletion_confirmed = true;
                },
            ),
            R::Risk,
            true,
            S::No,
        ),
        (
            "payroll file open to 420 colleagues for 17 days, access removed, copies asked back",
            with(
                facts(C::KnownRecipients, I::None, A::None, false, &[Contact, Financial, SpecialCategory], 420),
                |f| {
                    f.contained = true;
                    f.accessed = Some(true);
                },
            ),
            R::High,
            true,
            S::Yes,
        ),
        (
            "one patient opened another patient's x-ray report, then deleted it: what was seen stays seen",
            with(
                facts(C::KnownRecipients, I::None, A::None, false, &[Contact, Health], 1),
                |f| {
                    f.contained = true;
                    f.deletion_confirmed = true;
                    f.accessed = Some(true);
                },
            ),
            R::High,
            true,
            S::Yes,
        ),
        (
            "the same report came back unopened (provably not accessed): no risk from the disclosure",
            with(
                facts(C::KnownRecipients, I::None, A::None, false, &[Contact, Health], 1),
                |f| f.accessed = Some(false),
            ),
            R::Low,
            false,
            S::No,
        ),
        (
            "01/2021 case 08: someone who took the data on purpose 'deletes' them: not relied on",
            with(
                facts(C::KnownRecipients, I::None, A::None, true, &[Contact], 40),
                |f| {
                    f.contained = true;
                    f.deletion_confirmed = true;
                },
            ),
            R::Risk,
            true,
            S::No,
        ),
        (
            "a thief's laptop recovered: a thief's copies are never ruled out",
            with(
                facts(C::UnknownRecipients, I::None, A::None, true, &[Contact, Financial], 800),
                |f| {
                    f.contained = true;
                    f.deletion_confirmed = true;
                },
            ),
            R::High,
            true,
            S::Yes,
        ),
        (
            "a lost USB stick handed back by a finder: with unknown persons one step down only",
            with(
                facts(C::UnknownRecipients, I::None, A::None, false, &[Contact, Financial], 800),
                |f| f.contained = true,
            ),
            R::Risk,
            true,
            S::No,
        ),
        (
            "seed with its context: a vaccination centre's open list reveals health data (Annex B x)",
            with(
                facts(C::KnownRecipients, I::None, A::None, false, &[Contact], 1_494),
                |f| f.sensitive_context = true,
            ),
            R::High,
            true,
            S::Yes,
        ),
        (
            "kinds of data not named: counted as the most sensitive kind",
            facts(C::KnownRecipients, I::None, A::None, false, &[], 1),
            R::High,
            true,
            S::Yes,
        ),
        (
            "Art. 34(3)(b) claimed after misuse was observed: the harm is there, tell the people",
            with(
                facts(C::UnknownRecipients, I::None, A::None, true, &[Contact, PaymentCard], 300),
                |f| {
                    f.high_risk_neutralised = true;
                    f.misuse_observed = true;
                },
            ),
            R::High,
            true,
            S::Yes,
        ),
        (
            "Art. 34(3)(b) claimed for published data: doubtful, copies remain; tell the people",
            with(
                facts(C::Public, I::None, A::None, true, &[Identification, Credentials], 50_000),
                |f| f.high_risk_neutralised = true,
            ),
            R::High,
            true,
            S::Yes,
        ),
        (
            "Art. 34(3)(b) and (c) for published data: (b) not relied on, so a public communication",
            with(
                facts(C::Public, I::None, A::None, true, &[Credentials], 50_000),
                |f| {
                    f.high_risk_neutralised = true;
                    f.disproportionate_effort = true;
                },
            ),
            R::High,
            true,
            S::PublicCommunication,
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

/// A processor's breach: inform the controller; its own record is not the Art. 33(5) register.
#[test]
fn a_processor_documents_for_its_controller_not_under_art_33_5() {
    let mut f = facts(
        C::UnknownRecipients,
        I::None,
        A::None,
        true,
        &[D::Contact],
        300,
    );
    f.role = Role::Processor;
    let a = assess(&f);
    let kinds: Vec<_> = a.reasons.iter().map(|r| r.basis()).collect();
    assert!(kinds.contains(&"Art. 28(3)(f), 33(2) GDPR"), "{kinds:?}");
    assert!(!kinds.contains(&"Art. 33(5) GDPR"), "{kinds:?}");
}

/// Open answers, read as the questionnaire gives them: one row per case, with which parts of the
/// verdict an open answer can still change (Art. 33(4); only an open answer that could change a
/// result may make it provisional).
#[test]
fn open_answers_make_provisional_only_what_they_could_change() {
    let now = parse_rfc3339("2026-11-23T12:00:00+01:00").unwrap();
    let answered = |edit: fn(&mut Answers)| {
        let mut a = Answers {
            role: Some(Role::Controller),
            sector: Some(selbstcheck::domain::authority::Sector::Private),
            land: Some(selbstcheck::domain::authority::Land::BY),
            personal_data: Some(true),
            confidentiality: Some(C::TrustedRecipient),
            integrity: Some(I::None),
            availability: Some(A::None),
            cause: Some(Cause::Error),
            aware_at: "2026-11-23T09:00".into(),
            data: [D::Contact, D::Financial].into_iter().collect(),
            subjects: "24".into(),
            vulnerable: Some(false),
            unintelligible: Some(false),
            contained: Some(true),
            deletion_confirmed: Some(true),
            sensitive_context: Some(false),
            high_risk_neutralised: Some(false),
            misuse_observed: Some(false),
            disproportionate_effort: Some(false),
            ..Answers::default()
        };
        edit(&mut a);
        a
    };
    // (case, answers, notify the authority, tell the people, provisional: authority, people)
    type Row = (&'static str, Answers, bool, S, bool, bool);
    let rows: Vec<Row> = vec![
        (
            "01/2021 case 09 with both Art. 34(3) answers open: they cannot matter, nothing provisional",
            answered(|a| {
                a.high_risk_neutralised = None;
                a.disproportionate_effort = None;
            }),
            false,
            S::No,
            false,
            false,
        ),
        (
            "case 09 with the number of people open: a trusted deletion covers any number",
            answered(|a| a.subjects_unknown = true),
            false,
            S::No,
            false,
            false,
        ),
        (
            "case 09 but whether the data were asked back is open: notify, provisionally",
            answered(|a| a.contained = None),
            true,
            S::No,
            true,
            false,
        ),
        (
            "a misdirected e-mail to one customer, kinds of data not known yet: people part open",
            answered(|a| {
                a.confidentiality = Some(C::KnownRecipients);
                a.contained = Some(false);
                a.subjects = "1".into();
                a.data = Categories::new();
                a.data_unknown = true;
            }),
            true,
            S::Yes,
            true,
            true,
        ),
        (
            "known recipients asked to delete, confirmation still open: provisional notification",
            answered(|a| {
                a.confidentiality = Some(C::KnownRecipients);
                a.subjects = "2".into();
                a.deletion_confirmed = None;
            }),
            true,
            S::No,
            true,
            false,
        ),
        (
            "high risk with Art. 34(3)(c) open: the authority part is final, the people part is not",
            answered(|a| {
                a.confidentiality = Some(C::UnknownRecipients);
                a.contained = Some(false);
                a.cause = Some(Cause::ExternalMalicious);
                a.subjects = "800".into();
                a.disproportionate_effort = None;
            }),
            true,
            S::Yes,
            false,
            true,
        ),
    ];
    let mut failures = Vec::new();
    for (name, answers, notify, subjects, p_authority, p_subjects) in rows {
        let v = answers.to_facts(now, &FixedZone(60)).assess();
        let got = (
            v.notify_authority,
            v.notify_subjects,
            v.provisional.authority,
            v.provisional.subjects,
        );
        let want = (notify, subjects, p_authority, p_subjects);
        if got != want {
            failures.push(format!("{name}: expected {want:?}, got {got:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
