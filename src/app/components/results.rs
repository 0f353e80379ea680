//! The results: view and sort controls, the count, the timeline, the cards or an empty state.
//! Cards come a page at a time ("Show more"), so the page stays small whatever the corpus.

use std::rc::Rc;

use wasm_bindgen::JsCast;

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use super::event_card::EventCard;
use super::quote_card::QuoteCard;
use super::timeline::Timeline;
use crate::app::search_words::{ShownResults, WordsStatus};
use crate::app::texts::{use_fetch_articles, ArticleTexts};
use crate::app::state::{Action, State};
use crate::cards::figure;
use crate::app::url;
use crate::extract::model::Corpus;
use crate::query::{CardId, CardRef, Index, Query, Results, Sort, View, YearBucket};

pub use crate::query::PAGE;

/// Cards a new list draws in the frame of the click that made it; the rest of its page follows
/// in the next frame. A page of cards was three quarters of a facet click's DOM changes
/// (`tests/bench/clicks.mjs`), and these eight fill the screen below the toolbar.
const FIRST_FRAME: usize = 8;

pub fn results_view(
    corpus: &Rc<Corpus>,
    index: &Rc<Index>,
    state: &UseReducerHandle<State>,
    shown: &ShownResults,
    timeline: &KeptTimeline,
    top_speakers: &Rc<Vec<(Rc<str>, usize)>>,
    on_read: &Callback<(String, String)>,
) -> Html {
    let q = &state.query;
    let results = &shown.results;
    let dispatch = state.dispatcher();
    let view_button = |view: View| {
        let dispatch = dispatch.clone();
        let pressed = q.view == view;
        let label = match view {
            View::All => "All",
            View::Quotes => "Quotes",
            View::Events => "Events",
            View::Speaker => "Speaker",
        };
        html! {
            <button type="button" aria-pressed={pressed.to_string()} data-view={view.as_str()}
                onclick={Callback::from(move |_| dispatch.dispatch(Action::SetView(view)))}>
                { label }
            </button>
        }
    };
    let on_sort = {
        let dispatch = dispatch.clone();
        Callback::from(move |e: Event| {
            let value = e.target_unchecked_into::<HtmlSelectElement>().value();
            dispatch.dispatch(Action::SetSort(Sort::parse(&value).unwrap_or_default()));
        })
    };
    let on_period = {
        let dispatch = dispatch.clone();
        Callback::from(move |p: Option<(String, String)>| {
            let (from, to) = p.unzip();
            dispatch.dispatch(Action::SetPeriod(from, to));
        })
    };
    // A permalink to a card further down opens with enough pages to show it.
    let first_page = first_page(index, results, state.anchor.as_deref());
    html! {
        <main id="main" class="results" tabindex="-1" aria-busy={matches!(shown.words, WordsStatus::Fetching | WordsStatus::Loading).then_some("true")}>
            <h2 class="visually-hidden">{ "Results" }</h2>
            <div class="toolbar">
                <div class="views" role="group" aria-label="Show">
                    { for View::ALL.into_iter().map(view_button) }
                </div>
                <label class="sort">{ "Sort by " }
                    <select id="sort" onchange={on_sort}>
                        <option value="article" selected={q.sort == Sort::Article}>{ "article order" }</option>
                        <option value="date" selected={q.sort == Sort::Date}>{ "date" }</option>
                    </select>
                </label>
                <p class="count" role="status">{ status_line(&shown.words, &shown.results) }</p>
                <super::export::Export index={index.clone()} texts={shown.texts.clone()} results={results.clone()} on_need_whole={shown.on_need_whole.clone()} />
                <super::embed_dialog::EmbedDialog query={q.clone()} />
            </div>
            if q.view.shows_events() && !timeline.years.is_empty() {
                <Timeline years={timeline.years.clone()} hidden={timeline.hidden} from={q.from.clone()} to={q.to.clone()} on_select={on_period} />
            }
            if q.view.shows_quotes() && !top_speakers.is_empty() {
                <super::speaker_chart::SpeakerChart speakers={top_speakers.clone()} />
            }
            if results.cards.is_empty() && shown.words == WordsStatus::Here {
                { empty_state(state) }
            }
            <CardList key={q.to_url_query()} corpus={corpus.clone()} index={index.clone()} texts={shown.texts.clone()} results={results.clone()}
                query={q.clone()} {first_page} at_once={state.anchor.is_some()} on_read={on_read.clone()} on_speaker={on_speaker(state)}
                on_need_whole={shown.on_need_whole.clone()} />
        </main>
    }
}

