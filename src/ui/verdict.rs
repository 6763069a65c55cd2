//! The verdict panel: the engine's assessment of the current answers, with reasons, deadline,
//! countdown and the competent authority. It renders [`Verdict`]; it decides nothing.
//!
//! The [`Clock`] ticks every second, so the assessment is recomputed every second; each part of
//! the panel reads its own memo and is redrawn only when its value really changes.

use leptos::prelude::*;

use crate::domain::authority::{self, Authority, AuthorityDecision};
use crate::domain::time::{remaining, Instant};
use crate::domain::{Lang, Reason, ReasonKind, RiskLevel, SubjectNotice};

use super::i18n::{self, text, Key};
use super::state::{browser_offset_at, Clock, Verdict, WizardStep};
use super::wizard::{go_to, step_of};
use super::{tr, UiLang};

/// The parts of the verdict, each with its own reasons.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    Breach,
    Risk,
    Authority,
    Subjects,
    Competence,
}

/// Which part of the panel a reason explains.
pub fn part_of(r: &Reason) -> Part {
    use ReasonKind::*;
    match r.kind {
        NoPersonalData | NoCompromise | Breach { .. } | Document => Part::Breach,
        NotifyAuthority
        | NoNotificationLowRisk
        | ProcessorInformsController
        | Deadline(_)
        | Late
        | InTime
        | AwarenessUnknown => Part::Authority,
        SubjectsHighRisk
        | SubjectsNoHighRisk
        | EncryptionDoesNotCover
        | ExceptionNeutralised
        | ExceptionPublicCommunication
        | ProcessorNoSubjects => Part::Subjects,
        Authority(_) => Part::Competence,
        _ => Part::Risk,
    }
}

/// What the panel shows, in short: the values the tests and the live announcement read.
#[derive(Clone, Debug, PartialEq)]
pub struct Outline {
    pub breach: bool,
    pub risk: Option<RiskLevel>,
    pub notify_authority: bool,
    pub notify_controller: bool,
    pub notify_subjects: SubjectNotice,
    pub provisional: bool,
    pub deadline: Option<Instant>,
    pub late: Option<bool>,
}

fn outline() -> Memo<Outline> {
    let v = expect_context::<Verdict>().0;
    Memo::new(move |_| {
        v.with(|(d, a)| Outline {
            breach: a.breach,
            risk: a.risk,
            notify_authority: a.notify_authority,
            notify_controller: a.notify_controller,
            notify_subjects: a.notify_subjects,
            provisional: d.facts.provisional && a.breach,
            deadline: a.deadline,
            late: a.late,
        })
    })
}

/// The short answer for the "notify the authority" part.
fn authority_key(o: &Outline) -> Key {
    if o.notify_controller {
        Key::InformController
    } else if o.notify_authority {
        Key::NotifyYes
    } else {
        Key::NotifyNo
    }
}

fn subjects_key(o: &Outline) -> Key {
    if o.notify_controller {
        Key::SubjectsController
    } else {
        match o.notify_subjects {
            SubjectNotice::Yes => Key::SubjectsYes,
            SubjectNotice::No => Key::SubjectsNo,
            SubjectNotice::PublicCommunication => Key::SubjectsPublic,
        }
    }
}

fn risk_key(o: &Outline) -> Key {
    match o.risk {
        None => Key::RiskNone,
        Some(RiskLevel::Low) => Key::RiskLow,
        Some(RiskLevel::Risk) => Key::RiskRisk,
        Some(RiskLevel::High) => Key::RiskHigh,
    }
}

