//! Date expressions of news English, found and normalised to ISO day ranges.
//!
//! What is understood (see the tests for examples):
//! - days: "January 29, 2026", "Jan. 29", "29 January 2026", "the 29th of January", ISO "2026-01-29",
//!   with an optional weekday in front ("Sunday, January 31, 2026"; a contradiction is reported);
//! - day ranges: "January 23-24, 2026", "January 30-February 2", "23-24 January", "from March 3 to 5",
//!   "between March 3 and March 5";
//! - months: "February 2022", "in February", "January to March 2025"; years after a cue word
//!   ("in 2014", "since 2014", "by 2030", lists "in 2019, 2020 and 2022") and year ranges after
//!   one ("in 2014-2016", "between 2014 and 2016"), "during the 2022 energy crisis"; not "the 2014
//!   election", "2,000 troops", "at 2030 GMT", "Resolution 2231", "fiscal 2025";
//! - vague parts: early = days 1-10 of a month or January-April of a year, mid = 11-20 /
//!   May-August, late or "the end of" = 21-last / September-December; "the first half of 2025",
//!   "the third quarter of 2025", "Q3 2025", seasons (spring = March-May, summer = June-August,
//!   autumn/fall = September-November, winter YYYY = December YYYY to February YYYY+1);
//! - relative expressions, only with a reference date: weekdays, yesterday/today/tomorrow,
//!   last/this/next week|weekend|month|year|season (weeks run Monday to Sunday),
//!   "earlier this month", "over the weekend", "three years ago"; not habits ("every Friday") nor
//!   yardsticks ("unchanged from last year", "higher than last month");
//! - tense: a participle after "be" or a copula ("will be made", "will remain closed") is not past.
//!
//! A date whose year is not written ("February 1") takes the reference year or a year either side:
//! in a future clause ("is scheduled for February 1") the first occurrence not over by the
//! reference date; in a past clause ("met on February 1", "since June") the last one begun by it
//! (allowing [`WRITING_DELAY_DAYS`] when the reference is only a date the article mentions);
//! otherwise the nearest one starting at most [`UNKNOWN_TENSE_AHEAD_DAYS`] after it. A weekday
//! written with it ("Sunday, February 1") picks the year it fits. A bare weekday is the latest
//! such day up to the reference, or the next one after it in a future clause. Without a reference
//! date none of these is returned. Year-less days naming a past event ("the October 7 attacks")
//! are never anchored.
//!
//! Everything is a single left-to-right pass over tokens with bounded look-ahead and look-back,
//! so the time is linear in the text, and no input can make it panic.

use std::ops::Range;
use std::sync::OnceLock;

use super::model::{Block, BlockKind, DateValue, Precision, Span};
use super::compose::{number, push_padded};
use super::substr;
use super::lexicon::Table;
use super::words::{self, WordList};

// ---------------------------------------------------------------- calendar

pub const MONTH_NAMES: [&str; 12] = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December",
];
pub const WEEKDAY_NAMES: [&str; 7] = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

pub fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

pub fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

/// A calendar day of the proleptic Gregorian calendar, years 1 to 9999.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Ymd {
    pub year: i32,
    pub month: u32,
    pub day: u32,
}

impl Ymd {
    /// The day, if it exists ("February 29, 2025" does not).
    pub fn new(year: i32, month: u32, day: u32) -> Option<Ymd> {
        ((1..=9999).contains(&year) && day >= 1 && day <= days_in_month(year, month))
            .then_some(Ymd { year, month, day })
    }

    fn last_of_month(year: i32, month: u32) -> Option<Ymd> {
        Ymd::new(year, month, days_in_month(year, month))
    }

    pub fn iso(&self) -> String {
        let mut out = String::with_capacity(10);
        push_padded(&mut out, self.year.into(), 4);
        out.push('-');
        push_padded(&mut out, self.month.into(), 2);
        out.push('-');
        push_padded(&mut out, self.day.into(), 2);
        out
    }

    /// Days since 0001-01-01 (day 0, a Monday).
    pub fn day_number(&self) -> i64 {
        let past_years = i64::from(self.year) - 1;
        let before_month: u32 = (1..self.month).map(|m| days_in_month(self.year, m)).sum();
        past_years * 365 + past_years / 4 - past_years / 100 + past_years / 400
            + i64::from(before_month)
            + i64::from(self.day)
            - 1
    }

    /// Inverse of [`Ymd::day_number`]; `None` outside years 1-9999.
    pub fn from_day_number(n: i64) -> Option<Ymd> {
        if !(0..3_652_059).contains(&n) {
            return None;
        }
        // Estimate the year, then correct it by at most a step or two.
        let new_year = |year: i32| Ymd { year, month: 1, day: 1 }.day_number();
        let mut year = (n * 400 / 146_097 + 1) as i32;
        while year > 1 && new_year(year) > n {
            year -= 1;
        }
        while year < 9999 && new_year(year + 1) <= n {
            year += 1;
        }
        let mut rest = (n - new_year(year)) as u32;
        let mut month = 1;
        while month < 12 && rest >= days_in_month(year, month) {
            rest -= days_in_month(year, month);
            month += 1;
        }
        Ymd::new(year, month, rest + 1)
    }

    /// 0 = Monday … 6 = Sunday.
    pub fn weekday(&self) -> usize {
        self.day_number().rem_euclid(7) as usize
    }

    pub fn add_days(&self, days: i64) -> Option<Ymd> {
        Ymd::from_day_number(self.day_number() + days)
    }

    /// "January 31, 2026".
    pub fn long(&self) -> String {
        [MONTH_NAMES[(self.month - 1) as usize % 12], " ", &number(self.day.into()), ", ", &number(self.year.into())].concat()
    }
}

// ---------------------------------------------------------------- public types

/// What relative and year-less dates are anchored to.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Anchor {
    pub reference: Option<Ymd>,
    /// The reference is the article's own date (dateline, "Published …" line); otherwise it is
    /// only the latest date the article mentions, and the article may have been written later.
    pub from_dateline: bool,
    /// Where the dateline or published line is: its dates are not events.
    pub source: Option<Range<usize>>,
}

impl Anchor {
    pub fn none() -> Anchor {
        Anchor::default()
    }

    pub fn at(reference: Ymd) -> Anchor {
        Anchor { reference: Some(reference), ..Anchor::default() }
    }
}

/// A date expression found in a text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FoundDate {
    pub start: Ymd,
    pub end: Ymd,
    pub precision: Precision,
    /// Byte range of the expression (including a leading weekday or "early").
    pub span: Range<usize>,
    /// Every part of the date is written out (no reference date was needed).
    pub explicit: bool,
    /// The clause speaks of the future ("will meet", "is scheduled for").
    pub future: bool,
    /// Why the weekday written with the date is wrong ("January 31, 2026 is a Saturday").
    pub weekday_conflict: Option<String>,
    /// A day or month written without a year and not told which ("last year", "that year"):
    /// its year was guessed from the reference date.
    pub yearless: bool,
}

impl FoundDate {
    pub fn value(&self, text: &str) -> DateValue {
        DateValue {
            start: self.start.iso(),
            end: self.end.iso(),
            precision: self.precision,
            text: text.get(self.span.clone()).unwrap_or_default().to_string(),
            span: Span { start: self.span.start, end: self.span.end },
        }
    }
}

/// Every date expression of `text`, in order. Expressions that need a reference date are left
/// out when `anchor` has none.
pub fn find_dates(text: &str, anchor: &Anchor) -> Vec<FoundDate> {
    DateScan::new(text).dates(anchor)
}

/// [`find_dates`], read as a story is told: a paragraph that gives a full date of another year
/// gives that year to its later year-less days ("The rain began on 28 October 2001 … By the night
/// of 31 October …"), and a day told from the last one ("That evening", "The following morning",
/// "Two days later") is that day moved on. Each expression is still matched alone (as
/// [`find_dates`] finds it); only this pass, in text order, looks back at the one before.
pub fn find_dates_told(text: &str, anchor: &Anchor) -> Vec<FoundDate> {
    DateScan::new(text).dates_told(anchor)
}

/// Written days that do not exist ("February 29, 2025", "31 April 2026"), with why.
pub fn find_impossible_days(text: &str) -> Vec<(Range<usize>, String)> {
    DateScan::new(text).impossible_days()
}

/// A text's tokens and date expressions, read once for every date search of an article: its
/// reference date ([`DateScan::anchor`]), its dates ([`DateScan::dates`]), its impossible days.
///
/// Whether an expression matches at a token, and how far it reaches, does not depend on the
/// reference date (only the date it resolves to does), and no expression crosses a line break:
/// so the expressions are found once, and a search for one line, or with another reference
/// date, resolves only those that start there, as a scan of that line alone would.
pub struct DateScan<'a> {
    text: &'a str,
    toks: Vec<Tok<'a>>,
    /// `text` ASCII-lower-cased once (same byte offsets), so that word tests do not allocate.
    lower: String,
    /// Each expression's first token and its match without a reference date, in text order.
    hits: std::cell::OnceCell<Vec<(usize, Hit)>>,
}

impl<'a> DateScan<'a> {
    pub fn new(text: &'a str) -> Self {
        DateScan { text, toks: tokenize(text), lower: text.to_ascii_lowercase(), hits: std::cell::OnceCell::new() }
    }

    fn scanner<'s>(&'s self, anchor: &'s Anchor) -> Scanner<'s> {
        Scanner { toks: &self.toks, text: self.text, lower: &self.lower, anchor, tense_hint: None }
    }

    /// The expressions, matched without a reference date, in one left-to-right pass.
    fn hits(&self) -> &[(usize, Hit)] {
        self.hits.get_or_init(|| {
            let none = Anchor::none();
            let scanner = self.scanner(&none);
            let mut out = Vec::new();
            let mut i = 0;
            while i < self.toks.len() {
                match scanner.match_at(i) {
                    Some(hit) => {
                        out.push((i, hit));
                        i = hit.next.max(i + 1);
                    }
                    None => i += 1,
                }
            }
            out
        })
    }

    /// The dates of the expressions that start in the byte range `within`, resolved with `anchor`.
    fn dates_in(&self, within: Range<usize>, anchor: &'a Anchor) -> impl Iterator<Item = FoundDate> + '_ {
        let hits = self.hits();
        let first = self.toks.partition_point(|t| t.start < within.start);
        let last = self.toks.partition_point(|t| t.start < within.end);
        let from = hits.partition_point(|(at, _)| *at < first);
        let to = hits.partition_point(|(at, _)| *at < last);
        let scanner = self.scanner(anchor);
        hits[from..to].iter().filter_map(move |(at, hit)| {
            if anchor.reference.is_none() {
                return scanner.finish(hit);
            }
            scanner.match_at(*at).and_then(|hit| scanner.finish(&hit))
        })
    }

    /// The text scanned.
    pub fn text(&self) -> &'a str {
        self.text
    }

    /// `date` of this scan resolved again as if its clause, which has no tense of its own, had
    /// `tense`: an answer "On Friday." to "When will you decide?" is a Friday to come.
    pub fn redate(&self, date: &FoundDate, anchor: &'a Anchor, tense: Tense) -> Option<FoundDate> {
        let first = self.toks.partition_point(|t| t.start < date.span.start);
        let scanner = Scanner { tense_hint: Some(tense), ..self.scanner(anchor) };
        scanner.match_at(first).and_then(|hit| scanner.finish(&hit))
    }

    /// The tense of the first word in `range` that marks one ("When will you decide?": future).
    pub fn tense_within(&self, range: Range<usize>) -> Tense {
        let none = Anchor::none();
        let scanner = self.scanner(&none);
        let first = self.toks.partition_point(|t| t.start < range.start);
        let last = self.toks.partition_point(|t| t.start < range.end);
        (first..last).find_map(|i| scanner.cue_tense(i)).unwrap_or(Tense::Unknown)
    }

    /// Every date of the text, in order (see [`find_dates`]).
    pub fn dates(&self, anchor: &'a Anchor) -> Vec<FoundDate> {
        self.dates_in(0..self.text.len(), anchor).collect()
    }

    /// [`DateScan::dates`] read as a story is told (see [`find_dates_told`]).
    pub fn dates_told(&self, anchor: &'a Anchor) -> Vec<FoundDate> {
        let found = self.dates(anchor);
        match anchor.reference {
            Some(reference) => self.follow_the_story(found, reference),
            None => found,
        }
    }

    /// Phrases that place a day by the day told last: (byte span, days after it), in text order.
    fn days_told_from_the_last(&self) -> Vec<(Range<usize>, i64)> {
        const PARTS_OF_DAY: [&str; 6] = ["day", "morning", "afternoon", "evening", "night", "overnight"];
        let none = Anchor::none();
        let scanner = self.scanner(&none);
        let span = |first: usize, last: usize| Some(self.toks.get(first)?.start..self.toks.get(last)?.end);
        let mut out = Vec::new();
        for i in 0..self.toks.len() {
            let phrase = match scanner.lower(i) {
                // "That night", "later that morning" (not "that day's", "that night's"; not
                // "that morning," at the start of a reported clause: the comma ends the phrase
                // anyway, so it is kept).
                Some("that") if scanner.is_word(i + 1, &PARTS_OF_DAY) && !scanner.is_punct(i + 2, &["'", "\u{2019}"]) => {
                    span(i, i + 1).map(|r| (r, 0))
                }
                // "The next morning", "the following day", "The previous evening".
                Some("the") if scanner.is_word(i + 1, &["next", "following", "previous", "preceding"]) && scanner.is_word(i + 2, &PARTS_OF_DAY) => {
                    let step = if scanner.is_word(i + 1, &["next", "following"]) { 1 } else { -1 };
                    span(i, i + 2).map(|r| (r, step))
                }
                // "The same day, …", "that same day" (not "the same day as the vote").
                Some("the" | "that") if scanner.is_word(i + 1, &["same"]) && scanner.is_word(i + 2, &["day"]) && !scanner.is_word(i + 3, &["as", "of", "that"]) => {
                    span(i, i + 2).map(|r| (r, 0))
                }
                // "The day after, …", "the day before." (not "the day after the crash": that
                // day is told from the crash).
                Some("the") if scanner.is_word(i + 1, &["day"]) && scanner.is_word(i + 2, &["after", "before"]) && scanner.tok(i + 3).is_none_or(|t| t.kind != Kind::Word && t.kind != Kind::Number) => {
                    let step = if scanner.is_word(i + 2, &["after"]) { 1 } else { -1 };
                    span(i, i + 2).map(|r| (r, step))
                }
                // "Two days later", "a week later", "a fortnight later", "two days earlier".
                Some(_) if scanner.is_word(i + 2, &["later", "earlier"]) => {
                    let t = self.toks[i];
                    let count = if t.kind == Kind::Number && t.clean && !t.ordinal && t.digits <= 2 {
                        Some(i64::from(t.value))
                    } else {
                        scanner.lower(i).and_then(|w| NUMBER_WORDS.iter().position(|n| *n == w)).map(|n| if n == 0 || n == 11 { 1 } else { n as i64 })
                    };
                    let unit = match scanner.lower(i + 1) {
                        Some("day" | "days") => Some(1),
                        Some("week" | "weeks") => Some(7),
                        Some("fortnight") => Some(14),
                        _ => None,
                    };
                    let sign = if scanner.is_word(i + 2, &["earlier"]) { -1 } else { 1 };
                    count.zip(unit).filter(|(n, _)| *n > 0).and_then(|(n, u)| span(i, i + 2).map(|r| (r, sign * n * u)))
                }
                _ => None,
            };
            out.extend(phrase);
        }
        out
    }

    /// See [`DateScan::dates`]: `found` in text order, with the story's years and days.
    fn follow_the_story(&self, found: Vec<FoundDate>, reference: Ymd) -> Vec<FoundDate> {
        let told = self.days_told_from_the_last();
        if told.is_empty() && !found.iter().any(|d| d.yearless) {
            return found;
        }
        let mut out: Vec<FoundDate> = Vec::with_capacity(found.len() + told.len());
        // The full date of another year the paragraph is telling of.
        let mut story: Option<Ymd> = None;
        // Months the article has written with another year ("a heatwave in July 2025"): a later
        // year-less day of that month, past ("the weekend of 19 and 20 July"), is of that year.
        let mut months_of_other_years: Vec<Ymd> = Vec::new();
        // The last single day told, and the paragraph breaks since.
        let mut last_day: Option<(Ymd, usize)> = None;
        let mut pos = 0;
        let mut told = told.into_iter().peekable();
        let mut found = found.into_iter().peekable();
        loop {
            let next_told = told.peek().map(|(r, _)| r.start);
            let next_found = found.peek().map(|d| d.span.start);
            let take_told = match (next_told, next_found) {
                (Some(t), Some(f)) => t < f,
                (Some(_), None) => true,
                (None, Some(_)) => false,
                (None, None) => break,
            };
            let start = if take_told { next_told } else { next_found }.unwrap_or(pos);
            let breaks = self.text.get(pos.min(start)..start).map_or(0, |between| between.matches('\n').count());
            if breaks > 0 {
                story = None;
                if let Some((_, since)) = last_day.as_mut() {
                    *since += breaks;
                }
            }
            if take_told {
                let Some((span, days)) = told.next() else { break };
                pos = pos.max(span.end);
                // A phrase inside a date already found ("the next day" of another match) adds nothing,
                // and one that a date follows at once ("a week later, on 13 September") gives way to it.
                let written_next = found.peek().is_some_and(|d| {
                    self.text.get(span.end..d.span.start).is_some_and(|between| {
                        between.len() <= 6 && between.split(|c: char| c == ',' || c.is_whitespace()).all(|w| w.is_empty() || w == "on")
                    })
                });
                if out.last().is_some_and(|d| d.span.end > span.start) {
                    continue;
                }
                if written_next {
                    // The story goes on in the year of the day it is told from ("Two days later,
                    // on 14 January", of 1976).
                    if let Some((told_from, _)) = last_day.filter(|(_, since)| *since <= STORY_PARAGRAPHS) {
                        story = (told_from.year != reference.year).then_some(told_from);
                    }
                    continue;
                }
                let Some(day) = last_day.filter(|(_, since)| *since <= STORY_PARAGRAPHS).and_then(|(d, _)| d.add_days(days)) else { continue };
                last_day = Some((day, 0));
                story = (day.year != reference.year).then_some(day);
                out.push(FoundDate {
                    start: day,
                    end: day,
                    precision: Precision::Day,
                    span,
                    explicit: false,
                    future: false,
                    weekday_conflict: None,
                    yearless: false,
                });
                continue;
            }
            let Some(mut d) = found.next() else { break };
            pos = pos.max(d.span.end);
            if d.yearless && !d.future && story.is_none() {
                let named = months_of_other_years.iter().rev().find(|m| m.month == d.start.month && d.start.month == d.end.month);
                if let Some(&m) = named {
                    let shift = m.year - d.start.year;
                    if let Some((start, end)) = Ymd::new(d.start.year + shift, d.start.month, d.start.day).zip(Ymd::new(d.end.year + shift, d.end.month, d.end.day)) {
                        d.start = start;
                        d.end = end;
                    }
                }
            }
            if d.yearless && !d.future {
                if let Some(told_of) = story {
                    let shift = told_of.year - d.start.year;
                    let moved = Ymd::new(d.start.year + shift, d.start.month, d.start.day).zip(Ymd::new(d.end.year + shift, d.end.month, d.end.day));
                    if let Some((start, end)) = moved.filter(|(start, _)| *start >= told_of && start.day_number() - told_of.day_number() <= STORY_DAYS) {
                        d.start = start;
                        d.end = end;
                    }
                }
            } else if d.explicit && matches!(d.precision, Precision::Day | Precision::Month) && d.start.year == d.end.year {
                story = (d.start.year != reference.year).then_some(d.start);
                if d.start.year < reference.year && d.start.month == d.end.month && months_of_other_years.len() < 64 {
                    months_of_other_years.push(d.start);
                }
            }
            if d.precision == Precision::Day && d.start == d.end {
                last_day = Some((d.start, 0));
            }
            out.push(d);
        }
        out
    }

    /// Written days that do not exist (see [`find_impossible_days`]).
    pub fn impossible_days(&self) -> Vec<(Range<usize>, String)> {
        let anchor = Anchor::none();
        let scanner = self.scanner(&anchor);
        let mut out = Vec::new();
        let mut i = 0;
        while i < self.toks.len() {
            let Some((day, _, after)) = scanner.single_day(i) else {
                i += 1;
                continue;
            };
            let (year, next) = scanner.opt_year(after);
            if let Some(year) = year.filter(|y| Ymd::new(*y, day.month, day.day).is_none()) {
                let month = MONTH_NAMES[(day.month - 1) as usize % 12];
                let why = match (day.month, days_in_month(year, day.month)) {
                    (2, 28) if day.day == 29 => number(year.into()) + " is not a leap year",
                    (_, days) => [month, " has ", &number(days.into()), " days"].concat(),
                };
                let span = self.toks.get(i).map(|t| t.start).zip(self.toks.get(next - 1).map(|t| t.end));
                if let Some((start, end)) = span {
                    out.push((start..end, why));
                }
            }
            i = next.max(i + 1);
        }
        out
    }
}

// ---------------------------------------------------------------- tokens

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Word,
    Number,
    Punct,
    /// A line break: no date crosses one.
    Break,
}

#[derive(Clone, Copy, Debug)]
struct Tok<'a> {
    kind: Kind,
    text: &'a str,
    start: usize,
    end: usize,
    /// Value of a number (saturated), digits counted in `digits`.
    value: u32,
    digits: u8,
    /// "29th".
    ordinal: bool,
    /// Plain digits: not "2,000", "2.5", "20:30", "24/7" or "10km".
    clean: bool,
    /// The month a word names, read once ([`classify`]): 0 for none, 1-12, 13-24 abbreviated.
    month: u8,
    /// The weekday a word names ([`classify`]): 0 for none, 1-7 from Monday, 8-14 abbreviated.
    weekday: u8,
    /// A date expression may start at this word ([`classify`]); every number may.
    may_start: bool,
}

