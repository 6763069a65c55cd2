//! Property tests of the saved-case file: every case survives export and import unchanged, and
//! no input makes the import panic.

use proptest::prelude::*;
use selbstcheck::domain::answers::{Answers, Cause, Discovery, IncidentType, Occurrence};
use selbstcheck::domain::authority::{Country, Diocese, Land, Sector, SpecialBody};
use selbstcheck::domain::case_file::{export, import, ImportError, MAX_BYTES};
use selbstcheck::domain::{
    Availability, Categories, Confidentiality, DataCategory, Instant, Integrity, Role,
};

fn pick<T: Copy + std::fmt::Debug + 'static>(all: &'static [T]) -> impl Strategy<Value = T> {
    proptest::sample::select(all)
}
fn maybe<T: Copy + std::fmt::Debug + 'static>(
    all: &'static [T],
) -> impl Strategy<Value = Option<T>> {
    proptest::option::of(pick(all))
}

const ROLES: [Role; 2] = Role::ALL;
const CONFIDENTIALITIES: [Confidentiality; 6] = Confidentiality::ALL;
const INTEGRITIES: [Integrity; 3] = Integrity::ALL;
const AVAILABILITIES: [Availability; 4] = Availability::ALL;

/// Any text: arbitrary Unicode (controls, quotes, backslashes, astral planes), often empty.
fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        any::<String>(),
        "[\"\\\\\u{0}-\u{1f}\u{2028}\u{2029}äöüß€😀\u{10ffff} a-z]{0,40}",
    ]
}
fn tri() -> impl Strategy<Value = Option<bool>> {
    proptest::option::of(any::<bool>())
}
fn country() -> impl Strategy<Value = Option<Country>> {
    proptest::option::of(("[A-Z]", "[A-Z]").prop_filter_map("two letters", |(a, b)| {
        Country::from_code(&format!("{a}{b}"))
    }))
}
fn categories() -> impl Strategy<Value = Categories> {
    proptest::sample::subsequence(DataCategory::ALL.to_vec(), 0..=DataCategory::ALL.len())
        .prop_map(|v| v.into_iter().collect())
}

prop_compose! {
    fn who()(
        role in maybe(&ROLES),
        sector in maybe(&Sector::ALL),
        country in country(),
        land in maybe(&Land::ALL),
        diocese in maybe(&Diocese::ALL),
        special in maybe(&SpecialBody::ALL),
        eu_establishment in country(),
        subject_countries in proptest::collection::vec(country(), 0..4),
        texts in proptest::collection::vec(text(), 8),
    ) -> Answers {
        let [org_name, org_address, contact_name, contact_role, contact_email, contact_phone, dpo,
            representative]: [String; 8] = texts.try_into().unwrap();
        // A country is listed once: the file keeps a set.
        let mut countries: Vec<Country> = Vec::new();
        for c in subject_countries.into_iter().flatten() {
            if !countries.contains(&c) {
                countries.push(c);
            }
        }
        Answers {
            role, sector, country, land, diocese, special, org_name, org_address, contact_name,
            contact_role, contact_email, contact_phone, dpo, eu_establishment, representative,
            subject_countries: countries,
            ..Answers::default()
        }
    }
}

prop_compose! {
    fn what()(
        personal_data in tri(),
        confidentiality in maybe(&CONFIDENTIALITIES),
        integrity in maybe(&INTEGRITIES),
        availability in maybe(&AVAILABILITIES),
        incident_type in maybe(&IncidentType::ALL),
        cause in maybe(&Cause::ALL),
        occurrence in pick(&Occurrence::ALL),
        discovery in maybe(&Discovery::ALL),
        texts in proptest::collection::vec(text(), 5),
    ) -> Answers {
        let [description, occurred_from, occurred_to, aware_at, discovery_details]: [String; 5] =
            texts.try_into().unwrap();
        Answers {
            personal_data, confidentiality, integrity, availability, incident_type, cause,
            description, occurrence, occurred_from, occurred_to, aware_at, discovery,
            discovery_details,
            ..Answers::default()
        }
    }
}

prop_compose! {
    fn which()(
        data in categories(),
        flags in proptest::array::uniform4(any::<bool>()),
        tris in proptest::array::uniform7(tri()),
        texts in proptest::collection::vec(text(), 9),
    ) -> Answers {
        let [data_unknown, subjects_unknown, records_unknown, follow_up] = flags;
        let [vulnerable, unintelligible, backup_restored, contained, high_risk_neutralised,
            misuse_observed, disproportionate_effort] = tris;
        let [subjects, records, subject_groups, measures_taken, measures_planned, consequences,
            subjects_informed, other_authorities, delay_reasons]: [String; 9] =
            texts.try_into().unwrap();
        Answers {
            data, data_unknown, subjects, subjects_unknown, records, records_unknown,
            subject_groups, vulnerable, unintelligible, backup_restored, contained,
            high_risk_neutralised, measures_taken, measures_planned, misuse_observed,
            consequences, disproportionate_effort, subjects_informed, other_authorities,
            follow_up, delay_reasons,
            ..Answers::default()
        }
    }
}

