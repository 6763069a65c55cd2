//! The drafts on the summary step, loaded when they are first needed (issue #7).
//!
//! The document builders and their texts are a second wasm module (`src/bin/drafts.rs`, entry
//! points in [`super::drafts_module`]), so the first screen does not download them. This
//! component is the app's side of that module: it loads it once the summary is shown, hands it an
//! element to render the [`super::drafts::DraftsPanel`] into, and keeps it in step with the
//! answers, the interface language and the minute. It decides nothing.
//!
//! `scripts/trunk-post-build.mjs` gives the module's files hashed names and writes them into
//! `<meta name="drafts-module" content="…js" data-wasm="…wasm">`, where the loader finds them.
//! Without that element (or when the files cannot be fetched) the panel says so and offers to
//! try again; the answers are never touched.

use leptos::html::Div;
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::domain::answers::Answers;
use crate::domain::{case_file, Instant, Lang};
use crate::ui::browser::{json_to_js, on_settled};
use crate::ui::ctx::UiLang;
use crate::ui::state::{CaseAnswers, Clock};

#[wasm_bindgen(inline_js = r#"
let loading;
let failures = 0;
export function load_drafts_module() {
  if (!loading) {
    const meta = document.querySelector('meta[name="drafts-module"]');
    if (!meta) return Promise.reject(new Error('this page names no drafts module'));
    if (meta.dataset.css && !document.querySelector('link[data-drafts-css]')) {
      const css = document.createElement('link');
      css.rel = 'stylesheet';
      css.href = new URL(meta.dataset.css, document.baseURI).href;
      css.dataset.draftsCss = '';
      document.head.append(css);
    }
    const js = new URL(meta.content, document.baseURI);
    // A module whose fetch failed stays failed under its URL: a retry asks under a new one.
    if (failures > 0) js.searchParams.set('retry', failures);
    loading = import(js.href).then(async (m) => {
      await m.default({ module_or_path: new URL(meta.dataset.wasm, document.baseURI) });
      return m;
    });
    loading.catch(() => { loading = undefined; failures += 1; });
  }
  return loading;
}
"#)]
extern "C" {
    /// The drafts module, loaded once (a failed load is tried afresh on the next call).
    fn load_drafts_module() -> js_sys::Promise;

    /// The exports of `src/bin/drafts.rs`.
    #[derive(Clone)]
    type DraftsModule;

    #[wasm_bindgen(method, catch)]
    fn mount(
        this: &DraftsModule,
        host: &web_sys::HtmlElement,
        case: &JsValue,
        lang: &str,
        now: f64,
    ) -> Result<(), JsValue>;

    #[wasm_bindgen(method, catch)]
    fn update(this: &DraftsModule, case: &JsValue, lang: &str, now: f64) -> Result<(), JsValue>;

    #[wasm_bindgen(method)]
    fn unmount(this: &DraftsModule);
}

/// Where loading the module stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Load {
    Loading,
    Ready,
    Failed,
}

fn message(load: Load, lang: Lang) -> &'static str {
    match (load, lang) {
        (Load::Loading, Lang::De) => "Die Entwürfe werden geladen …",
        (Load::Loading, Lang::En) => "Loading the drafts …",
        (Load::Failed, Lang::De) => {
            "Die Entwürfe konnten nicht geladen werden. Ihre Antworten bleiben erhalten. \
             Bitte prüfen Sie die Verbindung und versuchen Sie es erneut."
        }
        (Load::Failed, Lang::En) => {
            "The drafts could not be loaded. Your answers are kept. Please check the \
             connection and try again."
        }
        (Load::Ready, _) => "",
    }
}

fn retry_label(lang: Lang) -> &'static str {
    match lang {
        Lang::De => "Erneut versuchen",
        Lang::En => "Try again",
    }
}

/// The case as the module receives it: the saved-case document, as a JS object.
fn case_value(answers: &Answers, now: Instant) -> JsValue {
    json_to_js(&case_file::to_value(answers, now))
}

/// The drafts panel, from the drafts module.
#[component]
pub fn LazyDrafts() -> impl IntoView {
    let ui = expect_context::<UiLang>().0;
    let answers = expect_context::<CaseAnswers>().0;
    let clock = expect_context::<Clock>().0;
    let minute = Memo::new(move |_| clock.get().start_of_minute());
    let host = NodeRef::<Div>::new();
    let load = RwSignal::new(Load::Loading);
    let attempt = RwSignal::new(0u32);
    let module = StoredValue::new_local(None::<DraftsModule>);

    // Load the module once the host element is in the page (again after "try again").
    Effect::new(move |_| {
        attempt.track();
        let Some(el) = host.get() else { return };
        load.set(Load::Loading);
        on_settled(
            &load_drafts_module(),
            Box::new(move |result| {
                // The summary may have been left meanwhile: then there is nothing to fill.
                let Ok(m) = result else {
                    load.try_set(Load::Failed);
                    return;
                };
                let (Some(lang), Some(now)) = (ui.try_get_untracked(), minute.try_get_untracked())
                else {
                    return;
                };
                if !el.is_connected() {
                    return;
                }
                let m: DraftsModule = m.unchecked_into();
                let case = answers.with_untracked(|a| case_value(a, now));
                if m.mount(&el, &case, lang.code(), now.0 as f64).is_ok() {
                    module.try_set_value(Some(m));
                    load.try_set(Load::Ready);
                } else {
                    load.try_set(Load::Failed);
                }
            }),
        );
    });

    // Keep the drafts in step with the answers, the language and the minute.
    Effect::new(move |_| {
        let (ready, lang, now) = (load.get() == Load::Ready, ui.get(), minute.get());
        answers.track();
        if !ready {
            return;
        }
        let case = answers.with_untracked(|a| case_value(a, now));
        module.with_value(|m| {
            if let Some(m) = m {
                let _ = m.update(&case, lang.code(), now.0 as f64);
            }
        });
    });
    on_cleanup(move || {
        if let Some(Some(m)) = module.try_update_value(Option::take) {
            m.unmount();
        }
    });

    view! {
        <Show when=move || load.get() != Load::Ready>
            <div class="drafts-loading no-print" role="status">
                <p>{move || message(load.get(), ui.get())}</p>
                <Show when=move || load.get() == Load::Failed>
                    <button type="button" id="drafts-retry" on:click=move |_| attempt.update(|n| *n += 1)>
                        {move || retry_label(ui.get())}
                    </button>
                </Show>
            </div>
        </Show>
        <div class="drafts-host" node_ref=host></div>
    }
}
