//! Article structure: title, headings, paragraphs, reader comments, footer.
//!
//! The title is the first non-empty line. Paragraphs are single lines, or blank-line separated
//! groups of lines when the text is hard-wrapped. Bylines, datelines and "Published …" lines are
//! kept as paragraph blocks for the reader but are not body text (no quotes, no people).

use std::ops::Range;

use super::model::{Article, Block, BlockKind, Comment, Span};
use super::compose::number;
use super::lexicon::{self, Noun};
use super::substr;

/// What the rest of the extractor needs besides the `Article`: the body paragraphs.
#[derive(Debug, Default)]
pub struct Layout {
    /// Byte ranges of the body paragraphs (no title, headings, meta lines, comments, footer).
    pub paragraphs: Vec<Range<usize>>,
}

/// A non-empty line with its byte span (trimmed), and whether a blank line preceded it.
struct Line<'a> {
    text: &'a str,
    span: Span,
    after_blank: bool,
}

fn lines(text: &str) -> Vec<Line<'_>> {
    let mut out = Vec::new();
    let mut line_start = 0;
    let mut blank_before = false;
    for raw in text.split('\n') {
        // A byte-order mark may survive when the text did not come through `source::decode`.
        let blank = |c: char| c.is_whitespace() || c == '\u{feff}';
        let lead = raw.len() - raw.trim_start_matches(blank).len();
        let trimmed = raw.trim_matches(blank);
        if trimmed.is_empty() {
            blank_before = true;
        } else {
            let start = line_start + lead;
            let span = Span { start, end: start + trimmed.len() };
            out.push(Line { text: trimmed, span, after_blank: blank_before });
            blank_before = false;
        }
        line_start += raw.len() + 1;
    }
    out
}

/// "5 Comments", "1 comment", "Comments (5)", "Reader comments (5)" → 5 / 1 / 5 / 5.
fn comments_header(line: &str) -> Option<usize> {
    comments_header_lower(&line.to_ascii_lowercase())
}

/// [`comments_header`] of a line already in ASCII lower case.
fn comments_header_lower(lower: &str) -> Option<usize> {
    if let Some((n, word)) = lower.split_once(' ') {
        if matches!(word.trim(), "comments" | "comment" | "responses" | "replies") {
            return n.trim().parse().ok();
        }
    }
    let lower = lower.strip_prefix("reader ").unwrap_or(lower);
    let rest = lower.strip_prefix("comments")?.trim();
    rest.strip_prefix('(')?.strip_suffix(')')?.trim().parse().ok()
}

/// `line` and `lower`, the same in ASCII lower case (read once per line by [`parse`]).
fn is_footer(line: &str, lower: &str) -> bool {
    (line.starts_with('(') && line.ends_with(')') && substr::char_count(line) < 200)
        || ["reporting by", "additional reporting", "editing by", "writing by", "compiled by"]
            .iter()
            .any(|p| lower.starts_with(p))
        // "contributed to this report", "contributed reporting", "contributed to this story".
        || followed_by_any(lower, "contributed ", &["to this report", "reporting", "to this story"])
        || is_sign_off(line)
}

/// An agency's sign-off ("--IANS", "PTI RSR KH": the agency, then the desk's initials in
/// capitals) or the desk's initials alone ("vk/sd").
fn is_sign_off(line: &str) -> bool {
    let body = line.trim_start_matches(['-', '—', '–', ' ']);
    let mut words = body.split_whitespace();
    let capitals = |w: &str| w.bytes().all(|b| b.is_ascii_uppercase());
    let agency = words.next().is_some_and(|w| capitals(w) && lexicon::noun(w).is(Noun::AGENCY))
        && words.by_ref().take(5).all(|w| capitals(w) && w.len() <= 4)
        && words.next().is_none();
    let initials = line.len() <= 16
        && substr::has_byte(line, b'/')
        && line.split('/').all(|part| (2..=4).contains(&part.len()) && part.bytes().all(|b| b.is_ascii_lowercase()));
    agency || initials
}

/// Whether `needle` occurs in `haystack` followed by one of `nexts` (one search for several
/// phrases that share their start).
fn followed_by_any(haystack: &str, needle: &str, nexts: &[&str]) -> bool {
    let mut from = 0;
    while let Some(at) = substr::find(substr::from(haystack, from), needle) {
        let after = substr::from(haystack, from + at + needle.len());
        if nexts.iter().any(|n| after.starts_with(n)) {
            return true;
        }
        from += at + needle.len();
    }
    false
}

