//! The page's data files in a compact binary format of our own (issue 10): `data/corpus.bin`,
//! `data/articles/N.bin`, `data/speakers/K.bin` and the extractor worker's answer. It replaces
//! JSON, whose decoder (serde_json's) cost the page's wasm about 20 KB gzip, and which was 1.9×
//! larger (gzip) and 2–4× slower to decode (BENCHMARKS.md).
//!
//! `build.rs` and the worker (`src/bin/extract_worker.rs`) compile this file by path, as they do
//! `src/extract/`, so the one reader and the one writer live side by side and are tested together.
//!
//! A file is a header and a body:
//!
//! - header: the magic bytes `NLDB`, the format version ([`VERSION`], one byte), what the file
//!   holds ([`Kind`], one byte), the data ID of the build that wrote it (a string; empty in the
//!   worker's answer, which no build wrote);
//! - body: a string table (a count, then the strings), the lengths of the content's streams
//!   ([`Stream`]: values of one sort side by side) and the streams, then the bytes of the
//!   content's long strings (over [`SHORT`] bytes: sentences, texts), whose lengths are in the
//!   content. Text beside text and numbers beside numbers compress better. A long string
//!   written before is not written again: the content refers back to it.
//!
//! Integers are unsigned LEB128 varints (7 bits a byte, at most 10 bytes); a signed difference is
//! zigzag-encoded first. A string is its length in bytes and its UTF-8. A list is its length and
//! its items. Names that repeat (speakers and people, aliases, roles, cues, actors, places, ISO
//! dates) are written once in the table and referred to by index (`Option`s by index + 1, 0 being
//! `None`). A quote's text and a date's words are usually part of their sentence: they are then
//! written as a byte offset and length inside it. A span is written as its difference from where
//! it is expected (a sentence starts near the previous one and is as long as its chars; a quote's
//! or a date's words are where the offset inside their sentence puts them), so most spans are a
//! few zero bytes. An event's dates are a flag when they are its date expression's. Enums are a
//! byte each. A corpus file ends with its event groups (the reports of one event across articles,
//! `query::group_events`, computed once by the build): for each event in corpus order, 0 when it
//! is the first report of a group, else 1 + how many groups back its group was started.
//!
//! Decoding never trusts the bytes: every length is checked against what is left before
//! anything is allocated (an item takes at least one byte), every index and substring is
//! bounds-checked, and a damaged file gives an [`Error`] with the byte offset where it broke,
//! never a panic.

use std::collections::HashMap;
use std::fmt;

use crate::pace::{finish_now, Pace};
use crate::extract::model::{Article, Block, BlockKind, Comment, Corpus, DateValue, DateWarning, Event, Person, Precision, Quote, QuoteKind, Span};

/// Strings longer than this (sentences, texts) are kept apart, after the rest of the content:
/// text beside text and numbers beside numbers compress better (14% off a corpus's gzip).
const SHORT: usize = 24;

/// The first bytes of every file.
pub const MAGIC: [u8; 4] = *b"NLDB";
/// The layout's version: a change of layout must change it, so that a page never reads another
/// layout's bytes as its own (it says "another build" instead).
pub const VERSION: u8 = 6;

/// The content is written as several streams, each holding numbers of one sort side by side:
/// gzip's codes then fit one sort at a time (the page's `corpus.bin`: 10% smaller). A list's
/// count is in the stream of its items' first bytes, so a count is still checked against the
/// bytes left in its stream.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Stream {
    /// Counts, flags, strings: what the others do not hold.
    Main,
    /// Places in the string table (names, roles, cues, actors, places) and the people lists.
    Names,
    /// Quotes' speakers as places among their article's people.
    Speakers,
    /// ISO days as differences.
    Days,
    /// Spans and parts of sentences.
    Spans,
    /// Quote kinds and date precisions.
    Kinds,
    /// Event groups.
    Groups,
    /// The people each quote and event names.
    Named,
}

const STREAMS: usize = 8;

/// What a file holds (its fifth byte after the magic and the version).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// `data/corpus.bin`: a corpus (the page's has no article texts; the tests' has them).
    Corpus = 1,
    /// `data/speakers/K.bin`: a bucket's keys and its slice of the corpus.
    Bucket = 3,
    /// `data/articles/N.bin` (since format 5), or the worker's answer: one whole article.
    Article = 4,
    /// `data/words/N.bin`: a chunk of the search words.
    Words = 5,
    /// `data/quoted/K.bin`: a speaker's slice of `corpus.bin` (`slices::quoted_slices`), only
    /// its kept articles written, each with its place.
    Slice = 6,
    /// `data/first.bin`: the first screen's slice of `corpus.bin` (`slices::first_screen`), as
    /// a [`Kind::Slice`], then the build's counts of the whole corpus ([`crate::counts::Preset`]).
    First = 7,
}

impl Kind {
    fn from_byte(byte: u8) -> Option<Kind> {
        [Kind::Corpus, Kind::Bucket, Kind::Article, Kind::Words, Kind::Slice, Kind::First].into_iter().find(|k| *k as u8 == byte)
    }

    fn name(self) -> &'static str {
        match self {
            Kind::Corpus => "a corpus",
            Kind::Bucket => "a speaker bucket",
            Kind::Article => "an article",
            Kind::Words => "a chunk of search words",
            Kind::Slice => "a speaker's slice",
            Kind::First => "the first screen's slice",
        }
    }
}

/// The most articles a slice file may place its articles among: a damaged count must not make
/// the decoder allocate without bound (a corpus file's count is bounded by its bytes).
const MOST_ARTICLES: usize = 1 << 20;

/// Why bytes could not be decoded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Error {
    /// Not a file of this layout, or damaged: what was wrong and the byte offset where.
    Damaged { at: usize, what: String },
    /// A newslens data file of another format version (another build wrote it).
    Version { found: u8 },
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Damaged { at, what } => write!(f, "{what} at byte {at}"),
            Error::Version { found } => write!(f, "data format {found}, this page reads format {VERSION}"),
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Writing

/// An encoded body (string table and content) of a [`Kind`], before its header: `build.rs` names
/// the data by a hash of the bodies, then writes each with that name ([`Body::into_file`]).
pub struct Body {
    kind: Kind,
    bytes: Vec<u8>,
}

impl Body {
    pub fn bytes(&self) -> &[u8] {
        &self.bytes
    }

    /// The whole file: the header with `id`, then the body.
    pub fn into_file(self, id: &str) -> Vec<u8> {
        let mut out = Vec::with_capacity(self.bytes.len() + id.len() + 8);
        out.extend_from_slice(&MAGIC);
        out.push(VERSION);
        out.push(self.kind as u8);
        put_str(&mut out, id);
        out.extend_from_slice(&self.bytes);
        out
    }
}

/// Reports of one event in several articles, as `(article, event)` places: each group in article
/// order, the groups in order of their first report (`query::group_events`).
pub type EventGroups = Vec<Vec<(usize, usize)>>;

/// A chunk of search words (`data/words/N.bin`): each word with the sorted ids of its cards.
pub type WordChunk = Vec<(Box<str>, Vec<u32>)>;

/// What the build computed for the page's index of a corpus, stored after it in
/// `data/corpus.bin` (format 3: the groups; 4: the chunks; 5: the people named).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Prebuilt {
    pub event_groups: EventGroups,
    /// The first word of each chunk of search words (`data/words/N.bin`, `query::word_chunks`),
    /// the first being "". Empty: the page makes the search words itself.
    pub word_chunks: Vec<String>,
    /// The people each card's sentence names. `None`: the page finds them (a corpus that keeps
    /// its sentences).
    pub named: Option<Named>,
    /// The build's counts of the whole corpus, with the first screen's slice only.
    pub preset: Option<std::rc::Rc<crate::counts::Preset>>,
}

