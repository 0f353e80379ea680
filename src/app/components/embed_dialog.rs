//! "Embed": the HTML that puts what the app shows now into another page, as the `<news-lens>`
//! element or as an iframe, each with a copy button. Self-contained: it needs only the query.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use yew::prelude::*;

use crate::embed::params::WidgetParams;
use crate::embed::snippet::{element_snippet, iframe_snippet};
use crate::query::Query;

#[derive(Properties, PartialEq)]
pub struct EmbedDialogProps {
    pub query: Query,
}

#[component]
pub fn EmbedDialog(props: &EmbedDialogProps) -> Html {
    let open = use_state(|| false);
    let params = WidgetParams::from_query(&props.query);
    let toggle = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };
    html! {
        <div class="embed">
            <button type="button" class="embed-toggle" aria-expanded={open.to_string()} aria-controls="embed-panel"
                onclick={toggle}>{ "Embed" }</button>
            if *open {
                <section id="embed-panel" class="embed-panel" aria-label="Embed these results in another page">
                    <p class="embed-intro">{ "Paste one of these into your page to show these results there. \
                        The widget loads from this site and keeps its own styles." }</p>
                    <SnippetBox id="embed-element" label="Custom element (recommended)"
                        text={element_snippet(&params, &app_folder())} />
                    <SnippetBox id="embed-iframe" label="Iframe (when your page cannot load a script from this site)"
                        text={iframe_snippet(&params, &app_folder())} />
                </section>
            }
        </div>
    }
}

/// The folder the app is served from (where `embed.js` sits next to `index.html`). Asked only
/// while the panel is open: never on the server, which renders it closed.
fn app_folder() -> String {
    let location = gloo::utils::window().location();
    let origin = location.origin().unwrap_or_default();
    let path = location.pathname().unwrap_or_else(|_| "/".into());
    format!("{origin}{path}")
}

#[derive(Properties, PartialEq)]
struct SnippetBoxProps {
    id: AttrValue,
    label: AttrValue,
    text: AttrValue,
}

/// What the last copy attempt did.
#[derive(Clone, Copy, PartialEq)]
enum CopyStatus {
    Idle,
    Copied,
    /// No clipboard access: the text is selected for the reader to copy.
    Selected,
}

#[component]
fn SnippetBox(props: &SnippetBoxProps) -> Html {
    let status = use_state(|| CopyStatus::Idle);
    let area = use_node_ref();
    {
        let status = status.clone();
        use_effect_with(props.text.clone(), move |_| status.set(CopyStatus::Idle));
    }
    let copy = {
        let (status, area, text) = (status.clone(), area.clone(), props.text.clone());
        Callback::from(move |_: MouseEvent| {
            let (status, area, text) = (status.clone(), area.clone(), text.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let copied = write_clipboard(&text).await;
                if !copied {
                    if let Some(area) = area.cast::<web_sys::HtmlTextAreaElement>() {
                        area.focus().ok();
                        area.select();
                    }
                }
                status.set(if copied { CopyStatus::Copied } else { CopyStatus::Selected });
            });
        })
    };
    let message = match *status {
        CopyStatus::Idle => "",
        CopyStatus::Copied => "Copied to the clipboard.",
        CopyStatus::Selected => "Selected: press Ctrl+C (⌘C on a Mac) to copy.",
    };
    let rows = (props.text.lines().count() + 1).to_string();
    html! {
        <div class="snippet">
            <label for={props.id.clone()}>{ &props.label }</label>
            <textarea id={props.id.clone()} class="snippet-code" readonly=true spellcheck="false" rows={rows}
                ref={area} value={props.text.clone()} />
            <div class="snippet-actions">
                <button type="button" class="snippet-copy" onclick={copy}>{ "Copy" }</button>
                <span class="snippet-status" role="status">{ message }</span>
            </div>
        </div>
    }
}

/// Writes `text` with the async Clipboard API; false where it is missing (plain-http pages,
/// old browsers) or refused.
async fn write_clipboard(text: &str) -> bool {
    let navigator = gloo::utils::window().navigator();
    let clipboard = js_sys::Reflect::get(&navigator, &"clipboard".into()).ok();
    let Some(clipboard) = clipboard.and_then(|c| c.dyn_into::<web_sys::Clipboard>().ok()) else { return false };
    JsFuture::from(clipboard.write_text(text)).await.is_ok()
}
