//! The articles whole (their texts, sentences and quoted words), where the page has them. The
//! page's `data/corpus.bin` leaves them out: a card's article comes in its own file
//! (`data/articles/N.bin`) when a page of cards shows it, and every text at once
//! (`data/whole.bin`) only for what reads them all (a phrase searched, an export, a reader's own
//! article). A corpus made whole (the tests', the prerender's, one with an own article) has them
//! all from the start.
//!
//! A `Texts` is a snapshot: an arrival makes a new one (the map of fetched articles is copied,
//! a few hundred pointers at most), so a view compares two by pointer and draws again only
//! when they differ.

use std::rc::Rc;

use super::index::FxMap;
use crate::extract::model::{Article, Corpus};

#[derive(Clone, Debug)]
pub struct Texts {
    /// The index's corpus, which keeps its texts or not (`kept`).
    corpus: Rc<Corpus>,
    kept: bool,
    fetched: Rc<FxMap<usize, Rc<Article>>>,
    /// Why an article could not be fetched, until it is asked for again.
    failed: Rc<FxMap<usize, Rc<str>>>,
    whole: Option<Rc<Corpus>>,
}

impl PartialEq for Texts {
    fn eq(&self, other: &Texts) -> bool {
        let same_whole = match (&self.whole, &other.whole) {
            (Some(a), Some(b)) => Rc::ptr_eq(a, b),
            (None, None) => true,
            _ => false,
        };
        Rc::ptr_eq(&self.corpus, &other.corpus) && Rc::ptr_eq(&self.fetched, &other.fetched) && Rc::ptr_eq(&self.failed, &other.failed) && same_whole
    }
}

impl Eq for Texts {}

impl Texts {
    /// The texts of `corpus`: all of them when it keeps them (an article always has a text: at
    /// least its title), else none yet.
    pub fn new(corpus: Rc<Corpus>) -> Texts {
        let kept = corpus.articles.first().is_none_or(|a| !a.text.is_empty());
        Texts { corpus, kept, fetched: Rc::default(), failed: Rc::default(), whole: None }
    }

    /// Article `a` whole, if it is here.
    pub fn article(&self, a: usize) -> Option<&Article> {
        match (&self.whole, self.kept) {
            (_, true) => self.corpus.articles.get(a),
            (Some(whole), false) => whole.articles.get(a),
            (None, false) => self.fetched.get(&a).map(|article| &**article),
        }
    }

    /// Why article `a` could not be fetched, if it could not.
    pub fn failure(&self, a: usize) -> Option<&str> {
        self.failed.get(&a).map(|why| &**why)
    }

    /// The corpus with every text, if it is here.
    pub fn whole(&self) -> Option<&Rc<Corpus>> {
        match self.kept {
            true => Some(&self.corpus),
            false => self.whole.as_ref(),
        }
    }

    /// Of `articles` (each once), those not here, in order.
    pub fn missing(&self, articles: impl IntoIterator<Item = usize>) -> Vec<usize> {
        articles.into_iter().filter(|&a| self.article(a).is_none() && a < self.corpus.articles.len()).collect()
    }

    /// These texts with article `a` (`data/articles/N.bin`), checked against the index's own
    /// article: the same file, the same quotes and events.
    pub fn with_article(&self, a: usize, article: Article) -> Result<Texts, String> {
        let ours = self.corpus.articles.get(a).ok_or_else(|| format!("there is no article {a}"))?;
        if !same_cards(ours, &article) {
            return Err(format!("it is not the article {} of this page's data", ours.file));
        }
        let mut fetched = (*self.fetched).clone();
        fetched.insert(a, Rc::new(article));
        let mut failed = self.failed.clone();
        if failed.contains_key(&a) {
            Rc::make_mut(&mut failed).remove(&a);
        }
        Ok(Texts { fetched: Rc::new(fetched), failed, ..self.clone() })
    }

    /// These texts with article `a` failed, for `why`.
    pub fn with_failure(&self, a: usize, why: &str) -> Texts {
        let mut failed = (*self.failed).clone();
        failed.insert(a, why.into());
        Texts { failed: Rc::new(failed), ..self.clone() }
    }

    /// These texts with every text (`data/whole.bin`), checked against the index's corpus.
    pub fn with_whole(&self, whole: Corpus) -> Result<Texts, String> {
        let fits = whole.articles.len() == self.corpus.articles.len()
            && whole.articles.iter().zip(&self.corpus.articles).all(|(w, ours)| same_cards(ours, w));
        match fits {
            true => Ok(Texts { whole: Some(Rc::new(whole)), fetched: Rc::default(), ..self.clone() }),
            false => Err("its articles are not those of this page's data".into()),
        }
    }
}

/// Whether `whole` is `cards` with its texts: a file of the same build always is.
fn same_cards(cards: &Article, whole: &Article) -> bool {
    cards.file == whole.file && cards.quotes.len() == whole.quotes.len() && cards.events.len() == whole.events.len()
}
