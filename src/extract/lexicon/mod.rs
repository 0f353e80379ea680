//! The extractor's vocabulary as data: one table per domain, each word with what it does in the
//! rules, instead of the same word kept in several lists.
//!
//! - `verbs.tsv`: verbs of speech, belief and report, one line per verb, three tab-separated
//!   columns: the lemma, which the rules name ("say", "tell"); every form read as that verb,
//!   space-separated (the lemma itself only when listed: "believe" is not, "believes" is); and
//!   the verb's flags ([`VerbFlag`], by the names of `VerbFlag::NAMES`), space-separated. Every
//!   verb is a speech verb ([`VerbFlag::SPEECH`]) unless it is flagged `document`.
//! - `nouns.tsv`: nouns and name words that say who or what speaks, as lines of flags ([`Noun`],
//!   by the names of `Noun::NAMES`), a tab, then the words (space-separated, lower case) that
//!   have exactly those flags; a word is on one line only.
//!
//! Lines starting with `#` are comments; the lines may come in any order. `cargo test lexicon`
//! checks both tables (columns, known flags, lower-case ASCII, no word twice).
//!
//! Both are compiled in with `include_str!` and indexed at first use ([`OnceLock`]) into one
//! hash table keyed by the lower-case word: one lookup tells everything the tables know about a
//! word, and nothing is sorted by hand. The smaller lists of function words stay
//! [`super::words::WordList`]s, on the same kind of table ([`Table`]).

use std::sync::OnceLock;

use super::fxhash;

/// A verb of `verbs.tsv`, as one of its forms was found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Verb {
    /// The base form ("say" for "said").
    pub lemma: &'static str,
    flags: u16,
}

impl Verb {
    pub fn is(self, flag: VerbFlag) -> bool {
        self.flags & flag.0 != 0
    }
}

/// What a verb does in the rules (the `flags` column of `verbs.tsv`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct VerbFlag(u16);

impl VerbFlag {
    /// A speech verb: it attributes a quotation or reports a statement ("said", "warned"). Every
    /// verb of the table but the document verbs; not written in it.
    pub const SPEECH: VerbFlag = VerbFlag(1);
    /// A verb of belief, reported like speech ("believes", "thinks").
    pub const BELIEF: VerbFlag = VerbFlag(1 << 1);
    /// Reports a document's content, and only with a document as subject ("a poll found that").
    pub const DOCUMENT: VerbFlag = VerbFlag(1 << 2);
    /// Reports a statement in a trailing or parenthetical attribution (", officials said.").
    pub const REPORTING: VerbFlag = VerbFlag(1 << 3);
    /// Its reported clause may follow without "that" ("said the talks were useful").
    pub const BARE_CLAUSE: VerbFlag = VerbFlag(1 << 4);
    /// A bare clause after it may open with any subject ("said most voters …"), not only one
    /// followed by an auxiliary within a few words.
    pub const LOOSE_CLAUSE: VerbFlag = VerbFlag(1 << 5);
    /// An object may stand between it and its clause ("told reporters the …", "warned him that").
    pub const TAKES_OBJECT: VerbFlag = VerbFlag(1 << 6);
    /// The name after it is the one spoken to, not the speaker ("told Sky News"), and the
    /// subject of its passive too ("was asked whether …").
    pub const ADDRESSEE: VerbFlag = VerbFlag(1 << 7);
    /// Only attributes a quotation; never introduces reported speech by itself ("called it …").
    pub const QUOTE_ONLY: VerbFlag = VerbFlag(1 << 8);
    /// Its participle after a comma starts the speaker's next statement (", adding that …").
    pub const NEXT_STATEMENT: VerbFlag = VerbFlag(1 << 9);

