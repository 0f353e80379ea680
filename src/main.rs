//! The page's wasm module, built by Trunk. It deliberately does nothing on load: `boot.js` calls
//! the exported `startApp`. The embed widget has a module of its own (`src/bin/widget.rs`), so
//! neither carries the other's views.

#[cfg(target_arch = "wasm32")]
mod exports {
    use wasm_bindgen::prelude::*;

    /// See [`newslens::start_app`].
    #[wasm_bindgen(js_name = startApp)]
    pub fn start_app(data: &[u8], path: &str, hydrate: bool, articles: Vec<u32>, files: js_sys::Array, counts: Option<Vec<u8>>) {
        newslens::start_app(data, path, hydrate, articles, files, counts);
    }

    /// See [`newslens::panic_for_tests`].
    #[cfg(feature = "test-hooks")]
    #[wasm_bindgen(js_name = __newslens_panic_for_tests)]
    pub fn panic_for_tests() {
        newslens::panic_for_tests();
    }
}

fn main() {
    #[cfg(not(target_arch = "wasm32"))]
    eprintln!("newslens is a web app: run `make serve` and open http://127.0.0.1:8080");
}
