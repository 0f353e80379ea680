//! The search words: every folded word of the cards with the ids of the cards that hold it,
//! sorted by word, so that what a term asks for (a word, or every word with a prefix) is one
//! run of entries.
//!
//! The words come whole or in chunks. A page of the bundled corpus gets them in the chunks the
//! build wrote (`data/words/N.bin`, cut at word boundaries, each named in `corpus.bin` by its
//! first word) and fetches only those a search needs: at 10,000 articles, making them all in
//! the page was a third of a search permalink's start, and they are larger than the cards'
//! texts they come from. An index of a corpus made in the page (a reader's own article added,
//! a widget's slice, the tests) makes them whole from its cards at first use: one chunk.

use std::cell::RefCell;
use std::ops::Range;
use std::rc::Rc;

use super::index::FxMap;
use super::order;
use super::postings::{union, CardId};
use super::text::{each_word, parse_search, Term};
use crate::pace::{finish_now, Pace};

/// A folded word and the sorted ids of the cards that hold it.
pub type WordEntry = (Box<str>, Vec<CardId>);

/// About how many bytes of `data/words/N.bin` a chunk holds (a word whose cards are more is
/// a chunk of its own): a few kilobytes gzip, so a word typed costs one small fetch.
pub const CHUNK_BYTES: usize = 24 * 1024;

/// The search words, as far as the page has them.
#[derive(Debug)]
pub struct Words {
    /// The first word of each chunk, in order: chunk `k` holds the words from `starts[k]` to
    /// before `starts[k + 1]`. The first is "".
    starts: Vec<Box<str>>,
    chunks: RefCell<Vec<Chunk>>,
}

#[derive(Debug)]
enum Chunk {
    Missing,
    /// Asked for, not yet here.
    Requested,
    Here(Rc<[WordEntry]>),
}

impl Words {
    /// Words in chunks, none here yet: `starts` are their first words, as the build named them.
    /// None unless they are sorted and the first is "": chunks named wrongly would make a
    /// search miss words.
    pub fn chunked(starts: &[String]) -> Option<Words> {
        let valid = starts.first().is_some_and(|s| s.is_empty()) && starts.windows(2).all(|w| w[0] < w[1]);
        let chunks = RefCell::new(starts.iter().map(|_| Chunk::Missing).collect());
        valid.then(|| Words { starts: starts.iter().map(|s| s.as_str().into()).collect(), chunks })
    }

    /// The words as one chunk, not here yet (to be made in the page).
    pub fn unmade() -> Words {
        Words { starts: vec!["".into()], chunks: RefCell::new(vec![Chunk::Missing]) }
    }

    /// All the words, here.
    #[cfg(test)]
    pub fn whole(entries: Vec<WordEntry>) -> Words {
        let words = Words::unmade();
        words.arrive(0, entries).expect("one chunk holds every word");
        words
    }

    /// Whether every chunk is here.
    pub fn all_here(&self) -> bool {
        self.chunks.borrow().iter().all(|c| matches!(c, Chunk::Here(_)))
    }

    /// The chunks `terms` need that are not here, in order.
    pub fn missing(&self, terms: &[Term]) -> Vec<usize> {
        let chunks = self.chunks.borrow();
        let mut needed: Vec<usize> = terms
            .iter()
            .flat_map(|term| term.words.iter().enumerate().map(move |(k, w)| (w, term.prefix && k == term.words.len() - 1)))
            .flat_map(|(word, prefix)| self.chunks_of(word, prefix))
            .filter(|&n| !matches!(chunks[n], Chunk::Here(_)))
            .collect();
        order::sort_by_key(&mut needed, |&n| n as u64);
        needed.dedup();
        needed
    }

    /// Of `chunks`, those not asked for yet, now marked as asked for: each is fetched once.
    pub fn to_request(&self, chunks: &[usize]) -> Vec<usize> {
        let mut states = self.chunks.borrow_mut();
        let fresh: Vec<usize> = chunks.iter().copied().filter(|&n| matches!(states.get(n), Some(Chunk::Missing))).collect();
        for &n in &fresh {
            states[n] = Chunk::Requested;
        }
        fresh
    }

    /// A request for chunk `n` failed: it may be asked for again.
    pub fn request_failed(&self, n: usize) {
        if let Some(state @ Chunk::Requested) = self.chunks.borrow_mut().get_mut(n) {
            *state = Chunk::Missing;
        }
    }

