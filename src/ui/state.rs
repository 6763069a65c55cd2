//! The app's state, shared through context with newtypes (one concern each).
//!
//! - [`CaseAnswers`]: everything the user entered. The single source of truth: the verdict, the
//!   drafts and the saved file are derived from it, never stored beside it.
//! - [`Clock`]: "now", ticking once a second for the countdown; the engine receives it as input.
//! - [`Verdict`]: the engine's assessment of the current answers, recomputed when they change.
//! - [`Validation`]: the problems with the answers as typed, field by field.
//! - [`WizardStep`]: which screen of the wizard is shown (0 = start, then the steps).

use leptos::prelude::*;

use crate::domain::answers::{Answers, Derived, FieldError, Zone};
use crate::domain::drafts::Offsets;
use crate::domain::{Assessment, Instant};

/// Everything the user entered.
#[derive(Clone, Copy)]
pub struct CaseAnswers(pub RwSignal<Answers>);

/// The current time, in whole seconds.
#[derive(Clone, Copy)]
pub struct Clock(pub RwSignal<Instant>);

/// The facts derived from the answers and the engine's assessment of them.
#[derive(Clone, Copy)]
pub struct Verdict(pub Memo<(Derived, Assessment)>);

/// The problems with the answers as typed (`Answers::validate`); shown next to each field.
#[derive(Clone, Copy)]
pub struct Validation(pub Memo<Vec<FieldError>>);

/// The screen of the wizard: 0 is the start screen, 1..=6 the question steps, 7 the summary;
/// and whether the user came from the summary to change an answer (then a button leads back).
#[derive(Clone, Copy)]
pub struct WizardStep(pub RwSignal<usize>, pub RwSignal<bool>);

/// The browser's time zone, asked through `Date` (knows the daylight-saving rules of the
/// user's zone).
#[derive(Clone, Copy, Debug, Default)]
pub struct BrowserZone;

impl Zone for BrowserZone {
    fn offset_at_local(&self, year: i64, month: u32, day: u32, hour: u32, minute: u32) -> i32 {
        let d = js_sys::Date::new_with_year_month_day_hr_min(
            year as u32,
            month as i32 - 1,
            day as i32,
            hour as i32,
            minute as i32,
        );
        -(d.get_timezone_offset() as i32)
    }
}

/// The browser's UTC offset in minutes at `instant` (for showing deadlines as local clock times).
pub fn browser_offset_at(instant: Instant) -> i32 {
    let d = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(instant.0 as f64 * 1000.0));
    -(d.get_timezone_offset() as i32)
}

/// The browser's clock, in whole seconds.
pub fn browser_now() -> Instant {
    Instant((js_sys::Date::now() / 1000.0).floor() as i64)
}

/// Provide the state contexts and return them. `now` is injected so tests can fix the time.
pub fn provide_state(answers: Answers, now: Instant) -> (CaseAnswers, Clock, Verdict) {
    let answers = CaseAnswers(RwSignal::new(answers));
    let clock = Clock(RwSignal::new(now));
    let verdict = Verdict(Memo::new(move |_| {
        let derived = answers.0.with(|a| a.to_facts(clock.0.get(), &BrowserZone));
        let assessment = derived.assess();
        (derived, assessment)
    }));
    let validation = Validation(Memo::new(move |_| {
        answers.0.with(|a| a.validate(clock.0.get(), &BrowserZone))
    }));
    provide_context(answers);
    provide_context(clock);
    provide_context(verdict);
    provide_context(validation);
    provide_context(WizardStep(RwSignal::new(0), RwSignal::new(false)));
    (answers, clock, verdict)
}

/// Let the [`Clock`] follow the browser's clock, once a second (the deadline countdown). Only the
/// app calls this; tests keep their fixed time.
pub fn tick_clock(clock: Clock) {
    Effect::new(move |_| {
        set_interval(
            move || {
                let now = browser_now();
                if clock.0.get_untracked() != now {
                    clock.0.set(now);
                }
            },
            std::time::Duration::from_secs(1),
        );
    });
}

/// Local times in the browser's time zone, with its daylight-saving rules.
pub struct BrowserOffsets;

impl Offsets for BrowserOffsets {
    fn offset_at(&self, at: Instant) -> i32 {
        browser_offset_at(at)
    }
}
