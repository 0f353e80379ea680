//! Events over time as a histogram: a bar per year, and the months of a chosen year. Choosing a
//! bar filters the cards to its period. The bars are one keyboard stop (arrow keys, Home, End move
//! between them), each says its period and count in words, and a table gives the same figures.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::HtmlElement;
use yew::prelude::*;

use crate::query::{days_in_month, labelled_years, month_name, years_gap, YearBucket, LABELLED_YEARS};

#[derive(Properties, PartialEq)]
pub struct TimelineProps {
    /// Shared with the facet counts: an unchanged timeline compares by pointer.
    pub years: Rc<Vec<YearBucket>>,
    /// Kept in the page but not shown (the query has no dated event: see `results::KeptTimeline`).
    #[prop_or_default]
    pub hidden: bool,
    pub from: Option<String>,
    pub to: Option<String>,
    /// Sets the period to `(from, to)`, ISO days; `None` clears it.
    pub on_select: Callback<Option<(String, String)>>,
}

/// One bar: its label, period, count, and the period a second press goes back to.
struct Bar {
    label: String,
    /// Said after the label to screen readers (a month's year).
    spoken_suffix: Option<String>,
    period: (String, String),
    count: usize,
    back_to: Option<(String, String)>,
    tick: bool,
    /// Empty periods (years or months without events) drawn before this bar, so the axis is
    /// time: bars stand where their period is.
    gap_before: usize,
}

#[component]
pub fn Timeline(props: &TimelineProps) -> Html {
    // A chosen period inside one year opens that year's months.
    let open_year = match (&props.from, &props.to) {
        (Some(f), Some(t)) if f.get(..4) == t.get(..4) => props.years.iter().find(|y| f.starts_with(&format!("{}-", y.year))),
        _ => None,
    };
    let labelled = labelled_years(&props.years.iter().map(|y| y.year).collect::<Vec<_>>());
    let years: Vec<Bar> = props
        .years
        .iter()
        .zip(labelled)
        .enumerate()
        .map(|(n, (y, tick))| Bar {
            label: y.year.to_string(),
            spoken_suffix: None,
            period: year_bounds(y.year),
            count: y.count,
            back_to: None,
            tick,
            gap_before: years_gap(n.checked_sub(1).map(|p| props.years[p].year), y.year),
        })
        .collect();
    let months: Vec<Bar> = open_year
        .map(|y| {
            y.months
                .iter()
                .enumerate()
                .map(|(i, &(m, n))| Bar {
                    label: month_name(m).to_string(),
                    spoken_suffix: Some(format!(" {}", y.year)),
                    period: (format!("{}-{m:02}-01", y.year), format!("{}-{m:02}-{:02}", y.year, days_in_month(y.year, m))),
                    count: n,
                    back_to: Some(year_bounds(y.year)),
                    tick: true,
                    gap_before: years_gap(i.checked_sub(1).map(|p| y.months[p].0), m),
                })
                .collect()
        })
        .unwrap_or_default();
    let current = (props.from.clone(), props.to.clone());
    let table_open = use_state(|| false);
    let on_table_toggle = {
        let table_open = table_open.clone();
        Callback::from(move |e: Event| {
            let open = e.target_dyn_into::<web_sys::HtmlDetailsElement>().is_some_and(|d| d.open());
            table_open.set(open);
        })
    };
    let table_rows = props.years.iter().map(|y| html! {
        <tr key={y.year}><th scope="row">{ y.year }</th><td>{ y.count }</td></tr>
    });

    html! {
        <section class="timeline" aria-labelledby="timeline-heading" hidden={props.hidden}>
            <h2 id="timeline-heading">{ "Timeline" }</h2>
            { histogram("years", "Events per year", &years, &current, &props.on_select) }
            if let Some(y) = open_year.filter(|y| !y.months.is_empty()) {
                { histogram("months", &format!("Events per month of {}", y.year), &months, &current, &props.on_select) }
            }
            // The rows exist only while the table is open: a century of years stays out of the DOM.
            <details class="timeline-table" ontoggle={on_table_toggle}>
                <summary>{ "Events per year as a table" }</summary>
                if *table_open {
                    <table>
                        <thead><tr><th scope="col">{ "Year" }</th><th scope="col">{ "Events" }</th></tr></thead>
                        <tbody>{ for table_rows }</tbody>
                    </table>
                }
            </details>
        </section>
    }
}

