//! Saving and restoring a case, autosave and "delete all data" (issue #6, `docs/PRIVACY.md`).
//!
//! - "Fall speichern" downloads every answer as a saved-case file
//!   ([`crate::domain::case_file`]); "Fall laden" reads one back. A bad file shows why and
//!   changes nothing.
//! - Autosave is off by default. While it is off, nothing is written to any storage, not even the
//!   switch's position. While it is on, the answers are kept in `localStorage` (as a saved-case
//!   file) after every change, and an indicator in the header says so; switching it off deletes
//!   that copy.
//! - "Alle Daten in diesem Browser löschen" removes everything this app keeps in the browser:
//!   its `localStorage` and `sessionStorage` entries, the offline copy (the service worker's
//!   Cache Storage and its registration), and the answers on the page. The app opens no
//!   IndexedDB and sets no cookies.
//!
//! The menu is always mounted (in the header), so it also starts the embedding support on
//! creation: [`embed::apply_url_params`] and [`embed::start_height_reporting`].

use std::cell::RefCell;
use std::rc::Rc;

use leptos::prelude::*;
use serde_json::Value;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::domain::answers::Answers;
use crate::domain::case_file::{self, ImportError, Warning};
use crate::domain::Lang;
use crate::ui::browser::{download, js_to_json, json_to_js, local_storage, on_settled};
use crate::ui::ctx::UiLang;
use crate::ui::dom::action_of;
use crate::ui::embed;
use crate::ui::nav::go_to;
use crate::ui::state::{browser_now, browser_offset_at, CaseAnswers, WizardStep};

/// Every name this app gives to anything it stores starts with this.
pub const STORAGE_PREFIX: &str = "datenpanne-selbstcheck";
/// The `localStorage` key of the autosaved case (present only while autosave is on).
pub const AUTOSAVE_KEY: &str = "datenpanne-selbstcheck/autosave";
/// What the page tells the service worker to make it delete the offline copy (`assets/sw.js`).
const DELETE_MESSAGE: &str = "datenpanne-selbstcheck:delete";

/// The texts of this menu.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Label {
    Menu,
    Title,
    Intro,
    Save,
    Load,
    Autosave,
    AutosaveHint,
    AutosaveOn,
    Delete,
    DeleteQuestion,
    DeleteYes,
    Cancel,
    Saved,
    Loaded,
    Deleted,
    StorageUnavailable,
    AutosaveUnreadable,
}

fn label(label: Label, lang: Lang) -> &'static str {
    use Label::*;
    let (de, en) = match label {
        Menu => ("Speichern & Laden", "Save & load"),
        Title => ("Fall speichern und laden", "Save and load the case"),
        Intro => ("Die Datei wird nur auf Ihrem Gerät gespeichert. Mit „Fall laden“ machen Sie später dort weiter, auch auf einem anderen Gerät.", "The file is saved on your device only. With “Load case” you continue later where you left off, on another device too."),
        Save => ("Fall speichern", "Save case"),
        Load => ("Fall laden", "Load case"),
        Autosave => ("Automatisch in diesem Browser speichern", "Save automatically in this browser"),
        AutosaveHint => ("Aus (Voreinstellung): In diesem Browser wird nichts gespeichert. An: Ihre Antworten bleiben nach dem Neuladen erhalten, bis Sie sie löschen. Ausschalten löscht die gespeicherte Kopie.", "Off (the default): nothing is stored in this browser. On: your answers survive a reload until you delete them. Switching off deletes the stored copy."),
        AutosaveOn => ("Autospeichern an", "Autosave on"),
        Delete => ("Alle Daten in diesem Browser löschen", "Delete all data in this browser"),
        DeleteQuestion => ("Wirklich alles löschen? Entfernt werden Ihre Antworten auf dieser Seite, die automatische Speicherung und die Offline-Kopie der App. Dateien, die Sie gespeichert haben, bleiben auf Ihrem Gerät.", "Really delete everything? This removes your answers on this page, the automatic save and the offline copy of the app. Files you saved stay on your device."),
        DeleteYes => ("Ja, alles löschen", "Yes, delete everything"),
        Cancel => ("Abbrechen", "Cancel"),
        Saved => ("Fall gespeichert als", "Case saved as"),
        Loaded => ("Fall geladen.", "Case loaded."),
        Deleted => ("Alle Daten dieser App in diesem Browser sind gelöscht.", "All of this app's data in this browser has been deleted."),
        StorageUnavailable => ("Dieser Browser erlaubt hier kein Speichern (zum Beispiel im privaten Modus). Die automatische Speicherung bleibt aus.", "This browser does not allow storing data here (in private mode, for example). Autosave stays off."),
        AutosaveUnreadable => ("Die automatisch gespeicherte Kopie konnte nicht gelesen werden:", "The automatically saved copy could not be read:"),
    };
    crate::domain::lang::pick(lang, de, en)
}

