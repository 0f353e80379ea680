//! Reads the seed articles at compile time: reads `seeds/*.txt` (or `$NEWSLENS_SEEDS`), runs the
//! extractor (the very module the app uses) and writes the page's data beside the binary, not
//! in it, into `$OUT_DIR/newslens-data-ID/`: `corpus.bin` (what the cards are filtered by),
//! `articles/N.bin` (article N whole, fetched for its cards or by the reader), `whole.bin` (every
//! text, for a phrase search, an export, an own article) and `speakers/K.bin` (the quotes of
//! the speakers whose key starts with K, fetched by a widget of one of them; `speakers/digits.txt`
//! says how many digits K has), `quoted/K.bin`
//! (the articles that quote the speakers whose key starts with K, as `corpus.bin` holds them: a page
//! whose address names one speaker starts from it) and `words/N.bin`
//! (chunk N of the search words, fetched when a search needs it), ID being a hash of the
//! content. The files are in the binary format of `src/codec.rs`.
//! The crate gets the same ID (`NEWSLENS_DATA_ID`), and `scripts/copy-data.sh` (Trunk's
//! post-build hook) copies the folder whose ID the built wasm names into `dist/data/`: each build
//! ships its own data, whichever seeds the previous build read. `$OUT_DIR/corpus.bin` is the
//! same data with every text kept in, for the browser tests (which have no server to fetch from).
//! Unreadable seeds fail the build with one `error:` line per file (file, line and byte); files
//! that load but look wrong are `warning:` lines. Both through Cargo's `cargo::error` /
//! `cargo::warning` directives, so `cargo build` and `trunk build` show them.

