//! Word tokens with byte spans, the lookups of the lexicon (`lexicon/`: verbs, nouns) the quote
//! and people rules share, and the small lists of function words.
//!
//! Lists are deliberately short and generic (English news vocabulary), never article-specific.

use std::borrow::Cow;
use std::cell::Cell;
use std::ops::Range;
use std::sync::OnceLock;

use super::case;
use super::lexicon::{self, Noun, Table, Verb, VerbFlag, LONGEST};
use super::substr;

/// One token of a sentence: a word (letters/digits with inner `.`, `'`, `’`, `-`) or a single
/// punctuation character. What the rules ask of every token is read once: whether it is a
/// word, capitalised, a capitalised function word ([`Tok::new`]), and the verb it is a form of
/// (looked up the first time it is asked, [`Tok::verb`]).
#[derive(Clone, Debug)]
pub struct Tok<'a> {
    pub text: &'a str,
    pub span: Range<usize>,
    class: u8,
    /// 0: not looked up yet; 1: no verb; otherwise 1 + the verb's id ([`lexicon::verb_id`]).
    verb: Cell<u8>,
}

/// [`Tok::class`] bits.
const WORD: u8 = 1;
const CAPITALIZED: u8 = 2;
const STOPWORD: u8 = 4;

impl PartialEq for Tok<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.text == other.text && self.span == other.span
    }
}

impl Eq for Tok<'_> {}

impl<'a> Tok<'a> {
    pub fn new(text: &'a str, span: Range<usize>) -> Self {
        let first = text.chars().next();
        let mut class = 0;
        if first.is_some_and(char::is_alphanumeric) {
            class |= WORD;
        }
        if first.is_some_and(char::is_uppercase) {
            class |= CAPITALIZED;
            if is_capitalized_stopword(text) {
                class |= STOPWORD;
            }
        }
        Tok { text, span, class, verb: Cell::new(0) }
    }

    pub fn is_word(&self) -> bool {
        self.class & WORD != 0
    }

    pub fn is_capitalized(&self) -> bool {
        self.class & CAPITALIZED != 0
    }

    /// A capitalised word that is a function word, a month or a weekday
    /// ([`is_capitalized_stopword`]): no name.
    pub fn is_capitalized_stopword(&self) -> bool {
        self.class & STOPWORD != 0
    }

    /// The verb of the lexicon this word is a form of, ignoring case (see [`cue`]).
    pub fn verb(&self) -> Option<Verb> {
        let id = match self.verb.get() {
            0 => {
                let id = lexicon::verb_id(self.text);
                self.verb.set(id + 1);
                id
            }
            known => known - 1,
        };
        lexicon::verb_from_id(id)
    }

    /// The word in lower case; borrowed (no allocation) when it already is, as most words are.
    pub fn lower(&self) -> Cow<'a, str> {
        if self.text.chars().any(char::is_uppercase) { Cow::Owned(case::to_lower(self.text)) } else { Cow::Borrowed(self.text) }
    }

    /// Whether the word in lower case is `word` (as `self.lower() == word`), without the
    /// `Cow` to build and drop at every call site, nor an allocation for ASCII words.
    pub fn is(&self, word: &str) -> bool {
        if self.text.is_ascii() {
            self.text.len() == word.len() && self.text.bytes().zip(word.bytes()).all(|(a, b)| a.to_ascii_lowercase() == b)
        } else {
            self.lower() == word
        }
    }

    /// Whether the word in lower case is one of `words` (see [`Tok::is`]).
    pub fn is_any(&self, words: &[&str]) -> bool {
        words.iter().any(|w| self.is(w))
    }

    /// The word without a possessive ending ("Russia’s" → "Russia").
    pub fn stem(&self) -> &str {
        strip_possessive(self.text)
    }
}

pub fn strip_possessive(word: &str) -> &str {
    for suffix in ["'s", "’s", "'S", "’S"] {
        if let Some(stem) = word.strip_suffix(suffix) {
            if !stem.is_empty() {
                return stem;
            }
        }
    }
    word
}

fn is_inner_joiner(c: char) -> bool {
    matches!(c, '.' | '\'' | '’' | '-' | '‐' | '‑')
}

