//! Component tests in headless Chromium: the wizard and the verdict panel mounted into a fresh
//! element with a fixed clock, driven through the DOM as a user would (clicks, typing).
#![cfg(target_arch = "wasm32")]

use std::cell::Cell;
use std::rc::Rc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

use selbstcheck::domain::answers::{Answers, Cause, IncidentType};
use selbstcheck::domain::authority::{Land, Sector};
use selbstcheck::domain::facts::{Availability, Confidentiality, Integrity, Role};
use selbstcheck::domain::presets::Preset;
use selbstcheck::domain::time::parse_rfc3339;
use selbstcheck::domain::Lang;
use selbstcheck::ui::ctx::provide_lang;
use selbstcheck::ui::state::{self, CaseAnswers, WizardStep};
use selbstcheck::ui::Shell;

wasm_bindgen_test_configure!(run_in_browser);

/// What a test needs to look at after mounting.
#[derive(Clone, Copy)]
struct Handles {
    answers: CaseAnswers,
    lang: RwSignal<Lang>,
    step: WizardStep,
}

/// Mount the whole page into a fresh element with `answers`, at `step`, at a fixed time.
fn mount(answers: Answers, step: usize) -> (web_sys::HtmlElement, Handles) {
    let doc = document();
    // A form of its own: radio groups are per form, so tests running side by side never share one.
    let el: web_sys::HtmlElement = doc.create_element("form").unwrap().unchecked_into();
    doc.body().unwrap().append_child(&el).unwrap();
    let out: Rc<Cell<Option<Handles>>> = Rc::new(Cell::new(None));
    let out2 = out.clone();
    let now = parse_rfc3339("2026-11-23T12:00:00+01:00").unwrap();
    let handle = leptos::mount::mount_to(el.clone(), move || {
        let lang = provide_lang(Lang::De);
        let (answers, _, _) = state::provide_state(answers, now);
        let s = expect_context::<WizardStep>();
        s.0.set(step);
        out2.set(Some(Handles {
            answers,
            lang,
            step: s,
        }));
        view! { <Shell/> }
    });
    handle.forget();
    (el, out.get().unwrap())
}

/// Let the reactive system run its effects.
async fn settle() {
    for _ in 0..6 {
        leptos::task::tick().await;
    }
}

fn find(root: &web_sys::HtmlElement, selector: &str) -> web_sys::HtmlElement {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no element {selector}"))
        .unchecked_into()
}

/// Type `text` into an input as a browser does: set its value and fire a bubbling `input` event.
fn type_into(input: &web_sys::HtmlInputElement, text: &str) {
    let f = js_sys::Function::new_with_args(
        "el, v",
        "el.value = v; el.dispatchEvent(new Event('input', { bubbles: true }));",
    );
    f.call2(&wasm_bindgen::JsValue::NULL, input, &text.into())
        .unwrap();
}

fn verdict_attr(root: &web_sys::HtmlElement, name: &str) -> String {
    find(root, "aside.verdict")
        .get_attribute(name)
        .unwrap_or_default()
}

/// The seed: a district office in NRW e-mails 1,494 people with all addresses visible.
fn district_office() -> Answers {
    Answers {
        role: Some(Role::Controller),
        sector: Some(Sector::Public),
        land: Some(Land::NW),
        personal_data: Some(true),
        confidentiality: Some(Confidentiality::KnownRecipients),
        integrity: Some(Integrity::None),
        availability: Some(Availability::None),
        cause: Some(Cause::Error),
        aware_at: "2026-11-23T09:00".into(),
        subjects: "1.494".into(),
        vulnerable: Some(false),
        unintelligible: Some(false),
        contained: Some(false),
        high_risk_neutralised: Some(false),
        misuse_observed: Some(false),
        disproportionate_effort: Some(false),
        sensitive_context: Some(false),
        ..Preset::OpenRecipients.answers()
    }
}

