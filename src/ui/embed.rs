//! Embedding support (issue #6, `docs/EMBEDDING.md`): URL parameters for the language and a
//! preselected Land and sector, and the iframe height message.
//!
//! The URL never carries answers: only `lang`, `land` and `sector` are read, and unknown or
//! malformed values are ignored. The height message carries the height and nothing else.
//!
//! `src/ui/mod.rs` does not call these itself: [`crate::ui::case_menu::CaseMenu`], which the app
//! always mounts in its header, calls both once when it is created.

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::domain::answers::Answers;
use crate::domain::authority::{Land, Sector};
use crate::domain::Lang;

/// The `type` of the message the iframe sends its parent.
pub const HEIGHT_MESSAGE: &str = "datenpanne-selbstcheck:height";

/// What the page's URL asks for. Each part is `None` when absent or not understood.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct UrlParams {
    pub lang: Option<Lang>,
    pub land: Option<Land>,
    pub sector: Option<Sector>,
}

/// Read `?lang=en&land=NW&sector=public` (a leading `?` is optional). Codes are matched
/// case-insensitively; anything else in the query is ignored. The first occurrence wins.
pub fn parse_params(query: &str) -> UrlParams {
    let mut params = UrlParams::default();
    for pair in query.trim_start_matches('?').split('&') {
        let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
        let value = value.trim();
        match name {
            "lang" if params.lang.is_none() => {
                params.lang = Lang::from_code(&value.to_ascii_lowercase())
            }
            "land" if params.land.is_none() => {
                params.land = Land::from_code(&value.to_ascii_uppercase())
            }
            "sector" if params.sector.is_none() => {
                params.sector = Sector::from_key(&value.to_ascii_lowercase())
            }
            _ => {}
        }
    }
    params
}

/// Apply the URL's language, and its Land and sector where those are still unanswered (a case
/// restored from autosave keeps its own).
pub fn apply_url_params(lang: RwSignal<Lang>, answers: RwSignal<Answers>) {
    let query = window().location().search().unwrap_or_default();
    let params = parse_params(&query);
    if let Some(l) = params.lang {
        lang.set(l);
    }
    if params.land.is_some() || params.sector.is_some() {
        answers.update(|a| {
            if a.land.is_none() {
                a.land = params.land;
            }
            if a.sector.is_none() {
                a.sector = params.sector;
            }
        });
    }
}

/// When the page runs inside a frame, tell the parent the content's height whenever it changes:
/// `{type: "datenpanne-selbstcheck:height", height: <CSS pixels>}`. Nothing else is sent.
pub fn start_height_reporting() {
    let win = window();
    let Ok(Some(parent)) = win.parent() else {
        return;
    };
    if js_sys::Object::is(&parent, &win) {
        return; // not framed
    }
    let Some(root) = document().document_element() else {
        return;
    };
    let measured = root.clone();
    let mut last = 0;
    let report = Closure::<dyn FnMut()>::new(move || {
        // The root element's own box: its content height, not the frame's viewport.
        let height = measured.get_bounding_client_rect().height().ceil().max(0.0) as u32;
        if height != last {
            last = height;
            let message = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&message, &"type".into(), &HEIGHT_MESSAGE.into());
            let _ = js_sys::Reflect::set(&message, &"height".into(), &height.into());
            // "*": the message holds a number only, and the host's origin is not known here.
            let _ = parent.post_message(&message, "*");
        }
    });
    match web_sys::ResizeObserver::new(report.as_ref().unchecked_ref()) {
        Ok(observer) => {
            observer.observe(&root);
            // The observer and its callback live as long as the page.
            std::mem::forget(observer);
            report.forget();
        }
        Err(_) => {
            // No ResizeObserver: report once.
            let f: &js_sys::Function = report.as_ref().unchecked_ref();
            let _ = f.call0(&JsValue::NULL);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_query_gives_language_land_and_sector() {
        assert_eq!(
            parse_params("?lang=en&land=NW&sector=public"),
            UrlParams {
                lang: Some(Lang::En),
                land: Some(Land::NW),
                sector: Some(Sector::Public),
            }
        );
        assert_eq!(
            parse_params("land=by&lang=DE&sector=Church_Catholic"),
            UrlParams {
                lang: Some(Lang::De),
                land: Some(Land::BY),
                sector: Some(Sector::ChurchCatholic),
            }
        );
    }

    #[test]
    fn anything_else_is_ignored() {
        assert_eq!(parse_params(""), UrlParams::default());
        assert_eq!(parse_params("?"), UrlParams::default());
        assert_eq!(
            parse_params("?lang=fr&land=XX&sector=&org_name=Acme&subjects=5&&=&lang"),
            UrlParams::default()
        );
        assert_eq!(
            parse_params("?lang=en&lang=de&land=HH&land=BE").land,
            Some(Land::HH)
        );
        assert_eq!(
            parse_params("?lang=en&lang=de").lang,
            Some(Lang::En),
            "the first occurrence wins"
        );
    }
}
