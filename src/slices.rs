//! Speaker slices: what a widget of one speaker needs, so that it does not download the whole
//! corpus. A speaker's key is the hash of their name in lower case, and each alias of theirs is
//! a key too, so a widget that names someone as the articles do finds them. Keys fall into
//! buckets by their first hex digits, as many as name the page's slices ([`quoted_digits`]: 1
//! to 4, so 16 to 65,536 files, about 16 speakers in each); `build.rs` writes one file per bucket,
//! `data/speakers/K.bin`: its keys, and the articles in which their speakers are quoted, with
//! only those quotes (a speaker filter leaves events out) and no texts, and the number of digits
//! in `data/speakers/digits.txt`. Every bucket has a file, so a name nobody is quoted under
//! costs no failed request: `embed/embed.js` reads the digits, computes the key (`speakerKey`),
//! fetches the bucket, and falls back to `whole.bin` when the key is not in it (or the widget
//! names several speakers); `loadCorpus` tells it the bucket's keys.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use crate::codec::{EventGroups, Named, Prebuilt, Slice};
use crate::extract::case::to_lower;
use crate::query::{CardRef, Index, Query, Sort, View, PAGE, TOP_VALUES};
use crate::extract::model::{Article, Corpus, Person, Quote, QuoteKind};

/// The file name part for `name`: FNV-1a (32 bits) of its trimmed lower-case UTF-8, in hex. Two
/// names may share a key: their file then holds both, and the widget filters by name anyway.
/// Lower-cased by `extract::case`, as the page lower-cases everything else: the page computes
/// keys too (`is_quoted_slice_for`), and the standard library's `to_lowercase` cost its module
/// 3.4 KB (twiggy).
pub fn speaker_key(name: &str) -> String {
    let hash = to_lower(name.trim()).bytes().fold(0x811c_9dc5_u32, |h, b| (h ^ u32::from(b)).wrapping_mul(0x0100_0193));
    format!("{hash:08x}")
}

/// The bucket of `key`: its first `digits` hex digits.
pub fn bucket_of(key: &str, digits: usize) -> &str {
    &key[..digits]
}

/// Where the build writes how many hex digits name the speaker buckets (one number and a line
/// break): `embed.js` reads it before it names a bucket.
pub const BUCKET_DIGITS_PATH: &str = "data/speakers/digits.txt";

/// Where bucket `bucket` is, relative to the page (and to `embed.js`).
pub fn bucket_path(bucket: &str) -> String {
    format!("data/speakers/{bucket}.bin")
}

/// One bucket: the keys in it (sorted) and the slice of the corpus their speakers need.
#[derive(Debug, PartialEq)]
pub struct Bucket {
    pub name: String,
    pub keys: Vec<String>,
    pub corpus: Corpus,
}

/// Every bucket named by `digits` hex digits (`0…0` to `f…f`), in order. Linear in the quotes:
/// each speaker's quotes are gathered once, then copied into the buckets of their name and
/// aliases. With 256 buckets whatever the corpus, a widget at 10,000 articles fetched about 48 KB
/// gzip for one speaker; named as the page's slices are, about 3 KB.
pub fn speaker_buckets(corpus: &Corpus, digits: usize) -> Vec<Bucket> {
    let mut quotes_of: HashMap<&str, Vec<(usize, usize)>> = HashMap::new();
    for (a, article) in corpus.articles.iter().enumerate() {
        for (i, quote) in article.quotes.iter().enumerate() {
            if let Some(speaker) = &quote.speaker {
                quotes_of.entry(speaker.as_str()).or_default().push((a, i));
            }
        }
    }
    let mut speakers_of: BTreeMap<String, BTreeSet<&str>> = BTreeMap::new();
    for &speaker in quotes_of.keys() {
        speakers_of.entry(speaker_key(speaker)).or_default().insert(speaker);
    }
    for person in corpus.articles.iter().flat_map(|a| &a.people) {
        if let Some((&speaker, _)) = quotes_of.get_key_value(person.name.as_str()) {
            for alias in &person.aliases {
                speakers_of.entry(speaker_key(alias)).or_default().insert(speaker);
            }
        }
    }
    (0..1usize << (4 * digits))
        .map(|b| {
            let name = format!("{b:0digits$x}");
            let keys: Vec<String> = speakers_of.range(name.clone()..).take_while(|(k, _)| k.starts_with(&name)).map(|(k, _)| k.clone()).collect();
            let mut items: Vec<(usize, usize)> =
                keys.iter().flat_map(|k| &speakers_of[k]).flat_map(|s| quotes_of[s].iter().copied()).collect();
            items.sort_unstable();
            items.dedup();
            Bucket { corpus: slice(corpus, &items), name, keys }
        })
        .collect()
}

