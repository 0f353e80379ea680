//! Sentence splitting: byte ranges into the text, never across a paragraph.
//!
//! A sentence ends at `.`, `!`, `?` or `…` (plus any closing marks) followed by white space and
//! a capital, a digit or an opening mark; not after abbreviations ("Mr.", "Jan.", "U.S." unless
//! a typical sentence opener follows), initials ("John F. Kennedy"), inside numbers ("3.5"), nor
//! inside a quotation (`protected`): a quotation's own sentences belong to the one quoting it.

use std::ops::Range;

use super::substr;
use super::words;

/// Splits every paragraph into sentences. `protected` are byte ranges (sorted by start) inside
/// which no sentence may end: the top-level quotations.
pub fn split(text: &str, paragraphs: &[Range<usize>], protected: &[Range<usize>]) -> Vec<Range<usize>> {
    let mut found = Vec::new();
    for para in paragraphs {
        split_paragraph(text, para.clone(), protected, &mut found);
    }
    let mut out = Vec::with_capacity(found.len());
    for s in found {
        cap_length(text, s, &mut out);
    }
    out
}

/// No real sentence is this long; cutting garbage keeps every later step linear.
const MAX_SENTENCE: usize = 3000;

/// Cuts an over-long range at white space into pieces of about `MAX_SENTENCE` bytes.
fn cap_length(text: &str, mut range: Range<usize>, out: &mut Vec<Range<usize>>) {
    while range.end - range.start > MAX_SENTENCE {
        let slice = substr::part(text, range.clone());
        let mut cut = MAX_SENTENCE;
        while !slice.is_char_boundary(cut) {
            cut += 1;
        }
        let cut = substr::from(slice, cut).find(char::is_whitespace).map_or(slice.len(), |p| cut + p);
        push_trimmed(text, range.start..range.start + cut, out);
        range.start += cut;
    }
    push_trimmed(text, range, out);
}

fn is_closer(c: char) -> bool {
    matches!(c, '"' | '\'' | '’' | '”' | '»' | ')' | ']')
}

fn is_opener(c: char) -> bool {
    matches!(c, '"' | '\'' | '‘' | '“' | '«' | '(' | '[')
}

/// The longest title in parentheses looked for before a stop ("(Mrs", "(Prof", "(Retd").
const TITLE_IN_PARENTHESES: usize = 8;

/// Whether the word that ends at byte `at` opens with "(" ("(Mrs" in "Dr. (Mrs.) Ngozi Eze").
/// Only the last few bytes are read: a paragraph of many "a.)" stays linear.
fn opens_a_parenthesis(body: &str, at: usize) -> bool {
    let before = substr::upto(body, at).as_bytes();
    let word = before.iter().rev().take(TITLE_IN_PARENTHESES).position(|&b| b == b'(' || b == b' ');
    word.is_some_and(|k| before[before.len() - 1 - k] == b'(')
}

fn split_paragraph(text: &str, para: Range<usize>, protected: &[Range<usize>], out: &mut Vec<Range<usize>>) {
    let Some(body) = text.get(para.clone()) else { return };
    let char_at = |at: usize| substr::char_at(body, at);
    let ends = |c: char| matches!(c, '.' | '!' | '?' | '…');
    let mut start = 0;
    let mut at = 0;
    while let Some((c, len)) = char_at(at) {
        if !ends(c) {
            at += len;
            continue;
        }
        // The closing marks and further stops after it, then the white space.
        let mut end = at + len;
        while let Some((_, l)) = char_at(end).filter(|&(n, _)| is_closer(n) || ends(n)) {
            end += l;
        }
        // "Dr. (Mrs.) Ngozi Eze": a title in parentheses is no sentence's end either.
        let alone = end == at + len || substr::part(body, at + len..end) == ")" && opens_a_parenthesis(body, at);
        let mut k = end;
        while let Some((_, l)) = char_at(k).filter(|(n, _)| n.is_whitespace()) {
            k += l;
        }
        let splits = k > end && {
            char_at(k).is_some_and(|(next, _)| {
                (next.is_uppercase() || next.is_ascii_digit() || is_opener(next))
                    && !inside(protected, para.start + end)
                    && !(c == '.' && alone && is_abbreviation_stop(body, at, next_word(body, k)))
            })
        };
        if splits {
            push_trimmed(text, para.start + start..para.start + end, out);
            start = end;
        }
        at = end;
    }
    push_trimmed(text, para.start + start..para.end, out);
}

fn next_word(body: &str, from: usize) -> &str {
    let rest = substr::from(body, from);
    let rest = rest.trim_start_matches(is_opener);
    let len = rest.find(|c: char| !c.is_alphanumeric()).unwrap_or(rest.len());
    substr::upto(rest, len)
}

