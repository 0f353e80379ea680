//! `make bench` (scripts/bench.sh): the extractor's throughput on a few-MB corpus made by
//! repeating tests/articles/*.txt and seeds/*.txt, and the time of each pathological input of
//! tests/robustness_support. Run in release mode; figures go to BENCHMARKS.md.
//!
//!   cargo run --release --example bench_extract [-- CORPUS_MB [PATHOLOGICAL_MB]]

#[path = "../tests/robustness_support/mod.rs"]
mod robustness_support;

use std::time::{Duration, Instant};

use newslens::extract::dates::{find_dates, Anchor};
use newslens::extract::{extract_article, extract_corpus, source};

/// Best of `runs` timings of `f` (the least disturbed by the other processes on the machine).
fn best_of<T>(runs: usize, mut f: impl FnMut() -> T) -> Duration {
    (0..runs)
        .map(|_| {
            let started = Instant::now();
            std::hint::black_box(f());
            started.elapsed()
        })
        .min()
        .expect("at least one run")
}

fn load_articles() -> Vec<(String, String)> {
    let root = env!("CARGO_MANIFEST_DIR");
    let mut out = Vec::new();
    for dir in ["tests/articles", "seeds"] {
        let mut paths: Vec<_> = std::fs::read_dir(format!("{root}/{dir}"))
            .unwrap_or_else(|e| panic!("{dir}: {e}"))
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "txt"))
            .collect();
        paths.sort();
        for path in paths {
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            let bytes = std::fs::read(&path).unwrap();
            out.push((name, source::decode(&path.display().to_string(), &bytes).unwrap()));
        }
    }
    out
}

fn main() {
    let megabytes: f64 = std::env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(4.0);
    // The pathological cases' "1 MB", scaled (e.g. 2 to see that growth stays linear).
    let case_mb: f64 = std::env::args().nth(2).and_then(|a| a.parse().ok()).unwrap_or(1.0);
    let case_bytes = (case_mb * robustness_support::MB as f64) as usize;
    let articles = load_articles();
    let mut corpus = Vec::new();
    let mut bytes = 0;
    while (bytes as f64) < megabytes * 1e6 {
        for (name, text) in &articles {
            corpus.push((format!("{}-{name}", corpus.len()), text.clone()));
            bytes += text.len();
        }
    }
    let mb = bytes as f64 / 1e6;
    println!("corpus: {} articles ({} distinct), {mb:.2} MB", corpus.len(), articles.len());

    let whole = best_of(3, || extract_corpus(&corpus));
    println!("extract_corpus          {:>8.1} ms  {:>7.1} MB/s", ms(whole), mb / whole.as_secs_f64());
    let dates = best_of(3, || corpus.iter().map(|(_, t)| find_dates(t, &Anchor::none()).len()).sum::<usize>());
    println!("dates::find_dates alone {:>8.1} ms  {:>7.1} MB/s", ms(dates), mb / dates.as_secs_f64());

    println!("\npathological inputs (best of 3): extract_article, dates::find_dates alone, and how");
    println!("each time grows from a tenth of the input to all of it (about 10x: linear; 100x: quadratic)");
    let tenths = robustness_support::pathological_cases_of(case_bytes / 10);
    for ((name, text), (_, tenth)) in robustness_support::pathological_cases_of(case_bytes).into_iter().zip(tenths) {
        let article = best_of(3, || extract_article("p.txt", &text));
        let dates = best_of(3, || find_dates(&text, &Anchor::none()));
        let growth = |full: Duration, f: &dyn Fn(&str) -> usize| full.as_secs_f64() / best_of(3, || f(&tenth)).as_secs_f64();
        let article_growth = growth(article, &|t| extract_article("p.txt", t).blocks.len());
        let dates_growth = growth(dates, &|t| find_dates(t, &Anchor::none()).len());
        let slow = article.max(dates) > Duration::from_secs(1);
        println!(
            "  {name:<42} {:>5.2} MB {:>8.1} ms (x{article_growth:<4.0}) {:>8.1} ms (x{dates_growth:<4.0}){}",
            text.len() as f64 / 1e6,
            ms(article),
            ms(dates),
            if slow { "  SLOW (over 1 s)" } else { "" }
        );
    }
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}
