//! The saved-case file: every answer as a versioned JSON document, and reading it back
//! (issue #6, format in `docs/CASE_FILE.md`).
//!
//! ```json
//! {"format": "datenpanne-selbstcheck/case", "version": 1,
//!  "saved_at": "2026-11-23T09:00:00Z", "answers": {"role": "controller", ...}}
//! ```
//!
//! [`export`] writes every field of [`Answers`]; [`import`] reads it back, and
//! `import(export(x)) == x` for every `x` (property test in `tests/case_file.rs`). The keys of the
//! choices are their serde names (`key()`, `from_key`). The answers themselves are mapped field
//! by field, by hand: both directions name every field of `Answers` without `..`, so a field added
//! to `Answers` does not compile until it is saved and read here too. Why not serde's derive on
//! `Answers`: with `serde_json::Value` it costs about 13 KB brotli in the app module, which must
//! stay within its download budget (measured 2026-12-04; `docs/PERFORMANCE.md`).
//!
//! An import either yields complete answers or an [`ImportError`] and nothing else: the caller
//! replaces its answers only on success, so a bad file never changes anything. Keys inside
//! `answers` that this version does not know are ignored and reported as a [`Warning`] (a later
//! release may add questions without a new format version); a missing key means "not answered".
//! A file of a newer format version is rejected.

use serde_json::{Map, Value};

use super::answers::{Answers, Cause, Discovery, IncidentType, Occurrence};
use super::facts::{Availability, Categories, Confidentiality, DataCategory, Integrity, Role};
use super::instant::Instant;
use super::lang::Lang;
use super::organisation::{Country, Diocese, Land, Sector, SpecialBody};

/// The value of the `format` key.
pub const FORMAT: &str = "datenpanne-selbstcheck/case";
/// The format version this release writes and the newest it reads.
pub const VERSION: u64 = 1;
/// The largest file accepted, in bytes (a real case is a few kilobytes).
pub const MAX_BYTES: usize = 1_000_000;
/// How many unknown keys a warning names before it says "…".
const MAX_NAMED_KEYS: usize = 10;

/// Why a file was not loaded. Nothing was changed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportError {
    /// Larger than [`MAX_BYTES`].
    TooLarge,
    /// Not JSON at all.
    NotJson,
    /// JSON, but not a saved case of this app (no or another `format`).
    OtherFormat,
    /// A saved case of a newer format version than this release reads.
    NewerVersion(u64),
    /// A saved case with a missing or broken part: the key that is wrong (`version`, `answers`
    /// or `answers.<field>`).
    Invalid(String),
}

impl ImportError {
    /// The message shown to the user.
    pub fn message(&self, lang: Lang) -> String {
        match (self, lang) {
            (ImportError::TooLarge, Lang::De) => {
                "Diese Datei ist zu groß für einen gespeicherten Fall (höchstens 1 MB). Es wurde nichts geändert.".into()
            }
            (ImportError::TooLarge, Lang::En) => {
                "This file is too large for a saved case (at most 1 MB). Nothing was changed.".into()
            }
            (ImportError::NotJson, Lang::De) => {
                "Diese Datei ist kein gespeicherter Fall: Sie enthält kein gültiges JSON. Es wurde nichts geändert.".into()
            }
            (ImportError::NotJson, Lang::En) => {
                "This file is not a saved case: it does not contain valid JSON. Nothing was changed.".into()
            }
            (ImportError::OtherFormat, Lang::De) => {
                "Diese Datei ist kein mit dem Datenpanne-Selbstcheck gespeicherter Fall. Es wurde nichts geändert.".into()
            }
            (ImportError::OtherFormat, Lang::En) => {
                "This file is not a case saved by the Datenpanne-Selbstcheck. Nothing was changed.".into()
            }
            (ImportError::NewerVersion(v), Lang::De) => format!(
                "Dieser Fall wurde mit einer neueren Version des Selbstchecks gespeichert (Format-Version {v}); diese Version liest nur Format-Version {VERSION}. Laden Sie die Seite mit Internetverbindung neu und versuchen Sie es noch einmal. Es wurde nichts geändert."
            ),
            (ImportError::NewerVersion(v), Lang::En) => format!(
                "This case was saved by a newer version of the self-check (format version {v}); this version reads format version {VERSION} only. Reload the page while online and try again. Nothing was changed."
            ),
            (ImportError::Invalid(key), Lang::De) => format!(
                "Diese Datei ist beschädigt: Die Angabe „{key}“ fehlt oder ist ungültig. Es wurde nichts geändert."
            ),
            (ImportError::Invalid(key), Lang::En) => format!(
                "This file is damaged: the entry “{key}” is missing or not valid. Nothing was changed."
            ),
        }
    }
}

