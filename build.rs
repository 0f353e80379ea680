//! Reads the seed articles at compile time: reads `seeds/*.txt` (or `$NEWSLENS_SEEDS`), runs the
//! extractor (the very module the app uses) and writes the page's data beside the binary, not
//! in it, into `$OUT_DIR/newslens-data-ID/`: `corpus.json` (everything the cards show),
//! `articles/N.json` (article N's text, fetched by the reader) and `speakers/BB.json` (the quotes of
//! the speakers whose key is in bucket BB, fetched by a widget of one of them), ID being a hash of the content.
//! The crate gets the same ID (`NEWSLENS_DATA_ID`), and `scripts/copy-data.sh` (Trunk's
//! post-build hook) copies the folder whose ID the built wasm names into `dist/data/`: each build
//! ships its own data, whichever seeds the previous build read. `$OUT_DIR/corpus.json` is the
//! same data with every text kept in, for the browser tests (which have no server to fetch from).
//! Unreadable seeds fail the build with one `error:` line per file (file, line and byte); files
//! that load but look wrong are `warning:` lines. Both through Cargo's `cargo::error` /
//! `cargo::warning` directives, so `cargo build` and `trunk build` show them.

#[allow(dead_code)]
#[path = "src/extract/mod.rs"]
mod extract;
#[allow(dead_code)]
#[path = "src/seeds.rs"]
mod seeds;
#[allow(dead_code)]
#[path = "src/slices.rs"]
mod slices;

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
    // The browser tests mount the app without a server: their file keeps every text.
    let whole = serde_json::to_string(&corpus).expect("the corpus model always serialises");
    // The page's file leaves the texts out: the reader fetches one article's when it opens it.
    let texts: Vec<String> = corpus.articles.iter().map(article_text_fields).collect();
    // A widget of one speaker fetches only the bucket of their name (src/slices.rs).
    let buckets: Vec<(String, String)> = slices::speaker_buckets(&corpus)
        .into_iter()
        .map(|b| {
            let keys = serde_json::to_string(&b.keys).expect("strings always serialise");
            let corpus = serde_json::to_string(&b.corpus).expect("the corpus model always serialises");
            (b.name, format!("\"keys\":{keys},\"corpus\":{corpus}"))
        })
        .collect();
    let mut cards = corpus;
    for article in &mut cards.articles {
        article.text = String::new();
        article.blocks = Vec::new();
    }
    let cards = serde_json::to_string(&cards).expect("the corpus model always serialises");
    // Named by what the page's files hold and their layout, so a folder of another build never
    // matches.
    let hash = fnv1a(FNV_OFFSET, LAYOUT.as_bytes());
    let hash = texts.iter().fold(fnv1a(hash, cards.as_bytes()), |h, t| fnv1a(h, t.as_bytes()));
    let id = format!("newslens-data-{hash:016x}");
    let folder = out.join(&id);
    std::fs::create_dir_all(folder.join("articles")).expect("OUT_DIR is writable");
    std::fs::create_dir_all(folder.join("speakers")).expect("OUT_DIR is writable");
    for (n, fields) in texts.iter().enumerate() {
        let file = format!("{{\"id\":\"{id}\",{fields}}}");
        std::fs::write(folder.join("articles").join(format!("{n}.json")), file).expect("OUT_DIR is writable");
    }
    for (name, fields) in &buckets {
        let file = format!("{{\"id\":\"{id}\",{fields}}}");
        std::fs::write(folder.join("speakers").join(format!("{name}.json")), file).expect("OUT_DIR is writable");
    }
    std::fs::write(folder.join("corpus.json"), data_file(&id, &cards)).expect("OUT_DIR is writable");
    std::fs::write(out.join("corpus.json"), data_file(&id, &whole)).expect("OUT_DIR is writable");
    println!("cargo::rustc-env=NEWSLENS_DATA_ID={id}");
}

/// `data/corpus.json`: the build's ID beside the corpus (see `src/bundle.rs`).
fn data_file(id: &str, corpus_json: &str) -> String {
    format!("{{\"id\":\"{id}\",\"corpus\":{corpus_json}}}")
}

/// What `data/articles/N.json` holds beside the ID: `"text":…,"blocks":[…]` (the layout
/// `bundle::ArticleTextFile` reads).
fn article_text_fields(article: &extract::model::Article) -> String {
    let text = serde_json::to_string(&article.text).expect("a string always serialises");
    let blocks = serde_json::to_string(&article.blocks).expect("blocks always serialise");
    format!("\"text\":{text},\"blocks\":{blocks}")
}

/// The files of a data folder; part of its ID, so that a change of layout changes the ID.
const LAYOUT: &str = "corpus.json articles/N.json speakers/BB.json";

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;

/// FNV-1a, 64 bits: names the data folder by its content (not for security).
fn fnv1a(start: u64, bytes: &[u8]) -> u64 {
    bytes.iter().fold(start, |h, &b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3))
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