/// The timeline to show: the counts of the query, or when it has no dated event (a speaker or a
/// kind is chosen: only quotes are left) the last years shown, hidden. Removing the filter then
/// shows them again instead of building a hundred bars anew (the unfiltered years are the same
/// shared list), and the histogram is not rebuilt at every click that empties it.
pub struct KeptTimeline {
    pub years: Rc<Vec<YearBucket>>,
    pub hidden: bool,
}

#[hook]
pub fn use_kept_timeline(years: &Rc<Vec<YearBucket>>) -> KeptTimeline {
    let last = use_mut_ref(|| years.clone());
    if years.is_empty() {
        return KeptTimeline { years: last.borrow().clone(), hidden: true };
    }
    *last.borrow_mut() = years.clone();
    KeptTimeline { years: years.clone(), hidden: false }
}

/// Opens a speaker's page from a card.
pub fn on_speaker(state: &UseReducerHandle<State>) -> Callback<String> {
    let dispatch = state.dispatcher();
    Callback::from(move |name| dispatch.dispatch(Action::OpenSpeaker(name)))
}

/// The cards of a query that starts at its first page, or at the page holding `anchor`.
pub fn first_page(index: &Index, results: &Results, anchor: Option<&str>) -> usize {
    // The anchor's card by lookup; its place by comparing ids, no string per card.
    let card = anchor.and_then(|a| index.card_of_element(a));
    let at = card.and_then(|c| results.cards.iter().position(|&id| id == c));
    at.map_or(PAGE, |at| (at / PAGE + 1) * PAGE)
}

#[derive(Properties, PartialEq)]
pub struct CardListProps {
    pub corpus: Rc<Corpus>,
    pub index: Rc<Index>,
    /// The articles whole that are here; those the listed cards lack are fetched.
    pub texts: ArticleTexts,
    pub results: Rc<Results>,
    pub query: Query,
    /// How many cards to show at first.
    pub first_page: usize,
    /// Draw them all in the first frame: the page will move the focus to one of them.
    pub at_once: bool,
    pub on_read: Callback<(String, String)>,
    pub on_speaker: Callback<String>,
    /// Asks for the whole corpus: the results are a first screen's page ([`Results::unlisted`]).
    #[prop_or_default]
    pub on_need_whole: Callback<()>,
}

/// The shown cards and a "Show more" button. Keyed by the query, so a new query starts again
/// at one page; "Show more" moves the focus to the first new card, so keyboard users go on reading
/// where they were.
#[component]
pub fn CardList(props: &CardListProps) -> Html {
    let shown = use_state(|| props.first_page);
    let focus_from = use_mut_ref(|| None::<usize>);
    let here = props.results.cards.len();
    let total = here + props.results.unlisted;
    let listed = total.min(*shown);
    let whole_page = use_whole_page_after_first_frame(props.at_once);
    let visible = &props.results.cards[..here.min(if whole_page { listed } else { listed.min(FIRST_FRAME) })];
    let missing = props.index.texts_to_fetch(&props.results.cards[..here.min(listed)], &props.query.text);
    {
        // More cards than a first screen's slice holds: the whole corpus has them.
        let on_need_whole = props.on_need_whole.clone();
        use_effect_with(listed > here, move |&short| {
            if short {
                on_need_whole.emit(());
            }
        });
    }
    use_fetch_articles(&props.index, missing, &props.texts);
    {
        // Once the first new card is drawn (after the whole corpus, when it had to come).
        let (focus_from, index, cards) = (focus_from.clone(), props.index.clone(), props.results.clone());
        use_effect_with((*shown, visible.len()), move |_| {
            let at = *focus_from.borrow();
            let id = at.and_then(|at| cards.cards.get(at)).map(|&c| index.card(c).id());
            let element = id.and_then(|id| gloo::utils::document().get_element_by_id(&id));
            if let Some(element) = element.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
                focus_from.borrow_mut().take();
                let _ = element.focus();
            }
        });
    }
    let on_more = {
        let (shown, focus_from) = (shown.clone(), focus_from.clone());
        Callback::from(move |_| {
            *focus_from.borrow_mut() = Some(*shown);
            shown.set(*shown + PAGE);
        })
    };
    let search: AttrValue = props.query.text.clone().into();
    let query = Rc::new(props.query.clone());
    let card = |&id: &CardId| card_item(props, id, &search, &query);
    html! {
        <>
            <ol class="cards">
                { for visible.iter().map(card) }
            </ol>
            if total > listed {
                <p class="more">
                    <button type="button" class="show-more" onclick={on_more}>
                        { format!("Show {} more", PAGE.min(total - listed)) }
                    </button>
                    <span class="more-count">{ format!(" Showing {} of {}", figure(listed), figure(total)) }</span>
                </p>
            }
        </>
    }
}

