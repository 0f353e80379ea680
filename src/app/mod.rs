//! The Yew view layer: a thin shell over `extract` and `query`. In the browser (wasm32) it
//! renders or hydrates the page; natively (feature `prerender`) it renders the first screen to
//! HTML for `src/bin/prerender.rs`. Render bodies must not call the browser: only effects and
//! event handlers may, as they never run on the server.

mod after_paint;
mod components;
mod extract_worker;
mod fetch;
mod pace;
mod search_words;
mod state;
mod texts;
mod url;

/// Cards per page (the browser tests count a page).
pub use components::results::PAGE;

use std::cell::Cell;
use std::rc::Rc;

#[cfg(target_arch = "wasm32")]
use crate::extract::model::Article;

use components::app::{App, AppProps};

thread_local! {
    /// Whether the app has rendered once in this page (false natively, where it renders the
    /// prerendered screen, and during hydration).
    static LIVE: Cell<bool> = const { Cell::new(false) };
}

/// Whether the first render (or hydration) is over: later renders answer a reader.
fn is_live() -> bool {
    LIVE.with(Cell::get)
}

fn mark_live() {
    LIVE.with(|live| live.set(true));
}

/// Starts the app in `#app` (or `<body>` when that element is missing), with the bytes of the
/// data file. `hydrate`: `#app` holds the prerendered first screen and the address asks for it;
/// the app then takes over that HTML instead of replacing it. Rendering replaces what is there.
#[cfg(target_arch = "wasm32")]
pub fn start(data: &[u8], path: &str, hydrate: bool, files: Vec<(usize, Vec<u8>)>, counts: Option<&[u8]>) {
    // Through Yew: a plain std::panic::set_hook is replaced by Yew's console-only hook at render.
    yew::set_custom_panic_hook(Box::new(|info| show_fatal_error(&info.to_string())));
    let document = gloo::utils::document();
    let mut props = props(path, data);
    if !starts_from(path, &url::read().0) {
        // Not this address's slice (boot.js reads addresses as the app does; should they ever
        // differ): the app waits for the whole corpus instead.
        props.corpus = Err(format!("{path} is not the slice of this address"));
    }
    if path.starts_with("data/quoted/") {
        with_counts(&mut props, counts);
    }
    if let (Err(why), false) = (&props.corpus, path == crate::bundle::DATA_PATH) {
        // The page goes on from the whole corpus; whoever deployed it should know.
        web_sys::console::warn_1(&format!("{why}: the page loads data/corpus.bin instead").into());
    }
    fetch_search_words_early(&props);
    // The articles the first screen shows: all of them read, or it renders afresh (its cards
    // then fetch what is missing).
    let decoded: Result<Vec<(usize, Article)>, String> =
        files.iter().map(|(a, bytes)| crate::bundle::decode_article(&crate::bundle::article_path(*a), bytes).map(|article| (*a, article))).collect();
    let articles_read = decoded.is_ok();
    props.first_articles = Rc::new(decoded.unwrap_or_default());
    // The prerendered screen is the default query's with its data: another address, or data
    // that cannot be read (its message is another tree), would not match it.
    let first_screen = url::read() == (crate::query::Query::default(), None) && props.corpus.is_ok() && articles_read;
    match document.get_element_by_id("app") {
        Some(root) if hydrate && first_screen => {
            yew::Renderer::<App>::with_root_and_props(root, props).hydrate();
        }
        Some(root) => {
            yew::Renderer::<App>::with_root_and_props(root, props).render();
        }
        None => {
            yew::Renderer::<App>::with_props(props).render();
        }
    }
}

/// A speaker's slice with the build's counts of the whole corpus (`counts`: the bytes of
/// `data/first.bin`): the page is live with it, as after a speaker's click on the first screen.
/// Without them (or unreadable: the console says why) it waits for `corpus.bin`.
#[cfg(target_arch = "wasm32")]
fn with_counts(props: &mut AppProps, counts: Option<&[u8]>) {
    let (Some(counts), Some(prebuilt)) = (counts, props.prebuilt.as_mut()) else { return };
    match crate::bundle::decode_any(crate::bundle::FIRST_PATH, counts) {
        Ok((_, first)) => Rc::make_mut(prebuilt).preset = first.preset,
        Err(why) => web_sys::console::warn_1(&format!("{why}: the page waits for data/corpus.bin").into()),
    }
}

