//! The index: every card of the corpus with what the filters need, as interned ids, columns and
//! postings, computed once. A query is answered by intersecting sorted id lists; facet counts
//! walk the cards a query leaves (never the whole corpus, whose counts are computed once).
//!
//! Facet counts follow the InstantSearch convention: the count next to a value is the number of
//! results the page would show if that value were added, i.e. every *other* active filter applies.

use std::cell::{Cell, OnceCell, RefCell};
use std::collections::HashMap;
use std::hash::BuildHasherDefault;
use std::rc::Rc;

use super::calendar::{day_number, year_month};
use super::events::{group_events, group_events_paced, ItemRef};
use super::postings::{intersect, union, CardId};
use super::search::{cut_chunks, has_run, make_words, make_words_paced, WordEntry, Words, CHUNK_BYTES};
use super::texts::Texts;
use super::text::{fold, parse_search, word_spans, words, Term};
use super::url::{Facet, Query, Sort, View};
pub use crate::counts::{Facets, Preset, Unlisted, ViewPreset, YearBucket};
use crate::extract::fxhash::FxHasher;
use crate::codec::{Named, Prebuilt};
use crate::pace::{finish_now, Pace};
use crate::extract::model::{Article, Corpus, QuoteKind};
use super::order::{self, day_key};

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CardRef {
    Quote(ItemRef),
    /// One event as reported by one or more articles (first = the earliest article).
    Event(Vec<ItemRef>),
}

impl CardRef {
    /// Stable element id of the card (`q-0-3`, `e-1-0`).
    pub fn id(&self) -> String {
        match self {
            CardRef::Quote((a, i)) => format!("q-{a}-{i}"),
            CardRef::Event(members) => {
                let (a, i) = members[0];
                format!("e-{a}-{i}")
            }
        }
    }
}

/// Our own tables hash with FxHash (`extract::fxhash`): several times faster than SipHash on
/// short keys, and the keys are our own data.
pub(super) type FxMap<K, V> = HashMap<K, V, BuildHasherDefault<FxHasher>>;

/// Interned names (speakers, mentions): an id per name, and the order of the names.
#[derive(Debug, Default)]
struct Names {
    names: Vec<Rc<str>>,
    ids: FxMap<Rc<str>, u32>,
    /// Position of each name in alphabetical order, to sort counts without comparing strings.
    rank: Vec<u32>,
}

impl Names {
    fn intern(&mut self, name: &str) -> u32 {
        if let Some(&id) = self.ids.get(name) {
            return id;
        }
        let id = self.names.len() as u32;
        let name: Rc<str> = name.into();
        self.names.push(name.clone());
        self.ids.insert(name, id);
        id
    }

    fn finish(&mut self) {
        let mut order: Vec<u32> = (0..self.names.len() as u32).collect();
        order::sort_by_text(&mut order, |&id| &self.names[id as usize]);
        self.rank = vec![0; order.len()];
        for (r, id) in order.into_iter().enumerate() {
            self.rank[id as usize] = r as u32;
        }
    }

    fn id(&self, name: &str) -> Option<u32> {
        self.ids.get(name).copied()
    }
}

/// The card → values relation of a many-valued facet, in one flat array (compressed rows).
#[derive(Debug, Default)]
struct Rows {
    starts: Vec<u32>,
    values: Vec<u32>,
}

impl Rows {
    fn push(&mut self, row: impl IntoIterator<Item = u32>) {
        if self.starts.is_empty() {
            self.starts.push(0);
        }
        self.values.extend(row);
        self.starts.push(self.values.len() as u32);
    }

    fn of(&self, card: CardId) -> &[u32] {
        let c = card as usize;
        &self.values[self.starts[c] as usize..self.starts[c + 1] as usize]
    }
}

/// A phrase whose cards span more articles than this reads every card's texts (`whole.bin`)
/// rather than their articles' files one by one.
pub const PHRASE_ARTICLES: usize = 48;

/// What a search needs of the cards' texts ([`Index::texts_for_search`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TextsNeeded {
    Nothing,
    /// These articles' files.
    Articles(Vec<usize>),
    /// Every card's texts.
    Whole,
}

/// The articles of a card's texts: a quote's, every report's of an event.
fn card_reports(card: &CardRef) -> impl Iterator<Item = usize> + '_ {
    let members: &[ItemRef] = match card {
        CardRef::Quote(item) => std::slice::from_ref(item),
        CardRef::Event(members) => members,
    };
    members.iter().map(|&(a, _)| a)
}

/// The reports of an event whose texts a card with a search may read, to show the one that
/// marks the search: an event that wire copy spread to hundreds of papers reads a few.
pub const REPORTS_READ: usize = 6;

/// What one card contributes to the filters, before ids are given out. Borrowed from the
/// corpus where it can be: at 10,000 articles, allocations per card were a quarter of the
/// index's making.
struct Draft<'c> {
    card: CardRef,
    kind: Option<QuoteKind>,
    speaker: Option<&'c str>,
    articles: Reports,
    mentions: Vec<&'c str>,
    period: Option<(i32, i32)>,
    /// (article index, char offset) of the first report: "article order".
    position: (usize, usize),
}

/// The corpus prepared for filtering: built once, queried on every change. Compared by
/// identity (`Rc::ptr_eq` through `Eq`), never field by field.
#[derive(Debug)]
pub struct Index {
    cards: Vec<CardRef>,
    kind: Vec<Option<QuoteKind>>,
    speaker: Vec<Option<u32>>,
    articles: Rows,
    mentions: Rows,
    /// First and last day (day numbers) of what a card reports, when known.
    period: Vec<Option<(i32, i32)>>,
    /// Each card's place in date order (undated last, then article order).
    date_rank: Vec<u32>,
    speakers: Names,
    mention_names: Names,
    files: Vec<String>,
    titles: Vec<String>,
    file_ids: FxMap<String, u32>,
    by_speaker: Vec<Vec<CardId>>,
    by_mention: Vec<Vec<CardId>>,
    by_article: Vec<Vec<CardId>>,
    by_kind: [Vec<CardId>; 4],
    quotes: Vec<CardId>,
    events: Vec<CardId>,
    /// 0..n: the pool of an unfiltered query.
    all: Vec<CardId>,
    /// The words of the cards, for the search: fetched in the build's chunks when a search needs
    /// them, or made from the corpus (`words_made_here`) with the index or at their first use.
    words: Words,
    words_made_here: bool,
    /// The corpus the cards were made from: with its texts (then the search words are made
    /// from them) or without (the page's `corpus.bin`).
    corpus: Rc<Corpus>,
    /// The articles whole, where they are here (a card shows them; a phrase is checked in them).
    texts: RefCell<Texts>,
    /// The articles asked for and not arrived, and whether every text is.
    texts_requested: RefCell<Vec<bool>>,
    whole_requested: Cell<bool>,
    /// `(kind, article, item)` → card, for the links from the reader back to the cards.
    item_cards: FxMap<(u8, u32, u32), CardId>,
    /// The counts of the unfiltered corpus, per view, computed once: the view shown first when
    /// the page starts, the others when it is idle ([`Index::prepare_views`]) or first shown.
    unfiltered: [OnceCell<Facets>; 4],
    /// The build's counts of the whole corpus (`data/first.bin`): this index is of a slice of
    /// it, whose unfiltered views answer their first page only ([`Preset`]).
    preset: Option<Rc<Preset>>,
}

