//! The breach register (Art. 33(5)): the cases a user chooses to keep, on this device only.
//!
//! Each row records what was decided when the case was put in the register (risk, deadline,
//! authority, whether the people are told) and keeps the whole saved case, so that the internal
//! record can be drawn again for any row. The user adds when the authority was notified and its
//! reference. The register is exported as JSON (format `datenpanne-selbstcheck/register`, read
//! back with the same care as a saved case: a file is taken whole or not at all) and as CSV for
//! spreadsheets (UTF-8 with a byte order mark, so that Excel keeps the umlauts; a cell that starts
//! like a formula is defused).

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::answers::Answers;
use super::authority;
use super::case_file::{self, ImportError};
use super::instant::Instant;
use super::lang::{pick, Lang};
use super::reason::level_name;
use super::{Assessment, SubjectNotice};

/// The value of the `format` key.
pub const FORMAT: &str = "datenpanne-selbstcheck/register";
/// The format version this release writes and the newest it reads.
pub const VERSION: u64 = 1;
/// The largest register file accepted, in bytes.
pub const MAX_BYTES: usize = 20_000_000;
/// The most rows a register holds.
pub const MAX_ENTRIES: usize = 2_000;

/// One case in the register.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Entry {
    /// Stable per case: two saves of the same case replace each other.
    pub id: String,
    /// When the row was written, RFC 3339 in UTC.
    pub saved_at: String,
    /// A short title the user recognises.
    pub title: String,
    /// When the organisation became aware, local wall-clock time as entered.
    pub aware_at: String,
    /// The Art. 33(1) deadline, RFC 3339 in UTC; `None` where none is due or known.
    pub deadline: Option<String>,
    /// `low`, `risk`, `high`; `None` where it is no breach.
    pub risk: Option<String>,
    /// Whether the authority must be notified, as decided.
    pub notify_authority: bool,
    /// The competent authority or authorities, by name.
    pub authority: String,
    /// When the authority was notified (`YYYY-MM-DD`, as entered); empty: not (yet).
    #[serde(default)]
    pub notified_at: String,
    /// The authority's reference (Aktenzeichen).
    #[serde(default)]
    pub reference: String,
    /// Whether the people are told: `yes`, `no`, `public_communication`.
    pub subjects: String,
    /// How and when the people were told, as the user wrote it.
    #[serde(default)]
    pub subjects_told: String,
    /// The saved case (`datenpanne-selbstcheck/case`), for the internal record.
    pub case: Value,
}

impl Entry {
    /// A row for a case as assessed now.
    pub fn new(
        id: String,
        title: String,
        answers: &Answers,
        assessment: &Assessment,
        saved_at: Instant,
        lang: Lang,
    ) -> Entry {
        let names: Vec<&str> = assessment
            .authority
            .ids()
            .into_iter()
            .filter_map(authority::authority)
            .map(|a| a.display_name(lang))
            .collect();
        let mut told = answers.subjects_informed.trim().to_string();
        if !answers.subjects_informed_at.trim().is_empty() {
            if !told.is_empty() {
                told.push_str(" – ");
            }
            told.push_str(answers.subjects_informed_at.trim());
        }
        Entry {
            id,
            saved_at: saved_at.to_rfc3339_utc(),
            title,
            aware_at: answers.aware_at.clone(),
            deadline: assessment.deadline.map(Instant::to_rfc3339_utc),
            risk: assessment.risk.map(|r| r.key().to_string()),
            notify_authority: assessment.notify_authority,
            authority: names.join("; "),
            notified_at: String::new(),
            reference: String::new(),
            subjects: assessment.notify_subjects.key().to_string(),
            subjects_told: told,
            case: case_file::to_value(answers, saved_at),
        }
    }

    /// The saved case of this row.
    pub fn answers(&self) -> Result<Answers, ImportError> {
        case_file::from_value(&self.case).map(|i| i.answers)
    }
}

