use std::rc::Rc;

use gloo::events::EventListener;
use yew::prelude::*;

use super::event_card::EventCard;
use super::quote_card::QuoteCard;
use super::speaker_filter::SpeakerFilter;
use crate::app::state::{Action, State};
use crate::app::url;
use crate::bundle;
use crate::extract::model::Corpus;
use crate::query::{self, View};

#[component]
pub fn App() -> Html {
    let corpus = use_memo((), |_| bundle::corpus());
    match &*corpus {
        Ok(corpus) => html! { <Explorer corpus={Rc::new(corpus.clone())} /> },
        Err(message) => html! { <p class="fatal-error" role="alert">{ message }</p> },
    }
}

#[derive(Properties, PartialEq)]
struct ExplorerProps {
    corpus: Rc<Corpus>,
}

#[component]
fn Explorer(props: &ExplorerProps) -> Html {
    let corpus = &props.corpus;
    let state = use_reducer(|| State { query: url::read() });

    {
        let dispatch = state.dispatcher();
        use_effect_with((), move |_| {
            let listener = EventListener::new(&gloo::utils::window(), "popstate", move |_| {
                dispatch.dispatch(Action::Restore(url::read()));
            });
            move || drop(listener)
        });
    }
    use_effect_with(state.query.clone(), |query| url::push(query));

    let speakers = use_memo(corpus.clone(), |c| query::speaker_counts(c));
    let quotes = use_memo((corpus.clone(), state.query.clone()), |(c, q)| query::visible_quotes(c, q));
    let events = use_memo((corpus.clone(), state.query.clone()), |(c, q)| query::visible_events(c, q));

    let on_toggle = {
        let dispatch = state.dispatcher();
        Callback::from(move |name: String| dispatch.dispatch(Action::ToggleSpeaker(name)))
    };
    let on_clear = {
        let dispatch = state.dispatcher();
        Callback::from(move |_| dispatch.dispatch(Action::ClearSpeakers))
    };
    let view_button = |view: View| {
        let dispatch = state.dispatcher();
        let pressed = state.query.view == view;
        html! {
            <button type="button" aria-pressed={pressed.to_string()}
                onclick={Callback::from(move |_| dispatch.dispatch(Action::SetView(view)))}>
                { view.as_str() }
            </button>
        }
    };

    let total = quotes.len() + events.len();
    html! {
        <div class="layout">
            <header class="masthead">
                <h1>{ "newslens" }</h1>
                <p class="tagline">{ format!("{} articles · quotes and events, extracted at build time", corpus.articles.len()) }</p>
            </header>
            <aside class="facets">
                <SpeakerFilter speakers={speakers.clone()} selected={state.query.speakers.clone()}
                    on_toggle={on_toggle} on_clear={on_clear} />
            </aside>
            <main class="results">
                <div class="toolbar">
                    <div class="views" role="group" aria-label="Show">
                        { for View::ALL.into_iter().map(view_button) }
                    </div>
                    <p class="count" role="status">{ format!("{} quotes, {} events", quotes.len(), events.len()) }</p>
                    <super::embed_dialog::EmbedDialog query={state.query.clone()} />
                </div>
                if total == 0 {
                    <p class="empty">{ "Nothing matches these filters. Clear the speaker filter to see every card." }</p>
                }
                <ul class="cards">
                    { for quotes.iter().map(|&(a, i)| html! {
                        <li key={format!("q{a}-{i}")}>
                            <QuoteCard quote={corpus.articles[a].quotes[i].clone()} article={corpus.articles[a].title.clone()} />
                        </li>
                    }) }
                    { for events.iter().map(|&(a, i)| html! {
                        <li key={format!("e{a}-{i}")}>
                            <EventCard event={corpus.articles[a].events[i].clone()} article={corpus.articles[a].title.clone()} />
                        </li>
                    }) }
                </ul>
            </main>
        </div>
    }
}