impl Tok<'_> {
    /// The month the word names and whether it is abbreviated ("Jan").
    fn month(&self) -> Option<(u32, bool)> {
        (self.month > 0).then(|| if self.month > 12 { (u32::from(self.month) - 12, true) } else { (u32::from(self.month), false) })
    }

    /// The weekday the word names (0 = Monday) and whether it is abbreviated ("Tue").
    fn weekday(&self) -> Option<(usize, bool)> {
        (self.weekday > 0).then(|| if self.weekday > 7 { (usize::from(self.weekday) - 8, true) } else { (usize::from(self.weekday) - 1, false) })
    }
}

fn tokenize(text: &str) -> Vec<Tok<'_>> {
    let bytes = text.as_bytes();
    let char_at = |at: usize| substr::char_at(text, at);
    let mut toks = Vec::new();
    let mut start = 0;
    while let Some((c, len)) = char_at(start) {
        let tok = |kind, end: usize| Tok {
            kind,
            text: substr::part(text, start..end),
            start,
            end,
            value: 0,
            digits: 0,
            ordinal: false,
            clean: false,
            month: 0,
            weekday: 0,
            may_start: false,
        };
        let token = if c == '\n' {
            tok(Kind::Break, start + 1)
        } else if c.is_whitespace() {
            start += len;
            continue;
        } else if c.is_ascii_digit() {
            let mut end = digits_end(bytes, start);
            let (mut value, digits) = number_value(substr::part(text, start..end));
            let mut clean = true;
            let mut ordinal = false;
            // Glued separators: thousands, decimals, clock times, fractions and "24/7".
            while end + 1 < bytes.len()
                && matches!(bytes[end], b',' | b'.' | b':' | b'/')
                && bytes[end + 1].is_ascii_digit()
                && !(bytes[end] == b',' && digits_end(bytes, end + 1) - (end + 1) != 3)
            {
                end = digits_end(bytes, end + 1);
                clean = false;
                value = u32::MAX;
            }
            let letters = substr::from(text, end).chars().take_while(|c| c.is_alphabetic()).map(char::len_utf8).sum::<usize>();
            if letters > 0 {
                let suffix = substr::part(text, end..end + letters);
                ordinal = clean && ["st", "nd", "rd", "th"].iter().any(|o| o.eq_ignore_ascii_case(suffix));
                clean &= ordinal;
                end += letters;
            }
            Tok { value, digits, ordinal, clean, ..tok(Kind::Number, end) }
        } else if c.is_alphabetic() {
            let mut end = start + len;
            while let Some((_, l)) = char_at(end).filter(|(n, _)| n.is_alphabetic()) {
                end += l;
            }
            let word = substr::part(text, start..end);
            let (month, weekday, may_start) = classify(word);
            Tok { month, weekday, may_start, ..tok(Kind::Word, end) }
        } else {
            tok(Kind::Punct, start + len)
        };
        start = token.end;
        toks.push(token);
    }
    toks
}

fn digits_end(bytes: &[u8], from: usize) -> usize {
    let mut end = from;
    while end < bytes.len() && bytes[end].is_ascii_digit() {
        end += 1;
    }
    end
}

/// The value of a run of digits (saturated) and how many digits it has (counted up to 255).
fn number_value(digits: &str) -> (u32, u8) {
    let value = if digits.len() > 9 { u32::MAX } else { digits.parse().unwrap_or(u32::MAX) };
    (value, digits.len().min(255) as u8)
}

// ---------------------------------------------------------------- vocabulary

/// What a word of a text is to the date rules, read once when tokenizing: the month it names
/// ([`Tok::month`]), the weekday ([`Tok::weekday`]), and whether an expression may start at it.
fn classify(word: &str) -> (u8, u8, bool) {
    let found = date_words().get(word, true).copied().unwrap_or(0);
    let (month, weekday) = ((found & 0xff) as u8, (found >> 8 & 0xff) as u8);
    (month, weekday, month > 0 || weekday > 0 || found >> 16 != 0 || word == "Q")
}

/// Month names, then their abbreviations ("-": May has none; "|" separates spellings).
const MONTH_WORDS: [&str; 2] = [
    "january february march april may june july august september october november december",
    "jan feb mar apr - jun jul aug sep|sept oct nov dec",
];
/// Weekday names, then their abbreviations.
const WEEKDAY_WORDS: [&str; 2] = ["monday tuesday wednesday thursday friday saturday sunday", "mon tue|tues wed thu|thur|thurs fri sat sun"];
/// The other words a date expression may start at (besides "Q" of "Q3 2025"): "the 29th",
/// "early", "mid-", "late", "earlier", "later", "end-", "the end of", seasons,
/// yesterday/today/tomorrow/tonight, "last", "this", "next", "over the weekend", and the counts of
/// "three years ago" ([`NUMBER_WORDS`]; see [`Scanner::match_at`]).
const START_WORDS: &str = "the early mid late earlier later end spring summer autumn fall winter yesterday tomorrow tonight today last this next over at year \
    christmas new boxing halloween valentine labor memorial thanksgiving easter good";

/// The words of the date rules, ignoring case: month (1-12, 13-24 abbreviated) | weekday (1-7
/// from Monday, 8-14 abbreviated) << 8 | whether an expression may start there << 16.
fn date_words() -> &'static Table {
    static WORDS: OnceLock<Table> = OnceLock::new();
    WORDS.get_or_init(|| {
        let mut entries: Vec<(&'static str, u32)> = Vec::new();
        let mut add = |word: &'static str, value: u32| match entries.iter_mut().find(|(w, _)| *w == word) {
            Some((_, v)) => *v |= value,
            None => entries.push((word, value)),
        };
        for (list, step) in MONTH_WORDS.iter().zip([0, 12]) {
            for (i, names) in list.split(' ').enumerate() {
                names.split('|').filter(|n| *n != "-").for_each(|n| add(n, i as u32 + 1 + step));
            }
        }
        for (list, step) in WEEKDAY_WORDS.iter().zip([1, 8]) {
            for (i, names) in list.split(' ').enumerate() {
                names.split('|').for_each(|n| add(n, (i as u32 + step) << 8));
            }
        }
        START_WORDS.split(' ').chain(NUMBER_WORDS).for_each(|w| add(w, 1 << 16));
        Table::new(entries)
    })
}

fn capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// Words after which a bare year or month is a date ("in 2014", "since February").
const DATE_CUES: [&str; 13] = [
    "in", "since", "by", "until", "till", "from", "during", "before", "after", "throughout", "through", "between",
    "year",
];

/// Prepositions after which "the YEAR …" places something in time ("during the 2022 energy
/// crisis"); not "in", which also takes documents and places ("in the 2025 budget").
const PERIOD_CUES: [&str; 6] = ["during", "since", "before", "after", "throughout", "until"];

/// Words right after a four-digit number that make it a count or a clock time, not a year.
static NOT_AFTER_YEAR: WordList = WordList::new(
    "\
    bst cet edt est et gmt h hours hrs ist kilometers kilometres km local meters metres miles \
    people percent pst soldiers tonnes tons troops utc votes",
);

/// Words that make a clause about the future; the present of a verb of schedule ("which
/// takes effect on 2 January", "the consultation closes on July 14", "the review body reports
/// on Thursday", "Rovers, who play at the ground on Saturday") is one too.
static FUTURE_CUES: WordList = WordList::new(
    "\
    aims arrives begins closes coming deadline due expect expected expects expires face faces hopes host hosts \
    intends ll meets might must opens plan planned plans play plays publishes reopens reports \
    scheduled shall should starts takes travel travels upcoming visits will would",
);

/// Past-tense words that are not "-ed" forms.
static PAST_WORDS: WordList = WordList::new(
    "\
    ago began broke brought came did fell flew fought gave had held hit kept led left lost made \
    met paid ran rose said saw sent since sought spoke struck told took was went were won wrote",
);

/// Uninflected verbs that make the participle after them an adjective or a passive ("will be
/// made", "will remain closed"): the tense is marked before them.
const COPULAS: [&str; 5] = ["be", "remain", "stay", "get", "become"];

/// Words before "from/with/on last year" that make it the yardstick of a comparison.
const COMPARED: [&str; 12] =
    ["unchanged", "up", "down", "higher", "lower", "compared", "comparison", "flat", "same", "similar", "rise", "fall"];

/// Lower-case words that may follow a year used as a date ("in 2014 the talks …"); after any
/// other lower-case word the year is a modifier or a count ("2024 levels", "2014 troops").
static AFTER_YEAR: WordList = WordList::new(
    "\
    a about across after again against alone also amid an and are around as at because before \
    between but by despite following for from had has have he his i if in into is it its near of \
    on or over she so than that the their there these they this through to under until was we \
    were when which while who with you",
);

/// Nouns after a bare weekday that make it a kind of day, not a date ("Sunday hours", "Friday
/// prayers", "the Sunday paper").
static WEEKDAY_KIND_NOUNS: WordList = WordList::new(
    "\
    brunch classes closing closings closure closures edition editions hours lunch market markets \
    mass opening openings paper papers prayers roast schedule schedules school service services \
    shift shifts shopping trading",
);

/// Nouns after which a year-less day names a past event whose year cannot be guessed
/// ("the October 7 attacks").
static HISTORIC_NOUNS: WordList = WordList::new(
    "\
    anniversary attack attacks bombing commission committee insurrection massacre memorial \
    movement revolution riot riots uprising",
);

const NUMBER_WORDS: [&str; 12] =
    ["a", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "an"];

// ---------------------------------------------------------------- matching

/// Which part of a month, year or week a vague expression means.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Part {
    Whole,
    Early,
    Mid,
    Late,
    /// From the start of the period up to the reference date ("earlier this month").
    Earlier,
    /// From the reference date to the end of the period ("later this year").
    Later,
    Half(u32),
    Quarter(u32),
    /// A week of a month: the first to the fourth, or the last (0).
    Week(u32),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tense {
    Past,
    Future,
    Unknown,
}

/// A resolved date before it becomes a [`FoundDate`].
#[derive(Clone, Copy, Debug)]
struct Date {
    start: Ymd,
    end: Ymd,
    precision: Precision,
    explicit: bool,
}

/// A match: tokens `first..next`; `date` is `None` when it cannot be resolved (no reference).
#[derive(Clone, Copy)]
struct Hit {
    first: usize,
    next: usize,
    date: Option<Date>,
    /// A day or month written without a year, whose year was guessed from the reference date
    /// ("on 11 January", "in March"): a paragraph telling of another year may give it that one.
    yearless: bool,
    /// For "Sunday, January 31, 2026": the weekday and where the date itself starts.
    weekday: Option<(usize, usize)>,
}

impl Hit {
    fn new(first: usize, next: usize, date: Option<Date>) -> Hit {
        Hit { first, next, date, weekday: None, yearless: false }
    }
}

/// One "month day" or "day month" with an optional year.
#[derive(Clone, Copy, Debug)]
struct DayRef {
    month: u32,
    day: u32,
    year: Option<i32>,
}

/// The matching rules over a [`DateScan`]'s tokens, with one reference date.
struct Scanner<'a> {
    toks: &'a [Tok<'a>],
    text: &'a str,
    lower: &'a str,
    anchor: &'a Anchor,
    /// The tense of a clause that has none of its own (see [`DateScan::redate`]).
    tense_hint: Option<Tense>,
}

