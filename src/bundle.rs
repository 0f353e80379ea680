//! The data that `build.rs` extracted from `seeds/` at compile time, shipped beside the wasm in
//! the binary format of `codec.rs`: `data/corpus.bin`, the cards without their texts (fetched by
//! `boot.js` while the module loads), `data/articles/N.bin`, article N whole (its cards' texts,
//! fetched when a page of cards or the reader shows it), `data/whole.bin`, every text (for a
//! phrase search, an export, an own article, a widget of no one speaker: `embed/embed.js`), the
//! speaker buckets `data/speakers/K.bin` (`slices.rs`) and the search words `data/words/N.bin`.

use crate::codec::{self, Kind, Prebuilt};
use crate::pace::{finish_now, Pace};
use crate::extract::model::{Article, Corpus};

/// The name of this build's data (`newslens-data-` and a hash of its content). Every data file
/// carries the same name, so a page never shows the data of another build.
pub const DATA_ID: &str = env!("NEWSLENS_DATA_ID");

/// Where the data is, relative to the page (and to `embed.js`).
pub const DATA_PATH: &str = "data/corpus.bin";

/// Where every text is, relative to the page.
pub const WHOLE_PATH: &str = "data/whole.bin";

/// The first screen's slice of `corpus.bin`, with the build's counts of the whole
/// (`slices::first_screen`): the prerendered page starts from it.
pub const FIRST_PATH: &str = "data/first.bin";

/// Where bundled article `index` is whole, relative to the page.
pub fn article_path(index: usize) -> String {
    let mut path = String::from("data/articles/");
    path.push_str(&index.to_string());
    path.push_str(".bin");
    path
}

/// Where chunk `n` of the search words is, relative to the page.
pub fn words_path(n: usize) -> String {
    let mut path = String::from("data/words/");
    path.push_str(&n.to_string());
    path.push_str(".bin");
    path
}

/// A decoded data file: a corpus, and the speaker keys of a bucket (none for `corpus.bin`).
pub struct Data {
    pub corpus: Corpus,
    pub keys: Vec<String>,
}

/// Decodes `data/corpus.bin`. It was written from the same model types by the same build, so a
/// failure means a damaged or mismatched upload: worth a clear message, not a blank page.
pub fn decode(bytes: &[u8]) -> Result<Corpus, String> {
    decode_with_prebuilt(bytes).map(|(corpus, _)| corpus)
}

/// [`decode`], with what the build computed for the corpus's index: the event groups (the
/// page's index takes them instead of grouping the events again) and the names of the chunks
/// of search words.
pub fn decode_with_prebuilt(bytes: &[u8]) -> Result<(Corpus, Prebuilt), String> {
    let file = open(DATA_PATH, bytes)?;
    file.corpus_and_prebuilt().map_err(|e| unreadable(DATA_PATH, &e))
}

/// Decodes a speaker's slice of the corpus at `path` (`data/quoted/K.bin`,
/// `slices::quoted_slices`): [`decode_with_prebuilt`]'s corpus with only their articles kept.
pub fn decode_slice(path: &str, bytes: &[u8]) -> Result<(Corpus, Prebuilt), String> {
    let file = open(path, bytes)?;
    file.slice_and_prebuilt().map_err(|e| unreadable(path, &e))
}

/// Decodes the data file at `path`, whichever it is: `corpus.bin`, the first screen's slice
/// (`data/first.bin`, with the build's counts of the whole) or a speaker's slice.
pub fn decode_any(path: &str, bytes: &[u8]) -> Result<(Corpus, Prebuilt), String> {
    finish_now(decode_any_paced(path, bytes, &mut Pace::none()))
}

/// [`decode_any`], at `pace`: `corpus.bin` ticks after each article (the slices are small).
pub async fn decode_any_paced(path: &str, bytes: &[u8], pace: &mut Pace<'_>) -> Result<(Corpus, Prebuilt), String> {
    match path {
        DATA_PATH => open(path, bytes)?.corpus_and_prebuilt_paced(pace).await.map_err(|e| unreadable(path, &e)),
        FIRST_PATH => open(path, bytes)?.first_screen().map_err(|e| unreadable(path, &e)),
        _ => decode_slice(path, bytes),
    }
}

/// Decodes the chunk of search words at `path` ([`words_path`]).
pub fn decode_words(path: &str, bytes: &[u8]) -> Result<codec::WordChunk, String> {
    open(path, bytes)?.words().map_err(|e| unreadable(path, &e))
}

