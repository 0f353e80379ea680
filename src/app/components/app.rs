//! The explorer: search and facets, the cards (or the reader), all driven by one reducer whose
//! query lives in the URL.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;
use yew::prelude::*;

use super::filters::{filters, use_facet_callbacks, use_facet_lists, WIDE_SCREEN_PX};
use super::own_article::{OnAdd, OwnArticle};
use super::reader::Reader;
use super::results::{count_text, results_view, use_kept_timeline};
use super::speaker_page::{speaker_page, SpeakerPageProps};
use crate::app::state::{Action, State};
use crate::app::url;
use crate::app::extract_worker::ExtractWorker;
use crate::app::search_words::{use_answerable, use_search_words, ShownResults, WordsStatus};
use crate::app::texts::use_article_texts;
use crate::codec::Prebuilt;
use crate::extract::model::{Article, Corpus};
use crate::own_article;
use crate::query::{Facets, Index, Query};

#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// The corpus of the data file `path`, or why it could not be read.
    pub corpus: Result<Rc<Corpus>, String>,
    /// What the build computed for its index: its events grouped (the reports of one event
    /// across articles), the names of the chunks of search words, and with the first screen's
    /// slice its counts of the whole corpus.
    pub prebuilt: Option<Rc<Prebuilt>>,
    /// Articles whole (`data/articles/N.bin`) that came with the data: those of the first
    /// screen, which hydration draws.
    pub first_articles: Rc<Vec<(usize, Article)>>,
    /// The data file: `data/corpus.bin`, or a slice of it (`slices::starts_from`).
    /// - The first screen's slice (`data/first.bin`) comes with the build's counts: the page is
    ///   live with it, and fetches what each later query needs (`slices::source_of`): a
    ///   speaker's slice, the first screen's again, or `corpus.bin`, which then stays.
    /// - A speaker's slice alone (their address): the app shows it, then fetches
    ///   `data/corpus.bin`, which replaces it, and only then is live. Until then the speaker
    ///   facet shows the speakers of the address only (the slice counts no one else's cards),
    ///   and input waits (`prerender-guard.js`).
    pub path: AttrValue,
}

/// A data file read: its corpus and what the build computed for it.
#[derive(Clone, PartialEq)]
struct Data {
    corpus: Rc<Corpus>,
    prebuilt: Option<Rc<Prebuilt>>,
    path: AttrValue,
    /// Its index, when it was made off the render (a file fetched later, made at the page's
    /// pace: the reader may be typing).
    index: Option<Rc<Index>>,
}

/// The corpus with a reader's own articles, and its index (made at the page's pace).
#[derive(Clone, PartialEq)]
struct WithOwn {
    corpus: Rc<Corpus>,
    index: Rc<Index>,
}

/// The data the page shows, and how it asks for more.
struct Loader {
    /// The data last loaded, or why the first could not be read.
    data: Result<Data, String>,
    /// Why the file last asked for could not be loaded.
    failure: Option<Rc<str>>,
    /// Asks for a data file by path (see [`AppProps::path`]).
    on_need: Callback<AttrValue>,
}

#[component]
pub fn App(props: &AppProps) -> Html {
    // The bundled corpus plus the articles a reader added in this page (never saved).
    let with_own = use_state(|| None::<WithOwn>);
    let loader = use_loader(props);
    // A speaker's slice without the build's counts: not live until the whole corpus is here.
    let partial = match &loader.data {
        Ok(data) => data.path != crate::bundle::DATA_PATH && data.prebuilt.as_ref().is_none_or(|p| p.preset.is_none()),
        Err(_) => props.path != crate::bundle::DATA_PATH,
    };
    use_ready_mark(!partial);
    match (loader.data, loader.failure) {
        // A speaker's slice alone waits for the whole corpus: without it, the page cannot go on.
        (_, Some(why)) if partial => html! { <p class="fatal-error" role="alert">{ why.to_string() }</p> },
        (Ok(data), failure) => {
            // What the build computed is the bundled corpus's: with an article added, the index
            // groups the events again and makes its search words.
            let (corpus, prebuilt, path, index) = match &*with_own {
                Some(own) => (own.corpus.clone(), None, AttrValue::Static(crate::bundle::DATA_PATH), Some(own.index.clone())),
                None => (data.corpus, data.prebuilt, data.path, data.index),
            };
            let on_corpus = Callback::from(move |next| with_own.set(Some(next)));
            let first_articles = props.first_articles.clone();
            let on_need = loader.on_need;
            html! { <Explorer {corpus} {prebuilt} {index} {path} {first_articles} {on_corpus} {partial} {on_need} {failure} /> }
        }
        // A slice that cannot be read: the whole corpus is on its way.
        (Err(_), None) if partial => html! { <p class="loading" role="status">{ "Loading the articles…" }</p> },
        (Err(message), _) => html! { <p class="fatal-error" role="alert">{ message }</p> },
    }
}