impl<'a> Scanner<'a> {
    fn tok(&self, i: usize) -> Option<&Tok<'a>> {
        self.toks.get(i)
    }

    fn word(&self, i: usize) -> Option<&'a str> {
        self.tok(i).filter(|t| t.kind == Kind::Word).map(|t| t.text)
    }

    /// The word at token `i`, ASCII lower case.
    fn lower(&self, i: usize) -> Option<&str> {
        self.tok(i).filter(|t| t.kind == Kind::Word).and_then(|t| self.lower.get(t.start..t.end))
    }

    fn is_word(&self, i: usize, options: &[&str]) -> bool {
        self.word(i).is_some_and(|w| options.iter().any(|o| o.eq_ignore_ascii_case(w)))
    }

    /// [`Scanner::is_word`] for the longer lists, which are `WordList`s (ASCII case ignored too).
    fn is_listed(&self, i: usize, list: &WordList) -> bool {
        self.word(i).is_some_and(|w| words::in_list(list, w))
    }

    fn is_punct(&self, i: usize, options: &[&str]) -> bool {
        self.tok(i).is_some_and(|t| t.kind == Kind::Punct && options.contains(&t.text))
    }

    /// The word before token `i` (lower-cased), if the token before is a word.
    fn prev_word(&self, i: usize) -> Option<&str> {
        i.checked_sub(1).and_then(|p| self.lower(p))
    }

    fn reference(&self) -> Option<Ymd> {
        self.anchor.reference
    }

    fn match_at(&self, i: usize) -> Option<Hit> {
        let t = self.tok(i)?;
        match t.kind {
            Kind::Break | Kind::Punct => None,
            Kind::Number => {
                self.day_range(i).or_else(|| self.iso(i)).or_else(|| self.year_expr(i)).or_else(|| self.ago(i))
            }
            // Most words start no expression: the matchers below are not tried on them.
            Kind::Word if !t.may_start => None,
            Kind::Word => self
                .holiday(i)
                .or_else(|| self.nth_weekday(i))
                .or_else(|| self.weekday_date(i))
                .or_else(|| self.day_range(i))
                .or_else(|| self.day_of_the_month(i))
                .or_else(|| self.vague(i))
                .or_else(|| self.month_expr(i))
                .or_else(|| self.season(i))
                .or_else(|| self.quarter(i))
                .or_else(|| self.relative(i, Part::Whole, i)),
        }
    }

    fn finish(&self, hit: &Hit) -> Option<FoundDate> {
        let date = hit.date?;
        if date.end < date.start {
            return None;
        }
        let first = self.tok(hit.first)?;
        let last = self.tok(hit.next.checked_sub(1)?)?;
        let weekday_conflict = hit.weekday.and_then(|(weekday, date_tok)| {
            let real = date.start.weekday();
            let single = date.start == date.end && date.precision == Precision::Day && date.explicit;
            let date_text = self.text.get(self.tok(date_tok)?.start..last.end)?;
            (single && real != weekday).then(|| [date_text, " is a ", WEEKDAY_NAMES[real]].concat())
        });
        Some(FoundDate {
            start: date.start,
            end: date.end,
            precision: date.precision,
            span: first.start..last.end,
            explicit: date.explicit,
            future: self.tense(hit.first) == Tense::Future,
            weekday_conflict,
            yearless: hit.yearless,
        })
    }

    /// The tense of the clause around token `first`: the nearest cue word before it decides
    /// ("will", "is scheduled", "has until" → future; "said", "-ed" forms → past), else the
    /// nearest after it ("In May, 12 people were hurt").
    fn tense(&self, first: usize) -> Tense {
        self.tense_and_cue(first).0
    }

    /// [`Self::tense`], and the token of the word that marked it (none for a hint or no tense).
    fn tense_and_cue(&self, first: usize) -> (Tense, Option<usize>) {
        // "has already booked her next visit, on December 8", "their next meeting on Monday":
        // what is next is still to come, whatever the tense of the booking ("The next day, on 14
        // January" is a day told from the last one).
        const SPANS: [&str; 9] = ["day", "days", "week", "month", "year", "morning", "evening", "night", "time"];
        const BOOKED: [&str; 6] = ["booked", "scheduled", "set", "arranged", "planned", "fixed"];
        let next_thing = (first.saturating_sub(4)..first).any(|k| {
            let told_apart = self.is_punct(k + 2, &[","]) || (k.saturating_sub(3)..k).any(|b| self.is_word(b, &BOOKED));
            self.is_word(k, &["next", "upcoming"])
                && self.tok(k + 1).is_some_and(|n| n.kind == Kind::Word && !capitalised(n.text))
                && !self.is_word(k + 1, &SPANS)
                && told_apart
        });
        if next_thing {
            return (Tense::Future, None);
        }
        // "would have their supply reduced from 1 May", "would ask them to review how calls
        // were graded by the end of March": a participle without its auxiliary, or any past
        // before a deadline's "by", gives way to a future further back in the clause.
        let deadline = (first.saturating_sub(4)..first).any(|k| self.is_word(k, &["by"]));
        // "has extended its warning until 9am on Monday": a state that lasts until then.
        let until = (first.saturating_sub(4)..first).any(|k| self.is_word(k, &["until", "till"]));
        let mut soft_past = None;
        for i in (first.saturating_sub(24)..first).rev() {
            // Fourteen words back, or twenty-four to find what a soft past or "until" waits for.
            if i + 14 < first && soft_past.is_none() && !until {
                break;
            }
            match self.tok(i) {
                // A soft past waits for a future in its own clause only ("will double from
                // September, the board confirmed on Wednesday").
                Some(_) if soft_past.is_some() && self.is_punct(i, &[","]) => break,
                Some(t) if !ends_clause(t) || self.is_inner_stop(i) => {}
                _ => break,
            }
            // "rejected a revised pay offer on Monday": a participle after a determiner is an
            // adjective of its noun, no tense of the clause.
            let adjective = self.is_word(i.wrapping_sub(1), &["a", "an", "the", "its", "their", "his", "her", "our"])
                && self.word(i).is_some_and(|w| w.len() > 3 && w.ends_with("ed"));
            if adjective {
                continue;
            }
            match self.cue_tense(i) {
                Some(Tense::Past) if self.is_closed_subordinate(i, first) || self.is_condition(i) => {}
                Some(Tense::Past) if until && soft_past.is_none() && self.is_word(i.wrapping_sub(1), &["has", "have"]) => return (Tense::Future, Some(i)),
                Some(Tense::Past) if soft_past.is_none() && (deadline || self.is_bare_participle(i)) => soft_past = Some(i),
                Some(Tense::Past) if soft_past.is_some() => {}
                Some(tense) => return (tense, Some(i)),
                None => {}
            }
        }
        if let Some(i) = soft_past {
            return (Tense::Past, Some(i));
        }
        for i in first..first + 10 {
            match self.tok(i) {
                // "“… finished by April,” she said": the attribution after a quotation's close
                // is no tense of its words.
                Some(t) if t.kind == Kind::Punct && matches!(t.text, "\"" | "”") => break,
                Some(t) if !ends_clause(t) || self.is_inner_stop(i) => {}
                _ => break,
            }
            if let Some(tense) = self.cue_tense(i) {
                return (tense, Some(i));
            }
        }
        // A clause without a tense of its own, as an answer "On Friday." is, may be given one;
        // a deadline without one ("That work is done by March") is still to come.
        match self.tense_hint {
            Some(hint) => (hint, None),
            None if deadline => (Tense::Future, None),
            None => (Tense::Unknown, None),
        }
    }

    /// An "-ed" participle with no auxiliary of the past before it ("have their supply reduced
    /// from …"), not a past form of its own ("said", "met").
    fn is_bare_participle(&self, i: usize) -> bool {
        let Some(lower) = self.lower(i) else { return false };
        // "after workers rejected …": the verb of a clause a subordinator opens is finite.
        let subordinate = (i.saturating_sub(3)..i).any(|k| self.is_word(k, &["after", "when", "once", "because", "since"]));
        !words::in_list(&PAST_WORDS, lower)
            && !subordinate
            && !(i.saturating_sub(3)..i).any(|k| self.is_word(k, &["was", "were", "had", "has", "have", "been", "is", "are"]))
    }

    /// "at 11 a.m. on Saturday": a full stop before a lower-case word is an abbreviation's, not
    /// a clause's end.
    fn is_inner_stop(&self, i: usize) -> bool {
        self.is_punct(i, &["."]) && self.tok(i + 1).is_some_and(|n| n.kind == Kind::Word && n.text.starts_with(|c: char| c.is_lowercase()))
    }

    /// "members were directed to withdraw their services from Monday", "patients booked from
    /// Monday": the tense of a clause whose only past mark is a participle ("-ed" after no
    /// "was", "were" or "had") is no past for what happens "from" or "for" a weekday.
    fn is_weak_past(&self, first: usize) -> bool {
        match self.tense_and_cue(first) {
            (Tense::Past, Some(cue)) => {
                let lower = self.lower(cue).unwrap_or_default();
                !words::in_list(&PAST_WORDS, lower) && !self.is_word(cue.wrapping_sub(1), &["was", "were", "had"])
            }
            (Tense::Unknown, _) => true,
            _ => false,
        }
    }

    /// "would organise a protest if the clinic did not reopen by the end of January": a past
    /// verb in a condition ("if", "unless" a few words before it) has the tense of the clause it
    /// depends on, which the search goes on to find.
    fn is_condition(&self, verb: usize) -> bool {
        (verb.saturating_sub(4)..verb).any(|k| self.is_word(k, &["if", "unless"]))
    }

    /// "would reopen once the snow stopped, probably early Wednesday": the past verb at `verb`
    /// belongs to a subordinate clause ("once", "when", "after" … a few words before it) that a
    /// comma closes before the date at `first`, so it does not set the date's tense.
    fn is_closed_subordinate(&self, verb: usize, first: usize) -> bool {
        const SUBORDINATORS: [&str; 8] = ["once", "when", "after", "before", "until", "till", "if", "unless"];
        let opened = (verb.saturating_sub(4)..verb).any(|k| self.is_word(k, &SUBORDINATORS));
        opened && (verb + 1..first).any(|k| self.is_punct(k, &[","]))
    }


    /// The tense the word at token `i` marks, if any.
    fn cue_tense(&self, i: usize) -> Option<Tense> {
        let t = self.tok(i).filter(|t| t.kind == Kind::Word)?;
        let next_is_to = self.is_word(i + 1, &["to"]);
        let has_until = self.is_word(i, &["until", "till"]) && i > 0 && self.is_word(i - 1, &["has", "have"]);
        let modal_may = t.text == "may"; // not the month
        // "voted to close the schools in June", "voted 5 to 2 last night to close …": what was
        // decided is still to come.
        // "hoped to announce … before Christmas", "planned to open in May": what was intended
        // is still to come too.
        const DECISIONS: [&str; 11] = ["voted", "agreed", "decided", "promised", "pledged", "vowed", "hoped", "planned", "intended", "aimed", "hopes"];
        let to_a_verb = |k: usize| {
            self.is_word(k, &["to"])
                && self.tok(k + 1).is_some_and(|n| n.kind == Kind::Word && !capitalised(n.text))
                && !self.is_word(k + 1, &["the", "a", "an", "his", "her", "its", "their", "this", "that", "it"])
        };
        let decided_to = (to_a_verb(i) && (i.saturating_sub(6)..i).any(|k| self.is_word(k, &DECISIONS)))
            || (self.is_word(i, &DECISIONS) && to_a_verb(i + 1));
        // "fire brigade reports, on the defence on 30 October": a plural noun, not a verb of
        // schedule ("the review body reports on Thursday").
        let plural_noun = t.text.ends_with('s') && self.is_punct(i + 1, &[","]);
        // "voted against the plan on Thursday", "approved their plans on Thursday": a noun after a
        // determiner is no verb of schedule (but "their plans to reopen on Monday" look ahead).
        let determined_noun = self.is_word(i, &["plan", "plans", "play", "plays", "host", "hosts", "travel", "visits", "reports"])
            && self.is_word(i.wrapping_sub(1), &["the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those"])
            && !self.is_word(i + 1, &["to", "for"]);
        let future_cue = self.is_listed(i, &FUTURE_CUES) && !plural_noun && !determined_noun;
        // "what would have been his 44th birthday", "could have closed": a past that did not
        // happen, no future.
        let perfect = self.is_word(i + 1, &["have"]) && (self.is_word(i + 2, &["been"]) || self.is_past_form(i + 2));
        if future_cue && perfect && self.is_word(i, &["would", "could", "should", "might", "must"]) {
            return Some(Tense::Past);
        }
        // "the grant runs out in March": the present of running out is a deadline to come.
        let runs_out = self.is_word(i, &["runs", "run"]) && self.is_word(i + 1, &["out"]);
        // "are likely to stay above 30C on Saturday", "could see low pressure until Sunday" (but
        // "could have", "could not").
        let likely_to = self.is_word(i, &["likely"]) && next_is_to && !(i.saturating_sub(3)..i).any(|k| self.is_word(k, &["was", "were", "had"]));
        let could = self.is_word(i, &["could"]) && self.tok(i + 1).is_some_and(|n| n.kind == Kind::Word && !capitalised(n.text)) && !self.is_word(i + 1, &["have", "not", "n't", "never", "only"]);
        // "I'd rather they hear it in November than in July": the "would" of a preference.
        let would_rather = self.is_word(i, &["d"]) && self.is_word(i + 1, &["rather", "like", "prefer", "love", "hate"]);
        if future_cue || modal_may || has_until || decided_to || would_rather || self.is_put_off(i) || self.is_fixed_for(i) || runs_out || likely_to || could || (self.is_word(i, &["set", "going", "poised"]) && next_is_to)
            // "Elections are set for Nov. 3."
            || (self.is_word(i, &["set"]) && self.is_word(i + 1, &["for"]))
        {
            return Some(Tense::Future);
        }
        // "ties to be played": an infinitive of what is to come ("had to be", "used to be" are past).
        if t.text == "be" && self.is_word(i.wrapping_sub(1), &["to"]) && !self.is_past_form(i.wrapping_sub(2)) {
            return Some(Tense::Future);
        }
        // A participle after "be" or a copula ("will be made", "will remain closed") is not the
        // verb's tense: the auxiliary before it decides.
        // "the work is finished by April": a present passive or state is no past either.
        let after_copula = self.is_word(i.wrapping_sub(1), &COPULAS) || self.is_word(i.wrapping_sub(1), &["is", "are", "am"]);
        (self.is_past_form(i) && !after_copula).then_some(Tense::Past)
    }

    /// "adjourned until 3 March", "postponed until 9 February", "put back to June": what a
    /// case or a meeting was put off to is still to come, though the putting off is told in the
    /// past. True at the "until"/"to" of such a verb.
    fn is_put_off(&self, i: usize) -> bool {
        const PUT_OFF: [&str; 6] = ["adjourned", "postponed", "deferred", "delayed", "rescheduled", "back"];
        // "The case was listed for 2 September", "slated for June": booked for a day to come.
        const BOOKED: [&str; 5] = ["listed", "slated", "fixed", "booked", "pencilled"];
        let put_off = self.is_word(i, &["until", "till", "to"])
            && self.is_word(i.wrapping_sub(1), &PUT_OFF)
            && (!self.is_word(i.wrapping_sub(1), &["back"]) || self.is_word(i.wrapping_sub(2), &["put", "pushed", "moved"]));
        put_off || (self.is_word(i, &["for"]) && self.is_word(i.wrapping_sub(1), &BOOKED))
    }

    /// "He set a new trial date of 9 February and fixed a procedural hearing for 14 January":
    /// a hearing, trial or date that was set, fixed or ordered is still to come. True at the
    /// noun, when such a verb is a few words before it.
    fn is_fixed_for(&self, i: usize) -> bool {
        const NOUNS: [&str; 5] = ["hearing", "date", "trial", "appearance", "sentencing"];
        const VERBS: [&str; 8] = ["set", "fixed", "ordered", "listed", "scheduled", "arranged", "booked", "adjourned"];
        self.is_word(i, &NOUNS)
            && self.is_word(i + 1, &["of", "on", "for"])
            && (i.saturating_sub(4)..i).any(|k| self.is_word(k, &VERBS))
    }

    /// A past-tense or participle word: "said", "met", "closed" (not a name such as "Red").
    fn is_past_form(&self, i: usize) -> bool {
        let (Some(t), Some(lower)) = (self.tok(i), self.lower(i)) else { return false };
        words::in_list(&PAST_WORDS, lower) || (lower.len() > 4 && lower.ends_with("ed") && !capitalised(t.text))
    }

    // ---- pieces

    /// A capitalised month name; abbreviations may carry a full stop. Returns (month, next, abbreviated).
    fn month_at(&self, i: usize) -> Option<(u32, usize, bool)> {
        let t = self.tok(i)?;
        let (month, abbrev) = t.month()?;
        if !capitalised(t.text) {
            return None;
        }
        let next = if abbrev && self.is_punct(i + 1, &["."]) { i + 2 } else { i + 1 };
        Some((month, next, abbrev))
    }

    /// A day of the month: 1-31, one or two digits, "29th" allowed; not "29-year-old" or "29%".
    fn day_at(&self, i: usize) -> Option<(u32, usize)> {
        let t = self.tok(i)?;
        let ok = t.kind == Kind::Number && t.clean && t.digits <= 2 && (1..=31).contains(&t.value);
        let glued_word = self.is_punct(i + 1, &["-"]) && self.tok(i + 2).is_some_and(|t| t.kind == Kind::Word && t.month == 0);
        (ok && !glued_word && !self.is_punct(i + 1, &["%"])).then_some((t.value, i + 1))
    }

    /// A four-digit year within `range`, not followed by a unit or clock-time word.
    fn year_at(&self, i: usize, range: std::ops::RangeInclusive<u32>) -> Option<(i32, usize)> {
        let t = self.tok(i)?;
        let ok = t.kind == Kind::Number && t.clean && !t.ordinal && t.digits == 4 && range.contains(&t.value);
        let unit = self.is_listed(i + 1, &NOT_AFTER_YEAR) || self.is_punct(i + 1, &["%"]);
        (ok && !unit).then_some((t.value as i32, i + 1))
    }

    /// "[,] 2026" after a day.
    fn opt_year(&self, i: usize) -> (Option<i32>, usize) {
        let j = if self.is_punct(i, &[","]) { i + 1 } else { i };
        match self.year_at(j, 1000..=2999) {
            Some((y, next)) => (Some(y), next),
            None => (None, i),
        }
    }

    /// A range connector after token `i - 1`: dash, "to", "through", "until", or "and" after "between".
    fn connector(&self, i: usize, between: bool) -> Option<usize> {
        let dash = self.is_punct(i, &["-", "\u{2013}", "\u{2014}"]);
        let word = self.is_word(i, &["to", "through", "until", "till", "thru"]) || (between && self.is_word(i, &["and"]));
        (dash || word).then_some(i + 1)
    }

    /// "and" between two days ("8 and 9 March"): the token after it. Callers accept only the
    /// next day, since "1 and 15 March" are two days, not a span.
    fn next_day_and(&self, i: usize) -> Option<usize> {
        self.is_word(i, &["and"]).then_some(i + 1)
    }

    /// "January 29" / "Jan. 29th" → (day, next).
    fn month_first(&self, i: usize) -> Option<(DayRef, usize)> {
        let (month, j, _) = self.month_at(i)?;
        let (day, next) = self.day_at(j)?;
        Some((DayRef { month, day, year: None }, next))
    }

    /// "29 January" / "the 29th of January" / "23-24 January" → (first day, last day, next).
    fn day_first(&self, i: usize) -> Option<(DayRef, Option<u32>, usize)> {
        let start = if self.is_word(i, &["the"]) { i + 1 } else { i };
        let (day, mut j) = self.day_at(start)?;
        let mut last_day = None;
        // "between 12 and 15 June": one span of days, as "from 12 to 15 June" is.
        let between = self.prev_word(i).is_some_and(|w| w == "between");
        if let Some(k) = self.connector(j, between).or_else(|| self.next_day_and(j)) {
            if let Some((d2, after)) = self.day_at(k) {
                let and_fits = between || !self.is_word(j, &["and"]) || d2 == day + 1;
                if d2 > day && and_fits && (self.month_at(after).is_some() || self.is_word(after, &["of"])) {
                    last_day = Some(d2);
                    j = after;
                }
            }
        }
        let had_of = self.is_word(j, &["of"]);
        if had_of {
            j += 1;
        } else if start != i {
            return None; // "the 29 January" is not English; "the 29th of January" is.
        }
        let (month, next, _) = self.month_at(j)?;
        Some((DayRef { month, day, year: None }, last_day, next))
    }

    fn single_day(&self, i: usize) -> Option<(DayRef, Option<u32>, usize)> {
        self.month_first(i).map(|(d, n)| (d, None, n)).or_else(|| self.day_first(i))
    }

    /// Days and day ranges with or without a year.
    fn day_range(&self, i: usize) -> Option<Hit> {
        let (mut a, same_month_end, after_a) = self.single_day(i)?;
        let between = self.prev_word(i).is_some_and(|w| w == "between");
        let month_first = self.month_first(i).is_some();
        let (year_a, after_year_a) = self.opt_year(after_a);
        a.year = year_a;
        let mut b = same_month_end.map(|day| DayRef { month: a.month, day, year: None });
        let mut next = after_year_a;
        if b.is_none() {
            if let Some(k) = self.connector(after_year_a, between).or_else(|| self.next_day_and(after_year_a)) {
                let plain_and = !between && self.is_word(after_year_a, &["and"]);
                if let Some((other, other_end, after_b)) = self.single_day(k).filter(|_| !plain_and) {
                    let day = other_end.unwrap_or(other.day);
                    b = Some(DayRef { day, ..other });
                    next = after_b;
                } else if month_first && year_a.is_none() {
                    // "March 8 and 9, 2025": two days in a row are one span of days.
                    let fits = |d: u32| d > a.day && (!plain_and || d == a.day + 1);
                    if let Some((day, after_b)) = self.day_at(k).filter(|(d, _)| fits(*d)) {
                        b = Some(DayRef { month: a.month, day, year: None });
                        next = after_b;
                    }
                }
                if let Some(end) = b.as_mut() {
                    let (year_b, after_year_b) = self.opt_year(next);
                    end.year = year_b;
                    next = after_year_b;
                }
            }
        }
        if a.year.is_none() && b.is_none_or(|b| b.year.is_none()) {
            if self.names_historic_event(next) {
                return Some(Hit::new(i, next, None));
            }
            // "on 2 June that year", "between 9 and 12 July this year", "in March last year".
            if let Some((year, after)) = self.year_words(next, i) {
                a.year = year;
                let date = self.resolve_days(i, a, b).map(|d| Date { explicit: false, ..d });
                return Some(Hit::new(i, after, date));
            }
            return Some(Hit { yearless: true, ..Hit::new(i, next, self.resolve_days(i, a, b)) });
        }
        Some(Hit::new(i, next, self.resolve_days(i, a, b)))
    }

    /// "last year", "this year", "next year" or "that year" (with or without "of") at token `i`,
    /// right after a year-less day or month that starts at token `first`: the year they say
    /// (none without a reference date, or for "that year" without a year written before it in
    /// the paragraph) and the token after them.
    fn year_words(&self, i: usize, first: usize) -> Option<(Option<i32>, usize)> {
        let k = if self.is_word(i, &["of"]) { i + 1 } else { i };
        if !self.is_word(k + 1, &["year"]) {
            return None;
        }
        let year = match self.lower(k)? {
            "last" => self.reference().map(|r| r.year - 1),
            "this" => self.reference().map(|r| r.year),
            "next" => self.reference().map(|r| r.year + 1),
            "that" => self.year_before(first),
            _ => return None,
        };
        Some((year, k + 2))
    }

    /// The nearest year written before token `first` in its paragraph, looking back a bounded
    /// number of tokens: a four-digit year ("arrested in May 2025 and charged on 11 September
    /// that year") or "last year", "this year", "next year" ("charged in March last year and …
    /// on 2 June that year").
    fn year_before(&self, first: usize) -> Option<i32> {
        for k in (first.saturating_sub(YEAR_LOOKBACK_TOKENS)..first).rev() {
            if self.tok(k).is_some_and(|t| t.kind == Kind::Break) {
                return None;
            }
            if let Some((year, _)) = self.year_at(k, 1800..=2100) {
                return Some(year);
            }
            if self.is_word(k, &["year"]) {
                let step = match self.lower(k.wrapping_sub(1)) {
                    Some("last") => -1,
                    Some("this") => 0,
                    Some("next") => 1,
                    _ => continue,
                };
                return self.reference().map(|r| r.year + step);
            }
        }
        None
    }

    /// "the October 7 attacks": a year-less day naming a past event.
    fn names_historic_event(&self, next: usize) -> bool {
        self.is_listed(next, &HISTORIC_NOUNS) || (self.word(next).is_some() && self.is_listed(next + 1, &HISTORIC_NOUNS))
    }

    fn resolve_days(&self, first: usize, a: DayRef, b: Option<DayRef>) -> Option<Date> {
        let b = b.unwrap_or(a);
        let wraps = (b.month, b.day) < (a.month, a.day);
        let explicit = a.year.is_some() || b.year.is_some();
        let (year_a, year_b) = match (a.year, b.year) {
            (Some(ya), Some(yb)) => (ya, yb),
            (Some(ya), None) => (ya, ya + i32::from(wraps)),
            (None, Some(yb)) => (yb - i32::from(wraps), yb),
            (None, None) => {
                let ya = self.year_for(first, |y| Ymd::new(y, a.month, a.day).map(|d| (d, d)))?;
                (ya, ya + i32::from(wraps))
            }
        };
        let start = Ymd::new(year_a, a.month, a.day)?;
        let end = Ymd::new(year_b, b.month, b.day)?;
        Some(Date { start, end, precision: Precision::Day, explicit })
    }

    /// The year of a year-less day or month, given `span_of(year)` (its first and last day):
    /// in a future clause the first occurrence not over before the reference date; otherwise the
    /// last one that starts by the reference date (plus [`WRITING_DELAY_DAYS`] when the reference
    /// is only a date the article mentions, as the article may be written later).
    fn year_for(&self, first: usize, span_of: impl Fn(i32) -> Option<(Ymd, Ymd)>) -> Option<i32> {
        let reference = self.reference()?;
        let here = reference.day_number();
        let candidates: Vec<(i32, Ymd, Ymd)> = (reference.year - 1..=reference.year + 1)
            .filter_map(|y| span_of(y).map(|(a, b)| (y, a, b)))
            .collect();
        let delay = if self.anchor.from_dateline { 0 } else { WRITING_DELAY_DAYS };
        match self.tense(first) {
            Tense::Future => candidates.iter().find(|(_, _, end)| end.day_number() >= here).map(|c| c.0),
            Tense::Past => candidates.iter().rev().find(|(_, start, _)| start.day_number() <= here + delay).map(|c| c.0),
            // News mostly reports what happened: the nearest occurrence not far ahead.
            Tense::Unknown => candidates
                .iter()
                .filter(|(_, start, _)| start.day_number() <= here + UNKNOWN_TENSE_AHEAD_DAYS)
                .min_by_key(|(_, start, end)| (start.day_number() - here).abs().min((end.day_number() - here).abs()))
                .map(|c| c.0),
        }
    }

    /// "2026-01-29".
    fn iso(&self, i: usize) -> Option<Hit> {
        let parts = [self.tok(i)?, self.tok(i + 1)?, self.tok(i + 2)?, self.tok(i + 3)?, self.tok(i + 4)?];
        let glued = parts.windows(2).all(|w| w[0].end == w[1].start);
        let shape = parts[0].digits == 4 && parts[2].digits == 2 && parts[4].digits == 2;
        let numbers = [parts[0], parts[2], parts[4]].iter().all(|t| t.kind == Kind::Number && t.clean && !t.ordinal);
        if !(glued && shape && numbers && parts[1].text == "-" && parts[3].text == "-") {
            return None;
        }
        let day = Ymd::new(parts[0].value as i32, parts[2].value, parts[4].value)?;
        Some(Hit::new(i, i + 5, Some(Date { start: day, end: day, precision: Precision::Day, explicit: true })))
    }

    /// "Sunday, January 31, 2026", or a weekday alone ("on Thursday", "last Friday").
    fn weekday_date(&self, i: usize) -> Option<Hit> {
        let (weekday, abbrev) = self.tok(i)?.weekday()?;
        if !capitalised(self.word(i)?) {
            return None;
        }
        let mut j = i + 1;
        if abbrev && self.is_punct(j, &["."]) {
            j += 1;
        }
        let date_tok = if self.is_punct(j, &[","]) { j + 1 } else { j };
        if let Some(mut hit) = self.day_range(date_tok) {
            hit.first = i;
            hit.weekday = Some((weekday, date_tok));
            hit.date = hit.date.map(|d| self.year_from_weekday(d, weekday));
            return Some(hit);
        }
        if abbrev {
            return None;
        }
        self.bare_weekday(i, weekday)
    }

    /// Holidays: "Christmas", "Christmas Eve", "New Year's Day", "Boxing Day", "Halloween",
    /// "Valentine's Day", "Labor Day", "Memorial Day", "Thanksgiving", "Easter", "Good Friday".
    /// One written alone ("before Christmas") needs a word of time before it, as "Christmas
    /// shopping" names no day; "last Christmas" is the one before the reference date.
    fn holiday(&self, i: usize) -> Option<Hit> {
        if !capitalised(self.word(i)?) {
            return None;
        }
        let possessive = |k: usize| if self.is_punct(k, &["'", "\u{2019}"]) && self.is_word(k + 1, &["s"]) { k + 2 } else { k };
        let day_after = |k: usize| self.is_word(k, &["day"]).then_some(k + 1);
        // (the holiday, the token after it, whether it is named in full)
        let (holiday, next, full) = match self.lower(i)? {
            "christmas" => match self.lower(i + 1) {
                Some("eve") => (Holiday::Fixed(12, 24), i + 2, true),
                Some("day") => (Holiday::Fixed(12, 25), i + 2, true),
                _ => (Holiday::Fixed(12, 25), i + 1, false),
            },
            "new" if self.is_word(i + 1, &["year"]) => match self.lower(possessive(i + 2)) {
                Some("day") => (Holiday::Fixed(1, 1), possessive(i + 2) + 1, true),
                Some("eve") => (Holiday::Fixed(12, 31), possessive(i + 2) + 1, true),
                _ => return None,
            },
            "boxing" => (Holiday::Fixed(12, 26), day_after(i + 1)?, true),
            "valentine" => (Holiday::Fixed(2, 14), day_after(possessive(i + 1))?, true),
            "labor" => (Holiday::NthWeekday(9, 1, 0), day_after(i + 1)?, true),
            "memorial" => (Holiday::NthWeekday(5, -1, 0), day_after(i + 1)?, true),
            "halloween" => (Holiday::Fixed(10, 31), i + 1, false),
            "thanksgiving" => match day_after(i + 1) {
                Some(next) => (Holiday::NthWeekday(11, 4, 3), next, true),
                None => (Holiday::NthWeekday(11, 4, 3), i + 1, false),
            },
            "easter" => match self.lower(i + 1) {
                Some("sunday") => (Holiday::Easter(0), i + 2, true),
                Some("monday") => (Holiday::Easter(1), i + 2, true),
                _ => (Holiday::Easter(0), i + 1, false),
            },
            "good" if self.is_word(i + 1, &["friday"]) => (Holiday::Easter(-2), i + 2, true),
            _ => return None,
        };
        // "the Good Friday Agreement", "Christmas Day Parade": the name of something else.
        if self.word(next).is_some_and(capitalised) && self.tok(next).is_some_and(|t| t.month == 0) {
            return None;
        }
        let before = self.prev_word(i);
        let modifier = before.filter(|w| matches!(*w, "last" | "next" | "this"));
        const CUES: [&str; 17] =
            ["on", "by", "until", "till", "since", "before", "after", "over", "at", "for", "through", "from", "during", "around", "to", "last", "next"];
        if !full && !before.is_some_and(|w| CUES.contains(&w) || w == "this") {
            return None;
        }
        let first = if modifier.is_some() { i - 1 } else { i };
        let (written_year, next) = self.opt_year(next);
        let day_in = |y: i32| holiday.day(y).map(|d| (d, d));
        let year = match (written_year, modifier, self.reference()) {
            (Some(y), _, _) => Some(y),
            (None, Some("last"), Some(r)) => [r.year, r.year - 1].into_iter().find(|&y| holiday.day(y).is_some_and(|d| d < r)),
            (None, Some("next"), Some(r)) => [r.year, r.year + 1].into_iter().find(|&y| holiday.day(y).is_some_and(|d| d > r)),
            _ => self.year_for(first, day_in),
        };
        let date = year.and_then(|y| holiday.day(y)).map(|d| Date { start: d, end: d, precision: Precision::Day, explicit: written_year.is_some() });
        Some(Hit::new(first, next, date))
    }

    /// "the first Sunday in April", "the last Friday of May 2027": that day of the month, its
    /// year as a year-less month's would be.
    fn nth_weekday(&self, i: usize) -> Option<Hit> {
        if !self.is_word(i, &["the"]) {
            return None;
        }
        let nth: i64 = match self.lower(i + 1)? {
            "first" => 1,
            "second" => 2,
            "third" => 3,
            "fourth" => 4,
            "last" => -1,
            _ => return None,
        };
        let (weekday, abbrev) = self.tok(i + 2)?.weekday()?;
        if abbrev || !capitalised(self.word(i + 2)?) || !self.is_word(i + 3, &["in", "of"]) {
            return None;
        }
        let (month, after_month, _) = self.month_at(i + 4)?;
        let (written_year, next) = self.opt_year(after_month);
        let day_in = |y: i32| nth_weekday_of(y, month, nth, weekday).map(|d| (d, d));
        let year = written_year.or_else(|| self.year_for(i, day_in));
        let explicit = written_year.is_some();
        let date = year.and_then(day_in).map(|(d, _)| Date { start: d, end: d, precision: Precision::Day, explicit });
        Some(Hit::new(i, next, date))
    }

    /// "on the 14th", "since the 9th", "up to the 21st", "on the 1st of next month": a day of
    /// the reference month, or of the month before or after as "of last/next month" says; else
    /// the latest such day for the past, the next one for the future. Only after a preposition
    /// and before the end of the phrase, so "the 14th century" and "the 3rd floor" are no days.
    fn day_of_the_month(&self, i: usize) -> Option<Hit> {
        const BEFORE: [&str; 11] = ["on", "since", "from", "until", "till", "by", "before", "after", "of", "to", "between"];
        const PHRASE_ENDS: [&str; 19] =
            ["to", "and", "or", "but", "when", "while", "had", "has", "have", "was", "were", "is", "at", "in", "on", "for", "with", "as", "because"];
        if !self.is_word(i, &["the"]) || !self.prev_word(i).is_some_and(|w| BEFORE.contains(&w)) {
            return None;
        }
        let day = self.tok(i + 1).filter(|t| t.kind == Kind::Number && t.ordinal && (1..=31).contains(&t.value))?.value;
        // "spent the night of the 14th on a trolley": a part of a day names a day, whatever follows.
        let part_of_a_day = self.is_word(i.wrapping_sub(1), &["of"]) && self.is_word(i.wrapping_sub(2), &["night", "morning", "evening", "afternoon"]);
        let named_month = self.is_word(i + 2, &["of"]) && self.is_word(i + 4, &["month"]);
        let (step, next) = match self.lower(i + 3) {
            Some("last") if named_month => (Some(-1), i + 5),
            Some("this") if named_month => (Some(0), i + 5),
            Some("next") if named_month => (Some(1), i + 5),
            _ if self.tok(i + 2).is_none_or(|t| t.kind != Kind::Word) || self.is_word(i + 2, &PHRASE_ENDS) || part_of_a_day => (None, i + 2),
            _ => return None,
        };
        let date = self.reference().and_then(|r| {
            let step = step.unwrap_or(match self.tense(i) {
                Tense::Future if day < r.day => 1,
                Tense::Future => 0,
                _ if day > r.day => -1,
                _ => 0,
            });
            let months = r.year * 12 + r.month as i32 - 1 + step;
            let d = Ymd::new(months.div_euclid(12), months.rem_euclid(12) as u32 + 1, day)?;
            Some(Date { start: d, end: d, precision: Precision::Day, explicit: false })
        });
        Some(Hit::new(i, next, date))
    }

    /// A year-less single day whose guessed year contradicts its weekday ("Sunday, February 1")
    /// takes the neighbouring year where the weekday fits, if there is one.
    fn year_from_weekday(&self, date: Date, weekday: usize) -> Date {
        let guessed = !date.explicit && date.start == date.end && date.precision == Precision::Day;
        if !guessed || date.start.weekday() == weekday {
            return date;
        }
        let (month, day) = (date.start.month, date.start.day);
        let fitting = [date.start.year - 1, date.start.year + 1]
            .into_iter()
            .filter_map(|y| Ymd::new(y, month, day))
            .find(|d| d.weekday() == weekday);
        match fitting {
            Some(d) => Date { start: d, end: d, ..date },
            None => date,
        }
    }

    fn bare_weekday(&self, i: usize, weekday: usize) -> Option<Hit> {
        let before = i.checked_sub(1).and_then(|p| self.word(p));
        let modifier = self.prev_word(i).filter(|w| matches!(*w, "last" | "next" | "this"));
        let cue = before.is_some_and(|w| {
            let cues = ["on", "by", "until", "since", "from", "last", "next", "this", "said", "late", "early", "at", "before", "after", "for", "through"];
            cues.iter().any(|c| c.eq_ignore_ascii_case(w))
        });
        // "every Friday", "each Sunday", "Sunday hours": a habit or a kind of day, not a day.
        if before.is_some_and(|w| w.eq_ignore_ascii_case("every") || w.eq_ignore_ascii_case("each")) || self.is_listed(i + 1, &WEEKDAY_KIND_NOUNS) {
            return None;
        }
        // "the next Saturday", "the following Monday": a day after some other day of the story,
        // not one the reference date places.
        if before.is_some_and(|w| w.eq_ignore_ascii_case("next") || w.eq_ignore_ascii_case("following")) && self.is_word(i.wrapping_sub(2), &["the"]) {
            return None;
        }
        // "I was there on the Saturday", "on the Sunday afternoon": a day of some week the story
        // told before (a witness's weekend of last year), not one the reference date places.
        if before.is_some_and(|w| w.eq_ignore_ascii_case("the")) {
            return None;
        }
        // "like it's a normal Tuesday", "a Friday like any other": any such day, not one.
        let indefinite = |k: usize| self.is_word(k, &["a", "an", "any"]);
        if !cue && (indefinite(i.wrapping_sub(1)) || indefinite(i.wrapping_sub(2)) && before.is_some_and(|w| !capitalised(w))) {
            return None;
        }
        // "a Friday-night vigil", "the Sunday-morning service": a kind of day, not a day.
        let glued = |k: usize| self.tok(k).zip(self.tok(k - 1)).is_some_and(|(t, p)| t.start == p.end);
        if self.is_punct(i + 1, &["-"]) && glued(i + 1) && glued(i + 2) && self.tok(i + 2).is_some_and(|t| t.kind == Kind::Word && !capitalised(t.text)) {
            return None;
        }
        // "Bloody Sunday", "Good Friday", "the Sunday Times": names, not dates.
        let named_before = before.is_some_and(|w| capitalised(w) && !cue);
        let named_after = !cue && self.word(i + 1).is_some_and(capitalised);
        if named_before || named_after {
            return None;
        }
        let first = if modifier.is_some() { i - 1 } else { i };
        // "Monday to Wednesday": one range of days; "Wednesday last week": a day of that week.
        let range_end = self.weekday_range_end(i);
        let after = range_end.map_or(i + 1, |(_, next)| next);
        let week = if modifier.is_none() { self.week_after(after) } else { None };
        let date = self.reference().and_then(|r| {
            let offset = weekday as i64 - r.weekday() as i64;
            let days = match (modifier, week) {
                (_, Some((step, _))) => offset + 7 * step,
                // "last Wednesday" written on a Thursday is the week before: yesterday is
                // "yesterday" or "on Wednesday".
                (Some("last"), _) => match -((-offset - 1).rem_euclid(7) + 1) {
                    -1 => -8,
                    days => days,
                },
                (Some("next"), _) => (offset - 1).rem_euclid(7) + 1,
                // News mostly reports the past: the latest such day up to the reference, unless the
                // clause is about the future.
                _ if self.tense(first) == Tense::Future => (offset - 1).rem_euclid(7) + 1,
                // "will go ahead from Monday", "told to mobilise for Monday": from or for a
                // weekday is to come, unless a clear past says otherwise ("ran from Monday").
                _ if range_end.is_none() && before.is_some_and(|w| w.eq_ignore_ascii_case("from") || w.eq_ignore_ascii_case("for")) && self.is_weak_past(first) => {
                    (offset - 1).rem_euclid(7) + 1
                }
                _ => -(-offset).rem_euclid(7),
            };
            let start = r.add_days(days)?;
            let end = start.add_days(range_end.map_or(0, |(last, _)| (last as i64 - weekday as i64).rem_euclid(7)))?;
            Some(Date { start, end, precision: Precision::Day, explicit: false })
        });
        Some(Hit::new(first, week.map_or(after, |(_, next)| next), date))
    }

    /// "Monday to Wednesday", "Monday through Friday": the weekday that ends a range opened by
    /// the weekday at `i`, and the token after it.
    fn weekday_range_end(&self, i: usize) -> Option<(usize, usize)> {
        if !self.is_word(i + 1, &["to", "through", "until", "till"]) {
            return None;
        }
        let (last, abbrev) = self.tok(i + 2)?.weekday()?;
        (!abbrev && capitalised(self.word(i + 2)?)).then_some((last, i + 3))
    }

    /// "next week", "of last week", "this week" right after a weekday (at token `i`): the week
    /// the day falls in, from the reference's (-1, 0, 1), and the token after.
    fn week_after(&self, i: usize) -> Option<(i64, usize)> {
        let k = if self.is_word(i, &["of"]) { i + 1 } else { i };
        let step = match self.lower(k)? {
            "last" => -1,
            "this" => 0,
            "next" => 1,
            _ => return None,
        };
        self.is_word(k + 1, &["week"]).then_some((step, k + 2))
    }

    /// "early February", "mid-2025", "late last year", "the end of March", "the first half of 2025".
    fn vague(&self, i: usize) -> Option<Hit> {
        let w = self.lower(i)?;
        let (part, mut j) = match w {
            "early" => (Part::Early, i + 1),
            "mid" => (Part::Mid, i + 1),
            "late" => (Part::Late, i + 1),
            "earlier" => (Part::Earlier, i + 1),
            "later" => (Part::Later, i + 1),
            "end" if self.is_punct(i + 1, &["-"]) => (Part::Late, i + 1),
            // "by year-end": the end of the reference year; "year-end reports" name reports.
            "year" if self.is_punct(i + 1, &["-"])
                && self.is_word(i + 2, &["end"])
                && self.prev_word(i).is_some_and(|w| matches!(w, "by" | "at" | "before" | "until" | "till" | "after" | "around" | "toward" | "towards")) =>
            {
                let date = self.reference().and_then(|r| period(r, "year", 0, Part::Late));
                return Some(Hit::new(i, i + 3, date));
            }
            "the" => self.the_part_of(i)?,
            _ => return None,
        };
        if self.is_punct(j, &["-", "\u{2013}"]) {
            j += 1;
        }
        if matches!(part, Part::Earlier | Part::Later) {
            return self.relative(j, part, i);
        }
        if let Some((month, after, abbrev)) = self.month_at(j) {
            let (year, next) = self.opt_year_plain(after);
            if abbrev && year.is_none() && !self.is_punct(after - 1, &["."]) {
                return None;
            }
            return Some(Hit::new(i, next, self.resolve_month(i, month, year, None, part)));
        }
        if let Some((year, next)) = self.year_at(j, 1800..=2100) {
            return Some(Hit::new(i, next, year_part(year, part)));
        }
        if matches!(part, Part::Week(_)) {
            // "the first week of next month": of a month only.
            let of_a_month = self.is_word(j, &["last", "this", "next"]) && self.is_word(j + 1, &["month"]);
            return if of_a_month { self.relative(j, part, i) } else { None };
        }
        if matches!(part, Part::Half(_) | Part::Quarter(_)) {
            // "the fourth quarter of last year", "the first half of the year": of a year only.
            return match (self.lower(j)?, self.is_word(j + 1, &["year"])) {
                ("last" | "this" | "next", true) => self.relative(j, part, i),
                ("the", true) => self.relative_unit(j + 1, Some("this"), part, i, j + 2),
                _ => None,
            };
        }
        if self.is_word(j, &["the"]) && self.is_word(j + 1, &["year", "month", "week"]) {
            // "by the end of the year": this year.
            return self.relative_unit(j + 1, Some("this"), part, i, j + 2);
        }
        if self.is_word(j, &["last", "this", "next"]) {
            return self.relative(j, part, i);
        }
        None
    }

    /// "the end of", "the start of", "the middle of", "the first half of", "the third quarter of".
    fn the_part_of(&self, i: usize) -> Option<(Part, usize)> {
        let w = self.lower(i + 1)?;
        let part = match w {
            "end" => Part::Late,
            "beginning" | "start" => Part::Early,
            "middle" => Part::Mid,
            // "for the whole of August": the month itself.
            "whole" => Part::Whole,
            "first" | "second" | "third" | "fourth" => {
                let n = match w { "first" => 1, "second" => 2, "third" => 3, _ => 4 };
                return match self.lower(i + 2)? {
                    "half" if n <= 2 && self.is_word(i + 3, &["of"]) => Some((Part::Half(n), i + 4)),
                    "quarter" if self.is_word(i + 3, &["of"]) => Some((Part::Quarter(n), i + 4)),
                    "week" if self.is_word(i + 3, &["of"]) => Some((Part::Week(n), i + 4)),
                    _ => None,
                };
            }
            // "the last week of October"
            "last" if self.is_word(i + 2, &["week"]) && self.is_word(i + 3, &["of"]) => return Some((Part::Week(0), i + 4)),
            _ => return None,
        };
        self.is_word(i + 2, &["of"]).then_some((part, i + 3))
    }

    /// "2022" or "of 2022" right after a month.
    fn opt_year_plain(&self, i: usize) -> (Option<i32>, usize) {
        let j = if self.is_word(i, &["of"]) || self.is_punct(i, &[","]) { i + 1 } else { i };
        match self.year_at(j, 1000..=2999) {
            Some((y, next)) => (Some(y), next),
            None => (None, i),
        }
    }

    /// Month and year, month ranges, or a month after a cue ("in February", "last March").
    fn month_expr(&self, i: usize) -> Option<Hit> {
        let (month, after, abbrev) = self.month_at(i)?;
        let between = self.prev_word(i).is_some_and(|w| w == "between");
        // "January to March 2025"
        if let Some(k) = self.connector(after, between) {
            if let Some((month_b, after_b, _)) = self.month_at(k) {
                let (year, next) = self.opt_year_plain(after_b);
                if year.is_some() || self.month_cue(i).is_some() {
                    return Some(Hit::new(i, next, self.resolve_month(i, month, year, Some(month_b), Part::Whole)));
                }
            }
        }
        let (year, next) = self.opt_year_plain(after);
        if year.is_some() {
            return Some(Hit::new(i, next, self.resolve_month(i, month, year, None, Part::Whole)));
        }
        let cue = self.month_cue(i)?;
        // "since April last year", "in March next year": the year said after the month.
        if let (Some(step), true) = (self.word(after).and_then(|w| ["last", "this", "next"].iter().position(|x| x.eq_ignore_ascii_case(w))), self.is_word(after + 1, &["year"])) {
            if !abbrev {
                let date = self.reference().and_then(|r| month_part(r.year + step as i32 - 1, month, Part::Whole, r));
                return Some(Hit::new(i, after + 2, date));
            }
        }
        if abbrev {
            return None;
        }
        let first = if matches!(cue, "last" | "next" | "this") { i - 1 } else { i };
        if !matches!(cue, "last" | "next" | "this") {
            // "in March last year", "in September that year".
            if let Some((year, next)) = self.year_words(after, i) {
                let date = match year {
                    Some(y) => self.resolve_month(i, month, Some(y), None, Part::Whole).map(|d| Date { explicit: false, ..d }),
                    None => None,
                };
                return Some(Hit::new(first, next, date));
            }
        }
        let date = match cue {
            "last" | "next" => self.reference().and_then(|r| {
                let year = match (cue == "next", month > r.month, month < r.month) {
                    (true, true, _) | (false, _, true) => r.year,
                    (true, _, _) => r.year + 1,
                    (false, _, _) => r.year - 1,
                };
                month_part(year, month, Part::Whole, r)
            }),
            "this" => self.reference().and_then(|r| month_part(r.year, month, Part::Whole, r)),
            _ => return Some(Hit { yearless: true, ..Hit::new(first, after, self.resolve_month(i, month, None, None, Part::Whole)) }),
        };
        Some(Hit::new(first, after, date))
    }

    /// The cue word before a bare month, if it makes the month a date.
    fn month_cue(&self, i: usize) -> Option<&str> {
        if self.listed_after(i, |j| self.month_at(j).is_some_and(|(_, next, _)| next == i - 1 || next == i - 2)) {
            return Some("in"); // "in January and February"
        }
        let w = self.prev_word(i)?;
        // "would be ready for March", "is scheduled for June": "for" a month to come ("voted for
        // May" names a person).
        if w == "for" && self.tense(i) == Tense::Future {
            return Some("in");
        }
        // "for the whole of August", "all of March".
        if w == "of" && (self.is_word(i.wrapping_sub(2), &["whole"]) || self.is_word(i.wrapping_sub(2), &["all"])) {
            return Some("in");
        }
        (DATE_CUES.contains(&w) || matches!(w, "last" | "next" | "this")).then_some(w)
    }

    /// Token `i` follows ", " / "and" / "or" after a token for which `is_item` holds: a list
    /// ("in 2019, 2020 and 2021").
    fn listed_after(&self, i: usize, is_item: impl Fn(usize) -> bool) -> bool {
        let Some(joint) = i.checked_sub(1) else { return false };
        let joins = self.is_punct(joint, &[","]) || self.is_word(joint, &["and", "or"]);
        joins && joint.checked_sub(1).is_some_and(|before| is_item(before) || (before > 0 && is_item(before - 1)))
    }

    fn resolve_month(&self, first: usize, month: u32, year: Option<i32>, to_month: Option<u32>, part: Part) -> Option<Date> {
        let reference = self.reference();
        let explicit = year.is_some();
        let end_month = to_month.unwrap_or(month);
        let wraps = end_month < month;
        let end_year = match year {
            Some(y) => y,
            None => self.year_for(first, |y| Some((Ymd::new(y, end_month, 1)?, Ymd::last_of_month(y, end_month)?)))?,
        };
        let start_year = end_year - i32::from(wraps);
        let any_day = reference.unwrap_or(Ymd { year: end_year, month: 1, day: 1 });
        let mut date = month_part(start_year, month, part, any_day)?;
        if to_month.is_some() {
            date.end = Ymd::last_of_month(end_year, end_month)?;
        }
        date.explicit = explicit;
        Some(date)
    }

    /// Years after a cue word and year ranges.
    fn year_expr(&self, i: usize) -> Option<Hit> {
        let cue = self.prev_word(i);
        let as_of = cue == Some("of") && self.is_word(i.wrapping_sub(2), &["as"]);
        // "as early as 2022", "as recently as 2019".
        let as_far_back = cue == Some("as") && self.is_word(i.wrapping_sub(2), &["early", "late", "recently", "long", "far"]) && self.is_word(i.wrapping_sub(3), &["as"]);
        // A fiscal year is not the calendar year.
        let fiscal = cue == Some("year") && self.is_word(i.wrapping_sub(2), &["fiscal", "financial"]);
        let listed = self.listed_after(i, |j| self.year_at(j, 1800..=2100).is_some_and(|(_, next)| next + 1 == i));
        let has_cue = as_of || as_far_back || listed || (!fiscal && cue.is_some_and(|w| DATE_CUES.contains(&w)));
        let between = cue == Some("between");
        let (year, after) = self.year_at(i, 1800..=2100)?;
        if let Some(k) = self.connector(after, between) {
            let dash = self.is_punct(after, &["-", "\u{2013}"]);
            let t = self.tok(k)?;
            let short = dash && t.kind == Kind::Number && t.clean && t.digits == 2 && !t.ordinal;
            let end = if short {
                Some((year - year % 100 + t.value as i32, k + 1))
            } else {
                self.year_at(k, 1800..=2100)
            };
            if let Some((end_year, next)) = end.filter(|(e, _)| *e > year && *e - year <= 100) {
                if has_cue {
                    let date = Date {
                        start: Ymd::new(year, 1, 1)?,
                        end: Ymd::new(end_year, 12, 31)?,
                        precision: Precision::Year,
                        explicit: true,
                    };
                    return Some(Hit::new(i, next, Some(date)));
                }
            }
        }
        // "during the 2022 energy crisis": a time preposition puts the thing the year names in time.
        let named_period = cue == Some("the") && self.is_word(i.wrapping_sub(2), &PERIOD_CUES);
        // "the 2019 budget" names a budget; in "since 2019 two weeks ago" another date follows.
        let modifier = self.word(after).is_some_and(|w| !capitalised(w) && !self.is_listed(after, &AFTER_YEAR))
            && !self.is_past_form(after)
            // Only a word can open that date: a number after a year is matched apart, so a run
            // of years is read once, not again from each of them.
            && !(self.tok(after).is_some_and(|t| t.kind == Kind::Word) && self.match_at(after).is_some());
        if !named_period && (!has_cue || modifier) {
            return None;
        }
        Some(Hit::new(i, after, year_part(year, Part::Whole)))
    }

    /// "spring 2024", "the summer of 2014".
    fn season(&self, i: usize) -> Option<Hit> {
        season_months(self.lower(i))?;
        // "the spring of last year", "the summer of next year".
        if self.is_word(i + 1, &["of"]) && self.is_word(i + 3, &["year"]) {
            let step = match self.lower(i + 2) {
                Some("last") => -1,
                Some("this") => 0,
                Some("next") => 1,
                _ => return None,
            };
            let date = self.reference().and_then(|r| season_of(self.lower(i)?, r.year + step)).map(|d| Date { explicit: false, ..d });
            return Some(Hit::new(i, i + 4, date));
        }
        let j = if self.is_word(i + 1, &["of"]) { i + 2 } else { i + 1 };
        let (year, next) = self.year_at(j, 1800..=2100)?;
        Some(Hit::new(i, next, season_of(self.lower(i)?, year)))
    }

    /// "Q3 2025".
    fn quarter(&self, i: usize) -> Option<Hit> {
        let number = self.tok(i + 1)?;
        let glued = self.tok(i)?.end == number.start && self.word(i) == Some("Q");
        if !(glued && number.clean && !number.ordinal && (1..=4).contains(&number.value) && number.digits == 1) {
            return None;
        }
        let j = if self.is_word(i + 2, &["of"]) { i + 3 } else { i + 2 };
        let (year, next) = self.year_at(j, 1800..=2100)?;
        Some(Hit::new(i, next, year_part(year, Part::Quarter(number.value))))
    }

    /// yesterday, today, tomorrow, "last week", "this year", "next month", "three years ago".
    /// `part` comes from a modifier already read ("earlier this month"); `first` is where it began.
    fn relative(&self, i: usize, part: Part, first: usize) -> Option<Hit> {
        let w = self.lower(i)?;
        let reference = self.reference();
        let day = |offset: i64| {
            reference.and_then(|r| r.add_days(offset)).map(|d| Date {
                start: d,
                end: d,
                precision: Precision::Day,
                explicit: false,
            })
        };
        match w {
            "yesterday" if part == Part::Whole => Some(Hit::new(first, i + 1, day(-1))),
            "tomorrow" if part == Part::Whole => Some(Hit::new(first, i + 1, day(1))),
            "tonight" if part == Part::Whole => Some(Hit::new(first, i + 1, day(0))),
            "today" if part == Part::Whole => {
                // "today's Russia" is the present age, not a day; a capital after a word is a
                // name ("the BBC's Today programme", "USA Today").
                let possessive = self.is_punct(i + 1, &["'", "\u{2019}"]) && self.is_word(i + 2, &["s"]);
                let name = self.word(i).is_some_and(|t| t.starts_with('T')) && self.prev_word(i).is_some();
                (!possessive && !name).then(|| Hit::new(first, i + 1, day(0)))
            }
            "last" if part == Part::Whole && self.is_word(i + 1, &["night"]) => Some(Hit::new(first, i + 2, day(-1))),
            "last" | "this" | "next" if matches!(part, Part::Whole | Part::Earlier | Part::Later) && season_months(self.lower(i + 1)).is_some() => {
                // "later this summer": from the reference date, when it falls in that season.
                let date = self.reference().and_then(|r| {
                    let mut date = relative_season(r, self.lower(i + 1)?, w)?;
                    if date.start <= r && r <= date.end {
                        match part {
                            Part::Later => date.start = r,
                            Part::Earlier => date.end = r,
                            _ => {}
                        }
                    }
                    Some(date)
                });
                Some(Hit::new(first, i + 2, date))
            }
            "last" | "this" | "next" => self.relative_unit(i + 1, Some(w), part, first, i + 2),
            // "over the weekend": the latest weekend begun by the reference date.
            // Not "over the weekend of 8 and 9 March": the days that follow say which.
            "over" if self.is_word(i + 1, &["the"]) && self.is_word(i + 2, &["weekend"]) && !self.is_word(i + 3, &["of"]) => {
                let date = self.reference().and_then(|r| period(r, "weekend", if r.weekday() >= 5 { 0 } else { -1 }, part));
                Some(Hit::new(i + 1, i + 3, date))
            }
            // "will be handed in at the weekend": the coming weekend, or the latest one in the
            // past tense; not "on weekdays, and none at the weekend" (a habit).
            "at" if part == Part::Whole && self.is_word(i + 1, &["the"]) && self.is_word(i + 2, &["weekend"]) && !self.is_word(i + 3, &["of"]) => {
                let habit = (i.saturating_sub(12)..i).any(|k| self.is_word(k, &["weekdays", "weekday", "weekends", "usually", "normally"]));
                if habit {
                    return None;
                }
                let ahead = self.tense(i) == Tense::Future;
                let date = self.reference().and_then(|r| {
                    let step = if ahead || r.weekday() >= 5 { 0 } else { -1 };
                    period(r, "weekend", step, part)
                });
                Some(Hit::new(i + 1, i + 3, date))
            }
            _ if part == Part::Whole => self.ago(i),
            _ => None,
        }
    }

    /// The unit of "last week" / "this month" / "next year" at token `i`.
    fn relative_unit(&self, i: usize, which: Option<&str>, part: Part, first: usize, next: usize) -> Option<Hit> {
        let unit = self.lower(i)?;
        if !matches!(unit, "week" | "month" | "year" | "weekend") {
            return None;
        }
        let step = match which {
            Some("last") => -1,
            Some("next") => 1,
            _ => 0,
        };
        let date = self.reference().and_then(|r| period(r, unit, step, part));
        // "unchanged from last year", "higher than last month": a yardstick, not a time.
        let yardstick = part == Part::Whole && self.is_comparison_before(first);
        Some(Hit::new(first, next, date.filter(|_| !yardstick)))
    }

    /// The words before token `first` compare a figure with a period's ("than", "up from",
    /// "compared with", "down on").
    fn is_comparison_before(&self, first: usize) -> bool {
        let prev = first.wrapping_sub(1);
        self.is_word(prev, &["than"])
            || (self.is_word(prev, &["from", "with", "on", "over", "to"]) && self.is_word(prev.wrapping_sub(1), &COMPARED))
    }

    /// "compared with $188 million a year ago", "than 1,900 visitors a year ago": a figure
    /// after "compared" or "than" a few words before token `i`, in the same clause.
    fn compares_a_figure(&self, i: usize) -> bool {
        let mut figure = false;
        for k in (i.saturating_sub(8)..i).rev() {
            let Some(t) = self.tok(k) else { return false };
            if ends_clause(t) {
                return false;
            }
            figure |= t.kind == Kind::Number;
            if self.is_word(k, &["compared", "than", "versus"]) {
                return figure;
            }
        }
        false
    }

    /// "three days ago", "a year ago".
    fn ago(&self, i: usize) -> Option<Hit> {
        if !self.is_word(i + 2, &["ago"]) {
            return None;
        }
        let t = self.tok(i)?;
        let count = if t.kind == Kind::Number && t.clean && !t.ordinal && t.digits <= 2 {
            t.value as i64
        } else {
            let w = self.lower(i)?;
            let n = NUMBER_WORDS.iter().position(|n| *n == w)?;
            if n == 0 || n == 11 { 1 } else { n as i64 }
        };
        let unit = self.lower(i + 1)?.trim_end_matches('s');
        let date = self.reference().and_then(|r| match unit {
            "day" => {
                let d = r.add_days(-count)?;
                Some(Date { start: d, end: d, precision: Precision::Day, explicit: false })
            }
            "month" => {
                let index = i64::from(r.year) * 12 + i64::from(r.month) - 1 - count;
                let (year, month) = ((index.div_euclid(12)) as i32, (index.rem_euclid(12) + 1) as u32);
                month_part(year, month, Part::Whole, r)
            }
            "year" => year_part(r.year - count as i32, Part::Whole),
            "week" => period(r, "week", -count, Part::Whole),
            _ => None,
        });
        // "down 4% from a year ago", "higher than a month ago", "compared with a profit of £1.1
        // million a year ago": a yardstick, not a time.
        let yardstick = unit != "day" && (self.is_comparison_before(i) || self.is_word(i.wrapping_sub(1), &["from"]) || self.compares_a_figure(i));
        matches!(unit, "day" | "week" | "month" | "year").then(|| Hit::new(i, i + 3, date.filter(|_| !yardstick)))
    }
}

