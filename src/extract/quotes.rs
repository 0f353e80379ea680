//! Quotes: direct and partial quotations, indirect (reported) speech, reader comments.
//!
//! A quotation is `direct` when it is the whole statement of its sentence apart from the
//! attribution ("“…,” she said." / "He said: “…”"), `partial` when the writer's own sentence
//! embeds it ("described the talks as 'very constructive'"). A partial quotation with no speech
//! verb and no attribution is a scare quote and is dropped. Indirect speech is a speech verb with
//! a named or role subject and a reported clause ("X stated that …", "according to X").

use std::ops::Range;

use super::interview;
use super::marks::Quotation;
use super::model::{Article, Quote, QuoteKind, Span};
use super::people::People;
use super::sort;
use super::speakers::{self, Found, Who};
use super::case;
use super::substr;
use super::lexicon::{self, Noun, Verb, VerbFlag};
use super::words::{self, Tok, WordList};

/// Everything the quote rules read; all ranges are byte ranges into `text`.
pub struct Context<'a> {
    pub text: &'a str,
    pub paragraphs: &'a [Range<usize>],
    pub sentences: &'a [Range<usize>],
    /// The tokens of each sentence, read once (the people rules read them too).
    pub tokens: &'a [Vec<Tok<'a>>],
    /// Top-level quotations, sorted by opening mark.
    pub quotations: &'a [Quotation],
    pub people: &'a People,
}

/// Longest stretch of tokens read around a verb; keeps the work per sentence bounded.
const WINDOW: usize = 60;
/// Bytes read on each side of a quotation for its attribution.
const NEAR: usize = 600;

/// Quotations set as a block without quotation marks, as live blogs set them: a paragraph
/// after one that ends in a speech verb and a colon ("A Met Office spokesperson said:",
/// "Here’s what she said:", "He told Sky News:"), with no quotation mark of its own and no
/// label of a transcript ("Presenter: …"). `quotations` are those the marks make, sorted; the
/// result holds them and the blocks, sorted.
pub fn with_block_quotations(text: &str, paragraphs: &[Range<usize>], quotations: Vec<Quotation>) -> Vec<Quotation> {
    let mut blocks = Vec::new();
    let mut next_marked = 0;
    for pair in paragraphs.windows(2) {
        let (prev, para) = (&pair[0], &pair[1]);
        let prev_text = substr::part(text, prev.clone()).trim_end();
        let body = substr::part(text, para.clone());
        if !prev_text.ends_with(':') || !body.starts_with(|c: char| c.is_uppercase()) {
            continue;
        }
        // The colon's line: a speech verb among its last words.
        let tail = floor_boundary(text, prev.start.max(prev.end.saturating_sub(80)));
        let toks = words::tokenize(text, tail..prev.end);
        let spoken = toks.iter().rev().skip(1).take(6).any(|t| words::cue(t).is_some());
        // No quotation mark of its own, and no label ("Callum Reid: I've seen them.").
        while next_marked < quotations.len() && quotations[next_marked].end <= para.start {
            next_marked += 1;
        }
        let marked = quotations.get(next_marked).is_some_and(|q| q.open < para.end);
        let labelled = body.split_whitespace().take(4).any(|w| w.ends_with(':'));
        if spoken && !marked && !labelled && !body.contains(['“', '”', '"']) {
            blocks.push(Quotation { open: para.start, end: para.end, pieces: vec![para.clone()], depth: 0, double: true });
        }
    }
    if blocks.is_empty() {
        return quotations;
    }
    let mut all = quotations;
    all.extend(blocks);
    sort::sort_by(&mut all, |a, b| a.open < b.open);
    all
}

fn floor_boundary(text: &str, mut at: usize) -> usize {
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

fn ceil_boundary(text: &str, mut at: usize) -> usize {
    while !text.is_char_boundary(at) {
        at += 1;
    }
    at
}

pub fn extract(ctx: &Context) -> Vec<Quote> {
    let indirect: Vec<Quote> = (0..ctx.sentences.len()).flat_map(|si| indirect_in(ctx, si)).collect();
    let mut quotes = quotations(ctx, &indirect);
    words_named_in_the_next_paragraph(ctx, &mut quotes);
    quotes.extend(indirect);
    let mut turns = transcript_turns(ctx);
    if turns.is_empty() {
        turns = interview::turns(ctx);
    }
    let lone = |q: &Quote| q.speaker.as_deref().is_some_and(|s| is_lone_surname(ctx, s));
    let mut surnames: Vec<&str> = quotes.iter().chain(&turns).filter(|q| lone(q)).filter_map(|q| q.speaker.as_deref()).collect();
    if !surnames.is_empty() {
        sort::sort_by(&mut surnames, |a, b| a < b);
        surnames.dedup();
        let names = full_names(ctx.text, &surnames);
        let surnames: Vec<String> = surnames.into_iter().map(str::to_string).collect();
        for q in quotes.iter_mut().chain(turns.iter_mut()).filter(|q| lone(q)) {
            q.speaker = q.speaker.as_deref().and_then(|s| full_name_before(&names, s, q.span.start)).or(q.speaker.take());
        }
        // "Jamal told reporters" after "Jamal Reid's ankle": sports and transcripts call people
        // by their first name; one no surname completed is the full name it begins.
        let still: Vec<String> = surnames.iter().filter(|s| !names.iter().any(|n| n.0 == **s)).map(|s| s.to_string()).collect();
        if !still.is_empty() {
            let by_first = names_by_first_word(ctx.text, &still.iter().map(String::as_str).collect::<Vec<_>>());
            for q in quotes.iter_mut().chain(turns.iter_mut()).filter(|q| lone(q)) {
                q.speaker = q.speaker.as_deref().and_then(|s| full_name_before(&by_first, s, q.span.start)).or(q.speaker.take());
            }
        }
    }
    // "Ann, you said in May that …" in an analyst's turn reports what the answerer said.
    let mut put_to_the_answerer: Vec<usize> =
        quotes.iter().filter(|q| q.kind == QuoteKind::Indirect && q.speaker.as_deref() == Some(speakers::ADDRESSEE)).map(|q| q.span.start).collect();
    address_the_answerer(&mut quotes, &turns);
    // Sorted, so that each quote below is looked up by a binary search (no quadratic time).
    let mut answered: Vec<usize> = quotes.iter().filter(|q| q.kind == QuoteKind::Indirect && q.speaker.is_some()).map(|q| q.span.start).collect();
    sort::sort_by(&mut answered, |a, b| a < b);
    put_to_the_answerer.retain(|at| answered.binary_search(at).is_ok());
    sort::sort_by(&mut put_to_the_answerer, |a, b| a < b);
    pronouns_of_unnamed_speakers(ctx, &mut quotes);
    partials_of_the_reporter(&mut quotes);
    // Before the turns join: a transcript's speakers are people, never "the company" named before.
    name_generic_organisations(ctx, &mut quotes);
    complete_short_organisation_names(ctx, &mut quotes);
    if !turns.is_empty() {
        // A turn is the speaker's words: nothing inside it is quoted or reported by the writer.
        // Turns come in paragraph order: a binary search finds the one a quote may sit in.
        // A Q&A's question is the writer's own text: what it quotes is reported as anywhere else.
        // A reporter's voiced narration ("ALICIA FONTAINE, BYLINE:") is a news story told aloud:
        // the speech it reports ("Brummett says her doctor has told her …") is reported as in print.
        let narrators: Vec<&Option<String>> = turns.iter().filter(|t| is_narration_label(&t.sentence)).map(|t| &t.speaker).collect();
        let in_turn = |at: usize| {
            let i = turns.partition_point(|t| t.sentence_span.start <= at);
            i > 0
                && at < turns[i - 1].sentence_span.end
                && turns[i - 1].cue.as_deref() != Some(interview::QUESTION_CUE)
                && !narrators.contains(&&turns[i - 1].speaker)
        };
        // A quotation inside a turn ("you wrote that they were “at the edge”") is someone else's
        // words that the turn reports: kept, with the clause that holds it.
        let reports_a_quotation = |q: &Quote| match q.kind {
            QuoteKind::Partial => true,
            QuoteKind::Indirect => q.text.contains(['"', '“', '”']),
            _ => false,
        };
        quotes.retain(|q| !in_turn(q.span.start) || reports_a_quotation(q) || put_to_the_answerer.binary_search(&q.span.start).is_ok());
        quotes.extend(turns);
    }
    sort::sort_by(&mut quotes, |a, b| (a.span.start, a.kind) < (b.span.start, b.kind));
    quotes
}

/// A turn whose label names a reporter's voiced narration, as public radio's transcripts write it
/// ("ALICIA FONTAINE, BYLINE: It's a little after 7 …").
fn is_narration_label(turn: &str) -> bool {
    let head = substr::upto(turn, floor_boundary(turn, turn.len().min(64)));
    substr::find(head, ":").is_some_and(|colon| substr::upto(head, colon).trim_end().ends_with(", BYLINE"))
}

/// Nouns of a gathering that is told something ("told a meeting of …").
const GATHERINGS: [&str; 10] = ["meeting", "meetings", "conference", "gathering", "briefing", "rally", "audience", "session", "summit", "dinner"];

/// Openings of a paragraph that name who said the quotation of the paragraph before ("“We've
/// been cut off before.” / Those are the words of Iain MacAskill, who …"), as words.
const WORDS_OF: [&[&str]; 14] = [
    &["those", "are", "the", "words", "of"],
    &["these", "are", "the", "words", "of"],
    &["those", "were", "the", "words", "of"],
    &["these", "were", "the", "words", "of"],
    &["that", "is", "the", "verdict", "of"],
    &["that", "was", "the", "verdict", "of"],
    &["that", "is", "the", "view", "of"],
    &["that", "was", "the", "view", "of"],
    &["that", "is", "how"],
    &["that", "was", "how"],
    &["this", "is", "how"],
    &["that's", "how"],
    &["that’s", "how"],
    &["so", "says"],
];

/// A paragraph that is only a quotation, no one named for it, and the next paragraph opening
/// "Those are the words of X", "That is how X describes …", "So says X": X's words.
fn words_named_in_the_next_paragraph(ctx: &Context, quotes: &mut [Quote]) {
    for q in quotes.iter_mut().filter(|q| q.speaker.is_none() && q.kind == QuoteKind::Direct) {
        let p = ctx.paragraphs.partition_point(|p| p.start <= q.span.start);
        let (Some(para), Some(next)) = (p.checked_sub(1).and_then(|k| ctx.paragraphs.get(k)), ctx.paragraphs.get(p)) else { continue };
        // The quotation is the whole paragraph (its closing mark and a period aside).
        if para.end.saturating_sub(q.span.end) > 4 || q.span.start.saturating_sub(para.start) > 4 {
            continue;
        }
        let si = ctx.sentences.partition_point(|s| s.start < next.start);
        let Some(toks) = ctx.tokens.get(si).filter(|_| ctx.sentences[si].start == next.start) else { continue };
        let Some(opening) = WORDS_OF.iter().find(|o| o.len() < toks.len() && o.iter().zip(toks).all(|(w, t)| t.is(w))) else { continue };
        let run: Vec<&str> = toks[opening.len()..]
            .iter()
            .take_while(|t| speakers::is_run_word(t))
            .map(|t| t.text)
            .skip_while(|w| words::is_title(&case::to_lower(w)))
            .collect();
        if run.is_empty() {
            continue;
        }
        let name = run.join(" ");
        q.speaker = ctx.people.canonical(&name).map(str::to_string).or_else(|| (run.len() >= 2).then_some(name));
    }
}

/// "Dr. Marsh, you wrote last week that …" in a question: "you" is whoever answers, the speaker
/// of the next turn that is not the asker's. Outside a turn "you" names no one.
fn address_the_answerer(quotes: &mut [Quote], turns: &[Quote]) {
    for q in quotes.iter_mut().filter(|q| q.speaker.as_deref() == Some(speakers::ADDRESSEE)) {
        let i = turns.partition_point(|t| t.sentence_span.start <= q.span.start);
        let asker = i.checked_sub(1).map(|k| &turns[k]).filter(|t| q.span.start < t.sentence_span.end);
        q.speaker = asker.and_then(|asker| turns[i..].iter().take(3).find(|t| t.speaker != asker.speaker)).and_then(|t| t.speaker.clone());
    }
}

/// Transcript turns: a paragraph opening with a label and a colon ("MR. LANE: We disagree.",
/// "SEN. ALDANA: …", "MODERATOR: …", "Nadia Ferreira: …") is the labelled speaker's words. The
/// label needs a title, a role or a name the article gives, so "UPDATE:" or "BREAKING:" are not
/// turns. A label of one surname ("HADDAD:", "Ferreira:") is the full name another label gives.
fn transcript_turns(ctx: &Context) -> Vec<Quote> {
    let mut out = Vec::new();
    // Who "MODERATOR:" is, looked up once ("moderated by …" is searched in the whole text).
    let mut named_roles: Vec<(String, Option<String>)> = Vec::new();
    let mut untitled: Vec<usize> = Vec::new();
    // Turns labelled by a name in mixed case ("Nadia Ferreira:"), which need more evidence than
    // one in capitals: "Read More:" may label several paragraphs.
    let mut mixed_case: Vec<usize> = Vec::new();
    let mut surname_only: Vec<usize> = Vec::new();
    // Turns labelled by a title and a surname ("MR. LANE:", "Ms SMITH:").
    let mut titled_surname: Vec<usize> = Vec::new();
    // A press conference's "Q." (or "Q:") turns: a reporter's questions, which name no one.
    // In an examination (an inquiry's or a court's transcript, "A." answering them) they are
    // counsel's: whoever the transcript says examines ("Examined by MR HALDANE") or the last
    // titled label ("MR HALDANE:") before them; kept with that examiner here.
    let mut questions: Vec<(usize, Option<String>)> = Vec::new();
    // "A." turns: the witness's answers ("MS JANET ORR (affirmed)" names the witness).
    let mut answers: Vec<usize> = Vec::new();
    let mut examiner: Option<String> = None;
    let mut witness: Option<String> = None;
    // "MS JANET ORR (affirmed)" and "Examined by MR HALDANE" may stand as lines the layout
    // reads as headings: found in the text's lines, in order, and taken as the turns pass them.
    let mut oaths: Vec<(usize, bool, &str)> = Vec::new();
    let mut line_start = 0;
    for line in ctx.text.split('\n') {
        if let Some(name) = examined_by(line) {
            oaths.push((line_start, false, name));
        } else if let Some(name) = sworn_witness(line) {
            oaths.push((line_start, true, name));
        }
        line_start += line.len() + 1;
    }
    let mut next_oath = 0;
    for para in ctx.paragraphs {
        while let Some(&(_, is_witness, name)) = oaths.get(next_oath).filter(|o| o.0 < para.start) {
            next_oath += 1;
            if is_witness {
                witness = label_person(ctx, name).or(witness.take());
            } else {
                examiner = label_person(ctx, name).or(examiner.take());
            }
        }
        let body = substr::part(ctx.text, para.clone());
        if interview::is_question(body) || interview::is_answer(body) {
            let is_question = interview::is_question(body);
            let (speaker, cue) = if is_question { (None, interview::QUESTION_CUE) } else { (witness.clone(), interview::ANSWER_CUE) };
            if let Some(turn) = labelled_turn(ctx, para, speaker, cue) {
                if is_question {
                    questions.push((out.len(), examiner.clone()));
                } else {
                    answers.push(out.len());
                }
                out.push(turn);
            }
            continue;
        }
        // "[00:03:12] MARIA LOPEZ: …": a podcast's timestamp before the label is no part of it.
        let lead = timestamp_len(body);
        let (full_label, colon) = match label_with_role(substr::from(body, lead)) {
            Some((label, colon)) => (label, lead + colon),
            None => {
                let rest = substr::from(body, lead);
                let Some(colon) = rest.get(..rest.len().min(48)).and_then(|head| substr::find(head, ":")) else { continue };
                (substr::part(rest, 0..colon), lead + colon)
            }
        };
        // "UNIDENTIFIED PERSON #1:": the number tells voices apart, it names no one.
        let full_label = without_voice_number(full_label);
        // "JAKE TAPPER, CNN ANCHOR:": the name is what comes before the comma.
        let label = full_label.split(',').next().unwrap_or(full_label);
        let letters = || full_label.chars().filter(|c| c.is_alphabetic());
        // "Ms SMITH:", "The Hon. JANE SMITH": a parliamentary record writes the title in
        // mixed case and the name in capitals; the name is read as in a label in capitals.
        let capitals = letters().all(char::is_uppercase) || is_titled_name_in_capitals(label);
        let label_ok = letters().count() >= 2
            && (capitals || is_mixed_case_label(label))
            && full_label.chars().all(|c| c.is_alphabetic() || matches!(c, ' ' | '.' | '-' | '\'' | '’' | ','));
        let said = substr::from(body, colon + 1).trim();
        // "Gov. Alan Brooks: “…”" is a round-up line quoting a writer, not a turn.
        let quoted = !capitals && said.starts_with(['"', '“', '\'', '‘']);
        if !label_ok || quoted || !said.chars().any(char::is_alphanumeric) {
            continue;
        }
        // A name in mixed case keeps its spelling ("McKay"); one in capitals is title-cased.
        // "THE MODERATOR:", "THE PRESIDENT:": the article names a role, not a person.
        let mut words: Vec<String> =
            label.split([' ', '.']).filter(|w| !w.is_empty()).map(|w| if capitals { title_case(w) } else { w.to_string() }).collect();
        if words.len() > 1 && words[0].eq_ignore_ascii_case("the") {
            words.remove(0);
        }
        let titled = words.len() > 1 && words.iter().rev().skip(1).all(|w| words::is_title(&case::to_lower(w)));
        let name_words: Vec<&str> = words.iter().map(String::as_str).skip_while(|w| words::is_title(&case::to_lower(w))).collect();
        let name = name_words.join(" ");
        let at = para.start;
        let anonymous = name_words.last().is_some_and(|w| lexicon::noun(&case::to_lower(w)).is(Noun::ANONYMOUS));
        // "MR HALDANE:" (a title and a name, no role) is counsel, who asks the "Q." after it.
        let counsel = words.len() > 1 && words::is_title(&case::to_lower(&words[0])) && !name.is_empty();
        let speaker = if name.is_empty() {
            // "PRESENTER:" after "Presenter Mark Dunne interviewed …": whoever holds that title;
            // "THE CHAIR:" after "The inquiry is chaired by Dame Frances Lowther"; "Mr SPEAKER:"
            // after "The SPEAKER (Hon. Robert Ainslie) took the chair".
            match words.as_slice() {
                [.., title] => {
                    let role = case::to_lower(title);
                    match ctx.people.by_role(&role, usize::MAX) {
                        Some(p) => Some(p.to_string()),
                        None => match named_roles.iter().find(|(r, _)| *r == role) {
                            Some((_, who)) => who.clone(),
                            None => {
                                let who = role_named_in_text(ctx.text, &role).and_then(|n| label_person(ctx, &n));
                                named_roles.push((role, who.clone()));
                                who
                            }
                        },
                    }
                }
                _ => None,
            }
        } else if words.len() == 1 && name.eq_ignore_ascii_case("witness") {
            // "THE WITNESS:" in an examination: the witness sworn in.
            witness.clone()
        } else if anonymous && ctx.people.canonical(&name).is_none() {
            // "AUDIENCE MEMBER:", "UNIDENTIFIED MALE:": someone the transcript does not name.
            None
        } else if let Some(known) = ctx.people.canonical(&name).filter(|k| substr::has_byte(k, b' ') && gender_fits(ctx, &words, k)) {
            // A surname the text knows only alone ("Mr. Diaz") is completed like any other
            // below: "CARLOS DIAZ:" keeps its full name, and "DIAZ:" takes it.
            Some(known.to_string())
        } else if name_words.len() == 1 && (is_turn_label(&case::to_lower(&name)) || words::is_role_noun(&case::to_lower(&name))) {
            // "MODERATOR:" is whoever the article gave that role, if anyone.
            let role = case::to_lower(&name);
            match ctx.people.by_role(&role, usize::MAX) {
                Some(p) => Some(p.to_string()),
                None if is_turn_label(&role) => match named_roles.iter().find(|(r, _)| *r == role) {
                    Some((_, who)) => who.clone(),
                    None => {
                        let who = role_named_in_text(ctx.text, &role);
                        named_roles.push((role, who.clone()));
                        who
                    }
                },
                None => continue,
            }
        } else if titled {
            // "Ms LEE:" before or after "Ms ANNA LEE (Northcote):": completed below by the
            // full name of another label, and kept whether or not one completes it.
            if name_words.len() == 1 {
                titled_surname.push(out.len());
            }
            Some(name)
        } else if name_words.len() >= 2 && name_words.len() <= 4 && !name_words.iter().any(|w| words::is_org_or_place_word(w)) {
            // "JOHN LANE:" — a full name; it must label more than one turn (below).
            if !capitals {
                mixed_case.push(out.len());
            }
            untitled.push(out.len());
            Some(name)
        } else if name_words.len() == 1 && !titled && (is_name_like(&name) || is_outlet_in(introduction(ctx.text, at), &name)) {
            // "HADDAD:" — resolved below against the full names of the other labels; "Gazette:"
            // after "Gazette reporter Tom Ashby" is the outlet's question ([`outlet_labels`]).
            surname_only.push(out.len());
            Some(name)
        } else {
            continue;
        };
        let start = at + colon + 1 + (substr::from(body, colon + 1).len() - substr::from(body, colon + 1).trim_start().len());
        // "(APPLAUSE)" around the words is not part of them, nor of the quote's span.
        let inside = inside_stage_directions(said);
        let said = substr::part(said, inside.clone());
        if !said.chars().any(char::is_alphanumeric) {
            continue;
        }
        let start = start + inside.start;
        let range = start..start + said.len();
        if counsel && speaker.is_some() && speaker != witness {
            examiner = speaker.clone();
        }
        out.push(Quote {
            speaker,
            kind: QuoteKind::Direct,
            text: without_stage_directions(&one_line(said)),
            cue: Some(":".to_string()),
            sentence: one_line(body),
            span: span(&range),
            sentence_span: span(para),
            date: None,
        });
    }
    let mut to_complete = surname_only.clone();
    to_complete.extend_from_slice(&titled_surname);
    let confirmed = resolve_surname_labels(&mut out, &untitled, &to_complete);
    surnames_from_introduction(ctx, &mut out, &surname_only);
    let outlet_labels = outlet_labels(ctx, &mut out, &surname_only);
    // A bare name labelling a single turn may be a heading ("BREAKING NEWS: …"): not a turn,
    // unless a surname label confirms it. A name in mixed case always needs that confirmation.
    let mut names: Vec<&str> = untitled.iter().filter_map(|&i| out[i].speaker.as_deref()).collect();
    sort::sort_by(&mut names, |a, b| a < b);
    let once: Vec<String> = names.iter().enumerate().filter(|&(k, n)| names.get(k + 1) != Some(n) && (k == 0 || names[k - 1] != *n)).map(|(_, n)| n.to_string()).collect();
    let mut keep = vec![true; out.len()];
    for &i in &untitled {
        // `once` and `confirmed` are sorted: binary searches keep this linear-logarithmic.
        let name = out[i].speaker.as_ref();
        let is_confirmed = name.is_some_and(|s| confirmed.binary_search(s).is_ok());
        let single = name.is_some_and(|s| once.binary_search(s).is_ok());
        keep[i] = is_confirmed || (!single && mixed_case.binary_search(&i).is_err());
    }
    for &i in &surname_only {
        // A surname no label or person of the article completes is no one's.
        keep[i] = out[i].speaker.as_deref().is_some_and(|s| substr::has_byte(s, b' ') || ctx.people.canonical(s).is_some()) || outlet_labels.contains(&i);
    }
    // "A." answers make an examination of a transcript with labelled turns besides them ("MR
    // HALDANE:", "THE CHAIR:"); otherwise they are no turns here ("A. J. Reyes said …"), and a
    // Q&A of "Q:" and "A:" alone is read by [`interview::turns`].
    let labelled = keep.iter().enumerate().filter(|&(i, &k)| k && out[i].cue.as_deref() == Some(":")).count();
    let examination = !questions.is_empty() && !answers.is_empty() && labelled >= 2;
    for &(i, ref by) in &questions {
        keep[i] = true;
        if examination {
            out[i].speaker.clone_from(by);
        }
    }
    for &i in &answers {
        keep[i] = examination;
    }
    let mut k = 0;
    out.retain(|_| {
        k += 1;
        keep[k - 1]
    });
    // One turn is a label that happens to look like one; a transcript has several, besides the
    // questions and answers.
    if out.iter().filter(|t| t.cue.as_deref() == Some(":")).count() < 2 {
        out.clear();
    }
    continue_turns_over_paragraphs(ctx, &mut out);
    out
}

/// A label without the number a transcript gives unnamed voices ("UNIDENTIFIED PERSON #1" →
/// "UNIDENTIFIED PERSON").
fn without_voice_number(label: &str) -> &str {
    match label.rsplit_once(" #") {
        Some((head, number)) if !number.is_empty() && number.bytes().all(|b| b.is_ascii_digit()) => head,
        _ => label,
    }
}

/// "Examined by MR HALDANE", "Cross-examined by Ms Patel": the examiner's label, if the
/// paragraph is only that.
fn examined_by(body: &str) -> Option<&str> {
    const OPENINGS: [&str; 5] = ["examined by ", "cross-examined by ", "re-examined by ", "further examined by ", "questioned by "];
    let body = body.trim();
    if body.len() > 80 || body.contains([':', ',', '"', '“']) || body.ends_with(['.', '?', '!']) {
        return None;
    }
    let head = case::to_lower(substr::upto(body, floor_boundary(body, body.len().min(24))));
    let open = OPENINGS.iter().find(|o| head.starts_with(*o))?;
    let rest = substr::from(body, open.len()).trim();
    (!rest.is_empty()).then_some(rest)
}

/// "MS JANET ORR (affirmed)", "Dr Alan Reid (sworn)": the witness's name, if the paragraph is
/// only that.
fn sworn_witness(body: &str) -> Option<&str> {
    const OATHS: [&str; 4] = ["(sworn)", "(affirmed)", "(recalled)", "(sworn in)"];
    let body = body.trim();
    if body.len() > 80 {
        return None;
    }
    let lower = case::to_lower(body);
    let oath = OATHS.iter().find(|o| lower.ends_with(*o))?;
    let name = substr::upto(body, body.len() - oath.len()).trim();
    let words = name.split(' ').filter(|w| !w.is_empty()).count();
    ((1..=5).contains(&words) && name.chars().all(|c| c.is_alphabetic() || matches!(c, ' ' | '.' | '-' | '\'' | '’'))).then_some(name)
}

/// The person a label's words name ("MS JANET ORR", "MR HALDANE", "Dame Frances Lowther"): its
/// titles dropped, capitals title-cased, completed to the full name the article knows.
fn label_person(ctx: &Context, label: &str) -> Option<String> {
    let capitals = label.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase);
    let words: Vec<String> =
        label.split([' ', '.']).filter(|w| !w.is_empty()).map(|w| if capitals { title_case(w) } else { w.to_string() }).collect();
    let name = words.iter().map(String::as_str).skip_while(|w| words::is_title(&case::to_lower(w))).collect::<Vec<_>>().join(" ");
    if name.is_empty() {
        return None;
    }
    Some(ctx.people.canonical(&name).map_or(name, str::to_string))
}

/// A "Q." or "A." turn of a transcript ("Q. When will you decide?"): a direct quote of `speaker`
/// with `cue`; a reporter's question names no one, and is given the cue of a Q&A's questions, so
/// that what it quotes is reported as anywhere else.
fn labelled_turn(ctx: &Context, para: &Range<usize>, speaker: Option<String>, cue: &str) -> Option<Quote> {
    let body = substr::part(ctx.text, para.clone());
    let after_label = substr::from(body, 2);
    let said = after_label.trim();
    let start = para.start + 2 + (after_label.len() - after_label.trim_start().len());
    let inside = inside_stage_directions(said);
    let said = substr::part(said, inside.clone());
    let range = start + inside.start..start + inside.start + said.len();
    said.chars().any(char::is_alphanumeric).then(|| Quote {
        speaker,
        kind: QuoteKind::Direct,
        text: without_stage_directions(&one_line(said)),
        cue: Some(cue.to_string()),
        sentence: one_line(body),
        span: span(&range),
        sentence_span: span(para),
        date: None,
    })
}

/// "MS. LOWE:" is not Tim Lowe: a label's titles ("Mr.", "Ms.", "Mrs.") must not say the other
/// gender than the person's title, first name or pronouns.
fn gender_fits(ctx: &Context, label_words: &[String], person: &str) -> bool {
    let titled = label_words.iter().rev().skip(1).find_map(|w| {
        let noun = lexicon::noun(&case::to_lower(w));
        if noun.is(Noun::MALE) {
            Some("he")
        } else if noun.is(Noun::FEMALE) {
            Some("she")
        } else {
            None
        }
    });
    match (titled, ctx.people.gender_of(person)) {
        (Some(a), Some(b)) => a == b,
        _ => true,
    }
}

/// Longest label with a role in parentheses, in bytes ("Helen Marsh (Society for Emergency …):").
const LABEL_WITH_ROLE_LEN: usize = 96;

/// "Tom Achebe (Health Secretary): …", as broadcasters label a guest's first turn, or "Mr DAVID
/// KOWALSKI (Bayside) (14:31): …", as a parliamentary record labels a member's (the electorate
/// and the time): the label without its parenthesised groups, and the byte offset of the colon
/// that ends them. The first colon outside parentheses must follow the last group, so "LANE: We
/// said (twice): no" keeps its own label.
fn label_with_role(body: &str) -> Option<(&str, usize)> {
    let head = substr::upto(body, floor_boundary(body, body.len().min(LABEL_WITH_ROLE_LEN)));
    let mut depth = 0usize;
    let colon = head.char_indices().find_map(|(i, c)| {
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            ':' if depth == 0 => return Some(i),
            _ => {}
        }
        None
    })?;
    let mut label = substr::upto(head, colon).trim_end();
    let mut groups = 0;
    while let Some(inner) = label.strip_suffix(')') {
        let open = inner.as_bytes().windows(2).rposition(|w| w == b" (")?;
        let group = substr::from(inner, open + 2);
        // A role or an electorate ("Minister for Transport", "Bayside"), or a time ("14:31").
        let role = group.chars().all(|c| c.is_alphanumeric() || matches!(c, ' ' | '.' | '-' | '\'' | '’' | ',')) && group.chars().any(char::is_alphabetic);
        let time = group.contains(':') && group.chars().all(|c| c.is_ascii_digit() || matches!(c, ':' | '.'));
        if !(role || time) || groups == 3 {
            return None;
        }
        label = substr::upto(inner, open).trim_end();
        groups += 1;
    }
    (groups > 0 && !label.is_empty()).then_some((label, colon))
}

/// The length of a timestamp opening a podcast's turn ("[00:03:12] ", "(03:12) ", "00:03:12 "),
/// with the space after it; 0 if there is none.
fn timestamp_len(body: &str) -> usize {
    let (inner_from, close) = match body.as_bytes().first() {
        Some(b'[') => (1, Some(b']')),
        Some(b'(') => (1, Some(b')')),
        _ => (0, None),
    };
    let bytes = body.as_bytes();
    let mut k = inner_from;
    let mut colons = 0;
    while k < bytes.len() && k < inner_from + 12 && (bytes[k].is_ascii_digit() || bytes[k] == b':' || bytes[k] == b'.') {
        colons += usize::from(bytes[k] == b':');
        k += 1;
    }
    let digits_ok = colons >= 1 && k > inner_from && bytes[inner_from].is_ascii_digit() && bytes[k - 1].is_ascii_digit();
    if !digits_ok {
        return 0;
    }
    if let Some(close) = close {
        if bytes.get(k) != Some(&close) {
            return 0;
        }
        k += 1;
    }
    if bytes.get(k) != Some(&b' ') {
        return 0;
    }
    k + 1
}

/// "Ms SMITH", "Mr SPEAKER", "The Hon. JANE SMITH": one or more titles in mixed case, then words
/// in capitals, as a parliamentary record labels its members.
fn is_titled_name_in_capitals(label: &str) -> bool {
    let mut words = label.split(' ').filter(|w| !w.is_empty()).peekable();
    if words.peek().is_some_and(|w| *w == "The") {
        words.next();
    }
    let mut titles = 0;
    while words.peek().is_some_and(|w| w.chars().any(char::is_lowercase) && words::is_title(&case::to_lower(w))) {
        titles += 1;
        words.next();
    }
    let rest: Vec<&str> = words.collect();
    titles > 0
        && !rest.is_empty()
        && rest.len() <= 4
        && rest.iter().all(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 2 && w.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase))
}

/// A turn runs over the unlabelled paragraphs up to the next turn ("KAREN LOWE: Because …" then
/// "I have lived here for 40 years."): their words join its own; the last turn keeps to its
/// paragraph, as an article may end with a note.
fn continue_turns_over_paragraphs(ctx: &Context, turns: &mut [Quote]) {
    for k in 1..turns.len() {
        let (from, to) = (turns[k - 1].sentence_span.end, turns[k].sentence_span.start);
        let first = ctx.paragraphs.partition_point(|p| p.start < from);
        let last = ctx.paragraphs.partition_point(|p| p.start < to);
        if first >= last {
            continue;
        }
        let turn = &mut turns[k - 1];
        for para in &ctx.paragraphs[first..last] {
            let words = without_stage_directions(substr::part(ctx.text, para.clone()));
            if words.chars().any(char::is_alphanumeric) && !is_interjection_note(&words) {
                turn.text.push(' ');
                turn.text.push_str(&words);
                turn.span.end = para.end;
            }
            turn.sentence_span.end = para.end;
        }
        // The sentence is what its span holds, stage directions ("[CROSSTALK]") included.
        turn.sentence = one_line(substr::part(ctx.text, turn.sentence_span.start..turn.sentence_span.end));
    }
}

/// "Honourable members interjecting—", "Mr KOWALSKI interjected.", "Opposition members
/// interjecting.": a parliamentary record's note of interjections, a stage direction that is no
/// part of the turn it follows.
fn is_interjection_note(paragraph: &str) -> bool {
    const WHO: [&str; 7] = ["members", "member", "honourable", "honorable", "government", "opposition", "crossbench"];
    let p = paragraph.trim().trim_end_matches(['—', '–', '-', '.', ' ']);
    let Some((who, verb)) = p.rsplit_once(' ') else { return false };
    let words: Vec<&str> = who.split(' ').filter(|w| !w.is_empty()).collect();
    // The interjectors alone before the verb: names, titles and "members", no sentence.
    (1..=5).contains(&words.len())
        && matches!(verb, "interjecting" | "interjected")
        && words.iter().all(|w| w.starts_with(char::is_uppercase) || WHO.contains(w))
        && p.starts_with(char::is_uppercase)
}

/// A label in mixed case: one to four words, each capitalised ("Nadia Ferreira", "Sen. Adler").
fn is_mixed_case_label(label: &str) -> bool {
    let words = label.split(' ').filter(|w| !w.is_empty());
    (1..=4).contains(&words.clone().count()) && words.into_iter().all(|w| w.chars().next().is_some_and(char::is_uppercase))
}

/// A word that may be a surname: letters (an apostrophe or hyphen inside), not a word of the
/// lexicon's tables ("Update", "Photo", "Note") nor of an organisation or place.
fn is_name_like(word: &str) -> bool {
    let lower = case::to_lower(word);
    word.chars().count() >= 2
        && word.chars().all(|c| c.is_alphabetic() || matches!(c, '\'' | '’' | '-'))
        && lexicon::noun(&lower) == Noun::default()
        && lexicon::verb_id(&lower) == 0
        && !words::is_org_or_place_word(word)
        && !words::is_capitalized_stopword(word)
}

/// Gives each surname label ("HADDAD:") the one full name of another label that ends with it
/// ("LEILA HADDAD, HOST:"); returns those full names, sorted: their labels are confirmed.
fn resolve_surname_labels(turns: &mut [Quote], full: &[usize], surname_only: &[usize]) -> Vec<String> {
    if surname_only.is_empty() {
        return Vec::new();
    }
    // (last word, full name), sorted; a last word of two different full names resolves nothing.
    let mut by_last: Vec<(String, String)> = full
        .iter()
        .filter_map(|&i| turns[i].speaker.as_deref())
        .filter_map(|s| s.rsplit_once(' ').map(|(_, last)| (last.to_string(), s.to_string())))
        .collect();
    sort::sort_by(&mut by_last, |a, b| a < b);
    by_last.dedup();
    // (first word, full name), sorted: a podcast's later labels may give the first name alone
    // ("MARIA:" after "MARIA LOPEZ:"), taken when no full name ends with the word.
    let mut by_first: Vec<(String, String)> = full
        .iter()
        .filter_map(|&i| turns[i].speaker.as_deref())
        .filter_map(|s| s.split_once(' ').map(|(first, _)| (first.to_string(), s.to_string())))
        .collect();
    sort::sort_by(&mut by_first, |a, b| a < b);
    by_first.dedup();
    let one_owner = |table: &[(String, String)], word: &str| -> Option<Option<String>> {
        let from = table.partition_point(|(l, _)| l.as_str() < word);
        let mut owners = table[from..].iter().take_while(|(l, _)| l == word);
        match (owners.next(), owners.next()) {
            (None, _) => None,
            (Some((_, name)), None) => Some(Some(name.clone())),
            _ => Some(None),
        }
    };
    let mut confirmed = Vec::new();
    for &i in surname_only {
        let Some(last) = turns[i].speaker.clone() else { continue };
        if let Some(Some(name)) = one_owner(&by_last, &last).or_else(|| one_owner(&by_first, &last)) {
            confirmed.push(name.clone());
            turns[i].speaker = Some(name);
        }
    }
    sort::sort_by(&mut confirmed, |a, b| a < b);
    confirmed.dedup();
    confirmed
}

