//! Fetching the site's own static files (the reader's article texts, the search words).

use std::cell::RefCell;

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::Response;

thread_local! {
    /// Requests started before anything asked for them, by path: [`bytes`] takes them.
    static EARLY: RefCell<Vec<(String, js_sys::Promise)>> = const { RefCell::new(Vec::new()) };
}

/// Starts fetching `path` now, for a later [`bytes`]: a file the page will surely need (a
/// search permalink's words) downloads while the page makes its index.
#[cfg(target_arch = "wasm32")]
pub fn start_early(path: String) {
    let request = gloo::utils::window().fetch_with_str(&path);
    EARLY.with(|early| early.borrow_mut().push((path, request)));
}

/// The bytes of `path` (relative to the page), or a message naming it and what went wrong.
pub async fn bytes(path: &str) -> Result<Vec<u8>, String> {
    let failed = |why: &str| format!("{path} could not be loaded ({why})");
    let early = EARLY.with(|early| {
        let mut early = early.borrow_mut();
        early.iter().position(|(p, _)| p == path).map(|at| early.swap_remove(at).1)
    });
    let request = early.unwrap_or_else(|| gloo::utils::window().fetch_with_str(path));
    let response = JsFuture::from(request).await.map_err(|_| failed("network error"))?;
    let response: Response = response.dyn_into().map_err(|_| failed("not a response"))?;
    if !response.ok() {
        return Err(failed(format!("{} {}", response.status(), response.status_text()).trim()));
    }
    let body = response.array_buffer().map_err(|_| failed("unreadable body"))?;
    let body = JsFuture::from(body).await.map_err(|_| failed("the download broke off"))?;
    Ok(js_sys::Uint8Array::new(&body).to_vec())
}