/// The number of white-space separated words of `line`, counted up to `max + 1`.
fn words_upto(line: &str, max: usize) -> usize {
    line.split_whitespace().take(max + 1).count()
}

/// Bylines, datelines and publication stamps: not headings, not body text.
fn is_meta(line: &str, lower: &str) -> bool {
    // Every test below needs at most eight words but the stamps and the page furniture.
    let words = words_upto(line, 8);
    let byline = lower.starts_with("by ") && words <= 8 && !line.ends_with('.');
    let stamp = ["published", "updated", "posted", "last updated", "first published", "date:", "photo:", "image:",
        "file photo", "advertisement", "read more", "share this", "listen to", "heard on ", "news provided by "]
        .iter()
        .any(|p| lower.starts_with(p));
    // The cheap test first: searching every line for every agency would slow the extractor.
    let wire = words <= 8
        && ["(reuters)", "(ap)", "(afp)", "(bloomberg)", "(upi)", "(xinhua)", "(ians)", "(pti)"]
            .iter()
            .any(|w| substr::contains(lower, w));
    // "KYIV, Jan 29" / "WASHINGTON —": a place in capitals, then a date or a dash.
    let shouting_dateline = words <= 6
        && line.split_whitespace().next().is_some_and(|w| {
            let place = w.trim_end_matches(',');
            place.len() > 2 && place.chars().all(|c| c.is_uppercase() || c == '.')
        })
        && (line.chars().any(|c| c.is_ascii_digit()) || line.contains(['—', '–']) || line.ends_with(" -"));
    // "Staff writer", "Senior health correspondent" under a byline (a heading would capitalise
    // its last word: "The Ghost Writer").
    // "Manpower Correspondent", as the Straits Times capitalises a beat; not "The Ghost Writer".
    let staff = (2..=4).contains(&words)
        && !line.ends_with('.')
        && line.split_whitespace().last().is_some_and(|w| {
            (w.starts_with(char::is_lowercase) && ["writer", "reporter", "correspondent", "editor", "columnist"].contains(&w))
                || ["Correspondent", "Reporter", "Columnist"].contains(&w)
        });
    // A live blog's shared byline: "Rachel Obi (now) and Tom Hale (earlier)".
    let relay = words <= 8 && substr::contains(lower, " (now)") && substr::contains(lower, " (earlier)");
    byline || stamp || wire || shouting_dateline || staff || relay || is_date_line(lower) || is_page_furniture(lower) || is_clock_time(lower)
}

/// A byline without "By" ("Ng Wei Jie" under the title): a line of two to four capitalised words
/// right after the title, with the writer's beat or the date on the line after it.
fn is_bare_byline(lines: &[Line], groups: &[(usize, usize)], first: usize) -> bool {
    let line = lines[first].text;
    let name_words = line.split_whitespace().take(5).collect::<Vec<_>>();
    let name = (2..=4).contains(&name_words.len())
        && name_words.iter().all(|w| w.starts_with(char::is_uppercase) && w.chars().all(|c| c.is_alphabetic() || matches!(c, '.' | '-' | '\'' | '’')));
    let next_is_meta = || {
        groups.get(2).is_some_and(|&(a, b)| a == b && {
            let next = lines[a].text;
            is_meta(next, &next.to_ascii_lowercase())
        })
    };
    groups.get(1).is_some_and(|g| g.0 == first) && name && next_is_meta()
}

/// A live blog's timestamp line: "04:52", "21.15", "9:42 pm", "10:05 GMT", "4.52pm GMT".
fn is_clock_time(lower: &str) -> bool {
    const ZONES: [&str; 10] = ["am", "pm", "a.m.", "p.m.", "gmt", "bst", "et", "est", "cet", "ist"];
    let mut words = lower.split_whitespace();
    let Some(clock) = words.next() else { return false };
    let (hours, minutes) = match clock.split_once([':', '.']) {
        Some(parts) => parts,
        None => return false,
    };
    let digits = |s: &str, n: std::ops::RangeInclusive<usize>| n.contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit());
    // "4.52pm": the half of the day written onto the minutes.
    let minutes = minutes.strip_suffix("am").or_else(|| minutes.strip_suffix("pm")).unwrap_or(minutes);
    let zoned = words.all(|w| ZONES.contains(&w));
    digits(hours, 1..=2) && digits(minutes, 2..=2) && zoned
}