/// The menu button's name, for the first screen written into `index.html` (`first_screen.rs`).
pub(crate) fn menu_label(lang: Lang) -> &'static str {
    label(Label::Menu, lang)
}

/// The autosave indicator's text, for the first screen written into `index.html`.
pub(crate) fn autosave_on_label(lang: Lang) -> &'static str {
    label(Label::AutosaveOn, lang)
}

/// What the menu last has to say. Rendered in the current language.
#[derive(Clone, Debug, PartialEq)]
enum Notice {
    Saved(String),
    Loaded(Vec<Warning>),
    LoadFailed(ImportError),
    AutosaveUnreadable(ImportError),
    StorageUnavailable,
    Deleted,
}

impl Notice {
    fn is_error(&self) -> bool {
        matches!(
            self,
            Notice::LoadFailed(_) | Notice::AutosaveUnreadable(_) | Notice::StorageUnavailable
        )
    }
    fn text(&self, lang: Lang) -> String {
        match self {
            Notice::Saved(name) => format!("{} {name}", label(Label::Saved, lang)),
            Notice::Loaded(warnings) => std::iter::once(label(Label::Loaded, lang).to_owned())
                .chain(warnings.iter().map(|w| w.message(lang)))
                .collect::<Vec<_>>()
                .join(" "),
            Notice::LoadFailed(e) => e.message(lang),
            Notice::AutosaveUnreadable(e) => {
                format!(
                    "{} {}",
                    label(Label::AutosaveUnreadable, lang),
                    e.message(lang)
                )
            }
            Notice::StorageUnavailable => label(Label::StorageUnavailable, lang).to_owned(),
            Notice::Deleted => label(Label::Deleted, lang).to_owned(),
        }
    }
}

const BUTTON: (&str, &str) = ("type", "button");

/// What a control of the menu does. Its `data-action` name is the selector the written first
/// screen, the hand-over (`handoff.rs`) and the tests find it by; a click or change is dispatched
/// by the element it reached, through the table [`build`] makes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Act {
    Toggle,
    Save,
    Load,
    Autosave,
    Confirm,
    Delete,
    Cancel,
}

impl Act {
    fn name(self) -> &'static str {
        match self {
            Act::Toggle => "toggle",
            Act::Save => "save",
            Act::Load => "load",
            Act::Autosave => "autosave",
            Act::Confirm => "confirm",
            Act::Delete => "delete",
            Act::Cancel => "cancel",
        }
    }
}

/// The controls and what each does.
type Actions = Rc<RefCell<Vec<(web_sys::Element, Act)>>>;

/// The panel's elements, built once with plain DOM calls, and kept in step with the state.
struct Parts {
    /// Every element showing a label, with its label.
    labels: Vec<(web_sys::Element, Label)>,
    indicator: web_sys::Element,
    toggle: web_sys::Element,
    switch: web_sys::HtmlInputElement,
    panel: web_sys::Element,
    notice: web_sys::Element,
}