/// Tokenizes `text[range]`. A `.` stays inside a word when a letter follows it ("U.S", "e.g"),
/// and a final `.` joins a word that already holds one ("U.S.") or is a known abbreviation or a
/// capital initial ("Mr.", "F.").
pub fn tokenize(text: &str, range: Range<usize>) -> Vec<Tok<'_>> {
    let slice = text.get(range.clone()).unwrap_or("");
    let base = range.start;
    let char_at = |at: usize| substr::char_at(slice, at);
    let alphanumeric_at = |at: usize| char_at(at).is_some_and(|(c, _)| c.is_alphanumeric());
    // "1,000": a comma between a digit and three more is inside the number.
    let digit_at = |at: usize| slice.as_bytes().get(at).is_some_and(u8::is_ascii_digit);
    let thousands_at = |at: usize| at > 0 && digit_at(at - 1) && (1..=3).all(|k| digit_at(at + k)) && !digit_at(at + 4);
    let mut out = Vec::with_capacity(slice.len() / 5);
    let mut at = 0;
    while let Some((c, len)) = char_at(at) {
        if c.is_whitespace() {
            at += len;
            continue;
        }
        if !c.is_alphanumeric() {
            out.push(Tok::new(substr::part(slice, at..at + len), base + at..base + at + len));
            at += len;
            continue;
        }
        // The word runs over letters and digits, and over a joiner followed by one.
        let mut end = at + len;
        while let Some((cj, lj)) = char_at(end) {
            if cj.is_alphanumeric() {
                end += lj;
            } else if (is_inner_joiner(cj) && alphanumeric_at(end + lj)) || (cj == ',' && thousands_at(end)) {
                end += lj + char_at(end + lj).map_or(0, |(_, l)| l);
            } else {
                break;
            }
        }
        if slice.as_bytes().get(end) == Some(&b'.') && takes_final_period(substr::part(slice, at..end)) {
            end += 1;
        }
        out.push(Tok::new(substr::part(slice, at..end), base + at..base + end));
        at = end;
    }
    out
}

fn takes_final_period(word: &str) -> bool {
    let single_capital = substr::char_count(word) == 1 && word.chars().all(char::is_uppercase);
    (substr::has_byte(word, b'.') && word.len() <= 6) || single_capital || is_abbreviation(word)
}

/// A lower-case word naming an occupation before a name: a listed title, or a word with an
/// agent ending ("geologist Tom Baines", "filmmaker Tunde Adeyemi").
pub fn is_occupation(word: &str) -> bool {
    let mut buf = [0; LONGEST];
    match ascii_lower(word, &mut buf) {
        Some(lower) => is_title(lower) || is_agent_noun(lower),
        None => is_agent_noun(&case::to_lower(word)), // rare: "pâtissier"
    }
}

fn is_agent_noun(lower: &str) -> bool {
    lower.len() > 5
        && lower.chars().all(char::is_alphabetic)
        && !is_capitalized_stopword(lower)
        && ["ist", "er", "or", "ian"].iter().any(|s| lower.ends_with(s))
}

/// Abbreviations after which a period does not end a sentence.
pub fn is_abbreviation(word: &str) -> bool {
    let w = word.trim_end_matches('.');
    in_list(&ABBREVIATIONS, w) || (substr::has_byte(w, b'.') && w.len() <= 5)
}

/// Abbreviations that often end a sentence too ("… Apple Inc. The deal …").
pub fn may_end_sentence(word: &str) -> bool {
    let w = case::to_lower(word.trim_end_matches('.'));
    matches!(w.as_str(), "inc" | "corp" | "ltd" | "co" | "jr" | "sr" | "etc") || substr::has_byte(&w, b'.')
}

/// Words that usually start a sentence; after an abbreviation that may end one, they decide.
pub fn is_sentence_starter(word: &str) -> bool {
    in_list(&SENTENCE_STARTERS, word)
}

/// Capitalised words that are not names: function words, months, weekdays.
pub fn is_capitalized_stopword(word: &str) -> bool {
    in_list(&CAPITALIZED_STOPWORDS, word.trim_end_matches('.'))
}

/// Descriptors written before a name like titles ("Democrat Jane Roe", "Rival Smith"), which
/// also start organisations' names ("Republican National Committee").
pub fn is_descriptor(word: &str) -> bool {
    lexicon::noun(word).is(Noun::DESCRIPTOR)
}

/// Title words written before a name ("President", "Special Envoy", "Sen.").
pub fn is_title(word: &str) -> bool {
    lexicon::noun(word.trim_end_matches('.')).is(Noun::TITLE)
}

/// Lower-case nouns that name a speaker by role ("the spokesman", "officials", "critics").
pub fn is_role_noun(word: &str) -> bool {
    lexicon::noun(word).is(Noun::ROLE)
}

/// Nouns of organisations that speak ("the ministry said", "the Kremlin said").
pub fn is_org_noun(word: &str) -> bool {
    lexicon::noun(word).is(Noun::ORGANISATION)
}

/// Words that make a capitalised run an organisation or a place, not a person.
pub fn is_org_or_place_word(word: &str) -> bool {
    lexicon::noun(strip_possessive(word).trim_end_matches('.')).is(Noun::NAME_WORD)
}