// ---------------------------------------------------------------- resolution

/// How far past a reference date that is merely mentioned the article may have been written:
/// a year-less date in a past or neutral clause may fall this many days after it.
pub const WRITING_DELAY_DAYS: i64 = 45;

/// How many paragraph breaks may come between a day and a phrase told from it ("Two days later").
const STORY_PARAGRAPHS: usize = 2;

/// How long after a full date of another year its paragraph's year-less days may fall.
const STORY_DAYS: i64 = 183;

/// How far back "that year" looks for the year it means, in tokens (within the paragraph).
const YEAR_LOOKBACK_TOKENS: usize = 40;

/// How far ahead of the reference a year-less date in a clause of unknown tense may fall.
pub const UNKNOWN_TENSE_AHEAD_DAYS: i64 = 90;

/// First and last month of a season (meteorological, northern hemisphere).
fn season_months(lower: Option<&str>) -> Option<(u32, u32)> {
    match lower? {
        "spring" => Some((3, 5)),
        "summer" => Some((6, 8)),
        "autumn" | "fall" => Some((9, 11)),
        "winter" => Some((12, 2)),
        _ => None,
    }
}

/// The season starting in `year` (winter runs into the next year).
fn season_of(lower: &str, year: i32) -> Option<Date> {
    let (first, last) = season_months(Some(lower))?;
    let end_year = if last < first { year + 1 } else { year };
    let (start, end) = (Ymd::new(year, first, 1)?, Ymd::last_of_month(end_year, last)?);
    Some(Date { start, end, precision: Precision::Vague, explicit: true })
}