prop_compose! {
    fn more()(
        flag in any::<bool>(),
        tris in proptest::array::uniform5(tri()),
        texts in proptest::collection::vec(text(), 7),
    ) -> Answers {
        let [accessed, sensitive_context, cross_border, deletion_confirmed, processor_involved] =
            tris;
        let [special_details, measures_before, processor_details, subjects_informed_at,
            first_notice_at, first_notice_reference, _]: [String; 7] = texts.try_into().unwrap();
        Answers {
            accessed, sensitive_context, cross_border, deletion_confirmed, processor_involved,
            special_details, measures_before, processor_details, subjects_informed_at,
            first_notice_at, first_notice_reference, never_ask_data: flag,
            ..Answers::default()
        }
    }
}

/// A whole case: every field of `Answers` comes from exactly one of the four parts. Written
/// without `..`, so a new field of `Answers` must be generated here too.
fn answers() -> impl Strategy<Value = Answers> {
    (who(), what(), which(), more()).prop_map(|(a, b, c, d)| Answers {
        role: a.role,
        sector: a.sector,
        country: a.country,
        land: a.land,
        diocese: a.diocese,
        special: a.special,
        org_name: a.org_name,
        org_address: a.org_address,
        contact_name: a.contact_name,
        contact_role: a.contact_role,
        contact_email: a.contact_email,
        contact_phone: a.contact_phone,
        dpo: a.dpo,
        eu_establishment: a.eu_establishment,
        representative: a.representative,
        subject_countries: a.subject_countries,
        personal_data: b.personal_data,
        confidentiality: b.confidentiality,
        integrity: b.integrity,
        availability: b.availability,
        incident_type: b.incident_type,
        cause: b.cause,
        description: b.description,
        occurrence: b.occurrence,
        occurred_from: b.occurred_from,
        occurred_to: b.occurred_to,
        aware_at: b.aware_at,
        discovery: b.discovery,
        discovery_details: b.discovery_details,
        data: c.data,
        data_unknown: c.data_unknown,
        subjects: c.subjects,
        subjects_unknown: c.subjects_unknown,
        records: c.records,
        records_unknown: c.records_unknown,
        subject_groups: c.subject_groups,
        vulnerable: c.vulnerable,
        unintelligible: c.unintelligible,
        backup_restored: c.backup_restored,
        contained: c.contained,
        high_risk_neutralised: c.high_risk_neutralised,
        measures_taken: c.measures_taken,
        measures_planned: c.measures_planned,
        misuse_observed: c.misuse_observed,
        consequences: c.consequences,
        disproportionate_effort: c.disproportionate_effort,
        subjects_informed: c.subjects_informed,
        other_authorities: c.other_authorities,
        follow_up: c.follow_up,
        delay_reasons: c.delay_reasons,
        accessed: d.accessed,
        sensitive_context: d.sensitive_context,
        cross_border: d.cross_border,
        special_details: d.special_details,
        deletion_confirmed: d.deletion_confirmed,
        measures_before: d.measures_before,
        processor_involved: d.processor_involved,
        processor_details: d.processor_details,
        subjects_informed_at: d.subjects_informed_at,
        never_ask_data: d.never_ask_data,
        first_notice_at: d.first_notice_at,
        first_notice_reference: d.first_notice_reference,
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn import_of_export_is_the_same_case(a in answers(), t in 0i64..4_102_444_800) {
        let text = export(&a, Instant(t));
        prop_assert!(text.len() < MAX_BYTES);
        let back = import(&text).map_err(|e| TestCaseError::fail(format!("{e:?}\n{text}")))?;
        prop_assert_eq!(&back.answers, &a);
        prop_assert!(back.warnings.is_empty());
        prop_assert_eq!(back.saved_at, Some(Instant(t).to_rfc3339_utc()));
        // Exporting again gives the same file: nothing drifts on a round trip.
        prop_assert_eq!(export(&back.answers, Instant(t)), text);
    }

    #[test]
    fn any_text_is_read_or_refused_without_panic(text in any::<String>()) {
        let _ = import(&text);
    }

    #[test]
    fn a_damaged_case_is_refused_or_read_without_panic(
        a in answers(),
        cut in any::<prop::sample::Index>(),
        value in prop_oneof![
            Just(serde_json::Value::Null),
            any::<bool>().prop_map(serde_json::Value::from),
            any::<i64>().prop_map(serde_json::Value::from),
            text().prop_map(serde_json::Value::from),
            Just(serde_json::json!([1, "contact", null])),
            Just(serde_json::json!({"nested": true})),
        ],
    ) {
        // Replace one answer by a value of any type: the file is read or refused, never half-read.
        let mut doc = selbstcheck::domain::case_file::to_value(&a, Instant(0));
        let answers = doc["answers"].as_object_mut().unwrap();
        let key = answers.keys().nth(cut.index(answers.len())).unwrap().clone();
        answers.insert(key.clone(), value);
        match import(&doc.to_string()) {
            Ok(back) => prop_assert!(back.warnings.is_empty()),
            Err(ImportError::Invalid(k)) => prop_assert_eq!(k, format!("answers.{key}")),
            Err(e) => prop_assert!(false, "unexpected {:?}", e),
        }
        // A truncated file is not JSON.
        let exported = export(&a, Instant(0));
        let text = exported.trim_end();
        let end = text.char_indices().map(|(i, _)| i).nth(cut.index(text.chars().count())).unwrap_or(0);
        prop_assert_eq!(import(&text[..end]), Err(ImportError::NotJson));
    }
}
