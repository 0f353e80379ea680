//! Shared by tests/robustness_*.rs and examples/bench_extract.rs: what "sane output" means for
//! any input, and the pathological inputs (one definition, so the bench times what the tests check).
#![allow(dead_code)]

use newslens::extract::model::{Article, Span};

/// Checks what must hold for every article, whatever its text: the text is kept as given, every
/// span lies inside it, blocks come in reading order without overlap, and every quoted, sentence
/// and date string is the text its span points at, up to white space and quotation marks (a
/// quotation running over paragraphs is joined into one line without the inner opening marks).
/// Returns the broken rules.
pub fn insanities(input: &str, article: &Article) -> Vec<String> {
    let chars: Vec<char> = article.text.chars().collect();
    let mut out = Vec::new();
    if article.text != input {
        out.push("article.text differs from the input".to_string());
    }
    let slice = |span: Span| -> Option<String> {
        (span.start <= span.end && span.end <= chars.len()).then(|| chars[span.start..span.end].iter().collect())
    };
    let mut check = |what: &str, span: Span, expected: Option<&str>| match (slice(span), expected) {
        (None, _) => out.push(format!("{what}: span {span:?} outside the text ({} chars)", chars.len())),
        (Some(got), Some(want)) if got != want && loose(&got) != loose(want) => {
            out.push(format!("{what}: span {span:?} holds {:?}, not {:?}", short(&got), short(want)))
        }
        _ => {}
    };
    for b in &article.blocks {
        check("block", b.span, None);
    }
    for q in &article.quotes {
        // A quotation interrupted by its attribution ("“A,” she said. “B.”") is its pieces
        // joined: its words are the span's, in order, with the attribution left out.
        let joined = slice(q.span).is_some_and(|got| is_joined_from(&q.text, &got));
        if !joined {
            check("quote text", q.span, Some(&q.text));
        }
        check("quote sentence", q.sentence_span, Some(&q.sentence));
        if let Some(d) = &q.date {
            check("quote date", d.span, Some(&d.text));
        }
    }
    for e in &article.events {
        check("event sentence", e.sentence_span, Some(&e.sentence));
        check("event date", e.date.span, Some(&e.date.text));
    }
    for w in &article.date_warnings {
        check("date warning", w.span, Some(&w.text));
    }
    for c in &article.comments {
        check("comment", c.span, Some(&c.text));
    }
    for pair in article.blocks.windows(2) {
        if pair[0].span.end > pair[1].span.start {
            out.push(format!("blocks overlap or go backwards: {:?} then {:?}", pair[0].span, pair[1].span));
        }
    }
    out
}

/// Panics with the broken rules (and a prefix of the input) when the output is not sane.
pub fn assert_sane(name: &str, input: &str, article: &Article) {
    let broken = insanities(input, article);
    assert!(broken.is_empty(), "{name}: {broken:#?}\ninput starts {:?}", short(input));
}

/// Whether `text`'s words are `span_text`'s words in order, starting and ending with them
/// (punctuation at word ends aside): the pieces of a quotation without its attribution.
fn is_joined_from(text: &str, span_text: &str) -> bool {
    let words = |s: &str| -> Vec<String> {
        loose(s).split(' ').map(|w| w.trim_end_matches(['.', ',', '!', '?']).to_string()).filter(|w| !w.is_empty()).collect()
    };
    let (want, got) = (words(text), words(span_text));
    let mut rest = got.iter();
    let in_order = want.iter().all(|w| rest.any(|g| g == w));
    in_order && want.first() == got.first() && want.last() == got.last() && want.len() < got.len()
}

/// The text without quotation marks, with white space runs made single spaces.
fn loose(s: &str) -> String {
    let unquoted: String = s.chars().filter(|c| !QUOTE_MARKS.contains(c)).collect();
    unquoted.split_whitespace().collect::<Vec<_>>().join(" ")
}

const QUOTE_MARKS: &[char] = &['"', '\u{201c}', '\u{201d}', '\u{201e}', '\u{ab}', '\u{bb}', '\u{2018}', '\u{2019}', '\'', '\u{2039}', '\u{203a}'];

fn short(s: &str) -> String {
    let head: String = s.chars().take(120).collect();
    if head.len() < s.len() { format!("{head}…") } else { head }
}

/// Repeats `unit` until the text reaches `bytes` bytes.
pub fn repeat_to(unit: &str, bytes: usize) -> String {
    unit.repeat(bytes.div_ceil(unit.len()))
}

pub const MB: usize = 1_000_000;

/// Inputs that break naive extractors (quadratic scans, deep recursion, unbounded look-ahead).
/// Each is a whole article text: a title line, then the hostile body.
pub fn pathological_cases() -> Vec<(&'static str, String)> {
    pathological_cases_of(MB)
}

