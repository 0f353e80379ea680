//! "Read your own article": paste a text or choose a file; the extractor runs in this browser
//! (nothing is uploaded) and the article joins the cards until the page is reloaded.

use wasm_bindgen_futures::JsFuture;
use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

use crate::own_article;

/// Adds an article given its name (its publication date in front when given) and bytes, then calls the callback with
/// the outcome (the error is ready to show). Extraction is asynchronous: it runs in a worker.
pub type OnAdd = Callback<(String, Vec<u8>, Callback<Result<(), String>>)>;

#[derive(Properties, PartialEq)]
pub struct OwnArticleProps {
    pub on_add: OnAdd,
}

#[component]
pub fn OwnArticle(props: &OwnArticleProps) -> Html {
    let open = use_state(|| false);
    let error = use_state(|| None::<String>);
    let busy = use_state(|| false);
    let text = use_node_ref();
    let published = use_node_ref();
    // Closes the panel on success, shows the message otherwise.
    let submit = {
        let (on_add, open, error, busy) = (props.on_add.clone(), open.clone(), error.clone(), busy.clone());
        let published = published.clone();
        Callback::from(move |(name, bytes): (String, Vec<u8>)| {
            let (open, error, busy) = (open.clone(), error.clone(), busy.clone());
            let date = published.cast::<HtmlInputElement>().map(|input| input.value()).unwrap_or_default();
            let name = match own_article::dated_name(&name, &date) {
                Ok(name) => name,
                Err(message) => return error.set(Some(message)),
            };
            busy.set(true);
            let done = Callback::from(move |outcome: Result<(), String>| {
                busy.set(false);
                match outcome {
                    Ok(()) => {
                        error.set(None);
                        open.set(false);
                    }
                    Err(message) => error.set(Some(message)),
                }
            });
            on_add.emit((name, bytes, done));
        })
    };
    let toggle = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };
    // Escape closes the form and gives the focus back to its button, as a dialog would.
    let button = use_node_ref();
    let on_key = {
        let (open, button) = (open.clone(), button.clone());
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                open.set(false);
                if let Some(button) = button.cast::<web_sys::HtmlElement>() {
                    button.focus().ok();
                }
            }
        })
    };
    let on_submit = {
        let (submit, error, text) = (submit.clone(), error.clone(), text.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let value = text.cast::<HtmlTextAreaElement>().map(|t| t.value()).unwrap_or_default();
            if value.trim().is_empty() {
                error.set(Some("Paste the text of an article first: its first line is the title.".into()));
            } else {
                submit.emit((String::new(), value.into_bytes()));
            }
        })
    };
    let on_file = {
        let error = error.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let Some(file) = input.files().and_then(|files| files.get(0)) else { return };
            // Cleared, so choosing the same file again (after editing it) reads it again.
            input.set_value("");
            if let Err(message) = own_article::check_size(&file.name(), file.size() as usize) {
                error.set(Some(message));
                return;
            }
            let (submit, error) = (submit.clone(), error.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let name = file.name();
                match JsFuture::from(file.array_buffer()).await {
                    Ok(buffer) => submit.emit((name, js_sys::Uint8Array::new(&buffer).to_vec())),
                    Err(_) => error.set(Some(format!("{name}: the browser could not read this file."))),
                }
            });
        })
    };

    html! {
        <div class="own">
            <button type="button" class="own-toggle" aria-expanded={open.to_string()} aria-controls="own-panel"
                ref={button} onclick={toggle}>{ "Read your own article" }</button>
            if *open {
                <form id="own-panel" class="own-panel" aria-label="Read your own article" onsubmit={on_submit}
                    onkeydown={on_key}>
                    <p class="own-intro">{ "newslens reads it in this browser: nothing is uploaded, and it is gone \
                        when you reload the page. Plain text, the title on the first line." }</p>
                    <label for="own-text">{ "Paste an article" }</label>
                    <textarea id="own-text" rows="8" ref={text} spellcheck="false" />
                    <label class="own-date">{ "Published on (optional: dates “on Tuesday” or “May 3” without a year): " }
                        <input type="date" ref={published} />
                    </label>
                    <div class="own-actions">
                        <button type="submit" disabled={*busy}>{ if *busy { "Reading…" } else { "Read it" } }</button>
                        <label class="own-file">{ "or choose a text file: " }
                            <input type="file" accept=".txt,text/plain" onchange={on_file} />
                        </label>
                    </div>
                    if let Some(message) = &*error {
                        <p class="own-error" role="alert">{ message }</p>
                    }
                </form>
            }
        </div>
    }
}

