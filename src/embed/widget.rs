//! The widget's Yew view. Every class is `nl-` prefixed and styled by `styles/widget.css` inside
//! the shadow root; ids carry the instance number so two widgets never share one.

use std::rc::Rc;

use yew::prelude::*;

use super::params::{self, Theme, WidgetView};
use super::select::{self, year_of};
use super::snippet::frame_query;
use crate::cards::{event_face, quote_face};
use crate::extract::model::{Corpus, QuoteKind};
use crate::query::ItemRef;

/// Cards shown before "Show all".
const FIRST_CARDS: usize = 5;
const FIRST_CARDS_COMPACT: usize = 3;

#[derive(Properties, PartialEq, Clone)]
pub struct WidgetProps {
    pub corpus: Rc<Corpus>,
    /// The element's attributes, as `(name, value)`.
    pub attrs: Rc<Vec<(String, String)>>,
    /// The app's page, for the "Open in newslens" link.
    pub app_url: AttrValue,
    /// Unique per widget on the page: prefixes ids.
    pub instance: u32,
}

#[component]
pub fn Widget(props: &WidgetProps) -> Html {
    let parsed = use_memo((props.attrs.clone(), props.corpus.clone()), |(attrs, corpus)| params::parse(attrs, corpus));
    let selection = use_memo((parsed.clone(), props.corpus.clone()), |(parsed, corpus)| select::select(corpus, &parsed.params));
    let expanded = use_state(|| false);
    let list_ref = use_node_ref();
    let p = &parsed.params;

    // The height limit is a runtime value: set through the CSSOM (no style attribute, so a
    // `style-src 'self'` policy holds).
    use_effect_with((p.max_height.clone(), list_ref.clone()), |(max_height, list_ref)| {
        if let Some(list) = list_ref.cast::<web_sys::HtmlElement>() {
            let style = list.style();
            match max_height {
                Some(value) => style.set_property("max-height", value).ok(),
                None => style.remove_property("max-height").ok().map(|_| ()),
            };
        }
    });

    let limit = if p.compact { FIRST_CARDS_COMPACT } else { FIRST_CARDS };
    let total = selection.len();
    let shown = if *expanded { total } else { total.min(limit) };
    let (quotes, events) = first_cards(&selection, shown);
    let id = |local: &str| format!("nl{}-{local}", props.instance);
    let list_id = id("cards");

    let theme = match p.theme {
        Theme::Auto => "nl-theme-auto",
        Theme::Light => "nl-theme-light",
        Theme::Dark => "nl-theme-dark",
    };
    let toggle_expanded = {
        let expanded = expanded.clone();
        Callback::from(move |_: MouseEvent| expanded.set(!*expanded))
    };
    let corpus = &props.corpus;
    let cards = if p.view == WidgetView::Timeline {
        timeline(corpus, &events, props.instance)
    } else {
        html! {
            <ul class="nl-cards">
                { for quotes.iter().map(|&(a, i)| html! {
                    <li key={format!("q{a}-{i}")}>
                        <QuoteCard corpus={corpus.clone()} item={(a, i)} context_id={id(&format!("q{a}-{i}-context"))} />
                    </li>
                }) }
                { for events.iter().map(|&(a, i)| html! {
                    <li key={format!("e{a}-{i}")}>
                        <EventCard corpus={corpus.clone()} item={(a, i)} />
                    </li>
                }) }
            </ul>
        }
    };
    let app_link = format!("{}{}", props.app_url, frame_query(&app_params(p)));

    html! {
        <section class={classes!("nl-root", theme, p.compact.then_some("nl-compact"))} aria-label={title(p)}>
            <header class="nl-head">
                <h2 class="nl-title">{ title(p) }</h2>
                <p class="nl-count">{ count_text(&selection) }</p>
            </header>
            { for parsed.notices.iter().map(|notice| html! { <p class="nl-notice" role="status">{ notice }</p> }) }
            if total == 0 {
                <p class="nl-empty">{ empty_text(&parsed.notices) }</p>
            }
            <div class="nl-scroll" id={list_id.clone()} ref={list_ref}>{ cards }</div>
            <footer class="nl-foot">
                if total > limit {
                    <button type="button" class="nl-more" aria-controls={list_id} aria-expanded={expanded.to_string()}
                        onclick={toggle_expanded}>
                        { if *expanded { "Show fewer".to_string() } else { format!("Show all {total}") } }
                    </button>
                }
                <a class="nl-open" href={app_link} target="_blank" rel="noopener">{ "Open in newslens" }</a>
            </footer>
        </section>
    }
}

/// The app understands the filters but not the widget's looks.
fn app_params(p: &params::WidgetParams) -> params::WidgetParams {
    params::WidgetParams { theme: Theme::Auto, compact: false, max_height: None, ..p.clone() }
}

/// The first `n` cards: quotes first, then events (the order they are listed in).
fn first_cards(selection: &select::Selection, n: usize) -> (Vec<ItemRef>, Vec<ItemRef>) {
    let quotes: Vec<ItemRef> = selection.quotes.iter().copied().take(n).collect();
    let events = selection.events.iter().copied().take(n - quotes.len()).collect();
    (quotes, events)
}

