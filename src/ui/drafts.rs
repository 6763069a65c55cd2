//! Printable drafts (issue #5): a preview of each document, in a language chosen independently
//! of the interface, with "print / save as PDF", "copy" and "download as text file". A fifth
//! choice, "Formularhilfe / Form aid", shows the notification field by field instead
//! ([`super::form_aid`], issue #16).
//!
//! The panel runs in the drafts module (`src/bin/drafts.rs`, see [`super::drafts_module`]), which
//! the app loads on the summary step ([`super::drafts_host`]); it reads the same contexts there.
//! The documents come from [`crate::domain::drafts`]; this component only renders them. Every
//! text, the user's free text included, goes into the page as a text node (never as markup), so
//! `<script>` and the like stay inert. Printing copies the previewed document into a
//! `#print-root` element at the end of `<body>` and marks `<body data-print-doc="…">`; the print
//! stylesheet (`style/print.css`) then shows only that element. The mark is removed after
//! printing (`afterprint`) or before the next print.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::domain::drafts::{self, Block, DocKind, Document};
use crate::domain::{Instant, Lang};
use crate::ui::browser::{save_text_file, write_clipboard};
use crate::ui::ctx::UiLang;
use crate::ui::state::{browser_offset_at, BrowserOffsets, CaseAnswers, Clock, Verdict};

/// The texts of this panel (kept here so the wizard's `i18n.rs` stays its owner's).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Label {
    Doc(DocKind),
    Needed,
    NotNeeded,
    OnlyIf34c,
    FormAid,
    WhichDoc,
    DocLanguage,
    Print,
    Copy,
    Download,
    Copied,
    CopyFailed,
    Downloaded,
    OpenHint,
    NotesTitle,
    Preview,
    Deadline,
    Calendar,
    CalendarSaved,
    NextSteps,
    PrintList,
}

fn label(l: Label, lang: Lang) -> &'static str {
    use Label::*;
    let (de, en) = match l {
        Doc(DocKind::Authority) => ("Meldung an die Aufsichtsbehörde", "Notification to the authority"),
        Doc(DocKind::Subjects) => ("Nachricht an die Betroffenen", "Message to the people affected"),
        Doc(DocKind::Public) => ("Öffentliche Bekanntmachung", "Public notice"),
        Doc(DocKind::Record) => ("Interne Dokumentation", "Internal record"),
        Needed => ("nötig", "needed"),
        NotNeeded => ("nach dem Ergebnis nicht nötig", "not needed on this verdict"),
        OnlyIf34c => ("nur statt einzelner Nachrichten, Art. 34 Abs. 3 lit. c DSGVO", "only instead of individual messages, Art. 34(3)(c) GDPR"),
        FormAid => ("Formularhilfe", "Form aid"),
        WhichDoc => ("Entwurf", "Draft"),
        DocLanguage => ("Sprache des Entwurfs", "Language of the draft"),
        Print => ("Drucken / Als PDF speichern", "Print / save as PDF"),
        Copy => ("Kopieren", "Copy"),
        Download => ("Als Textdatei herunterladen", "Download as text file"),
        Copied => ("Der Entwurf ist in der Zwischenablage.", "The draft is on the clipboard."),
        CopyFailed => ("Kopieren ist hier nicht möglich. Bitte den Text in der Vorschau markieren und kopieren.", "Copying is not possible here. Please select the text in the preview and copy it."),
        Downloaded => ("Die Textdatei wird heruntergeladen.", "The text file is being downloaded."),
        OpenHint => ("Markierte Stellen sind noch offen: vor dem Versenden ergänzen oder streichen.", "Marked items are still open: fill them in or remove them before sending."),
        NotesTitle => ("Hinweise zu diesem Entwurf", "Notes on this draft"),
        Preview => ("Vorschau", "Preview"),
        NextSteps => ("Jetzt zu tun", "What to do now"),
        PrintList => ("Liste drucken", "Print the list"),
        Deadline => ("Meldefrist", "Notification deadline"),
        Calendar => ("In den Kalender", "Add to calendar"),
        CalendarSaved => ("Die Kalenderdatei wird heruntergeladen (mit Erinnerungen 24 und 4 Stunden vorher).", "The calendar file is being downloaded (with reminders 24 and 4 hours before)."),
    };
    crate::domain::lang::pick(lang, de, en)
}

