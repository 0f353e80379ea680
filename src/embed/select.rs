//! Which quotes and events a widget shows: the app's own query model (`query::Index`), so a
//! widget shows exactly what its "Open in newslens" link shows.

use std::rc::Rc;

use super::params::{WidgetParams, WidgetView};
use crate::extract::model::Corpus;
use crate::query::{CardRef, Index, ItemRef, Query, Sort, View};

/// The cards of one widget: quotes, then events (one per event, however many articles report
/// it); in article order, or events by date for the timeline.
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

/// The cards `params` asks for. An unknown speaker or article matches nothing; a speaker or
/// kind filter leaves events out (they have neither), as in the app.
pub fn select(corpus: &Rc<Corpus>, params: &WidgetParams) -> Selection {
    let mut selection = Selection::default();
    let index = Index::new(corpus.clone());
    for id in index.results(&to_query(params)).cards {
        match index.card(id) {
            CardRef::Quote(item) => selection.quotes.push(*item),
            CardRef::Event(members) => selection.events.extend(members.first().copied()),
        }
    }
    selection
}

/// The app's query for the widget's parameters (the timeline is events by date).
pub fn to_query(params: &WidgetParams) -> Query {
    let (view, sort) = match params.view {
        WidgetView::All => (View::All, Sort::Article),
        WidgetView::Quotes => (View::Quotes, Sort::Article),
        WidgetView::Events => (View::Events, Sort::Article),
        WidgetView::Timeline => (View::Events, Sort::Date),
    };
    Query {
        speakers: params.speakers.clone(),
        kinds: params.kinds.clone(),
        articles: params.articles.clone(),
        mentions: params.mentions.clone(),
        text: params.text.clone(),
        from: params.from.clone(),
        to: params.to.clone(),
        view,
        sort,
        ..Query::default()
    }
}

/// The year of an ISO date, for grouping the timeline.
pub fn year_of(iso: &str) -> Option<u32> {
    crate::query::parse_iso(iso).map(|(y, _, _)| y)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::embed::params::WidgetParams;
    use crate::extract::model::{Article, DateValue, Event, Precision, Quote, QuoteKind, Span};

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
        select(&Rc::new(corpus()), &params)
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
    fn the_year_of_a_day() {
        assert_eq!(year_of("2024-07-09"), Some(2024));
        assert_eq!(year_of("garbage"), None);
    }
}
