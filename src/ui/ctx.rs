//! What every part of the interface shares: the interface language (through context) and its
//! texts, and the work queued for right after the app has taken over from the written first
//! screen. At the bottom of the interface's modules: it imports none of them but `i18n`.

use std::cell::RefCell;

use leptos::prelude::*;

use super::i18n::{text, Key};
use crate::domain::Lang;

/// The current interface language, shared through context.
#[derive(Clone, Copy)]
pub struct UiLang(pub RwSignal<Lang>);

/// Provide the interface language (German first) and return its signal.
pub fn provide_lang(lang: Lang) -> RwSignal<Lang> {
    let signal = RwSignal::new(lang);
    provide_context(UiLang(signal));
    signal
}

/// A reactive text for `key` in the current language.
pub fn tr(key: Key) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    let lang = expect_context::<UiLang>().0;
    move || text(lang.get(), key)
}

/// Work queued by [`after_hand_over`] while the app takes over; `None` when no take-over is
/// under way.
type Queue = Option<Vec<Box<dyn FnOnce()>>>;

thread_local! {
    static AFTER_HAND_OVER: RefCell<Queue> = const { RefCell::new(None) };
}

/// Run `f` right after the app has taken over from the written first screen (in the task after
/// the mount, under the current owner), or at once when no take-over is under way (component
/// tests). For start-up work the first question does not need: the autosave read, the clock,
/// the embed height, `<html lang>` (issue #17).
pub fn after_hand_over(f: impl FnOnce() + 'static) {
    let owner = Owner::current();
    let mut job: Option<Box<dyn FnOnce()>> = Some(Box::new(move || match owner {
        Some(owner) => owner.with(f),
        None => f(),
    }));
    AFTER_HAND_OVER.with(|queue| {
        if let Some(queue) = queue.borrow_mut().as_mut() {
            queue.extend(job.take());
        }
    });
    if let Some(job) = job {
        job();
    }
}

/// Start queueing [`after_hand_over`] work; it runs, in order, in the next task, once the mount
/// that is under way has put the app's DOM in place.
pub(super) fn begin_hand_over() {
    AFTER_HAND_OVER.with(|queue| *queue.borrow_mut() = Some(Vec::new()));
    set_timeout(
        || {
            let jobs = AFTER_HAND_OVER.with(|queue| queue.borrow_mut().take());
            for job in jobs.into_iter().flatten() {
                job();
            }
        },
        std::time::Duration::ZERO,
    );
}