/// Something the user should know about a file that was loaded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Warning {
    /// Keys in `answers` this version does not know; their values were not taken over. `named`
    /// holds the first ones in alphabetical order (at most 10), `count` says how many there were.
    UnknownKeys { named: Vec<String>, count: usize },
}

impl Warning {
    /// The message shown to the user.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            Warning::UnknownKeys { named, count } => {
                let mut list = named
                    .iter()
                    .map(|k| format!("„{k}“"))
                    .collect::<Vec<_>>()
                    .join(", ");
                if *count > named.len() {
                    list.push_str(", …");
                }
                match lang {
                    Lang::De => format!(
                        "Diese Angaben kennt diese Version nicht; sie wurden nicht übernommen: {list}."
                    ),
                    Lang::En => format!(
                        "This version does not know these entries; they were not taken over: {list}."
                    ),
                }
            }
        }
    }
}

/// A file that was read successfully.
#[derive(Clone, Debug, PartialEq)]
pub struct Imported {
    pub answers: Answers,
    /// `saved_at` as written in the file, if it is a string.
    pub saved_at: Option<String>,
    pub warnings: Vec<Warning>,
}

/// The saved-case document for `answers`, saved at `saved_at`.
pub fn to_value(answers: &Answers, saved_at: Instant) -> Value {
    let mut doc = Map::new();
    doc.insert("format".into(), FORMAT.into());
    doc.insert("version".into(), VERSION.into());
    doc.insert("saved_at".into(), saved_at.to_rfc3339_utc().into());
    doc.insert("answers".into(), Value::Object(answers_to_map(answers)));
    Value::Object(doc)
}

/// The saved-case file for `answers`: pretty-printed JSON with a final newline.
pub fn export(answers: &Answers, saved_at: Instant) -> String {
    export_with(answers, saved_at, |doc| {
        serde_json::to_string_pretty(doc).unwrap_or_else(|_| String::from("{}"))
    })
}

/// [`export`] with another JSON printer (the app uses the browser's `JSON.stringify`, which
/// saves shipping serde_json's printer in the wasm; the output is the same JSON document).
pub fn export_with(
    answers: &Answers,
    saved_at: Instant,
    print: impl FnOnce(&Value) -> String,
) -> String {
    let mut text = print(&to_value(answers, saved_at));
    text.push('\n');
    text
}

/// Read a saved-case file. On error, nothing is returned to apply.
pub fn import(text: &str) -> Result<Imported, ImportError> {
    import_with(text, |t| serde_json::from_str(t).ok())
}

/// [`import`] with another JSON parser (the app uses the browser's `JSON.parse`); `parse`
/// returns `None` for text that is not JSON. The size limit is checked before parsing.
pub fn import_with(
    text: &str,
    parse: impl FnOnce(&str) -> Option<Value>,
) -> Result<Imported, ImportError> {
    if text.len() > MAX_BYTES {
        return Err(ImportError::TooLarge);
    }
    let doc = parse(text).ok_or(ImportError::NotJson)?;
    from_value(&doc)
}

