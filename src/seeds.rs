//! Reading the seed folder: every `*.txt`, sorted by name, decoded or reported. Native only
//! (used by `build.rs` through `#[path]` and by the tests).
//!
//! What a seed file may look like (see also docs/SECURITY.md for hostile text):
//! - UTF-8, with or without a BOM; LF, CRLF or CR line ends; tabs are white space like any other.
//! - The first non-blank line is the title; blank lines before it are skipped. A file whose first
//!   line is paragraph-long still loads (its first line becomes the title) with a warning, since
//!   the title line is probably missing.
//! - Empty, white-space-only and non-UTF-8 files are errors naming the file (and line and byte).
//! - Files not ending in `.txt` and sub-folders are ignored and listed once in one warning;
//!   hidden files (`.gitkeep`, `.DS_Store`) are skipped silently.
//! - Two files with the same text, and files over [`LARGE_FILE_BYTES`], load with a warning.

use std::collections::HashMap;
use std::path::Path;

use crate::extract::source::{decode, SourceError};

/// Above this size a seed still loads, but the build warns: the reader downloads its whole text,
/// and the sentences of its quotes grow the page's first download.
pub const LARGE_FILE_BYTES: usize = 1_000_000;

/// A first line longer than this is more likely a paragraph than a headline.
pub const LONG_TITLE_CHARS: usize = 200;

/// The readable articles of a folder, and what the build should tell the user about it.
#[derive(Debug, Default)]
pub struct SeedSet {
    /// `(file name, decoded text)`, sorted by file name.
    pub articles: Vec<(String, String)>,
    /// Warnings: ignored files, duplicate contents, suspicious files that still load.
    pub warnings: Vec<String>,
    /// Files that cannot be articles (every one, not only the first). The build fails on any.
    pub errors: Vec<SourceError>,
}

/// Loads every `*.txt` in `dir`. Every unreadable file is in `errors` (not only the first), and
/// the warnings about the other files are kept too, so one build run shows every problem.
/// Other entries are ignored and listed once in one warning.
pub fn load_dir(dir: &Path) -> SeedSet {
    let shown = dir.display().to_string();
    let mut set = SeedSet::default();
    let (txt, ignored) = match list_dir(dir) {
        Ok(lists) => lists,
        Err(e) => {
            set.errors.push(io_error(&shown, &e));
            return set;
        }
    };
    if !ignored.is_empty() {
        set.warnings.push(format!("{shown}: ignoring entries that are not .txt files: {}", ignored.join(", ")));
    }
    let mut first_with_text: HashMap<String, String> = HashMap::new();
    for name in txt {
        let path = dir.join(&name);
        let shown_path = path.display().to_string();
        let bytes = match std::fs::read(&path) {
            Ok(bytes) => bytes,
            Err(e) => {
                set.errors.push(io_error(&shown_path, &e));
                continue;
            }
        };
        let text = match decode(&shown_path, &bytes) {
            Ok(text) => text,
            Err(e) => {
                set.errors.push(e);
                continue;
            }
        };
        set.warnings.extend(suspicious(&shown_path, bytes.len(), &text));
        match first_with_text.get(&text) {
            Some(first) => set.warnings.push(format!("{shown_path}: same text as {first}; both are bundled")),
            None => {
                first_with_text.insert(text.clone(), shown_path);
            }
        }
        set.articles.push((name, text));
    }
    if set.articles.is_empty() && set.errors.is_empty() {
        set.errors.push(SourceError {
            file: shown,
            line: None,
            byte: None,
            message: "contains no .txt article".to_string(),
        });
    }
    set
}

/// `(.txt file names, other entry names)`, each sorted; hidden entries are left out.
fn list_dir(dir: &Path) -> std::io::Result<(Vec<String>, Vec<String>)> {
    let mut txt = Vec::new();
    let mut other = Vec::new();
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with('.') {
            continue;
        }
        let path = entry.path();
        if path.is_dir() {
            other.push(format!("{name}/"));
        } else if name.ends_with(".txt") {
            txt.push(name);
        } else {
            other.push(name);
        }
    }
    txt.sort();
    other.sort();
    Ok((txt, other))
}

/// Warnings for a file that loads but is probably not what its author meant.
fn suspicious(file: &str, size: usize, text: &str) -> Vec<String> {
    let mut warnings = Vec::new();
    if size > LARGE_FILE_BYTES {
        warnings.push(format!(
            "{file}: is {:.1} MB; a reader who opens it downloads its whole text (data/articles/), and its quotes' sentences grow data/corpus.bin",
            size as f64 / 1e6
        ));
    }
    if let Some((line, title)) = title_line(text) {
        let chars = title.chars().count();
        if chars > LONG_TITLE_CHARS {
            warnings.push(format!(
                "{file}:{line}: the first line, taken as the title, has {chars} characters: \
                 is the title line missing? (put the headline alone on the first line)"
            ));
        }
    }
    warnings
}

/// The first non-blank line and its 1-based number: what the extractor takes as the title.
fn title_line(text: &str) -> Option<(usize, &str)> {
    text.lines().enumerate().find(|(_, l)| !l.trim().is_empty()).map(|(i, l)| (i + 1, l.trim()))
}

fn io_error(file: &str, e: &std::io::Error) -> SourceError {
    SourceError { file: file.to_string(), line: None, byte: None, message: format!("cannot be read: {e}") }
}