/// "last summer" (the latest one over by the reference), "this summer", "next summer".
fn relative_season(reference: Ymd, word: &str, which: &str) -> Option<Date> {
    // A winter that began last year and runs on is this winter ("this winter" in January).
    let this_year = if season_of(word, reference.year - 1)?.end >= reference { reference.year - 1 } else { reference.year };
    let this = season_of(word, this_year)?;
    let year = match which {
        "last" if this.end < reference => this_year,
        "last" => this_year - 1,
        "next" if this.start > reference => this_year,
        "next" => this_year + 1,
        _ => this_year,
    };
    let mut date = season_of(word, year)?;
    date.explicit = false;
    Some(date)
}

/// A holiday's rule for finding its day in a year.
#[derive(Clone, Copy)]
enum Holiday {
    /// Month and day.
    Fixed(u32, u32),
    /// Month, which one (negative from the end) and weekday (0 = Monday).
    NthWeekday(u32, i64, usize),
    /// Days from Easter Sunday.
    Easter(i64),
}

impl Holiday {
    fn day(self, year: i32) -> Option<Ymd> {
        match self {
            Holiday::Fixed(month, day) => Ymd::new(year, month, day),
            Holiday::NthWeekday(month, nth, weekday) => nth_weekday_of(year, month, nth, weekday),
            Holiday::Easter(offset) => easter_sunday(year)?.add_days(offset),
        }
    }
}

/// Easter Sunday of a Gregorian year (the anonymous Gregorian computus).
fn easter_sunday(year: i32) -> Option<Ymd> {
    let y = i64::from(year);
    let (a, b, c) = (y % 19, y / 100, y % 100);
    let (d, e) = (b / 4, b % 4);
    let g = (8 * b + 13) / 25;
    let h = (19 * a + b - d - g + 15) % 30;
    let (i, k) = (c / 4, c % 4);
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 19 * l) / 433;
    let month = (h + l - 7 * m + 90) / 25;
    let day = (h + l - 7 * m + 33 * month + 19) % 32;
    Ymd::new(year, month as u32, day as u32)
}

/// The `nth` `weekday` (0 = Monday) of a month, counted from its end when `nth` is negative.
fn nth_weekday_of(year: i32, month: u32, nth: i64, weekday: usize) -> Option<Ymd> {
    if nth > 0 {
        let first = Ymd::new(year, month, 1)?;
        let to_weekday = (weekday as i64 - first.weekday() as i64).rem_euclid(7);
        let day = first.add_days(to_weekday + 7 * (nth - 1))?;
        (day.month == month).then_some(day)
    } else {
        let last = Ymd::last_of_month(year, month)?;
        let back = (last.weekday() as i64 - weekday as i64).rem_euclid(7);
        last.add_days(-back - 7 * (-nth - 1))
    }
}

/// A line break or a sentence's end closes a clause.
fn ends_clause(t: &Tok) -> bool {
    t.kind == Kind::Break || (t.kind == Kind::Punct && matches!(t.text, "." | ";" | "!" | "?"))
}

/// A part of a month; `reference` bounds "earlier"/"later".
fn month_part(year: i32, month: u32, part: Part, reference: Ymd) -> Option<Date> {
    let last = days_in_month(year, month);
    let (from, to, precision) = match part {
        Part::Whole => (1, last, Precision::Month),
        Part::Early => (1, 10, Precision::Vague),
        Part::Mid => (11, 20, Precision::Vague),
        Part::Late => (21, last, Precision::Vague),
        Part::Earlier => (1, reference.day.min(last), Precision::Vague),
        Part::Later => (reference.day.min(last), last, Precision::Vague),
        Part::Week(0) => (last.saturating_sub(6), last, Precision::Vague),
        Part::Week(n) => ((n - 1) * 7 + 1, (n * 7).min(last), Precision::Vague),
        Part::Half(_) | Part::Quarter(_) => return None,
    };
    Some(Date { start: Ymd::new(year, month, from)?, end: Ymd::new(year, month, to)?, precision, explicit: true })
}

fn year_part(year: i32, part: Part) -> Option<Date> {
    let (from, to, precision) = match part {
        Part::Whole => (1, 12, Precision::Year),
        Part::Early => (1, 4, Precision::Vague),
        Part::Mid => (5, 8, Precision::Vague),
        Part::Late => (9, 12, Precision::Vague),
        Part::Half(n) => (n * 6 - 5, n * 6, Precision::Vague),
        Part::Quarter(n) => (n * 3 - 2, n * 3, Precision::Vague),
        Part::Earlier | Part::Later | Part::Week(_) => return None,
    };
    Some(Date { start: Ymd::new(year, from, 1)?, end: Ymd::last_of_month(year, to)?, precision, explicit: true })
}

/// The week/weekend/month/year `step` periods from the one holding `reference`.
fn period(reference: Ymd, unit: &str, step: i64, part: Part) -> Option<Date> {
    let vague = |start: Ymd, end: Ymd| Some(Date { start, end, precision: Precision::Vague, explicit: false });
    let mut date = match unit {
        "week" | "weekend" => {
            let monday = reference.add_days(-(reference.weekday() as i64) + 7 * step)?;
            let (from, to) = match (unit, part) {
                ("weekend", _) => (5, 6),
                (_, Part::Early) => (0, 2),
                (_, Part::Mid) => (2, 4),
                (_, Part::Late) => (4, 6),
                _ => (0, 6),
            };
            let (mut start, mut end) = (monday.add_days(from)?, monday.add_days(to)?);
            if step == 0 && part == Part::Earlier {
                end = reference;
            }
            if step == 0 && part == Part::Later {
                start = reference;
            }
            return vague(start, end);
        }
        "month" => {
            let index = i64::from(reference.year) * 12 + i64::from(reference.month) - 1 + step;
            let (year, month) = (index.div_euclid(12) as i32, (index.rem_euclid(12) + 1) as u32);
            let part = relative_part(part, step);
            month_part(year, month, part, reference)?
        }
        "year" => {
            let year = reference.year + step as i32;
            match relative_part(part, step) {
                Part::Earlier => vague(Ymd::new(year, 1, 1)?, reference)?,
                Part::Later => vague(reference, Ymd::new(year, 12, 31)?)?,
                p => year_part(year, p)?,
            }
        }
        _ => return None,
    };
    date.explicit = false;
    Some(date)
}

/// "earlier"/"later" only bound by the reference within the current period.
fn relative_part(part: Part, step: i64) -> Part {
    match (part, step) {
        (Part::Earlier, s) if s != 0 => Part::Early,
        (Part::Later, s) if s != 0 => Part::Late,
        (p, _) => p,
    }
}

// ---------------------------------------------------------------- the article's reference date

/// The date an article's relative expressions are anchored to:
/// 1. a dateline or published line near the top or bottom ("Published January 30, 2026",
///    "KYIV, Jan 30 (Reuters) -", a line holding only a date);
/// 2. otherwise the latest fully written date (day, month and year) of the article outside reader
///    comments, preferring dates not in a future clause ("is scheduled for March 3, 2026");
/// 3. otherwise none.
pub fn infer_anchor(text: &str, blocks: &[Block]) -> Anchor {
    infer_anchor_in_file(text, blocks, None)
}

/// [`infer_anchor`] for a file whose name may carry a date (`outlet_2016-10-22_slug.txt`): a
/// dateline or "Date:" line of the text still wins (the text knows best when it was written),
/// but the file's date comes before the latest written date, which is only a guess, and gives
/// its year to a year-less dateline ("New Delhi, Oct 22 (IANS)").
pub fn infer_anchor_in_file(text: &str, blocks: &[Block], file_date: Option<Ymd>) -> Anchor {
    DateScan::new(text).anchor(blocks, file_date)
}

impl DateScan<'_> {
    /// [`infer_anchor_in_file`] on the tokens read once.
    pub fn anchor(&self, blocks: &[Block], file_date: Option<Ymd>) -> Anchor {
        let text = self.text;
        let (latest, latest_month) = latest_written_dates(self, &article_lines(text, blocks, true));
        let lines = article_lines(text, blocks, false);
        let top = lines.iter().take(6).map(|l| (l, true));
        let bottom = lines.iter().rev().take(3).filter(|_| lines.len() > 6).map(|l| (l, false));
        let candidates = top.chain(bottom);
        for (line, at_top) in candidates {
            if let Some(anchor) = dateline(self, line.clone(), at_top, file_date.or(latest), latest_month) {
                return anchor;
            }
        }
        Anchor { reference: file_date.or(latest), ..Anchor::default() }
    }
}

/// The date a file's name carries, as `YYYY-MM-DD` between non-digits ("ap_2016-10-22_x.txt").
pub fn date_in_file_name(file: &str) -> Option<Ymd> {
    let name = file.rsplit(['/', '\\']).next().unwrap_or(file).as_bytes();
    (0..name.len().saturating_sub(9)).find_map(|i| {
        let w = &name[i..i + 10];
        let digits = |r: std::ops::Range<usize>| w[r].iter().all(u8::is_ascii_digit);
        let alone = (i == 0 || !name[i - 1].is_ascii_digit()) && name.get(i + 10).is_none_or(|b| !b.is_ascii_digit());
        if !(alone && digits(0..4) && w[4] == b'-' && digits(5..7) && w[7] == b'-' && digits(8..10)) {
            return None;
        }
        let num = |r: std::ops::Range<usize>| w[r].iter().fold(0u32, |n, d| n * 10 + u32::from(d - b'0'));
        Ymd::new(num(0..4) as i32, num(5..7), num(8..10))
    })
}

/// Line ranges of the article outside reader comments (all lines when there are no blocks), with
/// or without the title.
fn article_lines(text: &str, blocks: &[Block], with_title: bool) -> Vec<Range<usize>> {
    if blocks.is_empty() {
        let mut out = Vec::new();
        let mut start = 0;
        for line in text.split('\n') {
            if !line.trim().is_empty() {
                out.push(start..start + line.len());
            }
            start += line.len() + 1;
        }
        return out;
    }
    blocks
        .iter()
        .filter(|b| with_title || b.kind != BlockKind::Title)
        .filter(|b| !matches!(b.kind, BlockKind::CommentAuthor | BlockKind::CommentText | BlockKind::CommentsHeader))
        .map(|b| b.span.start..b.span.end)
        .filter(|r| text.get(r.clone()).is_some())
        .collect()
}

/// The latest fully written day, or `None` when a written month of a past or neutral clause
/// begins after it (the article was then written later than any day it names: "On March 3, 2014
/// … since January 2025 …"); and the first day of that latest written month.
fn latest_written_dates(scan: &DateScan, lines: &[Range<usize>]) -> (Option<Ymd>, Option<Ymd>) {
    let mut best: Option<(bool, Ymd)> = None;
    let mut latest_month_start: Option<Ymd> = None;
    let none = Anchor::none();
    for line in lines {
        // Without an anchor only a written year makes a date explicit: skip lines with none.
        if !scan.text.get(line.clone()).is_some_and(has_four_digits) {
            continue;
        }
        for d in scan.dates_in(line.clone(), &none).filter(|d| d.explicit) {
            if d.precision == Precision::Day {
                let key = (!d.future, d.end);
                if best.is_none_or(|b| key > b) {
                    best = Some(key);
                }
            } else if d.precision == Precision::Month && !d.future && latest_month_start.is_none_or(|m| d.start > m) {
                latest_month_start = Some(d.start);
            }
        }
    }
    let day = best.map(|(_, day)| day).filter(|day| latest_month_start.is_none_or(|m| m <= *day));
    (day, latest_month_start)
}

/// Whether `text` has four ASCII digits in a row (a written year could be there).
fn has_four_digits(text: &str) -> bool {
    text.as_bytes().windows(4).any(|w| w.iter().all(u8::is_ascii_digit))
}

