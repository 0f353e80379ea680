//! One speaker's page (`?speaker=NAME&view=speaker`): who they are (their roles), how they are
//! quoted (by kind), when (quotes per year, a small chart), where (the articles), what they talk
//! about (the people and places their quotes name most), and all their cards.

use std::rc::Rc;

use yew::prelude::*;

use crate::cards::{figure, kind_label};
use crate::app::texts::ArticleTexts;
use super::results::{first_page, on_speaker, CardList};
use crate::app::state::{Action, State};
use crate::app::url;
use crate::extract::model::Corpus;
use crate::query::{Facets, Index, Query, Results, View};

/// Mentions listed: the most frequent ones.
const MENTIONS: usize = 8;

/// What the page is made of (a plain struct: the page is a function of the app's state).
pub struct SpeakerPageProps {
    pub corpus: Rc<Corpus>,
    pub index: Rc<Index>,
    pub results: Rc<Results>,
    pub facets: Rc<Facets>,
    pub name: AttrValue,
    pub on_read: Callback<(String, String)>,
    pub texts: ArticleTexts,
}

pub fn speaker_page(props: SpeakerPageProps, state: &UseReducerHandle<State>) -> Html {
    let query = state.query.clone();
    let first_page = first_page(&props.index, &props.results, state.anchor.as_deref());
    let all_quotes = Query { view: View::Quotes, ..query.clone() };
    let to_quotes = {
        let dispatch = state.dispatcher();
        Callback::from(move |e: MouseEvent| {
            if e.ctrl_key() || e.meta_key() || e.shift_key() || e.button() != 0 {
                return;
            }
            e.prevent_default();
            dispatch.dispatch(Action::SetView(View::Quotes));
        })
    };
    let on_speaker = on_speaker(state);
    let key = query.to_url_query();
    html! {
        <main id="main" class="results speaker-page" tabindex="-1">
            <nav class="reader-nav" aria-label="Speaker">
                <a class="back" href={url::href(&all_quotes, None)} onclick={to_quotes}>
                    { "← Their quotes among all the cards" }
                </a>
            </nav>
            <Summary corpus={props.corpus.clone()} index={props.index.clone()} results={props.results.clone()}
                facets={props.facets.clone()} name={props.name.clone()} />
            <h3 class="speaker-cards-heading">{ "All their quotes" }</h3>
            <CardList {key} corpus={props.corpus.clone()} index={props.index.clone()} texts={props.texts.clone()}
                results={props.results.clone()} {query} {first_page} at_once={state.anchor.is_some()} on_read={props.on_read.clone()} {on_speaker} />
        </main>
    }
}

#[derive(Properties, PartialEq)]
struct SummaryProps {
    corpus: Rc<Corpus>,
    index: Rc<Index>,
    results: Rc<Results>,
    facets: Rc<Facets>,
    name: AttrValue,
}

