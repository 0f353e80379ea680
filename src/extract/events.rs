//! Events: the sentences of an article's body that carry a date, with who took part and where.
//!
//! Rules:
//! - one event per distinct date (start, end, precision) per sentence;
//! - only paragraphs count: the title, headings, footer and reader comments are not reports of
//!   events, and neither is the dateline / published line the reference date came from;
//! - year-less and relative dates are anchored to the reference date of [`dates::infer_anchor`]
//!   and dropped when there is none;
//! - actors: people of `article.people` (by name or alias, given by canonical name),
//!   organisations and countries (demonyms count: "Ukrainian" → Ukraine);
//! - places: gazetteer cities and regions (unless possessive: "Moscow's offer"), countries after
//!   a locative preposition ("in", "at", "to", …; "officials from Ukraine" are actors), and
//!   capitalised phrases after "in" ("in Zaporizhzhia");
//! - dates inside quotation marks that name no month and no year ("tonight", "last year") are the
//!   speaker's, relative to a moment the article does not give: not events;
//! - date warnings, outside reader comments: a weekday that contradicts its written date, and
//!   days that do not exist ("February 29, 2025").
//!
//! `annotate` needs `article.people` (for actors) and `article.quotes` (for their dates) to be
//! filled first, and runs before spans are converted to chars.

use std::ops::Range;

use super::dates::{self, FoundDate, MONTH_NAMES, WEEKDAY_NAMES};
use super::gazetteer::{self, GazKind};
use super::model::{Article, Block, BlockKind, DateWarning, Event, Person, Precision, Quote, QuoteKind, Span};
use super::sort;
use super::substr;
use super::words::WordList;

/// Longest sentence of an answer, in words, read as having no tense of its own ("Next Tuesday,
/// hopefully.").
const SHORT_ANSWER_WORDS: usize = 5;

/// A short answer in a transcript or Q&A ("On Friday. I expect it to pass.") opens with a
/// sentence that has no verb, so no tense: its dates take the tense of the question just before
/// it ("When will you decide?": a Friday to come). `quotes` are sorted by where they start;
/// `found` is in text order.
fn redate_short_answers(scan: &dates::DateScan, anchor: &dates::Anchor, quotes: &[Quote], sentences: &SentenceIndex, found: &mut [FoundDate]) {
    let text = scan.text();
    let is_turn = |q: &&Quote| q.kind == QuoteKind::Direct && matches!(q.cue.as_deref(), Some(":" | "Q:" | "A:"));
    let turns: Vec<&Quote> = quotes.iter().filter(is_turn).collect();
    for pair in turns.windows(2) {
        let (question, answer) = (pair[0], pair[1]);
        if !question.text.trim_end().ends_with('?') {
            continue;
        }
        let tense = scan.tense_within(question.span.start..question.span.end);
        if tense == dates::Tense::Unknown {
            continue;
        }
        let from = found.partition_point(|d| d.span.start < answer.span.start);
        for d in found[from..].iter_mut().take_while(|d| d.span.start < answer.span.end) {
            // The answer's first sentence only: what follows may have verbs of its own.
            let sentence = sentences.at(d.span.start);
            let said = sentence.start.max(answer.span.start)..sentence.end.min(answer.span.end);
            let first_sentence = said.start == answer.span.start;
            let short = text.get(said).is_some_and(|s| s.split_whitespace().count() <= SHORT_ANSWER_WORDS);
            if let Some(redated) = scan.redate(d, anchor, tense).filter(|_| !d.explicit && first_sentence && short) {
                *d = redated;
            }
        }
    }
}

