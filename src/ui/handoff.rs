//! Taking over from the first screen that `index.html` shows before the app has arrived
//! (`first_screen.rs` writes it, `scripts/loader.js` keeps it working meanwhile).
//!
//! The loader notes in `window.__firstScreen` what the visitor did while the app was loading:
//! `clicks`, a list of CSS selectors of the buttons pressed (`#start`, `#preset-…`,
//! `[data-action="toggle"]`), and `lang` when the language was switched. [`take_over`] also
//! notes which control of the written screen has the focus, then removes the written screen just
//! before the app draws its own (in the same task, so nothing flickers); [`replay`] then repeats
//! those clicks on the app's controls, which carry the same ids and actions, or puts the focus
//! back. Without a written screen (the component tests) both do nothing.

use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

use crate::domain::Lang;

use super::first_screen::{HANDOFF_STATE, ID, TEMPLATE_EN};

/// What the visitor did on the written first screen.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Handoff {
    /// The language the first screen showed (the page's `lang`): the app starts in it.
    pub shown: Option<Lang>,
    /// The language the visitor switched to, if they did.
    pub chosen: Option<Lang>,
    /// Selectors of the buttons pressed, oldest first.
    pub clicks: Vec<String>,
    /// Selector of the control that had the focus.
    pub focus: Option<String>,
}

fn get(obj: &JsValue, key: &str) -> Option<JsValue> {
    js_sys::Reflect::get(obj, &JsValue::from_str(key))
        .ok()
        .filter(|v| !v.is_undefined() && !v.is_null())
}

/// Remove the written first screen (and its template) and return what was done on it.
pub fn take_over() -> Handoff {
    let doc = document();
    let state = get(&window(), HANDOFF_STATE);
    if let Some(state) = &state {
        // From now on the loader notes nothing more.
        let _ = js_sys::Reflect::set(state, &"taken".into(), &JsValue::TRUE);
    }
    let Some(screen) = doc.get_element_by_id(ID) else {
        return Handoff::default();
    };
    let mut handoff = Handoff {
        shown: doc
            .document_element()
            .and_then(|e| e.get_attribute("lang"))
            .and_then(|code| Lang::from_code(&code)),
        ..Handoff::default()
    };
    if let Some(state) = state {
        handoff.chosen = get(&state, "lang")
            .and_then(|v| v.as_string())
            .and_then(|code| Lang::from_code(&code));
        handoff.clicks = get(&state, "clicks")
            .and_then(|v| v.dyn_into::<js_sys::Array>().ok())
            .map(|a| a.iter().filter_map(|s| s.as_string()).collect())
            .unwrap_or_default();
    }
    handoff.focus = doc
        .active_element()
        .filter(|e| screen.contains(Some(e)))
        .and_then(|e| selector_of(&e));
    screen.remove();
    if let Some(template) = doc.get_element_by_id(TEMPLATE_EN) {
        template.remove();
    }
    handoff
}

/// How the loader names a control: by id, or by its `data-action`.
fn selector_of(e: &web_sys::Element) -> Option<String> {
    let id = e.id();
    if !id.is_empty() {
        return Some(format!("#{id}"));
    }
    e.get_attribute("data-action")
        .map(|a| format!("[data-action=\"{a}\"]"))
}

/// Once the app has drawn its first screen: switch to the chosen language, press again what was
/// pressed, and otherwise put the focus back where it was.
pub fn replay(handoff: Handoff, lang: RwSignal<Lang>) {
    if handoff.chosen.is_none() && handoff.clicks.is_empty() && handoff.focus.is_none() {
        return; // nothing was done on the written screen: no timer at start-up
    }
    set_timeout(
        move || {
            if let Some(l) = handoff.chosen {
                lang.set(l);
            }
            let find = |sel: &str| {
                document()
                    .query_selector(sel)
                    .ok()
                    .flatten()
                    .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
            };
            for sel in &handoff.clicks {
                if let Some(e) = find(sel) {
                    e.click();
                }
            }
            if handoff.clicks.is_empty() {
                if let Some(e) = handoff.focus.as_deref().and_then(find) {
                    let _ = e.focus();
                }
            }
        },
        std::time::Duration::ZERO,
    );
}
