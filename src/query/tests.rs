//! The query model on small synthetic corpora (the bundled one is still growing).

use super::*;
use crate::extract::model::{Article, Corpus, DateValue, DateWarning, Event, Person, Precision, Quote, QuoteKind, Span};

/// The element ids of a query's cards, in order.
fn ids(index: &Index, q: &Query) -> Vec<String> {
    index.results(q).cards.iter().map(|&c| index.card(c).id()).collect()
}

/// Char span of the first `needle` in `text`.
fn span_of(text: &str, needle: &str) -> Span {
    let byte = text.find(needle).unwrap_or_else(|| panic!("{needle:?} not in test text"));
    let start = text[..byte].chars().count();
    Span { start, end: start + needle.chars().count() }
}

fn date(text: &str, words: &str, start: &str, end: &str, precision: Precision) -> DateValue {
    DateValue { start: start.into(), end: end.into(), precision, text: words.into(), span: span_of(text, words) }
}

fn quote(text: &str, speaker: Option<&str>, kind: QuoteKind, words: &str, sentence: &str) -> Quote {
    Quote {
        speaker: speaker.map(str::to_string),
        kind,
        text: words.into(),
        cue: Some("said".into()),
        sentence: sentence.into(),
        span: span_of(text, words),
        sentence_span: span_of(text, sentence),
        date: None,
    }
}

fn event(text: &str, sentence: &str, words: &str, range: (&str, &str), precision: Precision, places: &[&str]) -> Event {
    Event {
        start: range.0.into(),
        end: range.1.into(),
        precision,
        sentence: sentence.into(),
        sentence_span: span_of(text, sentence),
        date: date(text, words, range.0, range.1, precision),
        actors: vec!["Ukraine".into()],
        places: places.iter().map(|p| p.to_string()).collect(),
    }
}

const A_TEXT: &str = "Peace talks\nTalks were held in Abu Dhabi on January 23-24, 2026. Peskov said \"Moscow is the only venue.\" Zelenskyy called it \"impossible\". The invasion began in February 2022.";
const B_TEXT: &str = "Talks again\nNegotiators met in Abu Dhabi on January 23-24, 2026 for a second round. Dmitry Peskov said Moscow is ready. ZELENSKYY said that Kyiv would reciprocate. Crimea was annexed in 2014.";

fn corpus() -> Corpus {
    let a = Article {
        file: "a.txt".into(),
        title: "Peace talks".into(),
        people: vec![
            Person { name: "Dmitry Peskov".into(), aliases: vec!["Peskov".into()], roles: vec!["Kremlin spokesperson".into()] },
            Person { name: "Volodymyr Zelenskyy".into(), aliases: vec!["Zelenskyy".into()], roles: vec![] },
        ],
        quotes: vec![
            quote(A_TEXT, Some("Dmitry Peskov"), QuoteKind::Direct, "Moscow is the only venue.", "Peskov said \"Moscow is the only venue.\""),
            quote(A_TEXT, Some("Volodymyr Zelenskyy"), QuoteKind::Partial, "impossible", "Zelenskyy called it \"impossible\"."),
        ],
        events: vec![
            event(A_TEXT, "Talks were held in Abu Dhabi on January 23-24, 2026.", "January 23-24, 2026", ("2026-01-23", "2026-01-24"), Precision::Day, &["Abu Dhabi"]),
            event(A_TEXT, "The invasion began in February 2022.", "February 2022", ("2022-02-01", "2022-02-28"), Precision::Month, &[]),
        ],
        text: A_TEXT.into(),
        ..Article::default()
    };
    let mut b = Article {
        file: "b.txt".into(),
        title: "Talks again".into(),
        people: vec![
            Person { name: "Dmitry Peskov".into(), aliases: vec![], roles: vec![] },
            Person { name: "Volodymyr Zelenskyy".into(), aliases: vec!["ZELENSKYY".into()], roles: vec![] },
        ],
        quotes: vec![
            quote(B_TEXT, Some("Dmitry Peskov"), QuoteKind::Indirect, "Moscow is ready", "Dmitry Peskov said Moscow is ready."),
            quote(B_TEXT, Some("Volodymyr Zelenskyy"), QuoteKind::Indirect, "Kyiv would reciprocate", "ZELENSKYY said that Kyiv would reciprocate."),
            quote(B_TEXT, Some("Zoë Reader"), QuoteKind::Comment, "Crimea", "Crimea was annexed in 2014."),
        ],
        events: vec![
            event(B_TEXT, "Negotiators met in Abu Dhabi on January 23-24, 2026 for a second round.", "January 23-24, 2026", ("2026-01-23", "2026-01-24"), Precision::Day, &["Abu Dhabi"]),
            event(B_TEXT, "Crimea was annexed in 2014.", "2014", ("2014-01-01", "2014-12-31"), Precision::Year, &["Crimea"]),
        ],
        text: B_TEXT.into(),
        ..Article::default()
    };
    b.quotes[1].date = Some(date(B_TEXT, "2014", "2014-01-01", "2014-12-31", Precision::Year));
    Corpus { articles: vec![a, b] }
}

fn count<K: std::borrow::Borrow<T>, T: PartialEq + ?Sized>(list: &[(K, usize)], key: &T) -> usize {
    list.iter().find(|(k, _)| k.borrow() == key).map_or(0, |(_, c)| *c)
}

#[test]
fn url_round_trip_keeps_every_filter() {
    let q = Query {
        speakers: vec!["Dmitry Peskov".into(), "Zoë O'Neil & Co".into()],
        kinds: vec![QuoteKind::Direct, QuoteKind::Comment],
        articles: vec!["003_x.txt".into()],
        mentions: vec!["Abu Dhabi".into()],
        text: "cease fire".into(),
        from: Some("2026-01-01".into()),
        to: Some("2026-01-31".into()),
        view: View::Quotes,
        sort: Sort::Date,
        read: Some("003_x.txt".into()),
    };
    let url = q.to_url_query();
    assert!(url.starts_with("?speaker=Dmitry%20Peskov&speaker=Zo%C3%AB%20O%27Neil%20%26%20Co&kind=direct&kind=comment"), "{url}");
    assert!(url.contains("&q=cease%20fire&from=2026-01-01&to=2026-01-31&view=quotes&sort=date&read=003_x.txt"), "{url}");
    assert_eq!(Query::from_url_query(&url), q);
}

