//! The breach register (Art. 33(5), issue #16, item 2), beside the drafts in the drafts module.
//!
//! Off by default: until the user switches it on, nothing is stored (the same rule as autosave,
//! `docs/PRIVACY.md`). Switching on writes the empty register to `localStorage` under
//! [`REGISTER_KEY`]; from then on every change is written at once, as the register file
//! ([`crate::domain::register::export_json`]). "Diesen Fall aufnehmen" puts the current case in
//! (a second save of the same case replaces its row, keeping what was noted about the
//! notification); each row can be marked "gemeldet am … (Aktenzeichen …)", drawn as the internal
//! record or removed. The register is exported as CSV and JSON; importing a JSON file merges it
//! by id (a row of the file replaces the row with the same id, other rows are added, rows not in
//! the file stay); a bad file changes nothing. "Verzeichnis löschen" removes the stored copy and
//! switches the register off; the app's "delete all data" removes it too (its key starts with
//! [`crate::ui::case_menu::STORAGE_PREFIX`]).
//!
//! A write the browser refuses (storage full, or blocked) changes nothing on the page: the
//! message says so, and the register can still be exported. A stored register that cannot be
//! read is never overwritten: the message names the problem, and only an import or "delete"
//! replace it.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::domain::drafts::{self, format, DocKind};
use crate::domain::reason::level_name;
use crate::domain::register::{self, Entry, RegisterError};
use crate::domain::time::parse_rfc3339;
use crate::domain::{Instant, Lang, RiskLevel, SubjectNotice};
use crate::ui::browser::{download, js_to_json, json_to_js, on_settled, save_text_file};
use crate::ui::case_menu::STORAGE_PREFIX;
use crate::ui::ctx::UiLang;
use crate::ui::state::{
    browser_offset_at, BrowserOffsets, BrowserZone, CaseAnswers, Clock, Verdict,
};

/// The `localStorage` key of the register (present only while the register is on).
pub const REGISTER_KEY: &str = "datenpanne-selbstcheck/register";
const _: () = assert!(REGISTER_KEY.len() > STORAGE_PREFIX.len());

/// The texts of the register.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Label {
    Title,
    Intro,
    Switch,
    SwitchHint,
    CaseTitle,
    Add,
    Update,
    Csv,
    JsonOut,
    JsonIn,
    Delete,
    DeleteQuestion,
    DeleteYes,
    Cancel,
    Empty,
    Entries,
    SavedAt,
    RowTitle,
    AwareAt,
    Deadline,
    Risk,
    Notified,
    People,
    Authority,
    Actions,
    NotifiedOn,
    Reference,
    Record,
    Remove,
    NoDeadline,
    Open,
    NotBreach,
    NotRequired,
    NotYet,
    PeopleYes,
    PeopleNo,
    PeoplePublic,
    Done,
    Added,
    Updated,
    Removed,
    Saved,
    Deleted,
    Exported,
    StorageFailed,
    StorageBlocked,
    Unreadable,
    Full,
    Imported,
    DownloadFailed,
}

