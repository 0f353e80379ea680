//! One facet: a fieldset of native checkboxes with counts. A long list shows its top values and
//! a "Find…" box that searches all of them, so the page stays small with thousands of values.

use std::rc::Rc;

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::extract::case::to_lower;

/// Lists longer than this get a box to filter them by name.
const SEARCHABLE_FROM: usize = 8;
/// Values shown before the reader searches (the most frequent ones, and the checked ones).
const TOP: usize = 10;
/// Matches shown for a search in the list: enough to choose from, few enough to stay fast.
const MATCHES: usize = 30;

#[derive(Clone, PartialEq, Eq)]
pub struct FacetValue {
    /// What goes into the URL and the query.
    pub value: AttrValue,
    pub label: AttrValue,
    pub count: usize,
    pub checked: bool,
}

#[derive(Properties, PartialEq)]
pub struct FacetProps {
    /// Short machine name: `speaker`, `kind`, … (input names and ids).
    pub name: AttrValue,
    pub legend: AttrValue,
    /// Every value, most frequent first (shared, so a re-render does not copy them).
    pub values: Rc<Vec<FacetValue>>,
    pub on_toggle: Callback<String>,
    #[prop_or_default]
    pub on_clear: Option<Callback<()>>,
    /// Shown when there is no value at all.
    pub empty: AttrValue,
}

#[component]
pub fn Facet(props: &FacetProps) -> Html {
    let filter = use_state(String::new);
    let searchable = props.values.len() > SEARCHABLE_FROM;
    let needle = crate::query::fold(filter.trim());
    let limit = if needle.is_empty() { TOP } else { MATCHES };
    let matching = |v: &FacetValue| needle.is_empty() || crate::query::fold(&v.label).contains(&needle);
    let mut shown: Vec<&FacetValue> = props.values.iter().filter(|v| v.checked).collect();
    let mut hidden = 0;
    for v in props.values.iter().filter(|v| !v.checked && matching(v)) {
        if shown.len() < limit { shown.push(v) } else { hidden += 1 }
    }
    let any_checked = props.values.iter().any(|v| v.checked);
    let filter_id = format!("facet-filter-{}", props.name);
    let on_filter = {
        let filter = filter.clone();
        Callback::from(move |e: InputEvent| filter.set(e.target_unchecked_into::<HtmlInputElement>().value()))
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
                <p class="facet-empty">{ format!("No {} match “{}”.", to_lower(&props.legend), filter.trim()) }</p>
            }
            <ul class="facet-values">
                { for shown.into_iter().map(|v| value_item(&props.name, v, &props.on_toggle)) }
            </ul>
            if hidden > 0 {
                <p class="facet-more">{ format!("{hidden} more: type in “Find {}…” to see them", to_lower(&props.legend)) }</p>
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

fn value_item(name: &str, v: &FacetValue, on_toggle: &Callback<String>) -> Html {
    let on_toggle = on_toggle.clone();
    let value = v.value.to_string();
    let noun = if v.count == 1 { "result" } else { "results" };
    html! {
        <li key={v.value.to_string()} class={classes!((v.count == 0 && !v.checked).then_some("zero"))}>
            <label>
                <input type="checkbox" name={name.to_string()} value={v.value.clone()} checked={v.checked}
                    onchange={Callback::from(move |_| on_toggle.emit(value.clone()))} />
                <span class="facet-label">{ &v.label }</span>{ " " }
                <span class="facet-count">
                    { v.count }<span class="visually-hidden">{ format!(" {noun}") }</span>
                </span>
            </label>
        </li>
    }
}