#[test]
fn bad_url_values_fall_back_to_defaults() {
    let q = Query::from_url_query("?view=nope&speaker=&x=1&speaker=A+B&bad=%zz&kind=shout&from=2026-13-01&to=2025&sort=up");
    assert_eq!(q, Query { speakers: vec!["A B".into()], to: Some("2025-12-31".into()), ..Query::default() });
    assert_eq!(decode("100%"), "100%");
    assert_eq!(Query::default().to_url_query(), "");
}

#[test]
fn period_bounds_expand_to_days() {
    assert_eq!(period_bound("2024-02", true).as_deref(), Some("2024-02-29"));
    assert_eq!(period_bound("2023-02", true).as_deref(), Some("2023-02-28"));
    assert_eq!(period_bound("2026-02", false).as_deref(), Some("2026-02-01"));
    assert_eq!(period_bound("2026-02-30", false), None);
    assert_eq!(period_bound("soon", false), None);
}

#[test]
fn toggling_a_speaker_adds_then_removes_it() {
    let mut q = Query::default();
    q.toggle_speaker("A");
    q.toggle_speaker("B");
    q.toggle_speaker("A");
    assert_eq!(q.speakers, vec!["B".to_string()]);
}

#[test]
fn the_same_event_in_two_articles_is_one_card() {
    let corpus = corpus();
    let groups = group_events(&corpus);
    assert_eq!(groups, vec![vec![(0, 0), (1, 0)], vec![(0, 1)], vec![(1, 1)]]);
    let index = Index::new(corpus.clone());
    let results = index.results(&Query::default());
    assert_eq!((results.quotes, results.events), (5, 3));
    assert_eq!(index.card_for_reader_anchor("r-e-1-0").as_deref(), Some("e-0-0"));
    assert_eq!(index.card_for_reader_anchor("r-q-1-2").as_deref(), Some("q-1-2"));
    assert_eq!(index.card_for_reader_anchor("r-q-9-0"), None);
    assert_eq!(index.card_for_reader_anchor("junk"), None);
}

#[test]
fn events_on_the_same_day_about_different_things_stay_apart() {
    let mut corpus = corpus();
    let other = "Elections were held in Lisbon on January 23-24, 2026.";
    corpus.articles[1].text.push(' ');
    corpus.articles[1].text.push_str(other);
    let text = corpus.articles[1].text.clone();
    corpus.articles[1].events[0] = event(&text, other, "January 23-24, 2026", ("2026-01-23", "2026-01-24"), Precision::Day, &["Lisbon"]);
    assert_eq!(group_events(&corpus).len(), 4);
}

#[test]
fn facet_counts_apply_the_other_filters_only() {
    let index = Index::new(corpus());
    let q = Query { speakers: vec!["Dmitry Peskov".into()], ..Query::default() };
    let facets = index.facets(&q);
    // Speaker counts ignore the speaker filter itself.
    assert_eq!(count(&facets.speakers, "Dmitry Peskov"), 2);
    assert_eq!(count(&facets.speakers, "Volodymyr Zelenskyy"), 2);
    // Other facets count Peskov's quotes only.
    assert_eq!(count(&facets.kinds, &QuoteKind::Direct), 1);
    assert_eq!(count(&facets.kinds, &QuoteKind::Partial), 0);
    assert_eq!(count(&facets.articles, "a.txt"), 1);

    let q = Query { kinds: vec![QuoteKind::Indirect], articles: vec!["b.txt".into()], ..Query::default() };
    let facets = index.facets(&q);
    assert_eq!(count(&facets.speakers, "Dmitry Peskov"), 1);
    assert_eq!(count(&facets.speakers, "Zoë Reader"), 0);
    assert_eq!(count(&facets.kinds, &QuoteKind::Comment), 1, "kind counts ignore the kind filter");
    assert_eq!(count(&facets.articles, "a.txt"), 0, "article counts still need kind=indirect");
    assert_eq!(count(&facets.articles, "b.txt"), 2);
}

#[test]
fn selected_values_stay_listed_at_zero() {
    let index = Index::new(corpus());
    let q = Query { speakers: vec!["Nobody".into()], text: "zzz".into(), ..Query::default() };
    assert_eq!(count(&index.facets(&q).speakers, "Nobody"), 0);
    assert!(index.facets(&q).speakers.iter().any(|(s, _)| &**s == "Nobody"));
    assert!(index.results(&q).cards.is_empty());
}

#[test]
fn speakers_are_sorted_by_count_then_name() {
    let facets = Index::new(corpus()).facets(&Query::default());
    let names: Vec<&str> = facets.speakers.iter().map(|(s, _)| &**s).collect();
    assert_eq!(names, ["Dmitry Peskov", "Volodymyr Zelenskyy", "Zoë Reader"]);
    assert_eq!(speaker_counts(&corpus())[0], ("Dmitry Peskov".to_string(), 2));
}

#[test]
fn search_folds_case_and_diacritics_and_matches_prefixes() {
    let index = Index::new(corpus());
    let find = |text: &str| ids(&index, &Query { text: text.into(), ..Query::default() });
    assert_eq!(find("zelensky"), ["q-0-1", "q-1-1"], "speaker names are searched");
    assert_eq!(find("ZOE"), ["q-1-2"]);
    assert_eq!(find("abu dhabi"), ["e-0-0"], "event sentences, every word must match");
    assert_eq!(find("moscow venue"), ["q-0-0"]);
    assert!(find("ceasefire").is_empty());
    assert!(find("enue").is_empty(), "a term starts a word: 'enue' is not 'venue'");
    assert_eq!(find("mosc"), ["q-0-0", "q-1-0"], "the last word matches as a prefix while typing");
    assert!(find("mosc venue").is_empty(), "words before the last match whole words");
    assert!(find("mosc ").is_empty(), "a word followed by a space is whole");
    assert_eq!(find("\"only venue\""), ["q-0-0"], "a phrase: its words in a row");
    assert!(find("\"venue only\"").is_empty(), "a phrase in another order does not match");
    assert_eq!(find("\"the only ven"), ["q-0-0"], "an open phrase's last word is a prefix");
    assert!(find("m").is_empty(), "one letter is a word, not a prefix");
    assert_eq!(find("mo"), find("mosc"), "two letters are a prefix");
    assert_eq!(fold("ZELENSKYY Zoë’s Łódź"), "zelenskyy zoe's lodz");
}