#[allow(dead_code)]
#[path = "src/codec.rs"]
mod codec;
#[allow(dead_code)]
#[path = "src/counts.rs"]
mod counts;
#[allow(dead_code)]
#[path = "src/extract/mod.rs"]
mod extract;
#[allow(dead_code)]
#[path = "src/pace.rs"]
mod pace;
// Only `group_events` and `word_chunks` are used here: the rest of the query model is the page's.
#[allow(dead_code, unused_imports)]
#[path = "src/query/mod.rs"]
mod query;
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
    println!("cargo::rerun-if-changed=src/codec.rs");
    println!("cargo::rerun-if-changed=src/query");
    println!("cargo::rerun-if-changed=src/slices.rs");

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
    // The reports of one event across articles, grouped once here rather than in every page.
    let groups = query::group_events(&corpus);
    // Every text kept: the browser tests' file (they have no server to fetch from: their page
    // makes its search words).
    let tests = codec::corpus_body(&corpus, &codec::Prebuilt { event_groups: groups.clone(), ..Default::default() });
    // Every card's texts, not the articles' own: `whole.bin`, fetched only for what reads every
    // card (a phrase searched, an export, a reader's own article, a widget of no one speaker).
    let cards_whole = extract::model::Corpus { articles: corpus.articles.iter().map(codec::without_article_text).collect() };
    let whole = codec::corpus_body(&cards_whole, &codec::Prebuilt { event_groups: groups.clone(), ..Default::default() });
    // The search words, in chunks that a page fetches when a search needs them.
    let corpus = std::rc::Rc::new(corpus);
    let (word_chunks, chunks) = query::word_chunks(corpus.clone(), groups.clone());
    let words: Vec<codec::Body> = chunks.iter().map(|chunk| codec::words_body(chunk)).collect();
    let named = Some(query::named_people(&corpus));
    let prebuilt = codec::Prebuilt { event_groups: groups, word_chunks, named, preset: None };
    // The page's corpus.bin leaves the texts out: a card's come with its article's file.
    let articles: Vec<codec::Body> = corpus.articles.iter().map(codec::article_body).collect();
    // A page whose address names one speaker starts from their slice (src/slices.rs), and a
    // widget of one speaker fetches only the bucket of their name, both named by as many digits
    // of their key (the prerender step names them in the page, counting the same speakers).
    let digits = slices::quoted_digits(slices::speaker_count(&corpus));
    let buckets: Vec<(String, codec::Body)> =
        slices::speaker_buckets(&corpus, digits).into_iter().map(|b| (b.name, codec::bucket_body(&b.keys, &b.corpus))).collect();
    let cards = extract::model::Corpus { articles: corpus.articles.iter().map(codec::without_texts).collect() };
    let quoted: Vec<(String, codec::Body)> =
        slices::quoted_slices(&cards, &prebuilt, digits).into_iter().map(|(name, slice)| (name, codec::slice_body(&slice))).collect();
    let first = first_screen(&cards, &prebuilt, digits);
    let cards = codec::corpus_body(&cards, &prebuilt);
    // Named by what the page's files hold and their layout, so a folder of another build never
    // matches: the slices too, which another version of the code cuts otherwise from the same
    // corpus (a stale folder of the same name was once copied instead).
    let hash = fnv1a(FNV_OFFSET, LAYOUT.as_bytes());
    let hash = fnv1a(hash, &[codec::VERSION]);
    let slices = quoted.iter().map(|(_, body)| body).chain([&first]);
    let hash = articles.iter().chain(&words).chain([&whole]).chain(slices).fold(fnv1a(hash, cards.bytes()), |h, t| fnv1a(h, t.bytes()));
    let id = format!("newslens-data-{hash:016x}");
    let folder = out.join(&id);
    std::fs::create_dir_all(folder.join("articles")).expect("OUT_DIR is writable");
    std::fs::create_dir_all(folder.join("speakers")).expect("OUT_DIR is writable");
    std::fs::create_dir_all(folder.join("words")).expect("OUT_DIR is writable");
    std::fs::create_dir_all(folder.join("quoted")).expect("OUT_DIR is writable");
    for (n, body) in words.into_iter().enumerate() {
        std::fs::write(folder.join("words").join(format!("{n}.bin")), body.into_file(&id)).expect("OUT_DIR is writable");
    }
    for (n, body) in articles.into_iter().enumerate() {
        std::fs::write(folder.join("articles").join(format!("{n}.bin")), body.into_file(&id)).expect("OUT_DIR is writable");
    }
    for (name, body) in buckets {
        std::fs::write(folder.join("speakers").join(format!("{name}.bin")), body.into_file(&id)).expect("OUT_DIR is writable");
    }
    let digits_file = slices::BUCKET_DIGITS_PATH.strip_prefix("data/").expect("a path under data/");
    std::fs::write(folder.join(digits_file), format!("{digits}\n")).expect("OUT_DIR is writable");
    for (name, body) in quoted {
        std::fs::write(folder.join("quoted").join(format!("{name}.bin")), body.into_file(&id)).expect("OUT_DIR is writable");
    }
    std::fs::write(folder.join("corpus.bin"), cards.into_file(&id)).expect("OUT_DIR is writable");
    std::fs::write(folder.join("first.bin"), first.into_file(&id)).expect("OUT_DIR is writable");
    std::fs::write(folder.join("whole.bin"), whole.into_file(&id)).expect("OUT_DIR is writable");
    std::fs::write(out.join("corpus.bin"), tests.into_file(&id)).expect("OUT_DIR is writable");
    println!("cargo::rustc-env=NEWSLENS_DATA_ID={id}");
}

/// The files of a data folder; part of its ID (with the format's version), so that a change of
/// layout changes the ID.
const LAYOUT: &str = "corpus.bin whole.bin articles/N.bin speakers/K.bin speakers/digits.txt words/N.bin quoted/K.bin first.bin";

/// `data/first.bin`: the first screen's slice of the page's corpus, with the counts of the
/// whole (`slices::first_screen`, `query::Preset`).
fn first_screen(cards: &extract::model::Corpus, prebuilt: &codec::Prebuilt, digits: usize) -> codec::Body {
    let index = query::Index::deferring_search(std::rc::Rc::new(cards.clone()), Some(prebuilt));
    let preset = index.preset(digits);
    codec::first_body(&slices::first_screen(cards, prebuilt, &index), &preset)
}

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