impl PartialEq for Index {
    fn eq(&self, other: &Index) -> bool {
        std::ptr::eq(self, other)
    }
}

impl Eq for Index {}

/// Cards per page: a screenful or two (twelve rows of the two-column grid). Every card a click
/// puts on the page costs it about 30 DOM changes and their layout: at 50 they were most of a
/// facet click's time (BENCHMARKS.md, "Facet clicks"). A first screen's slice holds a page.
pub const PAGE: usize = 24;

/// Values a facet lists before a reader searches it (the most frequent): all that a first
/// screen's counts keep of each list ([`Preset`]).
pub const TOP_VALUES: usize = 10;

/// The cards a query shows, in order, with their totals.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Results {
    pub cards: Vec<CardId>,
    pub quotes: usize,
    pub events: usize,
    /// Cards of the answer that `cards` lacks: an index of a first screen's slice holds the
    /// first page of an unfiltered view, and counts the rest ([`Preset`]). The others need
    /// the whole corpus.
    pub unlisted: usize,
}

/// The card lists of a query's search terms and period, shared by its pools.
struct Prepared {
    terms: Vec<Vec<CardId>>,
    period: Option<Vec<CardId>>,
}

/// The cards left by the filters of a query: all of a view, or a sorted list.
enum Pool<'i> {
    All(&'i [CardId]),
    Some(Vec<CardId>),
}

impl Pool<'_> {
    fn ids(&self) -> &[CardId] {
        match self {
            Pool::All(ids) => ids,
            Pool::Some(ids) => ids,
        }
    }
}

impl Index {
    /// The index of `corpus`, its search words included.
    pub fn new(corpus: impl Into<Rc<Corpus>>) -> Index {
        let corpus = corpus.into();
        let index = Index::all_at_once(&corpus, group_events(&corpus));
        index.prepare_search();
        index
    }

    /// The page's index of `corpus`, with what the build computed for it (`data/corpus.bin`
    /// holds it; none for a corpus made in the page, with a reader's own article added):
    /// - the event groups, made here otherwise;
    /// - the names of the chunks of search words (`data/words/N.bin`), fetched when a search
    ///   needs them ([`Index::words_to_fetch`]). Without them the words are made here at their
    ///   first use (a search, or [`Index::prepare_search`]): the page answers its first click
    ///   sooner, as most of an index's making is reading every card's words.
    pub fn deferring_search(corpus: Rc<Corpus>, prebuilt: Option<&Prebuilt>) -> Index {
        finish_now(Index::deferring_search_paced(corpus, prebuilt, &mut Pace::none()))
    }

    /// [`Index::deferring_search`], at `pace`: it ticks as it goes through the articles and
    /// the cards (the page makes the index of `corpus.bin` while a reader may be typing).
    pub async fn deferring_search_paced(corpus: Rc<Corpus>, prebuilt: Option<&Prebuilt>, pace: &mut Pace<'_>) -> Index {
        let groups = match prebuilt {
            Some(p) => p.event_groups.clone(),
            None => group_events_paced(&corpus, pace).await,
        };
        let chunks = prebuilt.map(|p| p.word_chunks.as_slice()).filter(|c| !c.is_empty());
        let named = prebuilt.and_then(|p| p.named.as_ref());
        let mut index = Index::without_search(&corpus, groups, named, chunks.and_then(Words::chunked), pace).await;
        if let Some(preset) = prebuilt.and_then(|p| p.preset.clone()) {
            for view in View::EVERY {
                let _ = index.unfiltered[view as usize].set(preset.views[view as usize].facets.clone());
            }
            index.preset = Some(preset);
        }
        index
    }

    /// What the page shows of each view without a filter, from this index of the whole corpus,
    /// its long lists cut ([`Preset`]).
    pub fn preset(&self, quoted_digits: usize) -> Preset {
        fn cut<T: Clone>(list: &Rc<Vec<T>>) -> (Rc<Vec<T>>, usize) {
            (Rc::new(list.iter().take(TOP_VALUES).cloned().collect()), list.len().saturating_sub(TOP_VALUES))
        }
        let view = |view: View| {
            let whole = self.unfiltered(view);
            let ((speakers, s), (articles, a), (mentions, m)) = (cut(&whole.speakers), cut(&whole.articles), cut(&whole.mentions));
            let unlisted = Unlisted { speakers: s, articles: a, mentions: m };
            let facets = Facets { speakers, articles, mentions, unlisted, ..whole.clone() };
            let results = self.results(&Query { view, ..Query::default() });
            ViewPreset { quotes: results.quotes, events: results.events, facets }
        };
        Preset { views: View::EVERY.map(view), quoted_digits }
    }

    /// Whether this index is of a first screen's slice, answering its unfiltered views from
    /// the build's counts ([`Preset`]).
    pub fn preset_digits(&self) -> Option<usize> {
        self.preset.as_ref().map(|p| p.quoted_digits)
    }

    /// Makes the search words now, if they are made here and not made yet (the page calls it
    /// when idle).
    pub fn prepare_search(&self) {
        finish_now(self.prepare_search_paced(&mut Pace::none()));
    }

    /// [`Index::prepare_search`], at `pace`. A search made meanwhile makes the words itself, at
    /// once: these are then dropped.
    pub async fn prepare_search_paced(&self, pace: &mut Pace<'_>) {
        if self.words_made_here && !self.words.all_here() {
            let texts = |id: usize| card_texts(|a| self.corpus.articles.get(a), &self.cards[id]);
            let entries = make_words_paced(self.cards.len(), &texts, pace).await;
            if !self.words.all_here() {
                let _ = self.words.arrive(0, entries);
            }
        }
    }

