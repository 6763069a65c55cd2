//! The form aid (issue #16, item 3): the notification draft as one block per field of an
//! authority's online form, each with its own "copy" button, in the order of the draft.
//!
//! It is a view of the drafts panel ([`super::drafts::DraftsPanel`], "Formularhilfe"), so it runs
//! in the drafts module and shows the notification in the draft's language. The cutting into
//! fields is [`crate::domain::form_aid`]; this component only renders them. Blocks whose text
//! still holds the "not known yet" placeholder carry a "noch offen / not known yet" badge (text,
//! not only colour), and their number stands on top. Copying is a real `<button>` per block, and
//! its outcome is said in a polite live region; where the browser refuses the clipboard (no
//! secure context, a frame without the permission), the block's text is selected instead so it
//! can be copied by hand.

use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

use crate::domain::drafts::Document;
use crate::domain::form_aid::{self, Field};
use crate::domain::Lang;
use crate::ui::browser::write_clipboard;
use crate::ui::ctx::UiLang;

/// The texts of the form aid.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Label {
    Intro,
    Copy,
    Open,
    Fields,
}

fn label(l: Label, lang: Lang) -> &'static str {
    use Label::*;
    let (de, en) = match l {
        Intro => (
            "Jedes Feld der Meldung als eigener Block, in der Reihenfolge des Entwurfs: zum \
             Übertragen in das Online-Formular der Aufsichtsbehörde, Feld für Feld.",
            "Every field of the notification as a block of its own, in the order of the draft: \
             to fill in the authority's online form, field by field.",
        ),
        Copy => ("Kopieren", "Copy"),
        Open => ("noch offen", "not known yet"),
        Fields => ("Felder der Meldung", "Fields of the notification"),
    };
    crate::domain::lang::pick(lang, de, en)
}

/// "3 von 24 Feldern noch offen" and the like.
fn count_text(open: usize, total: usize, lang: Lang) -> String {
    match (open, lang) {
        (0, Lang::De) => format!("Alle {total} Felder sind ausgefüllt."),
        (0, Lang::En) => format!("All {total} fields are filled in."),
        (1, Lang::De) => format!("1 von {total} Feldern ist noch offen."),
        (1, Lang::En) => format!("1 of {total} fields is not known yet."),
        (n, Lang::De) => format!("{n} von {total} Feldern sind noch offen."),
        (n, Lang::En) => format!("{n} of {total} fields are not known yet."),
    }
}

/// What the live region says after a copy.
fn outcome_text(copied: bool, field: &str, lang: Lang) -> String {
    match (copied, lang) {
        (true, Lang::De) => format!("„{field}“ kopiert"),
        (true, Lang::En) => format!("“{field}” copied"),
        (false, Lang::De) => format!(
            "Kopieren ist hier nicht möglich. Der Text von „{field}“ ist markiert: bitte mit \
             Strg+C (⌘+C) kopieren."
        ),
        (false, Lang::En) => format!(
            "Copying is not possible here. The text of “{field}” is selected: please copy it with \
             Ctrl+C (⌘+C)."
        ),
    }
}

/// Select the text of the element with `id` (so it can be copied by hand).
fn select_text(id: &str) {
    let Some(el) = document().get_element_by_id(id) else {
        return;
    };
    let win: JsValue = window().into();
    let selection = js_sys::Reflect::get(&win, &"getSelection".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
        .and_then(|f| f.call0(&win).ok());
    if let Some(selection) = selection.filter(|s| s.is_object()) {
        if let Some(f) = js_sys::Reflect::get(&selection, &"selectAllChildren".into())
            .ok()
            .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
        {
            let _ = f.call1(&selection, &el);
        }
    }
}

/// The fields of `doc` (the notification), grouped under the draft's section headings.
#[component]
pub fn FormAid(doc: Memo<Document>) -> impl IntoView {
    let ui = expect_context::<UiLang>().0;
    let fields = Memo::new(move |_| doc.with(|d| (d.lang, form_aid::fields(d))));
    // The last copy: whether it worked, and the field's label.
    let status = RwSignal::new(None::<(bool, String)>);

    let copy = move |i: usize, field: Field| {
        // Cleared first, so that copying the same field again is announced again.
        status.set(None);
        let name = field.label.clone();
        write_clipboard(
            &field.value,
            Box::new(move |ok| {
                if !ok {
                    select_text(&format!("form-aid-value-{i}"));
                }
                status.try_set(Some((ok, name)));
            }),
        );
    };

    // Drawn afresh when the fields or the interface language change: plain texts inside.
    let groups = move || {
        let l = ui.get();
        fields.with(|(lang, fields)| {
            let mut groups: Vec<(String, Vec<(usize, Field)>)> = Vec::new();
            for (i, f) in fields.iter().enumerate() {
                match groups.last_mut() {
                    Some((heading, items)) if *heading == f.section => items.push((i, f.clone())),
                    _ => groups.push((f.section.clone(), vec![(i, f.clone())])),
                }
            }
            let code = lang.code();
            groups
                .into_iter()
                .map(|(heading, items)| {
                    let items = items
                        .into_iter()
                        .map(|(i, f)| field_block(i, f, l, copy))
                        .collect_view();
                    view! {
                        <section class="form-aid-section" lang=code>
                            <h3>{heading}</h3>
                            <ol class="form-aid-list">{items}</ol>
                        </section>
                    }
                })
                .collect_view()
        })
    };

    view! {
        <div class="form-aid" role="region" aria-label=move || label(Label::Fields, ui.get())>
            <p class="form-aid-intro">{move || label(Label::Intro, ui.get())}</p>
            <p class="form-aid-count" id="form-aid-count">
                {move || {
                    fields.with(|(_, f)| count_text(form_aid::open_count(f), f.len(), ui.get()))
                }}
            </p>
            <p class="form-aid-status" role="status" aria-live="polite">
                {move || status.get().map(|(ok, name)| outcome_text(ok, &name, ui.get()))}
            </p>
            {groups}
        </div>
    }
}

/// One field: its label, the "not known yet" badge where open, its text and a copy button.
fn field_block(
    i: usize,
    f: Field,
    l: Lang,
    copy: impl Fn(usize, Field) + Copy + 'static,
) -> impl IntoView {
    let label_id = format!("form-aid-label-{i}");
    let value_id = format!("form-aid-value-{i}");
    let open = f.open;
    let (name, value) = (f.label.clone(), f.value.clone());
    let hidden_name = format!(": {name}");
    view! {
        <li class="form-aid-field" class:open=open data-open=if open { "true" } else { "false" }>
            <div class="form-aid-head">
                <span class="form-aid-label" id=label_id>{name}</span>
                {open
                    .then(|| {
                        view! {
                            <span class="form-aid-badge" lang=l.code()>
                                {label(Label::Open, l)}
                            </span>
                        }
                    })}
            </div>
            <p class="form-aid-value" id=value_id>{value}</p>
            <button type="button" class="small form-aid-copy" on:click=move |_| copy(i, f.clone())>
                <span lang=l.code()>{label(Label::Copy, l)}</span>
                <span class="visually-hidden">{hidden_name}</span>
            </button>
        </li>
    }
}