/// `facets` with only the speakers `query` chooses: a slice counts the cards of its speakers
/// alone, so any other speaker's count would be wrong.
fn only_chosen_speakers(facets: Facets, query: &Query) -> Facets {
    let chosen = facets.speakers.iter().filter(|(s, _)| query.speakers.iter().any(|n| **n == **s)).cloned().collect();
    Facets { speakers: Rc::new(chosen), ..facets }
}

/// The data of the page: first the props', then each file asked for once it is here (the last
/// asked for; `corpus.bin` whenever it comes, as it answers everything, and then stays). A
/// speaker's slice alone is followed by `corpus.bin`, fetched once its first frame is painted
/// (the slice's cards fetch their words first).
#[hook]
fn use_loader(props: &AppProps) -> Loader {
    let loaded = use_state(|| None::<Data>);
    let failure = use_state(|| None::<Rc<str>>);
    // The path asked for last (and whether it failed), and whether the whole corpus is here or
    // coming. Read by the callback, which outlives the render that made it.
    let wanted = use_mut_ref(|| None::<(AttrValue, bool)>);
    let whole_coming = use_mut_ref(|| props.path == crate::bundle::DATA_PATH);
    let on_need = {
        let (loaded, failure, wanted, whole_coming) = (loaded.clone(), failure.clone(), wanted.clone(), whole_coming.clone());
        let preset = props.prebuilt.as_ref().and_then(|p| p.preset.clone());
        use_callback(preset, move |path: AttrValue, preset| {
            let asked = wanted.borrow().as_ref().is_some_and(|(p, failed)| *p == path && !failed);
            if *whole_coming.borrow() || asked {
                return;
            }
            let whole = path == crate::bundle::DATA_PATH;
            *whole_coming.borrow_mut() = whole;
            *wanted.borrow_mut() = Some((path.clone(), false));
            failure.set(None);
            let (loaded, failure, wanted, whole_coming, preset) = (loaded.clone(), failure.clone(), wanted.clone(), whole_coming.clone(), preset.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let stale = |wanted: &Rc<RefCell<Option<(AttrValue, bool)>>>| !whole && wanted.borrow().as_ref().is_none_or(|(p, _)| *p != path);
                let bytes = crate::app::fetch::bytes(&path).await;
                // Decoded and indexed in slices: at 10,000 articles one task took 350 ms.
                let mut pace = crate::app::pace::browser_pace();
                let decoded = match bytes {
                    Ok(bytes) => crate::bundle::decode_any_paced(&path, &bytes, &mut pace).await,
                    Err(why) => Err(why),
                };
                if stale(&wanted) {
                    return;
                }
                match decoded {
                    Ok((corpus, mut prebuilt)) => {
                        // A speaker's slice answers with the first screen's counts.
                        if prebuilt.preset.is_none() && !whole {
                            prebuilt.preset = preset;
                        }
                        let (corpus, prebuilt) = (Rc::new(corpus), Rc::new(prebuilt));
                        let index = index_to_show(&corpus, Some(&prebuilt), &mut pace).await;
                        if stale(&wanted) {
                            return;
                        }
                        loaded.set(Some(Data { corpus, prebuilt: Some(prebuilt), path, index: Some(Rc::new(index)) }));
                    }
                    Err(why) => {
                        *whole_coming.borrow_mut() = false;
                        *wanted.borrow_mut() = Some((path, true));
                        failure.set(Some(why.into()));
                    }
                }
            });
        })
    };
    let first = props.corpus.clone().map(|corpus| Data { corpus, prebuilt: props.prebuilt.clone(), path: props.path.clone(), index: None });
    let data = match &*loaded {
        Some(data) => Ok(data.clone()),
        None => first,
    };
    {
        // A speaker's address: the whole corpus after the first frame (or at once, when the
        // slice could not be read).
        let alone = props.path != crate::bundle::DATA_PATH && props.prebuilt.as_ref().is_none_or(|p| p.preset.is_none());
        let on_need = on_need.clone();
        use_effect_with(alone, move |&alone| {
            if alone {
                crate::app::after_paint::after_paint(move || on_need.emit(AttrValue::Static(crate::bundle::DATA_PATH)));
            }
        });
    }
    Loader { data, failure: (*failure).clone(), on_need }
}