#[wasm_bindgen_test]
async fn the_context_question_decides_the_people_part_and_only_that_part_is_provisional() {
    let (root, h) = mount(
        Answers {
            sensitive_context: None,
            ..district_office()
        },
        2,
    );
    settle().await;
    // Open: the cautious answer (tell the people), marked provisional and amber; the authority
    // part cannot change and is final.
    assert_eq!(verdict_attr(&root, "data-notify-authority"), "true");
    assert_eq!(verdict_attr(&root, "data-provisional-authority"), "false");
    assert_eq!(verdict_attr(&root, "data-provisional-subjects"), "true");
    let subjects = find(&root, "#verdict-subjects");
    assert_eq!(
        subjects.get_attribute("data-provisional").as_deref(),
        Some("true")
    );
    assert!(!find(&root, "#verdict-subjects h3 .badge").hidden());
    assert!(find(&root, "#verdict-authority h3 .badge").hidden());
    assert_eq!(
        find(&root, "#verdict-subjects .answer").class_name(),
        "answer warn"
    );
    // Answered "no": a final green "no duty".
    find(&root, "#q-sensitive_context-no").click();
    settle().await;
    assert_eq!(h.answers.0.get_untracked().sensitive_context, Some(false));
    assert_eq!(verdict_attr(&root, "data-notify-subjects"), "no");
    assert_eq!(verdict_attr(&root, "data-provisional-subjects"), "false");
    assert!(find(&root, "#verdict-subjects h3 .badge").hidden());
    assert_eq!(
        find(&root, "#verdict-subjects .answer").class_name(),
        "answer calm"
    );
    // Answered "yes": the list reveals health data, a high risk.
    find(&root, "#q-sensitive_context-yes").click();
    settle().await;
    assert_eq!(verdict_attr(&root, "data-risk"), "high");
    assert_eq!(verdict_attr(&root, "data-notify-subjects"), "yes");
    assert_eq!(verdict_attr(&root, "data-provisional"), "false");
    root.remove();
}

#[wasm_bindgen_test]
async fn access_is_asked_apart_from_who_could_see_and_unclear_is_an_answer() {
    let (root, h) = mount(district_office(), 2);
    settle().await;
    let unclear: web_sys::HtmlInputElement = find(&root, "#q-accessed-unclear").unchecked_into();
    assert!(unclear.checked(), "nothing known about access: unclear");
    assert_eq!(
        find(&root, "label[for=q-accessed-unclear]")
            .text_content()
            .unwrap(),
        "unklar, ob jemand zugegriffen hat"
    );
    assert!(root
        .query_selector("#q-accessed-unknown")
        .unwrap()
        .is_none());
    find(&root, "#q-accessed-yes").click();
    settle().await;
    assert_eq!(h.answers.0.get_untracked().accessed, Some(true));
    find(&root, "#q-accessed-no").click();
    settle().await;
    assert_eq!(h.answers.0.get_untracked().accessed, Some(false));
    find(&root, "#q-accessed-unclear").click();
    settle().await;
    assert_eq!(h.answers.0.get_untracked().accessed, None);
    // Nobody unauthorised could see the data: neither access nor context is asked.
    assert!(!find(&root, "#q-accessed-group").hidden());
    find(&root, "#q-confidentiality-none").click();
    settle().await;
    assert!(find(&root, "#q-accessed-group").hidden());
    assert!(find(&root, "#q-sensitive_context-group").hidden());
    root.remove();
}

#[wasm_bindgen_test]
async fn follow_up_questions_appear_with_the_answer_that_calls_for_them() {
    let (root, h) = mount(district_office(), 5);
    settle().await;
    // The confirmation is asked only once something was asked back.
    assert!(find(&root, "#q-deletion_confirmed-group").hidden());
    find(&root, "#q-contained-yes").click();
    settle().await;
    assert!(!find(&root, "#q-deletion_confirmed-group").hidden());
    find(&root, "#q-deletion_confirmed-yes").click();
    settle().await;
    assert_eq!(h.answers.0.get_untracked().deletion_confirmed, Some(true));
    // The processor's name only once a processor was involved.
    assert!(find(&root, "#q-processor_details-group").hidden());
    find(&root, "#q-processor_involved-yes").click();
    settle().await;
    assert!(!find(&root, "#q-processor_details-group").hidden());
    root.remove();
}

