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
    let current = (props.from.clone(), props.to.clone());
    // A chosen period inside one year opens that year's months.
    let open_year = match (&props.from, &props.to) {
        (Some(f), Some(t)) if f.get(..4) == t.get(..4) => props.years.iter().find(|y| f.starts_with(&format!("{}-", y.year))),
        _ => None,
    };
    let button = |label: Html, period: (String, String), count: usize, max: usize, unpressed: Option<(String, String)>| {
        let pressed = current == (Some(period.0.clone()), Some(period.1.clone()));
        let on_select = props.on_select.clone();
        let choice = if pressed { unpressed } else { Some(period) };
        // Tenths as classes: the page runs under a CSP without style attributes.
        let share = format!("share-{}", (count * 10).div_ceil(max.max(1)).min(10));
        html! {
            <button type="button" class="period" aria-pressed={pressed.to_string()}
                onclick={Callback::from(move |_| on_select.emit(choice.clone()))}>
                <span class="period-label">{ label }</span>{ " " }
                <span class={classes!("period-bar", share)} aria-hidden="true"></span>
                <span class="period-count">{ count }<span class="visually-hidden">{ events_word(count) }</span></span>
            </button>
        }
    };
    let year_max = props.years.iter().map(|y| y.count).max().unwrap_or(1);

    html! {
        <section class="timeline" aria-labelledby="timeline-heading">
            <h2 id="timeline-heading">{ "Timeline" }</h2>
            <ol class="years" aria-label="Years">
                { for props.years.iter().map(|y| html! {
                    <li key={y.year} class="year">
                        { button(html! { { y.year } }, year_bounds(y.year), y.count, year_max, None) }
                    </li>
                }) }
            </ol>
            if let Some(y) = open_year.filter(|y| !y.months.is_empty()) {
                <ol class="months" aria-label={format!("Months of {}", y.year)}>
                    { for y.months.iter().map(|&(m, n)| {
                        let month_max = y.months.iter().map(|(_, c)| *c).max().unwrap_or(1);
                        let label = html! { <>{ month_name(m) }<span class="visually-hidden">{ format!(" {}", y.year) }</span></> };
                        let period = (format!("{}-{m:02}-01", y.year), format!("{}-{m:02}-{:02}", y.year, days_in_month(y.year, m)));
                        html! { <li key={m} class="month">{ button(label, period, n, month_max, Some(year_bounds(y.year))) }</li> }
                    }) }
                </ol>
            }
        </section>
    }
}

fn year_bounds(year: u32) -> (String, String) {
    (format!("{year}-01-01"), format!("{year}-12-31"))
}

fn events_word(n: usize) -> &'static str {
    if n == 1 { " event" } else { " events" }
}
