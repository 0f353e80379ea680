//! Times what the page does before its first card on a data folder (`dist/data`): decoding
//! `corpus.json` and building the query index. Native, so it shows where the time goes, not the
//! browser's figure: `cargo run --release --example index_timing -- target/bench-g10000/data`.
use std::time::Instant;

fn main() {
    let dir = std::env::args().nth(1).unwrap_or_else(|| "dist/data".into());
    let path = format!("{dir}/corpus.json");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let t = Instant::now();
    // As `bundle::decode` does, without its check of the build's ID (any build's data will do).
    #[derive(serde::Deserialize)]
    struct DataFile {
        corpus: newslens::extract::model::Corpus,
    }
    let corpus = serde_json::from_str::<DataFile>(&text).unwrap_or_else(|e| panic!("{path}: {e}")).corpus;
    println!("decode: {:.0} ms ({} articles)", t.elapsed().as_secs_f64() * 1e3, corpus.articles.len());
    let t = Instant::now();
    let index = newslens::query::Index::new(&corpus);
    println!("index: {:.0} ms ({} cards)", t.elapsed().as_secs_f64() * 1e3, index.len());
}
