//! The most-quoted speakers of the current selection as a bar chart: SVG drawn here, named and
//! described for screen readers, with the same figures as a table. Colours come from the
//! stylesheet (light and dark), not from attributes.

use std::rc::Rc;

use yew::prelude::*;

/// Bars drawn: enough to compare, few enough to read at 360 px.
pub const BARS: usize = 8;

#[derive(Properties, PartialEq)]
pub struct SpeakerChartProps {
    /// `(speaker, quotes)`, most quoted first.
    pub speakers: Rc<Vec<(Rc<str>, usize)>>,
}

// The drawing's own units; the SVG scales to its box. Whole numbers: formatting an f64 would
// link the float printer (about 10 KB of wasm) for no visible difference.
const WIDTH: usize = 600;
const ROW: usize = 26;
const LABEL: usize = 190;
const COUNT: usize = 44;
/// Where a row's text sits: its baseline, about two thirds down the row.
const BASELINE: usize = 17;

#[component]
pub fn SpeakerChart(props: &SpeakerChartProps) -> Html {
    let speakers = &props.speakers;
    if speakers.is_empty() {
        return html! {};
    }
    let max = speakers.iter().map(|(_, n)| *n).max().unwrap_or(1).max(1);
    let height = ROW * speakers.len();
    let summary = speakers
        .iter()
        .map(|(s, n)| format!("{s}: {n} {}", if *n == 1 { "quote" } else { "quotes" }))
        .collect::<Vec<_>>()
        .join("; ");
    let bar = |(row, (name, count)): (usize, &(Rc<str>, usize))| {
        let y = ROW * row;
        let length = ((WIDTH - LABEL - COUNT) * *count / max).max(2);
        html! {
            <g key={name.to_string()}>
                <text class="chart-label" x={(LABEL - 8).to_string()} y={(y + BASELINE).to_string()} text-anchor="end">
                    { short(name) }
                </text>
                <rect class="chart-bar" x={LABEL.to_string()} y={(y + 4).to_string()} width={length.to_string()}
                    height={(ROW - 8).to_string()} rx="2" />
                <text class="chart-count" x={(LABEL + length + 6).to_string()} y={(y + BASELINE).to_string()}>
                    { count.to_string() }
                </text>
            </g>
        }
    };
    html! {
        <section class="speaker-chart" aria-labelledby="speaker-chart-heading">
            <h2 id="speaker-chart-heading">{ "Most quoted" }</h2>
            <svg viewBox={format!("0 0 {WIDTH} {height}")} role="img" aria-labelledby="speaker-chart-title speaker-chart-desc"
                preserveAspectRatio="xMinYMin meet">
                <title id="speaker-chart-title">{ format!("The {} most quoted speakers of these results", speakers.len()) }</title>
                <desc id="speaker-chart-desc">{ summary }</desc>
                { for speakers.iter().enumerate().map(bar) }
            </svg>
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

/// A label that fits beside its bar: long names are cut with an ellipsis (the table and the
/// description carry them whole). 21 characters of the 14-unit sans font fit the label's 182
/// units with wide letters too: at 24, "Consumers Association o…" lost its first letter.
fn short(name: &str) -> String {
    const MAX: usize = 21;
    if name.chars().count() <= MAX {
        return name.to_string();
    }
    let cut: String = name.chars().take(MAX - 1).collect();
    format!("{}…", cut.trim_end())
}