    const NAMES: [(&'static str, VerbFlag); 9] = [
        ("belief", Self::BELIEF),
        ("document", Self::DOCUMENT),
        ("reporting", Self::REPORTING),
        ("bare-clause", Self::BARE_CLAUSE),
        ("loose-clause", Self::LOOSE_CLAUSE),
        ("takes-object", Self::TAKES_OBJECT),
        ("addressee", Self::ADDRESSEE),
        ("quote-only", Self::QUOTE_ONLY),
        ("next-statement", Self::NEXT_STATEMENT),
    ];
}

/// What a word of `nouns.tsv` is (the flags of its line); empty for any other word.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Noun(u16);

impl Noun {
    /// A title or role word written before a name ("President", "spokesman", "former").
    pub const TITLE: Noun = Noun(1);
    /// A party or adjective written before a name like a title, which also starts
    /// organisations' names ("Democrat Jane Roe", "Republican National Committee").
    pub const DESCRIPTOR: Noun = Noun(1 << 1);
    /// A lower-case noun naming a speaker by role ("the spokesman", "officials", "critics").
    pub const ROLE: Noun = Noun(1 << 2);
    /// A transcript label that names a role and no one ("MODERATOR:").
    pub const TURN_LABEL: Noun = Noun(1 << 3);
    /// A title or role of men ("Mr", "chairman"): "he".
    pub const MALE: Noun = Noun(1 << 4);
    /// A title or role of women ("Ms", "spokeswoman"): "she".
    pub const FEMALE: Noun = Noun(1 << 5);
    /// An organisation that speaks ("the ministry said", "the Kremlin said").
    pub const ORGANISATION: Noun = Noun(1 << 6);
    /// A kind of company that "the company said" may point back to ("the lender said").
    pub const COMPANY: Noun = Noun(1 << 7);
    /// A word that makes a capitalised run an organisation or a place, not a person
    /// ("Ministry", "Bank", "Gaza", "Times").
    pub const NAME_WORD: Noun = Noun(1 << 8);
    /// A document that reports ("the report said", "a poll … found that").
    pub const DOCUMENT: Noun = Noun(1 << 9);
    /// What a source puts out ("according to a statement from …", "figures by …").
    pub const ISSUED: Noun = Noun(1 << 10);
    /// What a statement comes in ("in a statement", "in an interview").
    pub const MEDIUM: Noun = Noun(1 << 11);
    /// A thing that shows or suggests rather than speaks ("Data suggests").
    pub const ABSTRACT: Noun = Noun(1 << 12);
    /// A person the text does not name ("a man in the back shouted", "someone in the crowd
    /// called out"): an unnamed speaker, never the one quoted before.
    pub const ANONYMOUS: Noun = Noun(1 << 13);
    /// A news agency whose copy ends with a sign-off ("--IANS", "PTI RSR KH"): a footer.
    pub const AGENCY: Noun = Noun(1 << 14);
    /// A word of a stage direction in a transcript ("(APPLAUSE)", "(LAUGHTER)"): not speech.
    pub const STAGE: Noun = Noun(1 << 15);