#[test]
fn highlight_marks_folded_matches_in_the_original_text() {
    let pieces = highlight("Zoë met ZELENSKYY.", "zoe zelensky");
    assert_eq!(
        pieces,
        vec![("Zoë".into(), true), (" met ".into(), false), ("ZELENSKY".into(), true), ("Y.".into(), false)]
    );
    assert_eq!(highlight("abc", ""), vec![("abc".into(), false)]);
    assert_eq!(highlight("", "x"), Vec::<(String, bool)>::new());
}

#[test]
fn the_period_filter_keeps_overlapping_dated_cards() {
    let index = Index::new(corpus());
    let mut q = Query { view: View::Events, ..Query::default() };
    q.set_period(Some("2026-01"), Some("2026-01"));
    assert_eq!(ids(&index, &q), ["e-0-0"]);
    q.set_period(Some("2010"), Some("2022"));
    assert_eq!(index.results(&q).events, 2);
    // Quotes without a date drop out once a period is chosen; dated ones stay.
    q.view = View::Quotes;
    assert_eq!(ids(&index, &q), ["q-1-1"]);
    q.set_period(Some("2023-06-01"), None);
    assert!(index.results(&q).cards.is_empty());
}

#[test]
fn date_sort_puts_the_earliest_first_and_undated_last() {
    let index = Index::new(corpus());
    let q = Query { sort: Sort::Date, ..Query::default() };
    assert_eq!(&ids(&index, &q)[..4], ["q-1-1", "e-1-1", "e-0-1", "e-0-0"], "same date: article position decides");
    let q = Query::default();
    assert_eq!(&ids(&index, &q)[..4], ["e-0-0", "q-0-0", "q-0-1", "e-0-1"], "article order interleaves by position");
}

#[test]
fn timeline_groups_events_by_year_and_month() {
    let index = Index::new(corpus());
    let mut q = Query::default();
    q.set_period(Some("2026"), Some("2026"));
    let timeline = index.facets(&q).timeline;
    let years: Vec<(u32, usize)> = timeline.iter().map(|y| (y.year, y.count)).collect();
    assert_eq!(years, [(2014, 1), (2022, 1), (2026, 1)], "the period does not narrow its own facet");
    assert_eq!(timeline[0].months, vec![], "a year-precise event has no month");
    assert_eq!(timeline[1].months, vec![(2, 1)]);
    assert_eq!(timeline[2].months, vec![(1, 1)]);
}

#[test]
fn mentions_come_from_sentences_actors_and_places() {
    let index = Index::new(corpus());
    let facets = index.facets(&Query::default());
    assert_eq!(count(&facets.mentions, "Abu Dhabi"), 1);
    assert_eq!(count(&facets.mentions, "Ukraine"), 3);
    let q = Query { mentions: vec!["Crimea".into()], ..Query::default() };
    assert_eq!(ids(&index, &q), ["e-1-1"]);
}

#[test]
fn a_sentence_mentions_a_person_by_whole_words_of_their_name_or_alias() {
    const TEXT: &str = "Pike's plan. The Spike Pikes said so. Ann Pike and Pike met. Lee Marsh, 40, spoke. As de Gaulle wrote.";
    let sentence = |s: &str| s.to_string();
    let mut corpus = corpus();
    let article = &mut corpus.articles[0];
    article.people = vec![
        Person { name: "Ann Pike".into(), aliases: vec!["Pike".into()], roles: vec![] },
        Person { name: "Lee Marsh".into(), aliases: vec![], roles: vec![] },
        Person { name: "Bo Reed".into(), aliases: vec![], roles: vec![] },
        Person { name: "Charles de Gaulle".into(), aliases: vec!["de Gaulle".into()], roles: vec![] },
    ];
    article.text = TEXT.into();
    article.events.clear();
    article.quotes = ["Pike's plan.", "The Spike Pikes said so.", "Ann Pike and Pike met.", "Lee Marsh, 40, spoke.", "As de Gaulle wrote."]
        .into_iter()
        .map(|s| quote(TEXT, Some("Bo Reed"), QuoteKind::Indirect, s, &sentence(s)))
        .collect();
    corpus.articles.truncate(1);
    let index = Index::new(corpus.clone());
    let q = Query { mentions: vec!["Ann Pike".into()], ..Query::default() };
    // The possessive and the full name count, once each; "Spike" and "Pikes" do not.
    assert_eq!(ids(&index, &q), ["q-0-0", "q-0-2"]);
    // A name before punctuation ends there.
    let q = Query { mentions: vec!["Lee Marsh".into()], ..Query::default() };
    assert_eq!(ids(&index, &q), ["q-0-3"]);
    // A name whose first word is not capitalised is found too.
    let q = Query { mentions: vec!["Charles de Gaulle".into()], ..Query::default() };
    assert_eq!(ids(&index, &q), ["q-0-4"]);
}

#[test]
fn dates_read_like_a_newspaper() {
    assert_eq!(display_date("2026-01-23", "2026-01-24", Precision::Day), "Jan 23–24, 2026");
    assert_eq!(display_date("2026-01-29", "2026-01-29", Precision::Day), "Jan 29, 2026");
    assert_eq!(display_date("2026-01-31", "2026-02-02", Precision::Day), "Jan 31 – Feb 2, 2026");
    assert_eq!(display_date("2022-02-01", "2022-02-28", Precision::Month), "Feb 2022");
    assert_eq!(display_date("2026-02-01", "2026-02-10", Precision::Vague), "early Feb 2026");
    assert_eq!(display_date("2014-01-01", "2014-12-31", Precision::Year), "2014");
    assert_eq!(display_date("soon", "soon", Precision::Day), "soon");
}