fn label(l: Label, lang: Lang) -> &'static str {
    use Label::*;
    let (de, en) = match l {
        Title => ("Verzeichnis der Datenpannen", "Breach register"),
        Intro => ("Jede Datenpanne ist zu dokumentieren, auch ohne Meldepflicht (Art. 33 Abs. 5 DSGVO). Das Verzeichnis bleibt auf diesem Gerät, in diesem Browser; sichern Sie es mit dem Export.", "Every breach must be documented, whether or not it is notified (Art. 33(5) GDPR). The register stays on this device, in this browser; keep a copy with the export."),
        Switch => ("Verzeichnis auf diesem Gerät führen", "Keep the register on this device"),
        SwitchHint => ("Aus (Voreinstellung): Es wird nichts gespeichert. An: Die Fälle, die Sie aufnehmen, bleiben in diesem Browser gespeichert, bis Sie das Verzeichnis löschen.", "Off (the default): nothing is stored. On: the cases you add stay stored in this browser until you delete the register."),
        CaseTitle => ("Kurzer Titel für diesen Fall", "Short title for this case"),
        Add => ("Diesen Fall aufnehmen", "Add this case"),
        Update => ("Diesen Fall aktualisieren", "Update this case"),
        Csv => ("Als CSV exportieren", "Export as CSV"),
        JsonOut => ("Als JSON exportieren", "Export as JSON"),
        JsonIn => ("JSON importieren", "Import JSON"),
        Delete => ("Verzeichnis löschen", "Delete the register"),
        DeleteQuestion => ("Das Verzeichnis mit allen Einträgen aus diesem Browser löschen? Exportierte Dateien bleiben erhalten.", "Delete the register with every entry from this browser? Exported files are kept."),
        DeleteYes => ("Ja, Verzeichnis löschen", "Yes, delete the register"),
        Cancel => ("Abbrechen", "Cancel"),
        Empty => ("Das Verzeichnis ist leer.", "The register is empty."),
        Entries => ("Einträge im Verzeichnis", "Entries in the register"),
        SavedAt => ("Aufgenommen", "Saved"),
        RowTitle => ("Titel", "Title"),
        AwareAt => ("Bekannt seit", "Known since"),
        Deadline => ("Meldefrist", "Deadline"),
        Risk => ("Risiko", "Risk"),
        Notified => ("Meldung an die Behörde", "Notification"),
        People => ("Betroffene", "People affected"),
        Authority => ("Aufsichtsbehörde", "Authority"),
        Actions => ("Aktionen", "Actions"),
        NotifiedOn => ("Gemeldet am", "Notified on"),
        Reference => ("Aktenzeichen", "Reference"),
        Record => ("Interne Dokumentation", "Internal record"),
        Remove => ("Entfernen", "Remove"),
        NoDeadline => ("keine (keine Meldung nötig)", "none (no notification due)"),
        Open => ("noch offen", "not known yet"),
        NotBreach => ("keine Datenpanne", "not a breach"),
        NotRequired => ("nicht nötig", "not required"),
        NotYet => ("noch nicht gemeldet", "not notified yet"),
        PeopleYes => ("zu benachrichtigen", "to be told"),
        PeopleNo => ("keine Benachrichtigung nötig", "need not be told"),
        PeoplePublic => ("öffentliche Bekanntmachung", "public communication"),
        Done => ("Erfolgt", "Done"),
        Added => ("Der Fall ist im Verzeichnis:", "The case is in the register:"),
        Updated => ("Der Eintrag wurde aktualisiert:", "The entry was updated:"),
        Removed => ("Der Eintrag wurde entfernt:", "The entry was removed:"),
        Saved => ("Gespeichert.", "Saved."),
        Deleted => ("Das Verzeichnis ist gelöscht; in diesem Browser ist nichts mehr davon gespeichert.", "The register is deleted; nothing of it is stored in this browser any more."),
        Exported => ("Heruntergeladen:", "Downloaded:"),
        StorageFailed => ("Der Browser hat das Speichern verweigert (Speicher voll oder gesperrt). Das Verzeichnis ist unverändert; sichern Sie es mit „Als JSON exportieren“.", "The browser refused to store it (storage full or blocked). The register is unchanged; keep a copy with “Export as JSON”."),
        StorageBlocked => ("Dieser Browser erlaubt hier kein Speichern (zum Beispiel im privaten Modus oder in einem eingebetteten Rahmen). Das Verzeichnis bleibt aus.", "This browser does not allow storing data here (in private mode or an embedded frame, for example). The register stays off."),
        Unreadable => ("Das gespeicherte Verzeichnis ist unlesbar und wird nicht überschrieben. Importieren Sie eine exportierte Kopie oder löschen Sie es:", "The stored register cannot be read and is not overwritten. Import an exported copy or delete it:"),
        Full => ("Das Verzeichnis ist voll (höchstens 2000 Einträge). Es wurde nichts geändert.", "The register is full (at most 2,000 entries). Nothing was changed."),
        Imported => ("Importiert. Einträge aus der Datei:", "Imported. Entries from the file:"),
        DownloadFailed => ("Der Browser hat den Download verweigert.", "The browser refused the download."),
    };
    crate::domain::lang::pick(lang, de, en)
}