/// Fills `article.events`, `article.date_warnings`, `article.reference_date` and the `date` of
/// every quote whose sentence holds a date. All spans are byte offsets into `article.text`;
/// `sentences` are byte ranges of the sentences (any that are out of range are ignored).
pub fn annotate(article: &mut Article, sentences: &[Range<usize>]) {
    let text = article.text.as_str();
    // The text's date tokens and expressions, read once for all three searches.
    let scan = dates::DateScan::new(text);
    let anchor = scan.anchor(&article.blocks, dates::date_in_file_name(&article.file));
    let mut found = scan.dates_told(&anchor);
    let blocks = BlockIndex::new(&article.blocks);
    let sentences = SentenceIndex::new(text, sentences);
    redate_short_answers(&scan, &anchor, &article.quotes, &sentences, &mut found);

    let weekday_conflicts = found.iter().filter_map(|d| Some((d.span.clone(), d.weekday_conflict.clone()?)));
    let date_warnings = weekday_conflicts
        .chain(scan.impossible_days())
        .filter(|(range, _)| !blocks.is_comment(range.start))
        .filter_map(|(range, why)| {
            let span = Span { start: range.start, end: range.end };
            Some(DateWarning { text: text.get(range)?.to_string(), why, span })
        })
        .collect();

    let in_source = |d: &FoundDate| anchor.source.as_ref().is_some_and(|s| s.start <= d.span.start && d.span.end <= s.end);
    let mut events: Vec<Event> = Vec::new();
    // Dates come in text order, so one sentence's dates are consecutive: the sentence at hand
    // keeps its actors and places and the dates already taken from it (no hash maps: they cost
    // the wasm module kilobytes).
    let mut current: Option<(Range<usize>, ActorsAndPlaces)> = None;
    let mut taken: Vec<(Range<usize>, dates::Ymd, dates::Ymd, Precision)> = Vec::new();
    let quotations = quotation_ranges(text);
    // A speaker's "today", "tonight" or "last year" is relative to when the words were said,
    // which the article does not pin down (and often means "now": "Today, they can.").
    let spoken_deixis = |d: &FoundDate| {
        // The ranges are apart and in order: only the last one starting before the date may hold it.
        let i = quotations.partition_point(|q| q.start <= d.span.start);
        let quoted = i > 0 && d.span.end <= quotations[i - 1].end;
        let said = text.get(d.span.clone()).unwrap_or_default();
        quoted && !d.explicit && !names_a_month(said) && !names_a_day(said)
    };
    // "The brewpub will close on Saturday, March 28, 2026, its owner announced this week": when a
    // reported clause carries a written-out date, the relative date of the announcement is when
    // the words were said (the quote's date), not a second event.
    let within = |outer: &Span, inner: &Range<usize>| outer.start <= inner.start && inner.end <= outer.end;
    // Quotes are sorted by where their text starts, so only those starting in the date's
    // sentence are looked at; dates are in text order, so only those starting inside the quote
    // (no quadratic time on long paragraphs).
    let speech_date = |d: &FoundDate| {
        let sentence = sentences.around(text, d.span.clone());
        let first = article.quotes.partition_point(|q| q.span.start < sentence.start);
        !d.explicit
            && article.quotes[first..].iter().take_while(|q| q.span.start < sentence.end).any(|q| {
                q.kind == QuoteKind::Indirect
                    && within(&q.sentence_span, &d.span)
                    && !within(&q.span, &d.span)
                    && found[found.partition_point(|o| o.span.start < q.span.start)..]
                        .iter()
                        .take_while(|o| o.span.start < q.span.end)
                        // A year alone ("risen since 2020") is no date of the kind.
                        .any(|o| o.explicit && o.precision != Precision::Year && within(&q.span, &o.span))
            })
    };
    let is_event = |d: &&FoundDate| blocks.is_body(d.span.start) && !in_source(d) && !spoken_deixis(d) && !speech_date(d);
    for d in found.iter().filter(is_event) {
        let sentence = sentences.around(text, d.span.clone());
        let key = (sentence.clone(), d.start, d.end, d.precision);
        if taken.contains(&key) {
            continue;
        }
        let Some(sentence_text) = text.get(sentence.clone()) else { continue };
        if current.as_ref().is_none_or(|(range, _)| *range != sentence) {
            taken.clear();
            let speakers = speakers_within(&article.quotes, &sentence);
            current = Some((sentence.clone(), actors_and_places(sentence_text, &article.people, &speakers)));
        }
        taken.push(key);
        let (actors, places) = current.as_ref().map(|(_, who)| who.clone()).unwrap_or_default();
        events.push(Event {
            start: d.start.iso(),
            end: d.end.iso(),
            precision: d.precision,
            sentence: sentence_text.to_string(),
            sentence_span: Span { start: sentence.start, end: sentence.end },
            date: d.value(text),
            actors,
            places,
        });
    }

    let quote_dates: Vec<_> = article
        .quotes
        .iter()
        .map(|q| {
            // When the statement was made: a date of its sentence, but not one inside the quoted
            // words ("… was set to conclude on Sunday") nor one the sentence looks forward to.
            let in_sentence = |d: &FoundDate| q.sentence_span.start <= d.span.start && d.span.end <= q.sentence_span.end;
            let in_quote = |d: &FoundDate| q.span.start < d.span.end && d.span.start < q.span.end;
            // Dates are in text order: only those starting in the sentence are read.
            let first = found.partition_point(|d| d.span.start < q.sentence_span.start);
            found[first..]
                .iter()
                .take_while(|d| d.span.start < q.sentence_span.end)
                .find(|d| in_sentence(d) && !in_quote(d) && !d.future)
                .map(|d| d.value(text))
        })
        .collect();

    article.reference_date = anchor.reference.map(|r| r.iso());
    article.events = events;
    article.date_warnings = date_warnings;
    for (quote, date) in article.quotes.iter_mut().zip(quote_dates) {
        quote.date = date;
    }
}

/// The date expression writes a month name ("early March", "Feb. 2"): it is no deictic word.
fn names_a_month(expression: &str) -> bool {
    expression.split(|c: char| !c.is_alphabetic()).any(|w| {
        w.len() >= 3 && MONTH_NAMES.iter().any(|m| m.get(..w.len()).is_some_and(|p| p.eq_ignore_ascii_case(w)))
    })
}

/// "on Monday", "From Friday", "on the night of the 14th": a weekday or a day of the month
/// is a day a speaker names, placed by the article's date like any other (unlike "tonight" or
/// "last year", which may mean "now" or "lately").
fn names_a_day(expression: &str) -> bool {
    expression.split(|c: char| !c.is_alphanumeric()).any(|w| {
        WEEKDAY_NAMES.iter().any(|d| d.eq_ignore_ascii_case(w))
            || w.len() >= 3 && w.as_bytes()[0].is_ascii_digit() && ["st", "nd", "rd", "th"].iter().any(|o| w.get(w.len() - 2..).is_some_and(|s| s.eq_ignore_ascii_case(o)))
    })
}

