//! The explorer: search and facets, the cards (or the reader), all driven by one reducer whose
//! query lives in the URL.

use std::rc::Rc;

use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use super::event_card::EventCard;
use super::facet::{Facet, FacetValue};
use super::quote_card::{kind_label, QuoteCard};
use super::reader::Reader;
use super::timeline::Timeline;
use crate::app::state::{Action, State};
use crate::app::url;
use crate::bundle;
use crate::extract::model::{Corpus, QuoteKind};
use crate::query::{CardRef, Facets, Index, Query, Results, Sort, View};

#[component]
pub fn App() -> Html {
    let corpus = use_memo((), |_| bundle::corpus().map(Rc::new));
    match &*corpus {
        Ok(corpus) => html! { <Explorer corpus={corpus.clone()} /> },
        Err(message) => html! { <p class="fatal-error" role="alert">{ message }</p> },
    }
}

#[derive(Properties, PartialEq)]
struct ExplorerProps {
    corpus: Rc<Corpus>,
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

    let panel_open = use_memo((), |_| {
        gloo::utils::window().inner_width().ok().and_then(|w| w.as_f64()).is_none_or(|w| w >= WIDE_SCREEN_PX)
    });
    let index = use_memo(corpus.clone(), |c| Index::new(c));
    let results = use_memo((index.clone(), state.query.clone()), |(i, q)| i.results(q));
    let facets = use_memo((index.clone(), state.query.clone()), |(i, q)| i.facets(q));
    let dispatch = state.dispatcher();
    let on_read = {
        let dispatch = dispatch.clone();
        Callback::from(move |(file, anchor): (String, String)| dispatch.dispatch(Action::OpenReader { file, anchor }))
    };

    let reading = state.query.read.as_ref().and_then(|f| corpus.articles.iter().position(|a| &a.file == f));
    {
        // The tab title says where the user is (the reader, or the results and their count).
        let title = match reading {
            Some(a) => format!("{} — newslens", corpus.articles[a].title),
            None => format!("{} — newslens", count_text(&results)),
        };
        use_effect_with(title, |title| gloo::utils::document().set_title(title));
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
                    <Reader corpus={corpus.clone()} {article} target={state.anchor.clone()}
                        back_href={url::href(&back_query, back_to.as_deref())} {on_back} />
                </main>
            }
        }
        None => results_view(corpus, &state, &results, &facets, &on_read),
    };

    html! {
        <div class={classes!("layout", reading.is_some().then_some("reading"))}>
            <a class="skip-link" href="#main">{ "Skip to the results" }</a>
            <header class="masthead">
                <h1>{ "newslens" }</h1>
                <p class="tagline">{ format!("Who said what, and what happened when: quotes and events from {} news articles", corpus.articles.len()) }</p>
            </header>
            if reading.is_none() {
                { filters(corpus, &state, &facets, &panel_open) }
            }
            { main }
        </div>
    }
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
        url::write(query, anchor.as_deref(), *history);
    });
}

/// After a change that names an element (a card, a reader sentence), scrolls to it and moves
/// the keyboard focus there.
#[hook]
fn use_focus_anchor(state: &UseReducerHandle<State>) {
    use_effect_with((state.anchor.clone(), state.query.read.clone()), |(anchor, _)| {
        let element = anchor.as_ref().and_then(|id| gloo::utils::document().get_element_by_id(id));
        if let Some(element) = element.and_then(|e| e.dyn_into::<HtmlElement>().ok()) {
            element.scroll_into_view();
            let _ = element.focus();
        }
    });
}

/// "(2 active)" after the Filters summary, so a closed panel still says filters apply.
fn active_note(q: &Query) -> String {
    let n = q.speakers.len() + q.kinds.len() + q.articles.len() + q.mentions.len() + usize::from(q.from.is_some() || q.to.is_some());
    if n == 0 { String::new() } else { format!(" ({n} active)") }
}

/// Screens this wide show the filter panel open at start; narrower ones show the cards first.
const WIDE_SCREEN_PX: f64 = 760.0;