/// Decodes the data file at `path`: the corpus or a speaker bucket (whichever the file says it
/// is), with the bucket's keys.
pub fn decode_data(path: &str, bytes: &[u8]) -> Result<Data, String> {
    let file = open(path, bytes)?;
    let data = match file.kind() {
        Kind::Bucket => file.bucket().map(|(keys, corpus)| Data { corpus, keys }),
        _ => file.corpus().map(|corpus| Data { corpus, keys: Vec::new() }),
    };
    data.map_err(|e| unreadable(path, &e))
}

/// Decodes article `N` whole (`data/articles/N.bin`, [`article_path`]).
pub fn decode_article(path: &str, bytes: &[u8]) -> Result<Article, String> {
    open(path, bytes)?.article().map_err(|e| unreadable(path, &e))
}

/// Decodes `data/whole.bin`: the corpus with every text.
pub fn decode_whole(bytes: &[u8]) -> Result<Corpus, String> {
    finish_now(decode_whole_paced(bytes, &mut Pace::none()))
}

/// [`decode_whole`], at `pace` (a tick after each article: at 10,000 articles the file is
/// 19 MB of texts).
pub async fn decode_whole_paced(bytes: &[u8], pace: &mut Pace<'_>) -> Result<Corpus, String> {
    let decoded = open(WHOLE_PATH, bytes)?.corpus_and_prebuilt_paced(pace).await;
    decoded.map(|(corpus, _)| corpus).map_err(|e| unreadable(WHOLE_PATH, &e))
}

/// The bundled corpus with a reader's own articles (`own`, extracted, in the order they were
/// added), names made canonical across them all: what the extractor's worker answers, from
/// `data/whole.bin`'s bytes (`whole`), when a reader adds an article. The page then has every
/// text, as the worker's answer holds them.
pub fn with_own_articles(whole: &[u8], own: &[Article]) -> Result<Corpus, String> {
    let mut corpus = decode_whole(whole)?;
    crate::extract::add_extracted(&mut corpus, own.iter().cloned());
    Ok(corpus)
}

/// The header of the file at `path`, checked: this format, this build.
fn open<'a>(path: &str, bytes: &'a [u8]) -> Result<codec::File<'a>, String> {
    let file = codec::open(bytes).map_err(|e| match e {
        codec::Error::Version { .. } => another_build(path, &e.to_string()),
        _ => unreadable(path, &e),
    })?;
    if file.id() != DATA_ID {
        return Err(another_build(path, &format!("{}, this page is {DATA_ID}", file.id())));
    }
    Ok(file)
}

fn unreadable(path: &str, error: &codec::Error) -> String {
    format!("{path} is unreadable ({error}): upload dist/ again, whole")
}

fn another_build(path: &str, which: &str) -> String {
    format!("{path} belongs to another build of newslens ({which}): upload dist/ again, whole")
}

#[cfg(test)]
mod tests {
    use super::*;

    const FOLDER: &str = concat!(env!("OUT_DIR"), "/", env!("NEWSLENS_DATA_ID"));
    /// The tests' data file: the same corpus with every text kept in.
    const WHOLE: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/corpus.bin"));

    fn read(path: &str) -> Vec<u8> {
        std::fs::read(format!("{FOLDER}/{path}")).unwrap_or_else(|e| panic!("{FOLDER}/{path}: {e}"))
    }

    /// The page's files hold the whole extraction (the tests' data file): each article's file
    /// is its article, `whole.bin` it without the articles' own texts, and `corpus.bin` it
    /// without any text.
    #[test]
    fn the_cards_the_article_files_and_whole_bin_hold_the_whole_corpus() {
        let cards = decode(&read("corpus.bin")).unwrap();
        let whole = decode(WHOLE).unwrap();
        let cards_whole = Corpus { articles: whole.articles.iter().map(codec::without_article_text).collect() };
        assert_eq!(decode_whole(&read("whole.bin")).unwrap(), cards_whole);
        assert!(!cards.articles.is_empty());
        assert_eq!(cards.articles.len(), whole.articles.len());
        for (n, (article, expected)) in cards.articles.iter().zip(&whole.articles).enumerate() {
            assert_eq!(article, &codec::without_texts(expected));
            assert!(article.text.is_empty() && article.quotes.iter().all(|q| q.sentence.is_empty()), "{} keeps texts in corpus.bin", article.file);
            let path = article_path(n);
            let bytes = read(path.strip_prefix("data/").unwrap());
            assert_eq!(&decode_article(&path, &bytes).unwrap(), expected);
        }
    }