/// Byte ranges inside quotation marks, line by line (a quotation left open at the end of a
/// paragraph ends there). Curly and straight, double and single marks; a single mark only opens
/// before a letter at the start of a word, and an apostrophe inside or after a word
/// ("isn’t", "players’ ") closes nothing unless a word ends and the quotation is single.
fn quotation_ranges(text: &str) -> Vec<Range<usize>> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut open: Option<(char, usize)> = None;
    // Only line breaks and quotation marks matter: the bytes of other characters are skipped
    // without decoding them ('“' '”' '‘' '’' are E2 80 9C, 9D, 98, 99 in UTF-8).
    let mut at = 0;
    while at < bytes.len() {
        let c = match bytes[at] {
            b'\n' => '\n',
            b'"' => '"',
            b'\'' => '\'',
            0xe2 if bytes.get(at + 1) == Some(&0x80) => match bytes.get(at + 2) {
                Some(0x9c) => '“',
                Some(0x9d) => '”',
                Some(0x98) => '‘',
                Some(0x99) => '’',
                _ => {
                    at += 1;
                    continue;
                }
            },
            _ => {
                at += 1;
                continue;
            }
        };
        let len = c.len_utf8();
        let prev = substr::upto(text, at).chars().next_back();
        let next = substr::from(text, at + len).chars().next();
        let word_start = prev.is_none_or(|p| p.is_whitespace() || matches!(p, '(' | '[' | '—' | '–' | '-'));
        let word_end = next.is_none_or(|n| !n.is_alphanumeric());
        match (open, c) {
            (_, '\n') => {
                if let Some((_, start)) = open.take() {
                    out.push(start..at);
                }
            }
            (None, '“' | '"') => open = Some((c, at + len)),
            (None, '‘' | '\'') if word_start && next.is_some_and(char::is_alphabetic) => open = Some((c, at + len)),
            (Some(('“', start)), '”') | (Some(('"', start)), '"') => {
                out.push(start..at);
                open = None;
            }
            (Some(('‘', start)), '’') | (Some(('\'', start)), '\'') if word_end => {
                out.push(start..at);
                open = None;
            }
            _ => {}
        }
        at += len;
    }
    if let Some((_, start)) = open {
        out.push(start..text.len());
    }
    out
}

/// The kind of block at a byte offset.
struct BlockIndex {
    /// (start, end, kind), sorted by start.
    blocks: Vec<(usize, usize, BlockKind)>,
}

impl BlockIndex {
    fn new(blocks: &[Block]) -> Self {
        let mut blocks: Vec<_> = blocks.iter().map(|b| (b.span.start, b.span.end, b.kind)).collect();
        sort::sort_by(&mut blocks, |a, b| a.0 < b.0);
        BlockIndex { blocks }
    }

    /// `None` when no block covers `at` (or the article has no blocks).
    fn kind_at(&self, at: usize) -> Option<BlockKind> {
        let i = self.blocks.partition_point(|b| b.0 <= at).checked_sub(1)?;
        let (_, end, kind) = self.blocks[i];
        (at < end).then_some(kind)
    }

    /// Body text: a paragraph, or anything when the article's blocks are unknown.
    fn is_body(&self, at: usize) -> bool {
        match self.kind_at(at) {
            Some(kind) => kind == BlockKind::Paragraph,
            None => self.blocks.is_empty(),
        }
    }

    fn is_comment(&self, at: usize) -> bool {
        matches!(
            self.kind_at(at),
            Some(BlockKind::CommentAuthor | BlockKind::CommentText | BlockKind::CommentsHeader)
        )
    }
}

/// Finds the sentence around a byte range; falls back to the line when no sentence covers it.
struct SentenceIndex {
    sentences: Vec<Range<usize>>,
    lines: Vec<Range<usize>>,
}

impl SentenceIndex {
    fn new(text: &str, sentences: &[Range<usize>]) -> Self {
        let valid = |r: &&Range<usize>| r.start < r.end && text.get(r.start..r.end).is_some();
        let mut sentences: Vec<_> = sentences.iter().filter(valid).cloned().collect();
        sort::sort_by(&mut sentences, |a, b| a.start < b.start);
        let mut lines = Vec::new();
        let mut start = 0;
        for line in text.split('\n') {
            lines.push(start..start + line.len());
            start += line.len() + 1;
        }
        SentenceIndex { sentences, lines }
    }

    fn containing(ranges: &[Range<usize>], at: usize) -> Option<Range<usize>> {
        let i = ranges.partition_point(|r| r.start <= at).checked_sub(1)?;
        ranges.get(i).filter(|r| at < r.end).cloned()
    }

    fn at(&self, at: usize) -> Range<usize> {
        Self::containing(&self.sentences, at)
            .or_else(|| Self::containing(&self.lines, at))
            .unwrap_or(at..at)
    }