#[test]
fn reader_segments_split_at_every_mark_boundary() {
    let corpus = corpus();
    let article = &corpus.articles[0];
    let marks = article_marks(article, 0);
    let sentence = article.events[0].sentence_span;
    let segs = segments(&article.text, sentence, &marks);
    let texts: Vec<&str> = segs.iter().map(|s| s.text.as_str()).collect();
    assert_eq!(texts, ["Talks were held in Abu Dhabi on ", "January 23-24, 2026", "."]);
    assert_eq!(segs[0].anchors, vec!["r-e-0-0".to_string()]);
    assert_eq!(segs[1].classes, vec!["sentence", "date"]);
    // A warning inside a sentence carries its reason; char offsets survive multi-byte text.
    let text = "Zoë: it ends on Sunday, January 31, 2026.";
    let warn = DateWarning { text: "Sunday, January 31, 2026".into(), why: "a Saturday".into(), span: span_of(text, "Sunday, January 31, 2026") };
    let marks = vec![Mark { span: warn.span, class: "warning", id: None, note: Some(warn.why) }];
    let segs = segments(text, Span { start: 0, end: 100 }, &marks);
    assert_eq!(segs[1].text, "Sunday, January 31, 2026");
    assert_eq!(segs[1].notes, vec!["a Saturday".to_string()]);
    assert_eq!(segs[2].text, ".");
}

/// A corpus of `n` articles with repeating speakers, places, kinds and dates, for checking the
/// index against a plain filter over every card.
fn synthetic(n: usize) -> Corpus {
    let speakers = ["Ana Silva", "Ben Okafor", "Chen Wei", "Dara Khan", "Eli Cohen", "Fay Moreau", "Gus Lind"];
    let places = ["Lagos", "Lima", "Oslo", "Pune", "Quito"];
    let kinds = QuoteKind::ALL;
    let articles = (0..n)
        .map(|a| {
            let mut text = format!("Article {a}\n");
            let mut quotes = Vec::new();
            let mut events = Vec::new();
            for i in 0..4 {
                let who = speakers[(a * 3 + i) % speakers.len()];
                let place = places[(a + i) % places.len()];
                let words = format!("{place} budget plan {} for year {}", ["rises", "falls", "stalls"][(a + i) % 3], 2000 + (a + i) % 25);
                let sentence = format!("{who} said {words}.");
                text.push_str(&sentence);
                text.push(' ');
                let mut q = quote(&text, Some(who), kinds[(a + i) % 4], &words, &sentence);
                if (a + i) % 2 == 0 {
                    let day = format!("{}-{:02}-{:02}", 2000 + (a + i) % 25, 1 + (a + i) % 12, 1 + i);
                    q.date = Some(date(&text, &words, &day, &day, Precision::Day));
                }
                quotes.push(q);
                let event_sentence = format!("Talks in {place} were held in {}.", 2000 + (a * i) % 25);
                text.push_str(&event_sentence);
                text.push(' ');
                let year = 2000 + (a * i) % 25;
                let (start, end) = (format!("{year}-01-01"), format!("{year}-12-31"));
                events.push(event(&text, &event_sentence, &event_sentence, (&start, &end), Precision::Year, &[place]));
            }
            Article {
                file: format!("{a:04}.txt"),
                title: format!("Article {a}"),
                people: speakers.iter().map(|s| Person { name: s.to_string(), aliases: vec![], roles: vec![] }).collect(),
                quotes,
                events,
                text,
                ..Article::default()
            }
        })
        .collect();
    Corpus { articles }
}

#[test]
fn the_index_agrees_with_a_plain_filter_over_every_card() {
    let corpus = synthetic(120);
    let index = Index::new(corpus.clone());
    let speakers = ["Ana Silva", "Chen Wei", "Gus Lind"];
    let mut checked = 0;
    for n in 0..200usize {
        let mut q = Query::default();
        if n % 3 == 0 {
            q.speakers.push(speakers[n % 3].into());
        }
        if n % 4 == 1 {
            q.kinds.push(QuoteKind::ALL[n % 4]);
        }
        if n % 5 == 2 {
            q.articles.push(format!("{:04}.txt", n % 120));
            q.articles.push(format!("{:04}.txt", (n * 7) % 120));
        }
        if n % 7 == 3 {
            q.mentions.push(["Lagos", "Oslo", "Quito"][n % 3].into());
        }
        if n % 2 == 1 {
            q.text = ["budget ri", "talks", "plan fa", "lim", "stalls 20", "\"budget plan\"", "\"plan ri", "lagos \"plan falls\" "][n % 8].into();
        }
        if n % 6 == 5 {
            q.set_period(Some(&format!("{}", 2000 + n % 25)), Some(&format!("{}", 2003 + n % 25)));
        }
        q.view = View::EVERY[n % 4];
        q.sort = Sort::ALL[n % 2];
        let got: Vec<CardRef> = index.results(&q).cards.iter().map(|&c| index.card(c).clone()).collect();
        let mut want = plain_results(&corpus, &index, &q);
        if q.sort == Sort::Date {
            // Only the membership is compared here; the order has its own test.
            let mut got_sorted = got.clone();
            got_sorted.sort_by_key(CardRef::id);
            want.sort_by_key(CardRef::id);
            assert_eq!(got_sorted, want, "{q:?}");
        } else {
            assert_eq!(got, want, "{q:?}");
        }
        checked += usize::from(!got.is_empty());
        assert_facets_count_the_other_filters(&corpus, &index, &q);
    }
    assert!(checked > 50, "the queries must not all be empty ({checked})");
}

#[test]
fn a_search_is_quoted_unless_it_holds_its_own_quotation_marks() {
    assert_eq!(crate::query::quoted("ceasefire"), "“ceasefire”");
    assert_eq!(crate::query::quoted("\"budget office\""), "\"budget office\"");
    assert_eq!(crate::query::quoted("“peace talks” geneva"), "“peace talks” geneva");
}

/// An index whose search words wait for their first use answers every query as the index that
/// made them at once, and makes them only when a search (or the page's idle time) asks.
#[test]
fn an_index_deferring_its_search_answers_the_same() {
    let corpus = std::rc::Rc::new(synthetic(60));
    let eager = Index::new(corpus.clone());
    let deferred = Index::deferring_search(corpus.clone(), None);
    let plain = Query { speakers: vec!["Ana Silva".into()], ..Query::default() };
    assert_eq!(deferred.results(&plain), eager.results(&plain));
    assert_eq!(deferred.facets(&plain), eager.facets(&plain));
    assert!(!deferred.search_is_made(), "a query without words made the search words");
    for text in ["budget ri", "talks", "\"budget plan\"", "\"plan ri", "lagos \"plan falls\" ", "zzz"] {
        let q = Query { text: text.into(), ..Query::default() };
        assert_eq!(deferred.results(&q), eager.results(&q), "{text}");
        assert_eq!(deferred.facets(&q), eager.facets(&q), "{text}");
    }
    assert!(deferred.search_is_made());
    let prepared = Index::deferring_search(corpus, None);
    prepared.prepare_search();
    assert!(prepared.search_is_made());
}