/// The same cases with `size` in place of 1 MB (the others scaled alike), so the bench can tell
/// linear from quadratic: a tenth of the size should take about a tenth of the time.
pub fn pathological_cases_of(size: usize) -> Vec<(&'static str, String)> {
    let title = |body: String| format!("Pathological Input\n{body}\n");
    let tenth = size / 10;
    let nest = size / 500; // 2,000 repetitions of 5 marks each side at 1 MB: 10k nested marks
    vec![
        ("1 MB of unbalanced opening quotes", title(repeat_to("\u{201c}He said ", size))),
        ("1 MB of straight double quotes", title(repeat_to("\" ", size))),
        ("100k-character sentence, no punctuation", title(repeat_to("word ", tenth))),
        ("1 MB single line without spaces", title("x".repeat(size))),
        ("10k nested quote marks", title(format!("{}core{}", "\u{201c}\u{2018}\u{ab}\"'".repeat(nest), "'\"\u{bb}\u{2019}\u{201d}".repeat(nest)))),
        ("1 MB of \"Jan. \"", title(repeat_to("Jan. ", size))),
        ("1 MB of abbreviations (Mr. U.S. Dr.)", title(repeat_to("Mr. U.S. Dr. St. ", size))),
        ("1 MB of full dates", title(repeat_to("January 5, 2026 ", size))),
        ("1 MB of weekday-dated sentences", title(repeat_to("On Sunday, January 31, 2026, it rained. ", size))),
        ("1 MB of numbers", title(repeat_to("12 2026 3-4 ", size))),
        ("1 MB of attributed quotes", title(repeat_to("\u{201c}We act,\u{201d} said Ann Lee. ", size))),
        ("100k lines", title(repeat_to("Line.\n", 6 * tenth))),
        ("a comments header then 100k lines", title(format!("5 Comments\n{}", repeat_to("Ann\n", 4 * tenth)))),
        ("10k zero-width spaces and bidi overrides", title("\u{200b}".repeat(size / 100) + &"\u{202e}said \u{202d}\u{2066}".repeat(size / 500))),
        ("1 MB of capitalised names", title(repeat_to("President Anna Maria Lee Smith ", size))),
        ("1 MB of transcript turns", title(repeat_to("MR. LANE: We disagree, Ms. Ortiz said.\nJOHN LANE, HOST: Why?\n", size))),
        ("1 MB of quotations joined across attributions", title(repeat_to("\u{201c}We act,\u{201d} she said, \u{201c}now.\u{201d} ''Later,'' he said. ", size))),
        ("distinct lone surnames speaking", title(distinct_surnames(size / 40))),
        ("a 1 MB transcript turn of open parentheses and stage directions", title(format!("MS. LEE: {}\nMR. LANE: Yes.\n", repeat_to("((LAUGHTER) ( (APPLAUSE ", size)))),
        ("1 MB of long attributions between quotation halves", title(repeat_to("\u{201c}We act,\u{201d} said Ann Lee, the director of the Federal Mediation and Conciliation Service since 2019, who led it. \u{201c}Now.\u{201d} ", size))),
        ("1 MB of stops closed by a parenthesis never opened", title(repeat_to("It ended a.) then ", size))),
        (
            "1 MB of a story told from the last day",
            title(repeat_to("On 11 January 1976 it rained. That night it failed. Two days later, on 14 January that year, the next morning ", size)),
        ),
        ("1 MB of unnamed shouters and thousands", title(repeat_to("A man in the back of the room shouted \u{201c}No!\u{201d} before 1,000,000 people left. ", size))),
    ]
}

/// `n` paragraphs, each a quotation of a different one-word surname ("“Yes,” Bacd said."),
/// with a full name for some of them: the lookups of full names must stay linear.
fn distinct_surnames(n: usize) -> String {
    let name = |mut i: usize| {
        let mut s = String::from("B");
        for _ in 0..4 {
            s.push(char::from(b'a' + (i % 26) as u8));
            i /= 26;
        }
        s
    };
    (0..n).map(|i| if i % 3 == 0 { format!("Ann {} spoke.\n", name(i)) } else { format!("\u{201c}Yes,\u{201d} {} said.\n", name(i)) }).collect()
}

/// Runs the date finder on its own (with and without a reference date) and checks its spans:
/// inside the text, on char boundaries, in order. Returns the number of dates found.
pub fn check_dates(name: &str, text: &str) -> usize {
    use newslens::extract::dates::{find_dates, find_impossible_days, Anchor, Ymd};
    let anchored = Anchor::at(Ymd::new(2026, 1, 30).expect("a real day"));
    let mut found = 0;
    for anchor in [Anchor::none(), anchored] {
        let dates = find_dates(text, &anchor);
        for d in &dates {
            assert!(text.get(d.span.clone()).is_some(), "{name}: date span {:?} not on char boundaries", d.span);
            assert!(d.start.iso() <= d.end.iso(), "{name}: date {:?} ends before it starts", d.span);
        }
        assert!(dates.windows(2).all(|w| w[0].span.start <= w[1].span.start), "{name}: dates out of order");
        found = found.max(dates.len());
    }
    for (range, why) in find_impossible_days(text) {
        assert!(text.get(range.clone()).is_some() && !why.is_empty(), "{name}: bad impossible-day span {range:?}");
    }
    found
}