    /// The sentence holding the date's start, stretched to the sentence holding its end, and
    /// across cuts right after an abbreviation ("U.S. | President Trump said on May 2 …").
    fn around(&self, text: &str, date: Range<usize>) -> Range<usize> {
        let first = self.at(date.start);
        let last = self.at(date.end.saturating_sub(1).max(date.start));
        let mut range = first.start.min(date.start)..first.end.max(last.end).max(date.end);
        for _ in 0..4 {
            let i = self.sentences.partition_point(|r| r.start < range.start);
            let Some(prev) = i.checked_sub(1).and_then(|i| self.sentences.get(i)) else { break };
            if !Self::cut_after_abbreviation(text, prev, &range) {
                break;
            }
            range.start = prev.start;
        }
        for _ in 0..4 {
            let i = self.sentences.partition_point(|r| r.start < range.end);
            let Some(next) = self.sentences.get(i) else { break };
            if !Self::cut_after_abbreviation(text, &range, next) {
                break;
            }
            range.end = next.end;
        }
        range
    }

    /// `before` ends with an abbreviation and only spaces part it from `after` on the same line.
    fn cut_after_abbreviation(text: &str, before: &Range<usize>, after: &Range<usize>) -> bool {
        let (Some(gap), Some(head)) = (text.get(before.end..after.start), text.get(before.clone())) else {
            return false;
        };
        !substr::has_byte(gap, b'\n') && ends_with_abbreviation(head.trim_end())
    }
}

/// Abbreviations after which a sentence splitter may cut a sentence too early.
const ABBREVIATIONS: [&str; 32] = [
    "U.S.", "U.K.", "U.N.", "E.U.", "Mr.", "Mrs.", "Ms.", "Dr.", "Gen.", "Sen.", "Rep.", "Gov.", "Lt.", "Col.",
    "Sgt.", "Capt.", "Adm.", "St.", "Prof.", "Rev.", "Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.",
    "Sep.", "Sept.", "Oct.", "Nov.", "Dec.",
];

fn ends_with_abbreviation(s: &str) -> bool {
    ABBREVIATIONS.iter().any(|a| {
        s.strip_suffix(a).is_some_and(|head| !head.ends_with(|c: char| c.is_alphanumeric() || c == '.'))
    })
}

/// Prepositions after which a known place is where something happens.
const LOCATIVE: [&str; 13] =
    ["in", "at", "to", "near", "into", "inside", "outside", "across", "throughout", "toward", "towards", "via", "on"];

/// Capitalised words after "in" that are not places.
static NOT_PLACES: WordList = WordList::new(
    "\
    Arabic Congress Court Dr English God Government Minister Mr Mrs Ms Office Parliament Power \
    President Prime",
);

/// The actors and the places of a sentence.
type ActorsAndPlaces = (Vec<String>, Vec<String>);

/// The speakers of the quotes inside `sentence` (byte offsets, as quote spans are here).
fn speakers_within<'a>(quotes: &'a [Quote], sentence: &Range<usize>) -> Vec<&'a str> {
    let inside = |q: &&Quote| sentence.start <= q.span.start && q.span.end <= sentence.end;
    quotes.iter().filter(inside).filter_map(|q| q.speaker.as_deref()).collect()
}

/// Actors and places named in a sentence, in order of first mention, without repeats. Who
/// speaks in it (`speakers`: "the Competition and Markets Authority said on Friday it would…")
/// takes part, as written there, and the countries inside their name are not actors of their own.
fn actors_and_places(sentence: &str, people: &[Person], speakers: &[&str]) -> ActorsAndPlaces {
    let mut actors: Vec<(usize, String)> = Vec::new();
    let mut places: Vec<(usize, String)> = Vec::new();
    let mut person_spans: Vec<Range<usize>> = Vec::new();
    for speaker in speakers.iter().filter(|s| !people.iter().any(|p| p.name == **s)) {
        if let Some(at) = find_word(sentence, speaker) {
            actors.push((at, speaker.to_string()));
            person_spans.push(at..at + speaker.len());
        }
    }
    for person in people {
        let first = std::iter::once(&person.name)
            .chain(&person.aliases)
            .filter(|n| !n.trim().is_empty())
            .filter_map(|n| find_word(sentence, n).map(|at| at..at + n.len()))
            .min_by_key(|r| r.start);
        if let Some(r) = first {
            actors.push((r.start, person.name.clone()));
            person_spans.push(r);
        }
    }
    let in_person = |at: usize| person_spans.iter().any(|r| r.contains(&at));
    // Where the last place named by country ended: "in France and Germany" places both.
    let mut listed_place_end: Option<usize> = None;
    for hit in gazetteer::scan(sentence).into_iter().filter(|h| !in_person(h.start)) {
        let listed = listed_place_end.is_some_and(|end| is_list_joint(sentence.get(end..hit.start).unwrap_or("")));
        let located = listed || preceding_word(sentence, hit.start).is_some_and(|w| LOCATIVE.contains(&w.as_str()));
        let rest = substr::from(sentence, hit.end);
        let possessive = rest.starts_with("'s") || rest.starts_with("\u{2019}s");
        let name = hit.canonical.to_string();
        match hit.kind {
            // "Moscow's offer": the city stands for its government.
            GazKind::Place if possessive => {}
            GazKind::Place => places.push((hit.start, name)),
            GazKind::Country if located && !hit.adjective && !possessive => {
                places.push((hit.start, name));
                listed_place_end = Some(hit.end);
            }
            GazKind::Country | GazKind::Organisation => actors.push((hit.start, name)),
        }
    }
    for (at, phrase) in phrases_after_in(sentence) {
        if !in_person(at) && !gazetteer::knows(&phrase) {
            places.push((at, phrase));
        }
    }
    (ordered_unique(actors), ordered_unique(places))
}

