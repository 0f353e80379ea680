//! The most-quoted speakers of the current selection as a bar chart: rows of a name, a bar (an
//! SVG as wide as its share) and a count, named and described for screen readers as one image, with the
//! same figures as a table. Colours and sizes come from the stylesheet (light and dark).

use std::rc::Rc;

use yew::prelude::*;

/// Bars drawn: enough to compare, few enough to read at 360 px.
pub const BARS: usize = 8;

#[derive(Properties, PartialEq)]
pub struct SpeakerChartProps {
    /// `(speaker, quotes)`, most quoted first.
    pub speakers: Rc<Vec<(Rc<str>, usize)>>,
}

/// A bar's length as a share of the widest, in tenths of a percent: the bar is an SVG whose
/// `width` attribute is that share (a strict CSP allows no inline style), the count right after
/// it. Whole numbers: formatting an f64 would link the float printer (about 10 KB of wasm).
fn share(count: usize, max: usize) -> String {
    let permille = (1000 * count / max).max(4);
    format!("{}.{}%", permille / 10, permille % 10)
}

#[component]
pub fn SpeakerChart(props: &SpeakerChartProps) -> Html {
    let speakers = &props.speakers;
    if speakers.is_empty() {
        return html! {};
    }
    let max = speakers.iter().map(|(_, n)| *n).max().unwrap_or(1).max(1);
    let summary = speakers
        .iter()
        .map(|(s, n)| format!("{s}: {n} {}", if *n == 1 { "quote" } else { "quotes" }))
        .collect::<Vec<_>>()
        .join("; ");
    // A row: the name in HTML (its size is the page's at any width, a long one cut by the
    // stylesheet with an ellipsis), the bar, the count after it. Drawn as one SVG scaled to the
    // column, the names were 8 px high at 360 px.
    let bar = |(name, count): &(Rc<str>, usize)| {
        html! {
            <div class="chart-row" key={name.to_string()}>
                <span class="chart-label">{ name.to_string() }</span>
                <span class="chart-track">
                    <svg class="chart-bar" width={share(*count, max)} height="14"><rect width="100%" height="100%" /></svg>
                    <span class="chart-count">{ count.to_string() }</span>
                </span>
            </div>
        }
    };
    html! {
        <section class="speaker-chart" aria-labelledby="speaker-chart-heading">
            <h2 id="speaker-chart-heading">{ "Most quoted" }</h2>
            <div class="chart" role="img" aria-label={format!("The {} most quoted speakers of these results", speakers.len())}
                aria-describedby="speaker-chart-desc">
                { for speakers.iter().map(bar) }
            </div>
            <p id="speaker-chart-desc" class="visually-hidden">{ summary }</p>
            <details class="chart-table">
                <summary>{ "As a table" }</summary>
                <table>
                    <thead><tr><th scope="col">{ "Speaker" }</th><th scope="col">{ "Quotes" }</th></tr></thead>
                    <tbody>
                        { for speakers.iter().map(|(s, n)| html! { <tr key={s.to_string()}><th scope="row">{ s.to_string() }</th><td>{ *n }</td></tr> }) }
                    </tbody>
                </table>
            </details>
        </section>
    }
}
