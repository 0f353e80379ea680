//! Byte offsets → char offsets. The extractor works in byte ranges internally (cheap slicing);
//! the output contract counts chars, so every span is converted once, at the end.

use super::model::{Article, Span};

/// Maps byte offsets of one text to char offsets.
pub struct CharIndex {
    /// Byte offset of every char boundary, plus the text length.
    boundaries: Vec<usize>,
}

impl CharIndex {
    pub fn new(text: &str) -> Self {
        let mut boundaries: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
        boundaries.push(text.len());
        CharIndex { boundaries }
    }

    /// The char offset of a byte offset (rounded down to a char boundary).
    pub fn char_at(&self, byte: usize) -> usize {
        match self.boundaries.binary_search(&byte) {
            Ok(i) => i,
            Err(i) => i.saturating_sub(1),
        }
    }

    pub fn span(&self, bytes: Span) -> Span {
        Span { start: self.char_at(bytes.start), end: self.char_at(bytes.end) }
    }
}

/// Converts every span of an article whose spans are byte offsets into char offsets.
pub fn spans_to_chars(article: &mut Article) {
    let index = CharIndex::new(&article.text);
    let conv = |s: &mut Span| *s = index.span(*s);
    article.blocks.iter_mut().for_each(|b| conv(&mut b.span));
    article.comments.iter_mut().for_each(|c| conv(&mut c.span));
    article.date_warnings.iter_mut().for_each(|w| conv(&mut w.span));
    for q in &mut article.quotes {
        conv(&mut q.span);
        conv(&mut q.sentence_span);
        if let Some(d) = &mut q.date {
            conv(&mut d.span);
        }
    }
    for e in &mut article.events {
        conv(&mut e.sentence_span);
        conv(&mut e.date.span);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn multibyte_chars_count_once() {
        let index = CharIndex::new("a’b—c");
        assert_eq!(index.char_at(0), 0);
        assert_eq!(index.char_at(1), 1);
        assert_eq!(index.char_at(4), 2);
        assert_eq!(index.span(Span { start: 4, end: 8 }), Span { start: 2, end: 4 });
        assert_eq!(index.char_at(9), 5);
    }
}