/// What the register last has to say. Rendered in the current language.
#[derive(Clone, Debug, PartialEq)]
enum Notice {
    /// A label, optionally followed by a detail (a title, a file name, a number).
    Said(Label, String),
    /// A refused import or an unreadable stored copy: the domain's message.
    Refused(Option<Label>, RegisterError),
}

impl Notice {
    fn plain(l: Label) -> Notice {
        Notice::Said(l, String::new())
    }
    fn is_error(&self) -> bool {
        matches!(
            self,
            Notice::Refused(..)
                | Notice::Said(
                    Label::StorageFailed
                        | Label::StorageBlocked
                        | Label::Full
                        | Label::DownloadFailed,
                    _
                )
        )
    }
    fn text(&self, lang: Lang) -> String {
        match self {
            Notice::Said(l, detail) if detail.is_empty() => label(*l, lang).to_string(),
            Notice::Said(l, detail) => format!("{} {detail}", label(*l, lang)),
            Notice::Refused(None, e) => e.message(lang),
            Notice::Refused(Some(l), e) => format!("{} {}", label(*l, lang), e.message(lang)),
        }
    }
}

/// Move the focus to the element with `id` once it is drawn (a control that replaced the one that
/// had it, or the one that stays when a row goes).
fn focus_later(id: &'static str) {
    request_animation_frame(move || {
        if let Some(el) = document()
            .get_element_by_id(id)
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = el.focus();
        }
    });
}

fn storage() -> Option<web_sys::Storage> {
    window().local_storage().ok().flatten()
}

// The register file through the browser's `JSON.parse` and `JSON.stringify`, as the case menu
// reads and writes case files: the same documents as `register::import_json` and `export_json`
// (the header first, as there), without serde_json's parser and printer in the download.

/// Read a register file: [`register::import_json`] with the browser's parser.
fn import_text(text: &str) -> Result<Vec<Entry>, RegisterError> {
    if text.len() > register::MAX_BYTES {
        return Err(RegisterError::TooLarge);
    }
    let doc = js_sys::JSON::parse(text).map_err(|_| RegisterError::NotJson)?;
    register::from_value(&js_to_json(&doc, 0))
}

/// The register file: [`register::export_json`] with the browser's printer.
fn export_text(entries: &[Entry]) -> String {
    let js = js_sys::Object::new();
    if let serde_json::Value::Object(doc) = register::to_value(entries) {
        for key in ["format", "version", "entries"] {
            if let Some(value) = doc.get(key) {
                let _ = js_sys::Reflect::set(&js, &key.into(), &json_to_js(value));
            }
        }
    }
    let mut text = js_sys::JSON::stringify_with_replacer_and_space(
        &js,
        &wasm_bindgen::JsValue::NULL,
        &2.into(),
    )
    .map(String::from)
    .unwrap_or_default();
    text.push('\n');
    text
}

/// Write the register; false where the browser refuses (no storage, quota, blocked).
fn store(entries: &[Entry]) -> bool {
    let text = export_text(entries);
    storage().is_some_and(|s| s.set_item(REGISTER_KEY, &text).is_ok())
}

/// The id of a case: the same for every save of it, so that saving it again replaces its row.
fn case_id(a: &crate::domain::answers::Answers) -> String {
    format!("fall-{:016x}", a.case_fingerprint())
}

/// A title from the organisation's name and the description's first words.
fn default_title(a: &crate::domain::answers::Answers, lang: Lang) -> String {
    let words: Vec<&str> = a.description.split_whitespace().take(6).collect();
    let mut first = words.join(" ");
    if a.description.split_whitespace().count() > words.len() {
        first.push_str(" …");
    }
    let org = a.org_name.trim();
    match (org.is_empty(), first.is_empty()) {
        (false, false) => format!("{org}: {first}"),
        (false, true) => org.to_string(),
        (true, false) => first,
        (true, true) => match lang {
            Lang::De => "Datenpanne".to_string(),
            Lang::En => "Data breach".to_string(),
        },
    }
}

