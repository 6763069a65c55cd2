//! The interface. Components read and write state and render; decisions come from
//! [`crate::domain`].

pub mod browser;
pub mod case_menu;
pub mod ctx;
pub mod dom;
pub mod drafts;
pub mod drafts_host;
pub mod drafts_module;
pub mod embed;
pub mod first_screen;
pub mod form_aid;
pub mod handoff;
pub mod i18n;
pub mod markup;
pub mod nav;
pub mod outline;
pub mod questions;
pub mod register;
pub mod state;
pub mod verdict;
pub mod wizard;
pub mod wizard_dom;

use leptos::prelude::*;

use crate::domain::Lang;
use ctx::{after_hand_over, begin_hand_over, provide_lang, tr, UiLang};
use i18n::{text, Key};

/// The whole app: empty answers, the browser's clock ticking, in the language the first screen
/// showed (German unless switched). It takes the place of the first screen written into
/// `index.html` and repeats what was clicked there while the app was loading (`handoff.rs`).
/// Only what the start screen needs runs before its DOM is in place; the rest follows in the
/// next task ([`after_hand_over`]), the replay of early clicks last.
#[component]
pub fn App() -> impl IntoView {
    let handoff = handoff::take_over();
    begin_hand_over();
    let lang = provide_lang(handoff.shown.unwrap_or(Lang::De));
    let (_, clock, _) = state::provide_state(Default::default(), state::browser_now());
    after_hand_over(move || state::tick_clock(clock));
    // The steps in the browser's history: the app's, not a component's (a test mounts `Shell`
    // many times in one page, and the history belongs to the page).
    after_hand_over(|| nav::follow_history(expect_context::<state::WizardStep>()));
    // Drawing the shell queues the case menu's work (autosave, URL parameters, embed height).
    let shell = view! { <Shell/> };
    after_hand_over(move || handoff::replay(handoff, lang));
    shell
}

/// Everything on the page, reading the contexts that [`App`] (or a test) provides.
#[component]
pub fn Shell() -> impl IntoView {
    let lang = expect_context::<UiLang>().0;
    let step = expect_context::<state::WizardStep>().0;
    // Keep <html lang> in step with the interface language (screen readers, hyphenation). The
    // written first screen has set it already.
    after_hand_over(move || {
        Effect::new(move |_| {
            if let Some(root) = document().document_element() {
                let _ = root.set_attribute("lang", lang.get().code());
            }
        });
    });
    let started = Memo::new(move |_| step.get() > 0);
    view! {
        <header class="topbar">
            <span class="brand">{tr(Key::AppName)}</span>
            <div class="topbar-tools">
                <case_menu::CaseMenu/>
                <LanguageToggle/>
            </div>
        </header>
        <div class="layout" class:started=move || started.get()>
            <main id="main" class="page">
                {move || {
                    if started.get() {
                        view! { <wizard::Wizard/> }.into_any()
                    } else {
                        view! { <wizard::StartScreen/> }.into_any()
                    }
                }}
                <verdict::Announcer/>
            </main>
            <Show when=move || started.get()>
                <verdict::VerdictPanel/>
            </Show>
        </div>
    }
}

/// Switches between German and English; answers are kept because only the language changes.
#[component]
pub fn LanguageToggle() -> impl IntoView {
    let lang = expect_context::<UiLang>().0;
    let next = move || lang.get().other();
    view! {
        <button
            type="button"
            class="lang-toggle"
            id=first_screen::LANG_TOGGLE
            lang=move || next().code()
            aria-label=move || format!("{}: {}", text(lang.get(), Key::LanguageName), text(lang.get(), Key::LanguageSwitch))
            on:click=move |_| lang.set(next())
        >
            {tr(Key::LanguageSwitch)}
        </button>
    }
}
