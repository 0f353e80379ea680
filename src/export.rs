//! Selected quotes and events as files: CSV (RFC 4180), JSON Lines and iCalendar (RFC 5545).
//!
//! Pure: text in memory out, no clock (an iCalendar DTSTAMP comes from the article), no crate
//! beyond the ones the app already links. The `extract` command uses it for `--format`, and the
//! browser's "Export" button is meant to call it on the selected cards, so a caller passes a
//! selection ([`Item`]s), not only whole articles.

use crate::extract::model::{Article, Corpus, Event, Precision, Quote};
use crate::query::{CardRef, Index, Results};

/// One selected card: a quote, or an event with every article reporting it.
#[derive(Clone, Debug)]
pub enum Item<'a> {
    Quote { article: &'a Article, quote: &'a Quote },
    /// `article` is the report whose sentence and offsets are used; `more_sources` are other
    /// articles reporting the same event (the app shows such a group as one card).
    Event { article: &'a Article, event: &'a Event, more_sources: Vec<&'a Article> },
}

impl<'a> Item<'a> {
    pub fn quote(article: &'a Article, quote: &'a Quote) -> Self {
        Item::Quote { article, quote }
    }

    /// An event reported by one article.
    pub fn event(article: &'a Article, event: &'a Event) -> Self {
        Item::Event { article, event, more_sources: Vec::new() }
    }
}

/// Every quote, then every event, of each article, in order: a whole corpus as a selection.
pub fn items(articles: &[Article]) -> Vec<Item<'_>> {
    let mut out = Vec::new();
    for a in articles {
        out.extend(a.quotes.iter().map(|q| Item::quote(a, q)));
        out.extend(a.events.iter().map(|e| Item::event(a, e)));
    }
    out
}

/// The cards a query shows, as items to export: exactly the selection, in the page's order.
pub fn selection<'a>(corpus: &'a Corpus, index: &Index, results: &Results) -> Vec<Item<'a>> {
    let article = |a: usize| &corpus.articles[a];
    results
        .cards
        .iter()
        .map(|&id| match index.card(id) {
            CardRef::Quote((a, i)) => Item::quote(article(*a), &article(*a).quotes[*i]),
            CardRef::Event(members) => {
                let (a, i) = members[0];
                let more_sources = members[1..].iter().map(|&(a, _)| article(a)).collect();
                Item::Event { article: article(a), event: &article(a).events[i], more_sources }
            }
        })
        .collect()
}

// ---------------------------------------------------------------------------------------------
// CSV

/// The CSV columns, in order. One file holds both kinds of row, told apart by `type`:
/// - `type`: `quote` or `event`;
/// - `file`, `title`: the article (for an event, the first report);
/// - `speaker`, `role` (the speaker's roles in the article), `kind` (direct, partial, indirect,
///   comment), `text`, `cue`: quotes only;
/// - `date`: the article's words for the date ("January 23-24, 2026"); `start`, `end` (ISO
///   days, first and last) and `precision` (day, month, year, vague): the date normalised; for
///   a quote, when it was said, empty when the sentence does not say;
/// - `sentence`: the whole sentence;
/// - `actors`, `places`, `sources` (the titles of the articles reporting it): events only.
///
/// Lists inside a field are joined with `"; "`.
pub const CSV_COLUMNS: [&str; 16] = [
    "type", "file", "title", "speaker", "role", "kind", "text", "cue", "date", "start", "end", "precision", "sentence",
    "actors", "places", "sources",
];

/// The selection as CSV (RFC 4180): a header row, then one row per item, CRLF after every
/// record, fields quoted when they hold a comma, a quotation mark, CR or LF. UTF-8, no BOM.
pub fn csv(items: &[Item]) -> String {
    let mut out = String::new();
    csv_record(&mut out, CSV_COLUMNS.iter().copied());
    for item in items {
        match item {
            Item::Quote { article, quote } => {
                let role = quote
                    .speaker
                    .as_deref()
                    .and_then(|s| article.people.iter().find(|p| p.name == s))
                    .map(|p| p.roles.join("; "))
                    .unwrap_or_default();
                let date = quote.date.as_ref();
                csv_record(
                    &mut out,
                    [
                        "quote",
                        &article.file,
                        &article.title,
                        quote.speaker.as_deref().unwrap_or(""),
                        &role,
                        quote.kind.as_str(),
                        &quote.text,
                        quote.cue.as_deref().unwrap_or(""),
                        date.map_or("", |d| &d.text),
                        date.map_or("", |d| &d.start),
                        date.map_or("", |d| &d.end),
                        date.map_or("", |d| precision_str(d.precision)),
                        &quote.sentence,
                        "",
                        "",
                        "",
                    ],
                );
            }
            Item::Event { article, event, more_sources } => {
                let sources: Vec<&str> =
                    std::iter::once(*article).chain(more_sources.iter().copied()).map(|a| a.title.as_str()).collect();
                csv_record(
                    &mut out,
                    [
                        "event",
                        &article.file,
                        &article.title,
                        "",
                        "",
                        "",
                        "",
                        "",
                        &event.date.text,
                        &event.start,
                        &event.end,
                        precision_str(event.precision),
                        &event.sentence,
                        &event.actors.join("; "),
                        &event.places.join("; "),
                        &sources.join("; "),
                    ],
                );
            }
        }
    }
    out
}

