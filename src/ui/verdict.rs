//! The verdict panel: the engine's assessment of the current answers, with reasons, deadline,
//! countdown and the competent authority. It renders [`Verdict`] and its [`Outline`]
//! (`outline.rs`); it decides nothing.
//!
//! The panel is built once by a small DOM builder (`ui/dom.rs`; `view!` per element would cost
//! the download budget, `docs/PERFORMANCE.md`) and each part is drawn by an effect of its own,
//! which runs when what that part reads changes: the labels with the language, the answers and
//! the deadline with the outline, the reasons, the open questions and the competence with the
//! verdict, the countdown with the [`Clock`] (every second).

use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::Element;

use crate::domain::answers::Field;
use crate::domain::authority::{self, Authority, AuthorityDecision};
use crate::domain::time::{remaining, Instant};
use crate::domain::{Lang, Reason};

use super::ctx::UiLang;
use super::dom::{el, text_el};
use super::i18n::{text, Key};
use super::nav::{GoTo, StepLinks};
use super::outline::{
    announcement, answers_of, headline, part_of, provisional_parts, Outline, PARTS,
};
use super::questions::{question_of, step_of, SUMMARY};
use super::state::{browser_offset_at, Clock, Verdict, WizardStep};

fn outline() -> Memo<Outline> {
    let v = expect_context::<Verdict>().0;
    Memo::new(move |_| v.with(|(d, a)| Outline::of(d, a)))
}

/// The live region: announces a short summary whenever the verdict changes.
#[component]
pub fn Announcer() -> impl IntoView {
    let o = outline();
    let lang = expect_context::<UiLang>().0;
    let step = expect_context::<WizardStep>().0;
    let message = Memo::new(move |_| {
        // Nothing to announce before the check has started.
        (step.get() > 0).then(|| o.with(|o| announcement(o, lang.get())))
    });
    view! {
        <div class="visually-hidden" aria-live="polite" aria-atomic="true" id="verdict-live">
            {move || message.get()}
        </div>
    }
}

/// The panel's elements that change.
struct Panel {
    aside: Element,
    badges: Vec<Element>,
    headline: Element,
    hint: Element,
    labels: Vec<(Element, Key)>,
    answers: Vec<Element>,
    /// Each part's section and its "provisional" badge.
    parts: Vec<(Element, Element)>,
    reasons: Vec<(Element, Element)>,
    deadline: Element,
    /// "Zuständig: …" in the authority part, so that it shows without scrolling.
    to_whom: Element,
    countdown: Option<Element>,
    open: Element,
    competence: Element,
    /// The button that opens and folds the panel on narrow screens.
    toggle: Element,
    /// The panel's buttons to a step, with where each leads.
    links: StepLinks,
}

