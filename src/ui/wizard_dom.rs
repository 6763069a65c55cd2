//! The questions of a step, drawn from their descriptions ([`Q`]) straight into the DOM.
//!
//! Why not `view!`: every distinct element written with `view!` costs its own generic rendering
//! code, and the questionnaire has a few hundred elements; the app must stay within its download
//! budget. Here one small builder draws every question, one event listener per kind of event
//! (delegated to the step's container) writes the answers, and one effect keeps the controls,
//! the error messages and the texts in step with the answers and the language.
//!
//! How it works, in three parts of `Dom`:
//!
//! - **draw and bind** (`question`, `bind`): each question of the table (`questions.rs`) becomes
//!   its elements, made with `dom::el`; every element that shows or changes an answer is noted
//!   with a typed `Bind` (a radio button and the option it stands for, a text field and its
//!   [`Lens`], a part shown only while a condition holds, an error message, a label).
//! - **sync** (`sync`): one effect on the answers, the problems and the language walks the
//!   bindings and brings each element in line: checked, value, `hidden`, `aria-invalid`, text.
//!   A value is written only where it differs, so nothing the user is typing is touched.
//! - **act** (`act`): one `input` and one `change` listener on the step's container find the
//!   binding of the element the event came from and write the answer through it.
//!
//! Adding a question means adding a row to the table; a new kind of control means a `Bind`
//! variant with its arm in `sync` and, if it writes, in `act`.
//!
//! The rules of the wizard hold as before: every question is a `fieldset` with a `legend`, every
//! control has a real `label`, a problem is shown next to its field (`aria-invalid`,
//! `aria-describedby`), and a text is never rewritten while the user types: a value is only set
//! when it differs from what the control holds.

use std::cell::RefCell;
use std::rc::Rc;

use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};

use crate::domain::answers::{parse_count, Answers, Field};
use crate::domain::facts::DataCategory;
use crate::domain::{display, Lang};

use super::ctx::UiLang;
use super::dom::el;
use super::i18n::{self, text, Key};
use super::questions::{questions, InputKind, Kind, Lens, Select, Q};
use super::state::{browser_now, browser_offset_at, CaseAnswers, Validation};