/// "TORRES:" or "Webb:" that no other label completes: the one full name ending in it that the
/// text writes before the first turn ("Angela Torres became chief …", "Marcus Webb of The
/// Gazette spoke with her"), as an interview's introduction does.
fn surnames_from_introduction(ctx: &Context, turns: &mut [Quote], surname_only: &[usize]) {
    let Some(first_turn) = turns.first().map(|t| t.sentence_span.start) else { return };
    let lone = |q: &Quote| q.speaker.as_deref().filter(|s| !substr::has_byte(s, b' ')).map(str::to_string);
    let mut open: Vec<String> = surname_only.iter().filter_map(|&i| lone(&turns[i])).collect();
    if open.is_empty() {
        return;
    }
    sort::sort_by(&mut open, |a, b| a < b);
    open.dedup();
    let names = full_names(ctx.text, &open.iter().map(String::as_str).collect::<Vec<_>>());
    for &i in surname_only {
        if let Some(full) = lone(&turns[i]).and_then(|last| full_name_before(&names, &last, first_turn)) {
            turns[i].speaker = Some(full);
        }
    }
}

/// A one-word label that the introduction calls an outlet ("Gazette: …" after "Gazette reporter
/// Tom Ashby spoke with her" or "she told the Gazette"): the outlet's questions, which name no
/// one, like a print Q&A's "Q:". Returns their turns' indices; a label a full name completed
/// is left alone.
fn outlet_labels(ctx: &Context, turns: &mut [Quote], surname_only: &[usize]) -> Vec<usize> {
    let Some(first_turn) = turns.first().map(|t| t.sentence_span.start) else { return Vec::new() };
    let intro = introduction(ctx.text, first_turn);
    let mut found = Vec::new();
    for &i in surname_only {
        let Some(label) = turns[i].speaker.as_deref().filter(|s| !substr::has_byte(s, b' ')) else { continue };
        if is_outlet_in(intro, label) {
            turns[i].speaker = None;
            found.push(i);
        }
    }
    found
}

/// Longest introduction read for an outlet's name, in bytes: each label reads it again, so it
/// is bounded to keep many labels linear.
const INTRODUCTION_LEN: usize = 1500;

/// The text before byte `upto`, at most its first [`INTRODUCTION_LEN`] bytes.
fn introduction(text: &str, upto: usize) -> &str {
    substr::upto(text, floor_boundary(text, upto.min(INTRODUCTION_LEN).min(text.len())))
}

/// `name` stands in `intro` as an outlet does: after "the" ("told the Gazette") or before the
/// noun of its staff ("Gazette reporter", "Herald editor").
fn is_outlet_in(intro: &str, name: &str) -> bool {
    let mut from = 0;
    while let Some(at) = substr::find(substr::from(intro, from), name).map(|k| from + k) {
        from = at + name.len();
        let before = substr::upto(intro, at);
        let after = substr::from(intro, from);
        let whole_word = !before.ends_with(char::is_alphanumeric) && !after.starts_with(char::is_alphanumeric);
        let after_the = before.ends_with("the ") || before.ends_with("The ");
        let staff = after.strip_prefix(' ').and_then(|a| a.split(|c: char| !c.is_alphabetic()).next()).is_some_and(|w| {
            let w = case::to_lower(w);
            is_turn_label(&w) || matches!(w.as_str(), "correspondent" | "editor" | "writer" | "columnist")
        });
        if whole_word && (after_the || staff) {
            return true;
        }
    }
    false
}

/// "Tom Riley disagreed:" / "The mayor was blunt:" before a quotation: a verb that is no
/// speech verb, but whose named subject says what follows.
fn colon_subject(toks: &[Tok]) -> Option<(Found, usize)> {
    let n = toks.len();
    if n < 3 || toks[n - 1].text != ":" {
        return None;
    }
    let verb = n - 2;
    let lower = toks[verb].lower();
    let verb_like = toks[verb].is_word() && !toks[verb].is_capitalized() && (lower.ends_with("ed") || matches!(lower.as_ref(), "was" | "were" | "is" | "blunt"));
    if !verb_like {
        return None;
    }
    let subject_end = if toks[verb].is_any(&["blunt"]) { verb.checked_sub(1)? } else { verb };
    let named = |f: &Found| matches!(f.who, Who::Person(_) | Who::Org(_) | Who::Role(_));
    if let Some(found) = possessor_of_a_saying(toks, subject_end).filter(named) {
        return Some((found, verb));
    }
    speakers::subject_before(toks, subject_end).filter(named).map(|f| (f, verb))
}

/// "Roe’s message to the agency was blunt:", "The union’s response was short:": the one whose
/// message (reply, answer, warning …) the subject is, not what it was addressed to.
fn possessor_of_a_saying(toks: &[Tok], subject_end: usize) -> Option<Found> {
    const SAYINGS: [&str; 10] = ["message", "response", "reply", "answer", "verdict", "warning", "advice", "reaction", "retort", "view"];
    let k = (subject_end.saturating_sub(7)..subject_end).find(|&k| toks[k].is_any(&SAYINGS))?;
    let owner = k.checked_sub(1).filter(|&o| words::strip_possessive(toks[o].text) != toks[o].text)?;
    speakers::subject_before(toks, owner + 1)
}

/// Round-up style: "Dana Ellis, The Daily Ledger: “…”" opens a paragraph with the writer and
/// the publication; "The Evening Post, editorial: “…”" is the paper itself.
fn roundup_label(ctx: &Context, pi: usize, open: usize) -> Option<String> {
    let para = &ctx.paragraphs[pi];
    if open < para.start || open - para.start > 120 {
        return None;
    }
    let toks = words::tokenize(ctx.text, para.start..open);
    let (colon, label) = toks.split_last()?;
    // "Gov. Alan Brooks:" needs no affiliation after a comma; a bare "Alan Brooks:" does.
    let comma = label.iter().position(|t| t.text == ",");
    let (head, tail) = match comma {
        Some(c) => (&label[..c], &label[c + 1..]),
        None => (label, &label[label.len()..]),
    };
    let names_from = usize::from(head.first().is_some_and(|t| t.is("the")));
    let head_ok = (1..=5).contains(&head.len()) && head[names_from..].iter().all(speakers::is_run_word);
    let tail_ok = colon.text == ":"
        && (comma.is_none() || tail.iter().any(Tok::is_word))
        && tail.len() <= 10
        && tail.iter().all(|t| !t.is_word() || t.is_capitalized() || t.is_any(&["editorial", "blog", "column", "columnist", "editor", "opinion", "of", "the", "and"]))
        && !tail.iter().any(|t| words::cue(t).is_some());
    if !head_ok || !tail_ok || names_from >= head.len() {
        return None;
    }
    let editorial = names_from == 1 || tail.iter().any(|t| t.is("editorial"));
    let found = speakers::split_run(head, names_from, head.len() - 1);
    let name = match found.who {
        Who::Person(name) if comma.is_some() || found.role.is_some() => name,
        // "Linda Park, State Policy Institute:": a name with a place word is still the writer.
        Who::Person(name) | Who::Org(name) if editorial || comma.is_some() => name,
        _ => return None,
    };
    if !editorial && found.role.is_none() && !substr::has_byte(&name, b' ') {
        return None;
    }
    Some(ctx.people.canonical(&name).unwrap_or(&name).to_string())
}

/// A speaker that is one capitalised word no person of the article owns ("Lowe" when only
/// "mayoral candidates Karen Lowe and …" named her, without the evidence `people` needs).
fn is_lone_surname(ctx: &Context, speaker: &str) -> bool {
    !substr::has_byte(speaker, b' ')
        && speaker.chars().next().is_some_and(char::is_uppercase)
        && speaker.chars().skip(1).any(char::is_lowercase)
        && !words::is_org_or_place_word(speaker)
        && !words::is_org_noun(&case::to_lower(speaker))
        && ctx.people.canonical(speaker).is_none_or(|c| c == speaker)
}

/// Every "First Last" of the text whose last name is one of `surnames` (sorted), with the
/// offset of the mention: (last, full name, offset), sorted by last name. Each surname is
/// searched for in the text (a few of them at most, to stay linear), and only the words around
/// a hit are read.
fn full_names(text: &str, surnames: &[&str]) -> Vec<(String, String, usize)> {
    let mut out: Vec<(String, String, usize)> = Vec::new();
    for last in surnames.iter().take(8) {
        each_mention(text, last, |toks, k| {
            let (Some(first), Some(surname)) = (k.checked_sub(1).map(|f| &toks[f]), toks.get(k)) else { return };
            // Not the middle of a longer run ("Central High School"): the pair ends the run.
            let ends_run = toks.get(k + 1).is_none_or(|n| !speakers::is_run_word(n));
            if words::strip_possessive(surname.text) == *last && is_plain_name_word(first) && ends_run && spaced_pair(text, first, surname) {
                out.push((last.to_string(), first.text.to_string() + " " + last, first.span.start));
            }
        });
    }
    sort::sort_by(&mut out, |a, b| (&a.0, a.2) < (&b.0, b.2));
    out
}

/// Every "First Last" of the text whose first name is one of `firsts`, with the offset of the
/// mention: (first, full name, offset), sorted by first name, as [`full_names`] gives them by
/// last name. The last name is a plain capitalised word that ends the run ("Jamal Reid's").
fn names_by_first_word(text: &str, firsts: &[&str]) -> Vec<(String, String, usize)> {
    let mut out: Vec<(String, String, usize)> = Vec::new();
    for first in firsts.iter().take(8) {
        each_mention(text, first, |toks, k| {
            let (Some(given), Some(last)) = (toks.get(k), toks.get(k + 1)) else { return };
            // The pair is the whole run: nothing capitalised before or after it.
            let starts_run = k.checked_sub(1).is_none_or(|p| !speakers::is_run_word(&toks[p]));
            let ends_run = toks.get(k + 2).is_none_or(|n| !speakers::is_run_word(n)) || words::strip_possessive(last.text) != last.text;
            let plain = is_plain_name_word(given) && is_plain_name_word(last);
            if given.text == *first && plain && starts_run && ends_run && spaced_pair(text, given, last) {
                out.push((first.to_string(), [first, " ", words::strip_possessive(last.text)].concat(), given.span.start));
            }
        });
    }
    sort::sort_by(&mut out, |a, b| (&a.0, a.2) < (&b.0, b.2));
    out
}

/// Calls `found` with the words around each place `word` is written in `text` and the index of
/// the word that starts there (only the words around a hit are read: linear in the text).
fn each_mention(text: &str, word: &str, mut found: impl FnMut(&[Tok], usize)) {
    let mut from = 0;
    while let Some(hit) = substr::find(substr::from(text, from), word) {
        let at = from + hit;
        from = at + word.len();
        let window = floor_boundary(text, at.saturating_sub(40))..ceil_boundary(text, (from + 40).min(text.len()));
        let toks = words::tokenize(text, window);
        if let Some(k) = toks.iter().position(|t| t.span.start == at) {
            found(&toks, k);
        }
    }
}

/// A capitalised word that can be part of a person's name: no title, organisation or place
/// word, no initial.
fn is_plain_name_word(t: &Tok) -> bool {
    speakers::is_run_word(t) && !words::is_title(t.text) && !words::is_org_or_place_word(t.text) && !substr::has_byte(t.text, b'.')
}

/// Whether `a` and `b` are written one space apart.
fn spaced_pair(text: &str, a: &Tok, b: &Tok) -> bool {
    a.span.end + 1 == b.span.start && text.as_bytes().get(a.span.end) == Some(&b' ')
}

/// The one full name with this last name written before byte `at`, if exactly one.
fn full_name_before(names: &[(String, String, usize)], last: &str, at: usize) -> Option<String> {
    let from = names.partition_point(|n| n.0.as_str() < last);
    let mut found = names[from..].iter().take_while(|n| n.0 == last).filter(|n| n.2 < at).map(|n| &n.1);
    let first = found.next()?;
    found.all(|n| n == first).then(|| first.clone())
}

/// "It was moderated by Ed Price of WKTV": the person a transcript's "MODERATOR:" is.
fn role_named_in_text(text: &str, role: &str) -> Option<String> {
    let phrase = match role {
        "moderator" => "moderated by ",
        "host" => "hosted by ",
        "interviewer" => "interviewed by ",
        "chair" | "chairman" | "chairwoman" | "chairperson" => "chaired by ",
        _ => return role_in_parentheses(text, role),
    };
    let at = substr::find(text, phrase)? + phrase.len();
    let toks = words::tokenize(text, at..ceil_boundary(text, (at + 80).min(text.len())));
    let run = toks.iter().take_while(|t| speakers::is_run_word(t)).count();
    (run >= 2).then(|| toks[..run].iter().map(|t| t.text).collect::<Vec<_>>().join(" "))
}

/// "The SPEAKER (Hon. Robert Ainslie) took the chair", as a parliamentary record names its
/// presiding officer: the name in the parentheses after the role (in capitals or not), without
/// its titles. Only the first such role in the text is read.
fn role_in_parentheses(text: &str, role: &str) -> Option<String> {
    let upper = role.to_ascii_uppercase();
    let at = [["The ", &upper, " ("].concat(), ["The ", &title_case(role), " ("].concat()].iter().filter_map(|p| substr::find(text, p).map(|k| k + p.len())).min()?;
    let close = substr::find(substr::upto(substr::from(text, at), floor_boundary(substr::from(text, at), 60.min(text.len() - at))), ")")?;
    let inside = substr::part(text, at..at + close);
    let words: Vec<&str> = inside.split([' ', '.']).filter(|w| !w.is_empty()).skip_while(|w| words::is_title(&case::to_lower(w))).collect();
    let name_like = words.iter().all(|w| w.starts_with(char::is_uppercase) && w.chars().all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’')));
    ((2..=4).contains(&words.len()) && name_like).then(|| words.join(" "))
}

fn title_case(word: &str) -> String {
    let lower = case::to_lower(word);
    let mut chars = lower.chars();
    chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

/// Longest stage direction, in bytes ("(INAUDIBLE CROSSTALK)").
const STAGE_LEN: usize = 48;

/// The length of the stage direction `s` opens with ("(LAUGHTER)": a parenthesis or bracket in capitals,
/// standing as a word, whose first word is a stage word of the lexicon), if any. Only a short
/// stretch is read, so a turn of many "(" stays linear.
fn stage_direction_at(s: &str) -> Option<usize> {
    // "(LAUGHTER)" or, as some broadcasters write them, "[CROSSTALK]".
    let (after, close) = match s.strip_prefix('(') {
        Some(after) => (after, ")"),
        None => (s.strip_prefix('[')?, "]"),
    };
    let near = substr::upto(after, floor_boundary(after, after.len().min(STAGE_LEN)));
    let inner = substr::upto(after, substr::find(near, close)?);
    let len = inner.len() + 2;
    let stands_alone = substr::from(s, len).chars().next().is_none_or(|c| c.is_whitespace() || matches!(c, '.' | ',' | ';'));
    // "(LAUGHTER)", or as sports transcripts write them "(Laughter.)", "(Smiling)": in
    // capitals, or one or two words in sentence case, the first a stage word of the lexicon.
    let inner = inner.strip_suffix('.').unwrap_or(inner);
    let capitals = inner.bytes().all(|b| b.is_ascii_uppercase() || b == b' ');
    let sentence_case = inner.starts_with(|c: char| c.is_ascii_uppercase())
        && inner.split(' ').count() <= 2
        && inner.bytes().all(|b| b.is_ascii_alphabetic() || b == b' ');
    // "[crosstalk]", "[laughs]": podcasts' transcription services write them in lower case, in
    // square brackets.
    let lower_bracketed = close == "]" && inner.split(' ').count() <= 2 && inner.bytes().all(|b| b.is_ascii_lowercase() || b == b' ');
    let stage = (capitals || sentence_case || lower_bracketed) && inner.split(' ').next().is_some_and(|w| lexicon::noun(&case::to_lower(w)).is(Noun::STAGE));
    (stands_alone && stage).then_some(len)
}

/// The part of a turn without the stage directions it opens and ends with, as a byte range of
/// `said` ("(APPLAUSE) Thank you. (LAUGHTER)" → "Thank you.").
fn inside_stage_directions(said: &str) -> Range<usize> {
    let mut from = 0;
    loop {
        from = said.len() - substr::from(said, from).trim_start().len();
        match stage_direction_at(substr::from(said, from)) {
            Some(len) => from += len,
            None => break,
        }
    }
    let mut to = said.len();
    loop {
        to = from + substr::part(said, from..to).trim_end().len();
        let tail_from = floor_boundary(said, to.saturating_sub(STAGE_LEN + 2).max(from));
        let Some(open) = substr::part(said, tail_from..to).rfind(['(', '[']).map(|k| tail_from + k) else { break };
        let word_start = open == from || substr::upto(said, open).ends_with(char::is_whitespace);
        if !word_start || stage_direction_at(substr::part(said, open..to)) != Some(to - open) {
            break;
        }
        to = open;
    }
    from..to
}

/// A turn's words without the transcriber's stage directions inside them ("I promise.
/// (LAUGHTER) Let me finish." → "I promise. Let me finish.").
fn without_stage_directions(said: &str) -> String {
    let mut out = String::with_capacity(said.len());
    let mut rest = said;
    while let Some(open) = rest.find(['(', '[']) {
        let before = if open == 0 { out.as_str() } else { substr::upto(rest, open) };
        let word_start = before.is_empty() || before.ends_with(char::is_whitespace);
        match stage_direction_at(substr::from(rest, open)).filter(|_| word_start) {
            Some(len) => {
                out.push_str(substr::upto(rest, open).trim_end());
                rest = substr::from(rest, open + len);
            }
            None => {
                out.push_str(substr::upto(rest, open + 1));
                rest = substr::from(rest, open + 1);
            }
        }
    }
    out.push_str(rest);
    one_line(&out)
}

/// Nouns by which news text refers back to a company named earlier ("the company said").
fn is_company_noun(noun: &str) -> bool {
    lexicon::noun(noun).is(Noun::COMPANY)
}

/// Labels of transcript turns that name a role and no one ("MODERATOR:").
fn is_turn_label(word: &str) -> bool {
    lexicon::noun(word).is(Noun::TURN_LABEL)
}

/// Organisations named as a sentence's subject ("Norwegian utility Nordvik Energy will cut …"),
/// with their byte offsets.
fn organisation_subjects(ctx: &Context) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    for (s, sentence_toks) in ctx.sentences.iter().zip(ctx.tokens) {
        // The sentence's head: its tokens, read again only when it is longer than that.
        let head_end = ceil_boundary(ctx.text, s.end.min(s.start + 300));
        let cut;
        let toks: &[Tok] = if head_end == s.end {
            sentence_toks
        } else {
            cut = words::tokenize(ctx.text, s.start..head_end);
            &cut
        };
        let start = after_dateline(toks);
        if let Some(name) = company_with_ticker(toks, start) {
            out.push((toks[start].span.start, name));
            continue;
        }
        // The verb: the first lower-case word that does not describe a following name.
        // "Deputies with the Carver County Sheriff's Office arrested Kyle Danner": a past tense
        // before a name is the verb, not a word describing the name ("retired Gen. X" is).
        let past_before_name = |k: usize| toks[k].text.ends_with("ed") && !toks[k].is_any(&["retired", "disgraced", "embattled", "jailed", "detained"]);
        let verb_like = |k: usize| {
            toks[k].is_word()
                && !toks[k].is_capitalized()
                && !is_connective(&toks[k])
                && (!toks.get(k + 1).is_some_and(speakers::is_run_word) || past_before_name(k))
        };
        let Some(k) = (start + 1..toks.len().min(start + 14)).find(|&k| verb_like(k)) else {
            continue;
        };
        let possessive = k > 0 && words::strip_possessive(toks[k - 1].text) != toks[k - 1].text;
        if let Some(Found { who: Who::Org(name), start: at, .. }) = speakers::subject_before(toks, k).filter(|_| !possessive) {
            let named = name.split_whitespace().nth(1).is_some()
                || name.split_whitespace().any(|w| words::is_org_or_place_word(w) || words::is_org_noun(w));
            // "Facility in Bastrop County will …": a place after a preposition is no subject
            // ("Shares in Coldridge Mining jumped" still name the company).
            let place = name.rsplit(' ').next().is_some_and(|w| matches!(w, "County" | "City" | "Town" | "State" | "Province" | "Region" | "District" | "Valley" | "Island" | "Islands"));
            let after_preposition = place && at > 0 && toks[at - 1].is_any(&["in", "at", "for", "from", "near", "of", "on", "to", "with", "by"]);
            // "Construction is scheduled to begin …": a business's word alone is a noun, no name.
            let common_noun = !substr::has_byte(&name, b' ') && words::in_list(&BUSINESS_WORDS, &case::to_lower(&name));
            if at <= start + 3 && named && !common_noun && !after_preposition && name.starts_with(char::is_uppercase) && ctx.people.canonical(&name).is_none() {
                out.push((toks[at].span.start, org_name(&name)));
            }
        }
    }
    out
}

/// "Corvane Energy Inc. (NASDAQ: CRVN), a maker of …": a company opening a sentence with its
/// stock ticker in parentheses; its name without the legal form.
fn company_with_ticker(toks: &[Tok], start: usize) -> Option<String> {
    let run = toks[start..].iter().take(6).take_while(|t| speakers::is_run_word(t)).count();
    let mut k = start + run;
    // "Inc." may be written with its period.
    if run >= 1 && toks.get(k).is_some_and(|t| t.text == ".") && is_legal_form(toks[k - 1].text) {
        k += 1;
    }
    let exchange = toks.get(k + 1).filter(|t| t.text.len() >= 2 && t.text.bytes().all(|b| b.is_ascii_uppercase()));
    let ticker = toks.get(k).is_some_and(|t| t.text == "(") && exchange.is_some() && toks.get(k + 2).is_some_and(|t| t.text == ":");
    if run == 0 || !ticker {
        return None;
    }
    Some(org_name(&toks[start..start + run].iter().map(|t| t.text).collect::<Vec<_>>().join(" ")))
}

/// A public body's name: its last word is the noun of an organisation that is no company
/// ("Brookfield City Council", "Essential Services Commission"), so "the company" is not it.
fn is_public_body(name: &str) -> bool {
    let last = case::to_lower(name.rsplit(' ').next().unwrap_or_default());
    let noun = lexicon::noun(&last);
    noun.is(Noun::ORGANISATION) && !noun.is(Noun::COMPANY)
}

/// Businesses named anywhere, as the object of a sentence too ("the subsidy would go to Bay
/// Island Ferries"): capitalised runs of two or more words ending in a word of a business's
/// name ("Services", "Ferries", "Holdings"), with their byte offsets.
fn business_names(ctx: &Context) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    for toks in ctx.tokens {
        let mut i = 0;
        while i < toks.len() {
            if !speakers::is_run_word(&toks[i]) {
                i += 1;
                continue;
            }
            let start = i;
            // A possessive ends the run: "Metro Recovery's owner".
            while i + 1 < toks.len() && speakers::is_run_word(&toks[i + 1]) && toks[i].stem() == toks[i].text {
                i += 1;
            }
            let last = toks[i].stem();
            if i > start && words::in_list(&BUSINESS_WORDS, &case::to_lower(last)) {
                let name: Vec<&str> = toks[start..i].iter().map(|t| t.text).chain(std::iter::once(last)).collect();
                out.push((toks[start].span.start, name.join(" ")));
            }
            i += 1;
        }
    }
    out
}

/// Nouns that refer back to a business, never to a public body ("the company said").
static BUSINESS_NOUNS: WordList = WordList::new("business company firm lender maker manufacturer retailer startup");

/// Last words of businesses' names ([`business_names`]).
static BUSINESS_WORDS: WordList = WordList::new(
    "\
    airlines airways brands brewing chemicals communications construction corp corporation \
    developments electric electronics energy enterprises entertainment ferries foods gas group \
    holdings homes inc industries insurance investments logistics ltd media mining motors \
    networks oil partners petroleum pharmaceuticals plc properties publishing resources retail \
    securities services shipping software solutions steel stores studios supermarkets systems \
    technologies telecom therapeutics ventures",
);

/// "the company said" / "the ministry said": the organisation of that kind named last before,
/// or no speaker when none was named. A described body ("the city's budget office", "the state
/// disaster management authority") names no one either, unless one of its kind was named.
/// "The company" is the business named last before, never a public body.
fn name_generic_organisations(ctx: &Context, quotes: &mut [Quote]) {
    let generic = |s: &str| !s.chars().any(char::is_uppercase);
    if !quotes.iter().any(|q| q.speaker.as_deref().is_some_and(generic)) {
        return;
    }
    let mut orgs = organisation_subjects(ctx);
    // "…, according to LSEG data": a source of figures is no company the story is about (but
    // may be "the organisation" that said more).
    let mut sources: Vec<&str> = Vec::new();
    for q in quotes.iter() {
        if let Some(name) = q.speaker.as_deref().filter(|s| s.starts_with(char::is_uppercase) && ctx.people.canonical(s).is_none()) {
            orgs.push((q.sentence_span.start, name.to_string()));
            if q.cue.as_deref() == Some("according to") {
                sources.push(name);
            }
        }
    }
    // Sorted, so that each look-up is a binary search (no quadratic time on many sources).
    let mut speaking: Vec<&str> = quotes.iter().filter(|q| q.cue.as_deref() != Some("according to")).filter_map(|q| q.speaker.as_deref()).collect();
    sort::sort_by(&mut speaking, |a, b| a < b);
    let mut sources: Vec<String> = sources.into_iter().filter(|n| speaking.binary_search(n).is_err()).map(str::to_string).collect();
    sort::sort_by(&mut sources, |a, b| a < b);
    // By offset only, stably: a body that speaks comes after a capitalised word its sentence
    // opens with ("Rail services … will remain suspended, LNER has said."), so it is the last
    // one named there.
    sort::sort_by(&mut orgs, |a, b| a.0 < b.0);
    // "The company", "the firm": a business, never a public body; when no business spoke or led
    // a sentence before, one named anywhere ([`business_names`]).
    let businesses: Vec<(usize, String)> = orgs.iter().filter(|(_, n)| !is_public_body(n) && sources.binary_search(n).is_err()).cloned().collect();
    let business_noun = |s: &str| words::in_list(&BUSINESS_NOUNS, s);
    let named_anywhere = if quotes.iter().any(|q| q.speaker.as_deref().is_some_and(business_noun)) { business_names(ctx) } else { Vec::new() };
    for q in quotes.iter_mut() {
        let Some(speaker) = q.speaker.as_deref().filter(|s| generic(s)) else { continue };
        let Some(noun) = speaker.split_whitespace().last() else { continue };
        // Named before the quote ends: "Altira will build a plant, the company said" counts.
        let until = q.span.end.max(q.sentence_span.start);
        let before = &orgs[..orgs.partition_point(|(at, _)| *at < until)];
        // "the ministry" after "the Ministry of Manpower (MOM)" and "MOM said": a body whose name
        // ends with the noun, or opens with it before "of", itself or as its acronym stands for.
        let headed = |n: &str| {
            let mut w = n.split_whitespace();
            n.split_whitespace().last().is_some_and(|w| w.eq_ignore_ascii_case(noun)) || (w.next().is_some_and(|f| f.eq_ignore_ascii_case(noun)) && w.next() == Some("of"))
        };
        let acronym = |n: &str| (2..=6).contains(&n.len()) && n.bytes().all(|b| b.is_ascii_uppercase());
        let same_kind = before.iter().rev().find(|(_, n)| headed(n)).map(|(_, n)| n.clone()).or_else(|| {
            before.iter().rev().take(8).filter(|(_, n)| acronym(n)).find_map(|(_, n)| acronym_expansion(ctx.text, n).filter(|full| headed(full)))
        });
        // Only a bare noun points to any company named before; "the central bank" is another body.
        // "the train company", "the rail operator": a business noun with a noun before it.
        let two_words = speaker.split_whitespace().count() == 2;
        let bare = !substr::has_byte(speaker, b' ') || (two_words && (business_noun(noun) || noun == "operator"));
        let any_company = if !bare {
            None
        } else if business_noun(noun) {
            let named_before = |list: &[(usize, String)]| list.partition_point(|(at, _)| *at < until);
            businesses[..named_before(&businesses)].last().or_else(|| named_anywhere[..named_before(&named_anywhere)].last())
        } else if is_company_noun(noun) || noun == "it" {
            before.last()
        } else {
            None
        };
        q.speaker = same_kind.or_else(|| any_company.map(|(_, n)| n.clone()));
    }
}

/// "Harlow said in a statement" after "Harlow United have been fined": a one-word speaker that
/// is no person's name but the first word of an organisation named before is that organisation,
/// as news text shortens clubs and companies ("Ashbury" for "Ashbury Town").
fn complete_short_organisation_names(ctx: &Context, quotes: &mut [Quote]) {
    let short = |s: &str| !substr::has_byte(s, b' ') && s.starts_with(char::is_uppercase) && ctx.people.canonical(s).is_none();
    if !quotes.iter().any(|q| q.speaker.as_deref().is_some_and(short)) {
        return;
    }
    let mut orgs = organisation_subjects(ctx);
    orgs.extend(quotes.iter().filter_map(|q| q.speaker.as_deref().filter(|s| substr::has_byte(s, b' ') && ctx.people.canonical(s).is_none()).map(|s| (q.sentence_span.start, s.to_string()))));
    // By first word, then offset: a binary search finds the organisations a short name may be.
    // "Brightwater Care Group": a name ending in a business's or a body's word counts too.
    let ends_as_org = |org: &str| org.rsplit(' ').next().is_some_and(|last| words::in_list(&BUSINESS_WORDS, &case::to_lower(last)) || words::is_org_noun(&case::to_lower(last)));
    let named = |org: &str| org.split(' ').skip(1).all(words::is_org_or_place_word) || ends_as_org(org);
    let mut by_first: Vec<(String, usize, String)> = orgs
        .into_iter()
        .filter(|(_, name)| named(name))
        .map(|(at, name)| (name.split(' ').next().unwrap_or_default().to_string(), at, name))
        .collect();
    sort::sort_by(&mut by_first, |a, b| (&a.0, a.1) < (&b.0, b.1));
    // Each acronym is looked up in the text once, however many quotes it speaks.
    let mut expansions: Vec<(String, Option<String>)> = Vec::new();
    for q in quotes.iter_mut() {
        let Some(first) = q.speaker.as_deref().filter(|s| short(s)) else { continue };
        // "Hebridean Sea Services (HSS)" then "HSS said": the name the acronym stands for.
        // Acronyms only, and a bounded number of them (each a text search, each kept in a short
        // list): a text of many distinct names stays linear.
        let acronym = (2..=6).contains(&first.len()) && first.bytes().all(|b| b.is_ascii_uppercase());
        let known = expansions.iter().find(|(a, _)| a == first).map(|(_, full)| full.clone());
        let full = match known {
            Some(full) => full,
            None if acronym && expansions.len() < 32 => {
                let full = acronym_expansion(ctx.text, first);
                expansions.push((first.to_string(), full.clone()));
                full
            }
            None => None,
        };
        if let Some(full) = full {
            q.speaker = Some(full);
            continue;
        }
        let from = by_first.partition_point(|(f, _, _)| f.as_str() < first);
        // Named before the quote; several organisations with that first word give none.
        let mut owners = by_first[from..].iter().take(16).take_while(|(f, at, _)| f == first && *at < q.sentence_span.start).map(|(_, _, n)| n);
        if let Some(full) = owners.next().filter(|full| owners.all(|n| n == *full)) {
            q.speaker = Some(full.clone());
        }
    }
}

/// "Hebridean Sea Services (HSS)", "Britain's Competition and Markets Authority (CMA)": the name
/// an acronym in capitals stands for where the text first gives it in parentheses, its capitals
/// the initials of the words before it ("of", "and", "for" between them).
fn acronym_expansion(text: &str, acronym: &str) -> Option<String> {
    if !(2..=6).contains(&acronym.len()) || !acronym.bytes().all(|b| b.is_ascii_uppercase()) {
        return None;
    }
    let at = substr::find(text, &["(", acronym, ")"].concat())?;
    let before: Vec<&str> = substr::upto(text, at).split_whitespace().rev().take(12).collect();
    let initials = acronym.as_bytes();
    let mut left = initials.len();
    let mut taken = 0;
    for (n, w) in before.iter().enumerate() {
        if left == 0 {
            // "Britain's Competition and …": an owner in front is part of the name as introduced.
            if w.starts_with(char::is_uppercase) && words::strip_possessive(w) != *w {
                taken = n + 1;
            }
            break;
        }
        // "Ministry of Manpower (MOM)": a small word may give its initial too.
        let small = matches!(*w, "of" | "and" | "for" | "the" | "on" | "&");
        if w.as_bytes()[0] == initials[left - 1] || (small && w.as_bytes()[0].to_ascii_uppercase() == initials[left - 1]) {
            left -= 1;
            taken = n + 1;
        } else if !small {
            return None;
        }
    }
    (left == 0).then(|| before[..taken].iter().rev().copied().collect::<Vec<_>>().join(" "))
}

/// Reader comments as quotes of kind `comment`.
pub fn comment_quotes(article: &Article) -> Vec<Quote> {
    article
        .comments
        .iter()
        .map(|c| Quote {
            speaker: Some(c.author.clone()),
            kind: QuoteKind::Comment,
            text: c.text.clone(),
            cue: None,
            sentence: c.text.clone(),
            span: c.span,
            sentence_span: c.span,
            date: None,
        })
        .collect()
}

