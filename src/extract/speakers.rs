//! Who is speaking: noun phrases next to a speech verb, read from tokens.
//!
//! `subject_before` reads backwards from a verb ("Kremlin spokesperson Dmitry Peskov further
//! emphasized" → Dmitry Peskov), `phrase_after` reads forwards ("said John Smith, a spokesman",
//! "according to the ministry"). Names are split from the titles before them.

use super::case;
use super::gazetteer;
use super::substr;
use super::lexicon::{self, Noun, VerbFlag};
use super::words::{self, Tok, WordList};

/// A speaker as the text names it, before canonicalisation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Who {
    /// A person's name as written, without titles ("Dmitry Peskov", "Zelenskyy").
    Person(String),
    /// "he", "she", "they", "we", "i" (lower case).
    Pronoun(String),
    /// An organisation or a capital speaking for its government ("Kremlin", "Foreign Ministry").
    Org(String),
    /// Someone unnamed: "critics", "officials", "a spokesman".
    Unnamed,
    /// "the minister", "the senator": a role that may point back to a person named earlier.
    Role(String),
}

/// The speaker found and the token index where its phrase starts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Found {
    pub who: Who,
    pub start: usize,
    /// Title/role words written before the name ("Kremlin aide").
    pub role: Option<String>,
}

const MAX_PHRASE: usize = 8;

/// The pronoun `Who::Pronoun` holds for "you": whoever is spoken to.
pub const ADDRESSEE: &str = "you";

/// The pronoun `Who::Pronoun` holds for "the 24-year-old": a person of either gender.
pub const AGE_REFERENCE: &str = "the-year-old";

pub fn is_particle(word: &str) -> bool {
    matches!(word, "de" | "van" | "von" | "bin" | "al" | "da" | "di" | "du" | "la" | "le" | "del" | "der" | "ibn" | "dos" | "das" | "el" | "ben")
}

/// A word that opens a surname, however written: the particles above ("van Dijk", "Van Dijk")
/// and the Irish and Scottish ones ("Ní Bhraonáin", "Ó Ceallaigh", "Mac Aodha").
pub fn is_surname_particle(word: &str) -> bool {
    matches!(word, "Ní" | "Nic" | "Ó" | "Ua" | "Uí" | "Mac" | "Mhic") || is_particle(&case::to_lower(word))
}

/// A token that can be part of a capitalised name or title run.
pub fn is_run_word(t: &Tok) -> bool {
    t.is_word() && t.is_capitalized() && !t.is_capitalized_stopword()
}

/// Reads the subject of the verb at `verb`, skipping auxiliaries and adverbs before it.
pub fn subject_before(toks: &[Tok], verb: usize) -> Option<Found> {
    let mut i = verb;
    while i > 0 && words::is_verb_filler(toks[i - 1].text) && !toks[i - 1].is_capitalized() {
        i -= 1;
    }
    i = before_weekday(toks, i);
    // "Meera Rao, who has in the past called the metro “…”": a relative clause's verb speaks
    // for the one named before ", who" ("who wrote “Blue Harbour”" names a work, not words).
    let authored = toks[verb].verb().is_some_and(|v| v.lemma == "write");
    if let Some(who) = (i.saturating_sub(5)..i).rev().find(|&k| toks[k].is("who")).filter(|_| !authored) {
        let plain = toks[who + 1..i].iter().all(|t| t.is_word() && !t.is_capitalized());
        if plain && who >= 2 && toks[who - 1].text == "," {
            if let Some(f) = phrase_ending_at(toks, who - 2).filter(|f| matches!(f.who, Who::Person(_))) {
                return Some(f);
            }
        }
    }
    // "The World Food Programme (WFP) said": the parenthesis is an aside.
    if i > 0 && toks[i - 1].text == ")" {
        if let Some(open) = (i.saturating_sub(8)..i - 1).rev().find(|&k| toks[k].text == "(") {
            i = open;
        }
    }
    if i == 0 {
        return None;
    }
    let last = &toks[i - 1];
    if words::is_pronoun(last.text) {
        return Some(Found { who: Who::Pronoun(last.lower().into_owned()), start: i - 1, role: None });
    }
    // "you wrote last week that …": the one a question is put to (see quotes.rs).
    if last.is("you") {
        return Some(Found { who: Who::Pronoun(ADDRESSEE.into()), start: i - 1, role: None });
    }
    // "It said": an organisation named before (resolved with "the company", see quotes.rs).
    if last.is("it") {
        return Some(Found { who: Who::Org("it".into()), start: i - 1, role: None });
    }
    // "the 24-year-old said": refers back like a pronoun of either gender.
    if i >= 2 && toks[i - 2].lower() == "the" && last.lower().ends_with("-year-old") {
        return Some(Found { who: Who::Pronoun(AGE_REFERENCE.into()), start: i - 2, role: None });
    }
    if last.text == "," {
        return subject_before_appositive(toks, i - 1, true);
    }
    let alone = i < 2 || !(is_run_word(&toks[i - 2]) || is_particle(toks[i - 2].text) || is_run_joiner(toks[i - 2].text));
    if alone && is_abstract_subject(last.text) {
        return None;
    }
    unnamed_on_request(toks, i).or_else(|| {
        phrase_ending_at(toks, i - 1)
            .map(|f| affiliation(toks, f))
            .or_else(|| people_of_a_place(toks, i - 1))
            .or_else(|| someone_unnamed(toks, i - 1))
    })
}

/// "A patient at the Lagos University Teaching Hospital who did not want to be named said":
/// someone described (an article, then a person's noun) whose relative clause, without commas,
/// withholds the name. `verb` is the token after the clause.
fn unnamed_on_request(toks: &[Tok], verb: usize) -> Option<Found> {
    let who = (verb.saturating_sub(10)..verb).rev().find(|&k| toks[k].is("who"))?;
    let clause = &toks[who + 1..verb];
    let withheld = clause.iter().all(|t| t.is_word() && !t.is_capitalized()) && clause.iter().any(|t| t.is_any(&["named", "identified", "name"]));
    if !withheld || who == 0 {
        return None;
    }
    let det = (who.saturating_sub(14)..who).rev().find(|&k| toks[k].is_any(&["a", "an", "one"]))?;
    let person = toks[det + 1..who.min(det + 4)].iter().any(|t| !t.is_capitalized() && (lexicon::noun(&t.lower()).is(Noun::ANONYMOUS) || words::is_occupation(t.text)));
    person.then_some(Found { who: Who::Unnamed, start: det, role: None })
}

/// "Jane Roe on Friday said", "Regulators late Tuesday approved": wire copy puts the day
/// between the subject and its verb. Returns where the subject ends (`i` when no day is there).
fn before_weekday(toks: &[Tok], i: usize) -> usize {
    const WEEKDAYS: [&str; 7] = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
    let Some(day) = i.checked_sub(1).filter(|&d| toks[d].is_capitalized() && toks[d].is_any(&WEEKDAYS)) else { return i };
    let lead = day.checked_sub(1).filter(|&k| toks[k].is_any(&["on", "late", "early", "last"]) && !toks[k].is_capitalized());
    // A subject must stay before it: "On Friday said" opens no sentence.
    match lead {
        Some(k) if k > 0 => k,
        None if day > 0 => day,
        _ => i,
    }
}

/// "A man in the back of the room shouted", "a crane operator on the picket line yelled",
/// "someone in the crowd called out": an indefinite person with a few lower-case words after
/// it is someone the text does not name.
fn someone_unnamed(toks: &[Tok], end: usize) -> Option<Found> {
    let lower = end.saturating_sub(10);
    let mut k = end;
    loop {
        let t = &toks[k];
        if !t.is_word() || t.verb().is_some_and(|v| v.is(VerbFlag::SPEECH)) {
            return None;
        }
        let person = |t: &Tok| lexicon::noun(&t.lower()).is(Noun::ANONYMOUS);
        let indefinite = t.is_any(&["a", "an", "one"]);
        if indefinite || person(t) && t.is_any(&["someone", "somebody"]) {
            // The person noun comes within three words of the article.
            let head = toks[k..=end.min(k + 3)].iter().any(|t| person(t) || (!t.is_capitalized() && words::is_occupation(t.text)));
            return head.then_some(Found { who: Who::Unnamed, start: k, role: None });
        }
        if t.is_capitalized() || k == lower {
            return None;
        }
        k -= 1;
    }
}