/// Put a row in the register: a row with the same id is replaced (keeping what the user noted
/// about the notification), a new one is added at the end.
pub fn upsert(entries: &mut Vec<Entry>, mut entry: Entry) {
    match entries.iter_mut().find(|e| e.id == entry.id) {
        Some(old) => {
            if entry.notified_at.is_empty() {
                entry.notified_at = std::mem::take(&mut old.notified_at);
            }
            if entry.reference.is_empty() {
                entry.reference = std::mem::take(&mut old.reference);
            }
            *old = entry;
        }
        None => entries.push(entry),
    }
}

/// The register as a JSON document.
pub fn to_value(entries: &[Entry]) -> Value {
    let mut doc = Map::new();
    doc.insert("format".into(), FORMAT.into());
    doc.insert("version".into(), VERSION.into());
    doc.insert(
        "entries".into(),
        serde_json::to_value(entries).unwrap_or(Value::Array(Vec::new())),
    );
    Value::Object(doc)
}

/// The register file: pretty-printed JSON with a final newline.
pub fn export_json(entries: &[Entry]) -> String {
    let mut text = serde_json::to_string_pretty(&to_value(entries)).unwrap_or_default();
    text.push('\n');
    text
}

/// Why a register file was not read. Nothing was changed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RegisterError {
    TooLarge,
    NotJson,
    OtherFormat,
    NewerVersion(u64),
    TooMany(usize),
    /// A row is damaged: its number (from 1) and the key.
    Entry(usize, String),
    /// A row's saved case is damaged: its number and why.
    Case(usize, ImportError),
}

impl RegisterError {
    /// The message shown to the user.
    pub fn message(&self, lang: Lang) -> String {
        let unchanged = pick(
            lang,
            "Das Verzeichnis wurde nicht geändert.",
            "The register was not changed.",
        );
        let what = match (self, lang) {
            (RegisterError::TooLarge, Lang::De) => {
                "Diese Datei ist zu groß für ein Verzeichnis (höchstens 20 MB).".to_string()
            }
            (RegisterError::TooLarge, Lang::En) => "This file is too large for a register (at most 20 MB).".into(),
            (RegisterError::NotJson, Lang::De) => {
                "Diese Datei ist kein Verzeichnis: Sie enthält kein gültiges JSON.".into()
            }
            (RegisterError::NotJson, Lang::En) => "This file is not a register: it does not contain valid JSON.".into(),
            (RegisterError::OtherFormat, Lang::De) => {
                "Diese Datei ist kein mit dem Datenpanne-Selbstcheck exportiertes Verzeichnis.".into()
            }
            (RegisterError::OtherFormat, Lang::En) => {
                "This file is not a register exported by the Datenpanne-Selbstcheck.".into()
            }
            (RegisterError::NewerVersion(v), Lang::De) => format!(
                "Dieses Verzeichnis stammt aus einer neueren Version (Format-Version {v}); diese Version liest nur Format-Version {VERSION}."
            ),
            (RegisterError::NewerVersion(v), Lang::En) => format!(
                "This register comes from a newer version (format version {v}); this version reads format version {VERSION} only."
            ),
            (RegisterError::TooMany(n), Lang::De) => format!(
                "Diese Datei hat {n} Einträge; ein Verzeichnis fasst höchstens {MAX_ENTRIES}."
            ),
            (RegisterError::TooMany(n), Lang::En) => {
                format!("This file has {n} entries; a register holds at most {MAX_ENTRIES}.")
            }
            (RegisterError::Entry(n, key), Lang::De) => format!(
                "Diese Datei ist beschädigt: In Eintrag {n} fehlt die Angabe „{key}“ oder sie ist ungültig."
            ),
            (RegisterError::Entry(n, key), Lang::En) => format!(
                "This file is damaged: in entry {n}, the entry “{key}” is missing or not valid."
            ),
            (RegisterError::Case(n, e), Lang::De) => format!(
                "Der gespeicherte Fall in Eintrag {n} ist unlesbar: {}",
                e.message(lang).trim_end_matches(" Es wurde nichts geändert.")
            ),
            (RegisterError::Case(n, e), Lang::En) => format!(
                "The saved case in entry {n} cannot be read: {}",
                e.message(lang).trim_end_matches(" Nothing was changed.")
            ),
        };
        format!("{what} {unchanged}")
    }
}