/// Quote text with line breaks and runs of white space as single spaces (hard-wrapped input).
fn one_line(s: &str) -> String {
    // One pass over the bytes for a line break, a tab or two spaces in a row.
    let mut prev = 0;
    let plain = s.bytes().all(|b| {
        let spaced = b == b'\n' || b == b'\t' || (b == b' ' && prev == b' ');
        prev = b;
        !spaced
    });
    if plain {
        return s.to_string();
    }
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn index_of(ranges: &[Range<usize>], at: usize) -> Option<usize> {
    let i = ranges.partition_point(|r| r.start <= at);
    (i > 0 && at <= ranges[i - 1].end).then(|| i - 1)
}

fn span(r: &Range<usize>) -> Span {
    Span { start: r.start, end: r.end }
}

fn starts_upper(s: &str) -> bool {
    s.chars().find(|c| c.is_alphanumeric()).is_some_and(char::is_uppercase)
}

fn resolve(ctx: &Context, found: &Found, at: usize, sentence: usize) -> Option<String> {
    match &found.who {
        // "Ms. Marsh said" when Frank and Ellen Marsh are both known: the titled form first.
        Who::Person(name) => {
            let titled = found.role.as_deref().filter(|_| !substr::has_byte(name, b' ')).and_then(|role| ctx.people.canonical(&format!("{role} {name}")));
            Some(titled.or_else(|| ctx.people.canonical(name)).unwrap_or(name).to_string())
        }
        Who::Org(name) => Some(ctx.people.canonical(name).map_or_else(|| org_name(name), str::to_string)),
        Who::Pronoun(p) if refers_back(p) => ctx
            .people
            .antecedent(at, sentence, p)
            .or_else(|| matches!(p.as_str(), "he" | "she").then(|| ctx.people.named_after(at, p, 800)).flatten())
            .map(str::to_string),
        // Kept as "you" until the turns are known ([`address_the_answerer`]).
        Who::Pronoun(p) if p == speakers::ADDRESSEE => Some(p.clone()),
        // "The AHWU leader" is the leader near whom "AHWU" is written before any other leader.
        Who::Role(noun) => leader_of(ctx, noun, at)
            .or_else(|| ctx.people.by_role(noun, at).map(str::to_string))
            .or_else(|| role_named_next(ctx, sentence, at)),
        // "Banks said" after "Loretta Banks": the surname of a person, not "banks" in general.
        Who::Unnamed => found.role.as_deref().and_then(|word| ctx.people.canonical(word)).filter(|c| c.contains(' ')).map(str::to_string),
        _ => None,
    }
}

/// "The AHWU leader said" after "The Allied Health Workers Union (AHWU) said …. Its President,
/// Alhaji Kabiru Sani-Dogo, said …": the latest person leading a body ([`People::leaders_before`])
/// whose first mention, or the sentence before it, writes the qualifier ("AHWU", "TUC’s").
fn leader_of(ctx: &Context, phrase: &str, at: usize) -> Option<String> {
    let qualifier = match phrase.split(' ').collect::<Vec<_>>().as_slice() {
        [q, "leader"] => *q,
        _ => return None,
    };
    let writes = |si: usize| ctx.tokens.get(si).is_some_and(|toks| toks.iter().any(|t| case::to_lower(words::strip_possessive(t.text)) == qualifier));
    let leaders = ctx.people.leaders_before(at);
    leaders
        .iter()
        .find_map(|&(name, first)| {
            let si = index_of(ctx.sentences, first)?;
            (writes(si) || si.checked_sub(1).is_some_and(writes)).then(|| name.to_string())
        })
        .or_else(|| {
            // "First Minister Iain Stewart has been speaking in Glasgow. The SNP leader said …":
            // with the body written nowhere near a leader's name, the leader the sentence before
            // names (by a word of the name) is the one meant.
            let (name, _) = *leaders.first()?;
            let here = index_of(ctx.sentences, at)?;
            let surname = name.rsplit(' ').next()?;
            let named_before = ctx.tokens.get(here.checked_sub(1)?).is_some_and(|toks| toks.iter().any(|t| t.stem() == surname));
            named_before.then(|| name.to_string())
        })
}

/// "Fares will rise, the Transport Secretary has confirmed. Daniel Okafor said …": a role no
/// one named so far holds is the person the next sentence opens with, by a full name, speaking,
/// and mentioned there for the first time.
fn role_named_next(ctx: &Context, sentence: usize, at: usize) -> Option<String> {
    let toks = ctx.tokens.get(sentence + 1)?;
    let run = toks.iter().take(4).take_while(|t| speakers::is_run_word(t)).count();
    // The verb right after the name, or after an aside in commas ("Aoife Brennan, speaking in
    // Dublin, said").
    let cue_at = |k: usize| toks.get(k).is_some_and(|t| words::cue(t).is_some());
    let after_aside = || {
        toks.get(run).is_some_and(|t| t.text == ",")
            && (run + 2..toks.len().min(run + 14)).find(|&k| toks[k].text == ",").is_some_and(|k| cue_at(k + 1))
    };
    if run < 2 || !(cue_at(run) || after_aside()) {
        return None;
    }
    let written = toks[..run].iter().map(|t| t.text).collect::<Vec<_>>().join(" ");
    let name = ctx.people.canonical(&written)?;
    (ctx.people.first_mention(name)? > at).then(|| name.to_string())
}

/// One name per organisation: "Whitfield’s campaign" and "Whitfield's campaign" are the
/// "Whitfield campaign", as "the Whitfield campaign" is.
fn org_name(name: &str) -> String {
    let words: Vec<&str> = name.split(' ').collect();
    match words.as_slice() {
        [owner @ .., last] if !owner.is_empty() && last.eq_ignore_ascii_case("campaign") => {
            let mut owner: Vec<&str> = owner.iter().copied().skip_while(|w| w.eq_ignore_ascii_case("the")).collect();
            if let Some(w) = owner.last_mut() {
                *w = words::strip_possessive(w);
            }
            owner.join(" ") + " campaign"
        }
        // "Corvane Energy Inc.": a company's legal form is no part of the name it speaks by.
        [name @ .., last] if name.len() >= 2 && is_legal_form(last) => name.join(" "),
        _ => name.to_string(),
    }
}

/// A company's legal form written after its name ("Inc.", "Ltd", "LLC", "plc").
fn is_legal_form(word: &str) -> bool {
    matches!(word.trim_end_matches('.'), "Inc" | "Ltd" | "LLC" | "plc" | "PLC" | "Corp" | "Co" | "GmbH" | "AG" | "SA" | "NV" | "Pty")
}

/// A pronoun that points to one person named before ("he", "she", "the 24-year-old").
fn refers_back(pronoun: &str) -> bool {
    matches!(pronoun, "he" | "she" | speakers::AGE_REFERENCE)
}

/// "According to X" at token `i`: the speaker phrase after it.
fn according_to(toks: &[Tok], i: usize) -> Option<Found> {
    let is_it = toks.get(i).is_some_and(|t| t.is("according")) && toks.get(i + 1).is_some_and(|t| t.is("to"));
    if !is_it {
        return None;
    }
    // "According to a third person briefed on the plans, …": up to the comma.
    let described = || {
        let comma = (i + 3..toks.len().min(i + 14)).find(|&k| toks[k].text == ",")?;
        unnamed_sources(toks, i + 2, comma)
    };
    // "According to her, the delay was caused by …": the pronoun's person.
    let pronoun = toks.get(i + 2).and_then(|t| match t.lower().as_ref() {
        "him" => Some("he"),
        "her" if toks.get(i + 3).is_some_and(|n| n.text == ",") => Some("she"),
        "them" => Some("they"),
        _ => None,
    });
    if let Some(p) = pronoun {
        return Some(Found { who: Who::Pronoun(p.into()), start: i + 2, role: None });
    }
    speakers::phrase_after(toks, i + 2).or_else(described).or_else(|| maker_of_figures(toks, i + 2))
}

/// "figures released by Nova Scotia Health", "data from the Association of British Insurers"
/// (from token `at`): the body that released them.
fn maker_of_figures(toks: &[Tok], at: usize) -> Option<Found> {
    let mut k = at;
    toks.get(k).filter(|t| t.is_any(&["figures", "data", "statistics", "numbers", "estimates", "records"]))?;
    k += 1;
    if toks.get(k).is_some_and(|t| t.is_any(&["released", "published", "compiled", "collected", "issued", "gathered"])) {
        k += 1;
    }
    toks.get(k).filter(|t| t.is_any(&["by", "from"]))?;
    speakers::phrase_after(toks, k + 1).filter(|f| matches!(f.who, Who::Org(_) | Who::Person(_)))
}

/// Attribution right after a quotation: ", she said", ", said Jane Roe, a spokeswoman",
/// " Zelenskyy stated during …", ", according to the ministry".
fn attribution_after(toks: &[Tok]) -> Option<(Found, usize)> {
    let i = toks.iter().position(|t| t.is_word())?;
    if toks[..i].iter().any(|t| !matches!(t.text, "," | "—" | "–" | "-" | ";" | "(")) {
        return None;
    }
    if words::cue(&toks[i]).is_some() {
        // "…," said one diplomat: an inverted verb attributes even when the phrase is unnamed.
        let found = speakers::phrase_after(toks, i + 1).unwrap_or(Found { who: Who::Unnamed, start: i + 1, role: None });
        // "…," said Morrison's assistant that winter, Callum MacLeod: the one named in commas
        // after a person's relation, not its owner.
        let possessive = |t: &Tok| t.is_capitalized() && words::strip_possessive(t.text) != t.text;
        let owner_end = (i + 1..toks.len().min(i + 5)).take_while(|&k| speakers::is_run_word(&toks[k])).find(|&k| possessive(&toks[k]));
        let relation = owner_end.is_some_and(|k| toks.get(k + 1).is_some_and(|t| t.is_word() && !t.is_capitalized()));
        // "…," said the spokesman, John Smith.
        if matches!(found.who, Who::Unnamed | Who::Role(_)) || relation {
            if let Some(comma) = (i + 2..toks.len().min(i + 8)).find(|&k| toks[k].text == ",") {
                if let Some(named @ Found { who: Who::Person(_), .. }) = speakers::phrase_after(toks, comma + 1) {
                    return Some((named, i));
                }
            }
        }
        return Some((found, i));
    }
    if let Some(f) = according_to(toks, i) {
        return Some((f, i));
    }
    // "…," as one industry veteran put it.
    if toks[i].is("as") {
        let put = (i + 2..toks.len().min(i + 10)).find(|&c| toks[c].is("put") && toks.get(c + 1).is_some_and(|t| t.is("it")))?;
        let found = speakers::subject_before(toks, put).unwrap_or(Found { who: Who::Unnamed, start: i + 1, role: None });
        return Some((found, put));
    }
    // "“We are ready,” Yannick Le Goff, a farmer from X who leads Y, told AFP, “but …”": a
    // person named, an appositive of any length in commas, then the verb.
    if let Some(named @ Found { who: Who::Person(_), .. }) = speakers::phrase_after(toks, i).filter(|f| f.start == i) {
        let run = toks[i..].iter().take_while(|t| speakers::is_run_word(t) || speakers::is_particle(t.text)).count();
        let appositive = toks.get(i + run).is_some_and(|t| t.text == ",");
        if let Some(c) = (i + run + 2..toks.len().min(i + run + 40)).find(|&k| toks[k - 1].text == "," && words::cue(&toks[k]).is_some()).filter(|_| appositive) {
            if (i + 16..).contains(&c) {
                return Some((named, c));
            }
        }
    }
    let c = (i + 1..toks.len().min(i + 16)).find(|&c| words::cue(&toks[c]).is_some())?;
    if c == i + 2 && is_statement_reference(&toks[i], &toks[i + 1]) {
        return Some((Found { who: Who::Pronoun(STATEMENT_REFERENCE.into()), start: i, role: None }, c));
    }
    let found = speakers::subject_before(toks, c)?;
    // "…," lead author Camille Roux told AFP: a few lower-case words may precede the name.
    let descriptors = found.start >= i
        && found.start <= i + 3
        && toks[i..found.start].iter().all(|t| t.is_word() && !t.is_capitalized() && !is_connective(t));
    // "…," the envoy, Karl Heinz, told reporters: the role in commas before the name.
    // "…," Fjordheim's chief investment officer, Ingrid Solberg, told Reuters: a title too.
    let role_first = found.start >= i + 2 && found.start <= i + 6 && {
        let gap = &toks[i..found.start];
        let noun = gap[gap.len() - 2].lower();
        let titled_person = words::is_title(&noun) && matches!(found.who, Who::Person(_)) && gap.iter().all(|t| t.text == "," || t.is_word());
        gap[gap.len() - 1].text == "," && (words::is_role_noun(&noun) && found.start <= i + 5 || titled_person)
    };
    // "…," the Minnesota Democrat said: an epithet with its article.
    let epithet = found.start == i + 1 && toks[i].is("the") && matches!(found.who, Who::Role(_));
    (descriptors || role_first || epithet).then_some((found, c))
}

/// The `Who::Pronoun` of "…," the statement said: whoever issued the statement, the speaker
/// before.
const STATEMENT_REFERENCE: &str = "the-statement";

/// "the statement", "its letter": something issued (not a document, which speaks for no one:
/// "the report said" is nobody's) by the one who spoke last.
fn is_statement_reference(determiner: &Tok, noun: &Tok) -> bool {
    let issued = lexicon::noun(&noun.lower());
    determiner.is_any(&["the", "its", "their", "his", "her", "that", "this"]) && issued.is(Noun::ISSUED) && !issued.is(Noun::DOCUMENT)
}

/// The speech verb closest before a quotation and its subject ("X described it as '…'").
fn attribution_before(toks: &[Tok]) -> Option<(Found, usize)> {
    let lower = toks.len().saturating_sub(WINDOW);
    for c in (lower..toks.len()).rev() {
        if let Some(f) = according_to(toks, c) {
            return Some((f, c));
        }
        // "a survey by the Water Board found that the dam was “…”": the document's maker.
        if document_verb(toks, c).is_some() {
            if let Some(f) = document_subject(toks, c) {
                return Some((f, c));
            }
        }
        if words::cue(&toks[c]).is_some() {
            // "told reporters the EU had asked for a share that “…”": a request for a thing, the
            // quotation in a relative clause of its object; the words are the reporter's.
            let request = toks.get(c + 1).is_some_and(|t| t.is("for")) && toks[c + 2..].iter().any(|t| t.is_any(&["that", "which"]));
            if request {
                continue;
            }
            let coordinated = c > 0 && toks[c - 1].is_any(&["and", "but"]);
            let found = if let Some(quoted) = quoted_as_saying(toks, c) {
                Some(quoted)
            } else if toks[c].text.ends_with("ing") || coordinated {
                main_subject(toks, c)
            } else {
                speakers::subject_before(toks, c)
            };
            if let Some(f) = found {
                return Some((f, c));
            }
            // "a letter warning that … ‘asset rich’": a close speech verb with no one named.
            if toks.len() - c <= 15 && (toks[c].text.ends_with("ing") || toks.get(c + 1).is_some_and(|t| t.is("that"))) {
                return Some((Found { who: Who::Unnamed, start: c, role: None }, c));
            }
        }
    }
    None
}

/// "Interfax quoted Sergei Ryabkov as saying …": the one quoted speaks, not the agency.
fn quoted_as_saying(toks: &[Tok], saying: usize) -> Option<Found> {
    if saying < 3 || toks[saying - 1].lower() != "as" || !toks[saying].text.ends_with("ing") {
        return None;
    }
    let quoted = (saying.saturating_sub(10)..saying - 2).rev().find(|&k| toks[k].lower() == "quoted")?;
    // "She was quoted by the newspaper as saying": the passive's subject was quoted.
    let passive = quoted > 0 && toks[quoted - 1].is_any(&["was", "were", "is", "are", "been"]);
    if passive {
        return speakers::subject_before(toks, quoted - 1).filter(|f| !matches!(f.who, Who::Unnamed));
    }
    speakers::phrase_after(toks, quoted + 1)
        .filter(|f| matches!(f.who, Who::Person(_) | Who::Org(_) | Who::Role(_)))
        .filter(|_| toks[quoted + 1..saying - 1].iter().all(|t| t.is_word()))
}

/// The subject of the sentence's first finite speech verb before token `upto`, else the
/// speaker-like phrase the sentence opens with ("The minister has rejected …, insisting that").
fn main_subject(toks: &[Tok], upto: usize) -> Option<Found> {
    let upto = upto.min(WINDOW);
    (0..upto)
        .filter(|&c| words::cue(&toks[c]).is_some() && !toks[c].text.ends_with("ing"))
        .find_map(|c| speakers::subject_before(toks, c).or_else(|| inverted_subject(toks, c)))
        .or_else(|| {
            // The phrase the sentence opens with (after a dateline, an opening adverb such as
            // "Meanwhile," and "The").
            let first = after_dateline(toks);
            let opening_adverb = toks.get(first).is_some_and(|t| t.is_any(&SENTENCE_ADVERBS)) && toks.get(first + 1).is_some_and(|t| t.text == ",");
            let first = first + 2 * usize::from(opening_adverb);
            // "In her speech, she thanked … and said": an opening phrase in a comma goes before.
            let opening_phrase = toks.get(first).is_some_and(|t| t.is_any(&["in", "on", "at", "after", "during", "speaking"]))
                .then(|| (first + 1..toks.len().min(first + 7)).find(|&k| toks[k].text == ","))
                .flatten();
            let first = opening_phrase.map_or(first, |comma| comma + 1);
            let first = first + usize::from(toks.get(first).is_some_and(|t| t.is_any(&["the", "a", "an"])));
            // "Harlow Freight Systems Inc. (NYSE: HFS), a logistics company, … and said": a
            // company opening with its stock ticker.
            if let Some(name) = company_with_ticker(toks, first) {
                return Some(Found { who: Who::Org(name), start: first, role: None });
            }
            // A word after a possessive is its noun phrase's, not the verb ("Malawi's central bank").
            let after_possessive = |k: usize| words::strip_possessive(toks[k - 1].text) != toks[k - 1].text;
            // "Congress spokesperson on urban development, Rohit Jadhav, welcomed … but said":
            // the name in commas after an opening role is the subject, not the role's body.
            let role = |t: &Tok| t.is_word() && (words::is_role_noun(&t.lower()) || words::is_title(t.text));
            let named_in_commas = (first + 1..upto.min(first + 16))
                .find(|&k| toks[k - 1].text == "," && toks[k].is_word() && !toks[k].is_capitalized())
                .and_then(|k| speakers::subject_before(toks, k))
                .filter(|f| matches!(f.who, Who::Person(_)) && f.start > first && toks[f.start - 1].text == "," && toks[first..f.start - 1].iter().any(role));
            if named_in_commas.is_some() {
                return named_in_commas;
            }
            (first + 1..upto.min(first + 12))
                .filter(|&k| toks[k].is_word() && !toks[k].is_capitalized() && !is_connective(&toks[k]) && !after_possessive(k))
                .find_map(|k| speakers::subject_before(toks, k).filter(|f| f.start <= first))
        })
}

/// Adverbs that open a sentence before its subject, with a comma ("Meanwhile, the union …").
const SENTENCE_ADVERBS: [&str; 10] = ["meanwhile", "however", "separately", "elsewhere", "also", "still", "instead", "additionally", "moreover", "earlier"];

/// "“…,” said Ana Ruiz, adding that …": the speaker after a verb that follows a quotation.
fn inverted_subject(toks: &[Tok], c: usize) -> Option<Found> {
    // The window may start right after the closing mark.
    let after_mark = toks[..c].iter().rev().find(|t| t.text != ",").is_none_or(is_mark);
    if !after_mark {
        return None;
    }
    speakers::phrase_after(toks, c + 1).filter(|f| matches!(f.who, Who::Person(_) | Who::Org(_) | Who::Role(_)))
}

/// Small words inside a noun phrase ("Minister of State for Science", "Anna de Vries").
fn is_connective(t: &Tok) -> bool {
    speakers::is_particle(t.text)
        || t.is_any(&["of", "for", "and", "the", "at", "in", "on", "from", "to", "with", "by"])
}

/// Whether the tokens before a quotation are only an attribution ("He said:", "Smith added,").
fn is_attribution_only(toks: &[Tok], attr: &Option<(Found, usize)>) -> bool {
    let Some((found, cue)) = attr else { return false };
    let lead_ok = found.start == 0 || toks[..found.start].last().is_some_and(|t| t.text == ",");
    let tail_ok = toks[cue + 1..].iter().all(|t| !t.is_word() || !t.is_capitalized() || t.is_capitalized_stopword())
        && toks[cue + 1..].iter().filter(|t| t.is_word()).count() <= 6
        && !toks[cue + 1..].iter().any(|t| t.is("that"));
    lead_ok && tail_ok
}

/// [`is_attribution_only`] for the words between two pieces of one quotation (they open and
/// close with a comma): after the verb, up to twelve words, capitalised ones too ("told AFP at
/// the gate of the plant in Loudeac"), but no reported clause.
fn is_attribution_between_pieces(toks: &[Tok], attr: &Option<(Found, usize)>) -> bool {
    let Some((found, cue)) = attr else { return false };
    // "Els Maes, said", ", Jan Verhoeven, a crane operator …, told", "CEPA's director, Els Maes,
    // said": the name (or a role in commas before it) opens the words between the pieces.
    let lead = &toks[..found.start];
    let opens = found.start == 0
        || (lead.len() <= 5 && lead.last().is_some_and(|t| t.text == ",") && lead.iter().all(|t| t.is_word() || t.text == ","));
    let tail = &toks[cue + 1..];
    opens && tail.iter().filter(|t| t.is_word()).count() <= 12 && !tail.iter().any(|t| t.is_any(&["that", "."]))
}

/// The speaker of the latest attributed statement before byte `at` in paragraph `pi` or the
/// one before: an unattributed quotation continues it.
fn continued_speaker(ctx: &Context, at: usize, pi: usize, last: &Option<(usize, Option<String>)>, indirect: &[Quote]) -> Option<String> {
    let (pos, speaker) = latest_statement(ctx, at, pi, last, indirect)?;
    // "“…,” said Ana Ruiz.\nHer rival, Tom Riley, laughed.\n“…”": maybe Riley's, so no one's.
    speaker.filter(|s| !ctx.people.someone_else_between(pos, at, s))
}

/// "he said" after a quotation: the person last named, unless someone spoke since ("Peskov
/// told reporters: “…” … “…,” he added" is Peskov even if only his surname is known).
fn pronoun_speaker(ctx: &Context, pronoun: &str, at: usize, si: usize, pi: usize, last: &Option<(usize, Option<String>)>, indirect: &[Quote]) -> Option<String> {
    let named = ctx.people.antecedent_at(at, si, pronoun);
    let spoke = latest_statement(ctx, at, pi, last, indirect).and_then(|(pos, s)| s.map(|s| (pos, s)));
    match (named, spoke) {
        (Some((_, mention)), Some((pos, speaker))) if pos > mention && is_personal(ctx, &speaker) => Some(speaker),
        (None, Some((_, speaker))) if is_personal(ctx, &speaker) => Some(speaker),
        (Some((n, _)), _) => Some(n.to_string()),
        // "“Habit,” she says. … Hannah Brooks, 38, started …": before anyone it could stand for.
        (None, _) if matches!(pronoun, "he" | "she") => ctx.people.named_after(at, pronoun, 800).map(str::to_string),
        (None, _) => None,
    }
}

/// "Bale, he said, had agreed to hold a hearing “before the summer recess.”": a fragment quoted
/// inside someone's reported speech is that reporter's words, even when a verb inside the
/// clause ("agreed") has a subject of its own; not when the verb says whose words they were
/// ("Smith called the plan “a disaster”").
fn partials_of_the_reporter(quotes: &mut [Quote]) {
    let mut reported: Vec<(usize, usize, Option<String>)> =
        quotes.iter().filter(|q| q.kind == QuoteKind::Indirect && q.speaker.is_some()).map(|q| (q.span.start, q.span.end, q.speaker.clone())).collect();
    sort::sort_by(&mut reported, |a, b| a.0 < b.0);
    for p in quotes.iter_mut().filter(|q| q.kind == QuoteKind::Partial) {
        let names_its_sayer = p.cue.as_deref().and_then(|c| lexicon::verb_from_id(lexicon::verb_id(c))).is_some_and(|v| v.is(VerbFlag::QUOTE_ONLY));
        let i = reported.partition_point(|r| r.0 <= p.span.start);
        let holder = i.checked_sub(1).map(|k| &reported[k]).filter(|r| p.span.end <= r.1);
        if let Some((_, _, speaker)) = holder.filter(|_| !names_its_sayer) {
            p.speaker = speaker.clone();
        }
    }
}

/// The latest statement made by someone the text does not name: where its sentence is, and
/// whom it was given to (the body a spokeswoman speaks for, or no one).
struct UnnamedSpeaker {
    sentence: usize,
    paragraph: usize,
    gender: Option<&'static str>,
    speaker: Option<String>,
}

/// "A spokeswoman for the HSE said …. She said …" and "A former manager, who asked not to be
/// named, said …. “…,” she said": the pronoun goes on with the unnamed speaker (the body she
/// speaks for, or no one), not with the last woman named before her. It does so in the same or
/// the next paragraph, until a named person speaks or is named again as the pronoun's antecedent.
/// One pass over the quotes in text order.
fn pronouns_of_unnamed_speakers(ctx: &Context, quotes: &mut [Quote]) {
    let mut order: Vec<usize> = (0..quotes.len()).collect();
    sort::sort_by(&mut order, |&a, &b| quotes[a].span.start < quotes[b].span.start);
    let mut latest: Option<UnnamedSpeaker> = None;
    for k in order {
        let q = &quotes[k];
        let (Some(si), Some(pi)) = (index_of(ctx.sentences, q.sentence_span.start), index_of(ctx.paragraphs, q.span.start)) else { continue };
        let toks = &ctx.tokens[si];
        let personal = q.speaker.as_deref().is_some_and(|s| ctx.people.canonical(s).is_some());
        if !personal {
            if let Some(gender) = unnamed_person_subject(ctx, toks, q) {
                latest = Some(UnnamedSpeaker { sentence: si, paragraph: pi, gender, speaker: q.speaker.clone() });
                continue;
            }
        }
        let Some(unnamed) = latest.as_mut() else { continue };
        let pronoun = pronoun_subject(ctx, si, q);
        let fits = pronoun.is_some_and(|p| unnamed.gender.is_none_or(|g| g == p));
        let near = pi <= unnamed.paragraph + 1;
        // A person named since (as what the pronoun would otherwise stand for) takes it back.
        let named_since = pronoun
            .and_then(|p| ctx.people.antecedent_at(q.span.start, si, p))
            .and_then(|(_, at)| index_of(ctx.sentences, at))
            .is_some_and(|mention| mention > unnamed.sentence);
        if fits && near && !named_since {
            unnamed.sentence = si;
            unnamed.paragraph = pi;
            quotes[k].speaker = unnamed.speaker.clone();
        } else if personal || pronoun.is_some() {
            latest = None;
        }
    }
}

/// The gender of a singular unnamed person who is the subject of the statement `q` in its
/// sentence ("A spokeswoman for …" → she, "A former senior manager, who …," → either), if the
/// sentence opens with one or its verb is followed by one ("…, said a spokesman for …").
fn unnamed_person_subject(ctx: &Context, toks: &[Tok], q: &Quote) -> Option<Option<&'static str>> {
    let cue = cue_index(ctx, toks, q)?;
    // "Reacting, a civil servant …": a participle and its comma may come first.
    let lead = if toks.len() > 2 && toks[0].text.ends_with("ing") && toks[1].text == "," { 2 } else { 0 };
    let opens = toks.get(lead).is_some_and(|t| t.is_any(&["a", "an", "one"])).then_some(lead);
    let inverted = toks.get(cue + 1).is_some_and(|t| t.is_any(&["a", "an", "one"]) && !t.is_capitalized()).then_some(cue + 1);
    let det = inverted.or(opens)?;
    let phrase = &toks[det + 1..toks.len().min(det + 5)];
    // The last noun of a person in the words after the article ("a former senior manager").
    let plain = phrase.iter().take_while(|t| t.is_word() && !t.is_capitalized()).count();
    let head = phrase[..plain].iter().rposition(|t| is_person_noun(&t.lower()))?;
    if inverted.is_none() && !is_subject_of(toks, det + 1 + head, cue) {
        return None;
    }
    let gender = phrase[..=head].iter().find_map(|t| {
        let noun = lexicon::noun(&t.lower());
        if noun.is(Noun::MALE) {
            Some("he")
        } else if noun.is(Noun::FEMALE) {
            Some("she")
        } else {
            None
        }
    });
    Some(gender)
}

/// Whether the noun at `head` is the subject of the verb at `cue`: right before it ("A
/// spokesman said"), with the body it speaks for ("A spokeswoman for the HSE said") or with an
/// aside in commas ("A former manager, who asked not to be named, said").
fn is_subject_of(toks: &[Tok], head: usize, cue: usize) -> bool {
    let Some(next) = toks.get(head + 1) else { return false };
    let between = || toks[head + 1..cue].iter();
    cue == head + 1
        || (next.is_any(&["for", "at", "of", "from", "with"]) && cue <= head + 10 && between().all(|t| t.text != ","))
        || (next.text == "," && cue > head + 2 && toks[cue - 1].text == ",")
        // "A patient at the Lagos University Teaching Hospital who did not want to be named said".
        || (next.is_any(&["for", "at", "of", "from", "with"])
            && cue <= head + 22
            && between().all(|t| t.text != ",")
            && between().any(|t| t.is("who"))
            && between().any(|t| t.is_any(&["named", "identified"])))
        // "A former nurse at the clinic, who asked not to be named, said".
        || (next.is_any(&["for", "at", "of", "from", "with"])
            && toks[head + 1..cue].iter().position(|t| t.text == ",").is_some_and(|c| c <= 6)
            && toks[cue - 1].text == ",")
}

fn is_person_noun(lower: &str) -> bool {
    lexicon::noun(lower).is(Noun::ANONYMOUS) || words::is_title(lower)
}

/// Where the statement's verb is in its sentence: the first token spelled as its cue outside
/// the quoted words (before them for reported speech).
fn cue_index(ctx: &Context, toks: &[Tok], q: &Quote) -> Option<usize> {
    let word = q.cue.as_deref()?.split(' ').next()?;
    let outside = |t: &Tok| if q.kind == QuoteKind::Indirect { t.span.end <= q.span.start } else { !inside_quotation(ctx, t.span.start) };
    toks.iter().position(|t| t.text == word && outside(t))
}

/// "he" or "she" when that pronoun is the subject of the statement's verb ("She said …",
/// "“…,” he said"), in the statement's sentence or the ones its quotation runs over.
fn pronoun_subject(ctx: &Context, si: usize, q: &Quote) -> Option<&'static str> {
    let last = index_of(ctx.sentences, q.sentence_span.end.saturating_sub(1)).unwrap_or(si).max(si);
    (si..=last.min(si + 8)).find_map(|s| {
        let toks = &ctx.tokens[s];
        let k = cue_index(ctx, toks, q)?;
        let next_to = |t: Option<&Tok>| t.and_then(|t| if t.is("he") { Some("he") } else if t.is("she") { Some("she") } else { None });
        next_to(k.checked_sub(1).map(|j| &toks[j])).or_else(|| next_to(toks.get(k + 1)).filter(|_| q.kind != QuoteKind::Indirect))
    })
}

/// A speaker that can be "he"/"she": a known person or a lone surname.
fn is_personal(ctx: &Context, speaker: &str) -> bool {
    ctx.people.canonical(speaker).is_some()
        || (!substr::has_byte(speaker, b' ') && !words::is_org_or_place_word(speaker) && !words::is_org_noun(speaker))
}

/// The latest statement (quotation or reported speech) before `at` in this or the previous
/// paragraph, with its offset.
fn latest_statement(ctx: &Context, at: usize, pi: usize, last: &Option<(usize, Option<String>)>, indirect: &[Quote]) -> Option<(usize, Option<String>)> {
    let earliest = ctx.paragraphs[pi.saturating_sub(1)].start;
    let reported = indirect[..indirect.partition_point(|q| q.span.start < at)]
        .iter()
        .rev()
        .take_while(|q| q.span.start >= earliest)
        .find(|q| q.speaker.is_some())
        .map(|q| (q.span.start, q.speaker.clone()));
    let quoted = last.as_ref().filter(|(p, _)| *p >= earliest).cloned();
    match (quoted, reported) {
        (Some(a), Some(b)) => Some(if a.0 >= b.0 { a } else { b }),
        (a, b) => a.or(b),
    }
}

/// Whether the latest reported statement before `at` in paragraph `pi` has no named speaker
/// ("one resident, who declined to give her name, said …"): a following "she said" is that
/// unnamed person, not someone named earlier.
fn latest_is_unnamed(ctx: &Context, at: usize, pi: usize, indirect: &[Quote]) -> bool {
    let para_start = ctx.paragraphs[pi].start;
    indirect[..indirect.partition_point(|q| q.span.start < at)]
        .last()
        .is_some_and(|q| q.span.start >= para_start && q.speaker.is_none())
}

/// "Smith told reporters:" ending the previous paragraph introduces a quotation opening this one.
fn colon_from_previous_paragraph<'a>(ctx: &Context<'a>, pi: usize, open: usize) -> Option<(Vec<Tok<'a>>, (Found, usize))> {
    if pi == 0 || ctx.paragraphs[pi].start != open {
        return None;
    }
    let prev = &ctx.paragraphs[pi - 1];
    if !substr::part(ctx.text, prev.clone()).ends_with(':') {
        return None;
    }
    let start = floor_boundary(ctx.text, prev.start.max(prev.end.saturating_sub(NEAR)));
    let toks = words::tokenize(ctx.text, start..prev.end);
    // "Dr. Alan Wu, an epidemiologist, disagreed:" — no speech verb, but a named subject.
    let attr = attribution_before(&toks).or_else(|| colon_subject(&toks))?;
    Some((toks, attr))
}

fn quotations(ctx: &Context, indirect: &[Quote]) -> Vec<Quote> {
    let mut out: Vec<Quote> = Vec::new();
    let mut last_speaker: Option<(usize, Option<String>)> = None; // (byte offset, speaker)
    // A direct quote attributed by what follows it: (its index in `out`, paragraph), so that a
    // quotation right after the attribution joins it ("“A,” she said. “B.”" is one statement).
    let mut joinable: Option<(usize, usize, usize)> = None; // + the end of its closing mark
    for (qi, q) in ctx.quotations.iter().enumerate() {
        let inner_text = one_line(&q.pieces.iter().filter_map(|p| ctx.text.get(p.clone())).collect::<Vec<_>>().join(" "));
        if !inner_text.chars().any(char::is_alphanumeric) {
            continue;
        }
        let (Some(si), Some(pi)) = (index_of(ctx.sentences, q.open), index_of(ctx.paragraphs, q.open)) else { continue };
        let se = index_of(ctx.sentences, q.end.saturating_sub(1)).unwrap_or(si).max(si);
        let sentence = ctx.sentences[si].start..ctx.sentences[se].end.max(q.end);
        let prev_end = qi.checked_sub(1).map(|p| ctx.quotations[p].end).filter(|&e| e > sentence.start && e <= q.open);
        let next_open = ctx.quotations.get(qi + 1).map(|n| n.open).filter(|&o| o < sentence.end);
        let before = floor_boundary(ctx.text, prev_end.unwrap_or(sentence.start).max(q.open.saturating_sub(NEAR)))..q.open;
        let after_start = q.end.min(sentence.end);
        let after = after_start..ceil_boundary(ctx.text, next_open.unwrap_or(sentence.end).min(after_start + NEAR));
        let toks_b = words::tokenize(ctx.text, before.clone());
        let toks_a = words::tokenize(ctx.text, after.clone());

        let before_empty = !toks_b.iter().any(Tok::is_word);
        let ends_colon = toks_b.last().is_some_and(|t| t.text == ":");
        let mut attr_before = attribution_before(&toks_b);
        let toks_full;
        if attr_before.is_none() && prev_end.is_some() {
            // A second quotation in reported speech: the verb sits before the first one.
            let full = floor_boundary(ctx.text, sentence.start.max(q.open.saturating_sub(NEAR)))..q.open;
            toks_full = words::tokenize(ctx.text, full);
            attr_before = attribution_before(&toks_full).filter(|_| !before_empty);
            if let Some((found, c)) = attr_before.take() {
                let cue = cue_text(&toks_full, c);
                let speaker = resolve(ctx, &found, q.open, si);
                out.push(Quote {
                    speaker,
                    kind: QuoteKind::Partial,
                    text: inner_text,
                    cue,
                    sentence: one_line(substr::part(ctx.text, sentence.clone())),
                    span: span(&q.inner()),
                    sentence_span: span(&sentence),
                    date: None,
                });
                continue;
            }
        }
        let attr_after = attribution_after(&toks_a);
        // "“We are ready,” he told AFP at the gate, “but not at any price.”": between the two
        // pieces of one quotation, the attribution may name an outlet or a place.
        let between_pieces = prev_end.is_some() && toks_b.last().is_some_and(|t| t.text == ",") && is_attribution_between_pieces(&toks_b, &attr_before);
        let attribution_only = is_attribution_only(&toks_b, &attr_before) || between_pieces;
        let ends_like_statement = inner_text.trim_end().ends_with(['.', ',', '!', '?', '…', '—', '-']);
        let after_empty = !toks_a.iter().any(Tok::is_word);
        // A colon introduces a whole statement; an attribution ending in a comma or in its verb
        // ("he said, “…”", "She said “We …”") does too; "adding that his side would “…”" does not.
        let ends_comma = toks_b.last().is_some_and(|t| t.text == ",");
        let ends_cue = toks_b.last().is_some_and(|t| words::cue(t).is_some());
        let direct = (before_empty && (attr_after.is_some() || ends_like_statement || after_empty))
            || ends_colon
            || (attribution_only && (ends_comma || ends_cue) && (prev_end.is_some() || starts_upper(&inner_text)));
        // A fragment is attributed by what follows it only when that closes the sentence
        // ("… 'dead on arrival,' Smith said."), not by a verb starting a new clause.
        let first_word = toks_a.iter().position(Tok::is_word).unwrap_or(0);
        let closes_sentence = |(found, c): &(Found, usize)| {
            if *c == first_word {
                !matches!(found.who, Who::Unnamed) // "…," said Jane Roe — not "…", said the rights had …
            } else {
                toks_a[*c + 1..].iter().filter(|t| t.is_word()).count() <= 8
            }
        };
        let tagged_after = attr_after.filter(|a| direct || closes_sentence(a)).map(|a| (a, false));
        let tagged_before = attr_before.map(|a| (a, true));
        // "the so-called 'peace plan'": the writer's distance, not a quotation.
        let so_called = toks_b.last().is_some_and(|t| t.is("so-called"));
        if so_called && !direct {
            continue;
        }
        // "a banner reading “No farmers, no food.”", "placards that said “…”": the words on a
        // sign are no one's statement.
        if is_words_on_a_sign(&toks_b) {
            continue;
        }
        // "A man shouted “Vote it down!” before Farrow called for order": when the words before
        // are the whole attribution, a verb later in the sentence whose subject does not follow
        // the closing mark is another statement.
        let after_at_close = tagged_after.as_ref().is_some_and(|((f, c), _)| *c == first_word || f.start == first_word);
        let before_first = direct && attribution_only && (ends_cue || ends_colon || ends_comma) && !after_at_close;
        let attr = if direct && !before_first { tagged_after.or(tagged_before) } else { tagged_before.or(tagged_after) };
        let kind = if direct { QuoteKind::Direct } else { QuoteKind::Partial };
        let (speaker, cue) = match &attr {
            Some(((found, c), from_before)) => {
                let toks = if *from_before { &toks_b } else { &toks_a };
                let unnamed_before = matches!(found.who, Who::Pronoun(_)) && latest_is_unnamed(ctx, q.open, pi, indirect);
                // "described it as “a blow”, adding: “…”": the participle's subject is the one
                // the quotation before it in the sentence was attributed to.
                let participle_after_quotation = *from_before
                    && matches!(found.who, Who::Unnamed)
                    && prev_end.is_some()
                    && toks[*c].text.ends_with("ing");
                let quoted_before = || out.last().filter(|p| p.span.end <= q.open && p.sentence_span.start >= sentence.start).and_then(|p| p.speaker.clone());
                let speaker = match &found.who {
                    _ if unnamed_before => None,
                    _ if participle_after_quotation => quoted_before(),
                    Who::Pronoun(p) if p == STATEMENT_REFERENCE => continued_speaker(ctx, q.open, pi, &last_speaker, indirect),
                    Who::Pronoun(p) if refers_back(p) => pronoun_speaker(ctx, p, q.open, si, pi, &last_speaker, indirect),
                    _ => resolve(ctx, found, q.open, si),
                };
                (speaker, cue_text(toks, *c))
            }
            None if direct && ends_colon && roundup_label(ctx, pi, q.open).is_some() => {
                (roundup_label(ctx, pi, q.open), Some(":".to_string()))
            }
            // "Tom Riley disagreed: “…”": the subject of the verb before the colon.
            None if direct && ends_colon && colon_subject(&toks_b).is_some() => match colon_subject(&toks_b) {
                Some((found, c)) => (resolve(ctx, &found, q.open, si), cue_text(&toks_b, c)),
                None => (None, None),
            },
            None if direct => match colon_from_previous_paragraph(ctx, pi, q.open) {
                Some((toks, (found, c))) => (resolve(ctx, &found, q.open, si), cue_text(&toks, c)),
                // An unattributed statement continues the previous speaker.
                None => (continued_speaker(ctx, q.open, pi, &last_speaker, indirect), None),
            },
            None => continue, // scare quotes: no verb, no speaker
        };
        let own_attr_after = matches!(attr, Some((_, false)));
        if let Some(prev) = joinable.take().filter(|_| kind == QuoteKind::Direct && !own_attr_after) {
            if let Some(tail) = join_after_attribution(ctx, &out[prev.0], prev.2..q.open, pi == prev.1) {
                let joined = &mut out[prev.0];
                joined.text = tail + " " + &inner_text;
                joined.span.end = q.inner().end;
                joined.sentence_span.end = joined.sentence_span.end.max(sentence.end);
                joined.sentence = one_line(substr::part(ctx.text, joined.sentence_span.start..joined.sentence_span.end));
                last_speaker = Some((q.open, joined.speaker.clone()));
                continue;
            }
        }
        if kind == QuoteKind::Direct && own_attr_after {
            joinable = Some((out.len(), pi, q.end));
        }
        if kind == QuoteKind::Direct || speaker.is_some() {
            last_speaker = Some((q.open, speaker.clone()));
        }
        out.push(Quote {
            speaker,
            kind,
            text: inner_text,
            cue,
            sentence: one_line(substr::part(ctx.text, sentence.clone())),
            span: span(&q.inner()),
            sentence_span: span(&sentence),
            date: None,
        });
    }
    out
}

