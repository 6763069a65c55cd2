//! A description of markup, written by either of two writers: HTML text (`first_screen`, at
//! build time, into `index.html`) or the DOM (`dom::DomWriter`, in the app). Pure: it names no
//! browser type.

use crate::domain::presets::Preset;

/// What a button of the start screen does, for a writer that wires the buttons up.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StartAction {
    /// Start with nothing answered.
    Start,
    /// Start with a typical case filled in.
    Preset(Preset),
}

/// Where a description of markup is written: HTML text (the page, at build time) or the DOM
/// (the app). `open` and `close` pair up; `text` is plain text, never markup.
pub trait Markup {
    fn open(&mut self, tag: &str, attrs: &[(&str, &str)]);
    fn text(&mut self, text: &str);
    fn close(&mut self, tag: &str);
    /// What the element just opened does when clicked (a writer of text ignores it).
    fn action(&mut self, _action: StartAction) {}
    /// `<tag attrs>text</tag>`.
    fn element(&mut self, tag: &str, attrs: &[(&str, &str)], text: &str) {
        self.open(tag, attrs);
        self.text(text);
        self.close(tag);
    }
}