    const NAMES: [(&'static str, Noun); 16] = [
        ("title", Self::TITLE),
        ("descriptor", Self::DESCRIPTOR),
        ("role", Self::ROLE),
        ("turn-label", Self::TURN_LABEL),
        ("male", Self::MALE),
        ("female", Self::FEMALE),
        ("organisation", Self::ORGANISATION),
        ("company", Self::COMPANY),
        ("name-word", Self::NAME_WORD),
        ("document", Self::DOCUMENT),
        ("issued", Self::ISSUED),
        ("medium", Self::MEDIUM),
        ("abstract", Self::ABSTRACT),
        ("anonymous", Self::ANONYMOUS),
        ("agency", Self::AGENCY),
        ("stage", Self::STAGE),
    ];

    pub fn is(self, flag: Noun) -> bool {
        self.0 & flag.0 != 0
    }
}

/// A number for the verb of `verbs.tsv` a word is a form of, ignoring ASCII case (0 for none,
/// less than 255), which a token keeps so as to look its word up once
/// ([`super::words::Tok::verb`], and [`super::words::cue`] for the speech verbs).
pub fn verb_id(word: &str) -> u8 {
    lexicon().words.get(word, true).map_or(0, |&info| (info >> 16) as u8)
}

/// The verb of a [`verb_id`].
pub fn verb_from_id(id: u8) -> Option<Verb> {
    lexicon().verbs.get(usize::from(id).checked_sub(1)?).copied()
}

/// What `nouns.tsv` says of a word, ignoring ASCII case (nothing when it is not listed).
pub fn noun(word: &str) -> Noun {
    Noun(lexicon().words.get(word, true).map_or(0, |&info| info as u16))
}

struct Lexicon {
    verbs: Vec<Verb>,
    /// Word → what the tables know of it: 1 + its verb's index in `verbs` (0 when it is no
    /// verb form) in the high 16 bits, its [`Noun`] flags in the low 16.
    words: Table,
}

const VERBS: &str = include_str!("verbs.tsv");
const NOUNS: &str = include_str!("nouns.tsv");

/// The lines of a table, without the `#` comments and blank lines: tab-separated columns.
fn rows(table: &'static str) -> impl Iterator<Item = std::str::Split<'static, char>> {
    table.split('\n').filter(|l| !l.is_empty() && !l.starts_with('#')).map(|l| l.split('\t'))
}

/// The flags named in a space-separated column; an unknown name counts as none (a test checks
/// that there is none).
fn flags(column: &str, names: &[(&str, u16)]) -> u16 {
    column.split(' ').filter_map(|name| names.iter().find(|(n, _)| *n == name)).fold(0, |all, (_, f)| all | f)
}

fn lexicon() -> &'static Lexicon {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    LEXICON.get_or_init(|| {
        let mut verbs = Vec::new();
        let mut entries: Vec<(&'static str, u32)> = Vec::new();
        for mut row in rows(VERBS) {
            let (Some(lemma), Some(forms)) = (row.next(), row.next()) else { continue };
            let mut flags = flags(row.next().unwrap_or_default(), &VerbFlag::NAMES.map(|(n, f)| (n, f.0)));
            if flags & VerbFlag::DOCUMENT.0 == 0 {
                flags |= VerbFlag::SPEECH.0;
            }
            verbs.push(Verb { lemma, flags });
            let verb = (verbs.len() as u32) << 16;
            entries.extend(forms.split(' ').map(|form| (form, verb)));
        }
        // A word may be a verb form too ("reports", "estimates"): one entry holds both.
        let forms = Table::new(entries.iter().enumerate().map(|(i, (form, _))| (*form, i as u32)).collect());
        for mut row in rows(NOUNS) {
            let (Some(names), Some(words)) = (row.next(), row.next()) else { continue };
            let noun = u32::from(flags(names, &Noun::NAMES.map(|(n, f)| (n, f.0))));
            for word in words.split(' ') {
                match forms.get(word, false) {
                    Some(&i) => entries[i as usize].1 |= noun,
                    None => entries.push((word, noun)),
                }
            }
        }
        Lexicon { verbs, words: Table::new(entries) }
    })
}

/// Room for the longest word of any table or list (a test checks); longer words are in none.
pub const LONGEST: usize = 24;

/// A hash table of `&'static str` keys to numbers, built once: open addressing, power-of-two
/// size, at most half full. Lookups may lower-case ASCII on the fly ([`Table::get`]), so that
/// looking a word up allocates nothing; a word with other than ASCII letters is in no table.
/// One type for every table (the lexicon, the word lists, the gazetteer, the date words): one
/// copy of its code in the wasm module.
pub struct Table {
    /// `key: ""` marks an empty slot (no key is empty).
    slots: Vec<Slot>,
    shift: u32,
}

#[derive(Clone, Copy, Default)]
struct Slot {
    /// The key's hash (`fxhash::hash`), compared before the key itself.
    hash: u32,
    key: &'static str,
    value: u32,
}

impl Table {
    pub fn new(entries: Vec<(&'static str, u32)>) -> Self {
        let size = (entries.len() * 2).next_power_of_two().max(2);
        let mut table = Table { slots: vec![Slot::default(); size], shift: 32 - size.trailing_zeros() };
        for (key, value) in entries.into_iter().filter(|(k, _)| !k.is_empty() && k.len() <= LONGEST) {
            let hash = fxhash::hash(key.as_bytes());
            let mut i = table.slot(hash);
            while !table.slots[i].key.is_empty() && table.slots[i].key != key {
                i = (i + 1) & (table.slots.len() - 1);
            }
            table.slots[i] = Slot { hash, key, value };
        }
        table
    }

    fn slot(&self, hash: u32) -> usize {
        (hash >> self.shift) as usize & (self.slots.len() - 1)
    }

    /// The value of `word`, exactly as written, or with ASCII upper case lowered first when
    /// `ignore_case` (for tables of lower-case keys).
    pub fn get(&self, word: &str, ignore_case: bool) -> Option<&u32> {
        let bytes = word.as_bytes();
        if bytes.len() > LONGEST {
            return None;
        }
        // Lower-cased and hashed in one pass; a non-ASCII byte ends the lookup.
        let mut buf = [0u8; LONGEST];
        let mut h = 0u32;
        for (slot, &b) in buf.iter_mut().zip(bytes) {
            let b = match b {
                b'A'..=b'Z' if ignore_case => b | 0x20,
                0x80.. if ignore_case => return None,
                _ => b,
            };
            *slot = b;
            h = fxhash::step(h, u32::from(b));
        }
        let key = &buf[..bytes.len()];
        let mut i = self.slot(h);
        loop {
            let slot = &self.slots[i];
            if slot.key.is_empty() {
                return None;
            }
            if slot.hash == h && slot.key.as_bytes() == key {
                return Some(&slot.value);
            }
            i = (i + 1) & (self.slots.len() - 1);
        }
    }

    /// The keys, for tests.
    #[cfg(test)]
    pub fn keys(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.slots.iter().map(|s| s.key).filter(|k| !k.is_empty())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn verb(word: &str) -> Option<Verb> {
        verb_from_id(verb_id(word))
    }

    fn speech_verb(word: &str) -> Option<Verb> {
        verb(word).filter(|v| v.is(VerbFlag::SPEECH))
    }

    fn column_names<F>(names: &[(&'static str, F)]) -> Vec<&'static str> {
        names.iter().map(|(n, _)| *n).collect()
    }

    #[test]
    fn the_tables_are_well_formed() {
        let verb_flags = column_names(&VerbFlag::NAMES);
        let noun_flags = column_names(&Noun::NAMES);
        let mut forms = Vec::new();
        for row in rows(VERBS) {
            let row: Vec<&str> = row.collect();
            assert!(row.len() == 2 || row.len() == 3, "{row:?}");
            let names = row.get(2).copied().unwrap_or_default();
            assert!(names.is_empty() || names.split(' ').all(|f| verb_flags.contains(&f)), "unknown flag: {row:?}");
            forms.extend(row[1].split(' '));
        }
        let mut words: Vec<&str> = Vec::new();
        for row in rows(NOUNS) {
            let row: Vec<&str> = row.collect();
            assert_eq!(row.len(), 2, "{row:?}");
            assert!(row[0].split(' ').all(|f| noun_flags.contains(&f)), "unknown flag: {row:?}");
            words.extend(row[1].split(' '));
        }
        for list in [&mut forms, &mut words] {
            for w in list.iter() {
                assert!(!w.is_empty() && w.len() <= LONGEST && w.is_ascii() && w.to_ascii_lowercase() == *w, "{w:?}");
            }
            let n = list.len();
            list.sort_unstable();
            list.dedup();
            assert_eq!(list.len(), n, "a form or word is listed twice");
        }
    }

    #[test]
    fn a_verb_form_gives_its_lemma_and_flags() {
        let said = speech_verb("Said").unwrap();
        assert_eq!(said.lemma, "say");
        assert!(said.is(VerbFlag::REPORTING) && said.is(VerbFlag::BARE_CLAUSE) && !said.is(VerbFlag::QUOTE_ONLY));
        assert_eq!(speech_verb("emphasised").map(|v| v.lemma), Some("emphasize"));
        assert!(speech_verb("believes").unwrap().is(VerbFlag::BELIEF));
        // A lemma that is not one of its own forms, a document verb, no verb at all.
        assert_eq!(speech_verb("accuse"), None);
        assert_eq!(speech_verb("found"), None);
        assert_eq!(verb("found").map(|v| v.lemma), Some("find"));
        assert!(verb("agreed").is_some_and(|v| v.is(VerbFlag::SPEECH) && !v.is(VerbFlag::REPORTING)));
        assert_eq!(speech_verb("table"), None);
        assert_eq!(speech_verb(&"said".repeat(10)), None);
        // A token keeps its verb as one byte.
        assert!(lexicon().verbs.len() < 255);
        assert_eq!(verb_from_id(verb_id("told")).map(|v| v.lemma), Some("tell"));
        assert_eq!((verb_id("table"), verb_from_id(0)), (0, None));
    }

    #[test]
    fn a_word_may_be_a_noun_and_a_verb_form() {
        assert!(noun("Reports").is(Noun::ABSTRACT) && speech_verb("reports").is_some());
        assert!(noun("SPOKESMAN").is(Noun::TITLE) && noun("spokesman").is(Noun::ROLE) && noun("spokesman").is(Noun::MALE));
        assert!(!noun("spokesman").is(Noun::ORGANISATION));
        assert_eq!(noun("Présidente"), Noun::default());
        assert_eq!(noun(""), Noun::default());
    }

    #[test]
    fn every_entry_is_found_and_nothing_else() {
        let lexicon = lexicon();
        let keys: Vec<&str> = lexicon.words.keys().collect();
        assert!(keys.len() > 800, "{}", keys.len());
        for key in &keys {
            assert!(lexicon.words.get(key, true).is_some() && lexicon.words.get(&key.to_uppercase(), true).is_some(), "{key:?}");
            assert!(lexicon.words.get(&key.to_uppercase(), false).is_none(), "{key:?}");
            let longer = [key, "zz"].concat();
            assert!(lexicon.words.get(&longer, true).is_none() || keys.contains(&longer.as_str()), "{key:?}");
        }
    }
}