/// "Residents of the estate said", "the mayor of the town said": a role noun, then a short
/// prepositional phrase of lower-case words that names no one.
fn people_of_a_place(toks: &[Tok], end: usize) -> Option<Found> {
    let prep = (end.saturating_sub(4)..end).rev().find(|&k| toks[k].is_any(&["of", "in", "from", "at", "near", "across"]))?;
    let plain = toks[prep + 1..=end].iter().all(|t| (t.is_word() && !t.is_capitalized()) || matches!(t.text, "'" | "’"));
    let head = toks.get(prep.checked_sub(1)?)?;
    let noun = head.lower();
    if !plain || !words::is_role_noun(&noun) {
        return None;
    }
    let start = phrase_start(toks, prep - 1);
    let who = if toks[start].is("the") && !noun.ends_with('s') { Who::Role(noun.into_owned()) } else { Who::Unnamed };
    Some(Found { who, start, role: None })
}

/// "a spokesperson for the European Commission" speaks for the organisation; "analysts at
/// Morgan Stanley" are unnamed. A name after at/for/of/from is an affiliation, not the speaker.
fn affiliation(toks: &[Tok], found: Found) -> Found {
    if let Some(unnamed) = people_by_a_place(toks, &found) {
        return unnamed;
    }
    let mut p = found.start;
    if p > 0 && toks[p - 1].is("the") {
        p -= 1;
    }
    let prep_word = if p > 1 { toks[p - 1].lower() } else { "".into() };
    let prep = matches!(prep_word.as_ref(), "at" | "for" | "of" | "from" | "with" | "in" | "to");
    if !prep || !matches!(found.who, Who::Person(_) | Who::Org(_)) {
        return found;
    }
    let head = &toks[p - 2];
    let lower = head.lower();
    // "officials in Kyiv", "sources close to the president": unnamed people, not the place.
    if (prep_word == "in" && words::is_role_noun(&lower)) || (prep_word == "to" && lower == "close") {
        return Found { who: Who::Unnamed, start: phrase_start(toks, p - 2), role: None };
    }
    if matches!(prep_word.as_ref(), "in" | "to") {
        return found;
    }
    // "lead author Camille Roux of the University of Grenoble": the person, not the university.
    if is_run_word(head) && !words::is_role_noun(&lower) {
        return match phrase_ending_at(toks, p - 2) {
            Some(person @ Found { who: Who::Person(_), .. }) => person,
            _ => found,
        };
    }
    // "The widow of Ivan Petrov said": someone close to the person, unnamed.
    if prep_word == "of" && !head.is_capitalized() && words::is_title(&lower) && !words::is_role_noun(&lower) {
        return Found { who: Who::Unnamed, start: phrase_start(toks, p - 2), role: None };
    }
    if !words::is_role_noun(&lower) {
        return found;
    }
    let start = phrase_start(toks, p - 2);
    let name = match &found.who {
        Who::Person(n) | Who::Org(n) => n.clone(),
        _ => String::new(),
    };
    let who = if lower.ends_with('s') && !lower.starts_with("spokes") { Who::Unnamed } else { Who::Org(name) };
    Found { who, start, role: None }
}

/// "Fishers on the upper Fraser say", "Graziers along the lower Darling say", "Officials at the
/// Pentagon said": people described by a plural noun and where they are. A lone name after "the"
/// (and a lower-case word) is a river, a region or a body, never the one who speaks.
fn people_by_a_place(toks: &[Tok], found: &Found) -> Option<Found> {
    let lone = matches!(&found.who, Who::Person(n) | Who::Org(n) if !substr::has_byte(n, b' '));
    let mut d = found.start.checked_sub(1)?;
    if !lone {
        return None;
    }
    if d >= 1 && toks[d].is_word() && !toks[d].is_capitalized() && !toks[d].is("the") && toks[d - 1].is("the") {
        d -= 1;
    }
    const WHERE: [&str; 11] = ["on", "along", "near", "across", "around", "by", "beside", "from", "in", "at", "of"];
    if d < 2 || !toks[d].is("the") || !toks[d - 1].is_any(&WHERE) {
        return None;
    }
    let head = &toks[d - 2];
    let opens = d == 2 || !toks[d - 3].is_word();
    let lower = head.lower();
    let plural = lower.len() > 3
        && ((lower.ends_with('s') && !lower.ends_with("ss") && !lower.ends_with("'s") && !lower.ends_with("’s")) || lower.ends_with("men") || lower == "people");
    let described = head.is_word() && (!head.is_capitalized() || opens) && plural && !words::is_org_noun(&lower) && head.verb().is_none();
    described.then(|| Found { who: Who::Unnamed, start: phrase_start(toks, d - 2), role: None })
}

/// "John Smith, a spokesman for the ministry, said": the name before the appositive.
/// `may_chain`: the appositive may follow another one ("Margaret Hill, 78, whose house was
/// flooded twice, said"); one level only, which keeps the work per verb bounded.
fn subject_before_appositive(toks: &[Tok], comma: usize, may_chain: bool) -> Option<Found> {
    // "Tom Alvarez, who farms 60 acres of vegetables near Bristol and has sold to … since …,
    // said": a relative clause may run to twenty-odd words.
    let lower = comma.saturating_sub(24);
    let mut open = (lower..comma).rev().find(|&k| toks[k].text == ",")?;
    // "X, a French official who has led talks with Norway, Iceland and the Faroe Islands since
    // 2021, said": the commas of a list of names inside the appositive are no boundary.
    let lists = |open: usize| {
        open > 0 && is_run_word(&toks[open - 1]) && toks.get(open + 1).is_some_and(is_run_word)
            && toks[open + 1..comma].iter().take_while(|t| t.text != ",").any(|t| t.is_any(&["and", "or"]))
    };
    let mut hops = 0;
    while hops < 3 && lists(open) {
        let Some(before) = (open.saturating_sub(24)..open).rev().find(|&k| toks[k].text == ",") else { break };
        // The list's first item ends the appositive's words: never past a verb of speech.
        if toks[before + 1..open].iter().any(|t| words::cue(t).is_some()) {
            break;
        }
        open = before;
        hops += 1;
    }
    let first = toks.get(open + 1)?;
    // "Romero, for his part, said" / "Jane Roe, in a statement, said": an aside, not a name.
    let aside = first.is_any(&["for", "in", "however", "meanwhile", "too", "though"])
        // "The union (AHWU), of which the association is a member, said".
        || first.is_any(&["of", "to", "with"]) && toks.get(open + 2).is_some_and(|t| t.is_any(&["which", "whom"]));
    let appositive = aside
        || first.is_any(&["a", "an", "the", "who", "whose", "which", "its", "his", "her", "including", "speaking"])
        || words::is_title(first.text)
        || first.text.chars().all(|c| c.is_ascii_digit());
    let has_verb = toks[open + 1..comma].iter().any(|t| words::cue(t).is_some());
    if open == 0 || (has_verb && !appositive) {
        return None;
    }
    if let Some(short) = known_as(toks, open, comma) {
        return Some(short);
    }
    // "The regional president, Michele Rossi, said": the name is the appositive itself, and so
    // is an organisation's name after the common noun it names ("The energy regulator, ERSE,").
    // "The central bank, the Reserve Bank of Malawi, said": "the" may open the organisation's name.
    // "The judge, His Honour Judge Rafiq Mahmood, said": an honorific of address before the name.
    let honorific = first.is_any(&["his", "her"])
        && toks.get(open + 2).is_some_and(|t| t.is_any(&["honour", "honor", "excellency", "lordship", "ladyship", "worship", "grace", "eminence", "holiness"]));
    let the = if honorific { 1 } else { usize::from(first.is("the") && toks.get(open + 2).is_some_and(Tok::is_capitalized)) };
    // "The Minister of State, Dr. (Mrs.) Ngozi Eze, said": titles, one in parentheses, before it.
    let titles_up_to = |start: usize| {
        start > open + 1 + the
            && toks[open + 1 + the..start].iter().all(|t| matches!(t.text, "(" | ")" | ".") || words::is_title(&t.lower()))
            && toks[open + 1 + the..start].iter().any(|t| t.text == "(")
    };
    if let Some(found) = phrase_ending_at(toks, comma - 1).filter(|f| f.start == open + 1 + the || titles_up_to(f.start)) {
        let organisation = open >= 1 && toks[open + 1 + the].is_capitalized() && names_an_organisation(toks, open - 1);
        match found.who {
            // "The grid operator, Rede Atlantica, said": a name like a person's is the operator's.
            Who::Person(name) if organisation && found.role.is_none() => return Some(Found { who: Who::Org(name), ..found }),
            Who::Person(_) => return Some(found),
            Who::Org(_) if organisation => return Some(found),
            _ => {}
        }
    }
    // "The Allied Health Workers Union (AHWU), of which …, said": the acronym is an aside.
    let open = match toks[open - 1].text {
        ")" => (open.saturating_sub(6)..open - 1).rev().find(|&k| toks[k].text == "(").filter(|&k| k > 0).unwrap_or(open),
        _ => open,
    };
    // "A former nurse at the clinic, who asked not to be named, said": someone unnamed too.
    let Some(before) = phrase_ending_at(toks, open - 1).or_else(|| someone_unnamed(toks, open - 1).filter(|_| appositive)) else {
        let chained = may_chain && appositive && toks[open - 1].is_word();
        return chained.then(|| subject_before_appositive(toks, open, false)).flatten();
    };
    // "Anita Brock, a partner at Corbel Advisers, which advised the board, said": the name is
    // the object of an earlier appositive's preposition; the person before that one speaks.
    // "Marcel Tremblay, president of the Western Grain Elevator Association, a lobby group …,
    // said": the same with an article before the body's name.
    let article = usize::from(before.start > 1 && toks[before.start - 1].is("the"));
    let in_appositive = may_chain && appositive && before.start > article && toks[before.start - 1 - article].is_any(&["at", "for", "of", "with", "from"]);
    if in_appositive {
        if let Some(person @ Found { who: Who::Person(_), .. }) = subject_before_appositive(toks, open, false) {
            return Some(person);
        }
    }
    match before {
        // A named person may carry any short appositive ("Jane Roe, D-N.M., said").
        Found { who: Who::Person(name), start, role } => Some(Found { who: Who::Person(name), start, role }),
        Found { who: Who::Org(name), start, role } if appositive => Some(Found { who: Who::Org(name), start, role }),
        // "one resident, who declined to give her name, said": someone unnamed.
        found @ Found { who: Who::Unnamed | Who::Role(_), .. } if appositive => Some(found),
        _ => None,
    }
}

