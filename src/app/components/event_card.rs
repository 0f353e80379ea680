use yew::prelude::*;

use crate::extract::model::Event;

#[derive(Properties, PartialEq)]
pub struct EventCardProps {
    pub event: Event,
    pub article: AttrValue,
}

#[component]
pub fn EventCard(props: &EventCardProps) -> Html {
    let e = &props.event;
    let when = if e.start == e.end { e.start.clone() } else { format!("{} – {}", e.start, e.end) };
    html! {
        <article class="card event-card" data-kind="event">
            <header>
                <time datetime={e.start.clone()}>{ when }</time>
            </header>
            <p class="sentence">{ &e.sentence }</p>
            <footer><cite>{ &props.article }</cite></footer>
        </article>
    }
}
