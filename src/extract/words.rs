//! Word tokens with byte spans, and the small word lists the quote and people rules share.
//!
//! Lists are deliberately short and generic (English news vocabulary), never article-specific.

use std::borrow::Cow;
use std::ops::Range;
use std::sync::OnceLock;

use super::case;
use super::substr;

/// One token of a sentence: a word (letters/digits with inner `.`, `'`, `’`, `-`) or a single
/// punctuation character.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Tok<'a> {
    pub text: &'a str,
    pub span: Range<usize>,
}

impl<'a> Tok<'a> {
    pub fn is_word(&self) -> bool {
        self.text.chars().next().is_some_and(char::is_alphanumeric)
    }

    pub fn is_capitalized(&self) -> bool {
        self.text.chars().next().is_some_and(char::is_uppercase)
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
    let chars: Vec<(usize, char)> = slice.char_indices().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let (at, c) = chars[i];
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        if !c.is_alphanumeric() {
            let end = at + c.len_utf8();
            out.push(Tok { text: substr::part(slice, at..end), span: base + at..base + end });
            i += 1;
            continue;
        }
        let mut j = i + 1;
        while j < chars.len() {
            let cj = chars[j].1;
            if cj.is_alphanumeric() {
                j += 1;
            } else if is_inner_joiner(cj) && chars.get(j + 1).is_some_and(|&(_, n)| n.is_alphanumeric()) {
                j += 2;
            } else {
                break;
            }
        }
        let mut end = chars.get(j).map_or(slice.len(), |&(p, _)| p);
        let word = substr::part(slice, at..end);
        if chars.get(j).is_some_and(|&(_, n)| n == '.') && takes_final_period(word) {
            end += 1;
        }
        out.push(Tok { text: substr::part(slice, at..end), span: base + at..base + end });
        i = j + usize::from(end > chars.get(j).map_or(slice.len(), |&(p, _)| p));
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
    matches!(case::to_lower(word).as_str(), "democrat" | "republican" | "rival" | "billionaire" | "incumbent" | "challenger")
}

/// Title words written before a name ("President", "Special Envoy", "Sen.").
pub fn is_title(word: &str) -> bool {
    in_list(&TITLES, word.trim_end_matches('.'))
}

/// Lower-case nouns that name a speaker by role ("the spokesman", "officials", "critics").
pub fn is_role_noun(word: &str) -> bool {
    in_list(&ROLE_NOUNS, word)
}

/// Nouns of organisations that speak ("the ministry said", "the Kremlin said").
pub fn is_org_noun(word: &str) -> bool {
    in_list(&ORG_NOUNS, word)
}

/// Words that make a capitalised run an organisation or a place, not a person.
pub fn is_org_or_place_word(word: &str) -> bool {
    in_list(&ORG_OR_PLACE_WORDS, strip_possessive(word).trim_end_matches('.'))
}

/// Speech and report verbs. Returns the verb's base form for any inflection we accept.
pub fn cue_lemma(word: &str) -> Option<&'static str> {
    let mut buf = [0; LONGEST];
    let key = ascii_lower(word, &mut buf)?;
    CUE_FORMS.value(key)
}

/// A token used as a speech verb: lower case (a capitalised "States" or "Reports" is a name).
pub fn cue(t: &Tok) -> Option<&'static str> {
    if t.is_capitalized() { None } else { cue_lemma(t.text) }
}

/// Verbs whose reported clause may follow without "that" ("said the talks were useful").
pub fn takes_bare_clause(lemma: &str) -> bool {
    BARE_CLAUSE_VERBS.contains(lemma)
}

/// Cues that only attribute a quotation (they cannot introduce reported speech by themselves).
pub fn is_quote_only_cue(lemma: &str) -> bool {
    QUOTE_ONLY_CUES.contains(lemma)
}