/// Read a parsed saved-case document.
pub fn from_value(doc: &Value) -> Result<Imported, ImportError> {
    let doc = doc.as_object().ok_or(ImportError::OtherFormat)?;
    if doc.get("format").and_then(Value::as_str) != Some(FORMAT) {
        return Err(ImportError::OtherFormat);
    }
    let version = match doc.get("version") {
        Some(Value::Number(n)) => n.as_u64().filter(|v| *v >= 1),
        _ => None,
    }
    .ok_or_else(|| ImportError::Invalid("version".into()))?;
    if version > VERSION {
        return Err(ImportError::NewerVersion(version));
    }
    let map = doc
        .get("answers")
        .and_then(Value::as_object)
        .ok_or_else(|| ImportError::Invalid("answers".into()))?;
    let answers = answers_from_map(map)?;
    let known = answers_to_map(&answers);
    // The alphabetically first unknown keys, the same whether or not serde_json keeps the file's
    // order (natively it does, in the wasm its maps are sorted); bounded however many there are.
    let (mut named, mut count) = (Vec::<String>::new(), 0);
    for key in map.keys().filter(|k| !known.contains_key(*k)) {
        count += 1;
        let at = named.binary_search(key).unwrap_or_else(|at| at);
        if at < MAX_NAMED_KEYS {
            named.insert(at, key.clone());
            named.truncate(MAX_NAMED_KEYS);
        }
    }
    let warnings = if count == 0 {
        Vec::new()
    } else {
        vec![Warning::UnknownKeys { named, count }]
    };
    Ok(Imported {
        answers,
        saved_at: doc
            .get("saved_at")
            .and_then(Value::as_str)
            .map(str::to_owned),
        warnings,
    })
}

// ---------------------------------------------------------------------------------------------
// Answers <-> JSON, field by field
// ---------------------------------------------------------------------------------------------

fn opt<T>(value: Option<T>, key: impl Fn(T) -> &'static str) -> Value {
    value.map_or(Value::Null, |v| Value::from(key(v)))
}

fn tri(value: Option<bool>) -> Value {
    value.map_or(Value::Null, Value::from)
}

