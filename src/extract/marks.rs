//! Quotation marks → quotations. One linear pass per paragraph with a small stack.
//!
//! Double marks (straight or curly) are reliable; single marks are also apostrophes, so a single
//! mark opens only before a word and after space/start, and closes only after a word. A closing
//! candidate after a word ending in "s" (students’) closes only when no later candidate could.
//! News style lets a quotation run over paragraphs: an unclosed quotation continues when the
//! next paragraph opens with the same mark; otherwise it is dropped (or ended at the paragraph
//! end when it clearly began a statement), so one stray mark cannot swallow the article.

use std::ops::Range;

use super::substr;

/// One quotation: the words between a pair of marks, possibly over several paragraphs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Quotation {
    /// Byte offset of the opening mark.
    pub open: usize,
    /// Byte offset just after the closing mark (or the end of the text taken).
    pub end: usize,
    /// The inner text, one range per paragraph.
    pub pieces: Vec<Range<usize>>,
    /// 0 for a top-level quotation, 1 for a quotation inside another.
    pub depth: usize,
    pub double: bool,
}

impl Quotation {
    pub fn inner(&self) -> Range<usize> {
        let start = self.pieces.first().map_or(self.open, |p| p.start);
        let end = self.pieces.last().map_or(self.end, |p| p.end);
        start..end.max(start)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Mark {
    OpenDouble,
    CloseDouble,
    OpenSingle,
    CloseSingle,
    /// Could close a single quotation or be a plural possessive.
    WeakCloseSingle,
}

struct Open {
    double: bool,
    open: usize,
    /// Where the current piece's text starts.
    piece_start: usize,
    pieces: Vec<Range<usize>>,
    /// Opened at the start of a paragraph or after a colon: a statement, worth keeping unclosed.
    statement_start: bool,
}

fn is_opening_context(prev: Option<char>) -> bool {
    prev.is_none_or(|p| {
        p.is_whitespace() || matches!(p, '(' | '[' | '{' | '—' | '–' | '-' | '/' | ':' | '“' | '‘' | '"' | '\'')
    })
}

fn classify(prev: Option<char>, c: char, next: Option<char>, following: Option<char>) -> Option<Mark> {
    let next_is_word = next.is_some_and(char::is_alphanumeric);
    let prev_is_word = prev.is_some_and(char::is_alphanumeric);
    let closing_context = next.is_none_or(|n| n.is_whitespace() || (!n.is_alphanumeric() && !is_open_mark(n)));
    match c {
        '“' | '„' | '«' => Some(Mark::OpenDouble),
        '”' | '»' => Some(Mark::CloseDouble),
        '"' => {
            if is_opening_context(prev) && next.is_some_and(|n| !n.is_whitespace()) {
                Some(Mark::OpenDouble)
            } else {
                Some(Mark::CloseDouble)
            }
        }
        '‘' | '\'' | '’' => {
            if prev_is_word && next_is_word {
                return None; // I'm, Russia’s, rock 'n' roll's inner marks
            }
            if is_opening_context(prev) && next_is_word {
                // ’90s, 'n', 'em: elisions, not quotations.
                let elision = next.is_some_and(|n| n.is_ascii_digit())
                    || (next == Some('n') && matches!(following, Some('\'' | '’')))
                    || c == '’';
                return (!elision).then_some(Mark::OpenSingle);
            }
            if c == '‘' {
                return None;
            }
            let after_text = prev.is_some_and(|p| p.is_alphanumeric() || matches!(p, '.' | ',' | '!' | '?' | '…' | '"' | '”' | ')' | '-'));
            if after_text && closing_context {
                let possessive = prev.is_some_and(|p| p == 's' || p == 'S');
                return Some(if possessive { Mark::WeakCloseSingle } else { Mark::CloseSingle });
            }
            None
        }
        _ => None,
    }
}

fn is_open_mark(c: char) -> bool {
    matches!(c, '“' | '„' | '«' | '‘')
}

/// Finds the quotations of the given paragraphs (byte ranges into `text`, in order).
pub fn find(text: &str, paragraphs: &[Range<usize>]) -> Vec<Quotation> {
    let mut out = Vec::new();
    let mut carried: Option<Open> = None;
    for (pi, para) in paragraphs.iter().enumerate() {
        let Some(body) = text.get(para.clone()) else { continue };
        let mut stack: Vec<Open> = Vec::new();
        let mut marks = scan_marks(body, para.start);
        if let Some(mut open) = carried.take() {
            // The carried quotation continues: this paragraph's first mark reopens it.
            if let Some(&(at, Mark::OpenDouble | Mark::OpenSingle, len)) = marks.first() {
                if at == para.start {
                    open.piece_start = at + len;
                    marks.remove(0);
                    stack.push(open);
                }
            }
        }
        let weak_is_last = last_weak_before_next_open(&marks);
        for (mi, &(at, mark, len)) in marks.iter().enumerate() {
            match mark {
                Mark::OpenDouble | Mark::OpenSingle => {
                    let double = mark == Mark::OpenDouble;
                    let statement_start = at == para.start || substr::part(text, para.start..at).trim_end().ends_with(':');
                    stack.push(Open { double, open: at, piece_start: at + len, pieces: Vec::new(), statement_start });
                }
                Mark::CloseDouble => close(&mut stack, true, at, len, &mut out),
                Mark::CloseSingle => close(&mut stack, false, at, len, &mut out),
                Mark::WeakCloseSingle => {
                    if weak_is_last[mi] {
                        close(&mut stack, false, at, len, &mut out);
                    }
                }
            }
        }
        carried = finish_paragraph(text, stack, para, paragraphs.get(pi + 1), &mut out);
    }
    super::sort::sort_by(&mut out, |a, b| a.open < b.open);
    out
}

/// Marks of a paragraph with their absolute byte offsets and lengths.
fn scan_marks(body: &str, base: usize) -> Vec<(usize, Mark, usize)> {
    let mut out = Vec::new();
    let mut prev: Option<char> = None;
    let mut chars = body.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if matches!(c, '"' | '\'' | '‘' | '’' | '“' | '”' | '„' | '«' | '»') {
            let mut ahead = substr::from(body, i + c.len_utf8()).chars();
            let next = ahead.next();
            let following = ahead.next();
            // Archive style: two apostrophes are a double quotation mark (''We are done,'' he said).
            if c == '\'' && next == Some('\'') {
                chars.next();
                if let Some(mark) = classify(prev, '"', following, None) {
                    out.push((base + i, mark, 2));
                }
                prev = Some('"');
                continue;
            }
            if let Some(mark) = classify(prev, c, next, following) {
                out.push((base + i, mark, c.len_utf8()));
            }
        }
        prev = Some(c);
    }
    out
}

/// For each mark: whether it is a weak single close with no other single close after it before
/// the next opening mark (then it is the best candidate to close).
fn last_weak_before_next_open(marks: &[(usize, Mark, usize)]) -> Vec<bool> {
    let mut out = vec![false; marks.len()];
    let mut later_close = false;
    for (i, &(_, m, _)) in marks.iter().enumerate().rev() {
        match m {
            Mark::OpenDouble | Mark::OpenSingle | Mark::CloseDouble => later_close = false,
            Mark::CloseSingle => later_close = true,
            Mark::WeakCloseSingle => {
                out[i] = !later_close;
                later_close = true;
            }
        }
    }
    out
}

fn close(stack: &mut Vec<Open>, double: bool, at: usize, len: usize, out: &mut Vec<Quotation>) {
    // Only the top few entries are searched: a close deep under many unclosed opens is a stray
    // mark, and the bound keeps the pass linear on pathological input.
    let lower = stack.len().saturating_sub(8);
    let Some(pos) = stack[lower..].iter().rposition(|o| o.double == double).map(|p| p + lower) else { return };
    // Anything opened inside and never closed was not a quotation.
    stack.truncate(pos + 1);
    let Some(mut open) = stack.pop() else { return };
    open.pieces.push(open.piece_start..at);
    out.push(Quotation { open: open.open, end: at + len, pieces: open.pieces, depth: stack.len(), double });
}

/// Ends a paragraph: an unclosed top-level quotation continues into the next paragraph when that
/// one follows directly (no heading between) and opens with a mark of the same kind; otherwise it ends here if it began a statement.
fn finish_paragraph(
    text: &str,
    mut stack: Vec<Open>,
    para: &Range<usize>,
    next: Option<&Range<usize>>,
    out: &mut Vec<Quotation>,
) -> Option<Open> {
    if stack.is_empty() {
        return None;
    }
    let mut outer = stack.swap_remove(0);
    let end = para.end;
    // Only the very next paragraph: a heading or other line in between ends the quotation.
    let adjacent = next.filter(|n| text.get(end..n.start).is_some_and(|gap| gap.trim().is_empty()));
    let next_opens_same = adjacent.and_then(|n| text.get(n.clone())).is_some_and(|s| {
        let archive = s.starts_with("''");
        s.chars().next().is_some_and(|c| {
            if outer.double { matches!(c, '“' | '"' | '„' | '«') || archive } else { matches!(c, '‘' | '\'') && !archive }
        })
    });
    let piece_end = trailing_text_end(text, outer.piece_start, end);
    if next_opens_same {
        outer.pieces.push(outer.piece_start..piece_end);
        return Some(outer);
    }
    if outer.statement_start && outer.double {
        outer.pieces.push(outer.piece_start..piece_end);
        out.push(Quotation { open: outer.open, end, pieces: outer.pieces, depth: 0, double: outer.double });
    }
    None
}

fn trailing_text_end(text: &str, start: usize, end: usize) -> usize {
    let s = text.get(start..end).unwrap_or("");
    start + s.trim_end().len()
}

#[cfg(test)]
#[allow(clippy::single_range_in_vec_init)]
mod tests {
    use super::*;

