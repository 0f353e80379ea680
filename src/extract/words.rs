//! Word tokens with byte spans, and the small word lists the quote and people rules share.
//!
//! Lists are deliberately short and generic (English news vocabulary), never article-specific.

use std::ops::Range;

/// One token of a sentence: a word (letters/digits with inner `.`, `'`, `’`, `-`) or a single
/// punctuation character.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Tok<'a> {
    pub text: &'a str,
    pub span: Range<usize>,
}

impl Tok<'_> {
    pub fn is_word(&self) -> bool {
        self.text.chars().next().is_some_and(char::is_alphanumeric)
    }

    pub fn is_capitalized(&self) -> bool {
        self.text.chars().next().is_some_and(char::is_uppercase)
    }

    pub fn lower(&self) -> String {
        self.text.to_lowercase()
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
            out.push(Tok { text: &slice[at..end], span: base + at..base + end });
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
        let word = &slice[at..end];
        if chars.get(j).is_some_and(|&(_, n)| n == '.') && takes_final_period(word) {
            end += 1;
        }
        out.push(Tok { text: &slice[at..end], span: base + at..base + end });
        i = j + usize::from(end > chars.get(j).map_or(slice.len(), |&(p, _)| p));
    }
    out
}

fn takes_final_period(word: &str) -> bool {
    let single_capital = word.chars().count() == 1 && word.chars().all(char::is_uppercase);
    (word.contains('.') && word.len() <= 6) || single_capital || is_abbreviation(word)
}

/// A lower-case word naming an occupation before a name: a listed title, or a word with an
/// agent ending ("geologist Tom Baines", "filmmaker Tunde Adeyemi").
pub fn is_occupation(word: &str) -> bool {
    let lower = word.to_lowercase();
    is_title(&lower)
        || (lower.len() > 5
            && lower.chars().all(char::is_alphabetic)
            && !is_capitalized_stopword(&lower)
            && ["ist", "er", "or", "ian"].iter().any(|s| lower.ends_with(s)))
}

/// Abbreviations after which a period does not end a sentence.
pub fn is_abbreviation(word: &str) -> bool {
    const LIST: &[&str] = &[
        "mr", "mrs", "ms", "dr", "prof", "gov", "sen", "rep", "gen", "lt", "col", "capt", "sgt", "maj",
        "adm", "cmdr", "rev", "fr", "st", "mt", "ft", "no", "nos", "vs", "jan", "feb", "mar", "apr",
        "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "inc", "corp", "ltd", "co", "jr",
        "sr", "dept", "est", "approx", "ave", "blvd", "etc", "pres", "supt", "insp", "det", "atty",
    ];
    let w = word.trim_end_matches('.').to_lowercase();
    LIST.contains(&w.as_str()) || (w.contains('.') && w.len() <= 5)
}

/// Abbreviations that often end a sentence too ("… Apple Inc. The deal …").
pub fn may_end_sentence(word: &str) -> bool {
    let w = word.trim_end_matches('.').to_lowercase();
    matches!(w.as_str(), "inc" | "corp" | "ltd" | "co" | "jr" | "sr" | "etc") || w.contains('.')
}

/// Words that usually start a sentence; after an abbreviation that may end one, they decide.
pub fn is_sentence_starter(word: &str) -> bool {
    const LIST: &[&str] = &[
        "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "this", "that", "these",
        "those", "but", "and", "in", "on", "at", "after", "before", "however", "his", "her", "their",
        "its", "our", "there", "when", "while", "if", "as", "meanwhile", "still", "yet", "so", "for",
    ];
    LIST.contains(&word.to_lowercase().as_str())
}