/// "The Carverton Housing Authority, known as CHA, said": a body named before the commas goes
/// by the short name it is given in them (a person keeps their name: "Robert Hale, known as
/// Bobby,").
fn known_as(toks: &[Tok], open: usize, comma: usize) -> Option<Found> {
    let mut k = open + 1;
    if toks.get(k).is_some_and(|t| t.is_any(&["also", "better", "widely", "locally", "commonly"])) {
        k += 1;
    }
    if !(toks.get(k)?.is("known") && toks.get(k + 1)?.is("as")) {
        return None;
    }
    k += 2 + usize::from(toks.get(k + 2).is_some_and(|t| t.is("the")));
    let short = toks.get(k..comma).filter(|run| !run.is_empty() && run.len() <= 4 && run.iter().all(is_run_word))?;
    let body = phrase_ending_at(toks, open.checked_sub(1)?)?;
    matches!(body.who, Who::Org(_)).then(|| Found { who: Who::Org(join(short)), start: body.start, role: None })
}

/// The lower-case noun at `end` is one an organisation's name may stand in apposition to
/// ("The energy regulator, ERSE,"), and the subject itself, not someone's affiliation ("a
/// spokesman for the union, Jane Roe,").
fn names_an_organisation(toks: &[Tok], end: usize) -> bool {
    let t = &toks[end];
    let noun = is_body_noun(t);
    let start = phrase_start(toks, end);
    noun && (start == 0 || !toks[start - 1].is_any(&["for", "of", "at", "from", "with", "to", "by"]))
}

/// A word that names a public body and takes a portfolio ("Ministry", "Department",
/// "Commission"), not a company ("Bank", "Group").
fn is_public_body_word(word: &str) -> bool {
    let noun = lexicon::noun(word);
    noun.is(Noun::ORGANISATION) && noun.is(Noun::NAME_WORD) && !noun.is(Noun::COMPANY)
}

/// A lower-case noun of a body, never of a person, that may stand before or beside its name
/// ("broadcaster", "utility", "regulator", "newspaper"; not "spokesperson").
pub fn is_body_noun(t: &Tok) -> bool {
    if !t.is_word() || t.is_capitalized() {
        return false;
    }
    let noun = lexicon::noun(&t.lower());
    noun.is(Noun::ORGANISATION) && !noun.is(Noun::ROLE) && !noun.is(Noun::TITLE)
}

/// The noun phrase whose last token is `end`: a capitalised run (with titles and role words),
/// an organisation noun ("the ministry") or a role noun ("critics").
fn phrase_ending_at(toks: &[Tok], end: usize) -> Option<Found> {
    let last = &toks[end];
    if !last.is_word() {
        return None;
    }
    let lower_last = last.lower();
    // "Critics argue", "Officials said": role nouns are unnamed even when capitalised, but not
    // as the surname after a first name ("Loretta Banks said").
    // "The Kenya National Union of Teachers said": the role noun ends a body's name.
    let of_a_body = last.is_capitalized()
        && end >= 2
        && toks[end - 1].is("of")
        && toks[end - 2].is_capitalized()
        && words::is_org_noun(&toks[end - 2].lower());
    if !is_run_word(last) || (words::is_role_noun(&lower_last) && !is_surname_after_first_name(toks, end) && !of_a_body) {
        let occupation = !last.is_capitalized() && words::is_title(&lower_last);
        if words::is_role_noun(&lower_last) || occupation || (words::is_org_noun(&lower_last) && lower_last != "spokesperson") {
            let start = phrase_start(toks, end);
            // "his wife said", "her son said": the one an appositive gave that role.
            let kin = start + 1 == end && toks[start].is_any(&["his", "her"]) && !last.is_capitalized() && { let n = lexicon::noun(&lower_last); n.is(Noun::MALE) || n.is(Noun::FEMALE) };
            let definite = (toks[start].is("the") || kin) && !lower_last.ends_with('s');
            let body_from = start + usize::from(toks[start].is_any(&["a", "an", "the"]));
            // "Kent police have confirmed": a force written with its place and a lower-case noun.
            let force = lower_last == "police" && !last.is_capitalized() && body_from < end
                && toks[body_from..end].iter().all(|t| is_run_word(t) && !words::is_title(t.text));
            let who = if force {
                Who::Org(join(&toks[body_from..=end]))
            } else if words::is_org_noun(&lower_last) && !words::is_role_noun(&lower_last) {
                Who::Org(org_name(toks, start, end))
            } else if definite {
                // "the Russian president": the qualifiers narrow whom the role points back to.
                let words: Vec<String> = toks[start + 1..=end].iter().map(|t| t.lower().into_owned()).collect();
                Who::Role(words.join(" "))
            } else {
                Who::Unnamed
            };
            // "Banks said": a capitalised role noun alone may be the surname of a person named
            // before; the word is kept for the caller, who knows the article's people.
            let role = (who == Who::Unnamed && start == end && last.is_capitalized()).then(|| last.text.to_string());
            return Some(Found { who, start, role });
        }
        return org_before_common_noun(toks, end);
    }
    let mut start = end;
    while start > 0 && end - start < MAX_PHRASE {
        let prev = &toks[start - 1];
        let occupation = prev.is_word() && !prev.is_capitalized() && words::is_occupation(prev.text) && is_run_word(&toks[start]);
        // "the Bengaluru Citizens' Forum": a plural possessive inside an organisation's name.
        let plural_possessive = matches!(prev.text, "'" | "’")
            && start >= 2
            && is_run_word(&toks[start - 2])
            && toks[start - 2].text.ends_with('s')
            && toks[start - 2].span.end == prev.span.start
            && words::is_org_or_place_word(toks[end].text);
        let joins = is_run_word(prev)
            || (prev.is_word() && words::is_title(prev.text))
            || occupation
            || plural_possessive
            || is_portfolio_and(toks, start - 1)
            || ((is_particle(prev.text) || is_run_joiner(prev.text)) && start >= 2 && is_run_word(&toks[start - 2]))
            // "von der Leyen": a chain of particles inside a name.
            || (is_particle(prev.text) && start >= 3 && is_particle(toks[start - 2].text) && is_run_word(&toks[start - 3]));
        // "International Council for the Exploration of the Sea": "the" after "of"/"for" inside a
        // body's name.
        if !joins && article_in_body_name(toks, start - 1) {
            start -= 2;
            continue;
        }
        // "for Sustainability and the Environment": the "and the" of a title's portfolio.
        if !joins && prev.text == "the" && start >= 2 && is_portfolio_and(toks, start - 2) {
            start -= 2;
            continue;
        }
        if !joins {
            break;
        }
        start -= 1;
    }
    Some(split_run(toks, start, end))
}