/// What an element does, or shows.
enum Bind {
    /// A radio button: the question's lens and the option it stands for (`None`: not known yet).
    Radio(
        fn(&Answers) -> Option<usize>,
        fn(&mut Answers, Option<usize>),
        Option<usize>,
    ),
    /// A tick box on a `bool` answer.
    Tick(fn(&Answers) -> bool, fn(&mut Answers, bool)),
    /// A tick box for a data category.
    Category(DataCategory),
    /// A tick box for a country where the people affected live.
    Country(&'static str),
    /// A country's name in the interface language.
    CountryName(&'static str),
    /// A text input or text area.
    Text(Lens),
    /// A date and time, written in the interface language's form.
    Date(Lens),
    /// A select.
    Select(&'static Select),
    /// "Now" and "clear" for a date.
    Now(Lens),
    Clear(Lens),
    /// A part shown only while this holds.
    Show(fn(&Answers) -> bool),
    /// An input whose answer may have a problem: `aria-invalid`, `aria-describedby`.
    Invalid(Field, Option<String>),
    /// The message of a field's problem.
    Error(Field),
    /// A count as read, formatted for the language.
    Echo(Lens),
    /// A text in the interface language.
    Label(Key),
}

struct Dom {
    lang: Lang,
    binds: Vec<(Element, Bind)>,
}

impl Dom {
    /// A new element with attributes, appended to `parent`.
    fn el(&self, parent: &Element, tag: &str, attrs: &[(&str, &str)]) -> Element {
        el(parent, tag, attrs)
    }

    /// An element holding a text in the interface language.
    fn text_el(
        &mut self,
        parent: &Element,
        tag: &str,
        attrs: &[(&str, &str)],
        key: Key,
    ) -> Element {
        let e = self.el(parent, tag, attrs);
        e.set_text_content(Some(text(self.lang, key)));
        self.binds.push((e.clone(), Bind::Label(key)));
        e
    }

    fn bind(&mut self, e: &Element, b: Bind) {
        self.binds.push((e.clone(), b));
    }

    /// A radio button or tick box with its label.
    #[allow(clippy::too_many_arguments)] // each is one attribute of the one element it draws
    fn option(
        &mut self,
        parent: &Element,
        kind: &str,
        id: &str,
        name: &str,
        value: &str,
        label: Key,
        b: Bind,
    ) {
        let l = self.el(parent, "label", &[("class", "opt"), ("for", id)]);
        let mut attrs = vec![("type", kind), ("id", id), ("value", value)];
        if !name.is_empty() {
            attrs.push(("name", name));
        }
        let i = self.el(&l, "input", &attrs);
        self.bind(&i, b);
        self.text_el(&l, "span", &[], label);
    }

    fn question(&mut self, parent: &Element, q: &'static Q) {
        let group = format!("q-{}-group", q.id);
        let hint_id = format!("q-{}-hint", q.id);
        let mut attrs = vec![("class", "q"), ("id", group.as_str())];
        if q.hint.is_some() {
            attrs.push(("aria-describedby", hint_id.as_str()));
        }
        let fs = self.el(parent, "fieldset", &attrs);
        if let Some(show) = q.show {
            self.bind(&fs, Bind::Show(show));
        }
        self.text_el(&fs, "legend", &[], q.legend);
        if let Some(h) = q.hint {
            self.text_el(&fs, "p", &[("class", "hint"), ("id", &hint_id)], h);
        }
        match q.kind {
            Kind::Choice(options, get, set) => {
                let box_ = self.el(&fs, "div", &[("class", "opts")]);
                let name = format!("q-{}", q.id);
                let all = options()
                    .into_iter()
                    .enumerate()
                    .map(|(i, o)| (Some(i), o))
                    .chain([(
                        None,
                        match q.open_label {
                            Some(label) => ("unclear", label),
                            None => ("unknown", Key::NotKnownYet),
                        },
                    )]);
                for (i, (value, label)) in all {
                    let id = format!("q-{}-{value}", q.id);
                    self.option(
                        &box_,
                        "radio",
                        &id,
                        &name,
                        value,
                        label,
                        Bind::Radio(get, set, i),
                    );
                }
            }
            Kind::Categories => {
                let box_ = self.el(&fs, "div", &[("class", "opts")]);
                for c in DataCategory::ALL {
                    let id = format!("q-data-{}", c.key());
                    self.option(
                        &box_,
                        "checkbox",
                        &id,
                        "",
                        c.key(),
                        Key::Category(c),
                        Bind::Category(c),
                    );
                }
                self.option(
                    &box_,
                    "checkbox",
                    "q-data-unknown",
                    "",
                    "unknown",
                    Key::DataUnknown,
                    Bind::Tick(|a| a.data_unknown, |a, on| a.data_unknown = on),
                );
            }
            Kind::Countries => {
                let box_ = self.el(&fs, "div", &[("class", "opts countries")]);
                for (code, name) in super::questions::eea_options(self.lang) {
                    let id = format!("q-country-{code}");
                    let label = self.el(&box_, "label", &[("class", "opt"), ("for", &id)]);
                    let tick = self.el(
                        &label,
                        "input",
                        &[("type", "checkbox"), ("id", &id), ("value", code)],
                    );
                    self.bind(&tick, Bind::Country(code));
                    let span = self.el(&label, "span", &[]);
                    span.set_text_content(Some(name));
                    self.bind(&span, Bind::CountryName(code));
                }
            }
            Kind::Flag(label, get, set) => {
                let box_ = self.el(&fs, "div", &[("class", "opts")]);
                let id = format!("q-{}-flag", q.id);
                self.option(
                    &box_,
                    "checkbox",
                    &id,
                    "",
                    "yes",
                    label,
                    Bind::Tick(get, set),
                );
            }
            Kind::Inputs(inputs) => {
                let box_ = self.el(&fs, "div", &[("class", "fields")]);
                for i in inputs {
                    let field = self.el(&box_, "div", &[("class", "field")]);
                    if let Some(show) = i.show {
                        self.bind(&field, Bind::Show(show));
                    }
                    let id = format!("q-{}", i.id);
                    self.text_el(&field, "label", &[("for", &id)], i.label);
                    let hint = (matches!(i.kind, InputKind::DateTime(_))).then(|| {
                        let hint_id = format!("q-{}-hint", i.id);
                        self.text_el(
                            &field,
                            "p",
                            &[("class", "hint"), ("id", &hint_id)],
                            Key::DateHint,
                        );
                        hint_id
                    });
                    let row = self.el(&field, "div", &[("class", "inline")]);
                    let control = match i.kind {
                        InputKind::Area => self.el(&row, "textarea", &[("id", &id), ("rows", "3")]),
                        InputKind::Line(kind, autocomplete) => self.el(
                            &row,
                            "input",
                            &[("id", &id), ("type", kind), ("autocomplete", autocomplete)],
                        ),
                        // Text, not `datetime-local`: the browser would show its own locale's form
                        // beside a hint in the interface language.
                        InputKind::DateTime(_) => self.el(
                            &row,
                            "input",
                            &[
                                ("id", &id),
                                ("type", "text"),
                                ("class", "date"),
                                ("autocomplete", "off"),
                            ],
                        ),
                        InputKind::Count(_) => self.el(
                            &row,
                            "input",
                            &[
                                ("id", &id),
                                ("type", "text"),
                                ("inputmode", "numeric"),
                                ("autocomplete", "off"),
                            ],
                        ),
                    };
                    let bind = if matches!(i.kind, InputKind::DateTime(_)) {
                        Bind::Date(i.lens)
                    } else {
                        Bind::Text(i.lens)
                    };
                    self.bind(&control, bind);
                    if let Some(hint) = &hint {
                        let _ = control.set_attribute("aria-describedby", hint);
                    }
                    let checked = match i.kind {
                        InputKind::DateTime(f) => f,
                        InputKind::Count(f) => Some(f),
                        _ => None,
                    };
                    if matches!(i.kind, InputKind::DateTime(_)) {
                        let now = self.text_el(
                            &row,
                            "button",
                            &[("type", "button"), ("class", "small")],
                            Key::Now,
                        );
                        self.bind(&now, Bind::Now(i.lens));
                        let clear = self.text_el(
                            &row,
                            "button",
                            &[("type", "button"), ("class", "small")],
                            Key::Clear,
                        );
                        self.bind(&clear, Bind::Clear(i.lens));
                    }
                    if let Some(f) = checked {
                        self.bind(&control, Bind::Invalid(f, hint));
                        if matches!(i.kind, InputKind::Count(_)) {
                            let echo = self.el(&row, "span", &[("class", "echo")]);
                            self.bind(&echo, Bind::Echo(i.lens));
                        }
                        let err_id = format!("q-{}-error", i.id);
                        let err = self.el(
                            &field,
                            "p",
                            &[("class", "field-error"), ("id", &err_id), ("hidden", "")],
                        );
                        self.bind(&err, Bind::Error(f));
                    }
                }
                if let Some((get, set)) = q.unknown {
                    let id = format!("q-{}-unknown", q.id);
                    self.option(
                        &box_,
                        "checkbox",
                        &id,
                        "",
                        "unknown",
                        Key::NotKnownYet,
                        Bind::Tick(get, set),
                    );
                }
            }
            Kind::Selects(selects) => {
                let box_ = self.el(&fs, "div", &[("class", "fields")]);
                for s in selects {
                    let field = self.el(&box_, "div", &[("class", "field")]);
                    if let Some(show) = s.show {
                        self.bind(&field, Bind::Show(show));
                    }
                    let id = format!("q-{}", s.id);
                    self.text_el(&field, "label", &[("for", &id)], s.label);
                    let select = self.el(&field, "select", &[("id", &id)]);
                    self.fill_select(&select, s);
                    self.bind(&select, Bind::Select(s));
                }
            }
        }
    }

    /// The options of a select, in the current language.
    fn fill_select(&self, select: &Element, s: &'static Select) {
        select.set_text_content(None);
        for (value, name) in
            std::iter::once(("", text(self.lang, s.empty))).chain((s.options)(self.lang))
        {
            let o = self.el(select, "option", &[("value", value)]);
            o.set_text_content(Some(name));
        }
    }

    /// Bring every control, message and text in line with the answers, problems and language.
    fn sync(&mut self, a: &Answers, problems: &[crate::domain::answers::FieldError], lang: Lang) {
        let relabel = lang != self.lang;
        self.lang = lang;
        let problem = |f: Field| problems.iter().find(|p| p.field == f);
        for (e, b) in &self.binds {
            match b {
                Bind::Radio(get, _, i) => set_checked(e, get(a) == *i),
                Bind::Tick(get, _) => set_checked(e, get(a)),
                Bind::Category(c) => set_checked(e, a.data.contains(*c)),
                Bind::Country(code) => {
                    set_checked(e, a.subject_countries.iter().any(|c| c.as_str() == *code))
                }
                Bind::Text(lens) => set_value(e, (lens.get)(a)),
                // Rewritten only when it no longer says what the answer holds (a preset, "Jetzt",
                // a loaded case) or the language changed: never while it is being typed.
                Bind::Date(lens) => {
                    let stored = (lens.get)(a);
                    let dom = value(e);
                    if relabel || display::date_field_value(&dom) != stored {
                        set_value(e, &display::date_field_text(stored, lang));
                    }
                }
                Bind::Select(s) => {
                    if relabel {
                        self.fill_select(e, s);
                    }
                    if let Some(sel) = e.dyn_ref::<HtmlSelectElement>() {
                        let want = (s.get)(a).unwrap_or("");
                        if sel.value() != want {
                            sel.set_value(want);
                        }
                    }
                }
                Bind::Show(show) => e
                    .toggle_attribute_with_force("hidden", !show(a))
                    .map(|_| ())
                    .unwrap_or(()),
                Bind::Invalid(f, hint) => {
                    let err_id = e.id() + "-error";
                    if problem(*f).is_some() {
                        let _ = e.set_attribute("aria-invalid", "true");
                        let ids = match hint {
                            Some(h) => format!("{h} {err_id}"),
                            None => err_id,
                        };
                        let _ = e.set_attribute("aria-describedby", &ids);
                    } else {
                        let _ = e.remove_attribute("aria-invalid");
                        match hint {
                            Some(h) => {
                                let _ = e.set_attribute("aria-describedby", h);
                            }
                            None => {
                                let _ = e.remove_attribute("aria-describedby");
                            }
                        }
                    }
                }
                Bind::Error(f) => {
                    let msg = problem(*f).map(|p| p.message(lang));
                    let _ = e.toggle_attribute_with_force("hidden", msg.is_none());
                    set_text(e, msg.unwrap_or(""));
                }
                Bind::Echo(lens) => {
                    let n = parse_count((lens.get)(a), u64::MAX).ok().flatten();
                    set_text(
                        e,
                        &n.map(|n| format!("= {}", i18n::format_count(n, lang)))
                            .unwrap_or_default(),
                    );
                }
                Bind::Label(key) => {
                    if relabel {
                        e.set_text_content(Some(text(lang, *key)));
                    }
                }
                Bind::CountryName(code) => {
                    if relabel {
                        let name = super::questions::eea_options(lang)
                            .into_iter()
                            .find(|(c, _)| c == code)
                            .map_or(*code, |(_, n)| n);
                        e.set_text_content(Some(name));
                    }
                }
                Bind::Now(_) | Bind::Clear(_) => {}
            }
        }
    }

    /// What a user's action on `target` changes in the answers.
    fn act(&self, target: &Element, a: &mut Answers) {
        let Some((e, b)) = self
            .binds
            .iter()
            .find(|(e, b)| e == target && !matches!(b, Bind::Label(_) | Bind::CountryName(_)))
        else {
            return;
        };
        match b {
            Bind::Radio(_, set, i) if checked(e) => set(a, *i),
            Bind::Tick(_, set) => set(a, checked(e)),
            Bind::Country(code) => {
                let Some(c) = crate::domain::authority::Country::from_code(code) else {
                    return;
                };
                a.subject_countries.retain(|x| *x != c);
                if checked(e) {
                    a.subject_countries.push(c);
                }
            }
            Bind::Category(c) => {
                if checked(e) {
                    a.data.insert(*c);
                    a.data_unknown = false;
                } else {
                    a.data.remove(*c);
                }
            }
            Bind::Text(lens) => {
                let v = value(e);
                // A count typed in means it is no longer "not known yet".
                if matches!(e.get_attribute("inputmode").as_deref(), Some("numeric")) {
                    if e.id() == "q-subjects" {
                        a.subjects_unknown = false;
                    } else if e.id() == "q-records" {
                        a.records_unknown = false;
                    }
                }
                *(lens.set)(a) = v;
            }
            Bind::Date(lens) => *(lens.set)(a) = display::date_field_value(&value(e)),
            Bind::Select(s) => (s.set)(a, &value(e)),
            Bind::Now(lens) => {
                let t = browser_now();
                *(lens.set)(a) = display::local_input_value(t.civil(browser_offset_at(t)));
            }
            Bind::Clear(lens) => (lens.set)(a).clear(),
            _ => {}
        }
    }
}

fn checked(e: &Element) -> bool {
    e.dyn_ref::<HtmlInputElement>().is_some_and(|i| i.checked())
}

fn set_checked(e: &Element, on: bool) {
    if let Some(i) = e.dyn_ref::<HtmlInputElement>() {
        if i.checked() != on {
            i.set_checked(on);
        }
    }
}

fn value(e: &Element) -> String {
    if let Some(i) = e.dyn_ref::<HtmlInputElement>() {
        i.value()
    } else if let Some(t) = e.dyn_ref::<HtmlTextAreaElement>() {
        t.value()
    } else if let Some(s) = e.dyn_ref::<HtmlSelectElement>() {
        s.value()
    } else {
        String::new()
    }
}

/// Set a control's value only where it differs: what the user is typing is never rewritten.
fn set_value(e: &Element, want: &str) {
    if let Some(i) = e.dyn_ref::<HtmlInputElement>() {
        if i.value() != want {
            i.set_value(want);
        }
    } else if let Some(t) = e.dyn_ref::<HtmlTextAreaElement>() {
        if t.value() != want {
            t.set_value(want);
        }
    }
}

fn set_text(e: &Element, want: &str) {
    if e.text_content().as_deref() != Some(want) {
        e.set_text_content(Some(want));
    }
}

/// The questions of step `n`.
#[component]
pub fn StepQuestions(n: usize) -> impl IntoView {
    let answers = expect_context::<CaseAnswers>().0;
    let validation = expect_context::<Validation>().0;
    let lang = expect_context::<UiLang>().0;
    let container = NodeRef::<html::Div>::new();
    let dom: Rc<RefCell<Option<Dom>>> = Rc::new(RefCell::new(None));
    let d = dom.clone();
    // Draw once the container is in place; then keep everything in step.
    Effect::new(move |_| {
        let Some(root) = container.get() else {
            return;
        };
        let l = lang.get();
        let mut slot = d.borrow_mut();
        if slot.is_none() {
            // The container may be the previous step's, reused: start empty.
            root.set_text_content(None);
            let mut built = Dom {
                lang: l,
                binds: Vec::new(),
            };
            for q in questions(n) {
                built.question(&root, q);
            }
            *slot = Some(built);
        }
        if let Some(dom) = slot.as_mut() {
            validation.with(|problems| answers.with(|a| dom.sync(a, problems, l)));
        }
    });
    let handle = move |ev: web_sys::Event| {
        let Some(target) = ev.target().and_then(|t| t.dyn_into::<Element>().ok()) else {
            return;
        };
        // A click on a radio button or tick box arrives as "change"; buttons act on "click".
        if ev.type_() == "click" && target.tag_name() != "BUTTON" {
            return;
        }
        let mut next = answers.get_untracked();
        if let Some(dom) = dom.borrow().as_ref() {
            dom.act(&target, &mut next);
        }
        if answers.with_untracked(|a| *a != next) {
            answers.set(next);
        }
    };
    let (h1, h2) = (handle.clone(), handle.clone());
    view! {
        <div
            class="questions"
            node_ref=container
            on:change=handle
            on:input=h1
            on:click=move |ev: web_sys::MouseEvent| h2(ev.into())
        ></div>
    }
}
