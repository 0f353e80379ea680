//! Which quotes and events a widget shows, and how their dates read.

use super::params::{WidgetParams, WidgetView};
use crate::extract::model::{Corpus, Event, Precision, Quote};
use crate::query::ItemRef;

/// The cards of one widget: quotes in article order; events in article order, or by date for
/// the timeline.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Selection {
    pub quotes: Vec<ItemRef>,
    pub events: Vec<ItemRef>,
}

impl Selection {
    pub fn len(&self) -> usize {
        self.quotes.len() + self.events.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// The cards `params` asks for. Matching is done here rather than through `query`'s
/// `visible_*` helpers, which the app's query rewrite replaces by an index: this keeps the widget
/// compiling across that change. Semantics follow the app: a speaker filter leaves events out
/// (they have no speaker), and an unknown name matches nothing.
pub fn select(corpus: &Corpus, params: &WidgetParams) -> Selection {
    let terms: Vec<String> = params.text.split_whitespace().map(str::to_lowercase).collect();
    let in_article = |a: usize| params.articles.is_empty() || params.articles.contains(&corpus.articles[a].file);
    let shows_quotes = matches!(params.view, WidgetView::All | WidgetView::Quotes);
    let shows_events = !matches!(params.view, WidgetView::Quotes) && params.speakers.is_empty() && params.kinds.is_empty();
    let mut quotes = Vec::new();
    let mut events = Vec::new();
    for (a, article) in corpus.articles.iter().enumerate().filter(|&(a, _)| in_article(a)) {
        for (i, q) in article.quotes.iter().enumerate().filter(|_| shows_quotes) {
            let speaker_ok = params.speakers.is_empty() || q.speaker.as_ref().is_some_and(|s| params.speakers.contains(s));
            if speaker_ok
                && (params.kinds.is_empty() || params.kinds.contains(&q.kind))
                && in_period(q.date.as_ref().map(|d| (d.start.as_str(), d.end.as_str())), params)
                && has_terms(&quote_haystack(q), &terms)
            {
                quotes.push((a, i));
            }
        }
        for (i, e) in article.events.iter().enumerate().filter(|_| shows_events) {
            if in_period(Some((e.start.as_str(), e.end.as_str())), params) && has_terms(&event_haystack(e), &terms) {
                events.push((a, i));
            }
        }
    }
    if params.view == WidgetView::Timeline {
        events.sort_by(|&(a, i), &(b, j)| {
            let (x, y) = (&corpus.articles[a].events[i], &corpus.articles[b].events[j]);
            (&x.start, &x.end, a, i).cmp(&(&y.start, &y.end, b, j))
        });
    }
    Selection { quotes, events }
}

/// Whether an item dated `[start, end]` overlaps the period; undated items match no period.
fn in_period(dates: Option<(&str, &str)>, params: &WidgetParams) -> bool {
    if params.from.is_none() && params.to.is_none() {
        return true;
    }
    let Some((start, end)) = dates else { return false };
    params.from.as_deref().is_none_or(|f| end >= f) && params.to.as_deref().is_none_or(|t| start <= t)
}

fn quote_haystack(q: &Quote) -> String {
    format!("{}\n{}\n{}", q.text, q.sentence, q.speaker.as_deref().unwrap_or("")).to_lowercase()
}

fn event_haystack(e: &Event) -> String {
    format!("{}\n{}\n{}", e.sentence, e.actors.join("\n"), e.places.join("\n")).to_lowercase()
}

fn has_terms(haystack: &str, terms: &[String]) -> bool {
    terms.iter().all(|t| haystack.contains(t.as_str()))
}

const MONTHS: [&str; 12] = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December",
];

/// A date as readers write it: "4 March 2026", "March 2026", "2026", "2–4 March 2026"; vague
/// dates keep the article's words.
pub fn display_date(start: &str, end: &str, precision: Precision, words: &str) -> String {
    let Some((y, m, d)) = parse_iso(start) else { return words.to_string() };
    let month = MONTHS[(m - 1) as usize];
    match precision {
        Precision::Year => y.to_string(),
        Precision::Month => format!("{month} {y}"),
        Precision::Vague => words.to_string(),
        Precision::Day => match parse_iso(end) {
            Some((y2, m2, d2)) if (y2, m2) == (y, m) && d2 != d => format!("{d}–{d2} {month} {y}"),
            _ => format!("{d} {month} {y}"),
        },
    }
}

/// The year of an ISO date, for grouping the timeline.
pub fn year_of(iso: &str) -> Option<u32> {
    parse_iso(iso).map(|(y, _, _)| y)
}

fn parse_iso(s: &str) -> Option<(u32, u32, u32)> {
    let mut parts = s.splitn(3, '-').map(|p| p.parse::<u32>().ok());
    let (y, m, d) = (parts.next()??, parts.next()??, parts.next()??);
    ((1..=12).contains(&m) && (1..=31).contains(&d)).then_some((y, m, d))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::embed::params::WidgetParams;
    use crate::extract::model::{Article, DateValue, QuoteKind, Span};

    fn date(start: &str, end: &str) -> DateValue {
        DateValue { start: start.into(), end: end.into(), precision: Precision::Day, text: start.into(), span: Span::default() }
    }

    fn quote(speaker: &str, kind: QuoteKind, text: &str, day: Option<&str>) -> Quote {
        Quote {
            speaker: Some(speaker.into()),
            kind,
            text: text.into(),
            cue: None,
            sentence: format!("{text}, said {speaker}."),
            span: Span::default(),
            sentence_span: Span::default(),
            date: day.map(|d| date(d, d)),
        }
    }

    fn event(start: &str, sentence: &str) -> Event {
        Event {
            start: start.into(),
            end: start.into(),
            precision: Precision::Day,
            sentence: sentence.into(),
            sentence_span: Span::default(),
            date: date(start, start),
            actors: vec![],
            places: vec!["Kyiv".into()],
        }
    }

    fn corpus() -> Corpus {
        let first = Article {
            file: "a.txt".into(),
            quotes: vec![
                quote("Ana", QuoteKind::Direct, "We will rebuild the bridge", Some("2026-01-10")),
                quote("Bo", QuoteKind::Indirect, "the bridge was unsafe", None),
            ],
            events: vec![event("2026-03-01", "The bridge reopened."), event("2025-05-02", "Floods hit Kyiv.")],
            ..Article::default()
        };
        let second = Article {
            file: "b.txt".into(),
            quotes: vec![quote("Ana", QuoteKind::Partial, "a long winter", Some("2025-12-01"))],
            events: vec![event("2024-07-09", "The council voted.")],
            ..Article::default()
        };
        Corpus { articles: vec![first, second] }
    }

    fn pick(params: WidgetParams) -> Selection {
        select(&corpus(), &params)
    }

    #[test]
    fn speaker_and_view_narrow_the_cards() {
        let s = pick(WidgetParams { speakers: vec!["Ana".into()], ..WidgetParams::default() });
        assert_eq!(s, Selection { quotes: vec![(0, 0), (1, 0)], events: vec![] });
        let s = pick(WidgetParams { view: WidgetView::Quotes, ..WidgetParams::default() });
        assert_eq!((s.quotes.len(), s.events.len()), (3, 0));
    }

    #[test]
    fn text_kind_article_and_period_narrow_the_cards() {
        let s = pick(WidgetParams { text: "BRIDGE".into(), ..WidgetParams::default() });
        assert_eq!(s, Selection { quotes: vec![(0, 0), (0, 1)], events: vec![(0, 0)] });
        let s = pick(WidgetParams { text: "kyiv floods".into(), ..WidgetParams::default() });
        assert_eq!(s, Selection { quotes: vec![], events: vec![(0, 1)] });
        let s = pick(WidgetParams { kinds: vec![QuoteKind::Partial], ..WidgetParams::default() });
        assert_eq!(s, Selection { quotes: vec![(1, 0)], events: vec![] });
        let s = pick(WidgetParams { articles: vec!["b.txt".into()], ..WidgetParams::default() });
        assert_eq!(s, Selection { quotes: vec![(1, 0)], events: vec![(1, 0)] });
        let s = pick(WidgetParams { from: Some("2025-06-01".into()), to: Some("2026-01-31".into()), ..WidgetParams::default() });
        assert_eq!(s, Selection { quotes: vec![(0, 0), (1, 0)], events: vec![] });
    }

    #[test]
    fn an_unknown_speaker_matches_nothing() {
        assert!(pick(WidgetParams { speakers: vec!["Nobody".into()], ..WidgetParams::default() }).is_empty());
    }

    #[test]
    fn the_timeline_is_events_by_date() {
        let s = pick(WidgetParams { view: WidgetView::Timeline, ..WidgetParams::default() });
        assert_eq!(s, Selection { quotes: vec![], events: vec![(1, 0), (0, 1), (0, 0)] });
    }

    #[test]
    fn dates_read_naturally() {
        assert_eq!(display_date("2026-03-04", "2026-03-04", Precision::Day, "x"), "4 March 2026");
        assert_eq!(display_date("2026-03-02", "2026-03-04", Precision::Day, "x"), "2–4 March 2026");
        assert_eq!(display_date("2026-03-01", "2026-03-31", Precision::Month, "x"), "March 2026");
        assert_eq!(display_date("2026-01-01", "2026-12-31", Precision::Year, "x"), "2026");
        assert_eq!(display_date("2026-06-01", "2026-08-31", Precision::Vague, "last summer"), "last summer");
        assert_eq!(display_date("garbage", "", Precision::Day, "the words"), "the words");
        assert_eq!(year_of("2024-07-09"), Some(2024));
    }
}
