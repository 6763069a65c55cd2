//! Printable drafts (issue #5): preview, print, copy, download. Placeholder until that lands;
//! the wizard mounts `<DraftsPanel/>` in its summary step.

use leptos::prelude::*;

/// The drafts for the current case.
#[component]
pub fn DraftsPanel() -> impl IntoView {}