fn filters(corpus: &Rc<Corpus>, state: &UseReducerHandle<State>, facets: &Facets, open: &bool) -> Html {
    let q = &state.query;
    let dispatch = state.dispatcher();
    let send = |make: fn(String) -> Action| {
        let dispatch = dispatch.clone();
        Callback::from(move |v: String| dispatch.dispatch(make(v)))
    };
    let speakers: Vec<FacetValue> = facets
        .speakers
        .iter()
        .map(|(name, count)| FacetValue { value: name.clone(), label: name.clone(), count: *count, checked: q.speakers.contains(name) })
        .collect();
    let kinds: Vec<FacetValue> = facets
        .kinds
        .iter()
        .map(|(k, count)| FacetValue { value: k.as_str().into(), label: kind_label(*k).into(), count: *count, checked: q.kinds.contains(k) })
        .collect();
    let articles: Vec<FacetValue> = facets
        .articles
        .iter()
        .map(|(file, count)| {
            let title = corpus.articles.iter().find(|a| &a.file == file).map_or(file.clone(), |a| a.title.clone());
            FacetValue { value: file.clone(), label: title, count: *count, checked: q.articles.contains(file) }
        })
        .collect();
    let mentions: Vec<FacetValue> = facets
        .mentions
        .iter()
        .map(|(name, count)| FacetValue { value: name.clone(), label: name.clone(), count: *count, checked: q.mentions.contains(name) })
        .collect();
    let on_clear_speakers = {
        let dispatch = dispatch.clone();
        Callback::from(move |_| dispatch.dispatch(Action::ClearSpeakers))
    };
    let on_kind = {
        let dispatch = dispatch.clone();
        Callback::from(move |v: String| {
            if let Some(kind) = QuoteKind::parse(&v) {
                dispatch.dispatch(Action::ToggleKind(kind));
            }
        })
    };
    let on_clear_all = {
        let dispatch = dispatch.clone();
        Callback::from(move |_| dispatch.dispatch(Action::ClearAll))
    };

    html! {
        <search class="filters" aria-label="Search and filter">
            { search_box(state) }
            <details class="facet-panel" open={*open}>
                <summary>{ "Filters" }{ active_note(q) }</summary>
            <Facet name="speaker" legend="Speakers" values={speakers} on_toggle={send(Action::ToggleSpeaker)}
                on_clear={on_clear_speakers} empty="No named speaker among these results." />
            <Facet name="kind" legend="Kind" values={kinds} on_toggle={on_kind} empty="" />
            { period_fields(state) }
            <Facet name="article" legend="Articles" values={articles} on_toggle={send(Action::ToggleArticle)}
                empty="No articles." />
            <Facet name="mention" legend="People and places mentioned" values={mentions}
                on_toggle={send(Action::ToggleMention)} empty="Nobody is named in these results." />
            </details>
            if q.is_filtered() {
                <button type="button" class="clear-all" onclick={on_clear_all}>{ "Clear all filters" }</button>
            }
        </search>
    }
}

fn search_box(state: &UseReducerHandle<State>) -> Html {
    let dispatch = state.dispatcher();
    let on_input = {
        let dispatch = dispatch.clone();
        Callback::from(move |e: InputEvent| {
            dispatch.dispatch(Action::SetText(e.target_unchecked_into::<HtmlInputElement>().value()))
        })
    };
    let on_submit = Callback::from(|e: SubmitEvent| e.prevent_default());
    html! {
        <form class="search-box" role="none" onsubmit={on_submit}>
            <label for="search-input">{ "Search quotes, speakers and events" }</label>
            <input id="search-input" type="search" name="q" autocomplete="off" spellcheck="false"
                placeholder="e.g. Peskov, ceasefire, Abu Dhabi" value={state.query.text.clone()} oninput={on_input} />
        </form>
    }
}

fn period_fields(state: &UseReducerHandle<State>) -> Html {
    let q = &state.query;
    let on_bound = |is_from: bool| {
        let dispatch = state.dispatcher();
        let (from, to) = (q.from.clone(), q.to.clone());
        Callback::from(move |e: Event| {
            let value = e.target_unchecked_into::<HtmlInputElement>().value();
            let value = (!value.is_empty()).then_some(value);
            let action = if is_from { Action::SetPeriod(value, to.clone()) } else { Action::SetPeriod(from.clone(), value) };
            dispatch.dispatch(action);
        })
    };
    let on_clear = {
        let dispatch = state.dispatcher();
        Callback::from(move |_| dispatch.dispatch(Action::SetPeriod(None, None)))
    };
    html! {
        <fieldset class="facet facet-period">
            <legend>{ "Period" }</legend>
            <div class="period-fields">
                <label>{ "From" }
                    <input type="date" id="period-from" value={q.from.clone().unwrap_or_default()} onchange={on_bound(true)} />
                </label>
                <label>{ "To" }
                    <input type="date" id="period-to" value={q.to.clone().unwrap_or_default()} onchange={on_bound(false)} />
                </label>
            </div>
            if q.from.is_some() || q.to.is_some() {
                <button type="button" class="link-button clear" onclick={on_clear}>{ "Clear period" }</button>
            }
        </fieldset>
    }
}

