//! Quotes: direct and partial quotations, indirect (reported) speech, reader comments.
//!
//! A quotation is `direct` when it is the whole statement of its sentence apart from the
//! attribution ("“…,” she said." / "He said: “…”"), `partial` when the writer's own sentence
//! embeds it ("described the talks as 'very constructive'"). A partial quotation with no speech
//! verb and no attribution is a scare quote and is dropped. Indirect speech is a speech verb with
//! a named or role subject and a reported clause ("X stated that …", "according to X").

use std::ops::Range;

use super::marks::Quotation;
use super::model::{Article, Quote, QuoteKind, Span};
use super::people::People;
use super::speakers::{self, Found, Who};
use super::words::{self, Tok};

/// Everything the quote rules read; all ranges are byte ranges into `text`.
pub struct Context<'a> {
    pub text: &'a str,
    pub paragraphs: &'a [Range<usize>],
    pub sentences: &'a [Range<usize>],
    /// Top-level quotations, sorted by opening mark.
    pub quotations: &'a [Quotation],
    pub people: &'a People,
}

/// Longest stretch of tokens read around a verb; keeps the work per sentence bounded.
const WINDOW: usize = 60;

pub fn extract(ctx: &Context) -> Vec<Quote> {
    let mut quotes = quotations(ctx);
    for si in 0..ctx.sentences.len() {
        quotes.extend(indirect_in(ctx, si));
    }
    quotes.sort_by_key(|q| (q.span.start, q.kind));
    quotes
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
        Who::Person(name) => Some(ctx.people.canonical(name).unwrap_or(name).to_string()),
        Who::Org(name) => Some(ctx.people.canonical(name).unwrap_or(name).to_string()),
        Who::Pronoun(p) if p == "he" || p == "she" => ctx.people.antecedent(at, sentence).map(str::to_string),
        _ => None,
    }
}

/// "According to X" at token `i`: the speaker phrase after it.
fn according_to(toks: &[Tok], i: usize) -> Option<Found> {
    let is_it = toks.get(i).is_some_and(|t| t.lower() == "according") && toks.get(i + 1).is_some_and(|t| t.lower() == "to");
    if is_it { speakers::phrase_after(toks, i + 2) } else { None }
}

/// Attribution right after a quotation: ", she said", ", said Jane Roe, a spokeswoman",
/// " Zelenskyy stated during …", ", according to the ministry".
fn attribution_after(toks: &[Tok]) -> Option<(Found, usize)> {
    let i = toks.iter().position(|t| t.is_word())?;
    if toks[..i].iter().any(|t| !matches!(t.text, "," | "—" | "–" | "-" | ";" | "(")) {
        return None;
    }
    if words::cue_lemma(toks[i].text).is_some() {
        return speakers::phrase_after(toks, i + 1).map(|f| (f, i));
    }
    if let Some(f) = according_to(toks, i) {
        return Some((f, i));
    }
    let c = (i + 1..toks.len().min(i + 10)).find(|&c| words::cue_lemma(toks[c].text).is_some())?;
    let found = speakers::subject_before(toks, c)?;
    (found.start == i).then_some((found, c))
}

/// The speech verb closest before a quotation and its subject ("X described it as '…'").
fn attribution_before(toks: &[Tok]) -> Option<(Found, usize)> {
    let lower = toks.len().saturating_sub(WINDOW);
    for c in (lower..toks.len()).rev() {
        if let Some(f) = according_to(toks, c) {
            return Some((f, c));
        }
        if words::cue_lemma(toks[c].text).is_some() {
            let found = if toks[c].text.ends_with("ing") { main_subject(toks, c) } else { speakers::subject_before(toks, c) };
            return found.map(|f| (f, c));
        }
    }
    None
}

/// The subject of the sentence's first finite speech verb before token `upto`.
fn main_subject(toks: &[Tok], upto: usize) -> Option<Found> {
    (0..upto.min(WINDOW))
        .filter(|&c| words::cue_lemma(toks[c].text).is_some() && !toks[c].text.ends_with("ing"))
        .find_map(|c| speakers::subject_before(toks, c))
}

/// Whether the tokens before a quotation are only an attribution ("He said:", "Smith added,").
fn is_attribution_only(toks: &[Tok], attr: &Option<(Found, usize)>) -> bool {
    let Some((found, cue)) = attr else { return false };
    let lead_ok = found.start == 0 || toks[..found.start].last().is_some_and(|t| t.text == ",");
    let tail_ok = toks[cue + 1..].iter().all(|t| !t.is_word() || !t.is_capitalized() || words::is_capitalized_stopword(t.text))
        && toks[cue + 1..].iter().filter(|t| t.is_word()).count() <= 6;
    lead_ok && tail_ok
}