    /// Whether the search words are all here (tests).
    #[cfg(test)]
    pub fn search_is_made(&self) -> bool {
        self.words.all_here()
    }

    /// The chunks of search words (`data/words/N.bin`) that `query` needs and that are not
    /// here: until they are, its results lack the cards of those words. None when the words
    /// are made here.
    pub fn words_to_fetch(&self, query: &Query) -> Vec<usize> {
        match self.words_made_here || query.text.is_empty() {
            true => Vec::new(),
            false => self.words.missing(&parse_search(&query.text)),
        }
    }

    /// Of `chunks`, those not asked for yet, now marked as asked for.
    pub fn request_words(&self, chunks: &[usize]) -> Vec<usize> {
        self.words.to_request(chunks)
    }

    /// Chunk `n` of the search words arrived (decoded), or could not be fetched (`Err`, it may
    /// be asked for again).
    pub fn words_arrived(&self, n: usize, chunk: Result<Vec<WordEntry>, String>) -> Result<(), String> {
        match chunk {
            Ok(entries) => self.words.arrive(n, entries),
            Err(message) => {
                self.words.request_failed(n);
                Err(message)
            }
        }
    }

    /// The articles whole that the page has now (a snapshot: an arrival makes another).
    pub fn texts(&self) -> Texts {
        self.texts.borrow().clone()
    }

    /// The articles whose texts `cards` show and that are not here: a quote's article; an
    /// event's first report's, and with a search the others' too (the card shows the report
    /// that marks the search), up to [`REPORTS_READ`].
    pub fn texts_to_fetch(&self, cards: &[CardId], search: &str) -> Vec<usize> {
        let texts = self.texts.borrow();
        let articles = match search.trim().is_empty() {
            true => self.card_articles(cards, search),
            false => self.articles_shown(cards, |members| reports_to_read(&texts, members, search)),
        };
        texts.missing(articles)
    }

    /// The articles whose texts `cards` show, here or not (see [`Index::texts_to_fetch`]), each
    /// once, in order: with a search, the first [`REPORTS_READ`] reports of an event.
    pub fn card_articles(&self, cards: &[CardId], search: &str) -> Vec<usize> {
        let reports = if search.trim().is_empty() { 1 } else { REPORTS_READ };
        self.articles_shown(cards, |members| members.iter().take(reports).map(|&(a, _)| a).collect())
    }

    /// The articles of `cards`, each once, in order: a quote's, and those `reports` picks
    /// among an event's reports.
    fn articles_shown(&self, cards: &[CardId], reports: impl Fn(&[ItemRef]) -> Vec<usize>) -> Vec<usize> {
        // A few pages of cards: a sorted copy finds the repeats, not a table as long as the corpus.
        let mut articles: Vec<usize> = Vec::new();
        for &id in cards {
            match &self.cards[id as usize] {
                CardRef::Quote((a, _)) => articles.push(*a),
                CardRef::Event(members) => articles.extend(reports(members)),
            }
        }
        let mut seen: Vec<usize> = articles.clone();
        order::sort_by_key(&mut seen, |&a| a as u64);
        seen.dedup();
        let mut taken = vec![false; seen.len()];
        articles.retain(|a| seen.binary_search(a).is_ok_and(|k| !std::mem::replace(&mut taken[k], true)));
        articles
    }

    /// Of `articles`, those not asked for yet, now marked as asked for.
    pub fn request_texts(&self, articles: &[usize]) -> Vec<usize> {
        let mut requested = self.texts_requested.borrow_mut();
        articles.iter().copied().filter(|&a| a < requested.len() && !std::mem::replace(&mut requested[a], true)).collect()
    }

    /// Article `a` arrived whole (decoded), or could not be fetched (`Err`, it may be asked for
    /// again).
    pub fn texts_arrived(&self, a: usize, article: Result<Article, String>) -> Result<(), String> {
        if let Some(asked) = self.texts_requested.borrow_mut().get_mut(a) {
            *asked = false;
        }
        let texts = article.and_then(|article| self.texts.borrow().with_article(a, article));
        let (texts, result) = match texts {
            Ok(texts) => (texts, Ok(())),
            Err(why) => (self.texts.borrow().with_failure(a, &why), Err(why)),
        };
        *self.texts.borrow_mut() = texts;
        result
    }

    /// What of the cards' texts `query`'s search needs and lacks: a phrase checks the order of
    /// its words in the cards that hold them all (the search words say which, not in which
    /// order). Their articles' files when they are few ([`PHRASE_ARTICLES`]), else every text
    /// (`whole.bin`). Nothing until the search words are here (the cards are not known yet).
    pub fn texts_for_search(&self, query: &Query) -> TextsNeeded {
        let phrases: Vec<Term> = parse_search(&query.text).into_iter().filter(|t| t.words.len() > 1).collect();
        if phrases.is_empty() || self.texts.borrow().whole().is_some() || !self.words_to_fetch(query).is_empty() {
            return TextsNeeded::Nothing;
        }
        let n = self.cards.len();
        let mut articles: Vec<usize> = Vec::new();
        for term in &phrases {
            let last = term.words.len() - 1;
            let lists = term.words.iter().enumerate().map(|(k, w)| self.words.cards(w, term.prefix && k == last, n));
            for id in intersect(lists.collect()) {
                for a in card_reports(&self.cards[id as usize]) {
                    if !articles.contains(&a) {
                        articles.push(a);
                    }
                    if articles.len() > PHRASE_ARTICLES {
                        return TextsNeeded::Whole;
                    }
                }
            }
        }
        let missing = self.texts.borrow().missing(articles);
        if missing.is_empty() { TextsNeeded::Nothing } else { TextsNeeded::Articles(missing) }
    }

    /// Whether every text must be asked for now: the first call while it is not here.
    pub fn request_whole(&self) -> bool {
        self.texts.borrow().whole().is_none() && !self.whole_requested.replace(true)
    }

    /// Every text arrived (`data/whole.bin`, decoded), or could not be fetched.
    pub fn whole_arrived(&self, whole: Result<Corpus, String>) -> Result<(), String> {
        self.whole_requested.set(false);
        let texts = self.texts.borrow().with_whole(whole?)?;
        *self.texts.borrow_mut() = texts;
        Ok(())
    }

