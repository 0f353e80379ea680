//! `extract FILE...`: prints the extraction of the given articles as JSON (the contract of
//! `../shared/gold/README.md`). Unreadable files are reported on stderr and make the exit code 1;
//! the readable ones are still extracted.

use std::path::Path;
use std::process::ExitCode;

use newslens::extract::{extract_corpus, source};

fn main() -> ExitCode {
    let files: Vec<String> = std::env::args().skip(1).collect();
    if files.is_empty() {
        eprintln!("usage: extract FILE...   (prints the articles' quotes and events as JSON)");
        return ExitCode::from(2);
    }
    let mut inputs = Vec::new();
    let mut failed = false;
    for file in &files {
        let decoded = std::fs::read(file)
            .map_err(|e| format!("{file}: cannot be read: {e}"))
            .and_then(|bytes| source::decode(file, &bytes).map_err(|e| e.to_string()));
        match decoded {
            Ok(text) => {
                let name = Path::new(file).file_name().map_or(file.clone(), |n| n.to_string_lossy().into_owned());
                inputs.push((name, text));
            }
            Err(message) => {
                eprintln!("extract: {message}");
                failed = true;
            }
        }
    }
    let corpus = extract_corpus(&inputs);
    match serde_json::to_string_pretty(&corpus) {
        Ok(json) => println!("{json}"),
        Err(e) => {
            eprintln!("extract: cannot write JSON: {e}");
            return ExitCode::FAILURE;
        }
    }
    if failed { ExitCode::FAILURE } else { ExitCode::SUCCESS }
}
