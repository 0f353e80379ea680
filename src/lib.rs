//! newslens: an in-browser explorer of the quotes and events in news articles.
//!
//! The pure core (`extract`, `query`) compiles and is tested natively; `app` is the Yew view
//! layer, compiled for wasm32, and natively with the `prerender` feature (Yew's server-side
//! renderer, for the first screen's HTML at build time). See ARCHITECTURE.md.

pub mod bundle;
pub mod cards;
pub mod codec;
pub mod counts;
pub mod embed;
pub mod export;
pub mod extract;
pub mod own_article;
pub mod pace;
pub mod query;
pub mod slices;
#[cfg(not(target_arch = "wasm32"))]
pub mod prerender;
#[cfg(not(target_arch = "wasm32"))]
pub mod seeds;

#[cfg(any(target_arch = "wasm32", feature = "prerender"))]
pub mod app;

/// Starts the full app in the page's `#app` with the bytes of `path`: `data/corpus.bin`, the
/// first screen's slice of it (`data/first.bin`), or, for an address that names one speaker,
/// their slice (`data/quoted/K.bin`, see `slices.rs`) with `counts`, the bytes of
/// `data/first.bin` for its counts of the whole corpus (without them, the app replaces the
/// slice with `corpus.bin` once it has shown it, and only then is live). It hydrates
/// the prerendered first screen when `hydrate` is true (the address asks for that screen),
/// otherwise it renders into `#app` afresh. `articles` are the numbers of the articles whose
/// files (`data/articles/N.bin`) `files` holds, in order: those the first screen shows, which
/// hydration needs. The page's module exports it as `startApp` (`src/main.rs`), which `boot.js`
/// calls after fetching the data while the module loads.
#[cfg(target_arch = "wasm32")]
pub fn start_app(data: &[u8], path: &str, hydrate: bool, articles: Vec<u32>, files: js_sys::Array, counts: Option<Vec<u8>>) {
    let files = articles.into_iter().zip(files.iter()).map(|(a, bytes)| (a as usize, js_sys::Uint8Array::new(&bytes).to_vec()));
    app::start(data, path, hydrate, files.collect(), counts.as_deref());
}

/// Panics on purpose, so the end-to-end tests can check that a panic shows a message instead of
/// a blank page. Exported by both modules in builds with the `test-hooks` feature
/// (target/dist-test), never in dist/.
#[cfg(all(target_arch = "wasm32", feature = "test-hooks"))]
pub fn panic_for_tests() {
    panic!("deliberate panic for the tests (test-hooks build)");
}
