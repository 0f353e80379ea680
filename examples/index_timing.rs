//! Times what the page does before it answers on a data folder (`dist/data`): decoding the
//! corpus and building the query index. Native, so it shows where the time goes, not the
//! browser's figure: `cargo run --profile native --example index_timing -- target/bench/g1000/data`.
//! Reads `corpus.bin` (through `codec`, as `bundle::decode` does, without its check of the
//! build's ID: any build's data will do) or, in a folder of an older build, `corpus.json`
//! (through serde_json, as the page did before): best of `RUNS` (default 5) runs of each step.
use std::time::Instant;

use newslens::extract::model::Corpus;

type Decoder = Box<dyn Fn(&[u8]) -> Corpus>;

fn main() {
    let dir = std::env::args().nth(1).unwrap_or_else(|| "dist/data".into());
    let runs: usize = std::env::var("RUNS").ok().and_then(|r| r.parse().ok()).unwrap_or(5);
    let binary = format!("{dir}/corpus.bin");
    let (path, decode): (String, Decoder) = if std::path::Path::new(&binary).exists() {
        (binary, Box::new(|bytes| newslens::codec::open(bytes).and_then(|f| f.corpus()).unwrap_or_else(|e| panic!("{e}"))))
    } else {
        #[derive(serde::Deserialize)]
        struct DataFile {
            corpus: Corpus,
        }
        let json = |bytes: &[u8]| serde_json::from_slice::<DataFile>(bytes).unwrap_or_else(|e| panic!("{e}")).corpus;
        (format!("{dir}/corpus.json"), Box::new(json))
    };
    let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let mut best = (f64::MAX, f64::MAX);
    let mut cards = 0;
    let mut articles = 0;
    for _ in 0..runs {
        let t = Instant::now();
        let corpus = decode(&bytes);
        let decoded = t.elapsed().as_secs_f64() * 1e3;
        let t = Instant::now();
        let index = newslens::query::Index::new(&corpus);
        let indexed = t.elapsed().as_secs_f64() * 1e3;
        best = (best.0.min(decoded), best.1.min(indexed));
        (cards, articles) = (index.len(), corpus.articles.len());
    }
    println!("{path}: {} bytes, {articles} articles, {cards} cards", bytes.len());
    println!("decode: {:.1} ms, index: {:.1} ms (best of {runs})", best.0, best.1);
}