    /// The index without its search words: `chunked`, the build's chunks to fetch, or none to
    /// make them here; `named`, the people each card's sentence names, found here when none.
    /// The index of `corpus` without the search words, made now, finding the people named.
    fn all_at_once(corpus: &Rc<Corpus>, event_groups: Vec<Vec<ItemRef>>) -> Index {
        finish_now(Index::without_search(corpus, event_groups, None, None, &mut Pace::none()))
    }

    async fn without_search(corpus: &Rc<Corpus>, event_groups: Vec<Vec<ItemRef>>, named: Option<&Named>, chunked: Option<Words>, pace: &mut Pace<'_>) -> Index {
        let found;
        let named = match named {
            Some(named) => named,
            None => {
                found = named_people_paced(corpus, pace).await;
                &found
            }
        };
        let mut drafts: Vec<Draft> = Vec::new();
        // The people each event names, per article: an event card gathers its reports'.
        let mut event_people: Vec<Vec<Vec<&str>>> = Vec::with_capacity(corpus.articles.len());
        // Items in corpus order: each article's quotes, then its events.
        let mut item = 0..;
        for (a, article) in corpus.articles.iter().enumerate() {
            for i in 0..article.quotes.len() {
                drafts.push(quote_draft(article, a, i, named.of(item.next().unwrap_or_default())));
            }
            event_people.push(article.events.iter().map(|_| names_of(article, named.of(item.next().unwrap_or_default())).collect()).collect());
            pace.tick().await;
        }
        for (g, members) in event_groups.into_iter().enumerate() {
            drafts.push(event_draft(corpus, &event_people, members));
            pace.tick_after(g).await;
        }
        pace.tick().await;
        order::sort_by_key(&mut drafts, |d| ((d.position.0 as u64) << 32) | d.position.1 as u64);
        let words_made_here = chunked.is_none();
        let words = chunked.unwrap_or_else(Words::unmade);
        pace.tick().await;
        Index::from_drafts(corpus, drafts, words, words_made_here, pace).await
    }

    async fn from_drafts(corpus: &Rc<Corpus>, drafts: Vec<Draft<'_>>, words: Words, words_made_here: bool, pace: &mut Pace<'_>) -> Index {
        let n = drafts.len();
        let files: Vec<String> = corpus.articles.iter().map(|a| a.file.clone()).collect();
        let mut index = Index {
            cards: Vec::with_capacity(n),
            kind: Vec::with_capacity(n),
            speaker: Vec::with_capacity(n),
            articles: Rows::default(),
            mentions: Rows::default(),
            period: Vec::with_capacity(n),
            date_rank: Vec::new(),
            speakers: Names::default(),
            mention_names: Names::default(),
            file_ids: files.iter().enumerate().map(|(i, f)| (f.clone(), i as u32)).collect(),
            by_article: vec![Vec::new(); files.len()],
            files,
            titles: corpus.articles.iter().map(|a| a.title.clone()).collect(),
            by_speaker: Vec::new(),
            by_mention: Vec::new(),
            by_kind: Default::default(),
            quotes: Vec::new(),
            events: Vec::new(),
            all: (0..n as CardId).collect(),
            words,
            words_made_here,
            corpus: corpus.clone(),
            texts: RefCell::new(Texts::new(corpus.clone())),
            texts_requested: RefCell::new(vec![false; corpus.articles.len()]),
            whole_requested: Cell::new(false),
            item_cards: FxMap::with_capacity_and_hasher(n, Default::default()),
            unfiltered: Default::default(),
            preset: None,
        };
        for (id, d) in drafts.into_iter().enumerate() {
            index.add_card(id as CardId, d);
            pace.tick_after(id).await;
        }
        // Three sorts, each of every name or card: a tick between them.
        pace.tick().await;
        index.speakers.finish();
        pace.tick().await;
        index.mention_names.finish();
        pace.tick().await;
        index.date_rank = date_ranks(&index.period);
        index
    }

    fn add_card(&mut self, id: CardId, d: Draft) {
        match &d.card {
            CardRef::Quote((a, i)) => {
                self.item_cards.insert((0, *a as u32, *i as u32), id);
            }
            CardRef::Event(members) => {
                for &(a, i) in members {
                    self.item_cards.insert((1, a as u32, i as u32), id);
                }
            }
        }
        match d.kind {
            Some(kind) => {
                self.quotes.push(id);
                self.by_kind[kind as usize].push(id);
            }
            None => self.events.push(id),
        }
        let speaker = d.speaker.map(|s| self.speakers.intern(s));
        if let Some(s) = speaker {
            push_posting(&mut self.by_speaker, s, id);
        }
        let articles = d.articles.as_slice();
        for &a in articles {
            self.by_article[a as usize].push(id);
        }
        self.articles.push(articles.iter().copied());
        let (names, by_mention) = (&mut self.mention_names, &mut self.by_mention);
        self.mentions.push(d.mentions.iter().map(|m| {
            let m = names.intern(m);
            push_posting(by_mention, m, id);
            m
        }));
        self.cards.push(d.card);
        self.kind.push(d.kind);
        self.speaker.push(speaker);
        self.period.push(d.period);
    }

    pub fn len(&self) -> usize {
        self.cards.len()
    }

    pub fn is_empty(&self) -> bool {
        self.cards.is_empty()
    }

    /// The title of the article `file`.
    pub fn title(&self, file: &str) -> Option<&str> {
        self.file_ids.get(file).map(|&a| self.titles[a as usize].as_str())
    }

    /// The card with this id (ids come from [`Results`]).
    pub fn card(&self, id: CardId) -> &CardRef {
        &self.cards[id as usize]
    }

    /// The id of the card showing the reader sentence `anchor` (`r-q-A-I`, `r-e-A-I`).
    pub fn card_for_reader_anchor(&self, anchor: &str) -> Option<String> {
        let id = self.card_of_element(anchor.strip_prefix("r-")?)?;
        Some(self.card(id).id())
    }

    /// The card whose element id (`q-A-I`, `e-A-I`) or report (any member of an event) this is:
    /// a lookup, not a scan of the cards.
    pub fn card_of_element(&self, element: &str) -> Option<CardId> {
        let (kind, numbers) = element.split_once('-')?;
        let (a, i) = numbers.split_once('-')?;
        let kind = match kind {
            "q" => 0,
            "e" => 1,
            _ => return None,
        };
        self.item_cards.get(&(kind, a.parse().ok()?, i.parse().ok()?)).copied()
    }

