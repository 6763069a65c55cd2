//! The questionnaire as data: the steps, every question with its options, where it is shown and
//! which answer it reads and writes. The screens (`wizard.rs`, `wizard_dom.rs`) draw it; nothing
//! here touches the page. Every question is a `fieldset` with a `legend` and offers "noch unklar /
//! not known yet".

use crate::domain::answers::{Answers, Cause, Discovery, Field, IncidentType, Occurrence};
use crate::domain::authority::{Country, Diocese, Land, Sector, SpecialBody};
use crate::domain::facts::{Availability, Confidentiality, DataCategory, Integrity, Role};
use crate::domain::lang::pick;
use crate::domain::{display, Lang};

use super::i18n::{self, text, Key};

/// Number of question steps; the summary is step `STEPS + 1`.
pub const STEPS: usize = 6;
/// The summary step.
pub const SUMMARY: usize = STEPS + 1;

/// The title of a step (1..=7).
pub fn step_key(step: usize) -> Key {
    match step {
        1 => Key::StepWho,
        2 => Key::StepWhat,
        3 => Key::StepWhen,
        4 => Key::StepData,
        5 => Key::StepProtection,
        6 => Key::StepConsequences,
        _ => Key::StepSummary,
    }
}

/// The step that asks for a field (for "open questions" links).
pub fn step_of(field: Field) -> usize {
    use Field::*;
    match field {
        Role | Sector | Land => 1,
        PersonalData | Confidentiality | Integrity | Availability | Cause | SensitiveContext => 2,
        OccurredFrom | OccurredTo | AwareAt => 3,
        Data | Subjects | Records | Vulnerable | CrossBorder => 4,
        Unintelligible | Contained | DeletionConfirmed | Neutralised => 5,
        Misuse | Disproportionate => 6,
    }
}

/// The question that asks for a field: its `Q::id` (the "noch offen" links focus it).
pub fn question_of(field: Field) -> &'static str {
    use Field::*;
    match field {
        Role => "role",
        Sector => "sector",
        Land => "seat",
        PersonalData => "personal_data",
        Confidentiality => "confidentiality",
        Integrity => "integrity",
        Availability => "availability",
        Cause => "cause",
        SensitiveContext => "sensitive_context",
        OccurredFrom | OccurredTo => "occurred",
        AwareAt => "aware",
        Data => "data",
        Subjects => "subjects",
        Records => "records",
        Vulnerable => "vulnerable",
        CrossBorder => "cross_border",
        Unintelligible => "unintelligible",
        Contained => "contained",
        DeletionConfirmed => "deletion_confirmed",
        Neutralised => "high_risk_neutralised",
        Misuse => "misuse_observed",
        Disproportionate => "disproportionate_effort",
    }
}

// ---------------------------------------------------------------------------------------------
// Answer options
// ---------------------------------------------------------------------------------------------

/// A closed answer: its options, the value used in the form, and its label.
pub trait Choosable: Copy + PartialEq + 'static {
    const ALL: &'static [Self];
    fn value(self) -> &'static str;
    fn label(self) -> Key;
}

macro_rules! choosable {
    ($t:ty, $all:expr, $key:ident, |$v:ident| $value:expr) => {
        impl Choosable for $t {
            const ALL: &'static [Self] = &$all;
            fn value(self) -> &'static str {
                let $v = self;
                $value
            }
            fn label(self) -> Key {
                Key::$key(self)
            }
        }
    };
}

// The form's values are the saved case's keys (`keyed!`, from serde's names).
choosable!(Role, Role::ALL, Role, |r| r.key());
choosable!(Sector, Sector::ALL, Sector, |s| s.key());
choosable!(IncidentType, IncidentType::ALL, Incident, |t| t.key());
choosable!(Cause, Cause::ALL, Cause, |c| c.key());
choosable!(Occurrence, Occurrence::ALL, Occurrence, |o| o.key());
choosable!(Discovery, Discovery::ALL, Discovery, |d| d.key());
choosable!(
    Confidentiality,
    Confidentiality::ALL,
    Confidentiality,
    |c| c.key()
);
choosable!(Integrity, Integrity::ALL, Integrity, |i| i.key());
choosable!(Availability, Availability::ALL, Availability, |a| a.key());
choosable!(bool, [true, false], YesNo, |b| if b { "yes" } else { "no" });

/// The options of a closed question as (form value, label).
fn options<T: Choosable>() -> Vec<(&'static str, Key)> {
    T::ALL.iter().map(|v| (v.value(), v.label())).collect()
}

fn position<T: Choosable>(v: Option<T>) -> Option<usize> {
    v.and_then(|v| T::ALL.iter().position(|o| *o == v))
}

