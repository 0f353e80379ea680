//! Keeping the query in the address bar: read at start, pushed on change, restored on popstate.

use crate::query::Query;

pub fn read() -> Query {
    let search = gloo::utils::window().location().search().unwrap_or_default();
    Query::from_url_query(&search)
}

/// Pushes a history entry when the query differs from the URL's (so back/forward steps
/// through filter changes, and a restore from popstate does not push again).
pub fn push(query: &Query) {
    let window = gloo::utils::window();
    let current = window.location().search().unwrap_or_default();
    let wanted = query.to_url_query();
    if Query::from_url_query(&current) == *query && current == wanted {
        return;
    }
    let path = window.location().pathname().unwrap_or_default();
    if let Ok(history) = window.history() {
        history
            .push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&format!("{path}{wanted}")))
            .ok();
    }
}