/// The people the sentence of each quote and event names (`query::named_people`), as places
/// in its article's `people`: the page's `corpus.bin` has no sentences to look in. Items in
/// corpus order, each article's quotes then its events; item `k` names
/// `people[starts[k]..starts[k + 1]]`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Named {
    pub starts: Vec<u32>,
    pub people: Vec<u32>,
}

impl Named {
    /// Item `k`'s people.
    pub fn of(&self, k: usize) -> &[u32] {
        match (self.starts.get(k), self.starts.get(k + 1)) {
            (Some(&from), Some(&to)) => self.people.get(from as usize..to as usize).unwrap_or(&[]),
            _ => &[],
        }
    }

    /// Adds the next item's people.
    pub fn push(&mut self, people: impl IntoIterator<Item = u32>) {
        if self.starts.is_empty() {
            self.starts.push(0);
        }
        self.people.extend(people);
        self.starts.push(self.people.len() as u32);
    }
}

/// A corpus and what the build computed for its index (`data/corpus.bin`).
pub fn corpus_body(corpus: &Corpus, prebuilt: &Prebuilt) -> Body {
    body::<true>(Kind::Corpus, |w| w.corpus_and_prebuilt(corpus, prebuilt))
}

/// A corpus as the worker answers when a reader adds an article: the bundled corpus with their
/// articles, nothing prebuilt (the page's index groups its events and makes its search words)
/// and no data ID. Written without sharing, as [`encode_article`]: it never leaves the browser.
pub fn encode_corpus(corpus: &Corpus) -> Vec<u8> {
    let nothing = Prebuilt::default();
    body::<false>(Kind::Corpus, |w| w.corpus_and_prebuilt(corpus, &nothing)).into_file("")
}

/// `article` as the page's `corpus.bin` holds it: what its cards are filtered, counted and
/// sorted by, without what is read only on a card or in the reader (its text and blocks, the
/// sentences and quoted words, the quotes' cues, headings, footer, comments, date warnings,
/// aliases, the reference date and the declared count of comments: 4% of the file), which
/// `data/articles/N.bin` holds ([`article_body`]). The sentences were two thirds of the file.
/// Its spans are only the order of its quotes and events (the index's "article order"): a
/// place among their distinct starts, which costs a byte where offsets into a text that is not
/// there cost three (a third of what was left).
pub fn without_texts(article: &Article) -> Article {
    let mut starts: Vec<usize> = article.quotes.iter().map(|q| q.span.start).chain(article.events.iter().map(|e| e.sentence_span.start)).collect();
    starts.sort_unstable();
    starts.dedup();
    let place = |at: usize| {
        let n = starts.binary_search(&at).unwrap_or_default();
        Span { start: n, end: n }
    };
    let mut cards = Article {
        file: article.file.clone(),
        title: article.title.clone(),
        people: article.people.iter().map(|p| Person { name: p.name.clone(), aliases: Vec::new(), roles: p.roles.clone() }).collect(),
        quotes: article.quotes.clone(),
        events: article.events.clone(),
        ..Article::default()
    };
    for quote in &mut cards.quotes {
        let at = place(quote.span.start);
        (quote.text, quote.sentence, quote.span, quote.sentence_span) = (String::new(), String::new(), at, at);
        // How it was said is shown with the words, on the card: 4% of the file.
        quote.cue = None;
        if let Some(date) = &mut quote.date {
            (date.text, date.span) = (String::new(), at);
        }
    }
    for event in &mut cards.events {
        let at = place(event.sentence_span.start);
        (event.sentence, event.sentence_span, event.date.text, event.date.span) = (String::new(), at, String::new(), at);
    }
    cards
}

/// `article` without its own text and blocks (what only the reader shows): `data/whole.bin`'s
/// articles, every card's texts kept.
pub fn without_article_text(article: &Article) -> Article {
    Article { text: String::new(), blocks: Vec::new(), ..article.clone() }
}

/// A chunk of search words (`data/words/N.bin`): sorted words, each with the sorted ids of
/// its cards. A word is the length it shares with the one before and the rest; the ids are
/// differences (most are one byte).
pub fn words_body<W: AsRef<str>>(entries: &[(W, Vec<u32>)]) -> Body {
    body::<false>(Kind::Words, |w| {
        w.usize(entries.len());
        let mut previous = "";
        for (word, ids) in entries {
            let word = word.as_ref();
            let shared = shared_prefix(previous, word);
            w.usize(shared);
            put_str(&mut w.out, &word[shared..]);
            w.usize(ids.len());
            let mut last = 0u32;
            for (k, &id) in ids.iter().enumerate() {
                w.uint(u64::from(if k == 0 { id } else { id.wrapping_sub(last) }));
                last = id;
            }
            previous = word;
        }
    })
}

/// How many bytes `a` and `b` start with alike, at a char boundary of both.
fn shared_prefix(a: &str, b: &str) -> usize {
    let same = a.bytes().zip(b.bytes()).take_while(|(x, y)| x == y).count();
    (0..=same).rev().find(|&n| b.is_char_boundary(n)).unwrap_or(0)
}

/// One whole article (`data/articles/N.bin`): what `corpus.bin` leaves out of it (its text,
/// blocks and sentences) with the rest.
pub fn article_body(article: &Article) -> Body {
    body::<true>(Kind::Article, |w| w.article(article))
}

/// A speaker's slice of the page's corpus, as `build.rs` writes it ([`slice_body`]): the
/// articles kept (those that quote one of its speakers, as `corpus.bin` holds them), their
/// places among the corpus's `total`, and what the build computed for them (event groups and
/// people named), as if they were a corpus of their own. Decoding puts every other article back,
/// empty, so each card keeps its place and its id ([`File::slice_and_prebuilt`]).
#[derive(Debug, Default, PartialEq)]
pub struct Slice {
    pub total: usize,
    pub places: Vec<usize>,
    pub kept: Corpus,
    pub prebuilt: Prebuilt,
}

/// A speaker's slice of the page's corpus (`data/quoted/K.bin`, `slices::quoted_slices`): the
/// corpus's number of articles, then the articles kept, each after the number of articles left
/// out before it, then what the build computed for the kept ones as a corpus of their own. An
/// empty slice is a few bytes, whatever the corpus.
pub fn slice_body(slice: &Slice) -> Body {
    body::<true>(Kind::Slice, |w| {
        w.slice(slice);
    })
}

/// The first screen's slice (`data/first.bin`, `slices::first_screen`): a [`slice_body`], then
/// the build's counts of the whole corpus (`preset`).
pub fn first_body(slice: &Slice, preset: &crate::counts::Preset) -> Body {
    body::<true>(Kind::First, |w| {
        w.slice(slice);
        w.preset(preset);
    })
}

/// A speaker bucket (`data/speakers/K.bin`): its keys and its slice of the corpus.
pub fn bucket_body(keys: &[String], corpus: &Corpus) -> Body {
    body::<true>(Kind::Bucket, |w| {
        w.list(keys, |w, k| w.string(k));
        w.corpus(corpus);
    })
}

/// One whole article, as the worker answers (no data ID: no build wrote it). Written without
/// sharing (every name a new table entry, no search for parts): the answer never leaves the
/// browser, and the worker's module stays without a hash map of names and a substring search.
pub fn encode_article(article: &Article) -> Vec<u8> {
    body::<false>(Kind::Article, |w| w.article(article)).into_file("")
}

