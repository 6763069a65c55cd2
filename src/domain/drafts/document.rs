//! A draft as plain data: title, date line, sections of paragraphs, lists and label/value rows,
//! and its text for copying and downloading.

use crate::domain::{Instant, Lang};

/// Which draft.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DocKind {
    /// Notification to the supervisory authority (Art. 33).
    Authority,
    /// Message to each person affected (Art. 34(1), (2)).
    Subjects,
    /// Public communication instead of individual messages (Art. 34(3)(c)).
    Public,
    /// Internal breach record (Art. 33(5)).
    Record,
}

impl DocKind {
    pub const ALL: [DocKind; 4] = [
        DocKind::Authority,
        DocKind::Subjects,
        DocKind::Public,
        DocKind::Record,
    ];
    /// A stable key (file names, data attributes).
    pub fn key(self) -> &'static str {
        match self {
            DocKind::Authority => "authority",
            DocKind::Subjects => "subjects",
            DocKind::Public => "public",
            DocKind::Record => "record",
        }
    }
    pub fn from_key(key: &str) -> Option<DocKind> {
        DocKind::ALL.into_iter().find(|k| k.key() == key)
    }
}

/// A label with its value, e.g. "Meldende Person: Erika Muster".
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    pub label: String,
    pub value: String,
}

/// A piece of a section.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Block {
    /// A paragraph. May contain line breaks from the user's text.
    Para(String),
    /// A bulleted list.
    List(Vec<String>),
    /// Label/value pairs, like the fields of a form.
    Rows(Vec<Row>),
}

/// A section with a heading (empty: no heading, e.g. the closing lines of a letter).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Section {
    pub heading: String,
    pub blocks: Vec<Block>,
}

impl Section {
    /// Whether any text of the section contains `needle`.
    pub fn contains(&self, needle: &str) -> bool {
        self.heading.contains(needle)
            || self.blocks.iter().any(|b| match b {
                Block::Para(p) => p.contains(needle),
                Block::List(items) => items.iter().any(|i| i.contains(needle)),
                Block::Rows(rows) => rows
                    .iter()
                    .any(|r| r.label.contains(needle) || r.value.contains(needle)),
            })
    }
}

/// One draft document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Document {
    pub kind: DocKind,
    pub lang: Lang,
    pub title: String,
    /// "Stand: 23.11.2026, 14:05 Uhr" and the like.
    pub date_line: String,
    /// The addressee, one line each (letters to an authority only).
    pub address: Vec<String>,
    pub sections: Vec<Section>,
    /// Hints for whoever prepares the document (e.g. "no notification is required"). Shown next
    /// to the preview; not part of the document, so neither printed nor copied.
    pub notes: Vec<String>,
}

impl Document {
    /// The document as plain text, for the clipboard and the text file. Headings are underlined,
    /// list items start with "- ", rows read "Label: value"; continuation lines are indented.
    pub fn to_text(&self) -> String {
        let mut out = String::new();
        underline(&mut out, &self.title, '=');
        out.push_str(&clean(&self.date_line));
        out.push('\n');
        if !self.address.is_empty() {
            out.push('\n');
            for line in &self.address {
                out.push_str(&clean(line));
                out.push('\n');
            }
        }
        for section in &self.sections {
            out.push('\n');
            if !section.heading.is_empty() {
                underline(&mut out, &section.heading, '-');
            }
            for (i, block) in section.blocks.iter().enumerate() {
                if i > 0 {
                    out.push('\n');
                }
                match block {
                    Block::Para(p) => {
                        out.push_str(&clean(p));
                        out.push('\n');
                    }
                    Block::List(items) => {
                        for item in items {
                            out.push_str("- ");
                            out.push_str(&indent(item, "  "));
                            out.push('\n');
                        }
                    }
                    Block::Rows(rows) => {
                        for row in rows {
                            out.push_str(&clean(&row.label));
                            out.push_str(": ");
                            out.push_str(&indent(&row.value, "  "));
                            out.push('\n');
                        }
                    }
                }
            }
        }
        out
    }

    /// A file name for the text download, e.g. `meldung-aufsichtsbehoerde-2026-11-23.txt`.
    pub fn file_name(&self, now: Instant, offset_minutes: i32) -> String {
        let c = now.civil(offset_minutes);
        let stem = match (self.kind, self.lang) {
            (DocKind::Authority, Lang::De) => "meldung-aufsichtsbehoerde",
            (DocKind::Authority, Lang::En) => "notification-authority",
            (DocKind::Subjects, Lang::De) => "benachrichtigung-betroffene",
            (DocKind::Subjects, Lang::En) => "message-people-affected",
            (DocKind::Public, Lang::De) => "oeffentliche-bekanntmachung",
            (DocKind::Public, Lang::En) => "public-notice",
            (DocKind::Record, Lang::De) => "dokumentation-datenpanne",
            (DocKind::Record, Lang::En) => "breach-record",
        };
        format!("{stem}-{:04}-{:02}-{:02}.txt", c.year, c.month, c.day)
    }
}

/// Line breaks of any platform become `\n`.
fn clean(s: &str) -> String {
    s.replace("\r\n", "\n").replace('\r', "\n")
}

/// Continuation lines of a multi-line value, indented.
fn indent(s: &str, by: &str) -> String {
    clean(s).replace('\n', &format!("\n{by}"))
}

fn underline(out: &mut String, text: &str, ch: char) {
    let text = clean(text);
    out.push_str(&text);
    out.push('\n');
    let width = text.lines().map(|l| l.chars().count()).max().unwrap_or(0);
    out.extend(std::iter::repeat_n(ch, width.max(3)));
    out.push('\n');
}

/// The UTC offset in minutes east that applies at an instant: a fixed number (`i32`), or the
/// rules of the user's time zone (the browser's), so that a deadline after a clock change shows
/// the wall-clock time that will then apply.
pub trait Offsets {
    fn offset_at(&self, at: Instant) -> i32;
}

impl Offsets for i32 {
    fn offset_at(&self, _: Instant) -> i32 {
        *self
    }
}
