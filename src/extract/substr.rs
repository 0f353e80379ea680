//! Checked string slicing. Indexing a str (`&text[a..b]`) links the standard library's panic
//! message for a bad char boundary, which formats chars and ranges with the Unicode printable
//! tables (about 4 KB of wasm, see scripts/size.sh). The extractor's ranges are always on char
//! boundaries; where indexing would panic, these give "".

use std::ops::Range;

/// `text[range]`.
pub fn part(text: &str, range: Range<usize>) -> &str {
    text.get(range).unwrap_or_default()
}

/// `text[start..]`.
pub fn from(text: &str, start: usize) -> &str {
    text.get(start..).unwrap_or_default()
}

/// `text[..end]`.
pub fn upto(text: &str, end: usize) -> &str {
    text.get(..end).unwrap_or_default()
}

/// Byte offset of the first `needle` in `haystack` (as `haystack.find(needle)`). The standard
/// substring search (two-way, with its own checked slicing) costs a few KB of wasm; this one
/// jumps between occurrences of the needle's first char (a memchr) and compares there, which is
/// as fast for the short needles the extractor looks for.
pub fn find(haystack: &str, needle: &str) -> Option<usize> {
    let Some(first) = needle.chars().next() else { return Some(0) };
    let mut start = 0;
    while haystack.len() - start >= needle.len() {
        let at = start + from(haystack, start).find(first)?;
        if haystack.as_bytes().get(at..)?.starts_with(needle.as_bytes()) {
            return Some(at);
        }
        start = at + first.len_utf8();
    }
    None
}

/// Whether `needle` occurs in `haystack` (as `haystack.contains(needle)`, see [`find`]).
pub fn contains(haystack: &str, needle: &str) -> bool {
    find(haystack, needle).is_some()
}

/// Whether the ASCII char `byte` occurs in `text` (as `text.contains(char)`, whose generic path
/// for non-ASCII chars brings the standard substring search too).
pub fn has_byte(text: &str, byte: u8) -> bool {
    text.as_bytes().contains(&byte)
}

/// `text` without every trailing repetition of `suffix` (as `text.trim_end_matches(suffix)`,
/// which would bring the standard substring search).
pub fn trim_end_all<'a>(mut text: &'a str, suffix: &str) -> &'a str {
    while let Some(rest) = text.strip_suffix(suffix).filter(|_| !suffix.is_empty()) {
        text = rest;
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_and_trims_as_the_standard_library_does() {
        let texts = ["", "a", "said Mr. Smith", "ab ab  abc", "Zelenskyy’s’s", "x's's", "ééé é", "  "];
        let needles = ["", "a", "ab", "abc", "  ", "Smith", "é ", "’s", "'s", "zz", "é", "ba", "b a", "éé é", "s’s"];
        for text in texts {
            for needle in needles {
                assert_eq!(find(text, needle), text.find(needle), "{text:?} {needle:?}");
                assert_eq!(contains(text, needle), text.contains(needle), "{text:?} {needle:?}");
                assert_eq!(trim_end_all(text, needle), text.trim_end_matches(needle), "{text:?} {needle:?}");
            }
        }
        assert_eq!(part("abc", 1..2), "b");
        assert_eq!(part("é", 1..2), "");
        assert_eq!(from("abc", 4), "");
        assert_eq!(upto("abc", 2), "ab");
    }
}