/// Whether a page at the address of `query` may start from the data file at `path`: the whole
/// corpus always, the first screen's slice for its own queries (`slices::source_of`), a
/// speaker's slice for theirs (`slices::is_quoted_slice_for`).
#[cfg(target_arch = "wasm32")]
fn starts_from(path: &str, query: &crate::query::Query) -> bool {
    use crate::slices::{is_quoted_slice_for, source_of, Source};
    match path {
        crate::bundle::DATA_PATH => true,
        crate::bundle::FIRST_PATH => source_of(query, 0) == Source::First,
        _ => is_quoted_slice_for(path, query),
    }
}

/// The first screen (the default query) as HTML that `start` can hydrate: what the prerender
/// step writes into `index.html`'s `#app`, rendered natively by Yew's server-side renderer from
/// the data file at `path` (`data`: its bytes), `corpus.bin` or the first screen's slice of it,
/// its articles whole from `whole` (`data/whole.bin`, every text). Also the articles whose
/// texts it shows, which the page needs before it hydrates (`boot.js` fetches them).
#[cfg(not(target_arch = "wasm32"))]
pub fn render_first_screen(whole: &crate::extract::model::Corpus, path: &str, data: &[u8]) -> Result<(String, Vec<usize>), String> {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .map_err(|e| format!("cannot start the renderer's runtime: {e}"))?;
    let (corpus, prebuilt) = with_texts(whole, path, data)?;
    let index = crate::query::Index::deferring_search(Rc::new(corpus), Some(&prebuilt));
    let results = index.results(&crate::query::Query::default());
    let articles = index.card_articles(&results.cards[..results.cards.len().min(PAGE)], "");
    drop(index);
    // The tree is made on the renderer's thread: the props cross as plain data (the build's
    // counts are not: they are read there).
    let (whole, path, data) = (whole.clone(), path.to_string(), data.to_vec());
    let renderer = yew::ServerRenderer::<App>::with_props(move || {
        let (corpus, prebuilt) = with_texts(&whole, &path, &data).map_or((Err("unreadable".to_string()), None), |(c, p)| (Ok(Rc::new(c)), Some(Rc::new(p))));
        AppProps { corpus, prebuilt, first_articles: Rc::default(), path: path.into() }
    });
    Ok((runtime.block_on(renderer.render()), articles))
}

/// The data file at `path`, its articles whole from `whole` (those a slice leaves out stay
/// empty).
#[cfg(not(target_arch = "wasm32"))]
fn with_texts(whole: &crate::extract::model::Corpus, path: &str, data: &[u8]) -> Result<(crate::extract::model::Corpus, crate::codec::Prebuilt), String> {
    let (mut corpus, prebuilt) = crate::bundle::decode_any(path, data)?;
    if corpus.articles.len() != whole.articles.len() {
        return Err(format!("{path} holds {} articles, {} {}", corpus.articles.len(), crate::bundle::WHOLE_PATH, whole.articles.len()));
    }
    for (article, whole) in corpus.articles.iter_mut().zip(&whole.articles) {
        if !article.file.is_empty() {
            *article = whole.clone();
        }
    }
    Ok((corpus, prebuilt))
}

/// An address with a search needs chunks of search words: their download starts now, while the
/// page makes its index, rather than after its first render.
#[cfg(target_arch = "wasm32")]
fn fetch_search_words_early(props: &AppProps) {
    let Some(prebuilt) = props.prebuilt.as_deref().filter(|_| props.corpus.is_ok()) else { return };
    for n in crate::query::chunks_needed(&prebuilt.word_chunks, &url::read().0.text) {
        fetch::start_early(crate::bundle::words_path(n));
    }
}

/// Replaces the page with a readable message: a panic must never leave a blank page.
#[cfg(target_arch = "wasm32")]
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

/// The app's props for the data file `path` (`data/corpus.bin`, or a slice of it).
#[cfg(target_arch = "wasm32")]
fn props(path: &str, data: &[u8]) -> AppProps {
    let (corpus, prebuilt) = match crate::bundle::decode_any(path, data) {
        Ok((corpus, prebuilt)) => (Ok(Rc::new(corpus)), Some(Rc::new(prebuilt))),
        Err(message) => (Err(message), None),
    };
    AppProps { corpus, prebuilt, first_articles: Rc::default(), path: path.into() }
}

/// Renders the app into `root` with the bytes of a data file (used by the browser tests; `start`
/// mounts into the page).
#[cfg(target_arch = "wasm32")]
pub fn mount(root: web_sys::Element, data: &[u8]) -> yew::AppHandle<App> {
    yew::Renderer::<App>::with_root_and_props(root, props(crate::bundle::DATA_PATH, data)).render()
}