/// The lower-case "the" at `k` follows the "of"/"for" of a body's name: the noun of a body
/// ("Council", "Federation") is among the few capitalised words, joiners and articles before it.
fn article_in_body_name(toks: &[Tok], k: usize) -> bool {
    if !(toks[k].text == "the" && k >= 2 && is_run_joiner(toks[k - 1].text) && is_run_word(&toks[k - 2])) {
        return false;
    }
    let mut j = k - 2;
    for _ in 0..5 {
        let t = &toks[j];
        if is_run_word(t) && words::is_org_noun(&t.lower()) {
            return true;
        }
        if !(is_run_word(t) || is_run_joiner(t.text) || t.text == "the") || j == 0 {
            return false;
        }
        j -= 1;
    }
    false
}

/// "Loretta Banks", "Tom Fields": a capitalised word that is also a role noun ("banks"), right
/// after a capitalised word that is no title, role, organisation or place: a surname.
fn is_surname_after_first_name(toks: &[Tok], end: usize) -> bool {
    let Some(first) = end.checked_sub(1).map(|k| &toks[k]) else { return false };
    let first_lower = first.lower();
    toks[end].is_capitalized()
        && is_run_word(first)
        && first.span.end + 1 == toks[end].span.start
        && !words::is_title(&first_lower)
        && !words::is_role_noun(&first_lower)
        && !words::is_org_noun(&first_lower)
        && !words::is_org_or_place_word(first.text)
        && !words::is_capitalized_stopword(first.text)
        && !gazetteer::knows(first.text)
}

/// "of"/"for" inside a capitalised run: "Royal College of Nursing", "Minister for Science".
pub fn is_run_joiner(word: &str) -> bool {
    matches!(word, "of" | "for")
}

/// The "and" of a title's or a public body's portfolio ("Minister of Public Works and
/// Transport", "Ministry of Culture and Tourism"): a capitalised word after it, and the "of"/"for"
/// of a title or of a body's name (not a company's: "Bank of England and Barclays" are two) at
/// most a few capitalised words before it.
pub fn is_portfolio_and(toks: &[Tok], i: usize) -> bool {
    // "Minister of State for Sustainability and the Environment Aisyah Kamal": "and the".
    let the_next = toks.get(i + 1).is_some_and(|t| t.text == "the") && toks.get(i + 2).is_some_and(is_run_word);
    if !toks[i].is("and") || !(toks.get(i + 1).is_some_and(is_run_word) || the_next) {
        return false;
    }
    if is_body_name_and(toks, i) {
        return true;
    }
    let mut k = i;
    while k > 0 && i - k < 4 {
        k -= 1;
        if is_run_joiner(toks[k].text) {
            return k > 0 && toks[k - 1].is_word() && (words::is_title(toks[k - 1].text) || is_public_body_word(toks[k - 1].text));
        }
        if !is_run_word(&toks[k]) {
            return false;
        }
    }
    false
}

/// "Competition and Markets Authority", "Food and Drug Administration": an "and" between
/// capitalised words of a public body's name, whose run ends one or two words on with the noun
/// of a body (not a company's: "Smith and Wesson Group" is no public body, nor are two names).
fn is_body_name_and(toks: &[Tok], i: usize) -> bool {
    let Some(last) = (i + 1..toks.len().min(i + 4)).take_while(|&k| is_run_word(&toks[k])).last() else { return false };
    let lower = toks[last].lower();
    let noun = lexicon::noun(&lower);
    let ends_run = !toks.get(last + 1).is_some_and(is_run_word);
    // "Irish Nurses and Midwives Organisation", "Rural Doctors Network": nouns that any body's
    // name may end in, a company's or not.
    let any_body = matches!(lower.as_ref(), "organisation" | "organization" | "network");
    // "Health and Safety Executive", "Northern Ireland Executive": a public body's name.
    let executive = lower == "executive";
    i > 0 && is_run_word(&toks[i - 1]) && ends_run && (executive || noun.is(Noun::ORGANISATION) && (!noun.is(Noun::COMPANY) || any_body))
}

/// "The Resolution Institute think tank estimated": a common noun after an organisation's name.
fn org_before_common_noun(toks: &[Tok], end: usize) -> Option<Found> {
    let mut k = end;
    while k > 0 && end - k < 2 && toks[k].is_word() && !toks[k].is_capitalized() {
        k -= 1;
    }
    if k == end || !is_run_word(&toks[k]) {
        return None;
    }
    let found = phrase_ending_at(toks, k)?;
    let named_org = (found.start..=k).any(|i| words::is_org_or_place_word(toks[i].stem()) || words::is_org_noun(toks[i].stem()));
    let start = if found.start > 0 && toks[found.start - 1].is("the") { found.start - 1 } else { found.start };
    match found.who {
        Who::Org(_) if named_org && k > found.start => Some(Found { start, ..found }),
        _ => None,
    }
}

/// Where a lower-case noun phrase starts: back over adjectives/capitalised words to a determiner.
fn phrase_start(toks: &[Tok], end: usize) -> usize {
    let mut start = end;
    while start > 0 && end - start < 5 {
        let prev = &toks[start - 1];
        if !prev.is_word() || prev.verb().is_some_and(|v| v.is(VerbFlag::SPEECH)) {
            break;
        }
        let lower = prev.lower();
        if matches!(lower.as_ref(), "the" | "a" | "an" | "its" | "his" | "her" | "their") {
            return start - 1;
        }
        if words::is_capitalized_stopword(prev.text) || words::is_verb_filler(prev.text) {
            break;
        }
        start -= 1;
    }
    start
}

/// An organisation phrase as written, without a leading determiner; an owner's titles are
/// dropped ("President Jane Roe's office" → "Jane Roe's office").
fn org_name(toks: &[Tok], start: usize, end: usize) -> String {
    let mut skip = usize::from(toks[start].is_any(&["the", "a", "an", "its", "his", "her", "their"]));
    // "The Austin, Texas-based company": where a body is based describes it; it is "the company".
    if let Some(k) = (start + skip..end).rev().find(|&k| case::to_lower(toks[k].text).ends_with("-based")) {
        skip = k + 1 - start;
    }
    if let Some(k) = (start + skip..end).find(|&k| words::strip_possessive(toks[k].text) != toks[k].text) {
        if let Some(Found { who: Who::Person(owner) | Who::Org(owner), .. }) = phrase_ending_at(toks, k) {
            let rest: Vec<&str> = toks[k + 1..=end].iter().map(|t| t.text).collect();
            let mark = substr::from(toks[k].text, words::strip_possessive(toks[k].text).len());
            return [&owner, mark, " ", &rest.join(" ")].concat();
        }
    }
    let parts: Vec<&str> = toks[start + skip..=end].iter().map(|t| t.text).collect();
    parts.join(" ")
}

