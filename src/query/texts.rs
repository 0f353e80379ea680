//! The texts of the articles, where the page has them: the cards' (sentences and quoted words)
//! and the articles' own (text and blocks, for the reader). The page's `data/corpus.bin` leaves
//! them all out: an article comes whole in its own file (`data/articles/N.bin`) when a page of
//! cards or the reader shows it, and every card's texts at once (`data/whole.bin`, without the
//! articles' own) only for what reads them all (a phrase searched, an export, a reader's own
//! article). A corpus made in full (the tests', one with an own article) has them from the start.
//!
//! A `Texts` is a snapshot: an arrival makes a new one (the map of fetched articles is copied,
//! a few hundred pointers at most), so a view compares two by pointer and draws again only
//! when they differ.

use std::rc::Rc;

use super::index::FxMap;
use crate::extract::model::{Article, Corpus};

#[derive(Clone, Debug)]
pub struct Texts {
    /// The index's corpus, which keeps its cards' texts or not (`kept`).
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
    /// The texts of `corpus`: its cards' when it keeps them, else none yet.
    pub fn new(corpus: Rc<Corpus>) -> Texts {
        let kept = corpus.articles.iter().all(has_card_texts);
        Texts { corpus, kept, fetched: Rc::default(), failed: Rc::default(), whole: None }
    }

    /// Article `a` with its cards' texts, if they are here.
    pub fn article(&self, a: usize) -> Option<&Article> {
        match (&self.whole, self.kept) {
            (_, true) => self.corpus.articles.get(a),
            (Some(whole), false) => whole.articles.get(a),
            (None, false) => self.fetched.get(&a).map(|article| &**article),
        }
    }

    /// Article `a` whole, its own text and blocks too (the reader), if it is here.
    pub fn full_article(&self, a: usize) -> Option<&Article> {
        match self.corpus.articles.get(a) {
            Some(article) if !article.text.is_empty() => Some(article),
            _ => self.fetched.get(&a).map(|article| &**article),
        }
    }

    /// Of `articles`, those not here whole, in order (see [`Texts::missing`]).
    pub fn missing_full(&self, articles: impl IntoIterator<Item = usize>) -> Vec<usize> {
        articles.into_iter().filter(|&a| self.full_article(a).is_none() && a < self.corpus.articles.len()).collect()
    }

    /// Whether the sentence of event report `(a, i)` is here and holds a word of `search`.
    pub fn report_marks(&self, (a, i): (usize, usize), search: &str) -> bool {
        let sentence = self.article(a).and_then(|article| article.events.get(i)).map_or("", |e| e.sentence.as_str());
        super::highlight(sentence, search).iter().any(|(_, marked)| *marked)
    }

    /// The articles fetched one by one (`data/articles/N.bin`), with their numbers.
    pub fn fetched(&self) -> impl Iterator<Item = (usize, &Article)> {
        self.fetched.iter().map(|(&a, article)| (a, &**article))
    }

    /// Why article `a` could not be fetched, if it could not.
    pub fn failure(&self, a: usize) -> Option<&str> {
        self.failed.get(&a).map(|why| &**why)
    }

    /// The corpus with every card's texts, if they are here.
    pub fn whole(&self) -> Option<&Rc<Corpus>> {
        match self.kept {
            true => Some(&self.corpus),
            false => self.whole.as_ref(),
        }
    }

    /// Of `articles` (each once), those whose cards' texts are not here, in order.
    pub fn missing(&self, articles: impl IntoIterator<Item = usize>) -> Vec<usize> {
        articles.into_iter().filter(|&a| self.article(a).is_none() && a < self.corpus.articles.len()).collect()
    }

