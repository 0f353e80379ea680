//! What a card says, whoever draws it: the explorer (`app/components/quote_card.rs`,
//! `event_card.rs`) and the `<news-lens>` widget (`embed/widget.rs`) render these faces with their
//! own markup and classes, so a quote is labelled, attributed and dated the same way in both.
//! Pure: tested natively.

use crate::extract::model::{Article, Event, Quote, QuoteKind};
use crate::query::{display_date, ItemRef, Texts};

/// The speaker shown when the article names nobody.
pub const UNNAMED_SPEAKER: &str = "Unnamed source";

/// A count as a newspaper prints it: digits in groups of three ("12,192").
pub fn figure(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, d) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(d);
    }
    out
}

/// The report an event's card shows: the first whose sentence holds a word of `search`, as the
/// search may have found the event by another paper's wording (and a card whose sentence marks
/// nothing would not say why it is there); without one, the first report. Only the reports whose
/// article is here are read (`Index::texts_to_fetch` fetches them a few at a time, until one
/// marks the search).
pub fn shown_report(texts: &Texts, members: &[ItemRef], search: &str) -> ItemRef {
    let first = members.first().copied().unwrap_or_default();
    match search.is_empty() {
        true => first,
        false => members.iter().copied().find(|&report| texts.report_marks(report, search)).unwrap_or(first),
    }
}

pub fn kind_label(kind: QuoteKind) -> &'static str {
    match kind {
        QuoteKind::Direct => "Direct quote",
        QuoteKind::Partial => "Partial quote",
        QuoteKind::Indirect => "Reported speech",
        QuoteKind::Comment => "Reader comment",
    }
}

/// A date as a card shows it: the ISO start (for `<time datetime>`) and the words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CardDate {
    pub iso: String,
    pub text: String,
}

/// The writer's sentence around a quote, cut where the quoted words are.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Context<'a> {
    pub before: &'a str,
    /// The quote's words, or "" when its spans do not fit the sentence (then `before` holds the
    /// whole sentence, shown plain rather than with the wrong words marked).
    pub words: &'a str,
    pub after: &'a str,
}

/// A quote card's content.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QuoteFace<'a> {
    pub kind: QuoteKind,
    pub label: &'static str,
    /// The canonical name, when the article names the speaker.
    pub speaker: Option<&'a str>,
    /// The first role the article gives the speaker ("Ukrainian President").
    pub role: Option<&'a str>,
    pub words: &'a str,
    pub cue: Option<&'a str>,
    /// When the statement was made, if the sentence says.
    pub date: Option<CardDate>,
    /// The sentence, when it says more than the quoted words.
    pub context: Option<Context<'a>>,
    pub title: &'a str,
    pub file: &'a str,
}

impl QuoteFace<'_> {
    /// The speaker's name, or that nobody is named.
    pub fn speaker_text(&self) -> &str {
        self.speaker.unwrap_or(UNNAMED_SPEAKER)
    }
}

pub fn quote_face<'a>(article: &'a Article, quote: &'a Quote) -> QuoteFace<'a> {
    let speaker = quote.speaker.as_deref();
    QuoteFace {
        kind: quote.kind,
        label: kind_label(quote.kind),
        speaker,
        role: speaker.and_then(|s| article.people.iter().find(|p| p.name == s)).and_then(|p| p.roles.first()).map(String::as_str),
        words: &quote.text,
        // A transcript's turn has ":" for a cue: nothing a reader needs to see.
        cue: quote.cue.as_deref().filter(|cue| cue.chars().any(char::is_alphanumeric)),
        date: quote.date.as_ref().map(|d| CardDate { iso: d.start.clone(), text: display_date(&d.start, &d.end, d.precision) }),
        context: context(quote),
        title: &article.title,
        file: &article.file,
    }
}

/// An event card's content (its first report; the card lists every report as a source).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EventFace<'a> {
    pub date: CardDate,
    pub sentence: &'a str,
    pub actors: &'a [String],
    pub places: &'a [String],
}