/// `SHARE`: names written once in the table, quote texts and date words found in their sentence
/// (the data files); without, the same layout, larger and written with less code.
fn body<'a, const SHARE: bool>(kind: Kind, write: impl FnOnce(&mut Writer<'a, SHARE>)) -> Body {
    let mut writer = Writer::default();
    write(&mut writer);
    let content: usize = writer.out.len() + writer.parked.iter().map(Vec::len).sum::<usize>();
    let mut bytes = Vec::with_capacity(content + writer.texts.len() + writer.table.len() * 8);
    put_uint(&mut bytes, writer.table.len() as u64);
    for s in &writer.table {
        put_str(&mut bytes, s);
    }
    let mut streams = writer.parked;
    streams[Stream::Main as usize] = writer.out;
    for stream in &streams {
        put_uint(&mut bytes, stream.len() as u64);
    }
    for stream in &streams {
        bytes.extend_from_slice(stream);
    }
    bytes.extend_from_slice(&writer.texts);
    Body { kind, bytes }
}

fn put_uint(out: &mut Vec<u8>, mut n: u64) {
    while n >= 0x80 {
        out.push((n as u8) | 0x80);
        n >>= 7;
    }
    out.push(n as u8);
}

fn put_str(out: &mut Vec<u8>, s: &str) {
    put_uint(out, s.len() as u64);
    out.extend_from_slice(s.as_bytes());
}

/// `to - from`, wrapping, zigzag-encoded: small either way for nearby offsets, and exact for
/// any pair (decoding wraps back, [`unzigzag`]).
fn zigzag(from: u64, to: u64) -> u64 {
    let d = to.wrapping_sub(from) as i64;
    ((d << 1) ^ (d >> 63)) as u64
}

fn unzigzag(from: u64, z: u64) -> u64 {
    from.wrapping_add(((z >> 1) as i64 ^ -((z & 1) as i64)) as u64)
}

/// The day number (days since 1970-01-01, wrapping below it) of an ISO day `YYYY-MM-DD` of the
/// years 0 to 9999, if `iso` is exactly one: a date's bounds, about half of the cards' bytes
/// as names among thousands, are a byte or two as differences.
fn day_number(iso: &str) -> Option<u64> {
    let b = iso.as_bytes();
    let digits = |r: std::ops::Range<usize>| b.get(r.clone()).filter(|d| d.iter().all(u8::is_ascii_digit)).map(|d| d.iter().fold(0i64, |n, &c| n * 10 + (c - b'0') as i64));
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let (y, m, d) = (digits(0..4)?, digits(5..7)?, digits(8..10)?);
    let day = days_from_civil(y, m, d);
    (civil_from_days(day) == (y, m, d)).then_some(day as u64)
}

/// The ISO day of a day number, for the years 0 to 9999.
fn iso_day(day: u64) -> Option<String> {
    let (y, m, d) = civil_from_days(day as i64);
    if !(0..=9999).contains(&y) {
        return None;
    }
    // Digits into a buffer, then one string: every date of every card comes through here
    // (two days each), and pushing characters one by one was a tenth of decoding corpus.bin.
    let digit = |n: i64| b'0' + (n % 10) as u8;
    let iso = [digit(y / 1000), digit(y / 100), digit(y / 10), digit(y), b'-', digit(m / 10), digit(m), b'-', digit(d / 10), digit(d)];
    std::str::from_utf8(&iso).ok().map(String::from)
}

/// Days from 1970-01-01 to a day of the proleptic Gregorian calendar (H. Hinnant's algorithm:
/// years counted from March, in eras of 400 years).
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * ((m + 9) % 12) + 2) / 5 + d - 1;
    era * 146_097 + yoe * 365 + yoe / 4 - yoe / 100 + doy - 719_468
}

/// The inverse of [`days_from_civil`]: (year, month, day).
fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let (d, m) = (doy - (153 * mp + 2) / 5 + 1, if mp < 10 { mp + 3 } else { mp - 9 });
    (yoe + era * 400 + i64::from(m <= 2), m, d)
}

/// Where a span is expected (char offsets, wrapping arithmetic): a quote's words where they are
/// in their sentence, a sentence as long as its chars.
#[derive(Clone, Copy)]
struct Near {
    start: u64,
    len: u64,
}

impl Near {
    /// `part`, found at byte `at` of `parent`, in chars from the start of `parent`.
    fn part(parent: &str, at: usize, part: &str) -> Near {
        let before = parent.get(..at).map_or(0, |p| p.chars().count());
        Near { start: before as u64, len: part.chars().count() as u64 }
    }

    /// Moved by `base` (the parent's own start in the article).
    fn from(self, base: usize) -> Near {
        Near { start: self.start.wrapping_add(base as u64), len: self.len }
    }

    /// A whole sentence starting near `base`.
    fn sentence(base: usize, sentence: &str) -> Near {
        Near { start: base as u64, len: sentence.chars().count() as u64 }
    }
}

#[derive(Default)]
struct Writer<'a, const SHARE: bool> {
    /// The stream being written ([`Writer::to`] swaps them).
    out: Vec<u8>,
    /// The other streams, by [`Stream`] (the one being written is left empty here).
    parked: [Vec<u8>; STREAMS],
    current: usize,
    /// The strings longer than [`SHORT`], whose lengths are in `out`.
    texts: Vec<u8>,
    table: Vec<&'a str>,
    index: HashMap<&'a str, u64>,
    /// Each long string written so far, with its number in order of writing: a repeat is
    /// written as a reference back to it ([`LongString`]).
    long: HashMap<&'a str, u64>,
    /// The last ISO day written (a day number): the next is written as its difference.
    last_day: u64,
}

/// How a string's first number reads: up to [`SHORT`] it is the length of a string written in
/// place. Above, `SHORT + 1 + 2w` is a new long string of `SHORT + 1 + w` bytes (after the
/// content), and `SHORT + 2 + 2b` the long string `b` places back among those already read: a
/// sentence that two quotes share, or that wire copy repeats in a hundred articles, is stored
/// once (gzip's 32 KB window sees only the repeats that are close).
enum LongString {
    New(usize),
    Back(usize),
}

impl LongString {
    fn encode(self) -> u64 {
        match self {
            LongString::New(len) => (SHORT + 1 + 2 * (len - SHORT - 1)) as u64,
            LongString::Back(back) => (SHORT + 2 + 2 * back) as u64,
        }
    }

    /// `v` over [`SHORT`].
    fn decode(v: usize) -> LongString {
        let w = v - SHORT - 1;
        if w % 2 == 0 { LongString::New(SHORT + 1 + w / 2) } else { LongString::Back(w / 2) }
    }
}

impl<'a, const SHARE: bool> Writer<'a, SHARE> {
    /// Runs `write` with `stream` as the stream written to.
    fn to<R>(&mut self, stream: Stream, write: impl FnOnce(&mut Self) -> R) -> R {
        let (to, back) = (stream as usize, self.current);
        if to == back {
            return write(self);
        }
        std::mem::swap(&mut self.out, &mut self.parked[back]);
        std::mem::swap(&mut self.out, &mut self.parked[to]);
        self.current = to;
        let result = write(self);
        std::mem::swap(&mut self.out, &mut self.parked[to]);
        std::mem::swap(&mut self.out, &mut self.parked[back]);
        self.current = back;
        result
    }

    fn uint(&mut self, n: u64) {
        put_uint(&mut self.out, n);
    }

    fn usize(&mut self, n: usize) {
        self.uint(n as u64);
    }

    fn byte(&mut self, b: u8) {
        self.out.push(b);
    }

    fn string(&mut self, s: &'a str) {
        if s.len() <= SHORT {
            put_uint(&mut self.out, s.len() as u64);
            self.out.extend_from_slice(s.as_bytes());
            return;
        }
        let count = self.long.len() as u64;
        if SHARE {
            if let Some(&n) = self.long.get(s) {
                return put_uint(&mut self.out, LongString::Back((count - 1 - n) as usize).encode());
            }
            self.long.insert(s, count);
        }
        put_uint(&mut self.out, LongString::New(s.len()).encode());
        self.texts.extend_from_slice(s.as_bytes());
    }

