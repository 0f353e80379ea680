//! The extractor: article text in, structure + quotes + events + people out.
//!
//! Pure Rust with no web or file-system dependencies: it is compiled into the app (wasm32), into
//! the `extract` command, and into `build.rs` (via `#[path]`), so there is exactly one copy.
//! Sibling modules are reached with `super::`, never `crate::`, for that reason.
//!
//! Pipeline (all byte ranges until the final conversion): structure → quotation marks →
//! sentences (never ending inside a quotation) → people → quotes → events → char offsets.

pub mod model;
pub mod source;
pub mod case;
mod compose;
pub mod fxhash;
mod interview;
mod lexicon;
mod marks;
mod offsets;
mod people;
mod quotes;
mod sentences;
pub mod sort;
mod speakers;
mod structure;
mod substr;
mod words;
pub mod dates;
pub mod events;
mod gazetteer;

use std::ops::Range;

use model::{Article, Corpus};

/// An article's text cut into paragraphs and sentences (byte ranges), as the rules read it.
#[derive(Debug, Default)]
pub struct Segments {
    /// Body paragraphs (no title, headings, bylines, comments, footer).
    pub paragraphs: Vec<Range<usize>>,
    /// Sentences of the body paragraphs, in order; a quotation's inner sentence ends do not cut.
    pub sentences: Vec<Range<usize>>,
}

/// Extracts one article. `file` is the name shown to users; `text` is already decoded
/// (see [`source::decode`]).
pub fn extract_article(file: &str, text: &str) -> Article {
    extract_with_segments(file, text).0
}

/// Like [`extract_article`], also returning the paragraphs and sentences it used. The article's
/// spans are char offsets; the segments stay byte ranges into `text`.
pub fn extract_with_segments(file: &str, text: &str) -> (Article, Segments) {
    let (mut article, layout) = structure::parse(text);
    article.file = file.to_string();
    let quotations: Vec<marks::Quotation> =
        marks::find(text, &layout.paragraphs).into_iter().filter(|q| q.depth == 0).collect();
    let quotations = quotes::with_block_quotations(text, &layout.paragraphs, quotations);
    let protected: Vec<Range<usize>> = quotations.iter().map(|q| q.open..q.end).collect();
    let mut sentences = sentences::split(text, &layout.paragraphs, &protected);
    interview::skip_question_labels(text, &layout.paragraphs, &mut sentences);
    // Every sentence's tokens, read once for the people and the quote rules.
    let tokens: Vec<Vec<words::Tok>> = sentences.iter().map(|s| words::tokenize(text, s.clone())).collect();
    let people = people::find(&tokens);
    let ctx = quotes::Context {
        text,
        paragraphs: &layout.paragraphs,
        sentences: &sentences,
        tokens: &tokens,
        quotations: &quotations,
        people: &people,
    };
    article.quotes = quotes::extract(&ctx);
    article.quotes.extend(quotes::comment_quotes(&article));
    article.people = people.persons;
    people_of_the_labels(&mut article);

    // Events need the quotes (a quote's date is when its words were said) and byte spans, so
    // they come last, before the conversion to char offsets.
    events::annotate(&mut article, &sentences);

    offsets::spans_to_chars(&mut article);
    (article, Segments { paragraphs: layout.paragraphs, sentences })
}

/// Extracts every article and makes names canonical across them.
/// A transcript's labels may be the only place a person is named ("The Hon. JANE SMITH
/// (Minister for Transport) (14:32):", then "Ms SMITH:"): the full name of a labelled turn's
/// speaker is a person named, if no person of the article has it.
fn people_of_the_labels(article: &mut Article) {
    // Sorted names: each label is a binary search, so many turns and people stay linear-logarithmic.
    let mut known: Vec<String> = article.people.iter().map(|p| p.name.clone()).collect();
    sort::sort_by(&mut known, |a, b| a < b);
    for q in article.quotes.iter().filter(|q| q.cue.as_deref() == Some(":")) {
        let Some(name) = q.speaker.as_deref() else { continue };
        let parts: Vec<&str> = name.split(' ').collect();
        let name_like = (2..=4).contains(&parts.len())
            && parts.iter().all(|w| w.starts_with(char::is_uppercase) && w.chars().any(char::is_lowercase) && !words::is_org_or_place_word(w));
        if let (true, Err(at)) = (name_like, known.binary_search_by(|k| k.as_str().cmp(name))) {
            known.insert(at, name.to_string());
            article.people.push(model::Person { name: name.to_string(), ..model::Person::default() });
        }
    }
}

pub fn extract_corpus(inputs: &[(String, String)]) -> Corpus {
    let mut articles: Vec<Article> = inputs.iter().map(|(file, text)| extract_article(file, text)).collect();
    people::merge_across(&mut articles);
    Corpus { articles }
}

/// Adds one article to an extracted corpus, as if it had been among [`extract_corpus`]'s
/// inputs (last): the browser reads a reader's own article this way.
pub fn add_article(corpus: &mut Corpus, file: &str, text: &str) {
    add_extracted(corpus, [extract_article(file, text)]);
}