/// Web-page leftovers: share buttons, "Related", "Advertisement", bullets, image credits.
fn is_page_furniture(lower: &str) -> bool {
    const EXACT: &[&str] = &[
        "share", "tweet", "email", "print", "facebook", "twitter", "whatsapp", "linkedin", "copy link",
        "related", "related articles", "related stories", "advertisement", "skip advertisement", "listen",
        "subscribe", "sign up", "most read", "more from", "trending", "watch", "video", "close",
    ];
    // "getty images", "image source", "image caption"; "/ap", "/reuters", "/afp"; "credit:".
    let image = |lower: &str| {
        let mut from = 0;
        while let Some(at) = substr::find(substr::from(lower, from), "image") {
            let (before, after) = (substr::upto(lower, from + at), substr::from(lower, from + at + 5));
            if before.ends_with("getty ") && after.starts_with('s') || after.starts_with(" source") || after.starts_with(" caption") {
                return true;
            }
            from += at + 5;
        }
        false
    };
    EXACT.contains(&lower.trim())
        || lower.starts_with(['•', '*', '·', '▪', '►'])
        || lower.starts_with("- ")
        || followed_by_any(lower, "/", &["ap", "reuters", "afp"])
        || image(lower)
        || substr::contains(lower, "credit:")
}

/// A line that is only a date/time ("January 29, 2026", "29 Jan 2026 10:42 GMT").
fn is_date_line(lower: &str) -> bool {
    const MONTHS: &[&str] =
        &["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
    let (mut has_month, mut has_digit) = (false, false);
    for (n, w) in lower.split(|c: char| c.is_whitespace() || c == ',').filter(|w| !w.is_empty()).enumerate() {
        if n >= 7 {
            return false;
        }
        // "Nov", "Sept.", "December": a month's name or its abbreviation, not a word that opens
        // with one ("Maria:", "market").
        let word = w.trim_end_matches('.');
        has_month |= word.len() >= 3 && MONTHS.iter().any(|m| m.starts_with(word));
        has_digit |= w.bytes().any(|b| b.is_ascii_digit());
    }
    has_month && has_digit
}

/// Short line without final punctuation: a section heading.
fn is_heading(line: &str) -> bool {
    let words = words_upto(line, 14);
    let last = line.chars().last().unwrap_or('.');
    let starts_upper = line.chars().find(|c| c.is_alphanumeric()).is_some_and(|c| c.is_uppercase() || c.is_numeric());
    // "[CROSSTALK]", "[Editor's note: …]": the transcriber's or the editor's, not a heading.
    let bracketed = line.starts_with('[') && line.ends_with(']');
    words <= 14
        && starts_upper
        && !bracketed
        && !is_label_of_a_list(line)
        && !matches!(last, '.' | '!' | '?' | ':' | ';' | ',' | '"' | '\u{201d}' | '\'' | '\u{2019}' | '…' | '-' | '—')
}

/// A short line that is one question opened by a question word ("What does it mean for
/// islanders?", "Why are the engines being replaced now?"), no quotation in it.
fn is_question_heading(line: &str) -> bool {
    const ASKING: [&str; 16] =
        ["what", "why", "how", "who", "when", "where", "which", "will", "is", "are", "can", "could", "should", "does", "do", "did"];
    let line = line.trim();
    let first = line.split(' ').next().unwrap_or_default().to_ascii_lowercase();
    line.ends_with('?')
        && words_upto(line, 12) <= 10
        && line.matches('?').count() == 1
        && !line.contains(['"', '\u{201c}', '\u{201d}', ':'])
        && line.starts_with(|c: char| c.is_uppercase())
        && ASKING.contains(&first.as_str())
}

/// "An interview with: Coach Mike Harlan", "Moderated by: Ed Price": a label whose words run on
/// after its colon (it ends in a preposition), introducing who follows; not a heading's
/// "Analysis: why the levy failed".
fn is_label_of_a_list(line: &str) -> bool {
    const PREPOSITIONS: [&str; 6] = ["with", "by", "for", "to", "of", "from"];
    let Some(colon) = substr::find(line, ":") else { return false };
    let last_word = substr::upto(line, colon).rsplit(' ').next().unwrap_or_default();
    PREPOSITIONS.iter().any(|p| last_word.eq_ignore_ascii_case(p))
}

/// True when blank lines separate paragraphs and the lines inside a paragraph are hard-wrapped.
fn is_hard_wrapped(lines: &[Line]) -> bool {
    let continued: Vec<&Line> = lines.iter().skip(2).filter(|l| !l.after_blank).collect();
    let blanks = lines.iter().skip(1).filter(|l| l.after_blank).count();
    if continued.len() < 2 || blanks < 2 {
        return false;
    }
    let longest = lines.iter().map(|l| substr::char_count(l.text)).max().unwrap_or(0);
    // Wrapped text: no line is very long, and lines that continue a group follow long lines.
    let long_before = lines
        .windows(2)
        .filter(|w| !w[1].after_blank)
        .filter(|w| substr::char_count(w[0].text) * 10 >= longest * 6)
        .count();
    longest <= 120 && long_before * 2 >= continued.len()
}

/// Groups lines into blocks: `(first line index, last line index)`.
fn group_lines(lines: &[Line], wrapped: bool) -> Vec<(usize, usize)> {
    let mut groups: Vec<(usize, usize)> = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        let joins = wrapped
            && i > 1
            && !line.after_blank
            && groups.last().is_some_and(|&(first, _)| first > 0)
            && !is_heading_group_start(lines, i);
        match groups.last_mut() {
            Some(g) if joins => g.1 = i,
            _ => groups.push((i, i)),
        }
    }
    groups
}