impl Panel {
    fn build(aside: &Element, lang: Lang) -> Panel {
        let links = StepLinks::default();
        let mut labels = Vec::new();
        let mut label = |parent: &Element, tag: &str, attrs: &[(&str, &str)], key: Key| {
            let e = text_el(parent, tag, attrs, text(lang, key));
            labels.push((e.clone(), key));
            e
        };
        let h2 = el(aside, "h2", &[("id", "verdict-title")]);
        let wide = el(&h2, "span", &[("class", "wide-only")]);
        label(&wide, "span", &[], Key::VerdictTitle);
        let b1 = label(
            &wide,
            "span",
            &[("class", "badge"), ("hidden", "")],
            Key::Provisional,
        );
        let toggle = el(
            &h2,
            "button",
            &[
                ("type", "button"),
                ("class", "verdict-toggle narrow-only"),
                ("aria-expanded", "false"),
                ("aria-controls", "verdict-body"),
            ],
        );
        let title = label(
            &toggle,
            "span",
            &[("class", "toggle-title")],
            Key::VerdictTitle,
        );
        let b2 = label(
            &title,
            "span",
            &[("class", "badge"), ("hidden", "")],
            Key::Provisional,
        );
        let headline = el(&toggle, "span", &[("class", "toggle-headline")]);
        let hint = el(&toggle, "span", &[("class", "toggle-hint")]);
        let body = el(
            aside,
            "div",
            &[("class", "verdict-body"), ("id", "verdict-body")],
        );
        let mut answers = Vec::new();
        let mut parts = Vec::new();
        let mut reasons = Vec::new();
        let mut deadline = None;
        let mut to_whom = None;
        for (id, title, _) in PARTS {
            let sid = format!("verdict-{id}");
            let tid = format!("verdict-{id}-title");
            let section = el(
                &body,
                "section",
                &[("class", "part"), ("id", &sid), ("aria-labelledby", &tid)],
            );
            let h3 = el(&section, "h3", &[("id", &tid)]);
            label(&h3, "span", &[], title);
            let _ = h3.append_with_str_1(" ");
            let badge = label(
                &h3,
                "span",
                &[("class", "badge"), ("hidden", "")],
                Key::Provisional,
            );
            parts.push((section.clone(), badge));
            answers.push(el(&section, "p", &[("class", "answer")]));
            if id == "authority" {
                deadline = Some(el(&section, "div", &[]));
                to_whom = Some(el(&section, "p", &[("class", "to-whom")]));
                // "Jetzt zu tun" heads the summary (issue 15).
                let to_list = links.button(&section, GoTo::step(SUMMARY), "");
                label(&to_list, "span", &[], Key::NextStepsLink);
            }
            let details = el(&section, "details", &[("class", "why")]);
            let summary = el(&details, "summary", &[]);
            let list = el(&details, "ul", &[]);
            reasons.push((summary, list));
            let _ = details.toggle_attribute_with_force("hidden", true);
        }
        let open = el(&body, "div", &[]);
        let section = el(
            &body,
            "section",
            &[
                ("class", "part"),
                ("id", "verdict-competence"),
                ("aria-labelledby", "verdict-competence-title"),
            ],
        );
        label(
            &section,
            "h3",
            &[("id", "verdict-competence-title")],
            Key::PartCompetence,
        );
        let competence = el(&section, "div", &[]);
        label(&body, "p", &[("class", "disclaimer")], Key::Disclaimer);
        Panel {
            aside: aside.clone(),
            badges: vec![b1, b2],
            headline,
            hint,
            labels,
            answers,
            parts,
            reasons,
            deadline: deadline.unwrap_or_else(|| el(&body, "div", &[])),
            to_whom: to_whom.unwrap_or_else(|| el(&body, "p", &[])),
            countdown: None,
            open,
            competence,
            toggle,
            links,
        }
    }

    /// Every fixed text, in `lang`.
    fn draw_labels(&self, lang: Lang) {
        for (e, k) in &self.labels {
            e.set_text_content(Some(text(lang, *k)));
        }
        self.sync_hint(lang);
    }

    /// The answer of each part, its tone and badge, the headline and the deadline.
    fn draw_outline(&mut self, o: &Outline, lang: Lang) {
        let a = &self.aside;
        let set = |k: &str, v: bool| {
            let _ = a.set_attribute(k, if v { "true" } else { "false" });
        };
        set("data-breach", o.breach);
        let _ = a.set_attribute("data-risk", o.risk.map(|r| r.key()).unwrap_or("none"));
        set("data-notify-authority", o.notify_authority);
        set("data-notify-controller", o.notify_controller);
        let _ = a.set_attribute("data-notify-subjects", o.notify_subjects.key());
        set("data-provisional", o.provisional);
        set("data-provisional-authority", o.provisional_authority);
        set("data-provisional-subjects", o.provisional_subjects);
        for b in &self.badges {
            let _ = b.toggle_attribute_with_force("hidden", !o.provisional);
        }
        for ((section, badge), on) in self.parts.iter().zip(provisional_parts(o)) {
            let _ = badge.toggle_attribute_with_force("hidden", !on);
            let _ = section.set_attribute("data-provisional", if on { "true" } else { "false" });
        }
        self.headline.set_text_content(Some(&headline(o, lang)));
        for (e, (key, tone)) in self.answers.iter().zip(answers_of(o)) {
            e.set_text_content(Some(text(lang, key)));
            let _ = e.set_attribute("class", &format!("answer {tone}"));
        }
        self.draw_deadline(o, lang);
    }