/// Every answer under its key. Destructures `Answers` completely: a new field must be added.
fn answers_to_map(answers: &Answers) -> Map<String, Value> {
    let Answers {
        role,
        sector,
        country,
        land,
        diocese,
        special,
        eu_establishment,
        representative,
        subject_countries,
        org_name,
        org_address,
        contact_name,
        contact_role,
        contact_email,
        contact_phone,
        dpo,
        personal_data,
        confidentiality,
        integrity,
        availability,
        incident_type,
        cause,
        description,
        accessed,
        sensitive_context,
        occurrence,
        occurred_from,
        occurred_to,
        aware_at,
        discovery,
        discovery_details,
        data,
        data_unknown,
        subjects,
        subjects_unknown,
        records,
        records_unknown,
        subject_groups,
        vulnerable,
        cross_border,
        special_details,
        unintelligible,
        backup_restored,
        contained,
        deletion_confirmed,
        measures_before,
        processor_involved,
        processor_details,
        high_risk_neutralised,
        measures_taken,
        measures_planned,
        misuse_observed,
        consequences,
        disproportionate_effort,
        subjects_informed,
        subjects_informed_at,
        never_ask_data,
        other_authorities,
        follow_up,
        first_notice_at,
        first_notice_reference,
        delay_reasons,
    } = answers;
    let country = country.map_or(Value::Null, |c| Value::from(c.as_str()));
    let data: Vec<Value> = data.iter().map(|c| Value::from(c.key())).collect();
    let entries: [(&str, Value); 62] = [
        ("role", opt(*role, Role::key)),
        ("sector", opt(*sector, Sector::key)),
        ("country", country),
        ("land", opt(*land, Land::code)),
        ("diocese", opt(*diocese, Diocese::key)),
        ("special", opt(*special, SpecialBody::key)),
        (
            "eu_establishment",
            eu_establishment.map_or(Value::Null, |c| Value::from(c.as_str())),
        ),
        ("representative", representative.as_str().into()),
        (
            "subject_countries",
            Value::Array(
                subject_countries
                    .iter()
                    .map(|c| Value::from(c.as_str()))
                    .collect(),
            ),
        ),
        ("org_name", org_name.as_str().into()),
        ("org_address", org_address.as_str().into()),
        ("contact_name", contact_name.as_str().into()),
        ("contact_role", contact_role.as_str().into()),
        ("contact_email", contact_email.as_str().into()),
        ("contact_phone", contact_phone.as_str().into()),
        ("dpo", dpo.as_str().into()),
        ("personal_data", tri(*personal_data)),
        (
            "confidentiality",
            opt(*confidentiality, Confidentiality::key),
        ),
        ("integrity", opt(*integrity, Integrity::key)),
        ("availability", opt(*availability, Availability::key)),
        ("incident_type", opt(*incident_type, IncidentType::key)),
        ("cause", opt(*cause, Cause::key)),
        ("description", description.as_str().into()),
        ("accessed", tri(*accessed)),
        ("sensitive_context", tri(*sensitive_context)),
        ("occurrence", occurrence.key().into()),
        ("occurred_from", occurred_from.as_str().into()),
        ("occurred_to", occurred_to.as_str().into()),
        ("aware_at", aware_at.as_str().into()),
        ("discovery", opt(*discovery, Discovery::key)),
        ("discovery_details", discovery_details.as_str().into()),
        ("data", Value::Array(data)),
        ("data_unknown", (*data_unknown).into()),
        ("subjects", subjects.as_str().into()),
        ("subjects_unknown", (*subjects_unknown).into()),
        ("records", records.as_str().into()),
        ("records_unknown", (*records_unknown).into()),
        ("subject_groups", subject_groups.as_str().into()),
        ("vulnerable", tri(*vulnerable)),
        ("cross_border", tri(*cross_border)),
        ("special_details", special_details.as_str().into()),
        ("unintelligible", tri(*unintelligible)),
        ("backup_restored", tri(*backup_restored)),
        ("contained", tri(*contained)),
        ("deletion_confirmed", tri(*deletion_confirmed)),
        ("measures_before", measures_before.as_str().into()),
        ("processor_involved", tri(*processor_involved)),
        ("processor_details", processor_details.as_str().into()),
        ("high_risk_neutralised", tri(*high_risk_neutralised)),
        ("measures_taken", measures_taken.as_str().into()),
        ("measures_planned", measures_planned.as_str().into()),
        ("misuse_observed", tri(*misuse_observed)),
        ("consequences", consequences.as_str().into()),
        ("disproportionate_effort", tri(*disproportionate_effort)),
        ("subjects_informed", subjects_informed.as_str().into()),
        ("subjects_informed_at", subjects_informed_at.as_str().into()),
        ("never_ask_data", (*never_ask_data).into()),
        ("other_authorities", other_authorities.as_str().into()),
        ("follow_up", (*follow_up).into()),
        ("first_notice_at", first_notice_at.as_str().into()),
        (
            "first_notice_reference",
            first_notice_reference.as_str().into(),
        ),
        ("delay_reasons", delay_reasons.as_str().into()),
    ];
    // Inserted one by one: collecting would sort the entries first, which costs download size.
    let mut map = Map::new();
    for (key, value) in entries {
        map.insert(key.to_owned(), value);
    }
    map
}

/// Reads one `answers` object; every error names the key.
struct Reader<'a>(&'a Map<String, Value>);