#[derive(Properties, PartialEq)]
struct ExplorerProps {
    corpus: Rc<Corpus>,
    prebuilt: Option<Rc<Prebuilt>>,
    /// The index of `corpus`, if it was made already ([`Data::index`]).
    index: Option<Rc<Index>>,
    first_articles: Rc<Vec<(usize, Article)>>,
    /// Replaces the corpus (with a reader's own article added).
    on_corpus: Callback<WithOwn>,
    /// The data file of `corpus` ([`AppProps::path`]).
    path: AttrValue,
    /// `corpus` is a speaker's slice alone ([`AppProps::path`]) until the whole corpus
    /// replaces it.
    partial: bool,
    /// Asks for the data file that answers a query.
    on_need: Callback<AttrValue>,
    /// Why the data file asked for last could not be loaded.
    failure: Option<Rc<str>>,
}

#[component]
fn Explorer(props: &ExplorerProps) -> Html {
    let corpus = &props.corpus;
    let state = use_reducer(|| {
        let (query, anchor) = url::read();
        State { query, anchor, history: crate::app::state::History::Keep }
    });
    use_history_sync(&state);
    use_focus_anchor(&state);

    let panel_open = use_panel_open();
    // The articles an index fetched stay for the next (the whole corpus after a slice, an
    // own article added): its cards do not wait for their words again.
    let carried = use_mut_ref(|| None::<crate::query::Texts>);
    // The search words are fetched in chunks when a search needs them, or, for a corpus made
    // in the page, made after the first paint, not before the page answers (most of an index's
    // making at 10,000 articles): a search made before then makes them itself.
    let index = use_memo((corpus.clone(), props.prebuilt.clone(), props.index.clone()), |(c, prebuilt, made)| {
        let index = made.clone().unwrap_or_else(|| Rc::new(Index::deferring_search(c.clone(), prebuilt.as_deref())));
        for (a, article) in props.first_articles.iter() {
            let _ = index.texts_arrived(*a, Ok(article.clone()));
        }
        if let Some(texts) = carried.borrow_mut().take() {
            for (a, article) in texts.fetched() {
                let _ = index.texts_arrived(a, Ok(article.clone()));
            }
        }
        index
    });
    let index: Rc<Index> = (*index).clone();
    *carried.borrow_mut() = Some(index.texts());
    use_index_prepared_when_idle(&index);
    let texts = use_article_texts(&index);
    // The reader's article is not a filter: opening it must not recompute the cards.
    let filters_of = Query { read: None, ..state.query.clone() };
    let covered = use_data_for(&index, &props.path, &state.query, &props.on_need);
    // A search waits for the data that answers it, not for a slice's words.
    let searched = if covered { filters_of.clone() } else { Query { text: String::new(), ..filters_of.clone() } };
    let words = use_search_words(&index, &searched, &texts);
    let status = match (covered, &props.failure) {
        (true, _) => words,
        (false, None) => WordsStatus::Loading,
        (false, Some(why)) => WordsStatus::Unloaded(why.clone()),
    };
    let answerable = use_answerable(&status, &filters_of);
    let on_need_whole = use_callback(props.on_need.clone(), |(), on_need| on_need.emit(AttrValue::Static(crate::bundle::DATA_PATH)));
    // Until a search permalink's words are here: no cards, and the counts without its search.
    let results = use_memo((index.clone(), answerable.clone()), |(i, q)| q.as_ref().map(|q| i.results(q)).unwrap_or_default());
    let counted = answerable.unwrap_or_else(|| Query { text: String::new(), ..filters_of.clone() });
    let facets = use_memo((index.clone(), counted.clone(), props.partial), |(i, q, partial)| match partial {
        true => only_chosen_speakers(i.facets(q), q),
        false => i.facets(q),
    });
    let top_speakers = use_memo((index.clone(), results.clone(), counted.clone()), |(i, r, q)| {
        i.top_speakers(q, r, super::speaker_chart::BARS)
    });
    let facet_lists = use_facet_lists(&index, &facets);
    let facet_callbacks = use_facet_callbacks(&state);
    let timeline = use_kept_timeline(&facets.timeline);
    let dispatch = state.dispatcher();
    let on_read = {
        let dispatch = dispatch.clone();
        Callback::from(move |(file, anchor): (String, String)| dispatch.dispatch(Action::OpenReader { file, anchor }))
    };

    // The extractor runs in a worker, started the first time a reader adds an article.
    let worker = use_mut_ref(|| None::<Rc<ExtractWorker>>);
    let on_own_article: OnAdd = {
        let (on_corpus, dispatch) = (props.on_corpus.clone(), dispatch.clone());
        Callback::from(move |(name, bytes, done): (String, Vec<u8>, Callback<Result<(), String>>)| {
            // The article joins the corpus with every text (`data/whole.bin`), in the worker
            // (which also makes its file name unique there: the page may hold a slice): the
            // index is then made here.
            let (worker, on_corpus, dispatch) = (worker.clone(), on_corpus.clone(), dispatch.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match crate::app::fetch::bytes(crate::bundle::WHOLE_PATH).await {
                    Ok(whole) => add_own_article((name, bytes, done), &whole, worker, on_corpus, dispatch),
                    Err(message) => done.emit(Err(message)),
                }
            });
        })
    };

    // The reader needs the whole corpus (its marks link to cards of every article).
    let reading = state.query.read.as_ref().filter(|_| covered).and_then(|f| corpus.articles.iter().position(|a| &a.file == f));
    {
        // The tab title says where the user is (the reader, or the results and their count).
        let title = match reading {
            Some(a) => format!("{} — newslens", corpus.articles[a].title),
            None => format!("{} — newslens", count_text(&results)),
        };
        use_effect_with(title, |title| {
            let title = title.clone();
            crate::app::after_paint::after_paint(move || gloo::utils::document().set_title(&title));
        });
    }
    let main = match reading {
        Some(article) => {
            let back_to = state.anchor.as_deref().and_then(|a| index.card_for_reader_anchor(a));
            let back_query = Query { read: None, ..state.query.clone() };
            let on_back = {
                let dispatch = dispatch.clone();
                let back_to = back_to.clone();
                Callback::from(move |_| dispatch.dispatch(Action::CloseReader { anchor: back_to.clone() }))
            };
            html! {
                <main id="main" class="results">
                    <Reader corpus={corpus.clone()} index={index.clone()} texts={texts.clone()} {article} target={state.anchor.clone()}
                        back_href={url::href(&back_query, back_to.as_deref())} {on_back} />
                </main>
            }
        }
        None if state.query.read.is_some() && !covered => html! {
            <main id="main" class="results" aria-busy="true">
                <p class="loading" role="status">{ super::results::status_line(&status, &results) }</p>
            </main>
        },
        None => match state.query.page_speaker() {
            Some(name) => {
                let page = SpeakerPageProps {
                    corpus: corpus.clone(),
                    index: index.clone(),
                    results: results.clone(),
                    facets: facets.clone(),
                    name: name.to_string().into(),
                    on_read: on_read.clone(),
                    texts: texts.clone(),
                };
                speaker_page(page, &state)
            }
            None => {
                let shown = ShownResults { results: results.clone(), words: status.clone(), texts: texts.clone(), on_need_whole: on_need_whole.clone() };
                results_view(corpus, &index, &state, &shown, &timeline, &top_speakers, &on_read)
            }
        },
    };
    // The reader and a speaker's page take the whole width: no filter panel beside them.
    let full_width = reading.is_some() || state.query.page_speaker().is_some();

    html! {
        <div class={classes!("layout", full_width.then_some("reading"))}>
            <a class="skip-link" href="#main">{ "Skip to the results" }</a>
            <header class="masthead">
                <h1>{ "newslens" }</h1>
                <p class="tagline">{ format!("Who said what, and what happened when: quotes and events from {} news articles", crate::cards::figure(corpus.articles.len())) }</p>
                <OwnArticle on_add={on_own_article} />
            </header>
            if !full_width {
                { filters(&facet_lists, &facet_callbacks, &state, &panel_open, props.partial, &on_need_whole) }
            }
            { main }
        </div>
    }
}