/// Draw the menu into `tools` (indicator and toggle) and `panel`, and note each control's
/// action in `actions`. Why not `view!`: every distinct element written with `view!` costs its
/// own generic rendering code, and the app must stay within its download budget (as
/// `wizard_dom.rs` does for the questions; the figures are in `docs/PERFORMANCE.md`). One
/// listener per kind of event on each container handles the controls.
fn build(tools: &web_sys::Element, panel: &web_sys::Element, actions: &Actions) -> Option<Parts> {
    let doc = document();
    let mut labels = Vec::new();
    let mut acts = actions.borrow_mut();
    let mut el = |parent: &web_sys::Element,
                  tag: &str,
                  attrs: &[(&str, &str)],
                  text: Option<Label>|
     -> Option<web_sys::Element> {
        let e = doc.create_element(tag).ok()?;
        for (k, v) in attrs {
            let _ = e.set_attribute(k, v);
        }
        parent.append_child(&e).ok()?;
        if let Some(l) = text {
            labels.push((e.clone(), l));
        }
        Some(e)
    };
    let mut act = |e: web_sys::Element, a: Act| {
        let _ = e.set_attribute("data-action", a.name());
        acts.push((e.clone(), a));
        Some(e)
    };
    let indicator = el(
        tools,
        "span",
        &[("class", "autosave-indicator")],
        Some(Label::AutosaveOn),
    )?;
    let toggle = act(
        el(
            tools,
            "button",
            &[BUTTON, ("aria-controls", "case-panel")],
            Some(Label::Menu),
        )?,
        Act::Toggle,
    )?;
    el(
        panel,
        "h2",
        &[("id", "case-panel-title")],
        Some(Label::Title),
    )?;
    el(panel, "p", &[("class", "case-hint")], Some(Label::Intro))?;
    let actions = el(panel, "div", &[("class", "case-actions")], None)?;
    act(
        el(&actions, "button", &[BUTTON], Some(Label::Save))?,
        Act::Save,
    )?;
    // A visually hidden file input inside its label: focusable, and announced as a file chooser
    // named "Fall laden".
    let chooser = el(&actions, "label", &[("class", "button case-load")], None)?;
    act(
        el(
            &chooser,
            "input",
            &[
                ("type", "file"),
                ("class", "visually-hidden"),
                ("accept", ".json,application/json"),
            ],
            None,
        )?,
        Act::Load,
    )?;
    el(&chooser, "span", &[], Some(Label::Load))?;
    let row = el(panel, "div", &[("class", "case-switch")], None)?;
    let switch = act(
        el(
            &row,
            "input",
            &[
                ("type", "checkbox"),
                ("role", "switch"),
                ("id", "autosave-switch"),
                ("aria-describedby", "autosave-hint"),
            ],
            None,
        )?,
        Act::Autosave,
    )?;
    el(
        &row,
        "label",
        &[("for", "autosave-switch")],
        Some(Label::Autosave),
    )?;
    el(
        panel,
        "p",
        &[("id", "autosave-hint"), ("class", "case-hint")],
        Some(Label::AutosaveHint),
    )?;
    act(
        el(
            panel,
            "button",
            &[BUTTON, ("class", "danger case-delete")],
            Some(Label::Delete),
        )?,
        Act::Confirm,
    )?;
    let confirm = el(
        panel,
        "div",
        &[("class", "case-confirm"), ("role", "group")],
        None,
    )?;
    el(&confirm, "p", &[], Some(Label::DeleteQuestion))?;
    let answer = el(&confirm, "div", &[("class", "case-actions")], None)?;
    act(
        el(
            &answer,
            "button",
            &[BUTTON, ("class", "danger")],
            Some(Label::DeleteYes),
        )?,
        Act::Delete,
    )?;
    act(
        el(&answer, "button", &[BUTTON], Some(Label::Cancel))?,
        Act::Cancel,
    )?;
    let notice = el(
        panel,
        "p",
        &[("class", "case-notice"), ("role", "alert")],
        None,
    )?;
    Some(Parts {
        labels,
        indicator,
        toggle,
        switch: switch.dyn_into().ok()?,
        panel: panel.clone(),
        notice,
    })
}

