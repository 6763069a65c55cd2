//! Saving and restoring a case, autosave and "delete all data" (issue #6). Placeholder until that
//! lands; the app mounts `<CaseMenu/>` in its header.

use leptos::prelude::*;

/// Export, import, autosave switch and delete.
#[component]
pub fn CaseMenu() -> impl IntoView {}