/// Splits a capitalised run into titles and name. A run with "of"/"for" is a person of an
/// organisation ("Jun Takeda of the Polar Institute"), a title with a portfolio ("Minister of
/// State for Science Arvind Kulkarni") or an organisation ("Royal College of Nursing").
pub fn split_run(toks: &[Tok], start: usize, end: usize) -> Found {
    let end = without_post_nominals(toks, start, end);
    // "Celebrating Clinton's win, …": a participle opening the sentence is no first name.
    let opens_sentence = start == 0 || !toks[start - 1].is_word();
    let start = if opens_sentence && start < end && is_participle(toks[start].text) { start + 1 } else { start };
    if let Some(found) = name_after_portfolio_place(toks, start, end) {
        return found;
    }
    let Some(k) = (start + 1..end).find(|&k| is_run_joiner(toks[k].text)) else {
        return split_simple(toks, start, end);
    };
    // "Shares of Halvorsen Brewing rose", "Residents of Mill Creek said": what follows "of" is
    // the name; the noun before it is no part of one.
    if k == start + 1 && opens_sentence && is_part_of_a_whole(toks[start].text) {
        return Found { start, ..split_run(toks, k + 1, end) };
    }
    let left = split_simple(toks, start, k - 1);
    match left.who {
        Who::Person(_) => left,
        Who::Unnamed if left.role.is_some() => {
            // Title + portfolio + name: the name is what follows the last title, or the last two
            // words when the portfolio has no title word ("for Science Arvind Kulkarni").
            // The portfolio ends at its last "of"/"for" or "and" ("of Finance and Economic Affairs").
            let last_join = (k..end).rev().find(|&j| is_run_joiner(toks[j].text) || is_portfolio_and(toks, j)).unwrap_or(k);
            let tail = split_simple(toks, last_join + 1, end);
            let tail_has_title = (last_join + 1..=end).any(|j| words::is_title(toks[j].text));
            let name_from = if tail_has_title || end - last_join <= 2 { None } else { Some(end - 1) };
            // "Secretary of Health and Human Services Jane Roe": a portfolio with "and" may hold
            // organisation words; the last two words are the name when they are plain.
            let portfolio_and = (k..end).any(|j| is_portfolio_and(toks, j));
            let plain = |from: usize| toks[from..=end].iter().all(|t| !words::is_org_or_place_word(t.text) && !words::is_title(t.text));
            match (tail.who, name_from) {
                (Who::Person(_), Some(from)) => Found {
                    who: Who::Person(join_stems(&toks[from..=end].iter().collect::<Vec<_>>())),
                    start,
                    role: Some(join(&toks[start..from])),
                },
                // "Minister for Health Orla Brennan": a one-word portfolio, then a plain name.
                (_, Some(from)) if (portfolio_and || end - last_join == 3) && plain(from) => Found {
                    who: Who::Person(join_stems(&toks[from..=end].iter().collect::<Vec<_>>())),
                    start,
                    role: Some(join(&toks[start..from])),
                },
                (Who::Person(name), None) => Found { who: Who::Person(name), start, role: Some(join(&toks[start..end + 1 - name_len(toks, end)])) },
                (_, _) => Found { who: Who::Unnamed, start, role: left.role },
            }
        }
        _ => match titled_person_after_organisation(toks, start, end) {
            Some(found) => found,
            // "The state Department of Agriculture": a lower-case title word before the body's
            // name is no part of it.
            None => {
                let from = (start..end).find(|&j| toks[j].is_capitalized()).unwrap_or(start);
                Found { who: Who::Org(join_stems(&toks[from..=end].iter().collect::<Vec<_>>())), start, role: None }
            }
        },
    }
}

/// "IOPC director for Wales Gareth Lewis-Morgan", "regional secretary for Scotland Ann Roe": one
/// capitalised word after a lower-case role's "for"/"of" is the role's portfolio, and the plain
/// name of two or three words after it the person's.
fn name_after_portfolio_place(toks: &[Tok], start: usize, end: usize) -> Option<Found> {
    let role_before = start >= 2 && toks[start - 1].is_any(&["for", "of"]) && {
        let r = &toks[start - 2];
        r.is_word() && !r.is_capitalized() && (words::is_role_noun(&r.lower()) || words::is_title(r.text))
    };
    let plain = |t: &Tok| is_run_word(t) && !words::is_org_or_place_word(t.text) && !words::is_title(t.text) && !gazetteer::knows(t.text);
    let name = toks.get(start + 1..=end)?;
    if !role_before || !(2..=3).contains(&name.len()) || !name.iter().all(plain) || words::is_org_or_place_word(toks[start].text) {
        return None;
    }
    Some(Found { who: Who::Person(join_stems(&name.iter().collect::<Vec<_>>())), start, role: Some(join(&toks[start - 2..=start])) })
}

/// The place of an epithet ("ohio republican", "the minnesota democrat" → "ohio",
/// "minnesota"): a party word after one or two words that are no title.
pub fn epithet_place(phrase: &str) -> Option<&str> {
    const PARTIES: [&str; 4] = ["democrat", "independent", "republican", "conservative"];
    let phrase = phrase.strip_prefix("the ").unwrap_or(phrase);
    let (place, party) = phrase.rsplit_once(' ')?;
    let plain = (1..=2).contains(&place.split(' ').count()) && place.split(' ').all(|w| !words::is_title(w) && !words::is_role_noun(w));
    (PARTIES.contains(&party) && plain).then_some(place)
}

/// "Alison Trent KC", "Lola Ashworth MP", "Jane Roe OBE": letters after a name of two words or
/// more are an office or an honour, no part of the name. Returns where the name ends.
fn without_post_nominals(toks: &[Tok], start: usize, mut end: usize) -> usize {
    const POST_NOMINALS: [&str; 14] = ["CBE", "DBE", "FRS", "KBE", "KC", "MBE", "MEP", "MLA", "MP", "MSP", "OBE", "QC", "SC", "TD"];
    while end > start + 1 && POST_NOMINALS.binary_search(&toks[end].text).is_ok() {
        end -= 1;
    }
    end
}

/// "Board of Finance Chairman Peter Lasko", "Bank of Spain Governor Ana Ruiz": an organisation,
/// a title and a name of two words or more after it are the titled person, the rest the role.
fn titled_person_after_organisation(toks: &[Tok], start: usize, end: usize) -> Option<Found> {
    let title = (start + 1..end).rev().find(|&j| words::is_title(toks[j].text))?;
    let name = &toks[title + 1..=end];
    let person_like = name.len() >= 2 && name.iter().all(|t| is_run_word(t) && !words::is_org_or_place_word(t.text));
    person_like.then(|| Found { who: Who::Person(join_stems(&name.iter().collect::<Vec<_>>())), start, role: Some(join(&toks[start..=title])) })
}

/// "Celebrating", "Speaking": a capitalised -ing word longer than most surnames' -ing
/// (Fleming, Browning and Manning are names, so seven letters at least and a vowel before "ing").
fn is_participle(word: &str) -> bool {
    // The cheap test first: this runs on every capitalised run that opens a sentence.
    if word.len() < 8 || !word.ends_with("ing") {
        return false;
    }
    let lower = case::to_lower(word);
    let Some(stem) = lower.strip_suffix("ing") else { return false };
    lower.len() >= 8 && stem.chars().all(|c| c.is_ascii_lowercase()) && !matches!(stem.as_bytes().last(), Some(b'n'))
}

fn name_len(toks: &[Tok], end: usize) -> usize {
    let mut n = 0;
    while n <= end && !words::is_title(toks[end - n].text) && is_run_word(&toks[end - n]) {
        n += 1;
    }
    n.max(1)
}

/// An occupation starting a sentence ("Meteorologist Tanya Brooks said"): capitalised only
/// because it comes first, recognised by its ending.
fn is_sentence_initial_occupation(toks: &[Tok], start: usize, end: usize) -> bool {
    let first = toks[start].lower();
    let at_start = start == 0 || !toks[start - 1].is_word();
    at_start
        && end >= start + 2
        && first.len() > 5
        && ["ist", "er", "or", "ian", "ant", "ent", "ee"].iter().any(|s| first.ends_with(s))
}

fn is_abstract_subject(word: &str) -> bool {
    lexicon::noun(&case::to_lower(word)).is(Noun::ABSTRACT)
}