    fn quotes_of(text: &str) -> Vec<String> {
        let paras = para_ranges(text);
        find(text, &paras)
            .iter()
            .filter(|q| q.depth == 0)
            .map(|q| q.pieces.iter().map(|p| &text[p.clone()]).collect::<Vec<_>>().join(" | "))
            .collect()
    }

    fn para_ranges(text: &str) -> Vec<Range<usize>> {
        let mut out = Vec::new();
        let mut start = 0;
        for line in text.split('\n') {
            if !line.is_empty() {
                out.push(start..start + line.len());
            }
            start += line.len() + 1;
        }
        out
    }

    #[test]
    fn curly_and_straight_doubles() {
        assert_eq!(quotes_of("“We are ready,” she said. He replied: \"Not yet.\""), ["We are ready,", "Not yet."]);
    }

    #[test]
    fn two_apostrophes_are_a_double_mark_in_archive_style() {
        assert_eq!(quotes_of("''We are not done,'' Mr. Ortiz said. ''Not yet.''"), ["We are not done,", "Not yet."]);
        // One apostrophe stays an apostrophe, and a single quotation is still one.
        assert_eq!(quotes_of("The Ortiz' lawyer said it was 'a farce' and that the ''deal'' was off."), ["a farce", "deal"]);
        assert_eq!(quotes_of("It's the players' day."), Vec::<String>::new());
    }