fn nth<T: Choosable>(i: Option<usize>) -> Option<T> {
    i.and_then(|i| T::ALL.get(i).copied())
}

/// A text field: how to read and write it.
#[derive(Clone, Copy)]
pub struct Lens {
    pub get: fn(&Answers) -> &str,
    pub set: fn(&mut Answers) -> &mut String,
}

macro_rules! lens {
    ($field:ident) => {
        Lens {
            get: |a: &Answers| a.$field.as_str(),
            set: |a: &mut Answers| &mut a.$field,
        }
    };
}

// ---------------------------------------------------------------------------------------------
// The questionnaire as data
// ---------------------------------------------------------------------------------------------

/// A closed question on an `Option` field: its options and how to read and write it.
macro_rules! choice {
    ($field:ident, $t:ty) => {
        Kind::Choice(
            options::<$t>,
            |a: &Answers| position::<$t>(a.$field),
            |a: &mut Answers, i: Option<usize>| a.$field = nth::<$t>(i),
        )
    };
}

/// One text-like input: a line, a text area, a date and time, or a count.
pub struct Input {
    pub id: &'static str,
    pub label: Key,
    pub lens: Lens,
    pub kind: InputKind,
    /// Shown only while this holds.
    pub show: Option<fn(&Answers) -> bool>,
}

#[derive(Clone, Copy, PartialEq)]
pub enum InputKind {
    /// A one-line input: its `type` and `autocomplete`.
    Line(&'static str, &'static str),
    Area,
    /// A `datetime-local`; the field its problems are reported for, if the engine checks it.
    DateTime(Option<Field>),
    /// An approximate count, checked as typed.
    Count(Field),
}

/// A choice from a long list.
pub struct Select {
    pub id: &'static str,
    pub label: Key,
    /// (value, name) in a language.
    pub options: fn(Lang) -> Vec<(&'static str, &'static str)>,
    pub get: fn(&Answers) -> Option<&'static str>,
    pub set: fn(&mut Answers, &str),
    /// The text of the empty choice.
    pub empty: Key,
    pub show: Option<fn(&Answers) -> bool>,
}