/// A token used as a speech verb: lower case (a capitalised "States" or "Reports" is a name).
pub fn cue(t: &Tok) -> Option<Verb> {
    if t.is_capitalized() { None } else { t.verb().filter(|v| v.is(VerbFlag::SPEECH)) }
}

/// Auxiliaries and adverbs that may stand between a subject and its verb.
pub fn is_verb_filler(word: &str) -> bool {
    let adverb = || {
        (5..=LONGEST).contains(&word.len())
            && word.bytes().all(|b| b.is_ascii_alphabetic())
            && word.get(word.len() - 2..).is_some_and(|end| end.eq_ignore_ascii_case("ly"))
    };
    in_list(&VERB_FILLERS, word) || adverb()
}

pub fn is_pronoun(word: &str) -> bool {
    let mut buf = [0; LONGEST];
    matches!(ascii_lower(word, &mut buf), Some("he" | "she" | "they" | "we" | "i"))
}

pub fn is_quote_mark(c: char) -> bool {
    matches!(c, '"' | '\'' | '‘' | '’' | '‚' | '‛' | '“' | '”' | '„' | '‟' | '«' | '»' | '‹' | '›')
}

/// `word`, ASCII lower-cased into `buf`; `None` when it cannot be in a list (too long, or not
/// ASCII: every list word is ASCII).
fn ascii_lower<'b>(word: &str, buf: &'b mut [u8; LONGEST]) -> Option<&'b str> {
    let bytes = buf.get_mut(..word.len()).filter(|_| word.is_ascii())?;
    bytes.copy_from_slice(word.as_bytes());
    bytes.make_ascii_lowercase();
    std::str::from_utf8(bytes).ok()
}

/// Whether `word`, ignoring ASCII case, is in `list`.
pub fn in_list(list: &WordList, word: &str) -> bool {
    list.table().get(word, true).is_some()
}

/// A word list, written as one string of entries separated by spaces (a `&[&str]` would add a
/// pointer and a length per word to the wasm data), indexed into a hash table at first use.
pub struct WordList {
    entries: &'static str,
    table: OnceLock<Table>,
}

impl WordList {
    pub const fn new(entries: &'static str) -> Self {
        WordList { entries, table: OnceLock::new() }
    }

    /// The words, for tests.
    #[cfg(test)]
    pub fn words(&self) -> impl Iterator<Item = &'static str> {
        self.entries.split(' ')
    }

    /// Whether `word` is listed, exactly as written (case included).
    pub fn contains(&self, word: &str) -> bool {
        self.table().get(word, false).is_some()
    }

    fn table(&self) -> &Table {
        self.table.get_or_init(|| Table::new(self.entries.split(' ').map(|w| (w, 0)).collect()))
    }
}

// The word lists: unique, ASCII lower case, sorted for the reader (a test checks).

static ABBREVIATIONS: WordList = WordList::new(
    "\
    adm approx apr atty aug ave barr blvd capt cmdr co col corp dec dept det dr engr est etc feb fr ft gen \
    gov hon inc insp jan jr jul jun lt ltd maj mar mr mrs ms mt no nos nov oct pres prof rep rev rs sen \
    sep sept sgt sr st supt vs",
);

/// Words of [`is_verb_filler`] (besides the adverbs in "-ly").
static VERB_FILLERS: WordList = WordList::new(
    "\
    again already also always are been can could did do does earlier even firmly first further had has have \
    initially is just later long may might never not now often once only previously recently \
    repeatedly reportedly separately should still subsequently then was were will would",
);

static SENTENCE_STARTERS: WordList = WordList::new(
    "\
    a after an and as at before but for he her his however i if in it its meanwhile on our she \
    so still that the their there these they this those we when while yet you",
);

static CAPITALIZED_STOPWORDS: WordList = WordList::new(
    "\
    a about according across adding after again against all also although amid amidst among an \
    and another any april are as at august because before between both but by could december \
    despite did do does dr during each either even every everyone february few for friday from \
    further had has have he her here here's his how however i i'm if in instead into is it it's \
    its january july june just let like many march may meanwhile monday more most mr mrs ms must \
    my neither no nobody nor not november now october of on once one only or other others our \
    over people please regardless saturday september several she should since so some someone \
    still such sunday thank thanks that that's the their then there there's these they this \
    those though through thursday to today tomorrow toward towards tuesday two under unlike upon \
    was we we're wednesday were what whatever when where whether which while who why with within \
    without would yes yesterday yet you your",
);

#[cfg(test)]
pub(super) mod tests {
    use super::*;

    fn words(s: &str) -> Vec<&str> {
        tokenize(s, 0..s.len()).into_iter().map(|t| t.text).collect()
    }