/// In wrapped text, a short unpunctuated line right after a blank line followed by another
/// line is still its own heading only when the previous group ended; otherwise it continues.
fn is_heading_group_start(lines: &[Line], i: usize) -> bool {
    comments_header(lines[i].text).is_some()
}

pub fn parse(text: &str) -> (Article, Layout) {
    let lines = lines(text);
    let mut article = Article { text: text.to_string(), ..Article::default() };
    let mut layout = Layout::default();
    let Some(title) = lines.first() else { return (article, layout) };
    article.title = title.text.to_string();
    article.blocks.push(Block { kind: BlockKind::Title, span: title.span });

    let wrapped = is_hard_wrapped(&lines);
    let groups = group_lines(&lines, wrapped);
    // The footer's blocks so far (a sign-off may take two lines: "--IANS", "vk/sd").
    let mut pending_footer: Vec<usize> = Vec::new();
    // An explainer's questions as subheadings ("What is changing?", "What happens next?"): at
    // least two short lines of their own that ask.
    let asks = |&&(first, last): &&(usize, usize)| first == last && is_question_heading(lines[first].text);
    let question_headings = groups.iter().skip(1).filter(asks).count() >= 2;
    let mut iter = groups.iter().skip(1);
    while let Some(&(first, last)) = iter.next() {
        let span = Span { start: lines[first].span.start, end: lines[last].span.end };
        let line = substr::part(text, span.start..span.end);
        let lower = line.to_ascii_lowercase();
        if first == last && is_letters_heading(&lower) {
            let rest: Vec<(usize, usize)> = iter.clone().copied().collect();
            let signed = rest.iter().filter(|&&(a, b)| a == b && letter_signature(lines[a].text).is_some()).count();
            if signed >= 2 {
                article.headings.push(line.to_string());
                article.blocks.push(Block { kind: BlockKind::Heading, span });
                parse_letters(&mut article, &mut layout, &lines, &rest);
                break;
            }
        }
        if first == last {
            if let Some(n) = comments_header_lower(&lower) {
                article.declared_comment_count = Some(n);
                article.blocks.push(Block { kind: BlockKind::CommentsHeader, span });
                let rest: Vec<&Line> = iter.flat_map(|&(a, b)| &lines[a..=b]).collect();
                parse_comments(&mut article, &rest);
                break;
            }
        }
        let kind = if is_footer(line, &lower) {
            article.footer = Some(match article.footer.take().filter(|_| !pending_footer.is_empty()) {
                Some(before) => before + " " + line,
                None => line.to_string(),
            });
            pending_footer.push(article.blocks.len());
            BlockKind::Footer
        } else if first == last && (is_meta(line, &lower) || is_bare_byline(&lines, &groups, first)) {
            BlockKind::Paragraph
        } else if first == last && (is_heading(line) || question_headings && is_question_heading(line)) {
            article.headings.push(line.to_string());
            BlockKind::Heading
        } else {
            layout.paragraphs.push(span.start..span.end);
            BlockKind::Paragraph
        };
        // A parenthesised line with body text after it was a caption, not the footer.
        if kind != BlockKind::Footer && !pending_footer.is_empty() {
            for i in pending_footer.drain(..) {
                article.blocks[i].kind = BlockKind::Paragraph;
            }
            article.footer = None;
        }
        article.blocks.push(Block { kind, span });
    }
    (article, layout)
}