fn results_view(
    corpus: &Rc<Corpus>,
    state: &UseReducerHandle<State>,
    results: &Results,
    facets: &Facets,
    on_read: &Callback<(String, String)>,
) -> Html {
    let q = &state.query;
    let dispatch = state.dispatcher();
    let view_button = |view: View| {
        let dispatch = dispatch.clone();
        let pressed = q.view == view;
        let label = match view {
            View::All => "All",
            View::Quotes => "Quotes",
            View::Events => "Events",
        };
        html! {
            <button type="button" aria-pressed={pressed.to_string()} data-view={view.as_str()}
                onclick={Callback::from(move |_| dispatch.dispatch(Action::SetView(view)))}>
                { label }
            </button>
        }
    };
    let on_sort = {
        let dispatch = dispatch.clone();
        Callback::from(move |e: Event| {
            let value = e.target_unchecked_into::<HtmlSelectElement>().value();
            dispatch.dispatch(Action::SetSort(Sort::parse(&value).unwrap_or_default()));
        })
    };
    let on_period = {
        let dispatch = dispatch.clone();
        Callback::from(move |p: Option<(String, String)>| {
            let (from, to) = p.unzip();
            dispatch.dispatch(Action::SetPeriod(from, to));
        })
    };
    let search: AttrValue = q.text.clone().into();
    let card = |card: &CardRef| {
        let key = card.id();
        match card {
            CardRef::Quote((a, i)) => {
                let href = reader_href(corpus, q, *a, &format!("r-q-{a}-{i}"));
                html! {
                    <li {key}>
                        <QuoteCard corpus={corpus.clone()} item={(*a, *i)} search={search.clone()}
                            reader_href={href} on_read={on_read.clone()} />
                    </li>
                }
            }
            CardRef::Event(members) => {
                let hrefs: Vec<AttrValue> =
                    members.iter().map(|&(a, i)| reader_href(corpus, q, a, &format!("r-e-{a}-{i}")).into()).collect();
                html! {
                    <li {key}>
                        <EventCard corpus={corpus.clone()} members={members.clone()} search={search.clone()}
                            reader_hrefs={hrefs} on_read={on_read.clone()} />
                    </li>
                }
            }
        }
    };

    html! {
        <main id="main" class="results" tabindex="-1">
            <h2 class="visually-hidden">{ "Results" }</h2>
            <div class="toolbar">
                <div class="views" role="group" aria-label="Show">
                    { for View::ALL.into_iter().map(view_button) }
                </div>
                <label class="sort">{ "Sort by " }
                    <select id="sort" onchange={on_sort}>
                        <option value="article" selected={q.sort == Sort::Article}>{ "article order" }</option>
                        <option value="date" selected={q.sort == Sort::Date}>{ "date" }</option>
                    </select>
                </label>
                <p class="count" role="status">{ count_text(results) }</p>
            </div>
            if q.view.shows_events() && !facets.timeline.is_empty() {
                <Timeline years={facets.timeline.clone()} from={q.from.clone()} to={q.to.clone()} on_select={on_period} />
            }
            if results.cards.is_empty() {
                { empty_state(state) }
            }
            <ol class="cards">
                { for results.cards.iter().map(card) }
            </ol>
        </main>
    }
}

fn reader_href(corpus: &Corpus, q: &Query, article: usize, anchor: &str) -> String {
    let query = Query { read: Some(corpus.articles[article].file.clone()), ..q.clone() };
    url::href(&query, Some(anchor))
}

fn count_text(results: &Results) -> String {
    let plural = |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
    format!("{}, {}", plural(results.quotes, "quote", "quotes"), plural(results.events, "event", "events"))
}

/// Says why nothing is shown and offers the one click that fixes it.
fn empty_state(state: &UseReducerHandle<State>) -> Html {
    let q = &state.query;
    let dispatch = state.dispatcher();
    let what = match q.view {
        View::Quotes => "quotes",
        View::Events => "events",
        View::All => "quotes or events",
    };
    let by = if q.speakers.is_empty() { String::new() } else { format!(" by {}", q.speakers.join(" or ")) };
    let text = q.text.trim();
    let (message, button, action): (String, &str, Action) = if !text.is_empty() {
        (format!("No {what}{by} match “{text}”."), "Clear the search", Action::SetText(String::new()))
    } else if q.is_filtered() {
        (format!("No {what}{by} match these filters."), "Clear all filters", Action::ClearAll)
    } else if q.view != View::All {
        (format!("These articles have no {what} yet."), "Show everything", Action::SetView(View::All))
    } else {
        return html! { <p class="empty">{ "These articles have no quotes or events yet." }</p> };
    };
    let action = std::cell::Cell::new(Some(action));
    let onclick = Callback::from(move |_| {
        if let Some(a) = action.take() {
            dispatch.dispatch(a);
        }
    });
    html! {
        <div class="empty" id="empty-state">
            <p>{ message }</p>
            <button type="button" {onclick}>{ button }</button>
        </div>
    }
}