    /// The page's index of `corpus.bin` (people named by the build, no sentence) is the index
    /// of the whole corpus: the same cards, counts and mentions; a phrase waits for the texts.
    #[test]
    fn the_page_index_without_texts_answers_as_the_whole_corpus() {
        let (cards, prebuilt) = decode_with_prebuilt(&read("corpus.bin")).unwrap();
        assert!(prebuilt.named.is_some(), "corpus.bin names no people");
        let page = crate::query::Index::deferring_search(std::rc::Rc::new(cards), Some(&prebuilt));
        let whole = crate::query::Index::new(decode(WHOLE).unwrap());
        let everything = crate::query::Query::default();
        assert_eq!(page.results(&everything), whole.results(&everything));
        assert_eq!(page.facets(&everything), whole.facets(&everything));
        assert!(!page.facets(&everything).mentions.is_empty());
        // A phrase: once its words are here, the texts of the cards that hold them.
        use crate::query::TextsNeeded;
        let phrase = crate::query::Query { text: "\"territorial compromises\"".into(), ..Default::default() };
        assert_eq!(whole.texts_for_search(&phrase), TextsNeeded::Nothing);
        assert_eq!(page.texts_for_search(&phrase), TextsNeeded::Nothing, "the words first");
        for n in page.request_words(&page.words_to_fetch(&phrase)) {
            let path = words_path(n);
            page.words_arrived(n, decode_words(&path, &read(path.strip_prefix("data/").unwrap()))).unwrap();
        }
        match page.texts_for_search(&phrase) {
            TextsNeeded::Articles(articles) => {
                for a in articles {
                    let path = article_path(a);
                    page.texts_arrived(a, decode_article(&path, &read(path.strip_prefix("data/").unwrap()))).unwrap();
                }
            }
            TextsNeeded::Whole => panic!("the seeds are two articles"),
            TextsNeeded::Nothing => panic!("\"territorial compromises\" is in the seeds"),
        }
        assert_eq!(page.texts_for_search(&phrase), TextsNeeded::Nothing);
        assert_eq!(page.results(&phrase), whole.results(&phrase));
        assert!(!page.results(&phrase).cards.is_empty());
        // whole.bin holds every card's texts, not the articles' own (the reader's).
        let (cards, prebuilt) = decode_with_prebuilt(&read("corpus.bin")).unwrap();
        let page = crate::query::Index::deferring_search(std::rc::Rc::new(cards), Some(&prebuilt));
        assert!(page.request_whole() && !page.request_whole(), "asked for once");
        page.whole_arrived(decode_whole(&read("whole.bin"))).unwrap();
        let shown = &page.results(&everything).cards[..8];
        assert!(page.texts_to_fetch(shown, "").is_empty());
        assert!(page.texts().full_article(0).is_none());
    }

    /// Every bucket decodes, with its keys, and holds exactly the quotes of `slices.rs`, named
    /// with the digits the build says (as many as the page's slices).
    #[test]
    fn the_buckets_decode_to_the_slices_of_the_corpus() {
        let whole = decode(WHOLE).unwrap();
        let said = read(crate::slices::BUCKET_DIGITS_PATH.strip_prefix("data/").unwrap());
        let digits = crate::slices::quoted_digits(crate::slices::speaker_count(&whole));
        assert_eq!(String::from_utf8(said).unwrap(), format!("{digits}\n"));
        for expected in crate::slices::speaker_buckets(&whole, digits) {
            let path = crate::slices::bucket_path(&expected.name);
            let data = decode_data(&path, &read(path.strip_prefix("data/").unwrap())).unwrap();
            assert_eq!(data.keys, expected.keys, "{path}");
            assert_eq!(data.corpus, expected.corpus, "{path}");
        }
        let data = decode_data(DATA_PATH, &read("corpus.bin")).unwrap();
        assert!(data.keys.is_empty() && !data.corpus.articles.is_empty());
    }

    /// The page's index, with the build's chunks of search words, answers searches as an index
    /// that makes its words from the whole corpus: the card ids of the chunks are the page's.
    #[test]
    fn the_chunks_of_search_words_answer_as_words_made_from_the_corpus() {
        let (cards, prebuilt) = decode_with_prebuilt(&read("corpus.bin")).unwrap();
        assert!(!prebuilt.word_chunks.is_empty(), "corpus.bin names no chunk of search words");
        let page = crate::query::Index::deferring_search(std::rc::Rc::new(cards), Some(&prebuilt));
        let whole = crate::query::Index::new(decode(WHOLE).unwrap());
        let mut asked = 0;
        for text in ["peskov", "ukr", "\"said on\"", "the", "zzzz", "a"] {
            let query = crate::query::Query { text: text.into(), ..Default::default() };
            for n in page.request_words(&page.words_to_fetch(&query)) {
                let path = words_path(n);
                page.words_arrived(n, decode_words(&path, &read(path.strip_prefix("data/").unwrap()))).unwrap();
                asked += 1;
            }
            assert!(page.words_to_fetch(&query).is_empty());
            assert_eq!(page.results(&query), whole.results(&query), "{text}");
        }
        assert!(asked > 0);
        // Every chunk is there and reads.
        for n in 0..prebuilt.word_chunks.len() {
            let path = words_path(n);
            assert!(!decode_words(&path, &read(path.strip_prefix("data/").unwrap())).unwrap().is_empty(), "{path}");
        }
    }

