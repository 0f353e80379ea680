//! Byte offsets → char offsets. The extractor works in byte ranges internally (cheap slicing);
//! the output contract counts chars, so every span is converted once, at the end.

use super::model::{Article, Span};

/// Maps byte offsets of one text to char offsets: the number of chars before every 64th byte,
/// then a count of the few bytes after it (a vector of one number per char cost more than the
/// rest of the conversion).
pub struct CharIndex<'a> {
    bytes: &'a [u8],
    /// `blocks[k]`: how many chars start before byte `64 * k`.
    blocks: Vec<usize>,
    chars: usize,
}

const BLOCK: usize = 64;

fn starts(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&b| b & 0xc0 != 0x80).count()
}

impl<'a> CharIndex<'a> {
    pub fn new(text: &'a str) -> Self {
        let bytes = text.as_bytes();
        let mut blocks = Vec::with_capacity(bytes.len() / BLOCK + 1);
        let mut chars = 0;
        for block in bytes.chunks(BLOCK) {
            blocks.push(chars);
            chars += starts(block);
        }
        CharIndex { bytes, blocks, chars }
    }

    /// The char offset of a byte offset (rounded down to a char boundary).
    pub fn char_at(&self, byte: usize) -> usize {
        if byte >= self.bytes.len() {
            return self.chars;
        }
        // The chars starting at or before `byte`, less the one holding it.
        let block = byte / BLOCK;
        self.blocks[block] + starts(&self.bytes[block * BLOCK..=byte]) - 1
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
    fn every_byte_maps_to_the_char_holding_it() {
        let long = "Zelenskyy’s “plan” — ".repeat(20) + "é👍ab" + &"x".repeat(70);
        for text in ["", "a", "é", "a’b—c", long.as_str()] {
            let index = CharIndex::new(text);
            let mut boundaries: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
            boundaries.push(text.len());
            for byte in 0..text.len() + 3 {
                let expected = match boundaries.binary_search(&byte) {
                    Ok(i) => i,
                    Err(i) => i.saturating_sub(1),
                };
                assert_eq!(index.char_at(byte), expected, "{text:?} {byte}");
            }
        }
    }

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