/// Capitalised words that are not names: function words, months, weekdays.
pub fn is_capitalized_stopword(word: &str) -> bool {
    const LIST: &[&str] = &[
        "the", "a", "an", "in", "on", "at", "by", "for", "from", "to", "of", "with", "and", "but",
        "or", "nor", "so", "yet", "as", "if", "when", "while", "after", "before", "since", "during",
        "however", "meanwhile", "although", "though", "despite", "because", "this", "that", "these",
        "those", "his", "her", "its", "their", "our", "my", "your", "he", "she", "it", "they", "we",
        "i", "you", "there", "here", "what", "why", "how", "who", "which", "where", "not", "no",
        "yes", "all", "some", "many", "most", "both", "each", "every", "any", "one", "two", "more",
        "still", "also", "now", "then", "today", "yesterday", "tomorrow", "regardless", "whether",
        "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
        "saturday", "sunday", "mr", "mrs", "ms", "dr", "according", "adding", "even", "only", "just",
        "under", "over", "about", "against", "between", "into", "through", "without", "within",
        "amid", "amidst", "among", "across", "toward", "towards", "upon", "once", "unlike", "like",
        "further", "instead", "again", "whatever", "neither", "either", "such", "others",
        "people", "everyone", "someone", "nobody", "several", "few", "another", "other", "those",
        "we're", "it's", "that's", "there's", "here's", "i'm", "let", "please", "thank", "thanks",
    ];
    LIST.contains(&word.trim_end_matches('.').to_lowercase().as_str())
}

/// Title words written before a name ("President", "Special Envoy", "Sen.").
pub fn is_title(word: &str) -> bool {
    const LIST: &[&str] = &[
        "president", "vice", "prime", "minister", "secretary", "chancellor", "senator", "sen",
        "representative", "rep", "governor", "gov", "mayor", "general", "gen", "lt", "lieutenant",
        "colonel", "col", "major", "maj", "captain", "capt", "sergeant", "sgt", "admiral", "adm",
        "commander", "judge", "justice", "ambassador", "envoy", "special", "spokesperson",
        "spokesman", "spokeswoman", "aide", "adviser", "advisor", "chairman", "chairwoman", "chair",
        "ceo", "director", "commissioner", "chief", "leader", "king", "queen", "prince", "princess",
        "pope", "rev", "reverend", "dr", "mr", "mrs", "ms", "miss", "prof", "professor", "sheikh",
        "speaker", "deputy", "premier", "coach", "officer", "detective", "inspector",
        "superintendent", "lawmaker", "foreign", "defence", "defense", "interior", "finance",
        "attorney", "sir", "dame", "lord", "lady", "emir", "crown", "supreme", "ayatollah",
        "archbishop", "bishop", "cardinal", "executive", "founder", "head", "senior", "former",
        "acting", "interim", "first", "state", "counsel", "negotiator", "counterpart", "official",
        "analyst", "economist", "lawyer", "correspondent", "editor", "researcher", "scientist",
        "strategist", "diplomat", "prosecutor", "candidate", "manager", "expert", "legislator",
        "congressman", "congresswoman", "councillor", "councilman", "councilwoman", "activist",
        "author", "journalist", "chairperson", "commentator", "presenter", "host", "colleague",
        "farmer", "teacher", "worker", "resident", "student", "nurse", "doctor", "engineer",
        "driver", "owner", "shopkeeper", "fisherman", "pilot", "soldier", "veteran", "mother",
        "father", "pastor", "imam", "rabbi", "priest", "historian", "novelist", "artist", "singer",
        "actor", "actress", "player", "striker", "midfielder", "defender", "goalkeeper", "captain",
        "star", "winner", "chef", "entrepreneur", "investor", "trader", "banker", "consultant",
        "grandfather", "grandmother", "son", "daughter", "wife", "husband", "brother", "sister",
        "uncle", "aunt", "cousin", "nephew", "niece", "friend", "neighbour", "neighbor", "widow",
        "boss", "meteorologist", "forecaster", "scholar", "physician", "surgeon", "psychologist",
        "epidemiologist", "spokesman", "veteran", "fan", "supporter", "lecturer", "dean", "principal",
        "filmmaker", "producer", "writer", "poet", "photographer", "designer", "architect", "composer",
        "musician", "rapper", "comedian", "reviewer", "critic", "substitute", "forward", "boss",
        "mp", "mps", "mep", "mla", "msp", "cllr", "councillor", "alderman", "assemblyman",
        "assemblywoman", "delegate", "sheriff", "marshal", "chancellor", "provost", "rector",
    ];
    LIST.contains(&word.trim_end_matches('.').to_lowercase().as_str())
}

