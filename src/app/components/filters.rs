//! The filter panel: the search box, the facets and the period, inside a `<search>` landmark.

use std::rc::Rc;

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::facet::{Facet, FacetValue};
use super::quote_card::kind_label;
use crate::app::state::{Action, State};
use crate::extract::model::{Corpus, QuoteKind};
use crate::query::{Facets, Query};

/// "(2 active)" after the Filters summary, so a closed panel still says filters apply.
fn active_note(q: &Query) -> String {
    let n = q.speakers.len() + q.kinds.len() + q.articles.len() + q.mentions.len() + usize::from(q.from.is_some() || q.to.is_some());
    if n == 0 { String::new() } else { format!(" ({n} active)") }
}

/// Screens this wide show the filter panel open at start; narrower ones show the cards first.
pub const WIDE_SCREEN_PX: f64 = 760.0;

pub fn filters(corpus: &Rc<Corpus>, state: &UseReducerHandle<State>, facets: &Facets, open: &bool) -> Html {
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
            <Facet name="mention" legend="Mentioned" values={mentions}
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