pub enum Kind {
    /// Radio buttons and "not known yet".
    Choice(
        fn() -> Vec<(&'static str, Key)>,
        fn(&Answers) -> Option<usize>,
        fn(&mut Answers, Option<usize>),
    ),
    Inputs(&'static [Input]),
    Selects(&'static [Select]),
    /// The data categories, and "not known yet".
    Categories,
    /// The EU/EEA countries where the people affected live (tick boxes).
    Countries,
    /// A single tick box.
    Flag(Key, fn(&Answers) -> bool, fn(&mut Answers, bool)),
}

/// How to read and write a yes/no answer that is always answered (a tick box).
pub type Toggle = (fn(&Answers) -> bool, fn(&mut Answers, bool));

/// One question: a fieldset with its legend.
pub struct Q {
    pub id: &'static str,
    pub legend: Key,
    pub hint: Option<Key>,
    pub kind: Kind,
    /// Asked only while this holds.
    pub show: Option<fn(&Answers) -> bool>,
    /// A "not known yet" tick box for the inputs (counts).
    pub unknown: Option<Toggle>,
    /// For a choice whose open value (`None`) is an answer of its own rather than "not known
    /// yet": the label of that option (its form value is `unclear`).
    pub open_label: Option<Key>,
}

const fn q(id: &'static str, legend: Key, hint: Option<Key>, kind: Kind) -> Q {
    Q {
        id,
        legend,
        hint,
        kind,
        show: None,
        unknown: None,
        open_label: None,
    }
}

const fn input(id: &'static str, label: Key, lens: Lens, kind: InputKind) -> Input {
    Input {
        id,
        label,
        lens,
        kind,
        show: None,
    }
}

const fn yes_no(
    id: &'static str,
    legend: Key,
    hint: Key,
    get: fn(&Answers) -> Option<usize>,
    set: fn(&mut Answers, Option<usize>),
) -> Q {
    q(
        id,
        legend,
        Some(hint),
        Kind::Choice(options::<bool>, get, set),
    )
}

/// A yes/no question on an `Option<bool>` field.
macro_rules! tri {
    ($id:literal, $field:ident, $legend:ident, $hint:ident) => {
        yes_no(
            $id,
            Key::$legend,
            Key::$hint,
            |a: &Answers| position::<bool>(a.$field),
            |a: &mut Answers, i: Option<usize>| a.$field = nth::<bool>(i),
        )
    };
}

/// A free-text question of its own.
macro_rules! free_text {
    ($id:literal, $field:ident, $legend:ident, $label:ident) => {
        q(
            $id,
            Key::$legend,
            Some(Key::OptionalHint),
            Kind::Inputs(&[input($id, Key::$label, lens!($field), InputKind::Area)]),
        )
    };
}

/// A seat outside the EU/EEA: ask for the establishment, the representative, the countries.
fn outside_eea(a: &Answers) -> bool {
    a.country.is_some_and(|c| !c.is_eea())
}

/// Germany and the other EU/EEA countries, for the establishment and the people's countries.
pub(crate) fn eea_options(lang: Lang) -> Vec<(&'static str, &'static str)> {
    std::iter::once(("DE", text(lang, Key::Germany)))
        .chain(
            i18n::COUNTRIES
                .iter()
                .map(|(code, de, en)| (*code, pick(lang, *de, *en))),
        )
        .collect()
}

/// The German Land is asked where a German authority may be competent: a seat in Germany, or,
/// from outside the EU/EEA, an establishment or people affected in Germany.
fn german_land_matters(a: &Answers) -> bool {
    in_germany(a)
        || a.eu_establishment == Some(Country::DE)
        || (a.eu_establishment.is_none() && a.subject_countries.contains(&Country::DE))
}

fn in_germany(a: &Answers) -> bool {
    a.country.is_none_or(|c| c == Country::DE)
}

fn country_options(lang: Lang) -> Vec<(&'static str, &'static str)> {
    i18n::COUNTRIES
        .iter()
        .chain(i18n::OUTSIDE.iter())
        .map(|(code, de, en)| (*code, pick(lang, *de, *en)))
        .collect()
}

fn land_options(_: Lang) -> Vec<(&'static str, &'static str)> {
    Land::ALL.iter().map(|l| (l.code(), l.name())).collect()
}

fn diocese_options(_: Lang) -> Vec<(&'static str, &'static str)> {
    Diocese::ALL.iter().map(|d| (d.key(), d.name())).collect()
}

fn special_options(lang: Lang) -> Vec<(&'static str, &'static str)> {
    SpecialBody::ALL
        .iter()
        .map(|s| (s.key(), s.label(lang)))
        .collect()
}

fn occurrence_options() -> Vec<(&'static str, Key)> {
    [Occurrence::At, Occurrence::Period, Occurrence::Ongoing]
        .into_iter()
        .map(|o| (o.key(), Key::Occurrence(o)))
        .collect()
}

/// Someone unauthorised could see the data.
fn exposed(a: &Answers) -> bool {
    a.confidentiality != Some(Confidentiality::None)
}

fn accessed_options() -> Vec<(&'static str, Key)> {
    vec![("yes", Key::Accessed(true)), ("no", Key::Accessed(false))]
}

/// A free-text question shown only while `show` holds.
const fn shown_if(show: fn(&Answers) -> bool, q: Q) -> Q {
    Q {
        show: Some(show),
        ..q
    }
}

const STEP_WHO: &[Q] = &[
    q(
        "role",
        Key::QRole,
        Some(Key::QRoleHint),
        choice!(role, Role),
    ),
    q("sector", Key::QSector, None, choice!(sector, Sector)),
    q(
        "seat",
        Key::QSeat,
        None,
        Kind::Selects(&[
            Select {
                id: "country",
                label: Key::CountryLabel,
                options: country_options,
                get: |a| a.country.and_then(|c| i18n::country_code(c.as_str())),
                set: |a, v| a.country = Country::from_code(v).filter(|c| *c != Country::DE),
                empty: Key::Germany,
                show: None,
            },
            Select {
                id: "land",
                label: Key::LandLabel,
                options: land_options,
                get: |a| a.land.map(Land::code),
                set: |a, v| a.land = Land::from_code(v),
                empty: Key::NotKnownYet,
                show: Some(german_land_matters),
            },
        ]),
    ),
    shown_if(
        outside_eea,
        q(
            "eu_establishment",
            Key::QEuEstablishment,
            Some(Key::QEuEstablishmentHint),
            Kind::Selects(&[Select {
                id: "eu_establishment",
                label: Key::EuEstablishmentLabel,
                options: eea_options,
                get: |a| {
                    a.eu_establishment.map(|c| match c.as_str() {
                        "DE" => "DE",
                        code => i18n::country_code(code).unwrap_or(""),
                    })
                },
                set: |a, v| a.eu_establishment = Country::from_code(v),
                empty: Key::NoEuEstablishment,
                show: None,
            }]),
        ),
    ),
    shown_if(
        |a| outside_eea(a) && a.eu_establishment.is_none(),
        q(
            "subject_countries",
            Key::QSubjectCountries,
            Some(Key::QSubjectCountriesHint),
            Kind::Countries,
        ),
    ),
    shown_if(
        outside_eea,
        q(
            "representative",
            Key::QRepresentative,
            Some(Key::OptionalHint),
            Kind::Inputs(&[input(
                "representative",
                Key::RepresentativeLabel,
                lens!(representative),
                InputKind::Area,
            )]),
        ),
    ),
    Q {
        show: Some(|a| a.sector == Some(Sector::ChurchCatholic)),
        ..q(
            "diocese",
            Key::QDiocese,
            None,
            Kind::Selects(&[Select {
                id: "diocese",
                label: Key::DioceseLabel,
                options: diocese_options,
                get: |a| a.diocese.map(Diocese::key),
                set: |a, v| a.diocese = Diocese::from_key(v),
                empty: Key::NotKnownYet,
                show: None,
            }]),
        )
    },
    q(
        "special",
        Key::QSpecial,
        None,
        Kind::Selects(&[Select {
            id: "special",
            label: Key::SpecialLabel,
            options: special_options,
            get: |a| a.special.map(SpecialBody::key),
            set: |a, v| a.special = SpecialBody::from_key(v),
            empty: Key::NoneOfThese,
            show: None,
        }]),
    ),
    q(
        "contact",
        Key::QContact,
        Some(Key::ContactHint),
        Kind::Inputs(&[
            input(
                "org_name",
                Key::OrgName,
                lens!(org_name),
                InputKind::Line("text", "organization"),
            ),
            input(
                "org_address",
                Key::OrgAddress,
                lens!(org_address),
                InputKind::Line("text", "street-address"),
            ),
            input(
                "contact_name",
                Key::ContactName,
                lens!(contact_name),
                InputKind::Line("text", "name"),
            ),
            input(
                "contact_role",
                Key::ContactRole,
                lens!(contact_role),
                InputKind::Line("text", "organization-title"),
            ),
            input(
                "contact_email",
                Key::ContactEmail,
                lens!(contact_email),
                InputKind::Line("email", "email"),
            ),
            input(
                "contact_phone",
                Key::ContactPhone,
                lens!(contact_phone),
                InputKind::Line("tel", "tel"),
            ),
            input("dpo", Key::Dpo, lens!(dpo), InputKind::Line("text", "off")),
        ]),
    ),
];

const STEP_WHAT: &[Q] = &[
    tri!(
        "personal_data",
        personal_data,
        QPersonalData,
        QPersonalDataHint
    ),
    q(
        "incident_type",
        Key::QIncident,
        None,
        choice!(incident_type, IncidentType),
    ),
    q("cause", Key::QCause, None, choice!(cause, Cause)),
    q(
        "confidentiality",
        Key::QConfidentiality,
        Some(Key::QConfidentialityHint),
        choice!(confidentiality, Confidentiality),
    ),
    q(
        "integrity",
        Key::QIntegrity,
        None,
        choice!(integrity, Integrity),
    ),
    q(
        "availability",
        Key::QAvailability,
        Some(Key::QAvailabilityHint),
        choice!(availability, Availability),
    ),
    // "Could see" is the answer above; whether they did is asked apart. The open value is an
    // answer of its own ("unclear"), not "not known yet": nobody may ever know.
    Q {
        show: Some(exposed),
        open_label: Some(Key::AccessedUnclear),
        ..q(
            "accessed",
            Key::QAccessed,
            Some(Key::QAccessedHint),
            Kind::Choice(
                accessed_options,
                |a| position::<bool>(a.accessed),
                |a, i| a.accessed = nth::<bool>(i),
            ),
        )
    },
    shown_if(
        exposed,
        tri!(
            "sensitive_context",
            sensitive_context,
            QSensitiveContext,
            QSensitiveContextHint
        ),
    ),
    q(
        "description",
        Key::QDescription,
        Some(Key::QDescriptionHint),
        Kind::Inputs(&[input(
            "description",
            Key::DescriptionLabel,
            lens!(description),
            InputKind::Area,
        )]),
    ),
];

const STEP_WHEN: &[Q] = &[
    q(
        "aware",
        Key::QAware,
        Some(Key::QAwareHint),
        Kind::Inputs(&[input(
            "aware_at",
            Key::AwareLabel,
            lens!(aware_at),
            InputKind::DateTime(Some(Field::AwareAt)),
        )]),
    ),
    q(
        "occurrence",
        Key::QOccurrence,
        None,
        Kind::Choice(
            occurrence_options,
            |a| match a.occurrence {
                Occurrence::Unknown => None,
                Occurrence::At => Some(0),
                Occurrence::Period => Some(1),
                Occurrence::Ongoing => Some(2),
            },
            |a, i| {
                a.occurrence = match i {
                    Some(0) => Occurrence::At,
                    Some(1) => Occurrence::Period,
                    Some(2) => Occurrence::Ongoing,
                    _ => Occurrence::Unknown,
                }
            },
        ),
    ),
    Q {
        show: Some(|a| a.occurrence != Occurrence::Unknown),
        ..q(
            "occurred",
            Key::QOccurredTimes,
            None,
            Kind::Inputs(&[
                input(
                    "occurred_from",
                    Key::OccurredFrom,
                    lens!(occurred_from),
                    InputKind::DateTime(Some(Field::OccurredFrom)),
                ),
                Input {
                    show: Some(|a| a.occurrence == Occurrence::Period),
                    ..input(
                        "occurred_to",
                        Key::OccurredTo,
                        lens!(occurred_to),
                        InputKind::DateTime(Some(Field::OccurredTo)),
                    )
                },
            ]),
        )
    },
    q(
        "discovery",
        Key::QDiscovery,
        None,
        choice!(discovery, Discovery),
    ),
    free_text!(
        "discovery_details",
        discovery_details,
        QDiscoveryDetails,
        DetailsLabel
    ),
];

const STEP_DATA: &[Q] = &[
    q("data", Key::QData, Some(Key::QDataHint), Kind::Categories),
    Q {
        unknown: Some((|a| a.subjects_unknown, |a, on| a.subjects_unknown = on)),
        ..q(
            "subjects",
            Key::QSubjects,
            Some(Key::CountHint),
            Kind::Inputs(&[input(
                "subjects",
                Key::SubjectsLabel,
                lens!(subjects),
                InputKind::Count(Field::Subjects),
            )]),
        )
    },
    Q {
        unknown: Some((|a| a.records_unknown, |a, on| a.records_unknown = on)),
        ..q(
            "records",
            Key::QRecords,
            Some(Key::CountHint),
            Kind::Inputs(&[input(
                "records",
                Key::RecordsLabel,
                lens!(records),
                InputKind::Count(Field::Records),
            )]),
        )
    },
    shown_if(
        |a| a.data.contains(DataCategory::Health) || a.data.contains(DataCategory::SpecialCategory),
        free_text!(
            "special_details",
            special_details,
            QSpecialDetails,
            SpecialDetailsLabel
        ),
    ),
    tri!("vulnerable", vulnerable, QVulnerable, QVulnerableHint),
    free_text!("subject_groups", subject_groups, QGroups, GroupsLabel),
    tri!("cross_border", cross_border, QCrossBorder, QCrossBorderHint),
];

const STEP_PROTECTION: &[Q] = &[
    tri!(
        "unintelligible",
        unintelligible,
        QUnintelligible,
        QUnintelligibleHint
    ),
    shown_if(
        Answers::lost_or_altered,
        tri!("backup_restored", backup_restored, QBackup, QBackupHint),
    ),
    tri!("contained", contained, QContained, QContainedHint),
    shown_if(
        |a| a.contained == Some(true),
        tri!(
            "deletion_confirmed",
            deletion_confirmed,
            QDeletionConfirmed,
            QDeletionConfirmedHint
        ),
    ),
    shown_if(
        Answers::people_at_stake,
        tri!(
            "high_risk_neutralised",
            high_risk_neutralised,
            QNeutralised,
            QNeutralisedHint
        ),
    ),
    free_text!(
        "measures_before",
        measures_before,
        QMeasuresBefore,
        MeasuresBeforeLabel
    ),
    // A processor filling in the check is the processor: the question is for controllers.
    shown_if(
        |a| a.role != Some(Role::Processor),
        tri!(
            "processor_involved",
            processor_involved,
            QProcessorInvolved,
            QProcessorInvolvedHint
        ),
    ),
    shown_if(
        |a| a.processor_involved == Some(true) && a.role != Some(Role::Processor),
        free_text!(
            "processor_details",
            processor_details,
            QProcessorDetails,
            ProcessorDetailsLabel
        ),
    ),
    free_text!(
        "measures_taken",
        measures_taken,
        QMeasuresTaken,
        MeasuresTakenLabel
    ),
    free_text!(
        "measures_planned",
        measures_planned,
        QMeasuresPlanned,
        MeasuresPlannedLabel
    ),
];

const STEP_CONSEQUENCES: &[Q] = &[
    tri!("misuse_observed", misuse_observed, QMisuse, QMisuseHint),
    free_text!(
        "consequences",
        consequences,
        QConsequences,
        ConsequencesLabel
    ),
    shown_if(
        Answers::people_at_stake,
        tri!(
            "disproportionate_effort",
            disproportionate_effort,
            QDisproportionate,
            QDisproportionateHint
        ),
    ),
    q(
        "subjects_informed",
        Key::QInformed,
        Some(Key::OptionalHint),
        Kind::Inputs(&[
            input(
                "subjects_informed",
                Key::InformedLabel,
                lens!(subjects_informed),
                InputKind::Area,
            ),
            input(
                "subjects_informed_at",
                Key::InformedAtLabel,
                lens!(subjects_informed_at),
                InputKind::DateTime(None),
            ),
        ]),
    ),
    q(
        "never_ask_data",
        Key::QNeverAsk,
        Some(Key::QNeverAskHint),
        Kind::Flag(
            Key::NeverAskLabel,
            |a| a.never_ask_data,
            |a, on| a.never_ask_data = on,
        ),
    ),
    free_text!(
        "other_authorities",
        other_authorities,
        QOtherAuthorities,
        OtherAuthoritiesLabel
    ),
    q(
        "follow_up",
        Key::QFollowUp,
        None,
        Kind::Flag(
            Key::FollowUpLabel,
            |a| a.follow_up,
            |a, on| a.follow_up = on,
        ),
    ),
    shown_if(
        |a| a.follow_up,
        q(
            "first_notice",
            Key::QFirstNotice,
            Some(Key::OptionalHint),
            Kind::Inputs(&[
                input(
                    "first_notice_at",
                    Key::FirstNoticeAtLabel,
                    lens!(first_notice_at),
                    InputKind::DateTime(None),
                ),
                input(
                    "first_notice_reference",
                    Key::FirstNoticeReferenceLabel,
                    lens!(first_notice_reference),
                    InputKind::Line("text", "off"),
                ),
            ]),
        ),
    ),
    free_text!("delay_reasons", delay_reasons, QDelay, DelayLabel),
];

/// The questions of a step (1..=6).
pub fn questions(step: usize) -> &'static [Q] {
    match step {
        1 => STEP_WHO,
        2 => STEP_WHAT,
        3 => STEP_WHEN,
        4 => STEP_DATA,
        5 => STEP_PROTECTION,
        6 => STEP_CONSEQUENCES,
        _ => &[],
    }
}

/// An answer as given, in words: "noch unklar" for an open one, "keine Angabe" for empty text.
pub fn answer_text(q: &Q, a: &Answers, lang: Lang) -> String {
    let unknown = || text(lang, Key::NotKnownYet).to_string();
    let shown = |show: Option<fn(&Answers) -> bool>| show.is_none_or(|s| s(a));
    if q.unknown.is_some_and(|(get, _)| get(a)) {
        return unknown();
    }
    match q.kind {
        Kind::Choice(options, get, _) => match (get(a), q.open_label) {
            (None, Some(open)) => text(lang, open).to_string(),
            (i, _) => i
                .and_then(|i| options().get(i).map(|o| text(lang, o.1).to_string()))
                .unwrap_or_else(unknown),
        },
        Kind::Inputs(inputs) => {
            let parts: Vec<String> = inputs
                .iter()
                .filter(|i| shown(i.show))
                .filter_map(|i| {
                    let v = (i.lens.get)(a).trim();
                    if v.is_empty() {
                        return None;
                    }
                    Some(match i.kind {
                        InputKind::DateTime(_) => display::parse_input_value(v)
                            .map(|c| crate::domain::display::format_date_time(c, lang))
                            .unwrap_or_else(|| v.to_string()),
                        InputKind::Count(_) => {
                            match crate::domain::answers::parse_count(v, u64::MAX) {
                                Ok(Some(n)) => i18n::format_count(n, lang),
                                _ => v.to_string(),
                            }
                        }
                        _ => v.to_string(),
                    })
                })
                .collect();
            if parts.is_empty() {
                let key = match inputs.first().map(|i| i.kind) {
                    Some(InputKind::DateTime(_) | InputKind::Count(_)) => Key::NotKnownYet,
                    _ => Key::NotGiven,
                };
                text(lang, key).to_string()
            } else {
                parts.join(" – ")
            }
        }
        Kind::Selects(selects) => selects
            .iter()
            .filter(|s| shown(s.show))
            .map(|s| {
                let v = (s.get)(a);
                let name = v.and_then(|v| (s.options)(lang).into_iter().find(|o| o.0 == v));
                match name {
                    Some((_, n)) => n.to_string(),
                    None => text(lang, s.empty).to_string(),
                }
            })
            .collect::<Vec<_>>()
            .join(", "),
        Kind::Categories => {
            if a.data_unknown || a.data.is_empty() {
                unknown()
            } else {
                a.data
                    .iter()
                    .map(|c| text(lang, Key::Category(c)))
                    .collect::<Vec<_>>()
                    .join("; ")
            }
        }
        Kind::Flag(_, get, _) if q.id == "follow_up" => {
            text(lang, Key::NoticeKind(get(a))).to_string()
        }
        Kind::Flag(_, get, _) => text(lang, Key::YesNo(get(a))).to_string(),
        Kind::Countries => {
            if a.subject_countries.is_empty() {
                unknown()
            } else {
                a.subject_countries
                    .iter()
                    .map(|c| match c.as_str() {
                        "DE" => text(lang, Key::Germany),
                        code => i18n::country_name(code, lang).unwrap_or(""),
                    })
                    .collect::<Vec<_>>()
                    .join("; ")
            }
        }
    }
}

/// The summary of all answers, with a way back to each step, and the drafts.
#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::presets::Preset;

    #[test]
    fn every_field_names_a_question_of_its_step() {
        for f in Field::ALL {
            let id = question_of(f);
            assert!(
                questions(step_of(f)).iter().any(|q| q.id == id),
                "{f:?}: no question {id} in step {}",
                step_of(f)
            );
        }
    }

    #[test]
    fn question_ids_are_unique_and_every_open_field_has_its_step() {
        let mut ids = Vec::new();
        for n in 1..=STEPS {
            for q in questions(n) {
                ids.push(q.id);
                if let Kind::Inputs(inputs) = q.kind {
                    ids.extend(inputs.iter().map(|i| i.id).filter(|id| *id != q.id));
                }
            }
        }
        let mut sorted = ids.clone();
        sorted.sort();
        sorted.dedup();
        assert_eq!(sorted.len(), ids.len(), "{ids:?}");
        // Every field the verdict can list as open is asked on the step it links to.
        use Field::*;
        let asked = |f: Field| match f {
            Role => "role",
            Sector => "sector",
            Land => "seat",
            PersonalData => "personal_data",
            Confidentiality => "confidentiality",
            Integrity => "integrity",
            Availability => "availability",
            Cause => "cause",
            OccurredFrom | OccurredTo => "occurred",
            AwareAt => "aware",
            Data => "data",
            Subjects => "subjects",
            Records => "records",
            Vulnerable => "vulnerable",
            Unintelligible => "unintelligible",
            Contained => "contained",
            DeletionConfirmed => "deletion_confirmed",
            SensitiveContext => "sensitive_context",
            CrossBorder => "cross_border",
            Neutralised => "high_risk_neutralised",
            Misuse => "misuse_observed",
            Disproportionate => "disproportionate_effort",
        };
        for f in Field::ALL {
            let n = step_of(f);
            assert!(
                questions(n).iter().any(|q| q.id == asked(f)),
                "{f:?} is not asked on step {n}"
            );
        }
    }

    #[test]
    fn choices_read_back_what_they_write() {
        for n in 1..=STEPS {
            for q in questions(n) {
                if let Kind::Choice(options, get, set) = q.kind {
                    let mut a = Answers::default();
                    for i in 0..options().len() {
                        set(&mut a, Some(i));
                        assert_eq!(get(&a), Some(i), "{}", q.id);
                    }
                    set(&mut a, None);
                    assert_eq!(get(&a), None, "{}: not known yet", q.id);
                }
            }
        }
    }

    fn find(id: &str) -> &'static Q {
        (1..=STEPS)
            .flat_map(questions)
            .find(|q| q.id == id)
            .expect(id)
    }