    #[test]
    fn abbreviations_and_initials_keep_their_period() {
        assert_eq!(words("U.S. envoy Mr. Smith met John F. Kennedy."),
            ["U.S.", "envoy", "Mr.", "Smith", "met", "John", "F.", "Kennedy", "."]);
    }

    #[test]
    fn apostrophes_and_hyphens_stay_inside_words() {
        assert_eq!(words("Russia’s pro-Western al-Assad, 3.5%"),
            ["Russia’s", "pro-Western", "al-Assad", ",", "3.5", "%"]);
        assert_eq!(strip_possessive("Russia’s"), "Russia");
    }

    #[test]
    fn a_thousands_comma_stays_inside_the_number() {
        assert_eq!(words("Rs 1,000 crore, 2,300,000 people"), ["Rs", "1,000", "crore", ",", "2,300,000", "people"]);
        // Not three digits after it, or a fourth: a list.
        assert_eq!(words("in 2019,2020 and 1,50"), ["in", "2019", ",", "2020", "and", "1", ",", "50"]);
        assert_eq!(words("a,000 7,"), ["a", ",", "000", "7", ","]);
    }

    #[test]
    fn cues_are_lower_case_speech_verbs() {
        let tok = |text: &'static str| Tok::new(text, 0..text.len());
        assert_eq!(cue(&tok("emphasised")).map(|v| v.lemma), Some("emphasize"));
        assert_eq!(cue(&tok("told")).map(|v| v.lemma), Some("tell"));
        // A capitalised "Reports" is a name; "found" reports only a document's content.
        assert_eq!(cue(&tok("Reports")), None);
        assert_eq!(cue(&tok("found")), None);
        assert_eq!(cue(&tok("table")), None);
    }

    /// Checks a list for exact lookups (`WordList::contains`): sorted, unique.
    pub fn assert_sorted(list: &WordList) {
        let words: Vec<&str> = list.words().collect();
        for pair in words.windows(2) {
            assert!(pair[0] < pair[1], "{:?} before {:?}", pair[0], pair[1]);
        }
        assert!(words.iter().all(|w| list.contains(w)));
    }

    /// Checks a list for lookups ignoring case too: sorted, unique, ASCII lower case, short enough.
    pub fn assert_listable(list: &WordList) {
        assert_sorted(list);
        for word in list.words() {
            assert!(word.len() <= LONGEST && word.is_ascii() && word.to_ascii_lowercase() == word, "{word:?}");
            assert!(in_list(list, word), "{word:?}");
        }
    }

    #[test]
    fn is_compares_as_lower_does() {
        let texts = ["the", "The", "THE", "tHe", "that", "İs", "\u{212a}ing", "king", "Ünal", "so-called", "So-Called", ""];
        for text in texts {
            let tok = Tok::new(text, 0..text.len());
            for word in ["the", "The", "that", "king", "i\u{307}s", "ünal", "so-called", ""] {
                assert_eq!(tok.is(word), tok.lower() == word, "{text:?} {word:?}");
            }
        }
    }

    #[test]
    fn every_listed_word_is_found_and_its_neighbours_are_not() {
        let lists = [&ABBREVIATIONS, &SENTENCE_STARTERS, &CAPITALIZED_STOPWORDS, &VERB_FILLERS];
        for list in lists {
            assert_listable(list);
            for word in list.entries.split(' ') {
                assert!(in_list(list, word) && in_list(list, &word.to_uppercase()), "{word:?}");
                assert!(!in_list(list, &format!("{word}zz")) && !in_list(list, &word[1..]) || list.entries.split(' ').any(|w| w == &word[1..]));
            }
        }
    }

    #[test]
    fn lookups_ignore_case_and_reject_what_cannot_match() {
        assert!(is_title("President") && is_title("SEN.") && is_title("minister"));
        assert!(!is_title("Presidentially") && !is_title("") && !is_title("Présidente"));
        assert!(is_title("ceo") && !is_title(&"a".repeat(LONGEST + 1)));
        assert!(is_org_or_place_word("Ministry's") && !is_org_or_place_word("Smith's"));
        assert!(is_descriptor("Democrat") && !is_descriptor("Senator"));
        assert!(is_role_noun("officials") && !is_role_noun("Smith"));
        assert!(is_org_noun("ministry") && !is_org_noun("minister"));
        assert!(is_verb_filler("has") && is_verb_filler("Repeatedly") && is_verb_filler("quickly"));
        assert!(!is_verb_filler("fly") && !is_verb_filler("Smith") && !is_verb_filler(&"a".repeat(LONGEST)) && !is_verb_filler(&("x".repeat(LONGEST) + "ly")));
    }
}
