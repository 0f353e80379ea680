//! Free-text search: folding case and accents, search terms, the words of a card, highlighting.

/// Lower case without diacritics, curly quotes made straight: `ZELENSKYY` ~ `Zelenskyy`,
/// `Zoë` ~ `zoe`.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        push_folded(c, &mut out);
    }
    out
}

fn push_folded(c: char, out: &mut String) {
    for lower in c.to_lowercase() {
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

/// The search's words, folded and cut as the cards' words are; each must start a word of a card
/// (so `Zelensky` finds `Zelenskyy`, and `venue` does not find `revenue`).
pub fn search_terms(text: &str) -> Vec<String> {
    let mut terms: Vec<String> = words(&fold(text)).map(str::to_string).collect();
    terms.sort();
    terms.dedup();
    // A term that starts another adds nothing to an AND of prefixes ("abu ab").
    let kept: Vec<String> = terms.iter().filter(|t| !terms.iter().any(|o| o != *t && o.starts_with(t.as_str()))).cloned().collect();
    kept
}

/// The folded words a card is found by, each once.
pub fn card_words<'s>(texts: impl IntoIterator<Item = &'s str>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for text in texts {
        out.extend(words(&fold(text)).map(str::to_string));
    }
    out.sort_unstable();
    out.dedup();
    out
}

/// Words of a folded text: runs of letters and digits.
fn words(folded: &str) -> impl Iterator<Item = &str> {
    folded.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty())
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

