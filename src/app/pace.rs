//! The page's pace for long work ([`crate::pace`]): slices of about [`SLICE_MS`], and between
//! them the browser handles input and paints.

use std::cell::Cell;
use std::rc::Rc;

use wasm_bindgen::JsValue;

use crate::pace::{Pace, Pause};

/// How long a slice of work runs before the browser gets the main thread back: well under a
/// frame, so a key typed meanwhile waits no longer than that.
const SLICE_MS: f64 = 8.0;

/// A pace whose first slice starts now. It looks at the clock at each tick: a call into
/// JavaScript, about 20,000 of them for the 10,000 articles' `corpus.bin` (a few ms in all).
pub fn browser_pace() -> Pace<'static> {
    let since = Rc::new(Cell::new(js_sys::Date::now()));
    Pace::new(move || {
        if js_sys::Date::now() - since.get() < SLICE_MS {
            return None;
        }
        let since = since.clone();
        Some(Box::pin(async move {
            next_task().await;
            since.set(js_sys::Date::now());
        }) as Pause)
    })
}

/// Resolves in a task of its own, after the input and the frames that were waiting: a message
/// to itself through a channel (a timer's zero delay becomes 4 ms once timers nest).
async fn next_task() {
    let Ok(channel) = web_sys::MessageChannel::new() else { return };
    let promise = js_sys::Promise::new(&mut |resolve, _| channel.port1().set_onmessage(Some(&resolve)));
    if channel.port2().post_message(&JsValue::UNDEFINED).is_err() {
        return;
    }
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
    // The channel lives until here: its port holds the callback.
    drop(channel);
}