fn split_simple(toks: &[Tok], start: usize, end: usize) -> Found {
    let run = &toks[start..=end];
    let title_word = |t: &Tok| words::is_title(t.text) || (!t.is_capitalized() && words::is_occupation(t.text));
    let last_title = run.iter().rposition(title_word).or_else(|| is_sentence_initial_occupation(toks, start, end).then_some(0));
    // "manager Dean Rowe": a title that is also a first name, before a lone surname, is the name.
    let last_title = match last_title {
        Some(p) if p + 2 == run.len() && is_first_name_title(run[p].text) => run[..p].iter().rposition(title_word),
        other => other,
    };
    let name_from = last_title.map_or(0, |p| p + 1);
    let name: Vec<&Tok> = run[name_from..].iter().collect();
    let role = (name_from > 0).then(|| join(&run[..name_from]));
    // "the Health and Safety Executive": a public body, whose last word is also a title.
    let executive = run.len() > 2 && run.last().is_some_and(|t| t.is("executive")) && run.iter().any(|t| t.is("and"));
    if executive {
        return Found { who: Who::Org(join_stems(&run.iter().collect::<Vec<_>>())), start, role: None };
    }
    if name.is_empty() {
        // "The Ohio Republican said": an epithet of someone named before with that place.
        let words: Vec<String> = run.iter().map(|t| t.lower().into_owned()).collect();
        let who = epithet_place(&words.join(" ")).map_or(Who::Unnamed, |_| Who::Role(words.join(" ")));
        return Found { who, start, role };
    }
    // "Bill Walsh": a common first name that is also a word of bodies' names ("the Housing
    // Bill") opens a person's name of two words.
    let first_name_first = |k: usize, t: &Tok| k == 0 && name.len() == 2 && super::people::is_common_first_name(t.text);
    let org_like = name.iter().enumerate().any(|(k, t)| words::is_org_or_place_word(t.text) && !first_name_first(k, t));
    let acronym = name.iter().all(|t| t.text.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase));
    let text = join_stems(&name);
    let lowercase_title = last_title.is_some_and(|p| !run[p].is_capitalized());
    let who = if run.last().is_some_and(|t| words::is_org_noun(t.stem())) {
        // "the Foreign Ministry": a title-looking word inside an organisation's name; but
        // "brewer Hollands Brewing Group" is described by the lower-case word before it.
        let from = if lowercase_title { name_from } else { 0 };
        Who::Org(join_stems(&run[from..].iter().collect::<Vec<_>>()))
    } else if let Some(p) = last_title.filter(|&p| is_body_noun(&run[p])) {
        // "broadcaster Canal Costa", "grid operator Rede Atlantica": the body's name.
        Who::Org(join_stems(&run[p + 1..].iter().collect::<Vec<_>>()))
    } else if let Some(p) = last_title {
        // A listed title makes a person, even named Park or Hall; not an acronym ("Minister
        // NATO"). A guessed occupation does not outweigh organisation words ("Developer Ashby Homes").
        let listed = words::is_title(run[p].text);
        if acronym {
            Who::Unnamed
        } else if org_like && words::is_descriptor(run[p].text) {
            // "Republican National Committee": the descriptor is part of the name.
            Who::Org(join_stems(&run.iter().collect::<Vec<_>>()))
        } else if org_like && !listed {
            Who::Org(text)
        } else {
            Who::Person(text)
        }
    } else if name.len() == 1 && is_abstract_subject(name[0].text) {
        // "Data suggests that …": a thing, not a speaker.
        Who::Unnamed
    } else if org_like || acronym || name.len() == 1 {
        // A lone capitalised word: a surname, or a capital/agency speaking ("Moscow said").
        Who::Org(text)
    } else {
        Who::Person(text)
    };
    Found { who, start, role }
}

/// A plural noun that names part of something ("Shares of", "Residents of"), capitalised only
/// because it opens the sentence.
fn is_part_of_a_whole(word: &str) -> bool {
    let lower = case::to_lower(word);
    words::is_role_noun(&lower) && lower.ends_with('s') || matches!(lower.as_str(), "shares" | "stocks" | "bonds" | "sales" | "profits" | "prices" | "units")
}

/// A capitalised title word that is also a common first name ("Dean Rowe"): a name when only a
/// surname follows it ("Law School Dean Jane Roe" keeps the title).
pub fn is_first_name_title(word: &str) -> bool {
    word == "Dean"
}

fn join(toks: &[Tok]) -> String {
    toks.iter().map(|t| t.text).collect::<Vec<_>>().join(" ")
}

fn join_stems(toks: &[&Tok]) -> String {
    let mut out = String::new();
    for (k, t) in toks.iter().enumerate() {
        // "Citizens' Forum": an apostrophe token stays on its word.
        if k > 0 && !(matches!(t.text, "'" | "’") && toks[k - 1].span.end == t.span.start) {
            out.push(' ');
        }
        out.push_str(if k + 1 == toks.len() { words::strip_possessive(t.text) } else { t.text });
    }
    out
}

/// Reads a speaker phrase that starts at `from`: "John Smith, a spokesman", "the ministry",
/// "Reuters", "officials".
pub fn phrase_after(toks: &[Tok], from: usize) -> Option<Found> {
    let skip_determiners = |mut i: usize| {
        while i < toks.len()
            && DETERMINERS.contains(&toks[i].lower())
        {
            i += 1;
        }
        i
    };
    let mut i = skip_determiners(from);
    // "according to a statement from the World Health Organization": the source, not the paper.
    if toks.get(i).is_some_and(|t| is_document_noun(&t.lower())) && toks.get(i + 1).is_some_and(|t| matches!(t.text, "from" | "by" | "of")) {
        i = skip_determiners(i + 2);
    }
    let mut end = i;
    while end < toks.len() && end - i < MAX_PHRASE {
        let t = &toks[end];
        let speaker_noun = |t: &Tok| t.is_word() && (words::is_role_noun(t.text) || words::is_org_noun(t.text));
        // Lower-case adjectives count when a speaker noun follows: "the central bank".
        let adjective = t.is_word()
            && !t.is_capitalized()
            && toks[end + 1..toks.len().min(end + 3)].iter().take_while(|n| n.is_word()).any(speaker_noun);
        let joins = is_run_word(t)
            || (t.is_word() && words::is_title(t.text))
            || (speaker_noun(t) && !t.is_capitalized())
            || adjective
            || ((is_particle(t.text) || is_run_joiner(t.text)) && toks.get(end + 1).is_some_and(is_run_word))
            || (is_particle(t.text) && toks.get(end + 1).is_some_and(|n| is_particle(n.text)) && toks.get(end + 2).is_some_and(is_run_word))
            // "according to the Office of Rail and Road": the "and" of a body's portfolio.
            || is_portfolio_and(toks, end);
        if !joins {
            break;
        }
        end += 1;
    }
    if end == i {
        return None;
    }
    let found = phrase_ending_at(toks, end - 1)?;
    Some(Found { start: found.start.min(from), ..found })
}

/// What a source puts out: "a statement from", "figures by".
fn is_document_noun(word: &str) -> bool {
    lexicon::noun(word).is(Noun::ISSUED)
}

/// Determiners and quantifiers before a speaker noun ([`phrase_after`]).
static DETERMINERS: WordList = WordList::new(
    "\
    a an another many one several some the three two",
);

#[cfg(test)]
mod tests {
    #[test]
    fn its_word_lists_can_be_looked_up() {
        super::words::tests::assert_listable(&super::DETERMINERS);
    }

    use super::*;
    use super::words::tokenize;

    fn before(s: &str, verb: &str) -> Option<Who> {
        let toks = tokenize(s, 0..s.len());
        let v = toks.iter().position(|t| t.text == verb)?;
        subject_before(&toks, v).map(|f| f.who)
    }

    #[test]
    fn an_executive_with_and_in_its_name_is_a_body() {
        assert_eq!(before("The Health and Safety Executive has said the quarry will stay closed.", "said"), Some(Who::Org("Health and Safety Executive".into())));
        // A chief executive is still a person's title.
        assert_eq!(before("Chief Executive Jane Roe said the quarry will stay closed.", "said"), person("Jane Roe"));
    }

    fn person(s: &str) -> Option<Who> {
        Some(Who::Person(s.to_string()))
    }

    #[test]
    fn a_minister_for_a_one_word_portfolio_then_the_name() {
        assert_eq!(before("Minister for Health Orla Brennan said she would visit.", "said"), person("Orla Brennan"));
        assert_eq!(before("Minister of State for Science Arvind Kulkarni said it was ready.", "said"), person("Arvind Kulkarni"));
        // A portfolio of two words and no name is nobody named.
        assert!(!matches!(before("The Minister for Health Services said it was ready.", "said"), Some(Who::Person(_))));
        // "and the" inside the portfolio.
        assert_eq!(before("Senior Minister of State for Sustainability and the Environment Aisyah Kamal said it was ready.", "said"), person("Aisyah Kamal"));
    }