/// The event groups the build stored (`data/corpus.bin`) make the same index as groups made in
/// the page, and they are the ones used: other groups make other cards.
#[test]
fn an_index_takes_the_event_groups_it_is_given() {
    let corpus = std::rc::Rc::new(synthetic(60));
    let eager = Index::new(corpus.clone());
    let groups = crate::query::group_events(&corpus);
    let prebuilt = |event_groups: &[Vec<ItemRef>]| crate::codec::Prebuilt { event_groups: event_groups.to_vec(), ..Default::default() };
    let stored = Index::deferring_search(corpus.clone(), Some(&prebuilt(&groups)));
    for text in ["", "talks", "\"budget plan\""] {
        let q = Query { text: text.into(), ..Query::default() };
        assert_eq!(stored.results(&q), eager.results(&q), "{text}");
        assert_eq!(stored.facets(&q), eager.facets(&q), "{text}");
    }
    let apart: Vec<Vec<ItemRef>> = groups.iter().flatten().map(|&member| vec![member]).collect();
    assert!(apart.len() > groups.len(), "the synthetic corpus has events reported twice");
    let split = Index::deferring_search(corpus, Some(&prebuilt(&apart)));
    assert_eq!(split.len(), eager.len() + apart.len() - groups.len());
}

/// An index whose search words come in the build's chunks answers as the index that made them
/// all, once the chunks it asks for have arrived; it asks only for those a search needs, and
/// answers nothing for words whose chunk is not here.
#[test]
fn an_index_with_chunked_words_fetches_what_a_search_needs_and_answers_the_same() {
    let corpus = std::rc::Rc::new(synthetic(60));
    let eager = Index::new(corpus.clone());
    let groups = crate::query::group_events(&corpus);
    let (_, chunks) = crate::query::word_chunks(corpus.clone(), groups.clone());
    // Cut again smaller, so that a search needs some chunks and not others.
    let entries: Vec<crate::query::WordEntry> = chunks.into_iter().flatten().collect();
    let (word_chunks, chunks) = super::search::cut_chunks(entries, 200);
    assert!(word_chunks.len() > 4, "{} chunks", word_chunks.len());
    let prebuilt = crate::codec::Prebuilt { event_groups: groups, word_chunks, named: None, preset: None };
    let chunked = Index::deferring_search(corpus, Some(&prebuilt));
    let plain = Query { speakers: vec!["Ana Silva".into()], ..Query::default() };
    assert!(chunked.words_to_fetch(&plain).is_empty());
    assert_eq!(chunked.results(&plain), eager.results(&plain));
    let mut fetched = 0;
    for text in ["budget ri", "talks", "\"budget plan\"", "\"plan ri", "lagos \"plan falls\" ", "zzz", "t", "ana"] {
        let q = Query { text: text.into(), ..Query::default() };
        let needed = chunked.words_to_fetch(&q);
        for n in chunked.request_words(&needed) {
            chunked.words_arrived(n, Ok(chunks[n].clone())).unwrap();
            fetched += 1;
        }
        assert!(chunked.words_to_fetch(&q).is_empty(), "{text}");
        assert_eq!(chunked.results(&q), eager.results(&q), "{text}");
        assert_eq!(chunked.facets(&q), eager.facets(&q), "{text}");
    }
    assert!(fetched < chunks.len(), "{fetched} of {} chunks fetched: every one", chunks.len());
    // A word whose chunk is missing matches nothing until it arrives; a failed fetch may be
    // made again.
    let first_word = |n: usize| Query { text: format!("{} ", prebuilt.word_chunks[n]), ..Query::default() };
    let missing = (1..chunks.len()).find(|&n| !chunked.words_to_fetch(&first_word(n)).is_empty()).unwrap();
    let q = first_word(missing);
    assert!(!eager.results(&q).cards.is_empty());
    assert!(chunked.results(&q).cards.is_empty());
    assert_eq!(chunked.request_words(&[missing]), [missing]);
    assert!(chunked.words_arrived(missing, Err("data/words/9.bin could not be loaded".into())).is_err());
    assert_eq!(chunked.request_words(&[missing]), [missing]);
    chunked.words_arrived(missing, Ok(chunks[missing].clone())).unwrap();
    assert_eq!(chunked.results(&q), eager.results(&q));
}

