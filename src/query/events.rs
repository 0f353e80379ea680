//! One event reported by several articles becomes one card: the reports share their dates and
//! precision, and their sentences are about the same thing (a shared place, or many shared words).
//!
//! Near-linear: events are bucketed by their dates (a sort), and inside a bucket a new report is
//! compared only with the groups that share a place or a distinctive word with it, found through
//! small inverted indexes, never with every group.

use std::collections::HashMap;
use std::hash::BuildHasherDefault;

use super::order;
use super::text::fold;
use crate::extract::fxhash::FxHasher;
use crate::extract::model::{Corpus, Event};
use crate::extract::sort::sort_by;
use crate::pace::{finish_now, Pace};

/// Points at one quote or event of the corpus: `(article index, item index)`.
pub type ItemRef = (usize, usize);

/// Words shared by more groups than this, inside one date bucket, say nothing about which event
/// a sentence reports ("government", "officials"); skipping them keeps a bucket linear.
const COMMON_IN_BUCKET: usize = 32;

/// Our own keys: FxHash, not SipHash (`extract::fxhash`).
type FxMap<K, V> = HashMap<K, V, BuildHasherDefault<FxHasher>>;

/// Groups of reports of the same event, each in article order; groups in order of their first
/// report.
pub fn group_events(corpus: &Corpus) -> Vec<Vec<ItemRef>> {
    finish_now(group_events_paced(corpus, &mut Pace::none()))
}

/// [`group_events`] at `pace`, ticking between date buckets: the page groups the events of a
/// corpus with a reader's own article (at 10,000 articles about 200 ms natively).
pub async fn group_events_paced(corpus: &Corpus, pace: &mut Pace<'_>) -> Vec<Vec<ItemRef>> {
    let mut all: Vec<ItemRef> = Vec::new();
    for (a, article) in corpus.articles.iter().enumerate() {
        all.extend((0..article.events.len()).map(|i| (a, i)));
    }
    let event = |(a, i): ItemRef| &corpus.articles[a].events[i];
    // By (start, end, precision) as their strings sort, through numbers: stable, so inside a
    // bucket the reports stay in article order.
    let ranks = date_ranks(all.iter().flat_map(|&item| [event(item).start.as_str(), event(item).end.as_str()]));
    order::sort_by_key(&mut all, |&item| {
        let e = event(item);
        (u64::from(ranks[e.start.as_str()]) << 34) | (u64::from(ranks[e.end.as_str()]) << 3) | e.precision as u64
    });
    pace.tick().await;
    let mut groups: Vec<Vec<ItemRef>> = Vec::new();
    let buckets = all.chunk_by(|&x, &y| {
        let (ex, ey) = (event(x), event(y));
        (&ex.start, &ex.end, ex.precision) == (&ey.start, &ey.end, ey.precision)
    });
    for (n, bucket) in buckets.enumerate() {
        group_bucket(bucket, &event, &mut groups);
        pace.tick_after(n).await;
    }
    order::sort_by_key(&mut groups, |g| ((g[0].0 as u64) << 32) | g[0].1 as u64);
    groups
}

/// The place of each date string among the distinct ones in order: sorting by these numbers is
/// sorting by the strings, with string comparisons only for the few distinct dates.
fn date_ranks<'c>(dates: impl Iterator<Item = &'c str>) -> FxMap<&'c str, u32> {
    let mut ranks: FxMap<&str, u32> = FxMap::default();
    for date in dates {
        ranks.entry(date).or_insert(0);
    }
    let mut distinct: Vec<&str> = ranks.keys().copied().collect();
    order::sort_by_text(&mut distinct, |d| d);
    for (rank, date) in distinct.into_iter().enumerate() {
        ranks.insert(date, rank as u32);
    }
    ranks
}