    #[test]
    fn a_person_before_two_asides_speaks_not_the_body_in_the_first() {
        let s = "Anita Brock, a partner at Corbel Advisers, which advised the board, said the price was fair.";
        assert_eq!(before(s, "said"), person("Anita Brock"));
        // A body that is the subject keeps its aside.
        let alone = before("Corbel Advisers, which advised the board, said the price was fair.", "said");
        assert!(matches!(alone, Some(Who::Org(ref n) | Who::Person(ref n)) if n == "Corbel Advisers"), "{alone:?}");
    }

    #[test]
    fn a_body_s_name_with_and_before_its_last_words() {
        assert_eq!(before("The Irish Nurses and Midwives Organisation said it would ballot.", "said"), Some(Who::Org("Irish Nurses and Midwives Organisation".into())));
        assert_eq!(before("The Food and Drug Administration said it would act.", "said"), Some(Who::Org("Food and Drug Administration".into())));
        // Two companies are two.
        assert!(!matches!(before("Tesco and Lidl Group said they would act.", "said"), Some(Who::Org(ref n)) if n == "Tesco and Lidl Group"));
    }

    #[test]
    fn a_long_relative_clause_between_the_name_and_its_verb() {
        let s = "Tom Alvarez, who farms 60 acres of vegetables near Bristol and has sold to the company since its first summer, said he had started.";
        assert_eq!(before(s, "said"), person("Tom Alvarez"));
    }

    #[test]
    fn someone_unnamed_before_an_aside_in_commas() {
        let s = "A former nurse at the clinic, who asked not to be named because she still works for the HSE, said patients waited.";
        assert_eq!(before(s, "said"), Some(Who::Unnamed));
        // A named person before the aside is still the subject.
        assert_eq!(before("Jane Roe, who asked for calm, said patients waited.", "said"), person("Jane Roe"));
    }

    #[test]
    fn titles_and_roles_before_the_name_are_not_the_name() {
        assert_eq!(before("Kremlin spokesperson Dmitry Peskov further emphasized", "emphasized"), person("Dmitry Peskov"));
        assert_eq!(before("On Monday, U.S. Special Envoy Jane Roe said", "said"), person("Jane Roe"));
        assert_eq!(before("though Sen. Mary Lou Smith has repeatedly warned", "warned"), person("Mary Lou Smith"));
    }

    #[test]
    fn a_body_known_by_a_short_name_is_that_name() {
        let org = |s: &str| Some(Who::Org(s.to_string()));
        assert_eq!(before("The Carverton Housing Authority, known as CHA, said", "said"), org("CHA"));
        assert_eq!(before("The city's water agency, also known as the MWSC, said", "said"), org("MWSC"));
        // A person keeps the name; an appositive that is no "known as" is no short name.
        assert_eq!(before("Robert Hale, known as Bobby, said", "said"), person("Robert Hale"));
        assert_eq!(before("The Carverton Housing Authority, which runs 40 buildings, said", "said"), org("Carverton Housing Authority"));
    }

    #[test]
    fn local_office_titles_are_not_the_name() {
        assert_eq!(before("Warren County Auditor Beth Sorensen said", "said"), person("Beth Sorensen"));
        assert_eq!(before("County Treasurer Janet Ruiz, whose office collects the bills, said", "said"), person("Janet Ruiz"));
        // Without a title, the run is still the name.
        assert_eq!(before("Beth Sorensen said", "said"), person("Beth Sorensen"));
    }

    #[test]
    fn an_indefinite_person_is_someone_unnamed() {
        assert_eq!(before("A man in the back of the room shouted", "shouted"), Some(Who::Unnamed));
        assert_eq!(before("A crane operator on the picket line shouted", "shouted"), Some(Who::Unnamed));
        assert_eq!(before("and someone in the crowd called", "called"), Some(Who::Unnamed));
        // Not a person, or a name in the phrase: not someone unnamed.
        assert_eq!(before("A convoy of empty trucks shouted", "shouted"), None);
        assert_eq!(before("A man named Tom Hall shouted", "shouted").filter(|w| *w == Who::Unnamed), None);
    }

    #[test]
    fn the_noun_before_of_at_a_sentence_start_is_no_part_of_the_name() {
        assert_eq!(before("Shares of Halvorsen Brewing said", "said"), Some(Who::Org("Halvorsen Brewing".into())));
        assert_eq!(before("Bank of England said", "said"), Some(Who::Org("Bank of England".into())));
        assert_eq!(before("Residents of Mill Creek said", "said").filter(|w| *w == Who::Org("Residents of Mill Creek".into())), None);
    }

    #[test]
    fn dean_before_a_lone_surname_is_a_first_name() {
        assert_eq!(before("Harlow manager Dean Rowe said", "said"), person("Dean Rowe"));
        assert_eq!(before("Dean Rowe said", "said"), person("Dean Rowe"));
        // Before a full name it is the title.
        assert_eq!(before("Law School Dean Jane Roe said", "said"), person("Jane Roe"));
        assert_eq!(before("the dean said", "said").filter(|w| matches!(w, Who::Person(_))), None);
    }

    #[test]
    fn a_role_noun_after_a_first_name_is_a_surname() {
        assert_eq!(before("RATA Executive Director Simone Banks said", "said"), person("Simone Banks"));
        assert_eq!(before("Simone Banks said", "said"), person("Simone Banks"));
        // After a title, a place or an organisation's word it is still the noun.
        assert_eq!(before("Central Banks said", "said").filter(|w| matches!(w, Who::Person(_))), None);
        assert_eq!(before("Senior Officials said", "said").filter(|w| matches!(w, Who::Person(_))), None);
        assert_eq!(before("Critics said", "said"), Some(Who::Unnamed));
    }

    #[test]
    fn local_titles_and_an_organisation_s_officer_are_not_the_name() {
        assert_eq!(before("First Selectman Ann Boyd said", "said"), person("Ann Boyd"));
        assert_eq!(before("Board of Finance Chairman Peter Lasko said", "said"), person("Peter Lasko"));
        assert_eq!(before("Bank of Spain Governor Ana Ruiz said", "said"), person("Ana Ruiz"));
        assert_eq!(before("The Bengaluru Citizens' Forum called", "called"), Some(Who::Org("Bengaluru Citizens' Forum".into())));
        assert_eq!(before("The Teachers’ Union said", "said"), Some(Who::Org("Teachers’ Union".into())));
        // A possessive before a word that names no organisation is its owner's.
        assert_eq!(before("Marcus Jones' lawyer Ann Fry said", "said"), person("Ann Fry"));
        // No title, or no name after it: the organisation speaks.
        assert_eq!(before("the Department of Homeland Security said", "said"), Some(Who::Org("Department of Homeland Security".into())));
        assert_eq!(before("Bank of England Chief Economist Office said", "said").filter(|w| matches!(w, Who::Person(_))), None);
    }

    #[test]
    fn pronouns_organisations_and_unnamed_speakers() {
        assert_eq!(before("Later he said", "said"), Some(Who::Pronoun("he".into())));
        assert_eq!(before("the 24-year-old said", "said"), Some(Who::Pronoun(AGE_REFERENCE.into())));
        assert_eq!(before("Residents of the estate said", "said"), Some(Who::Unnamed));
        assert_eq!(before("the mayor of the town said", "said"), Some(Who::Role("mayor".into())));
        assert_eq!(before("the roof of the house said", "said"), None);
        assert_eq!(before("the Foreign Ministry said", "said"), Some(Who::Org("Foreign Ministry".into())));
        assert_eq!(before("The ministry said", "said"), Some(Who::Org("ministry".into())));
        assert_eq!(before("President Jane Roe's office said", "said"), Some(Who::Org("Jane Roe's office".into())));
        assert_eq!(before("Critics argue", "argue"), Some(Who::Unnamed));
        assert_eq!(before("Data suggests", "suggests"), None);
        assert_eq!(before("Meridian Records said", "said"), Some(Who::Org("Meridian Records".into())));
        assert_eq!(before("President Ursula von der Leyen said", "said"), person("Ursula von der Leyen"));
        assert_eq!(before("Officials in Kyiv said", "said"), Some(Who::Unnamed));
        assert_eq!(before("sources close to Prime Minister Ed Hart said", "said"), Some(Who::Unnamed));
        assert_eq!(before("the senator said", "said"), Some(Who::Role("senator".into())));
        assert_eq!(before("confidence-building measures indicate", "indicate"), None);
    }

