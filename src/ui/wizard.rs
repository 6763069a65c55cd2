//! The self-check wizard's screens: the start screen with its presets, the six question steps
//! (drawn from the question table in `questions.rs`), the summary.
//!
//! Components only read and write [`CaseAnswers`]; every decision comes from the domain. Text
//! inputs are never rewritten while the user types: the DOM value is only set when the answer
//! changed from elsewhere (a preset, a loaded case), so a half-typed date or number is never lost.

use std::cell::RefCell;
use std::rc::Rc;

use leptos::prelude::*;

use crate::domain::answers::Answers;
use crate::domain::Lang;

use super::ctx::{tr, UiLang};
use super::dom::{el, text_el};
use super::first_screen;
use super::i18n::{self, text, Key};
use super::nav::{back, go_to};
use super::nav::{GoTo, StepLinks};
use super::questions::{answer_text, questions, step_key, STEPS, SUMMARY};
use super::state::{CaseAnswers, WizardStep};

fn answers() -> RwSignal<Answers> {
    expect_context::<CaseAnswers>().0
}

fn lang() -> RwSignal<Lang> {
    expect_context::<UiLang>().0
}

// ---------------------------------------------------------------------------------------------
// Screens
// ---------------------------------------------------------------------------------------------

/// The start screen: what the check does, the privacy promise, and the presets. It is the
/// description [`first_screen::write_start_section`] gives, written into the DOM, the same that
/// `index.html` shows before the app has arrived; it is drawn again when the language changes.
#[component]
pub fn StartScreen() -> impl IntoView {
    use first_screen::StartAction;
    let a = answers();
    let step = expect_context::<WizardStep>();
    let lang = lang();
    let node = NodeRef::<leptos::html::Section>::new();
    let actions: Rc<RefCell<Vec<(web_sys::Element, StartAction)>>> = Default::default();
    let drawn = actions.clone();
    // Drawn again only when the language really changes: a redraw would take the focus away.
    Effect::new(move |last: Option<Option<Lang>>| {
        let l = lang.get();
        let root = node.get()?;
        if last.flatten() != Some(l) {
            root.set_text_content(None);
            let mut writer = super::dom::DomWriter::new(root.into());
            first_screen::write_start_section(&mut writer, l);
            *drawn.borrow_mut() = writer.into_actions();
        }
        Some(l)
    });
    let on_click = move |ev: web_sys::MouseEvent| {
        match super::dom::action_of(&actions.borrow(), ev.target()).map(|(a, _)| a) {
            // Only the incident: the Land and sector the page was opened with stay.
            Some(StartAction::Preset(p)) => a.update(|current| p.apply(current)),
            Some(StartAction::Start) => {}
            None => return,
        }
        go_to(step, 1);
    };
    view! { <section class="start" aria-labelledby="start-title" node_ref=node on:click=on_click></section> }
}

/// The progress indicator: every step, the current one marked; each can be visited.
#[component]
pub fn Progress() -> impl IntoView {
    let step = expect_context::<WizardStep>();
    let lang = lang();
    let node = NodeRef::<leptos::html::Ol>::new();
    let items: Rc<RefCell<Vec<(web_sys::Element, web_sys::Element, web_sys::Element)>>> =
        Default::default();
    let it = items.clone();
    let links = StepLinks::default();
    let to_step = links.clone();
    Effect::new(move |_| {
        let Some(root) = node.get() else {
            return;
        };
        let (current, l) = (step.0.get(), lang.get());
        let mut items = it.borrow_mut();
        if items.is_empty() {
            for n in 1..=SUMMARY {
                let li = el(&root, "li", &[]);
                let b = to_step.button(&li, GoTo::step(n), "");
                let _ = b.set_attribute("class", "");
                text_el(
                    &b,
                    "span",
                    &[("class", "num"), ("aria-hidden", "true")],
                    &n.to_string(),
                );
                let label = el(&b, "span", &[("class", "label")]);
                items.push((li, b, label));
            }
        }
        for (i, (li, b, label)) in items.iter().enumerate() {
            let n = i + 1;
            let state = match current {
                s if s == n => "current",
                s if s > n => "done",
                _ => "",
            };
            let _ = li.set_attribute("class", state);
            if n == current {
                let _ = b.set_attribute("aria-current", "step");
            } else {
                let _ = b.remove_attribute("aria-current");
            }
            label.set_text_content(Some(text(l, step_key(n))));
        }
    });
    let on_click = move |ev: web_sys::MouseEvent| {
        links.follow(step, &ev);
    };
    view! {
        <nav class="progress" aria-label=tr(Key::ProgressLabel)>
            <ol node_ref=node on:click=on_click></ol>
        </nav>
    }
}

