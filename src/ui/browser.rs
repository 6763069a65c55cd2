//! Small helpers around the browser's own objects, for the modules of the interface that need
//! them. Imports nothing from the interface, so any module can use it.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Listen to an event of the window for the life of the page. Every listener shares one closure
/// type (`dyn Fn(Event)`), which keeps the download small.
pub fn on_window(kind: &str, f: impl Fn(web_sys::Event) + 'static) {
    let listener = Closure::<dyn Fn(web_sys::Event)>::new(f);
    if let Some(w) = web_sys::window() {
        let _ = w.add_event_listener_with_callback(kind, listener.as_ref().unchecked_ref());
    }
    listener.forget();
}