    #[test]
    fn runs_with_of_and_for() {
        assert_eq!(before("Jun Sato of Japan's National Institute of Polar Research said", "said"), person("Jun Sato"));
        assert_eq!(before("lead author Ana Roux of the University of Lyon told", "told"), person("Ana Roux"));
        assert_eq!(before("Minister of State for Science Ravi Nair said", "said"), person("Ravi Nair"));
        assert_eq!(before("Secretary of State Marco Diaz said", "said"), person("Marco Diaz"));
        assert_eq!(before("Secretary of Health and Human Services Jane Roe said", "said"), person("Jane Roe"));
        assert_eq!(before("Minister of Public Works and Transport Carolina Fuentes said", "said"), person("Carolina Fuentes"));
        assert_eq!(before("Minister of Finance and Economic Affairs Grace Banda told", "told"), person("Grace Banda"));
        // "and" between two speakers, or in an organisation's name, is no portfolio.
        assert_eq!(before("Bo Lind and Jane Roe said", "said"), person("Jane Roe"));
        assert_eq!(before("the Department of Health and Human Services said", "said"), Some(Who::Org("Department of Health and Human Services".into())));
        assert_eq!(before("The Ministry of Culture and Tourism said", "said"), Some(Who::Org("Ministry of Culture and Tourism".into())));
        // A company's name does not take a portfolio: the last of two companies speaks.
        assert_eq!(before("the Bank of England and Barclays said", "said"), Some(Who::Org("Barclays".into())));
        assert_eq!(before("the Royal College of Nursing said", "said"), Some(Who::Org("Royal College of Nursing".into())));
        assert_eq!(before("The Resolution Institute think tank estimated", "estimated"), Some(Who::Org("Resolution Institute".into())));
        assert_eq!(before("Meteorologist Tanya Brooks said", "said"), person("Tanya Brooks"));
        assert_eq!(before("Recent confidence-building measures indicate", "indicate"), None);
    }

    #[test]
    fn appositive_between_name_and_verb() {
        assert_eq!(before("John Smith, a spokesman for the port authority, said", "said"), person("John Smith"));
        assert_eq!(before("Dr. Ana Lima, a toxicologist at the university who testified for the bill, said", "said"), person("Ana Lima"));
        assert_eq!(before("one resident, who declined to give her name, said", "said"), Some(Who::Unnamed));
    }

    #[test]
    fn a_name_after_the_noun_of_a_body_is_the_body_s() {
        assert_eq!(before("Portuguese grid operator Rede Atlantica said", "said"), Some(Who::Org("Rede Atlantica".into())));
        let s = "Felipe Araya told broadcaster Canal Costa that";
        let toks = tokenize(s, 0..s.len());
        assert_eq!(phrase_after(&toks, 3).map(|f| f.who), Some(Who::Org("Canal Costa".into())));
        // A person's job or title before a name leaves the person.
        assert_eq!(before("Kremlin spokesperson Dmitry Peskov said", "said"), person("Dmitry Peskov"));
        assert_eq!(before("founder Ana Lima said", "said"), person("Ana Lima"));
        assert_eq!(before("Meteorologist Tanya Brooks said", "said"), person("Tanya Brooks"));
    }

    #[test]
    fn a_relative_clause_with_which_after_an_organisation() {
        assert_eq!(before("The Harbor Pilots Union, which represents 300 pilots, called", "called"), Some(Who::Org("Harbor Pilots Union".into())));
        // What no one is stays no speaker.
        assert_eq!(before("The strike, which began on Monday, called", "called"), None);
    }

    #[test]
    fn an_organisation_named_in_apposition_to_a_common_noun() {
        assert_eq!(before("The national water regulator, OFWAT, termed", "termed"), Some(Who::Org("OFWAT".into())));
        assert_eq!(before("The teachers' union, Unison, said", "said"), Some(Who::Org("Unison".into())));
        assert_eq!(before("The grid operator, Rede Atlantica, said", "said"), Some(Who::Org("Rede Atlantica".into())));
        assert_eq!(before("The country's central bank, the Reserve Bank of Malawi, said", "said"), Some(Who::Org("Reserve Bank of Malawi".into())));
        // A person's title in commas after the body is the body's officer, not the body.
        assert_eq!(before("The central bank, the Governor Ana Ruiz, said", "said").filter(|w| matches!(w, Who::Org(_))), None);
        // After a title, a role or an affiliation, the name in commas is a person's.
        assert_eq!(before("The company's founder, Ana Lima, said", "said"), person("Ana Lima"));
        assert_eq!(before("A spokesman for the union, Jane Roe, said", "said"), person("Jane Roe"));
        assert_eq!(before("The ministers, ERSE, said", "said").filter(|w| *w == Who::Org("ERSE".into())), None);
    }

    #[test]
    fn phrase_after_an_inverted_verb() {
        let s = "said Maria Lopez, a union leader.";
        let toks = tokenize(s, 0..s.len());
        assert_eq!(phrase_after(&toks, 1).map(|f| f.who), person("Maria Lopez"));
        let s = "according to the ministry.";
        let toks = tokenize(s, 0..s.len());
        assert_eq!(phrase_after(&toks, 2).map(|f| f.who), Some(Who::Org("ministry".into())));
    }

    #[test]
    fn a_place_and_a_party_are_an_epithet() {
        assert_eq!(before("The Ohio Republican said", "said"), Some(Who::Role("ohio republican".to_string())));
        assert_eq!(before("the New Mexico Democrat said", "said"), Some(Who::Role("new mexico democrat".to_string())));
        assert_eq!(epithet_place("ohio republican"), Some("ohio"));
        // A party before a name is a descriptor; a title before the party is no place.
        assert_eq!(before("Republican Jane Roe said", "said"), person("Jane Roe"));
        assert_eq!(epithet_place("senior republican"), None);
        assert_eq!(epithet_place("republican"), None);
    }

    #[test]
    fn letters_after_a_name_are_no_part_of_it() {
        assert_eq!(before("Opening the case, Alison Trent KC told the jury", "told"), person("Alison Trent"));
        assert_eq!(before("Darlington MP Lola Ashworth MP said", "said"), person("Lola Ashworth"));
        assert_eq!(before("Jane Roe OBE said", "said"), person("Jane Roe"));
        // A lone surname keeps its letters (nothing would be left of a name); so does a body.
        assert_eq!(before("The BBC said", "said"), Some(Who::Org("BBC".to_string())));
        assert_eq!(before("Jane Roe said", "said"), person("Jane Roe"));
    }

    #[test]
    fn a_day_between_the_subject_and_its_verb() {
        assert_eq!(before("Health Minister Jane Roe on Friday said", "said"), person("Jane Roe"));
        assert_eq!(before("Jane Roe late Tuesday said", "said"), person("Jane Roe"));
        // A weekday that is the subject's own last word, or a sentence opening with the day.
        assert_eq!(before("On Friday said", "said"), None);
        assert_eq!(before("Jane Roe said", "said"), person("Jane Roe"));
    }

    #[test]
    fn a_public_bodys_name_keeps_its_and() {
        let org = |s: &str| Some(Who::Org(s.to_string()));
        assert_eq!(before("Britain’s Competition and Markets Authority (CMA) said", "said"), org("Britain’s Competition and Markets Authority"));
        assert_eq!(before("the Food and Drug Administration said", "said"), org("Food and Drug Administration"));
        // Two people, or a company, are no body's name.
        assert_eq!(before("Jane Roe and Tom Baker said", "said"), person("Tom Baker"));
        assert_eq!(before("Smith and Wesson Group said", "said"), org("Wesson Group"));
    }

    #[test]
    fn phrase_after_keeps_a_bodys_portfolio_and() {
        let after = |s: &str| {
            let toks = tokenize(s, 0..s.len());
            phrase_after(&toks, 2).map(|f| f.who)
        };
        assert_eq!(after("according to the Office of Rail and Road, punctuality fell."), Some(Who::Org("Office of Rail and Road".into())));
        // A company's "of" takes no portfolio: two bodies.
        assert_eq!(after("according to the Bank of England and Barclays, rates fell."), Some(Who::Org("Bank of England".into())));
    }
}
