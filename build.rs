//! Bundles the seed articles at compile time: reads `seeds/*.txt` (or `$NEWSLENS_SEEDS`), runs the
//! extractor (the very module the app uses) and writes `$OUT_DIR/corpus.json`, which
//! `src/bundle.rs` embeds. Unreadable seeds fail the build with the file and line/byte.

#[allow(dead_code)]
#[path = "src/extract/mod.rs"]
mod extract;
#[allow(dead_code)]
#[path = "src/seeds.rs"]
mod seeds;

use std::path::PathBuf;

fn main() {
    let dir = std::env::var("NEWSLENS_SEEDS").unwrap_or_else(|_| "seeds".to_string());
    println!("cargo:rerun-if-env-changed=NEWSLENS_SEEDS");
    println!("cargo:rerun-if-changed={dir}");
    println!("cargo:rerun-if-changed=src/extract");
    println!("cargo:rerun-if-changed=src/seeds.rs");

    let set = match seeds::load_dir(&PathBuf::from(&dir)) {
        Ok(set) => set,
        Err(errors) => {
            for e in &errors {
                eprintln!("error: {e}");
            }
            eprintln!("error: {} seed file(s) cannot be used; fix or remove them", errors.len());
            std::process::exit(1);
        }
    };
    for w in &set.warnings {
        println!("cargo:warning={w}");
    }
    let corpus = extract::extract_corpus(&set.articles);
    for article in &corpus.articles {
        for w in &article.warnings {
            println!("cargo:warning={dir}/{}: {w}", article.file);
        }
        for w in &article.date_warnings {
            println!("cargo:warning={dir}/{}: \"{}\": {}", article.file, w.text, w.why);
        }
    }
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    let json = serde_json::to_string(&corpus).expect("the corpus model always serialises");
    std::fs::write(out.join("corpus.json"), json).expect("OUT_DIR is writable");
}