/// "Letters", "Your letters", "Letters to the editor": the heading of readers' letters.
fn is_letters_heading(lower: &str) -> bool {
    let l = lower.trim().trim_end_matches(':').trim();
    matches!(
        l,
        "letters" | "your letters" | "letters to the editor" | "readers' letters" | "readers\u{2019} letters" | "listener letters" | "letters from listeners" | "letters from readers" | "mailbag" | "your mail"
    )
}

/// "— Gloria Penn, Lakewood", "-- R. Kaminski": the line that signs a reader's letter, and the
/// author's name in it (the town after the comma left out).
fn letter_signature(line: &str) -> Option<&str> {
    let line = line.trim();
    let rest = ["\u{2014}", "\u{2013}", "--", "-"].iter().find_map(|d| line.strip_prefix(d))?.trim_start();
    if rest.len() > 80 || rest.ends_with(['.', '!', '?', ':', ';']) {
        return None;
    }
    let (name, town) = match rest.split_once(',') {
        Some((name, town)) => (name.trim(), Some(town.trim())),
        None => (rest, None),
    };
    let capitalised = |w: &str| w.starts_with(char::is_uppercase) && w.chars().all(|c| c.is_alphabetic() || matches!(c, '.' | '-' | '\'' | '\u{2019}'));
    let words: Vec<&str> = name.split(' ').filter(|w| !w.is_empty()).collect();
    let town_ok = town.is_none_or(|t| !t.is_empty() && t.split(' ').filter(|w| !w.is_empty()).count() <= 5 && t.starts_with(char::is_uppercase));
    ((2..=4).contains(&words.len()) && words.iter().all(|w| capitalised(w)) && town_ok).then_some(name)
}

/// Readers' letters after their heading, each signed on the line after it ("— Name, Town"): a
/// comment of that author. A letter runs from the line after the last signature; the first one is
/// the paragraph before its signature, and what comes before it (the editor's note introducing
/// the letters) stays in the body, as does what follows the last signature.
fn parse_letters(article: &mut Article, layout: &mut Layout, lines: &[Line], groups: &[(usize, usize)]) {
    let span_of = |&(a, b): &(usize, usize)| Span { start: lines[a].span.start, end: lines[b].span.end };
    let signature = |g: &(usize, usize)| if g.0 == g.1 { letter_signature(lines[g.0].text) } else { None };
    let mut from = None;
    for (k, g) in groups.iter().enumerate() {
        let Some(author) = signature(g) else { continue };
        let start = match from {
            Some(f) => f,
            None => {
                for body in &groups[..k.saturating_sub(1)] {
                    let span = span_of(body);
                    layout.paragraphs.push(span.start..span.end);
                    article.blocks.push(Block { kind: BlockKind::Paragraph, span });
                }
                k.saturating_sub(1)
            }
        };
        if start < k {
            let span = Span { start: span_of(&groups[start]).start, end: span_of(&groups[k - 1]).end };
            let text: Vec<&str> = groups[start..k].iter().flat_map(|&(a, b)| &lines[a..=b]).map(|l| l.text).collect();
            article.blocks.push(Block { kind: BlockKind::CommentText, span });
            article.comments.push(Comment { author: author.to_string(), text: text.join(" "), span });
        }
        article.blocks.push(Block { kind: BlockKind::CommentAuthor, span: span_of(g) });
        from = Some(k + 1);
    }
    for body in &groups[from.unwrap_or(0)..] {
        let span = span_of(body);
        layout.paragraphs.push(span.start..span.end);
        article.blocks.push(Block { kind: BlockKind::Paragraph, span });
    }
}

/// A comment author's line: short, no sentence punctuation at the end.
fn looks_like_author(line: &str) -> bool {
    line.split_whitespace().count() <= 4
        && !line.ends_with(['.', '!', '?', ',', ':', ';', '"', '\u{201d}'])
}