/// Extracts a reader's own article in the worker (started the first time), which joins it to
/// the bundled corpus (`whole`: the bytes of `data/whole.bin`), then reads its answer and makes
/// its index here, at the page's pace.
fn add_own_article(
    (name, bytes, done): (String, Vec<u8>, Callback<Result<(), String>>),
    whole: &[u8],
    worker: Rc<std::cell::RefCell<Option<Rc<ExtractWorker>>>>,
    on_corpus: Callback<WithOwn>,
    dispatch: UseReducerDispatcher<State>,
) {
    let prepared = match own_article::prepare(&name, &bytes) {
        Ok(prepared) => prepared,
        Err(message) => return done.emit(Err(message)),
    };
    let started = worker.borrow().clone().map_or_else(|| ExtractWorker::start().map(Rc::new), Ok);
    let extractor = match started {
        Ok(extractor) => extractor,
        Err(message) => return done.emit(Err(message)),
    };
    *worker.borrow_mut() = Some(extractor.clone());
    let reply = Callback::from(move |answer: Result<Vec<u8>, String>| {
        let (on_corpus, dispatch, done) = (on_corpus.clone(), dispatch.clone(), done.clone());
        wasm_bindgen_futures::spawn_local(async move {
            match joined_and_indexed(answer).await {
                Ok(own) => {
                    let file = own_article::added_file(&own.corpus).to_string();
                    on_corpus.emit(own);
                    dispatch.dispatch(Action::OpenReader { file, anchor: "reader-title".into() });
                    done.emit(Ok(()));
                }
                Err(message) => done.emit(Err(message)),
            }
        });
    });
    extractor.add(&prepared.file, &prepared.text, whole, reply);
}