    fn list<T>(&mut self, items: &'a [T], mut item: impl FnMut(&mut Self, &'a T)) {
        self.usize(items.len());
        for t in items {
            item(self, t);
        }
    }

    fn strings(&mut self, items: &'a [String]) {
        self.list(items, |w, s| w.string(s));
    }

    /// The index of `s` in the string table (added on first use).
    fn slot(&mut self, s: &'a str) -> u64 {
        let next = self.table.len() as u64;
        if !SHARE {
            self.table.push(s);
            return next;
        }
        *self.index.entry(s).or_insert_with(|| {
            self.table.push(s);
            next
        })
    }

    fn name(&mut self, s: &'a str) {
        let slot = self.slot(s);
        self.to(Stream::Names, |w| w.uint(slot));
    }

    fn names(&mut self, items: &'a [String]) {
        self.to(Stream::Names, |w| w.list(items, |w, s| w.name(s)));
    }

    fn opt_name(&mut self, s: &'a Option<String>) {
        let slot = s.as_deref().map_or(0, |s| self.slot(s) + 1);
        self.to(Stream::Names, |w| w.uint(slot));
    }

    fn opt_string(&mut self, s: &'a Option<String>) {
        match s {
            None => self.byte(0),
            Some(s) => {
                self.byte(1);
                self.string(s);
            }
        }
    }

    /// `s` as a part of `parent` (byte offset + 1, length) when it is one, else 0 and `s`
    /// itself. Returns where `s` is then expected, in chars from the start of `parent`.
    fn part_of(&mut self, parent: &str, s: &'a str) -> Near {
        self.to(Stream::Spans, |w| match if SHARE { parent.find(s) } else { None } {
            Some(at) if !s.is_empty() => {
                w.usize(at + 1);
                w.usize(s.len());
                Near::part(parent, at, s)
            }
            _ => {
                w.uint(0);
                w.string(s);
                Near::part(parent, 0, s)
            }
        })
    }

    /// A span relative to `base`: where it starts from `base`, then its length (both zigzag).
    fn span(&mut self, base: usize, span: Span) {
        self.span_near(Near { start: base as u64, len: 0 }, span);
    }

    /// A span as its difference from where it is expected (both zigzag): two zero bytes when the
    /// span is where its words are.
    fn span_near(&mut self, near: Near, span: Span) {
        self.to(Stream::Spans, |w| {
            w.uint(zigzag(near.start, span.start as u64));
            w.uint(zigzag(near.len, (span.end as u64).wrapping_sub(span.start as u64)));
        });
    }

    fn corpus(&mut self, corpus: &'a Corpus) {
        self.list(&corpus.articles, |w, a| w.article(a));
    }

    fn corpus_and_prebuilt(&mut self, corpus: &'a Corpus, prebuilt: &'a Prebuilt) {
        self.corpus(corpus);
        self.prebuilt(corpus, prebuilt);
    }

    fn slice(&mut self, slice: &'a Slice) {
        self.usize(slice.total);
        self.usize(slice.places.len());
        let mut next = 0;
        for (&a, article) in slice.places.iter().zip(&slice.kept.articles) {
            self.usize(a.wrapping_sub(next));
            self.article(article);
            next = a + 1;
        }
        self.prebuilt(&slice.kept, &slice.prebuilt);
    }

    /// Each view's totals and facets: the long lists as (value, count) pairs and how many
    /// values they leave out, the kinds' counts in [`QuoteKind::ALL`]'s order, the timeline.
    fn preset(&mut self, preset: &'a crate::counts::Preset) {
        self.usize(preset.quoted_digits);
        for view in &preset.views {
            let facets = &view.facets;
            self.usize(view.quotes);
            self.usize(view.events);
            let counted = |w: &mut Self, (name, n): &'a (std::rc::Rc<str>, usize)| {
                w.string(name);
                w.usize(*n);
            };
            self.list(&facets.speakers, counted);
            self.usize(facets.unlisted.speakers);
            self.list(&facets.articles, |w, (file, n)| {
                w.string(file);
                w.usize(*n);
            });
            self.usize(facets.unlisted.articles);
            self.list(&facets.mentions, counted);
            self.usize(facets.unlisted.mentions);
            for kind in QuoteKind::ALL {
                self.usize(facets.kinds.iter().find(|(k, _)| *k == kind).map_or(0, |&(_, n)| n));
            }
            self.list(&facets.timeline, |w, year| {
                w.uint(u64::from(year.year));
                w.usize(year.count);
                w.list(&year.months, |w, &(month, n)| {
                    w.uint(u64::from(month));
                    w.usize(n);
                });
            });
        }
    }

    fn prebuilt(&mut self, corpus: &'a Corpus, prebuilt: &'a Prebuilt) {
        self.to(Stream::Groups, |w| w.event_groups(corpus, &prebuilt.event_groups));
        self.list(&prebuilt.word_chunks, |w, s| w.string(s));
        match &prebuilt.named {
            None => self.byte(0),
            Some(named) => {
                self.byte(1);
                self.to(Stream::Named, |w| w.named(named));
            }
        }
    }

    /// Each event's group, in corpus order: 0 for a group's first report, else 1 + how many
    /// groups back it was started. Groups are numbered as they are first met, so the reader
    /// rebuilds them in order of their first report. An event in no group is a group of its own.
    fn event_groups(&mut self, corpus: &Corpus, groups: &EventGroups) {
        let mut group_of: Vec<Vec<Option<usize>>> = corpus.articles.iter().map(|a| vec![None; a.events.len()]).collect();
        for (g, members) in groups.iter().enumerate() {
            for &(a, i) in members {
                if let Some(slot) = group_of.get_mut(a).and_then(|events| events.get_mut(i)) {
                    *slot = Some(g);
                }
            }
        }
        let mut number: Vec<Option<u64>> = vec![None; groups.len()];
        let mut started = 0u64;
        for g in group_of.into_iter().flatten() {
            match g.and_then(|g| number[g]) {
                Some(n) => self.uint(started - n),
                None => {
                    if let Some(g) = g {
                        number[g] = Some(started);
                    }
                    started += 1;
                    self.uint(0);
                }
            }
        }
    }

    /// Each item's people: 0 when they are the previous item's (the quotes of one sentence),
    /// else 1 + their count, then each place.
    fn named(&mut self, named: &Named) {
        let items = named.starts.len().saturating_sub(1);
        self.usize(items);
        for k in 0..items {
            let people = named.of(k);
            if k > 0 && people == named.of(k - 1) {
                self.uint(0);
                continue;
            }
            self.usize(people.len() + 1);
            for &p in people {
                self.uint(p as u64);
            }
        }
    }

    fn article(&mut self, a: &'a Article) {
        self.string(&a.file);
        self.string(&a.title);
        self.strings(&a.headings);
        self.opt_string(&a.footer);
        let mut base = 0;
        self.list(&a.comments, |w, c| {
            w.string(&c.author);
            w.string(&c.text);
            w.span(base, c.span);
            base = c.span.start;
        });
        match a.declared_comment_count {
            None => self.byte(0),
            Some(n) => {
                self.byte(1);
                self.usize(n);
            }
        }
        self.to(Stream::Names, |w| {
            w.list(&a.people, |w, p| {
                w.name(&p.name);
                w.names(&p.aliases);
                w.names(&p.roles);
            })
        });
        let mut base = 0;
        self.list(&a.quotes, |w, q| {
            w.to(Stream::Speakers, |w| w.speaker(&a.people, &q.speaker));
            w.to(Stream::Kinds, |w| w.byte(quote_kind_byte(q.kind)));
            w.string(&q.sentence);
            let near = w.part_of(&q.sentence, &q.text);
            w.opt_name(&q.cue);
            w.span_near(Near::sentence(base, &q.sentence), q.sentence_span);
            w.span_near(near.from(q.sentence_span.start), q.span);
            match &q.date {
                None => w.byte(0),
                Some(d) => {
                    w.byte(1);
                    w.date(&q.sentence, q.sentence_span.start, d);
                }
            }
            base = q.sentence_span.start;
        });
        let mut base = 0;
        self.list(&a.events, |w, e| {
            w.string(&e.sentence);
            w.span_near(Near::sentence(base, &e.sentence), e.sentence_span);
            w.date(&e.sentence, e.sentence_span.start, &e.date);
            // The event's dates are its date expression's, unless they differ.
            let d = &e.date;
            if (&e.start, &e.end, e.precision) == (&d.start, &d.end, d.precision) {
                w.byte(1);
            } else {
                w.byte(0);
                w.day(&e.start);
                w.day(&e.end);
                w.to(Stream::Kinds, |w| w.byte(precision_byte(e.precision)));
            }
            w.names(&e.actors);
            w.names(&e.places);
            base = e.sentence_span.start;
        });
        let mut base = 0;
        self.list(&a.date_warnings, |w, d| {
            w.string(&d.text);
            w.string(&d.why);
            w.span(base, d.span);
            base = d.span.start;
        });
        self.opt_name(&a.reference_date);
        self.strings(&a.warnings);
        self.blocks(&a.blocks);
        self.string(&a.text);
    }

    /// A quote's speaker: 0 for none, 1 + their place among the article's people (nearly
    /// always: a byte, where a name among the corpus's thousands takes two or three), else
    /// 1 + the number of people and the name.
    fn speaker(&mut self, people: &[Person], speaker: &'a Option<String>) {
        let Some(name) = speaker else { return self.uint(0) };
        match people.iter().position(|p| p.name == *name) {
            Some(k) => self.usize(1 + k),
            None => {
                self.usize(1 + people.len());
                self.name(name);
            }
        }
    }

    /// An ISO day ("2026-02-01") as 1 + its difference in days from the last one written
    /// (zigzag), or 0 and the string when it is not one (kept as it is).
    fn day(&mut self, iso: &'a str) {
        self.to(Stream::Days, |w| match day_number(iso) {
            Some(day) => {
                w.uint(1 + zigzag(w.last_day, day));
                w.last_day = day;
            }
            None => {
                w.uint(0);
                w.name(iso);
            }
        });
    }

    /// A date found in `sentence`, which starts at `base` in the article.
    fn date(&mut self, sentence: &str, base: usize, d: &'a DateValue) {
        self.day(&d.start);
        self.day(&d.end);
        self.to(Stream::Kinds, |w| w.byte(precision_byte(d.precision)));
        let near = self.part_of(sentence, &d.text);
        self.span_near(near.from(base), d.span);
    }

    fn blocks(&mut self, blocks: &[Block]) {
        self.usize(blocks.len());
        let mut base = 0;
        for b in blocks {
            self.byte(block_kind_byte(b.kind));
            self.span(base, b.span);
            base = b.span.end;
        }
    }
}

