//! The drafts module: the printable drafts and their builders, a wasm module of its own that the
//! app loads only when the summary step shows the drafts (issue #7: the first screen stays
//! small). Trunk builds it next to the app (`index.html`, `data-type="worker"`); the functions
//! live in `selbstcheck::ui::drafts_module`, this file only exports them.

use wasm_bindgen::prelude::*;

/// Render the drafts panel for `case` (a saved-case document) into `host`.
#[wasm_bindgen]
pub fn mount(
    host: web_sys::HtmlElement,
    case: JsValue,
    lang: &str,
    now: f64,
) -> Result<(), JsValue> {
    selbstcheck::ui::drafts_module::mount(host, &case, lang, now)
}

/// Show the drafts for a changed case, interface language or time (seconds since 1970).
#[wasm_bindgen]
pub fn update(case: JsValue, lang: &str, now: f64) -> Result<(), JsValue> {
    selbstcheck::ui::drafts_module::update(&case, lang, now)
}

/// Remove the panel.
#[wasm_bindgen]
pub fn unmount() {
    selbstcheck::ui::drafts_module::unmount()
}

fn main() {}
