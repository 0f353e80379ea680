use super::*;
use crate::extract::model::{DateValue, Person, QuoteKind, Span};

fn date(start: &str, end: &str, precision: Precision, text: &str) -> DateValue {
    DateValue { start: start.into(), end: end.into(), precision, text: text.into(), span: Span { start: 40, end: 52 } }
}

fn event(start: &str, end: &str, precision: Precision, sentence: &str) -> Event {
    Event {
        start: start.into(),
        end: end.into(),
        precision,
        sentence: sentence.into(),
        sentence_span: Span { start: 10, end: 10 + sentence.chars().count() },
        date: date(start, end, precision, "January 23-24, 2026"),
        actors: vec!["Ukraine".into(), "Russia".into()],
        places: vec!["Abu Dhabi".into()],
    }
}

fn article() -> Article {
    Article {
        file: "003_talks.txt".into(),
        title: "Talks, at last".into(),
        reference_date: Some("2026-01-30".into()),
        people: vec![Person {
            name: "Volodymyr Zelenskyy".into(),
            aliases: vec![],
            roles: vec!["Ukrainian President".into(), "leader".into()],
        }],
        quotes: vec![Quote {
            speaker: Some("Volodymyr Zelenskyy".into()),
            kind: QuoteKind::Direct,
            text: "I can, \"just\" as well, invite him".into(),
            cue: Some("stated".into()),
            sentence: "\u{201c}I can, \"just\" as well, invite him,\u{201d} he stated.".into(),
            span: Span { start: 1, end: 30 },
            sentence_span: Span { start: 0, end: 50 },
            date: Some(date("2026-01-29", "2026-01-29", Precision::Day, "on Thursday")),
        }],
        events: vec![
            event("2026-01-23", "2026-01-24", Precision::Day, "Talks were held in Abu Dhabi on January 23-24, 2026."),
            event("2025-01-01", "2025-01-31", Precision::Month, "Strikes, again; in January 2025."),
        ],
        text: "x".repeat(200),
        ..Article::default()
    }
}

#[test]
fn csv_quotes_only_the_fields_that_need_it_and_ends_records_with_crlf() {
    let mut out = String::new();
    csv_record(&mut out, ["plain", "a,b", "say \"hi\"", "two\nlines", "cr\rhere", "", "é"]);
    assert_eq!(out, "plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\"cr\rhere\",,é\r\n");
}

#[test]
fn csv_has_a_header_and_one_row_per_item_with_its_columns() {
    let a = article();
    let out = csv(&items(std::slice::from_ref(&a)));
    let lines: Vec<&str> = out.split_terminator("\r\n").collect();
    assert_eq!(lines[0], CSV_COLUMNS.join(","));
    assert_eq!(lines.len(), 1 + 1 + 2);
    assert_eq!(
        lines[1],
        "quote,003_talks.txt,\"Talks, at last\",Volodymyr Zelenskyy,Ukrainian President; leader,direct,\
         \"I can, \"\"just\"\" as well, invite him\",stated,on Thursday,2026-01-29,2026-01-29,day,\
         \"\u{201c}I can, \"\"just\"\" as well, invite him,\u{201d} he stated.\",,,"
    );
    assert_eq!(
        lines[3],
        "event,003_talks.txt,\"Talks, at last\",,,,,,\"January 23-24, 2026\",2025-01-01,2025-01-31,month,\
         \"Strikes, again; in January 2025.\",Ukraine; Russia,Abu Dhabi,\"Talks, at last\""
    );
}

#[test]
fn csv_event_sources_list_every_reporting_article() {
    let a = article();
    let mut b = article();
    b.title = "Second report".into();
    let item = Item::Event { article: &a, event: &a.events[0], more_sources: vec![&b] };
    let out = csv(&[item]);
    assert!(out.ends_with(",\"Talks, at last; Second report\"\r\n"), "{out}");
}

#[test]
fn jsonl_is_one_article_object_per_line() {
    let a = article();
    let mut b = article();
    b.file = "b.txt".into();
    let out = jsonl([&a, &b]);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 2);
    assert!(out.ends_with('\n'));
    assert_eq!(serde_json::from_str::<Article>(lines[0]).unwrap(), a);
    assert_eq!(serde_json::from_str::<Article>(lines[1]).unwrap(), b);
}

