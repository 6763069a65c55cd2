//! Every text of the interface, behind a key. A key without a text in both languages does not
//! compile: `text` matches exhaustively.

use crate::domain::Lang;

/// A text of the interface.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Key {
    AppName,
    Tagline,
    StartIntro,
    PrivacyPromise,
    StartButton,
    LanguageSwitch,
    LanguageName,
    Disclaimer,
}

/// The text of `key` in `lang`.
pub fn text(lang: Lang, key: Key) -> &'static str {
    use Key::*;
    match (key, lang) {
        (AppName, _) => "Datenpanne-Selbstcheck",
        (Tagline, Lang::De) => "Die ersten Stunden nach einer Datenpanne: melden, benachrichtigen, dokumentieren.",
        (Tagline, Lang::En) => "The first hours after a personal data breach: notify, inform, document.",
        (StartIntro, Lang::De) => "Beantworten Sie einige Fragen zum Vorfall. Sie erfahren, ob eine Meldung an die Aufsichtsbehörde (Art. 33 DSGVO) und eine Benachrichtigung der Betroffenen (Art. 34 DSGVO) nötig ist, bis wann, bei welcher Behörde – jeweils mit Begründung.",
        (StartIntro, Lang::En) => "Answer a few questions about the incident. You learn whether the supervisory authority must be notified (Art. 33 GDPR) and the people affected told (Art. 34 GDPR), by when, and which authority is competent, each with its reasons.",
        (PrivacyPromise, Lang::De) => "Ihre Angaben verlassen diesen Browser nicht: keine Übertragung, keine Speicherung auf einem Server.",
        (PrivacyPromise, Lang::En) => "Your answers never leave this browser: nothing is sent, nothing is stored on a server.",
        (StartButton, Lang::De) => "Selbstcheck starten",
        (StartButton, Lang::En) => "Start the self-check",
        (LanguageSwitch, Lang::De) => "English",
        (LanguageSwitch, Lang::En) => "Deutsch",
        (LanguageName, Lang::De) => "Sprache",
        (LanguageName, Lang::En) => "Language",
        (Disclaimer, Lang::De) => "Eine Entscheidungshilfe, keine Rechtsberatung. Im Zweifel melden Sie und sprechen mit Ihrer oder Ihrem Datenschutzbeauftragten.",
        (Disclaimer, Lang::En) => "A decision aid, not legal advice. When in doubt, notify and talk to your data protection officer.",
    }
}