/// The articles of `items` (sorted quote positions) with only those quotes.
fn slice(corpus: &Corpus, items: &[(usize, usize)]) -> Corpus {
    let mut articles: Vec<Article> = Vec::new();
    let mut last = None;
    for &(a, i) in items {
        if last != Some(a) {
            let source = &corpus.articles[a];
            articles.push(Article {
                file: source.file.clone(),
                title: source.title.clone(),
                people: source.people.clone(),
                reference_date: source.reference_date.clone(),
                ..Article::default()
            });
            last = Some(a);
        }
        if let Some(article) = articles.last_mut() {
            article.quotes.push(corpus.articles[a].quotes[i].clone());
        }
    }
    for article in &mut articles {
        article.people.retain(|p| concerns(p, &article.quotes));
    }
    Corpus { articles }
}

/// Whether the slice needs `person`: a speaker of `quotes` (their roles and aliases), or named in
/// one of their sentences (the widget's mention filter finds people that way).
fn concerns(person: &Person, quotes: &[Quote]) -> bool {
    let names = || std::iter::once(&person.name).chain(&person.aliases).filter(|n| !n.is_empty());
    quotes.iter().any(|q| q.speaker.as_ref() == Some(&person.name) || names().any(|n| q.sentence.contains(n.as_str())))
}

/// How many hex digits of a speaker's key name their page slice (`data/quoted/K.bin`), for a
/// corpus of `speakers` speakers: the fewest that put about 16 speakers in a file at most, from
/// 16 files to 65,536. At 10,000 generated articles (about 30,000 speakers: 3 digits) a slice is
/// about 2 KB gzip; with 2 digits it was 18 KB (the largest 75 KB). The build writes every file
/// (`data/quoted/` holds 16^digits), so a name nobody is quoted under costs no failed request.
pub fn quoted_digits(speakers: usize) -> usize {
    (1..4).find(|&d| speakers <= 16 << (4 * d)).unwrap_or(4)
}

/// The distinct speakers of `corpus`'s quotes (what [`quoted_digits`] counts).
pub fn speaker_count(corpus: &Corpus) -> usize {
    corpus.articles.iter().flat_map(|a| &a.quotes).filter_map(|q| q.speaker.as_deref()).collect::<BTreeSet<_>>().len()
}

/// Where the page's slice of the speakers of key `key` is, relative to the page.
pub fn quoted_path(key: &str, digits: usize) -> String {
    format!("data/quoted/{}.bin", &key[..digits])
}

/// Whether `path` is the slice that a page at the address of `query` starts from: the one of its
/// speaker, when it names exactly one and no search (whose words name cards by their place in
/// `corpus.bin`) and no article open in the reader (which may be any). `boot.js` follows the same
/// rule, with the number of digits the prerendered page names (`prerender::QUOTED_DIGITS`).
pub fn is_quoted_slice_for(path: &str, query: &Query) -> bool {
    match query.speakers.as_slice() {
        [speaker] if query.text.is_empty() && query.read.is_none() => {
            let key = speaker_key(speaker);
            (1..=4).any(|digits| path == quoted_path(&key, digits))
        }
        _ => false,
    }
}

/// The page's speaker slices, named by the first `digits` hex digits of their speakers' keys,
/// every name from `0…0` to `f…f`, of `cards` (the page's `corpus.bin`) and what the build
/// computed for it. A page whose address names one speaker and no search starts from their
/// slice: every card of theirs is in it, and so every count but the speaker facet's (see the
/// test below). Linear in the slices' articles and events (a stamp per article says which
/// slice last kept it): 4,096 slices of 10,000 articles in well under a second.
pub fn quoted_slices(cards: &Corpus, prebuilt: &Prebuilt, digits: usize) -> Vec<(String, Slice)> {
    let names = 1usize << (4 * digits);
    let mut places_of: Vec<Vec<usize>> = vec![Vec::new(); names];
    for (a, article) in cards.articles.iter().enumerate() {
        let mut of_article: Vec<usize> = (article.quotes.iter().filter_map(|q| q.speaker.as_deref()))
            .map(|speaker| usize::from_str_radix(&speaker_key(speaker)[..digits], 16).unwrap_or_default())
            .collect();
        of_article.sort_unstable();
        of_article.dedup();
        for n in of_article {
            places_of[n].push(a);
        }
    }
    let mut slicer = Slicer::new(cards, prebuilt);
    let slice_of = |speaker: &str| usize::from_str_radix(&speaker_key(speaker)[..digits], 16).unwrap_or_default();
    (places_of.into_iter().enumerate())
        .map(|(n, places)| {
            let theirs = move |speaker: &str| slice_of(speaker) == n;
            (format!("{n:0digits$x}"), slicer.slice(n, places, |_| Keep::QuotesOf(&theirs)))
        })
        .collect()
}

/// A quote in the place of another that a slice leaves out: no speaker, no words.
fn blank_quote() -> Quote {
    Quote {
        speaker: None,
        kind: QuoteKind::Direct,
        text: String::new(),
        cue: None,
        sentence: String::new(),
        span: Default::default(),
        sentence_span: Default::default(),
        date: None,
    }
}