fn title(p: &params::WidgetParams) -> String {
    let what = match p.view {
        WidgetView::All if p.speakers.is_empty() => "Quotes and events",
        WidgetView::All | WidgetView::Quotes => "Quotes",
        WidgetView::Events => "Events",
        WidgetView::Timeline => "Timeline",
    };
    if p.speakers.is_empty() || matches!(p.view, WidgetView::Events | WidgetView::Timeline) {
        what.to_string()
    } else {
        format!("{what} by {}", p.speakers.join(", "))
    }
}

fn count_text(selection: &select::Selection) -> String {
    let plural = |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
    match (selection.quotes.len(), selection.events.len()) {
        (q, 0) if q > 0 => plural(q, "quote"),
        (0, e) if e > 0 => plural(e, "event"),
        (q, e) => format!("{} · {}", plural(q, "quote"), plural(e, "event")),
    }
}

fn empty_text(notices: &[String]) -> &'static str {
    if notices.is_empty() {
        "Nothing in these articles matches this widget's filters."
    } else {
        "Nothing to show until the settings above are corrected."
    }
}

fn timeline(corpus: &Rc<Corpus>, events: &[ItemRef], instance: u32) -> Html {
    let mut years: Vec<(Option<u32>, Vec<ItemRef>)> = Vec::new();
    for &(a, i) in events {
        let year = year_of(&corpus.articles[a].events[i].start);
        match years.last_mut() {
            Some((y, items)) if *y == year => items.push((a, i)),
            _ => years.push((year, vec![(a, i)])),
        }
    }
    html! {
        <ol class="nl-timeline">
            { for years.into_iter().map(|(year, items)| {
                let label = year.map_or("Undated".to_string(), |y| y.to_string());
                let heading_id = format!("nl{instance}-year-{label}");
                html! {
                    <li class="nl-year" key={label.clone()}>
                        <h3 class="nl-year-label" id={heading_id.clone()}>{ label }</h3>
                        <ol class="nl-cards" aria-labelledby={heading_id}>
                            { for items.into_iter().map(|(a, i)| html! {
                                <li key={format!("e{a}-{i}")}>
                                    <EventCard corpus={corpus.clone()} item={(a, i)} />
                                </li>
                            }) }
                        </ol>
                    </li>
                }
            }) }
        </ol>
    }
}

#[derive(Properties, PartialEq)]
struct QuoteCardProps {
    corpus: Rc<Corpus>,
    item: ItemRef,
    context_id: String,
}

#[component]
fn QuoteCard(props: &QuoteCardProps) -> Html {
    let open = use_state(|| false);
    let (a, i) = props.item;
    let article = &props.corpus.articles[a];
    let face = quote_face(article, &article.quotes[i]);
    let words = match face.kind {
        QuoteKind::Direct | QuoteKind::Partial => html! { <q class="nl-words">{ face.words }</q> },
        QuoteKind::Indirect | QuoteKind::Comment => html! { <span class="nl-words nl-reported">{ face.words }</span> },
    };
    let toggle = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };
    html! {
        <article class={classes!("nl-card", "nl-quote", format!("nl-kind-{}", face.kind.as_str()))}>
            <p class="nl-kind">
                { face.label }
                if let Some(date) = &face.date { { " · " }<time datetime={date.iso.clone()}>{ &date.text }</time> }
            </p>
            <blockquote class="nl-blockquote">{ words }</blockquote>
            <p class="nl-meta">
                <span class="nl-speaker">{ face.speaker_text() }</span>
                if let Some(role) = face.role { <span class="nl-role">{ format!(", {role}") }</span> }
                if let Some(cue) = face.cue { <span class="nl-cue">{ format!(" · {cue}") }</span> }
            </p>
            // The sentence on request: a widget keeps its cards short.
            if face.context.is_some() {
                <p class="nl-context" id={props.context_id.clone()} hidden={!*open}>{ &article.quotes[i].sentence }</p>
            }
            <p class="nl-source">
                <cite>{ face.title }</cite>
                if face.context.is_some() {
                    <button type="button" class="nl-context-toggle" aria-expanded={open.to_string()}
                        aria-controls={props.context_id.clone()} onclick={toggle}>
                        { if *open { "Hide sentence" } else { "Full sentence" } }
                    </button>
                }
            </p>
        </article>
    }
}

#[derive(Properties, PartialEq)]
struct EventCardProps {
    corpus: Rc<Corpus>,
    item: ItemRef,
}

#[component]
fn EventCard(props: &EventCardProps) -> Html {
    let (a, i) = props.item;
    let article = &props.corpus.articles[a];
    let face = event_face(&article.events[i]);
    html! {
        <article class="nl-card nl-event">
            <p class="nl-date"><time datetime={face.date.iso.clone()}>{ &face.date.text }</time></p>
            <p class="nl-sentence">{ face.sentence }</p>
            <p class="nl-source"><cite>{ &article.title }</cite></p>
        </article>
    }
}
