//! The reader: the whole article, quotes and dates marked, with anchors the cards link to.

use std::rc::Rc;

use yew::prelude::*;

use super::app::focus_element;
use crate::app::texts::{use_fetch_articles, ArticleTexts};
use crate::extract::model::{Article, BlockKind, Corpus, Span};
use crate::query::{article_marks, segments, Index, Mark, Segment};

#[derive(Properties, PartialEq)]
pub struct ReaderProps {
    pub corpus: Rc<Corpus>,
    pub index: Rc<Index>,
    /// The articles whole that are here; the reader's is fetched when it is not.
    pub texts: ArticleTexts,
    pub article: usize,
    /// The sentence a card linked to (`r-q-A-I`), shown as the target.
    pub target: Option<String>,
    /// Address of the results (at the card the reader was opened from).
    pub back_href: AttrValue,
    pub on_back: Callback<()>,
}

#[component]
pub fn Reader(props: &ReaderProps) -> Html {
    let loaded = use_full_article(props);
    let on_back = {
        let on_back = props.on_back.clone();
        Callback::from(move |e: MouseEvent| {
            if !(e.ctrl_key() || e.meta_key() || e.shift_key() || e.button() != 0) {
                e.prevent_default();
                on_back.emit(());
            }
        })
    };
    let title = || html! { <h2 id="reader-title" class="reader-title" tabindex="-1">{ &props.corpus.articles[props.article].title }</h2> };
    let body = match loaded {
        Loaded::Ready(article) => html! { <ArticleBody {article} index={props.article} target={props.target.clone()} /> },
        Loaded::Loading => html! { <>{ title() }<p class="loading" role="status">{ "Loading the article…" }</p></> },
        Loaded::Failed(message) => html! { <>{ title() }<p class="fatal-error" role="alert">{ message }</p></> },
    };
    html! {
        <article class="reader" aria-labelledby="reader-title">
            <nav class="reader-nav" aria-label="Reader">
                <a class="back" href={props.back_href.clone()} onclick={on_back}>{ "← Back to the results" }</a>
                <span class="legend" aria-hidden="true">
                    <mark class="direct">{ "quoted words" }</mark>
                    <mark class="indirect">{ "reported speech" }</mark>
                    <mark class="date">{ "date" }</mark>
                </span>
            </nav>
            { body }
        </article>
    }
}

enum Loaded {
    Loading,
    Ready(Rc<Article>),
    Failed(String),
}

/// Article `index` whole: at once when it is here (an article a reader added, one whose cards
/// were shown), else once `data/articles/N.bin` has arrived.
#[hook]
fn use_full_article(props: &ReaderProps) -> Loaded {
    let texts = &props.texts.texts;
    use_fetch_articles(&props.index, texts.missing_full([props.article]), &props.texts);
    let full = use_memo((texts.clone(), props.article), |(texts, a)| texts.full_article(*a).map(|article| Rc::new(article.clone())));
    match (&*full, texts.failure(props.article)) {
        (Some(article), _) => Loaded::Ready(article.clone()),
        (None, Some(why)) => Loaded::Failed(why.to_string()),
        (None, None) => Loaded::Loading,
    }
}

#[derive(Properties, PartialEq)]
struct ArticleBodyProps {
    article: Rc<Article>,
    index: usize,
    target: Option<String>,
}

/// The article's blocks with their marks. Its text may arrive after the reader opened, so it
/// brings the linked sentence into view itself when it first shows.
#[component]
fn ArticleBody(props: &ArticleBodyProps) -> Html {
    let marks = use_memo((props.article.clone(), props.index), |(a, i)| article_marks(a, *i));
    use_effect_with(props.article.clone(), {
        let target = props.target.clone();
        move |_| focus_element(target.as_deref().unwrap_or("reader-title"))
    });
    let (article, target) = (&*props.article, props.target.as_deref());
    html! { <>{ for blocks(article).into_iter().enumerate().map(|(n, (kind, span))| block(article, n, kind, span, &marks, target)) }</> }
}

/// The article's blocks; an article without any is shown as one paragraph per line.
fn blocks(article: &Article) -> Vec<(BlockKind, Span)> {
    if !article.blocks.is_empty() {
        return article.blocks.iter().map(|b| (b.kind, b.span)).collect();
    }
    let mut out = Vec::new();
    let mut start = 0;
    for line in article.text.split('\n') {
        let len = line.chars().count();
        if !line.trim().is_empty() {
            let kind = if out.is_empty() { BlockKind::Title } else { BlockKind::Paragraph };
            out.push((kind, Span { start, end: start + len }));
        }
        start += len + 1;
    }
    out
}

fn block(article: &Article, n: usize, kind: BlockKind, span: Span, marks: &[Mark], target: Option<&str>) -> Html {
    let body = html! { { for segments(&article.text, span, marks).iter().map(|s| segment(s, target)) } };
    let key = n.to_string();
    match kind {
        BlockKind::Title => html! { <h2 {key} id="reader-title" class="reader-title" tabindex="-1">{ body }</h2> },
        BlockKind::Heading | BlockKind::CommentsHeader => html! { <h3 {key}>{ body }</h3> },
        BlockKind::CommentAuthor => html! { <p {key} class="comment-author">{ body }</p> },
        BlockKind::CommentText => html! { <p {key} class="comment-text">{ body }</p> },
        BlockKind::Footer => html! { <p {key} class="reader-footer">{ body }</p> },
        BlockKind::Paragraph => html! { <p {key}>{ body }</p> },
    }
}

fn segment(s: &Segment, target: Option<&str>) -> Html {
    let anchors = html! {
        { for s.anchors.iter().map(|id| if Some(id.as_str()) == target {
            html! {
                <span id={id.clone()} class="anchor target-marker" tabindex="-1">
                    <span aria-hidden="true">{ "▶" }</span><span class="visually-hidden">{ "Linked sentence:" }</span>
                </span>
            }
        } else {
            html! { <span id={id.clone()} class="anchor" tabindex="-1"></span> }
        }) }
    };
    let is_target = target.is_some_and(|t| s.within.iter().any(|id| id == t));
    let marked: Vec<&str> = s.classes.iter().copied().filter(|c| *c != "sentence").collect();
    let classes = classes!(marked.clone(), is_target.then_some("target"));
    let text = if marked.is_empty() {
        if is_target { html! { <span class={classes}>{ &s.text }</span> } } else { html! { { &s.text } } }
    } else if s.notes.is_empty() {
        html! { <mark class={classes}>{ &s.text }</mark> }
    } else {
        html! {
            <mark class={classes} tabindex="0">{ &s.text }
                <span class="tip" role="tooltip">{ format!(" (⚠ {})", s.notes.join("; ")) }</span>
            </mark>
        }
    };
    html! { <>{ anchors }{ text }</> }
}