/// How much a draft matters on this verdict: the record always (Art. 33(5)); the notification
/// where the authority (or, for a processor, the controller) must be told; the message to the
/// people where they must be told one by one; the public notice only where Art. 34(3)(c) lets
/// it take the place of the messages.
fn weight(kind: DocKind, s: &crate::domain::Assessment) -> Label {
    use crate::domain::SubjectNotice;
    let needed = match kind {
        DocKind::Record => true,
        DocKind::Authority => s.notify_authority || s.notify_controller,
        DocKind::Subjects => s.notify_subjects == SubjectNotice::Yes,
        DocKind::Public => {
            if s.notify_subjects != SubjectNotice::PublicCommunication {
                return Label::OnlyIf34c;
            }
            true
        }
    };
    if needed {
        Label::Needed
    } else {
        Label::NotNeeded
    }
}

/// The drafts for the current case.
#[component]
pub fn DraftsPanel() -> impl IntoView {
    let ui = expect_context::<UiLang>().0;
    let answers = expect_context::<CaseAnswers>().0;
    let clock = expect_context::<Clock>().0;
    let verdict = expect_context::<Verdict>().0;

    // The document to show: the notification where one is due, otherwise the record.
    let first = verdict.with_untracked(|(_, s)| {
        if s.notify_authority || s.notify_controller {
            DocKind::Authority
        } else {
            DocKind::Record
        }
    });
    let kind = RwSignal::new(first);
    // The form aid (`super::form_aid`) in place of a document: the notification, field by field.
    let aid = RwSignal::new(false);
    let shown = move || {
        if aid.get() {
            DocKind::Authority
        } else {
            kind.get()
        }
    };
    // `None`: follow the interface language.
    let chosen_lang = RwSignal::new(None::<Lang>);
    let doc_lang = move || chosen_lang.get().unwrap_or_else(|| ui.get());
    let status = RwSignal::new(None::<Label>);

    // Dates in the drafts show minutes: rebuild once a minute, not with every tick.
    let minute = Memo::new(move |_| clock.get().start_of_minute());
    let doc = Memo::new(move |_| {
        let (kind, lang, now) = (shown(), doc_lang(), minute.get());
        verdict.with(|(derived, assessment)| {
            answers.with(|a| {
                drafts::build_in(kind, a, derived, assessment, lang, now, &BrowserOffsets)
            })
        })
    });
    // A new document or language: the last message no longer applies.
    Effect::new(move |_| {
        kind.track();
        aid.track();
        chosen_lang.track();
        status.set(None);
    });

    // The preview is rebuilt whenever the document changes.
    let preview = NodeRef::<leptos::html::Div>::new();
    Effect::new(move |_| {
        doc.with(|d| {
            if let Some(container) = preview.get() {
                container.set_text_content(None);
                if let Some(a) = article(d) {
                    container.append_child(&a).ok();
                }
            }
        })
    });

    let listener = window_event_listener_untyped("afterprint", |_| end_print());
    on_cleanup(move || {
        listener.remove();
        end_print();
    });

    let print = move |_| {
        status.set(None);
        doc.with_untracked(|d| start_print("draft-doc", d.kind.key(), &d.title, &d.date_line));
    };
    let copy = move |_| {
        let text = doc.with_untracked(Document::to_text);
        copy_to_clipboard(&text, status);
    };
    let download = move |_| {
        let (name, text) = doc.with_untracked(|d| {
            let now = minute.get_untracked();
            (d.file_name(now, browser_offset_at(now)), d.to_text())
        });
        status.set(Some(if save_text_file(&name, &text) {
            Label::Downloaded
        } else {
            Label::CopyFailed
        }));
    };

    let kinds = move || {
        let l = ui.get();
        let weights = verdict.with(|(_, s)| DocKind::ALL.map(|k| weight(k, s)));
        DocKind::ALL
            .into_iter()
            .zip(weights)
            .map(|(k, w)| {
                let id = format!("draft-kind-{}", k.key());
                let for_id = id.clone();
                view! {
                    <label class="opt" for=for_id>
                        <input
                            type="radio"
                            name="draft-kind"
                            id=id
                            value=k.key()
                            prop:checked=move || !aid.get() && kind.get() == k
                            on:change=move |_| {
                                aid.set(false);
                                kind.set(k);
                            }
                        />
                        <span>
                            {label(Label::Doc(k), l)}
                            " "
                            <span class=if w == Label::Needed { "doc-weight needed" } else { "doc-weight" }>
                                {format!("({})", label(w, l))}
                            </span>
                        </span>
                    </label>
                }
            })
            .collect_view()
    };
    let notes = move || {
        doc.with(|d| {
            (!d.notes.is_empty()).then(|| {
                let items = d
                    .notes
                    .iter()
                    .map(|n| view! { <li>{n.clone()}</li> })
                    .collect_view();
                view! {
                    <div class="draft-notes" role="note">
                        <p class="draft-notes-title">{label(Label::NotesTitle, ui.get())}</p>
                        <ul>{items}</ul>
                    </div>
                }
            })
        })
    };
    let open_hint = move || {
        doc.with(|d| {
            let open = drafts::format::open(d.lang);
            d.sections.iter().any(|s| s.contains(open)).then(
                || view! { <p class="draft-open-hint">{label(Label::OpenHint, ui.get())}</p> },
            )
        })
    };

    // The deadline in words, with an iCalendar file for it (issue #16).
    let deadline = Memo::new(move |_| verdict.with(|(_, s)| s.deadline));
    let calendar = move |_| {
        let Some(at) = deadline.get_untracked() else {
            return;
        };
        let lang = ui.get_untracked();
        let text = verdict.with_untracked(|(_, s)| {
            answers.with_untracked(|a| calendar_file(a, s, at, minute.get_untracked(), lang))
        });
        let name = crate::domain::calendar::file_name(at, browser_offset_at(at));
        status.set(Some(
            if crate::ui::browser::download(&name, "text/calendar;charset=utf-8", &text) {
                Label::CalendarSaved
            } else {
                Label::CopyFailed
            },
        ));
    };
    let deadline_line = move || {
        deadline.get().map(|at| {
            let l = ui.get();
            let due = crate::domain::todo::due_text(
                crate::domain::todo::Due::By(at),
                browser_offset_at(at),
                l,
            );
            view! {
                <p class="draft-deadline">
                    <strong>{label(Label::Deadline, l)}": "</strong>
                    <span id="draft-deadline-text">{due}</span>" "
                    <button type="button" class="small" id="draft-calendar" on:click=calendar>
                        {label(Label::Calendar, l)}
                    </button>
                </p>
            }
        })
    };

    // "Jetzt zu tun": the next steps from the verdict and the answers, each with its due date.
    let next_steps = move || {
        let l = ui.get();
        let items = verdict.with(|(_, s)| {
            answers.with(|a| {
                crate::domain::todo::steps(a, s, l)
                    .into_iter()
                    .map(|step| {
                        let due = match step.due {
                            crate::domain::todo::Due::By(at) => {
                                crate::domain::todo::due_text(step.due, browser_offset_at(at), l)
                            }
                            other => crate::domain::todo::due_text(other, 0, l),
                        };
                        view! { <li>{step.text}" "<strong class="next-step-due">{due}</strong></li> }
                    })
                    .collect_view()
            })
        });
        // Printed on its own ("Liste drucken"), or with the page: it is not `no-print`.
        let print_list = move |_| {
            let now = minute.get_untracked();
            let c = now.civil(browser_offset_at(now));
            let title = label(Label::NextSteps, ui.get_untracked());
            start_print(
                "next-steps",
                "next-steps",
                title,
                &crate::domain::display::format_date_time(c, ui.get_untracked()),
            );
        };
        view! {
            <section class="next-steps" id="next-steps" aria-labelledby="next-steps-title">
                <h3 id="next-steps-title">{label(Label::NextSteps, l)}</h3>
                <ol>{items}</ol>
                <button type="button" class="small no-print" id="next-steps-print" on:click=print_list>
                    {label(Label::PrintList, l)}
                </button>
            </section>
        }
    };

    view! {
        {next_steps}
        <div class="drafts-panel no-print">
            {deadline_line}
            <fieldset class="draft-choice">
                <legend>{move || label(Label::WhichDoc, ui.get())}</legend>
                {kinds}
                <label class="opt" for="draft-kind-form-aid">
                    <input
                        type="radio"
                        name="draft-kind"
                        id="draft-kind-form-aid"
                        value="form-aid"
                        prop:checked=move || aid.get()
                        on:change=move |_| aid.set(true)
                    />
                    {move || label(Label::FormAid, ui.get())}
                </label>
            </fieldset>
            <div class="draft-lang">
                <label for="draft-lang">{move || label(Label::DocLanguage, ui.get())}</label>
                <select
                    id="draft-lang"
                    prop:value=move || doc_lang().code()
                    on:change=move |ev| chosen_lang.set(Lang::from_code(&event_target_value(&ev)))
                >
                    <option value="de" lang="de">"Deutsch"</option>
                    <option value="en" lang="en">"English"</option>
                </select>
            </div>
            {notes}
            <div class="draft-actions" hidden=move || aid.get()>
                <button type="button" class="primary" id="draft-print" on:click=print>
                    {move || label(Label::Print, ui.get())}
                </button>
                <button type="button" id="draft-copy" on:click=copy>
                    {move || label(Label::Copy, ui.get())}
                </button>
                <button type="button" id="draft-download" on:click=download>
                    {move || label(Label::Download, ui.get())}
                </button>
                <p class="draft-status" role="status" aria-live="polite">
                    {move || status.get().map(|s| label(s, ui.get()))}
                </p>
            </div>
            <Show when=move || !aid.get()>{open_hint}</Show>
            <Show when=move || aid.get()>
                <super::form_aid::FormAid doc=doc/>
            </Show>
            <div
                class="draft-preview"
                hidden=move || aid.get()
                role="region"
                aria-label=move || label(Label::Preview, ui.get())
                node_ref=preview
            ></div>
        </div>
    }
}

