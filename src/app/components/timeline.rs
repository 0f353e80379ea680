//! Events on a time axis, by year and month; choosing a period filters the cards.

use yew::prelude::*;

use crate::query::{days_in_month, month_name, YearBucket};

#[derive(Properties, PartialEq)]
pub struct TimelineProps {
    pub years: Vec<YearBucket>,
    pub from: Option<String>,
    pub to: Option<String>,
    /// Sets the period to `(from, to)`, ISO days; `None` clears it.
    pub on_select: Callback<Option<(String, String)>>,
}

#[component]
pub fn Timeline(props: &TimelineProps) -> Html {
    let max = props.years.iter().map(|y| y.count).max().unwrap_or(1).max(1);
    let current = (props.from.clone(), props.to.clone());
    let button = |label: Html, from: String, to: String, count: usize, class: &'static str| {
        let pressed = current == (Some(from.clone()), Some(to.clone()));
        let on_select = props.on_select.clone();
        let choice = if pressed { None } else { Some((from, to)) };
        // Tenths as classes: the page runs under a CSP without style attributes.
        let share = format!("share-{}", (count * 10).div_ceil(max).min(10));
        html! {
            <button type="button" class={classes!("period", class)} aria-pressed={pressed.to_string()}
                onclick={Callback::from(move |_| on_select.emit(choice.clone()))}>
                <span class="period-label">{ label }</span>{ " " }
                <span class={classes!("period-bar", share)} aria-hidden="true"></span>
                <span class="period-count">{ count }<span class="visually-hidden">{ events_word(count) }</span></span>
            </button>
        }
    };

    html! {
        <section class="timeline" aria-labelledby="timeline-heading">
            <h2 id="timeline-heading">{ "Timeline" }</h2>
            if props.years.is_empty() {
                <p class="facet-empty">{ "No dated events match the other filters." }</p>
            }
            <ol class="years">
                { for props.years.iter().map(|y| html! {
                    <li key={y.year}>
                        { button(html! { { y.year } }, format!("{}-01-01", y.year), format!("{}-12-31", y.year), y.count, "year") }
                        if !y.months.is_empty() {
                            <ol class="months">
                                { for y.months.iter().map(|&(m, n)| html! {
                                    <li key={m}>
                                        { button(html! { <>{ month_name(m) }<span class="visually-hidden">{ format!(" {}", y.year) }</span></> }, format!("{}-{m:02}-01", y.year),
                                            format!("{}-{m:02}-{:02}", y.year, days_in_month(y.year, m)), n, "month") }
                                    </li>
                                }) }
                            </ol>
                        }
                    </li>
                }) }
            </ol>
        </section>
    }
}

fn events_word(n: usize) -> &'static str {
    if n == 1 { " event" } else { " events" }
}
