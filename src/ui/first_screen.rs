//! The first screen as HTML text: the top bar and the start screen, in either language.
//!
//! Why text: the same markup serves twice. The release build writes it into `index.html`
//! (`src/bin/prerender.rs`, called by `scripts/trunk-post-build.mjs`), so the first screen shows
//! after the HTML and CSS alone, before the app's WebAssembly has arrived; and the app's
//! [`crate::ui::wizard::StartScreen`] draws its section from the same description
//! ([`write_start_section`]) through a DOM writer ([`Markup`]), so the two cannot drift apart
//! and no HTML text is parsed in the page. `src/ui/handoff.rs` swaps the written screen for the app's when the app
//! starts, and replays what was clicked meanwhile.
//!
//! Pure: no browser, no Leptos; tested natively.

use crate::domain::presets::Preset;
use crate::domain::Lang;

pub use super::markup::{Markup, StartAction};

use super::case_menu;
use super::i18n::{text, Key};

/// The id of the written first screen in `index.html`.
pub const ID: &str = "first-screen";
/// The id of its English version's `<template>`.
pub const TEMPLATE_EN: &str = "first-screen-en";
/// The id of its status line ("still loading", "could not load").
pub const STATUS: &str = "first-screen-status";
/// The id of the language switch, on the written first screen and in the app.
pub const LANG_TOGGLE: &str = "lang-toggle";
/// Where the loader notes what was clicked before the app took over (`window.<this>`).
pub const HANDOFF_STATE: &str = "__firstScreen";

/// The ids and names above as a JSON object, for `scripts/loader.js`: the post-build hook
/// writes it in (`prerender --ids`), so the loader and the app name the same elements.
pub fn ids_json() -> String {
    format!(
        "{{\"screen\":\"{ID}\",\"templateEn\":\"{TEMPLATE_EN}\",\"status\":\"{STATUS}\",\"langToggle\":\"{LANG_TOGGLE}\",\"handoff\":\"{HANDOFF_STATE}\"}}"
    )
}

/// `s` with `&`, `<`, `>` and `"` escaped, for text and double-quoted attribute values.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
    out
}

/// HTML text, escaped.
impl Markup for String {
    fn open(&mut self, tag: &str, attrs: &[(&str, &str)]) {
        open(self, tag, attrs);
    }
    fn text(&mut self, text: &str) {
        self.push_str(&escape(text));
    }
    fn close(&mut self, tag: &str) {
        self.push_str("</");
        self.push_str(tag);
        self.push('>');
    }
}

/// `<tag attrs>text</tag>`, the text escaped. Attribute values are escaped too.
fn element(out: &mut String, tag: &str, attrs: &[(&str, &str)], text: &str) {
    Markup::element(out, tag, attrs, text);
}

fn open(out: &mut String, tag: &str, attrs: &[(&str, &str)]) {
    out.push('<');
    out.push_str(tag);
    for (name, value) in attrs {
        out.push(' ');
        out.push_str(name);
        out.push_str("=\"");
        out.push_str(&escape(value));
        out.push('"');
    }
    out.push('>');
}

/// The content of the start screen's `<section class="start">`, as HTML text.
pub fn start_section(lang: Lang) -> String {
    let mut out = String::with_capacity(4096);
    write_start_section(&mut out, lang);
    out
}

/// The content of the start screen's `<section class="start">`: title, introduction, the
/// start button, the typical cases and the disclaimer.
pub fn write_start_section(o: &mut impl Markup, lang: Lang) {
    let t = |key| text(lang, key);
    o.element(
        "h1",
        &[("id", "start-title"), ("tabindex", "-1")],
        t(Key::AppName),
    );
    o.element("p", &[("class", "tagline")], t(Key::Tagline));
    o.element("p", &[], t(Key::StartIntro));
    o.element("p", &[("class", "privacy")], t(Key::PrivacyPromise));
    o.open("div", &[("class", "start-actions")]);
    o.open(
        "button",
        &[("type", "button"), ("class", "primary"), ("id", "start")],
    );
    o.action(StartAction::Start);
    o.text(t(Key::StartButton));
    o.close("button");
    o.close("div");
    o.element("h2", &[("id", "presets-title")], t(Key::PresetsTitle));
    o.element("p", &[("class", "hint")], t(Key::PresetsIntro));
    o.open(
        "ul",
        &[("class", "presets"), ("aria-labelledby", "presets-title")],
    );
    for p in Preset::ALL {
        let id = format!("preset-{}", p.key());
        o.open("li", &[]);
        o.open(
            "button",
            &[("type", "button"), ("class", "preset"), ("id", &id)],
        );
        o.action(StartAction::Preset(p));
        o.element("span", &[("class", "preset-title")], p.title(lang));
        o.element("span", &[("class", "preset-summary")], p.summary(lang));
        o.close("button");
        o.close("li");
    }
    o.close("ul");
    o.element("p", &[("class", "disclaimer")], t(Key::Disclaimer));
}

