//! An event as a card: when (for people), what, who, where, and every article reporting it.

use std::rc::Rc;

use yew::prelude::*;

use super::marked::marked;
use super::quote_card::read_click;
use crate::app::url;
use crate::extract::model::{Corpus, DateWarning};
use crate::cards::event_face;
use crate::query::{ItemRef, Query, Texts};

#[derive(Properties, PartialEq)]
pub struct EventCardProps {
    /// The index's corpus: when, who, where, the sources (without the texts of the page's
    /// `corpus.bin`).
    pub corpus: Rc<Corpus>,
    /// The articles whole that are here: the reports' sentences.
    pub texts: Texts,
    /// The reports of this event, first one shown.
    pub members: Vec<ItemRef>,
    pub search: AttrValue,
    /// The query the reader's links keep (each listed source links to its sentence in the
    /// reader). Only the listed sources get an address: an event wire copy spread to hundreds of
    /// papers does not make hundreds of them at every render.
    pub query: Rc<Query>,
    pub on_read: Callback<(String, String)>,
}

/// Sources listed before "and N more".
const SOURCES_SHOWN: usize = 3;

#[component]
pub fn EventCard(props: &EventCardProps) -> Html {
    let (a0, i0) = props.members[0];
    let id = format!("e-{a0}-{i0}");
    let search = props.search.as_str();
    let (a, i) = crate::cards::shown_report(&props.texts, &props.members, search);
    let whole = props.texts.article(a).and_then(|whole| whole.events.get(i));
    let face = event_face(whole.unwrap_or(&props.corpus.articles[a].events[i]));
    let sentence = match whole {
        Some(_) => html! { <p class="sentence">{ marked(face.sentence, search) }</p> },
        None => super::quote_card::pending_words(props.texts.failure(a)),
    };
    let warnings: Vec<&DateWarning> = props
        .members
        .iter()
        // From the reports whose article is here (`corpus.bin` has no warnings).
        .filter_map(|&(a, i)| Some((props.texts.article(a)?, i)))
        .flat_map(|(article, i)| {
            let sentence = article.events.get(i).map(|e| e.sentence_span).unwrap_or_default();
            article.date_warnings.iter().filter(move |w| sentence.start <= w.span.start && w.span.end <= sentence.end)
        })
        .collect();
    let sources = props.members.len();
    // An event many articles report lists its first sources; the rest on request, so that one
    // card cannot hold hundreds of links.
    let expanded = use_state(|| false);
    let listed = if *expanded { sources } else { sources.min(SOURCES_SHOWN) };
    let on_expand = {
        let expanded = expanded.clone();
        Callback::from(move |_| expanded.set(!*expanded))
    };

    html! {
        <article {id} tabindex="-1" class="card event-card" data-kind="event" aria-busy={whole.is_none().then_some("true")}>
            <p class="card-meta">
                <span class="badge kind">{ "Event" }</span>
                <time datetime={face.date.iso.clone()}>{ &face.date.text }</time>
                { for warnings.iter().enumerate().map(|(n, w)| warning_badge(&format!("{}-w{n}", card_id(a0, i0)), w)) }
            </p>
            { sentence }
            if !face.actors.is_empty() || !face.places.is_empty() {
                <dl class="event-facts">
                    if !face.actors.is_empty() {
                        <div><dt>{ "Who" }</dt><dd>{ face.actors.join(", ") }</dd></div>
                    }
                    if !face.places.is_empty() {
                        <div><dt>{ "Where" }</dt><dd>{ face.places.join(", ") }</dd></div>
                    }
                </dl>
            }
            <div class="source">
                <span class="source-count">{ if sources == 1 { "1 source".to_string() } else { format!("{sources} sources") } }</span>
                { ": " }
                <ul class="source-list">
                    { for props.members.iter().take(listed).map(|&(a, i)| {
                        let article = &props.corpus.articles[a];
                        let anchor = format!("r-e-{a}-{i}");
                        let href = url::href(&Query { read: Some(article.file.clone()), ..(*props.query).clone() }, Some(&anchor));
                        let onclick = read_click(&props.on_read, &article.file, &anchor);
                        html! {
                            <li key={format!("{a}-{i}")}>
                                <a {href} {onclick}>
                                    <cite>{ &article.title }</cite>
                                    <span class="visually-hidden">{ ": read the sentence in the article" }</span>
                                </a>
                            </li>
                        }
                    }) }
                </ul>
                if sources > SOURCES_SHOWN {
                    { " " }
                    <button type="button" class="link-button more-sources" aria-expanded={expanded.to_string()} onclick={on_expand}>
                        { if *expanded { "Show fewer sources".to_string() } else { format!("and {} more", sources - SOURCES_SHOWN) } }
                    </button>
                }
            </div>
        </article>
    }
}

fn card_id(a: usize, i: usize) -> String {
    format!("e-{a}-{i}")
}

/// A focusable badge whose reason is real text, shown on hover and focus (not a bare title).
fn warning_badge(id: &str, w: &DateWarning) -> Html {
    let tip = format!("{id}-tip");
    html! {
        <span class="warning-badge" tabindex="0" aria-describedby={tip.clone()}>
            <span aria-hidden="true">{ "⚠ " }</span>{ "Date inconsistent" }
            <span class="tip" role="tooltip" id={tip}>{ format!("“{}”: {}", w.text, w.why) }</span>
        </span>
    }
}