/// The worker's answer read, its events grouped and its index made at the page's pace: at
/// 10,000 articles these were two tasks of over a second, the page frozen meanwhile.
async fn joined_and_indexed(answer: Result<Vec<u8>, String>) -> Result<WithOwn, String> {
    let bytes = answer?;
    let unreadable = |e: crate::codec::Error| format!("the extractor's answer is unreadable ({e})");
    let mut pace = crate::app::pace::browser_pace();
    let file = crate::codec::open(&bytes).map_err(unreadable)?;
    let (corpus, _) = file.corpus_and_prebuilt_paced(&mut pace).await.map_err(unreadable)?;
    let corpus = Rc::new(corpus);
    let index = index_to_show(&corpus, None, &mut pace).await;
    Ok(WithOwn { corpus, index: Rc::new(index) })
}

/// The index of a corpus that arrived while the page is live, made at `pace`, with its counts
/// without a filter, which its first render would otherwise make at once.
async fn index_to_show(corpus: &Rc<Corpus>, prebuilt: Option<&Prebuilt>, pace: &mut crate::pace::Pace<'_>) -> Index {
    let index = Index::deferring_search_paced(corpus.clone(), prebuilt, pace).await;
    index.prepare_views_paced(pace).await;
    index
}

/// Whether the filter panel starts open: on wide screens. The first render says open, as the
/// prerendered page does (the server knows no width), so hydration finds the same tree; an
/// effect closes it on a narrow screen before the first paint.
#[hook]
fn use_panel_open() -> UseStateHandle<bool> {
    let open = use_state(|| true);
    {
        let open = open.clone();
        use_effect_with((), move |_| {
            let width = gloo::utils::window().inner_width().ok().and_then(|w| w.as_f64());
            if width.is_some_and(|w| w < WIDE_SCREEN_PX) {
                open.set(false);
            }
        });
    }
    open
}