/// Groups the reports of one date bucket into `groups`.
fn group_bucket<'c>(bucket: &[ItemRef], event: &impl Fn(ItemRef) -> &'c Event, groups: &mut Vec<Vec<ItemRef>>) {
    // The bucket's sentences folded once; their words are numbered (`Words`), so a report's key
    // words are a few sorted numbers, not strings to copy and compare.
    let folded: Vec<String> = bucket.iter().map(|&item| fold(&event(item).sentence)).collect();
    let mut numbers = Words::default();
    // Per group of this bucket: its index in `groups`, and its first report's words.
    let mut heads: Vec<(usize, Vec<u32>)> = Vec::new();
    let mut by_place: FxMap<&str, Vec<usize>> = FxMap::default();
    let mut by_word: Vec<Vec<usize>> = Vec::new();
    for (&item, sentence) in bucket.iter().zip(&folded) {
        let e = event(item);
        let words = numbers.key_words(sentence);
        let home = find_home(item, e, &words, &heads, &by_place, &by_word, groups);
        match home {
            Some(h) => groups[heads[h].0].push(item),
            None => {
                let h = heads.len();
                for place in &e.places {
                    by_place.entry(place.as_str()).or_default().push(h);
                }
                for &w in &words {
                    if by_word.len() <= w as usize {
                        by_word.resize_with(w as usize + 1, Vec::new);
                    }
                    by_word[w as usize].push(h);
                }
                heads.push((groups.len(), words));
                groups.push(vec![item]);
            }
        }
    }
}

/// The first group (by creation) this report belongs to: none of its reports comes from the same
/// article, and its first report shares a place or at least 40% of the words (Jaccard).
fn find_home(
    item: ItemRef,
    e: &Event,
    words: &[u32],
    heads: &[(usize, Vec<u32>)],
    by_place: &FxMap<&str, Vec<usize>>,
    by_word: &[Vec<usize>],
    groups: &[Vec<ItemRef>],
) -> Option<usize> {
    // Reports come in article order, so a group's last report is from its latest article: if any
    // report shares this one's article, the last one does (one look, however large the group).
    let open = |h: usize| groups[heads[h].0].last().is_none_or(|&(a, _)| a != item.0);
    let mut candidates: Vec<usize> = e.places.iter().filter_map(|p| by_place.get(p.as_str())).flatten().copied().collect();
    let mut shared: FxMap<usize, usize> = FxMap::default();
    for &w in words {
        if let Some(hs) = by_word.get(w as usize).filter(|hs| hs.len() <= COMMON_IN_BUCKET) {
            for &h in hs {
                *shared.entry(h).or_default() += 1;
            }
        }
    }
    candidates.extend(shared.iter().filter(|&(&h, &n)| jaccard(n, words.len(), heads[h].1.len()) >= 0.4).map(|(&h, _)| h));
    sort_by(&mut candidates, |a, b| a < b);
    candidates.into_iter().find(|&h| open(h))
}

fn jaccard(shared: usize, a: usize, b: usize) -> f64 {
    if a == 0 || b == 0 { 0.0 } else { shared as f64 / (a + b - shared) as f64 }
}

/// The words of one date bucket's sentences, numbered in order of first sight.
#[derive(Default)]
struct Words<'s> {
    numbers: FxMap<&'s str, u32>,
}

impl<'s> Words<'s> {
    /// The numbers of the longer words of a folded sentence, sorted and each once (short words,
    /// numbers, months and common verbs say little about which event it is).
    fn key_words(&mut self, folded: &'s str) -> Vec<u32> {
        let mut numbers: Vec<u32> = Vec::new();
        for w in super::text::words(folded) {
            if w.chars().count() < 4 || w.chars().all(|c| c.is_ascii_digit()) || is_filler(w) {
                continue;
            }
            let next = self.numbers.len() as u32;
            numbers.push(*self.numbers.entry(w).or_insert(next));
        }
        order::sort_by_key(&mut numbers, |&n| u64::from(n));
        numbers.dedup();
        numbers
    }
}

/// Words that appear in many unrelated event sentences: dates and common verbs.
fn is_filler(word: &str) -> bool {
    const FILLER: [&str; 24] = [
        "january", "february", "march", "april", "june", "july", "august", "september", "october",
        "november", "december", "were", "was", "have", "been", "with", "from", "that", "this", "held",
        "said", "will", "their", "which",
    ];
    FILLER.contains(&word)
}
