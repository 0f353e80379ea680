//! The filter panel: the search box, the facets and the period, inside a `<search>` landmark.

use std::rc::Rc;

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::facet::{Facet, FacetValue};
use crate::cards::kind_label;
use crate::app::state::{Action, State};
use crate::extract::model::QuoteKind;
use crate::query::{Facets, Index, Query};

/// "(2 active)" after the Filters summary, so a closed panel still says filters apply.
fn active_note(q: &Query) -> String {
    let n = q.speakers.len() + q.kinds.len() + q.articles.len() + q.mentions.len() + usize::from(q.from.is_some() || q.to.is_some());
    if n == 0 { String::new() } else { format!(" ({n} active)") }
}

/// Screens this wide show the filter panel open at start; narrower ones show the cards first.
pub const WIDE_SCREEN_PX: f64 = 760.0;

/// Every facet's values with their labels, each list rebuilt only when its counts change: the
/// facet just clicked keeps the very list of the index (`Facets` shares it), so its values are
/// not made again, and a facet whose props are unchanged is not rendered again.
pub struct FacetLists {
    speakers: Rc<Vec<FacetValue>>,
    kinds: Rc<Vec<FacetValue>>,
    articles: Rc<Vec<FacetValue>>,
    mentions: Rc<Vec<FacetValue>>,
    /// The values the lists leave out (a first screen's: the whole corpus has them).
    unlisted: crate::query::Unlisted,
}

#[hook]
pub fn use_facet_lists(index: &Rc<Index>, facets: &Facets) -> FacetLists {
    let named = |values: &Rc<Vec<(Rc<str>, usize)>>| -> Vec<FacetValue> {
        let value = |(name, count): &(Rc<str>, usize)| FacetValue { value: AttrValue::Rc(name.clone()), label: AttrValue::Rc(name.clone()), count: *count };
        values.iter().map(value).collect()
    };
    let speakers = use_memo(facets.speakers.clone(), named);
    let mentions = use_memo(facets.mentions.clone(), named);
    let kinds = use_memo(facets.kinds.clone(), |kinds| {
        kinds.iter().map(|(k, count)| FacetValue { value: k.as_str().into(), label: kind_label(*k).into(), count: *count }).collect()
    });
    let articles = use_memo((index.clone(), facets.articles.clone()), |(index, articles)| {
        let value = |(file, count): &(String, usize)| {
            let title = index.title(file).unwrap_or(file);
            FacetValue { value: file.clone().into(), label: title.to_string().into(), count: *count }
        };
        articles.iter().map(value).collect()
    });
    FacetLists { speakers, kinds, articles, mentions, unlisted: facets.unlisted }
}

/// The facets' callbacks, made once: a new callback at every render would make every facet
/// render again.
pub struct FacetCallbacks {
    speaker: Callback<String>,
    kind: Callback<String>,
    article: Callback<String>,
    mention: Callback<String>,
    clear_speakers: Callback<()>,
}

#[hook]
pub fn use_facet_callbacks(state: &UseReducerHandle<State>) -> Rc<FacetCallbacks> {
    let dispatch = state.dispatcher();
    use_memo((), move |_| {
        let send = |make: fn(String) -> Action| {
            let dispatch = dispatch.clone();
            Callback::from(move |v: String| dispatch.dispatch(make(v)))
        };
        let kind = {
            let dispatch = dispatch.clone();
            Callback::from(move |v: String| {
                if let Some(kind) = QuoteKind::parse(&v) {
                    dispatch.dispatch(Action::ToggleKind(kind));
                }
            })
        };
        let clear_speakers = {
            let dispatch = dispatch.clone();
            Callback::from(move |_| dispatch.dispatch(Action::ClearSpeakers))
        };
        FacetCallbacks { speaker: send(Action::ToggleSpeaker), kind, article: send(Action::ToggleArticle), mention: send(Action::ToggleMention), clear_speakers }
    })
}

