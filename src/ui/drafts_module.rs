//! The entry points of the drafts module (`src/bin/drafts.rs` exports them to JavaScript), the
//! other side of [`super::drafts_host`].
//!
//! The module runs a reactive root of its own in the element the app hands it: the
//! [`DraftsPanel`] (with its form aid, [`crate::ui::form_aid`]) and the breach register
//! ([`RegisterPanel`]), with the contexts they read in the app ([`crate::ui::UiLang`], [`crate::ui::state::CaseAnswers`],
//! [`crate::ui::state::Clock`], [`crate::ui::state::Verdict`]), filled from what the app sends:
//! the case as a saved-case document (the format of `domain::case_file`), the interface language
//! code and the time in seconds. The verdict is recomputed here from the answers, by the same
//! engine, so both modules always agree.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use leptos::prelude::*;
use wasm_bindgen::JsValue;

use crate::domain::answers::Answers;
use crate::domain::{case_file, Instant, Lang};
use crate::ui::browser::js_to_json;
use crate::ui::ctx::provide_lang;
use crate::ui::drafts::DraftsPanel;
use crate::ui::register::RegisterPanel;
use crate::ui::state;

/// The signals of the mounted panel and the handle that keeps it in the page.
struct Mounted {
    lang: RwSignal<Lang>,
    answers: RwSignal<Answers>,
    clock: RwSignal<Instant>,
    _view: Box<dyn std::any::Any>,
}

thread_local! {
    static MOUNTED: RefCell<Option<Mounted>> = const { RefCell::new(None) };
}

/// The answers of a saved-case document, or why it is not one.
fn answers_of(case: &JsValue) -> Result<Answers, JsValue> {
    case_file::from_value(&js_to_json(case, 0))
        .map(|imported| imported.answers)
        .map_err(|e| JsValue::from_str(&e.message(Lang::En)))
}

fn lang_of(code: &str) -> Lang {
    Lang::from_code(code).unwrap_or_default()
}

/// Render the drafts panel for `case` into `host` (replacing a panel mounted before).
pub fn mount(
    host: web_sys::HtmlElement,
    case: &JsValue,
    lang: &str,
    now: f64,
) -> Result<(), JsValue> {
    let answers = answers_of(case)?;
    unmount();
    let (lang, now) = (lang_of(lang), Instant(now as i64));
    let signals = Rc::new(Cell::new(None));
    let out = signals.clone();
    let view = leptos::mount::mount_to(host, move || {
        let lang = provide_lang(lang);
        let (answers, clock, _) = state::provide_state(answers, now);
        out.set(Some((lang, answers.0, clock.0)));
        view! {
            <DraftsPanel/>
            <RegisterPanel/>
        }
    });
    let (lang, answers, clock) = signals
        .take()
        .ok_or_else(|| JsValue::from_str("the drafts panel did not start"))?;
    MOUNTED.with_borrow_mut(|m| {
        *m = Some(Mounted {
            lang,
            answers,
            clock,
            _view: Box::new(view),
        })
    });
    Ok(())
}

/// Show the drafts for a changed case, language or time. Unchanged values change nothing.
pub fn update(case: &JsValue, lang: &str, now: f64) -> Result<(), JsValue> {
    let answers = answers_of(case)?;
    let (lang, now) = (lang_of(lang), Instant(now as i64));
    MOUNTED.with_borrow(|m| {
        if let Some(m) = m {
            if m.lang.get_untracked() != lang {
                m.lang.set(lang);
            }
            if m.clock.get_untracked() != now {
                m.clock.set(now);
            }
            if m.answers.with_untracked(|a| *a != answers) {
                m.answers.set(answers);
            }
        }
    });
    Ok(())
}

/// Remove the panel (the summary was left).
pub fn unmount() {
    let old = MOUNTED.with_borrow_mut(Option::take);
    drop(old);
}