/// Longest attribution that joins the two halves of a quotation, in bytes and in words after
/// its verb: "said Jane Roe, the county's director of public health since 2019, who oversaw the
/// rollout" is one.
const JOIN_GAP: usize = 320;
const JOIN_WORDS: usize = 32;

/// Whether the next quotation continues `first` across its attribution (the `gap`) in one
/// paragraph: only an
/// attribution lies between them ("“A,” she said. “B.”", "“A,” she said, “b.”", "“A,” said Jane
/// Roe, the director since 2019, who oversaw the rollout. “B.”"). Gives the text
/// of `first` ready for the join: the comma the attribution stole becomes the period or the
/// space it stands for.
/// Nouns of things that carry written words ("a banner reading …").
const SIGNS: [&str; 11] = ["banner", "sign", "placard", "poster", "t-shirt", "shirt", "slogan", "billboard", "sticker", "graffiti", "headline"];

/// The words before a quotation end with a sign and its verb of writing: "a banner reading",
/// "placards that read", "a sign saying".
fn is_words_on_a_sign(toks_b: &[Tok]) -> bool {
    let n = toks_b.len();
    let Some(verb) = toks_b.last() else { return false };
    let writes = verb.is_any(&["reading", "read", "reads", "saying", "said", "says", "proclaiming", "declaring"]);
    writes
        && toks_b[n.saturating_sub(6)..n - 1].iter().any(|t| {
            let w = t.lower();
            SIGNS.contains(&w.strip_suffix('s').unwrap_or(&w))
        })
}

fn join_after_attribution(ctx: &Context, first: &Quote, gap: Range<usize>, same_paragraph: bool) -> Option<String> {
    if !same_paragraph || gap.is_empty() || gap.len() > JOIN_GAP {
        return None;
    }
    let toks = words::tokenize(ctx.text, gap.clone());
    let last = toks.last()?;
    let (_, c) = attribution_after(&toks)?;
    let body = &toks[..toks.len() - 1];
    // "wrote on X.": a word with its period may close the attribution too (the sentence ends there).
    let period = last.text == "." || (last.text.ends_with('.') && index_of(ctx.sentences, last.span.start).is_some_and(|s| ctx.sentences[s].end == last.span.end));
    let closes = period || last.text == ",";
    // "and" inside a name ("the Federal Mediation and Conciliation Service") joins no clause.
    let in_name = |k: usize| k > 0 && body[k - 1].is_capitalized() && body.get(k + 1).is_some_and(Tok::is_capitalized);
    // Nothing else may sit between: no second sentence, no reported clause, no other quotation.
    // "said Morrison's assistant that winter, Callum MacLeod": "that" before a time word points.
    let demonstrative = |k: usize| body.get(k + 1).is_some_and(|n| n.is_any(&["winter", "summer", "spring", "autumn", "year", "day", "night", "week", "month", "morning", "evening", "season", "time"]));
    // "said Dr. Renee Castillo, an economist at the University of Maine and the study's lead
    // author.": a second role of the one named, after "and" at the attribution's end, is no clause.
    let second_role = |k: usize| {
        k > c
            && body.get(k + 1).is_some_and(|n| n.is_any(&["the", "a", "an", "its", "his", "her", "their"]))
            && body[k + 1..].iter().filter(|t| t.is_word()).count() <= 6
            && body.iter().rev().find(|t| t.is_word()).is_some_and(|t| words::is_title(t.text) || words::is_role_noun(&t.lower()))
    };
    // "said Marcus Tillman, president and chief executive officer of …": one title of two.
    let joint_title = |k: usize| {
        let titled = |t: &Tok| words::is_title(&t.lower()) || words::is_role_noun(&t.lower());
        k > c && k > 0 && titled(&body[k - 1]) && body.get(k + 1).is_some_and(|n| titled(n) || n.is_any(&["chief", "deputy", "vice", "managing", "executive", "general"]))
    };
    // "a mining analyst at Hollis & Crane": an ampersand inside a firm's name.
    let ampersand = |k: usize| body[k].text == "&" && k > 0 && body[k - 1].is_capitalized() && body.get(k + 1).is_some_and(Tok::is_capitalized);
    let plain = body.iter().enumerate().all(|(k, t)| t.is_word() || matches!(t.text, "," | "’" | "'" | "(" | ")" | "-") || ampersand(k))
        && !body.iter().enumerate().any(|(k, t)| (t.is("that") && !demonstrative(k)) || t.is_any(&["but", "adding", "saying"]) || t.is("and") && !in_name(k) && !second_role(k) && !joint_title(k))
        && body[c.min(body.len())..].iter().filter(|t| t.is_word()).count() <= JOIN_WORDS
        && index_of(ctx.sentences, gap.start).is_some_and(|s| ctx.sentences[s].end > last.span.start);
    if !closes || !plain {
        return None;
    }
    let text = first.text.trim_end();
    Some(match text.strip_suffix(',') {
        Some(head) if period => head.to_string() + ".",
        Some(head) => head.to_string(),
        None => text.to_string(),
    })
}

fn cue_text(toks: &[Tok], c: usize) -> Option<String> {
    let t = toks.get(c)?;
    Some(if t.is("according") { "according to".to_string() } else { t.text.to_string() })
}

fn inside_quotation(ctx: &Context, at: usize) -> bool {
    let i = ctx.quotations.partition_point(|q| q.open <= at);
    i > 0 && at < ctx.quotations[i - 1].end
}

/// Reported speech in sentence `si`.
fn indirect_in(ctx: &Context, si: usize) -> Vec<Quote> {
    let sentence = ctx.sentences[si].clone();
    let toks: &[Tok] = &ctx.tokens[si];
    let has_quotation = toks.iter().any(|t| t.text.chars().all(words::is_quote_mark) && inside_quotation(ctx, t.span.start));
    let mut out = Vec::new();
    let mut i = 0;
    // "Brannigan, she said, would schedule a vote “…”": the quotation is inside the statement.
    if let Some(q) = parenthetical_attribution(ctx, si, &sentence, toks) {
        return vec![q];
    }
    if !has_quotation {
        if let Some((clause, found, cue)) = trailing_attribution(toks) {
            i = cue + 1; // what follows may report someone else (", and aid agencies warned that …")
            let q = match continued_statement(toks, cue) {
                // "…, he said, and many had cut back": the statement goes on past its attribution,
                // which the quote's span holds but its text leaves out.
                Some(rest) => {
                    let mut q = indirect_quote(ctx, si, &sentence, toks, clause.start..rest.end, &found, toks[cue].text);
                    let head = substr::part(ctx.text, toks[clause.start].span.start..toks[clause.end - 1].span.end);
                    let tail = substr::part(ctx.text, toks[rest.start].span.start..toks[rest.end - 1].span.end);
                    q.text = one_line(&[head, ", ", tail].concat());
                    i = toks.len();
                    q
                }
                None => indirect_quote(ctx, si, &sentence, toks, clause, &found, toks[cue].text),
            };
            out.push(q);
        }
    }
    while i < toks.len() {
        if inside_quotation(ctx, toks[i].span.start) {
            i += 1;
            continue;
        }
        if let Some(found) = according_to(toks, i) {
            // A quotation inside the writer's clause is fine; a clause that is a quotation is not.
            let writers = |c: &Range<usize>| !has_quotation || (!is_mark(&toks[c.start]) && i < c.start);
            // "According to aides, she told a meeting that …", "X has warned that …, according to
            // two people who were there": the clause reports its own speaker's words, and the
            // source is only where the writer heard it.
            let reports_its_own = |c: &Range<usize>| {
                (c.start..c.end.min(toks.len())).any(|k| {
                    words::cue(&toks[k]).is_some_and(|v| v.is(VerbFlag::REPORTING) && !v.is(VerbFlag::QUOTE_ONLY) && clause_start(toks, k, v).is_some())
                        && speakers::subject_before(toks, k).is_some_and(|f| f.start >= c.start && !matches!(f.who, Who::Unnamed))
                })
            };
            if let Some(clause) = according_clause(toks, i).filter(writers).filter(|c| !reports_its_own(c)) {
                out.push(indirect_quote(ctx, si, &sentence, toks, clause.clone(), &found, "according to"));
                i = clause.end.max(i + 2);
                continue;
            }
        }
        let Some(verb) = words::cue(&toks[i]).or_else(|| document_verb(toks, i)) else {
            i += 1;
            continue;
        };
        // "…,” said Jane Roe": the verb attributes the quotation; but "who wrote “X”, said the
        // rights had lapsed" goes on with a clause of its own.
        let after_quote = i > 0
            && (is_mark(&toks[i - 1]) || (toks[i - 1].text == "," && i > 1 && is_mark(&toks[i - 2])))
            && !has_finite_verb(toks, i + 1);
        // "asked whether …", and "asked that the trial begin …" (a request reported as a clause).
        let asks_whether = verb.lemma == "ask" && toks.get(i + 1).is_some_and(|t| t.is_any(&["whether", "if", "that"]));
        // "Jensen was asked whether …": the one asked is no speaker.
        let passive = verb.is(VerbFlag::ADDRESSEE) && i > 0 && toks[i - 1].is_any(&["was", "were", "been", "being", "is", "are"]);
        // "What did Mrs Askew say when she replied?", "Did you ask whether …?": a question about
        // what was said reports nothing.
        let questioned = toks.last().is_some_and(|t| t.text == "?")
            && (i.saturating_sub(4)..i).any(|k| toks[k].is_any(&["did", "does", "do", "will", "would", "can", "could", "should"]));
        if (verb.is(VerbFlag::QUOTE_ONLY) && !asks_whether) || after_quote || passive || questioned || is_negated(toks, i) {
            i += 1;
            continue;
        }
        let participle = toks[i].text.ends_with("ing");
        let Some(start) = clause_start(toks, i, verb) else {
            i += 1;
            continue;
        };
        // "X described it as '…' and warned that …": a coordinated verb shares the subject.
        let coordinated = i > 0 && toks[i - 1].is_any(&["and", "but"]);
        let found = if let Some(quoted) = quoted_as_saying(toks, i) {
            Some(quoted)
        } else if participle || coordinated {
            // "…, saying the government had failed": the sentence's subject, named or not.
            main_subject(toks, i).or(Some(Found { who: Who::Unnamed, start: 0, role: None }))
        } else {
            // "Two people familiar with the matter said …": people described, not named.
            // "She is said to have told them …": the subject is before "is said to have".
            let hedged = i >= 4
                && toks[i - 1].is("have")
                && toks[i - 2].is("to")
                && toks[i - 3].is_any(&["said", "reported", "understood", "believed", "thought", "known", "alleged"])
                && toks[i - 4].is_any(&["is", "was", "are", "were"]);
            let at = if hedged { i - 4 } else { i };
            speakers::subject_before(toks, at).or_else(|| document_subject(toks, i)).or_else(|| unnamed_sources(toks, after_dateline(toks), i))
        };
        let Some(found) = found else {
            i += 1;
            continue;
        };
        let end = clause_end(toks, start);
        let word_count = toks[start..end].iter().filter(|t| t.is_word()).count();
        let whole_quotation = toks.get(start).is_some_and(|t| is_mark(t) && inside_quotation(ctx, t.span.start));
        if (word_count >= 3 || is_short_clause(toks, start, end)) && !whole_quotation {
            out.push(indirect_quote(ctx, si, &sentence, toks, start..end, &found, toks[i].text));
        }
        i = end.max(i + 1);
    }
    out
}

/// "She said she understood.", "He said they agreed.": a clause of a pronoun and its verb
/// alone, which ends the sentence, is a statement too.
fn is_short_clause(toks: &[Tok], start: usize, end: usize) -> bool {
    let (subject, verb) = match toks.get(start..end) {
        Some([a, b]) | Some([a, b, _]) => (a, b),
        _ => return false,
    };
    let closes = toks.get(start + 2).is_none_or(|t| matches!(t.text, "." | "!"));
    closes && subject.is_any(&["he", "she", "they", "we", "i"]) && verb.is_word() && !verb.is_capitalized() && !verb.is_any(&["so", "too", "not", "yes", "no"])
}

/// "That policy, they said, has failed.": the statement around its attribution, which is
/// left out of the text.
fn parenthetical_attribution(ctx: &Context, si: usize, sentence: &Range<usize>, toks: &[Tok]) -> Option<Quote> {
    let start = after_dateline(toks);
    let c1 = (start + 1..toks.len().min(start + 12)).find(|&k| toks[k].text == ",")?;
    // Cheap tests first (this runs on every sentence): ", Name said," needs a comma soon after.
    let c2_near = (c1 + 3..toks.len().min(c1 + 10)).find(|&k| toks[k].text == ",")?;
    let cue = (c1 + 2..c2_near).find(|&k| words::cue(&toks[k]).is_some())?;
    let c2 = skip_time_phrase(toks, cue + 1);
    let rest = toks.get(c2 + 1..)?;
    let verb = words::cue(&toks[cue])?;
    if c2 != c2_near || !verb.is(VerbFlag::REPORTING) {
        return None;
    }
    let mut found = speakers::subject_before(toks, cue).filter(|f| f.start == c1 + 1)?;
    // "Bale, he said, had agreed": the pronoun is not the one the statement is about, so it
    // is looked for before the sentence.
    if matches!(found.who, Who::Pronoun(_)) {
        found.start = start;
    }
    // "…, officials said, and forecasters warned …": a coordinated clause is no continuation.
    let opens_lower = rest.first().is_some_and(|t| t.is_word() && !t.is_capitalized() && !t.is_any(&["and", "but", "or"]));
    let ok = toks.get(c2).is_some_and(|t| t.text == ",")
        && toks[start..c1].iter().all(|t| t.is_word() || matches!(t.text, "'" | "’" | "-"))
        && opens_lower
        && (words::in_list(&FINITE_VERBS, &rest[0].lower()) || has_finite_verb(toks, c2 + 1))
        && rest.iter().filter(|t| t.is_word()).count() >= 2;
    if !ok {
        return None;
    }
    let mut end = toks.len();
    while end > c2 + 2 && matches!(toks[end - 1].text, "." | "!" | "?" | ",") {
        end -= 1;
    }
    let head = substr::part(ctx.text, toks[start].span.start..toks[c1 - 1].span.end);
    let tail = substr::part(ctx.text, toks[c2 + 1].span.start..toks[end - 1].span.end);
    let mut q = indirect_quote(ctx, si, sentence, toks, start..end, &found, toks[cue].text);
    q.text = one_line(&(head.to_string() + " " + tail));
    Some(q)
}

/// "found"/"show" report a document's content ("a poll released Tuesday found that …",
/// "campaign filings show that …"), only with "that" and a document as subject.
fn document_verb(toks: &[Tok], i: usize) -> Option<Verb> {
    let verb = toks[i].verb().filter(|v| v.is(VerbFlag::DOCUMENT))?;
    if toks[i].text.bytes().any(|b| !b.is_ascii_lowercase()) {
        return None;
    }
    // "A poll … found Brennan ahead by 3 points": a poll's finding needs no "that".
    let that = toks.get(i + 1).is_some_and(|t| t.is("that") || (verb.lemma == "find" && t.is_word()));
    (that && document_subject(toks, i).is_some()).then_some(verb)
}

/// The document a verb at `verb` reports from: "The report said", "A survey of the staff
/// carried out for the review found", "City budget documents show". Unnamed, unless the
/// phrase says who made it ("a poll released Tuesday by Keystone University" is the
/// university's).
fn document_subject(toks: &[Tok], verb: usize) -> Option<Found> {
    let mut v = verb;
    while v > 0 && words::is_verb_filler(toks[v - 1].text) && !toks[v - 1].is_capitalized() {
        v -= 1;
    }
    let from = v.saturating_sub(20);
    let noun = (from..v).rev().find(|&k| toks[k].is_word() && lexicon::noun(words::strip_possessive(&toks[k].lower())).is(Noun::DOCUMENT))?;
    // Nothing between the noun and the verb may be a verb of its own ("the report, which …, says").
    if toks[noun + 1..v].iter().any(|t| words::cue(t).is_some() || t.text == ";" || t.is_any(&["which", "that", "who"])) {
        return None;
    }
    let by = (noun + 1..v).find(|&k| toks[k].is("by"));
    let maker = by.and_then(|b| {
        let first = b + 1 + usize::from(toks.get(b + 1).is_some_and(|t| t.is("the")));
        let run = toks[first..v].iter().take_while(|t| speakers::is_run_word(t) || t.is("of")).count();
        (run > 0 && speakers::is_run_word(&toks[first + run - 1])).then(|| toks[first..first + run].iter().map(|t| t.text).collect::<Vec<_>>().join(" "))
    });
    let who = maker.map_or(Who::Unnamed, Who::Org);
    Some(Found { who, start: noun, role: None })
}

fn is_mark(t: &Tok) -> bool {
    t.text.chars().all(words::is_quote_mark)
}

fn indirect_quote(ctx: &Context, si: usize, sentence: &Range<usize>, toks: &[Tok], clause: Range<usize>, found: &Found, cue: &str) -> Quote {
    let mut end = clause.end;
    while end > clause.start + 1 && matches!(toks[end - 1].text, "." | "," | ";" | ":" | "!" | "?" | "—" | "–" | "-") {
        end -= 1;
    }
    let range = toks[clause.start].span.start..toks[end - 1].span.end;
    let at = toks.get(found.start).map_or(sentence.start, |t| t.span.start);
    Quote {
        speaker: resolve(ctx, found, at, si),
        kind: QuoteKind::Indirect,
        text: one_line(substr::part(ctx.text, range.clone())),
        cue: Some(cue.to_string()),
        sentence: one_line(substr::part(ctx.text, sentence.clone())),
        span: span(&range),
        sentence_span: span(sentence),
        date: None,
    }
}

/// "he did not say whether …", "she declined to say how …": a verb of speech denied reports
/// nothing.
fn is_negated(toks: &[Tok], verb: usize) -> bool {
    let Some(prev) = verb.checked_sub(1).map(|k| &toks[k]) else { return false };
    let declined = || prev.is("to") && verb >= 2 && toks[verb - 2].is_any(&["declined", "declining", "refused", "refusing"]);
    prev.is_any(&["not", "never", "didn't", "doesn't", "don't", "won't", "wouldn't", "couldn't"]) || declined()
}

/// "Talks will resume next week, the ministry said (on Tuesday)." → the clause before the
/// comma, the speaker and the verb's token index. The last few commas are tried, right to left:
/// "…, the ministry said, and aid agencies warned that …" attributes at the one before "and".
fn trailing_attribution(toks: &[Tok]) -> Option<(Range<usize>, Found, usize)> {
    let commas = toks.iter().enumerate().rev().filter(|(_, t)| t.text == ",").map(|(k, _)| k);
    commas.take(4).enumerate().find_map(|(nth, comma)| attribution_after_comma(toks, comma, nth == 0))
}

/// "Most callers were pensioners, he said, and many had cut back.": after the attribution whose
/// verb is at `cue`, a clause opened by ", and" or ", but" that reports no one else (no verb of
/// speech or of a document in it) goes on with the statement. Returns its tokens, from "and"
/// up to the sentence's final punctuation.
fn continued_statement(toks: &[Tok], cue: usize) -> Option<Range<usize>> {
    // "…, Lakeview said in a filing, and …": the phrase skipped takes its comma along.
    let after = skip_time_phrase(toks, cue + 1);
    let comma = if after > cue + 1 && toks[after - 1].text == "," { after - 1 } else { after };
    let opens = toks.get(comma).is_some_and(|t| t.text == ",") && toks.get(comma + 1).is_some_and(|t| t.is_any(&["and", "but"]));
    if !opens {
        return None;
    }
    let mut end = toks.len();
    while end > comma + 2 && matches!(toks[end - 1].text, "." | "!" | "?") {
        end -= 1;
    }
    let rest = comma + 1..end;
    // "…, she said, and hoped to fill the post": a verb of intent with its infinitive goes on
    // with the statement; any other verb of speech reports something else.
    let intent = |k: usize| k == comma + 2 && toks.get(k + 1).is_some_and(|t| t.is("to"));
    // "…, he said, and he has said so at every meeting since", "… told the board as much": a
    // verb of speech whose object only points back at the statement reports nothing new.
    let reports = toks[rest.clone()].iter().enumerate().any(|(k, t)| (words::cue(t).is_some() && !intent(comma + 1 + k) && !says_so(toks, comma + 1 + k)) || document_verb(toks, comma + 1 + k).is_some());
    let words_after = toks[comma + 2..end].iter().filter(|t| t.is_word()).count();
    let has_verb = has_finite_verb(toks, comma + 2) || has_past_verb(toks, comma + 2) || intent(comma + 2);
    (!reports && words_after >= 3 && has_verb).then_some(rest)
}

/// "has said so", "told the board as much": the verb of speech at `k` only points back at a
/// statement already made.
fn says_so(toks: &[Tok], k: usize) -> bool {
    toks.get(k + 1).is_some_and(|t| t.is("so")) || (k + 2..toks.len().min(k + 7)).any(|j| toks[j].is("as") && toks.get(j + 1).is_some_and(|t| t.is("much")))
}

/// `last`: the sentence's last comma. An earlier one counts only when the attribution ends at a
/// coordinated clause (", and …"); otherwise "The president, Jane Roe, said …" would read as
/// "The president" attributed to Jane Roe.
fn attribution_after_comma(toks: &[Tok], comma: usize, last: bool) -> Option<(Range<usize>, Found, usize)> {
    let cue = (comma + 2..toks.len().min(comma + 10)).find(|&c| words::cue(&toks[c]).is_some())?;
    let verb = words::cue(&toks[cue])?;
    // ", but he did not say how" / ", declining to say more": no attribution; nor ", said
    // patients had been told to …", whose first verb reports and whose later one is passive.
    let passive = toks[cue - 1].is_any(&["been", "being", "was", "were"]);
    // ", which the governor's office announced last week, and …": a relative clause whose
    // object is what came before reports nothing.
    let relative = toks.get(comma + 1).is_some_and(|t| t.is_any(&["which", "whom", "whose"]));
    if relative || passive || says_so(toks, cue) || toks[cue - 1].is_any(&["not", "never", "to", "didn't", "won't", "wouldn't", "couldn't"]) || words::cue(&toks[comma + 1]).is_some() {
        return None;
    }
    let reporting = verb.is(VerbFlag::REPORTING);
    // The attribution ends at a coordinated clause of its own (", and aid agencies warned …").
    let tail = &toks[cue + 1..];
    // Or at an appositive about the whole sentence (", the company said on Tuesday, the latest …").
    // Or at a clause of the writer's (", it said on Thursday, after a mild winter …").
    let ends_there = |w: &[Tok]| {
        w[0].text == ","
            // ", two people familiar with the matter told Reuters, asking not to be named …".
            && (w[1].is_any(&["and", "but", "the", "a", "an", "after", "amid", "as", "while", "when", "before", "adding", "saying", "noting", "in"])
                || w[1].is_any(&["asking", "speaking", "requesting"]))
    };
    let tail = match tail.windows(2).position(ends_there) {
        Some(cut) => &tail[..cut],
        None if last => tail,
        None => return None,
    };
    // "…, researchers reported in the journal Science on 3 April 2025.": adverbial phrases may
    // run a little longer than a bare "on Tuesday".
    // "In an interview with CNN, the minister said the border would stay closed": the words
    // after the verb are the reported clause, so this is no trailing attribution.
    if has_finite_verb(toks, cue + 1) || has_past_verb(toks, cue + 1) {
        return None;
    }
    let adverbial = tail.iter().find(|t| t.is_word()).is_some_and(|t| t.is_any(&["in", "on", "at", "during", "after", "late", "early"]));
    let short_tail = tail.iter().filter(|t| t.is_word()).count() <= if adverbial { 9 } else { 5 }
        && !tail.iter().any(|t| t.is("that") || t.text == ",");
    // ", officials said" / ", a spokesperson for the Interior Ministry said" / ", two people
    // familiar with the matter told Reuters"
    let found = speakers::subject_before(toks, cue)
        .filter(|f| f.start > comma && f.start <= comma + 6 && toks[comma + 1..f.start].iter().all(|t| t.is_word() && !t.is_capitalized()))
        .or_else(|| unnamed_sources(toks, comma + 1, cue))?;
    let start = after_dateline(toks);
    // "Asked whether she would resign, she said no.": the question put to the speaker is no
    // statement of theirs.
    let question_put = toks.get(start).is_some_and(|t| t.is_any(&["asked", "pressed", "questioned"]))
        && toks.get(start + 1).is_some_and(|t| t.is_any(&["whether", "if", "about", "on", "why", "how", "what", "when"]));
    (reporting && short_tail && comma > start + 2 && !question_put).then_some((start..comma, found, cue))
}

/// "two people familiar with the matter", "sources briefed on the talks", "officials with
/// knowledge of the plan" (tokens `from..verb`): people the writer does not name, described by
/// what they know; speaker `null`.
fn unnamed_sources(toks: &[Tok], from: usize, verb: usize) -> Option<Found> {
    const QUALIFIERS: [&str; 8] = ["familiar", "briefed", "close", "with", "knowledgeable", "involved", "aware", "who"];
    let mut k = from;
    const QUANTITIES: [&str; 13] = ["a", "an", "one", "another", "two", "three", "four", "several", "some", "many", "few", "other", "third"];
    let quantity = |t: &Tok| t.is_any(&QUANTITIES) || t.text.bytes().all(|b| b.is_ascii_digit());
    while k < verb && quantity(&toks[k]) {
        k += 1;
    }
    // Plural role nouns ("sources", "officials", "people"), or one "person" or "source".
    let group = |t: &Tok| {
        let w = t.lower();
        (words::is_role_noun(&w) && (w.ends_with('s') || w == "people")) || w == "person" || w == "source"
    };
    // "Officials aware of the matter said …": the group may open the sentence.
    toks.get(k).filter(|t| t.is_word() && (!t.is_capitalized() || k == from) && group(t))?;
    let described = toks.get(k + 1).is_some_and(|t| t.is_any(&QUALIFIERS));
    let plain = toks[k + 1..verb].iter().all(|t| t.is_word() && !t.is_capitalized());
    (described && plain && verb - k <= 9).then_some(Found { who: Who::Unnamed, start: from, role: None })
}

/// Index of the first token after a wire dateline ("ROTTERDAM, March 3 (Reuters) -").
fn after_dateline(toks: &[Tok]) -> usize {
    let shouting = toks.first().is_some_and(|t| t.text.len() > 2 && t.text.chars().all(|c| !c.is_lowercase()));
    if !shouting {
        return agency_dateline_end(toks).unwrap_or(0);
    }
    let dash = |t: &Tok| matches!(t.text, "-" | "—" | "–" | "--");
    // "AUSTIN, Texas, Nov. 30, 2026 /PRNewswire/ --": a newswire's dateline names the wire
    // between slashes, then a dash (or two).
    let wire = (4..toks.len().min(20)).find(|&k| toks[k].text == "/" && toks.get(k - 2).is_some_and(|t| t.text == "/") && toks[k - 1].is_capitalized());
    let from = wire.map_or(0, |k| k + 1);
    let Some(k) = (from..toks.len().min(from.max(12).max(from + 3))).find(|&k| dash(&toks[k])) else { return 0 };
    (k + 1..toks.len()).find(|&j| !dash(&toks[j])).unwrap_or(toks.len())
}

/// "New Delhi, May 14 (PTI)" / "Paris, Jan 3 (AFP) -": a dateline in title case ends at the
/// agency's name in brackets (and a dash after it).
fn agency_dateline_end(toks: &[Tok]) -> Option<usize> {
    let open = (2..toks.len().min(10)).find(|&k| toks[k].text == "(")?;
    let agency = toks.get(open + 1).filter(|t| t.is_word() && t.is_capitalized() && t.text.len() <= 8)?;
    let closes = toks.get(open + 2).is_some_and(|t| t.text == ")");
    let has_comma = toks[..open].iter().any(|t| t.text == ",");
    if !closes || !has_comma || agency.text.len() < 2 {
        return None;
    }
    let after = open + 3;
    Some(after + usize::from(toks.get(after).is_some_and(|t| matches!(t.text, "-" | "—" | "–"))))
}

/// "According to X, clause." or "Clause, according to X." → the clause's token range.
fn according_clause(toks: &[Tok], i: usize) -> Option<Range<usize>> {
    let lead_words = toks[..i].iter().filter(|t| t.is_word()).count();
    if lead_words <= 1 {
        let mut comma = (i + 2..toks.len().min(i + 22)).find(|&k| toks[k].text == ",")?;
        // "According to Dr. Ana Lima, a former scientist at …, the satellite can …"; "…, chief
        // economist at Hanseatic Bank, the ECB is …": a verbless phrase between commas.
        let next = (comma + 2..toks.len().min(comma + 25)).find(|&k| toks[k].text == ",");
        let determiner = toks.get(comma + 1).is_some_and(|t| t.is_any(&["a", "an", "the", "who", "its", "his", "her"]));
        let verbless = next.is_some_and(|n| {
            n <= comma + 10
                && toks[comma + 1..n].iter().all(|t| t.is_word() && words::cue(t).is_none())
                && !has_finite_verb(toks, comma + 1)
                && !has_past_verb(toks, comma + 1)
        });
        if let Some(next) = next.filter(|_| determiner || verbless) {
            comma = next;
        }
        let end = clause_end(toks, comma + 1);
        return (end > comma + 3).then_some(comma + 1..end);
    }
    (i > 0 && toks[i - 1].text == ",").then_some(0..i - 1).filter(|r| r.len() >= 3)
}

fn is_clause_opener(t: &Tok) -> bool {
    let lower = t.lower();
    words::in_list(&CLAUSE_OPENERS, &lower) || t.text.chars().next().is_some_and(|c| c.is_ascii_digit())
        || speakers::is_run_word(t)
}

/// Where the reported clause after the verb at `verb` starts, if there is one: after "that",
/// or (for say/tell-like verbs) right after the verb, a short time phrase ("on Wednesday",
/// "in a statement") and, for "tell", its object ("told the BBC his fields …").
fn clause_start(toks: &[Tok], at: usize, verb: Verb) -> Option<usize> {
    let next = toks.get(at + 1)?;
    let lower = next.lower();
    // "Did you report that to the owners?", "she said that about him": a demonstrative.
    if lower == "that" && toks.get(at + 2).is_some_and(|t| t.is_any(&["to", "about"])) {
        return None;
    }
    if lower == "that" {
        return Some(at + 2);
    }
    // Only a document "finds" ([`document_verb`]): what follows is its finding.
    if verb.lemma == "find" {
        return next.is_word().then_some(at + 1);
    }
    let takes_object = verb.is(VerbFlag::TAKES_OBJECT);
    let mut j = skip_time_phrase(toks, skip_time_phrase(toks, at + 1));
    // "asked whether the plant would close": the question is the reported clause.
    if verb.lemma == "ask" && toks.get(j).is_some_and(|t| t.is_any(&["whether", "if"])) && has_finite_verb(toks, j + 1) {
        return Some(j + 1);
    }
    if takes_object && j == at + 1 {
        j = skip_time_phrase(toks, skip_object(toks, j));
        // "told reporters in Oslo the EU had …": where it was told, then the clause.
        if j > at + 1 && toks.get(j).is_some_and(|t| t.is_any(&["in", "at"])) {
            let place_end = (j + 1..toks.len().min(j + 4)).find(|&m| !speakers::is_run_word(&toks[m])).unwrap_or(j + 1);
            let opener = toks.get(place_end).is_some_and(|t| !t.is_capitalized() && is_clause_opener(t));
            if place_end > j + 1 && opener && has_finite_verb(toks, place_end) {
                j = place_end;
            }
        }
    }
    if toks.get(j).is_some_and(|t| t.is("that")) {
        return Some(j + 1);
    }
    // "said late payments had risen", "said early voting was up": an adjective of the clause's
    // subject, not the time of the saying ("said late Tuesday" is skipped above).
    let modifier = next.is_any(&["late", "early", "last", "this"]) && toks.get(at + 2).is_some_and(|n| n.is_word() && !n.is_capitalized() && !is_time_word(n));
    let adverbial = words::in_list(&ADVERBIALS, &lower) && !modifier;
    if adverbial || takes_object {
        // "told reporters after a meeting with the union's leaders at the ministry on Wednesday
        // that …": a phrase of circumstance may hold "with" or "of" before the "that".
        let mut circumstance = false;
        let window = toks.get(at + 1..toks.len().min(at + 24)).unwrap_or(&[]);
        for (k, t) in window.iter().enumerate().map(|(n, t)| (at + 1 + n, t)) {
            // "told a meeting of the rebels on Monday night that …", "told a conference of
            // engineers that …": a gathering told is one phrase with its "of".
            if t.is_any(&["after", "following", "during"]) || k <= at + 3 && t.is_any(&GATHERINGS) {
                circumstance = true;
            }
            if circumstance && t.is("that") && !toks.get(k + 1).is_some_and(|n| is_clause_opener(n) || n.is_any(&["the", "a", "an", "its", "his", "her", "their"])) {
                break;
            }
            if k >= at + 18 && !circumstance {
                break;
            }
            // "told reporters the WTO had set a rule that was “…”": a finite verb after the one
            // told means the clause has begun; a "that" after it is a relative pronoun.
            if k > j && !circumstance && !t.is_capitalized() && words::in_list(&FINITE_VERBS, t.text) && !toks[k - 1].is_any(&["and", "but"]) {
                break;
            }
            // "told her colleague she had done everything right, and that …": a "that" after
            // "and" coordinates a second clause with a first one that had none.
            let second = k > j && toks[k - 1].is_any(&["and", "but"]);
            if t.is("that") && !second {
                return Some(k + 1);
            }
            if t.is("that") {
                // The first clause opens at its subject pronoun, after the one told.
                let subject = (at + 2..k).find(|&s| toks[s].is_any(&["he", "she", "they", "we", "i", "it"]));
                if subject.is_some() {
                    return subject;
                }
                break;
            }
            let stop = matches!(t.text, "." | ";" | ":" | "!" | "?")
                || is_mark(t)
                || words::cue(t).is_some()
                || t.is_any(&["about", "for", "against", "which", "who", "whether"])
                || t.is_any(&["of", "with"]) && !circumstance;
            if stop {
                break;
            }
        }
    }
    // "said on Tuesday, the latest in …": after a comma comes an aside, not the reported clause.
    if j > at + 1 && toks[j - 1].text == "," {
        return None;
    }
    let opener = toks.get(j)?;
    let opens = if verb.is(VerbFlag::LOOSE_CLAUSE) {
        is_clause_opener(opener) || has_finite_verb(toks, j) || has_past_verb(toks, j)
    } else {
        let proposes = matches!(verb.lemma, "suggest" | "propose" | "recommend" | "demand" | "insist");
        opener.is_word() && (has_finite_verb(toks, j) || (proposes && is_subjunctive_clause(toks, j)))
    };
    // "told Reuters outside the gates, “as long as it takes …”": a phrase of place before the
    // second piece of a quotation is no clause, though the quotation holds a verb.
    let piece_after_phrase = (j..toks.len().min(j + 12))
        .find(|&k| toks[k].text == ",")
        .is_some_and(|comma| toks.get(comma + 1).is_some_and(is_mark) && !has_finite_verb(&toks[..comma], j) && !has_past_verb(&toks[..comma], j));
    let bare = verb.is(VerbFlag::BARE_CLAUSE)
        && opens
        && !piece_after_phrase
        && !(j == at + 1 && adverbial)
        && !toks.get(j + 1).is_some_and(|t| t.text == "," || t.text == ".");
    bare.then_some(j)
}

/// "suggested the government fund a scheme", "proposed he resign": a subject (a pronoun, or a
/// determiner and up to three words) and a bare verb with its object, the clause a verb of
/// proposing takes without "that" or an auxiliary ("proposed a ban on …" is no clause).
fn is_subjunctive_clause(toks: &[Tok], j: usize) -> bool {
    const NOT_VERBS: [&str; 16] = ["and", "or", "but", "of", "to", "for", "on", "in", "at", "with", "by", "from", "new", "more", "most", "other"];
    const OBJECTS: [&str; 10] = ["the", "a", "an", "its", "his", "her", "their", "our", "more", "all"];
    let Some(first) = toks.get(j) else { return false };
    let pronoun = first.is_any(&["he", "she", "they", "we", "it"]);
    let determiner = first.is_any(&["the", "its", "his", "her", "their", "our", "every", "each", "all"]);
    if !pronoun && !determiner {
        return false;
    }
    let last_verb_at = if pronoun { j + 1 } else { j + 4 };
    for k in j + 1 + usize::from(determiner)..=last_verb_at {
        let (Some(v), Some(next)) = (toks.get(k), toks.get(k + 1)) else { return false };
        let bare = v.is_word()
            && !v.is_capitalized()
            && v.text.len() > 2
            && !["s", "ed", "ing", "ly"].iter().any(|end| v.text.ends_with(end))
            && !v.is_any(&NOT_VERBS);
        if bare && next.is_any(&OBJECTS) {
            return true;
        }
        // The subject's words: lower case, or a body's capitalised name ("the Treasury").
        if !v.is_word() || v.is_any(&NOT_VERBS) {
            return false;
        }
    }
    false
}