    /// The reasons of each part, with their legal basis.
    fn draw_reasons(&self, reasons: &[Reason], lang: Lang) {
        for ((summary, list), (_, _, part)) in self.reasons.iter().zip(PARTS) {
            let rs: Vec<&Reason> = reasons.iter().filter(|r| part_of(r) == part).collect();
            summary.set_text_content(Some(&format!(
                "{} ({})",
                text(lang, Key::Reasons),
                rs.len()
            )));
            list.set_text_content(None);
            for r in &rs {
                let li = text_el(list, "li", &[], &r.text(lang));
                text_el(&li, "span", &[("class", "basis")], &r.basis_in(lang));
            }
            if let Some(details) = list.parent_element() {
                let _ = details.toggle_attribute_with_force("hidden", rs.is_empty());
            }
        }
    }

    /// The time left until the deadline (or how long it is overdue), at `now`.
    fn draw_countdown(&self, deadline: Option<Instant>, now: Instant, lang: Lang) {
        if let (Some(c), Some(d)) = (&self.countdown, deadline) {
            let (overdue, days, hours, minutes) = remaining(now, d);
            let t = crate::domain::display::format_remaining(overdue, days, hours, minutes, lang);
            if c.text_content().as_deref() != Some(t.as_str()) {
                c.set_text_content(Some(&t));
            }
        }
    }

    /// The toggle's "show / hide details", after the open state.
    fn sync_hint(&self, lang: Lang) {
        let open = self.aside.class_list().contains("open");
        let key = if open {
            Key::HideDetails
        } else {
            Key::ShowDetails
        };
        self.hint.set_text_content(Some(text(lang, key)));
    }

    fn draw_deadline(&mut self, o: &Outline, lang: Lang) {
        let box_ = &self.deadline;
        box_.set_text_content(None);
        self.countdown = None;
        let _ = box_.remove_attribute("id");
        if !o.notify_authority {
            let _ = box_.set_attribute("class", "");
            return;
        }
        let _ = box_.set_attribute("id", "deadline");
        let Some(d) = o.deadline else {
            let _ = box_.set_attribute("class", "deadline missing");
            text_el(box_, "p", &[], text(lang, Key::DeadlineUnknown));
            self.links
                .button(box_, GoTo::step(3), text(lang, Key::EnterAwareness));
            return;
        };
        let late = o.late == Some(true);
        let _ = box_.set_attribute("class", if late { "deadline late" } else { "deadline" });
        let utc = d.to_rfc3339_utc();
        let _ = box_.set_attribute("data-deadline", &utc);
        let offset = browser_offset_at(d);
        let when = el(box_, "p", &[("class", "deadline-when")]);
        text_el(
            &when,
            "span",
            &[("class", "label")],
            text(lang, Key::DeadlineLabel),
        );
        let _ = when.append_with_str_1(" ");
        let strong = el(&when, "strong", &[]);
        text_el(
            &strong,
            "time",
            &[("datetime", &utc)],
            &format!(
                "{} ({})",
                crate::domain::display::format_date_time(d.civil(offset), lang),
                crate::domain::display::format_utc_offset(offset, lang)
            ),
        );
        self.countdown = Some(el(
            box_,
            "p",
            &[
                ("class", "countdown"),
                ("role", "timer"),
                ("aria-live", "off"),
            ],
        ));
        if late {
            let p = el(box_, "p", &[("class", "overdue"), ("id", "overdue")]);
            text_el(&p, "strong", &[], text(lang, Key::Overdue));
        }
    }

