//! Every choice of the engine has one key, its serde name: `key()` is what serde writes, and
//! `from_key` reads it back (`src/domain/keys.rs`).

use selbstcheck::domain::answers::{Cause, Discovery, IncidentType, Occurrence};
use selbstcheck::domain::keys::{from_key, names};
use selbstcheck::domain::organisation::{Diocese, EuRegion, Land, Sector, SpecialBody};
use selbstcheck::domain::presets::Preset;
use selbstcheck::domain::{
    Availability, Confidentiality, DataCategory, Integrity, RiskLevel, Role, SubjectNotice,
};
use serde::de::DeserializeOwned;
use serde::Serialize;

/// Every choice of the engine: `key()` is what serde writes, and `from_key` reads it back.
#[test]
fn every_choice_key_is_its_serde_name() {
    fn check<T>(all: &[T], key: fn(T) -> &'static str)
    where
        T: Copy + PartialEq + std::fmt::Debug + Serialize + DeserializeOwned,
    {
        assert_eq!(all.len(), names::<T>().len(), "{all:?}");
        for v in all {
            assert_eq!(serde_json::to_value(v).unwrap(), key(*v), "{v:?}");
            assert_eq!(from_key::<T>(key(*v)), Some(*v));
        }
    }
    check(&Role::ALL, Role::key);
    check(&Confidentiality::ALL, Confidentiality::key);
    check(&Integrity::ALL, Integrity::key);
    check(&Availability::ALL, Availability::key);
    check(&DataCategory::ALL, DataCategory::key);
    check(&IncidentType::ALL, IncidentType::key);
    check(&Cause::ALL, Cause::key);
    check(&Occurrence::ALL, Occurrence::key);
    check(&Discovery::ALL, Discovery::key);
    check(&Sector::ALL, Sector::key);
    check(&Land::ALL, Land::key);
    check(&Diocese::ALL, Diocese::key);
    check(&SpecialBody::ALL, SpecialBody::key);
    check(&EuRegion::ALL, EuRegion::key);
    check(&Preset::ALL, Preset::key);
    check(
        &[RiskLevel::Low, RiskLevel::Risk, RiskLevel::High],
        RiskLevel::key,
    );
    check(
        &[
            SubjectNotice::Yes,
            SubjectNotice::No,
            SubjectNotice::PublicCommunication,
        ],
        SubjectNotice::key,
    );
    assert_eq!(Land::NW.code(), "NW");
    assert_eq!(DataCategory::NationalId.key(), "national_id");
}
