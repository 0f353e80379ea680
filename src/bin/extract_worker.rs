//! The extractor as a Web Worker (wasm32; built by Trunk from `index.html` with
//! `data-type="worker"`). The page sends `[file, text, whole]` (`whole`: the bytes of
//! `data/whole.bin`); the worker extracts the article, joins it and the reader's earlier ones to
//! the bundled corpus, names made canonical across it (`bundle::with_own_articles`), and answers
//! with that corpus in the binary format of `src/codec.rs` (a `Uint8Array`), or with a message
//! (a string). It is a module of its own so that readers who never open "Read your own article"
//! download neither the extractor nor its word lists, and so that a long article or a large
//! corpus does not freeze the page.
//!
//! It compiles `src/extract/`, `src/codec.rs` (with `src/counts.rs` and `src/pace.rs`) and `src/bundle.rs` by path, as `build.rs` does:
//! not the `newslens` library, whose exports would bring the whole app along.

#[cfg(target_arch = "wasm32")]
#[path = "../codec.rs"]
#[allow(dead_code)]
mod codec;

#[cfg(target_arch = "wasm32")]
#[path = "../counts.rs"]
#[allow(dead_code)]
mod counts;

#[cfg(target_arch = "wasm32")]
#[path = "../extract/mod.rs"]
#[allow(dead_code)]
mod extract;

#[cfg(target_arch = "wasm32")]
#[path = "../pace.rs"]
#[allow(dead_code)]
mod pace;

#[cfg(target_arch = "wasm32")]
#[path = "../bundle.rs"]
#[allow(dead_code)]
mod bundle;

#[cfg(target_arch = "wasm32")]
thread_local! {
    /// The reader's articles so far, as extracted: each answer joins them all to the bundled
    /// corpus afresh, so names are made canonical across every one.
    static OWN: std::cell::RefCell<Vec<extract::model::Article>> = const { std::cell::RefCell::new(Vec::new()) };
}

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
        let whole = js_sys::Uint8Array::new(&request.get(2)).to_vec();
        let article = extract::extract_article(&file, &text);
        match join(article, &whole) {
            Ok(bytes) => reply_to.post_message(&js_sys::Uint8Array::from(bytes.as_slice())),
            Err(message) => reply_to.post_message(&JsValue::from_str(&message)),
        }
        .ok();
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    scope.post_message(&JsValue::from_str(READY)).ok();
}

/// The bundled corpus (`whole`: `data/whole.bin`'s bytes) with the reader's articles so far and
/// `article`, encoded; or why not, in which case `article` is not kept.
#[cfg(target_arch = "wasm32")]
fn join(article: extract::model::Article, whole: &[u8]) -> Result<Vec<u8>, String> {
    OWN.with(|own| {
        let mut own = own.borrow_mut();
        own.push(article);
        let joined = bundle::with_own_articles(whole, &own);
        if joined.is_err() {
            own.pop();
        }
        joined.map(|corpus| codec::encode_corpus(&corpus))
    })
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("extract_worker runs in a browser; on this machine use the `extract` command");
    std::process::exit(2);
}
