//! A quote as a card: the words, who said them (and in what role), how, when, and where.

use std::rc::Rc;

use yew::prelude::*;

use super::marked::marked;
use crate::cards::quote_face;
use crate::extract::model::{Corpus, QuoteKind};
use crate::query::{ItemRef, Query, Texts};

#[derive(Properties, PartialEq)]
pub struct QuoteCardProps {
    /// The index's corpus: who, when, where (without the texts of the page's `corpus.bin`).
    pub corpus: Rc<Corpus>,
    /// The articles whole that are here: the quoted words and their sentence.
    pub texts: Texts,
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

#[component]
pub fn QuoteCard(props: &QuoteCardProps) -> Html {
    let (a, i) = props.item;
    let article = &props.corpus.articles[a];
    let whole = props.texts.article(a).and_then(|whole| whole.quotes.get(i));
    let face = quote_face(article, whole.unwrap_or(&article.quotes[i]));
    let search = props.search.as_str();
    let words = match whole {
        None => pending_words(props.texts.failure(a)),
        Some(_) => quote_words(face.kind, face.words, search),
    };
    // A fragment says little alone: show the writer's sentence it sits in.
    let context = face.context.filter(|_| face.kind == QuoteKind::Partial && whole.is_some()).map(|c| html! {
        <p class="context">
            <span class="visually-hidden">{ "In the sentence: " }</span>
            { marked(c.before, search) }<strong>{ marked(c.words, search) }</strong>{ marked(c.after, search) }
        </p>
    });
    let anchor = format!("r-q-{a}-{i}");
    let on_click = read_click(&props.on_read, face.file, &anchor);
    let speaker = face.speaker_text();
    let attribution = if face.kind == QuoteKind::Comment {
        html! { <p class="attribution"><span class="speaker commenter">{ marked(speaker, search) }</span>{ " commented" }</p> }
    } else {
        html! {
            <p class="attribution">
                if let Some(name) = face.speaker {
                    <a class="speaker" href={crate::app::url::href(&Query::speaker_page(name), None)}
                        onclick={speaker_click(&props.on_speaker, name)}>{ marked(speaker, search) }</a>
                } else {
                    <span class="speaker unnamed">{ marked(speaker, search) }</span>
                }
                if let Some(role) = face.role { <span class="role">{ role }</span> }
            </p>
        }
    };
    html! {
        <article id={format!("q-{a}-{i}")} tabindex="-1"
            class={classes!("card", "quote-card", format!("kind-{}", face.kind.as_str()))} data-kind={face.kind.as_str()}
            aria-busy={whole.is_none().then_some("true")}>
            <p class="card-meta">
                <span class="badge kind">{ face.label }</span>
                if let Some(date) = &face.date { <time datetime={date.iso.clone()}>{ &date.text }</time> }
            </p>
            { words }
            { for context }
            { attribution }
            <p class="source">
                if let Some(cue) = face.cue { <span class="cue">{ format!("“{cue}”") }</span>{ " · " } }
                <a href={props.reader_href.clone()} onclick={on_click}>
                    <cite>{ face.title }</cite>
                    <span class="visually-hidden">{ ": read the sentence in the article" }</span>
                </a>
            </p>
        </article>
    }
}

fn quote_words(kind: QuoteKind, words: &str, search: &str) -> Html {
    match kind {
        QuoteKind::Direct | QuoteKind::Partial => html! {
            <blockquote class="words"><p>{ "“" }{ marked(words, search) }{ "”" }</p></blockquote>
        },
        QuoteKind::Indirect => html! {
            <p class="words reported"><span class="reported-label">{ "Reported: " }</span>{ marked(words, search) }</p>
        },
        QuoteKind::Comment => html! { <p class="words comment-text">{ marked(words, search) }</p> },
    }
}

/// In place of a card's words while its article downloads (`data/articles/N.bin`), or why it
/// could not.
pub fn pending_words(failure: Option<&str>) -> Html {
    match failure {
        None => html! { <p class="words pending">{ "Loading the words…" }</p> },
        Some(why) => html! { <p class="words pending failed" role="alert">{ format!("The words could not be loaded: {why}.") }</p> },
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