const QUOTE_KINDS: [QuoteKind; 4] = QuoteKind::ALL;
const PRECISIONS: [Precision; 4] = [Precision::Day, Precision::Month, Precision::Year, Precision::Vague];
const BLOCK_KINDS: [BlockKind; 7] = [
    BlockKind::Title,
    BlockKind::Heading,
    BlockKind::Paragraph,
    BlockKind::CommentsHeader,
    BlockKind::CommentAuthor,
    BlockKind::CommentText,
    BlockKind::Footer,
];

fn quote_kind_byte(k: QuoteKind) -> u8 {
    QUOTE_KINDS.iter().position(|x| *x == k).unwrap_or(0) as u8
}

fn precision_byte(p: Precision) -> u8 {
    PRECISIONS.iter().position(|x| *x == p).unwrap_or(0) as u8
}

fn block_kind_byte(k: BlockKind) -> u8 {
    BLOCK_KINDS.iter().position(|x| *x == k).unwrap_or(0) as u8
}

// ---------------------------------------------------------------------------------------------
// Reading

/// A file whose header was read: its data ID, and the body still to decode.
pub struct File<'a> {
    id: &'a str,
    kind: Kind,
    reader: Reader<'a>,
}

/// Reads the header of `bytes`: the magic, the version (another version is
/// [`Error::Version`]), the kind, the data ID. The caller checks the ID, then decodes the body
/// with the method of the kind it expects ([`File::kind`] says which it is).
pub fn open(bytes: &[u8]) -> Result<File<'_>, Error> {
    let mut reader = Reader::new(bytes);
    if bytes.len() < MAGIC.len() || bytes[..MAGIC.len()] != MAGIC {
        return Err(reader.damaged("not a newslens data file (it does not start with NLDB)"));
    }
    reader.at = MAGIC.len();
    let version = reader.byte()?;
    if version != VERSION {
        return Err(Error::Version { found: version });
    }
    let at = reader.at;
    let found = reader.byte()?;
    let kind = Kind::from_byte(found).ok_or_else(|| Error::Damaged { at, what: format!("an unknown kind of file ({found})") })?;
    let id = reader.str()?;
    Ok(File { id, kind, reader })
}

impl<'a> File<'a> {
    /// The data ID of the build that wrote the file (empty in the worker's answer).
    pub fn id(&self) -> &'a str {
        self.id
    }

    /// What the file holds.
    pub fn kind(&self) -> Kind {
        self.kind
    }

    /// The corpus of a [`Kind::Corpus`] file.
    pub fn corpus(self) -> Result<Corpus, Error> {
        self.corpus_and_prebuilt().map(|(corpus, _)| corpus)
    }

    /// The corpus of a [`Kind::Corpus`] file and what the build computed for its index.
    pub fn corpus_and_prebuilt(self) -> Result<(Corpus, Prebuilt), Error> {
        finish_now(self.corpus_and_prebuilt_paced(&mut Pace::none()))
    }

    /// [`File::corpus_and_prebuilt`], at `pace`: it ticks after each article (the page's
    /// `corpus.bin` holds 10,000 of them, and the reader may be typing).
    pub async fn corpus_and_prebuilt_paced(self, pace: &mut Pace<'_>) -> Result<(Corpus, Prebuilt), Error> {
        let mut r = self.begin(Kind::Corpus)?;
        let n = r.count()?;
        let mut articles = Vec::with_capacity(n);
        for _ in 0..n {
            articles.push(r.article()?);
            pace.tick().await;
        }
        let value = r.prebuilt(Corpus { articles })?;
        r.finish()?;
        Ok(value)
    }

    /// The corpus of a [`Kind::Slice`] file (every article not kept empty, in its place) and
    /// what the build computed for it.
    pub fn slice_and_prebuilt(self) -> Result<(Corpus, Prebuilt), Error> {
        self.body(Kind::Slice, |r| r.slice_in_place())
    }

    /// The corpus of a [`Kind::First`] file (as [`File::slice_and_prebuilt`]) and what the build
    /// computed for it, its counts of the whole corpus included.
    pub fn first_screen(self) -> Result<(Corpus, Prebuilt), Error> {
        self.body(Kind::First, |r| {
            let (corpus, mut prebuilt) = r.slice_in_place()?;
            prebuilt.preset = Some(std::rc::Rc::new(r.preset(&corpus)?));
            Ok((corpus, prebuilt))
        })
    }

    /// The words and card ids of a [`Kind::Words`] file, checked: the words sorted, each
    /// word's ids increasing.
    pub fn words(self) -> Result<WordChunk, Error> {
        self.body(Kind::Words, |r| {
            let n = r.count()?;
            let mut entries: WordChunk = Vec::with_capacity(n);
            for _ in 0..n {
                let at = r.at;
                let previous = entries.last().map_or("", |(w, _)| &**w);
                let shared = r.usize()?;
                let rest = r.str()?;
                let word = previous.get(..shared).map(|p| [p, rest].concat());
                let word = word.filter(|w| **w > *previous || entries.is_empty());
                let word = word.ok_or_else(|| r.damaged_at(at, "a search word out of order"))?;
                let ids = r.card_ids()?;
                entries.push((word.into_boxed_str(), ids));
            }
            Ok(entries)
        })
    }

    /// The keys and the corpus of a [`Kind::Bucket`] file.
    pub fn bucket(self) -> Result<(Vec<String>, Corpus), Error> {
        self.body(Kind::Bucket, |r| Ok((r.list(|r| r.string())?, r.corpus()?)))
    }

    /// The article of a [`Kind::Article`] file.
    pub fn article(self) -> Result<Article, Error> {
        self.body(Kind::Article, |r| r.article())
    }

    fn body<T>(self, kind: Kind, read: impl FnOnce(&mut Reader<'a>) -> Result<T, Error>) -> Result<T, Error> {
        let mut reader = self.begin(kind)?;
        let value = read(&mut reader)?;
        reader.finish()?;
        Ok(value)
    }

    /// The reader of the body, at the start of the content, if the file is of `kind`.
    fn begin(mut self, kind: Kind) -> Result<Reader<'a>, Error> {
        if kind != self.kind {
            return Err(Error::Damaged { at: MAGIC.len() + 1, what: format!("{} where {} was expected", self.kind.name(), kind.name()) });
        }
        let r = &mut self.reader;
        r.table = r.list(|r| r.str())?;
        // Each stream's length, and where it was written.
        let mut lengths = [(0, 0); STREAMS];
        for length in &mut lengths {
            *length = (r.at, r.count()?);
        }
        let mut start = r.at;
        for (k, &(at, length)) in lengths.iter().enumerate() {
            let end = start.checked_add(length).filter(|&end| end <= r.bytes.len());
            let end = end.ok_or_else(|| r.damaged_at(at, "a count larger than the rest of the file"))?;
            r.parked[k] = (start, end);
            start = end;
        }
        (r.at, r.end) = r.parked[Stream::Main as usize];
        r.texts = start;
        Ok(self.reader)
    }
}