fn quotations(ctx: &Context) -> Vec<Quote> {
    let mut out: Vec<Quote> = Vec::new();
    let mut last_speaker: Option<(usize, Option<String>)> = None; // (paragraph, speaker)
    for (qi, q) in ctx.quotations.iter().enumerate() {
        let inner_text = q.pieces.iter().filter_map(|p| ctx.text.get(p.clone())).collect::<Vec<_>>().join(" ");
        if !inner_text.chars().any(char::is_alphanumeric) {
            continue;
        }
        let (Some(si), Some(pi)) = (index_of(ctx.sentences, q.open), index_of(ctx.paragraphs, q.open)) else { continue };
        let se = index_of(ctx.sentences, q.end.saturating_sub(1)).unwrap_or(si).max(si);
        let sentence = ctx.sentences[si].start..ctx.sentences[se].end.max(q.end);
        let prev_end = qi.checked_sub(1).map(|p| ctx.quotations[p].end).filter(|&e| e > sentence.start && e <= q.open);
        let next_open = ctx.quotations.get(qi + 1).map(|n| n.open).filter(|&o| o < sentence.end);
        let before = prev_end.unwrap_or(sentence.start)..q.open;
        let after = q.end.min(sentence.end)..next_open.unwrap_or(sentence.end);
        let toks_b = words::tokenize(ctx.text, before.clone());
        let toks_a = words::tokenize(ctx.text, after.clone());

        let before_empty = !toks_b.iter().any(Tok::is_word);
        let ends_colon = toks_b.last().is_some_and(|t| t.text == ":");
        let attr_before = attribution_before(&toks_b);
        let attr_after = attribution_after(&toks_a);
        let attribution_only = is_attribution_only(&toks_b, &attr_before);
        let ends_like_statement = inner_text.trim_end().ends_with(['.', ',', '!', '?', '…', '—', '-']);
        let after_empty = !toks_a.iter().any(Tok::is_word);
        let direct = (before_empty && (attr_after.is_some() || ends_like_statement || after_empty))
            || (attribution_only && (ends_colon || prev_end.is_some() || starts_upper(&inner_text)))
            || (ends_colon && before_empty);
        let tagged_after = attr_after.map(|a| (a, false));
        let tagged_before = attr_before.map(|a| (a, true));
        let attr = if direct { tagged_after.or(tagged_before) } else { tagged_before.or(tagged_after) };
        let kind = if direct { QuoteKind::Direct } else { QuoteKind::Partial };
        let (speaker, cue) = match &attr {
            Some(((found, c), from_before)) => {
                let toks = if *from_before { &toks_b } else { &toks_a };
                (resolve(ctx, found, q.open, si), cue_text(toks, *c))
            }
            None if direct => {
                // An unattributed statement continues the previous speaker (same or previous paragraph).
                let inherited = last_speaker.as_ref().filter(|(p, _)| *p == pi || *p + 1 == pi).and_then(|(_, s)| s.clone());
                (inherited, None)
            }
            None => continue, // scare quotes: no verb, no speaker
        };
        if kind == QuoteKind::Direct || speaker.is_some() {
            last_speaker = Some((pi, speaker.clone()));
        }
        out.push(Quote {
            speaker,
            kind,
            text: inner_text,
            cue,
            sentence: ctx.text[sentence.clone()].to_string(),
            span: span(&q.inner()),
            sentence_span: span(&sentence),
            date: None,
        });
    }
    out
}

fn cue_text(toks: &[Tok], c: usize) -> Option<String> {
    let t = toks.get(c)?;
    Some(if t.lower() == "according" { "according to".to_string() } else { t.text.to_string() })
}

fn inside_quotation(ctx: &Context, at: usize) -> bool {
    let i = ctx.quotations.partition_point(|q| q.open <= at);
    i > 0 && at < ctx.quotations[i - 1].end
}

/// Reported speech in sentence `si`.
fn indirect_in(ctx: &Context, si: usize) -> Vec<Quote> {
    let sentence = ctx.sentences[si].clone();
    let toks = words::tokenize(ctx.text, sentence.clone());
    let has_quotation = toks.iter().any(|t| t.text.chars().all(words::is_quote_mark) && inside_quotation(ctx, t.span.start));
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        if inside_quotation(ctx, toks[i].span.start) {
            i += 1;
            continue;
        }
        if let Some(found) = according_to(&toks, i) {
            if let Some(clause) = according_clause(&toks, i).filter(|_| !has_quotation) {
                out.push(indirect_quote(ctx, si, &sentence, &toks, clause.clone(), &found, "according to"));
                i = clause.end.max(i + 2);
                continue;
            }
        }
        let Some(lemma) = words::cue_lemma(toks[i].text) else {
            i += 1;
            continue;
        };
        let after_quote = i > 0 && (is_mark(&toks[i - 1]) || (toks[i - 1].text == "," && i > 1 && is_mark(&toks[i - 2])));
        if words::is_quote_only_cue(lemma) || after_quote {
            i += 1;
            continue;
        }
        let participle = toks[i].text.ends_with("ing");
        let Some(start) = clause_start(&toks, i, lemma) else {
            i += 1;
            continue;
        };
        let found = if participle { main_subject(&toks, i) } else { speakers::subject_before(&toks, i) };
        let Some(found) = found else {
            i += 1;
            continue;
        };
        let end = clause_end(&toks, start);
        let word_count = toks[start..end].iter().filter(|t| t.is_word()).count();
        let whole_quotation = toks.get(start).is_some_and(|t| is_mark(t) && inside_quotation(ctx, t.span.start));
        if word_count >= 3 && !whole_quotation {
            out.push(indirect_quote(ctx, si, &sentence, &toks, start..end, &found, toks[i].text));
        }
        i = end.max(i + 1);
    }
    out
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
        text: ctx.text[range.clone()].to_string(),
        cue: Some(cue.to_string()),
        sentence: ctx.text[sentence.clone()].to_string(),
        span: span(&range),
        sentence_span: span(sentence),
        date: None,
    }
}