/// A dateline or published line: returns the anchor it gives.
/// Timestamps and datelines only count at the top of the article; labelled lines ("Updated …")
/// anywhere near either end.
/// A year-less dateline ("OSLO, March 5 (Reuters)") takes the year of the latest written day, or
/// else the first year that puts it on or after the latest month the article names as past
/// ("took over in January 2026").
fn dateline(scan: &DateScan, line: Range<usize>, at_top: bool, latest: Option<Ymd>, latest_month: Option<Ymd>) -> Option<Anchor> {
    // A dateline names a day, so it has a digit; most lines have none and are skipped cheaply.
    let line_text = scan.text.get(line.clone()).filter(|l| l.bytes().any(|b| b.is_ascii_digit()))?;
    let lower = line_text.to_ascii_lowercase();
    let words = line_text.split_whitespace().count();
    let labels = ["published", "updated", "posted", "modified", "date:"];
    // "KYIV, Ukraine, Jan 30 (Reuters) —": capitals first, a dash soon after the date.
    let caps_start = line_text.split_whitespace().next().is_some_and(|w| {
        let letters: Vec<char> = w.chars().filter(|c| c.is_alphabetic()).collect();
        letters.len() >= 2 && letters.iter().all(|c| c.is_uppercase())
    });
    let within = latest.or(latest_month).map_or_else(Anchor::none, Anchor::at);
    let mut found = scan.dates_in(line.clone(), &within).next()?;
    // Offsets into the line, as a search of the line alone gives them.
    found.span = found.span.start - line.start..found.span.end - line.start;
    if found.precision != Precision::Day || found.start != found.end {
        return None;
    }
    if let (None, Some(floor), false) = (latest, latest_month, found.explicit) {
        found.start = first_on_or_after(floor, found.start.month, found.start.day)?;
    }
    // "By Jane Doe | Published March 8, 2025": a label shortly before the date, in a short line.
    let head = lower.get(..found.span.start).unwrap_or_default();
    let before = substr::from(head, head.char_indices().rev().nth(24).map_or(0, |(i, _)| i));
    // A byline does not end like a sentence, but an editor's note may ("This story was updated …").
    let note = ["this story", "this article", "editor"].iter().any(|k| lower.starts_with(k));
    let sentence_like = line_text.trim_end().ends_with('.') && !note;
    let labelled = words <= 20 && !sentence_like && labels.iter().any(|k| substr::contains(before, k));
    // A line that is a timestamp: "29 January 2026", "Thu 29 Jan 2026 10.42 GMT",
    // "January 29, 2026 at 10:42 am EST".
    let leading = found.span.start <= line_text.len() - line_text.trim_start().len();
    let date_only = (words <= 8 && found.span.end - found.span.start + 12 >= line_text.trim().len())
        || (words <= 10 && leading && !sentence_like);
    let after = line_text.get(found.span.end..)?;
    let dash_soon = after.char_indices().take(30).any(|(_, c)| matches!(c, '-' | '\u{2013}' | '\u{2014}'));
    // "New Delhi, Oct 22 (IANS)": an agency's name in capitals right after the date.
    let agency = after.trim_start().strip_prefix('(').and_then(|a| a.split_once(')')).is_some_and(|(name, _)| {
        (2..=12).contains(&name.len()) && name.chars().all(|c| c.is_ascii_uppercase() || c == '-')
    });
    let is_dateline = found.span.start < 60 && ((caps_start && dash_soon) || agency);
    if !(labelled || (at_top && (date_only || is_dateline))) {
        return None;
    }
    let source = if is_dateline && !labelled && !date_only {
        line.start + found.span.start..line.start + found.span.end
    } else {
        line
    };
    Some(Anchor { reference: Some(found.start), from_dateline: true, source: Some(source) })
}

/// The first `month`/`day` on or after `floor` (February 29 may wait for a leap year).
fn first_on_or_after(floor: Ymd, month: u32, day: u32) -> Option<Ymd> {
    (floor.year..=floor.year + 4).filter_map(|y| Ymd::new(y, month, day)).find(|d| *d >= floor)
}

#[cfg(test)]
mod tests {
    #[test]
    fn its_word_lists_can_be_looked_up() {
        for list in [&super::NOT_AFTER_YEAR, &super::FUTURE_CUES, &super::PAST_WORDS, &super::AFTER_YEAR, &super::HISTORIC_NOUNS, &super::WEEKDAY_KIND_NOUNS] {
            super::words::tests::assert_listable(list);
        }
    }

    use super::*;

    fn ymd(y: i32, m: u32, d: u32) -> Ymd {
        Ymd::new(y, m, d).unwrap()
    }

    /// (start, end, precision, text) of every date found.
    fn found(text: &str, anchor: &Anchor) -> Vec<(String, String, Precision, String)> {
        find_dates(text, anchor)
            .into_iter()
            .map(|d| (d.start.iso(), d.end.iso(), d.precision, text[d.span.clone()].to_string()))
            .collect()
    }

    fn one(text: &str, anchor: &Anchor) -> (String, String, Precision) {
        let all = found(text, anchor);
        assert_eq!(all.len(), 1, "{text}: {all:?}");
        let (s, e, p, _) = all.into_iter().next().unwrap();
        (s, e, p)
    }

    /// (start, end) of every date found, for the tests of the extract11 session.
    fn spans(text: &str, anchor: &Anchor) -> Vec<(String, String)> {
        told(text, anchor).into_iter().map(|f| (f.0, f.1)).collect()
    }

    /// [`found`] read as a story ([`find_dates_told`]).
    fn told(text: &str, anchor: &Anchor) -> Vec<(String, String, Precision, String)> {
        find_dates_told(text, anchor)
            .into_iter()
            .map(|d| (d.start.iso(), d.end.iso(), d.precision, text[d.span.clone()].to_string()))
            .collect()
    }

    fn between(start: &str, end: &str) -> (String, String) {
        (start.to_string(), end.to_string())
    }

    #[test]
    fn a_deadline_without_a_tense_and_a_preference_look_ahead() {
        // Monday 16 November 2026.
        let anchor = Anchor::at(ymd(2026, 11, 16));
        assert_eq!(spans("That work is done by March.", &anchor), [between("2027-03-01", "2027-03-31")]);
        assert_eq!(spans("The work is finished by April.", &anchor), [between("2027-04-01", "2027-04-30")]);
        assert_eq!(spans("\"The work is finished by April,\" she said.", &anchor), [between("2027-04-01", "2027-04-30")]);
        assert_eq!(spans("\"They'd rather be short-staffed than stuck with staff in January.\"", &anchor), [between("2027-01-01", "2027-01-31")]);
        // A past verb still decides.
        assert_eq!(spans("The work was done by March.", &anchor), [between("2026-03-01", "2026-03-31")]);
        assert_eq!(spans("\"I'd seen it in March.\"", &anchor), [between("2026-03-01", "2026-03-31")]);
    }

    #[test]
    fn last_this_next_or_that_year_after_a_day_or_month_is_its_year() {
        // Friday 20 November 2026.
        let anchor = Anchor::at(ymd(2026, 11, 20));
        assert_eq!(spans("He was granted bail in September last year.", &anchor), [between("2025-09-01", "2025-09-30")]);
        assert_eq!(spans("The dinner is on Saturday 14 November this year.", &anchor), [between("2026-11-14", "2026-11-14")]);
        assert_eq!(spans("A sailing will leave between 8 and 10 January next year.", &anchor), [between("2027-01-08", "2027-01-10")]);
        assert_eq!(
            spans("He was arrested in May 2025 and charged on 11 September that year.", &anchor),
            [between("2025-05-01", "2025-05-31"), between("2025-09-11", "2025-09-11")]
        );
        assert_eq!(
            spans("He was charged in March last year and served on 2 June that year.", &anchor),
            [between("2025-03-01", "2025-03-31"), between("2025-06-02", "2025-06-02")]
        );
        // Without a year before it, "that year" says nothing: the day is guessed as usual.
        assert_eq!(spans("He was charged on 11 September that year.", &anchor), [between("2026-09-11", "2026-09-11")]);
    }

    #[test]
    fn a_season_of_last_or_next_year() {
        let anchor = Anchor::at(ymd(2026, 6, 10));
        assert_eq!(spans("The office opened in the spring of last year.", &anchor), [between("2025-03-01", "2025-05-31")]);
        assert_eq!(spans("Work will start in the autumn of next year.", &anchor), [between("2027-09-01", "2027-11-30")]);
        assert_eq!(spans("It closed in the summer of 2014.", &anchor), [between("2014-06-01", "2014-08-31")]);
    }

    #[test]
    fn between_two_days_of_a_month_is_one_span() {
        let anchor = Anchor::at(ymd(2026, 6, 22));
        assert_eq!(spans("Between 12 and 15 June, five riders raced in Manchester.", &anchor), [between("2026-06-12", "2026-06-15")]);
        assert_eq!(spans("The family marked it between 27 and 29 May.", &anchor), [between("2026-05-27", "2026-05-29")]);
        // Without "between", "1 and 15 March" are two days, not a span.
        assert_eq!(found("Votes were held on 1 and 15 March.", &anchor).len(), 1);
    }

    #[test]
    fn what_was_put_off_or_fixed_is_still_to_come() {
        let anchor = Anchor::at(ymd(2026, 11, 20));
        assert_eq!(spans("The trial has been adjourned until 3 March.", &anchor), [between("2027-03-03", "2027-03-03")]);
        assert_eq!(spans("The case was postponed until 9 February.", &anchor), [between("2027-02-09", "2027-02-09")]);
        assert_eq!(spans("A separate case was listed for 11 January.", &anchor), [between("2027-01-11", "2027-01-11")]);
        assert_eq!(spans("The deadline was pushed back to 1 March.", &anchor), [between("2027-03-01", "2027-03-01")]);
        assert_eq!(
            spans("He fixed a new trial date of 3 March and ordered a further hearing on 15 January.", &anchor),
            [between("2027-03-03", "2027-03-03"), between("2027-01-15", "2027-01-15")]
        );
        // What happened, told in the past, stays in the past.
        assert_eq!(spans("The hearing on 3 March heard evidence from police.", &anchor), [between("2026-03-03", "2026-03-03")]);
        assert_eq!(spans("The match was delayed on 3 March by rain.", &anchor), [between("2026-03-03", "2026-03-03")]);
    }

    #[test]
    fn a_plural_noun_before_a_comma_is_no_verb_of_schedule() {
        let anchor = Anchor::at(ymd(2026, 11, 20));
        assert_eq!(
            spans("The prosecution had served new material, including fire brigade reports, on the defence on 30 October.", &anchor),
            [between("2026-10-30", "2026-10-30")]
        );
        assert_eq!(spans("The review body reports on 30 November.", &anchor), [between("2026-11-30", "2026-11-30")]);
    }

    #[test]
    fn would_have_been_is_no_future() {
        let anchor = Anchor::at(ymd(2026, 12, 4));
        assert_eq!(spans("They marked what would have been his birthday on 27 November.", &anchor), [between("2026-11-27", "2026-11-27")]);
        assert_eq!(spans("Most customers should have power back by 7 December.", &anchor), [between("2026-12-07", "2026-12-07")]);
    }

    #[test]
    fn the_whole_of_a_month_and_for_a_month_to_come() {
        let anchor = Anchor::at(ymd(2026, 12, 4));
        assert_eq!(spans("The trial would now last for the whole of March.", &anchor), [between("2027-03-01", "2027-03-31")]);
        assert_eq!(spans("The case would be fully ready for March.", &anchor), [between("2027-03-01", "2027-03-31")]);
        assert!(found("Voters opted for May in the end.", &anchor).is_empty());
    }

    #[test]
    fn the_night_of_a_day_of_the_month_before_on() {
        let anchor = Anchor::at(ymd(2026, 8, 19));
        assert_eq!(spans("Those who spent the night of the 14th on a trolley waited.", &anchor), [between("2026-08-14", "2026-08-14")]);
    }

    #[test]
    fn a_year_ago_after_a_compared_figure_is_a_yardstick() {
        let anchor = Anchor::at(ymd(2026, 11, 5));
        assert!(found("Net income was $412 million, compared with $188 million a year ago.", &anchor).is_empty());
        assert!(found("It expects 3,000 visitors, compared with 1,900 a year ago.", &anchor).is_empty());
        assert_eq!(spans("The shop closed a year ago.", &anchor), [between("2025-01-01", "2025-12-31")]);
    }

    #[test]
    fn a_paragraph_telling_of_another_year_gives_its_days_that_year() {
        let anchor = Anchor::at(ymd(2026, 10, 30));
        let text = "The rain began on 28 October 2001. By the night of 31 October the river had risen. It broke on 1 November.\n\
                    A service will be held on 1 November.";
        assert_eq!(
            spans(text, &anchor),
            [between("2001-10-28", "2001-10-28"), between("2001-10-31", "2001-10-31"), between("2001-11-01", "2001-11-01"), between("2026-11-01", "2026-11-01")]
        );
        // A day before the full date, or long after it, is not given its year.
        let text = "The shop opened on 3 March 2019. It was closed on 1 February.";
        assert_eq!(spans(text, &anchor), [between("2019-03-03", "2019-03-03"), between("2026-02-01", "2026-02-01")]);
    }

    #[test]
    fn a_day_told_backwards_or_the_same_from_the_last_one() {
        let anchor = Anchor::at(ymd(2026, 9, 18));
        let text = "He left his car on 1 September. The previous evening, he called his sister. She raised the alarm on 2 September. \
                    Two days earlier, she said, he had bought a map. They searched on 3 September. The same day, a helicopter flew. \
                    The day after, 40 volunteers joined.";
        assert_eq!(
            told(text, &anchor).into_iter().map(|f| (f.0, f.3)).collect::<Vec<_>>(),
            [
                ("2026-09-01".to_string(), "1 September".to_string()),
                ("2026-08-31".to_string(), "The previous evening".to_string()),
                ("2026-09-02".to_string(), "2 September".to_string()),
                ("2026-08-31".to_string(), "Two days earlier".to_string()),
                ("2026-09-03".to_string(), "3 September".to_string()),
                ("2026-09-03".to_string(), "The same day".to_string()),
                ("2026-09-04".to_string(), "The day after".to_string()),
            ]
        );
        // "the day after the crash" is told from the crash; "the same day as" from something else.
        assert_eq!(told("He crashed on 2 May. He died the day after the crash, on the same day as his father.", &anchor).len(), 1);
        // A written date right after the phrase is the day meant ("a week later, on 13 September").
        assert_eq!(spans("He was found on 3 September. He left a week later, on 13 September.", &anchor), [between("2026-09-03", "2026-09-03"), between("2026-09-13", "2026-09-13")]);
    }

    #[test]
    fn a_day_told_from_the_last_one() {
        let anchor = Anchor::at(ymd(2026, 6, 22));
        let text = "On 1 May, Tranter won the stage. That evening, the team met. The following morning, he crashed.\n\
                    \"I remember the ambulance,\" he said.\n\
                    The next day, Reyes won. He had surgery on 4 May. Two days later he was home, and a week later he rode again.";
        assert_eq!(
            told(text, &anchor).into_iter().map(|f| (f.0, f.3)).collect::<Vec<_>>(),
            [
                ("2026-05-01".to_string(), "1 May".to_string()),
                ("2026-05-01".to_string(), "That evening".to_string()),
                ("2026-05-02".to_string(), "The following morning".to_string()),
                ("2026-05-03".to_string(), "The next day".to_string()),
                ("2026-05-04".to_string(), "4 May".to_string()),
                ("2026-05-06".to_string(), "Two days later".to_string()),
                ("2026-05-13".to_string(), "a week later".to_string()),
            ]
        );
        // Nothing to tell from: no day before it, or only a month.
        assert!(told("That night, the light failed. The next day it was fixed.", &anchor).is_empty());
        assert_eq!(told("In March the club met. That evening it voted.", &anchor).len(), 1);
        // "that day's": a possessive, no day.
        assert_eq!(told("On 1 May it rained. That day's stage was cancelled.", &anchor).len(), 1);
    }

    #[test]
    fn from_or_for_a_weekday_is_to_come_unless_the_past_is_clear() {
        // Friday 19 June 2026.
        let anchor = Anchor::at(ymd(2026, 6, 19));
        let d = |text: &str| found(text, &anchor).into_iter().map(|f| f.0).collect::<Vec<_>>();
        assert_eq!(d("The union has directed its members to withdraw their services from Monday."), ["2026-06-22"]);
        assert_eq!(d("Patients with appointments from Monday have been advised to call."), ["2026-06-22"]);
        assert_eq!(d("Members have been directed to mobilise for Tuesday."), ["2026-06-23"]);
        assert_eq!(d("The strike, which ran from Monday, ended."), ["2026-06-15"]);
        assert_eq!(d("Flights were cancelled from Monday."), ["2026-06-15"]);
        assert_eq!(d("She was paid on Monday."), ["2026-06-15"]);
    }

    #[test]
    fn a_past_that_waits_for_a_future_of_its_clause() {
        // Wednesday 25 November 2026.
        let anchor = Anchor::at(ymd(2026, 11, 25));
        let d = |text: &str| found(text, &anchor).into_iter().map(|f| (f.0, f.1)).collect::<Vec<_>>();
        let one_day = |s: &str| vec![(s.to_string(), s.to_string())];
        // A participle without its auxiliary, a past before a deadline's "by", a perfect before "until".
        assert_eq!(d("Those councils would have their supply \"cut in stages\" from 1 May."), one_day("2027-05-01"));
        assert_eq!(d("The government said it would ask the forces to review how calls were graded by the end of January."), vec![("2027-01-21".into(), "2027-01-31".into())]);
        assert_eq!(d("The agency has extended its amber warning for the north-east until 6am on Friday."), one_day("2026-11-27"));
        assert_eq!(d("Fares will double from 1 May, the board confirmed on Wednesday."), vec![("2027-05-01".into(), "2027-05-01".into()), ("2026-11-25".into(), "2026-11-25".into())]);
        assert_eq!(d("The union, which had earlier said it would stay out, reversed its position on Friday."), one_day("2026-11-20"));
        assert_eq!(d("The road was closed until Monday."), one_day("2026-11-23"));
        // Present tenses of what is to come.
        assert_eq!(d("The grant runs out in March."), vec![("2027-03-01".into(), "2027-03-31".into())]);
        assert_eq!(d("Temperatures are likely to stay high on Saturday."), one_day("2026-11-28"));
        assert_eq!(d("He said homes could see low pressure until Sunday."), one_day("2026-11-29"));
        assert_eq!(d("He said he could not sleep on Sunday."), one_day("2026-11-22"));
        // The year said after the month; a day after another day of the story.
        assert_eq!(d("It has lost money since July last year."), vec![("2025-07-01".into(), "2025-07-31".into())]);
        assert!(d("His wife brought a pie the next Sunday, and a cake the following Monday.").is_empty());
        assert_eq!(d("Dozens spent the night of the 14th on a trolley."), one_day("2026-11-14"));
        assert!(d("She was the 14th on the list.").is_empty());
        assert_eq!(d("He will close the shop for the whole of August."), vec![("2027-08-01".into(), "2027-08-31".into())]);
    }

    #[test]
    fn a_clock_time_does_not_end_the_clause_of_its_day() {
        let anchor = Anchor::at(ymd(2026, 9, 15));
        assert_eq!(one("A funeral will be held at 2 p.m. on Saturday at the church.", &anchor), day("2026-09-19"));
        assert_eq!(one("The funeral was held at 2 p.m. on Saturday.", &anchor), day("2026-09-12"));
    }

    #[test]
    fn a_weekday_glued_to_a_noun_is_a_kind_of_day() {
        let anchor = Anchor::at(ymd(2026, 9, 15));
        assert!(found("The team held a Friday-night vigil and a Sunday-morning service.", &anchor).is_empty());
        assert_eq!(one("The vigil was held on Friday night.", &anchor), day("2026-09-11"));
        assert!(found("People are driving like it's a normal Tuesday, on a Sunday of all days.", &anchor).is_empty());
    }

    #[test]
    fn a_year_ago_as_a_yardstick_is_no_time() {
        let anchor = Anchor::at(ymd(2026, 8, 5));
        assert_eq!(found("Margin was down 30 basis points from a year ago.", &anchor), vec![]);
        assert!(found("Sales were higher than a month ago.", &anchor).is_empty());
        assert_eq!(one("The plant closed a year ago.", &anchor), ("2025-01-01".into(), "2025-12-31".into(), Precision::Year));
    }

    fn day(s: &str) -> (String, String, Precision) {
        (s.to_string(), s.to_string(), Precision::Day)
    }

    fn span(s: &str, e: &str, p: Precision) -> (String, String, Precision) {
        (s.to_string(), e.to_string(), p)
    }

    fn at(y: i32, m: u32, d: u32) -> Anchor {
        Anchor::at(ymd(y, m, d))
    }

    fn dateline_at(y: i32, m: u32, d: u32) -> Anchor {
        Anchor { from_dateline: true, ..at(y, m, d) }
    }

    #[test]
    fn a_day_of_the_month_without_its_month() {
        let a = at(2026, 11, 4);
        assert_eq!(one("The clinic will close on the 21st.", &a), day("2026-11-21"));
        assert_eq!(one("It has had no doctor since the 9th, when he retired.", &a), day("2026-10-09"));
        assert_eq!(one("It had 71 patients on trolleys on the 2nd.", &a), day("2026-11-02"));
        assert_eq!(one("Staff will move on the 1st of next month.", &a), day("2026-12-01"));
        assert_eq!(one("They paid a similar price on the 14th of last month.", &a), day("2026-10-14"));
        assert_eq!(one("It will reopen on the 2nd.", &a), day("2026-12-02"));
        // Not a day: a century, a floor, an anniversary.
        for text in ["It was built in the 14th century.", "She lives on the 3rd floor.", "They marked the 21st anniversary."] {
            assert!(found(text, &a).is_empty(), "{text}");
        }
    }