/// An RFC 3339 instant as local date and time, or the text as it is.
fn local_instant(text: &str, lang: Lang) -> String {
    match parse_rfc3339(text) {
        Ok(i) => format::instant(i, browser_offset_at(i), lang),
        Err(_) => text.to_string(),
    }
}

/// A `YYYY-MM-DD` date as the language writes it ("24.11.2026"), or the text as it is.
fn local_date(text: &str, lang: Lang) -> String {
    let mut parts = text.splitn(3, '-').map(|p| p.parse::<u32>().ok());
    match (parts.next(), parts.next(), parts.next()) {
        (Some(Some(y)), Some(Some(m)), Some(Some(d))) => {
            match Instant::from_utc(i64::from(y), m, d, 12, 0) {
                Some(i) => format::date(i, 0, lang),
                None => text.to_string(),
            }
        }
        _ => text.to_string(),
    }
}

fn risk_text(e: &Entry, lang: Lang) -> String {
    let level = [RiskLevel::Low, RiskLevel::Risk, RiskLevel::High]
        .into_iter()
        .find(|l| Some(l.key()) == e.risk.as_deref());
    match (level, &e.risk) {
        (Some(l), _) => level_name(l, lang).to_string(),
        (None, None) => label(Label::NotBreach, lang).to_string(),
        (None, Some(k)) => k.clone(),
    }
}

fn deadline_text(e: &Entry, lang: Lang) -> String {
    match (&e.deadline, e.notify_authority) {
        (Some(d), _) => local_instant(d, lang),
        (None, true) => label(Label::Open, lang).to_string(),
        (None, false) => label(Label::NoDeadline, lang).to_string(),
    }
}

/// "gemeldet am 24.11.2026 (Aktenzeichen LDI-0815)", "noch nicht gemeldet", "nicht nötig".
fn notified_text(e: &Entry, lang: Lang) -> String {
    let (date, reference) = (e.notified_at.trim(), e.reference.trim());
    if date.is_empty() && reference.is_empty() {
        let l = if e.notify_authority {
            Label::NotYet
        } else {
            Label::NotRequired
        };
        return label(l, lang).to_string();
    }
    let mut out = match lang {
        Lang::De => "gemeldet".to_string(),
        Lang::En => "notified".to_string(),
    };
    if !date.is_empty() {
        out.push_str(match lang {
            Lang::De => " am ",
            Lang::En => " on ",
        });
        out.push_str(&local_date(date, lang));
    }
    if !reference.is_empty() {
        out.push_str(&format!(" ({} {reference})", label(Label::Reference, lang)));
    }
    out
}

fn people_text(e: &Entry, lang: Lang) -> String {
    let notice = [
        SubjectNotice::Yes,
        SubjectNotice::No,
        SubjectNotice::PublicCommunication,
    ]
    .into_iter()
    .find(|s| s.key() == e.subjects);
    let mut out = match notice {
        Some(SubjectNotice::Yes) => label(Label::PeopleYes, lang).to_string(),
        Some(SubjectNotice::No) => label(Label::PeopleNo, lang).to_string(),
        Some(SubjectNotice::PublicCommunication) => label(Label::PeoplePublic, lang).to_string(),
        None => e.subjects.clone(),
    };
    if !e.subjects_told.trim().is_empty() {
        out.push_str(&format!(
            "; {}: {}",
            label(Label::Done, lang),
            e.subjects_told.trim()
        ));
    }
    out
}

/// `verzeichnis-datenpannen-2026-11-23.csv` and the like.
fn file_name(now: Instant, lang: Lang, ext: &str) -> String {
    let c = now.civil(browser_offset_at(now));
    let stem = match lang {
        Lang::De => "verzeichnis-datenpannen",
        Lang::En => "breach-register",
    };
    format!("{stem}-{:04}-{:02}-{:02}.{ext}", c.year, c.month, c.day)
}