/// The iCalendar file for the notification deadline of this case: the competent authority and
/// its breach form (or website) in the description, a reminder to complete a provisional
/// notification, one UID per case (`Answers::case_fingerprint`, as the register's row id).
fn calendar_file(
    a: &crate::domain::answers::Answers,
    s: &crate::domain::Assessment,
    deadline: Instant,
    now: Instant,
    lang: Lang,
) -> String {
    let authorities: Vec<&crate::domain::authority::Authority> = s
        .authority
        .ids()
        .into_iter()
        .filter_map(crate::domain::authority::authority)
        .collect();
    let entry = crate::domain::calendar::DeadlineEntry {
        deadline,
        now,
        case: a.case_fingerprint(),
        organisation: a.org_name.clone(),
        authority: authorities
            .iter()
            .map(|x| x.display_name(lang))
            .collect::<Vec<_>>()
            .join("; "),
        form_link: authorities
            .iter()
            .filter_map(|x| x.breach_link().map(|(u, _)| u).or(x.contact().website))
            .collect::<Vec<_>>()
            .join(" "),
        provisional: s.provisional.authority,
    };
    crate::domain::calendar::deadline_ics(&entry, lang)
}

/// Append `text` to `parent` as text nodes, the open-answer placeholder as a highlighted
/// `<mark>`. Nothing is ever parsed as markup.
fn fill(parent: &web_sys::Element, text: &str, open: &str) {
    let mut rest = text;
    while let Some(at) = rest.find(open) {
        if at > 0 {
            parent.append_with_str_1(&rest[..at]).ok();
        }
        if let Ok(mark) = document().create_element("mark") {
            mark.set_class_name("draft-open");
            mark.set_text_content(Some(open));
            parent.append_child(&mark).ok();
        }
        rest = &rest[at + open.len()..];
    }
    if !rest.is_empty() {
        parent.append_with_str_1(rest).ok();
    }
}