/// True when the period at byte `dot` belongs to an abbreviation or initial that does not end
/// the sentence before `next_word`.
fn is_abbreviation_stop(body: &str, dot: usize, next_word: &str) -> bool {
    let before = substr::upto(body, dot);
    let word_start = before
        .rfind(|c: char| c.is_whitespace() || matches!(c, '(' | '"' | '“' | '‘'))
        .map_or(0, |p| p + substr::from(before, p).chars().next().map_or(1, char::len_utf8));
    let word = substr::from(before, word_start);
    if word.is_empty() {
        return false;
    }
    let single_initial = substr::char_count(word) == 1 && word.chars().all(char::is_uppercase);
    if single_initial {
        // "wrote on X. “…”": the platform, not an initial, ends the sentence.
        let platform = word == "X" && before[..word_start].trim_end().rsplit(' ').next().is_some_and(|w| matches!(w, "on" | "to" | "via"));
        return !platform;
    }
    if !words::is_abbreviation(word) {
        return false;
    }
    !(words::may_end_sentence(word) && words::is_sentence_starter(next_word))
}

/// Whether byte `at` lies strictly inside one of the sorted ranges.
fn inside(ranges: &[Range<usize>], at: usize) -> bool {
    let idx = ranges.partition_point(|r| r.start < at);
    idx > 0 && ranges[idx - 1].end > at
}

fn push_trimmed(text: &str, range: Range<usize>, out: &mut Vec<Range<usize>>) {
    let s = text.get(range.clone()).unwrap_or("");
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    if lead + trail < s.len() {
        out.push(range.start + lead..range.end - trail);
    }
}

#[cfg(test)]
#[allow(clippy::single_range_in_vec_init)]
mod tests {
    use super::*;

    fn sentences(text: &str) -> Vec<&str> {
        split(text, &[0..text.len()], &[]).into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn abbreviations_titles_and_initials_do_not_split() {
        let text = "Mr. Smith met Gov. Jane Roe and Sen. Bob Lee on Jan. 5 in St. Louis. The U.S. envoy, John F. Kennedy Jr., attended.";
        assert_eq!(sentences(text).len(), 2, "{:?}", sentences(text));
    }

    #[test]
    fn a_title_in_parentheses_does_not_split() {
        let text = "The Minister, Dr. (Mrs.) Ngozi Eze, spoke. It rained (a lot.) Then it stopped. Hon. Peter Otieno and Engr. Ada Obi agreed.";
        assert_eq!(sentences(text), ["The Minister, Dr. (Mrs.) Ngozi Eze, spoke.", "It rained (a lot.)", "Then it stopped.", "Hon. Peter Otieno and Engr. Ada Obi agreed."]);
    }

    #[test]
    fn the_platform_x_ends_a_sentence() {
        let text = "She wrote on X. \"It was avoidable.\" Malcolm X. Jones agreed. Bob X. Lee too.";
        assert_eq!(sentences(text), ["She wrote on X.", "\"It was avoidable.\"", "Malcolm X. Jones agreed.", "Bob X. Lee too."]);
    }

    #[test]
    fn abbreviation_at_sentence_end_splits_before_an_opener() {
        let text = "The deal was signed with the U.S. The talks ended. Shares of Acme Inc. rose 3.5 percent.";
        assert_eq!(sentences(text), ["The deal was signed with the U.S.", "The talks ended.", "Shares of Acme Inc. rose 3.5 percent."]);
    }

    #[test]
    fn runaway_sentences_are_cut() {
        let text = "word ".repeat(2000);
        let got = split(&text, &[0..text.len()], &[]);
        assert!(got.len() >= 3 && got.iter().all(|r| r.len() <= MAX_SENTENCE + 10), "{}", got.len());
    }

    #[test]
    fn e_g_and_i_e_do_not_split() {
        let text = "Some cities, e.g. Lyon, agreed, i.e. most of them. Others did not.";
        assert_eq!(sentences(text).len(), 2);
    }

    #[test]
    fn quotation_sentences_stay_with_the_quoting_sentence() {
        let text = "“We are ready. We have waited long enough,” she said. Then she left.";
        let q = text.find('“').unwrap()..text.find('”').unwrap() + '”'.len_utf8();
        let got: Vec<&str> = split(text, &[0..text.len()], &[q]).into_iter().map(|r| &text[r]).collect();
        assert_eq!(got, ["“We are ready. We have waited long enough,” she said.", "Then she left."]);
    }

    #[test]
    fn sentence_ending_inside_closing_quote_splits_after_it() {
        let text = "He said: “It is over.” The crowd cheered!";
        let q = text.find('“').unwrap()..text.find('”').unwrap() + '”'.len_utf8();
        let got: Vec<&str> = split(text, &[0..text.len()], &[q]).into_iter().map(|r| &text[r]).collect();
        assert_eq!(got, ["He said: “It is over.”", "The crowd cheered!"]);
    }
}