/// Move the focus to the control that does `act`, once it is shown.
fn focus_later(actions: Actions, act: Act) {
    request_animation_frame(move || {
        let control = actions
            .borrow()
            .iter()
            .find(|(_, a)| *a == act)
            .and_then(|(e, _)| e.clone().dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(e) = control {
            let _ = e.focus();
        }
    });
}

/// Export, import, autosave switch and delete.
#[component]
pub fn CaseMenu() -> impl IntoView {
    let lang = expect_context::<UiLang>().0;
    let answers = expect_context::<CaseAnswers>().0;
    let open = RwSignal::new(false);
    let autosave = RwSignal::new(false);
    let confirming = RwSignal::new(false);
    let notice = RwSignal::new(None::<Notice>);

    // A case autosaved on an earlier visit comes back, and autosave stays on. Right after the
    // app has taken over (the start screen needs none of it), as the URL parameters and the
    // embed height.
    super::ctx::after_hand_over(move || {
        if let Some(text) = local_storage().and_then(|s| s.get_item(AUTOSAVE_KEY).ok().flatten()) {
            autosave.set(true);
            match case_file::import_with(&text, browser_parse) {
                Ok(imported) => answers.set(imported.answers),
                Err(e) => {
                    notice.set(Some(Notice::AutosaveUnreadable(e)));
                    open.set(true);
                }
            }
        }
        embed::apply_url_params(lang, answers);
        embed::start_height_reporting();
        // Leaving or reloading asks first while there are answers that would be lost: autosave
        // off and something entered beyond what the page was opened with, or a case restored
        // from the autosaved copy (switching autosave off deletes that copy) (issue 15).
        let touched = StoredValue::new(autosave.get_untracked());
        Effect::new(move |first: Option<()>| {
            answers.track();
            if first.is_some() {
                touched.set_value(true);
            }
        });
        super::browser::on_window("beforeunload", move |ev| {
            if touched.get_value() && !autosave.get_untracked() {
                ev.prevent_default();
                let _ = js_sys::Reflect::set(&ev, &"returnValue".into(), &"".into());
            }
        });
    });

    // While autosave is on, every change is written; while it is off, nothing is.
    Effect::new(move |_| {
        if !autosave.get() {
            return;
        }
        let text = answers.with(|a| case_file::export_with(a, browser_now(), browser_print));
        let stored = local_storage().is_some_and(|s| s.set_item(AUTOSAVE_KEY, &text).is_ok());
        if !stored {
            autosave.set(false);
            notice.set(Some(Notice::StorageUnavailable));
        }
    });

    let save = move || {
        let now = browser_now();
        let text = answers.with_untracked(|a| case_file::export_with(a, now, browser_print));
        let c = now.civil(browser_offset_at(now));
        let name = format!(
            "datenpanne-fall-{:04}-{:02}-{:02}-{:02}{:02}.json",
            c.year, c.month, c.day, c.hour, c.minute
        );
        notice.set(Some(if download(&name, "application/json", &text) {
            Notice::Saved(name)
        } else {
            Notice::StorageUnavailable
        }));
    };

    let load = move |input: web_sys::HtmlInputElement| {
        let file = input.files().and_then(|files| files.get(0));
        // Let the same file be chosen again later.
        input.set_value("");
        let Some(file) = file else { return };
        notice.set(None);
        if file.size() > case_file::MAX_BYTES as f64 {
            notice.set(Some(Notice::LoadFailed(ImportError::TooLarge)));
            return;
        }
        on_settled(
            &file.text(),
            Box::new(move |result| {
                let result = match result.ok().and_then(|v| v.as_string()) {
                    Some(text) => case_file::import_with(&text, browser_parse),
                    None => Err(ImportError::NotJson),
                };
                notice.set(Some(match result {
                    Ok(imported) => {
                        answers.set(imported.answers);
                        Notice::Loaded(imported.warnings)
                    }
                    Err(e) => Notice::LoadFailed(e),
                }));
            }),
        );
    };

    let set_autosave = move |on: bool| {
        if !on {
            if let Some(s) = local_storage() {
                let _ = s.remove_item(AUTOSAVE_KEY);
            }
        }
        notice.set(None);
        autosave.set(on);
    };

    let step = use_context::<WizardStep>();
    let delete_all = move || {
        confirming.set(false);
        autosave.set(false);
        answers.set(Answers::default());
        // Nothing left to show: back to the start screen.
        if let Some(step) = step {
            go_to(step, 0);
        }
        delete_browser_data();
        notice.set(Some(Notice::Deleted));
    };

    let actions: Actions = Default::default();
    let clicked = actions.clone();
    let on_click = move |ev: leptos::ev::MouseEvent| {
        let Some((act, _)) = action_of(&clicked.borrow(), ev.target()) else {
            return;
        };
        // Asking shows "Abbrechen" in place of the delete button: the focus goes along.
        let ask = |on: bool, focus: Act| {
            confirming.set(on);
            focus_later(clicked.clone(), focus);
        };
        match act {
            Act::Toggle => open.update(|o| *o = !*o),
            Act::Save => save(),
            Act::Confirm => ask(true, Act::Cancel),
            Act::Cancel => ask(false, Act::Confirm),
            Act::Delete => delete_all(),
            Act::Load | Act::Autosave => {}
        }
    };
    let changed = actions.clone();
    let on_change = move |ev: leptos::ev::Event| {
        let Some((act, control)) = action_of(&changed.borrow(), ev.target()) else {
            return;
        };
        let Ok(input) = control.dyn_into::<web_sys::HtmlInputElement>() else {
            return;
        };
        match act {
            Act::Load => load(input),
            Act::Autosave => set_autosave(input.checked()),
            _ => {}
        }
    };

    let tools = NodeRef::<leptos::html::Div>::new();
    let panel = NodeRef::<leptos::html::Section>::new();
    // Draws the menu once both containers exist, then keeps it in step with the state and the
    // language.
    Effect::new(move |parts: Option<Option<Parts>>| {
        let parts = parts.flatten().or_else(|| {
            let (tools, panel) = (tools.get()?, panel.get()?);
            build(&tools, &panel, &actions)
        })?;
        let l = lang.get();
        for (e, label_) in &parts.labels {
            e.set_text_content(Some(label(*label_, l)));
        }
        let on = autosave.get();
        let _ = parts.indicator.toggle_attribute_with_force("hidden", !on);
        parts.switch.set_checked(on);
        let is_open = open.get();
        let _ = parts
            .toggle
            .set_attribute("aria-expanded", if is_open { "true" } else { "false" });
        parts
            .panel
            .set_class_name(match (is_open, confirming.get()) {
                (false, _) => "case-panel",
                (true, false) => "case-panel open",
                (true, true) => "case-panel open confirming",
            });
        notice.with(|n| {
            parts
                .notice
                .set_class_name(match n.as_ref().map(Notice::is_error) {
                    Some(true) => "case-notice error",
                    _ => "case-notice",
                });
            parts
                .notice
                .set_text_content(n.as_ref().map(|n| n.text(l)).as_deref());
        });
        Some(parts)
    });

    view! {
        <div class="case-menu" node_ref=tools on:click=on_click.clone()></div>
        <section
            id="case-panel"
            class="case-panel"
            aria-labelledby="case-panel-title"
            node_ref=panel
            on:click=on_click
            on:change=on_change
        ></section>
    }
}

// JSON through the browser's `JSON.parse` and `JSON.stringify`: the same documents as
// serde_json's parser and printer (which the native tests use), without shipping those in the
// wasm. The mapping of answers stays in `case_file`, on `serde_json::Value`.

fn browser_parse(text: &str) -> Option<Value> {
    js_sys::JSON::parse(text).ok().map(|v| js_to_json(&v, 0))
}

fn browser_print(doc: &Value) -> String {
    // The wasm build's maps are sorted by key; put the envelope's header first for readers.
    let js = js_sys::Object::new();
    if let Value::Object(map) = doc {
        for key in ["format", "version", "saved_at"]
            .into_iter()
            .chain(map.keys().map(String::as_str))
        {
            if let Some(value) = map.get(key) {
                let _ = js_sys::Reflect::set(&js, &JsValue::from_str(key), &json_to_js(value));
            }
        }
    }
    js_sys::JSON::stringify_with_replacer_and_space(&js, &JsValue::NULL, &2.into())
        .map(String::from)
        .unwrap_or_default()
}

/// Remove every entry of `storage` whose key starts with [`STORAGE_PREFIX`].
fn clear_own_entries(storage: Option<web_sys::Storage>) {
    let Some(storage) = storage else { return };
    let count = storage.length().unwrap_or(0);
    let own: Vec<String> = (0..count)
        .filter_map(|i| storage.key(i).ok().flatten())
        .filter(|k| k.starts_with(STORAGE_PREFIX))
        .collect();
    for key in own {
        let _ = storage.remove_item(&key);
    }
}

/// Delete everything this app keeps in the browser: its `localStorage` and `sessionStorage`
/// entries, and the offline copy, which the service worker removes on this message (its caches
/// and its registration; see `assets/sw.js`). The app opens no IndexedDB and sets no cookies.
fn delete_browser_data() {
    let win = window();
    clear_own_entries(local_storage());
    clear_own_entries(win.session_storage().ok().flatten());
    let navigator = win.navigator();
    if !js_sys::Reflect::has(&navigator, &"serviceWorker".into()).unwrap_or(false) {
        return;
    }
    on_settled(
        &navigator.service_worker().get_registration(),
        Box::new(|registration| {
            let worker = registration
                .ok()
                .and_then(|r| r.dyn_into::<web_sys::ServiceWorkerRegistration>().ok())
                .and_then(|r| r.active());
            if let Some(worker) = worker {
                let _ = worker.post_message(&DELETE_MESSAGE.into());
            }
        }),
    );
}