/// A finite verb (auxiliary or modal) within a few words: what makes "her side had been …" a
/// clause and "this initiative" a mere object.
fn has_finite_verb(toks: &[Tok], from: usize) -> bool {
    // Eight words: "said over 12 lakh people in 21 districts had been affected".
    let near = toks[from..toks.len().min(from + 8)]
        .iter()
        .take_while(|t| t.is_word() || t.text == "’" || t.text == "'")
        .skip(1)
        .any(|t| {
            words::in_list(&FINITE_VERBS, &t.lower())
        });
    near || long_subject_verb(toks, from)
}

/// "said residents of towns such as Makhanda and Emalahleni had gone …", "says about 80,000
/// homes across Yorkshire and the north-east are …": a subject of up to twelve words, plain
/// nouns and names with "of", "such as", "across", "and" between them, before an auxiliary.
/// Words that open a clause of their own ("who", "to", "when") end the search.
fn long_subject_verb(toks: &[Tok], from: usize) -> bool {
    const STOPS: [&str; 14] = ["who", "which", "that", "when", "while", "because", "if", "to", "after", "before", "since", "until", "but", "or"];
    // The subject opens with a quantity ("about 80,000 homes") or a plural of people or things.
    let opens = toks.get(from).is_some_and(|t| {
        t.is_word() && (t.is_any(&["about", "around", "nearly", "almost", "over", "some", "more", "most", "many", "several", "people"]) || !t.is_capitalized() && t.text.len() > 3 && t.text.ends_with('s') && !t.text.ends_with("ss"))
    });
    let window = &toks[from..toks.len().min(from + 13)];
    if subject_with_relative_then_modal(window) {
        return true;
    }
    if !opens {
        return false;
    }
    for (k, t) in window.iter().enumerate().skip(1) {
        let glued_hyphen = t.text == "-" && k + 1 < window.len() && window[k - 1].span.end == t.span.start && t.span.end == window[k + 1].span.start;
        if !(t.is_word() || glued_hyphen) || t.is_any(&STOPS) || words::cue(t).is_some() {
            return false;
        }
        if k >= 7 && words::in_list(&FINITE_VERBS, &t.lower()) {
            return true;
        }
    }
    false
}

/// "says video visits and nurses who travel to patients' homes can close …": a plural subject
/// (at most five words) with a relative clause of its own ("who" and up to six plain words),
/// then a modal and its bare verb. The modal, after the relative clause, is the clause's verb.
fn subject_with_relative_then_modal(window: &[Tok]) -> bool {
    const MODALS: [&str; 8] = ["can", "could", "will", "would", "may", "might", "should", "must"];
    let plain = |t: &Tok| (t.is_word() && !t.is_capitalized() && words::cue(t).is_none()) || matches!(t.text, "'" | "’");
    let Some(who) = window.iter().take(6).position(|t| t.is("who")) else { return false };
    let plural = |t: &Tok| t.text.len() > 3 && t.text.ends_with('s') && !t.text.ends_with("ss");
    if who < 1 || !window[..who].iter().all(plain) || !window[..who].iter().any(plural) || window[..who].iter().any(|t| t.is_any(&["that", "which", "but", "or", "to"])) {
        return false;
    }
    let Some(modal) = (who + 2..window.len().min(who + 8)).find(|&k| window[k].is_any(&MODALS)) else { return false };
    window[who + 1..modal].iter().all(|t| plain(t) && !t.is_any(&["who", "which", "that", "but", "and"]))
        && window.get(modal + 1).is_some_and(|t| t.is_word() && !t.is_capitalized() && !t.is_any(&["not", "have", "be"]))
}

/// A past-tense verb a few plain words after `from` ("said wind gusts reached 80 mph"): the
/// clause has a verb even without an auxiliary. Stops at small words that start a phrase of
/// their own ("said goodbye to staff who worked …").
fn has_past_verb(toks: &[Tok], from: usize) -> bool {
    // The clause's first word is its subject: "said and nothing happened" has none.
    if toks.get(from).is_some_and(|t| is_connective(t) || t.is_any(&["or", "so", "nor", "yet", "then"])) {
        return false;
    }
    // "said Mr. Hayes still came by …": a titled name is the subject.
    let titled = toks.get(from).is_some_and(|t| t.is_capitalized() && words::is_title(&case::to_lower(t.text.trim_end_matches('.'))));
    if titled {
        let Some(k) = (from + 1..toks.len().min(from + 6)).find(|&k| !toks[k].is_capitalized() && toks[k].text != ".") else { return false };
        return toks[k..toks.len().min(k + 4)]
            .iter()
            .take_while(|t| t.is_word() && !t.is_capitalized() && !is_connective(t) && !t.is_any(&["who", "which", "that", "but"]))
            .any(|t| is_past_tense(t.text));
    }
    let plain = toks[from..toks.len().min(from + 5)]
        .iter()
        .take_while(|t| t.is_word() && !t.is_capitalized())
        .skip(1)
        .take_while(|t| !is_connective(t) && !t.is_any(&["who", "which", "that", "but"]))
        .any(|t| is_past_tense(t.text));
    // "said tips from the public led investigators to him": a noun with a short phrase of its
    // own ("from the public", "of the residents") before the verb.
    let phrase = toks.get(from + 1).is_some_and(|t| t.is_any(&["from", "of", "at", "on", "in", "with", "for"]))
        && toks[from].is_word()
        && !words::is_verb_filler(toks[from].text)
        && toks[from + 2..toks.len().min(from + 6)]
            .iter()
            .take_while(|t| t.is_word() && !t.is_capitalized() && !t.is_any(&["who", "which", "that", "but", "and", "to"]))
            .skip(1)
            .any(|t| is_past_tense(t.text));
    plain || phrase
}

fn is_past_tense(word: &str) -> bool {
    const IRREGULAR: &[&str] = &[
        "became", "began", "brought", "built", "came", "fell", "found", "gave", "got", "grew", "held", "hit",
        "kept", "knew", "led", "left", "lost", "made", "met", "paid", "ran", "rose", "sank", "saw", "sent",
        "slid", "sold", "spent", "struck", "took", "went", "won", "wrote",
    ];
    (word.len() >= 5 && word.ends_with("ed") && !word.ends_with("eed") && word != "hundred")
        || IRREGULAR.binary_search(&word).is_ok()
}

fn is_time_word(t: &Tok) -> bool {
    let lower = t.lower();
    words::is_capitalized_stopword(t.text) && t.is_capitalized() && lower.len() > 2 && lower.ends_with("day")
        || words::in_list(&TIME_WORDS, lower.trim_end_matches('.'))
        || t.text.chars().next().is_some_and(|c| c.is_ascii_digit())
}

/// Skips "on Wednesday", "late Friday", "last week", "earlier", "in a statement", "on X" and a
/// following comma; returns the index after it (or `j` when there is none).
fn skip_time_phrase(toks: &[Tok], j: usize) -> usize {
    let Some(t) = toks.get(j) else { return j };
    let lower = t.lower();
    let mut k = j;
    if TIME_ADVERBS.contains(&lower) {
        k = j + 1;
    } else if t.is_capitalized() && is_time_word(t) {
        // "said Tuesday (night) that …"
        k = j + 1 + usize::from(toks.get(j + 1).is_some_and(|n| !n.is_capitalized() && is_time_word(n)));
    } else if matches!(lower.as_ref(), "on" | "late" | "early" | "last" | "this" | "next") {
        let mut m = j + 1;
        while m < toks.len().min(j + 5) && (is_time_word(&toks[m]) || (lower == "on" && m == j + 1 && speakers::is_run_word(&toks[m])) || toks[m].text == ",") {
            m += 1;
        }
        if m > j + 1 && toks[m - 1].text != "," || m > j + 2 {
            k = m;
        }
    } else if matches!(lower.as_ref(), "in" | "during") {
        let det = toks.get(j + 1).is_some_and(|d| d.is_any(&["a", "an", "the", "its", "his", "her", "their"]));
        // "in a statement", and with up to two words before the noun: "in its daily report",
        // "in a brief written statement".
        let is_medium = |n: &Tok| lexicon::noun(&n.lower()).is(Noun::MEDIUM);
        let adjective = |n: &Tok| n.is_word() && !n.is_capitalized() && !n.is("that") && words::cue(n).is_none();
        let medium = (j + 2..toks.len().min(j + 5)).find(|&m| is_medium(&toks[m]) || !adjective(&toks[m])).filter(|&m| is_medium(&toks[m]));
        if let Some(m) = medium.filter(|_| det) {
            k = m + 1;
            // "in an interview with The Times", "in a letter to shareholders": who received it.
            if toks.get(k).is_some_and(|t| t.is_any(&["with", "to", "on"])) {
                let object_end = skip_object(toks, k + 1);
                if object_end > k + 1 {
                    k = object_end;
                }
            }
        }
    }
    if k > j && toks.get(k).is_some_and(|c| c.text == ",") {
        k += 1;
    }
    k
}

/// Skips the object of "tell"/"warn": "reporters", "the BBC", "Italian broadcaster Rai", "him".
fn skip_object(toks: &[Tok], j: usize) -> usize {
    let Some(t) = toks.get(j) else { return j };
    if t.is_any(&["him", "her", "them", "us", "me", "you"]) {
        return j + 1;
    }
    let mut k = j;
    if t.is_any(&["the", "a", "an"]) {
        k += 1;
        // "told the 140 people who work there": a number after the article counts the object.
        let number = |n: &Tok| n.text.bytes().next().is_some_and(|b| b.is_ascii_digit()) && n.text.bytes().all(|b| b.is_ascii_digit() || b == b',');
        if toks.get(k).is_some_and(number) && toks.get(k + 1).is_some_and(|n| n.is_word() && !n.is_capitalized()) {
            k += 1;
        }
    }
    let from = k;
    let mut limit = from + 4;
    while k < toks.len().min(limit) {
        let w = &toks[k];
        let lower = w.lower();
        // "told BBC Radio 4’s Today programme", "the council's finance committee": a possessive
        // inside the object continues it, with a few words of its own.
        if k > from && w.is_word() && words::strip_possessive(w.text) != w.text {
            limit = limit.max(k + 4);
            k += 1;
            continue;
        }
        // "told WKTN 7 after the hearing", "told Channel 4": a station's number is its name's.
        let channel_number = k > from && w.text.len() <= 3 && w.text.bytes().all(|b| b.is_ascii_digit()) && toks[k - 1].is_capitalized();
        if channel_number {
            k += 1;
            continue;
        }
        let preposition = PREPOSITIONS.contains(&lower);
        // "told state broadcaster RAI", "told state media": a verb form before the noun of a
        // body is its adjective.
        let adjective = toks.get(k + 1).is_some_and(|n| {
            let noun = lexicon::noun(&n.lower());
            n.is_word() && !n.is_capitalized() && (noun.is(Noun::ORGANISATION) || noun.is(Noun::NAME_WORD))
        });
        let object_word = w.is_word()
            && !preposition
            && !matches!(lower.as_ref(), "that" | "who" | "which" | "whose")
            && (words::cue(w).is_none() || adjective)
            && (speakers::is_run_word(w) || (!w.is_capitalized() && !is_clause_opener(w)));
        if !object_word {
            break;
        }
        k += 1;
    }
    if k == from { j } else { k }
}

/// Where a reported clause ends: the sentence end, or where a new attribution starts
/// (", adding that …", ", according to …", ", he said.").
fn clause_end(toks: &[Tok], start: usize) -> usize {
    // "When its owners said in June that they wanted to retire, the street's shopkeepers …": the
    // clause reported inside a subordinate clause the sentence opens with ends at its comma.
    let subordinate = toks.first().is_some_and(|t| t.is_capitalized() && t.is_any(&SUBORDINATORS_OPENING));
    for j in start..toks.len() {
        let t = &toks[j];
        if t.text == ";" {
            return j;
        }
        if subordinate && t.text == "," && toks.get(j + 1).is_some_and(|n| n.is_any(&MAIN_CLAUSE_OPENERS)) {
            return j;
        }
        // "… was serious and urged residents to …": a second verb of the speaker, not reported.
        let finite_cue = |n: &Tok| words::cue(n).is_some() && (n.text.ends_with("ed") || matches!(n.text, "said" | "told" | "wrote" | "says"));
        if t.is_any(&["and", "but"]) && toks.get(j + 1).is_some_and(finite_cue) {
            return j;
        }
        if t.text != "," {
            continue;
        }
        // `…who we are," but he did not say`: the comma before a closing mark ends the same way.
        // The clause keeps the closing mark: it ends after it.
        let closed_here = toks.get(j + 1).is_some_and(is_mark) && toks.get(j + 2).is_some_and(|n| n.is_any(&["and", "but", "although", "though"]));
        let (j, end) = if closed_here { (j + 1, j + 2) } else { (j, j) };
        let next = toks.get(j + 1);
        // `found the wall was "unsafe in places", and by 1990 …`: a quotation closed before the
        // comma ends the reported words; what the writer adds after "and" is the writer's.
        let closed_before = j > start && is_mark(&toks[j - 1]) && toks[start..j - 1].iter().any(is_mark);
        if closed_before && next.is_some_and(|n| n.is_any(&["and", "but"])) && !toks.get(j + 2).is_some_and(|n| n.is("that")) {
            return j;
        }
        // ", adding that …" / ", saying “…”": the speaker's next statement, not this clause.
        let speech_participle = |n: &Tok| n.text.ends_with("ing") && words::cue(n).is_some_and(|v| v.is(VerbFlag::NEXT_STATEMENT));
        let participle_cue = next.is_some_and(|n| n.text.ends_with("ing") && words::cue(n).is_some())
            && (toks.get(j + 2).is_some_and(|n| n.is("that")) || next.is_some_and(speech_participle));
        let contrast = next.is_some_and(|n| n.is_any(&["while", "whereas"]));
        // "said it would keep its tariffs, the clearest statement of its position so far" / ", the
        // first time an official has said so": the writer's appositive about the whole sentence.
        let writers_appositive = next.is_some_and(|n| n.is("the")) && toks.get(j + 2).is_some_and(|n| words::in_list(&RANKING_WORDS, &n.lower()));
        // "…, a suggestion Ms Dunmore rejected", "…, a claim the union disputes": the writer
        // sums up what was said.
        let sums_up = next.is_some_and(|n| n.is_any(&["a", "an"])) && toks.get(j + 2).is_some_and(|n| n.is_any(&SUMMING_NOUNS));
        // "…, although it has not ruled out …": a concession in the present tense beside a
        // reported clause in the past is the writer's; "…, in what would be the largest …" too.
        let concession = next.is_some_and(|n| n.is_any(&["although", "though"]))
            && (j + 2..toks.len().min(j + 6)).any(|k| toks[k].is_any(&["has", "have", "is", "are", "does", "says"]));
        let in_what = next.is_some_and(|n| n.is("in")) && toks.get(j + 2).is_some_and(|n| n.is("what"));
        let writers_appositive = writers_appositive || sums_up || concession || in_what;
        if participle_cue || contrast || writers_appositive || according_to(toks, j + 1).is_some() {
            return end;
        }
        // ", and/but critics say …": a new speaker starts a new statement.
        let conj = usize::from(next.is_some_and(|n| n.is_any(&["and", "but", "although", "though"])));
        if let Some(c) = (j + 2 + conj..toks.len().min(j + 8 + conj)).find(|&c| words::cue(&toks[c]).is_some()) {
            if speakers::subject_before(toks, c).is_some_and(|f| f.start == j + 1 + conj) && conj == 1 {
                return end;
            }
        }
        // ", he said." / ", Smith added." closing the sentence.
        if let Some(c) = (j + 2..toks.len().min(j + 6)).find(|&c| words::cue(&toks[c]).is_some()) {
            let closes = toks.get(c + 1).is_none_or(|n| matches!(n.text, "." | "!" | "?"));
            if closes && speakers::subject_before(toks, c).is_some_and(|f| f.start == j + 1) {
                return end;
            }
        }
    }
    toks.len()
}

/// Subordinators that open a sentence with a clause of their own ([`clause_end`]).
const SUBORDINATORS_OPENING: [&str; 9] = ["when", "after", "before", "once", "because", "although", "though", "until", "while"];

/// Words that open the main clause after a subordinate one and its comma ([`clause_end`]).
const MAIN_CLAUSE_OPENERS: [&str; 14] = ["the", "a", "an", "its", "their", "his", "her", "he", "she", "they", "it", "we", "there", "i"];

/// Nouns by which the writer sums up a statement after it ("…, a claim the union disputes").
const SUMMING_NOUNS: [&str; 14] = [
    "suggestion", "claim", "proposal", "move", "view", "charge", "assertion", "position", "prediction", "warning", "argument", "promise",
    "figure", "estimate",
];

/// Words that open a reported clause after "said" ([`is_clause_opener`]).
static CLAUSE_OPENERS: WordList = WordList::new(
    "\
    a all an any both everyone he her his i if it its many more most no nobody nothing our \
    several she some the their there these they this those we while",
);

/// Words after a speech verb that put its clause further on ([`clause_start`]).
static ADVERBIALS: WordList = WordList::new(
    "\
    , after afterwards again also at during earlier early in last late later on previously \
    privately publicly recently repeatedly separately then this to today yesterday",
);

/// Auxiliaries and modals ([`has_finite_verb`]).
static FINITE_VERBS: WordList = WordList::new(
    "\
    are aren't can could couldn't did didn't do does had hadn't has hasn't have is isn't may \
    might must shall should was wasn't were weren't will won't would wouldn't",
);

/// Superlatives and ordinals that open a writer's appositive after a reported clause (", the
/// first time …", ", the biggest …") ([`clause_end`]).
static RANKING_WORDS: WordList = WordList::new(
    "\
    best biggest clearest fifth first fourth highest largest latest longest lowest newest \
    oldest second sharpest smallest starkest steepest strongest third worst",
);

/// Months, weekdays and time nouns ([`is_time_word`]).
static TIME_WORDS: WordList = WordList::new(
    "\
    afternoon apr april aug august day dec december evening feb february friday jan january jul \
    july jun june mar march may monday month morning night nov november oct october quarter saturday sep \
    sept september sunday thursday time tuesday wednesday week weekend year",
);

/// Prepositions that end the object of "tell" ([`skip_object`]).
static PREPOSITIONS: WordList = WordList::new(
    "\
    about after at before by during for from in on over to with",
);

/// Adverbs of time after a speech verb ([`skip_time_phrase`]).
static TIME_ADVERBS: WordList = WordList::new(
    "\
    afterward afterwards again also earlier later privately publicly separately today yesterday",
);

#[cfg(test)]
mod tests {
    #[test]
    fn extract12_long_appositives_lists_and_bodies_named_through_the() {
        // A list of names inside the appositive: its commas are no boundary of the subject.
        let qs = quotes("Brazil's lead negotiator, Rodrigo Menezes, a career diplomat who has handled talks with Canada, Mexico and the United States since 2019, said the tariffs were a barrier to trade.\n");
        assert!(has(&qs, QuoteKind::Indirect, Some("Rodrigo Menezes"), "the tariffs were a barrier to trade"), "{qs:?}");
        // "X, president of the Y Association, a lobby group …, said": the person.
        let qs = quotes("Marcel Tremblay, president of the Western Grain Elevator Association, a lobby group representing 60 companies, said his members had expected the talks to fail.\n");
        assert!(has(&qs, QuoteKind::Indirect, Some("Marcel Tremblay"), "his members had expected the talks to fail"), "{qs:?}");
        // "for the" inside a body's name; "state" before one.
        let qs = quotes("The International Federation for the Protection of Farm Trade, which monitors tariffs, said on Tuesday that tariffs had risen.\n");
        assert!(has(&qs, QuoteKind::Indirect, Some("International Federation for the Protection of Farm Trade"), "tariffs had risen"), "{qs:?}");
        let qs = quotes("The state Department of Agriculture of Parana said in a statement it would not comment on the talks.\n");
        assert!(has(&qs, QuoteKind::Indirect, Some("Department of Agriculture of Parana"), "it would not comment on the talks"), "{qs:?}");
    }

    #[test]
    fn extract12_what_the_one_told_says_and_what_it_does_not() {
        // The partial in a relative clause after "asked for" is the teller's, and the clause
        // opens after "in Ottawa".
        let qs = quotes("Elaine Dufresne told reporters in Ottawa the EU had asked for a share of the market that \"has no place in a fair deal.\"\n");
        assert!(has(&qs, QuoteKind::Partial, Some("Elaine Dufresne"), "has no place in a fair deal"), "{qs:?}");
        assert!(qs.iter().any(|(k, _, t)| *k == QuoteKind::Indirect && t.starts_with("the EU had asked")), "{qs:?}");
        // A "that" after the clause's own verb is a relative pronoun, not where the clause opens.
        let qs = quotes("Elaine Dufresne told reporters the WTO had set a rule that was \"absurd.\"\n");
        assert!(qs.iter().any(|(k, _, t)| *k == QuoteKind::Indirect && t.starts_with("the WTO had set")), "{qs:?}");
        // The writer's appositive after the clause ("the clearest …", "the first time …").
        let qs = quotes("Elaine Dufresne said Canada would keep its tariffs in place, the clearest statement of its position so far.\n");
        assert!(has(&qs, QuoteKind::Indirect, Some("Elaine Dufresne"), "Canada would keep its tariffs in place"), "{qs:?}");
        // The question put to a speaker is no statement of theirs.
        let qs = quotes("Elaine Dufresne spoke on Monday. Asked whether Canada would go to the World Trade Organization, she said no.\n");
        assert!(qs.iter().all(|(_, _, t)| !t.starts_with("Asked whether")), "{qs:?}");
        // "its owners told the 140 people who work there": the people told are no clause.
        let qs = quotes("The Hale Leather Works will shut on July 12, its owners told the 140 people who work there yesterday.\n");
        assert!(qs.iter().all(|(_, _, t)| !t.contains("140 people")), "{qs:?}");
    }

    #[test]
    fn extract12_based_companies_honorifics_and_relations_of_a_person() {
        // A source of figures is not "the company"; where the company is based describes it.
        let qs = quotes("Pellham Foods raised its forecast. Its shares rose 4%, according to Refinitiv data.\nThe Denver, Colorado-based company said sales rose to $1.2 billion.\n");
        assert!(has(&qs, QuoteKind::Indirect, Some("Pellham Foods"), "sales rose to $1.2 billion"), "{qs:?}");
        // "the organisation" may still be the body whose figures were given.
        let qs = quotes("According to figures released by the Rural Doctors Network, 31 practices had no doctor.\nThe organisation said it expected the number to rise.\n");
        assert!(has(&qs, QuoteKind::Indirect, Some("Rural Doctors Network"), "it expected the number to rise"), "{qs:?}");
        // An honorific of address before the name in commas.
        let qs = quotes("The coroner, His Honour Judge Alan Pike, said he had concerns about the delay.\n");
        assert!(has(&qs, QuoteKind::Indirect, Some("Alan Pike"), "he had concerns about the delay"), "{qs:?}");
        // "said X's foreman that year, Kevin Marsh": the one named in commas, one quotation.
        let qs = quotes("Tom Reed died in 2019.\n\"He loved that job,\" said Reed's foreman that year, Kevin Marsh, now retired. \"We all did.\"\n");
        assert!(has(&qs, QuoteKind::Direct, Some("Kevin Marsh"), "He loved that job. We all did"), "{qs:?}");
    }

    #[test]
    fn extract12_a_reported_clause_whose_subject_runs_long() {
        let qs = quotes("Eskom says about 40,000 households across KwaZulu-Natal and the south coast are still without power.\n");
        assert!(has(&qs, QuoteKind::Indirect, Some("Eskom"), "about 40,000 households across KwaZulu-Natal and the south coast are still without power"), "{qs:?}");
        let qs = quotes("Sibusiso Nkosi said shoppers in towns such as Port Shepstone and Margate had been unable to buy food.\n");
        assert!(has(&qs, QuoteKind::Indirect, Some("Sibusiso Nkosi"), "shoppers in towns such as Port Shepstone and Margate had been unable to buy food"), "{qs:?}");
        // A clause of its own inside the stretch stops it: no statement.
        let qs = quotes("Sibusiso Nkosi said thanks to crews who drove from towns such as Margate and Port Shepstone had helped.\n");
        assert!(qs.iter().all(|(_, _, t)| !t.starts_with("thanks")), "{qs:?}");
    }

    #[test]
    fn extract12_asked_that_and_a_statement_ended_by_its_quotation() {
        let qs = quotes("Prosecutor Ann Lee said the regulator did not object to a delay, but asked that the hearing resume \"before the rains\".\n");
        assert!(has(&qs, QuoteKind::Indirect, Some("Ann Lee"), "the hearing resume \"before the rains\""), "{qs:?}");
        let qs = quotes("A report by the old Welsh Water Board found that its spillway was \"unsafe in places\", and by 1990 the council had begun work on a new one.\n");
        assert!(has(&qs, QuoteKind::Indirect, Some("Welsh Water Board"), "its spillway was \"unsafe in places\""), "{qs:?}");
        assert!(has(&qs, QuoteKind::Partial, Some("Welsh Water Board"), "unsafe in places"), "{qs:?}");
        // "…, and that …" still goes on with the statement.
        let qs = quotes("Ann Lee said the plan was \"unworkable\", and that the council would oppose it.\n");
        assert!(qs.iter().any(|(k, _, t)| *k == QuoteKind::Indirect && t.ends_with("would oppose it")), "{qs:?}");
    }

    #[test]
    fn its_word_lists_can_be_looked_up() {
        for list in [&super::CLAUSE_OPENERS, &super::RANKING_WORDS, &super::ADVERBIALS, &super::FINITE_VERBS, &super::TIME_WORDS, &super::PREPOSITIONS, &super::TIME_ADVERBS, &super::BUSINESS_WORDS, &super::BUSINESS_NOUNS] {
            super::words::tests::assert_listable(list);
        }
    }

    use super::super::extract_article;
    use super::super::model::{Article, QuoteKind};

    /// (kind, speaker, text) of every quote of an invented article.
    fn quotes(body: &str) -> Vec<(QuoteKind, Option<String>, String)> {
        let article: Article = extract_article("t.txt", &format!("Headline For The Test\n{body}"));
        article.quotes.into_iter().map(|q| (q.kind, q.speaker, q.text)).collect()
    }

    fn has(qs: &[(QuoteKind, Option<String>, String)], kind: QuoteKind, speaker: Option<&str>, text: &str) -> bool {
        qs.iter().any(|(k, s, t)| *k == kind && s.as_deref() == speaker && t.trim_end_matches(['.', ',']) == text)
    }

    #[test]
    fn extract15_narration_voices_couples_roles_subordinates_and_acronyms() {
        // A reporter's voiced narration reports speech as print does; a numbered unnamed voice
        // is no one; a host's turn keeps what it says unreported.
        let body = "RUTH ADLER, HOST: Clinics are closing. The state says it will help.\nTOM LANE, BYLINE: Vera Stone drives an hour to see a doctor. Its director, Carl Moe, says the county promised a clinic. Moe admits the van can't do everything.\nVERA STONE: It is a long way.\nUNIDENTIFIED PERSON #1: Where do we go?\nLANE: Stone says she has booked her next visit.\nADLER: Thanks.";
        let qs = quotes(body);
        assert!(has(&qs, QuoteKind::Indirect, Some("Carl Moe"), "the county promised a clinic"), "{qs:?}");
        assert!(has(&qs, QuoteKind::Indirect, Some("Carl Moe"), "the van can't do everything"), "{qs:?}");
        assert!(has(&qs, QuoteKind::Indirect, Some("Vera Stone"), "she has booked her next visit"), "{qs:?}");
        assert!(has(&qs, QuoteKind::Direct, None, "Where do we go?"), "{qs:?}");
        assert!(!qs.iter().any(|(k, _, t)| *k == QuoteKind::Indirect && t.starts_with("it will help")), "{qs:?}");
        // A second role after "and" at the attribution's end keeps the quotation whole.
        let qs = quotes("''The margins are terrible,'' said Dr. Renee Castillo, an economist at the University of Maine and the study's lead author. ''Nobody wants the early shift.''");
        assert!(has(&qs, QuoteKind::Direct, Some("Renee Castillo"), "The margins are terrible. Nobody wants the early shift"), "{qs:?}");
        // A clause reported inside an opening "When …," ends at its comma.
        let qs = quotes("When its owners said in June that they wanted to retire, the other shopkeepers worried.");
        assert!(has(&qs, QuoteKind::Indirect, None, "they wanted to retire"), "{qs:?}");
        // A plural subject with a relative clause before its modal opens a bare clause.
        let qs = quotes("Dr. Ann Okafor studies rural care. Okafor says phone visits and doctors who drive to remote farms can fill part of that gap.");
        assert!(has(&qs, QuoteKind::Indirect, Some("Ann Okafor"), "phone visits and doctors who drive to remote farms can fill part of that gap"), "{qs:?}");
        // "Ministry of Trade (MOT)": the small word's initial counts; "the ministry" is it.
        let qs = quotes("Mr Lim Boon Keng said the group would work with the Ministry of Trade (MOT) to check firms.\nFirms that break the rules will be fined, MOT said in a statement. The ministry added that checks would start in March.");
        assert!(has(&qs, QuoteKind::Indirect, Some("Ministry of Trade"), "Firms that break the rules will be fined"), "{qs:?}");
        assert!(has(&qs, QuoteKind::Indirect, Some("Ministry of Trade"), "checks would start in March"), "{qs:?}");
        // A market's name inside a quotation is no one the "she said" after it stands for.
        let qs = quotes("Jane Doyle runs the shop.\n''It says Alder Falls Community Market now,'' she said.");
        assert!(has(&qs, QuoteKind::Direct, Some("Jane Doyle"), "It says Alder Falls Community Market now"), "{qs:?}");
    }

    #[test]
    fn extract10_subjects_in_commas_relatives_shared_surnames_and_said_so() {
        // The name in commas after an opening role, not the role's body, welcomes and says.
        let qs = quotes("Congress spokesperson on urban development, Rohit Jadhav, welcomed the new station but said the corporation had failed.");
        assert!(has(&qs, QuoteKind::Indirect, Some("Rohit Jadhav"), "the corporation had failed"), "{qs:?}");
        // A relative clause's verb speaks for the one named before ", who".
        let qs = quotes("The forum's president, Meera Kulkarni, who has in the past called the metro \"a train for the few\", said on Tuesday that the forum would go to court.");
        assert!(has(&qs, QuoteKind::Partial, Some("Meera Kulkarni"), "a train for the few"), "{qs:?}");
        assert!(has(&qs, QuoteKind::Indirect, Some("Meera Kulkarni"), "the forum would go to court"), "{qs:?}");
        // "Advocate" is an honorific; "Chief Constable" a title; "for Wales" a portfolio.
        let qs = quotes("The chairperson of the board, Advocate Thandi Nkosi, said the board had borrowed money. Dyfed-Powys Police Chief Constable Helen Probert said the force had failed. IOPC director for Wales Gareth Lewis-Morgan said the inquiry would take a year.");
        assert!(has(&qs, QuoteKind::Indirect, Some("Thandi Nkosi"), "the board had borrowed money"), "{qs:?}");
        assert!(has(&qs, QuoteKind::Indirect, Some("Helen Probert"), "the force had failed"), "{qs:?}");
        assert!(has(&qs, QuoteKind::Indirect, Some("Gareth Lewis-Morgan"), "the inquiry would take a year"), "{qs:?}");
        // A bare surname two full names share is the one named first; a pronoun after it too.
        let qs = quotes("Ruth Sandoval has been the only vet for 14 years.\nHer brother, Manuel Sandoval, drives her to calls.\nLinda Carver, the board's chairwoman, said there was no money.\nSandoval smiled when she was told that.\n\"Sorry is a nice word,\" she said.\nSandoval said it was the fourth cake that spring.");
        assert!(has(&qs, QuoteKind::Direct, Some("Ruth Sandoval"), "Sorry is a nice word"), "{qs:?}");
        assert!(has(&qs, QuoteKind::Indirect, Some("Ruth Sandoval"), "it was the fourth cake that spring"), "{qs:?}");
        // "…, he said, and he has told the board as much": one statement, no second attribution.
        let qs = quotes("Jesse Moorhouse runs 300 head of cattle. But he does not expect anyone to take her place, he said, and he has told the county board as much.");
        assert!(has(&qs, QuoteKind::Indirect, Some("Jesse Moorhouse"), "But he does not expect anyone to take her place, and he has told the county board as much"), "{qs:?}");
        assert_eq!(qs.len(), 1, "{qs:?}");
    }

    #[test]
    fn extract10_live_blog_blocks_forces_and_bodies_named_before() {
        // A paragraph set as a block after "said:" is a direct quote, and nothing in it is
        // reported speech of its own; a transcript's labelled turn is no block.
        let body = "The health secretary, Martin Akers, has been visiting a hospital.\nHere’s what he said:\nHospitals have had heat plans since 2019. I’m not going to say the pressure isn’t real.\nThe Met Office said it would update its warning.\nHe has spoken to the radio station. Here is part of the exchange:\nPresenter: Are you worried?\nAkers: Not yet.";
        let qs = quotes(body);
        assert!(has(&qs, QuoteKind::Direct, Some("Martin Akers"), "Hospitals have had heat plans since 2019. I’m not going to say the pressure isn’t real"), "{qs:?}");
        assert!(!qs.iter().any(|q| q.0 == QuoteKind::Indirect && q.2.contains("pressure")), "{qs:?}");
        assert!(!qs.iter().any(|q| q.2.starts_with("Presenter")), "{qs:?}");
        // "Kent police have confirmed that": the force.
        let qs = quotes("Kent police have confirmed that a boy has died after getting into difficulty in the sea.");
        assert!(has(&qs, QuoteKind::Indirect, Some("Kent police"), "a boy has died after getting into difficulty in the sea"), "{qs:?}");
        // "the train company" after "…, Southern has said.": the body that spoke, not "Rail".
        let qs = quotes("Rail services to Brighton are running slowly, Southern has said.\nIn a post on X, the train company wrote: “Please allow extra time.”");
        assert!(has(&qs, QuoteKind::Direct, Some("Southern"), "Please allow extra time"), "{qs:?}");
        // An age in commas makes a person after "to"; the place of an MP is no one.
        let qs = quotes("He spoke to Doreen Walsh, 68, who runs a kiosk.\n“It was busy,” she said.\nThe Green MP for Brighton Pavilion, Hannah Selby, has called for schools to close after what she called “a frankly dangerous” morning.");
        assert!(has(&qs, QuoteKind::Direct, Some("Doreen Walsh"), "It was busy"), "{qs:?}");
        assert!(has(&qs, QuoteKind::Partial, Some("Hannah Selby"), "a frankly dangerous"), "{qs:?}");
        // "She thanked the “…”": the quotation is hers, and "thanked" reports no clause.
        let qs = quotes("Glenys Parry, 74, was rescued on Sunday. She thanked the \"two lads in the helicopter\" and the neighbour who kept ringing.");
        assert!(has(&qs, QuoteKind::Partial, Some("Glenys Parry"), "two lads in the helicopter"), "{qs:?}");
        assert_eq!(qs.len(), 1, "{qs:?}");
        // "The Labour leader said" right after a leader is named, the party nowhere near her.
        let qs = quotes("Labour won the seat in May.\nPrime Minister Helen Ashby has been speaking in Ashford. The Labour leader said the plan would be published.");
        assert!(has(&qs, QuoteKind::Indirect, Some("Helen Ashby"), "the plan would be published"), "{qs:?}");
        let qs = quotes("Prime Minister Helen Ashby spoke in Ashford on Monday.\nThe rain went on all week and the river rose.\nThe Labour leader said the plan would be published.");
        assert!(!has(&qs, QuoteKind::Indirect, Some("Helen Ashby"), "the plan would be published"), "{qs:?}");
    }

    #[test]
    fn short_clauses_acceptance_and_figures_released_by_a_body() {
        let qs = quotes("Caoimhe Walsh said the closure was a failure. She said she understood. He said so.");
        assert!(has(&qs, QuoteKind::Indirect, Some("Caoimhe Walsh"), "she understood"), "{qs:?}");
        assert!(qs.iter().all(|q| q.2 != "so"), "{qs:?}");
        let qs = quotes("Dr Sean Kelly accepted that the council had tried to find a replacement. He accepted the offer in May.");
        assert!(has(&qs, QuoteKind::Indirect, Some("Sean Kelly"), "the council had tried to find a replacement"), "{qs:?}");
        assert_eq!(qs.len(), 1, "{qs:?}");
        let qs = quotes("Premiums rose 11 percent in the first quarter, according to figures released by the Association of British Insurers.");
        assert!(has(&qs, QuoteKind::Indirect, Some("Association of British Insurers"), "Premiums rose 11 percent in the first quarter"), "{qs:?}");
        // "figures" alone name no one.
        let qs = quotes("Premiums rose 11 percent in the first quarter, according to figures seen by this newspaper.");
        assert!(qs.iter().all(|q| q.1.is_none()), "{qs:?}");
    }