/// Whether a new card list draws its whole first page: at once on the first render (the
/// prerendered screen, which hydration must match) and when `at_once`; otherwise from the
/// frame after the one that shows its first cards.
#[hook]
fn use_whole_page_after_first_frame(at_once: bool) -> bool {
    let whole = use_state(|| at_once || !crate::app::is_live());
    {
        let whole = whole.clone();
        use_effect_with((), move |_| {
            if !*whole {
                crate::app::after_paint::after_paint(move || whole.set(true));
            }
        });
    }
    *whole
}

fn card_item(props: &CardListProps, id: CardId, search: &AttrValue, query: &Rc<Query>) -> Html {
    let (corpus, q, on_read) = (&props.corpus, &props.query, &props.on_read);
    let card = props.index.card(id);
    let key = card.id();
    match card {
        CardRef::Quote((a, i)) => {
            let href = reader_href(corpus, q, *a, &format!("r-q-{a}-{i}"));
            html! {
                <li {key}>
                    <QuoteCard corpus={corpus.clone()} texts={props.texts.texts.clone()} item={(*a, *i)} search={search.clone()}
                        reader_href={href} on_read={on_read.clone()} on_speaker={props.on_speaker.clone()} />
                </li>
            }
        }
        CardRef::Event(members) => html! {
            <li {key}>
                <EventCard corpus={corpus.clone()} texts={props.texts.texts.clone()} members={members.clone()} search={search.clone()}
                    query={query.clone()} on_read={on_read.clone()} />
            </li>
        },
    }
}

fn reader_href(corpus: &Corpus, q: &Query, article: usize, anchor: &str) -> String {
    let query = Query { read: Some(corpus.articles[article].file.clone()), ..q.clone() };
    url::href(&query, Some(anchor))
}

/// The status line: the count, or why the query has not answered yet.
pub fn status_line(status: &WordsStatus, results: &Results) -> String {
    match status {
        WordsStatus::Here => count_text(results),
        WordsStatus::Fetching => "Searching…".to_string(),
        WordsStatus::Failed(why) => format!("The search could not load its words: {why}. Change the search to try again."),
        WordsStatus::Loading => "Loading the articles…".to_string(),
        WordsStatus::Unloaded(why) => format!("The articles could not be loaded: {why}. Change a filter to try again."),
    }
}

pub fn count_text(results: &Results) -> String {
    let plural = |n: usize, one: &str, many: &str| format!("{} {}", crate::cards::figure(n), if n == 1 { one } else { many });
    format!("{}, {}", plural(results.quotes, "quote", "quotes"), plural(results.events, "event", "events"))
}

/// Says why nothing is shown and offers the one click that fixes it.
fn empty_state(state: &UseReducerHandle<State>) -> Html {
    let q = &state.query;
    let dispatch = state.dispatcher();
    let what = match q.view {
        View::Quotes | View::Speaker => "quotes",
        View::Events => "events",
        View::All => "quotes or events",
    };
    let by = if q.speakers.is_empty() { String::new() } else { format!(" by {}", q.speakers.join(" or ")) };
    let text = q.text.trim();
    let (message, button, action): (String, &str, Action) = if !text.is_empty() {
        // One letter is a whole word ("a"), not the start of one: say so while it is typed.
        let last_word = crate::query::parse_search(text).pop().and_then(|term| term.words.last().cloned());
        let one_letter = text.ends_with(char::is_alphanumeric) && last_word.is_some_and(|w| w.chars().count() == 1);
        let hint = if one_letter { " A search finds the words that start with what is typed from its second letter." } else { "" };
        (format!("No {what}{by} match {}.{hint}", crate::query::quoted(text)), "Clear the search", Action::SetText(String::new()))
    } else if q.is_filtered() {
        (format!("No {what}{by} match these filters."), "Clear all filters", Action::ClearAll)
    } else if q.view != View::All {
        (format!("These articles have no {what} yet."), "Show everything", Action::SetView(View::All))
    } else {
        return html! { <p class="empty">{ "These articles have no quotes or events yet." }</p> };
    };
    let action = std::cell::Cell::new(Some(action));
    let onclick = Callback::from(move |_| {
        if let Some(a) = action.take() {
            dispatch.dispatch(a);
        }
    });
    html! {
        <div class="empty" id="empty-state">
            <p>{ message }</p>
            <button type="button" {onclick}>{ button }</button>
        </div>
    }
}