pub fn event_face(event: &Event) -> EventFace<'_> {
    EventFace {
        date: CardDate { iso: event.start.clone(), text: display_date(&event.start, &event.end, event.precision) },
        sentence: &event.sentence,
        actors: &event.actors,
        places: &event.places,
    }
}

fn context(q: &Quote) -> Option<Context<'_>> {
    if q.sentence.trim() == q.text.trim() {
        return None;
    }
    let offset = |at: usize| at.wrapping_sub(q.sentence_span.start);
    let (before, words, after) = split_at_chars(&q.sentence, offset(q.span.start), offset(q.span.end));
    Some(if words == q.text { Context { before, words, after } } else { Context { before: &q.sentence, words: "", after: "" } })
}

/// `text` cut at the char offsets `[start, end)`; offsets outside the text leave it whole.
fn split_at_chars(text: &str, start: usize, end: usize) -> (&str, &str, &str) {
    let byte = |chars: usize| text.char_indices().map(|(b, _)| b).chain([text.len()]).nth(chars);
    match (byte(start), byte(end)) {
        (Some(s), Some(e)) if s <= e => (&text[..s], &text[s..e], &text[e..]),
        _ => (text, "", ""),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn figures_group_their_digits_by_three() {
        let cases = [(0, "0"), (7, "7"), (999, "999"), (1000, "1,000"), (12192, "12,192"), (123_145, "123,145"), (1_000_000, "1,000,000")];
        for (n, printed) in cases {
            assert_eq!(super::figure(n), printed);
        }
    }

    use super::*;
    use crate::extract::model::{Corpus, DateValue, Person, Precision, Span};

    #[test]
    fn an_event_card_shows_the_report_whose_sentence_the_search_found() {
        let date = DateValue { start: "2026-01-05".into(), end: "2026-01-05".into(), precision: Precision::Day, text: "Monday".into(), span: Span::default() };
        let event = |sentence: &str| Event {
            start: date.start.clone(),
            end: date.end.clone(),
            precision: Precision::Day,
            sentence: sentence.into(),
            sentence_span: Span::default(),
            date: date.clone(),
            actors: vec![],
            places: vec![],
        };
        let paper = |sentence: &str| Article { events: vec![event(sentence)], ..Article::default() };
        let paper = |sentence: &str| Article { text: "T".into(), ..paper(sentence) };
        let corpus = Corpus { articles: vec![paper("The council met on Monday."), paper("The city budget council met on Monday.")] };
        let texts = Texts::new(std::rc::Rc::new(corpus));
        let members = [(0, 0), (1, 0)];
        assert_eq!(shown_report(&texts, &members, "budget"), (1, 0));
        assert_eq!(shown_report(&texts, &members, "council"), (0, 0), "both hold it: the first");
        assert_eq!(shown_report(&texts, &members, ""), (0, 0));
        assert_eq!(shown_report(&texts, &members, "zebra"), (0, 0), "none holds it: the first");
        assert_eq!(shown_report(&texts, &[], "budget"), (0, 0));
        // Without the texts of the second paper (the page's corpus.bin), the first.
        let cards = Corpus { articles: texts.whole().unwrap().articles.iter().map(crate::codec::without_texts).collect() };
        let fetched = Texts::new(std::rc::Rc::new(cards.clone())).with_article(0, texts.article(0).unwrap().clone()).unwrap();
        assert_eq!(shown_report(&fetched, &members, "budget"), (0, 0));
        let both = fetched.with_article(1, texts.article(1).unwrap().clone()).unwrap();
        assert_eq!(shown_report(&both, &members, "budget"), (1, 0));
    }

    fn article(text: &str, quote: Quote) -> Article {
        Article {
            title: "Budget talks".into(),
            file: "budget.txt".into(),
            text: text.into(),
            people: vec![Person { name: "Ana Reyes".into(), roles: vec!["Mayor".into()], ..Default::default() }],
            quotes: vec![quote],
            ..Default::default()
        }
    }

    fn quote(kind: QuoteKind, speaker: Option<&str>, text: &str, sentence: &str, at: usize) -> Quote {
        let start = sentence.find(text).map_or(0, |b| sentence[..b].chars().count());
        Quote {
            speaker: speaker.map(Into::into),
            kind,
            text: text.into(),
            cue: Some("said".into()),
            sentence: sentence.into(),
            span: Span { start: at + start, end: at + start + text.chars().count() },
            sentence_span: Span { start: at, end: at + sentence.chars().count() },
            date: None,
        }
    }

    #[test]
    fn a_named_speaker_carries_the_first_role_the_article_gives_them() {
        let a = article("", quote(QuoteKind::Direct, Some("Ana Reyes"), "We will", "“We will,” she said.", 0));
        let face = quote_face(&a, &a.quotes[0]);
        assert_eq!((face.speaker_text(), face.role, face.label), ("Ana Reyes", Some("Mayor"), "Direct quote"));
        assert_eq!((face.title, face.file, face.cue), ("Budget talks", "budget.txt", Some("said")));
    }

    #[test]
    fn a_cue_without_words_is_not_shown() {
        let mut q = quote(QuoteKind::Direct, Some("Ana Reyes"), "We disagree.", "MS. REYES: We disagree.", 0);
        q.cue = Some(":".into());
        let a = article("", q);
        assert_eq!(quote_face(&a, &a.quotes[0]).cue, None);
    }

    #[test]
    fn nobody_named_is_an_unnamed_source_without_a_role() {
        let a = article("", quote(QuoteKind::Indirect, None, "costs will rise", "Officials said costs will rise.", 0));
        let face = quote_face(&a, &a.quotes[0]);
        assert_eq!((face.speaker, face.speaker_text(), face.role), (None, UNNAMED_SPEAKER, None));
        assert_eq!(face.label, "Reported speech");
    }

    #[test]
    fn the_context_cuts_the_sentence_at_the_quoted_words_counted_in_chars() {
        let sentence = "Café owners called it “a disaster” on Monday.";
        let a = article("", quote(QuoteKind::Partial, None, "a disaster", sentence, 7));
        let context = quote_face(&a, &a.quotes[0]).context.expect("a fragment has context");
        assert_eq!((context.before, context.words, context.after), ("Café owners called it “", "a disaster", "” on Monday."));
    }

    #[test]
    fn spans_that_do_not_fit_show_the_sentence_plain() {
        let mut q = quote(QuoteKind::Partial, None, "a disaster", "They called it “a disaster.”", 0);
        q.span = Span { start: 2, end: 12 };
        let a = article("", q);
        let context = quote_face(&a, &a.quotes[0]).context.unwrap();
        assert_eq!((context.before, context.words, context.after), ("They called it “a disaster.”", "", ""));
    }

    #[test]
    fn a_quote_that_is_its_whole_sentence_has_no_context() {
        let a = article("", quote(QuoteKind::Comment, None, "Great piece.", " Great piece. ", 0));
        assert_eq!(quote_face(&a, &a.quotes[0]).context, None);
    }

    #[test]
    fn dates_read_as_words_with_their_iso_start() {
        let mut q = quote(QuoteKind::Direct, None, "Yes", "“Yes,” he said.", 0);
        q.date = Some(DateValue { start: "2024-02-01".into(), end: "2024-02-10".into(), precision: Precision::Vague, text: "early February".into(), span: Span::default() });
        let a = article("", q);
        let date = quote_face(&a, &a.quotes[0]).date.unwrap();
        assert_eq!(date.iso, "2024-02-01");
        assert_eq!(date.text, display_date("2024-02-01", "2024-02-10", Precision::Vague));
    }
}