fn parse_comments(article: &mut Article, lines: &[&Line]) {
    let declared = article.declared_comment_count;
    let strict_pairs = lines.len() % 2 == 0 && declared.is_none_or(|n| n * 2 == lines.len());
    let mut i = 0;
    while i < lines.len() {
        let author = lines[i];
        let Some(first) = lines.get(i + 1) else {
            article.warnings.push(["comment by \"", author.text, "\" has no text"].concat());
            article.blocks.push(Block { kind: BlockKind::CommentAuthor, span: author.span });
            break;
        };
        // Without strict author/text alternation, a comment runs on until the next author line.
        let mut last = i + 1;
        let starts_comment = |k: usize| looks_like_author(lines[k].text) && !looks_like_author(lines[k + 1].text);
        while !strict_pairs && last + 2 < lines.len() && !starts_comment(last + 1) {
            last += 1;
        }
        let span = Span { start: first.span.start, end: lines[last].span.end };
        article.blocks.push(Block { kind: BlockKind::CommentAuthor, span: author.span });
        article.blocks.push(Block { kind: BlockKind::CommentText, span });
        let body: Vec<&str> = lines[i + 1..=last].iter().map(|l| l.text).collect();
        article.comments.push(Comment { author: author.text.to_string(), text: body.join(" "), span });
        i = last + 1;
    }
    if let Some(n) = declared {
        if n != article.comments.len() {
            let counts = [number(n as i64), number(article.comments.len() as i64)];
            article.warnings.push(["the comments header announces ", &counts[0], " comments but ", &counts[1], " follow"].concat());
        }
    }
}

#[cfg(test)]
#[allow(clippy::single_range_in_vec_init)]
mod tests {
    use super::*;

    fn kinds(a: &Article) -> Vec<BlockKind> {
        a.blocks.iter().map(|b| b.kind).collect()
    }

    #[test]
    fn title_headings_paragraphs_footer() {
        let text = "Ports Reopen After Strike\nDock workers returned on Monday after a week-long strike.\nWhat Comes Next\nUnions said talks would resume.\nAP writer Jo Lee contributed to this report.\n";
        let (a, layout) = parse(text);
        assert_eq!(a.title, "Ports Reopen After Strike");
        assert_eq!(a.headings, ["What Comes Next"]);
        assert_eq!(a.footer.as_deref(), Some("AP writer Jo Lee contributed to this report."));
        assert_eq!(layout.paragraphs.len(), 2);
        assert_eq!(kinds(&a)[3], BlockKind::Paragraph);
    }

    #[test]
    fn an_explainers_questions_are_its_headings_when_there_are_two() {
        let text = "Ferry cuts explained\nThe service will be cut.\nWhat is changing?\nOne sailing a day.\nWhat happens next?\nA meeting in December.\n";
        let (a, layout) = parse(text);
        assert_eq!(a.headings, ["What is changing?", "What happens next?"]);
        assert_eq!(layout.paragraphs.len(), 3);
        // One question alone is a paragraph of its own (a feature's "What now?"), and so is a
        // question quoted or put to someone.
        let (a, _) = parse("Ferry cuts\nThe service will be cut.\nWhat happens next?\nA meeting in December.\n");
        assert!(a.headings.is_empty());
        assert!(!is_question_heading("\"What now?\" she asked.") && !is_question_heading("Q. What now?") && !is_question_heading("Money?"));
    }

    #[test]
    fn a_bracketed_line_is_no_heading() {
        let text = "Ports Reopen After Strike\nLANE: We are back.\n[CROSSTALK]\nWhat Comes Next\nUnions said talks would resume.\n";
        let (a, layout) = parse(text);
        assert_eq!(a.headings, ["What Comes Next"]);
        assert_eq!(layout.paragraphs.len(), 3);
        assert!(!is_heading("[Editor's note]") && is_heading("Editor's note"));
        // A label running on after its colon introduces who follows; a heading's colon does not.
        assert!(!is_heading("An interview with: Coach Mike Harlan") && !is_heading("Moderated by: Ed Price"));
        assert!(is_heading("Analysis: Why the levy failed") && is_heading("Q&A with the mayor"));
    }

