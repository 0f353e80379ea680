//! Print Q&A interviews: after a title or introduction that announces an interview and names the
//! interviewee, paragraphs open with "Q:" (the outlet's question) and "A:" (the interviewee's
//! answer). Each is a direct quote: the answer of the person the introduction names first, the
//! question of no one named. An explainer's "Q:"/"A:" (no interview announced) is the writer's.

use std::ops::Range;

use super::case;
use super::gazetteer;
use super::model::{Quote, QuoteKind, Span};
use super::quotes::Context;
use super::speakers::{self, Who};
use super::substr;
use super::words::{self, Tok};

/// The cue of a question's quote; quotations inside a question are the writer's to report.
pub const QUESTION_CUE: &str = "Q:";
/// The cue of an answer's quote.
pub const ANSWER_CUE: &str = "A:";

/// The turns of a Q&A, in paragraph order: empty unless the article has at least one question
/// and one answer, and names someone before the first of them.
pub fn turns(ctx: &Context) -> Vec<Quote> {
    let labelled: Vec<(usize, bool)> =
        ctx.paragraphs.iter().enumerate().filter_map(|(pi, p)| label_of(substr::part(ctx.text, p.clone())).map(|q| (pi, q))).collect();
    let (questions, answers) = labelled.iter().fold((0, 0), |(q, a), &(_, is_q)| if is_q { (q + 1, a) } else { (q, a + 1) });
    if questions == 0 || answers == 0 {
        return Vec::new();
    }
    let first_turn = ctx.paragraphs[labelled[0].0].start;
    if !announces_an_interview(substr::upto(ctx.text, first_turn)) {
        return Vec::new();
    }
    let Some(interviewee) = interviewee(ctx, first_turn) else { return Vec::new() };
    labelled
        .iter()
        .enumerate()
        .filter_map(|(k, &(pi, is_question))| {
            // An answer may run over several paragraphs: those up to the next label are its own.
            let last = labelled.get(k + 1).map_or(pi, |&(next, _)| next - 1);
            let para = ctx.paragraphs[pi].start..ctx.paragraphs[last].end;
            let body = substr::part(ctx.text, para.clone());
            let said = substr::from(body, 2).trim();
            let start = para.start + body.len() - substr::from(body, 2).trim_start().len();
            let range = start..start + said.len();
            let (speaker, cue) = if is_question { (None, QUESTION_CUE) } else { (Some(interviewee.clone()), ANSWER_CUE) };
            said.chars().any(char::is_alphanumeric).then(|| Quote {
                speaker,
                kind: QuoteKind::Direct,
                text: one_line(said),
                cue: Some(cue.to_string()),
                sentence: one_line(body),
                span: span(&range),
                sentence_span: span(&para),
                date: None,
            })
        })
        .collect()
}

/// A paragraph opening with a question's label ("Q: …", "Q. …"), not in quotation marks.
pub fn is_question(paragraph: &str) -> bool {
    label_of(paragraph) == Some(true)
}

/// A paragraph opening with an answer's label ("A: …", "A. …"), not in quotation marks.
pub fn is_answer(paragraph: &str) -> bool {
    label_of(paragraph) == Some(false)
}

/// A paragraph's first sentence opening with a question's label ("Q. Tom Reyes said …") starts
/// after it: the label is no initial of the name that follows, nor part of what is said.
/// `paragraphs` are in text order.
pub fn skip_question_labels(text: &str, paragraphs: &[Range<usize>], sentences: &mut [Range<usize>]) {
    for s in sentences.iter_mut() {
        let opens_paragraph = paragraphs.binary_search_by_key(&s.start, |p| p.start).is_ok();
        let sentence = substr::part(text, s.clone());
        if opens_paragraph && is_question(sentence) {
            let after = substr::from(sentence, 2);
            s.start += 2 + after.len() - after.trim_start().len();
        }
    }
}

/// The title and introduction say an interview follows ("spoke with", "edited for length"): an
/// explainer's "Q: When does the levy start? A: On April 1." is the writer's own question and
/// answer, not a person's. "Q&A" alone says nothing: explainers are titled so too.
fn announces_an_interview(before_the_turns: &str) -> bool {
    const SIGNS: [&str; 10] =
        ["interview", "spoke with", "spoke to", "talked with", "talked to", "sat down with", "conversation", "edited for", "condensed", "chatted"];
    let lower = case::to_lower(before_the_turns);
    SIGNS.iter().any(|sign| substr::find(&lower, sign).is_some())
}

/// `Some(true)` for a paragraph opening with "Q:" (or "Q."), `Some(false)` for "A:" (or "A."),
/// followed by a space. A turn in quotation marks ("A: “Because we were tired,” she says.") is
/// the writer quoting, read by the rules of quotations instead.
fn label_of(paragraph: &str) -> Option<bool> {
    let is_question = match paragraph.get(..3)? {
        "Q: " | "Q. " => true,
        "A: " | "A. " => false,
        _ => return None,
    };
    let quoted = paragraph[3..].trim_start().starts_with(['"', '“', '\'', '‘']);
    (!quoted).then_some(is_question)
}