/// The bytes, where decoding is, and the body's string table. The stream being read is
/// `at..end`; the long strings follow the content, read from `texts` on.
struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
    end: usize,
    /// Where each stream ([`Stream`]) is read up to, and ends (the one being read: `at..end`).
    parked: [(usize, usize); STREAMS],
    current: usize,
    texts: usize,
    table: Vec<&'a str>,
    /// The long strings read so far, in order: a repeat refers back to one.
    long: Vec<&'a str>,
    /// The last ISO day read, as a day number.
    last_day: u64,
}

impl<'a> Reader<'a> {
    /// A reader of `bytes` from the first, all of them one stream until a body says otherwise.
    fn new(bytes: &'a [u8]) -> Reader<'a> {
        let (at, end) = (0, bytes.len());
        Reader { bytes, at, end, parked: [(0, 0); STREAMS], current: Stream::Main as usize, texts: end, table: Vec::new(), long: Vec::new(), last_day: 0 }
    }

    /// Runs `read` with `stream` as the stream read from.
    fn from<T>(&mut self, stream: Stream, read: impl FnOnce(&mut Self) -> Result<T, Error>) -> Result<T, Error> {
        let (from, back) = (stream as usize, self.current);
        if from == back {
            return read(self);
        }
        self.parked[back] = (self.at, self.end);
        (self.at, self.end) = self.parked[from];
        self.current = from;
        let result = read(self);
        self.parked[from] = (self.at, self.end);
        (self.at, self.end) = self.parked[back];
        self.current = back;
        result
    }

    fn damaged(&self, what: &str) -> Error {
        self.damaged_at(self.at, what)
    }

    fn damaged_at(&self, at: usize, what: &str) -> Error {
        Error::Damaged { at, what: what.to_string() }
    }

    fn left(&self) -> usize {
        self.end - self.at
    }

    fn byte(&mut self) -> Result<u8, Error> {
        let b = *self.bytes.get(self.at).filter(|_| self.at < self.end).ok_or_else(|| self.damaged("the file ends early"))?;
        self.at += 1;
        Ok(b)
    }

    fn uint(&mut self) -> Result<u64, Error> {
        // Most numbers take one byte: read without the loop (a fifth of decoding corpus.bin
        // was this function).
        if let Some(&b) = self.bytes.get(self.at).filter(|&&b| b < 0x80 && self.at < self.end) {
            self.at += 1;
            return Ok(u64::from(b));
        }
        let start = self.at;
        let mut n: u64 = 0;
        let mut shift = 0;
        loop {
            let b = self.byte()?;
            // The tenth byte holds the 64th bit only.
            if shift == 63 && b > 1 {
                return Err(self.damaged_at(start, "a number too large"));
            }
            n |= u64::from(b & 0x7f) << shift;
            if b < 0x80 {
                return Ok(n);
            }
            shift += 7;
            if shift > 63 {
                return Err(self.damaged_at(start, "a number too large"));
            }
        }
    }

    fn usize(&mut self) -> Result<usize, Error> {
        let start = self.at;
        let n = self.uint()?;
        usize::try_from(n).map_err(|_| self.damaged_at(start, "a number too large"))
    }

    /// A count of items that take at least a byte each: never more than the bytes left, so a
    /// damaged count cannot make the decoder allocate more than the file's size.
    fn count(&mut self) -> Result<usize, Error> {
        let start = self.at;
        let n = self.usize()?;
        if n > self.left() {
            return Err(self.damaged_at(start, "a count larger than the rest of the file"));
        }
        Ok(n)
    }

    fn list<T>(&mut self, mut item: impl FnMut(&mut Self) -> Result<T, Error>) -> Result<Vec<T>, Error> {
        let n = self.count()?;
        let mut items = Vec::with_capacity(n);
        for _ in 0..n {
            items.push(item(self)?);
        }
        Ok(items)
    }

    fn str(&mut self) -> Result<&'a str, Error> {
        let n = self.count()?;
        let bytes = &self.bytes[self.at..self.at + n];
        let s = std::str::from_utf8(bytes).map_err(|e| self.damaged_at(self.at + e.valid_up_to(), "a string that is not UTF-8"))?;
        self.at += n;
        Ok(s)
    }

    /// A string of the content: short ones are in place, long ones after the content.
    fn string(&mut self) -> Result<String, Error> {
        let start = self.at;
        let n = self.usize()?;
        if n <= SHORT {
            self.at = start;
            return Ok(self.str()?.to_owned());
        }
        let n = match LongString::decode(n) {
            LongString::New(n) => n,
            LongString::Back(back) => {
                let found = self.long.len().checked_sub(back + 1).map(|i| self.long[i]);
                return found.map(str::to_owned).ok_or_else(|| self.damaged_at(start, "a repeat of a string not read yet"));
            }
        };
        let bytes = self.texts.checked_add(n).and_then(|end| self.bytes.get(self.texts..end));
        let bytes = bytes.ok_or_else(|| self.damaged_at(start, "a string longer than the rest of the file"))?;
        let s = std::str::from_utf8(bytes).map_err(|e| self.damaged_at(self.texts + e.valid_up_to(), "a string that is not UTF-8"))?;
        self.texts += n;
        self.long.push(s);
        Ok(s.to_owned())
    }

    fn strings(&mut self) -> Result<Vec<String>, Error> {
        self.list(|r| r.string())
    }