    #[test]
    fn a_passive_verb_after_the_reported_clause_attributes_nothing() {
        let qs = quotes("A former nurse at the clinic, who asked not to be named because she still works for the HSE, said patients had been told to travel to Galway.");
        assert!(has(&qs, QuoteKind::Indirect, None, "patients had been told to travel to Galway"), "{qs:?}");
        assert_eq!(qs.len(), 1, "{qs:?}");
    }

    #[test]
    fn a_company_shortened_to_its_first_word_whatever_its_middle_words() {
        let qs = quotes("A spokesman for Northfield Paper Group said the decision had been hard.\nTom Reyes said he was angry.\nNorthfield said the mill would close on 10 July.");
        assert!(has(&qs, QuoteKind::Indirect, Some("Northfield Paper Group"), "the mill would close on 10 July"), "{qs:?}");
        // A first word shared by two companies completes to neither.
        let qs = quotes("Northfield Paper Group said it was sorry.\nNorthfield Timber Group said it was not.\nNorthfield said the mill would close.");
        assert!(has(&qs, QuoteKind::Indirect, Some("Northfield"), "the mill would close"), "{qs:?}");
    }

    #[test]
    fn an_epithet_after_a_quotation_attributes_and_joins_it() {
        let qs = quotes("Sen. Laura Whitcombe of Minnesota backed the bill on Monday.\n\"Voluntary didn't work,\" the Minnesota Democrat said. \"Now it's the law or nothing.\"");
        assert!(has(&qs, QuoteKind::Direct, Some("Laura Whitcombe"), "Voluntary didn't work. Now it's the law or nothing"), "{qs:?}");
        // "the" before a plain noun phrase that names no one attributes to no one named.
        let qs = quotes("Sen. Laura Whitcombe of Minnesota backed the bill.\n\"It failed,\" the crowd chanted.");
        assert!(qs.iter().all(|q| q.1.as_deref() != Some("Laura Whitcombe") || q.2 != "It failed,"), "{qs:?}");
    }

    #[test]
    fn a_party_before_a_role_noun_is_the_holder_of_the_role() {
        let qs = quotes("Minister for Housing Darragh Quinlan spoke in Cork. Speaking on Tuesday, the Labour minister said the plan had been approved.");
        assert!(has(&qs, QuoteKind::Indirect, Some("Darragh Quinlan"), "the plan had been approved"), "{qs:?}");
        let qs = quotes("Minister for Housing Darragh Quinlan spoke in Cork. The foreign minister said the plan had been approved.");
        assert!(!has(&qs, QuoteKind::Indirect, Some("Darragh Quinlan"), "the plan had been approved"), "{qs:?}");
    }

    #[test]
    fn a_fragment_inside_reported_speech_is_the_reporter_s() {
        let qs = quotes("Sen. James Hart spoke on Monday. Committee chairman Roger Bale, he said, had agreed to hold a hearing in Ohio \"before the summer recess.\"");
        assert!(has(&qs, QuoteKind::Partial, Some("James Hart"), "before the summer recess"), "{qs:?}");
        // "called" says whose words they were.
        let qs = quotes("Jane Roe said Tom Smith had called the plan \"a disaster\" at the meeting.");
        assert!(!has(&qs, QuoteKind::Partial, Some("Jane Roe"), "a disaster"), "{qs:?}");
    }

    #[test]
    fn a_coordinated_verb_after_an_opening_phrase_shares_the_subject() {
        let qs = quotes("Labour's Fiona Drummond has won the seat.\nIn her speech, she thanked the volunteers and said she would hold a surgery on Monday.");
        assert!(has(&qs, QuoteKind::Indirect, Some("Fiona Drummond"), "she would hold a surgery on Monday"), "{qs:?}");
        // The phrase's own noun is no subject.
        let qs = quotes("In the council chamber, members clapped and said the vote was fair.");
        assert!(qs.iter().all(|q| q.1.is_none()), "{qs:?}");
    }

    #[test]
    fn a_pronoun_after_an_unnamed_speaker_goes_on_with_them() {
        let qs = quotes("Tom Reyes, the mayor, called the leak a disgrace.\nA spokesman for Harbour Water said the pipe had been repaired on Friday.\n“We are sorry for the disruption,” he said.");
        assert!(has(&qs, QuoteKind::Direct, Some("Harbour Water"), "We are sorry for the disruption"), "{qs:?}");
        let qs = quotes("Anna Lee said the plan was late.\nA former senior official, who asked not to be named because she was not authorised to speak, said the board had ignored the warnings. She said Lee had told staff that nothing would change.\n“People remembered that,” she said.");
        assert!(has(&qs, QuoteKind::Indirect, None, "Lee had told staff that nothing would change"), "{qs:?}");
        assert!(has(&qs, QuoteKind::Direct, None, "People remembered that"), "{qs:?}");
        let qs = quotes("Anna Lee said the plan was late.\nA former nurse at the clinic, who asked not to be named, said patients waited for hours. She said one man missed three appointments.");
        assert!(has(&qs, QuoteKind::Indirect, None, "one man missed three appointments"), "{qs:?}");
        // Not across a named speaker, nor for the other gender.
        let qs = quotes("A spokesman for Harbour Water said the pipe had been repaired.\nJane Roe, a resident, said the water was still brown.\n“It is a joke,” she said.");
        assert!(has(&qs, QuoteKind::Direct, Some("Jane Roe"), "It is a joke"), "{qs:?}");
        let qs = quotes("Jane Roe said the water was still brown.\nA spokesman for Harbour Water said the pipe had been repaired.\n“It is a joke,” she said.");
        assert!(has(&qs, QuoteKind::Direct, Some("Jane Roe"), "It is a joke"), "{qs:?}");
    }

    #[test]
    fn a_possessive_inside_the_object_of_told_is_no_clause() {
        let qs = quotes("‘Nobody likes paying more,’ Jane Roe told BBC Radio 4’s Today programme. ‘But the alternative is worse.’");
        assert!(qs.iter().all(|q| q.0 != QuoteKind::Indirect), "{qs:?}");
        let qs = quotes("Jane Roe told the council’s finance committee the budget had been cut twice.");
        assert!(has(&qs, QuoteKind::Indirect, Some("Jane Roe"), "the budget had been cut twice"), "{qs:?}");
        // A number after the object still opens the clause.
        let qs = quotes("Police Chief Jane Roe told reporters 12 people had been hurt in the crash.");
        assert!(has(&qs, QuoteKind::Indirect, Some("Jane Roe"), "12 people had been hurt in the crash"), "{qs:?}");
    }

    #[test]
    fn a_turn_runs_over_its_paragraphs_up_to_the_next_label() {
        let body = "The interview was moderated by Ed Price.\nED PRICE: Why run?\nKAREN LOWE: Because the city deserves better.\nI have lived here for 40 years.\n(APPLAUSE)\nED PRICE: Thank you.\nKAREN LOWE: Thank you, Ed.\nEdited by the desk.";
        let qs = quotes(body);
        assert!(has(&qs, QuoteKind::Direct, Some("Karen Lowe"), "Because the city deserves better. I have lived here for 40 years"), "{qs:?}");
        // The last turn keeps to its paragraph.
        assert!(has(&qs, QuoteKind::Direct, Some("Karen Lowe"), "Thank you, Ed"), "{qs:?}");
    }

    #[test]
    fn surname_labels_take_the_full_names_of_the_introduction() {
        let body = "Angela Torres became chief in March. Marcus Webb of the Gazette spoke with her.\nWebb: How bad is it?\nTorres: We are down 14 firefighters.\nWebb: Is that right?\nTorres: Some of them, yes.";
        let qs = quotes(body);
        assert!(has(&qs, QuoteKind::Direct, Some("Marcus Webb"), "How bad is it?"), "{qs:?}");
        assert!(has(&qs, QuoteKind::Direct, Some("Angela Torres"), "Some of them, yes"), "{qs:?}");
        // A surname the introduction does not complete labels no turn.
        let qs = quotes("The chief spoke with the Gazette.\nWebb: How bad is it?\nTorres: Bad.\nWebb: Is that right?\nTorres: Yes.");
        assert!(qs.is_empty(), "{qs:?}");
    }

    #[test]
    fn a_role_in_the_lede_is_the_person_the_next_sentence_names() {
        let qs = quotes("Rail fares will rise by 4.2% next year, the Transport Secretary has confirmed.\nDaniel Okafor said the increase was below inflation.");
        assert!(has(&qs, QuoteKind::Indirect, Some("Daniel Okafor"), "Rail fares will rise by 4.2% next year"), "{qs:?}");
        // Someone named before, or named without speaking, is not taken for the role.
        let qs = quotes("Daniel Okafor met unions. Rail fares will rise by 4.2% next year, the Transport Secretary has confirmed.\nDaniel Okafor said the increase was below inflation.");
        assert!(has(&qs, QuoteKind::Indirect, None, "Rail fares will rise by 4.2% next year"), "{qs:?}");
        let qs = quotes("Rail fares will rise by 4.2% next year, the Transport Secretary has confirmed.\nDaniel Okafor, a commuter, was furious.");
        assert!(has(&qs, QuoteKind::Indirect, None, "Rail fares will rise by 4.2% next year"), "{qs:?}");
    }

    #[test]
    fn a_partner_named_in_commas_is_a_person_who_speaks() {
        let qs = quotes("Nora Lindgren opened her bakery in 2019. Her business partner, Owen Pratt, is more cautious. “We are one bad winter from closing,” he warns.");
        assert!(has(&qs, QuoteKind::Direct, Some("Owen Pratt"), "We are one bad winter from closing"), "{qs:?}");
        // A partner that is a firm stays a firm: no person.
        let article = extract_article("t.txt", "Headline For The Test\nNordvik Energy and its partner, Aker Holdings, said the project would go ahead.\n");
        assert!(article.people.is_empty(), "{:?}", article.people);
    }

    #[test]
    fn the_owner_of_a_blunt_message_says_it() {
        let qs = quotes("The White House said the bill would pass. Senator Jane Roe’s message to the agency was blunt: “Fix it or we will.”");
        assert!(has(&qs, QuoteKind::Direct, Some("Jane Roe"), "Fix it or we will"), "{qs:?}");
        // Without a possessive, the subject is read as before.
        let qs = quotes("Senator Jane Roe was blunt: “Fix it or we will.”");
        assert!(has(&qs, QuoteKind::Direct, Some("Jane Roe"), "Fix it or we will"), "{qs:?}");
    }

    #[test]
    fn an_opening_adverb_is_not_the_subject_of_a_coordinated_verb() {
        let qs = quotes("Meanwhile, the Indian Medical Association welcomed the move and said it would help reduce the shortage.");
        assert!(has(&qs, QuoteKind::Indirect, Some("Indian Medical Association"), "it would help reduce the shortage"), "{qs:?}");
        // A name and its comma open the sentence as before.
        let qs = quotes("Jane Roe, 45, welcomed the move and said it would help reduce the shortage.");
        assert!(has(&qs, QuoteKind::Indirect, Some("Jane Roe"), "it would help reduce the shortage"), "{qs:?}");
    }

    #[test]
    fn a_news_release_is_where_it_was_said() {
        let qs = quotes("The Texas Transportation Department said Tuesday in a news release that the road would reopen.");
        assert!(has(&qs, QuoteKind::Indirect, Some("Texas Transportation Department"), "the road would reopen"), "{qs:?}");
        let qs = quotes("Jane Roe wrote in a column that the road would reopen.");
        assert!(has(&qs, QuoteKind::Indirect, Some("Jane Roe"), "the road would reopen"), "{qs:?}");
        // A release that is no medium stays in the clause.
        let qs = quotes("Jane Roe said the release of the prisoners would happen soon.");
        assert!(has(&qs, QuoteKind::Indirect, Some("Jane Roe"), "the release of the prisoners would happen soon"), "{qs:?}");
    }

    #[test]
    fn an_adjective_after_said_opens_the_clause() {
        let qs = quotes("Janet Ruiz said late payments had risen 18% since the last increase.");
        assert!(has(&qs, QuoteKind::Indirect, Some("Janet Ruiz"), "late payments had risen 18% since the last increase"), "{qs:?}");
        // A time phrase after the verb is still the time of the saying.
        let qs = quotes("Janet Ruiz said late Tuesday that payments had risen 18% since the last increase.");
        assert!(has(&qs, QuoteKind::Indirect, Some("Janet Ruiz"), "payments had risen 18% since the last increase"), "{qs:?}");
        let qs = quotes("Janet Ruiz said last week the payments had risen sharply.");
        assert!(has(&qs, QuoteKind::Indirect, Some("Janet Ruiz"), "the payments had risen sharply"), "{qs:?}");
    }

    #[test]
    fn inverted_said_with_appositive_and_follow_up_sentence() {
        let qs = quotes("\"The port is open again,\" said Pieter Visser, a spokesman for the dockers' union. \"Nobody wanted a long strike.\"");
        assert!(has(&qs, QuoteKind::Direct, Some("Pieter Visser"), "The port is open again. Nobody wanted a long strike"), "{qs:?}");
    }

    #[test]
    fn colon_introduction_and_title_before_name() {
        let qs = quotes("Speaking on Monday, Foreign Minister Lena Brandt said: “We will not accept a deal that rewards aggression. Our position is clear.”");
        assert!(has(&qs, QuoteKind::Direct, Some("Lena Brandt"), "We will not accept a deal that rewards aggression. Our position is clear"), "{qs:?}");
    }

    #[test]
    fn a_quotation_interrupted_by_its_attribution_is_one_quote() {
        let qs = quotes("Mayor Tom Riley visited the site. “We were lucky,” he said, “and we know it.”");
        assert_eq!(qs, [(QuoteKind::Direct, Some("Tom Riley".into()), "We were lucky and we know it.".into())]);
        let qs = quotes("“We will win,” she said. “And we will win big.”\nLater, Ana Ruiz spoke.");
        assert_eq!(qs.len(), 1, "{qs:?}");
        assert_eq!(qs[0].2, "We will win. And we will win big.");
        let qs = quotes("“Why now?” asked Ana Ruiz. “Because we can.”");
        assert!(has(&qs, QuoteKind::Direct, Some("Ana Ruiz"), "Why now? Because we can"), "{qs:?}");
    }

    #[test]
    fn a_named_subject_before_a_colon_ending_the_paragraph_speaks_next() {
        let qs = quotes("Dr. Alan Wu, an epidemiologist at Harbor University, disagreed:\n“Ending it now is a gamble.\n“I would have waited.”");
        assert!(has(&qs, QuoteKind::Direct, Some("Alan Wu"), "Ending it now is a gamble. I would have waited"), "{qs:?}");
        // Nobody named before the colon: no speaker from it.
        let qs = quotes("Dr. Alan Wu spoke first. Then the lights went out and everyone waited:\n“Is anyone there?”");
        assert!(has(&qs, QuoteKind::Direct, None, "Is anyone there?"), "{qs:?}");
    }

    #[test]
    fn an_unnamed_shouter_is_not_the_speaker_before() {
        let qs = quotes("“We need time,” Farrow said.\nA man in the back of the room shouted “Vote it down!” before Farrow called for order.");
        assert!(has(&qs, QuoteKind::Direct, None, "Vote it down!"), "{qs:?}");
        let qs = quotes("“You are spending money we do not have,” said Frank DiMaio.\n“Sit down, Frank!” a woman near the door yelled.");
        assert!(has(&qs, QuoteKind::Direct, None, "Sit down, Frank!"), "{qs:?}");
        // A named shouter, and an attribution right after the closing mark, still speak.
        let qs = quotes("“We need time,” Farrow said.\nResident Tom Hall shouted “Vote it down!” as the meeting ended.");
        assert!(has(&qs, QuoteKind::Direct, Some("Tom Hall"), "Vote it down!"), "{qs:?}");
        let qs = quotes("Ana Ruiz spoke first. She said, “We will win,” Ruiz said later.");
        assert!(qs.iter().all(|q| q.1.as_deref() == Some("Ana Ruiz")), "{qs:?}");
    }

    #[test]
    fn a_long_attribution_still_joins_the_two_halves() {
        let qs = quotes("“We moved fast,” said Jane Roe, the county’s director of public health since 2019, who oversaw the rollout. “We had to.”");
        assert_eq!(qs, [(QuoteKind::Direct, Some("Jane Roe".into()), "We moved fast. We had to.".into())]);
        let qs = quotes("“Both want a deal,” said Harold Kim, the director of the Federal Mediation and Conciliation Service. “Wanting is not having.”");
        assert_eq!(qs.len(), 1, "{qs:?}");
        // A clause of its own between the halves: two statements.
        let qs = quotes("“We moved fast,” said Jane Roe, and the board voted to thank her. “We had to.”");
        assert_eq!(qs.len(), 2, "{qs:?}");
        let qs = quotes("“We moved fast,” said Jane Roe, adding that the county had been ready for months. “We had to.”");
        assert!(qs.iter().filter(|q| q.0 == QuoteKind::Direct).count() == 2, "{qs:?}");
    }

    #[test]
    fn transcript_turns_are_direct_quotes_of_the_labelled_speaker() {
        let qs = quotes("Sen. Rosa Aldana questioned Janet Okafor, the transit chief.\nSEN. ALDANA: Why now?\nMS. OKAFOR: Because ridership fell. We said so in May.\nMODERATOR: Thank you both.");
        assert!(has(&qs, QuoteKind::Direct, Some("Rosa Aldana"), "Why now?"), "{qs:?}");
        assert!(has(&qs, QuoteKind::Direct, Some("Janet Okafor"), "Because ridership fell. We said so in May"), "{qs:?}");
        assert!(has(&qs, QuoteKind::Direct, None, "Thank you both"), "{qs:?}");
        assert_eq!(qs.len(), 3, "{qs:?}");
        // A label without a title, role or known name is not a speaker.
        let qs = quotes("UPDATE: The bridge reopened.\nBREAKING: Talks resume on Monday.\nBREAKING NEWS: Talks resumed.");
        assert!(qs.is_empty(), "{qs:?}");
        // A full name in capitals labelling several turns is a speaker, with or without a role.
        let qs = quotes("JAKE MORROW, KTV ANCHOR: Welcome back.\nDANA ELLIS: Thanks.\nJAKE MORROW: Let us begin.\nDANA ELLIS: Sure.");
        assert!(has(&qs, QuoteKind::Direct, Some("Jake Morrow"), "Welcome back"), "{qs:?}");
        assert!(has(&qs, QuoteKind::Direct, Some("Dana Ellis"), "Sure"), "{qs:?}");
    }

    #[test]
    fn stage_directions_and_unnamed_labels_in_a_transcript() {
        let qs = quotes("Sen. Ruth Adler held a town hall.\nSEN. ADLER: Thank you. (APPLAUSE) It's good to be home.\n(APPLAUSE)\nAUDIENCE MEMBER: What about the tariffs?\nSEN. ADLER: I promise. (LAUGHTER) Let me finish (NATO) first.");
        assert!(has(&qs, QuoteKind::Direct, Some("Ruth Adler"), "Thank you. It's good to be home"), "{qs:?}");
        assert!(has(&qs, QuoteKind::Direct, None, "What about the tariffs?"), "{qs:?}");
        // An acronym in capitals is what was said.
        assert!(has(&qs, QuoteKind::Direct, Some("Ruth Adler"), "I promise. Let me finish (NATO) first"), "{qs:?}");
        assert_eq!(qs.len(), 3, "{qs:?}");
        assert_eq!(super::without_stage_directions("(LAUGHTER"), "(LAUGHTER");
        assert_eq!(super::without_stage_directions("a (b) (CROSSTALK) c ("), "a (b) c (");
        assert_eq!(super::without_stage_directions("a ((LAUGHTER) b"), "a ((LAUGHTER) b");
        let said = "(APPLAUSE) Thank you. (LAUGHTER) ";
        assert_eq!(&said[super::inside_stage_directions(said)], "Thank you.");
        assert_eq!(super::inside_stage_directions("(LAUGHTER)"), 10..10);
    }

    #[test]
    fn the_company_is_the_business_named_before_not_a_council() {
        let body = "The Port Jessup Town Council on Monday delayed a vote on a subsidy.\nThe money would go to Bay Island Ferries, which runs the route.\nThe council's chair, Denise Harper, said members needed more time.\nThe company said in a statement that its costs had risen.";
        let qs = quotes(body);
        assert!(has(&qs, QuoteKind::Indirect, Some("Bay Island Ferries"), "its costs had risen"), "{qs:?}");
        // With no business named, "the company" is no one, and never the council.
        let body = "The Port Jessup Town Council on Monday delayed a vote on a subsidy.\nThe council's chair, Denise Harper, said members needed more time.\nThe company said in a statement that its costs had risen.";
        let qs = quotes(body);
        assert!(has(&qs, QuoteKind::Indirect, None, "its costs had risen"), "{qs:?}");
        // A business that led a sentence beats one only named since (an analyst's firm).
        let body = "Nordvik Energy said on Tuesday it would cut 1,200 jobs.\n\"The cuts were flagged,\" said Henrik Aas, an analyst at Fjord Securities.\nThe company said in a statement that it would keep its dividend.";
        let qs = quotes(body);
        assert!(has(&qs, QuoteKind::Indirect, Some("Nordvik Energy"), "it would keep its dividend"), "{qs:?}");
        // "It said" may still be the council.
        let body = "The Port Jessup Town Council on Monday delayed a vote on a subsidy. It said members needed more time.";
        let qs = quotes(body);
        assert!(has(&qs, QuoteKind::Indirect, Some("Port Jessup Town Council"), "members needed more time"), "{qs:?}");
    }

    #[test]
    fn a_first_name_alone_is_the_full_name_it_begins() {
        let qs = quotes("Coach Mike Harlan said Jamal Reid's ankle was better. Jamal told reporters he would \"play on one leg\" if he had to.");
        assert!(has(&qs, QuoteKind::Partial, Some("Jamal Reid"), "play on one leg"), "{qs:?}");
        // Two full names begin with it: no one in particular.
        let qs = quotes("Coach Mike Harlan praised Jamal Reid and Jamal Ortiz. Jamal told reporters he would \"play on one leg\" if he had to.");
        assert!(!qs.iter().any(|q| q.1.as_deref().is_some_and(|s| s.starts_with("Jamal "))), "{qs:?}");
        // A surname keeps its full name ("Reid" is Jamal Reid, not a first name).
        let qs = quotes("Coach Mike Harlan said Jamal Reid's ankle was better. Reid told reporters he would \"play on one leg\" if he had to.");
        assert!(has(&qs, QuoteKind::Partial, Some("Jamal Reid"), "play on one leg"), "{qs:?}");
    }

    #[test]
    fn a_press_conference_asks_with_q_and_its_moderator_is_a_role() {
        let body = "Coach Mike Harlan met reporters on Monday.\nTHE MODERATOR: Questions for the coach.\nCOACH HARLAN: Thanks. We fought hard.\nQ. When will you decide?\nCOACH HARLAN: On Friday.\n(Laughter.)\nQ. Tom Reyes said you \"lost the room.\" Is he right?\nCOACH HARLAN: (Smiling) No.";
        let qs = quotes(body);
        assert!(has(&qs, QuoteKind::Direct, None, "Questions for the coach"), "{qs:?}");
        assert!(has(&qs, QuoteKind::Direct, None, "When will you decide?"), "{qs:?}");
        // The answer ends at the next question; stage directions in sentence case are no one's.
        assert!(has(&qs, QuoteKind::Direct, Some("Mike Harlan"), "On Friday"), "{qs:?}");
        assert!(has(&qs, QuoteKind::Direct, Some("Mike Harlan"), "No"), "{qs:?}");
        // A quotation inside a question is still reported.
        assert!(has(&qs, QuoteKind::Partial, Some("Tom Reyes"), "lost the room"), "{qs:?}");
        assert!(!qs.iter().any(|q| q.1.as_deref() == Some("The Moderator")), "{qs:?}");
        // A "Q." paragraph with no labelled turns around it is no transcript.
        let qs = quotes("Mayor Ann Lowe spoke on Monday.\nQ. Smith, her deputy, agreed with the plan.");
        assert!(!qs.iter().any(|q| q.2 == "Smith, her deputy, agreed with the plan."), "{qs:?}");
        // "(Laughter)" is a stage direction, "(Smith)" or "(Reuters)" are words.
        assert_eq!(super::without_stage_directions("Yes. (Laughter.) No. (Smith) (Reuters)"), "Yes. No. (Smith) (Reuters)");
    }

    #[test]
    fn square_bracketed_stage_directions_are_no_ones_words() {
        let qs = quotes("Ruth Adler spoke with Tom Lane.\nRUTH ADLER: Welcome. [LAUGHTER] Shall we start?\n[CROSSTALK]\nTOM LANE: Yes. [a quote from 2019] is what I said.\nADLER: Thanks.\nLANE: Sure.");
        assert!(has(&qs, QuoteKind::Direct, Some("Ruth Adler"), "Welcome. Shall we start?"), "{qs:?}");
        // An editor's insertion in lower case is no stage direction: it stays.
        assert!(has(&qs, QuoteKind::Direct, Some("Tom Lane"), "Yes. [a quote from 2019] is what I said"), "{qs:?}");
        assert_eq!(super::without_stage_directions("a [CROSSTALK] b [c"), "a b [c");
        // A turn's sentence is what its span holds, the stage direction after it included.
        let body = "Ruth Adler spoke with Tom Lane.\nRUTH ADLER: Welcome.\n[CROSSTALK]\nTOM LANE: Yes.\nADLER: Thanks.\nLANE: Sure.";
        let article = extract_article("t.txt", &format!("Headline For The Test\n{body}"));
        let first = article.quotes.iter().find(|q| q.text == "Welcome.").expect("the first turn");
        assert_eq!(first.sentence, "RUTH ADLER: Welcome. [CROSSTALK]");
        assert_eq!(super::stage_direction_at("[CROSSTALK)"), None);
    }

    #[test]
    fn a_parliamentary_record_labels_members_by_title_name_and_time() {
        let body = "The PRESIDENT (Hon. Ruth Okafor) took the chair at 10:00.\nMr TOM REID (Eastvale) (10:31): Will the minister act?\nThe Hon. ANNE COLE (Minister for Roads) (10:32): We will.\nOpposition members interjecting—\nMs COLE: We will act by spring.\nThe PRESIDENT: Order!\nMr REID interjected.\nMs COLE (10:34): Soon.\nMr REID: When?";
        let qs = quotes(body);
        assert!(has(&qs, QuoteKind::Direct, Some("Tom Reid"), "Will the minister act?"), "{qs:?}");
        // The interjection note is no part of the turn before it.
        assert!(has(&qs, QuoteKind::Direct, Some("Anne Cole"), "We will"), "{qs:?}");
        assert!(has(&qs, QuoteKind::Direct, Some("Anne Cole"), "We will act by spring"), "{qs:?}");
        assert!(has(&qs, QuoteKind::Direct, Some("Ruth Okafor"), "Order!"), "{qs:?}");
        assert!(has(&qs, QuoteKind::Direct, Some("Anne Cole"), "Soon"), "{qs:?}");
        assert!(has(&qs, QuoteKind::Direct, Some("Tom Reid"), "When?"), "{qs:?}");
        assert_eq!(super::label_with_role("Mr TOM REID (Eastvale) (10:31): Will."), Some(("Mr TOM REID", 30)));
        assert_eq!(super::label_with_role("Ms COLE (10:34): Soon."), Some(("Ms COLE", 15)));
        assert!(super::is_titled_name_in_capitals("The Hon. ANNE COLE") && super::is_titled_name_in_capitals("Mr SPEAKER"));
        assert!(!super::is_titled_name_in_capitals("Mr. Cole") && !super::is_titled_name_in_capitals("ANNE COLE"));
        assert!(super::is_interjection_note("Honourable members interjecting—") && super::is_interjection_note("Mr REID interjected."));
        assert!(!super::is_interjection_note("He said the opposition interjected.") && !super::is_interjection_note("Interjected."));
    }

    #[test]
    fn a_podcast_labels_turns_after_a_timestamp_and_later_by_the_first_name() {
        let body = "[00:00:05] JO MARSH: Welcome to the show, Liam.\n[00:00:08] LIAM PRICE: Thanks, Jo. [laughs]\n[00:00:11] JO: Why now?\n[00:00:13] LIAM: Because it is time. [crosstalk]";
        let qs = quotes(body);
        assert!(has(&qs, QuoteKind::Direct, Some("Jo Marsh"), "Welcome to the show, Liam"), "{qs:?}");
        assert!(has(&qs, QuoteKind::Direct, Some("Liam Price"), "Thanks, Jo"), "{qs:?}");
        assert!(has(&qs, QuoteKind::Direct, Some("Jo Marsh"), "Why now?"), "{qs:?}");
        assert!(has(&qs, QuoteKind::Direct, Some("Liam Price"), "Because it is time"), "{qs:?}");
        assert_eq!(super::timestamp_len("[00:03:12] MARIA: Hi."), 11);
        assert_eq!(super::timestamp_len("(03:12) MARIA: Hi."), 8);
        assert_eq!(super::timestamp_len("00:03:12 MARIA: Hi."), 9);
        assert_eq!(super::timestamp_len("[Editor's note: x] Hi."), 0);
        assert_eq!(super::timestamp_len("2026 MARIA: Hi."), 0);
    }

    #[test]
    fn a_press_release_company_with_its_ticker_is_the_company_that_speaks() {
        // The company with its ticker, named without its legal form; a business's word alone
        // opening a sentence, and a county after a preposition, are no companies.
        let body = "Plant to open\nSite in Lorne County will process scrap\nDENVER, Colo., Nov. 2, 2026 /PRNewswire/ -- Velmar Metals Inc. (NYSE: VLM), a recycler, today opened a plant and said it would hire 90 people.\nMining is expected to resume in May.\nThe company said the plant would run on solar power.";
        let qs = quotes(body);
        assert!(has(&qs, QuoteKind::Indirect, Some("Velmar Metals"), "it would hire 90 people"), "{qs:?}");
        assert!(has(&qs, QuoteKind::Indirect, Some("Velmar Metals"), "the plant would run on solar power"), "{qs:?}");
        assert_eq!(super::org_name("Velmar Metals Inc."), "Velmar Metals");
        assert_eq!(super::org_name("Inc."), "Inc.");
    }

    #[test]
    fn a_relative_clause_and_the_words_on_a_sign_report_nothing() {
        let body = "The plant got a grant from the state fund, which Governor Ann Roe's office announced last week, and a tax break.\n“We will stay,” Ann Roe told AFP, standing beside a banner reading “Jobs not cuts.”";
        let qs = quotes(body);
        assert!(has(&qs, QuoteKind::Direct, Some("Ann Roe"), "We will stay"), "{qs:?}");
        assert!(!qs.iter().any(|(_, _, t)| t.contains("Jobs") || t.contains("Hands") || t.contains("grant")), "{qs:?}");
        assert!(super::is_words_on_a_sign(&super::words::tokenize("a banner reading", 0..16)));
        assert!(super::is_words_on_a_sign(&super::words::tokenize("held placards that read", 0..23)));
        assert!(!super::is_words_on_a_sign(&super::words::tokenize("she told reporters, reading", 0..27)));
    }

    #[test]
    fn a_quotation_split_by_a_long_attribution_is_one_quote() {
        // A name with a long appositive, an outlet and a place between the pieces; a role in
        // commas before the name and a language; "president and chief executive".
        let body = "“We are not leaving,” Tomas Berg, a welder for 30 years who leads the shop stewards at the yard, told Reuters outside the gates, “until the deal is signed.”\n“We are ready to talk,” the firm's director, Ines Vidal, said in Spanish, “but not today.”\n“We built it,” said Ana Cole, president and chief executive officer of Cole Tools. “It works.”";
        let qs = quotes(body);
        assert!(has(&qs, QuoteKind::Direct, Some("Tomas Berg"), "We are not leaving until the deal is signed"), "{qs:?}");
        assert!(has(&qs, QuoteKind::Direct, Some("Ines Vidal"), "We are ready to talk but not today"), "{qs:?}");
        assert!(has(&qs, QuoteKind::Direct, Some("Ana Cole"), "We built it. It works"), "{qs:?}");
        assert!(!qs.iter().any(|(k, _, _)| *k == QuoteKind::Indirect || *k == QuoteKind::Partial), "{qs:?}");
    }

    #[test]
    fn a_label_may_give_the_role_in_parentheses() {
        let body = "Host Ruth Adler spoke with the mayor, Tom Lane.\nRuth Adler (host): Welcome, Mayor.\nTom Lane (Mayor of Easton): Glad to be here.\nAdler: Will taxes rise?\nLane: Not this year.";
        let qs = quotes(body);
        assert!(has(&qs, QuoteKind::Direct, Some("Ruth Adler"), "Welcome, Mayor"), "{qs:?}");
        assert!(has(&qs, QuoteKind::Direct, Some("Tom Lane"), "Glad to be here"), "{qs:?}");
        assert!(has(&qs, QuoteKind::Direct, Some("Tom Lane"), "Not this year"), "{qs:?}");
        assert_eq!(super::label_with_role("Tom Lane (Mayor of Easton): Glad."), Some(("Tom Lane", 26)));
        // The first colon must close the parenthesis; a role needs letters of its own.
        assert_eq!(super::label_with_role("LANE: We said it (twice): no."), None);
        assert_eq!(super::label_with_role("Tom Lane (2019): Glad."), None);
        assert_eq!(super::label_with_role("Tom Lane (a: b): Glad."), None);
    }

    #[test]
    fn an_outlet_as_a_label_asks_the_questions_of_no_one() {
        let body = "Mara Ellison runs the port. Ledger reporter Tom Ashby spoke with her on Friday.\nLedger: What surprised you?\nEllison: How old the cranes are.\nLedger: Will fees rise?\nEllison: Not this year.";
        let qs = quotes(body);
        assert!(has(&qs, QuoteKind::Direct, None, "What surprised you?"), "{qs:?}");
        assert!(has(&qs, QuoteKind::Direct, Some("Mara Ellison"), "How old the cranes are"), "{qs:?}");
        assert!(has(&qs, QuoteKind::Direct, Some("Mara Ellison"), "Not this year"), "{qs:?}");
        assert!(super::is_outlet_in("She told the Ledger on Friday.", "Ledger"));
        assert!(super::is_outlet_in("Gazette editor Ann Roe asked.", "Gazette"));
        // A surname the introduction gives without "the" or a newsroom noun is no outlet.
        assert!(!super::is_outlet_in("Ledger spoke to the Ledgers.", "Ledger"));
        assert!(!super::is_outlet_in("Ledger said on Friday.", "Ledger"));
    }

    #[test]
    fn a_quotation_inside_a_turn_is_reported_with_its_clause() {
        let body = "Host Ruth Adler spoke with Tom Lane.\nRUTH ADLER: Mr. Lane, the mayor said on Tuesday that the plan was \"dead on arrival.\" Is it?\nTOM LANE: No. I said \"maybe\" once. We will win.\nADLER: Thanks.\nLANE: Sure.";
        let qs = quotes(body);
        assert!(has(&qs, QuoteKind::Partial, None, "dead on arrival"), "{qs:?}");
        assert!(qs.iter().any(|(k, _, t)| *k == QuoteKind::Indirect && t.starts_with("the plan was")), "{qs:?}");
        // Reported speech without quotation marks inside a turn stays part of the turn alone.
        let plain = quotes("Host Ruth Adler spoke with Tom Lane.\nRUTH ADLER: The mayor said on Tuesday that the plan was dead.\nTOM LANE: No.\nADLER: Thanks.\nLANE: Sure.");
        assert!(plain.iter().all(|(k, _, _)| *k == QuoteKind::Direct), "{plain:?}");
    }

    #[test]
    fn a_club_shortened_to_its_first_word_is_the_club() {
        let qs = quotes("Harlow United have been fined by the league.\nHarlow said in a statement that it would not appeal.\nAshford Rovers said they would write to the league.");
        assert!(has(&qs, QuoteKind::Indirect, Some("Harlow United"), "it would not appeal"), "{qs:?}");
        assert!(has(&qs, QuoteKind::Indirect, Some("Ashford Rovers"), "they would write to the league"), "{qs:?}");
        // A one-word speaker no organisation starts with, or two that do, stays as it is.
        let qs = quotes("Harlow United were fined.\nHarlow Town were fined too.\nHarlow said it would not appeal.");
        assert!(has(&qs, QuoteKind::Indirect, Some("Harlow"), "it would not appeal"), "{qs:?}");
        let qs = quotes("Harlow United were fined.\nPenfield said it would not appeal.");
        assert!(has(&qs, QuoteKind::Indirect, Some("Penfield"), "it would not appeal"), "{qs:?}");
    }

    #[test]
    fn the_statement_speaks_for_whoever_issued_it() {
        let qs = quotes("Harlow United said in a statement that it would not appeal. \"We accept the findings,\" the statement said. \"Repairs begin now.\"");
        assert!(has(&qs, QuoteKind::Direct, Some("Harlow United"), "We accept the findings. Repairs begin now"), "{qs:?}");
        let qs = quotes("Tom Lane said in a statement that he would resign. \"I am sorry,\" his statement said. \"I failed.\"");
        assert!(has(&qs, QuoteKind::Direct, Some("Tom Lane"), "I am sorry. I failed"), "{qs:?}");
        // A report is a document, not something issued by the speaker before.
        let is_reference = |text: &str| {
            let toks = super::words::tokenize(text, 0..text.len());
            super::is_statement_reference(&toks[0], &toks[1])
        };
        assert!(is_reference("the statement") && is_reference("its letter"));
        assert!(!is_reference("the report") && !is_reference("a statement") && !is_reference("the survey"));
    }