/// Lower-case nouns that name a speaker by role ("the spokesman", "officials", "critics").
pub fn is_role_noun(word: &str) -> bool {
    const LIST: &[&str] = &[
        "spokesperson", "spokesman", "spokeswoman", "official", "officials", "aide", "aides",
        "adviser", "advisers", "advisor", "minister", "ministers", "critics", "critic", "analysts",
        "analyst", "experts", "expert", "observers", "supporters", "opponents", "diplomats",
        "diplomat", "lawmakers", "sources", "source", "witnesses", "residents", "authorities",
        "envoy", "president", "leader", "leaders", "negotiators", "negotiator", "participants",
        "economists", "economist", "investigators", "prosecutors", "lawyer", "lawyers", "police",
        "doctors", "scientists", "researchers", "officers", "commanders", "commander", "governor",
        "mayor", "senator", "secretary", "director", "chief", "ambassador", "representative",
        "representatives", "protesters", "activists", "organizers", "organisers", "voters",
        "judge", "judges", "prosecutor", "spokespeople", "residents", "workers", "members",
        "scholars", "historians", "insiders", "campaigners", "commentators", "skeptics", "sceptics",
        "patients", "parents", "teachers", "nurses", "students", "families", "locals", "shoppers",
        "customers", "users", "fans", "farmers", "villagers", "staff", "employees", "passengers",
        "survivors", "victims", "relatives", "neighbours", "neighbors", "citizens", "consumers",
        "traders", "investors", "owners", "tenants", "landlords", "drivers", "commuters", "pupils",
        "mps", "senators", "councillors", "unions", "environmentalists", "scientists", "engineers",
    ];
    LIST.contains(&word.to_lowercase().as_str())
}

/// Nouns of organisations that speak ("the ministry said", "the Kremlin said").
pub fn is_org_noun(word: &str) -> bool {
    const LIST: &[&str] = &[
        "ministry", "government", "kremlin", "department", "agency", "office", "council",
        "committee", "commission", "company", "firm", "group", "party", "army", "military",
        "embassy", "administration", "parliament", "court", "white", "pentagon", "police",
        "campaign", "union", "bank", "spokesperson", "cabinet", "presidency",
        "secretariat", "authority", "board", "organisation", "organization", "coalition", "alliance",
        "institute", "foundation", "prosecutors", "regulator", "service", "forces", "newspaper",
        "outlet", "channel", "broadcaster", "network", "association", "federation", "society",
        "college", "university", "hospital", "team", "club", "league", "airline", "operator",
        "utility", "manufacturer", "retailer", "insurer", "charity", "watchdog", "tribunal",
        "senate", "congress", "legislature", "junta", "rebels", "militia", "festival", "museum",
        "library", "orchestra", "theatre", "theater", "zoo", "school", "church", "trust", "fund",
        "commission", "tribunal", "inquiry", "panel", "jury", "club", "studio", "label", "publisher",
    ];
    LIST.contains(&word.to_lowercase().as_str())
}

/// Words that make a capitalised run an organisation or a place, not a person.
pub fn is_org_or_place_word(word: &str) -> bool {
    const LIST: &[&str] = &[
        "ministry", "department", "council", "committee", "commission", "party", "union",
        "federation", "states", "kingdom", "republic", "nations", "organization", "organisation",
        "agency", "bank", "fund", "university", "institute", "court", "parliament", "congress",
        "senate", "house", "office", "government", "army", "forces", "force", "navy", "police",
        "company", "corporation", "corp", "inc", "ltd", "group", "association", "times", "post",
        "news", "press", "plant", "power", "nuclear", "station", "airport", "region", "province",
        "street", "square", "bridge", "river", "sea", "ocean", "island", "islands", "mountains",
        "coast", "gulf", "peninsula", "center", "centre", "hospital", "school", "college", "church",
        "embassy", "summit", "treaty", "accord", "agreement", "talks", "conference", "forum",
        "initiative", "club", "foundation", "network", "service", "guard", "assembly", "cabinet",
        "bureau", "authority", "board", "movement", "front", "alliance", "north", "south", "east",
        "west", "eastern", "western", "northern", "southern", "central", "city", "county", "state",
        "district", "valley", "lake", "park", "hall", "tower", "palace", "kremlin", "pentagon",
        "reuters", "agence", "associated", "tass", "interfax", "ria", "bbc", "cnn", "al", "jazeera",
        "nato", "un", "eu", "war", "crisis", "act", "bill", "law", "day", "week", "year", "prize",
        "cup", "league", "games", "olympics", "energy", "oil", "gas", "media", "tv", "radio",
        "magazine", "journal", "daily", "herald", "tribune", "telegraph", "guardian", "gazette",
        "international", "arabia", "korea", "africa", "america", "zealand", "emirates", "lanka",
        "kong", "rica", "leone", "gaza", "strip", "bay", "capital", "partners", "holdings", "sachs",
        "stanley", "brothers", "airlines", "motors", "systems", "technologies", "labs", "global",
        "records", "music", "entertainment", "pictures", "studios", "foods", "pharmaceuticals",
        "insurance", "petroleum", "steel", "mining", "resources", "solutions", "software",
        "publishing", "books", "sports", "telecom", "communications", "logistics", "shipping",
        "properties", "brands", "industries", "enterprises", "ventures", "trust", "securities",
        "investments", "health", "therapeutics", "aerospace", "robotics", "electric", "utilities",
        "railways", "rail", "transport", "airways", "express", "exchange", "markets", "research",
        "laboratories", "energy", "airport", "police", "fire", "rescue", "council", "homes",
        "housing", "construction", "developments", "estates", "retail", "stores", "supermarkets",
    ];
    LIST.contains(&strip_possessive(word).trim_end_matches('.').to_lowercase().as_str())
}