fn ordered_unique(mut items: Vec<(usize, String)>) -> Vec<String> {
    sort::sort_by(&mut items, |a, b| a.0 < b.0);
    let mut out: Vec<String> = Vec::new();
    for (_, name) in items {
        if !out.contains(&name) {
            out.push(name);
        }
    }
    out
}

/// First occurrence of `needle` as whole words.
fn find_word(haystack: &str, needle: &str) -> Option<usize> {
    let mut from = 0;
    while let Some(pos) = substr::find(substr::from(haystack, from), needle) {
        let at = from + pos;
        let end = at + needle.len();
        let before_ok = !substr::upto(haystack, at).ends_with(|c: char| c.is_alphanumeric());
        let after_ok = !substr::from(haystack, end).starts_with(|c: char| c.is_alphanumeric());
        if before_ok && after_ok {
            return Some(at);
        }
        from = at + needle.chars().next().map_or(1, char::len_utf8);
    }
    None
}

/// Words that may stand between a preposition and a place ("in the east of", "in eastern Ukraine").
static PLACE_MODIFIERS: WordList = WordList::new(
    "\
    central east eastern north northeastern northern northwestern south southeastern southern \
    southwestern the west western",
);

/// The word before byte `at`, lower-cased, skipping "the" and compass adjectives.
/// What joins two items of a list: ", ", " and ", ", and ", " or ".
fn is_list_joint(between: &str) -> bool {
    let word = between.trim().trim_start_matches(',').trim();
    between.len() <= 6 && (word == "and" || word == "or" || (word.is_empty() && between.trim() == ","))
}

fn preceding_word(sentence: &str, at: usize) -> Option<String> {
    let words = sentence.get(..at)?.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).rev();
    words.take(4).map(str::to_ascii_lowercase).find(|w| !PLACE_MODIFIERS.contains(w))
}

/// Capitalised phrases right after a lower-case "in" ("in Zaporizhzhia", "in Nagorno Karabakh"),
/// months, weekdays and a few non-places left out.
fn phrases_after_in(sentence: &str) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    let mut search = 0;
    while let Some(pos) = substr::find(substr::from(sentence, search), " in ") {
        let start = search + pos + 4;
        search = start;
        let words: Vec<&str> = substr::from(sentence, start)
            .split(' ')
            .take(4)
            .take_while(|w| w.chars().next().is_some_and(char::is_uppercase))
            .collect();
        let Some(first) = words.first() else { continue };
        let clean = |w: &str| w.trim_end_matches(|c: char| !c.is_alphanumeric()).to_string();
        let first = clean(first);
        let base = substr::trim_end_all(substr::trim_end_all(&first, "'s"), "\u{2019}s");
        let is_date_word = MONTH_NAMES.contains(&base) || WEEKDAY_NAMES.contains(&base);
        let has_digit = base.chars().any(|c| c.is_ascii_digit());
        if is_date_word || has_digit || NOT_PLACES.contains(base) || substr::char_count(base) < 2 {
            continue;
        }
        // Stop the phrase at the first word carrying punctuation ("in Abu Dhabi, …").
        let mut phrase = Vec::new();
        for w in &words {
            let c = clean(w);
            let ends_clause = c.len() != w.len();
            phrase.push(substr::trim_end_all(substr::trim_end_all(&c, "'s"), "\u{2019}s").to_string());
            if ends_clause {
                break;
            }
        }
        let phrase = phrase.join(" ");
        if !phrase.is_empty() {
            out.push((start, phrase));
        }
    }
    out
}


#[cfg(test)]
mod tests {
    #[test]
    fn its_word_lists_can_be_looked_up() {
        super::super::words::tests::assert_sorted(&super::NOT_PLACES);
        super::super::words::tests::assert_listable(&super::PLACE_MODIFIERS);
    }

    use super::*;
    use super::super::model::{Quote, QuoteKind};