/// The speaker and kind counts are those of the cards the query leaves without its own speaker
/// (kind) filter, counted one by one (selected values at zero stay listed).
fn assert_facets_count_the_other_filters(corpus: &Corpus, index: &Index, q: &Query) {
    let facets = index.facets(q);
    let quotes_of = |query: &Query| -> Vec<Quote> {
        let cards = plain_results(corpus, index, query).into_iter();
        cards.filter_map(|c| if let CardRef::Quote((a, i)) = c { Some(corpus.articles[a].quotes[i].clone()) } else { None }).collect()
    };
    let mut speakers: Vec<(String, usize)> = Vec::new();
    for quote in quotes_of(&Query { speakers: vec![], ..q.clone() }) {
        let Some(name) = quote.speaker else { continue };
        match speakers.iter_mut().find(|(s, _)| *s == name) {
            Some((_, n)) => *n += 1,
            None => speakers.push((name, 1)),
        }
    }
    let mut got: Vec<(String, usize)> = facets.speakers.iter().filter(|(_, n)| *n > 0).map(|(s, n)| (s.to_string(), *n)).collect();
    speakers.sort();
    got.sort();
    assert_eq!(got, speakers, "speakers of {q:?}");
    let kinds = quotes_of(&Query { kinds: vec![], ..q.clone() });
    for (kind, n) in &facets.kinds {
        assert_eq!(*n, kinds.iter().filter(|x| x.kind == *kind).count(), "{kind:?} of {q:?}");
    }
    // Ranked: most first, then by name.
    let ranked: Vec<(String, usize)> = facets.speakers.iter().filter(|(_, n)| *n > 0).map(|(s, n)| (s.to_string(), *n)).collect();
    assert_eq!(ranked, by_count_then_name(speakers.clone()), "speaker order of {q:?}");
    // The chart: the first speakers of the same ranking over the query's own results.
    let mut of_results: Vec<(String, usize)> = Vec::new();
    for quote in quotes_of(q) {
        let Some(name) = quote.speaker else { continue };
        match of_results.iter_mut().find(|(s, _)| *s == name) {
            Some((_, n)) => *n += 1,
            None => of_results.push((name, 1)),
        }
    }
    let top: Vec<(String, usize)> = index.top_speakers(q, &index.results(q), 3).iter().map(|(s, n)| (s.to_string(), *n)).collect();
    let mut want_top = by_count_then_name(of_results);
    want_top.truncate(3);
    assert_eq!(top, want_top, "top speakers of {q:?}");
    // Articles: each card counts once for every article reporting it; most first, then in
    // corpus order.
    let mut articles = vec![0usize; corpus.articles.len()];
    for card in plain_results(corpus, index, &Query { articles: vec![], ..q.clone() }) {
        let mut of_card: Vec<usize> = match card {
            CardRef::Quote((a, _)) => vec![a],
            CardRef::Event(members) => members.iter().map(|&(a, _)| a).collect(),
        };
        of_card.dedup();
        for a in of_card {
            articles[a] += 1;
        }
    }
    let mut want: Vec<(String, usize)> = (0..articles.len()).filter(|&a| articles[a] > 0).map(|a| (corpus.articles[a].file.clone(), articles[a])).collect();
    want.sort_by_key(|(_, n)| std::cmp::Reverse(*n));
    let got: Vec<(String, usize)> = facets.articles.iter().filter(|(_, n)| *n > 0).cloned().collect();
    assert_eq!(got, want, "articles of {q:?}");
    // The timeline: the events the query leaves without its period, per year of their start.
    let mut years: Vec<(u32, usize)> = Vec::new();
    for card in plain_results(corpus, index, &Query { from: None, to: None, ..q.clone() }) {
        let CardRef::Event(members) = card else { continue };
        let (a, i) = members[0];
        let Ok(year) = corpus.articles[a].events[i].start[..4].parse::<u32>() else { continue };
        match years.binary_search_by_key(&year, |(y, _)| *y) {
            Ok(at) => years[at].1 += 1,
            Err(at) => years.insert(at, (year, 1)),
        }
    }
    let got: Vec<(u32, usize)> = facets.timeline.iter().map(|y| (y.year, y.count)).collect();
    assert_eq!(got, years, "timeline of {q:?}");
}

/// Most first, then by name.
fn by_count_then_name(mut counts: Vec<(String, usize)>) -> Vec<(String, usize)> {
    counts.sort_by(|(a, x), (b, y)| y.cmp(x).then_with(|| a.cmp(b)));
    counts
}

#[test]
fn a_click_shares_the_unfiltered_counts_of_its_own_facet() {
    // The facet just clicked keeps its counts (its pool is the whole view): the very list the
    // unfiltered page showed, not a copy of it, so the page can tell it did not change.
    let index = Index::new(synthetic(30));
    let all = index.facets(&Query::default());
    let one = Query { speakers: vec!["Chen Wei".into()], ..Query::default() };
    let facets = index.facets(&one);
    assert!(std::rc::Rc::ptr_eq(&facets.speakers, &all.speakers), "speakers shared");
    assert!(!std::rc::Rc::ptr_eq(&facets.mentions, &all.mentions), "mentions counted again");
    assert!(std::rc::Rc::ptr_eq(&index.facets(&Query::default()).articles, &all.articles), "back to the unfiltered lists");
    // A selected value with no count is added to a copy, never to the shared list.
    let nobody = Query { speakers: vec!["Nobody".into()], ..Query::default() };
    assert!(index.facets(&nobody).speakers.iter().any(|(s, _)| &**s == "Nobody"));
    assert!(!index.facets(&Query::default()).speakers.iter().any(|(s, _)| &**s == "Nobody"));
}

/// Every card of the index checked one by one against the query, the way a reader would.
fn plain_results(corpus: &Corpus, index: &Index, q: &Query) -> Vec<CardRef> {
    let terms = parse_search(&q.text);
    let in_period = |start: &str, end: &str| {
        q.from.as_deref().is_none_or(|f| end >= f) && q.to.as_deref().is_none_or(|t| start <= t)
    };
    // Every term's words in a row within one of the card's texts, the last one as a prefix
    // while typed.
    let words_match = |texts: &[&str]| {
        terms.iter().all(|t| {
            let n = t.words.len();
            texts.iter().any(|text| {
                let words: Vec<String> = fold(text).split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_string).collect();
                words.windows(n).any(|run| {
                    run.iter().zip(&t.words).enumerate().all(|(k, (w, tw))| if t.prefix && k == n - 1 { w.starts_with(tw.as_str()) } else { w == tw })
                })
            })
        })
    };
    (0..index.len() as CardId)
        .map(|c| index.card(c).clone())
        .filter(|card| match card {
            CardRef::Quote((a, i)) => {
                let article = &corpus.articles[*a];
                let quote = &article.quotes[*i];
                let speaker = quote.speaker.clone().unwrap_or_default();
                let named: Vec<&str> = article.people.iter().map(|p| p.name.as_str()).filter(|p| quote.sentence.contains(p) && *p != speaker).collect();
                q.view.shows_quotes()
                    && (q.speakers.is_empty() || q.speakers.contains(&speaker))
                    && (q.kinds.is_empty() || q.kinds.contains(&quote.kind))
                    && (q.articles.is_empty() || q.articles.contains(&article.file))
                    && (q.mentions.is_empty() || q.mentions.iter().any(|m| named.contains(&m.as_str())))
                    && ((q.from.is_none() && q.to.is_none()) || quote.date.as_ref().is_some_and(|d| in_period(&d.start, &d.end)))
                    && words_match(&[quote.text.as_str(), speaker.as_str()])
            }
            CardRef::Event(members) => {
                let event = |&(a, i): &ItemRef| &corpus.articles[a].events[i];
                let first = event(&members[0]);
                q.view.shows_events()
                    && q.speakers.is_empty()
                    && q.kinds.is_empty()
                    && (q.articles.is_empty() || members.iter().any(|&(a, _)| q.articles.contains(&corpus.articles[a].file)))
                    && (q.mentions.is_empty() || members.iter().any(|m| event(m).places.iter().chain(&event(m).actors).any(|p| q.mentions.contains(p))))
                    && in_period(&first.start, &first.end)
                    && words_match(&members.iter().map(|m| event(m).sentence.as_str()).collect::<Vec<_>>())
            }
        })
        .collect()
}

