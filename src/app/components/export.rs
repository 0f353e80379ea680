//! "Export": the cards the page shows (all of them, not only the page on screen) as a CSV, a JSON
//! or an iCalendar file, made in the browser from the same encoders as the extract command. It
//! reads every card's texts: the first export downloads them (`data/whole.bin`).

use std::rc::Rc;

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::export::{self, Item};
use crate::app::texts::{with_whole, ArticleTexts};
use crate::query::{Index, Results};

#[derive(Properties, PartialEq)]
pub struct ExportProps {
    pub index: Rc<Index>,
    pub texts: ArticleTexts,
    pub results: Rc<Results>,
    /// Asks for the whole corpus: the results are a first screen's page ([`Results::unlisted`]).
    #[prop_or_default]
    pub on_need_whole: Callback<()>,
}

/// The three formats: label, file name, media type, encoder.
type Encoder = fn(&[Item]) -> String;
const FORMATS: [(&str, &str, &str, Encoder); 3] = [
    ("CSV", "newslens.csv", "text/csv;charset=utf-8", export::csv),
    ("JSON", "newslens.json", "application/json", export::json),
    ("iCalendar (events)", "newslens-events.ics", "text/calendar;charset=utf-8", export::ics),
];

#[component]
pub fn Export(props: &ExportProps) -> Html {
    let status = use_state(String::new);
    // The format asked for while the whole corpus downloads: saved once it is here.
    let pending = use_mut_ref(|| None::<usize>);
    let (quotes, events) = (props.results.quotes, props.results.events);
    {
        let (index, results, status, arrived, pending) = (props.index.clone(), props.results.clone(), status.clone(), props.texts.arrived.clone(), pending.clone());
        use_effect_with(results, move |results| {
            if results.unlisted == 0 {
                if let Some(format) = pending.borrow_mut().take() {
                    save(FORMATS[format], index, results.clone(), status, &arrived);
                }
            }
        });
    }
    let button = |(n, &(label, file, ..)): (usize, &(&'static str, &'static str, &'static str, Encoder))| {
        let (index, results, status, pending) = (props.index.clone(), props.results.clone(), status.clone(), pending.clone());
        let (arrived, on_need_whole) = (props.texts.arrived.clone(), props.on_need_whole.clone());
        let is_calendar = file.ends_with(".ics");
        let disabled = quotes + events == 0 || (is_calendar && events == 0);
        let onclick = Callback::from(move |_| {
            if results.unlisted > 0 {
                // A first screen's page: every card is in the whole corpus.
                *pending.borrow_mut() = Some(n);
                status.set("Downloading the articles…".into());
                return on_need_whole.emit(());
            }
            save(FORMATS[n], index.clone(), results.clone(), status.clone(), &arrived);
        });
        html! { <li><button type="button" data-format={file} {disabled} {onclick}>{ label }</button></li> }
    };
    html! {
        <details class="export">
            <summary>{ "Export" }</summary>
            <div class="export-menu">
                <p class="export-what">{ format!("The {} shown: {} quotes, {} events.", if quotes + events == 1 { "card" } else { "cards" }, crate::cards::figure(quotes), crate::cards::figure(events)) }</p>
                <ul>{ for FORMATS.iter().enumerate().map(button) }</ul>
                <p class="export-status" role="status">{ (*status).clone() }</p>
            </div>
        </details>
    }
}

/// Saves `results` in `format`, once every text is here (`data/whole.bin`).
fn save((_, file, mime, encode): (&'static str, &'static str, &'static str, Encoder), index: Rc<Index>, results: Rc<Results>, status: UseStateHandle<String>, arrived: &Callback<()>) {
    if index.texts().whole().is_none() {
        status.set("Downloading the articles’ texts…".into());
    }
    with_whole(&index.clone(), arrived, move |whole| {
        let saved = whole.and_then(|corpus| download(file, mime, &encode(&export::selection(&corpus, &index, &results))));
        status.set(match saved {
            Ok(()) => format!("Downloaded {file}."),
            Err(e) => format!("The download failed: {e}"),
        });
    });
}

/// Saves `text` as a file named `name`, through a link to a Blob (nothing leaves the page).
fn download(name: &str, mime: &str, text: &str) -> Result<(), String> {
    let err = |e: wasm_bindgen::JsValue| e.as_string().unwrap_or_else(|| format!("{e:?}"));
    let parts = js_sys::Array::of1(&text.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).map_err(err)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(err)?;
    let document = gloo::utils::document();
    let link: web_sys::HtmlAnchorElement = document.create_element("a").map_err(err)?.unchecked_into();
    link.set_href(&url);
    link.set_download(name);
    link.set_hidden(true);
    let body = document.body().ok_or("the page has no body")?;
    body.append_child(&link).map_err(err)?;
    link.click();
    link.remove();
    // The browser has taken the file by the time the next task runs.
    gloo::timers::callback::Timeout::new(0, move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    })
    .forget();
    Ok(())
}