    /// The article's place in the corpus.
    pub fn article_index(&self, file: &str) -> Option<usize> {
        self.file_ids.get(file).map(|&a| a as usize)
    }

    /// The cards `query` shows, sorted as it asks.
    pub fn results(&self, query: &Query) -> Results {
        let pool = self.pool(query, &self.prepare(query), None);
        let mut cards = match pool {
            Pool::All(ids) => ids.to_vec(),
            Pool::Some(ids) => ids,
        };
        if query.sort == Sort::Date {
            order::sort_by_key(&mut cards, |&id| u64::from(self.date_rank[id as usize]));
        }
        if let (Some(preset), false) = (&self.preset, query.is_filtered()) {
            // A first screen's slice: its first page is the whole corpus's, the rest is not here.
            let ViewPreset { quotes, events, .. } = preset.views[query.view as usize];
            cards.truncate(PAGE);
            return Results { unlisted: (quotes + events).saturating_sub(cards.len()), quotes, events, cards };
        }
        let quotes = cards.iter().filter(|&&id| self.kind[id as usize].is_some()).count();
        Results { quotes, events: cards.len() - quotes, cards, unlisted: 0 }
    }

    /// The `n` speakers with the most quotes among `results`, the answer to `query` (most
    /// first, then by name): the chart of the current selection. One pass over the results,
    /// or the build's counts when they are a first screen's.
    pub fn top_speakers(&self, query: &Query, results: &Results, n: usize) -> Vec<(Rc<str>, usize)> {
        if results.unlisted > 0 {
            // No filter: the speakers' facet counts the same quotes, in the same order.
            return self.unfiltered(query.view).speakers.iter().take(n).cloned().collect();
        }
        let mut counts = vec![0usize; self.speakers.names.len()];
        for &id in &results.cards {
            if let Some(s) = self.speaker[id as usize] {
                counts[s as usize] += 1;
            }
        }
        top_ranked(&self.speakers, &counts, n)
    }

    /// Dated quotes among `results` per year (the year a quote was said in), in order.
    pub fn quote_years(&self, results: &Results) -> Vec<(u32, usize)> {
        let mut years: Vec<(u32, usize)> = Vec::new();
        for &id in &results.cards {
            let (Some(_), Some((start, _))) = (self.kind[id as usize], self.period[id as usize]) else { continue };
            let (year, _) = year_month(start);
            match years.binary_search_by_key(&year, |(y, _)| *y) {
                Ok(i) => years[i].1 += 1,
                Err(i) => years.insert(i, (year, 1)),
            }
        }
        years
    }

    /// Facet values with counts. Values the query selected are kept even at count 0, so a
    /// checked box never disappears.
    pub fn facets(&self, query: &Query) -> Facets {
        let unfiltered = self.unfiltered(query.view);
        if !query.is_filtered() {
            return self.with_selected(unfiltered.clone(), query);
        }
        self.with_selected(self.count_facets(query, Some(unfiltered)), query)
    }

    fn unfiltered(&self, view: View) -> &Facets {
        self.unfiltered[view as usize].get_or_init(|| self.count_facets(&Query { view, ..Query::default() }, None))
    }

    /// Counts every view's unfiltered facets now, if not yet done (the page calls it when idle,
    /// so that switching views later does not).
    pub fn prepare_views(&self) {
        finish_now(self.prepare_views_paced(&mut Pace::none()));
    }

    /// [`Index::prepare_views`], at `pace`: a tick before each view (at 10,000 articles each
    /// is a pass over 160,000 cards).
    pub async fn prepare_views_paced(&self, pace: &mut Pace<'_>) {
        for view in View::EVERY {
            pace.tick().await;
            self.unfiltered(view);
        }
    }

    /// Each facet's counts over the cards the other filters leave. A facet whose pool is the
    /// whole view (its own filter is the only one, the usual first click) takes `whole`, the
    /// precomputed counts, instead of ranking every value again.
    fn count_facets(&self, query: &Query, whole: Option<&Facets>) -> Facets {
        let prepared = self.prepare(query);
        let pool = |facet| match (self.pool(query, &prepared, Some(facet)), whole) {
            (Pool::All(_), Some(whole)) => Err(whole),
            (pool, _) => Ok(pool),
        };
        let (speakers, s) = pool(Facet::Speaker).map_or_else(|w| (w.speakers.clone(), w.unlisted.speakers), |p| (Rc::new(self.count_speakers(p.ids())), 0));
        let (articles, a) = pool(Facet::Article).map_or_else(|w| (w.articles.clone(), w.unlisted.articles), |p| (Rc::new(self.count_articles(p.ids())), 0));
        let (mentions, m) = pool(Facet::Mention).map_or_else(|w| (w.mentions.clone(), w.unlisted.mentions), |p| (Rc::new(self.count_mentions(p.ids())), 0));
        Facets {
            speakers,
            kinds: pool(Facet::Kind).map_or_else(|w| w.kinds.clone(), |p| self.count_kinds(p.ids())),
            articles,
            mentions,
            timeline: pool(Facet::Period).map_or_else(|w| w.timeline.clone(), |p| Rc::new(self.timeline(p.ids()))),
            unlisted: Unlisted { speakers: s, articles: a, mentions: m },
        }
    }

    fn count_speakers(&self, ids: &[CardId]) -> Vec<(Rc<str>, usize)> {
        let mut speakers = vec![0usize; self.speakers.names.len()];
        for &id in ids {
            if let Some(s) = self.speaker[id as usize] {
                speakers[s as usize] += 1;
            }
        }
        ranked(&self.speakers, &speakers)
    }

    fn count_kinds(&self, ids: &[CardId]) -> Vec<(QuoteKind, usize)> {
        let mut kinds: Vec<(QuoteKind, usize)> = QuoteKind::ALL.iter().map(|k| (*k, 0)).collect();
        for &id in ids {
            if let Some(k) = self.kind[id as usize] {
                kinds[k as usize].1 += 1;
            }
        }
        kinds
    }

    fn count_articles(&self, ids: &[CardId]) -> Vec<(String, usize)> {
        let mut articles = vec![0usize; self.files.len()];
        for &id in ids {
            for &a in self.articles.of(id) {
                articles[a as usize] += 1;
            }
        }
        ranked_articles(&self.files, &articles)
    }

