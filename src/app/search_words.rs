//! The chunks of search words a query needs (`data/words/N.bin`), fetched when it needs them:
//! the page never downloads the words of searches nobody makes.

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use crate::app::fetch;
use crate::app::texts::{fetch_articles, with_whole, ArticleTexts};
use crate::bundle;
use crate::query::{Index, Query, Results, TextsNeeded};

/// Results as the page shows them: the answer, whether the search words it needs are here, and
/// the articles whole that its cards show.
pub struct ShownResults {
    pub results: Rc<Results>,
    pub words: WordsStatus,
    pub texts: ArticleTexts,
    /// Asks for the whole corpus: `results` are a first screen's page ([`Results::unlisted`]),
    /// and a reader wants more of them.
    pub on_need_whole: Callback<()>,
}

/// Whether the search words of a query are here.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum WordsStatus {
    Here,
    Fetching,
    /// A chunk could not be fetched or read: why. Changing the search asks again.
    Failed(Rc<str>),
    /// The data file that answers the query is downloading (the page started from a slice).
    Loading,
    /// That file could not be fetched or read: why. Changing the query asks again.
    Unloaded(Rc<str>),
}

/// The words `query` needs: fetches the missing chunks (each once) and says whether they are
/// here. The page renders again as each chunk arrives. A phrase also needs the texts of the
/// cards that hold its words, to read their order: their articles' files, or every card's
/// texts when they are many (`data/whole.bin`).
#[hook]
pub fn use_search_words(index: &Rc<Index>, query: &Query, texts: &ArticleTexts) -> WordsStatus {
    let failure = use_mut_ref(|| None::<Rc<str>>);
    let update = use_force_update();
    let to_fetch = index.words_to_fetch(query);
    // Read again only when what it depends on changes (the search, its words' arrival, the
    // texts here): a phrase's cards are an intersection, not to be made at every render.
    let needed = use_memo((index.clone(), query.text.clone(), to_fetch.is_empty(), texts.texts.clone()), |(index, text, _, _)| {
        index.texts_for_search(&Query { text: text.clone(), ..Query::default() })
    });
    let needed = (*needed).clone();
    {
        let (failure, arrived) = (failure.clone(), texts.arrived.clone());
        // The search's text too: a failed chunk is asked for again when the search changes.
        let deps = (index.clone(), to_fetch.clone(), needed.clone(), query.text.clone());
        use_effect_with(deps, move |(index, to_fetch, needed, _)| {
            let requests = index.request_words(to_fetch);
            if !requests.is_empty() || *needed != TextsNeeded::Nothing {
                *failure.borrow_mut() = None;
            }
            for n in requests {
                fetch_chunk(index.clone(), n, failure.clone(), update.clone());
            }
            match needed {
                TextsNeeded::Nothing => {}
                TextsNeeded::Articles(articles) => fetch_articles(index, articles, &arrived),
                TextsNeeded::Whole => with_whole(index, &arrived, move |whole| {
                    if let Err(why) = whole {
                        *failure.borrow_mut() = Some(why.into());
                    }
                }),
            }
        });
    }
    // An article that could not be fetched: the phrase cannot be checked.
    let article_failed = match &needed {
        TextsNeeded::Articles(articles) => articles.iter().find_map(|&a| texts.texts.failure(a).map(Rc::from)),
        _ => None,
    };
    let failed = failure.borrow().clone().or(article_failed);
    match (to_fetch.is_empty() && needed == TextsNeeded::Nothing, failed) {
        (true, _) => WordsStatus::Here,
        (false, Some(why)) => WordsStatus::Failed(why),
        (false, None) => WordsStatus::Fetching,
    }
}

fn fetch_chunk(index: Rc<Index>, n: usize, failure: Rc<RefCell<Option<Rc<str>>>>, update: UseForceUpdateHandle) {
    wasm_bindgen_futures::spawn_local(async move {
        let path = bundle::words_path(n);
        let chunk = fetch::bytes(&path).await.and_then(|bytes| bundle::decode_words(&path, &bytes));
        if let Err(why) = index.words_arrived(n, chunk) {
            *failure.borrow_mut() = Some(why.into());
        }
        update.force_update();
    });
}

/// The query whose answer the page shows: `query` once its search words are here; until then
/// the last one answered, so the cards on screen stay until the search can answer (rather than
/// flash "no results"), or none when nothing was answered yet (a search permalink opening).
#[hook]
pub fn use_answerable(status: &WordsStatus, query: &Query) -> Option<Query> {
    let kept = use_mut_ref(|| None::<Query>);
    if *status == WordsStatus::Here {
        *kept.borrow_mut() = Some(query.clone());
    }
    let answerable = kept.borrow().clone();
    answerable
}