#[wasm_bindgen_test]
async fn a_preset_fills_the_answers_and_they_stay_editable() {
    let (root, h) = mount(Answers::default(), 0);
    settle().await;
    find(&root, "#preset-open_recipients").click();
    settle().await;
    assert_eq!(h.step.0.get_untracked(), 1, "the wizard starts");
    let a = h.answers.0.get_untracked();
    assert_eq!(a, Preset::OpenRecipients.answers());
    assert_eq!(a.incident_type, Some(IncidentType::OpenDistributionList));
    assert!(find(&root, "#step-title")
        .text_content()
        .unwrap()
        .contains("Wer sind Sie?"));
    // The prefilled answers show on their step and can be changed there.
    find(&root, "#next").click();
    settle().await;
    let radio: web_sys::HtmlInputElement =
        find(&root, "#q-incident_type-open_distribution_list").unchecked_into();
    let states: Vec<String> = {
        [
            "hacking",
            "open_distribution_list",
            "misdirected_email",
            "unknown",
        ]
        .iter()
        .map(|v| {
            let r: web_sys::HtmlInputElement =
                find(&root, &format!("#q-incident_type-{v}")).unchecked_into();
            format!("{}={}", r.value(), r.checked())
        })
        .collect()
    };
    assert!(
        radio.checked(),
        "{states:?} {:?}",
        h.answers.0.get_untracked().incident_type
    );
    find(&root, "#q-incident_type-misdirected_email").click();
    settle().await;
    assert_eq!(
        h.answers.0.get_untracked().incident_type,
        Some(IncidentType::MisdirectedEmail)
    );
    root.remove();
}

#[wasm_bindgen_test]
async fn an_answer_changes_the_verdict_and_it_is_announced() {
    let (root, h) = mount(district_office(), 5);
    settle().await;
    assert_eq!(verdict_attr(&root, "data-notify-authority"), "true");
    assert_eq!(verdict_attr(&root, "data-risk"), "risk");
    assert_eq!(verdict_attr(&root, "data-notify-subjects"), "no");
    assert!(find(&root, "#deadline")
        .text_content()
        .unwrap()
        .contains("Frist"));
    assert!(find(&root, "[data-authority=ldi-nrw]")
        .text_content()
        .unwrap()
        .contains("Nordrhein-Westfalen"));
    // State-of-the-art encryption with a safe key: no risk from the disclosure.
    find(&root, "#q-unintelligible-yes").click();
    settle().await;
    assert_eq!(h.answers.0.get_untracked().unintelligible, Some(true));
    assert_eq!(verdict_attr(&root, "data-notify-authority"), "false");
    assert_eq!(verdict_attr(&root, "data-risk"), "low");
    let live = find(&root, "#verdict-live").text_content().unwrap();
    assert!(live.contains("Behörde: keine Meldung"), "{live}");
    // And back.
    find(&root, "#q-unintelligible-no").click();
    settle().await;
    assert_eq!(verdict_attr(&root, "data-notify-authority"), "true");
    root.remove();
}

#[wasm_bindgen_test]
async fn switching_the_language_keeps_every_answer() {
    let (root, h) = mount(district_office(), 4);
    settle().await;
    let input: web_sys::HtmlInputElement = find(&root, "#q-records").unchecked_into();
    type_into(&input, "2.500");
    settle().await;
    let before = h.answers.0.get_untracked();
    assert_eq!(before.records, "2.500");
    assert!(find(&root, "#step-title")
        .text_content()
        .unwrap()
        .contains("Welche Daten"));
    find(&root, "#lang-toggle").click();
    settle().await;
    assert_eq!(h.lang.get_untracked(), Lang::En);
    assert_eq!(h.answers.0.get_untracked(), before, "no answer lost");
    assert!(find(&root, "#step-title")
        .text_content()
        .unwrap()
        .contains("Which data"));
    let input: web_sys::HtmlInputElement = find(&root, "#q-records").unchecked_into();
    assert_eq!(input.value(), "2.500", "the typed text stays");
    let subjects: web_sys::HtmlInputElement = find(&root, "#q-subjects").unchecked_into();
    assert_eq!(subjects.value(), "1.494");
    // Through the other steps and back: still all there.
    find(&root, "#next").click();
    settle().await;
    find(&root, "#back").click();
    settle().await;
    assert_eq!(h.answers.0.get_untracked(), before);
    let input: web_sys::HtmlInputElement = find(&root, "#q-records").unchecked_into();
    assert_eq!(input.value(), "2.500");
    assert_eq!(
        document().document_element().unwrap().get_attribute("lang"),
        Some("en".into())
    );
    root.remove();
}