    fn count_mentions(&self, ids: &[CardId]) -> Vec<(Rc<str>, usize)> {
        let mut mentions = vec![0usize; self.mention_names.names.len()];
        for &id in ids {
            for &m in self.mentions.of(id) {
                mentions[m as usize] += 1;
            }
        }
        ranked(&self.mention_names, &mentions)
    }

    /// Adds the selected values missing from the counts, at zero, so they stay listed.
    /// The shared lists are copied only when a value is missing (`Rc::make_mut`).
    fn with_selected(&self, mut facets: Facets, query: &Query) -> Facets {
        for name in &query.speakers {
            if !facets.speakers.iter().any(|(s, _)| **s == **name) {
                // A cut list (a first screen's) leaves out speakers with quotes: their count is
                // their quotes in the view, all of which their slice holds.
                let count = match (facets.unlisted.speakers, self.speakers.id(name)) {
                    (1.., Some(s)) if query.view.shows_quotes() => self.by_speaker[s as usize].len(),
                    _ => 0,
                };
                facets.unlisted.speakers = facets.unlisted.speakers.saturating_sub(usize::from(count > 0));
                Rc::make_mut(&mut facets.speakers).push((name.as_str().into(), count));
            }
        }
        for name in &query.mentions {
            if !facets.mentions.iter().any(|(s, _)| **s == **name) {
                Rc::make_mut(&mut facets.mentions).push((name.as_str().into(), 0));
            }
        }
        for file in &query.articles {
            if !facets.articles.iter().any(|(f, _)| f == file) {
                Rc::make_mut(&mut facets.articles).push((file.clone(), 0));
            }
        }
        facets
    }

    /// What every pool of `q` shares, found once: the cards of each search term and of the period.
    fn prepare(&self, q: &Query) -> Prepared {
        let terms = parse_search(&q.text).iter().map(|term| self.cards_matching(term)).collect();
        let period = self.period_bounds(q).map(|(from, to)| {
            self.all.iter().copied().filter(|&id| self.period[id as usize].is_some_and(|(start, end)| end >= from && start <= to)).collect()
        });
        Prepared { terms, period }
    }

    /// The cards left by every filter of `q` but `skip`'s (`prepared` is `self.prepare(q)`).
    fn pool(&self, q: &Query, prepared: &Prepared, skip: Option<Facet>) -> Pool<'_> {
        let keep = |facet| skip != Some(facet);
        let n = self.cards.len();
        let mut lists: Vec<Vec<CardId>> = Vec::new();
        if keep(Facet::Speaker) && !q.speakers.is_empty() {
            let found: Vec<&[CardId]> =
                q.speakers.iter().filter_map(|s| self.speakers.id(s)).map(|s| self.by_speaker[s as usize].as_slice()).collect();
            lists.push(union(&found, n));
        }
        if keep(Facet::Kind) && !q.kinds.is_empty() {
            let found: Vec<&[CardId]> = q.kinds.iter().map(|&k| self.by_kind[k as usize].as_slice()).collect();
            lists.push(union(&found, n));
        }
        if keep(Facet::Article) && !q.articles.is_empty() {
            let found: Vec<&[CardId]> =
                q.articles.iter().filter_map(|f| self.file_ids.get(f)).map(|&a| self.by_article[a as usize].as_slice()).collect();
            lists.push(union(&found, n));
        }
        if keep(Facet::Mention) && !q.mentions.is_empty() {
            let found: Vec<&[CardId]> =
                q.mentions.iter().filter_map(|m| self.mention_names.id(m)).map(|m| self.by_mention[m as usize].as_slice()).collect();
            lists.push(union(&found, n));
        }
        lists.extend(prepared.terms.iter().cloned());
        let view: &[CardId] = match q.view {
            View::All => &[],
            View::Quotes | View::Speaker => &self.quotes,
            View::Events => &self.events,
        };
        if let Some(period) = prepared.period.as_ref().filter(|_| keep(Facet::Period)) {
            lists.push(period.clone());
        }
        if lists.is_empty() {
            return match q.view {
                View::All => Pool::All(self.all_ids()),
                _ => Pool::All(view),
            };
        }
        if q.view != View::All {
            lists.push(view.to_vec());
        }
        Pool::Some(intersect(lists))
    }

    fn all_ids(&self) -> &[CardId] {
        &self.all
    }

    /// The day numbers of the query's period, when it has one (open ends are unbounded).
    fn period_bounds(&self, q: &Query) -> Option<(i32, i32)> {
        if q.from.is_none() && q.to.is_none() {
            return None;
        }
        let from = q.from.as_deref().and_then(day_number).unwrap_or(i32::MIN);
        let to = q.to.as_deref().and_then(day_number).unwrap_or(i32::MAX);
        Some((from, to))
    }

    /// The cards with a search term: a word (or a prefix, while typed), or a phrase: its words
    /// in a row within one of the card's texts, the last one a prefix while typed. Words whose
    /// chunk is not here yet match nothing ([`Index::words_to_fetch`]).
    fn cards_matching(&self, term: &Term) -> Vec<CardId> {
        self.prepare_search();
        let last = term.words.len() - 1;
        let n = self.cards.len();
        let lists = term.words.iter().enumerate().map(|(k, w)| self.words.cards(w, term.prefix && k == last, n));
        let cards = intersect(lists.collect());
        if term.words.len() == 1 {
            return cards;
        }
        cards.into_iter().filter(|&id| self.has_phrase(id, term)).collect()
    }

    /// Whether one of card `id`'s texts holds the words of `term` in a row. Only the cards that
    /// hold all its words are read, so no pair of words is indexed.
    /// Without its texts ([`Index::texts_for_search`]) such a card counts: the page waits for
    /// them before it shows an answer.
    fn has_phrase(&self, id: CardId, term: &Term) -> bool {
        let texts = self.texts.borrow();
        let card = &self.cards[id as usize];
        if !texts.missing(card_reports(card)).is_empty() {
            return true;
        }
        card_texts(|a| texts.article(a), card).into_iter().any(|text| {
            let folded = fold(text);
            has_run(&words(&folded).collect::<Vec<_>>(), term)
        })
    }

    fn timeline(&self, ids: &[CardId]) -> Vec<YearBucket> {
        let mut years: Vec<YearBucket> = Vec::new();
        for &id in ids {
            let (None, Some((start, end))) = (self.kind[id as usize], self.period[id as usize]) else { continue };
            let (year, month) = year_month(start);
            let same_month = year_month(end) == (year, month);
            let bucket = match years.binary_search_by_key(&year, |y| y.year) {
                Ok(i) => &mut years[i],
                Err(i) => {
                    years.insert(i, YearBucket { year, ..YearBucket::default() });
                    &mut years[i]
                }
            };
            bucket.count += 1;
            if same_month {
                match bucket.months.binary_search_by_key(&month, |(m, _)| *m) {
                    Ok(i) => bucket.months[i].1 += 1,
                    Err(i) => bucket.months.insert(i, (month, 1)),
                }
            }
        }
        years
    }
}