    #[test]
    fn agency_sign_offs_are_the_footer() {
        let text = "Metro To Open By March\nNew Delhi, Oct 22 (IANS) The line will open by March, officials said.\n--IANS\nvk/sd\n";
        let (a, layout) = parse(text);
        assert!(a.headings.is_empty(), "{:?}", a.headings);
        assert_eq!(a.footer.as_deref(), Some("--IANS vk/sd"));
        assert_eq!(layout.paragraphs.len(), 1);
        let (a, _) = parse("Water Tariff To Rise\nThe board will raise tariffs, its chairman said.\nPTI RSR KH\n");
        assert_eq!((a.headings.len(), a.footer.as_deref()), (0, Some("PTI RSR KH")));
        // Capitals that are no agency, and a line of words with a slash, are headings still.
        let (a, _) = parse("Water Tariff To Rise\nThe board will raise tariffs.\nWHAT COMES NEXT\nMore later.\n");
        assert_eq!(a.headings, ["WHAT COMES NEXT"]);
        let (a, _) = parse("Water Tariff To Rise\nThe board will raise tariffs.\nRates and/or Fees\nMore later.\n");
        assert_eq!(a.headings, ["Rates and/or Fees"]);
    }

    #[test]
    fn a_programme_line_a_bare_byline_and_a_capitalised_beat_are_no_headings() {
        let (a, _) = parse("Clinics close in farm towns\nNovember 24, 2026 4:12 PM ET\nHeard on All Things Considered\nBy Oscar Mendel\nLAURA BENNETT, HOST: Clinics are closing.\n");
        assert!(a.headings.is_empty(), "{:?}", a.headings);
        let (a, _) = parse("Pay rises for laundry workers\nNg Wei Jie\nManpower Correspondent\nNov 25, 2026\nSINGAPORE – Pay will rise.\nWhat Comes Next\nA review.\n");
        assert_eq!(a.headings, ["What Comes Next"]);
        // A title in capitals that merely ends in "Writer" is still a heading.
        let (a, _) = parse("Books of the year\nThe year was good.\nThe Ghost Writer\nA thriller.\n");
        assert_eq!(a.headings, ["The Ghost Writer"]);
    }

    #[test]
    fn a_live_blog_s_timestamps_are_no_headings() {
        let a = parse("Live: the count\n04:52\nResult declared in the town.\n21.15 GMT\nPolls are closed.\nWhat Comes Next\nA recount.\n").0;
        let b = parse("Storm – live\nAnn Obi (now) and Tom Hale (earlier)\n4.52pm GMT\nPower is back.\nUpdated at 4.58pm GMT\n10.05am BST\nRoads are shut.\nWhat Comes Next\nA recount.\n").0;
        assert_eq!(b.headings, ["What Comes Next"]);
        assert_eq!(a.headings, ["What Comes Next"]);
        assert!(is_clock_time("9:42 pm") && !is_clock_time("2026 results") && !is_clock_time("3.5 million"));
    }

    #[test]
    fn bylines_and_datelines_are_not_headings() {
        let text = "Storm Hits Coast\nBy Jane Doe\nStaff writer\nPublished January 3, 2026\nDate: 2026-01-03\nMIAMI, Jan 3 (Reuters)\nThe storm made landfall early on Saturday, officials said.\n";
        let (a, layout) = parse(text);
        assert!(a.headings.is_empty(), "{:?}", a.headings);
        assert_eq!(layout.paragraphs.len(), 1);
    }

    #[test]
    fn captions_and_page_furniture_are_neither_headings_nor_footer() {
        let text = "Fire Destroys Market\nShare\n(Photo by Jo Li/Getty Images)\nThe fire started at dawn, firefighters said.\n• Key Facts Here\nRebuilding Plans\nTraders want help.\n(With agency inputs)\n";
        let (a, layout) = parse(text);
        assert_eq!(a.headings, ["Rebuilding Plans"]);
        assert_eq!(a.footer.as_deref(), Some("(With agency inputs)"));
        assert_eq!(layout.paragraphs.len(), 2);
    }

    #[test]
    fn hard_wrapped_paragraphs_are_joined() {
        let text = "Council Approves Budget\n\nThe city council approved the budget on Tuesday after a long debate\nthat stretched late into the night, members said after the vote.\n\nThe mayor welcomed the decision and thanked the members of the\ncouncil for what she called a responsible compromise on spending.\n\nNext Steps\n\nThe budget takes effect in July.\n";
        let (a, layout) = parse(text);
        assert_eq!(layout.paragraphs.len(), 3, "{:?}", layout.paragraphs);
        assert_eq!(a.headings, ["Next Steps"]);
        assert!(text[layout.paragraphs[0].clone()].ends_with("vote."));
    }