#[test]
fn long_lines_fold_at_75_octets_without_cutting_a_character() {
    for content in ["x".repeat(300), format!("{}é{}", "a".repeat(74), "ü".repeat(100)), "€".repeat(90)] {
        let mut out = String::new();
        line(&mut out, &content);
        assert!(out.ends_with("\r\n"));
        let physical: Vec<&str> = out.split_terminator("\r\n").collect();
        assert!(physical.len() > 1);
        for (i, l) in physical.iter().enumerate() {
            assert!(l.len() <= 75, "line {i} has {} octets", l.len());
            assert_eq!(i > 0, l.starts_with(' '), "line {i}");
        }
        assert_eq!(out.trim_end_matches("\r\n").replace("\r\n ", ""), content);
    }
    // 74 ASCII octets and a 2-octet character: the character moves to the next line.
    let mut out = String::new();
    line(&mut out, &format!("{}é", "a".repeat(74)));
    assert_eq!(out, format!("{}\r\n é\r\n", "a".repeat(74)));
    let mut short = String::new();
    line(&mut short, &"b".repeat(75));
    assert_eq!(short, format!("{}\r\n", "b".repeat(75)));
}

#[test]
fn text_values_escape_backslash_semicolon_comma_and_line_breaks() {
    assert_eq!(ics_text("a\\b;c,d\ne\r\nf\rg\u{7}h\ti"), "a\\\\b\\;c\\,d\\ne\\nf\\ng h\ti");
}

fn unfolded(ics: &str) -> Vec<String> {
    ics.replace("\r\n ", "").split_terminator("\r\n").map(str::to_string).collect()
}