    #[test]
    fn a_participle_after_a_quotation_keeps_its_speaker() {
        let qs = quotes("Manager Simon Reid described the closure as \"a blow\", adding: \"The fans deserve better.\"");
        assert!(has(&qs, QuoteKind::Partial, Some("Simon Reid"), "a blow"), "{qs:?}");
        assert!(has(&qs, QuoteKind::Direct, Some("Simon Reid"), "The fans deserve better"), "{qs:?}");
        // Without a quotation before it in the sentence, an unnamed participle names no one.
        let qs = quotes("Simon Reid spoke.\nA letter arrived, adding: \"The fans deserve better.\"");
        assert!(!has(&qs, QuoteKind::Direct, Some("Simon Reid"), "The fans deserve better"), "{qs:?}");
    }

    #[test]
    fn replied_that_and_said_afterwards_report_speech() {
        let qs = quotes("Asked whether the club would sell players, Victor Lang replied that it would not. He said afterwards he was relieved.");
        assert!(has(&qs, QuoteKind::Indirect, Some("Victor Lang"), "it would not"), "{qs:?}");
        assert!(has(&qs, QuoteKind::Indirect, Some("Victor Lang"), "he was relieved"), "{qs:?}");
        // "replied" without "that" reports nothing.
        let qs = quotes("Victor Lang replied to the letter on Monday.");
        assert!(qs.is_empty(), "{qs:?}");
        let qs = quotes("Linda Okafor countered that overtime had cost $4 million. Tom Lane retorted that it had not.");
        assert!(has(&qs, QuoteKind::Indirect, Some("Linda Okafor"), "overtime had cost $4 million"), "{qs:?}");
        assert!(has(&qs, QuoteKind::Indirect, Some("Tom Lane"), "it had not"), "{qs:?}");
    }

    #[test]
    fn a_surname_that_is_also_a_noun_is_the_person_named_before() {
        let qs = quotes("\"We had no choice,\" CWB Executive Director Dana Banks said in a statement.\nBanks said the board would meet in May.\nBanks said they had lent enough.");
        assert!(has(&qs, QuoteKind::Direct, Some("Dana Banks"), "We had no choice"), "{qs:?}");
        assert!(has(&qs, QuoteKind::Indirect, Some("Dana Banks"), "the board would meet in May"), "{qs:?}");
        // Without a person of that surname, "Banks" are banks: no one named.
        let qs = quotes("Banks said they had lent enough.");
        assert!(has(&qs, QuoteKind::Indirect, None, "they had lent enough"), "{qs:?}");
    }

    #[test]
    fn you_in_a_question_is_the_one_who_answers() {
        let body = "Host Ruth Adler spoke with Tom Lane.\nRUTH ADLER: Mr. Lane, you wrote that the plan was \"dead on arrival.\" Is it?\nTOM LANE: No.\nADLER: Thanks.\nLANE: Sure.";
        let qs = quotes(body);
        assert!(has(&qs, QuoteKind::Partial, Some("Tom Lane"), "dead on arrival"), "{qs:?}");
        // In a print Q&A, the interviewee answers.
        let body = "Mara Ellison runs the port. She spoke with the Ledger.\nQ: You said the fees were \"too low.\" Why?\nA: Costs rose.";
        let article = super::super::extract_article("t.txt", &format!("The Interview: A Headline For The Test\n{body}"));
        assert!(article.quotes.iter().any(|q| q.kind == QuoteKind::Partial && q.speaker.as_deref() == Some("Mara Ellison")), "{:?}", article.quotes);
        // Outside a turn "you" names no one.
        let qs = quotes("Tom Lane spoke. As you said last week, the plan was \"dead on arrival.\"");
        assert!(qs.iter().all(|(_, s, _)| s.as_deref() != Some("you") && s.as_deref() != Some("Tom Lane")), "{qs:?}");
    }

    #[test]
    fn a_denied_verb_of_speech_reports_nothing() {
        let qs = quotes("Marcus Fell told analysts that the unit was \"not core,\" but he did not say whether it would be sold. Ann Roe declined to say when the sale would close.");
        assert!(has(&qs, QuoteKind::Indirect, Some("Marcus Fell"), "the unit was \"not core,\""), "{qs:?}");
        assert!(qs.iter().all(|(_, _, t)| !t.contains("whether") && !t.contains("the sale would close")), "{qs:?}");
        // Said, not denied: reported.
        let qs = quotes("Ann Roe said that the sale would close in May.");
        assert!(has(&qs, QuoteKind::Indirect, Some("Ann Roe"), "the sale would close in May"), "{qs:?}");
    }

    #[test]
    fn an_earnings_call_operator_is_a_turn_of_no_one() {
        let qs = quotes("Acme held its call on Tuesday. Chief executive Ann Roe and Bob Lee took questions.\nOperator: Welcome to the call. Our first question comes from Tim Fox with UBS.\nTim Fox: Ann, you said in May that sales would rise. Did they?\nAnn Roe: They did. Sales rose 3%.\nOperator: That concludes the call.");
        assert!(has(&qs, QuoteKind::Direct, None, "Welcome to the call. Our first question comes from Tim Fox with UBS"), "{qs:?}");
        assert!(has(&qs, QuoteKind::Direct, Some("Ann Roe"), "They did. Sales rose 3%"), "{qs:?}");
        assert!(has(&qs, QuoteKind::Direct, None, "That concludes the call"), "{qs:?}");
        assert!(has(&qs, QuoteKind::Indirect, Some("Ann Roe"), "sales would rise"), "{qs:?}");
    }

    #[test]
    fn west_african_honorifics_are_no_part_of_the_name() {
        let qs = quotes("The President of the union, Comrade Bashir Olaniyan, said the strike would go ahead. Its Secretary-General, Alhaji Kabiru Sani, said in a statement that members were ready. The Minister of State, Dr. (Mrs.) Ngozi Eze, told reporters after a meeting on Wednesday that the money was there.");
        assert!(has(&qs, QuoteKind::Indirect, Some("Bashir Olaniyan"), "the strike would go ahead"), "{qs:?}");
        assert!(has(&qs, QuoteKind::Indirect, Some("Kabiru Sani"), "members were ready"), "{qs:?}");
        assert!(has(&qs, QuoteKind::Indirect, Some("Ngozi Eze"), "the money was there"), "{qs:?}");
    }

    #[test]
    fn epithets_pronouns_and_people_unnamed_on_request() {
        let qs = quotes("The Minister of State for Health, Dr. (Mrs.) Ngozi Eze, told reporters on Wednesday that the payments had been approved.\nAccording to her, the delay was caused by a dispute.\n\"We are not owing anybody,\" the minister said.");
        assert!(has(&qs, QuoteKind::Indirect, Some("Ngozi Eze"), "the delay was caused by a dispute"), "{qs:?}");
        assert!(has(&qs, QuoteKind::Direct, Some("Ngozi Eze"), "We are not owing anybody"), "{qs:?}");
        let qs = quotes("The Allied Health Workers Union (AHWU) said it would meet. Its President, Alhaji Kabiru Sani, said in a statement that the unions would decide then. The Workers Party leader, Tom Hale, was silent.\nThe AHWU leader said laboratory scientists were ready.\nA patient at the Lagos University Teaching Hospital who did not want to be named said she had been told to buy her drugs.\n\"I don't know how I will pay for it,\" she said.");
        assert!(has(&qs, QuoteKind::Indirect, Some("Kabiru Sani"), "laboratory scientists were ready"), "{qs:?}");
        assert!(has(&qs, QuoteKind::Indirect, None, "she had been told to buy her drugs"), "{qs:?}");
        assert!(has(&qs, QuoteKind::Direct, None, "I don't know how I will pay for it"), "{qs:?}");
        let qs = quotes("Its Secretary-General, Hauwa Bello, said in a statement that the NUT's branches would close. The Minister of Education, Ibrahim Musa, told State House correspondents that talks would go on.\nThe NUT leader said teachers were ready.\nAnalysts said last quarter that sales would fall.");
        assert!(has(&qs, QuoteKind::Indirect, Some("Hauwa Bello"), "teachers were ready"), "{qs:?}");
        assert!(has(&qs, QuoteKind::Indirect, None, "sales would fall"), "{qs:?}");
        // A leader whose body is written nowhere near them is "the SNP leader" only when the
        // sentence just before names them (extract10; see the Labour leader test there).
        let qs = quotes("First Minister Iain Stewart visited the count.\nThe SNP leader said the party would reflect.");
        assert!(has(&qs, QuoteKind::Indirect, Some("Iain Stewart"), "the party would reflect"), "{qs:?}");
        let qs = quotes("First Minister Iain Stewart visited the count.\nThe hall was full by midnight.\nThe SNP leader said the party would reflect.");
        assert!(has(&qs, QuoteKind::Indirect, None, "the party would reflect"), "{qs:?}");
        let qs = quotes("Walter Hayes died on Sunday. His wife, Margaret Hayes, said he had been ill.\n\"Walt never raised his voice,\" his wife said.");
        assert!(has(&qs, QuoteKind::Direct, Some("Margaret Hayes"), "Walt never raised his voice"), "{qs:?}");
    }

    #[test]
    fn a_titled_name_opens_a_clause_and_an_acronym_in_parentheses_is_an_aside() {
        let qs = quotes("Principal Angela Moreno said Mr. Hayes still came by the school most weeks to \"check the grass.\"");
        assert!(qs.iter().any(|(k, s, t)| *k == QuoteKind::Indirect && s.as_deref() == Some("Angela Moreno") && t.starts_with("Mr. Hayes still came by")), "{qs:?}");
        let qs = quotes("The Kenya National Union of Teachers (KNUT) has issued a notice, saying the commission had failed to pay.");
        assert!(has(&qs, QuoteKind::Indirect, Some("Kenya National Union of Teachers"), "the commission had failed to pay"), "{qs:?}");
        let qs = quotes("The Allied Health Workers Union (AHWU), of which the association is a member, said it would hold an emergency meeting.");
        assert!(has(&qs, QuoteKind::Indirect, Some("Allied Health Workers Union"), "it would hold an emergency meeting"), "{qs:?}");
    }

    #[test]
    fn a_pronoun_before_anyone_is_named_points_to_the_next_person_named() {
        let qs = quotes("Every morning, the head chef walks to the market. \"Fish first,\" he says. \"Then bread.\"\nTomas Reyes, 44, opened the place in 2014.");
        assert!(has(&qs, QuoteKind::Direct, Some("Tomas Reyes"), "Fish first. Then bread"), "{qs:?}");
        // Someone it may stand for was named before: no pointing forward.
        let qs = quotes("Tom Hale walked in. \"Fish first,\" he says.\nTomas Reyes, 44, opened the place in 2014.");
        assert!(has(&qs, QuoteKind::Direct, Some("Tom Hale"), "Fish first"), "{qs:?}");
    }

    #[test]
    fn a_title_alone_as_a_label_is_the_one_who_holds_it() {
        let qs = quotes("Presenter Mark Dunne interviewed the Finance Minister, Caoimhe Walsh.\nPRESENTER: Is the budget balanced?\nCAOIMHE WALSH: It is.\nPRESENTER: Thank you.\nWALSH: Thanks.");
        assert!(has(&qs, QuoteKind::Direct, Some("Mark Dunne"), "Is the budget balanced?"), "{qs:?}");
        assert!(has(&qs, QuoteKind::Direct, Some("Caoimhe Walsh"), "It is"), "{qs:?}");
        // No one given that title: no one named.
        let qs = quotes("Caoimhe Walsh spoke.\nPRESENTER: Is the budget balanced?\nCAOIMHE WALSH: It is.\nPRESENTER: Thank you.\nWALSH: Thanks.");
        assert!(has(&qs, QuoteKind::Direct, None, "Is the budget balanced?"), "{qs:?}");
    }

    #[test]
    fn a_role_named_next_after_an_aside() {
        let qs = quotes("Cutting too early would be a mistake, the bank's governor warned. Aoife Brennan, speaking in Dublin, said more evidence was needed.");
        assert!(has(&qs, QuoteKind::Indirect, Some("Aoife Brennan"), "Cutting too early would be a mistake"), "{qs:?}");
        // A next sentence in which the name does not speak names no one.
        let qs = quotes("Cutting too early would be a mistake, the bank's governor warned. Aoife Brennan, a former banker, was not there.");
        assert!(has(&qs, QuoteKind::Indirect, None, "Cutting too early would be a mistake"), "{qs:?}");
    }

    #[test]
    fn quoted_by_a_paper_as_saying_is_the_subject_s() {
        let qs = quotes("Dr. Sunita Rao said testing had doubled. She was quoted by the newspaper as saying that \"the worst is behind us.\"");
        assert!(has(&qs, QuoteKind::Partial, Some("Sunita Rao"), "the worst is behind us"), "{qs:?}");
        // The active form is the one quoted, not the paper.
        let qs = quotes("The Hindu quoted Sunita Rao as saying that \"the worst is behind us.\"");
        assert!(has(&qs, QuoteKind::Partial, Some("Sunita Rao"), "the worst is behind us"), "{qs:?}");
    }

    #[test]
    fn wrote_on_x_joins_the_halves_of_a_quotation() {
        let qs = quotes("Chief Executive Marcus Fell spoke.\n\"We are proud,\" Fell wrote on X. \"None of them is a distraction.\"");
        assert!(has(&qs, QuoteKind::Direct, Some("Marcus Fell"), "We are proud. None of them is a distraction"), "{qs:?}");
        // An initial inside a name before the second quotation is no period of the attribution.
        let qs = quotes("\"We are proud,\" said Malcolm X. Jones, \"of all of it.\"");
        assert!(!qs.iter().any(|(_, _, t)| t.starts_with("We are proud.")), "{qs:?}");
    }

    #[test]
    fn the_one_a_medium_went_to_and_long_before_the_verb() {
        let qs = quotes("Commerce Secretary Gina Torres said in an interview with The Times that the talks would resume. Torres has long argued that tariffs protect jobs.");
        assert!(has(&qs, QuoteKind::Indirect, Some("Gina Torres"), "the talks would resume"), "{qs:?}");
        assert!(has(&qs, QuoteKind::Indirect, Some("Gina Torres"), "tariffs protect jobs"), "{qs:?}");
        let qs = quotes("Chief Executive Maria Gomez said in a letter to shareholders that profits would fall.");
        assert!(has(&qs, QuoteKind::Indirect, Some("Maria Gomez"), "profits would fall"), "{qs:?}");
        // Without a clause after the one it went to, nothing is reported.
        let qs = quotes("Gina Torres said so in an interview with reporters on the plane.");
        assert!(qs.is_empty(), "{qs:?}");
    }

    #[test]
    fn a_full_name_label_beats_a_surname_known_from_the_text() {
        let qs = quotes("Ellen Park moderated. She asked Mr. Diaz first.\nMODERATOR: Mr. Diaz?\nCARLOS DIAZ: Thank you.\nMODERATOR: Ms. Reed?\nJOANNE REED: Thanks.\nDIAZ: We disagree.");
        assert!(has(&qs, QuoteKind::Direct, Some("Carlos Diaz"), "Thank you"), "{qs:?}");
        assert!(has(&qs, QuoteKind::Direct, Some("Carlos Diaz"), "We disagree"), "{qs:?}");
        // A surname label keeps the full name the text knows.
        let qs = quotes("Carlos Diaz and Joanne Reed debated.\nDIAZ: We disagree.\nREED: We do.");
        assert!(has(&qs, QuoteKind::Direct, Some("Carlos Diaz"), "We disagree"), "{qs:?}");
    }

    #[test]
    fn a_lone_surname_speaker_takes_the_full_name_written_before() {
        let qs = quotes("The debate between candidates Karen Lowe and Victor Almeida was moderated by Ed Price.\nMODERATOR: Welcome.\nMS. LOWE: Thank you.\nMR. ALMEIDA: Glad to be here.");
        assert!(has(&qs, QuoteKind::Direct, Some("Karen Lowe"), "Thank you"), "{qs:?}");
        assert!(has(&qs, QuoteKind::Direct, Some("Victor Almeida"), "Glad to be here"), "{qs:?}");
        assert!(has(&qs, QuoteKind::Direct, Some("Ed Price"), "Welcome"), "{qs:?}");
        // Two full names own the surname: it stays as written.
        let qs = quotes("Karen Lowe and Tim Lowe met.\nMR. LOWE: Hello.\nMS. LOWE: Hi.");
        assert!(has(&qs, QuoteKind::Direct, Some("Lowe"), "Hello"), "{qs:?}");
        // A title of the other gender than the person's first name: not that person.
        let qs = quotes("Candidates Karen Lowe and Tim Lowe met.\nMR. LOWE: Hello.\nMS. LOWE: Hi.");
        assert!(has(&qs, QuoteKind::Direct, Some("Tim Lowe"), "Hello") && !has(&qs, QuoteKind::Direct, Some("Tim Lowe"), "Hi"), "{qs:?}");
    }

    #[test]
    fn a_surname_label_is_the_full_name_of_another_label() {
        // In capitals: the full name labels one turn, its surname the others.
        let qs = quotes("JANE ROE, HOST: Good morning. Tom Ash farms near Delta.\nTOM ASH: Morning.\nROE: Is it dry?\nASH: Very.");
        assert!(has(&qs, QuoteKind::Direct, Some("Jane Roe"), "Good morning. Tom Ash farms near Delta"), "{qs:?}");
        assert!(has(&qs, QuoteKind::Direct, Some("Jane Roe"), "Is it dry?"), "{qs:?}");
        assert!(has(&qs, QuoteKind::Direct, Some("Tom Ash"), "Very"), "{qs:?}");
        // In mixed case, as podcasts write it; the spelling of the name is kept.
        let qs = quotes("Ann McKay: Welcome to the show.\nBo Lind: Thanks.\nMcKay: Why now?\nLind: Because we must. (LAUGHS) Really.");
        assert!(has(&qs, QuoteKind::Direct, Some("Ann McKay"), "Why now?"), "{qs:?}");
        assert!(has(&qs, QuoteKind::Direct, Some("Bo Lind"), "Because we must. Really"), "{qs:?}");
        assert_eq!(qs.len(), 4, "{qs:?}");
    }

    #[test]
    fn mixed_case_labels_without_a_name_to_complete_are_no_turns() {
        // Link lines and notes repeat, but no surname label confirms them.
        let qs = quotes("Read More: Why the bridge closed.\nThe council met.\nRead More: Who pays for it.\nNote: Figures are provisional.");
        assert!(qs.is_empty(), "{qs:?}");
        // A surname no label completes is nobody's turn.
        let qs = quotes("ROE: Good morning.\nASH: Morning.");
        assert!(qs.is_empty(), "{qs:?}");
        // Two full names end with the surname: it resolves to neither.
        let qs = quotes("JANE ROE: Hi.\nTIM ROE: Hello.\nROE: Which of us?\nJANE ROE: Me.\nTIM ROE: No.");
        assert!(!qs.iter().any(|q| q.2 == "Which of us?" && q.1.is_some()), "{qs:?}");
    }

    #[test]
    fn a_described_body_names_no_one_unless_one_of_its_kind_was_named() {
        let qs = quotes("The city's budget office said the deliveries had cost $2 million.\nThe state disaster management authority said 300 villages were flooded.");
        assert!(has(&qs, QuoteKind::Indirect, None, "the deliveries had cost $2 million"), "{qs:?}");
        assert!(has(&qs, QuoteKind::Indirect, None, "300 villages were flooded"), "{qs:?}");
        // Named before: the described body is that one; a bare noun still points back.
        let qs = quotes("The Harlow Budget Office published its forecast.\nThe city's budget office said the deficit would grow.\nAltira said it would build a plant. The company said the plant would open in May.");
        assert!(has(&qs, QuoteKind::Indirect, Some("Harlow Budget Office"), "the deficit would grow"), "{qs:?}");
        assert!(has(&qs, QuoteKind::Indirect, Some("Altira"), "the plant would open in May"), "{qs:?}");
    }

    #[test]
    fn a_participle_s_subject_is_the_whole_possessive_phrase() {
        let qs = quotes("Malawi's central bank kept its rate unchanged on Tuesday, saying fuel shortages would keep prices high.");
        assert!(!qs.iter().any(|q| q.1.as_deref() == Some("Malawi")), "{qs:?}");
        let qs = quotes("Nordvik Energy kept its forecast on Tuesday, saying demand would recover.");
        assert!(has(&qs, QuoteKind::Indirect, Some("Nordvik Energy"), "demand would recover"), "{qs:?}");
    }

    #[test]
    fn a_verb_form_before_the_noun_of_a_body_is_part_of_the_object() {
        let qs = quotes("Marco Bellini told state broadcaster RAI that workers had lost patience.");
        assert!(has(&qs, QuoteKind::Indirect, Some("Marco Bellini"), "workers had lost patience"), "{qs:?}");
        let qs = quotes("Marco Bellini told state media the strike would go ahead.");
        assert!(has(&qs, QuoteKind::Indirect, Some("Marco Bellini"), "the strike would go ahead"), "{qs:?}");
        // A verb that is no adjective still ends the object.
        let qs = quotes("Marco Bellini told reporters the strike would go ahead.");
        assert!(has(&qs, QuoteKind::Indirect, Some("Marco Bellini"), "the strike would go ahead"), "{qs:?}");
    }

    #[test]
    fn the_company_is_never_a_transcript_speaker() {
        let qs = quotes("Ann McKay: Welcome.\nBo Lind: Thanks.\nMcKay: And the firm?\nLind: Fine.\nThe company said in a statement that it would pay a dividend.");
        assert!(has(&qs, QuoteKind::Indirect, None, "it would pay a dividend"), "{qs:?}");
        let qs = quotes("Altira Energy raised its forecast. The company said in a statement that it would pay a dividend.");
        assert!(has(&qs, QuoteKind::Indirect, Some("Altira Energy"), "it would pay a dividend"), "{qs:?}");
    }

    #[test]
    fn a_title_with_and_before_the_name_is_not_part_of_it() {
        let article = extract_article("t.txt", "Headline For The Test\nMinister of Public Works and Transport Carolina Fuentes said the bill would pass.\n");
        let people: Vec<&str> = article.people.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(people, ["Carolina Fuentes"]);
        assert_eq!(article.quotes[0].speaker.as_deref(), Some("Carolina Fuentes"));
        // Two people joined by "and" stay two.
        let article = extract_article("t.txt", "Headline For The Test\nMinister Bo Lind and Jane Roe said the bill would pass.\n");
        let people: Vec<&str> = article.people.iter().map(|p| p.name.as_str()).collect();
        assert!(people.contains(&"Bo Lind") && !people.iter().any(|p| p.contains("and")), "{people:?}");
    }

    #[test]
    fn roundup_lines_name_the_writer_or_the_paper() {
        let qs = quotes("Reactions:\nDana Ellis, The Daily Ledger: “The jury did its job.”\nThe Evening Post, editorial: \"Taxpayers lost.\"\nGov. Alan Brooks: “I'm proud of it.”\nSen. Maria Voss, Minority Leader: “It is a hole.”");
        assert!(has(&qs, QuoteKind::Direct, Some("Alan Brooks"), "I'm proud of it"), "{qs:?}");
        assert!(has(&qs, QuoteKind::Direct, Some("Maria Voss"), "It is a hole"), "{qs:?}");
        assert!(has(&qs, QuoteKind::Direct, Some("Dana Ellis"), "The jury did its job"), "{qs:?}");
        assert!(has(&qs, QuoteKind::Direct, Some("Evening Post"), "Taxpayers lost"), "{qs:?}");
        // A verb in the label makes it an ordinary attribution; a place before a comma is no writer.
        let qs = quotes("In Paris, France: “We are ready.”");
        assert!(!qs.iter().any(|q| q.1.is_some()), "{qs:?}");
    }

    #[test]
    fn a_campaign_is_one_organisation_however_it_is_written() {
        assert_eq!(super::org_name("Whitfield’s campaign"), "Whitfield campaign");
        assert_eq!(super::org_name("Whitfield's campaign"), "Whitfield campaign");
        assert_eq!(super::org_name("the Whitfield campaign"), "Whitfield campaign");
        // Not a campaign, not changed.
        assert_eq!(super::org_name("Nordvik Energy"), "Nordvik Energy");
        assert_eq!(super::org_name("Campaign"), "Campaign");
    }

    #[test]
    fn descriptors_and_verbs_are_not_part_of_names() {
        let qs = quotes("Democrat Joan Whitfield spoke first. “We will win,” Whitfield said.\nRepublican Gary Pruitt disagreed. Does Pruitt have a plan? “Yes,” Pruitt said.\nCelebrating Whitfield's win, Pres. Dan Okoro said the vote was “a turning point.”");
        assert!(has(&qs, QuoteKind::Direct, Some("Joan Whitfield"), "We will win"), "{qs:?}");
        assert!(has(&qs, QuoteKind::Direct, Some("Gary Pruitt"), "Yes"), "{qs:?}");
        assert!(has(&qs, QuoteKind::Partial, Some("Dan Okoro"), "a turning point"), "{qs:?}");
        let article = super::super::extract_article("t.txt", "Headline For The Test\nThe Republican National Committee said the race was close, and Rival Pruitt agreed. Had Pruitt called? Sir Ian Fleming said no.\n");
        let names: Vec<&str> = article.people.iter().map(|p| p.name.as_str()).collect();
        assert!(!names.iter().any(|n| n.starts_with("Had") || n.starts_with("Rival") || n.starts_with("Republican")), "{names:?}");
        // A descriptor before an organisation's name stays in it; -ing surnames stay names.
        assert!(article.quotes.iter().any(|q| q.speaker.as_deref() == Some("Republican National Committee")), "{:?}", article.quotes);
        assert!(names.contains(&"Ian Fleming"), "{names:?}");
    }

    #[test]
    fn reported_speech_without_marks_around_its_cue_and_from_documents() {
        let qs = quotes("Mayor Beth Alvarez spoke.\nThat decision, Alvarez said, would hurt kids the most.\nA poll released Tuesday by Keystone University found that most voters were undecided. The report said costs would rise. Campaign filings show that the campaign raised $4 million.\nRiders Union president Luis Romero asked whether the agency had read the report.");
        assert!(has(&qs, QuoteKind::Indirect, Some("Beth Alvarez"), "That decision would hurt kids the most"), "{qs:?}");
        assert!(has(&qs, QuoteKind::Indirect, Some("Keystone University"), "most voters were undecided"), "{qs:?}");
        let poll = quotes("A poll released Thursday by Keystone University found Whitfield ahead by 4 points among likely voters.");
        assert!(has(&poll, QuoteKind::Indirect, Some("Keystone University"), "Whitfield ahead by 4 points among likely voters"), "{poll:?}");
        assert!(has(&qs, QuoteKind::Indirect, None, "costs would rise"), "{qs:?}");
        assert!(has(&qs, QuoteKind::Indirect, None, "the campaign raised $4 million"), "{qs:?}");
        assert!(has(&qs, QuoteKind::Indirect, Some("Luis Romero"), "the agency had read the report"), "{qs:?}");
        // No speech verb, or no document: nothing reported.
        let qs = quotes("That decision, in the end, would hurt kids. He found that the keys were gone. Sales figures show that sales fell. He asked for water. Jensen was asked whether he would run.");
        assert!(qs.is_empty(), "{qs:?}");
    }

    #[test]
    fn quotations_stay_apart_when_more_than_an_attribution_separates_them() {
        // Two speakers; a sentence of the writer's own between; a fragment in reported speech.
        let qs = quotes("“We won,” said Ana Ruiz. “They cheated,” said Tom Riley.");
        assert_eq!(qs.len(), 2, "{qs:?}");
        let qs = quotes("“We won,” said Ana Ruiz. The crowd cheered. “It was close.”");
        assert_eq!(qs.iter().filter(|q| q.0 == QuoteKind::Direct).count(), 2, "{qs:?}");
        let qs = quotes("“We won,” said Ana Ruiz, adding that the referee had been “very fair.”");
        assert!(has(&qs, QuoteKind::Partial, Some("Ana Ruiz"), "very fair"), "{qs:?}");
        assert!(has(&qs, QuoteKind::Direct, Some("Ana Ruiz"), "We won"), "{qs:?}");
    }

    #[test]
    fn quotation_over_two_paragraphs_is_one_quote() {
        let qs = quotes("Coach Ana Ruiz was blunt. “We played badly in the first half.\n“In the second half we fought back,” Ruiz said.\nThe team flies home on Sunday.");
        assert!(has(&qs, QuoteKind::Direct, Some("Ana Ruiz"), "We played badly in the first half. In the second half we fought back"), "{qs:?}");
        assert_eq!(qs.iter().filter(|q| q.0 == QuoteKind::Direct).count(), 1);
    }

    #[test]
    fn unattributed_statement_continues_the_previous_speaker() {
        let qs = quotes("“Prices will fall,” said economist Raj Patel.\n“But not before summer.”\nMarkets closed higher.");
        assert!(has(&qs, QuoteKind::Direct, Some("Raj Patel"), "But not before summer"), "{qs:?}");
    }

    #[test]
    fn an_uncued_quotation_is_no_ones_when_someone_else_was_named_since() {
        let qs = quotes("“Prices will fall,” said economist Raj Patel.\nHis rival, banker Tom Riley, was not convinced.\n“Not before summer.”");
        assert!(has(&qs, QuoteKind::Direct, None, "Not before summer"), "{qs:?}");
        let qs = quotes("“Prices will fall,” said economist Raj Patel. Markets rose on the news.\n“Not before summer, though.”");
        assert!(has(&qs, QuoteKind::Direct, Some("Raj Patel"), "Not before summer, though"), "{qs:?}");
    }

    #[test]
    fn a_speech_participle_belongs_to_the_subject_and_ends_the_clause_before_it() {
        let qs = quotes("Tom Hadley said Arizona needed new reservoirs, saying \"we cannot conserve our way out.\"\nSenator Ann Voss criticised the plan on Monday, noting it had no money behind it.");
        assert!(has(&qs, QuoteKind::Indirect, Some("Tom Hadley"), "Arizona needed new reservoirs"), "{qs:?}");
        assert!(has(&qs, QuoteKind::Partial, Some("Tom Hadley"), "we cannot conserve our way out"), "{qs:?}");
        assert!(has(&qs, QuoteKind::Indirect, Some("Ann Voss"), "it had no money behind it"), "{qs:?}");
        // Not a speech participle: the clause goes on.
        let qs = quotes("Tom Hadley said the state needed reservoirs, including two near Phoenix.");
        assert!(has(&qs, QuoteKind::Indirect, Some("Tom Hadley"), "the state needed reservoirs, including two near Phoenix"), "{qs:?}");
    }

    #[test]
    fn a_colon_after_a_named_subject_attributes_the_quotation() {
        let qs = quotes("“It is done,” said Ana Ruiz. Councilman Tom Riley disagreed: “It is not.”\nSen. Ruth Aldana arrived late. The senator insisted she had never seen the memo.");
        assert!(has(&qs, QuoteKind::Direct, Some("Tom Riley"), "It is not"), "{qs:?}");
        assert!(has(&qs, QuoteKind::Indirect, Some("Ruth Aldana"), "she had never seen the memo"), "{qs:?}");
        // A colon after a thing, not a speaker: the quotation is nobody's in particular.
        let qs = quotes("The sign at the gate warned: “Keep out.”");
        assert!(!qs.iter().any(|q| q.1.is_some()), "{qs:?}");
    }

    #[test]
    fn the_role_points_back_to_the_person_holding_it() {
        let qs = quotes("Foreign Minister Lena Brandt arrived in Oslo on Monday.\n“We came to listen,” the minister said.\n“It is a start,” the spokesman said.");
        assert!(has(&qs, QuoteKind::Direct, Some("Lena Brandt"), "We came to listen"), "{qs:?}");
        assert!(has(&qs, QuoteKind::Direct, None, "It is a start"), "{qs:?}");
    }

    #[test]
    fn statement_after_reported_speech_or_colon_paragraph_keeps_the_speaker() {
        let qs = quotes("Union leader Marta Silva said the strike would go on.\n“We have no choice.”\nOn Friday, Transport Secretary Ian Moss told reporters:\n“The offer stands.”");
        assert!(has(&qs, QuoteKind::Direct, Some("Marta Silva"), "We have no choice"), "{qs:?}");
        assert!(has(&qs, QuoteKind::Direct, Some("Ian Moss"), "The offer stands"), "{qs:?}");
    }

    #[test]
    fn reported_clause_after_time_phrase_object_or_affiliation() {
        let qs = quotes("Acme Corp. said on Wednesday it would cut 10,000 jobs. \
            Farmer Luca Bianco told the BBC his fields had been flooded for days. \
            Press secretary Kim Ortiz told reporters the president was disappointed. \
            The EU has offered help to the region, a spokesperson for the European Commission said.");
        assert!(has(&qs, QuoteKind::Indirect, Some("Acme Corp."), "it would cut 10,000 jobs"), "{qs:?}");
        assert!(has(&qs, QuoteKind::Indirect, Some("Luca Bianco"), "his fields had been flooded for days"), "{qs:?}");
        assert!(has(&qs, QuoteKind::Indirect, Some("Kim Ortiz"), "the president was disappointed"), "{qs:?}");
        assert!(has(&qs, QuoteKind::Indirect, Some("European Commission"), "The EU has offered help to the region"), "{qs:?}");
    }

    #[test]
    fn a_past_tense_verb_makes_a_bare_reported_clause() {
        let qs = quotes("The National Weather Service said wind gusts reached 80 mph in parts of Houston. \
            The mayor said goodbye to staff who worked there.");
        assert!(has(&qs, QuoteKind::Indirect, Some("National Weather Service"), "wind gusts reached 80 mph in parts of Houston"), "{qs:?}");
        assert_eq!(qs.len(), 1, "{qs:?}");
        assert!(quotes("Nothing was said and nothing happened.").is_empty());
    }

    #[test]
    fn trailing_attribution_before_an_aside_names_the_company_of_the_clause() {
        let qs = quotes("PHOENIX, Sept 9 (Reuters) - Altira Semiconductor will build a $20 billion chip plant in Arizona, \
            the company said on Tuesday, the latest in a wave of U.S. factory investments.");
        assert!(has(&qs, QuoteKind::Indirect, Some("Altira Semiconductor"), "Altira Semiconductor will build a $20 billion chip plant in Arizona"), "{qs:?}");
        assert_eq!(qs.len(), 1, "the aside is not reported speech: {qs:?}");
    }

    #[test]
    fn unnamed_groups_of_people_report_too() {
        let qs = quotes("Storms cut power to 200,000 homes on Monday, officials said, and forecasters warned that more storms could arrive.");
        assert!(has(&qs, QuoteKind::Indirect, None, "Storms cut power to 200,000 homes on Monday"), "{qs:?}");
        assert!(has(&qs, QuoteKind::Indirect, None, "more storms could arrive"), "{qs:?}");
    }

    #[test]
    fn an_age_or_an_appositive_role_points_back_to_the_person() {
        let qs = quotes("Striker Leon Vance scored twice on Saturday.\n\
            “I am just happy to help the team,” the 24-year-old said.\n\
            His coach, Mia Forde, was less impressed. “We defended poorly,” Forde said.\n\
            “We will fix it,” the coach added.");
        assert!(has(&qs, QuoteKind::Direct, Some("Leon Vance"), "I am just happy to help the team"), "{qs:?}");
        assert!(has(&qs, QuoteKind::Direct, Some("Mia Forde"), "We will fix it"), "{qs:?}");
    }

    #[test]
    fn quoted_as_saying_and_a_role_in_commas_before_the_name() {
        let qs = quotes("Interfax quoted Deputy Foreign Minister Sergei Ryabkov as saying that Moscow saw no basis for talks.\n\
            “We are ready — more than ready — to sign,” the envoy, Karl Heinz, told reporters.");
        assert!(has(&qs, QuoteKind::Indirect, Some("Sergei Ryabkov"), "Moscow saw no basis for talks"), "{qs:?}");
        assert!(has(&qs, QuoteKind::Direct, Some("Karl Heinz"), "We are ready — more than ready — to sign"), "{qs:?}");
    }

    #[test]
    fn a_trailing_attribution_may_end_with_a_longer_adverbial() {
        let qs = quotes("Honeybees can keep track of up to four landmarks, researchers reported in the journal Science on 3 April 2025.");
        assert!(has(&qs, QuoteKind::Indirect, None, "Honeybees can keep track of up to four landmarks"), "{qs:?}");
    }

    #[test]
    fn an_opening_phrase_and_a_participle_aside_are_not_speech() {
        let qs = quotes("In an interview with CNN, Foreign Minister Ana Brandt said the border would stay closed.\n\
            A senior official, speaking on condition of anonymity, said the talks had stalled.");
        assert!(has(&qs, QuoteKind::Indirect, Some("Ana Brandt"), "the border would stay closed"), "{qs:?}");
        assert!(has(&qs, QuoteKind::Indirect, None, "the talks had stalled"), "{qs:?}");
        assert_eq!(qs.len(), 2, "{qs:?}");
    }

    #[test]
    fn a_negated_verb_after_a_comma_attributes_nothing() {
        let qs = quotes("House Speaker Mike Johnson said he was confident a deal could be reached, but he did not say how.");
        assert!(has(&qs, QuoteKind::Indirect, Some("Mike Johnson"), "he was confident a deal could be reached"), "{qs:?}");
        assert_eq!(qs.len(), 1, "{qs:?}");
    }

    #[test]
    fn the_widow_of_a_person_is_not_that_person() {
        let qs = quotes("The widow of Ivan Petrov said she would sue the state.");
        assert!(has(&qs, QuoteKind::Indirect, None, "she would sue the state"), "{qs:?}");
    }

