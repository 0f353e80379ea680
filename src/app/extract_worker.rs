//! The page's side of the extractor worker (`src/bin/extract_worker.rs`): started on first use,
//! one request at a time (the form waits for its answer).

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use js_sys::Array;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{ErrorEvent, MessageEvent, Worker};
use yew::Callback;


/// The worker's script (`extract-worker-loader.js`), next to `index.html`.
const SCRIPT: &str = "extract-worker-loader.js";
/// What the worker says once it listens: a request sent earlier would be lost.
const READY: &str = "ready";

/// The joined corpus in the binary format of `codec.rs` (the page reads it at its pace), or a
/// message.
type Reply = Callback<Result<Vec<u8>, String>>;

pub struct ExtractWorker {
    worker: Worker,
    ready: Rc<Cell<bool>>,
    /// The request made before the worker listened, sent when it says it is ready.
    queued: Rc<RefCell<Option<Array>>>,
    pending: Rc<RefCell<Option<Reply>>>,
    _on_message: Closure<dyn Fn(MessageEvent)>,
    _on_error: Closure<dyn Fn(ErrorEvent)>,
}

impl ExtractWorker {
    pub fn start() -> Result<Self, String> {
        let worker = Worker::new(SCRIPT).map_err(|_| "the browser could not start the extractor".to_string())?;
        let ready: Rc<Cell<bool>> = Rc::default();
        let queued: Rc<RefCell<Option<Array>>> = Rc::default();
        let pending: Rc<RefCell<Option<Reply>>> = Rc::default();
        let on_message = {
            let (worker, ready, queued, pending) = (worker.clone(), ready.clone(), queued.clone(), pending.clone());
            Closure::<dyn Fn(MessageEvent)>::new(move |event: MessageEvent| {
                let data = event.data();
                if data.as_string().as_deref() == Some(READY) {
                    ready.set(true);
                    if let Some(request) = queued.borrow_mut().take() {
                        send(&worker, &request, &pending);
                    }
                    return;
                }
                let Some(reply) = pending.borrow_mut().take() else { return };
                if let Some(message) = data.as_string() {
                    return reply.emit(Err(message));
                }
                // The corpus in the binary format of `codec.rs` (no data ID: no build wrote it).
                reply.emit(Ok(js_sys::Uint8Array::new(&data).to_vec()));
            })
        };
        let on_error = {
            let pending = pending.clone();
            Closure::<dyn Fn(ErrorEvent)>::new(move |event: ErrorEvent| {
                event.prevent_default();
                if let Some(reply) = pending.borrow_mut().take() {
                    reply.emit(Err(format!("the extractor stopped: {}", event.message())));
                }
            })
        };
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        Ok(ExtractWorker { worker, ready, queued, pending, _on_message: on_message, _on_error: on_error })
    }

    /// Extracts `text` as the article `file` and joins it, with the reader's earlier articles,
    /// to the bundled corpus (`whole`: the bytes of `data/whole.bin`), under a file name unique
    /// in it; `reply` gets that corpus's bytes or a message.
    pub fn add(&self, file: &str, text: &str, whole: &[u8], reply: Reply) {
        let whole = js_sys::Uint8Array::from(whole);
        let request = Array::of3(&JsValue::from_str(file), &JsValue::from_str(text), &whole);
        *self.pending.borrow_mut() = Some(reply);
        if self.ready.get() {
            send(&self.worker, &request, &self.pending);
        } else {
            *self.queued.borrow_mut() = Some(request);
        }
    }
}

/// Posts `request`, its bytes of every text (`[file, text, whole]`) handed over to the worker
/// rather than copied: at 10,000 articles they are tens of megabytes.
fn send(worker: &Worker, request: &Array, pending: &RefCell<Option<Reply>>) {
    let whole: js_sys::Uint8Array = request.get(2).unchecked_into();
    if worker.post_message_with_transfer(request, &Array::of1(&whole.buffer())).is_err() {
        if let Some(reply) = pending.borrow_mut().take() {
            reply.emit(Err("the browser could not reach the extractor".into()));
        }
    }
}