    #[test]
    fn a_past_verb_in_a_condition_or_an_intention_to_come_is_no_past() {
        let a = at(2026, 9, 26);
        assert_eq!(found("She said they would protest if the clinic did not reopen by the end of January.", &a)[0].0, "2027-01-21");
        assert_eq!(one("He said the authority would fund a room and hoped to announce more before Christmas.", &a), day("2026-12-25"));
        // A past condition of a past clause stays past.
        assert_eq!(found("She said the clinic closed in January.", &a)[0].0, "2026-01-01");
    }

    #[test]
    fn iso_days_are_zero_padded() {
        for (y, m, d) in [(1, 1, 1), (999, 12, 31), (2026, 1, 9), (9999, 10, 10), (-5, 1, 1), (12345, 1, 1), (2026, 123, 7)] {
            let day = Ymd { year: y, month: m, day: d };
            assert_eq!(day.iso(), format!("{y:04}-{m:02}-{d:02}"), "{day:?}");
        }
        assert_eq!(ymd(2026, 1, 29).iso(), "2026-01-29");
    }

    #[test]
    fn calendar_basics() {
        assert!(is_leap(2024) && is_leap(2000) && !is_leap(1900) && !is_leap(2026));
        assert_eq!(days_in_month(2024, 2), 29);
        assert_eq!(days_in_month(2025, 2), 28);
        assert_eq!(Ymd::new(2025, 2, 29), None);
        assert_eq!(ymd(2026, 1, 31).weekday(), 5, "a Saturday");
        assert_eq!(ymd(1970, 1, 1).weekday(), 3, "a Thursday");
        assert_eq!(ymd(2000, 2, 29).weekday(), 1, "a Tuesday");
        assert_eq!(ymd(2026, 1, 31).add_days(1), Some(ymd(2026, 2, 1)));
        assert_eq!(ymd(2024, 12, 31).add_days(60), Some(ymd(2025, 3, 1)));
        for n in [0, 1, 365, 700_000, 739_000, 3_652_058] {
            assert_eq!(Ymd::from_day_number(n).unwrap().day_number(), n);
        }
        assert_eq!(Ymd::from_day_number(-1), None);
    }

    #[test]
    fn full_dates_in_common_styles() {
        let none = Anchor::none();
        assert_eq!(one("The vote took place on March 4, 2025, in Berlin.", &none), day("2025-03-04"));
        assert_eq!(one("The vote took place on Mar. 4, 2025.", &none), day("2025-03-04"));
        assert_eq!(one("The vote took place on 4 March 2025.", &none), day("2025-03-04"));
        assert_eq!(one("He resigned on the 4th of March, 2025.", &none), day("2025-03-04"));
        assert_eq!(one("He resigned on Sept. 3rd 2024.", &none), day("2024-09-03"));
        assert_eq!(one("Filed 2024-09-03 in court.", &none), day("2024-09-03"));
        assert_eq!(found("The ministers met on March 4, 2025", &none)[0].3, "March 4, 2025");
    }

    #[test]
    fn impossible_days_are_not_dates() {
        assert!(found("It was due on February 30, 2025.", &Anchor::none()).is_empty());
        assert_eq!(one("It was signed on February 29, 2024.", &Anchor::none()), day("2024-02-29"));
    }

    #[test]
    fn day_ranges() {
        let none = Anchor::none();
        assert_eq!(one("Leaders met in Paris on June 9-11, 2025.", &none), span("2025-06-09", "2025-06-11", Precision::Day));
        assert_eq!(one("Leaders met on June 9\u{2013}11, 2025.", &none), span("2025-06-09", "2025-06-11", Precision::Day));
        assert_eq!(one("The summit ran 9-11 June 2025.", &none), span("2025-06-09", "2025-06-11", Precision::Day));
        assert_eq!(
            one("Voting ran from June 29 to July 2, 2025.", &none),
            span("2025-06-29", "2025-07-02", Precision::Day)
        );
        assert_eq!(
            one("Voting ran from December 30, 2024 to January 2, 2025.", &none),
            span("2024-12-30", "2025-01-02", Precision::Day)
        );
        assert_eq!(
            one("Strikes continued between March 3 and March 5, 2025.", &none),
            span("2025-03-03", "2025-03-05", Precision::Day)
        );
        assert_eq!(one("Homes were burgled on 8 and 9 March 2025.", &none), span("2025-03-08", "2025-03-09", Precision::Day));
        assert_eq!(one("Talks were held on March 8 and 9, 2025.", &none), span("2025-03-08", "2025-03-09", Precision::Day));
        assert_eq!(found("Votes on 1 and 15 March 2025.", &none).len(), 1, "two days, not a span");
        let weekend = one("Homes were burgled over the weekend of 8 and 9 March 2025.", &at(2025, 3, 12));
        assert_eq!(weekend, span("2025-03-08", "2025-03-09", Precision::Day));
    }

    #[test]
    fn year_less_dates_need_a_reference() {
        assert!(found("Talks are planned for March 3.", &Anchor::none()).is_empty());
        assert_eq!(one("Talks are planned for March 3.", &at(2025, 2, 20)), day("2025-03-03"));
        // Near a year's turn the nearer year wins.
        assert_eq!(one("The ceasefire began on December 28.", &at(2026, 1, 4)), day("2025-12-28"));
        assert_eq!(one("Elections follow on January 5.", &at(2025, 12, 20)), day("2026-01-05"));
        assert_eq!(
            one("Talks ran December 30-January 2.", &at(2025, 12, 20)),
            span("2025-12-30", "2026-01-02", Precision::Day)
        );
    }

    #[test]
    fn historic_year_less_days_are_not_anchored() {
        assert!(found("Since the October 7 attacks, the border has been closed.", &at(2026, 1, 10)).is_empty());
        assert!(found("The Jan. 6 Capitol riot was debated.", &at(2026, 1, 10)).is_empty());
        assert!(found("The Jan. 6 committee met.", &at(2026, 1, 10)).is_empty());
    }

    #[test]
    fn months_and_years() {
        let none = Anchor::none();
        assert_eq!(one("The plant closed in February 2024.", &none), span("2024-02-01", "2024-02-29", Precision::Month));
        assert_eq!(one("It closed in Feb. 2023.", &none), span("2023-02-01", "2023-02-28", Precision::Month));
        assert_eq!(one("The summer of 2019 was hot.", &none), span("2019-06-01", "2019-08-31", Precision::Vague));
        assert_eq!(one("The mine has been shut since 2019.", &none), span("2019-01-01", "2019-12-31", Precision::Year));
        assert_eq!(one("In 1999, the treaty lapsed.", &none), span("1999-01-01", "1999-12-31", Precision::Year));
        assert_eq!(
            one("Prices rose from January to March 2025.", &none),
            span("2025-01-01", "2025-03-31", Precision::Month)
        );
        assert_eq!(one("Cases rose in 2014-2016 across the region.", &none), span("2014-01-01", "2016-12-31", Precision::Year));
        assert!(found("The 2014-2016 outbreak killed many.", &none).is_empty());
        assert!(found("Output is up 3% from 2024 levels.", &none).is_empty());
        assert_eq!(one("In 2014 the war began.", &none), span("2014-01-01", "2014-12-31", Precision::Year));
        let listed = found("Floods struck in 2019, 2020 and 2022, and 2,000 fled.", &none);
        assert_eq!(listed.iter().map(|d| d.3.as_str()).collect::<Vec<_>>(), vec!["2019", "2020", "2022"]);
        let listed = found("Strikes hit in January and February.", &at(2026, 3, 10));
        assert_eq!(listed.iter().map(|d| d.3.as_str()).collect::<Vec<_>>(), vec!["January", "February"]);
        assert_eq!(one("It grew between 2010 and 2015.", &none), span("2010-01-01", "2015-12-31", Precision::Year));
        assert_eq!(one("Output fell in 2008\u{2013}09.", &none), span("2008-01-01", "2009-12-31", Precision::Year));
    }

    #[test]
    fn numbers_that_are_not_years() {
        let none = Anchor::none();
        for text in [
            "About 2,000 troops arrived.",
            "Resolution 2231 was adopted.",
            "The 2014 troops were withdrawn.",
            "The strike began at 2030 GMT.",
            "In 2025 people voted for change? No: in 2025 troops left.",
            "Help is available 24/7.",
            "He is 29 years old and earns 2.5 million.",
            "Prices rose 12% in a year.",
            "See page 2014 of the report.",
        ] {
            let all = found(text, &none);
            assert!(all.iter().all(|d| d.3 != "2014" && d.3 != "2231"), "{text}: {all:?}");
        }
        assert!(found("About 2,000 troops arrived in 2,014 trucks.", &none).is_empty());
        assert!(found("The strike began at 2030 GMT.", &none).is_empty());
        assert!(found("Help is available 24/7 for a week, two years running.", &at(2025, 1, 1)).is_empty());
    }

    #[test]
    fn bare_months_need_a_cue_and_a_reference() {
        let r = at(2025, 11, 12);
        assert_eq!(one("Talks resumed in March.", &r), span("2025-03-01", "2025-03-31", Precision::Month));
        assert_eq!(one("No talks since June.", &at(2026, 1, 24)), span("2025-06-01", "2025-06-30", Precision::Month));
        assert_eq!(one("Elections in June.", &at(2026, 1, 24)), span("2025-06-01", "2025-06-30", Precision::Month));
        assert_eq!(one("Elections in March.", &at(2026, 1, 24)), span("2026-03-01", "2026-03-31", Precision::Month));
        assert_eq!(one("In May, 12 people were hurt.", &at(2026, 2, 2)), span("2025-05-01", "2025-05-31", Precision::Month));
        assert_eq!(one("In May, 12 people will vote.", &at(2026, 2, 2)), span("2026-05-01", "2026-05-31", Precision::Month));
        assert_eq!(one("Talks will resume in January.", &r), span("2026-01-01", "2026-01-31", Precision::Month));
        assert!(found("Officials may March on.", &r).is_empty());
        assert!(found("April Smith said May was kind.", &r).is_empty());
        assert!(found("Talks resumed in March.", &Anchor::none()).is_empty());
    }

    #[test]
    fn vague_parts() {
        let none = Anchor::none();
        let r = at(2026, 1, 20);
        assert_eq!(one("Talks continue in early February.", &r), span("2026-02-01", "2026-02-10", Precision::Vague));
        assert_eq!(one("Fighting paused in mid-January.", &r), span("2026-01-11", "2026-01-20", Precision::Vague));
        assert_eq!(one("It ends in late February 2024.", &none), span("2024-02-21", "2024-02-29", Precision::Vague));
        assert_eq!(one("Ships left at the end of March 2025.", &none), span("2025-03-21", "2025-03-31", Precision::Vague));
        assert_eq!(one("It opened in late 2025.", &none), span("2025-09-01", "2025-12-31", Precision::Vague));
        assert_eq!(one("It opened in mid-2025.", &none), span("2025-05-01", "2025-08-31", Precision::Vague));
        assert_eq!(one("It opened in early 2025.", &none), span("2025-01-01", "2025-04-30", Precision::Vague));
        assert_eq!(one("Growth slowed in the first half of 2024.", &none), span("2024-01-01", "2024-06-30", Precision::Vague));
        assert_eq!(one("Growth slowed in the third quarter of 2024.", &none), span("2024-07-01", "2024-09-30", Precision::Vague));
        assert!(found("The late president spoke early.", &r).is_empty());
        // A half or a quarter of a year named relatively.
        assert_eq!(one("Sales fell in the fourth quarter of last year.", &r), span("2025-10-01", "2025-12-31", Precision::Vague));
        assert_eq!(one("Sales will rise in the second half of next year.", &r), span("2027-07-01", "2027-12-31", Precision::Vague));
        assert_eq!(one("Sales rose in the first quarter of the year.", &r), span("2026-01-01", "2026-03-31", Precision::Vague));
        assert!(found("Sales rose in the first quarter of the game.", &r).is_empty());
        assert_eq!(one("The deal should close by year-end.", &r), span("2026-09-01", "2026-12-31", Precision::Vague));
        assert!(found("The year ended badly.", &r).is_empty());
        assert!(found("He hid the transfers in year-end reports.", &r).is_empty());
        // A week of a month.
        assert_eq!(one("Talks will continue in the first week of May.", &r), span("2026-05-01", "2026-05-07", Precision::Vague));
        assert_eq!(one("It will be held in the last week of October.", &r), span("2026-10-25", "2026-10-31", Precision::Vague));
        assert_eq!(one("It is due in the second week of next month.", &r), span("2026-02-08", "2026-02-14", Precision::Vague));
        assert!(found("It was the first week of training.", &r).is_empty());
        // No half of a month: the month itself.
        assert_eq!(one("Sales rose in the first half of last month.", &r), span("2025-12-01", "2025-12-31", Precision::Month));
    }

    #[test]
    fn relative_expressions() {
        let r = at(2026, 1, 28); // a Wednesday
        assert_eq!(one("The minister resigned yesterday.", &r), day("2026-01-27"));
        assert_eq!(one("Troops withdrew last week.", &r), span("2026-01-19", "2026-01-25", Precision::Vague));
        assert_eq!(one("Prices fell last month.", &r), span("2025-12-01", "2025-12-31", Precision::Month));
        assert_eq!(one("Talks began earlier this month.", &r), span("2026-01-01", "2026-01-28", Precision::Vague));
        // A season bounded by the reference date when it falls in it, not otherwise.
        assert_eq!(one("Talks will resume later this winter.", &r), span("2026-01-28", "2026-02-28", Precision::Vague));
        assert_eq!(one("Talks stalled last winter.", &r), span("2024-12-01", "2025-02-28", Precision::Vague));
        assert_eq!(one("Talks will resume later this summer.", &r), span("2026-06-01", "2026-08-31", Precision::Vague));
        assert_eq!(one("Elections are due next year.", &r), span("2027-01-01", "2027-12-31", Precision::Year));
        // "later this year" runs from the reference date, as "later this summer" does; "this
        // year" alone is the whole year.
        assert_eq!(one("The state will review the plan later this year.", &r), span("2026-01-28", "2026-12-31", Precision::Vague));
        assert_eq!(one("The state will review the plan this year.", &r), span("2026-01-01", "2026-12-31", Precision::Year));
        assert_eq!(one("The state reviewed the plan earlier this year.", &r), span("2026-01-01", "2026-01-28", Precision::Vague));
        assert_eq!(one("The plant opened three years ago.", &r), span("2023-01-01", "2023-12-31", Precision::Year));
        assert_eq!(one("Unemployment peaked late last year.", &r), span("2025-09-01", "2025-12-31", Precision::Vague));
        assert_eq!(one("The deal may close by the end of the year.", &r), span("2026-09-01", "2026-12-31", Precision::Vague));
        assert_eq!(one("Protests began two weeks ago.", &r), span("2026-01-12", "2026-01-18", Precision::Vague));
        assert_eq!(one("Shelling eased over the weekend.", &r), span("2026-01-24", "2026-01-25", Precision::Vague));
        assert_eq!(one("The dam burst last summer.", &r), span("2025-06-01", "2025-08-31", Precision::Vague));
        assert_eq!(one("Sales fell in Q3 2025.", &r), span("2025-07-01", "2025-09-30", Precision::Vague));
        assert_eq!(one("Sales fell in Q1 of 2024.", &r), span("2024-01-01", "2024-03-31", Precision::Vague));
        assert!(found("Sales rose in fiscal year 2025 and in fiscal 2024.", &r).is_empty());
        assert!(found("The minister resigned yesterday, last week or last month.", &Anchor::none()).is_empty());
        assert!(found("Today's Russia is different.", &r).is_empty());
        assert!(found("She told the BBC's Today programme, and USA Today, the same.", &r).is_empty());
        assert_eq!(one("Today the talks resume.", &r), day("2026-01-28"));
    }

    #[test]
    fn weekdays() {
        // Reference is a Wednesday.
        let mentioned = at(2026, 1, 28);
        assert_eq!(one("The envoy arrived on Monday.", &mentioned), day("2026-01-26"));
        assert_eq!(one("The envoy will arrive on Friday.", &mentioned), day("2026-01-30"));
        assert_eq!(one("The envoy arrived on Friday.", &mentioned), day("2026-01-23"));
        let dated = dateline_at(2026, 1, 28);
        assert_eq!(one("The envoy arrived on Friday.", &dated), day("2026-01-23"));
        assert_eq!(one("The envoy will arrive on Friday.", &dated), day("2026-01-30"));
        assert_eq!(one("He spoke on Wednesday.", &dated), day("2026-01-28"));
        assert_eq!(one("Talks may resume on Friday.", &dated), day("2026-01-30"));
        // The month May is no modal "may": both dates stay in the past.
        let both = found("Talks resumed in May and on Friday.", &dated);
        assert_eq!(both.iter().map(|d| d.0.as_str()).collect::<Vec<_>>(), vec!["2025-05-01", "2026-01-23"]);
        assert_eq!(one("They met last Monday.", &dated), day("2026-01-26"));
        assert_eq!(one("They meet next Wednesday.", &dated), day("2026-02-04"));
        assert!(found("He spoke on Wednesday.", &Anchor::none()).is_empty());
        // The weekday picks the year of a year-less date: February 1 was a Sunday in 2026.
        assert_eq!(one("Talks were held on February 1.", &at(2025, 12, 1)), day("2025-02-01"));
        assert_eq!(one("Talks were held on Sunday, February 1.", &at(2025, 12, 1)), day("2026-02-01"));
        assert_eq!(one("Talks were held on Saturday, February 1.", &at(2025, 12, 1)), day("2025-02-01"));
        assert_eq!(one("Talks were held on Monday, February 1.", &at(2025, 12, 1)), day("2025-02-01"), "no year fits");
        assert_eq!(one("At Friday's close, shares were flat.", &dated), day("2026-01-23"));
        for named in ["Bloody Sunday is remembered.", "It ran in the Sunday Times.", "The Good Friday Agreement held."] {
            assert!(found(named, &dated).is_empty(), "{named}");
        }
    }

    #[test]
    fn weekday_ranges_and_weekdays_of_a_named_week_are_one_date() {
        // Reference is a Wednesday.
        let dated = dateline_at(2026, 1, 28);
        assert_eq!(one("Staff met from Monday to Wednesday last week.", &dated), span("2026-01-19", "2026-01-21", Precision::Day));
        assert_eq!(one("Hearings will run Monday through Friday next week.", &dated), span("2026-02-02", "2026-02-06", Precision::Day));
        assert_eq!(one("The minister spoke on Tuesday last week.", &dated), day("2026-01-20"));
        assert_eq!(one("Crews worked Monday to Wednesday.", &dated), span("2026-01-26", "2026-01-28", Precision::Day));
        assert_eq!(one("The court sits on Thursday of next week.", &dated), day("2026-02-05"));
        // No weekday after "to", no week after the weekday: as before.
        assert_eq!(one("He spoke on Monday to reporters.", &dated), day("2026-01-26"));
        assert_eq!(found("He spoke on Monday, and last week she agreed.", &dated).len(), 2);
    }

    #[test]
    fn a_year_after_as_early_as_is_a_date() {
        let dated = dateline_at(2026, 1, 28);
        assert_eq!(one("Officials were warned as early as 2022.", &dated), span("2022-01-01", "2022-12-31", Precision::Year));
        assert_eq!(one("It happened as recently as 2019.", &dated), span("2019-01-01", "2019-12-31", Precision::Year));
        assert!(found("It costs as much as 2022 dollars.", &dated).is_empty());
    }

    #[test]
    fn weekday_contradicting_its_date_is_reported() {
        let d = find_dates("The pause ends on Sunday, March 1, 2026, officials said.", &Anchor::none());
        assert_eq!(d.len(), 1);
        assert_eq!(d[0].start, ymd(2026, 3, 1));
        assert_eq!(d[0].weekday_conflict, None, "March 1, 2026 is a Sunday");
        let text = "The pause ends on Monday, March 2, 2026 or Friday, March 2, 2026.";
        let d = find_dates(text, &Anchor::none());
        assert_eq!(d.len(), 2);
        assert_eq!(d[0].weekday_conflict, None);
        assert_eq!(&text[d[1].span.clone()], "Friday, March 2, 2026");
        assert_eq!(d[1].weekday_conflict.as_deref(), Some("March 2, 2026 is a Monday"));
    }

    #[test]
    fn impossible_days_are_reported() {
        let text = "It was signed on February 29, 2025, or on 31 April 2026, not on February 29, 2024.";
        let found: Vec<_> = find_impossible_days(text).into_iter().map(|(r, why)| (&text[r], why)).collect();
        assert_eq!(
            found,
            vec![
                ("February 29, 2025", "2025 is not a leap year".to_string()),
                ("31 April 2026", "April has 30 days".to_string())
            ]
        );
        assert!(find_impossible_days("The 31 May 2026 deadline and 7".repeat(1000).as_str()).is_empty());
    }

    #[test]
    fn a_verb_of_schedule_in_the_present_is_the_future() {
        let anchor = Anchor::at(ymd(2026, 9, 15));
        let d = find_dates("He said the increase, which takes effect on 2 January, was fair.", &anchor);
        assert_eq!((d[0].start, d[0].future), (ymd(2027, 1, 2), true));
        let d = find_dates("The consultation closes on July 14.", &Anchor::at(ymd(2026, 5, 19)));
        assert_eq!(d[0].start, ymd(2026, 7, 14));
        // What was decided is to come; what was decided in a month is past.
        let anchor = Anchor::at(ymd(2026, 2, 25));
        let d = find_dates("The board also voted to raise the fare in July.", &anchor);
        assert_eq!(d[0].start, ymd(2026, 7, 1));
        let d = find_dates("The board voted in July to raise the fare.", &anchor);
        assert_eq!(d[0].start, ymd(2025, 7, 1));
        let d = find_dates("The board voted 5 to 2 last night to close two schools in June.", &anchor);
        assert_eq!(d.last().map(|d| d.start), Some(ymd(2026, 6, 1)));
        // "agreed to the plan in June" is a past agreement, not one to come.
        let d = find_dates("The council agreed to the budget in June.", &anchor);
        assert_eq!(d[0].start, ymd(2025, 6, 1));
        // Fixtures and reports to come, in the present.
        let anchor = Anchor::at(ymd(2026, 8, 4));
        let d = find_dates("Rovers, who play at the ground on Saturday, were told.", &anchor);
        assert_eq!(d[0].start, ymd(2026, 8, 8));
        let d = find_dates("The pay review body reports on Thursday.", &anchor);
        assert_eq!(d[0].start, ymd(2026, 8, 6));
        let d = find_dates("Rovers played at the ground on Saturday.", &anchor);
        assert_eq!(d[0].start, ymd(2026, 8, 1));
        // The past tense still reads back.
        let anchor = Anchor::at(ymd(2026, 9, 15));
        let d = find_dates("He said the increase, which took effect on 2 January, was fair.", &anchor);
        assert_eq!((d[0].start, d[0].future), (ymd(2026, 1, 2), false));
    }