    #[test]
    fn a_short_answer_takes_the_tense_of_its_question() {
        let days = |turns: &str| {
            let text = format!("Press Conference Transcript\nOctober 21, 2026\nCoach Mike Harlan met reporters.\n{turns}");
            super::super::extract_article("t.txt", &text).events.into_iter().map(|e| e.start).collect::<Vec<_>>()
        };
        // Wednesday, October 21: the Friday to come, not the one before.
        assert_eq!(days("COACH HARLAN: Thanks.\nQ. When will you decide?\nCOACH HARLAN: On Friday.\n"), ["2026-10-23"]);
        assert_eq!(days("COACH HARLAN: Thanks.\nQ. When did you decide?\nCOACH HARLAN: On Friday.\n"), ["2026-10-16"]);
        // A short first sentence of a longer answer too; the sentences after it keep their own tense.
        assert_eq!(days("COACH HARLAN: Thanks.\nQ. When will you decide?\nCOACH HARLAN: On Friday. I told the players on Monday.\n"), ["2026-10-23", "2026-10-19"]);
        // No question before it, or an answer with a verb of its own: its own tense.
        assert_eq!(days("COACH HARLAN: Thanks.\nQ. You will decide soon.\nCOACH HARLAN: On Friday.\n"), ["2026-10-16"]);
        assert_eq!(days("COACH HARLAN: Thanks.\nQ. When will you decide?\nCOACH HARLAN: We told the players on Friday.\n"), ["2026-10-16"]);
    }

    #[test]
    fn a_year_alone_in_the_clause_keeps_the_date_it_was_said() {
        // "said on Oct. 4 last year that … since 2020": the bare year is no written-out date
        // that would make the day of the saying the quote's date only.
        let text = "Tariffs Story\nOTTAWA, Oct 15 (Reuters) - Talks ended.\nThe federation said on Oct. 4 last year that tariffs on grain had risen in every region since 2020.\n";
        let days: Vec<String> = super::super::extract_article("2026-10-15_t.txt", text).events.into_iter().map(|e| e.start).collect();
        assert!(days.iter().any(|d| d == "2025-10-04"), "{days:?}");
    }

    fn block(kind: BlockKind, text: &str, line: &str) -> Block {
        let start = text.find(line).unwrap();
        Block { kind, span: Span { start, end: start + line.len() } }
    }

    /// An article with a title, paragraphs and a reader comment, blocks set as structure.rs would.
    fn article(title: &str, paragraphs: &[&str], comment: Option<&str>) -> Article {
        let mut text = format!("{title}\n");
        for p in paragraphs {
            text.push_str(p);
            text.push('\n');
        }
        if let Some(c) = comment {
            text.push_str(&format!("1 Comment\nReader\n{c}\n"));
        }
        let mut blocks = vec![block(BlockKind::Title, &text, title)];
        blocks.extend(paragraphs.iter().map(|p| block(BlockKind::Paragraph, &text, p)));
        if let Some(c) = comment {
            blocks.push(block(BlockKind::CommentText, &text, c));
        }
        Article { title: title.to_string(), text, blocks, ..Article::default() }
    }

    /// Naive sentence cut for tests: after ". ".
    fn sentences(text: &str) -> Vec<Range<usize>> {
        let mut out = Vec::new();
        let mut start = 0;
        for (i, _) in text.match_indices(['.', '\n']) {
            if text[start..=i].trim().len() > 1 {
                out.push(start..i + 1);
            }
            start = i + 1;
        }
        out
    }

    fn summary(a: &Article) -> Vec<(String, String, String)> {
        a.events.iter().map(|e| (e.start.clone(), e.end.clone(), e.sentence.trim().to_string())).collect()
    }

    #[test]
    fn when_a_reported_clause_is_dated_the_announcement_date_is_not_an_event() {
        let text = "Brewpub Closes\nThe brewpub will pour its last pint on Saturday, March 28, 2026, owner Frank Delaney announced this week.\n\
            Delaney said this week that business had been slow.\n";
        let a = super::super::extract_article("t.txt", text);
        let dates: Vec<&str> = a.events.iter().map(|e| e.start.as_str()).collect();
        assert_eq!(dates, ["2026-03-28", "2026-03-23"], "the second 'this week' dates a clause without a date: {:?}", a.events);
    }

    #[test]
    fn dated_sentences_become_events_with_actors_and_places() {
        let mut a = article(
            "Ministers Meet in Oslo on March 3, 2025",
            &["Norwegian and Polish ministers met in Oslo on March 3, 2025. They agreed on little."],
            None,
        );
        let s = sentences(&a.text);
        annotate(&mut a, &s);
        assert_eq!(a.events.len(), 1, "{:?}", summary(&a));
        let e = &a.events[0];
        assert_eq!((e.start.as_str(), e.end.as_str()), ("2025-03-03", "2025-03-03"));
        assert!(e.sentence.contains("met in Oslo"));
        assert_eq!(e.actors, vec!["Norway", "Poland"]);
        assert_eq!(e.places, vec!["Oslo"]);
        assert_eq!(&a.text[e.date.span.start..e.date.span.end], "March 3, 2025");
    }

    #[test]
    fn sentences_cut_after_an_abbreviation_are_joined_again() {
        let mut a = article("T", &["Before that, U.S. President Joe Biden met Mr. Olsen on May 2, 2024. Then he left."], None);
        let text = a.text.clone();
        // A splitter that cuts after every full stop followed by a capital.
        let cuts = ["Before that, U.S.", "President Joe Biden met Mr.", "Olsen on May 2, 2024.", "Then he left."];
        let s: Vec<_> = cuts.iter().map(|c| text.find(c).map(|at| at..at + c.len()).unwrap()).collect();
        annotate(&mut a, &s);
        assert_eq!(a.events.len(), 1);
        assert_eq!(a.events[0].sentence, "Before that, U.S. President Joe Biden met Mr. Olsen on May 2, 2024.");
    }