/// The page's head: name, roles, figures, the chart by year, articles and mentions.
#[component]
fn Summary(props: &SummaryProps) -> Html {
    let name = props.name.as_str();
    let facets = &props.facets;
    let roles = use_memo((props.corpus.clone(), props.index.clone(), props.facets.clone(), props.name.clone()), |(corpus, index, facets, name)| {
        roles_of(corpus, index, facets, name)
    });
    let years = use_memo((props.index.clone(), props.results.clone()), |(index, results)| index.quote_years(results));
    let quotes = props.results.quotes;
    let articles: Vec<&(String, usize)> = facets.articles.iter().filter(|(_, n)| *n > 0).collect();
    let kinds: Vec<Html> = facets
        .kinds
        .iter()
        .filter(|(_, n)| *n > 0)
        .map(|(k, n)| html! { <li key={k.as_str()}>{ kind_label(*k) }{ ": " }<strong>{ *n }</strong></li> })
        .collect();
    let mentions: Vec<Html> = facets
        .mentions
        .iter()
        .filter(|(m, n)| *n > 0 && **m != *name)
        .take(MENTIONS)
        .map(|(m, n)| html! { <li key={m.to_string()}>{ m.to_string() }{ " " }<span class="facet-count">{ *n }</span></li> })
        .collect();
    html! {
        <header class="speaker-head">
            <h2 id="speaker-page" tabindex="-1">{ name }</h2>
            if !roles.is_empty() {
                <p class="speaker-roles">{ roles.join(" · ") }</p>
            }
            <p class="speaker-figures">
                { format!("{} {} in {} {}", figure(quotes), plural(quotes, "quote", "quotes"), figure(articles.len()), plural(articles.len(), "article", "articles")) }
            </p>
            <div class="speaker-facts">
                <section aria-labelledby="speaker-kinds">
                    <h3 id="speaker-kinds">{ "How they are quoted" }</h3>
                    <ul>{ for kinds }</ul>
                </section>
                <section aria-labelledby="speaker-years">
                    <h3 id="speaker-years">{ "Quotes over time" }</h3>
                    { years_chart(&years) }
                </section>
                <section aria-labelledby="speaker-articles">
                    <h3 id="speaker-articles">{ "In the articles" }</h3>
                    <ul>
                        { for articles.iter().map(|(file, n)| html! {
                            <li key={file.clone()}>{ props.index.title(file).unwrap_or(file) }{ " " }<span class="facet-count">{ *n }</span></li>
                        }) }
                    </ul>
                </section>
                <section aria-labelledby="speaker-mentions">
                    <h3 id="speaker-mentions">{ "Who and what they talk about" }</h3>
                    if mentions.is_empty() {
                        <p class="facet-empty">{ "Their quotes name no one else." }</p>
                    } else {
                        <ul>{ for mentions }</ul>
                    }
                </section>
            </div>
        </header>
    }
}

/// The speaker's roles across the articles they are quoted in, each once, in article order.
/// Only those articles are read (looked up by file), not the corpus.
fn roles_of(corpus: &Corpus, index: &Index, facets: &Facets, name: &str) -> Vec<String> {
    let mut articles: Vec<usize> =
        facets.articles.iter().filter(|(_, n)| *n > 0).filter_map(|(f, _)| index.article_index(f)).collect();
    crate::extract::sort::sort_by(&mut articles, |a, b| a < b);
    let mut roles: Vec<String> = Vec::new();
    for article in articles.into_iter().map(|a| &corpus.articles[a]) {
        for person in article.people.iter().filter(|p| p.name == name) {
            for role in &person.roles {
                if !roles.iter().any(|r| r.eq_ignore_ascii_case(role)) {
                    roles.push(role.clone());
                }
            }
        }
    }
    roles
}

/// Quotes per year as small SVG bars, with the figures in words for screen readers.
fn years_chart(years: &[(u32, usize)]) -> Html {
    if years.is_empty() {
        return html! { <p class="facet-empty">{ "None of their quotes is dated." }</p> };
    }
    // Whole units, as in the speaker chart: no float printer in the wasm.
    const BAR: usize = 28;
    const HEIGHT: usize = 60;
    let max = years.iter().map(|(_, n)| *n).max().unwrap_or(1).max(1);
    let width = BAR * years.len();
    let words = years.iter().map(|(y, n)| format!("{y}: {n}")).collect::<Vec<_>>().join(", ");
    html! {
        <svg class="years-chart" viewBox={format!("0 0 {width} {}", HEIGHT + 16)} role="img" aria-labelledby="years-chart-title">
            <title id="years-chart-title">{ format!("Quotes per year: {words}") }</title>
            { for years.iter().enumerate().map(|(i, (year, n))| {
                let h = (HEIGHT * *n / max).max(2);
                let x = BAR * i;
                html! {
                    <g key={*year}>
                        <rect class="chart-bar" x={(x + 4).to_string()} y={(HEIGHT - h).to_string()} width={(BAR - 8).to_string()} height={h.to_string()} rx="2" />
                        <text class="chart-label" x={(x + BAR / 2).to_string()} y={(HEIGHT + 13).to_string()} text-anchor="middle" font-size="10">
                            { format!("’{:02}", year % 100) }
                        </text>
                    </g>
                }
            }) }
        </svg>
    }
}

fn plural<'a>(n: usize, one: &'a str, many: &'a str) -> &'a str {
    if n == 1 { one } else { many }
}