    /// Chunk `n` arrived. Its words must be sorted and within its range, or they are refused
    /// (a search would silently miss the words out of place).
    pub fn arrive(&self, n: usize, entries: Vec<WordEntry>) -> Result<(), String> {
        let Some(start) = self.starts.get(n) else { return Err(format!("there is no chunk {n} of the search words")) };
        let end = self.starts.get(n + 1);
        let sorted = entries.windows(2).all(|w| w[0].0 < w[1].0);
        let inside = entries.first().is_none_or(|(w, _)| w >= start) && entries.last().is_none_or(|(w, _)| end.is_none_or(|e| w < e));
        if !sorted || !inside {
            self.request_failed(n);
            return Err(format!("chunk {n} of the search words holds words out of its place"));
        }
        self.chunks.borrow_mut()[n] = Chunk::Here(entries.into());
        Ok(())
    }

    /// The cards with `word` (or, for `prefix`, with a word starting with it), among the `n`
    /// cards, from the chunks that are here.
    pub fn cards(&self, word: &str, prefix: bool, n: usize) -> Vec<CardId> {
        let chunks = self.chunks.borrow();
        let mut lists: Vec<&[CardId]> = Vec::new();
        for k in self.chunks_of(word, prefix) {
            if let Chunk::Here(entries) = &chunks[k] {
                lists.extend(entries[entry_range(entries, word, prefix)].iter().map(|(_, ids)| ids.as_slice()));
            }
        }
        union(&lists, n)
    }

    /// The chunks that may hold `word`, or the words starting with it.
    fn chunks_of(&self, word: &str, prefix: bool) -> Range<usize> {
        let first = self.starts.partition_point(|s| **s <= *word).max(1) - 1;
        let end = if prefix { self.starts.partition_point(|s| **s < *word || s.starts_with(word)) } else { first + 1 };
        first..end.max(first + 1)
    }
}

/// The chunks of words named `starts` that a search for `text` needs: what the page may fetch
/// before its index is made (an address with a search).
pub fn chunks_needed(starts: &[String], text: &str) -> Vec<usize> {
    Words::chunked(starts).map(|words| words.missing(&parse_search(text))).unwrap_or_default()
}

/// The entries of `word`, or of every word starting with it.
fn entry_range(entries: &[WordEntry], word: &str, prefix: bool) -> Range<usize> {
    let lo = entries.partition_point(|(w, _)| **w < *word);
    let hi = if prefix {
        lo + entries[lo..].iter().take_while(|(w, _)| w.starts_with(word)).count()
    } else {
        lo + usize::from(entries.get(lo).is_some_and(|(w, _)| **w == *word))
    };
    lo..hi
}

/// The search words of cards whose texts are `texts(id)`, for ids `0..n`.
pub fn make_words<'t>(n: usize, texts: impl Fn(usize) -> Vec<&'t str>) -> Vec<WordEntry> {
    finish_now(make_words_paced(n, &texts, &mut Pace::none()))
}

/// [`make_words`], at `pace`: a tick every few cards and before the sort (a page
/// makes them when idle, for a corpus with a reader's own article: at 10,000 articles, 300 ms
/// natively).
pub async fn make_words_paced<'t>(n: usize, texts: &dyn Fn(usize) -> Vec<&'t str>, pace: &mut Pace<'_>) -> Vec<WordEntry> {
    let mut ids: FxMap<Box<str>, u32> = FxMap::default();
    let mut postings: Vec<Vec<CardId>> = Vec::new();
    for card in 0..n {
        for text in texts(card) {
            each_word(text, |w| add_word(&mut ids, &mut postings, w, card as CardId));
        }
        pace.tick_after(card).await;
    }
    pace.tick().await;
    // One string sort for the whole page (src/query/order.rs).
    let mut sorted: Vec<String> = ids.keys().map(|w| w.to_string()).collect();
    order::sort_dedup(&mut sorted);
    let mut postings: Vec<Option<Vec<CardId>>> = postings.into_iter().map(Some).collect();
    sorted
        .into_iter()
        .map(|w| {
            let ids = postings[ids[w.as_str()] as usize].take().unwrap_or_default();
            (w.into_boxed_str(), ids)
        })
        .collect()
}

/// Notes that `card` holds `word`. Cards come in id order, so a repeat within a card is the last
/// id of the word's list.
fn add_word(ids: &mut FxMap<Box<str>, u32>, postings: &mut Vec<Vec<CardId>>, word: &str, card: CardId) {
    match ids.get(word) {
        Some(&id) => {
            let cards = &mut postings[id as usize];
            if cards.last() != Some(&card) {
                cards.push(card);
            }
        }
        None => {
            ids.insert(word.into(), postings.len() as u32);
            postings.push(vec![card]);
        }
    }
}