fn csv_record<'s>(out: &mut String, fields: impl IntoIterator<Item = &'s str>) {
    for (i, field) in fields.into_iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        if field.contains([',', '"', '\r', '\n']) {
            out.push('"');
            out.push_str(&field.replace('"', "\"\""));
            out.push('"');
        } else {
            out.push_str(field);
        }
    }
    out.push_str("\r\n");
}

fn precision_str(p: Precision) -> &'static str {
    match p {
        Precision::Day => "day",
        Precision::Month => "month",
        Precision::Year => "year",
        Precision::Vague => "vague",
    }
}

// ---------------------------------------------------------------------------------------------
// JSON Lines

/// One JSON object per article per line (LF), each the article object of the `extract`
/// command's JSON (`{"articles": [...]}`).
pub fn jsonl<'a>(articles: impl IntoIterator<Item = &'a Article>) -> String {
    let mut out = String::new();
    for a in articles {
        // Only structs, strings, numbers and string-keyed fields: serialising cannot fail.
        out.push_str(&serde_json::to_string(a).unwrap_or_default());
        out.push('\n');
    }
    out
}

/// The selection in the extract command's JSON contract (`{"articles": [...]}`): each article
/// that holds a selected item, in the order of its first item, with its title, headings,
/// people and date warnings, and only the selected quotes and events (an event reported by
/// several articles is listed under the report the card shows).
pub fn json(items: &[Item]) -> String {
    #[derive(serde::Serialize)]
    struct Selected<'a> {
        file: &'a str,
        title: &'a str,
        headings: &'a [String],
        people: &'a [crate::extract::model::Person],
        quotes: Vec<&'a Quote>,
        events: Vec<&'a Event>,
        date_warnings: &'a [crate::extract::model::DateWarning],
    }
    #[derive(serde::Serialize)]
    struct Out<'a> {
        articles: Vec<Selected<'a>>,
    }
    let mut articles: Vec<Selected> = Vec::new();
    // File name → place in `articles`: one lookup per item, whatever the selection's size.
    let mut places: std::collections::BTreeMap<&str, usize> = std::collections::BTreeMap::new();
    for item in items {
        let (article, quote, event) = match item {
            Item::Quote { article, quote } => (*article, Some(*quote), None),
            Item::Event { article, event, .. } => (*article, None, Some(*event)),
        };
        let at = *places.entry(article.file.as_str()).or_insert_with(|| {
            articles.push(Selected {
                file: &article.file,
                title: &article.title,
                headings: &article.headings,
                people: &article.people,
                quotes: Vec::new(),
                events: Vec::new(),
                date_warnings: &article.date_warnings,
            });
            articles.len() - 1
        });
        articles[at].quotes.extend(quote);
        articles[at].events.extend(event);
    }
    // Only structs, strings and numbers: serialising cannot fail.
    serde_json::to_string_pretty(&Out { articles }).unwrap_or_default()
}

// ---------------------------------------------------------------------------------------------
// iCalendar

