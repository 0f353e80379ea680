//! A quote as a card: the words, who said them (and in what role), how, when, and where.

use std::rc::Rc;

use yew::prelude::*;

use super::marked::marked;
use crate::extract::model::{Corpus, QuoteKind};
use crate::query::{display_date, ItemRef, Query};

#[derive(Properties, PartialEq)]
pub struct QuoteCardProps {
    pub corpus: Rc<Corpus>,
    pub item: ItemRef,
    /// The free-text search, to mark its matches.
    pub search: AttrValue,
    /// Address of the quote's sentence in the reader.
    pub reader_href: AttrValue,
    /// Opens the reader at `(file, anchor)`.
    pub on_read: Callback<(String, String)>,
    /// Opens a speaker's page.
    pub on_speaker: Callback<String>,
}

pub fn kind_label(kind: QuoteKind) -> &'static str {
    match kind {
        QuoteKind::Direct => "Direct quote",
        QuoteKind::Partial => "Partial quote",
        QuoteKind::Indirect => "Reported speech",
        QuoteKind::Comment => "Reader comment",
    }
}

#[component]
pub fn QuoteCard(props: &QuoteCardProps) -> Html {
    let (a, i) = props.item;
    let article = &props.corpus.articles[a];
    let q = &article.quotes[i];
    let search = props.search.as_str();
    let speaker = q.speaker.clone().unwrap_or_else(|| "Unnamed source".to_string());
    let role = q
        .speaker
        .as_ref()
        .and_then(|s| article.people.iter().find(|p| &p.name == s))
        .and_then(|p| p.roles.first().cloned());
    let words = match q.kind {
        QuoteKind::Direct | QuoteKind::Partial => html! {
            <blockquote class="words"><p>{ "“" }{ marked(&q.text, search) }{ "”" }</p></blockquote>
        },
        QuoteKind::Indirect => html! {
            <p class="words reported"><span class="reported-label">{ "Reported: " }</span>{ marked(&q.text, search) }</p>
        },
        QuoteKind::Comment => html! { <p class="words comment-text">{ marked(&q.text, search) }</p> },
    };
    // A fragment says little alone: show the writer's sentence it sits in.
    let context = (q.kind == QuoteKind::Partial && q.sentence.trim() != q.text.trim()).then(|| {
        let offset = |at: usize| at.wrapping_sub(q.sentence_span.start);
        let (mut before, mut words, mut after) = split_at_span(&q.sentence, offset(q.span.start), offset(q.span.end));
        if words != q.text {
            // The spans do not fit this sentence string: show it plain rather than mark wrong words.
            (before, words, after) = (q.sentence.as_str(), "", "");
        }
        html! {
            <p class="context">
                <span class="visually-hidden">{ "In the sentence: " }</span>
                { marked(before, search) }<strong>{ marked(words, search) }</strong>{ marked(after, search) }
            </p>
        }
    });
    let anchor = format!("r-q-{a}-{i}");
    let on_click = read_click(&props.on_read, &article.file, &anchor);
    let attribution = if q.kind == QuoteKind::Comment {
        html! { <p class="attribution"><span class="speaker commenter">{ marked(&speaker, search) }</span>{ " commented" }</p> }
    } else {
        html! {
            <p class="attribution">
                if let Some(name) = &q.speaker {
                    <a class="speaker" href={crate::app::url::href(&Query::speaker_page(name), None)}
                        onclick={speaker_click(&props.on_speaker, name)}>{ marked(&speaker, search) }</a>
                } else {
                    <span class="speaker unnamed">{ marked(&speaker, search) }</span>
                }
                if let Some(role) = role { <span class="role">{ role }</span> }
            </p>
        }
    };
    html! {
        <article id={format!("q-{a}-{i}")} tabindex="-1"
            class={classes!("card", "quote-card", format!("kind-{}", q.kind.as_str()))} data-kind={q.kind.as_str()}>
            <p class="card-meta">
                <span class="badge kind">{ kind_label(q.kind) }</span>
                if let Some(d) = &q.date {
                    <time datetime={d.start.clone()}>{ display_date(&d.start, &d.end, d.precision) }</time>
                }
            </p>
            { words }
            { for context }
            { attribution }
            <p class="source">
                if let Some(cue) = &q.cue { <span class="cue">{ format!("“{cue}”") }</span>{ " · " } }
                <a href={props.reader_href.clone()} onclick={on_click}>
                    <cite>{ &article.title }</cite>
                    <span class="visually-hidden">{ ": read the sentence in the article" }</span>
                </a>
            </p>
        </article>
    }
}

/// A click that opens the speaker's page in-app; modified clicks keep their browser meaning.
fn speaker_click(on_speaker: &Callback<String>, name: &str) -> Callback<MouseEvent> {
    let (on_speaker, name) = (on_speaker.clone(), name.to_string());
    Callback::from(move |e: MouseEvent| {
        if e.ctrl_key() || e.meta_key() || e.shift_key() || e.alt_key() || e.button() != 0 {
            return;
        }
        e.prevent_default();
        on_speaker.emit(name.clone());
    })
}

/// A click that opens the reader in-app; modified clicks keep their browser meaning.
pub fn read_click(on_read: &Callback<(String, String)>, file: &str, anchor: &str) -> Callback<MouseEvent> {
    let on_read = on_read.clone();
    let target = (file.to_string(), anchor.to_string());
    Callback::from(move |e: MouseEvent| {
        if e.ctrl_key() || e.meta_key() || e.shift_key() || e.alt_key() || e.button() != 0 {
            return;
        }
        e.prevent_default();
        on_read.emit(target.clone());
    })
}

/// `text` cut at the char offsets `[start, end)`; offsets outside the text leave it whole.
fn split_at_span(text: &str, start: usize, end: usize) -> (&str, &str, &str) {
    let byte = |chars: usize| text.char_indices().map(|(b, _)| b).chain([text.len()]).nth(chars);
    match (byte(start), byte(end)) {
        (Some(s), Some(e)) if s <= e => (&text[..s], &text[s..e], &text[e..]),
        _ => (text, "", ""),
    }
}