/// What a slice keeps of an article: what its index needs to answer the queries it answers.
enum Keep<'k> {
    /// Everything `corpus.bin` holds.
    Whole,
    /// Its events, for the cards of their groups (no quotes, no people).
    Events,
    /// The quotes of the speakers for whom this is true, in their places (every other quote a
    /// blank one, so each keeps its number, and its card id); its people; no events. A speaker
    /// filter leaves every other card out.
    QuotesOf(&'k dyn Fn(&str) -> bool),
}

/// Makes slices of one corpus: what each needs of the build's data, found once.
struct Slicer<'c> {
    cards: &'c Corpus,
    prebuilt: &'c Prebuilt,
    /// Where each article's items begin in `named`.
    first_item: Vec<usize>,
    /// Each event's group.
    group_of: HashMap<(usize, usize), usize>,
    /// Which slice last kept each article, and its place among that slice's.
    stamp: Vec<(usize, usize)>,
}

impl<'c> Slicer<'c> {
    fn new(cards: &'c Corpus, prebuilt: &'c Prebuilt) -> Slicer<'c> {
        let mut first_item = Vec::with_capacity(cards.articles.len());
        let mut k = 0;
        for article in &cards.articles {
            first_item.push(k);
            k += article.quotes.len() + article.events.len();
        }
        let mut group_of: HashMap<(usize, usize), usize> = HashMap::new();
        for (g, members) in prebuilt.event_groups.iter().enumerate() {
            for &item in members {
                group_of.insert(item, g);
            }
        }
        Slicer { cards, prebuilt, first_item, group_of, stamp: vec![(usize::MAX, 0); cards.articles.len()] }
    }

    /// Slice number `n` (each a new one): the articles at `places` (increasing), each as much
    /// as `keep` says. Linear in their articles and items.
    fn slice<'k>(&mut self, n: usize, places: Vec<usize>, keep: impl Fn(usize) -> Keep<'k>) -> Slice {
        let (cards, prebuilt) = (self.cards, self.prebuilt);
        for (compact, &a) in places.iter().enumerate() {
            self.stamp[a] = (n, compact);
        }
        // Each kept article, and the people each of its kept items names (a blank quote none).
        let mut named: Option<Named> = prebuilt.named.as_ref().map(|_| Named::default());
        let first_item = &self.first_item;
        let mut kept_article = |a: usize| {
            let article = &cards.articles[a];
            let (first, quotes, events) = (first_item[a], article.quotes.len(), article.events.len());
            // The people item `k` names, as places in the corpus's article.
            let of = |k: usize| prebuilt.named.as_ref().map_or(&[][..], |all| all.of(k));
            let mut push = |people: &mut dyn Iterator<Item = u32>| {
                if let Some(out) = named.as_mut() {
                    out.push(people);
                }
            };
            let mut name = |k: usize, kept: bool| push(&mut of(k).iter().copied().filter(|_| kept));
            match keep(a) {
                Keep::Whole => {
                    (first..first + quotes + events).for_each(|k| name(k, true));
                    article.clone()
                }
                Keep::Events => {
                    // Without the people, whom the names point to.
                    (first + quotes..first + quotes + events).for_each(|k| name(k, false));
                    Article { quotes: Vec::new(), people: Vec::new(), ..article.clone() }
                }
                Keep::QuotesOf(theirs) => {
                    let is_theirs = |q: &Quote| q.speaker.as_deref().is_some_and(theirs);
                    // The people their quotes need: the speakers (roles, aliases) and those named,
                    // renumbered in their order.
                    let mut place: Vec<Option<u32>> = vec![None; article.people.len()];
                    for (i, q) in article.quotes.iter().enumerate().filter(|(_, q)| is_theirs(q)) {
                        let speaker = article.people.iter().position(|p| q.speaker.as_deref() == Some(p.name.as_str()));
                        for p in speaker.into_iter().chain(of(first + i).iter().map(|&p| p as usize)) {
                            if let Some(slot) = place.get_mut(p) {
                                *slot = Some(0);
                            }
                        }
                    }
                    for (next, slot) in (0..).zip(place.iter_mut().flatten()) {
                        *slot = next;
                    }
                    let people = article.people.iter().zip(&place).filter(|(_, p)| p.is_some()).map(|(person, _)| person.clone()).collect();
                    for (i, q) in article.quotes.iter().enumerate() {
                        let kept = is_theirs(q);
                        push(&mut of(first + i).iter().filter(|_| kept).filter_map(|&p| place.get(p as usize).copied().flatten()));
                    }
                    let quotes = article.quotes.iter().map(|q| if is_theirs(q) { q.clone() } else { blank_quote() }).collect();
                    Article { quotes, events: Vec::new(), people, ..article.clone() }
                }
            }
        };
        let kept = Corpus { articles: places.iter().map(|&a| kept_article(a)).collect() };
        // The groups of the kept events, with only their kept reports, in their order.
        let group_of = &self.group_of;
        let mut groups: Vec<usize> = (places.iter().zip(&kept.articles))
            .flat_map(|(&a, article)| (0..article.events.len()).filter_map(move |i| group_of.get(&(a, i)).copied()))
            .collect();
        groups.sort_unstable();
        groups.dedup();
        let stamp = &self.stamp;
        let kept_events = |&(a, _): &(usize, usize)| stamp[a].0 == n && !kept.articles[stamp[a].1].events.is_empty();
        let event_groups: EventGroups =
            (groups.into_iter()).map(|g| prebuilt.event_groups[g].iter().filter(|item| kept_events(item)).map(|&(a, i)| (stamp[a].1, i)).collect()).collect();
        let prebuilt = Prebuilt { event_groups, word_chunks: Vec::new(), named, preset: None };
        Slice { total: cards.articles.len(), places, kept, prebuilt }
    }
}