/// The events of the selection as an iCalendar file (RFC 5545); quotes are left out. Each event
/// is an all-day VEVENT: a range of days ends (DTEND, exclusive) the day after its last day; a
/// month, year or vague date starts on its first day and its DESCRIPTION says the precision.
/// DTSTAMP is the article's reference date (else 1970-01-01), so the same selection always gives
/// the same file. An event whose start is not an ISO day (the extractor never makes one) is
/// left out.
pub fn ics(items: &[Item]) -> String {
    let mut out = String::new();
    line(&mut out, "BEGIN:VCALENDAR");
    line(&mut out, "VERSION:2.0");
    line(&mut out, "PRODID:-//newslens//newslens extract//EN");
    line(&mut out, "CALSCALE:GREGORIAN");
    let mut uids: Vec<String> = Vec::new();
    for item in items {
        let Item::Event { article, event, more_sources } = item else { continue };
        let Some(start) = parse_day(&event.start) else { continue };
        let uid = unique_uid(&mut uids, article, event);
        line(&mut out, "BEGIN:VEVENT");
        line(&mut out, &format!("UID:{uid}"));
        let stamp = article.reference_date.as_deref().and_then(parse_day).unwrap_or((1970, 1, 1));
        line(&mut out, &format!("DTSTAMP:{}T000000Z", ics_day(stamp)));
        line(&mut out, &format!("DTSTART;VALUE=DATE:{}", ics_day(start)));
        if event.precision == Precision::Day {
            let last = parse_day(&event.end).filter(|&end| end > start);
            if let Some(after) = last.and_then(next_day) {
                line(&mut out, &format!("DTEND;VALUE=DATE:{}", ics_day(after)));
            }
        }
        line(&mut out, &format!("SUMMARY:{}", ics_text(&event.sentence)));
        if !event.places.is_empty() {
            line(&mut out, &format!("LOCATION:{}", ics_text(&event.places.join(", "))));
        }
        let mut description = event.sentence.clone();
        description.push_str("\nDate in the article: ");
        description.push_str(&event.date.text);
        if event.precision != Precision::Day {
            description.push_str(&format!(
                "\nPrecision: {} ({} to {}); the calendar shows the first day",
                precision_str(event.precision),
                event.start,
                event.end
            ));
        }
        if !event.actors.is_empty() {
            description.push_str("\nWho: ");
            description.push_str(&event.actors.join(", "));
        }
        for source in std::iter::once(*article).chain(more_sources.iter().copied()) {
            description.push_str(&format!("\nSource: {} ({})", source.title, source.file));
        }
        line(&mut out, &format!("DESCRIPTION:{}", ics_text(&description)));
        line(&mut out, "END:VEVENT");
    }
    line(&mut out, "END:VCALENDAR");
    out
}

/// A content line, folded (RFC 5545 3.1): at most 75 octets per physical line, continuation
/// lines start with a space, never inside a UTF-8 character; CRLF after each.
fn line(out: &mut String, content: &str) {
    let mut rest = content;
    let mut limit = 75;
    loop {
        if rest.len() <= limit {
            out.push_str(rest);
            out.push_str("\r\n");
            return;
        }
        let mut cut = limit;
        while !rest.is_char_boundary(cut) {
            cut -= 1;
        }
        out.push_str(&rest[..cut]);
        out.push_str("\r\n ");
        rest = &rest[cut..];
        // The leading space counts towards the next line's 75 octets.
        limit = 74;
    }
}

/// A TEXT value (RFC 5545 3.3.11): backslash, semicolon and comma escaped, line breaks as `\n`,
/// other control characters (not allowed in a value) as spaces.
fn ics_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut after_cr = false;
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' if after_cr => {}
            '\n' | '\r' => out.push_str("\\n"),
            '\t' => out.push('\t'),
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
        after_cr = c == '\r';
    }
    out
}

/// A UID stable across runs (file and the event's offsets, hashed), made unique within the file
/// when the selection holds the same article twice.
fn unique_uid(seen: &mut Vec<String>, article: &Article, event: &Event) -> String {
    let mut h = Fnv::new();
    h.write(article.file.as_bytes());
    h.write(&[0]);
    for n in [event.sentence_span.start, event.sentence_span.end, event.date.span.start, event.date.span.end] {
        h.write(&(n as u64).to_le_bytes());
    }
    let base = format!("{:016x}", h.0);
    let mut uid = format!("{base}@newslens");
    let mut n = 1;
    while seen.contains(&uid) {
        n += 1;
        uid = format!("{base}-{n}@newslens");
    }
    seen.push(uid.clone());
    uid
}

/// FNV-1a, 64 bits: a fixed hash (std's `DefaultHasher` may change between Rust releases).
struct Fnv(u64);

impl Fnv {
    fn new() -> Self {
        Fnv(0xcbf2_9ce4_8422_2325)
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
}

type Day = (u32, u32, u32);

/// `YYYY-MM-DD` as (year, month, day), when it is a real day.
fn parse_day(s: &str) -> Option<Day> {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let num = |r: std::ops::Range<usize>| -> Option<u32> {
        b[r].iter().try_fold(0u32, |n, &c| c.is_ascii_digit().then(|| n * 10 + u32::from(c - b'0')))
    };
    let (y, m, d) = (num(0..4)?, num(5..7)?, num(8..10)?);
    ((1..=12).contains(&m) && (1..=days_in_month(y, m)).contains(&d)).then_some((y, m, d))
}

fn days_in_month(y: u32, m: u32) -> u32 {
    match m {
        2 if y % 4 == 0 && (y % 100 != 0 || y % 400 == 0) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// The following day; `None` past year 9999 (an iCalendar date has four digits).
fn next_day((y, m, d): Day) -> Option<Day> {
    if d < days_in_month(y, m) {
        Some((y, m, d + 1))
    } else if m < 12 {
        Some((y, m + 1, 1))
    } else {
        (y < 9999).then_some((y + 1, 1, 1))
    }
}

fn ics_day((y, m, d): Day) -> String {
    format!("{y:04}{m:02}{d:02}")
}

#[cfg(test)]
mod tests;