fn push_posting(postings: &mut Vec<Vec<CardId>>, value: u32, id: CardId) {
    if postings.len() <= value as usize {
        postings.resize_with(value as usize + 1, Vec::new);
    }
    postings[value as usize].push(id);
}

/// Values with a count, most frequent first, then by name.
fn ranked(names: &Names, counts: &[usize]) -> Vec<(Rc<str>, usize)> {
    // Most first (the count's complement), then by name: a key per value, unique (one rank per
    // name), so the pairs sort as they are, without a stable sort's bookkeeping.
    let mut keyed: Vec<(u64, usize)> = (0..counts.len())
        .filter(|&v| counts[v] > 0)
        .map(|v| ((u64::from(u32::MAX - counts[v] as u32) << 32) | u64::from(names.rank[v]), v))
        .collect();
    order::sort_pairs(&mut keyed);
    keyed.into_iter().map(|(_, v)| (names.names[v].clone(), counts[v])).collect()
}

/// The first `n` of `ranked(names, counts)`, without sorting every value: one pass that keeps
/// the best `n` so far in order (the chart shows a handful of the corpus's thousands of speakers).
fn top_ranked(names: &Names, counts: &[usize], n: usize) -> Vec<(Rc<str>, usize)> {
    // Smaller is better: the count's complement, then the name's rank (unique per name).
    let key = |v: u32| (u64::from(u32::MAX - counts[v as usize] as u32) << 32) | u64::from(names.rank[v as usize]);
    let mut best: Vec<(u64, u32)> = Vec::with_capacity(n + 1);
    for v in (0..counts.len() as u32).filter(|&v| counts[v as usize] > 0) {
        let k = key(v);
        if best.len() == n && best.last().is_none_or(|&(worst, _)| k >= worst) {
            continue;
        }
        let at = best.partition_point(|&(b, _)| b < k);
        best.insert(at, (k, v));
        best.truncate(n);
    }
    best.into_iter().map(|(_, v)| (names.names[v as usize].clone(), counts[v as usize])).collect()
}

/// Articles with a count, most frequent first, then in corpus order.
fn ranked_articles(files: &[String], counts: &[usize]) -> Vec<(String, usize)> {
    // The article's index breaks ties: corpus order.
    let mut keyed: Vec<(u64, usize)> =
        (0..counts.len()).filter(|&a| counts[a] > 0).map(|a| (u64::from(u32::MAX - counts[a] as u32), a)).collect();
    order::sort_pairs(&mut keyed);
    keyed.into_iter().map(|(_, a)| (files[a].clone(), counts[a])).collect()
}

/// Each card's place in date order: by first day, then last day; undated cards last; ties in
/// article order (the ids).
fn date_ranks(period: &[Option<(i32, i32)>]) -> Vec<u32> {
    let mut order: Vec<CardId> = (0..period.len() as CardId).collect();
    // By first day, then last day; undated last (no day is the largest i32); ties keep the ids' order.
    order::sort_by_key(&mut order, |&id| period[id as usize].map_or(u64::MAX, |(s, e)| (day_key(s) << 32) | day_key(e)));
    let mut rank = vec![0; order.len()];
    for (r, id) in order.into_iter().enumerate() {
        rank[id as usize] = r as u32;
    }
    rank
}

fn days(start: &str, end: &str) -> Option<(i32, i32)> {
    Some((day_number(start)?, day_number(end)?))
}

/// The names of an article's people at `places`.
fn names_of<'c, 'p>(article: &'c Article, places: &'p [u32]) -> impl Iterator<Item = &'c str> + use<'c, 'p> {
    places.iter().filter_map(|&p| article.people.get(p as usize)).map(|p| p.name.as_str())
}

/// The articles of a card: a quote's one, or every article that reported an event.
enum Reports {
    One(u32),
    Many(Vec<u32>),
}

impl Reports {
    fn as_slice(&self) -> &[u32] {
        match self {
            Reports::One(a) => std::slice::from_ref(a),
            Reports::Many(articles) => articles,
        }
    }
}

/// A quote's draft; `named`: the people its sentence names, as places in `article.people`.
fn quote_draft<'c>(article: &'c Article, a: usize, i: usize, named: &[u32]) -> Draft<'c> {
    let quote = &article.quotes[i];
    let speaker = quote.speaker.as_deref();
    let mentions: Vec<&str> = names_of(article, named).filter(|&m| Some(m) != speaker).collect();
    Draft {
        card: CardRef::Quote((a, i)),
        kind: Some(quote.kind),
        speaker,
        articles: Reports::One(a as u32),
        mentions,
        period: quote.date.as_ref().and_then(|d| days(&d.start, &d.end)),
        position: (a, quote.span.start),
    }
}

/// The articles of an event's reports to fetch so that its card can show one whose sentence
/// marks `search` (`cards::shown_report`): none once a report here marks it, else the next
/// [`REPORTS_READ`] reports not here, past those here that do not mark it. When they arrive
/// without a mark, the next few are asked for: an event that many papers reported is found by
/// the one wording that holds the search, however far down its reports.
fn reports_to_read(texts: &Texts, members: &[ItemRef], search: &str) -> Vec<usize> {
    let mut wanted = Vec::new();
    for &(a, i) in members {
        match texts.article(a) {
            Some(_) if texts.report_marks((a, i), search) => return Vec::new(),
            Some(_) => {}
            None if wanted.len() < REPORTS_READ => wanted.push(a),
            None => break,
        }
    }
    wanted
}

