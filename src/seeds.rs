//! Reading the seed folder: every `*.txt`, sorted by name, decoded or reported. Native only
//! (used by `build.rs` through `#[path]` and by the tests).

use std::collections::HashMap;
use std::path::Path;

use crate::extract::source::{decode, SourceError};

/// The readable articles of a folder, and what the build should tell the user about it.
#[derive(Debug, Default)]
pub struct SeedSet {
    /// `(file name, decoded text)`, sorted by file name.
    pub articles: Vec<(String, String)>,
    /// Warnings: ignored files, duplicate contents.
    pub warnings: Vec<String>,
}

/// Loads every `*.txt` in `dir`. Every unreadable file is reported (not only the first);
/// files of other types are ignored and listed once in one warning.
pub fn load_dir(dir: &Path) -> Result<SeedSet, Vec<SourceError>> {
    let shown = dir.display().to_string();
    let entries = std::fs::read_dir(dir).map_err(|e| vec![io_error(&shown, &e)])?;
    let mut names: Vec<String> = entries
        .filter_map(|e| e.ok())
        .filter(|e| e.path().is_file())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    let (txt, ignored): (Vec<String>, Vec<String>) =
        names.into_iter().partition(|n| n.ends_with(".txt"));

    let mut set = SeedSet::default();
    if !ignored.is_empty() {
        set.warnings.push(format!("{shown}: ignoring files that are not .txt: {}", ignored.join(", ")));
    }
    let mut errors = Vec::new();
    let mut seen: HashMap<String, String> = HashMap::new();
    for name in txt {
        let path = dir.join(&name);
        let shown_path = path.display().to_string();
        let text = match std::fs::read(&path) {
            Ok(bytes) => decode(&shown_path, &bytes),
            Err(e) => Err(io_error(&shown_path, &e)),
        };
        match text {
            Ok(text) => {
                if let Some(first) = seen.get(&text) {
                    set.warnings.push(format!("{shown_path}: same content as {first}"));
                } else {
                    seen.insert(text.clone(), shown_path);
                }
                set.articles.push((name, text));
            }
            Err(e) => errors.push(e),
        }
    }
    if set.articles.is_empty() && errors.is_empty() {
        errors.push(SourceError {
            file: shown,
            line: None,
            byte: None,
            message: "contains no .txt article".to_string(),
        });
    }
    if errors.is_empty() { Ok(set) } else { Err(errors) }
}

fn io_error(file: &str, e: &std::io::Error) -> SourceError {
    SourceError { file: file.to_string(), line: None, byte: None, message: format!("cannot be read: {e}") }
}