#[wasm_bindgen_test]
async fn bad_input_is_reported_next_to_the_field_and_kept() {
    let (root, h) = mount(district_office(), 4);
    settle().await;
    let input: web_sys::HtmlInputElement = find(&root, "#q-subjects").unchecked_into();
    type_into(&input, "-5");
    settle().await;
    assert_eq!(h.answers.0.get_untracked().subjects, "-5");
    assert_eq!(input.value(), "-5");
    assert_eq!(input.get_attribute("aria-invalid").as_deref(), Some("true"));
    let described = input.get_attribute("aria-describedby").unwrap_or_default();
    assert!(described.contains("q-subjects-error"), "{described}");
    let msg = find(&root, "#q-subjects-error");
    assert_eq!(
        msg.text_content().unwrap(),
        "Die Zahl kann nicht negativ sein."
    );
    assert!(!msg.hidden());
    // Fixed: the message goes away.
    type_into(&input, "1494");
    settle().await;
    assert!(find(&root, "#q-subjects-error").hidden());
    assert_eq!(input.get_attribute("aria-invalid"), None);
    root.remove();
}

/// Wait (up to about a second) until `cond` holds.
async fn until(mut cond: impl FnMut() -> bool) -> bool {
    for _ in 0..100 {
        if cond() {
            return true;
        }
        let p = js_sys::Promise::new(&mut |resolve, _| {
            web_sys::window()
                .unwrap()
                .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 10)
                .unwrap();
        });
        wasm_bindgen_futures::JsFuture::from(p).await.unwrap();
    }
    cond()
}

#[wasm_bindgen_test]
async fn drafts_that_cannot_be_loaded_say_so_and_keep_the_answers() {
    // The test page names no drafts module: loading fails as it would with a missing file.
    let (root, h) = mount(district_office(), 7);
    let failed = || {
        root.query_selector(".drafts-loading p")
            .unwrap()
            .and_then(|p| p.text_content())
            .is_some_and(|t| t.starts_with("Die Entwürfe konnten nicht geladen werden."))
    };
    assert!(until(failed).await, "the failure is shown");
    find(&root, "#drafts-retry").click();
    assert!(
        until(failed).await,
        "a retry that fails again says so again"
    );
    h.lang.set(Lang::En);
    assert!(
        until(|| find(&root, "#drafts-retry").text_content().as_deref() == Some("Try again")).await
    );
    assert_eq!(h.answers.0.get_untracked(), district_office());
    assert_eq!(h.step.0.get_untracked(), 7);
    root.remove();
}

#[wasm_bindgen_test]
async fn the_drafts_module_renders_the_case_it_is_sent_and_follows_updates() {
    use selbstcheck::domain::case_file;
    use selbstcheck::ui::drafts_module;
    let doc = document();
    let host: web_sys::HtmlElement = doc.create_element("div").unwrap().unchecked_into();
    doc.body().unwrap().append_child(&host).unwrap();
    let now = parse_rfc3339("2026-11-23T12:00:00+01:00").unwrap();
    let case = |a: &Answers| js_sys::JSON::parse(&case_file::export(a, now)).unwrap();
    let article = |host: &web_sys::HtmlElement| host.query_selector("#draft-doc").unwrap();

    drafts_module::mount(host.clone(), &case(&district_office()), "de", now.0 as f64).unwrap();
    assert!(until(|| article(&host).is_some()).await, "a draft is shown");
    let a = article(&host).unwrap();
    assert_eq!(a.get_attribute("data-doc").as_deref(), Some("authority"));
    assert_eq!(a.get_attribute("lang").as_deref(), Some("de"));
    assert!(
        a.text_content().unwrap().contains("1.494"),
        "the case's figures are in it"
    );

    // The interface language and the answers follow the app.
    let mut changed = district_office();
    changed.subjects = "2.001".into();
    drafts_module::update(&case(&changed), "en", now.0 as f64).unwrap();
    assert!(
        until(|| article(&host)
            .and_then(|a| a.get_attribute("lang"))
            .as_deref()
            == Some("en"))
        .await
    );
    assert!(article(&host)
        .unwrap()
        .text_content()
        .unwrap()
        .contains("2,001"));

    // What is not a saved case is refused with a reason; the panel keeps what it shows.
    let err = drafts_module::update(&"nonsense".into(), "de", now.0 as f64).unwrap_err();
    assert!(err.as_string().is_some_and(|e| !e.is_empty()));
    assert!(article(&host)
        .unwrap()
        .text_content()
        .unwrap()
        .contains("2,001"));

    drafts_module::unmount();
    assert!(until(|| article(&host).is_none()).await, "unmounted");
    host.remove();
}