/// Auxiliaries and adverbs that may stand between a subject and its verb.
pub fn is_verb_filler(word: &str) -> bool {
    let mut buf = [0; LONGEST];
    let w = ascii_lower(word, &mut buf).unwrap_or_default();
    // A `matches!`, not a WordList: this runs on nearly every token.
    matches!(
        w,
        "has" | "have" | "had" | "was" | "were" | "is" | "are" | "will" | "would" | "could" | "can"
            | "may" | "might" | "should" | "did" | "does" | "do" | "also" | "further" | "later"
            | "then" | "again" | "once" | "only" | "not" | "never" | "just" | "even" | "still"
            | "repeatedly" | "previously" | "recently" | "earlier" | "reportedly" | "firmly" | "had been"
            | "been" | "subsequently" | "separately" | "initially" | "first" | "now" | "often"
    ) || (w.len() > 4 && w.ends_with("ly") && w.bytes().all(|b| b.is_ascii_alphabetic()))
}

pub fn is_pronoun(word: &str) -> bool {
    let mut buf = [0; LONGEST];
    matches!(ascii_lower(word, &mut buf), Some("he" | "she" | "they" | "we" | "i"))
}

pub fn is_quote_mark(c: char) -> bool {
    matches!(c, '"' | '\'' | '‘' | '’' | '‚' | '‛' | '“' | '”' | '„' | '‟' | '«' | '»' | '‹' | '›')
}

/// Room for the longest word of any list (a test checks); longer words are in none.
const LONGEST: usize = 24;

/// `word`, ASCII lower-cased into `buf`; `None` when it cannot be in a list (too long, or not
/// ASCII: every list word is ASCII).
fn ascii_lower<'b>(word: &str, buf: &'b mut [u8; LONGEST]) -> Option<&'b str> {
    let bytes = buf.get_mut(..word.len()).filter(|_| word.is_ascii())?;
    bytes.copy_from_slice(word.as_bytes());
    bytes.make_ascii_lowercase();
    std::str::from_utf8(bytes).ok()
}

/// Whether `word`, ignoring case, is in the sorted `list`.
pub fn in_list(list: &WordList, word: &str) -> bool {
    let mut buf = [0; LONGEST];
    ascii_lower(word, &mut buf).is_some_and(|key| list.value(key).is_some())
}

/// A sorted word list, written as one string of entries separated by spaces: a `&[&str]`
/// would add a pointer and a length per word (16 KB of wasm data for the extractor's lists).
/// An entry may carry a value after a `/` ("accused/accuse"). The (word, value) pairs are
/// split out on first use, so that lookups stay a plain binary search.
pub struct WordList {
    entries: &'static str,
    pairs: OnceLock<Vec<(&'static str, &'static str)>>,
}

impl WordList {
    pub const fn new(entries: &'static str) -> Self {
        WordList { entries, pairs: OnceLock::new() }
    }

    /// The words, for tests.
    #[cfg(test)]
    pub fn words(&self) -> impl Iterator<Item = &'static str> {
        self.entries.split(' ').map(|entry| entry.split('/').next().unwrap_or_default())
    }

    /// Whether `word` is listed, exactly as written (case included).
    pub fn contains(&self, word: &str) -> bool {
        self.value(word).is_some()
    }

    /// The value of `key` (the word itself when its entry has none). Comparing first bytes
    /// before whole words keeps most probes off `memcmp` (a third of the extractor's time
    /// before).
    fn value(&self, key: &str) -> Option<&'static str> {
        let pairs = self.pairs.get_or_init(|| {
            let pair = |entry: &'static str| entry.split_once('/').unwrap_or((entry, entry));
            self.entries.split(' ').map(pair).collect()
        });
        let first = key.as_bytes().first();
        let found = pairs.binary_search_by(|(word, _)| word.as_bytes().first().cmp(&first).then_with(|| (*word).cmp(key)));
        found.ok().map(|i| pairs[i].1)
    }
}

/// Lemmas of [`is_quote_only_cue`].
static QUOTE_ONLY_CUES: WordList = WordList::new(
    "\
    accuse ask brand call characterize condemn continue counter criticize describe dub exclaim \
    frame hail label praise quip remark reply respond retort shout whisper",
);

/// Lemmas of [`takes_bare_clause`].
static BARE_CLAUSE_VERBS: WordList = WordList::new(
    "\
    add argue believe claim estimate insist say tell think warn",
);

// The word lists: sorted, unique, ASCII lower case (a test checks), so that lookups
// binary-search them without allocating.

