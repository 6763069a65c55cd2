//! The saved-case file: every answer as a versioned JSON document, and reading it back
//! (issue #6, format in `docs/CASE_FILE.md`).
//!
//! ```json
//! {"format": "datenpanne-selbstcheck/case", "version": 1,
//!  "saved_at": "2026-11-23T09:00:00Z", "answers": {"role": "controller", ...}}
//! ```
//!
//! [`export`] writes every field of [`Answers`]; [`import`] reads it back, and
//! `import(export(x)) == x` for every `x` (property test in `tests/case_file.rs`). The answers are
//! `Answers` with serde's derive: a field's name is its key, a choice's serde name its value, and
//! a field added to `Answers` is saved and read with nothing else to change. The derive runs on
//! [`typed`]'s small reader and writer instead of `serde_json::from_value`/`to_value` and
//! `serde_path_to_error`: the same documents, and the key of the broken answer named in an error
//! (where several are broken, the first in the order of `Answers`' fields, in the app as in the
//! tests), for about 10 KB brotli less in the app module (`docs/PERFORMANCE.md`).
//!
//! An import either yields complete answers or an [`ImportError`] and nothing else: the caller
//! replaces its answers only on success, so a bad file never changes anything. Keys inside
//! `answers` that this version does not know are ignored and reported as a [`Warning`] (a later
//! release may add questions without a new format version); a missing key means "not answered".
//! A file of a newer format version is rejected.

use serde::Serialize;
use serde_json::Value;

use super::answers::Answers;
use super::instant::Instant;
use super::keys;
use super::lang::Lang;
use super::typed;

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

/// The document as written: the header, then every answer under its serde name.
#[derive(Serialize)]
struct Document<'a> {
    format: &'static str,
    version: u64,
    saved_at: String,
    answers: &'a Answers,
}

/// The saved-case document for `answers`, saved at `saved_at`.
pub fn to_value(answers: &Answers, saved_at: Instant) -> Value {
    let doc = Document {
        format: FORMAT,
        version: VERSION,
        saved_at: saved_at.to_rfc3339_utc(),
        answers,
    };
    typed::to_value(&doc)
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
    // `null` reads as "not answered", as a missing key does (`#[serde(default)]` on `Answers`).
    let answers: Answers = typed::from_map(map).map_err(|typed::Misfit(key)| {
        ImportError::Invalid(key.map_or("answers".into(), |k| format!("answers.{k}")))
    })?;
    let known = keys::names::<Answers>();
    // The alphabetically first unknown keys, the same whether or not serde_json keeps the file's
    // order (natively it does, in the wasm its maps are sorted); bounded however many there are.
    let (mut named, mut count) = (Vec::<String>::new(), 0);
    for key in map.keys().filter(|k| !known.contains(&k.as_str())) {
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
            // Several broken: the first in the order of the questions, whatever the file's order.
            (r#""land": "XX", "role": "boss""#, "answers.role"),
            (r#""role": "boss", "land": "XX""#, "answers.role"),
            (
                r#""subject_countries": ["FR", 1], "country": "de""#,
                "answers.country",
            ),
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
    fn a_country_listed_twice_is_read_once() {
        let text = r#"{"format": "datenpanne-selbstcheck/case", "version": 1,
            "answers": {"subject_countries": ["FR", "AT", "FR", "AT"]}}"#;
        let read = import(text).map(|i| i.answers.subject_countries);
        let code = |c: &str| crate::domain::organisation::Country::from_code(c).unwrap();
        assert_eq!(read, Ok(vec![code("FR"), code("AT")]));
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