impl Reader<'_> {
    fn invalid(key: &str) -> ImportError {
        ImportError::Invalid(format!("answers.{key}"))
    }
    /// A free text; missing or `null` is "not answered" (empty).
    fn text(&self, key: &str) -> Result<String, ImportError> {
        match self.0.get(key) {
            None | Some(Value::Null) => Ok(String::new()),
            Some(Value::String(s)) => Ok(s.clone()),
            Some(_) => Err(Self::invalid(key)),
        }
    }
    /// A yes/no that is always answered; missing or `null` is "no".
    fn flag(&self, key: &str) -> Result<bool, ImportError> {
        match self.0.get(key) {
            None | Some(Value::Null) => Ok(false),
            Some(Value::Bool(b)) => Ok(*b),
            Some(_) => Err(Self::invalid(key)),
        }
    }
    /// A yes/no that may be open (`null`).
    fn tri(&self, key: &str) -> Result<Option<bool>, ImportError> {
        match self.0.get(key) {
            None | Some(Value::Null) => Ok(None),
            Some(Value::Bool(b)) => Ok(Some(*b)),
            Some(_) => Err(Self::invalid(key)),
        }
    }
    /// The key of a choice, or `None` for "not answered" (`null` or missing).
    fn choice_key(&self, key: &str) -> Result<Option<&str>, ImportError> {
        match self.0.get(key) {
            None | Some(Value::Null) => Ok(None),
            Some(Value::String(s)) => Ok(Some(s)),
            Some(_) => Err(Self::invalid(key)),
        }
    }
    /// A choice by its key, or `None` for "not answered".
    fn choice<T>(
        &self,
        key: &str,
        from_key: fn(&str) -> Option<T>,
    ) -> Result<Option<T>, ImportError> {
        match self.choice_key(key)? {
            None => Ok(None),
            Some(s) => from_key(s).map(Some).ok_or_else(|| Self::invalid(key)),
        }
    }
    /// A list of country codes; missing or `null` is none. Each code at most once.
    fn countries(&self, key: &str) -> Result<Vec<Country>, ImportError> {
        match self.0.get(key) {
            None | Some(Value::Null) => Ok(Vec::new()),
            Some(Value::Array(items)) => {
                let mut out: Vec<Country> = Vec::new();
                for item in items {
                    let c = item
                        .as_str()
                        .and_then(Country::from_code)
                        .ok_or_else(|| Self::invalid(key))?;
                    if !out.contains(&c) {
                        out.push(c);
                    }
                }
                Ok(out)
            }
            Some(_) => Err(Self::invalid(key)),
        }
    }
    fn categories(&self, key: &str) -> Result<Categories, ImportError> {
        match self.0.get(key) {
            None | Some(Value::Null) => Ok(Categories::new()),
            Some(Value::Array(items)) => items
                .iter()
                .map(|item| {
                    item.as_str()
                        .and_then(DataCategory::from_key)
                        .ok_or_else(|| Self::invalid(key))
                })
                .collect(),
            Some(_) => Err(Self::invalid(key)),
        }
    }
}