static ABBREVIATIONS: WordList = WordList::new(
    "\
    adm approx apr atty aug ave blvd capt cmdr co col corp dec dept det dr est etc feb fr ft gen \
    gov inc insp jan jr jul jun lt ltd maj mar mr mrs ms mt no nos nov oct pres prof rep rev sen \
    sep sept sgt sr st supt vs",
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

static TITLES: WordList = WordList::new(
    "\
    acting activist actor actress adm admiral adviser advisor aide alderman ambassador analyst \
    archbishop architect artist assemblyman assemblywoman attorney atty aunt author ayatollah \
    banker billionaire bishop boss brig brother candidate capt captain cardinal ceo chair \
    chairman chairperson chairwoman challenger chancellor chef chief cllr cmdr coach col \
    colleague colonel comedian commander commentator commissioner composer congressman \
    congresswoman consultant correspondent councillor councilman councilwoman counsel \
    counterpart cousin cpl critic crown dame daughter dci dean defence defender defense delegate \
    democrat deputy designer det detective diplomat director doctor dr driver economist editor \
    emir engineer entrepreneur envoy epidemiologist executive expert fan farmer father filmmaker \
    finance first fisherman forecaster foreign former forward founder friend gen general \
    goalkeeper gov governor grandfather grandmother head historian host husband imam incumbent \
    insp inspector interim interior investor journalist judge justice king lady lawmaker lawyer \
    leader lecturer legislator lieutenant lord lt maj major manager marshal mayor mep \
    meteorologist midfielder minister miss mla mother mp mps mr mrs ms msp musician negotiator \
    neighbor neighbour nephew niece nominee novelist nurse officer official owner pastor \
    photographer physician pilot player poet pope premier pres presenter president priest prime \
    prince princess principal producer prof professor prosecutor provost psychologist pte queen \
    rabbi rapper rector rep representative republican researcher resident rev reverend reviewer \
    rival scholar scientist secretary sen senator senior sergeant sgt sheikh sheriff shopkeeper \
    singer sir sister soldier son speaker special spokesman spokesperson spokeswoman star state \
    strategist striker student substitute superintendent supporter supreme supt surgeon teacher \
    trader uncle veteran vice widow wife winner worker writer",
);

static ROLE_NOUNS: WordList = WordList::new(
    "\
    academics activists adviser advisers advisor agencies agents aide aides ambassador analyst \
    analysts athletes auditors authorities bankers banks bondholders brokers bystanders callers \
    campaigners charities chief citizens coaches commander commanders commentators commuters \
    companies congressmen consumers councillors creditors critic critics customers dealers \
    delegates demonstrators diplomat diplomats director doctors donors drivers economist \
    economists editors employees engineers environmentalists envoy epidemiologists evacuees \
    executives expert experts exporters eyewitnesses families fans farmers firefighters firms \
    fishermen forecasters governments governor groups growers guards historians homeowners \
    importers insiders inspectors insurgents investigators investors journalists judge judges \
    landlords lawmakers lawyer lawyers leader leaders lecturers legislators listeners locals \
    manufacturers marchers mayor medics members meteorologists migrants militants miners \
    minister ministers monitors motorists mourners mps negotiator negotiators neighbors \
    neighbours nurses observers officers official officials onlookers opponents organisers \
    organizers owners paramedics parents participants passengers patients physicians players \
    police pollsters president producers professors prosecutor prosecutors protesters pupils \
    readers refugees regulators relatives renters reporters representative representatives \
    rescuers researchers residents retailers sceptics scholars scientists secretary senator \
    senators settlers shareholders shoppers skeptics soldiers source sources spokesman \
    spokespeople spokesperson spokespersons spokeswoman staff strategists students subscribers \
    supporters survivors teachers tenants tourists traders travelers travellers troops unionists \
    unions users victims viewers villagers visitors volunteers voters witnesses workers",
);

static ORG_NOUNS: WordList = WordList::new(
    "\
    administration agency airline alliance army association authority bank board broadcaster \
    cabinet campaign channel charity church club coalition college commission committee company \
    congress council court department embassy federation festival firm forces foundation fund \
    government group hospital inquiry institute insurer junta jury kremlin label league \
    legislature library manufacturer military militia ministry museum network newspaper office \
    operator orchestra organisation organization outlet panel parliament party pentagon police \
    presidency prosecutors publisher rebels regulator retailer school secretariat senate service \
    society spokesperson studio team theater theatre tribunal trust union university utility \
    watchdog white zoo",
);

static ORG_OR_PLACE_WORDS: WordList = WordList::new(
    "\
    accord act aerospace africa agence agency agreement airlines airport airways al alliance \
    america arabia army assembly associated association authority automotive aviation bank bay \
    bbc bill biotech board books brands bridge brothers bureau cabinet capital center central \
    centre chemicals church city club cnn coast college commission committee communications \
    company conference congress construction corp corporation council county court crisis cup \
    daily day department developments district east eastern electric electronics embassy \
    emirates energy enterprises entertainment estates eu exchange express federation fire foods \
    force forces forum foundation front fund games gas gaza gazette global government group \
    guard guardian gulf hall health herald holdings homes hospital house housing inc industries \
    initiative institute instruments insurance interfax international investments island islands \
    jazeera journal kingdom kong korea kremlin laboratories labs lake lanka law league leone \
    logistics ltd magazine markets media mining ministry motors mountains movement music nations \
    nato navy network networks news north northern nuclear ocean office oil olympics \
    organisation organization palace park parliament partners party peninsula pentagon petroleum \
    pharma pharmaceuticals pictures plant police post power press prize properties province \
    publishing radio rail railways records region republic rescue research resources retail \
    reuters ria rica river robotics sachs school sea securities semiconductor semiconductors \
    senate service shipping software solutions south southern sports square stanley state states \
    station steel stores street strip studios summit supermarkets systems talks tass \
    technologies telecom telegraph therapeutics times tower transport treaty tribune trust tv un \
    union university utilities valley ventures war week west western year zealand",
);

/// The speech verbs' forms, each with its lemma after a `/` unless it is the lemma itself.
static CUE_FORMS: WordList = WordList::new(
    "\
    accused/accuse accuses/accuse accusing/accuse acknowledge acknowledged/acknowledge \
    acknowledges/acknowledge acknowledging/acknowledge add added/add adding/add adds/add admit \
    admits/admit admitted/admit admitting/admit agreed/agree agrees/agree allege alleged/allege \
    alleges/allege alleging/allege announce \
    announced/announce announces/announce announcing/announce argue argued/argue argues/argue \
    arguing/argue ask asked/ask asking/ask asks/ask assert asserted/assert asserting/assert \
    asserts/assert assured/assure assures/assure believed/believe believes/believe boasted/boast \
    boasts/boast branded/brand brands/brand called/call calling/call calls/call \
    cautioned/caution cautions/caution characterise/characterize characterised/characterize \
    characterises/characterize characterising/characterize characterize \
    characterized/characterize characterizes/characterize characterizing/characterize claim \
    claimed/claim claiming/claim claims/claim clarified/clarify clarifies/clarify clarify \
    clarifying/clarify comment commented/comment commenting/comment comments/comment \
    complained/complain complains/complain concede conceded/concede concedes/concede \
    conceding/concede concluded/conclude concludes/conclude condemned/condemn condemns/condemn \
    confirm confirmed/confirm confirming/confirm confirms/confirm contend contended/contend \
    contending/contend contends/contend continued/continue countered/counter \
    criticised/criticize criticises/criticize criticized/criticize criticizes/criticize declare \
    declared/declare declares/declare declaring/declare demanded/demand demands/demand \
    denied/deny denies/deny deny denying/deny describe described/describe describes/describe \
    describing/describe disclosed/disclose discloses/disclose dubbed/dub dubbing/dub dubs/dub \
    emphasise/emphasize emphasised/emphasize emphasises/emphasize emphasising/emphasize \
    emphasize emphasized/emphasize emphasizes/emphasize emphasizing/emphasize estimate \
    estimated/estimate estimates/estimate estimating/estimate exclaimed/exclaim explain \
    explained/explain explaining/explain explains/explain framed/frame hailed/hail hails/hail \
    highlight highlighted/highlight highlighting/highlight highlights/highlight hinted/hint \
    hints/hint indicate indicated/indicate indicates/indicate indicating/indicate insist \
    insisted/insist insisting/insist insists/insist labeled/label labelled/label labels/label \
    maintain maintained/maintain maintaining/maintain maintains/maintain mention \
    mentioned/mention mentioning/mention mentions/mention note noted/note notes/note noting/note \
    observe observed/observe observes/observe observing/observe pledge pledged/pledge \
    pledges/pledge pledging/pledge pointed/point posted/post praised/praise praises/praise \
    predict predicted/predict predicting/predict predicts/predict promise promised/promise \
    promises/promise promising/promise quipped/quip recall recalled/recall recalling/recall \
    recalls/recall recounted/recount reiterate reiterated/reiterate reiterates/reiterate \
    reiterating/reiterate remarked/remark replied/reply replies/reply reply replying/reply \
    report reported/report reporting/report reports/report respond responded/respond \
    responding/respond responds/respond retorted/retort revealed/reveal revealing/reveal \
    reveals/reveal said/say say saying/say says/say shouted/shout signaled/signal \
    signalled/signal signals/signal state stated/state states/state stating/state stress \
    stressed/stress stresses/stress stressing/stress suggest suggested/suggest \
    suggesting/suggest suggests/suggest tell telling/tell tells/tell testified/testify \
    testifies/testify thinks/think threatened/threaten threatens/threaten told/tell tweet \
    tweeted/tweet tweets/tweet urge urged/urge urges/urge urging/urge vow vowed/vow vowing/vow \
    vows/vow warn warned/warn warning/warn warns/warn whispered/whisper write writes/write \
    writing/write wrote/write",
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
    fn cue_forms_map_to_one_lemma() {
        assert_eq!(cue_lemma("Emphasised"), Some("emphasize"));
        assert_eq!(cue_lemma("told"), Some("tell"));
        assert_eq!(cue_lemma("table"), None);
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
            let tok = Tok { text, span: 0..text.len() };
            for word in ["the", "The", "that", "king", "i\u{307}s", "ünal", "so-called", ""] {
                assert_eq!(tok.is(word), tok.lower() == word, "{text:?} {word:?}");
            }
        }
    }

    #[test]
    fn every_listed_word_is_found_and_its_neighbours_are_not() {
        let lists = [&ABBREVIATIONS, &SENTENCE_STARTERS, &CAPITALIZED_STOPWORDS, &TITLES, &ROLE_NOUNS, &ORG_NOUNS, &ORG_OR_PLACE_WORDS];
        for list in lists {
            for word in list.entries.split(' ') {
                assert!(in_list(list, word) && in_list(list, &word.to_uppercase()), "{word:?}");
                assert!(!in_list(list, &format!("{word}zz")) && !in_list(list, &word[1..]) || list.entries.split(' ').any(|w| w == &word[1..]));
            }
        }
        for entry in CUE_FORMS.entries.split(' ') {
            let (form, lemma) = entry.split_once('/').unwrap_or((entry, entry));
            assert_eq!(cue_lemma(form), Some(lemma), "{entry:?}");
            assert_eq!(cue_lemma(&format!("{form}/")), None);
        }
    }

    #[test]
    fn word_lists_are_sorted_unique_ascii_lower_case_and_fit_the_buffer() {
        let cue_forms: Vec<&str> = CUE_FORMS.entries.split(' ').map(|entry| entry.split('/').next().unwrap()).collect();
        let lists = [&ABBREVIATIONS, &SENTENCE_STARTERS, &CAPITALIZED_STOPWORDS, &TITLES, &ROLE_NOUNS, &ORG_NOUNS, &ORG_OR_PLACE_WORDS, &QUOTE_ONLY_CUES, &BARE_CLAUSE_VERBS];
        let lists = lists.map(|list| list.entries.split(' ').collect::<Vec<_>>());
        for list in lists.iter().map(Vec::as_slice).chain([cue_forms.as_slice()]) {
            for pair in list.windows(2) {
                assert!(pair[0] < pair[1], "{:?} before {:?}", pair[0], pair[1]);
            }
            for word in list {
                assert!(word.len() <= LONGEST && word.is_ascii() && word.to_ascii_lowercase() == *word, "{word:?}");
            }
        }
    }

    #[test]
    fn lookups_ignore_case_and_reject_what_cannot_match() {
        assert!(is_title("President") && is_title("SEN.") && is_title("minister"));
        assert!(!is_title("Presidentially") && !is_title("") && !is_title("Présidente"));
        assert!(in_list(&TITLES, "ceo") && !in_list(&TITLES, &"a".repeat(LONGEST + 1)));
        assert_eq!(cue_lemma("SAID"), Some("say"));
    }
}
