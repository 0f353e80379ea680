//! Browser tests (wasm-bindgen-test in headless Chromium): this build's data file decodes in
//! wasm, and the app renders cards and the speaker filter into a real DOM.
#![cfg(target_arch = "wasm32")]

use std::time::Duration;

use newslens::{bundle, query};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// The data file build.rs wrote for this build (what `dist/data/corpus.bin` holds, with every
/// article's text kept in).
const DATA: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/corpus.bin"));

#[wasm_bindgen_test]
fn bundled_corpus_decodes_in_the_browser() {
    let corpus = bundle::decode(DATA).expect("the data file decodes");
    assert!(!corpus.articles.is_empty());
    let files: Vec<&str> = corpus.articles.iter().map(|a| a.file.as_str()).collect();
    let mut sorted = files.clone();
    sorted.sort();
    assert_eq!(files, sorted, "articles are bundled in file-name order");
    assert!(corpus.articles.iter().all(|a| !a.title.is_empty() && !a.text.is_empty()));
    // The data of another build is refused with a message, not shown.
    let mut other = DATA.to_vec();
    let id = other.windows(14).position(|w| w == b"newslens-data-").expect("the file names its build");
    other[id + 14] = if other[id + 14] == b'0' { b'1' } else { b'0' };
    assert!(bundle::decode(&other).unwrap_err().contains("another build"));
    // A damaged file is refused with the byte where it broke.
    assert!(bundle::decode(&DATA[..DATA.len() / 2]).unwrap_err().contains("at byte"));
}

#[wasm_bindgen_test]
async fn app_renders_cards_and_one_checkbox_per_speaker() {
    let corpus = bundle::decode(DATA).unwrap();
    let document = gloo::utils::document();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    let _app = newslens::app::mount(root.clone(), DATA);
    yew::platform::time::sleep(Duration::from_millis(100)).await;

    let count = |selector: &str| root.query_selector_all(selector).unwrap().length() as usize;
    let quotes: usize = corpus.articles.iter().map(|a| a.quotes.len()).sum();
    // The same event reported by several articles is one card.
    let events = query::group_events(&corpus).len();
    // One page of cards, in article order; the speaker facet lists its top ten.
    let page = newslens::app::PAGE;
    assert_eq!(count(".quote-card") + count(".event-card"), (quotes + events).min(page));
    if quotes + events <= page {
        assert_eq!(count(".quote-card"), quotes);
        assert_eq!(count(".event-card"), events);
    }
    assert_eq!(count("input[type=checkbox][name=speaker]"), query::speaker_counts(&corpus).len().min(10));
}

#[wasm_bindgen_test]
async fn embed_widget_renders_updates_and_clicks_inside_a_shadow_root() {
    use wasm_bindgen::JsCast;
    let document = gloo::utils::document();
    let host = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&host).unwrap();
    let shadow = host.attach_shadow(&web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open)).unwrap();
    let container = document.create_element("div").unwrap();
    shadow.append_child(&container).unwrap();
    let attrs = |pairs: &[(&str, &str)]| {
        let object = js_sys::Object::new();
        for (k, v) in pairs {
            js_sys::Reflect::set(&object, &(*k).into(), &(*v).into()).unwrap();
        }
        wasm_bindgen::JsValue::from(object)
    };
    let tick = || yew::platform::time::sleep(Duration::from_millis(50));
    let text = |selector: &str| container.query_selector(selector).unwrap().and_then(|e| e.text_content()).unwrap_or_default();
    let count = |selector: &str| container.query_selector_all(selector).unwrap().length() as usize;

    newslens::embed::load_corpus(DATA, None).unwrap();
    let mut handle = newslens::embed::mount_widget(container.clone(), &attrs(&[("speaker", "Nobody Atall")]), "app".into(), None).unwrap();
    tick().await;
    assert!(text(".nl-notice").starts_with("No speaker named 'Nobody Atall' in these articles."), "{}", text(".nl-notice"));
    assert_eq!(count(".nl-card"), 0);

    let corpus = bundle::decode(DATA).unwrap();
    let events: usize = corpus.articles.iter().map(|a| a.events.len()).sum();
    handle.update(&attrs(&[("view", "events"), ("compact", "")]), None).unwrap();
    tick().await;
    assert_eq!(text(".nl-title"), "Events");
    assert_eq!(count(".nl-notice"), 0);
    assert_eq!(count(".nl-event"), events.min(3));
    if events > 3 {
        let more: web_sys::HtmlElement = container.query_selector(".nl-more").unwrap().unwrap().dyn_into().unwrap();
        more.click();
        tick().await;
        assert_eq!(count(".nl-event"), events, "a click inside the shadow root reaches Yew");
    }
    handle.destroy();
    tick().await;
    assert_eq!(count(".nl-root"), 0);
}