/// The document as DOM: headings, paragraphs, lists and label/value rows, all text nodes. Built
/// directly (one small function instead of nested view templates keeps the app small).
fn article(d: &Document) -> Option<web_sys::Element> {
    let doc = document();
    let open = drafts::format::open(d.lang);
    let add = |parent: &web_sys::Element, tag: &str, class: &str, text: Option<&str>| {
        let el = doc.create_element(tag).ok()?;
        if !class.is_empty() {
            el.set_class_name(class);
        }
        if let Some(t) = text {
            fill(&el, t, open);
        }
        parent.append_child(&el).ok()?;
        Some(el)
    };
    let root = doc.create_element("article").ok()?;
    root.set_id("draft-doc");
    root.set_class_name("draft-doc");
    root.set_attribute("lang", d.lang.code()).ok();
    root.set_attribute("data-doc", d.kind.key()).ok();
    root.set_attribute("aria-label", &d.title).ok();
    let head = add(&root, "header", "draft-head", None)?;
    add(&head, "h3", "draft-title", Some(&d.title))?;
    add(&head, "p", "draft-date", Some(&d.date_line))?;
    if !d.address.is_empty() {
        let address = add(&root, "p", "draft-address", None)?;
        for line in &d.address {
            add(&address, "span", "draft-line", Some(line))?;
        }
    }
    for s in &d.sections {
        let section = add(&root, "section", "", None)?;
        if !s.heading.is_empty() {
            add(&section, "h4", "", Some(&s.heading))?;
        }
        for b in &s.blocks {
            match b {
                Block::Para(p) => {
                    add(&section, "p", "", Some(p))?;
                }
                Block::List(items) => {
                    let list = add(&section, "ul", "", None)?;
                    for i in items {
                        add(&list, "li", "", Some(i))?;
                    }
                }
                Block::Rows(rows) => {
                    let dl = add(&section, "dl", "", None)?;
                    for r in rows {
                        let row = add(&dl, "div", "draft-row", None)?;
                        add(&row, "dt", "", Some(&r.label))?;
                        add(&row, "dd", "", Some(&r.value))?;
                    }
                }
            }
        }
    }
    Some(root)
}