/// The filter panel. `partial`: the page shows a speaker's slice, which counts no other speaker
/// (`App`): the speaker facet says the others are coming. `on_need_whole`: a search in a list
/// that leaves values out (a first screen's) asks for the whole corpus.
pub fn filters(lists: &FacetLists, callbacks: &FacetCallbacks, state: &UseReducerHandle<State>, open: &bool, partial: bool, on_need_whole: &Callback<()>) -> Html {
    let q = &state.query;
    let dispatch = state.dispatcher();
    let FacetLists { speakers, kinds, articles, mentions, unlisted } = lists;
    let (speakers, kinds, articles, mentions) = (speakers.clone(), kinds.clone(), articles.clone(), mentions.clone());
    let FacetCallbacks { speaker, kind, article, mention, clear_speakers } = callbacks;
    let selected_kinds: Vec<String> = q.kinds.iter().map(|k| k.as_str().to_string()).collect();
    let on_clear_all = {
        let dispatch = dispatch.clone();
        Callback::from(move |_| dispatch.dispatch(Action::ClearAll))
    };

    html! {
        <search class="filters" aria-label="Search and filter">
            { search_box(state, on_need_whole) }
            <details class="facet-panel" open={*open}>
                <summary>{ "Filters" }{ active_note(q) }</summary>
            <Facet name="speaker" legend="Speakers" values={speakers} selected={Rc::new(q.speakers.clone())} on_toggle={speaker.clone()}
                on_clear={clear_speakers.clone()} empty="No named speaker among these results."
                unlisted={unlisted.speakers} on_find_unlisted={on_need_whole.clone()}
                note={partial.then_some(AttrValue::Static("The other speakers come with the rest of the articles…"))} />
            <Facet name="kind" legend="Kind" values={kinds} selected={Rc::new(selected_kinds)} on_toggle={kind.clone()} empty="" />
            { period_fields(state) }
            <Facet name="article" legend="Articles" values={articles} selected={Rc::new(q.articles.clone())} on_toggle={article.clone()}
                empty="No articles." unlisted={unlisted.articles} on_find_unlisted={on_need_whole.clone()} />
            <Facet name="mention" legend="Mentioned" values={mentions} selected={Rc::new(q.mentions.clone())}
                on_toggle={mention.clone()} empty="Nobody is named in these results." unlisted={unlisted.mentions}
                on_find_unlisted={on_need_whole.clone()} />
            </details>
            if q.is_filtered() {
                <button type="button" class="clear-all" onclick={on_clear_all}>{ "Clear all filters" }</button>
            }
        </search>
    }
}

fn search_box(state: &UseReducerHandle<State>, on_need_whole: &Callback<()>) -> Html {
    let dispatch = state.dispatcher();
    let on_search = Callback::from(move |text: String| dispatch.dispatch(Action::SetText(text)));
    html! { <SearchBox text={state.query.text.clone()} {on_search} on_typing={on_need_whole.clone()} /> }
}

/// Typing waits this long for the next key before searching, so a word typed at a normal pace
/// is one search, not one per letter.
const SEARCH_DELAY_MS: u32 = 180;

#[derive(Properties, PartialEq)]
struct SearchBoxProps {
    /// The search in the query (the URL); the box follows it on back/forward.
    text: String,
    on_search: Callback<String>,
    /// At each keystroke, before the typing pause, and when a pointer presses the box (the
    /// reader is about to type, as Pagefind's box loads its index on focus): a search needs the
    /// whole corpus, whose download (on a page started from a slice) then starts before the
    /// first key. Not on a focus from the keyboard, which may only be passing by.
    on_typing: Callback<()>,
}

/// The search box: its own text while typing, the query's search once the typing pauses (or at
/// Enter).
#[component]
fn SearchBox(props: &SearchBoxProps) -> Html {
    let draft = use_state(|| props.text.clone());
    let pending = use_mut_ref(|| None::<gloo::timers::callback::Timeout>);
    {
        let draft = draft.clone();
        use_effect_with(props.text.clone(), move |text| {
            if *draft != *text {
                draft.set(text.clone());
            }
        });
    }
    let on_input = {
        let (draft, pending, on_search, on_typing) = (draft.clone(), pending.clone(), props.on_search.clone(), props.on_typing.clone());
        Callback::from(move |e: InputEvent| {
            let text = e.target_unchecked_into::<HtmlInputElement>().value();
            if !text.trim().is_empty() {
                on_typing.emit(());
            }
            draft.set(text.clone());
            let on_search = on_search.clone();
            // Replacing the timeout cancels the previous one.
            *pending.borrow_mut() =
                Some(gloo::timers::callback::Timeout::new(SEARCH_DELAY_MS, move || on_search.emit(text)));
        })
    };
    let on_press = props.on_typing.reform(|_: PointerEvent| ());
    let on_submit = {
        let (draft, pending, on_search) = (draft.clone(), pending.clone(), props.on_search.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            pending.borrow_mut().take();
            on_search.emit((*draft).clone());
        })
    };
    html! {
        <form class="search-box" role="none" onsubmit={on_submit}>
            <label for="search-input">{ "Search quotes, speakers and events" }</label>
            <input id="search-input" type="search" name="q" autocomplete="off" spellcheck="false"
                placeholder={"e.g. Peskov, ceasefire, \"Abu Dhabi\""} value={(*draft).clone()} oninput={on_input} onpointerdown={on_press} />
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

