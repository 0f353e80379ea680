//! The embed widget's wasm module (`widget.js` + `widget_bg.wasm`), which `embed/embed.js` loads
//! for every `<news-lens>` of a host page. A module of its own rather than the page's: a host
//! page downloads the widget's views and not the explorer's, and the page not the widget's.
//! Everything here forwards to `newslens::embed` (see `src/embed/mount.rs`).

#[cfg(target_arch = "wasm32")]
mod exports {
    use wasm_bindgen::prelude::*;

    /// Decodes a data file for the page's widgets; returns a speaker bucket's keys.
    /// See [`newslens::embed::load_corpus`].
    #[wasm_bindgen(js_name = loadCorpus)]
    pub fn load_corpus(data: &[u8], path: Option<String>) -> Result<Vec<String>, JsError> {
        newslens::embed::load_corpus(data, path)
    }

    /// A mounted widget (see [`newslens::embed::WidgetHandle`]).
    #[wasm_bindgen]
    pub struct WidgetHandle(newslens::embed::WidgetHandle);

    #[wasm_bindgen]
    impl WidgetHandle {
        /// New attributes, and the data file they need.
        pub fn update(&mut self, attrs: &JsValue, data: Option<String>) -> Result<(), JsError> {
            self.0.update(attrs, data)
        }

        pub fn destroy(&mut self) {
            self.0.destroy();
        }
    }

    /// Renders a widget into `container`. See [`newslens::embed::mount_widget`].
    #[wasm_bindgen(js_name = mountWidget)]
    pub fn mount_widget(container: web_sys::Element, attrs: &JsValue, app_url: String, data: Option<String>) -> Result<WidgetHandle, JsError> {
        newslens::embed::mount_widget(container, attrs, app_url, data).map(WidgetHandle)
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
    eprintln!("the newslens widget is a wasm module for embed/embed.js: see docs/EMBEDDING.md");
}