/// Adds articles [`extract_article`] made (in the browser, the worker adds a reader's own to the
/// bundled corpus) and makes names canonical across the corpus. A file name is an article's
/// address (`?read=`): one already taken gets `-2`, `-3`… ([`unique_file_name`]). The page
/// cannot tell (it may hold a slice of the corpus), the worker, which joins them, can.
pub fn add_extracted(corpus: &mut Corpus, articles: impl IntoIterator<Item = Article>) {
    let mut taken: std::collections::HashSet<String, std::hash::BuildHasherDefault<fxhash::FxHasher>> = corpus.articles.iter().map(|a| a.file.clone()).collect();
    for mut article in articles {
        article.file = unique_file_name(&article.file, |name| taken.contains(name));
        taken.insert(article.file.clone());
        corpus.articles.push(article);
    }
    people::merge_across(&mut corpus.articles);
}

/// `name` if it is not `taken`, else the first free of `stem-2.ext`, `stem-3.ext`… (the
/// extension kept, and a date in front, which dates the article).
pub fn unique_file_name(name: &str, taken: impl Fn(&str) -> bool) -> String {
    if !taken(name) {
        return name.to_string();
    }
    let (stem, ext) = match name.rfind('.') {
        Some(dot) if dot > 0 => name.split_at(dot),
        _ => (name, ""),
    };
    (2..).map(|n| format!("{stem}-{n}{ext}")).find(|c| !taken(c)).expect("an unbounded range has a free name")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_article_added_under_a_taken_file_name_gets_a_free_one() {
        let text = "Talks Stall\n“We will not give up,” Zelensky said on Monday.\n";
        let mut corpus = extract_corpus(&[("a.txt".to_string(), text.to_string()), ("a-2.txt".to_string(), text.to_string())]);
        add_extracted(&mut corpus, [extract_article("a.txt", text), extract_article("a.txt", text), extract_article("b", text)]);
        let files: Vec<&str> = corpus.articles.iter().map(|a| a.file.as_str()).collect();
        assert_eq!(files, ["a.txt", "a-2.txt", "a-3.txt", "a-4.txt", "b"]);
        assert_eq!(unique_file_name("2026-03-01_x.txt", |n| n == "2026-03-01_x.txt"), "2026-03-01_x-2.txt", "the date stays in front");
        assert_eq!(unique_file_name(".txt", |n| n == ".txt"), ".txt-2");
    }

    #[test]
    fn names_are_canonical_across_the_corpus() {
        let inputs = vec![
            ("a.txt".to_string(), "Talks Stall\n“We will not give up,” Zelensky said on Monday.\n".to_string()),
            ("b.txt".to_string(), "Leader Speaks\nUkrainian President Volodymyr Zelenskyy spoke in Kyiv.\n".to_string()),
        ];
        let corpus = extract_corpus(&inputs);
        let speaker = corpus.articles[0].quotes[0].speaker.as_deref();
        assert_eq!(speaker, Some("Volodymyr Zelenskyy"));
        assert_eq!(corpus.articles[0].people[0].name, "Volodymyr Zelenskyy");
    }

    #[test]
    fn one_spelling_per_name_across_case_and_apostrophes() {
        let inputs = vec![
            ("a.txt".to_string(), "Race Tightens\nAccording to POLITICO, spending will double. O’Brien Media said that costs had risen sharply.\n".to_string()),
            ("b.txt".to_string(), "Ads Everywhere\nPolitico reported that spending had doubled. O'Brien Media said that costs had risen sharply.\n".to_string()),
        ];
        let corpus = extract_corpus(&inputs);
        let speakers: Vec<&str> = corpus.articles.iter().flat_map(|a| &a.quotes).filter_map(|q| q.speaker.as_deref()).collect();
        assert_eq!(speakers, ["Politico", "O’Brien Media", "Politico", "O’Brien Media"]);
        // Different names stay different.
        let inputs = vec![("c.txt".to_string(), "Two Papers\nThe Ledger Group said that costs had risen. The Leader Group said that costs had fallen.\n".to_string())];
        let corpus = extract_corpus(&inputs);
        let speakers: Vec<&str> = corpus.articles[0].quotes.iter().filter_map(|q| q.speaker.as_deref()).collect();
        assert_eq!(speakers, ["Ledger Group", "Leader Group"]);
    }

    #[test]
    fn a_member_named_only_in_a_record_s_labels_is_a_person() {
        let text = "Questions\nThe PRESIDENT (Hon. Ruth Okafor) took the chair.\nMr TOM REID (Eastvale) (10:31): Will the minister act?\nThe Hon. ANNE COLE (Minister for Roads) (10:32): We will.\nMr REID: When?\nMs COLE: Soon.\n";
        let corpus = extract_corpus(&[("h.txt".to_string(), text.to_string())]);
        let names: Vec<&str> = corpus.articles[0].people.iter().map(|p| p.name.as_str()).collect();
        assert!(names.contains(&"Tom Reid") && names.contains(&"Anne Cole") && names.contains(&"Ruth Okafor"), "{names:?}");
        assert!(!names.contains(&"Reid") && !names.contains(&"Cole"), "{names:?}");
    }

    #[test]
    fn a_transcript_surname_person_takes_the_full_name_of_its_quotes() {
        let text = "Debate\nThe debate between candidates Karen Lowe and Victor Almeida was moderated by Ed Price.\nMODERATOR: Welcome.\nMS. LOWE: Thank you, Ms. Lowe said.\nMR. ALMEIDA: Glad to be here.\n";
        let corpus = extract_corpus(&[("t.txt".to_string(), text.to_string())]);
        let names: Vec<&str> = corpus.articles[0].people.iter().map(|p| p.name.as_str()).collect();
        assert!(!names.contains(&"Lowe") && !names.contains(&"Almeida"), "{names:?}");
        assert!(names.contains(&"Karen Lowe") && names.contains(&"Ed Price"), "{names:?}");
        // A speaking organisation is no person.
        let text = "Poll\nA poll by Keystone University found that most voters were undecided.\nDana Ellis, The Daily Ledger: “Close race.”\n";
        let corpus = extract_corpus(&[("p.txt".to_string(), text.to_string())]);
        let names: Vec<&str> = corpus.articles[0].people.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, ["Dana Ellis"]);
    }

    #[test]
    fn a_body_named_like_a_person_is_no_person() {
        let text = "Blackout\nGrid operator Rede Atlantica said a fire caused the blackout. Water utility Aguas Claras said supply was back. Felipe Araya told broadcaster Canal Costa that repairs had begun, and Araya told Canal Costa the company would pay.\nRede Atlantica shares fell.\n";
        let corpus = extract_corpus(&[("b.txt".to_string(), text.to_string())]);
        let names: Vec<&str> = corpus.articles[0].people.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, ["Felipe Araya"]);
        let speakers: Vec<&str> = corpus.articles[0].quotes.iter().filter_map(|q| q.speaker.as_deref()).collect();
        assert!(speakers.contains(&"Rede Atlantica") && speakers.contains(&"Aguas Claras"), "{speakers:?}");
        let text = "Scandal\nThe weekly magazine Der Blick reported that the minister had lied. Local radio station Klara Vos reported that he denied it. Jana Horak told the tabloid Nova Dnes that she had proof.\n";
        let corpus = extract_corpus(&[("m.txt".to_string(), text.to_string())]);
        let names: Vec<&str> = corpus.articles[0].people.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, ["Jana Horak"]);
        // A name only ever told things is an outlet, though it reports; a titled one is a person.
        let text = "Blackout\nMinister Paulo Reis told Rede Atlantica that fines were possible. According to Rede Atlantica, the grid was old, and Atlantica said that repairs had begun. Reis told Ana Lima, the mayor, that help would come.\n";
        let corpus = extract_corpus(&[("b.txt".to_string(), text.to_string())]);
        let names: Vec<&str> = corpus.articles[0].people.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, ["Paulo Reis", "Ana Lima"]);
        // Without the noun of a body, a speaker with a person's name is a person.
        let text = "Blackout\nThe grid failed. Rede Atlantica said a fire caused the blackout.\n";
        let corpus = extract_corpus(&[("b.txt".to_string(), text.to_string())]);
        let names: Vec<&str> = corpus.articles[0].people.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, ["Rede Atlantica"]);
    }

    #[test]
    fn a_water_company_a_railway_or_a_ferry_line_that_speaks_is_no_person() {
        let text = "Leak\nA spokesperson for Thames Water said: ‘We apologise to customers.’ Tom Harris said the leak was fixed.\n";
        let corpus = extract_corpus(&[("w.txt".to_string(), text.to_string())]);
        let names: Vec<&str> = corpus.articles[0].people.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, ["Tom Harris"]);
        assert_eq!(corpus.articles[0].quotes[0].speaker.as_deref(), Some("Thames Water"));
        let text = "Ferries\nCeltic Link Ferries said in a news release that sailings would resume. Tom Harris said the port was open.\n";
        let corpus = extract_corpus(&[("f.txt".to_string(), text.to_string())]);
        let names: Vec<&str> = corpus.articles[0].people.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, ["Tom Harris"]);
    }

    #[test]
    fn segments_are_exposed_for_the_event_rules() {
        let text = "Title\nFirst sentence here. Second one, said Mr. Smith.\nThird.\n";
        let (_, segments) = extract_with_segments("t.txt", text);
        let sentences: Vec<&str> = segments.sentences.iter().map(|r| &text[r.clone()]).collect();
        assert_eq!(sentences, ["First sentence here.", "Second one, said Mr. Smith.", "Third."]);
        assert_eq!(segments.paragraphs.len(), 2);
    }
}
