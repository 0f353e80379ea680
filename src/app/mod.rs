//! The Yew view layer (wasm32 only): a thin shell over `extract` and `query`.

mod components;
mod extract_worker;
mod fetch;
mod state;
mod url;

use std::rc::Rc;

use components::app::{App, AppProps};

/// Mounts the app into `#app` (or `<body>` when that element is missing), with the text of the
/// data file.
pub fn start(data: &str) {
    // Through Yew: a plain std::panic::set_hook is replaced by Yew's console-only hook at render.
    yew::set_custom_panic_hook(Box::new(|info| show_fatal_error(&info.to_string())));
    let document = gloo::utils::document();
    let props = props(data);
    match document.get_element_by_id("app") {
        Some(root) => {
            yew::Renderer::<App>::with_root_and_props(root, props).render();
        }
        None => {
            yew::Renderer::<App>::with_props(props).render();
        }
    }
}

/// Replaces the page with a readable message: a panic must never leave a blank page.
fn show_fatal_error(message: &str) {
    let document = gloo::utils::document();
    let Ok(el) = document.create_element("div") else { return };
    el.set_class_name("fatal-error");
    el.set_attribute("role", "alert").ok();
    el.set_text_content(Some(&format!("newslens stopped because of an internal error: {message}. Reload the page to try again.")));
    if let Some(body) = document.body() {
        body.prepend_with_node_1(&el).ok();
    }
    web_sys::console::error_1(&message.into());
}

fn props(data: &str) -> AppProps {
    AppProps { corpus: crate::bundle::decode(data).map(Rc::new) }
}

/// Renders the app into `root` with the text of a data file (used by the browser tests; `start`
/// mounts into the page).
pub fn mount(root: web_sys::Element, data: &str) -> yew::AppHandle<App> {
    yew::Renderer::<App>::with_root_and_props(root, props(data)).render()
}