    #[test]
    fn apostrophes_are_not_marks() {
        let text = "The mayor said the city’s plan for the ’90s was 'working' and rock 'n' roll's fans agreed, students' unions too.";
        assert_eq!(quotes_of(text), ["working"]);
    }

    #[test]
    fn plural_possessive_inside_single_quote_does_not_close_it() {
        let text = "'We will protect the students' rights,' the dean said.";
        assert_eq!(quotes_of(text), ["We will protect the students' rights,"]);
    }

    #[test]
    fn nested_single_inside_double() {
        let text = "“They told us ‘wait’ and we waited,” he said.";
        let paras = para_ranges(text);
        let qs = find(text, &paras);
        assert_eq!(qs.len(), 2);
        assert_eq!(qs.iter().find(|q| q.depth == 1).map(|q| &text[q.inner()]), Some("wait"));
    }

    #[test]
    fn quote_spanning_paragraphs_is_one_quotation() {
        let text = "“The first part of it.\n“The second part,” he said.\nAfter that, nothing.";
        assert_eq!(quotes_of(text), ["The first part of it. | The second part,"]);
    }

    #[test]
    fn quote_does_not_continue_over_a_heading() {
        let text = "“The first part of it.\nA Heading\n“The second part,” he said.";
        let paras = [0..text.find('\n').unwrap(), text.rfind('\n').unwrap() + 1..text.len()];
        let found: Vec<&str> = find(text, &paras).iter().map(|q| &text[q.open..q.end]).collect();
        assert_eq!(found, ["“The first part of it.", "“The second part,”"]);
    }

    #[test]
    fn unclosed_mark_is_reset_at_paragraph_end() {
        let text = "He called it a “disaster for everyone.\nOfficials said “no” later.";
        assert_eq!(quotes_of(text), ["no"]);
    }
}