/// The title the page had before printing, to restore afterwards.
const TITLE_ATTR: &str = "data-title-before-print";

/// Print only the previewed document: copy it into `#print-root`, mark `<body>`, and open the
/// browser's print dialog. The copy sits in a table whose header row (title and date) browsers
/// repeat on every printed page. The page title becomes the document's, which browsers offer
/// as the PDF's file name.
fn start_print(source_id: &str, kind: &str, title: &str, date_line: &str) {
    end_print();
    let doc = document();
    let (Some(body), Some(source)) = (doc.body(), doc.get_element_by_id(source_id)) else {
        return;
    };
    let Ok(copy) = source.clone_node_with_deep(true) else {
        return;
    };
    if let Some(el) = copy.dyn_ref::<web_sys::Element>() {
        el.remove_attribute("id").ok();
    }
    let make = |tag: &str| doc.create_element(tag).ok();
    let (Some(root), Some(table), Some(head), Some(head_row), Some(head_cell)) = (
        make("div"),
        make("table"),
        make("thead"),
        make("tr"),
        make("td"),
    ) else {
        return;
    };
    let (Some(tbody), Some(row), Some(cell)) = (make("tbody"), make("tr"), make("td")) else {
        return;
    };
    root.set_id("print-root");
    table.set_class_name("print-frame");
    table.set_attribute("role", "presentation").ok();
    head_cell.set_class_name("print-running");
    head_cell
        .set_attribute("lang", &source.get_attribute("lang").unwrap_or_default())
        .ok();
    head_cell.set_text_content(Some(&format!("{title} · {date_line}")));
    let built = head_row.append_child(&head_cell).is_ok()
        && head.append_child(&head_row).is_ok()
        && cell.append_child(&copy).is_ok()
        && row.append_child(&cell).is_ok()
        && tbody.append_child(&row).is_ok()
        && table.append_child(&head).is_ok()
        && table.append_child(&tbody).is_ok()
        && root.append_child(&table).is_ok()
        && body.append_child(&root).is_ok();
    if !built {
        end_print();
        return;
    }
    body.set_attribute(TITLE_ATTR, &doc.title()).ok();
    doc.set_title(title);
    body.set_attribute("data-print-doc", kind).ok();
    let _ = window().print();
}

/// Leave print mode: remove the copy and the mark, restore the page title.
fn end_print() {
    let doc = document();
    if let Some(root) = doc.get_element_by_id("print-root") {
        root.remove();
    }
    if let Some(body) = doc.body() {
        if let Some(title) = body.get_attribute(TITLE_ATTR) {
            doc.set_title(&title);
            body.remove_attribute(TITLE_ATTR).ok();
        }
        body.remove_attribute("data-print-doc").ok();
    }
}

/// Put `text` on the clipboard and report the outcome in `status`.
fn copy_to_clipboard(text: &str, status: RwSignal<Option<Label>>) {
    write_clipboard(
        text,
        Box::new(move |done| {
            status.set(Some(if done {
                Label::Copied
            } else {
                Label::CopyFailed
            }))
        }),
    );
}