/// The heading of a step; focused when the step is entered.
fn step_heading(n: usize, intro: Key) -> impl IntoView {
    let lang = lang();
    view! {
        <h1 id="step-title" tabindex="-1">
            <span class="step-no">{move || i18n::step_of_text(n, SUMMARY, lang.get())}</span>
            <span class="visually-hidden">": "</span>
            {tr(step_key(n))}
        </h1>
        <p class="step-intro">{tr(intro)}</p>
    }
}

const INTROS: [Key; 7] = [
    Key::StepWhoIntro,
    Key::StepWhatIntro,
    Key::StepWhenIntro,
    Key::StepDataIntro,
    Key::StepProtectionIntro,
    Key::StepConsequencesIntro,
    Key::StepSummaryIntro,
];

/// The wizard: progress, the current step, back and forward.
#[component]
pub fn Wizard() -> impl IntoView {
    let step = expect_context::<WizardStep>();
    let lang = lang();
    let current = Memo::new(move |_| step.0.get().clamp(1, SUMMARY));
    // A new step may reuse the old one's container element: the questions clear it before they
    // draw (see `StepQuestions`).
    let body = move |n: usize| {
        let content = if n == SUMMARY {
            view! { <Summary/> }.into_any()
        } else {
            view! { <super::wizard_dom::StepQuestions n=n/> }.into_any()
        };
        view! {
            {step_heading(n, INTROS[n - 1])}
            {content}
        }
    };
    let label = move |first: Key, last: Key, at: usize| {
        move || text(lang.get(), if current.get() == at { last } else { first })
    };
    view! {
        <div class="wizard">
            <Progress/>
            {move || body(current.get())}
            <div class="step-nav">
                <button type="button" id="back" on:click=move |_| back(step)>
                    <span aria-hidden="true">"← "</span>
                    {label(Key::Back, Key::BackToStart, 1)}
                </button>
                <button
                    type="button"
                    id="to-summary"
                    hidden=move || !step.1.get() || current.get() == SUMMARY
                    on:click=move |_| go_to(step, SUMMARY)
                >
                    {tr(Key::BackToSummary)}
                </button>
                <button
                    type="button"
                    class="primary"
                    id="next"
                    hidden=move || current.get() == SUMMARY
                    on:click=move |_| go_to(step, current.get_untracked() + 1)
                >
                    {label(Key::Next, Key::ToSummary, STEPS)}
                    <span aria-hidden="true">" →"</span>
                </button>
            </div>
        </div>
    }
}

// ---------------------------------------------------------------------------------------------
// Summary
// ---------------------------------------------------------------------------------------------

#[component]
fn Summary() -> impl IntoView {
    let a = answers();
    let lang = lang();
    let step = expect_context::<WizardStep>();
    // Drawn by the DOM builder (download budget); redrawn when the answers or the language change.
    let node = NodeRef::<leptos::html::Div>::new();
    let links = StepLinks::default();
    let edits = links.clone();
    Effect::new(move |_| {
        let Some(root) = node.get() else {
            return;
        };
        let l = lang.get();
        root.set_text_content(None);
        a.with(|a| {
            for n in 1..=STEPS {
                let heading_id = format!("summary-{n}");
                let part = el(
                    &root,
                    "section",
                    &[("class", "summary-part"), ("aria-labelledby", &heading_id)],
                );
                let head = el(&part, "div", &[("class", "summary-head")]);
                text_el(&head, "h2", &[("id", &heading_id)], text(l, step_key(n)));
                let edit = edits.button(&head, GoTo::step(n), text(l, Key::Edit));
                let _ = edit.set_attribute("class", "small");
                text_el(
                    &edit,
                    "span",
                    &[("class", "visually-hidden")],
                    &format!(": {}", text(l, step_key(n))),
                );
                let dl = el(&part, "dl", &[]);
                for q in questions(n).iter().filter(|q| q.show.is_none_or(|s| s(a))) {
                    text_el(&dl, "dt", &[], text(l, q.legend));
                    text_el(&dl, "dd", &[], &answer_text(q, a, l));
                }
            }
        });
    });
    let on_click = move |ev: web_sys::MouseEvent| {
        links.follow(step, &ev);
    };
    // "Jetzt zu tun" and the drafts first, the answers to check after them (issue 15).
    view! {
        <section class="drafts" aria-labelledby="drafts-title">
            <h2 id="drafts-title">{tr(Key::DraftsTitle)}</h2>
            <super::drafts_host::LazyDrafts/>
        </section>
        <div node_ref=node on:click=on_click></div>
    }
}
