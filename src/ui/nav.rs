//! Moving between the screens of the wizard: to a step, to a question, back; and the browser's
//! history, where each step is an entry (Back and Forward, the phone's back gesture).

use std::cell::RefCell;
use std::rc::Rc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::Element;

use super::dom::{action_of, text_el};
use super::questions::SUMMARY;
use super::state::WizardStep;

/// Go to a step and move the focus to its heading once it is drawn. Back at the summary or
/// the start, the way back to the summary is no longer offered.
pub fn go_to(step: WizardStep, to: usize) {
    let to = to.min(SUMMARY);
    if to == SUMMARY || to == 0 {
        step.1.set(false);
    }
    step.0.set(to);
    request_animation_frame(focus_heading);
}

/// Go to the step of a question and put the focus on its first control (or, where it is not
/// shown, on the step's heading).
pub fn go_to_question(step: WizardStep, to: usize, question: &'static str) {
    go_to(step, to);
    request_animation_frame(move || {
        let control = document()
            .query_selector(&format!("#q-{question}-group :is(input,select,textarea)"))
            .ok()
            .flatten()
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
            .filter(|e| e.offset_parent().is_some());
        if let Some(e) = control {
            let _ = e.focus();
        }
    });
}

/// The history entry of a step: its number, and the step of the entry before it (`8 × (k + 1)`
/// added), so that the app's own Back can go back in the history instead of adding an entry.
/// Nothing else is kept, and nothing is stored anywhere.
fn entry_state(step: usize, before: Option<usize>) -> f64 {
    (step + before.map_or(0, |k| 8 * (k + 1))) as f64
}

/// A history entry's step, and the step of the entry before it (the inverse of [`entry_state`]).
fn read_entry(state: f64) -> (usize, Option<usize>) {
    let s = state as usize;
    (s % 8, (s / 8).checked_sub(1))
}

/// The step of the current history entry, and the step of the entry before it.
fn current_entry() -> Option<(usize, Option<usize>)> {
    Some(read_entry(window().history().ok()?.state().ok()?.as_f64()?))
}

/// Let Back and Forward of the browser (and the phone's back gesture) move between the steps:
/// each step is an entry in the session history.
pub fn follow_history(step: WizardStep) {
    let Ok(history) = window().history() else {
        return;
    };
    Effect::new(move |_| {
        let n = step.0.get();
        let _ = match current_entry() {
            None => history.replace_state(&entry_state(n, None).into(), ""),
            Some((k, _)) if k != n => history.push_state(&entry_state(n, Some(k)).into(), ""),
            Some(_) => Ok(()),
        };
    });
    super::browser::on_window("popstate", move |_| {
        let n = current_entry().map_or(0, |(k, _)| k);
        if n != step.0.get_untracked() {
            go_to(step, n);
        }
    });
}

/// The app's Back: the browser's Back where the entry before is the step before (so the history
/// does not grow with every Back), else straight to the step before.
pub fn back(step: WizardStep) {
    let n = step.0.get_untracked();
    let history = window().history().ok();
    match (current_entry(), history) {
        (Some((k, Some(before))), Some(h)) if k == n && before + 1 == n => {
            let _ = h.back();
        }
        _ => go_to(step, n.saturating_sub(1)),
    }
}

/// Focus the heading of the current screen (screen readers announce it; keyboard users start
/// from there).
pub fn focus_heading() {
    let doc = document();
    let el = doc
        .get_element_by_id("step-title")
        .or_else(|| doc.get_element_by_id("start-title"));
    if let Some(el) = el.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = el.focus();
    }
}

/// Where a step button leads: a step, and the question whose first control gets the focus there.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct GoTo {
    pub step: usize,
    pub question: Option<&'static str>,
}

impl GoTo {
    pub fn step(step: usize) -> GoTo {
        GoTo {
            step,
            question: None,
        }
    }
}

/// The step buttons of one part of the page, each kept with where it leads: a click is followed
/// by the element it hit, not by an attribute. A part that is drawn afresh drops its old buttons
/// from the page; they leave this table when the next button is added.
#[derive(Clone, Default)]
pub struct StepLinks(Rc<RefCell<Vec<(Element, GoTo)>>>);

impl StepLinks {
    /// A button leading to `to`, appended to `parent`.
    pub fn button(&self, parent: &Element, to: GoTo, s: &str) -> Element {
        let b = text_el(
            parent,
            "button",
            &[("type", "button"), ("class", "link")],
            s,
        );
        let mut links = self.0.borrow_mut();
        links.retain(|(e, _)| e.is_connected());
        links.push((b.clone(), to));
        b
    }

    /// Follow a click on one of these buttons; whether it hit one.
    pub fn follow(&self, step: WizardStep, ev: &web_sys::MouseEvent) -> bool {
        let Some((to, _)) = action_of(&self.0.borrow(), ev.target()) else {
            return false;
        };
        // From the summary ("Ändern", an open question), a button leads back there.
        let from_summary = step.0.get_untracked() == SUMMARY;
        match to.question {
            Some(q) => go_to_question(step, to.step, q),
            None => go_to(step, to.step),
        }
        if from_summary && to.step != SUMMARY {
            step.1.set(true);
        }
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_history_entry_reads_back_its_step_and_the_one_before() {
        for step in 0..=SUMMARY {
            assert_eq!(read_entry(entry_state(step, None)), (step, None));
            for before in 0..=SUMMARY {
                assert_eq!(
                    read_entry(entry_state(step, Some(before))),
                    (step, Some(before))
                );
            }
        }
    }
}