/// Speech and report verbs. Returns the verb's base form for any inflection we accept.
pub fn cue_lemma(word: &str) -> Option<&'static str> {
    const CUES: &[(&str, &[&str])] = &[
        ("say", &["say", "says", "said", "saying"]),
        ("tell", &["tell", "tells", "told", "telling"]),
        ("state", &["state", "states", "stated", "stating"]),
        ("add", &["add", "adds", "added", "adding"]),
        ("note", &["note", "notes", "noted", "noting"]),
        ("explain", &["explain", "explains", "explained", "explaining"]),
        ("emphasize", &["emphasize", "emphasizes", "emphasized", "emphasizing", "emphasise",
            "emphasises", "emphasised", "emphasising"]),
        ("stress", &["stress", "stresses", "stressed", "stressing"]),
        ("insist", &["insist", "insists", "insisted", "insisting"]),
        ("warn", &["warn", "warns", "warned", "warning"]),
        ("claim", &["claim", "claims", "claimed", "claiming"]),
        ("argue", &["argue", "argues", "argued", "arguing"]),
        ("assert", &["assert", "asserts", "asserted", "asserting"]),
        ("declare", &["declare", "declares", "declared", "declaring"]),
        ("announce", &["announce", "announces", "announced", "announcing"]),
        ("acknowledge", &["acknowledge", "acknowledges", "acknowledged", "acknowledging"]),
        ("admit", &["admit", "admits", "admitted", "admitting"]),
        ("clarify", &["clarify", "clarifies", "clarified", "clarifying"]),
        ("highlight", &["highlight", "highlights", "highlighted", "highlighting"]),
        ("indicate", &["indicate", "indicates", "indicated", "indicating"]),
        ("suggest", &["suggest", "suggests", "suggested", "suggesting"]),
        ("write", &["write", "writes", "wrote", "writing"]),
        ("tweet", &["tweet", "tweets", "tweeted"]),
        ("post", &["posted"]),
        ("report", &["report", "reports", "reported", "reporting"]),
        ("reiterate", &["reiterate", "reiterates", "reiterated", "reiterating"]),
        ("confirm", &["confirm", "confirms", "confirmed", "confirming"]),
        ("deny", &["deny", "denies", "denied", "denying"]),
        ("describe", &["describe", "describes", "described", "describing"]),
        ("characterize", &["characterize", "characterizes", "characterized", "characterizing",
            "characterise", "characterises", "characterised", "characterising"]),
        ("call", &["called", "calls", "calling"]),
        ("ask", &["ask", "asks", "asked", "asking"]),
        ("reply", &["reply", "replies", "replied", "replying"]),
        ("respond", &["respond", "responds", "responded", "responding"]),
        ("recall", &["recall", "recalls", "recalled", "recalling"]),
        ("predict", &["predict", "predicts", "predicted", "predicting"]),
        ("promise", &["promise", "promises", "promised", "promising"]),
        ("vow", &["vow", "vows", "vowed", "vowing"]),
        ("pledge", &["pledge", "pledges", "pledged", "pledging"]),
        ("urge", &["urge", "urges", "urged", "urging"]),
        ("mention", &["mention", "mentions", "mentioned", "mentioning"]),
        ("observe", &["observe", "observes", "observed", "observing"]),
        ("comment", &["comment", "comments", "commented", "commenting"]),
        ("concede", &["concede", "concedes", "conceded", "conceding"]),
        ("continue", &["continued"]),
        ("estimate", &["estimate", "estimates", "estimated", "estimating"]),
        ("maintain", &["maintain", "maintains", "maintained", "maintaining"]),
        ("contend", &["contend", "contends", "contended", "contending"]),
        ("point", &["pointed"]),
        ("dub", &["dubbed", "dubs", "dubbing"]),
        ("label", &["labelled", "labeled", "labels"]),
        ("brand", &["branded", "brands"]),
        ("hail", &["hailed", "hails"]),
        ("praise", &["praised", "praises"]),
        ("criticize", &["criticized", "criticised", "criticizes", "criticises"]),
        ("condemn", &["condemned", "condemns"]),
        ("accuse", &["accused", "accuses", "accusing"]),
        ("reveal", &["revealed", "reveals", "revealing"]),
        ("disclose", &["disclosed", "discloses"]),
        ("signal", &["signaled", "signalled", "signals"]),
        ("remark", &["remarked"]),
        ("quip", &["quipped"]),
        ("exclaim", &["exclaimed"]),
        ("shout", &["shouted"]),
        ("whisper", &["whispered"]),
        ("testify", &["testified", "testifies"]),
        ("boast", &["boasted", "boasts"]),
        ("complain", &["complained", "complains"]),
        ("agree", &["agreed", "agrees"]),
        ("believe", &["believes", "believed"]),
        ("think", &["thinks"]),
        ("conclude", &["concluded", "concludes"]),
        ("frame", &["framed"]),
        ("threaten", &["threatened", "threatens"]),
        ("demand", &["demanded", "demands"]),
        ("hint", &["hinted", "hints"]),
        ("recount", &["recounted"]),
        ("counter", &["countered"]),
        ("retort", &["retorted"]),
        ("assure", &["assured", "assures"]),
        ("caution", &["cautioned", "cautions"]),
    ];
    let w = word.to_lowercase();
    CUES.iter().find(|(_, forms)| forms.contains(&w.as_str())).map(|(lemma, _)| *lemma)
}