/// The internal record of a row's saved case, as assessed now, as a text file.
fn record_file(e: &Entry, now: Instant, lang: Lang) -> Option<(String, String)> {
    let answers = e.answers().ok()?;
    let derived = answers.to_facts(now, &BrowserZone);
    let assessment = derived.assess();
    let doc = drafts::build_in(
        DocKind::Record,
        &answers,
        &derived,
        &assessment,
        lang,
        now,
        &BrowserOffsets,
    );
    Some((doc.file_name(now, browser_offset_at(now)), doc.to_text()))
}

/// The register panel: the switch, then (while on) the current case's entry, the table, the
/// exports and the import.
#[component]
pub fn RegisterPanel() -> impl IntoView {
    let ui = expect_context::<UiLang>().0;
    let answers = expect_context::<CaseAnswers>().0;
    let clock = expect_context::<Clock>().0;
    let verdict = expect_context::<Verdict>().0;

    // What an earlier visit stored: its presence is the switch's position.
    let stored = storage().and_then(|s| s.get_item(REGISTER_KEY).ok().flatten());
    let on = RwSignal::new(stored.is_some());
    let (first, problem) = match stored.as_deref().map(import_text) {
        Some(Ok(rows)) => (rows, None),
        Some(Err(e)) => (Vec::new(), Some(e)),
        None => (Vec::new(), None),
    };
    let entries = RwSignal::new(first);
    // The stored copy could not be read: it is not overwritten until an import or "delete".
    let broken = RwSignal::new(problem.is_some());
    let notice = RwSignal::new(problem.map(|e| Notice::Refused(Some(Label::Unreadable), e)));
    let confirming = RwSignal::new(false);

    // Write `next` and show it, or keep what is shown and say why not.
    let commit = move |next: Vec<Entry>, said: Notice| {
        if store(&next) {
            entries.set(next);
            broken.set(false);
            notice.set(Some(said));
        } else {
            notice.set(Some(Notice::plain(Label::StorageFailed)));
        }
    };

    let id = Memo::new(move |_| answers.with(case_id));
    let listed = Memo::new(move |_| {
        let id = id.get();
        entries.with(|es| es.iter().find(|e| e.id == id).map(|e| e.title.clone()))
    });
    // The title field: what the user typed, else the row's title, else one from the answers.
    let typed = RwSignal::new(None::<String>);
    Effect::new(move |_| {
        id.track();
        typed.set(None);
    });
    let title = move || {
        typed
            .get()
            .filter(|t| !t.trim().is_empty())
            .or_else(|| listed.get())
            .unwrap_or_else(|| answers.with(|a| default_title(a, ui.get())))
    };

    let switch_on = move || {
        if store(&[]) {
            entries.set(Vec::new());
            broken.set(false);
            on.set(true);
            notice.set(None);
        } else {
            notice.set(Some(Notice::plain(Label::StorageBlocked)));
        }
    };
    let delete = move || {
        if let Some(s) = storage() {
            let _ = s.remove_item(REGISTER_KEY);
        }
        entries.set(Vec::new());
        broken.set(false);
        confirming.set(false);
        on.set(false);
        notice.set(Some(Notice::plain(Label::Deleted)));
        focus_later("register-switch");
    };
    // Asking shows the question with the harmless answer focused; either answer moves on.
    let ask = move |on: bool| {
        confirming.set(on);
        focus_later(if on {
            "register-delete-cancel"
        } else {
            "register-delete"
        });
    };
    let on_switch = move |ev: leptos::ev::Event| {
        let input = event_target::<web_sys::HtmlInputElement>(&ev);
        if input.checked() {
            switch_on();
        } else if entries.with_untracked(Vec::is_empty) && !broken.get_untracked() {
            delete();
        } else {
            // Switching off deletes every entry: ask first.
            ask(true);
        }
        input.set_checked(on.get_untracked());
    };

    let add = move |_| {
        if broken.get_untracked() {
            return;
        }
        let (now, lang) = (clock.get_untracked(), ui.get_untracked());
        let name = title();
        let entry = verdict.with_untracked(|(_, assessment)| {
            answers
                .with_untracked(|a| Entry::new(case_id(a), name.clone(), a, assessment, now, lang))
        });
        let mut next = entries.get_untracked();
        let known = next.iter().any(|e| e.id == entry.id);
        if !known && next.len() >= register::MAX_ENTRIES {
            notice.set(Some(Notice::plain(Label::Full)));
            return;
        }
        register::upsert(&mut next, entry);
        let said = if known { Label::Updated } else { Label::Added };
        commit(next, Notice::Said(said, name));
    };

    // A change to one row: the notification's date or reference.
    let edit = move |id: String, f: Box<dyn FnOnce(&mut Entry)>| {
        let mut next = entries.get_untracked();
        if let Some(e) = next.iter_mut().find(|e| e.id == id) {
            f(e);
            commit(next, Notice::plain(Label::Saved));
        }
    };
    let remove = move |id: String| {
        let mut next = entries.get_untracked();
        let title = next.iter().find(|e| e.id == id).map(|e| e.title.clone());
        next.retain(|e| e.id != id);
        commit(
            next,
            Notice::Said(Label::Removed, title.unwrap_or_default()),
        );
        // The row and its button are gone: the focus goes to the case's own entry.
        focus_later("register-add");
    };
    let record = move |id: String| {
        let (now, lang) = (clock.get_untracked(), ui.get_untracked());
        let file = entries.with_untracked(|es| {
            es.iter()
                .find(|e| e.id == id)
                .and_then(|e| record_file(e, now, lang))
        });
        notice.set(Some(match file {
            Some((name, text)) if save_text_file(&name, &text) => {
                Notice::Said(Label::Exported, name)
            }
            _ => Notice::plain(Label::DownloadFailed),
        }));
    };

    let export = move |csv: bool| {
        let (now, lang) = (clock.get_untracked(), ui.get_untracked());
        let name = file_name(now, lang, if csv { "csv" } else { "json" });
        let saved = entries.with_untracked(|es| {
            if csv {
                download(
                    &name,
                    "text/csv;charset=utf-8",
                    &register::export_csv(es, lang),
                )
            } else {
                download(&name, "application/json", &export_text(es))
            }
        });
        notice.set(Some(if saved {
            Notice::Said(Label::Exported, name)
        } else {
            Notice::plain(Label::DownloadFailed)
        }));
    };

    // Import: the file is read whole; a good one is merged by id, a bad one changes nothing.
    let import = move |ev: leptos::ev::Event| {
        let input = event_target::<web_sys::HtmlInputElement>(&ev);
        let file = input.files().and_then(|files| files.get(0));
        input.set_value("");
        let Some(file) = file else { return };
        if file.size() > register::MAX_BYTES as f64 {
            notice.set(Some(Notice::Refused(None, RegisterError::TooLarge)));
            return;
        }
        on_settled(
            &file.text(),
            Box::new(move |result| {
                let rows = match result.ok().and_then(|v| v.as_string()) {
                    Some(text) => import_text(&text),
                    None => Err(RegisterError::NotJson),
                };
                let rows = match rows {
                    Ok(rows) => rows,
                    Err(e) => {
                        notice.try_set(Some(Notice::Refused(None, e)));
                        return;
                    }
                };
                let Some(mut next) = entries.try_get_untracked() else {
                    return;
                };
                if broken.get_untracked() {
                    next.clear();
                }
                let count = rows.len();
                for row in rows {
                    match next.iter_mut().find(|e| e.id == row.id) {
                        Some(old) => *old = row,
                        None => next.push(row),
                    }
                }
                if next.len() > register::MAX_ENTRIES {
                    notice.set(Some(Notice::Refused(
                        None,
                        RegisterError::TooMany(next.len()),
                    )));
                    return;
                }
                commit(next, Notice::Said(Label::Imported, count.to_string()));
            }),
        );
    };

    let t = move |l: Label| move || label(l, ui.get());

    // Rows are kept while only the notification's date or reference changes (the focus stays in
    // the field being edited); a new save of the case or another language draws them afresh.
    let rows = move || {
        view! {
            <For
                each=move || {
                    let l = ui.get();
                    entries.get().into_iter().map(move |e| (l, e))
                }
                key=|(l, e)| format!("{}\u{1f}{}\u{1f}{}\u{1f}{}", l.code(), e.id, e.saved_at, e.title)
                children=move |(l, e)| row(e, l, entries, edit, remove, record)
            />
        }
    };

    view! {
        <section class="register" aria-labelledby="register-title">
            <h3 id="register-title">{t(Label::Title)}</h3>
            <p class="register-hint">{t(Label::Intro)}</p>
            <div class="register-switch no-print">
                <input
                    type="checkbox"
                    role="switch"
                    id="register-switch"
                    aria-describedby="register-switch-hint"
                    prop:checked=move || on.get()
                    on:change=on_switch
                />
                <label for="register-switch">{t(Label::Switch)}</label>
            </div>
            <p class="register-hint no-print" id="register-switch-hint">{t(Label::SwitchHint)}</p>
            <div
                class="register-confirm no-print"
                role="group"
                aria-labelledby="register-confirm-text"
                hidden=move || !confirming.get()
            >
                    <p id="register-confirm-text">{t(Label::DeleteQuestion)}</p>
                    <div class="register-actions">
                        <button type="button" class="danger" id="register-delete-yes" on:click=move |_| delete()>
                            {t(Label::DeleteYes)}
                        </button>
                        <button type="button" id="register-delete-cancel" on:click=move |_| ask(false)>
                            {t(Label::Cancel)}
                        </button>
                    </div>
            </div>
            <p
                class="register-notice"
                class:error=move || notice.with(|n| n.as_ref().is_some_and(Notice::is_error))
                role="status"
                aria-live="polite"
            >
                {move || notice.with(|n| n.as_ref().map(|n| n.text(ui.get())))}
            </p>
            // Drawn once and hidden while off (cheaper to ship than a `<Show>`); nothing of it is
            // stored until the switch is on.
            <div class="register-body" hidden=move || !on.get()>
                <div class="register-add no-print">
                    <label for="register-title-input">{t(Label::CaseTitle)}</label>
                    <div class="register-actions">
                        <input
                            type="text"
                            id="register-title-input"
                            maxlength="200"
                            prop:value=title
                            on:input=move |ev| typed.set(Some(event_target_value(&ev)))
                        />
                        <button
                            type="button"
                            class="primary"
                            id="register-add"
                            disabled=move || broken.get()
                            on:click=add
                        >
                            {move || {
                                label(
                                    if listed.get().is_some() { Label::Update } else { Label::Add },
                                    ui.get(),
                                )
                            }}
                        </button>
                    </div>
                </div>
                <div class="register-table-wrap">
                    <table class="register-table">
                        <caption>
                            {t(Label::Entries)} ": " {move || entries.with(Vec::len)}
                        </caption>
                        <thead>
                            <tr>
                                <th scope="col">{t(Label::SavedAt)}</th>
                                <th scope="col">{t(Label::RowTitle)}</th>
                                <th scope="col">{t(Label::AwareAt)}</th>
                                <th scope="col">{t(Label::Deadline)}</th>
                                <th scope="col">{t(Label::Risk)}</th>
                                <th scope="col">{t(Label::Notified)}</th>
                                <th scope="col">{t(Label::People)}</th>
                                <th scope="col">{t(Label::Authority)}</th>
                                <th scope="col" class="no-print">{t(Label::Actions)}</th>
                            </tr>
                        </thead>
                        <tbody>{rows}</tbody>
                    </table>
                    <p class="register-empty" hidden=move || !entries.with(Vec::is_empty)>
                        {t(Label::Empty)}
                    </p>
                </div>
                <div class="register-actions no-print">
                    <button type="button" id="register-csv" on:click=move |_| export(true)>
                        {t(Label::Csv)}
                    </button>
                    <button type="button" id="register-json" on:click=move |_| export(false)>
                        {t(Label::JsonOut)}
                    </button>
                    <label class="button register-import">
                        <input
                            type="file"
                            class="visually-hidden"
                            id="register-import"
                            accept=".json,application/json"
                            on:change=import
                        />
                        <span>{t(Label::JsonIn)}</span>
                    </label>
                    <button
                        type="button"
                        class="danger"
                        id="register-delete"
                        on:click=move |_| ask(true)
                    >
                        {t(Label::Delete)}
                    </button>
                </div>
            </div>
        </section>
    }
}