/// The first screen's slice (`data/first.bin`) of `cards` (the page's `corpus.bin`, `index`
/// being its index): the articles of every card on the first page of each view without a
/// filter, in both orders, every report of their events included, and each view's most
/// frequent articles (their titles label the facet). Only the articles of quote cards keep
/// their quotes and people: an event that wire copy spread to hundreds of papers keeps its
/// reports, not their papers' quotes and people (at 10,000 generated articles, 88 KB gzip with
/// them). The page starts
/// from it, with the counts of [`Index::preset`]. A slice's cards keep their order (a card it
/// holds is the corpus's, or an event that lost reports, which can only move later), so its
/// first pages are the corpus's (tested below).
pub fn first_screen(cards: &Corpus, prebuilt: &Prebuilt, index: &Index) -> Slice {
    let (mut places, mut quoting): (Vec<usize>, Vec<usize>) = (Vec::new(), Vec::new());
    for view in View::EVERY {
        for sort in [Sort::Article, Sort::Date] {
            let results = index.results(&Query { view, sort, ..Query::default() });
            for &id in results.cards.iter().take(PAGE) {
                match index.card(id) {
                    CardRef::Quote((a, _)) => quoting.push(*a),
                    CardRef::Event(members) => places.extend(members.iter().map(|&(a, _)| a)),
                }
            }
        }
        let facets = index.facets(&Query { view, ..Query::default() });
        places.extend(facets.articles.iter().take(TOP_VALUES).filter_map(|(file, _)| index.article_index(file)));
    }
    quoting.sort_unstable();
    quoting.dedup();
    places.extend(&quoting);
    places.sort_unstable();
    places.dedup();
    Slicer::new(cards, prebuilt).slice(0, places, |a| if quoting.binary_search(&a).is_ok() { Keep::Whole } else { Keep::Events })
}

/// Where the answer to `query` is, for a page that started from the first screen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Source {
    /// The first screen's slice: no filter, no search, no article in the reader.
    First,
    /// A speaker's slice (its path): one speaker is the only filter. Their slice holds every
    /// card of theirs, so every count but the speaker facet's, which is the first screen's.
    Speaker(String),
    /// `corpus.bin`.
    Whole,
}