    fn draw_open(&self, open: &[Field], o: &Outline, lang: Lang) {
        let box_ = &self.open;
        box_.set_text_content(None);
        if open.is_empty() {
            let _ = box_.set_attribute("class", "");
            return;
        }
        let provisional = o.provisional_authority || o.provisional_subjects;
        let class = if provisional {
            "open-questions provisional"
        } else {
            "open-questions"
        };
        let _ = box_.set_attribute("class", class);
        let p = el(box_, "p", &[]);
        if provisional {
            text_el(
                &p,
                "strong",
                &[("class", "badge")],
                text(lang, Key::Provisional),
            );
            let why = if o.provisional_authority {
                Key::ProvisionalText
            } else {
                Key::ProvisionalSubjectsText
            };
            let _ = p.append_with_str_1(&format!(" {}", text(lang, why)));
        } else {
            // Questions are open, but none of them can change the verdict: it is final.
            p.set_text_content(Some(text(lang, Key::OpenNoChange)));
        }
        text_el(
            box_,
            "p",
            &[("class", "open-title")],
            text(lang, Key::OpenQuestions),
        );
        let list = el(box_, "ul", &[]);
        for f in open {
            let li = el(&list, "li", &[]);
            let to = GoTo {
                step: step_of(*f),
                question: Some(question_of(*f)),
            };
            self.links.button(&li, to, text(lang, Key::Field(*f)));
        }
    }

    fn draw_competence(&self, d: &AuthorityDecision, lang: Lang) {
        let box_ = &self.competence;
        box_.set_text_content(None);
        let (main, also): (Vec<&'static str>, Vec<&'static str>) = match d {
            AuthorityDecision::One { id, .. } => (vec![*id], vec![]),
            AuthorityDecision::Several { ids, .. } => (ids.clone(), vec![]),
            AuthorityDecision::Uncertain { fallback, also, .. } => {
                (fallback.iter().copied().collect(), also.clone())
            }
            AuthorityDecision::Unknown { .. } | AuthorityDecision::ViaController => {
                (vec![], vec![])
            }
        };
        let main: Vec<&'static Authority> =
            main.into_iter().filter_map(authority::authority).collect();
        for a in &main {
            authority_card(box_, a, lang);
        }
        let names: Vec<&str> = main.iter().map(|a| a.short_name).collect();
        self.to_whom.set_text_content(
            (!names.is_empty())
                .then(|| format!("{}: {}", text(lang, Key::PartCompetence), names.join(", ")))
                .as_deref(),
        );
        let unknown = matches!(d, AuthorityDecision::Unknown { .. });
        let because = if unknown {
            d.rule_text(lang).to_string()
        } else {
            format!(
                "{} {}",
                text(lang, Key::CompetentBecause),
                d.rule_text(lang)
            )
        };
        text_el(box_, "p", &[("class", "because")], &because);
        if let Some(why) = d.why_text(lang) {
            let p = el(box_, "p", &[("class", "verify-note")]);
            text_el(
                &p,
                "span",
                &[("class", "verify")],
                text(lang, Key::PleaseVerify),
            );
            let _ = p.append_with_str_1(&format!(" {why}"));
        }
        let also: Vec<&str> = also
            .into_iter()
            .filter_map(authority::authority)
            .map(|a| a.short_name)
            .collect();
        if !also.is_empty() {
            text_el(
                box_,
                "p",
                &[("class", "hint")],
                &format!("{} {}", text(lang, Key::AlsoCompetent), also.join(", ")),
            );
        }
        if unknown {
            self.links
                .button(box_, GoTo::step(1), text(lang, Key::EnterOrganisation));
        }
    }
}

/// The card of one authority: its name. How to reach it (form, address, e-mail) is in the
/// "Jetzt zu tun" list on the summary, which comes with the drafts module; the app module does
/// not carry the contact details (download budget, `tests/e2e/sizes.mjs`).
fn authority_card(parent: &Element, a: &'static Authority, lang: Lang) {
    let card = el(
        parent,
        "div",
        &[("class", "authority-card"), ("data-authority", a.id)],
    );
    let name = el(&card, "p", &[("class", "authority-name")]);
    text_el(&name, "strong", &[], a.display_name(lang));
    let _ = name.append_with_str_1(&format!(" ({})", a.short_name));
    text_el(
        &card,
        "p",
        &[("class", "hint")],
        text(lang, Key::ContactInList),
    );
}