    #[test]
    fn titles_headings_and_comments_are_not_events() {
        let mut a = article(
            "Vote Set for May 4, 2025",
            &["Nothing is dated here."],
            Some("I remember the riots of March 2, 2019."),
        );
        let s = sentences(&a.text);
        annotate(&mut a, &s);
        assert!(a.events.is_empty(), "{:?}", summary(&a));
    }

    #[test]
    fn year_less_dates_follow_the_latest_written_date() {
        let mut a = article(
            "Talks",
            &["Envoys met on June 2, 2025. A second round is planned for June 9. A third may follow in early July."],
            None,
        );
        let s = sentences(&a.text);
        annotate(&mut a, &s);
        assert_eq!(a.reference_date.as_deref(), Some("2025-06-02"));
        let dates: Vec<_> = a.events.iter().map(|e| (e.start.as_str(), e.end.as_str(), e.precision)).collect();
        use super::super::model::Precision::*;
        assert_eq!(
            dates,
            vec![("2025-06-02", "2025-06-02", Day), ("2025-06-09", "2025-06-09", Day), ("2025-07-01", "2025-07-10", Vague)]
        );
    }

    #[test]
    fn without_a_reference_relative_dates_are_not_events() {
        let mut a = article("Talks", &["Envoys met on Thursday and will meet again next week, as in 2019."], None);
        let s = sentences(&a.text);
        annotate(&mut a, &s);
        assert_eq!(a.reference_date, None);
        assert_eq!(summary(&a).len(), 1, "only the year: {:?}", summary(&a));
        assert_eq!(a.events[0].start, "2019-01-01");
    }

    #[test]
    fn one_event_per_distinct_date_in_a_sentence() {
        let mut a = article("T", &["Fighting in 2014 and again in 2014, then in 2022 near Kharkiv."], None);
        let s = sentences(&a.text);
        annotate(&mut a, &s);
        assert_eq!(a.events.len(), 2, "{:?}", summary(&a));
        assert_eq!(a.events[1].places, vec!["Kharkiv"]);
    }

    #[test]
    fn countries_listed_after_a_locative_are_all_places() {
        let (actors, places) = actors_and_places("Prices rose in France, Spain and Germany last year.", &[], &[]);
        assert_eq!((actors, places), (vec![], vec!["France".to_string(), "Spain".into(), "Germany".into()]));
        let (actors, places) = actors_and_places("Storms hit Portugal or Spain, officials in France and Germany said.", &[], &[]);
        assert_eq!(actors, vec!["Portugal", "Spain"]);
        assert_eq!(places, vec!["France", "Germany"]);
        // A list ends where other words come between: "Germany" acts.
        let (actors, places) = actors_and_places("Talks in France ended as Germany objected.", &[], &[]);
        assert_eq!((actors, places), (vec!["Germany".to_string()], vec!["France".to_string()]));
    }

    #[test]
    fn who_speaks_in_the_sentence_takes_part_and_their_name_hides_its_country() {
        let sentence = "Britain's Competition and Markets Authority said on Friday it would review the deal.";
        let (actors, _) = actors_and_places(sentence, &[], &["Britain's Competition and Markets Authority"]);
        assert_eq!(actors, vec!["Britain's Competition and Markets Authority"]);
        // Without the quote, Britain is all the sentence says of who acts.
        assert_eq!(actors_and_places(sentence, &[], &[]).0, vec!["United Kingdom"]);
        // A speaker the sentence does not name ("she said") adds nobody.
        assert!(actors_and_places("She said on Friday the plant would close.", &[], &["Ana Lopes"]).0.is_empty());
        let a = crate::extract::extract_article("a.txt", "Port Talks\nLISBON, March 3, 2026 — The Port Authority of Lisbon said on Tuesday it would cut fees.\n");
        assert_eq!(a.events[0].actors, vec!["Port Authority of Lisbon"]);
    }

    #[test]
    fn places_and_actors_are_told_apart() {
        let (actors, places) = actors_and_places(
            "Officials from Ukraine met in eastern Poland and Moscow's envoy flew to the Netherlands on May 2.",
            &[],
            &[],
        );
        assert_eq!(actors, vec!["Ukraine"]);
        assert_eq!(places, vec!["Poland", "Netherlands"]);
        let (actors, places) = actors_and_places("Russian-occupied areas near Kherson were shelled in Vovchansk.", &[], &[]);
        assert_eq!(actors, vec!["Russia"]);
        assert_eq!(places, vec!["Kherson", "Vovchansk"]);
        let (_, places) = actors_and_places("Sales fell in Q1 of 2024 in Little Rock, Arkansas.", &[], &[]);
        assert_eq!(places, vec!["Little Rock"]);
    }

