//! Small helpers around the browser's own objects, for the modules of the interface that need
//! them. Imports nothing from the interface, so any module can use it.

use std::cell::RefCell;
use std::rc::Rc;
use std::time::Duration;

use leptos::prelude::*;
use serde_json::{Map, Value};
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

/// Deeper nesting than a saved case has (3) is cut off: the file is refused or the part ignored.
pub const MAX_DEPTH: usize = 8;

/// A value the browser parsed (`JSON.parse`), as a `serde_json` value.
pub fn js_to_json(v: &JsValue, depth: usize) -> Value {
    if let Some(s) = v.as_string() {
        Value::String(s)
    } else if let Some(b) = v.as_bool() {
        Value::Bool(b)
    } else if let Some(n) = v.as_f64() {
        if n.fract() == 0.0 && n.abs() < 9.0e15 {
            if n < 0.0 {
                Value::from(n as i64)
            } else {
                Value::from(n as u64)
            }
        } else {
            serde_json::Number::from_f64(n).map_or(Value::Null, Value::Number)
        }
    } else if depth >= MAX_DEPTH || v.is_null() || !v.is_object() {
        Value::Null
    } else if js_sys::Array::is_array(v) {
        Value::Array(
            js_sys::Array::from(v)
                .iter()
                .map(|item| js_to_json(&item, depth + 1))
                .collect(),
        )
    } else {
        let mut map = Map::new();
        for entry in js_sys::Object::entries(v.unchecked_ref()).iter() {
            let pair = js_sys::Array::from(&entry);
            if let Some(key) = pair.get(0).as_string() {
                map.insert(key, js_to_json(&pair.get(1), depth + 1));
            }
        }
        Value::Object(map)
    }
}

pub fn json_to_js(v: &Value) -> JsValue {
    match v {
        Value::Null => JsValue::NULL,
        Value::Bool(b) => JsValue::from_bool(*b),
        Value::Number(n) => JsValue::from_f64(n.as_f64().unwrap_or(0.0)),
        Value::String(s) => JsValue::from_str(s),
        Value::Array(items) => items
            .iter()
            .map(json_to_js)
            .collect::<js_sys::Array>()
            .into(),
        Value::Object(map) => {
            let object = js_sys::Object::new();
            for (key, value) in map {
                let _ = js_sys::Reflect::set(&object, &JsValue::from_str(key), &json_to_js(value));
            }
            object.into()
        }
    }
}

pub fn local_storage() -> Option<web_sys::Storage> {
    window().local_storage().ok().flatten()
}

/// Offer `text` as a file download named `name` of type `mime`, made in the page (nothing is
/// uploaded). `false` if the browser refused. The drafts panel uses it too.
pub fn download(name: &str, mime: &str, text: &str) -> bool {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return false;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return false;
    };
    let Some(a) = document()
        .create_element("a")
        .ok()
        .and_then(|e| e.dyn_into::<web_sys::HtmlAnchorElement>().ok())
    else {
        let _ = web_sys::Url::revoke_object_url(&url);
        return false;
    };
    a.set_href(&url);
    a.set_download(name);
    a.click();
    // The download has started by then; the object URL is only a handle to memory.
    set_timeout(
        move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        },
        Duration::from_secs(60),
    );
    true
}

pub type Settled = Box<dyn FnOnce(Result<JsValue, JsValue>)>;

/// Call `done` once `promise` settles, with its value or its error.
pub fn on_settled(promise: &js_sys::Promise, done: Settled) {
    let done = Rc::new(RefCell::new(Some(done)));
    let on_error = done.clone();
    let resolve = Closure::once_into_js(move |v: JsValue| {
        if let Some(f) = done.borrow_mut().take() {
            f(Ok(v));
        }
    });
    let reject = Closure::once_into_js(move |e: JsValue| {
        if let Some(f) = on_error.borrow_mut().take() {
            f(Err(e));
        }
    });
    let then = js_sys::Reflect::get(promise, &"then".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    if let Some(then) = then {
        let _ = then.call2(promise, &resolve, &reject);
    }
}

/// Put `text` on the clipboard, then call `done` with whether it worked. The clipboard exists
/// only in secure contexts (and a frame needs the `clipboard-write` permission), so it is looked
/// up rather than assumed; where it is missing, `done(false)` is called at once.
pub fn write_clipboard(text: &str, done: Box<dyn FnOnce(bool)>) {
    let nav: JsValue = window().navigator().into();
    let call = || -> Option<js_sys::Promise> {
        let clipboard = js_sys::Reflect::get(&nav, &"clipboard".into()).ok()?;
        if clipboard.is_undefined() || clipboard.is_null() {
            return None;
        }
        let write = js_sys::Reflect::get(&clipboard, &"writeText".into())
            .ok()?
            .dyn_into::<js_sys::Function>()
            .ok()?;
        write
            .call1(&clipboard, &JsValue::from_str(text))
            .ok()?
            .dyn_into::<js_sys::Promise>()
            .ok()
    };
    let Some(promise) = call() else {
        done(false);
        return;
    };
    on_settled(&promise, Box::new(move |outcome| done(outcome.is_ok())));
}

/// Offer `text` as a UTF-8 text file named `name`. False where the browser refuses.
pub fn save_text_file(name: &str, text: &str) -> bool {
    download(name, "text/plain;charset=utf-8", text)
}