/// Read a register file. On error, nothing is returned to apply.
pub fn import_json(text: &str) -> Result<Vec<Entry>, RegisterError> {
    if text.len() > MAX_BYTES {
        return Err(RegisterError::TooLarge);
    }
    let doc: Value = serde_json::from_str(text).map_err(|_| RegisterError::NotJson)?;
    from_value(&doc)
}

/// Read a parsed register document.
pub fn from_value(doc: &Value) -> Result<Vec<Entry>, RegisterError> {
    let doc = doc.as_object().ok_or(RegisterError::OtherFormat)?;
    if doc.get("format").and_then(Value::as_str) != Some(FORMAT) {
        return Err(RegisterError::OtherFormat);
    }
    match doc.get("version").and_then(Value::as_u64) {
        Some(v) if v > VERSION => return Err(RegisterError::NewerVersion(v)),
        Some(v) if v >= 1 => {}
        _ => return Err(RegisterError::Entry(0, "version".into())),
    }
    let rows = doc
        .get("entries")
        .and_then(Value::as_array)
        .ok_or_else(|| RegisterError::Entry(0, "entries".into()))?;
    if rows.len() > MAX_ENTRIES {
        return Err(RegisterError::TooMany(rows.len()));
    }
    let mut entries = Vec::with_capacity(rows.len());
    for (i, row) in rows.iter().enumerate() {
        let n = i + 1;
        let entry: Entry = serde_path_to_error::deserialize(row)
            .map_err(|e| RegisterError::Entry(n, key_of(&e)))?;
        case_file::from_value(&entry.case).map_err(|e| RegisterError::Case(n, e))?;
        if entries.iter().any(|e: &Entry| e.id == entry.id) {
            return Err(RegisterError::Entry(n, "id".into()));
        }
        entries.push(entry);
    }
    Ok(entries)
}

/// The key a deserialisation error is about: its path, or for a missing key (whose path is the
/// row itself) the name serde gives it.
fn key_of(e: &serde_path_to_error::Error<serde_json::Error>) -> String {
    let path = e.path().to_string();
    if path != "." {
        return path;
    }
    let inner = e.inner().to_string();
    inner
        .strip_prefix("missing field `")
        .and_then(|rest| rest.split('`').next())
        .unwrap_or("–")
        .to_string()
}

/// A cell that a spreadsheet would read as a formula gets a leading apostrophe (OWASP "CSV
/// injection"); every cell is quoted, and quotes inside are doubled.
pub fn csv_cell(text: &str) -> String {
    let defuse = text.starts_with(['=', '+', '-', '@', '\t', '\r']);
    let mut out = String::with_capacity(text.len() + 3);
    out.push('"');
    if defuse {
        out.push('\'');
    }
    out.push_str(&text.replace('"', "\"\""));
    out.push('"');
    out
}

fn yes_no(b: bool, lang: Lang) -> &'static str {
    match (b, lang) {
        (true, Lang::De) => "ja",
        (false, Lang::De) => "nein",
        (true, Lang::En) => "yes",
        (false, Lang::En) => "no",
    }
}

fn subjects_word(key: &str, lang: Lang) -> &str {
    let notice = SubjectNotice::from_key(key);
    match (notice, lang) {
        (Some(SubjectNotice::Yes), Lang::De) => "ja",
        (Some(SubjectNotice::Yes), Lang::En) => "yes",
        (Some(SubjectNotice::No), Lang::De) => "nein",
        (Some(SubjectNotice::No), Lang::En) => "no",
        (Some(SubjectNotice::PublicCommunication), Lang::De) => "öffentliche Bekanntmachung",
        (Some(SubjectNotice::PublicCommunication), Lang::En) => "public communication",
        (None, _) => key,
    }
}

