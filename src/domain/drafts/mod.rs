//! Printable drafts built from the answers and the assessment (issue #5).
//!
//! Three documents, each in German or English whatever the interface language:
//! - [`authority_notification`]: the notification to the competent supervisory authority with
//!   every element of Art. 33(3) GDPR and what the German authorities' forms ask besides;
//! - [`subjects_message`]: the message to the people affected (Art. 34(2)) in plain language,
//!   and [`public_communication`], its public variant for Art. 34(3)(c);
//! - [`breach_record`]: the internal record every breach needs (Art. 33(5)).
//!
//! A [`Document`] is plain data (title, date line, sections of paragraphs, lists and label/value
//! rows), so the interface renders it as text nodes and [`Document::to_text`] gives the text for
//! copying and downloading. Answers that are still open appear as a visible placeholder
//! ([`format::OPEN_DE`] / [`format::OPEN_EN`]), never as blank space. Free text is carried over
//! exactly as typed; the functions here are pure and never panic.

pub mod advice;
mod ctx;
mod document;
pub mod format;
pub mod labels;
mod notification;
mod people;
mod record;

use crate::domain::answers::{Answers, Derived};
use crate::domain::{Assessment, Instant, Lang};
use ctx::Ctx;
pub use document::{Block, DocKind, Document, Offsets, Row, Section};

/// Build the draft of `kind` with a fixed UTC offset.
pub fn build(
    kind: DocKind,
    answers: &Answers,
    derived: &Derived,
    assessment: &Assessment,
    lang: Lang,
    now: Instant,
    offset_minutes: i32,
) -> Document {
    build_in(
        kind,
        answers,
        derived,
        assessment,
        lang,
        now,
        &offset_minutes,
    )
}

/// Build the draft of `kind`, reading local times in `zone`.
pub fn build_in(
    kind: DocKind,
    answers: &Answers,
    derived: &Derived,
    assessment: &Assessment,
    lang: Lang,
    now: Instant,
    zone: &dyn Offsets,
) -> Document {
    let c = Ctx {
        a: answers,
        d: derived,
        s: assessment,
        lang,
        now,
        zone,
    };
    match kind {
        DocKind::Authority => notification::document(&c),
        DocKind::Subjects => people::document(&c, false),
        DocKind::Public => people::document(&c, true),
        DocKind::Record => record::document(&c),
    }
}

/// The notification to the competent supervisory authority (Art. 33 GDPR), in `lang`.
pub fn authority_notification(
    answers: &Answers,
    derived: &Derived,
    assessment: &Assessment,
    lang: Lang,
    now: Instant,
    offset_minutes: i32,
) -> Document {
    build(
        DocKind::Authority,
        answers,
        derived,
        assessment,
        lang,
        now,
        offset_minutes,
    )
}

/// The message to each person affected (Art. 34(2) GDPR), in `lang`.
pub fn subjects_message(
    answers: &Answers,
    derived: &Derived,
    assessment: &Assessment,
    lang: Lang,
    now: Instant,
    offset_minutes: i32,
) -> Document {
    build(
        DocKind::Subjects,
        answers,
        derived,
        assessment,
        lang,
        now,
        offset_minutes,
    )
}

/// The public communication that replaces individual messages where those would involve
/// disproportionate effort (Art. 34(3)(c) GDPR), in `lang`.
pub fn public_communication(
    answers: &Answers,
    derived: &Derived,
    assessment: &Assessment,
    lang: Lang,
    now: Instant,
    offset_minutes: i32,
) -> Document {
    build(
        DocKind::Public,
        answers,
        derived,
        assessment,
        lang,
        now,
        offset_minutes,
    )
}

/// The internal record of the breach (Art. 33(5) GDPR), in `lang`.
pub fn breach_record(
    answers: &Answers,
    derived: &Derived,
    assessment: &Assessment,
    lang: Lang,
    now: Instant,
    offset_minutes: i32,
) -> Document {
    build(
        DocKind::Record,
        answers,
        derived,
        assessment,
        lang,
        now,
        offset_minutes,
    )
}

#[cfg(test)]
mod tests;