    /// These texts with article `a` (`data/articles/N.bin`), checked against the index's own
    /// article: the same file, the same quotes and events.
    pub fn with_article(&self, a: usize, article: Article) -> Result<Texts, String> {
        let ours = self.corpus.articles.get(a).ok_or_else(|| format!("there is no article {a}"))?;
        if !same_cards(ours, &article) {
            return Err(format!("the file of article {a} is not {}, as this page's data says: upload dist/ again, whole", ours.file));
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

    /// These texts with every card's texts (`data/whole.bin`), checked against the index's
    /// corpus. The articles fetched whole stay, for the reader.
    pub fn with_whole(&self, whole: Corpus) -> Result<Texts, String> {
        let fits = whole.articles.len() == self.corpus.articles.len()
            && whole.articles.iter().zip(&self.corpus.articles).all(|(w, ours)| same_cards(ours, w));
        match fits {
            true => Ok(Texts { whole: Some(Rc::new(whole)), ..self.clone() }),
            false => Err("data/whole.bin holds other articles than this page's data: upload dist/ again, whole".into()),
        }
    }
}

/// Whether an article keeps its cards' texts (a quote or an event always has a sentence).
fn has_card_texts(article: &Article) -> bool {
    article.quotes.iter().all(|q| !q.sentence.is_empty()) && article.events.iter().all(|e| !e.sentence.is_empty())
}

/// Whether `whole` is `cards` with its texts: a file of the same build always is.
/// Whether `whole` is the article whose cards are `cards`. A slice keeps some articles' events
/// only (the first screen's, `slices::first_screen`) or quotes only (a speaker's), and leaves
/// the others empty in their places (no file, no cards): any article fits there.
fn same_cards(cards: &Article, whole: &Article) -> bool {
    let quotes = cards.quotes.len() == whole.quotes.len() || cards.quotes.is_empty();
    let events = cards.events.len() == whole.events.len() || cards.events.is_empty();
    let left_out = cards.file.is_empty() && cards.quotes.is_empty() && cards.events.is_empty();
    left_out || (cards.file == whole.file && quotes && events)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::codec::{without_article_text, without_texts};
    use crate::extract::model::{Event, Precision, Quote, QuoteKind, Span};

    fn paper(file: &str) -> Article {
        let quote = Quote {
            speaker: None,
            kind: QuoteKind::Direct,
            text: "Yes".into(),
            cue: None,
            sentence: "\"Yes,\" she said.".into(),
            span: Span::default(),
            sentence_span: Span::default(),
            date: None,
        };
        let event = Event {
            start: "2024-01-01".into(),
            end: "2024-01-01".into(),
            precision: Precision::Day,
            sentence: "It met on Monday.".into(),
            sentence_span: Span::default(),
            date: crate::extract::model::DateValue {
                start: "2024-01-01".into(),
                end: "2024-01-01".into(),
                precision: Precision::Day,
                text: "Monday".into(),
                span: Span::default(),
            },
            actors: vec![],
            places: vec![],
        };
        Article { file: file.into(), text: "Title\n\"Yes,\" she said. It met on Monday.".into(), quotes: vec![quote], events: vec![event], ..Article::default() }
    }

    fn full() -> Corpus {
        Corpus { articles: vec![paper("a.txt"), paper("b.txt")] }
    }

    #[test]
    fn a_corpus_with_its_texts_has_them_all_and_one_without_has_none() {
        let kept = Texts::new(Rc::new(full()));
        assert!(kept.article(1).is_some() && kept.full_article(1).is_some() && kept.whole().is_some());
        assert!(kept.missing([0, 1]).is_empty());
        let cards = Texts::new(Rc::new(Corpus { articles: full().articles.iter().map(without_texts).collect() }));
        assert!(cards.article(0).is_none() && cards.full_article(0).is_none() && cards.whole().is_none());
        assert_eq!(cards.missing([1, 0, 7]), vec![1, 0], "an article that does not exist is never asked for");
    }

    #[test]
    fn an_article_fetched_serves_its_cards_and_the_reader_and_a_wrong_one_is_refused() {
        let cards = Texts::new(Rc::new(Corpus { articles: full().articles.iter().map(without_texts).collect() }));
        let one = cards.with_article(1, paper("b.txt")).unwrap();
        assert_ne!(one, cards, "a new snapshot");
        assert_eq!(one.article(1).map(|a| a.quotes[0].text.as_str()), Some("Yes"));
        assert!(one.full_article(1).is_some() && one.article(0).is_none());
        assert_eq!(one.missing([0, 1]), vec![0]);
        let error = cards.with_article(0, paper("b.txt")).unwrap_err();
        assert!(error.contains("a.txt"), "{error}");
        // A failure is kept until the article arrives.
        let failed = one.with_failure(0, "data/articles/0.bin could not be loaded (404)");
        assert_eq!(failed.failure(0), Some("data/articles/0.bin could not be loaded (404)"));
        assert_eq!(failed.with_article(0, paper("a.txt")).unwrap().failure(0), None);
    }

    #[test]
    fn an_article_kept_for_its_events_or_quotes_takes_its_file_and_one_with_other_quotes_does_not() {
        let events_only = Article { quotes: Vec::new(), ..without_texts(&paper("a.txt")) };
        let texts = Texts::new(Rc::new(Corpus { articles: vec![events_only] }));
        assert!(texts.with_article(0, paper("a.txt")).is_ok(), "the first screen's slice keeps some articles' events only");
        let two = Article { quotes: vec![paper("a.txt").quotes[0].clone(); 2], ..without_texts(&paper("a.txt")) };
        let texts = Texts::new(Rc::new(Corpus { articles: vec![two] }));
        assert!(texts.with_article(0, paper("a.txt")).is_err(), "two quotes here, one in the file");
        let quotes_only = Article { events: Vec::new(), ..without_texts(&paper("a.txt")) };
        let texts = Texts::new(Rc::new(Corpus { articles: vec![quotes_only] }));
        assert!(texts.with_article(0, paper("a.txt")).is_ok(), "a speaker's slice keeps their articles' quotes only");
        // Every text (an export) on a slice's index: the articles it left out take theirs.
        let slice = Texts::new(Rc::new(Corpus { articles: vec![Article::default(), without_texts(&paper("b.txt"))] }));
        assert!(slice.with_whole(full()).is_ok());
        assert!(slice.with_whole(Corpus { articles: vec![paper("a.txt"), paper("c.txt")] }).is_err(), "b.txt is not c.txt");
    }

    #[test]
    fn every_cards_text_serves_the_cards_not_the_reader() {
        let cards = Texts::new(Rc::new(Corpus { articles: full().articles.iter().map(without_texts).collect() }));
        let whole = Corpus { articles: full().articles.iter().map(without_article_text).collect() };
        let all = cards.with_whole(whole).unwrap();
        assert!(all.whole().is_some() && all.article(0).is_some() && all.missing([0, 1]).is_empty());
        assert!(all.full_article(0).is_none(), "the reader fetches the article's own text");
        assert_eq!(all.missing_full([0]), vec![0]);
        assert!(cards.with_whole(Corpus { articles: vec![paper("a.txt")] }).is_err());
    }
}