/// Cuts sorted `entries` into chunks of about `CHUNK_BYTES` (counted as the file will hold
/// them: a word, then its ids as differences, mostly one byte each). Each chunk's first word
/// names it; the first chunk's name is "" (it holds everything before the second's).
pub fn cut_chunks(entries: Vec<WordEntry>, chunk_bytes: usize) -> (Vec<String>, Vec<Vec<WordEntry>>) {
    let mut starts = vec![String::new()];
    let mut chunks: Vec<Vec<WordEntry>> = vec![Vec::new()];
    let mut bytes = 0;
    for entry in entries {
        let size = entry.0.len() + 2 + entry.1.len() + entry.1.len() / 4;
        let current = chunks.last_mut().expect("one chunk at least");
        if bytes > 0 && bytes + size > chunk_bytes {
            starts.push(entry.0.to_string());
            chunks.push(vec![entry]);
            bytes = size;
        } else {
            current.push(entry);
            bytes += size;
        }
    }
    (starts, chunks)
}

/// Whether `words` (each folded) hold the words of `term` in a row: each equal to the term's,
/// the last one starting with it for a typed term.
pub fn has_run(words: &[&str], term: &Term) -> bool {
    let last = term.words.len() - 1;
    let matches = |(k, (word, wanted)): (usize, (&&str, &String))| {
        if term.prefix && k == last { word.starts_with(wanted.as_str()) } else { *word == wanted }
    };
    words.windows(term.words.len()).any(|run| run.iter().zip(&term.words).enumerate().all(matches))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entries(words: &[&str]) -> Vec<WordEntry> {
        words.iter().enumerate().map(|(k, w)| (Box::from(*w), vec![k as CardId])).collect()
    }

    fn term(words: &[&str], prefix: bool) -> Term {
        Term { words: words.iter().map(|w| w.to_string()).collect(), prefix }
    }

    /// The chunks of "apple … zebra" cut before "carrot" and before "melon".
    fn three_chunks() -> (Words, Vec<Vec<WordEntry>>) {
        let all = entries(&["apple", "apricot", "banana", "carrot", "cherry", "melon", "zebra"]);
        let chunks = vec![all[..3].to_vec(), all[3..5].to_vec(), all[5..].to_vec()];
        (Words::chunked(&["".into(), "carrot".into(), "melon".into()]).unwrap(), chunks)
    }

    #[test]
    fn a_word_or_a_prefix_needs_the_chunks_that_may_hold_it() {
        let (words, _) = three_chunks();
        let needs = |w: &str, prefix: bool| words.missing(&[term(&[w], prefix)]);
        assert_eq!(needs("banana", false), [0]);
        assert_eq!(needs("carrot", false), [1], "a chunk's first word is in that chunk");
        assert_eq!(needs("ca", true), [0, 1], "'ca…' may be before 'carrot' too");
        assert_eq!(needs("c", true), [0, 1]);
        assert_eq!(needs("m", true), [1, 2]);
        assert_eq!(needs("zz", false), [2]);
        assert_eq!(needs("a", false), [0]);
        assert_eq!(words.missing(&[term(&["zebra"], false), term(&["apple", "me"], true)]), [0, 1, 2], "'me…' may be before 'melon'");
    }

    #[test]
    fn the_cards_of_a_term_come_from_the_chunks_that_are_here() {
        let (words, chunks) = three_chunks();
        let mut chunks = chunks.into_iter();
        assert_eq!(words.to_request(&[0, 1]), [0, 1]);
        assert!(words.to_request(&[0, 1]).is_empty(), "a chunk asked for is not asked for again");
        words.arrive(0, chunks.next().unwrap()).unwrap();
        assert_eq!(words.cards("ap", true, 7), [0, 1]);
        assert_eq!(words.cards("c", true, 7), Vec::<CardId>::new(), "chunk 1 is not here yet");
        assert_eq!(words.missing(&[term(&["c"], true)]), [1]);
        words.arrive(1, chunks.next().unwrap()).unwrap();
        assert_eq!(words.cards("c", true, 7), [3, 4]);
        assert_eq!(words.cards("cherry", false, 7), [4]);
        assert!(words.cards("cher", false, 7).is_empty(), "a whole word is not a prefix");
        assert!(words.missing(&[term(&["c"], true)]).is_empty());
    }

    #[test]
    fn a_chunk_out_of_its_place_is_refused_and_may_be_asked_for_again() {
        let (words, chunks) = three_chunks();
        assert_eq!(words.to_request(&[1]), [1]);
        let error = words.arrive(1, chunks[0].clone()).unwrap_err();
        assert_eq!(error, "chunk 1 of the search words holds words out of its place");
        assert_eq!(words.to_request(&[1]), [1]);
        let mut unsorted = chunks[2].clone();
        unsorted.reverse();
        assert!(words.arrive(2, unsorted).is_err());
        assert!(words.arrive(3, Vec::new()).is_err());
        words.request_failed(1);
        assert_eq!(words.to_request(&[1]), [1], "a failed request may be made again");
    }

    #[test]
    fn the_chunks_a_search_needs_are_known_from_their_names_alone() {
        let starts: Vec<String> = vec!["".into(), "carrot".into(), "melon".into()];
        assert_eq!(chunks_needed(&starts, "Zebra apple"), [0, 2]);
        assert_eq!(chunks_needed(&starts, "CHERRY "), [1]);
        assert!(chunks_needed(&starts, "").is_empty());
        assert!(chunks_needed(&["b".into()], "zebra").is_empty(), "chunks named out of order: none fetched");
    }

    #[test]
    fn chunk_names_out_of_order_are_refused() {
        for starts in [vec!["b".to_string()], vec!["".into(), "m".into(), "c".into()], vec!["".into(), "".into()], vec![]] {
            assert!(Words::chunked(&starts).is_none(), "{starts:?}");
        }
        let unmade = Words::unmade();
        assert_eq!(unmade.missing(&[term(&["zebra"], true)]), [0]);
        assert!(!unmade.all_here());
    }

    #[test]
    fn cut_chunks_keeps_every_entry_in_order_and_names_each_chunk_by_its_first_word() {
        let all: Vec<WordEntry> = (0..500).map(|k| (format!("w{k:04}").into(), (0..k % 40).collect())).collect();
        let (starts, chunks) = cut_chunks(all.clone(), 600);
        assert!(chunks.len() > 5, "{}", chunks.len());
        assert_eq!(starts[0], "");
        for (start, chunk) in starts.iter().zip(&chunks).skip(1) {
            assert_eq!(**start, *chunk[0].0);
        }
        assert_eq!(chunks.concat(), all);
        let (starts, chunks) = cut_chunks(all.clone(), usize::MAX);
        assert_eq!((starts.len(), chunks.concat()), (1, all));
    }

    #[test]
    fn chunked_words_answer_as_whole_words() {
        let all: Vec<WordEntry> = (0..300).map(|k| (format!("{}{k}", ["ab", "ac", "b", "zz"][k % 4]).into(), vec![k as CardId])).collect();
        let mut all = all;
        all.sort();
        let whole = Words::whole(all.clone());
        let (starts, chunks) = cut_chunks(all, 200);
        let chunked = Words::chunked(&starts).unwrap();
        for (n, chunk) in chunks.into_iter().enumerate() {
            chunked.arrive(n, chunk).unwrap();
        }
        for (w, prefix) in [("a", true), ("ab", true), ("ab1", true), ("ab12", false), ("b", true), ("zz299", false), ("q", true)] {
            assert_eq!(chunked.cards(w, prefix, 300), whole.cards(w, prefix, 300), "{w}");
        }
        assert!(!whole.cards("a", true, 300).is_empty());
    }

    #[test]
    fn make_words_lists_each_card_once_per_word() {
        let texts = ["The budget, the BUDGET", "Budgets fall", ""];
        let words = make_words(3, |k| vec![texts[k]]);
        let find = |w: &str| words.iter().find(|(x, _)| **x == *w).map(|(_, ids)| ids.clone());
        assert_eq!(find("budget"), Some(vec![0]));
        assert_eq!(find("budgets"), Some(vec![1]));
        assert_eq!(find("the"), Some(vec![0]));
        assert!(words.windows(2).all(|w| w[0].0 < w[1].0));
    }

    #[test]
    fn words_made_at_a_pace_that_waits_are_the_words_made_at_once() {
        use crate::pace::tests::{run, Stutter};
        let texts: Vec<String> = (0..100).map(|k| format!("card {k} says budget{} and talks {}", k % 7, k * 3)).collect();
        let text = |k: usize| vec![texts[k].as_str()];
        let at_once = make_words(texts.len(), text);
        let stutter = Stutter::default();
        let (paced, polls) = run(make_words_paced(texts.len(), &text, &mut stutter.pace(2)));
        assert_eq!(paced, at_once);
        assert!(stutter.waits.get() > 0 && polls == stutter.waits.get() + 1);
    }

    #[test]
    fn a_run_is_the_terms_words_in_a_row() {
        let words = ["the", "peace", "talks", "resumed"];
        assert!(has_run(&words, &term(&["peace", "talks"], false)));
        assert!(!has_run(&words, &term(&["talks", "peace"], false)));
        assert!(has_run(&words, &term(&["talks", "res"], true)));
        assert!(!has_run(&words, &term(&["talks", "res"], false)));
        assert!(!has_run(&words, &term(&["pea", "talks"], true)), "only the last word is a prefix");
        assert!(!has_run(&["peace"], &term(&["peace", "talks"], false)));
    }
}