    #[test]
    fn it_said_is_the_organisation_named_before() {
        let qs = quotes("OSLO, March 5 (Reuters) - Nordvik Energy will cut 1,200 jobs, it said on Thursday, after a mild winter.\n\
            It said gas prices had fallen.");
        assert!(has(&qs, QuoteKind::Indirect, Some("Nordvik Energy"), "Nordvik Energy will cut 1,200 jobs"), "{qs:?}");
        assert!(has(&qs, QuoteKind::Indirect, Some("Nordvik Energy"), "gas prices had fallen"), "{qs:?}");
    }

    #[test]
    fn words_before_the_medium_of_a_statement() {
        let qs = quotes("The health ministry said in its weekly report that cases had fallen.");
        assert!(qs.iter().any(|q| q.0 == QuoteKind::Indirect && q.2 == "cases had fallen"), "{qs:?}");
        let qs = quotes("Jane Roe said in a brief written statement that she would resign.");
        assert!(has(&qs, QuoteKind::Indirect, Some("Jane Roe"), "she would resign"), "{qs:?}");
        // A capitalised word or a clause is no adjective of the medium.
        let qs = quotes("Jane Roe said in the Senate that report was wrong.");
        assert!(!qs.iter().any(|q| q.2 == "was wrong"), "{qs:?}");
    }

    #[test]
    fn according_to_with_a_number_in_the_clause() {
        let qs = quotes("According to officials, the revised tariff is expected to bring in Rs 1,000 crore a year.");
        assert!(has(&qs, QuoteKind::Indirect, None, "the revised tariff is expected to bring in Rs 1,000 crore a year"), "{qs:?}");
        assert!(!qs.iter().any(|q| q.2.starts_with("000")), "{qs:?}");
    }

    #[test]
    fn according_to_a_statement_from_an_organisation() {
        let qs = quotes("The outbreak is under control, according to a statement from the World Health Organization. \
            According to figures from the Office for National Statistics, inflation fell to 2.1% in May.");
        assert!(has(&qs, QuoteKind::Indirect, Some("World Health Organization"), "The outbreak is under control"), "{qs:?}");
        assert!(has(&qs, QuoteKind::Indirect, Some("Office for National Statistics"), "inflation fell to 2.1% in May"), "{qs:?}");
    }

    #[test]
    fn according_to_a_name_with_a_bare_appositive_and_a_quoted_fragment() {
        let qs = quotes("According to Jens Baumann, chief economist at Hanseatic Bank, the ECB is “behind the curve” and should have moved in April.\n\
            According to police, officers arrived at the scene within minutes.");
        assert!(has(&qs, QuoteKind::Indirect, Some("Jens Baumann"), "the ECB is “behind the curve” and should have moved in April"), "{qs:?}");
        assert!(has(&qs, QuoteKind::Partial, Some("Jens Baumann"), "behind the curve"), "{qs:?}");
        assert!(qs.iter().any(|q| q.2 == "officers arrived at the scene within minutes"), "{qs:?}");
    }

    #[test]
    fn role_then_name_in_commas_and_analysts_at_a_firm() {
        let qs = quotes("The regional president, Michele Rossi, said the situation was serious. \
            Analysts at Morgan Stanley said the cuts were overdue.");
        assert!(has(&qs, QuoteKind::Indirect, Some("Michele Rossi"), "the situation was serious"), "{qs:?}");
        assert!(has(&qs, QuoteKind::Indirect, None, "the cuts were overdue"), "{qs:?}");
    }

    #[test]
    fn unnamed_inverted_speaker_is_null_not_inherited() {
        let qs = quotes("“We are ready,” said Jane Roe.\n“It is over,” said one senior diplomat, who asked not to be named.");
        assert!(has(&qs, QuoteKind::Direct, None, "It is over"), "{qs:?}");
    }

    #[test]
    fn hard_wrapped_quote_text_is_one_line() {
        let text = "Title Of It\n\n“We will rebuild the bridge before the winter,” said Mayor Tom\nRiley, speaking at the site on Monday morning after the storm.\n\nThe bridge collapsed on Friday night during heavy rain and\nstrong winds that hit the whole region for two days.\n";
        let a = extract_article("w.txt", text);
        assert_eq!(a.quotes[0].speaker.as_deref(), Some("Tom Riley"), "{:?}", a.quotes);
        assert!(!a.quotes[0].sentence.contains('\n'));
    }

    #[test]
    fn the_company_is_the_company_named_before() {
        let qs = quotes("Dutch brewer Hollands Brewing Group will close two plants, it said on Monday.\n\
            The company said in a statement that 300 jobs would go.\nThe ministry said it would help workers.");
        assert!(has(&qs, QuoteKind::Indirect, Some("Hollands Brewing Group"), "300 jobs would go"), "{qs:?}");
        assert!(has(&qs, QuoteKind::Indirect, None, "it would help workers"), "{qs:?}");
    }

    #[test]
    fn she_after_an_unnamed_speaker_is_unnamed() {
        let qs = quotes("Mayor Lu Chen opened a shelter. One resident, who gave no name, said she had no heat. \"I am cold,\" she said.");
        assert!(has(&qs, QuoteKind::Direct, None, "I am cold"), "{qs:?}");
    }

    #[test]
    fn continuing_reported_speech_is_partial_and_colon_is_direct() {
        let qs = quotes("“We lost,” coach Ana Ruiz said, adding that her side would “recover quickly”.\nQ: Why?\nA: “Because we were tired,” she says.");
        assert!(has(&qs, QuoteKind::Partial, Some("Ana Ruiz"), "recover quickly"), "{qs:?}");
        assert!(has(&qs, QuoteKind::Direct, Some("Ana Ruiz"), "Because we were tired"), "{qs:?}");
    }

    #[test]
    fn coordinated_said_after_an_organisation_subject() {
        let qs = quotes("FRANKFURT, April 10 (Reuters) - The European Central Bank kept rates unchanged on Thursday and said inflation was falling.");
        assert!(has(&qs, QuoteKind::Indirect, Some("European Central Bank"), "inflation was falling"), "{qs:?}");
    }

    #[test]
    fn he_after_a_surname_speaker_is_that_speaker() {
        let qs = quotes("Aide Andriy Yermak wrote on Telegram.\nPeskov told reporters: “Moscow is open.”\n“It is too early,” he added.");
        assert!(has(&qs, QuoteKind::Direct, Some("Peskov"), "It is too early"), "{qs:?}");
    }

    #[test]
    fn the_qualified_role_picks_the_matching_person() {
        let qs = quotes("Russian President Ivan Orlov called U.S. President Tom Reed on Monday.\nThe Russian president said the call was useful.");
        assert!(has(&qs, QuoteKind::Indirect, Some("Ivan Orlov"), "the call was useful"), "{qs:?}");
    }

    #[test]
    fn weekday_between_verb_and_clause() {
        let qs = quotes("Governor Ana Diaz said Tuesday that the budget was balanced. Mayor Bo Kim told CNN on Sunday the city would appeal.");
        assert!(has(&qs, QuoteKind::Indirect, Some("Ana Diaz"), "the budget was balanced"), "{qs:?}");
        assert!(has(&qs, QuoteKind::Indirect, Some("Bo Kim"), "the city would appeal"), "{qs:?}");
    }

    #[test]
    fn inverted_role_then_name() {
        let qs = quotes("“Nobody was hurt,” said the fire chief, Rosa Lind.");
        assert!(has(&qs, QuoteKind::Direct, Some("Rosa Lind"), "Nobody was hurt"), "{qs:?}");
    }

    #[test]
    fn titles_and_so_called_phrases_are_not_quotes() {
        let qs = quotes("Singer Al Reno, who wrote “Blue Harbour”, said the rights had lapsed years ago. The ministry said the so-called 'peace plan' was unacceptable.");
        assert!(!qs.iter().any(|q| q.2 == "Blue Harbour" || q.2 == "peace plan"), "{qs:?}");
        assert!(has(&qs, QuoteKind::Indirect, Some("Al Reno"), "the rights had lapsed years ago"), "{qs:?}");
        let qs = quotes("“We are ready,” said Jane Roe, a spokeswoman.");
        assert_eq!(qs.len(), 1, "{qs:?}");
    }

    #[test]
    fn pronoun_resolves_to_the_named_person() {
        let qs = quotes("Senator Olivia Grant left the chamber early. She told reporters that the bill was dead.");
        assert!(has(&qs, QuoteKind::Indirect, Some("Olivia Grant"), "the bill was dead"), "{qs:?}");
    }

    #[test]
    fn partial_quotes_need_a_speech_verb_and_scare_quotes_are_dropped() {
        let qs = quotes("Economist Raj Patel called the plan 'reckless'. These 'reforms' are nothing new. The so-called \"peace dividend\" never came.");
        assert!(has(&qs, QuoteKind::Partial, Some("Raj Patel"), "reckless"), "{qs:?}");
        assert!(!qs.iter().any(|q| q.2 == "reforms" || q.2 == "peace dividend"), "{qs:?}");
    }

    #[test]
    fn surname_and_said_after_the_quote_resolve_to_the_full_name() {
        let qs = quotes("Prime Minister Sara Lind met union leaders on Friday.\n'We are close to an agreement,' Lind said after the meeting.");
        assert!(has(&qs, QuoteKind::Direct, Some("Sara Lind"), "We are close to an agreement"), "{qs:?}");
    }

    #[test]
    fn indirect_speech_forms() {
        let qs = quotes("Police chief Omar Haddad told reporters on Monday that the road would reopen soon. \
            The Kremlin said the talks had been useful. \
            Omar Haddad said the investigation would continue, adding that no arrests had been made.");
        assert!(has(&qs, QuoteKind::Indirect, Some("Omar Haddad"), "the road would reopen soon"), "{qs:?}");
        assert!(has(&qs, QuoteKind::Indirect, Some("Kremlin"), "the talks had been useful"), "{qs:?}");
        assert!(has(&qs, QuoteKind::Indirect, Some("Omar Haddad"), "the investigation would continue"), "{qs:?}");
        assert!(has(&qs, QuoteKind::Indirect, Some("Omar Haddad"), "no arrests had been made"), "{qs:?}");
    }

    #[test]
    fn two_appositives_between_speaker_and_verb() {
        let qs = quotes("Resident Margaret Hill, 78, whose house was flooded twice, said she was \"relieved but sceptical\".");
        assert!(has(&qs, QuoteKind::Partial, Some("Margaret Hill"), "relieved but sceptical"), "{qs:?}");
        let qs = quotes("The mayor, 52, who took office in May, said the plan was bold and overdue.");
        assert!(has(&qs, QuoteKind::Indirect, None, "the plan was bold and overdue"), "{qs:?}");
        let qs = quotes("Critics, including the Green Party, said the plan was vague and unfunded.");
        assert!(has(&qs, QuoteKind::Indirect, None, "the plan was vague and unfunded"), "{qs:?}");
    }

    #[test]
    fn a_parenthesis_after_the_speaker_is_an_aside() {
        let qs = quotes("The World Food Programme (WFP) said in a statement that 4.4 million people needed food aid.");
        assert!(has(&qs, QuoteKind::Indirect, Some("World Food Programme"), "4.4 million people needed food aid"), "{qs:?}");
    }

    #[test]
    fn a_name_then_an_attribution_in_commas_reports_the_sentence_with_its_quotation() {
        let qs = quotes("Sen. Jane Roe of Ohio spoke on Monday. Brannigan, she said, would schedule a vote \"as soon as the calendar allows.\"");
        let reported = |q: &(QuoteKind, Option<String>, String)| q.0 == QuoteKind::Indirect && q.1.as_deref() == Some("Jane Roe");
        assert!(qs.iter().any(|q| reported(q) && q.2.starts_with("Brannigan would schedule a vote \"as soon as")), "{qs:?}");
        // The pronoun is not the one the statement is about, even when the genders fit.
        let qs = quotes("Sen. Jane Roe of Ohio spoke on Monday. Committee chairwoman Ann Bale, she said, had agreed to hold a hearing.");
        assert!(has(&qs, QuoteKind::Indirect, Some("Jane Roe"), "Committee chairwoman Ann Bale had agreed to hold a hearing"), "{qs:?}");
        // A quotation opening the sentence is no statement interrupted by its attribution.
        let qs = quotes("\"We will vote,\" she said, \"as soon as we can.\"");
        assert!(qs.iter().all(|q| q.0 != QuoteKind::Indirect), "{qs:?}");
    }

    #[test]
    fn a_statement_goes_on_after_its_attribution_and_and() {
        let qs = quotes("Most of the callers were pensioners, he said, and many had already cut back.");
        assert!(has(&qs, QuoteKind::Indirect, None, "Most of the callers were pensioners, and many had already cut back"), "{qs:?}");
        assert_eq!(qs.len(), 1, "{qs:?}");
        let qs = quotes("The bids were scored by city staff, he said, and his committee only forwarded the result.");
        assert!(has(&qs, QuoteKind::Indirect, None, "The bids were scored by city staff, and his committee only forwarded the result"), "{qs:?}");
        // A clause that reports someone else is no continuation.
        let qs = quotes("Storms cut power to 200,000 homes, officials said, and forecasters warned that more storms could come.");
        assert!(has(&qs, QuoteKind::Indirect, None, "Storms cut power to 200,000 homes"), "{qs:?}");
    }

    #[test]
    fn trailing_attribution_before_a_phrase_of_the_writer_s() {
        let qs = quotes("LONDON, June 9 (Reuters) - Lakeview Insurance Group has agreed to buy Harlow Mutual for 1.4 billion pounds, \
            the company said on Tuesday, in the largest deal in the British insurance market this year.");
        assert!(has(&qs, QuoteKind::Indirect, Some("Lakeview Insurance Group"), "Lakeview Insurance Group has agreed to buy Harlow Mutual for 1.4 billion pounds"), "{qs:?}");
        // Not when "in" opens the clause the verb reports.
        // The phrase cut off is the writer's: it is no part of the statement.
        let qs = quotes("Prices rose sharply, the ministry said, in part because of the drought.");
        assert!(qs.iter().all(|q| !q.2.contains("drought")), "{qs:?}");
    }

    #[test]
    fn a_statement_goes_on_with_a_verb_of_intent() {
        let qs = quotes("Minister for Health Orla Brennan spoke. The department had set aside funding, she said, and hoped to fill the post next year.");
        assert!(has(&qs, QuoteKind::Indirect, Some("Orla Brennan"), "The department had set aside funding, and hoped to fill the post next year"), "{qs:?}");
        let qs = quotes("Orla Brennan spoke. The department had set aside funding, she said, and added that more would come.");
        assert!(qs.iter().all(|q| !q.2.contains("funding, and added")), "{qs:?}");
    }

    #[test]
    fn a_statement_goes_on_after_said_in_a_filing() {
        let qs = quotes("Harlow would keep its name for five years, Lakeview said in a filing, and its staff would move to new contracts.");
        assert!(has(&qs, QuoteKind::Indirect, Some("Lakeview"), "Harlow would keep its name for five years, and its staff would move to new contracts"), "{qs:?}");
        // A clause that reports someone else is no continuation.
        let qs = quotes("Harlow would keep its name, Lakeview said in a filing, and analysts said that was wise.");
        assert!(has(&qs, QuoteKind::Indirect, Some("Lakeview"), "Harlow would keep its name"), "{qs:?}");
    }

    #[test]
    fn trailing_attribution_then_a_clause_of_its_own() {
        let qs = quotes("Prices hit a record on Thursday after a failed rainy season, the Agriculture Ministry said, \
            and aid agencies warned that millions could go hungry.");
        assert!(has(&qs, QuoteKind::Indirect, Some("Agriculture Ministry"), "Prices hit a record on Thursday after a failed rainy season"), "{qs:?}");
        assert!(has(&qs, QuoteKind::Indirect, None, "millions could go hungry"), "{qs:?}");
        let qs = quotes("Rights groups said the law would silence critics of the government.");
        assert!(has(&qs, QuoteKind::Indirect, None, "the law would silence critics of the government"), "{qs:?}");
    }

    #[test]
    fn people_familiar_with_the_matter_report_unnamed() {
        let qs = quotes("The bank will cut 2,000 jobs, two people familiar with the matter told Reuters on Tuesday.\n\
            The deal could be signed next week, sources briefed on the talks said.\n\
            According to people familiar with the plans, the cuts will fall mainly on back-office staff.\n\
            According to a third person briefed on the plans, the bank will close 40 branches.");
        assert!(has(&qs, QuoteKind::Indirect, None, "The bank will cut 2,000 jobs"), "{qs:?}");
        assert!(has(&qs, QuoteKind::Indirect, None, "The deal could be signed next week"), "{qs:?}");
        assert!(has(&qs, QuoteKind::Indirect, None, "the cuts will fall mainly on back-office staff"), "{qs:?}");
        assert!(has(&qs, QuoteKind::Indirect, None, "the bank will close 40 branches"), "{qs:?}");
        // A group described by something other than what it knows is no attribution.
        let group = |text: &str| {
            let toks = super::words::tokenize(text, 0..text.len());
            let verb = toks.len() - 1;
            super::unnamed_sources(&toks, 0, verb).is_some()
        };
        assert!(group("two people familiar with the matter said") && group("sources briefed on the talks said"));
        assert!(group("a third person briefed on the plans said"));
        // Described otherwise, named, or no group of people: not such a source.
        assert!(!group("two people in Leeds said") && !group("people at Barclays said") && !group("the matter said"));
    }

    #[test]
    fn according_to_and_trailing_attribution() {
        let qs = quotes("According to the Interior Ministry, 40 people were injured. \
            Turnout reached 61 percent, according to Reuters. \
            Two soldiers were wounded in the attack, officials said on Tuesday.");
        assert!(has(&qs, QuoteKind::Indirect, Some("Interior Ministry"), "40 people were injured"), "{qs:?}");
        assert!(has(&qs, QuoteKind::Indirect, Some("Reuters"), "Turnout reached 61 percent"), "{qs:?}");
        assert!(has(&qs, QuoteKind::Indirect, None, "Two soldiers were wounded in the attack"), "{qs:?}");
    }

    /// Each flag of `lexicon/verbs.tsv` a rule reads, with a verb that has it and one that has not.
    #[test]
    fn the_verbs_table_decides_the_rules() {
        let none: Option<&str> = None;
        // reporting: a trailing attribution.
        assert!(has(&quotes("Heavy rain flooded the valley, officials said."), QuoteKind::Indirect, none, "Heavy rain flooded the valley"));
        assert!(quotes("Heavy rain flooded the valley, officials praised.").is_empty());
        // bare-clause: a reported clause without "that".
        assert!(has(&quotes("Mayor Ana Diaz insisted the budget was balanced."), QuoteKind::Indirect, Some("Ana Diaz"), "the budget was balanced"));
        assert!(quotes("Mayor Ana Diaz complained the budget was balanced.").is_empty());
        // loose-clause: a bare clause whose verb is no auxiliary.
        assert!(has(&quotes("Mayor Ana Diaz said most voters backed the plan."), QuoteKind::Indirect, Some("Ana Diaz"), "most voters backed the plan"));
        assert!(quotes("Mayor Ana Diaz admitted most voters backed the plan.").is_empty());
        // takes-object: the one told is not reported.
        assert!(has(&quotes("Farmer Luca Bianco told the BBC his fields had been flooded."), QuoteKind::Indirect, Some("Luca Bianco"), "his fields had been flooded"));
        assert!(has(&quotes("Farmer Luca Bianco said the BBC his fields had been flooded."), QuoteKind::Indirect, Some("Luca Bianco"), "the BBC his fields had been flooded"));
        // addressee: the one asked does not speak, the one who asks does; nor is the one told a person by it.
        assert!(quotes("Jensen was asked whether he would run.").is_empty());
        assert!(has(&quotes("Mayor Ana Diaz asked whether the plant would close."), QuoteKind::Indirect, Some("Ana Diaz"), "the plant would close"));
        let people = |body: &str| super::super::extract_article("t.txt", &format!("Headline For The Test\n{body}\n")).people.len();
        assert_eq!(people("Officials told Ana Ruiz the bridge was safe."), 0);
        assert_eq!(people("“The bridge is safe,” said Ana Ruiz."), 1);
        // quote-only: attributes a quotation, reports no clause.
        assert!(has(&quotes("Economist Raj Patel called the plan 'reckless'."), QuoteKind::Partial, Some("Raj Patel"), "reckless"));
        assert!(quotes("Economist Raj Patel called that the plan was reckless.").is_empty());
        // next-statement: ", adding that …" is the speaker's next statement; ", building …" is not.
        let qs = quotes("Tom Hadley said the state needed reservoirs, adding that two would be built.");
        assert!(has(&qs, QuoteKind::Indirect, Some("Tom Hadley"), "the state needed reservoirs") && has(&qs, QuoteKind::Indirect, Some("Tom Hadley"), "two would be built"), "{qs:?}");
        let qs = quotes("Tom Hadley said the state needed reservoirs, building two near Phoenix.");
        assert!(has(&qs, QuoteKind::Indirect, Some("Tom Hadley"), "the state needed reservoirs, building two near Phoenix"), "{qs:?}");
        // belief: reported like speech, in the forms the table lists.
        assert!(has(&quotes("Economists believed that rates would fall."), QuoteKind::Indirect, none, "rates would fall"));
        assert!(quotes("Economists were believed to be wrong about rates.").is_empty());
    }

    /// Each flag of `lexicon/nouns.tsv` a quote rule reads, with a noun that has it and one that
    /// has not (titles, roles and organisations: the speaker tests above and in speakers.rs).
    #[test]
    fn the_nouns_table_decides_the_rules() {
        let none: Option<&str> = None;
        // medium: "in a statement" stands between the verb and its bare clause; "in a garden" does not.
        assert!(has(&quotes("Acme Corp. said in a statement 300 jobs would go."), QuoteKind::Indirect, Some("Acme Corp."), "300 jobs would go"));
        assert!(quotes("Acme Corp. said in a garden 300 jobs would go.").is_empty());
        // issued: a statement from an organisation is the organisation's.
        let org = "The outbreak is under control, according to a statement from the World Health Organization.";
        assert!(has(&quotes(org), QuoteKind::Indirect, Some("World Health Organization"), "The outbreak is under control"));
        let friend = "The outbreak is under control, according to a friend from the World Health Organization.";
        assert!(has(&quotes(friend), QuoteKind::Indirect, none, "The outbreak is under control"));
        // abstract: data suggests, a person says.
        assert!(quotes("Data suggests that costs will rise.").is_empty());
        assert!(has(&quotes("Dana suggests that costs will rise."), QuoteKind::Indirect, Some("Dana"), "costs will rise"));
        // document: a poll's finding is reported; a dog's is not.
        assert!(has(&quotes("A poll found that most voters were undecided."), QuoteKind::Indirect, none, "most voters were undecided"));
        assert!(quotes("A dog found that most voters were undecided.").is_empty());
        // male / female: "she" is the woman named, whoever was named first.
        let qs = quotes("Spokesman Tom Berg met Ms. Ana Lind on Monday. She said the talks were useful.");
        assert!(has(&qs, QuoteKind::Indirect, Some("Ana Lind"), "the talks were useful"), "{qs:?}");
        // Without a title or a first name that tells it, nothing says who "she" is.
        let qs = quotes("Tolu Berg met Oda Lind on Monday. She said the talks were useful.");
        assert!(!has(&qs, QuoteKind::Indirect, Some("Oda Lind"), "the talks were useful"), "{qs:?}");
    }

    #[test]
    fn verbs_without_a_clause_or_a_speaker_give_nothing() {
        let qs = quotes("Ukraine continues to insist on guarantees. Recent measures indicate that both sides are tired. The minister's remarks drew criticism.");
        assert!(qs.is_empty(), "{qs:?}");
    }

    #[test]
    fn headings_are_never_quote_sources() {
        let qs = quotes("‘We Will Not Surrender,’ Says Mayor\nThe city remained calm on Sunday.");
        assert!(qs.is_empty(), "{qs:?}");
    }

    #[test]
    fn comments_become_comment_quotes_without_inner_quotes() {
        let qs = quotes("The vote is on Sunday.\n2 Comments\nMaxB\nThese 'reforms' are a joke.\nJo\nAgreed with Max.");
        assert_eq!(qs.len(), 2, "{qs:?}");
        assert!(has(&qs, QuoteKind::Comment, Some("MaxB"), "These 'reforms' are a joke"));
    }

    #[test]
    fn a_stray_mark_does_not_swallow_later_paragraphs() {
        let qs = quotes("He called the ruling a “travesty of justice.\nThe judge said the appeal would be heard in May.\n“It is over,” said lawyer Nina Park.");
        assert!(has(&qs, QuoteKind::Indirect, None, "the appeal would be heard in May") || qs.iter().any(|q| q.2.contains("appeal would be heard")), "{qs:?}");
        assert!(has(&qs, QuoteKind::Direct, Some("Nina Park"), "It is over"), "{qs:?}");
    }

    #[test]
    fn nasty_inputs_do_not_panic() {
        let mut inputs: Vec<String> = vec![
            String::new(),
            "\"".into(),
            "'\n'\n\"\n“”‘’\n".into(),
            "Title\n,” said\n“\n: “\nsaid that\naccording to\n, he said.".into(),
            "T\n\u{feff}é\u{301}👍 “‘“‘ ’”’” 'n' ’90s said that according to , .".into(),
            "T\n".to_string() + &"“a ".repeat(2000) + &"” said X. ".repeat(2000),
            "T\n".to_string() + &"'".repeat(5000) + "\n" + &"\"".repeat(5000),
            "T\n".to_string() + &"Mr. ".repeat(3000) + "Smith said that it was so.",
            "T\n".to_string() + &"“‘\"' ".repeat(40_000),
            "T\n".to_string() + &"He said that “she told ‘them’, ".repeat(5_000),
        ];
        const ALPHABET: &[u8] = b"\"' \n.,:;aAzZ\xe2\x80\x9c\x9d\x98\x99\xff";
        let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
        for _ in 0..40 {
            let bytes: Vec<u8> = (0..600)
                .map(|_| {
                    seed ^= seed << 13;
                    seed ^= seed >> 7;
                    seed ^= seed << 17;
                    ALPHABET[(seed % ALPHABET.len() as u64) as usize]
                })
                .collect();
            inputs.push(String::from_utf8_lossy(&bytes).into_owned());
        }
        for input in inputs {
            let a = extract_article("n.txt", &input);
            for q in &a.quotes {
                assert!(q.span.start <= q.span.end && q.span.end <= a.text.chars().count());
            }
        }
    }

    #[test]
    fn extract13_an_examinations_questions_are_counsels_and_its_answers_the_witnesss() {
        let body = "The inquiry is chaired by Sir Malcolm Fenwick. The witness is Dr Alan Reid. Counsel is Priya Patel KC.\n\
            DR ALAN REID (sworn)\nExamined by MS PATEL\n\
            MS PATEL: Dr Reid, you joined the firm in 2022. Is that correct?\nA. Yes.\n\
            Q. Who found the crack?\nA. Mr Gary Hines. He told me it was \"as wide as your thumb\".\n\
            THE CHAIRMAN: Did you close the bridge?\nTHE WITNESS: No, sir.\nTHE CHAIRMAN: Thank you. Ms Patel.\n\
            Q. Did you pass that to the council?\nA. I did not.\n";
        let qs = quotes(body);
        assert!(has(&qs, QuoteKind::Direct, Some("Priya Patel"), "Dr Reid, you joined the firm in 2022. Is that correct?"), "{qs:?}");
        assert!(has(&qs, QuoteKind::Direct, Some("Alan Reid"), "Yes"), "{qs:?}");
        assert!(has(&qs, QuoteKind::Direct, Some("Priya Patel"), "Who found the crack?"), "{qs:?}");
        assert!(has(&qs, QuoteKind::Partial, Some("Gary Hines"), "as wide as your thumb"), "{qs:?}");
        assert!(has(&qs, QuoteKind::Direct, Some("Malcolm Fenwick"), "Did you close the bridge?"), "{qs:?}");
        assert!(has(&qs, QuoteKind::Direct, Some("Alan Reid"), "No, sir"), "{qs:?}");
        // After the chair, the questions are still counsel's; "pass that to" reports nothing.
        assert!(has(&qs, QuoteKind::Direct, Some("Priya Patel"), "Did you pass that to the council?"), "{qs:?}");
        assert!(has(&qs, QuoteKind::Direct, Some("Alan Reid"), "I did not"), "{qs:?}");
        assert!(qs.iter().all(|(k, _, t)| *k != QuoteKind::Indirect || !t.starts_with("to the council")), "{qs:?}");
        // A press conference's "Q." without "A." answers is still a reporter's, no one named.
        let qs = quotes("The news conference was moderated by Ed Price.\nMODERATOR: Questions.\nQ. When will you decide?\nCOACH DIANE ROSS: Soon.\nQ. How soon?\nCOACH DIANE ROSS: Friday.\n");
        assert!(has(&qs, QuoteKind::Direct, None, "When will you decide?"), "{qs:?}");
    }

    #[test]
    fn extract13_a_quotation_named_in_the_next_paragraph_and_an_acronyms_body() {
        let qs = quotes("\"I've used this train every day for twenty years.\"\nThat is how Brenda Haworth, a care worker, describes the cut.\n\
            Northern Dales Rail Partnership (NDRP), which runs the line, says the cuts are needed.\nNDRP said the timetable would be reviewed.\n\
            \"We know this is disappointing,\" a spokeswoman for the partnership told the BBC.\n");
        assert!(has(&qs, QuoteKind::Direct, Some("Brenda Haworth"), "I've used this train every day for twenty years"), "{qs:?}");
        assert!(has(&qs, QuoteKind::Indirect, Some("Northern Dales Rail Partnership"), "the timetable would be reviewed"), "{qs:?}");
        assert!(has(&qs, QuoteKind::Direct, Some("Northern Dales Rail Partnership"), "We know this is disappointing"), "{qs:?}");
        let qs = quotes("\"It feels like nobody cares.\"\nThose are the words of Iain Ross, who runs the shop.\n");
        assert!(has(&qs, QuoteKind::Direct, Some("Iain Ross"), "It feels like nobody cares"), "{qs:?}");
        // Without such an opening the quotation names no one.
        let qs = quotes("\"It feels like nobody cares.\"\nThose are the shops of Iain Ross, who runs them.\n");
        assert!(has(&qs, QuoteKind::Direct, None, "It feels like nobody cares"), "{qs:?}");
    }

    #[test]
    fn extract13_sources_that_are_no_speakers_gatherings_questions_and_hedges() {
        let qs = quotes("Daniel Forsyth spoke. According to officials, he told a conference of head teachers in Harrogate on Friday that there would be no extra money.");
        assert!(has(&qs, QuoteKind::Indirect, Some("Daniel Forsyth"), "there would be no extra money"), "{qs:?}");
        assert!(qs.iter().all(|(_, s, _)| s.is_some()), "{qs:?}");
        let qs = quotes("The chief secretary, Helen Marr, has warned colleagues that the budget must be frozen, according to three people who attended the meeting.");
        assert!(has(&qs, QuoteKind::Indirect, Some("Helen Marr"), "the budget must be frozen"), "{qs:?}");
        assert_eq!(qs.len(), 1, "{qs:?}");
        // A source with no report of its own in the clause is still the speaker.
        let qs = quotes("Prices will rise in April, according to the Royal Bank.");
        assert!(has(&qs, QuoteKind::Indirect, Some("Royal Bank"), "Prices will rise in April"), "{qs:?}");
        let qs = quotes("Helen Marr spoke first. She is said to have told them the department had already been given more than any other.");
        assert!(has(&qs, QuoteKind::Indirect, Some("Helen Marr"), "the department had already been given more than any other"), "{qs:?}");
        // The writer's summing-up after a comma is no part of the statement.
        let qs = quotes("Paul Denning said the money was needed to replace ageing pipes, a claim the Consumer Council disputes.");
        assert!(has(&qs, QuoteKind::Indirect, Some("Paul Denning"), "the money was needed to replace ageing pipes"), "{qs:?}");
        let qs = quotes("Paul Denning said the money was needed to replace ageing pipes, a third of them Victorian.");
        assert!(has(&qs, QuoteKind::Indirect, Some("Paul Denning"), "the money was needed to replace ageing pipes, a third of them Victorian"), "{qs:?}");
        let qs = quotes("Joan Askew replied. What did Mrs Askew say when she replied? Did you ask whether the bridge was safe?");
        assert!(qs.is_empty(), "{qs:?}");
    }


    #[test]
    fn a_group_opening_the_sentence_and_people_by_a_river_are_unnamed() {
        let qs = quotes("Officials aware of the matter said the panel would be chaired by a retired judge.\n\
            Ranchers along the upper Platte say they have been \"hung out to dry\" by the state.\n\
            Boatmen on the Mekong said the water had never been so low.");
        assert!(has(&qs, QuoteKind::Indirect, None, "the panel would be chaired by a retired judge"), "{qs:?}");
        assert!(has(&qs, QuoteKind::Partial, None, "hung out to dry"), "{qs:?}");
        assert!(has(&qs, QuoteKind::Indirect, None, "the water had never been so low"), "{qs:?}");
        assert!(!qs.iter().any(|q| q.1.as_deref().is_some_and(|s| s == "Platte" || s == "Mekong")), "{qs:?}");
        // A person named after a preposition stays the speaker.
        let qs = quotes("A lawyer for Jane Roe said the ruling would be appealed.");
        assert!(!qs.iter().any(|q| q.1.is_none()), "{qs:?}");
    }

    #[test]
    fn a_first_name_that_is_also_a_word_of_bodies_names_opens_a_person() {
        let qs = quotes("It was little help in Tarrant, where Bill Ostrowski has farmed since 1990.\nMr Ostrowski said the bank had called in his loan.");
        assert!(has(&qs, QuoteKind::Indirect, Some("Bill Ostrowski"), "the bank had called in his loan"), "{qs:?}");
        let qs = quotes("The Housing Bill said nothing. The Marine Bill would cut quotas, Ann Lowe said.");
        assert!(!qs.iter().any(|q| q.1.as_deref().is_some_and(|s| s.ends_with("Bill"))), "{qs:?}");
    }

    #[test]
    fn the_writers_concession_and_in_what_would_be_are_no_part_of_the_clause() {
        let qs = quotes("Dover Harbour Board said the works would last until June, although it has not ruled out a delay.\n\
            Halden Steel said it was in talks to buy a rival mill, in what would be its third deal this year.\n\
            The mayor said the road would reopen in May, although it had not been decided when.");
        assert!(has(&qs, QuoteKind::Indirect, Some("Dover Harbour Board"), "the works would last until June"), "{qs:?}");
        assert!(qs.iter().any(|q| q.2 == "it was in talks to buy a rival mill"), "{qs:?}");
        // A concession told in the past, as the reported clause is, may be the speaker's.
        assert!(qs.iter().any(|q| q.2.starts_with("the road would reopen in May, although")), "{qs:?}");
    }

    #[test]
    fn a_verb_of_proposing_takes_a_subjunctive_clause() {
        let qs = quotes("Dan Brossard suggested the government fund a training program for crew.\n\
            Ann Lowe proposed a ban on trawling near the coast.\n\
            Tom Hale suggested she resign the post.");
        assert!(has(&qs, QuoteKind::Indirect, Some("Dan Brossard"), "the government fund a training program for crew"), "{qs:?}");
        assert!(has(&qs, QuoteKind::Indirect, Some("Tom Hale"), "she resign the post"), "{qs:?}");
        assert!(!qs.iter().any(|q| q.1.as_deref() == Some("Ann Lowe")), "{qs:?}");
    }

    #[test]
    fn a_station_s_number_is_part_of_the_one_told() {
        let qs = quotes("\"We will appeal,\" Dana Ruiz told KXLT 9 after the verdict.\nMark Cole told Channel 4 outside the court that he was relieved.");
        assert!(!qs.iter().any(|q| q.2.starts_with("9 ") || q.2.starts_with("4 ")), "{qs:?}");
        assert!(has(&qs, QuoteKind::Indirect, Some("Mark Cole"), "he was relieved"), "{qs:?}");
    }

    #[test]
    fn the_office_named_after_deputies_with_it_is_the_office() {
        let qs = quotes("Deputies with the Marlow County Sheriff's Office arrested Jon Pike on Friday.\nThe car was found in a field, according to the sheriff's office.");
        assert!(has(&qs, QuoteKind::Indirect, Some("Marlow County Sheriff's Office"), "The car was found in a field"), "{qs:?}");
    }

    #[test]
    fn a_title_before_the_name_in_commas_after_a_quotation() {
        let qs = quotes("Alpenrand Capital owns 9% of the firm.\n\"We have been patient,\" Alpenrand's chief investment officer, Omar Sadiq, told Reuters by telephone.");
        assert!(has(&qs, QuoteKind::Direct, Some("Omar Sadiq"), "We have been patient"), "{qs:?}");
    }

    #[test]
    fn an_ampersand_in_a_firm_s_name_keeps_an_interrupted_quotation_whole() {
        let qs = quotes("\"The river was empty,\" said Greg Toller, a biologist at Hobbs & Lane in Nanaimo. \"It is not now.\"");
        assert!(has(&qs, QuoteKind::Direct, Some("Greg Toller"), "The river was empty. It is not now"), "{qs:?}");
    }

    #[test]
    fn a_clause_subject_with_a_phrase_of_its_own_before_a_past_verb() {
        let qs = quotes("Chief Ann Lowe said calls from the neighbors led officers to the house.\nTom Hale said in March the plant was sold.");
        assert!(has(&qs, QuoteKind::Indirect, Some("Ann Lowe"), "calls from the neighbors led officers to the house"), "{qs:?}");
    }

    #[test]
    fn sources_asking_not_to_be_named_still_attribute() {
        let qs = quotes("The offer values the firm at $2 billion, two people familiar with the matter told Reuters, asking not to be named because the talks are private.");
        assert!(has(&qs, QuoteKind::Indirect, None, "The offer values the firm at $2 billion"), "{qs:?}");
    }
}
