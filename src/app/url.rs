//! Keeping the query in the address bar: read at start, written on change, restored on popstate.

use crate::app::state::History;
use crate::query::Query;

/// The query and the `#anchor` of the current URL. On the server (the prerendered first
/// screen) there is no URL: the default query.
#[cfg(not(target_arch = "wasm32"))]
pub fn read() -> (Query, Option<String>) {
    (Query::default(), None)
}

/// The query and the `#anchor` of the current URL.
#[cfg(target_arch = "wasm32")]
pub fn read() -> (Query, Option<String>) {
    let location = gloo::utils::window().location();
    let search = location.search().unwrap_or_default();
    let hash = location.hash().unwrap_or_default();
    let anchor = hash.trim_start_matches('#');
    let anchor = (!anchor.is_empty()).then(|| crate::query::decode(anchor));
    (Query::from_url_query(&search), anchor)
}

/// The address of `query` (and `anchor`), relative to the page.
pub fn href(query: &Query, anchor: Option<&str>) -> String {
    let path = page_path();
    let hash = anchor.map(|a| format!("#{a}")).unwrap_or_default();
    format!("{path}{}{hash}", query.to_url_query())
}

/// The page's path. On the server it is unknown (the site may live in any folder): the links
/// stay relative (`?speaker=…` keeps the page's path) until hydration writes the full ones.
/// Read from the browser once: every card's links ask for it (a call into JavaScript each), and
/// the app never changes it (it only changes the query and the hash).
#[cfg(target_arch = "wasm32")]
fn page_path() -> String {
    thread_local! {
        static PATH: std::cell::OnceCell<String> = const { std::cell::OnceCell::new() };
    }
    PATH.with(|p| p.get_or_init(|| gloo::utils::window().location().pathname().unwrap_or_default()).clone())
}

#[cfg(not(target_arch = "wasm32"))]
fn page_path() -> String {
    String::new()
}

/// Writes the state to the history as `mode` says, unless the URL already says the same.
pub fn write(query: &Query, anchor: Option<&str>, mode: History) {
    if mode == History::Keep {
        return;
    }
    let window = gloo::utils::window();
    let location = window.location();
    let wanted = href(query, anchor);
    let current = format!(
        "{}{}{}",
        location.pathname().unwrap_or_default(),
        location.search().unwrap_or_default(),
        location.hash().unwrap_or_default()
    );
    if current == wanted {
        return;
    }
    let Ok(history) = window.history() else { return };
    let null = wasm_bindgen::JsValue::NULL;
    let _ = match mode {
        History::Replace => history.replace_state_with_url(&null, "", Some(&wanted)),
        _ => history.push_state_with_url(&null, "", Some(&wanted)),
    };
}
