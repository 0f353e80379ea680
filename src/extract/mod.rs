//! The extractor: article text in, structure + quotes + events + people out.
//!
//! Pure Rust with no web or file-system dependencies: it is compiled into the app (wasm32), into
//! the `extract` command, and into `build.rs` (via `#[path]`), so there is exactly one copy.
//! Sibling modules are reached with `super::`, never `crate::`, for that reason.

pub mod model;
pub mod source;
mod offsets;
mod sentences;
mod structure;
pub mod dates; pub mod events; mod gazetteer;

use model::{Article, Corpus};

/// Extracts one article. `file` is the name shown to users; `text` is already decoded
/// (see [`source::decode`]).
pub fn extract_article(file: &str, text: &str) -> Article {
    let mut article = structure::parse(text);
    article.file = file.to_string();
    offsets::spans_to_chars(&mut article);
    article
}

/// Extracts every article and makes names canonical across them.
pub fn extract_corpus(inputs: &[(String, String)]) -> Corpus {
    let articles = inputs.iter().map(|(file, text)| extract_article(file, text)).collect();
    Corpus { articles }
}
