//! The extractor as a Web Worker (wasm32; built by Trunk from `index.html` with
//! `data-type="worker"`). The page sends `[file, text]`; the worker answers with the article in
//! the binary format of `src/codec.rs` (a `Uint8Array`). It is a module of its own so that
//! readers who never open "Read your own article" do not download the extractor, and so that a
//! long article does not freeze the page.
//!
//! It compiles `src/extract/` and `src/codec.rs` by path, as `build.rs` does: not the `newslens`
//! library, whose exports would bring the whole app along.

#[cfg(target_arch = "wasm32")]
#[path = "../codec.rs"]
#[allow(dead_code)]
mod codec;

#[cfg(target_arch = "wasm32")]
#[path = "../extract/mod.rs"]
#[allow(dead_code)]
mod extract;

/// What the worker says once it listens: messages sent before would be lost, so the page
/// waits for it.
#[cfg(target_arch = "wasm32")]
const READY: &str = "ready";

#[cfg(target_arch = "wasm32")]
fn main() {}

/// Runs when the loader has instantiated the module.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen(start)]
pub fn listen() {
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;
    use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let reply_to = scope.clone();
    let on_message = Closure::<dyn Fn(MessageEvent)>::new(move |event: MessageEvent| {
        let request = js_sys::Array::from(&event.data());
        let file = request.get(0).as_string().unwrap_or_default();
        let text = request.get(1).as_string().unwrap_or_default();
        let article = extract::extract_article(&file, &text);
        let bytes = js_sys::Uint8Array::from(codec::encode_article(&article).as_slice());
        reply_to.post_message(&bytes).ok();
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    scope.post_message(&JsValue::from_str(READY)).ok();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("extract_worker runs in a browser; on this machine use the `extract` command");
    std::process::exit(2);
}