/// A token used as a speech verb: lower case (a capitalised "States" or "Reports" is a name).
pub fn cue(t: &Tok) -> Option<&'static str> {
    if t.is_capitalized() { None } else { cue_lemma(t.text) }
}

/// Verbs whose reported clause may follow without "that" ("said the talks were useful").
pub fn takes_bare_clause(lemma: &str) -> bool {
    matches!(lemma, "say" | "tell" | "add" | "warn" | "insist" | "claim" | "argue" | "believe" | "think" | "estimate")
}

/// Cues that only attribute a quotation (they cannot introduce reported speech by themselves).
pub fn is_quote_only_cue(lemma: &str) -> bool {
    matches!(
        lemma,
        "call" | "describe" | "characterize" | "dub" | "label" | "brand" | "hail" | "praise"
            | "criticize" | "condemn" | "accuse" | "quip" | "exclaim" | "shout" | "whisper"
            | "remark" | "frame" | "retort" | "counter" | "continue" | "ask" | "reply" | "respond"
    )
}

/// Auxiliaries and adverbs that may stand between a subject and its verb.
pub fn is_verb_filler(word: &str) -> bool {
    let w = word.to_lowercase();
    matches!(
        w.as_str(),
        "has" | "have" | "had" | "was" | "were" | "is" | "are" | "will" | "would" | "could" | "can"
            | "may" | "might" | "should" | "did" | "does" | "do" | "also" | "further" | "later"
            | "then" | "again" | "once" | "only" | "not" | "never" | "just" | "even" | "still"
            | "repeatedly" | "previously" | "recently" | "earlier" | "reportedly" | "firmly" | "had been"
            | "been" | "subsequently" | "separately" | "initially" | "first" | "now" | "often"
    ) || (w.len() > 4 && w.ends_with("ly") && w.chars().all(char::is_alphabetic))
}

pub fn is_pronoun(word: &str) -> bool {
    matches!(word.to_lowercase().as_str(), "he" | "she" | "they" | "we" | "i")
}

pub fn is_quote_mark(c: char) -> bool {
    matches!(c, '"' | '\'' | '‘' | '’' | '‚' | '‛' | '“' | '”' | '„' | '‟' | '«' | '»' | '‹' | '›')
}

#[cfg(test)]
mod tests {
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
}