    #[test]
    fn weekday_conflicts_are_warned_outside_comments() {
        let mut a = article(
            "T",
            &["The truce ends on Friday, March 2, 2026, officials said."],
            Some("No, it ended on Friday, March 2, 2026."),
        );
        let s = sentences(&a.text);
        annotate(&mut a, &s);
        assert_eq!(a.date_warnings.len(), 1);
        assert_eq!(a.date_warnings[0].text, "Friday, March 2, 2026");
        assert_eq!(a.date_warnings[0].why, "March 2, 2026 is a Monday");
        assert_eq!(a.events.len(), 1);
    }

    #[test]
    fn people_are_actors_by_alias_and_quotes_get_their_date() {
        let mut a = article("T", &["On April 2, 2025, Mr Lindqvist told reporters in Malmo \"we are ready\"."], None);
        a.people = vec![Person {
            name: "Erik Lindqvist".into(),
            aliases: vec!["Lindqvist".into()],
            roles: vec![],
        }];
        let sentence_start = a.text.find("On April").unwrap();
        let sentence_end = a.text.find("\n\"").unwrap_or(a.text.len() - 1);
        a.quotes.push(Quote {
            speaker: Some("Erik Lindqvist".into()),
            kind: QuoteKind::Direct,
            text: "we are ready".into(),
            cue: None,
            sentence: String::new(),
            span: Span::default(),
            sentence_span: Span { start: sentence_start, end: sentence_end },
            date: None,
        });
        let s = sentences(&a.text);
        annotate(&mut a, &s);
        assert_eq!(a.events[0].actors, vec!["Erik Lindqvist"]);
        assert_eq!(a.events[0].places, vec!["Malmo"]);
        assert_eq!(a.quotes[0].date.as_ref().map(|d| d.start.as_str()), Some("2025-04-02"));
    }

    #[test]
    fn a_quote_is_dated_by_when_it_was_said() {
        // The reported clause comes first and holds a date of its own.
        let text = "The talks ended on May 1, 2025, Ann Berg said on May 2, 2025.";
        let said = "The talks ended on May 1, 2025";
        let mut a = article("T", &[text], None);
        let at = a.text.find(text).unwrap();
        let start = a.text.find(said).unwrap();
        let quote = Quote {
            speaker: Some("Ann Berg".into()),
            kind: QuoteKind::Indirect,
            text: said.into(),
            cue: Some("said".into()),
            sentence: text.into(),
            span: Span { start, end: start + said.len() },
            sentence_span: Span { start: at, end: at + text.len() },
            date: None,
        };
        a.quotes = vec![quote.clone()];
        let s = sentences(&a.text);
        annotate(&mut a, &s);
        assert_eq!(a.quotes[0].date.as_ref().map(|d| d.start.as_str()), Some("2025-05-02"));

        let later = "Berg will speak on June 1, 2025.";
        let mut b = article("T", &[later], None);
        let at = b.text.find(later).unwrap();
        let sentence_span = Span { start: at, end: at + later.len() };
        b.quotes = vec![Quote { sentence_span, span: Span::default(), ..quote }];
        let s = sentences(&b.text);
        annotate(&mut b, &s);
        assert_eq!(b.quotes[0].date, None, "a date looked forward to is not when it was said");
    }

    #[test]
    #[allow(clippy::reversed_empty_ranges)] // a backwards sentence range is the point of the test
    fn garbage_input_is_survived() {
        let mut a = Article { text: "January 5, 2025 in X ".repeat(5000), ..Article::default() };
        annotate(&mut a, &[0..3, 7..2, 1..usize::MAX]);
        assert_eq!(a.events.len(), 1);
        let bytes: Vec<u8> = (0..100_000u32).map(|i| (i.wrapping_mul(2_654_435_761) >> 11) as u8).collect();
        let mut a = Article { text: String::from_utf8_lossy(&bytes).into_owned(), ..Article::default() };
        annotate(&mut a, &[]);
    }

    #[test]
    fn quotation_ranges_follow_curly_straight_and_single_marks() {
        let quoted = |text: &str| quotation_ranges(text).into_iter().map(|r| text[r].to_string()).collect::<Vec<_>>();
        assert_eq!(quoted("He said “we won” and ‘it isn’t over’ then."), vec!["we won", "it isn’t over"]);
        assert_eq!(quoted("\"Go,\" she said. The players’ union agreed."), vec!["Go,"]);
        assert_eq!(quoted("“Open to the end\n“Next paragraph.”"), vec!["Open to the end", "Next paragraph."]);
        assert_eq!(quoted("Since the '90s, rock 'n' roll."), vec!["n"]);
    }

    #[test]
    fn deictic_dates_inside_quotations_are_not_events() {
        let mut a = article(
            "T",
            &[
                "KYIV, Jan 29, 2026 (Reuters) - Power was cut on Thursday.",
                "“Every kilowatt matters tonight,” he said. “Last year was worse.”",
                "“We meet again on Feb. 2,” he said, “and we met in 2019.”",
                "“From Monday, the depots close,” she said. “I saw him on the night of the 27th.”",
            ],
            None,
        );
        let s = sentences(&a.text);
        annotate(&mut a, &s);
        let dates: Vec<_> = a.events.iter().map(|e| e.date.text.as_str()).collect();
        assert_eq!(dates, vec!["Thursday", "Feb. 2", "2019", "Monday", "the 27th"], "{:?}", summary(&a));
    }
}