fn event_draft<'c>(corpus: &'c Corpus, people: &[Vec<Vec<&'c str>>], members: Vec<ItemRef>) -> Draft<'c> {
    let (a0, i0) = members[0];
    let first = &corpus.articles[a0].events[i0];
    let mut mentions: Vec<&str> = Vec::new();
    let mut articles: Vec<u32> = Vec::new();
    for &(a, i) in &members {
        let article = &corpus.articles[a];
        let event = &article.events[i];
        let named = event.actors.iter().chain(&event.places).map(String::as_str).chain(people[a][i].iter().copied());
        for m in named {
            if !mentions.contains(&m) {
                mentions.push(m);
            }
        }
        if !articles.contains(&(a as u32)) {
            articles.push(a as u32);
        }
    }
    Draft {
        kind: None,
        speaker: None,
        articles: Reports::Many(articles),
        mentions,
        period: days(&first.start, &first.end),
        position: (a0, first.sentence_span.start),
        card: CardRef::Event(members),
    }
}

/// The texts a card is found by: a quote's words and its speaker; an event's sentences (wire
/// copy repeats a sentence word for word in every paper that runs it: each is read once).
fn card_texts<'c>(article: impl Fn(usize) -> Option<&'c Article>, card: &CardRef) -> Vec<&'c str> {
    match card {
        CardRef::Quote((a, i)) => match article(*a).and_then(|article| article.quotes.get(*i)) {
            Some(quote) => vec![quote.text.as_str(), quote.speaker.as_deref().unwrap_or("")],
            None => Vec::new(),
        },
        CardRef::Event(members) => {
            let mut texts: Vec<&str> =
                members.iter().filter_map(|&(a, i)| article(a)?.events.get(i)).map(|e| e.sentence.as_str()).collect();
            texts.sort_unstable();
            texts.dedup();
            texts
        }
    }
}

/// Finds which of an article's people a sentence names (their name or an alias, as written):
/// one lookup per word of the sentence in the names by their first word, then a comparison
/// where one starts. A substring search per name and sentence, as before, was a third of the
/// index's making in the page at 10,000 articles. A name counts as whole words: "Pike" is not
/// found in "Spike" or "Pikes".
struct NameFinder<'a> {
    /// First word of a name → (the name, its person's place in `people`).
    by_first_word: FxMap<&'a str, Vec<(&'a str, usize)>>,
    /// Whether a name starts with a word that is not capitalised ("de Gaulle"): only then are
    /// the sentence's other words looked up (a tenth of the lookups in news text).
    lower_case_start: bool,
}

impl<'a> NameFinder<'a> {
    fn new(article: &'a Article) -> NameFinder<'a> {
        let mut by_first_word: FxMap<&str, Vec<(&str, usize)>> = FxMap::default();
        for (p, person) in article.people.iter().enumerate() {
            for name in std::iter::once(&person.name).chain(&person.aliases) {
                if let Some(first) = word_spans(name).next().filter(|&(start, _)| start == 0) {
                    by_first_word.entry(&name[..first.1]).or_default().push((name, p));
                }
            }
        }
        let lower_case_start = by_first_word.keys().any(|w| !may_be_capitalised(w));
        NameFinder { by_first_word, lower_case_start }
    }

    /// The places in the article's `people` of those `sentence` names, in order.
    fn people_in(&self, sentence: &str) -> Vec<u32> {
        if self.by_first_word.is_empty() {
            return Vec::new();
        }
        let mut found: Vec<usize> = Vec::new();
        for (start, end) in word_spans(sentence) {
            let word = &sentence[start..end];
            if !self.lower_case_start && !may_be_capitalised(word) {
                continue;
            }
            let Some(names) = self.by_first_word.get(word) else { continue };
            let whole = |name: &str| {
                let after = sentence[start..].strip_prefix(name);
                after.is_some_and(|rest| rest.chars().next().is_none_or(|c| !c.is_alphanumeric()))
            };
            found.extend(names.iter().filter(|(name, _)| whole(name)).map(|&(_, p)| p));
        }
        order::sort_by_key(&mut found, |&p| p as u64);
        found.dedup();
        found.into_iter().map(|p| p as u32).collect()
    }
}

/// Whether a word starts with a capital, a digit or a char outside ASCII (a cheap test that
/// lets every capitalised word through).
fn may_be_capitalised(word: &str) -> bool {
    word.as_bytes().first().is_some_and(|&b| !b.is_ascii_lowercase())
}

/// The people each quote's and each event's sentence names, for the build to store
/// (`codec::Named`): the page's `corpus.bin` has no sentences to find them in.
pub fn named_people(corpus: &Corpus) -> Named {
    finish_now(named_people_paced(corpus, &mut Pace::none()))
}

/// [`named_people`] at `pace`, ticking after each article: the page looks for them in a corpus
/// with a reader's own article (at 10,000 articles, a task of 250 ms in the browser).
pub(super) async fn named_people_paced(corpus: &Corpus, pace: &mut Pace<'_>) -> Named {
    let mut named = Named::default();
    for article in &corpus.articles {
        let finder = NameFinder::new(article);
        // Quotes of one sentence follow each other: its people are looked for once.
        let mut last: Option<(&str, Vec<u32>)> = None;
        for quote in &article.quotes {
            if last.as_ref().is_none_or(|(sentence, _)| *sentence != quote.sentence) {
                last = Some((&quote.sentence, finder.people_in(&quote.sentence)));
            }
            named.push(last.as_ref().map_or(&[][..], |(_, people)| people).iter().copied());
        }
        for event in &article.events {
            named.push(finder.people_in(&event.sentence));
        }
        pace.tick().await;
    }
    named
}

/// The search words of `corpus`'s cards, cut into chunks for the build to write
/// (`data/words/N.bin`): the first word of each chunk ("" for the first), and the chunks. The
/// card ids are those of the page's index given the same `event_groups`.
pub fn word_chunks(corpus: Rc<Corpus>, event_groups: Vec<Vec<ItemRef>>) -> (Vec<String>, Vec<Vec<WordEntry>>) {
    let index = Index::all_at_once(&corpus, event_groups);
    let entries = make_words(index.cards.len(), |id| card_texts(|a| corpus.articles.get(a), &index.cards[id]));
    cut_chunks(entries, CHUNK_BYTES)
}

/// Every named speaker with the number of their quotes, most quoted first, then by name.
pub fn speaker_counts(corpus: &Corpus) -> Vec<(String, usize)> {
    Index::all_at_once(&Rc::new(corpus.clone()), group_events(corpus)).facets(&Query::default()).speakers.iter().map(|(s, n)| (s.to_string(), *n)).collect()
}

