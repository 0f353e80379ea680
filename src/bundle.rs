//! The data that `build.rs` extracted from `seeds/` at compile time, shipped beside the wasm:
//! `data/corpus.json` (fetched by `boot.js` and `embed/embed.js` while the module loads) and
//! `data/articles/N.json`, article N's text and blocks, fetched when the reader opens it.

use serde::Deserialize;

use crate::extract::model::{Article, Block, Corpus};

/// The name of this build's data (`newslens-data-` and a hash of its content). Every data file
/// carries the same name, so a page never shows the data of another build.
pub const DATA_ID: &str = env!("NEWSLENS_DATA_ID");

/// Where the data is, relative to the page (and to `embed.js`).
pub const DATA_PATH: &str = "data/corpus.json";

/// Where the text of bundled article `index` is, relative to the page.
pub fn article_path(index: usize) -> String {
    let mut path = String::from("data/articles/");
    path.push_str(&index.to_string());
    path.push_str(".json");
    path
}

#[derive(Deserialize)]
struct DataFile {
    id: String,
    corpus: Corpus,
}

/// What `data/articles/N.json` adds to an article of `corpus.json`.
#[derive(Deserialize)]
struct ArticleTextFile {
    id: String,
    text: String,
    blocks: Vec<Block>,
}

/// Decodes the data file. It was written by the same model types in the same build, so a
/// failure means a damaged or mismatched upload: worth a clear message, not a blank page.
pub fn decode(json: &str) -> Result<Corpus, String> {
    let file: DataFile = serde_json::from_str(json).map_err(|e| unreadable(DATA_PATH, &e))?;
    same_build(DATA_PATH, &file.id)?;
    Ok(file.corpus)
}

/// `article` (from `corpus.json`, without its text) completed with `data/articles/N.json`.
pub fn with_text(article: &Article, path: &str, json: &str) -> Result<Article, String> {
    let file: ArticleTextFile = serde_json::from_str(json).map_err(|e| unreadable(path, &e))?;
    same_build(path, &file.id)?;
    Ok(Article { text: file.text, blocks: file.blocks, ..article.clone() })
}

/// Whether the reader must fetch `article`'s text: the bundle leaves texts out of
/// `corpus.json` (an article always has one: at least its title).
pub fn needs_text(article: &Article) -> bool {
    article.text.is_empty()
}

fn unreadable(path: &str, error: &serde_json::Error) -> String {
    format!("{path} is unreadable ({error}): upload dist/ again, whole")
}

fn same_build(path: &str, id: &str) -> Result<(), String> {
    if id == DATA_ID {
        return Ok(());
    }
    Err(format!("{path} belongs to another build of newslens ({id}, this page is {DATA_ID}): upload dist/ again, whole"))
}

#[cfg(test)]
mod tests {
    use super::*;

    const FOLDER: &str = concat!(env!("OUT_DIR"), "/", env!("NEWSLENS_DATA_ID"));

    fn read(path: &str) -> String {
        std::fs::read_to_string(format!("{FOLDER}/{path}")).unwrap_or_else(|e| panic!("{FOLDER}/{path}: {e}"))
    }

    /// The page's files, put back together, are the whole extraction (the tests' data file).
    #[test]
    fn the_cards_and_the_article_files_make_the_whole_corpus() {
        let cards = decode(&read("corpus.json")).unwrap();
        let whole = decode(include_str!(concat!(env!("OUT_DIR"), "/corpus.json"))).unwrap();
        assert!(!cards.articles.is_empty());
        assert_eq!(cards.articles.len(), whole.articles.len());
        for (n, (article, expected)) in cards.articles.iter().zip(&whole.articles).enumerate() {
            assert!(needs_text(article), "{} keeps its text in corpus.json", article.file);
            let path = article_path(n);
            let json = read(path.strip_prefix("data/").unwrap());
            assert_eq!(&with_text(article, &path, &json).unwrap(), expected);
        }
    }

    #[test]
    fn an_article_file_of_another_build_is_refused_with_its_path() {
        let json = r#"{"id":"newslens-data-0000000000000000","text":"T","blocks":[]}"#;
        let error = with_text(&Article::default(), "data/articles/3.json", json).unwrap_err();
        assert!(error.starts_with("data/articles/3.json belongs to another build"), "{error}");
        let error = with_text(&Article::default(), "data/articles/3.json", "{").unwrap_err();
        assert!(error.starts_with("data/articles/3.json is unreadable"), "{error}");
    }
}
