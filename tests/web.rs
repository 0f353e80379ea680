//! Browser tests (wasm-bindgen-test in headless Chromium): the bundled corpus decodes in wasm,
//! and the app renders cards and the speaker filter into a real DOM.
#![cfg(target_arch = "wasm32")]

use std::time::Duration;

use newslens::{bundle, query};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn bundled_corpus_decodes_in_the_browser() {
    let corpus = bundle::corpus().expect("the bundled corpus decodes");
    assert!(!corpus.articles.is_empty());
    let files: Vec<&str> = corpus.articles.iter().map(|a| a.file.as_str()).collect();
    let mut sorted = files.clone();
    sorted.sort();
    assert_eq!(files, sorted, "articles are bundled in file-name order");
    assert!(corpus.articles.iter().all(|a| !a.title.is_empty() && !a.text.is_empty()));
}

#[wasm_bindgen_test]
async fn app_renders_cards_and_one_checkbox_per_speaker() {
    let corpus = bundle::corpus().unwrap();
    let document = gloo::utils::document();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    let _app = newslens::app::mount(root.clone());
    yew::platform::time::sleep(Duration::from_millis(100)).await;

    let count = |selector: &str| root.query_selector_all(selector).unwrap().length() as usize;
    let quotes: usize = corpus.articles.iter().map(|a| a.quotes.len()).sum();
    // The same event reported by several articles is one card.
    let events = query::group_events(&corpus).len();
    assert_eq!(count(".quote-card"), quotes);
    assert_eq!(count(".event-card"), events);
    assert_eq!(count("input[type=checkbox][name=speaker]"), query::speaker_counts(&corpus).len());
}
