//! The corpus that `build.rs` extracted from `seeds/` at compile time, shipped beside the wasm
//! as `data/corpus.json` (fetched by `boot.js` and `embed/embed.js` while the module loads).

use serde::Deserialize;

use crate::extract::model::Corpus;

/// The name of this build's data (`newslens-data-` and a hash of its content). The data file
/// carries the same name, so a page never shows the data of another build.
pub const DATA_ID: &str = env!("NEWSLENS_DATA_ID");

/// Where the data is, relative to the page (and to `embed.js`).
pub const DATA_PATH: &str = "data/corpus.json";

#[derive(Deserialize)]
struct DataFile {
    id: String,
    corpus: Corpus,
}

/// Decodes the data file. It was written by the same model types in the same build, so a
/// failure means a damaged or mismatched upload: worth a clear message, not a blank page.
pub fn decode(json: &str) -> Result<Corpus, String> {
    let file: DataFile =
        serde_json::from_str(json).map_err(|e| format!("{DATA_PATH} is unreadable ({e}): upload dist/ again, whole"))?;
    if file.id != DATA_ID {
        return Err(format!(
            "{DATA_PATH} belongs to another build of newslens ({}, this page is {DATA_ID}): upload dist/ again, whole",
            file.id
        ));
    }
    Ok(file.corpus)
}