/// One sentence for screen readers when the verdict changes (not the whole panel).
pub fn announcement(o: &Outline, lang: Lang) -> String {
    let t = |k| text(lang, k);
    let mut s = format!(
        "{} {}. {}. {}.",
        t(Key::VerdictUpdated),
        t(if o.breach {
            Key::BreachYes
        } else {
            Key::BreachNo
        }),
        t(authority_key(o)),
        t(subjects_key(o)),
    );
    if o.provisional {
        s.push(' ');
        s.push_str(t(Key::Provisional));
        s.push('.');
    }
    s
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

/// Reasons with their legal basis, folded away under "Begründung".
fn reasons_view(part: Part) -> impl IntoView {
    let v = expect_context::<Verdict>().0;
    let lang = expect_context::<UiLang>().0;
    let reasons = Memo::new(move |_| {
        v.with(|(_, a)| {
            a.reasons
                .iter()
                .filter(|r| part_of(r) == part)
                .cloned()
                .collect::<Vec<_>>()
        })
    });
    move || {
        let rs = reasons.get();
        (!rs.is_empty()).then(|| {
            let l = lang.get();
            let n = rs.len();
            let items = rs
                .into_iter()
                .map(|r| {
                    view! {
                        <li>
                            {r.text(l)}
                            <span class="basis">{r.basis()}</span>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <details class="why">
                    <summary>{format!("{} ({n})", text(l, Key::Reasons))}</summary>
                    <ul>{items}</ul>
                </details>
            }
        })
    }
}

/// The deadline as a local clock time with a live countdown, or "overdue".
#[component]
fn DeadlineView() -> impl IntoView {
    let o = outline();
    let clock = expect_context::<Clock>().0;
    let lang = expect_context::<UiLang>().0;
    let step = expect_context::<WizardStep>();
    let deadline = Memo::new(move |_| o.with(|o| o.notify_authority.then_some(o.deadline)));
    let late = Memo::new(move |_| o.with(|o| o.late == Some(true)));
    move || match deadline.get() {
        None => None,
        Some(None) => Some(
            view! {
                <div class="deadline missing" id="deadline">
                    <p>{tr(Key::DeadlineUnknown)}</p>
                    <button type="button" class="link" on:click=move |_| go_to(step, 3)>
                        {tr(Key::EnterAwareness)}
                    </button>
                </div>
            }
            .into_any(),
        ),
        Some(Some(d)) => {
            let offset = browser_offset_at(d);
            let when = move || {
                let l = lang.get();
                format!(
                    "{} ({})",
                    i18n::format_date_time(d.civil(offset), l),
                    i18n::format_utc_offset(offset, l)
                )
            };
            let countdown = move || {
                let (overdue, days, hours, minutes) = remaining(clock.get(), d);
                i18n::format_remaining(overdue, days, hours, minutes, lang.get())
            };
            Some(
                view! {
                    <div class="deadline" class:late=move || late.get() id="deadline"
                        data-deadline=d.to_rfc3339_utc()>
                        <p class="deadline-when">
                            <span class="label">{tr(Key::DeadlineLabel)}</span>
                            " "
                            <strong><time datetime=d.to_rfc3339_utc()>{when}</time></strong>
                        </p>
                        <p class="countdown" role="timer" aria-live="off">{countdown}</p>
                        <Show when=move || late.get()>
                            <p class="overdue" id="overdue"><strong>{tr(Key::Overdue)}</strong></p>
                        </Show>
                    </div>
                }
                .into_any(),
            )
        }
    }
}

/// A value of an authority's entry: shown, marked "please verify" where needed, or "unknown".
fn entry(
    label: Key,
    value: Option<&'static str>,
    verify: bool,
    link: Option<String>,
    new_tab: bool,
) -> impl IntoView {
    let shown = match (value, link) {
        (Some(v), Some(href)) if new_tab => view! {
            <a href=href target="_blank" rel="noopener noreferrer">
                {v}
                <span class="visually-hidden">" " {tr(Key::NewTab)}</span>
            </a>
        }
        .into_any(),
        (Some(v), Some(href)) => view! { <a href=href>{v}</a> }.into_any(),
        (Some(v), None) => view! { <span>{v}</span> }.into_any(),
        (None, _) => view! { <span class="unknown">{tr(Key::Unknown)}</span> }.into_any(),
    };
    view! {
        <dt>{tr(label)}</dt>
        <dd>
            {shown}
            {(verify && value.is_some())
                .then(|| view! { <span class="verify">{tr(Key::PleaseVerify)}</span> })}
        </dd>
    }
}

/// The contact card of one authority.
fn authority_card(a: &'static Authority) -> impl IntoView {
    let lang = expect_context::<UiLang>().0;
    let phone_href = a.phone.map(|p| {
        let digits: String = p
            .chars()
            .filter(|c| c.is_ascii_digit() || *c == '+')
            .collect();
        format!("tel:{digits}")
    });
    let breach = a.breach_link();
    view! {
        <div class="authority-card" data-authority=a.id>
            <p class="authority-name">
                <strong>{move || a.display_name(lang.get() == Lang::De)}</strong>
                " (" {a.short_name} ")"
            </p>
            <dl>
                {entry(Key::PostalAddress, a.postal_address, a.needs_verify("postal_address"), None, false)}
                {entry(Key::Phone, a.phone, a.needs_verify("phone"), phone_href, false)}
                {entry(Key::Email, a.email, a.needs_verify("email"), a.email.map(|e| format!("mailto:{e}")), false)}
                {entry(Key::Website, a.website, a.needs_verify("website"), a.website.map(String::from), true)}
                {entry(
                    Key::BreachForm,
                    breach.map(|(u, _)| u),
                    breach.is_some_and(|(_, v)| v),
                    breach.map(|(u, _)| u.to_string()),
                    true,
                )}
            </dl>
            {breach.is_none().then(|| view! { <p class="hint">{tr(Key::NoBreachForm)}</p> })}
        </div>
    }
}

/// The competent authority: card(s), why it is competent, and what is uncertain.
#[component]
fn CompetenceView() -> impl IntoView {
    let v = expect_context::<Verdict>().0;
    let lang = expect_context::<UiLang>().0;
    let step = expect_context::<WizardStep>();
    let decision = Memo::new(move |_| v.with(|(_, a)| a.authority.clone()));
    move || {
        let d = decision.get();
        let (main, also): (Vec<&'static str>, Vec<&'static str>) = match &d {
            AuthorityDecision::One { id, .. } => (vec![*id], vec![]),
            AuthorityDecision::Several { ids, .. } => (ids.clone(), vec![]),
            AuthorityDecision::Uncertain { fallback, also, .. } => {
                (fallback.iter().copied().collect(), also.clone())
            }
            AuthorityDecision::Unknown { .. } | AuthorityDecision::ViaController => {
                (vec![], vec![])
            }
        };
        let cards = main
            .into_iter()
            .filter_map(authority::authority)
            .map(authority_card)
            .collect_view();
        let also_names = also
            .into_iter()
            .filter_map(authority::authority)
            .map(|a| a.short_name)
            .collect::<Vec<_>>()
            .join(", ");
        let unknown = matches!(d, AuthorityDecision::Unknown { .. });
        let uncertain = d.is_uncertain();
        let d2 = d.clone();
        let d3 = d.clone();
        view! {
            {cards}
            <p class="because">
                {move || {
                    let german = lang.get() == Lang::De;
                    if unknown {
                        d2.rule_text(german)
                    } else {
                        format!("{} {}", text(lang.get(), Key::CompetentBecause), d2.rule_text(german))
                    }
                }}
            </p>
            {uncertain.then(|| view! {
                <p class="verify-note">
                    <span class="verify">{tr(Key::PleaseVerify)}</span>
                    " "
                    {move || d3.why_text(lang.get() == Lang::De).unwrap_or_default()}
                </p>
            })}
            {(!also_names.is_empty()).then(|| view! {
                <p class="hint">{tr(Key::AlsoCompetent)} " " {also_names.clone()}</p>
            })}
            {unknown.then(|| view! {
                <button type="button" class="link" on:click=move |_| go_to(step, 1)>
                    {tr(Key::EnterOrganisation)}
                </button>
            })}
        }
    }
}

/// The questions still open, each a way back to where it is asked.
#[component]
fn OpenQuestions() -> impl IntoView {
    let v = expect_context::<Verdict>().0;
    let step = expect_context::<WizardStep>();
    let open = Memo::new(move |_| v.with(|(d, _)| d.open.clone()));
    let provisional = Memo::new(move |_| v.with(|(d, a)| d.facts.provisional && a.breach));
    move || {
        let fields = open.get();
        (!fields.is_empty()).then(|| {
            let items = fields
                .into_iter()
                .map(|f| {
                    view! {
                        <li>
                            <button type="button" class="link" on:click=move |_| go_to(step, step_of(f))>
                                {tr(Key::Field(f))}
                            </button>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <div class="open-questions" class:provisional=move || provisional.get()>
                    <Show when=move || provisional.get()>
                        <p><strong class="badge">{tr(Key::Provisional)}</strong> " " {tr(Key::ProvisionalText)}</p>
                    </Show>
                    <p class="open-title">{tr(Key::OpenQuestions)}</p>
                    <ul>{items}</ul>
                </div>
            }
        })
    }
}

/// One part of the verdict: a heading, the answer (with its tone), and its reasons.
fn part(
    id: &'static str,
    title: Key,
    answer: Memo<(Key, &'static str)>,
    reasons: Part,
    extra: AnyView,
) -> AnyView {
    let lang = expect_context::<UiLang>().0;
    view! {
        <section class="part" id=format!("verdict-{id}") aria-labelledby=format!("verdict-{id}-title")>
            <h3 id=format!("verdict-{id}-title")>{tr(title)}</h3>
            <p class=move || format!("answer {}", answer.get().1)>{move || text(lang.get(), answer.get().0)}</p>
            {extra}
            {reasons_view(reasons)}
        </section>
    }
    .into_any()
}

/// The short line shown on the folded panel: what to do, and by when.
fn headline(o: &Outline, lang: Lang) -> String {
    let t = |k| text(lang, k);
    let what = if o.notify_controller {
        t(Key::InformController)
    } else if o.notify_authority {
        t(Key::ShortNotifyYes)
    } else {
        t(Key::ShortNotifyNo)
    };
    let people = match (o.notify_controller, o.notify_subjects) {
        (true, _) => None,
        (_, SubjectNotice::Yes) => Some(t(Key::ShortSubjectsYes)),
        (_, SubjectNotice::No) => Some(t(Key::ShortSubjectsNo)),
        (_, SubjectNotice::PublicCommunication) => Some(t(Key::SubjectsPublic)),
    };
    let mut line = what.to_string();
    if let Some(p) = people {
        line.push_str(" · ");
        line.push_str(p);
    }
    match (o.notify_authority, o.deadline, o.late) {
        (true, _, Some(true)) => {
            line.push_str(" · ");
            line.push_str(t(Key::ShortOverdue));
        }
        (true, Some(d), _) => {
            line.push_str(" · ");
            line.push_str(t(Key::ShortBy));
            line.push(' ');
            line.push_str(&i18n::format_short(d.civil(browser_offset_at(d)), lang));
        }
        _ => {}
    }
    line
}

/// The whole panel. Beside the steps on wide screens; at the bottom, collapsible, on narrow ones.
#[component]
pub fn VerdictPanel() -> impl IntoView {
    let o = outline();
    let lang = expect_context::<UiLang>().0;
    let open = RwSignal::new(false);
    let answer = |f: fn(&Outline) -> (Key, &'static str)| Memo::new(move |_| o.with(f));
    let breach = answer(|o| {
        if o.breach {
            (Key::BreachYes, "warn")
        } else {
            (Key::BreachNo, "calm")
        }
    });
    let risk = answer(|o| {
        let tone = match o.risk {
            Some(RiskLevel::High) => "act",
            Some(RiskLevel::Risk) => "warn",
            _ => "calm",
        };
        (risk_key(o), tone)
    });
    let notify = answer(|o| {
        let act = o.notify_authority || o.notify_controller;
        (authority_key(o), if act { "act" } else { "calm" })
    });
    let people = answer(|o| {
        let calm = o.notify_subjects == SubjectNotice::No;
        (subjects_key(o), if calm { "calm" } else { "act" })
    });
    let provisional = Memo::new(move |_| o.with(|o| o.provisional));
    view! {
        <aside
            class="verdict"
            class:open=move || open.get()
            aria-labelledby="verdict-title"
            data-breach=move || o.with(|o| o.breach.to_string())
            data-risk=move || o.with(|o| o.risk.map(|r| r.key()).unwrap_or("none"))
            data-notify-authority=move || o.with(|o| o.notify_authority.to_string())
            data-notify-controller=move || o.with(|o| o.notify_controller.to_string())
            data-notify-subjects=move || o.with(|o| o.notify_subjects.key())
            data-provisional=move || o.with(|o| o.provisional.to_string())
        >
            <h2 id="verdict-title">
                <span class="wide-only">
                    {tr(Key::VerdictTitle)}
                    <span class="badge" hidden=move || !provisional.get()>" " {tr(Key::Provisional)}</span>
                </span>
                <button
                    type="button"
                    class="verdict-toggle narrow-only"
                    aria-expanded=move || open.get().to_string()
                    aria-controls="verdict-body"
                    on:click=move |_| open.update(|o| *o = !*o)
                >
                    <span class="toggle-title">
                        {tr(Key::VerdictTitle)}
                        <span class="badge" hidden=move || !provisional.get()>" " {tr(Key::Provisional)}</span>
                    </span>
                    <span class="toggle-headline">{move || o.with(|o| headline(o, lang.get()))}</span>
                    <span class="toggle-hint">
                        {move || text(lang.get(), if open.get() { Key::HideDetails } else { Key::ShowDetails })}
                    </span>
                </button>
            </h2>
            <div class="verdict-body" id="verdict-body">
                {part("authority", Key::PartAuthority, notify, Part::Authority, view! { <DeadlineView/> }.into_any())}
                {part("subjects", Key::PartSubjects, people, Part::Subjects, ().into_any())}
                {part("risk", Key::PartRisk, risk, Part::Risk, ().into_any())}
                {part("breach", Key::PartBreach, breach, Part::Breach, ().into_any())}
                <OpenQuestions/>
                <section class="part" id="verdict-competence" aria-labelledby="verdict-competence-title">
                    <h3 id="verdict-competence-title">{tr(Key::PartCompetence)}</h3>
                    <CompetenceView/>
                </section>
                <p class="disclaimer">{tr(Key::Disclaimer)}</p>
            </div>
        </aside>
    }
}
