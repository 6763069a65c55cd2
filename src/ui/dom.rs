//! The app module's small DOM layer. The screens of the app module are drawn with these calls
//! instead of `view!` (the download budget; the figures are in `docs/PERFORMANCE.md`): [`el`]
//! and [`text_el`] make elements, text is always a text node, and actions are typed and kept
//! beside their elements. Leptos signals and effects decide when a part is drawn.
//!
//! Writing a description of markup straight into the DOM: the app's side of
//! [`super::markup::Markup`], whose other side writes the same description as HTML text
//! into `index.html` at build time. Elements are created with the DOM's own calls; text is always
//! a text node, never parsed as HTML. The buttons' actions are kept beside their elements, so a
//! click is dispatched by the element it hit, not by an id or attribute string.

use leptos::prelude::document;
use wasm_bindgen::JsCast;
use web_sys::Element;

use super::markup::{Markup, StartAction};

/// Writes into the element it was made for; collects each button's action.
pub struct DomWriter {
    stack: Vec<Element>,
    actions: Vec<(Element, StartAction)>,
}

impl DomWriter {
    pub fn new(root: Element) -> DomWriter {
        DomWriter {
            stack: vec![root],
            actions: Vec::new(),
        }
    }
    /// The elements with an action, and their actions.
    pub fn into_actions(self) -> Vec<(Element, StartAction)> {
        self.actions
    }
    fn top(&self) -> Option<&Element> {
        self.stack.last()
    }
}

impl Markup for DomWriter {
    fn open(&mut self, tag: &str, attrs: &[(&str, &str)]) {
        let Some(parent) = self.top() else { return };
        let Ok(e) = document().create_element(tag) else {
            return;
        };
        for (name, value) in attrs {
            let _ = e.set_attribute(name, value);
        }
        let _ = parent.append_child(&e);
        self.stack.push(e);
    }
    fn text(&mut self, text: &str) {
        if let Some(e) = self.top() {
            let _ = e.append_with_str_1(text);
        }
    }
    fn close(&mut self, _tag: &str) {
        // The root stays: a close without its open is ignored.
        if self.stack.len() > 1 {
            self.stack.pop();
        }
    }
    fn action(&mut self, action: StartAction) {
        if let Some(e) = self.top() {
            self.actions.push((e.clone(), action));
        }
    }
}

/// The action of the element an event hit (or of the nearest one around it that has one), and
/// that element: the typed dispatch of every table of `(element, action)`.
pub fn action_of<A: Copy>(
    actions: &[(Element, A)],
    target: Option<web_sys::EventTarget>,
) -> Option<(A, Element)> {
    let mut node = target.and_then(|t| t.dyn_into::<Element>().ok());
    while let Some(e) = node {
        if let Some((_, a)) = actions.iter().find(|(x, _)| *x == e) {
            return Some((*a, e));
        }
        node = e.parent_element();
    }
    None
}

/// A new element with attributes, appended to `parent`.
pub fn el(parent: &Element, tag: &str, attrs: &[(&str, &str)]) -> Element {
    let doc = document();
    let e = doc
        .create_element(tag)
        .unwrap_or_else(|_| doc.create_element("div").expect("div"));
    for (k, v) in attrs {
        let _ = e.set_attribute(k, v);
    }
    let _ = parent.append_child(&e);
    e
}

/// A new element with a text, appended to `parent`.
pub fn text_el(parent: &Element, tag: &str, attrs: &[(&str, &str)], s: &str) -> Element {
    let e = el(parent, tag, attrs);
    e.set_text_content(Some(s));
    e
}