#[test]
fn grouping_large_date_buckets_loses_no_report_and_never_joins_one_article_twice() {
    // 12,000 reports in 25 year buckets sharing five places: the place and word indexes must
    // still put every report somewhere, once (its speed is in `make bench-page`, not here).
    let corpus = synthetic(3000);
    let groups = group_events(&corpus);
    let reports: usize = groups.iter().map(Vec::len).sum();
    assert_eq!(reports, corpus.articles.iter().map(|a| a.events.len()).sum::<usize>(), "no report lost");
    assert!(groups.iter().all(|g| {
        let mut articles: Vec<usize> = g.iter().map(|&(a, _)| a).collect();
        articles.dedup();
        articles.len() == g.len()
    }), "a group never holds two reports of one article");
}

#[test]
fn top_speakers_count_the_quotes_of_the_results() {
    let index = Index::new(corpus());
    let all = index.results(&Query::default());
    let top = index.top_speakers(&Query::default(), &all, 2);
    let top: Vec<(&str, usize)> = top.iter().map(|(s, n)| (&**s, *n)).collect();
    assert_eq!(top, [("Dmitry Peskov", 2), ("Volodymyr Zelenskyy", 2)]);
    let direct_query = Query { kinds: vec![QuoteKind::Direct], ..Query::default() };
    let direct = index.results(&direct_query);
    let top = index.top_speakers(&direct_query, &direct, 5);
    assert_eq!(top.len(), 1, "only the selection counts");
    assert_eq!((&*top[0].0, top[0].1), ("Dmitry Peskov", 1));
}

#[test]
fn a_speaker_page_is_their_quotes_and_a_permalink() {
    let index = Index::new(corpus());
    let q = Query::speaker_page("Volodymyr Zelenskyy");
    assert_eq!(q.to_url_query(), "?speaker=Volodymyr%20Zelenskyy&view=speaker");
    assert_eq!(Query::from_url_query(&q.to_url_query()), q);
    assert_eq!(q.page_speaker(), Some("Volodymyr Zelenskyy"));
    assert_eq!(ids(&index, &q), ["q-0-1", "q-1-1"]);
    assert_eq!(index.quote_years(&index.results(&q)), [(2014, 1)], "one of the two quotes is dated");
    let two = Query { speakers: vec!["A".into(), "B".into()], ..q.clone() };
    assert_eq!(two.page_speaker(), None, "a page is one speaker's");
    assert!(index.facets(&Query { view: View::Speaker, ..Query::default() }).timeline.is_empty());
}

#[test]
fn a_card_is_found_by_its_element_id_or_any_report() {
    let index = Index::new(corpus());
    let event = index.card_of_element("e-1-0").expect("the second report of the grouped event");
    assert_eq!(index.card(event).id(), "e-0-0");
    assert_eq!(index.card_of_element("q-1-2").map(|c| index.card(c).id()).as_deref(), Some("q-1-2"));
    assert_eq!(index.card_of_element("q-9-9"), None);
    assert_eq!(index.card_of_element("x-1"), None);
    assert_eq!(index.article_index("b.txt"), Some(1));
    assert_eq!(index.article_index("zzz.txt"), None);
}

#[test]
fn word_spans_cut_as_a_split_on_letters_and_digits_does() {
    let texts = ["", " ", "Pike's plan", "Zoë Ørsted — 2,400 “votes”", "ÉCOLE naïve café", "a", "日本 語x", "x\u{300}y", "end.", "…ünïcode…"];
    for text in texts {
        let ours: Vec<&str> = super::text::word_spans(text).map(|(s, e)| &text[s..e]).collect();
        let split: Vec<&str> = text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
        assert_eq!(ours, split, "{text:?}");
    }
}

/// The page's index of a corpus without its texts (its `corpus.bin`, people named by the build)
/// has the same cards as the whole one; a page of cards asks for each of its articles once, in
/// order, an event's other reports only with a search; an article that arrives serves its cards.
#[test]
fn an_index_without_texts_asks_for_the_articles_of_the_cards_shown() {
    let whole = synthetic(60);
    let groups = crate::query::group_events(&whole);
    let prebuilt = crate::codec::Prebuilt { event_groups: groups, named: Some(crate::query::named_people(&whole)), ..Default::default() };
    let cards = Corpus { articles: whole.articles.iter().map(crate::codec::without_texts).collect() };
    let page = Index::deferring_search(std::rc::Rc::new(cards), Some(&prebuilt));
    let eager = Index::new(whole.clone());
    let all = Query::default();
    assert_eq!(page.results(&all), eager.results(&all));
    assert_eq!(page.facets(&all), eager.facets(&all));
    let shown = &page.results(&all).cards[..24];
    let articles = page.texts_to_fetch(shown, "");
    let mut once = articles.clone();
    once.sort_unstable();
    once.dedup();
    assert_eq!(once.len(), articles.len(), "each once: {articles:?}");
    let first = |id: &CardId| match page.card(*id) {
        CardRef::Quote((a, _)) => *a,
        CardRef::Event(members) => members[0].0,
    };
    assert_eq!(articles[0], first(&shown[0]));
    assert!(shown.iter().all(|id| articles.contains(&first(id))));
    // An event reported twice: its second report's article only with a search.
    let reported_twice = page.results(&Query { view: View::Events, ..all.clone() }).cards.into_iter().find(|&id| matches!(page.card(id), CardRef::Event(m) if m.len() > 1 && m[1].0 != m[0].0));
    let id = reported_twice.expect("the synthetic corpus has events reported by two articles");
    assert_eq!(page.texts_to_fetch(&[id], "").len(), 1);
    let CardRef::Event(members) = page.card(id) else { unreachable!() };
    let mut reports: Vec<usize> = members.iter().take(super::index::REPORTS_READ).map(|m| m.0).collect();
    reports.sort_unstable();
    reports.dedup();
    assert!(reports.len() > 1);
    assert_eq!(page.texts_to_fetch(&[id], "budget").len(), reports.len());
    // Asked for once; an article that arrives is no longer missing.
    let a = articles[0];
    assert_eq!(page.request_texts(&[a, a]), vec![a]);
    assert!(page.request_texts(&[a]).is_empty());
    page.texts_arrived(a, Ok(whole.articles[a].clone())).unwrap();
    assert!(!page.texts_to_fetch(shown, "").contains(&a));
    assert!(page.texts_arrived(articles[1], Err("gone".into())).is_err());
    assert_eq!(page.texts().failure(articles[1]), Some("gone"));
}