    #[test]
    fn follow_up_questions_are_asked_only_where_they_apply() {
        let shown = |id: &str, a: &Answers| find(id).show.is_none_or(|s| s(a));
        let none = Answers {
            confidentiality: Some(Confidentiality::None),
            ..Answers::default()
        };
        let known = Answers {
            confidentiality: Some(Confidentiality::KnownRecipients),
            ..Answers::default()
        };
        for id in ["accessed", "sensitive_context"] {
            assert!(!shown(id, &none), "{id}: nobody could see the data");
            assert!(shown(id, &known), "{id}");
            assert!(
                shown(id, &Answers::default()),
                "{id}: who could see is open"
            );
        }
        let contained = Answers {
            contained: Some(true),
            ..Answers::default()
        };
        assert!(shown("deletion_confirmed", &contained));
        assert!(!shown("deletion_confirmed", &Answers::default()));
        let health = Answers {
            data: crate::domain::Categories::new().with(DataCategory::Health),
            ..Answers::default()
        };
        assert!(shown("special_details", &health));
        assert!(!shown("special_details", &known));
        let processor = Answers {
            processor_involved: Some(true),
            ..Answers::default()
        };
        assert!(shown("processor_details", &processor));
        assert!(!shown("processor_details", &known));
        // Whoever fills in the check as the processor is not asked whether a processor took part.
        let as_processor = Answers {
            role: Some(Role::Processor),
            processor_involved: Some(true),
            ..Answers::default()
        };
        assert!(shown("processor_involved", &known));
        assert!(!shown("processor_involved", &as_processor));
        assert!(!shown("processor_details", &as_processor));
        let follow_up = Answers {
            follow_up: true,
            ..Answers::default()
        };
        assert!(shown("first_notice", &follow_up));
        assert!(!shown("first_notice", &known));
        // Health data are the first kind in the list, by name.
        assert_eq!(DataCategory::ALL[0], DataCategory::Health);
    }