fn histogram(class: &'static str, label: &str, bars: &[Bar], current: &(Option<String>, Option<String>), on_select: &Callback<Option<(String, String)>>) -> Html {
    let max = bars.iter().map(|b| b.count).max().unwrap_or(1).max(1);
    let pressed_at = bars.iter().position(|b| *current == (Some(b.period.0.clone()), Some(b.period.1.clone())));
    // One tab stop: the pressed bar, else the first.
    let stop = pressed_at.unwrap_or(0);
    let crowded = bars.len() > LABELLED_YEARS;
    let bar = |(n, b): (usize, &Bar)| {
        let pressed = pressed_at == Some(n);
        let on_select = on_select.clone();
        let choice = if pressed { b.back_to.clone() } else { Some(b.period.clone()) };
        // Tenths as classes: the page runs under a CSP without style attributes.
        let share = format!("share-{}", (b.count * 10).div_ceil(max).min(10));
        html! {
            <li key={b.label.clone()} class={classes!("bar", b.tick.then_some("tick"))}>
                <button type="button" class="period" aria-pressed={pressed.to_string()}
                    tabindex={if n == stop { "0" } else { "-1" }}
                    onclick={Callback::from(move |_| on_select.emit(choice.clone()))}>
                    // Read label first; drawn bottom-up (count on top) by the stylesheet.
                    // Crowded histograms draw only some labels and no counts; every bar still
                    // says both to a screen reader.
                    <span class="period-label"><span class={classes!((!b.tick).then_some("visually-hidden"))}>{ &b.label }</span>
                        if let Some(suffix) = &b.spoken_suffix { <span class="visually-hidden">{ suffix }</span> }</span>
                    <span class={classes!("period-bar", share)} aria-hidden="true"></span>
                    <span class="period-count"><span class={classes!(crowded.then_some("visually-hidden"))}>{ b.count }</span>
                        <span class="visually-hidden">{ events_word(b.count) }</span></span>
                </button>
            </li>
        }
    };
    // One flat keyed list: the empty periods, then each bar.
    let mut items: Vec<Html> = Vec::new();
    for (n, b) in bars.iter().enumerate() {
        items.extend((0..b.gap_before).map(|g| html! { <li key={format!("gap-{}-{g}", b.label)} class="bar gap" aria-hidden="true"></li> }));
        items.push(bar((n, b)));
    }
    html! {
        <ol class={classes!("histogram", class)} aria-label={label.to_string()} onkeydown={Callback::from(move_between_bars)}>
            { for items }
        </ol>
    }
}

/// Arrow keys, Home and End move the focus (and the tab stop) between the bars of a histogram.
fn move_between_bars(e: KeyboardEvent) {
    // Yew delegates events to the app's root, so the list is found from the target, not from
    // `current_target`.
    let target = e.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok());
    let Some(list) = target.and_then(|t| t.closest("ol.histogram").ok().flatten()) else { return };
    let buttons = list.query_selector_all("button").ok();
    let Some(buttons) = buttons else { return };
    let len = buttons.length();
    let focused = gloo::utils::document().active_element();
    let at = (0..len).find(|&i| buttons.item(i).map(|b| b.dyn_into::<web_sys::Element>().ok()) == Some(focused.clone()));
    let Some(at) = at else { return };
    let next = match e.key().as_str() {
        "ArrowRight" | "ArrowDown" => (at + 1).min(len - 1),
        "ArrowLeft" | "ArrowUp" => at.saturating_sub(1),
        "Home" => 0,
        "End" => len - 1,
        _ => return,
    };
    e.prevent_default();
    let button = |i: u32| buttons.item(i).and_then(|b| b.dyn_into::<HtmlElement>().ok());
    if let (Some(from), Some(to)) = (button(at), button(next)) {
        let _ = from.set_attribute("tabindex", "-1");
        let _ = to.set_attribute("tabindex", "0");
        let _ = to.focus();
    }
}

/// Empty periods between the one before (if any) and `at`, when few enough to draw.
fn year_bounds(year: u32) -> (String, String) {
    (format!("{year}-01-01"), format!("{year}-12-31"))
}

fn events_word(n: usize) -> &'static str {
    if n == 1 { " event" } else { " events" }
}