    /// An entry of the string table: `None` for 0 when `optional`, else entry n (n - 1).
    fn slot(&mut self, optional: bool) -> Result<Option<&'a str>, Error> {
        let start = self.at;
        let mut n = self.uint()?;
        if optional {
            if n == 0 {
                return Ok(None);
            }
            n -= 1;
        }
        let slot = usize::try_from(n).ok().and_then(|i| self.table.get(i));
        slot.map(|s| Some(*s)).ok_or_else(|| self.damaged_at(start, "a name that is not in the file's table"))
    }

    fn name(&mut self) -> Result<String, Error> {
        Ok(self.from(Stream::Names, |r| r.slot(false))?.unwrap_or_default().to_owned())
    }

    fn names(&mut self) -> Result<Vec<String>, Error> {
        self.from(Stream::Names, |r| r.list(|r| r.name()))
    }

    fn opt_name(&mut self) -> Result<Option<String>, Error> {
        Ok(self.from(Stream::Names, |r| r.slot(true))?.map(str::to_owned))
    }

    fn flag(&mut self) -> Result<bool, Error> {
        match self.byte()? {
            0 => Ok(false),
            1 => Ok(true),
            _ => Err(self.damaged_at(self.at - 1, "a flag other than 0 or 1")),
        }
    }

    fn opt_string(&mut self) -> Result<Option<String>, Error> {
        Ok(if self.flag()? { Some(self.string()?) } else { None })
    }

    fn part_of(&mut self, parent: &str) -> Result<(String, Near), Error> {
        self.from(Stream::Spans, |r| r.part_of_here(parent))
    }

    fn part_of_here(&mut self, parent: &str) -> Result<(String, Near), Error> {
        let start = self.at;
        let at = self.usize()?;
        if at == 0 {
            let s = self.string()?;
            let near = Near::part(parent, 0, &s);
            return Ok((s, near));
        }
        let len = self.usize()?;
        let part = at.checked_add(len).and_then(|end| parent.get(at - 1..end - 1));
        let part = part.ok_or_else(|| self.damaged_at(start, "a part outside its sentence"))?;
        Ok((part.to_owned(), Near::part(parent, at - 1, part)))
    }

    fn span(&mut self, base: usize) -> Result<Span, Error> {
        self.span_near(Near { start: base as u64, len: 0 })
    }

    fn span_near(&mut self, near: Near) -> Result<Span, Error> {
        self.from(Stream::Spans, |r| r.span_near_here(near))
    }

    fn span_near_here(&mut self, near: Near) -> Result<Span, Error> {
        let at = self.at;
        let start = unzigzag(near.start, self.uint()?);
        let end = start.wrapping_add(unzigzag(near.len, self.uint()?));
        match (usize::try_from(start), usize::try_from(end)) {
            (Ok(start), Ok(end)) => Ok(Span { start, end }),
            _ => Err(self.damaged_at(at, "an offset too large")),
        }
    }

    fn choice<T: Copy>(&mut self, of: &[T], what: &str) -> Result<T, Error> {
        let b = self.byte()?;
        of.get(usize::from(b)).copied().ok_or_else(|| self.damaged_at(self.at - 1, what))
    }

    /// The content was read: every stream and the long strings to their ends.
    fn finish(&mut self) -> Result<(), Error> {
        self.parked[self.current] = (self.at, self.end);
        if let Some(&(at, _)) = self.parked.iter().find(|(at, end)| at != end) {
            return Err(self.damaged_at(at, "bytes left over in the content"));
        }
        if self.texts != self.bytes.len() {
            return Err(self.damaged_at(self.texts, "more bytes after the end of the content"));
        }
        Ok(())
    }

    fn corpus(&mut self) -> Result<Corpus, Error> {
        Ok(Corpus { articles: self.list(|r| r.article())? })
    }

    /// [`slice_body`]'s corpus size, its kept articles and their places.
    fn slice(&mut self) -> Result<(usize, Corpus, Vec<usize>), Error> {
        let at = self.at;
        let total = self.usize()?;
        if total > MOST_ARTICLES {
            return Err(self.damaged_at(at, "a slice of more articles than a corpus holds"));
        }
        let n = self.count()?;
        let (mut kept, mut places) = (Vec::with_capacity(n), Vec::with_capacity(n));
        for _ in 0..n {
            let at = self.at;
            let next = places.last().map_or(0, |&p: &usize| p + 1);
            let place = self.usize()?.checked_add(next).filter(|&p| p < total);
            places.push(place.ok_or_else(|| self.damaged_at(at, "an article beyond the slice's corpus"))?);
            kept.push(self.article()?);
        }
        Ok((total, Corpus { articles: kept }, places))
    }

    /// A slice's corpus with every article not kept empty in its place, and what the build
    /// computed for it.
    fn slice_in_place(&mut self) -> Result<(Corpus, Prebuilt), Error> {
        let (total, kept, places) = self.slice()?;
        let (kept, mut prebuilt) = self.prebuilt(kept)?;
        let mut articles = vec![Article::default(); total];
        for (&a, article) in places.iter().zip(kept.articles) {
            articles[a] = article;
        }
        for (a, _) in prebuilt.event_groups.iter_mut().flatten() {
            *a = places[*a];
        }
        Ok((Corpus { articles }, prebuilt))
    }

    /// [`Writer::preset`]'s counts. An article is named by its file, which must be one of
    /// `corpus`'s (its title is the facet's label).
    fn preset(&mut self, corpus: &Corpus) -> Result<crate::counts::Preset, Error> {
        use crate::counts::{Facets, Unlisted, ViewPreset, YearBucket};
        use std::rc::Rc;
        let quoted_digits = self.usize()?;
        // The slice's files (the others are empty), once: not a walk of the whole corpus per
        // value (40 values, a few hundred files; no sort, which would cost the page's module).
        let files: Vec<&str> = corpus.articles.iter().map(|a| a.file.as_str()).filter(|f| !f.is_empty()).collect();
        let mut views: [ViewPreset; 4] = Default::default();
        for view in &mut views {
            let (quotes, events) = (self.usize()?, self.usize()?);
            let counted = |r: &mut Self| Ok((Rc::<str>::from(r.string()?), r.usize()?));
            let speakers = Rc::new(self.list(counted)?);
            let unlisted_speakers = self.usize()?;
            let articles = self.list(|r| {
                let at = r.at;
                let file = r.string()?;
                if !files.contains(&file.as_str()) {
                    return Err(r.damaged_at(at, "an article the slice does not hold"));
                }
                Ok((file, r.usize()?))
            })?;
            let unlisted_articles = self.usize()?;
            let mentions = Rc::new(self.list(counted)?);
            let unlisted = Unlisted { speakers: unlisted_speakers, articles: unlisted_articles, mentions: self.usize()? };
            let mut kinds = Vec::with_capacity(QuoteKind::ALL.len());
            for kind in QuoteKind::ALL {
                kinds.push((kind, self.usize()?));
            }
            let timeline = self.list(|r| {
                let (year, count) = (r.small("a year")?, r.usize()?);
                let months = r.list(|r| Ok((r.small("a month")?, r.usize()?)))?;
                Ok(YearBucket { year, count, months })
            })?;
            let facets = Facets { speakers, kinds, articles: Rc::new(articles), mentions, timeline: Rc::new(timeline), unlisted };
            *view = ViewPreset { quotes, events, facets };
        }
        Ok(crate::counts::Preset { views, quoted_digits })
    }

    /// A number that fits 32 bits (`what` it is, for the message).
    fn small(&mut self, what: &str) -> Result<u32, Error> {
        let at = self.at;
        let n = self.uint()?;
        u32::try_from(n).map_err(|_| self.damaged_at(at, &format!("{what} too large")))
    }

    /// What the build computed for `corpus`'s index, after it in a corpus or slice file.
    fn prebuilt(&mut self, corpus: Corpus) -> Result<(Corpus, Prebuilt), Error> {
        let event_groups = self.from(Stream::Groups, |r| r.event_groups(&corpus))?;
        let at = self.at;
        let word_chunks = self.strings()?;
        let sorted = word_chunks.first().is_none_or(|s| s.is_empty()) && word_chunks.windows(2).all(|w| w[0] < w[1]);
        if !sorted {
            return Err(self.damaged_at(at, "chunks of search words out of order"));
        }
        let named = match self.byte()? {
            0 => None,
            _ => Some(self.from(Stream::Named, |r| r.named(&corpus))?),
        };
        Ok((corpus, Prebuilt { event_groups, word_chunks, named, preset: None }))
    }

    /// A count, then that many increasing ids, each the difference from the one before.
    fn card_ids(&mut self) -> Result<Vec<u32>, Error> {
        let n = self.count()?;
        let mut ids = Vec::with_capacity(n);
        let mut last: Option<u32> = None;
        for _ in 0..n {
            let at = self.at;
            let step = self.uint()?;
            let id = match last {
                None => u32::try_from(step).ok(),
                Some(last) => u32::try_from(step).ok().filter(|&s| s > 0).and_then(|s| last.checked_add(s)),
            };
            let id = id.ok_or_else(|| self.damaged_at(at, "card ids out of order"))?;
            ids.push(id);
            last = Some(id);
        }
        Ok(ids)
    }

    fn event_groups(&mut self, corpus: &Corpus) -> Result<EventGroups, Error> {
        let mut groups: EventGroups = Vec::new();
        for (a, article) in corpus.articles.iter().enumerate() {
            for i in 0..article.events.len() {
                let at = self.at;
                match self.usize()? {
                    0 => groups.push(vec![(a, i)]),
                    back => match groups.len().checked_sub(back) {
                        Some(g) => groups[g].push((a, i)),
                        None => return Err(self.damaged_at(at, "an event in a group that does not exist")),
                    },
                }
            }
        }
        Ok(groups)
    }

    /// [`Writer::named`]'s lists, checked: one per quote and event of `corpus`, each place one
    /// of its article's people.
    fn named(&mut self, corpus: &Corpus) -> Result<Named, Error> {
        let at = self.at;
        let items = self.usize()?;
        let expected: usize = corpus.articles.iter().map(|a| a.quotes.len() + a.events.len()).sum();
        if items != expected {
            return Err(self.damaged_at(at, "people named for another number of quotes and events"));
        }
        let mut named = Named { starts: Vec::with_capacity(items + 1), people: Vec::new() };
        if items > 0 {
            named.starts.push(0);
        }
        for article in &corpus.articles {
            for _ in 0..article.quotes.len() + article.events.len() {
                let at = self.at;
                let from = named.starts.len().checked_sub(2).map(|k| named.starts[k] as usize);
                match (self.usize()?, from) {
                    (0, Some(from)) if named.people[from..].iter().all(|&p| (p as usize) < article.people.len()) => {
                        named.people.extend_from_within(from..named.people.len())
                    }
                    (0, Some(_)) => return Err(self.damaged_at(at, "a person the article does not name")),
                    (0, None) => return Err(self.damaged_at(at, "the people of a quote before the first")),
                    (n, _) => {
                        for _ in 1..n {
                            let at = self.at;
                            let p = self.usize()?;
                            if p >= article.people.len() {
                                return Err(self.damaged_at(at, "a person the article does not name"));
                            }
                            named.people.push(p as u32);
                        }
                    }
                }
                named.starts.push(named.people.len() as u32);
            }
        }
        Ok(named)
    }

    fn article(&mut self) -> Result<Article, Error> {
        let file = self.string()?;
        let title = self.string()?;
        let headings = self.strings()?;
        let footer = self.opt_string()?;
        let mut base = 0;
        let comments = self.list(|r| {
            let (author, text) = (r.string()?, r.string()?);
            let span = r.span(base)?;
            base = span.start;
            Ok(Comment { author, text, span })
        })?;
        let declared_comment_count = if self.flag()? { Some(self.usize()?) } else { None };
        let people = self.from(Stream::Names, |r| r.list(|r| Ok(Person { name: r.name()?, aliases: r.names()?, roles: r.names()? })))?;
        let mut base = 0;
        let quotes = self.list(|r| {
            let speaker = r.from(Stream::Speakers, |r| r.speaker(&people))?;
            let kind = r.from(Stream::Kinds, |r| r.choice(&QUOTE_KINDS, "an unknown quote kind"))?;
            let sentence = r.string()?;
            let (text, near) = r.part_of(&sentence)?;
            let cue = r.opt_name()?;
            let sentence_span = r.span_near(Near::sentence(base, &sentence))?;
            let span = r.span_near(near.from(sentence_span.start))?;
            let date = if r.flag()? { Some(r.date(&sentence, sentence_span.start)?) } else { None };
            base = sentence_span.start;
            Ok(Quote { speaker, kind, text, cue, sentence, span, sentence_span, date })
        })?;
        let mut base = 0;
        let events = self.list(|r| {
            let sentence = r.string()?;
            let sentence_span = r.span_near(Near::sentence(base, &sentence))?;
            let date = r.date(&sentence, sentence_span.start)?;
            let (start, end, precision) = if r.flag()? {
                (date.start.clone(), date.end.clone(), date.precision)
            } else {
                (r.day()?, r.day()?, r.from(Stream::Kinds, |r| r.choice(&PRECISIONS, "an unknown date precision"))?)
            };
            let (actors, places) = (r.names()?, r.names()?);
            base = sentence_span.start;
            Ok(Event { start, end, precision, sentence, sentence_span, date, actors, places })
        })?;
        let mut base = 0;
        let date_warnings = self.list(|r| {
            let (text, why) = (r.string()?, r.string()?);
            let span = r.span(base)?;
            base = span.start;
            Ok(DateWarning { text, why, span })
        })?;
        let reference_date = self.opt_name()?;
        let warnings = self.strings()?;
        let blocks = self.blocks()?;
        let text = self.string()?;
        Ok(Article {
            file,
            title,
            headings,
            footer,
            comments,
            declared_comment_count,
            people,
            quotes,
            events,
            date_warnings,
            reference_date,
            warnings,
            blocks,
            text,
        })
    }

    /// [`Writer::speaker`]'s speaker.
    fn speaker(&mut self, people: &[Person]) -> Result<Option<String>, Error> {
        let at = self.at;
        match self.usize()? {
            0 => Ok(None),
            n if n <= people.len() => Ok(Some(people[n - 1].name.clone())),
            n if n == people.len() + 1 => Ok(Some(self.name()?)),
            _ => Err(self.damaged_at(at, "a speaker beyond the article's people")),
        }
    }

    /// [`Writer::day`]'s day, as its ISO string.
    fn day(&mut self) -> Result<String, Error> {
        self.from(Stream::Days, |r| {
            let at = r.at;
            match r.uint()? {
                0 => r.name(),
                n => {
                    let day = unzigzag(r.last_day, n - 1);
                    r.last_day = day;
                    iso_day(day).ok_or_else(|| r.damaged_at(at, "a day outside the years 0 to 9999"))
                }
            }
        })
    }

    fn date(&mut self, sentence: &str, base: usize) -> Result<DateValue, Error> {
        let (start, end) = (self.day()?, self.day()?);
        let precision = self.from(Stream::Kinds, |r| r.choice(&PRECISIONS, "an unknown date precision"))?;
        let (text, near) = self.part_of(sentence)?;
        let span = self.span_near(near.from(base))?;
        Ok(DateValue { start, end, precision, text, span })
    }

    fn blocks(&mut self) -> Result<Vec<Block>, Error> {
        let mut base = 0;
        self.list(|r| {
            let kind = r.choice(&BLOCK_KINDS, "an unknown block kind")?;
            let span = r.span(base)?;
            base = span.end;
            Ok(Block { kind, span })
        })
    }
}

#[cfg(test)]
mod tests;