    /// A reader's article joins `whole.bin`'s corpus as it would have joined the extraction:
    /// a surname alone takes the one full name the bundled articles give it.
    #[test]
    fn own_articles_join_the_whole_corpus_with_names_made_canonical() {
        let bytes = read("whole.bin");
        let whole = decode_whole(&bytes).unwrap();
        let people: Vec<&str> = whole.articles.iter().flat_map(|a| &a.people).map(|p| p.name.as_str()).collect();
        let last_word = |name: &str| name.rsplit(' ').next().unwrap_or("").to_string();
        let full = people
            .iter()
            .filter(|n| n.split(' ').count() == 2 && n.chars().all(|c| c.is_alphabetic() || c == ' '))
            .find(|n| people.iter().filter(|m| m.contains(' ') && last_word(m) == last_word(n)).count() == 1)
            .expect("the seeds name someone whose surname no one else has");
        let surname = last_word(full);
        let text = format!("Readers Write\n“We will look at it again,” {surname} said on Monday.\n");
        let own = crate::extract::extract_article("mine.txt", &text);
        assert_eq!(own.quotes[0].speaker.as_deref(), Some(surname.as_str()), "alone, the article knows only the surname");

        let joined = with_own_articles(&bytes, std::slice::from_ref(&own)).unwrap();
        assert_eq!(joined.articles.len(), whole.articles.len() + 1);
        assert_eq!(joined.articles[..whole.articles.len()], whole.articles[..]);
        let mine = joined.articles.last().unwrap();
        assert_eq!((mine.file.as_str(), mine.quotes[0].speaker.as_deref()), ("mine.txt", Some(*full)));
        // Two articles of the reader's, in the order added.
        let second = crate::extract::extract_article("second.txt", "Second\nThe vote is on Friday, officials said.\n");
        let files: Vec<String> = with_own_articles(&bytes, &[own, second]).unwrap().articles.iter().rev().take(2).map(|a| a.file.clone()).collect();
        assert_eq!(files, ["second.txt", "mine.txt"]);
        // A damaged whole.bin is named, never half-joined.
        let error = with_own_articles(&bytes[..bytes.len() / 2], &[]).unwrap_err();
        assert!(error.starts_with("data/whole.bin is unreadable ("), "{error}");
    }

    #[test]
    fn a_file_of_another_build_is_refused_with_its_path() {
        let path = "data/articles/3.bin";
        let article = Article { text: "T".into(), ..Article::default() };
        let other = codec::article_body(&article).into_file("newslens-data-0000000000000000");
        let error = decode_article(path, &other).unwrap_err();
        assert!(error.starts_with("data/articles/3.bin belongs to another build of newslens (newslens-data-0000000000000000, this page is newslens-data-"), "{error}");
        let ours = codec::article_body(&article).into_file(DATA_ID);
        assert_eq!(decode_article(path, &ours).unwrap().text, "T");
        // Another version of the format, whatever follows.
        let mut newer = ours.clone();
        newer[codec::MAGIC.len()] = codec::VERSION + 1;
        let error = decode_article(path, &newer).unwrap_err();
        let which = format!("(data format {}, this page reads format {})", codec::VERSION + 1, codec::VERSION);
        assert!(error.starts_with(&format!("data/articles/3.bin belongs to another build of newslens {which}")), "{error}");
        // Damaged: cut short, or not ours at all (the old JSON files).
        let error = decode_article(path, &ours[..ours.len() - 1]).unwrap_err();
        assert!(error.starts_with("data/articles/3.bin is unreadable (a count larger than the rest of the file at byte "), "{error}");
        let error = decode(br#"{"id":"newslens-data-0000000000000000","corpus":{"articles":[]}}"#).unwrap_err();
        assert_eq!(error, "data/corpus.bin is unreadable (not a newslens data file (it does not start with NLDB) at byte 0): upload dist/ again, whole");
        // A file of another kind where a corpus is expected.
        let error = decode(&ours).unwrap_err();
        assert!(error.contains("(an article where a corpus was expected at byte 5)"), "{error}");
    }
}