/// Draws one part of the panel in a language.
type Draw = Box<dyn Fn(&mut Panel, Lang)>;

/// The whole panel. Beside the steps on wide screens; at the bottom, collapsible, on narrow ones.
#[component]
pub fn VerdictPanel() -> impl IntoView {
    let v = expect_context::<Verdict>().0;
    let clock = expect_context::<Clock>().0;
    let lang = expect_context::<UiLang>().0;
    let step = expect_context::<WizardStep>();
    let node = NodeRef::<html::Aside>::new();
    let panel: std::rc::Rc<std::cell::RefCell<Option<Panel>>> = Default::default();
    // Each part of the panel is drawn by its own effect: the outline's parts when the outline
    // (a memo) changes, the reasons, open questions and competence when the verdict (a memo that
    // changes only with the facts) does, and every part when the language does.
    let outline = Memo::new(move |_| v.with(|(d, a)| Outline::of(d, a)));
    // Runs `draw` on the panel, built on first use, whenever what `draw` reads changes.
    let part = |draw: Draw| {
        let p = panel.clone();
        Effect::new(move |_| {
            let l = lang.get();
            let Some(aside) = node.get() else {
                return;
            };
            let mut slot = p.borrow_mut();
            draw(slot.get_or_insert_with(|| Panel::build(&aside, l)), l);
        });
    };
    part(Box::new(|p, l| p.draw_labels(l)));
    part(Box::new(move |p, l| outline.with(|o| p.draw_outline(o, l))));
    part(Box::new(move |p, l| {
        v.with(|(_, a)| p.draw_reasons(&a.reasons, l))
    }));
    part(Box::new(move |p, l| {
        let o = outline.get();
        v.with(|(d, _)| p.draw_open(&d.open, &o, l))
    }));
    part(Box::new(move |p, l| {
        v.with(|(_, a)| p.draw_competence(&a.authority, l))
    }));
    part(Box::new(move |p, l| {
        p.draw_countdown(outline.with(|o| o.deadline), clock.get(), l)
    }));
    let folding = panel.clone();
    let on_click = move |ev: web_sys::MouseEvent| {
        // A link followed from the open drawer folds it: the question it leads to must not be
        // hidden behind it.
        let Some((links, toggle)) = panel
            .borrow()
            .as_ref()
            .map(|p| (p.links.clone(), p.toggle.clone()))
        else {
            return;
        };
        let followed = links.follow(step, &ev);
        let toggled = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Node>().ok())
            .is_some_and(|t| toggle.contains(Some(&t)));
        let slot = panel.borrow();
        let Some(panel) = slot.as_ref() else { return };
        let was_open = panel.aside.class_list().contains("open");
        let open = match (followed, toggled) {
            (true, _) => false,
            (false, true) => !was_open,
            (false, false) => return,
        };
        if open != was_open {
            let _ = panel.aside.class_list().toggle_with_force("open", open);
            let expanded = if open { "true" } else { "false" };
            let _ = panel.toggle.set_attribute("aria-expanded", expanded);
            panel.sync_hint(lang.get_untracked());
        }
    };
    // Escape folds the drawer on narrow screens and gives the focus back to its toggle.
    let on_key = move |ev: web_sys::KeyboardEvent| {
        if ev.key() != "Escape" {
            return;
        }
        let slot = folding.borrow();
        let Some(panel) = slot.as_ref() else { return };
        if panel.aside.class_list().contains("open") {
            if let Some(t) = panel.toggle.dyn_ref::<web_sys::HtmlElement>() {
                t.click();
                let _ = t.focus();
            }
        }
    };
    view! { <aside class="verdict" aria-labelledby="verdict-title" node_ref=node on:click=on_click on:keydown=on_key></aside> }
}