/// "According to X, clause." or "Clause, according to X." → the clause's token range.
fn according_clause(toks: &[Tok], i: usize) -> Option<Range<usize>> {
    let lead_words = toks[..i].iter().filter(|t| t.is_word()).count();
    if lead_words <= 1 {
        let comma = (i + 2..toks.len().min(i + 14)).find(|&k| toks[k].text == ",")?;
        let end = clause_end(toks, comma + 1);
        return (end > comma + 3).then_some(comma + 1..end);
    }
    (i > 0 && toks[i - 1].text == ",").then_some(0..i - 1).filter(|r| r.len() >= 3)
}

fn is_clause_opener(t: &Tok) -> bool {
    let lower = t.lower();
    matches!(
        lower.as_str(),
        "the" | "a" | "an" | "this" | "these" | "those" | "it" | "he" | "she" | "they" | "we" | "i"
            | "there" | "his" | "her" | "their" | "its" | "our" | "some" | "no" | "all" | "both" | "any"
            | "if" | "while" | "more" | "most" | "several" | "many" | "nothing" | "everyone" | "nobody"
    ) || t.text.chars().next().is_some_and(|c| c.is_ascii_digit())
        || (speakers::is_run_word(t) && !words::is_title(t.text))
}

/// Where the reported clause after the verb at `verb` starts, if there is one.
fn clause_start(toks: &[Tok], verb: usize, lemma: &str) -> Option<usize> {
    let next = toks.get(verb + 1)?;
    let lower = next.lower();
    if lower == "that" {
        return Some(verb + 2);
    }
    let adverbial = matches!(
        lower.as_str(),
        "on" | "in" | "at" | "during" | "late" | "early" | "last" | "earlier" | "later" | "after" | "," | "to"
            | "again" | "publicly" | "repeatedly" | "privately" | "previously" | "yesterday" | "today"
            | "recently" | "this" | "separately" | "also" | "afterwards" | "then"
    );
    let object = matches!(lemma, "tell" | "warn" | "assure" | "remind" | "inform" | "ask" | "urge") && next.is_word();
    if adverbial || object {
        for j in verb + 1..toks.len().min(verb + 18) {
            let t = &toks[j];
            if t.lower() == "that" {
                return Some(j + 1);
            }
            let stop = matches!(t.text, "." | ";" | ":" | "!" | "?")
                || is_mark(t)
                || words::cue_lemma(t.text).is_some()
                || matches!(t.lower().as_str(), "of" | "about" | "for" | "with" | "against" | "which" | "who" | "whether");
            if stop {
                break;
            }
        }
        return None;
    }
    let bare = words::takes_bare_clause(lemma)
        && is_clause_opener(next)
        && !toks.get(verb + 2).is_some_and(|t| t.text == "," || t.text == ".")
        && !(next.is_capitalized() && words::is_title(next.text));
    bare.then_some(verb + 1)
}

/// Where a reported clause ends: the sentence end, or where a new attribution starts
/// (", adding that …", ", according to …", ", he said.").
fn clause_end(toks: &[Tok], start: usize) -> usize {
    for j in start..toks.len() {
        let t = &toks[j];
        if t.text == ";" {
            return j;
        }
        if t.text != "," {
            continue;
        }
        let next = toks.get(j + 1);
        let participle_cue = next.is_some_and(|n| n.text.ends_with("ing") && words::cue_lemma(n.text).is_some())
            && toks.get(j + 2).is_some_and(|n| n.lower() == "that");
        let contrast = next.is_some_and(|n| matches!(n.lower().as_str(), "while" | "whereas"));
        if participle_cue || contrast || according_to(toks, j + 1).is_some() {
            return j;
        }
        // ", and/but critics say …": a new speaker starts a new statement.
        let conj = usize::from(next.is_some_and(|n| matches!(n.lower().as_str(), "and" | "but" | "although" | "though")));
        if let Some(c) = (j + 2 + conj..toks.len().min(j + 8 + conj)).find(|&c| words::cue_lemma(toks[c].text).is_some()) {
            if speakers::subject_before(toks, c).is_some_and(|f| f.start == j + 1 + conj) && conj == 1 {
                return j;
            }
        }
        // ", he said." / ", Smith added." closing the sentence.
        if let Some(c) = (j + 2..toks.len().min(j + 6)).find(|&c| words::cue_lemma(toks[c].text).is_some()) {
            let closes = toks.get(c + 1).is_none_or(|n| matches!(n.text, "." | "!" | "?"));
            if closes && speakers::subject_before(toks, c).is_some_and(|f| f.start == j + 1) {
                return j;
            }
        }
    }
    toks.len()
}