/// The answers in `map`. Names every field of `Answers` without `..`: a new field must be read
/// here. (Filled in place, so an error drops one value, not each field built so far.)
fn answers_from_map(map: &Map<String, Value>) -> Result<Answers, ImportError> {
    let r = Reader(map);
    let mut answers = Answers::default();
    let Answers {
        role,
        sector,
        country,
        land,
        diocese,
        special,
        eu_establishment,
        representative,
        subject_countries,
        org_name,
        org_address,
        contact_name,
        contact_role,
        contact_email,
        contact_phone,
        dpo,
        personal_data,
        confidentiality,
        integrity,
        availability,
        incident_type,
        cause,
        description,
        accessed,
        sensitive_context,
        occurrence,
        occurred_from,
        occurred_to,
        aware_at,
        discovery,
        discovery_details,
        data,
        data_unknown,
        subjects,
        subjects_unknown,
        records,
        records_unknown,
        subject_groups,
        vulnerable,
        cross_border,
        special_details,
        unintelligible,
        backup_restored,
        contained,
        deletion_confirmed,
        measures_before,
        processor_involved,
        processor_details,
        high_risk_neutralised,
        measures_taken,
        measures_planned,
        misuse_observed,
        consequences,
        disproportionate_effort,
        subjects_informed,
        subjects_informed_at,
        never_ask_data,
        other_authorities,
        follow_up,
        first_notice_at,
        first_notice_reference,
        delay_reasons,
    } = &mut answers;
    *role = r.choice("role", Role::from_key)?;
    *sector = r.choice("sector", Sector::from_key)?;
    *country = r.choice("country", Country::from_code)?;
    *land = r.choice("land", Land::from_code)?;
    *diocese = r.choice("diocese", Diocese::from_key)?;
    *special = r.choice("special", SpecialBody::from_key)?;
    *eu_establishment = r.choice("eu_establishment", Country::from_code)?;
    *subject_countries = r.countries("subject_countries")?;
    for (key, text) in [
        ("org_name", org_name),
        ("representative", representative),
        ("org_address", org_address),
        ("contact_name", contact_name),
        ("contact_role", contact_role),
        ("contact_email", contact_email),
        ("contact_phone", contact_phone),
        ("dpo", dpo),
        ("description", description),
        ("occurred_from", occurred_from),
        ("occurred_to", occurred_to),
        ("aware_at", aware_at),
        ("discovery_details", discovery_details),
        ("subjects", subjects),
        ("records", records),
        ("subject_groups", subject_groups),
        ("special_details", special_details),
        ("measures_before", measures_before),
        ("processor_details", processor_details),
        ("subjects_informed_at", subjects_informed_at),
        ("first_notice_at", first_notice_at),
        ("first_notice_reference", first_notice_reference),
        ("measures_taken", measures_taken),
        ("measures_planned", measures_planned),
        ("consequences", consequences),
        ("subjects_informed", subjects_informed),
        ("other_authorities", other_authorities),
        ("delay_reasons", delay_reasons),
    ] {
        *text = r.text(key)?;
    }
    for (key, tri) in [
        ("personal_data", personal_data),
        ("accessed", accessed),
        ("sensitive_context", sensitive_context),
        ("cross_border", cross_border),
        ("deletion_confirmed", deletion_confirmed),
        ("processor_involved", processor_involved),
        ("vulnerable", vulnerable),
        ("unintelligible", unintelligible),
        ("backup_restored", backup_restored),
        ("contained", contained),
        ("high_risk_neutralised", high_risk_neutralised),
        ("misuse_observed", misuse_observed),
        ("disproportionate_effort", disproportionate_effort),
    ] {
        *tri = r.tri(key)?;
    }
    for (key, flag) in [
        ("data_unknown", data_unknown),
        ("subjects_unknown", subjects_unknown),
        ("records_unknown", records_unknown),
        ("never_ask_data", never_ask_data),
        ("follow_up", follow_up),
    ] {
        *flag = r.flag(key)?;
    }
    *confidentiality = r.choice("confidentiality", Confidentiality::from_key)?;
    *integrity = r.choice("integrity", Integrity::from_key)?;
    *availability = r.choice("availability", Availability::from_key)?;
    *incident_type = r.choice("incident_type", IncidentType::from_key)?;
    *cause = r.choice("cause", Cause::from_key)?;
    *occurrence = r
        .choice("occurrence", Occurrence::from_key)?
        .unwrap_or_default();
    *discovery = r.choice("discovery", Discovery::from_key)?;
    *data = r.categories("data")?;
    Ok(answers)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::facts::{Categories, Confidentiality, DataCategory, Role};
    use crate::domain::organisation::{Land, Sector};

    fn now() -> Instant {
        Instant::from_utc(2026, 11, 23, 9, 30).unwrap()
    }

    fn sample() -> Answers {
        Answers {
            role: Some(Role::Controller),
            sector: Some(Sector::Public),
            land: Some(Land::NW),
            org_name: "Kreisverwaltung „Beispiel“ 🏛".into(),
            personal_data: Some(true),
            confidentiality: Some(Confidentiality::KnownRecipients),
            data: Categories::new()
                .with(DataCategory::Contact)
                .with(DataCategory::Criminal),
            subjects: "1.494".into(),
            vulnerable: Some(false),
            follow_up: true,
            ..Answers::default()
        }
    }

    #[test]
    fn a_case_survives_export_and_import() {
        let a = sample();
        let text = export(&a, now());
        let back = import(&text).unwrap();
        assert_eq!(back.answers, a);
        assert!(back.warnings.is_empty());
        assert_eq!(back.saved_at.as_deref(), Some("2026-11-23T09:30:00Z"));
    }

    #[test]
    fn the_document_has_its_header_and_every_answer() {
        let v = to_value(&Answers::default(), now());
        assert_eq!(v["format"], FORMAT);
        assert_eq!(v["version"], 1);
        assert_eq!(v["saved_at"], "2026-11-23T09:30:00Z");
        let answers = v["answers"].as_object().unwrap();
        assert_eq!(answers.len(), 62);
        assert_eq!(answers["role"], Value::Null);
        assert_eq!(answers["occurrence"], "unknown");
        assert_eq!(answers["data"], Value::Array(vec![]));
        assert_eq!(answers["follow_up"], false);
        let full = to_value(&sample(), now());
        assert_eq!(full["answers"]["land"], "NW");
        assert_eq!(
            full["answers"]["data"],
            serde_json::json!(["contact", "criminal"])
        );
    }

    #[test]
    fn messages_are_exact_in_both_languages() {
        let cases = [
            (
                ImportError::TooLarge,
                "Diese Datei ist zu groß für einen gespeicherten Fall (höchstens 1 MB). Es wurde nichts geändert.",
                "This file is too large for a saved case (at most 1 MB). Nothing was changed.",
            ),
            (
                ImportError::NotJson,
                "Diese Datei ist kein gespeicherter Fall: Sie enthält kein gültiges JSON. Es wurde nichts geändert.",
                "This file is not a saved case: it does not contain valid JSON. Nothing was changed.",
            ),
            (
                ImportError::OtherFormat,
                "Diese Datei ist kein mit dem Datenpanne-Selbstcheck gespeicherter Fall. Es wurde nichts geändert.",
                "This file is not a case saved by the Datenpanne-Selbstcheck. Nothing was changed.",
            ),
            (
                ImportError::NewerVersion(2),
                "Dieser Fall wurde mit einer neueren Version des Selbstchecks gespeichert (Format-Version 2); diese Version liest nur Format-Version 1. Laden Sie die Seite mit Internetverbindung neu und versuchen Sie es noch einmal. Es wurde nichts geändert.",
                "This case was saved by a newer version of the self-check (format version 2); this version reads format version 1 only. Reload the page while online and try again. Nothing was changed.",
            ),
            (
                ImportError::Invalid("answers.land".into()),
                "Diese Datei ist beschädigt: Die Angabe „answers.land“ fehlt oder ist ungültig. Es wurde nichts geändert.",
                "This file is damaged: the entry “answers.land” is missing or not valid. Nothing was changed.",
            ),
        ];
        for (error, de, en) in cases {
            assert_eq!(error.message(Lang::De), de);
            assert_eq!(error.message(Lang::En), en);
        }
        let w = Warning::UnknownKeys {
            named: vec!["pets".into(), "weather".into()],
            count: 2,
        };
        assert_eq!(
            w.message(Lang::De),
            "Diese Angaben kennt diese Version nicht; sie wurden nicht übernommen: „pets“, „weather“."
        );
        assert_eq!(
            w.message(Lang::En),
            "This version does not know these entries; they were not taken over: „pets“, „weather“."
        );
        let many = Warning::UnknownKeys {
            named: (0..10).map(|i| format!("k{i}")).collect(),
            count: 12,
        };
        assert!(many.message(Lang::En).ends_with("„k9“, …."));
    }

    #[test]
    fn bad_files_are_refused_with_their_reason() {
        assert_eq!(import("not json"), Err(ImportError::NotJson));
        assert_eq!(import(""), Err(ImportError::NotJson));
        assert_eq!(import("[1, 2]"), Err(ImportError::OtherFormat));
        assert_eq!(import("{}"), Err(ImportError::OtherFormat));
        assert_eq!(
            import(r#"{"format": "something-else", "version": 1, "answers": {}}"#),
            Err(ImportError::OtherFormat)
        );
        assert_eq!(
            import(r#"{"format": "datenpanne-selbstcheck/case", "version": 2, "answers": {}}"#),
            Err(ImportError::NewerVersion(2))
        );
        assert_eq!(
            import(
                r#"{"format": "datenpanne-selbstcheck/case", "version": 99999999999, "answers": 5}"#
            ),
            Err(ImportError::NewerVersion(99_999_999_999))
        );
        for version in ["0", "-1", "1.5", "\"1\"", "null"] {
            let text = format!(
                r#"{{"format": "datenpanne-selbstcheck/case", "version": {version}, "answers": {{}}}}"#
            );
            assert_eq!(
                import(&text),
                Err(ImportError::Invalid("version".into())),
                "{version}"
            );
        }
        assert_eq!(
            import(r#"{"format": "datenpanne-selbstcheck/case", "version": 1}"#),
            Err(ImportError::Invalid("answers".into()))
        );
        let too_large = format!("{{\"pad\": \"{}\"}}", "x".repeat(MAX_BYTES));
        assert_eq!(import(&too_large), Err(ImportError::TooLarge));
    }

    #[test]
    fn a_broken_answer_is_named() {
        let bad = [
            (r#""land": "XX""#, "answers.land"),
            (r#""land": 5"#, "answers.land"),
            (r#""org_name": 5"#, "answers.org_name"),
            (r#""vulnerable": "yes""#, "answers.vulnerable"),
            (r#""follow_up": 1"#, "answers.follow_up"),
            (r#""data": ["contact", "shoe_size"]"#, "answers.data"),
            (r#""data": "contact""#, "answers.data"),
            (r#""country": "de""#, "answers.country"),
            (r#""occurrence": null, "role": "boss""#, "answers.role"),
        ];
        for (entry, key) in bad {
            let text = format!(
                r#"{{"format": "datenpanne-selbstcheck/case", "version": 1, "answers": {{{entry}}}}}"#
            );
            assert_eq!(
                import(&text),
                Err(ImportError::Invalid(key.into())),
                "{entry}"
            );
        }
    }

    #[test]
    fn many_unknown_keys_name_the_first_ten_alphabetically() {
        let keys: Vec<String> = (0..15).rev().map(|i| format!("\"x{i:02}\": {i}")).collect();
        let text = format!(
            r#"{{"format": "datenpanne-selbstcheck/case", "version": 1, "answers": {{{}}}}}"#,
            keys.join(", ")
        );
        let back = import(&text).unwrap();
        assert_eq!(
            back.warnings,
            vec![Warning::UnknownKeys {
                named: (0..10).map(|i| format!("x{i:02}")).collect(),
                count: 15
            }]
        );
        assert!(back.warnings[0].message(Lang::De).ends_with("„x09“, …."));
    }

    #[test]
    fn missing_answers_are_open_and_unknown_keys_are_reported() {
        let text = r#"{"format": "datenpanne-selbstcheck/case", "version": 1,
            "answers": {"land": "BY", "pets": 3, "role": null, "aardvark": []}}"#;
        let back = import(text).unwrap();
        assert_eq!(
            back.answers,
            Answers {
                land: Some(Land::BY),
                ..Answers::default()
            }
        );
        assert_eq!(back.saved_at, None);
        assert_eq!(
            back.warnings,
            vec![Warning::UnknownKeys {
                named: vec!["aardvark".into(), "pets".into()],
                count: 2
            }],
            "sorted, whatever the file's order"
        );
    }
}
