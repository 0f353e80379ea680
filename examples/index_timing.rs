//! Times what the page does before its first card on a data folder (`dist/data`): decoding
//! `corpus.json` and building the query index; then what the index does for each facet click of
//! `tests/bench/clicks.mjs` (`results`, `facets` and the chart's `top_speakers` of the new query,
//! as the page computes them). Native, so it shows where the time goes, not the browser's figure:
//! `cargo run --release --example index_timing -- target/bench-g10000/data [REPEATS]`.
//!
//! The clicks alone, counted by valgrind (instructions, repeatable on a shared machine):
//! `valgrind --tool=callgrind --collect-atstart=no --toggle-collect='*click_sequence*' \
//!  target/release/examples/index_timing DIR 1`.
use std::time::Instant;

use newslens::extract::model::QuoteKind;
use newslens::query::{Index, Query};

fn main() {
    let dir = std::env::args().nth(1).unwrap_or_else(|| "dist/data".into());
    let repeats: usize = std::env::args().nth(2).and_then(|n| n.parse().ok()).unwrap_or(5);
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
    let index = Index::new(&corpus);
    println!("index: {:.0} ms ({} cards)", t.elapsed().as_secs_f64() * 1e3, index.len());

    let clicks = clicks(&index);
    // Best of `repeats` per click (the first repeat warms the caches).
    let mut best = vec![f64::MAX; clicks.len()];
    for _ in 0..repeats {
        for (c, (_, query)) in clicks.iter().enumerate() {
            let t = Instant::now();
            click_sequence(&index, std::slice::from_ref(query));
            best[c] = best[c].min(t.elapsed().as_secs_f64() * 1e3);
        }
    }
    println!("a click's results + facets + top speakers, best of {repeats}:");
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
        let top = index.top_speakers(&results, 8);
        std::hint::black_box((results, facets, top));
    }
}
