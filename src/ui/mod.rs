//! The interface. Components read and write state and render; decisions come from
//! [`crate::domain`].

pub mod case_menu;
pub mod drafts;
pub mod embed;
pub mod i18n;
pub mod state;

use leptos::prelude::*;

use crate::domain::Lang;
use i18n::{text, Key};

/// The current interface language, shared through context.
#[derive(Clone, Copy)]
pub struct UiLang(pub RwSignal<Lang>);

/// A reactive text for `key` in the current language.
pub fn tr(key: Key) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    let lang = expect_context::<UiLang>().0;
    move || text(lang.get(), key)
}

/// The whole app.
#[component]
pub fn App() -> impl IntoView {
    let lang = RwSignal::new(Lang::De);
    provide_context(UiLang(lang));
    state::provide_state(Default::default(), state::browser_now());
    // Keep <html lang> in step with the interface language (screen readers, hyphenation).
    Effect::new(move |_| {
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("lang", lang.get().code());
        }
    });
    view! {
        <header class="topbar">
            <span class="brand">{tr(Key::AppName)}</span>
            <case_menu::CaseMenu/>
            <LanguageToggle/>
        </header>
        <main id="main" class="page">
            <StartScreen/>
        </main>
    }
}

/// Switches between German and English; answers are kept because only the language changes.
#[component]
pub fn LanguageToggle() -> impl IntoView {
    let lang = expect_context::<UiLang>().0;
    let next = move || match lang.get() {
        Lang::De => Lang::En,
        Lang::En => Lang::De,
    };
    view! {
        <button
            type="button"
            class="lang-toggle"
            lang=move || next().code()
            aria-label=move || format!("{}: {}", text(lang.get(), Key::LanguageName), text(lang.get(), Key::LanguageSwitch))
            on:click=move |_| lang.set(next())
        >
            {tr(Key::LanguageSwitch)}
        </button>
    }
}

/// What the check does and the promise that nothing leaves the browser.
#[component]
pub fn StartScreen() -> impl IntoView {
    view! {
        <section class="start" aria-labelledby="start-title">
            <h1 id="start-title" tabindex="-1">{tr(Key::AppName)}</h1>
            <p class="tagline">{tr(Key::Tagline)}</p>
            <p>{tr(Key::StartIntro)}</p>
            <p class="privacy">{tr(Key::PrivacyPromise)}</p>
            <p class="disclaimer">{tr(Key::Disclaimer)}</p>
        </section>
    }
}