/// One row of the table, drawn in `l`. The notification's date and reference follow the register;
/// the ids of the inputs come from the row's id.
fn row(
    e: Entry,
    l: Lang,
    entries: RwSignal<Vec<Entry>>,
    edit: impl Fn(String, Box<dyn FnOnce(&mut Entry)>) + Copy + 'static,
    remove: impl Fn(String) + Copy + 'static,
    record: impl Fn(String) + Copy + 'static,
) -> impl IntoView {
    let key = format!("{:016x}", crate::domain::answers::fnv1a(&e.id));
    let (date_id, ref_id) = (format!("reg-date-{key}"), format!("reg-ref-{key}"));
    // Drawn afresh in another language (the row's key holds it): plain texts, no closures.
    let cell = move |c: Label| label(c, l);
    let (id1, id2, id3, id4) = (e.id.clone(), e.id.clone(), e.id.clone(), e.id.clone());
    let hidden_title = format!(": {}", e.title);
    let (date_for, ref_for) = (date_id.clone(), ref_id.clone());
    // The row as the register now has it.
    let id = e.id.clone();
    let now = move |f: fn(&Entry) -> String| {
        let id = id.clone();
        move || entries.with(|es| es.iter().find(|x| x.id == id).map(f).unwrap_or_default())
    };
    let notified = now(|x| x.notified_at.clone());
    let reference = now(|x| x.reference.clone());
    let id = e.id.clone();
    let notified_line = move || {
        entries.with(|es| {
            es.iter()
                .find(|x| x.id == id)
                .map(|x| notified_text(x, l))
                .unwrap_or_default()
        })
    };
    view! {
        <tr>
            <td data-label=cell(Label::SavedAt)>{local_instant(&e.saved_at, l)}</td>
            <th scope="row" data-label=cell(Label::RowTitle)>{e.title.clone()}</th>
            <td data-label=cell(Label::AwareAt)>
                {format::local_text(&e.aware_at, l).unwrap_or_else(|| label(Label::Open, l).into())}
            </td>
            <td data-label=cell(Label::Deadline)>{deadline_text(&e, l)}</td>
            <td data-label=cell(Label::Risk)>{risk_text(&e, l)}</td>
            <td class="register-notified-cell" data-label=cell(Label::Notified)>
                <span class="register-notified">{notified_line}</span>
                <div class="register-fields no-print">
                    <div class="register-field">
                    <label for=date_for>{cell(Label::NotifiedOn)}</label>
                    <input
                        type="date"
                        id=date_id
                        prop:value=notified
                        on:change=move |ev| {
                            let v = event_target_value(&ev);
                            edit(id1.clone(), Box::new(move |e| e.notified_at = v));
                        }
                    />
                    </div>
                    <div class="register-field">
                    <label for=ref_for>{cell(Label::Reference)}</label>
                    <input
                        type="text"
                        id=ref_id
                        maxlength="200"
                        prop:value=reference
                        on:change=move |ev| {
                            let v = event_target_value(&ev);
                            edit(id2.clone(), Box::new(move |e| e.reference = v.trim().to_string()));
                        }
                    />
                    </div>
                </div>
            </td>
            <td data-label=cell(Label::People)>{people_text(&e, l)}</td>
            <td data-label=cell(Label::Authority)>
                {if e.authority.is_empty() { "–".to_string() } else { e.authority.clone() }}
            </td>
            <td class="register-actions-cell no-print" data-label=cell(Label::Actions)>
                <div class="register-row-actions">
                    <button type="button" class="small" on:click=move |_| record(id3.clone())>
                        {cell(Label::Record)}
                        <span class="visually-hidden">{hidden_title.clone()}</span>
                    </button>
                    <button type="button" class="small danger" on:click=move |_| remove(id4.clone())>
                        {cell(Label::Remove)}
                        <span class="visually-hidden">{format!(": {}", e.title)}</span>
                    </button>
                </div>
            </td>
        </tr>
    }
}
