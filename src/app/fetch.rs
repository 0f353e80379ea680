//! Fetching the site's own static files (the reader's article texts).

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::Response;

/// The bytes of `path` (relative to the page), or a message naming it and what went wrong.
pub async fn bytes(path: &str) -> Result<Vec<u8>, String> {
    let failed = |why: &str| format!("{path} could not be loaded ({why})");
    let response = JsFuture::from(gloo::utils::window().fetch_with_str(path)).await.map_err(|_| failed("network error"))?;
    let response: Response = response.dyn_into().map_err(|_| failed("not a response"))?;
    if !response.ok() {
        return Err(failed(format!("{} {}", response.status(), response.status_text()).trim()));
    }
    let body = response.array_buffer().map_err(|_| failed("unreadable body"))?;
    let body = JsFuture::from(body).await.map_err(|_| failed("the download broke off"))?;
    Ok(js_sys::Uint8Array::new(&body).to_vec())
}