    #[test]
    fn a_past_subordinate_clause_closed_by_a_comma_sets_no_tense() {
        let at = Anchor::at(ymd(2026, 2, 17));
        let day = |text: &str| find_dates(text, &at).last().map(|d| d.start);
        // Tuesday, February 17: "would reopen" is still to come.
        assert_eq!(day("She said the runways would reopen once the snow stopped, probably early Wednesday."), Some(ymd(2026, 2, 18)));
        assert_eq!(day("The ferry would resume once the ice cleared, probably in early April."), Some(ymd(2026, 4, 1)));
        // Without the comma the date is the subordinate clause's own.
        assert_eq!(day("Crews left when the snow stopped on Wednesday."), Some(ymd(2026, 2, 11)));
    }

    #[test]
    fn a_year_before_another_date_is_a_year() {
        let at = Anchor::at(ymd(2026, 10, 21));
        let spans = |text: &str| find_dates(text, &at).iter().map(|d| (d.start, d.end)).collect::<Vec<_>>();
        let whole = |y: i32| (ymd(y, 1, 1), ymd(y, 12, 31));
        assert_eq!(spans("We sold out for the first time since 2019 two weeks ago.")[0], whole(2019));
        assert_eq!(spans("It sold out for the first time since 2008 last year."), vec![whole(2008), whole(2025)]);
        // A long run of years is read in linear time (each year looks at one word after it).
        let run = "since ".to_string() + &"2019 ".repeat(20_000);
        assert!(!spans(&run).is_empty());
        // A year before a noun it modifies is no date.
        assert!(spans("It is the first time since 2019 levels were reached.").is_empty());
    }

    #[test]
    fn holidays_are_their_days() {
        let at = Anchor::at(ymd(2026, 3, 10));
        let days = |text: &str| find_dates(text, &at).iter().map(|d| d.start).collect::<Vec<_>>();
        assert_eq!(days("The vote was delayed until after Easter."), [ymd(2026, 4, 5)]);
        assert_eq!(days("Shops will open on Good Friday."), [ymd(2026, 4, 3)]);
        assert_eq!(days("The plant will reopen on Labor Day."), [ymd(2026, 9, 7)]);
        assert_eq!(days("The law took effect on New Year's Day."), [ymd(2026, 1, 1)]);
        assert_eq!(days("Talks collapsed on Christmas Eve."), [ymd(2025, 12, 24)]);
        assert_eq!(days("Talks will end before Christmas."), [ymd(2026, 12, 25)]);
        // "expect to" looks ahead, whatever was done last year.
        assert_eq!(days("Retailers expect to hire fewer workers before Christmas than they did.")[0], ymd(2026, 12, 25));
        assert!(days("The Good Friday Agreement held.").is_empty());
        assert_eq!(days("Sales fell last Christmas."), [ymd(2025, 12, 25)]);
        assert_eq!(days("The parade is held on Thanksgiving Day 2027."), [ymd(2027, 11, 25)]);
        // A holiday's name before a noun, or with no word of time before it, names no day.
        assert!(days("Christmas shopping started early.").is_empty());
        assert!(days("Easter eggs sold out.").is_empty());
        assert_eq!(easter_sunday(2024), Some(ymd(2024, 3, 31)));
        assert_eq!(easter_sunday(2025), Some(ymd(2025, 4, 20)));
        assert_eq!(easter_sunday(2027), Some(ymd(2027, 3, 28)));
    }

    #[test]
    fn the_nth_weekday_of_a_month_is_that_day() {
        let at = Anchor::at(ymd(2026, 3, 3));
        let days = |text: &str| find_dates(text, &at).iter().map(|d| (d.start, d.end, d.precision)).collect::<Vec<_>>();
        let one = |d: Ymd| vec![(d, d, Precision::Day)];
        assert_eq!(days("The council will vote on the second Tuesday in April."), one(ymd(2026, 4, 14)));
        assert_eq!(days("Letters go out from the first Sunday in April."), one(ymd(2026, 4, 5)));
        assert_eq!(days("It met on the first Monday of November 2024."), one(ymd(2024, 11, 4)));
        assert_eq!(days("The fair is held on the last Friday of May 2027."), one(ymd(2027, 5, 28)));
        // A past clause takes the last one begun by the reference date.
        assert_eq!(days("Polls closed on the first Sunday in February."), one(ymd(2026, 2, 1)));
        // No month after the weekday: no such day.
        assert!(days("She preached at the first Sunday service.").is_empty());
        assert_eq!(nth_weekday_of(2026, 2, 5, 0), None, "February 2026 has four Mondays");
    }

    #[test]
    fn a_next_thing_on_a_day_is_still_to_come() {
        let r = at(2026, 11, 24);
        assert_eq!(one("She has already booked her next visit, on December 8.", &r), day("2026-12-08"));
        assert_eq!(one("They have scheduled their next meeting on Monday.", &r), day("2026-11-30"));
        assert_eq!(one("They held their next meeting on Monday.", &r), day("2026-11-23"));
        // A day told from the last one stays in the past.
        assert_eq!(one("The next day, on 14 November, the river rose.", &r), day("2026-11-14"));
    }

    #[test]
    fn a_plan_after_a_determiner_is_no_verb_of_schedule() {
        let r = at(2026, 11, 30);
        assert_eq!(one("He voted against the plan on Saturday.", &r), day("2026-11-28"));
        assert_eq!(one("The board approved their plans on Thursday.", &r), day("2026-11-26"));
        // "their plans to reopen on Monday" still look ahead.
        assert_eq!(one("They announced their plans to reopen on Monday.", &r), day("2026-12-07"));
    }

    #[test]
    fn future_clauses_are_flagged() {
        let d = find_dates("The court will rule on May 5, 2026. It ruled on May 4, 2026.", &Anchor::none());
        assert_eq!(d.iter().map(|d| d.future).collect::<Vec<_>>(), vec![true, false]);
        let set = find_dates("Elections are set for Nov. 3, 2026.", &Anchor::none());
        assert!(set[0].future);
    }

    #[test]
    fn a_date_in_the_file_name_is_the_reference_unless_the_text_dates_itself() {
        assert_eq!(date_in_file_name("seeds/ap_2016-10-22_debate.txt"), Some(ymd(2016, 10, 22)));
        assert_eq!(date_in_file_name("2016-10-22.txt"), Some(ymd(2016, 10, 22)));
        // Not a date: too many digits, an impossible day, none at all.
        assert_eq!(date_in_file_name("x_12016-10-22.txt"), None);
        assert_eq!(date_in_file_name("x_2016-02-30.txt"), None);
        assert_eq!(date_in_file_name("003_8383977084783af8.txt"), None);
        let file = Some(ymd(2016, 10, 22));
        let text = "Title\nShe spoke on Friday. The plant closed on March 3, 2014.\n";
        assert_eq!(infer_anchor_in_file(text, &[], file).reference, file, "the file beats a guess");
        let text = "Title\nDate: 2025-03-14\nShe spoke on Friday.\n";
        assert_eq!(infer_anchor_in_file(text, &[], file).reference, Some(ymd(2025, 3, 14)), "the text's own date wins");
        let text = "Title\nNew Delhi, Oct 20 (IANS) Work began, he said.\n";
        assert_eq!(infer_anchor_in_file(text, &[], file).reference, Some(ymd(2016, 10, 20)), "the file's year");
    }

    #[test]
    fn reference_date_prefers_datelines_then_the_latest_past_date() {
        let text = "Title\nPublished: March 3, 2025\nThe bill passed on March 1, 2025. It takes effect on June 1, 2025.";
        let a = infer_anchor(text, &[]);
        assert_eq!(a.reference, Some(ymd(2025, 3, 3)));
        assert!(a.from_dateline);
        let text = "Title\nThe bill passed on March 1, 2025. It will take effect on June 1, 2025.";
        let a = infer_anchor(text, &[]);
        assert_eq!(a.reference, Some(ymd(2025, 3, 1)));
        assert!(!a.from_dateline);
        let text = "Title\nKYIV, March 3 (Reuters) - Talks that began on March 1, 2025 went on.";
        let a = infer_anchor(text, &[]);
        assert_eq!(a.reference, Some(ymd(2025, 3, 3)));
        assert!(infer_anchor("Title\nNo dates in 2014 or in February 2022.", &[]).reference.is_none());
        let text = "Title\nOn March 3, 2014, troops moved in. Talks resumed in January 2025.";
        assert!(infer_anchor(text, &[]).reference.is_none(), "a later month makes the day outdated");
        let text = "Title\nThe study, published on March 3, 2025, was short.\nIt was cited on March 9, 2025.";
        assert_eq!(infer_anchor(text, &[]).reference, Some(ymd(2025, 3, 9)), "a sentence is no byline");
        let text = "Title\nMarch 4, 2025 at 10:42 am EST\nTalks began on March 1, 2025.";
        assert_eq!(infer_anchor(text, &[]).reference, Some(ymd(2025, 3, 4)));
        let timeline = "Title\nA\nB\nC\nD\nE\nF\nTalks began on March 1, 2025.\nMarch 4, 2025 - Talks in Oslo";
        let a = infer_anchor(timeline, &[]);
        assert_eq!((a.reference, a.from_dateline), (Some(ymd(2025, 3, 4)), false), "a timeline entry is no dateline");
        let text = "Title\nTalks began on March 1, 2025.\nThis story was updated on March 4, 2025.";
        let a = infer_anchor(text, &[]);
        assert_eq!((a.reference, a.from_dateline), (Some(ymd(2025, 3, 4)), true));
        let text = "Title\nBy Ann Lee | Published March 8, 2025 | Updated March 9, 2025\nThe vote came on Friday.";
        let a = infer_anchor(text, &[]);
        assert_eq!(a.reference, Some(ymd(2025, 3, 8)));
        assert_eq!(a.source.map(|r| &text[r]), Some("By Ann Lee | Published March 8, 2025 | Updated March 9, 2025"));
    }

    #[test]
    fn random_date_soup_gives_well_formed_dates() {
        let words = [
            "January", "Jan.", "May", "Sept.", "29", "31", "2th", "2026", "2024", "-", "\u{2013}", ",", ".", "to", "and",
            "between", "in", "since", "early", "mid", "late", "the", "end", "of", "last", "next", "this", "week",
            "year", "Sunday", "Sun.", "on", "ago", "two", "Q3", "summer", "2014-16", "2026-02-29", "24/7", "\n", "é",
        ];
        let mut seed: u64 = 42;
        let mut text = String::new();
        for _ in 0..20_000 {
            seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
            text.push_str(words[(seed >> 33) as usize % words.len()]);
            text.push(if seed & 1 == 0 { ' ' } else { '\u{a0}' });
        }
        for anchor in [Anchor::none(), at(2026, 1, 31), dateline_at(2024, 2, 29)] {
            let all = find_dates(&text, &anchor);
            assert!(!all.is_empty());
            let mut last_end = 0;
            for d in all {
                assert!(d.start <= d.end, "{d:?}");
                assert!(text.get(d.span.clone()).is_some(), "{d:?}");
                assert!(d.span.start >= last_end, "dates do not overlap");
                last_end = d.span.end;
            }
        }
        let _ = infer_anchor(&text, &[]);
        let _ = find_impossible_days(&text);
    }

    #[test]
    fn garbage_does_not_panic_and_stays_fast() {
        let digits = "7".repeat(100_000);
        assert!(find_dates(&digits, &at(2025, 1, 1)).is_empty());
        let months = "January ".repeat(100_000);
        assert!(find_dates(&months, &at(2025, 1, 1)).is_empty());
        let dates = "in January 5, 2025 - ".repeat(20_000);
        assert!(!find_dates(&dates, &at(2025, 1, 1)).is_empty());
        let bytes: Vec<u8> = (0..200_000u32).map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8).collect();
        let noise = String::from_utf8_lossy(&bytes);
        let _ = find_dates(&noise, &at(2025, 1, 1));
        let _ = infer_anchor(&noise, &[]);
        for tricky in ["", "-", "January", "Sunday,", "the", "the end of", "2024-", "mid-", "3 ago", "\u{2013}12 May"] {
            let _ = find_dates(tricky, &at(2025, 1, 1));
        }
    }

    #[test]
    fn participles_after_be_or_a_copula_do_not_make_the_past() {
        // Reference is a Wednesday.
        let dated = dateline_at(2026, 1, 28);
        assert_eq!(one("The draw will be made on Monday.", &dated), day("2026-02-02"));
        assert_eq!(one("Schools will remain closed Thursday, officials said.", &dated), day("2026-01-29"));
        assert_eq!(one("Ties are to be played on Friday.", &dated), day("2026-01-30"));
        assert_eq!(one("The draw was made on Monday.", &dated), day("2026-01-26"));
        assert_eq!(one("Schools remained closed on Monday.", &dated), day("2026-01-26"));
        assert_eq!(one("He had to be carried out on Monday.", &dated), day("2026-01-26"), "had to be: past");
        assert_eq!(one("Repairs are expected to be completed by Friday.", &dated), day("2026-01-30"));
        // A year-less day takes the coming year in such a clause.
        assert_eq!(one("Semi-finals will be played on 28-29 March.", &at(2026, 2, 7)), span("2026-03-28", "2026-03-29", Precision::Day));
    }

    #[test]
    fn years_before_a_past_verb_or_naming_a_period_are_dates() {
        let none = Anchor::none();
        assert_eq!(one("Its settlement in 2023 showed the way.", &none), span("2023-01-01", "2023-12-31", Precision::Year));
        assert_eq!(one("It was built during the 2022 energy crisis.", &none), span("2022-01-01", "2022-12-31", Precision::Year));
        assert_eq!(one("Nothing changed since the 2014 election.", &none), span("2014-01-01", "2014-12-31", Precision::Year));
        for not_a_date in ["The 2014 election was close.", "It is in the 2025 budget.", "It fell to 2024 levels."] {
            assert!(found(not_a_date, &none).is_empty(), "{not_a_date}");
        }
    }

    #[test]
    fn habits_and_yardsticks_are_not_dates() {
        let dated = dateline_at(2026, 3, 5);
        for text in [
            "The band has played there every Friday since then.",
            "Each Sunday the market opens.",
            "The dividend was unchanged from last year.",
            "Sales were higher than last month.",
            "Profit was up on last year, compared with last week.",
            "The director said Sunday hours would be the first to go.",
            "Shops want Sunday trading to stay.",
        ] {
            assert!(found(text, &dated).is_empty(), "{text}: {:?}", found(text, &dated));
        }
        assert_eq!(one("Sales fell last year.", &dated), span("2025-01-01", "2025-12-31", Precision::Year));
        // A weekday before another noun, or a time of day, is still a date.
        assert_eq!(one("The director said Sunday officials had left.", &dated), day("2026-03-01"));
        assert_eq!(one("The shop closed Sunday morning.", &dated), day("2026-03-01"));
        assert_eq!(one("Prices have risen since last year.", &dated), span("2025-01-01", "2025-12-31", Precision::Year));
    }

    #[test]
    fn a_year_less_dateline_takes_its_year_from_the_latest_past_month() {
        let text = "Title\nOSLO, March 5 (Reuters) - The firm will cut jobs.\nShe took over in January 2026.";
        let a = infer_anchor(text, &[]);
        assert_eq!((a.reference, a.from_dateline), (Some(ymd(2026, 3, 5)), true));
        let text = "Title\nKYIV, Jan 5 (Reuters) - Strikes went on.\nThey began in December 2025.";
        assert_eq!(infer_anchor(text, &[]).reference, Some(ymd(2026, 1, 5)));
        let text = "Title\nKYIV, Jan 5 (Reuters) - Strikes went on.\nTalks are planned for December 2026.";
        assert_eq!(infer_anchor(text, &[]).reference, None, "a month in a future clause says nothing");
        assert_eq!(first_on_or_after(ymd(2025, 3, 1), 2, 29), Some(ymd(2028, 2, 29)));
    }

    /// Every article of the repository and a sample of phrases: the words the matchers skip
    /// ([`may_start_date`]) start no date, and a search per line or with another reference date
    /// finds what a scan of that line alone finds.
    #[test]
    fn the_shortcuts_find_what_a_full_scan_finds() {
        let root = env!("CARGO_MANIFEST_DIR");
        let mut texts: Vec<String> = ["tests/articles", "seeds"]
            .iter()
            .flat_map(|dir| std::fs::read_dir(format!("{root}/{dir}")).into_iter().flatten())
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "txt"))
            .filter_map(|p| std::fs::read_to_string(p).ok())
            .collect();
        texts.push("Q3 2025, the 29th of May, a year ago, three weeks ago, last Friday, over the weekend, mid-2025, \
            end-March, the end of 2024, Spring 2024, this summer, tonight, earlier this month\nSunday, Feb 1\nMarch".into());
        assert!(texts.len() > 10);
        for text in &texts {
            for anchor in [Anchor::none(), at(2026, 1, 29), dateline_at(2025, 7, 4)] {
                let scan = DateScan::new(text);
                let mut full = DateScan::new(text);
                for t in &mut full.toks {
                    t.may_start = true;
                }
                let all_words: Vec<(usize, usize)> = full.hits().iter().map(|(at, h)| (*at, h.next)).collect();
                let skipping: Vec<(usize, usize)> = scan.hits().iter().map(|(at, h)| (*at, h.next)).collect();
                assert_eq!(skipping, all_words);
                // One scan for the whole text, resolved with the anchor, as a fresh scan would.
                let scanner = full.scanner(&anchor);
                let mut fresh = Vec::new();
                let mut i = 0;
                while i < full.toks.len() {
                    match scanner.match_at(i) {
                        Some(hit) => {
                            fresh.extend(scanner.finish(&hit));
                            i = hit.next.max(i + 1);
                        }
                        None => i += 1,
                    }
                }
                assert_eq!(scan.dates(&anchor), fresh);
                // A line searched within the whole text, as the line alone.
                let mut start = 0;
                for line in text.split('\n') {
                    let alone: Vec<_> = find_dates(line, &anchor).into_iter().map(|d| (d.start, d.end, d.span)).collect();
                    let within: Vec<_> = scan.dates_in(start..start + line.len(), &anchor).map(|d| (d.start, d.end, d.span.start - start..d.span.end - start)).collect();
                    assert_eq!(within, alone, "{line:?}");
                    start += line.len() + 1;
                }
            }
        }
    }

    #[test]
    fn extract13_a_weekday_after_the_is_no_date_and_at_the_weekend_is_one() {
        // Monday 9 November 2026.
        let r = at(2026, 11, 9);
        // "on the Saturday": a day of a week the story told before, not one the reference places.
        assert!(found("I was there on the Saturday. I was not there on the Sunday afternoon.", &r).is_empty());
        assert_eq!(one("I was there on Saturday.", &r), span("2026-11-07", "2026-11-07", Precision::Day));
        // "at the weekend": the coming weekend in the future tense, the latest one in the past.
        assert_eq!(one("The petition will be handed in at the weekend.", &r), span("2026-11-14", "2026-11-15", Precision::Vague));
        assert_eq!(one("The petition was launched at the weekend.", &r), span("2026-11-07", "2026-11-08", Precision::Vague));
        // A habit, and a weekend the days after it name, are none of these.
        assert!(found("There will be no change to services on weekdays and at the weekend after 10:00.", &r).is_empty());
        assert_eq!(one("Homes were burgled at the weekend of 7 and 8 November.", &r).2, Precision::Day);
        // A participle after a determiner is no tense: the past verb before it is.
        assert_eq!(
            found("Talks will resume on Thursday after workers rejected a revised offer on Monday.", &r).iter().map(|d| d.0.as_str()).collect::<Vec<_>>(),
            ["2026-11-12", "2026-11-09"]
        );
        // "last Sunday" written on a Monday is the week before; "last Friday" the latest one.
        assert_eq!(one("The workers walked out last Sunday.", &r), span("2026-11-01", "2026-11-01", Precision::Day));
        assert_eq!(one("The workers walked out last Friday.", &r), span("2026-11-06", "2026-11-06", Precision::Day));
    }


    #[test]
    fn extract13_a_month_written_with_a_past_year_gives_it_to_its_later_days() {
        let r = at(2026, 10, 6);
        let text = "The fire broke out in August 2024.\nStaff said it started on the night of 14 and 15 August.\nAn officer had warned them on 3 August.\nThe home reopens on 3 December.";
        let got = spans(text, &r);
        assert!(got.contains(&("2024-08-14".into(), "2024-08-15".into())), "{got:?}");
        assert!(got.contains(&("2024-08-03".into(), "2024-08-03".into())), "{got:?}");
        // Another month, and a day still to come, keep the reference's reading.
        assert!(got.contains(&("2026-12-03".into(), "2026-12-03".into())), "{got:?}");
        let got = spans("The fire broke out in August 2024.\nAn officer had warned them on 3 July.", &r);
        assert!(got.contains(&("2026-07-03".into(), "2026-07-03".into())), "{got:?}");
    }

}