/// The first person's full name the introduction (the sentences before `first_turn`) gives:
/// a known person, or a capitalised run of two or three words that no organisation, place or
/// title word is part of ("Renata Solís took over as …").
fn interviewee(ctx: &Context, first_turn: usize) -> Option<String> {
    let intro = ctx.sentences.partition_point(|s| s.start < first_turn);
    for toks in &ctx.tokens[..intro] {
        let mut i = 0;
        while i < toks.len() {
            if !speakers::is_run_word(&toks[i]) {
                i += 1;
                continue;
            }
            let end = (i..toks.len()).take_while(|&k| speakers::is_run_word(&toks[k])).last().unwrap_or(i);
            let found = speakers::split_run(toks, i, end);
            let run_start = i;
            i = end + 1;
            let Who::Person(name) = found.who else { continue };
            if is_interviewer(toks, run_start, end) {
                continue;
            }
            if let Some(known) = ctx.people.canonical(&name).filter(|k| substr::has_byte(k, b' ')) {
                return Some(known.to_string());
            }
            if is_person_like(&name) {
                return Some(name);
            }
        }
    }
    None
}

/// "Gazette reporter Tom Ashby sat down with Elena Varga": the one named after a newsroom
/// noun, or who interviews, asks the questions; the interviewee is the other.
fn is_interviewer(toks: &[Tok], start: usize, end: usize) -> bool {
    const NEWSROOM: [&str; 8] = ["reporter", "interviewer", "host", "editor", "correspondent", "writer", "columnist", "anchor"];
    let titled = (start.saturating_sub(2)..=end).any(|k| toks[k].is_any(&NEWSROOM));
    let Some(v) = (end + 1..toks.len().min(end + 4)).find(|&k| toks[k].is_word() && !words::is_verb_filler(toks[k].text)) else { return titled };
    // "X interviewed …", "X sat down with …"; "X spoke with Elena Varga" but not "X spoke to the
    // Gazette" (the interviewee speaking to the outlet).
    let asks = toks[v].is_any(&["interviewed", "sat"]);
    let spoke_with_someone = toks[v].is_any(&["spoke", "talked", "chatted"])
        && toks.get(v + 1).is_some_and(|t| t.is_any(&["with", "to"]))
        && toks.get(v + 2).is_some_and(|t| speakers::is_run_word(t) && !words::is_org_or_place_word(t.text));
    titled || asks || spoke_with_someone
}

/// Two or three capitalised words, none of them an organisation's, a place's or a title.
fn is_person_like(name: &str) -> bool {
    let parts: Vec<&str> = name.split(' ').collect();
    (2..=3).contains(&parts.len())
        && parts.iter().all(|w| {
            w.chars().next().is_some_and(char::is_uppercase)
                && w.chars().any(char::is_lowercase)
                && !words::is_org_or_place_word(w)
                && !words::is_org_noun(&case::to_lower(w))
                && !words::is_title(w)
                && !words::is_capitalized_stopword(w)
                && !gazetteer::knows(w)
        })
}

fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn span(r: &Range<usize>) -> Span {
    Span { start: r.start, end: r.end }
}

#[cfg(test)]
mod tests {
    use super::super::extract_article;
    use super::super::model::QuoteKind;

    fn turns(body: &str) -> Vec<(Option<String>, String, String)> {
        let article = extract_article("t.txt", &format!("The Interview: A Headline For The Test\n{body}"));
        article.quotes.into_iter().filter(|q| q.kind == QuoteKind::Direct).map(|q| (q.speaker, q.text, q.cue.unwrap_or_default())).collect()
    }

    #[test]
    fn answers_are_the_interviewees_and_questions_nobodys() {
        let qs = turns("Mara Ellison took over the port authority in May. She spoke to the Ledger on Friday.\nQ: What surprised you?\nA: How old the cranes are.\nQ: Will fees rise?\nA: Not this year.\n");
        assert_eq!(qs.len(), 4, "{qs:?}");
        assert_eq!(qs[0], (None, "What surprised you?".to_string(), "Q:".to_string()));
        assert_eq!(qs[1].0.as_deref(), Some("Mara Ellison"));
        assert_eq!(qs[3], (Some("Mara Ellison".to_string()), "Not this year.".to_string(), "A:".to_string()));
    }

