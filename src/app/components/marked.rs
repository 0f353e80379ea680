//! Text with the search's matches wrapped in `<mark>`.

use yew::prelude::*;

use crate::query::highlight;

/// `text` as nodes, matches of `search` marked.
pub fn marked(text: &str, search: &str) -> Html {
    if search.trim().is_empty() {
        return html! { { text.to_string() } };
    }
    html! {
        { for highlight(text, search).into_iter().map(|(piece, hit)| if hit {
            html! { <mark class="hit">{ piece }</mark> }
        } else {
            html! { { piece } }
        }) }
    }
}