/// How long after the page answers the index finishes what it left for later (the search
/// words, the other views' counts): the first click of a reader who clicked before the page was
/// live is handled first.
const INDEX_PREPARED_AFTER_MS: u32 = 300;

#[hook]
fn use_index_prepared_when_idle(index: &Rc<Index>) {
    use_effect_with(index.clone(), |index| {
        let index = index.clone();
        let timer = gloo::timers::callback::Timeout::new(INDEX_PREPARED_AFTER_MS, move || {
            // At the page's pace: a reader may start typing meanwhile.
            wasm_bindgen_futures::spawn_local(async move {
                let mut pace = crate::app::pace::browser_pace();
                index.prepare_search_paced(&mut pace).await;
                index.prepare_views_paced(&mut pace).await;
            });
        });
        move || drop(timer)
    });
}

/// Whether the index answers `query` (the address, its reader included), from the data file
/// at `path`. An index of a slice with the build's counts knows which file does
/// (`slices::source_of`): when it is another, it is asked for (again at each change of the
/// query, so a failed download is tried again).
#[hook]
fn use_data_for(index: &Rc<Index>, path: &AttrValue, query: &Query, on_need: &Callback<AttrValue>) -> bool {
    use crate::slices::{source_of, Source};
    let needed: Option<AttrValue> = index.preset_digits().map(|digits| match source_of(query, digits) {
        Source::First => AttrValue::Static(crate::bundle::FIRST_PATH),
        Source::Speaker(path) => path.into(),
        Source::Whole => AttrValue::Static(crate::bundle::DATA_PATH),
    });
    let covered = needed.as_ref().is_none_or(|needed| needed == path);
    let on_need = on_need.clone();
    use_effect_with((needed, covered, query.clone()), move |(needed, covered, _)| {
        if let (false, Some(needed)) = (covered, needed) {
            on_need.emit(needed.clone());
        }
    });
    covered
}

/// Marks the page live (`<html data-app-ready>`) once the app has rendered or hydrated with
/// the whole corpus (`ready`): until then the prerendered controls do nothing, and input on a
/// slice's waits. Tests and the stylesheet read it.
#[hook]
fn use_ready_mark(ready: bool) {
    use_effect_with(ready, |&ready| {
        if ready {
            crate::app::mark_live();
            let _ = gloo::utils::document().document_element().map(|html| html.set_attribute("data-app-ready", ""));
        }
    });
}

/// Writes each state to the URL, and takes the URL back on back/forward.
#[hook]
fn use_history_sync(state: &UseReducerHandle<State>) {
    {
        let dispatch = state.dispatcher();
        use_effect_with((), move |_| {
            let listener = EventListener::new(&gloo::utils::window(), "popstate", move |_| {
                let (query, anchor) = url::read();
                dispatch.dispatch(Action::Restore(query, anchor));
            });
            move || drop(listener)
        });
    }
    use_effect_with((state.query.clone(), state.anchor.clone(), state.history), |(query, anchor, history)| {
        let (query, anchor, history) = (query.clone(), anchor.clone(), *history);
        crate::app::after_paint::after_paint(move || url::write(&query, anchor.as_deref(), history));
    });
}

/// After a change that names an element (a card, a reader sentence), scrolls to it and moves
/// the keyboard focus there.
#[hook]
fn use_focus_anchor(state: &UseReducerHandle<State>) {
    use_effect_with((state.anchor.clone(), state.query.read.clone()), |(anchor, _)| {
        if let Some(id) = anchor {
            focus_element(id);
        }
    });
}

/// Scrolls the element `id` into view and moves the keyboard focus to it, if it is there.
pub fn focus_element(id: &str) {
    let element = gloo::utils::document().get_element_by_id(id);
    if let Some(element) = element.and_then(|e| e.dyn_into::<HtmlElement>().ok()) {
        element.scroll_into_view();
        let _ = element.focus();
    }
}