    #[test]
    fn a_seat_outside_the_eea_asks_for_establishment_countries_and_representative() {
        use crate::domain::authority::Country;
        let shown = |id: &str, a: &Answers| find(id).show.is_none_or(|s| s(a));
        let swiss = Answers {
            role: Some(Role::Controller),
            sector: Some(crate::domain::authority::Sector::Private),
            country: Country::from_code("CH"),
            subject_countries: vec![Country::DE, Country::from_code("FR").unwrap()],
            land: Some(crate::domain::authority::Land::BY),
            ..Answers::default()
        };
        for id in ["eu_establishment", "subject_countries", "representative"] {
            assert!(shown(id, &swiss), "{id}");
            assert!(!shown(id, &Answers::default()), "{id} in Germany");
        }
        assert_eq!(
            answer_text(find("subject_countries"), &swiss, Lang::De),
            "Deutschland; Frankreich"
        );
        let d = swiss.to_facts(
            crate::domain::Instant(1_800_000_000),
            &crate::domain::answers::FixedZone(60),
        );
        assert_eq!(d.assess().authority.ids(), vec!["baylda", "fr-cnil"]);
        // With an establishment in Ireland the countries are not asked, and its authority leads.
        let us = Answers {
            country: Country::from_code("US"),
            eu_establishment: Country::from_code("IE"),
            ..swiss
        };
        assert!(!shown("subject_countries", &us));
        let d = us.to_facts(
            crate::domain::Instant(1_800_000_000),
            &crate::domain::answers::FixedZone(60),
        );
        assert_eq!(d.assess().authority.ids(), vec!["ie-dpc"]);
    }