/// A phrase reads the texts of the cards that hold its words: their articles when they are few,
/// every card's texts when they are many; nothing before its words are here. Then it answers as
/// the index that has every text.
#[test]
fn a_phrase_asks_for_the_articles_of_its_cards_or_for_every_text() {
    use super::index::{TextsNeeded, PHRASE_ARTICLES};
    let whole = std::rc::Rc::new(synthetic(60));
    let groups = crate::query::group_events(&whole);
    let (word_chunks, chunks) = crate::query::word_chunks(whole.clone(), groups.clone());
    let prebuilt = crate::codec::Prebuilt { event_groups: groups, word_chunks, named: Some(crate::query::named_people(&whole)), preset: None };
    let cards = Corpus { articles: whole.articles.iter().map(crate::codec::without_texts).collect() };
    let page = Index::deferring_search(std::rc::Rc::new(cards), Some(&prebuilt));
    let eager = Index::new(whole.clone());
    let few = Query { text: "\"for year 2003\"".into(), ..Query::default() };
    assert_eq!(page.texts_for_search(&few), TextsNeeded::Nothing, "its words are not here yet");
    for n in page.request_words(&page.words_to_fetch(&few)) {
        page.words_arrived(n, Ok(chunks[n].clone())).unwrap();
    }
    let TextsNeeded::Articles(articles) = page.texts_for_search(&few) else { panic!("a phrase of a few articles") };
    assert!(!articles.is_empty() && articles.len() <= PHRASE_ARTICLES, "{articles:?}");
    for &a in &articles {
        page.texts_arrived(a, Ok(whole.articles[a].clone())).unwrap();
    }
    assert_eq!(page.texts_for_search(&few), TextsNeeded::Nothing);
    assert_eq!(page.results(&few), eager.results(&few));
    let many = Query { text: "\"budget plan\"".into(), ..Query::default() };
    for n in page.request_words(&page.words_to_fetch(&many)) {
        page.words_arrived(n, Ok(chunks[n].clone())).unwrap();
    }
    assert_eq!(page.texts_for_search(&many), TextsNeeded::Whole, "every article holds it");
    let cards_whole = Corpus { articles: whole.articles.iter().map(crate::codec::without_article_text).collect() };
    page.whole_arrived(Ok(cards_whole)).unwrap();
    assert_eq!(page.texts_for_search(&many), TextsNeeded::Nothing);
    assert_eq!(page.results(&many), eager.results(&many));
}

/// An event that nine papers reported, and whose search word only the last one's wording holds:
/// its card asks for its reports' articles a few at a time until one marks the search, and then
/// shows that one.
#[test]
fn an_event_card_reads_its_reports_until_one_marks_the_search() {
    let report = |n: usize, verb: &str| {
        let sentence = format!("Rep. Carl Dunmore {verb} he would file a bill on March 17, 2026.");
        let at = sentence.find("March").unwrap_or(0);
        let date = DateValue { start: "2026-03-17".into(), end: "2026-03-17".into(), precision: Precision::Day, text: "March 17, 2026".into(), span: Span { start: at, end: at + 14 } };
        let event = Event { start: date.start.clone(), end: date.end.clone(), precision: Precision::Day, sentence: sentence.clone(), sentence_span: Span { start: 0, end: sentence.len() }, date, actors: vec![], places: vec![] };
        Article { file: format!("{n}.txt"), title: format!("Report {n}"), text: sentence, events: vec![event], ..Article::default() }
    };
    let whole = Corpus { articles: (0..9).map(|n| report(n, if n == 8 { "warned" } else { "said" })).collect() };
    let members: Vec<ItemRef> = (0..9).map(|a| (a, 0)).collect();
    let prebuilt = crate::codec::Prebuilt { event_groups: vec![members.clone()], named: Some(crate::query::named_people(&whole)), ..Default::default() };
    let cards = Corpus { articles: whole.articles.iter().map(crate::codec::without_texts).collect() };
    let page = Index::deferring_search(std::rc::Rc::new(cards), Some(&prebuilt));
    let id = page.results(&Query::default()).cards[0];
    assert!(matches!(page.card(id), CardRef::Event(m) if m.len() == 9));
    let arrive = |articles: &[usize]| articles.iter().for_each(|&a| page.texts_arrived(a, Ok(whole.articles[a].clone())).unwrap());

    assert_eq!(page.texts_to_fetch(&[id], ""), [0]);
    assert_eq!(page.texts_to_fetch(&[id], "warned"), [0, 1, 2, 3, 4, 5]);
    arrive(&[0, 1, 2, 3, 4, 5]);
    assert_eq!(crate::cards::shown_report(&page.texts(), &members, "warned"), (0, 0), "no report here marks it yet");
    assert_eq!(page.texts_to_fetch(&[id], "warned"), [6, 7, 8]);
    arrive(&[6, 7, 8]);
    assert!(page.texts_to_fetch(&[id], "warned").is_empty());
    assert_eq!(crate::cards::shown_report(&page.texts(), &members, "warned"), (8, 0));
    // A report here that marks the search is enough: the others are not asked for.
    assert!(page.texts_to_fetch(&[id], "said").is_empty());
}

/// The page looks for the people each sentence names (a corpus with a reader's own article) at
/// its pace, waiting after each article: what it finds is what the build finds at once.
#[test]
fn people_named_at_a_pace_that_waits_are_those_found_at_once() {
    use crate::pace::tests::{run, Stutter};
    let corpus = corpus();
    let at_once = named_people(&corpus);
    assert!(!at_once.people.is_empty(), "the sentences name someone");
    let stutter = Stutter::default();
    let (paced, _) = run(index::named_people_paced(&corpus, &mut stutter.pace(1)));
    assert_eq!(stutter.waits.get(), corpus.articles.len(), "a wait after each article");
    assert_eq!(paced, at_once);
}
