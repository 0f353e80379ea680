//! The articles whole, fetched when a view shows them: `data/articles/N.bin` for the cards on
//! screen, the reader and the cards a phrase reads, `data/whole.bin` for what reads every card's
//! texts (a phrase that many articles hold, an export, a reader's own article). The page starts with the cards' columns only
//! (`data/corpus.bin`), whatever the corpus.

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use crate::app::fetch;
use crate::bundle;
use crate::extract::model::Corpus;
use crate::query::{Index, Texts};

/// What a view needs to show articles whole: those here now (a snapshot, compared by pointer),
/// and the callback that draws the page again when more arrive.
#[derive(Clone, PartialEq)]
pub struct ArticleTexts {
    pub texts: Texts,
    pub arrived: Callback<()>,
}

/// The texts of the explorer's index, drawn again (from the top: every view takes the new
/// snapshot) when an article or every text arrives.
#[hook]
pub fn use_article_texts(index: &Rc<Index>) -> ArticleTexts {
    let update = use_force_update();
    let arrived = use_callback((), move |(), _| update.force_update());
    ArticleTexts { texts: index.texts(), arrived }
}

/// Fetches `missing` articles (each once, while asked for) when the list changes.
#[hook]
pub fn use_fetch_articles(index: &Rc<Index>, missing: Vec<usize>, texts: &ArticleTexts) {
    let arrived = texts.arrived.clone();
    use_effect_with((index.clone(), missing), move |(index, missing)| fetch_articles(index, missing, &arrived));
}

/// An index waiting for an article, and what to call when it is there.
type ArticleWaiter = (Rc<Index>, Callback<()>);

thread_local! {
    /// The articles downloading, each with the indexes waiting for it: an index made meanwhile
    /// (the whole corpus after a speaker's slice) waits for the same download.
    static DOWNLOADING: RefCell<Vec<(usize, Vec<ArticleWaiter>)>> = const { RefCell::new(Vec::new()) };
}

/// Fetches those of `articles` not asked for yet; `arrived` once each is here (or failed: the
/// failure is kept in the texts, and a card says why).
pub fn fetch_articles(index: &Rc<Index>, articles: &[usize], arrived: &Callback<()>) {
    for a in index.request_texts(articles) {
        let waiter = (index.clone(), arrived.clone());
        let first = DOWNLOADING.with(|downloading| {
            let mut downloading = downloading.borrow_mut();
            match downloading.iter_mut().find(|(b, _)| *b == a) {
                Some((_, waiters)) => {
                    waiters.push(waiter);
                    false
                }
                None => {
                    downloading.push((a, vec![waiter]));
                    true
                }
            }
        });
        if !first {
            continue;
        }
        wasm_bindgen_futures::spawn_local(async move {
            let path = bundle::article_path(a);
            let article = fetch::bytes(&path).await.and_then(|bytes| bundle::decode_article(&path, &bytes));
            let waiters = DOWNLOADING.with(|downloading| {
                let mut downloading = downloading.borrow_mut();
                let at = downloading.iter().position(|(b, _)| *b == a);
                at.map(|at| downloading.swap_remove(at).1).unwrap_or_default()
            });
            for (index, arrived) in waiters {
                let _ = index.texts_arrived(a, article.clone());
                arrived.emit(());
            }
        });
    }
}

thread_local! {
    /// What waits for every text while `data/whole.bin` downloads.
    static WAITING: RefCell<Vec<WholeWaiter>> = const { RefCell::new(Vec::new()) };
}

type WholeWaiter = Box<dyn FnOnce(Result<Rc<Corpus>, String>)>;

/// Every text, then `then` with them (at once when they are here): fetches `data/whole.bin`
/// once, however many ask while it downloads.
pub fn with_whole(index: &Rc<Index>, arrived: &Callback<()>, then: impl FnOnce(Result<Rc<Corpus>, String>) + 'static) {
    if let Some(whole) = index.texts().whole() {
        return then(Ok(whole.clone()));
    }
    WAITING.with(|waiting| waiting.borrow_mut().push(Box::new(then)));
    if !index.request_whole() {
        return;
    }
    let (index, arrived) = (index.clone(), arrived.clone());
    wasm_bindgen_futures::spawn_local(async move {
        let whole = match fetch::bytes(bundle::WHOLE_PATH).await {
            Ok(bytes) => bundle::decode_whole_paced(&bytes, &mut crate::app::pace::browser_pace()).await,
            Err(why) => Err(why),
        };
        // A failure names the file (fetch, decoding, or a file of other articles).
        let result = index.whole_arrived(whole).and_then(|()| index.texts().whole().cloned().ok_or_else(|| "no texts".to_string()));
        let waiting = WAITING.with(|waiting| std::mem::take(&mut *waiting.borrow_mut()));
        for then in waiting {
            then(result.clone());
        }
        arrived.emit(());
    });
}
