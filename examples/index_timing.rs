//! Times what the page does before it answers, on a data folder (`dist/data`): decoding the
//! corpus and building the query index as the page does (with what the build computed: its
//! event groups, search-word chunks and people named; the search words are not made); then what the index does for each facet click of
//! `tests/bench/clicks.mjs` (`results`, `facets` and the chart's `top_speakers` of the new query,
//! as the page computes them). Native, so it shows where the time goes, not the browser's figure:
//! `cargo run --profile native --example index_timing -- target/bench/g1000/data`.
//! Reads `corpus.bin` (through `codec`, as `bundle::decode` does, without its check of the
//! build's ID: any build's data will do) or, in a folder of an older build, `corpus.json`
//! (through serde_json, as the page did before): best of `RUNS` (default 5) runs of each step.
//!
//! The clicks alone, counted by valgrind (instructions, repeatable on a shared machine):
//! `RUNS=1 valgrind --tool=callgrind --collect-atstart=no --toggle-collect='*click_sequence*' \
//!  target/native/examples/index_timing DIR`.
use std::time::Instant;

use std::rc::Rc;

use newslens::codec::Prebuilt;
use newslens::extract::model::{Corpus, QuoteKind};
use newslens::query::{Index, Query};

type Decoder = Box<dyn Fn(&[u8]) -> (Corpus, Option<Prebuilt>)>;

fn main() {
    let dir = std::env::args().nth(1).unwrap_or_else(|| "dist/data".into());
    let runs: usize = std::env::var("RUNS").ok().and_then(|r| r.parse().ok()).unwrap_or(5);
    let binary = format!("{dir}/corpus.bin");
    let (path, decode): (String, Decoder) = if std::path::Path::new(&binary).exists() {
        let decode = |bytes: &[u8]| {
            let (corpus, prebuilt) = newslens::codec::open(bytes).and_then(|f| f.corpus_and_prebuilt()).unwrap_or_else(|e| panic!("{e}"));
            (corpus, Some(prebuilt))
        };
        (binary, Box::new(decode))
    } else {
        #[derive(serde::Deserialize)]
        struct DataFile {
            corpus: Corpus,
        }
        let json = |bytes: &[u8]| (serde_json::from_slice::<DataFile>(bytes).unwrap_or_else(|e| panic!("{e}")).corpus, None);
        (format!("{dir}/corpus.json"), Box::new(json))
    };
    let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let mut best = (f64::MAX, f64::MAX);
    let mut built = None;
    for _ in 0..runs.max(1) {
        let t = Instant::now();
        let (corpus, prebuilt) = decode(&bytes);
        let decoded = t.elapsed().as_secs_f64() * 1e3;
        let t = Instant::now();
        let articles = corpus.articles.len();
        let index = match &prebuilt {
            Some(prebuilt) => Index::deferring_search(Rc::new(corpus), Some(prebuilt)),
            None => Index::new(corpus),
        };
        let indexed = t.elapsed().as_secs_f64() * 1e3;
        best = (best.0.min(decoded), best.1.min(indexed));
        built = Some((articles, index));
    }
    let Some((articles, index)) = built else { return };
    println!("{path}: {} bytes, {articles} articles, {} cards", bytes.len(), index.len());
    println!("decode: {:.1} ms, index: {:.1} ms (best of {runs})", best.0, best.1);

    let clicks = clicks(&index);
    // Best of `runs` per click (the first run warms the caches).
    let mut best = vec![f64::MAX; clicks.len()];
    for _ in 0..runs.max(1) {
        for (c, (_, query)) in clicks.iter().enumerate() {
            let t = Instant::now();
            click_sequence(&index, std::slice::from_ref(query));
            best[c] = best[c].min(t.elapsed().as_secs_f64() * 1e3);
        }
    }
    println!("a click's results + facets + top speakers, best of {runs}:");
    for ((name, query), ms) in clicks.iter().zip(best) {
        let results = index.results(query);
        println!("  {name:<14} {ms:>7.2} ms  ({} cards)", results.cards.len());
    }
}

/// The queries after each click of `tests/bench/clicks.mjs`: the first speaker of the facet on,
/// off, the second on, off; the first kind on, off; the first article on, off; the first year on,
/// off.
fn clicks(index: &Index) -> Vec<(&'static str, Query)> {
    let start = Query::default();
    let facets = index.facets(&start);
    let speaker = |n: usize| facets.speakers.get(n).map(|(s, _)| s.to_string()).unwrap_or_default();
    let with = |change: &dyn Fn(&mut Query)| {
        let mut q = start.clone();
        change(&mut q);
        q
    };
    let year = facets.timeline.first().map(|y| y.year).unwrap_or(2000);
    let article = facets.articles.first().map(|(f, _)| f.clone()).unwrap_or_default();
    vec![
        ("speaker", with(&|q| q.toggle_speaker(&speaker(0)))),
        ("speaker off", start.clone()),
        ("speaker 2", with(&|q| q.toggle_speaker(&speaker(1)))),
        ("speaker 2 off", start.clone()),
        ("kind", with(&|q| q.toggle_kind(QuoteKind::ALL[0]))),
        ("kind off", start.clone()),
        ("article", with(&|q| q.toggle_article(&article))),
        ("article off", start.clone()),
        ("year", with(&|q| q.set_period(Some(&format!("{year}-01-01")), Some(&format!("{year}-12-31"))))),
        ("year off", start.clone()),
    ]
}

/// What the page computes after a click, for each query (kept out of line for callgrind's
/// `--toggle-collect`).
#[inline(never)]
fn click_sequence(index: &Index, queries: &[Query]) {
    for query in queries {
        let results = index.results(query);
        let facets = index.facets(query);
        let top = index.top_speakers(query, &results, 8);
        std::hint::black_box((results, facets, top));
    }
}