fn risk_word(key: Option<&str>, lang: Lang) -> &str {
    use super::RiskLevel;
    let level = key.and_then(RiskLevel::from_key);
    match (level, key) {
        (Some(l), _) => level_name(l, lang),
        (None, None) => match lang {
            Lang::De => "keine Datenpanne",
            Lang::En => "not a breach",
        },
        (None, Some(k)) => k,
    }
}

/// The register as CSV, for Excel and other spreadsheets: a byte order mark, then one header row
/// and one row per case, CRLF line ends. German uses `;` (what German Excel expects), English `,`.
pub fn export_csv(entries: &[Entry], lang: Lang) -> String {
    let sep = pick(lang, ";", ",");
    let header: [&str; 11] = match lang {
        Lang::De => [
            "Gespeichert am",
            "Titel",
            "Bekannt seit",
            "Meldefrist (UTC)",
            "Risiko",
            "Meldung nötig",
            "Gemeldet am",
            "Aktenzeichen",
            "Betroffene benachrichtigen",
            "Wie und wann benachrichtigt",
            "Aufsichtsbehörde",
        ],
        Lang::En => [
            "Saved at",
            "Title",
            "Known since",
            "Notification deadline (UTC)",
            "Risk",
            "Notification due",
            "Notified on",
            "Reference",
            "Tell the people",
            "How and when told",
            "Supervisory authority",
        ],
    };
    let mut out = String::from("\u{feff}");
    let line = |cells: &[&str]| {
        let mut l = cells
            .iter()
            .map(|c| csv_cell(c))
            .collect::<Vec<_>>()
            .join(sep);
        l.push_str("\r\n");
        l
    };
    out.push_str(&line(&header));
    for e in entries {
        out.push_str(&line(&[
            &e.saved_at,
            &e.title,
            &e.aware_at.replace('T', " "),
            e.deadline.as_deref().unwrap_or(""),
            risk_word(e.risk.as_deref(), lang),
            yes_no(e.notify_authority, lang),
            &e.notified_at,
            &e.reference,
            subjects_word(&e.subjects, lang),
            &e.subjects_told,
            &e.authority,
        ]));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::answers::FixedZone;
    use crate::domain::presets::Preset;
    use crate::domain::time::parse_rfc3339;

    fn now() -> Instant {
        parse_rfc3339("2026-11-23T12:00:00+01:00").unwrap()
    }

    fn entry(id: &str, title: &str) -> Entry {
        let answers = Answers {
            org_name: "Praxis Dr. Weber".into(),
            aware_at: "2026-11-23T09:00".into(),
            subjects_informed: "Telefonisch, dann Brief".into(),
            ..Preset::OpenRecipients.answers()
        };
        let a = answers.to_facts(now(), &FixedZone(60)).assess();
        Entry::new(id.into(), title.into(), &answers, &a, now(), Lang::De)
    }

    #[test]
    fn formula_cells_are_defused_and_quotes_doubled() {
        let rows = [
            ("Müller", "\"Müller\""),
            ("=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\""),
            ("+49 30 1234", "\"'+49 30 1234\""),
            ("-5", "\"'-5\""),
            ("@SUM(A1)", "\"'@SUM(A1)\""),
            ("a;b,c", "\"a;b,c\""),
            ("", "\"\""),
        ];
        for (text, want) in rows {
            assert_eq!(csv_cell(text), want, "{text:?}");
        }
    }

    #[test]
    fn csv_starts_with_a_byte_order_mark_and_has_a_row_per_case() {
        let entries = vec![entry("a", "Verteiler offen"), entry("b", "=Brief")];
        let csv = export_csv(&entries, Lang::De);
        assert!(csv.starts_with("\u{feff}\"Gespeichert am\";\"Titel\";"));
        assert_eq!(csv.matches("\r\n").count(), 3);
        assert!(csv.contains("\"'=Brief\""));
        assert!(csv.contains("\"Telefonisch, dann Brief\""));
        let en = export_csv(&entries, Lang::En);
        assert!(en.starts_with("\u{feff}\"Saved at\",\"Title\","));
    }

    #[test]
    fn json_round_trip_is_identical() {
        let mut entries = vec![entry("a", "Eins"), entry("b", "Zwei"), entry("c", "Drei")];
        entries[1].notified_at = "2026-11-24".into();
        entries[1].reference = "LDI-2026-0815".into();
        let text = export_json(&entries);
        assert_eq!(import_json(&text).unwrap(), entries);
        assert_eq!(export_json(&import_json(&text).unwrap()), text);
        assert_eq!(entries[0].answers().unwrap().org_name, "Praxis Dr. Weber");
    }

    #[test]
    fn a_second_save_of_a_case_replaces_its_row_and_keeps_the_notification() {
        let mut entries = vec![entry("a", "Eins")];
        entries[0].notified_at = "2026-11-24".into();
        entries[0].reference = "AZ 1".into();
        upsert(&mut entries, entry("a", "Eins, ergänzt"));
        upsert(&mut entries, entry("b", "Zwei"));
        assert_eq!(entries.len(), 2);
        assert_eq!(entries[0].title, "Eins, ergänzt");
        assert_eq!(entries[0].reference, "AZ 1");
    }

    #[test]
    fn bad_files_are_refused_with_a_message_naming_what_is_wrong() {
        let good = export_json(&[entry("a", "Eins")]);
        let no_title = good.replacen("\"title\": \"Eins\",", "", 1);
        let bad_case = good.replacen("\"role\": null", "\"role\": \"boss\"", 1);
        let twice = export_json(&[entry("a", "Eins"), entry("a", "Zwei")]);
        let rows: [(&str, RegisterError, &str); 6] = [
            ("nicht json", RegisterError::NotJson, "Diese Datei ist kein Verzeichnis: Sie enthält kein gültiges JSON. Das Verzeichnis wurde nicht geändert."),
            ("{\"format\": \"x\"}", RegisterError::OtherFormat, "Diese Datei ist kein mit dem Datenpanne-Selbstcheck exportiertes Verzeichnis. Das Verzeichnis wurde nicht geändert."),
            ("{\"format\": \"datenpanne-selbstcheck/register\", \"version\": 2, \"entries\": []}", RegisterError::NewerVersion(2), "Dieses Verzeichnis stammt aus einer neueren Version (Format-Version 2); diese Version liest nur Format-Version 1. Das Verzeichnis wurde nicht geändert."),
            (&no_title, RegisterError::Entry(1, "title".into()), "Diese Datei ist beschädigt: In Eintrag 1 fehlt die Angabe „title“ oder sie ist ungültig. Das Verzeichnis wurde nicht geändert."),
            (&bad_case, RegisterError::Case(1, ImportError::Invalid("answers.role".into())), "Der gespeicherte Fall in Eintrag 1 ist unlesbar: Diese Datei ist beschädigt: Die Angabe „answers.role“ fehlt oder ist ungültig. Das Verzeichnis wurde nicht geändert."),
            (&twice, RegisterError::Entry(2, "id".into()), "Diese Datei ist beschädigt: In Eintrag 2 fehlt die Angabe „id“ oder sie ist ungültig. Das Verzeichnis wurde nicht geändert."),
        ];
        for (text, error, message) in rows {
            let got = import_json(text).unwrap_err();
            assert_eq!(got, error, "{text}");
            assert_eq!(got.message(Lang::De), message);
        }
        assert_eq!(
            RegisterError::Entry(1, "title".into()).message(Lang::En),
            "This file is damaged: in entry 1, the entry “title” is missing or not valid. The register was not changed."
        );
    }
}