/// The app takes over from the first screen written into `index.html`: the written screen goes,
/// what the loader noted comes back (language, clicks, focus), and the clicks are pressed again
/// on the app's controls once it has drawn them.
#[wasm_bindgen_test]
async fn the_app_takes_over_from_the_written_first_screen_and_replays_its_clicks() {
    use selbstcheck::ui::{first_screen, handoff};
    let doc = document();
    let body = doc.body().unwrap();
    // Nothing written (as in the other tests): nothing to hand over.
    assert_eq!(handoff::take_over(), handoff::Handoff::default());

    // The German first screen and the English template, as the release build writes them.
    let holder = doc.create_element("div").unwrap();
    holder.set_inner_html(&first_screen::body_fragment());
    while let Some(child) = holder.first_element_child() {
        body.append_child(&child).unwrap();
    }
    // What scripts/loader.js notes: the switch to English, then "start" and the menu pressed.
    let state = js_sys::JSON::parse(
        r##"{"clicks":["#replay-probe","[data-action=\"replay-probe\"]"],"lang":"en","taken":false}"##,
    )
    .unwrap();
    js_sys::Reflect::set(&window(), &"__firstScreen".into(), &state).unwrap();
    let toggle: web_sys::HtmlElement = doc
        .query_selector("#first-screen #lang-toggle")
        .unwrap()
        .unwrap()
        .unchecked_into();
    toggle.focus().unwrap();

    let got = handoff::take_over();
    assert_eq!(got.chosen, Some(Lang::En));
    assert_eq!(
        got.clicks,
        vec!["#replay-probe", "[data-action=\"replay-probe\"]"]
    );
    assert_eq!(got.focus.as_deref(), Some("#lang-toggle"));
    assert!(doc.get_element_by_id("first-screen").is_none());
    assert!(doc.get_element_by_id("first-screen-en").is_none());
    let taken = js_sys::Reflect::get(&state, &"taken".into()).unwrap();
    assert_eq!(taken.as_bool(), Some(true), "the loader stops noting");

    // The app's controls: two probes counting their clicks.
    let clicks = Rc::new(Cell::new(0));
    let mut probes = Vec::new();
    for (name, value) in [("id", "replay-probe"), ("data-action", "replay-probe")] {
        let probe = doc.create_element("button").unwrap();
        probe.set_attribute(name, value).unwrap();
        let c = clicks.clone();
        let on_click = wasm_bindgen::closure::Closure::<dyn Fn()>::new(move || c.set(c.get() + 1));
        probe
            .add_event_listener_with_callback("click", on_click.as_ref().unchecked_ref())
            .unwrap();
        on_click.forget();
        body.append_child(&probe).unwrap();
        probes.push(probe);
    }
    let lang = RwSignal::new(Lang::De);
    handoff::replay(got, lang);
    assert_eq!(clicks.get(), 0, "replayed only after the app has drawn");
    assert!(
        until(|| clicks.get() == 2).await,
        "both clicks replayed once"
    );
    assert_eq!(lang.get_untracked(), Lang::En);
    for p in probes {
        p.remove();
    }
}