/// The whole first screen as the app shows it before anything is answered: the top bar (name,
/// the closed "save & load" menu, the language switch) and the start screen, plus a status line
/// for "still loading" and "could not load" (`data-loading`, `data-failed`), which the page's
/// loader fills in when the app is needed before it has arrived, or cannot start.
pub fn page(lang: Lang) -> String {
    let mut out = String::with_capacity(6144);
    let o = &mut out;
    o.push_str("<header class=\"topbar\">");
    element(o, "span", &[("class", "brand")], text(lang, Key::AppName));
    o.push_str("<div class=\"topbar-tools\"><div class=\"case-menu\">");
    element(
        o,
        "span",
        &[("class", "autosave-indicator"), ("hidden", "")],
        case_menu::autosave_on_label(lang),
    );
    element(
        o,
        "button",
        &[
            ("type", "button"),
            ("data-action", "toggle"),
            ("aria-expanded", "false"),
        ],
        case_menu::menu_label(lang),
    );
    o.push_str("</div>");
    let switch_label = format!(
        "{}: {}",
        text(lang, Key::LanguageName),
        text(lang, Key::LanguageSwitch)
    );
    element(
        o,
        "button",
        &[
            ("class", "lang-toggle"),
            ("type", "button"),
            ("id", LANG_TOGGLE),
            ("lang", lang.other().code()),
            ("aria-label", &switch_label),
        ],
        text(lang, Key::LanguageSwitch),
    );
    o.push_str("</div></header><div class=\"layout\"><main class=\"page\" id=\"main\">");
    open(
        o,
        "section",
        &[("class", "start"), ("aria-labelledby", "start-title")],
    );
    o.push_str(&start_section(lang));
    o.push_str("</section>");
    element(
        o,
        "p",
        &[
            ("class", "first-screen-status"),
            ("id", STATUS),
            ("role", "status"),
            ("data-loading", text(lang, Key::AppLoading)),
            ("data-failed", text(lang, Key::AppFailed)),
        ],
        "",
    );
    o.push_str("</main></div>");
    out
}

/// What `index.html`'s `<body>` receives: the German first screen, shown, and the English one
/// in a `<template>` for the language switch before the app has arrived.
pub fn body_fragment() -> String {
    format!(
        "<div id=\"{ID}\" class=\"first-screen\">{}</div>\n<template id=\"{TEMPLATE_EN}\">{}</template>",
        page(Lang::De),
        page(Lang::En)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_table() {
        for (input, expected) in [
            ("", ""),
            ("Fall & Co", "Fall &amp; Co"),
            ("<b>", "&lt;b&gt;"),
            ("„noch unklar“", "„noch unklar“"),
            ("a=\"b\"", "a=&quot;b&quot;"),
            ("it's", "it's"),
        ] {
            assert_eq!(escape(input), expected, "{input:?}");
        }
    }

    /// Every text of the start screen appears, escaped, in its language; nothing of the other
    /// language's start texts does.
    #[test]
    fn start_section_has_every_text_of_its_language() {
        for lang in [Lang::De, Lang::En] {
            let html = start_section(lang);
            let mut texts: Vec<&str> = [
                Key::AppName,
                Key::Tagline,
                Key::StartIntro,
                Key::PrivacyPromise,
                Key::StartButton,
                Key::PresetsTitle,
                Key::PresetsIntro,
                Key::Disclaimer,
            ]
            .into_iter()
            .map(|k| text(lang, k))
            .collect();
            for p in Preset::ALL {
                texts.push(p.title(lang));
                texts.push(p.summary(lang));
                assert!(html.contains(&format!("id=\"preset-{}\"", p.key())));
            }
            for t in texts {
                assert!(html.contains(&escape(t)), "{lang:?} lacks {t:?}");
            }
            assert!(!html.contains(&escape(text(lang.other(), Key::StartButton))));
        }
    }

    /// Tags open and close in order, and no id is used twice on one screen.
    #[test]
    fn page_is_well_formed_with_unique_ids() {
        for lang in [Lang::De, Lang::En] {
            let html = page(lang);
            let mut stack: Vec<String> = Vec::new();
            let mut rest = html.as_str();
            while let Some(i) = rest.find('<') {
                rest = &rest[i + 1..];
                let end = rest.find('>').expect("tag closes");
                let tag = &rest[..end];
                rest = &rest[end + 1..];
                if let Some(name) = tag.strip_prefix('/') {
                    assert_eq!(stack.pop().as_deref(), Some(name), "{lang:?}: </{name}>");
                } else {
                    // No void element (`<br>`, `<input>`) is written on this screen.
                    stack.push(tag.split(' ').next().unwrap().to_string());
                }
            }
            assert!(stack.is_empty(), "{lang:?}: unclosed {stack:?}");
            let ids: Vec<&str> = html
                .split(" id=\"")
                .skip(1)
                .map(|s| &s[..s.find('"').unwrap()])
                .collect();
            let mut unique = ids.clone();
            unique.sort();
            unique.dedup();
            assert_eq!(ids.len(), unique.len(), "{lang:?}: {ids:?}");
            assert!(ids.contains(&"start") && ids.contains(&"lang-toggle"));
        }
    }

    #[test]
    fn page_switches_to_the_other_language_and_carries_both_status_texts() {
        let de = page(Lang::De);
        assert!(de.contains("lang=\"en\""));
        assert!(de.contains(&escape(text(Lang::De, Key::AppLoading))));
        assert!(de.contains(&escape(text(Lang::De, Key::AppFailed))));
        let en = page(Lang::En);
        assert!(en.contains("lang=\"de\""));
        assert!(en.contains(&escape(text(Lang::En, Key::AppFailed))));
    }

    #[test]
    fn body_fragment_shows_german_and_keeps_english_in_a_template() {
        let body = body_fragment();
        assert!(body.starts_with("<div id=\"first-screen\" class=\"first-screen\">"));
        let (shown, template) = body
            .split_once("<template id=\"first-screen-en\">")
            .unwrap();
        assert!(shown.contains(&escape(text(Lang::De, Key::StartButton))));
        assert!(template.contains(&escape(text(Lang::En, Key::StartButton))));
        assert!(template.ends_with("</template>"));
        // No script, style or event handler: the page's Content-Security-Policy allows none inline.
        for forbidden in ["<script", "<style", " style=", " onclick"] {
            assert!(!body.contains(forbidden), "{forbidden}");
        }
    }
}