/// The file that answers `query` on a page whose speakers' slices are named by `digits` hex
/// digits.
pub fn source_of(query: &Query, digits: usize) -> Source {
    if query.read.is_some() {
        return Source::Whole;
    }
    if !query.is_filtered() {
        return Source::First;
    }
    let only_speakers = Query { speakers: Vec::new(), view: View::All, sort: Sort::Article, ..query.clone() };
    match query.speakers.as_slice() {
        [speaker] if !only_speakers.is_filtered() && (1..=4).contains(&digits) => Source::Speaker(quoted_path(&speaker_key(speaker), digits)),
        _ => Source::Whole,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::model::{QuoteKind, Span};

    fn quote(speaker: &str, text: &str) -> Quote {
        Quote {
            speaker: Some(speaker.into()),
            kind: QuoteKind::Direct,
            text: text.into(),
            cue: None,
            sentence: text.into(),
            span: Span::default(),
            sentence_span: Span::default(),
            date: None,
        }
    }

    fn person(name: &str, aliases: &[&str]) -> Person {
        Person { name: name.into(), aliases: aliases.iter().map(|a| a.to_string()).collect(), roles: vec![] }
    }

    #[test]
    fn the_key_is_fnv1a_of_the_lower_case_name() {
        // FNV-1a 32 reference values: "" → 811c9dc5, "a" → e40c292c.
        assert_eq!(speaker_key(""), "811c9dc5");
        assert_eq!(speaker_key("a"), "e40c292c");
        assert_eq!(speaker_key(" A "), "e40c292c");
        assert_eq!(speaker_key("Ana Ruiz"), speaker_key("ana ruiz"));
        assert_ne!(speaker_key("Ana Ruiz"), speaker_key("Ana Ruis"));
        assert_eq!(bucket_path(bucket_of("e40c292c", 2)), "data/speakers/e4.bin");
        assert_eq!(bucket_path(bucket_of("e40c292c", 3)), "data/speakers/e40.bin");
    }

    #[test]
    fn a_bucket_holds_its_speakers_quotes_only_and_each_alias_finds_them() {
        let first = Article {
            file: "a.txt".into(),
            title: "A".into(),
            people: vec![person("Ana Ruiz", &["Ruiz", "Mayor Ruiz"]), person("Bo Lee", &[]), person("Cy Dunn", &["Dunn"])],
            quotes: vec![quote("Ana Ruiz", "one"), quote("Bo Lee", "two"), quote("Ana Ruiz", "three, with Dunn")],
            text: "the whole text".into(),
            ..Article::default()
        };
        let second = Article { file: "b.txt".into(), quotes: vec![quote("Bo Lee", "four")], ..Article::default() };
        let third = Article { file: "c.txt".into(), quotes: vec![quote("Ana Ruiz", "five")], ..Article::default() };
        let corpus = Corpus { articles: vec![first, second, third] };
        assert_eq!(speaker_buckets(&corpus, 1).len(), 16);
        assert_eq!(speaker_buckets(&corpus, 3).len(), 4096);
        let buckets = speaker_buckets(&corpus, 2);
        assert_eq!(buckets.len(), 256);
        assert!(buckets.iter().enumerate().all(|(n, b)| b.name == format!("{n:02x}")), "named in order");
        assert_eq!(buckets.iter().map(|b| b.keys.len()).sum::<usize>(), 4, "Ana Ruiz, Ruiz, Mayor Ruiz, Bo Lee");
        let of = |name: &str| {
            let key = speaker_key(name);
            let bucket = buckets.iter().find(|b| b.name == bucket_of(&key, 2)).unwrap();
            assert!(bucket.keys.contains(&key), "{name} is in its bucket");
            bucket
        };
        let said_by = |bucket: &Bucket, who: &str| -> Vec<String> {
            let quotes = bucket.corpus.articles.iter().flat_map(|a| &a.quotes);
            quotes.filter(|q| q.speaker.as_deref() == Some(who)).map(|q| q.text.clone()).collect()
        };
        for name in ["Ana Ruiz", "mayor ruiz", "RUIZ"] {
            let bucket = of(name);
            assert_eq!(said_by(bucket, "Ana Ruiz"), ["one", "three, with Dunn", "five"], "{name}");
            let article = bucket.corpus.articles.iter().find(|a| a.file == "a.txt").unwrap();
            let people: Vec<&str> = article.people.iter().map(|p| p.name.as_str()).collect();
            // Her entry (roles, aliases) and Cy Dunn, whom she names; not Bo Lee, unless his
            // quotes share the bucket.
            assert!(people.contains(&"Ana Ruiz") && people.contains(&"Cy Dunn"), "{people:?}");
            assert_eq!(article.people[0], corpus.articles[0].people[0], "roles and aliases stay");
            let bo_here = !said_by(bucket, "Bo Lee").is_empty();
            assert_eq!(people.contains(&"Bo Lee"), bo_here, "{people:?}");
            assert!(article.text.is_empty() && article.events.is_empty());
        }
        assert_eq!(said_by(of("Bo Lee"), "Bo Lee"), ["two", "four"]);
        let nobody = speaker_key("Nobody Atall");
        assert!(!buckets.iter().any(|b| b.keys.contains(&nobody)));
    }

    /// 24 real articles as the page's `corpus.bin` holds them, with what the build computes.
    fn real_cards() -> (Corpus, Prebuilt) {
        use crate::codec::without_texts;
        use crate::query::{group_events, named_people};
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/articles");
        let mut files: Vec<_> = std::fs::read_dir(dir).unwrap().filter_map(|e| e.ok()).map(|e| e.path()).filter(|p| p.extension().is_some_and(|x| x == "txt")).collect();
        files.sort();
        let inputs: Vec<(String, String)> = files.iter().take(24).map(|p| (p.file_name().unwrap().to_string_lossy().into_owned(), std::fs::read_to_string(p).unwrap())).collect();
        let corpus = crate::extract::extract_corpus(&inputs);
        let prebuilt = Prebuilt { event_groups: group_events(&corpus), named: Some(named_people(&corpus)), ..Prebuilt::default() };
        (Corpus { articles: corpus.articles.iter().map(without_texts).collect() }, prebuilt)
    }

    fn card_ids(index: &Index, q: &Query) -> Vec<String> {
        index.results(q).cards.iter().map(|&c| index.card(c).id()).collect()
    }

    /// The page makes the index of `corpus.bin` at its pace, waiting between articles and
    /// cards: the index is the one made at once (cards, order, counts), whenever it waits.
    #[test]
    fn an_index_made_at_a_pace_that_waits_is_the_index_made_at_once() {
        use crate::pace::tests::{run, Stutter};
        use std::rc::Rc;

        let (cards, prebuilt) = real_cards();
        let cards = Rc::new(cards);
        let at_once = Index::deferring_search(cards.clone(), Some(&prebuilt));
        for every in [1, 3, 20] {
            let stutter = Stutter::default();
            let (paced, polls) = run(Index::deferring_search_paced(cards.clone(), Some(&prebuilt), &mut stutter.pace(every)));
            let (ticks, waits) = (stutter.ticks.get(), stutter.waits.get());
            assert!(waits > 0 && polls == waits + 1, "it waited {waits} times in {ticks} ticks, {polls} polls");
            assert!(ticks >= cards.articles.len(), "a tick after each article at least");
            let speaker = at_once.facets(&Query::default()).speakers[0].0.to_string();
            for view in View::EVERY {
                for sort in [Sort::Article, Sort::Date] {
                    for speakers in [vec![], vec![speaker.clone()]] {
                        let q = Query { view, sort, speakers, ..Query::default() };
                        assert_eq!(card_ids(&paced, &q), card_ids(&at_once, &q), "{q:?}");
                        assert_eq!(paced.facets(&q), at_once.facets(&q), "{q:?}");
                    }
                }
            }
        }
    }

    /// A corpus with a reader's own article has no build's groups: the page groups its events
    /// at its pace, waiting between date buckets, and makes its index so. The groups and the
    /// index are those made at once.
    #[test]
    fn events_grouped_at_a_pace_that_waits_are_the_groups_made_at_once() {
        use crate::pace::tests::{run, Stutter};
        use std::rc::Rc;

        // Real cards, one article (with places, which group reports without their sentences)
        // reprinted by another paper.
        let (mut cards, _) = real_cards();
        let placed = cards.articles.iter().find(|a| a.events.iter().any(|e| !e.places.is_empty())).expect("an event with a place");
        let reprint = Article { file: "reprint.txt".into(), ..placed.clone() };
        cards.articles.push(reprint);
        let at_once = crate::query::group_events(&cards);
        assert!(at_once.iter().any(|g| g.len() > 1), "an event reported twice");
        for every in [1, 2] {
            let stutter = Stutter::default();
            let (paced, _) = run(crate::query::group_events_paced(&cards, &mut stutter.pace(every)));
            assert!(stutter.waits.get() > 0, "it never waited ({} ticks)", stutter.ticks.get());
            assert_eq!(paced, at_once);
        }
        let cards = Rc::new(cards);
        let whole = Index::deferring_search(cards.clone(), None);
        let stutter = Stutter::default();
        let (paced, _) = run(Index::deferring_search_paced(cards, None, &mut stutter.pace(2)));
        for view in View::EVERY {
            let q = Query { view, ..Query::default() };
            assert_eq!(card_ids(&paced, &q), card_ids(&whole, &q), "{q:?}");
            assert_eq!(paced.facets(&q), whole.facets(&q), "{q:?}");
        }
    }

    /// A page that starts from a speaker's slice shows what it would show from `corpus.bin`:
    /// the same cards in the same order (the same ids), and the same counts in every facet but
    /// the speakers' (whose other values the slice does not hold). Real articles, every speaker.
    #[test]
    fn a_speakers_slice_answers_their_queries_as_the_whole_corpus_does() {
        use std::rc::Rc;

        let (cards, prebuilt) = real_cards();
        let whole = Index::deferring_search(Rc::new(cards.clone()), Some(&prebuilt));
        let digits = quoted_digits(speaker_count(&cards));
        assert_eq!(digits, 1, "a small corpus");
        // Through the file format, as the page reads them.
        let slices: Vec<(String, Corpus, Prebuilt)> = (quoted_slices(&cards, &prebuilt, digits).into_iter())
            .map(|(name, slice)| {
                let bytes = crate::codec::slice_body(&slice).into_file("newslens-data-test");
                let (corpus, built) = crate::codec::open(&bytes).and_then(|f| f.slice_and_prebuilt()).unwrap();
                (name, corpus, built)
            })
            .collect();
        assert_eq!(slices.len(), 16, "every file, with someone or not");
        for (name, slice, _) in &slices {
            let quotes = slice.articles.iter().flat_map(|a| &a.quotes);
            assert!(quotes.filter_map(|q| q.speaker.as_deref()).all(|s| speaker_key(s).starts_with(name.as_str())), "{name}: another speaker's words");
            assert!(slice.articles.iter().all(|a| a.events.is_empty()), "{name}: events, which a speaker filter leaves out");
        }
        let speakers: BTreeSet<&str> = cards.articles.iter().flat_map(|a| &a.quotes).filter_map(|q| q.speaker.as_deref()).collect();
        assert!(speakers.len() > 40, "{} speakers", speakers.len());
        let ids = card_ids;
        for speaker in speakers {
            let key = speaker_key(speaker);
            let (_, slice, slice_prebuilt) = slices.iter().find(|(name, ..)| key.starts_with(name.as_str())).expect("a slice for every speaker");
            assert_eq!(slice.articles.len(), cards.articles.len(), "every article has its place");
            let part = Index::deferring_search(Rc::new(slice.clone()), Some(slice_prebuilt));
            let one = Query { speakers: vec![speaker.to_string()], ..Query::default() };
            let kind = whole.facets(&one).kinds.first().map(|&(k, _)| k);
            let mention = whole.facets(&one).mentions.first().map(|(m, _)| m.to_string());
            let queries = [
                one.clone(),
                Query { view: View::Quotes, sort: Sort::Date, ..one.clone() },
                Query { view: View::Speaker, ..one.clone() },
                Query { view: View::Events, ..one.clone() },
                Query { kinds: kind.into_iter().collect(), ..one.clone() },
                Query { mentions: mention.into_iter().collect(), ..one.clone() },
            ];
            for q in &queries {
                assert_eq!(ids(&part, q), ids(&whole, q), "{speaker}: {q:?}");
                let (p, w) = (part.facets(q), whole.facets(q));
                assert_eq!((&p.kinds, &p.articles, &p.mentions, &p.timeline), (&w.kinds, &w.articles, &w.mentions, &w.timeline), "{speaker}: {q:?}");
                let count = |f: &crate::query::Facets| f.speakers.iter().find(|(s, _)| &**s == speaker).map(|&(_, n)| n);
                assert_eq!(count(&p), count(&w), "{speaker}'s own count: {q:?}");
            }
        }
    }

    /// The first screen's facets as a reader sees them: each list's first values (the checked
    /// ones too) and how many others there are.
    fn shown(f: &crate::query::Facets) -> impl PartialEq + std::fmt::Debug {
        fn top<T: Clone>(list: &[T], unlisted: usize) -> (Vec<T>, usize) {
            (list.iter().take(TOP_VALUES).cloned().collect(), list.len() + unlisted)
        }
        let u = f.unlisted;
        (top(&f.speakers, u.speakers), top(&f.articles, u.articles), top(&f.mentions, u.mentions), f.kinds.clone(), f.timeline.clone())
    }

    /// A page that starts from the first screen's slice, with the build's counts, shows what it
    /// would from `corpus.bin` for every view without a filter, in both orders: the first page
    /// of cards, the totals, the facets as shown, the chart; and a speaker's click, answered from
    /// their slice with the same counts, shows what the whole corpus shows.
    #[test]
    fn the_first_screens_slice_answers_the_unfiltered_views_as_the_whole_corpus_does() {
        use std::rc::Rc;

        let (cards, prebuilt) = real_cards();
        let whole = Index::deferring_search(Rc::new(cards.clone()), Some(&prebuilt));
        let digits = quoted_digits(speaker_count(&cards));
        let preset = whole.preset(digits);
        let slice = first_screen(&cards, &prebuilt, &whole);
        assert!(slice.places.len() < cards.articles.len(), "a slice: {} of {} articles", slice.places.len(), cards.articles.len());
        let bytes = crate::codec::first_body(&slice, &preset).into_file("newslens-data-test");
        let (corpus, first_prebuilt) = crate::codec::open(&bytes).and_then(|f| f.first_screen()).unwrap();
        assert_eq!(first_prebuilt.preset.as_deref(), Some(&preset), "the counts read back");
        let first = Index::deferring_search(Rc::new(corpus), Some(&first_prebuilt));
        assert_eq!(first.preset_digits(), Some(digits));
        for view in View::EVERY {
            for sort in [Sort::Article, Sort::Date] {
                let q = Query { view, sort, ..Query::default() };
                let page = |index: &Index| card_ids(index, &q).into_iter().take(PAGE).collect::<Vec<_>>();
                assert_eq!(page(&first), page(&whole), "{q:?}");
                let (f, w) = (first.results(&q), whole.results(&q));
                assert_eq!((f.quotes, f.events, f.cards.len() + f.unlisted), (w.quotes, w.events, w.cards.len()), "{q:?}");
                assert_eq!(shown(&first.facets(&q)), shown(&whole.facets(&q)), "{q:?}");
                assert_eq!(first.top_speakers(&q, &f, 8), whole.top_speakers(&q, &w, 8), "{q:?}");
                assert_eq!(source_of(&q, digits), Source::First);
            }
        }
        // A click on any speaker: their slice, with the first screen's counts.
        let speakers: BTreeSet<&str> = cards.articles.iter().flat_map(|a| &a.quotes).filter_map(|q| q.speaker.as_deref()).collect();
        let slices = quoted_slices(&cards, &prebuilt, digits);
        assert!(whole.facets(&Query::default()).speakers.len() > TOP_VALUES, "some speakers are left out of the first screen's list");
        for speaker in speakers {
            for view in [View::All, View::Quotes, View::Events, View::Speaker] {
                let q = Query { speakers: vec![speaker.to_string()], view, ..Query::default() };
                let Source::Speaker(path) = source_of(&q, digits) else { panic!("{q:?} is answered by a slice") };
                let (_, slice) = slices.iter().find(|(name, _)| path == quoted_path(&format!("{name}0000000"), digits)).unwrap();
                let bytes = crate::codec::slice_body(slice).into_file("newslens-data-test");
                let (corpus, mut built) = crate::codec::open(&bytes).and_then(|f| f.slice_and_prebuilt()).unwrap();
                built.preset = first_prebuilt.preset.clone();
                let part = Index::deferring_search(Rc::new(corpus), Some(&built));
                assert_eq!(card_ids(&part, &q), card_ids(&whole, &q), "{q:?}");
                let (p, w) = (part.facets(&q), whole.facets(&q));
                assert_eq!(shown(&p), shown(&w), "{q:?}");
                let count = |f: &crate::query::Facets| f.speakers.iter().find(|(s, _)| &**s == speaker).map(|&(_, n)| n);
                assert_eq!(count(&p), count(&w), "{q:?}");
                let (pr, wr) = (part.results(&q), whole.results(&q));
                assert_eq!(part.top_speakers(&q, &pr, 8), whole.top_speakers(&q, &wr, 8), "{q:?}");
            }
        }
    }

    #[test]
    fn each_query_has_its_source() {
        let q = |url: &str| Query::from_url_query(url);
        assert_eq!(source_of(&q(""), 2), Source::First);
        assert_eq!(source_of(&q("?view=events&sort=date"), 2), Source::First);
        let path = quoted_path(&speaker_key("Ana Ruiz"), 2);
        assert_eq!(source_of(&q("?speaker=Ana+Ruiz"), 2), Source::Speaker(path.clone()));
        assert_eq!(source_of(&q("?speaker=Ana+Ruiz&view=speaker&sort=date"), 2), Source::Speaker(path));
        for whole in ["?read=a.txt", "?speaker=Ana+Ruiz&kind=direct", "?speaker=Ana+Ruiz&speaker=Bo+Lee", "?q=budget", "?kind=direct", "?from=2024-01-01", "?mention=Bo+Lee", "?speaker=Ana+Ruiz&read=a.txt"] {
            assert_eq!(source_of(&q(whole), 2), Source::Whole, "{whole}");
        }
        assert_eq!(source_of(&q("?speaker=Ana+Ruiz"), 0), Source::Whole, "no slices");
    }

    #[test]
    fn an_address_of_one_speaker_and_no_search_starts_from_their_slice() {
        let key = speaker_key("Ana Ruiz");
        let path = quoted_path(&key, 2);
        assert_eq!(path, format!("data/quoted/{}.bin", &key[..2]));
        let is_for = |path: &str, url: &str| is_quoted_slice_for(path, &Query::from_url_query(url));
        for url in ["?speaker=Ana+Ruiz", "?speaker=Ana%20Ruiz&kind=direct&view=speaker&sort=date&from=2024", "?speaker=Ana+Ruiz&speaker=Ana+Ruiz", "?speaker=Ana+Ruiz&speaker=&q="] {
            assert!(is_for(&path, url), "{url}");
            assert!(is_for(&quoted_path(&key, 3), url), "{url}");
        }
        assert!(!is_for(&quoted_path(&speaker_key("Bo Lee"), 2), "?speaker=Ana+Ruiz"), "another speaker's");
        assert!(!is_for("data/corpus.bin", "?speaker=Ana+Ruiz"));
        for other in ["", "?kind=direct", "?speaker=Ana+Ruiz&speaker=Bo+Lee", "?speaker=Ana+Ruiz&q=budget", "?speaker=Ana+Ruiz&read=a.txt"] {
            assert!(!is_for(&path, other), "{other}");
        }
    }

    #[test]
    fn about_sixteen_speakers_share_a_slice_file() {
        assert_eq!(quoted_digits(0), 1);
        assert_eq!(quoted_digits(256), 1);
        assert_eq!(quoted_digits(257), 2);
        assert_eq!(quoted_digits(4096), 2);
        assert_eq!(quoted_digits(30_000), 3);
        assert_eq!(quoted_digits(65_537), 4);
        assert_eq!(quoted_digits(usize::MAX), 4);
    }


    /// `embed/speaker-key.js` computes the same keys in the browser (`tests/e2e/slices.test.mjs`
    /// checks these very values): names whose lower case differs between libraries if any.
    #[test]
    fn speaker_keys_of_names_in_many_scripts() {
        for (name, key) in SPEAKER_KEYS {
            assert_eq!(speaker_key(name), *key, "{name}");
        }
    }

    const SPEAKER_KEYS: &[(&str, &str)] = &[
        ("Zoë Ní Bhraonáin", "6a52e337"),
        ("İsmail Özdemir", "a72efaa9"),
        ("ΣΩΚΡΑΤΗΣ ΠΑΠΑΣ", "de5f726c"),
        ("  Ana Ruiz  ", "b82a20a5"),
        ("ǅemal Bešić", "95aaf134"),
        ("GROẞ", "45008433"),
        ("Ｆｕｌｌ Ｗｉｄｔｈ", "eec8cf7c"),
        ("José\u{301} Martí", "3a3abe40"),
    ];

}
