//! The data that `build.rs` extracted from `seeds/` at compile time, shipped beside the wasm in
//! the binary format of `codec.rs`: `data/corpus.bin` (fetched by `boot.js` and `embed/embed.js`
//! while the module loads), `data/articles/N.bin`, article N's text and blocks, fetched when the
//! reader opens it, and the speaker buckets `data/speakers/BB.bin` (`slices.rs`).

use crate::codec::{self, Kind, Prebuilt};
use crate::extract::model::{Article, Corpus};

/// The name of this build's data (`newslens-data-` and a hash of its content). Every data file
/// carries the same name, so a page never shows the data of another build.
pub const DATA_ID: &str = env!("NEWSLENS_DATA_ID");

/// Where the data is, relative to the page (and to `embed.js`).
pub const DATA_PATH: &str = "data/corpus.bin";

/// Where the text of bundled article `index` is, relative to the page.
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

/// `article` (from `corpus.bin`, without its text) completed with `data/articles/N.bin`.
pub fn with_text(article: &Article, path: &str, bytes: &[u8]) -> Result<Article, String> {
    let (text, blocks) = open(path, bytes)?.article_text().map_err(|e| unreadable(path, &e))?;
    Ok(Article { text, blocks, ..article.clone() })
}

/// Whether the reader must fetch `article`'s text: the bundle leaves texts out of
/// `corpus.bin` (an article always has one: at least its title).
pub fn needs_text(article: &Article) -> bool {
    article.text.is_empty()
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

    /// The page's files, put back together, are the whole extraction (the tests' data file).
    #[test]
    fn the_cards_and_the_article_files_make_the_whole_corpus() {
        let cards = decode(&read("corpus.bin")).unwrap();
        let whole = decode(WHOLE).unwrap();
        assert!(!cards.articles.is_empty());
        assert_eq!(cards.articles.len(), whole.articles.len());
        for (n, (article, expected)) in cards.articles.iter().zip(&whole.articles).enumerate() {
            assert!(needs_text(article), "{} keeps its text in corpus.bin", article.file);
            let path = article_path(n);
            let bytes = read(path.strip_prefix("data/").unwrap());
            assert_eq!(&with_text(article, &path, &bytes).unwrap(), expected);
        }
    }

    /// Every bucket decodes, with its keys, and holds exactly the quotes of `slices.rs`.
    #[test]
    fn the_buckets_decode_to_the_slices_of_the_corpus() {
        let whole = decode(WHOLE).unwrap();
        for expected in crate::slices::speaker_buckets(&whole) {
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

    #[test]
    fn a_file_of_another_build_is_refused_with_its_path() {
        let path = "data/articles/3.bin";
        let other = codec::article_text_body("T", &[]).into_file("newslens-data-0000000000000000");
        let error = with_text(&Article::default(), path, &other).unwrap_err();
        assert!(error.starts_with("data/articles/3.bin belongs to another build of newslens (newslens-data-0000000000000000, this page is newslens-data-"), "{error}");
        let ours = codec::article_text_body("T", &[]).into_file(DATA_ID);
        assert_eq!(with_text(&Article::default(), path, &ours).unwrap().text, "T");
        // Another version of the format, whatever follows.
        let mut newer = ours.clone();
        newer[codec::MAGIC.len()] = codec::VERSION + 1;
        let error = with_text(&Article::default(), path, &newer).unwrap_err();
        let which = format!("(data format {}, this page reads format {})", codec::VERSION + 1, codec::VERSION);
        assert!(error.starts_with(&format!("data/articles/3.bin belongs to another build of newslens {which}")), "{error}");
        // Damaged: cut short, or not ours at all (the old JSON files).
        let error = with_text(&Article::default(), path, &ours[..ours.len() - 1]).unwrap_err();
        assert!(error.starts_with("data/articles/3.bin is unreadable (a count larger than the rest of the file at byte "), "{error}");
        let error = decode(br#"{"id":"newslens-data-0000000000000000","corpus":{"articles":[]}}"#).unwrap_err();
        assert_eq!(error, "data/corpus.bin is unreadable (not a newslens data file (it does not start with NLDB) at byte 0): upload dist/ again, whole");
        // A file of another kind where a corpus is expected.
        let error = decode(&ours).unwrap_err();
        assert!(error.contains("(an article's text where a corpus was expected at byte 5)"), "{error}");
    }
}
