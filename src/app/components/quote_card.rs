use yew::prelude::*;

use crate::extract::model::{Quote, QuoteKind};

#[derive(Properties, PartialEq)]
pub struct QuoteCardProps {
    pub quote: Quote,
    pub article: AttrValue,
}

#[component]
pub fn QuoteCard(props: &QuoteCardProps) -> Html {
    let q = &props.quote;
    let speaker = q.speaker.clone().unwrap_or_else(|| "Unattributed".to_string());
    let words = match q.kind {
        QuoteKind::Direct | QuoteKind::Partial => html! { <q>{ &q.text }</q> },
        QuoteKind::Indirect => html! { <p class="reported">{ format!("Reported: {}", q.text) }</p> },
        QuoteKind::Comment => html! { <p class="comment-text">{ &q.text }</p> },
    };
    html! {
        <article class={classes!("card", "quote-card", q.kind.as_str())} data-kind={q.kind.as_str()}>
            <header>
                <span class="speaker">{ speaker }</span>
                <span class="kind">{ q.kind.as_str() }</span>
            </header>
            <blockquote>{ words }</blockquote>
            <footer>
                if let Some(cue) = &q.cue { <span class="cue">{ cue }</span> }
                <cite>{ &props.article }</cite>
            </footer>
        </article>
    }
}