    #[test]
    fn one_line_paragraphs_with_blank_lines_are_not_joined() {
        let text = "Title Here\n\nFirst paragraph is a whole line of its own.\nSecond paragraph follows directly on the next line.\n\nThird.\n";
        let (_, layout) = parse(text);
        assert_eq!(layout.paragraphs.len(), 3);
    }

    #[test]
    fn readers_letters_signed_with_a_dash_are_comments() {
        let text = "T\nBody text.\nLetters\nA few of your letters.\nGreat show.\n\u{2014} Ann Lee, Dover\nI disagree. Strongly.\n\u{2014} Bo Park\nThanks for listening.\n";
        let (a, layout) = parse(text);
        assert_eq!(a.headings, ["Letters"]);
        let comments: Vec<(&str, &str)> = a.comments.iter().map(|c| (c.author.as_str(), c.text.as_str())).collect();
        assert_eq!(comments, [("Ann Lee", "Great show."), ("Bo Park", "I disagree. Strongly.")]);
        // The editor's line before the first letter and what follows the last stay in the body.
        let bodies: Vec<&str> = layout.paragraphs.iter().map(|p| &text[p.clone()]).collect();
        assert_eq!(bodies, ["Body text.", "A few of your letters.", "Thanks for listening."]);
        // One signature makes no letters section; a sentence after a dash signs nothing.
        let (a, _) = parse("T\nBody.\nLetters\nGreat show.\n\u{2014} Ann Lee, Dover\n");
        assert!(a.comments.is_empty());
        assert_eq!(letter_signature("\u{2014} Gloria Penn, Lakewood"), Some("Gloria Penn"));
        assert_eq!(letter_signature("- this is not a name."), None);
        assert_eq!(letter_signature("\u{2014} and then he left"), None);
    }

    #[test]
    fn a_newswire_s_news_provided_by_line_is_no_paragraph() {
        let (_, layout) = parse("T\nNews provided by Velmar Metals Inc.\nVelmar opened a plant.\n");
        assert_eq!(layout.paragraphs.len(), 1);
    }

    #[test]
    fn a_month_is_a_word_not_the_opening_of_one() {
        assert!(is_date_line("nov 30, 2026, 08:00 et") && is_date_line("sept. 3, 2026") && is_date_line("december 2, 2026"));
        assert!(!is_date_line("[00:01:56] maria: for six months, right?"));
        assert!(!is_date_line("[00:00:37] hannah: why february 2?") || is_date_line("february 2"));
        assert!(!is_date_line("market report 2026"));
    }

    #[test]
    fn comments_are_pairs_and_count_is_checked() {
        let text = "T\nBody text.\n3 Comments\nAnna\nGood piece.\nBob\nI disagree.\n";
        let (a, _) = parse(text);
        assert_eq!(a.declared_comment_count, Some(3));
        assert_eq!(a.comments.len(), 2);
        assert_eq!(a.comments[1].author, "Bob");
        assert_eq!(a.comments[1].text, "I disagree.");
        assert!(a.warnings[0].contains("announces 3 comments but 2"));
    }

    #[test]
    fn multi_line_comment_runs_until_next_author() {
        let text = "T\nBody.\n2 Comments\nAnna\nGood piece.\nReally good.\nBob\nI disagree.\n";
        let (a, _) = parse(text);
        assert_eq!(a.comments.len(), 2);
        assert_eq!(a.comments[0].text, "Good piece. Really good.");
        assert!(a.warnings.is_empty());
    }

    #[test]
    fn tabs_carriage_returns_and_trailing_spaces_are_ignored() {
        let text = "\u{feff}  Budget Passes \t\r\n\r\n\tThe assembly approved the budget on Friday.  \r\nNext Steps\r\n";
        let (a, layout) = parse(text);
        assert_eq!(a.headings, ["Next Steps"]);
        assert_eq!(&text[layout.paragraphs[0].clone()], "The assembly approved the budget on Friday.");
        assert_eq!(a.title, "Budget Passes");
    }

    #[test]
    fn comments_header_forms() {
        assert_eq!(comments_header("5 Comments"), Some(5));
        assert_eq!(comments_header("Comments (12)"), Some(12));
        assert_eq!(comments_header("Reader comments (3)"), Some(3));
        assert_eq!(comments_header("5 Reader comments"), None);
        assert_eq!(comments_header("Five comments on policy"), None);
    }
}
