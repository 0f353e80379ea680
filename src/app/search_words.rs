//! The chunks of search words a query needs (`data/words/N.bin`), fetched when it needs them:
//! the page never downloads the words of searches nobody makes.

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use crate::app::fetch;
use crate::app::texts::{with_whole, ArticleTexts};
use crate::bundle;
use crate::query::{Index, Query, Results};

/// Results as the page shows them: the answer, whether the search words it needs are here, and
/// the articles whole that its cards show.
pub struct ShownResults {
    pub results: Rc<Results>,
    pub words: WordsStatus,
    pub texts: ArticleTexts,
}

/// Whether the search words of a query are here.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum WordsStatus {
    Here,
    Fetching,
    /// A chunk could not be fetched or read: why. Changing the search asks again.
    Failed(Rc<str>),
}

/// The words `query` needs: fetches the missing chunks (each once) and says whether they are
/// here. The page renders again as each chunk arrives. A phrase also needs every text, to read
/// its words' order (`data/whole.bin`).
#[hook]
pub fn use_search_words(index: &Rc<Index>, query: &Query, texts: &ArticleTexts) -> WordsStatus {
    let failure = use_mut_ref(|| None::<Rc<str>>);
    let update = use_force_update();
    let to_fetch = index.words_to_fetch(query);
    let needs_whole = index.needs_whole(query);
    {
        let (failure, arrived) = (failure.clone(), texts.arrived.clone());
        // The search's text too: a failed chunk is asked for again when the search changes.
        use_effect_with((index.clone(), to_fetch.clone(), query.text.clone()), move |(index, to_fetch, _)| {
            let requests = index.request_words(to_fetch);
            if !requests.is_empty() || needs_whole {
                *failure.borrow_mut() = None;
            }
            for n in requests {
                fetch_chunk(index.clone(), n, failure.clone(), update.clone());
            }
            if needs_whole {
                with_whole(index, &arrived, move |whole| {
                    if let Err(why) = whole {
                        *failure.borrow_mut() = Some(why.into());
                    }
                });
            }
        });
    }
    let failed = failure.borrow().clone();
    match (to_fetch.is_empty() && !needs_whole, failed) {
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
