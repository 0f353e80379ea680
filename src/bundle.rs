//! The corpus that `build.rs` extracted from `seeds/` at compile time.

use crate::extract::model::Corpus;

/// JSON written by `build.rs`.
pub const CORPUS_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/corpus.json"));

/// Decodes the bundled corpus. It was produced by the same model types in the same build, so a
/// decoding failure is a bug worth a clear message, not a blank page.
pub fn corpus() -> Result<Corpus, String> {
    serde_json::from_str(CORPUS_JSON).map_err(|e| format!("the bundled corpus is unreadable: {e}"))
}