    #[test]
    fn an_explainers_questions_and_answers_are_the_writers() {
        let body = "Council member Mara Ellison proposed the levy in May.\nQ: When does the levy start?\nA: On April 1, with the new budget year.\n";
        let article = extract_article("t.txt", &format!("Q&A: What the new levy means for you\n{body}"));
        assert!(article.quotes.is_empty(), "{:?}", article.quotes);
        // The same turns after an introduction that announces an interview are Ellison's.
        let body = "Council member Mara Ellison proposed the levy in May. She spoke with the Ledger.\nQ: When does the levy start?\nA: On April 1, with the new budget year.\n";
        let article = extract_article("t.txt", &format!("What the new levy means for you\n{body}"));
        assert_eq!(article.quotes.iter().filter(|q| q.speaker.as_deref() == Some("Mara Ellison")).count(), 1, "{:?}", article.quotes);
    }

    #[test]
    fn an_introduction_may_name_the_interviewer_first() {
        let qs = turns("Gazette reporter Tom Ashby sat down with Elena Varga, the new harbour master.\nQ: What surprised you?\nA: The tides.\n");
        assert_eq!(qs[1].0.as_deref(), Some("Elena Varga"), "{qs:?}");
        let qs = turns("Tom Ashby spoke with Elena Varga, the new harbour master.\nQ: What surprised you?\nA: The tides.\n");
        assert_eq!(qs[1].0.as_deref(), Some("Elena Varga"), "{qs:?}");
        // The interviewee speaking to an outlet is still the interviewee.
        let qs = turns("Elena Varga spoke to the Gazette on Thursday.\nQ: What surprised you?\nA: The tides.\n");
        assert_eq!(qs[1].0.as_deref(), Some("Elena Varga"), "{qs:?}");
    }

    #[test]
    fn labels_may_end_with_a_period() {
        let qs = turns("Mara Ellison took over the port authority in May.\nQ. What surprised you?\nA. How old the cranes are.\n");
        assert_eq!(qs, [(None, "What surprised you?".to_string(), "Q:".to_string()), (Some("Mara Ellison".to_string()), "How old the cranes are.".to_string(), "A:".to_string())]);
        // An initial opening a paragraph is no label when no question comes with it.
        assert!(turns("Mara Ellison spoke.\nA. Smith agreed with her.\n").iter().all(|q| q.2 != "A:"));
    }

    #[test]
    fn an_answer_runs_to_the_next_label() {
        let qs = turns("Mara Ellison took over the port authority in May.\nQ: What surprised you?\nA: How old the cranes are.\nSome are from 1971.\nQ: Will fees rise?\nA: Not this year.\n");
        assert_eq!(qs[1].1, "How old the cranes are. Some are from 1971.");
        assert_eq!(qs[3].1, "Not this year.");
    }

    #[test]
    fn a_quotation_inside_a_question_is_still_reported() {
        let body = "Mara Ellison took over the port authority in May.\nQ: Mayor Tom Reyes said the port \"must pay its own way.\" Is he right?\nA: Partly.\n";
        let article = extract_article("t.txt", &format!("The Interview: A Headline For The Test\n{body}"));
        let partial = article.quotes.iter().find(|q| q.kind == QuoteKind::Partial).expect("the partial");
        assert_eq!((partial.speaker.as_deref(), partial.text.as_str()), (Some("Tom Reyes"), "must pay its own way."));
    }

    #[test]
    fn a_question_label_is_no_initial_of_the_name_after_it() {
        // Only a paragraph's opening "Q." is a label; "Q. Smith" inside it is a name.
        let text = "Q. Tom Reyes said so. Q. Smith agreed.\nQ: Why?";
        let mut sentences = vec![0..21, 22..38, 39..46];
        super::skip_question_labels(text, &[0..38, 39..46], &mut sentences);
        assert_eq!(sentences, [3..21, 22..38, 42..46]);
        let article = extract_article("t.txt", "A Headline For The Test\nCoach Mike Harlan spoke.\nCOACH HARLAN: Hi.\nQ. Tom Reyes said you \"lost the room.\" Is he right?\nCOACH HARLAN: No.\n");
        assert!(article.people.iter().any(|p| p.name == "Tom Reyes"), "{:?}", article.people);
        assert!(!article.people.iter().any(|p| p.name.starts_with("Q.")), "{:?}", article.people);
    }

    #[test]
    fn no_interview_without_both_labels_or_an_interviewee() {
        // Answers alone ("A: …" as a list item) are no interview.
        assert!(turns("Mara Ellison spoke.\nA: first point.\nA: second point.\n").iter().all(|q| q.2 != "A:"));
        // Nobody named before the turns: no speaker to give the answers.
        assert!(turns("The port reopened.\nQ: Why?\nA: Because.\n").is_empty());
        // An answer in quotation marks with its own attribution is the writer's quotation.
        assert!(turns("Mara Ellison spoke.\nQ: Why?\nA: “Because,” she says.\n").iter().all(|q| q.2 != "A:" && q.2 != "Q:"));
        // Labels must open the paragraph with a colon and a space.
        assert!(turns("Mara Ellison spoke.\nQ:why\nA:because\n").is_empty());
    }
}
