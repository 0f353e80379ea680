//! String slicing and searching without the standard library's heavier paths (see
//! scripts/size.sh). Indexing a str (`&text[a..b]`) links the panic message for a bad char
//! boundary, which formats chars and ranges with the Unicode printable tables (about 4 KB of
//! wasm); the extractor's ranges are always on char boundaries, and where indexing would panic,
//! `part`/`from`/`upto` give "". Substring searches (`find`, `contains`, …) replace the
//! standard two-way searcher, which slices with that same panic path.

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
/// substring search (two-way, with its own checked slicing) costs a few KB of wasm. This one
/// looks at eight positions at a time for the needle's first and last bytes (the idea of the
/// standard library's SIMD search, in a `u64`) and compares the whole needle only there.
/// A match starts on a char boundary: a needle's first byte never continues a char.
pub fn find(haystack: &str, needle: &str) -> Option<usize> {
    let (haystack, needle) = (haystack.as_bytes(), needle.as_bytes());
    let (Some(&first), Some(&last)) = (needle.first(), needle.last()) else { return Some(0) };
    let matches_at = |at: usize| haystack.get(at..at + needle.len()) == Some(needle);
    let last_start = haystack.len().checked_sub(needle.len())?;
    let mut at = 0;
    while at + 7 <= last_start {
        let firsts = byte_matches(eight_bytes(haystack, at), first);
        let lasts = byte_matches(eight_bytes(haystack, at + needle.len() - 1), last);
        let mut candidates = firsts & lasts;
        while candidates != 0 {
            let candidate = at + candidates.trailing_zeros() as usize / 8;
            if matches_at(candidate) {
                return Some(candidate);
            }
            candidates &= candidates - 1;
        }
        at += 8;
    }
    (at..=last_start).find(|&at| matches_at(at))
}

/// The eight bytes from `at` as a little-endian `u64` (zero past the end).
fn eight_bytes(bytes: &[u8], at: usize) -> u64 {
    let chunk = bytes.get(at..at + 8).and_then(|chunk| chunk.try_into().ok());
    u64::from_le_bytes(chunk.unwrap_or_default())
}

/// The high bit of each byte of `word` equal to `byte` is set (the "has zero byte" trick on
/// `word ^ byte`; it may also flag a byte right above a real match, never miss one).
fn byte_matches(word: u64, byte: u8) -> u64 {
    const ONES: u64 = u64::from_le_bytes([1; 8]);
    let zero_where_equal = word ^ (ONES * u64::from(byte));
    zero_where_equal.wrapping_sub(ONES) & !zero_where_equal & (ONES << 7)
}

/// The number of chars in `text` (as `text.chars().count()`, whose unrolled standard version
/// is 0.5 KB of wasm): the bytes that do not continue a char.
/// The char starting at byte `at` and its length in bytes; ASCII without decoding. `None` at
/// the end of the text or inside a char.
pub fn char_at(text: &str, at: usize) -> Option<(char, usize)> {
    let &b = text.as_bytes().get(at)?;
    if b < 0x80 {
        return Some((char::from(b), 1));
    }
    from(text, at).chars().next().map(|c| (c, c.len_utf8()))
}

pub fn char_count(text: &str) -> usize {
    text.bytes().filter(|&b| b & 0xc0 != 0x80).count()
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
        let long = "The Kremlin said on Monday that talks with Kyiv were useful,  and contributed to this report ab";
        let texts = ["", "a", "said Mr. Smith", "ab ab  abc", "Zelenskyy’s’s", "x's's", "ééé é", "  ", long, "aaaaaaaaaaaaaaaaab", "bbbbbbbbbbbbbbbbbbbbbba"];
        let needles = ["", "a", "ab", "abc", "  ", "Smith", "é ", "’s", "'s", "zz", "é", "ba", "b a", "éé é", "s’s", "Kyiv", "contributed to this report", "ab", "aab", "bba", long];
        for text in texts {
            for needle in needles {
                assert_eq!(find(text, needle), text.find(needle), "{text:?} {needle:?}");
                assert_eq!(contains(text, needle), text.contains(needle), "{text:?} {needle:?}");
                assert_eq!(trim_end_all(text, needle), text.trim_end_matches(needle), "{text:?} {needle:?}");
            }
        }
        for text in texts {
            assert_eq!(char_count(text), text.chars().count());
        }
        assert_eq!(part("abc", 1..2), "b");
        assert_eq!(part("é", 1..2), "");
        assert_eq!(from("abc", 4), "");
        assert_eq!(upto("abc", 2), "ab");
        for text in texts {
            for (at, c) in text.char_indices() {
                assert_eq!(char_at(text, at), Some((c, c.len_utf8())), "{text:?} {at}");
            }
            assert_eq!(char_at(text, text.len()), None);
        }
        assert_eq!(char_at("é", 1), None);
    }
}