#[test]
fn ics_has_one_all_day_event_per_event_with_exclusive_ends() {
    let a = article();
    let out = ics(&items(std::slice::from_ref(&a)));
    let lines = unfolded(&out);
    assert_eq!(&lines[..3], ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//newslens//newslens extract//EN"]);
    assert_eq!(lines.last().unwrap(), "END:VCALENDAR");
    assert_eq!(lines.iter().filter(|l| *l == "BEGIN:VEVENT").count(), 2, "quotes are not events");
    // A day range ends the day after its last day.
    assert!(lines.contains(&"DTSTART;VALUE=DATE:20260123".to_string()));
    assert!(lines.contains(&"DTEND;VALUE=DATE:20260125".to_string()));
    // A month is its first day, and the description says so.
    assert!(lines.contains(&"DTSTART;VALUE=DATE:20250101".to_string()));
    assert_eq!(lines.iter().filter(|l| l.starts_with("DTEND")).count(), 1);
    let description = lines.iter().rfind(|l| l.starts_with("DESCRIPTION:")).unwrap();
    assert!(description.contains("\\nPrecision: month (2025-01-01 to 2025-01-31)"), "{description}");
    assert!(lines.contains(&"SUMMARY:Strikes\\, again\\; in January 2025.".to_string()));
    assert!(lines.contains(&"LOCATION:Abu Dhabi".to_string()));
    assert_eq!(lines.iter().filter(|l| *l == "DTSTAMP:20260130T000000Z").count(), 2);
}

#[test]
fn ends_cross_months_years_and_leap_days() {
    let mut a = article();
    a.events = vec![
        event("2024-02-27", "2024-02-29", Precision::Day, "Leap."),
        event("2025-12-30", "2025-12-31", Precision::Day, "New year."),
        event("2026-01-31", "2026-01-31", Precision::Day, "One day."),
    ];
    a.reference_date = None;
    let lines = unfolded(&ics(&items(std::slice::from_ref(&a))));
    let ends: Vec<&String> = lines.iter().filter(|l| l.starts_with("DTEND")).collect();
    assert_eq!(ends, ["DTEND;VALUE=DATE:20240301", "DTEND;VALUE=DATE:20260101"], "a single day has no DTEND");
    assert!(lines.iter().filter(|l| l.starts_with("DTSTAMP")).all(|l| l == "DTSTAMP:19700101T000000Z"));
}

#[test]
fn uids_are_stable_and_unique_within_a_file() {
    let a = article();
    let twice = [Item::event(&a, &a.events[0]), Item::event(&a, &a.events[1]), Item::event(&a, &a.events[0])];
    let uids = |s: &str| -> Vec<String> { unfolded(s).into_iter().filter(|l| l.starts_with("UID:")).collect() };
    let first = uids(&ics(&twice));
    assert_eq!(first.len(), 3);
    assert_ne!(first[0], first[1]);
    assert_eq!(first[2], first[0].replace("@newslens", "-2@newslens"));
    assert!(first.iter().all(|u| u.ends_with("@newslens")));
    assert_eq!(uids(&ics(&twice)), first);
    let mut renamed = article();
    renamed.file = "other.txt".into();
    assert_ne!(uids(&ics(&[Item::event(&renamed, &renamed.events[0])]))[0], first[0]);
}

#[test]
fn an_event_without_an_iso_start_is_left_out() {
    let mut a = article();
    a.events[0].start = "January".into();
    let out = ics(&items(std::slice::from_ref(&a)));
    assert_eq!(unfolded(&out).iter().filter(|l| *l == "BEGIN:VEVENT").count(), 1);
}

#[test]
fn days_are_checked() {
    assert_eq!(parse_day("2024-02-29"), Some((2024, 2, 29)));
    for bad in ["2026-02-29", "1900-02-29", "2026-13-01", "2026-00-10", "2026-1-01", "2026-01-1x", "", "+026-01-01"] {
        assert_eq!(parse_day(bad), None, "{bad}");
    }
    assert_eq!(next_day((2000, 2, 28)), Some((2000, 2, 29)));
    assert_eq!(next_day((9999, 12, 31)), None);
}

#[test]
fn json_of_a_selection_keeps_only_the_selected_items_under_their_articles() {
    let a = article();
    let mut b = article();
    b.file = "004_more.txt".into();
    b.quotes.push(Quote { text: "second".into(), ..b.quotes[0].clone() });
    let (a, b) = (&a, &b);
    let items = vec![Item::quote(b, &b.quotes[0]), Item::event(a, &a.events[0]), Item::quote(b, &b.quotes[1])];
    let out: serde_json::Value = serde_json::from_str(&json(&items)).unwrap();
    let articles = out["articles"].as_array().unwrap();
    assert_eq!(articles.len(), 2, "one entry per article, in the order of its first item");
    assert_eq!(articles[0]["file"], b.file.as_str());
    assert_eq!(articles[0]["quotes"].as_array().unwrap().len(), 2);
    assert_eq!(articles[0]["events"].as_array().unwrap().len(), 0);
    assert_eq!(articles[0]["quotes"][1]["text"], b.quotes[1].text.as_str());
    assert_eq!(articles[1]["file"], a.file.as_str());
    assert_eq!(articles[1]["events"][0]["sentence"], a.events[0].sentence.as_str());
    assert!(articles[1].get("text").is_none(), "the article's text is not exported");
    assert_eq!(json(&[]), "{\n  \"articles\": []\n}");
}

#[test]
fn the_selection_is_the_cards_of_the_query_in_their_order() {
    use crate::query::{Index, Query, View};
    let mut b = article();
    b.file = "004_more.txt".into();
    // The same event in both articles: one card, two sources.
    let corpus = Corpus { articles: vec![article(), b] };
    let index = Index::new(corpus.clone());
    let q = Query { view: View::Events, ..Query::default() };
    let results = index.results(&q);
    let items = selection(&corpus, &index, &results);
    assert_eq!(items.len(), results.cards.len());
    assert!(items.iter().all(|i| matches!(i, Item::Event { .. })));
    let sources: Vec<usize> = items.iter().map(|i| match i { Item::Event { more_sources, .. } => more_sources.len(), _ => 9 }).collect();
    assert_eq!(sources, [1, 1], "each event is reported by both articles");
    let rows = csv(&items).matches("\r\n").count();
    assert_eq!(rows, 1 + items.len(), "a header and one row per card");
}
