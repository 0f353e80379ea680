//! Free-text search: folding case and accents, search terms, the words of a card, highlighting.

use super::order;
use crate::extract::case;

/// Lower case without diacritics, curly quotes made straight: `ZELENSKYY` ~ `Zelenskyy`,
/// `Zoë` ~ `zoe`.
pub fn fold(s: &str) -> String {
    // Most of a news text is ASCII, whose folding is lower-casing: no table lookup for it.
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else {
            push_folded(c, &mut out);
        }
    }
    out
}

fn push_folded(c: char, out: &mut String) {
    // `İ` lower-cases to `i` and a combining dot, which is dropped below: plain `i`. Every other
    // char has one lower-case char (the extractor's table: the standard one costs 11 KB of wasm).
    let lower = if c == 'İ' { 'i' } else { case::lower_char(c) };
    match lower {
        '\u{300}'..='\u{36f}' => {}
        'ß' => out.push_str("ss"),
        'æ' => out.push_str("ae"),
        'œ' => out.push_str("oe"),
        '‘' | '’' | '‚' | '′' => out.push('\''),
        '“' | '”' | '„' | '″' => out.push('"'),
        '–' | '—' => out.push('-'),
        other => out.push(base_letter(other)),
    }
}

const BASE_LETTERS: [(&str, char); 19] = [
    ("àáâãäåāăą", 'a'),
    ("çćĉċč", 'c'),
    ("ďđ", 'd'),
    ("èéêëēĕėęě", 'e'),
    ("ĝğġģ", 'g'),
    ("ĥħ", 'h'),
    ("ìíîïĩīĭįı", 'i'),
    ("ĵ", 'j'),
    ("ķ", 'k'),
    ("ĺļľŀł", 'l'),
    ("ñńņňŉ", 'n'),
    ("òóôõöøōŏő", 'o'),
    ("ŕŗř", 'r'),
    ("śŝşšș", 's'),
    ("ţťŧț", 't'),
    ("ùúûüũūŭůűų", 'u'),
    ("ŵ", 'w'),
    ("ýÿŷ", 'y'),
    ("źżž", 'z'),
];

fn base_letter(c: char) -> char {
    if c.is_ascii() {
        return c;
    }
    BASE_LETTERS.iter().find(|(set, _)| set.contains(c)).map_or(c, |(_, base)| *base)
}

/// One thing a search asks for: a word, or a phrase in double quotes (words in a row).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Term {
    /// Folded words, cut as the cards' words are.
    pub words: Vec<String>,
    /// The last word is still being typed: it matches as a prefix (`mosc` finds `Moscow`).
    pub prefix: bool,
}

/// A search as a sentence names it: in quotation marks, unless it holds its own (a phrase
/// typed as `"budget office"` is shown as typed, not as “"budget office"”).
pub fn quoted(text: &str) -> String {
    if text.contains(['"', '“', '”']) { text.to_string() } else { format!("“{text}”") }
}

/// What a search asks for: every term must match a card. Words match whole words, but the last
/// one while it is being typed (no space or closing quote after it) matches as a prefix, as in
/// most search boxes, from its second letter on; `"peace talks"` matches those words in a row.
pub fn parse_search(text: &str) -> Vec<Term> {
    let folded = fold(text);
    let mut terms: Vec<Term> = Vec::new();
    for (n, part) in folded.split('"').enumerate() {
        let in_quotes = n % 2 == 1;
        let words: Vec<String> = words(part).map(str::to_string).collect();
        if in_quotes && words.len() > 1 {
            terms.push(Term { words, prefix: false });
        } else {
            terms.extend(words.into_iter().map(|w| Term { words: vec![w], prefix: false }));
        }
    }
    let typing = folded.chars().last().is_some_and(char::is_alphanumeric);
    if let Some(last) = terms.last_mut() {
        // One letter is a word ("a", "i"), not a prefix: as a prefix it would match most of
        // the corpus, and fetch most of its search words.
        last.prefix = typing && last.words.last().is_some_and(|w| w.chars().nth(1).is_some());
    }
    terms.dedup();
    terms
}

/// Every word of a search, folded: what the cards mark.
pub fn search_terms(text: &str) -> Vec<String> {
    let mut words: Vec<String> = parse_search(text).into_iter().flat_map(|t| t.words).collect();
    order::sort_dedup(&mut words);
    words
}

/// Calls `found` with each folded word of `text`, in order, repeats included.
pub fn each_word(text: &str, mut found: impl FnMut(&str)) {
    for word in words(&fold(text)) {
        found(word);
    }
}

/// Words of a folded text: runs of letters and digits.
pub fn words(folded: &str) -> impl Iterator<Item = &str> {
    word_spans(folded).map(|(start, end)| &folded[start..end])
}

/// Byte ranges of the runs of letters and digits of `s`, as a split on `char::is_alphanumeric`
/// cuts them. A byte at a time where the text is ASCII (most of news text), in plain loops: the
/// page is built for size, which calls a closure per char rather than inline it, and the split
/// was a fifth of making the search words.
pub fn word_spans(s: &str) -> WordSpans<'_> {
    WordSpans { s, at: 0 }
}

pub struct WordSpans<'s> {
    s: &'s str,
    at: usize,
}

impl Iterator for WordSpans<'_> {
    type Item = (usize, usize);

    fn next(&mut self) -> Option<(usize, usize)> {
        let bytes = self.s.as_bytes();
        let mut at = self.at;
        loop {
            if at >= bytes.len() {
                self.at = at;
                return None;
            }
            let (word, len) = word_char(self.s, at);
            if word {
                break;
            }
            at += len;
        }
        let start = at;
        while at < bytes.len() {
            let (word, len) = word_char(self.s, at);
            if !word {
                break;
            }
            at += len;
        }
        self.at = at;
        Some((start, at))
    }
}

/// Whether the char at byte `at` of `s` is a letter or a digit, and its length in bytes.
#[inline(always)]
fn word_char(s: &str, at: usize) -> (bool, usize) {
    let b = s.as_bytes()[at];
    if b < 0x80 {
        return (b.is_ascii_alphanumeric(), 1);
    }
    let c = s[at..].chars().next().unwrap_or(' ');
    (c.is_alphanumeric(), c.len_utf8())
}

/// `text` cut into pieces, `true` for the ones that match a search term.
pub fn highlight(text: &str, query_text: &str) -> Vec<(String, bool)> {
    let terms = search_terms(query_text);
    let chars: Vec<char> = text.chars().collect();
    // The folded text, and for each folded char the original char it came from.
    let mut folded: Vec<char> = Vec::new();
    let mut origin: Vec<usize> = Vec::new();
    let mut buf = String::new();
    for (i, &c) in chars.iter().enumerate() {
        buf.clear();
        push_folded(c, &mut buf);
        for f in buf.chars() {
            folded.push(f);
            origin.push(i);
        }
    }
    let mut hit = vec![false; chars.len()];
    for term in &terms {
        let needle: Vec<char> = term.chars().collect();
        for start in 0..folded.len().saturating_sub(needle.len() - 1) {
            let word_start = start == 0 || !folded[start - 1].is_alphanumeric();
            if word_start && folded[start..start + needle.len()] == needle[..] {
                for &o in &origin[start..start + needle.len()] {
                    hit[o] = true;
                }
            }
        }
    }
    let mut pieces: Vec<(String, bool)> = Vec::new();
    for (c, h) in chars.into_iter().zip(hit) {
        match pieces.last_mut() {
            Some((s, last)) if *last == h => s.push(c),
            _ => pieces.push((c.to_string(), h)),
        }
    }
    pieces
}