    #[test]
    fn unclear_access_is_an_answer_of_its_own() {
        let a = Answers::default();
        assert_eq!(
            answer_text(find("accessed"), &a, Lang::De),
            "unklar, ob jemand zugegriffen hat"
        );
        let a = Answers {
            accessed: Some(false),
            subjects_informed: "Brief".into(),
            subjects_informed_at: "2026-11-23T09:00".into(),
            ..a
        };
        assert_eq!(
            answer_text(find("accessed"), &a, Lang::En),
            "no, provably not opened (e.g. according to a log)"
        );
        // Every other yes/no question still says "not known yet" when open.
        assert_eq!(
            answer_text(find("sensitive_context"), &a, Lang::De),
            "noch unklar"
        );
        assert_eq!(
            answer_text(find("subjects_informed"), &a, Lang::De),
            "Brief – Mo., 23.11.2026, 09:00 Uhr"
        );
    }

    #[test]
    fn the_summary_says_what_was_answered_and_what_is_open() {
        let a = Answers {
            subjects: "1494".into(),
            aware_at: "2026-11-23T09:00".into(),
            ..Preset::OpenRecipients.answers()
        };
        assert_eq!(answer_text(find("role"), &a, Lang::De), "noch unklar");
        assert_eq!(
            answer_text(find("incident_type"), &a, Lang::En),
            "e-mail with all recipients visible (To/CC instead of BCC)"
        );
        assert_eq!(answer_text(find("subjects"), &a, Lang::De), "1.494");
        assert_eq!(answer_text(find("subjects"), &a, Lang::En), "1,494");
        assert_eq!(
            answer_text(find("aware"), &a, Lang::De),
            "Mo., 23.11.2026, 09:00 Uhr"
        );
        assert_eq!(
            answer_text(find("description"), &a, Lang::De),
            "keine Angabe"
        );
        assert_eq!(
            answer_text(find("data"), &a, Lang::De),
            "Kontaktdaten (Name, Anschrift, E-Mail, Telefon)"
        );
        assert_eq!(
            answer_text(find("seat"), &a, Lang::De),
            "Deutschland, noch unklar"
        );
        // A bad count is shown as typed, never lost.
        let bad = Answers {
            subjects: "zwölf".into(),
            ..a
        };
        assert_eq!(answer_text(find("subjects"), &bad, Lang::De), "zwölf");
    }
}
