//! The reader: an article's blocks cut into marked segments.

use crate::extract::model::{Article, Span};
use crate::extract::sort::sort_by;

/// What a stretch of the article is, for the reader.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mark {
    pub span: Span,
    pub class: &'static str,
    /// Element id placed where the mark starts (for links from the cards).
    pub id: Option<String>,
    /// Shown on hover/focus (a date warning's reason).
    pub note: Option<String>,
}

/// A run of text with the marks that cover all of it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Segment {
    pub text: String,
    pub classes: Vec<&'static str>,
    /// Ids of marks that start here.
    pub anchors: Vec<String>,
    /// Ids of every mark covering the segment (to show the sentence a card linked to).
    pub within: Vec<String>,
    pub notes: Vec<String>,
}

/// Every mark of an article: quote words, dates, date warnings, and the sentences the cards
/// link to (ids `r-q-A-I` / `r-e-A-I`).
pub fn article_marks(article: &Article, a: usize) -> Vec<Mark> {
    let mut marks = Vec::new();
    for (i, q) in article.quotes.iter().enumerate() {
        marks.push(Mark { span: q.sentence_span, class: "sentence", id: Some(format!("r-q-{a}-{i}")), note: None });
        marks.push(Mark { span: q.span, class: q.kind.as_str(), id: None, note: None });
        if let Some(d) = &q.date {
            marks.push(Mark { span: d.span, class: "date", id: None, note: None });
        }
    }
    for (i, e) in article.events.iter().enumerate() {
        marks.push(Mark { span: e.sentence_span, class: "sentence", id: Some(format!("r-e-{a}-{i}")), note: None });
        marks.push(Mark { span: e.date.span, class: "date", id: None, note: None });
    }
    for w in &article.date_warnings {
        marks.push(Mark { span: w.span, class: "warning", id: None, note: Some(w.why.clone()) });
    }
    marks
}

/// Cuts the char range `block` of `text` at every mark boundary. Marks are char offsets; ones
/// outside the block or the text are clipped, empty or reversed ones ignored.
pub fn segments(text: &str, block: Span, marks: &[Mark]) -> Vec<Segment> {
    let chars: Vec<char> = text.chars().collect();
    let end = block.end.min(chars.len());
    let start = block.start.min(end);
    let clip = |s: Span| (s.start.max(start), s.end.min(end));
    let mut cuts = vec![start, end];
    for m in marks {
        let (s, e) = clip(m.span);
        if s < e {
            cuts.extend([s, e]);
        }
    }
    sort_by(&mut cuts, |a, b| a < b);
    cuts.dedup();
    let mut out = Vec::new();
    for pair in cuts.windows(2) {
        let (s, e) = (pair[0], pair[1]);
        let covering: Vec<&Mark> = marks.iter().filter(|m| {
            let (ms, me) = clip(m.span);
            ms < me && ms <= s && e <= me
        }).collect();
        let mut classes: Vec<&'static str> = covering.iter().map(|m| m.class).collect();
        classes.dedup();
        out.push(Segment {
            text: chars[s..e].iter().collect(),
            classes,
            anchors: covering.iter().filter(|m| clip(m.span).0 == s).filter_map(|m| m.id.clone()).collect(),
            within: covering.iter().filter_map(|m| m.id.clone()).collect(),
            notes: covering.iter().filter_map(|m| m.note.clone()).collect(),
        });
    }
    out
}

