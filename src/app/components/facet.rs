//! One facet: a fieldset of native checkboxes with counts. A long list shows its top values and
//! a "Find…" box that searches all of them, so the page stays small with thousands of values.

use std::rc::Rc;

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::extract::case::to_lower;

/// Lists longer than this get a box to filter them by name.
const SEARCHABLE_FROM: usize = 8;
/// Values shown before the reader searches (the most frequent ones, and the checked ones): as
/// many as a first screen's counts list.
const TOP: usize = crate::query::TOP_VALUES;
/// Matches shown for a search in the list: enough to choose from, few enough to stay fast.
const MATCHES: usize = 30;

#[derive(Clone, PartialEq, Eq)]
pub struct FacetValue {
    /// What goes into the URL and the query.
    pub value: AttrValue,
    pub label: AttrValue,
    pub count: usize,
}

#[derive(Properties, PartialEq)]
pub struct FacetProps {
    /// Short machine name: `speaker`, `kind`, … (input names and ids).
    pub name: AttrValue,
    pub legend: AttrValue,
    /// Every value, most frequent first (shared, so a re-render does not copy them, and the
    /// same list as before compares by pointer: a click in another facet that leaves these
    /// counts alone does not re-render this one).
    pub values: Rc<Vec<FacetValue>>,
    /// The checked values (the query's), apart from the list: checking one does not rebuild it.
    pub selected: Rc<Vec<String>>,
    pub on_toggle: Callback<String>,
    #[prop_or_default]
    pub on_clear: Option<Callback<()>>,
    /// Shown when there is no value at all.
    pub empty: AttrValue,
    /// A line under the values about those not shown yet (a speaker's slice: the others come
    /// with the whole corpus).
    #[prop_or_default]
    pub note: Option<AttrValue>,
    /// Values with a count that `values` leaves out (a first screen's lists hold the top ones).
    #[prop_or_default]
    pub unlisted: usize,
    /// Asked when the reader searches a list that leaves values out: the whole corpus has them.
    #[prop_or_default]
    pub on_find_unlisted: Callback<()>,
}

#[component]
pub fn Facet(props: &FacetProps) -> Html {
    let filter = use_state(String::new);
    let searchable = props.values.len() + props.unlisted > SEARCHABLE_FROM;
    let needle = crate::query::fold(filter.trim());
    let limit = if needle.is_empty() { TOP } else { MATCHES };
    let matching = |v: &FacetValue| needle.is_empty() || crate::query::fold(&v.label).contains(&needle);
    let checked = |v: &FacetValue| props.selected.iter().any(|s| **s == *v.value);
    // The checked values first, in list order (the index keeps every selected value listed).
    let mut shown: Vec<(&FacetValue, bool)> =
        if props.selected.is_empty() { Vec::new() } else { props.values.iter().filter(|v| checked(v)).map(|v| (v, true)).collect() };
    // Until the whole corpus is here, those left out are more to find, whatever the search.
    let mut hidden = props.unlisted;
    for v in props.values.iter().filter(|v| (props.selected.is_empty() || !checked(v)) && matching(v)) {
        if shown.len() < limit { shown.push((v, false)) } else { hidden += 1 }
    }
    // The top values are listed whole (long names wrap: in a box of fixed height, some of the
    // ten were hidden below its edge); the matches of a "Find…", up to 30, scroll.
    let scrolls = shown.len() > TOP;
    let any_checked = !props.selected.is_empty();
    let filter_id = format!("facet-filter-{}", props.name);
    let on_filter = {
        let (filter, unlisted, on_find_unlisted) = (filter.clone(), props.unlisted, props.on_find_unlisted.clone());
        Callback::from(move |e: InputEvent| {
            if unlisted > 0 {
                on_find_unlisted.emit(());
            }
            filter.set(e.target_unchecked_into::<HtmlInputElement>().value())
        })
    };

    html! {
        <fieldset class={classes!("facet", format!("facet-{}", props.name))}>
            <legend>{ &props.legend }</legend>
            if searchable {
                <label class="facet-filter" for={filter_id.clone()}>
                    <span class="visually-hidden">{ format!("Filter {}", to_lower(&props.legend)) }</span>
                    <input id={filter_id} type="search" placeholder={format!("Find {}…", to_lower(&props.legend))}
                        autocomplete="off" value={(*filter).clone()} oninput={on_filter} />
                </label>
            }
            if props.values.is_empty() {
                <p class="facet-empty">{ &props.empty }</p>
            } else if shown.is_empty() {
                <p class="facet-empty">{ format!("No {} match {}.", to_lower(&props.legend), crate::query::quoted(filter.trim())) }</p>
            }
            <ul class={classes!("facet-values", scrolls.then_some("scrolls"))}>
                { for shown.into_iter().map(|(v, checked)| value_item(&props.name, v, checked, &props.on_toggle)) }
            </ul>
            if hidden > 0 {
                <p class="facet-more">{ format!("{} more: type in “Find {}…” to see them", crate::cards::figure(hidden), to_lower(&props.legend)) }</p>
            }
            if let Some(note) = &props.note {
                <p class="facet-more facet-note">{ note }</p>
            }
            if let (true, Some(on_clear)) = (any_checked, props.on_clear.clone()) {
                <button type="button" class="link-button clear"
                    onclick={Callback::from(move |_| on_clear.emit(()))}>
                    { format!("Clear {}", to_lower(&props.legend)) }
                </button>
            }
        </fieldset>
    }
}

fn value_item(name: &str, v: &FacetValue, checked: bool, on_toggle: &Callback<String>) -> Html {
    let on_toggle = on_toggle.clone();
    let value = v.value.to_string();
    let noun = if v.count == 1 { "result" } else { "results" };
    html! {
        <li key={v.value.to_string()} class={classes!((v.count == 0 && !checked).then_some("zero"))}>
            <label>
                <input type="checkbox" name={name.to_string()} value={v.value.clone()} {checked}
                    onchange={Callback::from(move |_| on_toggle.emit(value.clone()))} />
                <span class="facet-label">{ &v.label }</span>{ " " }
                <span class="facet-count">
                    { v.count }<span class="visually-hidden">{ format!(" {noun}") }</span>
                </span>
            </label>
        </li>
    }
}
