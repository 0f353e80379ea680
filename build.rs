//! Reads the seed articles at compile time: reads `seeds/*.txt` (or `$NEWSLENS_SEEDS`), runs the
//! extractor (the very module the app uses) and writes the page's data beside the binary, not
//! in it: `$OUT_DIR/newslens-data-ID/corpus.json`, where ID is a hash of the content. The crate
//! gets the same ID (`NEWSLENS_DATA_ID`), and `scripts/copy-data.sh` (Trunk's post-build hook)
//! copies the folder whose ID the built wasm names into `dist/data/`: each build ships its own
//! data, whichever seeds the previous build read. `$OUT_DIR/corpus.json` is the same file for
//! the browser tests. Unreadable seeds fail the build with one `error:` line per file (file,
//! line and byte); files that load but look wrong are `warning:` lines. Both through Cargo's
//! `cargo::error` / `cargo::warning` directives, so `cargo build` and `trunk build` show them.

#[allow(dead_code)]
#[path = "src/extract/mod.rs"]
mod extract;
#[allow(dead_code)]
#[path = "src/seeds.rs"]
mod seeds;

use std::path::PathBuf;

fn main() {
    let dir = std::env::var("NEWSLENS_SEEDS").unwrap_or_else(|_| "seeds".to_string());
    println!("cargo::rerun-if-env-changed=NEWSLENS_SEEDS");
    println!("cargo::rerun-if-changed={dir}");
    println!("cargo::rerun-if-changed=src/extract");
    println!("cargo::rerun-if-changed=src/seeds.rs");

    // Every problem in one run: the readable files are extracted (for their warnings) even when
    // others fail.
    let set = seeds::load_dir(&PathBuf::from(&dir));
    for w in &set.warnings {
        println!("cargo::warning={}", one_line(w));
    }
    let Some(corpus) = extract_or_name_culprits(&set.articles) else { return };
    for article in &corpus.articles {
        for w in &article.warnings {
            println!("cargo::warning={}", one_line(&format!("{dir}/{}: {w}", article.file)));
        }
        for w in &article.date_warnings {
            println!("cargo::warning={}", one_line(&format!("{dir}/{}: \"{}\": {}", article.file, w.text, w.why)));
        }
    }
    if !set.errors.is_empty() {
        for e in &set.errors {
            println!("cargo::error={}", one_line(&e.to_string()));
        }
        println!("cargo::error={} problem(s) with the seeds in {dir}: fix or remove the files named above", set.errors.len());
        return;
    }
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    let corpus = serde_json::to_string(&corpus).expect("the corpus model always serialises");
    let id = format!("newslens-data-{:016x}", fnv1a(corpus.as_bytes()));
    let file = format!("{{\"id\":\"{id}\",\"corpus\":{corpus}}}");
    let folder = out.join(&id);
    std::fs::create_dir_all(&folder).expect("OUT_DIR is writable");
    std::fs::write(folder.join("corpus.json"), &file).expect("OUT_DIR is writable");
    std::fs::write(out.join("corpus.json"), &file).expect("OUT_DIR is writable");
    println!("cargo::rustc-env=NEWSLENS_DATA_ID={id}");
}

/// FNV-1a, 64 bits: names the data folder by its content (not for security).
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, &b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3))
}

/// Runs the extractor. Should it panic (a bug: it must accept any text), the build fails with
/// the names of the files that make it panic instead of a bare backtrace.
fn extract_or_name_culprits(articles: &[(String, String)]) -> Option<extract::model::Corpus> {
    if let Ok(corpus) = std::panic::catch_unwind(|| extract::extract_corpus(articles)) {
        return Some(corpus);
    }
    let culprits: Vec<&str> = articles
        .iter()
        .filter(|(file, text)| std::panic::catch_unwind(|| extract::extract_article(file, text)).is_err())
        .map(|(file, _)| file.as_str())
        .collect();
    println!(
        "cargo::error=the extractor crashed (a newslens bug, please report it with the file){}",
        if culprits.is_empty() { String::new() } else { format!(" on: {}", culprits.join(", ")) }
    );
    None
}

/// A directive ends at the line end: a message quoting article text must stay on one line.
fn one_line(message: &str) -> String {
    message.replace(['\n', '\r'], " ")
}
